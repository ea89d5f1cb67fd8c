/**
 * The conformance programs through the JIT-enabled Lua interpreter (vm/interpreter.jit.ts,
 * generated from vm/interpreter.ts): with each tracer, and (a quarter of them) with guards
 * failing at random, every
 * program's stdout and uncaught-error report must equal the plain interpreter's, the reference
 * (conformance.test.ts compares that one with lua5.1). Thresholds are low so that the short
 * programs' loops are traced, compiled, left and re-entered; the generic and generated tracers
 * must produce the same traces (equal digests).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JitParams } from '../../runtime/warmup/params.js';
import { LuaVM } from '../../sample-vm/lua/index.js';
import { runLuaFile, type LuaRunResult } from './support/run-lua.js';

const ROOT = path.join(__dirname, 'conformance');
const ERRORS = path.join(ROOT, 'errors');
const TIMEOUT_MS = 120_000;
const LOW: Partial<JitParams> = { loopThreshold: 3, bridgeThreshold: 4, functionThreshold: 3 };
/**
 * Random guard failures (each one a deoptimization, and with a low bridge threshold a bridge
 * compiled for nearly every guard) cost a lot: a quarter of the programs, in turn, run in
 * stress mode, with a bridge threshold that leaves bridges to the exits that really are hot.
 */
const STRESS: Partial<JitParams> = { ...LOW, bridgeThreshold: 40, stressGuardFailures: 0.01, stressSeed: 7 };
const STRESS_EVERY = 4;

const programs = [
  ...fs.readdirSync(ROOT).filter((f) => f.endsWith('.lua')).map((f) => path.join(ROOT, f)),
  ...fs.readdirSync(ERRORS).filter((f) => f.endsWith('.lua')).map((f) => path.join(ERRORS, f)),
].sort();

function outcome(r: LuaRunResult): { stdout: string; error: string | undefined } {
  return { stdout: r.stdout, error: r.error };
}

describe('conformance programs: the JIT-enabled interpreter agrees with the plain one', () => {
  programs.forEach((file, k) => {
    const name = path.relative(ROOT, file);
    const stress = k % STRESS_EVERY === 0;
    test(
      stress ? `${name} (and under random guard failures)` : name,
      () => {
        const reference = outcome(runLuaFile(file));
        expect(outcome(runLuaFile(file, { jit: true, tracer: 'generic', params: LOW }))).toEqual(reference);
        expect(outcome(runLuaFile(file, { jit: true, tracer: 'generated', params: LOW }))).toEqual(reference);
        if (stress) expect(outcome(runLuaFile(file, { jit: true, tracer: 'generated', params: STRESS }))).toEqual(reference);
      },
      TIMEOUT_MS,
    );
  });
});

describe('the two tracers produce the same traces', () => {
  const LOOPS = `
    local t = {}
    for i = 1, 300 do t[i] = i * 2 end
    local s = 0
    for i = 1, #t do if t[i] % 3 == 0 then s = s + t[i] else s = s - 1 end end
    local obj = setmetatable({ n = 0 }, { __index = { inc = function(self, k) self.n = self.n + k end } })
    for i = 1, 200 do obj:inc(i % 7) end
    local parts = {}
    for w in ("a b c d e f g h"):gmatch("%a") do parts[#parts + 1] = w:upper() end
    print(s, obj.n, table.concat(parts))
  `;

  function run(tracer: 'generic' | 'generated'): { out: string; digest: string; loops: number } {
    const out: string[] = [];
    const vm = new LuaVM({ stdout: (s) => void out.push(s), jit: true, tracer, params: LOW });
    vm.runString(LOOPS, '=loops');
    const stats = vm.interpreter.driver.stats();
    return { out: out.join(''), digest: stats.traceDigest, loops: stats.loops };
  }

  it('traces loops and agrees on the digest', () => {
    const generic = run('generic');
    const generated = run('generated');
    expect(generated.out).toBe('30100\t598\tABCDEFGH\n');
    expect(generic.out).toBe(generated.out);
    expect(generated.loops).toBeGreaterThan(0);
    expect(generated.digest).toBe(generic.digest);
  });
});

describe('trace limits', () => {
  // A loop calling a Lua function: after the callee returns, the merge point's greens (pc,
  // proto) come from the frame and are promoted there, so some limits are hit at that promotion.
  const CALLS = `
    local function f(x) return x + 1 end
    local s = 0
    for i = 1, 3000 do s = f(s) + i end
    print(s)
  `;

  it('a trace too long at any point, a merge point included, aborts and the program runs on', () => {
    const aborted: number[] = [];
    for (let limit = 5; limit <= 120; limit++) {
      const out: string[] = [];
      const vm = new LuaVM({ stdout: (s) => void out.push(s), jit: true, params: { ...LOW, traceLimit: limit } });
      vm.runString(CALLS, '=calls');
      expect([limit, out.join('')]).toEqual([limit, '4504500\n']);
      if (Object.keys(vm.interpreter.driver.stats().abortReasons).some((r) => /too long/.test(r))) aborted.push(limit);
    }
    expect(aborted.length).toBeGreaterThan(50);
  });
});
