import { heapPass } from '../../runtime/optimizer/heap.js';
import { NS, canon } from '../support/trace-text.js';
import { runPass } from './run-pass.js';

const buffer = new ArrayBuffer(16);
const ns: Record<string, unknown> = {
  ...NS,
  A: { x: 1 },
  B: { x: 2 },
  viewA: new Uint8Array(buffer),
  viewB: new Int32Array(buffer),
  own: new Uint8Array(8),
};

const heap = (text: string): string => runPass(heapPass, text, ns);
const same = (text: string): void => expect(heap(text)).toBe(canon(text, ns));
const becomes = (text: string, expected: string): void => expect(heap(text)).toBe(canon(expected, ns));

describe('heap: forwarding', () => {
  it('forwards a field read to a later read, in arguments and snapshots', () => {
    becomes(
      `
      [r0, b1]
      i2 = getfield(r0, .x)
      guard_true(b1) [0@1: r0]
      i3 = getfield(r0, .x)
      guard_true(b1) [0@2: i3] 
      guard_false(b1) [0@3: v0] {v0: @Point .x=i3}
      jump(i2, i3)
      `,
      `
      [r0, b1]
      i2 = getfield(r0, .x)
      guard_true(b1) [0@1: r0]
      guard_true(b1) [0@2: i2]
      guard_false(b1) [0@3: v0] {v0: @Point .x=i2}
      jump(i2, i2)
      `,
    );
  });

  it('forwards a stored value to a read', () => {
    becomes('[r0, i1]\nsetfield(r0, i1, .x)\ni2 = getfield(r0, .x)\njump(i2)', '[r0, i1]\nsetfield(r0, i1, .x)\njump(i1)');
    becomes('[r0]\nsetfield(r0, 5, .x)\ni2 = getfield(r0, .x)\njump(i2)', '[r0]\nsetfield(r0, 5, .x)\njump(5)');
  });

  it('does not forward between different fields, objects or types', () => {
    same('[r0, i1]\nsetfield(r0, i1, .x)\ni2 = getfield(r0, .y)\njump(i2)');
    same('[r0, r1]\ni2 = getfield(r0, .x)\ni3 = getfield(r1, .x)\njump(i2, i3)');
    same('[r0, i1]\nsetfield(r0, i1, .x)\nf2 = getfield(r0, .x)\njump(f2)');
    same('[r0]\ni1 = getfield(r0, .x)\nr2 = getfield(r0, .x)\njump(i1, r2)');
  });

  it('forwards array items for the same index op or equal constants', () => {
    becomes(
      '[r0, i1]\ni2 = getarrayitem(r0, i1, [any])\ni3 = getarrayitem(r0, i1, [any])\ni4 = getarrayitem(r0, 3, [i32])\ni5 = getarrayitem(r0, 3, [i32])\njump(i2, i3, i4, i5)',
      '[r0, i1]\ni2 = getarrayitem(r0, i1, [any])\ni4 = getarrayitem(r0, 3, [i32])\njump(i2, i2, i4, i4)',
    );
    same('[r0, i1]\ni2 = getarrayitem(r0, 1, [any])\ni3 = getarrayitem(r0, 2, [any])\ni4 = getarrayitem(r0, i1, [any])\njump(i2, i3, i4)');
    same('[r0, i1]\ni2 = getarrayitem(r0, 1, [i32])\ni3 = getarrayitem(r0, 1, [u8])\njump(i2, i3)');
  });

  it.each([['any'], ['i32'], ['f64']])('forwards a stored value through an exact %s array', (kind) => {
    const t = kind === 'f64' ? 'f' : 'i';
    becomes(
      `[r0, i1, ${t}2]\nsetarrayitem(r0, i1, ${t}2, [${kind}])\n${t}3 = getarrayitem(r0, i1, [${kind}])\njump(${t}3)`,
      `[r0, i1, ${t}2]\nsetarrayitem(r0, i1, ${t}2, [${kind}])\njump(${t}2)`,
    );
  });

  it.each([['i8'], ['u8'], ['u8c'], ['i16'], ['u16'], ['f32']])('never forwards a store through a narrowing %s array', (kind) => {
    // A u8 array stores 300 and reads back 44, a u16 array 70000 as 4464; an f32 array rounds.
    const t = kind === 'f32' ? 'f' : 'i';
    const v = kind === 'f32' ? '0.1' : '70000';
    same(`[r0, i1]\nsetarrayitem(r0, i1, ${v}, [${kind}])\n${t}3 = getarrayitem(r0, i1, [${kind}])\njump(${t}3)`);
  });

  it.each([
    ['u8', '200'],
    ['i8', '-128'],
    ['u16', '65535'],
  ])('forwards a %s store of a constant in range (%s)', (kind, v) => {
    becomes(`[r0, i1]\nsetarrayitem(r0, i1, ${v}, [${kind}])\ni3 = getarrayitem(r0, i1, [${kind}])\njump(i3)`, `[r0, i1]\nsetarrayitem(r0, i1, ${v}, [${kind}])\njump(${v})`);
  });

  it('forwards a narrowing store of a masked value or of a read of a kind that fits', () => {
    becomes(
      '[r0, i1, i2]\ni3 = int_and(i2, 255)\nsetarrayitem(r0, i1, i3, [u8])\ni4 = getarrayitem(r0, i1, [u8])\njump(i4)',
      '[r0, i1, i2]\ni3 = int_and(i2, 255)\nsetarrayitem(r0, i1, i3, [u8])\njump(i3)',
    );
    becomes(
      '[r0, r1, i2]\ni3 = getarrayitem(r1, i2, [u8])\nsetarrayitem(r0, i2, i3, [u16])\ni4 = getarrayitem(r0, i2, [u16])\njump(i4)',
      '[r0, r1, i2]\ni3 = getarrayitem(r1, i2, [u8])\nsetarrayitem(r0, i2, i3, [u16])\njump(i3)',
    );
  });

  it('does not forward a narrowing store of a value that may not fit', () => {
    same('[r0, i1, i2]\ni3 = int_and(i2, 511)\nsetarrayitem(r0, i1, i3, [u8])\ni4 = getarrayitem(r0, i1, [u8])\njump(i4)');
    same('[r0, i1, i2]\ni3 = int_and(i2, 255)\nsetarrayitem(r0, i1, i3, [i8])\ni4 = getarrayitem(r0, i1, [i8])\njump(i4)');
    same('[r0, r1, i2]\ni3 = getarrayitem(r1, i2, [u16])\nsetarrayitem(r0, i2, i3, [u8])\ni4 = getarrayitem(r0, i2, [u8])\njump(i4)');
    same('[r0, i1]\nsetarrayitem(r0, i1, 256, [u8])\ni3 = getarrayitem(r0, i1, [u8])\njump(i3)');
  });

  it('still forwards reads of narrowing arrays', () => {
    becomes(
      '[r0, i1]\ni2 = getarrayitem(r0, i1, [u8])\ni3 = getarrayitem(r0, i1, [u8])\njump(i2, i3)',
      '[r0, i1]\ni2 = getarrayitem(r0, i1, [u8])\njump(i2, i2)',
    );
  });

  it('caches array lengths, and knows the length of a new array', () => {
    becomes('[r0]\ni1 = arraylen(r0, [any])\ni2 = arraylen(r0, [any])\njump(i1, i2)', '[r0]\ni1 = arraylen(r0, [any])\njump(i1, i1)');
    becomes('[i0]\nr1 = new_array(i0, [u8])\ni2 = arraylen(r1, [u8])\njump(i2)', '[i0]\nr1 = new_array(i0, [u8])\njump(i0)');
  });
});

