/**
 * How the recorder handles each opcode: one entry per opcode, checked complete by the compiler,
 * so a new operation in the op table does not compile until the recorder knows what to do.
 *
 * Kinds:
 * - `pure`: evaluated with the table's `eval`; folded when every argument is constant. The
 *   table guarantees the result has the op's type.
 * - `unbox`: a pure cast from `ref`, whose result must be checked against the declared type
 *   (a ref holding 1.5 cast to int is a tracer bug, caught at record time).
 * - `same_as`: pure copy; the result has the argument's type, and a fresh object copied escapes.
 * - heap, allocation and call kinds: one each (see recorder.ts).
 * - `guard`, `ovf`: only through `Recorder.guard` (they need a snapshot and may be implied);
 *   `ovf` are the overflow-checked arithmetic guards, which also have an int result.
 * - `structure`: label, jump, finish, debug_merge_point: appended as given, never executed.
 * - `input`: only through `Recorder.input`.
 */

import type { Opcode } from '../ir/optable.js';

export type RecordKind =
  | 'pure'
  | 'unbox'
  | 'same_as'
  | 'getfield'
  | 'getfield_imm'
  | 'setfield'
  | 'getarrayitem'
  | 'getarrayitem_imm'
  | 'setarrayitem'
  | 'arraylen'
  | 'new'
  | 'new_array'
  | 'call'
  | 'call_pure'
  | 'guard'
  | 'ovf'
  | 'structure'
  | 'input';

export const RECORD_KIND = {
  int_add: 'pure',
  int_sub: 'pure',
  int_mul: 'pure',
  int_div: 'pure',
  int_mod: 'pure',
  int_and: 'pure',
  int_or: 'pure',
  int_xor: 'pure',
  int_shl: 'pure',
  int_shr: 'pure',
  int_ushr: 'pure',
  int_neg: 'pure',
  int_invert: 'pure',
  int_lt: 'pure',
  int_le: 'pure',
  int_gt: 'pure',
  int_ge: 'pure',
  int_eq: 'pure',
  int_ne: 'pure',
  int_is_true: 'pure',
  int_add_ovf: 'ovf',
  int_sub_ovf: 'ovf',
  int_mul_ovf: 'ovf',
  float_add: 'pure',
  float_sub: 'pure',
  float_mul: 'pure',
  float_div: 'pure',
  float_mod: 'pure',
  float_pow: 'pure',
  float_neg: 'pure',
  float_abs: 'pure',
  float_lt: 'pure',
  float_le: 'pure',
  float_gt: 'pure',
  float_ge: 'pure',
  float_eq: 'pure',
  float_ne: 'pure',
  int_to_float: 'pure',
  uint_to_float: 'pure',
  float_to_int: 'pure',
  bool_not: 'pure',
  bool_to_int: 'pure',
  ref_eq: 'pure',
  ref_ne: 'pure',
  ref_is_null: 'pure',
  ref_typeof: 'pure',
  instance_of: 'pure',
  cast_int_to_ref: 'pure',
  cast_float_to_ref: 'pure',
  cast_bool_to_ref: 'pure',
  cast_ref_to_int: 'unbox',
  cast_ref_to_float: 'unbox',
  cast_ref_to_bool: 'unbox',
  same_as: 'same_as',
  getfield: 'getfield',
  getfield_imm: 'getfield_imm',
  setfield: 'setfield',
  getarrayitem: 'getarrayitem',
  getarrayitem_imm: 'getarrayitem_imm',
  setarrayitem: 'setarrayitem',
  arraylen: 'arraylen',
  new: 'new',
  new_array: 'new_array',
  call: 'call',
  call_pure: 'call_pure',
  guard_true: 'guard',
  guard_false: 'guard',
  guard_value: 'guard',
  guard_class: 'guard',
  guard_nonnull: 'guard',
  guard_isnull: 'guard',
  input: 'input',
  label: 'structure',
  jump: 'structure',
  finish: 'structure',
  debug_merge_point: 'structure',
  virtualizable_array: 'structure',
} as const satisfies Record<Opcode, RecordKind>;

type KindOf = typeof RECORD_KIND;

/** Guards, including the overflow-checked arithmetic. */
export type GuardOpcode = { [K in Opcode]: KindOf[K] extends 'guard' | 'ovf' ? K : never }[Opcode];

/** The overflow-checked arithmetic: guards with an int result. */
export type OvfOpcode = { [K in Opcode]: KindOf[K] extends 'ovf' ? K : never }[Opcode];

/** What `recordPure` accepts: pure ops with a fixed value type, no descriptor, no call. */
export type PureOpcode = { [K in Opcode]: KindOf[K] extends 'pure' | 'unbox' ? K : never }[Opcode];
