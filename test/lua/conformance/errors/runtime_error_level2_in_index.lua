-- error(msg, 2) from an __index function blames the indexing line
print(xpcall(function() error("first") end, function(m) return "handled: " .. m end))
local t = setmetatable({}, { __index = function(_, k) error("no field " .. k, 2) end })
print(pcall(function() return t.x end))
local y = t.missing_field
