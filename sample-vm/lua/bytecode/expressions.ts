/**
 * Expressions, compiled in the order Lua 5.1's recursive-descent parser (lparser.c subexpr,
 * simpleexp, primaryexp, funcargs, constructor) would generate them, so that registers,
 * constants and instructions come out as Lua's: each function here leaves its result in an
 * ExpDesc without placing it, and the caller decides where it goes.
 *
 * Lines: entering a token-like node (a name, a literal, a unary operator, `(`, `{`) sets the
 * line of the next instructions to the node's line; a binary operator's own line is set before
 * its left operand is discharged (Lua reads the operator first); a call's instruction gets the
 * line of its argument list, as lparser.c's funcargs fixes it.
 */

import type { BinaryExpr, CallExpr, Expr, FunctionBody, IndexExpr, MethodCallExpr, TableExpr } from '../syntax/ast.js';
import { FIELDS_PER_FLUSH, Op } from './opcodes.js';
import { ExpDesc, ExpKind, MULTRET, NO_REG, hasMultRet } from './expdesc.js';
import type { FuncState } from './funcstate.js';
import { code } from './jumps.js';
import {
  codeSelf,
  dischargeVars,
  exp2RK,
  exp2anyreg,
  exp2nextreg,
  exp2val,
  indexed,
  infix,
  posfix,
  prefix,
  setList,
  setMultRet,
  stringK,
} from './codegen.js';
import { compileFunction } from './functions.js';

const { VVOID, VNIL, VTRUE, VFALSE, VK, VLOCAL, VUPVAL, VGLOBAL, VCALL, VVARARG, VRELOCABLE } = ExpKind;

type SpineExpr = BinaryExpr | IndexExpr | CallExpr | MethodCallExpr;

/** The left operand of an expression compiled before the rest of it, or undefined. */
function leftOf(e: Expr): Expr | undefined {
  switch (e.kind) {
    case 'Binary':
      return e.left;
    case 'Index':
    case 'MethodCall':
      return e.object;
    case 'Call':
      return e.callee;
    default:
      return undefined;
  }
}

/**
 * Compiles `e` into `v` (lparser.c expr). Left spines (`a + b + c`, `a.b.c`, `f()()`) are walked
 * with a loop, as Lua's parser loops over them, so their length is not bounded by the stack.
 */
export function expr(fs: FuncState, e: Expr, v: ExpDesc): void {
  fs.nearExpr = e;
  let left = leftOf(e);
  if (left === undefined) {
    simpleExpr(fs, e, v);
    return;
  }
  const spine: SpineExpr[] = [e as SpineExpr];
  while (left !== undefined) {
    const next = leftOf(left);
    if (next === undefined) break;
    spine.push(left as SpineExpr);
    left = next;
  }
  // The token after an operand is the operator that follows it (its line is the Binary's).
  const follow = fs.nextLine;
  fs.nextLine = followingLine(spine[spine.length - 1]!, follow);
  expr(fs, left, v);
  for (let i = spine.length - 1; i >= 0; i--) {
    fs.nextLine = i > 0 ? followingLine(spine[i - 1]!, follow) : follow;
    suffix(fs, spine[i]!, v);
  }
  fs.nextLine = follow;
}

/** The line of the token after the left operand of `outer`, if known from the tree. */
function followingLine(outer: SpineExpr, otherwise: number): number {
  return outer.kind === 'Binary' ? outer.line : otherwise;
}

/** The rest of a spine expression, once its left operand is in `v`. */
function suffix(fs: FuncState, e: SpineExpr, v: ExpDesc): void {
  fs.nearExpr = e;
  switch (e.kind) {
    case 'Binary': {
      fs.line = e.line;
      infix(fs, e.op, v);
      const v2 = new ExpDesc();
      expr(fs, e.right, v2);
      posfix(fs, e.op, v, v2);
      break;
    }
    case 'Index': {
      exp2anyreg(fs, v);
      const key = new ExpDesc();
      expr(fs, e.key, key);
      exp2val(fs, key);
      indexed(fs, v, key);
      break;
    }
    case 'Call':
      exp2nextreg(fs, v);
      funcArgs(fs, v, e.args, e.line);
      break;
    case 'MethodCall': {
      const key = new ExpDesc();
      key.init(VK, stringK(fs, e.name));
      codeSelf(fs, v, key);
      funcArgs(fs, v, e.args, e.line);
      break;
    }
  }
}

