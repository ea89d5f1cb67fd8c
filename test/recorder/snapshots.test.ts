import type { Value } from '../../runtime/ir/trace.js';
import { Recorder, TracerBug } from '../../runtime/recorder/recorder.js';
import { NS, canon, print } from '../support/trace-text.js';

describe('recorder: snapshots across inlined frames', () => {
  it('shares the caller snapshot between all guards inside the callee', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    const r = rec.input('ref', null);
    const outer = rec.snapshot(0, 3, [i, r]);
    expect(outer.parent).toBeNull();
    const caller = rec.enterFrame(0, 10, [i, r], 1);
    expect(rec.depth).toBe(1);
    const b = rec.record('int_is_true', [i]);
    const s1 = rec.snapshot(1, 0, [i]);
    rec.guard('guard_true', [b], s1);
    const j = rec.record('int_add', [i, i]);
    const s2 = rec.snapshot(1, 4, [j]);
    const c = rec.record('int_is_true', [j]);
    rec.guard('guard_true', [c], s2);
    expect(s1.parent).toBe(caller);
    expect(s2.parent).toBe(caller);
    expect(caller.frames().map((f) => [f.code, f.pc])).toEqual([[0, 10]]);

    // A nested call: its caller is the callee frame, whose parent is the outer caller.
    const mid = rec.enterFrame(1, 8, [j], 2);
    expect(mid.parent).toBe(caller);
    const s3 = rec.snapshot(2, 0, []);
    expect(s3.frames().map((f) => f.code)).toEqual([2, 1, 0]);
    rec.leaveFrame();
    rec.leaveFrame();
    expect(rec.depth).toBe(0);
    expect(rec.snapshot(0, 15, [j]).parent).toBeNull();

    expect(print(rec.trace(), NS)).toBe(
      canon(`
        [i0, r1]
        b2 = int_is_true(i0)
        guard_true(b2) [1@0: i0 | 0@10: i0, r1]
        i3 = int_add(i0, i0)
        b4 = int_is_true(i3)
        guard_true(b4) [1@4: i3 | 0@10: i0, r1]
      `),
    );
  });

  it('gives the same snapshot object for identical consecutive snapshots', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    const r = rec.input('ref', 'x');
    const live: Value[] = [i, r];
    const s = rec.snapshot(0, 3, live);
    rec.record('int_add', [i, i]); // boxes never change: recording in between does not matter
    expect(rec.snapshot(0, 3, [i, r])).toBe(s);
    // The recorder copied the live boxes: the tracer may reuse its array.
    live[0] = r;
    expect(s.values).toEqual([i, r]);
    expect(rec.snapshot(0, 3, live)).not.toBe(s);
  });

  it('keeps an owned array as the snapshot values (a generated tracer hands over a fresh literal)', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    const live: Value[] = [i, i];
    const s = rec.snapshotOwned(0, 3, live);
    expect(s.values).toBe(live);
    expect(rec.snapshotOwned(0, 3, [i, i])).toBe(s);
  });

  it('makes a new snapshot when code, pc, a value, the length or the parent differ', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    const j = rec.input('int', 2);
    const base = rec.snapshot(0, 3, [i]);
    const variants = [rec.snapshot(1, 3, [i]), rec.snapshot(0, 4, [i]), rec.snapshot(0, 3, [j]), rec.snapshot(0, 3, [i, i])];
    for (const v of variants) expect(v).not.toBe(base);
    const again = rec.snapshot(0, 3, [i]);
    rec.enterFrame(0, 3, [i]);
    const inner = rec.snapshot(0, 3, [i]);
    expect(inner).not.toBe(again);
    expect(inner.parent).not.toBeNull();
  });

  it('refuses to leave a frame that was never entered', () => {
    const rec = new Recorder();
    expect(() => rec.leaveFrame()).toThrow(TracerBug);
  });
});
