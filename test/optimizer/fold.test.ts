import { foldPass } from '../../runtime/optimizer/fold.js';
import { NS, canon } from '../support/trace-text.js';
import { runPass, runPassFull } from './run-pass.js';

const fold = (text: string, ns?: Record<string, unknown>): string => runPass(foldPass, text, ns);

/** A trace computing `v = expr` over the standard inputs and passing v on. */
const one = (v: string, expr: string, pre = ''): string =>
  `[i0, i1, f2, r3, b4]\n${pre}${v} = ${expr}\njump(${v})`;
/** The same trace after `v` was replaced by `result`. */
const replaced = (result: string, pre = ''): string => `[i0, i1, f2, r3, b4]\n${pre}jump(${result})`;

describe('fold: evaluation of constant operations', () => {
  it.each([
    ['i5', 'int_add(2, 3)', '5'],
    ['i5', 'int_add(2147483647, 1)', '-2147483648'],
    ['i5', 'int_mul(65536, 65536)', '0'],
    ['i5', 'int_div(7, 0)', '0'],
    ['i5', 'int_mod(-7, 3)', '-1'],
    ['i5', 'int_ushr(-1, 28)', '15'],
    ['f5', 'float_div(1.0, 0.0)', 'Infinity'],
    ['f5', 'float_mul(-1.0, 0.0)', '-0.0'],
    ['b5', 'int_lt(1, 2)', 'true'],
    ['b5', 'bool_not(true)', 'false'],
    ['b5', 'ref_is_null(undefined)', 'true'],
    ['r5', 'ref_typeof("s")', '"string"'],
    ['r5', 'ref_typeof(ref(1.5))', '"number"'],
    ['r5', 'ref_typeof(ref(true))', '"boolean"'],
    ['r5', 'ref_typeof(null)', '"object"'],
    ['r5', 'ref_typeof(undefined)', '"undefined"'],
    ['r5', 'ref_typeof(@Point)', '"function"'],
    ['i5', 'cast_ref_to_int(ref(2.0))', '2'],
    ['f5', 'int_to_float(3)', '3.0'],
    ['f5', 'call_pure(@sqrt, 16.0)', '4.0'],
  ])('%s = %s folds to %s', (v, expr, result) => {
    expect(fold(one(v, expr))).toBe(canon(replaced(result)));
  });

  it('folds chains and remaps snapshots and virtual fields', () => {
    const input = `
      [i0, b1]
      i2 = int_add(2, 3)
      i3 = int_mul(i2, i2)
      guard_true(b1) [0@1: i3, i0]
      guard_false(b1) [0@2: v0] {v0: @Point .x=i3 .y=i0}
      jump(i3)
    `;
    expect(fold(input)).toBe(
      canon(`
        [i0, b1]
        guard_true(b1) [0@1: 25, i0]
        guard_false(b1) [0@2: v0] {v0: @Point .x=25 .y=i0}
        jump(25)
      `),
    );
  });

  it('keeps a virtual untouched when nothing in it changes', () => {
    const r = runPassFull(foldPass, `
      [i0, b1]
      i2 = int_add(2, 3)
      guard_true(b1) [0@2: v0, i2] {v0: @Point .x=i0 .y=v0}
    `);
    expect(r.text).toBe(canon('[i0, b1]\nguard_true(b1) [0@2: v0, 5] {v0: @Point .x=i0 .y=v0}'));
  });

  it.each([
    ['i5', 'cast_ref_to_int(ref(1.5))', 'a cast of a constant that is not of the result type'],
    ['i5', 'call_pure(@sqrt, 2.0)', 'a pure call whose result is not of the op type'],
    ['i5', 'call_pure(@thrower, 1)', 'a pure call that throws'],
    ['i5', 'getfield_imm(@cfg, .computed)', 'an accessor property'],
    ['i5', 'getfield_imm(@cfg, .missing)', 'a missing property'],
    ['i5', 'getfield_imm(null, .x)', 'a field of null'],
    ['i5', 'getarrayitem_imm(@table, 7, [any])', 'an item out of range'],
    ['i5', 'getarrayitem_imm(@table, i0, [any])', 'an item at a non-constant index'],
    ['i5', 'getarrayitem_imm(@bytes, 9, [u8])', 'a typed-array item out of range'],
    ['i5', 'int_add(i0, 1)', 'an op with a non-constant argument'],
  ])('keeps %s = %s (%s)', (v, expr) => {
    const ns = { ...NS, cfg: CFG, thrower: THROWER, table: TABLE, bytes: BYTES };
    expect(fold(one(v, expr), ns)).toBe(canon(one(v, expr), ns));
  });

  it('reads immutable items of constant arrays at constant indices', () => {
    const ns = { ...NS, table: TABLE, bytes: BYTES };
    expect(fold(one('i5', 'getarrayitem_imm(@table, 1, [any])'), ns)).toBe(canon(replaced('20'), ns));
    expect(fold(one('r5', 'getarrayitem_imm(@table, 2, [any])'), ns)).toBe(canon(replaced('"thirty"'), ns));
    expect(fold(one('i5', 'getarrayitem_imm(@bytes, 3, [u8])'), ns)).toBe(canon(replaced('255'), ns));
    // The index folds first, then the read.
    expect(fold(one('i5', 'getarrayitem_imm(@table, i6, [any])', 'i6 = int_sub(3, 3)\n'), ns)).toBe(canon(replaced('10'), ns));
    // A string is not of type int: kept.
    expect(fold(one('i5', 'getarrayitem_imm(@table, 2, [any])'), ns)).toBe(canon(one('i5', 'getarrayitem_imm(@table, 2, [any])'), ns));
  });

  it('reads immutable fields of constant objects', () => {
    const ns = { ...NS, cfg: CFG };
    expect(fold(one('i5', 'getfield_imm(@cfg, .size)'), ns)).toBe(canon(replaced('8'), ns));
    expect(fold(one('r5', 'getfield_imm(@cfg, .name)'), ns)).toBe(canon(replaced('"cfg"'), ns));
    // The field holds an int, but the op reads a float: the value is a float too (any number is).
    expect(fold(one('f5', 'getfield_imm(@cfg, .size)'), ns)).toBe(canon(replaced('8.0'), ns));
    // A string is not of type int: kept.
    expect(fold(one('i5', 'getfield_imm(@cfg, .name)'), ns)).toBe(canon(one('i5', 'getfield_imm(@cfg, .name)'), ns));
  });
});

