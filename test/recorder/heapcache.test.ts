import { type ArrayKind, type Op, type Value, arrayDescr, fieldDescr } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';
import { Recorder, TracerBug } from '../../runtime/recorder/recorder.js';
import { NS, Node, Point, canon, escape, print } from '../support/trace-text.js';

const X = fieldDescr('x');
const Y = fieldDescr('y');
const NEXT = fieldDescr('next');
const LENGTH = fieldDescr('length');
const ANY = arrayDescr('any');
const arr = (k: ArrayKind) => arrayDescr(k);

const text = (rec: Recorder): string => print(rec.trace(), NS);
const opcodes = (rec: Recorder): string[] => rec.ops.map((o) => o.opcode);

/** Small helpers over one recorder, so tests read like the traces they make. */
function on(rec: Recorder) {
  const snap = rec.snapshot(0, 0, []);
  return {
    get: (o: Value, d = X, type: 'int' | 'ref' = 'int') => rec.record('getfield', [o], { descr: d, type }),
    set: (o: Value, v: Value, d = X) => rec.record('setfield', [o, v], { descr: d }),
    item: (a: Value, i: Value, k: ArrayKind = 'any', type?: 'int' | 'float' | 'ref') =>
      rec.record('getarrayitem', [a, i], type ? { descr: arr(k), type } : { descr: arr(k) }),
    store: (a: Value, i: Value, v: Value, k: ArrayKind = 'any') => rec.record('setarrayitem', [a, i, v], { descr: arr(k) }),
    len: (a: Value, k: ArrayKind = 'any') => rec.record('arraylen', [a], { descr: arr(k) }),
    call: (...args: Value[]) => rec.record('call', [rec.constRef(escape), ...args], { type: 'void', snapshot: snap }),
    fresh: (cls: unknown = Point) => rec.record('new', [rec.constRef(cls)]),
    int: (v: number) => rec.constInt(v),
  };
}

