/**
 * What the standard library (lib/) may ask of the VM: calling Lua values, metamethod-aware
 * operations, errors with Lua's positions and messages, and the VM's state (globals, the string
 * metatable, the output streams). The interpreter (vm/interpreter.ts) implements it; libraries
 * depend only on this interface, so they never reach into frames.
 *
 * Error conventions (Lua 5.1's lauxlib): `error(msg)` prefixes the position of the Lua code that
 * called the running native ("file.lua:3: msg"), as luaL_error does; `argError(2, 'bad thing')`
 * raises "bad argument #2 to 'name' (bad thing)" naming the running native, and `typeError(2,
 * 'table', v)` raises "bad argument #2 to 'name' (table expected, got nil)" (got "no value" when
 * the argument is absent: pass `args.length` through `argCount`).
 */

import type { LuaError } from '../value/error.js';
import type { LuaFunction } from '../value/function.js';
import type { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';

/** `debug.getinfo`'s fields, Lua 5.1 names. */
export interface DebugInfo {
  readonly source: string;
  readonly short_src: string;
  readonly what: 'Lua' | 'C' | 'main' | 'tail';
  readonly currentline: number;
  readonly linedefined: number;
  readonly lastlinedefined: number;
  readonly name: string | undefined;
  readonly namewhat: string;
  readonly nups: number;
  readonly func: LuaFunction | undefined;
}

export interface LuaRuntime {
  /** The globals table (_G), also the default environment. */
  readonly globals: LuaTable;
  /** The registry of loaded modules (package.loaded). */
  readonly loaded: LuaTable;
  /** The metatable shared by all strings (its __index is the string table). */
  stringMetatable: LuaTable | undefined;

  /** Calls any value (honouring __call); Lua errors propagate as LuaError. */
  call(fn: LuaValue, args: LuaValue[]): LuaValue[];
  /** Calls in protected mode: [true, ...results] or [false, error value] (pcall). */
  pcall(fn: LuaValue, args: LuaValue[]): LuaValue[];
  /** xpcall: on error, calls handler(errorValue) before the stack unwinds and returns [false, its result]. */
  xpcall(fn: LuaValue, handler: LuaValue, args: LuaValue[]): LuaValue[];

  /** `t[k]` and `t[k] = v` with __index / __newindex. */
  index(obj: LuaValue, key: LuaValue): LuaValue;
  setIndex(obj: LuaValue, key: LuaValue, value: LuaValue): void;
  /** `a == b`, `a < b`, `a <= b` with metamethods (errors as Lua's "attempt to compare ..."). */
  equals(a: LuaValue, b: LuaValue): boolean;
  lessThan(a: LuaValue, b: LuaValue): boolean;
  lessEqual(a: LuaValue, b: LuaValue): boolean;
  /** `tostring(v)`: honours __tostring; numbers as %.14g. */
  tostring(v: LuaValue): string;
  /** The metatable of any value (strings share stringMetatable), raw: ignores __metatable. */
  getMetatable(v: LuaValue): LuaTable | undefined;
  /** The metamethod `event` ('__index', '__add', ...) of v, or undefined. */
  metamethod(v: LuaValue, event: string): LuaValue;

  /** Raises `msg` with the position of the calling Lua code (level 1) or of the given level. */
  error(msg: string, level?: number): never;
  argError(arg: number, msg: string): never;
  typeError(arg: number, expected: string, got: LuaValue, argCount?: number): never;
  /** Builds the LuaError for raising any value at `level` (error()'s semantics: strings get a position at level > 0). */
  makeError(value: LuaValue, level: number): LuaError;

  /** Compiles a chunk; a syntax error is returned as its message ("chunk:line: msg near 'tok'"). */
  load(source: string, chunkname: string, env?: LuaTable): LuaFunction | string;
  /** The function running at `level` (1 = the caller of the running native), or undefined past the stack. */
  functionAt(level: number): LuaFunction | undefined;
  /** debug.getinfo for a level (1 = caller of the running native) or a function. */
  getInfo(target: number | LuaFunction): DebugInfo | undefined;
  /** "stack traceback:\n\t..." from `level`, as debug.traceback formats it. */
  traceback(level: number): string;

  /** Output and input (io.write/print go through these; bytes as latin1 strings). */
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  /** Reads stdin: a line without its newline ('l'), a line with it ('L'), n bytes, or all ('a'); undefined at end. */
  readStdin(what: 'l' | 'L' | 'a' | number): string | undefined;
  /** process exit requested by os.exit: the host decides how (the command exits, tests observe). */
  exit(code: number): never;
}
