/**
 * The state carried across a loop's back edge: what each label position holds, as a shape.
 *
 * A label argument is a value computed before the label and, inside the body, a loop-carried
 * variable the jump assigns. Passing it as one opaque value is often wasteful: a loop that
 * allocates a fresh object every iteration and hands it to the next one (a boxed counter:
 * `r = new(@Box); setfield(r, i, .x); jump(r)`) would have to force it at the jump; a number
 * kept in a ref-typed place (`jump(cast_int_to_ref(i))`) would have to be type-tested again after
 * the label; a constant (`jump(1)`) would occupy a variable. So each position gets a *shape*
 * describing how it is built from smaller values, the label and the jump carry only the shape's
 * *carried leaves*, and after the label the body rebuilds the position from the label's new
 * arguments. This is PyPy's "virtual state" of a loop's label.
 *
 * A shape is a tree:
 * - object / array: a live virtual of the preamble, with per field in the preamble's field
 *   order (per index) a sub-shape. Rebuilt as a virtual again; allocated only if a guard fails
 *   (described in its snapshot) or the object escapes.
 * - box: a `cast_X_to_ref(x)` with X int, float or bool (or a number or boolean constant ref
 *   that the jump does not pass again): a virtual with one field of type X, its *content*,
 *   exploded like any other. Rebuilt as `cast_X_to_ref(content)` just after the label, a pure
 *   op that costs nothing (casts are identities), so that what the body asks about the ref
 *   (`ref_typeof`, `cast_ref_to_int`) folds, and a snapshot naming the ref gets the cast, the
 *   same JavaScript value. Unlike an object, a box has no identity (numbers and booleans compare
 *   by value), so it may be rebuilt anywhere and any number of times.
 * - leaf: a value of its own type. A leaf whose preamble value is a constant stays a constant of
 *   the shape (the label does not carry it); otherwise it is carried.
 *
 * Matching at the jump. Each position's shape must describe the jump's value there too: a live
 * virtual of the same class (kind and length) with exactly the same fields, a cast with the same
 * opcode (or a constant ref of the box's content type), the same constant. When it does not,
 * the attempt is abandoned and the pass starts over with a larger `LoopPlan`, which only grows:
 * - a structural mismatch of a virtual *drops* the position (the virtual is forced at the label);
 * - a constant leaf that meets another value is *generalized* (carried from then on; a number or
 *   boolean constant ref becomes a box at the same path, so `jump(cast_int_to_ref(i))` after a
 *   preamble `0` still carries an int);
 * - a box that meets anything else is *kept boxed* (carried as the ref).
 * A live virtual met where the shape has a carried ref leaf is forced and passed as an ordinary
 * value.
 *
 * Sharing. Two carried leaves whose preamble values are the same op are first assumed to stay
 * equal and share one label argument (a boxed number and the same number held unboxed elsewhere
 * are one variable, not two). The jump must then pass equal values for both; where it does not,
 * the leaf is *split* (carried alone) in the next attempt. Soundness is induction over
 * iterations: equal on entry, and each jump assigns them equal values.
 *
 * Identity must survive: a virtual reached twice (from two positions, twice within one, or
 * around a cycle) cannot be exploded, since rebuilding would make two objects of one. The pass
 * forces such positions at the label; at the jump, a virtual matched twice is a mismatch.
 *
 * Looking through definitions at the jump (`same_as` copies, casts) obeys the loop rule of
 * pass.ts: the caller's `def` hides the label's own arguments (their definitions describe the
 * first iteration only) and preamble ops computed from them. At the label everything is a
 * preamble value, and copies are looked through freely.
 *
 * Everything here is pure bookkeeping over the `VirtualHeap`; virtualize.ts decides when to call
 * it and starts over when a jump does not match.
 */

import type { Opcode } from '../ir/optable.js';
import { type ArrayDescr, Const, type FieldDescr, Op, type Value, constInt, newOp } from '../ir/trace.js';
import { type ValueType, assertNever, valueHasType } from '../ir/types.js';
import type { VState, VirtualHeap } from './virtual-heap.js';

/** The casts that box an unboxed value into a ref, with the type of what they box. */
export const BOX_CONTENT = {
  cast_int_to_ref: 'int',
  cast_float_to_ref: 'float',
  cast_bool_to_ref: 'bool',
} as const satisfies Partial<Record<Opcode, ValueType>>;

