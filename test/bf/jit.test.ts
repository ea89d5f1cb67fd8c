/**
 * The Brainfuck VM through the JIT, end to end: the JIT-enabled module (interpreter.jit.ts,
 * generated from interpreter.ts by `metajit generate`) must give exactly what the plain
 * interpreter gives — output, final tape and pointer, guest errors — with low thresholds (so
 * loops, entry traces and bridges are all made on small inputs), with each tracer mode, and in
 * the stress mode where guards fail at random. The generated tracer and the generic tracer must
 * record the same traces: equal digests of every optimized trace, the same loops and bridges.
 */
import { BENCH_PROGRAMS } from '../../bench/bf/tools/index.js';
import * as plain from '../../sample-vm/bf/interpreter.js';
import * as jitted from '../../sample-vm/bf/interpreter.jit.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { BfRuntimeError, parse } from '../../sample-vm/bf/program.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import type { TracerMode } from '../../runtime/hints/index.js';

interface Outcome {
  out: string;
  ptr: number;
  tape: number[];
  error: string | null;
}

const LOW: Partial<JitParams> = { loopThreshold: 3, bridgeThreshold: 4 };

function outcome(m: { tape: Uint8Array; ptr: number; run(): void }, io: BufferIO): Outcome {
  let error: string | null = null;
  try {
    m.run();
  } catch (e) {
    if (!(e instanceof BfRuntimeError)) throw e;
    error = e.message;
  }
  // The tape beyond the last non-zero cell is zeros in both (its length may differ after growth).
  const cells = Array.from(m.tape);
  let end = cells.length;
  while (end > 0 && cells[end - 1] === 0) end--;
  return { out: io.text(), ptr: m.ptr, tape: cells.slice(0, end), error };
}

function runPlain(src: string, input: string): Outcome {
  const io = new BufferIO(latin1(input));
  return outcome(new plain.BfMachine(parse(src, 't.b'), io), io);
}

function runJit(src: string, input: string, tracer: TracerMode, params: Partial<JitParams> = LOW): { o: Outcome; m: jitted.BfMachine } {
  const io = new BufferIO(latin1(input));
  const m = new jitted.BfMachine(parse(src, 't.b'), io, { tracer, params });
  return { o: outcome(m, io), m };
}

const MODES: TracerMode[] = ['generic', 'generated'];

describe.each(MODES)('the JIT-enabled VM (%s tracer) against the plain interpreter', (tracer) => {
  for (const [name, p] of Object.entries(BENCH_PROGRAMS)) {
    if (name === 'fib') continue; // its loop body is far past the trace limit: it measures aborts, not correctness
    it(`${name} (small size): same output, tape and pointer, and loops were compiled`, () => {
      const src = p.source(p.small);
      const input = p.input(p.small);
      const expected = runPlain(src, input);
      const { o, m } = runJit(src, input, tracer);
      expect(o).toEqual(expected);
      const s = m.driver.stats();
      expect(s.loops).toBeGreaterThan(0);
      expect(s.compiledEntries).toBeGreaterThan(0);
      expect(m.driver.tracerInUse).toBe(tracer);
    });
  }

  it('a guest error inside a compiled loop is the same error, with the same state', () => {
    // Walks left, marking cells, until it falls off cell 0: the loop is hot long before that.
    const src = '>'.repeat(200) + '+[<+]';
    const expected = runPlain(src, '');
    expect(expected.error).toMatch(/left of cell 0/);
    const { o, m } = runJit(src, '', tracer);
    expect(o).toEqual(expected);
    expect(m.driver.stats().loops).toBeGreaterThan(0);
  });

  it('the tape grows inside a compiled loop', () => {
    // 250 * 160 = 40000 moves right, past the initial 30000 cells, leaving a trail of ones.
    const src = '+'.repeat(250) + '[>' + '+'.repeat(160) + '[>>+<<-]>>[<<+>>-]<<' + '<-]';
    const expected = runPlain(src, '');
    const { o } = runJit(src, '', tracer);
    expect(o).toEqual(expected);
  });

  it('input at end of input leaves cells unchanged inside a compiled loop', () => {
    const src = '+[,.+]'; // echoes until a 255 byte is read
    const input = 'abc\u00ff';
    expect(runJit(src, input, tracer).o).toEqual(runPlain(src, input));
  });

  it.each([1, 2, 3])('stress mode: guards fail at random (seed %i), the results do not change', (seed) => {
    for (const name of ['kernel', 'primes', 'wc']) {
      const p = BENCH_PROGRAMS[name]!;
      const src = p.source(p.small);
      const input = p.input(p.small);
      const { o, m } = runJit(src, input, tracer, { ...LOW, stressGuardFailures: 0.05, stressSeed: seed });
      expect(o).toEqual(runPlain(src, input));
      expect(m.driver.stats().guardFailures).toBeGreaterThan(0);
    }
  });

  it('with the JIT off, nothing is traced and the results are the same', () => {
    const p = BENCH_PROGRAMS['primes']!;
    const src = p.source(p.small);
    const { o, m } = runJit(src, p.input(p.small), tracer, { ...LOW, enabled: false });
    expect(o).toEqual(runPlain(src, p.input(p.small)));
    expect(m.driver.stats().loops).toBe(0);
  });
});

