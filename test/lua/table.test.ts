/**
 * LuaTable (sample-vm/lua/value/table.ts) and shapes (value/shape.ts): every key kind, growth,
 * traversal order and removal during traversal, `#t` on tables with holes (expected values are
 * lua5.1's output for the same statements), shape sharing, dictionary mode, nil and NaN keys.
 */

import { LuaError } from '../../sample-vm/lua/value/error.js';
import { EMPTY, NativeFunction } from '../../sample-vm/lua/value/function.js';
import { MAX_SHAPE_KEYS, ROOT_SHAPE } from '../../sample-vm/lua/value/shape.js';
import { LuaTable, roundTableSize } from '../../sample-vm/lua/value/table.js';
import { LuaUserdata } from '../../sample-vm/lua/value/userdata.js';
import { LuaThreadBase, type LuaValue } from '../../sample-vm/lua/value/value.js';

class TestThread extends LuaThreadBase {}

function entries(t: LuaTable): LuaValue[][] {
  const out: LuaValue[][] = [];
  for (let e = t.next(undefined); e !== undefined; e = t.next(e[0])) out.push(e);
  return out;
}

function luaErrorOf(f: () => unknown): LuaValue {
  try {
    f();
  } catch (e) {
    if (e instanceof LuaError) return e.value;
    throw e;
  }
  throw new Error('no error raised');
}

/** A literal as Lua writes it: nil, a number or a double-quoted-free name. */
function literal(text: string): LuaValue {
  return text === 'nil' ? undefined : Number(text);
}

/**
 * Builds a table from the Lua statements `t={items, name=v}` then `t[k]=v` / `t.name=v`,
 * the way the VM does: NEWTABLE's sizes, named fields, then the list items.
 */
function build(lua: string): LuaTable {
  const m = /^t=\{([^}]*)\}(.*)$/.exec(lua);
  if (m === null) throw new Error('bad scenario ' + lua);
  const fields = m[1] === '' ? [] : m[1].split(',');
  const items = fields.filter((f) => !f.includes('='));
  const named = fields.filter((f) => f.includes('='));
  const t = new LuaTable(roundTableSize(items.length), named.length);
  for (const f of named) {
    const [k, v] = f.split('=');
    t.set(k, literal(v));
  }
  items.forEach((v, i) => t.set(i + 1, literal(v)));
  for (const stmt of m[2].trim().split(/\s+/).filter((s) => s !== '')) {
    const a = /^t\[([^\]]+)\]=(.+)$/.exec(stmt);
    const b = /^t\.(\w+)=(.+)$/.exec(stmt);
    if (a !== null) t.set(Number(a[1]), literal(a[2]));
    else if (b !== null) t.set(b[1], literal(b[2]));
    else throw new Error('bad statement ' + stmt);
  }
  return t;
}

