-- permute: enumerates every permutation of 1..n by recursive swapping, summing the first
-- element of each one. The count must be n! and the sum (n-1)! * n(n+1)/2.
local n = tonumber((...)) or 10

local items = {}
for i = 1, n do items[i] = i end
local count, firstSum = 0, 0

local function permute(k)
  if k == 1 then
    count = count + 1
    firstSum = firstSum + items[1]
    return
  end
  for i = 1, k do
    permute(k - 1)
    if i < k then
      local j = (k % 2 == 0) and i or 1
      items[j], items[k] = items[k], items[j]
    end
  end
end

permute(n)

local factorial = 1
for i = 2, n do factorial = factorial * i end
local expectedSum = factorial / n * (n * (n + 1) / 2)
if count ~= factorial or firstSum ~= expectedSum then
  error("permute: wrong result " .. count .. " permutations with first-element sum " .. firstSum ..
        " for size " .. n)
end
print(string.format("permute: %d permutations, first-element sum %d", count, firstSum))
