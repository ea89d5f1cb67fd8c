/**
 * The portal: one iteration of a dispatch loop as jitcode (`lowerPortal`), what the tracers
 * and the blackhole run from a merge point to the next.
 *
 * Shape required of the dispatch method (else a `LowerError` with file:line:col):
 * - the dispatch loop (`DispatchInfo.loop`) is `for (;;)` without initializer, condition or
 *   incrementor, or `while (true)`, and its first statement is `driver.mergePoint({...})`;
 * - each green and red of the driver is a parameter of the method or a local declared in it
 *   before the loop;
 * - every local declared before the loop (or parameter) that the loop, or the code after it,
 *   uses is a green or a red.
 *
 * The jitcode: arguments are the merge-point values, the receiver (for a method), then the
 * greens, then the reds, each in declared order, in the registers of their variables. The
 * body after the merge point is lowered as it is; falling off its end, or `continue` of the
 * dispatch loop, is `merge` of the current registers of those variables (in the same order);
 * `return` is `return`, `throw` `raise`; `break` out of the dispatch loop goes on with the
 * statements after the loop (in the enclosing blocks, up to the method's end, which returns).
 * `driver.mergePoint(...)` and `driver.canEnterJit(...)` inside the loop lower to nothing.
 * The jitcode's name is the dispatch method's name + `.portal`.
 *
 * Invariant: every `merge` names the same registers in the same order, so a merge's values are
 * the next iteration's arguments.
 */

import * as ts from 'typescript';
import type { DispatchInfo, DriverInfo } from '../analysis/types.js';
import type { Jitcode } from '../../runtime/jitcode/format.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { type LowerContext, LowerError, where } from './context.js';
import { typeKind } from './kinds.js';
import { signatureKinds } from './signatures.js';
import { StatementLowerer } from './statements.js';

/** Lower one iteration of a dispatch loop to jitcode. */
export function lowerPortal(checker: ts.TypeChecker, dispatch: DispatchInfo, ctx: LowerContext): Jitcode {
  return new PortalLowerer(checker, dispatch, ctx).run();
}

const portalError = (node: ts.Node, message: string): LowerError => new LowerError(`${where(node)}: ${message}`, undefined, node);

class PortalLowerer extends StatementLowerer {
  protected readonly resultKind: ValueType;
  private readonly method: ts.MethodDeclaration;
  private readonly driver: DriverInfo;
  private readonly loop: ts.ForStatement | ts.WhileStatement;
  private readonly mergePoint: ts.CallExpression;
  /** The registers of the receiver, the greens and the reds: the merge values. */
  private readonly mergeRegs: number[] = [];
  /** Parameters and locals declared before the loop. */
  private readonly outerLocals = new Set<ts.Symbol>();
  /** Lowering the statements after the loop (for the wording of errors). */
  private afterLoop = false;

  constructor(checker: ts.TypeChecker, dispatch: DispatchInfo, ctx: LowerContext) {
    super(checker, ctx, `${dispatch.method.name}.portal`);
    const decl = dispatch.method.decl;
    const mname = dispatch.method.name;
    if (!ts.isMethodDeclaration(decl) || !decl.body) throw portalError(decl, `the dispatch method '${mname}' is not a method with a body`);
    this.method = decl;
    if (!dispatch.driver) throw portalError(decl.name, `the dispatch method '${mname}' has no driver with a merge point in it`);
    this.driver = dispatch.driver;
    if (!dispatch.loop) throw portalError(decl.name, `the merge point of driver '${this.driver.name}' is not in a loop of '${mname}'`);
    this.loop = checkLoopShape(dispatch.loop, mname);
    this.mergePoint = this.firstMergePoint(mname);
    this.resultKind = signatureKinds(checker, decl).result;
    this.oracle.inferLocals(decl.body);
    this.collectOuterLocals();
    if (!(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static)) {
      this.thisReg = this.reg('ref');
      this.args.push(this.thisReg);
      this.mergeRegs.push(this.thisReg);
    }
    for (const [name, what] of [...this.driver.greens.map((g) => [g, 'green'] as const), ...this.driver.reds.map((r) => [r, 'red'] as const)]) {
      const { symbol, kind } = this.mergeVariable(name, what);
      const r = this.reg(kind);
      this.args.push(r);
      this.mergeRegs.push(r);
      this.bindSymbol(symbol, r);
    }
  }

  run(): Jitcode {
    const merge = this.label();
    const after = this.label();
    const stmts = this.loop.statement;
    const rest = ts.isBlock(stmts) ? stmts.statements.slice(1) : [];
    this.breakables.push({ brk: after, cont: merge, labels: loopLabels(this.loop) });
    this.block(rest);
    this.breakables.pop();
    this.goto(merge);
    this.bind(merge);
    this.emit({ op: 'merge', values: [...this.mergeRegs], live: [] });
    this.bind(after);
    if (this.reachable) this.lowerAfterLoop();
    return this.assemble();
  }

