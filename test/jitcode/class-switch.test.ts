/**
 * `class_switch`, the dispatch of a polymorphic call: its layout and text form, what the
 * verifier refuses, the blackhole's choice of case (from the start and resumed at the switch, as
 * after a failed guard), and what the generic tracer records: `guard_class` with the snapshot of
 * the switch when a case matches, nothing on the default, nothing when the class is known (a
 * constant, a fresh `new`).
 */
import { printTrace } from '../../runtime/ir/printer.js';
import { Trace } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { Recorder } from '../../runtime/recorder/index.js';
import {
  Blackhole,
  GenericTracer,
  JOP,
  Jitcode,
  JitcodeAssembler,
  decode,
  instructions,
  parseJitcodes,
  printJitcodes,
  verifyJitcode,
} from '../../runtime/jitcode/index.js';
import { canon } from '../support/trace-text.js';
import { returned } from './guest.js';

class Square {
  constructor(readonly side: number) {}
}
class Circle {
  constructor(readonly r: number) {}
}
/** A subclass: not exactly a Square, so it takes the default. */
class BigSquare extends Square {}
class Triangle {
  constructor(readonly base: number) {}
}

/** What the default case calls: correct for any class. */
function sizeOf(o: unknown): number {
  if (o instanceof Square) return o.side * o.side;
  if (o instanceof Circle) return 3 * o.r * o.r;
  if (o instanceof Triangle) return o.base;
  return -1;
}

const UNIT = new Square(1);
const NS: Record<string, unknown> = { Square, Circle, sizeOf, UNIT };
const NAMES = new Map<unknown, string>(Object.entries(NS).map(([k, v]) => [v, k]));

const TEXT = `
jitcode scaled(r0, i1) regs=3 kinds=r i i
  class_switch r0 {@Square -> 10, @Circle -> 20} else -> 30 live(r0, i1)
10: i2 = getfield_imm r0 .side
  i2 = int_mul i2 i1
  return i2
20: i2 = getfield_imm r0 .r
  i2 = int_add i2 i1
  return i2
30: i2 = residual_call @sizeOf(r0) residual live(i1)
  i2 = int_sub i2 i1
  return i2

jitcode fresh(i0) regs=3 kinds=i r i
  r1 = new @Square
  setfield r1 i0 .side
  class_switch r1 {@Circle -> 10, @Square -> 20} else -> 30 live(r1)
10: return -2
20: i2 = getfield r1 .side
  return i2
30: return -1

jitcode unit() regs=1 kinds=i
  class_switch @UNIT {@Square -> 10} else -> 20 live()
10: i0 = getfield_imm @UNIT .side
  return i0
20: return -1
`;

const parse = (text: string) => parseJitcodes(text, { namespace: NS });
const table = parse(TEXT);
const bh = new Blackhole(table);
const num = (name: string) => table.byName(name).number;

describe('class_switch in the text form', () => {
  test('layout: reg, default, count, (class constant, target) pairs, liveness', () => {
    const j = table.byName('scaled');
    const i = decode(j.code, 0);
    expect(i).toMatchObject({ op: 'class_switch', reg: 0, live: [0, 1] });
    if (i.op !== 'class_switch') throw new Error('not a class_switch');
    expect(i.cases.map(([c]) => j.values[-c - 1])).toEqual([Square, Circle]);
    const starts = instructions(j).map((x) => x.pc);
    for (const [, t] of i.cases) expect(starts).toContain(t);
    expect(starts).toContain(i.dflt);
    expect(Array.from(j.code.subarray(0, i.next))).toEqual([JOP.class_switch, 0, i.dflt, 2, -1, i.cases[0]![1], -2, i.cases[1]![1], 2, 0, 1]);
  });

  test('prints with classes by name and parses back to the same code', () => {
    const once = printJitcodes(table, { names: NAMES });
    expect(once).toMatch(/class_switch r0 \{@Square -> \d+, @Circle -> \d+\} else -> \d+ live\(r0, i1\)/);
    expect(once).toMatch(/class_switch @UNIT \{@Square -> \d+\} else -> \d+ live\(\)/);
    const again = parse(once);
    expect(printJitcodes(again, { names: NAMES })).toBe(once);
    table.codes.forEach((j, k) => {
      expect(Array.from(again.codes[k]!.code)).toEqual(Array.from(j.code));
      expect(again.codes[k]!.values).toEqual(j.values);
    });
    expect(printJitcodes(parse('jitcode none(r0) regs=1 kinds=r\n  class_switch r0 {} else -> 1 live(r0)\n1: return 0'))).toContain('class_switch r0 {} else -> ');
  });

  const refused: Array<[string, string, RegExp]> = [
    ['on an int', 'jitcode f(i0) regs=1 kinds=i\n  class_switch i0 {@Square -> 1} else -> 1 live(i0)\n1: return 0', /class_switch value is a int, expected ref/],
    ['a register as the class', 'jitcode f(r0, r1) regs=2 kinds=r r\n  class_switch r0 {r1 -> 1} else -> 1 live(r0)\n1: return 0', /case 0 has a register for its class/],
    ['a class that is not a ref', 'jitcode f(r0) regs=1 kinds=r\n  class_switch r0 {@Square -> 1, 3 -> 1} else -> 1 live(r0)\n1: return 0', /class of case 1 is a int, expected ref/],
    ['a repeated class', 'jitcode f(r0) regs=1 kinds=r\n  class_switch r0 {@Square -> 1, @Square -> 2} else -> 1 live(r0)\n1: return 0\n2: return 1', /class_switch with a repeated class/],
    ['liveness without the value', 'jitcode f(r0) regs=1 kinds=r\n  class_switch r0 {@Square -> 1} else -> 1 live()\n1: return 0', /liveness misses register 0/],
    ['liveness without a register read in a case', 'jitcode f(r0, i1) regs=2 kinds=r i\n  class_switch r0 {@Square -> 1} else -> 2 live(r0)\n1: return i1\n2: return 0', /liveness misses register 1/],
    ['a result register', 'jitcode f(r0) regs=1 kinds=r\n  r0 = class_switch r0 {} else -> 1 live(r0)\n1: return 0', /class_switch has no result/],
  ];
  test.each(refused)('the verifier refuses %s', (_what, text, msg) => {
    expect(() => parse(text)).toThrow(msg);
  });

  test('the verifier refuses a target that is not an instruction start', () => {
    const asm = new JitcodeAssembler('f', 0, ['ref'], [0]);
    const cls = asm.const_(new Recorder().constRef(Square));
    const out = asm.label();
    asm.emit({ op: 'class_switch', reg: 0, dflt: out, cases: [[cls, out]], live: [0] });
    asm.bind(out);
    asm.emit({ op: 'return', value: 0 });
    const good = asm.finish();
    expect(() => verifyJitcode(good)).not.toThrow();
    const code = Int32Array.from(good.code);
    code[5] = 1; // the case's target, into the middle of the switch
    const bad = new Jitcode('f', 0, good.args, good.kinds, good.pool, code);
    expect(() => verifyJitcode(bad)).toThrow(/target 1 is not an instruction start/);
  });
});