export type BoxOpcode = keyof typeof BOX_CONTENT;

export const isBoxOpcode = (op: Opcode): op is BoxOpcode => Object.prototype.hasOwnProperty.call(BOX_CONTENT, op);

/** What an attempt must not do: positions to force at the label, leaves to carry as they are. */
export interface LoopPlan {
  /** Label positions whose virtual is forced at the label. */
  readonly drop: ReadonlySet<number>;
  /** Paths of constant leaves that are carried. */
  readonly generalize: ReadonlySet<string>;
  /** Paths of boxes that are carried as the ref. */
  readonly keepBoxed: ReadonlySet<string>;
  /** Paths of carried leaves that do not share a label argument with an equal one. */
  readonly split: ReadonlySet<string>;
}

export const EMPTY_PLAN: LoopPlan = { drop: new Set(), generalize: new Set(), keepBoxed: new Set(), split: new Set() };

export interface LeafShape {
  readonly kind: 'leaf';
  /** Names the leaf across attempts: position, then fields, indices and box contents. */
  readonly path: string;
  readonly type: ValueType;
  /** The value in the preamble (what the label passes to the first iteration). */
  readonly value: Value;
  /** `value` with `same_as` copies looked through: leaves with the same key op may share. */
  readonly key: Value;
  /** Set when the leaf is a constant of the shape, not carried by the label. */
  readonly constant: Const | null;
}

