/**
 * Stack introspection in Lua 5.1's terms (ldebug.c, ldblib.c): levels (lua_getstack, counting
 * calls lost to tail calls), activation records (lua_getinfo's fields), function names from the
 * caller's call instruction (getfuncname), and debug.traceback's text (db_errorfb: the first 12
 * levels, "...", the last 10).
 *
 * Level 0 is the top of a thread's call stack (the running native when a library asks).
 */

import { describeCall } from '../bytecode/names.js';
import { shortSrc } from '../syntax/chunkname.js';
import type { LuaFunction } from '../value/function.js';
import type { DebugInfo } from './runtime.js';
import { LuaClosure } from './closure.js';
import { currentLine } from './messages.js';
import type { LuaThread } from './thread.js';

/** levelIndex: a level that is a call lost to a tail call. */
export const TAIL_LEVEL = -1;
/** levelIndex: no such level. */
export const NO_LEVEL = -2;

/** The call-stack index of `level` (lua_getstack), TAIL_LEVEL or NO_LEVEL. */
export function levelIndex(t: LuaThread, level: number): number {
  if (level < 0) return NO_LEVEL;
  let i = t.depth - 1;
  for (; level > 0 && i >= 0; i--) {
    level--;
    const f = t.frames[i];
    if (f !== undefined) level -= f.tailcalls;
  }
  if (level === 0 && i >= 0) return i;
  if (level < 0) return TAIL_LEVEL;
  return NO_LEVEL;
}

/** Every level of a thread, top first: call-stack indices and TAIL_LEVEL entries. */
function allLevels(t: LuaThread): number[] {
  const out: number[] = [];
  for (let i = t.depth - 1; i >= 0; i--) {
    out.push(i);
    const f = t.frames[i];
    if (f !== undefined) for (let k = 0; k < f.tailcalls; k++) out.push(TAIL_LEVEL);
  }
  return out;
}

export interface CallName {
  readonly kind: string;
  readonly name: string;
}

/** getfuncname: how the caller of stack entry `idx` named it, if the caller is Lua code. */
export function funcName(t: LuaThread, idx: number): CallName | undefined {
  const f = t.frames[idx];
  if (f !== undefined && f.tailcalls > 0) return undefined;
  if (idx < 1) return undefined;
  const caller = t.frames[idx - 1];
  if (caller === undefined) return undefined;
  return describeCall(caller.proto, caller.pc - 1);
}

/** lua_getinfo of stack entry `idx` (-1: a call lost to a tail call). */
export function stackInfo(t: LuaThread, idx: number): DebugInfo {
  if (idx < 0) {
    return {
      source: '=(tail call)',
      short_src: '(tail call)',
      what: 'tail',
      currentline: -1,
      linedefined: -1,
      lastlinedefined: -1,
      name: undefined,
      namewhat: '',
      nups: 0,
      func: undefined,
    };
  }
  const base = functionInfo(t.fns[idx]!);
  const f = t.frames[idx];
  const name = funcName(t, idx);
  return {
    ...base,
    currentline: f === undefined ? -1 : currentLine(f),
    name: name === undefined ? undefined : name.name,
    namewhat: name === undefined ? '' : name.kind,
  };
}

/** lua_getinfo of a function value (no activation: no current line, no name). */
export function functionInfo(fn: LuaFunction): DebugInfo {
  if (fn instanceof LuaClosure) {
    const p = fn.proto;
    return {
      source: p.source,
      short_src: shortSrc(p.source),
      what: p.lineDefined === 0 ? 'main' : 'Lua',
      currentline: -1,
      linedefined: p.lineDefined,
      lastlinedefined: p.lastLineDefined,
      name: undefined,
      namewhat: '',
      nups: fn.upvals.length,
      func: fn,
    };
  }
  return {
    source: '=[C]',
    short_src: '[C]',
    what: 'C',
    currentline: -1,
    linedefined: -1,
    lastlinedefined: -1,
    name: undefined,
    namewhat: '',
    nups: 0,
    func: fn,
  };
}

const LEVELS1 = 12;
const LEVELS2 = 10;

/** db_errorfb's "stack traceback:" text from `level`, without a message. */
export function tracebackText(t: LuaThread, level: number): string {
  const levels = allLevels(t);
  const exists = (l: number): boolean => l >= 0 && l < levels.length;
  let out = 'stack traceback:';
  let firstPart = true;
  let l = level;
  while (exists(l)) {
    const idx = levels[l]!;
    l++;
    if (l > LEVELS1 && firstPart) {
      if (!exists(l + LEVELS2)) l--;
      else {
        out += '\n\t...';
        while (exists(l + LEVELS2)) l++;
      }
      firstPart = false;
      continue;
    }
    const info = stackInfo(t, idx);
    out += `\n\t${info.short_src}:`;
    if (info.currentline > 0) out += `${info.currentline}:`;
    if (info.namewhat !== '') out += ` in function '${info.name}'`;
    else if (info.what === 'main') out += ' in main chunk';
    else if (info.what === 'C' || info.what === 'tail') out += ' ?';
    else out += ` in function <${info.short_src}:${info.linedefined}>`;
  }
  return out;
}
