/**
 * Register kinds of the lowering: which jitcode kind (`int`, `float`, `bool`, `ref`) holds the
 * value of a TypeScript expression or local variable.
 *
 * The rule, chosen to be sound rather than clever:
 * - a `boolean` (or boolean literal) type is `bool`; a type that is not number-like or
 *   boolean-like (objects, strings, unions with `undefined`, ...) is `ref`;
 * - a number-like value is `float`, except an expression whose JavaScript result is an int32
 *   for every possible input, which is `int`:
 *     integer literals in the int32 range (not `-0`);
 *     `a | b`, `a & b`, `a ^ b`, `a << b`, `a >> b`, `~a` (ToInt32 of the result, whatever the
 *     operands), and their compound assignments;
 *     `.length` of an array or typed array (lengths below 2^31 are assumed: larger arrays are
 *     not allocatable by the interpreters this toolkit targets);
 *     elements of int8/uint8/uint8-clamped/int16/uint16/int32 typed arrays;
 *     a local variable whose every assignment is such an expression;
 *     `c ? a : b` with both branches int, parentheses, `=` of an int variable, `x as T` and
 *     `x satisfies T` of an int (type assertions do not change the value);
 *   (`(a + b) | 0` and `(a - b) | 0` of two ints are lowered to `int_add` / `int_sub`, which
 *   compute exactly that);
 * - `+`, `-`, `*`, `/`, `%`, unary `-`, `++`, `--` and `>>>` give `float` even on ints: their
 *   results leave int32 (overflow, `-0`, fractions, uint32), and the jitcode has no overflow
 *   checks. Parameters and fields are typed by declaration alone (a `number` is `float`), so a
 *   callee's argument kinds never depend on its body.
 *
 * Invariant: `int` is only ever chosen when the JavaScript value is an int32, so converting an
 * int register to a float (`int_to_float`) is exact and the two kinds never disagree on a value.
 */

import * as ts from 'typescript';
import type { ArrayKind } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';

const TYPED_ARRAYS: Readonly<Record<string, ArrayKind>> = {
  Int8Array: 'i8',
  Uint8Array: 'u8',
  Uint8ClampedArray: 'u8c',
  Int16Array: 'i16',
  Uint16Array: 'u16',
  Int32Array: 'i32',
  Float32Array: 'f32',
  Float64Array: 'f64',
};

const INT_ELEMS: ReadonlySet<ArrayKind> = new Set<ArrayKind>(['i8', 'u8', 'u8c', 'i16', 'u16', 'i32']);

/** The kind of a value of type t, numbers as `float`. */
export function typeKind(t: ts.Type): ValueType {
  if (t.flags & ts.TypeFlags.BooleanLike) return 'bool';
  if (t.flags & ts.TypeFlags.NumberLike) return 'float';
  if (t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.BooleanLike)) return 'bool';
  if (t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.NumberLike)) return 'float';
  return 'ref';
}

/** The array kind of an indexable type: a typed array's, `any` for arrays and tuples, else null. */
export function arrayKindOf(checker: ts.TypeChecker, t: ts.Type): ArrayKind | null {
  const sym = t.getSymbol();
  if (sym && Object.prototype.hasOwnProperty.call(TYPED_ARRAYS, sym.name)) return TYPED_ARRAYS[sym.name]!;
  if (checker.isArrayType(t) || checker.isTupleType(t)) return 'any';
  return null;
}

export const isIntElem = (k: ArrayKind): boolean => INT_ELEMS.has(k);

/**
 * Is t an array type whose elements cannot be written through it: `readonly T[]`,
 * `ReadonlyArray<T>`, or a readonly tuple? (The lowering reads such elements as immutable.)
 */
export function isImmutableArray(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (checker.isTupleType(t)) return ((t as ts.TupleTypeReference).target as ts.TupleType).readonly;
  return checker.isArrayType(t) && t.getSymbol()?.name === 'ReadonlyArray';
}

