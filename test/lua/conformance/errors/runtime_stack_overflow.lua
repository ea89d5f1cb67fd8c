-- unbounded non-tail recursion
local function recurse(n) return 1 + recurse(n + 1) end
print("recursing")
recurse(1)
