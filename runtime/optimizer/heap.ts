/**
 * Heap optimization: load/store forwarding, dead stores.
 *
 * One forward walk keeps three caches of what the heap holds at the current point:
 * fields `(object, field) -> value`, array items `(array, index, kind) -> value` and lengths
 * `(array, kind) -> length`. A read that hits the cache is replaced by the cached value; one that
 * misses is kept and its result cached. A store caches the stored value and invalidates every
 * entry it may overwrite (alias.ts says which): a field store the same field of every object that
 * may alias (and, for entries that were only read, every object whose prototype it may be); an
 * item store the items of arrays that may alias (JS arrays: same kind and an index that may be
 * equal; typed arrays: any typed kind whose storage may overlap, except a provably different
 * index of the same array); a JS-array item store also the length of arrays that may alias.
 *
 * Invariants:
 * - A cached value always has the type of the read it replaces; when types differ, the read
 *   stays.
 * - Typed arrays narrow on store (a `u8` store of 300 reads back 44): a stored value is cached
 *   only when `storeReadsBack` says it reads back unchanged (array-store.ts: the kind keeps
 *   every value, or the value provably fits). Accesses to typed arrays are in bounds (the
 *   recorder guards them: an int-typed read of an out-of-bounds index is not possible).
 * - Fields are data properties; items are own elements. Field names that are array indices,
 *   `length` or `__proto__` are never cached: a store to one drops all caches, since it may
 *   change array contents, lengths, or what every inherited read gives.
 * - `call` invalidates everything, except what it cannot reach: stored fields and the items and
 *   lengths of arrays allocated in this trace that have not escaped (its arguments escape first).
 *   `call_pure` and guards invalidate nothing; `getfield_imm` and `getarrayitem_imm` are never
 *   cached here and invalidate nothing (CSE merges them); they only observe pending stores, and
 *   a `getfield_imm` of a field this trace stored (an object it constructed) is that value.
 * - A store that writes the value its location is known to hold (from an earlier store to the
 *   same location) is removed.
 *
 * Dead stores: a store is pending until something could observe it. A later store to the same
 * location (same object or array, same field or index and kind) makes a pending store dead, and
 * it is removed. Observers: a read that may see the location (a kept load that may alias; for JS
 * arrays also `arraylen`), any guard or raising op (an exit must find the first store in the
 * heap, as the interpreter would have done it), any call, a label, the end of the trace. A read
 * that was forwarded observes nothing: it no longer happens.
 *
 * Loop rule: at the loop label all knowledge is dropped except cache entries that provably hold
 * in every iteration: neither object, index nor value is a varying label argument, and no op
 * after the label writes that field (no `setfield` with that descriptor), that array kind (for
 * typed arrays: any typed kind) or anything at all (`call`). Such reads of invariant objects are
 * thereby taken out of the loop body. Pending stores never cross the label.
 */

import { writesHeap } from '../ir/optable.js';
import {
  type ArrayKind,
  type FieldDescr,
  Op,
  type Trace,
  type Value,
} from '../ir/trace.js';
import { assertNever } from '../ir/types.js';
import { Allocations, sameValue } from './alias.js';
import { storeReadsBack } from './array-store.js';
import { intsDiffer, intsEqual } from './int-sums.js';
import { LoopRewriter } from './looprewriter.js';
import type { Pass, PassResult } from './pass.js';


interface FieldEntry {
  readonly obj: Value;
  readonly field: FieldDescr;
  value: Value;
  /** Set by a store: the object now has this property as its own. */
  readonly own: boolean;
}

interface ItemEntry {
  readonly arr: Value;
  readonly index: Value;
  readonly kind: ArrayKind;
  value: Value;
  readonly own: boolean;
}

interface LenEntry {
  readonly arr: Value;
  readonly kind: ArrayKind;
  len: Value;
}

