/**
 * The stack VM fixture end to end: its generated JIT-enabled module (stackvm.jit.ts, a golden
 * file: accept changes with `npm run generate`) against the plain one, program by program, with
 * each tracer, under random guard failures; what the JIT made of each hint; and the guarded
 * polymorphic call.
 */
import * as path from 'node:path';
import type { JitParams } from '../../runtime/warmup/params.js';
import type { TracerMode } from '../../runtime/hints/index.js';
import { expectGeneratedUpToDate } from '../support/golden.js';
import * as plain from './stackvm.js';
import * as jitted from './stackvm.jit.js';

const { Op } = plain;
type Insn = [number, number?];

/** A shape of a class the program does not list: the `Area` handler's default path. */
class Triangle implements plain.Shape {
  area(): number {
    return 5;
  }
}

/** The shapes of the `Area` handler of program `name`: the module's own classes (and a Triangle). */
function shapes(m: typeof plain | typeof jitted, name: string): plain.Shape[] {
  const own = [new m.Square(3), new m.Circle(2)];
  return name === 'polymorphicDefault' ? [...own, new Triangle()] : own;
}

function code(m: typeof plain | typeof jitted, name: string): plain.Code {
  const insns = PROGRAMS[name]!;
  return new m.Code(insns.map((i) => i[0]), insns.map((i) => i[1] ?? 0), shapes(m, name));
}

/** sum over i = n..1 of f(i), with f built from the handlers under test. */
function loop(n: number, body: Insn[]): Insn[] {
  // vars[0] = i, vars[1] = acc
  const head: Insn[] = [[Op.Push, n], [Op.Store, 0], [Op.Push, 0], [Op.Store, 1]];
  const start = head.length;
  const tail: Insn[] = [
    [Op.Load, 1], [Op.Add], [Op.Store, 1], // acc += top
    [Op.Load, 0], [Op.Push, 1], [Op.Sub], [Op.Dup], [Op.Store, 0], // i -= 1
    [Op.Jnz, start],
    [Op.Load, 1], [Op.Halt],
  ];
  return [...head, [Op.Load, 0], ...body, ...tail];
}

const PROGRAMS: Record<string, Insn[]> = {
  arithmetic: loop(500, [[Op.Push, 3], [Op.Add], [Op.Push, 2], [Op.Sub]]),
  allocation: loop(500, [[Op.Box], [Op.Unbox], [Op.Unbox], [Op.Add]]),
  pure: loop(500, [[Op.Square]]),
  opaque: loop(300, [[Op.Dup], [Op.Print]]),
  unroll: loop(500, [[Op.Dup], [Op.Dup], [Op.Sum3]]),
  promote: loop(500, [[Op.Depth], [Op.Add]]),
  division: loop(500, [[Op.Push, 1000], [Op.Load, 0], [Op.Div], [Op.Add]]),
  // i reaches 0 inside the divisor: a guest error raised from compiled code
  divisionByZero: loop(500, [[Op.Push, 1000], [Op.Load, 0], [Op.Push, 7], [Op.Sub], [Op.Div], [Op.Add]]),
  // shapes[i % 2].area(): a Square and a Circle in turn (guard_class, a bridge for the other)
  polymorphic: loop(500, [[Op.Area]]),
  // shapes[i % 3].area(), the third a Triangle of no class the program lists (the default path)
  polymorphicDefault: loop(500, [[Op.Area]]),
};

interface Run {
  result: number | string;
  vars: number[];
  printed: number[];
}

function runPlain(name: string): Run {
  const out = new plain.Printer();
  const vars = [0, 0];
  let result: number | string;
  try {
    result = new plain.StackVm().run(code(plain, name), vars, out);
  } catch (e) {
    if (!(e instanceof plain.VmError)) throw e;
    result = e.message;
  }
  return { result, vars, printed: out.lines };
}

function runJit(name: string, tracer: TracerMode, params: Partial<JitParams>): { run: Run; vm: jitted.StackVm } {
  const out = new jitted.Printer();
  const vars = [0, 0];
  const vm = new jitted.StackVm();
  vm.driver.configure({ tracer, params });
  let result: number | string;
  try {
    result = vm.run(code(jitted, name), vars, out);
  } catch (e) {
    if (!(e instanceof jitted.VmError)) throw e;
    result = e.message;
  }
  return { run: { result, vars, printed: out.lines }, vm };
}

const LOW: Partial<JitParams> = { loopThreshold: 5, bridgeThreshold: 5 };

describe.each<TracerMode>(['generic', 'generated'])('stack VM through the JIT (%s tracer)', (tracer) => {
  it.each(Object.keys(PROGRAMS))('%s: same result, variables and output as the plain VM', (name) => {
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

describe('what the JIT made of the hints', () => {
  const loopTrace = (name: string): string => {
    const { vm } = runJit(name, 'generic', LOW);
    const loops = vm.driver.jit.loops;
    expect(loops.length).toBeGreaterThan(0);
    return loops.map((l) => l.trace.ops.map((o) => o.opcode).join(' ')).join('\n');
  };

  it('a pure method is a call_pure, an opaque interface method a call', () => {
    expect(loopTrace('pure')).toMatch(/call_pure/);
    const opaque = loopTrace('opaque');
    expect(opaque).toMatch(/\bcall\b/);
  });

  it('the boxed cell of the allocation program does not survive optimization', () => {
    expect(loopTrace('allocation')).not.toMatch(/\bnew\b/);
  });

  it('the promoted stack depth is a constant: no guard_value is left in the loop body of promote', () => {
    // The depth is the same at every iteration: promoted once, then known.
    const t = loopTrace('promote');
    expect(t).toMatch(/guard_value/);
    expect(t).toMatch(/ label /);
    expect(t.split(' label ')[1]).not.toMatch(/guard_value/);
  });
});

describe('the polymorphic call of the Area handler', () => {
  it('the loop trace guards the receiver class (guard_class) and inlines area(); the other class gets a bridge', () => {
    const { vm } = runJit('polymorphic', 'generic', LOW);
    const loops = vm.driver.jit.loops;
    expect(loops.length).toBeGreaterThan(0);
    const ops = loops.map((l) => l.trace.ops.map((o) => o.opcode).join(' ')).join('\n');
    expect(ops).toMatch(/guard_class/);
    expect(ops).not.toMatch(/\bcall\b/);
    expect(vm.driver.stats().bridges).toBeGreaterThan(0);
  });

  it('both tracers compile the same traces', () => {
    for (const name of ['polymorphic', 'polymorphicDefault']) {
      const digests = (['generic', 'generated'] as const).map((tracer) => runJit(name, tracer, LOW).vm.driver.stats().traces.map((t) => t.digest));
      expect(digests[1]).toEqual(digests[0]);
    }
  });
});

test('stackvm.jit.ts is what metajit generate emits (accept: npm run generate)', () => {
  expectGeneratedUpToDate(path.join(__dirname, 'tsconfig.json'), path.join(__dirname, 'stackvm.jit.ts'));
}, 60_000);
