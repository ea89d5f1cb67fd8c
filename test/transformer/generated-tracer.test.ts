/**
 * Generated step tracers (transformer/emit/tracer.ts) against the generic tracer, the reference:
 * - on hand-written jitcodes (constants, casts, immutable reads, pure calls, loops inside a
 *   jitcode, promote, switch, guard_class, class_switch (guarded, default, on a promoted, fresh
 *   or constant receiver), raise, inlined calls (a callee called with constant and non-constant
 *   arguments from one caller gets a variant per mask), boxes the recorder learns are
 *   constants from guards, directly or through a copy or the heap, a portal with greens): the
 *   emitted TypeScript, transpiled and evaluated on the same table, records exactly the trace
 *   the generic tracer records (text form, snapshots included) for every mix of constant and
 *   non-constant arguments, gives the same result or the same error, and switches to the
 *   blackhole with the same frames at every trace limit; work on constants records nothing and
 *   makes no recorder call at all;
 * - the emitted code type-checks under strict options with unused locals and parameters
 *   reported, and a module emitted by `emitProgram` type-checks whether it imports the hint API
 *   from its module or from the package root;
 * - on the portal fixtures (test/transformer/fixtures/lower/portal.ts) emitted by
 *   `emitProgram`: the dispatch loop run through the JIT with each tracer gives the same
 *   results and the same optimized traces (digests), loops and bridges.
 */
import * as path from 'node:path';
import * as ts from 'typescript';
import { JitDriver, __metajit } from '../../runtime/hints/index.js';
import type { PortalDescr, StepTracer } from '../../runtime/driver/portal.js';
import { printTrace } from '../../runtime/ir/printer.js';
import { Trace, type Value } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import * as hints from '../../runtime/hints/index.js';
import { Blackhole, GenericTracer, type JitFrame, type JitcodeTable, MergeResult, SwitchToBlackhole, instructions, parseJitcodes } from '../../runtime/jitcode/index.js';
import { Recorder } from '../../runtime/recorder/index.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import { emitProgram } from '../../transformer/emit/program.js';
import { type PortalSpec, emitTracers } from '../../transformer/emit/tracer.js';
import { tracerName } from '../../transformer/emit/tracer-function.js';
import { JNS, PROGRAM, SAMPLES, VM } from '../jitcode/samples.js';
import { Point } from '../support/trace-text.js';
import { FIXTURES, REPO, analyze, compile, fs, tsErrors } from './support/compile.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';

// ---- loading emitted tracers ------------------------------------------------------------------

type TraceFn = (rec: Recorder, ...args: Value[]) => Value | MergeResult<Value>;

interface Loaded {
  readonly text: string;
  readonly traces: TraceFn[];
  factory(portal: number): (layout: { table: JitcodeTable; portal: number; greenPositions: readonly number[] }) => StepTracer;
}

/** Emit the tracers of a table, transpile them and evaluate them against the same table. */
function load(table: JitcodeTable, portals: readonly PortalSpec[] = []): Loaded {
  const e = emitTracers(table, portals, table.codes.map((j) => j.number));
  const source = [
    'const __metajit_jitcodes = () => TABLE;',
    e.text,
    '__metajit_init();',
    `exports.traces = [${table.codes.map((j) => tracerName(j.number)).join(', ')}];`,
    `exports.factories = { ${portals.map((p) => `${p.number}: ${e.factory(p.number)}`).join(', ')} };`,
  ].join('\n');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, any> = {};
  new Function('exports', '__metajit', 'TABLE', js)(exports, __metajit, table);
  return { text: e.text, traces: exports['traces'], factory: (p) => exports['factories'][p] };
}

// ---- the jitcodes -------------------------------------------------------------------------------

class Holder {
  constructor(
    readonly items: Int32Array,
    readonly name: unknown,
  ) {}
}

class Machine {
  steps = 0;
}

/** The default of `shape`: any object's size. */
function sizeOf(o: unknown): number {
  return o instanceof Machine ? 40 : -7;
}

