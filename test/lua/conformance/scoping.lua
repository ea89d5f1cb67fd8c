-- Locals, blocks and shadowing: what each name refers to, where a local's scope starts.
x = "global x"
local x = "local x"
print(x, _G.x)
do
  local x = "inner x"
  print(x)
  do
    local x = x .. " shadowed"
    print(x)
  end
  print(x)
end
print(x)
local y = 1
local y = y + 1
print(y)
local function f() return "f1" end
local g = f
local function f() return "f2 calls " .. g() end
print(f())
local a, b, c = 1, 2
print(a, b, c)
local p, q = 1, 2, 3
print(p, q)
local i = 10
for i = 1, 2 do print("loop i", i) end
print("after loop i", i)
for k, v in ipairs({ "a" }) do local k = k * 100 print(k, v) end
local z = 1
while z < 3 do local z2 = z * 10 print("while", z2) z = z + 1 end
print(z2)
repeat local r = "in repeat" print(r) until r == "in repeat"
local function rec(n) if n == 0 then return "done" end return rec(n - 1) end
print(rec(5))
local notrec = function(n) return n end
local notrec = function(n) if n > 0 then return notrec(n - 1) + 1 end return 0 end
print(notrec(3))
local t = {}
do local secret = 42 function t.get() return secret end end
print(t.get(), secret)
local v1 = 1
do local v1 = v1 + 1; do local v1 = v1 + 1; print(v1) end print(v1) end
print(v1)
local m = "outer"
local function show() return m end
m = "changed"
print(show())
local function params(x, x2) x = x .. "!" return x, x2 end
print(params("p"), x)
if true then local x = "if x" print(x) else print("never") end
print(x)
local n1, n2 = 5
n1, n2 = n2, n1
print(n1, n2)
