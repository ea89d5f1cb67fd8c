/**
 * Constant folding with integer bounds.
 *
 * One forward walk. Each op, after its arguments are remapped, is replaced by a simpler value
 * when one of these applies (in this order):
 * - evaluation: a pure op whose arguments are all constants is computed with the table's
 *   `eval` (a `call_pure` by calling its function, kept if the call throws; a `getfield_imm` of a
 *   constant object by reading the data property it names, a `getarrayitem_imm` of a constant
 *   array at a constant index likewise), giving a constant of the op's type;
 * - identities (`IDENTITIES`): algebra that holds for every value of the operand types; float
 *   rules are only those exact for NaN and -0 (`x * 1.0`, `x - 0.0`, `x + -0.0`, `x / 1.0`,
 *   double negation), never `x + 0.0`, `x * 0.0` or `float_eq(x, x)`; `ref_eq(x, x)` only when
 *   `x` cannot be NaN (a ref may hold any number); and type tests that how the ref was made
 *   answers (`TYPEOF_RESULT`): `ref_typeof` of a cast from int or float is "number", from bool
 *   "boolean", of `new` or `new_array` "object", of a `ref_typeof` "string", and `ref_is_null`
 *   of any of these is false (type tests of constants are evaluated);
 * - bounds (intfacts.ts): an int op whose result interval is a single value becomes that value,
 *   and a comparison decided by its operands' intervals becomes a constant.
 * - rewrites (`REWRITES`) into a new op that then goes through the same walk: narrowing
 *   (LuaJIT's lj_opt_narrow): `float_to_int(float_add(a, b))` of two int32-exact operands
 *   (`int_to_float(x)`, or an integral float constant in the int32 range) is `int_add(x, y)`,
 *   likewise `float_sub` (the double sum of two int32 values is exact, and ToInt32 of it wraps as
 *   `int_add` does); reassociation of wrapping int arithmetic with constants:
 *   `int_add(int_add(x, c1), c2)` is `int_add(x, c1 + c2)` (and `int_sub` as adding `-c`).
 * Overflow-checked ops whose exact result provably fits in int32 become the plain op (the guard
 * disappears). A guard whose arguments all folded to constants is removed when it holds and kept
 * when it fails (it then always exits). Guards that stay narrow the bounds of what they test.
 *
 * A value computed at compile time must have the op's type (`valueHasType`): a cast of a
 * constant that does not fit, or a pure call returning a value of another type, is kept.
 *
 * Loop rule: at the loop label, bounds and not-NaN facts of varying label arguments are
 * dropped; definitions are looked through only where `LoopRewriter.definition` allows it.
 */

import { OPS, type Opcode, type OpSpec, isGuard, isPure } from '../ir/optable.js';
import { Const, Op, type Trace, type Value, newOp } from '../ir/trace.js';
import { type ValueType, valueHasType } from '../ir/types.js';
import * as B from './intbounds.js';
import { IntFacts, isComparison } from './intfacts.js';
import { LoopRewriter } from './looprewriter.js';
import type { Pass, PassResult } from './pass.js';

/** What identities may ask about values. */
interface Ctx {
  /** The op defining a value, when it may be looked through here. */
  def(v: Value): Op | null;
  notNaN(v: Value): boolean;
}

const isNum = (v: Value, n: number): boolean => v instanceof Const && typeof v.value === 'number' && Object.is(v.value, n);
const intConst = (n: number): Const => new Const('int', n | 0);
const boolConst = (b: boolean): Const => new Const('bool', b);

/** `f(x)` where `x = inner(y)`: y, else null. */
const undo = (ctx: Ctx, v: Value, inner: Opcode): Value | null => {
  const d = ctx.def(v);
  return d && d.opcode === inner ? d.args[0]! : null;
};

/**
 * What `typeof` gives for every result of these ops: numbers and booleans boxed by a cast, the
 * objects `new` (`Object.create(C.prototype)`) and `new_array` make, and the string `typeof`
 * itself returns. None of these is null or undefined.
 */
const TYPEOF_RESULT: { readonly [K in Opcode]?: string } = {
  cast_int_to_ref: 'number',
  cast_float_to_ref: 'number',
  cast_bool_to_ref: 'boolean',
  new: 'object',
  new_array: 'object',
  ref_typeof: 'string',
};

/** A binary op with a neutral constant on the given side(s). */
const neutral = (op: Op, n: number, sides: 'right' | 'both'): Value | null => {
  const [x, y] = op.args as [Value, Value];
  if (isNum(y, n)) return x;
  if (sides === 'both' && isNum(x, n)) return y;
  return null;
};

