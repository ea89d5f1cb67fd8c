/**
 * The jitcode format: one traced function lowered to a register-based, three-address code.
 *
 * A `Jitcode` is a name, a number (its index in its `JitcodeTable`), the argument registers,
 * the kind of every register (`int`, `float`, `bool`, `ref`: the IR's value types), a constant
 * pool and the code, a flat `Int32Array`:
 *
 *     opcode, operands...                    opcode numbers from opcodes.ts (`JOP`)
 *
 * Operands:
 * - a *value operand* is a register index (>= 0) or a constant, `-(k+1)` for pool entry k;
 * - a *destination* is a register index; in `inline_call` and `residual_call` it may be -1 (the
 *   result is not kept);
 * - a *descriptor* operand is a constant operand whose pool entry is a `FieldDescr` or
 *   `ArrayDescr`; a *kind* operand is a `KIND_CODE`; targets, counts, switch values, callee
 *   numbers and effect classes are plain integers; a *class* operand (`class_switch`) is a
 *   constant operand whose pool entry is a ref constant holding the class.
 *
 * Layouts (after the opcode):
 *
 *     IR op          [dst] [kind] args... [descr]     dst unless the result is void, kind when
 *                                                     the table's result is 'any'
 *     goto           target
 *     goto_if_not    cond target LIVE
 *     switch         reg default n (value target)*n LIVE
 *     class_switch   reg default n (cls target)*n LIVE
 *     inline_call    callee dst n args*n LIVE
 *     residual_call  fn dst effect n args*n LIVE
 *     return         value
 *     raise          value
 *     promote        reg LIVE
 *     guard_class    reg cls LIVE
 *     move           dst src
 *     merge          n values*n LIVE
 *
 * where LIVE is `count, reg*count`. `merge` ends one iteration of an interpreter's dispatch
 * loop (the portal): back at the merge point with the values, which are value operands.
 *
 * `class_switch` is the dispatch of a polymorphic method call: control goes to the case whose
 * class is exactly the class of the value in reg (`Object.getPrototypeOf(v) === cls.prototype`,
 * what `guard_class` holds), else to default, which must be correct for a value of any class. A
 * tracer guards a matching case with `guard_class` at this instruction (a failing guard resumes
 * here, and the blackhole picks the case of the new class); it follows the default unguarded.
 *
 * Liveness is the resume contract. The frame `(code, pc, values of LIVE at pc)` is enough to go
 * on from the instruction at pc:
 * - at `goto_if_not`, `switch`, `class_switch`, `promote`, `guard_class` (where a guard can
 *   fail): the instruction is executed again, so LIVE holds its operands and every register
 *   read later;
 * - at `inline_call`: the frame waits for its callee's result, which goes to dst, and goes on
 *   at the next instruction; LIVE holds the registers read after the call (not dst);
 * - at `residual_call`: the state when the call raised (an exception exit); nothing resumes
 *   there (there are no catch regions), LIVE holds the registers read after the call;
 * - at `merge`: a snapshot taken there resumes by merging again, so LIVE holds the registers
 *   among its values.
 *
 * Invariants (checked by `verifyJitcode`): operands are in range and of the kinds the op table
 * and the layouts demand, targets are instruction starts, every path ends in `return`, `raise` or
 * `merge`, and liveness covers every register that may be read before it is written after
 * resuming.
 */

import { type ArrayDescr, Const, type Descr, type FieldDescr } from '../ir/trace.js';
import { OPS, type OpSpec } from '../ir/optable.js';
import { type ValueType, assertNever } from '../ir/types.js';
import { type ControlOpcode, EFFECTS, type Effect, type IrJitOpcode, JIT_OPS, JOP, KINDS, KIND_CODE, isControlOp } from './opcodes.js';

/** A pool entry: a typed constant, or a descriptor. */
export type PoolEntry = Const | FieldDescr | ArrayDescr;

export const isDescr = (e: PoolEntry): e is FieldDescr | ArrayDescr => (e as Descr).kind === 'field' || (e as Descr).kind === 'array';

