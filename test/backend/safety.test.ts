/**
 * Backend: no guest string or value is ever spliced into generated source, numbers are printed
 * exactly, and compiled functions are named and tagged with a sourceURL.
 */

import { generateFragment } from '../../runtime/backend/codegen.js';
import { compileLoop } from '../../runtime/backend/index.js';
import { boolLiteral, isPlainIdentifier, numberLiteral } from '../../runtime/backend/literals.js';
import { execute } from '../../runtime/ir/executor.js';
import {
  Const,
  FrameSnapshot,
  type Op,
  Trace,
  constFloat,
  constInt,
  constRef,
  fieldDescr,
  newInput,
  newOp,
} from '../../runtime/ir/trace.js';
import { parse } from '../support/trace-text.js';

/** Strings that would break out of a string literal, a comment, a template or a script tag. */
const NASTY = [
  'dq"uote',
  "sq'uote",
  'end*/comment',
  'new\nline',
  'cr\rreturn',
  'tmpl${globalThis.pwned = 1}',
  'back`tick',
  '</script><script>',
  'ls\u2028sep',
  'ps\u2029sep',
  'back\\slash',
  '/* open',
  '// line',
  ')]};pwned();({',
  'constructor',
  '__proto__x',
  'héllo wörld',
  '',
];

function snap(values: Array<Op | Const>): FrameSnapshot {
  return new FrameSnapshot(0, 0, values, null);
}

