/**
 * The Lua 5.1 parser (sample-vm/lua/syntax/parser.ts): tree shapes of every statement and
 * expression form, the `line` fields, the operator priority table, syntax errors whose expected
 * messages were taken from lua5.1 (`loadstring(src, chunkname)`), the parser's level limits, and
 * robustness on random input.
 */

import type { Block, Chunk, Expr, FunctionBody, Stat, TableItem } from '../../sample-vm/lua/syntax/ast.js';
import { MAXSRC, shortSrc } from '../../sample-vm/lua/syntax/chunkname.js';
import { LuaSyntaxError, parse } from '../../sample-vm/lua/syntax/parser.js';

// ---- a compact printer of trees ----

function showBody(f: FunctionBody): string {
  const params = [...f.params, ...(f.isVararg ? ['...'] : [])].join(' ');
  return `(${params}) ${showBlock(f.body)}`;
}

function showItem(item: TableItem): string {
  switch (item.kind) {
    case 'Positional': return show(item.value);
    case 'Named': return `${item.name}=${show(item.value)}`;
    case 'Keyed': return `[${show(item.key)}]=${show(item.value)}`;
  }
}

function show(e: Expr): string {
  switch (e.kind) {
    case 'Nil': return 'nil';
    case 'True': return 'true';
    case 'False': return 'false';
    case 'Number': return String(e.value);
    case 'String': return JSON.stringify(e.value);
    case 'Vararg': return '...';
    case 'Function': return `(function ${showBody(e.body)})`;
    case 'Table': return `{${e.items.map(showItem).join(' ')}}`;
    case 'Binary': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'Unary': return `(${e.op} ${show(e.operand)})`;
    case 'Name': return e.name;
    case 'Index': return `${show(e.object)}[${show(e.key)}]`;
    case 'Call': return `(call ${[e.callee, ...e.args].map(show).join(' ')})`;
    case 'MethodCall': return `(method ${show(e.object)} ${e.name}${e.args.map((a) => ' ' + show(a)).join('')})`;
    case 'Paren': return `(paren ${show(e.expr)})`;
  }
}

function showStat(s: Stat): string {
  const list = (es: readonly Expr[]): string => es.map(show).join(' ');
  switch (s.kind) {
    case 'Local': return `(local ${s.names.join(' ')}${s.exprs.length ? ' = ' + list(s.exprs) : ''})`;
    case 'Assign': return `(set ${list(s.targets)} = ${list(s.exprs)})`;
    case 'CallStat': return show(s.call);
    case 'Do': return `(do ${showBlock(s.body)})`;
    case 'While': return `(while ${show(s.cond)} ${showBlock(s.body)})`;
    case 'Repeat': return `(repeat ${showBlock(s.body)} ${show(s.cond)})`;
    case 'If': {
      const clauses = s.clauses.map((c) => `${show(c.cond)} ${showBlock(c.body)}`).join(' elseif ');
      return `(if ${clauses}${s.orelse ? ' else ' + showBlock(s.orelse) : ''})`;
    }
    case 'NumericFor':
      return `(for ${s.name} ${show(s.start)} ${show(s.limit)}${s.step ? ' ' + show(s.step) : ''} ${showBlock(s.body)})`;
    case 'GenericFor': return `(forin ${s.names.join(' ')} in ${list(s.exprs)} ${showBlock(s.body)})`;
    case 'Function': return `(function ${s.path.join('.')}${s.method ? ':' + s.method : ''} ${showBody(s.body)})`;
    case 'LocalFunction': return `(localfunction ${s.name} ${showBody(s.body)})`;
    case 'Return': return `(return${s.exprs.map((e) => ' ' + show(e)).join('')})`;
    case 'Break': return '(break)';
  }
}

function showBlock(b: Block): string {
  return `[${b.stats.map(showStat).join(' ')}]`;
}

/** The statements of `src` printed. */
function tree(src: string): string {
  return parse(src, '=test').body.stats.map(showStat).join(' ');
}

/** The expression of `return <src>` printed. */
function expr(src: string): string {
  return tree(`return ${src}`).slice('(return '.length, -1);
}

function syntaxError(src: string, chunkname: string = src): LuaSyntaxError {
  try {
    parse(src, chunkname);
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e;
    throw e;
  }
  throw new Error(`no error parsing ${JSON.stringify(src)}`);
}

// ---- statements ----

