-- a library function called without its argument
print(("abc"):rep(2))
print(string.rep())
