/**
 * `npm run bench`: what the JIT itself costs.
 *
 * 1. Recording cost per operation: a synthetic tracer records a loop body of integer
 *    arithmetic, field reads and writes, allocations and guards with snapshots, through the
 *    generic path (`record`, with folding and heap-cache work) and the generated tracers' fast
 *    path (`recordPure`) for the pure part. Reported in nanoseconds per recorded operation.
 * 2. Latency per operation of the phases after recording: optimizing, generating JavaScript,
 *    and compiling it (`new Function` plus the first call, which is when V8 compiles), for
 *    traces of several lengths (the compiled loop is run once, with a state that leaves it at
 *    the first guard, because V8 compiles a function on its first call).
 *
 * Method: every measurement is repeated (interleaving the variants), the median is reported,
 * and the raw medians are printed as JSON after the table. Nothing here is asserted.
 */

import { generateFragment } from '../runtime/backend/codegen.js';
import { compileLoop } from '../runtime/backend/index.js';
import { type Op, type Value, Trace, constInt, constRef, fieldDescr, newOp } from '../runtime/ir/trace.js';
import { optimize } from '../runtime/optimizer/pipeline.js';
import { Recorder } from '../runtime/recorder/index.js';

class Cell {
  value = 0;
  next: Cell | null = null;
}

const VALUE = fieldDescr('value');
const NEXT = fieldDescr('next');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Record `blocks` copies of a loop body; `fast` uses recordPure for the pure arithmetic. */
function recordBody(blocks: number, fast: boolean): Recorder {
  const rec = new Recorder({ limit: 1_000_000 });
  const cell = new Cell();
  const i0 = rec.input('int', 7);
  const r0 = rec.input('ref', cell);
  rec.record('label', [i0, r0]);
  let i: Value = i0;
  const live: Value[] = [i0, r0];
  for (let k = 0; k < blocks; k++) {
    const v = rec.record('getfield', [r0], { type: 'int', descr: VALUE });
    let s: Value;
    if (fast) {
      s = rec.recordPure('int_add', [v, i], (((v as Op).value as number) + ((i as Op).value as number)) | 0);
      const m = rec.recordPure('int_and', [s, constInt(1023)], ((s as Op).value as number) & 1023);
      i = rec.recordPure('int_add', [m, constInt(1)], (((m as Op).value as number) + 1) | 0);
    } else {
      s = rec.record('int_add', [v, i]);
      const m = rec.record('int_and', [s, constInt(1023)]);
      i = rec.record('int_add', [m, constInt(1)]);
    }
    const c = rec.record('int_lt', [v, constInt(1 << 30)]);
    live[0] = i;
    rec.guard('guard_true', [c], rec.snapshot(0, k, live));
    rec.record('setfield', [r0, s], { descr: VALUE });
    const box = rec.record('new', [constRef(Cell)]);
    rec.record('setfield', [box, i], { descr: VALUE });
    rec.record('setfield', [box, constRef(null)], { descr: NEXT });
  }
  return rec;
}

function loopTrace(blocks: number): Trace {
  const rec = recordBody(blocks, false);
  const label = rec.ops[0]!;
  return new Trace(rec.inputs, [...rec.ops, newOp('jump', [...label.args])]);
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function main(): void {
  const runs = 7;
  // Warm up the recorder, optimizer and backend code itself.
  for (let k = 0; k < 200; k++) {
    recordBody(200, false);
    recordBody(200, true);
    compileLoop(optimize(loopTrace(50)).trace, 100000 + k);
  }

  const recording: Array<{ variant: string; nsPerOp: number }> = [];
  const slow: number[] = [];
  const fast: number[] = [];
  let opsSlow = 0;
  let opsFast = 0;
  for (let r = 0; r < runs; r++) {
    let rec: Recorder | null = null;
    slow.push(time(() => (rec = recordBody(2000, false))));
    opsSlow = rec!.recordedCount;
    fast.push(time(() => (rec = recordBody(2000, true))));
    opsFast = rec!.recordedCount;
  }
  recording.push({ variant: 'record (generic path)', nsPerOp: (median(slow) * 1e6) / opsSlow });
  recording.push({ variant: 'recordPure for pure ops', nsPerOp: (median(fast) * 1e6) / opsFast });

  const phases: Array<{ ops: number; optimizeUsPerOp: number; generateUsPerOp: number; compileUsPerOp: number; optimizedOps: number }> = [];
  let loopNo = 200000;
  for (const blocks of [10, 100, 600]) {
    const opt: number[] = [];
    const gen: number[] = [];
    const comp: number[] = [];
    let n = 0;
    let optimizedOps = 0;
    for (let r = 0; r < runs; r++) {
      const t = loopTrace(blocks);
      n = t.ops.length;
      let o: Trace | null = null;
      opt.push(time(() => (o = optimize(t).trace)));
      optimizedOps = o!.ops.length;
      gen.push(time(() => generateFragment(o!, { name: `loop_${loopNo}`, sourceURL: `metajit://loop-${loopNo}.js`, selfLoop: loopNo, exitLoop: loopNo })));
      const total = time(() => {
        const frag = compileLoop(o!, loopNo++);
        const cell = new Cell();
        cell.value = (1 << 30) + 5; // fails the first guard: one run compiles the function and leaves
        frag.fn([0, cell]);
      });
      comp.push(Math.max(0, total - median(gen)));
    }
    phases.push({ ops: n, optimizeUsPerOp: (median(opt) * 1000) / n, generateUsPerOp: (median(gen) * 1000) / n, compileUsPerOp: (median(comp) * 1000) / n, optimizedOps });
  }

  console.log('## Recording cost (median of %d runs, %d recorded ops per run)\n', runs, opsSlow);
  console.log('| path | ns per recorded op |\n| --- | ---: |');
  for (const r of recording) console.log(`| ${r.variant} | ${r.nsPerOp.toFixed(1)} |`);
  console.log('\n## Latency after recording, per recorded op (median of %d runs)\n', runs);
  console.log('| recorded ops | optimized ops | optimize µs/op | generate JS µs/op | compile + first run µs/op |\n| ---: | ---: | ---: | ---: | ---: |');
  for (const p of phases) {
    console.log(`| ${p.ops} | ${p.optimizedOps} | ${p.optimizeUsPerOp.toFixed(2)} | ${p.generateUsPerOp.toFixed(2)} | ${p.compileUsPerOp.toFixed(2)} |`);
  }
  console.log('\n```json\n' + JSON.stringify({ node: process.version, recording, phases }, null, 2) + '\n```');
}

main();
