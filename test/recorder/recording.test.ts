import { execute } from '../../runtime/ir/executor.js';
import { Const, type Op, type Value, arrayDescr, fieldDescr } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { DEFAULT_TRACE_LIMIT, Recorder, TraceTooLong, TracerBug } from '../../runtime/recorder/recorder.js';
import { NS, Point, canon, print } from '../support/trace-text.js';

const ANY = arrayDescr('any');
const X = fieldDescr('x');
const text = (rec: Recorder): string => print(rec.trace(), NS);

describe('recorder: recording a program by hand', () => {
  it('records one iteration of an array sum, with concrete values, and the trace runs', () => {
    const arr = [5, 6, 7];
    const rec = new Recorder();
    const i = rec.input('int', 0);
    const s = rec.input('int', 0);
    const a = rec.input('ref', arr);
    rec.record('label', [i, s, a]);
    const len = rec.record('arraylen', [a], { descr: ANY });
    const lt = rec.record('int_lt', [i, len]);
    rec.guard('guard_true', [lt], rec.snapshot(0, 3, [i, s, a]));
    const x = rec.record('getarrayitem', [a, i], { descr: ANY, type: 'int' });
    const s2 = rec.record('int_add', [s, x]);
    const i2 = rec.record('int_add', [i, rec.constInt(1)]);
    rec.record('jump', [i2, s2, a]);

    expect(text(rec)).toBe(
      canon(`
        [i0, i1, r2]
        label(i0, i1, r2)
        i3 = arraylen(r2, [any])
        b4 = int_lt(i0, i3)
        guard_true(b4) [0@3: i0, i1, r2]
        i5 = getarrayitem(r2, i0, [any])
        i6 = int_add(i1, i5)
        i7 = int_add(i0, 1)
        jump(i7, i6, r2)
      `),
    );
    expect([len, lt, x, s2, i2].map((b) => (b as Op).value)).toEqual([3, true, 5, 5, 1]);
    expect(rec.recordedCount).toBe(8);
    verifyTrace(rec.trace(), { requireSnapshots: true });

    // The recorded trace is a loop that sums the whole array, then leaves at the guard.
    const r = execute(rec.trace(), [0, 0, arr]);
    expect(r.kind).toBe('exit');
    expect(r.values).toEqual([3, 18, arr]);
  });

  it('inputs and constants check their types', () => {
    const rec = new Recorder();
    expect(() => rec.input('int', 1.5)).toThrow(TracerBug);
    expect(() => rec.input('bool', 0)).toThrow(TracerBug);
    expect(() => rec.constInt(2 ** 31)).toThrow(TracerBug);
    expect(() => rec.const_('float', 'x')).toThrow(TracerBug);
    expect(rec.constInt(3).value).toBe(3);
    expect(rec.const_('ref', null).value).toBe(null);
    expect(rec.inputs).toHaveLength(0);
  });

  it('refuses guards and inputs on the generic path, and wrong argument counts', () => {
    const rec = new Recorder();
    const b = rec.input('bool', true);
    expect(() => rec.record('guard_true', [b])).toThrow(/guard\(\)/);
    expect(() => rec.record('input', [])).toThrow(TracerBug);
    expect(() => rec.record('int_add', [b])).toThrow(/takes 2 argument/);
    expect(() => rec.record('getfield', [b])).toThrow(/field descriptor/);
    expect(rec.ops).toHaveLength(0);
  });

  it('checks result types of reads and casts from ref', () => {
    const rec = new Recorder();
    const o = rec.input('ref', { x: 1.5 });
    expect(() => rec.record('getfield', [o], { descr: X, type: 'int' })).toThrow(/not a int/);
    const r = rec.input('ref', 'str');
    expect(() => rec.record('cast_ref_to_int', [r])).toThrow(TracerBug);
    expect(rec.ops).toHaveLength(0);
    expect((rec.record('getfield', [o], { descr: X, type: 'float' }) as Op).value).toBe(1.5);
  });

  it('records structure ops as given', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    rec.record('debug_merge_point', [rec.constInt(0), rec.constInt(4)]);
    rec.record('finish', [], { snapshot: rec.snapshot(0, 4, [i]) });
    expect(text(rec)).toBe(canon('[i0]\ndebug_merge_point(0, 4)\nfinish() [0@4: i0]'));
    expect(() => rec.record('finish', [])).toThrow(/snapshot/);
  });
});

