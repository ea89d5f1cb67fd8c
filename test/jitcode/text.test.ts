/**
 * The jitcode format and its text form: opcodes derived from the op table, encoding layouts,
 * print/parse round trips, and what the parser and verifier refuse.
 */
import { OPS, type Opcode, isCall, isControl, isGuard, isMarker } from '../../runtime/ir/optable.js';
import {
  CONTROL_OPS,
  IR_JIT_OPS,
  JIT_OPS,
  JOP,
  JitcodeAssembler,
  JitcodeTable,
  decode,
  instructions,
  parseJitcodes,
  printJitcodes,
  verifyJitcode,
} from '../../runtime/jitcode/index.js';
import { JNS, SAMPLES } from './samples.js';

const NAMES = new Map<unknown, string>(Object.entries(JNS).map(([k, v]) => [v, k]));
const parse = (text: string) => parseJitcodes(text, { namespace: JNS });
const print = (text: string) => printJitcodes(parse(text), { names: NAMES });

describe('opcodes', () => {
  test('IR jitcode ops are exactly the table ops that are no guard, structure, marker or call', () => {
    const expected = (Object.keys(OPS) as Opcode[]).filter((o) => !isGuard(o) && !isControl(o) && !isMarker(o) && !isCall(o));
    expect([...IR_JIT_OPS]).toEqual(expected);
    expect(IR_JIT_OPS).toContain('int_add');
    expect(IR_JIT_OPS).toContain('getfield');
    expect(IR_JIT_OPS).toContain('new_array');
    for (const o of ['guard_true', 'guard_value', 'int_add_ovf', 'call', 'call_pure', 'label', 'jump', 'finish', 'input', 'debug_merge_point']) {
      expect(IR_JIT_OPS).not.toContain(o);
    }
  });

  test('opcode numbers cover IR ops then control ops', () => {
    expect(JIT_OPS.length).toBe(IR_JIT_OPS.length + CONTROL_OPS.length);
    JIT_OPS.forEach((name, k) => expect(JOP[name]).toBe(k));
  });
});

describe('encoding', () => {
  test('labels resolve to positions; liveness is a count and registers', () => {
    const j = parse(SAMPLES).byName('max');
    expect(Array.from(j.code)).toEqual([JOP.int_lt, 2, 0, 1, JOP.goto_if_not, 2, 13, 3, 2, 0, 1, JOP.return, 1, JOP.return, 0]);
    expect(j.args).toEqual([0, 1]);
    expect(j.kinds).toEqual(['int', 'int', 'bool']);
  });

  test('constants are pool operands -(k+1), shared; descriptors and kinds in place', () => {
    const t = parse(`
jitcode f(r0) regs=3 kinds=r i i
  i1 = getfield r0 .x
  i2 = int_add i1 5
  i2 = int_add i2 5
  setfield r0 i2 .x
  return i2
`);
    const j = t.codes[0]!;
    // getfield: dst, kind (0 = int), obj, descr
    expect(Array.from(j.code.subarray(0, 5))).toEqual([JOP.getfield, 1, 0, 0, -1]);
    expect(Array.from(j.code.subarray(5, 13))).toEqual([JOP.int_add, 2, 1, -2, JOP.int_add, 2, 2, -2]);
    expect(j.pool.length).toBe(2);
    expect(j.values[1]).toBe(5);
  });
});

