/**
 * Trace digests: a short, stable fingerprint of an optimized trace.
 *
 * The digest is FNV-1a (64-bit) over the trace's canonical text (printer.ts: variables numbered
 * in definition order, object constants by stable names), so two tracers that produce the same
 * trace op for op, snapshots included, produce the same digest in any process.
 */

import { printTrace } from '../ir/printer.js';
import type { Trace } from '../ir/trace.js';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

export function fnv1a64(text: string): string {
  // Two 32-bit halves would be faster; traces are short and digests are computed once each.
  let h = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) {
    h ^= BigInt(text.charCodeAt(k));
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

export function digestTrace(t: Trace, names?: ReadonlyMap<unknown, string>): string {
  return fnv1a64(printTrace(t, names ? { names } : {}));
}

/** One digest over many, order-sensitive. */
export function combineDigests(digests: readonly string[]): string {
  return fnv1a64(digests.join('\n'));
}