const CFG = {
  size: 8,
  name: 'cfg',
  get computed(): number {
    return 1;
  },
};
const TABLE: readonly unknown[] = [10, 20, 'thirty'];
const BYTES = Uint8Array.from([1, 2, 3, 255]);
const THROWER = (): never => {
  throw new Error('no');
};

describe('fold: algebraic identities', () => {
  it.each([
    ['i5', 'int_add(i0, 0)', 'i0'],
    ['i5', 'int_add(0, i0)', 'i0'],
    ['i5', 'int_sub(i0, 0)', 'i0'],
    ['i5', 'int_sub(i0, i0)', '0'],
    ['i5', 'int_mul(i0, 1)', 'i0'],
    ['i5', 'int_mul(1, i0)', 'i0'],
    ['i5', 'int_mul(i0, 0)', '0'],
    ['i5', 'int_mul(0, i0)', '0'],
    ['i5', 'int_div(i0, 1)', 'i0'],
    ['i5', 'int_and(i0, 0)', '0'],
    ['i5', 'int_and(0, i0)', '0'],
    ['i5', 'int_and(i0, -1)', 'i0'],
    ['i5', 'int_and(-1, i0)', 'i0'],
    ['i5', 'int_and(i0, i0)', 'i0'],
    ['i5', 'int_or(i0, 0)', 'i0'],
    ['i5', 'int_or(0, i0)', 'i0'],
    ['i5', 'int_or(i0, -1)', '-1'],
    ['i5', 'int_xor(i0, 0)', 'i0'],
    ['i5', 'int_xor(0, i0)', 'i0'],
    ['i5', 'int_xor(i0, i0)', '0'],
    ['i5', 'int_shl(i0, 0)', 'i0'],
    ['i5', 'int_shr(i0, 0)', 'i0'],
    ['i5', 'int_ushr(i0, 0)', 'i0'],
    ['i5', 'int_shl(i0, 32)', 'i0'],
    ['i5', 'int_shl(0, i0)', '0'],
    ['b5', 'int_eq(i0, i0)', 'true'],
    ['b5', 'int_le(i0, i0)', 'true'],
    ['b5', 'int_ge(i0, i0)', 'true'],
    ['b5', 'int_ne(i0, i0)', 'false'],
    ['b5', 'int_lt(i0, i0)', 'false'],
    ['b5', 'int_gt(i0, i0)', 'false'],
    ['i5', 'same_as(i0)', 'i0'],
    ['r5', 'same_as(r3)', 'r3'],
    ['f5', 'float_mul(f2, 1.0)', 'f2'],
    ['f5', 'float_mul(1.0, f2)', 'f2'],
    ['f5', 'float_div(f2, 1.0)', 'f2'],
    ['f5', 'float_sub(f2, 0.0)', 'f2'],
    ['f5', 'float_add(f2, -0.0)', 'f2'],
    ['f5', 'float_add(-0.0, f2)', 'f2'],
  ])('%s = %s becomes %s', (v, expr, result) => {
    expect(fold(one(v, expr))).toBe(canon(replaced(result)));
  });

  it.each([
    ['i6', 'int_neg(i5)', 'i5 = int_neg(i0)\n', 'i0'],
    ['i6', 'int_invert(i5)', 'i5 = int_invert(i0)\n', 'i0'],
    ['b6', 'bool_not(b5)', 'b5 = bool_not(b4)\n', 'b4'],
    ['b6', 'int_is_true(i5)', 'i5 = bool_to_int(b4)\n', 'b4'],
    ['i6', 'cast_ref_to_int(r5)', 'r5 = cast_int_to_ref(i0)\n', 'i0'],
    ['f6', 'cast_ref_to_float(r5)', 'r5 = cast_float_to_ref(f2)\n', 'f2'],
    ['b6', 'cast_ref_to_bool(r5)', 'r5 = cast_bool_to_ref(b4)\n', 'b4'],
    ['r6', 'cast_int_to_ref(i5)', 'i5 = cast_ref_to_int(r3)\n', 'r3'],
    ['r6', 'cast_float_to_ref(f5)', 'f5 = cast_ref_to_float(r3)\n', 'r3'],
    ['r6', 'cast_bool_to_ref(b5)', 'b5 = cast_ref_to_bool(r3)\n', 'r3'],
    ['i6', 'float_to_int(f5)', 'f5 = int_to_float(i0)\n', 'i0'],
    ['f6', 'float_neg(f5)', 'f5 = float_neg(f2)\n', 'f2'],
  ])('%s = %s after %s becomes %s', (v, expr, pre, result) => {
    expect(fold(one(v, expr, pre))).toBe(canon(replaced(result, pre)));
  });

  it('folds ref_eq(x, x) only when x cannot be NaN', () => {
    expect(fold(one('b5', 'ref_eq(r3, r3)'))).toBe(canon(one('b5', 'ref_eq(r3, r3)')));
    expect(fold(one('b5', 'ref_ne(r3, r3)'))).toBe(canon(one('b5', 'ref_ne(r3, r3)')));
    const pre = 'r5 = new(@Point)\n';
    expect(fold(one('b6', 'ref_eq(r5, r5)', pre))).toBe(canon(replaced('true', pre)));
    expect(fold(one('b6', 'ref_ne(r5, r5)', pre))).toBe(canon(replaced('false', pre)));
    const guarded = 'guard_class(r3, @Point)\n';
    expect(fold(one('b6', 'ref_eq(r3, r3)', guarded))).toBe(canon(replaced('true', guarded)));
    const number = 'guard_class(r3, @Number)\n';
    const ns = { ...NS, Number };
    expect(fold(one('b6', 'ref_eq(r3, r3)', number), ns)).toBe(canon(one('b6', 'ref_eq(r3, r3)', number), ns));
  });

  it.each([
    ['f5', 'float_mul(f2, 0.0)', 'NaN * 0 is NaN, -1 * 0 is -0'],
    ['f5', 'float_mul(0.0, f2)', 'as above'],
    ['f5', 'float_add(f2, 0.0)', '-0 + 0 is +0'],
    ['f5', 'float_sub(f2, -0.0)', '-0 - -0 is +0'],
    ['f5', 'float_sub(f2, f2)', 'NaN and infinities'],
    ['b5', 'float_eq(f2, f2)', 'NaN'],
    ['b5', 'float_ne(f2, f2)', 'NaN'],
    ['b5', 'float_le(f2, f2)', 'NaN'],
    ['f5', 'float_div(f2, f2)', 'NaN, 0 and infinities'],
    ['i5', 'int_div(i0, i0)', 'zero divisor'],
    ['i5', 'int_add(i0, 1)', 'no identity'],
  ])('keeps %s = %s (%s)', (v, expr) => {
    expect(fold(one(v, expr))).toBe(canon(one(v, expr)));
  });
});

