-- towers: the towers of Hanoi with n disks; each peg is a linked list of disk objects and
-- every move checks that no disk lands on a smaller one. The move count must be 2^n - 1.
local n = tonumber((...)) or 22

local pegs = { false, false, false }
local moves = 0

local function push(peg, disk)
  local top = pegs[peg]
  if top and disk.size >= top.size then
    error("towers: wrong result: disk " .. disk.size .. " placed on disk " .. top.size)
  end
  disk.next = top
  pegs[peg] = disk
end

local function pop(peg)
  local top = pegs[peg]
  if not top then error("towers: wrong result: popped an empty peg") end
  pegs[peg] = top.next
  top.next = false
  return top
end

local function move(from, to, count)
  if count == 1 then
    push(to, pop(from))
    moves = moves + 1
  else
    local other = 6 - from - to
    move(from, other, count - 1)
    move(from, to, 1)
    move(other, to, count - 1)
  end
end

for size = n, 1, -1 do push(1, { size = size, next = false }) end
move(1, 3, n)

local expected = 1
for _ = 1, n do expected = expected * 2 end
expected = expected - 1
if moves ~= expected or pegs[1] or pegs[2] then
  error("towers: wrong result " .. moves .. " moves for " .. n .. " disks, expected " .. expected)
end
print(string.format("towers: %d moves for %d disks", moves, n))
