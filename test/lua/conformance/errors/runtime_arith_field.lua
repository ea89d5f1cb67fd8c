-- arithmetic on a missing field
local t = { a = 1 }
print(t.a + 1)
print(t.b + 1)
