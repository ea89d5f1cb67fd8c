/**
 * Random well-typed loop traces, for differential testing of the backend and the optimizer.
 *
 * `randomTrace(seed)` builds, deterministically from the seed, a trace and a recipe for fresh
 * inputs. The trace is *recorded* the way a tracing JIT records one: while the ops are
 * generated, they are also evaluated on one copy of the inputs (the recording run), and every
 * guard is given the polarity that holds in that run (with a small chance of the other one, so
 * first-iteration exits happen too). The first iteration therefore mostly passes its guards,
 * and later iterations diverge as loop-carried values change: exits happen all over the loop.
 *
 * What is generated:
 * - int, float and bool arithmetic with every value op of the table, on live values and on the
 *   edge constants 0, -1, 2^31-1, -2^31, NaN, -0.0, Infinity (and a few more);
 * - overflow-checked arithmetic, guard_true/false on comparisons, guard_value, guard_class,
 *   guard_nonnull/isnull, `instance_of`, casts between refs and values;
 * - heap ops on input objects (possibly aliased: two inputs may be the same object; the field
 *   `id` is immutable: written only when an object is made, read with `getfield_imm`), on input
 *   arrays of every kind including typed arrays, and on new objects and arrays (`new`,
 *   `new_array`), which flow into fields, arrays, calls, snapshots and loop variables; reads of
 *   constant immutable tables (`getarrayitem_imm`; nothing ever writes them);
 * - calls of a few known functions: pure ones (also as call_pure), heap-mutating ones, and one
 *   that throws for some arguments (an Error, or a string);
 * - a `virtualizable_array` marker on an `any` array input, half of the time there is one;
 * - loops `label(L) body jump(J)`, peeled loops `preamble label(L) body jump(J)` whose label also
 *   carries preamble values, and straight-line traces ending in `finish` or `jump(->loop7)`;
 *   J permutes values among the loop variables of the same shape;
 * - a counter input decremented once per iteration and checked with `guard_true(counter > 0)`,
 *   so every loop ends.
 * - snapshots on every guard and call, with random live values, sometimes two frames whose
 *   parent frame object is shared by consecutive guards; the outermost frame always holds the
 *   loop counter (as an interpreter frame holds its loop variable), so the states of different
 *   iterations differ.
 *
 * Well-typedness is kept by tracking a *shape* per live value, finer than its IR type: an `int`
 * is always an int32, an `obj` is an `Obj` whose fields all hold values of their declared shape,
 * an array index is always in bounds (masked with `int_and` or constant), `cast_ref_to_int` is
 * applied only to refs that came from `cast_int_to_ref`. So optimizations relying on types are
 * sound on these traces, and any disagreement is a real bug.
 *
 * `encodeState` turns a heap plus some values into a canonical text (objects numbered in visit
 * order, numbers exact including -0 and NaN), so states of runs on different copies of the
 * inputs compare with plain equality.
 */

import { OPS, type Opcode, type OpSpec } from '../../runtime/ir/optable.js';
import { printTrace } from '../../runtime/ir/printer.js';
import {
  ARRAY_KINDS,
  type ArrayKind,
  Const,
  FrameSnapshot,
  type Op,
  type SnapValue,
  Trace,
  type Value,
  arrayDescr,
  constBool,
  constFloat,
  constInt,
  constRef,
  fieldDescr,
  newInput,
  newOp,
  targetDescr,
} from '../../runtime/ir/trace.js';
import { newArray } from '../../runtime/ir/executor.js';
import type { ValueType } from '../../runtime/ir/types.js';

// ---- the world the traces run in ------------------------------------------------------------

/** A field name that is not an identifier: quotes, a comment end, a line separator. */
export const WEIRD_FIELD = 'q"*/\u2028${x}';

export class Obj {
  /** Immutable: set when the object is made, then only read (with `getfield_imm`). */
  id = 0;
  a = 0;
  b = 0;
  c = false;
  o: Obj | null = null;
  s: unknown = undefined;
}

export class Box {
  v = 0;
}

export class GuestError extends Error {
  constructor(readonly n: number) {
    super(`guest error ${n}`);
    this.name = 'GuestError';
  }
}

export function addmul(a: number, b: number): number {
  return (Math.imul(a, 3) + b) | 0;
}
export function hyp(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}
/** Adds n to o.a, returns the old value. */
export function bump(o: Obj, n: number): number {
  const old = o.a;
  o.a = (old + n) | 0;
  return old;
}
/** Throws for some arguments: an Error when n & 7 is 5, a string for -7. */
export function check(n: number): number {
  if ((n & 7) === 5) throw new GuestError(n);
  if (n === -7) throw 'minus seven';
  return n ^ 0x55;
}
export function mkbox(n: number): Box {
  const b = new Box();
  b.v = n;
  return b;
}
/** Stores into an int-element array whose length is a power of two. */
export function poke(arr: { length: number; [i: number]: number }, i: number, v: number): number {
  arr[i & (arr.length - 1)] = v;
  return arr.length;
}
export function stash(o: Obj, x: unknown): void {
  o.s = x;
}
export function peek(o: Obj): number {
  return o.b;
}

