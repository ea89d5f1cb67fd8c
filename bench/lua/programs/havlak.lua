-- havlak: Havlak's loop recognition (as in Hundt's "Loop Recognition in C++/Java/Go/Scala").
-- Builds a control-flow graph of nested loops: after a first base loop, n trees of 10 loops
-- each holding a chain of 5 base loops (every base loop three nested loops over two
-- diamonds), and runs the loop finder on it 3 times, each time building a fresh loop
-- structure graph with union-find over a depth-first numbering. Every pass must find the
-- loops the graph was built with; the last pass also computes the nesting of the loops.
local n = tonumber((...)) or 40

local PASSES = 3
local LOOPS_PER_TREE, BASE_LOOPS_PER_LOOP = 10, 5
-- The root, the 3 loops of the first base loop, and per tree, LOOPS_PER_TREE loops each
-- with BASE_LOOPS_PER_LOOP base loops of 3 loops.
local EXPECTED_LOOPS = 1 + 3 + n * LOOPS_PER_TREE * (1 + 3 * BASE_LOOPS_PER_LOOP)
-- Blocks 0 and 1, the 11 of the first base loop; per tree a first block, then per loop a
-- block after its top and a bottom block, and the 10 blocks each base loop adds.
local EXPECTED_BLOCKS = 2 + 11 + n * (1 + LOOPS_PER_TREE * (2 + 10 * BASE_LOOPS_PER_LOOP))
-- The deepest loops (the inner loops of a base loop) sit in their base loop, which sits in a
-- tree loop, which sits in the root.
local EXPECTED_DEPTH = 3

local BasicBlock = {}
BasicBlock.__index = BasicBlock

function BasicBlock.new(name)
  return setmetatable({ name = name, inEdges = {}, outEdges = {} }, BasicBlock)
end

-- The control-flow graph: blocks by name (names are 0, 1, 2, ...; block name is at name + 1).
local Cfg = {}
Cfg.__index = Cfg

function Cfg.new()
  return setmetatable({ blocks = {}, numBlocks = 0 }, Cfg)
end

function Cfg:createNode(name)
  local block = self.blocks[name + 1]
  if block == nil then
    block = BasicBlock.new(name)
    self.blocks[name + 1] = block
    if name + 1 > self.numBlocks then self.numBlocks = name + 1 end
  end
  return block
end

