/** The Lua VM: every metamethod, with Lua 5.1's lookup rules (expected outputs from lua5.1). */

import { runLua } from './vm-helpers';

describe('Lua VM: metamethods', () => {
  it('__index as a table chain and as a function', () => {
    const r = runLua(`
local base = {greet = function() return "hi" end}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet(), obj.missing)
local calls = 0
local lazy = setmetatable({}, {__index = function(t, k) calls = calls + 1 return k .. "!" end})
print(lazy.a, lazy[1], calls)
rawset(lazy, "a", "raw")
print(lazy.a, rawget(lazy, "b"))
print(("abc"):upper(), ("x"):rep(2), #("abc"):sub(2))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('hi\tnil\na!\t1!\t2\nraw\tnil\nABC\txx\t2\n');
  });
  it('__newindex as a table and as a function', () => {
    const r = runLua(`
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.x = 1
print(rawget(proxy, "x"), store.x)
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v) rawset(t, k, v) end})
t.a = 1
t.a = 2
t.b = nil
print(table.concat(log, " "), t.a)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('nil\t1\na=1 b=nil\t2\n');
  });
  it('__call', () => {
    const r = runLua(`
local callable = setmetatable({}, {__call = function(self, a, b) return "called", a, b end})
print(callable(1, 2))
print(pcall(callable, "p"))
local function viaTail() return callable("t") end
print(viaTail())
for k, v in setmetatable({}, {__call = function(self, s, c) if not c then return 1, "one" end end}) do print(k, v) end
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('called\t1\t2\ntrue\tcalled\tp\tnil\ncalled\tt\tnil\n1\tone\n');
  });
  it('arithmetic metamethods', () => {
    const r = runLua(`
local mt = {}
local function V(x) return setmetatable({x = x}, mt) end
mt.__add = function(a, b) return V((type(a) == "table" and a.x or a) + (type(b) == "table" and b.x or b)) end
mt.__sub = function(a, b) return "sub" end
mt.__mul = function(a, b) return "mul" end
mt.__div = function(a, b) return "div" end
mt.__mod = function(a, b) return "mod" end
mt.__pow = function(a, b) return "pow" end
mt.__unm = function(a, b) return "unm", rawequal(a, b) end
print((V(1) + V(2)).x, (V(1) + 10).x, (5 + V(1)).x)
print(V(1) - 1, 2 * V(1), V(1) / V(2), V(1) % 2, 2 ^ V(1), -V(1))
print(pcall(function() return V(1) + "x" end))
print(pcall(function() return ("2" + V(1)).x end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('3\t11\t6\nsub\tmul\tdiv\tmod\tpow\tunm\nfalse\ttest.lua:4: attempt to perform arithmetic on local \'b\' (a string value)\ntrue\t3\n');
  });
  it('__concat, __len, __unm and __tostring', () => {
    const r = runLua(`
local mt = {__concat = function(a, b)
  local l = type(a) == "table" and "T" or a
  local r = type(b) == "table" and "T" or b
  return l .. r
end}
local t = setmetatable({}, mt)
print(t .. "x", "x" .. t, 1 .. t, "a" .. "b" .. t .. "c" .. "d")
local arr = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#arr)
local u = newproxy(true)
getmetatable(u).__len = function() return 42 end
print(#u)
local named = setmetatable({}, {__tostring = function() return "I am named" end})
print(named, tostring(named))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('Tx\txT\t1T\tabTcd\n3\n42\nI am named\tI am named\n');
  });
  it('__eq with the same metamethod only', () => {
    const r = runLua(`
local eq = function(a, b) return true end
local m1 = {__eq = eq}
local m2 = {__eq = eq}
local m3 = {__eq = function() return true end}
local a, b = setmetatable({}, m1), setmetatable({}, m1)
local c = setmetatable({}, m2)
local d = setmetatable({}, m3)
print(a == b, a ~= b, a == c, a == d, a == 1, a == "x")
print(setmetatable({}, {}) == setmetatable({}, {}))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('true\tfalse\ttrue\tfalse\tfalse\tfalse\nfalse\n');
  });
  it('__lt and __le, with __le falling back to not __lt', () => {
    const r = runLua(`
local mt = {__lt = function(a, b) return a.v < b.v end}
local function O(v) return setmetatable({v = v}, mt) end
print(O(1) < O(2), O(2) < O(1), O(1) > O(2), O(1) <= O(2), O(2) >= O(3))
mt.__le = function(a, b) return "le" end
print(O(5) <= O(1))
print(pcall(function() return O(1) < 1 end))
print(pcall(function() return setmetatable({}, {__lt = function() return true end}) < setmetatable({}, {__lt = function() return true end}) end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('true\tfalse\tfalse\ttrue\tfalse\ntrue\nfalse\ttest.lua:7: attempt to compare table with number\nfalse\ttest.lua:8: attempt to compare two table values\n');
  });
  it('__metatable protects the metatable', () => {
    const r = runLua(`
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(getmetatable("abc").__index == string)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('locked\nfalse\tcannot change a protected metatable\ntrue\n');
  });
  it('loop in gettable and settable', () => {
    const r = runLua(`
local t = setmetatable({}, {})
getmetatable(t).__index = t
print(pcall(function() return t.x end))
getmetatable(t).__newindex = t
print(pcall(function() t.x = 1 end))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:4: loop in gettable\nfalse\ttest.lua:6: loop in settable\n');
  });
});
