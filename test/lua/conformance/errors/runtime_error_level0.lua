-- error(msg, 0) adds no position
print("about to fail")
error("no position at all", 0)
