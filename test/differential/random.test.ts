/**
 * Differential tests on random traces (test/support/random-trace.ts), fixed seeds.
 *
 * 1. Backend vs reference executor, same trace: the same exit op (or jump target), the same
 *    values in S (compared exactly, objects by their place in the heap graph), the same
 *    exception, the same final heap, and the same frames rebuilt by `materializeFrames`.
 * 2. Optimized vs unoptimized: `optimize` (the full pipeline, verifying after every pass) must
 *    not change the resumed interpreter state (materialized frames, virtual objects compared by
 *    class and fields), the exception, or the heap. The one allowed difference: leaving at an
 *    earlier resume point that the unoptimized run passed after its last heap write, with
 *    exactly the state it had there (see `viaExecutorWithResumePoints`). The optimized trace is
 *    also run through the backend and checked against the executor as in 1. A failure names the
 *    seed and, to help bisecting, which passes fail when run alone. Run twice: on the traces as
 *    they come, and on traces that always mark an array input virtualizable and index arrays
 *    from a loop-invariant pointer (`ptr + c`, items the optimizer keeps in registers).
 *
 * Each run gets fresh inputs from the trace's recipe, so no run sees another's heap writes.
 */

import { compileLoop } from '../../runtime/backend/index.js';
import { type ExecuteOptions, execute } from '../../runtime/ir/executor.js';
import { OPCODES, type Opcode, writesHeap } from '../../runtime/ir/optable.js';
import { valueHasType } from '../../runtime/ir/types.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { type Op, type Trace, snapshotFailArgs } from '../../runtime/ir/trace.js';
import { PASS_NAMES, optimize } from '../../runtime/optimizer/pipeline.js';
import type { PassName } from '../../runtime/optimizer/pass.js';
import type { ExitDescr, ResumedFrame } from '../../runtime/resume/exit.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { type Inputs, type RandomTrace, encodeState, randomTrace } from '../support/random-trace.js';

const SEEDS = Array.from({ length: 300 }, (_, k) => k + 1);
const MAX_STEPS = 1_000_000;

/** How a run ended, canonically encoded (see `encodeState`). */
interface Outcome {
  readonly kind: 'exit' | 'jump' | 'throw';
  /** The exiting op (exits only). */
  readonly op: Op | null;
  /** Raw state: heap, then the values written to S (and the exception). */
  readonly raw: string;
  /** Resumed state: heap, then the materialized frames (and the exception), or the jump. */
  readonly resumed: string;
}

function resumedFrames(op: Op, valueOf: (k: number) => unknown): unknown[] {
  const failArgs = snapshotFailArgs(op.snapshot!);
  return materializeFrames(op.snapshot!, (x) => valueOf(failArgs.indexOf(x)));
}

function viaExecutor(trace: Trace, run: Inputs, onStep?: ExecuteOptions['onStep']): Outcome {
  let r: ReturnType<typeof execute>;
  try {
    r = execute(trace, run.inputs, { maxSteps: MAX_STEPS, onStep });
  } catch (e) {
    const s = encodeState([...run.heap, e]);
    return { kind: 'throw', op: null, raw: s, resumed: s };
  }
  if (r.kind === 'jump') {
    const s = encodeState([...run.heap, r.target, r.values]);
    return { kind: 'jump', op: null, raw: s, resumed: s };
  }
  const thrown = 'exception' in r;
  const values = r.values;
  return {
    kind: 'exit',
    op: r.op,
    raw: encodeState([...run.heap, values, thrown, r.exception]),
    resumed: encodeState([...run.heap, resumedFrames(r.op, (k) => values[k]), thrown, r.exception]),
  };
}

function viaBackend(trace: Trace, run: Inputs): Outcome {
  const compiled = compileLoop(trace, 1);
  const S = [...run.inputs];
  let id: number;
  try {
    id = compiled.fn(S);
  } catch (e) {
    const s = encodeState([...run.heap, e]);
    return { kind: 'throw', op: null, raw: s, resumed: s };
  }
  if (id < 0) {
    const target = -id - 1;
    // A jump writes exactly its arguments: as many as the trace's final jump has.
    const n = trace.ops[trace.ops.length - 1]!.args.length;
    const s = encodeState([...run.heap, target, S.slice(0, n)]);
    return { kind: 'jump', op: null, raw: s, resumed: s };
  }
  const exit = compiled.exits.find((e: ExitDescr) => e.id === id);
  if (!exit) throw new Error(`compiled code returned ${id}, not one of its exits`);
  const m = exit.failArgs.length;
  const thrown = exit.kind === 'exception';
  const exception = thrown ? S[m] : undefined;
  return {
    kind: 'exit',
    op: exit.op,
    raw: encodeState([...run.heap, S.slice(0, m), thrown, exception]),
    resumed: encodeState([...run.heap, resumedFrames(exit.op, (k) => S[k]), thrown, exception]),
  };
}

/** Fails with the seed and the trace in the message. */
function agree(rt: RandomTrace, what: string, actual: unknown, expected: unknown, extra = ''): void {
  if (actual === expected) return;
  throw new Error(
    `seed ${rt.seed}: ${what} differ${extra}\n--- expected\n${String(expected)}\n--- actual\n${String(actual)}\n--- trace (seed ${rt.seed})\n${rt.text()}`,
  );
}

