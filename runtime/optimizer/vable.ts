/**
 * Array items in registers: items of an array the loop keeps, at indices the loop does not
 * change, live in registers of the compiled loop and reach memory only where something could
 * look at them. This is RPython's virtualizable arrays (`regs[*]`, the driver's
 * `virtualizables: ['regs']`) and, for typed arrays, scalar promotion of loop-invariant memory
 * (a Brainfuck loop `[->+<]` keeps its two cells in registers).
 *
 * Which arrays: those a `virtualizable_array(A)` marker names (the runner marks the interpreter's
 * register array at the start of a loop trace), and every typed array the loop body reads or
 * writes. In both cases the loop must not replace A: A is defined before the label and, where
 * it is a label argument, the jump passes it back.
 *
 * Which items: on the peeled loop (`preamble label(L) body jump(J)`, unroll.ts), the body's
 * accesses to A at `b + k`, for one *base* b the loop does not change (an op defined before the
 * label that is not a varying label argument; no base for constant indices) and constant
 * offsets k (`int_add`/`int_sub` of constants are looked through, so `ptr`, `ptr + 1` and
 * `ptr + 3 - 2` are the base `ptr` at offsets 0, 1 and 1). Two items at different offsets from
 * one base are different items (int32 addition wraps, so `b + k1 !== b + k2`); accesses from any
 * other base may be any item and stay in memory. An item must be accessed with one value type
 * and one array kind (an access at an untracked offset from the base touches none of the
 * tracked items), and every store into it must read back as the stored value
 * (`storeReadsBack`: a `Uint8Array` store of `x & 255` does, of `x` does not); otherwise it
 * stays in memory and its accesses are flushes like any other.
 *
 * - The label carries one more argument per tracked item: its value at the end of the preamble
 *   (the value the preamble last stored or read there when nothing may have changed it since,
 *   else a `getarrayitem` emitted before the label). The jump passes the body's value.
 * - In the body, a read of the item is its current value; a store is not emitted: the value
 *   becomes current, and the item is *dirty* (memory is behind).
 * - Every exit of the body (guards, raising ops) carries the dirty items as pending stores in
 *   its snapshot (trace.ts `PendingStore`, at an index computed once before the label): compiled
 *   code writes them before it leaves, so the interpreter, a bridge or the deoptimizer find the
 *   heap as the interpreter would have left it.
 * - Where something else may look at A, the dirty items are written first (a *flush*): residual
 *   calls, pure calls and heap reads that take A or an array that may be A (for a typed array:
 *   any typed array, since views may share a buffer), `arraylen` of a JavaScript array that may
 *   be A, accesses to A at untracked indices. Where something may have changed A (residual calls, stores into an array that may be
 *   A), the items are forgotten and read again on next use.
 *
 * Which items are dirty at the label: those the body stores anywhere, whatever happened to them
 * before. For the first iteration that is more than needed (memory is up to date after the
 * preamble), and an exit then writes a value the item already holds: harmless, and it makes the
 * set the same in every iteration. An item that is not dirty has its value in memory.
 *
 * May-alias rule: an array value other than A may be A unless it is an allocation of this trace
 * (`new_array`, `new`) or a constant that is not an array. A JavaScript array item is only
 * reached through `getarrayitem`/`setarrayitem`/`arraylen` with the `any` kind, through calls,
 * and through fields whose names are array indices or `length` (treated like a call); a typed
 * array's through accesses of any kind.
 *
 * Bounds: in a peeled loop, an item the body accesses was accessed by the preamble too (the
 * preamble is the same iteration, and the base means the same value in both), after the same
 * bounds guards, so the reads emitted before the label are in bounds. Unmarked arrays are
 * therefore only tracked in peeled loops; a marked array is a JavaScript array, where a read
 * out of bounds is harmless (its value is only ever used after the body's own read).
 *
 * The pass runs after peeling and folding (indices are constants or invariant sums then) and
 * before allocation removal, which then unboxes the new label arguments like the others (a Lua
 * register holding a number is carried as a float) and forces virtual values of pending stores
 * (virtualize.ts). Traces that are not peeled loops are unchanged.
 */