  /** The statements after the loop, up to the method's end (which returns). */
  private lowerAfterLoop(): void {
    this.afterLoop = true;
    let node: ts.Node = this.loop;
    while (ts.isLabeledStatement(node.parent)) node = node.parent;
    for (; node !== this.method.body; node = node.parent) {
      const p = node.parent;
      if (ts.isBlock(p)) this.block(p.statements.slice(p.statements.indexOf(node as ts.Statement) + 1));
      else if (!ts.isIfStatement(p)) this.fail(p, `a 'break' out of a dispatch loop inside a ${ts.SyntaxKind[p.kind]}`);
    }
    if (this.reachable) {
      if (this.resultKind !== 'ref') this.fail(this.method, `the end of a method returning ${this.resultKind} reached without 'return'`);
      this.emit({ op: 'return', value: this.undefinedConst() });
    }
  }

  // ---- merge-point variables ----------------------------------------------------------------

  private firstMergePoint(mname: string): ts.CallExpression {
    const body = this.loop.statement;
    const first = ts.isBlock(body) ? body.statements[0] : body;
    const call = first && ts.isExpressionStatement(first) && ts.isCallExpression(first.expression) ? first.expression : undefined;
    if (!call || !this.driver.mergePoints.includes(call)) {
      throw portalError(first ?? this.loop, `the dispatch loop of '${mname}' must start with '${this.driverText()}.mergePoint({...})'`);
    }
    return call;
  }

  private driverText(): string {
    const mp = this.driver.mergePoints[0];
    return mp && ts.isPropertyAccessExpression(mp.expression) ? mp.expression.expression.getText() : 'driver';
  }

  /** Parameters of the method, and locals declared in its body before the loop. */
  private collectOuterLocals(): void {
    const add = (name: ts.Identifier): void => {
      const s = this.checker.getSymbolAtLocation(name);
      if (s) this.outerLocals.add(s);
    };
    for (const p of this.method.parameters) if (ts.isIdentifier(p.name)) add(p.name);
    const loopStart = this.loop.getStart();
    const visit = (n: ts.Node): void => {
      if (n === this.loop || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.getStart() < loopStart) add(n.name);
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(this.method.body!, visit);
  }

  /** The variable a green or red names, and its kind. */
  private mergeVariable(name: string, what: 'green' | 'red'): { symbol: ts.Symbol; kind: ValueType } {
    const symbol = [...this.outerLocals].find((s) => s.name === name);
    if (!symbol) {
      const at = this.mergePointProperty(name) ?? this.mergePoint;
      throw portalError(at, `'${name}', a ${what} of driver '${this.driver.name}', is not a parameter of '${this.method.name.getText()}' or a local declared before its dispatch loop`);
    }
    const d = symbol.valueDeclaration!;
    const kind = ts.isParameter(d) ? typeKind(this.checker.getTypeAtLocation(d)) : this.localKind((d as ts.VariableDeclaration).name as ts.Identifier);
    return { symbol, kind };
  }

  private mergePointProperty(name: string): ts.Node | undefined {
    const arg = this.mergePoint.arguments[0];
    if (!arg || !ts.isObjectLiteralExpression(arg)) return undefined;
    return arg.properties.find((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === name);
  }

  protected override freeVariable(id: ts.Identifier, assigned: boolean): never {
    const s = this.checker.getSymbolAtLocation(id);
    if (s && this.outerLocals.has(s)) {
      const where_ = this.afterLoop ? 'after the dispatch loop' : 'in the dispatch loop';
      const fix = this.afterLoop ? 'add it to the reds' : 'add it to the reds, or compute it inside the loop';
      throw portalError(id, `'${id.text}' is used ${where_} but is not a green or red of driver '${this.driver.name}': ${fix}`);
    }
    return super.freeVariable(id, assigned);
  }
}

/** The loop when it is `for (;;)` or `while (true)`; else a LowerError. */
function checkLoopShape(loop: ts.IterationStatement, mname: string): ts.ForStatement | ts.WhileStatement {
  if (ts.isForStatement(loop) && !loop.initializer && !loop.condition && !loop.incrementor) return loop;
  if (ts.isWhileStatement(loop) && loop.expression.kind === ts.SyntaxKind.TrueKeyword) return loop;
  throw portalError(loop, `the dispatch loop of '${mname}' must be 'for (;;)' or 'while (true)' (the loop ends by 'return', 'throw' or 'break')`);
}

/** The labels naming a loop. */
function loopLabels(loop: ts.Node): string[] {
  const labels: string[] = [];
  for (let p = loop.parent; ts.isLabeledStatement(p); p = p.parent) labels.push(p.label.text);
  return labels;
}
