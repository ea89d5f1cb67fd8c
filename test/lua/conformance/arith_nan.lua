-- NaN and infinities: comparisons, table keys, printing as lua5.1 on Linux x86-64 does.
local inf = math.huge
local nan = inf - inf
print(nan ~= nan, nan == nan, nan < nan, nan > 0, nan <= nan)
print(inf > 1e308, -inf < -1e308, inf == inf, inf + inf, inf - 1)
print(inf * 0 ~= inf * 0)
print(tostring(inf), tostring(-inf))
print(math.max(1, inf), math.min(1, -inf))
print(math.floor(inf), math.ceil(-inf))
print(pcall(function() local t = {} t[nan] = 1 end))
local t = {}
print(t[nan])
t[inf] = "inf key"
t[-inf] = "minus inf key"
print(t[inf], t[-inf], t[1 / 0])
print(nan ~= nan and "nan is not equal to itself")
local function isnan(x) return x ~= x end
print(isnan(nan), isnan(inf), isnan(0 / 0), isnan(math.sqrt(-1)))
print(2 ^ 1024, -(2 ^ 1024), 10 ^ 400)
print(math.huge / math.huge ~= math.huge / math.huge)
print(string.format("%f %f", inf, -inf))
print(string.format("%e", inf), string.format("%g", -inf))
print(string.format("%.1f", 1e300 * 1e10))
print(inf % 2 ~= inf % 2, 5 % inf)
print(math.fmod(5, inf), math.abs(-inf))
print(0 / 0 ~= 0 / 0)
print(tostring(0/0) == tostring(0/0))
print(0/0)
print(-(0/0))
print(math.sqrt(-1))
print(inf - inf)
print(string.format("%.14g", 0/0))
print(tonumber("nan"), tonumber("-nan"), tonumber("  NaN  "), tonumber("nan") ~= tonumber("nan"))
