-- table.insert/remove/concat/getn/maxn/setn edge cases.
local t = { 1, 2, 3 }
table.insert(t, 4)
print(table.concat(t, ","))
table.insert(t, 1, 0)
print(table.concat(t, ","))
table.insert(t, 3, 1.5)
print(table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
local empty = {}
print(table.remove(empty), #empty)
print(table.remove(empty, 1))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}))
print(pcall(table.insert, nil, 1))
local big = {}
table.insert(big, 5, "at five")
print(big[5], #big == 0 or #big == 5)
print(table.concat({}), table.concat({}, ","), table.concat({ "a" }, ","))
print(table.concat({ 1, 2, 3 }, ", ", 2), table.concat({ 1, 2, 3 }, "", 2, 3), table.concat({ 1, 2, 3 }, "-", 3, 2))
print(table.concat({ 1, 2.5, "x" }, " "))
print(pcall(table.concat, { 1, nil, 3 }, ",", 1, 3))
print(pcall(table.concat, { true }))
print(pcall(table.concat, { 1, 2 }, ",", 1, 5))
print(table.concat({ "a", "b", "c" }, ", ", 1, 2))
print(table.getn({}), table.getn({ 1, 2 }), table.getn({ n = 5 }))
print(table.maxn({ 1, 2, 3 }), table.maxn({ [5] = 1, [2] = 2 }), table.maxn({ [-1] = 1 }), table.maxn({ [2.5] = 1 }))
print(pcall(table.setn, {}, 1))
local q = {}
for i = 1, 10 do table.insert(q, i) end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "))
local st = {}
for i = 1, 5 do table.insert(st, 1, i) end
print(table.concat(st, " "))
print(table.remove(st, #st), table.remove(st, #st), table.concat(st, " "))
local holes = { 1, 2, 3 }
holes[5] = 5
print(table.concat(holes, ",", 1, 3))
print(table.remove({ 1, 2, 3 }, 3), table.remove({ "only" }))
local r = { "a", "b", "c" }
print(table.remove(r, #r + 1), #r)
print(select("#", table.remove({})))
print(select("#", table.insert({}, 1)))
print(pcall(table.insert, {}, "x", 1))
print(pcall(table.remove, {}, "x"))
local nums = {}
for i = 1, 5 do nums[i] = i * 1.5 end
print(table.concat(nums, " "))
local bignum = {}
for i = 1, 3 do bignum[i] = 10 ^ (i * 6) end
print(table.concat(bignum, " "))
print(type(table.foreach), table.foreachi ~= nil)
table.foreachi({ "x", "y" }, print)
print(table.foreach({ k = "v" }, function(k, v) return k .. v end))
local seq = { 10, 20, 30 }
table.insert(seq, 2, 15)
table.insert(seq, 1, 5)
print(table.concat(seq, " "), #seq)
