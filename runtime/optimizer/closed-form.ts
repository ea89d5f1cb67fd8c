/**
 * Closed forms of counting loops: a loop whose body only counts runs its last iteration alone.
 *
 * The loops this pass takes are the ones byte-cell machines are full of (Brainfuck's `[-]` and
 * `[->+<]`, once vable.ts keeps the cells in registers): every value the loop changes is a
 * counter, stepped by a constant each iteration and wrapping at a power of two, and the loop
 * leaves when one counter reaches zero. After k iterations a counter x with step c is
 * `(x + k*c) mod 2^w`, and when c is odd (invertible mod 2^w) the number of iterations before
 * the exit is known too: the exit guard first sees zero when `t ≡ -x * c⁻¹ (mod 2^w)`.
 *
 * The rewrite keeps the body and its exit exactly as they are. At the top of the body it computes
 * k, the number of iterations that would pass the exit guard, and advances every counter by k
 * steps; the body then runs on the advanced values and leaves through its guard as the loop would
 * have after k more iterations, with the same values in the snapshot and the same pending stores.
 * Nothing is exact "by construction" beyond the arithmetic below: the tests compare every start
 * value against the loop as recorded.
 *
 * When it applies (otherwise the trace is unchanged):
 * - The trace is a loop whose body (after the last label, before the jump) has only pure value
 *   ops (arithmetic and tests: they cannot throw), markers, and exactly one guard. No heap access,
 *   no call, no allocation, no other guard: a skipped iteration must be unobservable. (Peeling
 *   has moved the guards on invariant values into the preamble; a body that still has them is
 *   not a counting loop.)
 * - Every varying label argument L is an int counter: the jump passes `(L + c) & (2^w - 1)` with
 *   1 <= w <= 31, and L's first value is masked the same way (so every value of L is in range,
 *   and skipping 0 iterations changes nothing); or the jump passes `L + c` or `L - c`, which
 *   wraps at 2^32 (w = 32).
 * - The guard leaves exactly when one counter is zero, before its step (L) or after it (the
 *   jump's value): `guard_false(int_eq(v, 0))`, `guard_true(int_ne(v, 0))`,
 *   `guard_true(int_is_true(v))`, through any number of `bool_not`s. That counter's step is odd.
 *
 * The counts are int32 arithmetic modulo 2^32 (`int_mul` is Math.imul), and every counter's
 * value is only ever taken modulo its own 2^w, so the low bits the products keep are the ones that
 * matter, whatever the sizes of k and the steps.
 */

import { Const, Op, Trace, constInt, newOp, type Value } from '../ir/trace.js';
import { isGuard, isValueOp, OPS } from '../ir/optable.js';
import { type Pass, type PassResult, Rewriter, loopShape } from './pass.js';

/** A counter: its step per iteration and width (values are taken modulo 2^width). */
interface Counter {
  readonly step: number;
  readonly width: number;
}

const intConst = (v: Value | undefined): number | null =>
  v instanceof Const && typeof v.value === 'number' && v.value === (v.value | 0) ? v.value : null;

/** `2^w - 1` for 1 <= w <= 31, as w; else null. */
function maskWidth(m: number | null): number | null {
  if (m === null || m <= 0 || (m & (m + 1)) !== 0) return null;
  return 32 - Math.clz32(m);
}

/** The mask operand of `int_and(x, M)` / `int_and(M, x)`, and the other operand. */
function masked(op: Op): { value: Value; width: number } | null {
  if (op.opcode !== 'int_and') return null;
  for (const k of [1, 0]) {
    const w = maskWidth(intConst(op.args[k]));
    if (w !== null) return { value: op.args[1 - k]!, width: w };
  }
  return null;
}

/** `next` as L's step: `L + c`, `L - c`, or either under `& (2^w - 1)`. */
function counterStep(L: Op, next: Value): Counter | null {
  if (!(next instanceof Op)) return null;
  let width = 32;
  let sum: Value = next;
  const m = masked(next);
  if (m) {
    // Every value of L must be in range, its first one included.
    const first = masked(L);
    if (!first || first.width > m.width) return null;
    width = m.width;
    sum = m.value;
  }
  if (!(sum instanceof Op) || sum.args[0] !== L) return null;
  const c = intConst(sum.args[1]);
  if (c === null) return null;
  if (sum.opcode === 'int_add') return { step: c, width };
  if (sum.opcode === 'int_sub') return { step: -c | 0, width };
  return null;
}

