/**
 * The generic tracer: interprets jitcode on boxes, recording through the `Recorder`.
 *
 * It is the blackhole's loop with boxes (`Op` or `Const`) in the registers instead of values:
 * - IR ops go through `rec.record`, which executes them concretely (folding constants,
 *   forwarding cached heap reads) and gives the result box;
 * - `goto_if_not` on a box the recorder knows constant is decided statically; otherwise it
 *   records `guard_true`/`guard_false` for the concrete outcome, with the snapshot of this frame
 *   at this pc, and follows the concrete path;
 * - `switch` on a non-constant box promotes it (guard_value) first: the register becomes the
 *   constant, and the case is chosen on it;
 * - `class_switch` chooses the case of the box's class: when one matches and the box is not a
 *   constant, it records `guard_class(box, cls)` with the snapshot at its pc (the recorder drops
 *   it when it knows the class, a fresh `new` for one); with no match it takes the default
 *   without a guard (the default is correct for any class);
 * - `promote` records guard_value and the register becomes the constant; `guard_class` records
 *   guard_class (or raises, as the blackhole does, when the value is not of the class);
 * - `inline_call` enters a frame (`rec.enterFrame` with this frame's liveness at the call) and
 *   interprets the callee; its `return` leaves it and the result box goes to the destination;
 * - `residual_call` records `call` or `call_pure` with the snapshot at its pc;
 * - `raise` throws the concrete value, as the blackhole does (the embedder aborts the trace);
 * - `merge` (the portal back at its merge point) ends the run with a `MergeResult` of the boxes
 *   and the merge's position; a merge out of an inlined callee is an error.
 *
 * Switching to the blackhole: when the recorder aborts (`isRecordingAbort`: the trace grew too
 * long) in the middle of a step, `run` throws `SwitchToBlackhole` with its frame as concrete
 * values at the instruction being recorded, which the recorder left unexecuted; each caller's
 * `run` adds its frame, standing at its `inline_call`, in front, and `resume` adds the frames it
 * resumed from that are still waiting, so the embedder gets every frame, outermost first, and
 * `Blackhole.continueFrames` finishes the step. Guest exceptions and tracer bugs pass unchanged.
 *
 * Two entries: `call` starts a jitcode at its start (loop and function traces); `resume` goes on
 * from a stack of frames of boxes (bridges: the frames of the exit the bridge starts from), by
 * the same procedure as `Blackhole.resume` (frames.ts), so a bridge records what the blackhole
 * would have run.
 *
 * Snapshots hold exactly the liveness lists, so resume data holds only live registers, and the
 * frame a guard's snapshot describes is what `Blackhole.resume` runs from: the same jitcode, the
 * same pc, the same registers.
 *
 * Written for speed, being the baseline the generated tracers are measured against: one
 * dispatch loop over the `Int32Array`, operands decoded in place, one reused options object and
 * one reused liveness buffer (the recorder copies what it keeps); the only allocations are the
 * recorder's own (ops and their argument arrays, snapshots) and a register array per inlined
 * frame.
 */

import type { ArrayDescr, Const, FieldDescr, FrameSnapshot, Value } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { isRecordingAbort } from '../recorder/errors.js';
import type { RecordOptions, Recorder } from '../recorder/index.js';
import { ARG0, C, CAT, catName, classHolds, classMismatch } from './dispatch.js';
import { type Jitcode, type JitcodeTable, classSwitchCase, switchTarget } from './format.js';
import { type JitFrame, argumentRegisters, frameRegisters, resumeFrames } from './frames.js';
import { type FullFrame, MergeResult, SwitchToBlackhole, mergeInCallee } from './merge.js';
import { type IrJitOpcode, JIT_OPS, KINDS } from './opcodes.js';

interface Options {
  descr: FieldDescr | ArrayDescr | null;
  type: ValueType | 'void' | undefined;
  snapshot: FrameSnapshot | null;
}

export class GenericTracer {
  /** Reused for every `record` (the recorder does not keep it). */
  private readonly opts: Options = { descr: null, type: undefined, snapshot: null };
  /** Reused to hand live boxes to the recorder (it copies them). */
  private readonly live: Value[] = [];

  constructor(
    readonly table: JitcodeTable,
    readonly rec: Recorder,
  ) {}

