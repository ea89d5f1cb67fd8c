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
import type { ArrayDescr as __metajit_ArrayDescr, Const as __metajit_Const, FieldDescr as __metajit_FieldDescr, MergeResult as __metajit_MergeResult, PortalLayout as __metajit_PortalLayout, RecordOptions as __metajit_RecordOptions, Recorder as __metajit_Recorder, StepTracer as __metajit_StepTracer, Value as __metajit_Value } from "../../runtime/hints/index.js";
import { assertNever as __metajit_ref_0 } from "./program.js";
let __metajit_table: ReturnType<typeof __metajit.jitcodes> | undefined;
const __metajit_jitcodes = (): ReturnType<typeof __metajit.jitcodes> => (__metajit_table ??= __metajit.jitcodes([
    { name: "BfMachine.run.portal", args: [0, 1, 2, 3, 4, 5], kinds: "rirrirfrifbirfffiifrfffbrfffribfifbiiibrfiiibbrfffrr",
      pool: [__metajit.pool.field("ops"), __metajit.pool.array("any"), __metajit.pool.array("u8"), __metajit.pool.field("args"), __metajit.pool.int(255), __metajit.pool.int(1), __metajit.pool.int(0), __metajit.pool.field("tape"), __metajit.pool.field("ptr"), __metajit.pool.ref(leftOfTape), __metajit.pool.ref(__metajit.methodCaller("write")), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("read")), __metajit.pool.float(0), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("opcode")],
      code: [52, 7, 3, 2, -1, 55, 6, 1, 7, 1, -2, 36, 8, 6, 34, 9, 8, 32, 10, 9, 6, 61, 10, 405, 9, 0, 1, 2, 3, 4, 5, 6, 8, 10, 62, 8, 405, 7, 0, 61, 1, 106, 2, 220, 3, 246, 4, 291, 5, 343, 6, 389, 8, 0, 1, 2, 3, 4, 5, 6, 8, 54, 11, 0, 3, 4, -3, 52, 12, 3, 2, -4, 55, 13, 1, 12, 1, -2, 34, 14, 11, 20, 15, 14, 13, 36, 16, 15, 5, 17, 16, -5, 56, 3, 4, 17, -3, 34, 18, 17, 0, 1, 1, -6, 60, 422, 52, 19, 3, 2, -4, 55, 20, 1, 19, 1, -2, 34, 21, 4, 20, 22, 21, 20, 36, 4, 22, 13, 23, 4, -7, 61, 23, 178, 7, 0, 1, 2, 3, 4, 5, 23, 53, 0, 3, -8, 52, 24, 3, 2, -4, 55, 25, 1, 24, 1, -2, 34, 26, 4, 21, 27, 26, 25, 53, 0, 27, -9, 64, -10, 28, 0, 2, 2, 1, 0, 66, 28, 57, 29, 3, -3, 16, 30, 4, 29, 61, 30, 214, 7, 0, 1, 2, 3, 4, 5, 30, 34, 31, 4, 63, 1, 3, 2, 3, 31, 5, 0, 1, 2, 4, 5, 60, 214, 0, 1, 1, -6, 60, 422, 54, 32, 0, 3, 4, -3, 64, -11, -1, 0, 2, 5, 32, 6, 0, 1, 2, 3, 4, 5, 0, 1, 1, -6, 60, 422, 64, -13, 33, 0, 1, 5, 6, 0, 1, 2, 3, 4, 5, 31, 34, 33, -14, 61, 34, 285, 8, 0, 1, 2, 3, 4, 5, 33, 34, 36, 35, 33, 56, 3, 4, 35, -3, 60, 285, 0, 1, 1, -6, 60, 422, 54, 37, 0, 3, 4, -3, 17, 38, 37, -7, 61, 38, 331, 7, 0, 1, 2, 3, 4, 5, 38, 52, 39, 3, 2, -4, 55, 40, 1, 39, 1, -2, 36, 41, 40, 69, 36, 41, 60, 338, 0, 42, 1, -6, 69, 36, 42, 69, 1, 36, 60, 422, 54, 43, 0, 3, 4, -3, 17, 44, 43, -7, 37, 45, 44, 61, 45, 383, 7, 0, 1, 2, 3, 4, 5, 45, 52, 46, 3, 2, -4, 55, 47, 1, 46, 1, -2, 36, 1, 47, 60, 387, 0, 1, 1, -6, 60, 422, 53, 0, 3, -8, 34, 48, 4, 53, 0, 48, -9, 34, 49, 4, 65, -12, 45, 50, 6, 64, -15, 51, 0, 2, 50, -16, 6, 0, 1, 2, 3, 4, 5, 70, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5] },
    { name: "growTape", args: [0, 1], kinds: "rfriffffi",
      pool: [__metajit.pool.ref(Math.max), __metajit.pool.array("u8"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(__metajit.methodCaller("set")), __metajit.pool.ref(undefined)],
      code: [57, 3, 0, -2, 34, 4, 3, 22, 5, 4, -4, 20, 6, 1, -6, 64, -1, 7, 1, 2, 5, 6, 1, 0, 36, 8, 7, 59, 2, 8, -2, 64, -7, -1, 0, 2, 2, 0, 1, 2, 65, 2] },
  ]));
