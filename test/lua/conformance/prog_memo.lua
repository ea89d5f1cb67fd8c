-- A real program: memoization of pure functions with any number of arguments, cache statistics.
local function memoize(f)
  local cache, hits, misses = {}, 0, 0
  local nilkey, sep = {}, "\0"
  local function key(...)
    local parts = {}
    for i = 1, select("#", ...) do
      local v = select(i, ...)
      parts[i] = type(v) .. ":" .. tostring(v)
    end
    return table.concat(parts, sep)
  end
  local wrapped = function(...)
    local k = key(...)
    local entry = cache[k]
    if entry then hits = hits + 1 return unpack(entry, 1, entry.n) end
    misses = misses + 1
    local r = { n = 0 }
    local function pack(...) r.n = select("#", ...) for i = 1, r.n do r[i] = select(i, ...) end end
    pack(f(...))
    cache[k] = r
    return unpack(r, 1, r.n)
  end
  return wrapped, function() return hits, misses end
end
local fib
local calls = 0
fib, fibstats = memoize(function(n) calls = calls + 1 if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(30), calls)
print(fib(30), calls, fibstats())
print(fib(90))
local slow_add, add_stats = memoize(function(a, b) return a + b, a * b end)
print(slow_add(2, 3))
print(slow_add(2, 3))
print(slow_add(3, 2))
print(slow_add("2", 3))
print(add_stats())
local multi, multi_stats = memoize(function(...) return select("#", ...), ... end)
print(multi())
print(multi(nil))
print(multi(nil, nil))
print(multi())
print(multi_stats())
local function binomial_naive(n, k) if k == 0 or k == n then return 1 end return binomial_naive(n - 1, k - 1) + binomial_naive(n - 1, k) end
local binom
binom = memoize(function(n, k) if k == 0 or k == n then return 1 end return binom(n - 1, k - 1) + binom(n - 1, k) end)
print(binomial_naive(20, 10), binom(20, 10), binom(60, 30))
local row = {}
for k = 0, 10 do row[#row + 1] = binom(10, k) end
print(table.concat(row, " "))
local paths
paths = memoize(function(r, c) if r == 0 or c == 0 then return 1 end return paths(r - 1, c) + paths(r, c - 1) end)
print(paths(2, 2), paths(10, 10), paths(16, 16))
local lcs
local A, B = "AGGTABQWERTY", "GXTXAYBWRT"
lcs = memoize(function(i, j)
  if i > #A or j > #B then return "" end
  if A:sub(i, i) == B:sub(j, j) then return A:sub(i, i) .. lcs(i + 1, j + 1) end
  local x, y = lcs(i + 1, j), lcs(i, j + 1)
  return #x >= #y and x or y
end)
print(lcs(1, 1), #lcs(1, 1))
local errf = memoize(function(x) if x < 0 then error("negative", 0) end return math.sqrt(x) end)
print(pcall(errf, -1))
print(pcall(errf, -1))
print(errf(16), errf(16))
local partitions
partitions = memoize(function(n, m)
  if n == 0 then return 1 end
  if n < 0 or m == 0 then return 0 end
  return partitions(n - m, m) + partitions(n, m - 1)
end)
local ps = {}
for n = 1, 15 do ps[#ps + 1] = partitions(n, n) end
print(table.concat(ps, " "))
print(partitions(100, 100))
