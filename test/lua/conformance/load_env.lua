-- load, loadstring, loadfile-free chunk loading, dofile-free; setfenv/getfenv on functions and levels.
local f = loadstring("return 1 + 2")
print(type(f), f())
print(loadstring("return ...")(1, 2, 3))
print(loadstring("syntax error here"))
print(loadstring("x = ", "=mychunk"))
print(type(loadstring("error('runtime')", "=named")))
print(pcall(loadstring("error('runtime')", "=named")))
print(pcall(loadstring("error('runtime')", "@file.lua")))
print(pcall(loadstring("error('runtime')")))
print(pcall(loadstring("local a = 1\nerror('second line')", "multi\nline source")))
local parts = { "return ", "'pieces'", nil }
local i = 0
local g = load(function() i = i + 1 return parts[i] end)
print(g())
print(type(load(function() return nil end)))
local empty = load(function() return nil end)
print(type(empty), empty and select("#", empty()))
print(pcall(load, function() return {} end))
print(pcall(load, "return 'load takes no strings in 5.1'"))
local env = { y = 10 }
local h = loadstring("y = y + 1; return y")
setfenv(h, env)
print(h(), env.y, y)
print(getfenv(h) == env, getfenv(print) == _G, getfenv() == _G, getfenv(0) == _G)
local function uses_global() return gvar end
gvar = "global value"
print(uses_global())
setfenv(uses_global, { gvar = "sandboxed" })
print(uses_global(), gvar)
local sandbox = setmetatable({}, { __index = _G })
local chunk = loadstring("newglobal = 'inside'; return print ~= nil")
setfenv(chunk, sandbox)
print(chunk(), newglobal, sandbox.newglobal)
local function level_env()
  setfenv(1, { print = print, marker = "level 1 env" })
  print(marker)
end
level_env()
print(marker)
local function outer()
  local function inner() return getfenv(2) end
  local r = inner()
  return r
end
print(outer() == _G)
local function tail_outer() local function inner() return getfenv(2) end return inner() end
print(pcall(tail_outer))
print(pcall(setfenv, 1, 2))
print(pcall(setfenv, print, {}))
print(pcall(getfenv, -1))
print(pcall(getfenv, 100))
print(setfenv(function() end, {}) ~= nil)
local counter_src = [[
local n = 0
return function() n = n + 1 return n end
]]
local mk = loadstring(counter_src)
local c1, c2 = mk(), mk()
print(c1(), c1(), c2())
local fenv_inherit = loadstring("return function() return inherited end")
setfenv(fenv_inherit, { inherited = "from chunk env" })
print(fenv_inherit()())
print(select("#", loadstring("return")()))
print(loadstring("return 1", "=x")(), loadstring("return 2", "@y.lua")())
local ok, err = pcall(loadstring, nil)
print(ok, err)
print(loadstring("return \"unfinished"))
print(loadstring("for i = 1 do end"))
print(loadstring("x = }"))
print(pcall(loadstring("error('long name')", "=" .. string.rep("n", 100))))
print(pcall(loadstring("error('long path')", "@" .. string.rep("d/", 50) .. "file.lua")))
print(pcall(loadstring("error('long source')", string.rep("s", 100))))
print(dofile == nil, type(dofile), type(loadfile))
print(loadfile("/nonexistent/file.lua"))
