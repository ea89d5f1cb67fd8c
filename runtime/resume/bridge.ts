/**
 * Bridge entry: the starting state of a bridge traced from a hot exit.
 *
 * A bridge is compiled code that runs instead of leaving through an exit, so it starts exactly
 * where the exit leaves: its inputs are the exit's values in the state array (`failArgs` order,
 * plus the thrown value for an exception exit, as `compileBridge` expects), and the interpreter
 * frames are the exit's snapshot decoded from its resume data. Built for the recorder:
 * - each input becomes a typed input op holding its value from `S`;
 * - each virtual of the snapshot is allocated in the bridge trace (`new` / `new_array`, all
 *   allocations first, then the stores of every field and item), so the bridge's optimizer
 *   sees fresh objects and can remove the allocations again;
 * - the frames come back outermost first with boxes instead of values; every frame but the
 *   innermost is entered into the recorder as an inlined caller (`enterFrame`), so snapshots
 *   taken in the bridge have the right parents and a return to a caller is a `leaveFrame`.
 *
 * The objects. The embedder usually already holds the frames deoptimization made for this very
 * exit and state array, virtuals included, and the tracer must run on those same objects. So
 * when that deoptimization is given, the virtual boxes adopt its objects (checked to match: class, kind, length, and each object in the
 * place the snapshot says); otherwise they hold new objects built by recording.
 *
 * Invariant: the recorder is fresh (nothing recorded, no frames entered); afterwards its inputs
 * are the bridge's inputs and its ops only the re-allocation of the virtuals.
 */

import { type FieldDescr, type Op, type Value, arrayDescr } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { constOf } from '../recorder/consts.js';
import type { Recorder } from '../recorder/recorder.js';
import { type Plan, R_CONST, R_INT, R_SLOT, R_VIRTUAL, planFor, refPayload, refTag } from './decode.js';
import type { Deopt, ExitDescr } from './exit.js';
import { unzigzag } from './varint.js';

/** One interpreter frame at the start of a bridge, with boxes for its live values. */
export interface BridgeFrame {
  readonly code: number;
  readonly pc: number;
  readonly values: Value[];
}

export interface BridgeStart {
  readonly rec: Recorder;
  readonly exit: ExitDescr;
  /** Outermost first; all but the last are open inlined calls in `rec`. */
  readonly frames: BridgeFrame[];
  /** For an exception exit: the input holding the thrown value. */
  readonly exception?: Op;
}

export function rebuildForBridge(rec: Recorder, exit: ExitDescr, S: unknown[], materialized?: Deopt): BridgeStart {
  if (rec.ops.length !== 0 || rec.inputs.length !== 0 || rec.depth !== 0) throw new Error('a bridge starts from a fresh recorder');
  const plan = planFor(exit);
  const inputs = exit.failArgs.map((a, k) => rec.input(a.type as ValueType, S[k]));
  const exception = exit.kind === 'exception' ? rec.input('ref', S[exit.failArgs.length]) : undefined;

  const objects = materialized !== undefined && materialized.exit === exit ? adoptable(plan, S, materialized) : null;

  const { pool, poolTypes } = plan.store;
  const vboxes: Op[] = [];
  const box = (r: number): Value => {
    const p = refPayload(r);
    switch (refTag(r)) {
      case R_CONST:
        return constOf(poolTypes[p]!, pool[p]);
      case R_INT:
        return constOf('int', unzigzag(p));
      case R_SLOT:
        return inputs[p]!;
      default:
        return vboxes[p]!;
    }
  };

  plan.virtuals.forEach((v, k) => {
    if (v.kind === 'object') {
      const cls = constOf('ref', v.cls);
      vboxes.push((objects ? rec.adopt('new', cls, objects[k]!) : rec.record('new', [cls])) as Op);
    } else {
      const d = arrayDescr(v.elem!);
      const len = constOf('int', v.refs.length);
      vboxes.push((objects ? rec.adopt('new_array', len, objects[k]!, d) : rec.record('new_array', [len], { descr: d })) as Op);
    }
  });
  plan.virtuals.forEach((v, k) => {
    const o = vboxes[k]!;
    if (v.kind === 'object') {
      v.refs.forEach((r, j) => rec.record('setfield', [o, box(r)], { descr: v.fields[j]! }));
    } else {
      const d = arrayDescr(v.elem!);
      v.refs.forEach((r, j) => rec.record('setarrayitem', [o, constOf('int', j), box(r)], { descr: d }));
    }
  });

  const frames: BridgeFrame[] = plan.frames.map((f) => ({ code: f.code, pc: f.pc, values: f.refs.map(box) })).reverse();
  for (let k = 0; k < frames.length - 1; k++) rec.enterFrame(frames[k]!.code, frames[k]!.pc, frames[k]!.values);
  return exception === undefined ? { rec, exit, frames } : { rec, exit, frames, exception };
}

/**
 * The objects of a deoptimization of this exit, by plan virtual, found where the snapshot puts
 * them (frame values, then fields and items of objects found). Throws when the frames do not
 * have the exit's shape.
 */
function adoptable(plan: Plan, S: readonly unknown[], d: Deopt): object[] {
  const mismatch = (what: string): never => {
    throw new Error(`the deoptimized frames given for exit ${d.exit.id} are not its state: ${what}`);
  };
  const objs: Array<object | undefined> = new Array(plan.virtuals.length);
  const queue: number[] = [];
  const visit = (r: number, value: unknown): void => {
    const tag = refTag(r);
    const p = refPayload(r);
    if (tag === R_SLOT && value !== S[p] && !(value !== value && S[p] !== S[p])) mismatch(`slot ${p} differs`);
    if (tag !== R_VIRTUAL) return;
    if (typeof value !== 'object' || value === null) return mismatch('a virtual is not an object');
    const seen = objs[p];
    if (seen === undefined) {
      objs[p] = value;
      queue.push(p);
    } else if (seen !== value) mismatch('one virtual became two objects');
  };
  const n = plan.frames.length;
  if (d.frames.length !== n) mismatch(`${d.frames.length} frames, expected ${n}`);
  plan.frames.forEach((f, k) => {
    const df = d.frames[n - 1 - k]!;
    if (df.code !== f.code || df.pc !== f.pc || df.values.length !== f.refs.length) mismatch(`frame ${n - 1 - k} differs`);
    f.refs.forEach((r, j) => visit(r, df.values[j]));
  });
  for (let q = 0; q < queue.length; q++) {
    const v = plan.virtuals[queue[q]!]!;
    const o = objs[queue[q]!] as Record<string, unknown> & unknown[];
    if (v.kind === 'object') v.refs.forEach((r, j) => visit(r, o[(v.fields[j] as FieldDescr).name]));
    else if (v.elem === 'any') v.refs.forEach((r, j) => visit(r, o[j]));
    // Typed-array items are numbers (narrowed on store): nothing to find or compare there.
  }
  return objs as object[];
}