/** Immutable tables, read with `getarrayitem_imm` and never written: length 8 each. */
const IMM_I32 = Int32Array.from([3, -1, 2147483647, 0, 7, -2147483648, 42, 5]);
const IMM_F64 = Float64Array.from([0.5, -0, NaN, 1e308, 2, 3, Infinity, -1]);
const IMM_ANY: readonly unknown[] = Object.freeze(['s', 1.5, null, 7, undefined, -0, 'x', true]);
const IMMUTABLE_ARRAYS: ReadonlyArray<readonly [ArrayKind, ArrayLike<unknown>]> = [
  ['i32', IMM_I32],
  ['f64', IMM_F64],
  ['any', IMM_ANY],
];

export const NAMESPACE: Record<string, unknown> = { Obj, Box, addmul, hyp, bump, check, mkbox, poke, stash, peek, IMM_I32, IMM_F64, IMM_ANY };
const NAMES = new Map<unknown, string>(Object.entries(NAMESPACE).map(([k, v]) => [v, k]));

// ---- shapes ---------------------------------------------------------------------------------

/**
 * What is known of a live value: 'int' | 'float' | 'bool' (exact IR types), 'obj' (an Obj),
 * 'objOrNull', 'box' (a Box), 'arr:<kind>:<len>', 'boxed:<int|float|bool>' (a ref holding such a
 * value), 'any' (a ref, nothing known).
 */
type Shape = string;

const INT_KINDS: readonly ArrayKind[] = ['i8', 'u8', 'u8c', 'i16', 'u16', 'i32'];
const FLOAT_KINDS: readonly ArrayKind[] = ['f32', 'f64'];

const IMMUTABLE_FIELDS: ReadonlySet<string> = new Set(['id']);
const OBJ_FIELDS: ReadonlyArray<readonly [string, Shape]> = [
  ['id', 'int'],
  ['a', 'int'],
  ['b', 'float'],
  ['c', 'bool'],
  ['o', 'objOrNull'],
  ['s', 'any'],
  [WEIRD_FIELD, 'int'],
];
const BOX_FIELDS: ReadonlyArray<readonly [string, Shape]> = [['v', 'int']];

function shapeType(s: Shape): ValueType {
  return s === 'int' || s === 'float' || s === 'bool' ? s : 'ref';
}
const isRef = (s: Shape): boolean => shapeType(s) === 'ref';
const isArr = (s: Shape): boolean => s.startsWith('arr:');
function arrShape(s: Shape): { kind: ArrayKind; len: number } {
  const [, kind, len] = s.split(':');
  return { kind: kind as ArrayKind, len: Number(len) };
}
function elemShape(kind: ArrayKind): Shape {
  return kind === 'any' ? 'any' : FLOAT_KINDS.includes(kind) ? 'float' : 'int';
}

// ---- values -----------------------------------------------------------------------------------

export const INT_EDGES: readonly number[] = [0, -1, 1, 2, 3, 5, 13, -7, 31, 32, 255, 256, 65535, 2147483647, -2147483648, 1 << 30, -(1 << 30)];
export const FLOAT_EDGES: readonly number[] = [0, -0, 1, -1, 0.5, 1.5, -2.5, NaN, Infinity, -Infinity, 1e308, -1e-308, 5e-324, 2147483648.5, Math.PI];
const ANY_PRIMITIVES: readonly unknown[] = ['', 'str', 'a"b\u2028', 1.5, -0, NaN, 7, null, undefined, true];

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (seed ^ 0x5bd1e995) >>> 0;
    for (let k = 0; k < 4; k++) this.next();
  }
  /** mulberry32: a float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from nothing');
    return xs[this.int(xs.length)]!;
  }
  int32(): number {
    return this.chance(0.5) ? this.pick(INT_EDGES) : this.chance(0.5) ? this.range(-20, 20) : (this.next() * 4294967296) | 0;
  }
  float(): number {
    return this.chance(0.5) ? this.pick(FLOAT_EDGES) : (this.next() - 0.5) * 10 ** this.range(-3, 6);
  }
}

// ---- the inputs' recipe -------------------------------------------------------------------------

/** A value in the input recipe: a primitive, or a heap entry by index. */
type ValDesc = { readonly prim: unknown } | { readonly heap: number };

type HeapDesc =
  | { readonly kind: 'object'; readonly cls: 'Obj' | 'Box'; readonly fields: Array<[string, ValDesc]> }
  | { readonly kind: 'array'; readonly elem: ArrayKind; readonly items: ValDesc[] };

interface InputRecipe {
  readonly heap: HeapDesc[];
  readonly inputs: ValDesc[];
}

export interface Inputs {
  /** The trace's input values. */
  readonly inputs: unknown[];
  /** Every object and array of the input heap, in a fixed order (the roots of `encodeState`). */
  readonly heap: unknown[];
}

function buildInputs(r: InputRecipe): Inputs {
  const heap = r.heap.map((d): unknown => {
    if (d.kind === 'object') return Object.create((d.cls === 'Obj' ? Obj : Box).prototype);
    return newArray(d.elem, d.items.length);
  });
  const value = (v: ValDesc): unknown => ('prim' in v ? v.prim : heap[v.heap]);
  r.heap.forEach((d, k) => {
    const o = heap[k] as Record<string, unknown> & unknown[];
    if (d.kind === 'object') for (const [name, v] of d.fields) o[name] = value(v);
    else d.items.forEach((v, j) => (o[j] = value(v)));
  });
  return { inputs: r.inputs.map(value), heap };
}

