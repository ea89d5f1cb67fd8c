/**
 * require and the package table against lua5.1's answers (pasted as literals), with module
 * files in a temporary directory. The fake runtime's chunks return [source, chunkname].
 */

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPackage } from '../../sample-vm/lua/lib/package';
import { LuaFunction } from '../../sample-vm/lua/value/function';
import { LuaTable } from '../../sample-vm/lua/value/table';
import { FakeRuntime, POS, fn } from './lib-fake-runtime';

class TestClosure extends LuaFunction {
  constructor(public env: LuaTable) {
    super();
  }
}

describe('package library', () => {
  let dir: string;
  let rt: FakeRuntime;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lua-pkg-'));
    rt = new FakeRuntime();
    openPackage(rt);
    const pkg = rt.lookup('package') as LuaTable;
    pkg.setStr('path', `${dir}/?.lua;${dir}/?/init.lua`);
    pkg.setStr('cpath', `${dir}/?.so`);
  });

  it('has 5.1 defaults', () => {
    const fresh = new FakeRuntime();
    delete process.env.LUA_PATH;
    openPackage(fresh);
    const path = fresh.lookup('package.path') as string;
    expect(path.startsWith('./?.lua;')).toBe(true);
    expect(fresh.lookup('package.cpath')).toBe('./?.so;/usr/local/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so');
    expect(fresh.lookup('package.config')).toBe('/\n;\n?\n!\n-');
    expect(fresh.lookup('package.loaded')).toBe(fresh.loaded);
    expect(fresh.loaded.getStr('package')).toBe(fresh.lookup('package'));
    process.env.LUA_PATH = '/x/?.lua;;';
    const withEnv = new FakeRuntime();
    openPackage(withEnv);
    delete process.env.LUA_PATH;
    // LUA_PATH='/x/?.lua;;' lua5.1 -e 'print(package.path)': ';;' becomes ';<default>;'
    expect(withEnv.lookup('package.path')).toBe(`/x/?.lua;${path};`);
    expect(withEnv.run('package.loadlib', 'x', 'y')).toEqual([undefined, 'dynamic libraries not enabled; check your Lua installation', 'absent']);
  });

  it('loads Lua files once and caches them in package.loaded', () => {
    writeFileSync(join(dir, 'm1.lua'), 'return "m1"');
    expect(rt.run('require', 'm1')).toEqual(['return "m1"']);
    expect(rt.loaded.getStr('m1')).toBe('return "m1"');
    writeFileSync(join(dir, 'm1.lua'), 'changed');
    expect(rt.run('require', 'm1')).toEqual(['return "m1"']);
    const sub = join(dir, 'dirmod');
    mkdirSync(sub);
    writeFileSync(join(sub, 'init.lua'), 'return "init"');
    expect(rt.run('require', 'dirmod')).toEqual(['return "init"']);
  });

  it('stores true for modules that return nothing', () => {
    const pre = rt.lookup('package.preload') as LuaTable;
    pre.setStr('quiet', fn(() => []));
    expect(rt.run('require', 'quiet')).toEqual([true]);
    expect(rt.loaded.getStr('quiet')).toBe(true);
  });

  it('passes the name to preload loaders', () => {
    const pre = rt.lookup('package.preload') as LuaTable;
    pre.setStr('pre', fn((...a) => [a.length, ...a]));
    expect(rt.run('require', 'pre')).toEqual([1]);
    expect(rt.loaded.getStr('pre')).toBe(1);
  });

  it('lists every place it looked', () => {
    expect(rt.fail('require', 'a.b')).toBe(
      POS +
        "module 'a.b' not found:\n\tno field package.preload['a.b']\n" +
        `\tno file '${dir}/a/b.lua'\n\tno file '${dir}/a/b/init.lua'\n\tno file '${dir}/a/b.so'\n\tno file '${dir}/a.so'`,
    );
    (rt.lookup('package') as LuaTable).setStr('path', 5);
    expect(rt.fail('require', 'zz')).toBe(
      POS + "module 'zz' not found:\n\tno field package.preload['zz']\n\tno file '5'\n" + `\tno file '${dir}/zz.so'`,
    );
  });

  it('reports load errors, loops and bad package fields', () => {
    writeFileSync(join(dir, 'bad.lua'), '@syntax');
    expect(rt.fail('require', 'bad')).toBe(
      POS + `error loading module 'bad' from file '${dir}/bad.lua':\n\t[string "@${dir}/bad.lua"]:1: unexpected symbol near '@'`,
    );
    const pre = rt.lookup('package.preload') as LuaTable;
    pre.setStr('loopy', fn(() => rt.run('require', 'loopy')));
    expect(rt.fail('require', 'loopy')).toBe(POS + "loop or previous error loading module 'loopy'");
    writeFileSync(join(dir, 'native.so'), '');
    expect(rt.fail('require', 'native')).toBe(
      POS + `error loading module 'native' from file '${dir}/native.so':\n\tdynamic libraries not enabled; check your Lua installation`,
    );
    expect(rt.fail('require')).toBe(POS + "bad argument #1 to 'require' (string expected, got no value)");
    (rt.lookup('package') as LuaTable).setStr('preload', 5);
    expect(rt.fail('require', 'zz')).toBe(POS + "'package.preload' must be a table");
    (rt.lookup('package') as LuaTable).setStr('loaders', undefined);
    expect(rt.fail('require', 'zz')).toBe(POS + "'package.loaders' must be a table");
  });

  it('declares modules with module() and package.seeall', () => {
    const env = new LuaTable();
    const caller = new TestClosure(env);
    rt.stack = [caller];
    rt.run('module', 'a.b.c', rt.lookup('package.seeall'));
    const m = caller.env;
    expect(m.getStr('_NAME')).toBe('a.b.c');
    expect(m.getStr('_PACKAGE')).toBe('a.b.');
    expect(m.getStr('_M')).toBe(m);
    expect(rt.loaded.getStr('a.b.c')).toBe(m);
    const a = rt.globals.getStr('a') as LuaTable;
    expect((a.getStr('b') as LuaTable).getStr('c')).toBe(m);
    expect(m.metatable?.getStr('__index')).toBe(rt.globals);
    rt.globals.setStr('x', 1);
    expect(rt.fail('module', 'x.y')).toBe(POS + "name conflict for module 'x.y'");
    rt.stack = [];
    expect(rt.fail('module', 'other')).toBe(POS + "'module' not called from a Lua function");
    const t = new LuaTable();
    rt.run('package.seeall', t);
    expect(rt.index(t, 'package')).toBe(rt.lookup('package'));
  });
});
