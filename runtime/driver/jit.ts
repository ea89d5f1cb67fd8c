/**
 * The JIT driver: the one object an embedder (a hand-written tracer, or the code the metajit
 * transformer generates) talks to. It owns the life cycle of traces and compiled code:
 *
 *     loop header ─► hot? ─► startLoop ─► (tracer records) ─► closeLoop / closeToLoop / abort
 *         │                                   optimize ─► compile ─► encode resume data
 *         └► compiled? ─► enter ─► compiled code ─► exit ─► deoptimize ─► frames for the embedder
 *                                      └► guard hot? ─► startBridge ─► closeBridge (attached)
 *
 * Invariants:
 * - At most one trace is being recorded at a time (`recording`); a second start is an error.
 * - Tracing time is measured from start to close/abort: recording only. Optimizing, compiling
 *   and resume encoding are timed separately, as are running and deoptimizing.
 * - Compiled code is entered only when the concrete inputs have the loop's input types
 *   (`valueHasType`): a register that held an integer when the loop was traced may hold a string
 *   now, and then the interpreter runs instead.
 * - Every entry gets a fresh state array, so compiled code that re-enters the interpreter through
 *   a residual call, which enters compiled code again, never clobbers its caller's state.
 * - When the host refuses code generation, the driver warns once (through the backend) and
 *   behaves as if the JIT were off: nothing is counted or traced.
 */

import { CompiledCode, type CompiledFragment, CodegenUnavailableError, codegenAvailable, compileBridge, compileLoop, runCompiled } from '../backend/index.js';
import { type FrameSnapshot, type Op, Trace, type Value, newOp, targetDescr } from '../ir/trace.js';
import { valueHasType, type ValueType } from '../ir/types.js';
import { optimize } from '../optimizer/pipeline.js';
import { Recorder } from '../recorder/index.js';
import { type BridgeStart, rebuildForBridge } from '../resume/bridge.js';
import { deoptimize } from '../resume/deopt.js';
import { ResumeEncoder } from '../resume/encoder.js';
import type { Deopt, ExitDescr } from '../resume/exit.js';
import { digestTrace } from '../stats/digest.js';
import { JitStats } from '../stats/stats.js';
import { JitCells, type JitCell } from '../warmup/cells.js';
import { type JitParams, resolveParams, stressCoin } from '../warmup/params.js';
import { JitLog, formatEvent } from './log.js';

/** A loop (or entry trace) compiled for a green key. */
export interface CompiledLoop {
  readonly number: number;
  readonly key: unknown;
  readonly inputTypes: readonly ValueType[];
  readonly fragment: CompiledFragment;
  /** The optimized trace, kept for logs and the trace viewer. */
  readonly trace: Trace;
}

/** What the embedder does at a loop header. */
export const HeaderAction = { Interpret: 0, Trace: 1, Run: 2 } as const;
export type HeaderAction = (typeof HeaderAction)[keyof typeof HeaderAction];

export interface EnterResult extends Deopt {
  /** The state array compiled code left the exit's values in (a bridge starts from it). */
  readonly S: unknown[];
  /** The exit is hot and has no bridge: the embedder should trace one now (`startBridge`). */
  readonly wantsBridge: boolean;
}

type TraceKind = 'loop' | 'function' | 'bridge';

interface Recording {
  readonly rec: Recorder;
  readonly kind: TraceKind;
  readonly cell: JitCell | null;
  readonly exit: ExitDescr | null;
  readonly start: number;
}

export class Jit {
  readonly params: JitParams;
  readonly stats = new JitStats();
  readonly cells = new JitCells();
  readonly code = new CompiledCode();
  readonly loops: CompiledLoop[] = [];
  readonly log = new JitLog();
  private recording: Recording | null = null;
  private readonly stress: (() => boolean) | undefined;

