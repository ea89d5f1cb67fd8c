/**
 * What an optimization pass is, and the tools passes share.
 *
 * A pass is a function from trace to trace with an explicit verdict (did it rewrite anything).
 * Passes are composed in one ordered list (pipeline.ts); each can be run alone (the per-pass
 * tests do) and each can be switched off. A pass may consume its input: it may reuse, mutate
 * and drop the input's `Op` objects, so callers must not use a trace after passing it on.
 *
 * Loops. A loop trace is `[inputs] preamble label(L...) body jump(J...)` (the preamble is empty
 * before peeling, and then `L` are the inputs). Label arguments are the loop-carried variables:
 * the jump assigns `J[k]` to `L[k]` and control continues after the label. Inside the body, a
 * reference to `L[k]` means its current value; a reference to any other op defined before the
 * label means that op's value from the preamble, which never changes: it is loop-invariant.
 * `L[k]` itself is invariant when `J[k] === L[k]`; otherwise it is *varying*.
 *
 * The rule every forward pass follows at the last label: knowledge keyed on a varying label
 * argument (a CSE entry with it as an argument, its bounds, its known class, a heap-cache entry
 * with it as object or value) does not hold in later iterations and is dropped; knowledge about
 * mutable heap is dropped entirely unless the pass re-establishes it at the jump. Knowledge about
 * invariant values carries across the label: that is how loop-invariant code motion happens.
 */

import { isGuard, hasSnapshot } from '../ir/optable.js';
import {
  Const,
  FrameSnapshot,
  Op,
  type SnapValue,
  Trace,
  type Value,
  Virtual,
  forEachPending,
  mapPending,
} from '../ir/trace.js';

export type PassName = 'unroll' | 'fold' | 'vable' | 'virtualize' | 'heap' | 'cse' | 'guards' | 'closedform' | 'dce';

export type Verdict = 'rewritten' | 'unchanged';

export interface PassResult {
  readonly trace: Trace;
  readonly verdict: Verdict;
}

export interface Pass {
  readonly name: PassName;
  /** One line for logs and the README. */
  readonly description: string;
  run(trace: Trace): PassResult;
}

/** The loop structure of a trace, or null when it does not end in a jump to its own label. */
export interface LoopShape {
  /** Index of the last label in `ops`. */
  readonly labelIndex: number;
  readonly label: Op;
  readonly jump: Op;
  /** Label arguments whose value changes between iterations (`J[k] !== L[k]`). */
  readonly varying: ReadonlySet<Op>;
}

export function loopShape(t: Trace): LoopShape | null {
  const jump = t.ops[t.ops.length - 1];
  if (!jump || jump.opcode !== 'jump' || jump.descr) return null;
  let labelIndex = -1;
  for (let k = t.ops.length - 2; k >= 0; k--) {
    if (t.ops[k]!.opcode === 'label') {
      labelIndex = k;
      break;
    }
  }
  if (labelIndex < 0) return null;
  const label = t.ops[labelIndex]!;
  const varying = new Set<Op>();
  label.args.forEach((a, k) => {
    if (a instanceof Op && jump.args[k] !== a) varying.add(a);
  });
  return { labelIndex, label, jump, varying };
}

/**
 * Builds the output of a rewriting pass: ops are emitted in order, results of removed ops are
 * forwarded to their replacements, and arguments and snapshots are remapped on emission.
 */
export class Rewriter {
  readonly out: Op[] = [];
  private readonly fwd = new Map<Op, Value>();
  private snapMemo = new Map<FrameSnapshot, FrameSnapshot>();
  changed = false;

  /** The current replacement of a value (following chains). */
  get(v: Value): Value {
    let x = v;
    for (;;) {
      if (x instanceof Const) return x;
      const n = this.fwd.get(x);
      if (n === undefined) return x;
      x = n;
    }
  }

  /** From now on, uses of `old` mean `by`; `old` is not emitted. */
  replace(old: Op, by: Value): void {
    if (old !== by) {
      this.fwd.set(old, by);
      this.changed = true;
    }
  }

  /** Emit an op after remapping its arguments and snapshot in place. */
  emit(op: Op): Op {
    for (let k = 0; k < op.args.length; k++) {
      const a = op.args[k]!;
      const n = this.get(a);
      if (n !== a) op.args[k] = n;
    }
    if (op.snapshot) op.snapshot = this.snapshot(op.snapshot);
    this.out.push(op);
    return op;
  }

  /** Drop an op whose result is unused (or has no result). */
  drop(_op: Op): void {
    this.changed = true;
  }

  /** Remap a snapshot chain; unchanged frames keep their identity, so sharing survives. */
  snapshot(s: FrameSnapshot, mapValue: (v: SnapValue) => SnapValue = (v) => (v instanceof Virtual ? v : this.get(v))): FrameSnapshot {
    const memo = this.snapMemo.get(s);
    if (memo) return memo;
    const parent = s.parent ? this.snapshot(s.parent, mapValue) : null;
    let same = parent === s.parent;
    const values = s.values.map((v) => {
      const n = mapValue(v);
      if (n !== v) same = false;
      return n;
    });
    const pending = mapPending(s.pending, mapValue);
    if (pending !== s.pending) same = false;
    const out = same ? s : new FrameSnapshot(s.code, s.pc, values, parent, pending);
    this.snapMemo.set(s, out);
    return out;
  }

  /** Forget memoized snapshot mappings (call when the mapping of values changes meaning). */
  resetSnapshots(): void {
    this.snapMemo = new Map();
  }

  result(inputs: Op[]): PassResult {
    return { trace: new Trace(inputs, this.out), verdict: this.changed ? 'rewritten' : 'unchanged' };
  }
}

/** The ops that use each op (arguments and snapshots), for passes that need use counts. */
export function usesOf(t: Trace): Map<Op, number> {
  const uses = new Map<Op, number>();
  const bump = (v: SnapValue, seen?: Set<Virtual>): void => {
    if (v instanceof Op) uses.set(v, (uses.get(v) ?? 0) + 1);
    else if (v instanceof Virtual) {
      const s = seen ?? new Set<Virtual>();
      if (s.has(v)) return;
      s.add(v);
      for (const [, f] of v.fields) bump(f, s);
      for (const it of v.items) bump(it, s);
    }
  };
  const seenFrames = new Set<FrameSnapshot>();
  for (const op of t.ops) {
    for (const a of op.args) bump(a);
    for (let f = op.snapshot; f && !seenFrames.has(f); f = f.parent) {
      seenFrames.add(f);
      for (const v of f.values) bump(v);
      forEachPending(f, bump);
    }
  }
  return uses;
}

export { isGuard, hasSnapshot };