const THE_HOLDER = new Holder(Int32Array.of(8, 9), 'k');

const NS: Record<string, unknown> = { ...JNS, Holder, Machine, PROGRAM, sizeOf, THE_HOLDER };
const NAMES = new Map<unknown, string>(Object.entries(NS).map(([k, v]) => [v, k]));

const EXTRA = `
jitcode calc(i0, i1, r2) regs=10 kinds=i i r i i f b i r r
  i3 = int_add i0 i1
  i4 = int_mul i3 -2
  f5 = int_to_float i4
  b6 = float_lt f5 -3.5
  i7 = cast_ref_to_int r2
  i7 = int_sub i7 i4
  r8 = cast_int_to_ref i7
  r9 = same_as r8
  goto_if_not b6 -> 1 live(r9, i3, b6)
  return r9
1: r9 = cast_int_to_ref i3
  return r9

jitcode reads(r0, i1) regs=8 kinds=r i r i i f f r
  r2 = getfield_imm r0 .items
  i3 = getarrayitem_imm r2 i1 [i32]
  i4 = getarrayitem_imm r2 0 [i32]
  i3 = int_add i3 i4
  f5 = int_to_float i3
  f6 = residual_call @hypot(f5, 4.0) pure live(r0)
  r7 = getfield_imm r0 .name
  i3 = float_to_int f6
  return i3

jitcode loop(i0, i1) regs=5 kinds=i i i b i
  i2 = move 0
  i4 = move i0
1: b3 = int_lt i4 i1
  goto_if_not b3 -> 2 live(i2, i4, i1, b3)
  i2 = int_add i2 i4
  i2 = int_add i2 3
  i4 = int_add i4 1
  goto -> 1
2: return i2

jitcode sel(i0, r1) regs=5 kinds=i r i r b
  promote i0 live(i0, r1)
  i2 = int_and i0 3
  switch i2 {0 -> 1, 1 -> 2, 3 -> 2} else -> 3 live(i0, r1, i2)
1: r3 = move "zero"
  return r3
2: b4 = ref_is_null r1
  goto_if_not b4 -> 3 live(r1, b4)
  raise "null"
3: guard_class r1 @Point live(r1)
  return r1

jitcode known(i0, r1) regs=8 kinds=i r b b b b i i
  b2 = int_lt i0 10
  b3 = move b2
  goto_if_not b2 -> 1 live(i0, r1, b2, b3)
  b4 = bool_not b3
  goto_if_not b4 -> 2 live(b4)
  i6 = move 0
  return i6
1: b5 = int_gt i0 20
  setfield r1 b5 .x
  b4 = getfield r1 .x
  goto_if_not b4 -> 2 live(b4, b5)
  i6 = bool_to_int b5
  return i6
2: i7 = move 7
  return i7

jitcode viacall(i0) regs=5 kinds=i b b b i
  b1 = int_lt i0 10
  b2 = inline_call truth(b1) live(b1)
  b3 = bool_not b1
  i4 = bool_to_int b3
  return i4

jitcode truth(b0) regs=1 kinds=b
  goto_if_not b0 -> 1 live(b0)
  return b0
1: return b0

jitcode sw2(i0) regs=3 kinds=i i i
  i1 = int_add i0 1
  i2 = move i1
  promote i2 live(i1, i2)
  switch i1 {1 -> 1} else -> 2 live(i1, i2)
1: return i1
2: return i2

jitcode portal(r0, r1, i2, i3) regs=9 kinds=r r i i i i b i i
  i4 = getarrayitem_imm r1 i2 [any]
  i5 = getfield r0 .steps
  i5 = int_add i5 1
  setfield r0 i5 .steps
  switch i4 {0 -> 10, 1 -> 20} else -> 30 live(r0, r1, i2, i3, i4)
10: i3 = inline_call add(i3, i2) live(r0, r1, i2)
  i2 = int_add i2 1
  merge r0, r1, i2, i3 live(r0, r1, i2, i3)
20: b6 = int_gt i3 5
  goto_if_not b6 -> 21 live(r0, r1, i2, i3, b6)
  i3 = int_sub i3 5
  merge r0, r1, i2, i3 live(r0, r1, i2, i3)
21: i7 = int_add i2 1
  i8 = getarrayitem_imm r1 i7 [any]
  i2 = move i8
  merge r0, r1, i2, i3 live(r0, r1, i2, i3)
30: return i3

jitcode shape(r0, i1) regs=4 kinds=r i i r
  class_switch r0 {@Point -> 10, @Holder -> 20} else -> 30 live(r0, i1)
10: i2 = getfield r0 .x
  i2 = int_add i2 i1
  return i2
20: r3 = getfield_imm r0 .items
  i2 = getarrayitem_imm r3 i1 [i32]
  return i2
30: i2 = residual_call @sizeOf(r0) residual live(i1)
  i2 = int_sub i2 i1
  return i2

jitcode shape2(r0, i1) regs=5 kinds=r i i r i
  i2 = inline_call shape(r0, i1) live(r0, i1)
  class_switch r0 {@Holder -> 10} else -> 20 live(r0, i2)
10: r3 = move r0
  promote r3 live(r3, i2)
  class_switch r3 {@Point -> 20, @Holder -> 11} else -> 20 live(r3, i2)
11: i4 = int_add i2 100
  return i4
20: return i2

jitcode freshcls(i0) regs=3 kinds=i r i
  r1 = new @Point
  setfield r1 i0 .x
  class_switch r1 {@Holder -> 10, @Point -> 20} else -> 10 live(r1)
10: return -1
20: i2 = getfield r1 .x
  return i2

jitcode constcls(i0) regs=2 kinds=i i
  class_switch @THE_HOLDER {@Point -> 10, @Holder -> 20} else -> 10 live(i0)
10: return -1
20: i1 = inline_call shape(@THE_HOLDER, i0) live()
  return i1

jitcode callk(i0, i1) regs=6 kinds=i i i i i i
  i2 = int_add i0 1
  i3 = inline_call bump(i2, i1) live(i0, i1, i2)
  i4 = inline_call bump(i0, 3) live(i1, i2, i3)
  i5 = inline_call bump(i3, i4) live(i2)
  i5 = int_add i5 i2
  return i5

jitcode bump(i0, i1) regs=4 kinds=i i b i
  b2 = int_lt i0 i1
  goto_if_not b2 -> 1 live(i0, i1, b2)
  i3 = int_sub i1 i0
  return i3
1: i3 = int_mul i0 i1
  i3 = int_add i3 -1
  return i3
`;

