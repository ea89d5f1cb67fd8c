-- a numeral running into letters
local n = 3x4
