/**
 * The compiler against Lua 5.1: for small programs, the instruction sequence of every function
 * (opcode and operands as `luac5.1 -l` prints them, after removing luac's CLOSURE
 * pseudo-instructions and re-aiming jumps accordingly); constant folding, registers and
 * maxStack, lines, locals, upvalues, the hidden `arg` local, compile-time errors, the listing.
 * Every compiled Proto also passes the structural checks of verify.ts.
 */

import { compileSource } from '../../sample-vm/lua/bytecode/compiler';
import { needsArgTable } from '../../sample-vm/lua/bytecode/functions';
import { disassemble, instructionText } from '../../sample-vm/lua/bytecode/disassemble';
import { verifyProto } from '../../sample-vm/lua/bytecode/verify';
import { Proto } from '../../sample-vm/lua/bytecode/proto';
import { Op } from '../../sample-vm/lua/bytecode/opcodes';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

function compileChecked(source: string, chunkname = '=test'): Proto {
  const p = compileSource(source, chunkname);
  expect(verifyProto(p)).toEqual([]);
  return p;
}

/** Every function's instructions, the main function first, nested ones in pre-order (luac's order). */
function listing(p: Proto): string[][] {
  const out: string[][] = [];
  const walk = (f: Proto): void => {
    const ins: string[] = [];
    for (let pc = 0; pc < f.size; pc++) ins.push(instructionText(f, pc));
    out.push(ins);
    f.protos.forEach(walk);
  };
  walk(p);
  return out;
}

/**
 * [name, source, expected instructions per function] with the expectations from luac5.1 -l; NEWTABLE
 * sizes are the room Lua allocates, as plain counts, where luac shows Lua's floating-byte encoding
 * of the item count (53 items: 30, which is room for 56).
 */