describe('statements', () => {
  test('local', () => {
    expect(tree('local a')).toBe('(local a)');
    expect(tree('local a, b = 1, 2, 3')).toBe('(local a b = 1 2 3)');
  });

  test('assignment targets: names and indexes', () => {
    expect(tree('a = 1')).toBe('(set a = 1)');
    expect(tree('a, b.c, d[1], e.f.g = 1, 2')).toBe('(set a b["c"] d[1] e["f"]["g"] = 1 2)');
    expect(tree('(a).b = 1')).toBe('(set (paren a)["b"] = 1)');
    expect(tree('f().x, a[b][c] = 1, 2')).toBe('(set (call f)["x"] a[b][c] = 1 2)');
  });

  test('call statements', () => {
    expect(tree('f()')).toBe('(call f)');
    expect(tree('f(1, 2)')).toBe('(call f 1 2)');
    expect(tree('f"x" f[[y]] f{1}')).toBe('(call f "x") (call f "y") (call f {1})');
    expect(tree('a.b:c(1)')).toBe('(method a["b"] c 1)');
    expect(tree('a:b"s" a:b{}')).toBe('(method a b "s") (method a b {})');
    expect(tree('f(1)(2):m()[3]()')).toBe('(call (method (call (call f 1) 2) m)[3])');
    expect(tree('(f)()')).toBe('(call (paren f))');
  });

  test('do, while, repeat', () => {
    expect(tree('do end')).toBe('(do [])');
    expect(tree('do local x end')).toBe('(do [(local x)])');
    expect(tree('while a do f() end')).toBe('(while a [(call f)])');
    expect(tree('repeat local x = 1 until x')).toBe('(repeat [(local x = 1)] x)');
  });

  test('if', () => {
    expect(tree('if a then end')).toBe('(if a [])');
    expect(tree('if a then f() else g() end')).toBe('(if a [(call f)] else [(call g)])');
    expect(tree('if a then elseif b then x = 1 elseif c then else end'))
      .toBe('(if a [] elseif b [(set x = 1)] elseif c [] else [])');
  });

  test('numeric and generic for', () => {
    expect(tree('for i = 1, 10 do end')).toBe('(for i 1 10 [])');
    expect(tree('for i = a, b, -1 do f(i) end')).toBe('(for i a b (neg 1) [(call f i)])');
    expect(tree('for k in pairs(t) do end')).toBe('(forin k in (call pairs t) [])');
    expect(tree('for k, v in next, t, nil do end')).toBe('(forin k v in next t nil [])');
  });

  test('function statements keep their path', () => {
    expect(tree('function f() end')).toBe('(function f () [])');
    expect(tree('function a.b.c(x, y) end')).toBe('(function a.b.c (x y) [])');
    expect(tree('function a.b:m(x, ...) return ... end')).toBe('(function a.b:m (self x ...) [(return ...)])');
    expect(tree('function f(...) end')).toBe('(function f (...) [])');
  });

  test('local function', () => {
    expect(tree('local function f(a) return f(a) end')).toBe('(localfunction f (a) [(return (call f a))])');
  });

  test('return and break', () => {
    expect(tree('return')).toBe('(return)');
    expect(tree('return;')).toBe('(return)');
    expect(tree('return 1, 2;')).toBe('(return 1 2)');
    expect(tree('do return end')).toBe('(do [(return)])');
    expect(tree('while 1 do break end')).toBe('(while 1 [(break)])');
    expect(tree('repeat break until 1')).toBe('(repeat [(break)] 1)');
    expect(tree('for i = 1, 2 do if i then break end end')).toBe('(for i 1 2 [(if i [(break)])])');
    expect(tree('while 1 do local function f() end break end')).toBe('(while 1 [(localfunction f () []) (break)])');
  });

  test('semicolons separate statements', () => {
    expect(tree('a = 1; b = 2; f();')).toBe('(set a = 1) (set b = 2) (call f)');
    expect(tree('a = 1 b = 2')).toBe('(set a = 1) (set b = 2)');
  });

  test('the main chunk is vararg', () => {
    expect(tree('return ...')).toBe('(return ...)');
    expect(tree('local a, b = ...')).toBe('(local a b = ...)');
  });
});

// ---- expressions ----

describe('expressions', () => {
  test('literals', () => {
    expect(expr('nil, true, false, 1, 0x10, 1.5, "s", [[l]], ...')).toBe('nil true false 1 16 1.5 "s" "l" ...');
  });

  test('negative numbers stay unary (no folding)', () => {
    const chunk = parse('return -1, - -2, -x', '=test');
    const ret = chunk.body.stats[0]!;
    expect(ret.kind).toBe('Return');
    if (ret.kind !== 'Return') return;
    expect(ret.exprs[0]).toEqual({ kind: 'Unary', line: 1, op: 'neg', operand: { kind: 'Number', line: 1, value: 1 } });
    expect(show(ret.exprs[1]!)).toBe('(neg (neg 2))');
    expect(expr('2 + 3')).toBe('(add 2 3)');
  });

  test('table constructors', () => {
    expect(expr('{}')).toBe('{}');
    expect(expr('{1, 2; 3,}')).toBe('{1 2 3}');
    expect(expr('{a = 1, ["b"] = 2, [3] = 4, c}')).toBe('{a=1 ["b"]=2 [3]=4 c}');
    expect(expr('{a == 1, a.b, a()}')).toBe('{(eq a 1) a["b"] (call a)}');
    expect(expr('{f = function() end; {}}')).toBe('{f=(function () []) {}}');
  });

  test('function expressions', () => {
    expect(expr('function(a, b, ...) return a end')).toBe('(function (a b ...) [(return a)])');
    expect(expr('function() return function(...) return ... end end'))
      .toBe('(function () [(return (function (...) [(return ...)]))])');
  });

  test('parentheses are kept', () => {
    expect(expr('(f())')).toBe('(paren (call f))');
    expect(expr('(...)')).toBe('(paren ...)');
    expect(expr('((1))')).toBe('(paren (paren 1))');
  });

  test('every binary and unary operator', () => {
    expect(expr('a+b, a-b, a*b, a/b, a%b, a^b, a..b')).toBe('(add a b) (sub a b) (mul a b) (div a b) (mod a b) (pow a b) (concat a b)');
    expect(expr('a==b, a~=b, a<b, a<=b, a>b, a>=b, a and b, a or b'))
      .toBe('(eq a b) (ne a b) (lt a b) (le a b) (gt a b) (ge a b) (and a b) (or a b)');
    expect(expr('-a, not a, #a')).toBe('(neg a) (not a) (len a)');
  });
});

