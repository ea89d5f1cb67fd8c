/**
 * `npm run bench` (part 3): what tracing one step of the Brainfuck portal costs, warm, with the
 * generic tracer and with the generated one.
 *
 * Tracing time in a whole run (bench/bf/run.ts) is a few milliseconds, most of it V8 warming up
 * the tracer's own code, so it is noise. Here each tracer records the same step sequence many
 * times: for each program, the JIT-enabled machine runs once to create its portal runner, then
 * `STEPS` steps from the program's start are traced into a fresh recorder per repetition (on a
 * fresh machine state each time), alternating the two tracers, and the median time per step is
 * reported with the recorded operation counts, which must be equal.
 *
 * Resume data generation (the paper's second figure: the part of tracing spent capturing the
 * snapshots that resume data is made from) is measured by difference: each round also traces
 * the same steps with `Recorder.capturing` off, where the tracers gather no live values and
 * take no snapshots, and the cost is the median over rounds of (with - without). The generic
 * tracer decodes each liveness list from the jitcode at run time and copies the live boxes; the
 * generated one has the list compiled into an array literal that the snapshot keeps as it is.
 */

import { join } from 'node:path';
import { MergeResult } from '../../runtime/jitcode/merge.js';
import { type PortalRunner, genericStepTracer, type StepTracer } from '../../runtime/driver/portal.js';
import type { Value } from '../../runtime/ir/trace.js';
import { Recorder } from '../../runtime/recorder/index.js';
import { BfMachine } from '../../sample-vm/bf/interpreter.jit.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { parse } from '../../sample-vm/bf/program.js';
import { readProgramFiles } from '../../sample-vm/bf/files.js';
import { geomean, median } from '../common.js';

const STEPS = 2000;
const ROUNDS = 15;

interface Cost {
  readonly nsPerStep: number;
  /** The part of nsPerStep spent capturing snapshots. */
  readonly resumeNsPerStep: number;
  readonly recordedOps: number;
}

/** Trace up to `STEPS` steps of the portal from the program's start; recorded ops and time. */
function traceSteps(machine: BfMachine, portal: PortalRunner, tracer: StepTracer, capturing: boolean): { ms: number; ops: number } {
  const table = portal.layout.table.get(portal.layout.portal);
  const rec = new Recorder({ limit: 10_000_000 });
  rec.capturing = capturing;
  const values: unknown[] = [machine, 0, machine.program, new Uint8Array(30000), 0, machine.io];
  let boxes: Value[] = values.map((v, k) => {
    const kind = table.kinds[table.args[k]!]!;
    return portal.layout.greenPositions.includes(k) ? rec.const_(kind, v) : rec.input(kind, v);
  });
  const t0 = performance.now();
  for (let s = 0; s < STEPS; s++) {
    const r = tracer.step(rec, boxes);
    if (!(r instanceof MergeResult)) break;
    boxes = r.values.map((b) => rec.resolve(b));
    for (const p of portal.layout.greenPositions) if (!boxes[p]!.isConst) boxes[p] = rec.const_(boxes[p]!.type as never, boxes[p]!.value);
  }
  return { ms: performance.now() - t0, ops: rec.ops.length };
}

const REPEATS = 5;

/** The fastest of `REPEATS` runs. */
function fastest(run: () => { ms: number; ops: number }): { ms: number; ops: number } {
  let best = run();
  for (let k = 1; k < REPEATS; k++) {
    const t = run();
    if (t.ms < best.ms) best = t;
  }
  return best;
}

export function traceCost(dir: string, names: readonly string[]): Array<{ program: string; generic: Cost; generated: Cost }> {
  return names.map((name) => {
    const { source, input } = readProgramFiles(dir, name);
    const fresh = (): BfMachine => new BfMachine(parse(source, `${name}.b`), new BufferIO(latin1(input)), { tracer: 'generated', params: { loopThreshold: 1 } });
    // Start the JIT once so the portal runner (with its generated tracer) exists.
    const warm = fresh();
    warm.run();
    const portal = warm.driver.portal!;
    if (warm.driver.tracerInUse !== 'generated') throw new Error(`${name}: the generated tracer is not built`);
    const tracers = { generic: genericStepTracer(portal.layout), generated: portal.tracer };
    const times: Record<'generic' | 'generated', number[]> = { generic: [], generated: [] };
    const resume: Record<'generic' | 'generated', number[]> = { generic: [], generated: [] };
    const ops: Record<'generic' | 'generated', number> = { generic: 0, generated: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      for (const which of r % 2 === 0 ? (['generic', 'generated'] as const) : (['generated', 'generic'] as const)) {
        // The fastest of a few back-to-back repetitions, so that a collection in one run does not
        // decide a difference of a few percent; with and without snapshots in alternating order.
        const first = r % 4 < 2;
        const a = fastest(() => traceSteps(fresh(), portal, tracers[which], first));
        const b = fastest(() => traceSteps(fresh(), portal, tracers[which], !first));
        const [on, off] = first ? [a, b] : [b, a];
        if (on.ops !== off.ops) throw new Error(`${name}: ${which} recorded ${on.ops} operations with snapshots, ${off.ops} without`);
        times[which].push((on.ms * 1e6) / STEPS);
        resume[which].push(((on.ms - off.ms) * 1e6) / STEPS);
        ops[which] = on.ops;
      }
    }
    if (ops.generic !== ops.generated) throw new Error(`${name}: the tracers recorded ${ops.generic} and ${ops.generated} operations`);
    const cost = (which: 'generic' | 'generated'): Cost => ({ nsPerStep: median(times[which]), resumeNsPerStep: median(resume[which]), recordedOps: ops[which] });
    return { program: name, generic: cost('generic'), generated: cost('generated') };
  });
}

function main(): void {
  const dir = join(process.cwd(), 'bench/bf');
  const rows = traceCost(dir, ['kernel', 'primes', 'rot13', 'wc', 'fib']);
  console.log(`\n## Tracing one step of the Brainfuck portal, warm (${STEPS} steps from the start, median of ${ROUNDS} rounds of the fastest of ${REPEATS})\n`);
  console.log('| program | recorded ops | generic ns/step | generated ns/step | generated / generic | resume data generic ns/step | resume data generated ns/step | generated / generic |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const { generic: g, generated: n } = r;
    console.log(
      `| ${r.program} | ${g.recordedOps} | ${g.nsPerStep.toFixed(0)} | ${n.nsPerStep.toFixed(0)} | ${(n.nsPerStep / g.nsPerStep).toFixed(2)}x | ${g.resumeNsPerStep.toFixed(0)} | ${n.resumeNsPerStep.toFixed(0)} | ${(n.resumeNsPerStep / g.resumeNsPerStep).toFixed(2)}x |`,
    );
  }
  const geo = geomean(rows.map((r) => r.generated.nsPerStep / r.generic.nsPerStep));
  const geoResume = geomean(rows.map((r) => r.generated.resumeNsPerStep / r.generic.resumeNsPerStep));
  console.log(`\nGeometric mean generated / generic: tracing ${geo === null ? '–' : geo.toFixed(2) + 'x'}, resume data generation ${geoResume === null ? '–' : geoResume.toFixed(2) + 'x'}`);
  console.log(JSON.stringify(rows));
}

main();
