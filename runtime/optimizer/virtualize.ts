/**
 * Allocation removal: virtual objects and arrays, forced at escapes.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const virtualizePass: Pass = {
  name: 'virtualize',
  description: 'Allocation removal: virtual objects and arrays, forced at escapes',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
