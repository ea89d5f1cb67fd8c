-- error() with no value: lua.c prints nothing
print("raising nil")
error()
