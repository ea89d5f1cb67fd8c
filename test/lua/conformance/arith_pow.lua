-- Exponentiation: ^ and math.pow must be C's pow (correctly rounded on glibc), not an approximation.
for e = -10, 10 do
  local p = 10 ^ e
  io.write(e, ":", string.format("%.17g", p), " ")
  if e % 3 == 0 then print() end
end
print()
local literal = { [-8] = 1e-8, [-5] = 1e-5, [-4] = 1e-4, [-3] = 1e-3, [-1] = 1e-1, [5] = 1e5, [22] = 1e22, [23] = 1e23 }
for _, e in ipairs({ -8, -5, -4, -3, -1, 5, 22, 23 }) do
  print("10^" .. e, 10 ^ e == literal[e], math.pow(10, e) == literal[e])
end
for e = -4, 4 do io.write(string.format("%.17g ", 2 ^ (e + 0.5))) end
print()
for _, b in ipairs({ 3, 7, 1.1, 0.9, 123.456 }) do
  print(b, string.format("%.17g %.17g %.17g %.17g", b ^ 2, b ^ 3, b ^ -1, b ^ 0.5))
end
print(2 ^ 10, 2 ^ -10, 2 ^ 0.5 == math.sqrt(2), 4 ^ 0.5, 27 ^ (1 / 3))
print((-2) ^ 3, (-2) ^ 2, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 0 ^ -1, 0 ^ 0)
print(1 ^ math.huge, math.huge ^ 0, 2 ^ math.huge, 2 ^ -math.huge, 0.5 ^ math.huge)
print(10 ^ 308, 10 ^ 309, 10 ^ -323, 10 ^ -324)
print(string.format("%.17g %.17g", 1.0000001 ^ 1e7, 0.9999999 ^ 1e7))
local x = 1.5
for i = 1, 6 do x = x ^ 1.5 io.write(string.format("%.15g ", x)) end
print()
print(-2 ^ 2, 2 ^ -2 ^ -1, 2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(math.pow(2, 3), math.pow("2", "3"), pcall(math.pow, 2))
local r = {}
for i = 1, 12 do r[i] = string.format("%.6g", 1.25 * 10 ^ (i - 6)) end
print(table.concat(r, " "))
print(-9.875 * 10 ^ -5 == -9.875e-5, 5 * 10 ^ -1 == 0.5, 3 * 10 ^ -2 == 0.03)
print(1e-5 * 10 ^ 5 == 1, 10 ^ 15 == 1e15, 10 ^ 16 == 1e16)
