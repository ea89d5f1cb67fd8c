/**
 * Structural checks of a Proto (in the spirit of Lua 5.1's luaG_checkcode): what the interpreter
 * and a JIT may assume about compiled code without checking it at run time. A compiler bug shows
 * up here as a readable list of problems rather than as a wrong result.
 *
 * Checked, for the function and every nested one: parallel arrays of one length; a final RETURN;
 * opcodes known; register operands below maxStack (and the ranges CALL, RETURN, LOADNIL,
 * CONCAT, SETLIST, TFORLOOP, VARARG and the for loops touch); RK and Bx constants in range,
 * GETGLOBAL/SETGLOBAL naming strings; upvalue and proto indices in range; jumps landing inside
 * the code; every compare/TEST/TESTSET/TFORLOOP followed by a JMP; VARARG only in vararg
 * functions; local variable ranges inside the code; maxStack at most 250.
 */

import { OP_NAMES, Op, opDef, isConstant, constantIndex, type OperandMode } from './opcodes.js';
import type { Proto } from './proto.js';

/** The problems found in `p` and its nested functions (empty when it is well formed). */
export function verifyProto(p: Proto): string[] {
  const problems: string[] = [];
  verifyOne(p, 'main', problems);
  return problems;
}

function verifyOne(p: Proto, where: string, out: string[]): void {
  const n = p.size;
  const fail = (pc: number, msg: string): void => {
    out.push(`${where} pc ${pc + 1} (${OP_NAMES[p.op[pc]!] ?? p.op[pc]}): ${msg}`);
  };
  if (p.a.length !== n || p.b.length !== n || p.c.length !== n || p.lines.length !== n) {
    out.push(`${where}: instruction arrays of different lengths`);
    return;
  }
  if (n === 0 || p.op[n - 1] !== Op.RETURN) out.push(`${where}: does not end with RETURN`);
  if (p.maxStack > 250) out.push(`${where}: maxStack ${p.maxStack} over 250`);
  if (p.numParams > p.maxStack) out.push(`${where}: parameters beyond maxStack`);
  const reg = (pc: number, r: number, what: string): void => {
    if (!(r >= 0 && r < p.maxStack)) fail(pc, `${what} register ${r} outside 0..${p.maxStack - 1}`);
  };
  const checkMode = (pc: number, mode: OperandMode, x: number, what: string): void => {
    switch (mode) {
      case 'reg':
        reg(pc, x, what);
        break;
      case 'rk':
        if (isConstant(x)) {
          if (constantIndex(x) >= p.k.length) fail(pc, `${what} constant ${constantIndex(x)} out of range`);
        } else reg(pc, x, what);
        break;
      case 'kst':
        if (!(x >= 0 && x < p.k.length)) fail(pc, `${what} constant ${x} out of range`);
        break;
      case 'upval':
        if (!(x >= 0 && x < p.upvalues.length)) fail(pc, `${what} upvalue ${x} out of range`);
        break;
      case 'proto':
        if (!(x >= 0 && x < p.protos.length)) fail(pc, `${what} function ${x} out of range`);
        break;
      case 'jump': {
        const dest = pc + 1 + x;
        if (!(dest >= 0 && dest < n)) fail(pc, `jump to ${dest + 1} outside the code`);
        break;
      }
      case 'int':
      case 'unused':
        break;
    }
  };
  for (let pc = 0; pc < n; pc++) {
    const op = p.op[pc]!;
    if (OP_NAMES[op] === undefined) {
      fail(pc, 'unknown opcode');
      continue;
    }
    const def = opDef(op);
    const a = p.a[pc]!;
    const b = p.b[pc]!;
    const c = p.c[pc]!;
    checkMode(pc, def.a, a, 'A');
    checkMode(pc, def.b, b, 'B');
    checkMode(pc, def.c, c, 'C');
    if (def.test === true && (pc + 1 >= n || p.op[pc + 1] !== Op.JMP)) fail(pc, 'test not followed by JMP');
    switch (op) {
      case Op.LOADBOOL:
        if (c !== 0 && pc + 2 >= n) fail(pc, 'skips past the end');
        break;
      case Op.LOADNIL:
        if (b < a) fail(pc, 'empty range');
        break;
      case Op.GETGLOBAL:
      case Op.SETGLOBAL:
        if (typeof p.k[b] !== 'string') fail(pc, 'global name is not a string constant');
        break;
      case Op.SELF:
        reg(pc, a + 1, 'A+1');
        break;
      case Op.CONCAT:
        if (b >= c) fail(pc, 'fewer than two operands');
        break;
      case Op.CALL:
      case Op.TAILCALL:
        if (b > 0) reg(pc, a + b - 1, 'last argument');
        if (c > 1) reg(pc, a + c - 2, 'last result');
        if (op === Op.TAILCALL && c !== 0) fail(pc, 'TAILCALL with C != 0');
        break;
      case Op.RETURN:
        if (b > 1) reg(pc, a + b - 2, 'last value');
        break;
      case Op.FORLOOP:
      case Op.FORPREP:
        reg(pc, a + 3, 'loop variable');
        break;
      case Op.TFORLOOP:
        if (c < 1) fail(pc, 'no loop variable');
        reg(pc, a + 2 + c, 'last loop variable');
        break;
      case Op.SETLIST:
        if (b > 0) reg(pc, a + b, 'last item');
        if (c < 1) fail(pc, 'block number below 1');
        break;
      case Op.VARARG:
        if (!p.isVararg) fail(pc, 'VARARG in a function that is not vararg');
        if (b > 1) reg(pc, a + b - 2, 'last value');
        break;
      default:
        break;
    }
  }
  p.locals.forEach((l, i) => {
    if (!(l.startPc >= 0 && l.startPc <= l.endPc && l.endPc <= n)) {
      out.push(`${where}: local ${i} '${l.name}' has range ${l.startPc}..${l.endPc} outside the code`);
    }
  });
  p.protos.forEach((child, i) => {
    child.upvalues.forEach((u, j) => {
      const limit = u.inStack ? p.maxStack : p.upvalues.length;
      if (!(u.index >= 0 && u.index < limit)) out.push(`${where}: function ${i} upvalue ${j} '${u.name}' out of range`);
    });
    verifyOne(child, `${where}/${i}`, out);
  });
}
