/**
 * Recognizing the hints by symbol, never by name: an expression is `jit.dispatch` when the
 * checker resolves it to the `dispatch` member of the `jit` object declared in metajit's
 * runtime/hints, however the user imported it (`from 'metajit'`, from the package's
 * `runtime/hints` path, or a relative path to the sources), renamed or through a namespace.
 *
 * Invariants:
 * - A declaration belongs to the hint API when it sits in a hints file (see `AnalyzeOptions`)
 *   and is the exported `jit` constant, one of its members, the `JitDriver` class or one of its
 *   methods. A local object that happens to be called `jit` is not a hint.
 * - Aliases (imports, re-exports) are always followed to the original declaration.
 */

import * as ts from 'typescript';
import type { AnalyzeOptions } from './types.js';

export type JitMember = 'dispatch' | 'pure' | 'opaque' | 'unroll' | 'virtualizable' | 'promote';
export type DriverMethod = 'mergePoint' | 'canEnterJit';

const JIT_MEMBERS: ReadonlySet<string> = new Set<JitMember>(['dispatch', 'pure', 'opaque', 'unroll', 'virtualizable', 'promote']);
const DRIVER_METHODS: ReadonlySet<string> = new Set<DriverMethod>(['mergePoint', 'canEnterJit']);

export function defaultIsHintsFile(fileName: string): boolean {
  return /(^|[\\/])runtime[\\/]hints[\\/](decorators|driver)\.(d\.)?ts$/.test(fileName);
}

export class HintResolver {
  private readonly isHintsFile: (fileName: string) => boolean;

  constructor(
    private readonly checker: ts.TypeChecker,
    opts: AnalyzeOptions = {},
  ) {
    this.isHintsFile = opts.isHintsFile ?? defaultIsHintsFile;
  }

  /** The symbol at `node`, aliases followed. */
  symbolAt(node: ts.Node): ts.Symbol | undefined {
    const s = this.checker.getSymbolAtLocation(node);
    if (!s) return undefined;
    return s.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(s) : s;
  }

  /** Is `decl` declared in a file of the hint API? */
  inHints(decl: ts.Node): boolean {
    return this.isHintsFile(decl.getSourceFile().fileName);
  }

  /** Is `expr` the `jit` object of the hint API? */
  isJitObject(expr: ts.Expression): boolean {
    const name = ts.isPropertyAccessExpression(expr) ? expr.name : expr;
    const s = this.symbolAt(name);
    const d = s?.declarations?.[0];
    return d !== undefined && ts.isVariableDeclaration(d) && d.name.getText() === 'jit' && this.inHints(d);
  }

  /** `jit.X` as an expression (decorator, callee): which member X, or undefined. */
  jitMember(expr: ts.Expression): JitMember | undefined {
    if (!ts.isPropertyAccessExpression(expr)) return undefined;
    const member = expr.name.text;
    if (!JIT_MEMBERS.has(member) || !this.isJitObject(expr.expression)) return undefined;
    const s = this.symbolAt(expr.name);
    const d = s?.declarations?.[0];
    return d !== undefined && this.inHints(d) ? (member as JitMember) : undefined;
  }

  /** A decorator's hint: `@jit.dispatch` or `@jit.virtualizable(...)`. */
  decoratorHint(dec: ts.Decorator): { readonly member: JitMember; readonly call: ts.CallExpression | undefined } | undefined {
    const e = dec.expression;
    if (ts.isCallExpression(e)) {
      const m = this.jitMember(e.expression);
      return m === undefined ? undefined : { member: m, call: e };
    }
    const m = this.jitMember(e);
    return m === undefined ? undefined : { member: m, call: undefined };
  }

  /** `jit.pure(f)` / `jit.opaque(f)` / `jit.promote(x)`: the member called, or undefined. */
  jitCall(call: ts.CallExpression): JitMember | undefined {
    return this.jitMember(call.expression);
  }

  /** Is `expr` (the callee of a `new`) the `JitDriver` class of the hint API? */
  isJitDriverClass(expr: ts.Expression): boolean {
    const name = ts.isPropertyAccessExpression(expr) ? expr.name : expr;
    const d = this.symbolAt(name)?.declarations?.[0];
    return d !== undefined && ts.isClassDeclaration(d) && d.name?.text === 'JitDriver' && this.inHints(d);
  }

  /** `d.mergePoint(...)` / `d.canEnterJit(...)` on a JitDriver: which one, or undefined. */
  driverMethod(call: ts.CallExpression): DriverMethod | undefined {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || !DRIVER_METHODS.has(callee.name.text)) return undefined;
    const d = this.symbolAt(callee.name)?.declarations?.[0];
    if (d === undefined || !ts.isMethodDeclaration(d) || !this.inHints(d)) return undefined;
    const cls = d.parent;
    return ts.isClassDeclaration(cls) && cls.name?.text === 'JitDriver' ? (callee.name.text as DriverMethod) : undefined;
  }
}
