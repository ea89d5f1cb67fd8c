/**
 * The state a Lua VM shares between its interpreter and its libraries (Lua's lua_State and
 * global_State, minus the stack machinery): globals, the registry of loaded modules, threads,
 * the host's streams, and the LuaRuntime services that need no dispatch loop: errors with Lua
 * 5.1's positions and messages (luaG_runerror, luaG_typeerror, luaL_where, luaL_argerror),
 * tostring, chunk loading and stack introspection. The Interpreter (interpreter.ts) extends it
 * with the dispatch loop, calls and coroutine switches.
 *
 * Errors are positioned by the top of the running thread's call stack: a Lua frame there (its
 * saved pc) gives "chunk:line:", a native gives no position, as in Lua.
 */

import { jit } from '../../../runtime/hints/index.js';
import { compileSource } from '../bytecode/compiler.js';
import type { Proto } from '../bytecode/proto.js';
import { LuaSyntaxError } from '../syntax/errors.js';
import { LuaError } from '../value/error.js';
import type { LuaFunction } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import { luaType, type LuaValue } from '../value/value.js';
import { LuaClosure } from './closure.js';
import { NO_LEVEL, TAIL_LEVEL, funcName, functionInfo, levelIndex, stackInfo, tracebackText } from './debuginfo.js';
import { LuaExit } from './exit.js';
import { describeOperand, framePosition, newLuaError, typeErrorText } from './messages.js';
import { MetaOps } from './metaops.js';
import type { DebugInfo, LuaRuntime } from './runtime.js';
import { LuaThread } from './thread.js';

/** LUAI_MAXCALLS: nested Lua calls per thread before "stack overflow". */
export const MAX_CALLS = 20000;
/**
 * Lua frames an error handler may add on top of a stack that overflowed (5.1 grows its
 * CallInfo array to 32768 entries before raising "stack overflow", and the handler runs in it).
 */
export const MAX_CALLS_HANDLING = 32768;
/** LUAI_MAXCCALLS: nested native/metamethod calls before "C stack overflow". */
export const MAX_C_CALLS = 200;

/** What the host provides: the standard streams. */
export interface LuaHost {
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  readStdin(what: 'l' | 'L' | 'a' | number): string | undefined;
}

export abstract class LuaState extends MetaOps implements LuaRuntime {
  readonly globals: LuaTable;
  readonly loaded: LuaTable;
  readonly main: LuaThread;
  /** The running thread. */
  current: LuaThread;
  /** Nested calls through `call` in progress (all threads): Lua's nCcalls. */
  cCalls = 0;
  /** Call-stack entries allowed per thread: MAX_CALLS, more while an xpcall handler runs. */
  callLimit = MAX_CALLS;
  private readonly addresses = new WeakMap<object, number>();
  private nextAddress = 1;

  constructor(private readonly host: LuaHost) {
    super();
    this.globals = new LuaTable();
    this.loaded = new LuaTable();
    this.main = new LuaThread(undefined);
    this.main.status = 'running';
    this.main.fresh = false;
    this.current = this.main;
  }

  abstract call(fn: LuaValue, args: LuaValue[]): LuaValue[];
  abstract pcall(fn: LuaValue, args: LuaValue[]): LuaValue[];
  abstract xpcall(fn: LuaValue, handler: LuaValue, args: LuaValue[]): LuaValue[];
  /** coroutine.resume: [true, ...values yielded or returned] or [false, error]. */
  abstract resume(co: LuaThread, args: LuaValue[]): LuaValue[];
  /** coroutine.yield from a native called by a Lua frame of a coroutine: the loop suspends it. */
  abstract requestYield(values: LuaValue[]): void;

  // ---------------------------------------------------------------------------------------
  // Caught exceptions

