-- an uncaught number: converted with %.14g, position added
print("raising a number")
error(1e100)
