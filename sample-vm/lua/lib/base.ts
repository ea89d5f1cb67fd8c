/**
 * The base library (Lua 5.1's lbaselib.c, less the coroutine table, which lib/coroutine.ts
 * opens): print, type, tostring, tonumber, pairs/ipairs/next, select, raw access, metatables,
 * unpack, assert, error/pcall/xpcall, load/loadstring/loadfile/dofile, getfenv/setfenv,
 * collectgarbage/gcinfo, newproxy, and the globals _G and _VERSION.
 *
 * Every function keeps lbaselib.c's argument order, coercions and messages. Chunks are
 * compiled through `rt.load`; files are read whole as latin1 (one char per byte). The one
 * 5.1 feature left out is `setfenv(0, t)` (replacing the running thread's globals table): the
 * runtime's globals are fixed, so it raises an error instead of silently doing nothing.
 */

import { readFileSync } from 'node:fs';
import { EMPTY, LuaFunction, NativeFunction, type NativeFn } from '../value/function.js';
import { LuaError } from '../value/error.js';
import { numberToString, stringToNumber } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import { LuaUserdata } from '../value/userdata.js';
import { luaType, truthy, type LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import {
  checkAny,
  checkInt,
  checkOption,
  checkString,
  checkTable,
  checkType,
  optInt,
  optString,
  setNatives,
} from './args.js';
import { osPath, strerror } from './file.js';

/** LUAI_MAXCSTACK: the most values a C function may push, which bounds `unpack`. */
const MAX_C_STACK = 8000;

/** Is `v` a string or a number (lua_isstring)? */
function isStringLike(v: LuaValue): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

/** lua_tostring of a string or number. */
function asString(v: string | number): string {
  return typeof v === 'string' ? v : numberToString(v);
}

// ---------------------------------------------------------------------------------------------
// Chunk loading, shared with `require` (lib/package.ts).

/**
 * luaL_loadfile: compiles a file ('@name' chunk) or standard input (`fname` undefined,
 * '=stdin'). A first line starting with '#' is skipped (kept as an empty line so that line
 * numbers stay right). Returns the function or the error message.
 */
export function loadFile(rt: LuaRuntime, fname: string | undefined): LuaFunction | string {
  let text: string;
  if (fname === undefined) {
    text = rt.readStdin('a') ?? '';
  } else {
    try {
      text = readFileSync(osPath(fname), 'latin1');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const what = code === 'EISDIR' ? 'read' : 'open';
      return `cannot ${what} ${fname}: ${strerror(e)}`;
    }
  }
  if (text.charCodeAt(0) === 35 /* # */) {
    const nl = text.indexOf('\n');
    text = nl < 0 ? '' : text.slice(nl);
  }
  return rt.load(text, fname === undefined ? '=stdin' : '@' + fname);
}

/** luaB_tostring: what __tostring returns (any value), else the default text. */
function luaToString(rt: LuaRuntime, v: LuaValue): LuaValue {
  if (typeof v === 'object') {
    const h = rt.metamethod(v, '__tostring');
    if (h !== undefined) return rt.call(h, [v])[0];
  }
  return rt.tostring(v);
}

// ---------------------------------------------------------------------------------------------
// tonumber with a base: C's strtoul followed by a check that only spaces follow.

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const ULONG_MAX = 18446744073709551615n;

/** strtoul(s, &end, base) and then only whitespace: the number, or undefined. */
function parseInBase(s: string, base: number): number | undefined {
  let i = 0;
  const n = s.length;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (i < n && (s[i] === '-' || s[i] === '+')) {
    negative = s[i] === '-';
    i++;
  }
  if (base === 16 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && digitValue(s.charCodeAt(i + 2)) < 16) {
    i += 2;
  }
  const start = i;
  let value = 0;
  let big: bigint | undefined;
  for (; i < n; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d >= base) break;
    if (big === undefined) {
      value = value * base + d;
      if (value > Number.MAX_SAFE_INTEGER) big = BigInt(value);
    } else {
      big = big * BigInt(base) + BigInt(d);
    }
  }
  if (i === start) return undefined;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i !== n) return undefined;
  if (big === undefined) {
    if (!negative || value === 0) return value;
    big = BigInt(value);
  }
  if (big > ULONG_MAX) return Number(ULONG_MAX);
  return Number(negative && big !== 0n ? ULONG_MAX + 1n - big : big);
}

// ---------------------------------------------------------------------------------------------
// The garbage collector's interface: JavaScript's collector cannot be driven, so the options
// answer as Lua 5.1 does (0, or the previous pause/step multiplier) and "count" reports the
// JavaScript heap in use. A "step" always completes a cycle, so `repeat until
// collectgarbage("step")` ends.

const GC_OPTIONS = ['stop', 'restart', 'collect', 'count', 'step', 'setpause', 'setstepmul'] as const;

class GcSettings {
  pause = 200;
  stepmul = 200;
}