describe('keys', () => {
  test('every key kind reads back what was stored', () => {
    const t = new LuaTable();
    const fn = new NativeFunction('f', () => EMPTY, t);
    const ud = new LuaUserdata();
    const th = new TestThread();
    const other = new LuaTable();
    const keys: LuaValue[] = ['x', '', '1', 1, 2, 0, -1, 1.5, 2 ** 40, 1e300, -Infinity, Infinity, true, false, fn, ud, th, other];
    keys.forEach((k, i) => t.set(k, i + 100));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i + 100));
    expect(t.get('1')).not.toBe(t.get(1));
    expect(t.getStr('x')).toBe(100);
    expect(t.getInt(1.5)).toBe(107);
    expect(t.get(new LuaTable())).toBeUndefined();
    expect(t.get('y')).toBeUndefined();
    expect(t.get(3)).toBeUndefined();
  });

  test('1 and 1.0 are one key, -0 is the key 0 and traverses as 0', () => {
    const t = new LuaTable();
    t.set(1.0, 'a');
    expect(t.get(1)).toBe('a');
    t.set(-0, 'z');
    expect(t.get(0)).toBe('z');
    t.set(0, 'zz');
    expect(t.get(-0)).toBe('zz');
    const zero = entries(t).find((e) => e[1] === 'zz');
    expect(Object.is(zero?.[0], 0)).toBe(true);
  });

  test('nil and NaN keys: reads give nil, writes raise lua5.1 messages', () => {
    const t = new LuaTable();
    expect(t.get(undefined)).toBeUndefined();
    expect(t.get(NaN)).toBeUndefined();
    expect(t.getInt(NaN)).toBeUndefined();
    expect(luaErrorOf(() => t.set(undefined, 1))).toBe('table index is nil');
    expect(luaErrorOf(() => t.set(NaN, 1))).toBe('table index is NaN');
    expect(luaErrorOf(() => t.setInt(NaN, undefined))).toBe('table index is NaN');
    expect(entries(t)).toEqual([]);
  });

  test('overwriting and removing keys of every part', () => {
    const t = new LuaTable();
    for (const k of [1, 'a', 7.5, true]) {
      t.set(k, 1);
      t.set(k, 2);
      expect(t.get(k)).toBe(2);
      t.set(k, undefined);
      expect(t.get(k)).toBeUndefined();
    }
    expect(entries(t)).toEqual([]);
  });
});

describe('array part growth', () => {
  test('t[i] = v for i = 1..n keeps every item in the array part', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 1000; i++) t.setInt(i, i * 2);
    expect(t.hash).toBeUndefined();
    expect(t.arr.length).toBe(1024);
    expect(t.length()).toBe(1000);
    for (let i = 1; i <= 1000; i++) expect(t.getInt(i)).toBe(i * 2);
  });

  test('t[#t+1] = v appends into the array part, also with string keys present', () => {
    const t = new LuaTable();
    t.setStr('n', 0);
    t.setStr('name', 'list');
    for (let i = 0; i < 300; i++) t.setInt(t.length() + 1, i);
    expect(t.length()).toBe(300);
    expect(t.arr.length).toBeGreaterThanOrEqual(300);
    expect(t.hash === undefined || t.hash.keys.length === 0).toBe(true);
    expect(t.getStr('name')).toBe('list');
  });

  test('integer keys set in reverse migrate to the array part on rehash', () => {
    const t = new LuaTable();
    for (let i = 64; i >= 1; i--) t.setInt(i, i);
    expect(t.arr.length).toBe(64);
    expect(t.length()).toBe(64);
    expect(entries(t).map((e) => e[0])).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
  });

  test('constructors presize; reserveArray is SETLIST for multiple results', () => {
    const t = new LuaTable(3, 2);
    expect(t.arr.length).toBe(3);
    expect(t.hashCap).toBe(2);
    // local function f(...) return {...} end: #f(nil, nil, 3) == 3, #f(1, 2, nil, nil, 5) == 5
    const u = new LuaTable(0, 0);
    u.reserveArray(3);
    [undefined, undefined, 3].forEach((v, i) => u.setInt(i + 1, v));
    expect(u.length()).toBe(3);
    const w = new LuaTable(0, 0);
    w.reserveArray(5);
    [1, 2, undefined, undefined, 5].forEach((v, i) => w.setInt(i + 1, v));
    expect(w.length()).toBe(5);
  });

  test('roundTableSize is luaO_fb2int(luaO_int2fb(n))', () => {
    expect([0, 1, 7, 8, 15, 16, 17, 18, 19, 31, 33, 50, 100, 1000].map(roundTableSize)).toEqual([
      0, 1, 7, 8, 15, 16, 18, 18, 20, 32, 36, 52, 104, 1024,
    ]);
  });
});