function Cfg:addEdge(fromName, toName)
  local from, to = self:createNode(fromName), self:createNode(toName)
  from.outEdges[#from.outEdges + 1] = to
  to.inEdges[#to.inEdges + 1] = from
end

-- A loop of the loop structure graph: its blocks, the loops nested in it, its parent.
local SimpleLoop = {}
SimpleLoop.__index = SimpleLoop

function SimpleLoop.new(header, isReducible, counter)
  local loop = setmetatable({
    header = header, isReducible = isReducible, counter = counter, isRoot = false,
    blocks = {}, children = {}, parent = nil, nestingLevel = 0, depthLevel = 0,
  }, SimpleLoop)
  if header ~= nil then loop.blocks[1] = header end
  return loop
end

function SimpleLoop:addNode(block)
  self.blocks[#self.blocks + 1] = block
end

function SimpleLoop:setParent(parent)
  self.parent = parent
  parent.children[#parent.children + 1] = self
end

-- The loop structure graph: every loop found, and an artificial root loop around them.
local Lsg = {}
Lsg.__index = Lsg

function Lsg.new()
  local lsg = setmetatable({ loops = {}, numLoops = 0 }, Lsg)
  local root = lsg:createNewLoop(nil, true)
  root.isRoot = true
  lsg.root = root
  return lsg
end

function Lsg:createNewLoop(header, isReducible)
  local loop = SimpleLoop.new(header, isReducible, self.numLoops)
  self.numLoops = self.numLoops + 1
  self.loops[self.numLoops] = loop
  return loop
end

local function nestingRec(loop, depth)
  loop.depthLevel = depth
  local children = loop.children
  for i = 1, #children do
    local child = children[i]
    nestingRec(child, depth + 1)
    if child.nestingLevel + 1 > loop.nestingLevel then loop.nestingLevel = child.nestingLevel + 1 end
  end
end

-- Hangs the top-level loops under the root, then sets every loop's depth (from the root)
-- and nesting level (the height of its subtree).
function Lsg:calculateNestingLevel()
  for i = 1, self.numLoops do
    local loop = self.loops[i]
    if not loop.isRoot and loop.parent == nil then loop:setParent(self.root) end
  end
  nestingRec(self.root, 0)
end

-- A node of the union-find structure over the depth-first numbers.
local UnionFindNode = {}
UnionFindNode.__index = UnionFindNode

function UnionFindNode.new()
  return setmetatable({ parent = nil, block = nil, loop = nil, dfsNumber = 0 }, UnionFindNode)
end

function UnionFindNode:init(block, dfsNumber)
  self.parent = self
  self.block = block
  self.dfsNumber = dfsNumber
  self.loop = nil
end

-- The representative of this node's set, with path compression.
function UnionFindNode:findSet()
  local path, count = nil, 0
  local node = self
  while node ~= node.parent do
    if node.parent ~= node.parent.parent then
      if path == nil then path = {} end
      count = count + 1
      path[count] = node
    end
    node = node.parent
  end
  for i = 1, count do path[i].parent = node.parent end
  return node
end

local UNVISITED = -1
local NONHEADER, REDUCIBLE, SELF, IRREDUCIBLE, DEAD = 1, 2, 3, 4, 5

-- Numbers the blocks reachable from block depth-first from current; last[i] is the largest
-- number in the subtree of the block numbered i. Returns the last number used.
local function doDfs(block, nodes, number, last, current)
  nodes[current + 1]:init(block, current)
  number[block.name + 1] = current
  local lastId = current
  local targets = block.outEdges
  for i = 1, #targets do
    local target = targets[i]
    if number[target.name + 1] == UNVISITED then
      lastId = doDfs(target, nodes, number, last, lastId + 1)
    end
  end
  last[current + 1] = lastId
  return lastId
end

-- Whether the block numbered w is an ancestor of the one numbered v in the depth-first tree.
local function isAncestor(w, v, last)
  return w <= v and v <= last[w + 1]
end

-- Adds v to the non-back predecessors of w, a list without duplicates (a short one: a
-- linear search is the fastest membership test).
local function addNonBackPred(nonBackPreds, w, v)
  local list = nonBackPreds[w + 1]
  for i = 1, #list do
    if list[i] == v then return end
  end
  list[#list + 1] = v
end

-- Finds the loops of cfg into lsg (Havlak's algorithm). Arrays are indexed by depth-first
-- number + 1.
local function findLoops(cfg, lsg)
  local size = cfg.numBlocks
  local nonBackPreds, backPreds, number, kind, last, nodes = {}, {}, {}, {}, {}, {}
  for i = 1, size do
    nonBackPreds[i] = {}
    backPreds[i] = {}
    number[i] = UNVISITED
    nodes[i] = UnionFindNode.new()
  end
  doDfs(cfg.blocks[1], nodes, number, last, 0)

  -- Splits the predecessors of every block into back edges (from a descendant) and others.
  for w = 0, size - 1 do
    kind[w + 1] = NONHEADER
    local nodeW = nodes[w + 1].block
    if nodeW == nil then
      kind[w + 1] = DEAD
    else
      local preds = nodeW.inEdges
      for i = 1, #preds do
        local v = number[preds[i].name + 1]
        if v ~= UNVISITED then
          if isAncestor(w, v, last) then
            local list = backPreds[w + 1]
            list[#list + 1] = v
          else
            addNonBackPred(nonBackPreds, w, v)
          end
        end
      end
    end
  end

  -- From the last block to the first: the body of the loop headed by w is what reaches w's
  -- back predecessors backwards without leaving w's depth-first subtree. A block without
  -- back predecessors heads no loop.
  for w = size - 1, 0, -1 do
    local nodeW = nodes[w + 1].block
    local back = backPreds[w + 1]
    if nodeW ~= nil and #back > 0 then
      local pool, inPool = {}, {}
      for i = 1, #back do
        local v = back[i]
        if v ~= w then
          local rep = nodes[v + 1]:findSet()
          if not inPool[rep] then
            inPool[rep] = true
            pool[#pool + 1] = rep
          end
        else
          kind[w + 1] = SELF
        end
      end
      if #pool > 0 then kind[w + 1] = REDUCIBLE end

      local work, head = {}, 1
      for i = 1, #pool do work[i] = pool[i] end
      while head <= #work do
        local x = work[head]
        head = head + 1
        local preds = nonBackPreds[x.dfsNumber + 1]
        for i = 1, #preds do
          local ydash = nodes[preds[i] + 1]:findSet()
          local d = ydash.dfsNumber
          if not isAncestor(w, d, last) then
            kind[w + 1] = IRREDUCIBLE
            addNonBackPred(nonBackPreds, w, d)
          elseif d ~= w and not inPool[ydash] then
            inPool[ydash] = true
            pool[#pool + 1] = ydash
            work[#work + 1] = ydash
          end
        end
      end

      -- Collapses the body into the header's set, and makes it a loop.
      if #pool > 0 or kind[w + 1] == SELF then
        local loop = lsg:createNewLoop(nodeW, kind[w + 1] ~= IRREDUCIBLE)
        local nodeOfW = nodes[w + 1]
        nodeOfW.loop = loop
        for i = 1, #pool do
          local node = pool[i]
          node.parent = nodeOfW
          if node.loop ~= nil then
            node.loop:setParent(loop)
          else
            loop:addNode(node.block)
          end
        end
      end
    end
  end
  return lsg.numLoops
end

-- Building the graph: each function adds edges from block `start` and returns the last
-- block it added.
local cfg = Cfg.new()

local function buildStraight(start, count)
  for i = 0, count - 1 do cfg:addEdge(start + i, start + i + 1) end
  return start + count
end

local function buildDiamond(start)
  cfg:addEdge(start, start + 1)
  cfg:addEdge(start, start + 2)
  cfg:addEdge(start + 1, start + 3)
  cfg:addEdge(start + 2, start + 3)
  return start + 3
end

-- A loop from `from` to a footer, holding two loops, each around a diamond.
local function buildBaseLoop(from)
  local header = buildStraight(from, 1)
  local diamond1 = buildDiamond(header)
  local d11 = buildStraight(diamond1, 1)
  local diamond2 = buildDiamond(d11)
  local footer = buildStraight(diamond2, 1)
  cfg:addEdge(diamond2, d11)
  cfg:addEdge(diamond1, header)
  cfg:addEdge(footer, from)
  return buildStraight(footer, 1)
end

-- Block 0 is the entry and block 1 the exit; a first base loop from block 2 leads to the
-- block from which the trees start, each a chain of loops that ends at the exit.
cfg:createNode(0)
cfg:createNode(1)
cfg:addEdge(0, 2)
local dispatch = buildBaseLoop(2)
local nextBlock = dispatch
for _ = 1, n do
  nextBlock = nextBlock + 1
  cfg:addEdge(dispatch, nextBlock)
  for _ = 1, LOOPS_PER_TREE do
    local top = nextBlock
    nextBlock = buildStraight(nextBlock, 1)
    for _ = 1, BASE_LOOPS_PER_LOOP do nextBlock = buildBaseLoop(nextBlock) end
    local bottom = buildStraight(nextBlock, 1)
    cfg:addEdge(nextBlock, top)
    nextBlock = bottom
  end
  cfg:addEdge(nextBlock, 1)
end

local lsg
for _ = 1, PASSES do
  lsg = Lsg.new()
  local loops = findLoops(cfg, lsg)
  if loops ~= EXPECTED_LOOPS then error("havlak: wrong result " .. loops .. " loops, expected " .. EXPECTED_LOOPS) end
end
lsg:calculateNestingLevel()
local depth = lsg.root.nestingLevel
if cfg.numBlocks ~= EXPECTED_BLOCKS or depth ~= EXPECTED_DEPTH then
  error("havlak: wrong result " .. cfg.numBlocks .. " blocks, loops nested " .. depth .. " deep")
end
print(string.format("havlak: %d loops nested %d deep in %d blocks, %d passes", lsg.numLoops, depth, cfg.numBlocks, PASSES))