interface PendingField {
  readonly obj: Value;
  readonly field: FieldDescr;
  readonly op: Op;
}

interface PendingItem {
  readonly arr: Value;
  readonly index: Value;
  readonly kind: ArrayKind;
  readonly op: Op;
}

/** Field names that alias array contents or prototypes: never cached. */
export function isSpecialField(name: string): boolean {
  return name === 'length' || name === '__proto__' || (/^(?:0|[1-9][0-9]*)$/.test(name) && Number(name) < 2 ** 32 - 1);
}

/** Can two index values be proven different? */

/** What the loop body may write, for the loop rule. */
interface BodyWrites {
  readonly fields: ReadonlySet<FieldDescr>;
  readonly kinds: ReadonlySet<ArrayKind>;
  /** A call, a store to a special field, or any other write: nothing survives. */
  readonly everything: boolean;
}

function bodyWrites(trace: Trace, labelIndex: number): BodyWrites {
  const fields = new Set<FieldDescr>();
  const kinds = new Set<ArrayKind>();
  let everything = false;
  for (const op of trace.ops.slice(labelIndex + 1)) {
    if (!writesHeap(op.opcode)) continue;
    const d = op.descr;
    if (op.opcode === 'setfield' && d?.kind === 'field' && !isSpecialField(d.name)) fields.add(d);
    else if (op.opcode === 'setarrayitem' && d?.kind === 'array') kinds.add(d.elem);
    else everything = true;
  }
  return { fields, kinds, everything };
}

class HeapOptimizer {
  private readonly rw: LoopRewriter;
  private readonly alloc = new Allocations();
  private fields: FieldEntry[] = [];
  /**
   * Every field this trace stored, with the value last stored: what a `getfield_imm` of it
   * reads (an immutable field is written only when its object is constructed, so calls do not
   * invalidate these; a later store to a field that may be the same does).
   */
  private stored: FieldEntry[] = [];
  private items: ItemEntry[] = [];
  private lens: LenEntry[] = [];
  private pendingFields: PendingField[] = [];
  private pendingItems: PendingItem[] = [];
  private readonly dead = new Set<Op>();

  constructor(private readonly trace: Trace) {
    this.rw = new LoopRewriter(trace);
  }

  run(): PassResult {
    for (const op of this.trace.ops) this.visit(op);
    const rw = this.rw;
    if (this.dead.size > 0) {
      const kept = rw.out.filter((op) => !this.dead.has(op));
      rw.out.length = 0;
      rw.out.push(...kept);
      for (const op of this.dead) rw.drop(op);
    }
    return rw.result(this.trace.inputs);
  }

