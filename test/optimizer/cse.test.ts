import { csePass } from '../../runtime/optimizer/cse.js';
import { NS, canon } from '../support/trace-text.js';
import { runPass } from './run-pass.js';

const cse = (text: string, ns?: Record<string, unknown>): string => runPass(csePass, text, ns);

const identity = (x: unknown): unknown => x;
const ns = { ...NS, identity, other: (x: unknown) => x };

/** Two ops computing `a` and `b`, both passed on. */
const pair = (v: string, a: string, w: string, b: string): string =>
  `[i0, i1, f2, f3, r4, r5, b6]\n${v} = ${a}\n${w} = ${b}\njump(${v}, ${w})`;

describe('cse: equal pure ops', () => {
  it('replaces a repeated computation, in arguments and snapshots', () => {
    expect(
      cse(`
        [i0, b1]
        i2 = int_add(i0, 1)
        i3 = int_add(i0, 1)
        guard_true(b1) [0@1: i3] 
        guard_false(b1) [0@2: v0] {v0: @Point .x=i3}
        i4 = int_mul(i3, 2)
        i5 = int_mul(i2, 2)
        jump(i4, i5)
      `),
    ).toBe(
      canon(`
        [i0, b1]
        i2 = int_add(i0, 1)
        guard_true(b1) [0@1: i2]
        guard_false(b1) [0@2: v0] {v0: @Point .x=i2}
        i4 = int_mul(i2, 2)
        jump(i4, i4)
      `),
    );
  });

  it.each([
    ['i7', 'int_add(i0, i1)', 'int_add(i1, i0)'],
    ['i7', 'int_mul(i0, i1)', 'int_mul(i1, i0)'],
    ['i7', 'int_and(i0, 7)', 'int_and(7, i0)'],
    ['i7', 'int_or(i0, i1)', 'int_or(i1, i0)'],
    ['i7', 'int_xor(i0, i1)', 'int_xor(i1, i0)'],
    ['b7', 'int_eq(i0, i1)', 'int_eq(i1, i0)'],
    ['b7', 'int_ne(i0, i1)', 'int_ne(i1, i0)'],
    ['f7', 'float_add(f2, f3)', 'float_add(f3, f2)'],
    ['f7', 'float_mul(f2, f3)', 'float_mul(f3, f2)'],
    ['b7', 'float_eq(f2, f3)', 'float_eq(f3, f2)'],
    ['b7', 'float_ne(f2, f3)', 'float_ne(f3, f2)'],
    ['b7', 'ref_eq(r4, r5)', 'ref_eq(r5, r4)'],
    ['b7', 'ref_ne(r4, null)', 'ref_ne(null, r4)'],
  ])('normalizes the commutative %s = %s and %s', (v, a, b) => {
    const w = v[0] + '8';
    expect(cse(pair(v, a, w, b))).toBe(canon(`[i0, i1, f2, f3, r4, r5, b6]\n${v} = ${a}\njump(${v}, ${v})`));
  });

  it.each([
    ['i7', 'int_sub(i0, i1)', 'int_sub(i1, i0)', 'not commutative'],
    ['b7', 'int_lt(i0, i1)', 'int_lt(i1, i0)', 'not commutative'],
    ['i7', 'int_shl(i0, i1)', 'int_shl(i1, i0)', 'not commutative'],
    ['f7', 'float_sub(f2, f3)', 'float_sub(f3, f2)', 'not commutative'],
    ['i7', 'int_add(i0, 1)', 'int_add(i0, 2)', 'different constants'],
    ['i7', 'int_add(i0, 1)', 'int_sub(i0, 1)', 'different opcodes'],
    ['f7', 'float_add(f2, 0.0)', 'float_add(f2, -0.0)', '0.0 and -0.0 differ'],
    ['r7', 'call_pure(@identity, 1)', 'call_pure(@identity, 1.0)', 'int and float constants differ'],
    ['r7', 'call_pure(@identity, 1)', 'call_pure(@identity, "1")', 'a number and a string differ'],
    ['r7', 'call_pure(@identity, @Point)', 'call_pure(@identity, @Node)', 'different objects'],
    ['r7', 'call_pure(@identity, r4)', 'call_pure(@other, r4)', 'different functions'],
    ['i7', 'getfield_imm(r4, .x)', 'getfield_imm(r4, .y)', 'different fields'],
    ['i7', 'getfield_imm(r4, .x)', 'getfield_imm(r5, .x)', 'different objects'],
    ['i7', 'getarrayitem_imm(r4, i0, [any])', 'getarrayitem_imm(r4, i1, [any])', 'different indices'],
    ['i7', 'getarrayitem_imm(r4, i0, [i32])', 'getarrayitem_imm(r4, i0, [u8])', 'different array kinds'],
    ['i7', 'getarrayitem_imm(r4, i0, [any])', 'getarrayitem_imm(r5, i0, [any])', 'different arrays'],
    ['i7', 'getfield(r4, .x)', 'getfield(r4, .x)', 'mutable heap reads'],
    ['i7', 'getarrayitem(r4, i0, [i32])', 'getarrayitem(r4, i0, [i32])', 'mutable heap reads'],
    ['i7', 'arraylen(r4, [any])', 'arraylen(r4, [any])', 'mutable heap reads'],
    ['r7', 'new(@Point)', 'new(@Point)', 'allocations'],
    ['r7', 'new_array(3, [any])', 'new_array(3, [any])', 'allocations'],
    ['r7', 'call(@identity, r4)', 'call(@identity, r4)', 'residual calls'],
  ])('keeps both %s = %s and %s (%s)', (v, a, b) => {
    const w = v[0] + '8';
    const input = pair(v, a, w, b);
    expect(cse(input, ns)).toBe(canon(input, ns));
  });

  it.each([
    ['r7', 'call_pure(@identity, ref(NaN))', 'call_pure(@identity, ref(NaN))'],
    ['f7', 'float_add(f2, NaN)', 'float_add(f2, NaN)'],
    ['i7', 'getfield_imm(r4, .x)', 'getfield_imm(r4, .x)'],
    ['i7', 'getarrayitem_imm(r4, i0, [i32])', 'getarrayitem_imm(r4, i0, [i32])'],
    ['r7', 'getarrayitem_imm(r4, 3, [any])', 'getarrayitem_imm(r4, 3, [any])'],
    ['r7', 'call_pure(@identity, @Point, "a", null, undefined, true)', 'call_pure(@identity, @Point, "a", null, undefined, true)'],
    ['i7', 'cast_ref_to_int(r4)', 'cast_ref_to_int(r4)'],
    ['r7', 'ref_typeof(r4)', 'ref_typeof(r4)'],
  ])('merges %s = %s and %s', (v, a, b) => {
    const w = v[0] + '8';
    expect(cse(pair(v, a, w, b), ns)).toBe(canon(`[i0, i1, f2, f3, r4, r5, b6]\n${v} = ${a}\njump(${v}, ${v})`, ns));
  });

  it('merges pure calls with their snapshots, and overflow checks', () => {
    expect(
      cse(
        `
        [f0, i1]
        f2 = call_pure(@sqrt, f0) [0@1: f0]
        f3 = call_pure(@sqrt, f0) [0@2: f0]
        i4 = int_add_ovf(i1, 1) [0@3: i1]
        i5 = int_add_ovf(i1, 1) [0@4: i1]
        i6 = int_add_ovf(i1, 2) [0@5: i1]
        jump(f2, f3, i4, i5, i6)
      `,
        ns,
      ),
    ).toBe(
      canon(
        `
        [f0, i1]
        f2 = call_pure(@sqrt, f0) [0@1: f0]
        i4 = int_add_ovf(i1, 1) [0@3: i1]
        i6 = int_add_ovf(i1, 2) [0@5: i1]
        jump(f2, f2, i4, i4, i6)
      `,
        ns,
      ),
    );
  });

  it('does not merge a pure op with a result type of another kind', () => {
    const input = '[r0]\ni1 = getfield_imm(r0, .x)\nf2 = getfield_imm(r0, .x)\njump(i1, f2)';
    expect(cse(input)).toBe(canon(input));
  });

  it('is not fooled by a heap write between pure reads (getfield_imm is immutable by contract)', () => {
    expect(cse('[r0, i9]\ni1 = getfield_imm(r0, .x)\ncall(@escape, r0)\ni2 = getfield_imm(r0, .x)\njump(i1, i2)')).toBe(
      canon('[r0, i9]\ni1 = getfield_imm(r0, .x)\ncall(@escape, r0)\njump(i1, i1)'),
    );
  });
});

