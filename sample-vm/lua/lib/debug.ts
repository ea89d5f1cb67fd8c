/**
 * The debug library, as much of Lua 5.1's ldblib.c as a VM without hooks has: traceback,
 * getinfo, getlocal/setlocal, getupvalue/setupvalue, getmetatable/setmetatable (raw),
 * getfenv/setfenv, and sethook/gethook, which record and report a hook that is never called
 * (programs that install a hook keep running, unhooked).
 * Levels count as lua_getstack does (1 = the function calling the debug function, tail calls
 * included); an optional leading thread argument inspects a coroutine's stack.
 */

import { EMPTY, LuaFunction, NativeFunction, type NativeFn } from '../value/function.js';
import { LuaTable } from '../value/table.js';
import { LuaUserdata } from '../value/userdata.js';
import type { LuaValue } from '../value/value.js';
import { LuaClosure } from '../vm/closure.js';
import { NO_LEVEL, TAIL_LEVEL, levelIndex, stackInfo, functionInfo, tracebackText } from '../vm/debuginfo.js';
import { LuaState } from '../vm/state.js';
import type { DebugInfo, LuaRuntime } from '../vm/runtime.js';
import { LuaThread } from '../vm/thread.js';
import { checkInt, checkTable } from './args.js';

function interp(rt: LuaRuntime): LuaState {
  if (!(rt instanceof LuaState)) throw new Error('the debug library needs the Lua interpreter');
  return rt;
}

/** getthread: the optional thread argument; `arg` is the index of the next argument (0-based). */
function threadArg(rt: LuaRuntime, args: LuaValue[]): { thread: LuaThread; arg: number } {
  const v = args[0];
  if (v instanceof LuaThread) return { thread: v, arg: 1 };
  return { thread: interp(rt).current, arg: 0 };
}

const traceback: NativeFn = (rt, args) => {
  const { thread, arg } = threadArg(rt, args);
  const lvArg = args[arg + 1];
  const level = typeof lvArg === 'number' ? Math.trunc(lvArg) : thread === interp(rt).current ? 1 : 0;
  let prefix = '';
  if (args.length > arg) {
    const msg = args[arg];
    if (typeof msg === 'number') prefix = rt.tostring(msg) + '\n';
    else if (typeof msg !== 'string') return [msg];
    else prefix = msg + '\n';
  }
  return [prefix + tracebackText(thread, level)];
};

function infoTable(info: DebugInfo, what: string): LuaTable {
  const t = new LuaTable(0, 12);
  if (what.includes('S')) {
    t.setStr('source', info.source);
    t.setStr('short_src', info.short_src);
    t.setStr('linedefined', info.linedefined);
    t.setStr('lastlinedefined', info.lastlinedefined);
    t.setStr('what', info.what);
  }
  if (what.includes('l')) t.setStr('currentline', info.currentline);
  if (what.includes('u')) t.setStr('nups', info.nups);
  if (what.includes('n')) {
    t.setStr('name', info.name);
    t.setStr('namewhat', info.namewhat);
  }
  if (what.includes('f')) t.setStr('func', info.func);
  if (what.includes('L') && info.func instanceof LuaClosure) {
    const lines = new LuaTable(0, 8);
    for (const line of info.func.proto.lines) lines.set(line, true);
    t.setStr('activelines', lines);
  }
  return t;
}

const getinfo: NativeFn = (rt, args) => {
  const { thread, arg } = threadArg(rt, args);
  const target = args[arg];
  const whatArg = args[arg + 1];
  const what = whatArg === undefined ? 'flnSu' : typeof whatArg === 'string' ? whatArg : rt.typeError(arg + 2, 'string', whatArg);
  if (/[^SlunfL]/.test(what)) rt.argError(arg + 2, 'invalid option');
  let info: DebugInfo;
  if (typeof target === 'number' || (typeof target === 'string' && !Number.isNaN(Number(target)))) {
    const idx = levelIndex(thread, Math.trunc(Number(target)));
    if (idx === NO_LEVEL) return [undefined];
    info = stackInfo(thread, idx === TAIL_LEVEL ? -1 : idx);
  } else if (target instanceof LuaFunction) {
    info = functionInfo(target);
  } else {
    return rt.argError(arg + 1, 'function or level expected');
  }
  return [infoTable(info, what)];
};

/** The n-th local active in a frame (luaF_getlocalname): its name and register. */
function findLocal(thread: LuaThread, idx: number, n: number): { name: string; reg: number } | undefined {
  const f = thread.frames[idx];
  if (f === undefined) return undefined;
  const pc = f.pc - 1;
  let count = n;
  for (const lv of f.proto.locals) {
    if (lv.startPc > pc) break;
    if (pc < lv.endPc) {
      count--;
      if (count === 0) return { name: lv.name, reg: n - 1 };
    }
  }
  if (n > 0 && n <= f.proto.maxStack) return { name: '(*temporary)', reg: n - 1 };
  return undefined;
}

const getlocal: NativeFn = (rt, args) => {
  const { thread, arg } = threadArg(rt, args);
  const level = checkInt(rt, args, arg + 1);
  const n = checkInt(rt, args, arg + 2);
  const idx = levelIndex(thread, level);
  if (idx < 0) return rt.argError(arg + 1, 'level out of range');
  const found = findLocal(thread, idx, n);
  if (found === undefined) return [undefined];
  return [found.name, thread.frames[idx]!.regs[found.reg]];
};

