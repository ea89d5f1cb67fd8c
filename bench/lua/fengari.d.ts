/**
 * The part of fengari's API (Lua 5.3 in JavaScript, an untyped CommonJS package) that the
 * benchmark's fengari engine uses. Lua strings are byte arrays (`Uint8Array`) in fengari.
 */
declare module 'fengari' {
  /** A Lua state: opaque outside fengari. */
  export interface LuaState {
    readonly __fengariLuaState: unique symbol;
  }

  export type JsFunction = (L: LuaState) => number;

  export function to_luastring(s: string, cache?: boolean): Uint8Array;

  export const lua: {
    readonly LUA_OK: number;
    readonly LUA_MULTRET: number;
    lua_gettop(L: LuaState): number;
    lua_pop(L: LuaState, n: number): void;
    lua_pushvalue(L: LuaState, index: number): void;
    lua_pushstring(L: LuaState, s: Uint8Array): Uint8Array;
    lua_pushjsfunction(L: LuaState, f: JsFunction): void;
    lua_getglobal(L: LuaState, name: Uint8Array): number;
    lua_setglobal(L: LuaState, name: Uint8Array): void;
    lua_call(L: LuaState, nargs: number, nresults: number): void;
    lua_pcall(L: LuaState, nargs: number, nresults: number, msgh: number): number;
    /** The string at `index` (converting a number in place), or null for other values. */
    lua_tolstring(L: LuaState, index: number): Uint8Array | null;
  };

  export const lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadbuffer(L: LuaState, buff: Uint8Array, size: number, chunkname: Uint8Array): number;
    luaL_error(L: LuaState, message: Uint8Array): number;
  };

  export const lualib: {
    luaL_openlibs(L: LuaState): void;
  };
}
