/**
 * What a loop's label carries (runtime/optimizer/virtual-loop.ts, applied by virtualize.ts):
 * numbers and booleans boxed by a cast at the label and at the jump travel unboxed, positions
 * that are the same constant on entry and at the jump are not carried, positions that are one
 * value on entry and at every jump share one label argument, and values the jump passes back
 * unchanged stay invariant. Each rewrite is shown on trace text, together with the near misses
 * that must stay as they are; every case also runs before and after with the reference
 * executor, and a generator of peeled loops over mixed label shapes checks the meaning of many
 * more.
 */

import { execute } from '../../runtime/ir/executor.js';
import { type Op, type Trace, snapshotFailArgs } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { type PassName, loopShape } from '../../runtime/optimizer/pass.js';
import { optimize } from '../../runtime/optimizer/pipeline.js';
import { virtualizePass } from '../../runtime/optimizer/virtualize.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { canon, parse, print } from '../support/trace-text.js';
import { runPassFull, unchanged } from './run-pass.js';

// ---- running a trace ---------------------------------------------------------------------------

function show(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  return `${(Object.getPrototypeOf(v) as { constructor: { name: string } }).constructor.name}{${Object.keys(o).map((k) => `${k}:${show(o[k])}`).join(',')}}`;
}

/** Where a run leaves the trace and the interpreter frames it resumes with. */
function observe(t: Trace, inputs: readonly unknown[]): string {
  let r;
  try {
    r = execute(t, [...inputs], { maxSteps: 100_000 });
  } catch (e) {
    return `throws ${String(e)}`;
  }
  if (r.kind === 'jump') return `jump ->loop${r.target} ${r.values.map(show).join(', ')}`;
  const s = r.op.snapshot;
  const failArgs = s ? snapshotFailArgs(s) : [];
  const frames = s ? materializeFrames(s, (op) => r.values[failArgs.indexOf(op)]) : [];
  return frames.map((f) => `${f.code}@${f.pc}: ${f.values.map(show).join(', ')}`).join(' | ');
}

/**
 * Optimize with the given passes (in pipeline order) or the whole pipeline, check the result
 * verifies, prints as `expected` and leaves at the same place with the same frames as the
 * input for each input.
 */
function check(passes: readonly PassName[] | 'all', src: string, expected: string, inputs: ReadonlyArray<readonly unknown[]>): Trace {
  const r = optimize(parse(src), passes === 'all' ? { verify: true } : { passes, verify: true });
  verifyTrace(r.trace);
  expect(print(r.trace)).toBe(canon(expected));
  for (const i of inputs) expect(observe(r.trace, i)).toBe(observe(parse(src), i));
  return r.trace;
}

/** Allocation removal alone leaves the trace as it is (verdict and text). */
function untouched(src: string, inputs: ReadonlyArray<readonly unknown[]> = []): void {
  expect(unchanged(virtualizePass, src)).toBe(true);
  const out = runPassFull(virtualizePass, src).trace;
  for (const i of inputs) expect(observe(out, i)).toBe(observe(parse(src), i));
}

const bodyOpcodes = (t: Trace): string[] => t.ops.slice(t.ops.findIndex((op) => op.opcode === 'label')).map((op) => op.opcode);

const CLEANUP: PassName[] = ['virtualize', 'fold', 'dce'];

// ---- boxed numbers -----------------------------------------------------------------------------

