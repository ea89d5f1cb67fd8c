/** The analysis of fixture interpreters: hints, handlers, drivers, reachable functions, fields, diagnostics. */
import type { Analysis } from '../../transformer/analysis/types.js';
import { analyze, diagsOf, fn, tsErrors } from './support/compile.js';

const { program, analysis: a } = analyze(['vm.ts', 'via-package.ts', 'via-subpath.ts', 'unsupported.ts']);
const codesAt = (an: Analysis, file: string): string[] => diagsOf(an, file).map((d) => d.split(': ')[0]!);

describe('analysis of a decorated interpreter', () => {
  it('fixtures type-check', () => {
    expect(tsErrors(program).filter((e) => e.includes('/fixtures/'))).toEqual([]);
  });

  it('finds dispatch methods by symbol, however the hints are imported', () => {
    expect(a.dispatches.map((d) => d.method.name).sort()).toEqual(['Loop.step', 'M.step', 'Tiny.step', 'VM.run']);
    expect(a.functions.some((f) => f.name === 'NotHinted.step')).toBe(false);
  });

  it('reads handlers, driver, greens and reds', () => {
    const d = a.dispatches.find((x) => x.method.name === 'VM.run')!;
    expect(d.handlers.map((h) => [h.labels.map((l) => l.value), h.isDefault])).toEqual([
      [[0], false], [[1], false], [[2], false], [[3], false], [[4, 5], false], [[], true],
    ]);
    expect(d.driver).toMatchObject({ name: 'vm', greens: ['pc', 'code'], reds: ['frame'], virtualizables: ['frame'] });
    expect(d.driver!.mergePoints).toHaveLength(1);
    expect(d.driver!.canEnterJits).toHaveLength(1);
    expect(d.loop).toBeDefined();
    const loop = a.dispatches.find((x) => x.method.name === 'Loop.step')!;
    expect(loop.driver).toMatchObject({ greens: ['pc'], reds: ['n'] });
    expect(a.dispatches.find((x) => x.method.name === 'Tiny.step')!.driver).toMatchObject({ greens: ['pc'], reds: ['acc'] });
    expect(a.promotes).toHaveLength(1);
  });

  it('classifies every reachable function', () => {
    const kinds = Object.fromEntries(a.functions.map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({
      clamp: 'traced', 'VM.fib': 'traced', 'VM.lookup': 'pure', hash: 'pure', trace: 'opaque', 'VM.sum': 'unroll',
      'Square.constructor': 'traced', 'Shape.constructor': 'traced', 'IntBox.constructor': 'traced',
      'Math.floor': 'builtin', 'Math.min': 'builtin', 'String.charCodeAt': 'builtin', 'Array.push': 'builtin',
      'new Uint8Array': 'builtin', 'DateConstructor.now': 'opaque', 'Console.log': 'builtin',
    });
    expect(fn(a, 'Array.push').effect).toBe('effectful');
    expect(fn(a, 'Math.floor').effect).toBe('pure');
    expect(fn(a, 'DateConstructor.now').source).toBe('default');
    // Opaque functions are never walked: what they call is not reachable.
    expect(kinds['VM.report']).toBeUndefined();
    expect(kinds['VM.unreachable']).toBeUndefined();
    expect(fn(a, 'VM.fib').recursive).toBe(true);
    expect(fn(a, 'clamp').recursive).toBe(false);
  });

  it('records every candidate of polymorphic calls', () => {
    const poly = a.calls.filter((c) => c.polymorphic).map((c) => c.callees.map((f) => f.name).sort());
    expect(poly).toEqual(expect.arrayContaining([
      ['ArraySink.write', 'ConsoleSink.write'], ['Circle.area', 'Square.area'], ['IntBox.get2', 'StrBox.get2'],
    ]));
    const mono = a.calls.find((c) => c.node.getText() === 'this.fib(frame.regs[1]!)')!;
    expect(mono.polymorphic).toBe(false);
  });

  it('reports readonly and virtualizable fields', () => {
    const frame = a.classes.find((c) => c.name === 'Frame')!;
    expect(frame.virtualizable).toEqual(['regs', 'pc']);
    expect(frame.fields.map((f) => [f.name, f.readonly, f.virtualizable])).toEqual([
      ['pc', false, true], ['regs', true, true], ['code', true, false],
    ]);
    expect(a.classes.find((c) => c.name === 'Code')!.fields.every((f) => f.readonly && !f.virtualizable)).toBe(true);
    expect(a.classes.some((c) => c.name === 'JitDriver')).toBe(false);
  });

  it('leaves supported code without diagnostics and notes unknown library calls', () => {
    expect(diagsOf(a, 'vm.ts')).toEqual([
      "64:112 TS9050: Library function 'DateConstructor.now' called in traced function 'VM.run' has no known effect and stays an opaque call. Wrap the call in a function marked @jit.pure if it has no side effects, to let the optimizer fold it.",
    ]);
    expect(diagsOf(a, 'via-package.ts')).toEqual([]);
    expect(diagsOf(a, 'via-subpath.ts')).toEqual([]);
  });
});

describe('diagnostics for code outside the subset', () => {
  const ds = diagsOf(a, 'unsupported.ts');
  it.each([
    ['37:38 TS9001', "Arrow function created in traced function 'M.closure' is not supported: a closure would capture trace values. Hoist it out of 'M.closure' to a method or a top-level function, or move it into a function marked @jit.opaque."],
    ['38:24 TS9004', "'try/finally' in traced function 'M.tryFinally' is not supported"],
    ['39:22 TS9005', "'try/catch' in traced function 'M.tryCatch' is not supported"],
    ['40:27 TS9006', "'arguments' in traced function 'M.args' is not supported"],
    ['41:28 TS9008', "'for...in' in traced function 'M.forIn' is not supported"],
    ['42:38 TS9009', "Property access with a computed key on 'Record<string, number>' in traced function 'M.dynKey'"],
    ['43:31 TS9010', "Call of 'this.f' in traced function 'M.viaField' cannot be resolved to a declaration ('f' is a function-typed field, not a method)"],
    ['44:17 TS9011', "'delete' in traced function 'M.del' is not supported"],
    ['45:35 TS9012', "Use of getter 'value' in traced function 'M.getter' is not supported"],
    ['46:60 TS9013', "'instanceof c' in traced function 'M.inst' is not supported"],
    ['47:50 TS9014', "Spread of 'number[]' in traced function 'M.spread' is not supported"],
    ['48:34 TS9015', "Object spread in traced function 'M.objSpread' is not supported"],
    ['49:61 TS9017', "'for...of' over 'Set<number>' in traced function 'M.iter' is not supported"],
    ['50:74 TS9016', "Destructuring in traced function 'M.rest' is not supported here (a rest element in an assignment pattern)"],
    ['51:26 TS9010', "Call of 'x.go' in traced function 'M.viaAny' cannot be resolved to a declaration (the receiver has type 'any')"],
    ['52:18 TS9007', "'eval' in traced function 'M.evil' is not supported"],
  ])('%s', (where, message) => {
    expect(ds.filter((d) => d.startsWith(`${where}: ${message}`))).toHaveLength(1);
  });

  it('reports nothing else, and nothing inside opaque functions', () => {
    expect(codesAt(a, 'unsupported.ts').filter((c) => !c.endsWith('TS9050')).length).toBe(16);
    expect(ds.some((d) => d.includes('M.opaqueOk'))).toBe(false);
  });
});
