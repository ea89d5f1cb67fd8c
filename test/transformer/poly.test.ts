/**
 * Polymorphic method calls (fixtures/lower/poly.ts): a union of two classes, an interface with
 * traced and pure implementations, a base class with an overriding subclass and inheriting ones
 * (and `this.m()` inside the base class), results of different kinds, all-opaque
 * implementations. Each lowered call is a `class_switch` over the concrete classes; the
 * blackhole computes what the plain function computes on receivers of every class, including
 * classes the program does not list (the default path); the generic tracer guards the case it
 * takes and not the default; the generated tracers record the same traces.
 */
import * as ts from 'typescript';
import { __metajit } from '../../runtime/hints/index.js';
import { printTrace } from '../../runtime/ir/printer.js';
import { Trace, type Value } from '../../runtime/ir/trace.js';
import { GenericTracer, type JitcodeTable, MergeResult, instructions } from '../../runtime/jitcode/index.js';
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { Recorder } from '../../runtime/recorder/index.js';
import { emitTracers } from '../../transformer/emit/tracer.js';
import { tracerName } from '../../transformer/emit/tracer-function.js';
import { agree } from './support/agree.js';
import { tsErrors } from './support/compile.js';
import { lowerFixture } from './support/lower.js';

const L = lowerFixture('lower/poly.ts', () => false, true);
const M = L.module as Record<string, any>;
const NAMES = new Map<unknown, string>(Object.entries(M).map(([k, v]) => [v, k]));

/** Lines of the printed jitcode without their positions. */
const lines = (name: string): string[] => printJitcode(L.code(name), L.table, { names: NAMES }).split('\n').slice(1).map((l) => l.replace(/^\s*\d+: /, ''));
const switches = (name: string): string[] => lines(name).filter((l) => l.startsWith('class_switch '));

/** Classes the program does not list: subclasses of its classes, and unrelated classes. */
class Kitten extends (M['Cat'] as new (lives: number) => object) {}
class Spider extends (M['Animal'] as new (legs: number) => { steps(n: number): number }) {
  override steps(n: number): number {
    return 8 * n;
  }
}
class Parrot {
  speak(t: number): number {
    return t * 100;
  }
}
class Maybe {
  probe(): string {
    return 'other';
  }
}
class Tally {
  total = 0;
  put(v: number): number {
    this.total = this.total + v;
    return this.total;
  }
}
class Hex {
  constructor(public side: number) {}
  area(): number {
    return 6 * this.side;
  }
  scaled(k: number): number {
    return k * 10;
  }
  grow(by: number): void {
    this.side = this.side - by;
  }
}

