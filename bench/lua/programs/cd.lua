-- cd: collision detection between aircraft (as in the CDx benchmark of Kalibera et al.). A
-- simulator moves n aircraft, in pairs that weave around each other, through 100 frames;
-- every 10th frame the last pair is off the radar. For each frame the detector
-- computes every aircraft's motion since the previous frame (positions kept in a red-black
-- tree keyed by call sign), draws the motions onto a grid of voxels (a red-black tree keyed
-- by 2D vectors) to find the motions that may meet, and solves for the intersections of
-- those. The total number of collisions is checked against the value known for n.
local n = tonumber((...)) or 200

local FRAMES = 100
-- Aircraft pairs beyond y = MAX_Y are off the map, hence the same count for 500 and 1000.
local EXPECTED = { [2] = 15, [10] = 151, [20] = 326, [100] = 1726, [200] = 3476, [500] = 5827, [1000] = 5827 }

local MIN_X, MAX_X, MIN_Y, MAX_Y, MIN_Z, MAX_Z = 0, 1000, 0, 1000, 0, 10
local PROXIMITY_RADIUS = 1
local VOXEL_SIZE = 2 * PROXIMITY_RADIUS

-- Vectors: immutable tables with arithmetic methods.
local Vector2 = {}
Vector2.__index = Vector2

function Vector2.new(x, y)
  return setmetatable({ x = x, y = y }, Vector2)
end

function Vector2:plus(other) return Vector2.new(self.x + other.x, self.y + other.y) end
function Vector2:minus(other) return Vector2.new(self.x - other.x, self.y - other.y) end

-- Orders vectors by x, then y: the voxels' order in the voxel map.
local function compareVector2(a, b)
  if a.x ~= b.x then
    if a.x < b.x then return -1 end
    return 1
  end
  if a.y ~= b.y then
    if a.y < b.y then return -1 end
    return 1
  end
  return 0
end

local Vector3 = {}
Vector3.__index = Vector3

function Vector3.new(x, y, z)
  return setmetatable({ x = x, y = y, z = z }, Vector3)
end

function Vector3:plus(o) return Vector3.new(self.x + o.x, self.y + o.y, self.z + o.z) end
function Vector3:minus(o) return Vector3.new(self.x - o.x, self.y - o.y, self.z - o.z) end
function Vector3:dot(o) return self.x * o.x + self.y * o.y + self.z * o.z end
function Vector3:squaredMagnitude() return self:dot(self) end
function Vector3:times(amount) return Vector3.new(self.x * amount, self.y * amount, self.z * amount) end

local function compareNumbers(a, b)
  if a < b then return -1 end
  if a > b then return 1 end
  return 0
end

-- A red-black tree (a map from keys ordered by compare to values). Nodes are tables with
-- key, value, left, right, parent and red; nil stands for the black leaves.
local RedBlackTree = {}
RedBlackTree.__index = RedBlackTree

function RedBlackTree.new(compare)
  return setmetatable({ root = nil, compare = compare, size = 0 }, RedBlackTree)
end

function RedBlackTree:find(key)
  local node, compare = self.root, self.compare
  while node ~= nil do
    local c = compare(key, node.key)
    if c == 0 then return node end
    if c < 0 then node = node.left else node = node.right end
  end
  return nil
end

function RedBlackTree:get(key)
  local node = self:find(key)
  if node == nil then return nil end
  return node.value
end

function RedBlackTree:rotateLeft(x)
  local y = x.right
  x.right = y.left
  if y.left ~= nil then y.left.parent = x end
  y.parent = x.parent
  if x.parent == nil then
    self.root = y
  elseif x == x.parent.left then
    x.parent.left = y
  else
    x.parent.right = y
  end
  y.left = x
  x.parent = y
end

function RedBlackTree:rotateRight(x)
  local y = x.left
  x.left = y.right
  if y.right ~= nil then y.right.parent = x end
  y.parent = x.parent
  if x.parent == nil then
    self.root = y
  elseif x == x.parent.right then
    x.parent.right = y
  else
    x.parent.left = y
  end
  y.right = x
  x.parent = y
end

