/**
 * The text of runtime errors, as Lua 5.1's ldebug.c writes it: positions ("chunk:line:"), the
 * variable an operand came from ("local 'x'", from bytecode/names.ts's symbolic execution) and
 * the per-operation wording. Only formatting lives here: these functions run once per error,
 * never on a hot path, and are opaque to the JIT.
 */

import { describeRegister } from '../bytecode/names.js';
import { shortSrc } from '../syntax/chunkname.js';
import { jit } from '../../../runtime/hints/index.js';
import { LuaError } from '../value/error.js';
import { luaType, type LuaValue } from '../value/value.js';
import type { Frame } from './frame.js';

/** The line a frame is executing (its saved pc is the next instruction), -1 when unknown. */
export function currentLine(frame: Frame): number {
  const pc = frame.pc - 1;
  const line = frame.proto.lines[pc < 0 ? 0 : pc];
  return line === undefined ? -1 : line;
}

/** "chunk:line: " of a Lua frame, as luaG_runerror and luaL_where prefix messages. */
export function framePosition(frame: Frame): string {
  return `${shortSrc(frame.proto.source)}:${currentLine(frame)}: `;
}

/** " local 'x'"-style naming of register `reg` just before the frame's running instruction, or ''. */
export function describeOperand(frame: Frame, reg: number): string {
  if (reg < 0) return '';
  const d = describeRegister(frame.proto, frame.pc - 1, reg);
  return d === undefined ? '' : `${d.kind} '${d.name}' `;
}

/** luaG_typeerror's text: "attempt to index local 't' (a nil value)". */
export const typeErrorText = jit.opaque(function typeErrorText(op: string, value: LuaValue, described: string): string {
  const t = luaType(value);
  return described === '' ? `attempt to ${op} a ${t} value` : `attempt to ${op} ${described}(a ${t} value)`;
});

/** luaG_ordererror's text. */
export const orderErrorText = jit.opaque(function orderErrorText(a: LuaValue, b: LuaValue): string {
  const t1 = luaType(a);
  const t2 = luaType(b);
  return t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`;
});

/**
 * A LuaError without a JavaScript stack trace: Lua errors are values of the guest program, and
 * capturing the host stack for each would make raising one (a pcall loop) several times slower.
 */
export const newLuaError = jit.opaque(function newLuaError(value: LuaValue): LuaError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = new LuaError(value);
  Error.stackTraceLimit = limit;
  return e;
});
