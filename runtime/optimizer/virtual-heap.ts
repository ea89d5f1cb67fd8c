/**
 * The abstract heap of allocation removal: the objects and arrays a trace allocates that the
 * optimized trace does not (yet) allocate, and what forcing one of them emits.
 *
 * Each virtual is identified by its *key*: an allocation op (`new(@C)` or `new_array(n, [k])`)
 * that is not in the output. Values in the output that stand for the virtual are that key, so
 * the key can be recorded as a field of another virtual, and forcing is simply emitting the key
 * op followed by its stores: from then on the key is an ordinary op and nothing needs renaming.
 *
 * Invariants:
 * - A virtual is live from its allocation until it is forced (or the heap is cleared at a loop
 *   label); `lookup` answers only for live virtuals. A forced virtual never becomes live again.
 * - Object fields are kept in the order first set (a `Map`), which is the order the stores are
 *   emitted and snapshots describe them in. A field never set is absent.
 * - Array items are always `length` values; an item never set is its kind's default (`undefined`
 *   for `any`, 0 for typed arrays). Items are stored *as read back*: `storedItem` converts
 *   constants through the typed array and refuses values whose narrowing is unknown.
 * - Every change of a virtual (a store, being forced) gives it a fresh `version`, so that
 *   snapshot descriptions built earlier can tell whether they still describe it.
 * - Forcing emits every live virtual reachable from the forced one (they become reachable from
 *   the heap): all allocations first, then all stores, so cycles need no special case.
 */

import {
  ARRAY_CONSTRUCTOR,
  type ArrayDescr,
  Const,
  type FieldDescr,
  Op,
  type Value,
  constInt,
  newOp,
} from '../ir/trace.js';
import { type Type, valueHasType } from '../ir/types.js';

/** Longest array that allocation removal keeps virtual. */
export const MAX_VIRTUAL_ARRAY = 64;

export interface VObject {
  readonly kind: 'object';
  readonly key: Op;
  readonly cls: Const;
  readonly fields: Map<FieldDescr, Value>;
  version: number;
}

export interface VArray {
  readonly kind: 'array';
  readonly key: Op;
  readonly descr: ArrayDescr;
  readonly items: Value[];
  version: number;
}

export type VState = VObject | VArray;

/** The default item of an array kind: what `new_array` fills it with. */
export function defaultItem(descr: ArrayDescr): Const {
  return descr.elem === 'any' ? new Const('ref', undefined) : constInt(0);
}

function isDefaultItem(descr: ArrayDescr, v: Value): boolean {
  return v instanceof Const && (descr.elem === 'any' ? v.value === undefined : Object.is(v.value, 0));
}

/**
 * What reading an item back gives after storing `v` into an array of this kind, or null when
 * that is not known at optimization time (a narrowing store of a non-constant).
 */
export function storedItem(descr: ArrayDescr, v: Value): Value | null {
  const elem = descr.elem;
  if (elem === 'any') return v;
  if (v instanceof Const) {
    if (typeof v.value !== 'number') return null;
    const C = ARRAY_CONSTRUCTOR[elem] as unknown as new (n: number) => { [k: number]: number };
    const a = new C(1);
    a[0] = v.value;
    const r = a[0]!;
    return valueHasType(r, 'int') ? constInt(r) : new Const('float', r);
  }
  if (elem === 'i32' && v.type === 'int') return v;
  if (elem === 'f64' && (v.type === 'int' || v.type === 'float')) return v;
  return null;
}

/** A recorded value as read by an op of result type `type`, or null when the types disagree. */
export function readAs(v: Value, type: Type): Value | null {
  if (v instanceof Const) {
    if (v.type === type) return v;
    return type !== 'void' && valueHasType(v.value, type) ? new Const(type, v.value) : null;
  }
  return v.type === type ? v : null;
}

/** The prototype objects of a virtual's class, or null when the class is not a constructor. */
export function classPrototype(cls: Const): object | null {
  const c = cls.value;
  if (typeof c !== 'function') return null;
  const p = (c as { prototype?: unknown }).prototype;
  return typeof p === 'object' && p !== null ? p : null;
}

