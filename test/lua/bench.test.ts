/**
 * The Lua benchmark suite (bench/lua): every program at its small size on every engine of the
 * benchmark (LuaVM, fengari, the JavaScript twin) prints its expected line; the programs'
 * own checks fail loudly; the list of programs agrees with the files; and the measuring and
 * reporting code counts, checks and divides as documented. No timing is asserted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ENGINES, ENGINES, type LuaEngine } from '../../bench/lua/engines/index.js';
import { fengariEngine } from '../../bench/lua/engines/fengari.js';
import { jsTwinEngine } from '../../bench/lua/engines/js-twin.js';
import { luaVmEngine } from '../../bench/lua/engines/luavm.js';
import { BenchCheckError, engineOrder, measure, median, timeRun, type BenchCase, type ProgramResult } from '../../bench/lua/measure.js';
import { PROGRAMS, programPath, readProgramSource, type LuaBenchProgram } from '../../bench/lua/programs.js';
import { RATIOS, geomean, makeReport, thisMachine, toMarkdown } from '../../bench/lua/report.js';

const ROOT = join(__dirname, '../..');

function smallCase(program: LuaBenchProgram): BenchCase {
  return {
    program,
    size: program.sizes.small,
    expected: program.expected.small,
    source: readProgramSource(ROOT, program.name),
    chunkname: '@' + programPath(program.name),
  };
}

const sieve = PROGRAMS.find((p) => p.name === 'sieve')!;

describe('the Lua benchmark programs', () => {
  it('has one entry per program file, each name once', () => {
    const files = readdirSync(join(ROOT, 'bench/lua/programs'))
      .filter((f) => f.endsWith('.lua'))
      .map((f) => f.slice(0, -'.lua'.length))
      .sort();
    expect(PROGRAMS.map((p) => p.name).sort()).toEqual(files);
    expect(new Set(PROGRAMS.map((p) => p.name)).size).toBe(PROGRAMS.length);
  });

  it.each(PROGRAMS.map((p) => [p.name, p] as const))('%s: the default size is the one in the program', (_name, p) => {
    const m = /local n = tonumber\(\(\.\.\.\)\) or (\d+)\n/.exec(readProgramSource(ROOT, p.name));
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(p.sizes.default);
    expect(p.sizes.small).toBeLessThan(p.sizes.default);
  });

  it('runs on LuaVM, fengari and the twin, LuaVM first, each engine name once', () => {
    const names = ENGINES.map((e) => e.name);
    expect(ENGINES[0]).toBe(luaVmEngine);
    expect(ENGINES).toEqual(expect.arrayContaining([fengariEngine, jsTwinEngine]));
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(ENGINES.map((e) => [e.name, e] as const))('on %s', (_engine, engine) => {
    it.each(PROGRAMS.map((p) => [p.name, p] as const))('%s prints its expected line at the small size', (_name, p) => {
      const c = smallCase(p);
      expect(engine.run(c)).toBe(c.expected + '\n');
    });
  });

  it('every JavaScript twin returns the expected line at the default size', () => {
    for (const p of PROGRAMS) expect(p.js(p.sizes.default)).toBe(p.expected.default);
  });

  it.each([luaVmEngine, fengariEngine].map((e) => [e.name, e] as const))(
    'a Lua program fails with "NAME: wrong result" when its check fails (%s)',
    (_engine, engine) => {
      const c = { ...smallCase(sieve), size: 99 };
      expect(() => engine.run(c)).toThrow(/programs\/sieve\.lua:\d+: sieve: wrong result: no expected value for size 99/);
    },
  );

  it('a JavaScript twin throws when its check fails', () => {
    expect(() => sieve.js(99)).toThrow('sieve: wrong result: no expected value for size 99');
  });
});

/** A stand-in engine that prints `line` (or throws it) and records its runs. */
function fakeEngine(name: string, log: string[], output: (c: string) => string): LuaEngine {
  return {
    name,
    label: `${name} label`,
    run(job) {
      log.push(`${job.program.name} ${name}`);
      return output(job.program.expected.small);
    },
  };
}

