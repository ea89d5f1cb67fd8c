-- indexing a nil local
local config = nil
print("reading config")
print(config.value)
