/**
 * The plain interpreter of the hand-traced sample VM: the reference for every JIT test.
 *
 * Invariants:
 * - Frames live in an explicit stack (no JavaScript recursion), so the deoptimizer can rebuild
 *   any stack of frames and the interpreter simply continues.
 * - A caller's `pc` points at its CALL instruction while the callee runs; RET writes the result
 *   to the CALL's target register and moves the caller past the CALL.
 * - Guest errors are `GuestError`s thrown by the instruction that fails, with the frame's `pc`
 *   at that instruction; `raise` unwinds to the innermost handler covering a frame's pc.
 * - `backEdge`, when set, is called on every backward jump with the frame already updated
 *   (pc = the jump target). It returns STOP to leave `run` (the JIT wants to trace), RELOAD when
 *   it changed the frames (compiled code ran), or CONTINUE. `callHook` is the same on entry to a
 *   function, with the callee's frame pushed.
 */

import { type Code, GuestError, Opc, Pair, type Program } from './bytecode.js';

export class Frame {
  pc = 0;
  readonly regs: unknown[];
  constructor(readonly code: Code, regs?: unknown[]) {
    this.regs = regs ?? new Array<unknown>(code.nregs).fill(0);
  }
}

export const CONTINUE = 0;
export const RELOAD = 1;
export const STOP = 2;
export type BackEdgeAction = typeof CONTINUE | typeof RELOAD | typeof STOP;

export function formatValue(v: unknown): string {
  if (v instanceof Pair) return `(${formatValue(v.first)} . ${formatValue(v.second)})`;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  return String(v);
}

export const CALL_SIZE = 5;

export class Interpreter {
  readonly frames: Frame[] = [];
  readonly out: string[] = [];
  result: unknown = undefined;
  done = false;
  backEdge: ((f: Frame) => BackEdgeAction) | null = null;
  /** Called with the callee's new frame on every call; same protocol as `backEdge`. */
  callHook: ((f: Frame) => BackEdgeAction) | null = null;

  constructor(readonly program: Program) {}

  start(args: unknown[] = []): void {
    const main = this.program.codes.find((c) => c.name === 'main')!;
    const f = new Frame(main);
    args.forEach((a, k) => (f.regs[k] = a));
    this.frames.push(f);
  }

  /** Write a callee's return value into its caller, or finish the program. */
  returnTo(value: unknown): void {
    this.frames.pop();
    const caller = this.frames[this.frames.length - 1];
    if (!caller) {
      this.result = value;
      this.done = true;
      return;
    }
    caller.regs[caller.code.ops[caller.pc + 1]!] = value;
    caller.pc += CALL_SIZE;
  }

  /** Unwind to the innermost handler covering a frame's pc; rethrow when none does. */
  raise(e: unknown): void {
    if (!(e instanceof GuestError)) throw e;
    while (this.frames.length) {
      const f = this.frames[this.frames.length - 1]!;
      const h = f.code.handlers.find((x) => x.from <= f.pc && f.pc < x.to);
      if (h) {
        f.regs[h.reg] = e.message;
        f.pc = h.target;
        return;
      }
      this.frames.pop();
    }
    this.done = true;
    throw e;
  }