describe('label state: numbers boxed at the label and at the jump travel unboxed', () => {
  const intBox = `
    [i0]
    r1 = cast_int_to_ref(i0)
    label(r1)
    r2 = ref_typeof(r1)
    guard_value(r2, "number") [0@0: r1]
    i3 = cast_ref_to_int(r1)
    i4 = int_add(i3, 1)
    b5 = int_lt(i4, 10)
    guard_true(b5) [0@1: r1]
    r6 = cast_int_to_ref(i4)
    jump(r6)
  `;

  it('carries the int, and casts it again after the label for what asks about the ref', () => {
    check(
      ['virtualize'],
      intBox,
      `
      [i0]
      r1 = cast_int_to_ref(i0)
      label(i0)
      r2 = cast_int_to_ref(i0)
      r3 = ref_typeof(r2)
      guard_value(r3, "number") [0@0: r2]
      i4 = cast_ref_to_int(r2)
      i5 = int_add(i4, 1)
      b6 = int_lt(i5, 10)
      guard_true(b6) [0@1: r2]
      r7 = cast_int_to_ref(i5)
      jump(i5)
      `,
      [[0], [9], [30]],
    );
  });

  it('lets the type test, its guard and the cast back fold away; snapshots keep the cast', () => {
    check(
      CLEANUP,
      intBox,
      `
      [i0]
      label(i0)
      r1 = cast_int_to_ref(i0)
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@1: r1]
      jump(i2)
      `,
      [[0], [9], [30]],
    );
  });

  it('carries a float', () => {
    check(
      CLEANUP,
      `
      [f0]
      r1 = cast_float_to_ref(f0)
      label(r1)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: r1]
      f3 = cast_ref_to_float(r1)
      f4 = float_mul(f3, 2.0)
      b5 = float_lt(f4, 100.0)
      guard_true(b5) [0@1: r1]
      r6 = cast_float_to_ref(f4)
      jump(r6)
      `,
      `
      [f0]
      label(f0)
      r1 = cast_float_to_ref(f0)
      f2 = float_mul(f0, 2.0)
      b3 = float_lt(f2, 100.0)
      guard_true(b3) [0@1: r1]
      jump(f2)
      `,
      [[1.5], [-0], [NaN], [80]],
    );
  });

  it('carries a bool, whose type test says "boolean"', () => {
    check(
      CLEANUP,
      `
      [b0, i1]
      r2 = cast_bool_to_ref(b0)
      label(r2, i1)
      r3 = ref_typeof(r2)
      guard_value(r3, "boolean") [0@0: r2, i1]
      b4 = cast_ref_to_bool(r2)
      b5 = bool_not(b4)
      i6 = int_sub(i1, 1)
      b7 = int_gt(i6, 0)
      guard_true(b7) [0@1: r2, i6]
      r8 = cast_bool_to_ref(b5)
      jump(r8, i6)
      `,
      `
      [b0, i1]
      label(b0, i1)
      r2 = cast_bool_to_ref(b0)
      b3 = bool_not(b0)
      i4 = int_sub(i1, 1)
      b5 = int_gt(i4, 0)
      guard_true(b5) [0@1: r2, i4]
      jump(b3, i4)
      `,
      [[true, 5], [false, 4], [true, 1]],
    );
  });

  it('unboxes a number constant at the jump', () => {
    check(
      ['virtualize'],
      `
      [i0, i1]
      r2 = cast_int_to_ref(i0)
      label(r2, i1)
      i3 = int_sub(i1, 1)
      b4 = int_gt(i3, 0)
      guard_true(b4) [0@1: r2, i3]
      jump(ref(7.0), i3)
      `,
      `
      [i0, i1]
      r2 = cast_int_to_ref(i0)
      label(i0, i1)
      r3 = cast_int_to_ref(i0)
      i4 = int_sub(i1, 1)
      b5 = int_gt(i4, 0)
      guard_true(b5) [0@1: r3, i4]
      jump(7, i4)
      `,
      [[1, 3]],
    );
  });

  it('boxes a number constant of the preamble when the jump passes a boxed int', () => {
    // First the constant is carried (the jump changes it), then it is carried unboxed.
    check(
      ['virtualize'],
      `
      [i0]
      r1 = same_as(ref(0.0))
      label(r1, i0)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: r1, i0]
      i3 = cast_ref_to_int(r1)
      i4 = int_add(i3, i0)
      i5 = int_sub(i0, 1)
      b6 = int_gt(i5, 0)
      guard_true(b6) [0@1: r1, i5]
      r7 = cast_int_to_ref(i4)
      jump(r7, i5)
      `,
      `
      [i0]
      r1 = same_as(ref(0.0))
      i2 = same_as(0)
      label(i2, i0)
      r3 = cast_int_to_ref(i2)
      r4 = ref_typeof(r3)
      guard_value(r4, "number") [0@0: r3, i0]
      i5 = cast_ref_to_int(r3)
      i6 = int_add(i5, i0)
      i7 = int_sub(i0, 1)
      b8 = int_gt(i7, 0)
      guard_true(b8) [0@1: r3, i7]
      r9 = cast_int_to_ref(i6)
      jump(i6, i7)
      `,
      [[4], [1]],
    );
  });

  it.each([
    ['a box of another kind', 'f6 = int_to_float(i4)\nr7 = cast_float_to_ref(f6)\njump(r7)'],
    ['a ref read from the heap', 'r7 = getfield(r1, .x)\njump(r7)'],
    ['a string', 'jump("four")'],
    ['a float constant where an int was boxed', 'jump(ref(0.5))'],
  ])('keeps the ref when the jump passes %s', (_what, tail) => {
    untouched(
      `
      [i0]
      r1 = cast_int_to_ref(i0)
      label(r1)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: r1]
      i3 = call(@escape, r1) [0@0: r1]
      i4 = int_add(i0, 1)
      ${tail.split('\n').join('\n      ')}
      `,
    );
  });

  it('does not look through a box the preamble computed from a label argument', () => {
    // r3 is the preamble's i0 + 1 in every iteration; the label argument i2 is not.
    untouched(
      `
      [i0]
      r1 = cast_int_to_ref(i0)
      i2 = int_add(i0, 1)
      r3 = cast_int_to_ref(i2)
      label(r1, i2)
      i4 = int_add(i2, 1)
      b5 = int_lt(i4, 10)
      guard_true(b5) [0@0: r1, i4, r3]
      jump(r3, i4)
      `,
      [[0], [5]],
    );
  });

  it('does not look through a label argument at the jump', () => {
    // Position 0 stays boxed (the jump passes a call result there); the jump passes its label
    // argument r2 on to position 1, which means this iteration's value, not the preamble's i0.
    untouched(
      `
      [i0, i1, i2]
      r3 = cast_int_to_ref(i0)
      r4 = cast_int_to_ref(i1)
      label(r3, r4, i2)
      i5 = int_sub(i2, 1)
      b6 = int_gt(i5, 0)
      guard_true(b6) [0@0: r3, r4, i5]
      r7 = call(@escape, r3) [0@1: r3, r4, i5]
      jump(r7, r3, i5)
      `,
      [[0, 1, 5], [0, 1, 2]],
    );
  });

  it('unboxes the fields of a virtual, keeping boxed only the field whose box changes kind', () => {
    check(
      ['virtualize'],
      `
      [i0]
      r1 = new(@Point)
      r2 = cast_int_to_ref(i0)
      setfield(r1, r2, .x)
      r3 = cast_int_to_ref(i0)
      setfield(r1, r3, .y)
      label(r1)
      r4 = getfield(r1, .x)
      i5 = cast_ref_to_int(r4)
      i6 = int_add(i5, 1)
      b7 = int_lt(i6, 10)
      guard_true(b7) [0@0: r1]
      r8 = new(@Point)
      r9 = cast_int_to_ref(i6)
      setfield(r8, r9, .x)
      f10 = int_to_float(i6)
      r11 = cast_float_to_ref(f10)
      setfield(r8, r11, .y)
      jump(r8)
      `,
      `
      [i0]
      r1 = cast_int_to_ref(i0)
      r2 = cast_int_to_ref(i0)
      label(i0, r2)
      r3 = cast_int_to_ref(i0)
      i4 = cast_ref_to_int(r3)
      i5 = int_add(i4, 1)
      b6 = int_lt(i5, 10)
      guard_true(b6) [0@0: v0] {v0: @Point .x=r3 .y=r2}
      r7 = cast_int_to_ref(i5)
      f8 = int_to_float(i5)
      r9 = cast_float_to_ref(f8)
      jump(i5, r9)
      `,
      [[0], [8], [20]],
    );
  });

  it('removes every type test of the loop from a peeled loop over a boxed counter', () => {
    const t = check(
      'all',
      `
      [r0]
      label(r0)
      r1 = ref_typeof(r0)
      guard_value(r1, "number") [0@0: r0]
      i2 = cast_ref_to_int(r0)
      i3 = int_add(i2, 1)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@1: i3]
      r5 = cast_int_to_ref(i3)
      jump(r5)
      `,
      `
      [r0]
      r1 = ref_typeof(r0)
      guard_value(r1, "number") [0@0: r0]
      i2 = cast_ref_to_int(r0)
      i3 = int_add(i2, 1)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@1: i3]
      label(i3)
      i5 = int_add(i3, 1)
      b6 = int_lt(i5, 100)
      guard_true(b6) [0@1: i5]
      jump(i5)
      `,
      [[0], [99], ['x'], [1.5]],
    );
    expect(bodyOpcodes(t)).toEqual(['label', 'int_add', 'int_lt', 'guard_true', 'jump']);
  });
});