describe('operator priorities (lparser.c priority table)', () => {
  test('examples', () => {
    const cases: [string, string][] = [
      ['1 + 2 * 3', '(add 1 (mul 2 3))'],
      ['1 * 2 + 3', '(add (mul 1 2) 3)'],
      ['1 - 2 - 3', '(sub (sub 1 2) 3)'],
      ['a % b * c / d', '(div (mul (mod a b) c) d)'],
      ['2 ^ 3 ^ 4', '(pow 2 (pow 3 4))'],
      ['-x ^ 2', '(neg (pow x 2))'],
      ['-2 ^ 2', '(neg (pow 2 2))'],
      ['2 ^ -x', '(pow 2 (neg x))'],
      ['a ^ b ^ -c ^ d', '(pow a (pow b (neg (pow c d))))'],
      ['-a * b', '(mul (neg a) b)'],
      ['#t + 1', '(add (len t) 1)'],
      ['- - a', '(neg (neg a))'],
      ['not not a', '(not (not a))'],
      ['not a == b', '(eq (not a) b)'],
      ['a .. b .. c', '(concat a (concat b c))'],
      ['a .. b + c', '(concat a (add b c))'],
      ['a + b .. c', '(concat (add a b) c)'],
      ['a .. b ^ c', '(concat a (pow b c))'],
      ['-a .. b', '(concat (neg a) b)'],
      ['a == b .. c', '(eq a (concat b c))'],
      ['1 < 2 < 3', '(lt (lt 1 2) 3)'],
      ['a == b ~= c', '(ne (eq a b) c)'],
      ['a and b == c', '(and a (eq b c))'],
      ['a or b and c', '(or a (and b c))'],
      ['a and b or c', '(or (and a b) c)'],
      ['a or b or c', '(or (or a b) c)'],
      ['a and b and c', '(and (and a b) c)'],
      ['(a or b) and c', '(and (paren (or a b)) c)'],
      ['f(a)^2', '(pow (call f a) 2)'],
      ['a.b^-c.d', '(pow a["b"] (neg c["d"]))'],
    ];
    for (const [src, want] of cases) expect([src, expr(src)]).toEqual([src, want]);
  });

  test('every pair of binary operators groups as the manual says', () => {
    // Lua 5.1 manual 2.5.6: or < and < comparison < .. < + - < * / % < unary < ^; .. and ^ associate right.
    const ops: [string, string, number][] = [
      ['or', 'or', 1], ['and', 'and', 2],
      ['<', 'lt', 3], ['>', 'gt', 3], ['<=', 'le', 3], ['>=', 'ge', 3], ['~=', 'ne', 3], ['==', 'eq', 3],
      ['..', 'concat', 4], ['+', 'add', 5], ['-', 'sub', 5], ['*', 'mul', 6], ['/', 'div', 6], ['%', 'mod', 6],
      ['^', 'pow', 8],
    ];
    const rightAssoc = new Set(['..', '^']);
    let checked = 0;
    for (const [t1, n1, l1] of ops) {
      for (const [t2, n2, l2] of ops) {
        const groupsRight = l2 > l1 || (l1 === l2 && rightAssoc.has(t1));
        const want = groupsRight ? `(${n1} a (${n2} b c))` : `(${n2} (${n1} a b) c)`;
        expect([t1, t2, expr(`a ${t1} b ${t2} c`)]).toEqual([t1, t2, want]);
        checked++;
      }
    }
    expect(checked).toBe(225);
  });

  test('unary operators bind tighter than every binary operator but ^', () => {
    for (const [t, n] of [['-', 'neg'], ['not ', 'not'], ['#', 'len']]) {
      expect(expr(`${t}a ^ b`)).toBe(`(${n} (pow a b))`);
      for (const [bt, bn] of [['*', 'mul'], ['+', 'add'], ['..', 'concat'], ['==', 'eq'], ['and', 'and'], ['or', 'or']]) {
        expect(expr(`${t}a ${bt} b`)).toBe(`(${bn} (${n} a) b)`);
      }
    }
  });
});

// ---- lines ----

