/**
 * The deoptimizer: from an exit and the state array compiled code left, the interpreter frames
 * to resume in, decoded from the exit's resume data alone (never from its snapshot objects).
 *
 * It gives exactly what `materializeFrames(exit.snapshot, ...)` gives (materialize.ts states the
 * meaning; the tests hold the two together on random snapshots): frames outermost first; each
 * virtual built once per exit however often it is referenced, so sharing and cycles survive;
 * objects made with `Object.create(class.prototype)` and their fields set in recorded order;
 * arrays made with their kind's constructor and length, then their items; virtuals allocated
 * when first met and filled breadth-first afterwards. For an exception exit the thrown value is
 * the slot after the exit's values, `S[failArgs.length]`.
 */

import { ARRAY_CONSTRUCTOR } from '../ir/trace.js';
import { type Plan, R_CONST, R_INT, R_SLOT, planFor, refPayload, refTag } from './decode.js';
import type { Deopt, ExitDescr, ResumedFrame } from './exit.js';
import { unzigzag } from './varint.js';

export function deoptimize(exit: ExitDescr, S: unknown[]): Deopt {
  const plan = planFor(exit);
  const frames = materializePlan(plan, S);
  return exit.kind === 'exception' ? { frames, exception: { value: S[exit.failArgs.length] }, exit } : { frames, exit };
}

/** The frames a plan describes, for the values in S; also the objects built for its virtuals. */
export function materializePlan(plan: Plan, S: readonly unknown[], built: Array<object | undefined> = []): ResumedFrame[] {
  const pool = plan.store.pool;
  const virtuals = plan.virtuals;
  const fill: number[] = [];
  const get = (r: number): unknown => {
    const tag = refTag(r);
    const p = refPayload(r);
    if (tag === R_CONST) return pool[p];
    if (tag === R_INT) return unzigzag(p);
    if (tag === R_SLOT) return S[p];
    let o = built[p];
    if (o === undefined) {
      const v = virtuals[p]!;
      if (v.kind === 'object') o = Object.create(v.cls!.prototype) as object;
      else {
        const C = ARRAY_CONSTRUCTOR[v.elem!];
        o = C === Array ? new Array<unknown>(v.refs.length).fill(undefined) : new C(v.refs.length);
      }
      built[p] = o;
      fill.push(p);
    }
    return o;
  };
  const frames: ResumedFrame[] = [];
  for (const f of plan.frames) frames.push({ code: f.code, pc: f.pc, values: f.refs.map(get) });
  for (let k = 0; k < fill.length; k++) {
    const v = virtuals[fill[k]!]!;
    const o = built[fill[k]!] as Record<string, unknown> & unknown[];
    if (v.kind === 'object') for (let j = 0; j < v.refs.length; j++) o[v.fields[j]!.name] = get(v.refs[j]!);
    else for (let j = 0; j < v.refs.length; j++) o[j] = get(v.refs[j]!);
  }
  return frames.reverse();
}
