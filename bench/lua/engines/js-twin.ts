/**
 * The JavaScript engine: not Lua at all, but the program's hand-written JavaScript twin
 * (js/NAME.ts), as the measure of what the same algorithm costs in plain JavaScript. Its line
 * gets the newline that Lua's print would add.
 */

import type { LuaEngine, RunJob } from './engine.js';

export const jsTwinEngine: LuaEngine = {
  name: 'js',
  label: 'JS twin',
  run(job: RunJob): string {
    return job.program.js(job.size) + '\n';
  },
};