import { isMarker, readsHeap, writesHeap } from '../ir/optable.js';
import {
  type ArrayDescr,
  type FieldDescr,
  FrameSnapshot,
  Op,
  type PendingStore,
  type Trace,
  type Value,
  arrayDescr,
  constInt,
  newOp,
} from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { storeReadsBack } from './array-store.js';
import { type IntSum, intSum } from './int-sums.js';
import { distinctLabelArgs, invariantRefs } from './label-args.js';
import { type LoopShape, type Pass, type PassResult, Rewriter, loopShape } from './pass.js';

const ANY = arrayDescr('any');

export const vablePass: Pass = {
  name: 'vable',
  description: 'Array items at loop-invariant indices carried by the loop, stores sunk into exits',
  run(trace: Trace): PassResult {
    let t = trace;
    let changed = false;
    const { marked, typed } = candidateArrays(trace);
    for (const array of [...marked, ...typed]) {
      const r = virtualizeArray(t, array, marked.includes(array));
      if (r) {
        t = r;
        changed = true;
      }
    }
    return changed ? { trace: t, verdict: 'rewritten' } : { trace, verdict: 'unchanged' };
  },
};

/** The arrays named by `virtualizable_array` markers before the label, and the other typed arrays the body accesses. */
function candidateArrays(t: Trace): { marked: Op[]; typed: Op[] } {
  const marked: Op[] = [];
  const typed: Op[] = [];
  const shape = loopShape(t);
  if (!shape) return { marked, typed };
  for (let n = 0; n < shape.labelIndex; n++) {
    const op = t.ops[n]!;
    if (op.opcode === 'virtualizable_array' && op.args[0] instanceof Op && !marked.includes(op.args[0])) marked.push(op.args[0]);
  }
  for (let n = shape.labelIndex + 1; n < t.ops.length - 1; n++) {
    const op = t.ops[n]!;
    const a = op.args[0];
    if (isItemAccess(op) && (op.descr as ArrayDescr).elem !== 'any' && a instanceof Op && !marked.includes(a) && !typed.includes(a)) typed.push(a);
  }
  return { marked, typed };
}

const isItemAccess = (op: Op): boolean => (op.opcode === 'getarrayitem' || op.opcode === 'setarrayitem') && op.descr?.kind === 'array';

/** Which values may be a base, and which may not be looked through (varying label arguments in the body). */
interface SlotRules {
  isBase(op: Op): boolean;
  opaque(op: Op): boolean;
}

/** An index as base + offset (int-sums.ts); in the body, a varying label argument has no slot. */
const slotOf = (v: Value, rules: SlotRules): IntSum | null => intSum(v, (op) => (rules.opaque(op) ? null : op), (op) => !rules.opaque(op) && rules.isBase(op));

/** The type of the item an access reads or writes. */
const itemType = (op: Op): ValueType => (op.opcode === 'getarrayitem' ? op.type : op.args[2]!.type) as ValueType;

/** Field names through which a property access may reach array items or the length. */
const touchesItems = (d: FieldDescr): boolean => d.name === 'length' || /^(0|[1-9][0-9]*)$/.test(d.name);

/**
 * How an op may involve `array` other than through a tracked item access: not at all, may read
 * items (write the dirty ones first), may read and write them (write the dirty ones first,
 * forget all after).
 */
type Effect = 'none' | 'reads' | 'writes';

function effectOn(op: Op, array: Op, typed: boolean): Effect {
  if (op.opcode === 'virtualizable_array') return 'none';
  const mayBe = (v: Value): boolean =>
    v === array || (v instanceof Op ? v.opcode !== 'new' && v.opcode !== 'new_array' : typeof v.value === 'object' && v.value !== null && (Array.isArray(v.value) || ArrayBuffer.isView(v.value)));
  /** Whether an access with this descriptor to this array can reach the items of `array`. */
  const reaches = (d: unknown, a: Value): boolean => a === array || ((typed || d === ANY) && mayBe(a));
  switch (op.opcode) {
    case 'call':
      return 'writes';
    case 'call_pure':
      return op.args.some((a) => a === array || (typed && a.type === 'ref' && mayBe(a))) ? 'reads' : 'none';
    case 'arraylen':
      // A typed array's length does not depend on its items; a JavaScript array's does.
      return !typed && reaches(op.descr, op.args[0]!) ? 'reads' : 'none';
    case 'getarrayitem':
      return reaches(op.descr, op.args[0]!) ? 'reads' : 'none';
    case 'setarrayitem':
      return reaches(op.descr, op.args[0]!) ? 'writes' : 'none';
    case 'getfield':
      return touchesItems(op.descr as FieldDescr) && mayBe(op.args[0]!) ? 'reads' : 'none';
    case 'setfield':
      return touchesItems(op.descr as FieldDescr) && mayBe(op.args[0]!) ? 'writes' : 'none';
    default:
      // Every other heap access is of a field or an immutable item.
      if (writesHeap(op.opcode)) return 'writes';
      return readsHeap(op.opcode) ? 'reads' : 'none';
  }
}

