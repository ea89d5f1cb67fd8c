-- __call, __concat, __tostring, __metatable, __len (userdata only in 5.1, via newproxy), __gc absent effects.
local callable = setmetatable({ name = "obj" }, { __call = function(self, a, b) return self.name, a, b end })
print(callable(1, 2))
print(callable())
print(pcall(callable, "x"))
local adder = setmetatable({}, { __call = function(_, ...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end })
print(adder(1, 2, 3, 4))
local nested_call = setmetatable({}, { __call = callable })
print(pcall(nested_call, "arg"))
local C = {}
C.__concat = function(a, b)
  local sa = type(a) == "table" and "<" .. a.v .. ">" or tostring(a)
  local sb = type(b) == "table" and "<" .. b.v .. ">" or tostring(b)
  return sa .. sb
end
local x, y = setmetatable({ v = "x" }, C), setmetatable({ v = "y" }, C)
print(x .. y, x .. "s", "s" .. x, 1 .. x, x .. 2)
print("a" .. x .. "b" .. y .. "c")
print(pcall(function() return x .. nil end))
print(pcall(function() return {} .. "s" end))
local T = { __tostring = function(self) return "T(" .. self.id .. ")" end }
local t1 = setmetatable({ id = 7 }, T)
print(t1, tostring(t1))
print(pcall(tostring, setmetatable({}, { __tostring = function() return 42 end })))
print(tostring(setmetatable({}, { __tostring = function() return "x" end })))
local prot = setmetatable({}, { __metatable = "locked" })
print(getmetatable(prot))
print(pcall(setmetatable, prot, {}))
local prot2 = setmetatable({}, { __metatable = false })
print(getmetatable(prot2))
print(getmetatable("abc").__metatable, type(getmetatable("abc")))
print(getmetatable({}), getmetatable(1), getmetatable(nil), getmetatable(print))
local u = newproxy(true)
local umt = getmetatable(u)
umt.__len = function() return 99 end
umt.__index = function(_, k) return "u." .. k end
umt.__tostring = function() return "proxy" end
print(type(u), #u, u.field, tostring(u))
local u2 = newproxy(u)
print(#u2, getmetatable(u2) == umt)
local u3 = newproxy(false)
print(type(u3), getmetatable(u3))
print(pcall(function() return #u3 end))
local tlen = setmetatable({ 1, 2, 3 }, { __len = function() return 100 end })
print(#tlen)
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(select("#", setmetatable({}, nil)))
local mtbl = {}
local obj = setmetatable({}, mtbl)
print(getmetatable(obj) == mtbl, setmetatable(obj, nil) == obj, getmetatable(obj))
local late = {}
local lobj = setmetatable({}, late)
late.__index = function() return "added later" end
print(lobj.k)
late.__call = function() return "called" end
print(lobj())
print(pcall(function() local n = setmetatable({}, {}) return n() end))
local callchain = setmetatable({}, { __call = function(self, f) return f(self) end })
print(callchain(function(s) return s == callchain end))
