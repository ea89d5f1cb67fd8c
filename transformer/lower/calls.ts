/**
 * Calls, `super(...)`, `new` and `jit.promote`, on top of the expression lowering.
 *
 * - A traced (or unrolled) callee is `inline_call` of its jitcode (number from the context),
 *   arguments converted to the callee's kinds, the receiver first for a method.
 * - A pure, opaque or builtin callee is `residual_call`: a free function (or a function of a
 *   library namespace, `Math.max`) with its run-time value as fn; a method (`o.m(a)`, interface
 *   and library methods included) with `methodCaller('m')` as fn and the receiver as the first
 *   argument. The effect class is `pure` for pure functions and pure builtins, else `residual`.
 * - A polymorphic call `o.m(a)` (the analysis lists every implementation of `m` the receiver's
 *   type admits) evaluates o and the arguments once, then `class_switch` on o: one case per
 *   concrete class of the program whose `m` resolves to one of the implementations (the
 *   classes declaring them and the classes the analysis knows: `Analysis.classes`), each going
 *   to the call of its implementation as a monomorphic call makes it (`inline_call` with the
 *   receiver, or a residual call of `methodCaller('m')`; classes sharing an implementation share
 *   its code); the default, for a receiver of any other class, is a residual call of
 *   `methodCaller('m')`, effect `residual`. Every path leaves the result in one register (in the
 *   call expression's kind). When no implementation is traced, the call is one residual call of
 *   `methodCaller('m')` (effect `pure` when every implementation is pure).
 * - `new C(a)` of a program class allocated natively (signatures.ts) is the IR `new` op on the
 *   class, then `inline_call` of its constructor's jitcode with the object as receiver; the
 *   object is the value. `new Uint8Array(n)` (any typed array) and `new Array(n)` with one
 *   number argument are `new_array` (the length converted with ToInt32, assumed a valid
 *   length); any other `new` is a residual call of `constructCaller(C)`, effect `residual`
 *   (never `pure`: each call makes a new object).
 * - `super(a)` in a constructor inlines the base class's constructor on `this`, then runs the
 *   class's own field initializers (`afterSuper`, as JavaScript does).
 * - `jit.promote(x)` is `promote` of the register holding x (a fresh copy unless x is a plain
 *   local); its value is that register.
 * - `driver.mergePoint(...)` and `driver.canEnterJit(...)` lower to nothing (the glue handles
 *   them); their value is `undefined`.
 *
 * Arguments are evaluated left to right, receiver first, each kept stable against later
 * arguments that write locals.
 */

import * as ts from 'typescript';
import { isReg } from '../../runtime/jitcode/format.js';
import type { Effect } from '../../runtime/jitcode/opcodes.js';
import { type ArrayKind, arrayDescr, constInt } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import type { CallSite, FunctionInfo } from '../analysis/types.js';
import { ExpressionLowerer } from './expressions.js';
import { arrayKindOf, typeKind } from './kinds.js';
import { type SignatureKinds, allocatesNatively, classDeclOf, signatureKinds } from './signatures.js';

export abstract class CallLowerer extends ExpressionLowerer {
  /** Run after `super(...)` returns: the constructor's own field initializers. */
  protected afterSuper(_call: ts.CallExpression): void {}