  constructor(params: Partial<JitParams> = {}) {
    this.params = resolveParams(params);
    this.stress = stressCoin(this.params);
    // METAJIT_LOG=1 prints every trace, bridge and abort on stderr as it happens (like PYPYLOG).
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    if (env?.['METAJIT_LOG']) this.log.listener = (e) => console.error(formatEvent(e));
  }

  /** Is the JIT on, and can this host run generated code? */
  get enabled(): boolean {
    return this.params.enabled && codegenAvailable();
  }

  get isRecording(): boolean {
    return this.recording !== null;
  }

  // ---- warm-up --------------------------------------------------------------------------------

  /** Called at a loop header of the interpreter (a backward jump target). */
  loopHeader(key: unknown): HeaderAction {
    if (!this.params.enabled) return HeaderAction.Interpret;
    const cell = this.cells.get(key);
    if (cell.state === 'compiled') return HeaderAction.Run;
    if (this.recording !== null || !JitCells.countLoop(cell, this.params)) return HeaderAction.Interpret;
    return this.enabled ? HeaderAction.Trace : HeaderAction.Interpret;
  }

  /** Called on entry to an interpreted function; true when it is hot enough to trace. */
  functionEntry(key: unknown): boolean {
    if (!this.params.enabled || this.recording !== null) return false;
    const cell = this.cells.get(key);
    return JitCells.countEntry(cell, this.params) && this.enabled;
  }

  /**
   * Is `key` the header of a loop that is counted but not compiled, and worth waiting for
   * (JitCells.awaitsCompilation)? A trace reaching it met an inner loop: see `primeInnerLoop`.
   */
  isColdLoopHeader(key: unknown): boolean {
    const c = this.cells.peek(key);
    return c !== undefined && JitCells.awaitsCompilation(c, this.params);
  }

  /** Have the loop at `key` traced at its next back edge (JitCells.prime). */
  primeInnerLoop(key: unknown): void {
    const c = this.cells.peek(key);
    if (c) JitCells.prime(c, this.params);
  }

  /** The compiled loop for a key, if any. */
  compiledFor(key: unknown): CompiledLoop | undefined {
    const c = this.cells.peek(key);
    return c && c.state === 'compiled' ? this.loops[c.loop] : undefined;
  }

  // ---- tracing loops ----------------------------------------------------------------------------

  /** Start recording a loop at `key`; the tracer makes the live state the recorder's inputs. */
  startLoop(key: unknown): Recorder {
    return this.start(key, 'loop');
  }

  /** Start recording a function trace at its entry `key` (after `functionEntry` said hot). */
  startFunction(key: unknown): Recorder {
    return this.start(key, 'function');
  }

  private start(key: unknown, kind: 'loop' | 'function'): Recorder {
    if (this.recording) throw new Error('metajit: a trace is already being recorded');
    const cell = this.cells.get(key);
    cell.state = 'tracing';
    const rec = new Recorder({ limit: this.params.traceLimit });
    this.recording = { rec, kind, cell, exit: null, start: performance.now() };
    this.log.event({ kind: 'trace-start', key, what: kind });
    return rec;
  }

  /**
   * The tracer came back to the loop's own header: compile `label(inputs) ops jump(jumpArgs)`.
   * `virtualizable_array` markers recorded before the first step stay before the label: they
   * say what the inputs are, not what an iteration does.
   * Returns the compiled loop, or null when compilation was impossible (then the key is treated
   * as an abort).
   */
  closeLoop(rec: Recorder, jumpArgs: Value[]): CompiledLoop | null {
    const r = this.finishRecording(rec, 'loop');
    const inputs = rec.inputs;
    let head = 0;
    while (head < rec.ops.length && rec.ops[head]!.opcode === 'virtualizable_array') head++;
    const ops = [...rec.ops.slice(0, head), newOp('label', [...inputs]), ...rec.ops.slice(head), newOp('jump', jumpArgs)];
    return this.compileAndInstall(r, new Trace(inputs, ops));
  }