const table = parseJitcodes(SAMPLES + EXTRA, { namespace: NS });
const PORTAL = table.byName('portal').number;
const PORTAL_GREENS = [1, 2];
const loaded = load(table, [{ number: PORTAL, greenPositions: PORTAL_GREENS }]);

// ---- recording with both tracers --------------------------------------------------------------

type Arg = readonly [ValueType, () => unknown];

interface Recorded {
  text: string;
  result: string;
  error: string | null;
  frames: unknown;
  calls: number;
}

/** Count the recorder calls a tracer makes (all but `resolve`, a query). */
function counting(rec: Recorder): { rec: Recorder; count: () => number } {
  let n = 0;
  for (const m of ['record', 'recordPure', 'guard', 'promote', 'snapshot', 'enterFrame', 'leaveFrame'] as const) {
    const f = (rec[m] as (...a: unknown[]) => unknown).bind(rec);
    (rec as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
      n++;
      return f(...a);
    };
  }
  return { rec, count: () => n };
}

function showResult(r: Value | MergeResult<Value>): string {
  if (r instanceof MergeResult) return `merge@${r.pc}(${r.values.map(showResult).join(', ')})`;
  const v = r.value;
  const shown = typeof v === 'object' && v !== null ? (NAMES.get(v.constructor) ?? 'object') : String(v);
  return `${r.isConst ? 'const' : 'box'} ${shown}`;
}

