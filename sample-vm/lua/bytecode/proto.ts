/**
 * A compiled Lua function prototype (Lua's `Proto`): the compiler's output and the interpreter's
 * input. Instructions are parallel readonly arrays indexed by pc (see opcodes.ts for their
 * meaning), so that a JIT reading them at a constant pc reads constants. Debug information
 * (lines, local variable ranges, upvalue names, source) is what error messages, tracebacks and
 * `debug.getinfo` need, in Lua 5.1's terms.
 */

import { intern } from '../value/intern.js';
import type { LuaValue } from '../value/value.js';

/** Where a closure's upvalue comes from when CLOSURE creates it. */
export interface UpvalDesc {
  /** true: the enclosing function's register `index`; false: its upvalue `index`. */
  readonly inStack: boolean;
  readonly index: number;
  readonly name: string;
}

/** A local variable's name and the pcs where it is active: [startPc, endPc). */
export interface LocVar {
  readonly name: string;
  readonly startPc: number;
  readonly endPc: number;
}

export class Proto {
  /** Constants: numbers, strings (Lua byte strings, interned: value/intern.ts) and booleans. */
  readonly k: readonly LuaValue[];

  constructor(
    /** Opcode per pc (opcodes.ts `Op`). */
    readonly op: readonly number[],
    readonly a: readonly number[],
    /** B, or Bx / sBx (signed) for the instructions that take those. */
    readonly b: readonly number[],
    readonly c: readonly number[],
    k: readonly LuaValue[],
    readonly protos: readonly Proto[],
    readonly upvalues: readonly UpvalDesc[],
    readonly numParams: number,
    readonly isVararg: boolean,
    /** Registers the function needs (Lua's maxstacksize). */
    readonly maxStack: number,
    /** Source line per pc. */
    readonly lines: readonly number[],
    readonly locals: readonly LocVar[],
    /** Lua's chunkname: '@path', '=stdin', or the source string. */
    readonly source: string,
    /** 0 for a main chunk. */
    readonly lineDefined: number,
    readonly lastLineDefined: number,
  ) {
    this.k = k.map((v) => (typeof v === 'string' ? intern(v) : v));
  }

  get size(): number {
    return this.op.length;
  }
}
