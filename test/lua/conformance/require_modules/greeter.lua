-- A module returning a table; counts how often its body runs.
load_count = (load_count or 0) + 1
local M = {}
M.name = ...
function M.greet(who) return "hello, " .. who end
return M
