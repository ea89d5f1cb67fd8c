-- string.byte/char/len/lower/upper/rep/reverse/sub with negative and out-of-range indices.
local s = "Hello, Lua!"
print(s:len(), #s, string.len(""))
print(s:sub(1, 5), s:sub(8), s:sub(-4), s:sub(-4, -2), s:sub(0), s:sub(5, 3))
print(s:sub(-100, 3), s:sub(3, 100), s:sub(100), s:sub(-1, -1), s:sub(2, -2))
print(("abc"):sub(0, 0) == "", ("abc"):sub(4, 4) == "", ("abc"):sub(3, 3))
print(s:sub(2.7, 4.2))
print(s:byte(), s:byte(1), s:byte(-1), s:byte(1, 3))
print(s:byte(100), s:byte(0), select("#", s:byte(5, 4)))
print(s:byte(-3, -1))
print(string.char(), string.char(65), string.char(104, 105), #string.char(0, 0, 0))
print(pcall(string.char, -1))
print(pcall(string.char, 256))
print(s:upper(), s:lower())
print(("MiXeD 123 !@#"):upper(), ("MiXeD 123 !@#"):lower())
print(("\200\255"):upper() == "\200\255")
print(("ab"):rep(3), ("ab"):rep(1), ("ab"):rep(0), ("ab"):rep(-5), ("x"):rep(2.9))
print(("abc"):reverse(), (""):reverse(), ("a"):reverse(), ("ab\0cd"):reverse() == "dc\0ba")
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local bytes = table.concat(all)
print(#bytes, bytes:byte(1), bytes:byte(256), bytes:sub(66, 70))
local roundtrip = true
for i = 1, 256 do if bytes:byte(i) ~= i - 1 then roundtrip = false end end
print("roundtrip", roundtrip)
print(string.sub("hello", 2), string.upper("x"), string.byte("A"))
print(("test"):len(), ("%d"):format(5))
print(#("x"):rep(1000))
print(tostring(12):len(), (12.5 .. ""):sub(2, 3))
print(pcall(string.sub))
print(pcall(string.byte, {}))
print(s:find("Lua"), s:find("lua"))
local str = "the end"
print(str:sub(#str), str:sub(#str + 1), str:sub(#str - 2, #str))
local t = {}
for i = 1, #s do t[#t + 1] = s:sub(i, i) end
print(table.concat(t, "|"))
print(string.byte("\0"), #"\0\0\0", ("a\0b"):upper():byte(1, -1))
print(("  padded  "):len(), ("x"):rep(3, ","))
print(string.format("%s", s:sub(-3, -3)))
print(("abc") < ("abd"), ("Z") < ("a"), ("abc"):upper() == "ABC")
