/**
 * LuaTable: Lua 5.1's table, in three parts.
 *
 *   arr          the array part: keys 1..arr.length, a dense JS array (nil = undefined).
 *   shape/slots  string keys: `shape` (shape.ts) maps a key to its slot in `slots`.
 *   hash         every other key (numbers outside the array part, booleans, tables,
 *                functions, threads, userdata): a Map to a position in insertion-ordered
 *                key/value arrays, so that `next` continues from a key in O(1).
 *
 * Sizing follows Lua 5.1's ltable.c exactly, so that `#t` (luaH_getn, which depends on the
 * array part's size) gives lua5.1's answer on tables with holes:
 *  - `hashCap` is Lua's node-part size (0 or a power of two). String slots and hash entries
 *    both use nodes. A new key is stored in a free node; with none left, `rehash` counts the
 *    non-nil integer keys and picks the array size as Lua's computesizes does (the largest
 *    power of two n such that more than n/2 of the keys 1..n are present), then sizes the
 *    node part for the remaining keys. So `t[#t+1] = v` on a full array part doubles it.
 *  - Like Lua, assigning a value (nil included: luaH_set creates the key first) to an absent
 *    key takes a node; setting a present key to nil keeps its node, slot or array cell, so a
 *    traversal can continue from it. Nil-valued nodes are dropped at the next rehash, which
 *    also moves the table to a compacted shape if it had nil-valued string slots.
 *  - Lua may reuse a nil-valued node that is the main position of a new key; that depends on
 *    string hashes and addresses, so we never do, and a table whose `#t` depends on it may
 *    differ from lua5.1 (only with holes, removals and new keys mixed).
 *  - `new LuaTable(narray, nhash)` presizes like luaH_new; `reserveArray` is SETLIST's
 *    luaH_resizearray; `roundTableSize` is the size NEWTABLE's float-byte operands round to.
 *
 * Invariants: arr.length is the array size; slots.length === shape.size; nodes in use
 * (shape.size + hash entries) <= hashCap; a key lives in exactly one part; the hash part never
 * holds strings, nil or NaN, nor integers in 1..arr.length; -0 is stored as 0.
 * The representation fields are public for the interpreter's and a JIT's fast paths; only
 * this class mutates them.
 */

import { jit } from '../../../runtime/hints/index.js';
import { LuaError } from './error.js';
import { ROOT_SHAPE, Shape } from './shape.js';
import type { LuaValue } from './value.js';

/** Lua 5.1's MAXBITS (32-bit int): integer keys up to 2^MAXBITS may live in the array part. */
const MAXBITS = 30;
const MAXASIZE = 1 << MAXBITS;
/** luaH_getn's unbound_search gives up doubling past this (MAX_INT). */
const MAX_INT = 2147483647;

/** Scratch counters for rehash (nums[l]: integer keys k with 2^(l-1) < k <= 2^l). */
const NUMS = new Int32Array(MAXBITS + 1);

/** A JS array of n undefined values, in V8's generic packed elements kind from the start (cold: a residual call). */
export const newValueArray = jit.opaque(function newValueArray(n: number): LuaValue[] {
  const a: LuaValue[] = [undefined];
  if (n === 0) a.pop();
  for (let i = 1; i < n; i++) a.push(undefined);
  return a;
});

/** Shared empty array for tables without an array part or string keys; never written. */
export const EMPTY_VALUES: LuaValue[] = newValueArray(0);

/** The node part Lua allocates for n hash items: the next power of two. */
export const nodeCapacity = jit.pure(function nodeCapacity(n: number): number {
  return 2 ** ceilLog2(n);
});

/** Smallest l such that 2^l >= x (x >= 1). */
function ceilLog2(x: number): number {
  return x <= 1 ? 0 : 32 - Math.clz32(x - 1);
}

/** The integer k if `key` is a number usable as an array index (1..MAXASIZE), else 0. */
function arrayIndex(key: LuaValue): number {
  if (typeof key !== 'number') return 0;
  return Number.isInteger(key) && key > 0 && key <= MAXASIZE ? key : 0;
}

/**
 * The array size Lua 5.1 allocates for a table constructor with n items (NEWTABLE encodes
 * counts as "floating point bytes": luaO_fb2int(luaO_int2fb(n)) >= n).
 */
export function roundTableSize(n: number): number {
  let x = n;
  let e = 0;
  while (x >= 16) {
    x = (x + 1) >>> 1;
    e++;
  }
  return x < 8 ? x : x << e;
}

/** The non-string, non-array keys, in insertion order; a key's position never changes. */
export class HashPart {
  readonly keys: LuaValue[] = newValueArray(0);
  readonly vals: LuaValue[] = newValueArray(0);
  readonly index: Map<LuaValue, number> = new Map();

