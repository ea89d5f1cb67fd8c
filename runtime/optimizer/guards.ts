/**
 * Guard strengthening and elimination: known class, value, non-null, bounds.
 * (Placeholder: passes the trace through unchanged until implemented.)
 */

import type { Trace } from '../ir/trace.js';
import type { Pass, PassResult } from './pass.js';

export const guardsPass: Pass = {
  name: 'guards',
  description: 'Guard strengthening and elimination: known class, value, non-null, bounds',
  run(trace: Trace): PassResult {
    return { trace, verdict: 'unchanged' };
  },
};