describe('line fields', () => {
  const src = [
    /* 1 */ 'local a, b = 1,',
    /* 2 */ '  2',
    /* 3 */ 'function t.x:m(p)',
    /* 4 */ '  return p',
    /* 5 */ 'end',
    /* 6 */ 'f(',
    /* 7 */ ' a',
    /* 8 */ ')',
    /* 9 */ 'x = a',
    /* 10 */ '  + b',
    /* 11 */ 'local function g',
    /* 12 */ '()',
    /* 13 */ 'end',
    /* 14 */ 'if a then',
    /* 15 */ 'elseif b then',
    /* 16 */ 'else',
    /* 17 */ 'end',
    /* 18 */ 'y = function',
    /* 19 */ '(',
    /* 20 */ ') end',
    /* 21 */ 'o:m',
    /* 22 */ '"s" ; o.p',
    /* 23 */ '.q = [[',
    /* 24 */ ']]',
    /* 25 */ 'while a do',
    /* 26 */ '  break',
    /* 27 */ 'end',
  ].join('\n');
  let chunk: Chunk;
  beforeAll(() => {
    chunk = parse(src, '@lines.lua');
  });

  test('statements carry the line of their first token', () => {
    expect(chunk.body.stats.map((s) => [s.kind, s.line])).toEqual([
      ['Local', 1], ['Function', 3], ['CallStat', 6], ['Assign', 9], ['LocalFunction', 11], ['If', 14],
      ['Assign', 18], ['CallStat', 21], ['Assign', 22], ['While', 25],
    ]);
    expect(chunk.endLine).toBe(27);
    expect(chunk.body.endLine).toBe(27);
    expect(chunk.chunkname).toBe('@lines.lua');
  });

  test('expressions', () => {
    const [local, , call, assign] = chunk.body.stats;
    expect(local).toMatchObject({ exprs: [{ kind: 'Number', line: 1 }, { kind: 'Number', line: 2 }] });
    // A call's line is the line of its '('.
    expect(call).toMatchObject({ call: { kind: 'Call', line: 6, callee: { line: 6 }, args: [{ kind: 'Name', line: 7 }] } });
    // A binary expression's line is the line of its operator.
    expect(assign).toMatchObject({ targets: [{ kind: 'Name', line: 9 }], exprs: [{ kind: 'Binary', line: 10, left: { line: 9 }, right: { line: 10 } }] });
  });

  test('functions: linedefined as Lua records it, and the line of end', () => {
    const fstat = chunk.body.stats[1]!;
    expect(fstat).toMatchObject({ kind: 'Function', path: ['t', 'x'], method: 'm' });
    if (fstat.kind !== 'Function') return;
    expect(fstat.body).toMatchObject({ line: 3, endLine: 5, params: ['self', 'p'], isVararg: false, name: 'm' });
    expect(fstat.body.body.stats[0]).toMatchObject({ kind: 'Return', line: 4 });
    expect(fstat.body.body.endLine).toBe(5);
    // local function and function expressions: Lua's linedefined is the line of the '('.
    expect(chunk.body.stats[4]).toMatchObject({ kind: 'LocalFunction', name: 'g', body: { line: 12, endLine: 13, name: 'g' } });
    expect(chunk.body.stats[6]).toMatchObject({
      exprs: [{ kind: 'Function', line: 18, body: { line: 19, endLine: 20, name: undefined } }],
    });
  });

  test('if clauses and blocks', () => {
    const ifs = chunk.body.stats[5]!;
    expect(ifs.kind).toBe('If');
    if (ifs.kind !== 'If') return;
    expect(ifs.clauses.map((c) => [c.line, c.body.endLine])).toEqual([[14, 15], [15, 16]]);
    expect(ifs.orelse?.endLine).toBe(17);
  });

  test('method calls and indexes', () => {
    expect(chunk.body.stats[7]).toMatchObject({ call: { kind: 'MethodCall', line: 22, object: { line: 21 }, name: 'm', args: [{ line: 22 }] } });
    expect(chunk.body.stats[8]).toMatchObject({
      line: 22,
      targets: [{ kind: 'Index', line: 22, object: { kind: 'Index', line: 22, key: { kind: 'String', value: 'p', line: 22 } }, key: { value: 'q', line: 23 } }],
      // A multi-line token is seen at the line where it ends.
      exprs: [{ kind: 'String', value: '', line: 24 }],
    });
    expect(chunk.body.stats[9]).toMatchObject({ kind: 'While', body: { stats: [{ kind: 'Break', line: 26 }], endLine: 27 } });
  });

  test('a table constructor and the call of a multi-line string', () => {
    const c = parse('t = {\n1,\nk = 2\n}\nf[[\n]]', '=t');
    expect(c.body.stats[0]).toMatchObject({ exprs: [{ kind: 'Table', line: 1, items: [{ value: { line: 2 } }, { name: 'k', value: { line: 3 } }] }] });
    expect(c.body.stats[1]).toMatchObject({ kind: 'CallStat', line: 5, call: { kind: 'Call', line: 6 } });
  });
});

// ---- Lua 5.1 quirks ----

describe('Lua 5.1 behaviours', () => {
  test('a call may not start a line after a call-able expression', () => {
    expect(syntaxError('f\n(g)').message).toBe(`[string "f..."]:2: ambiguous syntax (function call x new statement) near '('`);
    expect(tree('f\n"s"')).toBe('(call f "s")');
    expect(tree('f\n{1}')).toBe('(call f {1})');
    expect(tree('f(\n1)')).toBe('(call f 1)');
    // In a constructor, the lookahead after a name has moved lastline on: lua5.1 accepts this.
    expect(tree('t = { f\n(x) }')).toBe('(set t = {(call f x)})');
  });

  test('a first line starting with # is skipped for files and stdin only', () => {
    const file = parse('#!/usr/bin/lua\nreturn x', '@script.lua');
    expect(file.body.stats[0]).toMatchObject({ kind: 'Return', line: 2 });
    expect(parse('# comment', '=stdin').endLine).toBe(2);
    expect(syntaxError('#!/usr/bin/lua\nreturn x').message).toBe(`[string "#!/usr/bin/lua..."]:1: unexpected symbol near '#'`);
    expect(parse('#\nreturn 1', 'chunk', { skipFirstLine: true }).body.stats[0]).toMatchObject({ kind: 'Return', line: 2 });
    expect(() => parse('#\n', '@f.lua', { skipFirstLine: false })).toThrow("f.lua:1: unexpected symbol near '#'");
  });

  test('vararg scoping', () => {
    expect(tree('local function f(...) local g = function(...) return ... end return ... end'))
      .toBe('(localfunction f (...) [(local g = (function (...) [(return ...)])) (return ...)])');
    expect(syntaxError('local function f(...) return function() return ... end end', '=v').message)
      .toBe("v:1: cannot use '...' outside a vararg function near '...'");
  });

  test('break belongs to the loops of its own function', () => {
    expect(syntaxError('while 1 do local f = function() break end end', '=b').message).toBe("b:1: no loop to break near 'end'");
    expect(syntaxError('while 1 do end break', '=b').message).toBe("b:1: no loop to break near '<eof>'");
  });
});

