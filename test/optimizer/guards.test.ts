import { OPCODES, isGuard } from '../../runtime/ir/optable.js';
import { GUARD_OPCODES, guardsPass } from '../../runtime/optimizer/guards.js';
import { NS, canon } from '../support/trace-text.js';
import { runPass } from './run-pass.js';

const ns: Record<string, unknown> = { ...NS, obj: { x: 1 } };
const guards = (text: string): string => runPass(guardsPass, text, ns);
const same = (text: string): void => expect(guards(text)).toBe(canon(text, ns));
const becomes = (text: string, expected: string): void => expect(guards(text)).toBe(canon(expected, ns));

it('handles every guard of the op table', () => {
  expect([...GUARD_OPCODES].sort()).toEqual(OPCODES.filter(isGuard).sort());
});

describe('guards: repeated and implied conditions', () => {
  it('removes a repeated guard_true or guard_false', () => {
    becomes(
      '[b0, b1]\nguard_true(b0) [0@1: b0]\nguard_false(b1) [0@2: b0]\nguard_true(b0) [0@3: b0]\nguard_false(b1) [0@4: b0]\njump(b0)',
      '[b0, b1]\nguard_true(b0) [0@1: b0]\nguard_false(b1) [0@2: b0]\njump(b0)',
    );
  });

  it('keeps a guard that contradicts an earlier one (it always fails)', () => {
    same('[b0]\nguard_true(b0) [0@1: b0]\nguard_false(b0) [0@2: b0]\njump(b0)');
  });

  it('looks through bool_not and ref_is_null', () => {
    becomes(
      '[b0]\nguard_true(b0)\nb1 = bool_not(b0)\nguard_false(b1)\njump(b0)',
      '[b0]\nguard_true(b0)\nb1 = bool_not(b0)\njump(b0)',
    );
    becomes(
      '[r0]\nb1 = ref_is_null(r0)\nguard_false(b1)\nguard_nonnull(r0)\njump(r0)',
      '[r0]\nb1 = ref_is_null(r0)\nguard_false(b1)\njump(r0)',
    );
    becomes(
      '[r0]\nguard_nonnull(r0)\nb1 = ref_is_null(r0)\nguard_false(b1)\njump(r0)',
      '[r0]\nguard_nonnull(r0)\nb1 = ref_is_null(r0)\njump(r0)',
    );
    becomes(
      '[r0]\nb1 = ref_is_null(r0)\nguard_true(b1)\nguard_isnull(r0)\njump(r0)',
      '[r0]\nb1 = ref_is_null(r0)\nguard_true(b1)\njump(r0)',
    );
  });

  it('removes guards whose constant arguments hold, keeps those that fail', () => {
    becomes(
      '[r0]\nguard_true(true)\nguard_isnull(null)\nguard_isnull(undefined)\nguard_nonnull(@obj)\nguard_value(2, 2)\njump(r0)',
      '[r0]\njump(r0)',
    );
    same('[r0]\nguard_nonnull(null) [0@1: r0]\nguard_isnull(@obj) [0@2: r0]\nguard_false(true) [0@3: r0]\njump(r0)');
  });

  it('replaces an overflow check of constants that holds by its result', () => {
    becomes('[i0]\ni1 = int_sub_ovf(-2, 3) [0@1: i0]\ni2 = int_mul(i1, i0)\njump(i2)', '[i0]\ni2 = int_mul(-5, i0)\njump(i2)');
    same('[i0]\ni1 = int_add_ovf(2147483647, 1) [0@1: i0]\ni2 = int_mul(i1, i0)\njump(i2)');
    // A label argument keeps its definition.
    same('[i0]\ni1 = int_sub_ovf(-2, 0) [0@1: i0]\nlabel(i0, i1)\ni2 = int_mul(i1, i0)\njump(i2, i1)');
  });
});

