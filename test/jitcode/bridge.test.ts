/**
 * Bridges traced by the generic tracer: the guest VM's loop is traced and compiled as in
 * cycle.test.ts, but with a bridge threshold the loop reaches, so a hot guard (the overflow
 * check inside the inlined `add`, failing half the time, and the `switch`/`goto_if_not` guards
 * of `step`) gets a bridge. The bridge is traced by `GenericTracer.resume` from the deoptimized
 * frames with boxes (two frames when the guard is inside `add`), then by further `call`s of
 * `step` until the VM is back at the loop header, closed with `closeBridge` and attached. The
 * tracing executes the steps concretely, so the deoptimized frames are not resumed by the
 * blackhole on that exit. Final states must equal a blackhole-only run.
 *
 * Also checked: the frames really resume where the blackhole would (`resume` of the tracer and
 * of the blackhole agree on one deoptimization), and a wrong frame stack is refused.
 */
import { type EnterResult, HeaderAction, Jit } from '../../runtime/driver/jit.js';
import type { Value } from '../../runtime/ir/trace.js';
import { Blackhole, GenericTracer, liveAt } from '../../runtime/jitcode/index.js';
import { Recorder } from '../../runtime/recorder/index.js';
import { ADD, HEADER, STEP, reference, returned, table, traceLoop } from './guest.js';
import { PROGRAM, VM } from './samples.js';


interface Run {
  vm: VM;
  jit: Jit;
  entries: number;
  /** The frames (code numbers) of every exit a bridge was traced from. */
  bridgedFrom: number[][];
  bridges: number;
  /** Guard exits before the first bridge was attached and after the last one. */
  exitsBefore: number;
  exitsAfter: number;
}

/** The box of `step`'s VM register (r0) in an outermost `step` frame. */
function vmBoxOf(frame: { code: number; pc: number; values: readonly Value[] }): Value {
  expect(frame.code).toBe(STEP);
  const k = liveAt(table.get(STEP), frame.pc).indexOf(0);
  expect(k).toBeGreaterThanOrEqual(0);
  return frame.values[k]!;
}

function withJit(i: number, bridgeThreshold: number): Run {
  const vm = Object.assign(new VM(), { i });
  const jit = new Jit({ loopThreshold: 3, bridgeThreshold });
  const bh = new Blackhole(table);
  const out: Run = { vm, jit, entries: 0, bridgedFrom: [], bridges: 0, exitsBefore: 0, exitsAfter: 0 };

  /** Trace a bridge from the exit `r` left through; false when the guest halted meanwhile. */
  const traceBridge = (r: EnterResult): boolean => {
    const start = jit.startBridge(r);
    const rec = start.rec;
    const tracer = new GenericTracer(table, rec);
    const vmBox = vmBoxOf(start.frames[0]!);
    const program = rec.constRef(PROGRAM);
    out.bridgedFrom.push(start.frames.map((f) => f.code));
    let res = returned(tracer.resume(start.frames));
    expect(rec.depth).toBe(0);
    for (;;) {
      expect(res.isConst).toBe(true);
      if (res.value !== 0) {
        jit.abort(rec, 'halted while tracing a bridge');
        return false;
      }
      if (vm.pc === HEADER) break;
      res = returned(tracer.call(STEP, [vmBox, program]));
    }
    expect(jit.closeBridge(rec, jit.compiledFor(HEADER)!, [vmBox])).toBe(true);
    out.bridges++;
    return true;
  };

  for (;;) {
    if (vm.pc === HEADER) {
      const action = jit.loopHeader(HEADER);
      if (action === HeaderAction.Run) {
        const r = jit.enter(jit.compiledFor(HEADER)!, [vm]);
        expect(r).not.toBeNull();
        out.entries++;
        if (r!.exit.kind === 'guard') {
          if (out.bridges === 0) out.exitsBefore++;
          else out.exitsAfter++;
        }
        if (r!.wantsBridge) {
          if (!traceBridge(r!)) return out;
          continue;
        }
        if (bh.resumeDeopt(r!) !== 0) return out;
        continue;
      }
      if (action === HeaderAction.Trace) {
        if (!traceLoop(jit, vm)) return out;
        continue;
      }
    }
    if (bh.call(STEP, [vm, PROGRAM]) !== 0) return out;
  }
}

const state = (vm: VM): { acc: number; i: number; pc: number } => ({ acc: vm.acc, i: vm.i, pc: vm.pc });