function heapKilobytes(): number {
  return process.memoryUsage().heapUsed / 1024;
}

/** Metatables made by `newproxy(true)`: another proxy may share them (newproxy(p)). */
const proxyMetatables = new WeakSet<LuaTable>();

// ---------------------------------------------------------------------------------------------

export function openBase(rt: LuaRuntime): void {
  const G = rt.globals;
  const gc = new GcSettings();

  const next: NativeFn = (rt, args) => {
    const t = checkTable(rt, args, 1);
    return t.next(args[1]) ?? [undefined];
  };
  const nextFn = new NativeFunction('next', next, G);

  const ipairsAux = new NativeFunction(
    'ipairs_aux',
    (rt, args) => {
      const i = checkInt(rt, args, 2) + 1;
      const t = checkTable(rt, args, 1);
      const v = t.getInt(i);
      return v === undefined ? EMPTY : [i, v];
    },
    G,
  );

  let tostringFn: NativeFunction | undefined;

  /** getfenv/setfenv's argument: a function, or a level (1 = the caller of getfenv). */
  const getFunc = (rt: LuaRuntime, args: LuaValue[], optional: boolean): LuaFunction | undefined => {
    const a = args[0];
    if (a instanceof LuaFunction) return a;
    const level = optional ? optInt(rt, args, 1, 1) : checkInt(rt, args, 1);
    if (level < 0) rt.argError(1, 'level must be non-negative');
    if (level === 0) return undefined;
    const info = rt.getInfo(level);
    if (info === undefined) rt.argError(1, 'invalid level');
    const f = info.what === 'tail' ? undefined : (info.func ?? rt.functionAt(level));
    if (f === undefined) rt.error(`no function environment for tail call at level ${level}`);
    return f;
  };

  setNatives(rt, G, {
    assert: (rt, args) => {
      checkAny(rt, args, 1);
      if (!truthy(args[0])) rt.error(optString(rt, args, 2, 'assertion failed!'));
      return args;
    },

    collectgarbage: (rt, args) => {
      const opt = GC_OPTIONS[checkOption(rt, args, 1, 'collect', GC_OPTIONS)];
      const ex = optInt(rt, args, 2, 0);
      switch (opt) {
        case 'count':
          return [heapKilobytes()];
        case 'step':
          return [true];
        case 'setpause': {
          const old = gc.pause;
          gc.pause = ex;
          return [old];
        }
        case 'setstepmul': {
          const old = gc.stepmul;
          gc.stepmul = ex;
          return [old];
        }
        default:
          return [0];
      }
    },

    dofile: (rt, args) => {
      const fname = args[0] === undefined ? undefined : checkString(rt, args, 1);
      const f = loadFile(rt, fname);
      if (typeof f === 'string') throw rt.makeError(f, 0);
      return rt.call(f, []);
    },

    error: (rt, args) => {
      const level = optInt(rt, args, 2, 1);
      const v = args[0];
      throw rt.makeError(typeof v === 'number' && level > 0 ? numberToString(v) : v, level);
    },

    gcinfo: () => [Math.floor(heapKilobytes())],

    getfenv: (rt, args) => {
      const f = getFunc(rt, args, true);
      if (f === undefined || f instanceof NativeFunction) return [rt.globals];
      return [f.env];
    },

    getmetatable: (rt, args) => {
      checkAny(rt, args, 1);
      const mt = rt.getMetatable(args[0]);
      if (mt === undefined) return [undefined];
      const protectedValue = mt.getStr('__metatable');
      return [protectedValue === undefined ? mt : protectedValue];
    },

    ipairs: (rt, args) => {
      const t = checkTable(rt, args, 1);
      return [ipairsAux, t, 0];
    },

    load: (rt, args) => {
      const chunkname = optString(rt, args, 2, '=(load)');
      const reader = args[0];
      checkType(rt, args, 1, 'function', reader instanceof LuaFunction);
      const pieces: string[] = [];
      try {
        for (;;) {
          const piece = rt.call(reader, EMPTY)[0];
          if (piece === undefined) break;
          if (!isStringLike(piece)) return rt.error('reader function must return a string');
          const s = asString(piece);
          if (s.length === 0) break;
          pieces.push(s);
        }
      } catch (e) {
        if (e instanceof LuaError) return [undefined, e.value];
        throw e;
      }
      const f = rt.load(pieces.join(''), chunkname);
      return typeof f === 'string' ? [undefined, f] : [f];
    },

    loadfile: (rt, args) => {
      const fname = args[0] === undefined ? undefined : checkString(rt, args, 1);
      const f = loadFile(rt, fname);
      return typeof f === 'string' ? [undefined, f] : [f];
    },

    loadstring: (rt, args) => {
      const s = checkString(rt, args, 1);
      const chunkname = optString(rt, args, 2, s);
      const f = rt.load(s, chunkname);
      return typeof f === 'string' ? [undefined, f] : [f];
    },

    newproxy: (rt, args) => {
      const u = new LuaUserdata();
      const a = args[0];
      if (a === undefined || a === false) return [u];
      if (a === true) {
        const mt = new LuaTable();
        proxyMetatables.add(mt);
        u.metatable = mt;
        return [u];
      }
      const mt = a instanceof LuaUserdata ? a.metatable : undefined;
      if (mt === undefined || !proxyMetatables.has(mt)) rt.argError(1, 'boolean or proxy expected');
      u.metatable = mt;
      return [u];
    },

    next,

    pairs: (rt, args) => {
      const t = checkTable(rt, args, 1);
      return [nextFn, t, undefined];
    },

    pcall: (rt, args) => {
      checkAny(rt, args, 1);
      return rt.pcall(args[0], args.slice(1));
    },

    print: (rt, args) => {
      const tostring = rt.index(rt.globals, 'tostring');
      const direct = tostring === tostringFn;
      let out = '';
      for (let i = 0; i < args.length; i++) {
        const r = direct ? luaToString(rt, args[i]) : rt.call(tostring, [args[i]])[0];
        let s: string;
        if (typeof r === 'string') s = r;
        else if (typeof r === 'number') s = numberToString(r);
        else {
          rt.writeStdout(out);
          return rt.error("'tostring' must return a string to 'print'");
        }
        // lua5.1 writes each value with fputs: its text ends at the first NUL byte.
        const nul = s.indexOf('\0');
        if (nul >= 0) s = s.slice(0, nul);
        out += i > 0 ? '\t' + s : s;
      }
      rt.writeStdout(out + '\n');
      return EMPTY;
    },

    rawequal: (rt, args) => {
      checkAny(rt, args, 1);
      checkAny(rt, args, 2);
      return [args[0] === args[1]];
    },

    rawget: (rt, args) => {
      const t = checkTable(rt, args, 1);
      checkAny(rt, args, 2);
      return [t.get(args[1])];
    },

    rawset: (rt, args) => {
      const t = checkTable(rt, args, 1);
      checkAny(rt, args, 2);
      checkAny(rt, args, 3);
      t.set(args[1], args[2]);
      return [t];
    },

    select: (rt, args) => {
      const n = args.length;
      const a = args[0];
      if (typeof a === 'string' && a.charCodeAt(0) === 35 /* # */) return [n - 1];
      let i = checkInt(rt, args, 1);
      if (i < 0) i = n + i;
      else if (i > n) i = n;
      if (i < 1) rt.argError(1, 'index out of range');
      return args.slice(i);
    },

    setfenv: (rt, args) => {
      const t = checkTable(rt, args, 2);
      const f = getFunc(rt, args, false);
      if (f === undefined) return rt.error("'setfenv' cannot replace the thread's globals table (level 0)");
      if (f instanceof NativeFunction) return rt.error("'setfenv' cannot change environment of given object");
      f.env = t;
      return [f];
    },

    setmetatable: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const mt = args[1];
      if (!(mt instanceof LuaTable) && (mt !== undefined || args.length < 2)) {
        rt.argError(2, 'nil or table expected');
      }
      if (t.metatable !== undefined && t.metatable.getStr('__metatable') !== undefined) {
        rt.error('cannot change a protected metatable');
      }
      t.metatable = mt instanceof LuaTable ? mt : undefined;
      return [t];
    },

    tonumber: (rt, args) => {
      const base = optInt(rt, args, 2, 10);
      if (base === 10) {
        checkAny(rt, args, 1);
        const v = args[0];
        if (typeof v === 'number') return [v];
        return [typeof v === 'string' ? stringToNumber(v) : undefined];
      }
      const s = checkString(rt, args, 1);
      if (base < 2 || base > 36) rt.argError(2, 'base out of range');
      return [parseInBase(s, base)];
    },

    tostring: (rt, args) => {
      checkAny(rt, args, 1);
      return [luaToString(rt, args[0])];
    },

    type: (rt, args) => {
      checkAny(rt, args, 1);
      return [luaType(args[0])];
    },

    unpack: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const i = optInt(rt, args, 2, 1) | 0;
      const e = (args[2] === undefined ? t.length() : checkInt(rt, args, 3)) | 0;
      if (i > e) return EMPTY;
      const n = (e - i + 1) | 0;
      if (n <= 0 || n + args.length > MAX_C_STACK) rt.error('too many results to unpack');
      const out = new Array<LuaValue>(n);
      for (let k = 0; k < n; k++) out[k] = t.getInt(i + k);
      return out;
    },

    xpcall: (rt, args) => {
      checkAny(rt, args, 2);
      return rt.xpcall(args[0], args[1], []);
    },
  });

  const ts = G.getStr('tostring');
  tostringFn = ts instanceof NativeFunction ? ts : undefined;
  G.setStr('_G', G);
  G.setStr('_VERSION', 'Lua 5.1');
  rt.loaded.setStr('_G', G);
}
