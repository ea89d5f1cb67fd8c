/**
 * Integer bounds known at a point of a trace: what constants, operations and passed guards
 * say about each int value. Shared by constant folding and guard elimination.
 *
 * A pass walks the trace forwards and calls `learn(op)` for every op it emits (the bounds its
 * opcode implies, from the bounds of its arguments) and `assume(cond, truth)` after every guard
 * it keeps (a guard that passed makes its condition a fact for everything after it). Values are
 * SSA, so a fact, once true, stays true for the rest of the trace: nothing is ever widened
 * except by `forget`, which the loop rule uses for varying label arguments.
 *
 * Invariants:
 * - `of(v)` is sound: every value `v` can have at this point lies in it. Only int values have
 *   bounds; anything else answers `FULL`.
 * - `decide` answers true/false only for comparisons that every admissible value agrees on.
 * - Narrowing never builds an empty interval: a condition that contradicts the known bounds (the
 *   guard always fails) leaves the bounds as they were.
 * - Conditions are looked through with a `definition` function supplied by the pass, which
 *   hides definitions that must not be looked through at the current position (loop rule).
 */

import type { Opcode } from '../ir/optable.js';
import { type ArrayKind, Const, Op, type Value } from '../ir/trace.js';
import { assertNever } from '../ir/types.js';
import * as B from './intbounds.js';
import type { Bounds } from './intbounds.js';

/** Element ranges of the narrowing typed-array kinds. */
const ELEMENT_BOUNDS: Readonly<Partial<Record<ArrayKind, Bounds>>> = {
  i8: B.range(-128, 127),
  u8: B.range(0, 255),
  u8c: B.range(0, 255),
  i16: B.range(-32768, 32767),
  u16: B.range(0, 65535),
};

type Comparison = 'int_lt' | 'int_le' | 'int_gt' | 'int_ge' | 'int_eq' | 'int_ne';

const NEGATED = {
  int_lt: 'int_ge',
  int_le: 'int_gt',
  int_gt: 'int_le',
  int_ge: 'int_lt',
  int_eq: 'int_ne',
  int_ne: 'int_eq',
} as const satisfies Record<Comparison, Comparison>;

export const isComparison = (op: Opcode): op is Comparison => Object.prototype.hasOwnProperty.call(NEGATED, op);

export class IntFacts {
  private readonly known = new Map<Op, Bounds>();

  constructor(private readonly definition: (v: Value) => Op | null) {}

  of(v: Value): Bounds {
    if (v instanceof Const) return v.type === 'int' ? B.point(v.value as number) : B.FULL;
    return this.known.get(v) ?? B.FULL;
  }

  /** Record that `op` lies in `b` too (kept as an intersection with what is known). */
  narrow(op: Op, b: Bounds): void {
    const m = B.meet(this.of(op), b);
    if (m) this.known.set(op, m);
  }

  /** Record the bounds `op`'s own semantics give its result. */
  learn(op: Op): void {
    if (op.type !== 'int') return;
    const b = this.transfer(op);
    if (b !== B.FULL) this.narrow(op, b);
  }

  forget(ops: Iterable<Op>): void {
    for (const op of ops) this.known.delete(op);
  }

  /**
   * The exact (unwrapped) result interval of an overflow-checked op, or null for other ops.
   * When it lies within int32 the op cannot overflow.
   */
  exactOvf(op: Op): [number, number] | null {
    const [x, y] = op.args;
    switch (op.opcode) {
      case 'int_add_ovf':
        return B.exactAdd(this.of(x!), this.of(y!));
      case 'int_sub_ovf':
        return B.exactSub(this.of(x!), this.of(y!));
      case 'int_mul_ovf':
        return B.exactMul(this.of(x!), this.of(y!));
      default:
        return null;
    }
  }