// ---- syntax errors (expected messages from lua5.1) ----

const ERRORS: [string, string | undefined, string][] = [
  ['x = "abc', undefined, "[string \"x = \"abc\"]:1: unfinished string near '<eof>'"],
  ['x = "abc\ny = 1', undefined, "[string \"x = \"abc...\"]:1: unfinished string near '\"abc'"],
  ["x = 'a\\\nb", undefined, "[string \"x = 'a\\...\"]:2: unfinished string near '<eof>'"],
  ['x = "\\300"', undefined, "[string \"x = \"\\300\"\"]:1: escape sequence too large near '\"'"],
  ['x = "ab\\256"', undefined, "[string \"x = \"ab\\256\"\"]:1: escape sequence too large near '\"ab'"],
  ["return '\\9999'", undefined, "[string \"return '\\9999'\"]:1: escape sequence too large near '''"],
  ['x = [[ [[ ]]', undefined, "[string \"x = [[ [[ ]]\"]:1: nesting of [[...]] is deprecated near '['"],
  ['--[[ [[ ]]', undefined, "[string \"--[[ [[ ]]\"]:1: nesting of [[...]] is deprecated near '['"],
  ['--[==[ x', undefined, "[string \"--[==[ x\"]:1: unfinished long comment near '<eof>'"],
  ['x = [==[ x', undefined, "[string \"x = [==[ x\"]:1: unfinished long string near '<eof>'"],
  ['x = [==x', undefined, "[string \"x = [==x\"]:1: invalid long string delimiter near '[=='"],
  ['x = [=', '@a.lua', "a.lua:1: invalid long string delimiter near '[='"],
  ['x = 3x', undefined, "[string \"x = 3x\"]:1: malformed number near '3x'"],
  ['x = 5..b', undefined, "[string \"x = 5..b\"]:1: malformed number near '5..b'"],
  ['x = 1e', undefined, "[string \"x = 1e\"]:1: malformed number near '1e'"],
  ['x = 1e+', undefined, "[string \"x = 1e+\"]:1: malformed number near '1e+'"],
  ['x = 0x', undefined, "[string \"x = 0x\"]:1: malformed number near '0x'"],
  ['x = 0x1p', undefined, "[string \"x = 0x1p\"]:1: malformed number near '0x1p'"],
  ['x = 1.2.3', undefined, "[string \"x = 1.2.3\"]:1: malformed number near '1.2.3'"],
  ['x = 0xg', undefined, "[string \"x = 0xg\"]:1: malformed number near '0xg'"],
  ['x = \x00 1', undefined, '[string "x = "]:1: unexpected symbol'],
  ['x = \x01', undefined, "[string \"x = \x01\"]:1: unexpected symbol near 'char(1)'"],
  ['x = \x7f', undefined, "[string \"x = \x7f\"]:1: unexpected symbol near 'char(127)'"],
  ['x = @', undefined, "[string \"x = @\"]:1: unexpected symbol near '@'"],
  ['x = $', undefined, "[string \"x = $\"]:1: unexpected symbol near '$'"],
  ['x = \xc8', undefined, "[string \"x = \xc8\"]:1: unexpected symbol near '\xc8'"],
  ['x = 1..\x00 2', undefined, "[string \"x = 1..\"]:1: malformed number near '1..'"],
  ["x = 'a\\0b' 'c", undefined, "[string \"x = 'a\\0b' 'c\"]:1: unfinished string near '<eof>'"],
  ['x = 1\r\ny = = 2', undefined, "[string \"x = 1...\"]:2: unexpected symbol near '='"],
  ['x = 1\n\ry = = 2', undefined, "[string \"x = 1...\"]:2: unexpected symbol near '='"],
  ['x = 1\r\ry = = 2', undefined, "[string \"x = 1...\"]:3: unexpected symbol near '='"],
  ['x = [==[\na\n\rb]==] + ', undefined, "[string \"x = [==[...\"]:3: unexpected symbol near '<eof>'"],
  ['x = = 1', undefined, "[string \"x = = 1\"]:1: unexpected symbol near '='"],
  ['x =', undefined, "[string \"x =\"]:1: unexpected symbol near '<eof>'"],
  ['x', undefined, "[string \"x\"]:1: '=' expected near '<eof>'"],
  ['x y', undefined, "[string \"x y\"]:1: '=' expected near 'y'"],
  ['f() = 1', undefined, "[string \"f() = 1\"]:1: unexpected symbol near '='"],
  ['(a) = 1', undefined, "[string \"(a) = 1\"]:1: syntax error near '='"],
  ['x, f() = 1', undefined, "[string \"x, f() = 1\"]:1: syntax error near '='"],
  ['a.b:c = 1', undefined, "[string \"a.b:c = 1\"]:1: function arguments expected near '='"],
  ['f\n(x)', undefined, "[string \"f...\"]:2: ambiguous syntax (function call x new statement) near '('"],
  ['a:b\n(x)', undefined, "[string \"a:b...\"]:2: ambiguous syntax (function call x new statement) near '('"],
  ['a:b.c', undefined, "[string \"a:b.c\"]:1: function arguments expected near '.'"],
  ['a:b', undefined, "[string \"a:b\"]:1: function arguments expected near '<eof>'"],
  ['function f() return ... end', undefined, "[string \"function f() return ... end\"]:1: cannot use '...' outside a vararg function near '...'"],
  ['do return 1 x = 2 end', undefined, "[string \"do return 1 x = 2 end\"]:1: 'end' expected near 'x'"],
  ['do\n return 1 x = 2 end', undefined, "[string \"do...\"]:2: 'end' expected (to close 'do' at line 1) near 'x'"],
  ['return return', undefined, "[string \"return return\"]:1: unexpected symbol near 'return'"],
  ['break', undefined, "[string \"break\"]:1: no loop to break near '<eof>'"],
  ['for i = 1, 2 do local function f() break end end', undefined, "[string \"for i = 1, 2 do local function f() break end end\"]:1: no loop to break near 'end'"],
  ['local function', undefined, "[string \"local function\"]:1: '<name>' expected near '<eof>'"],
  ['local 1 = 2', undefined, "[string \"local 1 = 2\"]:1: '<name>' expected near '1'"],
  ['local a.b = 1', undefined, "[string \"local a.b = 1\"]:1: unexpected symbol near '.'"],
  ['function a.b:c.d() end', undefined, "[string \"function a.b:c.d() end\"]:1: '(' expected near '.'"],
  ['function 1() end', undefined, "[string \"function 1() end\"]:1: '<name>' expected near '1'"],
  ['function f(a, 1) end', undefined, "[string \"function f(a, 1) end\"]:1: <name> or '...' expected near '1'"],
  ['function f(a, ..., b) end', undefined, "[string \"function f(a, ..., b) end\"]:1: ')' expected near ','"],
  ['function f end', undefined, "[string \"function f end\"]:1: '(' expected near 'end'"],
  ['for x do end', undefined, "[string \"for x do end\"]:1: '=' or 'in' expected near 'do'"],
  ['for i = 1 do end', undefined, "[string \"for i = 1 do end\"]:1: ',' expected near 'do'"],
  ['for i = 1, 2, 3, 4 do end', undefined, "[string \"for i = 1, 2, 3, 4 do end\"]:1: 'do' expected near ','"],
  ['for a, b = 1, 2 do end', undefined, "[string \"for a, b = 1, 2 do end\"]:1: 'in' expected near '='"],
  ['for 1 = 1, 2 do end', undefined, "[string \"for 1 = 1, 2 do end\"]:1: '<name>' expected near '1'"],
  ['if x then', undefined, "[string \"if x then\"]:1: 'end' expected near '<eof>'"],
  ['if x\nthen\n', '=stdin', "stdin:3: 'end' expected (to close 'if' at line 1) near '<eof>'"],
  ['if x y = 1 end', undefined, "[string \"if x y = 1 end\"]:1: 'then' expected near 'y'"],
  ['if x then else elseif y then end', undefined, "[string \"if x then else elseif y then end\"]:1: 'end' expected near 'elseif'"],
  ['while x do\n\n', undefined, "[string \"while x do...\"]:3: 'end' expected (to close 'while' at line 1) near '<eof>'"],
  ['while x y = 1 end', undefined, "[string \"while x y = 1 end\"]:1: 'do' expected near 'y'"],
  ['repeat\n\n', undefined, "[string \"repeat...\"]:3: 'until' expected (to close 'repeat' at line 1) near '<eof>'"],
  ['repeat x = 1', undefined, "[string \"repeat x = 1\"]:1: 'until' expected near '<eof>'"],
  ['function f()\n\n', '@lib/mod.lua', "lib/mod.lua:3: 'end' expected (to close 'function' at line 1) near '<eof>'"],
  ['x = {1, 2', undefined, "[string \"x = {1, 2\"]:1: '}' expected near '<eof>'"],
  ['x = {\n1, 2', undefined, "[string \"x = {...\"]:2: '}' expected (to close '{' at line 1) near '<eof>'"],
  ['x = {a = 1,, }', undefined, "[string \"x = {a = 1,, }\"]:1: unexpected symbol near ','"],
  ['x = {a = }', undefined, "[string \"x = {a = }\"]:1: unexpected symbol near '}'"],
  ['x = {[1] 2}', undefined, "[string \"x = {[1] 2}\"]:1: '=' expected near '2'"],
  ['t = {a.b = 1}', undefined, "[string \"t = {a.b = 1}\"]:1: '}' expected near '='"],
  ['x = (\n1', undefined, "[string \"x = (...\"]:2: ')' expected (to close '(' at line 1) near '<eof>'"],
  ['x = f(\n1', undefined, "[string \"x = f(...\"]:2: ')' expected (to close '(' at line 1) near '<eof>'"],
  ['x = f(1,)', undefined, "[string \"x = f(1,)\"]:1: unexpected symbol near ')'"],
  ['x = a[\n1', undefined, "[string \"x = a[...\"]:2: ']' expected near '<eof>'"],
  ['x = a.1', undefined, "[string \"x = a.1\"]:1: unexpected symbol near '.1'"],
  ['x = #', undefined, "[string \"x = #\"]:1: unexpected symbol near '<eof>'"],
  ['x = not', undefined, "[string \"x = not\"]:1: unexpected symbol near '<eof>'"],
  ["x = 'abc' 'def'", undefined, "[string \"x = 'abc' 'def'\"]:1: unexpected symbol near ''def''"],
  ['x = [[abc]] [[def]]', undefined, "[string \"x = [[abc]] [[def]]\"]:1: unexpected symbol near '[[def]]'"],
  ['x = 1 2', undefined, "[string \"x = 1 2\"]:1: unexpected symbol near '2'"],
  ['x = 1.5e3 y', undefined, "[string \"x = 1.5e3 y\"]:1: '=' expected near '<eof>'"],
  [';', undefined, "[string \";\"]:1: unexpected symbol near ';'"],
  ['x = 1;;', undefined, "[string \"x = 1;;\"]:1: unexpected symbol near ';'"],
  ['goto x', undefined, "[string \"goto x\"]:1: '=' expected near 'x'"],
  ['x = 3 // 2', undefined, "[string \"x = 3 // 2\"]:1: unexpected symbol near '/'"],
  ['x = a != b', undefined, "[string \"x = a != b\"]:1: unexpected symbol near '!'"],
  ['local x <const> = 1', undefined, "[string \"local x <const> = 1\"]:1: unexpected symbol near '<'"],
  ['x = function', undefined, "[string \"x = function\"]:1: '(' expected near '<eof>'"],
  ['x = function(a b) end', undefined, "[string \"x = function(a b) end\"]:1: ')' expected near 'b'"],
  ['elseif', undefined, "[string \"elseif\"]:1: '<eof>' expected near 'elseif'"],
  ['end', undefined, "[string \"end\"]:1: '<eof>' expected near 'end'"],
  ['until x', undefined, "[string \"until x\"]:1: '<eof>' expected near 'until'"],
  ['do end end', undefined, "[string \"do end end\"]:1: '<eof>' expected near 'end'"],
  ['x = y)', undefined, "[string \"x = y)\"]:1: unexpected symbol near ')'"],
  ['x = }', undefined, "[string \"x = }\"]:1: unexpected symbol near '}'"],
  ['x = = 1', '=' + 'n'.repeat(100), `${'n'.repeat(79)}:1: unexpected symbol near '='`],
  ['x = = 1', '@' + 'd/'.repeat(50) + 'f.lua', `.../${'d/'.repeat(33)}f.lua:1: unexpected symbol near '='`],
  ['x = ', 's'.repeat(70), `[string "${'s'.repeat(63)}..."]:1: unexpected symbol near '<eof>'`],
];

