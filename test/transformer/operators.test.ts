/**
 * Lowering of `typeof`, `??`, `o?.f` and `instanceof` (a class of the program): what the blackhole
 * computes equals the plain functions, and the instructions are the expected ones.
 */
import { Blackhole } from '../../runtime/jitcode/blackhole.js';
import { printJitcode } from '../../runtime/jitcode/printer.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import { agree, agreeWith } from './support/agree.js';
import { lowerFixture } from './support/lower.js';

const L = lowerFixture('lower/operators.ts', () => false, true);
const M = L.module as Record<string, any>;
const fn = (): number => 1;
const text = (name: string): string => printJitcode(L.code(name), L.table);

test('every function lowers and verifies', () => {
  for (const j of L.table.codes) verifyJitcode(j, L.table);
  expect(L.table.codes.map((j) => j.name)).toEqual(expect.arrayContaining(['kinds', 'orDefault', 'countOrZero', 'onlyNumbers', 'isPoint', 'xOf', 'unsignedShift', 'power', 'scaled', 'callsScaled', 'Counter.constructor', 'Counter.bump', 'counters', 'optionalArg', 'callsOptional', 'withCall', 'sumPair', 'pairParam', 'tagOf', 'firstAndThird', 'nested', 'bytes', 'strings', 'comma', 'maybePlus', 'literalSum', 'vectorLength', 'moved', 'constLimit', 'literalObject', 'chainedValue', 'firstItem', 'secondNext', 'nextPlus', 'maybeFirstOfNext', 'clamped', 'Limits.clamp', 'hasKey', 'described', 'Derived.describe', 'MoreDerived.describe', 'MoreDerived.constructor', 'Derived.constructor', 'sumAll', 'callsSumAll', 'bagSize', 'TaggedBag.constructor', 'libraryKind', 'headAndTail', 'bytesTail', 'otherOptions']));
});

test('typeof: ref_typeof of a ref, a constant for numbers and booleans', () => {
  expect(text('kinds')).toMatch(/ref_typeof/);
  expect(text('kinds')).toMatch(/"number"/);
  expect(text('kinds')).toMatch(/"boolean"/);
  agree(L, 'kinds', [() => [1, 2, true], () => ['s', 0, false], () => [null, 1.5, true], () => [undefined, NaN, false], () => [{}, 3, true], () => [fn, 3, true]]);
});

test('??: the right side only for null and undefined', () => {
  agree(L, 'orDefault', [() => ['a', 'b'], () => ['', 'b'], () => [null, 'b'], () => [undefined, 'b']]);
  agree(L, 'countOrZero', [() => [0], () => [5], () => [undefined], () => [-1.5]]);
  // A number is never nullish: no test at all.
  expect(text('onlyNumbers')).not.toMatch(/ref_is_null/);
  agree(L, 'onlyNumbers', [() => [0, 1], () => [NaN, 1]]);
});

test('default parameter values: left out or undefined, the initializer (which may read earlier parameters); optional parameters left out', () => {
  expect(text('scaled')).toMatch(/ref_eq/);
  agree(L, 'scaled', [() => [1, undefined, undefined], () => [1, 3, undefined], () => [2, 0.5, 7], () => [2, undefined, 1], () => [NaN, 0, 0]]);
  agree(L, 'callsScaled', [() => [1], () => [2.5], () => [-3], () => [0]]);
  expect(text('withCall')).toMatch(/inline_call/);
  agree(L, 'withCall', [() => [1, undefined], () => [1, 5]]);
  agree(L, 'counters', [() => [1], () => [-2.5]]);
  agree(L, 'callsOptional', [() => [1], () => [0.5]]);
});

test('destructuring: object patterns read fields, array patterns items, with defaults, holes and nesting', () => {
  const P = M['Pair'];
  expect(text('sumPair')).toMatch(/getfield_imm/);
  expect(text('sumPair')).toMatch(/getfield /);
  agree(L, 'sumPair', [() => [new P(1, 2)], () => [new P(-1.5, 0.25)]]);
  agree(L, 'pairParam', [() => [new P(5, 2), undefined], () => [new P(5, 2), 3]]);
  agree(L, 'tagOf', [() => [new P(1, 2)], () => [new P(1, 2, 'x')], () => [new P(1, 2, '')]]);
  agree(L, 'firstAndThird', [() => [[1, 2, 3]], () => [[1, 2]], () => [[4, 5, 6, 7]]]);
  agree(L, 'nested', [() => [[new P(1, 2)]], () => [[new P(1, 2), new P(3, 4)]]]);
  agree(L, 'bytes', [() => [Uint8Array.of(1, 2)], () => [Uint8Array.of(255, 255, 9)]]);
});

