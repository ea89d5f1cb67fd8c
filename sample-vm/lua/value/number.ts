/**
 * Number <-> string conversion exactly as Lua 5.1 does it on Linux (glibc):
 *
 *  - numberToString: `%.14g` (LUAI_NUMFFORMAT), used by tostring, print and `..`.
 *  - formatFloat: C printf's %e %E %f %F %g %G for one double (string.format's engine).
 *  - stringToNumber: luaO_str2d, i.e. glibc strtod (decimal, hexadecimal with optional
 *    fraction and binary exponent, inf/infinity/nan) plus Lua's rule that only whitespace may
 *    follow. The string is read as a C string, so it ends at its first NUL byte.
 *
 * Digits are exact for every double: printf rounds the exact binary value to nearest with
 * ties to even, while JavaScript's toFixed/toExponential round ties away from zero. A tie is
 * only possible when the exact decimal expansion ends exactly at the first dropped digit (a 5);
 * we detect that case from the double's bits and then round the exact expansion (BigInt) in
 * decimal. Otherwise toExponential/toFixed are exact and are used directly.
 *
 * NaN: glibc prints the sign bit ("-nan" for 0/0 on x86, "nan" for -(0/0)). JavaScript engines
 * do not preserve NaN sign bits reliably, so every NaN prints as lua5.1 prints 0/0: "-nan"
 * ("-NAN" for the uppercase conversions).
 */

import type { LuaValue } from './value.js';

const NAN_TEXT = '-nan';

// ---- exact decomposition of a double ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;
const TWO52 = 2 ** 52;
const TWO53 = 2 ** 53;
const LOG10_5 = Math.log10(5);

/** Trailing zero bits of a nonzero 32-bit value. */
function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/**
 * For finite x > 0 that is not an integer: x = fracK / 2^fracB with fracK odd, fracB >= 1.
 * Results in module variables (no allocation).
 */
let fracK = 0;
let fracB = 0;
function decomposeFraction(x: number): void {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    mant += TWO52;
    e = biased - 1075;
  }
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(mant / 4294967296);
  fracK = mant / 2 ** tz;
  fracB = -(e + tz);
}

/** The exact decimal digits of finite x > 0 (no leading zeros) and the exponent of the first. */
let exactDigits = '';
let exactExp = 0;
function exactDecimal(x: number): void {
  if (Number.isInteger(x)) {
    exactDigits = x < TWO53 ? String(x) : BigInt(x).toString();
    exactExp = exactDigits.length - 1;
    return;
  }
  decomposeFraction(x);
  exactDigits = (BigInt(fracK) * 5n ** BigInt(fracB)).toString();
  exactExp = exactDigits.length - 1 - fracB;
}

// ---- decimal rounding ----

/** Rounded digits and the exponent of the first, from sigDigits/roundDigits. */
let outDigits = '';
let outExp = 0;

/**
 * Round the digit string d (first digit at 10^x) to p >= 0 significant digits, half to even.
 * Leaves p digits in outDigits (for p = 0: '' or, rounded up, '1' one place higher).
 */
function roundDigits(d: string, x: number, p: number): void {
  const n = d.length;
  if (n <= p) {
    outDigits = n === p ? d : d + '0'.repeat(p - n);
    outExp = x;
    return;
  }
  const c = d.charCodeAt(p);
  let up: boolean;
  if (c !== 53) {
    up = c > 53;
  } else {
    up = false;
    for (let i = p + 1; i < n; i++) {
      if (d.charCodeAt(i) !== 48) {
        up = true;
        break;
      }
    }
    if (!up) up = p > 0 && (d.charCodeAt(p - 1) & 1) === 1; // exact tie: to even
  }
  if (!up) {
    outDigits = d.slice(0, p);
    outExp = x;
    return;
  }
  let j = p - 1;
  while (j >= 0 && d.charCodeAt(j) === 57) j--;
  if (j < 0) {
    outDigits = p > 0 ? '1' + '0'.repeat(p - 1) : '1';
    outExp = x + 1;
  } else {
    outDigits = d.slice(0, j) + String.fromCharCode(d.charCodeAt(j) + 1) + '0'.repeat(p - 1 - j);
    outExp = x;
  }
}

