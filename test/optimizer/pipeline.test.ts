/**
 * The whole optimizer (runtime/optimizer/pipeline.ts): its options (no-op, disable, passes),
 * what the passes achieve together on loops (invariant code in the preamble, class guards on
 * invariant refs gone from the body, boxed counters without allocation, escaping allocations
 * kept, numbers boxed in ref-typed places carried unboxed and their type tests gone from the
 * body), and differential runs on recorded random traces against the reference executor.
 */

import { execute } from '../../runtime/ir/executor.js';
import { type Trace, snapshotFailArgs } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import type { PassName } from '../../runtime/optimizer/pass.js';
import { PASS_NAMES, PIPELINE, optimize } from '../../runtime/optimizer/pipeline.js';
import { materializeFrames } from '../../runtime/resume/materialize.js';
import { encodeState, randomTrace } from '../support/random-trace.js';
import { NS, canon, parse, print } from '../support/trace-text.js';

/** The whole optimizer, verifying after every pass. */
function opt(src: string, opts: { disable?: PassName[] } = {}): Trace {
  const r = optimize(parse(src), { ...opts, verify: true });
  verifyTrace(r.trace);
  return r.trace;
}

/** The exit (frames materialized) or jump, and the whole input heap afterwards, as text. */
function observe(t: Trace, make: () => { inputs: unknown[]; heap: unknown[] }): string {
  const { inputs, heap } = make();
  let r;
  try {
    r = execute(t, inputs, { maxSteps: 1_000_000 });
  } catch (e) {
    return `throws ${String(e)}`;
  }
  if (r.kind === 'jump') return `jump ->loop${r.target}\n${encodeState([...r.values, ...heap])}`;
  const s = r.op.snapshot;
  const failArgs = s ? snapshotFailArgs(s) : [];
  const frames = s ? materializeFrames(s, (op) => r.values[failArgs.indexOf(op)]) : [];
  const where = frames.map((f) => `${f.code}@${f.pc}/${f.values.length}`).join(' | ');
  const raised = 'exception' in r ? [r.exception] : [];
  return `${r.op.opcode} ${where}${raised.length ? ' raised' : ''}\n${encodeState([...frames.flatMap((f) => f.values), ...raised, ...heap])}`;
}

const bodyOf = (t: Trace): string[] => t.ops.slice(t.ops.findIndex((op) => op.opcode === 'label')).map((op) => op.opcode);

describe('optimize: options', () => {
  const loop = `
    [i0]
    label(i0)
    i1 = int_add(i0, 1)
    b2 = int_lt(i1, 100)
    guard_true(b2) [0@0: i1]
    jump(i1)
  `;

  it('runs every pass in pipeline order and logs each verdict', () => {
    const r = optimize(parse(loop));
    expect(r.log.map((l) => l.pass)).toEqual(PIPELINE.map((p) => p.name));
    expect(r.log[1]).toEqual({ pass: 'unroll', verdict: 'rewritten' });
    for (const name of r.log.map((l) => l.pass)) expect(PASS_NAMES).toContain(name);
  });

  it('is the no-op optimizer with passes: []', () => {
    const t = parse(loop);
    const before = print(t);
    const r = optimize(t, { passes: [] });
    expect(r.log).toEqual([]);
    expect(r.trace).toBe(t);
    expect(print(r.trace)).toBe(before);
  });

  it('skips disabled passes', () => {
    const r = optimize(parse(loop), { disable: ['unroll'], verify: true });
    expect(r.log.map((l) => l.pass)).not.toContain('unroll');
    expect(r.log.length).toBe(PIPELINE.length - 1);
    // Not peeled: still one label at the top.
    expect(r.trace.ops[0]!.opcode).toBe('label');
    const all = optimize(parse(loop), { disable: [...PASS_NAMES] });
    expect(all.log).toEqual([]);
    expect(print(all.trace)).toBe(canon(loop));
  });

  it('runs only the passes asked for, in pipeline order, minus the disabled ones', () => {
    const r = optimize(parse(loop), { passes: ['virtualize', 'unroll', 'cse'], disable: ['cse'] });
    expect(r.log.map((l) => l.pass)).toEqual(['unroll', 'virtualize']);
  });
});