describe('heap: aliasing', () => {
  it('a store to an object that may alias invalidates the cached field', () => {
    same('[r0, r1, i2]\ni3 = getfield(r0, .x)\nsetfield(r1, i2, .x)\ni4 = getfield(r0, .x)\njump(i3, i4)');
    same('[r0, r1]\nsetfield(r0, 1, .x)\nsetfield(r1, 2, .x)\ni4 = getfield(r0, .x)\njump(i4)');
  });

  it('a store to another field does not', () => {
    becomes(
      '[r0, r1, i2]\ni3 = getfield(r0, .x)\nsetfield(r1, i2, .y)\ni4 = getfield(r0, .x)\njump(i3, i4)',
      '[r0, r1, i2]\ni3 = getfield(r0, .x)\nsetfield(r1, i2, .y)\njump(i3, i3)',
    );
  });

  it('new objects are distinct from everything else and from each other', () => {
    becomes(
      `
      [r0, i1]
      r2 = new(@Point)
      r3 = new(@Point)
      setfield(r2, 1, .x)
      setfield(r3, 2, .x)
      setfield(@A, 3, .x)
      setfield(r0, i1, .x)
      i4 = getfield(r2, .x)
      i5 = getfield(r3, .x)
      i6 = getfield(r0, .x)
      jump(i4, i5, i6)
      `,
      `
      [r0, i1]
      r2 = new(@Point)
      r3 = new(@Point)
      setfield(r2, 1, .x)
      setfield(r3, 2, .x)
      setfield(@A, 3, .x)
      setfield(r0, i1, .x)
      jump(1, 2, i1)
      `,
    );
  });

  it('an allocation that escaped may alias other references, but never constants or other allocations', () => {
    becomes(
      `
      [r0, r1, i9]
      r2 = new(@Point)
      setfield(r2, 1, .x)
      setfield(r0, r2, .next)
      r3 = new(@Point)
      setfield(r3, 4, .x)
      setfield(@A, 5, .x)
      i4 = getfield(r2, .x)
      setfield(r1, i9, .x)
      i5 = getfield(r2, .x)
      i6 = getfield(r3, .x)
      jump(i4, i5, i6)
      `,
      `
      [r0, r1, i9]
      r2 = new(@Point)
      setfield(r2, 1, .x)
      setfield(r0, r2, .next)
      r3 = new(@Point)
      setfield(r3, 4, .x)
      setfield(@A, 5, .x)
      setfield(r1, i9, .x)
      i5 = getfield(r2, .x)
      jump(1, i5, 4)
      `,
    );
  });

  it.each([['call_pure(@sqrt, r2)'], ['same_as(r2)'], ['cast_ref_to_int(r2)']])('%s lets an allocation escape', (use) => {
    const v = use.startsWith('cast_ref_to_int') ? 'i8' : use.startsWith('call_pure') ? 'f8' : 'r8';
    same(`[r0, i1]\nr2 = new(@Point)\nsetfield(r2, 1, .x)\n${v} = ${use}\nsetfield(r0, i1, .x)\ni3 = getfield(r2, .x)\njump(i3, ${v})`);
  });

  it('a constant may be the object behind any reference', () => {
    same('[r0, i1]\nsetfield(r0, i1, .x)\nsetfield(@A, 3, .x)\ni2 = getfield(r0, .x)\njump(i2)');
  });

  it('two different constant objects are distinct', () => {
    becomes(
      '[i0]\nsetfield(@A, i0, .x)\nsetfield(@B, 7, .x)\ni1 = getfield(@A, .x)\njump(i1)',
      '[i0]\nsetfield(@A, i0, .x)\nsetfield(@B, 7, .x)\njump(i0)',
    );
  });

  it('a read, unlike a store, may have come from a prototype that a store can change', () => {
    same('[i0]\ni1 = getfield(@A, .x)\nsetfield(@B, i0, .x)\ni2 = getfield(@A, .x)\njump(i1, i2)');
    same('[r0, i9]\nr1 = new(@Point)\ni2 = getfield(r1, .x)\nsetfield(r0, i9, .x)\ni3 = getfield(r1, .x)\njump(i2, i3)');
    // A private allocation is nobody's prototype; a primitive neither.
    becomes(
      '[r0]\ni1 = getfield(r0, .x)\nr2 = new(@Point)\nsetfield(r2, 1, .x)\ni3 = getfield(r0, .x)\njump(i1, i3)',
      '[r0]\ni1 = getfield(r0, .x)\nr2 = new(@Point)\nsetfield(r2, 1, .x)\njump(i1, i1)',
    );
  });

  it('array stores with another constant index do not invalidate; unknown indices do', () => {
    becomes(
      '[r0, i1]\ni2 = getarrayitem(r0, 1, [any])\nsetarrayitem(r0, 2, i1, [any])\ni3 = getarrayitem(r0, 1, [any])\njump(i2, i3)',
      '[r0, i1]\ni2 = getarrayitem(r0, 1, [any])\nsetarrayitem(r0, 2, i1, [any])\njump(i2, i2)',
    );
    same('[r0, i1, i9]\ni2 = getarrayitem(r0, 1, [any])\nsetarrayitem(r0, i9, i1, [any])\ni3 = getarrayitem(r0, 1, [any])\njump(i2, i3)');
    same('[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [any])\nsetarrayitem(r1, i1, 0, [any])\ni3 = getarrayitem(r0, i1, [any])\njump(i2, i3)');
    // Different constant indices are different items even if the arrays are one.
    becomes(
      '[r0, r1, i1]\ni2 = getarrayitem(r0, 1, [any])\nsetarrayitem(r1, 2, i1, [any])\ni3 = getarrayitem(r0, 1, [any])\njump(i2, i3)',
      '[r0, r1, i1]\ni2 = getarrayitem(r0, 1, [any])\nsetarrayitem(r1, 2, i1, [any])\njump(i2, i2)',
    );
  });

  it('indices from one base: different offsets are different items, equal sums one item', () => {
    // p + 1 and p + 2 - 1 name one item; p + 2 another.
    const stores = `[r0, i1, i9]
      i2 = int_add(i1, 1)
      setarrayitem(r0, i2, i9, [i32])
      i3 = int_add(i1, 2)
      setarrayitem(r0, i3, 7, [i32])
      i4 = int_sub(i3, 1)`;
    becomes(`${stores}\ni5 = getarrayitem(r0, i4, [i32])\njump(i5)`, `${stores}\njump(i9)`);
    // Two bases may be equal: a store through one forgets what the other knew.
    same('[r0, i1, i8, i9]\ni2 = int_add(i1, 1)\ni3 = getarrayitem(r0, i2, [i32])\ni4 = int_add(i8, 2)\nsetarrayitem(r0, i4, i9, [i32])\ni5 = getarrayitem(r0, i2, [i32])\njump(i3, i5)');
  });

  it('in a loop body, a varying label argument is not looked through', () => {
    // i2 is the pointer's first value; in the body it is what the jump passed, and i3 = i2 + 1
    // (from the preamble) may be any item of this iteration.
    same(`[r0, i1]
      i2 = int_add(i1, 1)
      i3 = int_add(i2, 1)
      label(r0, i2)
      setarrayitem(r0, i3, 5, [i32])
      i4 = int_add(i2, 1)
      setarrayitem(r0, i4, 6, [i32])
      i5 = getarrayitem(r0, i3, [i32])
      i6 = int_add(i2, 1)
      jump(r0, i6)`);
  });

  it('a JS array store does not touch typed arrays, and the other way round', () => {
    becomes(
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [i32])\nsetarrayitem(r1, i1, 0, [any])\ni3 = getarrayitem(r0, i1, [i32])\njump(i2, i3)',
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [i32])\nsetarrayitem(r1, i1, 0, [any])\njump(i2, i2)',
    );
    becomes(
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [any])\nsetarrayitem(r1, i1, 0, [u8])\ni3 = getarrayitem(r0, i1, [any])\njump(i2, i3)',
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [any])\nsetarrayitem(r1, i1, 0, [u8])\njump(i2, i2)',
    );
  });

  it('typed arrays of any kind may share a buffer, unless provably not', () => {
    // Two unknown typed arrays: views of one buffer, possibly at another offset or kind.
    same('[r0, r1]\ni2 = getarrayitem(r0, 0, [u8])\nsetarrayitem(r1, 1, 7, [u8])\ni3 = getarrayitem(r0, 0, [u8])\njump(i2, i3)');
    same('[r0, r1]\ni2 = getarrayitem(r0, 0, [u8])\nsetarrayitem(r1, 0, 7, [i32])\ni3 = getarrayitem(r0, 0, [u8])\njump(i2, i3)');
    same('[i0]\ni2 = getarrayitem(@viewA, 0, [u8])\nsetarrayitem(@viewB, 1, i0, [i32])\ni3 = getarrayitem(@viewA, 0, [u8])\njump(i2, i3)');
    // The same array: another constant index is another element.
    becomes(
      '[r0]\ni2 = getarrayitem(r0, 0, [u8])\nsetarrayitem(r0, 1, 7, [u8])\ni3 = getarrayitem(r0, 0, [u8])\njump(i2, i3)',
      '[r0]\ni2 = getarrayitem(r0, 0, [u8])\nsetarrayitem(r0, 1, 7, [u8])\njump(i2, i2)',
    );
    // Constants on different buffers, and fresh arrays, do not overlap.
    becomes(
      '[i0]\ni2 = getarrayitem(@viewA, 0, [u8])\nsetarrayitem(@own, 0, i0, [u8])\ni3 = getarrayitem(@viewA, 0, [u8])\njump(i2, i3)',
      '[i0]\ni2 = getarrayitem(@viewA, 0, [u8])\nsetarrayitem(@own, 0, i0, [u8])\njump(i2, i2)',
    );
    becomes(
      '[r0, i1]\ni2 = getarrayitem(r0, 0, [u8])\nr4 = new_array(8, [i32])\nsetarrayitem(r4, 0, i1, [i32])\ni3 = getarrayitem(r0, 0, [u8])\njump(i2, i3)',
      '[r0, i1]\ni2 = getarrayitem(r0, 0, [u8])\nr4 = new_array(8, [i32])\nsetarrayitem(r4, 0, i1, [i32])\njump(i2, i2)',
    );
  });

  it('a fresh typed array whose fields are read has given its buffer away', () => {
    same('[r0, i1]\nr4 = new_array(8, [u8])\nr5 = getfield(r4, .buffer)\ni2 = getarrayitem(r4, 0, [u8])\nsetarrayitem(r0, 0, i1, [u8])\ni3 = getarrayitem(r4, 0, [u8])\njump(i2, i3, r5)');
  });

  it('a JS array store may change JS array lengths; typed array lengths are fixed', () => {
    same('[i0]\nr1 = new_array(4, [any])\nsetarrayitem(r1, i0, 1, [any])\ni2 = arraylen(r1, [any])\njump(i2)');
    same('[r0, r1]\ni2 = arraylen(r0, [any])\nsetarrayitem(r1, 5, 0, [any])\ni3 = arraylen(r0, [any])\njump(i2, i3)');
    becomes(
      '[r0, r1]\ni2 = arraylen(r0, [u8])\nsetarrayitem(r1, 5, 0, [u8])\ni3 = arraylen(r0, [u8])\njump(i2, i3)',
      '[r0, r1]\ni2 = arraylen(r0, [u8])\nsetarrayitem(r1, 5, 0, [u8])\njump(i2, i2)',
    );
  });

  it('never caches length, index or __proto__ fields, and a store to one drops everything', () => {
    same('[r0]\ni1 = getfield(r0, .length)\ni2 = getfield(r0, .length)\njump(i1, i2)');
    same('[r0, i9]\ni1 = arraylen(r0, [any])\nsetfield(r0, i9, .length)\ni2 = arraylen(r0, [any])\njump(i1, i2)');
    same('[r0, i9]\ni1 = getarrayitem(r0, 0, [any])\nsetfield(r0, i9, ."0")\ni2 = getarrayitem(r0, 0, [any])\njump(i1, i2)');
    same('[r0, r9]\ni1 = getfield(r0, .x)\nsetfield(r0, r9, .__proto__)\ni2 = getfield(r0, .x)\njump(i1, i2)');
  });
});