describe('cse: immutable array items', () => {
  it('merges equal reads across a store to the same array kind and a call', () => {
    expect(
      cse(`
        [r0, i1, i2]
        i3 = getarrayitem_imm(r0, i1, [any])
        setarrayitem(r0, i1, i2, [any])
        call(@escape, r0)
        i4 = getarrayitem_imm(r0, i1, [any])
        jump(i3, i4)
      `),
    ).toBe(
      canon(`
        [r0, i1, i2]
        i3 = getarrayitem_imm(r0, i1, [any])
        setarrayitem(r0, i1, i2, [any])
        call(@escape, r0)
        jump(i3, i3)
      `),
    );
  });

  it('does not merge with a mutable read of the same item', () => {
    const input = '[r0, i1]\ni2 = getarrayitem(r0, i1, [any])\ni3 = getarrayitem_imm(r0, i1, [any])\njump(i2, i3)';
    expect(cse(input)).toBe(canon(input));
  });
});

describe('cse: loops', () => {
  it('replaces the body copy of invariant work by the preamble, not work on varying values', () => {
    const input = `
      [i0, r1]
      i2 = getfield_imm(r1, .size)
      i3 = int_mul(i2, 4)
      i4 = int_add(i0, i3)
      i5 = int_add(i4, 1)
      label(i5, r1)
      i6 = getfield_imm(r1, .size)
      i7 = int_mul(i6, 4)
      i8 = int_add(i5, i7)
      i9 = int_add(i8, 1)
      jump(i9, r1)
    `;
    expect(cse(input)).toBe(
      canon(`
        [i0, r1]
        i2 = getfield_imm(r1, .size)
        i3 = int_mul(i2, 4)
        i4 = int_add(i0, i3)
        i5 = int_add(i4, 1)
        label(i5, r1)
        i8 = int_add(i5, i3)
        i9 = int_add(i8, 1)
        jump(i9, r1)
      `),
    );
  });

  it('drops entries with a varying label argument among their arguments', () => {
    const input = `
      [i0, r1]
      i2 = int_mul(i0, 4)
      label(i0, r1)
      i3 = int_mul(i0, 4)
      i4 = int_add(i3, 1)
      jump(i4, r1)
    `;
    expect(cse(input)).toBe(canon(input));
  });

  it('drops entries whose value is a varying label argument', () => {
    // In the body, i5 is the current value; int_add(i4, 1) is the preamble's i5.
    const input = `
      [i0]
      i4 = int_add(i0, 3)
      i5 = int_add(i4, 1)
      label(i5)
      i6 = int_add(i4, 1)
      i7 = int_add(i5, i6)
      jump(i7)
    `;
    expect(cse(input)).toBe(canon(input));
  });

  it('keeps entries over invariant label arguments', () => {
    expect(
      cse(`
        [i0, i1]
        i2 = int_mul(i1, 4)
        label(i0, i1)
        i3 = int_mul(i1, 4)
        i4 = int_add(i0, i3)
        jump(i4, i1)
      `),
    ).toBe(canon('[i0, i1]\ni2 = int_mul(i1, 4)\nlabel(i0, i1)\ni4 = int_add(i0, i2)\njump(i4, i1)'));
  });

  it('does not replace a preamble value the body uses by a varying label argument', () => {
    const input = `
      [i0]
      i1 = int_add(i0, 1)
      i2 = int_add(i0, 1)
      label(i1)
      i3 = int_add(i1, i2)
      jump(i3)
    `;
    expect(cse(input)).toBe(canon(input));
    // When the body does not use it, the preamble copy goes.
    expect(cse('[i0]\ni1 = int_add(i0, 1)\ni2 = int_add(i0, 1)\nguard_value(i2, 3)\nlabel(i1)\ni3 = int_add(i1, 1)\njump(i3)')).toBe(
      canon('[i0]\ni1 = int_add(i0, 1)\nguard_value(i1, 3)\nlabel(i1)\ni3 = int_add(i1, 1)\njump(i3)'),
    );
  });

  it('works on a loop without preamble', () => {
    expect(cse('[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\ni2 = int_add(1, i0)\ni3 = int_add(i1, i2)\njump(i3)')).toBe(
      canon('[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\ni3 = int_add(i1, i1)\njump(i3)'),
    );
  });
});
