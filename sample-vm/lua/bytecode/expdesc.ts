/**
 * Expression descriptors, as Lua 5.1's lparser.h `expdesc`: what the code generator knows about
 * an expression it has compiled but not yet placed. Deferring the placement is what lets Lua
 * (and this compiler) emit `a.b.c = x` without temporaries, fold constants, use RK operands and
 * turn comparisons into jumps.
 *
 * Invariants (as Lua's):
 * - `info` means: VK a constant index; VLOCAL / VNONRELOC a register; VUPVAL an upvalue index;
 *   VGLOBAL the constant index of the name; VINDEXED the table register (`aux` the key as an RK
 *   operand); VJMP / VRELOCABLE / VCALL / VVARARG the pc of the instruction.
 * - `t` and `f` are the lists of jumps (chained through their sBx, ending with NO_JUMP) to patch
 *   to "true" and "false" exits.
 */

export const ExpKind = {
  /** No value (an empty expression list). */
  VVOID: 0,
  VNIL: 1,
  VTRUE: 2,
  VFALSE: 3,
  /** A constant in the constant table. */
  VK: 4,
  /** A number not yet in the constant table (`nval`), for folding. */
  VKNUM: 5,
  VLOCAL: 6,
  VUPVAL: 7,
  VGLOBAL: 8,
  VINDEXED: 9,
  /** A comparison: `info` is the pc of its JMP. */
  VJMP: 10,
  /** An instruction whose destination register A is still to be chosen. */
  VRELOCABLE: 11,
  /** A value in a fixed register. */
  VNONRELOC: 12,
  /** An open call (its result count still to be fixed). */
  VCALL: 13,
  /** An open `...` (its result count still to be fixed). */
  VVARARG: 14,
} as const;

/** The end of a jump list, and an sBx not yet patched. */
export const NO_JUMP = -1;
/** "No register" for the TESTSET patching of lcode.c. */
export const NO_REG = -1;
/** Lua's LUA_MULTRET: every result. */
export const MULTRET = -1;

export class ExpDesc {
  k: number = ExpKind.VVOID;
  info = 0;
  aux = 0;
  nval = 0;
  t: number = NO_JUMP;
  f: number = NO_JUMP;

  init(k: number, info: number): void {
    this.k = k;
    this.info = info;
    this.aux = 0;
    this.t = NO_JUMP;
    this.f = NO_JUMP;
  }

  initNumber(n: number): void {
    this.init(ExpKind.VKNUM, 0);
    this.nval = n;
  }

  copyFrom(o: ExpDesc): void {
    this.k = o.k;
    this.info = o.info;
    this.aux = o.aux;
    this.nval = o.nval;
    this.t = o.t;
    this.f = o.f;
  }
}

export function hasMultRet(k: number): boolean {
  return k === ExpKind.VCALL || k === ExpKind.VVARARG;
}
