/**
 * Every tunable number of the JIT, with RPython's defaults where a counterpart exists.
 *
 * The embedder passes a partial object; `resolveParams` fills in the rest and rejects nonsense
 * (a negative threshold, a trace limit of zero) with a message naming the parameter, so a typo
 * in a configuration cannot silently disable the JIT.
 */

import type { PassName } from '../optimizer/pass.js';
import { DEFAULT_TRACE_LIMIT } from '../recorder/core.js';

export interface JitParams {
  /** The JIT-off switch: when false nothing is counted, traced or compiled. */
  readonly enabled: boolean;
  /** Loop-header executions before a loop is traced (RPython: 1039). */
  readonly loopThreshold: number;
  /** Function entries before a function is traced from its entry (RPython: 1619). */
  readonly functionThreshold: number;
  /** Failures of one guard before a bridge is traced from it (RPython: 200). */
  readonly bridgeThreshold: number;
  /** Recorded operations after which tracing aborts (RPython: 6000; see DEFAULT_TRACE_LIMIT). */
  readonly traceLimit: number;
  /** Aborted traces at one green key before the key is blacklisted for good. */
  readonly abortLimit: number;
  /** Optimizer passes to switch off, by name. */
  readonly disablePasses: readonly PassName[];
  /**
   * Stress testing: the probability (0 to 1) that any guard of compiled code fails even though
   * its condition holds. Results must not change; only speed does. 0 in production.
   */
  readonly stressGuardFailures: number;
  /** Seed of the stress mode's random numbers, so a failing run can be repeated. */
  readonly stressSeed: number;
}

export const DEFAULT_PARAMS: JitParams = Object.freeze({
  enabled: true,
  loopThreshold: 1039,
  functionThreshold: 1619,
  bridgeThreshold: 200,
  traceLimit: DEFAULT_TRACE_LIMIT,
  abortLimit: 3,
  disablePasses: [],
  stressGuardFailures: 0,
  stressSeed: 1,
});

const POSITIVE = ['loopThreshold', 'functionThreshold', 'bridgeThreshold', 'traceLimit', 'abortLimit'] as const;

export function resolveParams(given: Partial<JitParams> = {}): JitParams {
  for (const key of Object.keys(given)) {
    if (!(key in DEFAULT_PARAMS)) throw new Error(`unknown JIT parameter '${key}' (known: ${Object.keys(DEFAULT_PARAMS).join(', ')})`);
  }
  const p: JitParams = { ...DEFAULT_PARAMS, ...given };
  for (const key of POSITIVE) {
    const v = p[key];
    if (!Number.isInteger(v) || v < 1) throw new Error(`JIT parameter '${key}' must be a positive integer, got ${String(v)}`);
  }
  if (!(p.stressGuardFailures >= 0 && p.stressGuardFailures <= 1)) {
    throw new Error(`JIT parameter 'stressGuardFailures' must be a probability from 0 to 1, got ${String(p.stressGuardFailures)}`);
  }
  if (!Number.isInteger(p.stressSeed)) throw new Error(`JIT parameter 'stressSeed' must be an integer, got ${String(p.stressSeed)}`);
  return p;
}

/** The stress mode's coin: a seeded xorshift generator, or undefined when stress is off. */
export function stressCoin(p: JitParams): (() => boolean) | undefined {
  const rate = p.stressGuardFailures;
  if (rate === 0) return undefined;
  let x = p.stressSeed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296 < rate;
  };
}
