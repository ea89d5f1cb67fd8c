/**
 * The engines of this project: the program on `LuaVM` (sample-vm/lua), the plain interpreter
 * (JIT off), or the JIT-enabled interpreter the transformer generated from it (the generated
 * tracer). A fresh VM per run; the size, a string as `lua NAME.lua SIZE` passes it, is both the
 * main chunk's vararg and `arg[1]`.
 */

import { LuaVM } from '../../../sample-vm/lua/index.js';
import type { LuaEngine, RunJob } from './engine.js';

function luaVm(name: string, label: string, jit: boolean): LuaEngine {
  return {
    name,
    label,
    run(job: RunJob): string {
      const out: string[] = [];
      const args = [String(job.size)];
      const vm = new LuaVM({
        stdout: (s) => {
          out.push(s);
        },
        scriptArgs: { script: job.chunkname.slice(1), args },
        jit,
      });
      vm.runString(job.source, job.chunkname, args);
      return out.join('');
    },
  };
}

export const luaVmEngine: LuaEngine = luaVm('vm', 'LuaVM (interp)', false);
export const luaJitEngine: LuaEngine = luaVm('jit', 'LuaVM (JIT)', true);