// ---- constants ---------------------------------------------------------------------------------

describe('label state: constants', () => {
  it('drops a position that is the same constant on entry and at the jump', () => {
    check(
      ['virtualize'],
      `
      [i0]
      i1 = same_as(1)
      label(i0, i1)
      i2 = int_add(i0, i1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@0: i2, i1]
      jump(i2, 1)
      `,
      `
      [i0]
      i1 = same_as(1)
      label(i0)
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@0: i2, 1]
      jump(i2)
      `,
      [[0], [20]],
    );
  });

  it('drops a ref constant, and one the body passes back unchanged', () => {
    check(
      ['virtualize'],
      `
      [i0]
      r1 = same_as("a")
      r2 = same_as(null)
      label(i0, r1, r2)
      i3 = int_add(i0, 1)
      b4 = int_lt(i3, 10)
      guard_true(b4) [0@0: i3, r1, r2]
      jump(i3, "a", r2)
      `,
      `
      [i0]
      r1 = same_as("a")
      r2 = same_as(null)
      label(i0)
      i3 = int_add(i0, 1)
      b4 = int_lt(i3, 10)
      guard_true(b4) [0@0: i3, "a", null]
      jump(i3)
      `,
      [[0]],
    );
  });

  it.each([
    ['another constant', 'jump(i2, 2)'],
    ['a variable', 'jump(i2, i2)'],
    ['the other zero', 'f5 = int_to_float(i2)\njump(i2, 0.0)'],
  ])('keeps the position when the jump passes %s', (_what, tail) => {
    const zero = tail.includes('0.0');
    untouched(
      `
      [i0]
      ${zero ? 'f1 = same_as(-0.0)' : 'i1 = same_as(1)'}
      label(i0, ${zero ? 'f1' : 'i1'})
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@0: i2, ${zero ? 'f1' : 'i1'}]
      ${tail.split('\n').join('\n      ')}
      `,
      [[0]],
    );
  });
});