describe('heap: calls and guards', () => {
  it('a load after an escaping call is not forwarded', () => {
    same('[r0]\ni1 = getfield(r0, .x)\ncall(@escape, r0)\ni2 = getfield(r0, .x)\njump(i1, i2)');
    same('[r0, i5]\nsetfield(r0, i5, .x)\ncall(@escape)\ni2 = getfield(r0, .x)\njump(i2)');
    same('[r0]\ni1 = arraylen(r0, [i32])\ncall(@escape)\ni2 = arraylen(r0, [i32])\njump(i1, i2)');
    same('[r0]\nr1 = new(@Point)\nsetfield(r1, 1, .x)\ncall(@escape, r1)\ni2 = getfield(r1, .x)\njump(i2)');
  });

  it('a call cannot reach a private allocation', () => {
    becomes(
      '[i0]\nr1 = new(@Point)\nsetfield(r1, i0, .x)\nr2 = new_array(4, [i32])\nsetarrayitem(r2, 0, i0, [i32])\ncall(@escape)\ni3 = getfield(r1, .x)\ni4 = getarrayitem(r2, 0, [i32])\ni5 = arraylen(r2, [i32])\njump(i3, i4, i5)',
      '[i0]\nr1 = new(@Point)\nsetfield(r1, i0, .x)\nr2 = new_array(4, [i32])\nsetarrayitem(r2, 0, i0, [i32])\ncall(@escape)\njump(i0, i0, 4)',
    );
  });

  it('pure calls and guards invalidate nothing', () => {
    becomes(
      '[r0, f1, b2]\ni3 = getfield(r0, .x)\nf4 = call_pure(@sqrt, f1) [0@1: r0]\nguard_true(b2) [0@2: r0]\nguard_class(r0, @Point) [0@3: r0]\ni5 = getfield(r0, .x)\njump(i3, i5, f4)',
      '[r0, f1, b2]\ni3 = getfield(r0, .x)\nf4 = call_pure(@sqrt, f1) [0@1: r0]\nguard_true(b2) [0@2: r0]\nguard_class(r0, @Point) [0@3: r0]\njump(i3, i3, f4)',
    );
  });

  it('answers an immutable read of a field the trace stored with the stored value', () => {
    becomes(
      '[r0, i1]\nr2 = new(@Point)\nsetfield(r2, i1, .x)\ncall(@escape, r2)\ni3 = getfield_imm(r2, .x)\njump(i3)',
      '[r0, i1]\nr2 = new(@Point)\nsetfield(r2, i1, .x)\ncall(@escape, r2)\njump(i1)',
    );
    // Read, not stored: left to CSE.
    same('[r0]\ni1 = getfield(r0, .x)\ni2 = getfield_imm(r0, .x)\njump(i1, i2)');
    // Across the label, an object the loop replaces is another object in every iteration.
    same('[r0, i1]\nr2 = new(@Point)\nsetfield(r2, i1, .x)\nlabel(r0, r2)\ni3 = getfield_imm(r2, .x)\nr4 = new(@Point)\njump(r0, r4)');
  });

  it('leaves immutable reads to CSE', () => {
    same('[r0]\ni1 = getfield_imm(r0, .x)\ncall(@escape, r0)\ni2 = getfield_imm(r0, .x)\njump(i1, i2)');
    same('[r0, i1]\ni2 = getarrayitem_imm(r0, i1, [any])\ncall(@escape, r0)\ni3 = getarrayitem_imm(r0, i1, [any])\njump(i2, i3)');
  });

  it('never caches immutable item reads nor answers them from mutable ones, and they invalidate nothing', () => {
    same('[r0, i1]\ni2 = getarrayitem(r0, i1, [i32])\ni3 = getarrayitem_imm(r0, i1, [i32])\njump(i2, i3)');
    same('[r0, i1]\ni2 = getarrayitem_imm(r0, i1, [i32])\ni3 = getarrayitem(r0, i1, [i32])\njump(i2, i3)');
    becomes(
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [any])\ni3 = getarrayitem_imm(r1, i1, [any])\ni4 = getarrayitem(r0, i1, [any])\njump(i2, i3, i4)',
      '[r0, r1, i1]\ni2 = getarrayitem(r0, i1, [any])\ni3 = getarrayitem_imm(r1, i1, [any])\njump(i2, i3, i2)',
    );
  });
});