/** An expression that is not a spine: a literal, a name, a unary operator, `(...)`, a function, a table. */
function simpleExpr(fs: FuncState, e: Expr, v: ExpDesc): void {
  switch (e.kind) {
    case 'Nil':
      fs.line = e.line;
      v.init(VNIL, 0);
      break;
    case 'True':
      fs.line = e.line;
      v.init(VTRUE, 0);
      break;
    case 'False':
      fs.line = e.line;
      v.init(VFALSE, 0);
      break;
    case 'Number':
      fs.line = e.line;
      v.initNumber(e.value);
      break;
    case 'String':
      fs.line = e.line;
      v.init(VK, stringK(fs, e.value));
      break;
    case 'Vararg':
      fs.line = e.line;
      if (!fs.isVararg) fs.syntaxError("cannot use '...' outside a vararg function");
      v.init(VVARARG, code(fs, Op.VARARG, 0, 1, 0));
      break;
    case 'Function':
      fs.line = e.line;
      functionExpr(fs, e.body, v);
      break;
    case 'Table':
      fs.line = e.line;
      constructor(fs, e, v);
      break;
    case 'Unary':
      fs.line = e.line;
      expr(fs, e.operand, v);
      prefix(fs, e.op, v);
      break;
    case 'Name':
      fs.line = e.line;
      singleVar(fs, e.name, v);
      break;
    case 'Paren':
      fs.line = e.line;
      expr(fs, e.expr, v);
      dischargeVars(fs, v);
      break;
    default:
      suffixOnly(e);
  }
}

function suffixOnly(e: SpineExpr): never {
  throw new Error(`${e.kind} expression compiled without its left operand`);
}

/** `e1, e2, ..., en`: all but the last go to consecutive registers; returns n (explist1). */
export function exprList(fs: FuncState, exprs: readonly Expr[], v: ExpDesc): number {
  expr(fs, exprs[0]!, v);
  for (let i = 1; i < exprs.length; i++) {
    fs.nearExpr = exprs[i];
    exp2nextreg(fs, v);
    expr(fs, exprs[i]!, v);
  }
  return exprs.length;
}

/** A function expression: its closure as a relocatable CLOSURE. */
export function functionExpr(fs: FuncState, body: FunctionBody, v: ExpDesc): void {
  const proto = compileFunction(fs, body);
  fs.protos.push(proto);
  fs.line = body.endLine;
  v.init(VRELOCABLE, code(fs, Op.CLOSURE, 0, fs.protos.length - 1, 0));
}

/** Resolves a name to a local, an upvalue or a global (lparser.c singlevar). */
export function singleVar(fs: FuncState, name: string, v: ExpDesc): void {
  if (singleVarAux(fs, name, v, true) === VGLOBAL) v.info = stringK(fs, name);
}

function singleVarAux(fs: FuncState | undefined, name: string, v: ExpDesc, base: boolean): number {
  if (fs === undefined) {
    v.init(VGLOBAL, NO_REG);
    return VGLOBAL;
  }
  const reg = fs.searchVar(name);
  if (reg >= 0) {
    v.init(VLOCAL, reg);
    if (!base) fs.markUpval(reg); // the local is captured by an inner function
    return VLOCAL;
  }
  if (singleVarAux(fs.parent, name, v, false) === VGLOBAL) return VGLOBAL;
  v.info = fs.indexUpvalue(name, v);
  v.k = VUPVAL;
  return VUPVAL;
}

/** `t.name` on a compiled prefix (lparser.c field). */
export function field(fs: FuncState, v: ExpDesc, name: string): void {
  exp2anyreg(fs, v);
  const key = new ExpDesc();
  key.init(VK, stringK(fs, name));
  indexed(fs, v, key);
}

