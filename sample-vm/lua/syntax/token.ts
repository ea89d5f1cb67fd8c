/**
 * Token codes of the Lua 5.1 lexer (llex.h) and their names in messages (luaX_token2str).
 *
 * Invariants: a single-character token is its own char code (any code, so a stray char can
 * never collide with a reserved token); reserved words and multi-character tokens start at
 * FIRST_RESERVED, above every UTF-16 code unit, in llex.c's order. TK_EOS doubles as "no
 * lookahead" in the lexer, as in Lua.
 */

export const FIRST_RESERVED = 0x10000;

export const TK_AND = FIRST_RESERVED + 0;
export const TK_BREAK = FIRST_RESERVED + 1;
export const TK_DO = FIRST_RESERVED + 2;
export const TK_ELSE = FIRST_RESERVED + 3;
export const TK_ELSEIF = FIRST_RESERVED + 4;
export const TK_END = FIRST_RESERVED + 5;
export const TK_FALSE = FIRST_RESERVED + 6;
export const TK_FOR = FIRST_RESERVED + 7;
export const TK_FUNCTION = FIRST_RESERVED + 8;
export const TK_IF = FIRST_RESERVED + 9;
export const TK_IN = FIRST_RESERVED + 10;
export const TK_LOCAL = FIRST_RESERVED + 11;
export const TK_NIL = FIRST_RESERVED + 12;
export const TK_NOT = FIRST_RESERVED + 13;
export const TK_OR = FIRST_RESERVED + 14;
export const TK_REPEAT = FIRST_RESERVED + 15;
export const TK_RETURN = FIRST_RESERVED + 16;
export const TK_THEN = FIRST_RESERVED + 17;
export const TK_TRUE = FIRST_RESERVED + 18;
export const TK_UNTIL = FIRST_RESERVED + 19;
export const TK_WHILE = FIRST_RESERVED + 20;
export const TK_CONCAT = FIRST_RESERVED + 21;
export const TK_DOTS = FIRST_RESERVED + 22;
export const TK_EQ = FIRST_RESERVED + 23;
export const TK_GE = FIRST_RESERVED + 24;
export const TK_LE = FIRST_RESERVED + 25;
export const TK_NE = FIRST_RESERVED + 26;
export const TK_NUMBER = FIRST_RESERVED + 27;
export const TK_NAME = FIRST_RESERVED + 28;
export const TK_STRING = FIRST_RESERVED + 29;
export const TK_EOS = FIRST_RESERVED + 30;

const TOKEN_NAMES: readonly string[] = [
  'and', 'break', 'do', 'else', 'elseif',
  'end', 'false', 'for', 'function', 'if',
  'in', 'local', 'nil', 'not', 'or', 'repeat',
  'return', 'then', 'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=',
  '<number>', '<name>', '<string>', '<eof>',
];

/** The 21 reserved words, mapped to their token codes. */
export const RESERVED_WORDS: ReadonlyMap<string, number> = new Map(
  TOKEN_NAMES.slice(0, TK_WHILE - FIRST_RESERVED + 1).map((w, i) => [w, FIRST_RESERVED + i] as const),
);

/**
 * luaX_token2str: a reserved token's text, a printable char as itself, a control char
 * (iscntrl in the C locale: 0..31 and 127) as `char(N)`.
 */
export function tokenToString(token: number): string {
  if (token >= FIRST_RESERVED) return TOKEN_NAMES[token - FIRST_RESERVED]!;
  if (token < 32 || token === 127) return `char(${token})`;
  return String.fromCharCode(token);
}