// ---- the generator ------------------------------------------------------------------------------

export interface RandomTrace {
  readonly seed: number;
  readonly trace: Trace;
  /** Fresh inputs, identical in value and aliasing every time, sharing nothing with others. */
  makeInputs(): Inputs;
  /** The trace as text, for failure messages. */
  text(): string;
}

export interface RandomTraceOptions {
  /** Number of generation steps in the loop body (default: random 6..30). */
  readonly bodySteps?: number;
  /** Always mark an `any` array input as a virtualizable array (when the inputs have one). */
  readonly virtualizable?: boolean;
  /**
   * Add a *pointer*: an int input in 0..3 that loops pass back unchanged (a loop-invariant label
   * argument), from which array indices are made as `ptr + c` (and `ptr + c1 - c2`), as an
   * interpreter's data pointer indexes its tape.
   */
  readonly pointer?: boolean;
}

export function randomTrace(seed: number, opts: RandomTraceOptions = {}): RandomTrace {
  const g = new Generator(new Rng(seed));
  const trace = g.generate(opts);
  const recipe = g.recipe;
  return {
    seed,
    trace,
    makeInputs: () => buildInputs(recipe),
    text: () => printTrace(trace, { names: NAMES }),
  };
}

/** The value of a live value in the recording run, or UNKNOWN (after a throwing call, ...). */
const UNKNOWN: unique symbol = Symbol('unknown');

interface Live {
  readonly v: Value;
  readonly shape: Shape;
  readonly rec: unknown;
}

interface CallSpec {
  readonly fn: (...a: never[]) => unknown;
  readonly args: readonly Shape[];
  /** Result shape, or null for a function returning nothing. */
  readonly result: Shape | null;
  /** May be a call_pure (no side effects, same arguments same result). */
  readonly pure: boolean;
  readonly raises: boolean;
}

const INT_ARR = 'intArr';
const CALLS: readonly CallSpec[] = [
  { fn: addmul, args: ['int', 'int'], result: 'int', pure: true, raises: false },
  { fn: hyp, args: ['float', 'float'], result: 'float', pure: true, raises: false },
  { fn: bump, args: ['obj', 'int'], result: 'int', pure: false, raises: false },
  { fn: check, args: ['int'], result: 'int', pure: true, raises: true },
  { fn: check, args: ['int'], result: 'int', pure: false, raises: true },
  { fn: mkbox, args: ['int'], result: 'box', pure: false, raises: false },
  { fn: poke, args: [INT_ARR, 'int', 'int'], result: 'int', pure: false, raises: false },
  { fn: stash, args: ['obj', 'any'], result: null, pure: false, raises: false },
  { fn: peek, args: ['obj'], result: 'float', pure: false, raises: false },
];

const INT_BIN: readonly Opcode[] = ['int_add', 'int_sub', 'int_mul', 'int_div', 'int_mod', 'int_and', 'int_or', 'int_xor', 'int_shl', 'int_shr', 'int_ushr'];
const INT_CMP: readonly Opcode[] = ['int_lt', 'int_le', 'int_gt', 'int_ge', 'int_eq', 'int_ne'];
const INT_OVF: readonly Opcode[] = ['int_add_ovf', 'int_sub_ovf', 'int_mul_ovf'];
const FLOAT_BIN: readonly Opcode[] = ['float_add', 'float_sub', 'float_mul', 'float_div', 'float_mod', 'float_pow'];
const FLOAT_CMP: readonly Opcode[] = ['float_lt', 'float_le', 'float_gt', 'float_ge', 'float_eq', 'float_ne'];

class Generator {
  private readonly ops: Op[] = [];
  private pool: Live[] = [];
  private pc = 0;
  private parent: FrameSnapshot | null = null;
  /** The loop counter's current value (the input, then its decrement). */
  private counterNow: Live | null = null;
  /** The pointer input (`RandomTraceOptions.pointer`), or null. */
  private ptr: Live | null = null;
  recipe!: InputRecipe;

  constructor(private readonly rng: Rng) {}