  /** The bounds an op's result has by its semantics, from its arguments' bounds. */
  transfer(op: Op): Bounds {
    const a = (k: number): Bounds => this.of(op.args[k]!);
    const opcode = op.opcode;
    switch (opcode) {
      case 'int_add':
        return B.add(a(0), a(1));
      case 'int_sub':
        return B.sub(a(0), a(1));
      case 'int_mul':
        return B.mul(a(0), a(1));
      case 'int_div':
        return B.div(a(0), a(1));
      case 'int_mod':
        return B.mod(a(0), a(1));
      case 'int_and':
        return B.and(a(0), a(1));
      case 'int_or':
        return B.or(a(0), a(1));
      case 'int_xor':
        return B.xor(a(0), a(1));
      case 'int_shl':
        return B.shl(a(0), a(1));
      case 'int_shr':
        return B.shr(a(0), a(1));
      case 'int_ushr':
        return B.ushr(a(0), a(1));
      case 'int_neg':
        return B.neg(a(0));
      case 'int_invert':
        return B.invert(a(0));
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf':
        // The result exists only when the guard passed: the exact result, within int32.
        return B.clip(...this.exactOvf(op)!) ?? B.FULL;
      case 'bool_to_int':
        return B.BOOL_INT;
      case 'arraylen':
        return B.NON_NEGATIVE;
      case 'getarrayitem':
      case 'getarrayitem_imm': {
        const d = op.descr;
        return (d && d.kind === 'array' && ELEMENT_BOUNDS[d.elem]) || B.FULL;
      }
      case 'same_as':
        return a(0);
      case 'float_to_int':
      case 'cast_ref_to_int':
      case 'getfield':
      case 'getfield_imm':
      case 'call':
      case 'call_pure':
      case 'input':
        return B.FULL;
      case 'int_lt':
      case 'int_le':
      case 'int_gt':
      case 'int_ge':
      case 'int_eq':
      case 'int_ne':
      case 'int_is_true':
      case 'float_add':
      case 'float_sub':
      case 'float_mul':
      case 'float_div':
      case 'float_mod':
      case 'float_pow':
      case 'float_neg':
      case 'float_abs':
      case 'float_lt':
      case 'float_le':
      case 'float_gt':
      case 'float_ge':
      case 'float_eq':
      case 'float_ne':
      case 'int_to_float':
      case 'uint_to_float':
      case 'bool_not':
      case 'ref_eq':
      case 'ref_ne':
      case 'ref_is_null':
      case 'ref_typeof':
      case 'instance_of':
      case 'cast_int_to_ref':
      case 'cast_float_to_ref':
      case 'cast_bool_to_ref':
      case 'cast_ref_to_float':
      case 'cast_ref_to_bool':
      case 'setfield':
      case 'setarrayitem':
      case 'new':
      case 'new_array':
      case 'guard_true':
      case 'guard_false':
      case 'guard_value':
      case 'guard_class':
      case 'guard_nonnull':
      case 'guard_isnull':
      case 'label':
      case 'jump':
      case 'finish':
      case 'debug_merge_point':
      case 'virtualizable_array':
        return B.FULL; // no int result
      default:
        return assertNever(opcode, 'opcode');
    }
  }

  /** Is the bool `op` (an int comparison or int_is_true) decided by the bounds of its args? */
  decide(op: Op): B.Truth {
    if (op.opcode === 'int_is_true') return B.isTrue(this.of(op.args[0]!));
    if (!isComparison(op.opcode)) return null;
    return compare(op.opcode, this.of(op.args[0]!), this.of(op.args[1]!));
  }

  /** The bool `cond` is known to be `truth` (a guard on it passed): narrow its operands. */
  assume(cond: Value, truth: boolean): void {
    const d = this.definition(cond);
    if (!d || d.type !== 'bool') return;
    if (d.opcode === 'bool_not') {
      this.assume(d.args[0]!, !truth);
      return;
    }
    if (d.opcode === 'int_is_true') {
      this.assumeCompare(truth ? 'int_ne' : 'int_eq', d.args[0]!, new Const('int', 0));
      return;
    }
    if (isComparison(d.opcode)) this.assumeCompare(truth ? d.opcode : NEGATED[d.opcode], d.args[0]!, d.args[1]!);
  }

  private assumeCompare(cmp: Comparison, x: Value, y: Value): void {
    const bx = this.of(x);
    const by = this.of(y);
    let r: [Bounds, Bounds] | null;
    switch (cmp) {
      case 'int_lt':
        r = B.assumeLt(bx, by);
        break;
      case 'int_le':
        r = B.assumeLe(bx, by);
        break;
      case 'int_gt': {
        const s = B.assumeLt(by, bx);
        r = s && [s[1], s[0]];
        break;
      }
      case 'int_ge': {
        const s = B.assumeLe(by, bx);
        r = s && [s[1], s[0]];
        break;
      }
      case 'int_eq':
        r = B.assumeEq(bx, by);
        break;
      case 'int_ne':
        r = B.assumeNe(bx, by);
        break;
      default:
        return assertNever(cmp, 'comparison');
    }
    if (!r) return;
    if (x instanceof Op) this.narrow(x, r[0]);
    if (y instanceof Op) this.narrow(y, r[1]);
  }
}

export function compare(cmp: Comparison, a: Bounds, b: Bounds): B.Truth {
  switch (cmp) {
    case 'int_lt':
      return B.lt(a, b);
    case 'int_le':
      return B.le(a, b);
    case 'int_gt':
      return B.lt(b, a);
    case 'int_ge':
      return B.le(b, a);
    case 'int_eq':
      return B.eq(a, b);
    case 'int_ne': {
      const e = B.eq(a, b);
      return e === null ? null : !e;
    }
    default:
      return assertNever(cmp, 'comparison');
  }
}
