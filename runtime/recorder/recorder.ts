/**
 * The recorder: the API tracers call while they run the interpreter concretely.
 *
 * A box is an `Op` (holding its concrete value in `op.value`) or a `Const`. Every operation a
 * tracer asks for is executed for real on the boxes' values (the tracer continues with the
 * result) and, unless it can be avoided, appended to the trace:
 * - pure ops whose arguments are all constants fold into a constant (nothing recorded);
 * - heap reads of locations the heap cache knows are forwarded (nothing recorded);
 * - guards implied by constants or by the heap cache are checked and dropped;
 * - everything else is recorded, and the heap cache learns from it or is invalidated by it.
 *
 * Invariants:
 * - Recorded ops are in execution order and each argument is an input, an earlier op or a
 *   constant: `trace()` passes `verifyTrace` whenever the tracer gave well-typed arguments.
 * - `op.value` of every recorded op is the value it had when recorded; a forwarded read is
 *   checked against the real heap (a mismatch means an effect was not recorded: `TracerBug`).
 * - Results of ops whose type is not fixed by the table (reads, calls, casts from ref) are
 *   checked against the declared type; a guard that does not hold is refused. Both are tracer
 *   bugs: the tracer must record the guards of the path it actually takes.
 * - Length limit: before an operation with an effect or a result is executed, the recorder makes
 *   sure it can still record it, so `TraceTooLong` leaves the interpreter state as before the
 *   operation. Structure ops (label, jump, finish, debug_merge_point) are not limited, so a
 *   trace at the limit can still be closed.
 * - Raising ops (`call`, and `call_pure` with a non-constant argument) carry the snapshot of the
 *   state before the call. If the call throws, the op stays recorded (its effects happened),
 *   `raised` names it, the exception is rethrown untouched, and the recorder refuses any further
 *   recording: what happens next is the driver's choice (usually aborting the trace).
 * - A `guard_value` (or `promote`) makes the recorder treat the box as its constant from then
 *   on: later arguments are substituted, so dependent pure ops fold. Only a constant of the
 *   box's own type is learned, and float or ref zero is not learned from a `guard_value` alone
 *   (`===` does not tell 0 from -0); `promote` adds a sign check for it. `guard_true` and
 *   `guard_false` teach the same about their condition.
 *
 * The fast path for generated tracers is `recordPure` (see its contract). Counting costs
 * nothing on any path: the recorded count is the length of the op list, and only the slow
 * paths count what they folded or dropped.
 *
 * Layout: this file is the API (boxes, frames, the generic path's dispatch, guards, promote);
 * effects.ts records the ops that compute or touch the heap, core.ts holds the state and the
 * shared primitives, heapcache.ts the knowledge, snapshots.ts the frame stack.
 */

import { OPS, type Opcode, type OpSpec, isGuard } from '../ir/optable.js';
import { ARRAY_CONSTRUCTOR, type ArrayDescr, type Const, type Descr, type FieldDescr, type FrameSnapshot, Op, type Value, newInput } from '../ir/trace.js';
import { type Type, type ValueType, assertNever, valueHasType } from '../ir/types.js';
import { FALSE, FLOAT_ONE, FLOAT_ZERO, TRUE, checkedConst, constOf, show, showBox } from './consts.js';
import { itemType } from './core.js';
import { EffectRecorder } from './effects.js';
import { TracerBug } from './errors.js';
import { NO_SNAPSHOT } from './snapshots.js';
import { type GuardOpcode, type OvfOpcode, type PureOpcode, RECORD_KIND, type RecordKind } from './kinds.js';

export { DEFAULT_TRACE_LIMIT, type RecorderOptions, itemType } from './core.js';
export { TraceTooLong, TracerBug } from './errors.js';

export interface RecordOptions {
  /** The field, array or target descriptor, for ops that take one. */
  readonly descr?: Descr | null;
  /** The result type where the table leaves it open (reads, calls); default `ref`. */
  readonly type?: ValueType | 'void';
  /** For raising ops and `finish`: the state to resume from. */
  readonly snapshot?: FrameSnapshot | null;
}

