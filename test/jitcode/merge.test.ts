/**
 * The portal's `merge` and the switch from tracing to the blackhole: a small portal (one
 * iteration of a guest interpreter's dispatch loop) run step by step by the blackhole and by the
 * generic tracer, both giving `MergeResult`s; a merge out of an inlined callee refused at run
 * time; and `SwitchToBlackhole` when the trace grows too long mid-step, at every possible op
 * (inside the inlined callee too, and from a bridge's resumed frames), whose frames the blackhole
 * continues to the same final state as a run of the blackhole alone.
 */
import type { Value } from '../../runtime/ir/trace.js';
import {
  Blackhole,
  type FullFrame,
  GenericTracer,
  JitcodeAssembler,
  JitcodeTable,
  MergeResult,
  SwitchToBlackhole,
  decode,
  instructions,
  liveAt,
  parseJitcodes,
} from '../../runtime/jitcode/index.js';
import { Recorder, TraceTooLong, TracerBug, isRecordingAbort } from '../../runtime/recorder/index.js';
import { JNS } from './samples.js';

class Machine {
  steps = 0;
  ticks = 0;
}

/** A residual call with an effect the tracer must not run twice (nor skip). */
function tick(m: Machine): void {
  m.ticks++;
}

/**
 * portal(machine, program, pc, acc, i): counts the step in the machine (a field and a residual
 * call), then runs the
 * instruction program[pc] (an immutable array): 0 acc = add(acc, i); 1 i -= 1; 2 jump to
 * program[pc + 1] while i != 0; anything else returns acc. `add` wraps at 1000.
 */
const PORTAL = `
jitcode portal(r0, r1, i2, i3, i4) regs=9 kinds=r r i i i i i b i
  i5 = getarrayitem_imm r1 i2 [any]
  i6 = getfield r0 .steps
  i6 = int_add i6 1
  setfield r0 i6 .steps
  residual_call @tick(r0) residual live(r0, r1, i2, i3, i4, i5)
  switch i5 {0 -> 10, 1 -> 20, 2 -> 30} else -> 40 live(r0, r1, i2, i3, i4, i5)
10: i3 = inline_call add(i3, i4) live(r0, r1, i2, i4)
  i2 = int_add i2 1
  merge r0, r1, i2, i3, i4 live(r0, r1, i2, i3, i4)
20: i4 = int_sub i4 1
  i2 = int_add i2 1
  merge r0, r1, i2, i3, i4 live(r0, r1, i2, i3, i4)
30: b7 = int_ne i4 0
  goto_if_not b7 -> 31 live(r0, r1, i2, i3, i4, b7)
  i8 = int_add i2 1
  i2 = getarrayitem_imm r1 i8 [any]
  merge r0, r1, i2, i3, i4 live(r0, r1, i2, i3, i4)
31: i2 = int_add i2 2
  merge r0, r1, i2, i3, i4 live(r0, r1, i2, i3, i4)
40: return i3

jitcode add(i0, i1) regs=4 kinds=i i i b
  i2 = int_add i0 i1
  b3 = int_gt i2 1000
  goto_if_not b3 -> 1 live(i2, b3)
  i2 = int_sub i2 1000
1: return i2
`;

const table = parseJitcodes(PORTAL, { namespace: { ...JNS, tick } });
const portal = table.byName('portal');
const add = table.byName('add');
const bh = new Blackhole(table);
const PROGRAM: readonly number[] = [0, 1, 2, 0, 3];
const pcOf = (name: string, op: string, nth = 0): number =>
  instructions(table.byName(name)).filter((i) => i.op === op)[nth]!.pc;
const CALL_PC = pcOf('portal', 'inline_call');
const ADD_GUARD_PC = pcOf('add', 'goto_if_not');

/** acc += i; i -= 1 while i != 0, as the program computes it. */
function expectedAcc(i: number, acc = 0): number {
  for (; i !== 0; i--) acc = acc + i > 1000 ? acc + i - 1000 : acc + i;
  return acc;
}

/** Go on with the blackhole from a step's outcome to the portal's return. */
function finishWithBlackhole(outcome: unknown): unknown {
  let r = outcome;
  while (r instanceof MergeResult) r = bh.call(portal.number, r.values);
  return r;
}

/** The blackhole alone from the merge point values. */
function blackholeOnly(i: number): { result: unknown; machine: Machine } {
  const machine = new Machine();
  const result = finishWithBlackhole(bh.call(portal.number, [machine, PROGRAM, 0, 0, i]));
  return { result, machine };
}