-- Maps key to value; returns the value key had before, or nil.
function RedBlackTree:put(key, value)
  local parent, node, compare = nil, self.root, self.compare
  local c = 0
  while node ~= nil do
    parent = node
    c = compare(key, node.key)
    if c == 0 then
      local old = node.value
      node.value = value
      return old
    end
    if c < 0 then node = node.left else node = node.right end
  end
  local x = { key = key, value = value, left = nil, right = nil, parent = parent, red = true }
  self.size = self.size + 1
  if parent == nil then
    self.root = x
  elseif c < 0 then
    parent.left = x
  else
    parent.right = x
  end
  -- Restores the red-black properties: no red node has a red parent.
  while x ~= self.root and x.parent.red do
    local p = x.parent
    local g = p.parent
    if p == g.left then
      local uncle = g.right
      if uncle ~= nil and uncle.red then
        p.red, uncle.red, g.red = false, false, true
        x = g
      else
        if x == p.right then
          x = p
          self:rotateLeft(x)
          p = x.parent
        end
        p.red, g.red = false, true
        self:rotateRight(g)
      end
    else
      local uncle = g.left
      if uncle ~= nil and uncle.red then
        p.red, uncle.red, g.red = false, false, true
        x = g
      else
        if x == p.left then
          x = p
          self:rotateRight(x)
          p = x.parent
        end
        p.red, g.red = false, true
        self:rotateLeft(g)
      end
    end
  end
  self.root.red = false
  return nil
end

local function isRed(node) return node ~= nil and node.red end

-- Removes key; returns its value, or nil when it was not there.
function RedBlackTree:remove(key)
  local z = self:find(key)
  if z == nil then return nil end
  local value = z.value
  self.size = self.size - 1
  -- y: the node unlinked from the tree, z itself or its successor.
  local y = z
  if z.left ~= nil and z.right ~= nil then
    y = z.right
    while y.left ~= nil do y = y.left end
  end
  local x = y.left or y.right
  local xParent = y.parent
  if x ~= nil then x.parent = xParent end
  if xParent == nil then
    self.root = x
  elseif y == xParent.left then
    xParent.left = x
  else
    xParent.right = x
  end
  if y ~= z then
    z.key, z.value = y.key, y.value
  end
  if not y.red then self:removeFixup(x, xParent) end
  return value
end

-- Restores the red-black properties after a black node was unlinked above x (which may be
-- a leaf, nil, hence its parent given apart): x carries an extra black.
function RedBlackTree:removeFixup(x, parent)
  while x ~= self.root and not isRed(x) do
    if x == parent.left then
      local w = parent.right
      if w.red then
        w.red, parent.red = false, true
        self:rotateLeft(parent)
        w = parent.right
      end
      if not isRed(w.left) and not isRed(w.right) then
        w.red = true
        x = parent
        parent = x.parent
      else
        if not isRed(w.right) then
          w.left.red, w.red = false, true
          self:rotateRight(w)
          w = parent.right
        end
        w.red, parent.red = parent.red, false
        w.right.red = false
        self:rotateLeft(parent)
        x = self.root
        parent = nil
      end
    else
      local w = parent.left
      if w.red then
        w.red, parent.red = false, true
        self:rotateRight(parent)
        w = parent.left
      end
      if not isRed(w.left) and not isRed(w.right) then
        w.red = true
        x = parent
        parent = x.parent
      else
        if not isRed(w.left) then
          w.right.red, w.red = false, true
          self:rotateLeft(w)
          w = parent.left
        end
        w.red, parent.red = parent.red, false
        w.left.red = false
        self:rotateRight(parent)
        x = self.root
        parent = nil
      end
    end
  end
  if x ~= nil then x.red = false end
end

-- Calls f(key, value) for every entry, in key order.
function RedBlackTree:forEach(f)
  local function walk(node)
    if node == nil then return end
    walk(node.left)
    f(node.key, node.value)
    walk(node.right)
  end
  walk(self.root)
end

-- A motion: where an aircraft was in the previous frame and where it is now.
local Motion = {}
Motion.__index = Motion

function Motion.new(callsign, from, to)
  return setmetatable({ callsign = callsign, from = from, to = to }, Motion)
end

