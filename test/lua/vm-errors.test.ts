/** The Lua VM: runtime errors, byte for byte as lua5.1 reports them, and pcall/xpcall/error (expected outputs from lua5.1). */

import { runLua } from './vm-helpers';

describe('Lua VM: errors', () => {
  it('operand errors name the variable', () => {
    const r = runLua(`
print(pcall(function() local x; return x + 1 end))
print(pcall(function() return undefinedfn() end))
print(pcall(function() local t = {y = 1}; return t.y.z end))
print(pcall((function() local u; return function() return u.x end end)()))
print(pcall(function() local t = {} t:nomethod() end))
print(pcall(function() local t = {} return t.a.b end))
print(pcall(function() local s = "x"; return s .. {} end))
print(pcall(function() local t = {}; return "x" .. t end))
print(pcall(function() return #nil end))
print(pcall(function() local n; return #n end))
print(pcall(function() return -{} end))
print(pcall(function() local a = "abc"; return a * 2 end))
print(pcall(function() local a; a.b = 1 end))
print(pcall(function() undefinedglobal.x = 1 end))
print(pcall(function() return ("x")() end))
print(pcall(function() for k in nil do end end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: attempt to perform arithmetic on local \'x\' (a nil value)\nfalse\ttest.lua:3: attempt to call global \'undefinedfn\' (a nil value)\nfalse\ttest.lua:4: attempt to index field \'y\' (a number value)\nfalse\ttest.lua:5: attempt to index upvalue \'u\' (a nil value)\nfalse\ttest.lua:6: attempt to call method \'nomethod\' (a nil value)\nfalse\ttest.lua:7: attempt to index field \'a\' (a nil value)\nfalse\ttest.lua:8: attempt to concatenate a table value\nfalse\ttest.lua:9: attempt to concatenate local \'t\' (a table value)\nfalse\ttest.lua:10: attempt to get length of a nil value\nfalse\ttest.lua:11: attempt to get length of local \'n\' (a nil value)\nfalse\ttest.lua:12: attempt to perform arithmetic on a table value\nfalse\ttest.lua:13: attempt to perform arithmetic on local \'a\' (a string value)\nfalse\ttest.lua:14: attempt to index local \'a\' (a nil value)\nfalse\ttest.lua:15: attempt to index global \'undefinedglobal\' (a nil value)\nfalse\ttest.lua:16: attempt to call a string value\nfalse\ttest.lua:17: attempt to call a nil value\n');
  });
  it('comparison, index and for errors', () => {
    const r = runLua(`
print(pcall(function() return {} < {} end))
print(pcall(function() return 1 < nil end))
print(pcall(function() return "a" <= 1 end))
print(pcall(function() return print < print end))
print(pcall(function() local t = {}; t[nil] = 1 end))
print(pcall(function() local t = {}; t[0/0] = 1 end))
print(pcall(function() local t = setmetatable({}, {__newindex = function() end}); t[nil] = 1 end))
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: attempt to compare two table values\nfalse\ttest.lua:3: attempt to compare number with nil\nfalse\ttest.lua:4: attempt to compare string with number\nfalse\ttest.lua:5: attempt to compare two function values\nfalse\ttest.lua:6: table index is nil\nfalse\ttest.lua:7: table index is NaN\nfalse\ttest.lua:8: table index is nil\nfalse\ttest.lua:9: \'for\' initial value must be a number\nfalse\ttest.lua:10: \'for\' limit must be a number\nfalse\ttest.lua:11: \'for\' step must be a number\n');
  });
  it('argument errors name the function as the caller sees it', () => {
    const r = runLua(`
print(pcall(string.rep))
print(pcall(function() string.rep() end))
print(pcall(function() local r = string.rep; r() end))
print(pcall(function() local s = "x"; s.rep() end))
print(pcall(function() local s = "x"; s:rep() end))
print(pcall(function() local s = "x"; s:rep({}) end))
print(pcall(function() ("x").rep({}) end))
print(pcall(function() string.rep("x", "y") end))
print(pcall(function() math.floor() end))
print(pcall(function() setmetatable(1, {}) end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\tbad argument #1 to \'?\' (string expected, got no value)\nfalse\ttest.lua:3: bad argument #1 to \'rep\' (string expected, got no value)\nfalse\ttest.lua:4: bad argument #1 to \'r\' (string expected, got no value)\nfalse\ttest.lua:5: bad argument #1 to \'rep\' (string expected, got no value)\nfalse\ttest.lua:6: bad argument #1 to \'rep\' (number expected, got no value)\nfalse\ttest.lua:7: bad argument #1 to \'rep\' (number expected, got table)\nfalse\ttest.lua:8: bad argument #1 to \'rep\' (string expected, got table)\nfalse\ttest.lua:9: bad argument #2 to \'rep\' (number expected, got string)\nfalse\ttest.lua:10: bad argument #1 to \'floor\' (number expected, got no value)\nfalse\ttest.lua:11: bad argument #1 to \'setmetatable\' (table expected, got number)\n');
  });
  it('error with levels, non-string values and pcall results', () => {
    const r = runLua(`
print(pcall(error))
print(pcall(error, "plain"))
print(pcall(function() error("lvl1") end))
print(pcall(function() error("lvl0", 0) end))
local function inner() error("lvl2", 2) end
local function caller() inner() end
print(pcall(caller))
local ok, e = pcall(function() error({code = 42}) end)
print(ok, type(e), e.code)
print(pcall(function() error(setmetatable({}, {__tostring = function() return "custom" end})) end))
print(select('#', pcall(function() return 1, 2, 3 end)))
print(pcall(function() error(12) end))
print(pcall(function() error(nil) end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\tnil\nfalse\tplain\nfalse\ttest.lua:4: lvl1\nfalse\tlvl0\nfalse\ttest.lua:7: lvl2\nfalse\ttable\t42\nfalse\tcustom\n4\nfalse\ttest.lua:13: 12\nfalse\tnil\n');
  });
  it('xpcall runs the handler before the stack unwinds', () => {
    const r = runLua(`
print(xpcall(function() error("boom") end, debug.traceback))
print(xpcall(function() local x = nil; return x.f end, function(m) return "handled: " .. m end))
print(xpcall(function() error({1, 2}) end, function(e) return #e end))
print(xpcall(function() error("a") end, function(m) error("b") end))
print(xpcall(function() return "fine", 2 end, print))
local function lvl() local i = debug.getinfo(2, "Sl"); return i.short_src .. ":" .. i.currentline end
print(xpcall(function() error("here") end, lvl))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: boom\nstack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:2: in function <test.lua:2>\n\t[C]: in function \'xpcall\'\n\ttest.lua:2: in main chunk\n\t[C]: ?\nfalse\thandled: test.lua:3: attempt to index local \'x\' (a nil value)\nfalse\t2\nfalse\terror in error handling\ntrue\tfine\t2\nfalse\t[C]:-1\n');
  });
  it('stack overflow is a Lua error', () => {
    const r = runLua(`
print(pcall(function() local function f() return 1 + f() end return f() end))
local depth = 0
local function g() depth = depth + 1; g() end
print(pcall(g))
print(depth)
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
print(deep(19000))
print(xpcall(g, debug.traceback))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: stack overflow\nfalse\ttest.lua:4: stack overflow\n19996\n19000\nfalse\ttest.lua:4: stack overflow\nstack traceback:\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\t...\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function \'g\'\n\ttest.lua:4: in function <test.lua:4>\n\t[C]: in function \'xpcall\'\n\ttest.lua:9: in main chunk\n\t[C]: ?\n');
  });
  it('C stack overflow in metamethod recursion', () => {
    const r = runLua(`
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return t.x end))
local function p() return pcall(p) end
print(p())
local s = setmetatable({}, {__add = function(a, b) return a + b end})
print(pcall(function() return s + 1 end))
local n = 0
local u = setmetatable({}, {__index = function(t, k) n = n + 1; return t[k] end})
print(pcall(function() return u.x end), n)
local m = 0
local function q() m = m + 1; local ok, e = pcall(q); return e end
print(q(), m)
local co = 0
local function r() co = co + 1; return coroutine.wrap(r)() end
print(pcall(r), co)
local w = 0
local function rr() w = w + 1; local c = coroutine.create(rr); local ok, e = coroutine.resume(c); return e end
print(rr(), w)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: C stack overflow\ntrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\tfalse\tC stack overflow\nfalse\ttest.lua:6: C stack overflow\nfalse\t196\nC stack overflow\t198\nfalse\t198\nC stack overflow\t199\n');
  });
  it('an uncaught error reports its position and traceback', () => {
    const r = runLua(`
local function lower() error("deep problem") end
local function middle() lower() end
function upper() middle() end
upper()
`);
    expect(r.error).toBe('test.lua:2: deep problem');
    expect(r.traceback).toBe('stack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:2: in function \'lower\'\n\ttest.lua:3: in function \'middle\'\n\ttest.lua:4: in function \'upper\'\n\ttest.lua:5: in main chunk\n\t[C]: ?');
    expect(r.out).toBe('');
  });
  it('an uncaught runtime error in the main chunk', () => {
    const r = runLua(`
local t = nil
print("before")
t.x = 1
`);
    expect(r.error).toBe('test.lua:4: attempt to index local \'t\' (a nil value)');
    expect(r.traceback).toBe('stack traceback:\n\ttest.lua:4: in main chunk\n\t[C]: ?');
    expect(r.out).toBe('before\n');
  });
  it('an uncaught error from a tail-called function', () => {
    const r = runLua(`
local function fail() local x = nil; return x .. "s" end
local function tail() return fail() end
tail()
`);
    expect(r.error).toBe('test.lua:2: attempt to concatenate local \'x\' (a nil value)');
    expect(r.traceback).toBe('stack traceback:\n\ttest.lua:2: in function <test.lua:2>\n\t(tail call): ?\n\ttest.lua:4: in main chunk\n\t[C]: ?');
    expect(r.out).toBe('');
  });
  it('more operand and argument naming', () => {
    const r = runLua(`
print(pcall(function() for k, v in next, 1 do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() local t = setmetatable({}, {__index = string.rep}) return t.x end))
print(pcall(function() return tostring(setmetatable({}, {__tostring = function() return 1 end})) end))
print(pcall(print, setmetatable({}, {__tostring = function() return {} end})))
print(pcall(function() local a = {} ; a.b.c.d = 1 end))
print(pcall(function() x.y.z = 1 end))
print(pcall(function() local t = {} ; return t[1][2] end))
print(pcall(function() local t = {{}} ; return t[1][2][3] end))
print(pcall(function() return math.huge.x end))
print(pcall(function() local s = "str"; return s.x.y end))
print(pcall(function() return (1)() end))
print(pcall(function() local up = {} ; return (function() return up.a.b end)() end))
print(pcall(function() return #print end))
print(pcall(function() return print .. "" end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < 1 end))
print(pcall(function() return nil > nil end))
print(pcall(function() return true <= false end))
print(pcall(function() local a, b = {}, {} return a .. b end))
print(pcall(function() local a = 1 return a .. {} .. "x" end))
print(pcall(string.sub))
print(pcall(function() ("x"):sub({}) end))
print(pcall(function() local t = {} t.f = string.sub t.f() end))
print(pcall(function() local t = {} t.f = string.sub t:f() end))
print(pcall(function() local t = {} t.f = string.sub t:f({}) end))
print(pcall(function() return -nil end))
print(pcall(function() local a = "x" return -a end))
print(pcall(function() local t = {} return t.x + 1 end))
print(pcall(function() return glob + 1 end))
print(pcall(function() local t = {n = "a"} return 2 ^ t.n end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: bad argument #1 to \'(for generator)\' (table expected, got number)\nfalse\ttest.lua:3: bad argument #1 to \'pairs\' (table expected, got nil)\nfalse\ttest.lua:4: bad argument #1 to \'?\' (string expected, got table)\ntrue\t1\nfalse\t\'tostring\' must return a string to \'print\'\nfalse\ttest.lua:7: attempt to index field \'b\' (a nil value)\nfalse\ttest.lua:8: attempt to index global \'x\' (a nil value)\nfalse\ttest.lua:9: attempt to index field \'?\' (a nil value)\nfalse\ttest.lua:10: attempt to index field \'?\' (a nil value)\nfalse\ttest.lua:11: attempt to index field \'huge\' (a number value)\nfalse\ttest.lua:12: attempt to index field \'x\' (a nil value)\nfalse\ttest.lua:13: attempt to call a number value\nfalse\ttest.lua:14: attempt to index field \'a\' (a nil value)\nfalse\ttest.lua:15: attempt to get length of global \'print\' (a function value)\nfalse\ttest.lua:16: attempt to concatenate global \'print\' (a function value)\nfalse\ttest.lua:17: attempt to compare number with string\nfalse\ttest.lua:18: attempt to compare table with number\nfalse\ttest.lua:19: attempt to compare two nil values\nfalse\ttest.lua:20: attempt to compare two boolean values\nfalse\ttest.lua:21: attempt to concatenate local \'a\' (a table value)\nfalse\ttest.lua:22: attempt to concatenate a table value\nfalse\tbad argument #1 to \'?\' (string expected, got no value)\nfalse\ttest.lua:24: bad argument #1 to \'sub\' (number expected, got table)\nfalse\ttest.lua:25: bad argument #1 to \'f\' (string expected, got no value)\nfalse\ttest.lua:26: calling \'f\' on bad self (string expected, got table)\nfalse\ttest.lua:27: calling \'f\' on bad self (string expected, got table)\nfalse\ttest.lua:28: attempt to perform arithmetic on a nil value\nfalse\ttest.lua:29: attempt to perform arithmetic on local \'a\' (a string value)\nfalse\ttest.lua:30: attempt to perform arithmetic on field \'x\' (a nil value)\nfalse\ttest.lua:31: attempt to perform arithmetic on global \'glob\' (a nil value)\nfalse\ttest.lua:32: attempt to perform arithmetic on field \'n\' (a string value)\n');
  });
  it('errors in handlers, coroutines and tail-called natives', () => {
    const r = runLua(`
print(xpcall(function() error("x") end, nil))
local co = coroutine.create(function() local function f() return 1 + f() end return f() end)
print(coroutine.resume(co))
print(pcall(function() return string.rep() end))
local function tailnative() return string.rep() end
print(pcall(tailnative))
print(pcall(function() local t = setmetatable({}, {__tostring = function() error("ts fail") end}) print(t) end))
local ok, tb = xpcall(function() local function inner() error("deep") end inner() end, debug.traceback)
print(tb)
local co2 = coroutine.create(function() error("co err") end)
coroutine.resume(co2)
print(debug.traceback(co2))
print(debug.traceback(co2, "m", 0))
local function lvl() return debug.getinfo(1, "n").name end
local tab = {fn = lvl}
print(tab.fn(), tab:fn(), lvl())
print(select(2, pcall(error, "e", 3)))
print(pcall(error, "e", 1))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\terror in error handling\nfalse\ttest.lua:3: stack overflow\nfalse\ttest.lua:5: bad argument #1 to \'rep\' (string expected, got no value)\nfalse\ttest.lua:6: bad argument #1 to \'rep\' (string expected, got no value)\nfalse\ttest.lua:8: ts fail\ntest.lua:9: deep\nstack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:9: in function \'inner\'\n\ttest.lua:9: in function <test.lua:9>\n\t[C]: in function \'xpcall\'\n\ttest.lua:9: in main chunk\n\t[C]: ?\nstack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:11: in function <test.lua:11>\nm\nstack traceback:\n\t[C]: in function \'error\'\n\ttest.lua:11: in function <test.lua:11>\nfn\tfn\tlvl\ne\nfalse\te\n');
  });
});
