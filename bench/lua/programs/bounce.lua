-- bounce: balls with pseudo-random positions and speeds move inside a 500 x 500 box for n
-- rounds of 50 steps; a ball that leaves the box is put back on the wall and its speed
-- reversed. Counts the bounces. Integer arithmetic only; the random numbers come from a
-- Park-Miller generator reseeded every round, so every round counts the same bounces.
local n = tonumber((...)) or 1500

local BALLS, STEPS, SIDE = 100, 50, 500
local BOUNCES_PER_ROUND = 1274

-- Park and Miller's minimal standard generator, seed = seed * 16807 mod (2^31 - 1), by
-- Schrage's method so that no intermediate value leaves the 32-bit signed range.
local seed = 1
local function random()
  local hi = math.floor(seed / 127773)
  local lo = seed % 127773
  seed = 16807 * lo - 2836 * hi
  if seed <= 0 then seed = seed + 2147483647 end
  return seed
end

local function newBall()
  return {
    x = random() % SIDE,
    y = random() % SIDE,
    dx = random() % 301 - 150,
    dy = random() % 301 - 150,
  }
end

-- Moves the ball one step; returns 1 when it hit a wall, 0 otherwise.
local function step(ball)
  local bounced = 0
  local x, y = ball.x + ball.dx, ball.y + ball.dy
  if x > SIDE then x = SIDE; ball.dx = -ball.dx; bounced = 1 end
  if x < 0 then x = 0; ball.dx = -ball.dx; bounced = 1 end
  if y > SIDE then y = SIDE; ball.dy = -ball.dy; bounced = 1 end
  if y < 0 then y = 0; ball.dy = -ball.dy; bounced = 1 end
  ball.x, ball.y = x, y
  return bounced
end

local function round()
  seed = 1
  local balls = {}
  for i = 1, BALLS do balls[i] = newBall() end
  local bounces = 0
  for _ = 1, STEPS do
    for i = 1, BALLS do bounces = bounces + step(balls[i]) end
  end
  return bounces
end

local total = 0
for _ = 1, n do total = total + round() end
if total ~= BOUNCES_PER_ROUND * n then
  error("bounce: wrong result " .. total .. " bounces in " .. n .. " rounds, expected " .. BOUNCES_PER_ROUND * n)
end
print(string.format("bounce: %d bounces in %d rounds", total, n))
