/**
 * Closed forms of counting loops: a loop whose body only counts runs its last iteration alone.
 *
 * The loops this pass takes are the ones byte-cell machines are full of (Brainfuck's `[-]`,
 * `[->+<]` and divmod loops, once vable.ts keeps the cells in registers): every value the loop
 * changes is a counter, stepped by a constant each iteration and wrapping at a power of two,
 * and the loop leaves when a counter reaches zero. After k iterations a counter x with step c is
 * `(x + k*c) mod 2^w`, and when c is odd (invertible mod 2^w) the number of iterations before
 * the exit is known too: the exit guard first sees zero when `t ≡ -x * c⁻¹ (mod 2^w)`.
 *
 * The rewrite keeps the body and its exits exactly as they are. At the top of the body it
 * computes k, the number of iterations that would pass every guard, and advances every counter
 * by k steps; the body then runs on the advanced values and leaves through the first guard that
 * fails, as the loop would have after k more iterations, with the same values in the snapshot
 * and the same pending stores. Nothing is exact "by construction" beyond the arithmetic below:
 * the tests compare start values against the loop as recorded.
 *
 * When it applies (otherwise the trace is unchanged):
 * - The trace is a loop whose body (after the last label, before the jump) has only pure value
 *   ops (arithmetic and tests: they cannot throw), markers, and guards on counters. No heap
 *   access, no call, no allocation: a skipped iteration must be unobservable. (Peeling has
 *   moved the guards on invariant values into the preamble.)
 * - Every varying label argument L is an int counter: the jump passes L plus a constant, through
 *   any chain of constant additions and subtractions, under a last `& (2^w - 1)` with
 *   1 <= w <= 31 (inner masks at least as wide), and L's first value is masked the same way (so
 *   every value of L is in range, and skipping 0 iterations changes nothing); or without masks,
 *   wrapping at 2^32 (w = 32). A step may be 0 mod 2^w (`(x + 1) - 1` in two masked steps).
 * - Each guard tests one counter's residue: L itself, `L + offset` masked to exactly its width,
 *   or a 32-bit sum (`L + 1` of a byte counter is 256, never 0: it does not qualify). It leaves
 *   when that is zero (`guard_false(int_eq(v, 0))`, `guard_true(int_ne(v, 0))`,
 *   `guard_true(int_is_true(v))`, through any number of `bool_not`s), and then the counter's
 *   step is odd; or when it is not zero, and then the step is 0 mod 2^w (the value never
 *   changes: the guard leaves at once or never). At least one guard leaves on zero.
 *
 * Counting, for a guard testing `x + offset` of a counter with step c: the test in iteration t
 * (t = 1 the current one) sees `x + offset + (t-1)*c`, first zero at `t - 1 ≡ -(x + offset) *
 * c⁻¹ (mod 2^w)`: that many iterations pass. A guard leaving on non-zero passes 0 or "never"
 * (2^30 - 1) iterations. k is the least of the guards' counts (a branch-free min: with more than
 * one guard the counters' widths are at most 30, so counts are non-negative int32s).
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

/**
 * `v` as `L + offset` modulo 2^width, looking through `int_add`/`int_sub` by constants and
 * masks `& (2^w - 1)` with w >= width (they keep the low `width` bits); null when it is not.
 */
function offsetFrom(L: Op, v: Value, width: number): number | null {
  if (v === L) return 0;
  if (!(v instanceof Op)) return null;
  const m = masked(v);
  if (m) return m.width >= width ? offsetFrom(L, m.value, width) : null;
  const c = intConst(v.args[1]);
  if (c === null || (v.opcode !== 'int_add' && v.opcode !== 'int_sub')) return null;
  const inner = offsetFrom(L, v.args[0]!, width);
  return inner === null ? null : (inner + (v.opcode === 'int_add' ? c : -c)) | 0;
}

/** `next` as L's step: `L + c` (through constant adds and subtractions), under `& (2^w - 1)` or not. */
function counterStep(L: Op, next: Value): Counter | null {
  if (!(next instanceof Op)) return null;
  const m = masked(next);
  if (m) {
    // Every value of L must be in range, its first one included.
    const first = masked(L);
    if (!first || first.width > m.width) return null;
  }
  const width = m ? m.width : 32;
  const step = offsetFrom(L, next, width);
  return step === null ? null : { step, width };
}

/**
 * What a guard tests: the value it leaves on, and whether it leaves when that value is zero
 * (`guard_false(int_eq(v, 0))`, `guard_true(int_ne(v, 0))`, `guard_true(int_is_true(v))`)
 * or when it is not, through any number of `bool_not`s; null for any other guard.
 */
