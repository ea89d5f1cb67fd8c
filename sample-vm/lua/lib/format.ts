/**
 * `string.format` as Lua 5.1's str_format does it on x86-64 Linux (glibc printf).
 *
 * Owns: the scan of each `%` item (flags `-+ #0` at most 5 of them, width and precision at most
 * two digits each, with lstrlib's messages), the integer conversions done here (`%d %i` through
 * a C cast to long, `%o %u %x %X` through a cast to unsigned long, `%c` through a cast to int,
 * each with x86-64's results for values out of range), `%q`, and `%s` with C string semantics.
 * Floating conversions get their digits from value/number.ts `formatFloat`; width, sign flags and
 * zero padding are applied here.
 *
 * Invariants: output is a byte string; a formatted item is a C string, so it stops at its first
 * NUL (`%c` of 0 adds nothing, `%s` stops at an embedded NUL), except lstrlib's shortcut for
 * `%s` without precision of a string of 100 bytes or more, which is copied whole (width ignored).
 */

import { formatFloat } from '../value/number.js';
import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkNumber, checkString } from './args.js';

const F_MINUS = 1;
const F_PLUS = 2;
const F_SPACE = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** sizeof(FLAGS) in lstrlib: this many flag characters is "repeated flags". */
const MAX_FLAGS = 6;

const TWO53 = 9007199254740992;
const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;
const TWO64N = BigInt('18446744073709551616');

/** Lua 5.1's string.format(fmt, ...). */
export function strFormat(rt: LuaRuntime, args: LuaValue[]): string {
  const fmt = checkString(rt, args, 1);
  const fl = fmt.length;
  const top = args.length;
  let arg = 1;
  let out = '';
  let from = 0; // fmt[from..i) is literal text not yet copied
  let i = 0;
  while (i < fl) {
    if (fmt.charCodeAt(i) !== 37) {
      i++;
      continue;
    }
    out += fmt.slice(from, i);
    i++;
    if (i < fl && fmt.charCodeAt(i) === 37) {
      out += '%';
      from = ++i;
      continue;
    }
    if (++arg > top) rt.argError(arg, 'no value');
    // scanformat: flags, width, precision.
    const start = i;
    let flags = 0;
    for (; i < fl; i++) {
      const f = flagBit(fmt.charCodeAt(i));
      if (f === 0) break;
      flags |= f;
    }
    if (i - start >= MAX_FLAGS) rt.error('invalid format (repeated flags)');
    let width = 0;
    if (isDigit(fmt, i)) width = fmt.charCodeAt(i++) - 48;
    if (isDigit(fmt, i)) width = width * 10 + fmt.charCodeAt(i++) - 48;
    let precision = -1;
    if (i < fl && fmt.charCodeAt(i) === 46) {
      i++;
      precision = 0;
      if (isDigit(fmt, i)) precision = fmt.charCodeAt(i++) - 48;
      if (isDigit(fmt, i)) precision = precision * 10 + fmt.charCodeAt(i++) - 48;
    }
    if (isDigit(fmt, i)) rt.error('invalid format (width or precision too long)');
    const conv = i < fl ? fmt.charCodeAt(i) : 0;
    i++;
    from = i;
    switch (conv) {
      case 99: // c
        out += formatChar(checkNumber(rt, args, arg), flags, width);
        break;
      case 100: // d
      case 105: // i
        out += formatSigned(checkNumber(rt, args, arg), flags, width, precision);
        break;
      case 111: // o
      case 117: // u
      case 120: // x
      case 88: // X
        out += formatUnsigned(checkNumber(rt, args, arg), conv, flags, width, precision);
        break;
      case 101: // e
      case 69: // E
      case 102: // f
      case 103: // g
      case 71: // G
        out += formatDouble(checkNumber(rt, args, arg), conv, flags, width, precision);
        break;
      case 113: // q
        out += quoteString(checkString(rt, args, arg));
        break;
      case 115: {
        // s
        const s = checkString(rt, args, arg);
        // No precision and a long string: lstrlib keeps the string whole.
        if (precision < 0 && s.length >= 100) out += s;
        else out += formatCString(s, flags, width, precision);
        break;
      }
      default:
        rt.error(`invalid option '%${conv === 0 ? '' : String.fromCharCode(conv)}' to 'format'`);
    }
  }
  return out + fmt.slice(from);
}

