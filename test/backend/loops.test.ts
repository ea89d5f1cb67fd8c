/**
 * Backend: loops, peeled loops, guards, overflow, heap ops and exception exits, each checked
 * against hand-computed results and against the reference executor.
 */

import { compileLoop } from '../../runtime/backend/index.js';
import { type ExecResult, execute } from '../../runtime/ir/executor.js';
import type { Trace } from '../../runtime/ir/trace.js';
import type { ExitDescr } from '../../runtime/resume/exit.js';
import { NS, Point, parse } from '../support/trace-text.js';

class Boom extends Error {}
const thrower = (x: number): number => {
  if (x < 0) throw new Boom(`negative ${x}`);
  return x * 2;
};
const ns = { ...NS, thrower };

/** Run compiled code on a copy of the inputs; the exit, and S's first values. */
function runCompiled(trace: Trace, inputs: unknown[], loop = 1): { exit: ExitDescr; S: unknown[]; id: number } {
  const c = compileLoop(trace, loop);
  const S = [...inputs];
  const id = c.fn(S);
  const exit = c.exits.find((e) => e.id === id);
  if (!exit) throw new Error(`returned ${id}, not an exit`);
  return { exit, S, id };
}

/** Equal values: primitives exactly (-0, NaN), objects (from different input copies) deeply. */
function same(a: unknown, b: unknown): void {
  if (typeof a === 'object' && a !== null) expect(a).toEqual(b);
  else expect([a, Object.is(a, b)]).toEqual([a, true]);
}

/** Compiled code and the executor agree on exit op, values and exception. */
function agrees(trace: Trace, mk: () => unknown[]): { r: ExecResult; S: unknown[]; exit: ExitDescr } {
  const r = execute(trace, mk(), { maxSteps: 100000 });
  const { exit, S } = runCompiled(trace, mk());
  if (r.kind !== 'exit') throw new Error('expected an exit');
  expect(exit.op).toBe(r.op);
  const m = r.values.length;
  expect(exit.failArgs.length).toBe(m);
  S.slice(0, m).forEach((v, k) => same(v, r.values[k]));
  if ('exception' in r) {
    expect(exit.kind).toBe('exception');
    expect(S[m]).toEqual(r.exception);
  } else {
    expect(exit.kind).not.toBe('exception');
  }
  return { r, S, exit };
}

