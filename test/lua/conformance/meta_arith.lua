-- Arithmetic metamethods: operand order, mixed operands, fallbacks and errors.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
local function show(v) if type(v) == "table" then return "(" .. v.x .. "," .. v.y .. ")" end return tostring(v) end
V.__add = function(a, b)
  if type(a) == "number" then return vec(a + b.x, a + b.y) end
  if type(b) == "number" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
local p, q = vec(1, 2), vec(3, 4)
print(show(p + q), show(p - q), show(p * q), show(p * 2), show(3 * q))
print(show(q / 2), show(q % 3), show(p ^ 2), show(-p))
print(show(1 + p), show(p + 1), show(p + q + p))
print(show(-(-p)), show(p * 2 + q * 3))
local order = {}
local L = setmetatable({}, { __add = function(a, b) order[#order + 1] = "left" return "L" end })
local R = setmetatable({}, { __add = function(a, b) order[#order + 1] = "right" return "R" end })
print(L + R, R + L, L + 1, 1 + R)
print(table.concat(order, " "))
local strnum = setmetatable({}, { __add = function(a, b) return "meta got " .. type(a) .. " " .. type(b) end })
print(strnum + "10", "10" + strnum)
print("10" + "5", pcall(function() return "x" + strnum end))
print(pcall(function() return {} + 1 end))
print(pcall(function() return p + {} end))
local only_sub = setmetatable({}, { __sub = function() return "sub" end })
print(only_sub - 1, pcall(function() return only_sub + 1 end))
local args = {}
local spy = setmetatable({}, { __unm = function(a, b) args[1] = rawequal(a, b) return "unm" end })
print(-spy, args[1])
local mod = setmetatable({}, { __mod = function(a, b) return type(a) .. "%" .. type(b) end })
print(mod % 2, 2 % mod)
local pw = setmetatable({}, { __pow = function(a, b) return "pow" end })
print(pw ^ 2, 2 ^ pw)
local dv = setmetatable({}, { __div = function(a, b) return "div" end })
print(dv / 0, 0 / dv)
local M = {}
M.__add = function(a, b) return setmetatable({ n = (type(a) == "table" and a.n or a) + (type(b) == "table" and b.n or b) }, M) end
local acc = setmetatable({ n = 0 }, M)
for i = 1, 10 do acc = acc + i end
print(acc.n, getmetatable(acc) == M)
print(pcall(function() return setmetatable({}, { __add = 1 }) + 1 end))
