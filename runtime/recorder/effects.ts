/**
 * Recording the operations that compute or touch something: pure ops (evaluated, folded when
 * all arguments are constants), heap reads and writes (executed on the real objects, answered
 * from or taught to the heap cache), allocations and calls.
 *
 * Invariants (see heapcache.ts for what the cache knows and forgets):
 * - Each path executes the op concretely exactly once, in the order: checks that cannot have an
 *   effect (bounds, cached answers), `room()`, the effect, `append`, heap-cache update. A failure
 *   in the effect itself (reading a field of null) propagates before anything is recorded.
 * - A read the heap cache answers is checked against the real heap and records nothing.
 * - Reads of immutable fields and array items (`getfield_imm`, `getarrayitem_imm`) of constants
 *   fold to constants; otherwise they are recorded once per location and never invalidated.
 * - A call invalidates the heap cache (escaping its arguments) *before* running, so if it throws
 *   the cache already reflects what it may have done; the op is then recorded and marked as
 *   `raised`. An elidable call whose arguments are all constants runs once and folds.
 * - Typed-array accesses must be in bounds (checked); a store to a narrowing kind teaches the
 *   cache the value read back (a constant's narrowed value), never the stored box.
 */

import { OPS, type Opcode, type OpSpec } from '../ir/optable.js';
import { ARRAY_CONSTRUCTOR, ARRAY_STORE_EXACT, type ArrayDescr, type FieldDescr, type FrameSnapshot, type Op, type Value } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { constOf } from './consts.js';
import { RecorderCore, checkBounds, checkType, itemType } from './core.js';
import { TracerBug } from './errors.js';

type Fn = (...args: unknown[]) => unknown;

export class EffectRecorder extends RecorderCore {
  protected pure(opcode: Opcode, args: Value[], type: ValueType, checkResult: boolean): Value {
    const ev = (OPS[opcode] as OpSpec).eval!;
    let value: unknown;
    let allConst: boolean;
    if (args.length === 1) {
      const a = args[0]!;
      value = ev(a.value);
      allConst = a.isConst;
    } else if (args.length === 2) {
      const a = args[0]!;
      const b = args[1]!;
      value = ev(a.value, b.value);
      allConst = a.isConst && b.isConst;
    } else {
      value = ev(...args.map((x) => x.value));
      allConst = args.every((x) => x.isConst);
    }
    if (checkResult) checkType(opcode, value, type);
    if (allConst) {
      this.folded++;
      return constOf(type, value);
    }
    this.room();
    return this.append(opcode, args, type, null, null, value);
  }

  protected getfield(obj: Value, d: FieldDescr, type: ValueType): Value {
    const actual = (obj.value as Record<string, unknown>)[d.name];
    const hit = this.heap.field(obj, d);
    if (hit !== undefined && hit.type === type) return this.forwarded(hit, actual, 'getfield', d.name);
    checkType('getfield', actual, type, d.name);
    this.room();
    const op = this.append('getfield', [obj], type, d, null, actual);
    this.heap.readField(obj, d, op);
    return op;
  }

  protected getfieldImm(obj: Value, d: FieldDescr, type: ValueType): Value {
    const actual = (obj.value as Record<string, unknown>)[d.name];
    checkType('getfield_imm', actual, type, d.name);
    if (obj.isConst) {
      this.folded++;
      return constOf(type, actual);
    }
    const hit = this.heap.immField(obj, d);
    if (hit !== undefined && hit.type === type) return this.forwarded(hit, actual, 'getfield_imm', d.name);
    this.room();
    const op = this.append('getfield_imm', [obj], type, d, null, actual);
    this.heap.readImmField(obj, d, op);
    return op;
  }

  protected setfield(obj: Value, v: Value, d: FieldDescr): Op {
    this.room();
    (obj.value as Record<string, unknown>)[d.name] = v.value;
    const op = this.append('setfield', [obj, v], 'void', d, null, undefined);
    this.heap.writeField(obj, d, v);
    return op;
  }

  protected getarrayitem(arr: Value, index: Value, d: ArrayDescr, type: ValueType): Value {
    const a = arr.value as ArrayLike<unknown>;
    const i = index.value as number;
    if (d.elem !== 'any') checkBounds('getarrayitem', a, i, d);
    const actual = a[i];
    const hit = this.heap.item(arr, index, d.elem);
    if (hit !== undefined && hit.type === type) return this.forwarded(hit, actual, 'getarrayitem', `[${i}]`);
    checkType('getarrayitem', actual, type, `[${d.elem}]`);
    this.room();
    const op = this.append('getarrayitem', [arr, index], type, d, null, actual);
    this.heap.readItem(arr, index, d.elem, op);
    return op;
  }