  add(key: LuaValue, value: LuaValue): void {
    this.index.set(key, this.keys.length);
    this.keys.push(key);
    this.vals.push(value);
  }
}

export class LuaTable {
  metatable: LuaTable | undefined = undefined;
  /** Array part: t[i] for 1 <= i <= arr.length is arr[i - 1]. */
  arr: LuaValue[];
  /** String keys: t[k] is slots[shape.lookup(k)]. */
  shape: Shape = ROOT_SHAPE;
  slots: LuaValue[] = EMPTY_VALUES;
  /** Other keys; undefined until the first one. */
  hash: HashPart | undefined = undefined;
  /** Lua's node-part size: string slots plus hash entries never exceed it. */
  hashCap: number;

  constructor(arraySize?: number, hashSize?: number) {
    const na = arraySize ?? 0;
    const nh = hashSize ?? 0;
    this.arr = na > 0 ? newValueArray(na) : EMPTY_VALUES;
    this.hashCap = nh > 0 ? nodeCapacity(nh) : 0;
  }

  // ---- fast paths ----

  getStr(key: string): LuaValue {
    const s = this.shape.lookup(key);
    return s < 0 ? undefined : this.slots[s];
  }

  /**
   * `t[key]` for a key that is a constant of the program (a field or global name). For the
   * JIT: a shared shape is immutable, so the slot is a pure function of the promoted shape and
   * the key, and a trace keeps a guard on the shape and a load of the slot; a dictionary shape
   * (which grows in place) is looked up as it is.
   */
  getField(key: string): LuaValue {
    const shape = this.shape;
    const s = shape.dictionary ? shape.lookup(key) : fieldSlot(jit.promote(shape), key);
    return s < 0 ? undefined : this.slots[s];
  }

  /** `t[key] = value` for a constant key, as getField finds it; a new key takes the slow path. */
  setField(key: string, value: LuaValue): void {
    const shape = this.shape;
    const s = shape.dictionary ? shape.lookup(key) : fieldSlot(jit.promote(shape), key);
    if (s >= 0) {
      this.slots[s] = value;
      return;
    }
    this.newStrKey(key, value);
  }

  /**
   * Stores into a constant-key field that holds a value (not nil): true; false, storing
   * nothing, when the field is absent. A table with a metatable takes this path first: an
   * assignment to a present key never consults `__newindex`.
   */
  replaceField(key: string, value: LuaValue): boolean {
    const shape = this.shape;
    const s = shape.dictionary ? shape.lookup(key) : fieldSlot(jit.promote(shape), key);
    if (s < 0 || this.slots[s] === undefined) return false;
    this.slots[s] = value;
    return true;
  }

  setStr(key: string, value: LuaValue): void {
    const s = this.shape.lookup(key);
    if (s >= 0) {
      this.slots[s] = value;
      return;
    }
    this.newStrKey(key, value);
  }

  /** Any number key; fast when it is an integer inside the array part. */
  getInt(key: number): LuaValue {
    const i = key - 1;
    const arr = this.arr;
    if ((i | 0) === i && i >= 0 && i < arr.length) return arr[i];
    return this.getHashed(key);
  }

  /** Any number key (NaN raises); fast when it is an integer inside the array part. */
  setInt(key: number, value: LuaValue): void {
    const i = key - 1;
    const arr = this.arr;
    if ((i | 0) === i && i >= 0 && i < arr.length) {
      arr[i] = value;
      return;
    }
    this.setNumSlow(key, value);
  }

  // ---- generic access ----

  /** Raw get of any key; nil and NaN read nil. */
  get(key: LuaValue): LuaValue {
    if (typeof key === 'string') return this.getStr(key);
    if (typeof key === 'number') return this.getInt(key);
    return this.getHashed(key);
  }

  /** Raw set of any key; a nil key raises 'table index is nil', NaN 'table index is NaN'. */
  set(key: LuaValue, value: LuaValue): void {
    if (typeof key === 'string') {
      this.setStr(key, value);
    } else if (typeof key === 'number') {
      this.setInt(key, value);
    } else {
      if (key === undefined) throw tableError('table index is nil');
      const h = this.hash;
      if (h !== undefined) {
        const p = h.index.get(key);
        if (p !== undefined) {
          h.vals[p] = value;
          return;
        }
      }
      this.newKey(key, value);
    }
  }

  /** `#t`: a border, found exactly as Lua 5.1's luaH_getn finds it. */
  length(): number {
    const arr = this.arr;
    let j = arr.length;
    if (j > 0 && arr[j - 1] === undefined) {
      // A border inside the array part: binary search for it.
      let i = 0;
      while (j - i > 1) {
        const m = Math.floor((i + j) / 2);
        if (arr[m - 1] === undefined) j = m;
        else i = m;
      }
      return i;
    }
    if (this.hashCap === 0) return j;
    return this.unboundSearch(j);
  }

