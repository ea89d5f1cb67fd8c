/**
 * The blackhole interpreter: runs jitcode concretely, recording nothing.
 *
 * It is the resume path. Deoptimization hands back jitcode frames, outermost first, each
 * `(code, pc, values of the liveness list at pc)`; `resume` rebuilds their registers, runs the
 * innermost frame from its pc (executing again the instruction whose guard failed) to its
 * `return`, stores the result in the caller's `inline_call` destination, goes on in the caller
 * after that call, and so on until the outermost frame returns: that result goes back to the
 * embedder. That procedure is frames.ts, shared with the tracer's bridge entry. `call` runs a
 * jitcode from its start (interpreting without the JIT, and the reference tests compare traced
 * runs with). `continueFrames` goes on from the full frames of a switch from tracing to the
 * blackhole (merge.ts) by the same procedure.
 *
 * The portal's `merge` ends the run with a `MergeResult` (the values, unboxed, and the merge's
 * position); only the outermost frame may merge, a merge out of an inlined callee is an error.
 *
 * Semantics are the op table's (`eval` for value ops) and the real heap, as the recorder and
 * the reference executor do them: `getfield` reads `obj[name]`, `new(C)` is
 * `Object.create(C.prototype)`, `new_array` as `newArray` of the executor, residual calls call
 * the function with `this` undefined (both effect classes: purity only matters to tracing).
 * `promote` is a no-op here; `guard_class` is a checked cast (dispatch.ts); `class_switch` goes
 * to the case of the value's exact class, or to its default. `raise` throws the
 * value as a JavaScript exception, which leaves the blackhole untouched, as does any exception
 * of a residual call.
 *
 * Invariants: registers not in a resumed frame's liveness list start undefined (the verifier
 * proves they are written before read); the blackhole never mutates a jitcode.
 */

import { newArray } from '../ir/executor.js';
import type { ArrayDescr, FieldDescr } from '../ir/trace.js';
import type { Deopt, ResumedFrame } from '../resume/exit.js';
import { ARG0, C, CAT, EVAL, catName, classHolds, classMismatch } from './dispatch.js';
import { type Jitcode, type JitcodeTable, classSwitchCase, switchTarget } from './format.js';
import { argumentRegisters, resumeFrames, runFrames } from './frames.js';
import { type FullFrame, MergeResult, mergeInCallee } from './merge.js';

type Obj = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
const noop = (): void => {};

export class Blackhole {
  constructor(readonly table: JitcodeTable) {}

  /** Run jitcode `code` from its start with the argument values. */
  call(code: number, args: readonly unknown[]): unknown | MergeResult<unknown> {
    const j = this.table.get(code);
    return this.run(j, argumentRegisters(j, args), 0);
  }

  /** Finish the frames deoptimization rebuilt (outermost first); the outermost's result. */
  resume(frames: readonly ResumedFrame[]): unknown | MergeResult<unknown> {
    return resumeFrames<unknown>(this.table, frames, (j, regs, pc) => this.run(j, regs, pc), noop);
  }

  /** What the embedder does with a deoptimization: rethrow an exception exit, or resume. */
  resumeDeopt(d: Deopt): unknown | MergeResult<unknown> {
    if (d.exception) throw d.exception.value;
    return this.resume(d.frames);
  }

  /**
   * Go on from the full frames of a switch to the blackhole (outermost first): the innermost
   * runs from its pc with its registers, each caller gets the callee's result in its
   * `inline_call`'s destination and goes on after the call. The outermost's result.
   */
  continueFrames(frames: readonly FullFrame[]): unknown | MergeResult<unknown> {
    const stack = frames.map((f) => {
      const j = this.table.get(f.code);
      if (f.regs.length !== j.regs) throw new Error(`${j.name}@${f.pc}: ${f.regs.length} registers for a jitcode with ${j.regs}`);
      return { j, regs: f.regs.slice(), pc: f.pc };
    });
    return runFrames<unknown>(stack, (j, regs, pc) => this.run(j, regs, pc), noop);
  }