test('a hot guard inside the inlined callee gets a bridge traced from two frames; exits go down', () => {
  const n = 600;
  const expected = reference(n);
  const plain = withJit(n, 1_000_000);
  const bridged = withJit(n, 5);
  expect(state(plain.vm)).toEqual(state(expected));
  expect(state(bridged.vm)).toEqual(state(expected));
  expect(plain.bridges).toBe(0);
  expect(bridged.bridges).toBeGreaterThanOrEqual(1);
  expect(bridged.jit.stats.bridges).toBe(bridged.bridges);
  // The overflow guard in `add` fails with `step` waiting at its inline_call.
  expect(bridged.bridgedFrom).toContainEqual([STEP, ADD]);
  // Without bridges nearly every other iteration leaves compiled code; with them, the guest
  // runs to its end in compiled code save for a handful of exits.
  expect(plain.jit.stats.guardFailures).toBeGreaterThan(100);
  expect(bridged.jit.stats.guardFailures).toBeLessThan(plain.jit.stats.guardFailures / 10);
  expect(bridged.exitsAfter).toBeLessThan(bridged.exitsBefore + 5);
  expect(bridged.entries).toBeLessThan(plain.entries / 10);
});

test.each([1, 2, 7, 45, 46, 60, 300, 1000, 2500])('with bridges, the same final state as the blackhole alone for i = %d', (i) => {
  const expected = reference(i);
  for (const threshold of [1, 2, 5]) {
    const run = withJit(i, threshold);
    expect(state(run.vm)).toEqual(state(expected));
  }
});

test('the tracer resumes frames where the blackhole does: same results, same heap effects', () => {
  // Find a deoptimization with two frames (the guard inside `add`), on a loop compiled once.
  const jit = new Jit({ loopThreshold: 1, bridgeThreshold: 1_000_000 });
  const vm = Object.assign(new VM(), { i: 200 });
  const bh = new Blackhole(table);
  let two: EnterResult | null = null;
  for (let guard = 0; guard < 100_000 && two === null; guard++) {
    if (vm.pc === HEADER) {
      const action = jit.loopHeader(HEADER);
      if (action === HeaderAction.Run) {
        const r = jit.enter(jit.compiledFor(HEADER)!, [vm])!;
        if (r.frames.length === 2) two = r;
        else bh.resumeDeopt(r);
        continue;
      }
      if (action === HeaderAction.Trace) {
        const rec = jit.startLoop(HEADER);
        const vmBox = rec.input('ref', vm);
        const tracer = new GenericTracer(table, rec);
        do tracer.call(STEP, [vmBox, rec.constRef(PROGRAM)]);
        while (vm.pc !== HEADER);
        jit.closeLoop(rec, [vmBox]);
        continue;
      }
    }
    bh.call(STEP, [vm, PROGRAM]);
  }
  expect(two).not.toBeNull();
  const d = two!;
  expect(d.frames.map((f) => f.code)).toEqual([STEP, ADD]);

  // The blackhole's outcome, on a copy of the VM.
  const copy = Object.assign(new VM(), state(vm));
  const swap = (f: { values: unknown[] }): unknown[] => f.values.map((v) => (v === vm ? copy : v));
  const bhResult = bh.resume(d.frames.map((f) => ({ code: f.code, pc: f.pc, values: swap(f) })));

  // The tracer's, on the VM itself, through boxes from a fresh recorder.
  const rec = new Recorder();
  const frames = d.frames.map((f) => {
    const j = table.get(f.code);
    const live = liveAt(j, f.pc);
    return { code: f.code, pc: f.pc, values: f.values.map((v, k): Value => rec.input(j.kinds[live[k]!]!, v)) };
  });
  rec.enterFrame(frames[0]!.code, frames[0]!.pc, frames[0]!.values);
  const res = returned(new GenericTracer(table, rec).resume(frames));
  expect(res.value).toBe(bhResult);
  expect(state(vm)).toEqual(state(copy));
  expect(rec.depth).toBe(0);
  // The innermost frame stood at the overflow guard: executing it again records a guard.
  expect(rec.ops.some((o) => o.opcode === 'guard_true' || o.opcode === 'guard_false')).toBe(true);
  // A caller must stand at an inline_call, and the recorder must hold the callers' frames.
  expect(() => new GenericTracer(table, new Recorder()).resume(frames)).toThrow(/open inlined calls/);
  const rec2 = new Recorder();
  const bad = [{ ...frames[1]!, code: ADD }, frames[1]!];
  rec2.enterFrame(ADD, frames[1]!.pc, frames[1]!.values);
  expect(() => new GenericTracer(table, rec2).resume(bad)).toThrow(/must stand at an inline_call/);
});
