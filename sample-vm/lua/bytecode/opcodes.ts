/**
 * The Lua bytecode: one table (OPS) from which the opcode numbers, names, operand modes and the
 * listing (disassemble.ts) derive, as LuaJIT derives everything from its IRDEF/BCDEF tables.
 *
 * The instruction set is Lua 5.1's (lopcodes.h), register based, with three simplifications
 * that a JavaScript VM can afford:
 * - Operands live in parallel arrays of a Proto (`op`, `a`, `b`, `c`), one element per
 *   instruction, never packed into a 32-bit word; `Bx` and `sBx` are both stored in `b`, sBx
 *   signed (no bias).
 * - An RK operand (a register or a constant) is a register when >= 0 and the constant
 *   `k[-1 - x]` when < 0 (`rkConstant`/`isConstant` below), so there is no 256-constant limit.
 * - CLOSURE takes its upvalues from the child Proto's `upvalues` descriptors, not from the
 *   pseudo-instructions that follow it in Lua 5.1; SETLIST's C is the block number itself
 *   (never 0, never followed by an extra word).
 *
 * Semantics (R = register of the current frame, K = constant, RK = either, U = upvalue,
 * Env = the running closure's environment table, pc = index of the NEXT instruction when an
 * instruction executes, FPF = FIELDS_PER_FLUSH = 50). Every table access and arithmetic
 * operation honours metamethods exactly as Lua 5.1's lvm.c does. A compare or TEST/TESTSET is
 * always followed by a JMP, which it either executes or skips.
 *
 *   MOVE      A B     R(A) := R(B)
 *   LOADK     A Bx    R(A) := K(Bx)
 *   LOADBOOL  A B C   R(A) := (B != 0); if (C != 0) pc++
 *   LOADNIL   A B     R(A) := ... := R(B) := nil
 *   GETUPVAL  A B     R(A) := U[B]
 *   GETGLOBAL A Bx    R(A) := Env[K(Bx)]
 *   GETTABLE  A B C   R(A) := R(B)[RK(C)]
 *   SETGLOBAL A Bx    Env[K(Bx)] := R(A)
 *   SETUPVAL  A B     U[B] := R(A)
 *   SETTABLE  A B C   R(A)[RK(B)] := RK(C)
 *   NEWTABLE  A B C   R(A) := {} with room for B array items and C hash items (plain counts)
 *   SELF      A B C   R(A+1) := R(B); R(A) := R(B)[RK(C)]
 *   ADD..POW  A B C   R(A) := RK(B) op RK(C)          (ADD SUB MUL DIV MOD POW)
 *   UNM NOT LEN A B   R(A) := op R(B)
 *   CONCAT    A B C   R(A) := R(B) .. ... .. R(C)     (B < C, right associative like Lua)
 *   JMP       sBx     pc += sBx
 *   EQ        A B C   if ((RK(B) == RK(C)) ~= A) then pc++
 *   LT        A B C   if ((RK(B) <  RK(C)) ~= A) then pc++
 *   LE        A B C   if ((RK(B) <= RK(C)) ~= A) then pc++
 *   TEST      A C     if not (truthy(R(A)) == (C != 0)) then pc++
 *   TESTSET   A B C   if (truthy(R(B)) == (C != 0)) then R(A) := R(B) else pc++
 *   CALL      A B C   R(A), ..., R(A+C-2) := R(A)(R(A+1), ..., R(A+B-1))
 *                     B = 0: the arguments run up to `top` (set by the previous CALL with
 *                     C = 0 or VARARG with B = 0); C = 0: all results are kept and `top` is
 *                     set after the last one.
 *   TAILCALL  A B C   return R(A)(R(A+1), ..., R(A+B-1))     (C is always 0)
 *   RETURN    A B     return R(A), ..., R(A+B-2)             (B = 0: up to `top`)
 *   FORLOOP   A sBx   R(A) += R(A+2); if (R(A+2) > 0 ? R(A) <= R(A+1) : R(A+1) <= R(A))
 *                     then { pc += sBx; R(A+3) := R(A) }
 *   FORPREP   A sBx   R(A), R(A+1), R(A+2) := tonumber of each (errors "'for' initial value
 *                     must be a number", "'for' limit ...", "'for' step ..."); R(A) -= R(A+2);
 *                     pc += sBx
 *   TFORLOOP  A C     R(A+3), ..., R(A+2+C) := R(A)(R(A+1), R(A+2));
 *                     if R(A+3) ~= nil then R(A+2) := R(A+3) else pc++
 *   SETLIST   A B C   R(A)[(C-1)*FPF + i] := R(A+i), 1 <= i <= B   (B = 0: up to `top`)
 *   CLOSE     A       close every open upvalue of a register >= A
 *   CLOSURE   A Bx    R(A) := a closure of protos[Bx] (upvalues per its descriptors)
 *   VARARG    A B     R(A), ..., R(A+B-2) := the frame's extra arguments
 *                     (B = 0: all of them, and `top` is set after the last)
 */

/** How an operand is read; drives the listing and the verifier. */
export type OperandMode =
  | 'unused'
  | 'reg' // a register index
  | 'rk' // a register (>= 0) or a constant (< 0)
  | 'kst' // a constant index (Bx)
  | 'upval' // an upvalue index
  | 'jump' // sBx: a signed pc offset
  | 'int' // a plain count or flag
  | 'proto'; // an index into protos