describe('loops', () => {
  it('runs a counting loop to its exit, with the exit values in S', () => {
    const t = parse(`
      [i0, i1]
      label(i0, i1)
      i2 = int_sub(i0, 1)
      i3 = int_add(i1, i0)
      b4 = int_gt(i2, 0)
      guard_true(b4) [0@3: i2, i3]
      jump(i2, i3)
    `);
    const { exit, S } = runCompiled(t, [5, 0], 4);
    expect(exit.kind).toBe('guard');
    expect(exit.loop).toBe(4);
    expect(exit.op).toBe(t.ops[4]);
    expect(S.slice(0, 2)).toEqual([0, 15]);
    expect(exit.failures).toBe(1);
    agrees(t, () => [5, 0]);
  });

  it('peeled loop: preamble once, label variables as loop state, invariants from the preamble', () => {
    const t = parse(`
      [i0, i1]
      i2 = int_mul(i1, 10)          # invariant, computed once
      i3 = int_add(i0, 0)
      label(i3, i2)
      i4 = int_sub(i3, 1)
      i5 = int_add(i2, i4)          # i2 here is the current value of the label variable
      b6 = int_gt(i4, 0)
      guard_true(b6) [0@1: i4, i5, i2]
      jump(i4, i5)
    `);
    // i2: 30, then 30+2=32, then 32+1=33; exit when i4 = 0 with i5 = 33 + 0.
    const { S } = runCompiled(t, [3, 3]);
    expect(S.slice(0, 3)).toEqual([0, 33, 33]);
    agrees(t, () => [3, 3]);
  });

  it.each([
    ['a 3-cycle', 'jump(i5, i2, i3, i1, i4)'],
    ['a swap and a fixed point', 'jump(i5, i2, i1, i3, i4)'],
    ['constants and a chain', 'jump(i5, 7, i1, i2, i3)'],
    ['two overlapping orders', 'jump(i5, i4, i3, i2, i1)'],
    ['copies of one variable', 'jump(i5, i1, i1, i1, i2)'],
  ])('peeled loop whose jump permutes the label: %s', (_name, jump) => {
    const t = parse(`
      [i0, i1, i2, i3, i4]
      label(i0, i1, i2, i3, i4)
      i5 = int_sub(i0, 1)
      b6 = int_gt(i5, 0)
      guard_true(b6) [0@1: i1, i2, i3, i4]
      ${jump}
    `);
    for (const n of [1, 2, 3, 4, 7]) {
      const { S } = agrees(t, () => [n, 10, 20, 30, 40]);
      // Simulate the parallel assignment by hand.
      const jumpOp = t.ops[t.ops.length - 1]!;
      let vars = [n, 10, 20, 30, 40];
      for (;;) {
        const i5 = vars[0]! - 1;
        if (!(i5 > 0)) break;
        const env = new Map<unknown, number>(t.inputs.map((x, k) => [x, vars[k]!]));
        env.set(t.ops[1], i5);
        vars = jumpOp.args.map((a) => ('isConst' in a && a.isConst ? (a.value as number) : env.get(a)!));
      }
      expect(S.slice(0, 4)).toEqual(vars.slice(1));
    }
  });

  it('float, bool and ref loop variables keep exact values (-0, NaN)', () => {
    const t = parse(`
      [i0, f1, b2, r3]
      label(i0, f1, b2, r3)
      i4 = int_sub(i0, 1)
      f5 = float_mul(f1, -1.0)
      b6 = bool_not(b2)
      r7 = cast_float_to_ref(f5)
      b8 = int_gt(i4, 0)
      guard_true(b8) [0@1: f5, b6, r7, r3]
      jump(i4, f5, b6, r7)
    `);
    for (const f of [0, -0, NaN, 1.5]) {
      const { S } = agrees(t, () => [3, f, true, null]);
      // Three iterations multiply by -1 three times.
      same(S[0], -f);
      expect(S[1]).toBe(false);
    }
  });

  it('a straight trace without label ending in finish', () => {
    const t = parse(`
      [i0]
      i1 = int_add(i0, 1)
      finish() [0@9: i1, i0]
    `);
    const { exit, S } = runCompiled(t, [41]);
    expect(exit.kind).toBe('finish');
    expect(S.slice(0, 2)).toEqual([42, 41]);
  });

  it('a loop without label loops back to its first op with the inputs as variables', () => {
    const t = parse(`
      [i0, i1]
      i2 = int_sub(i0, 1)
      b3 = int_gt(i2, 0)
      guard_true(b3) [0@0: i1]
      i4 = int_mul(i1, 2)
      jump(i2, i4)
    `);
    const { S } = runCompiled(t, [4, 1]);
    expect(S[0]).toBe(8);
    agrees(t, () => [4, 1]);
  });

  it('refuses malformed traces', () => {
    expect(() => compileLoop(parse('[i0]\ni1 = int_add(i0, 1)'), 1)).toThrow('must end with a jump or a finish');
    expect(() => compileLoop(parse('[i0]\nb1 = int_is_true(i0)\nguard_true(b1)\nfinish() [0@0: i0]'), 1)).toThrow('guard without snapshot');
    expect(() => compileLoop(parse('[i0]\nfinish() [0@0: i0]'), -1)).toThrow('bad loop number');
  });
});