describe('fold: type tests answered by how the ref was made', () => {
  it.each([
    ['r6', 'ref_typeof(r5)', 'r5 = cast_int_to_ref(i0)\n', '"number"'],
    ['r6', 'ref_typeof(r5)', 'r5 = cast_float_to_ref(f2)\n', '"number"'],
    ['r6', 'ref_typeof(r5)', 'r5 = cast_bool_to_ref(b4)\n', '"boolean"'],
    ['r6', 'ref_typeof(r5)', 'r5 = new(@Point)\n', '"object"'],
    ['r6', 'ref_typeof(r5)', 'r5 = new_array(i0, [any])\n', '"object"'],
    ['r6', 'ref_typeof(r5)', 'r5 = new_array(3, [f64])\n', '"object"'],
    ['r6', 'ref_typeof(r5)', 'r5 = ref_typeof(r3)\n', '"string"'],
    ['b6', 'ref_is_null(r5)', 'r5 = cast_int_to_ref(i0)\n', 'false'],
    ['b6', 'ref_is_null(r5)', 'r5 = cast_float_to_ref(f2)\n', 'false'],
    ['b6', 'ref_is_null(r5)', 'r5 = cast_bool_to_ref(b4)\n', 'false'],
    ['b6', 'ref_is_null(r5)', 'r5 = new(@Point)\n', 'false'],
    ['b6', 'ref_is_null(r5)', 'r5 = new_array(i0, [i32])\n', 'false'],
    ['b6', 'ref_is_null(r5)', 'r5 = ref_typeof(r3)\n', 'false'],
  ])('%s = %s after %s becomes %s', (v, expr, pre, result) => {
    expect(fold(one(v, expr, pre))).toBe(canon(replaced(result, pre)));
  });

  it.each([
    ['r5', 'ref_typeof(r3)', ''],
    ['b5', 'ref_is_null(r3)', ''],
    ['r6', 'ref_typeof(r5)', 'r5 = getfield(r3, .x)\n'],
    ['b6', 'ref_is_null(r5)', 'r5 = getfield(r3, .x)\n'],
    ['r6', 'ref_typeof(r5)', 'r5 = call(@escape, r3)\n'],
  ])('keeps %s = %s after %j', (v, expr, pre) => {
    expect(fold(one(v, expr, pre))).toBe(canon(one(v, expr, pre)));
  });

  it('folds the type test and its guard in the body, for an invariant boxed label argument', () => {
    expect(
      fold(`
        [i0, i1]
        r2 = cast_int_to_ref(i0)
        label(i1, r2)
        r3 = ref_typeof(r2)
        guard_value(r3, "number") [0@0: r2]
        i4 = int_add(i1, 1)
        jump(i4, r2)
      `),
    ).toBe(
      canon(`
        [i0, i1]
        r2 = cast_int_to_ref(i0)
        label(i1, r2)
        i4 = int_add(i1, 1)
        jump(i4, r2)
      `),
    );
  });

  it('keeps the type test of a varying label argument, whatever its first value was', () => {
    const input = `
      [i0]
      r1 = cast_int_to_ref(i0)
      label(r1)
      r2 = ref_typeof(r1)
      guard_value(r2, "number") [0@0: r1]
      b3 = ref_is_null(r1)
      guard_false(b3) [0@1: r1]
      r4 = call(@escape, r1) [0@2: r1]
      jump(r4)
    `;
    expect(fold(input)).toBe(canon(input));
  });
});

