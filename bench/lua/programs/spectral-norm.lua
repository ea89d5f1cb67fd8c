-- spectral-norm: the spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2
-- + i + 1), cut to n x n, by 10 steps of the power method on A^T A; printed to 9 decimals.
-- Checked against the figures listed below.
local n = tonumber((...)) or 500

local EXPECTED = {
  [1] = "1.000000000", [2] = "1.183350177", [5] = "1.261217616", [10] = "1.271844019",
  [20] = "1.273839841", [50] = "1.274193837", [100] = "1.274219991", [200] = "1.274223601",
  [250] = "1.274223867", [300] = "1.274223986", [400] = "1.274224081", [500] = "1.274224116",
  [1000] = "1.274224148",
}

local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

-- out = A * v (indices 0-based in the formula, 1-based in the tables).
local function multiplyAv(size, v, out)
  for i = 1, size do
    local sum = 0.0
    for j = 1, size do sum = sum + a(i - 1, j - 1) * v[j] end
    out[i] = sum
  end
end

-- out = A^T * v.
local function multiplyAtv(size, v, out)
  for i = 1, size do
    local sum = 0.0
    for j = 1, size do sum = sum + a(j - 1, i - 1) * v[j] end
    out[i] = sum
  end
end

-- out = A^T * A * v, through the scratch vector tmp.
local function multiplyAtAv(size, v, out, tmp)
  multiplyAv(size, v, tmp)
  multiplyAtv(size, tmp, out)
end

local u, v, tmp = {}, {}, {}
for i = 1, n do u[i] = 1.0 end
for _ = 1, 10 do
  multiplyAtAv(n, u, v, tmp)
  multiplyAtAv(n, v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
local norm = string.format("%.9f", math.sqrt(vBv / vv))

local expected = EXPECTED[n]
if expected == nil then error("spectral-norm: wrong result: no expected value for size " .. n) end
if norm ~= expected then
  error("spectral-norm: wrong result " .. norm .. " for size " .. n .. ", expected " .. expected)
end
print(string.format("spectral-norm: %s for size %d", norm, n))