  /** The Lua value of a caught exception: a LuaError's value; host failures become Lua errors. */
  errorValue(e: unknown): LuaValue {
    if (e instanceof LuaError) return e.value;
    if (e instanceof LuaExit) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) return this.positioned('stack overflow');
    if (e instanceof Error) return this.positioned(`${e.name}: ${e.message}`);
    return this.positioned(String(e));
  }

  /** msg prefixed with the position of the innermost Lua frame of the running thread. */
  private positioned(msg: string): string {
    const t = this.current;
    for (let d = t.depth - 1; d >= 0; d--) {
      const f = t.frames[d];
      if (f !== undefined) return framePosition(f) + msg;
    }
    return msg;
  }

  // ---------------------------------------------------------------------------------------
  // Errors

  @jit.opaque
  runtimeError(msg: string): Error {
    const t = this.current;
    const f = t.depth > 0 ? t.frames[t.depth - 1] : undefined;
    return newLuaError(f === undefined ? msg : framePosition(f) + msg);
  }

  @jit.opaque
  operandError(value: LuaValue, op: string, reg: number): Error {
    const t = this.current;
    const f = t.depth > 0 ? t.frames[t.depth - 1] : undefined;
    if (f === undefined) return newLuaError(typeErrorText(op, value, ''));
    return newLuaError(framePosition(f) + typeErrorText(op, value, describeOperand(f, reg)));
  }

  /** luaL_where(level): "chunk:line: " of the Lua function at `level`, '' for natives. */
  where(level: number): string {
    const t = this.current;
    const idx = levelIndex(t, level);
    if (idx < 0) return '';
    const f = t.frames[idx];
    if (f === undefined) return '';
    const info = stackInfo(t, idx);
    return info.currentline > 0 ? `${info.short_src}:${info.currentline}: ` : '';
  }

  error(msg: string, level = 1): never {
    throw newLuaError(this.where(level) + msg);
  }

  makeError(value: LuaValue, level: number): LuaError {
    if (typeof value === 'string' && level > 0) return newLuaError(this.where(level) + value);
    return newLuaError(value);
  }

  argError(arg: number, msg: string): never {
    const t = this.current;
    if (t.depth === 0) this.error(`bad argument #${arg} (${msg})`);
    const name = funcName(t, t.depth - 1);
    if (name !== undefined && name.kind === 'method') {
      arg--;
      if (arg === 0) this.error(`calling '${name.name}' on bad self (${msg})`);
    }
    this.error(`bad argument #${arg} to '${name === undefined ? '?' : name.name}' (${msg})`);
  }

  typeError(arg: number, expected: string, got: LuaValue, argCount?: number): never {
    const gotName = argCount !== undefined && arg > argCount ? 'no value' : luaType(got);
    this.argError(arg, `${expected} expected, got ${gotName}`);
  }

  // ---------------------------------------------------------------------------------------
  // LuaRuntime: values

  index(obj: LuaValue, key: LuaValue): LuaValue {
    return this.getTable(obj, key, -1);
  }

  setIndex(obj: LuaValue, key: LuaValue, value: LuaValue): void {
    this.setTable(obj, key, value, -1);
  }

  tostring(v: LuaValue): string {
    const tm = this.metamethod(v, '__tostring');
    if (tm !== undefined) {
      const r = this.call(tm, [v])[0];
      if (typeof r === 'string') return r;
      if (typeof r === 'number') return numberToString(r);
      throw this.runtimeError("'__tostring' must return a string");
    }
    return this.rawTostring(v);
  }

  /** tostring without __tostring: "table: 0x...", numbers as %.14g. */
  rawTostring(v: LuaValue): string {
    switch (typeof v) {
      case 'undefined':
        return 'nil';
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        return numberToString(v);
      case 'string':
        return v;
      default:
        return `${luaType(v)}: ${this.address(v)}`;
    }
  }

  /** A stable fake address per object, printed as %p. */
  address(o: object): string {
    let n = this.addresses.get(o);
    if (n === undefined) {
      n = this.nextAddress++;
      this.addresses.set(o, n);
    }
    return '0x' + (0x55550000 + n * 0x20).toString(16).padStart(8, '0');
  }

  // ---------------------------------------------------------------------------------------
  // LuaRuntime: chunks, debug, I/O

  load(source: string, chunkname: string, env?: LuaTable): LuaFunction | string {
    let p: Proto;
    try {
      p = compileSource(source, chunkname);
    } catch (e) {
      if (e instanceof LuaSyntaxError) return e.message;
      throw e;
    }
    return new LuaClosure(p, [], env ?? this.globals);
  }

  functionAt(level: number): LuaFunction | undefined {
    const t = this.current;
    const idx = levelIndex(t, level);
    return idx >= 0 ? t.fns[idx] : undefined;
  }

  getInfo(target: number | LuaFunction): DebugInfo | undefined {
    if (typeof target !== 'number') return functionInfo(target);
    const t = this.current;
    const idx = levelIndex(t, target);
    if (idx === NO_LEVEL) return undefined;
    return stackInfo(t, idx === TAIL_LEVEL ? -1 : idx);
  }

  traceback(level: number): string {
    return tracebackText(this.current, level);
  }

  writeStdout(s: string): void {
    this.host.writeStdout(s);
  }

  writeStderr(s: string): void {
    this.host.writeStderr(s);
  }

  readStdin(what: 'l' | 'L' | 'a' | number): string | undefined {
    return this.host.readStdin(what);
  }

  exit(code: number): never {
    throw new LuaExit(code);
  }
}
