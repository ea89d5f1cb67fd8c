/**
 * What every benchmark runner shares: the statistics of its reports (median, geometric mean),
 * the rotation that interleaves the ways a program runs, and the error that stops a run whose
 * result must not be reported.
 */

/** A benchmark result that must not be reported: a wrong output or an unstable trace. */
export class BenchCheckError extends Error {
  override readonly name = 'BenchCheckError';
}

/** The median of at least one value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The geometric mean, or null of no values. */
export function geomean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}

/** The order of round `round` (0-based): the list rotated left by `round`. */
export function rotated<T>(list: readonly T[], round: number): T[] {
  const k = list.length === 0 ? 0 : round % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
