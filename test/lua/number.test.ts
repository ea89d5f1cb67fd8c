/**
 * Number <-> string conversion (sample-vm/lua/value/number.ts). Expected strings are lua5.1's
 * own output on Linux (tostring, string.format, tonumber), pasted as literals; the randomized
 * tests compare with an exact rational reference (BigInt) that rounds half to even like glibc.
 */

import { formatFloat, numberToString, stringToNumber, toNumber } from '../../sample-vm/lua/value/number.js';

type Conv = 'e' | 'E' | 'f' | 'F' | 'g' | 'G';

describe('numberToString (%.14g)', () => {
  // [value, lua5.1 tostring(value), source text]
  const cases: [number, string, string][] = [
    [0, '0', '0'],
    [-0.0, '-0', '-0.0'],
    [1, '1', '1'],
    [-1, '-1', '-1'],
    [0.1, '0.1', '0.1'],
    [-0.1, '-0.1', '-0.1'],
    [0.5, '0.5', '0.5'],
    [1/3, '0.33333333333333', '1/3'],
    [2/3, '0.66666666666667', '2/3'],
    [-2/3, '-0.66666666666667', '-2/3'],
    [100, '100', '100'],
    [123.456, '123.456', '123.456'],
    [3.14159265358979, '3.1415926535898', '3.14159265358979'],
    [3.141592653589793, '3.1415926535898', '3.141592653589793'],
    [1e14, '1e+14', '1e14'],
    [1e14-1, '99999999999999', '1e14-1'],
    [99999999999999.5, '1e+14', '99999999999999.5'],
    [123456789012345, '1.2345678901234e+14', '123456789012345'],
    [1e15, '1e+15', '1e15'],
    [-1e15, '-1e+15', '-1e15'],
    [1e16, '1e+16', '1e16'],
    [1e21, '1e+21', '1e21'],
    [1e100, '1e+100', '1e100'],
    [1e300, '1e+300', '1e300'],
    [1e308, '1e+308', '1e308'],
    [1.7976931348623157e308, '1.7976931348623e+308', '1.7976931348623157e308'],
    [1e-300, '1e-300', '1e-300'],
    [5e-324, '4.9406564584125e-324', '5e-324'],
    [2.2250738585072014e-308, '2.2250738585072e-308', '2.2250738585072014e-308'],
    [0.0001, '0.0001', '0.0001'],
    [0.00001, '1e-05', '0.00001'],
    [0.00009999999999999999, '0.0001', '0.00009999999999999999'],
    [1e-5, '1e-05', '1e-5'],
    [12345678901234.5, '12345678901234', '12345678901234.5'],
    [12345678901235.5, '12345678901236', '12345678901235.5'],
    [9007199254740992, '9.007199254741e+15', '9007199254740992'],
    [9007199254740993, '9.007199254741e+15', '9007199254740993'],
    [18446744073709551616, '1.844674407371e+19', '18446744073709551616'],
    [0.25, '0.25', '0.25'],
    [0.375, '0.375', '0.375'],
    [2.5, '2.5', '2.5'],
    [1.005, '1.005', '1.005'],
    [4.35, '4.35', '4.35'],
    [0.015, '0.015', '0.015'],
    [1e-7, '1e-07', '1e-7'],
    [255/256, '0.99609375', '255/256'],
    [123456.7890125, '123456.7890125', '123456.7890125'],
    [1/0, 'inf', '1/0'],
    [-1/0, '-inf', '-1/0'],
    [0/0, '-nan', '0/0'],
    [65536, '65536', '65536'],
    [2147483648, '2147483648', '2147483648'],
    [4294967296, '4294967296', '4294967296'],
    [-2147483649, '-2147483649', '-2147483649'],
    [1e13+0.5, '10000000000000', '1e13+0.5'],
    [0.1+0.2, '0.3', '0.1+0.2'],
    [1-1e-15, '1', '1-1e-15'],
    [0.3, '0.3', '0.3'],
    [7.0, '7', '7.0'],
    [1e-10, '1e-10', '1e-10'],
    [1.5e-10, '1.5e-10', '1.5e-10'],
    [123e-20, '1.23e-18', '123e-20'],
    [6.02214076e23, '6.02214076e+23', '6.02214076e23'],
    [-6.02214076e-23, '-6.02214076e-23', '-6.02214076e-23'],
    [1099511627776.5, '1099511627776.5', '1099511627776.5'],
    [0.000123456789012345, '0.00012345678901234', '0.000123456789012345'],
  ];
  test.each(cases)('%#: %s -> %s', (value, expected) => {
    expect(numberToString(value)).toBe(expected);
  });
});

