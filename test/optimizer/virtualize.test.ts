/**
 * Allocation removal (runtime/optimizer/virtualize.ts): what is removed, what is forced and
 * where, snapshot descriptions and their sharing, and virtuals across a loop's back edge.
 *
 * Besides the expected text, every case with input vectors is run before and after with the
 * reference executor, and what is observable must be the same: calls and their arguments at the
 * time of the call, the exit with its frames materialized, and the inputs' final state. Objects
 * are shown numbered by first appearance, so identity and sharing are compared too.
 */

import { execute as run } from '../../runtime/ir/executor.js';
import { Const, Op, type Trace, Virtual, snapshotFailArgs } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { optimize } from '../../runtime/optimizer/pipeline.js';
import { virtualizePass } from '../../runtime/optimizer/virtualize.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { NS, Node, Point, parse, print } from '../support/trace-text.js';

// ---- what a run shows: the meaning the optimized trace must keep ---------------------------------

/** What a run shows: the calls made (arguments printed when called), the exit and its frames,
 *  and the final state of the inputs. Objects are numbered in order of first appearance, so
 *  sharing and identity are compared, not addresses. */
interface Observed {
  readonly log: string[];
  readonly exit: string;
  readonly inputs: string;
}

let observer: { log: string[]; show: (v: unknown) => string } | null = null;

/** A residual function for test traces: records its arguments as they are at the call. */
function record(...args: unknown[]): number {
  observer!.log.push(`record(${args.map((a) => observer!.show(a)).join(', ')})`);
  return args.length;
}

class Boom {}
function explode(x: unknown): unknown {
  if (x === 13) throw new Boom();
  return x;
}

const TNS: Record<string, unknown> = { ...NS, record, explode, Boom };

function shower(): (v: unknown) => string {
  const ids = new Map<object, number>();
  const show = (v: unknown): string => {
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'function') return `fn:${v.name}`;
    if (v === null || typeof v !== 'object') return String(v);
    const known = ids.get(v);
    if (known !== undefined) return `#${known}`;
    const id = ids.size;
    ids.set(v, id);
    if (Array.isArray(v) || ArrayBuffer.isView(v)) {
      return `#${id}=${v.constructor.name}[${Array.from(v as ArrayLike<unknown>, show).join(',')}]`;
    }
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    const o = v as Record<string, unknown>;
    return `#${id}=${proto?.constructor?.name ?? 'null'}{${Object.keys(o).map((k) => `${k}:${show(o[k])}`).join(',')}}`;
  };
  return show;
}

/** Run a trace with the reference executor and show what it did. */
function execute(t: Trace, inputs: unknown[]): Observed {
  const show = shower();
  const log: string[] = [];
  observer = { log, show };
  const r = run(t, inputs, { maxSteps: 1_000_000 });
  let exit: string;
  if (r.kind === 'jump') {
    exit = `jump ->loop${r.target} ${r.values.map(show).join(', ')}`;
  } else {
    const s = r.op.snapshot;
    const failArgs = s ? snapshotFailArgs(s) : [];
    const frames = s ? materializeFrames(s, (op) => r.values[failArgs.indexOf(op)]) : [];
    const text = frames.map((f) => `${f.code}@${f.pc}: ${f.values.map(show).join(', ')}`).join(' | ');
    exit = `${r.op.opcode}${'exception' in r ? ` raised ${show(r.exception)}` : ''} [${text}]`;
  }
  return { log, exit, inputs: inputs.map(show).join(', ') };
}

// ---- helpers -------------------------------------------------------------------------------------

const tparse = (src: string): Trace => parse(src, TNS);
const tprint = (t: Trace): string => print(t, TNS);
const tcanon = (src: string): string => tprint(tparse(src));

/** Run the pass on `src`, check the result verifies, prints as `expected`, and behaves as the
 *  original for each input vector (made fresh per run by `inputs`). */
function check(src: string, expected: string | null, inputs: Array<() => unknown[]> = [], passes: Array<'unroll' | 'virtualize'> = ['virtualize']): Trace {
  const r = optimize(tparse(src), { passes, verify: true });
  verifyTrace(r.trace);
  if (expected !== null) expect(tprint(r.trace)).toBe(tcanon(expected));
  for (const make of inputs) expect(execute(r.trace, make())).toEqual(execute(tparse(src), make()));
  return r.trace;
}

const pt = (x: unknown, y?: unknown): Point => Object.assign(Object.create(Point.prototype) as Point, y === undefined ? { x } : { x, y });
const node = (value: unknown, next?: unknown): Node =>
  Object.assign(Object.create(Node.prototype) as Node, next === undefined ? { value } : { value, next });
const opcodes = (t: Trace): string[] => t.ops.map((op) => op.opcode);

// ---- straight-line code ----------------------------------------------------------------------------

