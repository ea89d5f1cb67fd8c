-- Table constructors: positional, named and computed fields, separators, nesting.
local t = { 10, 20, 30 }
print(#t, t[1], t[2], t[3], t[4])
local n = { x = 1, y = 2, ["z"] = 3, [1] = "one", [2 + 1] = "three" }
print(n.x, n.y, n.z, n[1], n[2], n[3])
local mix = { "a", "b", k = "v", "c"; "d" }
print(#mix, mix[1], mix[2], mix[3], mix[4], mix.k)
local over = { [1] = "explicit", "positional" }
print(over[1])
local over2 = { "positional", [1] = "explicit" }
print(over2[1])
local trailing = { 1, 2, 3, }
print(#trailing)
local semi = { 1; 2; 3; }
print(#semi)
local nested = { { 1, 2 }, { 3, { 4, 5 } }, inner = { deep = { deeper = "bottom" } } }
print(nested[1][2], nested[2][2][1], nested.inner.deep.deeper)
local empty = {}
print(#empty, next(empty))
local keys = { [true] = "t", [false] = "f", [1.5] = "float", [-1] = "neg", [0] = "zero" }
print(keys[true], keys[false], keys[1.5], keys[-1], keys[0], #keys)
local fkey = print
local ft = { [fkey] = "function key" }
print(ft[print])
local tk = {}
local tt = { [tk] = "table key" }
print(tt[tk], tt[{}])
local s = "dyn"
local comp = { [s .. "amic"] = 1, [#s] = "len key" }
print(comp.dynamic, comp[3])
local fn = { add = function(a, b) return a + b end, 7 }
print(fn.add(2, 3), fn[1])
local self_ref = { name = "obj" }
self_ref.me = self_ref
print(self_ref.me.me.me.name)
local big = {}
for i = 1, 100 do big[i] = i * i end
print(#big, big[50], big[100])
local float_keys = {}
float_keys[1.0] = "one"
float_keys[2] = "two"
print(float_keys[1], float_keys[2.0], #float_keys)
local str_num = { ["1"] = "s", [1] = "n" }
print(str_num["1"], str_num[1])
local function f() return 1, 2, 3 end
local expand = { f(), f() }
print(#expand, expand[4])
local noexpand = { f(), f(), "end" }
print(#noexpand)
local vals = { nil, nil, 3 }
print(vals[3])
local matrix = {}
for r = 1, 3 do
  matrix[r] = {}
  for c = 1, 3 do matrix[r][c] = r * c end
end
for r = 1, 3 do print(table.concat(matrix[r], " ")) end
print(type(t), type(nested[1]))
local a = { [1] = 1, [2] = 2, [3] = 3 }
print(#a)
print(({ "x", "y" })[2])
