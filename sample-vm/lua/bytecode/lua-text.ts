/**
 * How the compiler's messages and listings spell Lua values: numbers as Lua prints them
 * (value/number.ts, C's "%.14g"), strings quoted as luac's PrintString
 * does (C escapes for control characters, `\ddd` for other unprintable bytes), and the source
 * token an expression starts with (what Lua names with `near` in an error).
 */

import type { Expr } from '../syntax/ast.js';
import { numberToString } from '../value/number.js';

/** A number as Lua prints it ("%.14g"). */
export function numberText(n: number): string {
  return numberToString(n);
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/** A Lua byte string in double quotes, as luac's listing prints constants. */
export function quoteString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const esc = ESCAPES[ch];
    if (esc !== undefined) out += esc;
    else if (code >= 32 && code < 127) out += ch;
    else out += '\\' + String(code).padStart(3, '0');
  }
  return out + '"';
}

const UNARY_TOKENS = { neg: '-', not: 'not', len: '#' } as const;

/** The text of the first token of an expression. */
export function firstTokenText(e: Expr): string {
  for (;;) {
    switch (e.kind) {
      case 'Nil':
        return 'nil';
      case 'True':
        return 'true';
      case 'False':
        return 'false';
      case 'Number':
        return numberText(e.value);
      case 'String':
        return `"${e.value}"`;
      case 'Vararg':
        return '...';
      case 'Function':
        return 'function';
      case 'Table':
        return '{';
      case 'Paren':
        return '(';
      case 'Unary':
        return UNARY_TOKENS[e.op];
      case 'Name':
        return e.name;
      case 'Binary':
        e = e.left;
        break;
      case 'Index':
        e = e.object;
        break;
      case 'Call':
        e = e.callee;
        break;
      case 'MethodCall':
        e = e.object;
        break;
    }
  }
}

/** The line of the first token of an expression. */
export function firstLine(e: Expr): number {
  for (;;) {
    switch (e.kind) {
      case 'Binary':
        e = e.left;
        break;
      case 'Call':
        e = e.callee;
        break;
      case 'MethodCall':
        e = e.object;
        break;
      default:
        return e.line;
    }
  }
}
