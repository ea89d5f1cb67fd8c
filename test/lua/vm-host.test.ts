/** The Lua VM as a host embeds it: LuaVM's API, host exceptions, os.exit, files and limits. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LuaExit, LuaVM } from '../../sample-vm/lua/index';
import { LuaSyntaxError } from '../../sample-vm/lua/syntax/errors';
import { LuaError } from '../../sample-vm/lua/value/error';
import { NativeFunction } from '../../sample-vm/lua/value/function';
import { runLua } from './vm-helpers';

function captured(): { vm: LuaVM; out: () => string } {
  let out = '';
  const vm = new LuaVM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  return { vm, out: () => out };
}

describe('LuaVM', () => {
  it('returns the values of the main chunk and keeps globals between runs', () => {
    const { vm } = captured();
    expect(vm.runString('x = 40 return x + 2, "s", nil', '=input')).toEqual([42, 's', undefined]);
    expect(vm.runString('return x, ...', '=input', )).toEqual([40]);
    expect(vm.runString('return select("#", ...), ...', '=input', [1, 2])).toEqual([2, 1, 2]);
  });

  it('writes bytes as latin1 strings', () => {
    const { vm, out } = captured();
    vm.runString('io.write("caf\\195\\169", "\\n") print(#"\\195\\169")', '=input');
    expect(out()).toBe('caf\u00c3\u00a9\n2\n');
  });

  it('runs a file with its path as the chunk name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luavm-'));
    const file = join(dir, 'prog.lua');
    writeFileSync(file, 'print("from file")\nlocal x = nil\nreturn x.y\n', 'latin1');
    const { vm, out } = captured();
    let err: unknown;
    try {
      vm.runFile(file);
    } catch (e) {
      err = e;
    }
    expect(out()).toBe('from file\n');
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).value).toBe(`${file}:3: attempt to index local 'x' (a nil value)`);
    expect((err as LuaError).traceback).toBe(`stack traceback:\n\t${file}:3: in main chunk\n\t[C]: ?`);
  });

  it('fills the arg table from scriptArgs', () => {
    let out = '';
    const vm = new LuaVM({ stdout: (s) => (out += s), scriptArgs: { script: 'main.lua', args: ['a', 'b'] } });
    vm.runString('print(arg[0], arg[1], arg[2], #arg)', '=input');
    expect(out).toBe('main.lua\ta\tb\t2\n');
  });

  it('throws syntax errors as LuaSyntaxError, and loadstring returns them', () => {
    const { vm, out } = captured();
    expect(() => vm.runString('x = = 1', '=input')).toThrow(LuaSyntaxError);
    vm.runString('print(loadstring("x = = 1"))', '=input');
    expect(out()).toBe(`nil\t[string "x = = 1"]:1: unexpected symbol near '='\n`);
  });

  it('turns a host exception in a native into a Lua error', () => {
    const { vm, out } = captured();
    const g = vm.interpreter.globals;
    g.setStr(
      'broken',
      new NativeFunction(
        'broken',
        () => {
          throw new TypeError('host failure');
        },
        g,
      ),
    );
    vm.runString('print(pcall(broken))', '@host.lua');
    expect(out()).toBe('false\thost.lua:1: TypeError: host failure\n');
    let err: unknown;
    try {
      vm.runString('broken()', '@host.lua');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).value).toBe('host.lua:1: TypeError: host failure');
  });

  it('turns a JavaScript stack overflow in a native into a Lua error', () => {
    const { vm, out } = captured();
    const g = vm.interpreter.globals;
    const recurse = (n: number): number => recurse(n + 1) + 1;
    g.setStr('recurse', new NativeFunction('recurse', () => [recurse(0)], g));
    vm.runString('print(pcall(recurse))\nprint(pcall(function() return 1 + recurse() end))', '@js.lua');
    expect(out()).toBe('false\tjs.lua:1: stack overflow\nfalse\tjs.lua:2: stack overflow\n');
  });

  it('lets os.exit through protected calls and coroutines', () => {
    const { vm } = captured();
    expect(() => vm.runString('pcall(os.exit, 3)', '=input')).toThrow(LuaExit);
    let code: number | undefined;
    try {
      vm.runString('coroutine.wrap(function() pcall(os.exit, 5) end)()', '=input');
    } catch (e) {
      if (e instanceof LuaExit) code = e.code;
    }
    expect(code).toBe(5);
    expect(vm.runString('return 1', '=input')).toEqual([1]);
  });

  it('reports stack overflow quickly and recovers', () => {
    const start = Date.now();
    const r = runLua('local function f() return 1 + f() end\nprint(pcall(f))\nprint(pcall(f))\nf()');
    expect(Date.now() - start).toBeLessThan(5000);
    expect(r.out).toBe('false\ttest.lua:1: stack overflow\nfalse\ttest.lua:1: stack overflow\n');
    expect(r.error).toBe('test.lua:1: stack overflow');
    expect(r.traceback!.split('\n').slice(0, 3)).toEqual(['stack traceback:', '\ttest.lua:1: in function \'f\'', '\ttest.lua:1: in function \'f\'']);
    expect(r.traceback!.endsWith('\ttest.lua:4: in main chunk\n\t[C]: ?')).toBe(true);
  });

  it('runs deep non-tail recursion below the limit and a long tail recursion', () => {
    const r = runLua(
      'local function d(n) if n == 0 then return 0 end return 1 + d(n - 1) end\nprint(d(19000))\n' +
        'local function t(n) if n == 0 then return "ok" end return t(n - 1) end\nprint(t(1000000))',
    );
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('19000\nok\n');
  });
});