export interface BoxShape {
  readonly kind: 'box';
  readonly path: string;
  readonly cast: BoxOpcode;
  readonly content: LeafShape;
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

export type Shape = LeafShape | BoxShape | ObjectShape | ArrayShape;

/** The value a chain of `same_as` copies starts from, looking through only what `def` allows. */
export function throughCopies(v: Value, def: (v: Value) => Op | null): Value {
  let x = v;
  for (let d = def(x); d !== null && d.opcode === 'same_as'; d = def(x)) x = d.args[0]!;
  return x;
}

/** At the label every op is a preamble value: definitions may all be looked through. */
const anyDefinition = (v: Value): Op | null => (v instanceof Op ? v : null);

/** The box a constant ref is, if it is a number or a boolean. */
function constantBox(c: Const): BoxOpcode | null {
  if (c.type !== 'ref') return null;
  if (typeof c.value === 'boolean') return 'cast_bool_to_ref';
  if (typeof c.value === 'number') return valueHasType(c.value, 'int') ? 'cast_int_to_ref' : 'cast_float_to_ref';
  return null;
}

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

/**
 * The shape of a preamble value at `path`: live virtuals are exploded (the caller has forced
 * those that must not be), within the limits the plan sets.
 */
export function shapeOf(heap: VirtualHeap, v: Value, path: string, plan: LoopPlan): Shape {
  const vs = heap.lookup(v);
  if (vs?.kind === 'object') {
    return { kind: 'object', cls: vs.cls, fields: [...vs.fields].map(([d, x]) => [d, shapeOf(heap, x, `${path}.${JSON.stringify(d.name)}`, plan)] as const) };
  }
  if (vs?.kind === 'array') {
    return { kind: 'array', descr: vs.descr, items: vs.items.map((x, k) => shapeOf(heap, x, `${path}[${k}]`, plan)) };
  }
  const root = throughCopies(v, anyDefinition);
  const leaf = (constant: Const | null): LeafShape => ({ kind: 'leaf', path, type: v.type as ValueType, value: v, key: root, constant });
  if (root instanceof Const && !plan.generalize.has(path)) return leaf(root);
  const cast = root instanceof Const ? constantBox(root) : isBoxOpcode(root.opcode) ? root.opcode : null;
  if (cast !== null && !plan.keepBoxed.has(path)) {
    const inner = root instanceof Const ? new Const(BOX_CONTENT[cast], root.value) : (root as Op).args[0]!;
    return { kind: 'box', path, cast, content: shapeOf(heap, inner, `${path}!`, plan) as LeafShape };
  }
  return leaf(null);
}

/** The carried leaves of a shape, in order (what the label and jump pass in its place). */
export function carriedLeaves(s: Shape): LeafShape[] {
  const out: LeafShape[] = [];
  const visit = (x: Shape): void => {
    switch (x.kind) {
      case 'leaf':
        if (!x.constant) out.push(x);
        return;
      case 'box':
        visit(x.content);
        return;
      case 'object':
        for (const [, f] of x.fields) visit(f);
        return;
      case 'array':
        x.items.forEach(visit);
        return;
      default:
        assertNever(x, 'shape');
    }
  };
  visit(s);
  return out;
}

/**
 * The value of a shape after the label: virtuals made live again under fresh keys, boxes cast
 * again (through `emit`, in order), carried leaves read from `argOf`.
 */
export function rebuild(heap: VirtualHeap, s: Shape, argOf: (leaf: LeafShape) => Value, emit: (op: Op) => void): Value {
  switch (s.kind) {
    case 'leaf':
      return s.constant ?? argOf(s);
    case 'box': {
      const content = rebuild(heap, s.content, argOf, emit);
      if (content instanceof Const) return new Const('ref', content.value);
      const cast = newOp(s.cast, [content]);
      emit(cast);
      return cast;
    }
    case 'object': {
      const vs = heap.object(new Op('new', [s.cls], 'ref'), s.cls);
      for (const [d, f] of s.fields) heap.setField(vs, d, rebuild(heap, f, argOf, emit));
      return vs.key;
    }
    case 'array': {
      const vs = heap.array(new Op('new_array', [constInt(s.items.length)], 'ref', s.descr), s.descr, s.items.length);
      s.items.forEach((f, k) => heap.setItem(vs, k, rebuild(heap, f, argOf, emit)));
      return vs.key;
    }
    default:
      return assertNever(s, 'shape');
  }
}

/** The outcome of matching one position's shape against its jump value. */
export interface JumpMatch {
  /** The structure of a virtual does not match: the position cannot be exploded. */
  mismatch: boolean;
  /** Constant leaves that met another value: generalize them. */
  readonly generalize: string[];
  /** Boxes that met something else than a box of their kind: carry them as refs. */
  readonly keepBoxed: string[];
  /** Live virtuals met at carried ref leaves: to be forced before the jump. */
  readonly force: VState[];
  /** The jump's value for each carried leaf. */
  readonly leaves: Array<readonly [LeafShape, Value]>;
}

/** The content of the box `cast` that `y` is, or null when it is not one. */
function unbox(cast: BoxOpcode, y: Value, def: (v: Value) => Op | null): Value | null {
  const r = throughCopies(y, def);
  const type = BOX_CONTENT[cast];
  if (r instanceof Const) return r.type === 'ref' && valueHasType(r.value, type) ? new Const(type, r.value) : null;
  const d = def(r);
  return d !== null && d.opcode === cast ? d.args[0]! : null;
}

/**
 * Match a shape against the jump's value at its position. `claimed` collects the virtuals
 * matched as nodes across all positions, so a virtual matched twice is a mismatch; `def` is the
 * definition of a value where it may be looked through at the jump (see the header).
 */
export function matchJump(heap: VirtualHeap, s: Shape, v: Value, claimed: Set<VState>, def: (v: Value) => Op | null): JumpMatch {
  const m: JumpMatch = { mismatch: false, generalize: [], keepBoxed: [], force: [], leaves: [] };
  const visit = (x: Shape, y: Value): void => {
    if (m.mismatch) return;
    const vs = heap.lookup(y);
    switch (x.kind) {
      case 'leaf': {
        if (y.type !== x.type) {
          m.mismatch = true;
        } else if (x.constant) {
          const r = throughCopies(y, def);
          if (vs || !(r instanceof Const) || !Object.is(r.value, x.constant.value)) m.generalize.push(x.path);
        } else {
          if (vs) m.force.push(vs);
          m.leaves.push([x, y]);
        }
        return;
      }
      case 'box': {
        const content = vs ? null : unbox(x.cast, y, def);
        if (content === null) m.keepBoxed.push(x.path);
        else visit(x.content, content);
        return;
      }
      case 'object':
      case 'array':
        break;
      default:
        assertNever(x, 'shape');
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

/** Do two jump values denote the same value in every iteration? */
export function sameAtJump(a: Value, b: Value, def: (v: Value) => Op | null): boolean {
  const x = throughCopies(a, def);
  const y = throughCopies(b, def);
  if (x === y) return true;
  return x instanceof Const && y instanceof Const && x.type === y.type && Object.is(x.value, y.value);
}
