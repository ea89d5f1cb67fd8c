/**
 * The operation table: the single declaration of every trace IR operation.
 *
 * Everything that needs to know about operations derives from this table: the `Opcode` type,
 * the printer and parser (names, arity, descriptor position), the verifier (argument and result
 * types), constant folding (`eval`), effect queries for the optimizer (`pure`, `readsHeap`, ...),
 * the reference executor, and the JavaScript backend (`js` / `holds` templates). Adding an
 * operation means adding one entry here; every `Record<Opcode, ...>` and `switch` with
 * `assertNever` elsewhere then fails to compile until it is handled.
 *
 * Invariants:
 * - An op with `pure` has no side effect and its result depends only on its arguments (and, for
 *   `getfield_imm` and `getarrayitem_imm`, on immutable heap). Pure ops with constant arguments fold; equal pure ops CSE.
 * - An op with `guard` carries a snapshot and leaves the trace when `holds(...args)` is false.
 *   An op with `canRaise` carries a snapshot too: the state to rebuild if it throws.
 * - `eval` is the concrete semantics, bit-for-bit what the `js` template computes; the
 *   differential tests check this for random arguments.
 * - Templates receive argument expressions that are simple identifiers or literals, so they may
 *   repeat an argument without re-evaluating side effects.
 * - `result: 'any'` means the result type is chosen per instance (the type of the field read,
 *   the call's return type); in trace text it is the variable's letter.
 */

import type { Type, ValueType } from './types.js';

/** Argument type: a value type, or 'any' for polymorphic positions. */
export type ArgType = ValueType | 'any';

/** Which descriptor, if any, the op takes (printed as its last argument). */
export type DescrKind = 'field' | 'array' | 'target';

export interface OpSpec {
  /** Fixed argument types. */
  readonly args: readonly ArgType[];
  /** Variadic tail (calls, label, jump): every further argument has this type. */
  readonly rest?: ArgType;
  /** Result type; 'any' means chosen per instance. */
  readonly result: Type | 'any';
  readonly descr?: DescrKind;
  /** No side effect, result depends only on the arguments. */
  readonly pure?: true;
  /** Leaves the trace when its condition fails; carries a snapshot. */
  readonly guard?: true;
  readonly readsHeap?: true;
  readonly writesHeap?: true;
  readonly allocates?: true;
  /** May throw a JavaScript exception; carries a snapshot for that case. */
  readonly canRaise?: true;
  /** A call of a function given as first argument. */
  readonly call?: true;
  /** Trace structure (input, label, jump, finish): handled specially everywhere. */
  readonly control?: true;
  /** Has no effect on execution; kept for logs (debug_merge_point). */
  readonly marker?: true;
  /** Concrete semantics of value-producing ops (pure ops, arithmetic of overflow guards). */
  readonly eval?: (...args: any[]) => unknown;
  /** For guards: does the guard hold for these arguments? */
  readonly holds?: (...args: any[]) => boolean;
  /** JavaScript expression computing the result (value ops) from argument expressions. */
  readonly js?: (...args: string[]) => string;
  /** The same in TypeScript, where `js` would not type-check on operands of type `unknown`. */
  readonly ts?: (...args: string[]) => string;
  /** JavaScript boolean expression that is true when the guard holds. */
  readonly jsHolds?: (...args: string[]) => string;
}

const isInt32 = (x: number): boolean => (x | 0) === x;

// Small constructors keep the table readable: one line per operation.
const intBin = (e: (a: number, b: number) => number, js: (a: string, b: string) => string) =>
  ({ args: ['int', 'int'], result: 'int', pure: true, eval: e, js }) as const satisfies OpSpec;
const intCmp = (e: (a: number, b: number) => boolean, o: string) =>
  ({ args: ['int', 'int'], result: 'bool', pure: true, eval: e, js: (a: string, b: string) => `${a} ${o} ${b}` }) as const satisfies OpSpec;
const floatBin = (e: (a: number, b: number) => number, o: string) =>
  ({ args: ['float', 'float'], result: 'float', pure: true, eval: e, js: (a: string, b: string) => `${a} ${o} ${b}` }) as const satisfies OpSpec;
const floatCmp = (e: (a: number, b: number) => boolean, o: string) =>
  ({ args: ['float', 'float'], result: 'bool', pure: true, eval: e, js: (a: string, b: string) => `${a} ${o} ${b}` }) as const satisfies OpSpec;
