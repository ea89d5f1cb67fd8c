-- Long strings: levels, a first newline that is skipped, nested brackets, embedded quotes.
local a = [[hello]]
print(a, #a)
local b = [[
first line skipped]]
print(b, #b)
local c = [==[
contains ]] and ]=] but ends here]==]
print(c, #c)
local d = [=[a[[b]]c]=]
print(d, #d)
local e = [[line1
line2
line3]]
print(e)
print(#e)
for line in e:gmatch("[^\n]+") do print("<" .. line .. ">") end
local f = [[no \n escapes \t here]]
print(f, #f)
local g = [[
]]
print("empty after newline:", #g)
local h = [[

two newlines]]
print(#h, h:byte(1))
local i = [===[]===]
print("empty level 3:", #i)
local j = [[ "double" and 'single' quotes ]]
print(j)
print([[a]] .. [=[b]=] .. [==[c]==])
print(type([[x]]))
local k = [[
	tab-indented
	  more]]
print(k)
print(#[[
]])
-- long strings as table keys and call arguments
local t = { [ [[key]] ] = "v" }
print(t.key)
print(string.upper[[call with long string]])
print(#[==[]]]==])
