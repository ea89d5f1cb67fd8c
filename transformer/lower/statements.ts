/**
 * Statements to branches: blocks, locals, `if`, loops, `switch`, `break`/`continue` (labeled or
 * not), `return`, `throw`.
 *
 * `switch`: a number discriminant whose case labels are all int32 constants the checker knows
 * (literals, enum members, `const`s of literal type) is the jitcode `switch` op (a repeated
 * label keeps its first case, as JavaScript matches the first); an int discriminant (kinds.ts)
 * is switched on directly, a float one after converting it to int, guarded by a test that the
 * conversion is exact (else no label matches). Anything else is a chain of `===` tests, labels
 * evaluated in order as JavaScript does. The bodies follow in
 * source order, so a case without `break` falls through into the next; `default` may stand
 * anywhere (it is where no label matches, and falls through like any case); `break` leaves the
 * switch, `continue` goes to the enclosing loop.
 *
 * What a subclass decides: `returnStmt` (a function returns, a portal too), and the handling of
 * the loop it stands in (`loopBody`).
 */

import * as ts from 'typescript';
import { DiagCode, subsetMessage } from '../diagnostics.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { Const, arrayDescr, constInt, fieldDescr } from '../../runtime/ir/trace.js';
import { defaultConst } from './builder.js';
import { arrayKindOf, isImmutableArray, isIntElem, isStringType, typeKind } from './kinds.js';
import { CallLowerer } from './calls.js';

export abstract class StatementLowerer extends CallLowerer {
  /** The kind every `return` converts its value to. */
  protected abstract readonly resultKind: ValueType;

  protected block(stmts: readonly ts.Statement[]): void {
    for (const s of stmts) this.stmt(s);
  }

  protected stmt(s: ts.Statement): void {
    const labels = this.pendingLabels;
    this.pendingLabels = [];
    if (ts.isBlock(s)) return this.block(s.statements);
    if (ts.isEmptyStatement(s)) return;
    if (ts.isExpressionStatement(s)) return this.effect(s.expression);
    if (ts.isVariableStatement(s)) return this.varDecls(s.declarationList);
    if (ts.isReturnStatement(s)) return this.returnStmt(s);
    if (ts.isThrowStatement(s)) {
      this.emit({ op: 'raise', value: this.exprAs(s.expression, 'ref') });
      return;
    }
    if (ts.isIfStatement(s)) {
      const els = this.label();
      const end = this.label();
      this.jumpIfNot(this.cond(s.expression), els);
      this.stmt(s.thenStatement);
      this.goto(end);
      this.bind(els);
      if (s.elseStatement) this.stmt(s.elseStatement);
      this.goto(end);
      this.bind(end);
      return;
    }
    if (ts.isLabeledStatement(s)) {
      const inner = s.statement;
      if (!ts.isIterationStatement(inner, false) && !ts.isSwitchStatement(inner)) this.fail(s, 'a label on a statement that is not a loop or a switch');
      this.pendingLabels = [...labels, s.label.text];
      return this.stmt(inner);
    }
    if (ts.isSwitchStatement(s)) return this.switchStmt(s, labels);
    if (ts.isWhileStatement(s)) {
      const head = this.label();
      const end = this.label();
      this.bind(head);
      this.jumpIfNot(this.cond(s.expression), end);
      this.loopBody(s.statement, end, head, labels);
      this.goto(head);
      this.bind(end);
      return;
    }
    if (ts.isDoStatement(s)) {
      const head = this.label();
      const test = this.label();
      const end = this.label();
      this.bind(head);
      this.loopBody(s.statement, end, test, labels);
      this.goto(test);
      this.bind(test);
      const c = this.cond(s.expression);
      this.jumpIfNot(c, end);
      this.goto(head);
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
      this.goto(next);
      this.bind(next);
      if (s.incrementor) this.effect(s.incrementor);
      this.goto(head);
      this.bind(end);
      return;
    }
    if (ts.isForOfStatement(s)) return this.forOf(s, labels);
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return this.jumpOut(s);
    if (ts.isTryStatement(s)) {
      if (s.finallyBlock) this.outside(s, DiagCode.TryFinally, subsetMessage.tryFinally(this.name));
      this.outside(s, DiagCode.TryCatch, subsetMessage.tryCatch(this.name));
    }
    if (ts.isForInStatement(s)) this.outside(s, DiagCode.ForIn, subsetMessage.forIn(this.name));
    this.fail(s, `the statement '${ts.SyntaxKind[s.kind]}'`);
  }