  generate(opts: RandomTraceOptions): Trace {
    const rng = this.rng;
    const { recipe, shapes } = this.makeRecipe(opts.virtualizable === true, opts.pointer === true);
    this.recipe = recipe;
    const rec = buildInputs(recipe).inputs; // the recording run's inputs
    const inputs = shapes.map((s) => newInput(shapeType(s)));
    inputs.forEach((op, k) => this.pool.push({ v: op, shape: shapes[k]!, rec: rec[k] }));
    if (opts.pointer === true) this.ptr = this.pool[1]!;
    const counter = this.pool[0]!;
    this.counterNow = counter;
    // Sometimes an `any` array input is a virtualizable array (optimizer/vable.ts). Another input
    // may be the same array, and the jump may pass another array in its place: both must work.
    const vable = this.pool.find((l) => isArr(l.shape) && arrShape(l.shape).kind === 'any');
    if (vable && (opts.virtualizable === true || rng.chance(0.5))) this.emit('virtualizable_array', [vable], { descr: arrayDescr('any') });

    const ending = rng.chance(0.78) ? 'loop' : rng.chance(0.5) ? 'finish' : 'jump';
    const peel = ending === 'loop' && rng.chance(0.4);
    let labelVars: Live[] = [...this.pool];
    if (peel) {
      this.steps(rng.range(2, 10));
      // The peeled label carries the inputs and some preamble values. A value may have been
      // refined in the preamble (an object under construction becomes an `obj`, a guard_class
      // makes an `any` a `box`): as a loop variable it keeps its most refined shape, which the
      // jump must preserve, and its weaker views are forgotten (they would survive a jump that
      // the refining guard, left in the preamble, no longer checks).
      const refined = new Map<Value, Live>();
      for (const l of this.pool) refined.set(l.v, l);
      labelVars = inputs.map((i) => refined.get(i)!);
      for (const [v, l] of refined) {
        if (!(v instanceof Const) && !inputs.includes(v as Op) && rng.chance(0.3)) labelVars.push(l);
      }
      const chosen = new Map<Value, Live>(labelVars.map((l) => [l.v, l]));
      this.pool = this.pool.filter((l) => !chosen.has(l.v) || chosen.get(l.v) === l);
    }
    if (ending === 'loop' || rng.chance(0.5)) this.ops.push(newOp('label', labelVars.map((l) => l.v)));
    if (ending !== 'loop') labelVars = [...this.pool.slice(0, inputs.length)];

    // The body, with the counter decrement and check at a random step.
    const steps = opts.bodySteps ?? rng.range(6, 30);
    const counterAt = rng.int(steps + 1);
    let next: Live = counter;
    for (let k = 0; k <= steps; k++) {
      if (k === counterAt) {
        next = this.pure('int_sub', [counter, this.konst('int', 1)], 'int');
        this.counterNow = next;
        const positive = this.pure('int_gt', [next, this.konst('int', 0)], 'bool');
        this.emit('guard_true', [positive], { snapshot: this.snapshot() });
      }
      if (k < steps) this.steps(1);
    }

    if (ending === 'finish') {
      this.emit('finish', [], { snapshot: this.snapshot() });
    } else {
      const J = labelVars.map((l, k) => (k === 0 ? next : l.v === this.ptr?.v ? l : this.jumpArg(l)));
      this.emit('jump', J, ending === 'jump' ? { descr: targetDescr(7) } : {});
    }
    return new Trace(inputs, this.ops);
  }

  // ---- inputs --------------------------------------------------------------------------------

  private makeRecipe(wantAnyArray: boolean, wantPointer: boolean): { recipe: InputRecipe; shapes: Shape[] } {
    const rng = this.rng;
    const heap: HeapDesc[] = [];
    const objs: number[] = [];
    const boxes: number[] = [];
    const arrs: Array<{ index: number; shape: Shape }> = [];
    const nObjs = rng.range(1, 3);
    for (let k = 0; k < nObjs; k++) objs.push(heap.push({ kind: 'object', cls: 'Obj', fields: [] }) - 1);
    if (rng.chance(0.5)) boxes.push(heap.push({ kind: 'object', cls: 'Box', fields: [['v', { prim: rng.int32() }]] }) - 1);
    const nArrs = rng.range(1, 3);
    for (let k = 0; k < nArrs; k++) {
      const elem = wantAnyArray && k === 0 ? 'any' : rng.pick(ARRAY_KINDS);
      const len = rng.pick([4, 8]);
      arrs.push({ index: heap.push({ kind: 'array', elem, items: [] }) - 1, shape: `arr:${elem}:${len}` });
    }
    const anyValue = (): ValDesc => (rng.chance(0.25) ? { heap: rng.pick(objs) } : { prim: rng.pick(ANY_PRIMITIVES) });
    for (const k of objs) {
      const fields = (heap[k] as { fields: Array<[string, ValDesc]> }).fields;
      for (const [name, shape] of OBJ_FIELDS) {
        let v: ValDesc;
        if (shape === 'int') v = { prim: rng.int32() };
        else if (shape === 'float') v = { prim: rng.float() };
        else if (shape === 'bool') v = { prim: rng.chance(0.5) };
        else if (shape === 'objOrNull') v = rng.chance(0.7) ? { heap: rng.pick(objs) } : { prim: null };
        else v = anyValue();
        fields.push([name, v]);
      }
    }
    for (const a of arrs) {
      const { kind, len } = arrShape(a.shape);
      const items = (heap[a.index] as { items: ValDesc[] }).items;
      for (let j = 0; j < len; j++) {
        items.push(kind === 'any' ? anyValue() : { prim: FLOAT_KINDS.includes(kind) ? rng.float() : rng.int32() });
      }
    }
    const inputs: ValDesc[] = [{ prim: rng.range(0, 12) }];
    const shapes: Shape[] = ['int'];
    const add = (v: ValDesc, s: Shape): void => {
      inputs.push(v);
      shapes.push(s);
    };
    if (wantPointer) add({ prim: rng.range(0, 3) }, 'int');
    for (let k = rng.range(1, 3); k > 0; k--) add({ prim: rng.int32() }, 'int');
    for (let k = rng.range(1, 3); k > 0; k--) add({ prim: rng.float() }, 'float');
    for (let k = rng.range(0, 2); k > 0; k--) add({ prim: rng.chance(0.5) }, 'bool');
    // Object inputs may alias: the same heap object passed twice.
    for (let k = rng.range(1, 3); k > 0; k--) add({ heap: rng.pick(objs) }, 'obj');
    for (const b of boxes) add({ heap: b }, 'box');
    for (let k = rng.range(1, 2); k > 0; k--) {
      const a = rng.pick(arrs);
      add({ heap: a.index }, a.shape);
    }
    for (let k = rng.range(0, 2); k > 0; k--) add(anyValue(), 'any');
    return { recipe: { heap, inputs }, shapes };
  }

