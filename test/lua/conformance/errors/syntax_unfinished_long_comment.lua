-- a long comment never closed
print("a")
--[[ this comment
never ends
