/**
 * Argument checking for natives, as Lua 5.1's lauxlib does it (luaL_check* / luaL_opt*): the
 * same coercions (a number where a string is expected becomes its %.14g text, a numeric string
 * where a number is expected becomes the number, integers are truncated toward zero as the C
 * cast does) and the same messages, raised through the runtime so that they name the function
 * as the caller sees it ("bad argument #1 to 'rep' (string expected, got no value)").
 *
 * `args` is the native's argument array; argument numbers are 1-based as in the messages.
 * Also here: luaL_checkoption (`checkOption`) and a library's luaL_register (`setNatives`).
 */

import { NativeFunction, type NativeFn } from '../value/function.js';
import { numberToString, toNumber } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';

export function checkAny(rt: LuaRuntime, args: LuaValue[], n: number): LuaValue {
  if (n > args.length) rt.argError(n, 'value expected');
  return args[n - 1];
}

export function checkString(rt: LuaRuntime, args: LuaValue[], n: number): string {
  const v = args[n - 1];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  return rt.typeError(n, 'string', v, args.length);
}

export function optString(rt: LuaRuntime, args: LuaValue[], n: number, def: string): string {
  return args[n - 1] === undefined ? def : checkString(rt, args, n);
}

export function checkNumber(rt: LuaRuntime, args: LuaValue[], n: number): number {
  const v = args[n - 1];
  if (typeof v === 'number') return v;
  const x = typeof v === 'string' ? toNumber(v) : undefined;
  if (x === undefined) return rt.typeError(n, 'number', v, args.length);
  return x;
}

export function optNumber(rt: LuaRuntime, args: LuaValue[], n: number, def: number): number {
  return args[n - 1] === undefined ? def : checkNumber(rt, args, n);
}

/** luaL_checkinteger: the number truncated toward zero (0 for NaN, as the C cast gives here). */
export function checkInt(rt: LuaRuntime, args: LuaValue[], n: number): number {
  return toInteger(checkNumber(rt, args, n));
}

export function optInt(rt: LuaRuntime, args: LuaValue[], n: number, def: number): number {
  return args[n - 1] === undefined ? def : checkInt(rt, args, n);
}

export function checkTable(rt: LuaRuntime, args: LuaValue[], n: number): LuaTable {
  const v = args[n - 1];
  if (v instanceof LuaTable) return v;
  return rt.typeError(n, 'table', v, args.length);
}

/** luaL_checktype for a kind named by `type()`. */
export function checkType(rt: LuaRuntime, args: LuaValue[], n: number, expected: string, ok: boolean): void {
  if (!ok) rt.typeError(n, expected, args[n - 1], args.length);
}

/** Truncation toward zero, as a C cast from double to an integer type. */
export function toInteger(x: number): number {
  return Number.isFinite(x) ? Math.trunc(x) : 0;
}

/**
 * luaL_checkoption: the index of the argument in `names` ("bad argument #n to 'f' (invalid
 * option 'x')" otherwise); `def` stands for an absent argument (undefined: it is required).
 */
export function checkOption(
  rt: LuaRuntime,
  args: LuaValue[],
  n: number,
  def: string | undefined,
  names: readonly string[],
): number {
  const name = def !== undefined && args[n - 1] === undefined ? def : checkString(rt, args, n);
  const i = names.indexOf(name);
  if (i < 0) rt.argError(n, `invalid option '${name}'`);
  return i;
}

/** Stores each native of `fns` in `table` under its name (a library's luaL_register). */
export function setNatives(rt: LuaRuntime, table: LuaTable, fns: Readonly<Record<string, NativeFn>>): void {
  for (const name of Object.keys(fns)) table.setStr(name, new NativeFunction(name, fns[name], rt.globals));
}

/**
 * luaL_checkint: luaL_checkinteger cast to a C int, as lstrlib's counts and codes are (the
 * 64-bit integer keeps its low 32 bits; a value outside the 64-bit range converts to
 * LONG_MIN, whose low bits are 0).
 */
export function checkCInt(rt: LuaRuntime, args: LuaValue[], n: number): number {
  return toCInt(checkNumber(rt, args, n));
}

export function optCInt(rt: LuaRuntime, args: LuaValue[], n: number, def: number): number {
  return args[n - 1] === undefined ? def : checkCInt(rt, args, n);
}

/** (int)(long)x on x86-64: see checkCInt. */
export function toCInt(x: number): number {
  if (!(x > -9223372036854775808 && x < 9223372036854775808)) return 0;
  return x | 0;
}
