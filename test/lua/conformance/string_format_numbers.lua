-- string.format's floating conversions over many magnitudes and precisions (C printf rounding).
local values = { 0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 0.05, 1 / 3, 2 / 3, 9.995, 99.5, 999.9999,
  1e-7, 1.23456789e-5, 123456.789, 1e15, 123456789012345678, 1e21, 2 ^ 60, 1e-300, 1.7976931348623157e308 }
for _, v in ipairs(values) do
  print(string.format("%g|%.1g|%.3g|%.10g|%.17g", v, v, v, v, v))
  print(string.format("%e|%.0e|%.3e|%.12E", v, v, v, v))
  if math.abs(v) < 1e22 then print(string.format("%f|%.0f|%.1f|%.3f|%.10f", v, v, v, v, v)) end
end
local rounding = { 0.5, 1.5, 2.5, 3.5, 0.25, 0.35, 0.45, 1.005, 2.675, 1.115, 1e-5 * 5 }
for _, v in ipairs(rounding) do
  print(v, string.format("%.0f %.1f %.2f %.3f", v, v, v, v))
end
print(string.format("%#.3g|%#g|%#.0e|%#.0f|%#x|%#o", 1, 1.5, 3, 7, 0, 0))
print(string.format("%+g|% g|%+e|%+.0f|% .2f", 1, 1, 1, -0.4, 3.14159))
print(string.format("%010.3f|%-10.3f|%+010.2f|%10.0e|%-12g|", -3.14159, 3.14159, 2.5, 12345, 0.0001))
print(string.format("%20.15f|%.15g|%.16g", math.pi, math.pi, math.pi))
print(string.format("%5.1f%%|%05d|%5s|%-5s|", 12.345, -42, "ab", "ab"))
print(string.format("%d|%d|%d|%d", 3.7, -3.7, 2 ^ 31 + 0.5, -2 ^ 31 - 0.5))
print(string.format("%x|%X|%o", 3.9, 255.5, 8.99))
print(string.format("%c%c%c|%5c|%-5c|", 65.9, 66, 67, 68, 69))
print(string.format("%.3s|%.0s|%10.4s|%-10.2s|", "abcdef", "abc", "abcdef", "abcdef"))
local inf, zero = math.huge, 0
print(string.format("%f|%e|%g|%5.1f|%-6g|", inf, -inf, inf, inf, -inf))
print(string.format("%g|%e|%f|%.0f|%+g", -zero, -zero, -zero, -zero, -zero))
for p = 0, 16 do io.write(string.format("%." .. p .. "g ", 2 / 3)) end
print()
for p = 0, 12 do io.write(string.format("%." .. p .. "f ", 1 / 7)) end
print()
for _, v in ipairs({ 1.25e-6, 1.25e-5, 1.25e-4, 1.25e-3, 0.0125, 0.125, 1.25, 12.5, 125, 1250, 12500, 125000, 1.25e6 }) do io.write(string.format("%g ", v)) end
print()
for _, v in ipairs({ -9.875e-6, -9.875e-5, -9.875e-4, -9.875e-3, -9.875, -9.875e3, -9.875e6 }) do io.write(string.format("%.2e ", v)) end
print()