test('strings: .length an immutable read, s[i] a pure call (undefined past the end); void; the comma operator', () => {
  expect(text('strings')).toMatch(/getfield_imm .*"length"|getfield_imm.*length/);
  expect(text('strings')).toMatch(/residual_call/);
  agree(L, 'strings', [() => ['abc', 0], () => ['abc', 1], () => ['abc', 3], () => ['', 0], () => ['aé😀', 2]]);
  agree(L, 'comma', [() => [1], () => [-2.5]]);
});

test('object literals: new of the plain object class, fields set in order; fields of literal and declared object types read and written', () => {
  expect(text('literalSum')).toMatch(/new .*plainObject|new /);
  expect(text('literalSum')).toMatch(/setfield/);
  agree(L, 'literalSum', [() => [1, 2], () => [-1.5, 0.25], () => [0, 0]]);
  agree(L, 'vectorLength', [() => [3, 4], () => [-1, 0.5]]);
  // `readonly y` of an interface is a view's promise, not the object's: a plain read.
  expect(text('vectorLength')).not.toMatch(/getfield_imm/);
  agree(L, 'moved', [() => [{ x: 1, y: 2 }, 3], () => [{ x: -1.5, y: 0 }, 0.5]]);
  // An `as const` literal's properties are immutable reads.
  expect(text('constLimit')).toMatch(/getfield_imm/);
  agree(L, 'constLimit', [() => [1], () => [2.5]]);
  agree(L, 'literalObject', [() => [1], () => [-2]]);
  const made = new Blackhole(L.table).call(L.code('literalObject').number, [5]) as object;
  expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
  expect(Object.keys(made)).toEqual(['b', 'a']);
});

test('optional chains: any nullish link makes the whole chain undefined, the rest not evaluated', () => {
  const N = M['Node'];
  const G = M['Greeter'];
  const H = M['Holder'];
  agree(L, 'chainedValue', [() => [null], () => [new N(1, null)], () => [new N(1, new N(2, null))]]);
  agree(L, 'firstItem', [() => [undefined], () => [[]], () => [[3.5, 4]]]);
  // `n?.next!.value`: a non-null link in the middle of the chain; a null `next` throws.
  agree(L, 'secondNext', [() => [null], () => [new N(1, new N(7, null))], () => [new N(1, null)]]);
  agree(L, 'nextPlus', [() => [null, 1], () => [new G(2), 3]]);
  agree(L, 'maybeFirstOfNext', [() => [undefined], () => [new H(null, null)], () => [new H([1, 2], new G(5))], () => [new H([1], null)]]);
});

test('static members: fields of the class object (a constant), static methods called by class name', () => {
  const Limits = M['Limits'];
  // `Limits.MAX` is a readonly literal: a constant; `Limits.count` a field of the class object.
  expect(text('Limits.clamp')).toMatch(/getfield .*@Limits|getfield @Limits/);
  expect(text('Limits.clamp')).toMatch(/setfield/);
  const before = Limits.count as number;
  agree(L, 'clamped', [() => [3], () => [12.5], () => [-1]]);
  // Each call counted once by the plain function and once by the blackhole.
  expect(Limits.count).toBe(before + 6);
});

test('instanceof a library constructor: the instance_of op on the global', () => {
  expect(text('libraryKind')).toMatch(/instance_of/);
  expect(text('libraryKind')).not.toMatch(/residual_call/);
  agree(L, 'libraryKind', [() => [new Error('e')], () => [new RangeError('r')], () => [new Uint8Array(2)], () => [new Map()], () => [{}], () => [null], () => [3]]);
});

test('rest elements: arrayRest (a new array of the remaining items) and objectRest (the other own enumerable properties)', () => {
  expect(text('headAndTail')).toMatch(/residual_call/);
  agree(L, 'headAndTail', [() => [[1]], () => [[1, 2, 3]], () => [[5, 6]]]);
  agree(L, 'bytesTail', [() => [new Uint8Array(0)], () => [Uint8Array.of(1)], () => [Uint8Array.of(1, 2, 250)]]);
  const hidden = (): object => Object.defineProperty({ width: 2, name: 'x', debug: true }, 'secret', { value: 1, enumerable: false });
  agree(L, 'otherOptions', [() => [{ width: 1, name: 'n' }], () => [hidden()], () => [Object.assign(Object.create({ inherited: 1 }), { width: 3, name: 'y' })]]);
});

