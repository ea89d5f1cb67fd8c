/**
 * The jitcode verifier: what the blackhole and the tracers may assume of a jitcode.
 *
 * Checked:
 * - every instruction decodes, operands are registers in range or pool constants of the right
 *   sort (a typed constant for values, a descriptor of the op's sort for descriptors);
 * - kinds: arguments as the op table demands ('any' takes every kind), results as the table
 *   fixes them or as the kind operand says ('any'), `goto_if_not` on a bool, `switch` on an
 *   int, `guard_class` on a ref with a constant class, `class_switch` on a ref with constant
 *   ref classes, none twice, `move` within one kind, `inline_call`
 *   arguments as the callee's argument registers and its result as every `return` of the
 *   callee, a residual call's function a ref; a `merge`'s values as the jitcode's own argument
 *   registers (they start the next iteration of the portal), and no `inline_call` of a callee
 *   that merges (only the outermost frame, the portal, merges);
 * - control: targets are instruction starts, the code cannot run off its end (every path ends in
 *   `return`, `raise` or `merge`);
 * - liveness: a register read at entry is an argument register; at every resume point the
 *   liveness list holds every register that may be read before it is written from there (the
 *   instruction itself for guard points, the next one for calls: resume data needs no more).
 * Lists may hold more than is needed; they are then only larger than necessary.
 */

import { OPS, type ArgType, type OpSpec } from '../ir/optable.js';
import { Const } from '../ir/trace.js';
import { type ValueType, assertNever } from '../ir/types.js';
import { type Insn, type Jitcode, JitcodeFormatError, type JitcodeTable, instructions, isDescr, isIrInsn, isReg, poolIndex } from './format.js';
import { CONTROL } from './opcodes.js';

export function verifyJitcode(j: Jitcode, table: JitcodeTable | null = null): void {
  const fail = (pc: number, msg: string): never => {
    throw new JitcodeFormatError(`${j.name}@${pc}: ${msg}`);
  };
  const insns = instructions(j);
  const starts = new Map<number, Insn>(insns.map((i) => [i.pc, i]));

  const regKind = (pc: number, r: number): ValueType => {
    const k = j.kinds[r];
    if (k === undefined) return fail(pc, `register ${r} out of range`);
    return k;
  };
  const kindOf = (pc: number, o: number): ValueType => {
    if (isReg(o)) return regKind(pc, o);
    const e = j.pool[poolIndex(o)];
    if (e === undefined) return fail(pc, `constant ${poolIndex(o)} out of range`);
    if (!(e instanceof Const)) return fail(pc, 'a descriptor used as a value');
    return e.type;
  };
  const want = (pc: number, o: number, t: ArgType, what: string): void => {
    const k = kindOf(pc, o);
    if (t !== 'any' && k !== t) fail(pc, `${what} is a ${k}, expected ${t}`);
  };
  const target = (pc: number, t: number): void => {
    if (!starts.has(t)) fail(pc, `target ${t} is not an instruction start`);
  };
  for (const r of j.args) regKind(-1, r);

  for (const i of insns) {
    const pc = i.pc;
    if ('live' in i) for (const r of i.live) regKind(pc, r);
    if (isIrInsn(i)) {
      const s: OpSpec = OPS[i.op];
      i.args.forEach((a, k) => want(pc, a, s.args[k]!, `operand ${k}`));
      if (s.result !== 'void') {
        const dk = regKind(pc, i.dst);
        const rk = s.result === 'any' ? i.kind! : s.result;
        if (dk !== rk) fail(pc, `result register is a ${dk}, ${i.op} gives ${rk}`);
        if (i.op === 'same_as' && kindOf(pc, i.args[0]!) !== rk) fail(pc, 'same_as changes the kind');
      }
      if (i.descr !== null) {
        if (isReg(i.descr)) fail(pc, 'descriptor operand is a register');
        const e = j.pool[poolIndex(i.descr)];
        if (e === undefined || !isDescr(e) || e.kind !== s.descr) fail(pc, `${i.op} needs a ${s.descr} descriptor`);
      }
      continue;
    }
    switch (i.op) {
      case 'goto':
        target(pc, i.target);
        break;
      case 'goto_if_not':
        want(pc, i.cond, 'bool', 'condition');
        target(pc, i.target);
        break;
      case 'switch':
        want(pc, i.reg, 'int', 'switch value');
        target(pc, i.dflt);
        for (const [, t] of i.cases) target(pc, t);
        if (new Set(i.cases.map(([v]) => v)).size !== i.cases.length) fail(pc, 'switch with a repeated case');
        break;
      case 'class_switch': {
        want(pc, i.reg, 'ref', 'class_switch value');
        target(pc, i.dflt);
        const classes = new Set<unknown>();
        i.cases.forEach(([c, t], k) => {
          if (isReg(c)) fail(pc, `class_switch case ${k} has a register for its class: classes are constants`);
          want(pc, c, 'ref', `class of case ${k}`);
          target(pc, t);
          classes.add((j.pool[poolIndex(c)] as Const).value);
        });
        if (classes.size !== i.cases.length) fail(pc, 'class_switch with a repeated class');
        break;
      }
      case 'inline_call': {
        if (table === null) break;
        const callee = table.codes[i.callee];
        if (!callee) return fail(pc, `no jitcode number ${i.callee}`);
        if (callee.args.length !== i.args.length) fail(pc, `${callee.name} takes ${callee.args.length} arguments, got ${i.args.length}`);
        i.args.forEach((a, k) => want(pc, a, callee.kinds[callee.args[k]!]!, `argument ${k}`));
        if (instructions(callee).some((ci) => ci.op === 'merge')) fail(pc, `${callee.name} merges: only the portal merges, it cannot be inlined`);
        if (i.dst >= 0) {
          const dk = regKind(pc, i.dst);
          for (const ci of instructions(callee)) {
            if (ci.op !== 'return') continue;
            const rk = isReg(ci.value) ? callee.kinds[ci.value] : (callee.pool[poolIndex(ci.value)] as Const | undefined)?.type;
            if (rk !== dk) fail(pc, `${callee.name} returns a ${rk} into a ${dk}`);
          }
        }
        break;
      }
      case 'residual_call':
        want(pc, i.fn, 'ref', 'function');
        for (const a of i.args) kindOf(pc, a);
        if (i.dst >= 0) regKind(pc, i.dst);
        break;
      case 'return':
      case 'raise':
        kindOf(pc, i.value);
        break;
      case 'promote':
        if (!isReg(i.reg)) fail(pc, 'promote of a constant');
        regKind(pc, i.reg);
        break;
      case 'guard_class':
        want(pc, i.reg, 'ref', 'guarded value');
        if (isReg(i.cls)) fail(pc, 'guard_class takes a constant class');
        want(pc, i.cls, 'ref', 'class');
        break;
      case 'move':
        if (kindOf(pc, i.src) !== regKind(pc, i.dst)) fail(pc, 'move between kinds');
        break;
      case 'merge':
        if (i.values.length !== j.args.length) fail(pc, `merge of ${i.values.length} values, ${j.name} takes ${j.args.length} arguments`);
        i.values.forEach((v, k) => want(pc, v, regKind(pc, j.args[k]!), `merge value ${k}`));
        break;
      default:
        assertNever(i, 'instruction');
    }
  }
  const last = insns[insns.length - 1];
  if (!last || !(isIrInsn(last) ? false : CONTROL[last.op].terminator)) fail(last?.pc ?? 0, 'the code can run off its end');
  checkLiveness(j, insns, fail);
}

