/** The table library against lua5.1's answers (pasted as literals). */

import { openTable } from '../../sample-vm/lua/lib/table';
import { numberToString } from '../../sample-vm/lua/value/number';
import { LuaTable } from '../../sample-vm/lua/value/table';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime, POS, fn, items, table } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openTable(rt);
  return rt;
}

describe('table library', () => {
  it('sorts with ltablib.c comparisons in the same order', () => {
    const rt = setup();
    const log: string[] = [];
    const t = table([5, 3, 8, 1, 9, 2, 7, 4, 6, 10, 0]);
    rt.run(
      'table.sort',
      t,
      fn((a, b) => {
        log.push(`${numberToString(a as number)}<${numberToString(b as number)}`);
        return [(a as number) < (b as number)];
      }),
    );
    expect(items(t)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // lua5.1: the comparator's log
    expect(log.join(' ')).toBe(
      '0<5 2<0 5<2 3<2 2<6 2<4 2<7 2<10 2<9 2<1 8<2 2<8 2<1 1<0 5<3 7<3 5<7 9<5 5<6 5<4 10<5 5<8 5<10 5<4 4<3 ' +
        '7<8 6<7 9<7 7<10 7<9 7<6 8<10 9<8 10<9',
    );
  });

  it('sorts with the default order and reports bad orders', () => {
    const rt = setup();
    const u = table(['b', 'a', 'd', 'c', 'e']);
    rt.run('table.sort', u);
    expect(items(u)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const w = table([3, 1, 2]);
    rt.run('table.sort', w, fn((a, b) => [(a as number) > (b as number)]));
    expect(items(w)).toEqual([3, 2, 1]);
    expect(rt.fail('table.sort', table([1, 'x', 2]))).toBe(POS + 'attempt to compare string with number');
    expect(rt.fail('table.sort', table([3, 2, 1, 4, 5, 6]), fn(() => [true]))).toBe(POS + 'invalid order function for sorting');
    expect(rt.fail('table.sort', table([1, 2, 3]), 1)).toBe(POS + "bad argument #2 to 'sort' (function expected, got number)");
    const big = table(Array.from({ length: 100 }, (_, i) => ((i + 1) * 37) % 101));
    rt.run('table.sort', big);
    const sorted = items(big) as number[];
    expect(sorted.every((v, i) => i === 0 || sorted[i - 1] <= v)).toBe(true);
    expect([sorted[0], sorted[99]]).toEqual([1, 100]);
    const empty = new LuaTable();
    rt.run('table.sort', empty);
    expect(items(empty)).toEqual([]);
  });

  it('concatenates ranges with separators', () => {
    const rt = setup();
    expect(rt.run('table.concat', table([1, 2, 3]), ', ', 2, 3)).toEqual(['2, 3']);
    expect(rt.run('table.concat', new LuaTable(), 'x')).toEqual(['']);
    expect(rt.run('table.concat', table([1, 2]), '-', 3)).toEqual(['']);
    expect(rt.run('table.concat', table(['a', 1.5]), '')).toEqual(['a1.5']);
    expect(rt.run('table.concat', table(['a', 'b', 'c']))).toEqual(['abc']);
    // Debian's lua5.1 (5.1.5-9) names the offending type
    expect(rt.fail('table.concat', table([1, new LuaTable()]), ',')).toBe(
      POS + "invalid value (table) at index 2 in table for 'concat'",
    );
    expect(rt.fail('table.concat', table([1, 2]), ',', 1, 3)).toBe(POS + "invalid value (nil) at index 3 in table for 'concat'");
  });

  it('inserts at the end or at a position', () => {
    const rt = setup();
    const t = table([1, 2, 3]);
    rt.run('table.insert', t, 4);
    rt.run('table.insert', t, 1, 0);
    expect(items(t)).toEqual([0, 1, 2, 3, 4]);
    rt.run('table.insert', t, 10, 'x');
    expect([t.length(), t.getInt(10)]).toEqual([5, 'x']);
    expect(rt.run('table.maxn', t)).toEqual([10]);
    expect(rt.fail('table.insert', new LuaTable(), 1, 2, 3)).toBe(POS + "wrong number of arguments to 'insert'");
    expect(rt.fail('table.insert', new LuaTable())).toBe(POS + "wrong number of arguments to 'insert'");
    expect(rt.fail('table.insert', undefined, 1)).toBe(POS + "bad argument #1 to 'insert' (table expected, got nil)");
    const n = new LuaTable();
    rt.run('table.insert', n, undefined);
    expect(n.length()).toBe(0);
  });

  it('removes from the end or a position', () => {
    const rt = setup();
    const r = table([1, 2, 3, 4]);
    expect(rt.run('table.remove', r)).toEqual([4]);
    expect(items(r)).toEqual([1, 2, 3]);
    expect(rt.run('table.remove', r, 1)).toEqual([1]);
    expect(items(r)).toEqual([2, 3]);
    expect(rt.run('table.remove', new LuaTable())).toEqual([]);
    expect(rt.run('table.remove', new LuaTable(), 0)).toEqual([]);
    expect(rt.run('table.remove', table([1, 2, 3]), 7)).toEqual([]);
    expect(rt.run('table.remove', table([1, 2, 3]), -1)).toEqual([]);
  });

  it('answers maxn, getn, setn, foreach and foreachi', () => {
    const rt = setup();
    expect(rt.run('table.maxn', new LuaTable())).toEqual([0]);
    const m = table([1, 2], { x: 1 });
    m.set(10, 1);
    m.set(20.5, 1);
    expect(rt.run('table.maxn', m)).toEqual([20.5]);
    const neg = new LuaTable();
    neg.set(-5, 1);
    expect(rt.run('table.maxn', neg)).toEqual([0]);
    expect(rt.run('table.getn', table([1, 2, 3]))).toEqual([3]);
    expect(rt.fail('table.setn', new LuaTable(), 1)).toBe(POS + "'setn' is obsolete");
    const visits: LuaValue[] = [];
    const found = rt.run(
      'table.foreachi',
      table([10, 20, 30]),
      fn((i, v) => {
        visits.push(i);
        return [v === 20 ? (i as number) * 100 : undefined];
      }),
    );
    expect(found).toEqual([200]);
    expect(visits).toEqual([1, 2]);
    expect(rt.run('table.foreach', table([], { a: 1 }), fn((k, v) => [`${String(k)}${String(v)}`]))).toEqual(['a1']);
    expect(rt.run('table.foreach', table([1]), fn(() => [undefined]))).toEqual([]);
    expect(rt.fail('table.foreach', new LuaTable(), 1)).toBe(POS + "bad argument #2 to 'foreach' (function expected, got number)");
  });

  it('registers the table library', () => {
    const rt = setup();
    expect(rt.loaded.getStr('table')).toBe(rt.globals.getStr('table'));
  });
});
