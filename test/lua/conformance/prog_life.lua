-- A real program: Conway's game of life on a torus, printing generations of a glider and a blinker.
local function new_board(w, h) local b = { w = w, h = h } for y = 1, h do b[y] = {} for x = 1, w do b[y][x] = false end end return b end
local function set_cells(b, cells, ox, oy) for _, c in ipairs(cells) do b[c[2] + oy][c[1] + ox] = true end end
local function neighbours(b, x, y)
  local n = 0
  for dy = -1, 1 do
    for dx = -1, 1 do
      if dx ~= 0 or dy ~= 0 then
        local nx, ny = (x + dx - 1) % b.w + 1, (y + dy - 1) % b.h + 1
        if b[ny][nx] then n = n + 1 end
      end
    end
  end
  return n
end
local function step(b)
  local nb = new_board(b.w, b.h)
  for y = 1, b.h do
    for x = 1, b.w do
      local n = neighbours(b, x, y)
      nb[y][x] = (n == 3) or (b[y][x] and n == 2)
    end
  end
  return nb
end
local function show(b, gen)
  local alive = 0
  print("generation " .. gen)
  for y = 1, b.h do
    local row = {}
    for x = 1, b.w do row[x] = b[y][x] and "#" or "." if b[y][x] then alive = alive + 1 end end
    print(table.concat(row))
  end
  print("alive: " .. alive)
end
local board = new_board(10, 8)
set_cells(board, { { 1, 0 }, { 2, 1 }, { 0, 2 }, { 1, 2 }, { 2, 2 } }, 1, 1)
set_cells(board, { { 0, 0 }, { 1, 0 }, { 2, 0 } }, 6, 6)
for gen = 0, 4 do
  show(board, gen)
  board = step(board)
end
for _ = 5, 39 do board = step(board) end
show(board, 40)
local function signature(b)
  local s = {}
  for y = 1, b.h do for x = 1, b.w do s[#s + 1] = b[y][x] and "1" or "0" end end
  return table.concat(s)
end
local still = new_board(6, 6)
set_cells(still, { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 3, 1 }, { 1, 2 }, { 2, 2 } }, 1, 1)
print("beehive is still life:", signature(still) == signature(step(still)))
local r = new_board(16, 16)
set_cells(r, { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 } }, 6, 6)
local counts = {}
for g = 1, 30 do
  r = step(r)
  local n = 0
  for y = 1, r.h do for x = 1, r.w do if r[y][x] then n = n + 1 end end end
  counts[#counts + 1] = n
end
print("r-pentomino populations: " .. table.concat(counts, " "))
