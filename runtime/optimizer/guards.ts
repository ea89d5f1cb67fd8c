/**
 * Guard strengthening and elimination: known class, value, non-null, bounds.
 *
 * One forward walk collects what passed guards (and allocations) prove, and removes a guard
 * whose condition is already known to hold:
 * - `guard_true(b)` / `guard_false(b)` after a guard on the same `b`, or when `b` is an int
 *   comparison decided by the bounds known so far (intfacts.ts: `guard_true(int_lt(i, 10))`
 *   makes a later `guard_true(int_lt(i, 20))` redundant), a `bool_not` of a known bool, or a
 *   `ref_is_null` of a reference known null or non-null;
 * - `guard_class(x, C)` when x's class is known to be C (an earlier `guard_class`, or `new(@C)`),
 *   and a guard on `instance_of(x, D)` then (D's prototype on C's chain or not);
 * - `guard_nonnull(x)` when x is known non-null (an earlier `guard_nonnull` or `guard_class`, an
 *   allocation, a cast of a primitive, `ref_typeof`) and `guard_isnull(x)` when known null;
 * - `guard_value(x, c)` when x is already known to be c;
 * - any guard whose arguments are all constants and which holds.
 * A guard known to fail is kept: the trace always exits there, which is correct.
 *
 * After `guard_value(x, c)` every later use of x, in arguments and snapshots, reads the constant
 * (a Const of x's own type). Not for a float or ref compared with 0: `guard_value` uses `===`,
 * which does not tell 0 from -0, and substituting 0 for a -0 would change the value.
 *
 * Class knowledge is invalidated by anything that can change a prototype: a residual `call`
 * (`Object.setPrototypeOf`) or a store to `__proto__`. Values, nullness and bounds of SSA values
 * never change.
 *
 * Strengthening: `guard_nonnull(r)` followed later by `guard_class(r, C)`, with nothing in
 * between that can change a prototype and no label, becomes `guard_class(r, C)` at the position
 * and with the snapshot of the `guard_nonnull`; the later `guard_class` then is known to hold and
 * goes. Why resuming at the earlier snapshot is correct: that snapshot describes a consistent
 * interpreter state, the one in which the `guard_nonnull` was checked. If `r` is not of class C
 * there, it is not of class C at the later guard either (its prototype cannot change in between),
 * so the original trace would have exited at the later guard anyway; exiting earlier only hands
 * the ops in between to the interpreter, which executes them from that state exactly as the trace
 * would have, and then handles the class mismatch itself. Nothing observable was done twice
 * because nothing after the exit point ran in compiled code. And when the strengthened guard
 * passes, `r` is non-null (`guard_class` fails on null and undefined), so the `guard_nonnull` it
 * replaces would have passed too.
 *
 * Loop rule: at the loop label, knowledge about varying label arguments is dropped (bools,
 * classes, nullness, values, bounds); definitions are looked through only where
 * `LoopRewriter.definition` allows it.
 */

import { OPS, type OpSpec, isGuard } from '../ir/optable.js';
import { Const, Op, type Trace, type Value, newOp } from '../ir/trace.js';
import { type ValueType, assertNever, valueHasType } from '../ir/types.js';
import * as B from './intbounds.js';
import { IntFacts } from './intfacts.js';
import { LoopRewriter } from './looprewriter.js';
import type { Pass, PassResult } from './pass.js';
import { classPrototype, instanceOfPrototype } from './virtual-heap.js';

/** Every opcode with the `guard` flag; a test checks this list against the op table. */
export const GUARD_OPCODES = [
  'guard_true',
  'guard_false',
  'guard_value',
  'guard_class',
  'guard_nonnull',
  'guard_isnull',
  'int_add_ovf',
  'int_sub_ovf',
  'int_mul_ovf',
] as const;

type GuardOpcode = (typeof GUARD_OPCODES)[number];

const isConstArgs = (op: Op): boolean => op.args.every((a) => a instanceof Const);

const constValue = (v: Value): unknown => (v as Const).value;

/** Is the constant a number zero (whose sign `===` cannot see)? */
const isZero = (x: unknown): boolean => typeof x === 'number' && x === 0;