/** What the body does with `array`: the base, the descriptor and the tracked offsets with their types. */
interface Plan {
  readonly base: Op | null;
  readonly descr: ArrayDescr;
  readonly types: ReadonlyMap<number, ValueType>;
  readonly stored: ReadonlySet<number>;
}

/** The items of `array` the body can keep in registers, or null. */
function planFor(shape: LoopShape, body: readonly Op[], array: Op, inBody: SlotRules): Plan | null {
  let base: Op | null | undefined;
  let descr: ArrayDescr | undefined;
  const types = new Map<number, ValueType | null>();
  const stored = new Set<number>();
  const def = (v: Value): Op | null => (v instanceof Op && !shape.varying.has(v) ? v : null);
  for (const op of body) {
    if (!isItemAccess(op) || op.args[0] !== array) continue;
    const slot = slotOf(op.args[1]!, inBody);
    if (!slot || (slot.base === null && slot.offset < 0)) continue;
    if (base === undefined) {
      base = slot.base;
      descr = op.descr as ArrayDescr;
    }
    if (slot.base !== base || op.descr !== descr) continue;
    const seen = types.get(slot.offset);
    let ty: ValueType | null = seen === undefined || seen === itemType(op) ? itemType(op) : null;
    if (op.opcode === 'setarrayitem') {
      stored.add(slot.offset);
      if (!storeReadsBack(descr.elem, op.args[2]!, def)) ty = null;
    }
    types.set(slot.offset, ty);
  }
  if (base === undefined || descr === undefined) return null;
  const tracked = new Map<number, ValueType>();
  for (const [k, ty] of types) if (ty !== null) tracked.set(k, ty);
  return tracked.size === 0 ? null : { base, descr, types: tracked, stored };
}

