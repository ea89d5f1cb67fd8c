/**
 * Running Lua source through LuaVM for the VM tests: captured output, and the error a program
 * ends with as lua.c would report it (its message and "stack traceback:" text).
 */

import { LuaVM } from '../../sample-vm/lua/index';
import { LuaError } from '../../sample-vm/lua/value/error';

export interface LuaRun {
  out: string;
  /** The message of the error the chunk raised, as lua.c prints it after "lua: ". */
  error?: string;
  traceback?: string;
}

/** Runs `source` as the file test.lua (chunkname '@test.lua'). */
export function runLua(source: string): LuaRun {
  let out = '';
  const vm = new LuaVM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  try {
    vm.runString(source, '@test.lua');
    return { out };
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    const msg = typeof e.value === 'string' ? e.value : typeof e.value === 'number' ? String(e.value) : '(error object is not a string)';
    return { out, error: msg, traceback: e.traceback };
  }
}