/** Record jitcode `name` with the arguments (constants where `mask` has the bit) by one tracer. */
function record(which: 'generic' | 'generated', name: string, args: readonly Arg[], mask: number, limit = 1000, tracers = loaded, capturing = true): Recorded {
  const { rec, count } = counting(new Recorder({ limit }));
  rec.capturing = capturing;
  const boxes = args.map(([t, make], k) => (mask & (1 << k) ? rec.const_(t, make()) : rec.input(t, make())));
  const n = table.byName(name).number;
  const out: Recorded = { text: '', result: '', error: null, frames: null, calls: 0 };
  const before = count();
  try {
    const r = which === 'generic' ? new GenericTracer(table, rec).call(n, boxes) : tracers.traces[n]!(rec, ...boxes);
    out.result = showResult(r);
  } catch (e) {
    if (e instanceof SwitchToBlackhole) out.frames = e.frames;
    out.error = `${(e as Error).name}: ${(e as Error).message}`;
  }
  out.calls = count() - before;
  out.text = printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES });
  return out;
}

const CASES: ReadonlyArray<readonly [string, readonly Arg[]]> = [
  ['arith', [['int', () => 6], ['int', () => 7]]],
  ['max', [['int', () => 3], ['int', () => 9]]],
  ['max', [['int', () => 9], ['int', () => 3]]],
  ['sumsq', [['int', () => 3], ['int', () => 4]]],
  ['dist', [['float', () => 3], ['float', () => 4]]],
  ['heap', [['ref', () => [1, 2, 3]], ['int', () => 2]]],
  ['check', [['int', () => 5]]],
  ['check', [['int', () => -5]]],
  ['pick', [['int', () => 1], ['ref', () => Object.assign(new Point(), { x: 10, y: 20 })]]],
  ['pick', [['int', () => 2], ['ref', () => Object.assign(new Point(), { x: 10, y: 20 })]]],
  ['pick', [['int', () => 1], ['ref', () => [1]]]],
  ['step', [['ref', () => Object.assign(new VM(), { i: 3 })], ['ref', () => PROGRAM]]],
  ['step', [['ref', () => Object.assign(new VM(), { pc: 2, i: 3 })], ['ref', () => PROGRAM]]],
  ['items', [['ref', () => Int32Array.of(5, 6, 7)], ['int', () => 2]]],
  ['calc', [['int', () => 1], ['int', () => 2], ['ref', () => 40]]],
  ['calc', [['int', () => -1], ['int', () => -2], ['ref', () => 40]]],
  ['calc', [['int', () => 1], ['int', () => 2], ['ref', () => 'x']]],
  ['reads', [['ref', () => new Holder(Int32Array.of(3, 1, 4), 'h')], ['int', () => 2]]],
  ['reads', [['ref', () => new Holder(Int32Array.of(3, 1, 4), 'h')], ['int', () => 7]]],
  ['loop', [['int', () => 0], ['int', () => 4]]],
  ['loop', [['int', () => 2], ['int', () => 2]]],
  ['known', [['int', () => 5], ['ref', () => ({ x: false })]]],
  ['known', [['int', () => 15], ['ref', () => ({ x: false })]]],
  ['known', [['int', () => 25], ['ref', () => ({ x: false })]]],
  ['viacall', [['int', () => 5]]],
  ['viacall', [['int', () => 50]]],
  ['sw2', [['int', () => 0]]],
  ['sw2', [['int', () => 3]]],
  ['sel', [['int', () => 4], ['ref', () => null]]],
  ['sel', [['int', () => 5], ['ref', () => null]]],
  ['sel', [['int', () => 3], ['ref', () => new Point()]]],
  ['sel', [['int', () => 2], ['ref', () => new Point()]]],
  ['sel', [['int', () => 2], ['ref', () => [1]]]],
  ['shape', [['ref', () => Object.assign(new Point(), { x: 5 })], ['int', () => 1]]],
  ['shape', [['ref', () => new Holder(Int32Array.of(3, 1, 4), 'h')], ['int', () => 2]]],
  ['shape', [['ref', () => new Machine()], ['int', () => 2]]],
  ['shape', [['ref', () => null], ['int', () => 2]]],
  ['shape2', [['ref', () => Object.assign(new Point(), { x: 5 })], ['int', () => 1]]],
  ['shape2', [['ref', () => new Holder(Int32Array.of(3, 1, 4), 'h')], ['int', () => 2]]],
  ['shape2', [['ref', () => new Machine()], ['int', () => 0]]],
  ['freshcls', [['int', () => 12]]],
  ['constcls', [['int', () => 1]]],
  ['callk', [['int', () => 2], ['int', () => 5]]],
  ['callk', [['int', () => 9], ['int', () => 1]]],
];

