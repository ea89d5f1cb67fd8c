/**
 * The Brainfuck interpreter, written the way a metajit user writes one.
 *
 * Semantics: cells are bytes and wrap both ways; the tape starts with `MIN_TAPE` cells and
 * grows to the right (doubling) when the pointer moves past its end; moving left of cell 0 is a
 * `BfRuntimeError` naming the program position (the pointer is checked after each folded run of
 * `<>`, so `<>` at cell 0 is no move at all); `,` at end of input leaves the cell unchanged;
 * `.` writes the cell's byte as it is.
 *
 * For the JIT: `run` is the dispatch (`@jit.dispatch`), one `switch` case per instruction. All
 * interpreter state lives in locals with simple types: the greens `pc` and `program` (the
 * position in the guest program; `program` is a readonly field, so it is the same object for
 * the whole run), and the reds `tape` (a Uint8Array), `ptr` and `io`. `driver.mergePoint` is
 * at the top of the loop and `driver.canEnterJit` at the backward jump of `]`, the only place a
 * guest loop closes. No `jit.promote` is needed: every value that should be a trace constant
 * (the opcode, its argument, jump targets) is read from the green program at a green pc.
 * `pc` and `ptr` are kept int32 with `| 0` (`pc = (pc + 1) | 0`): the JIT types a value int
 * only when JavaScript guarantees an int32 (TypeScript's `number` is a double), and int
 * registers let the optimizer fold pointer arithmetic and prove bounds checks.
 * Nothing on the hot path throws or allocates: the tape grows in `growTape` (rare), and the one
 * guest error leaves through `leftOfTape`. Without the metajit transformer every hint is an
 * identity and this is a plain interpreter.
 */

import { JitDriver, jit, type TracerMode } from '../../runtime/hints/index.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import type { BfIO } from './io.js';
import { BfRuntimeError, Op, assertNever, type BfProgram } from './program.js';

export { BfRuntimeError };

/** The tape's initial size: the classic 30000 cells. */
export const MIN_TAPE = 30000;

export interface BfOptions {
  /** The JIT-on switch (default on; only the JIT-enabled build, interpreter.jit.ts, has a JIT to switch). */
  readonly jit?: boolean;
  readonly tracer?: TracerMode;
  readonly params?: Partial<JitParams>;
}

export class BfMachine {
  readonly driver = new JitDriver({ name: 'bf', greens: ['pc', 'program'], reds: ['tape', 'ptr', 'io'] });
  /** The tape and pointer after `run` returned or failed. */
  tape: Uint8Array = new Uint8Array(MIN_TAPE);
  ptr = 0;

  constructor(
    readonly program: BfProgram,
    readonly io: BfIO,
    opts: BfOptions = {},
  ) {
    const params: Partial<JitParams> = opts.jit === undefined ? { ...opts.params } : { ...opts.params, enabled: opts.jit };
    this.driver.configure(opts.tracer === undefined ? { params } : { params, tracer: opts.tracer });
  }

  @jit.dispatch
  run(): void {
    let program = this.program;
    let io = this.io;
    let tape = this.tape;
    let ptr = this.ptr | 0;
    let pc = 0;
    __metajit_loop: for (;;) {
      this.driver.mergePoint({ pc, program, tape, ptr, io });
      const op = program.ops[pc]!;
      switch (op) {
        case Op.Add:
          tape[ptr] = (tape[ptr]! + program.args[pc]!) & 255;
          pc = (pc + 1) | 0;
          break;
        case Op.Move:
          ptr = (ptr + program.args[pc]!) | 0;
          if (ptr < 0) {
            this.tape = tape;
            this.ptr = ptr - program.args[pc]!;
            throw leftOfTape(program, pc);
          }
          if (ptr >= tape.length) tape = growTape(tape, ptr);
          pc = (pc + 1) | 0;
          break;
        case Op.Out:
          io.write(tape[ptr]!);
          pc = (pc + 1) | 0;
          break;
        case Op.In: {
          const byte = io.read();
          if (byte >= 0) tape[ptr] = byte;
          pc = (pc + 1) | 0;
          break;
        }
        case Op.JumpIfZero:
          pc = tape[ptr] === 0 ? program.args[pc]! | 0 : (pc + 1) | 0;
          break;
        case Op.JumpUnlessZero:
          if (tape[ptr] !== 0) {
            pc = program.args[pc]! | 0;
            { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, program, tape, ptr, io]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, program, tape, ptr, io] = __metajit_o.values as [unknown, typeof pc, typeof program, typeof tape, typeof ptr, typeof io]; continue __metajit_loop; } }
          } else {
            pc = (pc + 1) | 0;
          }
          break;
        case Op.Halt:
          this.tape = tape;
          this.ptr = ptr;
          return;
        default:
          assertNever(op, 'opcode');
      }
    }
  }
}

/** A tape with room for cell `ptr`: at least double the old size, old cells kept, new ones 0. */
export function growTape(tape: Uint8Array, ptr: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(tape.length * 2, ptr + 1));
  bigger.set(tape);
  return bigger;
}

/**
 * The error of a `<` run at `pc` that would move the pointer left of cell 0. `jit.opaque`: the
 * JIT calls it rather than tracing its message formatting (it runs once, on the way out).
 */
