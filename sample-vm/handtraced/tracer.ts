/**
 * The hand-written tracer of the sample VM: for every instruction, what the metajit transformer
 * generates for an opcode handler. It executes the instruction concretely on the interpreter's
 * own frames (so the interpreter can take over at any moment, e.g. when the trace aborts) and
 * records trace IR through the recorder, keeping a box (an `Op` or `Const`) per register.
 *
 * Invariants:
 * - `boxes[d][r]` is the box of register r of frame `rootDepth + d`; its concrete value equals
 *   the interpreter's `frames[rootDepth + d].regs[r]` after every step.
 * - A register box is of type `int` when the register holds a number (the VM's numbers are
 *   32-bit integers) and `ref` otherwise; arithmetic on a `ref` box first guards that it holds
 *   a number (`ref_typeof` + `guard_value`) and casts it.
 * - Guards are recorded before the instruction has any effect, with a snapshot at the
 *   instruction's own pc, so a failing guard resumes the interpreter at that instruction and the
 *   interpreter re-executes it in full. Residual calls that can raise (division, printing) take
 *   the same snapshot: if they throw in compiled code, the interpreter is rebuilt at the
 *   instruction and the guest error is raised there.
 * - A guest error while tracing aborts the trace; the interpreter then raises it normally.
 */

import { type Const, type FrameSnapshot, type Op, type Value, arrayDescr, constInt, constRef, fieldDescr } from '../../runtime/ir/trace.js';
import type { Opcode } from '../../runtime/ir/optable.js';
import type { ValueType } from '../../runtime/ir/types.js';
import type { Recorder } from '../../runtime/recorder/index.js';
import { type Code, GuestError, Opc, Pair } from './bytecode.js';
import { CALL_SIZE, Frame, type Interpreter, formatValue, guestDiv } from './interpreter.js';

/** Residual helpers called from traces. */
export function vmPrint(vm: Interpreter, v: unknown): void {
  vm.out.push(formatValue(v));
}
export function newZeroArray(n: number): unknown[] {
  if (n < 0) throw new GuestError('bad array length');
  return new Array<unknown>(n).fill(0);
}

export type StepResult =
  | { readonly kind: 'continue' }
  /** A backward jump to a loop header at the root depth: the tracer's owner decides. */
  | { readonly kind: 'header'; readonly code: Code; readonly pc: number }
  /** A RET in the root frame, not executed: the tracer's owner decides. */
  | { readonly kind: 'return' }
  | { readonly kind: 'abort'; readonly reason: string; readonly error?: unknown };

const CONTINUE: StepResult = { kind: 'continue' };
const RETURN: StepResult = { kind: 'return' };
const FIRST = fieldDescr('first');
const SECOND = fieldDescr('second');
const ANY_ARRAY = arrayDescr('any');
const ZERO_REF = constRef(0);

export class HandTracer {
  /** Box arrays of the frames from the root frame up. */
  readonly boxes: Value[][];

  constructor(
    readonly vm: Interpreter,
    readonly rec: Recorder,
    readonly rootDepth: number,
    boxes: Value[][],
  ) {
    this.boxes = boxes;
  }

  /** Boxes for a fresh trace: the root frame's registers become the trace inputs. */
  static inputsFor(rec: Recorder, f: Frame): Value[][] {
    return [f.regs.map((v) => rec.input(typeof v === 'number' ? 'int' : 'ref', v))];
  }

  /**
   * The loop-carried values at a header: the root frame's boxes, converted to the target loop's
   * input types (an int where a ref is expected is cast; a ref where an int is expected is
   * guarded to hold a number first, with a snapshot at the header).
   */
  jumpArgs(types: readonly ValueType[]): Value[] {
    const root = this.vm.frames[this.rootDepth]!;
    return this.boxes[0]!.map((b, k) => (types[k] === 'ref' ? this.asRef(b) : this.asInt(b, root)));
  }

  private get depth(): number {
    return this.boxes.length - 1;
  }

  /** The snapshot of the top frame at its current pc. */
  snap(f: Frame): FrameSnapshot {
    return this.rec.snapshot(f.code.index, f.pc, this.boxes[this.depth]!.slice());
  }

  /** A box as an int: guards that a ref holds a number. */
  private asInt(b: Value, f: Frame): Value {
    if (b.type === 'int') return b;
    const t = this.rec.record('ref_typeof', [b]);
    this.rec.guard('guard_value', [t, constRef('number')], this.snap(f));
    return this.rec.record('cast_ref_to_int', [b]);
  }

  private asRef(b: Value): Value {
    return b.type === 'ref' ? b : this.rec.record('cast_int_to_ref', [b]);
  }

  private set(f: Frame, r: number, b: Value, v: unknown): void {
    this.boxes[this.depth]![r] = b;
    f.regs[r] = v;
  }

