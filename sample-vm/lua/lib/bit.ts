/**
 * LuaJIT's BitOp library (`bit`): tobit, tohex, bnot, band, bor, bxor, lshift, rshift,
 * arshift, rol, ror, bswap.
 *
 * Semantics are LuaJIT 2.1's for plain numbers: every argument is normalized as lj_num2bit
 * does (add 2^52 + 2^51 and keep the low 32 bits of the double: fractions round to nearest
 * even, values wrap modulo 2^32), shift counts use their low 5 bits, and every result is a
 * signed 32-bit number. `tohex(x, n)` prints the low |n| hex digits of x taken as an unsigned
 * 32-bit value, upper case when n is negative (wider n pad with zeros, as LuaJIT does).
 */

import { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkNumber, setNatives } from './args.js';

const scratch = new Float64Array(1);
/** The low 32 bits of `scratch` (little-endian host). */
const low = new Int32Array(scratch.buffer);

/** lj_num2bit: the double's value modulo 2^32 (rounded to an integer) as a signed int32. */
export function toBit(x: number): number {
  scratch[0] = x + 6755399441055744.0;
  return low[0];
}

function arg(rt: LuaRuntime, args: LuaValue[], n: number): number {
  const v = args[n - 1];
  return toBit(typeof v === 'number' ? v : checkNumber(rt, args, n));
}

/**
 * bit.tohex as LuaJIT 2.1 formats it: n < 16 keeps the low n digits; the value is printed
 * zero-padded to ((n + 1) & 255) - 1 digits (C's "%.*x"), without padding when that is -1.
 */
export function toHex(x: number, n: number): string {
  let upper = false;
  if (n < 0) {
    n = -n | 0;
    upper = true;
  }
  let v = x >>> 0;
  if (n < 8) v = n <= 0 ? 0 : (v & ((1 << (4 * n)) - 1)) >>> 0;
  let s = v === 0 ? '' : v.toString(16);
  if (upper) s = s.toUpperCase();
  const p = (n + 1) & 255;
  if (p === 0) return s === '' ? '0' : s;
  return s.padStart(p - 1, '0');
}

export function openBit(rt: LuaRuntime): void {
  const lib = new LuaTable();

  setNatives(rt, lib, {
    tobit: (rt, a) => [arg(rt, a, 1)],
    tohex: (rt, a) => [toHex(arg(rt, a, 1), a.length < 2 ? 8 : arg(rt, a, 2))],
    bnot: (rt, a) => [~arg(rt, a, 1)],
    band: (rt, a) => {
      let r = arg(rt, a, 1);
      for (let i = 2; i <= a.length; i++) r &= arg(rt, a, i);
      return [r];
    },
    bor: (rt, a) => {
      let r = arg(rt, a, 1);
      for (let i = 2; i <= a.length; i++) r |= arg(rt, a, i);
      return [r];
    },
    bxor: (rt, a) => {
      let r = arg(rt, a, 1);
      for (let i = 2; i <= a.length; i++) r ^= arg(rt, a, i);
      return [r];
    },
    lshift: (rt, a) => [arg(rt, a, 1) << (arg(rt, a, 2) & 31)],
    rshift: (rt, a) => [(arg(rt, a, 1) >>> (arg(rt, a, 2) & 31)) | 0],
    arshift: (rt, a) => [arg(rt, a, 1) >> (arg(rt, a, 2) & 31)],
    rol: (rt, a) => {
      const x = arg(rt, a, 1);
      const n = arg(rt, a, 2) & 31;
      return [n === 0 ? x : (x << n) | (x >>> (32 - n))];
    },
    ror: (rt, a) => {
      const x = arg(rt, a, 1);
      const n = arg(rt, a, 2) & 31;
      return [n === 0 ? x : (x >>> n) | (x << (32 - n))];
    },
    bswap: (rt, a) => {
      const x = arg(rt, a, 1);
      return [((x >>> 24) | ((x >>> 8) & 0xff00) | ((x & 0xff00) << 8) | (x << 24)) | 0];
    },
  });

  rt.globals.setStr('bit', lib);
  rt.loaded.setStr('bit', lib);
}
