/**
 * Variable names for error messages (bytecode/names.ts), checked against what lua5.1 says for
 * the same statements ("attempt to call field 'z'", "attempt to index field 'y'", ...): the
 * failing instruction is located in the compiled code and the register the VM would report is
 * described as ldebug.c's getobjname/getfuncname do.
 */

import { compileSource } from '../../sample-vm/lua/bytecode/compiler';
import { describeCall, describeRegister, localName } from '../../sample-vm/lua/bytecode/names';
import { Op } from '../../sample-vm/lua/bytecode/opcodes';
import type { Proto } from '../../sample-vm/lua/bytecode/proto';

/** The pc of the last instruction with opcode `op` (the failing one in these snippets). */
function lastPc(p: Proto, op: number): number {
  const pc = p.op.lastIndexOf(op);
  if (pc < 0) throw new Error(`no such instruction: ${op}`);
  return pc;
}

describe('describeCall (getfuncname)', () => {
  test.each([
    // [source, function index (-1: main), lua5.1's "attempt to call <kind> '<name>'"]
    ['local x = {y = {}}; x.y.z()', -1, 'field', 'z'],
    ['a = {} a.b()', -1, 'field', 'b'],
    ['t = {} t:m()', -1, 'method', 'm'],
    ['undefinedglobal()', -1, 'global', 'undefinedglobal'],
    ['local u; function f() u() end f()', 0, 'upvalue', 'u'],
    ['local l; l()', -1, 'local', 'l'],
    ['local f; f(1, 2)', -1, 'local', 'f'],
    ['string.format(nil)', -1, 'field', 'format'],
    ['return ("x"):bad()', -1, 'method', 'bad'],
  ] as const)('%s', (source, fn, kind, name) => {
    const main = compileSource(source, '=t');
    const p = fn < 0 ? main : main.protos[fn]!;
    const op = p.op.includes(Op.TAILCALL) ? Op.TAILCALL : Op.CALL;
    // The statement's own call is the first CALL of the function here, or its TAILCALL.
    const pc = op === Op.TAILCALL ? lastPc(p, op) : p.op.indexOf(Op.CALL);
    expect(describeCall(p, pc)).toEqual({ kind, name });
  });

  test('only calls have a called name', () => {
    const p = compileSource('local x = y', '=t');
    expect(describeCall(p, 0)).toBeUndefined();
  });
});

describe('describeRegister (getobjname)', () => {
  test('index of a field: the table register of GETTABLE / SETTABLE', () => {
    const p = compileSource('local x = {} ; x.y.z = 1', '=t');
    const pc = lastPc(p, Op.SETTABLE);
    expect(describeRegister(p, pc, p.a[pc]!)).toEqual({ kind: 'field', name: 'y' });
    const q = compileSource('local t = {} local s = t.a.b', '=t');
    const qpc = lastPc(q, Op.GETTABLE);
    expect(describeRegister(q, qpc, q.b[qpc]!)).toEqual({ kind: 'field', name: 'a' });
    const r = compileSource('x = {} x.y.z.w = 1', '=t');
    const rpc = lastPc(r, Op.GETTABLE);
    expect(describeRegister(r, rpc, r.b[rpc]!)).toEqual({ kind: 'field', name: 'y' });
  });

  test('arithmetic, length and concatenation operands', () => {
    const p = compileSource('t = {} return t.x + 1', '=t');
    const pc = lastPc(p, Op.ADD);
    expect(describeRegister(p, pc, p.b[pc]!)).toEqual({ kind: 'field', name: 'x' });
    const q = compileSource('local a, b = 1; return #b', '=t');
    const qpc = lastPc(q, Op.LEN);
    expect(describeRegister(q, qpc, q.b[qpc]!)).toEqual({ kind: 'local', name: 'b' });
    // CONCAT works on a copy (MOVE 1 0): the copy is named after the local it was moved from.
    const r = compileSource('local a = {} return a .. "x"', '=t');
    const rpc = lastPc(r, Op.CONCAT);
    expect(describeRegister(r, rpc, r.b[rpc]!)).toEqual({ kind: 'local', name: 'a' });
  });

  test('a generic for over a non-function names nothing ("attempt to call a number value")', () => {
    const p = compileSource('for k in 5 do end', '=t');
    const pc = lastPc(p, Op.TFORLOOP);
    expect(describeRegister(p, pc, p.a[pc]! + 3)).toBeUndefined();
  });

  test('forward jumps over a setter are followed, as symbexec does', () => {
    // TESTSET 1 0 1; JMP +1; GETGLOBAL 1 g; CALL 1: on the path through the jump the last setter
    // of R1 is the TESTSET, so lua5.1 says "attempt to call a nil value", naming nothing.
    const p = compileSource('local c; (c or g)()', '=t');
    expect(describeCall(p, lastPc(p, Op.CALL))).toBeUndefined();
  });

  test('a constant key that is not a string names the field "?"', () => {
    const p = compileSource('local t = {} t[1]()', '=t');
    expect(describeCall(p, lastPc(p, Op.CALL))).toEqual({ kind: 'field', name: '?' });
  });
});

describe('localName (luaF_getlocalname)', () => {
  test('the n-th active local at a pc', () => {
    // LOADK 0; LOADK 1; GETGLOBAL 2; CALL 2; LOADK 1; GETGLOBAL 2; CALL 2; RETURN
    const p = compileSource('local a = 1 do local b = 2 f() end local c = 3 f()', '=t');
    expect(localName(p, 1, 1)).toBe('a');
    expect(localName(p, 2, 1)).toBeUndefined();
    expect(localName(p, 2, 2)).toBe('b');
    expect(localName(p, 2, 4)).toBeUndefined();
    expect(localName(p, 2, 5)).toBe('c');
    expect(describeRegister(p, 3, 1)).toEqual({ kind: 'local', name: 'b' });
  });
});
