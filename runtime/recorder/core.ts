/**
 * The recorder's state and the few primitives every recording path shares: appending an op,
 * the length limit, refusing to go on after an exception, and checking forwarded reads against
 * the heap.
 *
 * Invariants:
 * - `ops` only grows, by `append`; a recorded op's `value` is its concrete value at recording.
 * - `room()` is called before anything is executed for an op that will be recorded, so
 *   `TraceTooLong` leaves the interpreter's state as it was before that op. Structure ops do
 *   not call it: closing a trace at the limit is always possible.
 * - The recorded count is `ops.length`: nothing is counted per op. `folded` and
 *   `elidedGuards` are counted on the slow paths only.
 * - Once `raised` is set (a call threw), every recording path refuses to continue.
 */

import type { Opcode } from '../ir/optable.js';
import { type ArrayDescr, type ArrayKind, type Const, type Descr, type FrameSnapshot, Op, Trace, type Value } from '../ir/trace.js';
import { type Type, type ValueType, valueHasType } from '../ir/types.js';
import { show } from './consts.js';
import { TraceTooLong, TracerBug } from './errors.js';
import { HeapCache } from './heapcache.js';
import { FrameStack } from './snapshots.js';

export interface RecorderOptions {
  /** Most ops a trace may have (default `DEFAULT_TRACE_LIMIT`). */
  readonly limit?: number;
}

/**
 * RPython's limit is 6000 ops, for machine code. Here a trace becomes one JavaScript function,
 * and V8 never optimizes a function over 60 KB of bytecode (about 35 bytes per op, exits
 * included): a longer trace runs in V8's baseline tiers, slower than the interpreter it
 * replaces (measured on the Lua benchmarks: deltablue 36 s at 6000, 23 s at 2000).
 */
export const DEFAULT_TRACE_LIMIT = 2000;

/** The value type an array kind's items have when read. */
export function itemType(kind: ArrayKind): ValueType {
  return kind === 'any' ? 'ref' : kind === 'f32' || kind === 'f64' ? 'float' : 'int';
}

export class RecorderCore {
  readonly inputs: Op[] = [];
  readonly ops: Op[] = [];
  readonly limit: number;
  /** What is known about the heap and the boxes (tracers may ask it, e.g. known classes). */
  readonly heap = new HeapCache();
  /** Operations folded to constants or forwarded from the heap cache (nothing recorded). */
  folded = 0;
  /** Guards checked and dropped because constants or the heap cache imply them. */
  elidedGuards = 0;
  /** The raising op whose call threw; once set, the recorder records nothing more. */
  raised: Op | null = null;

  protected readonly frames = new FrameStack();
  /** Boxes known to hold a constant (after guard_value/promote, guard_true/false). */
  protected readonly known = new Map<Op, Const>();
  /** Open inlined calls: op count when entered, and the callee's code number if given. */
  protected readonly inlineStart: number[] = [];
  protected readonly inlineCallee: Array<number | null> = [];
  protected readonly inlined = new Map<number, number>();

  constructor(opts: RecorderOptions = {}) {
    const limit = opts.limit ?? DEFAULT_TRACE_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`trace limit must be a positive integer, got ${limit}`);
    this.limit = limit;
  }

  /** The number of recorded operations (the trace's length). */
  get recordedCount(): number {
    return this.ops.length;
  }

  /** The recorded trace. It shares the recorder's lists: stop recording before using it. */
  trace(): Trace {
    return new Trace(this.inputs, this.ops);
  }

  protected room(): void {
    if (this.ops.length >= this.limit) this.tooLong();
  }

  protected tooLong(): never {
    const sizes = new Map(this.inlined);
    const n = this.ops.length;
    for (let k = 0; k < this.inlineStart.length; k++) {
      const callee = this.inlineCallee[k]!;
      if (callee !== null) sizes.set(callee, (sizes.get(callee) ?? 0) + n - this.inlineStart[k]!);
    }
    throw new TraceTooLong(this.limit, sizes);
  }

  protected refuseAfterRaise(opcode: string): never {
    const r = this.raised!;
    throw new TracerBug(`${opcode} recorded after ${r.opcode}#${r.id} raised: a trace cannot continue past an exception`);
  }

  protected append(opcode: Opcode, args: Value[], type: Type, descr: Descr | null, snapshot: FrameSnapshot | null, value: unknown): Op {
    const op = new Op(opcode, args, type, descr, snapshot);
    op.value = value;
    this.ops.push(op);
    return op;
  }

  /** A read answered by the heap cache: check it against the real heap, record nothing. */
  protected forwarded(hit: Value, actual: unknown, what: string, where: string): Value {
    const v = hit.value;
    if (v !== actual && !(v !== v && actual !== actual)) {
      throw new TracerBug(`${what} ${where}: the heap holds ${show(actual)} but the recorded ops say ${show(v)}: an effect on the heap was not recorded`);
    }
    this.folded++;
    return hit;
  }
}

/** A value read, called or cast must have the declared type: anything else is a tracer bug. */
export function checkType(what: string, value: unknown, type: ValueType | 'void', where = ''): void {
  if (!valueHasType(value, type)) {
    throw new TracerBug(`${what}${where ? ' ' + where : ''} gave ${show(value)}, which is not a ${type}: guard the type first or declare the result ref`);
  }
}

export function checkBounds(what: string, a: ArrayLike<unknown>, i: number, d: ArrayDescr): void {
  if (!(i >= 0 && i < a.length)) {
    throw new TracerBug(`${what} [${d.elem}] index ${show(i)} is out of bounds (length ${a.length}): typed-array accesses must be guarded in bounds`);
  }
}
