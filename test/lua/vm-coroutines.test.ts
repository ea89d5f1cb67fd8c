/** The Lua VM: coroutines (create, resume, yield, status, running, wrap) as lua5.1 runs them. */

import { runLua } from './vm-helpers';

describe('Lua VM: coroutines', () => {
  it('generators with wrap', () => {
    const r = runLua(`
local function range(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
for i in range(4) do io.write(i, " ") end print()
local function leaves(t)
  return coroutine.wrap(function()
    local function walk(node) if type(node) == "table" then for _, c in ipairs(node) do walk(c) end else coroutine.yield(node) end end
    walk(t)
  end)
end
for leaf in leaves({1, {2, {3, 4}}, 5}) do io.write(leaf, ",") end print()
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('1 2 3 4 \n1,2,3,4,5,\n');
  });
  it('values pass both ways through resume and yield', () => {
    const r = runLua(`
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b)
  print("got", c, d)
  local e = coroutine.yield()
  return e * 2, "end"
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, "x", "y"))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
local echo = coroutine.wrap(function(...) local args = {...} while true do args = {coroutine.yield(unpack(args))} end end)
print(echo(1, 2, 3))
print(echo())
print(echo(false, "n"))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('start\t1\t2\ntrue\t3\ngot\tx\ty\ntrue\ntrue\t42\tend\nfalse\tcannot resume dead coroutine\n1\t2\t3\n\nfalse\tn\n');
  });
  it('status, running and the main thread', () => {
    const r = runLua(`
local co
co = coroutine.create(function()
  print("inside", coroutine.status(co), coroutine.running() == co)
  local other = coroutine.create(function() print("outer is", coroutine.status(co)) end)
  coroutine.resume(other)
  coroutine.yield()
end)
print(coroutine.status(co))
coroutine.resume(co)
print(coroutine.status(co))
coroutine.resume(co)
print(coroutine.status(co))
print(coroutine.running())
print(coroutine.resume(co))
print(type(co), tostring(co):match("^thread: ") ~= nil)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('suspended\ninside\trunning\ttrue\nouter is\tnormal\nsuspended\ndead\nnil\nfalse\tcannot resume dead coroutine\nthread\ttrue\n');
  });
  it('errors inside coroutines', () => {
    const r = runLua(`
local co = coroutine.create(function() local x = nil; return x.field end)
print(coroutine.resume(co))
print(coroutine.status(co))
local okc, ec = coroutine.resume(coroutine.create(function() error({code = 7}) end))
print(okc, ec.code)
print(coroutine.resume(coroutine.create(function() error("lvl0", 0) end)))
print(pcall(coroutine.wrap(function() error("in wrap") end)))
local w = coroutine.wrap(function() error("wrapped") end)
print(pcall(function() w() end))
local w2 = coroutine.wrap(function() error({}) end)
print(pcall(function() w2() end) == false)
local dead = coroutine.wrap(function() end)
dead()
print(pcall(dead))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\ttest.lua:2: attempt to index local \'x\' (a nil value)\ndead\nfalse\t7\nfalse\tlvl0\nfalse\ttest.lua:8: in wrap\nfalse\ttest.lua:10: test.lua:9: wrapped\ntrue\nfalse\tcannot resume dead coroutine\n');
  });
  it('yield across a C-call boundary and outside a coroutine', () => {
    const r = runLua(`
print(pcall(coroutine.yield, 1))
local co = coroutine.create(function()
  local ok, err = pcall(coroutine.yield, "x")
  print("pcall gave", ok, err)
  local t = setmetatable({}, {__index = function() return coroutine.yield("meta") end})
  print(pcall(function() return t.x end))
  for _ in function() coroutine.yield("iter") end do end
end)
print(coroutine.resume(co))
print(coroutine.status(co))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\tattempt to yield across metamethod/C-call boundary\npcall gave\tfalse\tattempt to yield across metamethod/C-call boundary\nfalse\tattempt to yield across metamethod/C-call boundary\nfalse\tattempt to yield across metamethod/C-call boundary\ndead\n');
  });
  it('resuming a running or normal coroutine', () => {
    const r = runLua(`
local outer
outer = coroutine.create(function()
  print(coroutine.resume(outer))
  local inner = coroutine.create(function() print(coroutine.resume(outer)) end)
  coroutine.resume(inner)
  return "fin"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\tcannot resume running coroutine\nfalse\tcannot resume normal coroutine\ntrue\tfin\nfalse\tcannot resume dead coroutine\n');
  });
  it('argument checks of the coroutine library', () => {
    const r = runLua(`
print(pcall(coroutine.create, print))
print(pcall(coroutine.create))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.status, {}))
print(pcall(coroutine.wrap, 1))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('false\tbad argument #1 to \'?\' (Lua function expected)\nfalse\tbad argument #1 to \'?\' (Lua function expected)\nfalse\tbad argument #1 to \'?\' (coroutine expected)\nfalse\tbad argument #1 to \'?\' (coroutine expected)\nfalse\tbad argument #1 to \'?\' (Lua function expected)\n');
  });
  it('a coroutine yields from nested Lua calls and tail calls', () => {
    const r = runLua(`
local function inner(x) local y = coroutine.yield(x) return y + 1 end
local function middle(x) return inner(x * 10) end
local co = coroutine.create(function(x) local r = middle(x) return "result", r end)
print(coroutine.resume(co, 4))
print(coroutine.resume(co, 99))
local gen = coroutine.wrap(function() return coroutine.yield("tail") end)
print(gen())
print(gen("back"))
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('true\t40\ntrue\tresult\t100\ntail\nback\n');
  });
  it('many coroutines alive at once', () => {
    const r = runLua(`
local cos = {}
for i = 1, 100 do cos[i] = coroutine.create(function() local s = 0 while true do s = s + i coroutine.yield(s) end end) end
local total = 0
for round = 1, 3 do for i = 1, 100 do local _, v = coroutine.resume(cos[i]) total = total + v end end
print(total)
`);
    expect(r.error).toBeUndefined();
    expect(r.out).toBe('30300\n');
  });
});
