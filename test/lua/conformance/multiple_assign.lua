-- Multiple assignment and multiple results: adjustment, truncation, evaluation order.
local function three() return 1, 2, 3 end
local function none() end
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = three(), 10
print(a, b, c, d)
a, b, c, d = 0, three()
print(a, b, c, d)
a, b = (three())
print(a, b)
a, b, c = none()
print(a, b, c)
a, b, c = none(), 5
print(a, b, c)
local x, y = 1, 2
x, y = y, x
print(x, y)
local t = { 1, 2, 3 }
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local u = {}
u.a, u.b, u.a = 1, 2, 3
print(u.b)
print(three(), three())
print((three()), three())
local tt = { three(), three() }
print(#tt, tt[1], tt[2], tt[4])
local tt2 = { three(), (three()) }
print(#tt2)
local tt3 = { (three()) }
print(#tt3)
local s = string.format("%d %d %d", three())
print(s)
print(string.format("%s|%s", three()))
local function ret_call() return three() end
print(ret_call())
local function ret_paren() return (three()) end
print(ret_paren())
local function ret_mixed() return three(), "x" end
print(ret_mixed())
local m1, m2, m3, m4, m5 = 1
print(m1, m2, m3, m4, m5)
local n1, n2 = 1, 2, print("extra expressions are evaluated")
print(n1, n2)
local function order(tag) io.write(tag, " ") return tag end
local r1, r2, r3 = order("a"), order("b"), order("c")
print()
print(r1, r2, r3)
local z = {}
z[1], z[2], z[3] = three()
print(z[1], z[2], z[3])
local g1, g2
g1, g2 = string.find("hello world", "o w")
print(g1, g2)
local q = { n = 0 }
q.n, q.m = q.n + 1, q.n
print(q.n, q.m)
local function swap3(p1, p2, p3) return p3, p2, p1 end
print(swap3(swap3(1, 2, 3)))
print(select("#", three(), three()))
print(select("#", none(), none()))
print(select("#", (none())))
print(math.max(three()), math.min(three(), 0))
print(pcall(type, none()))
print(pcall(type))
