/**
 * Array virtualizables: a red of type `T[]` listed in the driver's `virtualizables`.
 * - The transformer adds no portal argument for it and lowers its accesses as array operations;
 *   the emitted layout lists its argument position (`virtualizableArrays`), which the portal
 *   runner accepts only for ref reds.
 * - The portal runner starts each loop trace with exactly one `virtualizable_array` marker on
 *   the array's input, whichever tracer runs (generic or generated); bridges have none.
 * - The JIT-enabled interpreter computes what the plain one does.
 * - A virtualizable that is neither a frame nor a mutable array (a typed array, a number, a
 *   readonly array, a tuple, a union with `undefined`) is a TS9018 diagnostic at the red.
 */
import * as ts from 'typescript';
import { Jit } from '../../runtime/driver/jit.js';
import { type PortalDescr, PortalRunner } from '../../runtime/driver/portal.js';
import * as hints from '../../runtime/hints/index.js';
import type { JitDriver } from '../../runtime/hints/index.js';
import type { Op } from '../../runtime/ir/trace.js';
import { instructions } from '../../runtime/jitcode/format.js';
import type { Recorder } from '../../runtime/recorder/index.js';
import type { JitParams } from '../../runtime/warmup/params.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';
import { emitProgram } from '../../transformer/emit/program.js';
import { LowerError, lowerPortal, lowerProgram, virtualizables } from '../../transformer/lower/index.js';
import { analyze, tsErrors } from './support/compile.js';
import { evaluate, refResolver } from './support/lower.js';

