/**
 * The full cycle on the guest VM's loop: the embedder interprets `step` with the blackhole,
 * traces the hot loop with the generic tracer, closes it through the `Jit` driver, runs the
 * compiled code, leaves it through failing guards (in `step` and in its inlined callee `add`),
 * deoptimizes to jitcode frames, resumes them with the blackhole, and ends in the same state as
 * a run of the blackhole alone.
 */
import { HeaderAction, Jit } from '../../runtime/driver/jit.js';
import { Blackhole } from '../../runtime/jitcode/index.js';
import { ADD, HEADER, STEP, reference, table, traceLoop } from './guest.js';
import { PROGRAM, VM } from './samples.js';


interface Run {
  vm: VM;
  traced: number;
  entries: number;
  exits: Array<{ codes: number[]; pcs: number[] }>;
}

function withJit(i: number): Run {
  const vm = Object.assign(new VM(), { i });
  const jit = new Jit({ loopThreshold: 3, bridgeThreshold: 1_000_000 });
  const bh = new Blackhole(table);
  const out: Run = { vm, traced: 0, entries: 0, exits: [] };
  for (;;) {
    if (vm.pc === HEADER) {
      const action = jit.loopHeader(HEADER);
      if (action === HeaderAction.Run) {
        const r = jit.enter(jit.compiledFor(HEADER)!, [vm]);
        expect(r).not.toBeNull();
        out.entries++;
        out.exits.push({ codes: r!.frames.map((f) => f.code), pcs: r!.frames.map((f) => f.pc) });
        if (bh.resumeDeopt(r!) !== 0) return out;
        continue;
      }
      if (action === HeaderAction.Trace) {
        if (!traceLoop(jit, vm)) return out;
        out.traced++;
        continue;
      }
    }
    if (bh.call(STEP, [vm, PROGRAM]) !== 0) return out;
  }
}

test('trace, compile, run, deoptimize into jitcode frames, resume with the blackhole', () => {
  const expected = reference(300);
  const run = withJit(300);
  expect({ acc: run.vm.acc, i: run.vm.i, pc: run.vm.pc }).toEqual({ acc: expected.acc, i: expected.i, pc: expected.pc });
  expect(run.traced).toBe(1);
  expect(run.entries).toBeGreaterThan(1);
  // Some exits come from the guard inside the inlined `add`: two frames, the caller standing at
  // its inline_call; the last exit is the loop's end (the JNZ guard in `step`).
  expect(run.exits.some((e) => e.codes.length === 2 && e.codes[0] === STEP && e.codes[1] === ADD)).toBe(true);
  const last = run.exits[run.exits.length - 1]!;
  expect(last.codes).toEqual([STEP]);
});

test.each([1, 2, 7, 45, 46, 1000])('same final state as the blackhole alone for i = %d', (i) => {
  const expected = reference(i);
  const run = withJit(i);
  expect({ acc: run.vm.acc, i: run.vm.i, pc: run.vm.pc }).toEqual({ acc: expected.acc, i: expected.i, pc: expected.pc });
});
