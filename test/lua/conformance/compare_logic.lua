-- Comparison operators across types, and/or/not short-circuit results.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 ~= 2)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "a" < "aa", "10" < "9")
print("a\0b" < "a\0c", "a\0" > "a", "\255" > "a")
print(1 == "1", "1" ~= 1, nil == false, false == false)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f = function() end
print(f == f, print == print, f ~= print)
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return true <= false end))
print(pcall(function() return "a" >= 1 end))
print(nil and 1, false and 1, 0 and 1, "" and "yes")
print(nil or "default", false or nil, 0 or 1, "x" or error("never"))
print(not nil, not false, not 0, not "", not not nil)
print(1 and 2 or 3, nil and 2 or 3, false or false and 1)
print(1 == 1 and "eq" or "ne", 1 == 2 and "eq" or "ne")
local calls = 0
local function side(v) calls = calls + 1 return v end
local r = side(false) and side(true)
print(r, calls)
r = side(true) or side(false)
print(r, calls)
r = side(nil) or side(false) or side("last")
print(r, calls)
print(false == nil, not (false == nil))
local x
print(x == nil, x and x.y, x or "nil x")
print(1 < 2 and 2 < 3, 3 > 2 and 2 > 1 and 1 > 0)
print(math.huge > 1e308, -math.huge < -1e308, 0 == 1 / -math.huge)
print("abc" == "abc", "abc" == "ab" .. "c")
print((1 < 2) == true, (1 > 2) == false)
print(2 > 1 == true)
local a, b = 5, 10
print(a < b and "a smaller" or "b smaller", math.max(a, b))
print(nil == nil, type(nil == nil))
local function cmp(p, q) return p < q, p <= q, p > q, p >= q, p == q, p ~= q end
print(cmp(1, 2))
print(cmp(2, 2))
print(cmp("b", "a"))
print(cmp(-1, -1.5))
