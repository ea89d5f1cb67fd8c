-- calling an undefined global, after output that must all be flushed
print("before the error")
io.write("partial line, ")
print("still before")
undefined_function(1, 2)
print("never printed")
