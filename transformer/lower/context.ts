/**
 * What the lowering is given and what it reports: the context (analysis, jitcode numbers,
 * run-time values), references to run-time values, and `LowerError`.
 *
 * A `RuntimeRef` names a value the jitcode needs at run time without holding it: the lowering
 * runs at compile time, where the interpreter's functions and classes do not exist yet. An
 * in-process context resolves each ref to the real value (a `Const` of kind ref); the emitter
 * prints each as a JavaScript expression. The refs that are pure run-time helpers (method
 * callers, `concatStrings`) resolve the same way everywhere: `resolveRuntimeHelper`.
 *
 * Invariant: resolving the same ref twice gives the same value (the helpers are cached), so a
 * jitcode's pool holds one constant per ref.
 */

import type * as ts from 'typescript';
import type { Analysis, FunctionInfo } from '../analysis/types.js';
import type { Const } from '../../runtime/ir/trace.js';
import { arrayRest, codePointString, concatStrings, hasProperty, instanceOf, methodCaller, objectRest, plainObject, stringAt } from '../../runtime/jitcode/residual.js';

/** The helpers of runtime/jitcode/residual.ts that lowered code uses, by the name the emitted module reaches them by. */
const HELPERS = { concatStrings, instanceOf, stringAt, plainObject, hasProperty, codePointString, arrayRest, objectRest } as const;

/** The name of a helper of runtime/jitcode/residual.ts. */
export type HelperName = keyof typeof HELPERS;

/** A run-time value the lowered code refers to. */
export type RuntimeRef =
  /** A pure, opaque or builtin free function (or a function of a library namespace). */
  | { readonly kind: 'function'; readonly callee: FunctionInfo }
  /** A class of the program, for the `new` op. */
  | { readonly kind: 'class'; readonly decl: ts.ClassLikeDeclaration }
  /** The object a module-level `const` is bound to (a prebuilt constant of the trace). */
  | { readonly kind: 'value'; readonly decl: ts.VariableDeclaration; readonly name: string }
  /** `methodCaller(name)` of runtime/jitcode/residual.ts. */
  | { readonly kind: 'method'; readonly name: string }
  /** `constructCaller(cls)` of runtime/jitcode/residual.ts, cls being the value of the expression. */
  | { readonly kind: 'construct'; readonly cls: ts.Expression }
  /** A library global the expression names (a constructor such as `Error` or `Uint8Array`). */
  | { readonly kind: 'global'; readonly expr: ts.Expression }
  /** A helper of runtime/jitcode/residual.ts. */
  | { readonly kind: 'helper'; readonly name: HelperName };

/** The refs whose value is a run-time helper, the same in every context. */
export type HelperRef = Extract<RuntimeRef, { readonly kind: 'method' | 'helper' }>;

export const isHelperRef = (r: RuntimeRef): r is HelperRef => r.kind === 'method' || r.kind === 'helper';

/** The run-time value of a helper ref. */
export function resolveRuntimeHelper(ref: HelperRef): unknown {
  switch (ref.kind) {
    case 'method':
      return methodCaller(ref.name);
    case 'helper':
      return HELPERS[ref.name];
  }
}

export interface LowerContext {
  readonly analysis: Analysis;
  /** The number of the jitcode being built in its table. */
  readonly number: number;
  /** The jitcode number of a traced (or unrolled) callee, constructors included. */
  jitcodeOf(callee: FunctionInfo): number;
  /** The run-time value of a reference, as a ref constant. */
  refConst(ref: RuntimeRef): Const;
}

export class LowerError extends Error {
  constructor(
    message: string,
    /** The subset diagnostic of the construct, when one of diagnostics.ts fits. */
    readonly diagnostic: ts.Diagnostic | undefined = undefined,
    /** The node the error is about, for a diagnostic's position. */
    readonly node: ts.Node | undefined = undefined,
  ) {
    super(message);
    this.name = 'LowerError';
  }
}

/** `file:line:col` (1-based) of a node. */
export function where(node: ts.Node): string {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${sf.fileName}:${line + 1}:${character + 1}`;
}
