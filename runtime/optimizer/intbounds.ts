/**
 * Integer intervals: the arithmetic of bounds on 32-bit integer values.
 *
 * A `Bounds` `[lo, hi]` claims that a value `v` of type `int` satisfies `lo <= v <= hi`. Every
 * function here is sound for the wrapping semantics of the op table (optable.ts): the result
 * interval contains every result the op can produce for arguments in the argument intervals,
 * wrap-around included. When wrap-around is possible and not modelled, the answer is `FULL`.
 *
 * Invariants:
 * - `INT_MIN <= lo <= hi <= INT_MAX`, both ends int values (never -0); an empty interval is
 *   never built (functions that could produce one return null instead).
 * - Arithmetic on the interval ends is done in doubles: sums and differences of int32 values
 *   are exact; products may exceed 2^53, but then they are far outside the int32 range and only
 *   compared against it, which stays correct.
 * - Comparisons answer true or false only when every pair of values in the intervals agrees,
 *   and null otherwise.
 */

export const INT_MIN = -0x80000000;
export const INT_MAX = 0x7fffffff;

export interface Bounds {
  readonly lo: number;
  readonly hi: number;
}

export const FULL: Bounds = Object.freeze({ lo: INT_MIN, hi: INT_MAX });
export const BOOL_INT: Bounds = Object.freeze({ lo: 0, hi: 1 });
export const NON_NEGATIVE: Bounds = Object.freeze({ lo: 0, hi: INT_MAX });

export function range(lo: number, hi: number): Bounds {
  if (!(INT_MIN <= lo && lo <= hi && hi <= INT_MAX)) throw new Error(`bad interval [${lo}, ${hi}]`);
  // `+ 0` turns a -0 (from negating a 0 end) into 0: ends are int values.
  return lo === INT_MIN && hi === INT_MAX ? FULL : { lo: lo + 0, hi: hi + 0 };
}

export const point = (c: number): Bounds => range(c, c);

export const isPoint = (b: Bounds): boolean => b.lo === b.hi;

export const contains = (b: Bounds, x: number): boolean => b.lo <= x && x <= b.hi;

/** The interval `[lo, hi]` when it lies within int32 (no wrap-around happened), else null. */
export function exact(lo: number, hi: number): Bounds | null {
  return INT_MIN <= lo && hi <= INT_MAX ? range(lo, hi) : null;
}

/** `[lo, hi]` cut to the int32 range (the values of an exact result that did not overflow). */
export function clip(lo: number, hi: number): Bounds | null {
  const l = Math.max(lo, INT_MIN);
  const h = Math.min(hi, INT_MAX);
  return l <= h ? range(l, h) : null;
}

/** Intersection, or null when empty. */
export function meet(a: Bounds, b: Bounds): Bounds | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? range(lo, hi) : null;
}

const corners = (a: Bounds, b: Bounds, f: (x: number, y: number) => number): [number, number] => {
  const c = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
  return [Math.min(...c), Math.max(...c)];
};

// ---- exact (unwrapped) results, for overflow checks -------------------------------------------

export const exactAdd = (a: Bounds, b: Bounds): [number, number] => [a.lo + b.lo, a.hi + b.hi];
export const exactSub = (a: Bounds, b: Bounds): [number, number] => [a.lo - b.hi, a.hi - b.lo];
export const exactMul = (a: Bounds, b: Bounds): [number, number] => corners(a, b, (x, y) => x * y);

// ---- wrapping operations ------------------------------------------------------------------------

export const add = (a: Bounds, b: Bounds): Bounds => exact(...exactAdd(a, b)) ?? FULL;
export const sub = (a: Bounds, b: Bounds): Bounds => exact(...exactSub(a, b)) ?? FULL;
export const mul = (a: Bounds, b: Bounds): Bounds => exact(...exactMul(a, b)) ?? FULL;

/** All-ones mask covering every bit of a non-negative `x`. */
const maskOf = (x: number): number => {
  let m = 0;
  while (m < x) m = m * 2 + 1;
  return m;
};

export function and(a: Bounds, b: Bounds): Bounds {
  if (a.lo >= 0 && b.lo >= 0) return range(0, Math.min(a.hi, b.hi));
  if (a.lo >= 0) return range(0, a.hi);
  if (b.lo >= 0) return range(0, b.hi);
  return FULL;
}

export function or(a: Bounds, b: Bounds): Bounds {
  if (a.lo >= 0 && b.lo >= 0) return range(Math.max(a.lo, b.lo), maskOf(Math.max(a.hi, b.hi)));
  return FULL;
}

export function xor(a: Bounds, b: Bounds): Bounds {
  if (a.lo >= 0 && b.lo >= 0) return range(0, maskOf(Math.max(a.hi, b.hi)));
  return FULL;
}

