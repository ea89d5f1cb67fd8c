-- Coroutines: resume/yield value passing, status transitions, generators, producer/consumer.
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b)
  print("got", c, d)
  local e = coroutine.yield(c * d)
  print("got", e)
  return "finished", e
end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co, "last"))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(coroutine.create(function() end)))
print(coroutine.resume(coroutine.create(function(...) return select("#", ...), ... end), nil, nil))
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end return "end" end)
print(gen(), gen(), gen(), gen())
print(pcall(gen))
local function producer()
  return coroutine.create(function()
    for _, item in ipairs({ "apple", "banana", "cherry" }) do coroutine.yield(item) end
    return nil
  end)
end
local function consumer(p)
  local got = {}
  while true do
    local ok, item = coroutine.resume(p)
    if not item then break end
    got[#got + 1] = item:upper()
  end
  return table.concat(got, ",")
end
print(consumer(producer()))
local main_running = coroutine.running()
print(main_running)
local inner_status
local self_co
self_co = coroutine.create(function()
  inner_status = coroutine.status(self_co)
  print("running is self", coroutine.running() == self_co)
end)
coroutine.resume(self_co)
print(inner_status, coroutine.status(self_co))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function()
    print("outer status from inner", coroutine.status(outer))
    coroutine.yield("inner yielded")
  end)
  print(coroutine.resume(inner))
  print("inner status", coroutine.status(inner))
  coroutine.yield("outer yielded")
end)
print(coroutine.resume(outer))
print(coroutine.status(outer))
local function filter(pred, g)
  return coroutine.wrap(function() for v in g do if pred(v) then coroutine.yield(v) end end end)
end
local function nums(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local out = {}
for v in filter(function(x) return x % 3 == 0 end, nums(20)) do out[#out + 1] = v end
print(table.concat(out, " "))
local acc = coroutine.wrap(function(first)
  local total = first
  while true do total = total + coroutine.yield(total) end
end)
print(acc(1), acc(2), acc(3), acc(10))
local many = coroutine.create(function(...) local a, b, c = coroutine.yield(...) return c, b, a end)
print(coroutine.resume(many, "x", "y"))
print(coroutine.resume(many, 1, 2, 3))
print(coroutine.isyieldable)
print(select("#", coroutine.resume(coroutine.create(function() coroutine.yield() end))))
local count = 0
local perm = coroutine.wrap(function()
  local function p(a, n)
    if n == 0 then coroutine.yield(table.concat(a)) return end
    for i = 1, n do a[n], a[i] = a[i], a[n] p(a, n - 1) a[n], a[i] = a[i], a[n] end
  end
  p({ "a", "b", "c" }, 3)
end)
local perms = {}
for s in perm do perms[#perms + 1] = s end
table.sort(perms)
print(#perms, table.concat(perms, " "))