/** A value operand that is a register. */
export const isReg = (operand: number): boolean => operand >= 0;
/** The pool index of a constant operand. */
export const poolIndex = (operand: number): number => -operand - 1;
/** The constant operand of pool entry k. */
export const constOperand = (k: number): number => -(k + 1);

export class Jitcode {
  /** Register kinds as `KIND_CODE`s, for the interpreters' inner loops. */
  readonly kindCodes: Uint8Array;
  /** The pool with constants unboxed (descriptors as they are), for the blackhole. */
  readonly values: readonly unknown[];

  constructor(
    readonly name: string,
    readonly number: number,
    /** The registers that receive the arguments, in order. */
    readonly args: readonly number[],
    /** The kind of each register; the register count is its length. */
    readonly kinds: readonly ValueType[],
    readonly pool: readonly PoolEntry[],
    readonly code: Int32Array,
  ) {
    this.kindCodes = Uint8Array.from(kinds, (k) => KIND_CODE[k]);
    this.values = pool.map((e) => (e instanceof Const ? e.value : e));
  }

  get regs(): number {
    return this.kinds.length;
  }
}

/** The jitcodes of one program, numbered by position: `inline_call` names callees by number. */
export class JitcodeTable {
  readonly codes: Jitcode[] = [];
  private readonly names = new Map<string, Jitcode>();

  add(j: Jitcode): Jitcode {
    if (j.number !== this.codes.length) throw new Error(`jitcode ${j.name} has number ${j.number}, expected ${this.codes.length}`);
    if (this.names.has(j.name)) throw new Error(`two jitcodes named ${j.name}`);
    this.codes.push(j);
    this.names.set(j.name, j);
    return j;
  }

  get(n: number): Jitcode {
    const j = this.codes[n];
    if (!j) throw new Error(`no jitcode number ${n}`);
    return j;
  }

  byName(name: string): Jitcode {
    const j = this.names.get(name);
    if (!j) throw new Error(`no jitcode named ${name}`);
    return j;
  }
}

// ---- decoded instructions (printer, verifier, resume; never the interpreters' inner loops) ----

interface At {
  /** Position of the opcode. */
  readonly pc: number;
  /** Position of the next instruction. */
  readonly next: number;
}

/** An IR operation. */
export interface IrBody {
  readonly op: IrJitOpcode;
  /** Result register, -1 for void ops. */
  readonly dst: number;
  /** Result kind when the table's result is 'any', else null. */
  readonly kind: ValueType | null;
  readonly args: readonly number[];
  /** The descriptor's constant operand, or null. */
  readonly descr: number | null;
}

export type ControlBody =
  | { readonly op: 'goto'; readonly target: number }
  | { readonly op: 'goto_if_not'; readonly cond: number; readonly target: number; readonly live: readonly number[] }
  | { readonly op: 'switch'; readonly reg: number; readonly dflt: number; readonly cases: ReadonlyArray<readonly [number, number]>; readonly live: readonly number[] }
  /** Cases are (class operand, target). */
  | { readonly op: 'class_switch'; readonly reg: number; readonly dflt: number; readonly cases: ReadonlyArray<readonly [number, number]>; readonly live: readonly number[] }
  | { readonly op: 'inline_call'; readonly callee: number; readonly dst: number; readonly args: readonly number[]; readonly live: readonly number[] }
  | { readonly op: 'residual_call'; readonly fn: number; readonly dst: number; readonly effect: Effect; readonly args: readonly number[]; readonly live: readonly number[] }
  | { readonly op: 'return' | 'raise'; readonly value: number }
  | { readonly op: 'promote'; readonly reg: number; readonly live: readonly number[] }
  | { readonly op: 'guard_class'; readonly reg: number; readonly cls: number; readonly live: readonly number[] }
  | { readonly op: 'move'; readonly dst: number; readonly src: number }
  | { readonly op: 'merge'; readonly values: readonly number[]; readonly live: readonly number[] };

/** An instruction without its position, as the assembler takes it. */
export type InsnBody = IrBody | ControlBody;