describe('merge: the portal ends a step at its merge point', () => {
  test('the blackhole gives the values and the position of the merge', () => {
    const m = new Machine();
    const r = bh.call(portal.number, [m, PROGRAM, 0, 10, 5]);
    expect(r).toBeInstanceOf(MergeResult);
    const mr = r as MergeResult<unknown>;
    expect(mr.values).toEqual([m, PROGRAM, 1, 15, 5]);
    expect(mr.values[0]).toBe(m);
    expect(mr.pc).toBe(pcOf('portal', 'merge', 0));
    expect(decode(portal.code, mr.pc).op).toBe('merge');
    expect(m.steps).toBe(1);
    expect((bh.call(portal.number, [m, PROGRAM, 2, 0, 3]) as MergeResult<unknown>).values[2]).toBe(0);
    expect((bh.call(portal.number, [m, PROGRAM, 2, 0, 0]) as MergeResult<unknown>).pc).toBe(pcOf('portal', 'merge', 3));
  });

  test('a loop of steps runs the program to its return', () => {
    for (const i of [1, 5, 60]) {
      const r = blackholeOnly(i);
      expect(r.result).toBe(expectedAcc(i));
      expect(r.machine).toMatchObject({ steps: 3 * i + 1, ticks: 3 * i + 1 });
    }
  });

  test('the tracer gives the boxes and the same position; the values are the blackhole ones', () => {
    const rec = new Recorder();
    const m = new Machine();
    let boxes: Value[] = [rec.input('ref', m), rec.constRef(PROGRAM), rec.constInt(0), rec.input('int', 0), rec.input('int', 60)];
    const tracer = new GenericTracer(table, rec);
    const reference = new Machine();
    let values: unknown[] = [reference, PROGRAM, 0, 0, 60];
    for (let step = 0; step < 12; step++) {
      const r = tracer.call(portal.number, boxes);
      const b = bh.call(portal.number, values);
      expect(r).toBeInstanceOf(MergeResult);
      expect(b).toBeInstanceOf(MergeResult);
      const mr = r as MergeResult<Value>;
      const mb = b as MergeResult<unknown>;
      expect(mr.pc).toBe(mb.pc);
      expect(mr.values.slice(1).map((x) => x.value)).toEqual(mb.values.slice(1));
      boxes = mr.values.map((x) => rec.resolve(x));
      values = mb.values;
    }
    expect({ ...m }).toEqual({ ...reference });
    // The program and pc are constants: every read of the program folded; acc and i were not.
    expect(rec.ops.some((o) => o.opcode === 'getarrayitem_imm')).toBe(false);
    expect(rec.ops.some((o) => o.opcode === 'int_add')).toBe(true);
  });

  test('the tracer records the read of the program when the pc is not a constant', () => {
    const rec = new Recorder();
    const r = new GenericTracer(table, rec).call(portal.number, [
      rec.input('ref', new Machine()),
      rec.constRef(PROGRAM),
      rec.input('int', 1),
      rec.input('int', 0),
      rec.input('int', 3),
    ]);
    expect(r).toBeInstanceOf(MergeResult);
    expect(rec.ops[0]!.opcode).toBe('getarrayitem_imm');
    expect((r as MergeResult<Value>).values[4]!.value).toBe(2);
  });

  test('the tracer returns the returned box when the portal returns', () => {
    const rec = new Recorder();
    const r = new GenericTracer(table, rec).call(portal.number, [
      rec.input('ref', new Machine()),
      rec.constRef(PROGRAM),
      rec.constInt(4),
      rec.input('int', 77),
      rec.input('int', 0),
    ]);
    expect(r).not.toBeInstanceOf(MergeResult);
    expect((r as Value).value).toBe(77);
  });
});

describe('merge: only the outermost frame merges', () => {
  // Not verifiable (the verifier refuses an inline_call of a merging jitcode): assembled directly.
  const t = new JitcodeTable();
  const caller = new JitcodeAssembler('caller', 0, ['int', 'int'], [0]);
  caller.emit({ op: 'inline_call', callee: 1, dst: 1, args: [0], live: [] });
  caller.emit({ op: 'return', value: 1 });
  t.add(caller.finish());
  const callee = new JitcodeAssembler('looping', 1, ['int'], [0]);
  callee.emit({ op: 'merge', values: [0], live: [0] });
  t.add(callee.finish());

  test('an inlined callee that merges is an error in the blackhole and the tracer', () => {
    expect(() => new Blackhole(t).call(0, [1])).toThrow(/looping@0: an inlined callee reached a merge/);
    const rec = new Recorder();
    expect(() => new GenericTracer(t, rec).call(0, [rec.input('int', 1)])).toThrow(/only the portal/);
    // The merging jitcode on its own merges.
    expect(new Blackhole(t).call(1, [4])).toEqual(new MergeResult([4], 0));
  });

  test('a merge from an inner resumed or continued frame is an error', () => {
    const b = new Blackhole(t);
    expect(() => b.resume([{ code: 0, pc: 0, values: [] }, { code: 1, pc: 0, values: [3] }])).toThrow(/looping@0: an inlined callee reached a merge/);
    expect(() => b.continueFrames([{ code: 0, pc: 0, regs: [1, undefined] }, { code: 1, pc: 0, regs: [3] }])).toThrow(/only the portal/);
    const rec = new Recorder();
    rec.enterFrame(0, 0, []);
    expect(() => new GenericTracer(t, rec).resume([{ code: 0, pc: 0, values: [] }, { code: 1, pc: 0, values: [rec.input('int', 3)] }])).toThrow(/only the portal/);
  });
});