const intOvf = (e: (a: number, b: number) => number) =>
  ({ args: ['int', 'int'], result: 'int', guard: true, eval: (a: number, b: number) => e(a, b) | 0, holds: (a: number, b: number) => isInt32(e(a, b)) }) as const satisfies OpSpec;
const cast = (from: ValueType, to: ValueType) =>
  ({ args: [from], result: to, pure: true, eval: (a: unknown) => a, js: (a: string) => a }) as const satisfies OpSpec;

export const OPS = {
  // ---- 32-bit integer arithmetic, wrapping like `| 0` -------------------------------------
  int_add: intBin((a, b) => (a + b) | 0, (a, b) => `(${a} + ${b}) | 0`),
  int_sub: intBin((a, b) => (a - b) | 0, (a, b) => `(${a} - ${b}) | 0`),
  int_mul: intBin((a, b) => Math.imul(a, b), (a, b) => `Math.imul(${a}, ${b})`),
  /** Truncating division; as `(a / b) | 0` in JavaScript: 0 when b is 0. */
  int_div: intBin((a, b) => (a / b) | 0, (a, b) => `(${a} / ${b}) | 0`),
  /** Remainder with the sign of the dividend; as `(a % b) | 0`: 0 when b is 0. */
  int_mod: intBin((a, b) => (a % b) | 0, (a, b) => `(${a} % ${b}) | 0`),
  int_and: intBin((a, b) => a & b, (a, b) => `${a} & ${b}`),
  int_or: intBin((a, b) => a | b, (a, b) => `${a} | ${b}`),
  int_xor: intBin((a, b) => a ^ b, (a, b) => `${a} ^ ${b}`),
  int_shl: intBin((a, b) => a << b, (a, b) => `${a} << ${b}`),
  int_shr: intBin((a, b) => a >> b, (a, b) => `${a} >> ${b}`),
  /** Unsigned shift, result reinterpreted as int32 (`(a >>> b) | 0`). */
  int_ushr: intBin((a, b) => (a >>> b) | 0, (a, b) => `(${a} >>> ${b}) | 0`),
  int_neg: { args: ['int'], result: 'int', pure: true, eval: (a: number) => -a | 0, js: (a) => `-${a} | 0` },
  int_invert: { args: ['int'], result: 'int', pure: true, eval: (a: number) => ~a, js: (a) => `~${a}` },
  int_lt: intCmp((a, b) => a < b, '<'),
  int_le: intCmp((a, b) => a <= b, '<='),
  int_gt: intCmp((a, b) => a > b, '>'),
  int_ge: intCmp((a, b) => a >= b, '>='),
  int_eq: intCmp((a, b) => a === b, '==='),
  int_ne: intCmp((a, b) => a !== b, '!=='),
  int_is_true: { args: ['int'], result: 'bool', pure: true, eval: (a: number) => a !== 0, js: (a) => `${a} !== 0` },
  // Overflow-checked arithmetic: a guard that fails when the exact result is not an int32.
  int_add_ovf: intOvf((a, b) => a + b),
  int_sub_ovf: intOvf((a, b) => a - b),
  int_mul_ovf: intOvf((a, b) => a * b),

  // ---- doubles ------------------------------------------------------------------------------
  float_add: floatBin((a, b) => a + b, '+'),
  float_sub: floatBin((a, b) => a - b, '-'),
  float_mul: floatBin((a, b) => a * b, '*'),
  float_div: floatBin((a, b) => a / b, '/'),
  float_mod: floatBin((a, b) => a % b, '%'),
  /** `a ** b` (Math.pow). */
  float_pow: { args: ['float', 'float'], result: 'float', pure: true, eval: (a: number, b: number) => Math.pow(a, b), js: (a, b) => `Math.pow(${a}, ${b})` },
  float_neg: { args: ['float'], result: 'float', pure: true, eval: (a: number) => -a, js: (a) => `-${a}` },
  float_abs: { args: ['float'], result: 'float', pure: true, eval: (a: number) => Math.abs(a), js: (a) => `Math.abs(${a})` },
  float_lt: floatCmp((a, b) => a < b, '<'),
  float_le: floatCmp((a, b) => a <= b, '<='),
  float_gt: floatCmp((a, b) => a > b, '>'),
  float_ge: floatCmp((a, b) => a >= b, '>='),
  float_eq: floatCmp((a, b) => a === b, '==='),
  float_ne: floatCmp((a, b) => a !== b, '!=='),
  int_to_float: cast('int', 'float'),
  /** The int32's bits as an unsigned number (`x >>> 0`): what `>>>` gives, after `int_ushr`. */
  uint_to_float: { args: ['int'], result: 'float', pure: true, eval: (a: number) => a >>> 0, js: (a) => `(${a} >>> 0)` },
  /** ToInt32: truncation with wrap-around, as `x | 0`. */
  float_to_int: { args: ['float'], result: 'int', pure: true, eval: (a: number) => a | 0, js: (a) => `${a} | 0` },

  // ---- booleans -----------------------------------------------------------------------------
  bool_not: { args: ['bool'], result: 'bool', pure: true, eval: (a: boolean) => !a, js: (a) => `!${a}` },
  bool_to_int: { args: ['bool'], result: 'int', pure: true, eval: (a: boolean) => (a ? 1 : 0), js: (a) => `(${a} ? 1 : 0)` },

  // ---- references (any JavaScript value) ------------------------------------------------------
  ref_eq: { args: ['ref', 'ref'], result: 'bool', pure: true, eval: (a: unknown, b: unknown) => a === b, js: (a, b) => `${a} === ${b}` },
  ref_ne: { args: ['ref', 'ref'], result: 'bool', pure: true, eval: (a: unknown, b: unknown) => a !== b, js: (a, b) => `${a} !== ${b}` },
  /** Is the value null or undefined? */
  ref_is_null: { args: ['ref'], result: 'bool', pure: true, eval: (a: unknown) => a == null, js: (a) => `${a} == null` },
  /** `x instanceof C` for a constant class C (without its own `Symbol.hasInstance`): never throws. */
  instance_of: {
    args: ['ref', 'ref'],
    result: 'bool',
    pure: true,
    eval: (a: unknown, c: Function) => a instanceof c,
    js: (a, c) => `${a} instanceof ${c}`,
    ts: (a, c) => `(${a} as object) instanceof (${c} as Function)`,
  },
  /** `typeof x`, a string. */
  ref_typeof: { args: ['ref'], result: 'ref', pure: true, eval: (a: unknown) => typeof a, js: (a) => `typeof ${a}` },
  cast_int_to_ref: cast('int', 'ref'),
  cast_float_to_ref: cast('float', 'ref'),
  cast_bool_to_ref: cast('bool', 'ref'),
  cast_ref_to_int: cast('ref', 'int'),
  cast_ref_to_float: cast('ref', 'float'),
  cast_ref_to_bool: cast('ref', 'bool'),
  /** A copy; the result has the argument's type. */
  same_as: { args: ['any'], result: 'any', pure: true, eval: (a: unknown) => a, js: (a) => a },

  // ---- heap ---------------------------------------------------------------------------------
  getfield: { args: ['ref'], result: 'any', descr: 'field', readsHeap: true },
  /** Read of an immutable (readonly) field: pure. */
  getfield_imm: { args: ['ref'], result: 'any', descr: 'field', pure: true },
  setfield: { args: ['ref', 'any'], result: 'void', descr: 'field', writesHeap: true },
  getarrayitem: { args: ['ref', 'int'], result: 'any', descr: 'array', readsHeap: true },
  /** Read of an element of an immutable (readonly) array: pure. */
  getarrayitem_imm: { args: ['ref', 'int'], result: 'any', descr: 'array', pure: true },
  setarrayitem: { args: ['ref', 'int', 'any'], result: 'void', descr: 'array', writesHeap: true },
  arraylen: { args: ['ref'], result: 'int', descr: 'array', readsHeap: true },
  /** A new instance of the class given as argument, fields set by later `setfield`s; the
   *  constructor does not run (the tracer records what it does). */
  new: { args: ['ref'], result: 'ref', allocates: true },
  /** A new array of the descriptor's kind and the given length (0 or undefined filled). */
  new_array: { args: ['int'], result: 'ref', descr: 'array', allocates: true },

  // ---- calls --------------------------------------------------------------------------------
  /** Residual call: may read and write anything, may throw. */
  call: { args: ['ref'], rest: 'any', result: 'any', call: true, readsHeap: true, writesHeap: true, canRaise: true },
  /** Call of an elidable function: no side effects, same arguments give the same result. */
  call_pure: { args: ['ref'], rest: 'any', result: 'any', call: true, pure: true, canRaise: true },

  // ---- guards -------------------------------------------------------------------------------
  guard_true: { args: ['bool'], result: 'void', guard: true, holds: (a: boolean) => a, jsHolds: (a) => a },
  guard_false: { args: ['bool'], result: 'void', guard: true, holds: (a: boolean) => !a, jsHolds: (a) => `!${a}` },
  /** The first argument equals the (constant) second: `===`, or both NaN for floats. */
  guard_value: { args: ['any', 'any'], result: 'void', guard: true, holds: (a: unknown, b: unknown) => a === b || (a !== a && b !== b), jsHolds: (a, b) => `(${a} === ${b} || (${a} !== ${a} && ${b} !== ${b}))` },
  /** The object's prototype is the prototype of the class given as second argument. */
  guard_class: { args: ['ref', 'ref'], result: 'void', guard: true, holds: (a: unknown, c: Function) => a != null && Object.getPrototypeOf(a) === c.prototype, jsHolds: (a, c) => `(${a} != null && Object.getPrototypeOf(${a}) === ${c}.prototype)` },
  guard_nonnull: { args: ['ref'], result: 'void', guard: true, holds: (a: unknown) => a != null, jsHolds: (a) => `${a} != null` },
  guard_isnull: { args: ['ref'], result: 'void', guard: true, holds: (a: unknown) => a == null, jsHolds: (a) => `${a} == null` },

  // ---- trace structure ----------------------------------------------------------------------
  /** An input argument of the trace (never in the op list, only in `Trace.inputs`). */
  input: { args: [], result: 'any', control: true },
  /** Loop header: its arguments are the loop-carried values. */
  label: { args: [], rest: 'any', result: 'void', control: true },
  /** Back edge to the last label or, with a target descriptor, to another compiled loop. */
  jump: { args: [], rest: 'any', result: 'void', descr: 'target', control: true },
  /** Leaves compiled code for the interpreter at a position described by the snapshot. */
  finish: { args: [], result: 'void', control: true },
  /** Marks where an interpreter step starts: (code, pc). No effect on execution. */
  debug_merge_point: { args: ['int', 'int'], result: 'void', marker: true },
  /** Declares an input (a JavaScript array) a virtualizable array: its items at constant indices
   *  may live in registers of the loop, stores sunk to exits (optimizer/vable.ts). */
  virtualizable_array: { args: ['ref'], result: 'void', descr: 'array', marker: true },
} as const satisfies Record<string, OpSpec>;