/**
 * The unoptimized run, and the resume points it passed after its last heap write, encoded like
 * `Outcome.resumed`. An optimized trace may legitimately leave at such a point instead of the
 * later exit: guard strengthening (RPython style) merges a later guard into an earlier one and
 * keeps the earlier resume data, so the interpreter resumes earlier and redoes the side-effect
 * free work in between. Because no heap write happened since, the state there is exactly the
 * resumed state an exit at that point must produce, heap included.
 */
function viaExecutorWithResumePoints(trace: Trace, run: Inputs): { outcome: Outcome; points: Set<string> } {
  let passed: ResumedFrame[][] = [];
  const outcome = viaExecutor(trace, run, (op, valueOf) => {
    if (writesHeap(op.opcode)) passed = [];
    else if (op.snapshot && op.opcode !== 'finish') passed.push(materializeFrames(op.snapshot, valueOf));
  });
  // A call that threw may have written before throwing: no earlier point is then equivalent.
  if (outcome.op && writesHeap(outcome.op.opcode)) passed = [];
  const points = new Set(passed.map((frames) => encodeState([...run.heap, frames, false, undefined])));
  return { outcome, points };
}

function compareSameTrace(rt: RandomTrace, trace: Trace, label: string): Outcome {
  const ref = viaExecutor(trace, rt.makeInputs());
  const got = viaBackend(trace, rt.makeInputs());
  agree(rt, `${label}: outcome kinds`, got.kind, ref.kind);
  if (ref.kind === 'exit') {
    const describe = (o: Outcome): string => `${o.op!.opcode} #${trace.ops.indexOf(o.op!)}`;
    agree(rt, `${label}: exit ops`, describe(got), describe(ref));
  }
  agree(rt, `${label}: values written to S, exception and heap`, got.raw, ref.raw);
  agree(rt, `${label}: materialized frames`, got.resumed, ref.resumed);
  return ref;
}

describe('the random trace generator', () => {
  it('makes verified traces whose values all have their IR types, covering every op of the table', () => {
    const seen = new Set<Opcode>();
    for (const seed of SEEDS) {
      const rt = randomTrace(seed);
      verifyTrace(rt.trace, { requireSnapshots: true });
      for (const op of rt.trace.ops) seen.add(op.opcode);
      execute(rt.trace, rt.makeInputs().inputs, {
        maxSteps: MAX_STEPS,
        onStep: (op, valueOf) => {
          if (op.type !== 'void' && !valueHasType(valueOf(op), op.type)) {
            throw new Error(`seed ${seed}: ${op.opcode} gave ${String(valueOf(op))}, not a ${op.type}\n${rt.text()}`);
          }
        },
      });
    }
    expect(OPCODES.filter((o) => o !== 'input' && !seen.has(o))).toEqual([]);
  });

  it('is deterministic: the same seed gives the same trace and inputs, sharing nothing', () => {
    const a = randomTrace(42);
    const b = randomTrace(42);
    expect(a.text()).toBe(b.text());
    const x = a.makeInputs();
    const y = a.makeInputs();
    expect(encodeState([...x.heap, ...x.inputs])).toBe(encodeState([...y.heap, ...y.inputs]));
    expect(x.heap.some((o, k) => o === y.heap[k])).toBe(false);
    expect(randomTrace(43).text()).not.toBe(a.text());
  });
});

describe('backend agrees with the reference executor on random traces', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const rt = randomTrace(seed);
    compareSameTrace(rt, rt.trace, 'unoptimized');
  });
});

describe.each([
  ['', {}],
  [' (with a virtualizable array and a pointer)', { virtualizable: true, pointer: true }],
] as const)('optimized traces resume to the same state as unoptimized ones%s', (_, opts) => {
  /** Which passes, run alone, change the resumed state (for the failure message). */
  const culprits = (seed: number, expected: string, points: ReadonlySet<string>): string => {
    const bad: PassName[] = [];
    for (const pass of PASS_NAMES) {
      const rt = randomTrace(seed, opts);
      try {
        const t = optimize(rt.trace, { passes: [pass], verify: true }).trace;
        const resumed = viaExecutor(t, rt.makeInputs()).resumed;
        if (resumed !== expected && !points.has(resumed)) bad.push(pass);
      } catch {
        bad.push(pass);
      }
    }
    return bad.length ? ` (passes failing alone: ${bad.join(', ')})` : ' (no pass fails alone)';
  };

  it.each(SEEDS)('seed %i', (seed) => {
    const plain = randomTrace(seed, opts);
    const { outcome: expected, points } = viaExecutorWithResumePoints(plain.trace, plain.makeInputs());
    // The optimizer may consume its input: give it its own copy of the same trace.
    const rt = randomTrace(seed, opts);
    let optimized: Trace;
    try {
      optimized = optimize(rt.trace, { verify: true }).trace;
    } catch (e) {
      throw new Error(`seed ${seed}: optimize failed${culprits(seed, expected.resumed, points)}: ${e instanceof Error ? e.message : String(e)}\n${plain.text()}`);
    }
    const got = compareSameTrace(rt, optimized, 'optimized');
    if (got.kind === 'exit' && expected.kind === 'exit' && points.has(got.resumed)) return; // an earlier, equivalent exit
    agree(plain, 'outcome kinds', got.kind, expected.kind, culprits(seed, expected.resumed, points));
    agree(plain, 'resumed states (frames, exception, heap)', got.resumed, expected.resumed, culprits(seed, expected.resumed, points));
  });
});
