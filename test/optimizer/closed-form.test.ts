/**
 * The closed-form pass: counting loops skip to their last iteration. Trace text to trace text for
 * what it rewrites and what it leaves alone, then every start value of byte counters (and a
 * sample of 32-bit ones) run through the loop as recorded and as rewritten, in the reference
 * executor and compiled: the exit and its values must be the same.
 */
import { compileLoop } from '../../runtime/backend/index.js';
import { execute } from '../../runtime/ir/executor.js';
import type { Trace } from '../../runtime/ir/trace.js';
import { closedFormPass, inverseMod32 } from '../../runtime/optimizer/closed-form.js';
import { optimize } from '../../runtime/optimizer/pipeline.js';
import { canon, parse } from '../support/trace-text.js';
import { runPass, runPassFull } from './run-pass.js';

const becomes = (text: string, expected: string): void => expect(runPass(closedFormPass, text)).toBe(canon(expected));
const same = (text: string): void => expect(runPassFull(closedFormPass, text).verdict).toBe('unchanged');

/** `[->+<]` as vable.ts leaves it: cell x counts down to zero, cell y counts up. */
const MOVE_LOOP = `
  [i0, i1]
  i2 = int_and(i0, 255)
  i3 = int_and(i1, 255)
  label(i2, i3)
  i4 = int_add(i2, 255)
  i5 = int_and(i4, 255)
  i6 = int_add(i3, 1)
  i7 = int_and(i6, 255)
  b8 = int_eq(i5, 0)
  b9 = bool_not(b8)
  guard_true(b9) [0@1: i5, i7]
  jump(i5, i7)`;

/** Run a loop trace on inputs: the position and values of the exit it leaves through, by the executor or compiled. */
const run = (t: Trace, inputs: number[], how: 'executor' | 'compiled'): unknown[] => {
  if (how === 'executor') {
    const r = execute(t, inputs, { maxSteps: 1e7 });
    if (r.kind !== 'exit') throw new Error('expected an exit');
    return [r.op.snapshot!.pc, ...r.values];
  }
  const S: unknown[] = [...inputs];
  const c = compileLoop(t, 1);
  const id = c.fn(S);
  const exit = c.exits.find((e) => e.id === id)!;
  return [exit.snapshot.pc, ...S.slice(0, exit.failArgs.length)];
};

describe('closedform: what it rewrites', () => {
  it('advances every counter to the last iteration at the top of the body', () => {
    becomes(
      MOVE_LOOP,
      `
      [i0, i1]
      i2 = int_and(i0, 255)
      i3 = int_and(i1, 255)
      label(i2, i3)
      i10 = int_add(i2, 255)
      i11 = int_and(i10, 255)
      i12 = int_mul(i11, 255)
      i13 = int_add(i2, i12)
      i14 = int_and(i13, 255)
      i15 = int_add(i3, i11)
      i16 = int_and(i15, 255)
      i4 = int_add(i14, 255)
      i5 = int_and(i4, 255)
      i6 = int_add(i16, 1)
      i7 = int_and(i6, 255)
      b8 = int_eq(i5, 0)
      b9 = bool_not(b8)
      guard_true(b9) [0@1: i5, i7]
      jump(i5, i7)`,
    );
  });

  it('takes a test before the step, an odd step other than 1, and a 32-bit counter', () => {
    becomes(
      `
      [i0, i1]
      i2 = int_and(i0, 255)
      label(i2, i1)
      b3 = int_ne(i2, 0)
      guard_true(b3) [0@1: i2, i1]
      i4 = int_add(i2, 3)
      i5 = int_and(i4, 255)
      i6 = int_sub(i1, 7)
      jump(i5, i6)`,
      `
      [i0, i1]
      i2 = int_and(i0, 255)
      label(i2, i1)
      i7 = int_mul(i2, 85)
      i8 = int_and(i7, 255)
      i9 = int_mul(i8, 3)
      i10 = int_add(i2, i9)
      i11 = int_and(i10, 255)
      i12 = int_mul(i8, -7)
      i13 = int_add(i1, i12)
      b3 = int_ne(i11, 0)
      guard_true(b3) [0@1: i11, i13]
      i4 = int_add(i11, 3)
      i5 = int_and(i4, 255)
      i6 = int_sub(i13, 7)
      jump(i5, i6)`,
    );
  });

  it('keeps invariant label arguments and pure work on them', () => {
    becomes(
      `
      [i0, r1, i9]
      i2 = int_and(i0, 255)
      label(i2, r1, i9)
      i4 = int_add(i2, 255)
      i5 = int_and(i4, 255)
      i6 = int_mul(i9, 3)
      b8 = int_is_true(i5)
      guard_true(b8) [0@1: i5, r1, i6]
      jump(i5, r1, i9)`,
      `
      [i0, r1, i9]
      i2 = int_and(i0, 255)
      label(i2, r1, i9)
      i10 = int_add(i2, 255)
      i11 = int_and(i10, 255)
      i12 = int_mul(i11, 255)
      i13 = int_add(i2, i12)
      i14 = int_and(i13, 255)
      i4 = int_add(i14, 255)
      i5 = int_and(i4, 255)
      i6 = int_mul(i9, 3)
      b8 = int_is_true(i5)
      guard_true(b8) [0@1: i5, r1, i6]
      jump(i5, r1, i9)`,
    );
  });
});

