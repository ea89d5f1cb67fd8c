/**
 * Lua closures and their upvalues.
 *
 * An UpVal is a cell read and written through `regs[index]`: while the variable is alive in its
 * frame (open), `regs` is that frame's register array and `index` the register, so the frame
 * and every closure see one variable; closing (CLOSE, RETURN) copies the value into a private
 * one-element array (`index` 0). Reading is therefore always `uv.regs[uv.index]`, one shape and
 * no branch. A frame keeps its open upvalues in `Frame.openUpvals` (one UpVal per captured
 * register), so two closures capturing the same live local share one UpVal.
 */

import { jit } from '../../../runtime/hints/index.js';
import { needsArgTable } from '../bytecode/compiler.js';
import type { Proto } from '../bytecode/proto.js';
import { LuaFunction } from '../value/function.js';
import type { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';

export class UpVal {
  constructor(
    /** The frame's registers while open; a private one-element array once closed. */
    public regs: LuaValue[],
    /** The register while open; 0 once closed. */
    public index: number,
  ) {}

  /** Detaches the upvalue from its frame, keeping the current value. */
  close(): void {
    const v = this.regs[this.index];
    this.regs = [v];
    this.index = 0;
  }
}

export class LuaClosure extends LuaFunction {
  /** Calls build Lua 5.1's `arg` table (LUA_COMPAT_VARARG: a vararg function not using `...`). */
  readonly needsArg: boolean;

  constructor(
    readonly proto: Proto,
    readonly upvals: UpVal[],
    public env: LuaTable,
  ) {
    super();
    this.needsArg = this.proto.isVararg && argTableNeeded(this.proto);
  }
}

const argTableCache = new WeakMap<Proto, boolean>();

/** needsArgTable, computed once per prototype. */
const argTableNeeded = jit.pure(function argTableNeeded(p: Proto): boolean {
  let v = argTableCache.get(p);
  if (v === undefined) {
    v = needsArgTable(p);
    argTableCache.set(p, v);
  }
  return v;
});