const setlocal: NativeFn = (rt, args) => {
  const { thread, arg } = threadArg(rt, args);
  const level = checkInt(rt, args, arg + 1);
  const n = checkInt(rt, args, arg + 2);
  const idx = levelIndex(thread, level);
  if (idx < 0) return rt.argError(arg + 1, 'level out of range');
  const found = findLocal(thread, idx, n);
  if (found === undefined) return [undefined];
  thread.frames[idx]!.regs[found.reg] = args[arg + 2];
  return [found.name];
};

function upvalueArgs(rt: LuaRuntime, args: LuaValue[]): { fn: LuaFunction; n: number } {
  const fn = args[0];
  const n = checkInt(rt, args, 2);
  if (!(fn instanceof LuaFunction)) return rt.typeError(1, 'function', fn, args.length);
  return { fn, n };
}

const getupvalue: NativeFn = (rt, args) => {
  const { fn, n } = upvalueArgs(rt, args);
  if (!(fn instanceof LuaClosure) || n < 1 || n > fn.upvals.length) return EMPTY;
  const uv = fn.upvals[n - 1]!;
  return [fn.proto.upvalues[n - 1]?.name ?? '', uv.regs[uv.index]];
};

const setupvalue: NativeFn = (rt, args) => {
  const { fn, n } = upvalueArgs(rt, args);
  if (args.length < 3) rt.argError(3, 'value expected');
  if (!(fn instanceof LuaClosure) || n < 1 || n > fn.upvals.length) return EMPTY;
  const uv = fn.upvals[n - 1]!;
  uv.regs[uv.index] = args[2];
  return [fn.proto.upvalues[n - 1]?.name ?? ''];
};

const getmetatable: NativeFn = (rt, args) => {
  if (args.length === 0) rt.argError(1, 'value expected');
  return [rt.getMetatable(args[0])];
};

const setmetatable: NativeFn = (rt, args) => {
  const v = args[0];
  const m = args[1];
  if (m !== undefined && !(m instanceof LuaTable)) rt.argError(2, 'nil or table expected');
  const mt = m as LuaTable | undefined;
  if (v instanceof LuaTable || v instanceof LuaUserdata) v.metatable = mt;
  else if (typeof v === 'string') rt.stringMetatable = mt;
  return [true];
};

/** The hook a thread was given: kept and reported by gethook, never called. */
class HookSetting {
  constructor(
    readonly fn: LuaValue,
    readonly mask: string,
    readonly count: number,
  ) {}
}

const hooks = new WeakMap<LuaThread, HookSetting>();

/** lua's unmakemask(makemask(mask)): the events in Lua's order. */
function normalMask(mask: string): string {
  return (mask.includes('c') ? 'c' : '') + (mask.includes('r') ? 'r' : '') + (mask.includes('l') ? 'l' : '');
}

const sethook: NativeFn = (rt, args) => {
  const { thread, arg } = threadArg(rt, args);
  const fn = args[arg];
  if (fn === undefined || args.length <= arg) {
    hooks.delete(thread);
    return EMPTY;
  }
  if (!(fn instanceof LuaFunction)) return rt.typeError(arg + 1, 'function', fn, args.length);
  const maskArg = args[arg + 1];
  const mask = typeof maskArg === 'string' ? maskArg : typeof maskArg === 'number' ? rt.tostring(maskArg) : rt.typeError(arg + 2, 'string', maskArg, args.length);
  const count = args[arg + 2] === undefined ? 0 : checkInt(rt, args, arg + 3);
  const m = normalMask(mask);
  if (m === '' && count <= 0) hooks.delete(thread);
  else hooks.set(thread, new HookSetting(fn, m, count));
  return EMPTY;
};

const gethook: NativeFn = (rt, args) => {
  const { thread } = threadArg(rt, args);
  const h = hooks.get(thread);
  return h === undefined ? [undefined, '', 0] : [h.fn, h.mask, h.count];
};

const getregistry: NativeFn = (rt) => [rt.loaded];

const getfenv: NativeFn = (rt, args) => {
  const v = args[0];
  if (v instanceof LuaFunction) return [v.env];
  if (v instanceof LuaUserdata) return [v.env];
  return [undefined];
};

const setfenv: NativeFn = (rt, args) => {
  const v = args[0];
  const env = checkTable(rt, args, 2);
  if (v instanceof LuaFunction) v.env = env;
  else if (v instanceof LuaUserdata) v.env = env;
  else rt.error("'setfenv' cannot change environment of given object");
  return [v];
};

export function openDebug(rt: LuaRuntime): void {
  const lib = new LuaTable(0, 16);
  const fns: [string, NativeFn][] = [
    ['traceback', traceback],
    ['getinfo', getinfo],
    ['getlocal', getlocal],
    ['setlocal', setlocal],
    ['getupvalue', getupvalue],
    ['setupvalue', setupvalue],
    ['getmetatable', getmetatable],
    ['setmetatable', setmetatable],
    ['sethook', sethook],
    ['gethook', gethook],
    ['getregistry', getregistry],
    ['getfenv', getfenv],
    ['setfenv', setfenv],
  ];
  for (const [name, fn] of fns) lib.setStr(name, new NativeFunction(name, fn, rt.globals));
  rt.globals.setStr('debug', lib);
  rt.loaded.setStr('debug', lib);
}
