-- a parameter list with a number in it
local function f(a, 1) end
