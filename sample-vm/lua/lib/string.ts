/**
 * The `string` library of Lua 5.1 (lstrlib.c) on byte strings: byte, char, find, format,
 * gmatch (and its 5.1 compatibility name gfind), gsub, len, lower, upper, match, rep, reverse,
 * sub; and the string metatable whose `__index` is the library table, so that `("x"):rep(3)`
 * works. string.dump is absent: this VM has no binary chunk format.
 *
 * Invariants: strings are byte strings (one char 0..255 per byte); positions follow lstrlib's
 * posrelat (negative counts from the end, then clamping); argument errors come from args.ts
 * with lauxlib's messages. The matcher lives in lpattern.ts, string.format in format.ts.
 */

import { LuaError } from '../value/error.js';
import { EMPTY, LuaFunction, NativeFunction, type NativeFn } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import { luaType, truthy, type LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkCInt, checkInt, checkString, optCInt, optInt } from './args.js';
import { strFormat } from './format.js';
import {
  acquireMatchState,
  getCapture,
  hasSpecials,
  matchAt,
  MatchState,
  patternText,
  pushCaptures,
  releaseMatchState,
} from './lpattern.js';

/** The longest string the host can build (V8's String::kMaxLength on 64-bit). */
const MAX_STRING_LENGTH = (1 << 29) - 24;
/** LUAI_MAXCSTACK: how many values a C function may push (string.byte's limit). */
const MAX_C_STACK = 8000;

/** lstrlib's posrelat: a negative position counts back from the end; the result is >= 0. */
function posrelat(pos: number, len: number): number {
  if (pos < 0) pos += len + 1;
  return pos >= 0 ? pos : 0;
}

function strLen(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return [checkString(rt, args, 1).length];
}

function strSub(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const s = checkString(rt, args, 1);
  const l = s.length;
  let start = posrelat(checkInt(rt, args, 2), l);
  let end = posrelat(optInt(rt, args, 3, -1), l);
  if (start < 1) start = 1;
  if (end > l) end = l;
  return [start <= end ? s.slice(start - 1, end) : ''];
}

function strReverse(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const s = checkString(rt, args, 1);
  return [s.length < 2 ? s : s.split('').reverse().join('')];
}

function toLowerAscii(m: string): string {
  return m.toLowerCase();
}

function toUpperAscii(m: string): string {
  return m.toUpperCase();
}

const UPPER_RUN = /[A-Z]+/g;
const LOWER_RUN = /[a-z]+/g;

function strLower(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return [checkString(rt, args, 1).replace(UPPER_RUN, toLowerAscii)];
}

function strUpper(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return [checkString(rt, args, 1).replace(LOWER_RUN, toUpperAscii)];
}

function strRep(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const s = checkString(rt, args, 1);
  const n = checkCInt(rt, args, 2);
  if (n <= 0 || s.length === 0) return [''];
  if (s.length * n > MAX_STRING_LENGTH) throw new LuaError('not enough memory');
  return [s.repeat(n)];
}

