/**
 * Allocation removal (PyPy's virtuals, "Allocation Removal by Partial Evaluation in a Tracing
 * JIT", PEPM 2011): objects and arrays the trace allocates are not allocated unless they escape.
 *
 * One forward walk over the trace with an abstract heap (virtual-heap.ts):
 * - `new(@C)` of a constructible class and `new_array(n, [k])` with a constant `0 <= n <= 64`
 *   make a *virtual*: nothing is emitted, the result stands for the virtual.
 * - Stores into a virtual are recorded; reads of a virtual are forwarded (`getfield`,
 *   `getfield_imm`, `getarrayitem`, `getarrayitem_imm` and `setarrayitem` at a constant in-range
 *   index, `arraylen`).
 *   A field never set reads as `undefined` when the class's prototype chain has no property of
 *   that name (otherwise the field is not tracked at all). Reads whose result type does not
 *   match the recorded value, and narrowing stores into typed arrays, force instead.
 * - Questions a virtual answers by itself are folded: `guard_class` with its own class and
 *   `guard_nonnull` are removed; `ref_eq`/`ref_ne` with a virtual are constant (a virtual is
 *   equal to itself only); `ref_is_null` is false; `ref_typeof` is "object"; `instance_of` is
 *   whether the class's prototype is on the virtual's chain; `same_as` forwards.
 * - Everything else is an escape (virtual-handling.ts lists every opcode): virtual arguments are
 *   *forced* right before the op, i.e. their allocation and stores are emitted there (with the
 *   virtuals they reach), and from then on they are ordinary values. That includes calls,
 *   `guard_value`, stores of a virtual into a real object, and a `guard_class` that would fail.
 * - Snapshots describe live virtuals as `Virtual`s as they are at each guard, sharing parent
 *   frames while correct (virtual-snapshot.ts).
 *
 * Loops (virtual-loop.ts). At the loop's label, virtuals the body uses as invariants are forced
 * (their identity is the same in every iteration); every label position gets a *shape*: a
 * virtual is exploded (the label carries its contents and the body rebuilds it), a number or
 * boolean boxed by a cast is unboxed (the label carries the number, the body casts it again), a
 * constant is not carried at all, and carried values that are one op in the preamble share one
 * label argument. Other virtual label arguments are forced. At the jump, each position must
 * match its shape; when one does not, the whole pass starts over with a larger plan (force that
 * position at the label, carry the constant or the box that changed, stop sharing). The plan
 * only grows, so this ends. That is why the pass runs on every loop, not only on traces that
 * allocate.
 *
 * The pass builds a new trace and never changes the input's ops; the verdict is `unchanged`
 * (and the input returned) when the result is the same trace (same-trace.ts).
 */

import { Const, Op, Trace, type Value, constBool, constRef, type FieldDescr, type ArrayDescr, forEachPending } from '../ir/trace.js';
import { assertNever } from '../ir/types.js';
import { distinctLabelArgs, invariantRefs } from './label-args.js';
import { type LoopShape, type Pass, type PassResult, loopShape } from './pass.js';
import { sameTrace } from './same-trace.js';
import { HANDLING, type Handling } from './virtual-handling.js';
import {
  MAX_VIRTUAL_ARRAY,
  VirtualHeap,
  type VState,
  classPrototype,
  instanceOfPrototype,
  plainField,
  prototypeOf,
  readAs,
  storedItem,
} from './virtual-heap.js';
import {
  EMPTY_PLAN,
  type JumpMatch,
  type LeafShape,
  type LoopPlan,
  type Shape,
  carriedLeaves,
  matchJump,
  rebuild,
  sameAtJump,
  shapeOf,
  treeNodes,
} from './virtual-loop.js';
import { SnapshotMapper } from './virtual-snapshot.js';

export const virtualizePass: Pass = {
  name: 'virtualize',
  description: 'Allocation removal: virtual objects and arrays, forced at escapes; loop-carried virtuals, boxes and constants taken out of the label',
  run(trace: Trace): PassResult {
    const allocates = trace.ops.some((op) => op.opcode === 'new' || op.opcode === 'new_array');
    if (!allocates && !loopShape(trace)) return { trace, verdict: 'unchanged' };
    let plan: LoopPlan = EMPTY_PLAN;
    for (;;) {
      const attempt = new Virtualizer(trace, plan).run();
      if (attempt.kind === 'retry') {
        plan = attempt.plan;
        continue;
      }
      return sameTrace(trace, attempt.trace) ? { trace, verdict: 'unchanged' } : { trace: attempt.trace, verdict: 'rewritten' };
    }
  },
};

type Attempt = { readonly kind: 'done'; readonly trace: Trace } | { readonly kind: 'retry'; readonly plan: LoopPlan };

