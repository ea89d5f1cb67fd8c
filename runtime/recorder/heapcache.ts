/**
 * The recorder's heap cache: what is known about the heap and about boxes at the current point
 * of the trace being recorded, so that reads of known locations and guards of known facts are
 * not recorded at all (RPython's heapcache).
 *
 * Knowledge kept:
 * - fields: `(object, field) -> box`, from a recorded read or write. An entry remembers whether
 *   it came from a write (`stored`: an own property now) or a read (possibly inherited from the
 *   prototype chain). Reads of immutable fields (`getfield_imm`) are kept apart and never
 *   invalidated: an immutable field has its final value before any trace can read it; so are
 *   reads of immutable array items (`getarrayitem_imm`), `(array, index, kind) -> box`;
 * - array items: `(array, index, kind) -> box`, the index a box or an int constant;
 * - array lengths: `array -> box`;
 * - known prototypes (after `guard_class` or `new`) and known non-null boxes;
 * - fresh objects: allocated by `new`/`new_array` in this trace, and whether they escaped.
 *
 * Keys. A box that is an `Op` is its own key; a `Const` is keyed by its value, so two constants
 * naming one object share entries. Boxes of the same object under different keys are the
 * reason for alias analysis below.
 *
 * Aliasing (may two boxes be the same object?): not when both are distinct constants, both are
 * distinct fresh objects, one is a fresh object that never escaped (nothing but its own box can
 * refer to it), or their known prototypes differ. Typed arrays alias by storage, not identity
 * (two views may share a buffer): distinct only when both are fresh (each owns its buffer) or
 * one never escaped (nobody could have made a view on its buffer).
 *
 * Escape. A fresh object escapes when it is passed to a call, promoted, copied by `same_as`,
 * or stored into anything but a fresh object that has not escaped; in that last case it escapes
 * with its container. Reading a reference out of an unescaped fresh object without forwarding
 * escapes what was stored in it (the read gives one of them under a new box).
 *
 * Invalidation:
 * - a field write invalidates that field on objects that may alias, and every entry of that
 *   field that came from a read unless the written object is fresh and unescaped (it could be
 *   someone's prototype otherwise, and reads may have been inherited from it);
 * - a JS-array (`any`) item write invalidates items of arrays that may alias at indices that may
 *   be equal (an index box may equal anything; two constants only themselves), and lengths of
 *   JS arrays that may alias (a write past the end grows the array) unless both the index and
 *   the length are constants and the index is below the length;
 * - a typed-array item write invalidates the same kind's item at a possibly equal index of the
 *   same array, and all items of every typed array whose storage may overlap;
 * - `call` (after escaping its arguments) invalidates every entry except those about fresh
 *   objects that never escaped (nothing else can reach them): their stored fields, items and
 *   lengths survive; known prototypes, non-null facts and escape states always survive;
 * - a write to a field named like an array index, `length` or `__proto__` drops all heap
 *   entries (it may change items, lengths, or what every inherited read gives; `__proto__` also
 *   drops known prototypes). Such fields are never cached.
 *
 * Assumptions (the same as the optimizer's heap pass): fields are data properties, items are own
 * elements, prototypes change only through `__proto__` fields, typed-array accesses are in
 * bounds (the recorder checks that concretely; the tracer guards it).
 *
 * Narrowing: a store to a typed array kind that narrows (`ARRAY_STORE_EXACT` false) does not
 * cache the stored box; the recorder passes the read-back constant instead when the stored value
 * is a constant. That choice is the caller's (`writeItem`'s `readBack`).
 */

import { type ArrayKind, type FieldDescr, type Op, type Value } from '../ir/trace.js';

interface FieldEntry {
  readonly obj: Value;
  readonly value: Value;
  /** Written in this trace (an own property), rather than read (maybe inherited). */
  readonly stored: boolean;
}

interface ArrayEntry {
  readonly arr: Value;
  /** Index key (an `Op`, or the index constant's number) -> box. */
  readonly items: Map<unknown, Value>;
}

interface LengthEntry {
  readonly arr: Value;
  readonly len: Value;
  readonly kind: ArrayKind;
}

interface Fresh {
  escaped: boolean;
  /** Fresh objects stored into this one while neither had escaped. */
  holds: Op[] | null;
}

