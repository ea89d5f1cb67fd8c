/**
 * Virtualizable arrays (runtime/optimizer/vable.ts), trace text in, trace text out: items
 * carried by the label, stores sunk into the exits' pending stores, flushes where something
 * else may look at the array, and the traces that must come out unchanged. Then each shape
 * run before and after the whole pipeline, by the reference executor and by compiled code,
 * leaving with the same values and the same array contents.
 */

import { compileLoop } from '../../runtime/backend/index.js';
import { execute } from '../../runtime/ir/executor.js';
import type { Trace } from '../../runtime/ir/trace.js';
import { optimize } from '../../runtime/optimizer/pipeline.js';
import { vablePass } from '../../runtime/optimizer/vable.js';
import { NS, canon, parse } from '../support/trace-text.js';
import { runPass, unchanged } from './run-pass.js';

const effect = (): void => {};
const ns = { ...NS, effect, fixed: [1, 2, 3] };
const vable = (text: string): string => runPass(vablePass, text, ns);
const becomes = (text: string, expected: string): void => expect(vable(text)).toBe(canon(expected, ns));

describe('vable: items in registers', () => {
  it('carries read and written items by the label and sinks the stores into the exits', () => {
    becomes(
      `
      [r0, i1]
      virtualizable_array(r0, [any])
      r2 = getarrayitem(r0, 1, [any])
      setarrayitem(r0, 0, r2, [any])
      label(r0, i1)
      r3 = getarrayitem(r0, 1, [any])
      r4 = getarrayitem(r0, 0, [any])
      b5 = ref_eq(r3, r4)
      guard_true(b5) [0@1: r3]
      setarrayitem(r0, 0, r3, [any])
      setarrayitem(r0, 1, r4, [any])
      b6 = int_lt(i1, 10)
      guard_true(b6) [0@2: r0]
      jump(r0, i1)
      `,
      `
      [r0, i1]
      virtualizable_array(r0, [any])
      r2 = getarrayitem(r0, 1, [any])
      setarrayitem(r0, 0, r2, [any])
      r7 = same_as(r2)
      label(r0, i1, r2, r7)
      b5 = ref_eq(r7, r2)
      guard_true(b5) [0@1: r7; r0[0]=r2, r0[1]=r7]
      b6 = int_lt(i1, 10)
      guard_true(b6) [0@2: r0; r0[0]=r7, r0[1]=r2]
      jump(r0, i1, r7, r2)
      `,
    );
  });

  it('reads an item the preamble does not know before the label', () => {
    becomes(
      `
      [r0]
      virtualizable_array(r0, [any])
      label(r0)
      r1 = getarrayitem(r0, 2, [any])
      guard_nonnull(r1) [0@1: r1]
      jump(r0)
      `,
      `
      [r0]
      virtualizable_array(r0, [any])
      r2 = getarrayitem(r0, 2, [any])
      label(r0, r2)
      guard_nonnull(r2) [0@1: r2]
      jump(r0, r2)
      `,
    );
  });

  it('flushes dirty items before a residual call and reads them again after it', () => {
    becomes(
      `
      [r0, r1]
      virtualizable_array(r0, [any])
      label(r0, r1)
      setarrayitem(r0, 0, r1, [any])
      guard_nonnull(r1) [0@1: r1]
      r2 = call(@effect, r1) [0@2: r1]
      r3 = getarrayitem(r0, 0, [any])
      guard_nonnull(r3) [0@3: r3]
      jump(r0, r3)
      `,
      `
      [r0, r1]
      virtualizable_array(r0, [any])
      r4 = getarrayitem(r0, 0, [any])
      label(r0, r1, r4)
      guard_nonnull(r1) [0@1: r1; r0[0]=r1]
      setarrayitem(r0, 0, r1, [any])
      r2 = call(@effect, r1) [0@2: r1]
      r3 = getarrayitem(r0, 0, [any])
      guard_nonnull(r3) [0@3: r3]
      jump(r0, r3, r3)
      `,
    );
  });

  it('flushes before a read through an array that may be the same, forgets after a store through one', () => {
    becomes(
      `
      [r0, r1, r2]
      virtualizable_array(r0, [any])
      label(r0, r1, r2)
      setarrayitem(r0, 0, r2, [any])
      r3 = getarrayitem(r1, 0, [any])
      setarrayitem(r1, 0, r3, [any])
      r4 = getarrayitem(r0, 0, [any])
      jump(r0, r1, r4)
      `,
      `
      [r0, r1, r2]
      virtualizable_array(r0, [any])
      r5 = getarrayitem(r0, 0, [any])
      label(r0, r1, r2, r5)
      setarrayitem(r0, 0, r2, [any])
      r3 = getarrayitem(r1, 0, [any])
      setarrayitem(r1, 0, r3, [any])
      r4 = getarrayitem(r0, 0, [any])
      jump(r0, r1, r4, r4)
      `,
    );
  });

  it('an array allocated in the trace, a typed array or a constant that is no array is never the same', () => {
    becomes(
      `
      [r0, r1]
      virtualizable_array(r0, [any])
      label(r0, r1)
      setarrayitem(r0, 0, r1, [any])
      r2 = new_array(4, [any])
      setarrayitem(r2, 0, r1, [any])
      i3 = getarrayitem(@Point, 0, [i32])
      r4 = getfield(@Point, .x)
      jump(r0, r1)
      `,
      `
      [r0, r1]
      virtualizable_array(r0, [any])
      r5 = getarrayitem(r0, 0, [any])
      label(r0, r1, r5)
      r2 = new_array(4, [any])
      setarrayitem(r2, 0, r1, [any])
      i3 = getarrayitem(@Point, 0, [i32])
      r4 = getfield(@Point, .x)
      jump(r0, r1, r1)
      `,
    );
  });

  it('flushes before arraylen, a pure call taking the array and an access at another index', () => {
    becomes(
      `
      [r0, r1, i2]
      virtualizable_array(r0, [any])
      label(r0, r1, i2)
      setarrayitem(r0, 0, r1, [any])
      i3 = arraylen(r0, [any])
      setarrayitem(r0, 0, r1, [any])
      r4 = call_pure(@effect, r0) [0@1: r1]
      setarrayitem(r0, 0, r1, [any])
      r5 = getarrayitem(r0, i2, [any])
      jump(r0, r5, i3)
      `,
      `
      [r0, r1, i2]
      virtualizable_array(r0, [any])
      r6 = getarrayitem(r0, 0, [any])
      label(r0, r1, i2, r6)
      setarrayitem(r0, 0, r1, [any])
      i3 = arraylen(r0, [any])
      setarrayitem(r0, 0, r1, [any])
      r4 = call_pure(@effect, r0) [0@1: r1]
      setarrayitem(r0, 0, r1, [any])
      r5 = getarrayitem(r0, i2, [any])
      jump(r0, r5, i3, r1)
      `,
    );
  });

  it('a store at an unknown index makes every item be read again', () => {
    becomes(
      `
      [r0, i1, r2]
      virtualizable_array(r0, [any])
      label(r0, i1, r2)
      r3 = getarrayitem(r0, 0, [any])
      setarrayitem(r0, i1, r2, [any])
      r4 = getarrayitem(r0, 0, [any])
      jump(r0, i1, r4)
      `,
      `
      [r0, i1, r2]
      virtualizable_array(r0, [any])
      r5 = getarrayitem(r0, 0, [any])
      label(r0, i1, r2, r5)
      setarrayitem(r0, i1, r2, [any])
      r4 = getarrayitem(r0, 0, [any])
      jump(r0, i1, r4, r4)
      `,
    );
  });

  it('carries items of any one type; an item used with two types stays in memory', () => {
    becomes(
      `
      [r0]
      virtualizable_array(r0, [any])
      label(r0)
      f1 = getarrayitem(r0, 0, [any])
      f2 = float_add(f1, 1.0)
      setarrayitem(r0, 0, f2, [any])
      r3 = getarrayitem(r0, 1, [any])
      i4 = getarrayitem(r0, 1, [any])
      jump(r0)
      `,
      `
      [r0]
      virtualizable_array(r0, [any])
      f5 = getarrayitem(r0, 0, [any])
      label(r0, f5)
      f2 = float_add(f5, 1.0)
      setarrayitem(r0, 0, f2, [any])
      r3 = getarrayitem(r0, 1, [any])
      i4 = getarrayitem(r0, 1, [any])
      jump(r0, f2)
      `,
    );
  });

  it('leaves traces alone: no marker, not peeled, the array replaced by the loop, no constant index', () => {
    expect(unchanged(vablePass, '[r0, r1]\nlabel(r0, r1)\nsetarrayitem(r0, 0, r1, [any])\njump(r0, r1)', ns)).toBe(true);
    expect(unchanged(vablePass, '[r0, r1]\nvirtualizable_array(r0, [any])\nsetarrayitem(r0, 0, r1, [any])\nfinish() [0@0: r0]', ns)).toBe(true);
    expect(unchanged(vablePass, '[r0, r1]\nvirtualizable_array(r0, [any])\nlabel(r0, r1)\nsetarrayitem(r0, 0, r1, [any])\njump(r1, r0)', ns)).toBe(true);
    expect(unchanged(vablePass, '[r0, i1]\nvirtualizable_array(r0, [any])\nlabel(r0, i1)\nr2 = getarrayitem(r0, i1, [any])\njump(r0, i1)', ns)).toBe(true);
  });
});

