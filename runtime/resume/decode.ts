/**
 * Decoding an exit's resume data into a *plan*: its frames and virtuals with every reference
 * resolved for that exit. The deoptimizer and the bridge builder both run from plans.
 *
 * A plan's references use the store's four tags with exit-specific payloads: CONST and INT as
 * encoded, SLOT (tag 2) = the index in the state array `S` (the fail-argument position), and
 * VIRTUAL (tag 3) = an index into the plan's own list of virtuals. Slots and plan virtuals are
 * numbered in the order `snapshotFailArgs` visits snapshots: frames innermost first, values in
 * order, a virtual's fields then items when it is first met. That is how fail-argument
 * positions are recovered without storing them (store.ts).
 *
 * Invariants:
 * - A plan depends only on the bytes, which never change: it is cached per innermost chunk, so
 *   an exit that fails repeatedly decodes once, and exits sharing a chunk share the plan; and on
 *   the exit itself, once checked against it (`ExitDescr.plan`).
 * - `slots` equals the exit's `failArgs.length`; a mismatch means the resume data is not this
 *   exit's, and is reported rather than producing wrong frames.
 */

import { ARRAY_KINDS, type ArrayKind, type FieldDescr } from '../ir/trace.js';
import type { ExitDescr } from './exit.js';
import { type ResumeStore, TAG_BOX, TAG_CONST, TAG_INT, TAG_VIRTUAL, VIRTUAL_OBJECT, chunkHome } from './store.js';
import { ByteReader } from './varint.js';

export const R_CONST = TAG_CONST;
export const R_INT = TAG_INT;
export const R_SLOT = TAG_BOX;
export const R_VIRTUAL = TAG_VIRTUAL;

export interface PlanFrame {
  readonly code: number;
  readonly pc: number;
  /** Resolved references, one per live value. */
  readonly refs: readonly number[];
}

export interface PlanVirtual {
  readonly kind: 'object' | 'array';
  /** The class (objects). */
  readonly cls: { prototype: object } | null;
  /** The element kind (arrays). */
  readonly elem: ArrayKind | null;
  /** Field descriptors (objects), parallel to `refs`. */
  readonly fields: readonly FieldDescr[];
  /** Field values (objects) or items (arrays). */
  readonly refs: readonly number[];
}

export interface Plan {
  readonly store: ResumeStore;
  /** Innermost frame first. */
  readonly frames: readonly PlanFrame[];
  readonly virtuals: readonly PlanVirtual[];
  /** How many state-array slots the exit's values occupy. */
  readonly slots: number;
}

export const refTag = (r: number): number => r % 4;
export const refPayload = (r: number): number => (r - (r % 4)) / 4;

const plans = new WeakMap<Uint8Array, Plan>();

export function planFor(exit: ExitDescr): Plan {
  const known = exit.plan;
  if (known !== null) return known;
  const bytes = exit.resume;
  if (bytes === null) throw new Error(`exit ${exit.id} has no resume data: encode its fragment's exits with a ResumeEncoder`);
  let plan = plans.get(bytes);
  if (plan === undefined) {
    const home = chunkHome(bytes);
    if (home === undefined) throw new Error(`exit ${exit.id}: its resume data was not made by a ResumeEncoder`);
    plan = new PlanBuilder(home.store).build(home.index);
    plans.set(bytes, plan);
  }
  if (plan.slots !== exit.failArgs.length) {
    throw new Error(`exit ${exit.id}: resume data names ${plan.slots} values but the exit has ${exit.failArgs.length}`);
  }
  exit.plan = plan;
  return plan;
}

class PlanBuilder {
  private readonly slotOf = new Map<number, number>();
  private readonly virtualOf = new Map<number, number>();
  private readonly virtuals: PlanVirtual[] = [];

  constructor(private readonly store: ResumeStore) {}

  build(top: number): Plan {
    const frames: PlanFrame[] = [];
    for (let c = top; c >= 0; ) {
      const r = new ByteReader(this.store.chunks[c]!);
      const parent = r.uint() - 1;
      const code = r.int();
      const pc = r.int();
      const n = r.uint();
      const refs: number[] = [];
      for (let k = 0; k < n; k++) refs.push(this.resolve(r.uint()));
      frames.push({ code, pc, refs });
      c = parent;
    }
    return { store: this.store, frames, virtuals: this.virtuals, slots: this.slotOf.size };
  }

  private resolve(ref: number): number {
    const tag = refTag(ref);
    if (tag === TAG_CONST || tag === TAG_INT) return ref;
    const p = refPayload(ref);
    if (tag === TAG_BOX) {
      let s = this.slotOf.get(p);
      if (s === undefined) this.slotOf.set(p, (s = this.slotOf.size));
      return s * 4 + R_SLOT;
    }
    let v = this.virtualOf.get(p);
    if (v === undefined) {
      v = this.virtuals.length;
      this.virtualOf.set(p, v);
      this.virtuals.push(PENDING);
      this.virtuals[v] = this.decodeVirtual(p);
    }
    return v * 4 + R_VIRTUAL;
  }

  private decodeVirtual(index: number): PlanVirtual {
    const pool = this.store.pool;
    const r = new ByteReader(this.store.virtuals[index]!);
    const kind = r.uint();
    if (kind === VIRTUAL_OBJECT) {
      const cls = pool[r.uint()] as { prototype: object };
      const n = r.uint();
      const fields: FieldDescr[] = [];
      const refs: number[] = [];
      for (let k = 0; k < n; k++) {
        fields.push(pool[r.uint()] as FieldDescr);
        refs.push(this.resolve(r.uint()));
      }
      return { kind: 'object', cls, elem: null, fields, refs };
    }
    const elem = ARRAY_KINDS[r.uint()]!;
    const n = r.uint();
    const refs: number[] = [];
    for (let k = 0; k < n; k++) refs.push(this.resolve(r.uint()));
    return { kind: 'array', cls: null, elem, fields: [], refs };
  }
}

const PENDING: PlanVirtual = { kind: 'object', cls: null, elem: null, fields: [], refs: [] };
