/**
 * The portal runner: what an interpreter's dispatch loop calls at a guest backward jump when the
 * metajit transformer has made it JIT-enabled (RPython's `warmspot` + `pyjitpl` main loop).
 *
 * The portal is the jitcode of one iteration of the dispatch loop: it starts at the merge point
 * with the merge-point values as its arguments (the receiver, then the driver's greens, then its
 * reds) and ends in `merge` (back at the merge point with new values), `return` (the dispatch
 * method returned) or `raise`. Everything here moves from one merge point to another:
 *
 *     backEdge(values) ── cold ─────────────────────────────────► null: keep interpreting
 *        │ hot: trace steps (tracer on the portal) until the greens come back ─► closeLoop
 *        │      (or reach another compiled loop ─► closeToLoop; or abort ─► blackhole to the
 *        │      next merge point)
 *        └ compiled: enter ─► exit ─► deoptimize ─► blackhole resumes the jitcode frames to the
 *                    next merge point (or, the exit being hot, trace a bridge from them) ─►
 *                    compiled loop there? enter it : back to the interpreter with the values
 *
 * The outcome is where the interpreter goes on: `{ done: false, values }` at the merge point
 * (it assigns the values to its merge-point variables and continues its loop) or
 * `{ done: true, value }` (the dispatch method returns the value). A guest exception propagates
 * out of `backEdge` with the heap as the interpreter would have left it: the tracer and the
 * blackhole execute every effect concretely before the `raise`, and compiled code leaves
 * through an exception exit whose state is rebuilt first.
 *
 * Greens are trace constants: a loop trace starts with them as constants; at each merge point
 * reached while tracing, a green the tracer does not know constant is promoted (guard_value
 * with the snapshot of the `merge` instruction, which resumes by merging again), so the trace
 * never closes on greens it only saw once. Reds, the receiver among them, are the trace's
 * inputs, in position order.
 *
 * Array virtualizables (`layout.virtualizableArrays`): a loop trace starts, after its inputs,
 * with one `virtualizable_array(r)` per such red, so the optimizer may keep the array's items
 * at constant indices in registers of the loop (runtime/optimizer). Bridges do not repeat it.
 *
 * Inner loops first: a trace that reaches the header of a loop that is counted but not compiled
 * gives up (without counting it against the key) and has that loop traced at its next back
 * edge; the outer loop is traced again later and then jumps into the compiled inner loop.
 *
 * Aborts never lose state: a trace that grows too long mid-step switches to the blackhole with
 * the tracer's full frames (`SwitchToBlackhole`); one that grows too long promoting the greens
 * at a merge point gives the interpreter that merge point's values; a step that returns or
 * raises while tracing aborts the trace and returns or rethrows what the interpreter would have.
 */

import { type Value, arrayDescr } from '../ir/trace.js';
import { Blackhole } from '../jitcode/blackhole.js';
import { type Jitcode, type JitcodeTable, decode, liveAt } from '../jitcode/format.js';
import type { JitFrame } from '../jitcode/frames.js';
import { MergeResult, SwitchToBlackhole } from '../jitcode/merge.js';
import { GenericTracer } from '../jitcode/tracer.js';
import { type Recorder, isRecordingAbort } from '../recorder/index.js';
import { GreenKeys, type GreenKey } from '../warmup/greenkeys.js';
import { type EnterResult, HeaderAction, type Jit } from './jit.js';

/** Where the interpreter goes on after a JIT excursion. */
export type PortalOutcome = { readonly done: false; readonly values: unknown[] } | { readonly done: true; readonly value: unknown };

/**
 * What the transformer emits for one dispatch method: its name, how to build the portal's
 * layout (the jitcode table is built on first use, not at module load), and the generated
 * step tracer when there is one.
 */
export interface PortalDescr {
  readonly name: string;
  layout(): PortalLayout;
  generated?(layout: PortalLayout): StepTracer;
}

/** The portal of one dispatch loop. */
export interface PortalLayout {
  readonly table: JitcodeTable;
  /** The portal's jitcode number. */
  readonly portal: number;
  /** The positions of the greens among the portal's arguments (the others are reds). */
  readonly greenPositions: readonly number[];
  /**
   * The positions of the array virtualizables among the portal's arguments (reds whose value is
   * a JavaScript array; the driver's `virtualizables` that are not frames). Absent: none.
   */
  readonly virtualizableArrays?: readonly number[];
}

