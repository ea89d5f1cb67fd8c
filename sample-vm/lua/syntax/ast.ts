/**
 * The Lua 5.1 syntax tree: what the parser (parser.ts) produces and the compiler
 * (bytecode/compiler.ts) consumes. One node per construct of the Lua 5.1 grammar; nothing is
 * desugared here (`a:m(x)` stays a MethodCall, `function t.a.b:m() end` keeps its path), so that
 * the compiler can emit Lua's own instruction sequences (SELF, SETTABLE into a path) and name
 * variables in error messages as Lua does.
 *
 * Every node carries `line`, the source line the compiler attributes its instructions to:
 * - Binary: the line of the operator token.
 * - Call / MethodCall: the line of the token that opens the arguments (`(`, `{` or a string),
 *   as Lua 5.1 does (lparser.c funcargs), so that `f\n(x)` errors name the second line.
 * - Function: the line of the `function` keyword (`lineDefined`), and `endLine` of its `end`.
 * - other nodes: the line of their first token.
 * Strings are Lua byte strings: one JavaScript char (0..255) per byte, escapes already decoded.
 */

export type UnaryOp = 'neg' | 'not' | 'len';

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'pow'
  | 'concat'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'
  | 'and' | 'or';

export type Expr =
  | NilExpr
  | TrueExpr
  | FalseExpr
  | NumberExpr
  | StringExpr
  | VarargExpr
  | FunctionExpr
  | TableExpr
  | BinaryExpr
  | UnaryExpr
  | NameExpr
  | IndexExpr
  | CallExpr
  | MethodCallExpr
  | ParenExpr;

export interface NilExpr { readonly kind: 'Nil'; readonly line: number }
export interface TrueExpr { readonly kind: 'True'; readonly line: number }
export interface FalseExpr { readonly kind: 'False'; readonly line: number }
export interface NumberExpr { readonly kind: 'Number'; readonly line: number; readonly value: number }
export interface StringExpr { readonly kind: 'String'; readonly line: number; readonly value: string }
/** `...` (only valid inside a vararg function: the parser reports "cannot use '...' outside a vararg function"). */
export interface VarargExpr { readonly kind: 'Vararg'; readonly line: number }
export interface FunctionExpr { readonly kind: 'Function'; readonly line: number; readonly body: FunctionBody }

export interface FunctionBody {
  /** Line of `function` (Lua's linedefined) and of the closing `end` (lastlinedefined). */
  readonly line: number;
  readonly endLine: number;
  /** Parameter names; for `function t:m()` the parser puts 'self' first. */
  readonly params: readonly string[];
  readonly isVararg: boolean;
  readonly body: Block;
  /** A name for tracebacks when one is syntactically known (`function a.b:c()` gives 'c'), else undefined. */
  readonly name: string | undefined;
}

/** `{ ... }`: items in source order. */
export interface TableExpr { readonly kind: 'Table'; readonly line: number; readonly items: readonly TableItem[] }
export type TableItem =
  /** `exp` (positional). */
  | { readonly kind: 'Positional'; readonly value: Expr }
  /** `name = exp`. */
  | { readonly kind: 'Named'; readonly name: string; readonly value: Expr }
  /** `[exp] = exp`. */
  | { readonly kind: 'Keyed'; readonly key: Expr; readonly value: Expr };

export interface BinaryExpr {
  readonly kind: 'Binary';
  readonly line: number;
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}
export interface UnaryExpr { readonly kind: 'Unary'; readonly line: number; readonly op: UnaryOp; readonly operand: Expr }
/** A variable: local, upvalue or global is resolved by the compiler. */
export interface NameExpr { readonly kind: 'Name'; readonly line: number; readonly name: string }
/** `object[key]`, and `object.name` (key is then a StringExpr). */
export interface IndexExpr { readonly kind: 'Index'; readonly line: number; readonly object: Expr; readonly key: Expr }
export interface CallExpr { readonly kind: 'Call'; readonly line: number; readonly callee: Expr; readonly args: readonly Expr[] }
/** `object:name(args)`. */
export interface MethodCallExpr {
  readonly kind: 'MethodCall';
  readonly line: number;
  readonly object: Expr;
  readonly name: string;
  readonly args: readonly Expr[];
}
/** `(exp)`: truncates a call or `...` to one value. */
export interface ParenExpr { readonly kind: 'Paren'; readonly line: number; readonly expr: Expr }

export type Stat =
  | LocalStat
  | AssignStat
  | CallStat
  | DoStat
  | WhileStat
  | RepeatStat
  | IfStat
  | NumericForStat
  | GenericForStat
  | FunctionStat
  | LocalFunctionStat
  | ReturnStat
  | BreakStat;

/** `local a, b = e1, e2` (exprs may be empty). */
export interface LocalStat { readonly kind: 'Local'; readonly line: number; readonly names: readonly string[]; readonly exprs: readonly Expr[] }
/** `t1, t2 = e1, e2`; each target is a NameExpr or an IndexExpr. */
export interface AssignStat {
  readonly kind: 'Assign';
  readonly line: number;
  readonly targets: readonly (NameExpr | IndexExpr)[];
  readonly exprs: readonly Expr[];
}
export interface CallStat { readonly kind: 'CallStat'; readonly line: number; readonly call: CallExpr | MethodCallExpr }
export interface DoStat { readonly kind: 'Do'; readonly line: number; readonly body: Block }
export interface WhileStat { readonly kind: 'While'; readonly line: number; readonly cond: Expr; readonly body: Block }
/** `repeat body until cond`: cond sees the body's locals. */
export interface RepeatStat { readonly kind: 'Repeat'; readonly line: number; readonly body: Block; readonly cond: Expr }
export interface IfStat {
  readonly kind: 'If';
  readonly line: number;
  /** `if c then b` followed by every `elseif c then b`. */
  readonly clauses: readonly { readonly cond: Expr; readonly body: Block; readonly line: number }[];
  readonly orelse: Block | undefined;
}
export interface NumericForStat {
  readonly kind: 'NumericFor';
  readonly line: number;
  readonly name: string;
  readonly start: Expr;
  readonly limit: Expr;
  readonly step: Expr | undefined;
  readonly body: Block;
}
export interface GenericForStat {
  readonly kind: 'GenericFor';
  readonly line: number;
  readonly names: readonly string[];
  readonly exprs: readonly Expr[];
  readonly body: Block;
}
/**
 * `function a.b.c:m() end`: `path` is ['a', 'b', 'c'] (the first is a variable, the rest
 * fields), `method` is 'm' or undefined; a method's body already has 'self' as first parameter.
 */
export interface FunctionStat {
  readonly kind: 'Function';
  readonly line: number;
  readonly path: readonly string[];
  readonly method: string | undefined;
  readonly body: FunctionBody;
}
/** `local function f() end`: f is in scope inside its own body. */
export interface LocalFunctionStat { readonly kind: 'LocalFunction'; readonly line: number; readonly name: string; readonly body: FunctionBody }
export interface ReturnStat { readonly kind: 'Return'; readonly line: number; readonly exprs: readonly Expr[] }
export interface BreakStat { readonly kind: 'Break'; readonly line: number }

export interface Block {
  readonly stats: readonly Stat[];
  /** Line of the token that ends the block (`end`, `until`, `else`, `elseif` or end of file). */
  readonly endLine: number;
}

/** A whole chunk: a vararg function with no parameters. */
export interface Chunk {
  /** Lua's chunkname: '@path' for files, '=stdin', or the source text itself for strings. */
  readonly chunkname: string;
  readonly body: Block;
  /** Line of the end of file. */
  readonly endLine: number;
}
