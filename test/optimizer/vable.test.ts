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
    // Item 1 is not item 0: reading it needs no write of item 0 first.
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
    expect(unchanged(vablePass, '[r0, i1]\nvirtualizable_array(r0, [any])\nlabel(r0, i1)\ni2 = int_add(i1, 1)\nr3 = getarrayitem(r0, i1, [any])\njump(r0, i2)', ns)).toBe(true);
    // A typed array in a loop that is not peeled: nothing says its items are in bounds.
    expect(unchanged(vablePass, '[r0, i1]\nlabel(r0, i1)\ni2 = getarrayitem(r0, i1, [u8])\nb3 = int_is_true(i2)\nguard_true(b3) [0@1: r0]\njump(r0, i1)', ns)).toBe(true);
  });

  it('tracks a marked array at an index the loop does not change', () => {
    becomes(
      `
      [r0, i1]
      virtualizable_array(r0, [any])
      label(r0, i1)
      r2 = getarrayitem(r0, i1, [any])
      guard_nonnull(r2) [0@1: r2]
      jump(r0, i1)
      `,
      `
      [r0, i1]
      virtualizable_array(r0, [any])
      r3 = getarrayitem(r0, i1, [any])
      label(r0, i1, r3)
      guard_nonnull(r3) [0@1: r3]
      jump(r0, i1, r3)
      `,
    );
  });
});

