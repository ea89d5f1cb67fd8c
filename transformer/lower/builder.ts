/**
 * The code builder every lowering stage extends: registers, constants, labels, the instruction
 * list, kind conversions, and the final assembly (fall-through gotos dropped, registers
 * compacted, liveness filled in, labels bound).
 *
 * Registers: the argument registers come first (the subclass decides which: parameters for a
 * function, merge-point variables for a portal); each local gets one register for its whole
 * life; every computed value gets a fresh temporary, unless it is stored into a local by the
 * instruction computing it (`moveInto`). Registers are not reused; unused ones are dropped at
 * the end (registers.ts). Values change kind only through explicit conversions (`convert`).
 *
 * Control: `emit` drops instructions while control cannot reach them (after a terminator,
 * until a label some jump targets is bound), so dead code costs nothing and never needs a
 * terminator of its own.
 *
 * Evaluation order is JavaScript's: an operand that is a local's register is copied to a
 * temporary when a later operand of the same expression writes a local (`stable`).
 *
 * Errors: `fail` throws a `LowerError` naming the construct, the function and `file:line:col`;
 * `outside` one carrying the subset diagnostic the analysis reports for the construct.
 */

import * as ts from 'typescript';
import { type DiagCode, diagnosticAt } from '../diagnostics.js';
import { JitcodeAssembler } from '../../runtime/jitcode/assembler.js';
import { type InsnBody, type Jitcode, isIrInsn, isReg } from '../../runtime/jitcode/format.js';
import type { IrJitOpcode } from '../../runtime/jitcode/opcodes.js';
import { OPS, type OpSpec } from '../../runtime/ir/optable.js';
import { Const, constBool, constFloat, constInt } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { type LowerContext, LowerError, where } from './context.js';
import { KindOracle, typeKind } from './kinds.js';
import { withLiveness } from './liveness.js';
import { compactRegisters } from './registers.js';

/** A statement `break` (and, for loops, `continue`) can leave. */
export interface Breakable {
  readonly brk: number;
  /** The `continue` target; null for a `switch`. */
  readonly cont: number | null;
  readonly labels: readonly string[];
}

export abstract class CodeBuilder {
  protected readonly kinds: ValueType[] = [];
  protected readonly args: number[] = [];
  protected readonly asm: JitcodeAssembler;
  private readonly code: InsnBody[] = [];
  private readonly labelAt: number[] = [];
  private readonly constOf = new Map<number, Const>();
  protected readonly vars = new Map<ts.Symbol, number>();
  protected readonly varRegs = new Set<number>();
  protected readonly breakables: Breakable[] = [];
  protected readonly oracle: KindOracle;
  protected thisReg = -1;
  /** Can control reach the next instruction emitted? */
  protected reachable = true;
  /** Labels some emitted jump targets. */
  private readonly used = new Set<number>();
  /** How many instructions write each register. */
  private readonly defs = new Map<number, number>();
  protected pendingLabels: string[] = [];

  constructor(
    protected readonly checker: ts.TypeChecker,
    protected readonly ctx: LowerContext,
    /** The jitcode's name (also the function named in errors). */
    protected readonly name: string,
  ) {
    this.oracle = new KindOracle(checker);
    this.asm = new JitcodeAssembler(name, ctx.number, this.kinds, this.args);
  }

  /** The jitcode of the code built: liveness filled in, registers compacted, labels bound. */
  protected assemble(): Jitcode {
    const code = withLiveness(compactRegisters(this.dropFallthroughGotos(), this.kinds, this.args), this.labelAt);
    const binds = new Map<number, number[]>();
    this.labelAt.forEach((at, l) => {
      const list = binds.get(at) ?? [];
      list.push(l);
      binds.set(at, list);
    });
    code.forEach((i, k) => {
      for (const l of binds.get(k) ?? []) this.asm.bind(l);
      this.asm.emit(i);
    });
    return this.asm.finish();
  }

  /** Remove each `goto` to the very next instruction (labels are renumbered to match). */
  private dropFallthroughGotos(): InsnBody[] {
    const keep = this.code.map((i, k) => !(i.op === 'goto' && this.labelAt[i.target] === k + 1));
    const newIndex: number[] = [];
    let n = 0;
    for (let k = 0; k <= this.code.length; k++) {
      newIndex.push(n);
      if (k < this.code.length && keep[k]) n++;
    }
    this.labelAt.forEach((at, l) => {
      if (at >= 0) this.labelAt[l] = newIndex[at]!;
    });
    return this.code.filter((_, k) => keep[k]);
  }

