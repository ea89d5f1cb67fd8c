-- Numeric for: steps of every sign and size, float accumulation, evaluation once, loop var copies.
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never ") end print("empty ascending")
for i = 0, 1, -1 do io.write("never ") end print("empty descending")
for i = 1, 1 do io.write(i, " ") end print("single")
for i = 0, 1, 0.25 do io.write(i, " ") end print()
for i = 1, 0, -0.5 do io.write(i, " ") end print()
for i = 0, 1, 0.1 do io.write(i, " ") end print()
for i = 1, 2, 0.3 do io.write(i, " ") end print()
for i = -5, 5, 5 do io.write(i, " ") end print()
for i = 1.5, 4 do io.write(i, " ") end print()
for i = 10, 1, -3.5 do io.write(i, " ") end print()
for i = "1", "3" do io.write(i, ":", type(i), " ") end print()
for i = 1, 10 do
  local j = i * 2
  i = i * 100
  io.write(i, "/", j, " ")
end
print()
local calls = 0
local function lim() calls = calls + 1 return 5 end
for i = 1, lim() do end
print("limit evaluated", calls)
local n = 3
for i = 1, n do n = n + 1 io.write(i, " ") end
print("n after", n)
local last
for i = 1, 5 do last = i if i == 3 then break end end
print("break at", last)
for i = 2 ^ 53 - 2, 2 ^ 53 - 1 do io.write(string.format("%.0f ", i)) end print()
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() for i = 1, 2, 0 do return "zero step runs forever? no: returns" end end))
local count = 0
for i = 1, 3 do for j = i, 3 do count = count + 1 end end
print("nested count", count)
local big = 0
for i = 1, 100000 do big = big + i end
print(big)
for i = -1, -3, -1 do io.write(i, " ") end print()
for i = math.huge, math.huge - 1 do print("inf start", i) break end
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = 0.1, 0.35, 0.05 do io.write(string.format("%.2f ", i)) end print()
local fs = {}
for i = 1, 3 do fs[i] = function() i = i + 1 return i end end
print(fs[1](), fs[1](), fs[2](), fs[3]())
for i = 3, 1 do print("never") end
local zero = 0
for i = -zero, 0 do print("zero loop", i) end