  /**
   * `for (const x of xs)` over an array or typed array: an index loop that reads the length at
   * every step (as the array iterator does), over the array the loop started with (a copy of its
   * register, so reassigning the variable in the body does not change what is iterated).
   */
  private forOf(s: ts.ForOfStatement, labels: readonly string[]): void {
    if (s.awaitModifier) this.fail(s, "'for await'");
    const t = this.checker.getTypeAtLocation(s.expression);
    const kind = arrayKindOf(this.checker, t);
    const init = s.initializer;
    const decl = ts.isVariableDeclarationList(init) && init.declarations.length === 1 ? init.declarations[0]! : undefined;
    if (!decl || !ts.isIdentifier(decl.name)) return this.fail(init, "a 'for...of' whose variable is not one declared name");
    if (kind === null && isStringType(t)) return this.forOfString(s, decl, labels);
    if (kind === null) return this.fail(s.expression, `'for...of' over a '${this.checker.typeToString(t)}' (arrays, typed arrays and strings are lowered)`);
    const arr = this.reg('ref');
    this.emit({ op: 'move', dst: arr, src: this.exprAs(s.expression, 'ref') });
    const d = this.asm.descr(arrayDescr(kind));
    const ek: ValueType = kind === 'any' ? typeKind(this.checker.getTypeAtLocation(decl.name)) : isIntElem(kind) ? 'int' : 'float';
    const read = isImmutableArray(this.checker, t) ? 'getarrayitem_imm' : 'getarrayitem';
    this.indexLoop(s, decl, labels, () => this.op('arraylen', 'int', [arr], d), (i) => ({
      item: this.op(read, ek, [arr, i], d),
      step: this.const_(constInt(1)),
    }));
  }

  /**
   * `for (const ch of str)`: by code point, as the string iterator goes: at index i, the pure
   * helper `codePointString` gives the one- or two-unit string there, and i advances by its
   * length (taken before the body, which may reassign the variable).
   */
  private forOfString(s: ts.ForOfStatement, decl: ts.VariableDeclaration, labels: readonly string[]): void {
    const str = this.reg('ref');
    this.emit({ op: 'move', dst: str, src: this.exprAs(s.expression, 'ref') });
    const length = this.asm.descr(fieldDescr('length'));
    this.indexLoop(s, decl, labels, () => this.op('getfield_imm', 'int', [str], length), (i) => {
      const ch = this.helperCall('codePointString', 'ref', 'pure', [str, i]);
      return { item: ch, step: this.op('getfield_imm', 'int', [ch], length) };
    });
  }

  /**
   * The loop of a `for...of` over an indexed sequence, from index 0 while `length()` (read at
   * every step) is greater: `element(i)` gives the item at i, which the variable is bound to,
   * and the step to the next index, computed before the body runs.
   */
  private indexLoop(
    s: ts.ForOfStatement,
    decl: ts.VariableDeclaration,
    labels: readonly string[],
    length: () => number,
    element: (i: number) => { item: number; step: number },
  ): void {
    const name = decl.name as ts.Identifier;
    const i = this.reg('int');
    this.emit({ op: 'move', dst: i, src: this.const_(constInt(0)) });
    const head = this.label();
    const next = this.label();
    const end = this.label();
    this.bind(head);
    this.jumpIfNot(this.op('int_lt', 'bool', [i, length()]), end);
    const { item, step } = element(i);
    const r = this.reg(this.localKind(name));
    this.bindVar(name, r);
    this.moveInto(r, item, decl);
    this.loopBody(s.statement, end, next, labels);
    this.goto(next);
    this.bind(next);
    this.emit({ op: 'move', dst: i, src: this.op('int_add', 'int', [i, step]) });
    this.goto(head);
    this.bind(end);
  }

  protected returnStmt(s: ts.ReturnStatement): void {
    if (!s.expression && this.resultKind !== 'ref') this.fail(s, `'return' without a value from a function returning ${this.resultKind}`);
    const value = s.expression ? this.exprAs(s.expression, this.resultKind) : this.undefinedConst();
    this.emit({ op: 'return', value });
  }

  private jumpOut(s: ts.BreakStatement | ts.ContinueStatement): void {
    const name = s.label?.text;
    const isBreak = ts.isBreakStatement(s);
    const target = [...this.breakables].reverse().find((b) => (name === undefined || b.labels.includes(name)) && (isBreak || b.cont !== null));
    if (!target) this.fail(s, `'${s.getText()}' outside a loop or switch it can leave`);
    if (!isBreak && target.cont === null) this.fail(s, `'${s.getText()}' naming a switch`);
    this.goto(isBreak ? target.brk : target.cont!);
  }