describe('syntax errors, as lua5.1 reports them', () => {
  test.each(ERRORS)('%j (chunk name %j)', (src, chunkname, message) => {
    const e = syntaxError(src, chunkname ?? src);
    expect(e.message).toBe(message);
    expect(e.chunkname).toBe(chunkname ?? src);
    const position = message.slice(shortSrc(chunkname ?? src, MAXSRC).length + 1);
    expect(e.line).toBe(Number.parseInt(position, 10));
  });

  test('the table is large', () => {
    expect(ERRORS.length).toBeGreaterThanOrEqual(40);
  });
});

// ---- limits ----

describe('levels (LUAI_MAXCCALLS)', () => {
  const parens = (n: number): string => `x = ${'('.repeat(n)}1${')'.repeat(n)}`;

  test('nesting: as lua5.1 loadstring called from a main chunk', () => {
    expect(() => parse(parens(196), 'p')).not.toThrow();
    expect(syntaxError(parens(197), '=p').message).toBe('p:1: chunk has too many syntax levels');
    expect(() => parse('do '.repeat(197) + 'end '.repeat(197), 'p')).not.toThrow();
    expect(syntaxError('do '.repeat(198) + 'end '.repeat(198), '=p').message).toBe('p:1: chunk has too many syntax levels');
    expect(syntaxError(`x = 1${' .. 1'.repeat(197)}`, '=p').message).toBe('p:1: chunk has too many syntax levels');
    expect(() => parse(`x = 1${' + 1'.repeat(1000)}`, 'p')).not.toThrow();
    expect(syntaxError(`x = ${'function() return '.repeat(99)}${' end'.repeat(99)}`, '=p').message)
      .toBe('p:1: chunk has too many syntax levels');
  });

  test('the level Lua starts at is an option (lua.c loads the main script at 1)', () => {
    expect(() => parse(parens(197), '@main.lua', { callDepth: 1 })).not.toThrow();
    expect(() => parse(parens(198), '@main.lua', { callDepth: 1 })).toThrow('main.lua:1: chunk has too many syntax levels');
    // Inside pcall or a coroutine Lua is one level deeper.
    expect(() => parse(parens(196), '=p', { callDepth: 3 })).toThrow('p:1: chunk has too many syntax levels');
  });

  test('the line of the error is the lexer line (after a constructor lookahead too)', () => {
    expect(syntaxError(`x = {\n${'{'.repeat(197)}${'}'.repeat(197)}}`, '=p').message).toBe('p:2: chunk has too many syntax levels');
  });

  test('variables in one assignment', () => {
    const names = (n: number): string => Array.from({ length: n }, (_, i) => `a${i}`).join(',');
    expect(() => parse(`${names(198)} = 1`, 'p')).not.toThrow();
    expect(syntaxError(`${names(199)} = 1`, '=p').message).toBe('p:1: main function has more than 197 variables in assignment');
    expect(syntaxError(`local function f()\n ${names(198)} = 1 end`, '=p').message)
      .toBe('p:2: function at line 1 has more than 196 variables in assignment');
  });
});

