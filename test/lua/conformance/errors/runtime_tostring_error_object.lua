-- an uncaught table with __tostring: 5.1's lua.c still cannot print it
local obj = setmetatable({}, { __tostring = function() return "custom error object" end })
print("raising an object with __tostring")
error(obj)
