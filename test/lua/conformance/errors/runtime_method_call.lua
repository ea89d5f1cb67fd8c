-- calling a missing method
local obj = {}
function obj:ok() return "ok" end
print(obj:ok())
obj:missing()
