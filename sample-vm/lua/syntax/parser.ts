/**
 * The Lua 5.1 parser: lparser.c's grammar, producing the tree of ast.ts.
 *
 * It follows lparser.c step by step so that every syntax error is Lua's, at Lua's line and
 * token: the same order of checks, check_match's "(to close 'x' at line N)", the ambiguous call
 * check against the lexer's lastline, "syntax error" for non-assignable targets, '...' only in
 * vararg functions, break only inside a loop of the same function, return/break last in a block.
 * Lua's C-stack accounting is kept too: every block (chunk) and every subexpression counts one
 * level (LUAI_MAXCCALLS = 200, "chunk has too many syntax levels"), and the number of variables
 * in one assignment is bounded by the levels left ("variables in assignment").
 *
 * Lines (see ast.ts): a node's `line` is lexer.linenumber when its first token is current (the
 * line that token ends on); Binary takes its operator's, Call/MethodCall the token opening the
 * arguments. FunctionBody.line is Lua's linedefined: the `function` keyword's line for a function
 * statement, and for a function expression or a local function the line of the token after
 * `function` / the name (normally '('), as lparser.c records it.
 *
 * Nothing is folded or desugared: `-1` is a Unary neg of a Number.
 */

import type {
  BinaryOp, Block, CallExpr, Chunk, Expr, FunctionBody, IndexExpr, MethodCallExpr, NameExpr, Stat,
  StringExpr, TableExpr, TableItem, UnaryOp,
} from './ast.js';
import { Lexer } from './lexer.js';
import {
  TK_AND, TK_BREAK, TK_CONCAT, TK_DO, TK_DOTS, TK_ELSE, TK_ELSEIF, TK_END, TK_EOS, TK_EQ, TK_FALSE,
  TK_FOR, TK_FUNCTION, TK_GE, TK_IF, TK_IN, TK_LE, TK_LOCAL, TK_NAME, TK_NE, TK_NIL, TK_NOT,
  TK_NUMBER, TK_OR, TK_REPEAT, TK_RETURN, TK_STRING, TK_THEN, TK_TRUE, TK_UNTIL, TK_WHILE,
  tokenToString,
} from './token.js';

export { LuaSyntaxError } from './errors.js';

/** LUAI_MAXCCALLS: the C-call depth the parser's recursion may reach. */
export const LUAI_MAXCCALLS = 200;

export interface ParseOptions {
  /**
   * Skip a first line starting with '#' (keeping its line break), as luaL_loadfile does for
   * files and stdin. Default: the chunk name is a file ('@...') or '=stdin'.
   */
  readonly skipFirstLine?: boolean;
  /**
   * Lua's C-call depth (nCcalls) when the loader starts: the parser's levels add to it.
   * lua.c loads the main script at depth 1; `loadstring` called from a chunk runs at 2 (the
   * default), one more per enclosing pcall or coroutine.
   */
  readonly callDepth?: number;
}

/** Parse a Lua 5.1 chunk; throws LuaSyntaxError with Lua's message. */
export function parse(source: string, chunkname: string, options?: ParseOptions): Chunk {
  const skip = options?.skipFirstLine ?? (chunkname.charCodeAt(0) === 64 || chunkname === '=stdin');
  let text = source;
  if (skip && source.charCodeAt(0) === 35 /* # */) {
    const lineEnd = source.indexOf('\n');
    text = lineEnd < 0 ? '\n' : source.slice(lineEnd);
  }
  return new Parser(text, chunkname, options?.callDepth ?? 2).chunk();
}

const NO_BINOP = -1;
const BINOPS: readonly BinaryOp[] = [
  'add', 'sub', 'mul', 'div', 'mod', 'pow', 'concat', 'ne', 'eq', 'lt', 'le', 'gt', 'ge', 'and', 'or',
];
/** lparser.c's priority table, in BINOPS order (ORDER OPR): left and right binding power. */
const LEFT_PRIORITY = [6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1];
const RIGHT_PRIORITY = [6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1];
const UNARY_PRIORITY = 8;