describe('guards: classes and nullness', () => {
  it('removes guard_class when the class is known', () => {
    becomes(
      '[r0]\nguard_class(r0, @Point) [0@1: r0]\nguard_class(r0, @Point) [0@2: r0]\njump(r0)',
      '[r0]\nguard_class(r0, @Point) [0@1: r0]\njump(r0)',
    );
    becomes('[i0]\nr1 = new(@Point)\nguard_class(r1, @Point) [0@1: i0]\njump(r1)', '[i0]\nr1 = new(@Point)\njump(r1)');
  });

  it('keeps guard_class for another class', () => {
    same('[r0]\nguard_class(r0, @Point) [0@1: r0]\nguard_class(r0, @Node) [0@2: r0]\njump(r0)');
    same('[i0]\nr1 = new(@Point)\nguard_class(r1, @Node) [0@1: i0]\njump(r1)');
  });

  it('forgets classes across anything that can change a prototype', () => {
    same('[r0]\nguard_class(r0, @Point) [0@1: r0]\ncall(@escape)\nguard_class(r0, @Point) [0@2: r0]\njump(r0)');
    same('[r0, r1, r2]\nguard_class(r0, @Point) [0@1: r0]\nsetfield(r1, r2, .__proto__)\nguard_class(r0, @Point) [0@2: r0]\njump(r0)');
    // Nullness cannot change.
    becomes(
      '[r0]\nguard_class(r0, @Point) [0@1: r0]\ncall(@escape)\nguard_nonnull(r0) [0@2: r0]\njump(r0)',
      '[r0]\nguard_class(r0, @Point) [0@1: r0]\ncall(@escape)\njump(r0)',
    );
  });

  it.each([
    ['guard_nonnull(r0) [0@1: r0]'],
    ['guard_class(r0, @Point) [0@1: r0]'],
    ['guard_value(r0, @obj) [0@1: r0]'],
  ])('removes guard_nonnull after %s', (first) => {
    const out = guards(`[r0]\n${first}\nguard_nonnull(r0) [0@2: r0]\njump(r0)`);
    expect(out).not.toContain('0@2');
  });

  it.each([['r1 = new(@Point)'], ['r1 = new_array(i0, [any])'], ['r1 = cast_int_to_ref(i0)'], ['r1 = ref_typeof(r0)']])(
    'removes guard_nonnull of %s',
    (def) => {
      becomes(`[i0, r0]\n${def}\nguard_nonnull(r1) [0@1: r1]\njump(r1)`, `[i0, r0]\n${def}\njump(r1)`);
    },
  );

  it('handles guard_isnull', () => {
    becomes('[r0]\nguard_isnull(r0) [0@1: r0]\nguard_isnull(r0) [0@2: r0]\njump(r0)', '[r0]\nguard_isnull(r0) [0@1: r0]\njump(r0)');
    same('[r0]\nguard_nonnull(r0) [0@1: r0]\nguard_isnull(r0) [0@2: r0]\njump(r0)');
  });

  it('keeps guards that protect later operations', () => {
    same('[r0]\nguard_class(r0, @Point) [0@1: r0]\ni1 = getfield(r0, .x)\njump(i1)');
    same('[r0]\nguard_nonnull(r0) [0@1: r0]\ni1 = getfield(r0, .x)\njump(i1)');
    same('[r0, r1]\nguard_class(r0, @Point) [0@1: r0]\nguard_class(r1, @Point) [0@2: r1]\njump(r0, r1)');
  });
});

describe('guards: strengthening', () => {
  it('turns guard_nonnull followed by guard_class into one guard_class with the earlier snapshot', () => {
    becomes(
      `
      [r0, i1]
      guard_nonnull(r0) [0@1: r0, i1]
      i2 = getfield(r0, .x)
      i3 = int_add(i2, i1)
      guard_class(r0, @Point) [0@2: r0, i3]
      jump(r0, i3)
      `,
      `
      [r0, i1]
      guard_class(r0, @Point) [0@1: r0, i1]
      i2 = getfield(r0, .x)
      i3 = int_add(i2, i1)
      jump(r0, i3)
      `,
    );
  });

  it('does not strengthen across a call, a prototype store or a label', () => {
    same('[r0]\nguard_nonnull(r0) [0@1: r0]\ncall(@escape)\nguard_class(r0, @Point) [0@2: r0]\njump(r0)');
    same('[r0, r1]\nguard_nonnull(r0) [0@1: r0]\nsetfield(r1, r1, .__proto__)\nguard_class(r0, @Point) [0@2: r0]\njump(r0)');
    same('[r0]\nguard_nonnull(r0) [0@1: r0]\nlabel(r0)\nguard_class(r0, @Point) [0@2: r0]\njump(r0)');
  });

  it('does not strengthen for another reference', () => {
    same('[r0, r1]\nguard_nonnull(r0) [0@1: r0]\nguard_class(r1, @Point) [0@2: r0]\njump(r0)');
  });
});

