/**
 * Code generation for expressions, as Lua 5.1's lcode.c: discharging an ExpDesc into a register
 * or an RK operand, stores, SELF, conditional jumps (`goIfTrue` / `goIfFalse`), `not`, constant
 * folding, arithmetic, comparisons and the prefix/infix/postfix hooks the expression compiler
 * calls around each operator.
 *
 * Invariants (Lua's): a temporary register is freed exactly once, in stack order; a value with
 * pending jumps (t/f lists) is materialized by `exp2reg`, which adds LOADBOOL pairs only when some
 * jump does not already deliver its value through a TESTSET; folding never produces NaN and never
 * divides by zero (Lua 5.1 folds -0, which the constant table then merges with 0, as Lua does).
 * Every constant can be an RK operand (opcodes.ts has no 256-constant limit), so `exp2RK` never
 * loads a constant into a register the way Lua 5.1 does past its 256th constant.
 */

import { FIELDS_PER_FLUSH, Op, rkConstant } from './opcodes.js';
import { ExpDesc, ExpKind, MULTRET, NO_JUMP, NO_REG } from './expdesc.js';
import type { FuncState } from './funcstate.js';
import {
  code,
  codeNil,
  concat,
  condJump,
  getLabel,
  jump,
  jumpControl,
  needValue,
  patchListAux,
  patchToHere,
  removeValues,
} from './jumps.js';
import type { BinaryOp, UnaryOp } from '../syntax/ast.js';
import { luaMod, luaPow } from './numeric.js';

const { VNIL, VTRUE, VFALSE, VK, VKNUM, VLOCAL, VUPVAL, VGLOBAL, VINDEXED, VJMP, VRELOCABLE, VNONRELOC, VCALL, VVARARG } =
  ExpKind;

function hasJumps(e: ExpDesc): boolean {
  return e.t !== e.f;
}

function isNumeral(e: ExpDesc): boolean {
  return e.k === VKNUM && e.t === NO_JUMP && e.f === NO_JUMP;
}

export function stringK(fs: FuncState, s: string): number {
  return fs.addK(s);
}

export function numberK(fs: FuncState, n: number): number {
  return fs.addK(n);
}

/** Fixes the number of results of an open call or `...` (MULTRET: all). */
export function setReturns(fs: FuncState, e: ExpDesc, nresults: number): void {
  if (e.k === VCALL) {
    fs.c[e.info] = nresults + 1;
  } else if (e.k === VVARARG) {
    fs.b[e.info] = nresults + 1;
    fs.a[e.info] = fs.freereg;
    fs.reserveRegs(1);
  }
}

export function setMultRet(fs: FuncState, e: ExpDesc): void {
  setReturns(fs, e, MULTRET);
}

/** An open call or `...` truncated to one value. */
export function setOneRet(fs: FuncState, e: ExpDesc): void {
  if (e.k === VCALL) {
    e.k = VNONRELOC;
    e.info = fs.a[e.info]!;
  } else if (e.k === VVARARG) {
    fs.b[e.info] = 2;
    e.k = VRELOCABLE;
  }
}

/** Emits the load of a variable (its result register still open). */
export function dischargeVars(fs: FuncState, e: ExpDesc): void {
  switch (e.k) {
    case VLOCAL:
      e.k = VNONRELOC;
      break;
    case VUPVAL:
      e.info = code(fs, Op.GETUPVAL, 0, e.info, 0);
      e.k = VRELOCABLE;
      break;
    case VGLOBAL:
      e.info = code(fs, Op.GETGLOBAL, 0, e.info, 0);
      e.k = VRELOCABLE;
      break;
    case VINDEXED:
      fs.freeReg(e.aux);
      fs.freeReg(e.info);
      e.info = code(fs, Op.GETTABLE, 0, e.info, e.aux);
      e.k = VRELOCABLE;
      break;
    case VVARARG:
    case VCALL:
      setOneRet(fs, e);
      break;
    default:
      break;
  }
}

function codeLabel(fs: FuncState, a: number, b: number, jumpOver: number): number {
  getLabel(fs); // these instructions may be jump targets
  return code(fs, Op.LOADBOOL, a, b, jumpOver);
}

