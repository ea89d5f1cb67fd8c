/**
 * The Lua 5.1 lexer (sample-vm/lua/syntax/lexer.ts): every token kind, escapes, long brackets,
 * comments, numerals as Lua 5.1 on glibc reads them, line counting, the texts messages show for
 * tokens, and chunk names (luaO_chunkid). Expected values were taken from lua5.1.
 */

import { shortSrc, LUA_IDSIZE, MAXSRC } from '../../sample-vm/lua/syntax/chunkname.js';
import { LuaSyntaxError } from '../../sample-vm/lua/syntax/errors.js';
import { Lexer, numeralValue } from '../../sample-vm/lua/syntax/lexer.js';
import {
  TK_EOS, TK_NAME, TK_NUMBER, TK_STRING, TK_AND, TK_WHILE, tokenToString, RESERVED_WORDS,
} from '../../sample-vm/lua/syntax/token.js';

type Tok = string | number;

/** Every token of `src`: names as `name:x`, strings as `string:x`, numbers as their value, others by their text. */
function lexAll(src: string): Tok[] {
  const lex = new Lexer(src, '=test');
  const out: Tok[] = [];
  for (lex.next(); lex.token !== TK_EOS; lex.next()) {
    if (lex.token === TK_NAME) out.push(`name:${lex.sval}`);
    else if (lex.token === TK_STRING) out.push(`string:${lex.sval}`);
    else if (lex.token === TK_NUMBER) out.push(lex.nval);
    else out.push(tokenToString(lex.token));
  }
  return out;
}

function oneString(src: string): string {
  const toks = lexAll(src);
  expect(toks).toHaveLength(1);
  expect(typeof toks[0]).toBe('string');
  expect((toks[0] as string).startsWith('string:')).toBe(true);
  return (toks[0] as string).slice('string:'.length);
}

function oneNumber(src: string): number {
  const toks = lexAll(src);
  expect(toks).toHaveLength(1);
  expect(typeof toks[0]).toBe('number');
  return toks[0] as number;
}

function lexError(src: string, chunkname = '=test'): LuaSyntaxError {
  const lex = new Lexer(src, chunkname);
  try {
    do lex.next(); while (lex.token !== TK_EOS);
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e;
    throw e;
  }
  throw new Error(`no error lexing ${JSON.stringify(src)}`);
}

describe('tokens', () => {
  test('every reserved word', () => {
    const words = [...RESERVED_WORDS.keys()];
    expect(words).toEqual([
      'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in', 'local',
      'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
    ]);
    expect(lexAll(words.join(' '))).toEqual(words);
    expect(RESERVED_WORDS.get('and')).toBe(TK_AND);
    expect(RESERVED_WORDS.get('while')).toBe(TK_WHILE);
  });

  test('names: letters, digits and _, ASCII only', () => {
    expect(lexAll('x _ _x1 andy And end_ ifx')).toEqual([
      'name:x', 'name:_', 'name:_x1', 'name:andy', 'name:And', 'name:end_', 'name:ifx',
    ]);
    // Bytes >= 0x80 are not letters in the C locale: they are single-char tokens.
    expect(lexAll('a\xe9b')).toEqual(['name:a', '\xe9', 'name:b']);
  });

  test('every symbol, longest match first', () => {
    expect(lexAll('+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : , . .. ...')).toEqual([
      '+', '-', '*', '/', '%', '^', '#', '==', '~=', '<=', '>=', '<', '>', '=', '(', ')', '{', '}',
      '[', ']', ';', ':', ',', '.', '..', '...',
    ]);
    expect(lexAll('a....b')).toEqual(['name:a', '...', '.', 'name:b']);
    expect(lexAll('===')).toEqual(['==', '=']);
    expect(lexAll('~~=')).toEqual(['~', '~=']);
    expect(lexAll('!@$`?&|\\')).toEqual(['!', '@', '$', '`', '?', '&', '|', '\\']);
  });

  test('whitespace includes \\v and \\f', () => {
    expect(lexAll('a\tb\vc\fd e')).toEqual(['name:a', 'name:b', 'name:c', 'name:d', 'name:e']);
  });

  test('token names in messages (luaX_token2str)', () => {
    expect(tokenToString(TK_EOS)).toBe('<eof>');
    expect(tokenToString(TK_NAME)).toBe('<name>');
    expect(tokenToString(TK_STRING)).toBe('<string>');
    expect(tokenToString(TK_NUMBER)).toBe('<number>');
    expect(tokenToString(0)).toBe('char(0)');
    expect(tokenToString(31)).toBe('char(31)');
    expect(tokenToString(127)).toBe('char(127)');
    expect(tokenToString(0xc8)).toBe('\xc8');
    expect(tokenToString(61)).toBe('=');
  });
});

