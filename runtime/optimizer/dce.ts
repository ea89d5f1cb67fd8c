/**
 * Dead code elimination.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const dcePass: Pass = {
  name: 'dce',
  description: 'Dead code elimination',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
