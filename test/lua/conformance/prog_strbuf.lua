-- A real program: string buffers (table accumulation, the tower-of-strings merge), text wrapping, a report.
local Buffer = {}
Buffer.__index = Buffer
function Buffer.new() return setmetatable({ parts = {}, n = 0 }, Buffer) end
function Buffer:add(...)
  for i = 1, select("#", ...) do self.n = self.n + 1 self.parts[self.n] = tostring((select(i, ...))) end
  return self
end
function Buffer:addf(fmt, ...) return self:add(string.format(fmt, ...)) end
function Buffer:tostring(sep) return table.concat(self.parts, sep or "") end
Buffer.__tostring = function(b) return b:tostring() end
Buffer.__len = function(b) return b.n end
local b = Buffer.new()
b:add("a", 1, true, nil, 2.5):addf("[%03d]", 7)
print(b:tostring(), b:tostring("|"), b.n, tostring(b))
local tower = { "" }
local function push(s)
  tower[#tower + 1] = s
  for i = #tower - 1, 1, -1 do
    if #tower[i] > #tower[i + 1] then break end
    tower[i] = tower[i] .. table.remove(tower)
  end
end
for i = 1, 300 do push(string.format("%d,", i)) end
local merged = table.concat(tower)
print(#merged, #tower < 20, merged:sub(1, 20), merged:sub(-12))
local function wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line + #word + (line == "" and 0 or 1) > width then
      lines[#lines + 1] = line
      line = word
    else
      line = line == "" and word or (line .. " " .. word)
    end
  end
  if line ~= "" then lines[#lines + 1] = line end
  return lines
end
local text = "The quick brown fox jumps over the lazy dog while the cat watches from a very comfortable windowsill nearby"
for width = 15, 35, 10 do
  print("width " .. width)
  for _, l in ipairs(wrap(text, width)) do print("|" .. l .. string.rep(" ", width - #l) .. "|") end
end
local rows = { { "apple", 3, 0.5 }, { "banana", 12, 0.25 }, { "cherry", 100, 0.1 }, { "kiwi", 7, 1.333 } }
local rep = Buffer.new()
rep:addf("%-10s %5s %8s %9s\n", "item", "qty", "price", "total")
rep:add(string.rep("-", 35), "\n")
local total = 0
for _, r in ipairs(rows) do
  local t = r[2] * r[3]
  total = total + t
  rep:addf("%-10s %5d %8.3f %9.2f\n", r[1], r[2], r[3], t)
end
rep:add(string.rep("=", 35), "\n")
rep:addf("%-10s %24.2f\n", "sum", total)
io.write(rep:tostring())
local esc = {}
for c in ("a<b>&\"c'"):gmatch(".") do
  esc[#esc + 1] = ({ ["<"] = "&lt;", [">"] = "&gt;", ["&"] = "&amp;", ['"'] = "&quot;" })[c] or c
end
print(table.concat(esc))
local big = {}
for i = 1, 10000 do big[i] = "x" end
local s = table.concat(big)
print(#s, s == string.rep("x", 10000))
local csv = Buffer.new()
for i = 1, 5 do
  local row = {}
  for j = 1, 4 do row[j] = i * j end
  csv:add(table.concat(row, ","), "\n")
end
io.write(csv:tostring())
local hex = {}
for c in ("Lua\0\255"):gmatch(".") do hex[#hex + 1] = string.format("%02x", c:byte()) end
print(table.concat(hex, " "))
local rev = {}
for w in ("one two three four"):gmatch("%a+") do table.insert(rev, 1, w) end
print(table.concat(rev, " "))
