/**
 * Loop peeling: a preamble, then the peeled loop, so invariant work stays in the preamble.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const unrollPass: Pass = {
  name: 'unroll',
  description: 'Loop peeling: a preamble, then the peeled loop, so invariant work stays in the preamble',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