describe('recorder: folding', () => {
  it('folds pure ops with constant arguments into constants, recording nothing', () => {
    const rec = new Recorder();
    const c = rec.record('int_add', [rec.constInt(2), rec.constInt(3)]);
    expect(c).toBeInstanceOf(Const);
    expect(c.value).toBe(5);
    const d = rec.record('int_mul', [c, rec.constInt(65536)]);
    expect(rec.record('int_mul', [d, d]).value).toBe(0);
    expect(rec.record('float_mul', [rec.constFloat(-1), rec.constFloat(0)]).value).toBe(-0);
    expect(rec.record('ref_typeof', [rec.constRef('s')]).value).toBe('string');
    expect(rec.record('int_lt', [rec.constInt(1), rec.constInt(2)])).toMatchObject({ isConst: true, type: 'bool', value: true });
    expect(rec.record('same_as', [rec.constFloat(1.5)])).toMatchObject({ isConst: true, type: 'float' });
    expect(rec.ops).toHaveLength(0);
    expect(rec.folded).toBe(7);
  });

  it('folds elidable calls and immutable reads of constants', () => {
    const rec = new Recorder();
    let calls = 0;
    const sq = (x: number): number => (calls++, x * x);
    expect(rec.record('call_pure', [rec.constRef(sq), rec.constFloat(3)], { type: 'float' }).value).toBe(9);
    expect(calls).toBe(1);
    const k = rec.record('getfield_imm', [rec.constRef({ x: 7 })], { descr: X, type: 'int' });
    expect(k).toMatchObject({ isConst: true, value: 7 });
    const item = rec.record('getarrayitem_imm', [rec.constRef([4, 5, 6]), rec.constInt(2)], { descr: ANY, type: 'int' });
    expect(item).toMatchObject({ isConst: true, type: 'int', value: 6 });
    const byte = rec.record('getarrayitem_imm', [rec.constRef(Uint8Array.from([9, 200])), rec.constInt(1)], { descr: arrayDescr('u8') });
    expect(byte).toMatchObject({ isConst: true, type: 'int', value: 200 });
    expect(rec.ops).toHaveLength(0);
    expect(rec.folded).toBe(4);
  });

  it('records immutable item reads unless both the array and the index are constants', () => {
    const rec = new Recorder();
    const arr = [4, 5, 6];
    const a = rec.input('ref', arr);
    const i = rec.input('int', 1);
    const byArray = rec.record('getarrayitem_imm', [a, rec.constInt(0)], { descr: ANY, type: 'int' });
    const byIndex = rec.record('getarrayitem_imm', [rec.constRef(arr), i], { descr: ANY, type: 'int' });
    expect([byArray.value, byIndex.value]).toEqual([4, 5]);
    rec.record('finish', [], { snapshot: rec.snapshot(0, 9, [byArray, byIndex]) });
    const ns = { ...NS, ARR: arr };
    expect(print(rec.trace(), ns)).toBe(
      canon(
        `
        [r0, i1]
        i2 = getarrayitem_imm(r0, 0, [any])
        i3 = getarrayitem_imm(@ARR, i1, [any])
        finish() [0@9: i2, i3]
      `,
        ns,
      ),
    );
    verifyTrace(rec.trace());
    expect(execute(rec.trace(), [[7, 8, 9], 2])).toMatchObject({ kind: 'exit', values: [7, 6] });
  });

  it('checks the type and typed-array bounds of immutable item reads, recording nothing on failure', () => {
    const rec = new Recorder();
    const a = rec.input('ref', ['s', 1]);
    const b = rec.input('ref', Uint8Array.from([1]));
    expect(() => rec.record('getarrayitem_imm', [a, rec.constInt(0)], { descr: ANY, type: 'int' })).toThrow(TracerBug);
    expect(() => rec.record('getarrayitem_imm', [b, rec.constInt(3)], { descr: arrayDescr('u8') })).toThrow(/out of bounds/);
    expect(() => rec.record('getarrayitem_imm', [a, rec.constInt(0)], { descr: X })).toThrow(/array descriptor/);
    expect(rec.ops).toHaveLength(0);
  });

  it('does not fold what is not pure or not constant', () => {
    const rec = new Recorder();
    const i = rec.input('int', 4);
    const obj = { x: 1 };
    rec.record('int_add', [i, rec.constInt(0)]);
    rec.record('getfield', [rec.constRef(obj)], { descr: X, type: 'int' });
    const fn = (): number => 3;
    rec.record('call', [rec.constRef(fn)], { type: 'int', snapshot: rec.snapshot(0, 0, []) });
    rec.record('call_pure', [rec.constRef(Math.abs), i], { type: 'int', snapshot: rec.snapshot(0, 0, []) });
    expect(rec.ops.map((o) => o.opcode)).toEqual(['int_add', 'getfield', 'call', 'call_pure']);
    expect(rec.folded).toBe(0);
  });

  it('a raising op needs a snapshot unless it folds', () => {
    const rec = new Recorder();
    const i = rec.input('int', 4);
    expect(() => rec.record('call', [rec.constRef(Math.abs)], { type: 'int' })).toThrow(/snapshot/);
    expect(() => rec.record('call_pure', [rec.constRef(Math.abs), i], { type: 'int' })).toThrow(/snapshot/);
    expect(rec.ops).toHaveLength(0);
  });
});

