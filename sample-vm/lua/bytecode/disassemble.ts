/**
 * A readable listing of a Proto and its nested functions, in the layout of `luac -l -l`
 * (luac's print.c): a header per function, one line per instruction (1-based pc, [line], opcode,
 * operands, and a comment naming constants, globals, upvalues and jump targets), then the
 * constants, locals and upvalues. Operands print as luac prints them: an RK constant as
 * -1-index (which is this project's RK encoding itself), a Bx constant likewise, sBx signed.
 * Differences from luac, due to the encoding (opcodes.ts): no byte sizes or addresses; CLOSURE's
 * comment names the child function and the upvalues it captures (luac lists them as the MOVE /
 * GETUPVAL pseudo-instructions that follow it); SETLIST's C is always the block number.
 */

import { OP_NAMES, opDef, isConstant, constantIndex, type OperandMode } from './opcodes.js';
import type { Proto } from './proto.js';
import type { LuaValue } from '../value/value.js';
import { numberText, quoteString } from './lua-text.js';

export function disassemble(p: Proto): string {
  const out: string[] = [];
  printFunction(p, out);
  return out.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sourceName(source: string): string {
  return source.startsWith('@') || source.startsWith('=') ? source.slice(1) : '(string)';
}

function functionName(p: Proto): string {
  return `<${sourceName(p.source)}:${p.lineDefined},${p.lastLineDefined}>`;
}

function constantText(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return numberText(v);
    case 'string':
      return quoteString(v);
    default:
      return '?';
  }
}

function printFunction(p: Proto, out: string[]): void {
  out.push('');
  out.push(`${p.lineDefined === 0 ? 'main' : 'function'} ${functionName(p)} (${plural(p.size, 'instruction')})`);
  out.push(
    `${p.numParams}${p.isVararg ? '+' : ''} param${p.numParams === 1 ? '' : 's'}, ${plural(p.maxStack, 'slot')}, ` +
      `${plural(p.upvalues.length, 'upvalue')}, ${plural(p.locals.length, 'local')}, ` +
      `${plural(p.k.length, 'constant')}, ${plural(p.protos.length, 'function')}`,
  );
  for (let pc = 0; pc < p.size; pc++) out.push(instructionLine(p, pc));
  out.push(`constants (${p.k.length}):`);
  p.k.forEach((v, i) => out.push(`\t${i + 1}\t${constantText(v)}`));
  out.push(`locals (${p.locals.length}):`);
  p.locals.forEach((l, i) => out.push(`\t${i}\t${l.name}\t${l.startPc + 1}\t${l.endPc + 1}`));
  out.push(`upvalues (${p.upvalues.length}):`);
  p.upvalues.forEach((u, i) => out.push(`\t${i}\t${u.name}`));
  for (const child of p.protos) printFunction(child, out);
}

function operand(mode: OperandMode, x: number): string | undefined {
  switch (mode) {
    case 'unused':
      return undefined;
    case 'kst':
      return String(-1 - x);
    default:
      return String(x);
  }
}

/** One instruction as luac prints it: "\t<pc>\t[<line>]\t<OPNAME>\t<operands>\t; <comment>". */
export function instructionLine(p: Proto, pc: number): string {
  const name = OP_NAMES[p.op[pc]!]!;
  const comment = instructionComment(p, pc, name, p.b[pc]!, p.c[pc]!);
  return `\t${pc + 1}\t[${p.lines[pc]}]\t${name.padEnd(9)}\t${operandsText(p, pc)}${comment === '' ? '' : '\t; ' + comment}`;
}

/** An instruction's opcode and operands, as luac prints them ("GETTABLE 1 0 -2"). */
export function instructionText(p: Proto, pc: number): string {
  return `${OP_NAMES[p.op[pc]!]!} ${operandsText(p, pc)}`;
}

function operandsText(p: Proto, pc: number): string {
  const op = p.op[pc]!;
  const name = OP_NAMES[op]!;
  const def = opDef(op);
  const operands: string[] = [];
  if (name !== 'JMP') operands.push(String(p.a[pc]!));
  // luac prints TEST's B (an R operand in Lua 5.1's table, always 0).
  const ob = name === 'TEST' ? String(p.b[pc]!) : operand(def.b, p.b[pc]!);
  if (ob !== undefined) operands.push(ob);
  const oc = operand(def.c, p.c[pc]!);
  if (oc !== undefined) operands.push(oc);
  return operands.join(' ');
}

function rkText(p: Proto, x: number): string {
  return isConstant(x) ? constantText(p.k[constantIndex(x)]) : '-';
}

function instructionComment(p: Proto, pc: number, name: string, b: number, c: number): string {
  switch (name) {
    case 'LOADK':
      return constantText(p.k[b]);
    case 'GETUPVAL':
    case 'SETUPVAL':
      return p.upvalues[b]?.name ?? '-';
    case 'GETGLOBAL':
    case 'SETGLOBAL':
      return String(p.k[b]);
    case 'GETTABLE':
    case 'SELF':
      return isConstant(c) ? constantText(p.k[constantIndex(c)]) : '';
    case 'SETTABLE':
    case 'ADD':
    case 'SUB':
    case 'MUL':
    case 'DIV':
    case 'MOD':
    case 'POW':
    case 'EQ':
    case 'LT':
    case 'LE':
      return isConstant(b) || isConstant(c) ? `${rkText(p, b)} ${rkText(p, c)}` : '';
    case 'JMP':
    case 'FORLOOP':
    case 'FORPREP':
      return `to ${b + pc + 2}`;
    case 'SETLIST':
      return String(c);
    case 'CLOSURE': {
      const child = p.protos[b];
      if (child === undefined) return '?';
      const ups = child.upvalues.map((u) => `${u.name}=${u.inStack ? 'R' : 'U'}${u.index}`);
      return `function ${functionName(child)}${ups.length > 0 ? ' captures ' + ups.join(' ') : ''}`;
    }
    default:
      return '';
  }
}
