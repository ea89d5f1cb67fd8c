-- __index and __newindex as tables and functions, rawget/rawset, chains, defaults.
local defaults = { color = "red", size = 10 }
local obj = setmetatable({ size = 20 }, { __index = defaults })
print(obj.color, obj.size, obj.missing, rawget(obj, "color"))
local calls = {}
local fidx = setmetatable({}, { __index = function(t, k) calls[#calls + 1] = tostring(k) return k .. "!" end })
print(fidx.a, fidx[1], fidx.b)
print(table.concat(calls, ","))
print(rawget(fidx, "a"))
local log = {}
local store = {}
local proxy = setmetatable({}, {
  __index = function(_, k) return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = k .. "=" .. tostring(v) store[k] = v end,
})
proxy.x = 1
proxy.y = 2
proxy.x = 3
print(proxy.x, proxy.y, rawget(proxy, "x"))
print(table.concat(log, " "))
local backing = {}
local redirect = setmetatable({}, { __newindex = backing })
redirect.a = "to backing"
print(rawget(redirect, "a"), backing.a)
local existing = setmetatable({ present = 1 }, { __newindex = function() error("not called for existing keys") end })
existing.present = 2
print(existing.present)
rawset(existing, "new", "raw")
print(existing.new)
local ro = setmetatable({}, { __newindex = function(t, k) error("read-only table: " .. k, 2) end })
print(pcall(function() ro.field = 1 end))
local a = { name = "a" }
local b = setmetatable({ name = "b" }, { __index = a })
local c = setmetatable({}, { __index = b })
a.only_a = "from a"
print(c.name, c.only_a, c.nothing)
local depth = {}
local cur = { leaf = "found deep" }
for i = 1, 20 do cur = setmetatable({}, { __index = cur }) end
print(cur.leaf)
local numidx = setmetatable({}, { __index = function(t, i) return i * i end })
print(numidx[4], numidx[1.5], numidx[-2])
local cache = setmetatable({}, { __index = function(t, k) local v = k * 2 rawset(t, k, v) return v end })
print(cache[5], rawget(cache, 5), rawget(cache, 6))
local s = "abc"
print(s:upper(), ("x"):rep(2), type(s.len))
print(getmetatable("").__index == string)
local fallback_nil = setmetatable({}, { __index = function() return nil end })
print(fallback_nil.anything)
print(pcall(function() local n = nil; return n.field end))
print(pcall(function() local u = setmetatable({}, { __index = 5 }) return u.x end))
local set_count = 0
local counted = setmetatable({}, { __newindex = function(t, k, v) set_count = set_count + 1 rawset(t, k, v) end })
counted.a = 1
counted.a = 2
counted.b = 3
print(set_count, counted.a, counted.b)
local mt = {}
mt.__index = mt
mt.shared = "method table"
local inst = setmetatable({}, mt)
print(inst.shared, inst.__index == mt)
local chain_new = setmetatable({}, { __newindex = setmetatable({}, { __newindex = function(t, k, v) print("second level newindex", k, v) end }) })
chain_new.z = 26
