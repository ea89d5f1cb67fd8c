/**
 * Lowering of one traced function, method or constructor to jitcode (`lowerFunction`), on the
 * statement, call and expression lowering of statements.ts, calls.ts and expressions.ts.
 *
 * Registers: the receiver (`this`, for methods and constructors) then the parameters are the
 * argument registers (kinds by declaration: signatures.ts); locals follow the oracle of
 * kinds.ts, inferred over the whole body first.
 *
 * Constructors run what JavaScript runs at `new` (with ES2022 class fields): in a class without
 * a base class, the instance field initializers in declaration order, then the parameter
 * properties (`constructor(readonly x: T)`), then the body; in a derived class, the body, with
 * the initializers and parameter properties right after `super(...)` returns. An implicit
 * constructor is the initializers alone (after the base class's constructor on the same
 * arguments, for a derived class). Fields without an initializer are not written (JavaScript
 * defines them as `undefined`; reading one gives `undefined` either way).
 *
 * Errors: a construct outside this lowering throws a `LowerError` naming the construct, the
 * function and `file:line:col`. The analysis rejects what is outside the subset with its
 * diagnostics first; should such a construct reach here anyway, the error carries the same
 * diagnostic (closures, `delete`, `for...in`, `try`). Anything else reaching here unsupported
 * is a part of the subset not lowered yet (README.md lists both).
 */

import * as ts from 'typescript';
import type { Jitcode } from '../../runtime/jitcode/format.js';
import { fieldDescr } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { type LowerContext, LowerError, where } from './context.js';
import { typeKind } from './kinds.js';
import { type ConstructorDecl, type FunctionDecl, baseClassOf, constructorOf, extendsExpression, isConstructorDecl, isFunctionDecl, signatureKinds } from './signatures.js';
import { StatementLowerer } from './statements.js';

export { LowerError, type LowerContext, where } from './context.js';
export { signatureKinds } from './signatures.js';

/** Lower a traced function, method or constructor to jitcode. */
export function lowerFunction(checker: ts.TypeChecker, decl: ts.Declaration, ctx: LowerContext): Jitcode {
  return new FunctionLowerer(checker, decl, ctx).run();
}

/** The display name of a declaration: the analysis's, else its own name. */
export function functionName(ctx: LowerContext, decl: ts.Declaration): string {
  const info = ctx.analysis.functions.find((f) => f.decl === decl);
  return info?.name ?? ((decl as ts.NamedDeclaration).name?.getText() ?? '<anonymous>');
}

class FunctionLowerer extends StatementLowerer {
  protected readonly resultKind: ValueType;
  private readonly decl: FunctionDecl | ConstructorDecl;
  /**
   * Parameters with a default value or a destructuring pattern, with the register their argument
   * arrives in (a `ref`): the prologue gives them their values, in order.
   */
  private readonly defaults: Array<{ readonly param: ts.ParameterDeclaration; readonly arg: number }> = [];

  constructor(checker: ts.TypeChecker, decl: ts.Declaration, ctx: LowerContext) {
    super(checker, ctx, functionName(ctx, decl));
    if (!isFunctionDecl(decl) && !isConstructorDecl(decl)) {
      throw new LowerError(`cannot lower '${this.name}' (${ts.SyntaxKind[decl.kind]}) at ${where(decl)}: only functions, methods and constructors are lowered`, undefined, decl);
    }
    this.decl = decl;
    const sk = signatureKinds(checker, decl);
    this.resultKind = sk.result;
    if (sk.receiver) {
      this.thisReg = this.reg('ref');
      this.args.push(this.thisReg);
    }
    if (ts.isClassLike(decl)) {
      for (const k of sk.params) this.args.push(this.reg(k));
      return;
    }
    decl.parameters.forEach((p, k) => {
      if (p.dotDotDotToken && !ts.isIdentifier(p.name)) this.fail(p, 'a destructured rest parameter');
      const r = this.reg(sk.params[k]!);
      this.args.push(r);
      if (p.initializer || !ts.isIdentifier(p.name)) this.defaults.push({ param: p, arg: r });
      else this.bindVar(p.name, r);
    });
  }

