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
    const program = this.program;
    const io = this.io;
    let tape = this.tape;
    let ptr = this.ptr | 0;
    let pc = 0;
    for (;;) {
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
            this.driver.canEnterJit({ pc, program, tape, ptr, io });
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
