/**
 * Lowering of one traced function to jitcode: statements to branches, expressions to
 * three-address operations on typed registers, through the jitcode assembler.
 *
 * Registers: the receiver (`this`, for methods) then the parameters are the argument
 * registers; each local gets one register for its whole life; every computed value gets a
 * fresh temporary, unless it is stored into a local by the instruction computing it. Registers
 * are not reused; unused ones are dropped at the end (registers.ts). Kinds follow
 * kinds.ts. Values change kind only through explicit conversions (`int_to_float`,
 * `float_to_int`, `bool_to_int`, `cast_*`), and a value is stored in the declared kind of its
 * destination (a `number` field or `number[]` element gets a float, an int typed array an int),
 * so the tracer's heap cache never forwards a value of another kind than the one read back.
 *
 * Evaluation order is JavaScript's: an operand that is a local's register is copied to a
 * temporary when a later operand of the same expression writes a local (`x + (x = 1)`).
 *
 * Control: `&&`, `||` and `?:` become branches; `if`/`while`/`do`/`for`/`break`/`continue`
 * (labeled or not) become `goto`/`goto_if_not`; a branch on a constant condition is decided
 * here. Calls: a traced callee becomes `inline_call` (its number from the context), a pure,
 * opaque or builtin free function `residual_call` (effect `pure` for pure functions and pure
 * builtins, `residual` otherwise).
 *
 * Liveness is computed last over the whole list (liveness.ts); the assembler then encodes it.
 *
 * Errors: a construct outside this lowering throws a `LowerError` naming the construct, the
 * function and `file:line:col`. The analysis rejects what is outside the subset with its
 * diagnostics first; should such a construct reach here anyway, the error carries the same
 * diagnostic (closures, `delete`, `for...in`, `try`). Anything else reaching here unsupported
 * is a part of the subset not lowered yet.
 */

import * as ts from 'typescript';
import type { Analysis, FunctionInfo } from '../analysis/types.js';
import { DiagCode, diagnosticAt, subsetMessage } from '../diagnostics.js';
import { JitcodeAssembler } from '../../runtime/jitcode/assembler.js';
import { type InsnBody, type Jitcode, isIrInsn, isReg } from '../../runtime/jitcode/format.js';
import type { Effect, IrJitOpcode } from '../../runtime/jitcode/opcodes.js';
import { OPS, type OpSpec } from '../../runtime/ir/optable.js';
import { Const, type ArrayKind, arrayDescr, constBool, constFloat, constInt, fieldDescr } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { KindOracle, arrayKindOf, isIntElem, typeKind } from './kinds.js';
import { withLiveness } from './liveness.js';
import { compactRegisters } from './registers.js';

export interface LowerContext {
  readonly analysis: Analysis;
  /** The number of the jitcode being built in its table. */
  readonly number: number;
  /** The jitcode number of a traced (or unrolled) callee. */
  jitcodeOf(callee: FunctionInfo): number;
  /** The run-time function of a pure, opaque or builtin callee, as a ref constant. */
  functionConst(callee: FunctionInfo): Const;
}

export class LowerError extends Error {
  constructor(
    message: string,
    /** The subset diagnostic of the construct, when one of diagnostics.ts fits. */
    readonly diagnostic: ts.Diagnostic | undefined = undefined,
  ) {
    super(message);
    this.name = 'LowerError';
  }
}