/** Could rounding non-integer x to p significant digits meet an exact tie? */
function sigTiePossible(x: number, p: number): boolean {
  decomposeFraction(x);
  // The exact expansion has as many significant digits as fracK * 5^fracB; a tie needs p + 1.
  const lg = Math.log10(fracK) + fracB * LOG10_5;
  return lg > p - 1e-9 && lg < p + 1 + 1e-9;
}

/** x > 0 finite rounded to p (1..100) significant digits: outDigits (length p), outExp. */
function sigDigits(x: number, p: number): void {
  if (Number.isInteger(x) || p > 101 || sigTiePossible(x, p)) {
    exactDecimal(x);
    roundDigits(exactDigits, exactExp, p);
    return;
  }
  const s = x.toExponential(p - 1);
  const e = s.indexOf('e');
  outDigits = p === 1 ? s.slice(0, 1) : s.slice(0, 1) + s.slice(2, e);
  outExp = +s.slice(e + 1);
}

// ---- layout ----

/** Digits d (first at 10^x) laid out as printf's %f with f decimals. */
function layoutFixed(d: string, x: number, f: number, alt: boolean): string {
  let s: string;
  if (x < 0 || d.length === 0) {
    s = '0';
  } else if (d.length > x) {
    s = d.slice(0, x + 1);
  } else {
    s = d + '0'.repeat(x + 1 - d.length);
  }
  if (f === 0) return alt ? s + '.' : s;
  // Fraction digit k (1..f) is d[x + k]; positions outside d are zeros.
  let frac: string;
  if (x >= -1) {
    frac = d.slice(x + 1, x + 1 + f);
  } else {
    const lead = -1 - x < f ? -1 - x : f;
    frac = '0'.repeat(lead) + d.slice(0, f - lead);
  }
  if (frac.length < f) frac += '0'.repeat(f - frac.length);
  return s + '.' + frac;
}

/** Digits d (first at 10^x) laid out as printf's %e (d holds 1 + precision digits). */
function layoutExp(d: string, x: number, alt: boolean): string {
  let s = d.length > 1 || alt ? d[0] + '.' + d.slice(1) : d;
  s += x < 0 ? 'e-' : 'e+';
  const ax = x < 0 ? -x : x;
  return ax < 10 ? s + '0' + ax : s + ax;
}

/** d without its trailing zeros (at least one digit is kept): %g without '#'. */
function stripZeros(d: string): string {
  let end = d.length;
  while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
  return end === d.length ? d : d.slice(0, end);
}

function formatE(x: number, prec: number, alt: boolean): string {
  if (x === 0) {
    outDigits = '0'.repeat(prec + 1);
    outExp = 0;
  } else {
    sigDigits(x, prec + 1);
  }
  return layoutExp(outDigits, outExp, alt);
}

function formatF(x: number, prec: number, alt: boolean): string {
  if (x === 0) return layoutFixed('', 0, prec, alt);
  if (Number.isInteger(x)) {
    exactDecimal(x);
    return layoutFixed(exactDigits, exactExp, prec, alt);
  }
  decomposeFraction(x);
  if (fracB !== prec + 1 && prec <= 100) {
    // No tie at this position: toFixed is exact (x is below 2^53 here).
    const s = x.toFixed(prec);
    return alt && prec === 0 ? s + '.' : s;
  }
  exactDecimal(x);
  const p = exactExp + 1 + prec;
  if (p < 0) return layoutFixed('', 0, prec, alt);
  roundDigits(exactDigits, exactExp, p);
  return layoutFixed(outDigits, outExp, prec, alt);
}

