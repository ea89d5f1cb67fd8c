-- storage: allocation of many small tables. Each of n rounds builds a tree of depth 7 where
-- every inner node is a table of 4 children and every leaf an array of 1 to 10 zeros (the
-- length pseudo-random, from a Park-Miller generator reseeded every round), then throws it
-- away. Counts the tables built, (4^7 - 1) / 3 per round, and the leaf cells.
local n = tonumber((...)) or 300

local DEPTH, CHILDREN = 7, 4
local CELLS_PER_ROUND = 22443

-- Park and Miller's minimal standard generator, seed = seed * 16807 mod (2^31 - 1), by
-- Schrage's method so that no intermediate value leaves the 32-bit signed range.
local seed = 1
local function random()
  local hi = math.floor(seed / 127773)
  local lo = seed % 127773
  seed = 16807 * lo - 2836 * hi
  if seed <= 0 then seed = seed + 2147483647 end
  return seed
end

local tables, cells = 0, 0

local function build(depth)
  tables = tables + 1
  if depth == 1 then
    local leaf = {}
    for i = 1, random() % 10 + 1 do leaf[i] = 0 end
    cells = cells + #leaf
    return leaf
  end
  local node = {}
  for i = 1, CHILDREN do node[i] = build(depth - 1) end
  return node
end

for _ = 1, n do
  seed = 1
  build(DEPTH)
end

local perRound = 0
local width = 1
for _ = 1, DEPTH do
  perRound = perRound + width
  width = width * CHILDREN
end
if tables ~= perRound * n or cells ~= CELLS_PER_ROUND * n then
  error("storage: wrong result " .. tables .. " tables and " .. cells .. " cells in " .. n .. " rounds")
end
print(string.format("storage: %d tables, %d leaf cells in %d rounds", tables, cells, n))