describe('length (#t) matches lua5.1', () => {
  // [statements, print(#t) in lua5.1]
  const cases: [string, number][] = [
    ['t={1,2,nil,4}', 4],
    ['t={nil,nil,3}', 3],
    ['t={} t[1]=1 t[2]=2 t[4]=4', 4],
    ['t={} t[1]=1 t[2]=nil t[3]=3', 1],
    ['t={1,2,3,nil,5,nil}', 3],
    ['t={nil}', 0],
    ['t={1,nil}', 1],
    ['t={} t[2]=2', 0],
    ['t={} t[1]=1 t[3]=3', 1],
    ['t={} t[1]=1 t[2]=2 t[3]=3 t[5]=5', 3],
    ['t={} t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[6]=6', 6],
    ['t={} t[4]=4 t[3]=3 t[2]=2 t[1]=1', 4],
    ['t={} t[3]=3 t[2]=2 t[1]=1 t[5]=5', 3],
    ['t={1,2,3} t[5]=5', 3],
    ['t={1,2,3,4} t[6]=6 t[7]=7', 7],
    ['t={1,2,3,4} t[4]=nil', 3],
    ['t={1,2,3,4} t[2]=nil', 4],
    ['t={1,2,3,4} t[1]=nil t[2]=nil', 4],
    ['t={x=1,y=2} t[1]=1 t[2]=2 t[3]=3', 3],
    ['t={x=1} t[1]=1 t[3]=3', 1],
    ['t={x=1,y=2,z=3} t[1]=1 t[2]=2 t[4]=4', 2],
    ['t={} t.a=1 t.b=2 t.c=3 t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[5]=5', 5],
    ['t={} t[1.5]=1 t[1]=1 t[2]=2', 2],
    ['t={} t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[5]=5 t[6]=6 t[7]=7 t[8]=8 t[9]=9 t[10]=10 t[11]=11 t[12]=12 t[13]=13 t[14]=14 t[15]=15 t[16]=16 t[17]=17 t[5]=nil', 17],
    ['t={} t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[5]=5 t[6]=6 t[7]=7 t[8]=8 t[9]=9 t[16]=nil', 9],
    ['t={} t[10]=10 t[20]=20 t[1]=1', 1],
    ['t={} t[-1]=1 t[0]=0 t[1]=1 t[2]=2', 2],
    ['t={nil,nil,nil,nil,5} t[6]=6 t[7]=7 t[8]=8', 0],
    ['t={n=0} t[1]=1 t[2]=2 t[3]=3 t[4]=4 t[5]=5 t[6]=6 t[7]=7 t[8]=8 t[9]=9', 9],
    ['t={1,2,3,4,5,6,7,8} t[8]=nil t[9]=9', 7],
  ];
  test.each(cases)('%s  -> %i', (lua, expected) => {
    expect(build(lua).length()).toBe(expected);
  });

  test('a border past a full array part is found through the hash part', () => {
    const t = new LuaTable(4, 4);
    for (let i = 1; i <= 4; i++) t.setInt(i, i);
    t.setStr('x', 1);
    for (let i = 5; i <= 7; i++) t.setInt(i, i); // nodes left: these go to the hash part
    expect(t.arr.length).toBe(4);
    expect(t.length()).toBe(7);
  });
});