// ---- robustness ----

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAM = `#!/usr/bin/lua
-- a program that uses every construct
local t = { 1, 2.5, 0x1F, 1e3, "s\\n\\65", 'q', [[long
string]], [==[ ]] ]==], a = { b = true }, [3] = nil, f = function(...) return select('#', ...) end; }
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
function t.a.m(self, x) return self, x end
function t.a:n(x, ...) local y = ... return x .. y end
for i = 1, 10, 2 do t[#t + 1] = -i ^ 2 % 3 end
for k, v in pairs(t) do if k == 1 then break elseif not v then t[k] = nil else end end
while #t > 3 and t[1] ~= t[2] or false do table.remove(t) end
repeat local z = t[1] until z == nil or z <= 1 or z >= 2
do local a, b = (fib)(10), t.a:n("x", "y") print(a, b, t["a"].m(t.a, 1)) end
print"done" print{1} --[[ comment ]] return fib(5), ...
`;

function assertOnlySyntaxErrors(src: string): void {
  try {
    parse(src, '@fuzz.lua');
  } catch (e) {
    if (!(e instanceof LuaSyntaxError)) throw new Error(`${String(e)} for ${JSON.stringify(src)}`);
    expect(e.message.startsWith('fuzz.lua:')).toBe(true);
  }
}