describe('fold: integer bounds', () => {
  it.each([
    ['i5 = int_and(i0, 255)', 'int_lt(i5, 256)', 'true'],
    ['i5 = int_and(i0, 255)', 'int_ge(i5, 0)', 'true'],
    ['i5 = int_and(255, i0)', 'int_gt(i5, 255)', 'false'],
    ['i5 = int_mod(i0, 10)', 'int_lt(i5, 10)', 'true'],
    ['i5 = int_mod(i0, 10)', 'int_gt(i5, -10)', 'true'],
    ['i5 = int_ushr(i0, 1)', 'int_ge(i5, 0)', 'true'],
    ['i5 = int_ushr(i0, 28)', 'int_le(i5, 15)', 'true'],
    ['i5 = bool_to_int(b4)', 'int_le(i5, 1)', 'true'],
    ['i5 = arraylen(r3, [any])', 'int_lt(i5, 0)', 'false'],
    ['i5 = getarrayitem(r3, i0, [u8])', 'int_lt(i5, 256)', 'true'],
    ['i5 = getarrayitem(r3, i0, [i8])', 'int_ge(i5, -128)', 'true'],
    ['i5 = getarrayitem_imm(r3, i0, [u8])', 'int_lt(i5, 256)', 'true'],
    ['i5 = getarrayitem_imm(r3, i0, [i16])', 'int_ge(i5, -32768)', 'true'],
    ['i5 = int_and(i0, 255); i6 = int_add(i5, 1)', 'int_gt(i6, 0)', 'true'],
    ['i5 = int_and(i0, 255); i6 = int_sub(i5, 256)', 'int_lt(i6, 0)', 'true'],
    ['i5 = int_and(i0, 255); i6 = int_mul(i5, 3)', 'int_le(i6, 765)', 'true'],
    ['i5 = int_and(i0, 255)', 'int_is_true(i5)', null], // 0 is possible
    ['i5 = int_or(i0, 1); i6 = int_and(i5, 15)', 'int_ne(i6, 16)', 'true'],
    ['i5 = int_and(i0, 255)', 'int_eq(i5, 300)', 'false'],
  ])('after %s, %s is %s', (pre, cmp, result) => {
    const lines = pre.replace(/; /g, '\n') + '\n';
    const input = one('b7', cmp, lines);
    expect(fold(input)).toBe(canon(result === null ? input : replaced(result, lines)));
  });

  it('folds an int op whose bounds are a single value', () => {
    const pre = 'i5 = bool_to_int(b4)\n';
    expect(fold(one('i6', 'int_ushr(i5, 1)', pre))).toBe(canon(replaced('0', pre)));
    expect(fold(one('i6', 'int_mod(i0, 1)'))).toBe(canon(replaced('0')));
    // The constant is +0 (an int is never -0), though -0 would print the same.
    for (const [expr, pre] of [
      ['int_mod(i0, 1)', ''],
      ['int_neg(i0)', 'b5 = int_is_true(i0)\nguard_false(b5)\n'],
      ['int_mul(i0, -3)', 'b5 = int_is_true(i0)\nguard_false(b5)\n'],
    ] as const) {
      const t = runPassFull(foldPass, one('i6', expr, pre)).trace;
      const c = t.ops[t.ops.length - 1]!.args[0]!;
      expect(c.isConst && Object.is((c as { value: unknown }).value, 0)).toBe(true);
    }
  });

  it('does not assume an addition that may wrap is monotonic', () => {
    const pre = 'i5 = int_and(i0, 2147483647)\ni6 = int_add(i5, 1)\n';
    expect(fold(one('b7', 'int_gt(i6, 0)', pre))).toBe(canon(one('b7', 'int_gt(i6, 0)', pre)));
    const mul = 'i5 = int_and(i0, 65535)\ni6 = int_mul(i5, 65536)\n';
    expect(fold(one('b7', 'int_ge(i6, 0)', mul))).toBe(canon(one('b7', 'int_ge(i6, 0)', mul)));
    const neg = 'i5 = int_neg(i0)\n';
    expect(fold(one('b7', 'int_ne(i5, -2147483648)', neg))).toBe(canon(one('b7', 'int_ne(i5, -2147483648)', neg)));
  });

  it.each([
    ['guard_true(int_lt(i0, 10))', 'int_lt(i0, 20)', 'true'],
    ['guard_true(int_lt(i0, 10))', 'int_ge(i0, 10)', 'false'],
    ['guard_false(int_lt(i0, 10))', 'int_ge(i0, 5)', 'true'],
    ['guard_true(int_le(i0, 10))', 'int_lt(i0, 11)', 'true'],
    ['guard_false(int_le(i0, 10))', 'int_gt(i0, 10)', 'true'],
    ['guard_true(int_gt(i0, 0))', 'int_is_true(i0)', 'true'],
    ['guard_false(int_gt(i0, 0))', 'int_le(i0, 0)', 'true'],
    ['guard_true(int_ge(i0, 0))', 'int_lt(i0, 0)', 'false'],
    ['guard_false(int_ge(i0, 0))', 'int_lt(i0, 0)', 'true'],
    ['guard_true(int_eq(i0, 7))', 'int_eq(i0, 7)', 'true'],
    ['guard_false(int_eq(i0, 7))', 'int_ne(i0, 7)', null],
    ['guard_false(int_is_true(i0))', 'int_eq(i0, 0)', 'true'],
    ['guard_true(int_is_true(i0))', 'int_ne(i0, 0)', null],
    ['guard_true(bool_not(int_lt(i0, 10)))', 'int_ge(i0, 10)', 'true'],
    ['guard_true(int_lt(10, i0))', 'int_gt(i0, 10)', 'true'],
    ['guard_true(int_lt(i0, i1))', 'int_lt(i0, 2147483647)', 'true'],
    ['guard_true(int_lt(i0, i1))', 'int_gt(i1, -2147483648)', 'true'],
  ])('after %s, %s is %s', (guard, cmp, result) => {
    // Write `guard_true(int_lt(i0, 10))` as two lines.
    const m = /^(guard_\w+)\((.*)\)$/.exec(guard)!;
    const cond = m[2]!.startsWith('bool_not(')
      ? `b8 = ${m[2]!.slice(9, -1)}\nb9 = bool_not(b8)\n${m[1]}(b9)\n`
      : `b9 = ${m[2]}\n${m[1]}(b9)\n`;
    const input = one('b7', cmp, cond);
    expect(fold(input)).toBe(canon(result === null ? input : replaced(result, cond)));
  });

  it('narrows through a bounded operand on the other side', () => {
    const pre = 'i5 = int_and(i1, 255)\nb6 = int_le(i0, i5)\nguard_true(b6)\n';
    expect(fold(one('b7', 'int_lt(i0, 256)', pre))).toBe(canon(replaced('true', pre)));
    const ne = 'i5 = int_and(i0, 1)\nb6 = int_ne(i5, 0)\nguard_true(b6)\n';
    expect(fold(one('i7', 'int_add(i5, 1)', ne))).toBe(canon(replaced('2', ne)));
  });

  it('removes guards that hold and keeps guards that always fail', () => {
    expect(fold('[i0]\nguard_true(true)\nguard_false(false)\njump(i0)')).toBe(canon('[i0]\njump(i0)'));
    expect(fold('[i0]\nb1 = int_lt(i0, i0)\nguard_false(b1)\njump(i0)')).toBe(canon('[i0]\njump(i0)'));
    const fails = '[i0]\nguard_true(false) [0@1: i0]\nguard_false(true) [0@2: i0]\njump(i0)';
    expect(fold(fails)).toBe(canon(fails));
    expect(fold('[i0]\nb1 = int_lt(5, 3)\nguard_true(b1) [0@1: i0]\njump(i0)')).toBe(canon('[i0]\nguard_true(false) [0@1: i0]\njump(i0)'));
    expect(fold('[i0]\nguard_value(3, 3)\nguard_nonnull(@Point)\nguard_isnull(null)\nguard_class(@Point, @Function)\njump(i0)', { ...NS, Function }))
      .toBe(canon('[i0]\njump(i0)'));
    expect(fold('[i0]\nguard_value(3, 4)\njump(i0)')).toBe(canon('[i0]\nguard_value(3, 4)\njump(i0)'));
  });

  it('removes a repeated bounds check', () => {
    expect(
      fold(`
        [i0]
        b1 = int_lt(i0, 10)
        guard_true(b1) [0@1: i0]
        b2 = int_lt(i0, 20)
        guard_true(b2) [0@2: i0]
        jump(i0)
      `),
    ).toBe(canon('[i0]\nb1 = int_lt(i0, 10)\nguard_true(b1) [0@1: i0]\njump(i0)'));
  });

  it('learns from guard_value on an int', () => {
    const pre = 'guard_value(i0, 5)\n';
    expect(fold(one('i7', 'int_mul(i0, 3)', pre))).toBe(canon(replaced('15', pre)));
  });
});

