/**
 * The rewriter the forward passes share: `Rewriter` plus the loop rule, guard-established
 * values, and snapshot remapping that reaches into virtuals.
 *
 * Loops. In `[inputs] preamble label(L...) body jump(J...)` a reference, inside the body, to a
 * label argument `L[k]` means its value in the current iteration, while a reference to any other
 * op defined before the label means that op's (never changing) preamble value. One forwarding
 * map serves both halves of the trace, so two things must never happen, and `canReplace`
 * refuses them:
 * - a label argument is replaced: the label must keep naming an op for the jump to assign to
 *   (and an invariant argument merged into another one could turn into a varying one);
 * - a preamble op that the body refers to is replaced by a *varying* label argument: correct in
 *   the preamble, but in the body that name means the current iteration's value.
 * Replacements decided inside the body, or in a trace without a loop, are always allowed.
 *
 * Looking through definitions (`definition`) has the same hazard: in the body, a varying label
 * argument's defining op describes only its first value, and a preamble op whose arguments
 * include a varying label argument was computed from that argument's *preamble* value, so its
 * arguments do not denote what they say there; `definition` hides both.
 *
 * Guard-established values (`setValue`, e.g. after `guard_value(x, 5)`) substitute a constant
 * for every later use of `x`, in arguments and snapshots. Unlike `replace`, they start at a
 * position: the snapshot memo is reset so frames shared with earlier guards are not rewritten,
 * and at the loop label the values of varying label arguments are dropped. The label keeps its
 * own arguments untouched, and the jump keeps `L[k]` where it passed `L[k]` (so an invariant
 * argument stays visibly invariant to later passes).
 *
 * Snapshots: values are mapped through `get`, and virtuals are rebuilt when anything reachable
 * from them changes (a connected group of virtuals is copied as a whole, so sharing and cycles
 * inside one snapshot survive). Virtuals that do not change keep their identity.
 */

import { Const, FrameSnapshot, Op, type SnapValue, type Trace, type Value, Virtual, forEachPending } from '../ir/trace.js';
import { type LoopShape, Rewriter, loopShape } from './pass.js';

/** Calls `f` on every op an op refers to: its arguments and, through virtuals, its snapshot. */
export function forEachUse(op: Op, f: (used: Op) => void, seenFrames?: Set<FrameSnapshot>): void {
  for (const a of op.args) if (a instanceof Op) f(a);
  const seenVirtuals = new Set<Virtual>();
  const visit = (v: SnapValue): void => {
    if (v instanceof Op) f(v);
    else if (v instanceof Virtual && !seenVirtuals.has(v)) {
      seenVirtuals.add(v);
      for (const [, x] of v.fields) visit(x);
      for (const x of v.items) visit(x);
    }
  };
  for (let s = op.snapshot; s; s = s.parent) {
    if (seenFrames) {
      if (seenFrames.has(s)) break;
      seenFrames.add(s);
    }
    for (const v of s.values) visit(v);
    forEachPending(s, visit);
  }
}

export class LoopRewriter extends Rewriter {
  readonly shape: LoopShape | null;
  /** Label arguments whose value changes between iterations. */
  readonly varying: ReadonlySet<Op>;
  /** True once the pass has passed the loop label. */
  inLoop = false;
  private readonly labelArgs = new Set<Op>();
  private readonly usedInLoop = new Set<Op>();
  private readonly beforeLabel = new Set<Op>();
  private readonly values = new Map<Op, Const>();
  private virtualMemo = new Map<Virtual, Virtual>();

  constructor(trace: Trace) {
    super();
    this.shape = loopShape(trace);
    this.varying = this.shape?.varying ?? new Set<Op>();
    if (this.shape) {
      const { labelIndex, label } = this.shape;
      for (const a of label.args) if (a instanceof Op) this.labelArgs.add(a);
      for (const i of trace.inputs) this.beforeLabel.add(i);
      const seenFrames = new Set<FrameSnapshot>();
      trace.ops.forEach((op, k) => {
        if (k < labelIndex) this.beforeLabel.add(op);
        else if (k > labelIndex) forEachUse(op, (u) => this.usedInLoop.add(u), seenFrames);
      });
    }
  }

  isLoopLabel(op: Op): boolean {
    return this.shape !== null && op === this.shape.label;
  }

  isLoopJump(op: Op): boolean {
    return this.shape !== null && op === this.shape.jump;
  }

  /** Was `v` defined before the loop label (so in the body it is a preamble value)? */
  isBeforeLabel(v: Value): boolean {
    return v instanceof Op && this.beforeLabel.has(v);
  }

  /** Is `v` a varying label argument? Knowledge keyed on it dies at the label. */
  isVarying(v: Value): boolean {
    return v instanceof Op && this.varying.has(v);
  }

