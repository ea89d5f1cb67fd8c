/**
 * The pattern matcher (lib/lpattern.ts) on its own: character classes byte by byte against
 * lua5.1's C-locale classes, the special-character scan `find` uses, anchored matching at one
 * position, capture values, the errors of malformed patterns, and the depth bound. The string
 * functions built on it are tested against lua5.1 in string.test.ts.
 */

import {
  getCapture,
  hasSpecials,
  matchAt,
  matchClass,
  MatchState,
  MAX_CAPTURES,
  MAX_MATCH_DEPTH,
  patternText,
  pushCaptures,
} from '../../sample-vm/lua/lib/lpattern';
import { LuaError } from '../../sample-vm/lua/value/error';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import type { LuaRuntime } from '../../sample-vm/lua/vm/runtime';

/** The matcher only raises errors through its runtime. */
const rt = {
  error(msg: string): never {
    throw new LuaError(msg);
  },
} as unknown as LuaRuntime;

function state(src: string, pat: string): MatchState {
  const ms = new MatchState(rt);
  ms.reset(rt, src, patternText(pat));
  return ms;
}

/** The end of the match of `pat` anchored at `s`, or -1. */
function endOf(src: string, pat: string, s = 0): number {
  return matchAt(state(src, pat), s, 0);
}

function errorOf(src: string, pat: string): string {
  try {
    endOf(src, pat);
  } catch (e) {
    if (e instanceof LuaError) return e.value as string;
    throw e;
  }
  return 'no error';
}

/** lua5.1's classes (C locale): the byte ranges `string.find(string.char(c), '%' .. cl)` accepts. */
const LUA51_CLASSES: Record<string, Array<[number, number]>> = {
  a: [[65, 90], [97, 122]],
  c: [[0, 31], [127, 127]],
  d: [[48, 57]],
  l: [[97, 122]],
  p: [[33, 47], [58, 64], [91, 96], [123, 126]],
  s: [[9, 13], [32, 32]],
  u: [[65, 90]],
  w: [[48, 57], [65, 90], [97, 122]],
  x: [[48, 57], [65, 70], [97, 102]],
  z: [[0, 0]],
};

describe('character classes', () => {
  test.each(Object.keys(LUA51_CLASSES))('%%%s and its complement over all 256 bytes', (cl) => {
    const ranges = LUA51_CLASSES[cl];
    const lower = cl.charCodeAt(0);
    const upper = cl.toUpperCase().charCodeAt(0);
    for (let c = 0; c < 256; c++) {
      const inClass = ranges.some(([lo, hi]) => c >= lo && c <= hi);
      expect([c, matchClass(c, lower)]).toEqual([c, inClass]);
      expect([c, matchClass(c, upper)]).toEqual([c, !inClass]);
    }
  });

  test('any other escaped character is itself', () => {
    expect(matchClass(46, 46)).toBe(true); // %.
    expect(matchClass(65, 46)).toBe(false);
    expect(matchClass(98, 98)).toBe(true); // %b outside a pattern item is the letter
    expect(matchClass(37, 37)).toBe(true); // %%
  });
});

describe('hasSpecials and patternText', () => {
  test('each of ^$*+?.([%- makes a pattern special', () => {
    for (const ch of '^$*+?.([%-') expect([ch, hasSpecials(`ab${ch}c`)]).toEqual([ch, true]);
    for (const ch of ')]{}!#&') expect([ch, hasSpecials(`ab${ch}c`)]).toEqual([ch, false]);
  });

  test('the scan stops at a NUL byte, as strpbrk does', () => {
    expect(hasSpecials('a\0.')).toBe(false);
    expect(hasSpecials('.\0a')).toBe(true);
  });

  test('a pattern ends at its first NUL byte', () => {
    expect(patternText('a\0b')).toBe('a');
    expect(patternText('abc')).toBe('abc');
  });
});

