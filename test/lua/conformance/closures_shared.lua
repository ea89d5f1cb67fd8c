-- Upvalues shared between closures, closed when their scope ends, and deeply nested.
local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = pair()
print(get())
set(42)
print(get())
local get2, set2 = pair()
set2(7)
print(get(), get2())
local function outer()
  local a = 1
  local function mid()
    local b = 2
    local function inner()
      local c = 3
      return function()
        a = a + 1; b = b + 1; c = c + 1
        return a, b, c
      end
    end
    return inner()
  end
  return mid(), function() return a end
end
local f, geta = outer()
print(f())
print(f())
print(geta())
local x = 1
local function readx() return x end
x = 2
print(readx())
local t = {}
do
  local hidden = "first"
  t.read = function() return hidden end
  t.write = function(v) hidden = v end
end
print(t.read())
t.write("second")
print(t.read())
local function make(n)
  if n == 0 then return function() return "bottom" end end
  local inner = make(n - 1)
  return function() return n .. ">" .. inner() end
end
print(make(5)())
local function fib_memo()
  local memo = {}
  local function fib(n)
    if n < 2 then return n end
    if memo[n] then return memo[n] end
    local r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
  end
  return fib
end
print(fib_memo()(80))
local acc = {}
local function gen(prefix)
  return function(s) acc[#acc + 1] = prefix .. s return #acc end
end
local ga, gb = gen("a:"), gen("b:")
print(ga("1"), gb("2"), ga("3"))
print(table.concat(acc, " "))
local function l1() local u = "deep" return function() return function() return function() return function() return u end end end end end
print(l1()()()()())
local up = 0
local function incr() up = up + 1 end
for _ = 1, 10 do incr() end
print(up)
local co_up = 0
local co = coroutine.wrap(function() for _ = 1, 3 do co_up = co_up + 1 coroutine.yield(co_up) end end)
print(co(), co(), co_up)
local selfref
selfref = function(n) if n > 0 then return selfref(n - 1) end return "selfref done" end
print(selfref(3))
