/**
 * The engine of this project: the program on `LuaVM` (sample-vm/lua), the plain interpreter
 * with the JIT off. A fresh VM per run; the size, a string as `lua NAME.lua SIZE` passes it,
 * is both the main chunk's vararg and `arg[1]`.
 */

import { LuaVM } from '../../../sample-vm/lua/index.js';
import type { LuaEngine, RunJob } from './engine.js';

export const luaVmEngine: LuaEngine = {
  name: 'vm',
  label: 'LuaVM (interp)',
  run(job: RunJob): string {
    const out: string[] = [];
    const args = [String(job.size)];
    const vm = new LuaVM({
      stdout: (s) => {
        out.push(s);
      },
      scriptArgs: { script: job.chunkname.slice(1), args },
    });
    vm.runString(job.source, job.chunkname, args);
    return out.join('');
  },
};