describe('matchAt (anchored at one position)', () => {
  test('single items and quantifiers', () => {
    expect(endOf('hello', 'h.l')).toBe(3);
    expect(endOf('hello', 'h.l', 1)).toBe(-1);
    expect(endOf('hello', 'l*', 2)).toBe(4);
    expect(endOf('hello', 'x*')).toBe(0);
    expect(endOf('hello', 'he-')).toBe(1);
    expect(endOf('hello', 'he-l')).toBe(3);
    expect(endOf('hello', 'h?e')).toBe(2);
    expect(endOf('hello', 'x?h')).toBe(1);
    expect(endOf('aaa', 'a+a')).toBe(3);
    expect(endOf('aaa', 'a-$')).toBe(3);
  });

  test('$ anchors only as the last pattern character', () => {
    expect(endOf('abc', 'c$', 2)).toBe(3);
    expect(endOf('abc', 'b$', 1)).toBe(-1);
    expect(endOf('a$b', 'a$b')).toBe(3);
  });

  test('%b and %f read the end of the subject as a NUL byte', () => {
    expect(endOf('(a(b)c)x', '%b()')).toBe(7);
    expect(endOf('(a(b c', '%b()')).toBe(-1);
    expect(endOf('abc', '%f[%z]', 3)).toBe(3);
    expect(endOf('abc', '%f[%a]', 1)).toBe(-1);
    expect(endOf('abc', '%f[%a]')).toBe(0);
  });

  test('sets: ranges, classes, negation, escapes, and ] first', () => {
    expect(endOf('b-]', '[a-c][%-][]]')).toBe(3);
    expect(endOf('x', '[^%d]')).toBe(1);
    expect(endOf('5', '[^%d]')).toBe(-1);
    expect(endOf('-', '[a-]')).toBe(1);
    expect(endOf('\xc8', '[\x80-\xff]')).toBe(1);
  });

  test('captures: text, positions, nesting, and back-references', () => {
    const ms = state('hello', '(h)((e)l)()l');
    expect(matchAt(ms, 0, 0)).toBe(4);
    expect(ms.level).toBe(4);
    const caps: LuaValue[] = [];
    for (let i = 0; i < ms.level; i++) caps.push(getCapture(ms, i, 0, 4));
    expect(caps).toEqual(['h', 'el', 'e', 4]);
    expect(pushCaptures(ms, 0, 4, true, ['x'])).toEqual(['x', 'h', 'el', 'e', 4]);

    const whole = state('hello', 'hel');
    expect(matchAt(whole, 0, 0)).toBe(3);
    expect(pushCaptures(whole, 0, 3, true, [])).toEqual(['hel']);
    expect(pushCaptures(whole, 0, 3, false, [])).toEqual([]);

    expect(endOf('abab', '(ab)%1')).toBe(4);
    expect(endOf('abac', '(ab)%1')).toBe(-1);
    expect(endOf('aa', '()a%1')).toBe(-1); // a position capture never matches as a back-reference
  });

  test('a failed branch undoes its captures', () => {
    const ms = state('ab', '(a)x?(b)');
    expect(matchAt(ms, 0, 0)).toBe(2);
    expect(ms.level).toBe(2);
    expect(getCapture(ms, 1, 0, 2)).toBe('b');
  });
});

describe('errors', () => {
  test('malformed patterns raise lstrlib 5.1 messages', () => {
    expect(errorOf('a', '%')).toBe("malformed pattern (ends with '%')");
    expect(errorOf('a', '[a')).toBe("malformed pattern (missing ']')");
    expect(errorOf('a', '[a\0]')).toBe("malformed pattern (missing ']')");
    expect(errorOf('a', 'a)')).toBe('invalid pattern capture');
    expect(errorOf('a', '%fa')).toBe("missing '[' after '%f' in pattern");
    expect(errorOf('a', '%b(')).toBe('unbalanced pattern');
    expect(errorOf('aa', '(a)%2')).toBe('invalid capture index');
    expect(errorOf('a', '(a%1)')).toBe('invalid capture index');
    expect(errorOf('a'.repeat(40), '(a)'.repeat(MAX_CAPTURES + 1))).toBe('too many captures');
  });

  test('reading an unfinished capture is an error', () => {
    const ms = state('abc', '(a');
    expect(matchAt(ms, 0, 0)).toBe(1);
    expect(() => getCapture(ms, 0, 0, 1)).toThrow('unfinished capture');
    expect(() => getCapture(ms, 1, 0, 1)).toThrow('invalid capture index');
  });

  test('nesting deeper than MAX_MATCH_DEPTH is "pattern too complex"', () => {
    const n = MAX_MATCH_DEPTH + 1;
    expect(errorOf('a'.repeat(n), 'a?'.repeat(n))).toBe('pattern too complex');
    expect(endOf('a'.repeat(n - 2), 'a?'.repeat(n - 2))).toBe(n - 2);
  });

  test('running out of JavaScript stack while matching is a Lua error too', () => {
    const n = MAX_MATCH_DEPTH - 5;
    const ms = state('a'.repeat(n), 'a*'.repeat(n));
    expect(matchAt(ms, 0, 0)).toBe(n);
    // Call the matcher from ever deeper frames until the stack gives out inside it.
    const dive = (level: number): [number, string] => {
      try {
        matchAt(ms, 0, 0);
      } catch (e) {
        if (e instanceof LuaError) return [level, e.value as string];
        throw e;
      }
      return dive(level + 1);
    };
    const [level, msg] = dive(0);
    expect(level).toBeGreaterThan(0);
    expect(msg).toBe('pattern too complex');
  });
});