  protected override isConstructor(): boolean {
    return isConstructorDecl(this.decl);
  }

  run(): Jitcode {
    const decl = this.decl;
    if (ts.isClassLike(decl)) this.implicitConstructor(decl);
    else {
      const body = decl.body;
      if (!body) this.fail(decl, 'a function without a body');
      this.oracle.inferLocals(body);
      this.defaultValues();
      if (ts.isConstructorDeclaration(decl) && !extendsExpression(decl.parent)) this.initializeFields(decl.parent);
      if (ts.isBlock(body)) this.block(body.statements);
      else this.emit({ op: 'return', value: this.exprAs(body, this.resultKind) });
    }
    if (this.reachable) {
      if (this.resultKind !== 'ref') this.fail(decl, `the end of a function returning ${this.resultKind} reached without 'return'`);
      this.emit({ op: 'return', value: this.undefinedConst() });
    }
    return this.assemble();
  }

  /**
   * Parameters with a default value or a pattern, in order (an initializer may read the
   * parameters before it): a defaulted argument is a `ref`; when it is `undefined` (given so, or
   * left out) the initializer gives the value, otherwise the argument does, as the parameter's
   * declared kind; a pattern then binds its names (statements.ts `bindPattern`).
   */
  private defaultValues(): void {
    for (const { param, arg } of this.defaults) {
      const kind = ts.isIdentifier(param.name) ? typeKind(this.checker.getTypeAtLocation(param)) : 'ref';
      const v = param.initializer ? this.withDefault(arg, param.initializer, kind, param) : arg;
      if (ts.isIdentifier(param.name)) this.bindVar(param.name, v);
      else this.bindPattern(param.name, this.stable(v, []));
    }
  }

  /** The class's own initializers run when `super(...)` returns. */
  protected override afterSuper(call: ts.CallExpression): void {
    const decl = this.decl;
    if (!ts.isConstructorDeclaration(decl)) this.fail(call, "'super(...)' outside a constructor");
    this.initializeFields(decl.parent);
  }

  /** An implicit constructor: the base class's on the same arguments, then the initializers. */
  private implicitConstructor(cls: ts.ClassLikeDeclaration): void {
    for (const m of cls.members) if (ts.isPropertyDeclaration(m) && m.initializer) this.oracle.inferLocals(m.initializer);
    const base = baseClassOf(this.checker, cls);
    if (base) {
      const ctor = this.ctx.analysis.functions.find((f) => f.decl === constructorOf(base));
      if (!ctor) this.fail(cls, `the constructor of '${base.name?.text ?? 'the base class'}' (not known to the analysis)`);
      this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(ctor), dst: -1, args: [...this.args], live: [] });
    } else if (extendsExpression(cls)) {
      this.fail(cls, 'a constructor of a class extending a library class');
    }
    this.initializeFields(cls);
  }

  /** Instance field initializers in declaration order, then parameter properties. */
  private initializeFields(cls: ts.ClassLikeDeclaration): void {
    for (const m of cls.members) {
      if (!ts.isPropertyDeclaration(m) || !m.initializer || ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static) continue;
      if (!ts.isIdentifier(m.name)) this.fail(m, `the field '${m.name.getText()}'`);
      const k = typeKind(this.checker.getTypeAtLocation(m));
      this.setThisField(m.name.text, this.exprAs(m.initializer, k));
    }
    const ctor = constructorOf(cls);
    if (!ts.isConstructorDeclaration(ctor)) return;
    for (const p of ctor.parameters) {
      if (!ts.isParameterPropertyDeclaration(p, ctor) || !ts.isIdentifier(p.name)) continue;
      this.setThisField(p.name.text, this.varOf(p.name)!);
    }
  }

  private setThisField(name: string, v: number): void {
    this.emit({ op: 'setfield', dst: -1, kind: null, args: [this.thisReg, v], descr: this.asm.descr(fieldDescr(name)) });
  }
}
