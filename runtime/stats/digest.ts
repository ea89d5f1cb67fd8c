/**
 * Trace digests: a short, stable fingerprint of an optimized trace.
 *
 * The digest is FNV-1a (64-bit) over the trace's canonical text (printer.ts: variables numbered
 * in definition order, object constants by stable names), so two tracers that produce the same
 * trace op for op, snapshots included, produce the same digest in any process.
 */

import { printTrace } from '../ir/printer.js';
import type { Trace } from '../ir/trace.js';

/**
 * FNV-1a with a 64-bit state, computed in two 32-bit halves with exact integer arithmetic (no
 * BigInt: digests are taken of every compiled trace, so they must be cheap). The 64-bit prime
 * is 2^40 + 0x1b3: multiplying (hi, lo) by it is lo * 0x1b3 plus (lo << 8) into the high half.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let k = 0; k < text.length; k++) {
    lo ^= text.charCodeAt(k);
    // (hi:lo) * 0x100000001b3 mod 2^64
    const lo16 = lo & 0xffff;
    const loHi16 = lo >>> 16;
    const a = lo16 * 0x1b3;
    const b = loHi16 * 0x1b3 + (a >>> 16);
    const newLo = ((b & 0xffff) << 16) | (a & 0xffff);
    hi = (Math.imul(hi, 0x1b3) + (b >>> 16) + (lo << 8)) >>> 0;
    lo = newLo >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

export function digestTrace(t: Trace, names?: ReadonlyMap<unknown, string>): string {
  return fnv1a64(printTrace(t, names ? { names } : {}));
}

/** One digest over many, order-sensitive. */
export function combineDigests(digests: readonly string[]): string {
  return fnv1a64(digests.join('\n'));
}