describe('vable: the optimized loop leaves the heap as the unoptimized one', () => {
  // A register loop as an interpreter's trace has it: r[0] counts down, r[1] sums, r[2] the
  // limit is read, and the exit happens in the middle, after a store and before another.
  const LOOP = `
    [r0]
    virtualizable_array(r0, [any])
    label(r0)
    r1 = getarrayitem(r0, 0, [any])
    f2 = cast_ref_to_float(r1)
    f3 = float_sub(f2, 1.0)
    r4 = cast_float_to_ref(f3)
    setarrayitem(r0, 0, r4, [any])
    r5 = getarrayitem(r0, 1, [any])
    f6 = cast_ref_to_float(r5)
    f7 = float_add(f6, f2)
    r8 = getarrayitem(r0, 2, [any])
    f9 = cast_ref_to_float(r8)
    b10 = float_gt(f3, f9)
    guard_true(b10) [0@1: r0]
    r11 = cast_float_to_ref(f7)
    setarrayitem(r0, 1, r11, [any])
    jump(r0)
  `;

  const run = (t: Trace, how: 'executor' | 'compiled'): { values: unknown[]; regs: unknown[] } => {
    const regs: unknown[] = [10, 0, 3];
    if (how === 'executor') {
      const r = execute(t, [regs], { maxSteps: 10000 });
      if (r.kind !== 'exit') throw new Error('expected an exit');
      return { values: r.values, regs };
    }
    const c = compileLoop(t, 1);
    const S: unknown[] = [regs];
    c.fn(S);
    return { values: S.slice(0, 1), regs };
  };

  it('carries the registers as floats and gives the same exit state', () => {
    const plain = run(parse(LOOP, ns), 'executor');
    expect(plain.regs).toEqual([3, 10 + 9 + 8 + 7 + 6 + 5, 3]);
    const opt = optimize(parse(LOOP, ns), { verify: true }).trace;
    const body = opt.ops.slice(opt.ops.findIndex((o) => o.opcode === 'label'));
    expect(body.some((o) => o.opcode === 'getarrayitem' || o.opcode === 'setarrayitem')).toBe(false);
    expect(run(opt, 'executor')).toEqual(plain);
    expect(run(opt, 'compiled')).toEqual(plain);
    expect(run(optimize(parse(LOOP, ns), { disable: ['vable'] }).trace, 'compiled')).toEqual(plain);
  });
});
