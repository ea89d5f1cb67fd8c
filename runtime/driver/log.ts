/**
 * The JIT log: what was traced, aborted, compiled and bridged, as structured events.
 *
 * Events are kept in order (there are few: one per trace, abort or bridge; guard failures are
 * only counted, in the statistics) and also handed to an optional listener as they happen, so
 * an embedder can print them live. `formatEvent` renders one as text: the optimized trace in
 * the textual trace format, which the trace parser reads back.
 */

import { printTrace } from '../ir/printer.js';
import type { Trace } from '../ir/trace.js';

export type JitEvent =
  | { readonly kind: 'trace-start'; readonly key: unknown; readonly what: 'loop' | 'function' }
  | { readonly kind: 'bridge-start'; readonly exit: number }
  | { readonly kind: 'abort'; readonly reason: string; readonly key?: unknown; readonly exit?: number | undefined }
  | { readonly kind: 'loop'; readonly loop: number; readonly key: unknown; readonly trace: Trace; readonly source: string }
  | { readonly kind: 'bridge'; readonly exit: number; readonly loop: number; readonly trace: Trace; readonly source: string };

export class JitLog {
  readonly events: JitEvent[] = [];
  listener: ((e: JitEvent) => void) | null = null;

  event(e: JitEvent): void {
    this.events.push(e);
    if (this.listener) this.listener(e);
  }
}

export function formatEvent(e: JitEvent, names?: ReadonlyMap<unknown, string>): string {
  switch (e.kind) {
    case 'trace-start':
      return `# tracing ${e.what} at ${String(e.key)}`;
    case 'bridge-start':
      return `# tracing bridge from exit ${e.exit}`;
    case 'abort':
      return `# trace aborted (${e.reason})${e.key !== undefined ? ` at ${String(e.key)}` : ''}${e.exit !== undefined ? ` from exit ${e.exit}` : ''}`;
    case 'loop':
      return `# ${e.trace.ops[e.trace.ops.length - 1]?.opcode === 'finish' ? 'function trace' : 'loop'} ${e.loop} at ${String(e.key)}, ${e.trace.ops.length} ops\n${printTrace(e.trace, names ? { names } : {})}`;
    case 'bridge':
      return `# bridge from exit ${e.exit} of loop ${e.loop}, ${e.trace.ops.length} ops\n${printTrace(e.trace, names ? { names } : {})}`;
  }
}
