/**
 * The engines the benchmark compares, in column order. Adding a column (the JIT, another peer)
 * is one more entry here; ratios between columns are listed in report.ts.
 */

import type { LuaEngine } from './engine.js';
import { fengariEngine } from './fengari.js';
import { jsTwinEngine } from './js-twin.js';
import { luaJitEngine, luaVmEngine } from './luavm.js';

export type { LuaEngine, RunJob } from './engine.js';

export const ENGINES: readonly LuaEngine[] = [luaVmEngine, fengariEngine, jsTwinEngine, luaJitEngine];

/**
 * The columns a run has unless `--engines` says otherwise: the plain interpreter, its peer and
 * the JavaScript twin. The JIT column is asked for by name (`--engines vm,jit`): the JIT's
 * work on the Lua VM has only begun, and its slow cases make a full run much longer.
 */
export const DEFAULT_ENGINES: readonly LuaEngine[] = [luaVmEngine, fengariEngine, jsTwinEngine];