/** How steps are traced: the generic tracer on the jitcode, or a generated tracer. */
export interface StepTracer {
  /** Trace one step from the merge point with the boxes of the merge-point values. */
  step(rec: Recorder, args: Value[]): Value | MergeResult<Value>;
  /** Go on from a bridge's frames of boxes (outermost first) to the end of the step. */
  resume(rec: Recorder, frames: readonly JitFrame<Value>[]): Value | MergeResult<Value>;
}

/** The generic tracer as a step tracer: interprets the portal's jitcode table while recording. */
export function genericStepTracer(layout: PortalLayout): StepTracer {
  return {
    step: (rec, args) => new GenericTracer(layout.table, rec).call(layout.portal, args),
    resume: (rec, frames) => new GenericTracer(layout.table, rec).resume(frames),
  };
}

/** The descriptor of `virtualizable_array` markers: items of any kind. */
const VABLE_ARRAY_DESCR = arrayDescr('any');

export class PortalRunner {
  private readonly portal: Jitcode;
  private readonly keys: GreenKeys;
  private readonly isGreen: boolean[];
  /** Positions of the reds (the trace inputs), in order. */
  private readonly reds: number[];
  /** Positions of the array virtualizables (reds), in the layout's order. */
  private readonly vableArrays: readonly number[];
  private readonly blackhole: Blackhole;
  /** Per `merge` pc: for each live register of its snapshot, the operand position holding it. */
  private readonly mergeLive = new Map<number, number[]>();

  constructor(
    readonly jit: Jit,
    readonly layout: PortalLayout,
    readonly tracer: StepTracer = genericStepTracer(layout),
  ) {
    this.portal = layout.table.get(layout.portal);
    const n = this.portal.args.length;
    this.isGreen = Array.from({ length: n }, (_, k) => layout.greenPositions.includes(k));
    for (const p of layout.greenPositions) if (!(p >= 0 && p < n)) throw new Error(`${this.portal.name}: green position ${p} out of range`);
    this.reds = this.isGreen.flatMap((g, k) => (g ? [] : [k]));
    this.vableArrays = layout.virtualizableArrays ?? [];
    for (const p of this.vableArrays) {
      if (!(p >= 0 && p < n) || this.isGreen[p] || this.portal.kinds[this.portal.args[p]!] !== 'ref') {
        throw new Error(`${this.portal.name}: virtualizable array position ${p} is not a ref red of the portal`);
      }
    }
    this.keys = new GreenKeys(layout.greenPositions);
    this.blackhole = new Blackhole(layout.table);
  }

  /**
   * At a guest backward jump, with the merge-point values the loop is about to start over with:
   * null to keep interpreting, or where to go on after running (and maybe tracing) compiled code.
   */
  backEdge(values: unknown[]): PortalOutcome | null {
    if (!this.jit.params.enabled) return null;
    const key = this.keys.of(values);
    const action = this.jit.loopHeader(key);
    if (action === HeaderAction.Interpret) return null;
    if (action === HeaderAction.Trace) {
      const o = this.traceLoop(key, values);
      if (o.done) return o;
      values = o.values;
    }
    return this.run(values);
  }

  /** Run compiled code from merge point to merge point while there is some for the greens. */
  private run(values: unknown[]): PortalOutcome {
    for (;;) {
      const loop = this.jit.compiledFor(this.keys.of(values));
      if (loop === undefined) return { done: false, values };
      const r = this.jit.enter(loop, this.redsOf(values));
      if (r === null) return { done: false, values };
      const o = r.wantsBridge ? this.traceBridge(r) : this.finish(this.resumeDeopt(r));
      if (o.done) return o;
      values = o.values;
    }
  }

  private resumeDeopt(r: EnterResult): unknown {
    if (r.exception) throw r.exception.value;
    return this.blackhole.resume(r.frames);
  }

  private finish(result: unknown): PortalOutcome {
    return result instanceof MergeResult ? { done: false, values: result.values } : { done: true, value: result };
  }

  // ---- tracing ----------------------------------------------------------------------------------