  private visit(op: Op): void {
    const rw = this.rw;
    if (rw.isLoopLabel(op)) {
      this.enterLoop(op);
      return;
    }
    if (rw.isLoopJump(op)) {
      this.escapeArgs(op);
      this.clearPending();
      rw.emitJump(op);
      return;
    }
    rw.remapArgs(op);
    const opcode = op.opcode;
    switch (opcode) {
      case 'getfield':
        this.getfield(op);
        return;
      case 'getfield_imm': {
        // An immutable field the trace itself stored (its constructor ran here): that value.
        const field = this.field(op);
        const e = isSpecialField(field.name) ? undefined : this.stored.find((x) => x.field === field && sameValue(x.obj, op.args[0]!));
        if (e && e.value.type === op.type && rw.tryReplace(op, e.value)) return;
        this.readsFieldsOf(op.args[0]!);
        rw.emit(op);
        this.observeField(op.args[0]!, field);
        return;
      }
      case 'setfield':
        this.setfield(op);
        return;
      case 'getarrayitem':
        this.getarrayitem(op);
        return;
      case 'getarrayitem_imm':
        rw.emit(op);
        this.observeItem(op.args[0]!, op.args[1]!, this.kind(op));
        return;
      case 'setarrayitem':
        this.setarrayitem(op);
        return;
      case 'arraylen':
        this.arraylen(op);
        return;
      case 'new':
        rw.emit(op);
        this.alloc.allocated(op, false);
        return;
      case 'new_array':
        rw.emit(op);
        this.alloc.allocated(op, true);
        this.lens.push({ arr: op, kind: this.kind(op), len: op.args[0]! });
        return;
      case 'call':
        this.escapeArgs(op);
        rw.emit(op);
        this.afterCall();
        return;
      case 'call_pure':
        this.escapeArgs(op);
        rw.emit(op);
        this.clearPending();
        return;
      case 'guard_true':
      case 'guard_false':
      case 'guard_value':
      case 'guard_class':
      case 'guard_nonnull':
      case 'guard_isnull':
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf':
        rw.emit(op);
        this.clearPending();
        return;
      case 'label':
      case 'jump':
      case 'finish':
        this.escapeArgs(op);
        this.clearPending();
        rw.emit(op);
        return;
      case 'ref_eq':
      case 'ref_ne':
      case 'ref_is_null':
      case 'ref_typeof':
      case 'instance_of':
      case 'debug_merge_point':
      case 'virtualizable_array':
        rw.emit(op); // looks at a reference without handing it on
        return;
      case 'int_add':
      case 'int_sub':
      case 'int_mul':
      case 'int_div':
      case 'int_mod':
      case 'int_and':
      case 'int_or':
      case 'int_xor':
      case 'int_shl':
      case 'int_shr':
      case 'int_ushr':
      case 'int_neg':
      case 'int_invert':
      case 'int_lt':
      case 'int_le':
      case 'int_gt':
      case 'int_ge':
      case 'int_eq':
      case 'int_ne':
      case 'int_is_true':
      case 'float_add':
      case 'float_sub':
      case 'float_mul':
      case 'float_div':
      case 'float_mod':
      case 'float_pow':
      case 'float_neg':
      case 'float_abs':
      case 'float_lt':
      case 'float_le':
      case 'float_gt':
      case 'float_ge':
      case 'float_eq':
      case 'float_ne':
      case 'int_to_float':
      case 'uint_to_float':
      case 'float_to_int':
      case 'bool_not':
      case 'bool_to_int':
      case 'cast_int_to_ref':
      case 'cast_float_to_ref':
      case 'cast_bool_to_ref':
      case 'cast_ref_to_int':
      case 'cast_ref_to_float':
      case 'cast_ref_to_bool':
      case 'same_as':
        this.escapeArgs(op); // a copy of a reference is another name for it
        rw.emit(op);
        return;
      case 'input':
        throw new Error('input op inside the op list');
      default:
        assertNever(opcode, 'opcode');
    }
  }

  // ---- descriptors and small helpers -----------------------------------------------------------

  private field(op: Op): FieldDescr {
    const d = op.descr;
    if (d?.kind !== 'field') throw new Error(`${op.opcode} without field descriptor`);
    return d;
  }

  private kind(op: Op): ArrayKind {
    const d = op.descr;
    if (d?.kind !== 'array') throw new Error(`${op.opcode} without array descriptor`);
    return d.elem;
  }

  private escapeArgs(op: Op): void {
    for (const a of op.args) this.alloc.escape(a);
  }

  /** Reading a field of a fresh typed array may give its buffer away. */
  private readsFieldsOf(obj: Value): void {
    if (this.alloc.isFreshArray(obj)) this.alloc.escape(obj);
  }

  /** May a store to `p`'s field change what the cached read `e` gives? */
  private storeReaches(p: Value, e: { obj: Value; own: boolean }): boolean {
    return this.alloc.mayAlias(p, e.obj) || (!e.own && this.alloc.mayBePrototype(p));
  }

  /** May a store to item (arr, index) of kind `kind` change the item `e`? */
  /** Certainly the same index: one value, or one base at one offset (int-sums.ts). */
  private sameIndex(a: Value, b: Value): boolean {
    return sameValue(a, b) || intsEqual(a, b, (v) => this.rw.definition(v));
  }