function strByte(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const s = checkString(rt, args, 1);
  const l = s.length;
  let posi = posrelat(optInt(rt, args, 2, 1), l);
  let pose = posrelat(optInt(rt, args, 3, posi), l);
  if (posi <= 0) posi = 1;
  if (pose > l) pose = l;
  if (posi > pose) return EMPTY;
  const n = pose - posi + 1;
  if (n + Math.max(args.length, 1) > MAX_C_STACK) rt.error('stack overflow (string slice too long)');
  const out = new Array<LuaValue>(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(posi - 1 + i);
  return out;
}

function strChar(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const n = args.length;
  let out = '';
  for (let i = 1; i <= n; i++) {
    const c = checkCInt(rt, args, i);
    if (c < 0 || c > 255) rt.argError(i, 'invalid value');
    out += String.fromCharCode(c);
  }
  return [out];
}

function strFormatNative(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return [strFormat(rt, args)];
}

/** find and match (lstrlib's str_find_aux). */
function findAux(rt: LuaRuntime, args: LuaValue[], find: boolean): LuaValue[] {
  const s = checkString(rt, args, 1);
  const p = checkString(rt, args, 2);
  const ls = s.length;
  let init = posrelat(optInt(rt, args, 3, 1), ls) - 1;
  if (init < 0) init = 0;
  else if (init > ls) init = ls;
  if (find && (truthy(args[3]) || !hasSpecials(p))) {
    // A plain search.
    const at = s.indexOf(p, init);
    if (at >= 0) return [at + 1, at + p.length];
    return [undefined];
  }
  const pat = patternText(p);
  const anchor = pat.charCodeAt(0) === 94; // '^'
  const pstart = anchor ? 1 : 0;
  const ms = acquireMatchState(rt, s, pat);
  let s1 = init;
  do {
    const e = matchAt(ms, s1, pstart);
    if (e !== -1) {
      const out = find ? pushCaptures(ms, s1, e, false, [s1 + 1, e]) : pushCaptures(ms, s1, e, true, []);
      releaseMatchState(ms);
      return out;
    }
  } while (s1++ < ls && !anchor);
  releaseMatchState(ms);
  return [undefined];
}

function strFind(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return findAux(rt, args, true);
}

function strMatch(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  return findAux(rt, args, false);
}

/** The state of one gmatch iterator: its own MatchState and where the next search starts. */
class GmatchState {
  pos = 0;
  constructor(readonly ms: MatchState) {}
}

/** lstrlib's gmatch_aux: the next match from `pos` (a `^` is a literal here, as in 5.1). */
function gmatchStep(rt: LuaRuntime, st: GmatchState): LuaValue[] {
  const ms = st.ms;
  ms.rt = rt;
  const se = ms.srcEnd;
  for (let src = st.pos; src <= se; src++) {
    const e = matchAt(ms, src, 0);
    if (e !== -1) {
      st.pos = e === src ? e + 1 : e; // an empty match moves on by one
      return pushCaptures(ms, src, e, true, []);
    }
  }
  return EMPTY;
}

function strGmatch(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const s = checkString(rt, args, 1);
  const p = checkString(rt, args, 2);
  const ms = new MatchState(rt);
  ms.reset(rt, s, patternText(p));
  const st = new GmatchState(ms);
  return [new NativeFunction('gmatch_aux', (rt2) => gmatchStep(rt2, st), rt.globals)];
}

/**
 * A byte string under construction (luaL_Buffer): bytes in a growing Uint8Array, turned into a
 * string once. Building gsub's result with += would make a rope with a node per match, which
 * costs the collector far more on long subjects.
 */
class ByteBuilder {
  buf = new Uint8Array(256);
  len = 0;

  addRange(s: string, from: number, to: number): void {
    const end = this.len + to - from;
    if (end > this.buf.length) this.grow(end);
    const b = this.buf;
    let j = this.len;
    for (let i = from; i < to; i++) b[j++] = s.charCodeAt(i);
    this.len = j;
  }

  private grow(need: number): void {
    if (need > MAX_STRING_LENGTH) throw new LuaError('not enough memory');
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }

  toString(): string {
    const b = this.buf;
    const n = this.len;
    if (n <= BUILDER_CHUNK) return String.fromCharCode.apply(null, b.subarray(0, n) as unknown as number[]);
    let out = '';
    for (let k = 0; k < n; k += BUILDER_CHUNK) {
      out += String.fromCharCode.apply(null, b.subarray(k, Math.min(n, k + BUILDER_CHUNK)) as unknown as number[]);
    }
    return out;
  }
}

/** How many bytes one String.fromCharCode call converts (bounded by the argument limit). */
const BUILDER_CHUNK = 8192;
/** Builders with a buffer up to this size are kept for the next call. */
const BUILDER_KEEP = 1 << 16;
let spareBuilder: ByteBuilder | undefined;

function acquireBuilder(): ByteBuilder {
  const b = spareBuilder ?? new ByteBuilder();
  spareBuilder = undefined;
  b.len = 0;
  return b;
}

function releaseBuilder(b: ByteBuilder): void {
  if (b.buf.length <= BUILDER_KEEP) spareBuilder = b;
}

/** lstrlib's add_s: the replacement string with %0-%9 and %x expanded (a trailing % adds NUL). */
function expandReplacement(ms: MatchState, repl: string, s: number, e: number): string {
  let out = '';
  let from = 0;
  const l = repl.length;
  for (let i = 0; i < l; i++) {
    if (repl.charCodeAt(i) !== 37) continue;
    out += repl.slice(from, i);
    i++; // skip the '%'
    const c = i < l ? repl.charCodeAt(i) : 0;
    if (c < 48 || c > 57) {
      out += String.fromCharCode(c);
    } else if (c === 48) {
      out += ms.src.slice(s, e);
    } else {
      const v = getCapture(ms, c - 49, s, e);
      out += typeof v === 'number' ? String(v) : (v as string);
    }
    from = i + 1;
  }
  return from === 0 ? repl : out + repl.slice(from);
}

/** lstrlib's add_value: the text replacing the match s..e. */
function replacementValue(rt: LuaRuntime, ms: MatchState, repl: LuaValue, s: number, e: number): string {
  let v: LuaValue;
  if (typeof repl === 'string') return expandReplacement(ms, repl, s, e);
  if (repl instanceof LuaTable) v = rt.index(repl, getCapture(ms, 0, s, e));
  else v = rt.call(repl, pushCaptures(ms, s, e, true, []))[0];
  if (!truthy(v)) return ms.src.slice(s, e); // nil or false keeps the original text
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return rt.error(`invalid replacement value (a ${luaType(v)})`);
}

function strGsub(rt: LuaRuntime, args: LuaValue[]): LuaValue[] {
  const src = checkString(rt, args, 1);
  const p = checkString(rt, args, 2);
  let repl = args[2];
  const srcl = src.length;
  const maxS = optCInt(rt, args, 4, srcl + 1);
  if (typeof repl === 'number') repl = numberToString(repl);
  else if (typeof repl !== 'string' && !(repl instanceof LuaTable) && !(repl instanceof LuaFunction)) {
    rt.argError(3, 'string/function/table expected');
  }
  const pat = patternText(p);
  const anchor = pat.charCodeAt(0) === 94; // '^'
  const pstart = anchor ? 1 : 0;
  const ms = acquireMatchState(rt, src, pat);
  const out = acquireBuilder();
  let copyFrom = 0; // src[copyFrom..s) is unmatched text still to be copied
  let s = 0;
  let n = 0;
  while (n < maxS) {
    const e = matchAt(ms, s, pstart);
    if (e !== -1) {
      n++;
      const value = replacementValue(rt, ms, repl, s, e);
      out.addRange(src, copyFrom, s);
      out.addRange(value, 0, value.length);
      copyFrom = e;
    }
    if (e > s) s = e; // a non-empty match: skip it
    else if (s < srcl) s++;
    else break;
    if (anchor) break;
  }
  releaseMatchState(ms);
  if (n === 0) {
    releaseBuilder(out);
    return [src, 0];
  }
  out.addRange(src, copyFrom, srcl);
  const result = out.toString();
  releaseBuilder(out);
  return [result, n];
}

const FUNCTIONS: ReadonlyArray<readonly [string, NativeFn]> = [
  ['byte', strByte],
  ['char', strChar],
  ['find', strFind],
  ['format', strFormatNative],
  ['gmatch', strGmatch],
  ['gsub', strGsub],
  ['len', strLen],
  ['lower', strLower],
  ['match', strMatch],
  ['rep', strRep],
  ['reverse', strReverse],
  ['sub', strSub],
  ['upper', strUpper],
];

/** Creates the `string` table, registers it (globals, loaded) and sets the string metatable. */
export function openString(rt: LuaRuntime): void {
  const lib = new LuaTable();
  for (const [name, fn] of FUNCTIONS) lib.setStr(name, new NativeFunction(name, fn, rt.globals));
  lib.setStr('gfind', lib.getStr('gmatch')); // LUA_COMPAT_GFIND, on in stock 5.1: the same function
  rt.globals.setStr('string', lib);
  rt.loaded.setStr('string', lib);
  const meta = new LuaTable();
  meta.setStr('__index', lib);
  rt.stringMetatable = meta;
}
