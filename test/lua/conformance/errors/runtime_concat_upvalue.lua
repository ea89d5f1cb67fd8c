-- concatenating a nil upvalue
local missing
local function show() return "value: " .. missing end
print("calling show")
print(show())