describe('merge', () => {
  const PORTAL = `
jitcode portal(r0, i1, f2) regs=4 kinds=r i f b
  b3 = int_lt i1 10
  goto_if_not b3 -> 1 live(r0, i1, f2, b3)
  i1 = int_add i1 1
  merge r0, i1, 2.5 live(r0, i1)
1: merge r0, 0, f2 live(r0, f2)
`;

  test('layout: count, value operands, liveness; a terminator the verifier accepts at the end', () => {
    const j = parse(PORTAL).codes[0]!;
    const merges = instructions(j)
      .filter((i) => i.op === 'merge')
      .map((i) => i.pc);
    expect(merges).toHaveLength(2);
    const m = decode(j.code, merges[0]!);
    // Pool: 10, 1, 2.5, 0 in order of first use; 2.5 is the constant operand -3.
    expect(m).toMatchObject({ op: 'merge', values: [0, 1, -3], live: [0, 1] });
    expect(Array.from(j.code.subarray(m.pc, m.next))).toEqual([JOP.merge, 3, 0, 1, -3, 2, 0, 1]);
    expect(m.next).toBe(merges[1]);
    expect(decode(j.code, merges[1]!).next).toBe(j.code.length);
  });

  test('prints like the other control ops and parses back', () => {
    const once = print(PORTAL);
    expect(once).toContain('merge r0, i1, 2.5 live(r0, i1)');
    expect(once).toContain('merge r0, 0, f2 live(r0, f2)');
    expect(print(once)).toBe(once);
    expect(print('jitcode g() regs=0 kinds=\n  merge live()')).toContain('merge live()');
  });

  test('the verifier checks the operands against the jitcode arguments', () => {
    const asm = new JitcodeAssembler('f', 0, ['int'], [0]);
    asm.emit({ op: 'merge', values: [7], live: [] });
    expect(() => verifyJitcode(asm.finish())).toThrow(/register 7 out of range/);
    const big = new JitcodeAssembler('g', 0, ['int'], [0]);
    big.emit({ op: 'merge', values: [-5], live: [] });
    expect(() => verifyJitcode(big.finish())).toThrow(/constant 4 out of range/);
  });

  test('an inlined callee may not merge', () => {
    const t = new JitcodeTable();
    const caller = new JitcodeAssembler('caller', 0, ['int', 'int'], [0]);
    caller.emit({ op: 'inline_call', callee: 1, dst: 1, args: [0], live: [] });
    caller.emit({ op: 'return', value: 1 });
    t.add(caller.finish());
    const callee = new JitcodeAssembler('loop', 1, ['int'], [0]);
    callee.emit({ op: 'merge', values: [0], live: [0] });
    t.add(callee.finish());
    verifyJitcode(t.codes[1]!, t);
    expect(() => verifyJitcode(t.codes[0]!, t)).toThrow(/loop merges: only the portal merges/);
  });
});

describe('text round trip', () => {
  test('print(parse(text)) is a fixed point and the code arrays survive', () => {
    const a = parse(SAMPLES);
    const p1 = printJitcodes(a, { names: NAMES });
    const b = parse(p1);
    expect(printJitcodes(b, { names: NAMES })).toBe(p1);
    a.codes.forEach((j, k) => {
      expect(Array.from(b.codes[k]!.code)).toEqual(Array.from(j.code));
      expect(b.codes[k]!.values).toEqual(j.values);
    });
  });

  test('constants of every sort print and parse back', () => {
    const text = `
jitcode consts(r0) regs=8 kinds=r f f b r r r r
  f1 = move -0.0
  f2 = move NaN
  b3 = move false
  r4 = move "a \\"q\\" # not a comment"
  r5 = move ref(1.5)
  r6 = move undefined
  r7 = move @Point
  residual_call @escape(f1, f2, b3, r4, r5, r6, r7, null, -Infinity, 1e+21) residual live()
  return null
`;
    const once = print(text);
    expect(print(once)).toBe(once);
    const j = parse(once).codes[0]!;
    expect(Object.is(j.values[0], -0)).toBe(true);
    expect(j.values[1]).toBeNaN();
    expect(j.values).toContain('a "q" # not a comment');
    expect(j.values).toContain(JNS['Point']);
    expect(once).toContain('f1 = move -0.0');
    expect(once).toContain('r5 = move ref(1.5)');
  });
});

