-- sieve: the sieve of Eratosthenes over a table of booleans; counts the primes up to n.
-- Checked against the known prime-counting function pi(n) for the sizes listed below.
local n = tonumber((...)) or 4000000

local EXPECTED = {
  [100] = 25, [1000] = 168, [10000] = 1229, [100000] = 9592,
  [1000000] = 78498, [2000000] = 148933, [4000000] = 283146, [10000000] = 664579,
}

local function sieve(limit)
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local root = math.floor(math.sqrt(limit))
  local count = 0
  for i = 2, limit do
    if not composite[i] then
      count = count + 1
      if i <= root then
        for k = i * i, limit, i do composite[k] = true end
      end
    end
  end
  return count
end

local count = sieve(n)
local expected = EXPECTED[n]
if expected == nil then error("sieve: wrong result: no expected value for size " .. n) end
if count ~= expected then
  error("sieve: wrong result " .. count .. " for size " .. n .. ", expected " .. expected)
end
print(string.format("sieve: %d primes up to %d", count, n))
