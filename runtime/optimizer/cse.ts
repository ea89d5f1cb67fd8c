/**
 * Common-subexpression elimination of pure operations (pure calls included).
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const csePass: Pass = {
  name: 'cse',
  description: 'Common-subexpression elimination of pure operations (pure calls included)',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