/** What the label carries, kept for the jump. */
interface Carried {
  /** Per label position, its shape. */
  readonly shapes: readonly Shape[];
  /** Each carried leaf's representative: the leaf whose label argument it shares. */
  readonly rep: ReadonlyMap<LeafShape, LeafShape>;
  /** The representatives, in label order. */
  readonly reps: readonly LeafShape[];
  readonly labelArgs: ReadonlySet<Op>;
  /** The inputs and every op emitted before the label. */
  readonly preamble: ReadonlySet<Op>;
}

class Virtualizer {
  private readonly out: Op[] = [];
  /** The output value of each input op that has a result. */
  private readonly map = new Map<Op, Value>();
  private readonly heap = new VirtualHeap();
  private readonly snaps: SnapshotMapper;
  private readonly loop: LoopShape | null;
  /** Set at the loop label. */
  private carried: Carried | null = null;

  constructor(
    private readonly trace: Trace,
    private readonly plan: LoopPlan,
  ) {
    for (const i of trace.inputs) this.map.set(i, i);
    this.snaps = new SnapshotMapper(this.heap, (op) => this.get(op));
    this.loop = loopShape(trace);
  }

  run(): Attempt {
    const ops = this.trace.ops;
    for (let k = 0; k < ops.length; k++) {
      const op = ops[k]!;
      if (this.loop && k === this.loop.labelIndex) {
        this.loopLabel(op, k);
      } else if (this.loop && op === this.loop.jump) {
        const retry = this.loopJump(op);
        if (retry) return { kind: 'retry', plan: retry };
      } else {
        this.step(op);
      }
    }
    return { kind: 'done', trace: new Trace(this.trace.inputs, this.out) };
  }

  private get(v: Value): Value {
    if (v instanceof Const) return v;
    const x = this.map.get(v);
    if (x === undefined) throw new Error(`virtualize: ${v.opcode}#${v.id} used before its definition`);
    return x;
  }

  private step(op: Op): void {
    const h: Handling = HANDLING[op.opcode];
    switch (h) {
      case 'escape':
      case 'label':
      case 'jump':
        return this.emit(op);
      case 'new':
        return this.allocate(op);
      case 'new_array':
        return this.allocateArray(op);
      case 'getfield':
        return this.getField(op);
      case 'setfield':
        return this.setField(op);
      case 'getarrayitem':
        return this.getItem(op);
      case 'setarrayitem':
        return this.setItem(op);
      case 'arraylen': {
        const vs = this.virtualArg(op, 0);
        if (vs?.kind === 'array' && vs.descr === op.descr) return this.forward(op, new Const('int', vs.items.length));
        return this.emit(op);
      }
      case 'guard_class': {
        const vs = this.virtualArg(op, 0);
        const cls = this.get(op.args[1]!);
        const proto = vs ? prototypeOf(vs) : null;
        if (proto !== null && cls instanceof Const && classPrototype(cls) === proto) return;
        return this.emit(op);
      }
      case 'guard_nonnull':
        if (this.virtualArg(op, 0)) return;
        return this.emit(op);
      case 'ref_compare': {
        const a = this.get(op.args[0]!);
        const b = this.get(op.args[1]!);
        if (!this.heap.lookup(a) && !this.heap.lookup(b)) return this.emit(op);
        return this.forward(op, constBool(op.opcode === 'ref_eq' ? a === b : a !== b));
      }
      case 'ref_is_null':
        if (this.virtualArg(op, 0)) return this.forward(op, constBool(false));
        return this.emit(op);
      case 'ref_typeof':
        if (this.virtualArg(op, 0)) return this.forward(op, constRef('object'));
        return this.emit(op);
      case 'instance_of': {
        const vs = this.virtualArg(op, 0);
        const proto = vs ? prototypeOf(vs) : null;
        const known = proto !== null ? instanceOfPrototype(proto, this.get(op.args[1]!)) : null;
        if (known !== null) return this.forward(op, constBool(known));
        return this.emit(op);
      }
      case 'same_as': {
        const vs = this.virtualArg(op, 0);
        if (vs) return this.forward(op, vs.key);
        return this.emit(op);
      }
      default:
        return assertNever(h, 'handling');
    }
  }

  private virtualArg(op: Op, k: number): VState | undefined {
    return this.heap.lookup(this.get(op.args[k]!));
  }

  private forward(op: Op, v: Value): void {
    this.map.set(op, v);
  }