export const leftOfTape = jit.opaque(function leftOfTape(program: BfProgram, pc: number): BfRuntimeError {
  return new BfRuntimeError(`${program.where(program.pos[pc]!)}: the pointer moved left of cell 0 (instruction ${pc})`);
});

/** Parse-free convenience: run a program on input bytes, return the machine (output in `io`). */
export function runProgram(program: BfProgram, io: BfIO, opts: BfOptions = {}): BfMachine {
  const m = new BfMachine(program, io, opts);
  m.run();
  return m;
}

// ---- metajit: generated from the code above; do not edit below this line ----
import { __metajit } from "../../runtime/hints/index.js";
import { assertNever as __metajit_ref_0 } from "./program.js";
let __metajit_table: ReturnType<typeof __metajit.jitcodes> | undefined;
const __metajit_jitcodes = (): ReturnType<typeof __metajit.jitcodes> => (__metajit_table ??= __metajit.jitcodes([
    { name: "BfMachine.run.portal", args: [0, 1, 2, 3, 4, 5], kinds: "rirrirfrifbirfffiifrfffbrfffribfifbiiibrfiiibbrfffrr",
      pool: [__metajit.pool.field("ops"), __metajit.pool.array("any"), __metajit.pool.array("u8"), __metajit.pool.field("args"), __metajit.pool.int(255), __metajit.pool.int(1), __metajit.pool.int(0), __metajit.pool.field("tape"), __metajit.pool.field("ptr"), __metajit.pool.ref(leftOfTape), __metajit.pool.ref(__metajit.methodCaller("write")), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("read")), __metajit.pool.float(0), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("opcode")],
      code: [49, 7, 3, 2, -1, 52, 6, 1, 7, 1, -2, 34, 8, 6, 33, 9, 8, 31, 10, 9, 6, 58, 10, 405, 9, 0, 1, 2, 3, 4, 5, 6, 8, 10, 59, 8, 405, 7, 0, 61, 1, 106, 2, 220, 3, 246, 4, 291, 5, 343, 6, 389, 8, 0, 1, 2, 3, 4, 5, 6, 8, 51, 11, 0, 3, 4, -3, 49, 12, 3, 2, -4, 52, 13, 1, 12, 1, -2, 33, 14, 11, 20, 15, 14, 13, 34, 16, 15, 5, 17, 16, -5, 53, 3, 4, 17, -3, 33, 18, 17, 0, 1, 1, -6, 57, 422, 49, 19, 3, 2, -4, 52, 20, 1, 19, 1, -2, 33, 21, 4, 20, 22, 21, 20, 34, 4, 22, 13, 23, 4, -7, 58, 23, 178, 7, 0, 1, 2, 3, 4, 5, 23, 50, 0, 3, -8, 49, 24, 3, 2, -4, 52, 25, 1, 24, 1, -2, 33, 26, 4, 21, 27, 26, 25, 50, 0, 27, -9, 61, -10, 28, 0, 2, 2, 1, 0, 63, 28, 54, 29, 3, -3, 16, 30, 4, 29, 58, 30, 214, 7, 0, 1, 2, 3, 4, 5, 30, 33, 31, 4, 60, 1, 3, 2, 3, 31, 5, 0, 1, 2, 4, 5, 57, 214, 0, 1, 1, -6, 57, 422, 51, 32, 0, 3, 4, -3, 61, -11, -1, 0, 2, 5, 32, 6, 0, 1, 2, 3, 4, 5, 0, 1, 1, -6, 57, 422, 61, -13, 33, 0, 1, 5, 6, 0, 1, 2, 3, 4, 5, 30, 34, 33, -14, 58, 34, 285, 8, 0, 1, 2, 3, 4, 5, 33, 34, 34, 35, 33, 53, 3, 4, 35, -3, 57, 285, 0, 1, 1, -6, 57, 422, 51, 37, 0, 3, 4, -3, 17, 38, 37, -7, 58, 38, 331, 7, 0, 1, 2, 3, 4, 5, 38, 49, 39, 3, 2, -4, 52, 40, 1, 39, 1, -2, 34, 41, 40, 66, 36, 41, 57, 338, 0, 42, 1, -6, 66, 36, 42, 66, 1, 36, 57, 422, 51, 43, 0, 3, 4, -3, 17, 44, 43, -7, 35, 45, 44, 58, 45, 383, 7, 0, 1, 2, 3, 4, 5, 45, 49, 46, 3, 2, -4, 52, 47, 1, 46, 1, -2, 34, 1, 47, 57, 387, 0, 1, 1, -6, 57, 422, 50, 0, 3, -8, 33, 48, 4, 50, 0, 48, -9, 33, 49, 4, 62, -12, 42, 50, 6, 61, -15, 51, 0, 2, 50, -16, 6, 0, 1, 2, 3, 4, 5, 67, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5] },
    { name: "growTape", args: [0, 1], kinds: "rfriffffi",
      pool: [__metajit.pool.ref(Math.max), __metajit.pool.array("u8"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(__metajit.methodCaller("set")), __metajit.pool.ref(undefined)],
      code: [54, 3, 0, -2, 33, 4, 3, 22, 5, 4, -4, 20, 6, 1, -6, 61, -1, 7, 1, 2, 5, 6, 1, 0, 34, 8, 7, 56, 2, 8, -2, 61, -7, -1, 0, 2, 2, 0, 1, 2, 62, 2] },
  ]));
const __metajit_portal_0 = { name: "BfMachine.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2] }) };
