-- Arithmetic operators, precedence and associativity, modulo and power corner cases.
print(1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(-2 ^ 2, (-2) ^ 2, 2 ^ -1, -2 ^ -2)
print(7 / 2, -7 / 2, 7 / -2, 1 / 4)
print(10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, 5.25 % 0.5)
print(0 % 5, 5 % 5, 1 % 1e10, -1 % 1e10)
print(2 ^ 0, 0 ^ 0, 0 ^ 1, 4 ^ 0.5, 8 ^ (1 / 3), 10 ^ -2)
print((-8) ^ 2, 2 ^ 10, 2 ^ 0.5)
print(1 + -1, 1 - -1, - -1, -(-1))
print(not nil == true, not (1 == 2))
print(1 .. 2 == "12", "a" .. "b" .. "c" == "abc")
print(1 + 2 .. "", 2 .. 3 + 1)
print(2 * 3 ^ 2, -3 ^ 2 * 2)
print(1 < 2 == true, "x" .. 1 + 2)
local a, b = 17, 5
print(a + b, a - b, a * b, a / b, a % b, a ^ 2, -a)
print(math.floor(a / b), a - math.floor(a / b) * b)
local big = 2 ^ 53
print(big, big + 1 == big, big - 1)
print(1e308 + 1e308, -1e308 - 1e308)
print(1 / 0, -1 / 0, 1 / math.huge, -1 / math.huge)
local z = 0
print(-z, z * -1, 0 * -1, 1 / (-z))
print(math.huge - 1, -math.huge + 1e308)
print(3 - 3 == 0, 0.1 + 0.2 == 0.3, math.abs(0.1 + 0.2 - 0.3) < 1e-15)
local x = 10
x = x + 1; x = x * 2; x = x - 4; x = x / 3; x = x % 5; x = x ^ 2
print(x)
for _, v in ipairs({ 1, 2.5, -3, 0.125, 1e10, -1e-10 }) do
  print(v, v * 2, v / 2, v % 3, v ^ 2, -v)
end