describe('heap: dead and redundant stores', () => {
  it('removes a store overwritten before anything can observe it', () => {
    becomes('[r0, i1]\nsetfield(r0, 1, .x)\nsetfield(r0, i1, .x)\njump(i1)', '[r0, i1]\nsetfield(r0, i1, .x)\njump(i1)');
    becomes(
      '[r0, i1, i2]\nsetarrayitem(r0, i1, 1, [u8])\ni3 = int_add(i1, 1)\nsetfield(r0, i2, .y)\nsetarrayitem(r0, i1, 2, [u8])\njump(i3)',
      '[r0, i1, i2]\ni3 = int_add(i1, 1)\nsetfield(r0, i2, .y)\nsetarrayitem(r0, i1, 2, [u8])\njump(i3)',
    );
  });

  it('reads of other locations do not observe the store', () => {
    becomes(
      '[r0, r1, i1]\nsetfield(r0, 1, .x)\ni2 = getfield(r1, .y)\nsetfield(r0, i1, .x)\njump(i2)',
      '[r0, r1, i1]\ni2 = getfield(r1, .y)\nsetfield(r0, i1, .x)\njump(i2)',
    );
    becomes(
      '[r0, i1]\nsetarrayitem(r0, 1, i1, [any])\ni2 = getarrayitem(r0, 2, [any])\nsetarrayitem(r0, 1, 5, [any])\njump(i2)',
      '[r0, i1]\ni2 = getarrayitem(r0, 2, [any])\nsetarrayitem(r0, 1, 5, [any])\njump(i2)',
    );
  });

  it('a forwarded read does not observe the store', () => {
    becomes(
      '[r0, i1]\nsetfield(r0, i1, .x)\ni2 = getfield(r0, .x)\nsetfield(r0, 5, .x)\njump(i2)',
      '[r0, i1]\nsetfield(r0, 5, .x)\njump(i1)',
    );
  });

  it.each([
    ['a read that may alias', 'i8 = getfield(r1, .x)'],
    ['a kept read of the same location', 'f8 = getfield(r0, .x)'],
    ['a guard', 'guard_true(b3) [0@1: r0]'],
    ['an overflow check', 'i8 = int_add_ovf(i2, 1) [0@1: r0]'],
    ['a call', 'call(@escape)'],
    ['a raising pure call', 'f8 = call_pure(@sqrt, 1.0) [0@1: r0]'],
    ['an immutable read of the field', 'i8 = getfield_imm(r1, .x)'],
    ['a read of a length field', 'i8 = getfield(r1, .length)'],
  ])('keeps a store observed by %s', (_why, between) => {
    same(`[r0, r1, i2, b3]\nsetfield(r0, 1, .x)\n${between}\nsetfield(r0, i2, .x)\njump(i2)`);
  });

  it.each([
    ['a read of an item that may alias', 'i8 = getarrayitem(r1, i2, [any])'],
    ['an immutable read of an item that may alias', 'i8 = getarrayitem_imm(r1, i2, [any])'],
    ['a JS array length', 'i8 = arraylen(r1, [any])'],
    ['a guard', 'guard_true(b3) [0@1: r0]'],
    ['a call', 'call(@escape)'],
  ])('keeps an item store observed by %s', (_why, between) => {
    same(`[r0, r1, i2, b3]\nsetarrayitem(r0, i2, 1, [any])\n${between}\nsetarrayitem(r0, i2, 5, [any])\njump(i2)`);
  });

  it('a typed array length does not observe item stores', () => {
    becomes(
      '[r0, r1, i2]\nsetarrayitem(r0, i2, 1, [u8])\ni8 = arraylen(r1, [u8])\nsetarrayitem(r0, i2, 5, [u8])\njump(i8)',
      '[r0, r1, i2]\ni8 = arraylen(r1, [u8])\nsetarrayitem(r0, i2, 5, [u8])\njump(i8)',
    );
  });

  it('removes a store of the value the location is known to hold', () => {
    becomes('[r0, i1]\nsetfield(r0, i1, .x)\nsetfield(r0, i1, .x)\njump(i1)', '[r0, i1]\nsetfield(r0, i1, .x)\njump(i1)');
    becomes(
      '[r0, i1, b2]\nsetarrayitem(r0, 3, i1, [i32])\nguard_true(b2) [0@1: r0]\nsetarrayitem(r0, 3, i1, [i32])\njump(i1)',
      '[r0, i1, b2]\nsetarrayitem(r0, 3, i1, [i32])\nguard_true(b2) [0@1: r0]\njump(i1)',
    );
    // A read value may be inherited (or a hole): storing it creates an own property.
    same('[r0]\ni1 = getfield(r0, .x)\nsetfield(r0, i1, .x)\njump(i1)');
  });
});

