-- json: a recursive-descent JSON parser, reading its input one character at a time, parses
-- a fixed document (the catalogue of a small observatory, embedded below) n times. Objects
-- become tables with their members as fields, arrays tables with their items at 1..#, and
-- null a unique sentinel table. Every parse is checked: the number of values of each kind
-- in the result, and a few values reached by path.
local n = tonumber((...)) or 1000

local DOCUMENT = [[
{
  "observatory": "Mount Caldera \"North\" Station",
  "founded": 1962,
  "location": { "latitude": -31.2733, "longitude": 149.0664, "altitude_m": 1165, "timezone": "UTC+10" },
  "open": true,
  "closed_reason": null,
  "telescopes": [
    { "name": "Anglo", "aperture_m": 3.9, "mount": "equatorial", "year": 1974, "active": true,
      "instruments": [ { "id": "HERMES", "bands": ["blue", "green", "red", "ir"], "resolution": 28000 },
                       { "id": "2dF", "bands": [], "fibres": 392, "field_deg": 2.1 },
                       { "id": "Veloce", "bands": ["red"], "resolution": 80000, "notes": "needs\tcryostat" } ] },
    { "name": "Schmidt", "aperture_m": 1.2, "mount": "equatorial", "year": 1973, "active": true,
      "instruments": [ { "id": "TAIPAN", "bands": ["visible"], "fibres": 150, "field_deg": 6.0 } ] },
    { "name": "Skymapper", "aperture_m": 1.35, "mount": "alt-az", "year": 2009, "active": true,
      "instruments": [ { "id": "Imager", "bands": ["u", "v", "g", "r", "i", "z"], "pixels": 268e6 } ] },
    { "name": "Uppsala", "aperture_m": 0.5, "mount": "equatorial", "year": 1957, "active": false,
      "instruments": [], "retired": { "year": 2003, "reason": "dome \u0044amage \/ storm" } }
  ],
  "staff": [
    { "name": "A. Brennan", "role": "director", "since": 2011, "phones": ["+61 2 6842 6211"] },
    { "name": "K. Oyelaran", "role": "astronomer", "since": 2015, "phones": [] },
    { "name": "M. Sato", "role": "engineer", "since": 1998, "phones": ["+61 2 6842 6290", "+61 2 6842 6291"] },
    { "name": "P. Novak", "role": "night assistant", "since": 2020, "phones": null },
    { "name": "R. D'Souza", "role": "astronomer", "since": 2017, "phones": ["+61 2 6842 6244"] }
  ],
  "weather": {
    "station": "WX-1",
    "readings": [
      { "t": 0, "temp_c": 11.5, "humidity": 0.62, "wind_ms": 4.1, "cloud": [0, 0, 1, 0] },
      { "t": 3600, "temp_c": 9.75, "humidity": 0.66, "wind_ms": 3.3, "cloud": [0, 0, 0, 0] },
      { "t": 7200, "temp_c": 8.25, "humidity": 0.71, "wind_ms": 2.9, "cloud": [1, 1, 0, 0] },
      { "t": 10800, "temp_c": 7.0, "humidity": 0.75, "wind_ms": 5.6, "cloud": [2, 1, 1, 0] },
      { "t": 14400, "temp_c": 6.5, "humidity": 0.79, "wind_ms": 7.25, "cloud": [3, 2, 2, 1] },
      { "t": 18000, "temp_c": 6.0, "humidity": 0.8, "wind_ms": 8.0, "cloud": [4, 4, 3, 3] }
    ],
    "limits": { "humidity": 0.85, "wind_ms": 15, "temp_c": [-10, 35] }
  },
  "schedule": [
    [ "2024-03-01", "Anglo", "HERMES", 7.5, { "pi": "K. Oyelaran", "targets": ["NGC 2516", "M 67"] } ],
    [ "2024-03-02", "Anglo", "2dF", 8.0, { "pi": "R. D'Souza", "targets": ["GAMA G15"] } ],
    [ "2024-03-02", "Skymapper", "Imager", 9.25, { "pi": "survey", "targets": [] } ],
    [ "2024-03-03", "Schmidt", "TAIPAN", -1, { "pi": null, "targets": ["engineering"] } ]
  ],
  "checksum": 1.5e-3,
  "escapes": "quote \" backslash \\ slash \/ b\b f\f n\n r\r t\t u\u0041\u00e9\u20ac",
  "empty": { "object": {}, "array": [], "string": "" }
}
]]

-- The JSON null: a unique value distinct from every other, so that null members exist.
local NULL = setmetatable({}, { __tostring = function() return "null" end })

local Parser = {}
Parser.__index = Parser

function Parser.new(input)
  local p = setmetatable({ input = input, index = 0, current = "" }, Parser)
  p:read()
  return p
end

-- Moves to the next character; current is "" past the end.
function Parser:read()
  local index = self.index + 1
  self.index = index
  self.current = self.input:sub(index, index)
end

function Parser:fail(what)
  error("json: parse error at " .. self.index .. ": " .. what .. " expected near '" .. self.current .. "'")
end

function Parser:skipWhitespace()
  local c = self.current
  while c == " " or c == "\n" or c == "\t" or c == "\r" do
    self:read()
    c = self.current
  end
end

function Parser:expect(c)
  if self.current ~= c then self:fail("'" .. c .. "'") end
  self:read()
end

function Parser:expectWord(word)
  for i = 1, #word do self:expect(word:sub(i, i)) end
end

local ESCAPES = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

-- Character tests; past the end, current is "", which is neither.
local function isDigit(c)
  return c >= "0" and c <= "9"
end

local function isHexDigit(c)
  return (c >= "0" and c <= "9") or (c >= "a" and c <= "f") or (c >= "A" and c <= "F")
