/**
 * The jitcode assembler: builds a `Jitcode` from instructions whose jump targets are labels.
 *
 * The text parser uses it, and so will the lowering. Labels are small integers handed out by
 * `label()` and placed by `bind()`; instructions are encoded once every label is placed, so a
 * jump may go forward or backward.
 *
 * Invariants:
 * - The pool holds each constant (by type and value, `Object.is`, so 0 and -0 differ) and each
 *   descriptor once, in order of first use.
 * - An instruction's size does not depend on its targets, so positions are computed before the
 *   targets are known.
 * - `finish` checks that every label used was bound and returns a jitcode `verifyJitcode`
 *   accepts when the instructions were well formed (it does not verify by itself: the parser
 *   and the lowering decide when).
 */

import type { ArrayDescr, Const, FieldDescr } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { type InsnBody, Jitcode, type PoolEntry, constOperand, encode } from './format.js';

export class JitcodeAssembler {
  private readonly pool: PoolEntry[] = [];
  private readonly constIndex = new Map<ValueType, Map<unknown, number>>();
  private readonly minusZero = new Map<ValueType, number>();
  private readonly descrIndex = new Map<FieldDescr | ArrayDescr, number>();
  private readonly insns: InsnBody[] = [];
  /** Label number → instruction index it is bound before (-1 while unbound). */
  private readonly labels: number[] = [];

  constructor(
    readonly name: string,
    readonly number: number,
    readonly kinds: readonly ValueType[],
    readonly args: readonly number[],
  ) {}

  /** The constant operand of a typed constant. */
  const_(c: Const): number {
    const v = c.value;
    if (typeof v === 'number' && Object.is(v, -0)) {
      let k = this.minusZero.get(c.type);
      if (k === undefined) {
        k = this.pool.push(c) - 1;
        this.minusZero.set(c.type, k);
      }
      return constOperand(k);
    }
    let m = this.constIndex.get(c.type);
    if (!m) this.constIndex.set(c.type, (m = new Map()));
    let k = m.get(v);
    if (k === undefined) {
      k = this.pool.push(c) - 1;
      m.set(v, k);
    }
    return constOperand(k);
  }

  /** The constant operand of a descriptor. */
  descr(d: FieldDescr | ArrayDescr): number {
    let k = this.descrIndex.get(d);
    if (k === undefined) {
      k = this.pool.push(d) - 1;
      this.descrIndex.set(d, k);
    }
    return constOperand(k);
  }

  label(): number {
    return this.labels.push(-1) - 1;
  }

  bind(label: number): void {
    if (this.labels[label] === undefined) throw new Error(`${this.name}: no label ${label}`);
    if (this.labels[label] !== -1) throw new Error(`${this.name}: label ${label} bound twice`);
    this.labels[label] = this.insns.length;
  }

  /** Append an instruction; its targets (goto, goto_if_not, switch, class_switch) are label numbers. */
  emit(i: InsnBody): void {
    this.insns.push(i);
  }

  finish(): Jitcode {
    const starts: number[] = [];
    let pos = 0;
    const scratch: number[] = [];
    for (const i of this.insns) {
      starts.push(pos);
      scratch.length = 0;
      encode(i, scratch);
      pos += scratch.length;
    }
    starts.push(pos);
    const at = (label: number): number => {
      const idx = this.labels[label];
      if (idx === undefined || idx === -1) throw new Error(`${this.name}: label ${label} is used but never bound`);
      return starts[idx]!;
    };
    const out: number[] = [];
    for (const i of this.insns) {
      switch (i.op) {
        case 'goto':
          encode({ ...i, target: at(i.target) }, out);
          break;
        case 'goto_if_not':
          encode({ ...i, target: at(i.target) }, out);
          break;
        case 'switch':
        case 'class_switch':
          encode({ ...i, dflt: at(i.dflt), cases: i.cases.map(([v, t]) => [v, at(t)] as const) }, out);
          break;
        default:
          encode(i, out);
      }
    }
    return new Jitcode(this.name, this.number, this.args, this.kinds, this.pool.slice(), Int32Array.from(out));
  }
}
