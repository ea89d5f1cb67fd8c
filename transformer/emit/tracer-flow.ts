/**
 * The build-time analysis behind a generated tracer: the basic blocks of a jitcode and, at
 * every point, which registers are ALWAYS constant boxes when the generic tracer interprets it
 * (so the generated code holds them unboxed) and which hold a box the recorder cannot know
 * anything about (so the generated code need not `resolve` it).
 *
 * Constant registers (`konst`), a forward must-analysis over the control-flow graph:
 * - at entry, the registers listed as constant (a portal's greens: the runner passes them as
 *   constants at every step);
 * - a pool constant is constant; the result of a value op, `getfield_imm`, `getarrayitem_imm`
 *   or a pure `residual_call` with a result is constant when all its operands are (the
 *   recorder folds those); `promote r` and `switch r` make r constant (promoted); `move`
 *   copies; every other write makes its destination not constant;
 * - at a join, constant only when constant on every incoming path. A register not yet written
 *   counts as constant (the top of the lattice): on a path where it is unset it cannot be read
 *   (the verifier's liveness), so only the paths that write it decide.
 *
 * Fresh registers (`fresh`, the origin of the box or -1): a box the recorder has never been
 * told is a constant (`Recorder.resolve` would give it back unchanged). A value op recorded in
 * this run, `new` and `new_array`, and calls give a fresh box (their own op, or a constant);
 * `move` copies the origin. The recorder learns constants from guards: a guard on a fresh
 * register (goto_if_not, switch, promote) makes every register of the same origin not fresh; a
 * guard on any other box, or an `inline_call` (its callee may guard anything it can reach),
 * makes no register fresh. `guard_class` and `class_switch` teach the recorder a class, never a
 * constant: they change nothing here. Reads of the heap are never fresh (the heap cache may forward a box
 * the recorder already knows).
 *
 * Invariants: states only move down the lattice, so the fixpoint terminates; the state a block
 * starts with is the meet of the states at the ends of the edges into it, and `transfer`
 * replays any instruction on a state, so the emitter walks a block with exactly the states the
 * analysis used.
 */

import { OPS, type OpSpec } from '../../runtime/ir/optable.js';
import { type Insn, type Jitcode, instructions, isIrInsn, isReg } from '../../runtime/jitcode/format.js';
import { CONTROL, isValueJitOp } from '../../runtime/jitcode/opcodes.js';
import { liveIn, successors } from '../../runtime/jitcode/verify.js';

/** What is known of every register at one point. */
export interface FlowState {
  /** 1 where the register is always a constant box here. */
  readonly konst: Uint8Array;
  /** The origin (pc of the instruction that made the box) of a fresh register, else -1. */
  readonly fresh: Int32Array;
}

export interface Block {
  /** Position of the first instruction (the block's name). */
  readonly start: number;
  readonly insns: readonly Insn[];
  /** The position control falls through to after the last instruction, or null (terminator). */
  readonly fallthrough: number | null;
}

export interface TracerFlow {
  /** The blocks reachable from the entry, in code order. */
  readonly blocks: readonly Block[];
  /** The state at the start of each reachable block. */
  readonly entry: ReadonlyMap<number, FlowState>;
  /** The registers read before written from each position (the verifier's live-in sets). */
  readonly live: ReadonlyMap<number, ReadonlySet<number>>;
  /** Does some jump go backwards (a loop inside the jitcode)? */
  readonly hasBackEdge: boolean;
}

export function copyState(s: FlowState): FlowState {
  return { konst: s.konst.slice(), fresh: s.fresh.slice() };
}

/** Is the value operand a constant box in state s (a pool constant, or a constant register)? */
export function isStatic(s: FlowState, operand: number): boolean {
  return !isReg(operand) || s.konst[operand] === 1;
}

/** Is the register's box one the recorder knows nothing about (no `resolve` needed)? */
export function isFresh(s: FlowState, reg: number): boolean {
  return s.fresh[reg]! >= 0;
}

/** Does the instruction, in state s, compute a constant without the recorder? */
export function isStaticInsn(i: Insn, s: FlowState): boolean {
  if (isIrInsn(i)) {
    if (isValueJitOp(i.op) || i.op === 'getfield_imm' || i.op === 'getarrayitem_imm') return i.args.every((a) => isStatic(s, a));
    return false;
  }
  if (i.op === 'residual_call') return i.effect === 'pure' && i.dst >= 0 && isStatic(s, i.fn) && i.args.every((a) => isStatic(s, a));
  return false;
}

/** A guard on register r was recorded: the recorder may now know its box (and its aliases). */
function guarded(s: FlowState, r: number): void {
  const origin = s.fresh[r]!;
  if (origin < 0) s.fresh.fill(-1);
  else for (let k = 0; k < s.fresh.length; k++) if (s.fresh[k] === origin) s.fresh[k] = -1;
}

function define(s: FlowState, r: number, konst: boolean, origin: number): void {
  s.konst[r] = konst ? 1 : 0;
  s.fresh[r] = konst ? -1 : origin;
}