describe('next', () => {
  test('order: array part, string keys in insertion order, then other keys in insertion order', () => {
    const t = new LuaTable();
    t.set('b', 1);
    t.set(true, 2);
    t.set(1, 3);
    t.set('a', 4);
    t.set(2.5, 5);
    t.set(2, 6);
    t.set(-7, 7);
    expect(entries(t)).toEqual([
      [1, 3],
      [2, 6],
      ['b', 1],
      ['a', 4],
      [true, 2],
      [2.5, 5],
      [-7, 7],
    ]);
    expect(t.next(-7)).toBeUndefined();
  });

  test('returns a fresh pair each call', () => {
    const t = new LuaTable();
    t.set('k', 1);
    const a = t.next(undefined);
    const b = t.next(undefined);
    expect(a).toEqual(['k', 1]);
    expect(a).not.toBe(b);
  });

  test('assigning nil to visited fields during traversal visits every key once', () => {
    const t = new LuaTable();
    const keys: LuaValue[] = [];
    for (let i = 1; i <= 20; i++) keys.push(i);
    for (let i = 0; i < 20; i++) keys.push('s' + i);
    for (let i = 0; i < 20; i++) keys.push(i + 0.5);
    keys.push(100, 1000, false);
    keys.forEach((k) => t.set(k, 1));
    const seen: LuaValue[] = [];
    for (let e = t.next(undefined); e !== undefined; e = t.next(e[0])) {
      seen.push(e[0]);
      t.set(e[0], undefined);
    }
    expect(new Set(seen)).toEqual(new Set(keys));
    expect(seen.length).toBe(keys.length);
    expect(entries(t)).toEqual([]);
  });

  test('assigning nil to fields not yet visited skips them', () => {
    const t = new LuaTable();
    ['a', 'b', 'c', 'd'].forEach((k, i) => t.set(k, i));
    const first = t.next(undefined);
    expect(first).toEqual(['a', 0]);
    t.set('b', undefined);
    t.set('c', undefined);
    expect(t.next('a')).toEqual(['d', 3]);
  });

  test("an unknown key raises \"invalid key to 'next'\", as lua5.1 does", () => {
    const t = new LuaTable();
    t.set('a', 1);
    t.set(5.5, 1);
    for (const k of ['zz', 1, 2.5, NaN, true, new LuaTable()]) {
      expect(luaErrorOf(() => t.next(k))).toBe("invalid key to 'next'");
    }
    expect(luaErrorOf(() => new LuaTable().next(1))).toBe("invalid key to 'next'");
  });

  test('a key whose value became nil is still a valid position', () => {
    const t = new LuaTable();
    t.set(1, 'x');
    t.set('k', 'y');
    t.set(true, 'z');
    t.set(1, undefined);
    t.set('k', undefined);
    expect(t.next(1)).toEqual([true, 'z']);
    expect(t.next('k')).toEqual([true, 'z']);
  });
});