  // ---- emission ------------------------------------------------------------------------------

  private konst(type: ValueType, value: unknown, shape: Shape = type): Live {
    const c = type === 'int' ? constInt(value as number) : type === 'float' ? constFloat(value as number) : type === 'bool' ? constBool(value as boolean) : constRef(value);
    return { v: c, shape, rec: c.value };
  }

  private emit(opcode: Opcode, args: Live[], o: { type?: ValueType; descr?: Op['descr']; snapshot?: FrameSnapshot | null; shape?: Shape; rec?: unknown } = {}): Live | null {
    const op = newOp(opcode, args.map((a) => a.v), o.type, o.descr ?? null, o.snapshot ?? null);
    this.ops.push(op);
    if (op.type === 'void') return null;
    const live: Live = { v: op, shape: o.shape ?? op.type, rec: o.rec };
    this.pool.push(live);
    return live;
  }

  /** A table op with `eval`, its result recorded. */
  private pure(opcode: Opcode, args: Live[], shape: Shape): Live {
    const recs = args.map((a) => a.rec);
    const rec = recs.includes(UNKNOWN) ? UNKNOWN : (OPS[opcode] as OpSpec).eval!(...recs);
    return this.emit(opcode, args, { type: shapeType(shape), shape, rec })!;
  }

  /** A live value of the shape, or (for value types, sometimes) an edge constant. */
  private arg(shape: Shape, constChance = 0.25): Live | null {
    const rng = this.rng;
    if (shape === 'int' && rng.chance(constChance)) return this.konst('int', rng.int32());
    if (shape === 'float' && rng.chance(constChance)) return this.konst('float', rng.float());
    if (shape === 'bool' && rng.chance(constChance / 2)) return this.konst('bool', rng.chance(0.5));
    if (shape === 'objOrNull' && rng.chance(0.1)) return this.konst('ref', null, 'objOrNull');
    if (shape === 'any' && rng.chance(0.15)) return this.konst('ref', rng.pick(ANY_PRIMITIVES), 'any');
    const fits = this.pool.filter((l) => fitsShape(l.shape, shape));
    if (fits.length === 0) {
      if (shape === 'int' || shape === 'float' || shape === 'bool') return this.arg(shape, 1);
      return null;
    }
    // Favour recent values, so computations chain.
    return this.rng.chance(0.5) ? fits[fits.length - 1 - this.rng.int(Math.min(4, fits.length))]! : this.rng.pick(fits);
  }

  private snapshot(): FrameSnapshot {
    const rng = this.rng;
    // The outermost frame always holds the loop counter, as a real interpreter's frame holds its
    // loop variable: so states of different iterations never look alike.
    const values = (outermost = true): SnapValue[] => {
      const out: SnapValue[] = outermost && this.counterNow ? [this.counterNow.v] : [];
      for (let k = rng.int(5); k > 0; k--) out.push(rng.chance(0.9) ? rng.pick(this.pool).v : this.konst('int', rng.int32()).v);
      return out;
    };
    if (rng.chance(0.12)) this.parent = rng.chance(0.7) ? new FrameSnapshot(0, this.pc++, values(), null) : null;
    if (this.parent && rng.chance(0.6)) return new FrameSnapshot(1, this.pc++, values(false), this.parent);
    return new FrameSnapshot(0, this.pc++, values(), null);
  }

  /** A guard on a bool, with the polarity that holds in the recording run (mostly). */
  private guardOn(b: Live): void {
    let holdsTrue = b.rec === UNKNOWN ? this.rng.chance(0.5) : b.rec === true;
    if (this.rng.chance(0.06)) holdsTrue = !holdsTrue;
    this.emit(holdsTrue ? 'guard_true' : 'guard_false', [b], { snapshot: this.snapshot() });
  }

  private jumpArg(l: Live): Live {
    if (this.rng.chance(0.35)) return l;
    const fits = this.pool.filter((p) => p.shape === l.shape);
    if ((l.shape === 'int' || l.shape === 'float' || l.shape === 'bool') && this.rng.chance(0.1)) return this.arg(l.shape, 1)!;
    return this.rng.pick(fits);
  }

  // ---- steps ---------------------------------------------------------------------------------

  private steps(n: number): void {
    const table: Array<[number, () => boolean]> = [
      [6, () => this.intArith()],
      [3, () => this.intCompare()],
      [2, () => this.overflow()],
      [4, () => this.floatArith()],
      [2, () => this.floatCompare()],
      [2, () => this.boolOps()],
      [2, () => this.refOps()],
      [2, () => this.casts()],
      [4, () => this.fieldRead()],
      [3, () => this.fieldWrite()],
      [3, () => this.arrayRead()],
      [2, () => this.arrayWrite()],
      [2, () => this.allocate()],
      [3, () => this.calls()],
      [2, () => this.refGuards()],
      [1, () => this.guardValue()],
      [1, () => this.marker()],
    ];
    const total = table.reduce((s, [w]) => s + w, 0);
    for (let done = 0; done < n; ) {
      let x = this.rng.int(total);
      let k = 0;
      while (x >= table[k]![0]) x -= table[k++]![0];
      if (table[k]![1]()) done++;
    }
  }

