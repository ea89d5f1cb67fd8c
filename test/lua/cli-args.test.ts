/** The metajit-lua command line, read as lua.c reads its own plus the JIT options; --jit-log through the command. */

import { LuaUsageError, parseLuaArgs } from '../../sample-vm/lua/cli-args';
import { main } from '../../sample-vm/lua/command';

describe('parseLuaArgs', () => {
  it('takes the script, its arguments and options in any order before it', () => {
    const a = parseLuaArgs(['metajit-lua', '--jit=off', '-e', 'x=1', '--tracer=generic', 'script.lua', 'a', '-e', 'b']);
    expect(a.jit).toBe(false);
    expect(a.tracer).toBe('generic');
    expect(a.actions).toEqual([{ kind: 'exec', chunk: 'x=1' }]);
    expect(a.script).toBe('script.lua');
    expect(a.scriptIndex).toBe(5);
    expect(a.scriptArgs).toEqual(['a', '-e', 'b']);
  });

  it('reads -e and -l glued or separate, in order', () => {
    const a = parseLuaArgs(['lua', '-eprint(1)', '-l', 'mod', '-lother', '-e', 'y=2']);
    expect(a.actions).toEqual([
      { kind: 'exec', chunk: 'print(1)' },
      { kind: 'require', name: 'mod' },
      { kind: 'require', name: 'other' },
      { kind: 'exec', chunk: 'y=2' },
    ]);
    expect(a.script).toBeUndefined();
    expect(a.scriptIndex).toBeUndefined();
  });

  it("treats '-' as stdin and '--' as the end of options", () => {
    expect(parseLuaArgs(['lua', '-', 'z']).script).toBe('-');
    expect(parseLuaArgs(['lua', '-', 'z']).scriptArgs).toEqual(['z']);
    const a = parseLuaArgs(['lua', '--', '-v']);
    expect(a.script).toBe('-v');
    expect(a.version).toBe(false);
    expect(parseLuaArgs(['lua', '--']).script).toBeUndefined();
  });

  it('reports bad command lines as lua.c does', () => {
    expect(() => parseLuaArgs(['lua', '-x'])).toThrow(new LuaUsageError("unrecognized option '-x'"));
    expect(() => parseLuaArgs(['lua', '-e'])).toThrow(new LuaUsageError("'-e' needs argument"));
    expect(() => parseLuaArgs(['lua', '--jit=maybe'])).toThrow(LuaUsageError);
  });

  it('sets -v, -i (which implies -v) and --jit-stats', () => {
    const a = parseLuaArgs(['lua', '-i', '--jit-stats']);
    expect(a.interactive).toBe(true);
    expect(a.version).toBe(true);
    expect(a.stats).toBe(true);
    expect(a.jit).toBe(true);
    expect(a.log).toBe(false);
    expect(parseLuaArgs(['lua', '--jit-log']).log).toBe(true);
  });
});

describe('the metajit-lua command', () => {
  it('--jit-log prints what the JIT does as it happens, in the textual trace format', () => {
    let out = '';
    let err = '';
    const status = main({ argv: ['--jit-log', '-e', 'local s = 0 for i = 1, 3000 do s = s + i end print(s)'], stdout: (s) => (out += s), stderr: (s) => (err += s) });
    expect(status).toBe(0);
    expect(out).toBe('4501500\n');
    expect(err).toMatch(/^# tracing loop at /m);
    expect(err).toMatch(/^# loop 0 at .*, \d+ ops\n\[/m);
    expect(err).toMatch(/^virtualizable_array\(/m);
  });
});
