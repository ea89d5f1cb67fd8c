/**
 * The reference executor's own contract: results, loops with parallel assignment, jumps to
 * other loops, exceptions, the step limit, and the errors for malformed traces.
 */

import { StepLimitExceeded, execute, loopHeader } from '../../runtime/ir/executor.js';
import { Trace, constInt, constRef, newInput, newOp } from '../../runtime/ir/trace.js';
import { NS, Point, parse } from '../support/trace-text.js';

describe('reference executor', () => {
  it('runs a loop with a permuting jump as a parallel assignment', () => {
    const t = parse(`
      [i0, i1, i2]
      label(i0, i1, i2)
      i3 = int_sub(i0, 1)
      b4 = int_gt(i3, 0)
      guard_true(b4) [0@0: i1, i2, i3]
      jump(i3, i2, i1)
    `);
    expect(execute(t, [3, 10, 20])).toMatchObject({ kind: 'exit', op: t.ops[3], values: [10, 20, 0] });
    expect(execute(t, [2, 10, 20])).toMatchObject({ values: [20, 10, 0] });
  });

  it('a jump to another loop ends with its target and values', () => {
    const t = parse('[i0]\ni1 = int_add(i0, 1)\njump(i1, i0, ->loop4)');
    expect(execute(t, [1])).toEqual({ kind: 'jump', target: 4, values: [2, 1] });
  });

  it('an exception exit carries the thrown value, even undefined', () => {
    const raise = (): never => {
      throw undefined;
    };
    const t = parse('[i0]\nr1 = call(@raise, i0) [0@0: i0]\nfinish() [0@1: r1]', { ...NS, raise });
    const r = execute(t, [5]);
    expect(r.kind).toBe('exit');
    expect('exception' in r).toBe(true);
    expect(r).toMatchObject({ op: t.ops[0], values: [5] });
    const ok = execute(parse('[i0]\nfinish() [0@1: i0]'), [5]);
    expect('exception' in ok).toBe(false);
  });

  it('exceptions without a snapshot to exit to propagate', () => {
    const err = new Error('e');
    const raise = (): never => {
      throw err;
    };
    const t = new Trace([], [newOp('call', [constRef(raise)], 'ref')]);
    expect(() => execute(t, [])).toThrow(err);
    expect(() => execute(parse('[r0]\ni1 = getfield(r0, .x)\nfinish() [0@0: i1]'), [null])).toThrow(TypeError);
  });

  it('heap ops and allocation work on real objects', () => {
    const t = parse(`
      [r0]
      r1 = new(@Point)
      setfield(r1, r0, .x)
      r2 = new_array(2, [any])
      r3 = new_array(2, [u16])
      setarrayitem(r3, 1, 70000, [u16])
      i4 = getarrayitem(r3, 1, [u16])
      i5 = getarrayitem_imm(r3, 1, [u16])
      finish() [0@0: r1, r2, r3, i4, i5]
    `);
    const r = execute(t, ['v']);
    if (r.kind !== 'exit') throw new Error('expected an exit');
    const [p, any, u16, read, immRead] = r.values as [Point, unknown[], Uint16Array, number, number];
    expect(Object.getPrototypeOf(p)).toBe(Point.prototype);
    expect(p.x).toBe('v');
    expect(Object.keys(any)).toEqual(['0', '1']);
    expect(any).toEqual([undefined, undefined]);
    expect(u16).toEqual(new Uint16Array([0, 4464]));
    expect(read).toBe(4464);
    expect(immRead).toBe(4464);
  });

  it('stops at the step limit', () => {
    const t = parse('[i0]\nlabel(i0)\ni1 = int_add(i0, 1)\njump(i1)');
    expect(() => execute(t, [0], { maxSteps: 1000 })).toThrow(StepLimitExceeded);
  });

  it('guards without a snapshot exit with no values', () => {
    const t = parse('[b0]\nguard_true(b0)\nfinish() [0@0: b0]');
    expect(execute(t, [false])).toEqual({ kind: 'exit', op: t.ops[0], values: [] });
  });

  it('refuses malformed traces', () => {
    expect(() => execute(parse('[i0]\nfinish() [0@0: i0]'), [])).toThrow('takes 1 inputs');
    expect(() => execute(parse('[i0]\ni1 = int_add(i0, 1)'), [1])).toThrow('without a jump or finish');
    const i0 = newInput('int');
    const constLabel = new Trace([i0], [newOp('label', [constInt(1)]), newOp('jump', [i0])]);
    expect(() => loopHeader(constLabel)).toThrow('constant');
    const twice = new Trace([i0], [newOp('label', [i0, i0]), newOp('jump', [i0, i0])]);
    expect(() => execute(twice, [1])).toThrow('twice');
  });

  it('does not change the trace: running twice gives the same result', () => {
    const t = parse('[i0, i1]\nlabel(i0, i1)\ni2 = int_sub(i0, 1)\nb3 = int_gt(i2, 0)\nguard_true(b3) [0@0: i1]\ni4 = int_mul(i1, 3)\njump(i2, i4)');
    const a = execute(t, [4, 1]);
    const b = execute(t, [4, 1]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ values: [27] });
  });
});
