/**
 * The whole JIT cycle on the hand-traced sample VM: hot counter, trace, optimize, compile, run,
 * guard failure, deoptimization, bridges, exceptions out of compiled code. Every program's
 * output and result must equal the plain interpreter's.
 */
import { Jit } from '../../runtime/driver/jit.js';
import { printTrace } from '../../runtime/ir/printer.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import { assemble } from '../../sample-vm/handtraced/assembler.js';
import { Interpreter } from '../../sample-vm/handtraced/interpreter.js';
import { JitVM } from '../../sample-vm/handtraced/jitvm.js';
import { PROGRAMS, type ProgramName } from '../../sample-vm/handtraced/programs.js';

function plain(name: ProgramName, n: number): { out: string[]; result: unknown } {
  const vm = new Interpreter(assemble(PROGRAMS[name]));
  vm.start([n]);
  vm.run();
  return { out: vm.out, result: vm.result };
}

function jitted(name: ProgramName, n: number, params: Partial<JitParams> = {}): { out: string[]; result: unknown; jit: Jit } {
  const jit = new Jit({ loopThreshold: 7, bridgeThreshold: 5, ...params });
  const vm = new JitVM(assemble(PROGRAMS[name]), jit);
  const result = vm.run([n]);
  return { out: vm.vm.out, result, jit };
}

const SIZES: Record<ProgramName, number> = { sum: 1000, pairs: 1000, calls: 1000, branches: 1000, errors: 6000, sieve: 2000, fib: 18, poly: 1000 };

describe('hand-traced VM with the JIT', () => {
  it.each(Object.keys(PROGRAMS) as ProgramName[])('%s gives the interpreter’s output', (name) => {
    const want = plain(name, SIZES[name]);
    const got = jitted(name, SIZES[name]);
    expect(got.out).toEqual(want.out);
    expect(got.result).toEqual(want.result);
    if (name !== 'fib') {
      expect(got.jit.stats.loops).toBeGreaterThan(0);
      expect(got.jit.stats.compiledEntries).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(PROGRAMS) as ProgramName[])('%s gives the same output with each optimizer pass off', (name) => {
    const want = plain(name, SIZES[name]);
    for (const pass of ['unroll', 'fold', 'virtualize', 'heap', 'cse', 'guards', 'dce'] as const) {
      expect(jitted(name, SIZES[name], { disablePasses: [pass] }).out).toEqual(want.out);
    }
  });

  it.each(Object.keys(PROGRAMS) as ProgramName[])('%s gives the same output when guards fail at random', (name) => {
    const want = plain(name, SIZES[name]);
    for (const stressSeed of [1, 2, 3]) {
      const got = jitted(name, SIZES[name], { stressGuardFailures: 0.05, stressSeed, functionThreshold: 20 });
      expect(got.out).toEqual(want.out);
      expect(got.result).toEqual(want.result);
      const calm = jitted(name, SIZES[name], { functionThreshold: 20 });
      expect(got.jit.stats.guardFailures).toBeGreaterThan(calm.jit.stats.guardFailures);
    }
  });

  it('removes the pair allocated every iteration', () => {
    const { jit } = jitted('pairs', 1000);
    const loop = jit.loops[0]!;
    const text = printTrace(loop.trace);
    const body = text.slice(text.lastIndexOf('label('));
    expect(body).not.toMatch(/\bnew\(/);
    // The pair's fields are carried unboxed around the loop: no type checks of them remain.
    expect(body).not.toMatch(/ref_typeof|guard_value|cast_ref_to_int/);
  });

  it('traces a bridge for the branch taken every third iteration and stays in compiled code', () => {
    const { jit } = jitted('branches', 3000);
    expect(jit.stats.bridges).toBeGreaterThan(0);
    // Without bridges every third iteration would leave compiled code.
    expect(jit.stats.guardFailures).toBeLessThan(100);
  });

  it('raises a guest error thrown by a residual call in compiled code at the right place', () => {
    const { jit, out } = jitted('errors', 6000);
    expect(out).toEqual(plain('errors', 6000).out);
    expect(jit.stats.exceptionExits).toBe(1);
    const exits = jit.loops.flatMap((l) => l.fragment.exits);
    expect(exits.filter((e) => e.kind === 'exception' && e.failures === 1)).toHaveLength(1);
  });

  it('compiles a hot function from its entry to its return, with a bridge for its other path', () => {
    const params = { loopThreshold: 1_000_000, functionThreshold: 10, bridgeThreshold: 5 };
    const want = plain('poly', 3000);
    const got = jitted('poly', 3000, params);
    expect(got.out).toEqual(want.out);
    expect(got.jit.stats.functions).toBe(1);
    expect(got.jit.stats.loops).toBe(0);
    expect(got.jit.stats.bridges).toBeGreaterThan(0);
    const trace = printTrace(got.jit.loops[0]!.trace);
    expect(trace).toMatch(/finish\(\) \[1@/);
    expect(trace).not.toMatch(/label\(/);
  });

  it('inlines recursion into function traces and bridges, and blacklists bridges that grow too long', () => {
    const want = plain('fib', 20);
    const got = jitted('fib', 20, { functionThreshold: 10, traceLimit: 300 });
    expect(got.out).toEqual(want.out);
    expect(got.jit.stats.functions).toBe(1);
    expect(got.jit.stats.bridges).toBeGreaterThan(0);
    expect(got.jit.stats.abortReasons.get('trace too long')).toBe(got.jit.stats.aborts);
    const abortedExits = got.jit.log.events.flatMap((e) => (e.kind === 'abort' && e.exit !== undefined ? [e.exit] : []));
    expect(abortedExits.some((id) => got.jit.code.exit(id)!.bridgeBlacklisted)).toBe(true);
  });

  it('blacklists a function whose trace is always too long', () => {
    const want = plain('fib', 20);
    const got = jitted('fib', 20, { functionThreshold: 10, traceLimit: 3 });
    expect(got.out).toEqual(want.out);
    expect(got.jit.stats.functions).toBe(0);
    expect(got.jit.stats.aborts).toBe(3);
    expect([...got.jit.cells].some((c) => c.state === 'blacklisted')).toBe(true);
  });

  it('leaves the interpreter alone with the JIT off', () => {
    const { jit, out } = jitted('sum', 1000, { enabled: false });
    expect(out).toEqual(plain('sum', 1000).out);
    expect(jit.stats.loops).toBe(0);
  });

  it('aborts over-long traces and blacklists the key', () => {
    const { jit, out } = jitted('calls', 2000, { traceLimit: 5, abortLimit: 2 });
    expect(out).toEqual(plain('calls', 2000).out);
    expect(jit.stats.aborts).toBeGreaterThanOrEqual(2);
    expect(jit.stats.loops).toBe(0);
    expect([...jit.cells].some((c) => c.state === 'blacklisted')).toBe(true);
  });
});