describe('shapes', () => {
  test('replaceField stores only into a field that holds a value', () => {
    const t = new LuaTable();
    t.setStr('x', 1);
    expect(t.replaceField('x', 2)).toBe(true);
    expect(t.getStr('x')).toBe(2);
    expect(t.replaceField('y', 3)).toBe(false);
    expect(t.getStr('y')).toBeUndefined();
    t.setStr('x', undefined);
    expect(t.replaceField('x', 4)).toBe(false);
    expect(t.getStr('x')).toBeUndefined();
  });

  test('tables built alike share a shape; other orders do not', () => {
    const make = (keys: string[]) => {
      const t = new LuaTable();
      keys.forEach((k, i) => t.setStr(k, i));
      return t;
    };
    const a = make(['x', 'y', 'z']);
    const b = make(['x', 'y', 'z']);
    const c = make(['y', 'x', 'z']);
    expect(a.shape).toBe(b.shape);
    expect(a.shape).not.toBe(c.shape);
    expect(a.shape.keys).toEqual(['x', 'y', 'z']);
    expect(a.shape.lookup('y')).toBe(1);
    expect(a.shape.lookup('w')).toBe(-1);
    expect(new LuaTable().shape).toBe(ROOT_SHAPE);
    // a constructor's named fields take the same path
    const d = new LuaTable(0, 3);
    d.setStr('x', 0);
    d.setStr('y', 1);
    d.setStr('z', 2);
    expect(d.shape).toBe(a.shape);
  });

  test('nil keeps the slot and the shape; setting again reuses the slot', () => {
    const t = new LuaTable();
    t.setStr('a', 1);
    t.setStr('b', 2);
    const shape = t.shape;
    t.setStr('a', undefined);
    expect(t.shape).toBe(shape);
    expect(t.getStr('a')).toBeUndefined();
    t.setStr('a', 3);
    expect(t.shape).toBe(shape);
    expect(t.slots).toEqual([3, 2]);
  });

  test('a rehash drops nil-valued string keys, moving to the shape of the rest', () => {
    const t = new LuaTable();
    t.setStr('a', 1);
    t.setStr('b', 2);
    t.setStr('a', undefined);
    t.setStr('c', 3); // the node part is full: rehash
    const u = new LuaTable();
    u.setStr('b', 0);
    u.setStr('c', 0);
    expect(t.shape).toBe(u.shape);
    expect(entries(t)).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
  });

  test('many string keys switch a table to a private dictionary shape', () => {
    const t = new LuaTable();
    const n = MAX_SHAPE_KEYS * 4;
    for (let i = 0; i < n; i++) t.setStr('k' + i, i);
    expect(t.shape.dictionary).toBe(true);
    const u = new LuaTable();
    for (let i = 0; i < n; i++) u.setStr('k' + i, i);
    expect(u.shape).not.toBe(t.shape);
    for (let i = 0; i < n; i++) expect(t.getStr('k' + i)).toBe(i);
    expect(entries(t).length).toBe(n);
    for (let i = 0; i < n; i += 2) t.setStr('k' + i, undefined);
    t.setInt(1, 'one');
    expect(entries(t).length).toBe(n / 2 + 1);
    for (let i = 1; i < n; i += 2) expect(t.getStr('k' + i)).toBe(i);
  });

  test('string keys used as a churning set stay bounded', () => {
    const t = new LuaTable();
    for (let i = 0; i < 10000; i++) {
      t.setStr('key' + i, true);
      t.setStr('key' + i, undefined);
    }
    expect(t.slots.length).toBeLessThanOrEqual(t.hashCap);
    expect(t.hashCap).toBeLessThanOrEqual(2);
    expect(entries(t)).toEqual([]);
  });
});

describe('randomized against a Map model', () => {
  test('get, next and length agree with the model after every operation', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 4294967296;
    };
    const objects = [new LuaTable(), new LuaUserdata(), true, false];
    const randomKey = (): LuaValue => {
      const r = rnd();
      if (r < 0.5) return 1 + Math.floor(rnd() * 40);
      if (r < 0.7) return 'k' + Math.floor(rnd() * 30);
      if (r < 0.8) return Math.floor(rnd() * 20) - 10 + 0.25;
      if (r < 0.9) return objects[Math.floor(rnd() * objects.length)];
      return 2 ** 31 + Math.floor(rnd() * 4);
    };
    for (let round = 0; round < 40; round++) {
      const t = new LuaTable(Math.floor(rnd() * 5), Math.floor(rnd() * 5));
      const model = new Map<LuaValue, LuaValue>();
      for (let op = 0; op < 150; op++) {
        const k = randomKey();
        const v = rnd() < 0.35 ? undefined : op;
        t.set(k, v);
        if (v === undefined) model.delete(k);
        else model.set(k, v);
        const problems: string[] = [];
        for (const [mk, mv] of model) if (t.get(mk) !== mv) problems.push(`get ${String(mk)}`);
        const seen = entries(t);
        if (seen.length !== model.size) problems.push(`next visits ${seen.length} of ${model.size}`);
        for (const [ek, ev] of seen) if (model.get(ek) !== ev) problems.push(`next gives ${String(ek)}`);
        const n = t.length();
        if (!((n === 0 || t.get(n) !== undefined) && t.get(n + 1) === undefined)) problems.push(`#t = ${n} is no border`);
        if (t.slots.length !== t.shape.size) problems.push('slots and shape differ');
        if (t.slots.length + (t.hash === undefined ? 0 : t.hash.keys.length) > t.hashCap) problems.push('nodes over hashCap');
        expect([round, op, problems]).toEqual([round, op, []]);
      }
    }
  });
});