export function where(node: ts.Node): string {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${sf.fileName}:${line + 1}:${character + 1}`;
}

type FunctionDecl = ts.FunctionDeclaration | ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction;

const isFunctionDecl = (d: ts.Node): d is FunctionDecl =>
  ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d) || ts.isFunctionExpression(d) || ts.isArrowFunction(d);

/** The argument kinds (receiver first for methods) and return kind of a function, by declaration. */
export function signatureKinds(checker: ts.TypeChecker, decl: ts.Declaration): { receiver: boolean; params: ValueType[]; result: ValueType } {
  if (!isFunctionDecl(decl)) throw new LowerError(`cannot lower ${ts.SyntaxKind[decl.kind]} at ${where(decl)}: only functions and methods are lowered`);
  const receiver = ts.isMethodDeclaration(decl) && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static);
  const params = decl.parameters.map((p) => typeKind(checker.getTypeAtLocation(p)));
  const sig = checker.getSignatureFromDeclaration(decl);
  const ret = sig ? checker.getReturnTypeOfSignature(sig) : undefined;
  return { receiver, params, result: ret ? typeKind(ret) : 'ref' };
}

interface Loop {
  readonly brk: number;
  readonly cont: number;
  readonly labels: readonly string[];
}

/** Lower a traced function or method to jitcode. */
export function lowerFunction(checker: ts.TypeChecker, decl: ts.Declaration, ctx: LowerContext): Jitcode {
  return new Lowerer(checker, decl, ctx).run();
}

class Lowerer {
  private readonly kinds: ValueType[] = [];
  private readonly args: number[] = [];
  private readonly asm: JitcodeAssembler;
  private readonly code: InsnBody[] = [];
  private readonly labelAt: number[] = [];
  private readonly constOf = new Map<number, Const>();
  private readonly vars = new Map<ts.Symbol, number>();
  private readonly varRegs = new Set<number>();
  private readonly loops: Loop[] = [];
  private readonly oracle: KindOracle;
  private readonly decl: FunctionDecl;
  private readonly name: string;
  private readonly resultKind: ValueType;
  private thisReg = -1;
  /** Can control reach the next instruction emitted? */
  private reachable = true;
  /** Labels some emitted jump targets. */
  private readonly used = new Set<number>();
  /** How many instructions write each register. */
  private readonly defs = new Map<number, number>();
  private pendingLabels: string[] = [];

  constructor(
    private readonly checker: ts.TypeChecker,
    decl: ts.Declaration,
    private readonly ctx: LowerContext,
  ) {
    const info = ctx.analysis.functions.find((f) => f.decl === decl);
    this.name = info?.name ?? ((decl as ts.NamedDeclaration).name?.getText() ?? '<anonymous>');
    if (!isFunctionDecl(decl)) throw new LowerError(`cannot lower '${this.name}' (${ts.SyntaxKind[decl.kind]}) at ${where(decl)}: only functions and methods are lowered`);
    this.decl = decl;
    this.oracle = new KindOracle(checker);
    const sk = signatureKinds(checker, decl);
    this.resultKind = sk.result;
    if (sk.receiver) {
      this.thisReg = this.reg('ref');
      this.args.push(this.thisReg);
    }
    decl.parameters.forEach((p, k) => {
      if (!ts.isIdentifier(p.name)) this.fail(p, 'a destructuring parameter');
      if (p.initializer || p.dotDotDotToken) this.fail(p, 'a default or rest parameter');
      const r = this.reg(sk.params[k]!);
      this.args.push(r);
      this.bindVar(p.name as ts.Identifier, r);
    });
    this.asm = new JitcodeAssembler(this.name, ctx.number, this.kinds, this.args);
  }

  run(): Jitcode {
    const body = this.decl.body;
    if (!body) this.fail(this.decl, 'a function without a body');
    this.oracle.inferLocals(body);
    if (ts.isBlock(body)) this.block(body.statements);
    else this.emit({ op: 'return', value: this.exprAs(body, this.resultKind) });
    if (this.reachable) {
      if (this.resultKind !== 'ref') this.fail(this.decl, `the end of a function returning ${this.resultKind} reached without 'return'`);
      this.emit({ op: 'return', value: this.const_(new Const('ref', undefined)) });
    }
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

  // ---- building blocks ----------------------------------------------------------------------

  private fail(node: ts.Node, what: string): never {
    throw new LowerError(`${where(node)}: ${what} in '${this.name}' is not lowered to jitcode`);
  }

  /** A construct outside the traced subset: its diagnostic (the analysis reports it first). */
  private outside(node: ts.Node, code: DiagCode, message: string): never {
    const d = diagnosticAt(node, code, message);
    throw new LowerError(`${where(node)}: TS${code}: ${message}`, d);
  }

  private reg(k: ValueType): number {
    return this.kinds.push(k) - 1;
  }

  private const_(c: Const): number {
    const o = this.asm.const_(c);
    this.constOf.set(o, c);
    return o;
  }

  private kindOfOperand(o: number): ValueType {
    return isReg(o) ? this.kinds[o]! : this.constOf.get(o)!.type;
  }

  private label(): number {
    const l = this.asm.label();
    this.labelAt[l] = -1;
    return l;
  }

  private bind(l: number): void {
    this.labelAt[l] = this.code.length;
    if (this.used.has(l)) this.reachable = true;
  }

  private emit(i: InsnBody): void {
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
      case 'return':
      case 'raise':
        this.reachable = false;
        break;
      default:
        break;
    }
  }

  private op(op: IrJitOpcode, kind: ValueType, args: number[], descr: number | null = null): number {
    const dst = this.reg(kind);
    const spec: OpSpec = OPS[op];
    this.emit({ op, dst, kind: spec.result === 'any' ? kind : null, args, descr });
    return dst;
  }

  private jumpIfNot(cond: number, target: number): void {
    if (!isReg(cond)) {
      if (this.constOf.get(cond)!.value !== true) this.emit({ op: 'goto', target });
      return;
    }
    this.emit({ op: 'goto_if_not', cond, target, live: [] });
  }

  private bindVar(id: ts.Identifier, r: number): void {
    const s = this.checker.getSymbolAtLocation(id);
    if (!s) this.fail(id, `the name '${id.text}'`);
    this.vars.set(s, r);
    this.varRegs.add(r);
  }

  private varOf(id: ts.Identifier): number | undefined {
    const s = this.checker.getSymbolAtLocation(id);
    return s ? this.vars.get(s) : undefined;
  }

  /** Convert operand o to kind `to`. */
  private convert(o: number, to: ValueType, node: ts.Node): number {
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
  private moveInto(r: number, v: number, node: ts.Node): number {
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

  /** A copy of o when it is a local's register and `later` writes a local. */
  private stable(o: number, later: readonly ts.Node[]): number {
    if (!isReg(o) || !this.varRegs.has(o) || !later.some(writesLocal)) return o;
    const t = this.reg(this.kinds[o]!);
    this.emit({ op: 'move', dst: t, src: o });
    return t;
  }

  // ---- statements ---------------------------------------------------------------------------

  private block(stmts: readonly ts.Statement[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: ts.Statement): void {
    const labels = this.pendingLabels;
    this.pendingLabels = [];
    if (ts.isBlock(s)) return this.block(s.statements);
    if (ts.isEmptyStatement(s)) return;
    if (ts.isExpressionStatement(s)) return this.effect(s.expression);
    if (ts.isVariableStatement(s)) return this.varDecls(s.declarationList);
    if (ts.isReturnStatement(s)) {
      const value = s.expression ? this.exprAs(s.expression, this.resultKind) : this.const_(new Const('ref', undefined));
      if (!s.expression && this.resultKind !== 'ref') this.fail(s, `'return' without a value from a function returning ${this.resultKind}`);
      this.emit({ op: 'return', value });
      return;
    }
    if (ts.isThrowStatement(s)) {
      this.emit({ op: 'raise', value: this.exprAs(s.expression, 'ref') });
      return;
    }
    if (ts.isIfStatement(s)) {
      const els = this.label();
      const end = this.label();
      this.jumpIfNot(this.cond(s.expression), els);
      this.stmt(s.thenStatement);
      this.emit({ op: 'goto', target: end });
      this.bind(els);
      if (s.elseStatement) this.stmt(s.elseStatement);
      this.emit({ op: 'goto', target: end });
      this.bind(end);
      return;
    }
    if (ts.isLabeledStatement(s)) {
      const inner = s.statement;
      if (!ts.isIterationStatement(inner, false)) this.fail(s, 'a label on a statement that is not a loop');
      this.pendingLabels = [...labels, s.label.text];
      return this.stmt(inner);
    }
    if (ts.isWhileStatement(s)) {
      const head = this.label();
      const end = this.label();
      this.bind(head);
      this.jumpIfNot(this.cond(s.expression), end);
      this.loopBody(s.statement, end, head, labels);
      this.emit({ op: 'goto', target: head });
      this.bind(end);
      return;
    }
    if (ts.isDoStatement(s)) {
      const head = this.label();
      const test = this.label();
      const end = this.label();
      this.bind(head);
      this.loopBody(s.statement, end, test, labels);
      this.emit({ op: 'goto', target: test });
      this.bind(test);
      const c = this.cond(s.expression);
      this.jumpIfNot(c, end);
      this.emit({ op: 'goto', target: head });
      this.bind(end);
      return;
    }
    if (ts.isForStatement(s)) {
      if (s.initializer) {
        if (ts.isVariableDeclarationList(s.initializer)) this.varDecls(s.initializer);
        else this.expr(s.initializer);
      }
      const head = this.label();
      const next = this.label();
      const end = this.label();
      this.bind(head);
      if (s.condition) this.jumpIfNot(this.cond(s.condition), end);
      this.loopBody(s.statement, end, next, labels);
      this.emit({ op: 'goto', target: next });
      this.bind(next);
      if (s.incrementor) this.effect(s.incrementor);
      this.emit({ op: 'goto', target: head });
      this.bind(end);
      return;
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      const name = s.label?.text;
      const loop = [...this.loops].reverse().find((l) => name === undefined || l.labels.includes(name));
      if (!loop) this.fail(s, `'${s.getText()}' outside a loop (or out of a switch)`);
      this.emit({ op: 'goto', target: ts.isBreakStatement(s) ? loop.brk : loop.cont });
      return;
    }
    if (ts.isTryStatement(s)) {
      if (s.finallyBlock) this.outside(s, DiagCode.TryFinally, subsetMessage.tryFinally(this.name));
      this.outside(s, DiagCode.TryCatch, subsetMessage.tryCatch(this.name));
    }
    if (ts.isForInStatement(s)) this.outside(s, DiagCode.ForIn, subsetMessage.forIn(this.name));
    this.fail(s, `the statement '${ts.SyntaxKind[s.kind]}'`);
  }

  /** An expression evaluated for its effect: a postfix update need not keep the old value. */
  private effect(e: ts.Expression): void {
    if (ts.isPostfixUnaryExpression(e)) this.update(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1, false);
    else this.expr(e);
  }

  private loopBody(body: ts.Statement, brk: number, cont: number, labels: readonly string[]): void {
    this.loops.push({ brk, cont, labels });
    this.stmt(body);
    this.loops.pop();
  }

  private varDecls(list: ts.VariableDeclarationList): void {
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) this.fail(d, 'a destructuring declaration');
      const s = this.checker.getSymbolAtLocation(d.name);
      const k = s && this.oracle.intVars.has(s) ? 'int' : typeKind(this.checker.getTypeAtLocation(d.name));
      const r = this.reg(k);
      const value = d.initializer ? this.exprAs(d.initializer, k) : this.const_(defaultConst(k));
      this.bindVar(d.name, r);
      this.moveInto(r, value, d);
    }
  }

  /** The bool deciding a condition. */
  private cond(e: ts.Expression): number {
    return this.truthy(this.expr(e), e);
  }

  /** JavaScript truthiness of the value o of expression e, as a bool. */
  private truthy(o: number, e: ts.Expression): number {
    const k = this.kindOfOperand(o);
    switch (k) {
      case 'bool':
        return o;
      case 'int':
        return this.op('int_is_true', 'bool', [o]);
      case 'float':
        // Neither 0, -0 nor NaN: |x| > 0 is false exactly for those.
        return this.op('float_gt', 'bool', [this.op('float_abs', 'float', [o]), this.const_(constFloat(0))]);
      case 'ref': {
        const t = this.checker.getTypeAtLocation(e);
        const parts = t.isUnion() ? t.types : [t];
        const objectish = parts.every((p) => p.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void));
        if (!objectish) this.fail(e, `truthiness of a '${this.checker.typeToString(t)}'`);
        return this.op('bool_not', 'bool', [this.op('ref_is_null', 'bool', [o])]);
      }
    }
  }

  // ---- expressions --------------------------------------------------------------------------

  private exprAs(e: ts.Expression, k: ValueType): number {
    return this.convert(this.expr(e), k, e);
  }

  /** Lower e; the operand holds its value in `oracle.kindOf(e)`. */
  private expr(e: ts.Expression): number {
    const want = this.oracle.kindOf(e);
    return this.convert(this.exprRaw(e), want, e);
  }

  private exprRaw(e: ts.Expression): number {
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return this.expr(e.expression);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      return this.const_(this.oracle.isInt32(e) ? constInt(v) : constFloat(v));
    }
    if (e.kind === ts.SyntaxKind.TrueKeyword) return this.const_(constBool(true));
    if (e.kind === ts.SyntaxKind.FalseKeyword) return this.const_(constBool(false));
    if (e.kind === ts.SyntaxKind.NullKeyword) return this.const_(new Const('ref', null));
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return this.const_(new Const('ref', e.text));
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      if (this.thisReg < 0) this.fail(e, "'this' outside a method");
      return this.thisReg;
    }
    if (ts.isIdentifier(e)) {
      const r = this.varOf(e);
      if (r !== undefined) return r;
      if (e.text === 'undefined') return this.const_(new Const('ref', undefined));
      return this.fail(e, `the free variable '${e.text}'`);
    }
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e);
    if (ts.isPostfixUnaryExpression(e)) return this.update(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1, true);
    if (ts.isBinaryExpression(e)) return this.binary(e);
    if (ts.isConditionalExpression(e)) {
      const k = this.oracle.kindOf(e);
      const t = this.reg(k);
      const els = this.label();
      const end = this.label();
      this.jumpIfNot(this.cond(e.condition), els);
      this.emit({ op: 'move', dst: t, src: this.exprAs(e.whenTrue, k) });
      this.emit({ op: 'goto', target: end });
      this.bind(els);
      this.emit({ op: 'move', dst: t, src: this.exprAs(e.whenFalse, k) });
      this.emit({ op: 'goto', target: end });
      this.bind(end);
      return t;
    }
    if (ts.isPropertyAccessExpression(e)) return this.property(e);
    if (ts.isElementAccessExpression(e)) {
      const { arr, index, kind } = this.element(e, []);
      return this.op('getarrayitem', this.elemKind(kind, e), [arr, index], this.asm.descr(arrayDescr(kind)));
    }
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e)) {
      const what = ts.isArrowFunction(e) ? 'An arrow function' : ts.isFunctionExpression(e) ? 'A function expression' : 'A class expression';
      this.outside(e, DiagCode.Closure, subsetMessage.closure(this.name, what));
    }
    if (ts.isDeleteExpression(e)) this.outside(e, DiagCode.Delete, subsetMessage.delete(this.name));
    return this.fail(e, `the expression '${ts.SyntaxKind[e.kind]}'`);
  }

  private prefix(e: ts.PrefixUnaryExpression): number {
    switch (e.operator) {
      case ts.SyntaxKind.ExclamationToken:
        return this.op('bool_not', 'bool', [this.cond(e.operand)]);
      case ts.SyntaxKind.MinusToken: {
        if (ts.isNumericLiteral(e.operand)) {
          const v = -Number(e.operand.text);
          return this.const_(this.oracle.isInt32(e) ? constInt(v) : constFloat(v));
        }
        return this.op('float_neg', 'float', [this.numberAs(e.operand, 'float')]);
      }
      case ts.SyntaxKind.PlusToken:
        return this.numberAs(e.operand, 'float');
      case ts.SyntaxKind.TildeToken:
        return this.op('int_invert', 'int', [this.numberAs(e.operand, 'int')]);
      case ts.SyntaxKind.PlusPlusToken:
        return this.update(e.operand, 1, false);
      case ts.SyntaxKind.MinusMinusToken:
        return this.update(e.operand, -1, false);
      default:
        return this.fail(e, `the operator '${ts.tokenToString(e.operator)}'`);
    }
  }

  /** A number-typed operand converted to k (ToInt32 for int, which is what bitwise ops do). */
  private numberAs(e: ts.Expression, k: 'int' | 'float'): number {
    const o = this.expr(e);
    const from = this.kindOfOperand(o);
    if (from !== 'int' && from !== 'float') this.fail(e, `arithmetic on a '${this.checker.typeToString(this.checker.getTypeAtLocation(e))}'`);
    return this.convert(o, k, e);
  }

  /** `x++`, `--x`, `o.f++`, `a[i]--`: the old value (postfix) or the new one. */
  private update(target: ts.Expression, delta: 1 | -1, postfix: boolean): number {
    const place = this.place(target, []);
    const old = this.convert(place.read(), 'float', target);
    let oldCopy = old;
    if (postfix && isReg(old) && this.varRegs.has(old)) {
      oldCopy = this.reg('float');
      this.emit({ op: 'move', dst: oldCopy, src: old });
    }
    const nv = this.op('float_add', 'float', [oldCopy, this.const_(constFloat(delta))]);
    const stored = place.write(nv);
    return postfix ? oldCopy : stored;
  }

  private binary(e: ts.BinaryExpression): number {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const place = this.place(e.left, [e.right]);
      return place.write(this.expr(e.right));
    }
    if (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment) {
      const place = this.place(e.left, [e.right]);
      const old = this.stable(place.read(), [e.right]);
      const v = this.arith(COMPOUND[op] ?? this.fail(e, `the operator '${e.operatorToken.getText()}'`), old, this.expr(e.right), e);
      return place.write(v);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      const k = this.oracle.kindOf(e);
      const t = this.reg(k);
      const lv = this.expr(e.left);
      this.emit({ op: 'move', dst: t, src: this.convert(lv, k, e.left) });
      const c = this.truthy(lv, e.left);
      const end = this.label();
      const right = this.label();
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        this.jumpIfNot(c, end);
      } else {
        this.jumpIfNot(c, right);
        this.emit({ op: 'goto', target: end });
        this.bind(right);
      }
      this.emit({ op: 'move', dst: t, src: this.exprAs(e.right, k) });
      this.emit({ op: 'goto', target: end });
      this.bind(end);
      return t;
    }
    const wrapped = this.wrappingIntOp(e);
    if (wrapped) return wrapped;
    const l = this.stable(this.expr(e.left), [e.right]);
    const r = this.expr(e.right);
    if (op in ARITH) return this.arith(op, l, r, e);
    switch (op) {
      case ts.SyntaxKind.LessThanToken:
      case ts.SyntaxKind.LessThanEqualsToken:
      case ts.SyntaxKind.GreaterThanToken:
      case ts.SyntaxKind.GreaterThanEqualsToken: {
        const k = this.numericPair(l, r, e);
        return this.op(`${k}_${CMP[op]}` as IrJitOpcode, 'bool', [this.convert(l, k, e), this.convert(r, k, e)]);
      }
      case ts.SyntaxKind.EqualsEqualsEqualsToken:
      case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      case ts.SyntaxKind.EqualsEqualsToken:
      case ts.SyntaxKind.ExclamationEqualsToken:
        return this.equality(op, l, r, e);
      default:
        return this.fail(e, `the operator '${e.operatorToken.getText()}'`);
    }
  }

  /**
   * `(a + b) | 0` and `(a - b) | 0` on int operands: exactly `int_add` / `int_sub` (the sum of
   * two int32s is exact in a double, and `| 0` wraps it as the int ops do). Not `*`: a double
   * product of two int32s may round before `| 0`, which `int_mul` (Math.imul) does not.
   */
  private wrappingIntOp(e: ts.BinaryExpression): number | null {
    const zero = skipParens(e.right);
    if (e.operatorToken.kind !== ts.SyntaxKind.BarToken || !ts.isNumericLiteral(zero) || Number(zero.text) !== 0) return null;
    const inner = skipParens(e.left);
    if (!ts.isBinaryExpression(inner)) return null;
    const iop = inner.operatorToken.kind;
    if (iop !== ts.SyntaxKind.PlusToken && iop !== ts.SyntaxKind.MinusToken) return null;
    if (this.oracle.kindOf(inner.left) !== 'int' || this.oracle.kindOf(inner.right) !== 'int') return null;
    const l = this.stable(this.expr(inner.left), [inner.right]);
    const r = this.expr(inner.right);
    return this.op(iop === ts.SyntaxKind.PlusToken ? 'int_add' : 'int_sub', 'int', [l, r]);
  }

  /** int when both are int, float when both are numbers. */
  private numericPair(l: number, r: number, e: ts.BinaryExpression): 'int' | 'float' {
    const kl = this.kindOfOperand(l);
    const kr = this.kindOfOperand(r);
    const num = (k: ValueType): boolean => k === 'int' || k === 'float';
    if (!num(kl) || !num(kr)) this.fail(e, `'${e.operatorToken.getText()}' on non-numbers`);
    return kl === 'int' && kr === 'int' ? 'int' : 'float';
  }

  private arith(op: ts.SyntaxKind, l: number, r: number, e: ts.BinaryExpression): number {
    const spec = ARITH[op];
    if (!spec) return this.fail(e, `the operator '${ts.tokenToString(op)}'`);
    this.numericPair(l, r, e); // rejects non-number operands (string `+`)
    if (spec.int) {
      // `x | 0` is ToInt32(x) alone.
      const li = this.convert(l, 'int', e);
      if (op === ts.SyntaxKind.BarToken && !isReg(r) && this.constOf.get(r)!.value === 0) return li;
      return this.op(spec.int, 'int', [li, this.convert(r, 'int', e)]);
    }
    return this.op(spec.float!, 'float', [this.convert(l, 'float', e), this.convert(r, 'float', e)]);
  }

  private equality(op: ts.SyntaxKind, l: number, r: number, e: ts.BinaryExpression): number {
    const negate = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    const loose = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    const kl = this.kindOfOperand(l);
    const kr = this.kindOfOperand(r);
    const isNullish = (x: ts.Expression): boolean => x.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(x) && x.text === 'undefined');
    let b: number;
    if (loose && (isNullish(e.left) || isNullish(e.right))) {
      const other = isNullish(e.left) ? r : l;
      b = this.kindOfOperand(other) === 'ref' ? this.op('ref_is_null', 'bool', [other]) : this.const_(constBool(false));
    } else if ((kl === 'int' || kl === 'float') && (kr === 'int' || kr === 'float')) {
      const k = kl === 'int' && kr === 'int' ? 'int' : 'float';
      b = this.op(`${k}_eq`, 'bool', [this.convert(l, k, e), this.convert(r, k, e)]);
    } else if (kl === 'bool' && kr === 'bool') {
      b = this.op('int_eq', 'bool', [this.convert(l, 'int', e), this.convert(r, 'int', e)]);
    } else {
      if (loose) this.fail(e, `'${e.operatorToken.getText()}' between a ${kl} and a ${kr} (use '===')`);
      b = this.op('ref_eq', 'bool', [this.convert(l, 'ref', e), this.convert(r, 'ref', e)]);
    }
    return negate ? this.op('bool_not', 'bool', [b]) : b;
  }

  // ---- places: locals, fields, elements ----------------------------------------------------

  /** A location read and written by assignments; operands are evaluated once, in order. */
  private place(target: ts.Expression, later: readonly ts.Node[]): { read(): number; write(v: number): number } {
    if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) return this.place(target.expression, later);
    if (ts.isIdentifier(target)) {
      const r = this.varOf(target);
      if (r === undefined) this.fail(target, `assignment to the free variable '${target.text}'`);
      return { read: () => r, write: (v) => this.moveInto(r, v, target) };
    }
    if (ts.isPropertyAccessExpression(target)) {
      const field = this.field(target);
      const obj = this.stable(this.expr(target.expression), later);
      const d = this.asm.descr(fieldDescr(target.name.text));
      const k = typeKind(this.checker.getTypeAtLocation(target));
      return {
        read: () => this.op('getfield', k, [obj], d),
        write: (v) => {
          if (field.readonly) this.fail(target, 'a write to a readonly field');
          this.emit({ op: 'setfield', dst: -1, kind: null, args: [obj, this.convert(v, k, target)], descr: d });
          return v;
        },
      };
    }
    if (ts.isElementAccessExpression(target)) {
      const { arr, index, kind } = this.element(target, later);
      const d = this.asm.descr(arrayDescr(kind));
      const ek = this.elemKind(kind, target);
      return {
        read: () => this.op('getarrayitem', ek, [arr, index], d),
        write: (v) => {
          // Uint8ClampedArray rounds and clamps: the value is stored as it is, never truncated first.
          const sv = kind === 'u8c' ? v : this.convert(v, ek, target);
          this.emit({ op: 'setarrayitem', dst: -1, kind: null, args: [arr, index, sv], descr: d });
          return v;
        },
      };
    }
    return this.fail(target, `assignment to '${ts.SyntaxKind[target.kind]}'`);
  }

  private elemKind(kind: ArrayKind, e: ts.ElementAccessExpression): ValueType {
    if (kind === 'any') return typeKind(this.checker.getTypeAtLocation(e));
    return isIntElem(kind) ? 'int' : 'float';
  }

  /**
   * The array, index and element kind of `a[i]`. The index is converted to int with ToInt32:
   * the subset assumes array indices are integers in the int32 range (a fractional or huge
   * index would read another element than JavaScript does).
   */
  private element(e: ts.ElementAccessExpression, later: readonly ts.Node[]): { arr: number; index: number; kind: ArrayKind } {
    const kind = arrayKindOf(this.checker, this.checker.getTypeAtLocation(e.expression));
    if (kind === null) this.fail(e, `indexing a '${this.checker.typeToString(this.checker.getTypeAtLocation(e.expression))}'`);
    const arr = this.stable(this.expr(e.expression), [e.argumentExpression, ...later]);
    const idx = this.stable(this.numberAs(e.argumentExpression, 'int'), later);
    return { arr, index: idx, kind };
  }

  /** The field a property access names: an instance field of a class (not an accessor or method). */
  private field(e: ts.PropertyAccessExpression): { readonly: boolean } {
    const sym = this.checker.getSymbolAtLocation(e.name);
    const d = sym?.valueDeclaration;
    const isField = d && (ts.isPropertyDeclaration(d) || (ts.isParameter(d) && ts.isConstructorDeclaration(d.parent)));
    if (!isField || ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static) this.fail(e, `the property '${e.getText()}' (only instance fields of classes are lowered)`);
    const virtualizable = this.ctx.analysis.classes.some((c) => c.fields.some((f) => f.decl === d && f.virtualizable));
    if (virtualizable) this.fail(e, `the virtualizable field '${e.getText()}'`);
    return { readonly: (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0 };
  }

  private property(e: ts.PropertyAccessExpression): number {
    if (e.questionDotToken) this.fail(e, 'optional chaining');
    if (e.name.text === 'length') {
      const kind = arrayKindOf(this.checker, this.checker.getTypeAtLocation(e.expression));
      if (kind !== null) return this.op('arraylen', 'int', [this.expr(e.expression)], this.asm.descr(arrayDescr(kind)));
    }
    const f = this.field(e);
    const k = typeKind(this.checker.getTypeAtLocation(e));
    return this.op(f.readonly ? 'getfield_imm' : 'getfield', k, [this.expr(e.expression)], this.asm.descr(fieldDescr(e.name.text)));
  }

  // ---- calls --------------------------------------------------------------------------------

  private call(e: ts.CallExpression): number {
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    if (!site || site.callees.length === 0) this.fail(e, `the call '${e.expression.getText()}' (no callee known to the analysis)`);
    if (site.polymorphic) this.fail(e, `the polymorphic call '${e.expression.getText()}'`);
    if (e.questionDotToken) this.fail(e, 'optional call');
    const callee = site.callees[0]!;
    const args: number[] = [];
    const all: ts.Expression[] = [...e.arguments];
    switch (callee.kind) {
      case 'traced':
      case 'unroll': {
        const sk = signatureKinds(this.checker, callee.decl);
        if (sk.receiver) {
          if (!ts.isPropertyAccessExpression(e.expression)) this.fail(e, 'a method call without a receiver');
          args.push(this.stable(this.exprAs(e.expression.expression, 'ref'), all));
        }
        if (all.length !== sk.params.length) this.fail(e, `a call with ${all.length} arguments of a function taking ${sk.params.length}`);
        all.forEach((a, k) => args.push(this.stable(this.exprAs(a, sk.params[k]!), all.slice(k + 1))));
        const dst = this.voidCall(e) ? -1 : this.reg(sk.result);
        this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst, args, live: [] });
        return dst < 0 ? this.const_(new Const('ref', undefined)) : dst;
      }
      case 'pure':
      case 'opaque':
      case 'builtin': {
        if (ts.isPropertyAccessExpression(e.expression) && !this.isNamespace(e.expression.expression)) {
          this.fail(e, `the residual method call '${e.expression.getText()}' (a receiver is not passed to residual calls yet)`);
        }
        const effect: Effect = callee.kind === 'pure' || (callee.kind === 'builtin' && callee.effect === 'pure') ? 'pure' : 'residual';
        const fn = this.const_(this.ctx.functionConst(callee));
        all.forEach((a, k) => args.push(this.stable(this.expr(a), all.slice(k + 1))));
        const dst = this.voidCall(e) ? -1 : this.reg(typeKind(this.checker.getTypeAtLocation(e)));
        this.emit({ op: 'residual_call', fn, dst, effect, args, live: [] });
        return dst < 0 ? this.const_(new Const('ref', undefined)) : dst;
      }
      case 'dispatch':
        return this.fail(e, 'a call of a dispatch method');
    }
  }

  private voidCall(e: ts.CallExpression): boolean {
    return (this.checker.getTypeAtLocation(e).flags & ts.TypeFlags.Void) !== 0;
  }

  /** Is e a global namespace object of the library (`Math`, `Number`): not a guest value. */
  private isNamespace(e: ts.Expression): boolean {
    if (!ts.isIdentifier(e)) return false;
    const d = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
    return d !== undefined && d.getSourceFile().isDeclarationFile;
  }
}

/** The register an instruction writes, or -1. */
function defOf(i: InsnBody): number {
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
function writesLocal(n: ts.Node): boolean {
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

const skipParens = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? skipParens(e.expression) : e);

function defaultConst(k: ValueType): Const {
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

const CMP: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: 'lt',
  [ts.SyntaxKind.LessThanEqualsToken]: 'le',
  [ts.SyntaxKind.GreaterThanToken]: 'gt',
  [ts.SyntaxKind.GreaterThanEqualsToken]: 'ge',
};

/** Arithmetic operators: int ops for the ToInt32 operators, float ops for the others. */
const ARITH: Partial<Record<ts.SyntaxKind, { int?: IrJitOpcode; float?: IrJitOpcode }>> = {
  [ts.SyntaxKind.PlusToken]: { float: 'float_add' },
  [ts.SyntaxKind.MinusToken]: { float: 'float_sub' },
  [ts.SyntaxKind.AsteriskToken]: { float: 'float_mul' },
  [ts.SyntaxKind.SlashToken]: { float: 'float_div' },
  [ts.SyntaxKind.PercentToken]: { float: 'float_mod' },
  [ts.SyntaxKind.BarToken]: { int: 'int_or' },
  [ts.SyntaxKind.AmpersandToken]: { int: 'int_and' },
  [ts.SyntaxKind.CaretToken]: { int: 'int_xor' },
  [ts.SyntaxKind.LessThanLessThanToken]: { int: 'int_shl' },
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: { int: 'int_shr' },
};

const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
  [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
};