/** Registers an instruction reads and the one it writes (-1 for none). */
export function usesAndDef(i: Insn): { uses: number[]; def: number } {
  const regs = (os: readonly number[]): number[] => os.filter(isReg);
  if (isIrInsn(i)) return { uses: regs(i.args), def: i.dst };
  switch (i.op) {
    case 'goto':
      return { uses: [], def: -1 };
    case 'goto_if_not':
      return { uses: regs([i.cond]), def: -1 };
    case 'switch':
    case 'class_switch':
    case 'promote':
      return { uses: regs([i.reg]), def: -1 };
    case 'inline_call':
      return { uses: regs(i.args), def: i.dst };
    case 'residual_call':
      return { uses: regs([i.fn, ...i.args]), def: i.dst };
    case 'return':
    case 'raise':
      return { uses: regs([i.value]), def: -1 };
    case 'guard_class':
      return { uses: regs([i.reg, i.cls]), def: -1 };
    case 'move':
      return { uses: regs([i.src]), def: i.dst };
    case 'merge':
      return { uses: regs(i.values), def: -1 };
    default:
      return assertNever(i, 'instruction');
  }
}

/** Positions control may go to after the instruction. */
export function successors(i: Insn): number[] {
  if (isIrInsn(i)) return [i.next];
  switch (i.op) {
    case 'goto':
      return [i.target];
    case 'goto_if_not':
      return [i.next, i.target];
    case 'switch':
    case 'class_switch':
      return [i.dflt, ...i.cases.map(([, t]) => t)];
    case 'return':
    case 'raise':
    case 'merge':
      return [];
    case 'inline_call':
    case 'residual_call':
    case 'promote':
    case 'guard_class':
    case 'move':
      return [i.next];
    default:
      return assertNever(i, 'instruction');
  }
}

/** The registers that may be read before written from each instruction on (live-in sets). */
export function liveIn(insns: readonly Insn[]): Map<number, Set<number>> {
  const live = new Map<number, Set<number>>(insns.map((i) => [i.pc, new Set<number>()]));
  const info = insns.map((i) => ({ i, ...usesAndDef(i), succ: successors(i) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = info.length - 1; k >= 0; k--) {
      const { i, uses, def, succ } = info[k]!;
      const set = live.get(i.pc)!;
      const before = set.size;
      for (const s of succ) for (const r of live.get(s) ?? []) if (r !== def) set.add(r);
      for (const r of uses) set.add(r);
      if (set.size !== before) changed = true;
    }
  }
  return live;
}

function checkLiveness(j: Jitcode, insns: readonly Insn[], fail: (pc: number, msg: string) => never): void {
  const live = liveIn(insns);
  const args = new Set(j.args);
  for (const r of live.get(0) ?? []) if (!args.has(r)) fail(0, `register ${r} may be read before it is written`);
  for (const i of insns) {
    if (!('live' in i)) continue;
    const have = new Set(i.live);
    let need: Set<number>;
    if (i.op === 'inline_call' || i.op === 'residual_call') {
      need = new Set([...live.get(i.next)!].filter((r) => r !== i.dst));
    } else {
      need = live.get(i.pc)!;
    }
    for (const r of need) if (!have.has(r)) fail(i.pc, `liveness misses register ${r}`);
  }
}
