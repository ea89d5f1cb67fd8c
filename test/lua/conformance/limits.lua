-- Compiler and VM limits within Lua 5.1's bounds: many locals, upvalues, constants, constructor
-- batches (SETLIST flushes every 50 items), long expressions, many arguments and results.
local function run(src, ...) local f = assert(loadstring(src)) return f(...) end
local parts = {}
for i = 1, 199 do parts[#parts + 1] = "local v" .. i .. " = " .. i end
parts[#parts + 1] = "return v1 + v100 + v199"
print("199 locals", run(table.concat(parts, "\n")))
parts = { "local " }
for i = 1, 60 do parts[#parts + 1] = (i > 1 and ", " or "") .. "u" .. i end
parts[#parts + 1] = " = "
for i = 1, 60 do parts[#parts + 1] = (i > 1 and ", " or "") .. i end
parts[#parts + 1] = "\nreturn function() return u1 + u30 + u60 end"
print("60 upvalues", run(table.concat(parts))())
local consts = {}
for i = 1, 600 do consts[#consts + 1] = string.format("t[%d] = 'k%d'", i, i) end
print("600 string constants", run("local t = {}\n" .. table.concat(consts, "\n") .. "\nreturn #t, t[1], t[300], t[600]"))
local nums = {}
for i = 1, 300 do nums[#nums + 1] = tostring(i + 0.5) end
print("300 number constants in one expression", run("return " .. table.concat(nums, " + ")))
for _, n in ipairs({ 49, 50, 51, 99, 100, 101, 250 }) do
  local items = {}
  for i = 1, n do items[i] = tostring(i) end
  local t = run("return { " .. table.concat(items, ", ") .. " }")
  io.write(n, ":", #t, ":", t[n], " ")
end
print()
local t = run("local function f() return 1, 2, 3 end return { " .. string.rep("0, ", 60) .. "f() }")
print("constructor with 60 items then a call", #t, t[60], t[61], t[63])
t = run("return { " .. string.rep("0, ", 49) .. "... }", "a", "b", "c")
print("constructor with 49 items then varargs", #t, t[50], t[52])
local hashy = {}
for i = 1, 120 do hashy[#hashy + 1] = "k" .. i .. " = " .. i end
t = run("return { " .. table.concat(hashy, ", ") .. ", 'positional' }")
print("120 named fields", t.k1, t.k120, t[1])
local cat = {}
for i = 1, 150 do cat[i] = "'" .. (i % 10) .. "'" end
local long = run("return " .. table.concat(cat, " .. "))
print("150 concatenations", #long, long:sub(1, 12))
local sum = {}
for i = 1, 200 do sum[i] = "1" end
print("200 additions", run("return " .. table.concat(sum, " + ")))
local args = {}
for i = 1, 200 do args[i] = i end
print("200 arguments", select("#", unpack(args)), math.max(unpack(args)), select(200, unpack(args)))
local function count(...) return select("#", ...) end
print("vararg of 245", run("return select('#', " .. string.rep("1, ", 244) .. "1)"))
print("unpack 2000", count(unpack({}, 1, 2000)))
local nest = string.rep("(", 100) .. "1" .. string.rep(")", 100)
print("100 parentheses", run("return " .. nest))
local fnest = string.rep("return (function() ", 50) .. "return 'deep'" .. string.rep(" end)()", 50)
print("50 nested functions", run(fnest))
local ifs = { "local x = ... if x == 0 then return 'zero'" }
for i = 1, 150 do ifs[#ifs + 1] = " elseif x == " .. i .. " then return 'n" .. i .. "'" end
ifs[#ifs + 1] = " else return 'other' end"
local chain = table.concat(ifs)
print("151-way elseif", run(chain, 0), run(chain, 75), run(chain, 150), run(chain, 151))
local blocks = string.rep("do ", 100) .. "x = 'inside 100 blocks'" .. string.rep(" end", 100)
run(blocks)
print(x)
local ok, err = pcall(run, string.rep("local a = 1\n", 201))
print("201 locals", ok, err)
local ups = {}
for i = 1, 61 do ups[i] = "local u" .. i .. " = " .. i end
ups[#ups + 1] = "return function() return u1"
for i = 2, 61 do ups[#ups + 1] = " + u" .. i end
ups[#ups + 1] = " end"
print("61 upvalues", pcall(run, table.concat(ups, "\n")))
print("many returns", select("#", run("return " .. string.rep("nil, ", 199) .. "nil")))
local s = string.rep("a", 100000)
print("long string", #s, #s:rep(10), #(s .. s), s:sub(-3))
