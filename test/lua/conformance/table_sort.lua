-- table.sort: default order for numbers and strings, comparators, errors, large and sorted inputs.
local function show(t) return table.concat(t, " ") end
local nums = { 5, 3, 8, 1, 9, 2, 7, 4, 6, 0 }
table.sort(nums)
print(show(nums))
table.sort(nums, function(a, b) return a > b end)
print(show(nums))
local words = { "pear", "Apple", "banana", "apple", "cherry", "Banana" }
table.sort(words)
print(show(words))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(show(words))
local empty = {}
table.sort(empty)
print(#empty)
local one = { 42 }
table.sort(one)
print(show(one))
local floats = { 1.5, -2.25, 0, 1e10, -1e-10, 3 }
table.sort(floats)
print(show(floats))
local recs = { { n = "c", v = 3 }, { n = "a", v = 1 }, { n = "b", v = 2 }, { n = "d", v = 1 } }
table.sort(recs, function(x, y) if x.v ~= y.v then return x.v < y.v end return x.n < y.n end)
for _, r in ipairs(recs) do io.write(r.n, r.v, " ") end
print()
print(pcall(table.sort, { 1, "x", 2 }))
print(pcall(table.sort, { {}, {} }))
print(pcall(table.sort, { 3, 2, 1 }, 42))
local big = {}
local seed = 12345
for i = 1, 1000 do seed = (seed * 1103515245 + 12345) % 2147483648 big[i] = seed % 1000 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print("1000 sorted", ok, big[1], big[1000])
local sorted = {}
for i = 1, 200 do sorted[i] = i end
table.sort(sorted)
print(sorted[1], sorted[100], sorted[200])
local rev = {}
for i = 1, 200 do rev[i] = 201 - i end
table.sort(rev)
print(rev[1], rev[100], rev[200])
local same = {}
for i = 1, 50 do same[i] = 7 end
table.sort(same)
print(same[1], same[50], #same)
local calls = 0
local t = { 3, 1, 2 }
table.sort(t, function(a, b) calls = calls + 1 return a < b end)
print(show(t), calls > 0)
local mixed_len = { "aaa", "b", "cc", "", "dddd" }
table.sort(mixed_len, function(a, b) return #a < #b end)
print(show(mixed_len))
local by_key = { "x10", "x9", "x100", "x1" }
table.sort(by_key)
print(show(by_key))
table.sort(by_key, function(a, b) return tonumber(a:sub(2)) < tonumber(b:sub(2)) end)
print(show(by_key))
print(pcall(table.sort))
print(pcall(table.sort, { 1, nil, 3 }))
local bytes = { "\255", "\0", "a", "A", "\128" }
table.sort(bytes)
for _, b in ipairs(bytes) do io.write(b:byte(), " ") end
print()
local neg = { -3, -1, -2, -10, 0 }
table.sort(neg, function(a, b) return math.abs(a) < math.abs(b) end)
print(show(neg))
local inf = { math.huge, 1, -math.huge, 0 }
table.sort(inf)
print(show(inf))
