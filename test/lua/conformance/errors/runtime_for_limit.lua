-- a numeric for whose limit is not a number
local limit = "ten"
print("looping")
for i = 1, limit do print(i) end
