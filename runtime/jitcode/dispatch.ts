/**
 * Per-opcode facts for the two jitcode interpreters (the blackhole and the generic tracer),
 * computed once from the op table and the control table, so their inner loops dispatch on one
 * small number per instruction.
 *
 * Invariants:
 * - `CAT[opnum]` is the interpreter case of every jitcode opcode; the mapping is total and
 *   checked by the compiler (`satisfies Record<...>` over heap and control opcodes; value ops
 *   are classified by their arity, which the op table fixes at one or two).
 * - For value ops, `ARG0[opnum]` is the offset of the first argument from the opcode (2, or 3
 *   when the result kind is spelled out), `EVAL[opnum]` the table's `eval`.
 * - `guard_class` is a checked cast: the value is an instance of exactly the class, or the
 *   jitcode raises `classMismatch` (both interpreters, so traced and untraced runs agree);
 *   `class_switch` tests the same exact class (`classSwitchCase` of format.ts), never raising.
 */

import { OPS, type OpSpec } from '../ir/optable.js';
import { assertNever } from '../ir/types.js';
import { type ControlOpcode, type HeapJitOpcode, IR_JIT_OPS, JOP, isValueJitOp } from './opcodes.js';

export const C = {
  VALUE1: 0,
  VALUE2: 1,
  GETFIELD: 2,
  SETFIELD: 3,
  GETARRAYITEM: 4,
  SETARRAYITEM: 5,
  ARRAYLEN: 6,
  NEW: 7,
  NEW_ARRAY: 8,
  GOTO: 9,
  GOTO_IF_NOT: 10,
  SWITCH: 11,
  INLINE_CALL: 12,
  RESIDUAL_CALL: 13,
  RETURN: 14,
  RAISE: 15,
  PROMOTE: 16,
  GUARD_CLASS: 17,
  MOVE: 18,
  MERGE: 19,
  CLASS_SWITCH: 20,
} as const;

const HEAP_CAT = {
  getfield: C.GETFIELD,
  getfield_imm: C.GETFIELD,
  setfield: C.SETFIELD,
  getarrayitem: C.GETARRAYITEM,
  getarrayitem_imm: C.GETARRAYITEM,
  setarrayitem: C.SETARRAYITEM,
  arraylen: C.ARRAYLEN,
  new: C.NEW,
  new_array: C.NEW_ARRAY,
} as const satisfies Record<HeapJitOpcode, number>;

const CONTROL_CAT = {
  goto: C.GOTO,
  goto_if_not: C.GOTO_IF_NOT,
  switch: C.SWITCH,
  inline_call: C.INLINE_CALL,
  residual_call: C.RESIDUAL_CALL,
  return: C.RETURN,
  raise: C.RAISE,
  promote: C.PROMOTE,
  guard_class: C.GUARD_CLASS,
  move: C.MOVE,
  merge: C.MERGE,
  class_switch: C.CLASS_SWITCH,
} as const satisfies Record<ControlOpcode, number>;

const n = IR_JIT_OPS.length + Object.keys(CONTROL_CAT).length;
export const CAT = new Uint8Array(n);
export const ARG0 = new Uint8Array(n);
export const EVAL: Array<(...a: any[]) => unknown> = new Array(n).fill(null);

for (const op of IR_JIT_OPS) {
  const k = JOP[op];
  const s: OpSpec = OPS[op];
  if (isValueJitOp(op)) {
    const arity = s.args.length;
    if (arity === 1) CAT[k] = C.VALUE1;
    else if (arity === 2) CAT[k] = C.VALUE2;
    else throw new Error(`value op ${op} has ${arity} arguments`);
    ARG0[k] = s.result === 'any' ? 3 : 2;
    EVAL[k] = s.eval!;
  } else {
    CAT[k] = HEAP_CAT[op as HeapJitOpcode];
  }
}
for (const [op, cat] of Object.entries(CONTROL_CAT)) CAT[JOP[op as ControlOpcode]] = cat;

/** The error a failing `guard_class` raises: a checked cast that failed. */
export function classMismatch(value: unknown, cls: unknown): TypeError {
  const name = (cls as { name?: string } | null)?.name ?? String(cls);
  return new TypeError(`guard_class: value is not an instance of exactly ${name}`);
}

export const classHolds: (value: unknown, cls: unknown) => boolean = OPS.guard_class.holds as (a: unknown, c: unknown) => boolean;

/** Name of a dispatch case, for error messages. */
export function catName(c: number): string {
  const e = Object.entries(C).find(([, v]) => v === c);
  return e ? e[0] : assertNever(c as never, 'dispatch case');
}