function flagBit(c: number): number {
  switch (c) {
    case 45:
      return F_MINUS;
    case 43:
      return F_PLUS;
    case 32:
      return F_SPACE;
    case 35:
      return F_ALT;
    case 48:
      return F_ZERO;
    default:
      return 0;
  }
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Pads to `width` with spaces, on the right for the '-' flag. */
function pad(s: string, flags: number, width: number): string {
  const n = width - s.length;
  if (n <= 0) return s;
  return (flags & F_MINUS) !== 0 ? s + ' '.repeat(n) : ' '.repeat(n) + s;
}

/** Joins sign/prefix and digits to `width`: spaces, or zeros between them for the '0' flag. */
function padNumber(head: string, digits: string, flags: number, width: number, zeroPad: boolean): string {
  const n = width - head.length - digits.length;
  if (n <= 0) return head + digits;
  if ((flags & F_MINUS) !== 0) return head + digits + ' '.repeat(n);
  if (zeroPad && (flags & F_ZERO) !== 0) return head + '0'.repeat(n) + digits;
  return ' '.repeat(n) + head + digits;
}

/** Applies an integer precision: at least `precision` digits, none for zero at precision 0. */
function withPrecision(digits: string, precision: number): string {
  if (precision < 0) return digits;
  if (precision === 0 && digits === '0') return '';
  return digits.length < precision ? '0'.repeat(precision - digits.length) + digits : digits;
}

/** %d, %i: (long)x, where x86-64 turns NaN and out-of-range values into LONG_MIN. */
function formatSigned(x: number, flags: number, width: number, precision: number): string {
  let t = x >= -TWO63 && x < TWO63 ? Math.trunc(x) : -TWO63;
  const neg = t < 0;
  if (neg) t = -t;
  const digits = withPrecision(t < TWO53 ? String(t) : BigInt(t).toString(), precision);
  const sign = neg ? '-' : (flags & F_PLUS) !== 0 ? '+' : (flags & F_SPACE) !== 0 ? ' ' : '';
  return padNumber(sign, digits, flags, width, precision < 0);
}

/**
 * (unsigned long)x as gcc compiles it on x86-64: values from 2^63 go through x - 2^63 (so 2^64
 * and beyond give 0), others through the signed conversion (negative values wrap, NaN and
 * values below -2^63 give 2^63).
 */
function toUint64(x: number): number | bigint {
  if (x >= TWO63) return x < TWO64 ? BigInt(x) : 0;
  if (x >= -TWO63) {
    const t = Math.trunc(x);
    if (t >= 0) return t < TWO53 ? t : BigInt(t);
    return TWO64N + BigInt(t);
  }
  return BigInt(TWO63);
}

/** %o %u %x %X. */
function formatUnsigned(x: number, conv: number, flags: number, width: number, precision: number): string {
  const u = toUint64(x);
  const base = conv === 111 ? 8 : conv === 117 ? 10 : 16;
  let digits = u.toString(base);
  if (conv === 88) digits = digits.toUpperCase();
  const zero = digits === '0';
  digits = withPrecision(digits, precision);
  let prefix = '';
  if ((flags & F_ALT) !== 0) {
    if (conv === 111) {
      if (digits.charCodeAt(0) !== 48) digits = '0' + digits;
    } else if (conv !== 117 && !zero) {
      prefix = conv === 88 ? '0X' : '0x';
    }
  }
  return padNumber(prefix, digits, flags, width, precision < 0);
}

/** %e %E %f %g %G: formatFloat's digits with the sign flags, width and zero padding. */
function formatDouble(x: number, conv: number, flags: number, width: number, precision: number): string {
  const c = String.fromCharCode(conv) as 'e' | 'E' | 'f' | 'g' | 'G';
  const text = formatFloat(x, c, precision < 0 ? 6 : precision, (flags & F_ALT) !== 0);
  const neg = text.charCodeAt(0) === 45;
  const body = neg ? text.slice(1) : text;
  const sign = neg ? '-' : (flags & F_PLUS) !== 0 ? '+' : (flags & F_SPACE) !== 0 ? ' ' : '';
  return padNumber(sign, body, flags, width, Number.isFinite(x));
}

/** %c: (int)x keeps its low byte; x86-64 turns NaN and out-of-int values into INT_MIN (byte 0). */
function formatChar(x: number, flags: number, width: number): string {
  const code = x > -2147483649 && x < 2147483648 ? Math.trunc(x) & 0xff : 0;
  return cString(pad(String.fromCharCode(code), flags, width));
}

/** %s through sprintf: the string up to its first NUL, cut to `precision`, padded. */
function formatCString(s: string, flags: number, width: number, precision: number): string {
  let cs = cString(s);
  if (precision >= 0 && cs.length > precision) cs = cs.slice(0, precision);
  return pad(cs, flags, width);
}

/** A string read as a C string: up to its first NUL. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

/** %q: lstrlib's addquoted (`"` `\` and newline escaped with `\`, `\r` as \r, NUL as \000). */
function quoteString(s: string): string {
  let out = '"';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    let esc: string;
    switch (s.charCodeAt(i)) {
      case 34:
        esc = '\\"';
        break;
      case 92:
        esc = '\\\\';
        break;
      case 10:
        esc = '\\\n';
        break;
      case 13:
        esc = '\\r';
        break;
      case 0:
        esc = '\\000';
        break;
      default:
        continue;
    }
    out += s.slice(from, i) + esc;
    from = i + 1;
  }
  return out + s.slice(from) + '"';
}