  /** Trace jitcode `code` from its start with the argument boxes; the box it returns, or its merge. */
  call(code: number, args: readonly Value[]): Value | MergeResult<Value> {
    const j = this.table.get(code);
    return this.run(j, argumentRegisters(j, args), 0);
  }

  /**
   * Go on tracing from a stack of frames with boxes (outermost first, as `rebuildForBridge`
   * gives them), exactly as the blackhole resumes frames of values: the innermost frame runs
   * from its pc, executing that instruction again; each caller, standing at an `inline_call`
   * that is already an open inlined frame in the recorder, is left (`leaveFrame`) when its
   * callee returns, gets the result box in the call's destination and goes on after the call.
   * The outermost frame's returned box (or its merge); the embedder then applies its stopping
   * condition, as between the outermost calls of loop tracing. A `SwitchToBlackhole` on the way
   * gets the frames still waiting at their calls in front of those that were running.
   */
  resume(frames: readonly JitFrame<Value>[]): Value | MergeResult<Value> {
    if (this.rec.depth < frames.length - 1) {
      throw new Error(`resuming ${frames.length} frames needs ${frames.length - 1} open inlined calls, the recorder has ${this.rec.depth}`);
    }
    let started = 0;
    const run = (j: Jitcode, regs: Value[], pc: number): Value | MergeResult<Value> => {
      started++;
      return this.run(j, regs, pc);
    };
    try {
      return resumeFrames<Value>(this.table, frames, run, () => this.rec.leaveFrame());
    } catch (e) {
      // Frames resume innermost first: the first `frames.length - started` are still waiting.
      if (e instanceof SwitchToBlackhole) e.frames.unshift(...frames.slice(0, frames.length - started).map((f) => this.waitingFrame(f)));
      throw e;
    }
  }

  /** A frame resumed from that waits at its `inline_call`, with its registers' values. */
  private waitingFrame(f: JitFrame<Value>): FullFrame {
    return { code: f.code, pc: f.pc, regs: concrete(frameRegisters(this.table.get(f.code), f)) };
  }

  /** Snapshot of this frame at pc, with the liveness list starting at code[lp]. */
  private snap(j: Jitcode, regs: Value[], pc: number, lp: number): FrameSnapshot {
    if (!this.rec.capturing) return this.rec.noSnapshot;
    return this.rec.snapshot(j.number, pc, this.liveBoxes(j.code, regs, lp));
  }

  private liveBoxes(code: Int32Array, regs: Value[], lp: number): Value[] {
    const n = code[lp]!;
    const live = this.live;
    live.length = n;
    for (let k = 0; k < n; k++) live[k] = regs[code[lp + 1 + k]!]!;
    return live;
  }

