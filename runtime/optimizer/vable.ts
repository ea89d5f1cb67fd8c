/**
 * Virtualizable arrays: the items of an interpreter's register array live in registers of the
 * compiled loop (RPython's `regs[*]` virtualizables; the driver's `virtualizables: ['regs']`).
 *
 * The runner marks such a trace input with `virtualizable_array(A)` at the start of a loop
 * trace. On the peeled loop (`preamble label(L) body jump(J)`, unroll.ts), for each marked A
 * that the loop does not replace (invariant at the label), and for the set K of constant
 * indices the body reads or writes on it, each with one value type (an item accessed with two
 * types stays in memory: its accesses are flushes like any other):
 *
 * - The label carries one more argument per k in K: the item's value at the end of the
 *   preamble (the value the preamble last stored or read there when nothing may have changed it
 *   since, else a `getarrayitem` emitted before the label). The jump passes the body's value.
 * - In the body, `getarrayitem(A, k)` is the item's current value; `setarrayitem(A, k, v)` is
 *   not emitted: v becomes the current value, and the item is *dirty* (memory is behind).
 * - Every exit of the body (guards, raising ops) carries the dirty items as pending stores in
 *   its snapshot (trace.ts `PendingStore`): compiled code writes them before it leaves, so the
 *   interpreter, a bridge or the deoptimizer find the heap as the interpreter would have left
 *   it.
 * - Where something else may look at A, the dirty items are written first (a *flush*):
 *   residual calls, pure calls and heap reads that take A or an array that may be A, `arraylen`,
 *   accesses to A at other indices. Where something may have changed A (residual calls, stores
 *   into an array that may be A), the items are forgotten and read again on next use.
 *
 * Which items are dirty at the label: those the body stores anywhere, whatever happened to them
 * before. For the first iteration that is more than needed (memory is up to date after the
 * preamble), and an exit then writes a value the item already holds: harmless, and it makes the
 * set the same in every iteration. An item that is not dirty has its value in memory.
 *
 * May-alias rule: an array value other than A may be A unless it is an allocation of this trace
 * (`new_array`, `new`) or a constant that is not an array. A JavaScript array item is only
 * reached through `getarrayitem`/`setarrayitem`/`arraylen` with the `any` kind, through calls,
 * and through fields whose names are array indices or `length` (treated like a call).
 *
 * The pass runs after peeling and folding (indices are constants then) and before allocation
 * removal, which then unboxes the new label arguments like the others (a Lua register holding
 * a number is carried as a float) and forces virtual values of pending stores (virtualize.ts).
 * Traces without the marker, or not peeled loops, are unchanged.
 */

import { readsHeap, writesHeap } from '../ir/optable.js';
import { Const, type FieldDescr, FrameSnapshot, Op, type PendingStore, type Trace, type Value, arrayDescr, constInt } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { distinctLabelArgs, invariantRefs } from './label-args.js';
import { type Pass, type PassResult, Rewriter, loopShape } from './pass.js';

const ANY = arrayDescr('any');

export const vablePass: Pass = {
  name: 'vable',
  description: 'Virtualizable arrays: items at constant indices carried by the loop, stores sunk into exits',
  run(trace: Trace): PassResult {
    let t = trace;
    let changed = false;
    for (const array of markedArrays(trace)) {
      const r = virtualizeArray(t, array);
      if (r) {
        t = r;
        changed = true;
      }
    }
    return changed ? { trace: t, verdict: 'rewritten' } : { trace, verdict: 'unchanged' };
  },
};

/** The arrays named by `virtualizable_array` markers before the loop's label. */
function markedArrays(t: Trace): Op[] {
  const out: Op[] = [];
  for (const op of t.ops) {
    if (op.opcode === 'label') break;
    if (op.opcode === 'virtualizable_array' && op.args[0] instanceof Op && !out.includes(op.args[0])) out.push(op.args[0]);
  }
  return out;
}

/** The index of an `any`-kind read or write of `array` at a non-negative integer constant, or null. */
function itemIndex(op: Op, array: Op): number | null {
  if ((op.opcode !== 'getarrayitem' && op.opcode !== 'setarrayitem') || op.args[0] !== array || op.descr !== ANY) return null;
  const i = op.args[1]!;
  return i instanceof Const && typeof i.value === 'number' && Number.isInteger(i.value) && i.value >= 0 ? i.value : null;
}

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

