/**
 * How a chunk name appears in messages: Lua 5.1's luaO_chunkid.
 *
 * - '@path' (a file): the path, keeping only its last part behind '...' when too long;
 * - '=name': the name as given, cut to fit;
 * - anything else (source text): `[string "first line..."]`.
 * The room is a C buffer size: LUA_IDSIZE (60) for runtime positions (ldebug.c, the default),
 * MAXSRC (80) for syntax errors (llex.c). The name is a C string there: it ends at its first NUL.
 */

/** Buffer size ldebug.c gives luaO_chunkid (LUA_IDSIZE): runtime error positions, short_src. */
export const LUA_IDSIZE = 60;
/** Buffer size llex.c gives luaO_chunkid (MAXSRC): syntax error positions. */
export const MAXSRC = 80;

export function shortSrc(chunkname: string, bufflen: number = LUA_IDSIZE): string {
  const nul = chunkname.indexOf('\0');
  const source = nul < 0 ? chunkname : chunkname.slice(0, nul);
  const first = source.charCodeAt(0);
  if (first === 61 /* = */) return source.slice(1, bufflen);
  if (first === 64 /* @ */) {
    const room = bufflen - 8; // sizeof(" '...' ")
    const nameLength = source.length - 1;
    return nameLength > room ? '...' + source.slice(source.length - room) : source.slice(1);
  }
  const room = bufflen - 17; // sizeof(" [string \"...\"] ")
  let len = 0;
  while (len < source.length) {
    const c = source.charCodeAt(len);
    if (c === 10 || c === 13) break;
    len++;
  }
  if (len > room) len = room;
  return len < source.length ? `[string "${source.slice(0, len)}..."]` : `[string "${source}"]`;
}