describe('recorder: guards', () => {
  it('records a guard that holds and refuses one that does not', () => {
    const rec = new Recorder();
    const i = rec.input('int', 5);
    const b = rec.record('int_lt', [i, rec.constInt(3)]);
    const snap = rec.snapshot(0, 1, [i]);
    expect(() => rec.guard('guard_true', [b], snap)).toThrow(TracerBug);
    expect(() => rec.guard('guard_true', [b], snap)).toThrow(/does not hold at record time/);
    expect(rec.guard('guard_false', [b], snap)).toBeNull();
    expect(rec.ops.map((o) => o.opcode)).toEqual(['int_lt', 'guard_false']);
    expect(() => rec.guard('guard_false', [b], null)).not.toThrow(); // implied now: no snapshot needed
    const c = rec.record('int_add', [i, rec.constInt(1)]);
    expect(() => rec.guard('guard_value', [c, rec.constInt(6)], null)).toThrow(/needs a snapshot/);
  });

  it('checks and drops guards of constants', () => {
    const rec = new Recorder();
    const snap = rec.snapshot(0, 0, []);
    expect(rec.guard('guard_true', [rec.constBool(true)], snap)).toBeNull();
    expect(rec.guard('guard_nonnull', [rec.constRef({})], snap)).toBeNull();
    expect(rec.guard('guard_class', [rec.constRef(new Point()), rec.constRef(Point)], snap)).toBeNull();
    expect(() => rec.guard('guard_true', [rec.constBool(false)], snap)).toThrow(TracerBug);
    expect(() => rec.guard('guard_isnull', [rec.constRef(0)], snap)).toThrow(TracerBug);
    expect(rec.ops).toHaveLength(0);
    expect(rec.elidedGuards).toBe(3);
  });

  it('requires constants where the guard compares with one', () => {
    const rec = new Recorder();
    const i = rec.input('int', 5);
    const j = rec.input('int', 5);
    const r = rec.input('ref', new Point());
    const snap = rec.snapshot(0, 0, []);
    expect(() => rec.guard('guard_value', [i, j], snap)).toThrow(/constant/);
    expect(() => rec.guard('guard_class', [r, rec.input('ref', Point)], snap)).toThrow(/constant class/);
  });

  it('records overflow-checked arithmetic as a guard with a result', () => {
    const rec = new Recorder();
    const i = rec.input('int', 2 ** 30);
    const snap = rec.snapshot(0, 0, [i]);
    const r = rec.guard('int_add_ovf', [i, rec.constInt(5)], snap);
    expect(r.value).toBe(2 ** 30 + 5);
    expect(() => rec.guard('int_mul_ovf', [i, rec.constInt(4)], snap)).toThrow(TracerBug);
    expect(rec.guard('int_sub_ovf', [rec.constInt(7), rec.constInt(9)], snap)).toMatchObject({ isConst: true, value: -2 });
    expect(text(rec)).toBe(canon('[i0]\ni1 = int_add_ovf(i0, 5) [0@0: i0]'));
  });

  it('drops a guard the recorder already knows: repeated conditions, known class, non-null', () => {
    const rec = new Recorder();
    const b = rec.input('bool', true);
    const r = rec.input('ref', new Point());
    const snap = rec.snapshot(0, 0, [b, r]);
    rec.guard('guard_true', [b], snap);
    rec.guard('guard_true', [b], snap);
    expect(() => rec.guard('guard_false', [b], snap)).toThrow(TracerBug);
    rec.guard('guard_class', [r, rec.constRef(Point)], snap);
    rec.guard('guard_class', [r, rec.constRef(Point)], snap);
    rec.guard('guard_nonnull', [r], snap);
    const p = rec.record('new', [rec.constRef(Point)]);
    rec.guard('guard_class', [p, rec.constRef(Point)], snap);
    rec.guard('guard_nonnull', [p], snap);
    const a = rec.record('new_array', [rec.constInt(2)], { descr: ANY });
    rec.guard('guard_class', [a, rec.constRef(Array)], snap);
    // b is known true, so a dependent op folds.
    expect(rec.record('bool_not', [b])).toMatchObject({ isConst: true, value: false });
    expect(text(rec)).toBe(
      canon(`
        [b0, r1]
        guard_true(b0) [0@0: b0, r1]
        guard_class(r1, @Point) [0@0: b0, r1]
        r2 = new(@Point)
        r3 = new_array(2, [any])
      `),
    );
    expect(rec.elidedGuards).toBe(6);
  });

  it('records a class guard of a different class, and a nonnull guard of an unknown box', () => {
    class Other {}
    const rec = new Recorder();
    const r = rec.input('ref', new Other());
    const q = rec.input('ref', new Point());
    const snap = rec.snapshot(0, 0, []);
    rec.guard('guard_class', [q, rec.constRef(Point)], snap);
    rec.guard('guard_nonnull', [r], snap);
    rec.guard('guard_class', [r, rec.constRef(Other)], snap);
    expect(rec.ops.map((o) => o.opcode)).toEqual(['guard_class', 'guard_nonnull', 'guard_class']);
  });
});