interface OpInfo {
  readonly kind: RecordKind;
  /** Argument count (the minimum for variadic ops). */
  readonly n: number;
  readonly rest: boolean;
}

/** Per opcode, everything `record` needs in one lookup. */
const INFO = Object.fromEntries(
  (Object.keys(OPS) as Opcode[]).map((o) => [o, { kind: RECORD_KIND[o], n: OPS[o].args.length, rest: 'rest' in OPS[o] }]),
) as Record<Opcode, OpInfo>;

export class Recorder extends EffectRecorder {
  // ---- boxes ---------------------------------------------------------------------------------

  /** A new input of the trace, holding its concrete value. */
  input(type: ValueType, value: unknown): Op {
    if (!valueHasType(value, type)) throw new TracerBug(`input value ${show(value)} is not a ${type}`);
    const op = newInput(type);
    op.value = value;
    this.inputs.push(op);
    return op;
  }

  const_(type: ValueType, value: unknown): Const {
    return checkedConst(type, value);
  }

  constInt(v: number): Const {
    return checkedConst('int', v);
  }

  constFloat(v: number): Const {
    return checkedConst('float', v);
  }

  constBool(v: boolean): Const {
    return checkedConst('bool', v);
  }

  constRef(v: unknown): Const {
    return constOf('ref', v);
  }

  /** The box with what the recorder knows substituted (a known constant, or itself). */
  resolve(v: Value): Value {
    return v.isConst ? v : (this.known.get(v) ?? v);
  }

  // ---- frames and snapshots ------------------------------------------------------------------

  /**
   * An interpreter call is inlined: the caller stands at `callerPc` with `callerLive`. The
   * caller's snapshot made here is the parent of every snapshot taken until `leaveFrame`.
   * Passing the callee's code number lets `TraceTooLong` say which callee was biggest.
   */
  enterFrame(callerCode: number, callerPc: number, callerLive: readonly Value[], callee?: number): FrameSnapshot {
    this.inlineStart.push(this.ops.length);
    this.inlineCallee.push(callee ?? null);
    return this.frames.enter(callerCode, callerPc, callerLive);
  }

  /** The inlined callee returned. */
  leaveFrame(): void {
    this.frames.leave();
    const start = this.inlineStart.pop()!;
    const callee = this.inlineCallee.pop()!;
    if (callee !== null) this.inlined.set(callee, (this.inlined.get(callee) ?? 0) + this.ops.length - start);
  }

  /** How many inlined calls are open. */
  get depth(): number {
    return this.frames.depth;
  }

  /** The snapshot of the current frame (innermost), with the inlined callers as parents. */
  snapshot(code: number, pc: number, live: readonly Value[]): FrameSnapshot {
    return this.frames.take(code, pc, live, false);
  }

  /** `snapshot` of a fresh array the caller gives up (a generated tracer's literal): kept, not copied. */
  snapshotOwned(code: number, pc: number, live: Value[]): FrameSnapshot {
    return this.frames.take(code, pc, live, true);
  }

  /**
   * True except while measuring what capturing snapshots costs (bench/bf/trace-cost.ts). When
   * false, tracers gather no live values and pass `noSnapshot` instead: the trace is timed,
   * never compiled.
   */
  capturing = true;
  readonly noSnapshot: FrameSnapshot = NO_SNAPSHOT;

  // ---- the generic path ----------------------------------------------------------------------

