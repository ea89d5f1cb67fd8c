/**
 * A parsed Brainfuck program translated straight to JavaScript: the "same program, no
 * interpreter" column of the benchmark.
 *
 * Same semantics as sample-vm/bf/interpreter.ts: byte cells wrapping both ways, a tape of
 * `MIN_TAPE` cells growing to the right (`growTape`), the pointer checked after each folded
 * `<>` run (`leftOfTape` names the same position), `,` at end of input leaving the cell as it
 * is. Shape for V8: a loop whose body (nested loops included) holds more than `INLINE_LIMIT`
 * instructions, or that contains a loop of its own, becomes a function of its own
 * `(st, ptr) → ptr`; smaller innermost loops are inlined as `while` loops. The tape is a local
 * of every function, reloaded from `st.tape` after any call (a call may have grown it).
 *
 * Generated source holds only names made up here and integers printed by `ownInteger` (the
 * instruction arguments and positions, which are integers by the program's invariants); the
 * I/O object and the helpers reach it as parameters of the `new Function`.
 */

import { MIN_TAPE, growTape, leftOfTape } from '../../sample-vm/bf/interpreter.js';
import type { BfIO } from '../../sample-vm/bf/io.js';
import { Op, assertNever, type BfProgram } from '../../sample-vm/bf/program.js';
import { ownInteger } from '../../runtime/backend/literals.js';

export const INLINE_LIMIT = 48;

export interface Translated {
  readonly source: string;
  /** Runs the program on `io`; returns the final tape and pointer. */
  run(io: BfIO): { tape: Uint8Array; ptr: number };
}

interface Helpers {
  grow(st: { tape: Uint8Array }, ptr: number): Uint8Array;
  fail(pc: number): Error;
}

export function translate(program: BfProgram): Translated {
  const fns: string[] = [];
  const { ops, args } = program;
  const lit = ownInteger;

  /** Whether the loop opened at `pc` contains another loop. */
  const hasInner = (pc: number): boolean => {
    for (let k = pc + 1; k < args[pc]! - 1; k++) if (ops[k] === Op.JumpIfZero) return true;
    return false;
  };

  /** Statements for instructions from..to-1 (a balanced range), indented. */
  const body = (from: number, to: number, pad: string): string[] => {
    const lines: string[] = [];
    for (let pc = from; pc < to; pc++) {
      const op = ops[pc] as Op;
      switch (op) {
        case Op.Add:
          lines.push(`${pad}tape[ptr] = (tape[ptr] + ${lit(args[pc]!)}) & 255;`);
          break;
        case Op.Move:
          lines.push(`${pad}ptr += ${lit(args[pc]!)};`);
          if (args[pc]! < 0) lines.push(`${pad}if (ptr < 0) { st.tape = tape; st.ptr = ptr - ${lit(args[pc]!)}; throw h.fail(${lit(pc)}); }`);
          else lines.push(`${pad}if (ptr >= tape.length) tape = h.grow(st, ptr);`);
          break;
        case Op.Out:
          lines.push(`${pad}io.write(tape[ptr]);`);
          break;
        case Op.In:
          lines.push(`${pad}{ const b = io.read(); if (b >= 0) tape[ptr] = b; }`);
          break;
        case Op.JumpIfZero: {
          const end = args[pc]!; // just after the matching `]`
          if (end - pc - 2 > INLINE_LIMIT || hasInner(pc)) {
            const name = `loop_${lit(pc)}`;
            fns.push(
              [`function ${name}(st, ptr) {`, '  let tape = st.tape;', '  while (tape[ptr] !== 0) {', ...body(pc + 1, end - 1, '    '), '  }', '  st.tape = tape;', '  return ptr;', '}'].join('\n'),
            );
            lines.push(`${pad}if (tape[ptr] !== 0) { st.tape = tape; ptr = ${name}(st, ptr); tape = st.tape; }`);
          } else {
            lines.push(`${pad}while (tape[ptr] !== 0) {`, ...body(pc + 1, end - 1, pad + '  '), `${pad}}`);
          }
          pc = end - 1;
          break;
        }
        case Op.JumpUnlessZero:
          throw new Error(`unbalanced range at ${pc}`);
        case Op.Halt:
          break;
        default:
          assertNever(op, 'opcode');
      }
    }
    return lines;
  };

  const main = ['function main(st) {', '  let tape = st.tape;', '  let ptr = 0;', ...body(0, program.length, '  '), '  st.tape = tape;', '  st.ptr = ptr;', '}'].join('\n');
  const source = `'use strict';\n${fns.join('\n')}\n${main}\nreturn main;\n`;
  const make = new Function('io', 'h', source) as (io: BfIO, h: Helpers) => (st: { tape: Uint8Array; ptr: number }) => void;
  const h: Helpers = {
    grow: (st, ptr) => (st.tape = growTape(st.tape, ptr)),
    fail: (pc) => leftOfTape(program, pc),
  };
  return {
    source,
    run(io) {
      const st = { tape: new Uint8Array(MIN_TAPE), ptr: 0 };
      make(io, h)(st);
      return st;
    },
  };
}
