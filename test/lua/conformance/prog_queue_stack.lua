-- A real program: a queue/stack module (double-ended queue with two indices), used for BFS and RPN.
local Deque = {}
Deque.__index = Deque
function Deque.new() return setmetatable({ first = 0, last = -1, items = {} }, Deque) end
function Deque:push_back(v) self.last = self.last + 1 self.items[self.last] = v end
function Deque:push_front(v) self.first = self.first - 1 self.items[self.first] = v end
function Deque:pop_front()
  if self.first > self.last then return nil, "empty" end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Deque:pop_back()
  if self.first > self.last then return nil, "empty" end
  local v = self.items[self.last]
  self.items[self.last] = nil
  self.last = self.last - 1
  return v
end
function Deque:size() return self.last - self.first + 1 end
function Deque:peek_front() return self.items[self.first] end
function Deque:peek_back() return self.items[self.last] end
function Deque:iter()
  local i = self.first - 1
  return function() i = i + 1 if i <= self.last then return self.items[i] end end
end
local q = Deque.new()
for i = 1, 5 do q:push_back(i) end
q:push_front(0)
q:push_front(-1)
local seen = {}
for v in q:iter() do seen[#seen + 1] = v end
print(table.concat(seen, " "), q:size(), q:peek_front(), q:peek_back())
print(q:pop_front(), q:pop_back(), q:pop_front(), q:size())
while q:size() > 0 do io.write(q:pop_back(), " ") end
print()
print(q:pop_front())
print(q:pop_back())
for i = 1, 100000 do q:push_back(i) if i % 2 == 0 then q:pop_front() end end
print(q:size(), q:peek_front(), q:peek_back())
local grid = {
  "S.#.......",
  ".##.####..",
  "....#..#..",
  "###.#.##.#",
  "....#....E",
}
local H, W = #grid, #grid[1]
local function at(r, c) return grid[r]:sub(c, c) end
local function bfs()
  local sr, sc, er, ec
  for r = 1, H do for c = 1, W do
    if at(r, c) == "S" then sr, sc = r, c elseif at(r, c) == "E" then er, ec = r, c end
  end end
  local dist, prev = {}, {}
  local key = function(r, c) return r * 100 + c end
  local frontier = Deque.new()
  frontier:push_back({ sr, sc })
  dist[key(sr, sc)] = 0
  while frontier:size() > 0 do
    local cur = frontier:pop_front()
    local r, c = cur[1], cur[2]
    if r == er and c == ec then break end
    for _, d in ipairs({ { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) do
      local nr, nc = r + d[1], c + d[2]
      if nr >= 1 and nr <= H and nc >= 1 and nc <= W and at(nr, nc) ~= "#" and not dist[key(nr, nc)] then
        dist[key(nr, nc)] = dist[key(r, c)] + 1
        prev[key(nr, nc)] = key(r, c)
        frontier:push_back({ nr, nc })
      end
    end
  end
  local path, k = {}, key(er, ec)
  while k do table.insert(path, 1, "(" .. math.floor(k / 100) .. "," .. k % 100 .. ")") k = prev[k] end
  return dist[key(er, ec)], table.concat(path, "")
end
print(bfs())
local function rpn(expr)
  local st = Deque.new()
  for tok in expr:gmatch("%S+") do
    local n = tonumber(tok)
    if n then st:push_back(n)
    else
      local b, a = st:pop_back(), st:pop_back()
      if a == nil or b == nil then return nil, "stack underflow at '" .. tok .. "'" end
      if tok == "+" then st:push_back(a + b) elseif tok == "-" then st:push_back(a - b)
      elseif tok == "*" then st:push_back(a * b) elseif tok == "/" then st:push_back(a / b)
      elseif tok == "^" then st:push_back(a ^ b) else return nil, "unknown operator '" .. tok .. "'" end
    end
  end
  if st:size() ~= 1 then return nil, "leftover values: " .. st:size() end
  return st:pop_back()
end
for _, e in ipairs({ "3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 /", "1 +", "1 2", "4 2 %", "1.5 2.5 *" }) do print(e, "=>", rpn(e)) end
local function balanced(s)
  local st, pairs_ = Deque.new(), { [")"] = "(", ["]"] = "[", ["}"] = "{" }
  for c in s:gmatch(".") do
    if c == "(" or c == "[" or c == "{" then st:push_back(c)
    elseif pairs_[c] then if st:pop_back() ~= pairs_[c] then return false end end
  end
  return st:size() == 0
end
for _, s in ipairs({ "([]{})", "([)]", "((", "", "{[()()]}x" }) do io.write(tostring(balanced(s)), " ") end
print()
