-- binary-trees: allocates and walks perfect binary trees of tables (a leaf is an empty table,
-- an inner node the pair of its children). A "stretch" tree of depth n + 1, a long-lived tree
-- of depth n, and 2^(n - d + 4) trees of each depth d = 4, 6, ..., n, each built, counted and
-- dropped (n is at least 6). Sums the node counts of all trees; the sum is checked against
-- the count that the tree sizes give.
local n = tonumber((...)) or 14

local MIN_DEPTH = 4

local function bottomUp(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { bottomUp(depth), bottomUp(depth) }
end

local function countNodes(tree)
  local left = tree[1]
  if left == nil then return 1 end
  return 1 + countNodes(left) + countNodes(tree[2])
end

local function power2(k)
  local p = 1
  for _ = 1, k do p = p * 2 end
  return p
end

local maxDepth = n
if maxDepth < MIN_DEPTH + 2 then maxDepth = MIN_DEPTH + 2 end

local total, expected = 0, 0
total = total + countNodes(bottomUp(maxDepth + 1))
expected = expected + power2(maxDepth + 2) - 1

local longLived = bottomUp(maxDepth)
local trees = 0
for depth = MIN_DEPTH, maxDepth, 2 do
  local iterations = power2(maxDepth - depth + MIN_DEPTH)
  for _ = 1, iterations do total = total + countNodes(bottomUp(depth)) end
  trees = trees + iterations
  expected = expected + iterations * (power2(depth + 1) - 1)
end
total = total + countNodes(longLived)
expected = expected + power2(maxDepth + 1) - 1
trees = trees + 2

if total ~= expected then
  error("binary-trees: wrong result " .. total .. " nodes for depth " .. n .. ", expected " .. expected)
end
print(string.format("binary-trees: %d nodes in %d trees of depth up to %d", total, trees, maxDepth + 1))
