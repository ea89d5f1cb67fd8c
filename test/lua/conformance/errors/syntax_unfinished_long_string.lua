-- a long string never closed: the error is at <eof>
local s = [[
never closed