  /** May every later use of `old` be replaced by `by` (see the header)? */
  canReplace(old: Op, by: Value): boolean {
    if (!this.shape) return true;
    if (this.labelArgs.has(old)) return false;
    if (!this.inLoop && by instanceof Op && this.varying.has(by) && this.usedInLoop.has(old)) return false;
    return true;
  }

  /** Replace `old` by `by` if allowed; says whether it did. */
  tryReplace(old: Op, by: Value): boolean {
    if (!this.canReplace(old, by)) return false;
    this.replace(old, by);
    return true;
  }

  /**
   * The op defining `v`, when its opcode and arguments describe `v`'s value at the current
   * position: null for constants, and, inside the body, for varying label arguments (their
   * definition describes only the first iteration) and for preamble ops computed from one.
   */
  definition(v: Value): Op | null {
    if (!(v instanceof Op)) return null;
    if (this.inLoop && this.varying.has(v)) return null;
    if (this.inLoop && this.beforeLabel.has(v) && v.args.some((a) => a instanceof Op && this.varying.has(a))) return null;
    return v;
  }

  /** From here on, `x` is known to equal `c`: later uses read the constant. */
  setValue(x: Op, c: Const): void {
    this.values.set(x, c);
    this.resetSnapshots();
  }

  knownValue(x: Value): Const | null {
    return x instanceof Op ? this.values.get(x) ?? null : null;
  }

  /** Remap the op's arguments in place (before the pass looks at them). */
  remapArgs(op: Op): void {
    for (let k = 0; k < op.args.length; k++) {
      const a = op.args[k]!;
      const n = this.get(a);
      if (n !== a) {
        op.args[k] = n;
        this.changed = true;
      }
    }
  }

  /** Emit, noting a change when remapping changed an argument or the snapshot. */
  override emit(op: Op): Op {
    const snapshot = op.snapshot;
    const args = op.args.slice();
    super.emit(op);
    if (op.snapshot !== snapshot || op.args.some((a, k) => a !== args[k])) this.changed = true;
    return op;
  }

  override get(v: Value): Value {
    const x = super.get(v);
    if (x instanceof Const) return x;
    return this.values.get(x) ?? x;
  }

  override snapshot(s: FrameSnapshot, mapValue: (v: SnapValue) => SnapValue = this.mapSnapValue): FrameSnapshot {
    return super.snapshot(s, mapValue);
  }

  override resetSnapshots(): void {
    super.resetSnapshots();
    this.virtualMemo = new Map();
  }

  /**
   * Emit the loop label: guard-established values of varying label arguments are dropped, and
   * the label's own arguments are kept as they are.
   */
  enterLoop(label: Op): void {
    for (const v of this.varying) this.values.delete(v);
    this.inLoop = true;
    this.resetSnapshots();
    this.out.push(label);
  }

  /** Emit the loop's jump; an argument that passed a label argument back unchanged keeps it. */
  emitJump(jump: Op): Op {
    const label = this.shape!.label;
    jump.args = jump.args.map((a, k) => {
      const n = a === label.args[k] ? a : this.get(a);
      if (n !== a) this.changed = true;
      return n;
    });
    this.out.push(jump);
    return jump;
  }

  private readonly mapSnapValue = (v: SnapValue): SnapValue => (v instanceof Virtual ? this.mapVirtual(v) : this.get(v));

  private mapVirtual(root: Virtual): Virtual {
    const done = this.virtualMemo.get(root);
    if (done) return done;
    // The group: virtuals reachable from root that have not been mapped yet.
    const group: Virtual[] = [root];
    const inGroup = new Set<Virtual>(group);
    let changed = false;
    for (let k = 0; k < group.length; k++) {
      const w = group[k]!;
      const look = (x: SnapValue): void => {
        if (x instanceof Const) return;
        if (x instanceof Op) {
          if (this.get(x) !== x) changed = true;
          return;
        }
        const m = this.virtualMemo.get(x);
        if (m) {
          if (m !== x) changed = true;
        } else if (!inGroup.has(x)) {
          inGroup.add(x);
          group.push(x);
        }
      };
      for (const [, x] of w.fields) look(x);
      for (const x of w.items) look(x);
    }
    if (!changed) {
      for (const w of group) this.virtualMemo.set(w, w);
      return root;
    }
    for (const w of group) this.virtualMemo.set(w, new Virtual(w.kind, w.cls, w.arrayDescr));
    const map = (x: SnapValue): SnapValue => (x instanceof Virtual ? this.virtualMemo.get(x)! : x instanceof Op ? this.get(x) : x);
    for (const w of group) {
      const c = this.virtualMemo.get(w)!;
      for (const [d, x] of w.fields) c.fields.push([d, map(x)]);
      for (const x of w.items) c.items.push(map(x));
    }
    return this.virtualMemo.get(root)!;
  }
}