describe('heap cache: field forwarding', () => {
  it('forwards a repeated read and a read after a write', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1, y: 2 });
    const i = rec.input('int', 9);
    const a = h.get(o);
    expect(h.get(o)).toBe(a);
    h.set(o, i, Y);
    expect(h.get(o, Y)).toBe(i);
    expect(text(rec)).toBe(canon('[r0, i1]\ni2 = getfield(r0, .x)\nsetfield(r0, i1, .y)'));
    expect(rec.folded).toBe(2);
  });

  it('does not forward when the read wants another type', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', {});
    const i = rec.input('int', 3);
    h.set(o, i);
    const r = h.get(o, X, 'ref');
    expect(r).not.toBe(i);
    expect(opcodes(rec)).toEqual(['setfield', 'getfield']);
  });

  it('a write to a possibly aliasing object invalidates that field only', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1, y: 2 });
    const q = rec.input('ref', { x: 1, y: 2 });
    const i = rec.input('int', 5);
    const ox = h.get(o);
    const oy = h.get(o, Y);
    h.set(q, i);
    expect(h.get(o, Y)).toBe(oy);
    expect(h.get(o)).not.toBe(ox);
    expect(opcodes(rec)).toEqual(['getfield', 'getfield', 'setfield', 'getfield']);
  });

  it('a write to the same object replaces the entry', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1 });
    const i = rec.input('int', 5);
    const j = rec.input('int', 6);
    h.set(o, i);
    h.set(o, j);
    expect(h.get(o)).toBe(j);
  });

  it('objects of different known classes do not alias, but reads may come from a prototype', () => {
    const rec = new Recorder();
    const h = on(rec);
    const snap = rec.snapshot(0, 0, []);
    const p = rec.input('ref', Object.assign(new Point(), { x: 1, y: 2 }));
    const n = rec.input('ref', Object.assign(new Node(), { x: 3 }));
    rec.guard('guard_class', [p, rec.constRef(Point)], snap);
    rec.guard('guard_class', [n, rec.constRef(Node)], snap);
    const i = rec.input('int', 7);
    h.set(p, i); // stored: p.x is an own property now
    const py = h.get(p, Y); // read: p.y might be inherited
    h.set(n, i);
    expect(h.get(p)).toBe(i); // n is not p: the stored entry survives
    h.set(n, i, Y);
    expect(h.get(p, Y)).not.toBe(py); // n might be p's prototype: the read entry does not
  });

  it('distinct constants do not alias; a constant and a box may', () => {
    const rec = new Recorder();
    const h = on(rec);
    const A = { x: 1 };
    const B = { x: 2 };
    h.set(rec.constRef(A), h.int(3));
    h.set(rec.constRef(B), h.int(5));
    // Another Const object naming the same object shares the entry.
    expect(h.get(rec.constRef(A))).toMatchObject({ isConst: true, value: 3 });
    h.set(rec.constRef(A), h.int(9));
    expect(h.get(rec.constRef(A)).value).toBe(9);
    expect(opcodes(rec)).toEqual(['setfield', 'setfield', 'setfield']);
    // B might be A's prototype, so an entry that was only read does not survive a write to B.
    const ax = h.get(rec.constRef(A), Y, 'ref');
    h.set(rec.constRef(B), h.int(5), Y);
    expect(h.get(rec.constRef(A), Y, 'ref')).not.toBe(ax);
    const o = rec.input('ref', { x: 0 });
    h.set(o, h.int(1));
    expect(h.get(rec.constRef(A)).isConst).toBe(false);
  });

  it('writes to a fresh object that never escaped invalidate nothing else', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1 });
    const ox = h.get(o);
    const p = h.fresh();
    h.set(p, h.int(4));
    expect(h.get(o)).toBe(ox);
    expect(h.get(p).value).toBe(4);
    // Once it escaped it may be anyone's prototype: reads of other objects are dropped.
    h.call(p);
    h.get(o);
    const ox2 = h.get(o);
    h.set(p, h.int(5));
    expect(h.get(o)).not.toBe(ox2);
  });

  it('two fresh objects never alias, even after escaping', () => {
    const rec = new Recorder();
    const h = on(rec);
    const p = h.fresh();
    const q = h.fresh();
    h.call(p, q);
    h.set(p, h.int(1));
    h.set(q, h.int(2));
    expect(h.get(p).value).toBe(1);
    expect(opcodes(rec).filter((x) => x === 'getfield')).toHaveLength(0);
  });

  it('forwards immutable field reads and never invalidates them', () => {
    const rec = new Recorder();
    const o = rec.input('ref', { x: 3 });
    const imm = () => rec.record('getfield_imm', [o], { descr: X, type: 'int' });
    const a = imm();
    on(rec).call(o);
    expect(imm()).toBe(a);
    expect(opcodes(rec)).toEqual(['getfield_imm', 'call']);
  });

  it('an immutable field of an object constructed in the trace reads as the value stored, even after it escaped', () => {
    const rec = new Recorder();
    const h = on(rec);
    const v = rec.input('int', 5);
    const p = h.fresh();
    h.set(p, v);
    h.call(p);
    expect(rec.record('getfield_imm', [p], { descr: X, type: 'int' })).toBe(v);
    expect(opcodes(rec)).toEqual(['new', 'setfield', 'call']);
    // A write seen after the construction replaces it.
    const w = rec.input('int', 6);
    h.set(p, w);
    expect(rec.record('getfield_imm', [p], { descr: X, type: 'int' })).toBe(w);
  });

  it('forwards immutable item reads and never invalidates them, not by a store of their kind nor a call', () => {
    const rec = new Recorder();
    const h = on(rec);
    const arr = [3, 4];
    const a = rec.input('ref', arr);
    const i = rec.input('int', 0);
    const imm = (index: Value) => rec.record('getarrayitem_imm', [a, index], { descr: ANY, type: 'int' });
    const first = imm(i);
    h.store(a, h.int(1), h.int(9));
    h.call(a);
    expect(imm(i)).toBe(first);
    expect(imm(h.int(1)).value).toBe(9);
    // A mutable read of the same item is not answered by the immutable one, nor the reverse.
    const mutable = h.item(a, i, 'any', 'int');
    expect(mutable).not.toBe(first);
    expect(opcodes(rec)).toEqual(['getarrayitem_imm', 'setarrayitem', 'call', 'getarrayitem_imm', 'getarrayitem']);
    expect(rec.folded).toBe(1);
  });

  it('never caches index-like fields, length or __proto__, and a write to one drops everything', () => {
    const rec = new Recorder();
    const h = on(rec);
    const a = rec.input('ref', [1, 2]);
    const o = rec.input('ref', { x: 1 });
    h.get(a, LENGTH);
    h.get(a, LENGTH);
    expect(opcodes(rec)).toEqual(['getfield', 'getfield']);
    const ox = h.get(o);
    const al = h.len(a);
    h.set(a, h.int(1), LENGTH);
    expect(h.get(o)).not.toBe(ox);
    expect(h.len(a)).not.toBe(al);
    const zero = fieldDescr('0');
    h.get(a, zero);
    expect(h.get(a, zero)).not.toBe(rec.ops[rec.ops.length - 2]);
  });

  it('a __proto__ write forgets known classes', () => {
    const rec = new Recorder();
    const snap = rec.snapshot(0, 0, []);
    const p = rec.input('ref', new Point());
    rec.guard('guard_class', [p, rec.constRef(Point)], snap);
    rec.record('setfield', [p, rec.constRef(Node.prototype)], { descr: fieldDescr('__proto__') });
    rec.guard('guard_class', [p, rec.constRef(Node)], snap);
    expect(opcodes(rec)).toEqual(['guard_class', 'setfield', 'guard_class']);
  });

  it('checks a forwarded read against the real heap', () => {
    const rec = new Recorder();
    const obj = { x: 1 };
    const o = rec.input('ref', obj);
    on(rec).get(o);
    obj.x = 2; // an effect the tracer did not record
    expect(() => on(rec).get(o)).toThrow(TracerBug);
    expect(() => on(rec).get(o)).toThrow(/not recorded/);
  });
});