/** Where `guard_nonnull` can become the `guard_class` found later: the guard, and the class. */
function strengtheningPlan(trace: Trace): Map<Op, Const> {
  const plan = new Map<Op, Const>();
  // Open `guard_nonnull`s per reference, since the last barrier.
  let open = new Map<Op, Op[]>();
  for (const op of trace.ops) {
    const barrier =
      op.opcode === 'call' ||
      op.opcode === 'label' ||
      op.opcode === 'jump' ||
      op.opcode === 'finish' ||
      (op.opcode === 'setfield' && op.descr?.kind === 'field' && op.descr.name === '__proto__');
    if (barrier) {
      open = new Map();
      continue;
    }
    const r = op.args[0];
    if (!(r instanceof Op)) continue;
    if (op.opcode === 'guard_nonnull') {
      const list = open.get(r);
      if (list) list.push(op);
      else open.set(r, [op]);
    } else if (op.opcode === 'guard_class' && op.args[1] instanceof Const) {
      for (const g of open.get(r) ?? []) plan.set(g, op.args[1]);
      open.delete(r);
    }
  }
  return plan;
}

class GuardOptimizer {
  private readonly rw: LoopRewriter;
  private readonly facts: IntFacts;
  private readonly knownBool = new Map<Op, boolean>();
  private readonly knownClass = new Map<Op, Const>();
  private readonly nonNull = new Set<Op>();
  private readonly isNull = new Set<Op>();
  private readonly plan: Map<Op, Const>;

  constructor(private readonly trace: Trace) {
    this.rw = new LoopRewriter(trace);
    this.facts = new IntFacts((v) => this.rw.definition(v));
    this.plan = strengtheningPlan(trace);
  }

  run(): PassResult {
    for (const op of this.trace.ops) this.visit(op);
    return this.rw.result(this.trace.inputs);
  }

  private visit(op: Op): void {
    const rw = this.rw;
    if (rw.isLoopLabel(op)) {
      for (const v of rw.varying) {
        this.knownBool.delete(v);
        this.knownClass.delete(v);
        this.nonNull.delete(v);
        this.isNull.delete(v);
      }
      this.facts.forget(rw.varying);
      rw.enterLoop(op);
      return;
    }
    if (rw.isLoopJump(op)) {
      rw.emitJump(op);
      return;
    }
    if (op.opcode === 'label') {
      rw.out.push(op); // a label names variables: its arguments are never substituted
      return;
    }
    rw.remapArgs(op);
    if (isGuard(op.opcode)) {
      this.guard(op, op.opcode as GuardOpcode);
      return;
    }
    rw.emit(op);
    this.learn(op);
  }

  /** What a non-guard op says about its result or about classes. */
  private learn(op: Op): void {
    this.facts.learn(op);
    switch (op.opcode) {
      case 'new':
        this.nonNull.add(op);
        if (op.args[0] instanceof Const) this.knownClass.set(op, op.args[0]);
        break;
      case 'new_array':
      case 'cast_int_to_ref':
      case 'cast_float_to_ref':
      case 'cast_bool_to_ref':
      case 'ref_typeof':
        this.nonNull.add(op);
        break;
      case 'call':
        this.knownClass.clear();
        break;
      case 'setfield':
        if (op.descr?.kind === 'field' && op.descr.name === '__proto__') this.knownClass.clear();
        break;
      default:
        break;
    }
  }

  private isNonNull(v: Value): boolean {
    return v instanceof Const ? v.value != null : this.nonNull.has(v);
  }

  private isKnownNull(v: Value): boolean {
    return v instanceof Const ? v.value == null : this.isNull.has(v);
  }

  /** Is the bool `b` known to be true or false here? */
  private truth(b: Value): boolean | null {
    if (b instanceof Const) return b.value as boolean;
    const k = this.knownBool.get(b);
    if (k !== undefined) return k;
    const d = this.rw.definition(b);
    if (!d) return null;
    switch (d.opcode) {
      case 'bool_not': {
        const t = this.truth(d.args[0]!);
        return t === null ? null : !t;
      }
      case 'ref_is_null':
        if (this.isKnownNull(d.args[0]!)) return true;
        if (this.isNonNull(d.args[0]!)) return false;
        return null;
      case 'instance_of': {
        const x = d.args[0]!;
        const known = x instanceof Op ? this.knownClass.get(x) : undefined;
        const proto = known ? classPrototype(known) : null;
        return proto !== null ? instanceOfPrototype(proto, d.args[1]!) : null;
      }
      default:
        return this.facts.decide(d);
    }
  }