  /**
   * The entry after `key` (nil: the first) as a fresh [key, value], or undefined at the end.
   * Order: array part, string slots in shape order, then the hash part in insertion order;
   * nil values are skipped. A key the table does not hold raises "invalid key to 'next'".
   */
  next(key: LuaValue): LuaValue[] | undefined {
    const arr = this.arr;
    const n = arr.length;
    const slots = this.slots;
    let ai = n; // first array index to look at
    let si = slots.length; // first slot
    let hi = 0; // first hash position
    if (key === undefined) {
      ai = 0;
      si = 0;
    } else if (typeof key === 'string') {
      const s = this.shape.lookup(key);
      if (s < 0) throw tableError("invalid key to 'next'");
      si = s + 1;
    } else {
      const k = typeof key === 'number' ? key - 1 : -1;
      if (k >>> 0 === k && k < n) {
        ai = k + 1;
        si = 0;
      } else {
        const h = this.hash;
        const p = h === undefined ? undefined : h.index.get(key);
        if (p === undefined) throw tableError("invalid key to 'next'");
        hi = p + 1;
      }
    }
    for (; ai < n; ai++) {
      const v = arr[ai];
      if (v !== undefined) return [ai + 1, v];
    }
    const ns = slots.length;
    for (; si < ns; si++) {
      const v = slots[si];
      if (v !== undefined) return [this.shape.keys[si], v];
    }
    const h = this.hash;
    if (h !== undefined) {
      const vals = h.vals;
      const nh = vals.length;
      for (; hi < nh; hi++) {
        const v = vals[hi];
        if (v !== undefined) return [h.keys[hi], v];
      }
    }
    return undefined;
  }

  /**
   * SETLIST's luaH_resizearray: make the array part at least `n` long (a constructor's
   * multiple results land in the array part even when some are nil).
   */
  @jit.opaque
  reserveArray(n: number): void {
    if (n > this.arr.length) this.resize(n, this.hashCap);
  }

  // ---- slow paths ----

  private getHashed(key: LuaValue): LuaValue {
    const h = this.hash;
    if (h === undefined) return undefined;
    const p = h.index.get(key);
    return p === undefined ? undefined : h.vals[p];
  }

  private setNumSlow(key: number, value: LuaValue): void {
    const h = this.hash;
    if (h !== undefined) {
      const p = h.index.get(key);
      if (p !== undefined) {
        h.vals[p] = value;
        return;
      }
    }
    if (key !== key) throw tableError('table index is NaN');
    this.newKey(key === 0 ? 0 : key, value); // -0 is stored as 0
  }

  /** Nodes in use: string slots (nil-valued included) plus hash entries. */
  private nodesUsed(): number {
    const h = this.hash;
    return this.slots.length + (h === undefined ? 0 : h.keys.length);
  }

  /** A new non-string key (absent from every part, not nil, not NaN). */
  @jit.opaque
  private newKey(key: LuaValue, value: LuaValue): void {
    if (this.nodesUsed() >= this.hashCap) {
      this.rehash(key);
      this.set(key, value); // the grown table has room: this does not rehash again
      return;
    }
    let h = this.hash;
    if (h === undefined) h = this.hash = new HashPart();
    h.add(key, value);
  }

  /** A new string key. */
  @jit.opaque
  private newStrKey(key: string, value: LuaValue): void {
    if (this.nodesUsed() >= this.hashCap) this.rehash(key);
    this.shape = this.shape.withKey(key);
    if (this.slots === EMPTY_VALUES) this.slots = newValueArray(0);
    this.slots.push(value);
  }