function zeroTest(guard: Op): { value: Value; leavesOnZero: boolean } | null {
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
    if (b.opcode === 'int_eq' && other) return { value: other, leavesOnZero: leavesWhen };
    if (b.opcode === 'int_ne' && other) return { value: other, leavesOnZero: !leavesWhen };
    if (b.opcode === 'int_is_true') return { value: x!, leavesOnZero: !leavesWhen };
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

/** With several guards, counts are at most this (min works by subtraction on non-negative int32s). */
const MAX_MIN_WIDTH = 30;
/** The count of a guard that can never leave: more than any other guard's. */
const NEVER = 2 ** MAX_MIN_WIDTH - 1;

/**
 * One guard of the body in terms of a counter: it tests `L + offset` (mod 2^width), and leaves
 * when that is zero (the counter's step must be odd) or when it is not (the step must be 0 mod
 * 2^width: the value never changes).
 */
interface CountedGuard {
  readonly L: Op;
  readonly counter: Counter;
  readonly offset: number;
  readonly leavesOnZero: boolean;
}

function closedForm(trace: Trace): PassResult {
  const unchanged: PassResult = { trace, verdict: 'unchanged' };
  const shape = loopShape(trace);
  if (!shape || shape.varying.size === 0) return unchanged;
  const { labelIndex, label, jump } = shape;
  const body = trace.ops.slice(labelIndex + 1, -1);
  const guards: Op[] = [];
  for (const op of body) {
    if (isGuard(op.opcode)) guards.push(op);
    else if (!(isValueOp(op.opcode) && OPS[op.opcode].pure) && op.opcode !== 'debug_merge_point') return unchanged;
  }
  if (guards.length === 0) return unchanged;
  const counters = new Map<Op, Counter>();
  for (let k = 0; k < label.args.length; k++) {
    const L = label.args[k]!;
    if (!(L instanceof Op) || !shape.varying.has(L)) continue;
    if (L.type !== 'int') return unchanged;
    const c = counterStep(L, jump.args[k]!);
    if (!c) return unchanged;
    counters.set(L, c);
  }
  const counted: CountedGuard[] = [];
  for (const g of guards) {
    const t = zeroTest(g);
    if (!t) return unchanged;
    let found: CountedGuard | null = null;
    for (const [L, counter] of counters) {
      // The tested value must be the counter's residue itself (L, a value masked to exactly its
      // width, or a 32-bit sum): `L + 1` of a byte counter is 256, not 0, when L is 255.
      const exact = t.value === L || counter.width === 32 || (t.value instanceof Op && masked(t.value)?.width === counter.width);
      const offset = exact ? offsetFrom(L, t.value, counter.width) : null;
      if (offset !== null) {
        found = { L, counter, offset, leavesOnZero: t.leavesOnZero };
        break;
      }
    }
    if (!found) return unchanged;
    const stepMod = found.counter.step & maskOf(found.counter.width);
    if (found.leavesOnZero ? (stepMod & 1) === 0 : stepMod !== 0) return unchanged;
    if (guards.length > 1 && found.counter.width > MAX_MIN_WIDTH) return unchanged;
    counted.push(found);
  }
  // Some guard must end the loop: one that leaves on zero.
  if (!counted.some((g) => g.leavesOnZero)) return unchanged;

  const rw = new Rewriter();
  for (let k = 0; k <= labelIndex; k++) rw.emit(trace.ops[k]!);
  const emit = (op: Op): Op => rw.emit(op);
  const int = (opcode: 'int_add' | 'int_sub' | 'int_mul' | 'int_and' | 'int_shr', a: Value, b: Value): Op => emit(newOp(opcode, [a, b]));
  /** v modulo 2^width (as `& (2^w - 1)`; nothing for 32 bits). */
  const residue = (v: Value, width: number): Value => (width === 32 ? v : int('int_and', v, constInt(maskOf(width))));
  /** The iterations that pass guard g, the current one included: see the file's header. */
  const countOf = (g: CountedGuard): Value => {
    const { L, counter } = g;
    const offset = g.offset & maskOf(counter.width);
    const tested = offset === 0 ? L : int('int_add', L, constInt(offset));
    if (!g.leavesOnZero) {
      // Constant while the loop runs: it leaves at once, or never.
      const zero = emit(newOp('int_eq', [residue(tested, counter.width), constInt(0)]));
      return int('int_mul', emit(newOp('bool_to_int', [zero])), constInt(NEVER));
    }
    // (L + offset) + t*step ≡ 0 first at t ≡ -(L + offset) * step⁻¹ (mod 2^w).
    const negInverse = Math.imul(-1, inverseMod32(counter.step)) & maskOf(counter.width);
    return residue(negInverse === 1 ? tested : int('int_mul', tested, constInt(negInverse)), counter.width);
  };
  let skip = countOf(counted[0]!);
  for (const g of counted.slice(1)) {
    // min(a, b) = b + ((a - b) & ((a - b) >> 31)), exact for counts in [0, 2^30).
    const b = countOf(g);
    const d = int('int_sub', skip, b);
    skip = int('int_add', b, int('int_and', d, int('int_shr', d, constInt(31))));
  }
  const advanced = new Map<Op, Value>();
  for (const [L, { step, width }] of counters) {
    const stepMod = width === 32 ? step : step & maskOf(width);
    if (stepMod === 0) continue;
    const moved = stepMod === 1 ? skip : int('int_mul', skip, constInt(stepMod));
    advanced.set(L, residue(int('int_add', L, moved), width));
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
