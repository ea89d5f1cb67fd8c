-- error(msg, 2) blames the caller's line
local function validate(x) if type(x) ~= "number" then error("expected a number", 2) end return x end
print(validate(1))
print(validate("x"))
