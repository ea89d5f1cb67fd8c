/**
 * The reference executor: runs a trace directly, op by op, with the semantics of the op table.
 *
 * It is the meaning of a trace that every other component is checked against. The JavaScript
 * backend must agree with it exactly (the differential tests run both on random traces), and an
 * optimized trace must resume to the same interpreter state as the trace it came from. It follows
 * the calling convention of runtime/resume/exit.ts, at the IR level:
 *
 * - `inputs` are the values of `Trace.inputs`, in order.
 * - Value ops compute `spec.eval(...)`; guards test `spec.holds(...)`; overflow ops are guards
 *   whose result is `eval` and which fail when `holds` is false.
 * - Heap ops work on real JavaScript objects: `getfield` reads `obj[name]`, `setfield` writes it,
 *   `getarrayitem`/`getarrayitem_imm`/`setarrayitem` index, `arraylen` reads `.length`; `new(C)` is
 *   `Object.create(C.prototype)`; `new_array(n, [kind])` builds `ARRAY_CONSTRUCTOR[kind]` of
 *   length n (typed arrays are 0-filled, `any` arrays filled with undefined).
 * - `call` and `call_pure` call their first argument with the others, `this` undefined.
 * - The jump without a target assigns its arguments to the last label's arguments *in parallel*
 *   and continues after that label (a trace without a label loops to its first op, its inputs
 *   being the loop variables). A jump to `->loopN` ends with `{ kind: 'jump', target: N }`.
 *
 * Results: a failing guard, or a `finish`, ends as `{ kind: 'exit', op, values }` where `values`
 * are the values of `snapshotFailArgs(op.snapshot)` (what compiled code writes to S). A raising
 * op whose call throws ends the same way with `exception` set to the thrown value. A raising op
 * without a snapshot has no state to leave with, so its exception propagates out of `execute`,
 * as does any exception of a non-raising op (reading a field of null, ...): compiled code
 * rethrows those untouched too. A guard or finish without a snapshot exits with no values.
 * Leaving through a snapshot first does its pending stores, in order, as compiled code does.
 *
 * `onStep` observes every op that completed without leaving (tests use it to check value types
 * and to know which resume points a run passed); `maxSteps` bounds runaway loops.
 * `loopHeader` states where a targetless jump goes; the backend shares it.
 *
 * Invariants: the executor never mutates the trace; it keeps values in its own map, so it can
 * run any trace, including one being recorded or optimized, any number of times.
 */

import { OPS, type Opcode, type OpSpec, isValueOp } from './optable.js';
import { ARRAY_CONSTRUCTOR, Const, type ArrayDescr, type FieldDescr, type Op, type TargetDescr, type Trace, type Value, snapshotFailArgs } from './trace.js';
import { assertNever } from './types.js';

export type ExecResult =
  | {
      readonly kind: 'exit';
      /** The guard, raising op or finish that left the trace. */
      readonly op: Op;
      /** The values of `snapshotFailArgs(op.snapshot)`, in that order. */
      readonly values: unknown[];
      /** Present (even when the thrown value is undefined) only for an exception exit. */
      readonly exception?: unknown;
    }
  | {
      readonly kind: 'jump';
      /** The loop number of the `->loopN` target. */
      readonly target: number;
      readonly values: unknown[];
    };

export interface ExecuteOptions {
  /** Stop with `StepLimitExceeded` after executing this many ops (default: no limit). */
  readonly maxSteps?: number;
  /**
   * Called after each op that completed without leaving the trace (a guard that held, a call
   * that returned, ...), with the values of the ops defined so far. For tests and debugging.
   */
  readonly onStep?: (op: Op, valueOf: (v: Value) => unknown) => void;
}

export class StepLimitExceeded extends Error {
  constructor(readonly steps: number) {
    super(`trace execution exceeded ${steps} steps`);
    this.name = 'StepLimitExceeded';
  }
}

/** The loop structure the executor (and the backend) follow: where a targetless jump goes. */
export interface LoopHeader {
  /** Index of the op after which execution continues (-1: the trace's start). */
  readonly index: number;
  /** The loop-carried variables the jump assigns. */
  readonly vars: readonly Op[];
}

/**
 * The header a targetless jump at the end of the trace returns to: its last label, or the
 * trace's inputs when there is no label. Null when the trace does not end in such a jump.
 * Throws when the label is malformed (a constant or repeated argument cannot be assigned).
 */
export function loopHeader(trace: Trace): LoopHeader | null {
  const last = trace.ops[trace.ops.length - 1];
  if (!last || last.opcode !== 'jump' || last.descr) return null;
  let index = -1;
  let vars: readonly Value[] = trace.inputs;
  for (let k = trace.ops.length - 2; k >= 0; k--) {
    const op = trace.ops[k]!;
    if (op.opcode === 'label') {
      index = k;
      vars = op.args;
      break;
    }
  }
  if (vars.length !== last.args.length) {
    throw new Error(`jump has ${last.args.length} arguments, its loop header has ${vars.length}`);
  }
  const seen = new Set<Op>();
  for (const v of vars) {
    if (v instanceof Const) throw new Error('a label argument is a constant: the jump cannot assign it');
    if (seen.has(v)) throw new Error('a label names the same value twice: the jump cannot assign it');
    seen.add(v);
  }
  return { index, vars: vars as Op[] };
}

