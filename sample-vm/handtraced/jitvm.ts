/**
 * The JIT-enabled sample VM: the plain interpreter, the hand-written tracer and the JIT driver
 * wired together. This is the glue the metajit transformer generates for a decorated
 * interpreter; here it is written by hand so the runtime can be shown and tested on its own.
 *
 * Control flow:
 * - The interpreter runs; on every backward jump it asks the driver (`loopHeader`) about the
 *   green key (code, target pc). Compiled code is entered right there; a hot key starts tracing.
 * - Tracing runs the tracer step by step until it is back at a loop header in the root frame:
 *   its own header closes the loop, another compiled loop's header closes a trace that jumps
 *   there; anything else continues. A guest error or the trace limit aborts: the interpreter
 *   simply continues from the current (always consistent) state.
 * - Leaving compiled code rebuilds the interpreter frames from the deoptimized state (the root
 *   frame in place, inlined callees pushed); an exception exit re-raises the guest error there.
 *   A hot exit is bridged: the tracer starts from the exit's state and runs until a compiled
 *   loop's header.
 */

import { type EnterResult, HeaderAction, type Jit } from '../../runtime/driver/jit.js';
import { TraceTooLong } from '../../runtime/recorder/index.js';
import type { Deopt } from '../../runtime/resume/exit.js';
import type { Value } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import type { Program } from './bytecode.js';
import { CONTINUE, Frame, Interpreter, RELOAD, STOP, type BackEdgeAction } from './interpreter.js';
import { HandTracer } from './tracer.js';

/** The green key of a loop header: code index and pc in one number. */
export const greenKey = (code: number, pc: number): number => code * 0x100000 + pc;
/** The green key of a function entry (negative, so it never meets a loop header's). */
export const functionKey = (code: number): number => -1 - code;

export class JitVM {
  readonly vm: Interpreter;
  private pendingTrace = false;
  private pendingFunction = false;
  private pendingBridge: EnterResult | null = null;

  constructor(
    program: Program,
    readonly jit: Jit,
  ) {
    this.vm = new Interpreter(program);
    this.vm.backEdge = (f) => this.onBackEdge(f);
    this.vm.callHook = (f) => this.onCall(f);
  }

  /** Run the program to completion; returns the result of main. */
  run(args: unknown[] = []): unknown {
    const vm = this.vm;
    vm.start(args);
    while (!vm.run()) {
      if (this.pendingTrace) {
        this.pendingTrace = false;
        this.traceLoop();
      }
      if (this.pendingFunction) {
        this.pendingFunction = false;
        this.traceFunction();
      }
      this.runPendingBridge();
    }
    return vm.result;
  }

  private onBackEdge(f: Frame): BackEdgeAction {
    const key = greenKey(f.code.index, f.pc);
    switch (this.jit.loopHeader(key)) {
      case HeaderAction.Interpret:
        return CONTINUE;
      case HeaderAction.Trace:
        this.pendingTrace = true;
        return STOP;
      case HeaderAction.Run: {
        const ran = this.enterCompiled(key);
        if (!ran) return CONTINUE;
        return this.pendingBridge ? STOP : RELOAD;
      }
    }
  }

  private onCall(f: Frame): BackEdgeAction {
    const key = functionKey(f.code.index);
    if (this.jit.compiledFor(key)) {
      if (!this.enterCompiled(key)) return CONTINUE;
      return this.pendingBridge ? STOP : RELOAD;
    }
    if (!this.jit.functionEntry(key)) return CONTINUE;
    this.pendingFunction = true;
    return STOP;
  }

  /** Enter the compiled loop of `key` from the top frame; false when it could not be entered. */
  private enterCompiled(key: number): boolean {
    const loop = this.jit.compiledFor(key)!;
    const vm = this.vm;
    const root = vm.frames.length - 1;
    const r = this.jit.enter(loop, vm.frames[root]!.regs);
    if (!r) return false;
    this.restore(root, r);
    if (r.wantsBridge) this.pendingBridge = r;
    return true;
  }

  /** Rebuild the interpreter's frames from the root frame up; re-raise an exception exit. */
  private restore(root: number, d: Deopt): void {
    const vm = this.vm;
    vm.frames.length = root + 1;
    d.frames.forEach((rf, k) => {
      const code = vm.program.codes[rf.code]!;
      const f = k === 0 ? vm.frames[root]! : new Frame(code);
      if (k === 0 && f.code !== code) throw new Error('deoptimized root frame is not the entered frame');
      f.pc = rf.pc;
      rf.values.forEach((v, j) => (f.regs[j] = v));
      if (k > 0) vm.frames.push(f);
    });
    if (d.exception) vm.raise(d.exception.value);
  }