  /** The escape case: force virtual arguments, then emit a copy of the op. */
  private emit(op: Op): void {
    const args = op.args.map((a) => this.get(a));
    for (const a of args) {
      const vs = this.heap.lookup(a);
      if (vs) this.force(vs);
    }
    // A pending store's value goes into a real array when the exit is taken: it escapes there.
    if (op.snapshot) {
      forEachPending(op.snapshot, (v) => {
        const vs = this.heap.lookup(this.get(v));
        if (vs) this.force(vs);
      });
    }
    const snapshot = op.snapshot ? this.snaps.map(op.snapshot) : null;
    const copy = new Op(op.opcode, args, op.type, op.descr, snapshot);
    this.out.push(copy);
    if (op.type !== 'void') this.map.set(op, copy);
  }

  private force(vs: VState): void {
    for (const op of this.heap.force(vs)) this.out.push(op);
  }

  private allocate(op: Op): void {
    const cls = this.get(op.args[0]!);
    if (!(cls instanceof Const) || classPrototype(cls) === null) return this.emit(op);
    const vs = this.heap.object(new Op('new', [cls], 'ref'), cls);
    this.forward(op, vs.key);
  }

  private allocateArray(op: Op): void {
    const n = this.get(op.args[0]!);
    const descr = op.descr as ArrayDescr;
    if (!(n instanceof Const) || typeof n.value !== 'number' || n.value < 0 || n.value > MAX_VIRTUAL_ARRAY) return this.emit(op);
    const vs = this.heap.array(new Op('new_array', [n], 'ref', descr), descr, n.value);
    this.forward(op, vs.key);
  }

  private getField(op: Op): void {
    const vs = this.virtualArg(op, 0);
    const d = op.descr as FieldDescr;
    if (vs?.kind === 'object' && plainField(vs.cls, d)) {
      const r = readAs(vs.fields.get(d) ?? constRef(undefined), op.type);
      if (r) return this.forward(op, r);
    }
    this.emit(op);
  }

  private setField(op: Op): void {
    const vs = this.virtualArg(op, 0);
    const d = op.descr as FieldDescr;
    if (vs?.kind === 'object' && plainField(vs.cls, d)) return this.heap.setField(vs, d, this.get(op.args[1]!));
    this.emit(op);
  }

  /** The constant index of an array access on a virtual array, when in range. */
  private constIndex(vs: VState | undefined, op: Op): number | null {
    if (vs?.kind !== 'array' || vs.descr !== op.descr) return null;
    const i = this.get(op.args[1]!);
    if (!(i instanceof Const) || typeof i.value !== 'number') return null;
    return i.value >= 0 && i.value < vs.items.length ? i.value : null;
  }

  private getItem(op: Op): void {
    const vs = this.virtualArg(op, 0);
    const i = this.constIndex(vs, op);
    if (vs?.kind === 'array' && i !== null) {
      const r = readAs(vs.items[i]!, op.type);
      if (r) return this.forward(op, r);
    }
    this.emit(op);
  }

  private setItem(op: Op): void {
    const vs = this.virtualArg(op, 0);
    const i = this.constIndex(vs, op);
    if (vs?.kind === 'array' && i !== null) {
      const stored = storedItem(vs.descr, this.get(op.args[2]!));
      if (stored) return this.heap.setItem(vs, i, stored);
    }
    this.emit(op);
  }

  // ---- the loop ------------------------------------------------------------------------------

  private loopLabel(op: Op, index: number): void {
    // Virtuals the body refers to directly are one object in every iteration: force them.
    const invariants = new Set<Op>();
    for (const y of invariantRefs(this.trace, index)) {
      const x = this.get(y);
      if (!(x instanceof Op)) continue;
      const vs = this.heap.lookup(x);
      if (vs) this.force(vs);
      invariants.add(x);
    }
    const incoming = op.args.map((a) => this.get(a));
    const candidates = new Set<number>();
    incoming.forEach((x, k) => {
      if (this.heap.lookup(x) && !this.plan.drop.has(k)) candidates.add(k);
    });
    incoming.forEach((x, k) => {
      const vs = this.heap.lookup(x);
      if (vs && !candidates.has(k)) this.force(vs);
    });
    // Only trees can be exploded: drop positions whose virtuals are reached twice.
    for (;;) {
      const owner = new Map<VState, number>();
      const bad = new Set<number>();
      for (const k of candidates) {
        const vs = this.heap.lookup(incoming[k]!);
        const nodes = vs ? treeNodes(this.heap, vs) : null;
        if (!nodes) {
          bad.add(k);
          continue;
        }
        for (const n of nodes) {
          const o = owner.get(n);
          if (o === undefined) owner.set(n, k);
          else bad.add(k).add(o);
        }
      }
      if (bad.size === 0) break;
      for (const k of bad) {
        candidates.delete(k);
        const vs = this.heap.lookup(incoming[k]!);
        if (vs) this.force(vs);
      }
    }
    // Every position gets a shape; carried leaves with the same preamble op share an argument.
    const shapes = incoming.map((x, k) => shapeOf(this.heap, x, String(k), this.plan));
    const leaves = shapes.flatMap(carriedLeaves);
    const rep = new Map<LeafShape, LeafShape>();
    const firstOfKey = new Map<Op, LeafShape>();
    for (const l of leaves) {
      let r = l;
      if (l.key instanceof Op && !this.plan.split.has(l.path)) {
        const first = firstOfKey.get(l.key);
        if (first) r = first;
        else firstOfKey.set(l.key, l);
      }
      rep.set(l, r);
    }
    const reps = leaves.filter((l) => rep.get(l) === l);
    const carried = distinctLabelArgs(reps.map((l) => l.value), invariants, (o) => this.out.push(o));
    this.out.push(new Op('label', carried, 'void'));
    const preamble = new Set<Op>(this.trace.inputs);
    for (const o of this.out) preamble.add(o);

    // After the label: the preamble's virtuals are out of reach; shapes are rebuilt.
    this.heap.clear();
    this.snaps.reset();
    const argOf = new Map<LeafShape, Op>(reps.map((l, k) => [l, carried[k]!]));
    const leafArg = (l: LeafShape): Op => argOf.get(rep.get(l)!)!;
    op.args.forEach((a, k) => {
      const v = rebuild(this.heap, shapes[k]!, leafArg, (o) => this.out.push(o));
      if (a instanceof Op) this.map.set(a, v);
    });
    this.carried = { shapes, rep, reps, labelArgs: new Set(carried), preamble };
  }