export type IrInsn = IrBody & At;
export type ControlInsn = ControlBody & At;
export type Insn = IrInsn | ControlInsn;

export function isIrInsn(i: Insn): i is IrInsn;
export function isIrInsn(i: InsnBody): i is IrBody;
export function isIrInsn(i: Insn | InsnBody): boolean {
  return !isControlOp(i.op);
}

export class JitcodeFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JitcodeFormatError';
  }
}

function readLive(code: Int32Array, p: number): { live: number[]; next: number } {
  const n = code[p]!;
  if (!(n >= 0) || p + 1 + n > code.length) throw new JitcodeFormatError(`bad liveness count ${n} at ${p}`);
  return { live: Array.from(code.subarray(p + 1, p + 1 + n)), next: p + 1 + n };
}

/** Decode the instruction at pc. */
export function decode(code: Int32Array, pc: number): Insn {
  const opnum = code[pc]!;
  const op = JIT_OPS[opnum];
  if (op === undefined) throw new JitcodeFormatError(`bad opcode ${opnum} at ${pc}`);
  let p = pc + 1;
  const at = (n: number): number => {
    if (n >= code.length) throw new JitcodeFormatError(`instruction at ${pc} runs past the end of the code`);
    return code[n]!;
  };
  if (!isControlOp(op)) {
    const s: OpSpec = OPS[op];
    const dst = s.result === 'void' ? -1 : at(p++);
    let kind: ValueType | null = null;
    if (s.result === 'any') {
      kind = KINDS[at(p++)] ?? null;
      if (kind === null) throw new JitcodeFormatError(`bad kind at ${p - 1}`);
    }
    const args: number[] = [];
    for (let k = 0; k < s.args.length; k++) args.push(at(p++));
    const descr = s.descr ? at(p++) : null;
    return { op, pc, next: p, dst, kind, args, descr };
  }
  switch (op) {
    case 'goto':
      return { op, pc, next: p + 1, target: at(p) };
    case 'goto_if_not': {
      const cond = at(p);
      const target = at(p + 1);
      const { live, next } = readLive(code, p + 2);
      return { op, pc, next, cond, target, live };
    }
    case 'switch':
    case 'class_switch': {
      const reg = at(p);
      const dflt = at(p + 1);
      const n = at(p + 2);
      p += 3;
      const cases: Array<readonly [number, number]> = [];
      for (let k = 0; k < n; k++, p += 2) cases.push([at(p), at(p + 1)]);
      const { live, next } = readLive(code, p);
      return { op, pc, next, reg, dflt, cases, live };
    }
    case 'inline_call': {
      const callee = at(p);
      const dst = at(p + 1);
      const n = at(p + 2);
      p += 3;
      const args: number[] = [];
      for (let k = 0; k < n; k++) args.push(at(p++));
      const { live, next } = readLive(code, p);
      return { op, pc, next, callee, dst, args, live };
    }
    case 'residual_call': {
      const fn = at(p);
      const dst = at(p + 1);
      const effect = EFFECTS[at(p + 2)];
      if (effect === undefined) throw new JitcodeFormatError(`bad effect class at ${p + 2}`);
      const n = at(p + 3);
      p += 4;
      const args: number[] = [];
      for (let k = 0; k < n; k++) args.push(at(p++));
      const { live, next } = readLive(code, p);
      return { op, pc, next, fn, dst, effect, args, live };
    }
    case 'return':
    case 'raise':
      return { op, pc, next: p + 1, value: at(p) };
    case 'promote': {
      const reg = at(p);
      const { live, next } = readLive(code, p + 1);
      return { op, pc, next, reg, live };
    }
    case 'guard_class': {
      const reg = at(p);
      const cls = at(p + 1);
      const { live, next } = readLive(code, p + 2);
      return { op, pc, next, reg, cls, live };
    }
    case 'move':
      return { op, pc, next: p + 2, dst: at(p), src: at(p + 1) };
    case 'merge': {
      const n = at(p);
      p += 1;
      const values: number[] = [];
      for (let k = 0; k < n; k++) values.push(at(p++));
      const { live, next } = readLive(code, p);
      return { op, pc, next, values, live };
    }
    default:
      return assertNever(op, 'control opcode');
  }
}

