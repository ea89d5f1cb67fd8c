-- A real program: n-queens by backtracking, counting solutions and printing the first boards.
local function solve(n, want_boards)
  local cols, d1, d2, pos = {}, {}, {}, {}
  local count, boards = 0, {}
  local function place(r)
    if r > n then
      count = count + 1
      if want_boards and #boards < want_boards then
        local b = {}
        for i = 1, n do b[i] = string.rep(".", pos[i] - 1) .. "Q" .. string.rep(".", n - pos[i]) end
        boards[#boards + 1] = b
      end
      return
    end
    for c = 1, n do
      if not cols[c] and not d1[r + c] and not d2[r - c + n] then
        cols[c], d1[r + c], d2[r - c + n], pos[r] = true, true, true, c
        place(r + 1)
        cols[c], d1[r + c], d2[r - c + n] = nil, nil, nil
      end
    end
  end
  place(1)
  return count, boards
end
for n = 1, 9 do
  local c = solve(n)
  print(n .. "-queens: " .. c .. " solutions")
end
local c, boards = solve(6, 4)
print("all " .. c .. " boards for n=6:")
for i, b in ipairs(boards) do
  print("solution " .. i)
  for _, row in ipairs(b) do print(row) end
end
local c8, b8 = solve(8, 1)
print("first of " .. c8 .. " for n=8:")
print(table.concat(b8[1], "\n"))
local function valid(cols)
  for i = 1, #cols do
    for j = i + 1, #cols do
      if cols[i] == cols[j] or math.abs(cols[i] - cols[j]) == j - i then return false end
    end
  end
  return true
end
print(valid({ 2, 4, 1, 3 }), valid({ 1, 2, 3, 4 }), valid({ 1 }))
local gen = coroutine.wrap(function()
  local n, pos = 5, {}
  local function place(r)
    if r > n then coroutine.yield(table.concat(pos, "")) return end
    for col = 1, n do
      local ok = true
      for pr = 1, r - 1 do if pos[pr] == col or math.abs(pos[pr] - col) == r - pr then ok = false break end end
      if ok then pos[r] = col place(r + 1) pos[r] = nil end
    end
  end
  place(1)
end)
local sols = {}
for s in gen do sols[#sols + 1] = s end
print(#sols, table.concat(sols, " "))
