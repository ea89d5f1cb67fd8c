-- Comments: line comments, long comments of every level, comments next to code.
print("start") -- a trailing comment
--[[ a long
comment print("not run")
]]
print("after long comment")
--[==[ level two
]] still comment ]=]
]==] print("same line after long comment")
---[[ this is a line comment, so the next line runs
print("runs because of ---[[")
--]]
--[[]] print("empty long comment then code")
local x = 1 --[[ inline ]] + 2
print(x)
-- comment with "quotes" and [[brackets]]
local t = { 1, --[[ two ]] 2, -- three
  3 }
print(#t, t[1], t[2], t[3])
print("--not a comment")
print([[-- inside long string ]])
--
print("bare -- comment above")
-- [[ not a long comment
print("space after -- makes a line comment")
local s = "a" -- "b"
print(s)
--[=[
print("hidden")
]=]
print(1 --[[a]] + --[[b]] 2)
print("end")