describe('guards', () => {
  const cases: Array<[string, string, unknown[], unknown[]]> = [
    ['guard_true', '[b0]\nguard_true(b0) [0@0: b0]', [true], [false]],
    ['guard_false', '[b0]\nguard_false(b0) [0@0: b0]', [false], [true]],
    ['guard_value int', '[i0]\nguard_value(i0, -5) [0@0: i0]', [-5], [5]],
    ['guard_value float NaN', '[f0]\nguard_value(f0, NaN) [0@0: f0]', [NaN], [0]],
    ['guard_value float -0 accepts 0 (===)', '[f0]\nguard_value(f0, -0.0) [0@0: f0]', [0], [1]],
    ['guard_value string', '[r0]\nguard_value(r0, "x") [0@0: r0]', ['x'], ['y']],
    ['guard_value null', '[r0]\nguard_value(r0, null) [0@0: r0]', [null], [undefined]],
    ['guard_class', '[r0]\nguard_class(r0, @Point) [0@0: r0]', [new Point()], [{}]],
    ['guard_class of null fails', '[r0]\nguard_class(r0, @Point) [0@0: r0]', [Object.create(Point.prototype)], [null]],
    ['guard_nonnull', '[r0]\nguard_nonnull(r0) [0@0: r0]', [0], [undefined]],
    ['guard_isnull', '[r0]\nguard_isnull(r0) [0@0: r0]', [null], [false]],
  ];
  it.each(cases)('%s holds and fails like the executor', (_name, body, pass, fail) => {
    const t = parse(`${body}\nfinish() [1@1: ]`);
    const ok = runCompiled(t, pass);
    expect(ok.exit.kind).toBe('finish');
    const bad = runCompiled(t, fail);
    expect(bad.exit.kind).toBe('guard');
    expect(bad.exit.op).toBe(t.ops[0]);
    expect(Object.is(bad.S[0], fail[0])).toBe(true);
    agrees(t, () => pass);
    agrees(t, () => fail);
  });
});

describe('overflow-checked arithmetic', () => {
  const MAX = 2147483647;
  const MIN = -2147483648;
  it.each([
    ['int_add_ovf', MAX, 1, null],
    ['int_add_ovf', MAX, 0, MAX],
    ['int_add_ovf', MIN, -1, null],
    ['int_add_ovf', -5, 3, -2],
    ['int_sub_ovf', MIN, 1, null],
    ['int_sub_ovf', 0, MIN, null],
    ['int_sub_ovf', -1, MIN, MAX],
    ['int_mul_ovf', 65536, 32768, null],
    ['int_mul_ovf', 65536, -32768, MIN],
    ['int_mul_ovf', 0, -1, 0],
    ['int_mul_ovf', MAX, MAX, null],
    ['int_mul_ovf', 46341, 46341, null],
  ])('%s(%d, %d) gives %p (null: exits)', (op, a, b, want) => {
    const t = parse(`
      [i0, i1]
      i2 = ${op}(i0, i1) [0@0: i0, i1]
      finish() [0@1: i2]
    `);
    const { exit, S } = runCompiled(t, [a, b]);
    if (want === null) {
      expect(exit.kind).toBe('guard');
      expect(S.slice(0, 2)).toEqual([a, b]);
    } else {
      expect(exit.kind).toBe('finish');
      expect(Object.is(S[0], want)).toBe(true);
    }
    agrees(t, () => [a, b]);
  });
});

