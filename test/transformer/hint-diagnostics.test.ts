/**
 * Diagnostics of misused hints (9030-9036) and of suspending code in traced functions (9002,
 * 9003). Each fixture is small and built around one code; its test lists every diagnostic the
 * fixture reports, with `line:col` and the exact message, so a missing report, a report at the
 * wrong node, a duplicate or a report on a control (the correct uses each fixture also holds)
 * all fail. All fixtures share one program, as a real project's files would.
 */
import { ALL_FIXTURES, analyze, diagsOf, tsErrors } from './support/compile.js';

const { program, analysis } = analyze(ALL_FIXTURES);

/** Diagnostics of one fixture in source order (the analysis reports in walk order). */
function reported(file: string): string[] {
  const pos = (d: string): number[] => d.split(' ')[0]!.split(':').map(Number);
  return diagsOf(analysis, file).sort((x, y) => {
    const [lx, cx] = pos(x);
    const [ly, cy] = pos(y);
    return lx! - ly! || cx! - cy!;
  });
}

it('the fixtures type-check (misuses TypeScript rejects as well are marked @ts-expect-error)', () => {
  expect(tsErrors(program).filter((e) => e.includes('/fixtures/'))).toEqual([]);
});

describe('suspending code reached from a dispatch loop', () => {
  it('reports each generator and async function once, at its * or async (9002, 9003)', () => {
    expect(reported('suspend.ts')).toEqual([
      "7:1 TS9003: Async code in 'load' cannot be traced: a trace cannot suspend on 'await'. Move the asynchronous part out of the dispatch loop, or move it into a function marked @jit.opaque.",
      "24:3 TS9002: Generator 'Suspend.gen' cannot be traced: a trace cannot suspend. Mark 'Suspend.gen' with @jit.opaque (never the dispatch method itself), or rewrite it as a loop that returns its results.",
      "25:3 TS9003: Async code in 'Suspend.sum' cannot be traced: a trace cannot suspend on 'await'. Move the asynchronous part out of the dispatch loop, or move it into a function marked @jit.opaque.",
    ]);
  });
});

describe('dispatch methods', () => {
  it('without a switch (9030)', () => {
    expect(reported('no-switch.ts')).toEqual([
      "8:3 TS9030: Dispatch method 'NoSwitch.run' has no 'switch' over the opcode: @jit.dispatch needs one, and each 'case' becomes a handler.",
    ]);
    expect(analysis.dispatches.find((d) => d.method.name === 'NoSwitch.run')!.handlers).toEqual([]);
  });

  it('with two outermost switches, at the second; a switch nested in a case is not one (9031)', () => {
    expect(reported('two-switches.ts')).toEqual([
      "15:7 TS9031: Dispatch method 'TwoSwitches.run' has 2 'switch' statements at the same level: the dispatch must be the only one. Move the others into helper methods.",
    ]);
    const nested = analysis.dispatches.find((d) => d.method.name === 'TwoSwitches.nested')!;
    expect(nested.handlers.map((h) => h.labels.map((l) => l.value))).toEqual([[0], []]);
  });

  it('with no merge point in it or in a caller (9032)', () => {
    expect(reported('no-driver.ts')).toEqual([
      "6:3 TS9032: Dispatch method 'NoDriver.step' belongs to no JitDriver: put 'driver.mergePoint({...})' at the top of its dispatch loop, in 'NoDriver.step' or in the function that calls it in a loop.",
    ]);
    expect(analysis.dispatches.find((d) => d.method.name === 'NoDriver.step')!.driver).toBeUndefined();
  });
});

