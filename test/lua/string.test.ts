/**
 * The string library (lib/string.ts, lib/format.ts, with lib/lpattern.ts underneath) against
 * Lua 5.1. The case tables hold lua5.1's own results: each row is a call `string.<fn>(args)` and
 * either its results or the message of the error it raises (as `pcall(string.<fn>, ...)` shows
 * it, with the function named as a call from Lua code names it). The natives run under a small
 * LuaRuntime that calls natives directly, so no VM is needed.
 */

import { openString } from '../../sample-vm/lua/lib/string';
import { MAX_MATCH_DEPTH } from '../../sample-vm/lua/lib/lpattern';
import { LuaError } from '../../sample-vm/lua/value/error';
import { LuaFunction, NativeFunction, type NativeFn } from '../../sample-vm/lua/value/function';
import { numberToString } from '../../sample-vm/lua/value/number';
import { LuaTable } from '../../sample-vm/lua/value/table';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime } from './lib-fake-runtime';


/** Replacement functions the gsub cases name as 'F:name' (the same functions are in the generator). */
const REPLACERS: Record<string, NativeFn> = {
  upper: (_rt, args) => [(args[0] as string).toUpperCase()],
  concat: (_rt, args) => [args.map((v) => (typeof v === 'number' ? numberToString(v) : (v as string))).join('|')],
  nil: () => [undefined],
  false: () => [false],
  table: () => [new LuaTable()],
  num: () => [42],
};

type CaseArg = LuaValue | { table: Record<string, CaseArg> };
/** [function, arguments, results or error message]. */
type Case = [string, CaseArg[], LuaValue[] | LuaValue[][] | string];

function toLua(rt: FakeRuntime, a: CaseArg): LuaValue {
  if (typeof a === 'string' && a.startsWith('F:') && a.slice(2) in REPLACERS) {
    return new NativeFunction(a.slice(2), REPLACERS[a.slice(2)], rt.globals);
  }
  if (typeof a === 'object' && a !== null && 'table' in a && !(a instanceof LuaTable) && !(a instanceof LuaFunction)) {
    const t = new LuaTable();
    for (const [k, v] of Object.entries(a.table)) t.set(k.startsWith('#') ? Number(k.slice(1)) : k, toLua(rt, v));
    return t;
  }
  return a as LuaValue;
}

function newRuntime(): FakeRuntime {
  const rt = new FakeRuntime('');
  openString(rt);
  return rt;
}

function lib(rt: FakeRuntime, name: string): LuaValue {
  return (rt.globals.getStr('string') as LuaTable).getStr(name);
}

/** Runs one case: its results (gmatch: the list of each iteration's results) or its error message. */
function runCase(rt: FakeRuntime, fn: string, args: CaseArg[]): LuaValue[] | LuaValue[][] | string {
  try {
    const res = rt.call(lib(rt, fn), args.map((a) => toLua(rt, a)));
    if (fn !== 'gmatch') return res;
    const rows: LuaValue[][] = [];
    for (let i = 0; i < 50; i++) {
      const row = rt.call(res[0], []);
      if (row.length === 0) break;
      rows.push(row);
    }
    return rows;
  } catch (e) {
    if (e instanceof LuaError) return e.value as string;
    throw e;
  }
}

function describeCase(fn: string, args: CaseArg[]): string {
  return `string.${fn}(${args.map((a) => JSON.stringify(a) ?? 'nil').join(', ')})`;
}

function checkCases(cases: Case[]): void {
  const rt = newRuntime();
  for (const [fn, args, expected] of cases) {
    const actual = runCase(rt, fn, args);
    expect({ call: describeCase(fn, args), result: actual }).toEqual({ call: describeCase(fn, args), result: expected });
  }
}

