/**
 * Instruction emission and jump lists, as Lua 5.1's lcode.c: a list of pending jumps is chained
 * through the sBx of its JMPs (NO_JUMP ends it), so that forward jumps are patched once their
 * target is known. A jump whose controlling instruction is a TESTSET can deliver a value: when
 * its list is patched to a register (`patchListAux` with `reg`), the TESTSET stores there, and
 * otherwise it becomes a plain TEST.
 *
 * Invariants: every instruction is appended by `code`, which first patches the jumps pending to
 * the current pc (`jpc`); a compare/TEST/TESTSET is always immediately followed by its JMP.
 */

import { Op, opDef } from './opcodes.js';
import { NO_JUMP, NO_REG } from './expdesc.js';
import type { FuncState } from './funcstate.js';

/** Appends an instruction (luaK_code); returns its pc. */
export function code(fs: FuncState, op: number, a: number, b: number, c: number): number {
  dischargeJpc(fs);
  fs.op.push(op);
  fs.a.push(a);
  fs.b.push(b);
  fs.c.push(c);
  fs.lines.push(fs.line);
  return fs.op.length - 1;
}

/** luaK_nil: R(from) ... R(from+n-1) := nil, merged into a preceding LOADNIL when safe. */
export function codeNil(fs: FuncState, from: number, n: number): void {
  if (fs.pc > fs.lastTarget) {
    // No jump lands here, so the previous instruction always runs before this one.
    if (fs.pc === 0) {
      if (from >= fs.nactvar) return; // a fresh frame's registers are already nil
    } else {
      const prev = fs.pc - 1;
      if (fs.op[prev] === Op.LOADNIL) {
        const pfrom = fs.a[prev]!;
        const pto = fs.b[prev]!;
        if (pfrom <= from && from <= pto + 1) {
          if (from + n - 1 > pto) fs.b[prev] = from + n - 1;
          return;
        }
      }
    }
  }
  code(fs, Op.LOADNIL, from, from + n - 1, 0);
}

/** An unconditional jump, to be patched; it also carries the jumps pending to here. */
export function jump(fs: FuncState): number {
  const jpc = fs.jpc;
  fs.jpc = NO_JUMP;
  const j = code(fs, Op.JMP, 0, NO_JUMP, 0);
  return concat(fs, j, jpc);
}

export function ret(fs: FuncState, first: number, nret: number): void {
  code(fs, Op.RETURN, first, nret + 1, 0);
}

/** A test instruction and its JMP; returns the JMP's pc. */
export function condJump(fs: FuncState, op: number, a: number, b: number, c: number): number {
  code(fs, op, a, b, c);
  return jump(fs);
}

function fixJump(fs: FuncState, pc: number, dest: number): void {
  fs.b[pc] = dest - (pc + 1);
}

/** The current pc, marked as a jump target. */
export function getLabel(fs: FuncState): number {
  fs.lastTarget = fs.pc;
  return fs.pc;
}

/** The next element of the jump list after `pc`. */
function getJump(fs: FuncState, pc: number): number {
  const offset = fs.b[pc]!;
  return offset === NO_JUMP ? NO_JUMP : pc + 1 + offset;
}

/** The instruction that controls the jump at `pc`: the test before it, or the jump itself. */
export function jumpControl(fs: FuncState, pc: number): number {
  if (pc >= 1 && opDef(fs.op[pc - 1]!).test === true) return pc - 1;
  return pc;
}

/** Whether some jump of the list does not deliver a value (is not controlled by a TESTSET). */
export function needValue(fs: FuncState, list: number): boolean {
  for (; list !== NO_JUMP; list = getJump(fs, list)) {
    if (fs.op[jumpControl(fs, list)] !== Op.TESTSET) return true;
  }
  return false;
}

function patchTestReg(fs: FuncState, node: number, reg: number): boolean {
  const i = jumpControl(fs, node);
  if (fs.op[i] !== Op.TESTSET) return false;
  if (reg !== NO_REG && reg !== fs.b[i]) {
    fs.a[i] = reg;
  } else {
    // No register to put the value in, or it is already there: a plain test.
    fs.op[i] = Op.TEST;
    fs.a[i] = fs.b[i]!;
    fs.b[i] = 0;
  }
  return true;
}

/** Turns every TESTSET of the list into a TEST (the value is not wanted). */
export function removeValues(fs: FuncState, list: number): void {
  for (; list !== NO_JUMP; list = getJump(fs, list)) patchTestReg(fs, list, NO_REG);
}

/** Patches the list: value-delivering jumps go to `vtarget` (storing into `reg`), others to `dtarget`. */
export function patchListAux(fs: FuncState, list: number, vtarget: number, reg: number, dtarget: number): void {
  while (list !== NO_JUMP) {
    const next = getJump(fs, list);
    if (patchTestReg(fs, list, reg)) fixJump(fs, list, vtarget);
    else fixJump(fs, list, dtarget);
    list = next;
  }
}

function dischargeJpc(fs: FuncState): void {
  if (fs.jpc === NO_JUMP) return;
  patchListAux(fs, fs.jpc, fs.pc, NO_REG, fs.pc);
  fs.jpc = NO_JUMP;
}

export function patchList(fs: FuncState, list: number, target: number): void {
  if (target === fs.pc) patchToHere(fs, list);
  else patchListAux(fs, list, target, NO_REG, target);
}

export function patchToHere(fs: FuncState, list: number): void {
  getLabel(fs);
  fs.jpc = concat(fs, fs.jpc, list);
}

/** luaK_concat: appends list l2 to list l1; returns the joined list. */
export function concat(fs: FuncState, l1: number, l2: number): number {
  if (l2 === NO_JUMP) return l1;
  if (l1 === NO_JUMP) return l2;
  let list = l1;
  let next: number;
  while ((next = getJump(fs, list)) !== NO_JUMP) list = next;
  fixJump(fs, list, l2);
  return l1;
}