describe('measuring', () => {
  const cases = PROGRAMS.slice(0, 2).map(smallCase);
  const names = cases.map((c) => c.program.name);

  it('runs every case on every engine each round, rotating the engine order by one per round', () => {
    const log: string[] = [];
    const engines = ['vm', 'fengari', 'js'].map((n) => fakeEngine(n, log, (line) => line + '\n'));
    const rounds: number[] = [];
    const results = measure(cases, engines, { rounds: 3, onRun: (round) => rounds.push(round) });
    const order = [['vm', 'fengari', 'js'], ['fengari', 'js', 'vm'], ['js', 'vm', 'fengari']];
    expect(log).toEqual(order.flatMap((o) => names.flatMap((n) => o.map((e) => `${n} ${e}`))));
    expect(rounds).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(results.map((r) => r.name)).toEqual(names);
    for (const r of results) {
      expect(r.size).toBe(PROGRAMS.find((p) => p.name === r.name)!.sizes.small);
      for (const e of ['vm', 'fengari', 'js']) {
        expect(r.runsMs[e]).toHaveLength(3);
        expect(r.medianMs[e]).toBe(median(r.runsMs[e]));
      }
    }
  });

  it('fails the whole measurement on a wrong line, naming program and engine', () => {
    const log: string[] = [];
    const wrong = fakeEngine('fengari', log, (line) => line + ' \n');
    expect(() => measure(cases, [jsTwinEngine, wrong], { rounds: 1 })).toThrow(BenchCheckError);
    expect(() => timeRun(wrong, cases[0])).toThrow(`${names[0]} (size ${cases[0].size}) on fengari printed`);
  });

  it('fails on an engine error, with its message', () => {
    const failing = fakeEngine('vm', [], () => {
      throw new Error('boom');
    });
    expect(() => timeRun(failing, cases[0])).toThrow(new BenchCheckError(`${names[0]} (size ${cases[0].size}) failed on vm: boom`));
  });

  it('takes medians and rotates as documented', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
    expect(engineOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(engineOrder(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
  });
});

describe('the report', () => {
  const result = (name: string, medianMs: Record<string, number>): ProgramResult => ({
    name,
    size: 1,
    runsMs: Object.fromEntries(Object.entries(medianMs).map(([k, v]) => [k, [v]])),
    medianMs,
  });
  const ctx = { machine: thisMachine(), date: '2000-01-01T00:00:00.000Z', rounds: 1, size: 'small' as const, durationMs: 1234 };

  it('divides fengari by LuaVM and LuaVM by JS, with geometric means over the programs', () => {
    const report = makeReport([result('a', { vm: 10, fengari: 20, js: 5 }), result('b', { vm: 10, fengari: 80, js: 1 })], DEFAULT_ENGINES, ctx);
    expect(report.ratios).toEqual(RATIOS.filter((r) => r.faster !== 'jit'));
    expect(report.programs.map((p) => p.ratios)).toEqual([
      { vmOverFengari: 2, jsOverVm: 2 },
      { vmOverFengari: 8, jsOverVm: 10 },
    ]);
    expect(report.geomeans.vmOverFengari).toBeCloseTo(4, 12);
    expect(report.geomeans.jsOverVm).toBeCloseTo(Math.sqrt(20), 12);
    const md = toMarkdown(report);
    expect(md).toContain(`Machine: node ${process.version}, ${ctx.machine.cpu}, ${ctx.machine.cores} cores.`);
    expect(md).toContain('| program | size | LuaVM (interp) ms | fengari ms | JS twin ms | VM vs fengari | JS vs VM |');
    expect(md).toContain('| a | 1 | 10.0 | 20.0 | 5.0 | 2.00× | 2.00× |');
    expect(md).toContain('| b | 1 | 10.0 | 80.0 | 1.0 | 8.00× | 10.00× |');
    expect(md).toContain('| geometric mean |  |  |  |  | 4.00× | 4.47× |');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves out the ratios of engines not measured', () => {
    const report = makeReport([result('a', { fengari: 20, js: 5 })], [fengariEngine, jsTwinEngine], ctx);
    expect(report.ratios).toEqual([]);
    expect(report.geomeans).toEqual({});
    expect(toMarkdown(report)).not.toContain('geometric mean');
  });

  it('has a geometric mean only where there are figures', () => {
    expect(geomean([])).toBeNull();
    expect(geomean([2, 8])).toBeCloseTo(4, 12);
  });
});