const LUAC_CASES: [string, string, string[][]][] = [
  [
    'locals and nil merging',
    'local a, b, c = 1, 2 local d local e, f = nil, nil',
    [
      ['LOADK 0 -1', 'LOADK 1 -2', 'LOADNIL 2 5', 'RETURN 0 1'],
    ],
  ],
  [
    'globals and fields',
    'x = y.z.w t.a.b = c[1][2]',
    [
      ['GETGLOBAL 0 -2', 'GETTABLE 0 0 -3', 'GETTABLE 0 0 -4', 'SETGLOBAL 0 -1', 'GETGLOBAL 0 -5', 'GETTABLE 0 0 -6', 'GETGLOBAL 1 -8', 'GETTABLE 1 1 -9', 'GETTABLE 1 1 -10', 'SETTABLE 0 -7 1', 'RETURN 0 1'],
    ],
  ],
  [
    'method calls',
    'obj:m(1, 2) obj.a:m \'s\' obj.b:m {1} local s = (\'x\'):rep(3)',
    [
      ['GETGLOBAL 0 -1', 'SELF 0 0 -2', 'LOADK 2 -3', 'LOADK 3 -4', 'CALL 0 4 1', 'GETGLOBAL 0 -1', 'GETTABLE 0 0 -5', 'SELF 0 0 -2', 'LOADK 2 -6', 'CALL 0 3 1', 'GETGLOBAL 0 -1', 'GETTABLE 0 0 -7', 'SELF 0 0 -2', 'NEWTABLE 2 1 0', 'LOADK 3 -3', 'SETLIST 2 1 1', 'CALL 0 3 1', 'LOADK 0 -8', 'SELF 0 0 -9', 'LOADK 2 -10', 'CALL 0 3 2', 'RETURN 0 1'],
    ],
  ],
  [
    'and/or value',
    'local a, b, c local x = a and b or c local y = a or b and c',
    [
      ['TEST 0 0 0', 'JMP 2', 'TESTSET 3 1 1', 'JMP 1', 'MOVE 3 2', 'TESTSET 4 0 1', 'JMP 3', 'TESTSET 4 1 0', 'JMP 1', 'MOVE 4 2', 'RETURN 0 1'],
    ],
  ],
  [
    'comparisons as values',
    'local a, b local x = a == b local y = a < b local z = a >= 1 local w = 1 ~= a',
    [
      ['EQ 1 0 1', 'JMP 1', 'LOADBOOL 2 0 1', 'LOADBOOL 2 1 0', 'LT 1 0 1', 'JMP 1', 'LOADBOOL 3 0 1', 'LOADBOOL 3 1 0', 'LE 1 -1 0', 'JMP 1', 'LOADBOOL 4 0 1', 'LOADBOOL 4 1 0', 'EQ 0 -1 0', 'JMP 1', 'LOADBOOL 5 0 1', 'LOADBOOL 5 1 0', 'RETURN 0 1'],
    ],
  ],
  [
    'not',
    'local a local x = not a local y = not nil local z = not 1 local w = not (a == 1)',
    [
      ['NOT 1 0', 'LOADBOOL 2 1 0', 'LOADBOOL 3 0 0', 'EQ 0 0 -1', 'JMP 1', 'LOADBOOL 4 0 1', 'LOADBOOL 4 1 0', 'RETURN 0 1'],
    ],
  ],
  [
    'conditions',
    'local a, b if a and b then f() elseif not a or b == 2 then g() else h() end',
    [
      ['TEST 0 0 0', 'JMP 5', 'TEST 1 0 0', 'JMP 3', 'GETGLOBAL 2 -1', 'CALL 2 1 1', 'JMP 9', 'TEST 0 0 0', 'JMP 2', 'EQ 0 1 -2', 'JMP 3', 'GETGLOBAL 2 -3', 'CALL 2 1 1', 'JMP 2', 'GETGLOBAL 2 -4', 'CALL 2 1 1', 'RETURN 0 1'],
    ],
  ],
  [
    'constant conditions',
    'if nil then f() end if true then g() end while false do end local a if a and nil then end',
    [
      ['LOADBOOL 0 0 0', 'TEST 0 0 0', 'JMP 2', 'GETGLOBAL 0 -1', 'CALL 0 1 1', 'GETGLOBAL 0 -2', 'CALL 0 1 1', 'LOADBOOL 0 0 0', 'TEST 0 0 0', 'JMP 1', 'JMP -4', 'LOADNIL 0 0', 'TEST 0 0 0', 'JMP 3', 'LOADBOOL 1 0 0', 'TEST 1 0 0', 'JMP 0', 'RETURN 0 1'],
    ],
  ],
  [
    'while and repeat',
    'local a = 0 while a < 10 do a = a + 1 end repeat a = a - 1 until a <= 0',
    [
      ['LOADK 0 -1', 'LT 0 0 -2', 'JMP 2', 'ADD 0 0 -3', 'JMP -4', 'SUB 0 0 -3', 'LE 0 0 -1', 'JMP -3', 'RETURN 0 1'],
    ],
  ],
  [
    'numeric for',
    'for i = 1, 10 do f(i) end for j = 10, 1, -2 do g(j) end',
    [
      ['LOADK 0 -1', 'LOADK 1 -2', 'LOADK 2 -1', 'FORPREP 0 3', 'GETGLOBAL 4 -3', 'MOVE 5 3', 'CALL 4 2 1', 'FORLOOP 0 -4', 'LOADK 0 -2', 'LOADK 1 -1', 'LOADK 2 -4', 'FORPREP 0 3', 'GETGLOBAL 4 -5', 'MOVE 5 3', 'CALL 4 2 1', 'FORLOOP 0 -4', 'RETURN 0 1'],
    ],
  ],
  [
    'generic for',
    'for k, v in pairs(t) do f(k, v) end for k in next, t do end',
    [
      ['GETGLOBAL 0 -1', 'GETGLOBAL 1 -2', 'CALL 0 2 4', 'JMP 4', 'GETGLOBAL 5 -3', 'MOVE 6 3', 'MOVE 7 4', 'CALL 5 3 1', 'TFORLOOP 0 2', 'JMP -6', 'GETGLOBAL 0 -4', 'GETGLOBAL 1 -2', 'LOADNIL 2 2', 'JMP 0', 'TFORLOOP 0 1', 'JMP -2', 'RETURN 0 1'],
    ],
  ],
  [
    'table constructor',
    'local a local t = {1, 2, 3, x = 1, [a] = 2, f(), ...}',
    [
      ['NEWTABLE 1 4 2', 'LOADK 2 -1', 'LOADK 3 -2', 'LOADK 4 -3', 'SETTABLE 1 -4 -1', 'SETTABLE 1 0 -2', 'GETGLOBAL 5 -5', 'CALL 5 1 2', 'VARARG 6 0', 'SETLIST 1 0 1', 'RETURN 0 1'],
    ],
  ],
  [
    'setlist flush',
    'local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53, f()}',
    [
      ['NEWTABLE 0 56 0', 'LOADK 1 -1', 'LOADK 2 -2', 'LOADK 3 -3', 'LOADK 4 -4', 'LOADK 5 -5', 'LOADK 6 -6', 'LOADK 7 -7', 'LOADK 8 -8', 'LOADK 9 -9', 'LOADK 10 -10', 'LOADK 11 -11', 'LOADK 12 -12', 'LOADK 13 -13', 'LOADK 14 -14', 'LOADK 15 -15', 'LOADK 16 -16', 'LOADK 17 -17', 'LOADK 18 -18', 'LOADK 19 -19', 'LOADK 20 -20', 'LOADK 21 -21', 'LOADK 22 -22', 'LOADK 23 -23', 'LOADK 24 -24', 'LOADK 25 -25', 'LOADK 26 -26', 'LOADK 27 -27', 'LOADK 28 -28', 'LOADK 29 -29', 'LOADK 30 -30', 'LOADK 31 -31', 'LOADK 32 -32', 'LOADK 33 -33', 'LOADK 34 -34', 'LOADK 35 -35', 'LOADK 36 -36', 'LOADK 37 -37', 'LOADK 38 -38', 'LOADK 39 -39', 'LOADK 40 -40', 'LOADK 41 -41', 'LOADK 42 -42', 'LOADK 43 -43', 'LOADK 44 -44', 'LOADK 45 -45', 'LOADK 46 -46', 'LOADK 47 -47', 'LOADK 48 -48', 'LOADK 49 -49', 'LOADK 50 -50', 'SETLIST 0 50 1', 'LOADK 1 -51', 'LOADK 2 -52', 'LOADK 3 -53', 'GETGLOBAL 4 -54', 'CALL 4 1 0', 'SETLIST 0 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'multiple assignment',
    'local a, b = 1, 2 a, b = b, a x, y, z = f() a, b = 1, 2, 3',
    [
      ['LOADK 0 -1', 'LOADK 1 -2', 'MOVE 2 1', 'MOVE 1 0', 'MOVE 0 2', 'GETGLOBAL 2 -6', 'CALL 2 1 4', 'SETGLOBAL 4 -5', 'SETGLOBAL 3 -4', 'SETGLOBAL 2 -3', 'LOADK 2 -1', 'LOADK 3 -2', 'LOADK 4 -7', 'MOVE 1 3', 'MOVE 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'assignment conflict',
    'local a, i = {}, 1 a[i], i = 1, 2 i, a[i] = i + 1, 20 a.x, a = 5, 6',
    [
      ['NEWTABLE 0 0 0', 'LOADK 1 -1', 'MOVE 2 1', 'LOADK 3 -1', 'LOADK 1 -2', 'SETTABLE 0 2 3', 'ADD 2 1 -1', 'SETTABLE 0 1 -3', 'MOVE 1 2', 'MOVE 2 0', 'LOADK 3 -5', 'LOADK 0 -6', 'SETTABLE 2 -4 3', 'RETURN 0 1'],
    ],
  ],
  [
    'calls and results',
    'local x, y = f() local z = (f()) local t = {f(), f()} f(g()) f(...) return f(a, g())',
    [
      ['GETGLOBAL 0 -1', 'CALL 0 1 3', 'GETGLOBAL 2 -1', 'CALL 2 1 2', 'NEWTABLE 3 1 0', 'GETGLOBAL 4 -1', 'CALL 4 1 2', 'GETGLOBAL 5 -1', 'CALL 5 1 0', 'SETLIST 3 0 1', 'GETGLOBAL 4 -1', 'GETGLOBAL 5 -2', 'CALL 5 1 0', 'CALL 4 0 1', 'GETGLOBAL 4 -1', 'VARARG 5 0', 'CALL 4 0 1', 'GETGLOBAL 4 -1', 'GETGLOBAL 5 -3', 'GETGLOBAL 6 -2', 'CALL 6 1 0', 'TAILCALL 4 0 0', 'RETURN 4 0', 'RETURN 0 1'],
    ],
  ],
  [
    'tail call and returns',
    'return f(1)',
    [
      ['GETGLOBAL 0 -1', 'LOADK 1 -2', 'TAILCALL 0 2 0', 'RETURN 0 0', 'RETURN 0 1'],
    ],
  ],
  [
    'vararg returns',
    'return ...',
    [
      ['VARARG 0 0', 'RETURN 0 0', 'RETURN 0 1'],
    ],
  ],
  [
    'return list',
    'local a return a, 1, f()',
    [
      ['MOVE 1 0', 'LOADK 2 -1', 'GETGLOBAL 3 -2', 'CALL 3 1 0', 'RETURN 1 0', 'RETURN 0 1'],
    ],
  ],
  [
    'concat chains',
    'local a, b local s = a .. b .. \'c\' .. 1 local u = (a .. b) .. (b .. a)',
    [
      ['MOVE 2 0', 'MOVE 3 1', 'LOADK 4 -1', 'LOADK 5 -2', 'CONCAT 2 2 5', 'MOVE 3 0', 'MOVE 4 1', 'CONCAT 3 3 4', 'MOVE 4 1', 'MOVE 5 0', 'CONCAT 3 3 5', 'RETURN 0 1'],
    ],
  ],
  [
    'arithmetic registers',
    'local a, b, c, d local o = ((a + b) * (c - d)) / ((a - b) + (c * d)) local p = -a + #b ^ 2',
    [
      ['ADD 4 0 1', 'SUB 5 2 3', 'MUL 4 4 5', 'SUB 5 0 1', 'MUL 6 2 3', 'ADD 5 5 6', 'DIV 4 4 5', 'UNM 5 0', 'POW 6 1 -1', 'LEN 6 6', 'ADD 5 5 6', 'RETURN 0 1'],
    ],
  ],
  [
    'closures and upvalues',
    'local u = 1 local function f() u = u + 1 return function() return u end end',
    [
      ['LOADK 0 -1', 'CLOSURE 1 0', 'RETURN 0 1'],
      ['GETUPVAL 0 0', 'ADD 0 0 -1', 'SETUPVAL 0 0', 'CLOSURE 0 0', 'RETURN 0 2', 'RETURN 0 1'],
      ['GETUPVAL 0 0', 'RETURN 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'function statements',
    "function a.b.c:m(x) return self, x end function g(...) local t = {...} return select('#', ...) end",
    [
      ['GETGLOBAL 0 -1', 'GETTABLE 0 0 -2', 'GETTABLE 0 0 -3', 'CLOSURE 1 0', 'SETTABLE 0 -4 1', 'CLOSURE 0 1', 'SETGLOBAL 0 -5', 'RETURN 0 1'],
      ['MOVE 2 0', 'MOVE 3 1', 'RETURN 2 3', 'RETURN 0 1'],
      ['NEWTABLE 1 0 0', 'VARARG 2 0', 'SETLIST 1 0 1', 'GETGLOBAL 2 -1', 'LOADK 3 -2', 'VARARG 4 0', 'TAILCALL 2 0 0', 'RETURN 2 0', 'RETURN 0 1'],
    ],
  ],
  [
    'local function recursion',
    'local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end',
    [
      ['CLOSURE 0 0', 'RETURN 0 1'],
      ['LE 0 0 -1', 'JMP 2', 'LOADK 1 -1', 'RETURN 1 2', 'GETUPVAL 1 0', 'SUB 2 0 -1', 'CALL 1 2 2', 'MUL 1 0 1', 'RETURN 1 2', 'RETURN 0 1'],
    ],
  ],
  [
    'break with close',
    'for i = 1, 3 do local c = i f(function() return c end) if c == 2 then break end end',
    [
      ['LOADK 0 -1', 'LOADK 1 -2', 'LOADK 2 -1', 'FORPREP 0 9', 'MOVE 4 3', 'GETGLOBAL 5 -3', 'CLOSURE 6 0', 'CALL 5 2 1', 'EQ 0 4 -4', 'JMP 2', 'CLOSE 0', 'JMP 2', 'CLOSE 4', 'FORLOOP 0 -10', 'RETURN 0 1'],
      ['GETUPVAL 0 0', 'RETURN 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'repeat with upvalues',
    'repeat local e = 1 g(function() return e end) until e > 0',
    [
      ['LOADK 0 -1', 'GETGLOBAL 1 -2', 'CLOSURE 2 0', 'CALL 1 2 1', 'LT 0 -3 0', 'JMP 2', 'CLOSE 0', 'JMP 2', 'CLOSE 0', 'JMP -10', 'RETURN 0 1'],
      ['GETUPVAL 0 0', 'RETURN 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'do block close',
    'do local q = 1 h = function() return q end end local r',
    [
      ['LOADK 0 -1', 'CLOSURE 1 0', 'SETGLOBAL 1 -2', 'CLOSE 0', 'LOADNIL 0 0', 'RETURN 0 1'],
      ['GETUPVAL 0 0', 'RETURN 0 2', 'RETURN 0 1'],
    ],
  ],
  [
    'while with break',
    'while true do if f() then break end g() end',
    [
      ['GETGLOBAL 0 -1', 'CALL 0 1 2', 'TEST 0 0 0', 'JMP 1', 'JMP 3', 'GETGLOBAL 0 -2', 'CALL 0 1 1', 'JMP -8', 'RETURN 0 1'],
    ],
  ],
];

describe('instruction sequences match luac5.1', () => {
  test.each(LUAC_CASES)('%s', (_name, source, expected) => {
    expect(listing(compileChecked(source))).toEqual(expected);
  });
});

describe('constant folding (lcode.c constfolding)', () => {
  test('folds arithmetic on numerals, never division or modulo by zero', () => {
    const p = compileChecked(
      'local a = 1 + 2 * 3 - 4 / 2 local b = 10 % 3 + 2 ^ 10 - -5 local c = 1 / 0 local d = 0 / 0 ' +
        'local e = 5 % 0 local f = -0 local g = 0 local h = 2 ^ 0.5 local i = -(-3)',
    );
    expect(listing(p)[0]).toEqual([
      'LOADK 0 -1',
      'LOADK 1 -2',
      'DIV 2 -4 -3',
      'DIV 3 -3 -3',
      'MOD 4 -1 -3',
      'LOADK 5 -3',
      'LOADK 6 -3',
      'LOADK 7 -5',
      'LOADK 8 -6',
      'RETURN 0 1',
    ]);
    expect(p.k).toEqual([5, 1030, 0, 1, Math.SQRT2, 3]);
  });

  test('powers fold to what C pow gives, also for negative integer exponents', () => {
    const p = compileChecked('local a = 10 ^ -5 local b = 2 ^ 0.5 local c = 1 ^ 1e400 local d = (-1) ^ 1e400');
    expect(p.k).toEqual([1e-5, Math.SQRT2, 1]);
  });

  test('-0 is folded and then shares the constant 0, as in Lua 5.1', () => {
    const p = compileChecked('local x = -0');
    expect(Object.is(p.k[0], -0)).toBe(true);
    const q = compileChecked('local y = 0 local x = -0');
    expect(q.k).toHaveLength(1);
    expect(Object.is(q.k[0], 0)).toBe(true);
  });

  test('does not fold results that are NaN, nor operands that are not numerals', () => {
    expect(listing(compileChecked('local x = (1/0 - 1/0) local s = -"2" local n = #"abc"'))[0]).toEqual([
      'DIV 0 -2 -1',
      'DIV 1 -2 -1',
      'SUB 0 0 1',
      'LOADK 1 -3',
      'UNM 1 1',
      'LOADK 2 -4',
      'LEN 2 2',
      'RETURN 0 1',
    ]);
  });

  test('`not` of constants and comparisons with constant operands', () => {
    expect(listing(compileChecked('local a = not nil local b = not 1 local c = 1 < 2'))[0]).toEqual([
      'LOADBOOL 0 1 0',
      'LOADBOOL 1 0 0',
      'LT 1 -1 -2',
      'JMP 1',
      'LOADBOOL 2 0 1',
      'LOADBOOL 2 1 0',
      'RETURN 0 1',
    ]);
  });
});

describe('registers', () => {
  test.each([
    ['local a, b, c, d local o = ((a + b) * (c - d)) / ((a - b) + (c * d))', 7],
    ['f(g(h(1, 2), h(3, 4)), {1, 2, {3, 4, {5}}})', 10],
    ['for k, v in pairs(t) do end', 6],
    ['local a = 1', 2],
  ])('maxStack of %s is %i (luac "slots")', (source, slots) => {
    expect(compileChecked(source).maxStack).toBe(slots);
  });

  test('a SETLIST of 50 items uses 51 registers and frees them', () => {
    const items = Array.from({ length: 53 }, (_, i) => String(i + 1)).join(',');
    const p = compileChecked(`local t = {${items}, f()} local u = 1`);
    expect(p.maxStack).toBe(51);
    expect(listing(p)[0].slice(-2)).toEqual(['LOADK 1 -1', 'RETURN 0 1']);
  });

  test('too many registers: "function or expression too complex"', () => {
    const args = Array.from({ length: 300 }, (_, i) => String(i + 1)).join(',');
    expect(() => compileSource(`f(${args})`, '=t')).toThrow("t:1: function or expression too complex near '250'");
  });
});

describe('debug information', () => {
  const source =
    'local a = 1\nlocal function f(x)\n  if x then\n    return g(x)\n  end\n  return x + a\nend\n' +
    'while a < 3 do\n  a = a + 1\nend\nfor i = 1, 2 do\n  t[i] = f(i)\nend\nprint(a)\n';

  // luac's listing has one more instruction (the MOVE pseudo-instruction after CLOSURE, pc 3),
  // so its pcs from 3 on are one higher than here.
  test('lines per instruction as luac5.1', () => {
    const p = compileChecked(source, '@lines.lua');
    expect(p.lines).toEqual([1, 7, 8, 8, 9, 9, 11, 11, 11, 11, 12, 12, 12, 12, 12, 11, 14, 14, 14, 14]);
    expect(p.protos[0]!.lines).toEqual([3, 3, 4, 4, 4, 4, 6, 6, 6, 7]);
    expect([p.lineDefined, p.lastLineDefined, p.protos[0]!.lineDefined, p.protos[0]!.lastLineDefined]).toEqual([0, 0, 2, 7]);
    expect(p.source).toBe('@lines.lua');
    expect(p.protos[0]!.source).toBe('@lines.lua');
  });

  test('locals with their pc ranges as luac5.1 (0-based, end exclusive)', () => {
    const p = compileChecked(source, '@lines.lua');
    expect(p.locals.map((l) => [l.name, l.startPc, l.endPc])).toEqual([
      ['a', 1, 19],
      ['f', 2, 19],
      ['(for index)', 9, 16],
      ['(for limit)', 9, 16],
      ['(for step)', 9, 16],
      ['i', 10, 15],
    ]);
  });

  test('upvalue descriptors name the enclosing register or upvalue', () => {
    const p = compileChecked('local a, b = 1, 2 function f() return function() return b, a end end');
    const outer = p.protos[0]!;
    const inner = outer.protos[0]!;
    expect(outer.upvalues).toEqual([
      { inStack: true, index: 1, name: 'b' },
      { inStack: true, index: 0, name: 'a' },
    ]);
    expect(inner.upvalues).toEqual([
      { inStack: false, index: 0, name: 'b' },
      { inStack: false, index: 1, name: 'a' },
    ]);
  });

  test('vararg functions declare the hidden local `arg` (LUA_COMPAT_VARARG)', () => {
    const p = compileChecked('function f(a, ...) local x = 1 end function g(...) return ... end');
    const f = p.protos[0]!;
    expect([f.numParams, f.isVararg]).toEqual([1, true]);
    expect(f.locals.map((l) => l.name)).toEqual(['a', 'arg', 'x']);
    expect(listing(p)[1]).toEqual(['LOADK 2 -1', 'RETURN 0 1']);
    expect(needsArgTable(f)).toBe(true);
    expect(needsArgTable(p.protos[1]!)).toBe(false);
    expect(needsArgTable(p)).toBe(false);
    expect([p.isVararg, p.numParams, p.locals.length]).toEqual([true, 0, 0]);
  });
});

describe('compile-time errors', () => {
  test('too many local variables', () => {
    const names = Array.from({ length: 201 }, (_, i) => `x${i}`).join(', ');
    expect(() => compileSource(`local ${names}`, '=t')).toThrow('t:1: main function has more than 200 local variables');
    const params = Array.from({ length: 201 }, (_, i) => `a${i}`).join(', ');
    expect(() => compileSource(`\nfunction f(${params}) end`, '=t')).toThrow(
      't:2: function at line 2 has more than 200 local variables',
    );
  });

  test('too many upvalues', () => {
    let s = 'local x0\nfunction f()\n';
    for (let i = 1; i <= 61; i++) s += `local y${i}\n`;
    s += 'return function() return 1';
    for (let i = 1; i <= 61; i++) s += `+y${i}`;
    s += ' end end';
    expect(() => compileSource(s, '=t')).toThrow('t:64: function at line 64 has more than 60 upvalues');
  });

  test('the errors are LuaSyntaxError with chunkname and line', () => {
    const names = Array.from({ length: 201 }, (_, i) => `x${i}`).join(', ');
    let error: unknown;
    try {
      compileSource(`local ${names}`, '@big.lua');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'LuaSyntaxError', chunkname: '@big.lua', line: 1 });
  });
});

describe('disassemble', () => {
  test('a luac -l -l style listing with nested functions after their parent', () => {
    const text = disassemble(compileChecked('local t = {} t.x = "a\\n" function t.f(y) return y + 1.5 end', '@d.lua'));
    expect(text).toBe(
      [
        '',
        'main <d.lua:0,0> (5 instructions)',
        '0+ params, 2 slots, 0 upvalues, 1 local, 3 constants, 1 function',
        '\t1\t[1]\tNEWTABLE \t0 0 0',
        '\t2\t[1]\tSETTABLE \t0 -1 -2\t; "x" "a\\n"',
        '\t3\t[1]\tCLOSURE  \t1 0\t; function <d.lua:1,1>',
        '\t4\t[1]\tSETTABLE \t0 -3 1\t; "f" -',
        '\t5\t[1]\tRETURN   \t0 1',
        'constants (3):',
        '\t1\t"x"',
        '\t2\t"a\\n"',
        '\t3\t"f"',
        'locals (1):',
        '\t0\tt\t2\t5',
        'upvalues (0):',
        '',
        'function <d.lua:1,1> (3 instructions)',
        '1 param, 2 slots, 0 upvalues, 1 local, 1 constant, 0 functions',
        '\t1\t[1]\tADD      \t1 0 -1\t; - 1.5',
        '\t2\t[1]\tRETURN   \t1 2',
        '\t3\t[1]\tRETURN   \t0 1',
        'constants (1):',
        '\t1\t1.5',
        'locals (1):',
        '\t0\ty\t1\t3',
        'upvalues (0):',
        '',
      ].join('\n'),
    );
  });
});

describe('whole programs', () => {
  const dir = join(__dirname, 'conformance');
  const programs = readdirSync(dir).filter((f) => f.endsWith('.lua'));

  test('every conformance program compiles to well-formed code', () => {
    expect(programs.length).toBeGreaterThan(0);
    for (const file of programs) {
      const p = compileSource(readFileSync(join(dir, file), 'latin1'), '@' + file);
      expect([file, verifyProto(p)]).toEqual([file, []]);
    }
  });

  test('long left-associative chains compile without deep recursion', () => {
    const sum = compileChecked('x = a' + ' + a'.repeat(30000));
    expect(sum.size).toBe(60003);
    const path = compileChecked('x = a' + '.b'.repeat(20000) + '()');
    expect(path.maxStack).toBe(2);
  });
});

describe('verifyProto', () => {
  test('reports broken code', () => {
    // EQ without its JMP; a jump out of the code; a register beyond maxStack; no final RETURN.
    const bad = new Proto(
      [Op.EQ, Op.MOVE, Op.JMP, Op.LOADK],
      [1, 5, 0, 0],
      [0, 0, 7, 3],
      [0, 0, 0, 0],
      [1],
      [],
      [],
      0,
      false,
      2,
      [1, 1, 1, 1],
      [],
      '=bad',
      0,
      0,
    );
    expect(verifyProto(bad)).toEqual([
      'main: does not end with RETURN',
      'main pc 1 (EQ): test not followed by JMP',
      'main pc 2 (MOVE): A register 5 outside 0..1',
      'main pc 3 (JMP): jump to 11 outside the code',
      'main pc 4 (LOADK): B constant 3 out of range',
    ]);
  });
});
