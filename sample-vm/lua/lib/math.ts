/**
 * The math library (Lua 5.1's lmathlib.c): every 5.1 function and constant, including the 5.0
 * compatibility name `math.mod` (= fmod) that 5.1 keeps.
 *
 * Where JavaScript's Math differs from C's libm on special values (pow(1, nan), modf(inf),
 * frexp/ldexp on subnormals), the C result is produced (frexp reads the double's bits, assuming
 * a little-endian host as every Node platform is). `math.random` follows lmathlib.c's
 * argument rules on top of a reimplementation of glibc's rand() (the TYPE_3 additive feedback
 * generator of random_r.c, seeded by srand as glibc seeds it), so a seed gives the same
 * sequence as lua5.1 on glibc systems; the generator state belongs to the runtime that opened
 * the library.
 */

import { luaPow } from '../bytecode/numeric.js';
import { EMPTY } from '../value/function.js';
import { LuaTable } from '../value/table.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkInt, checkNumber, setNatives } from './args.js';

const RAND_MAX = 2147483647;

/** glibc's rand()/srand() (random_r.c, TYPE_3: degree 31, separation 3). */
export class GlibcRandom {
  private readonly state = new Int32Array(31);
  private front = 3;
  private rear = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** srand(seed): seed is taken as an unsigned int, 0 behaving as 1. */
  seed(seed: number): void {
    const s = this.state;
    let word = seed | 0;
    if (word === 0) word = 1;
    s[0] = word;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      s[i] = word;
    }
    this.front = 3;
    this.rear = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** rand(): 0 .. RAND_MAX. */
  next(): number {
    const s = this.state;
    const v = (s[this.front] + s[this.rear]) | 0;
    s[this.front] = v;
    if (++this.front >= 31) {
      this.front = 0;
      this.rear++;
    } else if (++this.rear >= 31) {
      this.rear = 0;
    }
    return (v >>> 0) >>> 1;
  }
}

/** C's modf: [integral part, fractional part], both with x's sign. */
function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x, x > 0 ? 0 : -0];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [ip, fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp];
}

const bits = new Float64Array(1);
/** The two 32-bit halves of `bits` (little-endian: [1] holds the sign and exponent). */
const words = new Uint32Array(bits.buffer);

/** C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (x itself for 0, inf, nan). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let adjust = 0;
  bits[0] = x;
  let hi = words[1];
  if ((hi & 0x7ff00000) === 0) {
    // subnormal: scale into the normal range first
    bits[0] = x * 2 ** 54;
    hi = words[1];
    adjust = -54;
  }
  const e = ((hi >>> 20) & 0x7ff) - 1022 + adjust;
  words[1] = (hi & 0x800fffff) | (1022 << 20);
  return [bits[0], e];
}

/** C's ldexp: m * 2^e, rounded once (results in the subnormal range included). */
function ldexp(m: number, e: number): number {
  if (m === 0 || !Number.isFinite(m)) return m;
  const [f, k] = frexp(m);
  const exp = k + e;
  if (exp > 1024) return f * Infinity;
  if (exp >= -1021) return f * 2 * 2 ** (exp - 1);
  if (exp < -1080) return f * 0;
  return f * 2 ** -1000 * 2 ** (exp + 1000);
}

const RADIANS_PER_DEGREE = Math.PI / 180.0;

export function openMath(rt: LuaRuntime): void {
  const lib = new LuaTable();
  const random = new GlibcRandom(1);
  const num = checkNumber;

  setNatives(rt, lib, {
    abs: (rt, a) => [Math.abs(num(rt, a, 1))],
    acos: (rt, a) => [Math.acos(num(rt, a, 1))],
    asin: (rt, a) => [Math.asin(num(rt, a, 1))],
    atan: (rt, a) => [Math.atan(num(rt, a, 1))],
    atan2: (rt, a) => [Math.atan2(num(rt, a, 1), num(rt, a, 2))],
    ceil: (rt, a) => [Math.ceil(num(rt, a, 1))],
    cos: (rt, a) => [Math.cos(num(rt, a, 1))],
    cosh: (rt, a) => [Math.cosh(num(rt, a, 1))],
    deg: (rt, a) => [num(rt, a, 1) / RADIANS_PER_DEGREE],
    exp: (rt, a) => [Math.exp(num(rt, a, 1))],
    floor: (rt, a) => [Math.floor(num(rt, a, 1))],
    fmod: (rt, a) => [num(rt, a, 1) % num(rt, a, 2)],
    frexp: (rt, a) => frexp(num(rt, a, 1)),
    ldexp: (rt, a) => [ldexp(num(rt, a, 1), checkInt(rt, a, 2))],
    log: (rt, a) => [Math.log(num(rt, a, 1))],
    log10: (rt, a) => [Math.log10(num(rt, a, 1))],
    max: (rt, a) => {
      let m = num(rt, a, 1);
      for (let i = 2; i <= a.length; i++) {
        const d = num(rt, a, i);
        if (d > m) m = d;
      }
      return [m];
    },
    min: (rt, a) => {
      let m = num(rt, a, 1);
      for (let i = 2; i <= a.length; i++) {
        const d = num(rt, a, i);
        if (d < m) m = d;
      }
      return [m];
    },
    mod: (rt, a) => [num(rt, a, 1) % num(rt, a, 2)],
    modf: (rt, a) => modf(num(rt, a, 1)),
    pow: (rt, a) => [luaPow(num(rt, a, 1), num(rt, a, 2))],
    rad: (rt, a) => [num(rt, a, 1) * RADIANS_PER_DEGREE],
    random: (rt, a) => {
      const r = (random.next() % RAND_MAX) / RAND_MAX;
      switch (a.length) {
        case 0:
          return [r];
        case 1: {
          const u = checkInt(rt, a, 1) | 0;
          if (!(1 <= u)) rt.argError(1, 'interval is empty');
          return [Math.floor(r * u) + 1];
        }
        case 2: {
          const l = checkInt(rt, a, 1) | 0;
          const u = checkInt(rt, a, 2) | 0;
          if (!(l <= u)) rt.argError(2, 'interval is empty');
          return [Math.floor(r * ((u - l + 1) | 0)) + l];
        }
        default:
          return rt.error('wrong number of arguments');
      }
    },
    randomseed: (rt, a) => {
      random.seed(checkInt(rt, a, 1));
      return EMPTY;
    },
    sin: (rt, a) => [Math.sin(num(rt, a, 1))],
    sinh: (rt, a) => [Math.sinh(num(rt, a, 1))],
    sqrt: (rt, a) => [Math.sqrt(num(rt, a, 1))],
    tan: (rt, a) => [Math.tan(num(rt, a, 1))],
    tanh: (rt, a) => [Math.tanh(num(rt, a, 1))],
  });
  lib.setStr('pi', Math.PI);
  lib.setStr('huge', Infinity);

  rt.globals.setStr('math', lib);
  rt.loaded.setStr('math', lib);
}
