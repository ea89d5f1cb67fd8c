/**
 * JIT statistics: counters and per-phase times, one JSON object for reports and benchmarks.
 *
 * Phases are timed where they start and end in the driver (one `performance.now()` pair per
 * trace, per compilation, per entry into compiled code, per deoptimization), never per guest
 * operation, so measuring costs nothing measurable. Tracing time is recording only: the time
 * between the start of a trace and its end (loop closed, bridge closed or aborted), minus
 * nothing else, because optimizing and compiling happen after the trace ends.
 */

import { combineDigests } from './digest.js';

export type Phase = 'tracing' | 'optimizing' | 'compiling' | 'running' | 'deoptimizing';

export interface TraceRecord {
  /** A loop, a function trace (from a function's entry to its return), or a bridge. */
  readonly kind: 'loop' | 'function' | 'bridge';
  /** Loop number (for bridges: the loop whose guard it extends). */
  readonly loop: number;
  /** For bridges: the exit id it hangs off. */
  readonly exit?: number;
  readonly recordedOps: number;
  readonly optimizedOps: number;
  readonly resumeBytes: number;
  readonly digest: string;
}

export interface StatsJSON {
  tracingMs: number;
  optimizeMs: number;
  backendMs: number;
  runningMs: number;
  deoptMs: number;
  recordedOps: number;
  optimizedOps: number;
  resumeBytes: number;
  loops: number;
  functions: number;
  bridges: number;
  aborts: number;
  guardFailures: number;
  exceptionExits: number;
  compiledEntries: number;
  traceDigest: string;
  traces: TraceRecord[];
  abortReasons: Record<string, number>;
}

export class JitStats {
  readonly ms: Record<Phase, number> = { tracing: 0, optimizing: 0, compiling: 0, running: 0, deoptimizing: 0 };
  recordedOps = 0;
  optimizedOps = 0;
  resumeBytes = 0;
  loops = 0;
  functions = 0;
  bridges = 0;
  aborts = 0;
  /** Guard exits that left compiled code (bridged failures stay in compiled code). */
  guardFailures = 0;
  /** Exceptions thrown by residual calls in compiled code, handed back to the interpreter. */
  exceptionExits = 0;
  /** How many times compiled code was entered from the interpreter. */
  compiledEntries = 0;
  readonly traces: TraceRecord[] = [];
  readonly abortReasons = new Map<string, number>();

  add(phase: Phase, ms: number): void {
    this.ms[phase] += ms;
  }

  addTrace(r: TraceRecord): void {
    this.traces.push(r);
    this.recordedOps += r.recordedOps;
    this.optimizedOps += r.optimizedOps;
    this.resumeBytes += r.resumeBytes;
    if (r.kind === 'loop') this.loops++;
    else if (r.kind === 'function') this.functions++;
    else this.bridges++;
  }

  addAbort(reason: string): void {
    this.aborts++;
    this.abortReasons.set(reason, (this.abortReasons.get(reason) ?? 0) + 1);
  }

  /** One digest over all optimized traces, in compilation order. */
  traceDigest(): string {
    return combineDigests(this.traces.map((t) => t.digest));
  }

  toJSON(): StatsJSON {
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    return {
      tracingMs: round(this.ms.tracing),
      optimizeMs: round(this.ms.optimizing),
      backendMs: round(this.ms.compiling),
      runningMs: round(this.ms.running),
      deoptMs: round(this.ms.deoptimizing),
      recordedOps: this.recordedOps,
      optimizedOps: this.optimizedOps,
      resumeBytes: this.resumeBytes,
      loops: this.loops,
      functions: this.functions,
      bridges: this.bridges,
      aborts: this.aborts,
      guardFailures: this.guardFailures,
      exceptionExits: this.exceptionExits,
      compiledEntries: this.compiledEntries,
      traceDigest: this.traceDigest(),
      traces: [...this.traces],
      abortReasons: Object.fromEntries(this.abortReasons),
    };
  }
}
