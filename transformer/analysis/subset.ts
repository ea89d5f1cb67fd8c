/**
 * The subset check: reports every construct in traced code that the tracer cannot handle
 * (SUBSET.md is the list, with reasons and fixes). Calls are not checked here: resolving them
 * is the reachability pass's job, and it reports the calls it cannot resolve.
 *
 * Invariants:
 * - Only traced code is checked: a traced function's body, or the dispatch loop of a dispatch
 *   method. Pure and opaque functions are never walked.
 * - A construct is reported once, at its own node (so `file:line:col` points at it), and the
 *   walk does not descend into a reported closure: its body is not traced code.
 * - The check never rewrites anything; it only reads the tree and the checker.
 */

import * as ts from 'typescript';
import { DiagCode, diagnosticAt, subsetMessage as M } from '../diagnostics.js';
import { isArrayOrTuple, isIndexable, namesClass } from './names.js';

export function checkSubset(
  checker: ts.TypeChecker,
  fnName: string,
  fn: ts.FunctionLikeDeclaration | undefined,
  region: ts.Node,
  out: ts.Diagnostic[],
): void {
  const typeText = (n: ts.Node): string => checker.typeToString(checker.getTypeAtLocation(n));
  const report = (n: ts.Node, code: DiagCode, text: string): void => {
    out.push(diagnosticAt(n, code, text));
  };

  // A generator or async function is reported once, at its '*' or 'async': the 'yield',
  // 'await' and 'for await' inside it are not reported again.
  const asyncMod = fn === undefined ? undefined : ts.getModifiers(fn)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  if (fn?.asteriskToken) report(fn.asteriskToken, DiagCode.Generator, M.generator(fnName));
  if (asyncMod) report(asyncMod, DiagCode.Async, M.async(fnName));

  const closureWhat = (n: ts.Node): string | undefined => {
    if (ts.isArrowFunction(n)) return 'Arrow function';
    if (ts.isFunctionExpression(n)) return n.name ? `Function expression '${n.name.text}'` : 'Function expression';
    if (ts.isFunctionDeclaration(n)) return `Nested function '${n.name?.text ?? '(anonymous)'}'`;
    if (ts.isClassExpression(n) || ts.isClassDeclaration(n)) return `Class '${n.name?.text ?? '(anonymous)'}'`;
    if ((ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) && ts.isObjectLiteralExpression(n.parent)) {
      return `Object literal method '${n.name.getText()}'`;
    }
    return undefined;
  };

  const checkPattern = (pattern: ts.BindingPattern | ts.Expression, source: ts.Node | undefined): void => {
    if (ts.isArrayBindingPattern(pattern) || ts.isArrayLiteralExpression(pattern)) {
      if (source !== undefined && !isArrayOrTuple(checker, checker.getTypeAtLocation(source))) {
        report(pattern, DiagCode.Destructuring, M.destructuring(fnName, `'${typeText(source)}' is not an array or a tuple, so its iterator would run`));
        return;
      }
    }
    const elements: readonly ts.Node[] = ts.isArrayBindingPattern(pattern) || ts.isObjectBindingPattern(pattern)
      ? pattern.elements
      : ts.isArrayLiteralExpression(pattern) ? pattern.elements : ts.isObjectLiteralExpression(pattern) ? pattern.properties : [];
    for (const e of elements) {
      // A rest element of a declaration is lowered (a residual call that copies); one of an
      // assignment pattern (`[a, ...b] = xs`) is not.
      const isRest = ts.isSpreadElement(e) || ts.isSpreadAssignment(e);
      if (isRest) report(e, DiagCode.Destructuring, M.destructuring(fnName, 'a rest element in an assignment pattern'));
    }
  };

  const visit = (n: ts.Node): void => {
    const what = closureWhat(n);
    if (what !== undefined) {
      report(n, DiagCode.Closure, M.closure(fnName, what));
      return;
    }
    switch (n.kind) {
      case ts.SyntaxKind.YieldExpression:
        if (!fn?.asteriskToken) report(n, DiagCode.Generator, M.generator(fnName));
        break;
      case ts.SyntaxKind.AwaitExpression:
        if (asyncMod === undefined) report(n, DiagCode.Async, M.async(fnName));
        break;
      case ts.SyntaxKind.TryStatement: {
        const t = n as ts.TryStatement;
        const kw = t.getFirstToken() ?? t;
        if (t.finallyBlock) report(kw, DiagCode.TryFinally, M.tryFinally(fnName));
        else report(kw, DiagCode.TryCatch, M.tryCatch(fnName));
        break;
      }
      case ts.SyntaxKind.Identifier: {
        const id = n as ts.Identifier;
        if (id.text === 'arguments' && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === id)) {
          const s = checker.getSymbolAtLocation(id);
          if (!s || !s.declarations?.length) report(id, DiagCode.Arguments, M.arguments(fnName));
        }
        break;
      }
      case ts.SyntaxKind.WithStatement:
        report((n as ts.WithStatement).getFirstToken() ?? n, DiagCode.EvalOrWith, M.evalOrWith(fnName, 'with'));
        break;
      case ts.SyntaxKind.CallExpression: {
        const c = n as ts.CallExpression;
        if (ts.isIdentifier(c.expression) && c.expression.text === 'eval') {
          const d = checker.getSymbolAtLocation(c.expression)?.declarations?.[0];
          if (d === undefined || d.getSourceFile().isDeclarationFile) report(c, DiagCode.EvalOrWith, M.evalOrWith(fnName, 'eval'));
        }
        break;
      }
      case ts.SyntaxKind.ForInStatement:
        report((n as ts.ForInStatement).getFirstToken() ?? n, DiagCode.ForIn, M.forIn(fnName));
        break;
      case ts.SyntaxKind.ForOfStatement: {
        const f = n as ts.ForOfStatement;
        if (f.awaitModifier) {
          // Inside an async function the 'async' modifier is already reported (as for 'await').
          if (asyncMod === undefined) report(f.awaitModifier, DiagCode.Async, M.async(fnName));
        } else if (!isIndexable(checker, checker.getTypeAtLocation(f.expression))) {
          report(f.expression, DiagCode.IterableForOf, M.iterableForOf(fnName, typeText(f.expression)));
        }
        if (ts.isVariableDeclarationList(f.initializer)) {
          for (const d of f.initializer.declarations) if (!ts.isIdentifier(d.name)) checkPattern(d.name, undefined);
        }
        break;
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const e = n as ts.ElementAccessExpression;
        const key = e.argumentExpression;
        const keyType = checker.getTypeAtLocation(key);
        const constantKey = keyType.isLiteral() || (keyType.flags & ts.TypeFlags.UniqueESSymbol) !== 0;
        if (!constantKey && !isIndexable(checker, checker.getTypeAtLocation(e.expression))) {
          report(e, DiagCode.DynamicKey, M.dynamicKey(fnName, typeText(e.expression)));
        }
        break;
      }
      case ts.SyntaxKind.DeleteExpression:
        report(n, DiagCode.Delete, M.delete(fnName));
        break;
      case ts.SyntaxKind.PropertyAccessExpression: {
        const p = n as ts.PropertyAccessExpression;
        const decls = checker.getSymbolAtLocation(p.name)?.declarations ?? [];
        const accessor = decls.find((d) => (ts.isGetAccessor(d) || ts.isSetAccessor(d)) && !d.getSourceFile().isDeclarationFile);
        if (accessor) {
          const parent = p.parent;
          const written = ts.isBinaryExpression(parent) && parent.left === p && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
          const kind = written || ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) ? 'setter' : 'getter';
          report(p, DiagCode.Accessor, M.accessor(fnName, p.name.text, kind));
        }
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const b = n as ts.BinaryExpression;
        if (b.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && !namesClass(checker, b.right)) {
          report(b.right, DiagCode.InstanceofNonClass, M.instanceofNonClass(fnName, b.right.getText()));
        }
        if (b.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isArrayLiteralExpression(b.left) || ts.isObjectLiteralExpression(b.left))) {
          checkPattern(b.left, b.right);
          visit(b.right);
          return;
        }
        break;
      }
      case ts.SyntaxKind.SpreadElement:
        report(n, DiagCode.IterableSpread, M.iterableSpread(fnName, typeText((n as ts.SpreadElement).expression)));
        break;
      case ts.SyntaxKind.SpreadAssignment:
        report(n, DiagCode.ObjectSpread, M.objectSpread(fnName));
        break;
      case ts.SyntaxKind.VariableDeclaration: {
        const d = n as ts.VariableDeclaration;
        if (!ts.isIdentifier(d.name) && d.initializer) checkPattern(d.name, d.initializer);
        break;
      }
      case ts.SyntaxKind.Parameter: {
        const d = n as ts.ParameterDeclaration;
        if (!ts.isIdentifier(d.name)) checkPattern(d.name, d);
        break;
      }
      default:
        break;
    }
    ts.forEachChild(n, visit);
  };

  if (fn && region === fn) {
    for (const p of fn.parameters) visit(p);
    if (fn.body && ts.isBlock(fn.body)) ts.forEachChild(fn.body, visit);
    else if (fn.body) visit(fn.body);
  } else if (ts.isClassLike(region)) {
    for (const m of region.members) if (ts.isPropertyDeclaration(m) && m.initializer) visit(m.initializer);
  } else {
    visit(region);
  }
}