describe('heap ops and allocation', () => {
  it('reads and writes fields, arrays and typed arrays; allocates like the executor', () => {
    const t = parse(`
      [r0, r1, r2, i3]
      i4 = getfield(r0, .x)
      i5 = int_add(i4, 1)
      setfield(r0, i5, .x)
      i6 = getarrayitem(r1, i3, [i8])
      setarrayitem(r1, i3, 300, [i8])
      i7 = getarrayitem(r1, i3, [i8])
      i8 = arraylen(r1, [i8])
      r9 = getarrayitem(r2, 0, [any])
      setarrayitem(r2, 1, r0, [any])
      r10 = new(@Point)
      setfield(r10, i7, .y)
      r11 = new_array(3, [f64])
      r12 = new_array(2, [any])
      setarrayitem(r12, 0, r10, [any])
      finish() [0@0: i4, i6, i7, i8, r9, r10, r11, r12]
    `);
    const mk = (): unknown[] => [Object.assign(new Point(), { x: 41 }), new Int8Array([1, 2, 3]), ['a', 'b'], 2];
    const { S } = agrees(t, mk);
    expect(S.slice(0, 5)).toEqual([41, 3, 44, 3, 'a']);
    const p = S[5] as Point;
    expect(Object.getPrototypeOf(p)).toBe(Point.prototype);
    expect(p.y).toBe(44);
    expect(S[6]).toEqual(new Float64Array(3));
    expect(S[7]).toEqual([p, undefined]);
    expect(Object.prototype.hasOwnProperty.call(S[7], 1)).toBe(true);
  });

  it('reads immutable array items like mutable ones', () => {
    const t = parse(`
      [r0, r1, i2]
      i3 = getarrayitem_imm(r0, i2, [u8])
      r4 = getarrayitem_imm(r1, 1, [any])
      i5 = getarrayitem_imm(r0, 0, [u8])
      i6 = int_add(i3, i5)
      finish() [0@0: i6, r4]
    `);
    const { S } = agrees(t, () => [Uint8Array.from([7, 250, 3]), ['a', 'b'], 1]);
    expect(S.slice(0, 2)).toEqual([257, 'b']);
  });

  it('a field read of null throws out of compiled code untouched', () => {
    const t = parse('[r0]\ni1 = getfield(r0, .x)\nfinish() [0@0: i1]');
    const c = compileLoop(t, 1);
    expect(() => c.fn([null])).toThrow(TypeError);
  });
});

describe('exception exits', () => {
  const t = parse(
    `
    [r0, i1]
    setfield(r0, i1, .x)
    i2 = call(@thrower, i1) [0@5: r0, i1]
    setfield(r0, i2, .y)
    finish() [0@6: i2]
  `,
    ns,
  );

  it('a raising op that throws leaves with its fail args and the exception in S[m]', () => {
    const p = new Point();
    const { exit, S } = runCompiled(t, [p, -3]);
    expect(exit.kind).toBe('exception');
    expect(exit.op).toBe(t.ops[1]);
    expect(S[0]).toBe(p);
    expect(S[1]).toBe(-3);
    expect(S[2]).toBeInstanceOf(Boom);
    expect((S[2] as Error).message).toBe('negative -3');
    expect(p.x).toBe(-3); // the write before the call happened
    expect(p.y).toBeUndefined(); // the write after it did not
    agrees(t, () => [new Point(), -3]);
  });

  it('a raising op that returns continues normally', () => {
    const p = new Point();
    const { exit, S } = runCompiled(t, [p, 4]);
    expect(exit.kind).toBe('finish');
    expect(S[0]).toBe(8);
    expect(p.y).toBe(8);
  });

  it('a raising op without snapshot lets the exception propagate, the same object', () => {
    const err = new Boom('mine');
    const t2 = parse('[r0]\nr1 = call(r0)\nfinish() [0@0: r1]');
    const c = compileLoop(t2, 1, { verify: false });
    let caught: unknown;
    try {
      c.fn([
        () => {
          throw err;
        },
      ]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
  });

  it('calls pass undefined as this and the arguments in order', () => {
    let seenThis: unknown = 'unset';
    let seenArgs: unknown[] = [];
    const f = function (this: unknown, ...a: unknown[]): number {
      seenThis = this;
      seenArgs = a;
      return 7;
    };
    const t2 = parse('[r0, i1, f2]\ni3 = call_pure(r0, i1, f2, "s", null) [0@0: ]\nfinish() [0@1: i3]');
    const { S } = runCompiled(t2, [f, 1, -0]);
    expect(S[0]).toBe(7);
    expect(seenThis).toBeUndefined();
    expect(seenArgs).toEqual([1, -0, 's', null]);
    expect(Object.is(seenArgs[1], -0)).toBe(true);
  });
});
