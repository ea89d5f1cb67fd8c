-- How numbers print: Lua's "%.14g" for many magnitudes, signs and fractions.
local values = {
  0, 1, -1, 0.5, -0.5, 0.1, 0.25, 1 / 3, -2 / 3, 10, 100, 1000,
  123456, 1234567, 12345678901234, 123456789012345, 1234567890123456,
  1e14, 1e15, 1e16, 1e17, 1e21, 1e22, 1e100, 1e300, 1e308,
  1e-1, 1e-4, 1e-5, 1e-6, 1e-10, 1e-300, 5e-324,
  3.14159265358979, 2.718281828459045, 1.0000000000001, 0.99999999999999,
  0.999999999999999, 99999999999999.9, 999999999999999, 9999999999999999,
  2 ^ 24, 2 ^ 31, 2 ^ 32, 2 ^ 52, 2 ^ 53, 2 ^ 63, 2 ^ 64, 2 ^ -10,
  123.456, -123.456, 1.5e-7, 6.02214076e23, 1.7976931348623157e308,
  0.1 + 0.2, 100 / 3, 1 / 7, 22 / 7, 1e15 + 0.3, 4.35, 0.000123,
}
for i, v in ipairs(values) do
  print(i, v, -v, v * 10, v / 10)
end
print(string.format("%.14g", 0.1), string.format("%.17g", 0.1))
print(string.format("%.14g", 1e15), string.format("%g", 1e15))
print(string.format("%.3g|%.10g|%g", 1234.5, 1 / 3, 100000))
print(string.format("%g|%g|%g", 1e-5, 123456789, 0.0001))
print(math.huge, -math.huge)
local z = 0
print(-z, 0 * -1, -z + 0, z)
print(string.format("%g %g", -z, z))
print(tostring(-z), (-z) == 0)
print(1 / (-z) < 0)
local acc = 1
for i = 1, 20 do acc = acc * 7 io.write(acc, " ") end
print()
acc = 1
for i = 1, 12 do acc = acc / 3 io.write(acc, " ") end
print()
for e = -8, 8 do io.write(1.5 * 10 ^ e, " ") end
print()
print(2 ^ 0.5 * 2 ^ 0.5, 1 - 1e-16, 1 + 1e-15, 100 * 1.1)
print(255 / 256, 1 / 1024, 3 * 0.1, 0.1 * 3 == 0.3)
