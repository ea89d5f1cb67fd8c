-- queens: counts every placement of n non-attacking queens on an n x n board by
-- backtracking, row by row, with one table of flags per column and per diagonal.
-- Checked against the known solution counts (OEIS A000170).
local n = tonumber((...)) or 12

local EXPECTED = { 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712, 365596 }

local function solve(size)
  local columnFree, risingFree, fallingFree = {}, {}, {}
  for i = 1, size do columnFree[i] = true end
  for i = 1, 2 * size - 1 do
    risingFree[i] = true
    fallingFree[i] = true
  end
  local function place(row)
    if row > size then return 1 end
    local found = 0
    for col = 1, size do
      local rising, falling = row + col - 1, row - col + size
      if columnFree[col] and risingFree[rising] and fallingFree[falling] then
        columnFree[col], risingFree[rising], fallingFree[falling] = false, false, false
        found = found + place(row + 1)
        columnFree[col], risingFree[rising], fallingFree[falling] = true, true, true
      end
    end
    return found
  end
  return place(1)
end

local solutions = solve(n)
local expected = EXPECTED[n]
if expected == nil then error("queens: wrong result: no expected value for size " .. n) end
if solutions ~= expected then
  error("queens: wrong result " .. solutions .. " for size " .. n .. ", expected " .. expected)
end
print(string.format("queens: %d solutions on a %dx%d board", solutions, n, n))
