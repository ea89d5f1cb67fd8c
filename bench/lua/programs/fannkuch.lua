-- fannkuch: fannkuch-redux. For every permutation of 1..n, in the order of the counting
-- rotations, reverses the first k elements (k the first element) until 1 comes first,
-- counting the flips; reports the largest flip count and the checksum (the flip counts
-- summed with alternating signs, by the permutation's index). Checked against the figures
-- listed below.
local n = tonumber((...)) or 9

local EXPECTED = {
  [3] = { 2, 2 }, [4] = { 4, 4 }, [5] = { 11, 7 }, [6] = { 49, 10 }, [7] = { 228, 16 },
  [8] = { 1616, 22 }, [9] = { 8629, 30 }, [10] = { 73196, 38 }, [11] = { 556355, 51 },
  [12] = { 3968050, 65 },
}

local function fannkuch(size)
  local perm, flipped, counts = {}, {}, {}
  for i = 1, size do
    perm[i] = i
    counts[i] = 0
  end
  local checksum, maxFlips, index = 0, 0, 0
  while true do
    -- Count the flips of this permutation on a copy of it.
    local first = perm[1]
    if first ~= 1 then
      for i = 1, size do flipped[i] = perm[i] end
      local flips = 0
      while first ~= 1 do
        local lo, hi = 1, first
        while lo < hi do
          flipped[lo], flipped[hi] = flipped[hi], flipped[lo]
          lo = lo + 1
          hi = hi - 1
        end
        flips = flips + 1
        first = flipped[1]
      end
      if flips > maxFlips then maxFlips = flips end
      if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
    end
    -- The next permutation: rotate the first r + 1 elements left by one, for the smallest r
    -- whose rotation counter has not wrapped around.
    local r = 1
    while true do
      if r == size then return checksum, maxFlips end
      local head = perm[1]
      for i = 1, r do perm[i] = perm[i + 1] end
      perm[r + 1] = head
      counts[r] = counts[r] + 1
      if counts[r] <= r then break end
      counts[r] = 0
      r = r + 1
    end
    index = index + 1
  end
end

local checksum, maxFlips = fannkuch(n)
local expected = EXPECTED[n]
if expected == nil then error("fannkuch: wrong result: no expected value for size " .. n) end
if checksum ~= expected[1] or maxFlips ~= expected[2] then
  error("fannkuch: wrong result: checksum " .. checksum .. ", " .. maxFlips .. " flips for size " .. n ..
        ", expected " .. expected[1] .. ", " .. expected[2])
end
print(string.format("fannkuch: checksum %d, Pfannkuchen(%d) = %d", checksum, n, maxFlips))