const FILE = 'lower/vable-array.ts';
const { program, analysis } = analyze([FILE]);
const checker = program.getTypeChecker();
const emitted = emitProgram(program);
const js = emitted.files.length === 1
  ? ts.transpileModule(`${emitted.files[0]!.text}\nexports.__portal = __metajit_portal_0;`, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText
  : '';

/** A fresh instance of the JIT-enabled fixture module (its own driver, so its own JIT). */
function loadJit(): Record<string, any> {
  const exports: Record<string, any> = {};
  const req = (m: string): unknown => {
    if (m.endsWith('runtime/hints/index.js')) return hints;
    throw new Error(`the fixture imports ${m}`);
  };
  new Function('exports', 'require', js)(exports, req);
  return exports;
}

const plain = evaluate(FILE) as Record<string, any>;
const Op_ = plain['RegOp'] as Record<string, number>;

/** r0 = sum over r1 = n..1 of r1 * 3 (an inner loop of constant-index register traffic). */
const sumProgram = (n: number): number[] => [
  Op_.Set!, 0, 0, // 0: r0 = 0
  Op_.Set!, 1, n, // 3: r1 = n
  Op_.Set!, 2, 3, // 6: r2 = 3
  Op_.Set!, 3, 0, // 9: r3 = 0             loop:
  Op_.Add!, 3, 1, // 12: r3 += r1
  Op_.Mul!, 3, 2, // 15: r3 *= r2
  Op_.Add!, 0, 3, // 18: r0 += r3
  Op_.Dec!, 1, // 21: r1--
  Op_.Jnz!, 1, 9, // 23: if r1 != 0 goto loop
  Op_.Halt!, // 26
];

/** Two nested loops: the outer one runs the inner one `outer` times. */
const nestedProgram = (outer: number, inner: number): number[] => [
  Op_.Set!, 0, 0, // 0
  Op_.Set!, 1, outer, // 3
  Op_.Set!, 2, inner, // 6: outer loop
  Op_.Add!, 0, 2, // 9: inner loop: r0 += r2
  Op_.Dec!, 2, // 12
  Op_.Jnz!, 2, 9, // 14
  Op_.Dec!, 1, // 17
  Op_.Jnz!, 1, 6, // 19
  Op_.Halt!, // 22
];

interface Run {
  readonly result: unknown;
  readonly regs: number[];
  readonly loops: number;
  readonly bridges: number;
  /** The recorded (not optimized) ops of each loop trace and bridge started, with the inputs. */
  readonly loopTraces: { inputs: readonly Op[]; ops: readonly Op[] }[];
  readonly bridgeTraces: { ops: readonly Op[] }[];
}

function runJit(code: readonly number[], tracer: 'generic' | 'generated', params: Partial<JitParams>): Run {
  const m = loadJit();
  const driver = m['driver'] as JitDriver;
  driver.configure({ tracer, params });
  const jit = driver.jit;
  const loopTraces: { inputs: readonly Op[]; ops: readonly Op[] }[] = [];
  const bridgeTraces: { ops: readonly Op[] }[] = [];
  const startLoop = jit.startLoop.bind(jit);
  jit.startLoop = (key: unknown): Recorder => {
    const rec = startLoop(key);
    loopTraces.push({ inputs: rec.inputs, ops: rec.ops });
    return rec;
  };
  const startBridge = jit.startBridge.bind(jit);
  jit.startBridge = (from) => {
    const start = startBridge(from);
    bridgeTraces.push({ ops: start.rec.ops });
    return start;
  };
  const regs: number[] = [0, 0, 0, 0];
  const result = new m['RegVm']().run(code, regs);
  if (driver.tracerInUse !== null) expect(driver.tracerInUse).toBe(tracer);
  const s = driver.stats();
  return { result, regs, loops: s.loops, bridges: s.bridges, loopTraces, bridgeTraces };
}

function runPlain(code: readonly number[]): { result: unknown; regs: number[] } {
  const regs: number[] = [0, 0, 0, 0];
  return { result: new plain['RegVm']().run(code, regs), regs };
}

const markers = (ops: readonly Op[]): Op[] => ops.filter((o) => o.opcode === 'virtualizable_array');
const LOW: Partial<JitParams> = { loopThreshold: 2, bridgeThreshold: 2 };

describe('an array virtualizable red', () => {
  it('the fixture type-checks, lowers and emits without diagnostics', () => {
    expect(tsErrors(program).filter((e) => e.includes('/fixtures/lower/vable-array'))).toEqual([]);
    expect(lowerProgram(checker, analysis, refResolver(plain)).diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(emitted.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(emitted.files).toHaveLength(1);
  });

  it('is an array, not a frame: no portal argument added, items stay array operations', () => {
    const d = analysis.dispatches[0]!;
    const v = virtualizables(checker, analysis, d);
    expect(v.frames).toEqual([]);
    expect(v.arrays).toEqual([{ red: 'regs', redIndex: 1 }]);
    const P = lowerProgram(checker, analysis, refResolver(plain));
    const portal = P.table.get(P.portals.get(d)!);
    // The receiver, pc, code, steps, regs: nothing after the reds.
    expect(portal.args.map((r) => portal.kinds[r])).toEqual(['ref', 'float', 'ref', 'int', 'ref']);
    const ops = instructions(portal).map((i) => i.op);
    expect(ops).toEqual(expect.arrayContaining(['getarrayitem', 'setarrayitem']));
    for (const i of instructions(portal)) if (i.op === 'merge') expect(i.values).toEqual([...portal.args]);
  });

  it('the emitted layout lists its argument position; the glue passes the reds only', () => {
    const text = emitted.files[0]!.text;
    expect(text).toContain('greenPositions: [1, 2], virtualizableArrays: [4] })');
    expect(text).toContain('driver.backEdge(__metajit_portal_0, [this, pc, code, steps, regs])');
    const layout = (loadJit()['__portal'] as PortalDescr).layout();
    expect(layout.greenPositions).toEqual([1, 2]);
    expect(layout.virtualizableArrays).toEqual([4]);
    // The runner takes only positions of ref reds.
    for (const p of [1, 3, 9]) {
      expect(() => new PortalRunner(new Jit(), { ...layout, virtualizableArrays: [p] })).toThrow(`RegVm.run.portal: virtualizable array position ${p} is not a ref red of the portal`);
    }
    expect(() => new PortalRunner(new Jit(), layout)).not.toThrow();
  });

  it.each(['generic', 'generated'] as const)('%s tracer: each loop trace has one marker, on the array input; bridges none', (tracer) => {
    let bridges = 0;
    for (const [code, params] of [[sumProgram(30), LOW], [nestedProgram(6, 7), { ...LOW, stressGuardFailures: 0.3, stressSeed: 7 }]] as const) {
      const r = runJit(code, tracer, params);
      expect({ result: r.result, regs: r.regs }).toEqual(runPlain(code));
      expect(r.loops).toBeGreaterThan(0);
      expect(r.loopTraces.length).toBeGreaterThan(0);
      for (const t of r.loopTraces) {
        // Inputs are the reds: the receiver, steps, regs.
        expect(t.inputs).toHaveLength(3);
        expect(Array.isArray(t.inputs[2]!.value)).toBe(true);
        expect(markers(t.ops)).toHaveLength(1);
        expect(t.ops[0]!.opcode).toBe('virtualizable_array');
        expect(t.ops[0]!.args).toEqual([t.inputs[2]]);
        expect(t.ops[0]!.descr).toEqual({ kind: 'array', elem: 'any' });
      }
      for (const b of r.bridgeTraces) expect(markers(b.ops)).toEqual([]);
      bridges += r.bridgeTraces.length;
    }
    expect(bridges).toBeGreaterThan(0);
  });

  it('both tracers record the same marker and compute what the plain interpreter does, bridges included', () => {
    for (const code of [sumProgram(1), sumProgram(2), sumProgram(25), nestedProgram(5, 4), nestedProgram(12, 3)]) {
      const want = runPlain(code);
      for (const params of [LOW, { ...LOW, stressGuardFailures: 0.3, stressSeed: 7 }]) {
        const [generic, generated] = (['generic', 'generated'] as const).map((tracer) => runJit(code, tracer, params));
        for (const r of [generic!, generated!]) expect({ result: r.result, regs: r.regs }).toEqual(want);
        const shape = (r: Run) => r.loopTraces.map((t) => markers(t.ops).map((o) => `${o.opcode}(input ${t.inputs.indexOf(o.args[0] as Op)})`));
        expect(shape(generated!)).toEqual(shape(generic!));
        expect(generated!.loops).toBe(generic!.loops);
        expect(generated!.bridges).toBe(generic!.bridges);
      }
    }
  });
});

describe('virtualizables that are neither frames nor arrays', () => {
  const bad = analyze(['lower/vable-array-errors.ts']);
  const badChecker = bad.program.getTypeChecker();
  const lowerOf = (name: string) => (): void => {
    const d = bad.analysis.dispatches.find((x) => x.method.name === name)!;
    lowerPortal(badChecker, d, { analysis: bad.analysis, number: 0, jitcodeOf: () => 0, refConst: () => { throw new Error('no refs'); } });
  };
  const TAIL = ': a virtualizable is a JavaScript array \\(T\\[\\]\\) or of a class declared with @jit\\.virtualizable\\(\\.\\.\\.\\)';
  const CASES: readonly (readonly [string, string])[] = [
    ['Typed.run', `vable-array-errors\\.ts:9:19: the virtualizable 'mem' of driver 'typed' is a typed array \\(Uint8Array\\)${TAIL}`],
    ['Scalar.run', `vable-array-errors\\.ts:24:19: the virtualizable 'acc' of driver 'scalar' is of type 'number', neither an array nor a virtualizable class${TAIL}`],
    ['Frozen.run', `vable-array-errors\\.ts:39:19: the virtualizable 'regs' of driver 'frozen' is a readonly array \\(readonly number\\[\\]\\), but its items are written${TAIL}`],
    ['Pair.run', `vable-array-errors\\.ts:54:19: the virtualizable 'regs' of driver 'pair' is a tuple \\(\\[number, number\\]\\)${TAIL}`],
    ['Maybe.run', `vable-array-errors\\.ts:69:19: the virtualizable 'regs' of driver 'maybe' is of type 'number\\[\\] \\| undefined', a union of arrays with other types${TAIL}`],
  ];

  it('the fixture type-checks', () => {
    expect(tsErrors(bad.program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
  });

  it.each(CASES)('%s: a LowerError at the red', (name, message) => {
    expect(lowerOf(name)).toThrow(LowerError);
    expect(lowerOf(name)).toThrow(new RegExp(`${message}$`));
  });

  it('emitProgram reports them as TS9018 diagnostics and edits no file', () => {
    const r = emitProgram(bad.program);
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => formatDiagnostic(d).replace(/^.*\//, ''))).toEqual(
      CASES.map(([, m]) => expect.stringMatching(new RegExp(`^${m.replace(/^vable-array-errors\\\.ts:(\d+:\d+): /, 'vable-array-errors\\.ts:$1: TS9018: ')}\\.$`))),
    );
  });
});
