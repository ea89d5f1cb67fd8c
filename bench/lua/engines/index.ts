/**
 * The engines the benchmark compares, in column order. Adding a column (the JIT, another peer)
 * is one more entry here; ratios between columns are listed in report.ts.
 */

import type { LuaEngine } from './engine.js';
import { fengariEngine } from './fengari.js';
import { jsTwinEngine } from './js-twin.js';
import { luaVmEngine } from './luavm.js';

export type { LuaEngine, RunJob } from './engine.js';

export const ENGINES: readonly LuaEngine[] = [luaVmEngine, fengariEngine, jsTwinEngine];