function discharge2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case VNIL:
      codeNil(fs, reg, 1);
      break;
    case VFALSE:
    case VTRUE:
      code(fs, Op.LOADBOOL, reg, e.k === VTRUE ? 1 : 0, 0);
      break;
    case VK:
      code(fs, Op.LOADK, reg, e.info, 0);
      break;
    case VKNUM:
      code(fs, Op.LOADK, reg, numberK(fs, e.nval), 0);
      break;
    case VRELOCABLE:
      fs.a[e.info] = reg;
      break;
    case VNONRELOC:
      if (reg !== e.info) code(fs, Op.MOVE, reg, e.info, 0);
      break;
    default:
      return; // VVOID or VJMP: nothing to do
  }
  e.info = reg;
  e.k = VNONRELOC;
}

function discharge2anyreg(fs: FuncState, e: ExpDesc): void {
  if (e.k !== VNONRELOC) {
    fs.reserveRegs(1);
    discharge2reg(fs, e, fs.freereg - 1);
  }
}

function exp2reg(fs: FuncState, e: ExpDesc, reg: number): void {
  discharge2reg(fs, e, reg);
  if (e.k === VJMP) e.t = concat(fs, e.t, e.info);
  if (hasJumps(e)) {
    let pf = NO_JUMP; // position of an eventual LOADBOOL false
    let pt = NO_JUMP; // position of an eventual LOADBOOL true
    if (needValue(fs, e.t) || needValue(fs, e.f)) {
      const fj = e.k === VJMP ? NO_JUMP : jump(fs);
      pf = codeLabel(fs, reg, 0, 1);
      pt = codeLabel(fs, reg, 1, 0);
      patchToHere(fs, fj);
    }
    const final = getLabel(fs);
    patchListAux(fs, e.f, final, reg, pf);
    patchListAux(fs, e.t, final, reg, pt);
  }
  e.f = e.t = NO_JUMP;
  e.info = reg;
  e.k = VNONRELOC;
}

/** Puts the value in the next free register. */
export function exp2nextreg(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  fs.freeExp(e);
  fs.reserveRegs(1);
  exp2reg(fs, e, fs.freereg - 1);
}

/** Puts the value in some register (its own if it has one); returns the register. */
export function exp2anyreg(fs: FuncState, e: ExpDesc): number {
  dischargeVars(fs, e);
  if (e.k === VNONRELOC) {
    if (!hasJumps(e)) return e.info;
    if (e.info >= fs.nactvar) {
      // A temporary: the value can go there.
      exp2reg(fs, e, e.info);
      return e.info;
    }
  }
  exp2nextreg(fs, e);
  return e.info;
}

/** Makes the expression a value (not a variable reference), constants staying constants. */
export function exp2val(fs: FuncState, e: ExpDesc): void {
  if (hasJumps(e)) exp2anyreg(fs, e);
  else dischargeVars(fs, e);
}

/** The expression as an RK operand: a constant (negative) or a register. */
export function exp2RK(fs: FuncState, e: ExpDesc): number {
  exp2val(fs, e);
  switch (e.k) {
    case VKNUM:
    case VTRUE:
    case VFALSE:
    case VNIL:
      e.info = e.k === VNIL ? fs.addK(undefined) : e.k === VKNUM ? numberK(fs, e.nval) : fs.addK(e.k === VTRUE);
      e.k = VK;
      return rkConstant(e.info);
    case VK:
      return rkConstant(e.info);
    default:
      return exp2anyreg(fs, e);
  }
}

/** Stores `ex` into the variable `v` (luaK_storevar). */
export function storeVar(fs: FuncState, v: ExpDesc, ex: ExpDesc): void {
  switch (v.k) {
    case VLOCAL:
      fs.freeExp(ex);
      exp2reg(fs, ex, v.info);
      return;
    case VUPVAL: {
      const e = exp2anyreg(fs, ex);
      code(fs, Op.SETUPVAL, e, v.info, 0);
      break;
    }
    case VGLOBAL: {
      const e = exp2anyreg(fs, ex);
      code(fs, Op.SETGLOBAL, e, v.info, 0);
      break;
    }
    case VINDEXED: {
      const e = exp2RK(fs, ex);
      code(fs, Op.SETTABLE, v.info, v.aux, e);
      break;
    }
    default:
      throw new Error(`cannot store into an expression of kind ${v.k}`);
  }
  fs.freeExp(ex);
}

/** `e:key(...)`: SELF puts the method and the object in two fresh registers. */
export function codeSelf(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  exp2anyreg(fs, e);
  fs.freeExp(e);
  const func = fs.freereg;
  fs.reserveRegs(2);
  code(fs, Op.SELF, func, e.info, exp2RK(fs, key));
  fs.freeExp(key);
  e.info = func;
  e.k = VNONRELOC;
}