  private traceLoop(): void {
    const vm = this.vm;
    const root = vm.frames.length - 1;
    const f = vm.frames[root]!;
    const key = greenKey(f.code.index, f.pc);
    const rec = this.jit.startLoop(key);
    const tracer = new HandTracer(vm, rec, root, HandTracer.inputsFor(rec, f));
    const types = rec.inputs.map((i) => i.type as ValueType);
    const end = this.drive(tracer, () => false, (hk) => {
      if (hk === key) {
        const loop = this.jit.closeLoop(rec, tracer.jumpArgs(types));
        if (loop) this.enterCompiled(key);
        return true;
      }
      const other = this.jit.compiledFor(hk);
      if (other) {
        const entry = this.jit.closeToLoop(rec, other, tracer.jumpArgs(other.inputTypes));
        if (entry) this.enterCompiled(hk);
        return true;
      }
      return false;
    });
    if (end) this.jit.abort(rec, end.reason);
    if (end?.error !== undefined) vm.raise(end.error);
  }

  /** Trace the function whose frame was just pushed, from its entry to its return. */
  private traceFunction(): void {
    const vm = this.vm;
    const root = vm.frames.length - 1;
    const f = vm.frames[root]!;
    const key = functionKey(f.code.index);
    const rec = this.jit.startFunction(key);
    const tracer = new HandTracer(vm, rec, root, HandTracer.inputsFor(rec, f));
    const end = this.drive(
      tracer,
      () => {
        this.jit.closeFunction(rec, tracer.snap(vm.frames[root]!));
        return true;
      },
      (hk) => {
        const other = this.jit.compiledFor(hk);
        if (!other) return null;
        if (this.jit.closeToLoop(rec, other, tracer.jumpArgs(other.inputTypes))) this.enterCompiled(hk);
        return true;
      },
    );
    if (end) this.jit.abort(rec, end.reason);
    if (end?.error !== undefined) vm.raise(end.error);
  }

  private runPendingBridge(): void {
    while (this.pendingBridge) {
      const from = this.pendingBridge;
      const exit = from.exit;
      this.pendingBridge = null;
      const vm = this.vm;
      const root = vm.frames.length - 1 - (exit.snapshot.frames().length - 1);
      const start = this.jit.startBridge(from);
      const boxes: Value[][] = start.frames.map((fr: { values: Value[] }) => fr.values.slice());
      const tracer = new HandTracer(vm, start.rec, root, boxes);
      const atReturn = (): boolean => {
        this.jit.closeBridgeAt(start.rec, tracer.snap(vm.frames[root]!));
        return true;
      };
      const end = this.drive(tracer, atReturn, (hk) => {
        const target = this.jit.compiledFor(hk);
        if (!target) return false;
        if (this.jit.closeBridge(start.rec, target, tracer.jumpArgs(target.inputTypes))) this.enterCompiled(hk);
        return true;
      });
      if (end) this.jit.abort(start.rec, end.reason);
      if (end?.error !== undefined) vm.raise(end.error);
    }
  }

  /**
   * Step the tracer until `atHeader` or `atReturn` end the trace (they return true), or the
   * trace ends otherwise: the abort reason, and a guest error to raise if there was one. A
   * header handler returning null means the trace cannot go on past that header.
   */
  private drive(
    tracer: HandTracer,
    atReturn: () => boolean,
    atHeader: (key: number) => boolean | null,
  ): { reason: string; error?: unknown } | null {
    try {
      for (;;) {
        const r = tracer.step();
        switch (r.kind) {
          case 'continue':
            continue;
          case 'abort':
            return r.error !== undefined ? { reason: r.reason, error: r.error } : { reason: r.reason };
          case 'return':
            if (atReturn()) return null;
            return { reason: 'returned from the traced frame' };
          case 'header': {
            const done = atHeader(greenKey(r.code.index, r.pc));
            if (done === null) return { reason: 'reached a loop that is not compiled' };
            if (done) return null;
          }
        }
      }
    } catch (e) {
      if (e instanceof TraceTooLong) return { reason: 'trace too long' };
      throw e;
    }
  }
}