describe('virtualize: objects', () => {
  it('removes an allocation whose fields are only read back', () => {
    check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      setfield(r1, 7, .y)
      i2 = getfield(r1, .x)
      i3 = getfield_imm(r1, .y)
      i4 = int_add(i2, i3)
      finish() [0@0: i4]
      `,
      `
      [i0]
      i1 = int_add(i0, 7)
      finish() [0@0: i1]
      `,
      [() => [5]],
    );
  });

  it('reads a field never set as undefined for ref results, and forces for other types', () => {
    check(
      `
      [i0]
      r1 = new(@Point)
      r2 = getfield(r1, .y)
      r3 = call(@record, r2) [0@0: i0]
      finish() [0@1: r3]
      `,
      `
      [i0]
      r1 = call(@record, undefined) [0@0: i0]
      finish() [0@1: r1]
      `,
      [() => [1]],
    );
    check(
      `
      [i0]
      r1 = new(@Point)
      i2 = getfield(r1, .y)
      finish() [0@1: i2]
      `,
      `
      [i0]
      r1 = new(@Point)
      i2 = getfield(r1, .y)
      finish() [0@1: i2]
      `,
    );
  });

  it('does not track fields the class prototype has (getters, methods)', () => {
    class Temp {
      get celsius(): number {
        return 21;
      }
    }
    const ns = { ...TNS, Temp };
    const src = `
      [i0]
      r1 = new(@Temp)
      i2 = getfield(r1, .celsius)
      r3 = getfield(r1, .toString)
      finish() [0@0: i2, r3]
    `;
    const r = virtualizePass.run(parse(src, ns));
    expect(print(r.trace, ns)).toBe(print(parse(src, ns), ns));
  });

  it('forces an allocation passed to a call: new, then its stores in the order first set', () => {
    check(
      `
      [i0, i1]
      r2 = new(@Point)
      setfield(r2, i0, .y)
      setfield(r2, i1, .x)
      setfield(r2, 3, .y)
      r3 = call(@record, r2) [0@0: i0]
      setfield(r2, 4, .x)
      i4 = getfield(r2, .x)
      finish() [0@1: i4, r3]
      `,
      `
      [i0, i1]
      r2 = new(@Point)
      setfield(r2, 3, .y)
      setfield(r2, i1, .x)
      r3 = call(@record, r2) [0@0: i0]
      setfield(r2, 4, .x)
      i4 = getfield(r2, .x)
      finish() [0@1: i4, r3]
      `,
      [() => [1, 2]],
    );
  });

  it('forces an allocation passed to an elidable call, to guard_value and to a real object', () => {
    check(
      `
      [r0, i1]
      r2 = new(@Point)
      setfield(r2, i1, .x)
      r3 = call_pure(@record, r2) [0@0: i1]
      r4 = new(@Point)
      setfield(r0, r4, .y)
      r5 = new(@Point)
      guard_value(r5, null) [0@1: i1]
      finish() [0@2: r3]
      `,
      `
      [r0, i1]
      r2 = new(@Point)
      setfield(r2, i1, .x)
      r3 = call_pure(@record, r2) [0@0: i1]
      r4 = new(@Point)
      setfield(r0, r4, .y)
      r5 = new(@Point)
      guard_value(r5, null) [0@1: i1]
      finish() [0@2: r3]
      `,
      [() => [pt(0), 1]],
    );
  });

  it('forces what a forced virtual reaches, cycles included: all allocations, then all stores', () => {
    check(
      `
      [i0]
      r1 = new(@Node)
      r2 = new(@Node)
      r3 = new(@Node)
      setfield(r1, r2, .next)
      setfield(r2, r1, .next)
      setfield(r1, i0, .value)
      setfield(r3, r1, .value)
      r4 = call(@record, r1) [0@0: r3]
      finish() [0@2: r3]
      `,
      `
      [i0]
      r1 = new(@Node)
      r2 = new(@Node)
      setfield(r1, r2, .next)
      setfield(r1, i0, .value)
      setfield(r2, r1, .next)
      r3 = call(@record, r1) [0@0: v0] {v0: @Node .value=r1}
      finish() [0@2: v0] {v0: @Node .value=r1}
      `,
      [() => [9]],
    );
  });

  it('keeps a virtual that is stored into another virtual, as long as neither escapes', () => {
    check(
      `
      [i0]
      r1 = new(@Node)
      r2 = new(@Point)
      setfield(r2, i0, .x)
      setfield(r1, r2, .value)
      r3 = getfield(r1, .value)
      i4 = getfield(r3, .x)
      finish() [0@0: i4]
      `,
      `
      [i0]
      finish() [0@0: i0]
      `,
      [() => [4]],
    );
  });

  it('folds questions a virtual answers by itself', () => {
    check(
      `
      [r0]
      r1 = new(@Point)
      guard_class(r1, @Point) [0@0: r0]
      guard_nonnull(r1) [0@1: r0]
      b2 = ref_eq(r1, r0)
      b3 = ref_ne(r1, r0)
      b4 = ref_eq(r1, r1)
      b5 = ref_is_null(r1)
      r6 = ref_typeof(r1)
      r7 = same_as(r1)
      b8 = ref_eq(r7, r1)
      b9 = ref_eq(null, r7)
      r10 = call(@record, b2, b3, b4, b5, r6, b8, b9) [0@2: r0]
      finish() [0@3: r10]
      `,
      `
      [r0]
      r1 = call(@record, false, true, true, false, "object", true, false) [0@2: r0]
      finish() [0@3: r1]
      `,
      [() => [pt(1)], () => [null]],
    );
  });

  it('keeps guards that always fail on a virtual, with the virtual forced', () => {
    check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      guard_class(r1, @Node) [0@0: i0]
      finish() [0@1: i0]
      `,
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      guard_class(r1, @Node) [0@0: i0]
      finish() [0@1: i0]
      `,
      [() => [2]],
    );
    check(
      `
      [i0]
      r1 = new(@Point)
      guard_isnull(r1) [0@0: i0]
      finish() [0@1: i0]
      `,
      `
      [i0]
      r1 = new(@Point)
      guard_isnull(r1) [0@0: i0]
      finish() [0@1: i0]
      `,
      [() => [2]],
    );
  });

  it('does not virtualize an allocation of a class that is not a constant', () => {
    const src = `
      [r0, i1]
      r2 = new(r0)
      setfield(r2, i1, .x)
      i3 = getfield(r2, .x)
      finish() [0@0: i3]
    `;
    const t = tparse(src);
    const r = virtualizePass.run(t);
    expect(r.verdict).toBe('unchanged');
    expect(r.trace).toBe(t);
  });

  it('reports unchanged (and returns its input) when an allocation escapes at once', () => {
    const t = tparse(`
      [i0]
      r1 = new(@Point)
      r2 = call(@record, r1) [0@0: i0]
      setfield(r1, i0, .x)
      finish() [0@1: r2]
    `);
    const r = virtualizePass.run(t);
    expect(r.verdict).toBe('unchanged');
    expect(r.trace).toBe(t);
  });

  it('keeps a raising op with its snapshot, describing the live virtuals', () => {
    check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      i2 = call(@explode, i0) [0@0: r1]
      finish() [0@1: i2]
      `,
      `
      [i0]
      i1 = call(@explode, i0) [0@0: v0] {v0: @Point .x=i0}
      finish() [0@1: i1]
      `,
      [() => [1], () => [13]],
    );
  });
});

