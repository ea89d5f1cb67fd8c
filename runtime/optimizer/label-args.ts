/**
 * Label arguments: what a pass must respect when it builds a loop's label.
 *
 * A label's arguments are at once values computed before it (what the first iteration starts
 * with) and the loop-carried variables of the body (see pass.ts). Two consequences, both
 * enforced here for every pass that writes a label (peeling, allocation removal):
 *
 * - Every label argument is its own op: no constant (a constant cannot be assigned by the jump)
 *   and no op twice (two variables cannot be one op). Where the incoming value is a constant or
 *   an op already used, a `same_as` copy is emitted just before the label and carries it.
 * - An op the body also uses as an *invariant* (a reference after the label to an op defined
 *   before it that is not a label argument) must not become a label argument: the body's uses
 *   would silently change meaning from "the preamble's value" to "this iteration's value". Such
 *   values are carried by a `same_as` copy too.
 *
 * These copies are bookkeeping, not loop state: allocation removal (virtual-loop.ts) looks
 * through them when it decides what a label position holds, so a position whose copy carries a
 * constant the jump passes again is dropped, and two positions whose copies carry one op that
 * the jump keeps equal become one.
 */

import { Const, type FrameSnapshot, Op, type SnapValue, type Trace, type Value, Virtual, forEachPending, newOp } from '../ir/trace.js';

/**
 * Make each value a distinct op that is not in `avoid`, emitting `same_as` copies (through
 * `emit`, in order) where a value is a constant, repeats, or is to be avoided.
 */
export function distinctLabelArgs(values: readonly Value[], avoid: ReadonlySet<Op>, emit: (op: Op) => void): Op[] {
  const used = new Set<Op>();
  return values.map((v) => {
    if (v instanceof Op && !used.has(v) && !avoid.has(v)) {
      used.add(v);
      return v;
    }
    const copy = newOp('same_as', [v]);
    emit(copy);
    used.add(copy);
    return copy;
  });
}

/**
 * The ops defined before `ops[labelIndex]` (inputs included) that ops after it use, in their
 * arguments or snapshots, other than the label's own arguments: the body's invariant values.
 */
export function invariantRefs(t: Trace, labelIndex: number): Set<Op> {
  const before = new Set<Op>(t.inputs);
  for (let k = 0; k < labelIndex; k++) before.add(t.ops[k]!);
  const label = t.ops[labelIndex]!;
  for (const a of label.args) if (a instanceof Op) before.delete(a);
  const out = new Set<Op>();
  const seenVirtuals = new Set<Virtual>();
  const seenFrames = new Set<FrameSnapshot>();
  const visit = (v: SnapValue): void => {
    if (v instanceof Const) return;
    if (v instanceof Op) {
      if (before.has(v)) out.add(v);
      return;
    }
    if (seenVirtuals.has(v)) return;
    seenVirtuals.add(v);
    for (const [, f] of v.fields) visit(f);
    for (const it of v.items) visit(it);
  };
  for (let k = labelIndex + 1; k < t.ops.length; k++) {
    const op = t.ops[k]!;
    op.args.forEach(visit);
    for (let f = op.snapshot; f && !seenFrames.has(f); f = f.parent) {
      seenFrames.add(f);
      f.values.forEach(visit);
      forEachPending(f, visit);
    }
  }
  return out;
}