/** A binary op with an absorbing constant on either side. */
const absorbing = (op: Op, n: number, result: Const): Const | null =>
  isNum(op.args[0]!, n) || isNum(op.args[1]!, n) ? result : null;

const sameArgs = (op: Op): boolean => op.args[0] === op.args[1];

type Rule = (op: Op, ctx: Ctx) => Value | null;

const shiftRule: Rule = (op) => {
  const [x, y] = op.args as [Value, Value];
  if (y instanceof Const && ((y.value as number) & 31) === 0) return x; // shift counts are taken mod 32
  if (isNum(x, 0)) return x;
  return null;
};

const selfCompare = (result: boolean): Rule => (op) => (sameArgs(op) ? boolConst(result) : null);

/** Identities that hold for every value of the operand types. */
const IDENTITIES: { readonly [K in Opcode]?: Rule } = {
  int_add: (op) => neutral(op, 0, 'both'),
  int_sub: (op) => neutral(op, 0, 'right') ?? (sameArgs(op) ? intConst(0) : null),
  int_mul: (op) => absorbing(op, 0, intConst(0)) ?? neutral(op, 1, 'both'),
  int_div: (op) => neutral(op, 1, 'right'),
  int_and: (op) => absorbing(op, 0, intConst(0)) ?? neutral(op, -1, 'both') ?? (sameArgs(op) ? op.args[0]! : null),
  int_or: (op) => absorbing(op, -1, intConst(-1)) ?? neutral(op, 0, 'both') ?? (sameArgs(op) ? op.args[0]! : null),
  int_xor: (op) => neutral(op, 0, 'both') ?? (sameArgs(op) ? intConst(0) : null),
  int_shl: shiftRule,
  int_shr: shiftRule,
  int_ushr: shiftRule,
  int_neg: (op, ctx) => undo(ctx, op.args[0]!, 'int_neg'),
  int_invert: (op, ctx) => undo(ctx, op.args[0]!, 'int_invert'),
  int_eq: selfCompare(true),
  int_le: selfCompare(true),
  int_ge: selfCompare(true),
  int_ne: selfCompare(false),
  int_lt: selfCompare(false),
  int_gt: selfCompare(false),
  int_is_true: (op, ctx) => undo(ctx, op.args[0]!, 'bool_to_int'),
  bool_not: (op, ctx) => undo(ctx, op.args[0]!, 'bool_not'),
  ref_eq: (op, ctx) => (sameArgs(op) && ctx.notNaN(op.args[0]!) ? boolConst(true) : null),
  ref_ne: (op, ctx) => (sameArgs(op) && ctx.notNaN(op.args[0]!) ? boolConst(false) : null),
  same_as: (op) => op.args[0]!,
  ref_typeof: (op, ctx) => {
    const d = ctx.def(op.args[0]!);
    const t = d ? TYPEOF_RESULT[d.opcode] : undefined;
    return t === undefined ? null : new Const('ref', t);
  },
  ref_is_null: (op, ctx) => {
    const d = ctx.def(op.args[0]!);
    return d && TYPEOF_RESULT[d.opcode] !== undefined ? boolConst(false) : null;
  },
  // Casts are identities at run time: a round trip gives back the original value.
  cast_ref_to_int: (op, ctx) => undo(ctx, op.args[0]!, 'cast_int_to_ref'),
  cast_ref_to_float: (op, ctx) => undo(ctx, op.args[0]!, 'cast_float_to_ref'),
  cast_ref_to_bool: (op, ctx) => undo(ctx, op.args[0]!, 'cast_bool_to_ref'),
  cast_int_to_ref: (op, ctx) => undo(ctx, op.args[0]!, 'cast_ref_to_int'),
  cast_float_to_ref: (op, ctx) => undo(ctx, op.args[0]!, 'cast_ref_to_float'),
  cast_bool_to_ref: (op, ctx) => undo(ctx, op.args[0]!, 'cast_ref_to_bool'),
  float_to_int: (op, ctx) => undo(ctx, op.args[0]!, 'int_to_float'),
  // Float identities exact for NaN, infinities and -0 only.
  float_mul: (op) => neutral(op, 1, 'both'),
  float_div: (op) => neutral(op, 1, 'right'),
  float_sub: (op) => neutral(op, 0, 'right'),
  float_add: (op) => neutral(op, -0, 'both'),
  float_neg: (op, ctx) => undo(ctx, op.args[0]!, 'float_neg'),
};

