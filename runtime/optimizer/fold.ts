/**
 * Constant folding with integer bounds.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const foldPass: Pass = {
  name: 'fold',
  description: 'Constant folding with integer bounds',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