  /**
   * The op defining `v` where the jump may look through it: not a label argument (its
   * definition describes the first iteration), nor a preamble op computed from one.
   */
  private definitionAtJump(v: Value): Op | null {
    const c = this.carried!;
    if (!(v instanceof Op) || c.labelArgs.has(v)) return null;
    if (c.preamble.has(v) && v.args.some((a) => a instanceof Op && c.labelArgs.has(a))) return null;
    return v;
  }

  /** Emit the loop's jump, or return a larger plan when a position does not match its shape. */
  private loopJump(op: Op): LoopPlan | null {
    const { shapes, rep, reps } = this.carried!;
    const def = (v: Value): Op | null => this.definitionAtJump(v);
    const values = op.args.map((a) => this.get(a));
    values.forEach((y, k) => {
      const vs = this.heap.lookup(y);
      const s = shapes[k]!;
      if (vs && s.kind === 'leaf' && !s.constant) this.force(vs);
    });
    const match = (): JumpMatch[] => {
      const claimed = new Set<VState>();
      return values.map((y, k) => matchJump(this.heap, shapes[k]!, y, claimed, def));
    };
    let matches = match();
    let retry = this.widen(matches, []);
    if (retry) return retry;
    for (const m of matches) for (const vs of m.force) if (this.heap.isLive(vs)) this.force(vs);
    matches = match();
    const jumpValue = new Map<LeafShape, Value>();
    for (const m of matches) for (const [l, y] of m.leaves) jumpValue.set(l, y);
    const split: string[] = [];
    for (const [l, r] of rep) {
      const a = jumpValue.get(l);
      const b = jumpValue.get(r);
      if (l !== r && a !== undefined && b !== undefined && !sameAtJump(a, b, def)) split.push(l.path);
    }
    retry = this.widen(matches, split);
    if (retry) return retry;
    this.out.push(new Op('jump', reps.map((l) => jumpValue.get(l)!), 'void', null));
    return null;
  }

  /** The plan widened by the failures of a jump match, or null when everything matched. */
  private widen(matches: readonly JumpMatch[], split: readonly string[]): LoopPlan | null {
    const drop = new Set(this.plan.drop);
    const generalize = new Set(this.plan.generalize);
    const keepBoxed = new Set(this.plan.keepBoxed);
    const splitAll = new Set(this.plan.split);
    matches.forEach((m, k) => {
      if (m.mismatch) drop.add(k);
      else {
        for (const p of m.generalize) generalize.add(p);
        for (const p of m.keepBoxed) keepBoxed.add(p);
      }
    });
    for (const p of split) splitAll.add(p);
    const grown = (a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean => a.size !== b.size;
    const failed = matches.some((m) => m.mismatch || m.generalize.length > 0 || m.keepBoxed.length > 0) || split.length > 0;
    if (!failed) return null;
    if (!grown(drop, this.plan.drop) && !grown(generalize, this.plan.generalize) && !grown(keepBoxed, this.plan.keepBoxed) && !grown(splitAll, this.plan.split)) {
      throw new Error('virtualize: a jump mismatch did not widen the plan');
    }
    return { drop, generalize, keepBoxed, split: splitAll };
  }
}