/** Is t a string (or a union of strings and string literals)? */
export function isStringType(t: ts.Type): boolean {
  if (t.flags & ts.TypeFlags.StringLike) return true;
  return t.isUnion() && t.types.every((u) => u.flags & ts.TypeFlags.StringLike);
}

const INT_OPS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.BarToken, ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
]);

/** Operators whose result is ToInt32 of something: always an int32. */
export const isInt32Operator = (k: ts.SyntaxKind): boolean => INT_OPS.has(k);

const isInt32Literal = (v: number): boolean => Number.isInteger(v) && (v | 0) === v && !Object.is(v, -0);

/**
 * Decides the kinds of expressions and locals of one function body. `intVars` are the locals
 * proven int (see `inferLocals`); everything else follows the rule of the header.
 */
export class KindOracle {
  readonly intVars = new Set<ts.Symbol>();

  constructor(readonly checker: ts.TypeChecker) {}

  /** Is v an int32 (not -0)? */
  isInt32Value(v: number): boolean {
    return isInt32Literal(v);
  }

  symbolOf(e: ts.Node): ts.Symbol | undefined {
    return this.checker.getSymbolAtLocation(e);
  }

  /** Is e a number whose value is always an int32? */
  isInt32(e: ts.Expression): boolean {
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return this.isInt32(e.expression);
    if (ts.isNumericLiteral(e)) return isInt32Literal(Number(e.text));
    if (ts.isPrefixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.TildeToken) return true;
      if (e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)) return isInt32Literal(-Number(e.operand.text));
      return false;
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (isInt32Operator(op)) return true;
      if (op === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left)) return this.isIntVar(e.left);
      return false;
    }
    if (ts.isConditionalExpression(e)) return this.isInt32(e.whenTrue) && this.isInt32(e.whenFalse);
    if (ts.isIdentifier(e)) return this.isIntVar(e);
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') {
      return arrayKindOf(this.checker, this.checker.getTypeAtLocation(e.expression)) !== null;
    }
    if (ts.isElementAccessExpression(e)) {
      const k = arrayKindOf(this.checker, this.checker.getTypeAtLocation(e.expression));
      return k !== null && isIntElem(k);
    }
    return false;
  }

  private isIntVar(id: ts.Identifier): boolean {
    const s = this.symbolOf(id);
    return s !== undefined && this.intVars.has(s);
  }

  /** The kind of an expression's value. */
  kindOf(e: ts.Expression): ValueType {
    const k = typeKind(this.checker.getTypeAtLocation(e));
    return k === 'float' && this.isInt32(e) ? 'int' : k;
  }

  /**
   * Find the int locals of a body: start from every number local with an int initializer and
   * drop, until nothing changes, those with an assignment that is not int (the set only
   * shrinks, so this terminates, and what remains is consistent: each assignment of a
   * remaining local is int assuming exactly the remaining locals are).
   */
  inferLocals(body: ts.Node): void {
    const decls = new Map<ts.Symbol, ts.Expression>();
    const writes = new Map<ts.Symbol, Array<ts.Expression | null>>();
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
        const s = this.symbolOf(n.name);
        if (s && typeKind(this.checker.getTypeAtLocation(n.name)) === 'float') decls.set(s, n.initializer);
      }
      const write = (target: ts.Expression, value: ts.Expression | null): void => {
        if (!ts.isIdentifier(target)) return;
        const s = this.symbolOf(target);
        if (!s) return;
        let l = writes.get(s);
        if (!l) writes.set(s, (l = []));
        l.push(value);
      };
      if (ts.isBinaryExpression(n)) {
        const op = n.operatorToken.kind;
        if (op === ts.SyntaxKind.EqualsToken) write(n.left, n.right);
        else if (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment) write(n.left, isInt32Operator(op) ? n : null);
      }
      if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
        write(n.operand, null);
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    for (const s of decls.keys()) this.intVars.add(s);
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of [...this.intVars]) {
        const ok = this.isInt32(decls.get(s)!) && (writes.get(s) ?? []).every((v) => v !== null && this.isInt32(v));
        if (!ok) {
          this.intVars.delete(s);
          changed = true;
        }
      }
    }
  }
}
