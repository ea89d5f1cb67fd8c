/**
 * Statements and blocks, as Lua 5.1's lparser.c generates them: scopes (enterblock/leaveblock,
 * CLOSE for captured locals), assignments (right to left, with check_conflict), loops (while,
 * repeat with its upvalue-closing form, numeric for with FORPREP/FORLOOP, generic for with
 * TFORLOOP and a JMP back), if/elseif/else, break, return (TAILCALL for `return f()`), local and
 * global function definitions.
 *
 * Invariants: after each statement every temporary is freed (freereg = nactvar); a block leaves
 * nactvar as it found it; `fs.follow` / `fs.followLine` name the token that closes the statement
 * list being compiled (what Lua 5.1 names in "no loop to break near ...").
 */

import type {
  AssignStat,
  Block,
  Expr,
  FunctionStat,
  GenericForStat,
  IfStat,
  LocalFunctionStat,
  LocalStat,
  NumericForStat,
  RepeatStat,
  ReturnStat,
  Stat,
  WhileStat,
} from '../syntax/ast.js';
import { Op } from './opcodes.js';
import { ExpDesc, ExpKind, NO_JUMP, hasMultRet } from './expdesc.js';
import type { BlockCnt, FuncState } from './funcstate.js';
import { LuaSyntaxError } from '../syntax/errors.js';
import { code, codeNil, concat, getLabel, jump, patchList, patchToHere, ret } from './jumps.js';
import { exp2anyreg, exp2nextreg, goIfTrue, numberK, setMultRet, setOneRet, setReturns, storeVar } from './codegen.js';
import { expr, exprList, field, functionExpr, singleVar } from './expressions.js';
import { firstLine } from './lua-text.js';

const { VVOID, VNIL, VFALSE, VLOCAL, VINDEXED, VNONRELOC, VCALL } = ExpKind;

/** The statements of a block, in the current scope (lparser.c chunk). */
export function statementList(fs: FuncState, block: Block, follow: string): void {
  const savedFollow = fs.follow;
  const savedFollowLine = fs.followLine;
  const savedNextLine = fs.nextLine;
  fs.follow = follow;
  fs.followLine = block.endLine;
  const stats = block.stats;
  for (let i = 0; i < stats.length; i++) {
    const stat = stats[i]!;
    fs.nearExpr = undefined;
    fs.nextLine = i + 1 < stats.length ? stats[i + 1]!.line : block.endLine;
    statement(fs, stat);
    fs.freereg = fs.nactvar;
  }
  fs.follow = savedFollow;
  fs.followLine = savedFollowLine;
  fs.nextLine = savedNextLine;
}

/** A block in its own scope (lparser.c block). */
function block(fs: FuncState, b: Block, follow: string): void {
  const bl = fs.enterBlock(false);
  statementList(fs, b, follow);
  leaveBlock(fs, bl);
}

function leaveBlock(fs: FuncState, bl: BlockCnt): void {
  fs.bl = bl.previous;
  fs.removeVars(bl.nactvar);
  if (bl.upval) code(fs, Op.CLOSE, bl.nactvar, 0, 0);
  fs.freereg = fs.nactvar;
  patchToHere(fs, bl.breakList);
}

function statement(fs: FuncState, s: Stat): void {
  fs.line = s.line;
  switch (s.kind) {
    case 'Local':
      localStat(fs, s);
      break;
    case 'Assign':
      assignment(fs, s);
      break;
    case 'CallStat': {
      const v = new ExpDesc();
      expr(fs, s.call, v);
      fs.c[v.info] = 1; // a call statement keeps no results
      break;
    }
    case 'Do':
      block(fs, s.body, 'end');
      fs.line = s.body.endLine;
      break;
    case 'While':
      whileStat(fs, s);
      break;
    case 'Repeat':
      repeatStat(fs, s);
      break;
    case 'If':
      ifStat(fs, s);
      break;
    case 'NumericFor':
      numericFor(fs, s);
      break;
    case 'GenericFor':
      genericFor(fs, s);
      break;
    case 'Function':
      functionStat(fs, s);
      break;
    case 'LocalFunction':
      localFunction(fs, s);
      break;
    case 'Return':
      returnStat(fs, s);
      break;
    case 'Break':
      breakStat(fs);
      break;
  }
}

/** Adjusts `nexps` values (the last in `e`) to `nvars` registers (lparser.c adjust_assign). */
function adjustAssign(fs: FuncState, nvars: number, nexps: number, e: ExpDesc): void {
  let extra = nvars - nexps;
  if (hasMultRet(e.k)) {
    extra++; // the call itself
    if (extra < 0) extra = 0;
    setReturns(fs, e, extra);
    if (extra > 1) fs.reserveRegs(extra - 1);
  } else {
    if (e.k !== VVOID) exp2nextreg(fs, e);
    if (extra > 0) {
      const reg = fs.freereg;
      fs.reserveRegs(extra);
      codeNil(fs, reg, extra);
    }
  }
}