  private traceLoop(key: GreenKey, values: unknown[]): PortalOutcome {
    for (const p of this.vableArrays) {
      if (!Array.isArray(values[p])) throw new TypeError(`${this.portal.name}: the virtualizable array at argument ${p} is not an array`);
    }
    const rec = this.jit.startLoop(key);
    const kinds = this.portal.kinds;
    const args = this.portal.args;
    const boxes: Value[] = values.map((v, k) => {
      const kind = kinds[args[k]!]!;
      return this.isGreen[k] ? rec.const_(kind, v) : rec.input(kind, v);
    });
    // Made here, not by the tracers: the same marker whichever tracer runs. Bridges start from
    // an exit of a loop whose trace has it already.
    for (const p of this.vableArrays) rec.record('virtualizable_array', [boxes[p]!], { descr: VABLE_ARRAY_DESCR });
    return this.traceSteps(rec, key, () => this.tracer.step(rec, boxes));
  }

  private traceBridge(from: EnterResult): PortalOutcome {
    const start = this.jit.startBridge(from);
    return this.traceSteps(start.rec, null, () => this.tracer.resume(start.rec, start.frames));
  }

  /**
   * Trace steps (the first by `first`, the next from the merge-point boxes) until the greens
   * reach the loop's own key (`closeLoop`) or a compiled loop (`closeToLoop` / `closeBridge`).
   */
  private traceSteps(rec: Recorder, loopKey: GreenKey | null, first: () => Value | MergeResult<Value>): PortalOutcome {
    let result: Value | MergeResult<Value>;
    let next = first;
    for (;;) {
      try {
        result = next();
      } catch (e) {
        if (e instanceof SwitchToBlackhole) {
          this.jit.abort(rec, e.reason);
          return this.finish(this.blackhole.continueFrames(e.frames));
        }
        this.jit.abort(rec, 'the guest raised an exception while tracing');
        throw e;
      }
      if (!(result instanceof MergeResult)) {
        this.jit.abort(rec, 'the dispatch loop returned while tracing');
        return { done: true, value: result.value };
      }
      let boxes: Value[];
      try {
        boxes = this.promoteGreens(rec, result);
      } catch (e) {
        if (!isRecordingAbort(e)) throw e;
        // Full at a merge point: the interpreter goes on from there, nothing to resume.
        this.jit.abort(rec, e.message);
        return { done: false, values: result.values.map((b) => b.value) };
      }
      const values = boxes.map((b) => b.value);
      const key = this.keys.of(values);
      const reds = this.reds.map((p) => boxes[p]!);
      if (key === loopKey) {
        this.jit.closeLoop(rec, reds);
        return { done: false, values };
      }
      const target = this.jit.compiledFor(key);
      if (target !== undefined) {
        if (loopKey === null) this.jit.closeBridge(rec, target, reds);
        else this.jit.closeToLoop(rec, target, reds);
        return { done: false, values };
      }
      if (this.jit.isColdLoopHeader(key)) {
        // An inner loop, not compiled yet: tracing on would unroll it into this trace. Give up
        // without penalty and have the inner loop traced first (LuaJIT's rule).
        this.jit.abort(rec, 'reached an inner loop that is not compiled yet', false);
        this.jit.primeInnerLoop(key);
        return { done: false, values };
      }
      next = () => this.tracer.step(rec, boxes);
    }
  }

  /** The merge's boxes with every green made a constant (promoted with the merge's snapshot). */
  private promoteGreens(rec: Recorder, m: MergeResult<Value>): Value[] {
    const boxes = m.values.map((b) => rec.resolve(b));
    const before = boxes.slice();
    for (let k = 0; k < boxes.length; k++) {
      if (!this.isGreen[k] || boxes[k]!.isConst) continue;
      // The snapshot holds the values as they were at the merge: resuming merges again.
      const live = this.liveOperands(m.pc).map((p) => before[p]!);
      boxes[k] = rec.promote(boxes[k]!, rec.snapshot(this.portal.number, m.pc, live));
    }
    return boxes;
  }

  private liveOperands(pc: number): number[] {
    let map = this.mergeLive.get(pc);
    if (map === undefined) {
      const i = decode(this.portal.code, pc);
      if (i.op !== 'merge') throw new Error(`${this.portal.name}@${pc}: a merge result from ${i.op}`);
      const operands = i.values;
      map = liveAt(this.portal, pc).map((r) => operands.indexOf(r));
      this.mergeLive.set(pc, map);
    }
    return map;
  }

  private redsOf(values: readonly unknown[]): unknown[] {
    return this.reds.map((p) => values[p]);
  }
}