// ---- sharing -----------------------------------------------------------------------------------

describe('label state: positions that are one value', () => {
  it('carries two positions once when entry and jump give each the same op', () => {
    check(
      ['virtualize'],
      `
      [i0]
      i1 = same_as(i0)
      label(i0, i1)
      i2 = int_add(i0, 1)
      i3 = int_mul(i1, 3)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@0: i0, i1]
      jump(i2, i2)
      `,
      `
      [i0]
      i1 = same_as(i0)
      label(i0)
      i2 = int_add(i0, 1)
      i3 = int_mul(i0, 3)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@0: i0, i0]
      jump(i2)
      `,
      [[0], [40]],
    );
  });

  it('keeps them apart when the jump gives them different values', () => {
    untouched(
      `
      [i0]
      i1 = same_as(i0)
      label(i0, i1)
      i2 = int_add(i0, 1)
      i3 = int_mul(i1, 3)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@0: i0, i1]
      jump(i2, i3)
      `,
      [[0], [1]],
    );
  });

  it('shares a boxed int and the same int held unboxed', () => {
    check(
      CLEANUP,
      `
      [i0]
      r1 = cast_int_to_ref(i0)
      label(r1, i0)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: r1, i0]
      i3 = cast_ref_to_int(r1)
      i4 = int_add(i3, i0)
      b5 = int_lt(i4, 100)
      guard_true(b5) [0@1: r1, i4]
      r6 = cast_int_to_ref(i4)
      jump(r6, i4)
      `,
      `
      [i0]
      label(i0)
      r1 = cast_int_to_ref(i0)
      i2 = int_add(i0, i0)
      b3 = int_lt(i2, 100)
      guard_true(b3) [0@1: r1, i2]
      jump(i2)
      `,
      [[1], [0], [60]],
    );
  });
});