/** The value a guard leaves on being zero (exactly then), or null. */
function zeroExit(guard: Op): Value | null {
  if (guard.opcode !== 'guard_true' && guard.opcode !== 'guard_false') return null;
  // The guard leaves when its argument is `leavesWhen`.
  let b: Value = guard.args[0]!;
  let leavesWhen = guard.opcode === 'guard_false';
  for (;;) {
    if (!(b instanceof Op)) return null;
    if (b.opcode === 'bool_not') {
      b = b.args[0]!;
      leavesWhen = !leavesWhen;
      continue;
    }
    const [x, y] = b.args;
    const other = intConst(y) === 0 ? x : intConst(x) === 0 ? y : undefined;
    if (b.opcode === 'int_eq' && leavesWhen && other) return other;
    if (b.opcode === 'int_ne' && !leavesWhen && other) return other;
    if (b.opcode === 'int_is_true' && !leavesWhen) return x!;
    return null;
  }
}

/** The inverse of odd `c` modulo 2^32 (Newton's iteration doubles the correct low bits). */
export function inverseMod32(c: number): number {
  if ((c & 1) === 0) throw new RangeError(`${c} is even: it has no inverse modulo 2^32`);
  let inv = c;
  for (let k = 0; k < 5; k++) inv = Math.imul(inv, 2 - Math.imul(c, inv));
  return inv;
}

const maskOf = (width: number): number => (width === 32 ? -1 : 2 ** width - 1);

function closedForm(trace: Trace): PassResult {
  const unchanged: PassResult = { trace, verdict: 'unchanged' };
  const shape = loopShape(trace);
  if (!shape || shape.varying.size === 0) return unchanged;
  const { labelIndex, label, jump } = shape;
  const body = trace.ops.slice(labelIndex + 1, -1);
  let guard: Op | null = null;
  for (const op of body) {
    if (isGuard(op.opcode)) {
      if (guard) return unchanged;
      guard = op;
    } else if (!(isValueOp(op.opcode) && OPS[op.opcode].pure) && op.opcode !== 'debug_merge_point') {
      return unchanged;
    }
  }
  if (!guard) return unchanged;
  const counters = new Map<Op, Counter>();
  for (let k = 0; k < label.args.length; k++) {
    const L = label.args[k]!;
    if (!(L instanceof Op) || !shape.varying.has(L)) continue;
    if (L.type !== 'int') return unchanged;
    const c = counterStep(L, jump.args[k]!);
    if (!c) return unchanged;
    counters.set(L, c);
  }
  const tested = zeroExit(guard);
  if (!tested) return unchanged;
  // The tested counter, and whether the test sees it after this iteration's step (j = 1).
  let x: Op | null = null;
  let j = 0;
  for (let k = 0; k < label.args.length && x === null; k++) {
    const L = label.args[k]!;
    if (!(L instanceof Op) || !counters.has(L)) continue;
    if (tested === L) x = L;
    else if (tested === jump.args[k]) [x, j] = [L, 1];
  }
  if (x === null) return unchanged;
  const counted = counters.get(x)!;
  if ((counted.step & 1) === 0) return unchanged;

  const rw = new Rewriter();
  for (let k = 0; k <= labelIndex; k++) rw.emit(trace.ops[k]!);
  const emit = (op: Op): Op => rw.emit(op);
  // k = (-x * step⁻¹ - j) mod 2^w: the iterations left that pass the guard.
  const negInverse = Math.imul(-1, inverseMod32(counted.step)) & maskOf(counted.width);
  let r: Value = negInverse === 1 ? x : emit(newOp('int_mul', [x, constInt(negInverse)]));
  if (j === 1) r = emit(newOp('int_sub', [r, constInt(1)]));
  const skip = counted.width === 32 ? r : emit(newOp('int_and', [r, constInt(maskOf(counted.width))]));
  const advanced = new Map<Op, Op>();
  for (const [L, { step, width }] of counters) {
    const stepMod = width === 32 ? step : step & maskOf(width);
    if (stepMod === 0) continue;
    const moved = stepMod === 1 ? skip : emit(newOp('int_mul', [skip, constInt(stepMod)]));
    const sum = emit(newOp('int_add', [L, moved]));
    advanced.set(L, width === 32 ? sum : emit(newOp('int_and', [sum, constInt(maskOf(width))])));
  }
  for (const [L, adv] of advanced) rw.replace(L, adv);
  rw.resetSnapshots();
  for (let k = labelIndex + 1; k < trace.ops.length; k++) rw.emit(trace.ops[k]!);
  rw.changed = true;
  return rw.result(trace.inputs);
}

export const closedFormPass: Pass = {
  name: 'closedform',
  description: 'Counting loops skip to their last iteration (closed forms of wrapping counters)',
  run: closedForm,
};