describe('the blackhole', () => {
  test('takes the case of the exact class, else the default', () => {
    expect(bh.call(num('scaled'), [new Square(4), 3])).toBe(12);
    expect(bh.call(num('scaled'), [new Circle(4), 3])).toBe(7);
    expect(bh.call(num('scaled'), [new Triangle(9), 3])).toBe(6);
    expect(bh.call(num('scaled'), [new BigSquare(4), 3])).toBe(16 - 3);
    expect(bh.call(num('scaled'), [null, 1])).toBe(-2);
    expect(bh.call(num('scaled'), [5, 1])).toBe(-2);
    expect(bh.call(num('fresh'), [7])).toBe(7);
    expect(bh.call(num('unit'), [])).toBe(1);
  });

  test('resumed at the switch (a failed guard_class), it picks the case of the new class', () => {
    const j = table.byName('scaled');
    for (const [o, want] of [[new Square(2), 10], [new Circle(2), 7], [new Triangle(2), -3]] as const) {
      expect(bh.resume([{ code: j.number, pc: 0, values: [o, 5] }])).toBe(want);
    }
  });
});

type Arg = readonly [ValueType, unknown, 'const'?];

function trace(name: string, args: readonly Arg[]): { text: string; result: unknown; rec: Recorder } {
  const rec = new Recorder();
  const boxes = args.map(([t, v, c]) => (c ? rec.const_(t, v) : rec.input(t, v)));
  const result = returned(new GenericTracer(table, rec).call(num(name), boxes));
  return { text: printTrace(new Trace(rec.inputs, rec.ops), { names: NAMES }), result: result.value, rec };
}

describe('the generic tracer', () => {
  test('a matching case records guard_class with the snapshot of the switch', () => {
    const n = num('scaled');
    const t = trace('scaled', [['ref', new Square(4)], ['int', 3]]);
    expect(t.text).toBe(canon(`
      [r0, i1]
      guard_class(r0, @Square) [${n}@0: r0, i1]
      i2 = getfield_imm(r0, .side)
      i3 = int_mul(i2, i1)`, NS));
    expect(t.result).toBe(12);
    const c = trace('scaled', [['ref', new Circle(4)], ['int', 3]]);
    expect(c.text).toMatch(/guard_class\(r0, @Circle\)/);
    expect(c.result).toBe(7);
  });

  test('the default records no guard: the residual call is correct for any class', () => {
    for (const o of [new Triangle(9), new BigSquare(2), null]) {
      const t = trace('scaled', [['ref', o], ['int', 3]]);
      expect(t.text).not.toMatch(/guard_class/);
      expect(t.text).toMatch(/call\(@sizeOf, r0\)/);
      expect(t.result).toBe(bh.call(num('scaled'), [o, 3]));
    }
  });

  test('no guard when the class is known: a constant receiver, a fresh object', () => {
    const k = trace('scaled', [['ref', new Circle(4), 'const'], ['int', 3]]);
    expect(k.text).not.toMatch(/guard_class/);
    expect(k.result).toBe(7);
    const f = trace('fresh', [['int', 7]]);
    expect(f.text).toBe(canon(`
      [i0]
      r1 = new(@Square)
      setfield(r1, i0, .side)`, NS));
    expect(f.result).toBe(7);
    expect(f.rec.elidedGuards).toBe(1);
    const u = trace('unit', []);
    expect(u.text.trim()).toBe('[]');
    expect(u.result).toBe(1);
  });

  test('after a guard_class the class is known: a second switch on the box records nothing', () => {
    const rec = new Recorder();
    const box = rec.input('ref', new Square(2));
    const tracer = new GenericTracer(table, rec);
    returned(tracer.call(num('scaled'), [box, rec.constInt(1)]));
    returned(tracer.call(num('scaled'), [box, rec.constInt(2)]));
    expect(rec.ops.filter((o) => o.opcode === 'guard_class')).toHaveLength(1);
  });

  test('bridges: resuming the tracer at the switch records the guard of the new class', () => {
    const rec = new Recorder();
    const r = returned(new GenericTracer(table, rec).resume([{ code: num('scaled'), pc: 0, values: [rec.input('ref', new Circle(2)), rec.input('int', 5)] }]));
    expect(r.value).toBe(7);
    expect(rec.ops.map((o) => o.opcode)).toEqual(['guard_class', 'getfield_imm', 'int_add']);
  });
});
