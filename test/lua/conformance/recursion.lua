-- Recursion: classic algorithms, mutual recursion, recursion through tables and closures.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
for _, n in ipairs({ 0, 1, 5, 10, 20, 25 }) do print("fact", n, fact(n)) end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local fibs = {}
for i = 0, 20 do fibs[#fibs + 1] = fib(i) end
print(table.concat(fibs, " "))
local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print(ackermann(2, 3), ackermann(3, 3))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  hanoi(n - 1, from, via, to, moves)
  moves[#moves + 1] = from .. to
  return hanoi(n - 1, via, to, from, moves)
end
local m = hanoi(4, "A", "C", "B", {})
print(#m, table.concat(m, " "))
local function permute(a, n, out)
  n = n or #a
  out = out or {}
  if n <= 1 then out[#out + 1] = table.concat(a) return out end
  for i = 1, n do
    a[n], a[i] = a[i], a[n]
    permute(a, n - 1, out)
    a[n], a[i] = a[i], a[n]
  end
  return out
end
local perms = permute({ "a", "b", "c" })
table.sort(perms)
print(#perms, table.concat(perms, " "))
local function flatten(t, out)
  out = out or {}
  for _, v in ipairs(t) do
    if type(v) == "table" then flatten(v, out) else out[#out + 1] = v end
  end
  return out
end
print(table.concat(flatten({ 1, { 2, { 3, { 4, { 5 } } } }, 6 }), ","))
local function depth(t) if type(t) ~= "table" then return 0 end local d = 0 for _, v in ipairs(t) do local x = depth(v) if x > d then d = x end end return d + 1 end
print(depth({ { { {} } }, {} }))
local function power_set(s, i, cur, out)
  i = i or 1; cur = cur or {}; out = out or {}
  if i > #s then out[#out + 1] = "{" .. table.concat(cur, ",") .. "}" return out end
  power_set(s, i + 1, cur, out)
  cur[#cur + 1] = s[i]
  power_set(s, i + 1, cur, out)
  cur[#cur] = nil
  return out
end
print(table.concat(power_set({ 1, 2, 3 }), " "))
local function binsearch(t, x, lo, hi)
  lo = lo or 1; hi = hi or #t
  if lo > hi then return nil end
  local mid = math.floor((lo + hi) / 2)
  if t[mid] == x then return mid elseif t[mid] < x then return binsearch(t, x, mid + 1, hi) else return binsearch(t, x, lo, mid - 1) end
end
local sorted = {}
for i = 1, 100 do sorted[i] = i * 3 end
print(binsearch(sorted, 51), binsearch(sorted, 52), binsearch(sorted, 300), binsearch(sorted, 3))
local deep = 0
local function down(n) if n == 0 then return end deep = deep + 1 down(n - 1) end
down(10000)
print("depth reached", deep)
local ok, err = pcall(function() local function inf(n) return 1 + inf(n + 1) end return inf(1) end)
print(ok, (string.gsub(err, "^.-:%d+: ", "")))
local function strrev(s) if #s <= 1 then return s end return strrev(s:sub(2)) .. s:sub(1, 1) end
print(strrev("recursion"))
