/**
 * The Brainfuck benchmark's measuring function (bench/bf/measure.ts) and its report, on the
 * programs' small sizes with one round: the report's shape, and the checks that keep a wrong
 * result out of it (a wrong expected output, a way whose output differs, a trace digest that
 * changes between rounds). No timing is asserted.
 */
import { BENCH_PROGRAMS } from '../../bench/bf/tools/index.js';
import { BenchCheckError, DEFAULT_RUNNERS, JIT_FIGURES, WAYS, measure, median, wayOrder, type BenchCase, type ProgramResult, type WayRunner } from '../../bench/bf/measure.js';
import { thisMachine, toMarkdown, tracerLabel, type BenchReport } from '../../bench/bf/report.js';

function smallCases(): BenchCase[] {
  return Object.entries(BENCH_PROGRAMS).map(([name, p]) => {
    const input = p.input(p.small);
    return { name, source: p.source(p.small), input, expected: p.expected(p.small, input) };
  });
}

function reportOf(programs: ProgramResult[]): BenchReport {
  return { machine: thisMachine(), date: new Date(0).toISOString(), rounds: 1, durationMs: 1, programs };
}

describe('the Brainfuck benchmark', () => {
  let results: ProgramResult[];
  const ran: string[] = [];

  beforeAll(() => {
    results = measure(smallCases(), { rounds: 1, onRun: (round, program, way) => ran.push(`${round} ${program} ${way}`) });
  });

  it('runs every program every way once per round, the plain interpreter first in the first round', () => {
    const names = Object.keys(BENCH_PROGRAMS);
    expect(results.map((r) => r.name)).toEqual(names);
    expect(ran).toEqual(names.flatMap((n) => WAYS.map((w) => `0 ${n} ${w}`)));
  });

  it('reports a median time per way, the speed-ups and the JIT figures of each JIT way', () => {
    for (const r of results) {
      expect(r.skipped).toBeNull();
      for (const w of WAYS) expect(r.runsMs[w]).toHaveLength(1);
      expect(r.medianMs).toEqual(Object.fromEntries(WAYS.map((w) => [w, r.runsMs[w][0]])));
      const s = r.speedups!;
      expect(s.interpOverJs).toBeCloseTo(r.medianMs!.interp / r.medianMs!.js, 9);
      expect(s.interpOverJitGeneric).toBeCloseTo(r.medianMs!.interp / r.medianMs!['jit-generic'], 9);
      expect(s.interpOverJitGenerated).toBeCloseTo(r.medianMs!.interp / r.medianMs!['jit-generated'], 9);
      const generic = r.jit!['jit-generic'];
      const generated = r.jit!['jit-generated'];
      expect(generic.tracer).toBe('generic');
      expect(generic.tracerInUse).toBe('generic');
      expect(generated.tracer).toBe('generated');
      expect(['generic', 'generated']).toContain(generated.tracerInUse);
      for (const j of [generic, generated]) {
        expect(Object.keys(j.medians).sort()).toEqual([...JIT_FIGURES].sort());
        expect(j.traceDigest).toMatch(/^[0-9a-f]+$/);
      }
      expect(r.digestsEqual).toBe(generic.traceDigest === generated.traceDigest);
      expect(r.outputBytes).toBe(smallCases().find((c) => c.name === r.name)!.expected.length);
    }
  });

  it('prints one row per program in each table, naming a tracer fallback as such', () => {
    const md = toMarkdown(reportOf(results));
    for (const r of results) expect(md.split('\n').filter((l) => l.startsWith(`| ${r.name} |`))).toHaveLength(2);
    expect(md).toMatch(/^Machine: node v\d+/m);
    const fellBack = results.filter((r) => r.jit!['jit-generated'].tracerInUse === 'generic');
    if (fellBack.length > 0) expect(md).toContain('generated (not built: generic)');
    expect(tracerLabel('generated', 'generic')).toBe('generated (not built: generic)');
    expect(tracerLabel('generated', 'generated')).toBe('generated');
    expect(tracerLabel('generic', null)).toBe('generic (JIT never entered)');
  });

  it('refuses a plain interpreter output that is not the expected output', () => {
    const [c] = smallCases();
    const corrupted = { ...c!, expected: c!.expected.slice(0, -1) + String.fromCharCode(c!.expected.charCodeAt(c!.expected.length - 1) ^ 1) };
    expect(() => measure([corrupted], { rounds: 1 })).toThrow(BenchCheckError);
    expect(() => measure([corrupted], { rounds: 1 })).toThrow(/plain interpreter's output is not the expected output; first difference at byte/);
  });

  it("refuses a way whose output differs from the plain interpreter's", () => {
    const [c] = smallCases();
    const wrongJs: WayRunner = (program, io) => {
      const r = DEFAULT_RUNNERS.js(program, io);
      io.write(0);
      return r;
    };
    expect(() => measure([c!], { rounds: 1, runners: { js: wrongJs } })).toThrow(/js's output differs from the plain interpreter's/);
  });

  it('refuses a trace digest that changes between rounds of one way', () => {
    const [c] = smallCases();
    let calls = 0;
    const unstable: WayRunner = (program, io) => {
      const r = DEFAULT_RUNNERS['jit-generic'](program, io)!;
      return calls++ === 0 ? r : { ...r, stats: { ...r.stats, traceDigest: r.stats.traceDigest + '0' } };
    };
    expect(() => measure([c!], { rounds: 2, runners: { 'jit-generic': unstable } })).toThrow(/jit-generic's trace digest changed between rounds/);
  });

  it('drops a program whose first interpreted run is over the limit, and says why', () => {
    const [c] = smallCases();
    const [r] = measure([c!], { rounds: 3, skipSlow: { programs: [c!.name], ms: 0 } });
    expect(r!.skipped).toMatch(/over the 0 s limit/);
    expect(r!.runsMs.interp).toHaveLength(1);
    expect(r!.runsMs.js).toHaveLength(0);
    expect(r!.medianMs).toBeNull();
    expect(toMarkdown(reportOf([r!]))).toContain(`${c!.name} was skipped: one interpreted run took`);
  });
});

describe('benchmark helpers', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('rotates the order of the ways by one each round', () => {
    expect(wayOrder(0)).toEqual([...WAYS]);
    expect(wayOrder(1)).toEqual([...WAYS.slice(1), WAYS[0]]);
    expect(wayOrder(WAYS.length)).toEqual([...WAYS]);
  });
});
