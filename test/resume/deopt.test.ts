import { execute } from '../../runtime/ir/executor.js';
import { Const, type FrameSnapshot, type Trace, Virtual, fieldDescr } from '../../runtime/ir/trace.js';
import { Recorder } from '../../runtime/recorder/recorder.js';
import { deoptimize } from '../../runtime/resume/deopt.js';
import { ResumeEncoder, encodeExits } from '../../runtime/resume/encoder.js';
import { ExitDescr, type ExitKind } from '../../runtime/resume/exit.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { Node, Point, parse } from '../support/trace-text.js';
import { framesDiffer, randomFragment } from './support.js';

/** The exits of a parsed trace, one per op with a snapshot. */
function exitsOf(t: Trace, kind: ExitKind = 'guard'): ExitDescr[] {
  return t.ops.filter((o) => o.snapshot).map((o) => new ExitDescr(kind, o.snapshot!, 0, o));
}

describe('deoptimizer: the same frames as materializeFrames', () => {
  it('on random fragments with multi-frame chains and nested, shared, cyclic virtuals', () => {
    let exitsSeen = 0;
    let virtualsSeen = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const frag = randomFragment(seed);
      const enc = new ResumeEncoder();
      const expected = new Map<ExitDescr, ReturnType<typeof materializeFrames>>();
      for (const exit of frag.exits) {
        const S = frag.states.get(exit)!;
        expected.set(exit, materializeFrames(exit.snapshot, (op) => S[exit.failArgs.indexOf(op)]));
        enc.encode(exit);
      }
      // Resume data stands alone: spoil the snapshots' values after encoding.
      for (const exit of frag.exits) {
        for (const f of exit.snapshot.frames()) {
          virtualsSeen += f.values.filter((v) => v instanceof Virtual).length;
          f.values.fill(new Const('int', 99));
        }
      }
      for (const exit of frag.exits) {
        const S = frag.states.get(exit)!;
        const d = deoptimize(exit, S);
        const diff = framesDiffer(d.frames, expected.get(exit)!, frag.external);
        if (diff) throw new Error(`seed ${seed}, exit ${exit.id}: ${diff}`);
        expect(d.exit).toBe(exit);
        if (exit.kind === 'exception') expect(d.exception!.value).toBe(S[exit.failArgs.length]);
        else expect('exception' in d).toBe(false);
        // Deoptimizing again (cached plan) builds new objects with the same shape.
        const again = deoptimize(exit, S);
        expect(framesDiffer(again.frames, d.frames, frag.external)).toBeNull();
        exitsSeen++;
      }
    }
    expect(exitsSeen).toBeGreaterThan(1000);
    expect(virtualsSeen).toBeGreaterThan(200);
  });

  it('builds cyclic and shared virtuals once per exit', () => {
    const t = parse(`
      [i0, r1, f2]
      guard_true(true) [1@4: v0, v1, i0 | 0@9: v0, r1] {v0: @Node .value=i0 .next=v0; v1: [any] v0, v0, f2}
    `);
    const [exit] = exitsOf(t);
    encodeExits([exit!]);
    const ext = { tag: 'ext' };
    expect(exit!.failArgs.map((o) => o.type)).toEqual(['int', 'float', 'ref']);
    const d = deoptimize(exit!, [5, 2.5, ext]);
    expect(d.frames.map((f) => [f.code, f.pc])).toEqual([
      [0, 9],
      [1, 4],
    ]);
    const [outer, inner] = d.frames;
    const node = inner!.values[0] as Node;
    expect(node).toBeInstanceOf(Node);
    expect(node.next).toBe(node);
    expect(node.value).toBe(5);
    expect(Object.keys(node)).toEqual(['value', 'next']);
    expect(inner!.values[1]).toEqual([node, node, 2.5]);
    expect((inner!.values[1] as unknown[])[0]).toBe(node);
    expect(outer!.values[0]).toBe(node);
    expect(outer!.values[1]).toBe(ext);
  });

  it('typed virtual arrays narrow their items as the interpreter would', () => {
    const t = parse('[i0, f1]\nguard_true(true) [0@0: v0, v1] {v0: [u8] i0, 300; v1: [f32] f1}');
    const [exit] = exitsOf(t);
    encodeExits([exit!]);
    const d = deoptimize(exit!, [-1, 0.1]);
    expect(d.frames[0]!.values[0]).toEqual(new Uint8Array([255, 44]));
    expect((d.frames[0]!.values[1] as Float32Array)[0]).toBe(Math.fround(0.1));
  });

  it('reads fail args in snapshotFailArgs order, with repeats and constants in between', () => {
    const t = parse('[i0, r1, b2]\nguard_true(b2) [2@1: r1, 3, r1, v0 | 0@0: i0, b2] {v0: @Point .x=b2 .y=i0}');
    const [exit] = exitsOf(t);
    encodeExits([exit!]);
    expect(exit!.failArgs.map((o) => o.type)).toEqual(['ref', 'bool', 'int']);
    const d = deoptimize(exit!, ['r', true, 7]);
    const p = d.frames[1]!.values[3] as Point;
    expect(d.frames[1]!.values.slice(0, 3)).toEqual(['r', 3, 'r']);
    expect([p.x, p.y]).toEqual([true, 7]);
    expect(d.frames[0]!.values).toEqual([7, true]);
  });

  it('exception exits hand back the thrown value after the exit values', () => {
    const t = parse('[i0]\nr1 = call(@escape, i0) [0@3: i0]');
    const [exit] = exitsOf(t, 'exception');
    encodeExits([exit!]);
    const err = new Error('boom');
    const d = deoptimize(exit!, [4, err]);
    expect(d.exception).toEqual({ value: err });
    expect(d.frames).toEqual([{ code: 0, pc: 3, values: [4] }]);
    // Even an undefined exception is reported as present.
    expect(deoptimize(exit!, [4, undefined]).exception).toEqual({ value: undefined });
  });

  it('refuses an exit without resume data, or with another exit’s', () => {
    const t = parse('[i0, i1]\nguard_true(true) [0@3: i0]\nguard_true(true) [0@4: i0, i1]');
    const [a, b] = exitsOf(t);
    expect(() => deoptimize(a!, [1])).toThrow(/no resume data/);
    encodeExits([a!, b!]);
    b!.resume = a!.resume;
    expect(() => deoptimize(b!, [1, 2])).toThrow(/names 1 values but the exit has 2/);
    b!.resume = new Uint8Array([1, 0, 0, 0]);
    expect(() => deoptimize(b!, [1, 2])).toThrow(/not made by a ResumeEncoder/);
  });

  it('resumes a recorded trace with an inlined call where the executor leaves it', () => {
    // An outer loop (code 0) calls a function (code 1) that reads p.x and guards it below 10.
    const rec = new Recorder();
    const n = rec.input('int', 0);
    const p = rec.input('ref', Object.assign(new Point(), { x: 0 }));
    rec.record('label', [n, p]);
    rec.enterFrame(0, 4, [n, p], 1);
    const x = rec.record('getfield', [p], { descr: fieldDescr('x'), type: 'int' });
    const lt = rec.record('int_lt', [x, rec.constInt(10)]);
    rec.guard('guard_true', [lt], rec.snapshot(1, 0, [p, x]));
    const x1 = rec.record('int_add', [x, rec.constInt(1)]);
    rec.record('setfield', [p, x1], { descr: fieldDescr('x') });
    const n1 = rec.record('int_add', [n, x1]);
    rec.guard('guard_true', [rec.record('int_lt', [n1, rec.constInt(1000)])], rec.snapshot(1, 7, [p, x1]));
    rec.leaveFrame();
    rec.record('jump', [n1, p]);
    const trace = rec.trace();
    expect(trace.ops[3]!.snapshot!.parent).toBe(trace.ops[8]!.snapshot!.parent);

    const obj = Object.assign(new Point(), { x: 0 });
    const r = execute(trace, [0, obj]);
    if (r.kind !== 'exit') throw new Error('expected an exit');
    const exit = new ExitDescr('guard', r.op.snapshot!, 0, r.op);
    encodeExits([exit]);
    const d = deoptimize(exit, r.values);
    expect(d.frames).toEqual([
      { code: 0, pc: 4, values: [55, obj] },
      { code: 1, pc: 0, values: [obj, 10] },
    ]);
    expect(framesDiffer(d.frames, materializeFrames(exit.snapshot, (op) => r.values[exit.failArgs.indexOf(op)]), new Set([obj]))).toBeNull();
  });

  it('works for snapshots the recorder made: shared parents, frames outermost first', () => {
    const t = parse(`
      [i0, i1]
      b2 = int_lt(i0, i1)
      guard_true(b2) [1@0: i0 | 0@10: i0, i1]
      i3 = int_add(i0, 1)
      guard_true(b2) [1@2: i3 | 0@10: i0, i1]
    `);
    const exits = exitsOf(t);
    const snaps: FrameSnapshot[] = exits.map((e) => e.snapshot);
    expect(snaps[0]!.parent).toBe(snaps[1]!.parent);
    encodeExits(exits);
    const d = deoptimize(exits[1]!, [6, 5, 20]);
    expect(d.frames).toEqual([
      { code: 0, pc: 10, values: [5, 20] },
      { code: 1, pc: 2, values: [6] },
    ]);
  });
});
