/**
 * A small LuaRuntime for the library tests: natives are called directly (NativeFunction.fn),
 * metamethods are looked up as Lua 5.1 does for the few operations the libraries use, and
 * errors are built the way lauxlib builds them, with the position "(command line):1:" that
 * lua5.1 -e reports, so expected messages can be pasted from the oracle unchanged.
 *
 * `load` does not compile: it returns a native that answers [source, chunkname], which is
 * enough to check what the libraries hand to the compiler. A source containing "@syntax" is
 * rejected with a syntax-error message instead.
 */

import { LuaError } from '../../sample-vm/lua/value/error';
import { LuaFunction, NativeFunction } from '../../sample-vm/lua/value/function';
import { numberToString } from '../../sample-vm/lua/value/number';
import { LuaTable } from '../../sample-vm/lua/value/table';
import { LuaUserdata } from '../../sample-vm/lua/value/userdata';
import { luaType, truthy, type LuaValue } from '../../sample-vm/lua/value/value';
import type { DebugInfo, LuaRuntime } from '../../sample-vm/lua/vm/runtime';

export const POS = '(command line):1: ';

/** What os.exit raises in the fake. */
export class ExitRequest extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

let nextAddress = 1;
const addresses = new WeakMap<object, string>();

function addressOf(o: object): string {
  let a = addresses.get(o);
  if (a === undefined) {
    a = '0x' + (0x1000 + nextAddress++).toString(16);
    addresses.set(o, a);
  }
  return a;
}

export class FakeRuntime implements LuaRuntime {
  readonly globals = new LuaTable();
  readonly loaded = new LuaTable();
  stringMetatable: LuaTable | undefined = undefined;
  out = '';
  err = '';
  stdin = '';
  /** Functions standing for the Lua stack: the last one is level 1 (the caller of a native). */
  stack: LuaFunction[] = [];
  private readonly running: string[] = [];

  /** `pos`: the position errors carry (POS, as `lua5.1 -e` shows it; '' as `pcall(f, ...)` shows a native's own error). */
  constructor(private readonly pos: string = POS) {}

  call(fn: LuaValue, args: LuaValue[]): LuaValue[] {
    if (fn instanceof NativeFunction) {
      this.running.push(fn.name);
      try {
        return fn.fn(this, args);
      } finally {
        this.running.pop();
      }
    }
    const h = this.metamethod(fn, '__call');
    if (h !== undefined) return this.call(h, [fn, ...args]);
    throw new LuaError(`${this.pos}attempt to call a ${luaType(fn)} value`);
  }

  pcall(fn: LuaValue, args: LuaValue[]): LuaValue[] {
    try {
      return [true, ...this.call(fn, args)];
    } catch (e) {
      if (e instanceof LuaError) return [false, e.value];
      throw e;
    }
  }

  xpcall(fn: LuaValue, handler: LuaValue, args: LuaValue[]): LuaValue[] {
    try {
      return [true, ...this.call(fn, args)];
    } catch (e) {
      if (e instanceof LuaError) return [false, this.call(handler, [e.value])[0]];
      throw e;
    }
  }

  index(obj: LuaValue, key: LuaValue): LuaValue {
    if (obj instanceof LuaTable) {
      const v = obj.get(key);
      if (v !== undefined) return v;
    }
    const h = this.metamethod(obj, '__index');
    if (h === undefined) {
      if (obj instanceof LuaTable) return undefined;
      throw new LuaError(`${this.pos}attempt to index a ${luaType(obj)} value`);
    }
    if (h instanceof LuaFunction) return this.call(h, [obj, key])[0];
    return this.index(h, key);
  }

  setIndex(obj: LuaValue, key: LuaValue, value: LuaValue): void {
    if (obj instanceof LuaTable && (obj.get(key) !== undefined || this.metamethod(obj, '__newindex') === undefined)) {
      obj.set(key, value);
      return;
    }
    const h = this.metamethod(obj, '__newindex');
    if (h instanceof LuaFunction) this.call(h, [obj, key, value]);
    else if (h !== undefined) this.setIndex(h, key, value);
    else throw new LuaError(`${this.pos}attempt to index a ${luaType(obj)} value`);
  }

  equals(a: LuaValue, b: LuaValue): boolean {
    return a === b;
  }

  lessThan(a: LuaValue, b: LuaValue): boolean {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return a < b;
    const h = this.metamethod(a, '__lt');
    if (h !== undefined && luaType(a) === luaType(b)) return truthy(this.call(h, [a, b])[0]);
    const ta = luaType(a);
    const tb = luaType(b);
    throw new LuaError(ta === tb ? `${this.pos}attempt to compare two ${ta} values` : `${this.pos}attempt to compare ${ta} with ${tb}`);
  }