describe('optimize: loops', () => {
  it('hoists a loop-invariant getfield_imm and the pure arithmetic on it into the preamble', () => {
    const t = opt(`
      [i0, r1]
      label(i0, r1)
      i2 = getfield_imm(r1, .x)
      i3 = int_mul(i2, 3)
      i4 = int_add(i0, i3)
      b5 = int_lt(i4, 1000)
      guard_true(b5) [0@0: i4, r1]
      jump(i4, r1)
    `);
    expect(print(t)).toBe(
      canon(`
        [i0, r1]
        i2 = getfield_imm(r1, .x)
        i3 = int_mul(i2, 3)
        i4 = int_add(i0, i3)
        b5 = int_lt(i4, 1000)
        guard_true(b5) [0@0: i4, r1]
        label(i4, r1)
        i6 = int_add(i4, i3)
        b7 = int_lt(i6, 1000)
        guard_true(b7) [0@0: i6, r1]
        jump(i6, r1)
      `),
    );
  });

  it('hoists a loop-invariant getarrayitem_imm although the loop stores into arrays of its kind', () => {
    const t = opt(`
      [i0, r1, i2, r3]
      label(i0, r1, i2, r3)
      i4 = getarrayitem_imm(r1, i2, [any])
      i5 = int_add(i0, i4)
      setarrayitem(r3, 0, i5, [any])
      b6 = int_lt(i5, 1000)
      guard_true(b6) [0@0: i5, r1, i2, r3]
      jump(i5, r1, i2, r3)
    `);
    expect(print(t)).toBe(
      canon(`
        [i0, r1, i2, r3]
        i4 = getarrayitem_imm(r1, i2, [any])
        i5 = int_add(i0, i4)
        setarrayitem(r3, 0, i5, [any])
        b6 = int_lt(i5, 1000)
        guard_true(b6) [0@0: i5, r1, i2, r3]
        label(i5, r1, i2, r3)
        i7 = int_add(i5, i4)
        setarrayitem(r3, 0, i7, [any])
        b8 = int_lt(i7, 1000)
        guard_true(b8) [0@0: i7, r1, i2, r3]
        jump(i7, r1, i2, r3)
      `),
    );
  });

  it('hoists a loop-invariant pure call', () => {
    const t = opt(`
      [f0, f1]
      label(f0, f1)
      f2 = call_pure(@sqrt, f1) [0@0: f0, f1]
      f3 = float_add(f0, f2)
      b4 = float_lt(f3, 1000.0)
      guard_true(b4) [0@1: f3, f1]
      jump(f3, f1)
    `);
    expect(print(t)).toBe(
      canon(`
        [f0, f1]
        f2 = call_pure(@sqrt, f1) [0@0: f0, f1]
        f3 = float_add(f0, f2)
        b4 = float_lt(f3, 1000.0)
        guard_true(b4) [0@1: f3, f1]
        label(f3, f1)
        f5 = float_add(f3, f2)
        b6 = float_lt(f5, 1000.0)
        guard_true(b6) [0@1: f5, f1]
        jump(f5, f1)
      `),
    );
  });

  it('keeps a guard_class on an invariant ref in the preamble only', () => {
    const t = opt(`
      [i0, r1]
      label(i0, r1)
      guard_class(r1, @Point) [0@0: i0, r1]
      i2 = int_add(i0, 1)
      b3 = int_lt(i2, 100)
      guard_true(b3) [0@1: i2, r1]
      jump(i2, r1)
    `);
    expect(print(t)).toBe(
      canon(`
        [i0, r1]
        guard_class(r1, @Point) [0@0: i0, r1]
        i2 = int_add(i0, 1)
        b3 = int_lt(i2, 100)
        guard_true(b3) [0@1: i2, r1]
        label(i2, r1)
        i4 = int_add(i2, 1)
        b5 = int_lt(i4, 100)
        guard_true(b5) [0@1: i4, r1]
        jump(i4, r1)
      `),
    );
  });

  it('keeps a guard_class on a varying ref in the body', () => {
    const t = opt(`
      [r0]
      label(r0)
      guard_class(r0, @Node) [0@0: r0]
      r1 = getfield(r0, .next)
      guard_nonnull(r1) [0@1: r0]
      jump(r1)
    `);
    expect(bodyOf(t)).toEqual(['label', 'guard_class', 'getfield', 'guard_nonnull', 'jump']);
  });

  const boxedCounter = `
    [r0]
    label(r0)
    guard_class(r0, @Point) [0@0: r0]
    i1 = getfield(r0, .x)
    i2 = int_add(i1, 1)
    r3 = new(@Point)
    setfield(r3, i2, .x)
    b4 = ref_is_null(r3)
    guard_false(b4) [0@1: r3]
    b5 = int_lt(i2, 100)
    guard_true(b5) [0@2: r3]
    jump(r3)
  `;

  it('runs a boxed integer counter without allocating, type checks only in the preamble', () => {
    const t = opt(boxedCounter);
    expect(print(t)).toBe(
      canon(`
        [r0]
        guard_class(r0, @Point) [0@0: r0]
        i1 = getfield(r0, .x)
        i2 = int_add(i1, 1)
        b3 = int_lt(i2, 100)
        guard_true(b3) [0@2: v0] {v0: @Point .x=i2}
        label(i2)
        i4 = int_add(i2, 1)
        b5 = int_lt(i4, 100)
        guard_true(b5) [0@2: v0] {v0: @Point .x=i4}
        jump(i4)
      `),
    );
    expect(t.ops.map((op) => op.opcode)).not.toContain('new');
  });

  it('without allocation removal, the boxed counter allocates in the loop', () => {
    const t = opt(boxedCounter, { disable: ['virtualize'] });
    expect(bodyOf(t)).toContain('new');
  });

  it('keeps an allocation that escapes into a call, in the preamble and in the loop', () => {
    const t = opt(`
      [i0]
      label(i0)
      r1 = new(@Point)
      setfield(r1, i0, .x)
      r2 = call(@escape, r1) [0@0: i0]
      i3 = int_add(i0, 1)
      b4 = int_lt(i3, 100)
      guard_true(b4) [0@1: i3]
      jump(i3)
    `);
    expect(print(t)).toBe(
      canon(`
        [i0]
        r1 = new(@Point)
        setfield(r1, i0, .x)
        r2 = call(@escape, r1) [0@0: i0]
        i3 = int_add(i0, 1)
        b4 = int_lt(i3, 100)
        guard_true(b4) [0@1: i3]
        label(i3)
        r5 = new(@Point)
        setfield(r5, i3, .x)
        r6 = call(@escape, r5) [0@0: i3]
        i7 = int_add(i3, 1)
        b8 = int_lt(i7, 100)
        guard_true(b8) [0@1: i7]
        jump(i7)
      `),
    );
  });

  it('folds an index to a constant before allocation removal, so the array stays virtual', () => {
    const t = opt(`
      [i0]
      label(i0)
      r1 = new_array(2, [i32])
      i2 = int_add(0, 1)
      setarrayitem(r1, i2, i0, [i32])
      i3 = getarrayitem(r1, 1, [i32])
      i4 = int_add(i3, 1)
      b5 = int_lt(i4, 10)
      guard_true(b5) [0@0: i4, r1]
      jump(i4)
    `);
    expect(print(t)).toBe(
      canon(`
        [i0]
        i1 = int_add(i0, 1)
        b2 = int_lt(i1, 10)
        guard_true(b2) [0@0: i1, v0] {v0: [i32] 0, i0}
        label(i1)
        i3 = int_add(i1, 1)
        b4 = int_lt(i3, 10)
        guard_true(b4) [0@0: i3, v0] {v0: [i32] 0, i1}
        jump(i3)
      `),
    );
  });

  it('keeps label arguments distinct ops through every pass', () => {
    const t = opt(`
      [i0, i1, i2]
      label(i0, i1, i2)
      i3 = int_add(i0, i1)
      i4 = int_mul(i3, i2)
      b5 = int_lt(i4, 1000)
      guard_true(b5) [0@0: i4]
      jump(i4, i4, 7)
    `);
    const label = t.ops.find((op) => op.opcode === 'label')!;
    expect(label.args.every((a) => a.isConst === false)).toBe(true);
    expect(new Set(label.args).size).toBe(label.args.length);
  });
});