const keyOf = (v: Value): unknown => (v.isConst ? v.value : v);

const uncacheable = new Map<FieldDescr, boolean>();
/** Array-index names, `length` and `__proto__` are never cached (see the header). */
export function isSpecialField(d: FieldDescr): boolean {
  let r = uncacheable.get(d);
  if (r === undefined) {
    const n = d.name;
    const asIndex = Number(n) >>> 0;
    r = n === 'length' || n === '__proto__' || (String(asIndex) === n && asIndex !== 4294967295);
    uncacheable.set(d, r);
  }
  return r;
}

export class HeapCache {
  /** Field entries that a write elsewhere may invalidate (every entry but the next kind). */
  private readonly fields = new Map<FieldDescr, Map<unknown, FieldEntry>>();
  /**
   * Field entries written to fresh objects that have not escaped: no other write and no call
   * can touch them, so they are kept apart and never scanned when something else is written
   * (without this, a trace allocating many objects would make every write cost linear time).
   * They move to `fields` when their object escapes.
   */
  private readonly ownFields = new Map<FieldDescr, Map<Op, FieldEntry>>();
  /**
   * What immutable fields (`getfield_imm`) hold: read, or written while their object was being
   * constructed in this trace. Never invalidated.
   */
  private readonly immutable = new Map<FieldDescr, Map<unknown, Value>>();
  private readonly items = new Map<ArrayKind, Map<unknown, ArrayEntry>>();
  /** Reads of immutable array items (`getarrayitem_imm`): never invalidated. */
  private readonly immItems = new Map<ArrayKind, Map<unknown, Map<unknown, Value>>>();
  private readonly lengths = new Map<unknown, LengthEntry>();
  private readonly protos = new Map<Op, unknown>();
  private readonly nonnull = new Set<Op>();
  private readonly fresh = new Map<Op, Fresh>();

  // ---- facts about boxes ---------------------------------------------------------------------

  /** The prototype the object is known to have, or undefined. */
  knownProto(v: Value): unknown {
    if (v.isConst) {
      const x = v.value;
      return (typeof x === 'object' && x !== null) || typeof x === 'function' ? Object.getPrototypeOf(x) : undefined;
    }
    return this.protos.get(v);
  }

  isNonNull(v: Value): boolean {
    return v.isConst ? v.value != null : this.nonnull.has(v);
  }

  /** After `guard_class`: the prototype, and so also non-null. */
  learnProto(v: Op, proto: unknown): void {
    this.protos.set(v, proto);
    this.nonnull.add(v);
  }

  learnNonNull(v: Op): void {
    this.nonnull.add(v);
  }

  isFresh(v: Value): boolean {
    return !v.isConst && this.fresh.has(v);
  }

  /** Fresh and never escaped: only its own box refers to it. */
  isUnescaped(v: Value): boolean {
    if (v.isConst) return false;
    const f = this.fresh.get(v);
    return f !== undefined && !f.escaped;
  }

  /** A fresh object (`new`, `new_array`): non-null, class and length known. */
  allocated(v: Op, proto: unknown, length: Value | null, kind: ArrayKind | null): void {
    this.fresh.set(v, { escaped: false, holds: null });
    this.nonnull.add(v);
    if (proto !== undefined) this.protos.set(v, proto);
    if (length !== null) this.lengths.set(v, { arr: v, len: length, kind: kind! });
  }

  escape(v: Value): void {
    if (v.isConst) return;
    const f = this.fresh.get(v);
    if (f === undefined || f.escaped) return;
    f.escaped = true;
    for (const [d, own] of this.ownFields) {
      const e = own.get(v);
      if (e === undefined) continue;
      own.delete(v);
      let m = this.fields.get(d);
      if (m === undefined) this.fields.set(d, (m = new Map()));
      m.set(v, e);
    }
    const held = f.holds;
    f.holds = null;
    if (held !== null) for (const h of held) this.escape(h);
  }

  /** `v` was stored into `container`. */
  private noteStore(container: Value, v: Value): void {
    if (v.isConst) return;
    const fv = this.fresh.get(v);
    if (fv === undefined || fv.escaped) return;
    const fc = container.isConst ? undefined : this.fresh.get(container);
    if (fc !== undefined && !fc.escaped) (fc.holds ??= []).push(v);
    else this.escape(v);
  }

