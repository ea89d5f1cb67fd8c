-- A module in a subfolder, reached by a dotted name.
return { where = "sub.inner", arg = ... }