/** The arguments and the CALL of a call whose function is in register f.info. */
function funcArgs(fs: FuncState, f: ExpDesc, args: readonly Expr[], line: number): void {
  fs.line = line;
  const a = new ExpDesc();
  if (args.length === 0) {
    a.k = VVOID;
  } else {
    exprList(fs, args, a);
    setMultRet(fs, a);
  }
  const base = f.info;
  let nparams: number;
  if (hasMultRet(a.k)) {
    nparams = MULTRET; // open call: arguments up to top
  } else {
    if (a.k !== VVOID) exp2nextreg(fs, a);
    nparams = fs.freereg - (base + 1);
  }
  f.init(VCALL, code(fs, Op.CALL, base, nparams + 1, 2));
  fs.fixLine(line);
  fs.freereg = base + 1; // the call leaves one result (unless changed later)
}

/** The state of a table constructor being compiled (lparser.c ConsControl). */
class ConsControl {
  /** The last positional item, not yet placed. */
  readonly item = new ExpDesc();
  /** Array items. */
  na = 0;
  /** Hash items. */
  nh = 0;
  /** Array items placed in registers, pending a SETLIST. */
  tostore = 0;
  constructor(readonly table: ExpDesc) {}
}

/** `{ ... }` (lparser.c constructor): positional items are flushed by SETLIST every 50. */
function constructor(fs: FuncState, t: TableExpr, v: ExpDesc): void {
  const pc = code(fs, Op.NEWTABLE, 0, 0, 0);
  const cc = new ConsControl(v);
  v.init(VRELOCABLE, pc);
  exp2nextreg(fs, v); // the table stays at the top of the stack
  for (const it of t.items) {
    closeListField(fs, cc);
    switch (it.kind) {
      case 'Positional':
        expr(fs, it.value, cc.item);
        cc.na++;
        cc.tostore++;
        break;
      case 'Named': {
        const key = new ExpDesc();
        key.init(VK, stringK(fs, it.name));
        recField(fs, cc, key, it.value);
        break;
      }
      case 'Keyed': {
        const key = new ExpDesc();
        expr(fs, it.key, key);
        exp2val(fs, key);
        recField(fs, cc, key, it.value);
        break;
      }
    }
  }
  lastListField(fs, cc);
  fs.b[pc] = allocatedSize(cc.na);
  fs.c[pc] = allocatedSize(cc.nh);
}

/**
 * The room Lua 5.1 gives a table for n items: NEWTABLE stores n as a "floating point byte"
 * (luaO_int2fb, rounding up to 4 significant bits) and allocates its value (luaO_fb2int). The
 * array size matters for `#t` on tables with holes, so the room here is Lua's, as a plain count.
 */
function allocatedSize(n: number): number {
  let e = 0;
  while (n >= 16) {
    n = (n + 1) >> 1;
    e++;
  }
  return n << e;
}

/** `key = value` in a constructor: a SETTABLE, its temporaries freed (recfield). */
function recField(fs: FuncState, cc: ConsControl, key: ExpDesc, value: Expr): void {
  const reg = fs.freereg;
  cc.nh++;
  const rkKey = exp2RK(fs, key);
  const val = new ExpDesc();
  expr(fs, value, val);
  code(fs, Op.SETTABLE, cc.table.info, rkKey, exp2RK(fs, val));
  fs.freereg = reg;
}

/** Places the pending positional item, flushing when a block is complete (closelistfield). */
function closeListField(fs: FuncState, cc: ConsControl): void {
  if (cc.item.k === VVOID) return;
  exp2nextreg(fs, cc.item);
  cc.item.k = VVOID;
  if (cc.tostore === FIELDS_PER_FLUSH) {
    setList(fs, cc.table.info, cc.na, cc.tostore);
    cc.tostore = 0;
  }
}

/** The final SETLIST; a last call or `...` item gives all its values (lastlistfield). */
function lastListField(fs: FuncState, cc: ConsControl): void {
  if (cc.tostore === 0) return;
  if (hasMultRet(cc.item.k)) {
    setMultRet(fs, cc.item);
    setList(fs, cc.table.info, cc.na, MULTRET);
    cc.na--; // the last item's values are not counted
  } else {
    if (cc.item.k !== VVOID) exp2nextreg(fs, cc.item);
    setList(fs, cc.table.info, cc.na, cc.tostore);
  }
}