describe('vable: typed arrays at a loop-invariant base', () => {
  // Brainfuck's [->+<] after peeling: the tape r0 at the pointer i1 and at i1 + 1.
  const preamble = `
      [r0, i1]
      i2 = getarrayitem(r0, i1, [u8])
      i3 = int_add(i2, 255)
      i4 = int_and(i3, 255)
      setarrayitem(r0, i1, i4, [u8])
      i5 = int_add(i1, 1)
      i6 = getarrayitem(r0, i5, [u8])
      i7 = int_add(i6, 1)
      i8 = int_and(i7, 255)
      setarrayitem(r0, i5, i8, [u8])
      b9 = int_is_true(i4)
      guard_true(b9) [0@1: r0, i1]
  `;
  const body = (store: string, extra = ''): string => `
      label(r0, i1)
      i10 = getarrayitem(r0, i1, [u8])
      i11 = int_add(i10, 255)
      i12 = int_and(i11, 255)
      setarrayitem(r0, i1, i12, [u8])
      i13 = int_add(i1, 2)
      i14 = int_sub(i13, 1)
      i15 = getarrayitem(r0, i14, [u8])
      i16 = int_add(i15, 1)
      ${store}
      setarrayitem(r0, i14, i17, [u8])
      ${extra}
      b18 = int_is_true(i12)
      guard_true(b18) [0@1: r0, i1]
      jump(r0, i1)
  `;

  /** The body with both cells in registers, up to their new values (i12 and i17). */
  const inRegisters = `
      i11 = int_add(i4, 255)
      i12 = int_and(i11, 255)
      i13 = int_add(i1, 2)
      i14 = int_sub(i13, 1)
      i16 = int_add(i8, 1)
      i17 = int_and(i16, 255)
  `;
  /** The preamble and body with one more loop-invariant input `extra`, and `op` in the body after the stores. */
  const withInput = (extra: string, op: string): [string, string] => {
    const pre = preamble.replace('[r0, i1]', `[r0, i1, ${extra}]`);
    const loop = body('i17 = int_and(i16, 255)', op).replace('label(r0, i1)', `label(r0, i1, ${extra})`).replace('jump(r0, i1)', `jump(r0, i1, ${extra})`);
    return [pre, pre + loop];
  };

  it('keeps the cells in registers: ptr and ptr + 2 - 1 are the base at offsets 0 and 1', () => {
    becomes(
      preamble + body('i17 = int_and(i16, 255)'),
      `${preamble}
      i19 = int_add(i1, 1)
      label(r0, i1, i4, i8)
      ${inRegisters}
      b18 = int_is_true(i12)
      guard_true(b18) [0@1: r0, i1; r0[i1]=i12, r0[i19]=i17]
      jump(r0, i1, i12, i17)
      `,
    );
  });

  it('keeps in memory a cell stored with a value the array would narrow', () => {
    // i17 = i16 + 0 is not known to fit a byte: reading the cell back could give another value.
    becomes(
      preamble + body('i17 = int_add(i16, 0)'),
      `${preamble}
      label(r0, i1, i4)
      i11 = int_add(i4, 255)
      i12 = int_and(i11, 255)
      i13 = int_add(i1, 2)
      i14 = int_sub(i13, 1)
      i15 = getarrayitem(r0, i14, [u8])
      i16 = int_add(i15, 1)
      i17 = int_add(i16, 0)
      setarrayitem(r0, i14, i17, [u8])
      b18 = int_is_true(i12)
      guard_true(b18) [0@1: r0, i1; r0[i1]=i12]
      jump(r0, i1, i12)
      `,
    );
  });

  it('leaves alone a loop whose pointer moves: a varying label argument is not looked through', () => {
    // Brainfuck's [<+] after peeling: i2 = i1 - 1 is the pointer's first value only; in the body
    // it is whatever the jump passed, so r0[i2 - 1] is a different cell in every iteration.
    const loop = `
      [r0, i1]
      i2 = int_add(i1, -1)
      i3 = getarrayitem(r0, i2, [u8])
      i4 = int_add(i3, 1)
      i5 = int_and(i4, 255)
      setarrayitem(r0, i2, i5, [u8])
      b6 = int_is_true(i5)
      guard_true(b6) [0@1: r0, i2]
      label(r0, i2)
      i7 = int_add(i2, -1)
      i8 = getarrayitem(r0, i7, [u8])
      i9 = int_add(i8, 1)
      i10 = int_and(i9, 255)
      setarrayitem(r0, i7, i10, [u8])
      b11 = int_is_true(i10)
      guard_true(b11) [0@1: r0, i7]
      jump(r0, i7)
    `;
    expect(unchanged(vablePass, loop, ns)).toBe(true);
  });

  it.each([
    [
      // r20 may be a view of r0's buffer (and at a varying index, its own item is not tracked).
      'writes the cells back before a store into another typed array, and reads them again after it',
      'r20',
      'setarrayitem(r20, i12, 7, [i32])',
      `b18 = int_is_true(i12)
      guard_true(b18) [0@1: r0, i1]
      i21 = getarrayitem(r0, i1, [u8])
      i22 = getarrayitem(r0, i19, [u8])
      jump(r0, i1, r20, i21, i22)`,
    ],
    [
      // i30 may equal i1 or i1 + 1: only the items of the first base seen are tracked.
      'leaves accesses from a second base in memory',
      'i30',
      'i31 = getarrayitem(r0, i30, [u8])',
      `b18 = int_is_true(i12)
      guard_true(b18) [0@1: r0, i1]
      jump(r0, i1, i30, i12, i17)`,
    ],
  ])('%s', (_, extra, op, tail) => {
    const [pre, loop] = withInput(extra, op);
    becomes(
      loop,
      `${pre}
      i19 = int_add(i1, 1)
      label(r0, i1, ${extra}, i4, i8)
      ${inRegisters}
      setarrayitem(r0, i1, i12, [u8])
      setarrayitem(r0, i19, i17, [u8])
      ${op}
      ${tail}
      `,
    );
  });

  it('gives the same exit state and tape as the unoptimized loop, in the executor and compiled', () => {
    const loop = '[r0, i1]\nlabel(r0, i1)' + body('i17 = int_and(i16, 255)').replace('label(r0, i1)', '');
    const runOn = (t: Trace, how: 'executor' | 'compiled'): { values: unknown[]; tape: number[] } => {
      const tape = new Uint8Array([0, 0, 5, 250, 0]);
      if (how === 'executor') {
        const r = execute(t, [tape, 2], { maxSteps: 10000 });
        if (r.kind !== 'exit') throw new Error('expected an exit');
        return { values: r.values, tape: [...tape] };
      }
      const S: unknown[] = [tape, 2];
      compileLoop(t, 1).fn(S);
      return { values: S.slice(0, 2), tape: [...tape] };
    };
    const plain = runOn(parse(loop, ns), 'executor');
    expect(plain.tape).toEqual([0, 0, 0, 255, 0]);
    const opt = optimize(parse(loop, ns), { verify: true }).trace;
    const after = opt.ops.slice(opt.ops.findIndex((o) => o.opcode === 'label'));
    expect(after.some((o) => o.opcode === 'getarrayitem' || o.opcode === 'setarrayitem')).toBe(false);
    expect(runOn(opt, 'executor')).toEqual(plain);
    expect(runOn(opt, 'compiled')).toEqual(plain);
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
