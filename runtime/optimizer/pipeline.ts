/**
 * The optimizer: the ordered list of passes, and `optimize`, which runs them.
 *
 * Order matters and is chosen so each pass sees the simplifications of the previous ones:
 * folding once before peeling (a loop variable the iteration gives back unchanged, such as a
 * pointer moved right and left again, becomes visibly invariant: the jump passes the label's own
 * argument); peeling next (the other passes then work on preamble and loop together, which is
 * what moves invariant work into the preamble); folding before allocation removal (constant
 * indices make virtual arrays, and constants are what it takes out of the label); array items in
 * registers between them (constant indices and invariant sums are what it tracks; the label
 * arguments it adds are unboxed by allocation removal like the others); heap forwarding, then
 * folding again (reads forwarded to constants, and type tests of the numbers allocation removal
 * unboxed at the label) and CSE on what remains; guard elimination once classes, values and
 * bounds are known; closed forms of counting loops on the body that is left (it must be pure
 * arithmetic with one exit); dead code last. Every pass can be switched off by name, and
 * `passes: []` is the no-op optimizer, for bisecting a miscompilation.
 */

import type { Trace } from '../ir/trace.js';
import { verifyTrace } from '../ir/verify.js';
import { closedFormPass } from './closed-form.js';
import { csePass } from './cse.js';
import { dcePass } from './dce.js';
import { foldPass } from './fold.js';
import { guardsPass } from './guards.js';
import { heapPass } from './heap.js';
import type { Pass, PassName, Verdict } from './pass.js';
import { unrollPass } from './unroll.js';
import { vablePass } from './vable.js';
import { virtualizePass } from './virtualize.js';

export const PIPELINE: readonly Pass[] = [foldPass, unrollPass, foldPass, vablePass, virtualizePass, heapPass, foldPass, csePass, guardsPass, closedFormPass, dcePass];

export const PASS_NAMES: readonly PassName[] = ['unroll', 'fold', 'vable', 'virtualize', 'heap', 'cse', 'guards', 'closedform', 'dce'];

export interface OptimizeOptions {
  /** Passes to skip, by name. */
  readonly disable?: readonly PassName[];
  /** Run only these passes (in pipeline order); `[]` is the no-op optimizer. */
  readonly passes?: readonly PassName[];
  /** Verify the trace after every pass (tests turn it on). */
  readonly verify?: boolean;
}

export interface OptimizeResult {
  readonly trace: Trace;
  /** Each pass that ran, in order, with its verdict. */
  readonly log: ReadonlyArray<{ readonly pass: PassName; readonly verdict: Verdict }>;
}

export function optimize(trace: Trace, opts: OptimizeOptions = {}): OptimizeResult {
  const log: Array<{ pass: PassName; verdict: Verdict }> = [];
  let t = trace;
  for (const pass of PIPELINE) {
    if (opts.disable?.includes(pass.name)) continue;
    if (opts.passes && !opts.passes.includes(pass.name)) continue;
    const r = pass.run(t);
    t = r.trace;
    log.push({ pass: pass.name, verdict: r.verdict });
    if (opts.verify) verifyTrace(t);
  }
  return { trace: t, log };
}
