/**
 * Hand-written jitcodes shared by the jitcode tests: arithmetic, branches, inlined and residual
 * calls, heap operations, raising, switch/promote/guard_class, a small guest VM whose `step`
 * handler the full-cycle test traces, compiles and resumes, and reads of an immutable array.
 */
import { NS, Point } from '../support/trace-text.js';

export class VM {
  pc = 0;
  acc = 0;
  i = 0;
}

export class Other {
  x: unknown;
}

export function hypot(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}

export function fail(msg: string): never {
  throw new Error(msg);
}

export const JNS: Record<string, unknown> = { ...NS, VM, Other, hypot, fail };

export const SAMPLES = `
jitcode arith(i0, i1) regs=4 kinds=i i i i
  i2 = int_mul i0 i1
  i3 = int_add i2 7
  i3 = int_sub i3 i0
  return i3

jitcode max(i0, i1) regs=3 kinds=i i b
  b2 = int_lt i0 i1
  goto_if_not b2 -> 1 live(b2, i0, i1)
  return i1
1: return i0

jitcode sumsq(i0, i1) regs=4 kinds=i i i i
  i2 = inline_call sq(i0) live(i1)
  i3 = inline_call sq(i1) live(i2)
  i2 = int_add i2 i3
  return i2

jitcode sq(i0) regs=2 kinds=i i
  i1 = int_mul i0 i0
  return i1

jitcode dist(f0, f1) regs=3 kinds=f f f
  f2 = residual_call @hypot(f0, f1) pure live()
  f2 = float_add f2 0.5
  return f2

jitcode heap(r0, i1) regs=6 kinds=r i r i i i
  r2 = new @Point
  setfield r2 i1 .x
  i3 = getfield r2 .x
  i4 = getarrayitem r0 i3 [any]
  setarrayitem r0 0 i4 [any]
  i5 = arraylen r0 [any]
  setfield r2 i5 .y
  return r2

jitcode check(i0) regs=2 kinds=i b
  b1 = int_lt i0 0
  goto_if_not b1 -> 1 live(b1, i0)
  residual_call @fail("negative") residual live()
  raise "unreachable"
1: return i0

jitcode pick(i0, r1) regs=3 kinds=i r i
  guard_class r1 @Point live(i0, r1)
  promote i0 live(i0, r1)
  switch i0 {1 -> 1, 2 -> 2} else -> 3 live(i0, r1)
1: i2 = getfield r1 .x
  return i2
2: i2 = getfield r1 .y
  return i2
3: return -1

jitcode step(r0, r1) regs=10 kinds=r r i i i i i b i i
  i2 = getfield r0 .pc
  promote i2 live(r0, r1, i2)
  i3 = getarrayitem r1 i2 [any]
  switch i3 {0 -> 10, 1 -> 20, 2 -> 30} else -> 40 live(r0, r1, i2, i3)
10: i4 = getfield r0 .acc
  i5 = getfield r0 .i
  i6 = inline_call add(i4, i5) live(r0, i2)
  setfield r0 i6 .acc
  i8 = int_add i2 1
  setfield r0 i8 .pc
  return 0
20: i5 = getfield r0 .i
  i5 = int_sub i5 1
  setfield r0 i5 .i
  i8 = int_add i2 1
  setfield r0 i8 .pc
  return 0
30: i5 = getfield r0 .i
  b7 = int_ne i5 0
  goto_if_not b7 -> 31 live(r0, r1, i2, b7)
  i8 = int_add i2 1
  i9 = getarrayitem r1 i8 [any]
  setfield r0 i9 .pc
  return 0
31: i8 = int_add i2 2
  setfield r0 i8 .pc
  return 0
40: return 1

jitcode add(i0, i1) regs=4 kinds=i i i b
  i2 = int_add i0 i1
  b3 = int_gt i2 1000
  goto_if_not b3 -> 1 live(i2, b3)
  i2 = int_sub i2 1000
1: return i2

jitcode items(r0, i1) regs=4 kinds=r i i i
  i2 = getarrayitem_imm r0 i1 [i32]
  i3 = getarrayitem_imm r0 0 [i32]
  i2 = int_add i2 i3
  return i2
`;

/** The guest program of the full-cycle test: acc += i; i -= 1; while (i != 0); halt. */
export const PROGRAM = [0, 1, 2, 0, 3];

export { Point };