describe('fold: overflow-checked arithmetic', () => {
  it.each([
    ['int_add_ovf(i5, 1)', 'int_add(i5, 1)'],
    ['int_sub_ovf(i5, 1)', 'int_sub(i5, 1)'],
    ['int_mul_ovf(i5, i5)', 'int_mul(i5, i5)'],
    ['int_mul_ovf(i5, -1000)', 'int_mul(i5, -1000)'],
  ])('%s becomes %s when it cannot overflow', (ovf, plain) => {
    const pre = 'i5 = int_and(i0, 255)\n';
    expect(fold(one('i6', `${ovf} [0@1: i0]`, pre))).toBe(canon(one('i6', plain, pre)));
  });

  it.each([
    ['int_add_ovf(i0, 1)'],
    ['int_sub_ovf(i0, 1)'],
    ['int_mul_ovf(i0, 2)'],
    ['int_mul_ovf(i5, i0)'],
    ['int_add_ovf(2147483647, 1)'],
    ['int_mul_ovf(65536, 65536)'],
  ])('keeps %s, which may overflow', (ovf) => {
    const input = one('i6', `${ovf} [0@1: i0]`, 'i5 = int_and(i0, 255)\n');
    expect(fold(input)).toBe(canon(input));
  });

  it('folds constant and neutral cases, removing the guard', () => {
    expect(fold(one('i6', 'int_add_ovf(1, 2) [0@1: i0]'))).toBe(canon(replaced('3')));
    expect(fold(one('i6', 'int_add_ovf(i0, 0) [0@1: i0]'))).toBe(canon(replaced('i0')));
    expect(fold(one('i6', 'int_mul_ovf(i0, 1) [0@1: i0]'))).toBe(canon(replaced('i0')));
  });

  it('remaps uses of a converted op, snapshots included', () => {
    expect(
      fold(`
        [i0, b1]
        i2 = int_and(i0, 255)
        i3 = int_add_ovf(i2, 1) [0@1: i0]
        guard_true(b1) [0@2: i3]
        jump(i3)
      `),
    ).toBe(canon('[i0, b1]\ni2 = int_and(i0, 255)\ni3 = int_add(i2, 1)\nguard_true(b1) [0@2: i3]\njump(i3)'));
  });

  it('gives a kept overflow op the bounds of its exact result', () => {
    const pre = 'i5 = int_add_ovf(i0, 1) [0@1: i0]\n';
    expect(fold(one('b6', 'int_ne(i5, -2147483648)', pre))).toBe(canon(replaced('true', pre)));
  });
});