/** An int32 register holding exactly the value of a float operand, or null. */
const intExact = (ctx: Ctx, v: Value): Value | null => {
  if (v instanceof Const) {
    const n = v.value as number;
    return typeof n === 'number' && Number.isInteger(n) && n === (n | 0) && !Object.is(n, -0) ? intConst(n) : null;
  }
  return undo(ctx, v, 'int_to_float');
};

/** `x + c` of an int value with a constant: [x, c], for int_add(x, c) and int_sub(x, c). */
const plusConst = (ctx: Ctx, v: Value): [Value, number] | null => {
  const d = ctx.def(v);
  if (!d || (d.opcode !== 'int_add' && d.opcode !== 'int_sub')) return null;
  const [x, c] = d.args as [Value, Value];
  if (!(c instanceof Const)) return null;
  return [x, d.opcode === 'int_add' ? (c.value as number) : -(c.value as number) | 0];
};

/** Rewrites into a new op (which is then simplified in turn). */
const REWRITES: { readonly [K in Opcode]?: (op: Op, ctx: Ctx) => Op | null } = {
  float_to_int: (op, ctx) => {
    const d = ctx.def(op.args[0]!);
    if (!d || (d.opcode !== 'float_add' && d.opcode !== 'float_sub')) return null;
    const x = intExact(ctx, d.args[0]!);
    const y = x && intExact(ctx, d.args[1]!);
    return x && y ? newOp(d.opcode === 'float_add' ? 'int_add' : 'int_sub', [x, y]) : null;
  },
  int_add: (op, ctx) => {
    const [a, b] = op.args as [Value, Value];
    if (!(b instanceof Const)) return null;
    const inner = plusConst(ctx, a);
    return inner ? newOp('int_add', [inner[0], intConst((inner[1] + (b.value as number)) | 0)]) : null;
  },
  int_sub: (op, ctx) => {
    const [a, b] = op.args as [Value, Value];
    if (!(b instanceof Const)) return null;
    const inner = plusConst(ctx, a);
    return inner ? newOp('int_add', [inner[0], intConst((inner[1] - (b.value as number)) | 0)]) : null;
  },
};

/** Ops whose result is never NaN, whatever their arguments. */
const NEVER_NAN: ReadonlySet<Opcode> = new Set<Opcode>(['new', 'new_array', 'cast_int_to_ref', 'cast_bool_to_ref', 'ref_typeof']);

/** The plain op an overflow-checked op becomes when it cannot overflow. */
const PLAIN: Readonly<Partial<Record<Opcode, Opcode>>> = {
  int_add_ovf: 'int_add',
  int_sub_ovf: 'int_sub',
  int_mul_ovf: 'int_mul',
};

/** The current value of a data property of a constant object, or null when there is none. */
function readDataProperty(obj: unknown, name: string): { value: unknown } | null {
  if (obj === null || obj === undefined) return null;
  for (let o: object | null = Object(obj) as object; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return 'value' in d ? { value: d.value } : null;
  }
  return null;
}

/** The constant a pure op with constant arguments computes, or null (not computable here). */
function evaluate(op: Op): Const | null {
  if (op.type === 'void' || !op.args.every((a) => a instanceof Const)) return null;
  const vals = op.args.map((a) => (a as Const).value);
  let result: unknown;
  if (op.opcode === 'getfield_imm') {
    if (op.descr?.kind !== 'field') return null;
    const p = readDataProperty(vals[0], op.descr.name);
    if (!p) return null;
    result = p.value;
  } else if (op.opcode === 'getarrayitem_imm') {
    if (op.descr?.kind !== 'array') return null;
    const p = readDataProperty(vals[0], String(vals[1]));
    if (!p) return null;
    result = p.value;
  } else if (op.opcode === 'call_pure') {
    const fn = vals[0];
    if (typeof fn !== 'function') return null;
    try {
      result = Reflect.apply(fn, undefined, vals.slice(1));
    } catch {
      return null; // the call raises: keep it, its snapshot handles the exception
    }
  } else {
    const ev = (OPS[op.opcode] as OpSpec).eval;
    if (!ev) return null;
    result = ev(...vals);
  }
  return valueHasType(result, op.type) ? new Const(op.type as ValueType, result) : null;
}

class Folder {
  private readonly rw: LoopRewriter;
  private readonly facts: IntFacts;
  /** Refs known not to be NaN because a guard said so. */
  private readonly notNaNRefs = new Set<Op>();
  private readonly ctx: Ctx;

  constructor(private readonly trace: Trace) {
    this.rw = new LoopRewriter(trace);
    this.facts = new IntFacts((v) => this.rw.definition(v));
    this.ctx = {
      def: (v) => this.rw.definition(v),
      notNaN: (v) => this.notNaN(v),
    };
  }

