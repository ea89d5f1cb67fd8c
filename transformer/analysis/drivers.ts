/**
 * Reading the JitDriver declarations and the dispatch methods' switches.
 *
 * Invariants:
 * - Greens, reds and virtualizables are read only from array literals of string literals at
 *   the `new JitDriver({...})` call (`as const` allowed); anything else is a diagnostic, never
 *   a guess. A driver whose options cannot be read is still recorded (with what could be read),
 *   so its merge points are attributed and no second diagnostic cascades from it.
 * - The dispatch switch is the outermost `switch` of the dispatch method (not inside a nested
 *   function or another switch); there must be exactly one.
 * - Handlers are case groups: a run of cases without statements falls through into the next
 *   case with statements, and the group is one handler with several labels.
 */

import * as ts from 'typescript';
import { DiagCode, diagnosticAt, hintMessage as H } from '../diagnostics.js';
import type { CaseLabel, DriverInfo, Handler } from './types.js';

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

function stringArray(e: ts.Expression): string[] | undefined {
  const a = unwrap(e);
  if (!ts.isArrayLiteralExpression(a)) return undefined;
  const out: string[] = [];
  for (const el of a.elements) {
    if (!ts.isStringLiteral(el) && !ts.isNoSubstitutionTemplateLiteral(el)) return undefined;
    out.push(el.text);
  }
  return out;
}

export function readDriver(newExpr: ts.NewExpression, out: ts.Diagnostic[]): DriverInfo {
  let holder: ts.VariableDeclaration | ts.PropertyDeclaration | undefined;
  let p: ts.Node = newExpr.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) p = p.parent;
  if (ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) holder = p;
  const info = { name: 'jit', holder, newExpr, greens: [] as string[], reds: [] as string[], virtualizables: [] as string[], mergePoints: [], canEnterJits: [] };
  const arg = newExpr.arguments?.[0];
  const obj = arg === undefined ? undefined : unwrap(arg);
  if (obj === undefined || !ts.isObjectLiteralExpression(obj)) {
    out.push(diagnosticAt(arg ?? newExpr, DiagCode.DriverOptions, H.driverNotObject()));
    return info;
  }
  for (const prop of obj.properties) {
    // A key the transformer cannot read (spread, computed) could hide greens or reds: report it.
    const named = ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop);
    if (!named || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) {
      out.push(diagnosticAt(prop, DiagCode.DriverOptions, H.driverNotObject()));
      continue;
    }
    const key = prop.name.text;
    // A shorthand property's value is a variable: never a literal the transformer can read.
    const value = ts.isPropertyAssignment(prop) ? prop.initializer : prop.name;
    if (key === 'name') {
      const v = unwrap(value);
      if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) info.name = v.text;
      else out.push(diagnosticAt(value, DiagCode.DriverOptions, H.driverName()));
    } else if (key === 'greens' || key === 'reds' || key === 'virtualizables') {
      const names = stringArray(value);
      if (names === undefined) out.push(diagnosticAt(value, DiagCode.DriverOptions, H.driverOptions(key)));
      else info[key] = names;
    }
  }
  return info;
}

/** Check that a mergePoint / canEnterJit argument names exactly the driver's greens and reds. */
export function checkLiveArgument(call: ts.CallExpression, method: string, d: DriverInfo, out: ts.Diagnostic[]): void {
  const arg = call.arguments[0];
  const obj = arg === undefined ? undefined : unwrap(arg);
  if (obj === undefined || !ts.isObjectLiteralExpression(obj)) {
    out.push(diagnosticAt(arg ?? call, DiagCode.LiveVariables, H.liveVariables(method, 'write them as an object literal, one key per green and red')));
    return;
  }
  const keys: string[] = [];
  for (const p of obj.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) keys.push(p.name.text);
    else {
      out.push(diagnosticAt(p, DiagCode.LiveVariables, H.liveVariables(method, 'write one plain key per green and red')));
      return;
    }
  }
  const want = [...d.greens, ...d.reds];
  const missing = want.filter((k) => !keys.includes(k));
  const extra = keys.filter((k) => !want.includes(k));
  if (missing.length > 0 || extra.length > 0) {
    const parts: string[] = [];
    if (missing.length > 0) parts.push(`missing ${missing.map((k) => `'${k}'`).join(', ')}`);
    if (extra.length > 0) parts.push(`not a green or red: ${extra.map((k) => `'${k}'`).join(', ')}`);
    out.push(diagnosticAt(obj, DiagCode.LiveVariables, H.liveVariables(method, parts.join('; '))));
  }
}

/** The outermost switch statements of a function body (not in nested functions or switches). */
export function outerSwitches(body: ts.Node): ts.SwitchStatement[] {
  const found: ts.SwitchStatement[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isSwitchStatement(n)) {
      found.push(n);
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

export function handlersOf(checker: ts.TypeChecker, sw: ts.SwitchStatement): Handler[] {
  const handlers: Handler[] = [];
  let labels: CaseLabel[] = [];
  let clauses: ts.CaseOrDefaultClause[] = [];
  let isDefault = false;
  for (const c of sw.caseBlock.clauses) {
    clauses.push(c);
    if (ts.isDefaultClause(c)) isDefault = true;
    else labels.push({ text: c.expression.getText(), value: constantOf(checker, c.expression) });
    if (c.statements.length > 0) {
      handlers.push({ labels, isDefault, clauses });
      labels = [];
      clauses = [];
      isDefault = false;
    }
  }
  if (clauses.length > 0) handlers.push({ labels, isDefault, clauses });
  return handlers;
}

function constantOf(checker: ts.TypeChecker, e: ts.Expression): string | number | undefined {
  const u = unwrap(e);
  if (ts.isNumericLiteral(u)) return Number(u.text);
  if (ts.isStringLiteral(u) || ts.isNoSubstitutionTemplateLiteral(u)) return u.text;
  if (ts.isPrefixUnaryExpression(u) && u.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(u.operand)) return -Number(u.operand.text);
  if (ts.isPropertyAccessExpression(u) || ts.isElementAccessExpression(u)) {
    const v = checker.getConstantValue(u);
    if (v !== undefined) return v;
  }
  const t = checker.getTypeAtLocation(u);
  if (t.isNumberLiteral() || t.isStringLiteral()) return t.value;
  return undefined;
}
