/**
 * The Brainfuck benchmark's measurement: each program run four ways in one process — the plain
 * interpreter (`interp`), the JIT-enabled interpreter with each tracer (`jit-generic`,
 * `jit-generated`) and the program translated to JavaScript (`js`) — interleaved round-robin.
 *
 * Invariants: a figure is reported only for runs whose output equals the plain interpreter's,
 * and the plain interpreter's output must equal the program's expected output; any mismatch,
 * and any JIT run whose trace digest differs from the same way's earlier rounds, throws
 * `BenchCheckError` (no report at all). A run's time is its wall time from building the
 * machine (or translating the program) to the end of the run; parsing and making the I/O
 * buffers are outside it. Within a round the order of the ways rotates by one each round (the
 * first round starts with `interp`), so no way always runs first or last. Medians of an even
 * number of rounds are the mean of the two middle values. Nothing here reads files or prints.
 */

import type { TracerMode } from '../../runtime/hints/index.js';
import type { StatsJSON } from '../../runtime/stats/stats.js';
import * as plain from '../../sample-vm/bf/interpreter.js';
import * as jitted from '../../sample-vm/bf/interpreter.jit.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { parse, type BfProgram } from '../../sample-vm/bf/program.js';
import { translate } from './to-js.js';
import { BenchCheckError, median, rotated } from '../common.js';

export const WAYS = ['interp', 'jit-generic', 'jit-generated', 'js'] as const;
export type WayName = (typeof WAYS)[number];
export type JitWayName = 'jit-generic' | 'jit-generated';
export const JIT_WAYS: readonly JitWayName[] = ['jit-generic', 'jit-generated'];

/** The tracer each JIT way asks for. */
export const TRACER_OF: Readonly<Record<JitWayName, TracerMode>> = { 'jit-generic': 'generic', 'jit-generated': 'generated' };

/** What a JIT run leaves behind besides its output. */
export interface JitRun {
  readonly stats: StatsJSON;
  readonly tracerInUse: TracerMode | null;
}

/** Runs a parsed program on `io`; JIT ways return their statistics, the others null. */
export type WayRunner = (program: BfProgram, io: BufferIO) => JitRun | null;

export const DEFAULT_RUNNERS: Readonly<Record<WayName, WayRunner>> = {
  interp: (program, io) => {
    new plain.BfMachine(program, io).run();
    return null;
  },
  'jit-generic': (program, io) => runJit(program, io, 'generic'),
  'jit-generated': (program, io) => runJit(program, io, 'generated'),
  js: (program, io) => {
    translate(program).run(io);
    return null;
  },
};

function runJit(program: BfProgram, io: BufferIO, tracer: TracerMode): JitRun {
  const m = new jitted.BfMachine(program, io, { tracer });
  m.run();
  return { stats: m.driver.stats(), tracerInUse: m.driver.tracerInUse };
}

/** One program to measure: its source, input and expected output (all Latin-1 text). */
export interface BenchCase {
  readonly name: string;
  readonly source: string;
  readonly input: string;
  readonly expected: string;
}

/** The JIT figures reported per JIT way (medians over rounds; the digest is the same in every round). */
export const JIT_FIGURES = ['tracingMs', 'optimizeMs', 'backendMs', 'recordedOps', 'resumeBytes', 'loops', 'bridges', 'aborts', 'guardFailures'] as const;
export type JitFigure = (typeof JIT_FIGURES)[number];

export interface JitSummary {
  /** The tracer asked for and the one that traced (null: the JIT never reached a back edge). */
  readonly tracer: TracerMode;
  readonly tracerInUse: TracerMode | null;
  readonly medians: Readonly<Record<JitFigure, number>>;
  readonly traceDigest: string;
}

export interface ProgramResult {
  readonly name: string;
  /** Why the program was not measured, or null when it was. */
  readonly skipped: string | null;
  /** Every run's time per way, in round order (ms). */
  readonly runsMs: Readonly<Record<WayName, readonly number[]>>;
  /** Median time per way (ms); null when skipped. */
  readonly medianMs: Readonly<Record<WayName, number>> | null;
  /** interp time over each other way's, and generic over generated tracing time (null when undefined). */
  readonly speedups: {
    readonly interpOverJitGeneric: number | null;
    readonly interpOverJitGenerated: number | null;
    readonly interpOverJs: number | null;
    readonly tracingGenericOverGenerated: number | null;
  } | null;
  readonly jit: Readonly<Record<JitWayName, JitSummary>> | null;
  /** Whether both JIT ways compiled the same traces; null when skipped. */
  readonly digestsEqual: boolean | null;
  readonly outputBytes: number;
}

export interface MeasureOptions {
  readonly rounds: number;
  /** Ways to replace (for checking the checks); the rest are `DEFAULT_RUNNERS`. */
  readonly runners?: Partial<Record<WayName, WayRunner>>;
  /** Programs dropped when their first interpreted run takes longer than `ms`. */
  readonly skipSlow?: { readonly programs: readonly string[]; readonly ms: number };
  /** Called before each run (progress reporting). */
  readonly onRun?: (round: number, program: string, way: WayName) => void;
}

export { BenchCheckError, median };

/** The ways in the order of round `r` (0-based): `WAYS` rotated left by r. */
export function wayOrder(r: number): WayName[] {
  return rotated(WAYS, r);
}

