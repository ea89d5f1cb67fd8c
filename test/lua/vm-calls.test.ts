/** The Lua VM: calls, results, varargs, closures, tail calls, loops and basic operators (expected outputs from lua5.1). */

import { runLua } from './vm-helpers';

describe('Lua VM: calls and control', () => {
  it('calls, returns and multiple results', () => {
    const r = runLua(`
local function two() return 1, 2 end
local function none() end
print(two())
print(two(), 10)
print((two()))
print(({two(), two()})[3], #{two(), two()})
print(none())
print(select('#', none()), select('#', two()))
local a, b, c = two()
print(a, b, c)
local t = {two(), x = 1, two()}
print(#t, t[1], t[2], t[3])
print(string.format("%d-%d", two()))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('1\t2\n1\t10\n1\n2\t3\n\n0\t2\n1\t2\tnil\n3\t1\t1\t2\n1-2\n');
  });
  it('varargs', () => {
    const r = runLua(`
local function count(...) return select('#', ...) end
local function pass(...) return ... end
local function first(a, ...) return a, select('#', ...) end
print(count(), count(nil), count(nil, nil), count(pass(1, nil, 3)))
print(pass(1, 2, 3))
print(first(9, 8, 7))
local function packed(...) local t = {...} return #t, t[1], t[3] end
print(packed(4, 5, 6))
local function tailv(...) return select(2, ...) end
print(tailv("a", "b", "c"))
print((pass(5, 6)))
local function old(...) return arg and arg.n, arg and arg[2] end
print(old("p", "q", "r"))
local function new(...) return arg, ... end
print(new(1, 2))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('0\t1\t2\t3\n1\t2\t3\n9\t2\n3\t4\t6\nb\tc\n5\n3\tq\nnil\t1\t2\n');
  });
  it('closures share upvalues and loops make a fresh local each iteration', () => {
    const r = runLua(`
local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
print(get())
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for _, v in ipairs({"a", "b"}) do gs[#gs + 1] = function() return v end end
print(gs[1](), gs[2]())
local hs = {}
local j = 0
while j < 3 do
  j = j + 1
  local k = j * 10
  hs[j] = function() k = k + 1 return k end
end
print(hs[1](), hs[1](), hs[2](), hs[3]())
local x = 1
local function setx(v) x = v end
setx(5)
print(x)
local function outer()
  local y = "o"
  return function() return function() return y end end
end
print(outer()()())
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('2\n1\t2\t3\na\tb\n11\t12\t21\t31\n5\no\n');
  });
  it('proper tail calls do not grow the stack', () => {
    const r = runLua(`
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(100000, 0))
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001))
local function viaNative(n) if n == 0 then return "done" end return select(2, nil, n) end
print(viaNative(3))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('100000\nfalse\n3\n');
  });
  it('numeric for semantics', () => {
    const r = runLua(`
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty")
for i = 0, 1, 0.25 do io.write(i, " ") end print()
for i = "1", "2" do io.write(type(i), " ") end print()
for i = 1, 3 do local j = i i = 10 io.write(j, " ") end print()
local n = 0
for i = 1, math.huge do n = n + 1 if n == 5 then break end end
print(n)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('1 2 3 \n3 2 1 \nempty\n0 0.25 0.5 0.75 1 \nnumber number \n1 2 3 \n5\n');
  });
  it('concatenation of numbers and strings, comparisons', () => {
    const r = runLua(`
print(1 .. 2, "a" .. 1.5 .. "b", 10 .. "", -0.0 .. "", 1e100 .. "")
print("a" < "b", "abc" < "abd", "" < "a", "Z" < "a", 1 < 2, 2 <= 2, "b" >= "a")
print(1 == 1.0, "1" == 1, nil == false, {} == {})
local t = {}
print(t == t, t ~= {})
print(not nil, not 0, not false)
print(1 and 2, nil and 1, false or "x", nil or false)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('12\ta1.5b\t10\t-0\t1e+100\ntrue\ttrue\ttrue\ttrue\ttrue\ttrue\ttrue\ntrue\tfalse\tfalse\tfalse\ntrue\ttrue\ntrue\tfalse\ttrue\n2\tnil\tx\tfalse\n');
  });
  it('arithmetic with string coercion', () => {
    const r = runLua(`
print("10" + 1, "3" * "4", "2" ^ 3, -"2", "0x10" + 0, " 5 " * 2)
print(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 1 / 0, -1 / 0)
print(2 ^ 0.5, 10 / 4, 3 - 5)
print(math.huge, -math.huge)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('11\t12\t8\t-2\t16\t10\n1\t2\t-2\t1.5\tinf\t-inf\n1.4142135623731\t2.5\t-2\ninf\t-inf\n');
  });
  it('generic for with pairs, ipairs and a Lua iterator', () => {
    const r = runLua(`
local t = {10, 20, 30}
local s = 0
for i, v in ipairs(t) do s = s + i * v end
print(s)
local keys = {}
for k in pairs({a = 1, b = 2, c = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
local function range(n)
  return function(_, i) if i < n then return i + 1 end end, nil, 0
end
for i in range(4) do io.write(i, ";") end print()
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('140\na,b,c\n1;2;3;4;\n');
  });
  it('tables: constructors, setlist past 50 and lengths', () => {
    const r = runLua(`
local big = {}
for i = 1, 120 do big[i] = i end
local t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
  26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52}
print(#big, #t, t[51], t[52])
local function many() return 1, 2, 3 end
local u = {0, many()}
print(#u, u[4])
print(#"abc", #"")
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('120\t52\t51\t52\n4\t3\n3\t0\n');
  });
  it('globals and the environment', () => {
    const r = runLua(`
x = 5
print(x, _G.x, _G._G == _G, _VERSION)
_G.y = "g"
print(y)
local f = function() return z end
setfenv(f, {z = "env"})
print(f(), z)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('5\t5\ttrue\tLua 5.1\ng\nenv\tnil\n');
  });
  it('a mixed program: loops with closures, assignment order, environments, coroutines', () => {
    const r = runLua(`
-- closures in repeat with upvalue in the condition
local fs = {}
local i = 0
repeat
  local j = i
  fs[#fs + 1] = function() return j end
  i = i + 1
until j >= 3
print(#fs, fs[1](), fs[4]())
-- break out of loops with captured locals
local gs = {}
for k = 1, 10 do
  local v = k * 2
  gs[k] = function() v = v + 1; return v end
  if k == 3 then break end
end
print(#gs, gs[1](), gs[1](), gs[3]())
-- while loop with closure and nested function
local n = 0
local hs = {}
while true do
  n = n + 1
  local captured = n
  hs[n] = function() return captured end
  if n > 4 then break end
end
print(hs[1](), hs[5]())
-- multiple assignment evaluation order
local a, b, c = 1, 2
a, b = b, a
print(a, b, c)
local t = {1, 2}
local idx = 1
idx, t[idx] = idx + 1, 20
print(idx, t[1], t[2])
-- varargs in the middle
local function mid(...) return ..., "end" end
print(mid(1, 2, 3))
print((mid(1, 2, 3)))
-- select negative
print(select(-1, "a", "b", "c"))
-- method on number via string metatable not available
print(pcall(function() return (5):rep(2) end))
-- string coercion in for and concat of floats
for q = 1, 2, 0.5 do io.write(q, ",") end print()
print(0.1 + 0.2, 1e15, 1e16, 2^53, -2^63, 123456789012345678)
-- nested coroutines passing through
local function gen(nn) return coroutine.wrap(function() for x = 1, nn do coroutine.yield(x) end end) end
local outer = coroutine.wrap(function() for v in gen(3) do coroutine.yield(v * 10) end end)
print(outer(), outer(), outer())
-- recursive local function and upvalues of upvalues
local function mk()
  local count = 0
  local function inc() count = count + 1 return function() return count end end
  return inc
end
local inc = mk()
local g1 = inc()
local g2 = inc()
print(g1(), g2())
-- tail call through __call
local callee = setmetatable({}, {__call = function(self, x) return x + 1 end})
local function tc(x) return callee(x) end
print(tc(41))
-- long concat chain with numbers
print(1 .. 2 .. 3 .. "x" .. 4.5)
-- comparison chains
print(1 < 2 == true, "a" .. "b" == "ab")
-- and/or values
print(nil or false, false or nil, 0 and "zero", "" and "empty")
-- numeric for with large step count and float accum
local acc = 0
for z = 10, 1, -3 do acc = acc + z end
print(acc)
-- table.insert/remove interplay with # and varargs
local arr = {}
for z = 1, 5 do table.insert(arr, z) end
table.remove(arr, 1)
print(#arr, unpack(arr))
-- setfenv on a running function level
local function envy() setfenv(1, {print = print, x = "inner"}) print(x) end
envy()
print(x)
-- getfenv(0) returns globals
print(getfenv(0) == _G, getfenv(1) == _G)
-- error with level pointing to caller
local function check(v) if type(v) ~= "number" then error("expected number", 2) end return v end
local function user() return check("x") end
print(pcall(user))
-- tostring of -0 and integers-valued floats
print(-0, 3.0, -3.5, 1/3)
-- string comparisons with high bytes
print("\\200" > "a", "\\0a" < "\\0b", #"\\0\\0")
-- upvalue shared between sibling closures after the frame returns
local function pair() local s = 0 return function() s = s + 1 end, function() return s end end
local p1, p2 = pair()
p1() p1()
print(p2())
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('4\t0\t3\n3\t3\t4\t7\n1\t5\n2\t1\tnil\n2\t20\t2\n1\tend\n1\nc\nfalse\ttest.lua:44: attempt to index a number value\n1,1.5,2,\n0.3\t1e+15\t1e+16\t9.007199254741e+15\t-9.2233720368548e+18\t1.2345678901235e+17\n10\t20\t30\n2\t2\n42\n123x4.5\ntrue\ttrue\nfalse\tnil\tzero\tempty\n22\n4\t2\t3\t4\t5\ninner\nnil\ntrue\ttrue\nfalse\texpected number\n0\t3\t-3.5\t0.33333333333333\ntrue\ttrue\t2\n2\n');
  });
});