describe('virtualize: arrays', () => {
  it('forwards constant-index items and the length of a small array', () => {
    check(
      `
      [i0, r1]
      r2 = new_array(3, [any])
      setarrayitem(r2, 0, i0, [any])
      setarrayitem(r2, 2, r1, [any])
      i3 = getarrayitem(r2, 0, [any])
      r4 = getarrayitem(r2, 1, [any])
      r5 = getarrayitem(r2, 2, [any])
      i6 = arraylen(r2, [any])
      r7 = call(@record, i3, r4, r5, i6) [0@0: r2]
      finish() [0@1: r7]
      `,
      `
      [i0, r1]
      r2 = call(@record, i0, undefined, r1, 3) [0@0: v0] {v0: [any] i0, undefined, r1}
      finish() [0@1: r2]
      `,
      [() => [5, 'str']],
    );
  });

  it('forwards immutable item reads of a virtual array as item reads', () => {
    check(
      `
      [i0, r1]
      r2 = new_array(2, [any])
      setarrayitem(r2, 0, i0, [any])
      setarrayitem(r2, 1, r1, [any])
      i3 = getarrayitem_imm(r2, 0, [any])
      r4 = getarrayitem_imm(r2, 1, [any])
      r5 = call(@record, i3, r4) [0@0: i0]
      finish() [0@1: r5]
      `,
      `
      [i0, r1]
      r2 = call(@record, i0, r1) [0@0: i0]
      finish() [0@1: r2]
      `,
      [() => [5, 'str']],
    );
    // At a variable index the array is forced and the read kept.
    check(
      `
      [i0]
      r1 = new_array(2, [i32])
      setarrayitem(r1, 1, 9, [i32])
      i2 = getarrayitem_imm(r1, i0, [i32])
      finish() [0@0: i2]
      `,
      `
      [i0]
      r1 = new_array(2, [i32])
      setarrayitem(r1, 1, 9, [i32])
      i2 = getarrayitem_imm(r1, i0, [i32])
      finish() [0@0: i2]
      `,
      [() => [0], () => [1]],
    );
  });

  it('reads 0 from typed arrays and converts constant stores as the typed array does', () => {
    check(
      `
      [i0]
      r1 = new_array(2, [u8])
      setarrayitem(r1, 0, 300, [u8])
      i2 = getarrayitem(r1, 0, [u8])
      i3 = getarrayitem(r1, 1, [u8])
      r4 = new_array(1, [f64])
      f5 = getarrayitem(r4, 0, [f64])
      r6 = call(@record, i2, i3, f5) [0@0: i0]
      finish() [0@1: r6]
      `,
      `
      [i0]
      r1 = call(@record, 44, 0, 0.0) [0@0: i0]
      finish() [0@1: r1]
      `,
      [() => [0]],
    );
  });

  it('forces on a narrowing store of a variable, a variable index, an index out of range', () => {
    check(
      `
      [i0]
      r1 = new_array(2, [u8])
      setarrayitem(r1, 0, i0, [u8])
      i2 = getarrayitem(r1, 0, [u8])
      finish() [0@0: i2]
      `,
      `
      [i0]
      r1 = new_array(2, [u8])
      setarrayitem(r1, 0, i0, [u8])
      i2 = getarrayitem(r1, 0, [u8])
      finish() [0@0: i2]
      `,
      [() => [513]],
    );
    check(
      `
      [i0]
      r1 = new_array(3, [i32])
      setarrayitem(r1, 1, i0, [i32])
      setarrayitem(r1, 2, 5, [i32])
      i2 = getarrayitem(r1, i0, [i32])
      finish() [0@0: i2]
      `,
      `
      [i0]
      r1 = new_array(3, [i32])
      setarrayitem(r1, 1, i0, [i32])
      setarrayitem(r1, 2, 5, [i32])
      i2 = getarrayitem(r1, i0, [i32])
      finish() [0@0: i2]
      `,
      [() => [1], () => [2], () => [7]],
    );
    check(
      `
      [i0]
      r1 = new_array(2, [any])
      setarrayitem(r1, 2, i0, [any])
      i2 = arraylen(r1, [any])
      finish() [0@0: i2]
      `,
      `
      [i0]
      r1 = new_array(2, [any])
      setarrayitem(r1, 2, i0, [any])
      i2 = arraylen(r1, [any])
      finish() [0@0: i2]
      `,
      [() => [1]],
    );
  });

  it('removes guard_class of a virtual array with its own kind, and keeps it for another', () => {
    const ns = { ...TNS, Int32Array, Array };
    const src = `
      [i0]
      r1 = new_array(2, [i32])
      guard_class(r1, @Int32Array) [0@0: i0]
      r2 = new_array(2, [any])
      guard_class(r2, @Int32Array) [0@1: i0]
      finish() [0@2: r1]
    `;
    const r = virtualizePass.run(parse(src, ns));
    expect(print(r.trace, ns)).toBe(
      print(
        parse(
          `
          [i0]
          r1 = new_array(2, [any])
          guard_class(r1, @Int32Array) [0@1: i0]
          finish() [0@2: v0] {v0: [i32] 0, 0}
          `,
          ns,
        ),
        ns,
      ),
    );
  });

  it('does not virtualize arrays of variable or large length', () => {
    for (const n of ['i0', '65']) {
      const t = tparse(`
        [i0]
        r1 = new_array(${n}, [any])
        setarrayitem(r1, 0, 1, [any])
        i2 = getarrayitem(r1, 0, [any])
        finish() [0@0: i2]
      `);
      expect(virtualizePass.run(t).trace).toBe(t);
    }
    const t = tparse(`
      [i0]
      r1 = new_array(64, [any])
      setarrayitem(r1, 63, i0, [any])
      i2 = getarrayitem(r1, 63, [any])
      finish() [0@0: i2]
    `);
    expect(opcodes(virtualizePass.run(t).trace)).toEqual(['finish']);
  });

  it('forces an array stored in an escaping object, with the items that are not defaults', () => {
    check(
      `
      [i0]
      r1 = new(@Node)
      r2 = new_array(3, [any])
      setarrayitem(r2, 1, i0, [any])
      setarrayitem(r2, 2, r1, [any])
      setfield(r1, r2, .value)
      r3 = call(@record, r1) [0@0: i0]
      finish() [0@1: r3]
      `,
      `
      [i0]
      r1 = new(@Node)
      r2 = new_array(3, [any])
      setfield(r1, r2, .value)
      setarrayitem(r2, 1, i0, [any])
      setarrayitem(r2, 2, r1, [any])
      r3 = call(@record, r1) [0@0: i0]
      finish() [0@1: r3]
      `,
      [() => [6]],
    );
  });
});

