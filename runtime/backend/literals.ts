/**
 * What may appear literally in generated source, and how it is printed.
 *
 * The rule of the backend: no guest value and no guest string is ever spliced into source text.
 * Guest values reach generated code through the closure array `K`. The only things printed are
 * names the backend makes up itself, integers it owns (exit ids, loop numbers, slot indices),
 * and, as an optimization, numeric and boolean constants, printed by functions here that
 * produce exactly the value back (including -0, NaN and the infinities) and refuse anything
 * that is not a number or a boolean.
 *
 * Field names are printed as `.name` only when they match a strict ASCII identifier pattern;
 * every other name (quotes, line separators, `*\/`, `${`, unicode) goes through `K`.
 */

/** Strict ASCII identifier: safe to print after a dot, whatever the name (keywords included). */
const PLAIN_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isPlainIdentifier(name: string): boolean {
  return PLAIN_IDENTIFIER.test(name);
}

/**
 * An expression that evaluates to exactly `x`. Negative numbers are parenthesized so that a
 * template like `-${a}` never forms `--1`.
 */
export function numberLiteral(x: number): string {
  if (typeof x !== 'number') throw new TypeError(`not a number: ${typeof x}`);
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '(-Infinity)';
  if (Object.is(x, -0)) return '(-0)';
  // String(x) is the shortest text that reads back as x (ECMA-262 Number::toString).
  const s = String(x);
  return x < 0 ? `(${s})` : s;
}

export function boolLiteral(b: boolean): string {
  if (b !== true && b !== false) throw new TypeError(`not a boolean: ${typeof b}`);
  return b ? 'true' : 'false';
}

/** An integer the backend owns (an index, an exit id, a loop number), checked to be one. */
export function ownInteger(n: number): string {
  if (!Number.isSafeInteger(n)) throw new TypeError(`not a safe integer: ${String(n)}`);
  return n < 0 ? `(${n})` : String(n);
}
