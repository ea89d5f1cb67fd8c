-- error() with a string: the position of the raising function
local function check(v) if v > 2 then error("value too large: " .. v) end return v end
for i = 1, 5 do print(check(i)) end