  private int(f: Frame, r: number, b: Value): void {
    this.set(f, r, b, b.isConst ? (b as Const).value : (b as Op).value);
  }

  /** Execute and record one instruction of the top frame. */
  step(): StepResult {
    const vm = this.vm;
    const f = vm.frames[vm.frames.length - 1]!;
    const B = this.boxes[this.depth]!;
    const ops = f.code.ops;
    const pc = f.pc;
    const rec = this.rec;
    const op = ops[pc]!;
    try {
      switch (op) {
        case Opc.LOADK: {
          const v = f.code.consts[ops[pc + 2]!];
          this.set(f, ops[pc + 1]!, typeof v === 'number' ? constInt(v) : constRef(v), v);
          f.pc = pc + 3;
          return CONTINUE;
        }
        case Opc.MOVE:
          this.set(f, ops[pc + 1]!, B[ops[pc + 2]!]!, f.regs[ops[pc + 2]!]);
          f.pc = pc + 3;
          return CONTINUE;
        case Opc.ADD:
        case Opc.SUB:
        case Opc.MUL:
        case Opc.LT: {
          if (typeof f.regs[ops[pc + 2]!] !== 'number' || typeof f.regs[ops[pc + 3]!] !== 'number') {
            return { kind: 'abort', reason: 'guest error while tracing' };
          }
          const a = this.asInt(B[ops[pc + 2]!]!, f);
          const b = this.asInt(B[ops[pc + 3]!]!, f);
          const opc: Opcode = op === Opc.ADD ? 'int_add' : op === Opc.SUB ? 'int_sub' : op === Opc.MUL ? 'int_mul' : 'int_lt';
          let r = rec.record(opc, [a, b]);
          if (op === Opc.LT) r = rec.record('bool_to_int', [r]);
          this.int(f, ops[pc + 1]!, r);
          f.pc = pc + 4;
          return CONTINUE;
        }
        case Opc.DIV: {
          if (typeof f.regs[ops[pc + 2]!] !== 'number' || typeof f.regs[ops[pc + 3]!] !== 'number') {
            return { kind: 'abort', reason: 'guest error while tracing' };
          }
          const a = this.asInt(B[ops[pc + 2]!]!, f);
          const b = this.asInt(B[ops[pc + 3]!]!, f);
          const r = rec.record('call', [constRef(guestDiv), a, b], { type: 'int', snapshot: this.snap(f) });
          this.int(f, ops[pc + 1]!, r);
          f.pc = pc + 4;
          return CONTINUE;
        }
        case Opc.EQ: {
          let a = B[ops[pc + 2]!]!;
          let b = B[ops[pc + 3]!]!;
          let c: Value;
          if (a.type === 'int' && b.type === 'int') c = rec.record('int_eq', [a, b]);
          else {
            a = this.asRef(a);
            b = this.asRef(b);
            c = rec.record('ref_eq', [a, b]);
          }
          this.int(f, ops[pc + 1]!, rec.record('bool_to_int', [c]));
          f.pc = pc + 4;
          return CONTINUE;
        }
        case Opc.JMP:
        case Opc.JMPF: {
          const target = op === Opc.JMP ? ops[pc + 1]! : ops[pc + 2]!;
          if (op === Opc.JMPF) {
            const box = B[ops[pc + 1]!]!;
            const zero = f.regs[ops[pc + 1]!] === 0;
            if (box.isConst) {
              // A constant condition: the branch is static, nothing to record.
            } else if (box.type === 'int') {
              const nz = rec.record('int_is_true', [box]);
              rec.guard(zero ? 'guard_false' : 'guard_true', [nz], this.snap(f));
            } else {
              const isZero = rec.record('ref_eq', [box, ZERO_REF]);
              rec.guard(zero ? 'guard_true' : 'guard_false', [isZero], this.snap(f));
            }
            if (!zero) {
              f.pc = pc + 3;
              return CONTINUE;
            }
          }
          f.pc = target;
          if (target <= pc && this.depth === 0) return { kind: 'header', code: f.code, pc: target };
          return CONTINUE;
        }
        case Opc.CALL: {
          const callee = vm.program.codes[ops[pc + 2]!]!;
          const a = ops[pc + 3]!;
          const n = ops[pc + 4]!;
          rec.enterFrame(f.code.index, pc, B.slice(), callee.index);
          const nf = new Frame(callee);
          const nb: Value[] = new Array<Value>(callee.nregs).fill(constInt(0));
          for (let k = 0; k < n; k++) {
            nf.regs[k] = f.regs[a + k];
            nb[k] = B[a + k]!;
          }
          vm.frames.push(nf);
          this.boxes.push(nb);
          return CONTINUE;
        }
        case Opc.RET: {
          if (this.depth === 0) return RETURN;
          const box = B[ops[pc + 1]!]!;
          const value = f.regs[ops[pc + 1]!];
          rec.leaveFrame();
          this.boxes.pop();
          vm.returnTo(value);
          const caller = vm.frames[vm.frames.length - 1]!;
          this.boxes[this.depth]![caller.code.ops[caller.pc - CALL_SIZE + 1]!] = box;
          return CONTINUE;
        }
        case Opc.PRINT: {
          rec.record('call', [constRef(vmPrint), constRef(vm), this.asRef(B[ops[pc + 1]!]!)], { type: 'void', snapshot: this.snap(f) });
          f.pc = pc + 2;
          return CONTINUE;
        }
        case Opc.PAIR: {
          const p = rec.record('new', [constRef(Pair)]);
          rec.record('setfield', [p, this.asRef(B[ops[pc + 2]!]!)], { descr: FIRST });
          rec.record('setfield', [p, this.asRef(B[ops[pc + 3]!]!)], { descr: SECOND });
          this.set(f, ops[pc + 1]!, p, (p as Op).value);
          f.pc = pc + 4;
          return CONTINUE;
        }
        case Opc.FST:
        case Opc.SND: {
          const p = B[ops[pc + 2]!]!;
          if (!(f.regs[ops[pc + 2]!] instanceof Pair)) return { kind: 'abort', reason: 'guest error while tracing' };
          rec.guard('guard_class', [this.asRef(p), constRef(Pair)], this.snap(f));
          const v = rec.record('getfield', [p], { type: 'ref', descr: op === Opc.FST ? FIRST : SECOND });
          this.fromRef(f, ops[pc + 1]!, v);
          f.pc = pc + 3;
          return CONTINUE;
        }
        case Opc.SETFST: {
          const p = B[ops[pc + 1]!]!;
          if (!(f.regs[ops[pc + 1]!] instanceof Pair)) return { kind: 'abort', reason: 'guest error while tracing' };
          rec.guard('guard_class', [this.asRef(p), constRef(Pair)], this.snap(f));
          rec.record('setfield', [p, this.asRef(B[ops[pc + 2]!]!)], { descr: FIRST });
          f.pc = pc + 3;
          return CONTINUE;
        }
        case Opc.NEWARR: {
          if (typeof f.regs[ops[pc + 2]!] !== 'number' || (f.regs[ops[pc + 2]!] as number) < 0) return { kind: 'abort', reason: 'guest error while tracing' };
          const n = this.asInt(B[ops[pc + 2]!]!, f);
          const arr = rec.record('call', [constRef(newZeroArray), n], { type: 'ref', snapshot: this.snap(f) });
          this.set(f, ops[pc + 1]!, arr, (arr as Op).value);
          f.pc = pc + 3;
          return CONTINUE;
        }
        case Opc.GETA:
        case Opc.SETA:
        case Opc.ALEN: {
          const ai = op === Opc.SETA ? 1 : 2;
          const arrV = f.regs[ops[pc + ai]!];
          if (!Array.isArray(arrV)) return { kind: 'abort', reason: 'guest error while tracing' };
          const arr = this.asRef(B[ops[pc + ai]!]!);
          rec.guard('guard_class', [arr, constRef(Array)], this.snap(f));
          if (op === Opc.ALEN) {
            this.int(f, ops[pc + 1]!, rec.record('arraylen', [arr], { descr: ANY_ARRAY }));
            f.pc = pc + 3;
            return CONTINUE;
          }
          const ii = op === Opc.SETA ? 2 : 3;
          const iv = f.regs[ops[pc + ii]!];
          if (typeof iv !== 'number' || iv < 0 || iv >= arrV.length) return { kind: 'abort', reason: 'guest error while tracing' };
          const i = this.asInt(B[ops[pc + ii]!]!, f);
          const len = rec.record('arraylen', [arr], { descr: ANY_ARRAY });
          rec.guard('guard_true', [rec.record('int_ge', [i, constInt(0)])], this.snap(f));
          rec.guard('guard_true', [rec.record('int_lt', [i, len])], this.snap(f));
          if (op === Opc.GETA) {
            const v = rec.record('getarrayitem', [arr, i], { type: 'ref', descr: ANY_ARRAY });
            this.fromRef(f, ops[pc + 1]!, v);
          } else {
            rec.record('setarrayitem', [arr, i, this.asRef(B[ops[pc + 3]!]!)], { descr: ANY_ARRAY });
          }
          f.pc = pc + 4;
          return CONTINUE;
        }
        default:
          throw new Error(`bad opcode ${op} at ${f.code.name}:${pc}`);
      }
    } catch (e) {
      if (e instanceof GuestError) return { kind: 'abort', reason: 'guest error while tracing', error: e };
      throw e;
    }
  }

  /** Store a value read from the heap: a number becomes an int box behind a type guard. */
  private fromRef(f: Frame, r: number, v: Value): void {
    const value = v.isConst ? (v as Const).value : (v as Op).value;
    this.set(f, r, v, value);
  }
}
