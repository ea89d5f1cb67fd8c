-- A real program: a tokenizer, a precedence-climbing parser to trees, an evaluator and a printer.
local function tokenize(src)
  local toks, i = {}, 1
  while i <= #src do
    local c = src:sub(i, i)
    if c:match("%s") then i = i + 1
    elseif c:match("%d") or (c == "." and src:sub(i + 1, i + 1):match("%d")) then
      local num = src:match("^%d*%.?%d+", i) or src:match("^%d+", i)
      toks[#toks + 1] = { t = "num", v = tonumber(num) } i = i + #num
    elseif c:match("%a") then
      local id = src:match("^%a%w*", i)
      toks[#toks + 1] = { t = "id", v = id } i = i + #id
    elseif c:match("[%+%-%*/%^%%%(%),]") then
      toks[#toks + 1] = { t = c } i = i + 1
    else error("bad character '" .. c .. "' at " .. i, 0) end
  end
  toks[#toks + 1] = { t = "eof" }
  return toks
end
local binops = { ["+"] = { 1, "L" }, ["-"] = { 1, "L" }, ["*"] = { 2, "L" }, ["/"] = { 2, "L" }, ["%"] = { 2, "L" }, ["^"] = { 4, "R" } }
local function parse(src)
  local toks, pos = tokenize(src), 1
  local function peek() return toks[pos] end
  local function take(t) local k = toks[pos] if t and k.t ~= t then error("expected " .. t .. " got " .. k.t, 0) end pos = pos + 1 return k end
  local expr
  local function primary()
    local k = take()
    if k.t == "num" then return { "num", k.v } end
    if k.t == "id" then
      if peek().t == "(" then
        take("(")
        local args = {}
        if peek().t ~= ")" then
          repeat args[#args + 1] = expr(0) until peek().t ~= "," or not take(",")
        end
        take(")")
        return { "call", k.v, args }
      end
      return { "var", k.v }
    end
    if k.t == "(" then local e = expr(0) take(")") return e end
    if k.t == "-" then return { "neg", expr(3) } end
    error("unexpected " .. k.t, 0)
  end
  function expr(minp)
    local lhs = primary()
    while binops[peek().t] and binops[peek().t][1] >= minp do
      local op = take().t
      local p, assoc = binops[op][1], binops[op][2]
      local rhs = expr(assoc == "L" and p + 1 or p)
      lhs = { "bin", op, lhs, rhs }
    end
    return lhs
  end
  local e = expr(0)
  take("eof")
  return e
end
local funcs = { max = math.max, min = math.min, sqrt = math.sqrt, abs = math.abs }
local function eval(n, env)
  local k = n[1]
  if k == "num" then return n[2] end
  if k == "var" then local v = env[n[2]] if v == nil then error("unbound " .. n[2], 0) end return v end
  if k == "neg" then return -eval(n[2], env) end
  if k == "call" then
    local args = {}
    for i, a in ipairs(n[3]) do args[i] = eval(a, env) end
    return funcs[n[2]](unpack(args))
  end
  local a, b = eval(n[3], env), eval(n[4], env)
  local op = n[2]
  if op == "+" then return a + b elseif op == "-" then return a - b elseif op == "*" then return a * b
  elseif op == "/" then return a / b elseif op == "%" then return a % b else return a ^ b end
end
local function show(n)
  local k = n[1]
  if k == "num" then return tostring(n[2]) elseif k == "var" then return n[2]
  elseif k == "neg" then return "(-" .. show(n[2]) .. ")"
  elseif k == "call" then local p = {} for i, a in ipairs(n[3]) do p[i] = show(a) end return n[2] .. "(" .. table.concat(p, ", ") .. ")" end
  return "(" .. show(n[3]) .. " " .. n[2] .. " " .. show(n[4]) .. ")"
end
local env = { x = 3, y = 4, pi = math.pi }
for _, src in ipairs({ "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 - 4 - 3", "100 / 10 / 5", "7 % 4 + x * y",
  "sqrt(x*x + y*y)", "max(1, x, y, 2) - min(5, y)", ".5 + 1.25", "abs(-x) * -(y - 10)", "2 * pi", "x +", "1 + z", "3 $ 4", "max()" }) do
  local ok, tree = pcall(parse, src)
  if ok then
    local ok2, v = pcall(eval, tree, env)
    print(src, "=>", show(tree), "=", ok2 and v or ("error: " .. tostring(v)))
  else
    print(src, "=> parse error:", tree)
  end
end