function binaryOperator(token: number): number {
  switch (token) {
    case 43: return 0; // +
    case 45: return 1; // -
    case 42: return 2; // *
    case 47: return 3; // /
    case 37: return 4; // %
    case 94: return 5; // ^
    case TK_CONCAT: return 6;
    case TK_NE: return 7;
    case TK_EQ: return 8;
    case 60: return 9; // <
    case TK_LE: return 10;
    case 62: return 11; // >
    case TK_GE: return 12;
    case TK_AND: return 13;
    case TK_OR: return 14;
    default: return NO_BINOP;
  }
}

function unaryOperator(token: number): UnaryOp | undefined {
  switch (token) {
    case TK_NOT: return 'not';
    case 45: return 'neg';
    case 35: return 'len'; // #
    default: return undefined;
  }
}

function blockFollow(token: number): boolean {
  return token === TK_ELSE || token === TK_ELSEIF || token === TK_END || token === TK_UNTIL || token === TK_EOS;
}

/** What lparser.c's FuncState holds that the grammar checks need. */
class FunctionScope {
  /** Enclosing loops of this function (breakable blocks). */
  loops = 0;
  constructor(
    readonly parent: FunctionScope | undefined,
    /** linedefined: 0 for the main chunk. */
    readonly lineDefined: number,
    public isVararg: boolean,
  ) {}
}

class Parser {
  private readonly lex: Lexer;
  private fs: FunctionScope;
  /** Lua's nCcalls. */
  private level: number;

  constructor(source: string, private readonly chunkname: string, callDepth: number) {
    this.lex = new Lexer(source, chunkname);
    this.fs = new FunctionScope(undefined, 0, true);
    this.level = callDepth;
  }

  chunk(): Chunk {
    const lex = this.lex;
    lex.next();
    const body = this.block();
    if (lex.token !== TK_EOS) this.errorExpected(TK_EOS);
    return { chunkname: this.chunkname, body, endLine: lex.linenumber };
  }

  // ---- helpers (lparser.c) ----

  private enterLevel(): void {
    if (++this.level > LUAI_MAXCCALLS) this.lex.error('chunk has too many syntax levels', undefined);
  }

  private errorExpected(token: number): never {
    this.lex.syntaxError(`'${tokenToString(token)}' expected`);
  }

  private testNext(token: number): boolean {
    if (this.lex.token === token) {
      this.lex.next();
      return true;
    }
    return false;
  }

  private checkNext(token: number): void {
    if (this.lex.token !== token) this.errorExpected(token);
    this.lex.next();
  }

  private checkMatch(what: number, who: number, where: number): void {
    if (this.testNext(what)) return;
    if (where === this.lex.linenumber) this.errorExpected(what);
    this.lex.syntaxError(`'${tokenToString(what)}' expected (to close '${tokenToString(who)}' at line ${where})`);
  }

  private checkName(): string {
    const lex = this.lex;
    if (lex.token !== TK_NAME) this.errorExpected(TK_NAME);
    const name = lex.sval;
    lex.next();
    return name;
  }

  /** errorlimit: a limit of the current function, reported without a token. */
  private errorLimit(limit: number, what: string): never {
    const line = this.fs.lineDefined;
    const msg = line === 0
      ? `main function has more than ${limit} ${what}`
      : `function at line ${line} has more than ${limit} ${what}`;
    this.lex.error(msg, undefined);
  }

  // ---- blocks and statements ----

  /** chunk: statements up to a block follower; return and break end it. */
  private block(): Block {
    const lex = this.lex;
    const stats: Stat[] = [];
    this.enterLevel();
    let isLast = false;
    while (!isLast && !blockFollow(lex.token)) {
      const stat = this.statement();
      stats.push(stat);
      isLast = stat.kind === 'Return' || stat.kind === 'Break';
      if (lex.token === 59 /* ; */) lex.next();
    }
    this.level--;
    return { stats, endLine: lex.linenumber };
  }

