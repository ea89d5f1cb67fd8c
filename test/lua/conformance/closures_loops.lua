-- Closures created in loops: each iteration of a for loop has a fresh variable.
local fs = {}
for i = 1, 5 do fs[i] = function() return i end end
for i = 1, 5 do io.write(fs[i](), " ") end
print()
local gs = {}
for _, name in ipairs({ "a", "b", "c" }) do gs[#gs + 1] = function() return name end end
print(gs[1](), gs[2](), gs[3]())
local hs = {}
local j = 1
while j <= 3 do
  local k = j
  hs[j] = function() k = k + 10 return k end
  j = j + 1
end
print(hs[1](), hs[1](), hs[2](), hs[3]())
local shared = {}
local n = 0
for i = 1, 3 do shared[i] = function() n = n + i return n end end
print(shared[1](), shared[2](), shared[3](), n)
local rs = {}
local idx = 0
repeat
  idx = idx + 1
  local captured = idx * idx
  rs[idx] = function() return captured end
until captured >= 16
for i = 1, #rs do io.write(rs[i](), " ") end
print()
local function counter()
  local c = 0
  return function() c = c + 1 return c end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
local adders = {}
for i = 1, 3 do
  adders[i] = function(x) return x + i end
end
print(adders[1](10), adders[2](10), adders[3](10))
local loopvar = {}
for i = 10, 1, -3 do loopvar[#loopvar + 1] = function() return i end end
for _, f in ipairs(loopvar) do io.write(f(), " ") end
print()
local modified = {}
for i = 1, 3 do
  local x = i
  modified[i] = function() return x end
  x = x * 100
end
print(modified[1](), modified[2](), modified[3]())
local nested = {}
for i = 1, 2 do
  for j2 = 1, 2 do
    nested[#nested + 1] = function() return i * 10 + j2 end
  end
end
for _, f in ipairs(nested) do io.write(f(), " ") end
print()
local brk
for i = 1, 10 do
  brk = function() return i end
  if i == 4 then break end
end
print(brk())
