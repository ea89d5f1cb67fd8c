/**
 * Expressions to three-address operations: literals, locals, operators, assignments, fields,
 * elements, strings and array literals. Calls and `new` are calls.ts (declared abstract here).
 *
 * Kinds follow kinds.ts: `expr(e)` leaves the value in `oracle.kindOf(e)`. A value is stored in
 * the declared kind of its destination (a `number` field or `number[]` element gets a float, an
 * int typed array an int), so the tracer's heap cache never forwards a value of another kind
 * than the one read back.
 *
 * Control inside expressions: `&&`, `||` and `?:` become branches; a branch on a constant
 * condition is decided here.
 *
 * Strings: a template literal, and `+` / `+=` with a string-typed side, are one pure residual
 * call of `concatStrings` (runtime/jitcode/residual.ts) with the parts in order (nested string
 * `+` flattened). Elements read through a `readonly T[]` / `ReadonlyArray<T>` type are
 * `getarrayitem_imm`: the type is taken as the hint that nothing writes the array while
 * traced code runs.
 */

import * as ts from 'typescript';
import { DiagCode, subsetMessage } from '../diagnostics.js';
import { isReg } from '../../runtime/jitcode/format.js';
import type { Effect, IrJitOpcode } from '../../runtime/jitcode/opcodes.js';
import type { HelperName } from './context.js';
import { Const, type ArrayKind, arrayDescr, constBool, constFloat, constInt, fieldDescr } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { namesClass } from '../analysis/names.js';
import { CodeBuilder, skipParens } from './builder.js';
import { arrayKindOf, isImmutableArray, isIntElem, isStringType, typeKind } from './kinds.js';

export interface Place {
  read(): number;
  write(v: number): number;
}

export abstract class ExpressionLowerer extends CodeBuilder {
  /** A call expression's value (calls.ts). */
  protected abstract call(e: ts.CallExpression): number;
  /** A `new` expression's value (calls.ts). */
  protected abstract construct(e: ts.NewExpression): number;

  protected exprAs(e: ts.Expression, k: ValueType): number {
    return this.convert(this.expr(e), k, e);
  }

  /** Lower e; the operand holds its value in `oracle.kindOf(e)`. */
  protected expr(e: ts.Expression): number {
    const want = this.oracle.kindOf(e);
    const done = this.evaluated.get(e);
    return this.convert(done ?? this.exprRaw(e), want, e);
  }

  /** A residual call of a run-time helper (runtime/jitcode/residual.ts): its result register. */
  protected helperCall(name: HelperName, result: ValueType, effect: Effect, args: readonly number[]): number {
    const fn = this.const_(this.ctx.refConst({ kind: 'helper', name }));
    const dst = this.reg(result);
    this.emit({ op: 'residual_call', fn, dst, effect, args: [...args], live: [] });
    return dst;
  }

  /** Is the code being lowered a constructor (which may write its readonly fields)? */
  protected isConstructor(): boolean {
    return false;
  }

  /** Expressions already evaluated into a register (the object of an optional chain's link). */
  protected readonly evaluated = new Map<ts.Expression, number>();
  /** While an optional chain is lowered: the label its links jump to on a nullish object. */
  private chainNullish: number | null = null;
  /** The outermost chain nodes being lowered (their plain lowering must not start them again). */
  private readonly activeChains = new Set<ts.Expression>();

  /** The bool deciding a condition. */
  protected cond(e: ts.Expression): number {
    return this.truthy(this.expr(e), e);
  }

  /** An expression evaluated for its effect: a postfix update need not keep the old value. */
  protected effect(e: ts.Expression): void {
    if (ts.isPostfixUnaryExpression(e)) this.update(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1, false);
    else this.expr(e);
  }

