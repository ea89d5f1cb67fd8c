/**
 * Names of values for error messages, as Lua 5.1's ldebug.c finds them: "attempt to call
 * global 'f'", "attempt to index field 'x'", "bad argument #1 to 'insert'".
 *
 * `describeRegister` is getobjname: a register that holds an active local at pc is that local;
 * otherwise symbolic execution (symbexec, in its tracing form) finds the last instruction before
 * pc that set the register, following forward jumps that stay before pc, and names the value by
 * that instruction: GETGLOBAL (global), GETTABLE (field, when the key is a string constant),
 * GETUPVAL (upvalue), SELF (method), MOVE from a lower register (that register's name).
 * `describeCall` is getfuncname: the name of the function a CALL/TAILCALL/TFORLOOP calls.
 *
 * Which instructions "set" a register follows Lua 5.1's opmode table (lopcodes.c), where TEST
 * and TAILCALL also count as setting R(A); this project has no CLOSURE pseudo-instructions nor
 * SETLIST extra words, so symbexec has nothing to skip.
 */

import { Op, isConstant, constantIndex } from './opcodes.js';
import type { Proto } from './proto.js';

export type NameKind = 'local' | 'global' | 'field' | 'upvalue' | 'method';

export interface VarName {
  readonly kind: NameKind;
  readonly name: string;
}

/** Lua 5.1's testAMode: the opcodes that write R(A). */
const SETS_A: readonly boolean[] = (() => {
  const sets: boolean[] = [];
  const writers = [
    Op.MOVE, Op.LOADK, Op.LOADBOOL, Op.LOADNIL, Op.GETUPVAL, Op.GETGLOBAL, Op.GETTABLE,
    Op.NEWTABLE, Op.SELF, Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.POW, Op.UNM, Op.NOT,
    Op.LEN, Op.CONCAT, Op.TEST, Op.TESTSET, Op.CALL, Op.TAILCALL, Op.FORLOOP, Op.FORPREP,
    Op.CLOSURE, Op.VARARG,
  ];
  for (const op of writers) sets[op] = true;
  return sets;
})();

/**
 * The name of the n-th (1-based) local variable active at pc, or undefined (luaF_getlocalname).
 * Locals are in order of declaration, so the n-th active one lives in register n-1.
 */
export function localName(p: Proto, n: number, pc: number): string | undefined {
  const locals = p.locals;
  for (let i = 0; i < locals.length && locals[i]!.startPc <= pc; i++) {
    if (pc < locals[i]!.endPc) {
      n--;
      if (n === 0) return locals[i]!.name;
    }
  }
  return undefined;
}

/** The pc of the last instruction before `lastPc` that set `reg` (or the final RETURN). */
function lastSetter(p: Proto, lastPc: number, reg: number): number {
  let last = p.size - 1; // the final RETURN: names nothing
  for (let pc = 0; pc < lastPc; pc++) {
    const op = p.op[pc]!;
    const a = p.a[pc]!;
    const b = p.b[pc]!;
    if (SETS_A[op] === true && a === reg) last = pc;
    switch (op) {
      case Op.LOADNIL:
        if (a <= reg && reg <= b) last = pc;
        break;
      case Op.SELF:
        if (reg === a + 1) last = pc;
        break;
      case Op.TFORLOOP:
        if (reg >= a + 2) last = pc;
        break;
      case Op.CALL:
      case Op.TAILCALL:
        if (reg >= a) last = pc;
        break;
      case Op.JMP:
      case Op.FORLOOP:
      case Op.FORPREP: {
        const dest = pc + 1 + b;
        if (pc < dest && dest <= lastPc) pc += b; // a forward jump that does not skip lastPc
        break;
      }
      default:
        break;
    }
  }
  return last;
}

function constantName(p: Proto, rk: number): string {
  if (isConstant(rk)) {
    const k = p.k[constantIndex(rk)];
    if (typeof k === 'string') return k;
  }
  return '?';
}

/** What R(reg) holds just before instruction pc executes (ldebug.c getobjname). */
export function describeRegister(p: Proto, pc: number, reg: number): VarName | undefined {
  const local = localName(p, reg + 1, pc);
  if (local !== undefined) return { kind: 'local', name: local };
  const i = lastSetter(p, pc, reg);
  switch (p.op[i]) {
    case Op.GETGLOBAL:
      return { kind: 'global', name: String(p.k[p.b[i]!]) };
    case Op.MOVE: {
      const a = p.a[i]!;
      const b = p.b[i]!;
      return b < a ? describeRegister(p, pc, b) : undefined;
    }
    case Op.GETTABLE:
      return { kind: 'field', name: constantName(p, p.c[i]!) };
    case Op.GETUPVAL:
      return { kind: 'upvalue', name: p.upvalues[p.b[i]!]?.name ?? '?' };
    case Op.SELF:
      return { kind: 'method', name: constantName(p, p.c[i]!) };
    default:
      return undefined;
  }
}

/** The name of the function called by the CALL / TAILCALL / TFORLOOP at pc (ldebug.c getfuncname). */
export function describeCall(p: Proto, pc: number): VarName | undefined {
  const op = p.op[pc];
  if (op === Op.CALL || op === Op.TAILCALL || op === Op.TFORLOOP) return describeRegister(p, pc, p.a[pc]!);
  return undefined;
}