interface OpDef {
  readonly a: OperandMode;
  readonly b: OperandMode;
  readonly c: OperandMode;
  /** The instruction may be skipped by the one before it / skips the next (a test). */
  readonly test?: true;
  /** The instruction writes R(A). */
  readonly setsA?: true;
}

/** Opcode numbers (literal types, so a `switch` over them is over constants), in Lua 5.1's order. */
export const Op = {
  MOVE: 0,
  LOADK: 1,
  LOADBOOL: 2,
  LOADNIL: 3,
  GETUPVAL: 4,
  GETGLOBAL: 5,
  GETTABLE: 6,
  SETGLOBAL: 7,
  SETUPVAL: 8,
  SETTABLE: 9,
  NEWTABLE: 10,
  SELF: 11,
  ADD: 12,
  SUB: 13,
  MUL: 14,
  DIV: 15,
  MOD: 16,
  POW: 17,
  UNM: 18,
  NOT: 19,
  LEN: 20,
  CONCAT: 21,
  JMP: 22,
  EQ: 23,
  LT: 24,
  LE: 25,
  TEST: 26,
  TESTSET: 27,
  CALL: 28,
  TAILCALL: 29,
  RETURN: 30,
  FORLOOP: 31,
  FORPREP: 32,
  TFORLOOP: 33,
  SETLIST: 34,
  CLOSE: 35,
  CLOSURE: 36,
  VARARG: 37,
} as const;

export type OpName = keyof typeof Op;

/** The op table: every opcode's operand modes (the compiler checks it names each opcode once). */
export const OPS = {
  MOVE: { a: 'reg', b: 'reg', c: 'unused', setsA: true },
  LOADK: { a: 'reg', b: 'kst', c: 'unused', setsA: true },
  LOADBOOL: { a: 'reg', b: 'int', c: 'int', setsA: true },
  LOADNIL: { a: 'reg', b: 'reg', c: 'unused', setsA: true },
  GETUPVAL: { a: 'reg', b: 'upval', c: 'unused', setsA: true },
  GETGLOBAL: { a: 'reg', b: 'kst', c: 'unused', setsA: true },
  GETTABLE: { a: 'reg', b: 'reg', c: 'rk', setsA: true },
  SETGLOBAL: { a: 'reg', b: 'kst', c: 'unused' },
  SETUPVAL: { a: 'reg', b: 'upval', c: 'unused' },
  SETTABLE: { a: 'reg', b: 'rk', c: 'rk' },
  NEWTABLE: { a: 'reg', b: 'int', c: 'int', setsA: true },
  SELF: { a: 'reg', b: 'reg', c: 'rk', setsA: true },
  ADD: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  SUB: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  MUL: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  DIV: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  MOD: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  POW: { a: 'reg', b: 'rk', c: 'rk', setsA: true },
  UNM: { a: 'reg', b: 'reg', c: 'unused', setsA: true },
  NOT: { a: 'reg', b: 'reg', c: 'unused', setsA: true },
  LEN: { a: 'reg', b: 'reg', c: 'unused', setsA: true },
  CONCAT: { a: 'reg', b: 'reg', c: 'reg', setsA: true },
  JMP: { a: 'unused', b: 'jump', c: 'unused' },
  EQ: { a: 'int', b: 'rk', c: 'rk', test: true },
  LT: { a: 'int', b: 'rk', c: 'rk', test: true },
  LE: { a: 'int', b: 'rk', c: 'rk', test: true },
  TEST: { a: 'reg', b: 'unused', c: 'int', test: true },
  TESTSET: { a: 'reg', b: 'reg', c: 'int', test: true, setsA: true },
  CALL: { a: 'reg', b: 'int', c: 'int', setsA: true },
  TAILCALL: { a: 'reg', b: 'int', c: 'int' },
  RETURN: { a: 'reg', b: 'int', c: 'unused' },
  FORLOOP: { a: 'reg', b: 'jump', c: 'unused', setsA: true },
  FORPREP: { a: 'reg', b: 'jump', c: 'unused', setsA: true },
  TFORLOOP: { a: 'reg', b: 'unused', c: 'int', test: true },
  SETLIST: { a: 'reg', b: 'int', c: 'int' },
  CLOSE: { a: 'reg', b: 'unused', c: 'unused' },
  CLOSURE: { a: 'reg', b: 'proto', c: 'unused', setsA: true },
  VARARG: { a: 'reg', b: 'int', c: 'unused', setsA: true },
} as const satisfies Record<OpName, OpDef>;

/** Names by opcode number. */
export const OP_NAMES: readonly OpName[] = (Object.keys(Op) as OpName[]).sort((x, y) => Op[x] - Op[y]);

export function opDef(op: number): OpDef {
  const name = OP_NAMES[op];
  if (name === undefined) throw new RangeError(`unknown Lua opcode ${op}`);
  return OPS[name];
}

/** Lua 5.1's LFIELDS_PER_FLUSH: SETLIST block size. */
export const FIELDS_PER_FLUSH = 50;

/** The RK operand naming constant `index`. */
export function rkConstant(index: number): number {
  return -1 - index;
}

export function isConstant(rk: number): boolean {
  return rk < 0;
}

/** The constant index of an RK operand that is a constant. */
export function constantIndex(rk: number): number {
  return -1 - rk;
}
