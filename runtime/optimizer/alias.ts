/**
 * Alias analysis for the heap pass: which references may name the same object, which arrays
 * may share storage, and which objects this trace allocated and still holds privately.
 *
 * What is known for sure:
 * - An object made by `new` / `new_array` in this trace is distinct from every object that
 *   existed before it (constants included) and from every other allocation.
 * - Until it escapes, no other reference to it can exist, so it is distinct from *every* other
 *   value. It escapes when it is used in any way that could hand it to someone else: stored as a
 *   value, passed to a call (pure calls may return it), copied or cast, passed through a label or
 *   jump. Being the object of a heap access, a guard, or a comparison is not an escape. A fresh
 *   typed array escapes when a field of it is read (its `buffer` would give its storage away).
 * - Two different constants are different objects.
 * - Typed arrays are views: two different typed arrays, even of different kinds, may share
 *   memory, unless one is a private allocation or both are constants on different buffers
 *   (a view's buffer never changes).
 * - A store to a field of `p` can also change what a read of that field on `o` gives when `p` is
 *   on `o`'s prototype chain and `o` has no own property of that name. Prototype chains are not
 *   known at compile time, so any object may be a prototype, except a private allocation or a
 *   primitive. After a store, `o` has the property as its own (fields are data properties), and
 *   prototypes no longer matter for it.
 *
 * Loop rule: at the loop label, a varying label argument is no longer "this trace's allocation"
 * (in the body it is whatever the jump passed), and every allocation of the preamble counts as
 * escaped (the body may let it escape, and the next iteration then starts with it escaped).
 */

import { Const, Op, type Value } from '../ir/trace.js';

/** Same value: the same op, or constants of the same type and `Object.is` value. */
export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  return a instanceof Const && b instanceof Const && a.type === b.type && Object.is(a.value, b.value);
}

/** Is the value a primitive constant (which cannot be a prototype or be written through)? */
const isPrimitiveConst = (v: Value): boolean =>
  v instanceof Const && (v.value === null || (typeof v.value !== 'object' && typeof v.value !== 'function'));

export class Allocations {
  /** Allocations of this trace: true for arrays (`new_array`). */
  private readonly fresh = new Map<Op, boolean>();
  private readonly escaped = new Set<Op>();

  allocated(op: Op, isArray: boolean): void {
    this.fresh.set(op, isArray);
  }

  isFresh(v: Value): boolean {
    return v instanceof Op && this.fresh.has(v);
  }

  isFreshArray(v: Value): boolean {
    return v instanceof Op && this.fresh.get(v) === true;
  }

  /** An allocation of this trace that nothing else can have a reference to. */
  isPrivate(v: Value): boolean {
    return v instanceof Op && this.fresh.has(v) && !this.escaped.has(v);
  }

  escape(v: Value): void {
    if (v instanceof Op && this.fresh.has(v)) this.escaped.add(v);
  }

  enterLoop(varying: ReadonlySet<Op>): void {
    for (const v of varying) this.fresh.delete(v);
    for (const v of this.fresh.keys()) this.escaped.add(v);
  }

  /** May `a` and `b` be the same object? */
  mayAlias(a: Value, b: Value): boolean {
    if (sameValue(a, b)) return true;
    if (a instanceof Const && b instanceof Const) return false;
    if (this.isFresh(a) && (this.isFresh(b) || b instanceof Const)) return false;
    if (this.isFresh(b) && a instanceof Const) return false;
    return !this.isPrivate(a) && !this.isPrivate(b);
  }

  /** May typed arrays `a` and `b` share storage? */
  mayOverlap(a: Value, b: Value): boolean {
    if (sameValue(a, b)) return true;
    if (a instanceof Const && b instanceof Const) {
      const x = a.value;
      const y = b.value;
      if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) return x.buffer === y.buffer;
      return false;
    }
    if (this.isFresh(a) && (this.isFresh(b) || b instanceof Const)) return false;
    if (this.isFresh(b) && a instanceof Const) return false;
    return !this.isPrivate(a) && !this.isPrivate(b);
  }

  /** May `p` be on some object's prototype chain? */
  mayBePrototype(p: Value): boolean {
    return !this.isPrivate(p) && !isPrimitiveConst(p);
  }
}