interface Timed {
  readonly ms: number;
  readonly output: string;
  readonly jit: JitRun | null;
}

function timeRun(runner: WayRunner, program: BfProgram, input: string): Timed {
  const io = new BufferIO(latin1(input));
  const t0 = performance.now();
  const jit = runner(program, io);
  const ms = performance.now() - t0;
  return { ms, output: io.text(), jit };
}

/** Where two outputs first differ, for the error message. */
function firstDifference(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return `first difference at byte ${k} (lengths ${a.length} and ${b.length})`;
}

/** Per-program state gathered over the rounds. */
class Collector {
  readonly runsMs: Record<WayName, number[]> = { interp: [], 'jit-generic': [], 'jit-generated': [], js: [] };
  readonly jitRuns: Record<JitWayName, JitRun[]> = { 'jit-generic': [], 'jit-generated': [] };
  reference: string | null = null;
  skipped: string | null = null;

  constructor(
    readonly bench: BenchCase,
    readonly program: BfProgram,
  ) {}

  /** Checks a run's output and trace digest, then keeps its figures. */
  add(way: WayName, run: Timed): void {
    const name = this.bench.name;
    if (way === 'interp') {
      if (run.output !== this.bench.expected) {
        throw new BenchCheckError(`${name}: the plain interpreter's output is not the expected output; ${firstDifference(run.output, this.bench.expected)}`);
      }
      this.reference = run.output;
    } else {
      if (this.reference === null) throw new Error(`${name}: ${way} ran before the plain interpreter gave a reference output`);
      if (run.output !== this.reference) {
        throw new BenchCheckError(`${name}: ${way}'s output differs from the plain interpreter's; ${firstDifference(run.output, this.reference)}`);
      }
    }
    if (way === 'jit-generic' || way === 'jit-generated') {
      if (run.jit === null) throw new BenchCheckError(`${name}: ${way} returned no JIT statistics`);
      const earlier = this.jitRuns[way][0];
      if (earlier && earlier.stats.traceDigest !== run.jit.stats.traceDigest) {
        throw new BenchCheckError(`${name}: ${way}'s trace digest changed between rounds (${earlier.stats.traceDigest}, then ${run.jit.stats.traceDigest})`);
      }
      this.jitRuns[way].push(run.jit);
    }
    this.runsMs[way].push(run.ms);
  }

  result(): ProgramResult {
    const base = { name: this.bench.name, runsMs: this.runsMs, outputBytes: this.bench.expected.length };
    if (this.skipped !== null) return { ...base, skipped: this.skipped, medianMs: null, speedups: null, jit: null, digestsEqual: null };
    const medianMs = Object.fromEntries(WAYS.map((w) => [w, median(this.runsMs[w])])) as Record<WayName, number>;
    const jit = { 'jit-generic': summarize(this.jitRuns['jit-generic'], 'generic'), 'jit-generated': summarize(this.jitRuns['jit-generated'], 'generated') };
    const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
    return {
      ...base,
      skipped: null,
      medianMs,
      speedups: {
        interpOverJitGeneric: ratio(medianMs.interp, medianMs['jit-generic']),
        interpOverJitGenerated: ratio(medianMs.interp, medianMs['jit-generated']),
        interpOverJs: ratio(medianMs.interp, medianMs.js),
        tracingGenericOverGenerated: ratio(jit['jit-generic'].medians.tracingMs, jit['jit-generated'].medians.tracingMs),
      },
      jit,
      digestsEqual: jit['jit-generic'].traceDigest === jit['jit-generated'].traceDigest,
    };
  }
}

function summarize(runs: readonly JitRun[], tracer: TracerMode): JitSummary {
  const first = runs[0]!;
  const inUse = new Set(runs.map((r) => r.tracerInUse));
  if (inUse.size !== 1) throw new BenchCheckError(`the ${tracer} way traced with different tracers across rounds: ${[...inUse].join(', ')}`);
  const medians = Object.fromEntries(JIT_FIGURES.map((f) => [f, median(runs.map((r) => r.stats[f]))])) as Record<JitFigure, number>;
  return { tracer, tracerInUse: first.tracerInUse, medians, traceDigest: first.stats.traceDigest };
}

/**
 * Runs every case every way for `rounds` rounds (rounds outside, programs, then ways) and
 * returns one result per case, in the order given.
 */
export function measure(cases: readonly BenchCase[], opts: MeasureOptions): ProgramResult[] {
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new RangeError(`rounds must be a positive integer, not ${opts.rounds}`);
  const runners: Record<WayName, WayRunner> = { ...DEFAULT_RUNNERS, ...opts.runners };
  const collectors = cases.map((c) => new Collector(c, parse(c.source, `${c.name}.b`)));
  for (let r = 0; r < opts.rounds; r++) {
    for (const c of collectors) {
      for (const way of wayOrder(r)) {
        if (c.skipped !== null) break;
        opts.onRun?.(r, c.bench.name, way);
        const run = timeRun(runners[way], c.program, c.bench.input);
        c.add(way, run);
        const limit = opts.skipSlow;
        if (r === 0 && way === 'interp' && limit && limit.programs.includes(c.bench.name) && run.ms > limit.ms) {
          c.skipped = `one interpreted run took ${(run.ms / 1000).toFixed(1)} s, over the ${(limit.ms / 1000).toFixed(0)} s limit`;
        }
      }
    }
  }
  return collectors.map((c) => c.result());
}