  /** Run from pc to the frame's return (its value) or merge (a `MergeResult`). */
  run(j: Jitcode, regs: unknown[], pc: number): unknown | MergeResult<unknown> {
    const code = j.code;
    const K = j.values;
    for (;;) {
      const opnum = code[pc]!;
      switch (CAT[opnum]) {
        case C.VALUE1: {
          const a = code[pc + ARG0[opnum]!]!;
          regs[code[pc + 1]!] = EVAL[opnum]!(a >= 0 ? regs[a] : K[-a - 1]);
          pc += ARG0[opnum]! + 1;
          break;
        }
        case C.VALUE2: {
          const p = pc + ARG0[opnum]!;
          const a = code[p]!;
          const b = code[p + 1]!;
          regs[code[pc + 1]!] = EVAL[opnum]!(a >= 0 ? regs[a] : K[-a - 1], b >= 0 ? regs[b] : K[-b - 1]);
          pc = p + 2;
          break;
        }
        case C.GETFIELD: {
          // dst kind obj descr
          const o = code[pc + 3]!;
          const d = K[-code[pc + 4]! - 1] as FieldDescr;
          regs[code[pc + 1]!] = ((o >= 0 ? regs[o] : K[-o - 1]) as Obj)[d.name];
          pc += 5;
          break;
        }
        case C.SETFIELD: {
          // obj value descr
          const o = code[pc + 1]!;
          const v = code[pc + 2]!;
          const d = K[-code[pc + 3]! - 1] as FieldDescr;
          ((o >= 0 ? regs[o] : K[-o - 1]) as Obj)[d.name] = v >= 0 ? regs[v] : K[-v - 1];
          pc += 4;
          break;
        }
        case C.GETARRAYITEM: {
          // dst kind arr index descr
          const a = code[pc + 3]!;
          const i = code[pc + 4]!;
          regs[code[pc + 1]!] = ((a >= 0 ? regs[a] : K[-a - 1]) as unknown[])[(i >= 0 ? regs[i] : K[-i - 1]) as number];
          pc += 6;
          break;
        }
        case C.SETARRAYITEM: {
          // arr index value descr
          const a = code[pc + 1]!;
          const i = code[pc + 2]!;
          const v = code[pc + 3]!;
          ((a >= 0 ? regs[a] : K[-a - 1]) as unknown[])[(i >= 0 ? regs[i] : K[-i - 1]) as number] = v >= 0 ? regs[v] : K[-v - 1];
          pc += 5;
          break;
        }
        case C.ARRAYLEN: {
          // dst arr descr
          const a = code[pc + 2]!;
          regs[code[pc + 1]!] = ((a >= 0 ? regs[a] : K[-a - 1]) as unknown[]).length;
          pc += 4;
          break;
        }
        case C.NEW: {
          // dst cls
          const c = code[pc + 2]!;
          regs[code[pc + 1]!] = Object.create(((c >= 0 ? regs[c] : K[-c - 1]) as { prototype: object }).prototype) as unknown;
          pc += 3;
          break;
        }
        case C.NEW_ARRAY: {
          // dst length descr
          const l = code[pc + 2]!;
          const d = K[-code[pc + 3]! - 1] as ArrayDescr;
          regs[code[pc + 1]!] = newArray(d.elem, (l >= 0 ? regs[l] : K[-l - 1]) as number);
          pc += 4;
          break;
        }
        case C.GOTO:
          pc = code[pc + 1]!;
          break;
        case C.GOTO_IF_NOT: {
          const c = code[pc + 1]!;
          if ((c >= 0 ? regs[c] : K[-c - 1]) === true) pc += 4 + code[pc + 3]!;
          else pc = code[pc + 2]!;
          break;
        }
        case C.SWITCH: {
          const r = code[pc + 1]!;
          const v = (r >= 0 ? regs[r] : K[-r - 1]) as number;
          pc = switchTarget(code, pc, v);
          break;
        }
        case C.CLASS_SWITCH: {
          // reg default n (cls target)... live
          const r = code[pc + 1]!;
          const p = classSwitchCase(code, K, pc, r >= 0 ? regs[r] : K[-r - 1]);
          pc = p < 0 ? code[pc + 2]! : code[p + 1]!;
          break;
        }
        case C.INLINE_CALL: {
          // callee dst n args... live
          const callee = this.table.codes[code[pc + 1]!]!;
          const n = code[pc + 3]!;
          const cregs: unknown[] = new Array(callee.regs);
          const cargs = callee.args;
          for (let k = 0; k < n; k++) {
            const a = code[pc + 4 + k]!;
            cregs[cargs[k]!] = a >= 0 ? regs[a] : K[-a - 1];
          }
          const result = this.run(callee, cregs, 0);
          if (result instanceof MergeResult) throw mergeInCallee(`${callee.name}@${result.pc}`);
          const dst = code[pc + 2]!;
          if (dst >= 0) regs[dst] = result;
          const lp = pc + 4 + n;
          pc = lp + 1 + code[lp]!;
          break;
        }
        case C.RESIDUAL_CALL: {
          // fn dst effect n args... live
          const f = code[pc + 1]!;
          const fn = (f >= 0 ? regs[f] : K[-f - 1]) as Fn;
          const n = code[pc + 4]!;
          const args: unknown[] = new Array(n);
          for (let k = 0; k < n; k++) {
            const a = code[pc + 5 + k]!;
            args[k] = a >= 0 ? regs[a] : K[-a - 1];
          }
          const result = fn.apply(undefined, args);
          const dst = code[pc + 2]!;
          if (dst >= 0) regs[dst] = result;
          const lp = pc + 5 + n;
          pc = lp + 1 + code[lp]!;
          break;
        }
        case C.RETURN: {
          const v = code[pc + 1]!;
          return v >= 0 ? regs[v] : K[-v - 1];
        }
        case C.RAISE: {
          const v = code[pc + 1]!;
          throw v >= 0 ? regs[v] : K[-v - 1];
        }
        case C.PROMOTE:
          pc += 3 + code[pc + 2]!;
          break;
        case C.GUARD_CLASS: {
          const r = code[pc + 1]!;
          const v = r >= 0 ? regs[r] : K[-r - 1];
          const cls = K[-code[pc + 2]! - 1];
          if (!classHolds(v, cls)) throw classMismatch(v, cls);
          pc += 4 + code[pc + 3]!;
          break;
        }
        case C.MOVE: {
          const s = code[pc + 2]!;
          regs[code[pc + 1]!] = s >= 0 ? regs[s] : K[-s - 1];
          pc += 3;
          break;
        }
        case C.MERGE: {
          // n values... live
          const n = code[pc + 1]!;
          const values: unknown[] = new Array(n);
          for (let k = 0; k < n; k++) {
            const a = code[pc + 2 + k]!;
            values[k] = a >= 0 ? regs[a] : K[-a - 1];
          }
          return new MergeResult(values, pc);
        }
        default:
          throw new Error(`${j.name}@${pc}: bad opcode ${opnum} (${catName(CAT[opnum]!)})`);
      }
    }
  }
}
