-- a call whose '(' starts a new line: 5.1 rejects it as ambiguous
local f = print
local x = f
(f)("ambiguous: a call or a new statement?")
