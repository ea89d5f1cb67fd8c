-- debug.getinfo's basic fields and debug.traceback's text for Lua and C frames.
local function info_of(f)
  local i = debug.getinfo(f)
  return i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined, i.nups
end
local up1, up2 = 1, 2
local function sample(a, b)
  return a + b + up1 + up2
end
print(info_of(sample))
print(info_of(print))
print(info_of(1))
local main = debug.getinfo(1)
print(main.what, main.currentline, main.short_src, main.source)
local function where()
  local i = debug.getinfo(2, "Sl")
  return i.short_src .. ":" .. i.currentline
end
print(where())
print(where())
local function named_caller()
  local i = debug.getinfo(1, "n")
  return i.name, i.namewhat
end
print(named_caller())
local t = { method = function(self) local i = debug.getinfo(1, "n") return i.name, i.namewhat end }
print(t:method())
print(t.method(t))
glob_fn = function() local i = debug.getinfo(1, "n") return i.name, i.namewhat end
print(glob_fn())
local function level2() return debug.getinfo(2, "n").name end
local function level1() local r = level2() return r end
print(level1())
print(debug.getinfo(100))
local fi = debug.getinfo(sample, "f")
print(fi.func == sample)
local li = debug.getinfo(sample, "L")
local lines = {}
for l in pairs(li.activelines) do lines[#lines + 1] = l end
table.sort(lines)
print(table.concat(lines, ","))
print(pcall(debug.getinfo, {}))
print(debug.traceback("message"))
local function lvl3() return debug.traceback("deep", 1) end
local function lvl2() local r = lvl3() return r end
local function lvl1() local r = lvl2() return r end
print(lvl1())
print(debug.traceback("from level 2", 2))
print(select("#", debug.traceback()), type(debug.traceback()))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "coroutine message"))
print(xpcall(function() error("with traceback") end, debug.traceback))
local tt = {}
print(debug.traceback(tt) == tt)
local function closure_nups() return up1 end
print(debug.getinfo(closure_nups, "u").nups, debug.getinfo(print, "u").nups)
print(debug.getinfo(1, "S").what, debug.getinfo(print, "S").what, debug.getinfo(sample, "S").what)
print(debug.getinfo(1, "l").currentline, debug.getinfo(print, "l").currentline)
print(type(debug.getlocal), type(debug.sethook), type(debug.getregistry))
local a_local = "visible"
print(debug.getlocal(1, 1), debug.getlocal(1, 2))