function formatG(x: number, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) {
    outDigits = '0'.repeat(p);
    outExp = 0;
  } else {
    sigDigits(x, p);
  }
  const ex = outExp;
  const fixed = p > ex && ex >= -4;
  if (alt) return fixed ? layoutFixed(outDigits, ex, p - 1 - ex, true) : layoutExp(outDigits, ex, true);
  const d = stripZeros(outDigits);
  if (!fixed) return layoutExp(d, ex, false);
  const f = d.length - 1 - ex;
  return layoutFixed(d, ex, f > 0 ? f : 0, false);
}

/**
 * C printf of one double with conversion `conv` and `precision` (no width or flags other than
 * `alt`, the '#' flag: keep trailing zeros for %g, always print a decimal point).
 */
export function formatFloat(n: number, conv: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', precision: number, alt: boolean): string {
  const upper = conv === 'E' || conv === 'F' || conv === 'G';
  let body: string;
  const x = n < 0 ? -n : n;
  if (n !== n) {
    return upper ? NAN_TEXT.toUpperCase() : NAN_TEXT;
  } else if (x === Infinity) {
    body = 'inf';
  } else if (conv === 'e' || conv === 'E') {
    body = formatE(x, precision, alt);
  } else if (conv === 'f' || conv === 'F') {
    body = formatF(x, precision, alt);
  } else {
    body = formatG(x, precision, alt);
  }
  if (upper) body = body.toUpperCase();
  return n < 0 || (n === 0 && 1 / n < 0) ? '-' + body : body;
}

/** Lua's tostring of a number: "%.14g". */
export function numberToString(n: number): string {
  if ((n | 0) === n) return n === 0 && 1 / n < 0 ? '-0' : '' + n;
  const x = n < 0 ? -n : n;
  if (x < 1e14 && x >= 1e-4) {
    if (Number.isInteger(x)) return '' + n;
    // The shortest round-trip form, when it has at most 14 significant digits, is exactly
    // what %.14g prints (x is within half an ulp of it, far inside the rounding interval).
    const s = '' + x;
    let sig: number;
    if (x >= 1) {
      sig = s.length - 1;
    } else {
      let z = 2;
      while (s.charCodeAt(z) === 48) z++;
      sig = s.length - z;
    }
    if (sig <= 14) return n < 0 ? '-' + s : s;
  }
  return formatFloat(n, 'g', 14, false);
}

