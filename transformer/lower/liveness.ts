/**
 * Liveness of lowered code, computed before assembly: a backward dataflow over the lowering's
 * instruction list, whose jump targets are still labels.
 *
 * The code is a list of instructions; `labelAt[l]` is the index of the instruction label l is
 * bound before (an index equal to the list length never occurs: the lowering always ends with
 * a terminator). live-in(i) = uses(i) ∪ (⋃ live-in(succ) − def(i)), iterated to the fixed
 * point (sets only grow, so it terminates).
 *
 * What each instruction carries (the resume contract of runtime/jitcode/format.ts):
 * - guard points (`goto_if_not`, `switch`, `class_switch`, `promote`, `guard_class`): live-in
 *   of the instruction itself, since it runs again on resume;
 * - calls (`inline_call`, `residual_call`): live-out minus the call's destination;
 * - `merge`: the registers among its values (it resumes by merging again).
 *
 * Invariant: the lists are sorted, so the printed jitcode does not depend on set order.
 */

import type { InsnBody } from '../../runtime/jitcode/format.js';
import { isIrInsn } from '../../runtime/jitcode/format.js';
import { assertNever } from '../../runtime/ir/types.js';

const regs = (os: readonly number[]): number[] => os.filter((o) => o >= 0);

function usesDef(i: InsnBody): { uses: number[]; def: number } {
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
    case 'guard_class':
      return { uses: regs([i.reg, i.cls]), def: -1 };
    case 'inline_call':
      return { uses: regs(i.args), def: i.dst };
    case 'residual_call':
      return { uses: regs([i.fn, ...i.args]), def: i.dst };
    case 'return':
    case 'raise':
      return { uses: regs([i.value]), def: -1 };
    case 'move':
      return { uses: regs([i.src]), def: i.dst };
    case 'merge':
      return { uses: regs(i.values), def: -1 };
    default:
      return assertNever(i, 'instruction');
  }
}

function succs(i: InsnBody, k: number, labelAt: readonly number[]): number[] {
  if (isIrInsn(i)) return [k + 1];
  switch (i.op) {
    case 'goto':
      return [labelAt[i.target]!];
    case 'goto_if_not':
      return [k + 1, labelAt[i.target]!];
    case 'switch':
    case 'class_switch':
      return [labelAt[i.dflt]!, ...i.cases.map(([, t]) => labelAt[t]!)];
    case 'return':
    case 'raise':
    case 'merge':
      return [];
    case 'inline_call':
    case 'residual_call':
    case 'promote':
    case 'guard_class':
    case 'move':
      return [k + 1];
    default:
      return assertNever(i, 'instruction');
  }
}

/** The code with every liveness list filled in. */
export function withLiveness(code: readonly InsnBody[], labelAt: readonly number[]): InsnBody[] {
  const info = code.map((i, k) => ({ ...usesDef(i), succ: succs(i, k, labelAt) }));
  const liveIn = code.map(() => new Set<number>());
  const liveOut = (k: number): Set<number> => {
    const out = new Set<number>();
    for (const s of info[k]!.succ) for (const r of liveIn[s] ?? []) out.add(r);
    return out;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = code.length - 1; k >= 0; k--) {
      const { uses, def } = info[k]!;
      const set = liveIn[k]!;
      const before = set.size;
      for (const r of liveOut(k)) if (r !== def) set.add(r);
      for (const r of uses) set.add(r);
      if (set.size !== before) changed = true;
    }
  }
  const sorted = (s: Iterable<number>): number[] => [...s].sort((a, b) => a - b);
  return code.map((i, k) => {
    if (isIrInsn(i)) return i;
    switch (i.op) {
      case 'goto_if_not':
      case 'switch':
      case 'class_switch':
      case 'promote':
      case 'guard_class':
        return { ...i, live: sorted(liveIn[k]!) };
      case 'inline_call':
      case 'residual_call':
        return { ...i, live: sorted([...liveOut(k)].filter((r) => r !== i.dst)) };
      case 'merge':
        return { ...i, live: sorted(new Set(regs(i.values))) };
      default:
        return i;
    }
  });
}
