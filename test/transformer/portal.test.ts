/**
 * Portals: one iteration of a dispatch loop as jitcode. Lowered with `lowerProgram`, run in the
 * blackhole step by step (each merge's values are the next step's arguments) and compared with
 * the plain dispatch method; each LowerError of the portal has its message and position.
 */
import { Blackhole } from '../../runtime/jitcode/blackhole.js';
import { instructions } from '../../runtime/jitcode/format.js';
import { MergeResult } from '../../runtime/jitcode/merge.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';
import { LowerError, lowerPortal, lowerProgram } from '../../transformer/lower/index.js';
import { analyze, tsErrors } from './support/compile.js';
import { evaluate, refResolver } from './support/lower.js';

const { program, analysis } = analyze(['lower/portal.ts']);
const checker = program.getTypeChecker();
const M = evaluate('lower/portal.ts') as Record<string, any>;
const P = lowerProgram(checker, analysis, refResolver(M));
const bh = new Blackhole(P.table);

const portalOf = (name: string): number => {
  const d = analysis.dispatches.find((x) => x.method.name === name)!;
  return P.portals.get(d)!;
};

/** Run a portal from the merge-point values to its return (or throw), counting steps. */
function runPortal(portal: number, values: unknown[]): { result: unknown; steps: number } {
  let args = values;
  for (let steps = 1; ; steps++) {
    const r = bh.call(portal, args);
    if (!(r instanceof MergeResult)) return { result: r, steps };
    args = r.values;
  }
}

const Op = { Add: 0, Jnz: 1, Out: 2, Dec: 3, Halt: 4, Exit: 5 };
const PROGRAMS: ReadonlyArray<readonly number[]> = [
  [Op.Add, 3, Op.Out, Op.Dec, Op.Jnz, 2, Op.Halt],
  [Op.Add, 5, Op.Out, Op.Exit],
  [Op.Add, 2, Op.Out, Op.Dec, Op.Jnz, 2, Op.Add, -2, Op.Out, Op.Exit],
  [Op.Add, 1, 9],
];

describe('portals of dispatch loops', () => {
  it('the fixture type-checks and lowers without diagnostics', () => {
    expect(tsErrors(program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
    expect(P.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(P.table.codes.map((j) => j.name)).toEqual(['Mini.run.portal', 'Counter.count.portal', 'settle']);
    for (const j of P.table.codes) verifyJitcode(j, P.table);
  });

  it('arguments are the receiver, the greens and the reds; every merge passes their registers', () => {
    const j = P.table.get(portalOf('Mini.run'));
    expect(j.args.map((r) => j.kinds[r])).toEqual(['ref', 'float', 'ref', 'int', 'ref']);
    const merges = instructions(j).filter((i) => i.op === 'merge');
    expect(merges.length).toBeGreaterThanOrEqual(1);
    for (const m of merges) expect('values' in m && m.values).toEqual([...j.args]);
    // The dispatch switch is the switch op; mergePoint and canEnterJit left nothing behind.
    expect(instructions(j).filter((i) => i.op === 'switch')).toHaveLength(1);
    const s = instructions(P.table.get(portalOf('Counter.count')));
    expect(P.table.get(portalOf('Counter.count')).args).toHaveLength(3);
    expect(s.some((i) => i.op === 'merge')).toBe(true);
  });

  it.each(PROGRAMS.map((p, k) => [k, p] as const))('program %i: the stepped portal computes what the plain method does', (_k, code) => {
    for (const input of [0, 2, 7]) {
      const plain = new M.Mini();
      let want: unknown;
      let wantErr: unknown = null;
      try {
        want = plain.run(code, input);
      } catch (e) {
        wantErr = e;
      }
      const m = new M.Mini();
      const out: number[] = [];
      let got: unknown;
      let gotErr: unknown = null;
      let steps = 0;
      try {
        ({ result: got, steps } = runPortal(portalOf('Mini.run'), [m, 0, code, input | 0, out]));
      } catch (e) {
        gotErr = e;
      }
      expect(String(gotErr)).toBe(String(wantErr));
      expect(got).toEqual(want);
      expect(m.steps).toBe(plain.steps);
      if (wantErr === null) expect(steps).toBe(plain.steps);
    }
  });

  it('a static dispatch method: a while (true) loop without receiver', () => {
    for (const n of [0, 1, 10]) expect(runPortal(portalOf('Counter.count'), [0, n, 0]).result).toBe(M.Counter.count(n));
  });
});

describe('portal errors', () => {
  const bad = analyze(['lower/portal-errors.ts']);
  const badChecker = bad.program.getTypeChecker();
  const lowerOf = (name: string) => (): void => {
    const d = bad.analysis.dispatches.find((x) => x.method.name === name)!;
    lowerPortal(badChecker, d, { analysis: bad.analysis, number: 0, jitcodeOf: () => 0, refConst: () => { throw new Error('no refs'); } });
  };

  it.each([
    ['Late.run', /portal-errors\.ts:10:7: the dispatch loop of 'Late\.run' must start with 'late\.mergePoint\(\{\.\.\.\}\)'$/],
    ['Leaky.run', /portal-errors\.ts:29:30: 'limit' is used in the dispatch loop but is not a green or red of driver 'leaky': add it to the reds, or compute it inside the loop$/],
    ['Global.run', /portal-errors\.ts:43:31: 'shared', a red of driver 'global', is not a parameter of 'run' or a local declared before its dispatch loop$/],
    ['Bounded.run', /portal-errors\.ts:57:5: the dispatch loop of 'Bounded\.run' must be 'for \(;;\)' or 'while \(true\)'/],
  ])('%s', (name, message) => {
    expect(lowerOf(name)).toThrow(LowerError);
    expect(lowerOf(name)).toThrow(message);
  });

  it('lowerProgram reports each as a diagnostic at its position and goes on', () => {
    const r = lowerProgram(badChecker, bad.analysis, () => {
      throw new Error('no refs');
    });
    const lines = r.diagnostics.map((d) => formatDiagnostic(d).replace(/^.*\//, ''));
    expect(lines).toEqual([
      expect.stringMatching(/^portal-errors\.ts:10:7: TS9018: the dispatch loop of 'Late\.run' must start with/),
      expect.stringMatching(/^portal-errors\.ts:29:30: TS9018: 'limit' is used in the dispatch loop/),
      expect.stringMatching(/^portal-errors\.ts:43:31: TS9018: 'shared', a red of driver 'global'/),
      expect.stringMatching(/^portal-errors\.ts:57:5: TS9018: the dispatch loop of 'Bounded\.run' must be/),
    ]);
    expect(r.table.codes).toEqual([]);
  });
});
