/**
 * The bytecode of the hand-traced sample VM: a small register machine.
 *
 * This VM exists to show the whole JIT cycle with a tracer written by hand against the recorder
 * API, which is exactly what the metajit transformer generates for a decorated interpreter.
 * It is deliberately small but not a toy: calls with a frame stack, guest errors with handler
 * tables, heap objects (pairs) and arrays, so that inlining, multi-frame snapshots, allocation
 * removal and exceptions out of compiled code are all exercised.
 *
 * Values are 32-bit integers, pairs, arrays and strings (error messages). Every instruction is
 * a fixed-size group of numbers in `Code.ops`: the opcode then its operands (`OPERANDS`).
 */

export const Opc = {
  LOADK: 0, // r, k          regs[r] = consts[k]
  MOVE: 1, // r, a           regs[r] = regs[a]
  ADD: 2, // r, a, b         int32 wrap-around arithmetic; operands must be integers
  SUB: 3, // r, a, b
  MUL: 4, // r, a, b
  DIV: 5, // r, a, b         truncating; division by zero raises a guest error
  LT: 6, // r, a, b          1 or 0
  EQ: 7, // r, a, b          1 or 0 (identity for non-integers)
  JMP: 8, // t
  JMPF: 9, // r, t           jump when regs[r] is 0
  CALL: 10, // r, f, a, n    regs[r] = codes[f](regs[a..a+n))
  RET: 11, // a
  PRINT: 12, // a
  PAIR: 13, // r, a, b       a new pair (first, second)
  FST: 14, // r, p
  SND: 15, // r, p
  SETFST: 16, // p, a
  NEWARR: 17, // r, n        a new array of regs[n] zeros
  GETA: 18, // r, arr, i     bounds-checked
  SETA: 19, // arr, i, a
  ALEN: 20, // r, arr
} as const;

export type OpName = keyof typeof Opc;
export type OpNum = (typeof Opc)[OpName];

export const OPERANDS = {
  LOADK: 2, MOVE: 2, ADD: 3, SUB: 3, MUL: 3, DIV: 3, LT: 3, EQ: 3, JMP: 1, JMPF: 2, CALL: 4, RET: 1,
  PRINT: 1, PAIR: 3, FST: 2, SND: 2, SETFST: 2, NEWARR: 2, GETA: 3, SETA: 3, ALEN: 2,
} as const satisfies Record<OpName, number>;

export const OP_NAMES: readonly OpName[] = (Object.keys(Opc) as OpName[]).sort((a, b) => Opc[a] - Opc[b]);

/** A guest error handler: an error raised at pc in [from, to) jumps to target with the message in reg. */
export interface Handler {
  readonly from: number;
  readonly to: number;
  readonly target: number;
  readonly reg: number;
}

export interface Code {
  readonly name: string;
  /** Index in `Program.codes`. */
  readonly index: number;
  readonly nparams: number;
  readonly nregs: number;
  readonly ops: readonly number[];
  readonly consts: readonly unknown[];
  readonly handlers: readonly Handler[];
  /** Source line of each instruction start, for error messages. */
  readonly lines: ReadonlyMap<number, number>;
}

export interface Program {
  readonly codes: readonly Code[];
}

/** A pair: the VM's heap object. */
export class Pair {
  constructor(
    public first: unknown,
    public second: unknown,
  ) {}
}

/** An error raised by the guest program (catchable by handlers). */
export class GuestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuestError';
  }
}
