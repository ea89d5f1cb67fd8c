/**
 * Register renumbering of lowered code: after the lowering has written values straight into
 * locals (dropping temporaries it allocated), the registers still used are renumbered densely,
 * in their original order, so the register count is what the code uses.
 *
 * Invariants: the argument registers keep their relative order (they come first in the
 * lowering, so they stay registers 0..n-1); a register's kind never changes; constant operands
 * (negative) and -1 destinations ("no result") are left alone.
 */

import { type InsnBody, isIrInsn } from '../../runtime/jitcode/format.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { assertNever } from '../../runtime/ir/types.js';

/** The instruction with every register operand passed through f. */
export function mapRegisters(i: InsnBody, f: (r: number) => number): InsnBody {
  const o = (x: number): number => (x >= 0 ? f(x) : x);
  const os = (xs: readonly number[]): number[] => xs.map(o);
  if (isIrInsn(i)) return { ...i, dst: o(i.dst), args: os(i.args) };
  switch (i.op) {
    case 'goto':
      return i;
    case 'goto_if_not':
      return { ...i, cond: o(i.cond), live: os(i.live) };
    case 'switch':
      return { ...i, reg: o(i.reg), live: os(i.live) };
    case 'class_switch':
      return { ...i, reg: o(i.reg), cases: i.cases.map(([c, t]) => [o(c), t] as const), live: os(i.live) };
    case 'inline_call':
      return { ...i, dst: o(i.dst), args: os(i.args), live: os(i.live) };
    case 'residual_call':
      return { ...i, fn: o(i.fn), dst: o(i.dst), args: os(i.args), live: os(i.live) };
    case 'return':
    case 'raise':
      return { ...i, value: o(i.value) };
    case 'promote':
      return { ...i, reg: o(i.reg), live: os(i.live) };
    case 'guard_class':
      return { ...i, reg: o(i.reg), cls: o(i.cls), live: os(i.live) };
    case 'move':
      return { ...i, dst: o(i.dst), src: o(i.src) };
    case 'merge':
      return { ...i, values: os(i.values), live: os(i.live) };
    default:
      return assertNever(i, 'instruction');
  }
}

/**
 * Renumber the registers of code densely. `kinds` and `args` are updated in place (the
 * assembler holds them); the renumbered code is returned.
 */
export function compactRegisters(code: readonly InsnBody[], kinds: ValueType[], args: number[]): InsnBody[] {
  const used = new Set<number>(args);
  for (const i of code) mapRegisters(i, (r) => (used.add(r), r));
  const order = [...used].sort((a, b) => a - b);
  const renumber = new Map<number, number>(order.map((r, k) => [r, k]));
  const newKinds = order.map((r) => kinds[r]!);
  kinds.length = 0;
  kinds.push(...newKinds);
  args.forEach((r, k) => (args[k] = renumber.get(r)!));
  return code.map((i) => mapRegisters(i, (r) => renumber.get(r)!));
}
