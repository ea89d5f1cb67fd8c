/**
 * Lowering of traced TypeScript functions to jitcode: each lowered function verifies, prints the
 * expected key instructions, and computes under the blackhole what the plain function computes.
 */
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { liveIn, verifyJitcode } from '../../runtime/jitcode/verify.js';
import { Jitcode, instructions } from '../../runtime/jitcode/format.js';
import { type ArgSets, agreeWith } from './support/agree.js';
import { lowerFixture } from './support/lower.js';
import { tsErrors } from './support/compile.js';

const L = lowerFixture('lower/basic.ts');
const M = L.module as Record<string, (...args: any[]) => any> & { Cell: new (id: number) => Cell };
interface Cell { value: number; flag: boolean; next: Cell | null; id: number; bump(by: number): number }

const text = (name: string): string => printJitcode(L.code(name), L.table);
/** Lines of the printed jitcode without their positions. */
const lines = (name: string): string[] => text(name).split('\n').slice(1).map((l) => l.replace(/^\s*\d+: /, ''));

/** Run jitcode `name` and the plain function on fresh argument sets; results and states agree. */
function agree(name: string, argSets: ArgSets, call: (args: unknown[]) => unknown = (a) => M[name]!(...a)): void {
  agreeWith(L, name, argSets, call);
}

const nums = (...sets: number[][]): Array<() => unknown[]> => sets.map((s) => () => [...s]);

