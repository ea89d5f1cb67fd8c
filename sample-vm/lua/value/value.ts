/**
 * Lua values as JavaScript values, chosen so that the common cases cost nothing to box:
 *
 *   nil      undefined            boolean  boolean        number  number (a double)
 *   string   string: a Lua byte string, one char (0..255) per byte; never UTF-16 text
 *   table    LuaTable (table.ts)  function LuaFunction (function.ts: LuaClosure, NativeFunction)
 *   thread   LuaThread (vm/thread.ts)                       userdata LuaUserdata (userdata.ts)
 *
 * Source files and output are converted as latin1, so a UTF-8 source string stays its bytes and
 * `#s` counts bytes, as in Lua.
 */

import { LuaFunction } from './function.js';
import { LuaTable } from './table.js';
import { LuaUserdata } from './userdata.js';

/** The thread class is declared by the VM; values only need to recognize it. */
export abstract class LuaThreadBase {}

export type LuaValue = undefined | boolean | number | string | LuaTable | LuaFunction | LuaThreadBase | LuaUserdata;

export type LuaTypeName = 'nil' | 'boolean' | 'number' | 'string' | 'table' | 'function' | 'thread' | 'userdata';

/** Lua's `type(v)`. */
export function luaType(v: LuaValue): LuaTypeName {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      if (v instanceof LuaTable) return 'table';
      if (v instanceof LuaFunction) return 'function';
      if (v instanceof LuaUserdata) return 'userdata';
      return 'thread';
  }
}

/** Lua truthiness: everything but nil and false. */
export function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}
