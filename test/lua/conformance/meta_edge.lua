-- Metamethod edge cases: __index/__newindex loops, type mismatches, metamethods that are not functions.
local loop = setmetatable({}, {})
getmetatable(loop).__index = loop
print(pcall(function() return loop.x end))
local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
print(pcall(function() return a.missing end))
local n1, n2 = {}, {}
setmetatable(n1, { __newindex = n2 })
setmetatable(n2, { __newindex = n1 })
print(pcall(function() n1.x = 1 end))
local chain = {}
local cur = chain
for i = 1, 99 do local nxt = {} setmetatable(cur, { __index = nxt }) cur = nxt end
cur.found = "at depth 99"
print(pcall(function() return chain.found end))
local eqcalls = 0
local E = { __eq = function() eqcalls = eqcalls + 1 return true end }
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
print(e1 == e2, e1 == 1, e1 == "x", 1 == e1, e1 ~= e2, eqcalls)
local ud = newproxy(true)
getmetatable(ud).__eq = function() return true end
print(ud == newproxy(true), ud == ud, e1 == ud)
local L = { __lt = function(x, y) return true end }
local l1 = setmetatable({}, L)
print(l1 < l1, pcall(function() return l1 < 1 end))
print(pcall(function() return 1 < l1 end))
print(pcall(function() return "a" < l1 end))
local C = setmetatable({}, { __concat = function(x, y) return "C" end })
print(C .. C, C .. 1, 1 .. C, "s" .. C, C .. "s" .. "t")
print(pcall(function() return C .. nil end))
print(pcall(function() return nil .. C end))
print(pcall(function() return true .. C end))
local idx_str = setmetatable({}, { __index = "not a table" })
print(pcall(function() return type(idx_str.len), idx_str.nothing end))
local call_tbl = setmetatable({}, { __call = setmetatable({}, { __call = function() return "inner" end }) })
print(pcall(call_tbl))
local unm = setmetatable({}, { __unm = function(x) return "negated" end, __len = function() return 0 end })
print(-unm, #unm)
local arith_str = setmetatable({}, { __add = function(x, y) return type(x) .. "+" .. type(y) end })
print(arith_str + arith_str, 5 + arith_str, "5" + arith_str)
print(pcall(function() return {} + arith_str end))
local index_num = setmetatable({}, { __index = function(t, k) return k end })
print(index_num[1], index_num[1.5], index_num[true], index_num.x)
local newidx_count = 0
local ni = setmetatable({}, { __newindex = function(t, k, v) newidx_count = newidx_count + 1 end })
ni[1] = 1 ni.a = 2 ni[1] = 3
print(newidx_count, rawget(ni, 1), next(ni))
local mt = { __index = function(t, k) return "default" end }
local obj = setmetatable({ present = false }, mt)
print(obj.present, obj.absent)
obj.present = nil
print(obj.present)
print(getmetatable(setmetatable({}, { __metatable = { fake = true } })).fake)
local s = setmetatable({}, { __tostring = function() return "S" end, __concat = function(x, y) return tostring(x) .. "&" .. tostring(y) end })
print(s .. "x", "x" .. s, s .. s)
local len_tbl = setmetatable({ 1, 2, 3 }, { __len = function() return 42 end })
print(#len_tbl, table.getn(len_tbl), select("#", unpack(len_tbl)))
local prox = newproxy(true)
local pm = getmetatable(prox)
pm.__index = { answer = 42 }
pm.__newindex = function(_, k, v) rawset(pm.__index, k, v * 2) end
prox.doubled = 5
print(prox.answer, prox.doubled, type(prox))
print(pcall(function() return newproxy(false).x end))
print(pcall(newproxy, 1))
