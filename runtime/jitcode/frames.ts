/**
 * Frame resumption: going on from a stack of jitcode frames, the one procedure both the
 * blackhole (frames of values) and the generic tracer (frames of boxes) follow.
 *
 * A frame is `(code, pc, values of the liveness list at pc)`, outermost first. Resuming:
 * - each frame's registers are rebuilt from its liveness list at pc (`frameRegisters`); the
 *   other registers start undefined, which the verifier proves harmless;
 * - the innermost frame runs from its pc, executing that instruction again: it stands where a
 *   guard could fail (`goto_if_not`, `switch`, `class_switch`, `promote`, `guard_class`, and
 *   the portal's `merge`, where greens are promoted); a frame waiting at an `inline_call` is never the
 *   innermost, its callee's frame being inside it;
 * - every outer frame stands at an `inline_call`: it receives the result of the frame inside it
 *   in the call's destination (unless -1) and goes on at the next instruction; `returned` is
 *   told first, once per caller, in the order the callees return (the tracer leaves the
 *   recorder's inlined frame there);
 * - the outermost frame's result is the result: its return value, or a `MergeResult` when it
 *   is the portal and merges; a merge from any inner frame is an error.
 *
 * The same stack procedure (`runFrames`) also continues frames whose registers are all known
 * (`FullFrame`s of a switch to the blackhole, merge.ts).
 *
 * Invariants: the frames are not modified (registers are fresh arrays); a caller frame at
 * anything but `inline_call`, an unknown jitcode, or a value count that differs from the
 * liveness list is an error before anything runs.
 */

import { type Jitcode, type JitcodeTable, decode, liveAt } from './format.js';
import { MergeResult, mergeInCallee } from './merge.js';

/** One frame to resume, outermost first in a stack; T is a value or a box. */
export interface JitFrame<T> {
  readonly code: number;
  readonly pc: number;
  /** The values of the liveness list at pc, in its order. */
  readonly values: readonly T[];
}

/** The registers of frame f of jitcode j: its live values in place, the rest undefined. */
export function frameRegisters<T>(j: Jitcode, f: JitFrame<T>): T[] {
  const live = liveAt(j, f.pc);
  if (live.length !== f.values.length) throw new Error(`${j.name}@${f.pc}: ${f.values.length} values for ${live.length} live registers`);
  const regs: T[] = new Array(j.regs);
  for (let k = 0; k < live.length; k++) regs[live[k]!] = f.values[k]!;
  return regs;
}

/** The registers of jitcode j entered from its start with the arguments. */
export function argumentRegisters<T>(j: Jitcode, args: readonly T[]): T[] {
  if (args.length !== j.args.length) throw new Error(`${j.name} takes ${j.args.length} arguments, got ${args.length}`);
  const regs: T[] = new Array(j.regs);
  for (let k = 0; k < args.length; k++) regs[j.args[k]!] = args[k]!;
  return regs;
}

/** A frame ready to run: its jitcode, its registers, and the position it goes on from. */
export interface ReadyFrame<T> {
  readonly j: Jitcode;
  readonly regs: T[];
  readonly pc: number;
}

/**
 * Resume the frames (outermost first): `run` interprets one frame from a pc to its return or
 * merge, `returned` is called each time a frame returns into its caller. The outermost's result.
 */
export function resumeFrames<T>(
  table: JitcodeTable,
  frames: ReadonlyArray<JitFrame<T>>,
  run: (j: Jitcode, regs: T[], pc: number) => T | MergeResult<T>,
  returned: () => void,
): T | MergeResult<T> {
  return runFrames(
    frames.map((f) => {
      const j = table.get(f.code);
      return { j, regs: frameRegisters(j, f), pc: f.pc };
    }),
    run,
    returned,
  );
}

/**
 * Run a stack of ready frames (outermost first) as `resumeFrames` does: the innermost from its
 * pc, then each caller, standing at an `inline_call`, with the result in the call's destination
 * from the instruction after the call. Only the outermost frame may end in a merge.
 */
export function runFrames<T>(
  stack: ReadonlyArray<ReadyFrame<T>>,
  run: (j: Jitcode, regs: T[], pc: number) => T | MergeResult<T>,
  returned: () => void,
): T | MergeResult<T> {
  if (stack.length === 0) throw new Error('nothing to resume');
  // Every caller is checked before anything runs.
  const callers = stack.slice(0, -1).map((f) => {
    const i = decode(f.j.code, f.pc);
    if (i.op !== 'inline_call') throw new Error(`${f.j.name}@${f.pc}: a caller frame must stand at an inline_call, not ${i.op}`);
    return { j: f.j, regs: f.regs, dst: i.dst, next: i.next };
  });
  const inner = stack[stack.length - 1]!;
  let callee = inner.j;
  let result = run(inner.j, inner.regs, inner.pc);
  for (let k = callers.length - 1; k >= 0; k--) {
    if (result instanceof MergeResult) throw mergeInCallee(`${callee.name}@${result.pc}`);
    const c = callers[k]!;
    returned();
    if (c.dst >= 0) c.regs[c.dst] = result;
    callee = c.j;
    result = run(c.j, c.regs, c.next);
  }
  return result;
}