function localStat(fs: FuncState, s: LocalStat): void {
  const follow = fs.nextLine;
  if (s.exprs.length > 0) fs.nextLine = s.line; // the names are followed by `=`
  for (let i = 0; i < s.names.length; i++) fs.newLocalVar(s.names[i]!, i);
  fs.nextLine = follow;
  const e = new ExpDesc();
  let nexps = 0;
  if (s.exprs.length > 0) nexps = exprList(fs, s.exprs, e);
  else e.k = VVOID;
  adjustAssign(fs, s.names.length, nexps, e);
  fs.adjustLocalVars(s.names.length);
}

/**
 * A local assigned in a multiple assignment after being used as a table or key of an earlier
 * target: the earlier target must use a copy of its old value (lparser.c check_conflict).
 */
function checkConflict(fs: FuncState, previous: readonly ExpDesc[], v: ExpDesc): void {
  const extra = fs.freereg;
  let conflict = false;
  for (let i = previous.length - 1; i >= 0; i--) {
    const lh = previous[i]!;
    if (lh.k === VINDEXED) {
      if (lh.info === v.info) {
        conflict = true;
        lh.info = extra;
      }
      if (lh.aux === v.info) {
        conflict = true;
        lh.aux = extra;
      }
    }
  }
  if (conflict) {
    code(fs, Op.MOVE, fs.freereg, v.info, 0);
    fs.reserveRegs(1);
  }
}

function assignment(fs: FuncState, s: AssignStat): void {
  const targets: ExpDesc[] = [];
  for (const target of s.targets) {
    const v = new ExpDesc();
    expr(fs, target, v);
    if (targets.length > 0 && v.k === VLOCAL) checkConflict(fs, targets, v);
    targets.push(v);
  }
  const nvars = targets.length;
  const e = new ExpDesc();
  const nexps = exprList(fs, s.exprs, e);
  if (nexps !== nvars) {
    adjustAssign(fs, nvars, nexps, e);
    if (nexps > nvars) fs.freereg -= nexps - nvars; // drop the extra values
    e.init(VNONRELOC, fs.freereg - 1);
  } else {
    setOneRet(fs, e);
  }
  storeVar(fs, targets[nvars - 1]!, e);
  // The other targets take the values left in registers, last to first.
  for (let i = nvars - 2; i >= 0; i--) {
    e.init(VNONRELOC, fs.freereg - 1);
    storeVar(fs, targets[i]!, e);
  }
}

/** A condition: falls through when true; returns the list of jumps taken when false. */
function cond(fs: FuncState, c: Expr): number {
  const v = new ExpDesc();
  expr(fs, c, v);
  if (v.k === VNIL) v.k = VFALSE; // all falses are equal here
  goIfTrue(fs, v);
  return v.f;
}

function breakStat(fs: FuncState): void {
  let bl = fs.bl;
  let upval = false;
  while (bl !== undefined && !bl.isBreakable) {
    upval ||= bl.upval;
    bl = bl.previous;
  }
  if (bl === undefined) throw new LuaSyntaxError(fs.source, fs.followLine, 'no loop to break', fs.follow);
  if (upval) code(fs, Op.CLOSE, bl.nactvar, 0, 0);
  bl.breakList = concat(fs, bl.breakList, jump(fs));
}

function whileStat(fs: FuncState, s: WhileStat): void {
  const whileInit = getLabel(fs);
  const condExit = cond(fs, s.cond);
  const bl = fs.enterBlock(true);
  block(fs, s.body, 'end');
  patchList(fs, jump(fs), whileInit);
  fs.line = s.body.endLine;
  leaveBlock(fs, bl);
  patchToHere(fs, condExit); // false conditions leave the loop
}

function repeatStat(fs: FuncState, s: RepeatStat): void {
  const repeatInit = getLabel(fs);
  const loop = fs.enterBlock(true);
  const scope = fs.enterBlock(false);
  statementList(fs, s.body, 'until');
  const condExit = cond(fs, s.cond); // inside the scope: it sees the body's locals
  if (!scope.upval) {
    leaveBlock(fs, scope);
    patchList(fs, condExit, repeatInit);
  } else {
    // Captured locals must be closed on every iteration: if cond then break, else close and loop.
    breakStat(fs);
    patchToHere(fs, condExit);
    leaveBlock(fs, scope);
    patchList(fs, jump(fs), repeatInit);
  }
  leaveBlock(fs, loop);
}

function ifStat(fs: FuncState, s: IfStat): void {
  const clauses = s.clauses;
  let escapeList = NO_JUMP;
  let flist = NO_JUMP;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (i > 0) {
      escapeList = concat(fs, escapeList, jump(fs));
      patchToHere(fs, flist);
    }
    fs.line = clause.line;
    flist = cond(fs, clause.cond);
    const follow = i + 1 < clauses.length ? 'elseif' : s.orelse !== undefined ? 'else' : 'end';
    block(fs, clause.body, follow);
  }
  if (s.orelse !== undefined) {
    escapeList = concat(fs, escapeList, jump(fs));
    patchToHere(fs, flist);
    block(fs, s.orelse, 'end');
    fs.line = s.orelse.endLine;
  } else {
    escapeList = concat(fs, escapeList, flist);
    fs.line = clauses[clauses.length - 1]!.body.endLine;
  }
  patchToHere(fs, escapeList);
}

