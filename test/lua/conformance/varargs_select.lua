-- Varargs: ..., select('#'), select(n), nils inside and at the end, the arg table.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pass(...) return ... end
print(pass(1, 2, 3))
print(pass())
print((pass(1, 2, 3)))
print(pass(1, 2), pass(3, 4))
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(select("#"))
local function tbl(...) local t = { ... } return #t, t[1], t[2], t[3] end
print(tbl(1, 2, 3))
print(tbl())
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(1, 2, 3, nil, 5))
local function first(a, ...) return a, select("#", ...) end
print(first(1, 2, 3))
print(first())
local function varmid(a, b, ...) return a, b, ... end
print(varmid(1))
print(varmid(1, 2, 3, 4))
local function oldarg(...)
  local arg = { n = select("#", ...), ... }
  return arg.n, arg[1], arg[arg.n]
end
print(oldarg("x", "y", "z"))
local function wrap(...)
  local args = { n = select("#", ...), ... }
  return function() return unpack(args, 1, args.n) end
end
print(wrap(1, nil, 3, nil)())
print(select("#", wrap(1, nil, 3, nil)()))
print(unpack({ 1, 2, 3 }))
print(unpack({ 1, 2, 3 }, 2))
print(unpack({ 1, 2, 3 }, 2, 5))
print(unpack({}, 1, 0))
print(select("#", unpack({}, 1, 3)))
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3))
local function forward(f, ...) return f(...) end
print(forward(math.max, 3, 9, 2))
print(forward(string.format, "%d-%s", 5, "x"))
local function vararg_in_middle(...) return ..., "end" end
print(vararg_in_middle(1, 2, 3))
print(({ pass(1, 2, 3), pass(4, 5) })[3])
print(#{ pass(1, 2, 3), pass(4, 5) })
print(math.max(pass(5, 1, 9)))
local function getn(...) local t = { ... } return table.getn(t) end
print(getn(1, 2, 3, 4))
print(string.rep("-", select("#", 1, 2, 3)))
