/**
 * Constant boxes for the recorder: typed constructors, shared instances of the common constants,
 * and a safe way to show a value in an error message.
 *
 * Invariants:
 * - A `Const` never changes, so the same instance may stand for equal constants anywhere: small
 *   ints (-128..1023), `true`, `false`, `null` and `undefined` are shared, which saves an
 *   allocation per folded comparison or loop counter step.
 * - `constOf` trusts its caller about the type (results of the table's `eval`);
 *   `checkedConst` is for values from outside (tracers) and rejects a value of another type.
 */

import { Const, type Value } from '../ir/trace.js';
import { type ValueType, assertNever, valueHasType } from '../ir/types.js';
import { TracerBug } from './errors.js';

const SMALL_MIN = -128;
const SMALL_MAX = 1023;
const SMALL_INTS: Const[] = [];
for (let v = SMALL_MIN; v <= SMALL_MAX; v++) SMALL_INTS.push(new Const('int', v));

export const TRUE = new Const('bool', true);
export const FALSE = new Const('bool', false);
export const NULL = new Const('ref', null);
export const UNDEFINED = new Const('ref', undefined);
export const FLOAT_ZERO = new Const('float', 0);
export const FLOAT_ONE = new Const('float', 1);

/** A constant of the type; the value must have it (not checked). */
export function constOf(type: ValueType, value: unknown): Const {
  switch (type) {
    case 'int': {
      const v = value as number;
      return v >= SMALL_MIN && v <= SMALL_MAX && !Object.is(v, -0) ? SMALL_INTS[v - SMALL_MIN]! : new Const('int', v);
    }
    case 'bool':
      return value ? TRUE : FALSE;
    case 'ref':
      return value === null ? NULL : value === undefined ? UNDEFINED : new Const('ref', value);
    case 'float':
      return new Const('float', value);
    default:
      return assertNever(type, 'type');
  }
}

/** A constant of the type, after checking that the value has it. */
export function checkedConst(type: ValueType, value: unknown): Const {
  if (!valueHasType(value, type)) throw new TracerBug(`${show(value)} is not a valid ${type} constant`);
  return constOf(type, value);
}

/** A value for an error message; never throws. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (typeof v === 'function') return `function ${v.name || '(anonymous)'}`;
  if (typeof v === 'object' && v !== null) {
    const c = (v as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof c === 'string' && c ? `a ${c}` : 'an object';
  }
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}

/** A box for an error message: its op and concrete value, or the constant. */
export function showBox(b: Value): string {
  return b.isConst ? show(b.value) : `${b.opcode}#${b.id} (= ${show(b.value)})`;
}
