-- Generic for: stateless and stateful iterators, closures, the control variable, extra values.
local function range(n, step)
  step = step or 1
  return function(_, i) i = i + step if i <= n then return i end end, nil, 0
end
for i in range(5) do io.write(i, " ") end print()
for i in range(10, 3) do io.write(i, " ") end print()
local function chars(s)
  local i = 0
  return function() i = i + 1 if i <= #s then return i, s:sub(i, i) end end
end
for i, c in chars("lua") do io.write(i, "=", c, " ") end print()
local function iter3(t, i)
  i = i + 1
  if t[i] then return i, t[i], t[i] * 2 end
end
for i, v, d in iter3, { 5, 6, 7 }, 0 do print(i, v, d) end
local function evens(max)
  return coroutine.wrap(function() for i = 2, max, 2 do coroutine.yield(i) end end)
end
for e in evens(10) do io.write(e, " ") end print()
local function tree_iter(t)
  return coroutine.wrap(function()
    local function walk(n, depth)
      if type(n) == "table" then for _, c in ipairs(n) do walk(c, depth + 1) end
      else coroutine.yield(n, depth) end
    end
    walk(t, 0)
  end)
end
for leaf, depth in tree_iter({ 1, { 2, { 3, 4 } }, 5 }) do io.write(leaf, "@", depth, " ") end print()
local state_seen = {}
local function spy(s, c)
  state_seen[#state_seen + 1] = tostring(s) .. ":" .. tostring(c)
  if c < 3 then return c + 1 end
end
for v in spy, "S", 0 do end
print(table.concat(state_seen, " "))
for k, v in next, { 42 } do print("next directly", k, v) end
local t = { "a", "b", "c" }
for i, v in ipairs(t) do
  i = i * 10
  io.write(i, v, " ")
end
print()
for i, v in ipairs(t) do if v == "b" then print("break at", i) break end end
local function multi() return function(_, c) if c < 2 then return c + 1, "x", "y", "z" end end, nil, 0 end
for a, b, c, d, e in multi() do print(a, b, c, d, e) end
print(pcall(function() for x in 42 do end end))
print(pcall(function() for x in nil do end end))
local function words(s) return s:gmatch("%a+") end
local ws = {}
for w in words("the quick  brown,fox") do ws[#ws + 1] = w:upper() end
print(table.concat(ws, "|"))
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
local fib = function(n)
  local a, b, i = 0, 1, 0
  return function() i = i + 1 if i <= n then a, b = b, a + b return i, a end end
end
for i, f in fib(10) do io.write(f, " ") end print()
local callable = setmetatable({}, { __call = function(self, s, c) if c < 3 then return c + 1 end end })
print(pcall(function() local n = 0 for v in callable, nil, 0 do n = n + v end return n end))