// ---- snapshots -------------------------------------------------------------------------------------

describe('virtualize: snapshots', () => {
  it('describes virtuals as they are at each guard; a later store shows only in later guards', () => {
    const t = check(
      `
      [i0, i1]
      r2 = new(@Point)
      setfield(r2, i0, .x)
      b3 = int_lt(i0, i1)
      guard_true(b3) [0@1: r2, r2]
      setfield(r2, i1, .x)
      setfield(r2, 5, .y)
      b4 = int_gt(i0, -100)
      guard_true(b4) [0@2: r2]
      finish() [0@3: r2]
      `,
      `
      [i0, i1]
      b2 = int_lt(i0, i1)
      guard_true(b2) [0@1: v0, v0] {v0: @Point .x=i0}
      b3 = int_gt(i0, -100)
      guard_true(b3) [0@2: v0] {v0: @Point .x=i1 .y=5}
      finish() [0@3: v0] {v0: @Point .x=i1 .y=5}
      `,
      [() => [1, 2], () => [3, 2], () => [-200, 0]],
    );
    const [g1, g2] = t.ops.filter((op) => op.opcode === 'guard_true');
    const v = g1!.snapshot!.values[0] as Virtual;
    expect(g1!.snapshot!.values[1]).toBe(v);
    expect(v.fields.map(([d]) => d.name)).toEqual(['x']);
    expect((g2!.snapshot!.values[0] as Virtual).fields).toHaveLength(2);
  });

  it('shares a parent frame between guards while its virtuals are unchanged, and no longer after', () => {
    const t = check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      b2 = int_lt(i0, 10)
      guard_true(b2) [1@0: i0 | 0@5: r1, i0]
      b3 = int_lt(i0, 20)
      guard_true(b3) [1@1: r1 | 0@5: r1, i0]
      setfield(r1, 2, .x)
      b4 = int_lt(i0, 30)
      guard_true(b4) [1@2: i0 | 0@5: r1, i0]
      b5 = int_lt(i0, 40)
      guard_true(b5) [1@3: i0 | 0@5: r1, i0]
      finish() [0@6: i0]
      `,
      `
      [i0]
      b1 = int_lt(i0, 10)
      guard_true(b1) [1@0: i0 | 0@5: v0, i0] {v0: @Point .x=i0}
      b2 = int_lt(i0, 20)
      guard_true(b2) [1@1: v0 | 0@5: v0, i0] {v0: @Point .x=i0}
      b3 = int_lt(i0, 30)
      guard_true(b3) [1@2: i0 | 0@5: v0, i0] {v0: @Point .x=2}
      b4 = int_lt(i0, 40)
      guard_true(b4) [1@3: i0 | 0@5: v0, i0] {v0: @Point .x=2}
      finish() [0@6: i0]
      `,
      [() => [5], () => [15], () => [25], () => [35], () => [45]],
    );
    const guards = t.ops.filter((op) => op.opcode === 'guard_true').map((g) => g.snapshot!);
    const parents = guards.map((s) => s.parent!);
    expect(parents[1]).toBe(parents[0]);
    expect(parents[2]).not.toBe(parents[1]);
    expect(parents[3]).toBe(parents[2]);
    // The inner frame of the second guard refers to the very description its shared parent holds.
    expect(guards[1]!.values[0]).toBe(parents[1]!.values[0]);
    expect((parents[0]!.values[0] as Virtual).fields[0]![1]).toBeInstanceOf(Op);
    expect(((parents[2]!.values[0] as Virtual).fields[0]![1] as Const).value).toBe(2);
  });

  it('builds a new parent frame when a virtual reached through a field changes', () => {
    const t = check(
      `
      [i0]
      r1 = new(@Node)
      r2 = new(@Point)
      setfield(r1, r2, .value)
      b3 = int_lt(i0, 10)
      guard_true(b3) [1@0: i0 | 0@5: r1]
      setfield(r2, i0, .y)
      b4 = int_lt(i0, 20)
      guard_true(b4) [1@1: i0 | 0@5: r1]
      finish() [0@6: r1]
      `,
      `
      [i0]
      b1 = int_lt(i0, 10)
      guard_true(b1) [1@0: i0 | 0@5: v0] {v0: @Node .value=v1; v1: @Point}
      b2 = int_lt(i0, 20)
      guard_true(b2) [1@1: i0 | 0@5: v0] {v0: @Node .value=v1; v1: @Point .y=i0}
      finish() [0@6: v0] {v0: @Node .value=v1; v1: @Point .y=i0}
      `,
      [() => [5], () => [15], () => [25]],
    );
    const [a, b] = t.ops.filter((op) => op.opcode === 'guard_true').map((g) => g.snapshot!.parent!);
    expect(b).not.toBe(a);
  });

  it('keeps a parent frame without virtuals as the same object', () => {
    const src = `
      [i0]
      r1 = new(@Point)
      b2 = int_lt(i0, 10)
      guard_true(b2) [1@0: r1 | 0@5: i0]
      b3 = int_lt(i0, 20)
      guard_true(b3) [1@1: r1 | 0@5: i0]
      finish() [0@6: i0]
    `;
    const input = tparse(src);
    const parent = input.ops[2]!.snapshot!.parent!;
    const t = virtualizePass.run(input).trace;
    const guards = t.ops.filter((op) => op.opcode === 'guard_true');
    expect(guards[0]!.snapshot!.parent).toBe(parent);
    expect(guards[1]!.snapshot!.parent).toBe(parent);
  });

  it('describes cycles and shared virtuals once per guard', () => {
    const t = check(
      `
      [i0]
      r1 = new(@Node)
      r2 = new_array(2, [any])
      setfield(r1, r2, .next)
      setarrayitem(r2, 0, r1, [any])
      setarrayitem(r2, 1, r2, [any])
      b3 = int_lt(i0, 10)
      guard_true(b3) [1@0: r2 | 0@5: r1, r2]
      finish() [0@6: i0]
      `,
      `
      [i0]
      b1 = int_lt(i0, 10)
      guard_true(b1) [1@0: v0 | 0@5: v1, v0] {v0: [any] v1, v0; v1: @Node .next=v0}
      finish() [0@6: i0]
      `,
      [() => [50]],
    );
    const g = t.ops[1]!.snapshot!;
    expect(g.parent!.values[1]).toBe(g.values[0]);
  });
});

// ---- loops -------------------------------------------------------------------------------------

describe('virtualize: loops', () => {
  const boxedCounter = `
    [r0]
    label(r0)
    i1 = getfield(r0, .x)
    i2 = int_add(i1, 1)
    r3 = new(@Point)
    setfield(r3, i2, .x)
    b4 = int_lt(i2, 100)
    guard_true(b4) [0@0: r3]
    jump(r3)
  `;

  it('carries a boxed counter through the back edge without allocating', () => {
    const t = check(
      boxedCounter,
      `
      [r0]
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      b3 = int_lt(i2, 100)
      guard_true(b3) [0@0: v0] {v0: @Point .x=i2}
      label(i2)
      i4 = int_add(i2, 1)
      b5 = int_lt(i4, 100)
      guard_true(b5) [0@0: v0] {v0: @Point .x=i4}
      jump(i4)
      `,
      [() => [pt(0)], () => [pt(98)], () => [pt(500)]],
      ['unroll', 'virtualize'],
    );
    const label = t.ops.findIndex((op) => op.opcode === 'label');
    expect(opcodes(t).slice(label)).not.toContain('new');
    expect(opcodes(t)).not.toContain('new');
  });

  it('without peeling, forces the box at the jump', () => {
    check(
      boxedCounter,
      `
      [r0]
      label(r0)
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      b3 = int_lt(i2, 100)
      guard_true(b3) [0@0: v0] {v0: @Point .x=i2}
      r4 = new(@Point)
      setfield(r4, i2, .x)
      jump(r4)
      `,
      [() => [pt(0)]],
    );
  });

  it('explodes nested virtuals and keeps constant fields out of the label', () => {
    const t = check(
      `
      [r0]
      label(r0)
      r1 = getfield(r0, .value)
      i2 = getfield(r1, .x)
      i3 = int_add(i2, 1)
      r4 = new(@Point)
      setfield(r4, i3, .x)
      setfield(r4, 0, .y)
      r5 = new(@Node)
      setfield(r5, r4, .value)
      setfield(r5, null, .next)
      i6 = getfield(r4, .y)
      i7 = int_add(i3, i6)
      b8 = int_lt(i7, 50)
      guard_true(b8) [0@0: r5]
      jump(r5)
      `,
      `
      [r0]
      r1 = getfield(r0, .value)
      i2 = getfield(r1, .x)
      i3 = int_add(i2, 1)
      i4 = int_add(i3, 0)
      b5 = int_lt(i4, 50)
      guard_true(b5) [0@0: v0] {v0: @Node .value=v1 .next=null; v1: @Point .x=i3 .y=0}
      label(i3)
      i6 = int_add(i3, 1)
      i7 = int_add(i6, 0)
      b8 = int_lt(i7, 50)
      guard_true(b8) [0@0: v0] {v0: @Node .value=v1 .next=null; v1: @Point .x=i6 .y=0}
      jump(i6)
      `,
      [() => [node(pt(3))], () => [node(pt(60))]],
      ['unroll', 'virtualize'],
    );
    expect(opcodes(t)).not.toContain('new');
  });

  it('keeps a field that is the same constant in every iteration out of the label', () => {
    const t = check(
      `
      [i0]
      label(i0)
      r1 = new(@Point)
      setfield(r1, 0, .y)
      setfield(r1, i0, .x)
      r2 = call(@record, i0) [0@1: r1]
      i3 = int_add(i0, 1)
      b4 = int_lt(i3, 5)
      guard_true(b4) [0@0: i3]
      jump(i3)
      `,
      `
      [i0]
      r1 = call(@record, i0) [0@1: v0] {v0: @Point .y=0 .x=i0}
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 5)
      guard_true(b3) [0@0: i2]
      label(i2)
      r4 = call(@record, i2) [0@1: v0] {v0: @Point .y=0 .x=i2}
      i5 = int_add(i2, 1)
      b6 = int_lt(i5, 5)
      guard_true(b6) [0@0: i5]
      jump(i5)
      `,
      [() => [0]],
      ['unroll', 'virtualize'],
    );
    expect(opcodes(t)).not.toContain('new');
  });

  it('carries a field that is constant in the preamble once the jump is seen to change it', () => {
    check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, 0, .x)
      label(r1)
      i2 = getfield(r1, .x)
      i3 = int_add(i2, 1)
      r4 = new(@Point)
      setfield(r4, i3, .x)
      b5 = int_lt(i3, 10)
      guard_true(b5) [0@0: r4]
      jump(r4)
      `,
      `
      [i0]
      i1 = same_as(0)
      label(i1)
      i2 = int_add(i1, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@0: v0] {v0: @Point .x=i2}
      jump(i2)
      `,
      [() => [0]],
    );
  });

  it('carries two fields of a box, one of them the previous counter', () => {
    check(
      `
      [r0]
      label(r0)
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      r3 = new(@Point)
      setfield(r3, i2, .x)
      setfield(r3, i1, .y)
      b4 = int_lt(i2, 20)
      guard_true(b4) [0@0: r3]
      jump(r3)
      `,
      `
      [r0]
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      b3 = int_lt(i2, 20)
      guard_true(b3) [0@0: v0] {v0: @Point .x=i2 .y=i1}
      label(i2, i1)
      i4 = int_add(i2, 1)
      b5 = int_lt(i4, 20)
      guard_true(b5) [0@0: v0] {v0: @Point .x=i4 .y=i2}
      jump(i4, i2)
      `,
      [() => [pt(0)], () => [pt(19)]],
      ['unroll', 'virtualize'],
    );
  });

  it('forces at the jump a virtual met where the shape has an ordinary ref field', () => {
    // Each box points at the previous one: in the preamble that is the input, a real object,
    // so `.y` is an ordinary field of the shape; in the body it is the previous box, forced.
    check(
      `
      [r0]
      label(r0)
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      r3 = new(@Point)
      setfield(r3, i2, .x)
      setfield(r3, r0, .y)
      b4 = int_lt(i2, 10)
      guard_true(b4) [0@0: r3]
      jump(r3)
      `,
      `
      [r0]
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      b3 = int_lt(i2, 10)
      guard_true(b3) [0@0: v0] {v0: @Point .x=i2 .y=r0}
      label(i2, r0)
      i4 = int_add(i2, 1)
      b5 = int_lt(i4, 10)
      guard_true(b5) [0@0: v0] {v0: @Point .x=i4 .y=v1; v1: @Point .x=i2 .y=r0}
      r6 = new(@Point)
      setfield(r6, i2, .x)
      setfield(r6, r0, .y)
      jump(i4, r6)
      `,
      [() => [pt(0, null)], () => [pt(8, null)]],
      ['unroll', 'virtualize'],
    );
  });

  it('falls back to forcing at the label when the box escapes in the body', () => {
    check(
      `
      [r0]
      label(r0)
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      r3 = new(@Point)
      setfield(r3, i2, .x)
      r4 = call(@record, r3) [0@1: r3]
      b5 = int_lt(i2, 5)
      guard_true(b5) [0@0: r3]
      jump(r3)
      `,
      `
      [r0]
      i1 = getfield(r0, .x)
      i2 = int_add(i1, 1)
      r3 = new(@Point)
      setfield(r3, i2, .x)
      r4 = call(@record, r3) [0@1: r3]
      b5 = int_lt(i2, 5)
      guard_true(b5) [0@0: r3]
      label(r3)
      i6 = getfield(r3, .x)
      i7 = int_add(i6, 1)
      r8 = new(@Point)
      setfield(r8, i7, .x)
      r9 = call(@record, r8) [0@1: r8]
      b10 = int_lt(i7, 5)
      guard_true(b10) [0@0: r8]
      jump(r8)
      `,
      [() => [pt(0)]],
      ['unroll', 'virtualize'],
    );
  });

  // Peeled traces written by hand, so that the preamble and the body disagree.
  it.each([
    ['another class', 'r4 = new(@Node)\nsetfield(r4, i3, .x)'],
    ['another field set', 'r4 = new(@Point)\nsetfield(r4, i3, .x)\nsetfield(r4, 1, .y)'],
    ['a field of another type', 'f9 = int_to_float(i3)\nr4 = new(@Point)\nsetfield(r4, f9, .x)'],
  ])('falls back to forcing when the jump passes a virtual of %s', (_what, alloc) => {
    const src = `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      label(r1)
      i2 = getfield(r1, .x)
      i3 = int_add(i2, 1)
      ${alloc.split('\n').join('\n      ')}
      jump(r4)
    `;
    const expected = `
      [i0]
      r1 = new(@Point)
      setfield(r1, i0, .x)
      label(r1)
      i2 = getfield(r1, .x)
      i3 = int_add(i2, 1)
      ${alloc.split('\n').join('\n      ')}
      jump(r4)
    `;
    const t = check(src, expected);
    expect(opcodes(t).filter((o) => o === 'new')).toHaveLength(2);
  });

  it('falls back to forcing when the jump passes a virtual array of another length', () => {
    check(
      `
      [i0]
      r1 = new_array(2, [i32])
      setarrayitem(r1, 0, i0, [i32])
      label(r1)
      i2 = getarrayitem(r1, 0, [i32])
      r3 = new_array(3, [i32])
      setarrayitem(r3, 0, i2, [i32])
      jump(r3)
      `,
      `
      [i0]
      r1 = new_array(2, [i32])
      setarrayitem(r1, 0, i0, [i32])
      label(r1)
      i2 = getarrayitem(r1, 0, [i32])
      r3 = new_array(3, [i32])
      setarrayitem(r3, 0, i2, [i32])
      jump(r3)
      `,
    );
  });

  it('explodes a node whose field is read back in the next iteration', () => {
    // Walks a list two links at a time, through a fresh node per iteration.
    const t = check(
      `
      [r0]
      label(r0)
      r1 = getfield(r0, .next)
      b2 = ref_is_null(r1)
      guard_false(b2) [0@0: r0]
      r3 = getfield(r1, .next)
      r4 = new(@Node)
      setfield(r4, r3, .next)
      jump(r4)
      `,
      `
      [r0]
      r1 = getfield(r0, .next)
      b2 = ref_is_null(r1)
      guard_false(b2) [0@0: r0]
      r3 = getfield(r1, .next)
      label(r3)
      b4 = ref_is_null(r3)
      guard_false(b4) [0@0: v0] {v0: @Node .next=r3}
      r5 = getfield(r3, .next)
      jump(r5)
      `,
      [() => [node(0, null)], () => [node(0, node(1, null))], () => [node(0, node(1, node(2, node(3, node(4, null)))))]],
      ['unroll', 'virtualize'],
    );
    expect(opcodes(t)).not.toContain('new');
  });

  it('does not explode one virtual passed in two label positions', () => {
    const t = check(
      `
      [r0, r1]
      label(r0, r1)
      i2 = getfield(r0, .x)
      i3 = int_add(i2, 1)
      r4 = new(@Point)
      setfield(r4, i3, .x)
      b5 = int_lt(i3, 10)
      guard_true(b5) [0@0: r4]
      jump(r4, r4)
      `,
      null,
      [() => [pt(0), pt(0)]],
      ['unroll', 'virtualize'],
    );
    // The one object is allocated once per iteration; both positions hold it on entry and
    // after every jump, so the label carries it once.
    const at = t.ops.findIndex((op) => op.opcode === 'label');
    expect(t.ops[at]!.args.map((a) => a.type)).toEqual(['ref']);
    expect(opcodes(t).slice(at).filter((o) => o === 'new')).toHaveLength(1);
    expect(t.ops[t.ops.length - 1]!.args).toHaveLength(1);
  });

  it('forces at the label a virtual the body uses as an invariant', () => {
    // r1 is one object for the whole loop (the body refers to it without the label): it is
    // virtual in the preamble, but must be a real object from the label on.
    const t = check(
      `
      [i0]
      r1 = new(@Point)
      setfield(r1, 0, .x)
      b2 = int_lt(i0, 100)
      guard_true(b2) [0@9: r1]
      label(i0)
      i3 = getfield(r1, .x)
      i4 = int_add(i3, i0)
      setfield(r1, i4, .x)
      b5 = int_lt(i4, 30)
      guard_true(b5) [0@0: r1]
      i6 = int_add(i0, 1)
      jump(i6)
      `,
      `
      [i0]
      b1 = int_lt(i0, 100)
      guard_true(b1) [0@9: v0] {v0: @Point .x=0}
      r2 = new(@Point)
      setfield(r2, 0, .x)
      label(i0)
      i3 = getfield(r2, .x)
      i4 = int_add(i3, i0)
      setfield(r2, i4, .x)
      b5 = int_lt(i4, 30)
      guard_true(b5) [0@0: r2]
      i6 = int_add(i0, 1)
      jump(i6)
      `,
      [() => [1], () => [200]],
    );
    expect(opcodes(t).indexOf('new')).toBeLessThan(opcodes(t).indexOf('label'));
  });

  it('explodes a virtual array carried around the loop', () => {
    const t = check(
      `
      [r0]
      label(r0)
      i1 = getarrayitem(r0, 0, [any])
      i2 = getarrayitem(r0, 1, [any])
      i3 = int_add(i1, i2)
      r4 = new_array(2, [any])
      setarrayitem(r4, 0, i2, [any])
      setarrayitem(r4, 1, i3, [any])
      b5 = int_lt(i3, 1000)
      guard_true(b5) [0@0: r4]
      jump(r4)
      `,
      `
      [r0]
      i1 = getarrayitem(r0, 0, [any])
      i2 = getarrayitem(r0, 1, [any])
      i3 = int_add(i1, i2)
      b4 = int_lt(i3, 1000)
      guard_true(b4) [0@0: v0] {v0: [any] i2, i3}
      label(i2, i3)
      i5 = int_add(i2, i3)
      b6 = int_lt(i5, 1000)
      guard_true(b6) [0@0: v0] {v0: [any] i3, i5}
      jump(i3, i5)
      `,
      [() => [[0, 1]]],
      ['unroll', 'virtualize'],
    );
    expect(opcodes(t)).not.toContain('new_array');
  });
});