  /**
   * Execute an operation concretely and record it unless it folds or is forwarded; the result
   * box (a `Const` when folded, the recorded op otherwise; void ops give their op). Guards go
   * through `guard`, inputs through `input`.
   */
  record(opcode: Opcode, args: Value[], opts?: RecordOptions): Value {
    if (this.raised !== null) this.refuseAfterRaise(opcode);
    const info = INFO[opcode];
    if (args.length !== info.n && !(info.rest && args.length > info.n)) {
      throw new TracerBug(`${opcode} takes ${info.rest ? 'at least ' : ''}${info.n} argument(s), got ${args.length}`);
    }
    const kind = info.kind;
    if (this.known.size !== 0 && opcode !== 'label') args = this.substitute(args);
    switch (kind) {
      case 'pure':
        return this.pure(opcode, args, OPS[opcode].result as ValueType, false);
      case 'unbox':
        return this.pure(opcode, args, OPS[opcode].result as ValueType, true);
      case 'same_as':
        if (!args[0]!.isConst) this.heap.escape(args[0]!);
        return this.pure(opcode, args, args[0]!.type as ValueType, false);
      case 'getfield':
        return this.getfield(args[0]!, fieldOf(opcode, opts), readType(opcode, opts));
      case 'getfield_imm':
        return this.getfieldImm(args[0]!, fieldOf(opcode, opts), readType(opcode, opts));
      case 'setfield':
        return this.setfield(args[0]!, args[1]!, fieldOf(opcode, opts));
      case 'getarrayitem': {
        const d = arrayOf(opcode, opts);
        return this.getarrayitem(args[0]!, args[1]!, d, opts?.type === undefined ? itemType(d.elem) : readType(opcode, opts));
      }
      case 'getarrayitem_imm': {
        const d = arrayOf(opcode, opts);
        return this.getarrayitemImm(args[0]!, args[1]!, d, opts?.type === undefined ? itemType(d.elem) : readType(opcode, opts));
      }
      case 'setarrayitem':
        return this.setarrayitem(args[0]!, args[1]!, args[2]!, arrayOf(opcode, opts));
      case 'arraylen':
        return this.arraylen(args[0]!, arrayOf(opcode, opts));
      case 'new':
        return this.newObject(args[0]!);
      case 'new_array':
        return this.newArray(args[0]!, arrayOf(opcode, opts));
      case 'call':
        return this.call(args, callType(opts), opts?.snapshot ?? null);
      case 'call_pure':
        return this.callPure(args, callType(opts), opts?.snapshot ?? null);
      case 'guard':
      case 'ovf':
        throw new TracerBug(`${opcode} is a guard: record it with guard(), which checks it and may drop it`);
      case 'structure':
        return this.structure(opcode, args, opts);
      case 'input':
        throw new TracerBug('inputs are made with input(type, value)');
      default:
        return assertNever(kind, 'record kind');
    }
  }

  /**
   * The fast path for generated tracers: record a pure op whose result the tracer computed.
   *
   * Contract (not checked): `opcode` is pure with a fixed result type; at least one argument is
   * not a constant (all-constant ops are the tracer's to fold); `value` is what the table's
   * `eval` gives for the arguments' values; the arguments carry no knowledge the tracer has not
   * applied (a box it promoted is passed as its constant). Skipped: folding, substitution of
   * known constants, the heap cache (pure ops neither read nor write it), effect dispatch and
   * counting. Only the length limit is enforced.
   */
  recordPure(opcode: PureOpcode, args: Value[], value: unknown): Op {
    if (this.ops.length >= this.limit) this.tooLong();
    const op = new Op(opcode, args, OPS[opcode].result as Type);
    op.value = value;
    this.ops.push(op);
    return op;
  }