  protected call(e: ts.CallExpression): number {
    if (this.ctx.analysis.promotes.some((p) => p.node === e)) return this.promote(e);
    if (this.isDriverCall(e)) return this.undefinedConst();
    if (e.expression.kind === ts.SyntaxKind.SuperKeyword) return this.superCall(e);
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    if (!site || site.callees.length === 0) this.fail(e, `the call '${e.expression.getText()}' (no callee known to the analysis)`);
    if (e.questionDotToken) this.fail(e, 'an optional call of a function value (`f?.()`)');
    const target = e.expression;
    if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.SuperKeyword) return this.superMethodCall(e, target, site);
    if (this.startsChain(e)) return this.optionalChain(e, () => this.call(e));
    if (ts.isPropertyAccessExpression(target) && target.questionDotToken && !this.evaluated.has(target.expression)) {
      // `o?.m(args)`: the receiver once; the arguments only when it is not nullish.
      return this.chainLink(target.expression, e.arguments, () => this.dispatchCall(e, site));
    }
    return this.dispatchCall(e, site);
  }

  /**
   * `super.m(args)`: the base class's implementation (the one callee the analysis found) on
   * `this`, inlined; never dispatched on the receiver's class.
   */
  private superMethodCall(e: ts.CallExpression, callee: ts.PropertyAccessExpression, site: CallSite): number {
    const fn = site.callees[0]!;
    if (site.callees.length !== 1 || (fn.kind !== 'traced' && fn.kind !== 'unroll')) this.fail(e, `'${callee.getText()}(...)' of a method that is not traced (pure or opaque)`);
    if (this.thisReg < 0) this.fail(e, "'super' outside a method");
    this.evaluated.set(callee.expression, this.thisReg);
    try {
      return this.dispatchCall(e, site);
    } finally {
      this.evaluated.delete(callee.expression);
    }
  }

  /** A call by what the analysis knows of its callees. */
  private dispatchCall(e: ts.CallExpression, site: CallSite): number {
    if (site.polymorphic) return this.polymorphicCall(e, site.callees);
    const callee = site.callees[0]!;
    switch (callee.kind) {
      case 'traced':
      case 'unroll':
        return this.inlineCall(e, callee);
      case 'pure':
      case 'opaque':
      case 'builtin':
        return this.residualCall(e, callee, effectOf(callee));
      case 'dispatch':
        return this.fail(e, 'a call of a dispatch method');
    }
  }

  /** Is e a `mergePoint` or `canEnterJit` call on a driver? */
  protected isDriverCall(e: ts.CallExpression): boolean {
    return this.ctx.analysis.drivers.some((d) => d.mergePoints.includes(e) || d.canEnterJits.includes(e));
  }

  private inlineCall(e: ts.CallExpression, callee: FunctionInfo): number {
    const sk = signatureKinds(this.checker, callee.decl);
    const all: ts.Expression[] = [...e.arguments];
    const args: number[] = [];
    if (sk.receiver) {
      if (!ts.isPropertyAccessExpression(e.expression)) this.fail(e, 'a method call without a receiver');
      args.push(this.stable(this.exprAs(e.expression.expression, 'ref'), all));
    }
    args.push(...this.argumentsAs(e, all, sk));
    const dst = this.voidCall(e) ? -1 : this.reg(sk.result);
    this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst, args, live: [] });
    return dst < 0 ? this.undefinedConst() : dst;
  }

  /**
   * The arguments, each converted to its parameter's kind; `undefined` for parameters left out;
   * for a rest parameter, the arguments from its position on in a new array.
   */
  private argumentsAs(at: ts.Node, all: readonly ts.Expression[], sk: SignatureKinds): number[] {
    const given = all.map((a, k) => this.stable(this.exprAs(a, argumentKind(sk, k)), all.slice(k + 1)));
    return this.fitArguments(at, given, sk);
  }

  /** Arguments already converted by `argumentKind`, fitted to the parameters (see argumentsAs). */
  private fitArguments(at: ts.Node, given: readonly number[], sk: SignatureKinds): number[] {
    const fixed = fixedParams(sk);
    // More arguments than parameters (an implementation declaring fewer than its interface):
    // the extra ones are evaluated and not passed, as JavaScript does.
    if (given.length < sk.required) this.fail(at, `a call with ${given.length} arguments of a function taking ${sk.params.length}`);
    const out = [...given.slice(0, fixed), ...sk.params.slice(given.length, fixed).map((k) => this.convert(this.undefinedConst(), k, at))];
    if (sk.rest !== null) {
      const items = given.slice(fixed);
      const d = this.asm.descr(arrayDescr('any'));
      const arr = this.op('new_array', 'ref', [this.const_(constInt(items.length))], d);
      items.forEach((v, k) => this.emit({ op: 'setarrayitem', dst: -1, kind: null, args: [arr, this.const_(constInt(k)), v], descr: d }));
      out.push(arr);
    }
    return out;
  }

  private residualCall(e: ts.CallExpression, callee: FunctionInfo, effect: Effect): number {
    const all: ts.Expression[] = [...e.arguments];
    const args: number[] = [];
    let fn: number;
    const target = e.expression;
    if (ts.isPropertyAccessExpression(target) && !this.isNamespace(target.expression)) {
      args.push(this.stable(this.exprAs(target.expression, 'ref'), all));
      fn = this.const_(this.ctx.refConst({ kind: 'method', name: target.name.text }));
    } else if (ts.isPropertyAccessExpression(target) || ts.isIdentifier(target)) {
      fn = this.const_(this.ctx.refConst({ kind: 'function', callee }));
    } else {
      return this.fail(e, `the call '${target.getText()}'`);
    }
    all.forEach((a, k) => args.push(this.stable(this.expr(a), all.slice(k + 1))));
    const dst = this.voidCall(e) ? -1 : this.reg(typeKind(this.checker.getTypeAtLocation(e)));
    this.emit({ op: 'residual_call', fn, dst, effect, args, live: [] });
    return dst < 0 ? this.undefinedConst() : dst;
  }

  // ---- polymorphic calls --------------------------------------------------------------------

  private polymorphicCall(e: ts.CallExpression, callees: readonly FunctionInfo[]): number {
    const target = e.expression;
    if (callees.some((c) => c.kind === 'dispatch')) this.fail(e, 'a call of a dispatch method');
    if (!callees.some(isTraced)) return this.residualCall(e, callees[0]!, callees.every((c) => effectOf(c) === 'pure') ? 'pure' : 'residual');
    if (!ts.isPropertyAccessExpression(target)) return this.fail(e, `the polymorphic call '${target.getText()}' (not of a named method)`);
    const name = target.name.text;
    const all: ts.Expression[] = [...e.arguments];
    const recv = this.stable(this.exprAs(target.expression, 'ref'), all);
    const args = all.map((a, k) => this.stable(this.expr(a), all.slice(k + 1)));
    const dst = this.voidCall(e) ? -1 : this.reg(typeKind(this.checker.getTypeAtLocation(e)));
    const method = this.const_(this.ctx.refConst({ kind: 'method', name }));
    const { cases, labels } = this.classCases(name, callees);
    const dflt = this.label();
    const join = this.label();
    this.emit({ op: 'class_switch', reg: recv, dflt, cases, live: [] });
    for (const [callee, l] of labels) {
      this.bind(l);
      if (isTraced(callee)) this.inlineImplementation(e, callee, recv, args, dst);
      else this.emit({ op: 'residual_call', fn: method, dst, effect: effectOf(callee), args: [recv, ...args], live: [] });
      this.goto(join);
    }
    this.bind(dflt);
    this.emit({ op: 'residual_call', fn: method, dst, effect: 'residual', args: [recv, ...args], live: [] });
    this.bind(join);
    return dst < 0 ? this.undefinedConst() : dst;
  }

  /** The `class_switch` cases (class constant, label) and the label of each implementation's code. */
  private classCases(name: string, callees: readonly FunctionInfo[]): { cases: Array<readonly [number, number]>; labels: Map<FunctionInfo, number> } {
    const labels = new Map<FunctionInfo, number>();
    const cases: Array<readonly [number, number]> = [];
    for (const { cls, callee } of this.receiverClasses(name, callees)) {
      let l = labels.get(callee);
      if (l === undefined) labels.set(callee, (l = this.label()));
      cases.push([this.const_(this.ctx.refConst({ kind: 'class', decl: cls })), l]);
    }
    return { cases, labels };
  }

  /**
   * The concrete classes whose method `name` is one of the implementations, each with its
   * implementation: among the classes declaring them and the classes the analysis knows, in
   * that order, abstract and anonymous classes left out.
   */
  private receiverClasses(name: string, callees: readonly FunctionInfo[]): Array<{ cls: ts.ClassLikeDeclaration; callee: FunctionInfo }> {
    const byDecl = new Map<ts.Node, FunctionInfo>(callees.map((c) => [c.decl, c]));
    const classes = new Set<ts.ClassLikeDeclaration>();
    for (const c of callees) if (ts.isClassLike(c.decl.parent)) classes.add(c.decl.parent);
    for (const c of this.ctx.analysis.classes) classes.add(c.decl);
    const out: Array<{ cls: ts.ClassLikeDeclaration; callee: FunctionInfo }> = [];
    for (const cls of classes) {
      if (ts.getCombinedModifierFlags(cls) & ts.ModifierFlags.Abstract) continue;
      const impl = this.methodOf(cls, name);
      const callee = impl && byDecl.get(impl);
      if (callee) out.push({ cls, callee });
    }
    return out;
  }

  /** The method body that `name` resolves to on instances of cls (inherited or its own), if any. */
  private methodOf(cls: ts.ClassLikeDeclaration, name: string): ts.MethodDeclaration | undefined {
    const sym = cls.name && this.checker.getSymbolAtLocation(cls.name);
    if (!sym) return undefined;
    const decls = this.checker.getDeclaredTypeOfSymbol(sym).getProperty(name)?.declarations ?? [];
    return decls.find((d): d is ts.MethodDeclaration => ts.isMethodDeclaration(d) && d.body !== undefined);
  }

  /** One case of a polymorphic call: `inline_call` of a traced implementation, its result into dst. */
  private inlineImplementation(e: ts.CallExpression, callee: FunctionInfo, recv: number, args: readonly number[], dst: number): void {
    const sk = signatureKinds(this.checker, callee.decl);
    if (args.length < sk.required) this.fail(e, `a call with ${args.length} arguments of '${callee.name}', which takes ${sk.params.length}`);
    const cargs = [recv, ...this.fitArguments(e, args.map((a, i) => this.convert(a, argumentKind(sk, i), e.arguments[i]!)), sk)];
    if (dst < 0 || sk.result === this.kinds[dst]) {
      this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst, args: cargs, live: [] });
      return;
    }
    const r = this.reg(sk.result);
    this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst: r, args: cargs, live: [] });
    this.emit({ op: 'move', dst, src: this.convert(r, this.kinds[dst]!, e) });
  }

  private superCall(e: ts.CallExpression): number {
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    const callee = site?.callees[0];
    if (!callee || (callee.kind !== 'traced' && callee.kind !== 'unroll')) this.fail(e, `'super(...)' of a base class not declared in the program`);
    if (this.thisReg < 0) this.fail(e, "'super(...)' outside a constructor");
    const sk = signatureKinds(this.checker, callee.decl);
    const args = [this.thisReg, ...this.argumentsAs(e, [...e.arguments], sk)];
    this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst: -1, args, live: [] });
    this.afterSuper(e);
    return this.undefinedConst();
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

  // ---- new ----------------------------------------------------------------------------------

  protected construct(e: ts.NewExpression): number {
    const all: ts.Expression[] = [...(e.arguments ?? [])];
    const cls = classDeclOf(this.checker, e.expression);
    if (cls && !cls.getSourceFile().isDeclarationFile && allocatesNatively(this.checker, cls)) return this.newObject(e, cls, all);
    const kind = arrayKindOf(this.checker, this.checker.getTypeAtLocation(e));
    if (kind !== null && all.length === 1 && isNumberType(this.checker.getTypeAtLocation(all[0]!)) && this.isLibraryValue(e.expression)) {
      return this.newArray(kind, all[0]!);
    }
    if (!cls && !this.isLibraryValue(e.expression)) this.fail(e, `'new ${e.expression.getText()}' (not a class)`);
    return this.constructCall(e, all);
  }

  private newObject(e: ts.NewExpression, cls: ts.ClassLikeDeclaration, all: readonly ts.Expression[]): number {
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    const ctor = site?.callees[0];
    if (!ctor || (ctor.kind !== 'traced' && ctor.kind !== 'unroll')) this.fail(e, `'new ${e.expression.getText()}' (its constructor is not traced)`);
    const sk = signatureKinds(this.checker, ctor.decl);
    const args = this.argumentsAs(e, all, sk);
    const obj = this.op('new', 'ref', [this.const_(this.ctx.refConst({ kind: 'class', decl: cls }))]);
    this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(ctor), dst: -1, args: [obj, ...args], live: [] });
    return obj;
  }

  private newArray(kind: ArrayKind, length: ts.Expression): number {
    return this.op('new_array', 'ref', [this.numberAs(length, 'int')], this.asm.descr(arrayDescr(kind)));
  }

  private constructCall(e: ts.NewExpression, all: readonly ts.Expression[]): number {
    const fn = this.const_(this.ctx.refConst({ kind: 'construct', cls: e.expression }));
    const args = all.map((a, k) => this.stable(this.expr(a), all.slice(k + 1)));
    const dst = this.reg('ref');
    this.emit({ op: 'residual_call', fn, dst, effect: 'residual', args, live: [] });
    return dst;
  }

  /** Is e a value declared by the library (a global such as `Uint8Array`, `Error`)? */
  private isLibraryValue(e: ts.Expression): boolean {
    let sym = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    const d = sym?.valueDeclaration ?? sym?.declarations?.[0];
    return d !== undefined && d.getSourceFile().isDeclarationFile;
  }

  // ---- jit.promote --------------------------------------------------------------------------

  private promote(e: ts.CallExpression): number {
    const x = e.arguments[0];
    if (!x || e.arguments.length !== 1) return this.fail(e, 'jit.promote without exactly one argument');
    const plain = skipParensOnly(x);
    let r: number;
    if (plain.kind === ts.SyntaxKind.ThisKeyword && this.thisReg >= 0) r = this.thisReg;
    else if (ts.isIdentifier(plain) && this.varOf(plain) !== undefined) r = this.varOf(plain)!;
    else {
      const o = this.expr(x);
      r = isReg(o) && !this.varRegs.has(o) && o !== this.thisReg ? o : this.copy(o);
    }
    this.emit({ op: 'promote', reg: r, live: [] });
    return r;
  }
}

const isTraced = (f: FunctionInfo): boolean => f.kind === 'traced' || f.kind === 'unroll';

/** The effect class of a residual call of f: `pure` for pure functions and pure builtins. */
const effectOf = (f: FunctionInfo): Effect => (f.kind === 'pure' || (f.kind === 'builtin' && f.effect === 'pure') ? 'pure' : 'residual');

const skipParensOnly = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? skipParensOnly(e.expression) : e);

function isNumberType(t: ts.Type): boolean {
  if (t.flags & ts.TypeFlags.NumberLike) return true;
  return t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.NumberLike);
}

/** How many parameters come before a rest parameter (all of them without one). */
const fixedParams = (sk: SignatureKinds): number => (sk.rest === null ? sk.params.length : sk.params.length - 1);

/** The kind argument k is converted to: its parameter's, or a rest parameter's elements'. */
function argumentKind(sk: SignatureKinds, k: number): ValueType {
  return k < fixedParams(sk) ? sk.params[k]! : (sk.rest ?? 'ref');
}