describe('generated tracers on hand-written jitcodes', () => {
  it.each(CASES.map(([name, args], k) => [k, name, args] as const))('case %i (%s): the same trace, result and error for every mix of constants', (_k, name, args) => {
    for (let mask = 0; mask < 1 << args.length; mask++) {
      const a = record('generic', name, args, mask);
      const b = record('generated', name, args, mask);
      expect({ ...b, calls: 0 }).toEqual({ ...a, calls: 0 });
      expect(b.calls).toBeLessThanOrEqual(a.calls);
    }
  });

  it.each(CASES.map(([name, args], k) => [k, name, args] as const))('case %i (%s): the same switch to the blackhole at every trace limit', (_k, name, args) => {
    const full = record('generic', name, args, 0);
    const ops = full.text.split('\n').length;
    for (let limit = 1; limit <= ops; limit++) {
      const a = record('generic', name, args, 0, limit);
      const b = record('generated', name, args, 0, limit);
      expect({ ...b, calls: 0 }).toEqual({ ...a, calls: 0 });
    }
  });

  it.each(CASES.map(([name, args], k) => [k, name, args] as const))('case %i (%s): without capturing snapshots, the same operations and no snapshot', (_k, name, args) => {
    // What bench/bf/trace-cost.ts measures resume data generation against.
    const ops = (r: Recorded): string[] => r.text.split('\n').map((l) => l.replace(/ \[.*\]$/, ''));
    const full = record('generic', name, args, 0);
    for (const which of ['generic', 'generated'] as const) {
      const off = record(which, name, args, 0, 1000, loaded, false);
      expect(ops(off)).toEqual(ops(full));
      expect(off.result).toBe(full.result);
      expect(off.text).not.toMatch(/\[\d+@/);
    }
  });

  it('constant arguments: nothing recorded, and no more recorder calls than the generic tracer', () => {
    for (const [name, args] of CASES) {
      const all = (1 << args.length) - 1;
      const a = record('generic', name, args, all);
      const b = record('generated', name, args, all);
      expect(b).toEqual({ ...a, calls: b.calls });
      expect(b.calls).toBeLessThanOrEqual(a.calls);
    }
  });

  it('constants known at build time (greens): the work is plain JavaScript, no recorder call at all', () => {
    const pure = ['arith', 'max', 'dist', 'items', 'calc', 'reads', 'loop'];
    const specs = pure.map((name) => {
      const j = table.byName(name);
      return { number: j.number, greenPositions: j.args.map((_, k) => k) };
    });
    const greens = load(table, specs);
    let checked = 0;
    for (const [name, args] of CASES) {
      if (!pure.includes(name)) continue;
      const all = (1 << args.length) - 1;
      const a = record('generic', name, args, all);
      const b = record('generated', name, args, all, 1000, greens);
      expect(b).toEqual({ ...a, calls: 0 });
      expect(b.text.trim()).toBe('[]');
      expect(a.calls).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('a callee called with constant and non-constant arguments from one caller: a variant per mask, the same traces and frames', () => {
    const callk = table.byName('callk').number;
    const bump = table.byName('bump').number;
    // Per set of greens of callk: the masks of its three calls of bump (the last one's arguments are call results).
    const expected: ReadonlyArray<readonly [readonly number[], readonly number[]]> = [
      [[], [0, 2, 0]],
      [[0], [1, 3, 0]],
      [[1], [2, 2, 0]],
      [[0, 1], [3, 3, 0]],
    ];
    let switchedInVariant = 0;
    for (const [greens, masks] of expected) {
      const loadedGreens = load(table, [{ number: callk, greenPositions: greens }]);
      const calls = [...loadedGreens.text.matchAll(new RegExp(`${tracerName(bump)}(?:_(\\d+))?\\(rec, `, 'g'))].map((m) => Number(m[1] ?? 0));
      expect(calls.slice(0, 3)).toEqual(masks);
      for (const m of new Set(masks)) expect(loadedGreens.text).toContain(`function ${tracerName(bump, m)}(`);
      const greenMask = greens.reduce((m, k) => m | (1 << k), 0);
      for (const [name, args] of CASES) {
        if (name !== 'callk') continue;
        const full = record('generic', name, args, greenMask);
        expect(full.error).toBeNull();
        for (let limit = 1; limit <= full.text.split('\n').length + 1; limit++) {
          const a = record('generic', name, args, greenMask, limit);
          const b = record('generated', name, args, greenMask, limit, loadedGreens);
          expect({ ...b, calls: 0 }).toEqual({ ...a, calls: 0 });
          expect(b.calls).toBeLessThanOrEqual(a.calls);
          const frames = (b.frames ?? []) as JitFrame<unknown>[];
          if (greens.length > 0 && frames.length === 2 && frames[1]!.code === bump) switchedInVariant++;
        }
      }
    }
    expect(switchedInVariant).toBeGreaterThan(0);
  });

  it('a loop inside a jitcode: with constant bounds it is computed entirely while tracing', () => {
    const b = record('generated', 'loop', [['int', () => 0], ['int', () => 50]], 3);
    expect(b.result).toBe(`const ${(49 * 50) / 2 + 3 * 50}`);
    expect(b.calls).toBe(0);
  });

  it('the portal: steps with constant greens record what the generic tracer records', () => {
    const program = [0, 0, 1, 0, 7];
    const layout = { table, portal: PORTAL, greenPositions: PORTAL_GREENS };
    const gen = loaded.factory(PORTAL)(layout);
    const run = (step: (rec: Recorder, boxes: Value[]) => Value | MergeResult<Value>): string[] => {
      const rec = new Recorder();
      const m = new Machine();
      let boxes: Value[] = [rec.input('ref', m), rec.constRef(program), rec.constInt(0), rec.input('int', 4)];
      const results: string[] = [];
      for (let k = 0; k < 6; k++) {
        const r = step(rec, boxes);
        results.push(showResult(r));
        if (!(r instanceof MergeResult)) break;
        boxes = r.values.map((v, p) => (PORTAL_GREENS.includes(p) ? rec.promote(rec.resolve(v), rec.snapshot(PORTAL, r.pc, [])) : v));
      }
      return [...results, printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES }), `steps ${m.steps}`];
    };
    const generic = run((rec, boxes) => new GenericTracer(table, rec).call(PORTAL, boxes));
    expect(run((rec, boxes) => gen.step(rec, boxes))).toEqual(generic);
    expect(generic.filter((r) => r.startsWith('merge')).length).toBeGreaterThan(2);
  });

  it('the portal refuses a green that is not a constant; bridges resume in the generic tracer', () => {
    const layout = { table, portal: PORTAL, greenPositions: PORTAL_GREENS };
    const gen = loaded.factory(PORTAL)(layout);
    const bad = new Recorder();
    expect(() => gen.step(bad, [bad.input('ref', new Machine()), bad.input('ref', [0]), bad.constInt(0), bad.input('int', 1)])).toThrow(/green at position 1 is not a constant/);
    expect(() => loaded.factory(PORTAL)({ table, portal: 0, greenPositions: [] })).toThrow(/given the layout of portal 0/);
    // A bridge from the portal's switch (a guard point): the same as the generic tracer's resume.
    const switchPc = instructions(table.get(PORTAL)).find((i) => i.op === 'switch')!.pc;
    const resumed = (resume: (rec: Recorder, frames: JitFrame<Value>[]) => Value | MergeResult<Value>): string[] => {
      const rec = new Recorder();
      const m = new Machine();
      const values = [rec.input('ref', m), rec.constRef([1, 0]), rec.constInt(0), rec.input('int', 9), rec.input('int', 1)];
      const r = resume(rec, [{ code: PORTAL, pc: switchPc, values }]);
      return [showResult(r), printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES })];
    };
    expect(resumed((rec, frames) => gen.resume(rec, frames))).toEqual(resumed((rec, frames) => new GenericTracer(table, rec).resume(frames)));
  });
});

