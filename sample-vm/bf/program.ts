/**
 * Brainfuck source text → a compact program: parallel arrays of opcodes and arguments.
 *
 * Invariants of a `BfProgram` (the parser establishes them; the interpreter and the JavaScript
 * translator rely on them without checking):
 * - `ops.length === args.length === pos.length`, and the last instruction is the only `Halt`.
 * - Runs of `+`/`-` fold into one `Add n` with 1 <= n <= 255 (the net change modulo 256); runs
 *   of `<`/`>` fold into one `Move n` with n !== 0. Characters other than the eight commands
 *   are comments and do not break a run. A run whose net effect is nothing emits nothing. Folding
 *   never crosses a bracket, `.` or `,`.
 * - `JumpIfZero` (`[`) at i has as argument the index just after its matching `JumpUnlessZero`;
 *   `JumpUnlessZero` (`]`) at j has the index just after its matching `JumpIfZero`. Both targets
 *   are therefore in range, and the loop body of a `[` at i is `i+1 .. target-2`.
 * - `pos[pc]` is the source offset of the first character of instruction pc (for messages);
 *   `Halt`'s is the length of the source.
 *
 * An unmatched bracket is a `BfSyntaxError` whose message starts with `file:line:col:`
 * (1-based, columns counted in code points).
 */

import { jit } from '../../runtime/hints/index.js';

export const Op = {
  Add: 0,
  Move: 1,
  Out: 2,
  In: 3,
  JumpIfZero: 4,
  JumpUnlessZero: 5,
  Halt: 6,
} as const;
export type Op = (typeof Op)[keyof typeof Op];

export const OP_NAMES = {
  [Op.Add]: 'add',
  [Op.Move]: 'move',
  [Op.Out]: 'out',
  [Op.In]: 'in',
  [Op.JumpIfZero]: 'jz',
  [Op.JumpUnlessZero]: 'jnz',
  [Op.Halt]: 'halt',
} as const satisfies Record<Op, string>;

/** The `default` of an exhaustive switch; `jit.opaque`: never traced (it only runs on a bug). */
export const assertNever = jit.opaque(function assertNever(x: never, what: string): never {
  throw new Error(`unexpected ${what}: ${String(x)}`);
});

export class BfProgram {
  constructor(
    readonly file: string,
    readonly source: string,
    /** The instructions: `readonly` arrays, so the JIT reads them as immutable (trace constants at a green pc). */
    readonly ops: readonly Op[],
    readonly args: readonly number[],
    readonly pos: readonly number[],
  ) {}

  get length(): number {
    return this.ops.length;
  }

  /** `file:line:col` of a source offset. */
  where(offset: number): string {
    const { line, col } = lineCol(this.source, offset);
    return `${this.file}:${line}:${col}`;
  }
}

/** A guest error at run time (the pointer moved left of cell 0), naming the program position. */
export class BfRuntimeError extends Error {
  override name = 'BfRuntimeError';
}

export class BfSyntaxError extends Error {
  override name = 'BfSyntaxError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

export function lineCol(source: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset; k++) {
    if (source.charCodeAt(k) === 10) {
      line++;
      start = k + 1;
    }
  }
  return { line, col: [...source.slice(start, offset)].length + 1 };
}

export function parse(source: string, file = '<input>'): BfProgram {
  const ops: Op[] = [];
  const args: number[] = [];
  const pos: number[] = [];
  const open: number[] = []; // indices of unmatched JumpIfZero
  // The instruction a `+-` or `<>` run may still fold into, or -1 after anything else.
  let foldable = -1;
  const emit = (op: Op, arg: number, at: number): void => {
    ops.push(op);
    args.push(arg);
    pos.push(at);
  };
  const fold = (op: typeof Op.Add | typeof Op.Move, delta: number, at: number): void => {
    if (foldable >= 0 && ops[foldable] === op) {
      const n = op === Op.Add ? (args[foldable]! + delta) & 255 : args[foldable]! + delta;
      if (n === 0) {
        ops.pop();
        args.pop();
        pos.pop();
        // What precedes may be a run of the other kind: it may fold again (`+><+` is `add 2`).
        const last = ops.length - 1;
        foldable = last >= 0 && (ops[last] === Op.Add || ops[last] === Op.Move) ? last : -1;
      } else {
        args[foldable] = n;
      }
      return;
    }
    emit(op, op === Op.Add ? delta & 255 : delta, at);
    foldable = ops.length - 1;
  };
  for (let k = 0; k < source.length; k++) {
    switch (source.charCodeAt(k)) {
      case 43: // +
        fold(Op.Add, 1, k);
        break;
      case 45: // -
        fold(Op.Add, -1, k);
        break;
      case 62: // >
        fold(Op.Move, 1, k);
        break;
      case 60: // <
        fold(Op.Move, -1, k);
        break;
      case 46: // .
        emit(Op.Out, 0, k);
        foldable = -1;
        break;
      case 44: // ,
        emit(Op.In, 0, k);
        foldable = -1;
        break;
      case 91: // [
        open.push(ops.length);
        emit(Op.JumpIfZero, -1, k);
        foldable = -1;
        break;
      case 93: {
        // ]
        const start = open.pop();
        if (start === undefined) throw syntaxError(source, file, k, "unmatched ']' (no '[' is open here)");
        emit(Op.JumpUnlessZero, start + 1, k);
        args[start] = ops.length;
        foldable = -1;
        break;
      }
      default:
        break; // a comment character
    }
  }
  if (open.length > 0) {
    throw syntaxError(source, file, pos[open[open.length - 1]!]!, "unmatched '[' (no ']' closes it)");
  }
  emit(Op.Halt, 0, source.length);
  return new BfProgram(file, source, ops, args, pos);
}

function syntaxError(source: string, file: string, offset: number, what: string): BfSyntaxError {
  const { line, col } = lineCol(source, offset);
  return new BfSyntaxError(`${file}:${line}:${col}: ${what}`, file, line, col);
}

/** One instruction a line, `pc: name arg`: what tests compare parses with. */
export function disassemble(p: BfProgram): string {
  const lines: string[] = [];
  for (let pc = 0; pc < p.length; pc++) {
    const op = p.ops[pc] as Op;
    const name = OP_NAMES[op];
    switch (op) {
      case Op.Add:
      case Op.Move:
      case Op.JumpIfZero:
      case Op.JumpUnlessZero:
        lines.push(`${pc}: ${name} ${p.args[pc]}`);
        break;
      case Op.Out:
      case Op.In:
      case Op.Halt:
        lines.push(`${pc}: ${name}`);
        break;
      default:
        assertNever(op, 'opcode');
    }
  }
  return lines.join('\n');
}