export function shl(a: Bounds, b: Bounds): Bounds {
  if (!isPoint(b)) return FULL;
  const f = 2 ** (b.lo & 31);
  return exact(a.lo * f, a.hi * f) ?? FULL;
}

export function shr(a: Bounds, b: Bounds): Bounds {
  if (isPoint(b)) {
    const s = b.lo & 31;
    return range(a.lo >> s, a.hi >> s);
  }
  // Shifting moves every value towards 0 (non-negative) or -1 (negative).
  if (a.lo >= 0) return range(0, a.hi);
  if (a.hi < 0) return range(a.lo, -1);
  return a;
}

export function ushr(a: Bounds, b: Bounds): Bounds {
  if (isPoint(b)) {
    const s = b.lo & 31;
    if (s === 0) return a;
    if (a.lo >= 0) return range(a.lo >>> s, a.hi >>> s);
    return range(0, 2 ** (32 - s) - 1);
  }
  if (a.lo >= 0) return range(0, a.hi);
  if (b.lo >= 1 && b.hi <= 31) return NON_NEGATIVE;
  return FULL;
}

export function neg(a: Bounds): Bounds {
  return a.lo > INT_MIN ? range(-a.hi, -a.lo) : FULL;
}

export function invert(a: Bounds): Bounds {
  return range(-a.hi - 1, -a.lo - 1);
}

/** `(a / b) | 0`: truncation; 0 when b is 0; `INT_MIN / -1` wraps to `INT_MIN`. */
export function div(a: Bounds, b: Bounds): Bounds {
  if (a.lo >= 0 && b.lo >= 0) return range(0, a.hi);
  if (a.lo >= 0) return range(-a.hi, a.hi);
  if (a.lo > INT_MIN) {
    const m = Math.max(-a.lo, Math.abs(a.hi));
    return range(-m, m);
  }
  return FULL;
}

/** `(a % b) | 0`: the sign of the dividend, smaller in magnitude than the divisor; 0 when b is 0. */
export function mod(a: Bounds, b: Bounds): Bounds {
  const m = Math.max(Math.abs(b.lo), Math.abs(b.hi));
  if (m === 0) return point(0);
  const lim = m - 1;
  if (a.lo >= 0) return range(0, Math.min(a.hi, lim));
  if (a.hi <= 0) return range(Math.max(a.lo, -lim), 0);
  return range(Math.max(a.lo, -lim), Math.min(a.hi, lim));
}

// ---- comparisons ----------------------------------------------------------------------------------

export type Truth = boolean | null;

export function lt(a: Bounds, b: Bounds): Truth {
  if (a.hi < b.lo) return true;
  if (a.lo >= b.hi) return false;
  return null;
}

export function le(a: Bounds, b: Bounds): Truth {
  if (a.hi <= b.lo) return true;
  if (a.lo > b.hi) return false;
  return null;
}

export function eq(a: Bounds, b: Bounds): Truth {
  if (isPoint(a) && isPoint(b) && a.lo === b.lo) return true;
  if (a.hi < b.lo || b.hi < a.lo) return false;
  return null;
}

export function isTrue(a: Bounds): Truth {
  if (!contains(a, 0)) return true;
  if (isPoint(a)) return false;
  return null;
}

// ---- narrowing: what a comparison known to hold says about its operands -----------------------

/** `a < b` holds: the narrowed `[a, b]`, or null if that is impossible. */
export function assumeLt(a: Bounds, b: Bounds): [Bounds, Bounds] | null {
  if (b.hi === INT_MIN || a.lo === INT_MAX) return null;
  const na = meet(a, range(INT_MIN, b.hi - 1));
  const nb = meet(b, range(a.lo + 1, INT_MAX));
  return na && nb ? [na, nb] : null;
}

/** `a <= b` holds. */
export function assumeLe(a: Bounds, b: Bounds): [Bounds, Bounds] | null {
  const na = meet(a, range(INT_MIN, b.hi));
  const nb = meet(b, range(a.lo, INT_MAX));
  return na && nb ? [na, nb] : null;
}

/** `a === b` holds. */
export function assumeEq(a: Bounds, b: Bounds): [Bounds, Bounds] | null {
  const m = meet(a, b);
  return m ? [m, m] : null;
}

/** `a !== b` holds: an end equal to the other side's single value is cut off. */
export function assumeNe(a: Bounds, b: Bounds): [Bounds, Bounds] | null {
  const cut = (x: Bounds, c: Bounds): Bounds | null => {
    if (!isPoint(c)) return x;
    if (x.lo === c.lo && x.hi === c.lo) return null;
    if (x.lo === c.lo) return range(x.lo + 1, x.hi);
    if (x.hi === c.lo) return range(x.lo, x.hi - 1);
    return x;
  };
  const na = cut(a, b);
  const nb = cut(b, a);
  return na && nb ? [na, nb] : null;
}
