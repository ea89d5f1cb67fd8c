/**
 * LuaSyntaxError: an error Lua 5.1 raises while loading a chunk (luaX_lexerror), from the lexer,
 * the parser or the compiler's limits. Its message is Lua's byte for byte:
 * `${chunkid}:${line}: ${detail}` followed, when Lua names a token, by ` near '${token}'`.
 * The chunk id uses llex.c's buffer size (MAXSRC); the token text is a C string in Lua, so it
 * ends at its first NUL byte.
 */

import { MAXSRC, shortSrc } from './chunkname.js';

export class LuaSyntaxError extends Error {
  override name = 'LuaSyntaxError';

  constructor(
    /** The chunk name as given to the loader ('@file', '=name' or the source text). */
    readonly chunkname: string,
    /** Lua's ls->linenumber when the error was found. */
    readonly line: number,
    /** The message without position and token, e.g. "unexpected symbol". */
    readonly detail: string,
    /** The text Lua shows after `near` (quotes not included), or undefined when Lua shows none. */
    readonly near: string | undefined,
  ) {
    super(syntaxErrorMessage(chunkname, line, detail, near));
  }

  /** A load error Lua raises without a position (a memory limit such as "constant table overflow"). */
  static unpositioned(chunkname: string, message: string): LuaSyntaxError {
    const e = new LuaSyntaxError(chunkname, 0, message, undefined);
    e.message = message;
    return e;
  }
}

export function syntaxErrorMessage(chunkname: string, line: number, detail: string, near: string | undefined): string {
  const position = `${shortSrc(chunkname, MAXSRC)}:${line}: ${detail}`;
  if (near === undefined) return position;
  const nul = near.indexOf('\0');
  return `${position} near '${nul < 0 ? near : near.slice(0, nul)}'`;
}