  private intArith(): boolean {
    const rng = this.rng;
    if (rng.chance(0.2)) {
      this.pure(rng.pick(['int_neg', 'int_invert'] as const), [this.arg('int')!], 'int');
    } else if (rng.chance(0.1)) {
      this.pure('int_is_true', [this.arg('int')!], 'bool');
    } else {
      this.pure(rng.pick(INT_BIN), [this.arg('int')!, this.arg('int')!], 'int');
    }
    return true;
  }

  private intCompare(): boolean {
    const b = this.pure(this.rng.pick(INT_CMP), [this.arg('int')!, this.arg('int')!], 'bool');
    if (this.rng.chance(0.7)) this.guardOn(b);
    return true;
  }

  private overflow(): boolean {
    const opcode = this.rng.pick(INT_OVF);
    const a = this.arg('int')!;
    const b = this.rng.chance(0.5) ? this.konst('int', this.rng.range(-3, 3)) : this.arg('int')!;
    const known = a.rec !== UNKNOWN && b.rec !== UNKNOWN;
    const spec = OPS[opcode] as OpSpec;
    // Overflowing in the recording run would end the loop at once: mostly avoid that.
    if (known && !spec.holds!(a.rec, b.rec) && this.rng.chance(0.85)) return false;
    this.emit(opcode, [a, b], { snapshot: this.snapshot(), rec: known ? spec.eval!(a.rec, b.rec) : UNKNOWN });
    return true;
  }

  private floatArith(): boolean {
    const rng = this.rng;
    const x = rng.next();
    if (x < 0.2) this.pure(rng.pick(['float_neg', 'float_abs'] as const), [this.arg('float')!], 'float');
    else if (x < 0.3) this.pure(rng.pick(['int_to_float', 'uint_to_float'] as const), [this.arg('int')!], 'float');
    else if (x < 0.4) this.pure('float_to_int', [this.arg('float')!], 'int');
    else this.pure(rng.pick(FLOAT_BIN), [this.arg('float')!, this.arg('float')!], 'float');
    return true;
  }

  private floatCompare(): boolean {
    const b = this.pure(this.rng.pick(FLOAT_CMP), [this.arg('float')!, this.arg('float')!], 'bool');
    if (this.rng.chance(0.6)) this.guardOn(b);
    return true;
  }

  private boolOps(): boolean {
    if (this.rng.chance(0.5)) this.pure('bool_not', [this.arg('bool')!], 'bool');
    else this.pure('bool_to_int', [this.arg('bool')!], 'int');
    return true;
  }

  private refOps(): boolean {
    const rng = this.rng;
    const a = this.arg('any');
    if (!a) return false;
    const x = rng.next();
    if (x < 0.4) {
      const b = this.pure(rng.pick(['ref_eq', 'ref_ne'] as const), [a, this.arg('any')!], 'bool');
      if (rng.chance(0.5)) this.guardOn(b);
    } else if (x < 0.6) {
      const b = this.pure('ref_is_null', [a], 'bool');
      if (rng.chance(0.5)) this.guardOn(b);
    } else if (x < 0.7) {
      this.pure('ref_typeof', [a], 'any');
    } else if (x < 0.8) {
      const b = this.pure('instance_of', [a, this.konst('ref', rng.pick([Obj, Box]), 'any')], 'bool');
      if (rng.chance(0.5)) this.guardOn(b);
    } else {
      this.pure('same_as', [a], a.shape);
    }
    return true;
  }

  private casts(): boolean {
    const rng = this.rng;
    const t = rng.pick(['int', 'float', 'bool'] as const);
    const boxed = this.pool.filter((l) => l.shape === `boxed:${t}`);
    if (boxed.length > 0 && rng.chance(0.5)) {
      this.pure(`cast_ref_to_${t}` as Opcode, [rng.pick(boxed)], t);
    } else if (rng.chance(0.2)) {
      const v = this.arg(t)!;
      this.pure('same_as', [v], v.shape);
    } else {
      this.pure(`cast_${t}_to_ref` as Opcode, [this.arg(t)!], `boxed:${t}`);
    }
    return true;
  }

  private objectWithFields(): { o: Live; fields: ReadonlyArray<readonly [string, Shape]> } | null {
    const candidates = this.pool.filter((l) => l.shape === 'obj' || l.shape === 'box');
    if (candidates.length === 0) return null;
    const o = this.rng.pick(candidates);
    return { o, fields: o.shape === 'obj' ? OBJ_FIELDS : BOX_FIELDS };
  }

