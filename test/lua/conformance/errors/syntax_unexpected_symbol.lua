-- an expression that starts with an operator: unexpected symbol
local a = 1
local b = = 2