describe('lowering polymorphic calls to class_switch', () => {
  it('the fixture type-checks and every lowered function verifies', () => {
    expect(tsErrors(L.program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
    for (const j of L.table.codes) verifyJitcode(j, L.table);
  });

  it('a union of two classes: one case per class, the default a residual method call', () => {
    expect(switches('unionCall')).toEqual([expect.stringMatching(/^class_switch r0 \{@Cat -> \d+, @Cow -> \d+\} else -> \d+ live\(r0, f1\)$/)]);
    expect(lines('unionCall').filter((l) => l.includes('inline_call'))).toEqual([expect.stringMatching(/inline_call Cat\.speak\(r0, f1\)/), expect.stringMatching(/inline_call Cow\.speak\(r0, f1\)/)]);
    expect(lines('unionCall').filter((l) => l.includes('residual_call'))).toEqual([expect.stringMatching(/residual_call \S+\(r0, f1\) residual/)]);
    agree(L, 'unionCall', [() => [new M['Cat'](9), 2], () => [new M['Cow'](100), 2.5], () => [new Kitten(3), 4], () => [new Parrot(), 3]]);
  });

  it('an interface: traced implementations inlined, a pure one a pure residual call of its class only', () => {
    const sw = switches('interfaceCall');
    expect(sw).toHaveLength(3);
    for (const l of sw) expect(l).toMatch(/^class_switch r0 \{@Square -> \d+, @Circle -> \d+, @Tri -> \d+\} else -> \d+ /);
    const calls = lines('interfaceCall').filter((l) => l.includes('_call '));
    expect(calls.filter((l) => l.includes(' pure '))).toHaveLength(1);
    expect(calls.filter((l) => l.includes(' residual '))).toHaveLength(3);
    // Circle.scaled takes no parameter: the argument is not passed.
    expect(calls).toEqual(expect.arrayContaining([expect.stringMatching(/inline_call Circle\.scaled\(r0\)/), expect.stringMatching(/inline_call Square\.scaled\(r0, f\d+\)/)]));
    const sets = [() => [new M['Square'](3), 2], () => [new M['Circle'](1.5), 2], () => [new M['Tri'](7), -1], () => [new Hex(2), 3]];
    agree(L, 'interfaceCall', sets);
  });

  it('a base class: subclasses inheriting share the code of the implementation, abstract classes get no case', () => {
    const sw = switches('baseCall');
    expect(sw).toHaveLength(1);
    const target = (cls: string): string => new RegExp(`@${cls} -> (\\d+)`).exec(sw[0]!)![1]!;
    expect(target('Dog')).toBe(target('Animal'));
    expect(target('Puppy')).toBe(target('Bird'));
    expect(target('Bird')).not.toBe(target('Animal'));
    expect(sw[0]).not.toContain('@Fish');
    expect(lines('baseCall').filter((l) => l.includes('inline_call'))).toHaveLength(2);
    const animals = [() => [new M['Animal'](4), 3], () => [new M['Bird'](2), 3], () => [new M['Dog'](4), 1.5], () => [new M['Puppy'](2), 7], () => [new Spider(8), 2]];
    agree(L, 'baseCall', animals);
    // `this.steps(n)` in the base class is polymorphic too.
    expect(switches('Animal.walk')).toHaveLength(1);
    agree(L, 'selfCall', animals);
  });

  it('results of different kinds are converted to the kind of the call', () => {
    expect(switches('probeCall')).toHaveLength(1);
    expect(lines('probeCall')).toEqual(expect.arrayContaining([expect.stringMatching(/cast_bool_to_ref/), expect.stringMatching(/cast_float_to_ref/)]));
    agree(L, 'probeCall', [() => [new M['Yes']()], () => [new M['Count'](4.5)], () => [new Maybe()]]);
  });

  it('when every implementation is opaque: one residual method call, no class_switch', () => {
    expect(switches('opaqueCall')).toEqual([]);
    expect(lines('opaqueCall').filter((l) => l.includes('residual_call'))).toEqual([expect.stringMatching(/residual_call \S+\(r0, f1\) residual/)]);
    agree(L, 'opaqueCall', [() => [new M['ListSink'](), 5], () => [new M['NullSink'](), 5], () => [new Tally(), 5]]);
  });
});

// ---- tracing the lowered code -------------------------------------------------------------------

type TraceFn = (rec: Recorder, ...args: Value[]) => Value | MergeResult<Value>;

/** The generated tracers of every jitcode of the table, transpiled and evaluated against it. */
function generatedTracers(table: JitcodeTable): TraceFn[] {
  const e = emitTracers(table, [], table.codes.map((j) => j.number));
  const source = ['const __metajit_jitcodes = () => TABLE;', e.text, '__metajit_init();', `exports.traces = [${table.codes.map((j) => tracerName(j.number)).join(', ')}];`].join('\n');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, any> = {};
  new Function('exports', '__metajit', 'TABLE', js)(exports, __metajit, table);
  return exports['traces'];
}

const generated = generatedTracers(L.table);

/** Trace jitcode `name` with a non-constant receiver and number argument. */
function traced(which: 'generic' | 'generated', name: string, recv: unknown, n: number): { ops: string[]; text: string; value: unknown } {
  const rec = new Recorder();
  const args = [rec.input('ref', recv), rec.input('float', n)];
  const j = L.code(name);
  const r = which === 'generic' ? new GenericTracer(L.table, rec).call(j.number, args) : generated[j.number]!(rec, ...args);
  if (r instanceof MergeResult) throw new Error('unexpected merge');
  return { ops: rec.ops.map((o) => o.opcode), text: printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES }), value: r.value };
}

describe('tracing lowered polymorphic calls', () => {
  it('a listed class: one guard_class (the later switches on the receiver know its class), the bodies inlined', () => {
    const t = traced('generic', 'interfaceCall', new M['Square'](3), 2);
    expect(t.ops.filter((o) => o === 'guard_class')).toHaveLength(1);
    expect(t.text).toMatch(/guard_class\(r0, @Square\)/);
    expect(t.ops).not.toContain('call');
    expect(t.value).toBe(M['interfaceCall'](new M['Square'](3), 2));
  });

  it('a class the program does not list: no guard, residual method calls', () => {
    const t = traced('generic', 'interfaceCall', new Hex(2), 3);
    expect(t.ops).not.toContain('guard_class');
    expect(t.ops.filter((o) => o === 'call')).toHaveLength(3);
    expect(t.value).toBe(M['interfaceCall'](new Hex(2), 3));
  });

  it('the guard resumes at the class_switch: its snapshot names the switch', () => {
    const rec = new Recorder();
    const j = L.code('baseCall');
    new GenericTracer(L.table, rec).call(j.number, [rec.input('ref', new M['Puppy'](2)), rec.input('float', 3)]);
    const guard = rec.ops.find((o) => o.opcode === 'guard_class')!;
    const sw = instructions(j).find((i) => i.op === 'class_switch')!;
    expect(guard.snapshot).toMatchObject({ code: j.number, pc: sw.pc });
  });

  it('the generated tracers record what the generic tracer records', () => {
    const receivers: Array<[string, () => unknown, number]> = [
      ['unionCall', () => new M['Cat'](9), 2],
      ['unionCall', () => new Kitten(3), 2],
      ['interfaceCall', () => new M['Square'](3), 2],
      ['interfaceCall', () => new M['Circle'](2), 2],
      ['interfaceCall', () => new M['Tri'](7), 2],
      ['interfaceCall', () => new Hex(2), 2],
      ['baseCall', () => new M['Dog'](4), 2],
      ['baseCall', () => new Spider(1), 2],
      ['selfCall', () => new M['Puppy'](2), 2],
    ];
    for (const [name, make, n] of receivers) {
      const a = traced('generic', name, make(), n);
      expect(traced('generated', name, make(), n)).toEqual(a);
    }
  });
});
