/**
 * Calls, `super(...)`, `new` and `jit.promote`, on top of the expression lowering.
 *
 * - A traced (or unrolled) callee is `inline_call` of its jitcode (number from the context),
 *   arguments converted to the callee's kinds, the receiver first for a method.
 * - A pure, opaque or builtin callee is `residual_call`: a free function (or a function of a
 *   library namespace, `Math.max`) with its run-time value as fn; a method (`o.m(a)`, interface
 *   and library methods included) with `methodCaller('m')` as fn and the receiver as the first
 *   argument. The effect class is `pure` for pure functions and pure builtins, else `residual`.
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
import { type ArrayKind, arrayDescr } from '../../runtime/ir/trace.js';
import type { FunctionInfo } from '../analysis/types.js';
import { ExpressionLowerer } from './expressions.js';
import { arrayKindOf, typeKind } from './kinds.js';
import { allocatesNatively, classDeclOf, signatureKinds } from './signatures.js';

export abstract class CallLowerer extends ExpressionLowerer {
  /** Run after `super(...)` returns: the constructor's own field initializers. */
  protected afterSuper(_call: ts.CallExpression): void {}

  protected call(e: ts.CallExpression): number {
    if (this.ctx.analysis.promotes.some((p) => p.node === e)) return this.promote(e);
    if (this.isDriverCall(e)) return this.undefinedConst();
    if (e.expression.kind === ts.SyntaxKind.SuperKeyword) return this.superCall(e);
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    if (!site || site.callees.length === 0) this.fail(e, `the call '${e.expression.getText()}' (no callee known to the analysis)`);
    if (site.polymorphic) this.fail(e, `the polymorphic call '${e.expression.getText()}'`);
    if (e.questionDotToken) this.fail(e, 'optional call');
    const callee = site.callees[0]!;
    switch (callee.kind) {
      case 'traced':
      case 'unroll':
        return this.inlineCall(e, callee);
      case 'pure':
      case 'opaque':
      case 'builtin':
        return this.residualCall(e, callee);
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
    args.push(...this.argumentsAs(e, all, sk.params));
    const dst = this.voidCall(e) ? -1 : this.reg(sk.result);
    this.emit({ op: 'inline_call', callee: this.ctx.jitcodeOf(callee), dst, args, live: [] });
    return dst < 0 ? this.undefinedConst() : dst;
  }

  /** The arguments, each converted to its parameter's kind. */
  private argumentsAs(at: ts.Node, all: readonly ts.Expression[], params: readonly ReturnType<typeof typeKind>[]): number[] {
    if (all.length !== params.length) this.fail(at, `a call with ${all.length} arguments of a function taking ${params.length}`);
    return all.map((a, k) => this.stable(this.exprAs(a, params[k]!), all.slice(k + 1)));
  }

  private residualCall(e: ts.CallExpression, callee: FunctionInfo): number {
    const effect: Effect = callee.kind === 'pure' || (callee.kind === 'builtin' && callee.effect === 'pure') ? 'pure' : 'residual';
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

  private superCall(e: ts.CallExpression): number {
    const site = this.ctx.analysis.calls.find((c) => c.node === e);
    const callee = site?.callees[0];
    if (!callee || (callee.kind !== 'traced' && callee.kind !== 'unroll')) this.fail(e, `'super(...)' of a base class not declared in the program`);
    if (this.thisReg < 0) this.fail(e, "'super(...)' outside a constructor");
    const sk = signatureKinds(this.checker, callee.decl);
    const args = [this.thisReg, ...this.argumentsAs(e, [...e.arguments], sk.params)];
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
    const args = this.argumentsAs(e, all, sk.params);
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

const skipParensOnly = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? skipParensOnly(e.expression) : e);

function isNumberType(t: ts.Type): boolean {
  if (t.flags & ts.TypeFlags.NumberLike) return true;
  return t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.NumberLike);
}