  lessEqual(a: LuaValue, b: LuaValue): boolean {
    return !this.lessThan(b, a);
  }

  tostring(v: LuaValue): string {
    const h = this.metamethod(v, '__tostring');
    if (h !== undefined) {
      const r = this.call(h, [v])[0];
      return typeof r === 'string' ? r : String(r);
    }
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
        return `${luaType(v)}: ${addressOf(v)}`;
    }
  }

  getMetatable(v: LuaValue): LuaTable | undefined {
    if (v instanceof LuaTable || v instanceof LuaUserdata) return v.metatable;
    if (typeof v === 'string') return this.stringMetatable;
    return undefined;
  }

  metamethod(v: LuaValue, event: string): LuaValue {
    return this.getMetatable(v)?.getStr(event);
  }

  private get runningName(): string {
    return this.running[this.running.length - 1] ?? '?';
  }

  error(msg: string, level = 1): never {
    throw new LuaError(level > 0 ? this.pos + msg : msg);
  }

  argError(arg: number, msg: string): never {
    throw new LuaError(`${this.pos}bad argument #${arg} to '${this.runningName}' (${msg})`);
  }

  typeError(arg: number, expected: string, got: LuaValue, argCount?: number): never {
    const gotName = argCount !== undefined && arg > argCount ? 'no value' : luaType(got);
    return this.argError(arg, `${expected} expected, got ${gotName}`);
  }

  makeError(value: LuaValue, level: number): LuaError {
    return new LuaError(typeof value === 'string' && level > 0 ? this.pos + value : value);
  }

  load(source: string, chunkname: string): LuaFunction | string {
    if (source.includes('@syntax')) return `[string "${chunkname}"]:1: unexpected symbol near '@'`;
    return new NativeFunction('chunk', () => [source, chunkname], this.globals);
  }

  functionAt(level: number): LuaFunction | undefined {
    return this.stack[this.stack.length - level];
  }

  getInfo(target: number | LuaFunction): DebugInfo | undefined {
    const func = typeof target === 'number' ? this.functionAt(target) : target;
    if (func === undefined) return undefined;
    return {
      source: '=(command line)',
      short_src: '(command line)',
      what: func instanceof NativeFunction ? 'C' : 'Lua',
      currentline: 1,
      linedefined: 0,
      lastlinedefined: 0,
      name: undefined,
      namewhat: '',
      nups: 0,
      func,
    };
  }

  traceback(): string {
    return 'stack traceback:';
  }

  writeStdout(s: string): void {
    this.out += s;
  }

  writeStderr(s: string): void {
    this.err += s;
  }

  readStdin(what: 'l' | 'L' | 'a' | number): string | undefined {
    if (this.stdin.length === 0) return undefined;
    let n: number;
    if (what === 'a') n = this.stdin.length;
    else if (typeof what === 'number') n = what;
    else {
      const nl = this.stdin.indexOf('\n');
      n = nl < 0 ? this.stdin.length : nl + 1;
    }
    let s = this.stdin.slice(0, n);
    this.stdin = this.stdin.slice(n);
    if (what === 'l' && s.endsWith('\n')) s = s.slice(0, -1);
    return s;
  }

  exit(code: number): never {
    throw new ExitRequest(code);
  }

  /** Calls the library function at a dotted global path ('table.insert', 'print'). */
  run(path: string, ...args: LuaValue[]): LuaValue[] {
    return this.call(this.lookup(path), args);
  }

  /** Like `run`, but returns the error value of a Lua error (and fails if there is none). */
  fail(path: string, ...args: LuaValue[]): LuaValue {
    try {
      this.run(path, ...args);
    } catch (e) {
      if (e instanceof LuaError) return e.value;
      throw e;
    }
    throw new Error(`${path} did not raise an error`);
  }

  lookup(path: string): LuaValue {
    let v: LuaValue = this.globals;
    for (const part of path.split('.')) v = (v as LuaTable).getStr(part);
    return v;
  }
}

/** A Lua function for tests: a native with a JavaScript body. */
export function fn(body: (...args: LuaValue[]) => LuaValue[], name = 'f'): NativeFunction {
  return new NativeFunction(name, (_rt, args) => body(...args), new LuaTable());
}

/** A table with array items and optional string fields. */
export function table(items: LuaValue[], fields: Record<string, LuaValue> = {}): LuaTable {
  const t = new LuaTable();
  items.forEach((v, i) => t.setInt(i + 1, v));
  for (const k of Object.keys(fields)) t.setStr(k, fields[k]);
  return t;
}

/** The items 1..#t of a table. */
export function items(t: LuaValue): LuaValue[] {
  const out: LuaValue[] = [];
  const tt = t as LuaTable;
  for (let i = 1; i <= tt.length(); i++) out.push(tt.getInt(i));
  return out;
}
