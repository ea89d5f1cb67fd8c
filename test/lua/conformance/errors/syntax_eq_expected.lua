-- a statement that is neither an assignment nor a call: '=' expected
print("runs? no: a syntax error stops the whole chunk")
local x
x y = 1
