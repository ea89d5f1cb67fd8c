/**
 * The coroutine library (Lua 5.1's lbaselib.c co_* functions): create, resume, yield, status,
 * running, wrap. Switching is the interpreter's (LuaState.resume / requestYield, implemented by the interpreter): a yield
 * from Lua code suspends the coroutine's frames where they are, so no JavaScript stack is
 * kept for a suspended coroutine.
 */

import { EMPTY, NativeFunction, type NativeFn } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import { LuaClosure } from '../vm/closure.js';
import { LuaState } from '../vm/state.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { LuaThread } from '../vm/thread.js';

function interp(rt: LuaRuntime): LuaState {
  if (!(rt instanceof LuaState)) throw new Error('the coroutine library needs the Lua interpreter');
  return rt;
}

function checkThread(rt: LuaRuntime, args: LuaValue[], n: number): LuaThread {
  const v = args[n - 1];
  if (v instanceof LuaThread) return v;
  return rt.argError(n, 'coroutine expected');
}

function newCoroutine(rt: LuaRuntime, args: LuaValue[]): LuaThread {
  const fn = args[0];
  if (!(fn instanceof LuaClosure)) rt.argError(1, 'Lua function expected');
  return new LuaThread(fn);
}

const create: NativeFn = (rt, args) => [newCoroutine(rt, args)];

const resume: NativeFn = (rt, args) => {
  const co = checkThread(rt, args, 1);
  return interp(rt).resume(co, args.slice(1));
};

const yieldFn: NativeFn = (rt, args) => {
  interp(rt).requestYield(args);
  return EMPTY;
};

const status: NativeFn = (rt, args) => {
  const co = checkThread(rt, args, 1);
  return [interp(rt).current === co ? 'running' : co.status];
};

const running: NativeFn = (rt) => {
  const t = interp(rt).current;
  return t.isMain ? [undefined] : [t];
};

const wrap: NativeFn = (rt, args) => {
  const co = newCoroutine(rt, args);
  const resumeIt: NativeFn = (rt2, a) => {
    const res = interp(rt2).resume(co, a);
    if (res[0] === true) return res.slice(1);
    const err = res[1];
    // luaB_auxwrap: a string (or number) error gets the position of the wrap function's caller.
    if (typeof err === 'string' || typeof err === 'number') throw rt2.makeError(typeof err === 'number' ? numberToString(err) : err, 1);
    throw rt2.makeError(err, 0);
  };
  return [new NativeFunction('wrap', resumeIt, rt.globals)];
};

export function openCoroutine(rt: LuaRuntime): void {
  const lib = new LuaTable(0, 6);
  const fns: [string, NativeFn][] = [
    ['create', create],
    ['resume', resume],
    ['yield', yieldFn],
    ['status', status],
    ['running', running],
    ['wrap', wrap],
  ];
  for (const [name, fn] of fns) lib.setStr(name, new NativeFunction(name, fn, rt.globals));
  rt.globals.setStr('coroutine', lib);
  rt.loaded.setStr('coroutine', lib);
}
