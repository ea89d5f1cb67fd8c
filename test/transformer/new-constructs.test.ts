/**
 * The second lowering slice: switch, residual method calls, new (objects, arrays, library
 * classes), array literals, strings, readonly arrays and jit.promote. Each lowered function
 * verifies, shows the instructions it should, and computes under the blackhole what the plain
 * function computes.
 */
import { Blackhole } from '../../runtime/jitcode/blackhole.js';
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { concatStrings, constructCaller, methodCaller } from '../../runtime/jitcode/residual.js';
import { agree, nums } from './support/agree.js';
import { tsErrors } from './support/compile.js';
import { lowerFixture } from './support/lower.js';

const L = lowerFixture('lower/constructs.ts', () => false, true);
const M = L.module as Record<string, any>;
const bh = new Blackhole(L.table);

/** Lines of the printed jitcode without their positions. */
const lines = (name: string): string[] => printJitcode(L.code(name), L.table).split('\n').slice(1).map((l) => l.replace(/^\s*\d+: /, ''));
const count = (name: string, re: RegExp): number => lines(name).filter((l) => re.test(l)).length;

describe('lowering switch, calls on receivers, new, strings, readonly arrays, promote', () => {
  it('the fixture type-checks and every lowered function verifies', () => {
    expect(tsErrors(L.program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
    expect(L.table.codes.map((j) => j.name).sort()).toEqual([
      'Acc.constructor', 'Buf.constructor', 'Plain.constructor', 'Point.constructor', 'Point3.constructor', 'Tagged.constructor',
      'allocate', 'constants', 'fail', 'floatOpSwitch', 'floatSwitch', 'instanceofPlain', 'jumpTable', 'loopSwitch', 'makeError', 'makeTagged', 'methods', 'opSwitch', 'prebuilt', 'promoted', 'readOnly', 'stringSwitch', 'strings',
    ]);
    for (const j of L.table.codes) verifyJitcode(j, L.table);
  });

  it('a module-level const bound to an object is a ref constant of the jitcode, the very object', () => {
    expect(lines('prebuilt').filter((l) => /free variable/.test(l))).toEqual([]);
    const before = M.DEFAULTS.values[1];
    // Each call bumps DEFAULTS.values[k] in the one shared object.
    expect(bh.call(L.code('prebuilt').number, [1])).toBe(before + 1 + 10);
    expect(M.DEFAULTS.values[1]).toBe(before + 1);
    expect(bh.call(L.code('prebuilt').number, [1])).toBe(before + 2 + 10);
  });

  it('switch on an int with constant labels is the switch op: fall-through, default in the middle, a repeated label', () => {
    const sw = lines('jumpTable').filter((l) => l.startsWith('switch '));
    expect(sw).toHaveLength(1);
    // Labels 1, Color.Green, FOUR, Color.Blue, -3 (the second `case 1` is dropped).
    expect(sw[0]).toMatch(/^switch i\d+ /);
    for (const v of ['1', '2', '4', '7', '-3']) expect(sw[0]).toContain(`${v} ->`);
    expect(count('jumpTable', /_eq /)).toBe(0);
    agree(L, 'jumpTable', nums([-3], [0], [1], [2], [3], [4], [5], [7], [8], [1.5], [-2.5], [2 ** 32 + 2]));
  });

  it('switch on a non-int discriminant is a chain of ===', () => {
    expect(count('floatSwitch', /^switch /)).toBe(0);
    expect(count('floatSwitch', /float_eq/)).toBe(2);
    agree(L, 'floatSwitch', nums([1], [2.5], [2], [NaN], [0], [-0]));
    expect(count('stringSwitch', /ref_eq/)).toBe(3);
    agree(L, 'stringSwitch', ['a', 'b', 'c', 'd', ''].map((s) => () => [s]));
  });

  it('break and continue inside a switch inside a loop, labeled break out of both', () => {
    agree(L, 'loopSwitch', nums([0], [1], [2], [3], [5], [20], [200]));
  });

  it('an enum-like const object and a typed-array element cast to its type switch on an int', () => {
    expect(count('opSwitch', /^switch i\d+ /)).toBe(1);
    agree(L, 'opSwitch', [0, 1, 2, 3, 200].map((op) => () => [Uint8Array.of(op), 0]));
  });

  it('a float discriminant with int labels switches on its int value behind an exactness test', () => {
    const ls = lines('floatOpSwitch');
    expect(ls).toEqual(expect.arrayContaining([
      expect.stringMatching(/^f\d+ = getarrayitem_imm r0 i\d+ \[any\]$/),
      expect.stringMatching(/^i\d+ = float_to_int f\d+$/),
      expect.stringMatching(/^b\d+ = float_eq f\d+ f\d+$/),
      expect.stringMatching(/^switch i\d+ \{0 -> \d+, 1 -> \d+\} else -> \d+/),
    ]));
    const sets = [0, 1, 2, -0, 0.5, 1.0000001, NaN, 2 ** 32, 2 ** 32 + 1, -1].map((v) => () => [[v], 0]);
    agree(L, 'floatOpSwitch', [...sets, () => [[], 0]]);
  });

  it('enum members and consts of literal type are constants', () => {
    // FOUR, Color.Blue, Op.Halt and Op.Add are constant operands (folding is the tracer's business).
    expect(lines('constants').slice(0, 3)).toEqual([expect.stringMatching(/^f\d+ = float_add 4\.0 7\.0$/), expect.stringMatching(/^f\d+ = float_add f\d+ 2\.0$/), expect.stringMatching(/^b\d+ = float_eq 1\.0 1\.0$/)]);
    agree(L, 'constants', [() => []]);
  });

  it('residual method calls pass the receiver first through a cached method caller', () => {
    expect(methodCaller('add')).toBe(methodCaller('add'));
    const res = lines('methods').filter((l) => l.includes('residual_call'));
    // add, write (interface), set, push, twice, charCodeAt, indexOf: one call each, receiver first.
    expect(res).toHaveLength(7);
    expect(res.filter((l) => / pure /.test(l))).toHaveLength(2); // twice (@jit.pure) and String.charCodeAt
    for (const l of res) expect(l).toMatch(/\(r\d+(, [^)]*)?\)/);
    const args = (): unknown[] => [new M.Acc(), new M.Buf(), new Uint8Array(3), Uint8Array.of(9, 8), [1, 2], 'hey'];
    agree(L, 'methods', [args, () => [new M.Acc(), new M.Buf(), new Uint8Array(2), Uint8Array.of(1), [], 'ab']]);
    const a = args();
    bh.call(L.code('methods').number, a);
    expect((a[0] as { sum: number }).sum).toBe(3);
    expect((a[1] as { bytes: number[] }).bytes).toEqual([3]);
    expect(a[4]).toEqual([1, 2, 4]);
  });

  it('new: the new op and an inlined constructor, new_array for typed arrays and Array(n), constructCaller otherwise', () => {
    const ls = lines('allocate');
    expect(ls).toEqual(expect.arrayContaining([
      expect.stringMatching(/^r\d+ = new @?.*Point/),
      expect.stringMatching(/^inline_call Point\.constructor\(r\d+, f\d+, 2\.0\)/),
      expect.stringMatching(/^inline_call Point3\.constructor\(r\d+, f0\)/),
      expect.stringMatching(/^r\d+ = new_array i\d+ \[u8\]$/),
      expect.stringMatching(/^r\d+ = new_array 3 \[f64\]$/),
      expect.stringMatching(/^r\d+ = new_array 2 \[any\]$/),
    ]));
    expect(ls.filter((l) => /residual_call .* residual /.test(l))).toHaveLength(1); // new Uint8Array([1, 2, 300])
    agree(L, 'allocate', nums([0], [1], [5], [2.5]));
  });

  it('constructors: initializers, parameter properties, super, implicit constructors', () => {
    expect(lines('Point3.constructor')[0]).toMatch(/^inline_call Point\.constructor\(r0, f1, 3\.0\)/);
    for (const n of [0, 4, -1.5]) {
      const got = bh.call(L.code('makeTagged').number, [n]);
      const want = M.makeTagged(n);
      expect(got).toEqual(want);
      expect(Object.getPrototypeOf(got)).toBe(M.Tagged.prototype);
    }
  });

  it('a class extending a library class is built by its construct caller', () => {
    expect(constructCaller(M.Oops)).toBe(constructCaller(M.Oops));
    expect(L.table.codes.some((j) => j.name === 'Oops.constructor')).toBe(false);
    const e = bh.call(L.code('makeError').number, ['boom']) as Error;
    expect(e).toBeInstanceOf(M.Oops);
    expect([e.name, e.message]).toEqual(['Oops', 'boom']);
    agree(L, 'fail', nums([1], [0], [-2]));
  });

  it('template strings and string + are one pure concatStrings call each', () => {
    expect(concatStrings('a', 1, null, undefined, true, 2.5)).toBe('a1nullundefinedtrue2.5');
    expect(count('strings', /residual_call .* pure /)).toBe(7);
    expect(count('strings', /float_add/)).toBe(1); // n + 1 in `n + 1 + s`
    agree(L, 'strings', [() => [1, 'x', true], () => [-0.5, '', false], () => [NaN, 'long string', true], () => [1e21, 's', false]]);
  });

  it('elements of readonly arrays are getarrayitem_imm', () => {
    expect(count('readOnly', /getarrayitem_imm r0 i\d+ \[any\]/)).toBe(1);
    expect(count('readOnly', /getarrayitem_imm r1 i\d+ \[any\]/)).toBe(1);
    expect(count('readOnly', /= getarrayitem /)).toBe(0);
    agree(L, 'readOnly', [() => [[1, 2.5], ['a', 'b'], 1], () => [[7], ['z'], 0], () => [[], [], 3]]);
  });

  it('jit.promote promotes a local in place and other values in a fresh register', () => {
    const ls = lines('promoted');
    expect(ls).toContain('promote f0 live(f0, r1)');
    expect(ls.filter((l) => l.startsWith('promote '))).toHaveLength(4);
    // c.x + 1 is promoted in the temporary computing it, the constant 3 in a fresh copy, c in place.
    const k = ls.findIndex((l) => /^f(\d+) = float_add f\d+ 1\.0$/.test(l));
    expect(ls[k + 1]).toMatch(new RegExp(`^promote ${ls[k]!.split(' ')[0]} `));
    expect(ls).toEqual(expect.arrayContaining([expect.stringMatching(/^i(\d+) = move 3$/), expect.stringMatching(/^promote i\d+ /), expect.stringMatching(/^promote r1 /)]));
    agree(L, 'promoted', [() => [1, new M.Point(2, 3)], () => [-4.5, new M.Point(0, 0)]]);
  });
});
