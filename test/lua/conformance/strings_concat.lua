-- Strings as values: concatenation chains, numbers in concat, length, immutability, interning.
local s = "abc"
local u = s
s = s .. "def"
print(s, u, #s, #u)
print("a" .. "b" .. "c" .. "d" .. "e")
print(1 .. "", 1 .. 2 .. 3, 1.5 .. "|" .. -2)
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i end
print(table.concat(parts, ","))
local acc = ""
for i = 1, 5 do acc = acc .. i .. ";" end
print(acc, #acc)
print(#"", #"x", #"hello world", #("a"):rep(100))
print(("x"):len(), ("hello"):upper(), s:sub(2, 3))
local a, b = "same", "sa" .. "me"
print(a == b, #a == #b)
print(pcall(function() return "x" .. nil end))
print(pcall(function() return "x" .. {} end))
print(pcall(function() return "x" .. true end))
print(pcall(function() local t = {} return "x" .. t.field end))
local long = ("ab"):rep(1000)
print(#long, long:sub(1, 6), long:sub(-4))
print(("%s=%s"):format("k", "v"))
local n = 0
for _ in ("a,b,,c"):gmatch(",") do n = n + 1 end
print(n)
print("tab\tsep", "new\\nline")
print(string.char(72, 105) .. "!")
local str = "hello"
print(str:byte(1), str:byte(-1), str:byte(10))
print(#(str .. str .. str))
print("" == "", "" .. "" == "")
local function cat(...)
  local r = ""
  for i = 1, select("#", ...) do r = r .. tostring((select(i, ...))) end
  return r
end
print(cat(1, "a", nil, true, 2.5))
print(("x"):rep(0) == "", ("x"):rep(-1) == "")
print(("abc"):reverse(), ("abc"):upper():lower())
local mixed = "Mixed" .. 42 .. "Case" .. 0.5
print(mixed, mixed:lower(), #mixed)
print(10 .. 20 == "1020", type(10 .. 20))
