/** The math library against lua5.1's answers (printed with %.14g, pasted as literals). */

import { openMath } from '../../sample-vm/lua/lib/math';
import { numberToString } from '../../sample-vm/lua/value/number';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime, POS } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openMath(rt);
  return rt;
}

/** The results as lua5.1 prints them. */
function show(values: LuaValue[]): string {
  return values.map((v) => (typeof v === 'number' ? numberToString(v) : String(v))).join(',');
}

describe('math library', () => {
  it('draws the same random sequences as lua5.1 on glibc', () => {
    const rt = setup();
    expect(show([...rt.run('math.random'), ...rt.run('math.random', 100), ...rt.run('math.random', 5, 10)])).toBe(
      '0.84018771715471,40,9',
    );
    rt.run('math.randomseed', 42);
    expect(show([...rt.run('math.random'), ...rt.run('math.random', 1000000), ...rt.run('math.random', -5, 5)])).toBe(
      '0.03346994800189,329965,2',
    );
    rt.run('math.randomseed', 0);
    expect(rt.run('math.random', 1000)).toEqual([841]);
    rt.run('math.randomseed', 1);
    expect(rt.run('math.random', 1000)).toEqual([841]);
    rt.run('math.randomseed', -7);
    expect(rt.run('math.random', 1000)).toEqual([472]);
    rt.run('math.randomseed', 123456789);
    const s = Array.from({ length: 8 }, () => rt.run('math.random', 100)[0]);
    expect(s).toEqual([92, 77, 33, 90, 4, 54, 49, 44]);
  });

  it('checks random arguments as 5.1', () => {
    const rt = setup();
    expect(rt.fail('math.random', 0)).toBe(POS + "bad argument #1 to 'random' (interval is empty)");
    expect(rt.fail('math.random', 5, 4)).toBe(POS + "bad argument #2 to 'random' (interval is empty)");
    expect(rt.fail('math.random', 1, 2, 3)).toBe(POS + 'wrong number of arguments');
  });

  it('splits numbers with modf and frexp, scales with ldexp', () => {
    const rt = setup();
    const r = (name: string, ...a: LuaValue[]) => show(rt.run(name, ...a));
    expect([r('math.modf', 3.7), r('math.modf', -3.7), r('math.modf', 5), r('math.modf', -5), r('math.modf', Infinity)]).toEqual([
      '3,0.7',
      '-3,-0.7',
      '5,0',
      '-5,-0',
      'inf,0',
    ]);
    expect(r('math.modf', -Infinity)).toBe('-inf,-0');
    expect([
      r('math.frexp', 8),
      r('math.frexp', -3),
      r('math.frexp', 0),
      r('math.frexp', 0.1),
      r('math.frexp', 5e-324),
      r('math.frexp', 1e308),
    ]).toEqual(['0.5,4', '-0.75,2', '0,0', '0.8,-3', '0.5,-1073', '0.5562684646268,1024']);
    expect(
      [
        r('math.ldexp', 0.5, 4),
        r('math.ldexp', 1, 1024),
        r('math.ldexp', 1, -1074),
        r('math.ldexp', 1, -1075),
        r('math.ldexp', 3, -1075),
        r('math.ldexp', 0.75, -1073),
        r('math.ldexp', 1, 1023),
      ].join(' '),
    ).toBe('8 inf 4.9406564584125e-324 0 9.8813129168249e-324 9.8813129168249e-324 8.9884656743116e+307');
  });

  it('computes powers, remainders, extremes and roundings like C', () => {
    const rt = setup();
    const r = (name: string, ...a: LuaValue[]) => show(rt.run(name, ...a));
    expect([r('math.pow', 1, NaN), r('math.pow', -1, Infinity), r('math.pow', 2, 10), r('math.pow', 0, -1)]).toEqual([
      '1',
      '1',
      '1024',
      'inf',
    ]);
    expect(Number.isNaN(rt.run('math.pow', -8, 1 / 3)[0])).toBe(true);
    expect([r('math.fmod', 7, 3), r('math.fmod', -7, 3), r('math.fmod', 7, -3), r('math.fmod', 5.5, 2), r('math.mod', 7, 3)]).toEqual([
      '1',
      '-1',
      '1',
      '1.5',
      '1',
    ]);
    expect(Number.isNaN(rt.run('math.fmod', 1, 0)[0])).toBe(true);
    expect([r('math.max', 3, 7, 1), r('math.min', 3, 7, 1), r('math.max', 1)]).toEqual(['7', '1', '1']);
    expect(rt.fail('math.max')).toBe(POS + "bad argument #1 to 'max' (number expected, got no value)");
    expect([r('math.floor', -3.5), r('math.ceil', -3.5), r('math.floor', 3), r('math.abs', -2), r('math.sqrt', 16)]).toEqual([
      '-4',
      '-3',
      '3',
      '2',
      '4',
    ]);
    expect(show([rt.lookup('math.huge'), -(rt.lookup('math.huge') as number), rt.lookup('math.pi')])).toBe('inf,-inf,3.1415926535898');
    expect(rt.fail('math.floor', 'x')).toBe(POS + "bad argument #1 to 'floor' (number expected, got string)");
    expect(rt.run('math.floor', '3.7')).toEqual([3]);
  });

  it('evaluates the transcendental functions', () => {
    const rt = setup();
    const r = (name: string, ...a: LuaValue[]) => show(rt.run(name, ...a));
    const pi = rt.lookup('math.pi');
    expect([r('math.deg', pi), r('math.rad', 180), r('math.deg', 1), r('math.rad', 1)]).toEqual([
      '180',
      '3.1415926535898',
      '57.295779513082',
      '0.017453292519943',
    ]);
    expect(
      [
        r('math.exp', 1),
        r('math.log', 10),
        r('math.log10', 1000),
        r('math.sin', 1),
        r('math.cos', 1),
        r('math.tan', 1),
        r('math.asin', 0.5),
        r('math.acos', 0.5),
        r('math.atan', 1),
        r('math.atan2', 1, -1),
      ].join(' '),
    ).toBe(
      '2.718281828459 2.302585092994 3 0.8414709848079 0.54030230586814 1.5574077246549 0.5235987755983 ' +
        '1.0471975511966 0.78539816339745 2.3561944901923',
    );
    expect([r('math.sinh', 1), r('math.cosh', 1), r('math.tanh', 0.5)]).toEqual(['1.1752011936438', '1.5430806348152', '0.46211715726001']);
  });
});