describe('refused', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['unknown op', 'jitcode f(i0) regs=1 kinds=i\n  guard_true i0 live()\n  return i0', /unknown jitcode op/],
    ['register kind mismatch', 'jitcode f(i0) regs=1 kinds=r\n  return i0', /register 0 is a ref/],
    ['operand kind', 'jitcode f(i0) regs=2 kinds=i f\n  f1 = int_add i0 1\n  return f1', /result register is a float/],
    ['argument kind', 'jitcode f(f0) regs=2 kinds=f i\n  i1 = int_add f0 1\n  return i1', /operand 0 is a float, expected int/],
    ['liveness misses a register', 'jitcode f(i0, i1) regs=3 kinds=i i b\n  b2 = int_lt i0 i1\n  goto_if_not b2 -> 1 live(i0, i1)\n  return i1\n1: return i0', /liveness misses register 2/],
    ['liveness after a call misses a register', 'jitcode f(i0) regs=2 kinds=i i\n  i1 = residual_call @sqrt(i0) pure live()\n  i1 = int_add i1 i0\n  return i1', /liveness misses register 0/],
    ['read before write', 'jitcode f(i0) regs=2 kinds=i i\n  i0 = int_add i1 1\n  return i0', /register 1 may be read before it is written/],
    ['unbound label', 'jitcode f(i0) regs=1 kinds=i\n  goto -> 5', /label \d+ is used but never bound/],
    ['running off the end', 'jitcode f(i0) regs=1 kinds=i\n  i0 = int_add i0 1', /run off its end/],
    ['inline call arity', 'jitcode f(i0) regs=1 kinds=i\n  i0 = inline_call g(i0, i0) live()\n  return i0\njitcode g(i0) regs=1 kinds=i\n  return i0', /g takes 1 arguments, got 2/],
    ['inline call result kind', 'jitcode f(i0) regs=2 kinds=i f\n  f1 = inline_call g(i0) live()\n  return f1\njitcode g(i0) regs=1 kinds=i\n  return i0', /returns a int into a float/],
    ['descriptor sort', 'jitcode f(r0) regs=2 kinds=r i\n  i1 = getfield r0 [any]\n  return i1', /needs a field descriptor/],
    ['missing result', 'jitcode f(i0) regs=1 kinds=i\n  int_add i0 1\n  return i0', /needs a result register/],
    ['unknown constant', 'jitcode f(r0) regs=1 kinds=r\n  return @Nope', /unknown constant @Nope/],
    ['switch on a bool', 'jitcode f(b0) regs=1 kinds=b\n  switch b0 {1 -> 1} else -> 1 live(b0)\n1: return 0', /switch value is a bool/],
    ['merge of too many values', 'jitcode f(i0) regs=1 kinds=i\n  merge i0, i0 live(i0)', /merge of 2 values, f takes 1 arguments/],
    ['merge of too few values', 'jitcode f(i0, i1) regs=2 kinds=i i\n  merge i0 live(i0)', /merge of 1 values, f takes 2 arguments/],
    ['merge value kind', 'jitcode f(i0) regs=2 kinds=i f\n  f1 = move 1.5\n  merge f1 live(f1)', /merge value 0 is a float, expected int/],
    ['merge liveness misses a value', 'jitcode f(i0, r1) regs=2 kinds=i r\n  merge i0, r1 live(i0)', /liveness misses register 1/],
    ['merge with a result', 'jitcode f(i0) regs=1 kinds=i\n  i0 = merge i0 live(i0)', /merge has no result/],
    ['merge of a register never written', 'jitcode f(i0) regs=2 kinds=i i\n  merge i1 live(i1)', /register 1 may be read before it is written/],
    ['inline call of a merging jitcode', 'jitcode f(i0) regs=1 kinds=i\n  i0 = inline_call g(i0) live()\n  return i0\njitcode g(i0) regs=1 kinds=i\n  merge i0 live(i0)', /g merges: only the portal merges/],
  ];
  test.each(bad)('%s', (_name, text, msg) => {
    expect(() => parse(text)).toThrow(msg);
  });

  test('liveness lists may hold more than needed', () => {
    expect(() => parse('jitcode f(i0, i1) regs=3 kinds=i i b\n  b2 = int_lt i0 i1\n  goto_if_not b2 -> 1 live(i0, i1, b2)\n  return i1\n1: return i0')).not.toThrow();
  });
});