describe('robustness', () => {
  test('the reference program parses', () => {
    expect(parse(PROGRAM, '@prog.lua').body.stats.length).toBe(12);
  });

  test('random byte strings raise only LuaSyntaxError', () => {
    const rnd = random(1);
    const alphabet = '()[]{}=<>~.,;:+-*/%^#"\'\\\n\r\t 0123456789xXeEpabcdefnrtv_[[]]--\x00\xff';
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(rnd() * 40);
      let s = '';
      for (let j = 0; j < len; j++) {
        s += rnd() < 0.5 ? alphabet[Math.floor(rnd() * alphabet.length)] : String.fromCharCode(Math.floor(rnd() * 256));
      }
      assertOnlySyntaxErrors(s);
    }
  });

  test('random mutations of a valid program raise only LuaSyntaxError', () => {
    const rnd = random(2);
    const pieces = ['(', ')', '{', '}', '[', ']', '[[', ']]', '[=[', '--', '--[[', "'", '"', '\\', '\n', '\r', '=', '==',
      ',', ';', ':', '.', '..', '...', '0x', '1e', 'end', 'do', 'function', 'local', 'return', 'break', 'if', 'then',
      'else', 'elseif', 'until', 'for', 'in', 'not', 'and', '-', '^', '#', '\x00', '\xff', '@'];
    let failures = 0;
    for (let i = 0; i < 2000; i++) {
      let s = PROGRAM;
      const edits = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < edits; k++) {
        const p = Math.floor(rnd() * (s.length + 1));
        const r = rnd();
        if (r < 0.33) s = s.slice(0, p) + s.slice(p + 1 + Math.floor(rnd() * 5));
        else if (r < 0.66) s = s.slice(0, p) + pieces[Math.floor(rnd() * pieces.length)] + s.slice(p);
        else s = s.slice(0, p) + pieces[Math.floor(rnd() * pieces.length)] + s.slice(p + 1 + Math.floor(rnd() * 3));
      }
      try {
        parse(s, '@fuzz.lua');
      } catch (e) {
        if (!(e instanceof LuaSyntaxError)) throw new Error(`${String(e)} for ${JSON.stringify(s)}`);
        failures++;
      }
    }
    // Most mutations break the program; the parser must have said so each time with a LuaSyntaxError.
    expect(failures).toBeGreaterThan(500);
  });

  test('deep nesting stops at the level limit, never at the JavaScript stack', () => {
    for (const open of ['(', '{', '- ', 'not ', 'do ', 'function() return ', 'a[', 'f(', '{[', 'x..', 'x^']) {
      assertOnlySyntaxErrors(`x = ${open.repeat(100000)}`);
    }
  });

  test('a 1 MB source parses in linear time', () => {
    let src = '';
    while (src.length < 1 << 20) src += `do\n${PROGRAM.slice(PROGRAM.indexOf('\n') + 1).replace('return fib(5), ...', '')}\nend\n`;
    const start = performance.now();
    const chunk = parse(src, '@big.lua');
    const elapsed = performance.now() - start;
    expect(chunk.body.stats.length).toBeGreaterThan(1000);
    // Typically ~100 ms; the bound only catches quadratic behaviour on a loaded machine.
    expect(elapsed).toBeLessThan(5000);
  });
});