describe('optimize: numbers boxed in ref-typed places', () => {
  /** The pair the hand-traced sample VM allocates per iteration of `pairs`. */
  class Pair {
    first: unknown;
    second: unknown;
  }
  const ns = { ...NS, Pair };
  const pair = (first: unknown, second: unknown): Pair => Object.assign(new Pair(), { first, second });

  // The trace the hand-traced VM records for `pairs` (sample-vm/handtraced/programs.ts): the
  // accumulator and the count live in a pair, boxed, and are read back with a type test.
  const pairs = `
    [i0, i1, r2, i3, i4, i5]
    label(i0, i1, r2, i3, i4, i5)
    b6 = int_lt(i1, i0)
    i7 = bool_to_int(b6)
    b8 = int_is_true(i7)
    guard_true(b8) [0@14: i0, i1, r2, i7, i4, i5]
    guard_class(r2, @Pair) [0@17: i0, i1, r2, i7, i4, i5]
    r9 = getfield(r2, .first)
    r10 = ref_typeof(r9)
    guard_value(r10, "number") [0@20: i0, i1, r2, i7, r9, i5]
    i11 = cast_ref_to_int(r9)
    i12 = int_add(i11, i1)
    r13 = getfield(r2, .second)
    r14 = ref_typeof(r13)
    guard_value(r14, "number") [0@30: i0, i1, r2, 1, i12, r13]
    i15 = cast_ref_to_int(r13)
    i16 = int_add(i15, 1)
    r17 = new(@Pair)
    r18 = cast_int_to_ref(i12)
    setfield(r17, r18, .first)
    r19 = cast_int_to_ref(i16)
    setfield(r17, r19, .second)
    i20 = int_add(i1, 1)
    jump(i0, i20, r17, 1, i12, i16)
  `;

  it('carries the numbers of the pair unboxed: no type test, guard or cast back in the loop', () => {
    const r = optimize(parse(pairs, ns), { verify: true });
    verifyTrace(r.trace);
    expect(print(r.trace, ns)).toBe(
      canon(
        `
        [i0, i1, r2, i3, i4, i5]
        b6 = int_lt(i1, i0)
        i7 = bool_to_int(b6)
        guard_true(b6) [0@14: i0, i1, r2, i7, i4, i5]
        guard_class(r2, @Pair) [0@17: i0, i1, r2, i7, i4, i5]
        r8 = getfield(r2, .first)
        r9 = ref_typeof(r8)
        guard_value(r9, "number") [0@20: i0, i1, r2, i7, r8, i5]
        i10 = cast_ref_to_int(r8)
        i11 = int_add(i10, i1)
        r12 = getfield(r2, .second)
        r13 = ref_typeof(r12)
        guard_value(r13, "number") [0@30: i0, i1, r2, 1, i11, r12]
        i14 = cast_ref_to_int(r12)
        i15 = int_add(i14, 1)
        i16 = int_add(i1, 1)
        label(i0, i16, i11, i15)
        r17 = cast_int_to_ref(i11)
        r18 = cast_int_to_ref(i15)
        b19 = int_lt(i16, i0)
        i20 = bool_to_int(b19)
        guard_true(b19) [0@14: i0, i16, v0, i20, i11, i15] {v0: @Pair .first=r17 .second=r18}
        i21 = int_add(i11, i16)
        i22 = int_add(i15, 1)
        i23 = int_add(i16, 1)
        jump(i0, i23, i21, i22)
        `,
        ns,
      ),
    );
    const body = bodyOf(r.trace);
    for (const opcode of ['ref_typeof', 'guard_value', 'cast_ref_to_int', 'new', 'getfield']) expect(body).not.toContain(opcode);
    // The limit i0 is passed back unchanged: invariant, as before.
    const jump = r.trace.ops[r.trace.ops.length - 1]!;
    const label = r.trace.ops.find((op) => op.opcode === 'label')!;
    expect(jump.args[0]).toBe(label.args[0]);
    for (const make of [
      () => ({ inputs: [10, 0, pair(0, 0), 0, 0, 0], heap: [] }),
      () => ({ inputs: [1, 0, pair(5, 7), 0, 0, 0], heap: [] }),
      () => ({ inputs: [4, 2, pair(2147483647, -1), 0, 0, 0], heap: [] }),
      () => ({ inputs: [4, 0, pair('x', 0), 0, 0, 0], heap: [] }),
      () => ({ inputs: [4, 0, pair(1, undefined), 0, 0, 0], heap: [] }),
      () => ({ inputs: [4, 0, { first: 1, second: 2 }, 0, 0, 0], heap: [] }),
    ]) {
      expect(observe(r.trace, make)).toBe(observe(parse(pairs, ns), make));
    }
  });

  it('without allocation removal, keeps the type tests of the pair it allocates', () => {
    const r = optimize(parse(pairs, ns), { disable: ['virtualize'], verify: true });
    expect(bodyOf(r.trace)).toContain('ref_typeof');
    expect(bodyOf(r.trace)).toContain('new');
  });
});