  /** unbound_search: the array part is full, look for a border past it. */
  private unboundSearch(start: number): number {
    let i = start;
    let j = start + 1;
    while (this.getInt(j) !== undefined) {
      i = j;
      j *= 2;
      if (j > MAX_INT) {
        // A table built to defeat the search: linear scan, as Lua does.
        i = 1;
        while (this.getInt(i) !== undefined) i++;
        return i - 1;
      }
    }
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (this.getInt(m) === undefined) j = m;
      else i = m;
    }
    return i;
  }

  /** ltable.c's rehash: new sizes for both parts, counting `extra` (the key being added). */
  private rehash(extra: LuaValue): void {
    const nums = NUMS;
    nums.fill(0);
    let nasize = this.countArray(nums);
    let totaluse = nasize;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== undefined) totaluse++;
    const h = this.hash;
    if (h !== undefined) {
      const keys = h.keys;
      const vals = h.vals;
      for (let i = 0; i < keys.length; i++) {
        if (vals[i] === undefined) continue;
        totaluse++;
        const k = arrayIndex(keys[i]);
        if (k > 0) {
          nums[ceilLog2(k)]++;
          nasize++;
        }
      }
    }
    const ek = arrayIndex(extra);
    if (ek > 0) {
      nums[ceilLog2(ek)]++;
      nasize++;
    }
    totaluse++;
    // computesizes: the largest power of two n with more than n/2 of 1..n in use
    let a = 0;
    let na = 0;
    let size = 0;
    for (let i = 0, twotoi = 1; Math.floor(twotoi / 2) < nasize; i++, twotoi *= 2) {
      if (nums[i] > 0) {
        a += nums[i];
        if (a > twotoi / 2) {
          size = twotoi;
          na = a;
        }
      }
      if (a === nasize) break;
    }
    this.resize(size, totaluse - na);
  }

  /** numusearray: count the non-nil array entries into nums by power-of-two slices. */
  private countArray(nums: Int32Array): number {
    const arr = this.arr;
    const size = arr.length;
    let total = 0;
    let i = 1;
    for (let lg = 0, ttlg = 1; lg <= MAXBITS; lg++, ttlg *= 2) {
      let lim = ttlg;
      if (lim > size) {
        lim = size;
        if (i > lim) break;
      }
      let c = 0;
      for (; i <= lim; i++) if (arr[i - 1] !== undefined) c++;
      nums[lg] += c;
      total += c;
    }
    return total;
  }

  /**
   * luaH_resize: array part of `nasize`, node part for `nhsize` keys (rounded up to a power of
   * two); entries move between the parts and nil-valued nodes are dropped.
   */
  private resize(nasize: number, nhsize: number): void {
    const oldArr = this.arr;
    const oldSize = oldArr.length;
    const oldHash = this.hash;
    let arr = oldArr;
    if (nasize > oldSize) {
      if (arr === EMPTY_VALUES) arr = newValueArray(0);
      while (arr.length < nasize) arr.push(undefined);
    }
    this.hashCap = nhsize > 0 ? 2 ** ceilLog2(nhsize) : 0;
    let hash: HashPart | undefined = undefined;
    if (nasize < oldSize) {
      // The vanishing slice of the array part moves to the hash part.
      for (let i = nasize; i < oldSize; i++) {
        const v = oldArr[i];
        if (v === undefined) continue;
        if (hash === undefined) hash = new HashPart();
        hash.add(i + 1, v);
      }
      arr = nasize === 0 ? EMPTY_VALUES : oldArr;
      if (arr !== EMPTY_VALUES) arr.length = nasize;
    }
    if (oldHash !== undefined) {
      if (hash === undefined && !this.hashChanges(oldHash, nasize)) {
        hash = oldHash; // every entry stays: keep the part as it is
      } else {
        const keys = oldHash.keys;
        const vals = oldHash.vals;
        for (let i = 0; i < keys.length; i++) {
          const v = vals[i];
          if (v === undefined) continue;
          const k = keys[i];
          const ai = typeof k === 'number' ? k - 1 : -1;
          if (ai >>> 0 === ai && ai < nasize) {
            arr[ai] = v;
          } else {
            if (hash === undefined) hash = new HashPart();
            hash.add(k, v);
          }
        }
      }
    }
    this.arr = arr;
    this.hash = hash;
    this.compactStrings();
  }

  /** Would resizing drop an entry of `h` (nil-valued) or move one into an array part of `nasize`? */
  private hashChanges(h: HashPart, nasize: number): boolean {
    const keys = h.keys;
    const vals = h.vals;
    for (let i = 0; i < keys.length; i++) {
      if (vals[i] === undefined) return true;
      const k = keys[i];
      if (typeof k === 'number' && k >= 1 && k <= nasize) return true;
    }
    return false;
  }

  /** Drop nil-valued string slots, moving to the shape of the remaining keys. */
  private compactStrings(): void {
    const slots = this.slots;
    let live = 0;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== undefined) live++;
    if (live === slots.length) return;
    if (live === 0) {
      this.shape = ROOT_SHAPE;
      this.slots = EMPTY_VALUES;
      return;
    }
    const oldKeys = this.shape.keys;
    const keys: string[] = [];
    const values = newValueArray(0);
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === undefined) continue;
      keys.push(oldKeys[i]);
      values.push(slots[i]);
    }
    this.shape = Shape.of(keys);
    this.slots = values;
  }
}

/** The errors of raw table operations (cold: built outside traced code). */
export const tableError = jit.opaque(function tableError(message: string): LuaError {
  return new LuaError(message);
});

/** The slot of `key` in a shared (immutable) shape, or -1: pure, so a JIT folds it on a constant shape. */
export const fieldSlot = jit.pure(function fieldSlot(shape: Shape, key: string): number {
  return shape.lookup(key);
});