  run(): PassResult {
    for (const op of this.trace.ops) this.visit(op);
    return this.rw.result(this.trace.inputs);
  }

  private notNaN(v: Value): boolean {
    if (v instanceof Const) return !(typeof v.value === 'number' && Number.isNaN(v.value));
    if (this.notNaNRefs.has(v)) return true;
    const d = this.rw.definition(v);
    return d !== null && NEVER_NAN.has(d.opcode);
  }

  private visit(op: Op): void {
    const rw = this.rw;
    if (rw.isLoopLabel(op)) {
      this.facts.forget(rw.varying);
      for (const v of rw.varying) this.notNaNRefs.delete(v);
      rw.enterLoop(op);
      return;
    }
    if (rw.isLoopJump(op)) {
      rw.emitJump(op);
      return;
    }
    rw.remapArgs(op);
    if (isGuard(op.opcode)) {
      this.guard(op);
      return;
    }
    if (isPure(op.opcode)) {
      const v = this.simplify(op) ?? this.rewrite(op);
      if (v !== null && rw.tryReplace(op, v)) return;
      this.emit(op);
      if (v instanceof Const && v.type === 'int') this.facts.narrow(op, B.point(v.value as number));
      return;
    }
    this.emit(op);
  }

  private emit(op: Op): void {
    this.rw.emit(op);
    this.facts.learn(op);
  }

  /** The value of a rewrite of the pure op (emitted here unless it simplifies further), or null. */
  private rewrite(op: Op): Value | null {
    const n = REWRITES[op.opcode]?.(op, this.ctx) ?? null;
    if (n === null) return null;
    const v = this.simplify(n) ?? this.rewrite(n);
    if (v !== null) return v;
    this.emit(n);
    return n;
  }

  /** A simpler value of the same type for the pure op, or null. */
  private simplify(op: Op): Value | null {
    const v = this.simpler(op);
    return v !== null && v.type === op.type ? v : null;
  }

  private simpler(op: Op): Value | null {
    const c = evaluate(op);
    if (c) return c;
    const rule = IDENTITIES[op.opcode];
    const v = rule ? rule(op, this.ctx) : null;
    if (v !== null) return v;
    if (op.type === 'int') {
      const b = this.facts.transfer(op);
      if (B.isPoint(b)) return intConst(b.lo);
    }
    if (op.opcode === 'int_is_true' || isComparison(op.opcode)) {
      const t = this.facts.decide(op);
      if (t !== null) return boolConst(t);
    }
    return null;
  }

  private guard(op: Op): void {
    const rw = this.rw;
    const plain = PLAIN[op.opcode];
    if (plain) {
      this.overflowGuard(op, plain);
      return;
    }
    const holds = (OPS[op.opcode] as OpSpec).holds;
    if (holds && op.args.every((a) => a instanceof Const)) {
      if (holds(...op.args.map((a) => (a as Const).value))) {
        rw.drop(op);
        return;
      }
      rw.emit(op); // always fails: the trace exits here
      return;
    }
    rw.emit(op);
    const [x, y] = op.args;
    switch (op.opcode) {
      case 'guard_true':
      case 'guard_false':
        this.facts.assume(x!, op.opcode === 'guard_true');
        break;
      case 'guard_value':
        if (x instanceof Op && y instanceof Const) {
          if (x.type === 'int' && valueHasType(y.value, 'int')) this.facts.narrow(x, B.point(y.value as number));
          if (this.notNaN(y)) this.notNaNRefs.add(x);
        }
        break;
      case 'guard_class':
        // Only a Number receiver can be NaN; any other class excludes it.
        if (x instanceof Op && y instanceof Const && y.value !== Number) this.notNaNRefs.add(x);
        break;
      default:
        break;
    }
  }

  private overflowGuard(op: Op, plainOpcode: Opcode): void {
    const rw = this.rw;
    const [lo, hi] = this.facts.exactOvf(op)!;
    if (B.exact(lo, hi)) {
      // Cannot overflow: the plain op computes the same value and the guard goes away.
      const plain = newOp(plainOpcode, [op.args[0]!, op.args[1]!]);
      const v = this.simplify(plain);
      if (v !== null) {
        if (rw.tryReplace(op, v)) return;
      } else if (rw.canReplace(op, plain)) {
        this.emit(plain);
        rw.replace(op, plain);
        return;
      }
    }
    this.emit(op);
  }
}

export const foldPass: Pass = {
  name: 'fold',
  description: 'Constant folding with integer bounds',
  run(trace: Trace): PassResult {
    return new Folder(trace).run();
  },
};
