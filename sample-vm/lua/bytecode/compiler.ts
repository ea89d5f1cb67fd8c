/**
 * The Lua 5.1 compiler's entry points: syntax tree (syntax/ast.ts) to function prototype
 * (proto.ts), generating the instructions Lua 5.1's lparser.c/lcode.c generate (in this
 * project's encoding, opcodes.ts), so that the VM's error messages can name variables by
 * symbolic execution of the bytecode as Lua's ldebug.c does (names.ts).
 *
 * The work is split as Lua's is: expdesc.ts (expression descriptors), funcstate.ts (per-function
 * state, registers, locals, upvalues, limits), jumps.ts (emission and jump lists), codegen.ts
 * (lcode.c), expressions.ts and statements.ts (lparser.c), functions.ts (bodies, main chunk).
 * Compile-time errors (limits, "no loop to break") are thrown as syntax/errors.ts LuaSyntaxError
 * with Lua's message.
 *
 * Where the output differs from luac5.1's, it is by design:
 * - the encoding (opcodes.ts): no pseudo-instructions after CLOSURE (later pcs are lower and
 *   jumps aimed accordingly), SETLIST's C is the block number, NEWTABLE's sizes are the room Lua
 *   allocates as plain counts, and every constant can be an RK operand (Lua 5.1 first loads a
 *   constant past the 256th into a register);
 * - lines: the syntax tree has no line for tokens such as a closing `)` or `}` or `do`, so an
 *   instruction Lua attributes to one of them gets the line of the syntax node before it.
 */

import type { Chunk } from '../syntax/ast.js';
import { parse } from '../syntax/parser.js';
import type { Proto } from './proto.js';
import { compileMain } from './functions.js';

export { needsArgTable } from './functions.js';

/** Compiles a chunk into its main function (vararg, no parameters). */
export function compile(chunk: Chunk): Proto {
  return compileMain(chunk);
}

/** Parses and compiles Lua source; throws LuaSyntaxError. */
export function compileSource(source: string, chunkname: string): Proto {
  return compileMain(parse(source, chunkname));
}