describe('closedform: what it leaves alone', () => {
  const variants: Array<[string, string, string]> = [
    ['a store in the body', 'i7 = int_and(i6, 255)', 'i7 = int_and(i6, 255)\n  setarrayitem(r9, 0, i7, [u8])'],
    ['a heap read in the body', 'i7 = int_and(i6, 255)', 'i7 = int_and(i6, 255)\n  i17 = getarrayitem(r9, 0, [u8])'],
    ['a call in the body', 'i7 = int_and(i6, 255)', 'i7 = int_and(i6, 255)\n  call(@escape)'],
    ['a second guard', 'b9 = bool_not(b8)', 'b9 = bool_not(b8)\n  b18 = int_lt(i7, 9)\n  guard_true(b18) [0@2: i5, i7]'],
    ['an exit when the counter is not zero', 'guard_true(b9)', 'guard_false(b9)'],
    ['an even step of the tested counter', 'i4 = int_add(i2, 255)', 'i4 = int_add(i2, 254)'],
    ['a test of another value', 'b8 = int_eq(i5, 0)', 'b8 = int_eq(i5, 1)'],
    ['a counter whose first value is not masked', 'i3 = int_and(i1, 255)', 'i3 = int_add(i1, 1)'],
    ['a counter whose first value has a wider mask', 'i3 = int_and(i1, 255)', 'i3 = int_and(i1, 511)'],
    ['a varying value that is not a counter', 'i6 = int_add(i3, 1)', 'i6 = int_mul(i3, 3)'],
    ['a step that is not a constant', 'i6 = int_add(i3, 1)', 'i6 = int_add(i3, i2)'],
    ['a mask that is not 2^w - 1', 'i7 = int_and(i6, 255)', 'i7 = int_and(i6, 254)'],
    ['a test of an unmasked sum of a byte counter (256 is not 0)', 'b8 = int_eq(i5, 0)', 'b8 = int_eq(i4, 0)'],
    ['a second guard on something else than a counter', 'b9 = bool_not(b8)', 'b9 = bool_not(b8)\n  b18 = ref_is_null(r9)\n  guard_false(b18) [0@2: i5, i7]'],
  ];
  it.each(variants)('leaves a loop with %s', (_what, from, to) => {
    const text = MOVE_LOOP.replace('[i0, i1]', '[i0, i1, r9]').replace(from, to).replace('label(i2, i3)', 'label(i2, i3, r9)').replace('jump(i5, i7)', 'jump(i5, i7, r9)');
    expect(text).not.toBe(MOVE_LOOP);
    same(text);
  });

  it('leaves a loop that is not peeled, a trace without a loop, and a loop without varying values', () => {
    same('[i0]\nlabel(i0)\ni1 = int_add(i0, 255)\ni2 = int_and(i1, 255)\nb3 = int_ne(i2, 0)\nguard_true(b3) [0@1: i2]\njump(i2)');
    same('[i0]\ni1 = int_add(i0, 1)\nfinish() [0@1: i1]');
    same('[i0]\nlabel(i0)\nb1 = int_ne(i0, 0)\nguard_true(b1) [0@1: i0]\njump(i0)');
  });

});

it('inverts odd numbers modulo 2^32', () => {
  for (const c of [1, 3, 255, -1, -7, 0x7fffffff, 12345677]) expect(Math.imul(c, inverseMod32(c))).toBe(1);
  expect(() => inverseMod32(4)).toThrow(/even/);
});

