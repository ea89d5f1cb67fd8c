/**
 * The trace data structure: operations, constants, descriptors, snapshots and virtuals.
 *
 * A trace is a list of operations in SSA form. An operation is its own result (as in RPython's
 * resoperations): `args` point at earlier `Op`s or at `Const`s, and during recording `value`
 * holds the concrete value computed while tracing, so an `Op` is also the recorder's "box".
 *
 * Invariants:
 * - `Trace.inputs` are `input` ops; every arg of every op is an input, an earlier op of the same
 *   trace, or a `Const`. (`verify` in verify.ts checks this and the types.)
 * - A loop trace has the shape `label(...) body jump(...)`; after loop peeling it is
 *   `preamble label(...) body jump(...)`, and the jump targets the last label.
 * - Guards and raising ops carry a `FrameSnapshot`: the interpreter frames to rebuild if the
 *   guard fails (innermost frame first, parents linked). Parent frames are shared objects:
 *   consecutive guards inside the same callee point at the same parent snapshot.
 * - Snapshot values are `Value`s or, after allocation removal, `Virtual`s: descriptions of
 *   objects that the optimized trace no longer allocates, materialized only on deoptimization.
 * - Descriptors are interned (`fieldDescr('x') === fieldDescr('x')`): compare them with `===`.
 */

import { OPS, type Opcode, type OpSpec, hasSnapshot } from './optable.js';
import type { Brand, Type, ValueType } from './types.js';

export type OpId = Brand<number, 'OpId'>;

// ---- descriptors --------------------------------------------------------------------------------

/** A named property of an object. */
export interface FieldDescr {
  readonly kind: 'field';
  readonly name: string;
}

/** Element kinds of arrays: JavaScript arrays (`any`) and typed arrays. */
export type ArrayKind = 'any' | 'i8' | 'u8' | 'u8c' | 'i16' | 'u16' | 'i32' | 'f32' | 'f64';

export const ARRAY_KINDS: readonly ArrayKind[] = ['any', 'i8', 'u8', 'u8c', 'i16', 'u16', 'i32', 'f32', 'f64'];

