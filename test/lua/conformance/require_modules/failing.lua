-- A module whose body raises an error.
error("module failed to load")
