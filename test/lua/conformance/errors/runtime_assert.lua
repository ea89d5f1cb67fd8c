-- assert with a message
print(assert(1 == 1, "fine"))
assert(false, "assertion with a message")
