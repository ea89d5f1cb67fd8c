-- A real program: a JSON encoder (sorted keys) and a recursive-descent decoder, round-tripped.
local json = {}
local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\u%04x", c:byte()) end) .. '"'
end
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end
function json.encode(v)
  local ty = type(v)
  if ty == "nil" then return "null"
  elseif ty == "boolean" then return tostring(v)
  elseif ty == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif ty == "string" then return encode_string(v)
  elseif ty == "table" then
    local arr, n = is_array(v)
    local out = {}
    if arr and n > 0 then
      for i = 1, n do out[i] = json.encode(v[i]) end
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do
      if type(k) ~= "string" then error("non-string key: " .. tostring(k)) end
      keys[#keys + 1] = k
    end
    table.sort(keys)
    for i, k in ipairs(keys) do out[i] = encode_string(k) .. ":" .. json.encode(v[k]) end
    return "{" .. table.concat(out, ",") .. "}"
  end
  error("cannot encode type " .. ty)
end
local Parser = {}
Parser.__index = Parser
local function fail(p, msg) error(string.format("json error at %d: %s", p.pos, msg), 0) end
function Parser:ws() self.pos = self.s:find("[^ \t\r\n]", self.pos) or #self.s + 1 end
function Parser:peek() return self.s:sub(self.pos, self.pos) end
function Parser:value()
  self:ws()
  local c = self:peek()
  if c == "{" then return self:object()
  elseif c == "[" then return self:array()
  elseif c == '"' then return self:string()
  elseif c:match("[%-%d]") then return self:number()
  elseif self.s:sub(self.pos, self.pos + 3) == "true" then self.pos = self.pos + 4 return true
  elseif self.s:sub(self.pos, self.pos + 4) == "false" then self.pos = self.pos + 5 return false
  elseif self.s:sub(self.pos, self.pos + 3) == "null" then self.pos = self.pos + 4 return nil
  end
  fail(self, "unexpected '" .. c .. "'")
end
function Parser:number()
  local num = self.s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", self.pos)
  self.pos = self.pos + #num
  return tonumber(num) or fail(self, "bad number " .. num)
end
function Parser:string()
  local out = {}
  self.pos = self.pos + 1
  while true do
    local c = self:peek()
    if c == "" then fail(self, "unterminated string") end
    self.pos = self.pos + 1
    if c == '"' then break end
    if c == "\\" then
      local e = self:peek()
      self.pos = self.pos + 1
      local map = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/" }
      if e == "u" then
        out[#out + 1] = string.char(tonumber(self.s:sub(self.pos, self.pos + 3), 16) % 256)
        self.pos = self.pos + 4
      else
        out[#out + 1] = map[e] or fail(self, "bad escape")
      end
    else
      out[#out + 1] = c
    end
  end
  return table.concat(out)
end
function Parser:array()
  local arr = {}
  self.pos = self.pos + 1
  self:ws()
  if self:peek() == "]" then self.pos = self.pos + 1 return arr end
  while true do
    arr[#arr + 1] = self:value()
    self:ws()
    local c = self:peek()
    self.pos = self.pos + 1
    if c == "]" then return arr end
    if c ~= "," then fail(self, "expected ',' or ']'") end
  end
end
function Parser:object()
  local obj = {}
  self.pos = self.pos + 1
  self:ws()
  if self:peek() == "}" then self.pos = self.pos + 1 return obj end
  while true do
    self:ws()
    if self:peek() ~= '"' then fail(self, "expected key") end
    local k = self:string()
    self:ws()
    if self:peek() ~= ":" then fail(self, "expected ':'") end
    self.pos = self.pos + 1
    obj[k] = self:value()
    self:ws()
    local c = self:peek()
    self.pos = self.pos + 1
    if c == "}" then return obj end
    if c ~= "," then fail(self, "expected ',' or '}'") end
  end
end
function json.decode(s)
  local p = setmetatable({ s = s, pos = 1 }, Parser)
  local v = p:value()
  p:ws()
  if p.pos <= #s then fail(p, "trailing garbage") end
  return v
end
local doc = {
  name = "metajit", version = 1.5, tags = { "jit", "lua", "tracing" },
  nested = { deep = { deeper = { true, false, 0, -12, 3.25e-5 } } },
  text = 'quote " backslash \\ newline \n tab \t ctrl \1',
  empty_obj = {}, count = 1e20,
}
local encoded = json.encode(doc)
print(encoded)
local decoded = json.decode(encoded)
print(json.encode(decoded) == encoded)
print(decoded.nested.deep.deeper[5], decoded.tags[3], #decoded.tags, decoded.count)
for _, src in ipairs({ "[1, 2, [3, [4]], {}]", ' { "a" : null , "b" : [ ] } ', '"\\u0041\\/"', "-0.5e1", "[1,]", "{1:2}", '"open', "tru", "[1] x" }) do
  local ok, v = pcall(json.decode, src)
  print(src, ok, ok and json.encode(v) or v)
end
print(pcall(json.encode, { 1, 2, nil, 4, x = 1 }))
print(pcall(json.encode, 0 / 0 ~= 0 / 0 and math.huge))
print(pcall(json.encode, print))