  private loopBlock(): Block {
    this.fs.loops++;
    const body = this.block();
    this.fs.loops--;
    return body;
  }

  private statement(): Stat {
    const lex = this.lex;
    const line = lex.linenumber;
    switch (lex.token) {
      case TK_IF:
        return this.ifStat(line);
      case TK_WHILE: {
        lex.next();
        const cond = this.expr();
        this.checkNext(TK_DO);
        const body = this.loopBlock();
        this.checkMatch(TK_END, TK_WHILE, line);
        return { kind: 'While', line, cond, body };
      }
      case TK_DO: {
        lex.next();
        const body = this.block();
        this.checkMatch(TK_END, TK_DO, line);
        return { kind: 'Do', line, body };
      }
      case TK_FOR:
        return this.forStat(line);
      case TK_REPEAT: {
        lex.next();
        const body = this.loopBlock();
        this.checkMatch(TK_UNTIL, TK_REPEAT, line);
        const cond = this.expr();
        return { kind: 'Repeat', line, body, cond };
      }
      case TK_FUNCTION:
        return this.functionStat(line);
      case TK_LOCAL:
        lex.next();
        if (this.testNext(TK_FUNCTION)) {
          const name = this.checkName();
          const body = this.functionBody(false, lex.linenumber, name);
          return { kind: 'LocalFunction', line, name, body };
        }
        return this.localStat(line);
      case TK_RETURN: {
        lex.next();
        const exprs = blockFollow(lex.token) || lex.token === 59 ? [] : this.exprList();
        return { kind: 'Return', line, exprs };
      }
      case TK_BREAK:
        lex.next();
        if (this.fs.loops === 0) lex.syntaxError('no loop to break');
        return { kind: 'Break', line };
      default:
        return this.exprStat(line);
    }
  }

  private ifStat(line: number): Stat {
    const lex = this.lex;
    const clauses: { cond: Expr; body: Block; line: number }[] = [];
    do {
      const clauseLine = lex.linenumber;
      lex.next(); // if / elseif
      const cond = this.expr();
      this.checkNext(TK_THEN);
      const body = this.block();
      clauses.push({ cond, body, line: clauseLine });
    } while (lex.token === TK_ELSEIF);
    let orelse: Block | undefined;
    if (lex.token === TK_ELSE) {
      lex.next();
      orelse = this.block();
    }
    this.checkMatch(TK_END, TK_IF, line);
    return { kind: 'If', line, clauses, orelse };
  }

  private forStat(line: number): Stat {
    const lex = this.lex;
    this.fs.loops++;
    lex.next();
    const name = this.checkName();
    let stat: Stat;
    switch (lex.token) {
      case 61: { // '='
        lex.next();
        const start = this.expr();
        this.checkNext(44); // ','
        const limit = this.expr();
        const step = this.testNext(44) ? this.expr() : undefined;
        this.checkNext(TK_DO);
        const body = this.block();
        stat = { kind: 'NumericFor', line, name, start, limit, step, body };
        break;
      }
      case 44: // ','
      case TK_IN: {
        const names = [name];
        while (this.testNext(44)) names.push(this.checkName());
        this.checkNext(TK_IN);
        const exprs = this.exprList();
        this.checkNext(TK_DO);
        const body = this.block();
        stat = { kind: 'GenericFor', line, names, exprs, body };
        break;
      }
      default:
        return lex.syntaxError("'=' or 'in' expected");
    }
    this.checkMatch(TK_END, TK_FOR, line);
    this.fs.loops--;
    return stat;
  }

  /** `function a.b.c:m() end` (funcstat + funcname). */
  private functionStat(line: number): Stat {
    const lex = this.lex;
    lex.next();
    const path = [this.checkName()];
    while (lex.token === 46 /* . */) {
      lex.next();
      path.push(this.checkName());
    }
    let method: string | undefined;
    if (lex.token === 58 /* : */) {
      lex.next();
      method = this.checkName();
    }
    const body = this.functionBody(method !== undefined, line, method ?? path[path.length - 1]!);
    return { kind: 'Function', line, path, method, body };
  }