describe('guest strings never reach generated source', () => {
  // For every nasty name: read the field of that name, check it holds the name itself (a
  // string constant), overwrite it with another nasty string, pass strings to a call.
  const obj = newInput('ref');
  const ops: Op[] = [];
  const reads: Op[] = [];
  NASTY.forEach((name, k) => {
    const r = newOp('getfield', [obj], 'ref', fieldDescr(name));
    ops.push(r);
    reads.push(r);
    ops.push(newOp('guard_value', [r, constRef(name)], undefined, null, snap([constInt(k), r])));
    ops.push(newOp('setfield', [obj, constRef(NASTY[(k + 1) % NASTY.length])], undefined, fieldDescr(name)));
  });
  const join = (...xs: unknown[]): string => xs.join('|');
  const joined = newOp('call', [constRef(join), ...NASTY.map((s) => constRef(s))], 'ref', null, snap([]));
  ops.push(joined);
  ops.push(newOp('finish', [], undefined, null, snap([joined, ...reads])));
  const trace = new Trace([obj], ops);

  const input = (): Record<string, string> => Object.fromEntries(NASTY.map((n) => [n, n]));

  it('compiles, and the source contains none of the strings', () => {
    const { source } = compileLoop(trace, 1);
    for (const s of NASTY) if (s.length > 1 && !isPlainIdentifier(s)) expect(source).not.toContain(s);
    for (const bad of ['</script>', '\u2028', '\u2029', '${', '`', '*/', 'pwned', '\r']) expect(source).not.toContain(bad);
    // Only identifiers go after a dot.
    expect(source).not.toMatch(/\.\s*["'[]/);
  });

  it('behaves like the executor', () => {
    const c = compileLoop(trace, 1);
    const o = input();
    const S: unknown[] = [o];
    const id = c.fn(S);
    const exit = c.exits.find((e) => e.id === id)!;
    expect(exit.kind).toBe('finish');
    expect(S[0]).toBe(NASTY.join('|'));
    expect(S.slice(1, 1 + NASTY.length)).toEqual(NASTY);
    NASTY.forEach((n, k) => expect(o[n]).toBe(NASTY[(k + 1) % NASTY.length]));
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    const o2 = input();
    const r = execute(trace, [o2]);
    expect(r.kind === 'exit' && r.values).toEqual(S.slice(0, 1 + NASTY.length));
    expect(o2).toEqual(o);
  });

  it('a failing string guard exits with the right value', () => {
    const c = compileLoop(trace, 1);
    const o = input();
    o[NASTY[3]!] = 'other';
    const S: unknown[] = [o];
    const id = c.fn(S);
    const exit = c.exits.find((e) => e.id === id)!;
    expect(exit.op).toBe(ops[3 * 3 + 1]);
    // The constant 3 of the snapshot is not a fail arg: only the read value is written.
    expect(exit.failArgs).toEqual([ops[3 * 3]]);
    expect(S[0]).toBe('other');
  });

  it('plain identifiers are emitted after a dot, keywords included', () => {
    const t = parse('[r0]\ni1 = getfield(r0, .x)\ni2 = getfield(r0, .class)\ni3 = getfield(r0, .$_9)\nfinish() [0@0: i1, i2, i3]');
    const c = compileLoop(t, 1);
    expect(c.source).toContain('r0.x');
    expect(c.source).toContain('r0.class');
    expect(c.source).toContain('r0.$_9');
    const S: unknown[] = [{ x: 1, class: 2, $_9: 3 }];
    c.fn(S);
    expect(S.slice(0, 3)).toEqual([1, 2, 3]);
  });
});

describe('numbers are printed exactly, or passed through K', () => {
  const FLOATS = [0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e21, 1e-7, 0.1, -1.5e-300, 2 ** 53 + 2, 1.7976931348623157e308, -123.456];
  const INTS = [0, -1, 1, 2147483647, -2147483648, -42];

  it.each(FLOATS)('float constant %p', (x) => {
    // -0.0 + x is x for every x, including -0; negation exercises `-${a}` with a negative literal.
    const t = new Trace([newInput('float')], []);
    const f0 = t.inputs[0]!;
    const sum = newOp('float_add', [f0, constFloat(x)]);
    const neg = newOp('float_neg', [constFloat(x)]);
    const eq = newOp('guard_value', [sum, constFloat(x)], undefined, null, snap([sum]));
    t.ops.push(sum, neg, eq, newOp('finish', [], undefined, null, snap([sum, neg])));
    const c = compileLoop(t, 1);
    const S: unknown[] = [-0];
    const id = c.fn(S);
    const exit = c.exits.find((e) => e.id === id)!;
    expect(exit.kind).toBe('finish');
    expect(Object.is(S[0], x)).toBe(true);
    expect(Object.is(S[1], -x)).toBe(true);
  });

  it.each(INTS)('int constant %p', (x) => {
    const t = new Trace([newInput('int')], []);
    const i0 = t.inputs[0]!;
    const sum = newOp('int_add', [i0, constInt(x)]);
    const neg = newOp('int_neg', [constInt(x)]);
    const sub = newOp('int_sub', [constInt(0), constInt(x)]);
    t.ops.push(sum, neg, sub, newOp('finish', [], undefined, null, snap([sum, neg, sub])));
    const S: unknown[] = [0];
    compileLoop(t, 1).fn(S);
    expect(S.slice(0, 3)).toEqual([x, -x | 0, (0 - x) | 0]);
  });

  it('numberLiteral reads back exactly and never splices a non-number', () => {
    for (const x of [...FLOATS, ...INTS, 123456789.123, -0.5, 1 / 3]) {
      const lit = numberLiteral(x);
      expect(Object.is(new Function(`return ${lit};`)(), x)).toBe(true);
      expect(Object.is(new Function('a', `return a - ${lit};`)(0), 0 - x)).toBe(true);
      expect(Object.is(new Function(`return -${lit};`)(), -x)).toBe(true);
    }
    expect(() => numberLiteral('1; pwned()' as unknown as number)).toThrow(TypeError);
    expect(() => boolLiteral('true || pwned()' as unknown as boolean)).toThrow(TypeError);
  });

  it('constants of the wrong JavaScript type go through K, not into the source', () => {
    const t = new Trace([], []);
    const weird = new Const('int', '1; globalThis.pwned = 1; //');
    const s = newOp('same_as', [weird], 'int');
    t.ops.push(s, newOp('finish', [], undefined, null, snap([s])));
    const c = compileLoop(t, 1, { verify: false });
    expect(c.source).not.toContain('pwned');
    const S: unknown[] = [];
    c.fn(S);
    expect(S[0]).toBe('1; globalThis.pwned = 1; //');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('isPlainIdentifier accepts only strict ASCII identifiers', () => {
    for (const ok of ['x', '_', '$', 'a1', 'class', 'A_$9']) expect(isPlainIdentifier(ok)).toBe(true);
    for (const bad of ['', '1a', 'a-b', 'a b', 'é', 'a\u2028', 'a"', 'a.b', 'x\n']) expect(isPlainIdentifier(bad)).toBe(false);
  });
});

describe('naming', () => {
  it('functions are named loop_N and tagged with a sourceURL that shows in stack traces', () => {
    const t = parse('[r0]\ni1 = getfield(r0, .x)\nfinish() [0@0: i1]');
    const c = compileLoop(t, 12);
    expect(c.name).toBe('loop_12');
    expect(c.source).toContain('function loop_12(S)');
    expect(c.source.trimEnd().endsWith('//# sourceURL=metajit://loop-12.js')).toBe(true);
    expect(c.fn.name).toBe('loop_12');
    let stack = '';
    try {
      c.fn([null]);
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    expect(stack).toContain('metajit://loop-12.js');
    expect(stack).toContain('loop_12');
  });
});

describe('fragment plans', () => {
  it('refuse names and URLs that are not plain', () => {
    const t = parse('[i0]\nfinish() [0@0: i0]');
    const plan = { name: 'loop_1', sourceURL: 'metajit://loop-1.js', selfLoop: 1, exitLoop: 1 };
    expect(() => generateFragment(t, plan)).not.toThrow();
    expect(() => generateFragment(t, { ...plan, name: 'f(){}; pwned(); function g' })).toThrow('bad fragment name');
    expect(() => generateFragment(t, { ...plan, sourceURL: 'metajit://x.js\npwned()' })).toThrow('bad source URL');
    expect(() => generateFragment(t, { ...plan, selfLoop: 1.5 })).toThrow(TypeError);
  });
});