  // ---- errors -------------------------------------------------------------------------------

  protected fail(node: ts.Node, what: string): never {
    throw new LowerError(`${where(node)}: ${what} in '${this.name}' is not lowered to jitcode`, undefined, node);
  }

  /** A construct outside the traced subset: its diagnostic (the analysis reports it first). */
  protected outside(node: ts.Node, code: DiagCode, message: string): never {
    const d = diagnosticAt(node, code, message);
    throw new LowerError(`${where(node)}: TS${code}: ${message}`, d, node);
  }

  // ---- registers, constants, labels ---------------------------------------------------------

  protected reg(k: ValueType): number {
    return this.kinds.push(k) - 1;
  }

  protected const_(c: Const): number {
    const o = this.asm.const_(c);
    this.constOf.set(o, c);
    return o;
  }

  protected undefinedConst(): number {
    return this.const_(new Const('ref', undefined));
  }

  protected constValue(o: number): unknown {
    return this.constOf.get(o)!.value;
  }

  protected kindOfOperand(o: number): ValueType {
    return isReg(o) ? this.kinds[o]! : this.constOf.get(o)!.type;
  }

  protected label(): number {
    const l = this.asm.label();
    this.labelAt[l] = -1;
    return l;
  }

  protected bind(l: number): void {
    this.labelAt[l] = this.code.length;
    if (this.used.has(l)) this.reachable = true;
  }

  protected emit(i: InsnBody): void {
    if (!this.reachable) return;
    this.code.push(i);
    const def = defOf(i);
    if (def >= 0) this.defs.set(def, (this.defs.get(def) ?? 0) + 1);
    switch (i.op) {
      case 'goto':
        this.used.add(i.target);
        this.reachable = false;
        break;
      case 'goto_if_not':
        this.used.add(i.target);
        break;
      case 'switch':
      case 'class_switch':
        this.used.add(i.dflt);
        for (const [, t] of i.cases) this.used.add(t);
        this.reachable = false;
        break;
      case 'return':
      case 'raise':
      case 'merge':
        this.reachable = false;
        break;
      default:
        break;
    }
  }

  protected op(op: IrJitOpcode, kind: ValueType, args: number[], descr: number | null = null): number {
    const dst = this.reg(kind);
    const spec: OpSpec = OPS[op];
    this.emit({ op, dst, kind: spec.result === 'any' ? kind : null, args, descr });
    return dst;
  }

  protected jumpIfNot(cond: number, target: number): void {
    if (!isReg(cond)) {
      if (this.constValue(cond) !== true) this.emit({ op: 'goto', target });
      return;
    }
    this.emit({ op: 'goto_if_not', cond, target, live: [] });
  }

  protected goto(target: number): void {
    this.emit({ op: 'goto', target });
  }

  // ---- locals -------------------------------------------------------------------------------

  protected bindVar(id: ts.Identifier, r: number): void {
    const s = this.checker.getSymbolAtLocation(id);
    if (!s) this.fail(id, `the name '${id.text}'`);
    this.bindSymbol(s, r);
  }

  protected bindSymbol(s: ts.Symbol, r: number): void {
    this.vars.set(s, r);
    this.varRegs.add(r);
  }

  protected varOf(id: ts.Identifier): number | undefined {
    const s = this.valueSymbol(id);
    return s ? this.vars.get(s) : undefined;
  }

  /** The symbol of the value a name reads (in `{ a }`, the variable `a`, not the property). */
  protected valueSymbol(id: ts.Identifier): ts.Symbol | undefined {
    const p = id.parent;
    if (p && ts.isShorthandPropertyAssignment(p) && p.name === id) return this.checker.getShorthandAssignmentValueSymbol(p);
    return this.checker.getSymbolAtLocation(id);
  }

  /** The kind of a local declared by `name`: int when the oracle proved it, else by its type. */
  protected localKind(name: ts.Identifier): ValueType {
    const s = this.checker.getSymbolAtLocation(name);
    return s && this.oracle.intVars.has(s) ? 'int' : typeKindOf(this.checker, name);
  }