describe('lowering TypeScript to jitcode', () => {
  it('the fixture type-checks', () => {
    expect(tsErrors(L.program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
  });

  it('every lowered function verifies', () => {
    expect(L.table.codes.map((j) => j.name).sort()).toEqual([
      'Cell.bump', 'arith', 'arrays', 'bits', 'calls', 'choose', 'compare', 'countdown', 'equality', 'fields', 'logical', 'nested', 'order', 'square', 'sumInts', 'sumTo', 'thrower', 'truthy', 'voidFn',
    ]);
    for (const j of L.table.codes) verifyJitcode(j, L.table);
  });

  it('arithmetic on numbers is float', () => {
    expect(text('arith').split('\n')[0]).toBe('jitcode arith(f0, f1) regs=7 kinds=f f f f f f f');
    expect(lines('arith')).toEqual(['f3 = float_mul f1 2.0', 'f4 = float_add f0 f3', 'f5 = float_div f0 4.0', 'f2 = float_sub f4 f5', 'f6 = float_mod f2 7.0', 'return f6', '']);
    agree('arith', nums([1, 2], [-3.5, 0.25], [0, 0], [1e9, -7]));
  });

  it('bitwise operations are int, `x | 0` is one float_to_int', () => {
    const ls = lines('bits');
    expect(ls).toEqual(expect.arrayContaining([expect.stringMatching(/^i\d+ = float_to_int f0$/), expect.stringMatching(/^i\d+ = int_xor i\d+ 85$/), expect.stringMatching(/^i\d+ = int_shl i\d+ 3$/), expect.stringMatching(/^i\d+ = int_invert i\d+$/)]));
    expect(ls.some((l) => l.includes('int_or') && l.endsWith(' 0'))).toBe(false);
    agree('bits', nums([1, 2], [-1, 3e10], [2.5, -7.9], [0x7fffffff, 0x80000000], [NaN, Infinity]));
  });

  it('comparisons, `!`, `&&` and `||` as branches', () => {
    const ls = lines('compare');
    expect(ls).toEqual(expect.arrayContaining([expect.stringMatching(/^b\d+ = float_lt f0 f1$/), expect.stringMatching(/^b\d+ = bool_not b\d+$/), expect.stringMatching(/^goto_if_not b\d+ -> \d+ live\(/)]));
    agree('compare', nums([1, 2], [2, 1], [3, 3], [NaN, 1]).flatMap((f) => [() => [...f(), true], () => [...f(), false]]));
  });

  it('?: as branches', () => {
    agree('choose', nums([5, 3], [1, 20], [1, 2], [NaN, NaN]));
  });

  it('for, if, continue, break, compound assignment, ++', () => {
    expect(lines('sumTo')).toEqual(expect.arrayContaining([expect.stringMatching(/^f\d+ = float_add f\d+ 1\.0$/)]));
    agree('sumTo', nums([0], [1], [5], [10], [100], [3.5]));
  });

  it('while and do-while; an int local stays int', () => {
    const ls = lines('countdown');
    // steps (`steps++`) is float, k (only `(k + 2) | 0`) is int: its update is one int_add.
    expect(ls).toEqual(expect.arrayContaining(['f1 = move 0.0', expect.stringMatching(/^i(\d+) = move 0$/), expect.stringMatching(/^i\d+ = int_add i\d+ 2$/), expect.stringMatching(/^b\d+ = int_lt i\d+ 5$/)]));
    // No goto to the next instruction, and a statement `steps++` keeps no copy of the old value.
    const code = text('countdown').split('\n').slice(1).filter(Boolean);
    code.forEach((l, k) => {
      const m = /goto -> (\d+)$/.exec(l);
      if (m && code[k + 1]) expect(code[k + 1]!.trim().startsWith(`${m[1]}:`)).toBe(false);
    });
    expect(ls.filter((l) => / = move f1$/.test(l))).toEqual([]);
    agree('countdown', nums([0], [1], [10], [-4], [7.5]));
  });

  it('labeled break and continue', () => {
    agree('nested', nums([0], [1], [4], [9], [20]));
  });

  it('fields: getfield, setfield, readonly as getfield_imm', () => {
    const ls = lines('fields');
    expect(ls).toEqual(expect.arrayContaining([
      'setfield r0 f1 .value', expect.stringMatching(/^f\d+ = getfield r0 \.value$/), expect.stringMatching(/^f\d+ = getfield_imm r0 \.id$/), expect.stringMatching(/^r\d+ = getfield r0 \.next$/),
    ]));
    // The mutable field is never read as immutable, the immutable never as mutable.
    expect(ls.some((l) => /getfield_imm r0 \.value/.test(l))).toBe(false);
    expect(ls.some((l) => /= getfield r0 \.id/.test(l))).toBe(false);
    const cell = (next: boolean, flag: boolean) => (): unknown[] => {
      const c = new M.Cell(7);
      c.flag = flag;
      if (next) c.next = new M.Cell(3);
      return [c, 2.5];
    };
    agree('fields', [cell(false, false), cell(true, false), cell(true, true)]);
  });

  it('arrays and typed arrays: element kinds from the type, arraylen', () => {
    const ls = lines('arrays');
    expect(ls).toEqual(expect.arrayContaining([
      expect.stringMatching(/^i\d+ = arraylen r0 \[any\]$/), expect.stringMatching(/^f\d+ = getarrayitem r0 i\d+ \[any\]$/), 'setarrayitem r1 0 300 [u8]',
      expect.stringMatching(/^i\d+ = getarrayitem r1 1 \[u8\]$/), expect.stringMatching(/^setarrayitem r2 0 i\d+ \[i32\]$/), expect.stringMatching(/^setarrayitem r3 1 f\d+ \[f64\]$/),
    ]));
    const args = (xs: number[]) => (): unknown[] => [[...xs], Uint8Array.of(1, 250), new Int32Array(1), new Float64Array(2)];
    agree('arrays', [args([]), args([1, 2, 3]), args([1.5, 2.25]), args([3e9, 3e9])]);
    expect(lines('sumInts')).toEqual(expect.arrayContaining([expect.stringMatching(/^i\d+ = getarrayitem r0 i\d+ \[i32\]$/), expect.stringMatching(/^i\d+ = int_add i\d+ i\d+$/)]));
    agree('sumInts', [() => [Int32Array.of()], () => [Int32Array.of(1, 2, 3)], () => [Int32Array.of(0x7fffffff, 0x7fffffff, -5)]]);
  });

  it('keeps JavaScript evaluation order when an operand assigns a local', () => {
    agree('order', nums([1], [2.5], [-3]));
  });

  it('truthiness of refs, floats and ints', () => {
    agree('truthy', [() => [null, 0, 0], () => [new M.Cell(1), 1, 2], () => [null, NaN, 0.5], () => [new M.Cell(0), -0, 1], () => [null, -2, 4294967296]]);
    const c = new M.Cell(4);
    agree('logical', [() => [null, c], () => [c, new M.Cell(5)]]);
  });

  it('calls: inline_call for traced callees, residual_call with the effect class', () => {
    const ls = lines('calls');
    expect(ls).toEqual(expect.arrayContaining([
      expect.stringMatching(/^residual_call ref\(.*\)\(f1\) residual live\(f1, r0\)$|^residual_call @\w+\(f1\) residual live\(r0, f1\)$/),
      expect.stringMatching(/^f\d+ = inline_call square\(f1\) live\(/),
      expect.stringMatching(/^f\d+ = inline_call Cell\.bump\(r0, f\d+\) live\(/),
    ]));
    expect(ls.filter((l) => l.includes('residual_call') && l.includes(' pure '))).toHaveLength(3); // helperPure, Math.floor, Math.max
    const log = L.module.log as number[];
    log.length = 0;
    agree('calls', [() => [new M.Cell(1), 3], () => [new M.Cell(2), -1.5]]);
    expect(log).toEqual([3, 3, -1.5, -1.5]);
    agree('Cell.bump', [() => [new M.Cell(1), 2]], ([c, by]) => (c as Cell).bump(by as number));
  });

  it('equality of bools, refs and nullish values; unary minus and plus', () => {
    const ls = lines('equality');
    expect(ls).toEqual(expect.arrayContaining([
      expect.stringMatching(/^b\d+ = int_eq i\d+ i\d+$/), expect.stringMatching(/^b\d+ = ref_is_null r2$/), expect.stringMatching(/^b\d+ = ref_eq r2 r3$/),
      expect.stringMatching(/^b\d+ = ref_eq r2 undefined$/), expect.stringMatching(/^f\d+ = float_neg f\d+$/),
    ]));
    const d = new M.Cell(1);
    const sets: Array<() => unknown[]> = [];
    for (const a of [true, false]) for (const b of [true, false]) for (const c of [null, undefined, d, new M.Cell(2)]) sets.push(() => [a, b, c, d]);
    agree('equality', sets);
  });

  it('liveness lists are exactly the registers needed, and the verifier needs each of them', () => {
    for (const j of L.table.codes) {
      const insns = instructions(j);
      const live = liveIn(insns);
      for (const i of insns) {
        if (!('live' in i)) continue;
        const need = i.op === 'inline_call' || i.op === 'residual_call' ? [...live.get(i.next)!].filter((r) => r !== i.dst) : [...live.get(i.pc)!];
        expect([...i.live]).toEqual(need.sort((a, b) => a - b));
      }
    }
    // Dropping a register from a list is caught: the lists are not vacuous.
    const j = L.code('sumTo');
    const at = instructions(j).find((i) => i.op === 'goto_if_not')!;
    const code = j.code.slice();
    const n = code[at.pc + 3]!;
    expect(n).toBeGreaterThan(1);
    code[at.pc + 4] = code[at.pc + 5]!; // the first live register replaced by the second
    const broken = new Jitcode(j.name, j.number, j.args, j.kinds, j.pool, code);
    expect(() => verifyJitcode(broken, L.table)).toThrow(/liveness misses register/);
  });

  it('throw as raise, return in a void function', () => {
    const err = new Error('negative');
    agree('thrower', [() => [1, err], () => [-1, err]]);
    expect(lines('thrower')).toContain('raise r1');
    const cell = (v: number) => (): unknown[] => {
      const c = new M.Cell(1);
      c.value = v;
      return [c];
    };
    agree('voidFn', [cell(0), cell(10)]);
  });
});
