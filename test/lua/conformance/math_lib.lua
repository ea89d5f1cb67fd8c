-- The math library: every function, corner inputs, constants; random only for its properties.
print(math.pi, math.huge, -math.huge)
print(math.abs(-3), math.abs(3), math.abs(-0.5), math.abs(-math.huge))
print(math.floor(3.7), math.floor(-3.7), math.floor(3), math.ceil(3.2), math.ceil(-3.2), math.ceil(3))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2^53 + 0.5))
print(math.max(1, 5, 3), math.max(-1), math.min(4, 2, 8), math.min(1.5, 1.25), math.max(3.5, 3))
print(pcall(math.max))
print(pcall(math.min))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0))
print(math.sin(0), math.cos(0), math.tan(0), string.format("%.10f", math.sin(math.pi / 6)))
print(string.format("%.10f %.10f %.10f", math.asin(1), math.acos(0), math.atan(1)))
print(string.format("%.10f %.10f %.10f", math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1)))
print(math.atan2(0, 1), math.atan2(1, 0) == math.pi / 2)
print(string.format("%.10f %.10f %.10f", math.sinh(1), math.cosh(1), math.tanh(1)))
print(math.exp(0), string.format("%.12f", math.exp(1)), math.log(1), string.format("%.12f", math.log(10)))
print(math.log10(1000), math.log10(0.01), math.log(0), math.log10(0))
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2), math.pow(-8, 1 / 3) ~= math.pow(-8, 1 / 3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), math.fmod(-7, -3))
print(math.modf(3.7), math.modf(-3.7), math.modf(5), math.modf(-0.25))
print(math.modf(math.huge), math.modf(-math.huge))
print(math.frexp(8), math.frexp(0.5), math.frexp(0), math.frexp(-3), math.frexp(1e-300))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 10), math.ldexp(1, 1024))
print(math.deg(math.pi), math.rad(180) == math.pi, math.deg(1), math.rad(1))
print(math.floor("2.5"), math.sqrt("9"), math.abs("-1"))
print(pcall(math.floor, "x"))
print(pcall(math.floor))
print(pcall(math.abs, nil))
print(math.mod ~= nil and math.mod(7, 3))
math.randomseed(42)
local a1, a2, a3 = math.random(), math.random(), math.random()
math.randomseed(42)
local b1, b2, b3 = math.random(), math.random(), math.random()
print("same seed same sequence", a1 == b1 and a2 == b2 and a3 == b3)
local okrange, okint = true, true
for _ = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then okrange = false end
  local n = math.random(10)
  if n < 1 or n > 10 or n ~= math.floor(n) then okint = false end
  local m = math.random(-5, 5)
  if m < -5 or m > 5 or m ~= math.floor(m) then okint = false end
end
print("random in [0,1)", okrange, "integers in range", okint)
print(math.random(1, 1), math.random(7, 7))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 0))
print(pcall(math.random, 1, 2, 3))
local seen = {}
for _ = 1, 200 do seen[math.random(3)] = true end
print("all of 1..3 drawn", seen[1] and seen[2] and seen[3])
local zero = 0
print(math.floor(-zero), 1 / math.floor(-zero) < 0, math.ceil(-0.5), math.max(-zero, zero), math.min(zero, -zero))
print(math.max(3, "10"), pcall(math.max, 1, "x"))
