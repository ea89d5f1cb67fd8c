/** LuaJIT's bit library against luajit's answers (pasted as literals). */

import { openBit } from '../../sample-vm/lua/lib/bit';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime, POS } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openBit(rt);
  return rt;
}

describe('bit library', () => {
  it('formats with tohex', () => {
    const rt = setup();
    const h = (...a: LuaValue[]) => rt.run('bit.tohex', ...a)[0];
    // luajit -e 'print(b.tohex(-1, -4), b.tohex(255), b.tohex(1,0), b.tohex(-1, 12), b.tohex(0x1234, 2), b.tohex(-1, 20), b.tohex(3, -2^31+1))'
    expect([h(-1, -4), h(255), h(1, 0), h(-1, 12), h(0x1234, 2), h(-1, 20), h(3, -(2 ** 31) + 1)]).toEqual([
      'FFFF',
      '000000ff',
      '',
      '0000ffffffff',
      '34',
      '000000000000ffffffff',
      '3',
    ]);
    expect(h(0xabcdef, -8)).toBe('00ABCDEF');
  });

  it('normalizes numbers with tobit (round to even, wrap modulo 2^32)', () => {
    const rt = setup();
    const t = (x: LuaValue) => rt.run('bit.tobit', x)[0];
    expect([1.5, 2.5, 2 ** 32 + 3, -0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53) - 2, 1e300, NaN, Infinity, '12'].map(t)).toEqual([
      2,
      2,
      3,
      0,
      -2147483648,
      2147483647,
      0,
      4,
      -2013235812,
      0,
      0,
      12,
    ]);
  });

  it('shifts, rotates and combines as signed 32-bit numbers', () => {
    const rt = setup();
    const r = (name: string, ...a: LuaValue[]) => rt.run('bit.' + name, ...a)[0];
    expect([
      r('band', '7', 3),
      r('lshift', 1, 33),
      r('lshift', 1, 31),
      r('rshift', -1, 28),
      r('rshift', -1, 0),
      r('arshift', -256, 4),
      r('arshift', -1, 31),
      r('rol', 0x80000001, 1),
      r('ror', 1, 1),
      r('rol', 5, 0),
      r('ror', 5, 32),
    ]).toEqual([3, 2, -2147483648, 15, -1, -16, -1, 3, -2147483648, 5, 5]);
    expect([
      r('bswap', 0x12345678),
      r('bswap', -1),
      r('bnot', 0),
      r('bnot', 5),
      r('bor', 1, 2, 4, 8),
      r('bxor', 5, 3, 1),
      r('band', -1, 0xff, 0x0f),
      r('band', 5),
    ]).toEqual([2018915346, -1, -1, -6, 15, 7, 15, 5]);
  });

  it('checks its arguments', () => {
    const rt = setup();
    expect(rt.fail('bit.band')).toBe(POS + "bad argument #1 to 'band' (number expected, got no value)");
    expect(rt.fail('bit.tohex', 'x')).toBe(POS + "bad argument #1 to 'tohex' (number expected, got string)");
  });
});