// ---- invariants ----------------------------------------------------------------------------------

describe('label state: values passed back unchanged', () => {
  it('keeps a boxed int the loop never changes invariant', () => {
    // Folding before peeling sees that the jump passes r1 back (the cast of its own cast), so r1
    // is an invariant label argument, and the body's arithmetic uses the preamble's unboxed i3.
    const t = check(
      'all',
      `
      [i0, r1]
      label(i0, r1)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: i0, r1]
      i3 = cast_ref_to_int(r1)
      i4 = int_add(i0, i3)
      b5 = int_lt(i4, 100)
      guard_true(b5) [0@1: i4, r1]
      r6 = cast_int_to_ref(i3)
      jump(i4, r6)
      `,
      `
      [i0, r1]
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: i0, r1]
      i3 = cast_ref_to_int(r1)
      i4 = int_add(i0, i3)
      b5 = int_lt(i4, 100)
      guard_true(b5) [0@1: i4, r1]
      label(i4, r1)
      i6 = int_add(i4, i3)
      b7 = int_lt(i6, 100)
      guard_true(b7) [0@1: i6, r1]
      jump(i6, r1)
      `,
      [[0, 7], [0, 'x'], [0, 1.5], [99, 2]],
    );
    const shape = loopShape(t)!;
    const [sum, box] = shape.label.args as Op[];
    expect(shape.varying.has(box!)).toBe(false);
    expect(shape.varying.has(sum!)).toBe(true);
  });

  it('moves work on an invariant label argument into the preamble', () => {
    const t = check(
      'all',
      `
      [i0, i1]
      label(i0, i1)
      i2 = int_mul(i1, 3)
      i3 = int_add(i0, i2)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@1: i3, i1]
      jump(i3, i1)
      `,
      `
      [i0, i1]
      i2 = int_mul(i1, 3)
      i3 = int_add(i0, i2)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@1: i3, i1]
      label(i3, i1)
      i5 = int_add(i3, i2)
      b6 = int_lt(i5, 100)
      guard_true(b6) [0@1: i5, i1]
      jump(i5, i1)
      `,
      [[0, 1], [0, 40]],
    );
    expect(bodyOpcodes(t)).not.toContain('int_mul');
  });
});

// ---- differential: random peeled loops over mixed label shapes -----------------------------------

type Kind = 'int' | 'num' | 'flt' | 'bool';

