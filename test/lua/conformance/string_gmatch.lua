-- string.gmatch: captures, anchors (a '^' is literal in 5.1's gmatch), empty matches, iterator reuse.
local function collect(s, p)
  local out = {}
  for a, b in s:gmatch(p) do out[#out + 1] = b and (a .. "/" .. b) or a end
  return #out .. ":" .. table.concat(out, ",")
end
print(collect("one two three", "%a+"))
print(collect("k1=v1, k2=v2", "(%w+)=(%w+)"))
print(collect("abc", ""))
print(collect("abc", "()"))
print(collect("a1b22c333", "%d+"))
print(collect("a1b22c333", "%d*"))
print(collect("^a^a", "^a"))
print(collect("hello", "l"))
print(collect("", "x*"))
print(collect("aXbXc", "[^X]+"))
print(collect("  spaced   out  ", "%S+"))
print(collect("1,2,,3", "([^,]*)"))
print(collect("(a)(bb)(ccc)", "%((%a+)%)"))
print(collect("THE (quick) fox", "%f[%a]%a+"))
local it = ("x y z"):gmatch("%a")
print(it(), it(), it(), it(), it())
local words = {}
for w in string.gmatch("The quick brown fox", "%a+") do words[#words + 1] = w:lower() end
table.sort(words)
print(table.concat(words, " "))
local counts = {}
for c in ("mississippi"):gmatch(".") do counts[c] = (counts[c] or 0) + 1 end
print(counts.m, counts.i, counts.s, counts.p)
local pos = {}
for p, w in ("ab cd ef"):gmatch("()(%a+)") do pos[#pos + 1] = p .. w end
print(table.concat(pos, " "))
local csv = 'name,age\nalice,30\nbob,25'
for line in csv:gmatch("[^\n]+") do
  local fields = {}
  for field in line:gmatch("[^,]+") do fields[#fields + 1] = field end
  print(#fields, fields[1], fields[2])
end
print(pcall(string.gmatch, "x"))
print(type(("x"):gmatch(".")))
local n = 0
for _ in ("aaaa"):gmatch("aa") do n = n + 1 end
print("non-overlapping", n)
for k, v in ("a=1;b=;=3"):gmatch("(%w*)=(%w*)") do io.write("[", k, "|", v, "]") end
print()
local nums = {}
for num in ("3.14 -2 1e3 0x1F"):gmatch("%S+") do nums[#nums + 1] = tonumber(num) end
print(nums[1], nums[2], nums[3], nums[4])