  /**
   * Interpret from pc to the frame's return (the returned box) or merge (a `MergeResult`); a
   * recording abort on the way becomes `SwitchToBlackhole` (see the header).
   */
  run(j: Jitcode, regs: Value[], pc: number): Value | MergeResult<Value> {
    const code = j.code;
    const K = j.pool as ReadonlyArray<Const>;
    const rec = this.rec;
    const opts = this.opts as RecordOptions & Options;
    try {
      for (;;) {
        const opnum = code[pc]!;
        switch (CAT[opnum]) {
          case C.VALUE1: {
            const a = code[pc + ARG0[opnum]!]!;
            regs[code[pc + 1]!] = rec.record(JIT_OPS[opnum] as IrJitOpcode, [a >= 0 ? regs[a]! : K[-a - 1]!]);
            pc += ARG0[opnum]! + 1;
            break;
          }
          case C.VALUE2: {
            const p = pc + ARG0[opnum]!;
            const a = code[p]!;
            const b = code[p + 1]!;
            regs[code[pc + 1]!] = rec.record(JIT_OPS[opnum] as IrJitOpcode, [a >= 0 ? regs[a]! : K[-a - 1]!, b >= 0 ? regs[b]! : K[-b - 1]!]);
            pc = p + 2;
            break;
          }
          case C.GETFIELD: {
            const o = code[pc + 3]!;
            opts.descr = K[-code[pc + 4]! - 1] as unknown as FieldDescr;
            opts.type = KINDS[code[pc + 2]!];
            regs[code[pc + 1]!] = rec.record(JIT_OPS[opnum] as IrJitOpcode, [o >= 0 ? regs[o]! : K[-o - 1]!], opts);
            pc += 5;
            break;
          }
          case C.SETFIELD: {
            const o = code[pc + 1]!;
            const v = code[pc + 2]!;
            opts.descr = K[-code[pc + 3]! - 1] as unknown as FieldDescr;
            opts.type = undefined;
            rec.record('setfield', [o >= 0 ? regs[o]! : K[-o - 1]!, v >= 0 ? regs[v]! : K[-v - 1]!], opts);
            pc += 4;
            break;
          }
          case C.GETARRAYITEM: {
            const a = code[pc + 3]!;
            const i = code[pc + 4]!;
            opts.descr = K[-code[pc + 5]! - 1] as unknown as ArrayDescr;
            opts.type = KINDS[code[pc + 2]!];
            regs[code[pc + 1]!] = rec.record(JIT_OPS[opnum] as IrJitOpcode, [a >= 0 ? regs[a]! : K[-a - 1]!, i >= 0 ? regs[i]! : K[-i - 1]!], opts);
            pc += 6;
            break;
          }
          case C.SETARRAYITEM: {
            const a = code[pc + 1]!;
            const i = code[pc + 2]!;
            const v = code[pc + 3]!;
            opts.descr = K[-code[pc + 4]! - 1] as unknown as ArrayDescr;
            opts.type = undefined;
            rec.record('setarrayitem', [a >= 0 ? regs[a]! : K[-a - 1]!, i >= 0 ? regs[i]! : K[-i - 1]!, v >= 0 ? regs[v]! : K[-v - 1]!], opts);
            pc += 5;
            break;
          }
          case C.ARRAYLEN: {
            const a = code[pc + 2]!;
            opts.descr = K[-code[pc + 3]! - 1] as unknown as ArrayDescr;
            opts.type = undefined;
            regs[code[pc + 1]!] = rec.record('arraylen', [a >= 0 ? regs[a]! : K[-a - 1]!], opts);
            pc += 4;
            break;
          }
          case C.NEW: {
            const c = code[pc + 2]!;
            regs[code[pc + 1]!] = rec.record('new', [c >= 0 ? regs[c]! : K[-c - 1]!]);
            pc += 3;
            break;
          }
          case C.NEW_ARRAY: {
            const l = code[pc + 2]!;
            opts.descr = K[-code[pc + 3]! - 1] as unknown as ArrayDescr;
            opts.type = undefined;
            regs[code[pc + 1]!] = rec.record('new_array', [l >= 0 ? regs[l]! : K[-l - 1]!], opts);
            pc += 4;
            break;
          }
          case C.GOTO:
            pc = code[pc + 1]!;
            break;
          case C.GOTO_IF_NOT: {
            const c = code[pc + 1]!;
            const box = rec.resolve(c >= 0 ? regs[c]! : K[-c - 1]!);
            const taken = box.value === true;
            if (!box.isConst) rec.guard(taken ? 'guard_true' : 'guard_false', [box], this.snap(j, regs, pc, pc + 3));
            if (taken) pc += 4 + code[pc + 3]!;
            else pc = code[pc + 2]!;
            break;
          }
          case C.SWITCH: {
            const r = code[pc + 1]!;
            let box = rec.resolve(r >= 0 ? regs[r]! : K[-r - 1]!);
            const n = code[pc + 3]!;
            if (!box.isConst) {
              box = rec.promote(box, this.snap(j, regs, pc, pc + 4 + 2 * n));
              regs[r] = box;
            }
            const v = box.value as number;
            pc = switchTarget(code, pc, v);
            break;
          }
          case C.CLASS_SWITCH: {
            const r = code[pc + 1]!;
            const box = rec.resolve(r >= 0 ? regs[r]! : K[-r - 1]!);
            const p = classSwitchCase(code, j.values, pc, box.value);
            if (p < 0) {
              pc = code[pc + 2]!;
              break;
            }
            if (!box.isConst) rec.guard('guard_class', [box, K[-code[p]! - 1]!], this.snap(j, regs, pc, pc + 4 + 2 * code[pc + 3]!));
            pc = code[p + 1]!;
            break;
          }
          case C.INLINE_CALL: {
            const callee = this.table.codes[code[pc + 1]!]!;
            const n = code[pc + 3]!;
            const cregs: Value[] = new Array(callee.regs);
            const cargs = callee.args;
            for (let k = 0; k < n; k++) {
              const a = code[pc + 4 + k]!;
              cregs[cargs[k]!] = a >= 0 ? regs[a]! : K[-a - 1]!;
            }
            const lp = pc + 4 + n;
            rec.enterFrame(j.number, pc, this.liveBoxes(code, regs, lp), callee.number);
            const result = this.run(callee, cregs, 0);
            if (result instanceof MergeResult) throw mergeInCallee(`${callee.name}@${result.pc}`);
            rec.leaveFrame();
            const dst = code[pc + 2]!;
            if (dst >= 0) regs[dst] = result;
            pc = lp + 1 + code[lp]!;
            break;
          }
          case C.RESIDUAL_CALL: {
            const f = code[pc + 1]!;
            const dst = code[pc + 2]!;
            const n = code[pc + 4]!;
            const args: Value[] = new Array(n + 1);
            args[0] = f >= 0 ? regs[f]! : K[-f - 1]!;
            for (let k = 0; k < n; k++) {
              const a = code[pc + 5 + k]!;
              args[k + 1] = a >= 0 ? regs[a]! : K[-a - 1]!;
            }
            const lp = pc + 5 + n;
            opts.descr = null;
            opts.type = dst >= 0 ? j.kinds[dst] : 'void';
            opts.snapshot = this.snap(j, regs, pc, lp);
            const result = rec.record(code[pc + 3] === 1 ? 'call_pure' : 'call', args, opts);
            opts.snapshot = null;
            if (dst >= 0) regs[dst] = result;
            pc = lp + 1 + code[lp]!;
            break;
          }
          case C.RETURN: {
            const v = code[pc + 1]!;
            return v >= 0 ? regs[v]! : K[-v - 1]!;
          }
          case C.RAISE: {
            const v = code[pc + 1]!;
            throw (v >= 0 ? regs[v]! : K[-v - 1]!).value;
          }
          case C.PROMOTE: {
            const r = code[pc + 1]!;
            const box = rec.resolve(regs[r]!);
            regs[r] = box.isConst ? box : rec.promote(box, this.snap(j, regs, pc, pc + 2));
            pc += 3 + code[pc + 2]!;
            break;
          }
          case C.GUARD_CLASS: {
            const r = code[pc + 1]!;
            const box = r >= 0 ? regs[r]! : K[-r - 1]!;
            const cls = K[-code[pc + 2]! - 1]!;
            if (!classHolds(box.value, cls.value)) throw classMismatch(box.value, cls.value);
            rec.guard('guard_class', [box, cls], this.snap(j, regs, pc, pc + 3));
            pc += 4 + code[pc + 3]!;
            break;
          }
          case C.MOVE: {
            const s = code[pc + 2]!;
            regs[code[pc + 1]!] = s >= 0 ? regs[s]! : K[-s - 1]!;
            pc += 3;
            break;
          }
          case C.MERGE: {
            const n = code[pc + 1]!;
            const values: Value[] = new Array(n);
            for (let k = 0; k < n; k++) {
              const a = code[pc + 2 + k]!;
              values[k] = a >= 0 ? regs[a]! : K[-a - 1]!;
            }
            return new MergeResult(values, pc);
          }
          default:
            throw new Error(`${j.name}@${pc}: bad opcode ${opnum} (${catName(CAT[opnum]!)})`);
        }
      }
    } catch (e) {
      this.opts.snapshot = null;
      // pc is the instruction being recorded (or the inline_call whose callee switched).
      throw switchedAt(e, j, regs, pc);
    }
  }
}

/**
 * What a frame's `run` rethrows: a recording abort becomes `SwitchToBlackhole` with this frame;
 * a switch from a callee gets this frame, the callee's caller, in front; anything else as is.
 */
function switchedAt(e: unknown, j: Jitcode, regs: Value[], pc: number): unknown {
  const frame: FullFrame = { code: j.number, pc, regs: concrete(regs) };
  if (e instanceof SwitchToBlackhole) {
    e.frames.unshift(frame);
    return e;
  }
  if (isRecordingAbort(e)) return new SwitchToBlackhole(e.message, [frame]);
  return e;
}

/** The concrete values of a register array of boxes (registers never written stay undefined). */
function concrete(regs: readonly (Value | undefined)[]): unknown[] {
  const out: unknown[] = new Array(regs.length);
  for (let k = 0; k < regs.length; k++) out[k] = regs[k]?.value;
  return out;
}
