-- Inheritance through __index chains: method lookup, super calls, overriding, rawget/rawset.
local Base = {}
Base.__index = Base
function Base.new(name) return setmetatable({ name = name }, Base) end
function Base:describe() return "Base(" .. self.name .. ")" end
function Base:greet() return "hello from " .. self:describe() end
local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new(name, extra)
  local o = Base.new(name)
  o.extra = extra
  return setmetatable(o, Derived)
end
function Derived:describe() return "Derived(" .. self.name .. "," .. self.extra .. ") <: " .. Base.describe(self) end
local More = setmetatable({}, { __index = Derived })
More.__index = More
function More.new(name) local o = Derived.new(name, "more") return setmetatable(o, More) end
function More:only_more() return "only in More" end
local b, d, m = Base.new("b"), Derived.new("d", 1), More.new("m")
print(b:greet())
print(d:greet())
print(m:greet())
print(m:only_more(), d.only_more, b.only_more)
print(rawget(m, "describe"), rawget(More, "describe"), rawget(Derived, "describe") ~= nil)
m.describe = function() return "instance override" end
print(m:greet())
print(rawget(m, "describe") ~= nil)
rawset(m, "describe", nil)
print(m:greet())
local function isinstance(o, cls)
  local mt = getmetatable(o)
  while mt do
    if mt == cls then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print(isinstance(m, Base), isinstance(m, Derived), isinstance(d, More), isinstance(b, Derived))
local counter = 0
local Counted = setmetatable({}, { __index = function(t, k) counter = counter + 1 return Base[k] end })
Counted.__index = Counted
local c = setmetatable({ name = "c" }, Counted)
print(c:describe(), counter)
print(c:greet(), counter)
local mt = { __index = function(t, k) return k .. "?" end, __newindex = function(t, k, v) rawset(t, k, v .. "!") end }
local r = setmetatable({}, mt)
r.a = "set"
print(r.a, r.b, rawget(r, "b"))
rawset(r, "c", "raw")
print(r.c)
print(rawget(r, "a"), rawequal(r, r))
print(pcall(rawset, 1, 2, 3))
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, nil, 1))
local grand = { family = "grand" }
local parent = setmetatable({ family_p = "parent" }, { __index = grand })
local child = setmetatable({}, { __index = parent })
print(child.family, child.family_p, child.unknown)
grand.family = "changed"
print(child.family)
local Animal = {}
Animal.__index = Animal
function Animal:speak() return self.sound or "..." end
local Dog = setmetatable({ sound = "woof" }, Animal)
Dog.__index = Dog
local rex = setmetatable({}, Dog)
print(rex:speak(), Animal.speak({}))
local Puppy = setmetatable({}, Dog)
Puppy.__index = Puppy
local p = setmetatable({ sound = "yip" }, Puppy)
print(p:speak())
