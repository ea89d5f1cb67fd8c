-- Traversal while modifying: clearing visited fields, updating values, array/hash mixes, rehash growth.
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local function sum_values(t) local s = 0 for _, v in pairs(t) do s = s + v end return s end
local t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 100 do t["k" .. i] = i end
print(count(t), sum_values(t))
local visited = 0
for k, v in pairs(t) do
  visited = visited + 1
  if type(k) == "number" and k % 2 == 0 then t[k] = nil end
  if type(k) == "string" and v % 3 == 0 then t[k] = nil end
end
print(visited, count(t), sum_values(t))
for k, v in pairs(t) do t[k] = v * 2 end
print(count(t), sum_values(t))
for k in pairs(t) do t[k] = nil end
print(count(t), next(t))
local h = {}
for i = 1, 1000 do h["x" .. i] = i end
local n = 0
for k, v in pairs(h) do
  n = n + 1
  h[k] = nil
end
print(n, count(h))
local arr = {}
for i = 1, 64 do arr[i] = i end
local seen = {}
for k, v in pairs(arr) do seen[#seen + 1] = k if k <= 32 then arr[k] = nil end end
table.sort(seen)
print(#seen, seen[1], seen[64], count(arr), #arr == 64 or #arr == 0)
local g = {}
for i = 1, 10 do g[i] = true end
for i = 1, 10 do g[i] = nil end
for i = 1, 10 do g["s" .. i] = i end
print(count(g), #g)
local mix = { 1, 2, 3, a = "x", b = "y" }
mix[4] = 4
mix[10] = 10
mix[2.5] = "float"
mix[-1] = "neg"
mix[0] = "zero"
print(count(mix), #mix == 4, mix[2.5], mix[-1], mix[0])
local keys = {}
for k in pairs(mix) do keys[#keys + 1] = type(k) .. ":" .. tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
local grow = {}
local steps = 0
for i = 1, 5000 do grow[i * 2] = i steps = steps + 1 end
print(count(grow), grow[10000], grow[9999])
local k, v = next(grow)
local walked = 0
while k do walked = walked + 1 k, v = next(grow, k) end
print("walked", walked)
local nested = { a = { 1, 2 }, b = { 3 } }
for key, inner in pairs(nested) do for i in ipairs(inner) do inner[i] = inner[i] * 10 end end
print(nested.a[1], nested.a[2], nested.b[1])
local numkeys = {}
for i = 1, 20 do numkeys[i * 0.5] = i end
print(count(numkeys), numkeys[0.5], numkeys[1], numkeys[10], #numkeys >= 0)
local big = {}
for i = 1, 2 ^ 12 do big[i] = i end
for i = 2 ^ 12, 1, -1 do if i % 2 == 1 then big[i] = nil end end
print(count(big), sum_values(big))
local t2 = { 10, 20, 30 }
local ip = 0
for i, v in ipairs(t2) do ip = ip + 1 if i == 1 then t2[4] = 40 end end
print("ipairs sees appended element", ip)
local t3 = { 10, 20, 30, 40 }
ip = 0
for i, v in ipairs(t3) do ip = ip + 1 if i == 2 then t3[3] = nil end end
print("ipairs stops at new hole", ip)
