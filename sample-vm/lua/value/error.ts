/**
 * A Lua error in flight: any Lua value (`error({code = 1})` throws a table), plus the traceback
 * captured where it was raised when the runtime asks for one. Thrown as a JavaScript exception
 * and caught only by pcall/xpcall, coroutine.resume and the top level.
 */

import type { LuaValue } from './value.js';

export class LuaError extends Error {
  override name = 'LuaError';
  /** Set by the VM when the error unwinds through Lua frames (`stack traceback:` text). */
  traceback: string | undefined = undefined;

  constructor(readonly value: LuaValue) {
    super(typeof value === 'string' ? value : typeof value === 'number' ? String(value) : 'a Lua error object');
  }
}
