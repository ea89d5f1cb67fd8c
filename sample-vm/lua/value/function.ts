/**
 * Lua functions: the abstract LuaFunction, and NativeFunction for the library (Lua's C
 * functions). Lua closures (LuaClosure) are declared by the VM (vm/closure.ts), which alone
 * knows frames and upvalues.
 *
 * A native receives its arguments as a fresh array (it may keep or return it) and returns its
 * results as an array (EMPTY for none: never mutate EMPTY). It raises Lua errors by throwing
 * LuaError (error.ts), usually through the runtime's helpers (`rt.error`, `rt.argError`).
 */

import type { LuaRuntime } from '../vm/runtime.js';
import type { LuaValue } from './value.js';
import type { LuaTable } from './table.js';

export abstract class LuaFunction {
  /** The function environment (Lua 5.1's getfenv/setfenv); natives get the globals table. */
  abstract env: LuaTable;
}

export type NativeFn = (rt: LuaRuntime, args: LuaValue[]) => LuaValue[];

/** The shared empty result list. */
export const EMPTY: LuaValue[] = [];

export class NativeFunction extends LuaFunction {
  constructor(
    /** The name tracebacks and 'bad argument' messages use ('insert', 'print'). */
    readonly name: string,
    readonly fn: NativeFn,
    public env: LuaTable,
  ) {
    super();
  }
}