const __metajit_G = __metajit.gen;
let __metajit_ready = false;
let __metajit_d0_2!: __metajit_ArrayDescr;
let __metajit_k0_4!: __metajit_Const;
let __metajit_k0_6!: __metajit_Const;
let __metajit_d0_7!: __metajit_FieldDescr;
let __metajit_d0_8!: __metajit_FieldDescr;
let __metajit_k0_9!: __metajit_Const;
let __metajit_k0_10!: __metajit_Const;
let __metajit_k0_12!: __metajit_Const;
let __metajit_k0_13!: __metajit_Const;
let __metajit_k0_11!: __metajit_Const;
let __metajit_k0_14!: __metajit_Const;
let __metajit_k0_15!: __metajit_Const;
let __metajit_d1_1!: __metajit_ArrayDescr;
let __metajit_k1_3!: __metajit_Const;
let __metajit_k1_5!: __metajit_Const;
let __metajit_k1_0!: __metajit_Const;
let __metajit_k1_6!: __metajit_Const;
let __metajit_o0!: __metajit_RecordOptions;
let __metajit_o1!: __metajit_RecordOptions;
let __metajit_o2!: __metajit_RecordOptions;
let __metajit_o3!: __metajit_RecordOptions;
let __metajit_o4!: __metajit_RecordOptions;
function __metajit_init(): void {
  if (__metajit_ready) return;
  const table = __metajit_jitcodes();
  __metajit_G.checkTable(table, [["BfMachine.run.portal", 437], ["growTape", 42]]);
  const pool0 = table.get(0).pool;
  const pool1 = table.get(1).pool;
  __metajit_d0_2 = pool0[2] as __metajit_ArrayDescr;
  __metajit_k0_4 = pool0[4] as __metajit_Const;
  __metajit_k0_6 = pool0[6] as __metajit_Const;
  __metajit_d0_7 = pool0[7] as __metajit_FieldDescr;
  __metajit_d0_8 = pool0[8] as __metajit_FieldDescr;
  __metajit_k0_9 = pool0[9] as __metajit_Const;
  __metajit_k0_10 = pool0[10] as __metajit_Const;
  __metajit_k0_12 = pool0[12] as __metajit_Const;
  __metajit_k0_13 = pool0[13] as __metajit_Const;
  __metajit_k0_11 = pool0[11] as __metajit_Const;
  __metajit_k0_14 = pool0[14] as __metajit_Const;
  __metajit_k0_15 = pool0[15] as __metajit_Const;
  __metajit_d1_1 = pool1[1] as __metajit_ArrayDescr;
  __metajit_k1_3 = pool1[3] as __metajit_Const;
  __metajit_k1_5 = pool1[5] as __metajit_Const;
  __metajit_k1_0 = pool1[0] as __metajit_Const;
  __metajit_k1_6 = pool1[6] as __metajit_Const;
  __metajit_o0 = { descr: __metajit_d0_2, type: "int" };
  __metajit_o1 = { descr: __metajit_d0_2 };
  __metajit_o2 = { descr: __metajit_d0_7 };
  __metajit_o3 = { descr: __metajit_d0_8 };
  __metajit_o4 = { descr: __metajit_d1_1 };
  __metajit_ready = true;
}
/** Traces jitcode 0 (BfMachine.run.portal). */
function __metajit_trace_0(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value): __metajit_Value | __metajit_MergeResult<__metajit_Value> {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let u1!: number;
  let b2: __metajit_Value | undefined = p2;
  let u2!: unknown;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined;
  let u6!: number;
  let b7: __metajit_Value | undefined;
  let u7!: unknown;
  let b8: __metajit_Value | undefined;
  let u8!: number;
  let b9: __metajit_Value | undefined;
  let u9!: number;
  let b10: __metajit_Value | undefined;
  let u10!: boolean;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let u12!: unknown;
  let b13: __metajit_Value | undefined;
  let u13!: number;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  let u19!: unknown;
  let b20: __metajit_Value | undefined;
  let u20!: number;
  let b21: __metajit_Value | undefined;
  let b22: __metajit_Value | undefined;
  let b23: __metajit_Value | undefined;
  let b24: __metajit_Value | undefined;
  let u24!: unknown;
  let b25: __metajit_Value | undefined;
  let u25!: number;
  let b26: __metajit_Value | undefined;
  let b27: __metajit_Value | undefined;
  let b28: __metajit_Value | undefined;
  let b29: __metajit_Value | undefined;
  let b30: __metajit_Value | undefined;
  let b31: __metajit_Value | undefined;
  let b32: __metajit_Value | undefined;
  let b33: __metajit_Value | undefined;
  let b34: __metajit_Value | undefined;
  let b35: __metajit_Value | undefined;
  let b36: __metajit_Value | undefined;
  let u36!: number;
  let b37: __metajit_Value | undefined;
  let b38: __metajit_Value | undefined;
  let b39: __metajit_Value | undefined;
  let u39!: unknown;
  let b40: __metajit_Value | undefined;
  let u40!: number;
  let b41: __metajit_Value | undefined;
  let u41!: number;
  let b42: __metajit_Value | undefined;
  let u42!: number;
  let b43: __metajit_Value | undefined;
  let b44: __metajit_Value | undefined;
  let b45: __metajit_Value | undefined;
  let b46: __metajit_Value | undefined;
  let u46!: unknown;
  let b47: __metajit_Value | undefined;
  let u47!: number;
  let b48: __metajit_Value | undefined;
  let b49: __metajit_Value | undefined;
  let b50: __metajit_Value | undefined;
  let u50!: unknown;
  let b51: __metajit_Value | undefined;
  if (!p1.isConst) throw __metajit_G.notConstant("BfMachine.run.portal", 1);
  u1 = p1.value as number;
  if (!p2.isConst) throw __metajit_G.notConstant("BfMachine.run.portal", 2);
  u2 = p2.value;
  try {
    L422: {
    L405: {
    L389: {
    L387: {
    L383: {
    L343: {
    L338: {
    L331: {
    L291: {
    L285: {
    L246: {
    L220: {
    L214: {
    L178: {
    L106: {
    L61: {
    u7 = (u2 as Record<string, unknown>)["ops"];
    b7 = undefined;
    u6 = __metajit_G.asFloat("getarrayitem_imm", (u7 as ArrayLike<unknown>)[u1], "[any]");
    b6 = undefined;
    u8 = u6 | 0;
    b8 = undefined;
    u9 = u8;
    b9 = undefined;
    u10 = u9 === u6;
    b10 = undefined;
    if (!u10) {
      break L405;
    }
    switch (u8) {
      case 0: {
        break L61;
      }
      case 1: {
        break L106;
      }
      case 2: {
        break L220;
      }
      case 3: {
        break L246;
      }
      case 4: {
        break L291;
      }
      case 5: {
        break L343;
      }
      case 6: {
        break L389;
      }
      default: {
        break L405;
      }
    }
    }
    at = 61;
    b11 = rec.record("getarrayitem", [b3!, b4!], __metajit_o0);
    u12 = (u2 as Record<string, unknown>)["args"];
    b12 = undefined;
    u13 = __metajit_G.asFloat("getarrayitem_imm", (u12 as ArrayLike<unknown>)[u1], "[any]");
    b13 = undefined;
    at = 78;
    {
      const x0 = rec.resolve(b11!);
      const v0 = x0.value as number;
      const v = v0;
      b14 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 81;
    {
      const x0 = b14!;
      const v0 = x0.value as number;
      const v = v0 + u13;
      b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b13 ??= __metajit_G.float(u13))], v);
    }
    at = 85;
    {
      const x0 = b15!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b16 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 88;
    {
      const x0 = b16!;
      const v0 = x0.value as number;
      const v = v0 & 255;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("int_and", [x0, __metajit_k0_4], v);
    }
    at = 92;
    rec.record("setarrayitem", [b3!, b4!, b17!], __metajit_o1);
    at = 97;
    {
      const x0 = b17!;
      const v0 = x0.value as number;
      const v = v0;
      b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    u1 = (u1 + 1) | 0;
    b1 = undefined;
    break L422;
    }
    u19 = (u2 as Record<string, unknown>)["args"];
    b19 = undefined;
    u20 = __metajit_G.asFloat("getarrayitem_imm", (u19 as ArrayLike<unknown>)[u1], "[any]");
    b20 = undefined;
    at = 117;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0;
      b21 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 120;
    {
      const x0 = b21!;
      const v0 = x0.value as number;
      const v = v0 + u20;
      b22 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b20 ??= __metajit_G.float(u20))], v);
    }
    at = 124;
    {
      const x0 = b22!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b4 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 127;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const v = v0 < 0;
      b23 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_lt", [x0, __metajit_k0_6], v);
    }
    at = 131;
    const c131 = b23!;
    if (!c131.isConst) rec.guard(c131.value === true ? "guard_true" : "guard_false", [c131], (rec.capturing ? rec.snapshotOwned(0, 131, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b23!]) : rec.noSnapshot));
    if (c131.value !== true) {
      break L178;
    }
    at = 142;
    rec.record("setfield", [b0!, b3!], __metajit_o2);
    u24 = (u2 as Record<string, unknown>)["args"];
    b24 = undefined;
    u25 = __metajit_G.asFloat("getarrayitem_imm", (u24 as ArrayLike<unknown>)[u1], "[any]");
    b25 = undefined;
    at = 157;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const v = v0;
      b26 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 160;
    {
      const x0 = b26!;
      const v0 = x0.value as number;
      const v = v0 - u25;
      b27 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b25 ??= __metajit_G.float(u25))], v);
    }
    at = 164;
    rec.record("setfield", [b0!, b27!], __metajit_o3);
    at = 168;
    b28 = rec.record("call", [__metajit_k0_9, (b2 ??= __metajit_G.ref(u2)), (b1 ??= __metajit_G.int(u1))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 168, []) : rec.noSnapshot) });
    throw b28!.value;
    }
    at = 178;
    b29 = rec.record("arraylen", [b3!], __metajit_o1);
    at = 182;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const x1 = rec.resolve(b29!);
      const v1 = x1.value as number;
      const v = v0 >= v1;
      b30 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("int_ge", [x0, x1], v);
    }
    at = 186;
    const c186 = b30!;
    if (!c186.isConst) rec.guard(c186.value === true ? "guard_true" : "guard_false", [c186], (rec.capturing ? rec.snapshotOwned(0, 186, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b30!]) : rec.noSnapshot));
    if (c186.value !== true) {
      break L214;
    }
    at = 197;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const v = v0;
      b31 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 200;
    rec.enterFrame(0, 200, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b4!, b5!], 1);
    b3 = __metajit_trace_1(rec, b3!, b31!);
    rec.leaveFrame();
    }
    u1 = (u1 + 1) | 0;
    b1 = undefined;
    break L422;
    }
    at = 220;
    b32 = rec.record("getarrayitem", [b3!, b4!], __metajit_o0);
    at = 226;
    rec.record("call", [__metajit_k0_10, b5!, b32!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 226, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!]) : rec.noSnapshot) });
    u1 = (u1 + 1) | 0;
    b1 = undefined;
    break L422;
    }
    at = 246;
    b33 = rec.record("call", [__metajit_k0_12, b5!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(0, 246, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!]) : rec.noSnapshot) });
    at = 259;
    {
      const x0 = b33!;
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b34 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k0_13], v);
    }
    at = 263;
    const c263 = b34!;
    if (!c263.isConst) rec.guard(c263.value === true ? "guard_true" : "guard_false", [c263], (rec.capturing ? rec.snapshotOwned(0, 263, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b33!, b34!]) : rec.noSnapshot));
    if (c263.value !== true) {
      break L285;
    }
    at = 275;
    {
      const x0 = b33!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b35 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 278;
    rec.record("setarrayitem", [b3!, b4!, b35!], __metajit_o1);
    }
    u1 = (u1 + 1) | 0;
    b1 = undefined;
    break L422;
    }
    at = 291;
    b37 = rec.record("getarrayitem", [b3!, b4!], __metajit_o0);
    at = 297;
    {
      const x0 = rec.resolve(b37!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b38 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, __metajit_k0_6], v);
    }
    at = 301;
    const c301 = b38!;
    if (!c301.isConst) rec.guard(c301.value === true ? "guard_true" : "guard_false", [c301], (rec.capturing ? rec.snapshotOwned(0, 301, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b38!]) : rec.noSnapshot));
    if (c301.value !== true) {
      break L331;
    }
    u39 = (u2 as Record<string, unknown>)["args"];
    b39 = undefined;
    u40 = __metajit_G.asFloat("getarrayitem_imm", (u39 as ArrayLike<unknown>)[u1], "[any]");
    b40 = undefined;
    u41 = u40 | 0;
    b41 = undefined;
    u36 = u41;
    b36 = b41;
    break L338;
    }
    u42 = (u1 + 1) | 0;
    b42 = undefined;
    u36 = u42;
    b36 = b42;
    }
    u1 = u36;
    b1 = b36;
    break L422;
    }
    at = 343;
    b43 = rec.record("getarrayitem", [b3!, b4!], __metajit_o0);
    at = 349;
    {
      const x0 = rec.resolve(b43!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b44 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, __metajit_k0_6], v);
    }
    at = 353;
    {
      const x0 = b44!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b45 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    at = 356;
    const c356 = b45!;
    if (!c356.isConst) rec.guard(c356.value === true ? "guard_true" : "guard_false", [c356], (rec.capturing ? rec.snapshotOwned(0, 356, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b45!]) : rec.noSnapshot));
    if (c356.value !== true) {
      break L383;
    }
    u46 = (u2 as Record<string, unknown>)["args"];
    b46 = undefined;
    u47 = __metajit_G.asFloat("getarrayitem_imm", (u46 as ArrayLike<unknown>)[u1], "[any]");
    b47 = undefined;
    u1 = u47 | 0;
    b1 = undefined;
    break L387;
    }
    u1 = (u1 + 1) | 0;
    b1 = undefined;
    }
    break L422;
    }
    at = 389;
    rec.record("setfield", [b0!, b3!], __metajit_o2);
    at = 393;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0;
      b48 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 396;
    rec.record("setfield", [b0!, b48!], __metajit_o3);
    at = 400;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0;
      b49 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    return __metajit_k0_11;
    }
    u50 = u6;
    b50 = undefined;
    at = 408;
    b51 = rec.record("call", [__metajit_k0_14, (b50 ??= __metajit_G.ref(u50)), __metajit_k0_15], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 408, [b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!]) : rec.noSnapshot) });
    }
    return new __metajit_G.MergeResult<__metajit_Value>([b0!, (b1 ??= __metajit_G.int(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!], 422);
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21?.value, b22?.value, b23?.value, b24 !== undefined ? b24.value : u24, b25 !== undefined ? b25.value : u25, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value, b35?.value, b36 !== undefined ? b36.value : u36, b37?.value, b38?.value, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43?.value, b44?.value, b45?.value, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48?.value, b49?.value, b50 !== undefined ? b50.value : u50, b51?.value]);
  }
}
/** Traces jitcode 1 (growTape). */
function __metajit_trace_1(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  try {
    at = 0;
    b3 = rec.record("arraylen", [b0!], __metajit_o4);
    at = 4;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0;
      b4 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 7;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const v = v0 * 2;
      b5 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k1_3], v);
    }
    at = 11;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k1_5], v);
    }
    at = 15;
    b7 = rec.record("call_pure", [__metajit_k1_0, b5!, b6!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(1, 15, [b0!]) : rec.noSnapshot) });
    at = 24;
    {
      const x0 = b7!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b8 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 27;
    b2 = rec.record("new_array", [b8!], __metajit_o4);
    at = 31;
    rec.record("call", [__metajit_k1_6, b2!, b0!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(1, 31, [b2!]) : rec.noSnapshot) });
    return b2!;
  } catch (e) {
    throw __metajit_G.switched(e, 1, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!));
}
const __metajit_portal_0 = { name: "BfMachine.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2] }), generated: __metajit_generated_0 };