  private localStat(line: number): Stat {
    const names: string[] = [];
    do names.push(this.checkName());
    while (this.testNext(44));
    const exprs = this.testNext(61) ? this.exprList() : [];
    return { kind: 'Local', line, names, exprs };
  }

  /** A call statement, or an assignment whose targets are checked as lparser.c's assignment(). */
  private exprStat(line: number): Stat {
    const lex = this.lex;
    let target = this.primaryExpr();
    if (target.kind === 'Call' || target.kind === 'MethodCall') return { kind: 'CallStat', line, call: target };
    const targets: (NameExpr | IndexExpr)[] = [];
    let count = 1;
    for (;;) {
      if (target.kind !== 'Name' && target.kind !== 'Index') return lex.syntaxError('syntax error');
      targets.push(target);
      if (!this.testNext(44)) break;
      target = this.primaryExpr();
      const limit = LUAI_MAXCCALLS - this.level;
      if (count > limit) this.errorLimit(limit, 'variables in assignment');
      count++;
    }
    this.checkNext(61);
    const exprs = this.exprList();
    return { kind: 'Assign', line, targets, exprs };
  }

  // ---- functions ----

  /** body: `(` parlist `)` block `end`, in a new function scope; `line` is its linedefined. */
  private functionBody(needSelf: boolean, line: number, name: string | undefined): FunctionBody {
    const lex = this.lex;
    const fs = new FunctionScope(this.fs, line, false);
    this.fs = fs;
    this.checkNext(40); // '('
    const params: string[] = needSelf ? ['self'] : [];
    if (lex.token !== 41 /* ) */) {
      do {
        if (lex.token === TK_NAME) {
          params.push(this.checkName());
        } else if (lex.token === TK_DOTS) {
          lex.next();
          fs.isVararg = true;
        } else {
          lex.syntaxError("<name> or '...' expected");
        }
      } while (!fs.isVararg && this.testNext(44));
    }
    this.checkNext(41);
    const body = this.block();
    const endLine = lex.linenumber;
    this.checkMatch(TK_END, TK_FUNCTION, line);
    this.fs = fs.parent!;
    return { line, endLine, params, isVararg: fs.isVararg, body, name };
  }

  // ---- expressions ----

  private exprList(): Expr[] {
    const exprs = [this.expr()];
    while (this.testNext(44)) exprs.push(this.expr());
    return exprs;
  }

  private expr(): Expr {
    return this.subExpr(0);
  }

  /** subexpr: operators whose left priority exceeds `limit`; one level per call. */
  private subExpr(limit: number): Expr {
    const lex = this.lex;
    this.enterLevel();
    let left: Expr;
    const unary = unaryOperator(lex.token);
    if (unary !== undefined) {
      const line = lex.linenumber;
      lex.next();
      const operand = this.subExpr(UNARY_PRIORITY);
      left = { kind: 'Unary', line, op: unary, operand };
    } else {
      left = this.simpleExpr();
    }
    let op = binaryOperator(lex.token);
    while (op !== NO_BINOP && LEFT_PRIORITY[op]! > limit) {
      const line = lex.linenumber;
      lex.next();
      const right = this.subExpr(RIGHT_PRIORITY[op]!);
      left = { kind: 'Binary', line, op: BINOPS[op]!, left, right };
      op = binaryOperator(lex.token);
    }
    this.level--;
    return left;
  }

