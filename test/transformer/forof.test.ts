/**
 * Lowering of `for...of` over arrays, typed arrays and strings (by code point): an index loop reading the length at every
 * step, over the array the loop started with; compared with the plain functions in the blackhole.
 */
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { agree } from './support/agree.js';
import { lowerFixture } from './support/lower.js';

const L = lowerFixture('lower/forof.ts', () => false, true);
const text = (name: string): string => printJitcode(L.code(name), L.table);

test('every function lowers and verifies', () => {
  for (const j of L.table.codes) verifyJitcode(j, L.table);
  expect(L.table.codes.map((j) => j.name)).toEqual(expect.arrayContaining(['sumOf', 'sumBytes', 'joined', 'growing', 'reassigned', 'codePoints']));
});

test('over number arrays (floats kept as floats) and typed arrays', () => {
  agree(L, 'sumOf', [() => [[]], () => [[1, 2, 3]], () => [[0.5, -1.25, 1e10]], () => [[NaN, 1]]]);
  agree(L, 'sumBytes', [() => [new Uint8Array(0)], () => [Uint8Array.from([1, 2, 255])]]);
  expect(text('sumBytes')).toMatch(/arraylen/);
});

test('readonly arrays read as immutable; break and continue', () => {
  expect(text('joined')).toMatch(/getarrayitem_imm/);
  agree(L, 'joined', [() => [['a', '', 'b']], () => [['a', 'stop', 'b']], () => [[]]]);
});

test('the length is read at every step; reassigning the variable keeps the array', () => {
  agree(L, 'growing', [() => [[3]], () => [[0, 2]], () => [[]]]);
  agree(L, 'reassigned', [() => [[1, 2, 3], [9]], () => [[], [1, 2]]]);
});

test('over a string: by code point, surrogate pairs one step, lone surrogates one unit', () => {
  expect(text('codePoints')).toMatch(/residual_call/);
  agree(L, 'codePoints', [() => [''], () => ['ab c'], () => ['a😀b'], () => ['\ud83d'], () => ['x\ude00\ud83d\ude00'], () => ['é and more letters than forty, to break the loop early']]);
});
