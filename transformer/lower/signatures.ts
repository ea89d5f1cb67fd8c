/**
 * What a callee looks like from a call: its argument kinds (receiver first for methods and
 * constructors) and result kind, by declaration alone, and how instances of a class are made.
 *
 * Constructors: an explicit constructor takes its parameters; an implicit one (the class is
 * the declaration) takes its base class constructor's, or none without a base. A constructor's
 * jitcode receives the new object as its receiver and returns nothing: `new` allocates with the
 * IR `new` op and the object is the expression's value. A class whose chain of base classes
 * reaches a class that is not declared in the program's sources (`extends Error`) cannot be
 * allocated that way (the library constructor must run): it is built by a residual call of
 * `constructCaller(cls)` instead, and its constructor is never lowered.
 */

import * as ts from 'typescript';
import type { ValueType } from '../../runtime/ir/types.js';
import { LowerError, where } from './context.js';
import { typeKind } from './kinds.js';

export type FunctionDecl = ts.FunctionDeclaration | ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction;

export const isFunctionDecl = (d: ts.Node): d is FunctionDecl =>
  ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d) || ts.isFunctionExpression(d) || ts.isArrowFunction(d);

/** A constructor as the analysis lists it: an explicit constructor, or the class itself. */
export type ConstructorDecl = ts.ConstructorDeclaration | ts.ClassLikeDeclaration;

export const isConstructorDecl = (d: ts.Node): d is ConstructorDecl => ts.isConstructorDeclaration(d) || ts.isClassLike(d);

export interface SignatureKinds {
  readonly receiver: boolean;
  /** A parameter with a default value is a `ref` (the caller may pass `undefined` or nothing). */
  readonly params: ValueType[];
  /** How many arguments a call must pass; the parameters after them may be left out (`undefined`). */
  readonly required: number;
  /**
   * With a rest parameter (the last of `params`, a `ref`: the array), the kind of its elements:
   * the caller packs the arguments from that position on into a new array. Else null.
   */
  readonly rest: ValueType | null;
  readonly result: ValueType;
}

/** Kinds of a parameter list, and how many arguments are required (up to the last parameter without `?` or a default). */
function parameterKinds(checker: ts.TypeChecker, ps: readonly ts.ParameterDeclaration[]): { params: ValueType[]; required: number; rest: ValueType | null } {
  const params = ps.map((p) => (p.initializer || p.dotDotDotToken ? 'ref' : typeKind(checker.getTypeAtLocation(p))));
  let required = 0;
  ps.forEach((p, k) => {
    if (!p.initializer && !p.questionToken && !p.dotDotDotToken) required = k + 1;
  });
  const last = ps[ps.length - 1];
  let rest: ValueType | null = null;
  if (last?.dotDotDotToken) {
    const elem = checker.getIndexTypeOfType(checker.getTypeAtLocation(last), ts.IndexKind.Number);
    rest = elem ? typeKind(elem) : 'ref';
  }
  return { params, required, rest };
}

/** The argument kinds (receiver first for methods and constructors) and return kind of a function, by declaration. */
export function signatureKinds(checker: ts.TypeChecker, decl: ts.Declaration): SignatureKinds {
  if (isConstructorDecl(decl)) return constructorKinds(checker, decl);
  if (!isFunctionDecl(decl)) throw new LowerError(`cannot lower ${ts.SyntaxKind[decl.kind]} at ${where(decl)}: only functions, methods and constructors are lowered`, undefined, decl);
  const receiver = ts.isMethodDeclaration(decl) && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static);
  const sig = checker.getSignatureFromDeclaration(decl);
  const ret = sig ? checker.getReturnTypeOfSignature(sig) : undefined;
  return { receiver, ...parameterKinds(checker, decl.parameters), result: ret ? typeKind(ret) : 'ref' };
}

function constructorKinds(checker: ts.TypeChecker, decl: ConstructorDecl): SignatureKinds {
  if (ts.isConstructorDeclaration(decl)) {
    return { receiver: true, ...parameterKinds(checker, decl.parameters), result: 'ref' };
  }
  const base = baseClassOf(checker, decl);
  const inherited = base ? constructorKinds(checker, constructorOf(base)) : { params: [], required: 0, rest: null };
  return { receiver: true, params: inherited.params, required: inherited.required, rest: inherited.rest, result: 'ref' };
}

/** The constructor of a class as the analysis lists it: the explicit one with a body, or the class. */
export function constructorOf(cls: ts.ClassLikeDeclaration): ConstructorDecl {
  return cls.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined) ?? cls;
}

/** The expression after `extends`, if any. */
export function extendsExpression(cls: ts.ClassLikeDeclaration): ts.Expression | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
}

/** The declaration of a class expression's class (aliases followed), if it is a class. */
export function classDeclOf(checker: ts.TypeChecker, e: ts.Expression): ts.ClassLikeDeclaration | undefined {
  let sym = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym?.declarations?.find((d): d is ts.ClassLikeDeclaration => ts.isClassLike(d));
}

/** The base class of cls when it is declared in the program's sources; undefined without one. */
export function baseClassOf(checker: ts.TypeChecker, cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
  const ext = extendsExpression(cls);
  if (!ext) return undefined;
  const base = classDeclOf(checker, ext);
  return base && !base.getSourceFile().isDeclarationFile ? base : undefined;
}

/**
 * Can instances of cls be allocated with the IR `new` op and initialized by its lowered
 * constructor? Not when cls, or a class it extends, is declared outside the program's sources.
 */
export function allocatesNatively(checker: ts.TypeChecker, cls: ts.ClassLikeDeclaration): boolean {
  for (let c: ts.ClassLikeDeclaration | undefined = cls; c; ) {
    if (c.getSourceFile().isDeclarationFile) return false;
    const ext = extendsExpression(c);
    if (!ext) return true;
    c = classDeclOf(checker, ext);
    if (!c) return false;
  }
  return false;
}