/**
 * A peeled loop whose label positions hold ints, numbers boxed as int or float, any float
 * boxed, or booleans boxed, each coming from a cast, a constant, a copy of another position or
 * an input; the jump passes, per position, a value of the same kind made in any of those ways,
 * the label argument itself, another position's jump value or a preamble value. The body reads
 * each boxed position back after a type test, as an interpreter does. Position 0 counts down, so
 * every loop ends. All values are well-typed (a `num` position only ever holds int32 numbers,
 * or a string that fails its type test), so any disagreement after optimization is a bug.
 */
function randomLoop(seed: number): string {
  let s = seed;
  const rnd = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let n = 5;
  const lines: string[] = ['[i0, i1, i2, f3, b4]'];
  const fresh = (letter: string, expr: string): string => {
    const v = `${letter}${n++}`;
    lines.push(`${v} = ${expr}`);
    return v;
  };
  const kinds: Kind[] = ['int'];
  const count = 2 + Math.floor(rnd() * 4);
  for (let k = 0; k < count; k++) kinds.push(pick<Kind>(['int', 'num', 'flt', 'bool']));
  const letter = (kind: Kind): string => (kind === 'int' ? 'i' : 'r');

  // The preamble: one value per position, a distinct op each.
  const intExpr = (): string => fresh('i', `int_add(${pick(['i1', 'i2'])}, ${pick([0, 1, 7, -3])})`);
  const pre: string[] = ['i0'];
  for (let k = 1; k < kinds.length; k++) {
    const kind = kinds[k]!;
    const same = pre.findIndex((_, j) => j > 0 && kinds[j] === kind && rnd() < 0.3);
    let v: string;
    if (same > 0) v = fresh(letter(kind), `same_as(${pre[same]})`);
    else if (kind === 'int') v = rnd() < 0.3 ? fresh('i', `same_as(${pick([1, 0, 5])})`) : intExpr();
    else if (kind === 'num') {
      v = pick([
        () => fresh('r', `cast_int_to_ref(${intExpr()})`),
        () => fresh('r', `cast_float_to_ref(${fresh('f', `int_to_float(${intExpr()})`)})`),
        () => fresh('r', `same_as(${pick(['ref(3.0)', 'ref(0.0)', '"s"'])})`),
      ])();
    } else if (kind === 'flt') {
      v = pick([
        () => fresh('r', `cast_float_to_ref(${fresh('f', 'float_mul(f3, 0.5)')})`),
        () => fresh('r', `cast_int_to_ref(${intExpr()})`),
        () => fresh('r', `same_as(${pick(['ref(-0.0)', 'ref(2.5)', 'ref(NaN)'])})`),
      ])();
    } else {
      v = pick([
        () => fresh('r', `cast_bool_to_ref(${fresh('b', 'int_lt(i1, i2)')})`),
        () => fresh('r', `cast_bool_to_ref(b4)`),
        () => fresh('r', `same_as(${pick(['ref(true)', 'ref(false)'])})`),
      ])();
    }
    pre.push(v);
  }
  lines.push(`label(${pre.join(', ')})`);

  // The body: count down, read every position back.
  const snap = (pc: number, extra: string[] = []): string => `[0@${pc}: ${[...pre, ...extra].join(', ')}]`;
  const counter = fresh('i', 'int_sub(i0, 1)');
  lines.push(`guard_true(${fresh('b', `int_gt(${counter}, 0)`)}) ${snap(0, [counter])}`);
  const ints: string[] = [counter];
  const floats: string[] = ['f3'];
  const bools: string[] = ['b4'];
  kinds.forEach((kind, k) => {
    const l = pre[k]!;
    if (kind === 'int') {
      if (k > 0) ints.push(l);
      return;
    }
    const t = fresh('r', `ref_typeof(${l})`);
    lines.push(`guard_value(${t}, "${kind === 'bool' ? 'boolean' : 'number'}") ${snap(k + 1)}`);
    if (kind === 'num') ints.push(fresh('i', `cast_ref_to_int(${l})`));
    else if (kind === 'flt') floats.push(fresh('f', `cast_ref_to_float(${l})`));
    else bools.push(fresh('b', `cast_ref_to_bool(${l})`));
  });
  for (let k = 0; k < 3; k++) {
    ints.push(fresh('i', `int_add(${pick(ints)}, ${pick([...ints, '1'])})`));
    floats.push(fresh('f', `float_add(${pick(floats)}, ${pick(['0.5', 'f3', ...floats])})`));
    bools.push(fresh('b', pick([`bool_not(${pick(bools)})`, `int_lt(${pick(ints)}, ${pick(ints)})`])));
  }
  lines.push(`r${n} = call(@escape, ${pick(pre)}) ${snap(90, [pick(ints)])}`);
  n++;

  // The jump.
  const jump: string[] = [counter];
  for (let k = 1; k < kinds.length; k++) {
    const kind = kinds[k]!;
    const other = jump.findIndex((_, j) => j > 0 && kinds[j] === kind);
    const choice = rnd();
    let v: string;
    if (choice < 0.12) v = pre[k]!; // passed back unchanged
    else if (choice < 0.22 && other > 0) v = jump[other]!;
    else if (kind === 'int') v = rnd() < 0.25 ? pick(['1', '0', '5']) : pick(ints);
    else if (kind === 'num') {
      v = pick([
        () => fresh('r', `cast_int_to_ref(${pick(ints)})`),
        () => fresh('r', `cast_float_to_ref(${fresh('f', `int_to_float(${pick(ints)})`)})`),
        () => pick(['ref(3.0)', 'ref(0.0)', '"s"']),
      ])();
    } else if (kind === 'flt') {
      v = pick([
        () => fresh('r', `cast_float_to_ref(${pick(floats)})`),
        () => fresh('r', `cast_int_to_ref(${pick(ints)})`),
        () => pick(['ref(-0.0)', 'ref(0.0)', 'ref(2.5)']),
      ])();
    } else {
      v = pick([() => fresh('r', `cast_bool_to_ref(${pick(bools)})`), () => pick(['ref(true)', 'ref(false)'])])();
    }
    jump.push(v);
  }
  lines.push(`jump(${jump.join(', ')})`);
  return lines.join('\n');
}

