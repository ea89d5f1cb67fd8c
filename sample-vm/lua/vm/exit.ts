/**
 * os.exit's request to end the program, thrown through Lua code: protected calls and coroutine
 * resumes never catch it (they rethrow), so only the host sees it and decides what exiting means.
 */

export class LuaExit extends Error {
  override name = 'LuaExit';

  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