  private fieldRead(): boolean {
    const t = this.objectWithFields();
    if (!t) return false;
    const [name, shape] = this.rng.pick(t.fields);
    const rec = t.o.rec === UNKNOWN ? UNKNOWN : (t.o.rec as Record<string, unknown>)[name];
    const opcode = IMMUTABLE_FIELDS.has(name) ? 'getfield_imm' : 'getfield';
    const r = this.emit(opcode, [t.o], { type: shapeType(shape), descr: fieldDescr(name), shape, rec })!;
    if (shape === 'objOrNull' && this.rng.chance(0.6)) {
      // Checking it for null makes it an object to work on.
      const nonNull = r.rec === UNKNOWN ? this.rng.chance(0.8) : r.rec !== null;
      this.emit(nonNull ? 'guard_nonnull' : 'guard_isnull', [r], { snapshot: this.snapshot() });
      if (nonNull) this.pool.push({ v: r.v, shape: 'obj', rec: r.rec });
    }
    return true;
  }

  private fieldWrite(): boolean {
    const t = this.objectWithFields();
    if (!t) return false;
    const [name, shape] = this.rng.pick(t.fields);
    if (IMMUTABLE_FIELDS.has(name)) return false;
    const v = this.arg(shape);
    if (!v) return false;
    this.emit('setfield', [t.o, v], { descr: fieldDescr(name) });
    if (t.o.rec !== UNKNOWN) (t.o.rec as Record<string, unknown>)[name] = v.rec;
    return true;
  }

  /** An in-bounds index for an array of length `len` (a power of two, at least 4). */
  private index(len: number): Live {
    if (this.ptr && this.rng.chance(0.5)) {
      // ptr (0..3) + c, with c in 0..len-4; sometimes as ptr + (c + d) - d.
      const c = this.rng.int(len - 3);
      if (this.rng.chance(0.7)) return c === 0 && this.rng.chance(0.5) ? this.ptr : this.pure('int_add', [this.ptr, this.konst('int', c)], 'int');
      const d = this.rng.range(1, 3);
      return this.pure('int_sub', [this.pure('int_add', [this.ptr, this.konst('int', c + d)], 'int'), this.konst('int', d)], 'int');
    }
    if (this.rng.chance(0.4)) return this.konst('int', this.rng.int(len));
    return this.pure('int_and', [this.arg('int', 0)!, this.konst('int', len - 1)], 'int');
  }

  private pickArray(pred: (kind: ArrayKind) => boolean = () => true): Live | null {
    const arrays = this.pool.filter((l) => isArr(l.shape) && pred(arrShape(l.shape).kind));
    return arrays.length ? this.rng.pick(arrays) : null;
  }

  /** A read of a constant immutable table. */
  private immutableRead(): boolean {
    const [kind, table] = this.rng.pick(IMMUTABLE_ARRAYS);
    const i = this.index(table.length);
    const shape = elemShape(kind);
    const rec = i.rec === UNKNOWN ? UNKNOWN : table[i.rec as number];
    this.emit('getarrayitem_imm', [this.konst('ref', table, 'any'), i], { type: shapeType(shape), descr: arrayDescr(kind), shape, rec });
    return true;
  }

  private arrayRead(): boolean {
    if (this.rng.chance(0.2)) return this.immutableRead();
    const a = this.pickArray();
    if (!a) return false;
    const { kind, len } = arrShape(a.shape);
    if (this.rng.chance(0.2)) {
      this.emit('arraylen', [a], { descr: arrayDescr(kind), rec: a.rec === UNKNOWN ? UNKNOWN : len });
      return true;
    }
    const i = this.index(len);
    const shape = elemShape(kind);
    const rec = a.rec === UNKNOWN || i.rec === UNKNOWN ? UNKNOWN : (a.rec as unknown[])[i.rec as number];
    this.emit('getarrayitem', [a, i], { type: shapeType(shape), descr: arrayDescr(kind), shape, rec });
    return true;
  }

  private arrayWrite(): boolean {
    const a = this.pickArray();
    if (!a) return false;
    const { kind, len } = arrShape(a.shape);
    const i = this.index(len);
    const v = this.arg(elemShape(kind))!;
    this.emit('setarrayitem', [a, i, v], { descr: arrayDescr(kind) });
    if (a.rec !== UNKNOWN && i.rec !== UNKNOWN) (a.rec as unknown[])[i.rec as number] = v.rec === UNKNOWN ? undefined : v.rec;
    return true;
  }

  private allocate(): boolean {
    const rng = this.rng;
    if (rng.chance(0.3)) {
      const kind = rng.pick(ARRAY_KINDS);
      const len = rng.pick([4, 8]);
      this.emit('new_array', [this.konst('int', len)], { descr: arrayDescr(kind), shape: `arr:${kind}:${len}`, rec: newArray(kind, len) });
      return true;
    }
    const isObj = rng.chance(0.6);
    const cls = isObj ? Obj : Box;
    const o = this.emit('new', [this.konst('ref', cls, 'any')], { shape: 'any', rec: Object.create(cls.prototype) })!;
    // A constructor: every field set right away, so the object has its class's shape.
    for (const [name, shape] of isObj ? OBJ_FIELDS : BOX_FIELDS) {
      const v = this.arg(shape)!;
      this.emit('setfield', [o, v], { descr: fieldDescr(name) });
      (o.rec as Record<string, unknown>)[name] = v.rec;
    }
    this.pool.push({ v: o.v, shape: isObj ? 'obj' : 'box', rec: o.rec });
    return true;
  }

