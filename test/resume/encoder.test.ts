import { Const, FrameSnapshot, Virtual, arrayDescr, fieldDescr, newInput, newOp } from '../../runtime/ir/trace.js';
import { deoptimize } from '../../runtime/resume/deopt.js';
import { ResumeEncoder } from '../../runtime/resume/encoder.js';
import { ExitDescr } from '../../runtime/resume/exit.js';
import { POOL_ENTRY_BYTES } from '../../runtime/resume/store.js';
import { ByteReader, ByteWriter, unzigzag, zigzag } from '../../runtime/resume/varint.js';
import { Point, parse } from '../support/trace-text.js';
import { randomFragment } from './support.js';

const guardOp = newOp('guard_true', [new Const('bool', true)]);
const exitFor = (s: FrameSnapshot): ExitDescr => new ExitDescr('guard', s, 0, guardOp);
const frame = (values: FrameSnapshot['values'], parent: FrameSnapshot | null = null, code = 0, pc = 1): FrameSnapshot =>
  new FrameSnapshot(code, pc, values, parent);

describe('varints', () => {
  it('round-trip unsigned and signed numbers up to the safe range', () => {
    const w = new ByteWriter();
    const us = [0, 1, 127, 128, 16383, 16384, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];
    const ss = [0, -1, 1, -64, 64, -(2 ** 31), 2 ** 31 - 1, -(2 ** 40), -(2 ** 52) + 1, 2 ** 52 - 1];
    for (const u of us) w.uint(u);
    for (const s of ss) w.int(s);
    const r = new ByteReader(w.take());
    expect(us.map(() => r.uint())).toEqual(us);
    expect(ss.map(() => r.int())).toEqual(ss);
    expect(r.done).toBe(true);
    expect(w.length).toBe(0);
    for (const s of ss) expect(unzigzag(zigzag(s))).toBe(s);
  });

  it('uses one byte below 128 and refuses what it cannot encode', () => {
    const w = new ByteWriter();
    w.uint(127);
    expect(w.take()).toEqual(new Uint8Array([127]));
    w.uint(128);
    expect(w.take()).toEqual(new Uint8Array([0x80, 1]));
    expect(() => w.uint(-1)).toThrow(RangeError);
    expect(() => w.uint(1.5)).toThrow(RangeError);
    expect(() => w.int(2 ** 60)).toThrow(RangeError);
    expect(() => w.int(2 ** 53 - 1)).toThrow(RangeError);
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow(/truncated/);
  });
});

