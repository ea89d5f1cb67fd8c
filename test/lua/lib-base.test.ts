/**
 * The base library against lua5.1's answers (pasted as literals; positions are the fake
 * runtime's "(command line):1:", which lua5.1 -e gives when the native is called from Lua).
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBase } from '../../sample-vm/lua/lib/base';
import { LuaFunction, NativeFunction } from '../../sample-vm/lua/value/function';
import { LuaTable } from '../../sample-vm/lua/value/table';
import { LuaUserdata } from '../../sample-vm/lua/value/userdata';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime, POS, fn, table } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openBase(rt);
  return rt;
}

/** A stand-in for a Lua closure: a function with a settable environment. */
class TestClosure extends LuaFunction {
  constructor(public env: LuaTable) {
    super();
  }
}

describe('base library', () => {
  it('sets _G and _VERSION and registers in package.loaded', () => {
    const rt = setup();
    expect(rt.globals.getStr('_G')).toBe(rt.globals);
    expect(rt.globals.getStr('_VERSION')).toBe('Lua 5.1');
    expect(rt.loaded.getStr('_G')).toBe(rt.globals);
  });

  it('converts with tonumber as 5.1 does', () => {
    const rt = setup();
    const t = (...a: LuaValue[]) => rt.run('tonumber', ...a)[0];
    // print(tonumber("0x10"), tonumber("  12  "), tonumber("1e2"), tonumber("abc"), tonumber("10", 2), ...)
    expect([t('0x10'), t('  12  '), t('1e2'), t('abc'), t('10', 2), t('ff', 16), t('FF', 16), t('zz', 36)]).toEqual([
      16,
      12,
      100,
      undefined,
      2,
      255,
      255,
      1295,
    ]);
    expect([t(' 11 ', 2), t('12', 2), t('-1', 16), t('0x1f', 16), t('1.5', 16), t(''), t('8', 8), t(undefined)]).toEqual([
      3,
      undefined,
      18446744073709551615,
      31,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // 21  9.2233720368548e+18  1.844674407371e+19  nil  1.844674407371e+19
    expect([t(15, 16), t('7fffffffffffffff', 16), t('ffffffffffffffffff', 16), t('-', 10), t('-z', 36)]).toEqual([
      21,
      9223372036854775807,
      18446744073709551615,
      undefined,
      18446744073709551616 - 35,
    ]);
    expect(rt.fail('tonumber', '10', 1)).toBe(POS + "bad argument #2 to 'tonumber' (base out of range)");
    expect(rt.fail('tonumber', '10', 37)).toBe(POS + "bad argument #2 to 'tonumber' (base out of range)");
    expect(rt.fail('tonumber')).toBe(POS + "bad argument #1 to 'tonumber' (value expected)");
  });

  it('selects with counts, negative indices and range errors', () => {
    const rt = setup();
    expect(rt.run('select', '#', 1, 2, 3)).toEqual([3]);
    expect(rt.run('select', 2, 'a', 'b', 'c')).toEqual(['b', 'c']);
    expect(rt.run('select', -1, 'a', 'b', 'c')).toEqual(['c']);
    expect(rt.run('select', 5, 1, 2)).toEqual([]);
    expect(rt.run('select', '#')).toEqual([0]);
    expect(rt.run('select', '#x', 1)).toEqual([1]);
    expect(rt.fail('select', 0, 1)).toBe(POS + "bad argument #1 to 'select' (index out of range)");
    expect(rt.fail('select', -5, 1)).toBe(POS + "bad argument #1 to 'select' (index out of range)");
  });

  it('protects metatables with __metatable', () => {
    const rt = setup();
    expect(rt.fail('setmetatable', new LuaTable(), 1)).toBe(POS + "bad argument #2 to 'setmetatable' (nil or table expected)");
    expect(rt.fail('setmetatable', new LuaTable())).toBe(POS + "bad argument #2 to 'setmetatable' (nil or table expected)");
    expect(rt.fail('setmetatable', 1, new LuaTable())).toBe(POS + "bad argument #1 to 'setmetatable' (table expected, got number)");
    const t = new LuaTable();
    const mt = table([], { __metatable: 'locked' });
    expect(rt.run('setmetatable', t, mt)).toEqual([t]);
    expect(t.metatable).toBe(mt);
    expect(rt.run('getmetatable', t)).toEqual(['locked']);
    expect(rt.fail('setmetatable', t, new LuaTable())).toBe(POS + 'cannot change a protected metatable');
    const plain = new LuaTable();
    const pmt = new LuaTable();
    rt.run('setmetatable', plain, pmt);
    expect(rt.run('getmetatable', plain)).toEqual([pmt]);
    rt.run('setmetatable', plain, undefined);
    expect(plain.metatable).toBeUndefined();
    expect(rt.run('getmetatable', 1)).toEqual([undefined]);
  });

  it('unpacks ranges and refuses too many results', () => {
    const rt = setup();
    const t = table([1, 2, 3]);
    expect(rt.run('unpack', t)).toEqual([1, 2, 3]);
    expect(rt.run('unpack', t, 2)).toEqual([2, 3]);
    expect(rt.run('unpack', t, 2, 5)).toEqual([2, 3, undefined, undefined]);
    expect(rt.run('unpack', new LuaTable(), 3, 2)).toEqual([]);
    // 7997 results fit in LUAI_MAXCSTACK with 3 arguments on the stack, 7998 do not
    expect(rt.run('unpack', new LuaTable(), 1, 7997).length).toBe(7997);
    expect(rt.fail('unpack', new LuaTable(), 1, 7998)).toBe(POS + 'too many results to unpack');
    expect(rt.fail('unpack', new LuaTable(), 1, 1e10)).toBe(POS + 'too many results to unpack');
    expect(rt.run('unpack', new LuaTable(), 2 ** 31 - 2, 2 ** 31 - 1)).toEqual([undefined, undefined]);
  });

  it('asserts with the default or a custom message and returns all arguments', () => {
    const rt = setup();
    expect(rt.fail('assert', false)).toBe(POS + 'assertion failed!');
    expect(rt.fail('assert', undefined, 'custom')).toBe(POS + 'custom');
    expect(rt.run('assert', 1, 2, 3)).toEqual([1, 2, 3]);
    expect(rt.fail('assert')).toBe(POS + "bad argument #1 to 'assert' (value expected)");
    expect(rt.fail('assert', false, new LuaTable())).toBe(POS + "bad argument #2 to 'assert' (string expected, got table)");
  });

  it('raises errors with levels, any value, and catches them with pcall/xpcall', () => {
    const rt = setup();
    expect(rt.fail('error', 'msg')).toBe(POS + 'msg');
    expect(rt.fail('error', 'msg', 0)).toBe('msg');
    expect(rt.fail('error', 42)).toBe(POS + '42');
    expect(rt.fail('error', 42, 0)).toBe(42);
    expect(rt.fail('error')).toBeUndefined();
    const obj = new LuaTable();
    expect(rt.fail('error', obj)).toBe(obj);
    const thrower = rt.lookup('error');
    expect(rt.run('pcall', thrower, 'x', 0)).toEqual([false, 'x']);
    expect(rt.run('pcall', fn((a, b) => [b, a]), 1, 2)).toEqual([true, 2, 1]);
    expect(rt.fail('pcall')).toBe(POS + "bad argument #1 to 'pcall' (value expected)");
    const handler = fn((m) => ['handled: ' + String(m)]);
    expect(rt.run('xpcall', fn(() => rt.error('E')), handler)).toEqual([false, 'handled: ' + POS + 'E']);
    expect(rt.fail('xpcall', thrower)).toBe(POS + "bad argument #2 to 'xpcall' (value expected)");
  });

  it('accesses raw fields and traverses with next/pairs/ipairs', () => {
    const rt = setup();
    expect(rt.run('rawequal', 1, 1)).toEqual([true]);
    expect(rt.run('rawequal', new LuaTable(), new LuaTable())).toEqual([false]);
    expect(rt.fail('rawequal', 1)).toBe(POS + "bad argument #2 to 'rawequal' (value expected)");
    expect(rt.fail('rawget', 1, 2)).toBe(POS + "bad argument #1 to 'rawget' (table expected, got number)");
    expect(rt.fail('rawset', new LuaTable(), undefined, 1)).toBe('table index is nil');
    const t = new LuaTable();
    t.metatable = table([], { __index: table([], { x: 1 }) });
    expect(rt.run('rawget', t, 'x')).toEqual([undefined]);
    expect(rt.run('rawset', t, 'x', 2)).toEqual([t]);
    expect(rt.run('rawget', t, 'x')).toEqual([2]);
    expect(rt.run('next', new LuaTable())).toEqual([undefined]);
    expect(rt.fail('next', new LuaTable(), 'nokey')).toBe("invalid key to 'next'");
    expect(rt.fail('ipairs')).toBe(POS + "bad argument #1 to 'ipairs' (table expected, got no value)");
    expect(rt.fail('pairs', undefined)).toBe(POS + "bad argument #1 to 'pairs' (table expected, got nil)");

    const arr = table(['a', 'b', undefined, 'd'], { k: 'v' });
    const [iter, state, init] = rt.run('ipairs', arr);
    expect(state).toBe(arr);
    expect(init).toBe(0);
    const seen: LuaValue[] = [];
    for (let r = rt.call(iter, [state, init]); r.length > 0; r = rt.call(iter, [state, r[0]])) seen.push(...r);
    expect(seen).toEqual([1, 'a', 2, 'b']);

    const [next, s2, k0] = rt.run('pairs', arr);
    // pairs returns its own closure of next (print(pairs({}) == next) is false in 5.1)
    expect(next).toBeInstanceOf(NativeFunction);
    expect(next).not.toBe(rt.lookup('next'));
    expect([s2, k0]).toEqual([arr, undefined]);
    const keys: LuaValue[] = [];
    for (let r = rt.call(next, [arr, undefined]); r[0] !== undefined; r = rt.call(next, [arr, r[0]])) keys.push(r[0]);
    expect(keys).toEqual([1, 2, 4, 'k']);
  });

  it('names types and converts with tostring', () => {
    const rt = setup();
    expect(rt.run('type', undefined)).toEqual(['nil']);
    expect(rt.run('type', 'x')).toEqual(['string']);
    expect(rt.run('type', new LuaUserdata())).toEqual(['userdata']);
    expect(rt.fail('type')).toBe(POS + "bad argument #1 to 'type' (value expected)");
    expect(rt.run('tostring', 1e15)).toEqual(['1e+15']);
    expect(rt.run('tostring', table([], {}))[0]).toMatch(/^table: 0x/);
    const obj = new LuaTable();
    obj.metatable = table([], { __tostring: fn(() => [true]) });
    expect(rt.run('tostring', obj)).toEqual([true]);
  });

  it('prints through the global tostring', () => {
    const rt = setup();
    rt.run('print', 1, 'a', undefined, true, 0.1);
    expect(rt.out).toBe('1\ta\tnil\ttrue\t0.1\n');
    rt.out = '';
    rt.run('print');
    expect(rt.out).toBe('\n');
    rt.out = '';
    const obj = new LuaTable();
    obj.metatable = table([], { __tostring: fn(() => [1]) });
    rt.run('print', obj);
    expect(rt.out).toBe('1\n');
    obj.metatable = table([], { __tostring: fn(() => [true]) });
    expect(rt.fail('print', obj)).toBe(POS + "'tostring' must return a string to 'print'");
    rt.out = '';
    rt.globals.setStr('tostring', fn((v) => ['<' + String(v) + '>']));
    rt.run('print', 'x', 2);
    expect(rt.out).toBe('<x>\t<2>\n');
  });

  it('answers collectgarbage options as 5.1', () => {
    const rt = setup();
    // print(collectgarbage("setpause", 150), collectgarbage("setpause", 150), collectgarbage("setstepmul"), ...)
    const r = [
      ...rt.run('collectgarbage', 'setpause', 150),
      ...rt.run('collectgarbage', 'setpause', 150),
      ...rt.run('collectgarbage', 'setstepmul'),
      ...rt.run('collectgarbage', 'setstepmul'),
      ...rt.run('collectgarbage', 'stop'),
      ...rt.run('collectgarbage', 'restart'),
      ...rt.run('collectgarbage'),
    ];
    expect(r).toEqual([200, 150, 200, 0, 0, 0, 0]);
    expect(rt.fail('collectgarbage', 'bogus')).toBe(POS + "bad argument #1 to 'collectgarbage' (invalid option 'bogus')");
    const count = rt.run('collectgarbage', 'count')[0] as number;
    expect(count).toBeGreaterThan(0);
    expect(rt.run('collectgarbage', 'step')).toEqual([true]);
    const info = rt.run('gcinfo')[0] as number;
    expect(Number.isInteger(info)).toBe(true);
  });

  it('makes proxies with newproxy', () => {
    const rt = setup();
    const bare = rt.run('newproxy')[0];
    expect(bare).toBeInstanceOf(LuaUserdata);
    expect((bare as LuaUserdata).metatable).toBeUndefined();
    const p = rt.run('newproxy', true)[0] as LuaUserdata;
    expect(p.metatable).toBeInstanceOf(LuaTable);
    const q = rt.run('newproxy', p)[0] as LuaUserdata;
    expect(q.metatable).toBe(p.metatable);
    expect(rt.fail('newproxy', new LuaTable())).toBe(POS + "bad argument #1 to 'newproxy' (boolean or proxy expected)");
    expect(rt.fail('newproxy', bare)).toBe(POS + "bad argument #1 to 'newproxy' (boolean or proxy expected)");
  });

  it('loads strings and reader functions', () => {
    const rt = setup();
    const f = rt.run('loadstring', 'return 1')[0];
    expect(rt.call(f, [])).toEqual(['return 1', 'return 1']);
    expect(rt.call(rt.run('loadstring', 'x', '=name')[0], [])).toEqual(['x', '=name']);
    expect(rt.run('loadstring', '@syntax')).toEqual([undefined, `[string "@syntax"]:1: unexpected symbol near '@'`]);
    expect(rt.fail('load', 'x')).toBe(POS + "bad argument #1 to 'load' (function expected, got string)");
    const pieces = ['return ', 1, '+2', ''];
    const reader = fn(() => [pieces.shift()]);
    expect(rt.call(rt.run('load', reader)[0], [])).toEqual(['return 1+2', '=(load)']);
    const empty = rt.run('load', fn(() => [undefined]), 'chunk')[0];
    expect(rt.call(empty, [])).toEqual(['', 'chunk']);
    expect(rt.run('load', fn(() => [new LuaTable()]))).toEqual([undefined, POS + 'reader function must return a string']);
    expect(rt.run('load', fn(() => rt.error('boom')))).toEqual([undefined, POS + 'boom']);
  });

  it('loads and runs files, skipping a #! line', () => {
    const rt = setup();
    const dir = mkdtempSync(join(tmpdir(), 'lua-base-'));
    const file = join(dir, 'chunk.lua');
    writeFileSync(file, '#!/usr/bin/lua\nreturn 7\n');
    expect(rt.call(rt.run('loadfile', file)[0], [])).toEqual(['\nreturn 7\n', '@' + file]);
    expect(rt.run('dofile', file)).toEqual(['\nreturn 7\n', '@' + file]);
    expect(rt.run('loadfile', '/nonexistent/x.lua')).toEqual([undefined, 'cannot open /nonexistent/x.lua: No such file or directory']);
    expect(rt.fail('dofile', '/nonexistent/x.lua')).toBe('cannot open /nonexistent/x.lua: No such file or directory');
    expect(rt.run('loadfile', dir)).toEqual([undefined, `cannot read ${dir}: Is a directory`]);
    rt.stdin = 'return io';
    expect(rt.call(rt.run('loadfile')[0], [])).toEqual(['return io', '=stdin']);
  });

  it('gets and sets function environments', () => {
    const rt = setup();
    const env = new LuaTable();
    const closure = new TestClosure(env);
    expect(rt.run('getfenv', closure)).toEqual([env]);
    expect(rt.run('getfenv', rt.lookup('print'))).toEqual([rt.globals]);
    expect(rt.run('getfenv', 0)).toEqual([rt.globals]);
    rt.stack = [closure];
    expect(rt.run('getfenv')).toEqual([env]);
    expect(rt.run('getfenv', 1)).toEqual([env]);
    const other = new LuaTable();
    expect(rt.run('setfenv', 1, other)).toEqual([closure]);
    expect(closure.env).toBe(other);
    expect(rt.run('setfenv', closure, env)).toEqual([closure]);
    expect(closure.env).toBe(env);
    expect(rt.fail('getfenv', -1)).toBe(POS + "bad argument #1 to 'getfenv' (level must be non-negative)");
    expect(rt.fail('getfenv', 50)).toBe(POS + "bad argument #1 to 'getfenv' (invalid level)");
    expect(rt.fail('setfenv', rt.lookup('print'), new LuaTable())).toBe(
      POS + "'setfenv' cannot change environment of given object",
    );
    expect(rt.fail('setfenv', 1)).toBe(POS + "bad argument #2 to 'setfenv' (table expected, got no value)");
    expect(rt.lookup('print')).toBeInstanceOf(NativeFunction);
  });
});