/** find, match, gmatch and gsub: lua5.1 results. */
const PATTERN_CASES: Case[] = [
  ['find', ['hello world', 'o w'], [5, 7]],
  ['find', ['hello world', 'l'], [3, 3]],
  ['find', ['hello world', 'l', 5], [10, 10]],
  ['find', ['hello world', 'l', -2], [10, 10]],
  ['find', ['hello world', 'xyz'], [undefined]],
  ['find', ['a+b', '+', 1, true], [2, 2]],
  ['find', ['a.b', '.', 2], [2, 2]],
  ['find', ['a.b', '.', 1, true], [2, 2]],
  ['find', ['abc', '', 10], [4, 3]],
  ['find', ['abc', '', -10], [1, 0]],
  ['find', ['', ''], [1, 0]],
  ['find', ['', '', 2], [1, 0]],
  ['find', ['a\x00b', '\x00'], [2, 2]],
  ['find', ['a\x00b', 'b', 1, true], [3, 3]],
  ['find', ['a\x00b', '%z'], [2, 2]],
  ['find', ['abc', ')'], [undefined]],
  ['find', ['abc', 'b', undefined, undefined], [2, 2]],
  ['find', ['abc', 'b', 1, false], [2, 2]],
  ['find', ['hello', '(l)(l)'], [3, 4, 'l', 'l']],
  ['find', ['hello', '()ll()'], [3, 4, 3, 5]],
  ['find', ['THE (quick) fox', '%((%a+)%)'], [5, 11, 'quick']],
  ['find', ['THE (quick) fox', '%f[%a]%a+', 5], [6, 10]],
  ['find', ['abc', '%f[%z]'], [4, 3]],
  ['find', ['abc', '^b'], [undefined]],
  ['find', ['abc', '^a'], [1, 1]],
  ['find', ['abc', 'c$'], [3, 3]],
  ['find', ['abc', 'b$'], [undefined]],
  ['find', ['a$c', '$c'], [2, 3]],
  ['find', ['a^c', 'a^'], [1, 2]],
  ['find', [12345, 34], [3, 4]],
  ['find', ['abc', 'b', '2'], [2, 2]],
  ['match', ['key = value', '(%w+)%s*=%s*(%w+)'], ['key', 'value']],
  ['match', ['  trim me  ', '^%s*(.-)%s*$'], ['trim me']],
  ['match', ['x=10, y=20', 'y=(%d+)'], ['20']],
  ['match', ['hello', '.-'], ['']],
  ['match', ['hello', '.*'], ['hello']],
  ['match', ['hello', 'l+'], ['ll']],
  ['match', ['hello', 'l-o'], ['llo']],
  ['match', ['hello', 'hel?lo'], ['hello']],
  ['match', ['helo', 'hell?o'], ['helo']],
  ['match', ['abc123def', '%a+'], ['abc']],
  ['match', ['abc123def', '%d+'], ['123']],
  ['match', ['abc123def', '%D+', 4], ['def']],
  ['match', ['ABCdef', '%u+'], ['ABC']],
  ['match', ['ABCdef', '%l+'], ['def']],
  ['match', ['a,b;c', '%p'], [',']],
  ['match', ['a\x09b', '%c'], ['\x09']],
  ['match', ['ff09zz', '%x+'], ['ff09']],
  ['match', ['Hello World', '%W'], [' ']],
  ['match', ['  x', '%S'], ['x']],
  ['match', ['\x80\xc8abc', '%a+'], ['abc']],
  ['match', ['\xc8', '%A'], ['\xc8']],
  ['match', ['\xc8', '%p'], [undefined]],
  ['match', ['\x00abc', '%z'], ['\x00']],
  ['match', ['abc\x00', '%Z+'], ['abc']],
  ['match', ['abc', '%'], 'malformed pattern (ends with \'%\')'],
  ['match', ['hello-world', '[%w-]+'], ['hello-world']],
  ['match', ['x', '[%a-z]'], ['x']],
  ['match', ['-', '[a-]'], ['-']],
  ['match', [']', '[]]'], [']']],
  ['match', ['^', '[^^]'], [undefined]],
  ['match', ['a^', '[^^]'], ['a']],
  ['match', ['abc]', '[^]]+'], ['abc']],
  ['match', ['b', '[a-c]'], ['b']],
  ['match', ['B', '[a-c]'], [undefined]],
  ['match', ['%', '[%%]'], ['%']],
  ['match', ['0x1F', '0[xX](%x+)'], ['1F']],
  ['match', ['abc', '[a'], 'malformed pattern (missing \']\')'],
  ['match', ['abc', '[a%'], 'malformed pattern (missing \']\')'],
  ['match', ['abc', '['], 'malformed pattern (missing \']\')'],
  ['match', ['abc', '[^'], 'malformed pattern (missing \']\')'],
  ['match', ['abc', '[]'], 'malformed pattern (missing \']\')'],
  ['match', ['a-z', '[z-a]'], [undefined]],
  ['match', ['Z', '[%u%d]'], ['Z']],
  ['match', ['\xff', '[\xc8-\xff]'], ['\xff']],
  ['match', ['hello world', '(h)(e)(l)(l)(o)'], ['h', 'e', 'l', 'l', 'o']],
  ['match', ['hello', '()(l+)()'], [3, 'll', 5]],
  ['match', ['hello', '(h(el)(lo))'], ['hello', 'el', 'lo']],
  ['match', ['hello', '()'], [1]],
  ['match', ['abc', '(()'], 'unfinished capture'],
  ['match', ['abc', '(a'], 'unfinished capture'],
  ['match', ['abc', 'a)'], 'invalid pattern capture'],
  ['match', ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)'], ['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a']],
  ['match', ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)'], 'too many captures'],
  ['match', ['say "hello" now', '(["\'])(.-)%1'], ['"', 'hello']],
  ['match', ['abab', '(ab)%1'], ['ab']],
  ['match', ['abac', '(ab)%1'], [undefined]],
  ['match', ['aa', '(a)%2'], 'invalid capture index'],
  ['match', ['a', '(a%1)'], 'invalid capture index'],
  ['match', ['aa', '()a%1'], [undefined]],
  ['match', ['aa', '%0'], 'invalid capture index'],
  ['match', ['f(a(b)c) d', '%b()'], ['(a(b)c)']],
  ['match', ['f(a(b c) d', '%b()'], ['(b c)']],
  ['match', ['[[x]] [y]', '%b[]'], ['[[x]]']],
  ['match', ['if x then y end end', '%bie'], ['if x the']],
  ['match', ['a', '%b'], 'unbalanced pattern'],
  ['match', ['a', '%ba'], 'unbalanced pattern'],
  ['match', ['THE (quick) fox', '%f[%a]%a+'], ['THE']],
  ['match', ['hello world', '%f[%w]%w+$'], ['world']],
  ['match', ['foo bar', '%f[%S]%S+%f[%z]'], ['bar']],
  ['match', ['abc', '%f'], 'missing \'[\' after \'%f\' in pattern'],
  ['match', ['abc', '%fa'], 'missing \'[\' after \'%f\' in pattern'],
  ['match', ['abc', '%f[a'], 'malformed pattern (missing \']\')'],
  ['gmatch', ['one two  three', '%a+'], [['one'], ['two'], ['three']]],
  ['gmatch', ['a=1, b=2, c=3', '(%w+)=(%w+)'], [['a', '1'], ['b', '2'], ['c', '3']]],
  ['gmatch', ['abc', ''], [[''], [''], [''], ['']]],
  ['gmatch', ['abc', '^.'], []],
  ['gmatch', ['^a^b', '^.'], [['^a'], ['^b']]],
  ['gmatch', ['hello', '()l'], [[3], [4]]],
  ['gmatch', ['a,b,,c', '([^,]*)'], [['a'], [''], ['b'], [''], [''], ['c'], ['']]],
  ['gmatch', ['xyz', 'x*'], [['x'], [''], [''], ['']]],
  ['gmatch', ['abc', '%'], 'malformed pattern (ends with \'%\')'],
  ['gsub', ['hello world', 'o', '0'], ['hell0 w0rld', 2]],
  ['gsub', ['hello world', '(o)', '[%1]'], ['hell[o] w[o]rld', 2]],
  ['gsub', ['hello world', '%w+', '<%0>'], ['<hello> <world>', 2]],
  ['gsub', ['hello world', '(%w+) (%w+)', '%2 %1'], ['world hello', 1]],
  ['gsub', ['abc', '', '-'], ['-a-b-c-', 4]],
  ['gsub', ['abc', 'b*', '-'], ['-a--c-', 4]],
  ['gsub', ['hello', 'l', 'L', 1], ['heLlo', 1]],
  ['gsub', ['hello', 'l', 'L', 0], ['hello', 0]],
  ['gsub', ['hello', 'l', 'L', -1], ['hello', 0]],
  ['gsub', ['hello', 'l', 'L', 2.9], ['heLLo', 2]],
  ['gsub', ['hello', '^h', 'J'], ['Jello', 1]],
  ['gsub', ['hello', '^l', 'J'], ['hello', 0]],
  ['gsub', ['hello', 'o$', '0'], ['hell0', 1]],
  ['gsub', ['abc', '%w', '%%'], ['%%%', 3]],
  ['gsub', ['abc', '%w', '%x'], ['xxx', 3]],
  ['gsub', ['abc', 'b', '%'], ['a\x00c', 1]],
  ['gsub', ['abc', 'b', 'x%'], ['ax\x00c', 1]],
  ['gsub', ['abc', '%w', '%1'], ['abc', 3]],
  ['gsub', ['abc', '%w', '%2'], 'invalid capture index'],
  ['gsub', ['abc', '(%w)', '%2'], 'invalid capture index'],
  ['gsub', ['abc', '()b', '%1'], ['a2c', 1]],
  ['gsub', ['abc', 'b', 7], ['a7c', 1]],
  ['gsub', ['abc', 'b', 0.5], ['a0.5c', 1]],
  ['gsub', ['abc', 'b', true], 'bad argument #3 to \'gsub\' (string/function/table expected)'],
  ['gsub', ['abc', 'b'], 'bad argument #3 to \'gsub\' (string/function/table expected)'],
  ['gsub', ['a b c', ' ', '', '1'], ['ab c', 1]],
  ['gsub', ['$name is $age', '%$(%w+)', { table: { 'age': 30, 'name': 'Ann' } }], ['Ann is 30', 2]],
  ['gsub', ['hello world', '%w+', { table: { 'hello': false } }], ['hello world', 2]],
  ['gsub', ['hello world', '(o)', { table: { 'o': { table: {  } } } }], 'invalid replacement value (a table)'],
  ['gsub', ['abc', '.', { table: { 'a': 1, 'b': true } }], 'invalid replacement value (a boolean)'],
  ['gsub', ['abc', '()', { table: { '#1': 'x', '#3': 'y' } }], ['xabyc', 4]],
  ['gsub', ['hello world', '%w+', 'F:upper'], ['HELLO WORLD', 2]],
  ['gsub', ['k1=v1, k2=v2', '(%w+)=(%w+)', 'F:concat'], ['k1|v1, k2|v2', 2]],
  ['gsub', ['abc', '()(.)()', 'F:concat'], ['1|a|22|b|33|c|4', 3]],
  ['gsub', ['abc', '%w', 'F:nil'], ['abc', 3]],
  ['gsub', ['abc', '%w', 'F:false'], ['abc', 3]],
  ['gsub', ['abc', '%w', 'F:table'], 'invalid replacement value (a table)'],
  ['gsub', ['abc', '%w', 'F:num'], ['424242', 3]],
  ['gsub', ['a\x00b', 'a\x00x', '-'], ['-\x00b', 1]],
  ['match', ['a\x00b', '[\x00]'], 'malformed pattern (missing \']\')'],
  ['find', ['xa\x00b', 'a\x00b', 1, true], [2, 4]],
  ['find', ['xa\x00b', 'a\x00%d'], [undefined]],
  ['find', ['xa\x00b', '.\x00b'], [1, 1]],
  ['match', ['(foo)', '%((.-)%)'], ['foo']],
  ['match', ['date: 2024-01-15', '(%d+)-(%d+)-(%d+)'], ['2024', '01', '15']],
  ['match', ['abc', 'a*b-c?$'], ['abc']],
  ['match', ['aaab', 'a-b'], ['aaab']],
  ['match', ['aaa', '^(a-)(a*)$'], ['', 'aaa']],
  ['gsub', ['one two', '(%w+)', '%0 %0'], ['one one two two', 2]],
  ['gsub', ['abc', '.-', '#'], ['#a#b#c#', 4]],
  ['gsub', ['hello', '', '.', 3], ['.h.e.llo', 3]],
  ['gsub', ['x = 1 + 2', '%s', ''], ['x=1+2', 4]],
  ['find', ['abc', 'b', 1.9], [2, 2]],
  ['find', ['abc', 'c', 4], [undefined]],
  ['match', ['abc', '.', -1], ['c']],
  ['match', ['abc', '()', 100], [4]],
];

