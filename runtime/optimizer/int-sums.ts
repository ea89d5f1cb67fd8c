/**
 * Int values as a base plus a constant: `ptr`, `ptr + 1` and `ptr + 3 - 2` are the base `ptr`
 * at offsets 0, 1 and 1; a constant is no base at offset c. Two values with the same base and
 * different offsets are different numbers (int32 addition wraps, so `b + k1 !== b + k2` when
 * `k1 !== k2`), and with the same offset the same number: that is what lets the heap pass and
 * vable.ts tell array items apart, and find one item under two names.
 *
 * Definitions are looked through only where the caller's `def` allows it (in a loop body, a
 * varying label argument's definition describes only its first value: see looprewriter.ts).
 */

import { Const, Op, type Value } from '../ir/trace.js';

export interface IntSum {
  /** The base, or null for a constant. */
  readonly base: Op | null;
  readonly offset: number;
}

/**
 * `v` as base + offset, looking through `int_add`/`int_sub` by int constants (as far as the
 * inner value still has a form); a value that is not such a sum is its own base where `isBase`
 * allows it, else null.
 */
export function intSum(v: Value, def: (op: Op) => Op | null, isBase: (op: Op) => boolean = () => true): IntSum | null {
  if (v instanceof Const) return typeof v.value === 'number' && v.value === (v.value | 0) && !Object.is(v.value, -0) ? { base: null, offset: v.value } : null;
  const d = def(v);
  const c = d?.args[1];
  if (d && (d.opcode === 'int_add' || d.opcode === 'int_sub') && c instanceof Const && typeof c.value === 'number' && c.value === (c.value | 0)) {
    const inner = intSum(d.args[0]!, def, isBase);
    if (inner) return { base: inner.base, offset: (inner.offset + (d.opcode === 'int_add' ? c.value : -c.value)) | 0 };
  }
  return isBase(v) ? { base: v, offset: 0 } : null;
}

/** Are the two int values certainly different numbers? */
export function intsDiffer(a: Value, b: Value, def: (op: Op) => Op | null): boolean {
  const x = intSum(a, def);
  const y = x && intSum(b, def);
  return x !== null && y !== null && x.base === y.base && x.offset !== y.offset;
}

/** Are the two int values certainly the same number (one base at one offset)? */
export function intsEqual(a: Value, b: Value, def: (op: Op) => Op | null): boolean {
  const x = intSum(a, def);
  const y = x && intSum(b, def);
  return x !== null && y !== null && x.base === y.base && x.offset === y.offset;
}