function Motion:delta() return self.to:minus(self.from) end

-- The point where the two aircraft come within PROXIMITY_RADIUS of each other during the
-- frame (moving at constant speed from their old to their new positions), or nil.
function Motion:findIntersection(other)
  local init1, init2 = self.from, other.from
  local vec1, vec2 = self:delta(), other:delta()
  local radius = PROXIMITY_RADIUS
  -- |(init1 - init2) + t (vec1 - vec2)|^2 = radius^2, a quadratic a t^2 + b t + c = 0.
  local dist = init1:minus(init2)
  local dvec = vec1:minus(vec2)
  local a = dvec:squaredMagnitude()
  if a ~= 0 then
    local b = 2 * dist:dot(dvec)
    local c = dist:squaredMagnitude() - radius * radius
    local discr = b * b - 4 * a * c
    if discr < 0 then return nil end
    local root = math.sqrt(discr)
    local v1 = (-b - root) / (2 * a)
    local v2 = (-b + root) / (2 * a)
    if v1 <= v2 and ((v1 <= 1 and 1 <= v2) or (v1 <= 0 and 0 <= v2) or (0 <= v1 and v2 <= 1)) then
      -- They are close at some time of the frame: take the earliest in [0, 1].
      local v = v1
      if v < 0 then v = 0 end
      local result1 = init1:plus(vec1:times(v))
      local result2 = init2:plus(vec2:times(v))
      local result = result1:plus(result2):times(0.5)
      if result.x >= MIN_X and result.x <= MAX_X and result.y >= MIN_Y and result.y <= MAX_Y
        and result.z >= MIN_Z and result.z <= MAX_Z then
        return result
      end
    end
    return nil
  end
  -- Same velocity: the distance does not change.
  if dist:squaredMagnitude() <= radius * radius then return init1:plus(init2):times(0.5) end
  return nil
end

-- The voxel (its lower corner) that holds the point (x, y).
local function voxelHash(position)
  return Vector2.new(VOXEL_SIZE * math.floor(position.x / VOXEL_SIZE), VOXEL_SIZE * math.floor(position.y / VOXEL_SIZE))
end

-- Whether the motion, seen from above, passes within PROXIMITY_RADIUS / 2 of the voxel.
local function isInVoxel(voxel, motion)
  if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y then return false end
  local init, fin = motion.from, motion.to
  local r = PROXIMITY_RADIUS / 2
  local vx, x0, xv = voxel.x, init.x, fin.x - init.x
  local vy, y0, yv = voxel.y, init.y, fin.y - init.y
  -- The times at which the motion enters and leaves the voxel's slabs along x and along y.
  local lowX, highX = (vx - r - x0) / xv, (vx + VOXEL_SIZE + r - x0) / xv
  if xv < 0 then lowX, highX = highX, lowX end
  local lowY, highY = (vy - r - y0) / yv, (vy + VOXEL_SIZE + r - y0) / yv
  if yv < 0 then lowY, highY = highY, lowY end
  local inX = (xv == 0 and vx <= x0 + r and x0 - r <= vx + VOXEL_SIZE)
    or (xv ~= 0 and ((lowX <= 1 and 1 <= highX) or (lowX <= 0 and 0 <= highX) or (0 <= lowX and highX <= 1)))
  local inY = (yv == 0 and vy <= y0 + r and y0 - r <= vy + VOXEL_SIZE)
    or (yv ~= 0 and ((lowY <= 1 and 1 <= highY) or (lowY <= 0 and 0 <= highY) or (0 <= lowY and highY <= 1)))
  return inX and inY
    and (xv == 0 or yv == 0 or (lowY <= highX and highX <= highY) or (lowY <= lowX and lowX <= highY)
      or (lowX <= lowY and highY <= highX))
end

local HORIZONTAL = Vector2.new(VOXEL_SIZE, 0)
local VERTICAL = Vector2.new(0, VOXEL_SIZE)

