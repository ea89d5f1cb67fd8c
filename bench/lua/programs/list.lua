-- list: Takeuchi's function on linked lists (the classic "takl"): the lengths of the lists
-- stand for the numbers, and "shorter than" for "less than". Each of n rounds runs it on
-- lists of 18, 12 and 6 cells; the result is always the list of 7 cells 7, 6, ..., 1.
local n = tonumber((...)) or 50

local RESULT_LENGTH = 7

local function makeList(length)
  local list = nil
  for value = 1, length do list = { value = value, next = list } end
  return list
end

local function length(list)
  local count = 0
  while list do
    count = count + 1
    list = list.next
  end
  return count
end

-- Whether list x is strictly shorter than list y.
local function isShorter(x, y)
  while y do
    if not x then return true end
    x, y = x.next, y.next
  end
  return false
end

local function tak(x, y, z)
  if not isShorter(y, x) then return z end
  return tak(tak(x.next, y, z), tak(y.next, z, x), tak(z.next, x, y))
end

local total = 0
for _ = 1, n do
  local result = tak(makeList(18), makeList(12), makeList(6))
  if result.value ~= RESULT_LENGTH then
    error("list: wrong result: list headed by " .. result.value .. ", expected " .. RESULT_LENGTH)
  end
  total = total + length(result)
end
if total ~= RESULT_LENGTH * n then
  error("list: wrong result " .. total .. " cells in " .. n .. " rounds, expected " .. RESULT_LENGTH * n)
end
print(string.format("list: %d result cells in %d rounds", total, n))
