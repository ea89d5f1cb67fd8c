/**
 * Loop peeling (runtime/optimizer/unroll.ts), trace text in, trace text out: the preamble, the
 * label's arguments (distinct ops, same_as where needed), the remapped body and its snapshots,
 * and every kind of trace that must come out unchanged.
 */

import { type Trace, Virtual } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { optimize } from '../../runtime/optimizer/pipeline.js';
import { unrollPass } from '../../runtime/optimizer/unroll.js';
import { canon, parse, print } from '../support/trace-text.js';

function unroll(src: string): { trace: Trace; text: string; verdict: string } {
  const r = unrollPass.run(parse(src));
  verifyTrace(r.trace);
  return { trace: r.trace, text: print(r.trace), verdict: r.verdict };
}

describe('unroll: loop peeling', () => {
  it('peels a counter loop: preamble, label of the jump arguments, body copy', () => {
    const r = unroll(`
      [i0]
      label(i0)
      i1 = int_add(i0, 1)
      b2 = int_lt(i1, 100)
      guard_true(b2) [0@1: i1]
      jump(i1)
    `);
    expect(r.verdict).toBe('rewritten');
    expect(r.text).toBe(
      canon(`
        [i0]
        i1 = int_add(i0, 1)
        b2 = int_lt(i1, 100)
        guard_true(b2) [0@1: i1]
        label(i1)
        i3 = int_add(i1, 1)
        b4 = int_lt(i3, 100)
        guard_true(b4) [0@1: i3]
        jump(i3)
      `),
    );
  });

  it('keeps an invariant label argument as the same op on both sides', () => {
    const r = unroll(`
      [i0, r1]
      label(i0, r1)
      i2 = getfield_imm(r1, .x)
      i3 = int_add(i0, i2)
      jump(i3, r1)
    `);
    expect(r.text).toBe(
      canon(`
        [i0, r1]
        i2 = getfield_imm(r1, .x)
        i3 = int_add(i0, i2)
        label(i3, r1)
        i4 = getfield_imm(r1, .x)
        i5 = int_add(i3, i4)
        jump(i5, r1)
      `),
    );
  });

  it('makes every label argument its own op: same_as for constants and repeats', () => {
    const r = unroll(`
      [i0, i1, i2]
      label(i0, i1, i2)
      i3 = int_add(i0, i1)
      i4 = int_mul(i3, i2)
      jump(i4, i4, 7)
    `);
    expect(r.text).toBe(
      canon(`
        [i0, i1, i2]
        i3 = int_add(i0, i1)
        i4 = int_mul(i3, i2)
        i5 = same_as(i4)
        i6 = same_as(7)
        label(i4, i5, i6)
        i7 = int_add(i4, i5)
        i8 = int_mul(i7, i6)
        jump(i8, i8, 7)
      `),
    );
    const label = r.trace.ops.find((op) => op.opcode === 'label')!;
    expect(new Set(label.args).size).toBe(3);
  });

  it('does not turn a value the body uses as invariant into a loop-carried variable', () => {
    // i1 is an input the body reads as a constant of the loop; the jump also passes it as the
    // next i0. Making i1 itself the label argument would change the meaning of the body's i1.
    const r = unroll(`
      [i0, i1]
      label(i0)
      i2 = int_add(i0, i1)
      b3 = int_lt(i2, 5)
      guard_true(b3) [0@0: i2]
      jump(i1)
    `);
    expect(r.text).toBe(
      canon(`
        [i0, i1]
        i2 = int_add(i0, i1)
        b3 = int_lt(i2, 5)
        guard_true(b3) [0@0: i2]
        i4 = same_as(i1)
        label(i4)
        i5 = int_add(i4, i1)
        b6 = int_lt(i5, 5)
        guard_true(b6) [0@0: i5]
        jump(i1)
      `),
    );
  });

  it('maps swapped loop variables position by position', () => {
    const r = unroll(`
      [i0, i1]
      label(i0, i1)
      i2 = int_sub(i0, i1)
      jump(i1, i2)
    `);
    expect(r.text).toBe(
      canon(`
        [i0, i1]
        i2 = int_sub(i0, i1)
        label(i1, i2)
        i3 = int_sub(i1, i2)
        jump(i2, i3)
      `),
    );
  });

  it('keeps markers before the label in front', () => {
    const r = unroll(`
      [i0]
      debug_merge_point(0, 0)
      label(i0)
      debug_merge_point(0, 1)
      i1 = int_add(i0, 1)
      jump(i1)
    `);
    expect(r.text).toBe(
      canon(`
        [i0]
        debug_merge_point(0, 0)
        debug_merge_point(0, 1)
        i1 = int_add(i0, 1)
        label(i1)
        debug_merge_point(0, 1)
        i2 = int_add(i1, 1)
        jump(i2)
      `),
    );
  });

  it('remaps snapshots of the copy, sharing parent frames within each copy only', () => {
    const r = unroll(`
      [i0, r1]
      label(i0, r1)
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [1@4: i2 | 0@9: i0, r1]
      b4 = int_gt(i2, -10)
      guard_true(b4) [1@5: i2 | 0@9: i0, r1]
      jump(i2, r1)
    `);
    expect(r.text).toBe(
      canon(`
        [i0, r1]
        i2 = int_add(i0, 1)
        b3 = int_lt(i2, 10)
        guard_true(b3) [1@4: i2 | 0@9: i0, r1]
        b4 = int_gt(i2, -10)
        guard_true(b4) [1@5: i2 | 0@9: i0, r1]
        label(i2, r1)
        i5 = int_add(i2, 1)
        b6 = int_lt(i5, 10)
        guard_true(b6) [1@4: i5 | 0@9: i2, r1]
        b7 = int_gt(i5, -10)
        guard_true(b7) [1@5: i5 | 0@9: i2, r1]
        jump(i5, r1)
      `),
    );
    const guards = r.trace.ops.filter((op) => op.opcode === 'guard_true');
    expect(guards).toHaveLength(4);
    const [p1, p2, b1, b2] = guards.map((g) => g.snapshot!.parent!);
    expect(p1).toBe(p2);
    expect(b1).toBe(b2);
    expect(b1).not.toBe(p1);
  });

  it('copies virtual descriptions in snapshots, one per guard', () => {
    const r = unroll(`
      [i0]
      label(i0)
      i1 = int_add(i0, 1)
      b2 = int_lt(i1, 10)
      guard_true(b2) [0@3: v0, v0 | 0@1: v1] {v0: @Point .x=i0 .y=v1; v1: [any] i1, v0}
      jump(i1)
    `);
    expect(r.text).toBe(
      canon(`
        [i0]
        i1 = int_add(i0, 1)
        b2 = int_lt(i1, 10)
        guard_true(b2) [0@3: v0, v0 | 0@1: v1] {v0: @Point .x=i0 .y=v1; v1: [any] i1, v0}
        label(i1)
        i3 = int_add(i1, 1)
        b4 = int_lt(i3, 10)
        guard_true(b4) [0@3: v0, v0 | 0@1: v1] {v0: @Point .x=i1 .y=v1; v1: [any] i3, v0}
        jump(i3)
      `),
    );
    const guards = r.trace.ops.filter((op) => op.opcode === 'guard_true');
    const v0 = guards[0]!.snapshot!.values[0] as Virtual;
    const w0 = guards[1]!.snapshot!.values[0] as Virtual;
    expect(w0).toBeInstanceOf(Virtual);
    expect(w0).not.toBe(v0);
    expect(guards[1]!.snapshot!.values[1]).toBe(w0);
    expect((guards[1]!.snapshot!.parent!.values[0] as Virtual).items[1]).toBe(w0);
  });

  it.each([
    ['no label', '[i0]\ni1 = int_add(i0, 1)\njump(i1, ->loop2)'],
    ['a bridge jumping to another loop', '[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1, ->loop2)'],
    ['a trace that ends in finish', '[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\nfinish() [0@0: i1]'],
    ['an already peeled trace', '[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\nlabel(i1)\ni2 = int_add(i1, 1)\njump(i2)'],
    ['a preamble before the label', '[i0]\ni1 = int_add(i0, 1)\nlabel(i1)\ni2 = int_add(i1, 1)\njump(i2)'],
    ['a label with a repeated argument', '[i0]\nlabel(i0, i0)\ni1 = int_add(i0, 1)\njump(i1, i1)'],
    ['a label with a constant', '[i0]\nlabel(i0, 3)\ni1 = int_add(i0, 1)\njump(i1, 3)'],
    ['an empty loop', '[i0, i1]\nlabel(i0, i1)\njump(i1, i0)'],
  ])('leaves %s unchanged', (_what, src) => {
    const t = parse(src);
    const before = print(t);
    const r = unrollPass.run(t);
    expect(r.verdict).toBe('unchanged');
    expect(r.trace).toBe(t);
    expect(print(r.trace)).toBe(before);
  });

  it('peels once: a second run leaves the peeled trace alone', () => {
    const once = unrollPass.run(parse('[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1)'));
    const twice = unrollPass.run(once.trace);
    expect(twice.verdict).toBe('unchanged');
    expect(twice.trace).toBe(once.trace);
  });

  it('runs through optimize() alone', () => {
    const r = optimize(parse('[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1)'), { passes: ['unroll'], verify: true });
    expect(r.log).toEqual([{ pass: 'unroll', verdict: 'rewritten' }]);
    expect(print(r.trace)).toBe(canon('[i0]\ni1 = int_add(i0, 1)\nlabel(i1)\ni2 = int_add(i1, 1)\njump(i2)'));
  });
});