  /**
   * An element of an immutable array: folds when both the array and the index are constants;
   * otherwise answered from the immutable items the heap cache kept (never invalidated).
   */
  protected getarrayitemImm(arr: Value, index: Value, d: ArrayDescr, type: ValueType): Value {
    const a = arr.value as ArrayLike<unknown>;
    const i = index.value as number;
    if (d.elem !== 'any') checkBounds('getarrayitem_imm', a, i, d);
    const actual = a[i];
    checkType('getarrayitem_imm', actual, type, `[${d.elem}]`);
    if (arr.isConst && index.isConst) {
      this.folded++;
      return constOf(type, actual);
    }
    const hit = this.heap.immItem(arr, index, d.elem);
    if (hit !== undefined && hit.type === type) return this.forwarded(hit, actual, 'getarrayitem_imm', `[${i}]`);
    this.room();
    const op = this.append('getarrayitem_imm', [arr, index], type, d, null, actual);
    this.heap.readImmItem(arr, index, d.elem, op);
    return op;
  }

  protected setarrayitem(arr: Value, index: Value, v: Value, d: ArrayDescr): Op {
    const a = arr.value as unknown[];
    const i = index.value as number;
    const kind = d.elem;
    if (kind !== 'any') checkBounds('setarrayitem', a, i, d);
    this.room();
    a[i] = v.value;
    const op = this.append('setarrayitem', [arr, index, v], 'void', d, null, undefined);
    let readBack: Value | null = null;
    if (kind === 'any' || (ARRAY_STORE_EXACT[kind] && v.type === itemType(kind))) readBack = v;
    else if (v.isConst) readBack = constOf(itemType(kind), a[i]);
    this.heap.writeItem(arr, index, kind, v, readBack);
    return op;
  }

  protected arraylen(arr: Value, d: ArrayDescr): Value {
    const actual = (arr.value as ArrayLike<unknown>).length;
    const hit = this.heap.length(arr);
    if (hit !== undefined) return this.forwarded(hit, actual, 'arraylen', `[${d.elem}]`);
    checkType('arraylen', actual, 'int', `[${d.elem}]`);
    this.room();
    const op = this.append('arraylen', [arr], 'int', d, null, actual);
    this.heap.readLength(arr, d.elem, op);
    return op;
  }

  protected newObject(cls: Value): Op {
    this.room();
    const C = cls.value as { prototype: object };
    const obj = Object.create(C.prototype) as object;
    const op = this.append('new', [cls], 'ref', null, null, obj);
    this.heap.allocated(op, cls.isConst ? C.prototype : undefined, null, null);
    return op;
  }

  protected newArray(len: Value, d: ArrayDescr): Op {
    this.room();
    const n = len.value as number;
    const C = ARRAY_CONSTRUCTOR[d.elem];
    const arr = C === Array ? new Array<unknown>(n).fill(undefined) : new C(n);
    const op = this.append('new_array', [len], 'ref', d, null, arr);
    this.heap.allocated(op, C.prototype, len, d.elem);
    return op;
  }

  protected call(args: Value[], type: ValueType | 'void', snapshot: FrameSnapshot | null): Op {
    if (snapshot === null) throw new TracerBug('call needs a snapshot: the state to resume from if it throws');
    this.room();
    this.heap.call(args);
    const op = this.append('call', args, type, null, snapshot, undefined);
    const result = this.invoke(args, op);
    if (type !== 'void') {
      checkType('call', result, type);
      op.value = result;
    }
    return op;
  }

  protected callPure(args: Value[], type: ValueType | 'void', snapshot: FrameSnapshot | null): Value {
    let allConst = true;
    for (const a of args) if (!a.isConst) allConst = false;
    if (allConst) {
      const result = this.invoke(args, null);
      if (type === 'void') throw new TracerBug('call_pure of constants folds to its result: give it a value type');
      checkType('call_pure', result, type);
      this.folded++;
      return constOf(type, result);
    }
    if (snapshot === null) throw new TracerBug('call_pure needs a snapshot: the state to resume from if it throws');
    this.room();
    for (const a of args) this.heap.escape(a);
    const op = this.append('call_pure', args, type, null, snapshot, undefined);
    const result = this.invoke(args, op);
    if (type !== 'void') {
      checkType('call_pure', result, type);
      op.value = result;
    }
    return op;
  }

  /** Call args[0] with the other arguments; an exception marks `op` as raised and propagates. */
  private invoke(args: Value[], op: Op | null): unknown {
    const fn = args[0]!.value as Fn;
    try {
      switch (args.length) {
        case 1:
          return fn();
        case 2:
          return fn(args[1]!.value);
        case 3:
          return fn(args[1]!.value, args[2]!.value);
        default: {
          const actual: unknown[] = [];
          for (let k = 1; k < args.length; k++) actual.push(args[k]!.value);
          return fn.apply(undefined, actual);
        }
      }
    } catch (e) {
      if (op !== null) this.raised = op;
      throw e;
    }
  }
}
