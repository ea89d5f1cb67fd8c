import { dcePass } from '../../runtime/optimizer/dce.js';
import { canon } from '../support/trace-text.js';
import { runPass, runPassFull } from './run-pass.js';

const dce = (text: string): string => runPass(dcePass, text);
const same = (text: string): void => expect(dce(text)).toBe(canon(text));
const becomes = (text: string, expected: string): void => expect(dce(text)).toBe(canon(expected));

describe('dce', () => {
  it('removes unused results, whole chains at once', () => {
    becomes('[i0]\ni1 = int_add(i0, 1)\ni2 = int_mul(i1, 2)\nb3 = int_lt(i2, 5)\njump(i0)', '[i0]\njump(i0)');
  });

  it.each([
    ['i1 = int_add(i0, 1)'],
    ['i1 = getfield(r9, .x)'],
    ['i1 = getfield_imm(r9, .x)'],
    ['i1 = getarrayitem(r9, i0, [u8])'],
    ['i1 = getarrayitem_imm(r9, i0, [u8])'],
    ['i1 = arraylen(r9, [any])'],
    ['r1 = new(@Point)'],
    ['r1 = new_array(i0, [any])'],
    ['r1 = same_as(r9)'],
    ['r1 = cast_int_to_ref(i0)'],
  ])('removes unused %s', (line) => {
    becomes(`[i0, r9]\n${line}\njump(i0)`, '[i0, r9]\njump(i0)');
  });

  it.each([
    ['guard_true(b8) [0@1: i0]'],
    ['guard_value(i0, 3) [0@1: i0]'],
    ['guard_class(r9, @Point) [0@1: i0]'],
    ['guard_nonnull(r9) [0@1: i0]'],
    ['i1 = int_add_ovf(i0, 1) [0@1: i0]'],
    ['setfield(r9, i0, .x)'],
    ['setarrayitem(r9, i0, i0, [u8])'],
    ['i1 = call(@escape, r9) [0@1: i0]'],
    ['call(@escape)'],
    ['f1 = call_pure(@sqrt, f7) [0@1: i0]'],
    ['debug_merge_point(0, 4)'],
    ['label(i0, r9)'],
  ])('keeps %s', (line) => {
    same(`[i0, r9, f7, b8]\n${line}\nfinish()`);
  });

  it('keeps finish', () => {
    same('[i0]\ni1 = int_add(i0, 1)\nfinish() [0@1: i1]');
  });

  it('keeps values used only by snapshots, in any frame and inside virtuals', () => {
    same(`
      [i0, b1]
      i2 = int_add(i0, 1)
      i3 = int_add(i0, 2)
      i4 = int_add(i0, 3)
      i5 = int_add(i0, 4)
      guard_true(b1) [1@0: i2 | 0@5: i3]
      guard_false(b1) [1@1: v0 | 0@5: i3] {v0: @Point .x=v1 .y=v0; v1: [any] i4, v0}
      i6 = call(@escape) [0@6: v0] {v0: [i32] i5}
      jump(i0)
    `);
  });

  it('sees the uses of a parent frame shared by several guards', () => {
    becomes(
      `
      [i0, b1]
      i2 = int_add(i0, 1)
      i3 = int_add(i0, 2)
      guard_true(b1) [1@0: i0 | 0@5: i2]
      guard_false(b1) [1@1: i0 | 0@5: i2]
      jump(i0)
      `,
      `
      [i0, b1]
      i2 = int_add(i0, 1)
      guard_true(b1) [1@0: i0 | 0@5: i2]
      guard_false(b1) [1@1: i0 | 0@5: i2]
      jump(i0)
      `,
    );
  });

  it('keeps what a loop carries and what the body uses of the preamble', () => {
    becomes(
      `
      [i0, r1]
      i2 = getfield(r1, .size)
      i3 = getfield(r1, .unused)
      i4 = int_add(i0, 1)
      label(i4, r1)
      i5 = int_add(i4, i2)
      i6 = int_mul(i5, 2)
      i7 = int_sub(i6, 1)
      jump(i5, r1)
      `,
      `
      [i0, r1]
      i2 = getfield(r1, .size)
      i4 = int_add(i0, 1)
      label(i4, r1)
      i5 = int_add(i4, i2)
      jump(i5, r1)
      `,
    );
  });

  it('reports a trace without dead code as unchanged', () => {
    const r = runPassFull(dcePass, '[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1)');
    expect(r.verdict).toBe('unchanged');
  });
});
