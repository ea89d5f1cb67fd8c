-- an if without then
if 1 print("x") end