// ---- type-checking the emitted code -----------------------------------------------------------

describe('the emitted tracers type-check', () => {
  it('under strict options with unused locals and parameters reported (every jitcode)', () => {
    const e = emitTracers(table, [{ number: PORTAL, greenPositions: PORTAL_GREENS }], table.codes.map((j) => j.number));
    const file = path.join(REPO, 'test/transformer/__generated_tracers_check.ts');
    const hintsPath = '../../runtime/hints/index.js';
    const text = [
      `import { __metajit } from ${JSON.stringify(hintsPath)};`,
      `import type { ${e.importedTypes.map((t) => `${t} as __metajit_${t}`).join(', ')} } from ${JSON.stringify(hintsPath)};`,
      `import type { JitcodeTable } from "../../runtime/jitcode/format.js";`,
      'declare const TABLE: JitcodeTable;',
      'const __metajit_jitcodes = (): JitcodeTable => TABLE;',
      e.text,
      `export const factory = ${e.factory(PORTAL)};`,
      `export const traces = [${table.codes.map((j) => tracerName(j.number)).join(', ')}];`,
    ].join('\n');
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noImplicitReturns: true,
      noFallthroughCasesInSwitch: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    };
    const host = ts.createCompilerHost(options, true);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (f) => (path.resolve(f) === file ? text : read(f));
    host.fileExists = (f) => path.resolve(f) === file || exists(f);
    host.getSourceFile = (f, lang, onError, create) => (path.resolve(f) === file ? ts.createSourceFile(f, text, lang, true) : getSourceFile(f, lang, onError, create));
    const program = ts.createProgram([file], options, host);
    const diags = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diags).toEqual([]);
  }, 60_000);
});