describe('fold: narrowing and reassociation', () => {
  it('narrows float_to_int of a float sum of int32 values to int_add', () => {
    const input = `
      [i0, i1]
      f2 = int_to_float(i0)
      f3 = float_add(f2, 1.0)
      i4 = float_to_int(f3)
      f5 = int_to_float(i1)
      f6 = float_sub(f2, f5)
      i7 = float_to_int(f6)
      jump(i4, i7)
    `;
    expect(fold(input)).toBe(
      canon(`
        [i0, i1]
        f2 = int_to_float(i0)
        f3 = float_add(f2, 1.0)
        i8 = int_add(i0, 1)
        f5 = int_to_float(i1)
        f6 = float_sub(f2, f5)
        i9 = int_sub(i0, i1)
        jump(i8, i9)
      `),
    );
  });

  it.each([
    ['a fractional constant', 'float_add(f2, 0.5)'],
    ['NaN', 'float_add(f2, NaN)'],
    ['a constant outside int32', 'float_add(f2, 4294967296.0)'],
    ['a float that is not a converted int', 'float_add(f2, f1)'],
    ['a product (it may round)', 'float_mul(f2, 3.0)'],
  ])('does not narrow with %s', (_what, expr) => {
    const input = `
      [i0, f1]
      f2 = int_to_float(i0)
      f3 = ${expr}
      i4 = float_to_int(f3)
      jump(i4)
    `;
    expect(fold(input)).toBe(canon(input));
  });

  it('reassociates wrapping int arithmetic with constants, down to the value itself', () => {
    const input = `
      [i0]
      i1 = int_add(i0, 3)
      i2 = int_sub(i1, 1)
      i3 = int_add(i2, -2)
      i4 = int_add(i1, 2147483647)
      jump(i2, i3, i4)
    `;
    expect(fold(input)).toBe(
      canon(`
        [i0]
        i1 = int_add(i0, 3)
        i5 = int_add(i0, 2)
        i6 = int_add(i0, -2147483646)
        jump(i5, i0, i6)
      `),
    );
  });

  it('a narrowed pointer walk (the Brainfuck shape) folds back to the pointer', () => {
    const input = `
      [i0]
      f1 = int_to_float(i0)
      f2 = float_add(f1, 1.0)
      i3 = float_to_int(f2)
      f4 = int_to_float(i3)
      f5 = float_add(f4, -1.0)
      i6 = float_to_int(f5)
      jump(i6)
    `;
    expect(fold(input)).toBe(
      canon(`
        [i0]
        f1 = int_to_float(i0)
        f2 = float_add(f1, 1.0)
        i7 = int_add(i0, 1)
        f4 = int_to_float(i7)
        f5 = float_add(f4, -1.0)
        jump(i0)
      `),
    );
  });
});