  /**
   * Record an allocation whose object already exists instead of making a new one: a virtual
   * that deoptimization built and the embedder now holds, allocated again at the start of a
   * bridge so the bridge's boxes hold the embedder's objects. The object must be what the
   * allocation makes (same prototype; for arrays, the kind's constructor and the length).
   */
  adopt(opcode: 'new' | 'new_array', arg: Value, obj: object, descr: ArrayDescr | null = null): Op {
    if (this.raised !== null) this.refuseAfterRaise(opcode);
    if (opcode === 'new') {
      const C = arg.value as { prototype: object };
      if (Object.getPrototypeOf(obj) !== C.prototype) throw new TracerBug(`adopt: ${show(obj)} is not an instance of ${show(C)}`);
      this.room();
      const op = this.append('new', [arg], 'ref', null, null, obj);
      this.heap.allocated(op, arg.isConst ? C.prototype : undefined, null, null);
      return op;
    }
    if (descr === null) throw new TracerBug('new_array needs an array descriptor');
    const C = ARRAY_CONSTRUCTOR[descr.elem];
    if (Object.getPrototypeOf(obj) !== C.prototype || (obj as ArrayLike<unknown>).length !== arg.value) {
      throw new TracerBug(`adopt: ${show(obj)} is not a [${descr.elem}] array of length ${show(arg.value)}`);
    }
    this.room();
    const op = this.append('new_array', [arg], 'ref', descr, null, obj);
    this.heap.allocated(op, C.prototype, arg, descr.elem);
    return op;
  }

  // ---- guards --------------------------------------------------------------------------------

