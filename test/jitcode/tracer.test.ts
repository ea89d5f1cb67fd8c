/**
 * The generic tracer on the hand-written jitcodes: the trace it records (compared modulo
 * renaming with `canon`), what it must not record (constant branches, promoted registers,
 * forwarded reads), and that its concrete results are the blackhole's.
 */
import { printTrace } from '../../runtime/ir/printer.js';
import { Trace, type Value } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { Recorder } from '../../runtime/recorder/index.js';
import { Blackhole, GenericTracer, parseJitcodes } from '../../runtime/jitcode/index.js';
import { canon } from '../support/trace-text.js';
import { returned } from './guest.js';
import { JNS, PROGRAM, Point, SAMPLES, VM } from './samples.js';

const table = parseJitcodes(SAMPLES, { namespace: JNS });
const bh = new Blackhole(table);
const NS = { ...JNS, PROGRAM };
const NAMES = new Map<unknown, string>(Object.entries(NS).map(([k, v]) => [v, k]));
const num = (name: string) => table.byName(name).number;

type Arg = readonly [ValueType, unknown, 'const'?];

function trace(name: string, args: readonly Arg[]): { text: string; result: Value; rec: Recorder } {
  const rec = new Recorder();
  const boxes = args.map(([t, v, c]) => (c ? rec.const_(t, v) : rec.input(t, v)));
  const result = returned(new GenericTracer(table, rec).call(num(name), boxes));
  return { text: printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES }), result, rec };
}

const expectTrace = (name: string, args: readonly Arg[], expected: string) => {
  const t = trace(name, args);
  expect(t.text).toBe(canon(expected, NS));
  return t;
};