function invertJump(fs: FuncState, e: ExpDesc): void {
  const pc = jumpControl(fs, e.info);
  fs.a[pc] = fs.a[pc] === 0 ? 1 : 0;
}

function jumpOnCond(fs: FuncState, e: ExpDesc, cond: number): number {
  if (e.k === VRELOCABLE && fs.op[e.info] === Op.NOT) {
    // `not x` as a condition: drop the NOT and test x the other way.
    const b = fs.b[e.info]!;
    fs.unemit();
    return condJump(fs, Op.TEST, b, 0, cond === 0 ? 1 : 0);
  }
  discharge2anyreg(fs, e);
  fs.freeExp(e);
  return condJump(fs, Op.TESTSET, NO_REG, e.info, cond);
}

/** Falls through when `e` is true; its false list collects the jumps out. */
export function goIfTrue(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  dischargeVars(fs, e);
  switch (e.k) {
    case VK:
    case VKNUM:
    case VTRUE:
      pc = NO_JUMP; // always true
      break;
    case VJMP:
      invertJump(fs, e);
      pc = e.info;
      break;
    default:
      pc = jumpOnCond(fs, e, 0);
      break;
  }
  e.f = concat(fs, e.f, pc);
  patchToHere(fs, e.t);
  e.t = NO_JUMP;
}

/** Falls through when `e` is false; its true list collects the jumps out. */
export function goIfFalse(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  dischargeVars(fs, e);
  switch (e.k) {
    case VNIL:
    case VFALSE:
      pc = NO_JUMP; // always false
      break;
    case VJMP:
      pc = e.info;
      break;
    default:
      pc = jumpOnCond(fs, e, 1);
      break;
  }
  e.t = concat(fs, e.t, pc);
  patchToHere(fs, e.f);
  e.f = NO_JUMP;
}

function codeNot(fs: FuncState, e: ExpDesc): void {
  dischargeVars(fs, e);
  switch (e.k) {
    case VNIL:
    case VFALSE:
      e.k = VTRUE;
      break;
    case VK:
    case VKNUM:
    case VTRUE:
      e.k = VFALSE;
      break;
    case VJMP:
      invertJump(fs, e);
      break;
    case VRELOCABLE:
    case VNONRELOC:
      discharge2anyreg(fs, e);
      fs.freeExp(e);
      e.info = code(fs, Op.NOT, 0, e.info, 0);
      e.k = VRELOCABLE;
      break;
    default:
      throw new Error(`cannot negate an expression of kind ${e.k}`);
  }
  const temp = e.f;
  e.f = e.t;
  e.t = temp;
  removeValues(fs, e.f);
  removeValues(fs, e.t);
}

/** `t[k]`: t must already be in a register. */
export function indexed(fs: FuncState, t: ExpDesc, k: ExpDesc): void {
  t.aux = exp2RK(fs, k);
  t.k = VINDEXED;
}

function constFolding(op: number, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!isNumeral(e1) || !isNumeral(e2)) return false;
  const v1 = e1.nval;
  const v2 = e2.nval;
  let r: number;
  switch (op) {
    case Op.ADD:
      r = v1 + v2;
      break;
    case Op.SUB:
      r = v1 - v2;
      break;
    case Op.MUL:
      r = v1 * v2;
      break;
    case Op.DIV:
      if (v2 === 0) return false;
      r = v1 / v2;
      break;
    case Op.MOD:
      if (v2 === 0) return false;
      r = luaMod(v1, v2);
      break;
    case Op.POW:
      r = luaPow(v1, v2);
      break;
    case Op.UNM:
      r = -v1;
      break;
    default:
      return false; // LEN and CONCAT never fold
  }
  if (Number.isNaN(r)) return false;
  e1.nval = r;
  return true;
}

function codeArith(fs: FuncState, op: number, e1: ExpDesc, e2: ExpDesc): void {
  if (constFolding(op, e1, e2)) return;
  const o2 = op !== Op.UNM && op !== Op.LEN ? exp2RK(fs, e2) : 0;
  const o1 = exp2RK(fs, e1);
  // Free in stack order (only registers are freed; a constant operand frees nothing).
  if (o1 > o2) {
    fs.freeExp(e1);
    fs.freeExp(e2);
  } else {
    fs.freeExp(e2);
    fs.freeExp(e1);
  }
  e1.info = code(fs, op, 0, o1, o2);
  e1.k = VRELOCABLE;
}

