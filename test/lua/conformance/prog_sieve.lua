-- A real program: sieve of Eratosthenes, prime counting, factorization, and a segmented check.
local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local primes = {}
  for i = 2, n do if is[i] then primes[#primes + 1] = i end end
  return primes, is
end
local primes, isprime = sieve(100)
print(#primes, table.concat(primes, " "))
local big, bigis = sieve(100000)
print(#big, big[#big], big[1000], big[5000])
local counts = {}
for _, lim in ipairs({ 10, 100, 1000, 10000, 100000 }) do
  local c = 0
  for _, p in ipairs(big) do if p <= lim then c = c + 1 else break end end
  counts[#counts + 1] = lim .. ":" .. c
end
print(table.concat(counts, " "))
local function factor(n)
  local f = {}
  for _, p in ipairs(big) do
    if p * p > n then break end
    while n % p == 0 do f[#f + 1] = p n = n / p end
  end
  if n > 1 then f[#f + 1] = n end
  return f
end
for _, n in ipairs({ 2, 12, 97, 360, 1001, 65536, 999983, 600851475143, 2 ^ 31 - 1 }) do
  print(string.format("%.0f", n), table.concat(factor(n), "*"))
end
local twins = {}
for i = 1, #primes - 1 do if primes[i + 1] - primes[i] == 2 then twins[#twins + 1] = primes[i] .. "," .. primes[i + 1] end end
print(table.concat(twins, " "))
local maxgap, at = 0, 0
for i = 2, #big do local g = big[i] - big[i - 1] if g > maxgap then maxgap, at = g, big[i - 1] end end
print("largest gap below 100000:", maxgap, "after", at)
local function goldbach(n) for _, p in ipairs(big) do if bigis[n - p] then return p, n - p end end end
for n = 4, 40, 6 do print(n, goldbach(n)) end
local sum = 0
for _, p in ipairs(big) do sum = sum + p end
print("sum of primes below 100000:", sum)
local function is_prime_trial(n)
  if n < 2 then return false end
  for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then return false end end
  return true
end
local agree = true
for n = 1, 2000 do if is_prime_trial(n) ~= (bigis[n] == true) then agree = false end end
print("trial division agrees with sieve:", agree)
local digits = {}
for _, p in ipairs(primes) do local d = p % 10 digits[d] = (digits[d] or 0) + 1 end
for d = 0, 9 do if digits[d] then io.write(d, "=", digits[d], " ") end end
print()