describe('the emitted module type-checks wherever the hint API comes from', () => {
  it.each([
    ['the hint module', null],
    ['the package root (metajit)', 'metajit'],
  ] as const)('%s', (_what, specifier) => {
    const original = fs.readFileSync(path.join(FIXTURES, 'lower/portal.ts'), 'utf8');
    const text = specifier === null ? original : original.replace(/from '[./]*runtime\/hints\/index\.js'/, `from '${specifier}'`);
    if (specifier !== null) expect(text).toContain(`from '${specifier}'`);
    const file = path.join(FIXTURES, 'lower/portal-via.ts');
    const { program } = analyze(['lower/portal-via.ts'], { [file]: text });
    const r = emitProgram(program);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    const edited = r.files[0]!.text;
    expect(edited).toContain('generated: __metajit_generated_0');
    const checked = compile(['lower/portal-via.ts'], { [file]: edited });
    expect(tsErrors(checked).filter((e) => e.includes('portal-via'))).toEqual([]);
  }, 60_000);
});

// ---- the portal fixtures through emitProgram ----------------------------------------------------

/** The fixture's JIT-enabled module, evaluated, with its portal descriptors. */
function loadFixture(): { module: Record<string, any>; portals: PortalDescr[] } {
  const { program } = analyze(['lower/portal.ts']);
  const r = emitProgram(program);
  expect(r.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]); // as text: a diagnostic object holds the whole syntax tree
  expect(r.files).toHaveLength(1);
  const js = ts.transpileModule(r.files[0]!.text + '\nexports.__portals = [__metajit_portal_0, __metajit_portal_1];', {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, any> = {};
  const req = (m: string): unknown => {
    if (m.endsWith('runtime/hints/index.js')) return hints;
    throw new Error(`the fixture imports ${m}`);
  };
  new Function('exports', 'require', js)(exports, req);
  return { module: exports, portals: exports['__portals'] };
}

describe('generated tracers of the portal fixtures (emitProgram)', () => {
  const fixture = loadFixture();
  const LOW: Partial<JitParams> = { loopThreshold: 2, bridgeThreshold: 3 };

  /** The dispatch loop as an interpreter runs it, every merge point a back edge into the JIT. */
  function runPortal(portal: PortalDescr, values: unknown[], tracer: 'generic' | 'generated', params: Partial<JitParams>) {
    const driver = new JitDriver({ name: 't', greens: ['g'], reds: ['r'] });
    driver.configure({ tracer, params });
    const layout = portal.layout();
    const bh = new Blackhole(layout.table);
    let result: unknown;
    let error: string | null = null;
    try {
      for (;;) {
        const o = driver.backEdge(portal, values);
        if (o !== null) {
          if (o.done) {
            result = o.value;
            break;
          }
          values = o.values;
          continue;
        }
        const r = bh.call(layout.portal, values);
        if (!(r instanceof MergeResult)) {
          result = r;
          break;
        }
        values = r.values;
      }
    } catch (e) {
      error = String(e);
    }
    const s = driver.stats();
    return { result, error, inUse: driver.tracerInUse, stats: { loops: s.loops, bridges: s.bridges, aborts: s.aborts, recordedOps: s.recordedOps, digests: s.traces.map((t) => t.digest) } };
  }

  const Op = { Add: 0, Jnz: 1, Out: 2, Dec: 3, Halt: 4, Exit: 5 };
  const PROGRAMS: ReadonlyArray<readonly number[]> = [
    [Op.Add, 3, Op.Out, Op.Dec, Op.Jnz, 2, Op.Halt],
    [Op.Add, 2, Op.Out, Op.Dec, Op.Jnz, 2, Op.Add, -2, Op.Out, Op.Exit],
    [Op.Add, 1, 9],
  ];

  it.each(PROGRAMS.map((p, k) => [k, p] as const))('Mini.run, program %i: same results, traces, loops and bridges', (_k, code) => {
    for (const input of [0, 7, 40]) {
      for (const params of [LOW, { ...LOW, stressGuardFailures: 0.2, stressSeed: input + 1 }, { ...LOW, traceLimit: 12 }]) {
        const runs = (['generic', 'generated'] as const).map((tracer) => {
          const m = new fixture.module['Mini']();
          const out: number[] = [];
          const r = runPortal(fixture.portals[0]!, [m, 0, code, input | 0, out], tracer, params);
          return { ...r, out, steps: m.steps };
        });
        expect(runs[1]!.inUse).toBe('generated');
        expect({ ...runs[1]!, inUse: null }).toEqual({ ...runs[0]!, inUse: null });
      }
    }
  });

  it('Mini.run traces loops and bridges with the generated tracer', () => {
    const m = new fixture.module['Mini']();
    const r = runPortal(fixture.portals[0]!, [m, 0, PROGRAMS[0], 40, []], 'generated', { ...LOW, stressGuardFailures: 0.2, stressSeed: 1 });
    expect(r.inUse).toBe('generated');
    expect(r.stats.loops).toBeGreaterThan(0);
    expect(r.stats.bridges).toBeGreaterThan(0);
  });

  it('Counter.count: a static dispatch method with one green', () => {
    for (const n of [0, 5, 30]) {
      const [a, b] = (['generic', 'generated'] as const).map((tracer) => runPortal(fixture.portals[1]!, [0, n, 0], tracer, LOW));
      expect(b!.result).toBe(fixture.module['Counter'].count(n));
      expect({ ...b!, inUse: null }).toEqual({ ...a!, inUse: null });
    }
  });
});