  // ---- conversions and moves ----------------------------------------------------------------

  /** Convert operand o to kind `to`. */
  protected convert(o: number, to: ValueType, node: ts.Node): number {
    const from = this.kindOfOperand(o);
    if (from === to) return o;
    const c = isReg(o) ? undefined : this.constOf.get(o)!;
    if (c) {
      if (from === 'int' && to === 'float') return this.const_(constFloat(c.value as number));
      if (to === 'ref') return this.const_(new Const('ref', c.value));
    }
    const conv: Partial<Record<`${ValueType}>${ValueType}`, IrJitOpcode>> = {
      'int>float': 'int_to_float', 'float>int': 'float_to_int', 'bool>int': 'bool_to_int',
      'int>ref': 'cast_int_to_ref', 'float>ref': 'cast_float_to_ref', 'bool>ref': 'cast_bool_to_ref',
      'ref>float': 'cast_ref_to_float', 'ref>bool': 'cast_ref_to_bool', 'ref>int': 'cast_ref_to_int',
    };
    const op = conv[`${from}>${to}`];
    if (op === undefined) this.fail(node, `a conversion from ${from} to ${to}`);
    return this.op(op, to, [o]);
  }

  /**
   * Store v into local register r; the operand now holding the value. When v is a temporary
   * written once, by the instruction just emitted, with no label in between, that instruction
   * writes r instead (no `move`; v is then never written, so r is returned).
   */
  protected moveInto(r: number, v: number, node: ts.Node): number {
    const src = this.convert(v, this.kinds[r]!, node);
    const k = this.code.length - 1;
    const last = this.code[k];
    if (this.reachable && last && isReg(src) && !this.varRegs.has(src) && defOf(last) === src && this.defs.get(src) === 1 && !this.labelAt.includes(k + 1)) {
      this.code[k] = { ...last, dst: r } as InsnBody;
      this.defs.set(src, 0);
      this.defs.set(r, (this.defs.get(r) ?? 0) + 1);
      return r;
    }
    this.emit({ op: 'move', dst: r, src });
    return src;
  }

  /** A copy of o when it is a local's register and `later` writes a local's register. */
  protected stable(o: number, later: readonly ts.Node[]): number {
    if (!isReg(o) || !this.varRegs.has(o) || !later.some((n) => this.writesRegister(n))) return o;
    return this.copy(o);
  }

  /** Can evaluating n write a register some local lives in? (A portal adds its frame fields.) */
  protected writesRegister(n: ts.Node): boolean {
    return writesLocal(n);
  }

  /** o in a fresh register of its kind. */
  protected copy(o: number): number {
    const t = this.reg(this.kindOfOperand(o));
    this.emit({ op: 'move', dst: t, src: o });
    return t;
  }
}

/** The kind of a node's type (numbers as float). */
function typeKindOf(checker: ts.TypeChecker, n: ts.Node): ValueType {
  return typeKind(checker.getTypeAtLocation(n));
}

/** The register an instruction writes, or -1. */
export function defOf(i: InsnBody): number {
  if (isIrInsn(i)) return i.dst;
  switch (i.op) {
    case 'inline_call':
    case 'residual_call':
    case 'move':
      return i.dst;
    default:
      return -1;
  }
}

/** Does n assign or update a local (the only side effect that can change a register)? */
export function writesLocal(n: ts.Node): boolean {
  let found = false;
  const visit = (x: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken || (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment)) {
        if (ts.isIdentifier(skipParens(x.left))) found = true;
      }
    }
    if ((ts.isPrefixUnaryExpression(x) || ts.isPostfixUnaryExpression(x)) && (x.operator === ts.SyntaxKind.PlusPlusToken || x.operator === ts.SyntaxKind.MinusMinusToken)) {
      if (ts.isIdentifier(skipParens(x.operand))) found = true;
    }
    ts.forEachChild(x, visit);
  };
  visit(n);
  return found;
}

export const skipParens = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? skipParens(e.expression) : e);

export function defaultConst(k: ValueType): Const {
  switch (k) {
    case 'int':
      return constInt(0);
    case 'float':
      return constFloat(0);
    case 'bool':
      return constBool(false);
    case 'ref':
      return new Const('ref', undefined);
  }
}
