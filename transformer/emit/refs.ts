/**
 * Run-time references in emitted code: how a jitcode pool entry that is a value of the
 * interpreter (a function, a class, a method caller, a runtime helper) is written as a
 * JavaScript expression in the file the table is emitted into.
 *
 * During lowering for emission, `RefPlaceholder`s stand in the pool (`placeholderConst`); the
 * table emitter asks `RefEmitter.expr` for each. A reference is always to a declaration by its
 * name, never by splicing text the guest program could influence:
 * - a top-level function, variable (a module-level `const`'s object) or class of the same
 *   file: its name;
 * - one of another source file: a named import of its export, added once, under a fresh local
 *   name (`__metajit_ref_<n>`); a declaration that is not exported gets a diagnostic (export it);
 * - a library function or class (declared in a declaration file: `Math.max`, `Error`): its
 *   global name, checked to be a chain of identifiers;
 * - method callers, construct callers and runtime helpers: calls into the runtime's glue
 *   namespace, with names as JSON string literals.
 *
 * Invariants: every expression returned is valid where the generated block is appended (top
 * level of the file, after the author's code); imports are collected and emitted by the caller.
 */

import * as path from 'node:path';
import * as ts from 'typescript';
import { Const } from '../../runtime/ir/trace.js';
import { DiagCode, diagnosticAt } from '../diagnostics.js';
import type { RuntimeRef } from '../lower/index.js';

/** What the pool holds in place of a run-time value while lowering for emission. */
export class RefPlaceholder {
  constructor(readonly ref: RuntimeRef) {}
}

export const placeholderConst = (ref: RuntimeRef): Const => new Const('ref', new RefPlaceholder(ref));

/** The local name of the runtime's glue namespace in emitted code. */
export const GLUE = '__metajit';

const IDENT = /^[A-Za-z_$][\w$]*$/;
const isIdentChain = (s: string): boolean => s.split('.').every((p) => IDENT.test(p));

export class RefEmitter {
  private readonly imports = new Map<ts.Declaration, { spec: string; exported: string; local: string }>();
  readonly diagnostics: ts.Diagnostic[] = [];

  constructor(
    private readonly checker: ts.TypeChecker,
    /** The file the expressions are emitted into. */
    private readonly target: ts.SourceFile,
  ) {}

  /** The expression for a run-time reference; `site` locates diagnostics. */
  expr(ref: RuntimeRef, site: ts.Node): string {
    switch (ref.kind) {
      case 'function':
        return this.declared(ref.callee.decl, ref.callee.name, site);
      case 'class':
        return this.declared(ref.decl, ref.decl.name?.text ?? '<anonymous class>', site);
      case 'value':
        return this.declared(ref.decl, ref.name, site);
      case 'method':
        return `${GLUE}.methodCaller(${JSON.stringify(ref.name)})`;
      case 'construct': {
        const sym = this.symbolOf(ref.cls);
        const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
        if (!decl) return this.fail(ref.cls, `the class '${ref.cls.getText()}' (no declaration found)`);
        return `${GLUE}.constructCaller(${this.declared(decl, ref.cls.getText(), ref.cls)})`;
      }
      case 'global': {
        const sym = this.symbolOf(ref.expr);
        const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
        if (!decl || !decl.getSourceFile().isDeclarationFile) return this.fail(ref.expr, `the library value '${ref.expr.getText()}' (no library declaration found)`);
        return this.declared(decl, ref.expr.getText(), ref.expr);
      }
      case 'helper':
        return `${GLUE}.${ref.name}`;
    }
  }

  /** The import declarations the expressions need. */
  importLines(): string[] {
    return [...this.imports.values()].map((i) => `import { ${i.exported} as ${i.local} } from ${JSON.stringify(i.spec)};`);
  }

  private symbolOf(e: ts.Node): ts.Symbol | undefined {
    const s = this.checker.getSymbolAtLocation(e);
    return s && s.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(s) : s;
  }

  /** A reference to a declaration by name: same file, import, or library global. */
  private declared(decl: ts.Declaration, display: string, site: ts.Node): string {
    const named = namedDeclaration(decl);
    const sf = decl.getSourceFile();
    if (sf.isDeclarationFile) {
      if (!isIdentChain(display)) return this.fail(site, `the library value '${display}' (not a global name)`);
      return display;
    }
    if (!named) return this.fail(site, `'${display}' (a function or class without a name of its own)`);
    if (!isTopLevel(named)) return this.fail(site, `'${display}' (declared inside a function or block: move it to the top level of its file)`);
    const name = (named.name as ts.Identifier).text;
    if (sf === this.target) return name;
    let imp = this.imports.get(named);
    if (!imp) {
      const exported = this.exportName(named, sf);
      if (exported === undefined) return this.fail(site, `'${display}' of ${path.basename(sf.fileName)} (the JIT calls it from compiled code: export it from its module)`);
      imp = { spec: relativeSpecifier(this.target, sf), exported, local: `__metajit_ref_${this.imports.size}` };
      this.imports.set(named, imp);
    }
    return imp.local;
  }

  private exportName(named: NamedDecl, sf: ts.SourceFile): string | undefined {
    const mod = this.checker.getSymbolAtLocation(sf);
    if (!mod) return undefined;
    for (const e of this.checker.getExportsOfModule(mod)) {
      const s = e.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(e) : e;
      if (s.declarations?.includes(named)) return e.name;
    }
    return undefined;
  }

  private fail(site: ts.Node, what: string): string {
    this.diagnostics.push(diagnosticAt(site, DiagCode.Unreferenceable, `metajit cannot reference ${what} from the emitted JIT tables.`));
    return 'undefined';
  }
}

type NamedDecl = (ts.FunctionDeclaration | ts.ClassDeclaration | ts.VariableDeclaration) & { name: ts.Identifier };

/** The declaration that gives `decl` its name: itself, or the variable a function expression initializes (through hint wrappers). */
function namedDeclaration(decl: ts.Declaration): NamedDecl | undefined {
  if ((ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) && decl.name) return decl as NamedDecl;
  let n: ts.Node = decl;
  while (ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isClassExpression(n) || ts.isCallExpression(n) || ts.isParenthesizedExpression(n) || ts.isAsExpression(n)) {
    n = n.parent;
  }
  return ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) ? (n as NamedDecl) : undefined;
}

function isTopLevel(d: NamedDecl): boolean {
  if (ts.isVariableDeclaration(d)) return ts.isSourceFile(d.parent.parent.parent);
  return ts.isSourceFile(d.parent);
}

/** The module specifier of `to` from `from`, in the style of `from`'s own relative imports. */
export function relativeSpecifier(from: ts.SourceFile, to: ts.SourceFile): string {
  let rel = path.relative(path.dirname(from.fileName), to.fileName).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const stem = rel.replace(/\.(m|c)?tsx?$/, '');
  const ext = /\.mts$/.test(rel) ? '.mjs' : /\.cts$/.test(rel) ? '.cjs' : '.js';
  return usesExtensions(from) ? stem + ext : stem;
}

function usesExtensions(sf: ts.SourceFile): boolean {
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const spec = s.moduleSpecifier.text;
    if (spec.startsWith('.')) return /\.(m|c)?js$/.test(spec);
  }
  return true;
}