export function execute(trace: Trace, inputs: readonly unknown[], opts: ExecuteOptions = {}): ExecResult {
  if (inputs.length !== trace.inputs.length) {
    throw new Error(`trace takes ${trace.inputs.length} inputs, got ${inputs.length}`);
  }
  const env = new Map<Op, unknown>();
  trace.inputs.forEach((op, k) => env.set(op, inputs[k]));
  const get = (v: Value): unknown => {
    if (v instanceof Const) return v.value;
    if (!env.has(v)) throw new Error(`${v.opcode}#${v.id} is used before it is defined`);
    return env.get(v);
  };
  /** Leaving through op's exit: its pending stores first (as compiled code does), then its values. */
  const exitOf = (op: Op): unknown[] => {
    if (!op.snapshot) return [];
    for (const p of op.snapshot.pending) (get(p.array) as unknown[])[get(p.index) as number] = get(p.value);
    return snapshotFailArgs(op.snapshot).map(get);
  };

  const header = loopHeader(trace);
  const maxSteps = opts.maxSteps ?? Infinity;
  const onStep = opts.onStep;
  let steps = 0;
  const ops = trace.ops;
  for (let pc = 0; pc < ops.length; pc++) {
    if (++steps > maxSteps) throw new StepLimitExceeded(maxSteps);
    const op = ops[pc]!;
    const opcode: Opcode = op.opcode;
    const args = op.args;
    if (isValueOp(opcode)) {
      env.set(op, (OPS[opcode] as OpSpec).eval!(...args.map(get)));
      continue;
    }
    switch (opcode) {
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf': {
        const a = get(args[0]!);
        const b = get(args[1]!);
        const spec: OpSpec = OPS[opcode];
        if (!spec.holds!(a, b)) return { kind: 'exit', op, values: exitOf(op) };
        env.set(op, spec.eval!(a, b));
        break;
      }
      case 'guard_true':
      case 'guard_false':
      case 'guard_value':
      case 'guard_class':
      case 'guard_nonnull':
      case 'guard_isnull':
        if (!(OPS[opcode] as OpSpec).holds!(...args.map(get))) return { kind: 'exit', op, values: exitOf(op) };
        break;
      case 'getfield':
      case 'getfield_imm':
        env.set(op, (get(args[0]!) as Record<string, unknown>)[(op.descr as FieldDescr).name]);
        break;
      case 'setfield':
        (get(args[0]!) as Record<string, unknown>)[(op.descr as FieldDescr).name] = get(args[1]!);
        break;
      case 'getarrayitem':
      case 'getarrayitem_imm':
        env.set(op, (get(args[0]!) as unknown[])[get(args[1]!) as number]);
        break;
      case 'setarrayitem':
        (get(args[0]!) as unknown[])[get(args[1]!) as number] = get(args[2]!);
        break;
      case 'arraylen':
        env.set(op, (get(args[0]!) as unknown[]).length);
        break;
      case 'new':
        env.set(op, Object.create((get(args[0]!) as { prototype: object }).prototype) as unknown);
        break;
      case 'new_array':
        env.set(op, newArray((op.descr as ArrayDescr).elem, get(args[0]!) as number));
        break;
      case 'call':
      case 'call_pure': {
        const fn = get(args[0]!) as (...a: unknown[]) => unknown;
        const actuals = args.slice(1).map(get);
        if (!op.snapshot) {
          env.set(op, fn.apply(undefined, actuals));
          break;
        }
        let result: unknown;
        try {
          result = fn.apply(undefined, actuals);
        } catch (exception) {
          return { kind: 'exit', op, values: exitOf(op), exception };
        }
        env.set(op, result);
        break;
      }
      case 'label':
      case 'debug_merge_point':
      case 'virtualizable_array':
        break;
      case 'jump': {
        const values = args.map(get);
        if (op.descr) return { kind: 'jump', target: (op.descr as TargetDescr).loop, values };
        if (!header || pc !== ops.length - 1) throw new Error('a jump without a target must be the last op of a loop');
        header.vars.forEach((v, k) => env.set(v, values[k]));
        pc = header.index;
        break;
      }
      case 'finish':
        return { kind: 'exit', op, values: exitOf(op) };
      case 'input':
        throw new Error('input ops belong in Trace.inputs, not in the op list');
      default:
        return assertNever(opcode, 'opcode');
    }
    if (onStep) onStep(op, get);
  }
  throw new Error('the trace ended without a jump or finish');
}

/** A new array of the kind and length, as `new_array` makes it (exported for the backend). */
export function newArray(kind: ArrayDescr['elem'], length: number): unknown {
  const C = ARRAY_CONSTRUCTOR[kind];
  return C === Array ? new Array<unknown>(length).fill(undefined) : new C(length);
}
