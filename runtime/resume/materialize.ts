/**
 * Materialization: turning a snapshot plus the values of its ops into interpreter frames.
 *
 * This is the meaning of a snapshot, stated once. The deoptimizer decodes compact resume data
 * to the same result; the reference executor and the differential tests use this directly.
 *
 * Invariants:
 * - Frames come out outermost first, each with its values in snapshot order.
 * - A virtual is built once per exit, however often it is referenced (so sharing and cycles
 *   among virtuals survive): objects with `Object.create(cls.prototype)` and their fields in the
 *   order recorded, arrays with their kind's constructor and length.
 */

import { ARRAY_CONSTRUCTOR, Const, type FrameSnapshot, Op, type SnapValue, Virtual } from '../ir/trace.js';
import type { ResumedFrame } from './exit.js';

/** Allocate a virtual's object without its contents (filled later, so cycles work). */
export function allocateVirtual(v: Virtual): object {
  if (v.kind === 'object') return Object.create((v.cls!.value as { prototype: object }).prototype) as object;
  const C = ARRAY_CONSTRUCTOR[v.arrayDescr!.elem];
  return C === Array ? new Array<unknown>(v.items.length).fill(undefined) : new C(v.items.length);
}

export function materializeFrames(snapshot: FrameSnapshot, valueOf: (op: Op) => unknown): ResumedFrame[] {
  const built = new Map<Virtual, object>();
  const fill: Virtual[] = [];
  const get = (v: SnapValue): unknown => {
    if (v instanceof Const) return v.value;
    if (v instanceof Op) return valueOf(v);
    let o = built.get(v);
    if (o === undefined) {
      o = allocateVirtual(v);
      built.set(v, o);
      fill.push(v);
    }
    return o;
  };
  const frames: ResumedFrame[] = [];
  for (let f: FrameSnapshot | null = snapshot; f; f = f.parent) {
    frames.push({ code: f.code, pc: f.pc, values: f.values.map(get) });
  }
  // Fill virtuals breadth-first; filling may discover more virtuals.
  for (let k = 0; k < fill.length; k++) {
    const v = fill[k]!;
    const o = built.get(v) as Record<string, unknown> & unknown[];
    if (v.kind === 'object') for (const [d, x] of v.fields) o[d.name] = get(x);
    else v.items.forEach((x, j) => (o[j] = get(x)));
  }
  return frames.reverse();
}
