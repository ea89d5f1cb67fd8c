/**
 * The op table's concrete semantics (`eval`, `holds`) against the JavaScript the backend emits
 * (`js`, `jsHolds` templates, and the backend's own code for overflow arithmetic), on edge and
 * random arguments, with arguments as variables and as the literals the backend prints.
 */

import { compileLoop } from '../../runtime/backend/index.js';
import { boolLiteral, numberLiteral } from '../../runtime/backend/literals.js';
import { execute } from '../../runtime/ir/executor.js';
import { type ArgType, OPCODES, OPS, type Opcode, type OpSpec } from '../../runtime/ir/optable.js';
import { FrameSnapshot, Trace, newInput, newOp } from '../../runtime/ir/trace.js';
import { FLOAT_EDGES, INT_EDGES, Obj, Rng } from '../support/random-trace.js';

const rng = new Rng(2024);
const REFS: readonly unknown[] = [null, undefined, 0, -0, NaN, 1.5, 'x', '', true, false, new Obj(), Obj, [1], Symbol.iterator];

function sample(t: ArgType): unknown {
  switch (t) {
    case 'int':
      return rng.chance(0.6) ? rng.pick(INT_EDGES) : rng.int32();
    case 'float':
      return rng.chance(0.6) ? rng.pick(FLOAT_EDGES) : rng.float();
    case 'bool':
      return rng.chance(0.5);
    case 'ref':
      return rng.pick(REFS);
    case 'any':
      return sample(rng.pick(['int', 'float', 'bool', 'ref'] as const));
  }
}

/** A literal the backend could print for the value, or null when it would go through K. */
function literal(v: unknown): string | null {
  if (typeof v === 'number') return numberLiteral(v);
  if (typeof v === 'boolean') return boolLiteral(v);
  return null;
}

const same = (a: unknown, b: unknown): boolean => Object.is(a, b);

const show = (xs: unknown[]): string => xs.map((x) => (typeof x === 'symbol' ? x.toString() : Object.is(x, -0) ? '-0' : typeof x === 'function' ? x.name : JSON.stringify(x) ?? String(x))).join(', ');

/** Fails with the op and its arguments (a plain check: jest matchers are slow in tight loops). */
function check(ok: boolean, what: string, args: unknown[], got: unknown, want: unknown): void {
  if (!ok) throw new Error(`${what}(${show(args)}): got ${show([got])}, want ${show([want])}`);
}

const templated = OPCODES.filter((op) => (OPS[op] as OpSpec).js !== undefined);
const guarded = OPCODES.filter((op) => (OPS[op] as OpSpec).jsHolds !== undefined);

describe('js templates compute eval', () => {
  it.each(templated)('%s', (opcode: Opcode) => {
    const spec = OPS[opcode] as OpSpec;
    const names = spec.args.map((_, k) => `a${k}`);
    const viaVars = new Function(...names, `return ${spec.js!(...names)};`) as (...a: unknown[]) => unknown;
    for (let trial = 0; trial < 400; trial++) {
      const args = spec.args.map(sample);
      // instance_of's second argument is a constant class (the lowering makes it one).
      if (opcode === 'instance_of') args[1] = rng.pick([Obj, Object, Array, Function]);
      const want = spec.eval!(...args);
      const got = viaVars(...args);
      check(same(got, want), opcode, args, got, want);
      const lits = args.map(literal);
      if (lits.every((l) => l !== null)) {
        const viaLits = new Function(`return ${spec.js!(...(lits as string[]))};`)() as unknown;
        check(same(viaLits, want), `${opcode} on literals`, args, viaLits, want);
      }
    }
  });
});

describe('jsHolds templates compute holds', () => {
  it.each(guarded)('%s', (opcode: Opcode) => {
    const spec = OPS[opcode] as OpSpec;
    const names = spec.args.map((_, k) => `a${k}`);
    const viaVars = new Function(...names, `return ${spec.jsHolds!(...names)};`) as (...a: unknown[]) => unknown;
    for (let trial = 0; trial < 400; trial++) {
      const args = spec.args.map(sample);
      if (opcode === 'guard_class') args[1] = rng.pick([Obj, Object, Array]);
      if (opcode === 'guard_value' && rng.chance(0.3)) args[1] = args[0];
      const want = spec.holds!(...args);
      const got = viaVars(...args);
      check(got === want, opcode, args, got, want);
    }
  });
});

describe('overflow arithmetic of the backend computes eval and holds', () => {
  it.each(['int_add_ovf', 'int_sub_ovf', 'int_mul_ovf'] as const)('%s', (opcode) => {
    const spec = OPS[opcode] as OpSpec;
    const a = newInput('int');
    const b = newInput('int');
    const r = newOp(opcode, [a, b], undefined, null, new FrameSnapshot(0, 0, [a, b], null));
    const t = new Trace([a, b], [r, newOp('finish', [], undefined, null, new FrameSnapshot(0, 1, [r], null))]);
    const c = compileLoop(t, 1);
    for (let trial = 0; trial < 2000; trial++) {
      const x = sample('int') as number;
      const y = trial % 3 === 0 ? (sample('int') as number) : rng.range(-70000, 70000);
      const S: unknown[] = [x, y];
      const id = c.fn(S);
      const exit = c.exits.find((e) => e.id === id)!;
      const holds = spec.holds!(x, y);
      check(exit.kind === (holds ? 'finish' : 'guard'), `${opcode} exit`, [x, y], exit.kind, holds ? 'finish' : 'guard');
      if (holds) check(same(S[0], spec.eval!(x, y)), opcode, [x, y], S[0], spec.eval!(x, y));
      const ref = execute(t, [x, y]);
      check(ref.kind === 'exit' && ref.op === exit.op, `${opcode} executor exit`, [x, y], ref.kind, exit.kind);
    }
  });
});