describe('short strings', () => {
  test('both quotes, the other quote inside', () => {
    expect(lexAll(`"a'b" 'c"d' ""`)).toEqual([`string:a'b`, 'string:c"d', 'string:']);
  });

  test('every escape', () => {
    expect(oneString('"\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\\'"')).toBe('\x07\b\f\n\r\t\v\\"\'');
    // Unknown escapes stand for the char itself.
    expect(oneString('"\\q\\x41\\z"')).toBe('qx41z');
  });

  test('decimal escapes: up to three digits, at most 255', () => {
    expect(oneString('"\\65\\066\\0677\\0\\255"')).toBe('AB\x437\x00\xff');
    expect(oneString('"\\1a"')).toBe('\x01a');
  });

  test('backslash-newline is a newline and counts a line', () => {
    for (const nl of ['\n', '\r', '\r\n', '\n\r']) {
      const lex = new Lexer(`"a\\${nl}b"`, '=test');
      lex.next();
      expect(lex.sval).toBe('a\nb');
      expect(lex.linenumber).toBe(2);
    }
  });

  test('bytes pass through unchanged', () => {
    expect(oneString('"\x00\xff\x80"')).toBe('\x00\xff\x80');
  });

  test('errors', () => {
    expect(lexError('"abc').message).toBe("test:1: unfinished string near '<eof>'");
    expect(lexError('"abc\nd"').message).toBe(`test:1: unfinished string near '"abc'`);
    expect(lexError('"a\\tb\rd"').message).toBe(`test:1: unfinished string near '"a\tb'`);
    expect(lexError('"abc\\').message).toBe("test:1: unfinished string near '<eof>'");
    expect(lexError('"ab\\256"').message).toBe(`test:1: escape sequence too large near '"ab'`);
    expect(lexError("'\\9999'").message).toBe("test:1: escape sequence too large near '''");
    // The token text is a C string in Lua: it ends at a NUL byte.
    expect(lexError('"a\\0b\n"').message).toBe(`test:1: unfinished string near '"a'`);
  });
});

describe('long strings and comments', () => {
  test('levels', () => {
    expect(oneString('[[a]]')).toBe('a');
    expect(oneString('[==[a]]b]=]c]==]')).toBe('a]]b]=]c');
    expect(oneString('[=[ [==[ ]=]')).toBe(' [==[ ');
    expect(oneString('[==[ [==[ ]==]')).toBe(' [==[ ');
    expect(oneString('[[]]')).toBe('');
  });

  test('the first newline is skipped, others become \\n', () => {
    expect(oneString('[[\nabc]]')).toBe('abc');
    expect(oneString('[[\r\nabc]]')).toBe('abc');
    expect(oneString('[[\n\nabc]]')).toBe('\nabc');
    expect(oneString('[[a\r\nb\n\rc\rd\ne]]')).toBe('a\nb\nc\nd\ne');
    expect(oneString('[[a\r\rb]]')).toBe('a\n\nb');
    expect(oneString('[[\\n]]')).toBe('\\n');
  });

  test('line numbers advance inside', () => {
    const lex = new Lexer('[[\na\nb\r\nc]] x', '=test');
    lex.next();
    expect(lex.linenumber).toBe(4);
    lex.next();
    expect(lex.sval).toBe('x');
    expect(lex.lastline).toBe(4);
  });

  test('comments', () => {
    expect(lexAll('a -- comment\nb')).toEqual(['name:a', 'name:b']);
    expect(lexAll('a --[[ long\ncomment ]] b')).toEqual(['name:a', 'name:b']);
    expect(lexAll('a --[==[ ]] ]==] b')).toEqual(['name:a', 'name:b']);
    // Not a long bracket: a short comment to the end of the line.
    expect(lexAll('a --[==x ]==]\nb')).toEqual(['name:a', 'name:b']);
    expect(lexAll('a --[\nb')).toEqual(['name:a', 'name:b']);
    expect(lexAll('a - - b')).toEqual(['name:a', '-', '-', 'name:b']);
    expect(lexAll('-- only')).toEqual([]);
  });

  test('errors', () => {
    expect(lexError('[[ [[ ]]').message).toBe("test:1: nesting of [[...]] is deprecated near '['");
    expect(lexError('--[[ [[ ]]').message).toBe("test:1: nesting of [[...]] is deprecated near '['");
    expect(lexError('x = [[\n\nabc').message).toBe("test:3: unfinished long string near '<eof>'");
    expect(lexError('--[==[ \n').message).toBe("test:2: unfinished long comment near '<eof>'");
    expect(lexError('[==x').message).toBe("test:1: invalid long string delimiter near '[=='");
    expect(lexError('[=').message).toBe("test:1: invalid long string delimiter near '[='");
  });

  test('[ alone and [= are told apart', () => {
    expect(lexAll('a[1]')).toEqual(['name:a', '[', 1, ']']);
    expect(lexAll('a[ [=[x]=] ]')).toEqual(['name:a', '[', 'string:x', ']']);
  });
});

describe('numbers', () => {
  test('decimal forms', () => {
    expect(oneNumber('0')).toBe(0);
    expect(oneNumber('42')).toBe(42);
    expect(oneNumber('3.')).toBe(3);
    expect(oneNumber('.5')).toBe(0.5);
    expect(oneNumber('3.25')).toBe(3.25);
    expect(oneNumber('1e10')).toBe(1e10);
    expect(oneNumber('1E+10')).toBe(1e10);
    expect(oneNumber('2.5e-3')).toBe(2.5e-3);
    expect(oneNumber('.5e3')).toBe(500);
    expect(oneNumber('08')).toBe(8);
    expect(oneNumber('08.5')).toBe(8.5);
    expect(oneNumber('9007199254740993')).toBe(9007199254740992);
    expect(oneNumber('123456789012345678901234567890')).toBe(1.2345678901234568e29);
    expect(oneNumber('1e400')).toBe(Infinity);
    expect(oneNumber('1e-400')).toBe(0);
    expect(oneNumber('4.9e-324')).toBe(5e-324);
    expect(oneNumber('0.1')).toBe(0.1);
  });

  test('hexadecimal, with glibc strtod binary exponents', () => {
    expect(oneNumber('0x1F')).toBe(31);
    expect(oneNumber('0XfF')).toBe(255);
    expect(oneNumber('0x0')).toBe(0);
    expect(oneNumber('0x1p4')).toBe(16);
    expect(oneNumber('0X1P4')).toBe(16);
    expect(oneNumber('0x10p10')).toBe(16384);
    expect(oneNumber('0x1p1023')).toBe(2 ** 1023);
    expect(oneNumber('0x1p1024')).toBe(Infinity);
    expect(oneNumber('0xffffffffffffffffffffffff')).toBe(7.922816251426434e28);
    expect(oneNumber('0x123456789abcdef0123')).toBe(5.373003642731685e21);
    expect(oneNumber('0x00000000000000000000001')).toBe(1);
  });

  test('a numeral is read up to the next char that is not a digit, dot, letter or _', () => {
    expect(lexError('1..2').message).toBe("test:1: malformed number near '1..2'");
    expect(lexAll('1 .. 2')).toEqual([1, '..', 2]);
    expect(lexAll('a.b a.1')).toEqual(['name:a', '.', 'name:b', 'name:a', 0.1]);
  });

  test('malformed numbers', () => {
    for (const [src, near] of [
      ['3x', '3x'], ['5..b', '5..b'], ['1e', '1e'], ['1e+', '1e+'], ['0x', '0x'], ['0x1p', '0x1p'],
      ['1.2.3', '1.2.3'], ['0xg', '0xg'], ['1_000', '1_000'], ['0x1p4_', '0x1p4_'], ['1e5x', '1e5x'], ['00x1', '00x1'],
    ]) {
      expect(lexError(src!).message).toBe(`test:1: malformed number near '${near}'`);
    }
    // '0x1p-4' reads "0x1p" (a sign follows only [Ee]).
    expect(lexError('0x1p-4').message).toBe("test:1: malformed number near '0x1p'");
  });

  test('numeralValue is luaO_str2d over a range of the source', () => {
    expect(numeralValue('x=12.5;', 2, 6)).toBe(12.5);
    expect(numeralValue('0x10', 0, 4)).toBe(16);
    expect(numeralValue('1.5.', 0, 4)).toBeUndefined();
  });
});

describe('NUL bytes (check_next matches the C string terminator)', () => {
  test('after a numeral, NUL ends it and is skipped', () => {
    expect(lexAll('1\x00')).toEqual([1]);
    expect(lexAll('1\x00 + 2')).toEqual([1, '+', 2]);
    // The NUL took the place of an exponent mark, so a sign and digits after it join the numeral.
    expect(lexAll('1\x00+2')).toEqual([1]);
  });

  test('after dots, NUL extends them', () => {
    expect(lexAll('a.\x00b')).toEqual(['name:a', '..', 'name:b']);
    expect(lexAll('.\x00\x00')).toEqual(['...']);
  });

  test('elsewhere NUL is a token that messages do not name', () => {
    const lex = new Lexer('\x00', '=test');
    lex.next();
    expect(lex.token).toBe(0);
    expect(lex.tokenText(0)).toBeUndefined();
  });

  test('the malformed numeral is shown up to the NUL', () => {
    expect(lexError('1..\x00 2').message).toBe("test:1: malformed number near '1..'");
  });
});

describe('lines', () => {
  test('\\n, \\r, \\r\\n and \\n\\r are one line break each', () => {
    const lines = (src: string): number[] => {
      const lex = new Lexer(src, '=test');
      const out: number[] = [];
      for (lex.next(); lex.token !== TK_EOS; lex.next()) out.push(lex.linenumber);
      return out;
    };
    expect(lines('a\nb\rc\r\nd\n\re')).toEqual([1, 2, 3, 4, 5]);
    expect(lines('a\n\nb\r\rc\r\n\r\nd')).toEqual([1, 3, 5, 7]);
    expect(lines('a\n\r\nb')).toEqual([1, 3]);
  });

  test('lastline is the line where the previous token ended', () => {
    const lex = new Lexer('a\n\nb c', '=test');
    lex.next();
    expect([lex.lastline, lex.linenumber]).toEqual([1, 1]);
    lex.next();
    expect([lex.lastline, lex.linenumber]).toEqual([1, 3]);
    lex.next();
    expect([lex.lastline, lex.linenumber]).toEqual([3, 3]);
  });

  test('lookahead reads on, and next() then takes it', () => {
    const lex = new Lexer('a\n= b', '=test');
    lex.next();
    expect(lex.lookahead()).toBe(61);
    expect(lex.linenumber).toBe(2);
    expect(lex.token).toBe(TK_NAME);
    lex.next();
    expect(lex.token).toBe(61);
    lex.next();
    expect(lex.sval).toBe('b');
  });
});

describe('token texts in messages (txtToken)', () => {
  const near = (src: string): string | undefined => {
    const lex = new Lexer(src, '=test');
    lex.next();
    return lex.tokenText(lex.token);
  };

  test('names, numbers and strings as Lua buffers them', () => {
    expect(near('abc')).toBe('abc');
    expect(near('0x1F')).toBe('0x1F');
    expect(near('.5')).toBe('.5');
    expect(near('1e+5')).toBe('1e+5');
    expect(near('"a\\tb"')).toBe('"a\tb"');
    expect(near("'x'")).toBe("'x'");
    expect(near('[==[\nab\r\nc]==]')).toBe('[==[ab\nc]==]');
  });

  test('other tokens by name', () => {
    expect(near('end')).toBe('end');
    expect(near('...')).toBe('...');
    expect(near('')).toBe('<eof>');
    expect(near('\x01')).toBe('char(1)');
  });

  test('syntaxError names the current token', () => {
    const lex = new Lexer('\n  foo', '@f.lua');
    lex.next();
    expect(() => lex.syntaxError('boom')).toThrow("f.lua:2: boom near 'foo'");
  });
});

describe('LuaSyntaxError', () => {
  test('fields', () => {
    const e = lexError('\n"abc', '@dir/file.lua');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LuaSyntaxError');
    expect(e.chunkname).toBe('@dir/file.lua');
    expect(e.line).toBe(2);
    expect(e.detail).toBe('unfinished string');
    expect(e.near).toBe('<eof>');
    expect(e.message).toBe("dir/file.lua:2: unfinished string near '<eof>'");
  });

  test('an error without a token has no near part', () => {
    const e = new LuaSyntaxError('=x', 3, 'chunk has too many syntax levels', undefined);
    expect(e.message).toBe('x:3: chunk has too many syntax levels');
  });

  test('the chunk id uses llex.c buffer size (80)', () => {
    const e = new LuaSyntaxError('x = ' + 'y'.repeat(100), 1, 'm', 'z');
    expect(e.message).toBe(`[string "x = ${'y'.repeat(59)}..."]:1: m near 'z'`);
  });
});

describe('shortSrc (luaO_chunkid)', () => {
  test('runtime size (LUA_IDSIZE 60)', () => {
    expect(LUA_IDSIZE).toBe(60);
    expect(shortSrc('@' + 'a'.repeat(52))).toBe('a'.repeat(52));
    expect(shortSrc('@' + 'a'.repeat(53))).toBe('...' + 'a'.repeat(52));
    expect(shortSrc('=' + 'b'.repeat(70))).toBe('b'.repeat(59));
    expect(shortSrc('c'.repeat(43))).toBe(`[string "${'c'.repeat(43)}"]`);
    expect(shortSrc('c'.repeat(44))).toBe(`[string "${'c'.repeat(43)}..."]`);
    expect(shortSrc('abc\ndef')).toBe('[string "abc..."]');
    expect(shortSrc('abc\r\ndef')).toBe('[string "abc..."]');
  });

  test('syntax error size (MAXSRC 80)', () => {
    expect(MAXSRC).toBe(80);
    expect(shortSrc('@' + 'a'.repeat(72), MAXSRC)).toBe('a'.repeat(72));
    expect(shortSrc('@' + 'a'.repeat(73), MAXSRC)).toBe('...' + 'a'.repeat(72));
    expect(shortSrc('=' + 'b'.repeat(100), MAXSRC)).toBe('b'.repeat(79));
    expect(shortSrc('c'.repeat(63), MAXSRC)).toBe(`[string "${'c'.repeat(63)}"]`);
    expect(shortSrc('c'.repeat(64), MAXSRC)).toBe(`[string "${'c'.repeat(63)}..."]`);
  });

  test('edge cases', () => {
    expect(shortSrc('')).toBe('[string ""]');
    expect(shortSrc('@')).toBe('');
    expect(shortSrc('=')).toBe('');
    expect(shortSrc('=stdin')).toBe('stdin');
    expect(shortSrc('x\x00y')).toBe('[string "x"]');
    expect(shortSrc('\nx')).toBe('[string "..."]');
  });
});
