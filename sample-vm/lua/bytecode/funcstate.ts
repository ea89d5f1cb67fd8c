/**
 * The state of one function being compiled (Lua 5.1's FuncState and BlockCnt, lparser.c): the
 * instruction arrays, the constant table, active local variables and their registers, upvalues,
 * the block chain (for `break` and CLOSE), and the limits Lua enforces.
 *
 * Invariants (Lua's):
 * - Active local i lives in register i; registers nactvar..freereg-1 are temporaries, allocated
 *   and freed as a stack; maxStack >= freereg at all times, and maxStack >= 2.
 * - `jpc` lists the jumps that target the next instruction emitted; `lastTarget` is the last
 *   pc that is a jump target (LOADNIL merging must not cross it).
 * - Constants are deduplicated by raw equality (a Map, so 0 and -0 are one constant, as
 *   Lua 5.1's constant table makes them).
 * - Instructions are appended by jumps.ts `code` (which first patches `jpc` to them).
 * - `line` is the line given to the next instruction: the line of the last syntax node the
 *   compiler entered, standing for Lua's "line of the last token read".
 */

import { Proto, type LocVar, type UpvalDesc } from './proto.js';
import type { LuaValue } from '../value/value.js';
import { LuaSyntaxError } from '../syntax/errors.js';
import { ExpDesc, ExpKind, NO_JUMP } from './expdesc.js';
import { firstTokenText } from './lua-text.js';
import type { Expr } from '../syntax/ast.js';

/** Lua 5.1's LUAI_MAXVARS, LUAI_MAXUPVALUES and MAXSTACK. */
export const MAX_VARS = 200;
export const MAX_UPVALUES = 60;
export const MAX_STACK = 250;
/** Lua 5.1's MAXARG_Bx: the most constants one function may have. */
export const MAX_CONSTANTS = (1 << 18) - 1;

export class BlockCnt {
  constructor(
    readonly previous: BlockCnt | undefined,
    /** Active locals outside the block. */
    readonly nactvar: number,
    /** A loop (`break` jumps to its end). */
    readonly isBreakable: boolean,
  ) {}
  /** Jumps out of this loop. */
  breakList: number = NO_JUMP;
  /** Some local of the block is captured as an upvalue (the block ends with CLOSE). */
  upval = false;
}

interface MutableLocVar {
  name: string;
  startPc: number;
  endPc: number;
}

interface UpvalSlot {
  /** ExpKind.VLOCAL (a register of the enclosing function) or ExpKind.VUPVAL. */
  readonly kind: number;
  readonly index: number;
  readonly name: string;
}

export class FuncState {
  readonly op: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly c: number[] = [];
  readonly lines: number[] = [];
  readonly k: LuaValue[] = [];
  private readonly kIndex = new Map<LuaValue, number>();
  readonly protos: Proto[] = [];
  readonly upvalues: UpvalSlot[] = [];
  readonly locVars: MutableLocVar[] = [];
  /** Index in locVars of each active local, by register. */
  readonly actVar: number[] = [];
  nactvar = 0;
  freereg = 0;
  maxStack = 2;
  lastTarget = -1;
  jpc: number = NO_JUMP;
  bl: BlockCnt | undefined = undefined;
  numParams = 0;
  isVararg = false;
  lineDefined = 0;
  lastLineDefined = 0;
  line: number;
  /** The expression being compiled: its first token stands for Lua's current token in errors. */
  nearExpr: Expr | undefined = undefined;
  /**
   * The line of the token after the name being compiled (Lua's current token when it declares a
   * local or an upvalue), where the limit errors are reported.
   */
  nextLine: number;
  /** The token that closes the statement list being compiled, and its line (for `break` errors). */
  follow = '<eof>';
  followLine: number;

  constructor(
    readonly parent: FuncState | undefined,
    readonly source: string,
    line: number,
  ) {
    this.line = line;
    this.nextLine = line;
    this.followLine = line;
  }

