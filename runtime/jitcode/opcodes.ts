/**
 * The jitcode opcodes: the trace IR's recordable operations, derived from the op table, plus the
 * control operations declared once below.
 *
 * A jitcode instruction is its opcode number followed by operands, all in one `Int32Array`
 * (format.ts describes the whole layout). The opcode numbers are assigned here, in one order:
 * first the IR operations in `OPS` order, then the control operations in `CONTROL` order (a new
 * control op goes last, so emitted tables keep their numbers).
 *
 * Which IR operations are jitcode operations is derived, never listed: every op of `OPS` that
 * is not a guard (guards arise from control flow and hints: `goto_if_not`, `switch`,
 * `class_switch`, `promote`, `guard_class`; the overflow-checked arithmetic is a guard too),
 * not trace structure (input, label, jump, finish), not a marker, and not a call (calls are
 * `residual_call`, which carries its effect class and liveness). A new op in the table becomes a jitcode op automatically, and
 * every `Record<JitOpName, ...>` and `assertNever` switch then fails to compile until it is
 * handled.
 *
 * Invariants:
 * - `JIT_OPS[n]` is the name of opcode number n, `JOP[name]` its number; both are total.
 * - An IR jitcode op's operand layout follows its table entry exactly: `[dst]` when the result is
 *   not void, `[kind]` when the result is 'any', then one operand per argument, then `[descr]`
 *   when the op takes a descriptor. Control ops have fixed layouts (format.ts).
 * - `CONTROL[op].live` says the instruction carries a liveness list (a guard can fail there, a
 *   call can raise there, an inlined callee can fail under it, or a snapshot is taken at a
 *   `merge`).
 */

import { OPS, type Opcode, type OpSpec, isValueOp } from '../ir/optable.js';
import type { ValueType } from '../ir/types.js';

type Specs = typeof OPS;

/** IR operations a tracer records as they are (no guard, structure, marker or call). */
export type IrJitOpcode = {
  [K in Opcode]: Specs[K] extends { readonly guard: true } | { readonly control: true } | { readonly marker: true } | { readonly call: true } ? never : K;
}[Opcode];

/** IR jitcode ops computed from their arguments by the table's `eval` alone. */
export type ValueJitOpcode = { [K in IrJitOpcode]: Specs[K] extends { readonly js: unknown } ? K : never }[IrJitOpcode];

/** IR jitcode ops with a heap effect or a descriptor: each has its own concrete semantics. */
export type HeapJitOpcode = Exclude<IrJitOpcode, ValueJitOpcode>;

const isIrJitOp = (op: Opcode): op is IrJitOpcode => {
  const s: OpSpec = OPS[op];
  return !s.guard && !s.control && !s.marker && !s.call;
};

export const IR_JIT_OPS: readonly IrJitOpcode[] = (Object.keys(OPS) as Opcode[]).filter(isIrJitOp);

export interface ControlSpec {
  /** Carries a liveness list (registers needed to resume at this instruction). */
  readonly live: boolean;
  /** Control never falls through to the next instruction. */
  readonly terminator: boolean;
}

/**
 * The control operations (operand layouts in format.ts):
 * - `goto L`; `goto_if_not c, L` (c bool; a guard when c is not constant while tracing);
 * - `switch r, default, n, (value, target) * n` (r int; promoted when not constant);
 * - `class_switch r, default, n, (cls, target) * n` (r ref, each cls a constant class): the case
 *   whose class is exactly the value's class, else default (a polymorphic call site: while
 *   tracing, a matching case is guarded with `guard_class`, the default is not guarded);
 * - `inline_call callee, dst, n, args * n` (callee a jitcode number, dst a register or -1);
 * - `residual_call fn, dst, effect, n, args * n` (effect 0 residual, 1 pure);
 * - `return v`, `raise v`; `promote r`; `guard_class r, C`; `move dst, src`;
 * - `merge n, values * n`: the portal is back at its merge point with these values (the end of
 *   one iteration of an interpreter's dispatch loop); its liveness list is the registers among
 *   the values, so a snapshot taken there resumes by merging again.
 */
export const CONTROL = {
  goto: { live: false, terminator: true },
  goto_if_not: { live: true, terminator: false },
  switch: { live: true, terminator: true },
  inline_call: { live: true, terminator: false },
  residual_call: { live: true, terminator: false },
  return: { live: false, terminator: true },
  raise: { live: false, terminator: true },
  promote: { live: true, terminator: false },
  guard_class: { live: true, terminator: false },
  move: { live: false, terminator: false },
  merge: { live: true, terminator: true },
  class_switch: { live: true, terminator: true },
} as const satisfies Record<string, ControlSpec>;

export type ControlOpcode = keyof typeof CONTROL;
export type JitOpName = IrJitOpcode | ControlOpcode;

export const CONTROL_OPS = Object.keys(CONTROL) as ControlOpcode[];
export const JIT_OPS: readonly JitOpName[] = [...IR_JIT_OPS, ...CONTROL_OPS];

export const JOP: Readonly<Record<JitOpName, number>> = Object.fromEntries(JIT_OPS.map((n, k) => [n, k])) as Record<JitOpName, number>;

export const isControlOp = (name: JitOpName): name is ControlOpcode => Object.prototype.hasOwnProperty.call(CONTROL, name);
export const isValueJitOp = (name: IrJitOpcode): name is ValueJitOpcode => isValueOp(name);

export function isJitOpName(name: string): name is JitOpName {
  return Object.prototype.hasOwnProperty.call(JOP, name);
}

// ---- register kinds --------------------------------------------------------------------------

/** Register kinds are the IR's value types, coded as small numbers in the code array. */
export const KINDS: readonly ValueType[] = ['int', 'float', 'bool', 'ref'];
export const KIND_CODE = { int: 0, float: 1, bool: 2, ref: 3 } as const satisfies Record<ValueType, number>;

/** Effect class of a residual call. */
export const EFFECT = { residual: 0, pure: 1 } as const;
export type Effect = keyof typeof EFFECT;
export const EFFECTS: readonly Effect[] = ['residual', 'pure'];