function effectOn(op: Op, array: Op): Effect {
  if (op.opcode === 'virtualizable_array') return 'none';
  const mayBe = (v: Value): boolean =>
    v === array || (v instanceof Op ? v.opcode !== 'new' && v.opcode !== 'new_array' : Array.isArray(v.value));
  switch (op.opcode) {
    case 'call':
      return 'writes';
    case 'call_pure':
      return op.args.some((a) => a === array) ? 'reads' : 'none';
    case 'getarrayitem':
    case 'arraylen':
      return op.descr === ANY && mayBe(op.args[0]!) ? 'reads' : 'none';
    case 'setarrayitem':
      return op.descr === ANY && mayBe(op.args[0]!) ? 'writes' : 'none';
    case 'getfield':
      return touchesItems(op.descr as FieldDescr) && mayBe(op.args[0]!) ? 'reads' : 'none';
    case 'setfield':
      return touchesItems(op.descr as FieldDescr) && mayBe(op.args[0]!) ? 'writes' : 'none';
    default:
      // Every other heap access is of a field, a typed array or an immutable item.
      if (writesHeap(op.opcode)) return 'writes';
      return readsHeap(op.opcode) ? 'reads' : 'none';
  }
}

/** The trace with `array`'s items carried by the loop, or null when nothing applies. */
function virtualizeArray(t: Trace, array: Op): Trace | null {
  const shape = loopShape(t);
  if (!shape) return null;
  const { labelIndex, label, jump } = shape;
  // The loop must keep the array: wherever it is a label argument, the jump passes it back.
  if (label.args.some((a, k) => a === array && jump.args[k] !== array)) return null;
  const body = t.ops.slice(labelIndex + 1, t.ops.length - 1);
  // The items the body accesses at constant indices, each always with one type (an item read
  // or written with two types stays in memory: its accesses are flushes like any other).
  const types = new Map<number, ValueType | null>();
  const stored = new Set<number>();
  for (const op of body) {
    const k = itemIndex(op, array);
    if (k === null) continue;
    const seen = types.get(k);
    types.set(k, seen === undefined || seen === itemType(op) ? itemType(op) : null);
    if (op.opcode === 'setarrayitem') stored.add(k);
  }
  const K = [...types].filter(([, ty]) => ty !== null).map(([k]) => k).sort((a, b) => a - b);
  if (K.length === 0) return null;
  const typeOf = (k: number): ValueType => types.get(k)!;
  /** The index of an access the pass keeps in registers, or null. */
  const tracked = (op: Op): number | null => {
    const k = itemIndex(op, array);
    return k !== null && types.get(k) === itemType(op) ? k : null;
  };

  const rw = new Rewriter();
  // The preamble, as it is; what it last knew of each item.
  const known = new Map<number, Value>();
  for (let n = 0; n < labelIndex; n++) {
    const op = t.ops[n]!;
    rw.emit(op);
    const k = tracked(op);
    if (k !== null) known.set(k, op.opcode === 'getarrayitem' ? op : op.args[2]!);
    else if (effectOn(op, array) === 'writes') known.clear();
  }
  const entry = K.map((k) => {
    const v = known.get(k);
    if (v !== undefined) return v;
    const read = new Op('getarrayitem', [array, constInt(k)], typeOf(k), ANY);
    rw.out.push(read);
    return read;
  });
  const carried = distinctLabelArgs(entry, new Set([...invariantRefs(t, labelIndex), ...label.args.filter((a): a is Op => a instanceof Op)]), (op) => rw.out.push(op));
  rw.out.push(new Op('label', [...label.args, ...carried], 'void'));

  // The body: items in registers.
  const current = new Map<number, Value>();
  K.forEach((k, n) => current.set(k, carried[n]!));
  const dirty = new Set<number>(stored);
  const flush = (): void => {
    for (const k of K) {
      if (!dirty.has(k)) continue;
      rw.out.push(new Op('setarrayitem', [array, constInt(k), current.get(k)!], 'void', ANY));
      dirty.delete(k);
    }
  };
  const readItem = (k: number): Value => {
    const v = current.get(k);
    if (v !== undefined) return v;
    const read = new Op('getarrayitem', [array, constInt(k)], typeOf(k), ANY);
    rw.out.push(read);
    current.set(k, read);
    return read;
  };
  for (const op of body) {
    const k = tracked(op);
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
    const effect = effectOn(op, array);
    if (effect !== 'none') flush();
    rw.emit(op);
    if (effect === 'writes') current.clear();
    if (op.snapshot && dirty.size > 0) op.snapshot = withPending(op.snapshot, K.filter((j) => dirty.has(j)).map((j) => ({ array, index: j, value: current.get(j)! })));
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