test('in: a residual call of hasProperty, with the operands in order', () => {
  expect(text('hasKey')).toMatch(/residual_call/);
  const proto = { inherited: 1 };
  agree(L, 'hasKey', [() => ['a', { a: 1 }], () => ['b', { a: 1 }], () => ['inherited', Object.create(proto)], () => [0, [5]], () => [1, [5]], () => ['length', []], () => ['a', 3]]);
});

test('super.m(): the base implementation inlined, not dispatched on the receiver; implicit constructors chain', () => {
  expect(text('Derived.describe')).toMatch(/inline_call/);
  expect(text('Derived.describe')).not.toMatch(/class_switch/);
  expect(text('MoreDerived.describe')).not.toMatch(/class_switch/);
  const [B, D, MD] = [M['Base'], M['Derived'], M['MoreDerived']];
  agree(L, 'described', [() => [new B(2), 3], () => [new D(2), 3], () => [new MD(2), 3], () => [new MD(-1.5), 0]]);
  // MoreDerived and Derived have implicit constructors: each calls its base's on its arguments.
  const made = Object.create(MD.prototype) as { n: number };
  new Blackhole(L.table).call(L.code('MoreDerived.constructor').number, [made, 4]);
  expect(made.n).toBe(4);
});

test('rest parameters: the caller packs the remaining arguments into a new array (functions, methods, constructors)', () => {
  expect(text('callsSumAll')).toMatch(/new_array/);
  // The jitcode takes the packed array; the plain function takes the arguments spread.
  agreeWith(L, 'sumAll', [() => [1, []], () => [1, [2]], () => [1, [2, 3.5, -4]]], (a) => M['sumAll'](a[0], ...(a[1] as number[])));
  agree(L, 'callsSumAll', [() => [1], () => [-2.5]]);
  agree(L, 'bagSize', [() => ['t', 'a'], () => ['', 'z']]);
  // The implicit constructor of TaggedBag passes the packed array on: a real array.
  const bag = Object.create(M['TaggedBag'].prototype) as { tag: string; items: unknown };
  const bh = new Blackhole(L.table);
  const restOf = (...args: unknown[]): unknown[] => args;
  bh.call(L.code('TaggedBag.constructor').number, [bag, 'x', restOf('a', 'b')]);
  expect(bag.tag).toBe('x');
  expect(Array.isArray(bag.items)).toBe(true);
  expect(bag.items).toEqual(['a', 'b']);
});

test('optional calls: undefined on a nullish receiver, whose arguments are then not evaluated', () => {
  const G = M['Greeter'];
  agree(L, 'maybePlus', [() => [new G(5), 2], () => [null, 2], () => [undefined, 3]]);
});

test('>>> gives a uint32 (int_ushr, then uint_to_float); ** is float_pow', () => {
  expect(text('unsignedShift')).toMatch(/int_ushr/);
  expect(text('unsignedShift')).toMatch(/uint_to_float/);
  agree(L, 'unsignedShift', [() => [-1, 0], () => [-1, 3], () => [123456789, 31], () => [2.5e9, 4], () => [-0.5, 1], () => [NaN, 2]]);
  expect(text('power')).toMatch(/float_pow/);
  agree(L, 'power', [() => [2, 10], () => [-8, 1 / 3], () => [0, 0], () => [NaN, 0], () => [-2, 0.5], () => [1e10, 3]]);
});

test('instanceof a class of the program: the instance_of op; a pure residual call when the class defines Symbol.hasInstance', () => {
  expect(text('isPoint')).toMatch(/instance_of r0 @Point/);
  expect(text('isPoint')).not.toMatch(/residual_call/);
  agree(L, 'isPoint', [() => [new M['Point'](1, 2)], () => [new M['Other']()], () => [null], () => [3], () => [{ x: 1, y: 2 }]]);
  agree(L, 'xOf', [() => [new M['Point'](4, 2)], () => [new M['Other']()]]);
  expect(text('isTagged')).toMatch(/residual_call/);
  agree(L, 'isTagged', [() => [{ tag: 1 }], () => [{ tag: 'x' }], () => [null], () => [new M['Point'](1, 2)]]);
});

test('o?.f of a class field: undefined for null and undefined, the field otherwise', () => {
  const node = (v: number): unknown => new M['Node'](v, null);
  agree(L, 'nextValue', [() => [null], () => [node(3)], () => [node(-0.5)]]);
  agree(L, 'nextOrMinus', [() => [undefined], () => [node(7)]]);
});
