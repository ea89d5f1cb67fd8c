/**
 * `JitDriver`: where the interpreter tells the JIT about its loop, as RPython's JitDriver does.
 *
 *     const driver = new JitDriver({ name: 'bf', greens: ['pc', 'program'], reds: ['tape'] });
 *     for (;;) {
 *       driver.mergePoint({ pc, program, tape });            // top of the dispatch loop
 *       ...
 *       if (jumpsBack) driver.canEnterJit({ pc, program, tape });   // at a guest backward jump
 *     }
 *
 * Greens identify a position in the guest program (they are constants in a trace); reds are the
 * rest of the live state. The arguments are one object whose keys are exactly the greens and
 * reds, so the transformer can read them from the source, and the same call type-checks.
 *
 * Without the transformer both calls do nothing (the plain interpreter). With it, they become
 * the calls into the JIT runtime that count, trace and enter compiled code; the driver then
 * owns the `Jit` and its parameters (`configure`, `stats`).
 */

import { Jit } from '../driver/jit.js';
import { type PortalDescr, type PortalOutcome, PortalRunner, genericStepTracer } from '../driver/portal.js';
import type { JitParams } from '../warmup/params.js';

export type TracerMode = 'generated' | 'generic';

export interface JitDriverOptions<G extends string, R extends string> {
  /** A name for logs and statistics. */
  readonly name?: string;
  readonly greens: readonly G[];
  readonly reds: readonly R[];
  /**
   * Reds the JIT may keep in registers (RPython's virtualizables), each one of:
   * - a frame: its class carries `@jit.virtualizable('f', ...)`; the listed fields live in
   *   registers while tracing and in compiled code, and are written back to the frame around
   *   calls, `return` and `raise`;
   * - an array virtualizable (RPython's `regs[*]`): the red's static type is a JavaScript array
   *   (`T[]`; not `readonly T[]`, a tuple or a typed array), no decorator needed. Its items read
   *   or written at constant indices live in registers of compiled loops, stores sunk to the
   *   loops' exits; the interpreter keeps using the array as it is.
   * The transformer checks which (a red of another type is a build error).
   */
  readonly virtualizables?: readonly R[];
}

export class JitDriver<G extends string = string, R extends string = string> {
  readonly name: string;
  readonly greens: readonly G[];
  readonly reds: readonly R[];
  readonly virtualizables: readonly R[];
  private params: Partial<JitParams> = {};
  private tracerMode: TracerMode = 'generated';
  private jitInstance: Jit | null = null;
  private runner: PortalRunner | null = null;
  private runnerOf: PortalDescr | null = null;
  private tracerUsed: TracerMode | null = null;

  constructor(opts: JitDriverOptions<G, R>) {
    const names = [...opts.greens, ...opts.reds];
    if (opts.greens.length === 0) throw new TypeError('a JitDriver needs at least one green (the guest program position)');
    const dup = names.find((n, k) => names.indexOf(n) !== k);
    if (dup !== undefined) throw new TypeError(`'${dup}' is listed twice in the JitDriver's greens and reds`);
    for (const v of opts.virtualizables ?? []) {
      if (!opts.reds.includes(v)) throw new TypeError(`virtualizable '${v}' must be one of the reds`);
    }
    this.name = opts.name ?? 'jit';
    this.greens = opts.greens;
    this.reds = opts.reds;
    this.virtualizables = opts.virtualizables ?? [];
  }

  /** Top of the dispatch loop. A no-op in the plain interpreter. */
  mergePoint(_live: { readonly [K in G | R]: unknown }): void {}

  /** At a guest backward jump (a loop header follows). A no-op in the plain interpreter. */
  canEnterJit(_live: { readonly [K in G | R]: unknown }): void {}

  /**
   * The transformer's glue at `canEnterJit`: the merge-point values (receiver, greens, reds, in
   * the portal's order) the dispatch loop is about to start over with. Null: keep interpreting;
   * otherwise where the loop goes on after the JIT ran (see runtime/driver/portal.ts).
   */
  backEdge(portal: PortalDescr, values: unknown[]): PortalOutcome | null {
    const runner = this.runnerOf === portal ? this.runner! : this.attach(portal);
    return runner.backEdge(values);
  }

  private attach(portal: PortalDescr): PortalRunner {
    const layout = portal.layout();
    const generated = this.tracerMode === 'generated' && portal.generated !== undefined;
    const tracer = generated ? portal.generated!(layout) : genericStepTracer(layout);
    this.tracerUsed = generated ? 'generated' : 'generic';
    this.runner = new PortalRunner(this.jit, layout, tracer);
    this.runnerOf = portal;
    return this.runner;
  }

  /** Set JIT parameters and the tracer mode before the interpreter runs. */
  configure(opts: { readonly params?: Partial<JitParams>; readonly tracer?: TracerMode }): void {
    if (this.jitInstance) throw new Error('configure the JitDriver before the interpreter starts');
    if (opts.params) this.params = { ...this.params, ...opts.params };
    if (opts.tracer) this.tracerMode = opts.tracer;
  }

  /** The portal runner, once the JIT has started (for tools and benchmarks); null before. */
  get portal(): PortalRunner | null {
    return this.runner;
  }

  /** The tracer mode asked for (`configure`). */
  get tracer(): TracerMode {
    return this.tracerMode;
  }

  /**
   * The tracer actually tracing, once the JIT has started: the generated one when asked for
   * and the build emitted generated tracers, else the generic one. Null before the first back
   * edge reached the JIT.
   */
  get tracerInUse(): TracerMode | null {
    return this.tracerUsed;
  }

  /** The JIT behind this driver (created on first use with the configured parameters). */
  get jit(): Jit {
    return (this.jitInstance ??= new Jit(this.params));
  }

  /** The JIT's statistics as one JSON object (all zero in the plain interpreter). */
  stats(): ReturnType<Jit['stats']['toJSON']> {
    return this.jit.stats.toJSON();
  }
}
