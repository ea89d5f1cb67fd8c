/**
 * The os library against lua5.1's answers (pasted as literals), with fixed times: UTC formats
 * ("!") and, for local time, the zones the tests select through TZ.
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOs } from '../../sample-vm/lua/lib/os';
import { LuaTable } from '../../sample-vm/lua/value/table';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { ExitRequest, FakeRuntime, POS, table } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openOs(rt);
  return rt;
}

const savedTz = process.env.TZ;

function withZone<T>(zone: string, body: () => T): T {
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  }
}

describe('os library', () => {
  it('formats UTC dates with every strftime conversion', () => {
    const rt = setup();
    const d = (...a: LuaValue[]) => rt.run('os.date', ...a)[0];
    expect(d('!%Y-%m-%d %H:%M:%S', 0)).toBe('1970-01-01 00:00:00');
    expect(d('!%c', 1e9)).toBe('Sun Sep  9 01:46:40 2001');
    expect(d('!%x %X %p %j %U %W %w %a %A %b %B %y', 1234567890)).toBe('02/13/09 23:31:30 PM 044 06 06 5 Fri Friday Feb February 09');
    withZone('UTC', () => {
      expect(d('!%e|%D|%F|%T|%R|%r|%h|%C|%g|%G|%V|%u|%k|%l|%s|%z|%Z|%P|%%|%Q|%', 1234567890)).toBe(
        '13|02/13/09|2009-02-13|23:31:30|23:31|11:31:30 PM|Feb|20|09|2009|07|5|23|11|1234567890|+0000|GMT|pm|%|%Q|%',
      );
    });
    const weeks = [0, 86400 * 3, 1230768000, 1262217600, 1293753600, 1104537600, 1356912000, -86400 * 400, 951782400]
      .map((t) => d('!%Y-%m-%d %a %j %U %W %V %G %g', t))
      .join('; ');
    expect(weeks).toBe(
      '1970-01-01 Thu 001 00 00 01 1970 70; 1970-01-04 Sun 004 01 00 01 1970 70; 2009-01-01 Thu 001 00 00 01 2009 09; ' +
        '2009-12-31 Thu 365 52 52 53 2009 09; 2010-12-31 Fri 365 52 52 52 2010 10; 2005-01-01 Sat 001 00 00 53 2004 04; ' +
        '2012-12-31 Mon 366 53 53 01 2013 13; 1968-11-27 Wed 332 47 48 48 1968 68; 2000-02-29 Tue 060 09 09 09 2000 00',
    );
    expect([d('!%c', -1e12), d('!%Y', 1e15), d('!%Y-%m-%d', -62135596800), d('!%H', 1.9)]).toEqual([
      'Tue Apr  5 22:13:20 -29719',
      '31690708',
      '1-01-01',
      '00',
    ]);
  });

  it('breaks times down with *t', () => {
    const rt = setup();
    const t = rt.run('os.date', '!*t', 1e9)[0] as LuaTable;
    const fields = ['year', 'month', 'day', 'hour', 'min', 'sec', 'wday', 'yday', 'isdst'].map((k) => t.getStr(k));
    expect(fields).toEqual([2001, 9, 9, 1, 46, 40, 1, 252, false]);
    withZone('America/New_York', () => {
      const local = rt.run('os.date', '*t', 1593561600)[0] as LuaTable;
      expect([local.getStr('hour'), local.getStr('isdst')]).toEqual([20, true]);
    });
  });

  it('formats local time in the host zone', () => {
    const rt = setup();
    withZone('America/New_York', () => {
      expect(rt.run('os.date', '%Y-%m-%d %H:%M:%S %z %Z', 1593561600)).toEqual(['2020-06-30 20:00:00 -0400 EDT']);
      expect(rt.run('os.date', '%H', 1583650800)).toEqual(['03']);
    });
  });

  it('converts date tables with os.time like mktime', () => {
    const rt = setup();
    const time = (fields: Record<string, LuaValue>) => rt.run('os.time', table([], fields))[0];
    withZone('UTC', () => {
      expect([
        time({ year: 2020, month: 1, day: 1, hour: 0 }),
        time({ year: 2020, month: 13, day: 32, hour: 25, min: -5, sec: 70 }),
        time({ year: 2000, month: 1, day: 1 }),
        time({ year: 1969, month: 12, day: 31, hour: 23, min: 59, sec: 59 }),
        time({ year: 2020, month: 1, day: 1.7, hour: '3' }),
        time({ year: 2020, month: 1, day: 1, hour: 0, isdst: true }),
      ]).toEqual([1577836800, 1612227370, 946728000, undefined, 1577847600, 1577833200]);
    });
    withZone('America/New_York', () => {
      expect([
        time({ year: 2020, month: 1, day: 1, hour: 0, isdst: true }),
        time({ year: 2020, month: 7, day: 1, hour: 0, isdst: false }),
        time({ year: 2020, month: 7, day: 1, hour: 0 }),
        time({ year: 2020, month: 3, day: 8, hour: 2, min: 30 }),
      ]).toEqual([1577851200, 1593579600, 1593576000, 1583652600]);
    });
    expect(rt.fail('os.time', table([], { year: 2020 }))).toBe(POS + "field 'day' missing in date table");
    expect(rt.fail('os.time', table([], { year: 2020, month: 1 }))).toBe(POS + "field 'day' missing in date table");
    const now = rt.run('os.time')[0] as number;
    expect(Math.abs(now - Date.now() / 1000)).toBeLessThan(5);
  });

  it('answers difftime, setlocale, getenv, clock and execute', () => {
    const rt = setup();
    expect([...rt.run('os.difftime', 10, 3), ...rt.run('os.difftime', 5), ...rt.run('os.difftime', 2.9, 0.5)]).toEqual([7, 5, 2]);
    expect(rt.fail('os.difftime')).toBe(POS + "bad argument #1 to 'difftime' (number expected, got no value)");
    expect([
      ...rt.run('os.setlocale'),
      ...rt.run('os.setlocale', 'C'),
      ...rt.run('os.setlocale', undefined, 'numeric'),
      ...rt.run('os.setlocale', 'xx_YY'),
    ]).toEqual(['C', 'C', 'C', undefined]);
    expect(rt.fail('os.setlocale', 'C', 'bogus')).toBe(POS + "bad argument #2 to 'setlocale' (invalid option 'bogus')");
    process.env.LUA_LIB_TEST_VAR = 'caf\u00e9';
    expect(rt.run('os.getenv', 'LUA_LIB_TEST_VAR')).toEqual(['caf\u00c3\u00a9']);
    delete process.env.LUA_LIB_TEST_VAR;
    expect(rt.run('os.getenv', 'NO_SUCH_VAR_XYZ')).toEqual([undefined]);
    expect(rt.fail('os.getenv')).toBe(POS + "bad argument #1 to 'getenv' (string expected, got no value)");
    expect(typeof rt.run('os.clock')[0]).toBe('number');
    expect([...rt.run('os.execute'), ...rt.run('os.execute', 'exit 3'), ...rt.run('os.execute', 'echo hi')]).toEqual([1, 768, 0]);
    expect(rt.out).toBe('hi\n');
  });

  it('exits through the runtime', () => {
    const rt = setup();
    expect(() => rt.run('os.exit', 3)).toThrow(new ExitRequest(3));
    expect(() => rt.run('os.exit')).toThrow(new ExitRequest(0));
    expect(rt.fail('os.exit', true)).toBe(POS + "bad argument #1 to 'exit' (number expected, got boolean)");
  });

  it('removes, renames and makes temporary files', () => {
    const rt = setup();
    expect(rt.run('os.remove', '/nonexistent/zz')).toEqual([undefined, '/nonexistent/zz: No such file or directory', 2]);
    expect(rt.run('os.rename', '/nonexistent/a', '/nonexistent/b')).toEqual([undefined, '/nonexistent/a: No such file or directory', 2]);
    const dir = mkdtempSync(join(tmpdir(), 'lua-os-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'data');
    expect(rt.run('os.rename', a, b)).toEqual([true]);
    expect(readFileSync(b, 'latin1')).toBe('data');
    expect(rt.run('os.remove', b)).toEqual([true]);
    expect(existsSync(b)).toBe(false);
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'x'), '');
    expect(rt.run('os.remove', sub)).toEqual([undefined, `${sub}: Directory not empty`, 39]);
    expect(rt.run('os.remove', join(sub, 'x'))).toEqual([true]);
    expect(rt.run('os.remove', sub)).toEqual([true]);
    const name = rt.run('os.tmpname')[0] as string;
    expect(existsSync(name)).toBe(true);
    expect(rt.run('os.remove', name)).toEqual([true]);
  });
});
