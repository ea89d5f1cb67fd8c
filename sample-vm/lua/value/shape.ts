/**
 * Shapes (hidden classes) for the string-keyed part of Lua tables.
 *
 * A shape is the ordered list of a table's string keys; key i lives in slot i of the table's
 * `slots` array. Shapes form a tree rooted at ROOT_SHAPE: adding key k to shape S gives the
 * child S.transitions[k], created once and cached, so tables that receive the same keys in the
 * same order share one shape object. A later JIT can therefore guard `table.shape === S` and
 * load `table.slots[i]` directly.
 *
 * Invariants:
 *  - A shared shape (dictionary === false) is immutable: its keys, slots and lookup never change.
 *  - Slots are never renumbered while a table keeps its shape: removing a key (setting it to
 *    nil) keeps the slot; only a table rehash (table.ts) compacts, by moving the table to
 *    another shape built from ROOT_SHAPE.
 *  - Dictionary mode: past MAX_SHAPE_KEYS keys, or when a shape already has
 *    MAX_TRANSITIONS children and the key is new to it, a table gets a private dictionary
 *    shape. A dictionary shape is owned by exactly one table and grows in place (`withKey`
 *    returns the same object); existing slots still never move, but the key set changes, so
 *    a JIT must not cache "key absent" facts on a dictionary shape.
 */

/** More string keys than this: the table switches to a private dictionary shape. */
export const MAX_SHAPE_KEYS = 64;
/** A shape with this many distinct children stops caching transitions (bounds the tree). */
export const MAX_TRANSITIONS = 256;

/** Shapes with at most this many keys are searched linearly. */
const LINEAR_LOOKUP_KEYS = 8;

export class Shape {
  /** key -> slot. Shared shapes each own a copy (small: at most MAX_SHAPE_KEYS entries). */
  private readonly index: Map<string, number>;
  /** Cached children of a shared shape, created on first use. */
  private transitions: Map<string, Shape> | undefined = undefined;

  private constructor(
    /** Slot -> key, in insertion order. Read-only for everyone but this class. */
    readonly keys: string[],
    index: Map<string, number>,
    /** True for a private, growable shape (see the header). */
    readonly dictionary: boolean,
  ) {
    this.index = index;
  }

  /** The shape with no keys, root of the transition tree. */
  static readonly ROOT: Shape = new Shape([], new Map(), false);

  /** Number of keys (and slots). */
  get size(): number {
    return this.keys.length;
  }

  /**
   * The slot of `key`, or -1. Small shapes (the common object of a few fields) scan their keys:
   * compile-time strings are interned (intern.ts), so the usual hit is a pointer comparison,
   * cheaper than hashing into the Map.
   */
  lookup(key: string): number {
    const keys = this.keys;
    const n = keys.length;
    if (n <= LINEAR_LOOKUP_KEYS) {
      for (let i = 0; i < n; i++) if (keys[i] === key) return i;
      return -1;
    }
    const s = this.index.get(key);
    return s === undefined ? -1 : s;
  }

  /**
   * This shape plus `key` (which must not be present) in the next slot: a cached child for a
   * shared shape, a dictionary shape otherwise (this one itself if already a dictionary).
   */
  withKey(key: string): Shape {
    if (this.dictionary) {
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      return this;
    }
    let transitions = this.transitions;
    if (transitions !== undefined) {
      const child = transitions.get(key);
      if (child !== undefined) return child;
    }
    const n = this.keys.length;
    if (n >= MAX_SHAPE_KEYS || (transitions !== undefined && transitions.size >= MAX_TRANSITIONS)) {
      const dict = new Shape(this.keys.slice(), new Map(this.index), true);
      return dict.withKey(key);
    }
    const keys = this.keys.slice();
    keys.push(key);
    const index = new Map(this.index);
    index.set(key, n);
    const child = new Shape(keys, index, false);
    if (transitions === undefined) transitions = this.transitions = new Map();
    transitions.set(key, child);
    return child;
  }

  /** The shape reached from ROOT by adding `keys` in order (used when a table compacts). */
  static of(keys: readonly string[]): Shape {
    let s = Shape.ROOT;
    for (let i = 0; i < keys.length; i++) s = s.withKey(keys[i]);
    return s;
  }
}

/** The shape of a table without string keys. */
export const ROOT_SHAPE: Shape = Shape.ROOT;
