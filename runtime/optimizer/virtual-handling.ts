/**
 * How allocation removal treats each operation when a virtual reaches it: one entry per opcode,
 * checked complete by the compiler, so a new operation cannot silently pass a virtual through.
 *
 * `escape` is the safe default: every virtual argument is forced right before the op, which then
 * sees ordinary values. The other entries name the cases the pass understands (reading and
 * writing the contents of a virtual, questions whose answer a virtual fixes, and the loop's
 * label and jump); each still falls back to `escape` when its conditions are not met.
 */

import type { Opcode } from '../ir/optable.js';

export type Handling =
  | 'escape'
  | 'new'
  | 'new_array'
  | 'getfield'
  | 'setfield'
  | 'getarrayitem'
  | 'setarrayitem'
  | 'arraylen'
  | 'guard_class'
  | 'guard_nonnull'
  | 'ref_compare'
  | 'ref_is_null'
  | 'ref_typeof'
  | 'instance_of'
  | 'same_as'
  | 'label'
  | 'jump';

export const HANDLING = {
  int_add: 'escape',
  int_sub: 'escape',
  int_mul: 'escape',
  int_div: 'escape',
  int_mod: 'escape',
  int_and: 'escape',
  int_or: 'escape',
  int_xor: 'escape',
  int_shl: 'escape',
  int_shr: 'escape',
  int_ushr: 'escape',
  int_neg: 'escape',
  int_invert: 'escape',
  int_lt: 'escape',
  int_le: 'escape',
  int_gt: 'escape',
  int_ge: 'escape',
  int_eq: 'escape',
  int_ne: 'escape',
  int_is_true: 'escape',
  int_add_ovf: 'escape',
  int_sub_ovf: 'escape',
  int_mul_ovf: 'escape',
  float_add: 'escape',
  float_sub: 'escape',
  float_mul: 'escape',
  float_div: 'escape',
  float_mod: 'escape',
  float_pow: 'escape',
  float_neg: 'escape',
  float_abs: 'escape',
  float_lt: 'escape',
  float_le: 'escape',
  float_gt: 'escape',
  float_ge: 'escape',
  float_eq: 'escape',
  float_ne: 'escape',
  int_to_float: 'escape',
  uint_to_float: 'escape',
  float_to_int: 'escape',
  bool_not: 'escape',
  bool_to_int: 'escape',
  ref_eq: 'ref_compare',
  ref_ne: 'ref_compare',
  ref_is_null: 'ref_is_null',
  ref_typeof: 'ref_typeof',
  instance_of: 'instance_of',
  cast_int_to_ref: 'escape',
  cast_float_to_ref: 'escape',
  cast_bool_to_ref: 'escape',
  // A virtual cast to a number or boolean is a use of its identity as a value.
  cast_ref_to_int: 'escape',
  cast_ref_to_float: 'escape',
  cast_ref_to_bool: 'escape',
  same_as: 'same_as',
  getfield: 'getfield',
  getfield_imm: 'getfield',
  setfield: 'setfield',
  getarrayitem: 'getarrayitem',
  getarrayitem_imm: 'getarrayitem',
  setarrayitem: 'setarrayitem',
  arraylen: 'arraylen',
  new: 'new',
  new_array: 'new_array',
  call: 'escape',
  call_pure: 'escape',
  guard_true: 'escape',
  guard_false: 'escape',
  // Comparing with a constant is a use of the identity.
  guard_value: 'escape',
  guard_class: 'guard_class',
  guard_nonnull: 'guard_nonnull',
  // Always fails on a virtual: keep it, with the object forced.
  guard_isnull: 'escape',
  input: 'escape',
  label: 'label',
  jump: 'jump',
  finish: 'escape',
  debug_merge_point: 'escape',
  virtualizable_array: 'escape',
} as const satisfies Record<Opcode, Handling>;
