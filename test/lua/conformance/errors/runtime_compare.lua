-- comparing a table with a number inside a function
local function less(a, b) return a < b end
print(less(1, 2))
print(less({}, 2))
