/**
 * What reading an array item back gives after a store: the stored value itself, or a narrowed
 * one. A JavaScript array keeps any value; a typed array converts (a `Uint8Array` keeps `v & 255`,
 * a `Float32Array` rounds). A pass may answer a later read of the item with the stored value only
 * when the two are the same, which is what `storeReadsBack` decides (the heap pass forwarding a
 * store to a read, allocation removal keeping items in registers, vable.ts sinking stores).
 *
 * The value is known to fit an int kind when it is an int constant in the kind's range, an
 * `int_and` with a mask in range, or an item read from an array of a kind whose range lies inside
 * (ranges hold whatever the operands, so the definition may be a preamble op of any iteration).
 */

import { ARRAY_STORE_EXACT, type ArrayKind, Op, type Value } from '../ir/trace.js';

/** The values an int typed array kind stores exactly. */
const INT_RANGE: { readonly [K in ArrayKind]?: readonly [number, number] } = {
  i8: [-128, 127],
  u8: [0, 255],
  u8c: [0, 255],
  i16: [-32768, 32767],
  u16: [0, 65535],
};

/**
 * Does storing `v` into an array of `kind` and reading it back give `v`? `def` gives the op
 * defining a value where its opcode may be looked at (null where it may not).
 */
export function storeReadsBack(kind: ArrayKind, v: Value, def: (v: Value) => Op | null): boolean {
  if (ARRAY_STORE_EXACT[kind]) return kind === 'any' || v.type === (kind === 'f64' ? 'float' : 'int');
  const range = INT_RANGE[kind];
  if (range === undefined || v.type !== 'int') return false;
  const [lo, hi] = range;
  if (!(v instanceof Op)) return (v.value as number) >= lo && (v.value as number) <= hi;
  const d = def(v);
  if (d === null) return false;
  if (d.opcode === 'int_and') {
    const c = d.args.find((a) => !(a instanceof Op));
    return c !== undefined && (c.value as number) >= 0 && (c.value as number) <= hi;
  }
  if ((d.opcode === 'getarrayitem' || d.opcode === 'getarrayitem_imm') && d.descr?.kind === 'array') {
    const from = INT_RANGE[d.descr.elem];
    return from !== undefined && from[0] >= lo && from[1] <= hi;
  }
  return false;
}
