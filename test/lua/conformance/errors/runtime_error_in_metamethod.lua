-- an error raised by an __add metamethod
local v = setmetatable({}, { __add = function(a, b) error("cannot add these") end })
print("adding")
local r = v + 1