-- Adds the motion to every voxel it passes, flooding out from voxel to its 8 neighbours.
local function drawMotion(voxelMap, seen, voxel, motion)
  if not isInVoxel(voxel, motion) then return end
  if seen:put(voxel, true) then return end
  local motions = voxelMap:get(voxel)
  if motions == nil then
    motions = {}
    voxelMap:put(voxel, motions)
  end
  motions[#motions + 1] = motion
  local left, right = voxel:minus(HORIZONTAL), voxel:plus(HORIZONTAL)
  drawMotion(voxelMap, seen, left, motion)
  drawMotion(voxelMap, seen, right, motion)
  drawMotion(voxelMap, seen, voxel:minus(VERTICAL), motion)
  drawMotion(voxelMap, seen, voxel:plus(VERTICAL), motion)
  drawMotion(voxelMap, seen, left:minus(VERTICAL), motion)
  drawMotion(voxelMap, seen, left:plus(VERTICAL), motion)
  drawMotion(voxelMap, seen, right:minus(VERTICAL), motion)
  drawMotion(voxelMap, seen, right:plus(VERTICAL), motion)
end

-- The groups of motions that share a voxel.
local function reduceCollisionSet(motions)
  local voxelMap = RedBlackTree.new(compareVector2)
  for i = 1, #motions do
    local motion = motions[i]
    drawMotion(voxelMap, RedBlackTree.new(compareVector2), voxelHash(motion.from), motion)
  end
  local groups = {}
  voxelMap:forEach(function(_, group)
    if #group > 1 then groups[#groups + 1] = group end
  end)
  return groups
end

local CollisionDetector = {}
CollisionDetector.__index = CollisionDetector

function CollisionDetector.new()
  return setmetatable({ state = RedBlackTree.new(compareNumbers) }, CollisionDetector)
end

-- The collisions of a frame, an array of aircraft: each a { callsign, position }.
function CollisionDetector:handleNewFrame(frame)
  local state = self.state
  local motions = {}
  local seen = RedBlackTree.new(compareNumbers)
  for i = 1, #frame do
    local aircraft = frame[i]
    local old = state:put(aircraft.callsign, aircraft.position)
    seen:put(aircraft.callsign, true)
    -- An aircraft that just appeared does not move in this frame.
    motions[i] = Motion.new(aircraft.callsign, old or aircraft.position, aircraft.position)
  end
  local gone = {}
  state:forEach(function(callsign)
    if seen:get(callsign) == nil then gone[#gone + 1] = callsign end
  end)
  for i = 1, #gone do state:remove(gone[i]) end
  if state.size ~= #frame then error("cd: wrong result: " .. state.size .. " aircraft tracked in a frame of " .. #frame) end

  local collisions = 0
  local groups = reduceCollisionSet(motions)
  for g = 1, #groups do
    local group = groups[g]
    for i = 1, #group do
      for j = i + 1, #group do
        if group[i]:findIntersection(group[j]) ~= nil then collisions = collisions + 1 end
      end
    end
  end
  return collisions
end

-- The frame numbered frameNumber (from 0), at time frameNumber / 10: aircraft 2k and 2k + 1
-- (the call signs) are at x = time, and weave around y = 6k, at 2 cos(time) and 2 sin(time)
-- from it. The last pair is absent from every 10th frame.
local function simulate(numAircraft, frameNumber)
  local time = frameNumber / 10
  local frame = {}
  local count = numAircraft
  if frameNumber % 10 == 9 then count = numAircraft - 2 end
  for i = 0, count - 1, 2 do
    frame[#frame + 1] = { callsign = i, position = Vector3.new(time, math.cos(time) * 2 + i * 3, 10) }
    frame[#frame + 1] = { callsign = i + 1, position = Vector3.new(time, math.sin(time) * 2 + i * 3, 10) }
  end
  return frame
end

local detector = CollisionDetector.new()
local collisions = 0
for f = 0, FRAMES - 1 do
  collisions = collisions + detector:handleNewFrame(simulate(n, f))
end
local expected = EXPECTED[n]
if expected == nil then error("cd: wrong result: no expected value for " .. n .. " aircraft") end
if collisions ~= expected then
  error("cd: wrong result " .. collisions .. " collisions for " .. n .. " aircraft, expected " .. expected)
end
print(string.format("cd: %d collisions among %d aircraft in %d frames", collisions, n, FRAMES))
