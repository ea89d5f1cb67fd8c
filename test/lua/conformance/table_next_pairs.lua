-- Traversal: next, pairs, ipairs; order-independent checks; clearing fields while traversing.
local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, ",")
end
local t = { 10, 20, 30, x = 1, y = 2, [100] = "h" }
print(sorted_keys(t))
local count = 0
for k, v in pairs(t) do count = count + 1 end
print(count)
for i, v in ipairs(t) do print("ipairs", i, v) end
local holes = { 1, 2, nil, 4 }
for i, v in ipairs(holes) do print("stops at hole", i, v) end
print(next({}))
local one = { only = "v" }
print(next(one))
print(next(one, "only"))
print(pcall(next, one, "missing"))
print(type(next), type(pairs({})), type(ipairs({})))
local f, s, init = pairs(t)
print(f == next, s == t, init)
local g, s2, i2 = ipairs(t)
print(type(g), s2 == t, i2)
print(g(t, 0))
print(g(t, 3))
local clear = {}
for i = 1, 20 do clear["k" .. i] = i end
local visited = 0
for k in pairs(clear) do
  clear[k] = nil
  visited = visited + 1
end
print(visited, next(clear))
local modify = { a = 1, b = 2, c = 3 }
for k, v in pairs(modify) do modify[k] = v * 10 end
print(modify.a, modify.b, modify.c)
local sum = 0
for _, v in pairs({ 1, 2, 3, 4, 5 }) do sum = sum + v end
print(sum)
local arr = {}
for i = 1, 5 do arr[i] = i * i end
local seen = {}
local k, v = next(arr)
while k do seen[#seen + 1] = k .. "=" .. v k, v = next(arr, k) end
table.sort(seen)
print(table.concat(seen, " "))
local ip = {}
for i, v in ipairs({ "a", "b", "c" }) do ip[#ip + 1] = i .. v end
print(table.concat(ip, ","))
local mixed = { "x", "y", key = "z" }
local nk = 0
for _ in pairs(mixed) do nk = nk + 1 end
print(nk)
local nested = { a = { b = { c = 1 } } }
for k1, v1 in pairs(nested) do
  for k2, v2 in pairs(v1) do
    for k3, v3 in pairs(v2) do print(k1, k2, k3, v3) end
  end
end
local bools = { [true] = 1, [false] = 0 }
print(bools[true], bools[false], sorted_keys(bools))
local ipairs_meta = setmetatable({}, { __index = function(_, i) if i <= 3 then return i * 2 end end })
local got = {}
for i, v in ipairs(ipairs_meta) do got[#got + 1] = v end
print(#got)
print(rawequal(t, t), rawequal(t, {}), rawlen)
print(pcall(ipairs))
print(pcall(pairs, nil))
