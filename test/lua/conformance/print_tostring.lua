-- print and tostring: separators, every type, __tostring, print calling the global tostring, NUL bytes.
print()
print(nil)
print(nil, nil)
print(1, "two", 3.5, true, false, nil, "end")
print("", "", "")
print(type(print), type(tostring))
print(tostring(1), tostring(-1.5), tostring("s"), tostring(true), tostring(nil))
print(tostring(1e308 * 10), tostring(2 ^ 63), tostring(1 / 3))
print(type(tostring({})), tostring({}):match("^table: ") ~= nil)
print(tostring(print):match("^function: ") ~= nil, tostring(coroutine.create(function() end)):match("^thread: ") ~= nil)
print(tostring(newproxy()):match("^userdata: ") ~= nil)
local T = setmetatable({}, { __tostring = function() return "I am T" end })
print(T, tostring(T), "[" .. tostring(T) .. "]")
local N = setmetatable({}, { __tostring = function() return 42 end })
print(tostring(N), type(tostring(N)))
print(pcall(print, setmetatable({}, { __tostring = function() error("tostring failed") end })))
print(pcall(print, setmetatable({}, { __tostring = function() return {} end })))
local saved = tostring
local calls = 0
tostring = function(v) calls = calls + 1 return "<" .. saved(v) .. ">" end
print(1, "a", nil)
tostring = saved
print("print called the global tostring", calls, "times")
tostring = nil
local okp, errp = pcall(print, "x")
tostring = saved
print(okp, errp)
print(select("#", print("print returns nothing")))
-- print writes each value with C's fputs, so a value stops at its first NUL byte; io.write writes every byte
print("before\0after", "next value")
print("\0starts with NUL", "ok")
io.write("io.write keeps \0 bytes\n")
print(#"before\0after", ("before\0after"):byte(7))
print(string.format("%s|", "a\0b") == "a|")
print("tab\tinside", "newline\ninside")
print(string.rep("=", 40))
for i = 1, 3 do print(i, i * i, i ^ 0.5) end