export type Opcode = keyof typeof OPS;

export const OPCODES = Object.keys(OPS) as Opcode[];

export function spec(op: Opcode): OpSpec {
  return OPS[op];
}

export function isOpcode(name: string): name is Opcode {
  return Object.prototype.hasOwnProperty.call(OPS, name);
}

// ---- effect queries: the optimizer asks these, never the op names -----------------------------

/** Opcodes computed by their table templates alone (`eval` and `js`): no effect, no descriptor. */
export type ValueOpcode = { [K in Opcode]: (typeof OPS)[K] extends { readonly js: unknown } ? K : never }[Opcode];
export const isValueOp = (op: Opcode): op is ValueOpcode => 'js' in OPS[op];

export const isPure = (op: Opcode): boolean => (OPS[op] as OpSpec).pure === true;
export const isGuard = (op: Opcode): boolean => (OPS[op] as OpSpec).guard === true;
export const canRaise = (op: Opcode): boolean => (OPS[op] as OpSpec).canRaise === true;
/** Guards and raising ops carry a snapshot. */
export const hasSnapshot = (op: Opcode): boolean => isGuard(op) || canRaise(op) || op === 'finish';
export const readsHeap = (op: Opcode): boolean => (OPS[op] as OpSpec).readsHeap === true;
export const writesHeap = (op: Opcode): boolean => (OPS[op] as OpSpec).writesHeap === true;
export const allocates = (op: Opcode): boolean => (OPS[op] as OpSpec).allocates === true;
export const isCall = (op: Opcode): boolean => (OPS[op] as OpSpec).call === true;
export const isControl = (op: Opcode): boolean => (OPS[op] as OpSpec).control === true;
export const isMarker = (op: Opcode): boolean => (OPS[op] as OpSpec).marker === true;
/** May the op be removed when its result is unused? */
export const isRemovableIfUnused = (op: Opcode): boolean =>
  !isControl(op) && !isGuard(op) && !writesHeap(op) && !isMarker(op) && (isPure(op) || readsHeap(op) || allocates(op)) && !(canRaise(op) && !isPure(op));