/** What tracing from the merge point with a trace limit led to. */
interface Traced {
  result: unknown;
  machine: Machine;
  switched: SwitchToBlackhole | null;
}

/** Trace steps with the limit; on a switch, the blackhole continues its frames and finishes. */
function traceThenBlackhole(limit: number, i: number): Traced {
  const machine = new Machine();
  const rec = new Recorder({ limit });
  const tracer = new GenericTracer(table, rec);
  let boxes: Value[] = [rec.input('ref', machine), rec.constRef(PROGRAM), rec.constInt(0), rec.input('int', 0), rec.input('int', i)];
  try {
    for (;;) {
      const r = tracer.call(portal.number, boxes);
      if (!(r instanceof MergeResult)) return { result: r.value, machine, switched: null };
      boxes = r.values.map((b) => rec.resolve(b));
    }
  } catch (e) {
    if (!(e instanceof SwitchToBlackhole)) throw e;
    return { result: finishWithBlackhole(bh.continueFrames(e.frames)), machine, switched: e };
  }
}

/** Each frame's pc is an instruction of its jitcode; every frame but the last waits at its call. */
function checkFrames(frames: readonly FullFrame[]): void {
  expect(frames[0]!.code).toBe(portal.number);
  frames.forEach((f, k) => {
    const j = table.get(f.code);
    expect(f.regs).toHaveLength(j.regs);
    const op = decode(j.code, f.pc).op;
    if (k < frames.length - 1) expect(op).toBe('inline_call');
  });
}

describe('switching to the blackhole when the trace grows too long', () => {
  const I = 7;
  const reference = blackholeOnly(I);

  test('at every limit, the switched run ends as the blackhole alone', () => {
    const depths = new Set<number>();
    const switchedAt = new Set<string>();
    for (let limit = 1; limit <= 200; limit++) {
      const r = traceThenBlackhole(limit, I);
      expect([limit, r.result]).toEqual([limit, reference.result]);
      expect([limit, { ...r.machine }]).toEqual([limit, { ...reference.machine }]);
      if (r.switched === null) continue;
      checkFrames(r.switched.frames);
      depths.add(r.switched.frames.length);
      const inner = r.switched.frames[r.switched.frames.length - 1]!;
      switchedAt.add(`${inner.code}@${decode(table.get(inner.code).code, inner.pc).op}`);
      expect(r.switched.reason).toMatch(/trace too long/);
    }
    // Both in the portal and inside the inlined callee, at recorded ops and at guards.
    expect([...depths].sort()).toEqual([1, 2]);
    expect(switchedAt).toContain(`${add.number}@int_add`);
    expect(switchedAt).toContain(`${add.number}@goto_if_not`);
    expect(switchedAt).toContain(`${portal.number}@setfield`);
    expect(switchedAt).toContain(`${portal.number}@residual_call`);
    expect(switchedAt).toContain(`${portal.number}@goto_if_not`);
    // The largest limits let the whole run be traced.
    expect(traceThenBlackhole(10_000, I).switched).toBeNull();
  });

  test('the frames hold concrete values, the callee frame its own registers', () => {
    // Limit 2 with a constant program and pc: getfield, int_add, then setfield does not fit.
    const r = traceThenBlackhole(2, I);
    const frames = r.switched!.frames;
    expect(frames).toHaveLength(1);
    expect(decode(portal.code, frames[0]!.pc).op).toBe('setfield');
    expect(frames[0]!.regs.slice(0, 7)).toEqual([r.machine, PROGRAM, 0, 0, I, 0, 1]);
    expect(frames[0]!.regs.slice(7)).toEqual([undefined, undefined]);
    // Inside add: the caller waits at its inline_call, the callee stands at its int_add.
    const deep = [...Array(40).keys()]
      .map((k) => traceThenBlackhole(k + 1, I).switched)
      .find((s) => s !== null && s.frames.length === 2)!;
    expect(deep.frames[0]!.pc).toBe(CALL_PC);
    expect(deep.frames[1]!.code).toBe(add.number);
  });

  test('the blackhole does not modify the frames it continues', () => {
    const r = traceThenBlackhole(3, I);
    const copy = r.switched!.frames.map((f) => ({ ...f, regs: f.regs.slice() }));
    bh.continueFrames(r.switched!.frames);
    expect(r.switched!.frames).toEqual(copy);
    expect(() => bh.continueFrames([{ code: portal.number, pc: 0, regs: [] }])).toThrow(/0 registers for a jitcode with 9/);
  });

  test('guest exceptions and tracer bugs are not switches', () => {
    const boom = new Error('guest');
    const t = parseJitcodes('jitcode f(r0) regs=1 kinds=r\n  raise r0');
    const rec = new Recorder({ limit: 1 });
    expect(() => new GenericTracer(t, rec).call(0, [rec.input('ref', boom)])).toThrow(boom);
    expect(isRecordingAbort(new TraceTooLong(1, new Map()))).toBe(true);
    expect(isRecordingAbort(new TracerBug('x'))).toBe(false);
    expect(isRecordingAbort(boom)).toBe(false);
    // A read whose value is not of the declared type is a tracer bug: it propagates as such.
    const u = parseJitcodes('jitcode g(r0) regs=2 kinds=r i\n  i1 = getfield r0 .x\n  return i1');
    const rec2 = new Recorder({ limit: 1 });
    expect(() => new GenericTracer(u, rec2).call(0, [rec2.input('ref', { x: 'no' })])).toThrow(TracerBug);
  });
});