  protected loopBody(body: ts.Statement, brk: number, cont: number, labels: readonly string[]): void {
    this.breakables.push({ brk, cont, labels });
    this.stmt(body);
    this.breakables.pop();
  }

  protected varDecls(list: ts.VariableDeclarationList): void {
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) {
        if (!d.initializer) this.fail(d, 'a destructuring declaration without a value');
        this.bindPattern(d.name, this.stable(this.exprAs(d.initializer, 'ref'), []));
        continue;
      }
      const k = this.localKind(d.name);
      const r = this.reg(k);
      const value = d.initializer ? this.exprAs(d.initializer, k) : this.const_(defaultConst(k));
      this.bindVar(d.name, r);
      this.moveInto(r, value, d);
    }
  }

  // ---- destructuring and default values ------------------------------------------------------

  /**
   * Bind the names of a destructuring pattern to the parts of `src` (a ref), read as JavaScript
   * reads them: an object pattern reads fields by name (the rule of property reads: fields of
   * classes, object literals and object types), an array pattern reads items 0, 1, ... of an
   * array or typed array (holes skipped). Defaults apply where the part is `undefined`; nested
   * patterns recurse. A rest element is a residual call: `arrayRest` (the items from its
   * position on, in a new array) or `objectRest` (the other own enumerable properties, copied).
   * Computed keys are not lowered.
   */
  protected bindPattern(pattern: ts.BindingPattern, src: number): void {
    const type = this.checker.getTypeAtLocation(pattern);
    if (ts.isObjectBindingPattern(pattern)) {
      const keys: string[] = [];
      for (const el of pattern.elements) {
        if (el.dotDotDotToken) {
          const excluded = keys.map((k) => this.const_(new Const('ref', k)));
          this.bindRest(el, this.helperCall('objectRest', 'ref', 'residual', [src, ...excluded]));
          continue;
        }
        const key = el.propertyName ?? el.name;
        if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) this.fail(el, 'a computed key in a destructuring pattern');
        keys.push(key.text);
        const prop = type.getProperty(key.text);
        const field = this.fieldOf(prop, key.text, el);
        const k = prop ? typeKind(this.checker.getTypeOfSymbolAtLocation(prop, el)) : 'ref';
        this.bindElement(el, this.op(field.readonly ? 'getfield_imm' : 'getfield', k, [src], this.asm.descr(fieldDescr(key.text))), true);
      }
      return;
    }
    const kind = arrayKindOf(this.checker, type);
    if (kind === null) this.fail(pattern, `an array pattern of a '${this.checker.typeToString(type)}' (arrays and typed arrays are read by index)`);
    const imm = isImmutableArray(this.checker, type);
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (el.dotDotDotToken) {
        this.bindRest(el, this.helperCall('arrayRest', 'ref', 'residual', [src, this.const_(constInt(i))]));
        return;
      }
      // A typed array's item (in bounds: the subset's assumption) is never undefined.
      const k = kind === 'any' ? (el.initializer ? 'ref' : typeKind(this.checker.getTypeAtLocation(el))) : isIntElem(kind) ? 'int' : 'float';
      const item = this.op(imm ? 'getarrayitem_imm' : 'getarrayitem', k, [src, this.const_(constInt(i))], this.asm.descr(arrayDescr(kind)));
      this.bindElement(el, item, kind === 'any');
    });
  }

  /** A rest element's name bound to its new array or object (a nested pattern is not lowered). */
  private bindRest(el: ts.BindingElement, rest: number): void {
    if (!ts.isIdentifier(el.name)) this.fail(el, 'a rest element with a nested pattern');
    this.bindElement(el, rest, false);
  }

  /** One element of a pattern: its default applied (where the part may be undefined), then a name bound or a nested pattern. */
  private bindElement(el: ts.BindingElement, part: number, mayBeUndefined: boolean): void {
    const init = mayBeUndefined ? el.initializer : undefined;
    if (ts.isIdentifier(el.name)) {
      const k = this.localKind(el.name);
      const value = init ? this.withDefault(this.convert(part, 'ref', el), init, k, el) : part;
      const r = this.reg(k);
      this.bindVar(el.name, r);
      this.moveInto(r, value, el);
      return;
    }
    const whole = init ? this.withDefault(this.convert(part, 'ref', el), init, 'ref', el) : this.convert(part, 'ref', el);
    this.bindPattern(el.name, this.stable(whole, []));
  }

  /**
   * A value with a default, as a register of kind `kind`: the initializer's value when `given`
   * (a ref) is `undefined`, else `given` converted.
   */
  protected withDefault(given: number, initializer: ts.Expression, kind: ValueType, at: ts.Node): number {
    const v = this.reg(kind);
    const notUndefined = this.label();
    const end = this.label();
    this.jumpIfNot(this.op('ref_eq', 'bool', [given, this.undefinedConst()]), notUndefined);
    this.emit({ op: 'move', dst: v, src: this.exprAs(initializer, kind) });
    this.goto(end);
    this.bind(notUndefined);
    this.emit({ op: 'move', dst: v, src: this.convert(given, kind, at) });
    this.goto(end);
    this.bind(end);
    return v;
  }

  // ---- switch -------------------------------------------------------------------------------

  private switchStmt(s: ts.SwitchStatement, labels: readonly string[]): void {
    const clauses = s.caseBlock.clauses;
    const end = this.label();
    const bodies = clauses.map(() => this.label());
    const dflt = clauses.findIndex((c) => ts.isDefaultClause(c));
    const noMatch = dflt >= 0 ? bodies[dflt]! : end;
    const table = this.switchTable(s);
    if (table) {
      const v = this.switchValue(s.expression, noMatch);
      const cases: Array<readonly [number, number]> = [];
      const seen = new Set<number>();
      table.forEach((value, k) => {
        if (value === null || seen.has(value)) return;
        seen.add(value);
        cases.push([value, bodies[k]!]);
      });
      this.emitSwitch(v, noMatch, cases);
    } else {
      const later = clauses.flatMap((c) => (ts.isCaseClause(c) ? [c.expression] : []));
      const v = this.stable(this.expr(s.expression), later);
      clauses.forEach((c, k) => {
        if (!ts.isCaseClause(c)) return;
        const next = this.label();
        this.jumpIfNot(this.strictEquals(v, this.expr(c.expression), c.expression), next);
        this.goto(bodies[k]!);
        this.bind(next);
      });
      this.goto(noMatch);
    }
    this.breakables.push({ brk: end, cont: null, labels });
    clauses.forEach((c, k) => {
      this.bind(bodies[k]!);
      this.block(c.statements);
    });
    this.breakables.pop();
    this.goto(end);
    this.bind(end);
  }

  /**
   * The int to switch on: the discriminant itself when it is an int; a float converted to int
   * when that is exact (a fraction, NaN or a value out of the int32 range matches no int32
   * label, and goes to `noMatch`; -0 matches 0, as `===` does).
   */
  private switchValue(e: ts.Expression, noMatch: number): number {
    const v = this.expr(e);
    if (this.kindOfOperand(v) === 'int') return v;
    const i = this.convert(v, 'int', e);
    this.jumpIfNot(this.op('float_eq', 'bool', [this.convert(i, 'float', e), v]), noMatch);
    return i;
  }

  /** `switch v`: a constant v decides the branch here. */
  private emitSwitch(v: number, dflt: number, cases: ReadonlyArray<readonly [number, number]>): void {
    if (v < 0) {
      const value = this.constValue(v);
      this.goto(cases.find(([c]) => c === value)?.[1] ?? dflt);
      return;
    }
    this.emit({ op: 'switch', reg: v, dflt, cases, live: [] });
  }

  /**
   * The int32 value of each clause's label (null for `default`) when the discriminant is a
   * number and every label is an int32 constant the checker knows; else null (a chain of `===`).
   */
  private switchTable(s: ts.SwitchStatement): Array<number | null> | null {
    const k = this.oracle.kindOf(s.expression);
    if (k !== 'int' && k !== 'float') return null;
    const values: Array<number | null> = [];
    for (const c of s.caseBlock.clauses) {
      if (ts.isDefaultClause(c)) {
        values.push(null);
        continue;
      }
      const v = this.int32Constant(c.expression);
      if (v === undefined) return null;
      values.push(v);
    }
    return values;
  }

  private int32Constant(e: ts.Expression): number | undefined {
    let v: unknown;
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) v = this.checker.getConstantValue(e);
    if (v === undefined) {
      const t = this.checker.getTypeAtLocation(e);
      if (t.isNumberLiteral()) v = t.value;
    }
    return typeof v === 'number' && Number.isInteger(v) && (v | 0) === v && !Object.is(v, -0) ? v : undefined;
  }
}
