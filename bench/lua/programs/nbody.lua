-- nbody: the Jovian planets orbiting the sun, integrated with the symplectic Euler method
-- (time step 0.01) for n steps; prints the system's energy before and after, to 9 decimals.
-- Checked against the energies listed below.
local n = tonumber((...)) or 250000

local EXPECTED = {
  [1] = { "-0.169075164", "-0.169074954" },
  [10] = { "-0.169075164", "-0.169073022" },
  [100] = { "-0.169075164", "-0.169050762" },
  [1000] = { "-0.169075164", "-0.169087605" },
  [10000] = { "-0.169075164", "-0.169016441" },
  [100000] = { "-0.169075164", "-0.169079859" },
  [200000] = { "-0.169075164", "-0.169083713" },
  [250000] = { "-0.169075164", "-0.169085989" },
  [500000] = { "-0.169075164", "-0.169096567" },
}

local PI = 3.141592653589793
local SOLAR_MASS = 4 * PI * PI
local DAYS_PER_YEAR = 365.24

local function body(x, y, z, vx, vy, vz, mass)
  return {
    x = x, y = y, z = z,
    vx = vx * DAYS_PER_YEAR, vy = vy * DAYS_PER_YEAR, vz = vz * DAYS_PER_YEAR,
    mass = mass * SOLAR_MASS,
  }
end

local bodies = {
  body(0, 0, 0, 0, 0, 0, 1),
  body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
       9.54791938424326609e-04),
  body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
       2.85885980666130812e-04),
  body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
       4.36624404335156298e-05),
  body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
       5.15138902046611451e-05),
}
local count = #bodies

-- Gives the sun the momentum that makes the system's total momentum zero.
local function offsetMomentum()
  local px, py, pz = 0.0, 0.0, 0.0
  for i = 1, count do
    local b = bodies[i]
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  local sun = bodies[1]
  sun.vx = -px / SOLAR_MASS
  sun.vy = -py / SOLAR_MASS
  sun.vz = -pz / SOLAR_MASS
end

local function energy()
  local e = 0.0
  for i = 1, count do
    local b = bodies[i]
    e = e + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    for j = i + 1, count do
      local b2 = bodies[j]
      local dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
      e = e - b.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(dt)
  for i = 1, count do
    local b = bodies[i]
    for j = i + 1, count do
      local b2 = bodies[j]
      local dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
      local distanceSquared = dx * dx + dy * dy + dz * dz
      local magnitude = dt / (distanceSquared * math.sqrt(distanceSquared))
      local m, m2 = b.mass * magnitude, b2.mass * magnitude
      b.vx = b.vx - dx * m2
      b.vy = b.vy - dy * m2
      b.vz = b.vz - dz * m2
      b2.vx = b2.vx + dx * m
      b2.vy = b2.vy + dy * m
      b2.vz = b2.vz + dz * m
    end
  end
  for i = 1, count do
    local b = bodies[i]
    b.x = b.x + dt * b.vx
    b.y = b.y + dt * b.vy
    b.z = b.z + dt * b.vz
  end
end

offsetMomentum()
local before = string.format("%.9f", energy())
for _ = 1, n do advance(0.01) end
local after = string.format("%.9f", energy())

local expected = EXPECTED[n]
if expected == nil then error("nbody: wrong result: no expected value for size " .. n) end
if before ~= expected[1] or after ~= expected[2] then
  error("nbody: wrong result: energy " .. before .. " then " .. after .. " after " .. n ..
        " steps, expected " .. expected[1] .. " then " .. expected[2])
end
print(string.format("nbody: energy %s before, %s after %d steps", before, after, n))
