/**
 * The resume encoder: one per compiled fragment (loop or bridge), turning the snapshots of its
 * exits into the compact form of store.ts.
 *
 * Sharing is by identity, the way the recorder and the optimizer hand snapshots over: a frame
 * snapshot met again (a parent shared by the guards of one inlined call, or a guard's whole
 * snapshot equal to an earlier guard's) reuses its chunk; a virtual met again (the optimizer
 * reuses one description while it does not change) reuses its description. Constants are
 * interned per fragment. Ops get fragment-wide numbers, so what a chunk says does not depend on
 * which exit uses it.
 *
 * Invariants: `encode(exit)` sets `exit.resume` to the chunk of the exit's innermost frame and
 * registers it, so `deoptimize(exit, S)` can find the store; the encoder never reads anything
 * but the snapshot; `bytes` grows only when something new was encoded.
 */

import { ARRAY_KINDS, Const, type FieldDescr, type FrameSnapshot, Op, type SnapValue, type Virtual } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import type { ExitDescr } from './exit.js';
import {
  INLINE_INT_LIMIT,
  ResumeStore,
  TAG_BOX,
  TAG_CONST,
  TAG_INT,
  TAG_VIRTUAL,
  VIRTUAL_ARRAY,
  VIRTUAL_OBJECT,
  registerChunk,
} from './store.js';
import { ByteWriter, zigzag } from './varint.js';

const ref = (payload: number, tag: number): number => payload * 4 + tag;

export class ResumeEncoder {
  readonly store = new ResumeStore();
  private readonly chunkOf = new Map<FrameSnapshot, number>();
  private readonly virtualOf = new Map<Virtual, number>();
  private readonly boxOf = new Map<Op, number>();
  /** Pool index by type, then value (SameValueZero; -0 kept apart in `negZero`). */
  private readonly constOf: Record<ValueType, Map<unknown, number>> = { int: new Map(), float: new Map(), bool: new Map(), ref: new Map() };
  private readonly negZero: Partial<Record<ValueType, number>> = {};
  private readonly w = new ByteWriter();

  /** Encode an exit's snapshot; sets and returns `exit.resume`. */
  encode(exit: ExitDescr): Uint8Array {
    const bytes = this.store.chunks[this.frame(exit.snapshot)]!;
    exit.resume = bytes;
    return bytes;
  }

  /** Total size of the fragment's resume data so far (see store.ts). */
  get bytes(): number {
    return this.store.bytes;
  }

  private frame(s: FrameSnapshot): number {
    const known = this.chunkOf.get(s);
    if (known !== undefined) return known;
    const parent = s.parent === null ? -1 : this.frame(s.parent);
    const refs = s.values.map((v) => this.value(v));
    const w = this.w;
    w.uint(parent + 1);
    w.int(s.code);
    w.int(s.pc);
    w.uint(refs.length);
    for (const r of refs) w.uint(r);
    const bytes = w.take();
    const index = this.store.chunks.length;
    this.store.chunks.push(bytes);
    this.store.chunkBytes += bytes.length;
    registerChunk(bytes, { store: this.store, index });
    this.chunkOf.set(s, index);
    return index;
  }

  private value(v: SnapValue): number {
    if (v instanceof Op) {
      let n = this.boxOf.get(v);
      if (n === undefined) this.boxOf.set(v, (n = this.boxOf.size));
      return ref(n, TAG_BOX);
    }
    if (v instanceof Const) {
      if (v.type === 'int') {
        const z = zigzag(v.value as number);
        if (z < INLINE_INT_LIMIT) return ref(z, TAG_INT);
      }
      return ref(this.pooled(v.type, v.value), TAG_CONST);
    }
    return ref(this.virtual(v), TAG_VIRTUAL);
  }

  private pooled(type: ValueType, value: unknown): number {
    if (typeof value === 'number' && Object.is(value, -0)) {
      let k = this.negZero[type];
      if (k === undefined) this.negZero[type] = k = this.add(type, value);
      return k;
    }
    const m = this.constOf[type];
    let k = m.get(value);
    if (k === undefined) m.set(value, (k = this.add(type, value)));
    return k;
  }

  private add(type: ValueType, value: unknown): number {
    this.store.pool.push(value);
    this.store.poolTypes.push(type);
    return this.store.pool.length - 1;
  }

  private descr(d: FieldDescr): number {
    return this.pooled('ref', d);
  }

  private virtual(v: Virtual): number {
    const known = this.virtualOf.get(v);
    if (known !== undefined) return known;
    // Reserve the index first: fields may lead back to this virtual.
    const index = this.store.virtuals.length;
    this.virtualOf.set(v, index);
    this.store.virtuals.push(EMPTY);
    let header: number[];
    let refs: number[];
    if (v.kind === 'object') {
      if (v.cls === null) throw new Error('resume data: a virtual object without a class');
      header = [VIRTUAL_OBJECT, this.pooled('ref', v.cls.value), v.fields.length];
      refs = [];
      for (const [d, x] of v.fields) refs.push(this.descr(d), this.value(x));
    } else {
      if (v.arrayDescr === null) throw new Error('resume data: a virtual array without a kind');
      header = [VIRTUAL_ARRAY, ARRAY_KINDS.indexOf(v.arrayDescr.elem), v.items.length];
      refs = v.items.map((x) => this.value(x));
    }
    const w = this.w;
    for (const h of header) w.uint(h);
    for (const r of refs) w.uint(r);
    const bytes = w.take();
    this.store.virtuals[index] = bytes;
    this.store.virtualBytes += bytes.length;
    return index;
  }
}

const EMPTY = new Uint8Array(0);

/** Encode every exit of a compiled fragment with one encoder; the encoder (for `bytes`). */
export function encodeExits(exits: readonly ExitDescr[]): ResumeEncoder {
  const enc = new ResumeEncoder();
  for (const e of exits) enc.encode(e);
  return enc;
}