describe('switching to the blackhole from a bridge', () => {
  /** The frames of an exit at add's guard, under the portal's inline_call, as values. */
  const exitFrames = (m: Machine): Array<{ code: number; pc: number; values: unknown[] }> => [
    { code: portal.number, pc: CALL_PC, values: [m, PROGRAM, 0, 600] },
    { code: add.number, pc: ADD_GUARD_PC, values: [1100, true] },
  ];

  function bridgeThenBlackhole(limit: number): { result: unknown; machine: Machine; switched: SwitchToBlackhole | null } {
    const machine = new Machine();
    const rec = new Recorder({ limit });
    const frames = exitFrames(machine).map((f) => {
      const j = table.get(f.code);
      const live = liveAt(j, f.pc);
      return { code: f.code, pc: f.pc, values: f.values.map((v, k): Value => rec.input(j.kinds[live[k]!]!, v)) };
    });
    rec.enterFrame(frames[0]!.code, frames[0]!.pc, frames[0]!.values);
    try {
      const r = new GenericTracer(table, rec).resume(frames);
      const values = r instanceof MergeResult ? r.values.map((b) => b.value) : null;
      return { result: values === null ? (r as Value).value : finishWithBlackhole(new MergeResult(values, 0)), machine, switched: null };
    } catch (e) {
      if (!(e instanceof SwitchToBlackhole)) throw e;
      return { result: finishWithBlackhole(bh.continueFrames(e.frames)), machine, switched: e };
    }
  }

  test('the waiting frames resumed from come first, complete; the result is the blackhole one', () => {
    const m = new Machine();
    const reference = finishWithBlackhole(bh.resume(exitFrames(m)));
    const lengths = new Set<number>();
    for (let limit = 1; limit <= 30; limit++) {
      const r = bridgeThenBlackhole(limit);
      expect([limit, r.result]).toEqual([limit, reference]);
      expect([limit, { ...r.machine }]).toEqual([limit, { ...m }]);
      if (r.switched === null) continue;
      checkFrames(r.switched.frames);
      lengths.add(r.switched.frames.length);
    }
    expect([...lengths].sort()).toEqual([1, 2]);
    // Limit 1: the guard is recorded, add's int_sub does not fit; the portal frame waits.
    const first = bridgeThenBlackhole(1).switched!;
    expect(first.frames.map((f) => [f.code, decode(table.get(f.code).code, f.pc).op])).toEqual([
      [portal.number, 'inline_call'],
      [add.number, 'int_sub'],
    ]);
    expect(first.frames[0]!.regs.slice(0, 5)).toEqual([expect.any(Machine), PROGRAM, 0, undefined, 600]);
    expect(first.frames[1]!.regs).toEqual([undefined, undefined, 1100, true]);
  });
});