  /** A guard passed: `b` is `t`. */
  private assumeTruth(b: Value, t: boolean): void {
    if (!(b instanceof Op)) return;
    this.knownBool.set(b, t);
    this.facts.assume(b, t);
    const d = this.rw.definition(b);
    if (!d) return;
    if (d.opcode === 'bool_not') this.assumeTruth(d.args[0]!, !t);
    else if (d.opcode === 'ref_is_null' && d.args[0] instanceof Op) (t ? this.isNull : this.nonNull).add(d.args[0]);
  }

  private guard(op: Op, opcode: GuardOpcode): void {
    const rw = this.rw;
    const spec = OPS[opcode] as OpSpec;
    if (spec.holds && isConstArgs(op)) {
      const args = op.args.map(constValue);
      if (!spec.holds(...args)) rw.emit(op); // always fails
      else if (op.type === 'void') rw.drop(op);
      else if (!rw.tryReplace(op, new Const(op.type as ValueType, spec.eval!(...args)))) rw.emit(op);
      return;
    }
    const x = op.args[0]!;
    switch (opcode) {
      case 'guard_true':
      case 'guard_false': {
        const want = opcode === 'guard_true';
        if (this.truth(x) === want) {
          rw.drop(op);
          return;
        }
        rw.emit(op);
        this.assumeTruth(x, want);
        return;
      }
      case 'guard_value':
        this.guardValue(op);
        return;
      case 'guard_class': {
        const c = op.args[1]!;
        const known = x instanceof Op ? this.knownClass.get(x) : undefined;
        if (known && c instanceof Const && Object.is(known.value, c.value)) {
          rw.drop(op);
          return;
        }
        rw.emit(op);
        if (x instanceof Op && c instanceof Const) {
          this.knownClass.set(x, c);
          this.nonNull.add(x);
        }
        return;
      }
      case 'guard_nonnull': {
        if (this.isNonNull(x)) {
          rw.drop(op);
          return;
        }
        const cls = this.plan.get(op);
        if (cls && x instanceof Op && !this.isKnownNull(x)) {
          // Strengthened: the later guard_class, checked here with this guard's snapshot.
          rw.drop(op);
          rw.emit(newOp('guard_class', [x, cls], 'void', null, op.snapshot));
          this.knownClass.set(x, cls);
        } else {
          rw.emit(op);
        }
        if (x instanceof Op) this.nonNull.add(x);
        return;
      }
      case 'guard_isnull':
        if (this.isKnownNull(x)) {
          rw.drop(op);
          return;
        }
        rw.emit(op);
        if (x instanceof Op && !this.isNonNull(x)) this.isNull.add(x);
        return;
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf':
        rw.emit(op);
        this.facts.learn(op);
        return;
      default:
        assertNever(opcode, 'guard');
    }
  }

  private guardValue(op: Op): void {
    const rw = this.rw;
    const [x, c] = op.args as [Value, Value];
    if (x instanceof Op && c instanceof Const) {
      const implied =
        (x.type === 'int' && B.isPoint(this.facts.of(x)) && this.facts.of(x).lo === c.value) ||
        (x.type === 'bool' && this.truth(x) === c.value);
      if (implied) {
        rw.drop(op);
        return;
      }
    }
    rw.emit(op);
    if (!(x instanceof Op) || !(c instanceof Const)) return;
    if (c.value != null) this.nonNull.add(x);
    if (x.type === 'bool' && typeof c.value === 'boolean') this.assumeTruth(x, c.value);
    if (x.type === 'int' && valueHasType(c.value, 'int')) this.facts.narrow(x, B.point(c.value as number));
    const type = x.type as ValueType;
    if (valueHasType(c.value, type) && !((type === 'float' || type === 'ref') && isZero(c.value))) {
      rw.setValue(x, new Const(type, c.value));
    }
  }
}

export const guardsPass: Pass = {
  name: 'guards',
  description: 'Guard strengthening and elimination: known class, value, non-null, bounds',
  run(trace: Trace): PassResult {
    return new GuardOptimizer(trace).run();
  },
};
