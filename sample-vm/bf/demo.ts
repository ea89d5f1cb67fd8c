/**
 * `npm start` (second part): the Brainfuck tutorial VM through the JIT the transformer made.
 *
 * Each program runs with the plain interpreter (interpreter.ts, exactly as written), and with
 * the JIT-enabled module generated from it (interpreter.jit.ts) using the generic tracer and
 * the generated tracers, interleaved, three times each; the table shows medians, speed-ups,
 * what the JIT did, and whether both tracers produced the same optimized traces (digest).
 * Every output is checked against the plain interpreter's: a difference fails the demo.
 */

import { join } from 'node:path';
import type { TracerMode } from '../../runtime/hints/index.js';
import * as plain from './interpreter.js';
import * as jitted from './interpreter.jit.js';
import { BufferIO, latin1 } from './io.js';
import { readProgramFiles } from './files.js';
import { parse } from './program.js';

const PROGRAMS = ['kernel', 'primes', 'rot13', 'wc'];
const ROUNDS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Run {
  ms: number;
  out: string;
  stats?: ReturnType<jitted.BfMachine['driver']['stats']>;
}

function run(name: string, way: 'interp' | TracerMode): Run {
  const { source, input } = readProgramFiles(join(process.cwd(), 'bench/bf'), name);
  const io = new BufferIO(latin1(input));
  const program = parse(source, `${name}.b`);
  const t0 = performance.now();
  if (way === 'interp') {
    new plain.BfMachine(program, io).run();
    return { ms: performance.now() - t0, out: io.text() };
  }
  const m = new jitted.BfMachine(program, io, { tracer: way });
  m.run();
  return { ms: performance.now() - t0, out: io.text(), stats: m.driver.stats() };
}

function main(): void {
  console.log('\nThe Brainfuck VM (sample-vm/bf): plain interpreter vs. the JIT the transformer generated\n');
  const header = ['program', 'interp ms', 'generic ms', 'generated ms', 'speed-up', 'loops', 'bridges', 'recorded ops', 'same traces'];
  const rows: string[][] = [header];
  for (const name of PROGRAMS) {
    const times: Record<'interp' | TracerMode, number[]> = { interp: [], generic: [], generated: [] };
    const last: Partial<Record<'interp' | TracerMode, Run>> = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const way of ['interp', 'generic', 'generated'] as const) {
        const x = run(name, way);
        if (last.interp && x.out !== last.interp.out) throw new Error(`${name}: the ${way} run printed something else than the interpreter`);
        times[way].push(x.ms);
        last[way] = x;
      }
    }
    const g = last.generic!.stats!;
    const d = last.generated!.stats!;
    const best = Math.min(median(times.generic), median(times.generated));
    rows.push([
      name,
      median(times.interp).toFixed(0),
      median(times.generic).toFixed(0),
      median(times.generated).toFixed(0),
      `${(median(times.interp) / best).toFixed(1)}x`,
      String(g.loops),
      String(g.bridges),
      String(g.recordedOps),
      g.traceDigest === d.traceDigest ? `yes (${g.traceDigest})` : `NO (${g.traceDigest} / ${d.traceDigest})`,
    ]);
  }
  const widths = header.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  for (const r of rows) console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
  console.log('\nMedians of 3 interleaved runs; JIT times include tracing, optimizing and compiling.');
  console.log('`npm run bench` compares with the programs translated straight to JavaScript, and the tracers\' warm cost.');
}

main();