  private calls(): boolean {
    const rng = this.rng;
    const c = rng.pick(CALLS);
    const args: Live[] = [];
    for (const s of c.args) {
      const a = s === INT_ARR ? this.pickArray((k) => INT_KINDS.includes(k)) : this.arg(s);
      if (!a) return false;
      args.push(a);
    }
    const recs = args.map((a) => a.rec);
    let rec: unknown = UNKNOWN;
    if (!recs.includes(UNKNOWN)) {
      try {
        rec = (c.fn as (...a: unknown[]) => unknown)(...recs);
      } catch {
        rec = UNKNOWN;
      }
    }
    const opcode = c.pure && rng.chance(0.5) ? 'call_pure' : 'call';
    // A call that cannot throw may go without a snapshot; its exceptions would propagate.
    const snapshot = c.raises || rng.chance(0.85) ? this.snapshot() : null;
    this.emit(opcode, [this.konst('ref', c.fn, 'fn'), ...args], {
      type: c.result ? shapeType(c.result) : undefined,
      snapshot,
      shape: c.result ?? undefined,
      rec,
    });
    return true;
  }

  private refGuards(): boolean {
    const rng = this.rng;
    const refs = this.pool.filter((l) => isRef(l.shape));
    if (refs.length === 0) return false;
    const r = rng.pick(refs);
    if (rng.chance(0.5)) {
      // guard_class only where it holds in the recording run.
      const cls = r.rec instanceof Obj ? Obj : r.rec instanceof Box ? Box : null;
      if (!cls || Object.getPrototypeOf(r.rec) !== cls.prototype) return false;
      this.emit('guard_class', [r, this.konst('ref', cls, 'any')], { snapshot: this.snapshot() });
      if (r.shape === 'any' && rng.chance(0.5) && cls === Box) this.pool.push({ v: r.v, shape: 'box', rec: r.rec });
      return true;
    }
    if (r.rec === UNKNOWN) return false;
    this.emit(r.rec == null ? 'guard_isnull' : 'guard_nonnull', [r], { snapshot: this.snapshot() });
    return true;
  }

  /** guard_value on a value whose recorded value is a primitive: promotes it to a constant. */
  private guardValue(): boolean {
    const candidates = this.pool.filter((l) => l.rec !== UNKNOWN && (typeof l.rec !== 'object' || l.rec === null) && typeof l.rec !== 'function' && !(l.v instanceof Const));
    if (candidates.length === 0) return false;
    const l = this.rng.pick(candidates);
    const type = shapeType(l.shape);
    this.emit('guard_value', [l, this.konst(type, l.rec, l.shape)], { snapshot: this.snapshot() });
    return true;
  }

  private marker(): boolean {
    this.emit('debug_merge_point', [this.konst('int', this.rng.int(4)), this.konst('int', this.pc)]);
    return true;
  }
}

/** May a value of shape `have` be used where `want` is expected? */
function fitsShape(have: Shape, want: Shape): boolean {
  if (have === want) return true;
  switch (want) {
    case 'any':
      return isRef(have) && have !== 'fn';
    case 'objOrNull':
      return have === 'obj';
    default:
      return false;
  }
}

// ---- canonical state ----------------------------------------------------------------------------

/**
 * A canonical text of the values and everything reachable from them: objects are numbered in
 * breadth-first visit order (so two isomorphic heaps give the same text whatever their
 * identities), fields sorted by name, numbers exact (-0, NaN), functions and classes by name,
 * errors by class and message.
 */
export function encodeState(roots: readonly unknown[]): string {
  const ids = new Map<object, number>();
  const queue: object[] = [];
  const enc = (v: unknown): string => {
    switch (typeof v) {
      case 'number':
        return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`;
      case 'string':
        return `s:${JSON.stringify(v)}`;
      case 'boolean':
      case 'undefined':
        return String(v);
      case 'bigint':
        return `big:${String(v)}`;
      case 'symbol':
        return `sym:${String(v)}`;
      case 'function': {
        const n = NAMES.get(v);
        return n !== undefined ? `@${n}` : `fn:${v.name}`;
      }
      case 'object': {
        if (v === null) return 'null';
        let id = ids.get(v);
        if (id === undefined) {
          id = ids.size;
          ids.set(v, id);
          queue.push(v);
        }
        return `#${id}`;
      }
      default:
        return 'unknown';
    }
  };
  const top = roots.map(enc).join(', ');
  const lines = [`roots: ${top}`];
  for (let k = 0; k < queue.length; k++) {
    const o = queue[k]!;
    const proto = Object.getPrototypeOf(o) as { constructor?: { name?: string } } | null;
    const cls = proto === null ? 'null' : proto.constructor?.name ?? '?';
    let body: string;
    if (Array.isArray(o) || ArrayBuffer.isView(o)) {
      const items = Array.from(o as ArrayLike<unknown>, enc);
      body = `[${items.join(', ')}]`;
    } else {
      const keys = Object.keys(o).sort();
      const parts = keys.map((key) => `${JSON.stringify(key)}: ${enc((o as Record<string, unknown>)[key])}`);
      if (o instanceof Error) parts.unshift(`message: ${JSON.stringify(o.message)}`);
      body = `{${parts.join(', ')}}`;
    }
    lines.push(`#${k} ${cls} ${body}`);
  }
  return lines.join('\n');
}