describe('formatFloat (printf %e %f %g)', () => {
  // [value, conversion, precision, '#' flag, lua5.1 string.format output]
  const cases: [number, Conv, number, boolean, string][] = [
    [0.125, 'f', 2, false, '0.12'],
    [0.375, 'f', 2, false, '0.38'],
    [2.5, 'f', 0, false, '2'],
    [0.5, 'f', 0, false, '0'],
    [1.5, 'f', 0, false, '2'],
    [-0.5, 'f', 0, false, '-0'],
    [1e300, 'f', 0, false, '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160'],
    [1e21, 'f', 2, false, '1000000000000000000000.00'],
    [2**70, 'f', 1, false, '1180591620717411303424.0'],
    [1/3, 'f', 20, false, '0.33333333333333331483'],
    [0.1, 'f', 30, false, '0.100000000000000005551115123126'],
    [1e-300, 'f', 5, false, '0.00000'],
    [5e-324, 'f', 99, false, '0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
    [123.456, 'f', 6, false, '123.456000'],
    [-0.0, 'f', 3, false, '-0.000'],
    [3, 'f', 0, true, '3.'],
    [999.5, 'f', 0, false, '1000'],
    [0.0005, 'f', 3, false, '0.001'],
    [0.00051, 'f', 3, false, '0.001'],
    [12345.6789, 'e', 6, false, '1.234568e+04'],
    [0.125, 'e', 1, false, '1.2e-01'],
    [0.000123, 'e', 2, false, '1.23e-04'],
    [1e300, 'e', 3, false, '1.000e+300'],
    [5e-324, 'e', 10, false, '4.9406564584e-324'],
    [2.5, 'e', 0, false, '2e+00'],
    [3, 'e', 0, true, '3.e+00'],
    [-1, 'e', 6, false, '-1.000000e+00'],
    [0, 'e', 3, false, '0.000e+00'],
    [9.9999, 'e', 2, false, '1.00e+01'],
    [1e100, 'E', 4, false, '1.0000E+100'],
    [1/3, 'g', 6, false, '0.333333'],
    [100000, 'g', 6, false, '100000'],
    [1000000, 'g', 6, false, '1e+06'],
    [0.0001, 'g', 6, false, '0.0001'],
    [0.00001, 'g', 6, false, '1e-05'],
    [123456789, 'g', 6, false, '1.23457e+08'],
    [0.5, 'g', 0, false, '0.5'],
    [1, 'g', 6, true, '1.00000'],
    [100, 'g', 3, true, '100.'],
    [1e-5, 'g', 3, true, '1.00e-05'],
    [2**63, 'g', 17, false, '9.2233720368547758e+18'],
    [0.1, 'g', 17, false, '0.10000000000000001'],
    [1e15, 'g', 14, false, '1e+15'],
    [1e15, 'G', 3, false, '1E+15'],
    [1e-20, 'G', 6, false, '1E-20'],
    [0, 'g', 6, false, '0'],
    [-0.0, 'g', 6, false, '-0'],
    [1/0, 'e', 3, false, 'inf'],
    [-1/0, 'f', 2, false, '-inf'],
    [1/0, 'G', 6, false, 'INF'],
    [0/0, 'f', 2, false, '-nan'],
    [0/0, 'E', 2, false, '-NAN'],
    [1e22, 'f', 0, false, '10000000000000000000000'],
    [123456789012345678, 'e', 20, false, '1.23456789012345680000e+17'],
    [0.1, 'e', 50, false, '1.00000000000000005551115123125782702118158340454102e-01'],
    [1.5, 'F', 2, false, '1.50'],
    [1 / 0, 'F', 3, false, 'INF'],
    [-1 / 0, 'F', 3, false, '-INF'],
  ];
  test.each(cases)('%#: %p %s %i alt=%p -> %s', (value, conv, precision, alt, expected) => {
    expect(formatFloat(value, conv, precision, alt)).toBe(expected);
  });
});

describe('stringToNumber (lua_str2number)', () => {
  // [string, lua5.1 tonumber(string)] (a NaN result prints as nan or -nan in lua5.1)
  const cases: [string, number | undefined][] = [
    ['1', 1],
    [' 1 ', 1],
    ['1e', undefined],
    ['', undefined],
    [' ', undefined],
    ['0x', undefined],
    ['0x10', 16],
    ['0X1F', 31],
    ['-0x10', -16],
    ['+0x10', 16],
    [' 0x1p4 ', 16],
    ['0x1.8', 1.5],
    ['0x.8', 0.5],
    ['0x1.', 1],
    ['0x1p', undefined],
    ['0x1p-2', 0.25],
    ['0X1P+3', 8],
    ['0x1g', undefined],
    ['0xg', undefined],
    ['1x', undefined],
    ['inf', Infinity],
    ['-inf', -Infinity],
    ['INF', Infinity],
    ['Infinity', Infinity],
    ['infinit', undefined],
    ['infx', undefined],
    ['nan', NaN],
    ['-nan', NaN],
    ['NaN', NaN],
    ['nan(123)', NaN],
    ['nan(', undefined],
    ['nan()', NaN],
    ['nan(1', undefined],
    ['.5', 0.5],
    ['5.', 5],
    ['.', undefined],
    ['-.5', -0.5],
    ['+.5', 0.5],
    ['+-1', undefined],
    ['1e5', 100000],
    ['1E+5', 100000],
    ['1e-5', 1.0000000000000001e-05],
    ['1e+', undefined],
    ['1e-x', undefined],
    ['1.5e3 ', 1500],
    ['\t\n\u000b\f\r12\t\n\u000b\f\r', 12],
    ['1 2', undefined],
    ['--1', undefined],
    ['0', 0],
    ['-0', -0],
    ['00012', 12],
    ['1e400', Infinity],
    ['-1e400', -Infinity],
    ['1e-400', 0],
    ['4.9e-324', 4.9406564584124654e-324],
    ['2.4703282292062328e-324', 4.9406564584124654e-324],
    ['123456789012345678901234567890', 1.2345678901234568e+29],
    ['0.1', 0.10000000000000001],
    ['1\u0000', 1],
    ['1\u0000abc', 1],
    ['\u0000', undefined],
    ['0x100000000000000000000', 1.2089258196146292e+24],
    ['0x1fffffffffffff8', 1.4411518807585587e+17],
    ['0x1.fffffffffffff8p1023', Infinity],
    ['0x1p-1074', 4.9406564584124654e-324],
    ['0x1p-1075', 0],
    ['0x3p-1076', 4.9406564584124654e-324],
    ['0x1p1024', Infinity],
    ['1_000', undefined],
    ['1,5', undefined],
    ['\u00d9\u00a1', undefined],
    ['0b101', undefined],
    ['0o7', undefined],
    ['Infinity ', Infinity],
    [' -0.0', -0],
    ['3.14159265358979323846', 3.1415926535897931],
    ['9007199254740993', 9007199254740992],
    ['0x8000000000000001', 9.2233720368547758e+18],
    ['1.e2', 100],
    ['e2', undefined],
    ['1e2.5', undefined],
  ];
  test.each(cases)('%#: %j -> %p', (s, expected) => {
    expect(stringToNumber(s)).toBe(expected);
  });

  test('toNumber coerces numbers and numeric strings only', () => {
    expect(toNumber(42)).toBe(42);
    expect(toNumber(' 0x10 ')).toBe(16);
    expect(toNumber('abc')).toBeUndefined();
    expect(toNumber(true)).toBeUndefined();
    expect(toNumber(undefined)).toBeUndefined();
  });

  test('round-trips every %.17g text', () => {
    const rnd = prng(7);
    for (let i = 0; i < 500; i++) {
      const x = randomDouble(rnd);
      expect(stringToNumber(formatFloat(x, 'g', 17, false))).toBe(x);
    }
  });
});

// ---- exact reference: x as a rational num / den, rounded half to even with BigInt ----

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A finite double: random bits, or a short binary fraction (where printf meets ties). */
function randomDouble(rnd: () => number): number {
  if (rnd() < 0.5) {
    const words = new Uint32Array([Math.floor(rnd() * 2 ** 32), Math.floor(rnd() * 2 ** 32)]);
    const x = new Float64Array(words.buffer)[0];
    return Number.isFinite(x) ? x : 1.5;
  }
  const x = Math.floor(rnd() * 2 ** Math.floor(rnd() * 53)) / 2 ** Math.floor(rnd() * 40);
  return rnd() < 0.3 ? -x : x;
}

/** x > 0 as num / den with den a power of two. */
function rational(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    e = biased - 1075;
  }
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** round(num / den * 10^q), half to even. */
function roundScaled(num: bigint, den: bigint, q: number): bigint {
  const n = q >= 0 ? num * 10n ** BigInt(q) : num;
  const d = q >= 0 ? den : den * 10n ** BigInt(-q);
  const quot = n / d;
  const twice = 2n * (n % d);
  if (twice > d || (twice === d && quot % 2n === 1n)) return quot + 1n;
  return quot;
}

/** num / den >= 10^k */
function atLeastPow10(num: bigint, den: bigint, k: number): boolean {
  return k >= 0 ? num >= den * 10n ** BigInt(k) : num * 10n ** BigInt(-k) >= den;
}

/** floor(log10(num / den)) for a positive rational. */
function decimalExponent(num: bigint, den: bigint): number {
  let x = num.toString().length - den.toString().length;
  while (!atLeastPow10(num, den, x)) x--;
  while (atLeastPow10(num, den, x + 1)) x++;
  return x;
}

function refExp(x: number, prec: number): string {
  const [num, den] = rational(x);
  let ex = decimalExponent(num, den);
  let r = roundScaled(num, den, prec - ex);
  if (r.toString().length > prec + 1) {
    ex++;
    r = roundScaled(num, den, prec - ex);
  }
  const d = r.toString();
  const mant = prec > 0 ? d[0] + '.' + d.slice(1) : d;
  return mant + (ex < 0 ? 'e-' : 'e+') + String(Math.abs(ex)).padStart(2, '0');
}

function refFixed(x: number, prec: number): string {
  const [num, den] = rational(x);
  const d = roundScaled(num, den, prec).toString().padStart(prec + 1, '0');
  return prec > 0 ? d.slice(0, d.length - prec) + '.' + d.slice(d.length - prec) : d;
}

function refG(x: number, prec: number): string {
  const e = refExp(x, prec - 1);
  const ex = Number(e.slice(e.indexOf('e') + 1));
  const strip = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (ex < -4 || ex >= prec) {
    const at = e.indexOf('e');
    return strip(e.slice(0, at)) + e.slice(at);
  }
  return strip(refFixed(x, prec - 1 - ex));
}

function signed(x: number, f: (a: number) => string): string {
  return x < 0 ? '-' + f(-x) : f(x);
}

describe('randomized against an exact rational reference', () => {
  test('numberToString equals %.14g for random doubles', () => {
    const rnd = prng(1);
    for (let i = 0; i < 1500; i++) {
      const x = randomDouble(rnd);
      if (x === 0) continue;
      expect([x, numberToString(x)]).toEqual([x, signed(x, (a) => refG(a, 14))]);
    }
  });

  test('%.Ne, %.Nf and %.Ng for random doubles and precisions', () => {
    const rnd = prng(2);
    for (let i = 0; i < 1500; i++) {
      const x = randomDouble(rnd);
      if (x === 0) continue;
      const p = Math.floor(rnd() * 25);
      expect([x, p, formatFloat(x, 'e', p, false)]).toEqual([x, p, signed(x, (a) => refExp(a, p))]);
      if (Math.abs(x) < 1e30) {
        expect([x, p, formatFloat(x, 'f', p, false)]).toEqual([x, p, signed(x, (a) => refFixed(a, p))]);
      }
      const g = p === 0 ? 1 : p;
      expect([x, p, formatFloat(x, 'g', p, false)]).toEqual([x, p, signed(x, (a) => refG(a, g))]);
    }
  });
});
