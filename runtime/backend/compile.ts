/**
 * Compilation: a loop or bridge trace to a callable fragment, through the code generator and
 * the code-generation host.
 *
 * Invariants:
 * - A fragment is one JavaScript function (`loop_N`, `bridge_N_eK`) following the calling
 *   convention of runtime/resume/exit.ts, plus its exits (fresh `ExitDescr`s, in op order) and
 *   its source (kept for logs and tests).
 * - The trace is verified first (guards must carry snapshots); it is neither mutated nor kept.
 * - A bridge's inputs are its guard's `failArgs` (plus, for an exception exit, the exception),
 *   with the same types; its exits belong to the guard's loop. Compiling a bridge does not
 *   attach it: the caller sets `exit.bridge` (see `CompiledCode.attachBridge`), which compiled
 *   code reads at run time.
 * - When the host refuses code generation, `CodegenUnavailableError` is thrown (after the
 *   host's one-time warning) and the caller keeps interpreting; ask `codegenAvailable()` first.
 */

import type { Trace } from '../ir/trace.js';
import { verifyTrace } from '../ir/verify.js';
import type { ExitDescr, FragmentFn } from '../resume/exit.js';
import { type CodegenHost, defaultCodegenHost } from './availability.js';
import { type FragmentPlan, generateFragment } from './codegen.js';
import { ownInteger } from './literals.js';

export interface CompileOptions {
  /** Where functions are made (default: the process-wide host). */
  readonly host?: CodegenHost;
  /** Verify the trace before compiling (default true). */
  readonly verify?: boolean;
  /** Stress testing: guards also fail whenever this returns true (see `FragmentPlan.stress`). */
  readonly stress?: (() => boolean) | undefined;
}

export interface CompiledFragment {
  readonly fn: FragmentFn;
  readonly exits: readonly ExitDescr[];
  readonly source: string;
  /** The function's name, `loop_N` or `bridge_N_eK`. */
  readonly name: string;
}

export function compileLoop(trace: Trace, loopNumber: number, opts: CompileOptions = {}): CompiledFragment {
  if (!Number.isSafeInteger(loopNumber) || loopNumber < 0) throw new RangeError(`bad loop number ${loopNumber}`);
  const n = ownInteger(loopNumber);
  return compile(trace, { name: `loop_${n}`, sourceURL: `metajit://loop-${n}.js`, selfLoop: loopNumber, exitLoop: loopNumber, stress: opts.stress }, opts);
}

export function compileBridge(trace: Trace, exit: ExitDescr, opts: CompileOptions = {}): CompiledFragment {
  const want = exit.failArgs.map((a) => a.type);
  if (exit.kind === 'exception' && trace.inputs.length === want.length + 1) want.push('ref');
  const got = trace.inputs.map((i) => i.type);
  if (got.length !== want.length || got.some((t, k) => t !== want[k])) {
    throw new Error(`bridge inputs (${got.join(', ')}) do not match the exit's values (${want.join(', ')})`);
  }
  const n = ownInteger(exit.loop);
  const e = ownInteger(exit.id);
  return compile(trace, { name: `bridge_${n}_e${e}`, sourceURL: `metajit://bridge-${n}-e${e}.js`, selfLoop: null, exitLoop: exit.loop, stress: opts.stress }, opts);
}

function compile(trace: Trace, plan: FragmentPlan, opts: CompileOptions): CompiledFragment {
  const host = opts.host ?? defaultCodegenHost;
  if (opts.verify ?? true) verifyTrace(trace, { requireSnapshots: true });
  const g = generateFragment(trace, plan);
  const factory = host.makeFactory(['K'], g.source);
  const fn = factory(g.constants) as FragmentFn;
  return { fn, exits: g.exits, source: g.source, name: plan.name };
}
