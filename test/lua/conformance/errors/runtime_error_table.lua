-- an uncaught table: lua.c cannot print it
print("raising a table")
error({ code = 42 })
