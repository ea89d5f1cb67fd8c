/**
 * `npm run bench` (part 3): what tracing one step of the Brainfuck portal costs, warm, with the
 * generic tracer and with the generated one.
 *
 * Tracing time in a whole run (bench/bf/run.ts) is a few milliseconds, most of it V8 warming up
 * the tracer's own code, so it is noise. Here each tracer records the same step sequence many
 * times: a JIT-enabled machine runs a one-loop program to create its portal runner, then
 * `STEPS` steps from the program's start are traced into a fresh recorder per repetition (on a
 * fresh machine state each time), alternating the two tracers, and the median time per step is
 * reported with the recorded operation counts, which must be equal.
 *
 * Resume data generation (the paper's second figure: the part of tracing spent capturing the
 * snapshots that resume data is made from) is measured by difference: after the timed rounds
 * with snapshots, the same rounds run with `Recorder.capturing` off, where the tracers gather no
 * live values and take no snapshots; the cost is (with - without). The two modes run in
 * separate phases, each after untimed warm-up rounds, never alternated: code that keeps
 * switching between them is optimized by V8 for both at once, in some runs slowly, and the
 * measurement would change what it measures. The generic tracer decodes each liveness list
 * from the jitcode at run time and copies the live boxes; the generated one has the list
 * compiled into an array literal that the snapshot keeps as it is.
 */

import { join } from 'node:path';
import { MergeResult } from '../../runtime/jitcode/merge.js';
import { type PortalRunner, genericStepTracer, type StepTracer } from '../../runtime/driver/portal.js';
import type { Value } from '../../runtime/ir/trace.js';
import { Recorder } from '../../runtime/recorder/index.js';
import { BfMachine } from '../../sample-vm/bf/interpreter.jit.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { parse } from '../../sample-vm/bf/program.js';
import { readProgramFiles } from '../../sample-vm/bf/files.js';
import { geomean, median } from '../common.js';

const STEPS = 2000;
const ROUNDS = 15;

interface Cost {
  readonly nsPerStep: number;
  /** The part of nsPerStep spent capturing snapshots. */
  readonly resumeNsPerStep: number;
  readonly recordedOps: number;
}

/** Trace up to `STEPS` steps of the portal from the program's start; recorded ops and time. */
function traceSteps(machine: BfMachine, portal: PortalRunner, tracer: StepTracer, capturing: boolean): { ms: number; ops: number } {
  const table = portal.layout.table.get(portal.layout.portal);
  const rec = new Recorder({ limit: 10_000_000 });
  rec.capturing = capturing;
  const values: unknown[] = [machine, 0, machine.program, new Uint8Array(30000), 0, machine.io];
  let boxes: Value[] = values.map((v, k) => {
    const kind = table.kinds[table.args[k]!]!;
    return portal.layout.greenPositions.includes(k) ? rec.const_(kind, v) : rec.input(kind, v);
  });
  const t0 = performance.now();
  for (let s = 0; s < STEPS; s++) {
    const r = tracer.step(rec, boxes);
    if (!(r instanceof MergeResult)) break;
    boxes = r.values.map((b) => rec.resolve(b));
    for (const p of portal.layout.greenPositions) if (!boxes[p]!.isConst) boxes[p] = rec.const_(boxes[p]!.type as never, boxes[p]!.value);
  }
  return { ms: performance.now() - t0, ops: rec.ops.length };
}

const REPEATS = 5;
/** Untimed rounds before each timed phase: V8 optimizes the tracers for the mode measured. */
const WARMUP = 5;

/** The fastest of `REPEATS` runs. */
function fastest(run: () => { ms: number; ops: number }): { ms: number; ops: number } {
  let best = run();
  for (let k = 1; k < REPEATS; k++) {
    const t = run();
    if (t.ms < best.ms) best = t;
  }
  return best;
}

type Which = 'generic' | 'generated';