/** The programs above, by name: each benchmark at its small size and the special cases. */
const PROGRAMS: ReadonlyArray<readonly [string, string, string]> = [
  ...Object.entries(BENCH_PROGRAMS)
    .filter(([name]) => name !== 'fib')
    .map(([name, p]) => [name, p.source(p.small), p.input(p.small)] as const),
  ['guest error', '>'.repeat(200) + '+[<+]', ''],
  ['tape growth', '+'.repeat(250) + '[>' + '+'.repeat(160) + '[>>+<<-]>>[<<+>>-]<<' + '<-]', ''],
  ['end of input', '+[,.+]', 'abc\u00ff'],
];

describe('the generated tracer records what the generic tracer records', () => {
  const same = (src: string, input: string, params: Partial<JitParams>): ReturnType<jitted.BfMachine['driver']['stats']> => {
    const generic = runJit(src, input, 'generic', params);
    const generated = runJit(src, input, 'generated', params);
    expect(generated.m.driver.tracerInUse).toBe('generated');
    expect(generic.m.driver.tracerInUse).toBe('generic');
    expect(generated.o).toEqual(generic.o);
    const a = generic.m.driver.stats();
    const b = generated.m.driver.stats();
    expect({ loops: b.loops, bridges: b.bridges, aborts: b.aborts, recordedOps: b.recordedOps, traces: b.traces.map((t) => t.digest) }).toEqual({
      loops: a.loops,
      bridges: a.bridges,
      aborts: a.aborts,
      recordedOps: a.recordedOps,
      traces: a.traces.map((t) => t.digest),
    });
    expect(b.traceDigest).toBe(a.traceDigest);
    expect(b.abortReasons).toEqual(a.abortReasons);
    return a;
  };

  it.each(PROGRAMS)('%s: same traces, loops, bridges and results', (_name, src, input) => {
    same(src, input, LOW);
  });

  it.each([1, 2])('stress mode (seed %i): same traces with guards failing at random', (seed) => {
    for (const [, src, input] of PROGRAMS) same(src, input, { ...LOW, stressGuardFailures: 0.05, stressSeed: seed });
  });

  it('a trace limit that aborts mid-step: both switch to the blackhole at the same point', () => {
    const p = BENCH_PROGRAMS['primes']!;
    const s = same(p.source(p.small), p.input(p.small), { ...LOW, traceLimit: 40 });
    expect(Object.keys(s.abortReasons).some((r) => /too long/.test(r))).toBe(true);
  });
});