describe('closedform: the same exit as the loop as recorded', () => {
  /** A loop of three counters (x tested, y 8-bit, z 32-bit): steps, test position, width. */
  const counting = (cx: number, cy: number, cz: number, after: boolean, w: number): string => {
    const m = 2 ** w - 1;
    const test = after ? 'i5' : 'i2';
    return `
      [i0, i1, i9]
      i2 = int_and(i0, ${m})
      i3 = int_and(i1, 255)
      label(i2, i3, i9)
      i4 = int_add(i2, ${cx})
      i5 = int_and(i4, ${m})
      i6 = int_sub(i3, ${cy})
      i7 = int_and(i6, 255)
      i10 = int_add(i9, ${cz})
      i11 = int_mul(i10, 3)
      b8 = int_eq(${test}, 0)
      guard_false(b8) [0@1: i5, i7, i10, i11]
      jump(i5, i7, i10)`;
  };

  const cases: Array<[number, number, number, boolean, number]> = [
    [255, -1, 1, true, 8],
    [1, 1, -3, true, 8],
    [3, 7, 1000, false, 8],
    [-5, 255, 65536, true, 8],
    [253, 0, -1, false, 8],
    [1, 2, 3, true, 4],
    [-3, 5, 7, false, 12],
  ];
  it.each(cases)('steps %d, %d, %d (test after the step: %s, width %d): every start value', (cx, cy, cz, after, w) => {
    const text = counting(cx, cy, cz, after, w);
    const rewritten = runPassFull(closedFormPass, text);
    expect(rewritten.verdict).toBe('rewritten');
    const optimized = optimize(parse(text), { verify: true }).trace;
    expect(optimized.ops.filter((o) => o.opcode === 'int_mul').length).toBeGreaterThan(0);
    const starts = w <= 8 ? Array.from({ length: 2 ** w }, (_, k) => k) : [0, 1, 2, 3, 77, 255, 4094, 4095];
    for (const x of starts) {
      for (const y of [0, 1, 200]) {
        const inputs = [x, y, 2147483600];
        const plain = run(parse(text), inputs, 'executor');
        expect(run(rewritten.trace, inputs, 'executor')).toEqual(plain);
        expect(run(optimized, inputs, 'compiled')).toEqual(plain);
      }
    }
  });

  it('counts a 32-bit counter down to zero', () => {
    const text = `
      [i0, i1]
      label(i0, i1)
      i2 = int_sub(i0, 1)
      i3 = int_add(i1, 2)
      b4 = int_ne(i2, 0)
      guard_true(b4) [0@1: i2, i3]
      jump(i2, i3)`;
    const rewritten = runPassFull(closedFormPass, text);
    expect(rewritten.verdict).toBe('rewritten');
    for (const x of [1, 2, 3, 1000, 123457]) {
      const plain = run(parse(text), [x, 5], 'executor');
      expect(plain).toEqual([1, 0, 5 + 2 * x]);
      expect(run(rewritten.trace, [x, 5], 'executor')).toEqual(plain);
      expect(run(rewritten.trace, [x, 5], 'compiled')).toEqual(plain);
    }
    // From 0 the loop as recorded would run 2^32 times: the closed form knows where it ends.
    expect(run(rewritten.trace, [0, 5], 'compiled')).toEqual([1, 0, 5]);
  });
});

describe('closedform: several guards, and counters through chains of steps', () => {
  const check = (text: string, starts: number[][]): void => {
    const rewritten = runPassFull(closedFormPass, text);
    expect(rewritten.verdict).toBe('rewritten');
    const optimized = optimize(parse(text), { verify: true }).trace;
    for (const inputs of starts) {
      const plain = run(parse(text), inputs, 'executor');
      expect(run(rewritten.trace, inputs, 'executor')).toEqual(plain);
      expect(run(rewritten.trace, inputs, 'compiled')).toEqual(plain);
      expect(run(optimized, inputs, 'compiled')).toEqual(plain);
    }
  };
  const bytes = [0, 1, 2, 3, 7, 100, 128, 200, 254, 255];
  const pairs = bytes.flatMap((x) => bytes.map((y) => [x, y]));

  it('two counters, each with its exit: the loop leaves through the first to reach zero', () => {
    // Brainfuck `[->-<]`-like: x and y count down, the body tests y, then x.
    check(
      `
      [i0, i1]
      i2 = int_and(i0, 255)
      i3 = int_and(i1, 255)
      label(i2, i3)
      i4 = int_add(i2, 255)
      i5 = int_and(i4, 255)
      i6 = int_add(i3, 253)
      i7 = int_and(i6, 255)
      b8 = int_eq(i7, 0)
      guard_false(b8) [0@1: i5, i7]
      b9 = int_ne(i5, 0)
      guard_true(b9) [0@2: i5, i7]
      jump(i5, i7)`,
      pairs,
    );
  });

  it('a counter that comes back to itself (zero step) with an exit when it is not zero, as in a divmod loop', () => {
    // z + 1 - 1 through two masks: unchanged every iteration; the loop leaves at once when z is
    // not zero, else when x runs out.
    check(
      `
      [i0, i1]
      i2 = int_and(i0, 255)
      i3 = int_and(i1, 255)
      label(i2, i3)
      i4 = int_add(i2, 255)
      i5 = int_and(i4, 255)
      i6 = int_add(i3, 1)
      i7 = int_and(i6, 255)
      i8 = int_add(i7, 255)
      i9 = int_and(i8, 255)
      b10 = int_eq(i9, 0)
      b11 = bool_not(b10)
      guard_false(b11) [0@1: i5, i9]
      b12 = int_eq(i5, 0)
      guard_false(b12) [0@2: i5, i9]
      jump(i5, i9)`,
      pairs,
    );
  });

  it("a test of a counter at an offset (x + 3, masked): exits when x reaches 253", () => {
    check(
      `
      [i0]
      i1 = int_and(i0, 255)
      label(i1)
      i2 = int_add(i1, 1)
      i3 = int_and(i2, 255)
      i4 = int_add(i3, 2)
      i5 = int_and(i4, 255)
      b6 = int_is_true(i5)
      guard_true(b6) [0@1: i3, i5]
      jump(i3)`,
      bytes.map((x) => [x]),
    );
  });
});