  /**
   * A function trace reached the function's return: compile the trace, ending in a `finish`
   * whose snapshot is where the interpreter resumes (typically at the return instruction).
   */
  closeFunction(rec: Recorder, snapshot: FrameSnapshot): CompiledLoop | null {
    const r = this.finishRecording(rec, 'function');
    const ops = [...rec.ops, newOp('finish', [], undefined, null, snapshot)];
    return this.compileAndInstall(r, new Trace(rec.inputs, ops));
  }

  /** The tracer reached the header of another compiled loop: compile a trace that jumps there. */
  closeToLoop(rec: Recorder, target: CompiledLoop, jumpArgs: Value[]): CompiledLoop | null {
    const r = this.finishRecording(rec, null);
    const ops = [...rec.ops, newOp('jump', jumpArgs, undefined, targetDescr(target.number))];
    return this.compileAndInstall(r, new Trace(rec.inputs, ops));
  }

  /**
   * Give up the current trace (too long, a guest exception, an unsupported situation). An abort
   * that is not the trace's fault (`penalize` false: it met an inner loop not compiled yet)
   * sends the key back to counting without bringing it closer to blacklisting.
   */
  abort(rec: Recorder, reason: string, penalize = true): void {
    const r = this.finishRecording(rec, null);
    this.stats.addAbort(reason);
    if (r.cell) {
      if (penalize) JitCells.aborted(r.cell, this.params);
      else JitCells.retry(r.cell);
    }
    if (penalize && r.exit && ++r.exit.bridgeAborts >= this.params.abortLimit) r.exit.bridgeBlacklisted = true;
    this.log.event({ kind: 'abort', reason, key: r.cell?.key, exit: r.exit?.id });
  }

  // ---- running compiled code ------------------------------------------------------------------

  /**
   * Run compiled loop `loop` with the given input values. Returns null (without running
   * anything) when the values do not have the loop's input types; otherwise the deoptimized
   * state at the exit that left compiled code.
   */
  enter(loop: CompiledLoop, inputs: readonly unknown[]): EnterResult | null {
    const types = loop.inputTypes;
    for (let k = 0; k < types.length; k++) if (!valueHasType(inputs[k], types[k]!)) return null;
    const S = inputs.slice();
    this.stats.compiledEntries++;
    const t0 = performance.now();
    let id: number;
    try {
      id = runCompiled(this.code, loop.number, S);
    } finally {
      this.stats.add('running', performance.now() - t0);
    }
    const t1 = performance.now();
    const exit = this.code.exit(id)!;
    if (exit.kind === 'guard') this.stats.guardFailures++;
    else if (exit.kind === 'exception') this.stats.exceptionExits++;
    const deopt = deoptimize(exit, S);
    this.stats.add('deoptimizing', performance.now() - t1);
    const wantsBridge =
      exit.kind === 'guard' && exit.bridge === null && !exit.bridgeBlacklisted && exit.failures >= this.params.bridgeThreshold && this.enabled &&
      // Not while an outer activation records a trace (compiled code ran inside a residual call).
      this.recording === null;
    return { frames: deopt.frames, exception: deopt.exception, exit: deopt.exit, S, wantsBridge };
  }

  // ---- bridges ----------------------------------------------------------------------------------

  /**
   * Start recording a bridge from the hot exit `enter` just left through: the frames hold boxes
   * for the tracer, over the very objects the embedder restored from that deoptimization.
   */
  startBridge(from: EnterResult): BridgeStart {
    const exit = from.exit;
    if (this.recording) throw new Error('metajit: a trace is already being recorded');
    const rec = new Recorder({ limit: this.params.traceLimit });
    this.recording = { rec, kind: 'bridge', cell: null, exit, start: performance.now() };
    this.log.event({ kind: 'bridge-start', exit: exit.id });
    return rebuildForBridge(rec, exit, from.S, from);
  }

