-- The length operator: arrays grown and shrunk, trailing nils, constructor holes.
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[10] = nil
print(#t)
t[9] = nil
t[8] = nil
print(#t)
t[#t + 1] = "append"
print(#t, t[#t])
local s = {}
s[1] = 1
s[2] = 2
s[3] = 3
s[3] = nil
print(#s)
s[2] = nil
print(#s)
s[1] = nil
print(#s)
local c = { 1, 2, 3, nil }
print(#c)
local c2 = { 1, 2, nil }
print(#c2)
local c3 = { nil }
print(#c3)
local c4 = { n = 3 }
print(#c4)
local str = "hello"
print(#str, #"", #"\0\0")
local q = {}
for i = 1, 5 do table.insert(q, i) end
print(#q)
table.remove(q)
print(#q)
table.remove(q, 1)
print(#q, q[1])
local grow = {}
for i = 1, 1000 do grow[#grow + 1] = i end
print(#grow, grow[1000])
for i = 1000, 501, -1 do grow[i] = nil end
print(#grow)
local big = {}
for i = 1, 64 do big[i] = true end
print(#big)
for i = 64, 1, -1 do big[i] = nil end
print(#big)
local only_hash = {}
only_hash.x = 1
only_hash.y = 2
print(#only_hash)
local zero = { [0] = "zero" }
print(#zero, zero[0])
local neg = { [-1] = 1 }
print(#neg)
local fl = { [1] = 1, [2] = 2, [3.5] = 3 }
print(#fl)
print(table.getn({ 1, 2, 3 }), table.maxn({ 1, 2, [10] = 3 }), table.maxn({}))
print(table.maxn({ [1.5] = 1, [-3] = 2 }))
local withn = { 1, 2, 3, n = 10 }
print(#withn, withn.n)
print(select("#", unpack({ 1, 2, 3 })))
local function five() return true, 3, "a", nil, "c" end
print(#{ five() }, #{ true, 3, "a", nil, "c" }, #{ pcall(five) })
