-- A real program: a class system with constructors, inheritance, super calls, properties, mixins.
local function class(parent)
  local c = {}
  c.__index = c
  c.super = parent
  if parent then
    setmetatable(c, { __index = parent, __call = function(cls, ...) return cls.new(...) end })
  else
    setmetatable(c, { __call = function(cls, ...) return cls.new(...) end })
  end
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  c.is_a = function(self, k)
    local m = getmetatable(self)
    while m do if m == k then return true end m = m.super end
    return false
  end
  return c
end
local Shape = class()
function Shape:init(name) self.name = name Shape.count = (Shape.count or 0) + 1 end
function Shape:area() return 0 end
function Shape:describe() return string.format("%s with area %.2f", self.name, self:area()) end
Shape.__tostring = function(s) return "Shape<" .. s.name .. ">" end
local Rect = class(Shape)
function Rect:init(w, h) Shape.init(self, "rect") self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
Rect.__tostring = Shape.__tostring
Rect.__eq = function(a, b) return a.w == b.w and a.h == b.h end
Rect.__lt = function(a, b) return a:area() < b:area() end
Rect.__le = function(a, b) return a:area() <= b:area() end
local Square = class(Rect)
function Square:init(s) Rect.init(self, s, s) self.name = "square" end
Square.__tostring = function(s) return "Square[" .. s.w .. "]" end
Square.__eq = Rect.__eq
local Circle = class(Shape)
function Circle:init(r) self.super.init(self, "circle") self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end
local shapes = { Rect(3, 4), Square(5), Circle(1), Shape("blob"), Rect.new(2, 2) }
for _, s in ipairs(shapes) do print(s:describe()) end
print(Shape.count)
print(tostring(shapes[1]), tostring(shapes[2]), tostring(shapes[4]))
print(shapes[2]:is_a(Square), shapes[2]:is_a(Rect), shapes[2]:is_a(Shape), shapes[3]:is_a(Rect))
print(Rect(2, 3) == Rect(2, 3), Rect(2, 3) == Rect(3, 2), Square(2) == Square(2), Rect(2, 2) == Square(2))
print(Rect(1, 1) < Rect(2, 2), Rect(2, 2) <= Rect(1, 4), Rect(5, 5) > Rect(1, 1))
table.sort(shapes, function(a, b) return a:area() < b:area() end)
for _, s in ipairs(shapes) do io.write(s.name, " ") end
print()
local Serializable = {
  serialize = function(self)
    local keys = {}
    for k, v in pairs(self) do if type(v) ~= "function" then keys[#keys + 1] = k end end
    table.sort(keys)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(self[k]) end
    return "{" .. table.concat(parts, ";") .. "}"
  end,
}
local function include(cls, mixin) for k, v in pairs(mixin) do cls[k] = v end return cls end
include(Rect, Serializable)
print(Rect(7, 8):serialize(), Square(3):serialize())
print(Circle.serialize, rawget(Square, "serialize"))
local Account = class()
function Account:init(owner, balance) self.owner = owner self.balance = balance or 0 end
function Account:deposit(v) if v <= 0 then error("invalid amount", 2) end self.balance = self.balance + v return self end
function Account:withdraw(v) if v > self.balance then error({ code = "INSUFFICIENT", need = v - self.balance }) end self.balance = self.balance - v return self end
local acc = Account("ann", 100)
acc:deposit(50):withdraw(30)
print(acc.owner, acc.balance)
local ok, e = pcall(acc.withdraw, acc, 500)
print(ok, e.code, e.need)
print(pcall(acc.deposit, acc, -1))
local Savings = class(Account)
function Savings:init(owner, balance, rate) Account.init(self, owner, balance) self.rate = rate end
function Savings:accrue() return self:deposit(self.balance * self.rate) end
local s = Savings("bob", 1000, 0.05)
s:accrue():accrue()
print(s.owner, s.balance, s:is_a(Account), Account.accrue)