// ---- differential tests: random traces keep their meaning ------------------------------------------

/** A deterministic generator of traces over objects, arrays, calls and guards. */
function randomTrace(seed: number, loop: boolean): string {
  let s = seed;
  const rnd = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  let n = 3;
  const ints = ['i0'];
  const objects = ['r1', 'r2']; // never null: fields may be read from them
  const arrays: string[] = [];
  const maybe: string[] = ['null']; // any ref
  const lines = loop ? ['[i0, r1, r2]', 'label(i0, r1, r2)'] : ['[i0, r1, r2]'];
  const anyRef = (): string => pick([...objects, ...arrays, ...maybe]);
  // The parent frame changes now and then, so consecutive guards share it (as parsed).
  let parent = '0@0: r1';
  const snap = (): string => {
    if (rnd() < 0.3) parent = `0@${n}: ${anyRef()}, ${anyRef()}`;
    return `[1@${n}: ${anyRef()}, ${pick(ints)} | ${parent}]`;
  };
  for (let k = 0; k < 14; k++) {
    switch (Math.floor(rnd() * 13)) {
      case 0:
      case 1:
        lines.push(`r${n} = new(@${pick(['Point', 'Node'])})`);
        objects.push(`r${n++}`);
        break;
      case 2:
        lines.push(`setfield(${pick([...objects, ...arrays])}, ${pick(ints)}, .x)`);
        break;
      case 3:
        lines.push(`setfield(${pick(objects)}, ${anyRef()}, .${pick(['next', 'value'])})`);
        break;
      case 4:
        lines.push(`i${n} = getfield(${pick(objects)}, .x)`);
        ints.push(`i${n++}`);
        break;
      case 5:
        lines.push(`r${n} = getfield(${pick(objects)}, .${pick(['next', 'value'])})`);
        maybe.push(`r${n++}`);
        break;
      case 6:
        lines.push(`i${n} = call(@record, ${anyRef()}, ${pick(ints)}) ${snap()}`);
        ints.push(`i${n++}`);
        break;
      case 7:
        lines.push(`b${n} = int_lt(${pick(ints)}, ${pick([1, 3, 10, 100, 100])})`, `guard_true(b${n++}) ${snap()}`);
        break;
      case 8:
        lines.push(`b${n} = ref_eq(${anyRef()}, ${anyRef()})`, `i${n + 1} = bool_to_int(b${n})`);
        ints.push(`i${n + 1}`);
        n += 2;
        break;
      case 9:
        lines.push(pick([`guard_class(${pick(objects)}, @Point) ${snap()}`, `guard_nonnull(${anyRef()}) ${snap()}`]));
        break;
      case 10:
        lines.push(`r${n} = new_array(${pick([1, 2, 3])}, [any])`);
        arrays.push(`r${n++}`);
        break;
      case 11:
        if (arrays.length) lines.push(`setarrayitem(${pick(arrays)}, ${pick([0, 1, 'i0'])}, ${pick([...ints, ...objects, ...maybe])}, [any])`);
        break;
      case 12:
        if (arrays.length) {
          lines.push(`r${n} = getarrayitem(${pick(arrays)}, ${pick([0, 1, 2])}, [any])`);
          maybe.push(`r${n++}`);
        }
        break;
    }
  }
  if (loop) {
    lines.push(`i${n} = int_add(i0, 1)`, `b${n + 1} = int_lt(i${n}, 4)`, `guard_true(b${n + 1}) ${snap()}`);
    lines.push(`jump(i${n}, ${pick(objects)}, ${pick(objects)})`);
  } else {
    lines.push(`finish() ${snap()}`);
  }
  return lines.join('\n');
}