/**
 * May a field of a virtual instance be tracked as a plain own property? Not when the class's
 * prototype chain has a property of that name: reads would find it (or run a getter) and
 * stores might run a setter.
 */
export function plainField(cls: Const, d: FieldDescr): boolean {
  const p = classPrototype(cls);
  return p !== null && !(d.name in p);
}

/** The prototype of a virtual when built: its class's, or its array kind's constructor's. */
/**
 * What `instance_of(x, cls)` gives for an object whose prototype is `proto`: whether the
 * class's prototype is on its chain; null when `cls` is not a constant class.
 */
export function instanceOfPrototype(proto: object, cls: Value): boolean | null {
  const cp = cls instanceof Const ? classPrototype(cls) : null;
  return cp === null ? null : proto === cp || Object.prototype.isPrototypeOf.call(cp, proto);
}

export function prototypeOf(vs: VState): object | null {
  return vs.kind === 'object' ? classPrototype(vs.cls) : (ARRAY_CONSTRUCTOR[vs.descr.elem].prototype as object);
}

export class VirtualHeap {
  private readonly live = new Map<Op, VState>();
  private clock = 0;

  /** The live virtual a value stands for, if any. */
  lookup(v: Value): VState | undefined {
    return v instanceof Op ? this.live.get(v) : undefined;
  }

  isLive(vs: VState): boolean {
    return this.live.get(vs.key) === vs;
  }

  get size(): number {
    return this.live.size;
  }

  object(key: Op, cls: Const): VObject {
    const vs: VObject = { kind: 'object', key, cls, fields: new Map(), version: ++this.clock };
    this.live.set(key, vs);
    return vs;
  }

  array(key: Op, descr: ArrayDescr, length: number): VArray {
    const items = new Array<Value>(length).fill(defaultItem(descr));
    const vs: VArray = { kind: 'array', key, descr, items, version: ++this.clock };
    this.live.set(key, vs);
    return vs;
  }

  setField(vs: VObject, d: FieldDescr, v: Value): void {
    vs.fields.set(d, v);
    vs.version = ++this.clock;
  }

  setItem(vs: VArray, index: number, v: Value): void {
    vs.items[index] = v;
    vs.version = ++this.clock;
  }

  /** The values a virtual holds, in field (or index) order. */
  contents(vs: VState): Value[] {
    return vs.kind === 'object' ? [...vs.fields.values()] : vs.items;
  }

  /** The live virtuals reachable from `vs` through its contents, `vs` first (preorder). */
  reachable(vs: VState): VState[] {
    const out: VState[] = [];
    const seen = new Set<VState>();
    const visit = (x: VState): void => {
      if (seen.has(x)) return;
      seen.add(x);
      out.push(x);
      for (const v of this.contents(x)) {
        const y = this.lookup(v);
        if (y) visit(y);
      }
    };
    visit(vs);
    return out;
  }

  /**
   * Force a live virtual: it and every live virtual reachable from it stop being virtual. Returns
   * the ops to emit, in order: the allocations, then the stores that are not defaults.
   */
  force(vs: VState): Op[] {
    const group = this.reachable(vs);
    for (const x of group) {
      this.live.delete(x.key);
      x.version = ++this.clock;
    }
    const out: Op[] = group.map((x) => x.key);
    for (const x of group) {
      if (x.kind === 'object') {
        for (const [d, v] of x.fields) out.push(newOp('setfield', [x.key, v], 'void', d));
      } else {
        x.items.forEach((v, k) => {
          if (!isDefaultItem(x.descr, v)) out.push(newOp('setarrayitem', [x.key, constInt(k), v], 'void', x.descr));
        });
      }
    }
    return out;
  }

  /** Forget every live virtual (their values are no longer reachable). */
  clear(): void {
    for (const vs of this.live.values()) vs.version = ++this.clock;
    this.live.clear();
  }
}
