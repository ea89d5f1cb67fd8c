/**
 * Virtualizable frames in portals: the fields of a virtualizable red are extra arguments and
 * merge values, read and written as registers; the frame is stored before every call, `return`
 * and `raise` and reloaded after every call; callees use heap operations; other accesses are
 * LowerErrors. The portal is stepped in the blackhole and compared with the plain method,
 * final frame included.
 */
import { Blackhole } from '../../runtime/jitcode/blackhole.js';
import { type JitcodeTable, instructions } from '../../runtime/jitcode/format.js';
import { MergeResult } from '../../runtime/jitcode/merge.js';
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';
import { LowerError, lowerPortal, lowerProgram } from '../../transformer/lower/index.js';
import { analyze, tsErrors } from './support/compile.js';
import { evaluate, refResolver } from './support/lower.js';

const { program, analysis } = analyze(['lower/virtualizable.ts']);
const checker = program.getTypeChecker();
const M = evaluate('lower/virtualizable.ts') as Record<string, any>;
const only = (name: string) => ({ ...analysis, dispatches: analysis.dispatches.filter((d) => d.method.name === name) });
const P = lowerProgram(checker, only('Vm.run'), refResolver(M));
const portal = P.table.codes.find((j) => j.name === 'Vm.run.portal')!;
const text = (table: JitcodeTable, name: string): string[] => printJitcode(table.codes.find((j) => j.name === name)!, table).split('\n');