  /** The bridge reached the header of a compiled loop: compile it, jumping there, and attach it. */
  closeBridge(rec: Recorder, target: CompiledLoop, jumpArgs: Value[]): boolean {
    return this.finishBridge(rec, newOp('jump', jumpArgs, undefined, targetDescr(target.number)));
  }

  /** The bridge reached a point to leave compiled code at (a return): compile it with a finish. */
  closeBridgeAt(rec: Recorder, snapshot: FrameSnapshot): boolean {
    return this.finishBridge(rec, newOp('finish', [], undefined, null, snapshot));
  }

  private finishBridge(rec: Recorder, last: Op): boolean {
    const r = this.finishRecording(rec, 'bridge');
    const exit = r.exit!;
    const trace = new Trace(rec.inputs, [...rec.ops, last]);
    const recorded = rec.recordedCount;
    const opt = this.optimizeTimed(trace);
    let fragment: CompiledFragment;
    const t0 = performance.now();
    try {
      fragment = compileBridge(opt, exit, { stress: this.stress });
    } catch (e) {
      if (!(e instanceof CodegenUnavailableError)) throw e;
      exit.bridgeBlacklisted = true;
      return false;
    }
    const resumeBytes = this.encodeResume(fragment.exits);
    this.code.attachBridge(exit, fragment);
    this.stats.add('compiling', performance.now() - t0);
    const digest = digestTrace(opt);
    this.stats.addTrace({ kind: 'bridge', loop: exit.loop, exit: exit.id, recordedOps: recorded, optimizedOps: opt.ops.length, resumeBytes, digest });
    this.log.event({ kind: 'bridge', exit: exit.id, loop: exit.loop, trace: opt, source: fragment.source });
    return true;
  }

  // ---- internals --------------------------------------------------------------------------------

  private finishRecording(rec: Recorder, kind: TraceKind | null): Recording {
    const r = this.recording;
    if (!r || r.rec !== rec) throw new Error('metajit: closing a trace that is not being recorded');
    if (kind && r.kind !== kind) throw new Error(`metajit: closing a ${r.kind} trace as a ${kind}`);
    this.recording = null;
    this.stats.add('tracing', performance.now() - r.start);
    return r;
  }

  private optimizeTimed(trace: Trace): Trace {
    const t0 = performance.now();
    const opt = optimize(trace, { disable: this.params.disablePasses }).trace;
    this.stats.add('optimizing', performance.now() - t0);
    return opt;
  }

  private encodeResume(exits: readonly ExitDescr[]): number {
    const enc = new ResumeEncoder();
    for (const e of exits) enc.encode(e);
    return enc.bytes;
  }

  private compileAndInstall(r: Recording, trace: Trace): CompiledLoop | null {
    const cell = r.cell!;
    const recorded = r.rec.recordedCount;
    const inputTypes = trace.inputs.map((i) => i.type as ValueType);
    const opt = this.optimizeTimed(trace);
    const number = this.loops.length;
    const t0 = performance.now();
    let fragment: CompiledFragment;
    try {
      fragment = compileLoop(opt, number, { stress: this.stress });
    } catch (e) {
      if (!(e instanceof CodegenUnavailableError)) throw e;
      JitCells.aborted(cell, this.params);
      return null;
    }
    const resumeBytes = this.encodeResume(fragment.exits);
    this.code.addLoop(number, fragment);
    this.stats.add('compiling', performance.now() - t0);
    const loop: CompiledLoop = { number, key: cell.key, inputTypes, fragment, trace: opt };
    this.loops.push(loop);
    cell.state = 'compiled';
    cell.loop = number;
    this.stats.addTrace({ kind: r.kind === 'function' ? 'function' : 'loop', loop: number, recordedOps: recorded, optimizedOps: opt.ops.length, resumeBytes, digest: digestTrace(opt) });
    this.log.event({ kind: 'loop', loop: number, key: cell.key, trace: opt, source: fragment.source });
    return loop;
  }
}
