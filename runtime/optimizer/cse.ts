/**
 * Common-subexpression elimination of pure operations (pure calls included).
 *
 * One forward walk with a table from a structural key to the first op that computed it. Two ops
 * are the same computation when they have the same opcode, result type, descriptor and
 * arguments: ops by identity (after remapping, so chains of equal ops collapse in one walk),
 * constants by type and `Object.is` value (so `0.0` and `-0.0` differ and NaN equals NaN,
 * objects by identity). The arguments of commutative ops are put in a canonical order first.
 * The later op is replaced by the earlier, which dominates it in a straight-line trace.
 *
 * Candidates: ops with the `pure` flag (arithmetic, comparisons, casts, `getfield_imm`,
 * `getarrayitem_imm`,
 * `call_pure`) that have a result, and overflow-checked arithmetic: a second
 * `int_add_ovf(a, b)` after a first one that passed cannot fail, and computes the same value.
 * Nothing that reads mutable heap, allocates or has effects is ever a candidate.
 *
 * Loop rule: at the loop label, entries with a varying label argument among their arguments, or
 * as their value, are dropped (in the body those names mean the current iteration's value).
 * Entries over invariant values stay, so the body's copy of an invariant computation is
 * replaced by the preamble's: loop-invariant code motion.
 */

import { OPS, type Opcode, isGuard, isPure } from '../ir/optable.js';
import { Const, type Descr, Op, type Trace, type Value } from '../ir/trace.js';
import { assertNever } from '../ir/types.js';
import { LoopRewriter } from './looprewriter.js';
import type { Pass, PassResult } from './pass.js';

const COMMUTATIVE: ReadonlySet<Opcode> = new Set<Opcode>([
  'int_add', 'int_mul', 'int_and', 'int_or', 'int_xor', 'int_eq', 'int_ne',
  'float_add', 'float_mul', 'float_eq', 'float_ne', 'ref_eq', 'ref_ne',
]);

/** Overflow-checked arithmetic: the guards that produce an int. */
const isOverflowCheck = (op: Opcode): boolean => isGuard(op) && OPS[op].result === 'int';

/** Structural keys of values, opcodes and descriptors. */
class Keys {
  private readonly objects = new Map<unknown, number>();

  value(v: Value): string {
    return v instanceof Op ? `#${v.id}` : `${v.type}:${this.constant(v)}`;
  }

  private constant(c: Const): string {
    const x = c.value;
    const t = typeof x;
    switch (t) {
      case 'number':
        return Object.is(x, -0) ? 'n-0' : `n${x}`;
      case 'string':
        return `s${JSON.stringify(x)}`;
      case 'boolean':
        return `b${x}`;
      case 'undefined':
        return 'u';
      case 'bigint':
        return `N${x}`;
      case 'object':
      case 'function':
      case 'symbol': {
        if (x === null) return 'null';
        let id = this.objects.get(x);
        if (id === undefined) {
          id = this.objects.size;
          this.objects.set(x, id);
        }
        return `o${id}`;
      }
      default:
        return assertNever(t, 'constant type');
    }
  }

  descr(d: Descr | null): string {
    if (!d) return '';
    switch (d.kind) {
      case 'field':
        return `.${JSON.stringify(d.name)}`;
      case 'array':
        return `[${d.elem}]`;
      case 'target':
        return `->${d.loop}`;
      default:
        return assertNever(d, 'descriptor');
    }
  }

  op(op: Op): string {
    const args = op.args.map((a) => this.value(a));
    if (COMMUTATIVE.has(op.opcode)) args.sort();
    return `${op.opcode}:${op.type}${this.descr(op.descr)}(${args.join(',')})`;
  }
}

function cse(trace: Trace): PassResult {
  const rw = new LoopRewriter(trace);
  const keys = new Keys();
  const table = new Map<string, Op>();
  for (const op of trace.ops) {
    if (rw.isLoopLabel(op)) {
      for (const [k, e] of table) {
        if (rw.isVarying(e) || e.args.some((a) => rw.isVarying(a))) table.delete(k);
      }
      rw.enterLoop(op);
      continue;
    }
    if (rw.isLoopJump(op)) {
      rw.emitJump(op);
      continue;
    }
    if (op.type === 'void' || !(isPure(op.opcode) || isOverflowCheck(op.opcode))) {
      rw.emit(op);
      continue;
    }
    rw.remapArgs(op);
    const key = keys.op(op);
    const earlier = table.get(key);
    if (earlier && rw.tryReplace(op, earlier)) continue;
    rw.emit(op);
    if (!earlier) table.set(key, op);
  }
  return rw.result(trace.inputs);
}

export const csePass: Pass = {
  name: 'cse',
  description: 'Common-subexpression elimination of pure operations (pure calls included)',
  run: cse,
};