describe('heap cache: arrays', () => {
  it('forwards item reads by index box or equal constant, and reads after writes', () => {
    const rec = new Recorder();
    const h = on(rec);
    const a = rec.input('ref', [10, 11, 12]);
    const i = rec.input('int', 1);
    const x = h.item(a, i, 'any', 'int');
    expect(h.item(a, i, 'any', 'int')).toBe(x);
    const y = h.item(a, h.int(2), 'any', 'int');
    expect(h.item(a, rec.const_('int', 2), 'any', 'int')).toBe(y);
    h.store(a, h.int(0), i);
    expect(h.item(a, h.int(0), 'any', 'int')).toBe(i);
    expect(opcodes(rec)).toEqual(['getarrayitem', 'getarrayitem', 'setarrayitem']);
  });

  it('a write at a constant index keeps other constant indices; at a box index it keeps none', () => {
    const rec = new Recorder();
    const h = on(rec);
    const a = rec.input('ref', [10, 11, 12]);
    const i = rec.input('int', 2);
    const a0 = h.item(a, h.int(0), 'any', 'int');
    const ai = h.item(a, i, 'any', 'int');
    h.store(a, h.int(1), h.int(5));
    expect(h.item(a, h.int(0), 'any', 'int')).toBe(a0);
    expect(h.item(a, i, 'any', 'int')).not.toBe(ai); // i may be 1
    const a0b = h.item(a, h.int(0), 'any', 'int');
    h.store(a, i, h.int(7));
    expect(h.item(a, h.int(0), 'any', 'int')).not.toBe(a0b);
  });

  it('a write to a possibly aliasing JS array invalidates the same index there', () => {
    const rec = new Recorder();
    const h = on(rec);
    const a = rec.input('ref', [1, 2]);
    const b = rec.input('ref', [3, 4]);
    const a0 = h.item(a, h.int(0), 'any', 'int');
    const a1 = h.item(a, h.int(1), 'any', 'int');
    h.store(b, h.int(1), h.int(9));
    expect(h.item(a, h.int(0), 'any', 'int')).toBe(a0);
    expect(h.item(a, h.int(1), 'any', 'int')).not.toBe(a1);
  });

  it('a typed write invalidates every typed array whose storage may overlap, of any kind', () => {
    const rec = new Recorder();
    const h = on(rec);
    const buf = new ArrayBuffer(8);
    const u8 = rec.input('ref', new Uint8Array(buf));
    const i32 = rec.input('ref', new Int32Array(buf));
    const js = rec.input('ref', [1]);
    const fresh = rec.record('new_array', [h.int(2)], { descr: arr('i32') });
    const u0 = h.item(u8, h.int(0), 'u8');
    const j0 = h.item(js, h.int(0), 'any', 'int');
    const f0 = h.item(fresh, h.int(0), 'i32');
    h.store(i32, h.int(1), h.int(-1), 'i32');
    expect(h.item(u8, h.int(0), 'u8')).not.toBe(u0);
    expect(h.item(js, h.int(0), 'any', 'int')).toBe(j0);
    expect(h.item(fresh, h.int(0), 'i32')).toBe(f0);
    // The same array at another constant index of the same kind survives.
    const i0 = h.item(i32, h.int(0), 'i32');
    h.store(i32, h.int(1), h.int(3), 'i32');
    expect(h.item(i32, h.int(0), 'i32')).toBe(i0);
  });

  it('narrowing stores do not forward the stored box; constants forward what reads give', () => {
    const rec = new Recorder();
    const h = on(rec);
    const u8 = rec.input('ref', new Uint8Array(4));
    const i32 = rec.input('ref', new Int32Array(4));
    const f32 = rec.input('ref', new Float32Array(4));
    const f64 = rec.input('ref', new Float64Array(4));
    const big = rec.input('int', 300);
    const third = rec.input('float', 1 / 3);

    h.store(u8, h.int(0), big, 'u8');
    const r = h.item(u8, h.int(0), 'u8');
    expect(r).not.toBe(big);
    expect(r.value).toBe(44);

    h.store(i32, h.int(0), big, 'i32');
    expect(h.item(i32, h.int(0), 'i32')).toBe(big);

    h.store(f32, h.int(0), third, 'f32');
    const g = h.item(f32, h.int(0), 'f32');
    expect(g).not.toBe(third);
    expect(g.value).toBe(Math.fround(1 / 3));

    h.store(f64, h.int(0), third, 'f64');
    expect(h.item(f64, h.int(0), 'f64')).toBe(third);

    h.store(u8, h.int(1), h.int(-1), 'u8');
    expect(h.item(u8, h.int(1), 'u8')).toMatchObject({ isConst: true, value: 255 });
    expect(opcodes(rec).filter((o) => o === 'getarrayitem')).toHaveLength(2);
  });

  it('refuses typed-array accesses out of bounds (the tracer must guard them)', () => {
    const rec = new Recorder();
    const h = on(rec);
    const u8 = rec.input('ref', new Uint8Array(2));
    expect(() => h.item(u8, h.int(2), 'u8')).toThrow(/out of bounds/);
    expect(() => h.store(u8, h.int(-1), h.int(0), 'u8')).toThrow(TracerBug);
    expect(rec.ops).toHaveLength(0);
    // JS arrays read undefined past the end, a legal ref.
    expect(h.item(rec.input('ref', []), h.int(3)).value).toBeUndefined();
  });

  it('caches lengths: read, or known from new_array; JS-array writes may change them', () => {
    const rec = new Recorder();
    const h = on(rec);
    const a = rec.input('ref', [1, 2, 3]);
    const t = rec.input('ref', new Int8Array(3));
    const n = rec.input('int', 4);
    const la = h.len(a);
    expect(h.len(a)).toBe(la);
    const lt = h.len(t, 'i8');
    const fresh = rec.record('new_array', [n], { descr: ANY });
    expect(h.len(fresh)).toBe(n);
    h.store(t, h.int(0), h.int(1), 'i8');
    expect(h.len(t, 'i8')).toBe(lt);
    h.store(a, h.int(0), h.int(1));
    expect(h.len(a)).not.toBe(la);
    expect(h.len(fresh)).toBe(n); // a fresh array that never escaped is not `a`
    expect(opcodes(rec)).toEqual(['arraylen', 'arraylen', 'new_array', 'setarrayitem', 'setarrayitem', 'arraylen']);
    // A constant index below a constant length cannot grow the array; at the length it can.
    const two = rec.record('new_array', [h.int(2)], { descr: ANY });
    h.store(two, h.int(1), h.int(0));
    expect(h.len(two).value).toBe(2);
    expect(h.len(two).isConst).toBe(true);
    h.store(two, h.int(2), h.int(0));
    expect(h.len(two).isConst).toBe(false);
    expect(h.len(two).value).toBe(3);
  });
});

