/**
 * Structural equality of traces modulo renaming: the verdict of passes that rebuild a trace
 * from scratch, and a precise check for tests.
 *
 * Two traces are the same when they have the same input types and, op by op, the same opcode,
 * result type, descriptor (descriptors are interned: `===`), arguments (constants of the same
 * type and value by `Object.is`, ops at the same position) and snapshots (same frames, codes,
 * positions and values; virtuals compared by structure, cycles and sharing included: within a
 * snapshot, virtuals of the two traces correspond one to one). Whether parent frames are shared
 * objects is not compared: sharing does not change what a snapshot means.
 */

import { Const, type FrameSnapshot, Op, type SnapValue, type Trace, Virtual } from '../ir/trace.js';

export function sameTrace(a: Trace, b: Trace): boolean {
  if (a.inputs.length !== b.inputs.length || a.ops.length !== b.ops.length) return false;
  const ops = new Map<Op, Op>();
  for (let k = 0; k < a.inputs.length; k++) {
    if (a.inputs[k]!.type !== b.inputs[k]!.type) return false;
    ops.set(a.inputs[k]!, b.inputs[k]!);
  }
  const frames = new Map<FrameSnapshot, FrameSnapshot>();
  for (let k = 0; k < a.ops.length; k++) {
    const x = a.ops[k]!;
    const y = b.ops[k]!;
    if (x.opcode !== y.opcode || x.type !== y.type || x.descr !== y.descr || x.args.length !== y.args.length) return false;
    const virtuals = new Map<Virtual, Virtual>();
    for (let j = 0; j < x.args.length; j++) if (!sameValue(x.args[j]!, y.args[j]!, ops, virtuals)) return false;
    if ((x.snapshot === null) !== (y.snapshot === null)) return false;
    if (x.snapshot && !sameFrames(x.snapshot, y.snapshot!, ops, virtuals, frames)) return false;
    ops.set(x, y);
  }
  return true;
}

function sameFrames(
  a: FrameSnapshot,
  b: FrameSnapshot,
  ops: Map<Op, Op>,
  virtuals: Map<Virtual, Virtual>,
  frames: Map<FrameSnapshot, FrameSnapshot>,
): boolean {
  let x: FrameSnapshot | null = a;
  let y: FrameSnapshot | null = b;
  for (; x && y; x = x.parent, y = y.parent) {
    // A frame without virtuals compared once stays equal: its ops are defined earlier.
    if (frames.get(x) === y) continue;
    if (x.code !== y.code || x.pc !== y.pc || x.values.length !== y.values.length) return false;
    for (let k = 0; k < x.values.length; k++) if (!sameValue(x.values[k]!, y.values[k]!, ops, virtuals)) return false;
    if (x.pending.length !== y.pending.length) return false;
    for (let k = 0; k < x.pending.length; k++) {
      const p = x.pending[k]!;
      const q = y.pending[k]!;
      if (!sameValue(p.index, q.index, ops, virtuals) || !sameValue(p.array, q.array, ops, virtuals) || !sameValue(p.value, q.value, ops, virtuals)) return false;
    }
    if (!x.values.some((v) => v instanceof Virtual)) frames.set(x, y);
  }
  return x === null && y === null;
}

function sameValue(x: SnapValue, y: SnapValue, ops: Map<Op, Op>, virtuals: Map<Virtual, Virtual>): boolean {
  if (x instanceof Const) return y instanceof Const && x.type === y.type && Object.is(x.value, y.value);
  if (x instanceof Op) return y instanceof Op && ops.get(x) === y;
  if (!(y instanceof Virtual)) return false;
  const seen = virtuals.get(x);
  if (seen) return seen === y;
  for (const v of virtuals.values()) if (v === y) return false;
  virtuals.set(x, y);
  if (x.kind !== y.kind || x.arrayDescr !== y.arrayDescr) return false;
  if ((x.cls === null) !== (y.cls === null) || (x.cls && !sameValue(x.cls, y.cls!, ops, virtuals))) return false;
  if (x.fields.length !== y.fields.length || x.items.length !== y.items.length) return false;
  for (let k = 0; k < x.fields.length; k++) {
    const [dx, vx] = x.fields[k]!;
    const [dy, vy] = y.fields[k]!;
    if (dx !== dy || !sameValue(vx, vy, ops, virtuals)) return false;
  }
  for (let k = 0; k < x.items.length; k++) if (!sameValue(x.items[k]!, y.items[k]!, ops, virtuals)) return false;
  return true;
}
