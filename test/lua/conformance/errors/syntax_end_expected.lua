-- a block missing its 'end': the message names the line that opened it
local function f()
  if true then
    print("x")
  end

print("missing end for function")
