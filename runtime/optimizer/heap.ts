/**
 * Heap optimization: load/store forwarding, dead stores.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const heapPass: Pass = {
  name: 'heap',
  description: 'Heap optimization: load/store forwarding, dead stores',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