/** The trace with `array`'s items carried by the loop, or null when nothing applies. */
function virtualizeArray(t: Trace, array: Op, marked: boolean): Trace | null {
  const shape = loopShape(t);
  if (!shape) return null;
  const { labelIndex, label, jump } = shape;
  // An unmarked array only in a peeled loop: the preamble did what the body does, which is what
  // keeps the reads emitted before the label in bounds.
  if (!marked && t.ops.slice(0, labelIndex).every((op) => isMarker(op.opcode))) return null;
  const before = new Set<Op>(t.inputs);
  for (let n = 0; n < labelIndex; n++) before.add(t.ops[n]!);
  // The loop must keep the array: defined before the label, and passed back by the jump.
  if (!before.has(array) || label.args.some((a, k) => a === array && jump.args[k] !== array)) return null;
  const inBody: SlotRules = { isBase: (op) => before.has(op) && !shape.varying.has(op), opaque: (op) => shape.varying.has(op) };
  const body = t.ops.slice(labelIndex + 1, t.ops.length - 1);
  const plan = planFor(shape, body, array, inBody);
  if (!plan) return null;
  const { base, descr, types } = plan;
  const typed = descr.elem !== 'any';
  const K = [...types.keys()].sort((a, b) => a - b);
  const typeOf = (k: number): ValueType => types.get(k)!;
  /**
   * Where an access of `array` falls (by the rules of the half of the trace it is in): a tracked item
   * (its offset), an item that is certainly none of them ('other': an untracked offset from the
   * base), or anywhere (null).
   */
  const placeOf = (op: Op, rules: SlotRules): number | 'other' | null => {
    if (!isItemAccess(op) || op.args[0] !== array) return null;
    const slot = slotOf(op.args[1]!, rules);
    if (!slot || slot.base !== base) return null;
    if (!types.has(slot.offset)) return 'other';
    return op.descr === descr && types.get(slot.offset) === itemType(op) ? slot.offset : null;
  };
  const def = (v: Value): Op | null => (v instanceof Op ? v : null);

  const rw = new Rewriter();
  // The preamble, as it is; what it last knew of each item (in the preamble every name means its
  // current value, and the base is the same op there as in the body).
  const known = new Map<number, Value>();
  const inPreamble: SlotRules = { isBase: (op) => op === base, opaque: () => false };
  for (let n = 0; n < labelIndex; n++) {
    const op = t.ops[n]!;
    rw.emit(op);
    const k = placeOf(op, inPreamble);
    if (k === 'other') continue;
    // A read of a known item gives the known value: keep that one (the read then folds away,
    // which it could not as a label argument).
    if (k !== null && op.opcode === 'getarrayitem') known.set(k, known.get(k) ?? op);
    else if (k !== null && storeReadsBack(descr.elem, op.args[2]!, def)) known.set(k, op.args[2]!);
    else if (k !== null) known.delete(k);
    else if (effectOn(op, array, typed) === 'writes') known.clear();
  }
  // Each item's index, computed once before the label (for reads there, flushes and pending stores).
  const indexOf = new Map<number, Value>();
  for (const k of K) {
    if (base === null) indexOf.set(k, constInt(k));
    else if (k === 0) indexOf.set(k, base);
    else {
      const sum = newOp('int_add', [base, constInt(k)]);
      rw.out.push(sum);
      indexOf.set(k, sum);
    }
  }
  const entry = K.map((k) => {
    const v = known.get(k);
    if (v !== undefined) return v;
    const read = new Op('getarrayitem', [array, indexOf.get(k)!], typeOf(k), descr);
    rw.out.push(read);
    return read;
  });
  const carried = distinctLabelArgs(entry, new Set([...invariantRefs(t, labelIndex), ...label.args.filter((a): a is Op => a instanceof Op)]), (op) => rw.out.push(op));
  rw.out.push(new Op('label', [...label.args, ...carried], 'void'));

  // The body: items in registers.
  const current = new Map<number, Value>();
  K.forEach((k, n) => current.set(k, carried[n]!));
  const dirty = new Set<number>(K.filter((k) => plan.stored.has(k)));
  const flush = (): void => {
    for (const k of K) {
      if (!dirty.has(k)) continue;
      rw.out.push(new Op('setarrayitem', [array, indexOf.get(k)!, current.get(k)!], 'void', descr));
      dirty.delete(k);
    }
  };
  const readItem = (k: number): Value => {
    const v = current.get(k);
    if (v !== undefined) return v;
    const read = new Op('getarrayitem', [array, indexOf.get(k)!], typeOf(k), descr);
    rw.out.push(read);
    current.set(k, read);
    return read;
  };
  for (const op of body) {
    const place = placeOf(op, inBody);
    const k = place === 'other' ? null : place;
    if (k !== null && op.opcode === 'getarrayitem') {
      rw.replace(op, readItem(k));
      continue;
    }
    if (k !== null) {
      current.set(k, rw.get(op.args[2]!));
      dirty.add(k);
      rw.changed = true;
      continue;
    }
    const effect = place === 'other' ? 'none' : effectOn(op, array, typed);
    if (effect !== 'none') flush();
    rw.emit(op);
    if (effect === 'writes') current.clear();
    if (op.snapshot && dirty.size > 0) {
      op.snapshot = withPending(op.snapshot, K.filter((j) => dirty.has(j)).map((j) => ({ array, index: indexOf.get(j)!, value: current.get(j)! })));
    }
  }
  const back = K.map((k) => readItem(k));
  rw.emit(new Op('jump', [...jump.args, ...back], 'void', null));
  rw.changed = true;
  return rw.result(t.inputs).trace;
}

/** The snapshot with pending stores added to its innermost frame (a new frame object). */
function withPending(s: FrameSnapshot, stores: readonly PendingStore[]): FrameSnapshot {
  return new FrameSnapshot(s.code, s.pc, s.values, s.parent, [...s.pending, ...stores]);
}