  /** Certainly different indices: different constants, or one base at different offsets (int-sums.ts). */
  private indicesDiffer(a: Value, b: Value): boolean {
    if (!(a instanceof Op) && !(b instanceof Op)) return !sameValue(a, b);
    return intsDiffer(a, b, (v) => this.rw.definition(v));
  }

  private itemHit(arr: Value, index: Value, kind: ArrayKind, e: { arr: Value; index: Value; kind: ArrayKind }): boolean {
    if (kind === 'any' || e.kind === 'any') {
      return kind === e.kind && this.alloc.mayAlias(arr, e.arr) && !this.indicesDiffer(index, e.index);
    }
    if (!this.alloc.mayOverlap(arr, e.arr)) return false;
    return !(sameValue(arr, e.arr) && kind === e.kind && this.indicesDiffer(index, e.index));
  }

  private clearPending(): void {
    this.pendingFields = [];
    this.pendingItems = [];
  }

  private clearCaches(): void {
    this.fields = [];
    this.items = [];
    this.lens = [];
  }

  // ---- reads ------------------------------------------------------------------------------------

  private getfield(op: Op): void {
    const obj = op.args[0]!;
    const field = this.field(op);
    this.readsFieldsOf(obj);
    if (isSpecialField(field.name)) {
      this.rw.emit(op);
      this.clearPending();
      return;
    }
    const e = this.fields.find((x) => x.field === field && sameValue(x.obj, obj));
    if (e && e.value.type === op.type && this.rw.tryReplace(op, e.value)) return;
    this.rw.emit(op);
    this.observeField(obj, field);
    if (e) e.value = op;
    else this.fields.push({ obj, field, value: op, own: false });
  }

  /** A kept read of `obj.field` sees pending stores that reach it. */
  private observeField(obj: Value, field: FieldDescr): void {
    this.pendingFields = this.pendingFields.filter((p) => p.field !== field || !this.storeReaches(p.obj, { obj, own: false }));
  }

  private getarrayitem(op: Op): void {
    const [arr, index] = op.args as [Value, Value];
    const kind = this.kind(op);
    const e = this.items.find((x) => x.kind === kind && sameValue(x.arr, arr) && this.sameIndex(x.index, index));
    if (e && e.value.type === op.type && this.rw.tryReplace(op, e.value)) return;
    this.rw.emit(op);
    this.observeItem(arr, index, kind);
    if (e) e.value = op;
    else this.items.push({ arr, index, kind, value: op, own: false });
  }

  /** A kept read of item (arr, index) of kind `kind` sees pending stores that reach it. */
  private observeItem(arr: Value, index: Value, kind: ArrayKind): void {
    this.pendingItems = this.pendingItems.filter((p) => !this.itemHit(p.arr, p.index, p.kind, { arr, index, kind }));
  }

  private arraylen(op: Op): void {
    const arr = op.args[0]!;
    const kind = this.kind(op);
    const e = this.lens.find((x) => x.kind === kind && sameValue(x.arr, arr));
    if (e && e.len.type === op.type && this.rw.tryReplace(op, e.len)) return;
    this.rw.emit(op);
    // A JS array's length changes with item stores: pending ones become visible.
    if (kind === 'any') this.pendingItems = this.pendingItems.filter((p) => p.kind !== 'any' || !this.alloc.mayAlias(p.arr, arr));
    if (e) e.len = op;
    else this.lens.push({ arr, kind, len: op });
  }

  // ---- writes -----------------------------------------------------------------------------------

