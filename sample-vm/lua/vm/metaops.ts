/**
 * Lua 5.1's metamethod-aware operations (lvm.c's luaV_gettable, luaV_settable, luaV_arith,
 * luaV_concat, luaV_equalval, luaV_lessthan, lessequal; ltm.c's metatable lookup), one
 * implementation each, shared by the dispatch loop's slow paths and the LuaRuntime methods the
 * libraries call.
 *
 * `reg` parameters name the register an operand was read from (-1: none, e.g. a constant or a
 * library call), so that an error can say "local 'x'"; the subclass decides how errors are
 * positioned (`runtimeError`) and how metamethods run (`callMeta`). Every operand check follows
 * 5.1's order, so the same operand is blamed.
 */

import { luaMod, luaPow } from '../bytecode/numeric.js';
import { numberToString, toNumber } from '../value/number.js';
import { LuaFunction } from '../value/function.js';
import { LuaTable } from '../value/table.js';
import { LuaUserdata } from '../value/userdata.js';
import { truthy, type LuaValue } from '../value/value.js';
import { Op } from '../bytecode/opcodes.js';
import { orderErrorText } from './messages.js';

/** Lua's MAXTAGLOOP: the longest __index / __newindex chain. */
export const MAX_TAG_LOOP = 100;

/** The metamethod name of an arithmetic opcode. */
export function arithEvent(op: number): string {
  switch (op) {
    case Op.ADD:
      return '__add';
    case Op.SUB:
      return '__sub';
    case Op.MUL:
      return '__mul';
    case Op.DIV:
      return '__div';
    case Op.MOD:
      return '__mod';
    case Op.POW:
      return '__pow';
    default:
      return '__unm';
  }
}

/** Arithmetic on two numbers, as lvm.c's luai_num* macros. */
export function arithNumbers(op: number, x: number, y: number): number {
  switch (op) {
    case Op.ADD:
      return x + y;
    case Op.SUB:
      return x - y;
    case Op.MUL:
      return x * y;
    case Op.DIV:
      return x / y;
    case Op.MOD:
      return luaMod(x, y);
    case Op.POW:
      return luaPow(x, y);
    default:
      return -x;
  }
}

function isStringOrNumber(v: LuaValue): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

export abstract class MetaOps {
  stringMetatable: LuaTable | undefined = undefined;

  /** Calls a metamethod with two operands and returns its first result. */
  abstract callMeta(fn: LuaValue, a: LuaValue, b: LuaValue): LuaValue;
  /** Calls a metamethod with three operands, discarding results (__newindex). */
  abstract callMeta3(fn: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue): void;
  /** The error `msg`, positioned at the running Lua instruction when Lua code is running. */
  abstract runtimeError(msg: string): Error;
  /** luaG_typeerror: "attempt to <op> <described register> (a <type> value)". */
  abstract operandError(value: LuaValue, op: string, reg: number): Error;

  getMetatable(v: LuaValue): LuaTable | undefined {
    if (v instanceof LuaTable) return v.metatable;
    if (typeof v === 'string') return this.stringMetatable;
    if (v instanceof LuaUserdata) return v.metatable;
    return undefined;
  }

  metamethod(v: LuaValue, event: string): LuaValue {
    const mt = this.getMetatable(v);
    return mt === undefined ? undefined : mt.getStr(event);
  }

  /** luaV_gettable: t[key] through __index chains. */
  getTable(t: LuaValue, key: LuaValue, reg: number): LuaValue {
    for (let loop = 0; loop < MAX_TAG_LOOP; loop++) {
      let tm: LuaValue;
      if (t instanceof LuaTable) {
        const v = t.get(key);
        if (v !== undefined) return v;
        const mt = t.metatable;
        if (mt === undefined) return undefined;
        tm = mt.getStr('__index');
        if (tm === undefined) return undefined;
      } else {
        tm = this.metamethod(t, '__index');
        if (tm === undefined) throw this.operandError(t, 'index', loop === 0 ? reg : -1);
      }
      if (tm instanceof LuaFunction) return this.callMeta(tm, t, key);
      t = tm;
    }
    throw this.runtimeError('loop in gettable');
  }

  /** luaV_settable: t[key] = v through __newindex chains. */
  setTable(t: LuaValue, key: LuaValue, v: LuaValue, reg: number): void {
    for (let loop = 0; loop < MAX_TAG_LOOP; loop++) {
      let tm: LuaValue;
      if (t instanceof LuaTable) {
        if (key === undefined) throw this.runtimeError('table index is nil');
        if (typeof key === 'number' && key !== key) throw this.runtimeError('table index is NaN');
        const mt = t.metatable;
        if (mt === undefined || t.get(key) !== undefined) {
          t.set(key, v);
          return;
        }
        tm = mt.getStr('__newindex');
        if (tm === undefined) {
          t.set(key, v);
          return;
        }
      } else {
        tm = this.metamethod(t, '__newindex');
        if (tm === undefined) throw this.operandError(t, 'index', loop === 0 ? reg : -1);
      }
      if (tm instanceof LuaFunction) {
        this.callMeta3(tm, t, key, v);
        return;
      }
      t = tm;
    }
    throw this.runtimeError('loop in settable');
  }

