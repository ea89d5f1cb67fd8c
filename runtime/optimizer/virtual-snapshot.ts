/**
 * Snapshots under allocation removal: live virtuals become `Virtual` descriptions, and parent
 * frames stay shared between guards exactly as long as that is still correct.
 *
 * A guard's snapshot must describe each virtual as it is *at that guard*. Descriptions are built
 * per guard: one `Virtual` per live virtual per guard, so two references to one virtual within
 * a snapshot (in one frame or in several, directly or through fields, cycles included) are the
 * same description, and deoptimization builds one object for them.
 *
 * Sharing. The recorder shares parent frames between consecutive guards; rebuilding every frame
 * at every guard would lose that. A mapped frame is memoized with what it depended on: the
 * mapped parent, and every virtual its values reach (transitively) with that virtual's version
 * and description. A later guard reuses the mapped frame when its mapped parent is the same
 * object and none of those virtuals changed (a store or a force gives a virtual a new version);
 * the descriptions it carries then join the later guard's own, so the rest of that snapshot
 * refers to the same objects. Otherwise the frame is built anew. A frame whose mapping changes
 * nothing keeps its identity.
 *
 * Invariant the memo relies on: the output value of an input op never changes while it is
 * referenced, except by a virtual being forced (a version change). Callers `reset` the memo
 * when they change that mapping (at a loop label) and whenever they start over.
 * Frames holding virtual descriptions from the input trace are copied afresh at every guard.
 */

import { Const, FrameSnapshot, Op, type SnapValue, type Value, Virtual, mapPending } from '../ir/trace.js';
import type { VState, VirtualHeap } from './virtual-heap.js';

interface FrameEntry {
  readonly out: FrameSnapshot;
  readonly parentOut: FrameSnapshot | null;
  readonly deps: ReadonlyArray<readonly [VState, number, Virtual]>;
}

/** Per-guard state: the descriptions made so far, and copies of input descriptions. */
interface GuardContext {
  readonly descs: Map<VState, Virtual>;
  readonly copies: Map<Virtual, Virtual>;
}

export class SnapshotMapper {
  private memo = new Map<FrameSnapshot, FrameEntry>();

  constructor(
    private readonly heap: VirtualHeap,
    /** The output value of an input op. */
    private readonly get: (op: Op) => Value,
  ) {}

  reset(): void {
    this.memo = new Map();
  }

  /** The snapshot for a guard at the current point of the output. */
  map(s: FrameSnapshot): FrameSnapshot {
    return this.frame(s, { descs: new Map(), copies: new Map() });
  }

  private frame(s: FrameSnapshot, ctx: GuardContext): FrameSnapshot {
    const parentOut = s.parent ? this.frame(s.parent, ctx) : null;
    const e = this.memo.get(s);
    if (e && e.parentOut === parentOut && this.stillValid(e, ctx)) {
      for (const [vs, , d] of e.deps) ctx.descs.set(vs, d);
      return e.out;
    }
    const deps = new Map<VState, Virtual>();
    let fromInput = false;
    let same = parentOut === s.parent;
    const values = s.values.map((v) => {
      if (v instanceof Virtual) fromInput = true;
      const n = this.value(v, ctx, deps);
      if (n !== v) same = false;
      return n;
    });
    const pending = mapPending(s.pending, (v) => (v instanceof Const ? v : this.output(this.get(v), ctx, deps)));
    if (pending !== s.pending) same = false;
    const out = same ? s : new FrameSnapshot(s.code, s.pc, values, parentOut, pending);
    if (!fromInput) this.memo.set(s, { out, parentOut, deps: [...deps].map(([vs, d]) => [vs, vs.version, d] as const) });
    return out;
  }

  private stillValid(e: FrameEntry, ctx: GuardContext): boolean {
    for (const [vs, version, d] of e.deps) {
      if (!this.heap.isLive(vs) || vs.version !== version) return false;
      const mine = ctx.descs.get(vs);
      if (mine !== undefined && mine !== d) return false;
    }
    return true;
  }

  private value(v: SnapValue, ctx: GuardContext, deps: Map<VState, Virtual>): SnapValue {
    if (v instanceof Const) return v;
    if (v instanceof Virtual) return this.copyInput(v, ctx, deps);
    return this.output(this.get(v), ctx, deps);
  }

  /** A value of the output: a live virtual's key becomes its description. */
  private output(x: Value, ctx: GuardContext, deps: Map<VState, Virtual>): SnapValue {
    const vs = this.heap.lookup(x);
    return vs ? this.describe(vs, ctx, deps) : x;
  }

  /**
   * The description of a live virtual in this guard, made on first use; records it (and what it
   * reaches) as a dependency of the frame being built.
   */
  private describe(vs: VState, ctx: GuardContext, deps: Map<VState, Virtual>): Virtual {
    const known = deps.get(vs);
    if (known) return known;
    const existing = ctx.descs.get(vs);
    const d = existing ?? new Virtual(vs.kind, vs.kind === 'object' ? vs.cls : null, vs.kind === 'array' ? vs.descr : null);
    ctx.descs.set(vs, d);
    deps.set(vs, d);
    if (vs.kind === 'object') {
      for (const [f, x] of vs.fields) {
        const n = this.output(x, ctx, deps);
        if (!existing) d.fields.push([f, n]);
      }
    } else {
      for (const x of vs.items) {
        const n = this.output(x, ctx, deps);
        if (!existing) d.items.push(n);
      }
    }
    return d;
  }

  /** A description already in the input trace: copied with its values mapped. */
  private copyInput(v: Virtual, ctx: GuardContext, deps: Map<VState, Virtual>): Virtual {
    const done = ctx.copies.get(v);
    if (done) return done;
    const c = new Virtual(v.kind, v.cls, v.arrayDescr);
    ctx.copies.set(v, c);
    for (const [f, x] of v.fields) c.fields.push([f, this.value(x, ctx, deps)]);
    for (const x of v.items) c.items.push(this.value(x, ctx, deps));
    return c;
  }
}