describe('recorder: promote', () => {
  it('records guard_value once and substitutes the constant afterwards', () => {
    const rec = new Recorder();
    const i = rec.input('int', 5);
    const snap = rec.snapshot(0, 0, [i]);
    const c = rec.promote(i, snap);
    expect(c).toMatchObject({ isConst: true, type: 'int', value: 5 });
    expect(rec.promote(i, snap)).toBe(c);
    expect(rec.promote(c, null)).toBe(c);
    expect(rec.record('int_add', [i, rec.constInt(1)])).toMatchObject({ isConst: true, value: 6 });
    expect(text(rec)).toBe(canon('[i0]\nguard_value(i0, 5) [0@0: i0]'));
  });

  it('a plain guard_value teaches the same, except for float zero', () => {
    const rec = new Recorder();
    const f = rec.input('float', 2.5);
    const z = rec.input('float', -0);
    const snap = rec.snapshot(0, 0, []);
    rec.guard('guard_value', [f, rec.constFloat(2.5)], snap);
    rec.guard('guard_value', [z, rec.constFloat(-0)], snap);
    expect(rec.record('float_add', [f, f])).toMatchObject({ isConst: true, value: 5 });
    expect(rec.record('float_neg', [z]).isConst).toBe(false);
  });

  it('promoting a float zero also guards its sign', () => {
    const rec = new Recorder();
    const z = rec.input('float', -0);
    const snap = rec.snapshot(0, 0, [z]);
    const c = rec.promote(z, snap);
    expect(Object.is(c.value, -0)).toBe(true);
    expect(text(rec)).toBe(
      canon(`
        [f0]
        guard_value(f0, -0.0) [0@0: f0]
        f1 = float_div(1.0, f0)
        b2 = float_gt(f1, 0.0)
        guard_false(b2) [0@0: f0]
      `),
    );
    expect(rec.record('float_neg', [z]).isConst).toBe(true);
  });
});

