-- Proper tail calls: unbounded depth in constant stack, mutual recursion, tail calls through varargs and methods.
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
print(count(1000000, 0))
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(300001), is_odd(300001))
local function loop_va(n, ...) if n == 0 then return select("#", ...), ... end return loop_va(n - 1, ...) end
print(loop_va(200000, "a", "b", "c"))
local obj = { n = 0 }
function obj:step(k) if k == 0 then return self.n end self.n = self.n + 1 return self:step(k - 1) end
print(obj:step(250000))
local function via_pcall(n) if n == 0 then return "bottom" end return via_pcall(n - 1) end
print(pcall(via_pcall, 500000))
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
local function ret_multi(n) if n == 0 then return 1, 2, 3 end return ret_multi(n - 1) end
print(ret_multi(100000))
local calls = 0
local callable = setmetatable({}, { __call = function(self, n) calls = calls + 1 if n == 0 then return "callable done" end return self(n - 1) end })
print(callable(100000), calls)
local function not_tail(n) if n == 0 then return 0 end return (not_tail(n - 1)) end
print(not_tail(1000))
local function sum_tail(n, acc) acc = acc or 0 if n == 0 then return acc end return sum_tail(n - 1, acc + n) end
print(sum_tail(100000))
local function deep_nontail(n) if n == 0 then return 0 end return 1 + deep_nontail(n - 1) end
print(deep_nontail(5000))
local function trampoline(f, ...) local r = { f(...) } while type(r[1]) == "function" do r = { r[1](unpack(r, 2)) } end return unpack(r) end
local function tramp_count(n) if n == 0 then return "tramp done" end return function() return tramp_count(n - 1) end end
print(trampoline(tramp_count, 10000))
local function state_a(n) if n <= 0 then return "ended in a" end return (n % 3 == 0) and state_a(n - 1) or state_b(n - 1) end
function state_b(n) if n <= 0 then return "ended in b" end return state_a(n - 2) end
print(state_a(10), state_a(7))
local t = {}
function t.f(n) if n == 0 then return "field tail" end return t.f(n - 1) end
print(t.f(300000))
local function tail_native(s) return string.upper(s) end
print(tail_native("tail into a native"))
local function tail_select(...) return select(2, ...) end
print(tail_select(1, 2, 3))