  /** A reference was read out of `container` without forwarding. */
  private readRef(container: Value): void {
    if (container.isConst) return;
    const fc = this.fresh.get(container);
    if (fc === undefined || fc.holds === null) return;
    const held = fc.holds;
    fc.holds = null;
    for (const h of held) this.escape(h);
  }

  // ---- aliasing ------------------------------------------------------------------------------

  /** May the two boxes be the same object? */
  mayAlias(a: Value, b: Value): boolean {
    if (a === b) return true;
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka === kb) return true;
    if (a.isConst && b.isConst) return false;
    const fa = a.isConst ? undefined : this.fresh.get(a);
    const fb = b.isConst ? undefined : this.fresh.get(b);
    if (fa !== undefined && fb !== undefined) return false;
    if ((fa !== undefined && !fa.escaped) || (fb !== undefined && !fb.escaped)) return false;
    const pa = this.knownProto(a);
    const pb = this.knownProto(b);
    return pa === undefined || pb === undefined || pa === pb;
  }

  /** May the storage of the two typed arrays overlap? */
  mayOverlap(a: Value, b: Value): boolean {
    if (keyOf(a) === keyOf(b)) return true;
    const fa = a.isConst ? undefined : this.fresh.get(a);
    const fb = b.isConst ? undefined : this.fresh.get(b);
    if (fa !== undefined && fb !== undefined) return false;
    return !((fa !== undefined && !fa.escaped) || (fb !== undefined && !fb.escaped));
  }

  // ---- fields --------------------------------------------------------------------------------

  field(obj: Value, d: FieldDescr): Value | undefined {
    if (!obj.isConst) {
      const own = this.ownFields.get(d)?.get(obj);
      if (own !== undefined) return own.value;
    }
    return this.fields.get(d)?.get(keyOf(obj))?.value;
  }

  /** A recorded read of `obj.d` gave `value`. */
  readField(obj: Value, d: FieldDescr, value: Op): void {
    if (value.type === 'ref') this.readRef(obj);
    if (isSpecialField(d)) return;
    let m = this.fields.get(d);
    if (m === undefined) this.fields.set(d, (m = new Map()));
    m.set(keyOf(obj), { obj, value, stored: false });
  }

  /** A recorded write `obj.d = value`. */
  writeField(obj: Value, d: FieldDescr, value: Value): void {
    this.noteStore(obj, value);
    if (isSpecialField(d)) {
      this.dropHeap();
      if (d.name === '__proto__') this.protos.clear();
      return;
    }
    let m = this.fields.get(d);
    if (m === undefined) this.fields.set(d, (m = new Map()));
    const key = keyOf(obj);
    // What a later read of the field as immutable gives: a readonly field is written when its
    // object is constructed (here, while it is fresh), and a write seen later replaces it.
    const fresh = this.isUnescaped(obj);
    let imm = this.immutable.get(d);
    if (fresh || imm?.has(key)) {
      if (imm === undefined) this.immutable.set(d, (imm = new Map()));
      imm.set(key, value);
    }
    if (fresh) {
      // Nothing else can be this object or inherit from it: only its own entry changes.
      m.delete(key);
      let own = this.ownFields.get(d);
      if (own === undefined) this.ownFields.set(d, (own = new Map()));
      own.set(obj as Op, { obj, value, stored: true });
      return;
    }
    for (const [k, e] of m) {
      if (k !== key && (!e.stored || this.mayAlias(obj, e.obj))) m.delete(k);
    }
    m.set(key, { obj, value, stored: true });
  }

  immField(obj: Value, d: FieldDescr): Value | undefined {
    return this.immutable.get(d)?.get(keyOf(obj));
  }

  /** A recorded read of the immutable field `obj.d` gave `value`. */
  readImmField(obj: Value, d: FieldDescr, value: Op): void {
    if (value.type === 'ref') this.readRef(obj);
    let m = this.immutable.get(d);
    if (m === undefined) this.immutable.set(d, (m = new Map()));
    m.set(keyOf(obj), value);
  }

  // ---- array items and lengths ---------------------------------------------------------------

  item(arr: Value, index: Value, kind: ArrayKind): Value | undefined {
    return this.items.get(kind)?.get(keyOf(arr))?.items.get(keyOf(index));
  }

  readItem(arr: Value, index: Value, kind: ArrayKind, value: Op): void {
    if (value.type === 'ref') this.readRef(arr);
    this.entryOf(arr, kind).items.set(keyOf(index), value);
  }

  /**
   * A recorded write `arr[index] = value`; `readBack` is what a read of that item now gives, as
   * a box, or null when that is not known (a narrowing store of a non-constant).
   */
  writeItem(arr: Value, index: Value, kind: ArrayKind, value: Value, readBack: Value | null): void {
    this.noteStore(arr, value);
    const key = keyOf(arr);
    if (kind === 'any') {
      const m = this.items.get('any');
      if (m !== undefined) for (const [k, e] of m) if (k === key || this.mayAlias(arr, e.arr)) forgetIndex(e.items, index);
      for (const [k, e] of this.lengths) {
        if (e.kind === 'any' && !withinLength(index, e.len) && this.mayAlias(arr, e.arr)) this.lengths.delete(k);
      }
    } else {
      for (const [kk, m] of this.items) {
        if (kk === 'any') continue;
        for (const [k, e] of m) {
          if (k === key && kk === kind) forgetIndex(e.items, index);
          else if (this.mayOverlap(arr, e.arr)) m.delete(k);
        }
      }
    }
    if (readBack !== null) this.entryOf(arr, kind).items.set(keyOf(index), readBack);
  }

  immItem(arr: Value, index: Value, kind: ArrayKind): Value | undefined {
    return this.immItems.get(kind)?.get(keyOf(arr))?.get(keyOf(index));
  }

  /** A recorded read of the immutable item `arr[index]` gave `value`. */
  readImmItem(arr: Value, index: Value, kind: ArrayKind, value: Op): void {
    if (value.type === 'ref') this.readRef(arr);
    let byArr = this.immItems.get(kind);
    if (byArr === undefined) this.immItems.set(kind, (byArr = new Map()));
    const key = keyOf(arr);
    let m = byArr.get(key);
    if (m === undefined) byArr.set(key, (m = new Map()));
    m.set(keyOf(index), value);
  }

  length(arr: Value): Value | undefined {
    return this.lengths.get(keyOf(arr))?.len;
  }

  readLength(arr: Value, kind: ArrayKind, len: Value): void {
    this.lengths.set(keyOf(arr), { arr, len, kind });
  }

  private entryOf(arr: Value, kind: ArrayKind): ArrayEntry {
    let m = this.items.get(kind);
    if (m === undefined) this.items.set(kind, (m = new Map()));
    const key = keyOf(arr);
    let e = m.get(key);
    if (e === undefined) m.set(key, (e = { arr, items: new Map() }));
    return e;
  }

  // ---- calls -----------------------------------------------------------------------------------

  /** A residual call with these arguments (the function included) is about to run. */
  call(args: readonly Value[]): void {
    for (const a of args) this.escape(a);
    if (this.fresh.size === 0) {
      this.dropHeap();
      return;
    }
    this.fields.clear();
    for (const m of this.items.values()) {
      for (const [k, e] of m) if (!this.isUnescaped(e.arr)) m.delete(k);
    }
    for (const [k, e] of this.lengths) if (!this.isUnescaped(e.arr)) this.lengths.delete(k);
  }

  private dropHeap(): void {
    this.fields.clear();
    this.ownFields.clear();
    this.items.clear();
    this.lengths.clear();
  }
}

/** Is the index a constant below a constant length (so a write there cannot grow the array)? */
function withinLength(index: Value, len: Value): boolean {
  return index.isConst && len.isConst && (index.value as number) >= 0 && (index.value as number) < (len.value as number);
}

/** Forget the items that a write at `index` may overwrite. */
function forgetIndex(items: Map<unknown, Value>, index: Value): void {
  if (!index.isConst) {
    items.clear();
    return;
  }
  const c = index.value;
  for (const k of items.keys()) if (k === c || typeof k !== 'number') items.delete(k);
}