function codeComp(fs: FuncState, op: number, cond: number, e1: ExpDesc, e2: ExpDesc): void {
  let o1 = exp2RK(fs, e1);
  let o2 = exp2RK(fs, e2);
  fs.freeExp(e2);
  fs.freeExp(e1);
  if (cond === 0 && op !== Op.EQ) {
    // a > b is b < a, a >= b is b <= a
    const temp = o1;
    o1 = o2;
    o2 = temp;
    cond = 1;
  }
  e1.info = condJump(fs, op, cond, o1, o2);
  e1.k = VJMP;
}

/** A unary operator applied to the compiled operand `e` (luaK_prefix). */
export function prefix(fs: FuncState, op: UnaryOp, e: ExpDesc): void {
  const e2 = new ExpDesc();
  e2.initNumber(0);
  switch (op) {
    case 'neg':
      if (!isNumeral(e)) exp2anyreg(fs, e); // cannot operate on non-numeric constants
      codeArith(fs, Op.UNM, e, e2);
      break;
    case 'not':
      codeNot(fs, e);
      break;
    case 'len':
      exp2anyreg(fs, e); // cannot operate on constants
      codeArith(fs, Op.LEN, e, e2);
      break;
  }
}

/** What the left operand needs before the right one is compiled (luaK_infix). */
export function infix(fs: FuncState, op: BinaryOp, v: ExpDesc): void {
  switch (op) {
    case 'and':
      goIfTrue(fs, v);
      break;
    case 'or':
      goIfFalse(fs, v);
      break;
    case 'concat':
      exp2nextreg(fs, v); // operands must be consecutive registers
      break;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod':
    case 'pow':
      if (!isNumeral(v)) exp2RK(fs, v);
      break;
    default:
      exp2RK(fs, v);
      break;
  }
}

/** Combines the operands into e1 (luaK_posfix). */
export function posfix(fs: FuncState, op: BinaryOp, e1: ExpDesc, e2: ExpDesc): void {
  switch (op) {
    case 'and':
      dischargeVars(fs, e2);
      e2.f = concat(fs, e2.f, e1.f);
      e1.copyFrom(e2);
      break;
    case 'or':
      dischargeVars(fs, e2);
      e2.t = concat(fs, e2.t, e1.t);
      e1.copyFrom(e2);
      break;
    case 'concat':
      exp2val(fs, e2);
      if (e2.k === VRELOCABLE && fs.op[e2.info] === Op.CONCAT) {
        // a .. (b .. c): extend the right CONCAT down to a's register.
        fs.freeExp(e1);
        fs.b[e2.info] = e1.info;
        e1.k = VRELOCABLE;
        e1.info = e2.info;
      } else {
        exp2nextreg(fs, e2);
        codeArith(fs, Op.CONCAT, e1, e2);
      }
      break;
    case 'add':
      codeArith(fs, Op.ADD, e1, e2);
      break;
    case 'sub':
      codeArith(fs, Op.SUB, e1, e2);
      break;
    case 'mul':
      codeArith(fs, Op.MUL, e1, e2);
      break;
    case 'div':
      codeArith(fs, Op.DIV, e1, e2);
      break;
    case 'mod':
      codeArith(fs, Op.MOD, e1, e2);
      break;
    case 'pow':
      codeArith(fs, Op.POW, e1, e2);
      break;
    case 'eq':
      codeComp(fs, Op.EQ, 1, e1, e2);
      break;
    case 'ne':
      codeComp(fs, Op.EQ, 0, e1, e2);
      break;
    case 'lt':
      codeComp(fs, Op.LT, 1, e1, e2);
      break;
    case 'le':
      codeComp(fs, Op.LE, 1, e1, e2);
      break;
    case 'gt':
      codeComp(fs, Op.LT, 0, e1, e2);
      break;
    case 'ge':
      codeComp(fs, Op.LE, 0, e1, e2);
      break;
  }
}

/** SETLIST for `tostore` pending items (MULTRET: up to top) of the table in `base`. */
export function setList(fs: FuncState, base: number, nelems: number, tostore: number): void {
  const c = Math.floor((nelems - 1) / FIELDS_PER_FLUSH) + 1;
  const b = tostore === MULTRET ? 0 : tostore;
  code(fs, Op.SETLIST, base, b, c);
  fs.freereg = base + 1;
}

