/**
 * Dead code elimination.
 *
 * One backward walk. An op is removed when nothing kept after it uses its result, the op table
 * says it may go when unused (`isRemovableIfUnused`: pure ops, heap reads, allocations; never
 * guards, stores, residual calls, labels, jumps, finishes or markers), and it cannot raise. A pure
 * call can raise: removing it would lose the exception exit its snapshot describes, so it stays
 * (folding and CSE still remove pure calls whose result they know).
 * A kept op makes live everything it uses: its arguments and every value its snapshot refers
 * to, in any frame and inside virtuals (a value that only a snapshot needs is still needed:
 * deoptimization reads it). Walking backwards lets whole chains die in one pass, and since a
 * trace is in SSA form a single walk reaches the fixed point, loops included: the label's
 * arguments and the jump's arguments are uses like any other, and what the body uses of the
 * preamble is seen before the preamble is walked.
 */

import { canRaise, isRemovableIfUnused } from '../ir/optable.js';
import { type FrameSnapshot, Op, Trace } from '../ir/trace.js';
import { forEachUse } from './looprewriter.js';
import type { Pass, PassResult } from './pass.js';

function dce(trace: Trace): PassResult {
  const live = new Set<Op>();
  const seenFrames = new Set<FrameSnapshot>();
  const kept: Op[] = [];
  for (let k = trace.ops.length - 1; k >= 0; k--) {
    const op = trace.ops[k]!;
    if (!live.has(op) && isRemovableIfUnused(op.opcode) && !canRaise(op.opcode)) continue;
    kept.push(op);
    forEachUse(op, (u) => live.add(u), seenFrames);
  }
  if (kept.length === trace.ops.length) return { trace, verdict: 'unchanged' };
  kept.reverse();
  return { trace: new Trace(trace.inputs, kept), verdict: 'rewritten' };
}

export const dcePass: Pass = {
  name: 'dce',
  description: 'Dead code elimination',
  run: dce,
};
