/**
 * `npm start`: the JIT at work on the hand-traced sample VM.
 *
 * Each sample program runs with the JIT off (the plain interpreter) and on, interleaved, three
 * times each; the table shows medians, the speed-up, and what the JIT did. Then the optimized
 * trace of one loop is printed in the textual trace format, and the statistics as JSON.
 * Output is checked: the JIT's output must equal the interpreter's, or the demo fails loudly.
 */

import { Jit } from '../../runtime/driver/jit.js';
import { formatEvent } from '../../runtime/driver/log.js';
import { assemble } from './assembler.js';
import { Pair } from './bytecode.js';
import { Interpreter } from './interpreter.js';
import { JitVM } from './jitvm.js';
import { PROGRAMS, type ProgramName } from './programs.js';
import { guestDiv } from './interpreter.js';
import { newZeroArray, vmPrint } from './tracer.js';

/** The programs shown (fib is left out: see the README's known limits on recursion). */
const SIZES: Partial<Record<ProgramName, number>> = {
  sum: 10_000_000,
  pairs: 3_000_000,
  calls: 3_000_000,
  branches: 3_000_000,
  errors: 3_000_000,
  sieve: 1_000_000,
  poly: 3_000_000,
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function runInterp(name: ProgramName): { ms: number; out: string[] } {
  const vm = new Interpreter(assemble(PROGRAMS[name], `${name}.asm`));
  vm.start([SIZES[name]!]);
  const t0 = performance.now();
  vm.run();
  return { ms: performance.now() - t0, out: vm.out };
}

function runJit(name: ProgramName): { ms: number; out: string[]; jit: Jit } {
  const jit = new Jit({ loopThreshold: 200, bridgeThreshold: 50 });
  const vm = new JitVM(assemble(PROGRAMS[name], `${name}.asm`), jit);
  const t0 = performance.now();
  vm.run([SIZES[name]!]);
  return { ms: performance.now() - t0, out: vm.vm.out, jit };
}

function main(): void {
  console.log('metajit demo: a register VM with a hand-written tracer (what the transformer generates)\n');
  const rows: string[][] = [['program', 'n', 'interpreter ms', 'JIT ms', 'speed-up', 'loops', 'functions', 'bridges', 'aborts', 'guard exits', 'recorded ops', 'optimized ops']];
  let shown: Jit | null = null;
  for (const name of Object.keys(SIZES) as ProgramName[]) {
    const ti: number[] = [];
    const tj: number[] = [];
    let last: Jit | null = null;
    for (let k = 0; k < 3; k++) {
      const a = runInterp(name);
      const b = runJit(name);
      if (a.out.join('\n') !== b.out.join('\n')) {
        throw new Error(`${name}: JIT output differs from the interpreter's:\n${b.out.join('\n')}\nvs\n${a.out.join('\n')}`);
      }
      ti.push(a.ms);
      tj.push(b.ms);
      last = b.jit;
    }
    const s = last!.stats;
    rows.push([name, String(SIZES[name]), median(ti).toFixed(1), median(tj).toFixed(1), `${(median(ti) / median(tj)).toFixed(1)}x`, String(s.loops), String(s.functions), String(s.bridges), String(s.aborts), String(s.guardFailures), String(s.recordedOps), String(s.optimizedOps)]);
    if (name === 'pairs') shown = last;
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  '));
  console.log('\n(medians of 3 interleaved runs; JIT times include tracing, optimizing and compiling)\n');
  if (shown) {
    const names = new Map<unknown, string>([[Pair, 'Pair'], [guestDiv, 'guestDiv'], [vmPrint, 'vmPrint'], [newZeroArray, 'newZeroArray'], [Array, 'Array']]);
    const ev = shown.log.events.find((e) => e.kind === 'loop');
    if (ev) {
      console.log('What the JIT compiled for `pairs` (boxed values: the pair allocated every iteration is gone):\n');
      console.log(formatEvent(ev, names));
    }
    const { traces: _traces, ...summary } = shown.stats.toJSON();
    console.log('JIT statistics for `pairs`:');
    console.log(JSON.stringify(summary, null, 2));
  }
}

main();