describe('recorded traces', () => {
  test('arithmetic', () => {
    expectTrace('arith', [['int', 6], ['int', 7]], `
      [i0, i1]
      i2 = int_mul(i0, i1)
      i3 = int_add(i2, 7)
      i4 = int_sub(i3, i0)`);
  });

  test('a branch on a non-constant becomes a guard with the liveness of the branch', () => {
    expectTrace('max', [['int', 3], ['int', 9]], `
      [i0, i1]
      b2 = int_lt(i0, i1)
      guard_true(b2) [1@4: b2, i0, i1]`);
    expectTrace('max', [['int', 9], ['int', 3]], `
      [i0, i1]
      b2 = int_lt(i0, i1)
      guard_false(b2) [1@4: b2, i0, i1]`);
  });

  test('a branch on constants is decided statically: nothing recorded', () => {
    const t = expectTrace('max', [['int', 9, 'const'], ['int', 3, 'const']], `[]`);
    expect(t.result.isConst && t.result.value).toBe(9);
  });

  test('inlined calls leave no trace of the call itself', () => {
    expectTrace('sumsq', [['int', 3], ['int', 4]], `
      [i0, i1]
      i2 = int_mul(i0, i0)
      i3 = int_mul(i1, i1)
      i4 = int_add(i2, i3)`);
  });

  test('residual calls carry the snapshot at their pc', () => {
    expectTrace('dist', [['float', 3], ['float', 4]], `
      [f0, f1]
      f2 = call_pure(@hypot, f0, f1) [4@0:]
      f3 = float_add(f2, 0.5)`);
  });

  test('heap operations, with the read after the write forwarded', () => {
    expectTrace('heap', [['ref', [1, 2, 3]], ['int', 2]], `
      [r0, i1]
      r2 = new(@Point)
      setfield(r2, i1, .x)
      i3 = getarrayitem(r0, i1, [any])
      setarrayitem(r0, 0, i3, [any])
      i4 = arraylen(r0, [any])
      setfield(r2, i4, .y)`);
  });

  test('immutable item reads are recorded as such, and fold when array and index are constants', () => {
    const arr = Int32Array.from([5, 6, 7]);
    expectTrace('items', [['ref', arr], ['int', 2]], `
      [r0, i1]
      i2 = getarrayitem_imm(r0, i1, [i32])
      i3 = getarrayitem_imm(r0, 0, [i32])
      i4 = int_add(i2, i3)`);
    const rec = new Recorder();
    const folded = returned(new GenericTracer(table, rec).call(num('items'), [rec.constRef(arr), rec.constInt(1)]));
    expect(folded).toMatchObject({ isConst: true, value: 11 });
    expect(rec.ops).toHaveLength(0);
  });

  test('guard_class, promote, and a switch on the promoted register decided statically', () => {
    const p = Object.assign(new Point(), { x: 1, y: 2 });
    expectTrace('pick', [['int', 2], ['ref', p]], `
      [i0, r1]
      guard_class(r1, @Point) [7@0: i0, r1]
      guard_value(i0, 2) [7@6: i0, r1]
      i2 = getfield(r1, .y)`);
  });

  test('a switch on a non-constant promotes it; a guard in a callee has the caller as parent', () => {
    const vm = Object.assign(new VM(), { acc: 990, i: 20 });
    const rec = new Recorder();
    const b = rec.input('ref', vm);
    const tracer = new GenericTracer(table, rec);
    for (let k = 0; k < 3; k++) expect(returned(tracer.call(num('step'), [b, rec.constRef(PROGRAM)])).value).toBe(0);
    expect(printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES })).toBe(
      canon(`
      [r0]
      i1 = getfield(r0, .pc)
      guard_value(i1, 0) [8@5: r0, @PROGRAM, i1]
      i2 = getarrayitem(@PROGRAM, 0, [any])
      guard_value(i2, 0) [8@17: r0, @PROGRAM, 0, i2]
      i3 = getfield(r0, .acc)
      i4 = getfield(r0, .i)
      i5 = int_add(i3, i4)
      b6 = int_gt(i5, 1000)
      guard_true(b6) [9@8: i5, b6 | 8@42: r0, 0]
      i7 = int_sub(i5, 1000)
      setfield(r0, i7, .acc)
      setfield(r0, 1, .pc)
      i8 = getarrayitem(@PROGRAM, 1, [any])
      guard_value(i8, 1) [8@17: r0, @PROGRAM, 1, i8]
      i9 = int_sub(i4, 1)
      setfield(r0, i9, .i)
      setfield(r0, 2, .pc)
      i10 = getarrayitem(@PROGRAM, 2, [any])
      guard_value(i10, 2) [8@17: r0, @PROGRAM, 2, i10]
      b11 = int_ne(i9, 0)
      guard_true(b11) [8@97: r0, @PROGRAM, 2, b11]
      i12 = getarrayitem(@PROGRAM, 3, [any])
      setfield(r0, i12, .pc)`, NS),
    );
    expect(rec.depth).toBe(0);
  });

  test('raising: a residual call that throws and raise propagate out of the tracer', () => {
    expect(() => trace('check', [['int', -1]])).toThrow('negative');
    expect(() => trace('pick', [['int', 1], ['ref', { x: 1 }]])).toThrow(/guard_class/);
  });
});

describe('concrete results equal the blackhole', () => {
  const cases: Array<[string, Arg[]]> = [];
  for (const [a, b] of [[0, 0], [3, 9], [9, 3], [-5, 5], [0x7fffffff, 2], [-0x80000000, -1]]) {
    cases.push(['arith', [['int', a], ['int', b]]], ['max', [['int', a], ['int', b]]], ['sumsq', [['int', a], ['int', b]]]);
    cases.push(['dist', [['float', a], ['float', b + 0.25]]]);
  }
  for (const k of [0, 1, 2, 3]) cases.push(['pick', [['int', k], ['ref', Object.assign(new Point(), { x: 31, y: 32 })]]]);
  for (const k of [0, 1, 2]) cases.push(['items', [['ref', Int32Array.from([-3, 9, 2147483647])], ['int', k]]]);
  test.each(cases)('%s %j', (name, args) => {
    const t = trace(name, args);
    expect(t.result.value).toEqual(bh.call(num(name), args.map(([, v]) => v)));
  });

  test('heap effects are the same', () => {
    const a1 = [5, 6, 7, 8];
    const a2 = a1.slice();
    const p1 = trace('heap', [['ref', a1], ['int', 3]]).result.value;
    const p2 = bh.call(num('heap'), [a2, 3]);
    expect(a1).toEqual(a2);
    expect(p1).toEqual(p2);
  });
});