  /** JavaScript truthiness of the value o of expression e, as a bool. */
  protected truthy(o: number, e: ts.Expression): number {
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
    if (ts.isTemplateExpression(e)) return this.template(e);
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      if (this.thisReg < 0) this.fail(e, "'this' outside a method");
      return this.thisReg;
    }
    if (ts.isIdentifier(e) && this.varOf(e) !== undefined) return this.identifier(e);
    const known = this.knownConstant(e);
    if (known !== undefined) return known;
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e);
    if (ts.isVoidExpression(e)) {
      this.effect(e.expression);
      return this.undefinedConst();
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      this.effect(e.left);
      return this.expr(e.right);
    }
    if (ts.isPostfixUnaryExpression(e)) return this.update(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1, true);
    if (ts.isBinaryExpression(e)) return this.binary(e);
    if (ts.isConditionalExpression(e)) {
      const k = this.oracle.kindOf(e);
      const t = this.reg(k);
      const els = this.label();
      const end = this.label();
      this.jumpIfNot(this.cond(e.condition), els);
      this.emit({ op: 'move', dst: t, src: this.exprAs(e.whenTrue, k) });
      this.goto(end);
      this.bind(els);
      this.emit({ op: 'move', dst: t, src: this.exprAs(e.whenFalse, k) });
      this.goto(end);
      this.bind(end);
      return t;
    }
    if (ts.isTypeOfExpression(e)) return this.typeOf(e);
    if (ts.isPropertyAccessExpression(e)) return this.property(e);
    if (ts.isElementAccessExpression(e)) {
      if (this.startsChain(e)) return this.optionalChain(e, () => this.exprRaw(e));
      if (e.questionDotToken && !this.evaluated.has(e.expression)) return this.chainLink(e.expression, [e.argumentExpression], () => this.exprRaw(e));
      if (this.isString(e.expression)) return this.stringAt(e);
      const key = this.constantKey(e);
      if (key !== undefined) {
        const f = this.keyedField(e, key);
        const obj = this.stable(this.expr(e.expression), [e.argumentExpression]);
        this.keyForEffect(e);
        return this.op(f.readonly ? 'getfield_imm' : 'getfield', typeKind(this.checker.getTypeAtLocation(e)), [obj], this.asm.descr(fieldDescr(key)));
      }
      const { arr, index, kind } = this.element(e, []);
      const imm = isImmutableArray(this.checker, this.objectType(e));
      return this.op(imm ? 'getarrayitem_imm' : 'getarrayitem', this.elemKind(kind, e), [arr, index], this.asm.descr(arrayDescr(kind)));
    }
    if (ts.isCallExpression(e)) return this.call(e);
    if (ts.isNewExpression(e)) return this.construct(e);
    if (ts.isArrayLiteralExpression(e)) return this.arrayLiteral(e);
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e)) {
      const what = ts.isArrowFunction(e) ? 'An arrow function' : ts.isFunctionExpression(e) ? 'A function expression' : 'A class expression';
      this.outside(e, DiagCode.Closure, subsetMessage.closure(this.name, what));
    }
    if (ts.isDeleteExpression(e)) this.outside(e, DiagCode.Delete, subsetMessage.delete(this.name));
    return this.fail(e, `the expression '${ts.SyntaxKind[e.kind]}'`);
  }

  /**
   * The constant a name stands for, when the checker knows it: an enum member, or a
   * module-level `const` (or readonly property, as of an `as const` object) of a number, string
   * or boolean literal type. Reading such a name has no effect, so it is the constant alone.
   */
  protected knownConstant(e: ts.Expression): number | undefined {
    if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e) && !ts.isElementAccessExpression(e)) return undefined;
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const v = this.checker.getConstantValue(e);
      if (typeof v === 'number') return this.const_(Number.isInteger(v) && (v | 0) === v && !Object.is(v, -0) ? constInt(v) : constFloat(v));
      if (typeof v === 'string') return this.const_(new Const('ref', v));
      if (ts.isElementAccessExpression(e)) return undefined;
    }
    const sym = ts.isPropertyAccessExpression(e) ? this.checker.getSymbolAtLocation(e.name) : this.valueSymbol(e);
    const d = sym?.valueDeclaration;
    if (!d) return undefined;
    // A function's own `const`s are locals (registers), module-level ones constants.
    const isConst = ts.isVariableDeclaration(d) && (ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const) !== 0 && !insideFunction(d);
    const isReadonly = (ts.isPropertyAssignment(d) || ts.isPropertyDeclaration(d)) && (ts.isPropertyDeclaration(d) ? (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0 : isConstAsserted(d.parent));
    if (!isConst && !isReadonly && !ts.isEnumMember(d)) return undefined;
    const t = this.checker.getTypeAtLocation(e);
    if (t.isNumberLiteral()) return this.const_(this.oracle.isInt32Value(t.value) ? constInt(t.value) : constFloat(t.value));
    if (t.isStringLiteral()) return this.const_(new Const('ref', t.value));
    if (t.flags & ts.TypeFlags.BooleanLiteral) return this.const_(constBool(this.checker.typeToString(t) === 'true'));
    return undefined;
  }

  /** A local's register, or `undefined`; anything else is a free variable. */
  protected identifier(e: ts.Identifier): number {
    const r = this.varOf(e);
    if (r !== undefined) return r;
    if (e.text === 'undefined') return this.undefinedConst();
    const bound = this.moduleConstObject(e);
    if (bound !== undefined) return this.const_(this.ctx.refConst({ kind: 'value', decl: bound, name: e.text }));
    const cls = this.classNamed(e);
    if (cls !== undefined) return this.const_(this.ctx.refConst({ kind: 'class', decl: cls }));
    return this.freeVariable(e, false);
  }

  /** The class a name stands for (a class declared in the program: the object its static members live on). */
  private classNamed(e: ts.Identifier): ts.ClassDeclaration | undefined {
    const sym = this.valueSymbol(e);
    const s = sym && sym.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(sym) : sym;
    const d = s?.valueDeclaration;
    return d && ts.isClassDeclaration(d) && d.name !== undefined && !d.getSourceFile().isDeclarationFile ? d : undefined;
  }

  /**
   * The declaration of a module-level `const` bound to an object (a ref-kind value), read by
   * traced code: the binding never changes, so the object is a constant of the trace, as
   * RPython's prebuilt constants are (the object's own fields stay heap reads).
   */
  private moduleConstObject(e: ts.Identifier): ts.VariableDeclaration | undefined {
    const sym = this.valueSymbol(e);
    const s = sym && sym.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(sym) : sym;
    const d = s?.valueDeclaration;
    if (!d || !ts.isVariableDeclaration(d) || !ts.isIdentifier(d.name)) return undefined;
    if ((ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const) === 0 || insideFunction(d) || !ts.isVariableStatement(d.parent.parent)) return undefined;
    if (d.getSourceFile().isDeclarationFile) return undefined;
    return this.oracle.kindOf(e) === 'ref' ? d : undefined;
  }

  /** A name that is not a local of the code being lowered (read, or assigned). */
  protected freeVariable(id: ts.Identifier, assigned: boolean): never {
    return this.fail(id, `${assigned ? 'assignment to ' : ''}the free variable '${id.text}'`);
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
  protected numberAs(e: ts.Expression, k: 'int' | 'float'): number {
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
    if (postfix && isReg(old) && this.varRegs.has(old)) oldCopy = this.copy(old);
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
      if (op === ts.SyntaxKind.PlusEqualsToken && this.isStringConcat(e)) return place.write(this.concat([old, this.expr(e.right)]));
      const v = this.arith(COMPOUND[op] ?? this.fail(e, `the operator '${e.operatorToken.getText()}'`), old, this.expr(e.right), e);
      return place.write(v);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) return this.logical(e);
    if (op === ts.SyntaxKind.QuestionQuestionToken) return this.nullish(e);
    if (op === ts.SyntaxKind.InstanceOfKeyword) return this.instanceOf(e);
    if (op === ts.SyntaxKind.InKeyword) return this.inOperator(e);
    if (op === ts.SyntaxKind.PlusToken && this.isStringConcat(e)) return this.concat(this.concatParts(e));
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

  /** `typeof x`: `ref_typeof` of a ref; a number or boolean register answers at build time. */
  private typeOf(e: ts.TypeOfExpression): number {
    const v = this.expr(e.expression);
    const k = this.kindOfOperand(v);
    if (k === 'ref') return this.op('ref_typeof', 'ref', [v]);
    return this.const_(new Const('ref', k === 'bool' ? 'boolean' : 'number'));
  }

  /** `a ?? b`: b is evaluated only when a is null or undefined (never for numbers and booleans). */
  private nullish(e: ts.BinaryExpression): number {
    const k = this.oracle.kindOf(e);
    const lv = this.expr(e.left);
    if (this.kindOfOperand(lv) !== 'ref') return this.convert(lv, k, e.left);
    return this.rightWhen(e, k, lv, this.op('ref_is_null', 'bool', [lv]));
  }

  /**
   * `k in o`: a residual call of `hasProperty` (it reads the object's shape and prototype chain,
   * and throws a TypeError for a primitive o, which leaves the trace as any exception does).
   */
  private inOperator(e: ts.BinaryExpression): number {
    const k = this.stable(this.exprAs(e.left, 'ref'), [e.right]);
    const o = this.exprAs(e.right, 'ref');
    return this.helperCall('hasProperty', 'bool', 'residual', [k, o]);
  }

  /**
   * `x instanceof C` for a class C of the program: the `instance_of` op (it cannot throw: C is a
   * class); a pure residual call of `instanceOf` when C declares its own `Symbol.hasInstance`.
   */
  private instanceOf(e: ts.BinaryExpression): number {
    const sym = this.checker.getSymbolAtLocation(e.right);
    const target = sym && sym.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(sym) : sym;
    const decl = target?.valueDeclaration ?? target?.declarations?.[0];
    if (decl && decl.getSourceFile().isDeclarationFile && namesClass(this.checker, e.right)) {
      // A library constructor (`Error`, `Map`, `Uint8Array`): none defines its own Symbol.hasInstance.
      const x = this.stable(this.exprAs(e.left, 'ref'), []);
      return this.op('instance_of', 'bool', [x, this.const_(this.ctx.refConst({ kind: 'global', expr: e.right }))]);
    }
    if (!decl || !ts.isClassLike(decl) || decl.getSourceFile().isDeclarationFile) {
      return this.fail(e, `'instanceof ${e.right.getText()}' (only classes of the program and library constructors are lowered)`);
    }
    const x = this.stable(this.exprAs(e.left, 'ref'), []);
    const cls = this.const_(this.ctx.refConst({ kind: 'class', decl }));
    if (!declaresHasInstance(decl)) return this.op('instance_of', 'bool', [x, cls]);
    return this.helperCall('instanceOf', 'bool', 'pure', [x, cls]);
  }

  private logical(e: ts.BinaryExpression): number {
    const k = this.oracle.kindOf(e);
    const lv = this.expr(e.left);
    const c = this.truthy(lv, e.left);
    const and = e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
    return this.rightWhen(e, k, lv, and ? c : this.op('bool_not', 'bool', [c]));
  }

  /** The short-circuit operators: the left value, or the right one (evaluated only) when `cond` holds. */
  private rightWhen(e: ts.BinaryExpression, k: ValueType, lv: number, cond: number): number {
    const t = this.reg(k);
    this.emit({ op: 'move', dst: t, src: this.convert(lv, k, e.left) });
    const end = this.label();
    this.jumpIfNot(cond, end);
    this.emit({ op: 'move', dst: t, src: this.exprAs(e.right, k) });
    this.goto(end);
    this.bind(end);
    return t;
  }

  // ---- strings ------------------------------------------------------------------------------

  /** Is the `+` (or `+=`) e a string concatenation: is either side a string? */
  private isStringConcat(e: ts.BinaryExpression): boolean {
    return isStringType(this.checker.getTypeAtLocation(e.left)) || isStringType(this.checker.getTypeAtLocation(e.right));
  }

  /** The operands of a string `+`, nested string `+`s on the left flattened, in order. */
  private concatParts(e: ts.BinaryExpression): number[] {
    const lefts: ts.Expression[] = [];
    let left: ts.Expression = e;
    for (;;) {
      const l = skipParens(left);
      if (!ts.isBinaryExpression(l) || l.operatorToken.kind !== ts.SyntaxKind.PlusToken || !this.isStringConcat(l)) break;
      lefts.unshift(l.right);
      left = l.left;
    }
    const all = [left, ...lefts];
    return all.map((x, k) => this.stable(this.expr(x), all.slice(k + 1)));
  }

  private template(e: ts.TemplateExpression): number {
    const parts: number[] = [];
    const later = e.templateSpans.map((s) => s.expression);
    if (e.head.text !== '') parts.push(this.const_(new Const('ref', e.head.text)));
    e.templateSpans.forEach((s, k) => {
      parts.push(this.stable(this.expr(s.expression), later.slice(k + 1)));
      if (s.literal.text !== '') parts.push(this.const_(new Const('ref', s.literal.text)));
    });
    return this.concat(parts);
  }

  /** `concatStrings(...parts)`: a pure residual call (parts are converted as a template does). */
  private concat(parts: readonly number[]): number {
    return this.helperCall('concatStrings', 'ref', 'pure', [...parts]);
  }

  // ---- arithmetic and comparisons -----------------------------------------------------------

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
    this.numericPair(l, r, e); // rejects non-number operands
    if (spec.int) {
      // `x | 0` is ToInt32(x) alone.
      const li = this.convert(l, 'int', e);
      if (op === ts.SyntaxKind.BarToken && !isReg(r) && this.constValue(r) === 0) return li;
      const v = this.op(spec.int, 'int', [li, this.convert(r, 'int', e)]);
      return op === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken ? this.op('uint_to_float', 'float', [v]) : v;
    }
    return this.op(spec.float!, 'float', [this.convert(l, 'float', e), this.convert(r, 'float', e)]);
  }

  private equality(op: ts.SyntaxKind, l: number, r: number, e: ts.BinaryExpression): number {
    const negate = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    const loose = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    const isNullish = (x: ts.Expression): boolean => x.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(x) && x.text === 'undefined');
    let b: number;
    if (loose && (isNullish(e.left) || isNullish(e.right))) {
      const other = isNullish(e.left) ? r : l;
      b = this.kindOfOperand(other) === 'ref' ? this.op('ref_is_null', 'bool', [other]) : this.const_(constBool(false));
    } else {
      if (loose && !this.sameKindFamily(l, r)) this.fail(e, `'${e.operatorToken.getText()}' between a ${this.kindOfOperand(l)} and a ${this.kindOfOperand(r)} (use '===')`);
      b = this.strictEquals(l, r, e);
    }
    return negate ? this.op('bool_not', 'bool', [b]) : b;
  }

  private sameKindFamily(l: number, r: number): boolean {
    const num = (k: ValueType): boolean => k === 'int' || k === 'float';
    const kl = this.kindOfOperand(l);
    const kr = this.kindOfOperand(r);
    return (num(kl) && num(kr)) || (kl === 'bool' && kr === 'bool');
  }

  /** `l === r` as a bool: numbers as numbers, bools as ints, anything else by reference. */
  protected strictEquals(l: number, r: number, node: ts.Node): number {
    const kl = this.kindOfOperand(l);
    const kr = this.kindOfOperand(r);
    if ((kl === 'int' || kl === 'float') && (kr === 'int' || kr === 'float')) {
      const k = kl === 'int' && kr === 'int' ? 'int' : 'float';
      return this.op(`${k}_eq`, 'bool', [this.convert(l, k, node), this.convert(r, k, node)]);
    }
    if (kl === 'bool' && kr === 'bool') return this.op('int_eq', 'bool', [this.convert(l, 'int', node), this.convert(r, 'int', node)]);
    return this.op('ref_eq', 'bool', [this.convert(l, 'ref', node), this.convert(r, 'ref', node)]);
  }

  // ---- places: locals, fields, elements ----------------------------------------------------

  /** Field `name` of the object in register `obj`, as a place. */
  private fieldPlace(target: ts.Expression, field: { readonly: boolean }, obj: number, name: string): Place {
    const d = this.asm.descr(fieldDescr(name));
    const k = typeKind(this.checker.getTypeAtLocation(target));
    return {
      read: () => this.op('getfield', k, [obj], d),
      write: (v) => {
        // A constructor initializes its own readonly fields (TypeScript allows nothing else).
        const own = this.isConstructor() && ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword;
        if (field.readonly && !own) this.fail(target, 'a write to a readonly field');
        this.emit({ op: 'setfield', dst: -1, kind: null, args: [obj, this.convert(v, k, target)], descr: d });
        return v;
      },
    };
  }

  /** A location read and written by assignments; operands are evaluated once, in order. */
  protected place(target: ts.Expression, later: readonly ts.Node[]): Place {
    if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) return this.place(target.expression, later);
    if (ts.isIdentifier(target)) {
      const r = this.varOf(target);
      if (r === undefined) this.freeVariable(target, true);
      return { read: () => r, write: (v) => this.moveInto(r, v, target) };
    }
    if (ts.isPropertyAccessExpression(target)) {
      const vr = this.virtualizableRegister(target);
      if (vr !== undefined) return { read: () => vr, write: (v) => this.moveInto(vr, v, target) };
      const field = this.field(target);
      return this.fieldPlace(target, field, this.stable(this.expr(target.expression), later), target.name.text);
    }
    if (ts.isElementAccessExpression(target) && this.constantKey(target) !== undefined) {
      const key = this.constantKey(target)!;
      const field = this.keyedField(target, key);
      const obj = this.stable(this.expr(target.expression), [target.argumentExpression, ...later]);
      this.keyForEffect(target);
      return this.fieldPlace(target, field, obj, key);
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
    const kind = arrayKindOf(this.checker, this.objectType(e));
    if (kind === null) this.fail(e, `indexing a '${this.checker.typeToString(this.checker.getTypeAtLocation(e.expression))}'`);
    const arr = this.stable(this.expr(e.expression), [e.argumentExpression, ...later]);
    const idx = this.stable(this.numberAs(e.argumentExpression, 'int'), later);
    return { arr, index: idx, kind };
  }

  /**
   * The field a property access names: an instance field of a class (not an accessor or
   * method), a property an object literal declares, or a property of an object type or
   * interface. The last two are data fields only if nothing in the program declares an
   * accessor of that name (a class could implement the type with a getter); they are immutable
   * only for an `as const` literal.
   */
  private field(e: ts.PropertyAccessExpression): { readonly: boolean } {
    return this.fieldOf(this.checker.getSymbolAtLocation(e.name), e.name.text, e);
  }

  protected fieldOf(sym: ts.Symbol | undefined, name: string, e: ts.Node): { readonly: boolean } {
    const d = sym?.valueDeclaration;
    const what = `the property '${e.getText()}'`;
    if (d && (ts.isPropertyDeclaration(d) || (ts.isParameter(d) && ts.isConstructorDeclaration(d.parent)))) {
      // A static field is a field of the class object (`C.f`, the class a constant).
      return { readonly: (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0 };
    }
    const literal = d && (ts.isPropertyAssignment(d) || ts.isShorthandPropertyAssignment(d)) && ts.isObjectLiteralExpression(d.parent);
    const signature = d && ts.isPropertySignature(d);
    if (!literal && !signature) this.fail(e, `${what} (only fields of classes, object literals and object types are lowered)`);
    if (this.ctx.analysis.accessorNames.has(name)) {
      this.fail(e, `${what} of an object type: the program declares an accessor '${name}', which a read could run`);
    }
    // `readonly` in an object type is a property of the view, not of the object (a mutable alias
    // may write it): only an `as const` literal's own properties are immutable reads.
    return { readonly: literal ? isConstAsserted(d.parent) : false };
  }

  /**
   * The register holding a virtualizable field read or written through e, when the code being
   * lowered keeps it in one (a portal: portal.ts); else undefined, and the field is a heap
   * field like any other (functions the portal calls read and write the frame itself).
   */
  protected virtualizableRegister(_e: ts.PropertyAccessExpression): number | undefined {
    return undefined;
  }

  private property(e: ts.PropertyAccessExpression): number {
    if (this.startsChain(e)) return this.optionalChain(e, () => this.property(e));
    if (e.questionDotToken && !this.evaluated.has(e.expression)) return this.chainLink(e.expression, [], () => this.property(e));
    if (e.name.text === 'length' && this.isString(e.expression)) {
      // Strings never change: an immutable read, which folds on a constant string.
      return this.op('getfield_imm', 'int', [this.exprAs(e.expression, 'ref')], this.asm.descr(fieldDescr('length')));
    }
    if (e.name.text === 'length') {
      const kind = arrayKindOf(this.checker, this.checker.getTypeAtLocation(e.expression));
      if (kind !== null) return this.op('arraylen', 'int', [this.expr(e.expression)], this.asm.descr(arrayDescr(kind)));
    }
    const vr = this.virtualizableRegister(e);
    if (vr !== undefined) return vr;
    const f = this.field(e);
    const k = typeKind(this.checker.getTypeAtLocation(e));
    return this.op(f.readonly ? 'getfield_imm' : 'getfield', k, [this.expr(e.expression)], this.asm.descr(fieldDescr(e.name.text)));
  }

  /** Is e's type a string (a primitive string or string literal type)? */
  private isString(e: ts.Expression): boolean {
    return (this.checker.getNonNullableType(this.checker.getTypeAtLocation(e)).flags & ts.TypeFlags.StringLike) !== 0;
  }

  /** `s[i]` of a string: a pure residual call of `stringAt` (a one-unit string, or undefined past the end). */
  private stringAt(e: ts.ElementAccessExpression): number {
    const s = this.stable(this.exprAs(e.expression, 'ref'), [e.argumentExpression]);
    const i = this.numberAs(e.argumentExpression, 'int');
    return this.helperCall('stringAt', 'ref', 'pure', [s, i]);
  }

  /**
   * The property name of `o[k]` when o is an object (not an array, typed array or string) and
   * k has a literal type (`o['a']`, `o[1]`, a `const` key): such an access is a field access.
   */
  private constantKey(e: ts.ElementAccessExpression): string | undefined {
    const objType = this.objectType(e);
    if (arrayKindOf(this.checker, objType) !== null || this.isString(e.expression)) return undefined;
    const t = this.checker.getTypeAtLocation(e.argumentExpression);
    if (t.isStringLiteral()) return t.value;
    if (t.isNumberLiteral()) return String(t.value);
    return undefined;
  }

  private keyedField(e: ts.ElementAccessExpression, key: string): { readonly: boolean } {
    return this.fieldOf(this.checker.getPropertyOfType(this.objectType(e), key), key, e);
  }

  /** The type of the object `o[k]` indexes (without null and undefined: `o?.[k]` tested them). */
  private objectType(e: ts.ElementAccessExpression): ts.Type {
    return this.checker.getNonNullableType(this.checker.getTypeAtLocation(e.expression));
  }

  /** A key that is not a literal is still evaluated (after the object, as JavaScript does). */
  private keyForEffect(e: ts.ElementAccessExpression): void {
    const k = skipParens(e.argumentExpression);
    if (!ts.isStringLiteral(k) && !ts.isNumericLiteral(k) && !ts.isNoSubstitutionTemplateLiteral(k)) this.effect(k);
  }

  /**
   * An optional chain at its outermost node (`o?.a`, `o?.a.b`, `xs?.[i]`, `o?.m().x`,
   * `a?.b?.c`): one ref result, undefined as soon as the object of any `?.` link is null or
   * undefined (the rest of the chain is then not evaluated, as in JavaScript), else the chain's
   * value. `plain` lowers the chain's node; its links call `chainLink`.
   */
  protected optionalChain(e: ts.Expression, plain: () => number): number {
    const t = this.reg('ref');
    const nullish = this.label();
    const end = this.label();
    const outer = this.chainNullish;
    this.chainNullish = nullish;
    this.activeChains.add(e);
    let v: number;
    try {
      v = plain();
    } finally {
      this.chainNullish = outer;
      this.activeChains.delete(e);
    }
    this.emit({ op: 'move', dst: t, src: this.convert(v, 'ref', e) });
    this.goto(end);
    this.bind(nullish);
    this.emit({ op: 'move', dst: t, src: this.undefinedConst() });
    this.goto(end);
    this.bind(end);
    return t;
  }

  /** Does lowering e start an optional chain (e is the outermost node of one, not being lowered yet)? */
  protected startsChain(e: ts.Expression): boolean {
    if (!ts.isOptionalChain(e) || this.activeChains.has(e)) return false;
    const p = e.parent;
    const continued =
      (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p) || ts.isNonNullExpression(p)) &&
      p.expression === e &&
      ts.isOptionalChain(p);
    return !continued;
  }

  /**
   * The object of a `?.` link, evaluated once (it stands for `obj` from now on: `evaluated`)
   * and tested: nullish leaves the chain. Runs `access` with it, then forgets it.
   */
  protected chainLink(obj: ts.Expression, later: readonly ts.Node[], access: () => number): number {
    if (this.chainNullish === null) this.fail(obj, 'an optional chain link outside its chain');
    const r = this.stable(this.exprAs(obj, 'ref'), later);
    this.jumpIfNot(this.op('bool_not', 'bool', [this.op('ref_is_null', 'bool', [r])]), this.chainNullish);
    this.evaluated.set(obj, r);
    try {
      return access();
    } finally {
      this.evaluated.delete(obj);
    }
  }

  // ---- array literals -----------------------------------------------------------------------

  /**
   * `[a, b, ...]` without spreads or holes: `new_array` of its length, then one `setarrayitem`
   * per element, each converted to the kind of its declared element type (a `number[]` holds
   * floats), as reads of the array expect.
   */
  private arrayLiteral(e: ts.ArrayLiteralExpression): number {
    const t = this.checker.getTypeAtLocation(e);
    if (arrayKindOf(this.checker, t) !== 'any') this.fail(e, `an array literal of type '${this.checker.typeToString(t)}'`);
    const elems = e.elements;
    for (const x of elems) {
      if (ts.isSpreadElement(x) || ts.isOmittedExpression(x)) this.fail(x, 'a spread or a hole in an array literal');
    }
    const typeArgs = this.checker.getTypeArguments(t as ts.TypeReference);
    const kindAt = (k: number): ValueType => {
      const et = this.checker.isTupleType(t) ? typeArgs[k] : typeArgs[0];
      return et ? typeKind(et) : 'ref';
    };
    const values = elems.map((x, k) => this.stable(this.exprAs(x, kindAt(k)), elems.slice(k + 1)));
    const d = this.asm.descr(arrayDescr('any'));
    const arr = this.op('new_array', 'ref', [this.const_(constInt(elems.length))], d);
    values.forEach((v, k) => this.emit({ op: 'setarrayitem', dst: -1, kind: null, args: [arr, this.const_(constInt(k)), v], descr: d }));
    return arr;
  }

  // ---- object literals ----------------------------------------------------------------------

  /**
   * `{ a: x, b }` (named properties only): the values in source order, then `new` of the
   * `plainObject` helper (`Object`: an empty plain object, as the literal makes) and one
   * `setfield` per property in source order, so the object has the literal's own properties in
   * its order (a repeated name: the last value wins, as in JavaScript). Each value is converted
   * to the kind a read of the property expects (the contextual type's, else the literal's).
   */
  private objectLiteral(e: ts.ObjectLiteralExpression): number {
    const literalType = this.checker.getTypeAtLocation(e);
    const contextual = this.checker.getContextualType(e);
    const props = e.properties.map((p) => {
      if (ts.isShorthandPropertyAssignment(p) && p.objectAssignmentInitializer === undefined) return { name: p.name.text, value: p.name as ts.Expression, node: p };
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) {
        // `__proto__: v` sets the prototype instead of making a property.
        if (p.name.text === '__proto__' && !ts.isNumericLiteral(p.name)) this.fail(p, "'__proto__:' in an object literal");
        return { name: p.name.text, value: p.initializer, node: p };
      }
      return this.fail(p, `the object literal member '${p.getText()}' (only named properties are lowered)`);
    });
    const kindOf = (name: string, node: ts.Node): ValueType => {
      const sym = (contextual && this.checker.getPropertyOfType(contextual, name)) ?? this.checker.getPropertyOfType(literalType, name);
      return sym ? typeKind(this.checker.getTypeOfSymbolAtLocation(sym, node)) : 'ref';
    };
    const values = props.map((p, k) => this.stable(this.exprAs(p.value, kindOf(p.name, p.node)), props.slice(k + 1).map((q) => q.value)));
    const obj = this.op('new', 'ref', [this.const_(this.ctx.refConst({ kind: 'helper', name: 'plainObject' }))]);
    props.forEach((p, k) => this.emit({ op: 'setfield', dst: -1, kind: null, args: [obj, values[k]!], descr: this.asm.descr(fieldDescr(p.name)) }));
    return obj;
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
  // `a >>> b` is a uint32: `int_ushr` of the int32s, then its bits read unsigned (`arith`).
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: { int: 'int_ushr' },
  [ts.SyntaxKind.AsteriskAsteriskToken]: { float: 'float_pow' },
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
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
};

/** Is an object literal `as const` (its properties readonly)? */
function isConstAsserted(o: ts.Node): boolean {
  let p = o.parent;
  while (ts.isParenthesizedExpression(p)) p = p.parent;
  return (ts.isAsExpression(p) || ts.isTypeAssertionExpression(p)) && ts.isConstTypeReference(p.type);
}

function insideFunction(n: ts.Node): boolean {
  for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return true;
  return false;
}

/** Does the class declare a static `[Symbol.hasInstance]` (which makes `instanceof` run code)? */
function declaresHasInstance(decl: ts.ClassLikeDeclaration): boolean {
  return decl.members.some(
    (m) =>
      m.name !== undefined &&
      ts.isComputedPropertyName(m.name) &&
      ts.isPropertyAccessExpression(m.name.expression) &&
      m.name.expression.expression.getText() === 'Symbol' &&
      m.name.expression.name.text === 'hasInstance',
  );
}