/** The constructor of each array kind's arrays. */
export const ARRAY_CONSTRUCTOR = {
  any: Array,
  i8: Int8Array,
  u8: Uint8Array,
  u8c: Uint8ClampedArray,
  i16: Int16Array,
  u16: Uint16Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const satisfies Record<ArrayKind, unknown>;

/** Does storing v and reading it back give v for every v of the element type? (No narrowing.) */
export const ARRAY_STORE_EXACT = {
  any: true, i8: false, u8: false, u8c: false, i16: false, u16: false, i32: true, f32: false, f64: true,
} as const satisfies Record<ArrayKind, boolean>;

export interface ArrayDescr {
  readonly kind: 'array';
  readonly elem: ArrayKind;
}

/** The loop a `jump` enters when it is not the trace's own label: a compiled loop's number. */
export interface TargetDescr {
  readonly kind: 'target';
  readonly loop: number;
}

export type Descr = FieldDescr | ArrayDescr | TargetDescr;

const fieldDescrs = new Map<string, FieldDescr>();
export function fieldDescr(name: string): FieldDescr {
  let d = fieldDescrs.get(name);
  if (!d) {
    d = Object.freeze({ kind: 'field' as const, name });
    fieldDescrs.set(name, d);
  }
  return d;
}

const arrayDescrs = new Map<ArrayKind, ArrayDescr>();
export function arrayDescr(elem: ArrayKind): ArrayDescr {
  let d = arrayDescrs.get(elem);
  if (!d) {
    d = Object.freeze({ kind: 'array' as const, elem });
    arrayDescrs.set(elem, d);
  }
  return d;
}

const targetDescrs = new Map<number, TargetDescr>();
export function targetDescr(loop: number): TargetDescr {
  let d = targetDescrs.get(loop);
  if (!d) {
    d = Object.freeze({ kind: 'target' as const, loop });
    targetDescrs.set(loop, d);
  }
  return d;
}

// ---- values -------------------------------------------------------------------------------------

export class Const {
  readonly isConst = true as const;
  constructor(
    readonly type: ValueType,
    readonly value: unknown,
  ) {}
}

export const constInt = (v: number): Const => new Const('int', v | 0);
export const constFloat = (v: number): Const => new Const('float', v);
export const constBool = (v: boolean): Const => new Const('bool', v);
export const constRef = (v: unknown): Const => new Const('ref', v);

let nextOpId = 0;

export class Op {
  readonly isConst = false as const;
  readonly id: OpId = nextOpId++ as OpId;
  /** Concrete value while recording; undefined in parsed traces. */
  value: unknown = undefined;
  /** Scratch slot for passes (forwarding, numbering); a pass must reset what it uses. */
  info: unknown = undefined;

  constructor(
    readonly opcode: Opcode,
    public args: Value[],
    readonly type: Type,
    public descr: Descr | null = null,
    public snapshot: FrameSnapshot | null = null,
  ) {}

  get spec(): OpSpec {
    return OPS[this.opcode];
  }
}

export type Value = Op | Const;

export const isConst = (v: Value | Virtual): v is Const => v instanceof Const;
export const isOp = (v: Value | Virtual): v is Op => v instanceof Op;

export function valueType(v: Value): Type {
  return v.type;
}

// ---- snapshots ----------------------------------------------------------------------------------

/**
 * An object or array that allocation removal took out of the trace, described field by field
 * so that deoptimization can build it. Fields may refer to other virtuals (cycles allowed).
 */
export class Virtual {
  readonly isVirtual = true as const;
  /** For `kind: 'object'`: the fields set, in the order they were first set. */
  readonly fields: Array<[FieldDescr, SnapValue]> = [];
  /** For `kind: 'array'`: the items, one per index (length = array length). */
  readonly items: SnapValue[] = [];
  constructor(
    readonly kind: 'object' | 'array',
    /** The class (object) or null (array). */
    readonly cls: Const | null,
    /** The element kind (array) or null (object). */
    readonly arrayDescr: ArrayDescr | null,
  ) {}
}

export type SnapValue = Value | Virtual;

export const isVirtual = (v: SnapValue): v is Virtual => v instanceof Virtual;

/**
 * A store into an array that the optimizer took out of the trace (an array item kept in a
 * register of the loop, optimizer/vable.ts): compiled code does it when it leaves through the
 * exit whose snapshot lists it, before anything else, so the heap is as the interpreter would
 * have left it. `index` is an int constant or an int op the loop does not change; values are
 * never virtuals.
 */
export interface PendingStore {
  readonly array: Value;
  readonly index: Value;
  readonly value: Value;
}

const NO_PENDING: readonly PendingStore[] = Object.freeze([]);

/**
 * The state of one interpreter frame at a guard: which code (an embedder-defined number, e.g. a
 * jitcode or guest function), the position in it to resume at, and the live values. The
 * innermost frame of a guard's snapshot may also carry the stores still pending there
 * (`pending`, in order); parent frames never do.
 */
export class FrameSnapshot {
  constructor(
    readonly code: number,
    readonly pc: number,
    readonly values: SnapValue[],
    readonly parent: FrameSnapshot | null,
    readonly pending: readonly PendingStore[] = NO_PENDING,
  ) {}

  /** The frames, innermost first. */
  frames(): FrameSnapshot[] {
    const out: FrameSnapshot[] = [];
    for (let f: FrameSnapshot | null = this; f; f = f.parent) out.push(f);
    return out;
  }
}

/**
 * The distinct ops a snapshot needs at run time, in a canonical order (innermost frame first,
 * then into virtual fields depth-first). The backend hands exactly these to the deoptimizer, so
 * both sides must use this function.
 */
export function snapshotFailArgs(snapshot: FrameSnapshot): Op[] {
  const out: Op[] = [];
  const seen = new Set<Op | Virtual>();
  const visit = (v: SnapValue): void => {
    if (v instanceof Const || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Op) {
      out.push(v);
    } else {
      for (const [, f] of v.fields) visit(f);
      for (const it of v.items) visit(it);
    }
  };
  for (let f: FrameSnapshot | null = snapshot; f; f = f.parent) for (const v of f.values) visit(v);
  return out;
}

/** Rebuild a snapshot chain with every value mapped (virtuals are mapped as wholes by `map`). */
export function mapSnapshot(
  s: FrameSnapshot,
  map: (v: SnapValue) => SnapValue,
  memo: Map<FrameSnapshot, FrameSnapshot> = new Map(),
): FrameSnapshot {
  const done = memo.get(s);
  if (done) return done;
  const parent = s.parent ? mapSnapshot(s.parent, map, memo) : null;
  const out = new FrameSnapshot(s.code, s.pc, s.values.map(map), parent, mapPending(s.pending, map));
  memo.set(s, out);
  return out;
}

/** Pending stores with their arrays and values mapped (the same list when nothing changes). */
export function mapPending(pending: readonly PendingStore[], map: (v: Value) => SnapValue): readonly PendingStore[] {
  if (pending.length === 0) return pending;
  let same = true;
  const out = pending.map((p) => {
    const array = pendingValue(map(p.array));
    const index = pendingValue(map(p.index));
    const value = pendingValue(map(p.value));
    if (array !== p.array || index !== p.index || value !== p.value) same = false;
    return { array, index, value };
  });
  return same ? pending : out;
}

function pendingValue(v: SnapValue): Value {
  if (v instanceof Virtual) throw new Error('a pending store of a virtual: force it before the guard');
  return v;
}

/** Calls `f` on the arrays, indices and values of a snapshot's pending stores. */
export function forEachPending(s: FrameSnapshot, f: (v: Value) => void): void {
  for (const p of s.pending) {
    f(p.array);
    f(p.index);
    f(p.value);
  }
}

// ---- traces -------------------------------------------------------------------------------------

export class Trace {
  constructor(
    readonly inputs: Op[],
    readonly ops: Op[],
  ) {}
}

/** Make an input op of the given type. */
export function newInput(type: ValueType): Op {
  return new Op('input', [], type);
}

/** Make an op, taking the result type from the table unless it is per-instance ('any'). */
export function newOp(
  opcode: Opcode,
  args: Value[],
  type?: Type,
  descr: Descr | null = null,
  snapshot: FrameSnapshot | null = null,
): Op {
  const r = OPS[opcode].result;
  const t: Type = r === 'any' ? (type ?? (opcode === 'same_as' ? args[0]!.type : 'void')) : r;
  if (type !== undefined && r !== 'any' && type !== r) {
    throw new Error(`${opcode} has result type ${r}, not ${type}`);
  }
  if (snapshot && !hasSnapshot(opcode)) throw new Error(`${opcode} takes no snapshot`);
  return new Op(opcode, args, t, descr, snapshot);
}