describe('a portal with a virtualizable frame', () => {
  it('the fixture type-checks and its good portal lowers and verifies', () => {
    expect(tsErrors(program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
    expect(P.diagnostics.map(formatDiagnostic)).toEqual([]);
    for (const j of P.table.codes) verifyJitcode(j, P.table);
  });

  it('arguments are the receiver, the green, the red, then pc and sp; every merge passes them all', () => {
    expect(portal.args.map((r) => portal.kinds[r])).toEqual(['ref', 'float', 'ref', 'float', 'float']);
    const merges = instructions(portal).filter((i) => i.op === 'merge');
    expect(merges.length).toBeGreaterThan(0);
    for (const m of merges) expect('values' in m && m.values).toEqual([...portal.args]);
  });

  it('pc and sp are heap fields only around calls, return and raise: stored before, reloaded after calls', () => {
    const lines = text(P.table, 'Vm.run.portal');
    const isFrameOp = (l: string, op: string): boolean => new RegExp(`\\b${op} r2 (f\\d+ )?\\.(pc|sp)$`).test(l.trim());
    const boundary = /\b(inline_call|residual_call|return|raise)\b/;
    const calls = lines.filter((l) => /\b(inline_call|residual_call)\b/.test(l)).length;
    const exits = lines.filter((l) => /\b(return|raise)\b/.test(l)).length;
    expect(calls).toBe(3);
    expect(exits).toBe(2);
    expect(lines.filter((l) => isFrameOp(l, 'setfield'))).toHaveLength(2 * (calls + exits));
    expect(lines.filter((l) => isFrameOp(l, 'getfield'))).toHaveLength(2 * calls);
    lines.forEach((l, k) => {
      if (isFrameOp(l, 'setfield')) {
        let n = k + 1;
        while (isFrameOp(lines[n]!, 'setfield')) n++;
        expect(lines[n]).toMatch(boundary);
      }
      if (isFrameOp(l, 'getfield')) {
        let p = k - 1;
        while (isFrameOp(lines[p]!, 'getfield')) p--;
        expect(lines[p]).toMatch(/\b(inline_call|residual_call)\b/);
      }
    });
    // `frame.sp++` and `frame.pc += 2` are register arithmetic; other fields stay heap fields.
    expect(lines.some((l) => /f4 = float_add f4 1\.0/.test(l))).toBe(true);
    expect(lines.some((l) => /f3 = float_add f3 2\.0/.test(l))).toBe(true);
    expect(lines.some((l) => /setfield r\d+ f\d+ \.acc/.test(l))).toBe(true);
  });

  it('a register read before a call in the same expression is kept from the reload', () => {
    const lines = text(P.table, 'Vm.run.portal');
    const call = lines.findIndex((l) => /inline_call bump/.test(l));
    const copy = lines.slice(0, call).reverse().find((l) => /= move f4$/.test(l.trim()));
    expect(copy).toBeDefined();
    const copied = /(f\d+) = move f4/.exec(copy!)![1]!;
    expect(lines.slice(call).some((l) => new RegExp(`float_add ${copied} f\\d+`).test(l))).toBe(true);
  });

  it('the callee reads and writes the frame with heap operations', () => {
    const lines = text(P.table, 'bump').join('\n');
    expect(lines).toMatch(/getfield r0 \.sp/);
    expect(lines).toMatch(/setfield r0 f\d+ \.sp/);
    expect(lines).toMatch(/getfield r0 \.pc/);
  });

  it.each([[0, 0], [2, 0], [3, 0], [5, 1], [0, 20], [2, 9]])('op %i, sp %i: the stepped portal leaves what the plain method does', (op, sp) => {
    const run = (step: (vm: unknown, frame: any) => unknown): { result: unknown; error: string | null; frame: unknown } => {
      const frame = new M.Frame();
      frame.sp = sp;
      frame.pc = 7;
      let result: unknown;
      let error: string | null = null;
      try {
        result = step(new M.Vm(), frame);
      } catch (e) {
        error = String(e);
      }
      return { result, error, frame: { pc: frame.pc, sp: frame.sp, acc: frame.acc, stack: [...frame.stack] } };
    };
    const bh = new Blackhole(P.table);
    const want = run((vm, frame) => (vm as { run(op: number, f: unknown): number }).run(op, frame));
    const got = run((vm, frame) => {
      let args: unknown[] = [vm, op, frame, frame.pc, frame.sp];
      for (;;) {
        const r = bh.call(P.portals.get(only('Vm.run').dispatches[0]!)!, args);
        if (!(r instanceof MergeResult)) return r;
        args = r.values;
      }
    });
    expect(got).toEqual(want);
  });
});

describe('accesses the portal lowering rejects', () => {
  const lowerOf = (name: string) => (): void => {
    const d = analysis.dispatches.find((x) => x.method.name === name)!;
    lowerPortal(checker, d, { analysis, number: 0, jitcodeOf: () => 0, refConst: () => { throw new Error('no refs'); } });
  };

  it.each([
    ['Aliased.run', /virtualizable\.ts:63:18: the virtualizable field 'f\.sp' is read or written in the portal of 'run' through another expression than a virtualizable red of driver 'aliased': access the frame through the red 'frame'$/],
    ['PlainReds.run', /virtualizable\.ts:80:18: the virtualizable field 'frame\.pc' .* of driver 'plainReds': list the frame among the reds and virtualizables of driver 'plainReds'$/],
    ['Swapped.run', /virtualizable\.ts:99:11: the virtualizable red 'frame' of driver 'swapped' is assigned in the portal of 'run'/],
  ])('%s', (name, message) => {
    expect(lowerOf(name)).toThrow(LowerError);
    expect(lowerOf(name)).toThrow(message);
  });

  it('lowerProgram reports them as TS9018 diagnostics', () => {
    const r = lowerProgram(checker, analysis, refResolver(M));
    expect(r.diagnostics.map((d) => formatDiagnostic(d).replace(/^.*\//, ''))).toEqual([
      expect.stringMatching(/^virtualizable\.ts:63:18: TS9018: the virtualizable field 'f\.sp'/),
      expect.stringMatching(/^virtualizable\.ts:80:18: TS9018: the virtualizable field 'frame\.pc'/),
      expect.stringMatching(/^virtualizable\.ts:99:11: TS9018: the virtualizable red 'frame'/),
    ]);
  });
});