describe('fold: loops', () => {
  it('keeps bounds of invariant values across the label and resets varying ones', () => {
    const input = `
      [i0, i1]
      i2 = int_and(i1, 255)
      i3 = int_and(i0, 255)
      label(i3, i2)
      b4 = int_lt(i2, 256)
      guard_true(b4) [0@1: i3]
      b5 = int_lt(i3, 256)
      guard_true(b5) [0@2: i3]
      i6 = int_add(i3, 1)
      jump(i6, i2)
    `;
    expect(fold(input)).toBe(
      canon(`
        [i0, i1]
        i2 = int_and(i1, 255)
        i3 = int_and(i0, 255)
        label(i3, i2)
        b5 = int_lt(i3, 256)
        guard_true(b5) [0@2: i3]
        i6 = int_add(i3, 1)
        jump(i6, i2)
      `),
    );
  });

  it('drops guard-established bounds of a varying label argument', () => {
    const input = `
      [i0]
      b1 = int_lt(i0, 10)
      guard_true(b1) [0@1: i0]
      label(i0)
      b2 = int_lt(i0, 10)
      guard_true(b2) [0@2: i0]
      i3 = int_add(i0, 1)
      jump(i3)
    `;
    expect(fold(input)).toBe(canon(input));
  });

  it('does not look through a preamble op computed from a varying label argument', () => {
    const input = `
      [i0]
      i1 = int_neg(i0)
      label(i0)
      i2 = int_neg(i1)
      i3 = int_add(i0, i2)
      jump(i3)
    `;
    expect(fold(input)).toBe(canon(input));
    // The same in a straight trace folds.
    expect(fold('[i0]\ni1 = int_neg(i0)\ni2 = int_neg(i1)\njump(i2)')).toBe(canon('[i0]\ni1 = int_neg(i0)\njump(i0)'));
  });

  it("does not use a varying label argument's definition in the body", () => {
    const input = `
      [r0]
      r1 = new(@Point)
      label(r1)
      b2 = ref_eq(r1, r1)
      guard_true(b2) [0@1: r1]
      r3 = getfield(r1, .next)
      jump(r3)
    `;
    expect(fold(input)).toBe(canon(input));
  });

  it('never replaces a label argument, nor a preamble value the body uses by a varying one', () => {
    const input = `
      [i0]
      i1 = int_add(i0, 1)
      i2 = int_add(i1, 0)
      i3 = int_mul(i0, 1)
      label(i1, i3)
      i4 = int_add(i1, i2)
      jump(i4, i3)
    `;
    expect(fold(input)).toBe(canon(input));
  });

  it('replaces preamble values the body does not use', () => {
    expect(
      fold(`
        [i0]
        i1 = int_add(i0, 1)
        i2 = int_add(i1, 0)
        guard_value(i2, 7) [0@1: i2]
        label(i1)
        i4 = int_add(i1, 1)
        jump(i4)
      `),
    ).toBe(canon('[i0]\ni1 = int_add(i0, 1)\nguard_value(i1, 7) [0@1: i1]\nlabel(i1)\ni4 = int_add(i1, 1)\njump(i4)'));
  });

  it('folds in the body of a loop without preamble', () => {
    expect(fold('[i0]\nlabel(i0)\ni1 = int_add(i0, 0)\ni2 = int_add(i1, 1)\njump(i2)')).toBe(
      canon('[i0]\nlabel(i0)\ni2 = int_add(i0, 1)\njump(i2)'),
    );
  });

  it('reports an untouched trace as unchanged', () => {
    const r = runPassFull(foldPass, '[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1)');
    expect(r.verdict).toBe('unchanged');
  });
});