describe('guards: values', () => {
  it('replaces later uses by the constant, and removes a repeated guard_value', () => {
    becomes(
      `
      [i0, b1]
      guard_true(b1) [1@0: i0 | 0@5: i0]
      guard_value(i0, 5) [1@1: i0 | 0@5: i0]
      i2 = int_add(i0, 1)
      guard_value(i0, 5) [1@2: i0 | 0@5: i0]
      guard_false(b1) [1@3: v0 | 0@5: i0] {v0: @Point .x=i0}
      jump(i2, i0)
      `,
      `
      [i0, b1]
      guard_true(b1) [1@0: i0 | 0@5: i0]
      guard_value(i0, 5) [1@1: i0 | 0@5: i0]
      i2 = int_add(5, 1)
      guard_false(b1) [1@3: v0 | 0@5: 5] {v0: @Point .x=5}
      jump(i2, 5)
      `,
    );
  });

  it("keeps the substituted constant of the value's type", () => {
    becomes('[r0]\nguard_value(r0, 3)\nr1 = call(@escape, r0)\njump(r1)', '[r0]\nguard_value(r0, 3)\nr1 = call(@escape, ref(3.0))\njump(r1)');
    becomes('[f0]\nguard_value(f0, 2)\nf1 = float_add(f0, f0)\njump(f1)', '[f0]\nguard_value(f0, 2)\nf1 = float_add(2.0, 2.0)\njump(f1)');
    becomes('[f0]\nguard_value(f0, NaN)\nf1 = float_add(f0, 1.0)\njump(f1)', '[f0]\nguard_value(f0, NaN)\nf1 = float_add(NaN, 1.0)\njump(f1)');
    becomes('[r0]\nguard_value(r0, @obj)\ni1 = getfield(r0, .x)\njump(i1)', '[r0]\nguard_value(r0, @obj)\ni1 = getfield(@obj, .x)\njump(i1)');
  });

  it('does not substitute 0 for a value that may be -0, nor a constant of another type', () => {
    same('[f0]\nguard_value(f0, 0.0)\nf1 = float_div(1.0, f0)\njump(f1)');
    same('[r0]\nguard_value(r0, 0)\nr1 = call(@escape, r0)\njump(r1)');
    same('[i0]\nguard_value(i0, 1.5)\ni1 = int_add(i0, 1)\njump(i1)');
  });

  it('removes guard_value implied by a bool or by bounds', () => {
    becomes('[b0]\nguard_true(b0)\nguard_value(b0, true)\njump(b0)', '[b0]\nguard_true(b0)\njump(b0)');
    becomes(
      '[i0]\nb1 = int_eq(i0, 4)\nguard_true(b1)\nguard_value(i0, 4)\njump(i0)',
      '[i0]\nb1 = int_eq(i0, 4)\nguard_true(b1)\njump(i0)',
    );
    becomes('[b0]\nguard_value(b0, false)\nguard_false(b0)\njump(b0)', '[b0]\nguard_value(b0, false)\njump(false)');
  });
});