describe('JitDriver declarations and merge points', () => {
  const options = (what: string): string =>
    `TS9033: The JitDriver's '${what}' must be written as an array literal of string literals (for example ['pc', 'code']), so the transformer can read it.`;
  const notObject = "TS9033: The JitDriver's options must be an object literal written at the 'new JitDriver({...})' call, so the transformer can read greens and reds.";

  it('options the transformer cannot read (9033)', () => {
    expect(reported('driver-options.ts')).toEqual([
      `9:43 ${notObject}`,
      `10:42 ${options('greens')}`,
      `11:46 ${notObject}`,
      "12:51 TS9033: The JitDriver's 'name' must be a string literal, so the transformer can read it.",
      `13:66 ${options('reds')}`,
      `14:93 ${options('virtualizables')}`,
    ]);
  });

  it('records what it could read, and reads the control in full', () => {
    const at = (line: number) => analysis.drivers.find((d) => d.newExpr.getSourceFile().fileName.endsWith('/driver-options.ts')
      && d.newExpr.getSourceFile().getLineAndCharacterOfPosition(d.newExpr.getStart()).line + 1 === line)!;
    expect(at(9)).toMatchObject({ greens: [], reds: [] });
    expect(at(11)).toMatchObject({ name: 'spread', greens: [], reds: [] });
    expect(at(13)).toMatchObject({ greens: ['pc'], reds: [] });
    expect(at(15)).toMatchObject({ name: 'ok', greens: ['pc'], reds: ['acc'], virtualizables: ['acc'] });
  });

  it('merge points on a driver not held by a variable or field initialized with new JitDriver (9034)', () => {
    const unknown = (m: string): string =>
      `TS9034: '${m}' is called on a JitDriver the transformer cannot identify: call it on a variable or field initialized with 'new JitDriver({...})'.`;
    expect(reported('unknown-driver.ts')).toEqual([
      `8:65 ${unknown('mergePoint')}`,
      `9:58 ${unknown('mergePoint')}`,
      `10:58 ${unknown('canEnterJit')}`,
    ]);
    const held = analysis.drivers.find((d) => d.holder?.name.getText() === 'held')!;
    expect([held.mergePoints.length, held.canEnterJits.length]).toEqual([1, 1]);
  });

  it('merge point arguments that are not exactly the greens and reds (9035)', () => {
    const live = (m: string, detail: string): string =>
      `TS9035: The variables passed to '${m}' do not match the JitDriver's greens and reds: ${detail}.`;
    expect(reported('live-variables.ts')).toEqual([
      `8:76 ${live('mergePoint', "missing 'code'")}`,
      `9:102 ${live('canEnterJit', "not a green or red: 'tmp'")}`,
      `10:86 ${live('mergePoint', "missing 'code'; not a green or red: 'tmp'")}`,
      `11:66 ${live('mergePoint', 'write them as an object literal, one key per green and red')}`,
      `12:77 ${live('mergePoint', 'write one plain key per green and red')}`,
      `13:93 ${live('mergePoint', 'write one plain key per green and red')}`,
    ]);
  });
});

describe('hints in the wrong place (9036)', () => {
  it('reports each misplaced hint at its decorator or call, and nothing on the controls', () => {
    expect(reported('misplaced.ts')).toEqual([
      "7:1 TS9036: '@jit.dispatch' applies to methods, not classes.",
      "12:3 TS9036: '@jit.virtualizable' is not a method decorator.",
      "14:3 TS9036: '@jit.promote' is not a method decorator.",
      "17:3 TS9036: '@jit.opaque' conflicts with @jit.pure on 'Elements.c': use one hint per method.",
      "19:3 TS9036: '@jit.pure' applies to methods, not getters.",
      "22:3 TS9036: '@jit.unroll' applies to methods, not fields.",
      "26:1 TS9036: '@jit.virtualizable' names 'sp', which is not a field of class 'Frame'.",
      "30:20 TS9036: '@jit.virtualizable' takes the field names as string literals.",
      "34:28 TS9036: 'jit.opaque(...)' must wrap a function expression or a function name, as the initializer of a const.",
      "35:26 TS9036: 'jit.pure(...)' must wrap a function expression or a function name, as the initializer of a const.",
    ]);
  });

  it('misplaced hints are not recorded as hints', () => {
    expect(analysis.dispatches.some((d) => d.method.name.startsWith('OnClass'))).toBe(false);
    const frame = analysis.classes.find((c) => c.name === 'Frame' && c.decl.getSourceFile().fileName.endsWith('/misplaced.ts'))!;
    expect(frame.virtualizable).toEqual(['regs', 'pc', 'sp']);
    expect(frame.fields.filter((f) => f.virtualizable).map((f) => f.name)).toEqual(['regs', 'pc']);
  });
});