  get pc(): number {
    return this.op.length;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** luaX_syntaxerror: the message names the current token. */
  syntaxError(msg: string): never {
    throw new LuaSyntaxError(this.source, this.line, msg, this.nearExpr === undefined ? this.follow : firstTokenText(this.nearExpr));
  }

  /** lparser.c errorlimit. */
  errorLimit(limit: number, what: string): never {
    const msg =
      this.lineDefined === 0
        ? `main function has more than ${limit} ${what}`
        : `function at line ${this.lineDefined} has more than ${limit} ${what}`;
    throw new LuaSyntaxError(this.source, this.nextLine, msg, undefined);
  }

  // ---- instructions ------------------------------------------------------------------------

  /** Removes the last instruction (lcode.c's `fs->pc--`). */
  unemit(): void {
    this.op.pop();
    this.a.pop();
    this.b.pop();
    this.c.pop();
    this.lines.pop();
  }

  fixLine(line: number): void {
    this.lines[this.lines.length - 1] = line;
  }

  // ---- registers ---------------------------------------------------------------------------

  checkStack(n: number): void {
    const newStack = this.freereg + n;
    if (newStack > this.maxStack) {
      if (newStack >= MAX_STACK) this.syntaxError('function or expression too complex');
      this.maxStack = newStack;
    }
  }

  reserveRegs(n: number): void {
    this.checkStack(n);
    this.freereg += n;
  }

  /** Frees `reg` if it is a temporary (it must then be the top one). */
  freeReg(reg: number): void {
    if (reg >= 0 && reg >= this.nactvar) this.freereg--;
  }

  freeExp(e: ExpDesc): void {
    if (e.k === ExpKind.VNONRELOC) this.freeReg(e.info);
  }

  // ---- constants ---------------------------------------------------------------------------

  addK(v: LuaValue): number {
    const found = this.kIndex.get(v);
    if (found !== undefined) return found;
    const index = this.k.length;
    // lcode.c grows the constant table up to MAXARG_Bx entries (luaM_growvector's limit).
    if (index >= MAX_CONSTANTS) throw LuaSyntaxError.unpositioned(this.source, 'constant table overflow');
    this.k.push(v);
    this.kIndex.set(v, index);
    return index;
  }

  // ---- local variables ---------------------------------------------------------------------

  /** lparser.c new_localvar: declares the n-th of the locals a statement is about to activate. */
  newLocalVar(name: string, n: number): void {
    if (this.nactvar + n + 1 > MAX_VARS) this.errorLimit(MAX_VARS, 'local variables');
    this.locVars.push({ name, startPc: 0, endPc: 0 });
    this.actVar[this.nactvar + n] = this.locVars.length - 1;
  }

  /** Activates the last `n` declared locals from the current pc on. */
  adjustLocalVars(n: number): void {
    this.nactvar += n;
    for (let i = this.nactvar - n; i < this.nactvar; i++) this.localVar(i).startPc = this.pc;
  }

  /** Ends the scope of the locals above `toLevel`. */
  removeVars(toLevel: number): void {
    while (this.nactvar > toLevel) this.localVar(--this.nactvar).endPc = this.pc;
  }

  localVar(register: number): MutableLocVar {
    return this.locVars[this.actVar[register]!]!;
  }

  /** The register of the innermost active local named `name`, or -1. */
  searchVar(name: string): number {
    for (let i = this.nactvar - 1; i >= 0; i--) if (this.localVar(i).name === name) return i;
    return -1;
  }

  /** Marks the block that declares local `level` as needing CLOSE. */
  markUpval(level: number): void {
    let bl = this.bl;
    while (bl !== undefined && bl.nactvar > level) bl = bl.previous;
    if (bl !== undefined) bl.upval = true;
  }

  /** lparser.c indexupvalue: the upvalue of this function for `v` (VLOCAL or VUPVAL of the parent). */
  indexUpvalue(name: string, v: ExpDesc): number {
    for (let i = 0; i < this.upvalues.length; i++) {
      const u = this.upvalues[i]!;
      if (u.kind === v.k && u.index === v.info) return i;
    }
    if (this.upvalues.length + 1 > MAX_UPVALUES) this.errorLimit(MAX_UPVALUES, 'upvalues');
    this.upvalues.push({ kind: v.k, index: v.info, name });
    return this.upvalues.length - 1;
  }

  // ---- blocks ------------------------------------------------------------------------------

  enterBlock(isBreakable: boolean): BlockCnt {
    const bl = new BlockCnt(this.bl, this.nactvar, isBreakable);
    this.bl = bl;
    return bl;
  }

  // ---- result ------------------------------------------------------------------------------

  toProto(): Proto {
    const upvalues: UpvalDesc[] = this.upvalues.map((u) => ({
      inStack: u.kind === ExpKind.VLOCAL,
      index: u.index,
      name: u.name,
    }));
    const locals: LocVar[] = this.locVars.map((l) => ({ name: l.name, startPc: l.startPc, endPc: l.endPc }));
    return new Proto(
      this.op,
      this.a,
      this.b,
      this.c,
      this.k,
      this.protos,
      upvalues,
      this.numParams,
      this.isVararg,
      this.maxStack,
      this.lines,
      locals,
      this.source,
      this.lineDefined,
      this.lastLineDefined,
    );
  }
}