/** Evaluates an expression into the next register (lparser.c exp1). */
function exp1(fs: FuncState, e: Expr): void {
  const v = new ExpDesc();
  expr(fs, e, v);
  exp2nextreg(fs, v);
}

/** The body of both for loops, after their three control registers at `base` (lparser.c forbody). */
function forBody(fs: FuncState, base: number, line: number, nvars: number, isNumeric: boolean, body: Block): void {
  fs.adjustLocalVars(3); // control variables
  const prep = isNumeric ? code(fs, Op.FORPREP, base, NO_JUMP, 0) : jump(fs);
  const bl = fs.enterBlock(false); // scope of the declared variables
  fs.adjustLocalVars(nvars);
  fs.reserveRegs(nvars);
  block(fs, body, 'end');
  leaveBlock(fs, bl);
  patchToHere(fs, prep);
  const endFor = isNumeric ? code(fs, Op.FORLOOP, base, NO_JUMP, 0) : code(fs, Op.TFORLOOP, base, 0, nvars);
  fs.fixLine(line); // the loop instruction belongs to the `for` line
  patchList(fs, isNumeric ? endFor : jump(fs), prep + 1);
}

function numericFor(fs: FuncState, s: NumericForStat): void {
  const bl = fs.enterBlock(true);
  const base = fs.freereg;
  fs.nextLine = s.line;
  fs.newLocalVar('(for index)', 0);
  fs.newLocalVar('(for limit)', 1);
  fs.newLocalVar('(for step)', 2);
  fs.newLocalVar(s.name, 3);
  exp1(fs, s.start);
  exp1(fs, s.limit);
  if (s.step !== undefined) {
    exp1(fs, s.step);
  } else {
    code(fs, Op.LOADK, fs.freereg, numberK(fs, 1), 0);
    fs.reserveRegs(1);
  }
  forBody(fs, base, s.line, 1, true, s.body);
  fs.line = s.body.endLine;
  leaveBlock(fs, bl);
}

function genericFor(fs: FuncState, s: GenericForStat): void {
  const bl = fs.enterBlock(true);
  const base = fs.freereg;
  fs.nextLine = s.line;
  fs.newLocalVar('(for generator)', 0);
  fs.newLocalVar('(for state)', 1);
  fs.newLocalVar('(for control)', 2);
  for (let i = 0; i < s.names.length; i++) fs.newLocalVar(s.names[i]!, 3 + i);
  const line = firstLine(s.exprs[0]!);
  const e = new ExpDesc();
  adjustAssign(fs, 3, exprList(fs, s.exprs, e), e);
  fs.checkStack(3); // room to call the generator
  forBody(fs, base, line, s.names.length, false, s.body);
  fs.line = s.body.endLine;
  leaveBlock(fs, bl);
}

function functionStat(fs: FuncState, s: FunctionStat): void {
  const v = new ExpDesc();
  singleVar(fs, s.path[0]!, v);
  for (let i = 1; i < s.path.length; i++) field(fs, v, s.path[i]!);
  if (s.method !== undefined) field(fs, v, s.method);
  const b = new ExpDesc();
  functionExpr(fs, s.body, b);
  const closurePc = b.info;
  storeVar(fs, v, b);
  // The definition happens at the `function` line: Lua 5.1 gives that line to the last
  // instruction, which is a CLOSURE pseudo-instruction when the closure went straight into a
  // local and captures upvalues; the CLOSURE then keeps the line of `end`.
  const lastIsClosure = fs.pc - 1 === closurePc;
  if (!lastIsClosure || fs.protos[fs.b[closurePc]!]!.upvalues.length === 0) fs.fixLine(s.line);
}

function localFunction(fs: FuncState, s: LocalFunctionStat): void {
  fs.nextLine = s.line;
  fs.newLocalVar(s.name, 0);
  const v = new ExpDesc();
  v.init(VLOCAL, fs.freereg);
  fs.reserveRegs(1);
  fs.adjustLocalVars(1); // in scope inside its own body
  const b = new ExpDesc();
  functionExpr(fs, s.body, b);
  storeVar(fs, v, b);
  fs.localVar(fs.nactvar - 1).startPc = fs.pc; // debug information sees it from here
}

function returnStat(fs: FuncState, s: ReturnStat): void {
  let first = 0;
  let nret = 0;
  if (s.exprs.length > 0) {
    const e = new ExpDesc();
    nret = exprList(fs, s.exprs, e);
    if (hasMultRet(e.k)) {
      setMultRet(fs, e);
      if (e.k === VCALL && nret === 1) fs.op[e.info] = Op.TAILCALL;
      first = fs.nactvar;
      nret = -1; // all values
    } else if (nret === 1) {
      first = exp2anyreg(fs, e);
    } else {
      exp2nextreg(fs, e); // values must be consecutive
      first = fs.nactvar;
    }
  }
  ret(fs, first, nret);
}
