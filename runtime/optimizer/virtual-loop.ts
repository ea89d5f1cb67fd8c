/**
 * Virtuals across a loop's back edge: exploding label arguments into their fields.
 *
 * A loop that allocates a fresh object every iteration and hands it to the next one (a boxed
 * counter: `r = new(@Box); setfield(r, i, .x); jump(r)`) would have to force it at the jump:
 * the jump's arguments are real values. Instead, when the label argument at position k is a
 * virtual in the preamble and the jump argument at k is a virtual *of the same shape*, the label
 * and the jump carry the virtual's contents (its *leaves*) in place of the object, and after the
 * label the body sees a virtual again, rebuilt from the label's new arguments. The allocation
 * then happens only if a guard fails (described in its snapshot) or the object escapes.
 *
 * A shape is a tree: a class (or array kind and length) with, per field in the preamble's field
 * order (per index), either a nested shape or a leaf. A leaf has the type of its preamble value;
 * a leaf whose preamble value is a constant stays a constant of the shape (the label does not
 * carry it) until a jump is seen to pass a different value there, after which it is
 * *generalized* to a carried leaf. Shapes match at the jump when every node is a live virtual of
 * the same class (kind and length) with exactly the same fields, and every leaf has the same
 * type (and, for a constant leaf, the same constant). A live virtual where the shape has a
 * carried ref leaf is forced and passed as an ordinary value.
 *
 * Identity must survive: a virtual reached twice (from two positions, twice within one, or
 * around a cycle) cannot be exploded, since rebuilding would make two objects of one. Such
 * positions are forced instead, both at the label and (failing to match) at the jump.
 *
 * Everything here is pure bookkeeping over the `VirtualHeap`; the pass decides when to call it
 * and starts over with a smaller plan when a jump does not match (see virtualize.ts).
 */

import { type ArrayDescr, Const, type FieldDescr, Op, type Value, constInt } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import type { VState, VirtualHeap } from './virtual-heap.js';

export interface LeafShape {
  readonly kind: 'leaf';
  /** Names the leaf across attempts: position, then fields and indices. */
  readonly path: string;
  readonly type: ValueType;
  /** The value in the preamble (what the label passes to the first iteration). */
  readonly value: Value;
  /** Set when the leaf is a constant of the shape, not carried by the label. */
  readonly constant: Const | null;
}

export interface ObjectShape {
  readonly kind: 'object';
  readonly cls: Const;
  readonly fields: ReadonlyArray<readonly [FieldDescr, Shape]>;
}

export interface ArrayShape {
  readonly kind: 'array';
  readonly descr: ArrayDescr;
  readonly items: readonly Shape[];
}

export type Shape = LeafShape | ObjectShape | ArrayShape;

/**
 * The virtuals of the tree rooted at `vs`, or null when one is reached twice in it (a cycle or
 * a shared subtree).
 */
export function treeNodes(heap: VirtualHeap, vs: VState): VState[] | null {
  const nodes: VState[] = [];
  const seen = new Set<VState>();
  const visit = (x: VState): boolean => {
    if (seen.has(x)) return false;
    seen.add(x);
    nodes.push(x);
    for (const v of heap.contents(x)) {
      const y = heap.lookup(v);
      if (y && !visit(y)) return false;
    }
    return true;
  };
  return visit(vs) ? nodes : null;
}

/** The shape of a live virtual, constant leaves kept unless their path is generalized. */
export function shapeOf(heap: VirtualHeap, vs: VState, path: string, generalized: ReadonlySet<string>): Shape {
  const sub = (v: Value, p: string): Shape => {
    const c = heap.lookup(v);
    if (c) return shapeOf(heap, c, p, generalized);
    const constant = v instanceof Const && !generalized.has(p) ? v : null;
    return { kind: 'leaf', path: p, type: v.type as ValueType, value: v, constant };
  };
  if (vs.kind === 'object') {
    return { kind: 'object', cls: vs.cls, fields: [...vs.fields].map(([d, v]) => [d, sub(v, `${path}.${JSON.stringify(d.name)}`)] as const) };
  }
  return { kind: 'array', descr: vs.descr, items: vs.items.map((v, k) => sub(v, `${path}[${k}]`)) };
}

