/**
 * Display names of functions and small type predicates shared by the analysis passes.
 *
 * Invariants:
 * - A name is what the author sees in the source: `Class.method`, `Class.constructor`, a free
 *   function's name, or the variable a function expression is bound to. Library members are
 *   `Owner.member` as declared in the lib files (`Math.floor`, `Array.push`).
 * - The type predicates look through unions: a union is array-like when every member is.
 */

import * as ts from 'typescript';

export type FunctionLike = ts.FunctionLikeDeclaration;

const TYPED_ARRAY_NAMES: ReadonlySet<string> = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);

function nameText(n: ts.PropertyName | ts.BindingName | undefined): string {
  if (n === undefined) return '(anonymous)';
  if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) return n.text;
  return n.getText();
}

export function classNameOf(cls: ts.ClassLikeDeclaration): string {
  return cls.name?.text ?? '(anonymous class)';
}

/** The owner of a library member: the interface, class or namespace declaring it ('' for globals). */
export function ownerName(decl: ts.Node): string {
  const p = decl.parent;
  if (ts.isInterfaceDeclaration(p) || ts.isClassDeclaration(p)) return p.name?.text ?? '';
  if (ts.isModuleBlock(p)) return p.parent.name.getText();
  return '';
}

export function displayName(decl: ts.Node): string {
  if (ts.isClassLike(decl)) return `${classNameOf(decl)}.constructor`;
  if (ts.isConstructorDeclaration(decl)) return `${classNameOf(decl.parent)}.constructor`;
  if (ts.isMethodDeclaration(decl) || ts.isGetAccessor(decl) || ts.isSetAccessor(decl)) {
    return ts.isClassLike(decl.parent) ? `${classNameOf(decl.parent)}.${nameText(decl.name)}` : nameText(decl.name);
  }
  if (ts.isFunctionDeclaration(decl)) return nameText(decl.name);
  if (ts.isFunctionExpression(decl) || ts.isArrowFunction(decl)) {
    let p: ts.Node = decl.parent;
    while (ts.isParenthesizedExpression(p) || ts.isCallExpression(p) || ts.isAsExpression(p)) p = p.parent;
    if (ts.isVariableDeclaration(p)) return nameText(p.name);
    if (ts.isFunctionExpression(decl) && decl.name) return decl.name.text;
    return '(anonymous function)';
  }
  if (ts.isMethodSignature(decl) || ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) {
    return `${ownerName(decl)}.${nameText(decl.name)}`;
  }
  if (ts.isVariableDeclaration(decl)) return nameText(decl.name);
  return decl.getText().slice(0, 40);
}

/** The nearest enclosing function-like node (or undefined at the top level). */
export function enclosingFunction(node: ts.Node): FunctionLike | undefined {
  for (let p = node.parent; p !== undefined; p = p.parent) {
    if (ts.isFunctionLike(p) && 'body' in p) return p as FunctionLike;
  }
  return undefined;
}

function every(type: ts.Type, pred: (t: ts.Type) => boolean): boolean {
  return type.isUnion() ? type.types.every(pred) : pred(type);
}

export function isTypedArray(type: ts.Type): boolean {
  const s = type.getSymbol();
  return s !== undefined && TYPED_ARRAY_NAMES.has(s.name) && (s.declarations ?? []).some((d) => d.getSourceFile().isDeclarationFile);
}

/** Arrays, tuples, typed arrays and strings: indexable and iterable without the iterator protocol. */
export function isIndexable(checker: ts.TypeChecker, type: ts.Type): boolean {
  return every(
    type,
    (t) => checker.isArrayType(t) || checker.isTupleType(t) || isTypedArray(t) || (t.flags & ts.TypeFlags.StringLike) !== 0,
  );
}

export function isArrayOrTuple(checker: ts.TypeChecker, type: ts.Type): boolean {
  return every(type, (t) => checker.isArrayType(t) || checker.isTupleType(t));
}

/** Does `expr` name a class (a user class, or a library constructor such as Error or Uint8Array)? */
export function namesClass(checker: ts.TypeChecker, expr: ts.Expression): boolean {
  let s = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
  if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
  if (!s) return false;
  if (s.flags & ts.SymbolFlags.Class) return true;
  // A library constructor is a `declare var X: XConstructor`, often next to an `interface X`.
  const d = s.valueDeclaration ?? s.declarations?.find((x) => ts.isVariableDeclaration(x));
  if (d && ts.isVariableDeclaration(d) && d.getSourceFile().isDeclarationFile) {
    return checker.getTypeOfSymbolAtLocation(s, expr).getConstructSignatures().length > 0;
  }
  return false;
}
