/**
 * The fengari engine: the program on fengari (Lua 5.3 in JavaScript), the peer the project
 * compares its own interpreter with. A fresh state per run with the standard libraries;
 * `print` is replaced by one that behaves like Lua's (tostring on each argument, tabs between,
 * a newline at the end) but collects the text instead of writing to the process's stdout.
 *
 * Invariant: strings cross between JavaScript and fengari as bytes (Latin-1 on the JS side).
 */

import { lauxlib, lua, lualib, type LuaState } from 'fengari';
import type { LuaEngine, RunJob } from './engine.js';

const bytes = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

const PRINT = bytes('print');
const TOSTRING = bytes('tostring');
const PRINT_ERROR = bytes("'tostring' must return a string to 'print'");

/** A `print` for state L that appends to `out`. */
function collectingPrint(out: string[]): (L: LuaState) => number {
  return (L) => {
    const n = lua.lua_gettop(L);
    lua.lua_getglobal(L, TOSTRING);
    for (let i = 1; i <= n; i++) {
      lua.lua_pushvalue(L, -1);
      lua.lua_pushvalue(L, i);
      lua.lua_call(L, 1, 1);
      const s = lua.lua_tolstring(L, -1);
      if (s === null) return lauxlib.luaL_error(L, PRINT_ERROR);
      if (i > 1) out.push('\t');
      out.push(text(s));
      lua.lua_pop(L, 1);
    }
    out.push('\n');
    return 0;
  };
}

/** The message of the error value on top of the stack. */
function errorMessage(L: LuaState): string {
  const s = lua.lua_tolstring(L, -1);
  return s === null ? '(error object is not a string)' : text(s);
}

export const fengariEngine: LuaEngine = {
  name: 'fengari',
  label: 'fengari',
  run(job: RunJob): string {
    const out: string[] = [];
    const L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(L);
    lua.lua_pushjsfunction(L, collectingPrint(out));
    lua.lua_setglobal(L, PRINT);
    const source = bytes(job.source);
    if (lauxlib.luaL_loadbuffer(L, source, source.length, bytes(job.chunkname)) !== lua.LUA_OK) {
      throw new Error(errorMessage(L));
    }
    lua.lua_pushstring(L, bytes(String(job.size)));
    if (lua.lua_pcall(L, 1, 0, 0) !== lua.LUA_OK) throw new Error(errorMessage(L));
    return out.join('');
  },
};
