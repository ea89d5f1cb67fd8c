-- The globals table: _G, rawget/rawset on it, metatables on _G (strict mode), globals via strings.
print(_G._G == _G, _G.print == print, type(_G))
x = 1
print(_G.x, rawget(_G, "x"))
_G.y = "set through _G"
print(y)
_G["with space"] = "odd name"
print(_G["with space"])
local name = "dyn" .. "amic"
_G[name] = 42
print(dynamic)
x = nil
print(x, rawget(_G, "x"))
local builtins = { "assert", "error", "ipairs", "pairs", "next", "print", "select", "tonumber", "tostring", "type", "unpack", "pcall", "xpcall", "rawget", "rawset", "rawequal", "setmetatable", "getmetatable", "loadstring", "load", "setfenv", "getfenv", "collectgarbage", "newproxy", "gcinfo", "require", "module", "dofile", "loadfile" }
local missing = {}
for _, b in ipairs(builtins) do if type(_G[b]) ~= "function" then missing[#missing + 1] = b end end
print("missing builtins:", #missing, table.concat(missing, ","))
local libs = { "string", "table", "math", "io", "os", "coroutine", "debug", "package" }
for _, l in ipairs(libs) do io.write(l, "=", type(_G[l]), " ") end
print()
print(_VERSION)
local saved_print = print
print = function(...) saved_print("wrapped:", ...) end
print("hello")
print = saved_print
print("restored")
local seen = {}
setmetatable(_G, {
  __index = function(_, k) seen[#seen + 1] = "read " .. k return nil end,
  __newindex = function(t, k, v) seen[#seen + 1] = "write " .. k rawset(t, k, v) end,
})
local r = undefined_thing
newglobal = 5
newglobal = 6
print(r, newglobal, table.concat(seen, ", "))
setmetatable(_G, nil)
local strict = setmetatable({}, { __index = function(_, k) error("undeclared variable '" .. k .. "'", 2) end })
local function run_strict(src)
  local f = loadstring(src)
  setfenv(f, setmetatable({ print = print }, getmetatable(strict)))
  return pcall(f)
end
print(run_strict("print('ok in strict')"))
print(run_strict("return nope"))
local count = 0
for k, v in pairs(_G) do if type(v) == "table" and k ~= "_G" then count = count + 1 end end
print("table globals >= 8", count >= 8)
print(collectgarbage("count") > 0, type(collectgarbage("count")), collectgarbage() == 0, collectgarbage("collect"))
print(type(gcinfo()), collectgarbage("step") ~= nil)
_G._G = nil
print(_G, type(getfenv()._G))
rawset(getfenv(), "_G", getfenv())
print(_G == getfenv())
local env = getfenv(1)
env.via_env = "set via getfenv"
print(via_env)
local t = {}
for i = 1, 3 do _G["g" .. i] = i * 11 end
print(g1, g2, g3)
print(rawequal(_G, getfenv(0)), rawequal(string, _G.string))
print(tostring(nil), tostring(false), type(_VERSION))
