-- mandelbrot: iterates z = z^2 + c (at most 50 times, until |z| > 2) for the n x n points c
-- of the square [-1.5, 0.5] x [-1, 1]; counts the points that never escape and sums the
-- iterations of all points. Checked against the figures listed below.
local n = tonumber((...)) or 1000

local EXPECTED = {
  [10] = { 45, 2553 }, [20] = { 157, 9568 }, [50] = { 992, 60987 },
  [100] = { 3963, 244052 }, [200] = { 15909, 976575 }, [250] = { 24820, 1525958 },
  [400] = { 63572, 3905042 }, [500] = { 99378, 6102374 }, [600] = { 143076, 8786742 },
  [750] = { 223514, 13729633 }, [1000] = { 397380, 24406664 },
}

local LIMIT = 50

local inside, iterations = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi = 0.0, 0.0
    local i = 0
    while i < LIMIT do
      local zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > 4.0 then break end
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      i = i + 1
    end
    if i == LIMIT then inside = inside + 1 end
    iterations = iterations + i
  end
end

local expected = EXPECTED[n]
if expected == nil then error("mandelbrot: wrong result: no expected value for size " .. n) end
if inside ~= expected[1] or iterations ~= expected[2] then
  error("mandelbrot: wrong result " .. inside .. " points inside and " .. iterations ..
        " iterations for size " .. n .. ", expected " .. expected[1] .. " and " .. expected[2])
end
print(string.format("mandelbrot: %d of %d points inside, %d iterations", inside, n * n, iterations))