end

-- The UTF-8 bytes of a code point below 0x10000.
local function utf8(code)
  if code < 0x80 then return string.char(code) end
  if code < 0x800 then
    return string.char(0xC0 + math.floor(code / 0x40), 0x80 + code % 0x40)
  end
  return string.char(0xE0 + math.floor(code / 0x1000), 0x80 + math.floor(code / 0x40) % 0x40, 0x80 + code % 0x40)
end

function Parser:parseString()
  self:expect('"')
  local parts, count = {}, 0
  while self.current ~= '"' do
    local c = self.current
    if c == "" then self:fail("'\"'") end
    if c == "\\" then
      self:read()
      c = self.current
      if c == "u" then
        local digits = ""
        for _ = 1, 4 do
          self:read()
          if not isHexDigit(self.current) then self:fail("hexadecimal digit") end
          digits = digits .. self.current
        end
        c = utf8(tonumber(digits, 16))
      else
        c = ESCAPES[c]
        if c == nil then self:fail("escape character") end
      end
    end
    count = count + 1
    parts[count] = c
    self:read()
  end
  self:read()
  return table.concat(parts)
end

function Parser:readDigits()
  if not isDigit(self.current) then self:fail("digit") end
  repeat self:read() until not isDigit(self.current)
end

function Parser:parseNumber()
  local start = self.index
  if self.current == "-" then self:read() end
  self:readDigits()
  if self.current == "." then
    self:read()
    self:readDigits()
  end
  if self.current == "e" or self.current == "E" then
    self:read()
    if self.current == "+" or self.current == "-" then self:read() end
    self:readDigits()
  end
  return tonumber(self.input:sub(start, self.index - 1))
end

function Parser:parseObject()
  self:expect("{")
  local object = {}
  self:skipWhitespace()
  if self.current == "}" then
    self:read()
    return object
  end
  while true do
    self:skipWhitespace()
    local key = self:parseString()
    self:skipWhitespace()
    self:expect(":")
    object[key] = self:parseValue()
    if self.current == "}" then break end
    self:expect(",")
  end
  self:read()
  return object
end

function Parser:parseArray()
  self:expect("[")
  local array, count = {}, 0
  self:skipWhitespace()
  if self.current == "]" then
    self:read()
    return array
  end
  while true do
    count = count + 1
    array[count] = self:parseValue()
    if self.current == "]" then break end
    self:expect(",")
  end
  self:read()
  return array
end

-- A value with the whitespace around it.
function Parser:parseValue()
  self:skipWhitespace()
  local c = self.current
  local value
  if c == "{" then
    value = self:parseObject()
  elseif c == "[" then
    value = self:parseArray()
  elseif c == '"' then
    value = self:parseString()
  elseif c == "t" then
    self:expectWord("true")
    value = true
  elseif c == "f" then
    self:expectWord("false")
    value = false
  elseif c == "n" then
    self:expectWord("null")
    value = NULL
  elseif c == "-" or isDigit(c) then
    value = self:parseNumber()
  else
    self:fail("value")
  end
  self:skipWhitespace()
  return value
end

local function parse(input)
  local p = Parser.new(input)
  local value = p:parseValue()
  if p.current ~= "" then p:fail("end of input") end
  return value
end

-- Counts the values of each kind in a parsed value. An array is a table with an item at 1;
-- an empty array and an empty object are the same empty table: both count as "empty".
local function count(value, counts)
  local kind = type(value)
  if value == NULL then
    counts.null = counts.null + 1
  elseif kind == "table" then
    if value[1] ~= nil then
      counts.array = counts.array + 1
      for i = 1, #value do count(value[i], counts) end
    elseif next(value) == nil then
      counts.empty = counts.empty + 1
    else
      counts.object = counts.object + 1
      for _, member in pairs(value) do count(member, counts) end
    end
  else
    counts[kind] = counts[kind] + 1
  end
end

local EXPECTED = { object = 30, array = 28, empty = 6, string = 65, number = 82, boolean = 5, null = 3 }
local KINDS = { "object", "array", "empty", "string", "number", "boolean", "null" }

local function check(doc)
  local counts = { object = 0, array = 0, empty = 0, string = 0, number = 0, boolean = 0, null = 0 }
  count(doc, counts)
  for _, kind in ipairs(KINDS) do
    if counts[kind] ~= EXPECTED[kind] then
      error("json: wrong result " .. counts[kind] .. " " .. kind .. " values, expected " .. EXPECTED[kind])
    end
  end
  local ok = doc.observatory == 'Mount Caldera "North" Station'
    and doc.location.latitude == -31.2733
    and doc.telescopes[1].instruments[3].notes == "needs\tcryostat"
    and doc.telescopes[3].instruments[1].pixels == 268000000
    and doc.telescopes[4].retired.reason == "dome Damage / storm"
    and doc.staff[4].phones == NULL
    and doc.weather.readings[5].wind_ms == 7.25
    and doc.weather.limits.temp_c[1] == -10
    and doc.schedule[4][4] == -1 and doc.schedule[4][5].pi == NULL
    and doc.checksum == 0.0015
    and doc.escapes == "quote \" backslash \\ slash / b\b f\f n\n r\r t\t uA\195\169\226\130\172"
    and doc.empty.string == ""
  if not ok then error("json: wrong result: a value differs from the document's") end
  return counts
end

local counts
for _ = 1, n do counts = check(parse(DOCUMENT)) end
local values = 0
for _, kind in ipairs(KINDS) do values = values + counts[kind] end
print(string.format("json: %d parses of %d bytes, %d values each", n, #DOCUMENT, values))
