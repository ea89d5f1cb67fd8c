/**
 * The contract between compiled code, the deoptimizer and the JIT driver: exits.
 *
 * Every place where compiled code can leave for the interpreter is an exit: a failing guard, a
 * raising op whose call threw (an exception exit), or a `finish`. Each has a process-wide number
 * (`ExitDescr.id`) and a snapshot that says which interpreter frames to rebuild.
 *
 * The calling convention of compiled fragments (loops and bridges), shared by the backend, the
 * reference executor and the driver's trampoline:
 *
 *     fn(S: unknown[]): number
 *
 * - On entry, `S[0..n)` holds the fragment's inputs, in `Trace.inputs` order.
 * - A result `r >= 0` means "left through exit r": `S[0..m)` then holds the exit's `failArgs`
 *   (the values `snapshotFailArgs(snapshot)` lists, in that order). For an exception exit the
 *   thrown value is in `S[m]`.
 * - A result `r < 0` means "jump to compiled loop number `-r - 1`" with its inputs in `S`.
 *
 * So the whole state that crosses a fragment boundary is in one array, nothing is allocated per
 * exit, and a bridge is entered with exactly the array its guard wrote.
 */

import { type FrameSnapshot, type Op, snapshotFailArgs } from '../ir/trace.js';
import type { Plan } from './decode.js';

export type ExitKind = 'guard' | 'exception' | 'finish';

/** A function compiled from a loop or bridge trace; see the calling convention above. */
export type FragmentFn = (S: unknown[]) => number;

let nextExitId = 0;

export class ExitDescr {
  readonly id: number = nextExitId++;
  /** The values compiled code writes to `S` on leaving, in order. */
  readonly failArgs: Op[];
  /** How many times compiled code left through this exit. */
  failures = 0;
  /** The bridge attached to this exit, once one is compiled. */
  bridge: FragmentFn | null = null;
  /** The encoded resume data (filled by the resume encoder when the fragment is compiled). */
  resume: Uint8Array | null = null;
  /** Its decoding, once decoded (resume/decode.ts `planFor`: an exit that fails often decodes once). */
  plan: Plan | null = null;
  /** Aborted attempts to trace a bridge from here. */
  bridgeAborts = 0;
  /** Set when tracing a bridge from here failed too often: never try again. */
  bridgeBlacklisted = false;

  constructor(
    readonly kind: ExitKind,
    readonly snapshot: FrameSnapshot,
    /** The compiled loop this exit belongs to (for bridges: the loop of the bridged guard). */
    readonly loop: number,
    /** The op that exits (a guard, a raising op, a finish), kept for logs. */
    readonly op: Op,
  ) {
    this.failArgs = snapshotFailArgs(snapshot);
  }
}

/** One interpreter frame rebuilt by the deoptimizer. */
export interface ResumedFrame {
  /** Embedder-defined code number (which function / jitcode). */
  readonly code: number;
  /** Position to resume at in that code. */
  readonly pc: number;
  /** The live values, in the order the tracer listed them when it took the snapshot. */
  readonly values: unknown[];
}

/** What deoptimization hands back to the embedder. */
export interface Deopt {
  /** Frames, outermost first. */
  readonly frames: ResumedFrame[];
  /** Present when the exit was an exception exit: rethrow it into the interpreter. */
  readonly exception?: { readonly value: unknown };
  readonly exit: ExitDescr;
}
