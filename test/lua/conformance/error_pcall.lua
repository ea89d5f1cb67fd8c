-- error() with levels and non-string values; pcall/xpcall results; nested protected calls.
print(pcall(error, "plain"))
print(pcall(error, "no position", 0))
print(pcall(function() error("level 1") end))
local function thrower(level) error("at level " .. level, level) end
local function caller(level) thrower(level) end
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(caller, 3))
print(pcall(function() error() end))
print(pcall(function() error(nil) end))
print(pcall(function() error(42) end))
print(pcall(function() error(42, 2) end))
local errt = { code = 7 }
local ok, e = pcall(function() error(errt) end)
print(ok, e == errt, e.code)
ok, e = pcall(function() error(setmetatable({}, { __tostring = function() return "custom" end })) end)
print(ok, type(e), tostring(e))
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() return nil, nil end)))
print(pcall(pcall, error, "inner"))
print(pcall(pcall))
print(pcall(error))
local function handler(msg) return "handled: " .. tostring(msg) end
print(xpcall(function() error("boom") end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() local x = nil; return x.y end, function(m) return "H(" .. m .. ")" end))
print(pcall(xpcall, function() error("e") end, function() error("handler fails") end))
local depth = 0
local function nested(n)
  depth = depth + 1
  if n == 0 then error("deepest") end
  local ok2, err2 = pcall(nested, n - 1)
  return "level " .. n .. " caught: " .. tostring(err2)
end
print(nested(3))
local ok3, err3 = pcall(function()
  local ok4, err4 = pcall(error, "first")
  error("second after " .. err4, 0)
end)
print(ok3, err3)
local function rethrow() local ok5, e5 = pcall(error, { tag = "obj" }) error(e5) end
local ok6, e6 = pcall(rethrow)
print(ok6, type(e6), e6.tag)
print(pcall(error, "msg", 1))
print(pcall(error, "msg", 2))
local function lvl2() error("blame caller", 2) end
local function blamed() lvl2() end
print(pcall(blamed))
print(select("#", pcall(error)))
local co_err = coroutine.wrap(function() error("in coroutine") end)
print(pcall(co_err))
print(pcall(string.rep))
print(type(select(2, pcall(setmetatable, {}, {}, "extra"))))
local results = { pcall(function(...) return select("#", ...), ... end, "a", nil, "c") }
print(table.maxn(results), results[1], results[2], results[3], results[4], results[5])
print(tostring(nil), tostring(true), tostring(12))
print(assert(1, "unused"), select("#", assert(1, 2, 3)))
print(pcall(assert, false))
print(pcall(assert, nil, "assert message"))
print(pcall(assert, false, { 1 }))
print(pcall(assert))