describe('heap cache: calls and escape', () => {
  it('a call invalidates the heap', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1 });
    const a = rec.input('ref', [1]);
    const ox = h.get(o);
    const a0 = h.item(a, h.int(0), 'any', 'int');
    const al = h.len(a);
    h.call();
    expect(h.get(o)).not.toBe(ox);
    expect(h.item(a, h.int(0), 'any', 'int')).not.toBe(a0);
    expect(h.len(a)).not.toBe(al);
  });

  it('but not what it cannot reach: fresh objects and arrays that never escaped', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', {});
    const p = h.fresh();
    h.set(p, h.int(1));
    const arrBox = rec.record('new_array', [h.int(2)], { descr: ANY });
    h.store(arrBox, h.int(0), h.int(7));
    h.call(o);
    expect(h.get(p).value).toBe(1);
    expect(h.item(arrBox, h.int(0), 'any', 'int').value).toBe(7);
    expect(h.len(arrBox).value).toBe(2);
    expect(opcodes(rec)).toEqual(['new', 'setfield', 'new_array', 'setarrayitem', 'call']);
  });

  it('inherited reads of fresh objects are invalidated by calls (the prototype may change)', () => {
    const rec = new Recorder();
    const h = on(rec);
    const p = h.fresh();
    const px = h.get(p, X, 'ref');
    h.call();
    expect(h.get(p, X, 'ref')).not.toBe(px);
  });

  it('a fresh object escapes when passed to a call', () => {
    const rec = new Recorder();
    const h = on(rec);
    const p = h.fresh();
    h.set(p, h.int(1));
    h.call(p);
    h.call();
    expect(h.get(p).isConst).toBe(false);
    expect(rec.heap.isUnescaped(p)).toBe(false);
  });

  it('a fresh object escapes when stored into an object that is not fresh', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', {});
    const p = h.fresh();
    h.set(p, h.int(1));
    h.set(o, p, NEXT);
    expect(rec.heap.isUnescaped(p)).toBe(false);
    h.call();
    expect(h.get(p).isConst).toBe(false);
  });

  it('a fresh object stored into an unescaped fresh object escapes with it', () => {
    const rec = new Recorder();
    const h = on(rec);
    const p = h.fresh();
    const q = h.fresh();
    h.set(q, h.int(2));
    h.set(p, q, NEXT);
    expect(rec.heap.isUnescaped(q)).toBe(true);
    h.call();
    expect(h.get(q).value).toBe(2);
    expect(h.get(q).isConst).toBe(true);
    h.call(p);
    expect(rec.heap.isUnescaped(q)).toBe(false);
    h.call();
    expect(h.get(q).isConst).toBe(false);
  });

  it('escape through arrays, promote, same_as, and unforwarded reads', () => {
    const rec = new Recorder();
    const h = on(rec);
    const snap = rec.snapshot(0, 0, []);
    const js = rec.input('ref', [0]);
    const p = h.fresh();
    h.store(js, h.int(0), p);
    expect(rec.heap.isUnescaped(p)).toBe(false);

    const q = h.fresh();
    rec.promote(q, snap);
    expect(rec.heap.isUnescaped(q)).toBe(false);

    const s = h.fresh();
    rec.record('same_as', [s]);
    expect(rec.heap.isUnescaped(s)).toBe(false);

    // An unescaped container whose content is read back without forwarding: the content escapes.
    const c = h.fresh();
    const d = h.fresh();
    h.set(c, d, NEXT);
    rec.record('setfield', [c, rec.constRef(0)], { descr: fieldDescr('1') }); // drops all entries
    expect(rec.heap.isUnescaped(d)).toBe(true);
    const back = h.get(c, NEXT, 'ref');
    expect(back).not.toBe(d);
    expect(back.value).toBe(d.value);
    expect(rec.heap.isUnescaped(d)).toBe(false);
  });

  it('call_pure invalidates nothing', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1 });
    const f = rec.input('float', 4);
    const ox = h.get(o);
    rec.record('call_pure', [rec.constRef(Math.sqrt), f], { type: 'float', snapshot: rec.snapshot(0, 0, []) });
    expect(h.get(o)).toBe(ox);
  });

  it('the recorded trace with all of the above verifies', () => {
    const rec = new Recorder();
    const h = on(rec);
    const o = rec.input('ref', { x: 1 });
    const p = h.fresh();
    h.set(p, h.get(o));
    h.call(p);
    h.get(o);
    const t = rec.trace();
    verifyTrace(t, { requireSnapshots: true });
    expect((t.ops[0] as Op).opcode).toBe('new');
  });
});
