import { execute } from '../../runtime/ir/executor.js';
import { Const, type Op, type Trace, type Value, snapshotFailArgs } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { Recorder } from '../../runtime/recorder/recorder.js';
import { rebuildForBridge } from '../../runtime/resume/bridge.js';
import { deoptimize } from '../../runtime/resume/deopt.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { encodeExits } from '../../runtime/resume/encoder.js';
import { ExitDescr, type ExitKind } from '../../runtime/resume/exit.js';
import { Node, Point, NS, canon, parse, print } from '../support/trace-text.js';
import { framesDiffer, randomFragment } from './support.js';

function exitOf(text: string, kind: ExitKind = 'guard'): ExitDescr {
  const t: Trace = parse(text);
  const op = t.ops.find((o) => o.snapshot)!;
  const exit = new ExitDescr(kind, op.snapshot!, 3, op);
  encodeExits([exit]);
  return exit;
}

const valueOf = (b: Value): unknown => b.value;

describe('bridge entry', () => {
  it('makes the exit values typed inputs and records the virtuals again', () => {
    const exit = exitOf(`
      [i0, r1, f2]
      guard_true(true) [1@5: i0, v0, f2 | 0@9: r1, 7, v0] {v0: @Point .x=i0 .y=v0}
    `);
    const rec = new Recorder();
    const ext = { e: 1 };
    const start = rebuildForBridge(rec, exit, [42, 1.5, ext]);
    expect(start.rec).toBe(rec);
    expect(start.exit).toBe(exit);
    expect(print(rec.trace(), NS)).toBe(
      canon(`
        [i0, f1, r2]
        r3 = new(@Point)
        setfield(r3, i0, .x)
        setfield(r3, r3, .y)
      `),
    );
    verifyTrace(rec.trace());
    // Frames outermost first, with boxes.
    const [outer, inner] = start.frames;
    const [i0, f1, r2] = rec.inputs;
    const p = rec.ops[0]!;
    expect(outer).toMatchObject({ code: 0, pc: 9 });
    expect(outer!.values[0]).toBe(r2);
    expect(outer!.values[1]).toMatchObject({ isConst: true, type: 'int', value: 7 });
    expect(outer!.values[2]).toBe(p);
    expect(inner).toMatchObject({ code: 1, pc: 5 });
    expect(inner!.values).toEqual([i0, p, f1]);
    // The boxes hold the concrete state.
    const obj = p.value as Point;
    expect(obj).toBeInstanceOf(Point);
    expect(obj.x).toBe(42);
    expect(obj.y).toBe(obj);
    expect(r2!.value).toBe(ext);
    // The outer frame is an open inlined call: snapshots in the bridge have it as parent.
    expect(rec.depth).toBe(1);
    const s = rec.snapshot(1, 6, inner!.values);
    expect(s.parent!.code).toBe(0);
    expect(s.parent!.pc).toBe(9);
    expect(s.parent!.values).toEqual(outer!.values);
    expect(start.exception).toBeUndefined();
  });

  it('adopts the objects of the deoptimization the embedder holds', () => {
    const exit = exitOf('[i0]\nguard_true(true) [0@2: v0, v1] {v0: @Node .value=i0 .next=v1; v1: [any] v0, i0}');
    const S = [3];
    const d = deoptimize(exit, S);
    const start = rebuildForBridge(new Recorder(), exit, S, d);
    const [node, items] = start.frames[0]!.values;
    expect(node!.value).toBe(d.frames[0]!.values[0]);
    expect(items!.value).toBe(d.frames[0]!.values[1]);
    expect((node!.value as Node).next).toBe(items!.value);
    expect(print(start.rec.trace(), NS)).toBe(
      canon(`
        [i0]
        r1 = new(@Node)
        r2 = new_array(2, [any])
        setfield(r1, i0, .value)
        setfield(r1, r2, .next)
        setarrayitem(r2, 0, r1, [any])
        setarrayitem(r2, 1, i0, [any])
      `),
    );
    // Given explicitly, a deoptimization of another state is refused.
    const other = deoptimize(exit, [4]);
    expect(() => rebuildForBridge(new Recorder(), exit, S, other)).toThrow(/not its state/);
    // Without any, fresh objects are built.
    const fresh = rebuildForBridge(new Recorder(), exit, [3]);
    expect(fresh.frames[0]!.values[0]!.value).not.toBe(d.frames[0]!.values[0]);
  });

  it('ignores a deoptimization of a different exit', () => {
    const t = parse('[i0]\nguard_true(true) [0@2: v0] {v0: @Point .x=i0}\nguard_false(false) [0@3: v0] {v0: @Point .x=i0}');
    const [a, b] = t.ops.map((o) => new ExitDescr('guard', o.snapshot!, 0, o));
    encodeExits([a!, b!]);
    const S = [1];
    const d = deoptimize(a!, S);
    const start = rebuildForBridge(new Recorder(), b!, S, d);
    expect(start.frames[0]!.values[0]!.value).not.toBe(d.frames[0]!.values[0]);
  });

  it('records typed arrays and keeps constant types', () => {
    const exit = exitOf('[f0]\nguard_true(true) [0@1: v0, 2.0, 2, "s", null, true] {v0: [f64] f0, 0.5}');
    const start = rebuildForBridge(new Recorder(), exit, [0.25]);
    const vals = start.frames[0]!.values;
    expect(vals.slice(1).map((v) => [v.type, v.value])).toEqual([
      ['float', 2],
      ['int', 2],
      ['ref', 's'],
      ['ref', null],
      ['bool', true],
    ]);
    expect(vals[0]!.value).toEqual(new Float64Array([0.25, 0.5]));
    expect(start.rec.ops.map((o) => o.opcode)).toEqual(['new_array', 'setarrayitem', 'setarrayitem']);
  });

  it('an exception exit adds the thrown value as the last input', () => {
    const exit = exitOf('[i0]\ni1 = call(@escape, i0) [0@3: i0]', 'exception');
    const err = new Error('x');
    const start = rebuildForBridge(new Recorder(), exit, [8, err]);
    expect(start.rec.inputs.map((i) => i.type)).toEqual(['int', 'ref']);
    expect(start.exception).toBe(start.rec.inputs[1]);
    expect(start.exception!.value).toBe(err);
  });

  it('needs a fresh recorder', () => {
    const exit = exitOf('[i0]\nguard_true(true) [0@3: i0]');
    const rec = new Recorder();
    rec.input('int', 1);
    expect(() => rebuildForBridge(rec, exit, [1])).toThrow(/fresh recorder/);
  });

  it('on random exits: the recorded allocations build what deoptimization builds', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const frag = randomFragment(seed);
      encodeExits(frag.exits);
      for (const exit of frag.exits) {
        const S = frag.states.get(exit)!;
        const rec = new Recorder();
        const start = rebuildForBridge(rec, exit, S);
        verifyTrace(rec.trace());
        expect(rec.inputs.map((i) => i.type)).toEqual([...exit.failArgs.map((a) => a.type), ...(exit.kind === 'exception' ? ['ref'] : [])]);
        const fromBoxes = start.frames.map((f) => ({ code: f.code, pc: f.pc, values: f.values.map(valueOf) }));
        const expected = deoptimize(exit, S).frames;
        const diff = framesDiffer(fromBoxes, expected, frag.external);
        if (diff) throw new Error(`seed ${seed}, exit ${exit.id}: ${diff}`);

        // Running the bridge prefix (ending in a finish with the innermost frame) from S builds
        // the same objects again: the recorded ops mean what the boxes hold.
        const inner = start.frames[start.frames.length - 1]!;
        const snap = rec.snapshot(inner.code, inner.pc, inner.values);
        rec.record('finish', [], { snapshot: snap });
        const run = execute(rec.trace(), S.slice(0, rec.inputs.length));
        if (run.kind !== 'exit') throw new Error('the bridge prefix did not reach its finish');
        const fa = snapshotFailArgs(snap);
        const executed = materializeFrames(snap, (op) => run.values[fa.indexOf(op)]);
        const diff2 = framesDiffer(executed, expected, frag.external);
        if (diff2) throw new Error(`seed ${seed}, exit ${exit.id}, executed: ${diff2}`);

        // After a deoptimization of this state, the boxes hold exactly its objects.
        const d = deoptimize(exit, S);
        const adopted = rebuildForBridge(new Recorder(), exit, S, d);
        adopted.frames.forEach((f, k) => f.values.forEach((b, j) => expect(Object.is(b.value, d.frames[k]!.values[j])).toBe(true)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('constants in frames are boxes of the right type', () => {
    const exit = exitOf('[i0]\nguard_true(true) [0@0: i0, 100000, -3]');
    const vals = rebuildForBridge(new Recorder(), exit, [1]).frames[0]!.values;
    expect(vals[1]).toBeInstanceOf(Const);
    expect((vals as Op[]).map((v) => v.type)).toEqual(['int', 'int', 'int']);
    expect(vals.map(valueOf)).toEqual([1, 100000, -3]);
  });
});
