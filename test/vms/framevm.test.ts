/**
 * The virtualizable-frame VM end to end: its generated JIT-enabled module (framevm.jit.ts, a
 * golden file: accept changes with `npm run generate`) against the plain one, program by
 * program, with each tracer and under random guard failures, comparing the result (or the guest
 * error) and the frame's final fields; and what the optimizer made of the frame's fields in a
 * loop without calls.
 */
import * as path from 'node:path';
import type { FieldDescr } from '../../runtime/ir/trace.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import type { TracerMode } from '../../runtime/hints/index.js';
import { expectGeneratedUpToDate } from '../support/golden.js';
import * as plain from './framevm.js';
import * as jitted from './framevm.jit.js';

const Op = plain.FrameOp;
type Insn = [number, number?];

/** sum over i = n..1 of f(i), with f built from the handlers under test (vars[0] = i, vars[1] = acc). */
function loop(n: number, body: Insn[]): Insn[] {
  const head: Insn[] = [[Op.Push, n], [Op.Store, 0], [Op.Push, 0], [Op.Store, 1]];
  const start = head.length;
  const tail: Insn[] = [
    [Op.Load, 1], [Op.Add], [Op.Store, 1],
    [Op.Load, 0], [Op.Push, 1], [Op.Sub], [Op.Dup], [Op.Store, 0],
    [Op.Jnz, start],
    [Op.Load, 1], [Op.Halt],
  ];
  return [...head, [Op.Load, 0], ...body, ...tail];
}

const PROGRAMS: Record<string, Insn[]> = {
  // the fields as registers only: no call in the loop
  registers: loop(500, [[Op.Push, 3], [Op.Add], [Op.Push, 2], [Op.Sub]]),
  // traced helpers reading and writing the frame: write-back before each call, reload after
  calls: loop(500, [[Op.PushCall, 3], [Op.AddCall], [Op.Dup], [Op.AddCall]]),
  depth: loop(500, [[Op.Depth], [Op.Add]]),
  division: loop(500, [[Op.Push, 1000], [Op.Load, 0], [Op.Div], [Op.Add]]),
  // i reaches 7: the helper raises a guest error naming frame.pc
  divisionByZero: loop(500, [[Op.Push, 1000], [Op.Load, 0], [Op.Push, 7], [Op.Sub], [Op.Div], [Op.Add]]),
  // i reaches 399: the handler raises a guest error naming frame.pc and frame.sp
  check: loop(500, [[Op.Dup], [Op.Push, 400], [Op.Sub], [Op.Check]]),
};

interface Run {
  result: number | string;
  pc: number;
  sp: number;
  stack: number[];
  vars: number[];
}

function code(m: typeof plain | typeof jitted, name: string): plain.FrameCode {
  const insns = PROGRAMS[name]!;
  return new m.FrameCode(insns.map((i) => i[0]), insns.map((i) => i[1] ?? 0));
}

function execute(m: typeof plain | typeof jitted, vm: plain.FrameVm | jitted.FrameVm, name: string): Run {
  const frame = new m.Frame();
  let result: number | string;
  try {
    result = vm.run(code(m, name), frame);
  } catch (e) {
    if (!(e instanceof m.FrameVmError)) throw e;
    result = e.message;
  }
  return { result, pc: frame.pc, sp: frame.sp, stack: [...frame.stack], vars: [...frame.vars] };
}

const runPlain = (name: string): Run => execute(plain, new plain.FrameVm(), name);

function runJit(name: string, tracer: TracerMode, params: Partial<JitParams>): { run: Run; vm: jitted.FrameVm } {
  const vm = new jitted.FrameVm();
  vm.driver.configure({ tracer, params });
  return { run: execute(jitted, vm, name), vm };
}

const LOW: Partial<JitParams> = { loopThreshold: 5, bridgeThreshold: 5 };

describe.each<TracerMode>(['generic', 'generated'])('frame VM through the JIT (%s tracer)', (tracer) => {
  it.each(Object.keys(PROGRAMS))('%s: same result and final frame as the plain VM', (name) => {
    const expected = runPlain(name);
    const { run, vm } = runJit(name, tracer, LOW);
    expect(run).toEqual(expected);
    expect(vm.driver.stats().loops).toBeGreaterThan(0);
  });

  it.each(Object.keys(PROGRAMS))('%s: the same under random guard failures', (name) => {
    for (const seed of [1, 2]) {
      const { run } = runJit(name, tracer, { ...LOW, stressGuardFailures: 0.1, stressSeed: seed });
      expect(run).toEqual(runPlain(name));
    }
  });
});

describe('what the optimizer made of the virtualizable fields', () => {
  const loopOps = (name: string): Array<{ opcode: string; field: string | undefined }> => {
    const { vm } = runJit(name, 'generic', LOW);
    const loops = vm.driver.jit.loops;
    expect(loops.length).toBeGreaterThan(0);
    return loops.flatMap((l) => l.trace.ops.map((o) => ({ opcode: o.opcode as string, field: o.descr?.kind === 'field' ? (o.descr as FieldDescr).name : undefined })));
  };
  const frameFieldOps = (ops: ReadonlyArray<{ opcode: string; field: string | undefined }>): string[] =>
    ops.filter((o) => (o.opcode === 'getfield' || o.opcode === 'setfield') && (o.field === 'pc' || o.field === 'sp')).map((o) => `${o.opcode} ${o.field}`);

  it('a hot loop without calls keeps pc and sp in registers: no getfield/setfield of them after the label', () => {
    const ops = loopOps('registers');
    const label = ops.findIndex((o) => o.opcode === 'label');
    expect(label).toBeGreaterThanOrEqual(0);
    expect(ops.slice(label + 1).some((o) => o.opcode === 'jump')).toBe(true);
    expect(frameFieldOps(ops.slice(label + 1))).toEqual([]);
  });

  it('a loop calling helpers on the frame stores the fields for them (the helpers are inlined)', () => {
    const ops = loopOps('calls');
    expect(frameFieldOps(ops)).toContain('setfield sp');
  });
});

test('framevm.jit.ts is what metajit generate emits (accept: npm run generate)', () => {
  expectGeneratedUpToDate(path.join(__dirname, 'tsconfig.json'), path.join(__dirname, 'framevm.jit.ts'));
}, 60_000);
