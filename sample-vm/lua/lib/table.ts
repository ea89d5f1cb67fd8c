/**
 * The table library (Lua 5.1's ltablib.c): concat, insert, remove, maxn, sort, getn, setn,
 * foreach, foreachi.
 *
 * All element access is raw (rawgeti/rawseti) and lengths are the raw border (`#t` without
 * metamethods), as in 5.1. `sort` is ltablib.c's quicksort step for step (median of three,
 * the same comparisons in the same order), so a comparator sees the calls 5.1 makes and an
 * inconsistent one raises "invalid order function for sorting" in the same cases. The
 * comparator is called through `rt.call`; the default order is `rt.lessThan` (with __lt).
 */

import { EMPTY } from '../value/function.js';
import { LuaFunction } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import { luaType, truthy, type LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkInt, checkTable, checkType, optInt, optString, setNatives } from './args.js';

/** The state of one `table.sort` call: the table and the order. */
class Sorter {
  constructor(
    readonly rt: LuaRuntime,
    readonly t: LuaTable,
    readonly comp: LuaValue,
  ) {}

  /** a < b under the sort's order. */
  less(a: LuaValue, b: LuaValue): boolean {
    if (this.comp === undefined) return this.rt.lessThan(a, b);
    return truthy(this.rt.call(this.comp, [a, b])[0]);
  }

  /** ltablib.c's auxsort: sorts t[lo..up]. */
  sort(lo: number, up: number): void {
    const t = this.t;
    while (lo < up) {
      // sort elements a[lo], a[(lo+up)/2] and a[up]
      let a = t.getInt(lo);
      let b = t.getInt(up);
      if (this.less(b, a)) {
        t.setInt(lo, b);
        t.setInt(up, a);
      }
      if (up - lo === 1) break;
      let i = Math.floor((lo + up) / 2);
      a = t.getInt(i);
      b = t.getInt(lo);
      if (this.less(a, b)) {
        t.setInt(i, b);
        t.setInt(lo, a);
      } else {
        b = t.getInt(up);
        if (this.less(b, a)) {
          t.setInt(i, b);
          t.setInt(up, a);
        }
      }
      if (up - lo === 2) break;
      const pivot = t.getInt(i);
      t.setInt(i, t.getInt(up - 1));
      t.setInt(up - 1, pivot);
      // a[lo] <= P == a[up-1] <= a[up]: only lo+1 .. up-2 remain
      i = lo;
      let j = up - 1;
      for (;;) {
        let ai: LuaValue;
        let aj: LuaValue;
        // repeat ++i until a[i] >= P
        while (this.less((ai = t.getInt(++i)), pivot)) {
          if (i > up) this.rt.error('invalid order function for sorting');
        }
        // repeat --j until a[j] <= P
        while (this.less(pivot, (aj = t.getInt(--j)))) {
          if (j < lo) this.rt.error('invalid order function for sorting');
        }
        if (j < i) break;
        t.setInt(i, aj);
        t.setInt(j, ai);
      }
      // swap the pivot (a[up-1]) with a[i]
      const last = t.getInt(up - 1);
      t.setInt(up - 1, t.getInt(i));
      t.setInt(i, last);
      // a[lo..i-1] <= a[i] == P <= a[i+1..up]: recurse into the smaller half, loop on the larger
      if (i - lo < up - i) {
        j = lo;
        i = i - 1;
        lo = i + 2;
      } else {
        j = i + 1;
        i = up;
        up = j - 2;
      }
      this.sort(j, i);
    }
  }
}

export function openTable(rt: LuaRuntime): void {
  const lib = new LuaTable();

  setNatives(rt, lib, {
    concat: (rt, args) => {
      const sep = optString(rt, args, 2, '');
      const t = checkTable(rt, args, 1);
      let i = optInt(rt, args, 3, 1);
      const last = args[3] === undefined ? t.length() : checkInt(rt, args, 4);
      const parts: string[] = [];
      for (; i <= last; i++) {
        const v = t.getInt(i);
        if (typeof v === 'string') parts.push(v);
        else if (typeof v === 'number') parts.push(numberToString(v));
        else rt.error(`invalid value (${luaType(v)}) at index ${i} in table for 'concat'`);
      }
      return [parts.join(sep)];
    },

    foreach: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const f = args[1];
      checkType(rt, args, 2, 'function', f instanceof LuaFunction);
      for (let kv = t.next(undefined); kv !== undefined; kv = t.next(kv[0])) {
        const r = rt.call(f, [kv[0], kv[1]])[0];
        if (r !== undefined) return [r];
      }
      return EMPTY;
    },

    foreachi: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const f = args[1];
      checkType(rt, args, 2, 'function', f instanceof LuaFunction);
      const n = t.length();
      for (let i = 1; i <= n; i++) {
        const r = rt.call(f, [i, t.getInt(i)])[0];
        if (r !== undefined) return [r];
      }
      return EMPTY;
    },

    getn: (rt, args) => [checkTable(rt, args, 1).length()],

    insert: (rt, args) => {
      const t = checkTable(rt, args, 1);
      let e = t.length() + 1;
      let pos: number;
      if (args.length === 2) {
        pos = e;
      } else if (args.length === 3) {
        pos = checkInt(rt, args, 2);
        if (pos > e) e = pos;
        for (let i = e; i > pos; i--) t.setInt(i, t.getInt(i - 1));
      } else {
        return rt.error("wrong number of arguments to 'insert'");
      }
      t.setInt(pos, args[args.length - 1]);
      return EMPTY;
    },

    maxn: (rt, args) => {
      const t = checkTable(rt, args, 1);
      let max = 0;
      for (let kv = t.next(undefined); kv !== undefined; kv = t.next(kv[0])) {
        const k = kv[0];
        if (typeof k === 'number' && k > max) max = k;
      }
      return [max];
    },

    remove: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const e = t.length();
      let pos = optInt(rt, args, 2, e);
      if (!(1 <= pos && pos <= e)) return EMPTY;
      const removed = t.getInt(pos);
      for (; pos < e; pos++) t.setInt(pos, t.getInt(pos + 1));
      t.setInt(e, undefined);
      return [removed];
    },

    setn: (rt, args) => {
      checkTable(rt, args, 1);
      return rt.error("'setn' is obsolete");
    },

    sort: (rt, args) => {
      const t = checkTable(rt, args, 1);
      const n = t.length();
      const comp = args[1];
      if (comp !== undefined) checkType(rt, args, 2, 'function', comp instanceof LuaFunction);
      new Sorter(rt, t, comp).sort(1, n);
      return EMPTY;
    },
  });

  rt.globals.setStr('table', lib);
  rt.loaded.setStr('table', lib);
}