  /** luaV_arith (and UNM with b === a): numbers and numeric strings, else __add..__unm. */
  arith(op: number, a: LuaValue, b: LuaValue, regA: number, regB: number): LuaValue {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== undefined && y !== undefined) return arithNumbers(op, x, y);
    const event = arithEvent(op);
    let tm = this.metamethod(a, event);
    if (tm === undefined) tm = this.metamethod(b, event);
    if (tm === undefined) {
      // luaG_aritherror blames the first operand that is not convertible.
      if (x === undefined) throw this.operandError(a, 'perform arithmetic on', regA);
      throw this.operandError(b, 'perform arithmetic on', regB);
    }
    return this.callMeta(tm, a, b);
  }

  /** The length operator: strings and tables raw, anything else through __len. */
  len(v: LuaValue, reg: number): LuaValue {
    if (typeof v === 'string') return v.length;
    if (v instanceof LuaTable) return v.length();
    const tm = this.metamethod(v, '__len');
    if (tm === undefined) throw this.operandError(v, 'get length of', reg);
    return this.callMeta(tm, v, undefined);
  }

  /**
   * luaV_concat over registers first..last (right to left, as many strings and numbers at a
   * time as possible, __concat for the rest); intermediate results land in the registers as in
   * Lua. Returns the value left in `first`.
   */
  concat(regs: LuaValue[], first: number, last: number): LuaValue {
    let top = last;
    let total = last - first + 1;
    while (total > 1) {
      const a = regs[top - 1];
      const b = regs[top];
      let n = 2;
      if (!isStringOrNumber(a) || !isStringOrNumber(b)) {
        let tm = this.metamethod(a, '__concat');
        if (tm === undefined) tm = this.metamethod(b, '__concat');
        if (tm === undefined) {
          if (isStringOrNumber(a)) throw this.operandError(b, 'concatenate', top);
          throw this.operandError(a, 'concatenate', top - 1);
        }
        regs[top - 1] = this.callMeta(tm, a, b);
      } else {
        n = 1;
        while (n < total && isStringOrNumber(regs[top - n])) n++;
        let s = '';
        for (let r = top - n + 1; r <= top; r++) {
          const v = regs[r] as string | number;
          s += typeof v === 'string' ? v : numberToString(v);
        }
        regs[top - n + 1] = s;
      }
      total -= n - 1;
      top -= n - 1;
    }
    return regs[first];
  }

  /** luaV_equalval for two distinct tables or two distinct userdata: __eq by 5.1's same-metamethod rule. */
  equalObjects(a: LuaTable | LuaUserdata, b: LuaTable | LuaUserdata): boolean {
    const mt1 = a.metatable;
    const mt2 = b.metatable;
    if (mt1 === undefined) return false;
    const tm1 = mt1.getStr('__eq');
    if (tm1 === undefined) return false;
    if (mt1 !== mt2) {
      if (mt2 === undefined) return false;
      const tm2 = mt2.getStr('__eq');
      if (tm2 !== tm1) return false;
    }
    return truthy(this.callMeta(tm1, a, b));
  }

  /** `a == b` (luaV_equalobj). */
  equals(a: LuaValue, b: LuaValue): boolean {
    if (a === b) return true;
    if (a instanceof LuaTable && b instanceof LuaTable) return this.equalObjects(a, b);
    if (a instanceof LuaUserdata && b instanceof LuaUserdata) return this.equalObjects(a, b);
    return false;
  }

  /** call_orderTM: the shared metamethod's truth, or undefined when there is none. */
  private orderMeta(a: LuaValue, b: LuaValue, event: string): boolean | undefined {
    const tm1 = this.metamethod(a, event);
    if (tm1 === undefined) return undefined;
    const tm2 = this.metamethod(b, event);
    if (tm1 !== tm2) return undefined;
    return truthy(this.callMeta(tm1, a, b));
  }

  /** luaV_lessthan. */
  lessThan(a: LuaValue, b: LuaValue): boolean {
    const ta = typeof a;
    if (ta === 'number' && typeof b === 'number') return (a as number) < b;
    if (ta === 'string' && typeof b === 'string') return (a as string) < b;
    if (sameType(a, b)) {
      const r = this.orderMeta(a, b, '__lt');
      if (r !== undefined) return r;
    }
    throw this.runtimeError(orderErrorText(a, b));
  }

  /** lessequal: __le, else not __lt(b, a). */
  lessEqual(a: LuaValue, b: LuaValue): boolean {
    const ta = typeof a;
    if (ta === 'number' && typeof b === 'number') return (a as number) <= b;
    if (ta === 'string' && typeof b === 'string') return (a as string) <= b;
    if (sameType(a, b)) {
      const r = this.orderMeta(a, b, '__le');
      if (r !== undefined) return r;
      const s = this.orderMeta(b, a, '__lt');
      if (s !== undefined) return !s;
    }
    throw this.runtimeError(orderErrorText(a, b));
  }
}

/** Lua's ttype(a) == ttype(b). */
function sameType(a: LuaValue, b: LuaValue): boolean {
  const ta = typeof a;
  if (ta !== typeof b) return false;
  if (ta !== 'object') return true;
  return (
    (a instanceof LuaTable && b instanceof LuaTable) ||
    (a instanceof LuaFunction && b instanceof LuaFunction) ||
    (a instanceof LuaUserdata && b instanceof LuaUserdata) ||
    (!(a instanceof LuaTable || a instanceof LuaFunction || a instanceof LuaUserdata) &&
      !(b instanceof LuaTable || b instanceof LuaFunction || b instanceof LuaUserdata))
  );
}