describe('heap: loops', () => {
  it('keeps a read of an invariant object the body never writes out of the loop', () => {
    becomes(
      `
      [r0, i1]
      i2 = getfield(r0, .size)
      i3 = getarrayitem(r0, 0, [i32])
      i4 = arraylen(r0, [any])
      label(r0, i1)
      i5 = getfield(r0, .size)
      i6 = getarrayitem(r0, 0, [i32])
      i7 = arraylen(r0, [any])
      setfield(r0, i1, .count)
      i8 = int_add(i1, i5)
      jump(r0, i8)
      `,
      `
      [r0, i1]
      i2 = getfield(r0, .size)
      i3 = getarrayitem(r0, 0, [i32])
      i4 = arraylen(r0, [any])
      label(r0, i1)
      setfield(r0, i1, .count)
      i8 = int_add(i1, i2)
      jump(r0, i8)
      `,
    );
  });

  it('drops an entry for a field the body writes, even after the read', () => {
    same(`
      [r0, i1]
      i2 = getfield(r0, .size)
      label(r0, i1)
      i5 = getfield(r0, .size)
      setfield(r0, i1, .size)
      i8 = int_add(i1, i5)
      jump(r0, i8)
    `);
  });

  it('drops everything when the body calls', () => {
    same(`
      [r0, i1]
      i2 = getfield(r0, .size)
      label(r0, i1)
      i5 = getfield(r0, .size)
      call(@escape)
      jump(r0, i5)
    `);
  });

  it('drops entries for arrays of a kind the body writes', () => {
    same(`
      [r0, r1, i1]
      i2 = getarrayitem(r0, 0, [u8])
      i3 = arraylen(r0, [any])
      label(r0, r1, i1)
      i5 = getarrayitem(r0, 0, [u8])
      i6 = arraylen(r0, [any])
      setarrayitem(r1, i1, 0, [i16])
      setarrayitem(r1, i1, 0, [any])
      jump(r0, r1, i5)
    `);
  });

  it('drops entries on a varying object or with a varying value', () => {
    same(`
      [r0, i1]
      i2 = getfield(r0, .size)
      label(r0, i1)
      i5 = getfield(r0, .size)
      r6 = getfield(r0, .next)
      jump(r6, i5)
    `);
    same(`
      [r0, i1]
      setfield(r0, i1, .size)
      label(r0, i1)
      i5 = getfield(r0, .size)
      i6 = int_add(i1, i5)
      jump(r0, i6)
    `);
  });

  it('forgets that a varying label argument was allocated in the preamble', () => {
    same(`
      [r0, i1]
      r2 = new(@Point)
      label(r2, i1)
      setfield(@A, 5, .x)
      setfield(r2, i1, .x)
      i4 = getfield(@A, .x)
      r5 = getfield(r0, .next)
      jump(r5, i4)
    `);
  });

  it('never carries pending stores across the label', () => {
    same(`
      [r0, i1]
      setfield(r0, 1, .x)
      label(r0, i1)
      setfield(r0, i1, .x)
      jump(r0, i1)
    `);
  });

  it('forwards within the body of a loop without preamble', () => {
    becomes(
      '[r0, i1]\nlabel(r0, i1)\ni2 = getfield(r0, .x)\ni3 = getfield(r0, .x)\ni4 = int_add(i2, i3)\njump(r0, i4)',
      '[r0, i1]\nlabel(r0, i1)\ni2 = getfield(r0, .x)\ni4 = int_add(i2, i2)\njump(r0, i4)',
    );
  });
});