describe('resume encoder: sizes and sharing', () => {
  it('inlines small ints, one or two bytes each, without the pool', () => {
    const enc = new ResumeEncoder();
    const exit = exitFor(frame([5, -7, 15, -16, 2047, -2048].map((v) => new Const('int', v))));
    const bytes = enc.encode(exit);
    // header: parent, code, pc, count; then 4 one-byte and 2 two-byte references
    expect(bytes.length).toBe(4 + 4 + 2 * 2);
    expect(enc.store.pool).toHaveLength(0);
    expect(enc.bytes).toBe(bytes.length);
    enc.encode(exitFor(frame([new Const('int', 2048), new Const('int', -2049)], null, 0, 2)));
    expect(enc.store.pool).toEqual([2048, -2049]);
  });

  it('stores a parent frame shared by several guards once', () => {
    const i0 = newInput('int');
    const i1 = newInput('int');
    const parent = frame([i0, i1, new Const('ref', 'a string')], null, 0, 10);
    const enc = new ResumeEncoder();
    const a = enc.encode(exitFor(frame([i1], parent, 1, 0)));
    const afterFirst = enc.bytes;
    const b = enc.encode(exitFor(frame([i0, new Const('int', 3)], parent, 1, 5)));
    expect(enc.store.chunks).toHaveLength(3);
    const parentBytes = enc.store.chunks[0]!.length;
    expect(enc.bytes - afterFirst).toBe(b.length);
    expect(enc.bytes).toBe(parentBytes + a.length + b.length + POOL_ENTRY_BYTES);
    // A third guard with a new parent chain of the same content is stored again: sharing is by identity.
    enc.encode(exitFor(frame([i1], frame([i0, i1, new Const('ref', 'a string')], null, 0, 10), 1, 0)));
    expect(enc.store.chunks).toHaveLength(5);
    expect(enc.store.pool).toHaveLength(1);
  });

  it('a guard with the previous guard’s snapshot shares its data entirely', () => {
    const i0 = newInput('int');
    const s = frame([i0, new Const('float', 0.25)], frame([i0]));
    const enc = new ResumeEncoder();
    const e1 = exitFor(s);
    const e2 = exitFor(s);
    enc.encode(e1);
    const before = enc.bytes;
    enc.encode(e2);
    expect(enc.bytes).toBe(before);
    expect(e2.resume).toBe(e1.resume);
    expect(deoptimize(e2, [3]).frames).toEqual(deoptimize(e1, [3]).frames);
  });

  it('keeps one pool entry per distinct constant, types and zero signs apart', () => {
    const enc = new ResumeEncoder();
    const obj = { o: 1 };
    const c = (t: 'int' | 'float' | 'ref' | 'bool', v: unknown): Const => new Const(t, v);
    enc.encode(exitFor(frame([c('ref', 'str'), c('ref', obj), c('float', 5000), c('int', 5000), c('float', 0), c('float', -0)])));
    enc.encode(exitFor(frame([c('ref', 'str'), c('ref', obj), c('float', NaN), c('float', NaN), c('float', -0), c('bool', true)], null, 0, 2)));
    expect(enc.store.pool).toEqual(['str', obj, 5000, 5000, 0, -0, NaN, true]);
    expect(enc.store.poolTypes).toEqual(['ref', 'ref', 'float', 'int', 'float', 'float', 'float', 'bool']);
    expect(Object.is(enc.store.pool[5], -0)).toBe(true);
  });

  it('describes each virtual once, however many frames and guards refer to it', () => {
    const i0 = newInput('int');
    const v = new Virtual('object', new Const('ref', Point), null);
    v.fields.push([fieldDescr('x'), i0], [fieldDescr('y'), v]);
    const arr = new Virtual('array', null, arrayDescr('i32'));
    arr.items.push(i0, new Const('int', 4));
    const parent = frame([v, arr], null, 0, 3);
    const enc = new ResumeEncoder();
    enc.encode(exitFor(frame([v], parent, 1, 0)));
    enc.encode(exitFor(frame([arr, v], parent, 1, 1)));
    expect(enc.store.virtuals).toHaveLength(2);
    // Point, and the descriptors .x and .y.
    expect(enc.store.pool).toEqual([Point, fieldDescr('x'), fieldDescr('y')]);
    const total = enc.store.chunks.reduce((n, c) => n + c.length, 0) + enc.store.virtuals.reduce((n, c) => n + c.length, 0);
    expect(enc.bytes).toBe(total + 3 * POOL_ENTRY_BYTES);
  });

  it('numbers ops per fragment, so two encoders do not interfere', () => {
    const t = parse('[i0, i1]\nguard_true(true) [0@1: i1, i0]');
    const exit = new ExitDescr('guard', t.ops[0]!.snapshot!, 0, t.ops[0]!);
    const other = new ResumeEncoder();
    other.encode(exitFor(frame([newInput('int'), newInput('int'), newInput('int')])));
    new ResumeEncoder().encode(exit);
    expect(deoptimize(exit, [10, 20]).frames[0]!.values).toEqual([10, 20]);
  });

  it('makes compact data for realistic fragments', () => {
    let bytes = 0;
    let values = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const frag = randomFragment(seed);
      const enc = new ResumeEncoder();
      for (const e of frag.exits) {
        enc.encode(e);
        values += e.snapshot.frames().reduce((n, f) => n + f.values.length, 0);
      }
      bytes += enc.store.chunkBytes;
    }
    // Chunks (without virtual descriptions and the pool) average well under 3 bytes per value.
    expect(bytes / values).toBeLessThan(3);
  });

  it('refuses snapshots it cannot describe', () => {
    const bad = new Virtual('object', null, null);
    expect(() => new ResumeEncoder().encode(exitFor(frame([bad])))).toThrow(/without a class/);
    expect(() => new ResumeEncoder().encode(exitFor(new FrameSnapshot(0, 1.5, [], null)))).toThrow(RangeError);
  });
});
