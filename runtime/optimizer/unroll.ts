/**
 * Loop peeling, as PyPy's unroll does it: one iteration becomes a preamble, then the loop.
 *
 *     [inputs] label(L...) body jump(J...)
 *  => [inputs] body label(L'...) body' jump(J'...)
 *
 * The preamble is the body itself with `L` meaning the inputs (which they are: a label first in
 * the trace can only name inputs), so its ops and snapshots are the original objects. The new
 * label's arguments `L'` are the preamble's jump arguments `J`, made distinct ops by
 * `distinctLabelArgs` (constants, repeats and values the body uses as invariants get a
 * `same_as` copy at the end of the preamble). `body'` is a fresh copy of the body with `L[k]`
 * mapped to `L'[k]`, and `J'` the copy's jump arguments. Peeling carries every position as it
 * is; which positions are constants, boxed numbers or virtuals that need not be carried is
 * decided later, by allocation removal (virtual-loop.ts), once folding has simplified both
 * halves.
 *
 * Why: after this, the forward passes see every value the loop computes twice, once in the
 * preamble and once in the body. By the loop rule of pass.ts, knowledge about values that do not
 * change from one iteration to the next (invariant label arguments, and preamble ops the body
 * refers to) holds across the label, so the body's copy of invariant work folds into the
 * preamble's: loop-invariant code motion without a dedicated pass.
 *
 * Invariants of the output:
 * - Exactly one label; its arguments are distinct ops; the jump matches it in arity and types.
 * - Snapshots: the preamble keeps the original snapshot objects (and their parent sharing); the
 *   body's snapshots are remapped copies that share parent frames exactly where the originals
 *   did; virtual descriptions are copied so that one description per virtual per guard holds.
 *
 * Traces left unchanged: no label, a jump with a target (a bridge), a trace already peeled
 * (more than one label, or ops other than markers before the label), labels whose arguments
 * are not distinct ops, and an empty loop (nothing to peel).
 */

import { isMarker } from '../ir/optable.js';
import {
  Const,
  type FrameSnapshot,
  Op,
  type SnapValue,
  Trace,
  type Value,
  Virtual,
  mapSnapshot,
} from '../ir/trace.js';
import { distinctLabelArgs, invariantRefs } from './label-args.js';
import { type Pass, type PassResult, loopShape } from './pass.js';

export const unrollPass: Pass = {
  name: 'unroll',
  description: 'Loop peeling: a preamble, then the peeled loop, so invariant work stays in the preamble',
  run(trace: Trace): PassResult {
    const peeled = peel(trace);
    return peeled ? { trace: peeled, verdict: 'rewritten' } : { trace, verdict: 'unchanged' };
  },
};

/** The peeled trace, or null when the trace is not a loop that can be peeled. */
export function peel(t: Trace): Trace | null {
  const shape = loopShape(t);
  if (!shape) return null;
  const { labelIndex, label, jump } = shape;
  for (let k = 0; k < t.ops.length - 1; k++) {
    const op = t.ops[k]!;
    if (k !== labelIndex && op.opcode === 'label') return null;
    if (k < labelIndex && !isMarker(op.opcode)) return null;
  }
  const carried: Op[] = [];
  for (const a of label.args) {
    if (!(a instanceof Op) || carried.includes(a)) return null;
    carried.push(a);
  }

  const body = t.ops.slice(labelIndex + 1, t.ops.length - 1);
  if (body.length === 0) return null;
  const out: Op[] = t.ops.slice(0, labelIndex);
  // The preamble: the body itself, `L` being the inputs.
  for (const op of body) out.push(op);
  const newCarried = distinctLabelArgs(jump.args, invariantRefs(t, labelIndex), (op) => out.push(op));
  out.push(new Op('label', newCarried, 'void'));

  // The loop: a copy of the body, `L[k]` now meaning `L'[k]`.
  const map = new Map<Op, Value>();
  carried.forEach((l, k) => map.set(l, newCarried[k]!));
  const value = (v: Value): Value => (v instanceof Op ? map.get(v) ?? v : v);
  const virtualCopies = new Map<Virtual, Virtual>();
  const copyVirtual = (v: Virtual): Virtual => {
    let c = virtualCopies.get(v);
    if (c) return c;
    c = new Virtual(v.kind, v.cls, v.arrayDescr);
    virtualCopies.set(v, c);
    for (const [d, x] of v.fields) c.fields.push([d, snapValue(x)]);
    for (const x of v.items) c.items.push(snapValue(x));
    return c;
  };
  const snapValue = (v: SnapValue): SnapValue => (v instanceof Virtual ? copyVirtual(v) : v instanceof Const ? v : value(v));
  const frames = new Map<FrameSnapshot, FrameSnapshot>();
  for (const op of body) {
    const snapshot = op.snapshot ? mapSnapshot(op.snapshot, snapValue, frames) : null;
    const copy = new Op(op.opcode, op.args.map(value), op.type, op.descr, snapshot);
    map.set(op, copy);
    out.push(copy);
  }
  out.push(new Op('jump', jump.args.map(value), 'void', null));
  return new Trace(t.inputs, out);
}
