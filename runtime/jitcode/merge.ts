/**
 * How a run of the portal ends at its merge point, and how tracing hands over to the blackhole
 * in the middle of a step.
 *
 * The portal is the jitcode of one iteration of an interpreter's dispatch loop: it starts at the
 * merge point with the merge-point values as its arguments and ends with `return`, `raise`, or
 * `merge` (back at the merge point with new values). The blackhole and the generic tracer give
 * a `MergeResult` for a `merge` (values in the blackhole, boxes in the tracer); only the
 * outermost frame may merge, a merge coming out of an inlined callee is an error.
 *
 * When recording must stop in the middle of a step (the trace grew too long), the tracer throws
 * `SwitchToBlackhole` with the complete stack of frames holding concrete values, outermost
 * first: the innermost stands at the instruction that was being recorded (not executed: the
 * recorder leaves the state as before that operation), each caller at its `inline_call`.
 * `Blackhole.continueFrames` runs them to the end of the step, so nothing the interpreter would
 * have done is lost or done twice.
 *
 * Which errors switch: the recorder's aborts (`isRecordingAbort`); guest exceptions and tracer
 * bugs propagate unchanged.
 *
 * Invariants: a `FullFrame`'s registers are the frame's registers as they were, concrete values
 * (a register never written is undefined); `SwitchToBlackhole.frames` is complete once the
 * outermost tracer call has let it through.
 */

import { isRecordingAbort } from '../recorder/errors.js';

/** The portal reached its merge point: the values to start the next iteration with. */
export class MergeResult<T> {
  constructor(
    readonly values: T[],
    /** Position of the `merge` instruction (a snapshot there resumes by merging again). */
    readonly pc: number,
  ) {}
}

/** A jitcode frame with all its registers, as concrete values. */
export interface FullFrame {
  readonly code: number;
  readonly pc: number;
  readonly regs: unknown[];
}

/** Tracing stopped mid-step: the blackhole goes on from these frames (outermost first). */
export class SwitchToBlackhole extends Error {
  constructor(
    /** Why recording stopped (the recorder's message). */
    readonly reason: string,
    readonly frames: FullFrame[],
  ) {
    super(`switching to the blackhole: ${reason}`);
    this.name = 'SwitchToBlackhole';
  }
}

/** The error for a merge anywhere but in the outermost frame. */
export function mergeInCallee(where: string): Error {
  return new Error(`${where}: an inlined callee reached a merge; only the portal (the outermost frame) merges`);
}