  /** Run until the program ends (true) or the back-edge hook says STOP (false). */
  run(): boolean {
    for (;;) {
      if (this.done) return true;
      let f = this.frames[this.frames.length - 1]!;
      let pc = f.pc;
      try {
        for (;;) {
          const ops = f.code.ops;
          const regs = f.regs;
          const op = ops[pc]!;
          switch (op) {
            case Opc.LOADK:
              regs[ops[pc + 1]!] = f.code.consts[ops[pc + 2]!];
              pc += 3;
              break;
            case Opc.MOVE:
              regs[ops[pc + 1]!] = regs[ops[pc + 2]!];
              pc += 3;
              break;
            case Opc.ADD:
            case Opc.SUB:
            case Opc.MUL:
            case Opc.DIV:
            case Opc.LT: {
              const a = regs[ops[pc + 2]!];
              const b = regs[ops[pc + 3]!];
              if (typeof a !== 'number' || typeof b !== 'number') {
                f.pc = pc;
                throw new GuestError('arithmetic on a non-integer');
              }
              let r: number;
              if (op === Opc.ADD) r = (a + b) | 0;
              else if (op === Opc.SUB) r = (a - b) | 0;
              else if (op === Opc.MUL) r = Math.imul(a, b);
              else if (op === Opc.LT) r = a < b ? 1 : 0;
              else {
                f.pc = pc;
                r = guestDiv(a, b);
              }
              regs[ops[pc + 1]!] = r;
              pc += 4;
              break;
            }
            case Opc.EQ:
              regs[ops[pc + 1]!] = regs[ops[pc + 2]!] === regs[ops[pc + 3]!] ? 1 : 0;
              pc += 4;
              break;
            case Opc.JMP:
            case Opc.JMPF: {
              const target = op === Opc.JMP ? ops[pc + 1]! : ops[pc + 2]!;
              if (op === Opc.JMPF && regs[ops[pc + 1]!] !== 0) {
                pc += 3;
                break;
              }
              const backward = target <= pc;
              pc = target;
              if (backward && this.backEdge !== null) {
                f.pc = pc;
                const act = this.backEdge(f);
                if (act === STOP) return false;
                if (act === RELOAD) {
                  if (this.done) return true;
                  f = this.frames[this.frames.length - 1]!;
                  pc = f.pc;
                }
              }
              break;
            }
            case Opc.CALL: {
              const callee = this.program.codes[ops[pc + 2]!]!;
              const nf = new Frame(callee);
              const a = ops[pc + 3]!;
              const n = ops[pc + 4]!;
              for (let k = 0; k < n; k++) nf.regs[k] = regs[a + k];
              f.pc = pc;
              this.frames.push(nf);
              f = nf;
              pc = 0;
              if (this.callHook !== null) {
                const act = this.callHook(nf);
                if (act === STOP) return false;
                if (act === RELOAD) {
                  if (this.done) return true;
                  f = this.frames[this.frames.length - 1]!;
                  pc = f.pc;
                }
              }
              break;
            }
            case Opc.RET: {
              this.returnTo(regs[ops[pc + 1]!]);
              if (this.done) return true;
              f = this.frames[this.frames.length - 1]!;
              pc = f.pc;
              break;
            }
            case Opc.PRINT:
              this.out.push(formatValue(regs[ops[pc + 1]!]));
              pc += 2;
              break;
            case Opc.PAIR:
              regs[ops[pc + 1]!] = new Pair(regs[ops[pc + 2]!], regs[ops[pc + 3]!]);
              pc += 4;
              break;
            case Opc.FST:
            case Opc.SND: {
              const p = regs[ops[pc + 2]!];
              if (!(p instanceof Pair)) {
                f.pc = pc;
                throw new GuestError('not a pair');
              }
              regs[ops[pc + 1]!] = op === Opc.FST ? p.first : p.second;
              pc += 3;
              break;
            }
            case Opc.SETFST: {
              const p = regs[ops[pc + 1]!];
              if (!(p instanceof Pair)) {
                f.pc = pc;
                throw new GuestError('not a pair');
              }
              p.first = regs[ops[pc + 2]!];
              pc += 3;
              break;
            }
            case Opc.NEWARR: {
              const n = regs[ops[pc + 2]!];
              if (typeof n !== 'number' || n < 0) {
                f.pc = pc;
                throw new GuestError('bad array length');
              }
              regs[ops[pc + 1]!] = new Array<unknown>(n).fill(0);
              pc += 3;
              break;
            }
            case Opc.GETA:
            case Opc.SETA:
            case Opc.ALEN: {
              const arr = regs[ops[pc + (op === Opc.SETA ? 1 : 2)]!];
              if (!Array.isArray(arr)) {
                f.pc = pc;
                throw new GuestError('not an array');
              }
              if (op === Opc.ALEN) {
                regs[ops[pc + 1]!] = arr.length;
                pc += 3;
                break;
              }
              const i = regs[ops[pc + (op === Opc.SETA ? 2 : 3)]!];
              if (typeof i !== 'number' || i < 0 || i >= arr.length) {
                f.pc = pc;
                throw new GuestError('index out of range');
              }
              if (op === Opc.GETA) regs[ops[pc + 1]!] = arr[i];
              else arr[i] = regs[ops[pc + 3]!];
              pc += 4;
              break;
            }
            default:
              throw new Error(`bad opcode ${op} at ${f.code.name}:${pc}`);
          }
        }
      } catch (e) {
        this.raise(e);
      }
    }
  }
}

/** Integer division, raising a guest error on a zero divisor (the residual call of traces). */
export function guestDiv(a: number, b: number): number {
  if (b === 0) throw new GuestError('division by zero');
  return (a / b) | 0;
}