describe('optimize: recorded random traces (test/support/random-trace.ts)', () => {
  it.each<[string, PassName[] | undefined, number]>([
    ['peeling alone', ['unroll'], 600],
    ['allocation removal alone', ['virtualize'], 600],
    ['peeling and allocation removal', ['unroll', 'virtualize'], 600],
    ['the whole pipeline', undefined, 300],
  ])('%s keeps the meaning of recorded traces', (_what, passes, count) => {
    const failures: string[] = [];
    let rewritten = 0;
    for (let seed = 1; seed <= count; seed++) {
      const original = randomTrace(seed);
      let got: string;
      let optimized = '';
      try {
        const r = optimize(randomTrace(seed).trace, passes ? { passes, verify: true } : { verify: true });
        if (r.log.some((l) => l.verdict === 'rewritten')) rewritten++;
        optimized = print(r.trace);
        got = observe(r.trace, original.makeInputs);
      } catch (e) {
        got = `optimizer failed: ${String(e)}`;
      }
      const want = observe(original.trace, original.makeInputs);
      if (got !== want) failures.push(`seed ${seed}:\n${original.text()}\n--- optimized:\n${optimized}\n--- want:\n${want}\n--- got:\n${got}`);
    }
    expect(failures.slice(0, 1)).toEqual([]);
    expect(rewritten).toBeGreaterThan(count / 3);
  });
});
