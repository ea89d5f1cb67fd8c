/**
 * Green keys: one interned object per tuple of green values, the key of a JIT cell.
 *
 * A dispatch loop's position in the guest program is a tuple of greens (`pc`, `program`, ...);
 * the JIT's cells are keyed by one value. `GreenKeys.of(values)` walks a trie of `Map`s, one
 * level per green, to the tuple's key: the same tuple always gives the same key object, so cell
 * lookups are identity lookups, and a lookup costs one `Map.get` per green, no allocation once
 * the key exists.
 *
 * Invariants: green values are compared as `Map` keys compare them (SameValueZero: `NaN` equals
 * `NaN`, `0` equals `-0`, objects by identity); the positions and their count are fixed for one
 * `GreenKeys`.
 */

export class GreenKey {
  constructor(
    /** The green values, in the driver's order. */
    readonly greens: readonly unknown[],
    /** Position of creation: a short name for logs. */
    readonly id: number,
  ) {}

  toString(): string {
    return `greens#${this.id}(${this.greens.map(showGreen).join(', ')})`;
  }
}

function showGreen(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}...` : v);
  const name = (v as { constructor?: { name?: string } }).constructor?.name;
  return name ? `<${name}>` : `<${typeof v}>`;
}

export class GreenKeys {
  private readonly root = new Map<unknown, unknown>();
  private count = 0;

  constructor(
    /** The positions of the greens among the merge-point values. */
    readonly positions: readonly number[],
  ) {
    if (positions.length === 0) throw new Error('a green key needs at least one green');
  }

  /** The key of the greens among `values` (the merge-point values, all of them). */
  of(values: readonly unknown[]): GreenKey {
    const pos = this.positions;
    const last = pos.length - 1;
    let level = this.root;
    for (let k = 0; k < last; k++) {
      const v = values[pos[k]!];
      let next = level.get(v) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(v, next);
      }
      level = next;
    }
    const v = values[pos[last]!];
    let key = level.get(v) as GreenKey | undefined;
    if (key === undefined) {
      key = new GreenKey(
        pos.map((p) => values[p]),
        this.count++,
      );
      level.set(v, key);
    }
    return key;
  }

  /** How many distinct keys exist. */
  get size(): number {
    return this.count;
  }
}
