/**
 * Running one optimizer pass on trace text, for the per-pass tests.
 *
 * `runPass(pass, text)` parses (and verifies) the input, runs the pass, verifies the output and
 * returns its canonical text, so a test reads `expect(runPass(p, input)).toBe(canon(expected))`.
 * It also holds the pass to its verdict: 'unchanged' exactly when the output prints the same as
 * the input.
 */
import type { Pass, Verdict } from '../../runtime/optimizer/pass.js';
import type { Trace } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { NS, canon, parse, print } from '../support/trace-text.js';

export interface PassRun {
  readonly text: string;
  readonly verdict: Verdict;
  readonly trace: Trace;
}

export function runPassFull(pass: Pass, text: string, ns: Record<string, unknown> = NS): PassRun {
  const before = canon(text, ns);
  const r = pass.run(parse(text, ns));
  verifyTrace(r.trace);
  const after = print(r.trace, ns);
  const same = after === before;
  if (same !== (r.verdict === 'unchanged')) {
    throw new Error(`${pass.name} said '${r.verdict}' but the trace ${same ? 'did not change' : 'changed'}:\n${after}`);
  }
  return { text: after, verdict: r.verdict, trace: r.trace };
}

export function runPass(pass: Pass, text: string, ns: Record<string, unknown> = NS): string {
  return runPassFull(pass, text, ns).text;
}

/** Expect the pass to leave the trace as it is. */
export function unchanged(pass: Pass, text: string, ns: Record<string, unknown> = NS): boolean {
  const r = runPassFull(pass, text, ns);
  return r.verdict === 'unchanged' && r.text === canon(text, ns);
}
