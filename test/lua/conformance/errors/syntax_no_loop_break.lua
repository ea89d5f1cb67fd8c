-- break outside any loop (a compile-time error in 5.1)
local x = 1
if x then break end
