-- the length of a missing field
local items = { list = { 1, 2, 3 } }
print(#items.list)
print(#items.other)