/** Encode one instruction (targets already resolved to positions). */
export function encode(i: InsnBody, out: number[]): void {
  out.push(JOP[i.op]);
  if (isIrInsn(i)) {
    const ir = i;
    const s: OpSpec = OPS[ir.op];
    if (s.result !== 'void') out.push(ir.dst);
    if (s.result === 'any') out.push(KIND_CODE[ir.kind!]);
    if (ir.args.length !== s.args.length) throw new JitcodeFormatError(`${ir.op} takes ${s.args.length} operands, got ${ir.args.length}`);
    out.push(...ir.args);
    if (s.descr) {
      if (ir.descr === null) throw new JitcodeFormatError(`${ir.op} needs a descriptor`);
      out.push(ir.descr);
    }
    return;
  }
  const c: ControlBody = i;
  const live = (l: readonly number[]): void => {
    out.push(l.length, ...l);
  };
  const op: ControlOpcode = c.op;
  switch (c.op) {
    case 'goto':
      out.push(c.target);
      return;
    case 'goto_if_not':
      out.push(c.cond, c.target);
      live(c.live);
      return;
    case 'switch':
    case 'class_switch':
      out.push(c.reg, c.dflt, c.cases.length);
      for (const [v, t] of c.cases) out.push(v, t);
      live(c.live);
      return;
    case 'inline_call':
      out.push(c.callee, c.dst, c.args.length, ...c.args);
      live(c.live);
      return;
    case 'residual_call':
      out.push(c.fn, c.dst, EFFECTS.indexOf(c.effect), c.args.length, ...c.args);
      live(c.live);
      return;
    case 'return':
    case 'raise':
      out.push(c.value);
      return;
    case 'promote':
      out.push(c.reg);
      live(c.live);
      return;
    case 'guard_class':
      out.push(c.reg, c.cls);
      live(c.live);
      return;
    case 'move':
      out.push(c.dst, c.src);
      return;
    case 'merge':
      out.push(c.values.length, ...c.values);
      live(c.live);
      return;
    default:
      return assertNever(c, `control op ${op}`);
  }
}

/** Every instruction of a jitcode, in order. */
export function instructions(j: Jitcode): Insn[] {
  const out: Insn[] = [];
  for (let pc = 0; pc < j.code.length; ) {
    const i = decode(j.code, pc);
    out.push(i);
    pc = i.next;
  }
  return out;
}

/** The target of the `switch` at pc for the value v (the default when no case matches). */
export function switchTarget(code: Int32Array, pc: number, v: number): number {
  const n = code[pc + 3]!;
  for (let p = pc + 4, end = p + 2 * n; p < end; p += 2) if (code[p] === v) return code[p + 1]!;
  return code[pc + 2]!;
}

/**
 * The matching case of the `class_switch` at pc for the value v: the position of its
 * (cls, target) pair, or -1 when no case's class is exactly v's (control goes to the default).
 * `values` is the jitcode's pool unboxed (`Jitcode.values`).
 */
export function classSwitchCase(code: Int32Array, values: readonly unknown[], pc: number, v: unknown): number {
  if (v === null || v === undefined) return -1;
  const proto: unknown = Object.getPrototypeOf(v);
  const n = code[pc + 3]!;
  for (let p = pc + 4, end = p + 2 * n; p < end; p += 2) {
    if ((values[-code[p]! - 1] as { prototype: unknown }).prototype === proto) return p;
  }
  return -1;
}

/** The liveness list of the instruction at pc (an error when it carries none). */
export function liveAt(j: Jitcode, pc: number): readonly number[] {
  const i = decode(j.code, pc);
  if (!('live' in i)) throw new JitcodeFormatError(`${j.name}@${pc}: ${i.op} carries no liveness`);
  return i.live;
}