/** string.format: lua5.1 results (x86-64 Linux, glibc). */
const FORMAT_CASES: Case[] = [
  ['format', ['plain text'], ['plain text']],
  ['format', ['%d', 42], ['42']],
  ['format', ['%d', -42], ['-42']],
  ['format', ['%d', 3.7], ['3']],
  ['format', ['%d', -3.7], ['-3']],
  ['format', ['%d', '10'], ['10']],
  ['format', ['%i', 9007199254740992], ['9007199254740992']],
  ['format', ['%d', 9.223372036854776e+18], ['-9223372036854775808']],
  ['format', ['%d', -9.22337203685478e+18], ['-9223372036854775808']],
  ['format', ['%d', NaN], ['-9223372036854775808']],
  ['format', ['%5d|%-5d|%05d', 42, 42, 42], ['   42|42   |00042']],
  ['format', ['%+d % d %+ d', 5, 5, 5], ['+5  5 +5']],
  ['format', ['%.3d|%.0d|%5.3d|%-+6.2d|%08.3d', 7, 0, -7, 7, 7], ['007|| -007|+07   |     007']],
  ['format', ['%x %X %o', 255, 255, 8], ['ff FF 10']],
  ['format', ['%#x %#X %#o %#x %#o %#.0o', 255, 255, 8, 0, 0, 0], ['0xff 0XFF 010 0 0 0']],
  ['format', ['%x', -1], ['ffffffffffffffff']],
  ['format', ['%u', -1], ['18446744073709551615']],
  ['format', ['%u', 1.8446744073709552e+19], ['0']],
  ['format', ['%x', 9.223372036854776e+18], ['8000000000000000']],
  ['format', ['%x', NaN], ['8000000000000000']],
  ['format', ['%u', -9.22337203685478e+18], ['9223372036854775808']],
  ['format', ['%o', 1.188950301625811e+18], ['102000000000000000000']],
  ['format', ['%+u|% x|%#5x|%-#8o|', 5, 255, 10, 8], ['5|ff|  0xa|010     |']],
  ['format', ['%c%c%c', 76, 117, 97], ['Lua']],
  ['format', ['%c', 0], ['']],
  ['format', ['%5c|%-5c|', 0, 0], ['    ||']],
  ['format', ['%5c|%-5c|%05c', 65, 65, 65], ['    A|A    |    A']],
  ['format', ['%c', 321], ['A']],
  ['format', ['%c', 2147483713], ['']],
  ['format', ['%s', 'hello'], ['hello']],
  ['format', ['%10s|%-10s|', 'hi', 'hi'], ['        hi|hi        |']],
  ['format', ['%.2s|%5.1s|%.0s|%.s|', 'hello', 'hello', 'hello', 'hello'], ['he|    h|||']],
  ['format', ['%05s', 'ab'], ['   ab']],
  ['format', ['%s %s', 1, 2.5], ['1 2.5']],
  ['format', ['%s', 1e+100], ['1e+100']],
  ['format', ['%s', 'a\x00b'], ['a']],
  ['format', ['%s', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x00yz'], ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x00yz']],
  ['format', ['%5s', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'], ['yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy']],
  ['format', ['%.5s', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'], ['yyyyy']],
  ['format', ['%s', { table: {  } }], 'bad argument #2 to \'format\' (string expected, got table)'],
  ['format', ['%s', undefined], 'bad argument #2 to \'format\' (string expected, got nil)'],
  ['format', ['%s'], 'bad argument #2 to \'format\' (no value)'],
  ['format', ['%d', 'x'], 'bad argument #2 to \'format\' (number expected, got string)'],
  ['format', ['%d', { table: {  } }], 'bad argument #2 to \'format\' (number expected, got table)'],
  ['format', ['%q', 'a\x0a\x0d\x00"\\\x01\xff'], ['"a\\\x0a\\r\\000\\"\\\\\x01\xff"']],
  ['format', ['%q', 'plain'], ['"plain"']],
  ['format', ['%q', 12], ['"12"']],
  ['format', ['%q', 0.3333333333333333], ['"0.33333333333333"']],
  ['format', ['%5q', 'x'], ['"x"']],
  ['format', ['%%'], ['%']],
  ['format', ['100%% sure %s', 'yes'], ['100% sure yes']],
  ['format', ['%'], 'bad argument #2 to \'format\' (no value)'],
  ['format', ['%', 1], 'invalid option \'%\' to \'format\''],
  ['format', ['%y', 1], 'invalid option \'%y\' to \'format\''],
  ['format', ['%F', 1], 'invalid option \'%F\' to \'format\''],
  ['format', ['%5.2y', 1], 'invalid option \'%y\' to \'format\''],
  ['format', ['%-----d', 1], ['1']],
  ['format', ['%------d', 1], 'invalid format (repeated flags)'],
  ['format', ['%99d', 1], ['                                                                                                  1']],
  ['format', ['%100d', 1], 'invalid format (width or precision too long)'],
  ['format', ['%.99d', 1], ['000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001']],
  ['format', ['%1.100d', 1], 'invalid format (width or precision too long)'],
  ['format', ['%f', 3.14159], ['3.141590']],
  ['format', ['%.2f|%10.3f|%-10.1f|%010.2f', 3.14159, -2.5, 2.25, -3.14159], ['3.14|    -2.500|2.2       |-000003.14']],
  ['format', ['%e|%E|%.0e|%#.0e', 12345.678, 0.00012, 5, 5], ['1.234568e+04|1.200000E-04|5e+00|5.e+00']],
  ['format', ['%g|%g|%g|%G|%#g', 100000, 1000000, 1e-05, 1e-10, 1], ['100000|1e+06|1e-05|1E-10|1.00000']],
  ['format', ['%.3g|%.10g|%g', 0.6666666666666666, 0.6666666666666666, 0], ['0.667|0.6666666667|0']],
  ['format', ['%+f|% f|%+.1e', 1, 1, -1], ['+1.000000| 1.000000|-1.0e+00']],
  ['format', ['%f|%e|%g', Infinity, -Infinity, Infinity], ['inf|-inf|inf']],
  ['format', ['%5.1f|%-8g|%08f', Infinity, -Infinity, Infinity], ['  inf|-inf    |     inf']],
  ['format', ['%.0f|%.0f|%.0f|%.0f', 0.5, 1.5, 2.5, -0.5], ['0|2|2|-0']],
  ['format', ['%.14g', 0.1], ['0.1']],
  ['format', ['%5.2f%%', 99.555], ['99.56%']],
  ['format', ['%f', '1e3'], ['1000.000000']],
  ['format', ['%d %s', 1], 'bad argument #3 to \'format\' (no value)'],
  ['format', ['a\x00b%sc', 'x'], ['a\x00bxc']],
  ['format', ['%f|%5.1f|%+g|%-6e|', NaN, NaN, NaN, NaN], ['-nan| -nan|-nan|-nan  |']],
  ['format', ['%g|%g|%g|%g|%g', 1000000000000000, 123456789, 0.0001, 1.234e-05, 0], ['1e+15|1.23457e+08|0.0001|1.234e-05|0']],
  ['format', ['%.20f|%.15e|%G', 0.1, 1.152921504606847e+18, 1e+301], ['0.10000000000000000555|1.152921504606847e+18|1E+301']],
  ['format', ['%e|%.3e|%10.2E', 1e+308, -1e-308, 123.456], ['1.000000e+308|-1.000e-308|  1.23E+02']],
  ['format', ['%5.0f|%#.0f|%#x|%#X', 2.5, 3, 255, 3], ['    2|3.|0xff|0X3']],
  ['format', ['%a', 1], 'invalid option \'%a\' to \'format\''],
  ['format', ['%ld', 1], 'invalid option \'%l\' to \'format\''],
  ['format', ['%s|%d|%5.1f', '12', '0x10', ' 3.25 '], ['12|16|  3.2']],
];

/** len, sub, byte, char, rep, reverse, lower, upper: lua5.1 results. */
const STRING_CASES: Case[] = [
  ['len', [''], [0]],
  ['len', ['a\x00b'], [3]],
  ['len', [123], [3]],
  ['len', [], 'bad argument #1 to \'len\' (string expected, got no value)'],
  ['len', [{ table: {  } }], 'bad argument #1 to \'len\' (string expected, got table)'],
  ['sub', ['hello', 2], ['ello']],
  ['sub', ['hello', -3], ['llo']],
  ['sub', ['hello', 2, -2], ['ell']],
  ['sub', ['hello', 0], ['hello']],
  ['sub', ['hello', 10], ['']],
  ['sub', ['hello', -100, 2], ['he']],
  ['sub', ['hello', 3, 2], ['']],
  ['sub', ['hello', 2.7, 3.2], ['el']],
  ['sub', ['hello', '2', '3'], ['el']],
  ['sub', ['hello'], 'bad argument #2 to \'sub\' (number expected, got no value)'],
  ['sub', ['hello', 'x'], 'bad argument #2 to \'sub\' (number expected, got string)'],
  ['byte', ['abc'], [97]],
  ['byte', ['abc', 2], [98]],
  ['byte', ['abc', -1], [99]],
  ['byte', ['abc', 1, -1], [97, 98, 99]],
  ['byte', ['abc', 0], []],
  ['byte', ['abc', 10], []],
  ['byte', ['abc', 3, 1], []],
  ['byte', ['\x00\xff'], [0]],
  ['byte', ['', 1], []],
  ['char', [72, 105], ['Hi']],
  ['char', [], ['']],
  ['char', [0, 255], ['\x00\xff']],
  ['char', [256], 'bad argument #1 to \'char\' (invalid value)'],
  ['char', [-1], 'bad argument #1 to \'char\' (invalid value)'],
  ['char', [65.9], ['A']],
  ['char', ['66'], ['B']],
  ['char', ['x'], 'bad argument #1 to \'char\' (number expected, got string)'],
  ['rep', ['ab', 3], ['ababab']],
  ['rep', ['ab', 0], ['']],
  ['rep', ['ab', -1], ['']],
  ['rep', ['', 100000000], ['']],
  ['rep', ['x', 4294967298], ['xx']],
  ['rep', ['x', 2.9], ['xx']],
  ['rep', ['x'], 'bad argument #2 to \'rep\' (number expected, got no value)'],
  ['rep', [], 'bad argument #1 to \'rep\' (string expected, got no value)'],
  ['reverse', ['hello'], ['olleh']],
  ['reverse', [''], ['']],
  ['reverse', ['a\x00b'], ['b\x00a']],
  ['lower', ['HeLLo 123 \xc0\xc8'], ['hello 123 \xc0\xc8']],
  ['upper', ['hello World \xe0\xff'], ['HELLO WORLD \xe0\xff']],
  ['upper', [12], ['12']],
  ['lower', [], 'bad argument #1 to \'lower\' (string expected, got no value)'],
  ['char', [4294967361], ['A']],
  ['rep', ['x', 9.223372036854776e+18], ['']],
  ['rep', ['x', 12884901891], ['xxx']],
  ['sub', ['hello', 9007199254740992, -9007199254740992], ['']],
  ['byte', ['hello', -1099511627776, 1099511627776], [104, 101, 108, 108, 111]],
  ['upper', ['abc\x00def'], ['ABC\x00DEF']],
];

function caseTable(cases: Case[]): Array<[string, Case]> {
  return cases.map((c) => [describeCase(c[0], c[1]), c]);
}

describe('string library against lua5.1', () => {
  const rt = newRuntime();
  const run = ([fn, args, expected]: Case): void => {
    expect(runCase(rt, fn, args)).toStrictEqual(expected);
  };
  describe('find, match, gmatch, gsub', () => {
    test.each(caseTable(PATTERN_CASES))('%s', (_name, c) => run(c));
  });
  describe('format', () => {
    test.each(caseTable(FORMAT_CASES))('%s', (_name, c) => run(c));
  });
  describe('len, sub, byte, char, rep, reverse, lower, upper', () => {
    test.each(caseTable(STRING_CASES))('%s', (_name, c) => run(c));
  });
});

describe('openString', () => {
  test('registers the table as the global `string` and in loaded', () => {
    const rt = newRuntime();
    const t = rt.globals.getStr('string');
    expect(t).toBeInstanceOf(LuaTable);
    expect(rt.loaded.getStr('string')).toBe(t);
    for (const name of ['byte', 'char', 'find', 'format', 'gmatch', 'gsub', 'len', 'lower', 'match', 'rep', 'reverse', 'sub', 'upper']) {
      expect(lib(rt, name)).toBeInstanceOf(NativeFunction);
      expect((lib(rt, name) as NativeFunction).name).toBe(name);
    }
    expect(lib(rt, 'gfind')).toBe(lib(rt, 'gmatch'));
  });

  test('the string metatable indexes the string table, so ("x"):rep(3) works', () => {
    const rt = newRuntime();
    expect(rt.stringMetatable?.getStr('__index')).toBe(rt.globals.getStr('string'));
    const rep = rt.index('x', 'rep');
    expect(rt.call(rep, ['x', 3])).toEqual(['xxx']);
  });
});

describe('limits', () => {
  test('string.rep past the host string limit is a Lua memory error, not a crash', () => {
    const rt = newRuntime();
    expect(runCase(rt, 'rep', ['abc', 2 ** 30])).toBe('not enough memory');
    expect(runCase(rt, 'rep', ['x', 2 ** 31 - 1])).toBe('not enough memory');
  });

  test('string.byte returns at most LUAI_MAXCSTACK values, as lua5.1 does', () => {
    const rt = newRuntime();
    const s = 'x'.repeat(9000);
    expect((runCase(rt, 'byte', [s, 1, 7997]) as LuaValue[]).length).toBe(7997);
    expect(runCase(rt, 'byte', [s, 1, 7998])).toBe('stack overflow (string slice too long)');
  });

  test('a pattern nested past the matcher depth limit raises a Lua error', () => {
    const rt = newRuntime();
    const deep = 'a'.repeat(MAX_MATCH_DEPTH + 10);
    expect(runCase(rt, 'match', [deep, 'a?'.repeat(MAX_MATCH_DEPTH + 10)])).toBe('pattern too complex');
    expect(runCase(rt, 'find', [deep, 'a*'.repeat(MAX_MATCH_DEPTH + 10)])).toBe('pattern too complex');
    const shallow = 'a'.repeat(MAX_MATCH_DEPTH - 10);
    expect(runCase(rt, 'match', [shallow, 'a?'.repeat(MAX_MATCH_DEPTH - 10)])).toEqual([shallow]);
    expect(runCase(rt, 'match', ['aaa', '(a?)'.repeat(30)])).toEqual(['a', 'a', 'a', ...new Array<string>(27).fill('')]);
  });

  test('long subjects match without recursion per character', () => {
    const rt = newRuntime();
    const s = 'ab'.repeat(100000);
    expect(runCase(rt, 'find', [s + 'c', '[ab]*c'])).toEqual([1, s.length + 1]);
    expect(runCase(rt, 'gsub', [s, 'a', ''])).toEqual(['b'.repeat(100000), 100000]);
    expect(runCase(rt, 'match', [s, '^(.-)$'])).toEqual([s]);
  });
});

describe('reentrancy', () => {
  test('a gsub replacement function may itself use the pattern functions', () => {
    const rt = newRuntime();
    const inner = new NativeFunction(
      'inner',
      (r, args) => {
        const word = args[0] as string;
        const [up] = r.call(lib(rt, 'gsub'), [word, '%l', new NativeFunction('u', REPLACERS.upper, rt.globals)]);
        const [pos] = r.call(lib(rt, 'find'), ['xx' + word, word]);
        return [`${up as string}${pos as number}`];
      },
      rt.globals,
    );
    expect(rt.call(lib(rt, 'gsub'), ['ab cd', '%a+', inner])).toEqual(['AB3 CD3', 2]);
  });

  test('gmatch iterators keep their own state', () => {
    const rt = newRuntime();
    const [it1] = rt.call(lib(rt, 'gmatch'), ['a b c', '%a']);
    const [it2] = rt.call(lib(rt, 'gmatch'), ['x y', '%a']);
    expect(rt.call(it1, [])).toEqual(['a']);
    expect(rt.call(it2, [])).toEqual(['x']);
    expect(rt.call(it1, [])).toEqual(['b']);
    expect(rt.call(it2, [])).toEqual(['y']);
    expect(rt.call(it2, [])).toEqual([]);
    expect(rt.call(it1, [])).toEqual(['c']);
    expect(rt.call(it1, [])).toEqual([]);
    expect(rt.call(it1, [])).toEqual([]);
  });
});