function randomInputs(): unknown[][] {
  const make = (i: number): unknown[] => {
    const a = pt(i + 1, null);
    const b = node(a, null);
    return [i, a, b];
  };
  return [make(0), make(1), make(3), make(9)];
}

describe('virtualize: random traces', () => {
  it('the evaluator tells apart one object from two equal ones, and a changed field', () => {
    const one = execute(tparse('[i0]\nr1 = new(@Point)\nsetfield(r1, i0, .x)\nfinish() [0@0: r1, r1]'), [1]);
    const two = execute(tparse('[i0]\nr1 = new(@Point)\nsetfield(r1, i0, .x)\nr2 = new(@Point)\nsetfield(r2, i0, .x)\nfinish() [0@0: r1, r2]'), [1]);
    const other = execute(tparse('[i0]\nr1 = new(@Point)\nsetfield(r1, 2, .x)\nfinish() [0@0: r1, r1]'), [1]);
    expect(one.exit).toBe('finish [0@0: #0=Point{x:1}, #0]');
    expect(two).not.toEqual(one);
    expect(other).not.toEqual(one);
  });

  it('keeps the meaning of 200 straight-line traces and 200 peeled loops', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      for (const loop of [false, true]) {
        const src = randomTrace(loop ? seed * 7919 : seed, loop);
        const r = optimize(tparse(src), { passes: loop ? ['unroll', 'virtualize'] : ['virtualize'], verify: true });
        for (let k = 0; k < randomInputs().length; k++) {
          const want = execute(tparse(src), randomInputs()[k]!);
          const got = execute(r.trace, randomInputs()[k]!);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            failures.push(`${src}\n--- optimized:\n${tprint(r.trace)}\n--- want:\n${JSON.stringify(want)}\n--- got:\n${JSON.stringify(got)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 1)).toEqual([]);
  });
});
