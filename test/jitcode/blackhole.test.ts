/**
 * The blackhole interpreter on hand-written jitcodes: from the start (arithmetic, branches,
 * calls, heap, raise, switch) and resumed from jitcode frames, as deoptimization gives them.
 */
import { Blackhole, classMismatch, parseJitcodes } from '../../runtime/jitcode/index.js';
import { JNS, PROGRAM, Point, SAMPLES, VM, hypot } from './samples.js';

const table = parseJitcodes(SAMPLES, { namespace: JNS });
const bh = new Blackhole(table);
const run = (name: string, ...args: unknown[]) => bh.call(table.byName(name).number, args);
const num = (name: string) => table.byName(name).number;

describe('running from the start', () => {
  test('arithmetic wraps like | 0', () => {
    expect(run('arith', 6, 7)).toBe(6 * 7 + 7 - 6);
    expect(run('arith', 0x10000, 0x10000)).toBe((Math.imul(0x10000, 0x10000) + 7 - 0x10000) | 0);
  });

  test('branches take both ways', () => {
    expect(run('max', 3, 9)).toBe(9);
    expect(run('max', 9, 3)).toBe(9);
    expect(run('max', -4, -4)).toBe(-4);
  });

  test('inlined and residual calls', () => {
    expect(run('sumsq', 3, 4)).toBe(25);
    expect(run('dist', 3, 4)).toBe(hypot(3, 4) + 0.5);
  });

  test('heap: new, fields, arrays', () => {
    const arr = [10, 20, 30];
    const p = run('heap', arr, 2) as Point;
    expect(Object.getPrototypeOf(p)).toBe(Point.prototype);
    expect(p.x).toBe(2);
    expect(p.y).toBe(3);
    expect(arr).toEqual([30, 20, 30]);
  });

  test('immutable array items read like mutable ones', () => {
    expect(run('items', Int32Array.from([5, 6, 7]), 2)).toBe(12);
    expect(run('items', [40, 2], 1)).toBe(42);
  });

  test('a raising residual call and raise propagate as JavaScript exceptions', () => {
    expect(run('check', 5)).toBe(5);
    expect(() => run('check', -1)).toThrow('negative');
    const t = parseJitcodes('jitcode boom(r0) regs=1 kinds=r\n  raise r0', { namespace: JNS });
    const err = new Error('guest');
    let caught: unknown;
    try {
      new Blackhole(t).call(0, [err]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
  });

  test('switch, promote and guard_class', () => {
    const p = Object.assign(new Point(), { x: 11, y: 22 });
    expect(run('pick', 1, p)).toBe(11);
    expect(run('pick', 2, p)).toBe(22);
    expect(run('pick', 7, p)).toBe(-1);
    expect(() => run('pick', 1, { x: 1 })).toThrow(classMismatch({}, Point).message);
  });

  test('the guest VM runs its program to the halt', () => {
    const vm = Object.assign(new VM(), { i: 100 });
    let steps = 0;
    while (bh.call(num('step'), [vm, PROGRAM]) === 0) steps++;
    let acc = 0;
    for (let i = 100; i !== 0; i--) acc = acc + i > 1000 ? acc + i - 1000 : acc + i;
    expect(vm.acc).toBe(acc);
    expect(vm.i).toBe(0);
    expect(vm.pc).toBe(4);
    expect(steps).toBe(300);
  });
});

describe('resuming from frames', () => {
  test('the innermost frame executes its guard instruction again', () => {
    // max stands at its goto_if_not (pc 4) with b2 false: the branch is taken.
    expect(bh.resume([{ code: num('max'), pc: 4, values: [false, 3, 9] }])).toBe(3);
    expect(bh.resume([{ code: num('max'), pc: 4, values: [true, 3, 9] }])).toBe(9);
  });

  test('a callee runs to its return, the caller goes on after its inline_call', () => {
    const vm = Object.assign(new VM(), { pc: 0, acc: 999, i: 501 });
    // step waits at its inline_call (pc 42) with r0, i2; add stands at its guard (pc 8).
    const r = bh.resume([
      { code: num('step'), pc: 42, values: [vm, 0] },
      { code: num('add'), pc: 8, values: [1500, true] },
    ]);
    expect(r).toBe(0);
    expect(vm.acc).toBe(500);
    expect(vm.pc).toBe(1);
    expect(vm.i).toBe(501);
  });

  test('a resumed switch dispatches on the value it was given', () => {
    const p = Object.assign(new Point(), { x: 1, y: 2 });
    expect(bh.resume([{ code: num('pick'), pc: 11, values: [2, p] }])).toBe(2);
  });

  test('frames must match liveness and stand where they can resume', () => {
    expect(() => bh.resume([{ code: num('max'), pc: 4, values: [true, 3] }])).toThrow(/2 values for 3 live registers/);
    expect(() => bh.resume([{ code: num('max'), pc: 0, values: [] }])).toThrow(/carries no liveness/);
    expect(() =>
      bh.resume([
        { code: num('max'), pc: 4, values: [true, 1, 2] },
        { code: num('add'), pc: 8, values: [1, true] },
      ]),
    ).toThrow(/must stand at an inline_call/);
  });

  test('an exception exit is rethrown, not resumed', () => {
    const err = new Error('from compiled code');
    expect(() => bh.resumeDeopt({ frames: [], exception: { value: err }, exit: null as never })).toThrow(err);
  });
});
