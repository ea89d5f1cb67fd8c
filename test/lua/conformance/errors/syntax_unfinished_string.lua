-- a quoted string cut by the end of its line
print("fine")
local s = "no end
print(s)