  private setfield(op: Op): void {
    const [obj, value] = op.args as [Value, Value];
    const field = this.field(op);
    this.alloc.escape(value);
    if (isSpecialField(field.name)) {
      this.clearCaches();
      this.clearPending();
      this.rw.emit(op);
      return;
    }
    const e = this.fields.find((x) => x.field === field && sameValue(x.obj, obj));
    if (e && e.own && sameValue(e.value, value)) {
      this.rw.drop(op); // the location already holds this value
      return;
    }
    this.fields = this.fields.filter((x) => x.field !== field || (!sameValue(x.obj, obj) && !this.storeReaches(obj, x)));
    this.fields.push({ obj, field, value, own: true });
    this.stored = this.stored.filter((x) => x.field !== field || (!sameValue(x.obj, obj) && !this.storeReaches(obj, x)));
    this.stored.push({ obj, field, value, own: true });
    const k = this.pendingFields.findIndex((p) => p.field === field && sameValue(p.obj, obj));
    if (k >= 0) {
      this.dead.add(this.pendingFields[k]!.op);
      this.pendingFields.splice(k, 1);
    }
    this.pendingFields.push({ obj, field, op });
    this.rw.emit(op);
  }

  private setarrayitem(op: Op): void {
    const [arr, index, value] = op.args as [Value, Value, Value];
    const kind = this.kind(op);
    this.alloc.escape(value);
    const e = this.items.find((x) => x.kind === kind && sameValue(x.arr, arr) && this.sameIndex(x.index, index));
    if (e && e.own && sameValue(e.value, value)) {
      this.rw.drop(op);
      return;
    }
    this.items = this.items.filter((x) => !this.itemHit(arr, index, kind, x));
    if (kind === 'any') this.lens = this.lens.filter((x) => x.kind !== 'any' || !this.alloc.mayAlias(arr, x.arr));
    if (storeReadsBack(kind, value, (v) => this.rw.definition(v))) this.items.push({ arr, index, kind, value, own: true });
    const k = this.pendingItems.findIndex((p) => p.kind === kind && sameValue(p.arr, arr) && this.sameIndex(p.index, index));
    if (k >= 0) {
      this.dead.add(this.pendingItems[k]!.op);
      this.pendingItems.splice(k, 1);
    }
    this.pendingItems.push({ arr, index, kind, op });
    this.rw.emit(op);
  }

  /** A residual call may read and write everything reachable: what is private survives. */
  private afterCall(): void {
    const priv = (v: Value): boolean => this.alloc.isPrivate(v);
    this.fields = this.fields.filter((e) => e.own && priv(e.obj));
    this.items = this.items.filter((e) => priv(e.arr));
    this.lens = this.lens.filter((e) => priv(e.arr));
    this.clearPending();
  }

  // ---- the loop rule ----------------------------------------------------------------------------

  private enterLoop(label: Op): void {
    const rw = this.rw;
    const body = bodyWrites(this.trace, rw.shape!.labelIndex);
    const v = (x: Value): boolean => rw.isVarying(x);
    const typedWritten = [...body.kinds].some((k) => k !== 'any');
    const kindWritten = (k: ArrayKind): boolean => (k === 'any' ? body.kinds.has('any') : typedWritten);
    if (body.everything) this.clearCaches();
    this.fields = this.fields.filter((e) => !body.fields.has(e.field) && !v(e.obj) && !v(e.value));
    this.stored = this.stored.filter((e) => !body.fields.has(e.field) && !v(e.obj) && !v(e.value));
    this.items = this.items.filter((e) => !kindWritten(e.kind) && !v(e.arr) && !v(e.index) && !v(e.value));
    this.lens = this.lens.filter((e) => (e.kind !== 'any' || !body.kinds.has('any')) && !v(e.arr) && !v(e.len));
    this.clearPending();
    this.alloc.enterLoop(rw.varying);
    rw.enterLoop(label);
  }
}

export const heapPass: Pass = {
  name: 'heap',
  description: 'Heap optimization: load/store forwarding, dead stores',
  run(trace: Trace): PassResult {
    return new HeapOptimizer(trace).run();
  },
};