describe('guards: bounds', () => {
  it('removes a bounds check implied by an earlier one', () => {
    becomes(
      '[i0]\nb1 = int_lt(i0, 10)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i0, 20)\nguard_true(b2) [0@2: i0]\njump(i0)',
      '[i0]\nb1 = int_lt(i0, 10)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i0, 20)\njump(i0)',
    );
    becomes(
      '[i0]\nb1 = int_lt(i0, 10)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i0, 10)\nguard_true(b2) [0@2: i0]\njump(i0)',
      '[i0]\nb1 = int_lt(i0, 10)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i0, 10)\njump(i0)',
    );
    becomes(
      '[i0]\nb1 = int_ge(i0, 10)\nguard_false(b1) [0@1: i0]\nb2 = int_le(i0, 9)\nguard_true(b2) [0@2: i0]\njump(i0)',
      '[i0]\nb1 = int_ge(i0, 10)\nguard_false(b1) [0@1: i0]\nb2 = int_le(i0, 9)\njump(i0)',
    );
  });

  it('keeps a stronger bounds check', () => {
    same('[i0]\nb1 = int_lt(i0, 20)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i0, 10)\nguard_true(b2) [0@2: i0]\njump(i0)');
    same('[i0, i1]\nb1 = int_lt(i0, 20)\nguard_true(b1) [0@1: i0]\nb2 = int_lt(i1, 20)\nguard_true(b2) [0@2: i0]\njump(i0)');
  });

  it('uses the bounds of operations', () => {
    becomes(
      '[i0]\ni1 = int_and(i0, 15)\nb2 = int_lt(i1, 16)\nguard_true(b2) [0@1: i0]\njump(i1)',
      '[i0]\ni1 = int_and(i0, 15)\nb2 = int_lt(i1, 16)\njump(i1)',
    );
  });
});

describe('guards: loops', () => {
  it('keeps knowledge about invariant values and drops it for varying ones', () => {
    becomes(
      `
      [r0, r1, i2]
      guard_class(r0, @Point) [0@1: r0]
      guard_class(r1, @Point) [0@1: r1]
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@1: i2]
      label(r0, r1, i2)
      guard_class(r0, @Point) [0@2: r0]
      guard_class(r1, @Point) [0@3: r1]
      b4 = int_lt(i2, 10)
      guard_true(b4) [0@4: i2]
      guard_true(b3) [0@5: i2]
      r5 = getfield(r1, .next)
      i6 = int_add(i2, 1)
      jump(r0, r5, i6)
      `,
      `
      [r0, r1, i2]
      guard_class(r0, @Point) [0@1: r0]
      guard_class(r1, @Point) [0@1: r1]
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@1: i2]
      label(r0, r1, i2)
      guard_class(r1, @Point) [0@3: r1]
      b4 = int_lt(i2, 10)
      guard_true(b4) [0@4: i2]
      r5 = getfield(r1, .next)
      i6 = int_add(i2, 1)
      jump(r0, r5, i6)
      `,
    );
  });

  it("does not carry a varying argument's value or allocation into the body", () => {
    same(`
      [i0, r1]
      guard_value(i0, 3) [0@1: i0]
      label(i0, r1)
      i2 = int_add(i0, 1)
      guard_value(i0, 3) [0@2: i0]
      jump(i2, r1)
    `);
    for (const guard of ['guard_class(r1, @Point)', 'guard_nonnull(r1)']) {
      same(`
        [r0]
        r1 = new(@Point)
        label(r1)
        ${guard} [0@1: r1]
        r2 = getfield(r1, .next)
        jump(r2)
      `);
    }
  });

  it('substitutes an invariant value in the body but keeps the label and jump arguments', () => {
    becomes(
      `
      [i0, r1]
      guard_value(r1, @obj) [0@1: r1]
      label(i0, r1)
      i2 = getfield(r1, .x)
      i3 = int_add(i0, i2)
      jump(i3, r1)
      `,
      `
      [i0, r1]
      guard_value(r1, @obj) [0@1: r1]
      label(i0, r1)
      i2 = getfield(@obj, .x)
      i3 = int_add(i0, i2)
      jump(i3, r1)
      `,
    );
  });

  it('does not use a preamble comparison of a varying argument in the body', () => {
    same(`
      [i0]
      b1 = int_lt(i0, 10)
      label(i0)
      guard_true(b1) [0@1: i0]
      b2 = int_lt(i0, 10)
      guard_true(b2) [0@2: i0]
      i3 = int_add(i0, 1)
      jump(i3)
    `);
  });
});