/** The carried leaves of a shape, in order (what the label and jump pass in its place). */
export function carriedLeaves(s: Shape): LeafShape[] {
  const out: LeafShape[] = [];
  const visit = (x: Shape): void => {
    if (x.kind === 'leaf') {
      if (!x.constant) out.push(x);
    } else if (x.kind === 'object') {
      for (const [, f] of x.fields) visit(f);
    } else {
      x.items.forEach(visit);
    }
  };
  visit(s);
  return out;
}

/**
 * Make the virtual of a shape live again after the label: fresh keys, carried leaves taken from
 * `carried` in order. Returns the root's key.
 */
export function rebuild(heap: VirtualHeap, s: ObjectShape | ArrayShape, carried: Iterator<Op>): Op {
  const leaf = (x: Shape): Value => {
    if (x.kind !== 'leaf') return rebuild(heap, x, carried);
    if (x.constant) return x.constant;
    const n = carried.next();
    if (n.done) throw new Error('rebuild: fewer carried values than leaves');
    return n.value;
  };
  if (s.kind === 'object') {
    const vs = heap.object(new Op('new', [s.cls], 'ref'), s.cls);
    for (const [d, f] of s.fields) heap.setField(vs, d, leaf(f));
    return vs.key;
  }
  const vs = heap.array(new Op('new_array', [constInt(s.items.length)], 'ref', s.descr), s.descr, s.items.length);
  s.items.forEach((f, k) => heap.setItem(vs, k, leaf(f)));
  return vs.key;
}

/** The outcome of matching one position's shape against its jump value. */
export interface JumpMatch {
  /** The shape's structure does not match: the position cannot be exploded. */
  mismatch: boolean;
  /** Constant leaves that met another value: generalize them. */
  readonly generalize: string[];
  /** Live virtuals met at carried ref leaves: to be forced before the jump. */
  readonly force: VState[];
  /** The values for the carried leaves, in order. */
  readonly leaves: Value[];
}

/**
 * Match a shape against the jump's value at its position. `claimed` collects the virtuals
 * matched as nodes across all positions, so a virtual matched twice is a mismatch.
 */
export function matchJump(heap: VirtualHeap, s: Shape, v: Value, claimed: Set<VState>): JumpMatch {
  const m: JumpMatch = { mismatch: false, generalize: [], force: [], leaves: [] };
  const visit = (x: Shape, y: Value): void => {
    if (m.mismatch) return;
    const vs = heap.lookup(y);
    if (x.kind === 'leaf') {
      if (y.type !== x.type) {
        m.mismatch = true;
      } else if (x.constant) {
        if (vs || !(y instanceof Const) || !Object.is(y.value, x.constant.value)) m.generalize.push(x.path);
      } else {
        if (vs) m.force.push(vs);
        m.leaves.push(y);
      }
      return;
    }
    if (!vs || vs.kind !== x.kind || claimed.has(vs)) {
      m.mismatch = true;
      return;
    }
    claimed.add(vs);
    if (x.kind === 'object' && vs.kind === 'object') {
      if (vs.cls.value !== x.cls.value || vs.fields.size !== x.fields.length) {
        m.mismatch = true;
        return;
      }
      for (const [d, f] of x.fields) {
        const fy = vs.fields.get(d);
        if (fy === undefined) {
          m.mismatch = true;
          return;
        }
        visit(f, fy);
      }
    } else if (x.kind === 'array' && vs.kind === 'array') {
      if (vs.descr !== x.descr || vs.items.length !== x.items.length) {
        m.mismatch = true;
        return;
      }
      x.items.forEach((f, k) => visit(f, vs.items[k]!));
    }
  };
  visit(s, v);
  return m;
}