/** The state after instruction i (the same on every edge out of it); s is updated in place. */
export function transfer(i: Insn, s: FlowState): void {
  if (isIrInsn(i)) {
    if (i.dst < 0) return;
    const spec: OpSpec = OPS[i.op];
    const konst = isStaticInsn(i, s);
    const makesBox = isValueJitOp(i.op) || spec.allocates === true;
    define(s, i.dst, konst, makesBox ? i.pc : -1);
    return;
  }
  switch (i.op) {
    case 'goto':
    case 'return':
    case 'raise':
    case 'merge':
    case 'guard_class':
    case 'class_switch':
      return;
    case 'goto_if_not':
      if (!isStatic(s, i.cond)) guarded(s, i.cond);
      return;
    case 'switch':
    case 'promote':
      if (!isStatic(s, i.reg)) {
        guarded(s, i.reg);
        define(s, i.reg, true, -1);
      }
      return;
    case 'inline_call':
      s.fresh.fill(-1);
      if (i.dst >= 0) define(s, i.dst, false, -1);
      return;
    case 'residual_call':
      if (i.dst >= 0) define(s, i.dst, isStaticInsn(i, s), i.pc);
      return;
    case 'move':
      if (isReg(i.src)) {
        s.konst[i.dst] = s.konst[i.src]!;
        s.fresh[i.dst] = s.fresh[i.src]!;
      } else {
        define(s, i.dst, true, -1);
      }
      return;
  }
}

/** Meet `from` into `into`; true when `into` changed. */
function meet(into: FlowState, from: FlowState): boolean {
  let changed = false;
  for (let r = 0; r < into.konst.length; r++) {
    if (into.konst[r] === 1 && from.konst[r] === 0) {
      into.konst[r] = 0;
      changed = true;
    }
    if (into.fresh[r] !== from.fresh[r] && into.fresh[r] !== -1) {
      into.fresh[r] = -1;
      changed = true;
    }
  }
  return changed;
}

/** Does the instruction jump to targets it names (`goto_if_not` also falls through)? */
const isJump = (i: Insn): boolean => i.op === 'goto' || i.op === 'goto_if_not' || i.op === 'switch' || i.op === 'class_switch';

/** The blocks of a jitcode: leaders are the entry, every jump target, and what follows a terminator. */
function splitBlocks(insns: readonly Insn[]): Block[] {
  const leaders = new Set<number>([0]);
  for (const i of insns) {
    if (isIrInsn(i)) continue;
    if (isJump(i)) for (const t of successors(i)) leaders.add(t);
    if (CONTROL[i.op].terminator) leaders.add(i.next);
  }
  const blocks: Block[] = [];
  let current: Insn[] = [];
  for (let k = 0; k < insns.length; k++) {
    const i = insns[k]!;
    current.push(i);
    const next = insns[k + 1];
    if (next === undefined || leaders.has(next.pc)) {
      const last = current[current.length - 1]!;
      const falls = isIrInsn(last) || !CONTROL[last.op].terminator;
      blocks.push({ start: current[0]!.pc, insns: current, fallthrough: falls ? last.next : null });
      current = [];
    }
  }
  return blocks;
}

/** The edges out of a block walked from state s: (target, state at the jump), in code order. */
export function blockEdges(b: Block, s: FlowState): Array<[number, FlowState]> {
  const out: Array<[number, FlowState]> = [];
  for (const i of b.insns) {
    transfer(i, s);
    if (isIrInsn(i)) continue;
    if (i.op === 'goto_if_not') out.push([i.target, copyState(s)]);
    else if (isJump(i)) for (const t of successors(i)) out.push([t, copyState(s)]);
  }
  if (b.fallthrough !== null) out.push([b.fallthrough, copyState(s)]);
  return out;
}

/** Analyze jitcode j entered with the registers `entryConstants` constant. */
export function analyzeFlow(j: Jitcode, entryConstants: readonly number[]): TracerFlow {
  const insns = instructions(j);
  const all = splitBlocks(insns);
  const byStart = new Map(all.map((b) => [b.start, b]));
  const n = j.regs;
  const start: FlowState = { konst: new Uint8Array(n).fill(1), fresh: new Int32Array(n).fill(-1) };
  for (const r of j.args) start.konst[r] = 0;
  for (const r of entryConstants) start.konst[r] = 1;

  const entry = new Map<number, FlowState>([[0, start]]);
  const work: number[] = [0];
  let hasBackEdge = false;
  while (work.length > 0) {
    work.sort((a, b) => b - a);
    const at = work.pop()!;
    const b = byStart.get(at)!;
    const last = b.insns[b.insns.length - 1]!;
    for (const [target, s] of blockEdges(b, copyState(entry.get(at)!))) {
      if (target <= last.pc) hasBackEdge = true;
      const have = entry.get(target);
      if (have === undefined) entry.set(target, s);
      else if (!meet(have, s)) continue;
      if (!work.includes(target)) work.push(target);
    }
  }
  const blocks = all.filter((b) => entry.has(b.start));
  return { blocks, entry, live: liveIn(insns), hasBackEdge };
}