// ---- string to number (luaO_str2d / glibc strtod) ----

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Does s continue at i with `word` (ASCII, case-insensitive)? */
function matchWord(s: string, i: number, word: string): boolean {
  if (s.length - i < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** m * 2^e correctly rounded to a double (ties to even), subnormals and overflow included. */
function scaleBinary(m: bigint, e: number): number {
  if (m === 0n) return 0;
  let bits = m.toString(2).length;
  if (bits > 64) {
    const sh = bits - 64;
    const sticky = (m & ((1n << BigInt(sh)) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> BigInt(sh)) | sticky;
    e += sh;
    bits = 64;
  }
  const top = bits - 1 + e; // exponent of the leading bit
  if (top > 1024) return Infinity;
  if (top >= -1022) return ldexp(Number(m), e);
  // Subnormal: round m * 2^(e + 1074) to an integer, half to even.
  const k = e + 1074;
  if (k >= 0) return Number(m << BigInt(k)) * Number.MIN_VALUE;
  const s = BigInt(-k);
  let q = m >> s;
  const rem = m & ((1n << s) - 1n);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return Number(q) * Number.MIN_VALUE;
}

/** v * 2^e, exact whenever the result is a normal double (steps keep intermediates normal). */
function ldexp(v: number, e: number): number {
  while (e > 1000) {
    v *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    v *= 2 ** -1000;
    e += 1000;
  }
  return v * 2 ** e;
}

/** strtod's hexadecimal form after "0x" at i; sets strEnd, or strEnd = -1 if no digits. */
let strEnd = 0;
function parseHex(s: string, i: number): number {
  let mant = '';
  let fracDigits = 0;
  let any = false;
  while (i < s.length && hexValue(s.charCodeAt(i)) >= 0) {
    mant += s[i++];
    any = true;
  }
  if (i < s.length && s.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < s.length && hexValue(s.charCodeAt(j)) >= 0) {
      mant += s[j++];
      fracDigits++;
    }
    if (any || fracDigits > 0) {
      any = true;
      i = j;
    }
  }
  if (!any) {
    strEnd = -1;
    return 0;
  }
  let exp = 0;
  if (i < s.length && (s.charCodeAt(i) | 32) === 112) {
    let j = i + 1;
    let neg = false;
    if (j < s.length && (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45)) neg = s.charCodeAt(j++) === 45;
    if (j < s.length && isDigit(s.charCodeAt(j))) {
      while (j < s.length && isDigit(s.charCodeAt(j))) {
        if (exp < 100000) exp = exp * 10 + (s.charCodeAt(j) - 48);
        j++;
      }
      if (neg) exp = -exp;
      i = j;
    }
  }
  strEnd = i;
  return scaleBinary(BigInt('0x' + mant), exp - 4 * fracDigits);
}

/**
 * lua_str2number: the number a whole string denotes (surrounding whitespace allowed), or
 * undefined. Decimal and hexadecimal (with fraction and p exponent, as glibc's strtod reads
 * them), "inf", "infinity" and "nan" in any case, each with an optional sign.
 */
export function stringToNumber(str: string): number | undefined {
  const nul = str.indexOf('\0');
  const s = nul < 0 ? str : str.slice(0, nul);
  const len = s.length;
  let i = 0;
  while (i < len && isSpace(s.charCodeAt(i))) i++;
  const start = i;
  let neg = false;
  if (i < len && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) neg = s.charCodeAt(i++) === 45;
  let value: number;
  const c = i < len ? s.charCodeAt(i) : 0;
  if (c === 48 && i + 1 < len && (s.charCodeAt(i + 1) | 32) === 120) {
    value = parseHex(s, i + 2);
    if (strEnd < 0) return undefined; // strtod read "0" and stopped at the 'x': Lua rejects it
    i = strEnd;
    if (neg) value = -value;
  } else if ((c | 32) === 105 /* i */) {
    if (matchWord(s, i, 'infinity')) i += 8;
    else if (matchWord(s, i, 'inf')) i += 3;
    else return undefined;
    value = neg ? -Infinity : Infinity;
  } else if ((c | 32) === 110 /* n */) {
    if (!matchWord(s, i, 'nan')) return undefined;
    i += 3;
    if (i < len && s.charCodeAt(i) === 40) {
      let j = i + 1;
      while (j < len) {
        const d = s.charCodeAt(j);
        if (!(isDigit(d) || ((d | 32) >= 97 && (d | 32) <= 122) || d === 95)) break;
        j++;
      }
      if (j < len && s.charCodeAt(j) === 41) i = j + 1;
    }
    value = NaN;
  } else {
    let digits = 0;
    while (i < len && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
    if (i < len && s.charCodeAt(i) === 46) {
      i++;
      while (i < len && isDigit(s.charCodeAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits === 0) return undefined;
    if (i < len && (s.charCodeAt(i) | 32) === 101) {
      let j = i + 1;
      if (j < len && (s.charCodeAt(j) === 43 || s.charCodeAt(j) === 45)) j++;
      if (j < len && isDigit(s.charCodeAt(j))) {
        while (j < len && isDigit(s.charCodeAt(j))) j++;
        i = j;
      }
    }
    value = Number(s.slice(start, i));
  }
  while (i < len && isSpace(s.charCodeAt(i))) i++;
  return i === len ? value : undefined;
}

/** Arithmetic coercion: numbers as they are, strings through stringToNumber. */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return stringToNumber(v);
  return undefined;
}