describe('label state: random peeled loops keep their meaning', () => {
  const inputs: ReadonlyArray<readonly unknown[]> = [
    [1, 0, 0, 0.5, false],
    [3, 2, -5, -0, true],
    [6, 100, 7, 3.25, false],
    [9, -2147483648, 2147483647, NaN, true],
  ];

  it.each<[string, readonly PassName[] | 'all']>([
    ['allocation removal alone', ['virtualize']],
    ['the whole pipeline', 'all'],
  ])('%s', (_what, passes) => {
    const failures: string[] = [];
    let narrowed = 0;
    let unboxed = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const src = randomLoop(seed);
      const before = parse(src);
      const r = optimize(parse(src), passes === 'all' ? { verify: true } : { passes, verify: true });
      verifyTrace(r.trace);
      const label = r.trace.ops.findIndex((op) => op.opcode === 'label');
      if (r.trace.ops[label]!.args.length < before.ops.find((op) => op.opcode === 'label')!.args.length) narrowed++;
      if (r.trace.ops[label]!.args.some((a, k) => a.type !== before.ops.find((op) => op.opcode === 'label')!.args[k]?.type)) unboxed++;
      for (const i of inputs) {
        const want = observe(before, i);
        const got = observe(r.trace, i);
        if (got !== want) failures.push(`${src}\n--- optimized:\n${print(r.trace)}\n--- inputs ${i.map(show).join(', ')}\nwant ${want}\ngot  ${got}`);
      }
    }
    expect(failures.slice(0, 1)).toEqual([]);
    // The generator does exercise what is tested: positions dropped or shared, numbers unboxed.
    expect(narrowed).toBeGreaterThan(40);
    expect(unboxed).toBeGreaterThan(40);
  });
});
