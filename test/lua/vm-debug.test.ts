/** The Lua VM: the debug library's view of the stack (tracebacks, getinfo, getlocal) as lua5.1 gives it. */

import { runLua } from './vm-helpers';

describe('Lua VM: debug', () => {
  it('traceback format', () => {
    const r = runLua(`
local function lvl3() print(debug.traceback("msg")) end
local function lvl2() lvl3() end
function glob() lvl2() end
glob()
local t = {}
function t.m() print(debug.traceback()) end
t.m()
print(debug.traceback("from level 2", 2))
print(debug.traceback(nil))
print(debug.traceback(12))
print(type(debug.traceback({})))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('msg\nstack traceback:\n\ttest.lua:2: in function \'lvl3\'\n\ttest.lua:3: in function \'lvl2\'\n\ttest.lua:4: in function \'glob\'\n\ttest.lua:5: in main chunk\n\t[C]: ?\nstack traceback:\n\ttest.lua:7: in function \'m\'\n\ttest.lua:8: in main chunk\n\t[C]: ?\nfrom level 2\nstack traceback:\n\t[C]: ?\nnil\n12\nstack traceback:\n\ttest.lua:11: in main chunk\n\t[C]: ?\ntable\n');
  });
  it('tracebacks show tail calls and cut long stacks', () => {
    const r = runLua(`
local function tc(n) if n == 0 then print(debug.traceback()) return end return tc(n - 1) end
tc(3)
local function rec(n) if n == 0 then print(debug.traceback()) return 0 end return 1 + rec(n - 1) end
rec(30)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('stack traceback:\n\ttest.lua:2: in function <test.lua:2>\n\t(tail call): ?\n\t(tail call): ?\n\t(tail call): ?\n\ttest.lua:3: in main chunk\n\t[C]: ?\nstack traceback:\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\t...\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:4: in function \'rec\'\n\ttest.lua:5: in main chunk\n\t[C]: ?\n');
  });
  it('traceback of a suspended coroutine', () => {
    const r = runLua(`
local co = coroutine.create(function() local function inner() coroutine.yield() end inner() end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "hi"))
print(debug.traceback(co, "lvl", 1))
local dead = coroutine.create(function() error("x") end)
coroutine.resume(dead)
print(debug.traceback(dead))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('stack traceback:\n\t[C]: in function \'yield\'\n\ttest.lua:2: in function \'inner\'\n\ttest.lua:2: in function <test.lua:2>\nhi\nstack traceback:\n\t[C]: in function \'yield\'\n\ttest.lua:2: in function \'inner\'\n\ttest.lua:2: in function <test.lua:2>\nlvl\nstack traceback:\n\ttest.lua:2: in function \'inner\'\n\ttest.lua:2: in function <test.lua:2>\nstack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:7: in function <test.lua:7>\n');
  });
  it('getinfo by level and by function', () => {
    const r = runLua(`
local info = debug.getinfo(1)
print(info.currentline, info.short_src, info.source, info.what, info.name, info.namewhat, info.linedefined, info.lastlinedefined, info.nups, info.func ~= nil)
local up = 1
local function named() local i = debug.getinfo(1, "nSlu"); print(i.name, i.namewhat, i.what, i.currentline, i.linedefined, i.lastlinedefined, i.nups, up) end
named()
local t = {f = function() local i = debug.getinfo(1, "n") print(i.name, i.namewhat) end}
t.f()
t:f()
local i2 = debug.getinfo(print)
print(i2.what, i2.short_src, i2.source, i2.currentline, i2.linedefined, i2.name)
print(debug.getinfo(100))
print(debug.getinfo(1, "l").currentline, debug.getinfo(1, "f").func ~= nil, debug.getinfo(1, "S").currentline)
print(pcall(debug.getinfo, {}))
local function caller() return debug.getinfo(2, "l").currentline end
print(caller())
local function tailinfo() return debug.getinfo(1, "nS") end
local function calls() return tailinfo() end
local ti = calls()
print(ti.name, ti.what)
local ti2 = debug.getinfo(2)
print(ti2.what, ti2.short_src)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('2\ttest.lua\t@test.lua\tmain\tnil\t\t0\t0\t0\ttrue\nnamed\tlocal\tLua\t5\t5\t5\t1\t1\nf\tfield\nf\tmethod\nC\t[C]\t=[C]\t-1\t-1\tnil\nnil\n13\ttrue\tnil\nfalse\tbad argument #1 to \'?\' (function or level expected)\n16\nnil\tLua\nC\t[C]\n');
  });
  it('getlocal, getupvalue and hooks', () => {
    const r = runLua(`
local function f(a, b)
  local c = a + b
  print(debug.getlocal(1, 1), debug.getlocal(1, 2), debug.getlocal(1, 3))
  print(debug.getlocal(1, 10))
end
f(1, 2)
local u1, u2 = "one", "two"
local function g() return u1, u2 end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3))
print(debug.setupvalue(g, 2, "changed"), g())
local hook = function() end
debug.sethook(hook, "lrc", 0)
local h, m, c = debug.gethook()
print(h == hook, m, c)
debug.sethook()
print(debug.gethook())
print(pcall(debug.getlocal, 50, 1))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('a\tb\tc\t3\nnil\nu1\tu2\nu2\tone\tchanged\ntrue\tcrl\t0\nnil\t\t0\nfalse\tbad argument #1 to \'?\' (level out of range)\n');
  });
});