/** Median ns per step of both tracers, snapshots captured or not, after an untimed warm-up in that mode. */
function phase(fresh: () => BfMachine, portal: PortalRunner, tracers: Record<Which, StepTracer>, capturing: boolean): { ns: Record<Which, number>; ops: Record<Which, number> } {
  const times: Record<Which, number[]> = { generic: [], generated: [] };
  const ops: Record<Which, number> = { generic: 0, generated: 0 };
  for (let r = 0; r < WARMUP + ROUNDS; r++) {
    for (const which of r % 2 === 0 ? (['generic', 'generated'] as const) : (['generated', 'generic'] as const)) {
      // The fastest of a few back-to-back repetitions, so that a collection in one run does not
      // decide a difference of a few percent.
      const t = fastest(() => traceSteps(fresh(), portal, tracers[which], capturing));
      if (r < WARMUP) continue;
      times[which].push((t.ms * 1e6) / STEPS);
      ops[which] = t.ops;
    }
  }
  return { ns: { generic: median(times.generic), generated: median(times.generated) }, ops };
}

export function traceCost(dir: string, names: readonly string[]): Array<{ program: string; generic: Cost; generated: Cost }> {
  return names.map((name) => {
    const { source, input } = readProgramFiles(dir, name);
    const fresh = (): BfMachine => new BfMachine(parse(source, `${name}.b`), new BufferIO(latin1(input)), { tracer: 'generated' });
    // A first back edge makes the portal runner (with its generated tracer); nothing is traced.
    const warm = new BfMachine(parse('++[-]', 'warm.b'), new BufferIO(latin1('')), { tracer: 'generated' });
    warm.run();
    const portal = warm.driver.portal!;
    if (warm.driver.tracerInUse !== 'generated') throw new Error(`${name}: the generated tracer is not built`);
    const tracers = { generic: genericStepTracer(portal.layout), generated: portal.tracer };
    const on = phase(fresh, portal, tracers, true);
    const off = phase(fresh, portal, tracers, false);
    for (const which of ['generic', 'generated'] as const) {
      if (on.ops[which] !== off.ops[which]) throw new Error(`${name}: ${which} recorded ${on.ops[which]} operations with snapshots, ${off.ops[which]} without`);
    }
    if (on.ops.generic !== on.ops.generated) throw new Error(`${name}: the tracers recorded ${on.ops.generic} and ${on.ops.generated} operations`);
    const cost = (which: Which): Cost => ({ nsPerStep: on.ns[which], resumeNsPerStep: on.ns[which] - off.ns[which], recordedOps: on.ops[which] });
    return { program: name, generic: cost('generic'), generated: cost('generated') };
  });
}

/** `a / b` printed, or a dash when b is not positive (a difference lost in noise). */
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}x` : '–');

function main(): void {
  const dir = join(process.cwd(), 'bench/bf');
  const rows = traceCost(dir, ['kernel', 'primes', 'rot13', 'wc', 'fib']);
  console.log(`\n## Tracing one step of the Brainfuck portal, warm (${STEPS} steps from the start, median of ${ROUNDS} rounds of the fastest of ${REPEATS})\n`);
  console.log('| program | recorded ops | generic ns/step | generated ns/step | generated / generic | resume data generic ns/step | resume data generated ns/step | generated / generic |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const { generic: g, generated: n } = r;
    console.log(
      `| ${r.program} | ${g.recordedOps} | ${g.nsPerStep.toFixed(0)} | ${n.nsPerStep.toFixed(0)} | ${(n.nsPerStep / g.nsPerStep).toFixed(2)}x | ${g.resumeNsPerStep.toFixed(0)} | ${n.resumeNsPerStep.toFixed(0)} | ${ratio(n.resumeNsPerStep, g.resumeNsPerStep)} |`,
    );
  }
  const geo = geomean(rows.map((r) => r.generated.nsPerStep / r.generic.nsPerStep));
  // A difference of two medians can come out at or below zero when the part is small: the
  // resume figure is the ratio of the sums over all programs, not a mean of per-program ratios.
  const sum = (which: 'generic' | 'generated'): number => rows.reduce((a, r) => a + r[which].resumeNsPerStep, 0);
  console.log(`\nGenerated / generic: tracing ${geo === null ? '–' : geo.toFixed(2) + 'x'} (geometric mean), resume data generation ${ratio(sum('generated'), sum('generic'))} (sum over the programs)`);
  console.log(JSON.stringify(rows));
}

main();