  private simpleExpr(): Expr {
    const lex = this.lex;
    const line = lex.linenumber;
    let e: Expr;
    switch (lex.token) {
      case TK_NUMBER:
        e = { kind: 'Number', line, value: lex.nval };
        break;
      case TK_STRING:
        e = { kind: 'String', line, value: lex.sval };
        break;
      case TK_NIL:
        e = { kind: 'Nil', line };
        break;
      case TK_TRUE:
        e = { kind: 'True', line };
        break;
      case TK_FALSE:
        e = { kind: 'False', line };
        break;
      case TK_DOTS:
        if (!this.fs.isVararg) lex.syntaxError("cannot use '...' outside a vararg function");
        e = { kind: 'Vararg', line };
        break;
      case 123: // '{'
        return this.constructor_();
      case TK_FUNCTION:
        lex.next();
        return { kind: 'Function', line, body: this.functionBody(false, lex.linenumber, undefined) };
      default:
        return this.primaryExpr();
    }
    lex.next();
    return e;
  }

  /** primaryexp: a prefix expression followed by fields, indexes, method calls and calls. */
  private primaryExpr(): Expr {
    const lex = this.lex;
    const line = lex.linenumber;
    let e: Expr;
    // prefixexp
    if (lex.token === 40) { // '('
      lex.next();
      const inner = this.expr();
      this.checkMatch(41, 40, line);
      e = { kind: 'Paren', line, expr: inner };
    } else if (lex.token === TK_NAME) {
      e = { kind: 'Name', line, name: lex.sval };
      lex.next();
    } else {
      return lex.syntaxError('unexpected symbol');
    }
    for (;;) {
      switch (lex.token) {
        case 46: { // '.'
          lex.next();
          const key: StringExpr = { kind: 'String', line: lex.linenumber, value: this.checkName() };
          e = { kind: 'Index', line, object: e, key };
          break;
        }
        case 91: { // '['
          lex.next();
          const key = this.expr();
          this.checkNext(93); // ']'
          e = { kind: 'Index', line, object: e, key };
          break;
        }
        case 58: { // ':'
          lex.next();
          const name = this.checkName();
          const argsLine = lex.linenumber;
          const args = this.callArgs();
          const call: MethodCallExpr = { kind: 'MethodCall', line: argsLine, object: e, name, args };
          e = call;
          break;
        }
        case 40: // '('
        case TK_STRING:
        case 123: { // '{'
          const argsLine = lex.linenumber;
          const args = this.callArgs();
          const call: CallExpr = { kind: 'Call', line: argsLine, callee: e, args };
          e = call;
          break;
        }
        default:
          return e;
      }
    }
  }

  /** funcargs: `(explist)`, a table constructor or a string. */
  private callArgs(): Expr[] {
    const lex = this.lex;
    const line = lex.linenumber;
    switch (lex.token) {
      case 40: { // '('
        if (line !== lex.lastline) lex.syntaxError('ambiguous syntax (function call x new statement)');
        lex.next();
        const args = (lex.token as number) === 41 ? [] : this.exprList();
        this.checkMatch(41, 40, line);
        return args;
      }
      case 123:
        return [this.constructor_()];
      case TK_STRING: {
        const arg: StringExpr = { kind: 'String', line, value: lex.sval };
        lex.next();
        return [arg];
      }
      default:
        return lex.syntaxError('function arguments expected');
    }
  }

  /** constructor: `{` fields separated by ',' or ';' `}`. */
  private constructor_(): TableExpr {
    const lex = this.lex;
    const line = lex.linenumber;
    const items: TableItem[] = [];
    this.checkNext(123);
    do {
      if (lex.token === 125 /* } */) break;
      if (lex.token === TK_NAME) {
        if (lex.lookahead() !== 61) {
          items.push({ kind: 'Positional', value: this.expr() });
        } else {
          const name = this.checkName();
          this.checkNext(61);
          items.push({ kind: 'Named', name, value: this.expr() });
        }
      } else if (lex.token === 91) { // '['
        lex.next();
        const key = this.expr();
        this.checkNext(93);
        this.checkNext(61);
        items.push({ kind: 'Keyed', key, value: this.expr() });
      } else {
        items.push({ kind: 'Positional', value: this.expr() });
      }
    } while (this.testNext(44) || this.testNext(59));
    this.checkMatch(125, 123, line);
    return { kind: 'Table', line, items };
  }
}
