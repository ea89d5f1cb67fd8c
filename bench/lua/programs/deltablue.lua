-- deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson, Maloney and Borning).
-- Variables are linked by constraints of different strengths; adding or removing a constraint
-- incrementally re-plans which constraint determines each variable, and a plan computed from
-- the edit constraints propagates new values. Constraints are tables whose metatables chain
-- (EqualityConstraint -> BinaryConstraint -> Constraint). Each of n rounds runs two tests on
-- 100 variables: a chain of equalities, and a projection through scale constraints; both
-- check the values they propagate and count the constraints of the plans they execute.
local n = tonumber((...)) or 300

local VARIABLES = 100
-- Constraints executed per round: the chain's plan (the edit and the equalities) 100 times;
-- in the projection, 10 times each plans of 2 (edit, one scale constraint) for a source and
-- for a destination, and of 1 + VARIABLES for the scale and for the offset.
local PLANNED_PER_ROUND = 100 * (1 + VARIABLES) + 10 * (2 + 2 + 2 * (1 + VARIABLES))

-- Strengths: a smaller number is a stronger constraint.
local REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = 0, 1, 2, 3, 4, 5, 6

local function stronger(s1, s2) return s1 < s2 end
local function weaker(s1, s2) return s1 > s2 end
local function weakest(s1, s2) if weaker(s1, s2) then return s1 end return s2 end

local NONE, FORWARD, BACKWARD = 0, 1, -1

local planner -- the planner of the current test, which constraints add themselves to

-- Removes the first occurrence of value from the array list.
local function removeValue(list, value)
  for i = 1, #list do
    if list[i] == value then
      table.remove(list, i)
      return
    end
  end
end

local Variable = {}
Variable.__index = Variable

function Variable.new(name, value)
  return setmetatable({
    name = name, value = value or 0, constraints = {}, determinedBy = nil,
    mark = 0, walkStrength = WEAKEST, stay = true,
  }, Variable)
end

function Variable:addConstraint(c)
  local constraints = self.constraints
  constraints[#constraints + 1] = c
end

function Variable:removeConstraint(c)
  removeValue(self.constraints, c)
  if self.determinedBy == c then self.determinedBy = nil end
end

-- Constraint: what all constraints share. Subclasses provide addToGraph, removeFromGraph,
-- chooseMethod, isSatisfied, markInputs, markUnsatisfied, output, recalculate, inputsKnown
-- and execute.
local Constraint = {}
Constraint.__index = Constraint

function Constraint:addConstraint()
  self:addToGraph()
  planner:incrementalAdd(self)
end

-- Makes this constraint satisfied if it can, with a method that does not write a variable
-- marked with mark; returns the constraint it overrides, or nil.
function Constraint:satisfy(mark)
  self:chooseMethod(mark)
  if not self:isSatisfied() then
    if self.strength == REQUIRED then error("deltablue: could not satisfy a required constraint") end
    return nil
  end
  self:markInputs(mark)
  local out = self:output()
  local overridden = out.determinedBy
  if overridden ~= nil then overridden:markUnsatisfied() end
  out.determinedBy = self
  if not planner:addPropagate(self, mark) then error("deltablue: cycle encountered") end
  out.mark = mark
  return overridden
end

function Constraint:destroyConstraint()
  if self:isSatisfied() then
    planner:incrementalRemove(self)
  else
    self:removeFromGraph()
  end
end

function Constraint:isInput() return false end

-- UnaryConstraint: a constraint on one variable.
local UnaryConstraint = setmetatable({}, { __index = Constraint })
UnaryConstraint.__index = UnaryConstraint

function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.myOutput = v
  self.satisfied = false
  self:addConstraint()
  return self
end

function UnaryConstraint:addToGraph()
  self.myOutput:addConstraint(self)
  self.satisfied = false
end

function UnaryConstraint:removeFromGraph()
  self.myOutput:removeConstraint(self)
  self.satisfied = false
end

function UnaryConstraint:chooseMethod(mark)
  local out = self.myOutput
  self.satisfied = out.mark ~= mark and stronger(self.strength, out.walkStrength)
end

function UnaryConstraint:isSatisfied() return self.satisfied end
function UnaryConstraint:markInputs(mark) end
function UnaryConstraint:output() return self.myOutput end
function UnaryConstraint:markUnsatisfied() self.satisfied = false end
function UnaryConstraint:inputsKnown(mark) return true end

function UnaryConstraint:recalculate()
  local out = self.myOutput
  out.walkStrength = self.strength
  out.stay = not self:isInput()
  if out.stay then self:execute() end
end

-- StayConstraint: a variable keeps its value.
local StayConstraint = setmetatable({}, { __index = UnaryConstraint })
StayConstraint.__index = StayConstraint

function StayConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength)
end

function StayConstraint:execute() end

