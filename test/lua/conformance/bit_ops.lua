-- The bit module (LuaBitOp, as LuaJIT ships it): 32-bit operations, signed results, wrapping inputs.
print(bit.band(0xff, 0x0f), bit.bor(0xf0, 0x0f), bit.bxor(0xff, 0x0f), bit.bnot(0))
print(bit.band(-1, 0xffffffff), bit.bor(0x80000000, 0), bit.bnot(0x7fffffff))
print(bit.lshift(1, 0), bit.lshift(1, 31), bit.lshift(1, 32), bit.lshift(1, 33), bit.lshift(0xff, 28))
print(bit.rshift(0x80000000, 31), bit.rshift(-1, 28), bit.rshift(-1, 0), bit.rshift(16, 4))
print(bit.arshift(0x80000000, 31), bit.arshift(-16, 2), bit.arshift(16, 2), bit.arshift(-1, 31))
print(bit.rol(0x12345678, 4), bit.ror(0x12345678, 4), bit.rol(1, 32), bit.ror(1, 1))
print(bit.tobit(0xffffffff), bit.tobit(2 ^ 32 + 5), bit.tobit(-1), bit.tobit(1.5), bit.tobit(2.5))
print(bit.tohex(255), bit.tohex(255, 2), bit.tohex(-1), bit.tohex(0xabcd, -4), bit.tohex(0xabcdef, 8))
print(bit.bswap(0x12345678), bit.bswap(1))
print((pcall(bit.band)), bit.bor(1), bit.bxor(1, 2, 4, 8), bit.band(0xf0f0, 0xff00, 0xf000))
print(bit.band(2 ^ 32 + 3, 7), bit.bor(-2 ^ 31, 1), bit.lshift(3, -1 + 32))
print(bit.band("255", 15), bit.bor("0x10", 1))
local x = 0
for i = 0, 31, 3 do x = bit.bor(x, bit.lshift(1, i)) end
print(x, bit.tohex(x))
local function popcount(v)
  local c = 0
  while v ~= 0 do v = bit.band(v, v - 1) c = c + 1 end
  return c
end
print(popcount(0), popcount(1), popcount(0xff), popcount(0x7fffffff), popcount(-1))
local h = 5381
for c in ("hash me"):gmatch(".") do h = bit.band(bit.bxor(bit.lshift(h, 5) + h, c:byte()), 0x7fffffff) end
print(h)
local function crc32(s)
  local crc = bit.bnot(0)
  for i = 1, #s do
    crc = bit.bxor(crc, s:byte(i))
    for _ = 1, 8 do
      local mask = -bit.band(crc, 1)
      crc = bit.bxor(bit.rshift(crc, 1), bit.band(0xedb88320, mask))
    end
  end
  return bit.bnot(crc)
end
print(bit.tohex(crc32("The quick brown fox jumps over the lazy dog")), bit.tohex(crc32("")))
for _, v in ipairs({ 0, 1, -1, 2 ^ 31, 2 ^ 31 - 1, -2 ^ 31, 2 ^ 32, 2 ^ 40 + 7 }) do
  print(v, bit.tobit(v), bit.tohex(v), bit.bnot(v))
end
print((pcall(bit.band, "x")), (pcall(bit.band, {})), (pcall(bit.tohex)))
print(type(bit), type(bit.band))