  /**
   * Record a guard that holds for the path being traced (checked concretely: a guard that does
   * not hold is a `TracerBug`). Guards implied by constants or by the heap cache are dropped.
   * The overflow-checked ops return their result box (a constant when both arguments are);
   * other guards return null.
   */
  guard(opcode: OvfOpcode, args: Value[], snapshot: FrameSnapshot | null): Value;
  guard(opcode: GuardOpcode, args: Value[], snapshot: FrameSnapshot | null): Value | null;
  guard(opcode: GuardOpcode, args: Value[], snapshot: FrameSnapshot | null): Value | null {
    if (this.raised !== null) this.refuseAfterRaise(opcode);
    if (!isGuard(opcode)) throw new TracerBug(`${opcode as string} is not a guard`);
    const n = INFO[opcode].n;
    if (args.length !== n) throw new TracerBug(`${opcode} takes ${n} argument(s), got ${args.length}`);
    if (this.known.size !== 0) args = this.substitute(args);
    const spec: OpSpec = OPS[opcode];
    const a = args[0]!;
    const b = args[1];
    if (!spec.holds!(a.value, b?.value)) {
      throw new TracerBug(`${opcode}(${args.map(showBox).join(', ')}) does not hold at record time: a tracer records the guards of the path it takes`);
    }
    switch (opcode) {
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf': {
        const value = spec.eval!(a.value, b!.value);
        if (a.isConst && b!.isConst) return this.elided(constOf('int', value));
        return this.appendGuard(opcode, args, 'int', snapshot, value);
      }
      case 'guard_true':
      case 'guard_false':
        if (a.isConst) return this.elided(null);
        this.appendGuard(opcode, args, 'void', snapshot, undefined);
        this.known.set(a, opcode === 'guard_true' ? TRUE : FALSE);
        return null;
      case 'guard_value': {
        if (!b!.isConst) throw new TracerBug(`guard_value compares with a constant, not ${showBox(b!)}`);
        if (a.isConst) return this.elided(null);
        this.appendGuard(opcode, args, 'void', snapshot, undefined);
        this.heap.escape(a);
        const bv = b.value;
        if (b.type === a.type && !(typeof bv === 'number' && bv === 0 && a.type !== 'int')) this.known.set(a, b);
        return null;
      }
      case 'guard_class': {
        if (!b!.isConst) throw new TracerBug(`guard_class takes a constant class, not ${showBox(b!)}`);
        const proto = (b.value as { prototype: unknown }).prototype;
        if (this.heap.knownProto(a) === proto) return this.elided(null);
        this.appendGuard(opcode, args, 'void', snapshot, undefined);
        this.heap.learnProto(a as Op, proto);
        return null;
      }
      case 'guard_nonnull':
        if (this.heap.isNonNull(a)) return this.elided(null);
        this.appendGuard(opcode, args, 'void', snapshot, undefined);
        this.heap.learnNonNull(a as Op);
        return null;
      case 'guard_isnull':
        if (a.isConst) return this.elided(null);
        this.appendGuard(opcode, args, 'void', snapshot, undefined);
        return null;
      default:
        return assertNever(opcode, 'guard');
    }
  }

  /**
   * Make a box constant: `guard_value(box, its value)` and the constant, which the recorder
   * substitutes for the box from now on. A constant box is returned as it is; a box already
   * promoted gives its constant again without a second guard.
   */
  promote(box: Value, snapshot: FrameSnapshot | null): Const {
    if (box.isConst) return box;
    const k = this.known.get(box);
    if (k !== undefined) return k;
    if (box.type === 'void') throw new TracerBug(`${box.opcode} has no value to promote`);
    const c = constOf(box.type, box.value);
    this.guard('guard_value', [box, c], snapshot);
    if (typeof box.value === 'number' && box.value === 0 && box.type !== 'int') {
      // guard_value cannot tell 0 from -0: check the sign through 1/x = +-Infinity.
      const f = box.type === 'float' ? box : this.record('cast_ref_to_float', [box]);
      const inv = this.record('float_div', [FLOAT_ONE, f]);
      const positive = this.record('float_gt', [inv, FLOAT_ZERO]);
      this.guard(positive.value ? 'guard_true' : 'guard_false', [positive], snapshot);
      this.known.set(box, c);
    }
    return c;
  }

  // ---- implementation ------------------------------------------------------------------------

  private substitute(args: Value[]): Value[] {
    let out = args;
    for (let k = 0; k < args.length; k++) {
      const a = args[k]!;
      if (a.isConst) continue;
      const c = this.known.get(a);
      if (c === undefined) continue;
      if (out === args) out = args.slice();
      out[k] = c;
    }
    return out;
  }

  private appendGuard(opcode: GuardOpcode, args: Value[], type: Type, snapshot: FrameSnapshot | null, value: unknown): Op {
    if (snapshot === null || snapshot === undefined) throw new TracerBug(`${opcode} needs a snapshot`);
    this.room();
    return this.append(opcode, args, type, null, snapshot, value);
  }

  private elided<T>(result: T): T {
    this.elidedGuards++;
    return result;
  }

  private structure(opcode: Opcode, args: Value[], opts: RecordOptions | undefined): Op {
    const descr = opts?.descr ?? null;
    const snapshot = opts?.snapshot ?? null;
    if (opcode === 'finish' && snapshot === null) throw new TracerBug('finish needs a snapshot: where the interpreter resumes');
    const wants = (OPS[opcode] as OpSpec).descr;
    if (opcode === 'virtualizable_array' && descr?.kind !== 'array') throw new TracerBug('virtualizable_array needs an array descriptor');
    if (wants === undefined && descr !== null) throw new TracerBug(`${opcode} takes no descriptor`);
    if (descr !== null && descr.kind !== wants) throw new TracerBug(`${opcode} takes a ${wants} descriptor`);
    if (opcode !== 'finish' && snapshot !== null) throw new TracerBug(`${opcode} takes no snapshot`);
    return this.append(opcode, args, 'void', descr, snapshot, undefined);
  }
}

function fieldOf(opcode: string, opts: RecordOptions | undefined): FieldDescr {
  const d = opts?.descr;
  if (!d || d.kind !== 'field') throw new TracerBug(`${opcode} needs a field descriptor`);
  return d;
}

function arrayOf(opcode: string, opts: RecordOptions | undefined): ArrayDescr {
  const d = opts?.descr;
  if (!d || d.kind !== 'array') throw new TracerBug(`${opcode} needs an array descriptor`);
  return d;
}

/** The declared result type of a read (default ref). */
function readType(opcode: string, opts: RecordOptions | undefined): ValueType {
  const t = opts?.type ?? 'ref';
  if (t === 'void') throw new TracerBug(`${opcode} has a result`);
  return t;
}

/** The declared result type of a call (default ref; void when the result is not used). */
function callType(opts: RecordOptions | undefined): ValueType | 'void' {
  return opts?.type ?? 'ref';
}
