/**
 * Function bodies and the main chunk (lparser.c open_func / body / parlist / close_func).
 *
 * As Lua 5.1 built with LUA_COMPAT_VARARG (the default, and Debian's lua5.1), a vararg function
 * other than the main chunk declares a hidden local `arg` right after its parameters: it takes a
 * register and appears in `locals`, and `numParams` does not count it. Lua fills it with a table
 * of the extra arguments (with field `n`) when the function never uses `...` (see
 * `needsArgTable`), and leaves it nil otherwise. The main chunk is vararg without `arg`.
 */

import type { Chunk, FunctionBody } from '../syntax/ast.js';
import { Op } from './opcodes.js';
import type { Proto } from './proto.js';
import { FuncState } from './funcstate.js';
import { ret } from './jumps.js';
import { statementList } from './statements.js';

/** Compiles a function body into its Proto, as a child of `parent`. */
export function compileFunction(parent: FuncState, body: FunctionBody): Proto {
  const fs = new FuncState(parent, parent.source, body.line);
  fs.lineDefined = body.line;
  const params = body.params;
  fs.nextLine = body.line;
  for (let i = 0; i < params.length; i++) fs.newLocalVar(params[i]!, i);
  let n = params.length;
  if (body.isVararg) {
    fs.newLocalVar('arg', n++);
    fs.isVararg = true;
  }
  fs.adjustLocalVars(n);
  fs.numParams = fs.nactvar - (body.isVararg ? 1 : 0);
  fs.reserveRegs(fs.nactvar);
  statementList(fs, body.body, 'end');
  fs.lastLineDefined = body.endLine;
  fs.line = body.endLine;
  return closeFunction(fs);
}

/** Compiles a chunk: a vararg function of no parameters. */
export function compileMain(chunk: Chunk): Proto {
  const fs = new FuncState(undefined, chunk.chunkname, 1);
  fs.isVararg = true;
  statementList(fs, chunk.body, '<eof>');
  return closeFunction(fs);
}

function closeFunction(fs: FuncState): Proto {
  fs.removeVars(0);
  ret(fs, 0, 0); // final return
  return fs.toProto();
}

/**
 * Whether calls of `p` must build the `arg` table of Lua 5.1's LUA_COMPAT_VARARG (in the register
 * after the parameters): a vararg function, not a main chunk, that never uses `...`.
 */
export function needsArgTable(p: Proto): boolean {
  if (!p.isVararg || p.lineDefined === 0) return false;
  for (let pc = 0; pc < p.op.length; pc++) if (p.op[pc] === Op.VARARG) return false;
  return true;
}
