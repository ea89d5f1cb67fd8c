-- __eq, __lt, __le: when they are consulted, type rules, __le falling back to not __lt.
local log = {}
local function mk(v, mt) return setmetatable({ v = v }, mt) end
local MT = {
  __eq = function(a, b) log[#log + 1] = "eq" return a.v == b.v end,
  __lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end,
  __le = function(a, b) log[#log + 1] = "le" return a.v <= b.v end,
}
local a, b, c = mk(1, MT), mk(2, MT), mk(1, MT)
print(a == c, a == b, a ~= b, a ~= c)
print(a < b, b < a, a <= c, b <= a, a > b, b >= a)
print(table.concat(log, " "))
log = {}
print(a == a, #log)
print(a == 1, #log)
local other = { __eq = function() return true end }
local d = mk(1, other)
print(a == d, #log)
local shared_eq = function(x, y) return true end
local m1 = { __eq = shared_eq }
local m2 = { __eq = shared_eq }
print(mk(1, m1) == mk(2, m2))
local onlylt = { __lt = function(x, y) log[#log + 1] = "lt-only" return x.v < y.v end }
log = {}
local e, f = mk(1, onlylt), mk(2, onlylt)
print(e <= f, f <= e, e >= f)
print(table.concat(log, " "))
print(pcall(function() return a < mk(1, other) end))
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 <= a end))
print(pcall(function() return {} < {} end))
local truthy = setmetatable({}, { __lt = function() return "yes" end, __le = function() return nil end })
print(truthy < truthy, truthy <= truthy, truthy > truthy)
local neq = setmetatable({}, { __eq = function() return false end })
print(neq == neq, rawequal(neq, neq))
local nums = {}
for i = 5, 1, -1 do nums[#nums + 1] = mk(i, MT) end
table.sort(nums)
local out = {}
for i, n in ipairs(nums) do out[i] = n.v end
print(table.concat(out, " "))
local S = { __lt = function(x, y) return #x.s < #y.s end }
local words = {}
for _, w in ipairs({ "ccc", "a", "bb", "dddd" }) do words[#words + 1] = setmetatable({ s = w }, S) end
table.sort(words)
for i, w in ipairs(words) do out[i] = w.s end
print(table.concat(out, " ", 1, 4))
print("a" < "b", pcall(function() return "a" < {} end))
local t1 = setmetatable({}, { __eq = function() return true end })
print(t1 == {}, t1 == "x", t1 == nil)
