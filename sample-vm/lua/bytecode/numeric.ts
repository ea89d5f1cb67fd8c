/**
 * Lua 5.1's arithmetic on numbers where JavaScript's differs from C's, for constant folding
 * (and for any part of the VM that wants the same results): luai_nummod and luai_numpow.
 *
 * `luaPow` agrees with C's pow (glibc's, correctly rounded in practice) where Math.pow is known
 * to differ: a base of 1 or a zero exponent (always 1, even with NaN), -1 to an infinite power
 * (1), and negative integer exponents of a base whose positive power is exact, which Math.pow
 * can get 1 ulp wrong (Math.pow(10, -5) !== 1e-5) and a division by the exact power gets right.
 */

import { jit } from '../../../runtime/hints/index.js';

export function luaMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

const MAX_EXACT = 2 ** 53;

/** A pure function for the JIT: folded on constants, a residual call otherwise. */
export const luaPow = jit.pure(function luaPow(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  if (b < 0 && Number.isInteger(b)) {
    const d = Math.pow(a, -b);
    if (Number.isInteger(d) && Math.abs(d) <= MAX_EXACT) return 1 / d;
  }
  return Math.pow(a, b);
});
