-- Call syntax: string and table call sugar, method calls, chained calls, parenthesized callees.
local function show(...) local t = { ... } for i = 1, select("#", ...) do t[i] = tostring(t[i]) end return table.concat(t, ",") end
print(show"string sugar")
print(show[[long string sugar]])
print(show{ 1, 2 } ~= nil, type(show{}))
local function first(t) return t[1], t.k end
print(first{ "a", k = "v" })
print(("abc"):upper(), ("%d-%d"):format(1, 2), (("x"):rep(3)):len())
local s = "method"
print(s:upper(), s:sub(2, 3), s:len(), #s:rep(2))
local obj = { n = 0 }
function obj:inc(by) self.n = self.n + (by or 1) return self end
function obj.static(x) return "static " .. tostring(x) end
obj:inc():inc(5):inc()
print(obj.n, obj.static(1), obj.static"sugar", obj:inc"10".n)
local chain = { a = { b = { c = function(self, x) return "c got " .. tostring(x) .. " self ok " .. tostring(self.d == 4) end, d = 4 } } }
print(chain.a.b:c(1), chain.a.b.c(chain.a.b, 2), chain["a"]["b"]:c"3")
local function returns_fn() return function(x) return function(y) return x .. y end end end
print(returns_fn()("a")("b"), returns_fn()"c""d")
local t = { f = function(...) return select("#", ...) end }
print(t.f(), t.f(nil), t:f(), t:f(nil, nil), t.f{}, t:f"")
print((print ~= nil), (type)(1), (function(a) return a * 2 end)(21))
local mt = setmetatable({}, { __index = function(_, k) return function(self, ...) return k .. ":" .. select("#", ...) end end })
print(mt:anything(1, 2), mt:other(), mt.direct(nil, 1))
local numbers = setmetatable({}, { __call = function(self, a) return "called with " .. tostring(a) end })
print(numbers(5), numbers"str", numbers{ } ~= nil)
local str_mt = getmetatable("")
str_mt.__index.shout = function(self) return self:upper() .. "!" end
print(("hey"):shout(), s:shout())
str_mt.__index.shout = nil
print(pcall(function() return ("x"):shout() end))
local n = 5
print(pcall(function() return n:foo() end))
print(#("abc"):rep(3), -("2"):len(), not ("x"):find("y"))
local a = { b = {} }
a.b.c = function() return "dotted" end
print(a.b.c(), a["b"].c(), (a.b).c())
local f = function(...) return ... end
print(f(1, 2, 3), (f(1, 2, 3)), f(f(f(4, 5))))
print(select("#", f()), select("#", (f())))
local deep = { x = { y = { z = { w = function() return "deep call" end } } } }
print(deep.x.y.z.w(), deep["x"]["y"].z["w"]())
do
  local print = function(...) _G.print("shadowed print:", ...) end
  print("via local")
end
print(string.format("%s %s", tostring(nil), tostring(false)))
print(math.max(unpack({ 3, 1, 2 })), string.char(unpack({ 72, 105 })))