-- EditConstraint: a variable is about to be changed from outside.
local EditConstraint = setmetatable({}, { __index = UnaryConstraint })
EditConstraint.__index = EditConstraint

function EditConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength)
end

function EditConstraint:isInput() return true end
function EditConstraint:execute() end

-- BinaryConstraint: a constraint between two variables that can be satisfied in either
-- direction (FORWARD writes v2 from v1, BACKWARD v1 from v2).
local BinaryConstraint = setmetatable({}, { __index = Constraint })
BinaryConstraint.__index = BinaryConstraint

function BinaryConstraint.init(self, v1, v2, strength)
  self.strength = strength
  self.v1 = v1
  self.v2 = v2
  self.direction = NONE
  self:addConstraint()
  return self
end

function BinaryConstraint:addToGraph()
  self.v1:addConstraint(self)
  self.v2:addConstraint(self)
  self.direction = NONE
end

function BinaryConstraint:removeFromGraph()
  self.v1:removeConstraint(self)
  self.v2:removeConstraint(self)
  self.direction = NONE
end

-- Writes the variable that is not marked, or else the weaker one when this constraint is
-- stronger than it.
function BinaryConstraint:chooseMethod(mark)
  local v1, v2, strength = self.v1, self.v2, self.strength
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(strength, v2.walkStrength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
  elseif v2.mark == mark then
    if stronger(strength, v1.walkStrength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  elseif weaker(v1.walkStrength, v2.walkStrength) then
    if stronger(strength, v1.walkStrength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
  elseif stronger(strength, v2.walkStrength) then
    self.direction = FORWARD
  else
    self.direction = BACKWARD
  end
end

function BinaryConstraint:isSatisfied() return self.direction ~= NONE end
function BinaryConstraint:markUnsatisfied() self.direction = NONE end

function BinaryConstraint:input()
  if self.direction == FORWARD then return self.v1 end
  return self.v2
end

function BinaryConstraint:output()
  if self.direction == FORWARD then return self.v2 end
  return self.v1
end

function BinaryConstraint:markInputs(mark)
  self:input().mark = mark
end

function BinaryConstraint:inputsKnown(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determinedBy == nil
end

function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end

-- EqualityConstraint: v1 = v2.
local EqualityConstraint = setmetatable({}, { __index = BinaryConstraint })
EqualityConstraint.__index = EqualityConstraint

function EqualityConstraint.new(v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), v1, v2, strength)
end

function EqualityConstraint:execute()
  self:output().value = self:input().value
end

-- ScaleConstraint: v2 = v1 * scale + offset, with scale and offset variables too.
local ScaleConstraint = setmetatable({}, { __index = BinaryConstraint })
ScaleConstraint.__index = ScaleConstraint

function ScaleConstraint.new(src, scale, offset, dest, strength)
  local self = setmetatable({ scale = scale, offset = offset }, ScaleConstraint)
  return BinaryConstraint.init(self, src, dest, strength)
end

function ScaleConstraint:addToGraph()
  BinaryConstraint.addToGraph(self)
  self.scale:addConstraint(self)
  self.offset:addConstraint(self)
end

function ScaleConstraint:removeFromGraph()
  BinaryConstraint.removeFromGraph(self)
  self.scale:removeConstraint(self)
  self.offset:removeConstraint(self)
end

function ScaleConstraint:markInputs(mark)
  BinaryConstraint.markInputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end

function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = (self.v2.value - self.offset.value) / self.scale.value
  end
end

function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

-- A plan: constraints in the order that propagates values from the inputs.
local Plan = {}
Plan.__index = Plan

function Plan.new()
  return setmetatable({ constraints = {}, size = 0 }, Plan)
end

function Plan:add(c)
  local size = self.size + 1
  self.size = size
  self.constraints[size] = c
end

function Plan:execute()
  local constraints = self.constraints
  for i = 1, self.size do constraints[i]:execute() end
end

local Planner = {}
Planner.__index = Planner

function Planner.new()
  return setmetatable({ currentMark = 0, executed = 0 }, Planner)
end

function Planner:newMark()
  self.currentMark = self.currentMark + 1
  return self.currentMark
end

function Planner:incrementalAdd(c)
  local mark = self:newMark()
  local overridden = c:satisfy(mark)
  while overridden ~= nil do overridden = overridden:satisfy(mark) end
end

-- Removes c, then satisfies again, strongest first, the constraints that became unsatisfied.
function Planner:incrementalRemove(c)
  local out = c:output()
  c:markUnsatisfied()
  c:removeFromGraph()
  local unsatisfied = self:removePropagateFrom(out)
  for strength = REQUIRED, WEAK_DEFAULT do
    for i = 1, #unsatisfied do
      local u = unsatisfied[i]
      if u.strength == strength then self:incrementalAdd(u) end
    end
  end
end

-- Appends to list the satisfied constraints on v other than the one determining it.
local function addConstraintsConsumingTo(v, list)
  local determining = v.determinedBy
  local constraints = v.constraints
  for i = 1, #constraints do
    local c = constraints[i]
    if c ~= determining and c:isSatisfied() then list[#list + 1] = c end
  end
end

function Planner:makePlan(sources)
  local mark = self:newMark()
  local plan = Plan.new()
  local todo, head = sources, 1
  while head <= #todo do
    local c = todo[head]
    head = head + 1
    local out = c:output()
    if out.mark ~= mark and c:inputsKnown(mark) then
      plan:add(c)
      out.mark = mark
      addConstraintsConsumingTo(out, todo)
    end
  end
  return plan
end

function Planner:extractPlanFromConstraints(constraints)
  local sources = {}
  for i = 1, #constraints do
    local c = constraints[i]
    if c:isInput() and c:isSatisfied() then sources[#sources + 1] = c end
  end
  return self:makePlan(sources)
end

-- Recalculates the variables downstream of c; false when that reaches a variable marked with
-- mark again (a cycle), after removing c.
function Planner:addPropagate(c, mark)
  local todo, head = { c }, 1
  while head <= #todo do
    local d = todo[head]
    head = head + 1
    if d:output().mark == mark then
      self:incrementalRemove(c)
      return false
    end
    d:recalculate()
    addConstraintsConsumingTo(d:output(), todo)
  end
  return true
end

-- Recalculates the variables downstream of out, which lost its determining constraint;
-- returns the constraints on them that are left unsatisfied.
function Planner:removePropagateFrom(out)
  out.determinedBy = nil
  out.walkStrength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo, head = { out }, 1
  while head <= #todo do
    local v = todo[head]
    head = head + 1
    local constraints = v.constraints
    for i = 1, #constraints do
      local c = constraints[i]
      if not c:isSatisfied() then unsatisfied[#unsatisfied + 1] = c end
    end
    local determining = v.determinedBy
    for i = 1, #constraints do
      local consumer = constraints[i]
      if consumer ~= determining and consumer:isSatisfied() then
        consumer:recalculate()
        todo[#todo + 1] = consumer:output()
      end
    end
  end
  return unsatisfied
end

-- Sets v to value through a plan from an edit constraint on it, run times.
function Planner:change(v, value, times)
  local edit = EditConstraint.new(v, PREFERRED)
  local plan = self:extractPlanFromConstraints({ edit })
  for _ = 1, times do
    v.value = value
    plan:execute()
    self.executed = self.executed + plan.size
  end
  edit:destroyConstraint()
end

-- A chain of size + 1 variables linked by required equalities, the last one staying; a plan
-- from an edit of the first one sets them all.
local function chainTest(size)
  planner = Planner.new()
  local prev, first, last
  for i = 0, size do
    local v = Variable.new("v" .. i)
    if prev ~= nil then EqualityConstraint.new(prev, v, REQUIRED) end
    if i == 0 then first = v end
    if i == size then last = v end
    prev = v
  end
  StayConstraint.new(last, STRONG_DEFAULT)
  local edit = EditConstraint.new(first, PREFERRED)
  local plan = planner:extractPlanFromConstraints({ edit })
  for i = 1, 100 do
    first.value = i
    plan:execute()
    planner.executed = planner.executed + plan.size
    if last.value ~= i then error("deltablue: wrong result: chain test gives " .. last.value .. " for " .. i) end
  end
  return planner.executed
end

-- size pairs of variables, each dst = src * scale + offset; changes the sources, the
-- destinations, the scale and the offset in turn.
local function projectionTest(size)
  planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst
  local dests = {}
  for i = 0, size - 1 do
    src = Variable.new("src" .. i, i)
    dst = Variable.new("dst" .. i, i)
    dests[i + 1] = dst
    StayConstraint.new(src, NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED)
  end
  planner:change(src, 17, 10)
  if dst.value ~= 1170 then error("deltablue: wrong result: projection 1 gives " .. dst.value) end
  planner:change(dst, 1050, 10)
  if src.value ~= 5 then error("deltablue: wrong result: projection 2 gives " .. src.value) end
  planner:change(scale, 5, 10)
  for i = 0, size - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then error("deltablue: wrong result: projection 3 gives " .. dests[i + 1].value) end
  end
  planner:change(offset, 2000, 10)
  for i = 0, size - 2 do
    if dests[i + 1].value ~= i * 5 + 2000 then error("deltablue: wrong result: projection 4 gives " .. dests[i + 1].value) end
  end
  return planner.executed
end

local planned = 0
for _ = 1, n do
  planned = planned + chainTest(VARIABLES) + projectionTest(VARIABLES)
end
if planned ~= PLANNED_PER_ROUND * n then
  error("deltablue: wrong result " .. planned .. " constraints executed in " .. n .. " rounds")
end
print(string.format("deltablue: %d constraints executed in %d rounds", planned, n))
