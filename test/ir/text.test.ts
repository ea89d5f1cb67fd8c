import { Const } from '../../runtime/ir/trace.js';
import { parseTrace, TraceSyntaxError } from '../../runtime/ir/parser.js';
import { canon, parse, print } from '../support/trace-text.js';

describe('trace text', () => {
  it('round-trips every syntactic form', () => {
    const src = `
      [i0, r1, f2]
      label(i0, r1, f2)
      debug_merge_point(0, 4)
      i3 = int_add(i0, 1)
      b4 = int_lt(i3, -100)
      guard_true(b4) [0@7: i3, r1, f2]
      f5 = float_mul(f2, 1.5)
      f6 = float_add(f5, -0.0)
      i7 = getfield(r1, .count)
      setfield(r1, i7, ."weird key")
      i8 = getarrayitem(r1, i7, [u8])
      i12 = getarrayitem_imm(r1, i8, [i32])
      r9 = new(@Point)
      r10 = new_array(3, [any])
      guard_value(r1, "a\\"b")
      guard_value(f6, NaN)
      guard_class(r9, @Point)
      r11 = call(@escape, r9, null, undefined, ref(2.5), true)  [1@2: r9 | 0@7: i3]
      guard_false(b4) [1@3: v0, v1 | 0@7: i3] {v0: @Point .x=i3 .y=v1; v1: [any] i3, v0, 2}
      virtualizable_array(r10, [any])
      guard_true(b4) [0@8: i3; r10[0]=r9, r10[2]=7]
      jump(i3, r1, f6)
    `;
    const once = canon(src);
    expect(canon(once)).toBe(once);
    expect(once).toContain('guard_false(b4) [1@3: v0, v1 | 0@7: i3] {v0: @Point .x=i3 .y=v1; v1: [any] i3, v0, 2}');
    expect(once).toContain('setfield(r1, i7, ."weird key")');
    expect(once).toContain('f6 = float_add(f5, -0.0)');
    expect(once).toContain('guard_true(b4) [0@8: i3; r11[0]=r10, r11[2]=7]');
  });

  it('pending stores belong to the innermost frame, with defined values', () => {
    const t = parse('[r0, i1]\nb2 = int_is_true(i1)\nguard_true(b2) [1@0: i1 | 0@5: r0; r0[3]=i1]');
    expect(t.ops[1]!.snapshot!.pending).toEqual([{ array: t.inputs[0], index: new Const('int', 3), value: t.inputs[1] }]);
    expect(t.ops[1]!.snapshot!.parent!.pending).toEqual([]);
    expect(() => parse('[r0, i1]\nb2 = int_is_true(i1)\nguard_true(b2) [0@5: r0; r0[3]=i9]')).toThrow("undefined variable 'i9'");
    const atOp = parse('[r0, i1]\nb2 = int_is_true(i1)\nguard_true(b2) [0@5: r0; r0[i1]=7]');
    expect(atOp.ops[1]!.snapshot!.pending).toEqual([{ array: atOp.inputs[0], index: atOp.inputs[1], value: new Const('int', 7) }]);
    expect(() => parse('[r0, f1]\nb2 = float_eq(f1, f1)\nguard_true(b2) [0@5: r0; r0[f1]=7]')).toThrow('not an int');
  });

  it('compares modulo renaming', () => {
    expect(canon('[i5]\ni9 = int_add(i5, 1)\njump(i9)')).toBe(canon('[i0]\ni1 = int_add(i0, 1)\njump(i1)'));
  });

  it('shares identical parent frames', () => {
    const t = parse('[i0]\nb1 = int_is_true(i0)\nguard_true(b1) [1@0: i0 | 0@5: i0]\nguard_false(b1) [1@1: | 0@5: i0]');
    expect(t.ops[1]!.snapshot!.parent).toBe(t.ops[2]!.snapshot!.parent);
  });

  it.each([
    ['[i0]\ni1 = int_add(i0, x0)', 'trace:2:18: undefined variable'],
    ['[i0]\nf1 = int_add(i0, 1)', "int_add gives int, but 'f1' is float"],
    ['[i0]\ni1 = int_frob(i0)', "unknown operation 'int_frob'"],
    ['[i0]\ni1 = getfield(i0)', 'needs a field descriptor'],
    ['[i0]\ni1 = int_add(i0)', 'takes 2 argument(s), got 1'],
    ['[q0]', 'must start with i, f, b or r'],
    ['[i0]\nguard_true(b9)', "undefined variable 'b9'"],
    ['[r0]\nguard_class(r0, @Nope)', "unknown constant '@Nope'"],
  ])('reports %j', (src, msg) => {
    expect(() => parseTrace(src)).toThrow(TraceSyntaxError);
    expect(() => parseTrace(src)).toThrow(msg);
  });

  it('prints unknown object constants under derived, unique names', () => {
    const t = parse('[r0]\nguard_class(r0, @Point)');
    expect(print(t, {})).toContain('@Point');
  });
});
