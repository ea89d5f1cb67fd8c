/**
 * The output of the analysis: everything the lowering needs to know about the hints and the
 * reachable code, so that it never walks the program looking for hints again.
 *
 * Shape:
 * - `functions`: every function the handlers can reach (and the dispatch methods themselves),
 *   one `FunctionInfo` per declaration, with its kind:
 *     `dispatch`  a method decorated @jit.dispatch: its switch's cases are the handlers;
 *     `traced`    its body will be traced (a declaration with a body in a source file);
 *     `unroll`    traced, and loops inside may be unrolled (@jit.unroll);
 *     `pure`      stays a call, foldable on constants (@jit.pure, or jit.pure(...) wrapped);
 *     `opaque`    stays a call (@jit.opaque, jit.opaque(...), or a declaration without a body
 *                 that is not in the builtin table: then `hintSource` is 'default');
 *     `builtin`   a library function from the builtin table, with its effect.
 *   Constructors are functions too: `Class.constructor`, whose `decl` is the class when the
 *   constructor is implicit (its field initializers are then its body).
 * - `calls`: the call graph, one `CallSite` per call or `new` in a traced body, with every
 *   candidate callee. A call on a receiver typed as a union of classes, an interface, or a
 *   class with overriding subclasses is `polymorphic` and lists every implementation found in
 *   the program.
 * - `dispatches`: per dispatch method, its switch, handlers (case groups: consecutive empty
 *   cases fall through into one handler), the driver and its merge points.
 * - `drivers`: each `new JitDriver({...})`, with greens/reds/virtualizables read from literals,
 *   and the mergePoint / canEnterJit calls made on it.
 * - `classes`: every class of the program whose fields a traced function may touch: readonly
 *   fields (immutable to the tracer) and virtualizable fields (from @jit.virtualizable).
 * - `promotes`: every `jit.promote(x)` in traced code.
 * - `accessorNames`: the names of every get/set accessor the program declares.
 * - `diagnostics`: errors (the tracer cannot handle something) and messages (informational).
 *
 * Invariants:
 * - Nodes are the program's own nodes (the same `ts.Program`): identity comparisons work.
 * - `FunctionInfo.name` is a display name (`Class.method`, `fn`, `Class.constructor`,
 *   `Math.floor`); it is unique except when two files declare the same name, in which case
 *   the second gets its file's base name appended (`Class.method@file.ts`).
 * - A function appears at most once; `callees` of a call site are deduplicated.
 * - `pure` / `opaque` / `builtin` functions are never walked: nothing inside them is reported.
 */

import type * as ts from 'typescript';

export type FunctionKind = 'dispatch' | 'traced' | 'unroll' | 'pure' | 'opaque' | 'builtin';

/** Effect of a library function from the builtin table. */
export type BuiltinEffect = 'pure' | 'reads' | 'allocates' | 'effectful';

/** Where a function's kind comes from. */
export type KindSource = 'decorator' | 'wrapper' | 'body' | 'builtin-table' | 'default';

export interface FunctionInfo {
  readonly name: string;
  readonly kind: FunctionKind;
  readonly source: KindSource;
  /** The declaration: a method, function, constructor, function expression, or (implicit constructor) the class. */
  readonly decl: ts.Declaration;
  /** The class the function belongs to (methods and constructors). */
  readonly className: string | undefined;
  /** For `builtin`: its effect. */
  readonly effect: BuiltinEffect | undefined;
  /** Calls directly or indirectly back into itself (fine to trace: each call is inlined until the trace closes). */
  recursive: boolean;
}

export interface CallSite {
  readonly node: ts.CallExpression | ts.NewExpression;
  readonly caller: FunctionInfo;
  readonly callees: readonly FunctionInfo[];
  readonly polymorphic: boolean;
  readonly kind: 'call' | 'new' | 'super';
}

export interface CaseLabel {
  readonly text: string;
  /** The label's constant value when the checker knows it (a literal or an enum member). */
  readonly value: string | number | undefined;
}

export interface Handler {
  /** The labels of the case group (empty for a lone `default`). */
  readonly labels: readonly CaseLabel[];
  readonly isDefault: boolean;
  /** The clauses of the group; the last one holds the statements. */
  readonly clauses: readonly ts.CaseOrDefaultClause[];
}

export interface DriverInfo {
  readonly name: string;
  /** The variable or field that holds the driver. */
  readonly holder: ts.VariableDeclaration | ts.PropertyDeclaration | undefined;
  readonly newExpr: ts.NewExpression;
  readonly greens: readonly string[];
  readonly reds: readonly string[];
  readonly virtualizables: readonly string[];
  readonly mergePoints: ts.CallExpression[];
  readonly canEnterJits: ts.CallExpression[];
}

export interface DispatchInfo {
  readonly method: FunctionInfo;
  readonly switchStmt: ts.SwitchStatement | undefined;
  readonly handlers: readonly Handler[];
  readonly driver: DriverInfo | undefined;
  /** The loop holding the merge point, when it is in the dispatch method itself. */
  readonly loop: ts.IterationStatement | undefined;
}

export interface FieldInfo {
  readonly name: string;
  readonly readonly: boolean;
  readonly virtualizable: boolean;
  readonly decl: ts.PropertyDeclaration | ts.ParameterDeclaration;
}

export interface ClassInfo {
  readonly name: string;
  readonly decl: ts.ClassLikeDeclaration;
  readonly fields: readonly FieldInfo[];
  /** The field names of @jit.virtualizable(...), or undefined for an ordinary class. */
  readonly virtualizable: readonly string[] | undefined;
}

export interface PromoteSite {
  readonly node: ts.CallExpression;
  readonly fn: FunctionInfo;
}

export interface Analysis {
  readonly functions: readonly FunctionInfo[];
  readonly calls: readonly CallSite[];
  readonly dispatches: readonly DispatchInfo[];
  readonly drivers: readonly DriverInfo[];
  readonly classes: readonly ClassInfo[];
  readonly promotes: readonly PromoteSite[];
  /**
   * Names declared as get or set accessors anywhere in the program's own files. A property of an
   * object type or interface is read in traced code as a data field only when no accessor has
   * its name (an implementing class could otherwise run code on the read).
   */
  readonly accessorNames: ReadonlySet<string>;
  readonly diagnostics: readonly ts.Diagnostic[];
}

export interface AnalyzeOptions {
  /**
   * Which source files declare the hint API. By default: a file whose path ends in
   * `runtime/hints/decorators` or `runtime/hints/driver` (`.ts` or `.d.ts`), i.e. the sources
   * or the published declarations of metajit, however they are imported.
   */
  readonly isHintsFile?: (fileName: string) => boolean;
  /**
   * Files whose hints are not read (their dispatch methods, drivers and hinted functions are
   * ignored; functions in them are still analyzed when a traced function calls them). The
   * emitter skips the JIT-enabled modules it generated itself.
   */
  readonly skipFile?: (sf: ts.SourceFile) => boolean;
}