describe('recorder: calls that throw', () => {
  it('keeps the call, marks it raised, rethrows, and refuses to record more', () => {
    const rec = new Recorder();
    const i = rec.input('int', 1);
    const o = rec.input('ref', { x: 1 });
    rec.record('getfield', [o], { descr: X, type: 'int' });
    const err = new Error('guest');
    const boom = (): never => {
      throw err;
    };
    let caught: unknown;
    try {
      rec.record('call', [rec.constRef(boom), i], { type: 'void', snapshot: rec.snapshot(0, 2, [i]) });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
    expect(rec.raised).toBe(rec.ops[1]);
    expect(rec.ops.map((x) => x.opcode)).toEqual(['getfield', 'call']);
    expect(() => rec.record('int_add', [i, i])).toThrow(/after call/);
    expect(() => rec.guard('guard_value', [i, rec.constInt(1)], rec.snapshot(0, 3, []))).toThrow(TracerBug);
    verifyTrace(rec.trace());
  });

  it('a folded elidable call that throws records nothing and leaves the recorder usable', () => {
    const rec = new Recorder();
    const bad = (): never => {
      throw new RangeError('no');
    };
    expect(() => rec.record('call_pure', [rec.constRef(bad)], { type: 'int' })).toThrow(RangeError);
    expect(rec.raised).toBeNull();
    expect(rec.ops).toHaveLength(0);
    rec.record('int_add', [rec.input('int', 1), rec.constInt(1)]);
    expect(rec.ops).toHaveLength(1);
  });

  it('a call result must have the declared type; a void call ignores it', () => {
    const rec = new Recorder();
    const snap = rec.snapshot(0, 0, []);
    const f = (): string => 'x';
    expect(() => rec.record('call', [rec.constRef(f)], { type: 'int', snapshot: snap })).toThrow(/not a int/);
    const rec2 = new Recorder();
    const v = rec2.record('call', [rec2.constRef(f)], { type: 'void', snapshot: rec2.snapshot(0, 0, []) }) as Op;
    expect(v.type).toBe('void');
    expect(v.value).toBeUndefined();
  });
});

describe('recorder: trace length limit', () => {
  it('throws TraceTooLong before executing the op that does not fit', () => {
    const rec = new Recorder({ limit: 3 });
    const o = { x: 0 };
    const r = rec.input('ref', o);
    const i = rec.input('int', 1);
    rec.record('int_add', [i, i]);
    rec.record('int_sub', [i, i]);
    rec.record('setfield', [r, i], { descr: X });
    expect(o.x).toBe(1);
    const j = rec.input('int', 2);
    expect(() => rec.record('setfield', [r, j], { descr: X })).toThrow(TraceTooLong);
    expect(o.x).toBe(1);
    expect(() => rec.recordPure('int_mul', [i, j], 2)).toThrow(TraceTooLong);
    expect(() => rec.guard('guard_true', [rec.record('int_is_true', [rec.constInt(1)]) as Value], null)).not.toThrow();
    expect(rec.recordedCount).toBe(3);
    // Folding, forwarding and dropped guards need no room; closing the trace is always possible.
    expect(rec.record('int_add', [rec.constInt(1), rec.constInt(1)]).value).toBe(2);
    rec.record('jump', [i]);
    expect(rec.recordedCount).toBe(4);
  });

  it('says which inlined callee recorded the most', () => {
    const rec = new Recorder({ limit: 10 });
    const i = rec.input('int', 1);
    rec.record('int_add', [i, i]);
    rec.enterFrame(0, 4, [i], 7);
    rec.record('int_add', [i, i]);
    rec.record('int_add', [i, i]);
    rec.leaveFrame();
    rec.enterFrame(0, 8, [i], 9);
    rec.record('int_add', [i, i]);
    rec.enterFrame(9, 2, [i], 7);
    let err: unknown;
    try {
      for (;;) rec.record('int_neg', [i]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TraceTooLong);
    const t = err as TraceTooLong;
    expect(t.limit).toBe(10);
    // callee 9: 1 + 6 (its own callee's ops included); callee 7: 2 + 6.
    expect(Object.fromEntries(t.inlined)).toEqual({ 7: 8, 9: 7 });
    expect(t.biggestInlined()).toBe(7);
    expect(new TraceTooLong(1, new Map()).biggestInlined()).toBeNull();
  });

  it('rejects a nonsensical limit', () => {
    expect(() => new Recorder({ limit: 0 })).toThrow(RangeError);
    expect(new Recorder().limit).toBe(DEFAULT_TRACE_LIMIT);
  });
});

describe('recorder: recordPure', () => {
  it('records exactly what the generic path records for non-constant arguments', () => {
    const a = new Recorder();
    const b = new Recorder();
    const ia = a.input('int', 3);
    const ib = b.input('int', 3);
    const xa = a.record('int_mul', [ia, a.constInt(7)]);
    const xb = b.recordPure('int_mul', [ib, b.constInt(7)], 21);
    a.record('int_lt', [xa, ia]);
    b.recordPure('int_lt', [xb, ib], false);
    expect(text(b)).toBe(text(a));
    expect(xb.value).toBe(21);
    expect(xb.type).toBe('int');
    expect(b.ops[1]!.type).toBe('bool');
  });

  it('skips folding, substitution and the heap cache (the caller guarantees the contract)', () => {
    const rec = new Recorder();
    const i = rec.input('int', 5);
    const o = rec.input('ref', { x: 1 });
    rec.record('getfield', [o], { descr: X, type: 'int' });
    rec.promote(i, rec.snapshot(0, 0, [i]));
    rec.recordPure('int_add', [i, rec.constInt(1)], 6);
    rec.recordPure('int_add', [rec.constInt(1), rec.constInt(1)], 2);
    // The heap cache still forwards the field: recordPure did not touch it.
    rec.record('getfield', [o], { descr: X, type: 'int' });
    expect(text(rec)).toBe(
      canon(`
        [i0, r1]
        i2 = getfield(r1, .x)
        guard_value(i0, 5) [0@0: i0]
        i3 = int_add(i0, 1)
        i4 = int_add(1, 1)
      `),
    );
    expect(rec.folded).toBe(1);
  });
});
