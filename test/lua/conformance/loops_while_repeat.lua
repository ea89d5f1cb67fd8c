-- while, repeat-until (whose condition sees the body's locals), break, nested loops.
local i = 0
while i < 5 do i = i + 1 io.write(i, " ") end print()
while false do print("never") end
local n = 10
repeat n = n - 3 io.write(n, " ") until n < 0 print()
repeat local done = true io.write("once ") until done print()
local k = 0
repeat
  local sq = k * k
  k = k + 1
until sq > 20
print("k", k)
local found
local j = 0
while true do
  j = j + 1
  if j % 7 == 0 and j % 5 == 0 then found = j break end
end
print("found", found)
for a = 1, 3 do
  for b = 1, 3 do
    if b == 2 then break end
    io.write(a, ",", b, " ")
  end
end
print()
local outer = 0
while outer < 3 do
  outer = outer + 1
  local inner = 0
  repeat
    inner = inner + 1
    if inner == 2 then break end
  until inner > 5
  io.write(outer, ":", inner, " ")
end
print()
local collatz = 27
local steps = 0
while collatz ~= 1 do
  if collatz % 2 == 0 then collatz = collatz / 2 else collatz = 3 * collatz + 1 end
  steps = steps + 1
end
print("collatz steps", steps)
local x = 1
repeat x = x * 2 until x > 1000
print(x)
local count = 0
while count < 3 do
  local closure = function() return count end
  count = count + 1
  io.write(closure(), " ")
end
print()
local r = 0
repeat
  local v = r
  r = r + 1
  if v == 2 then break end
until false
print("r", r)
local function firstneg(t)
  local idx = 1
  while t[idx] do
    if t[idx] < 0 then return idx end
    idx = idx + 1
  end
  return nil
end
print(firstneg({ 3, 1, -4, 1 }), firstneg({ 1, 2 }))
local s = ""
local c = 0
while #s < 10 do c = c + 1 s = s .. c end
print(s)
local guard = 0
repeat guard = guard + 1 until guard >= 1 and guard % 4 == 0
print(guard)
