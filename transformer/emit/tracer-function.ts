/**
 * One generated tracer: the TypeScript function that traces one jitcode the way the generic
 * tracer (runtime/jitcode/tracer.ts) interprets it, with the dispatch and decoding done here.
 *
 *     function __metajit_trace_<n>(rec, p0, p1, ...) {   one parameter per argument register
 *     function __metajit_trace_<n>_<mask>(rec, ...)      a variant: argument k unboxed where bit k is set
 *       let at = 0;                 the pc being recorded (for the frame of a switch to the blackhole)
 *       let b3: Value | undefined;  register 3's box
 *       let u3!: number;            register 3 unboxed, where it is a constant (tracer-flow.ts)
 *       try { ...blocks... } catch (e) { throw switched(e, n, at, [every register's value]) }
 *     }
 *
 * Variants (polyvariance on constant arguments): an `inline_call` whose argument k is a constant
 * in the caller (a pool constant or a constant register) calls the callee's variant whose mask
 * has bit k, which takes that argument unboxed (a typed value) and is analyzed with the
 * register constant from the start; mask 0 is the plain function. The variants a function
 * calls are collected in `called` (the module emits them on demand, tracer.ts).
 *
 * Registers: a register the analysis says is constant at a point holds its value in `u<r>`
 * and, once a box was needed, the box in `b<r>` (so one box serves all the snapshots that hold
 * it, as one register holds one box in the generic tracer); elsewhere `b<r>` holds its box.
 * Invariant, at every point: `b<r>` is undefined or the register's box, and then `u<r>` is
 * its value when the register is constant; so `b<r> !== undefined ? b<r>.value : u<r>` is the
 * register's value (what the frame of a switch to the blackhole holds). An edge into a block
 * where a register stops being constant boxes it first when it is live there.
 *
 * Per instruction, exactly the recorder calls the generic tracer makes, in its order, with its
 * arguments, options and snapshots (liveness lists as literals), except for work on constants:
 * pure value ops, `getfield_imm`, `getarrayitem_imm` and pure calls on constants compute with
 * the op table's `js` templates or read the heap directly, with the recorder's checks;
 * branches and switches on constants are plain `if` and `switch` (a `class_switch` on a
 * constant, class tests); promoting a constant is nothing. Pure ops with a non-constant argument go through `recordPure` on the resolved boxes
 * (folded here when they all turn out constant, as `record` folds).
 *
 * Control flow: blocks in code order. Without a backward jump, nested labelled blocks, a jump
 * being `break` to the label closing just before its target (plain jumps for the engine); with
 * one, or with very many blocks, `for (;;) switch (block)`. A jump to the next block in code
 * order is a fall-through.
 *
 * Safety: only numbers, JSON string literals and names this emitter makes are spliced.
 */

import { OPS, type OpSpec } from '../../runtime/ir/optable.js';
import { Const, type ArrayDescr, type FieldDescr } from '../../runtime/ir/trace.js';
import { type ValueType, assertNever } from '../../runtime/ir/types.js';
import { type ControlInsn, type Insn, type IrInsn, type Jitcode, type JitcodeTable, instructions, isIrInsn, isReg, poolIndex, switchTarget } from '../../runtime/jitcode/format.js';
import { type HeapJitOpcode, isValueJitOp } from '../../runtime/jitcode/opcodes.js';
import { RECORD_KIND } from '../../runtime/recorder/kinds.js';
import { type Block, type FlowState, type TracerFlow, copyState, isFresh, isStatic, isStaticInsn, transfer } from './tracer-flow.js';
import { HELPERS, type ModuleNames, TS_TYPE, asHelper, boxHelper, constLiteral, literal, typeName } from './tracer-names.js';

/** The name of the tracer of jitcode n, or of its variant with the arguments of `mask` constant. */
export const tracerName = (n: number, mask = 0): string => (mask === 0 ? `__metajit_trace_${n}` : `__metajit_trace_${n}_${mask}`);

/** The argument positions whose bits are set in a variant's mask. */
export const maskPositions = (mask: number): number[] => {
  const out: number[] = [];
  for (let k = 0; mask >>> k !== 0; k++) if ((mask >>> k) & 1) out.push(k);
  return out;
};

const REC = 'rec';
/** Beyond this many blocks, nested labels would nest too deep for parsers: the loop form instead. */
const MAX_NESTED_BLOCKS = 200;
const VALUE = typeName('Value');
/** Arguments beyond this position are always passed boxed (the mask is a small integer). */
const MAX_MASK_BITS = 30;

/** Does the jitcode end a step with `merge` (a portal)? */
export const merges = (j: Jitcode): boolean => instructions(j).some((i) => i.op === 'merge');

export class TracerFunction {
  private readonly out: string[] = [];
  private depth = 2;
  /** Registers whose unboxed local is used. */
  private readonly unboxed = new Set<number>();
  /** Blocks some jump leaves the code order to reach (label mode: they get a label). */
  private readonly targets = new Set<number>();
  private readonly loopMode: boolean;
  /** Label mode: the block after the one being emitted. */
  private nextBlock: number | null = null;
  /** The variants this function calls: (callee jitcode, mask of its constant arguments). */
  readonly called: Array<readonly [number, number]> = [];

  constructor(
    private readonly j: Jitcode,
    private readonly table: JitcodeTable,
    private readonly flow: TracerFlow,
    private readonly names: ModuleNames,
    /** Portal only: the argument positions that are greens (constant boxes at every step). */
    private readonly greenPositions: readonly number[],
    /** The variant: bit k set when argument k is passed unboxed (its register constant at entry). */
    private readonly mask = 0,
  ) {
    this.loopMode = flow.hasBackEdge || flow.blocks.length > MAX_NESTED_BLOCKS;
  }

  emit(): string {
    const j = this.j;
    const body = this.body();
    const unboxedArgs = new Set(maskPositions(this.mask));
    // A switch to the blackhole reads every register's value: an unboxed argument's is its local.
    for (const k of unboxedArgs) this.u(j.args[k]!);
    const params = j.args.map((r, k) => `p${k}: ${unboxedArgs.has(k) ? TS_TYPE[j.kinds[r]!] : VALUE}`);
    const result = merges(j) ? `${VALUE} | ${typeName('MergeResult')}<${VALUE}>` : VALUE;
    if (merges(j)) this.names.types.add('MergeResult');
    const constants = unboxedArgs.size === 0 ? '' : `, arguments ${[...unboxedArgs].join(', ')} constant`;
    const lines = [`/** Traces jitcode ${j.number} (${JSON.stringify(j.name).slice(1, -1).replace(/\*\//g, '* /')})${constants}. */`];
    lines.push(`function ${tracerName(j.number, this.mask)}(${[`${REC}: ${typeName('Recorder')}`, ...params].join(', ')}): ${result} {`);
    lines.push('  let at = 0;');
    const argOf = new Map(j.args.map((r, k) => [r, k]));
    for (let r = 0; r < j.regs; r++) {
      const k = argOf.get(r);
      if (k !== undefined && unboxedArgs.has(k)) {
        lines.push(`  let b${r}: ${VALUE} | undefined;`);
        lines.push(`  let u${r}: ${TS_TYPE[j.kinds[r]!]} = p${k};`);
        continue;
      }
      lines.push(`  let b${r}: ${VALUE} | undefined${k === undefined ? '' : ` = p${k}`};`);
      if (this.unboxed.has(r)) lines.push(`  let u${r}!: ${TS_TYPE[j.kinds[r]!]};`);
    }
    for (const k of this.greenPositions) {
      const r = j.args[k]!;
      lines.push(`  if (!p${k}.isConst) throw ${HELPERS}.notConstant(${JSON.stringify(j.name)}, ${k});`);
      if (this.unboxed.has(r)) lines.push(`  u${r} = p${k}.value${cast(j.kinds[r]!)};`);
    }
    lines.push('  try {', ...body, '  } catch (e) {');
    const regs = Array.from({ length: j.regs }, (_, r) => (this.unboxed.has(r) ? `b${r} !== undefined ? b${r}.value : u${r}` : `b${r}?.value`));
    lines.push(`    throw ${HELPERS}.switched(e, ${j.number}, at, [${regs.join(', ')}]);`, '  }', '}');
    return lines.join('\n');
  }

  // ---- blocks and jumps ----------------------------------------------------------------------

  private body(): string[] {
    const blocks = this.flow.blocks;
    if (this.loopMode) {
      this.line('let block = 0;');
      this.line('dispatch: for (;;) {');
      this.depth++;
      this.line('switch (block) {');
      this.depth++;
      for (const b of blocks) {
        this.line(`case ${b.start}: {`);
        this.depth++;
        this.block(b);
        this.depth--;
        this.line('}');
      }
      this.line(`default: throw new Error(${JSON.stringify(`${this.j.name}: no block at `)} + block);`);
      this.depth--;
      this.line('}');
      this.depth--;
      this.line('}');
      return this.out;
    }
    // Label mode: a dry run finds the blocks jumped to; then each gets a label whose block
    // closes just before it, so `break L<pc>` lands on it.
    const dry = new TracerFunction(this.j, this.table, this.flow, this.names, this.greenPositions, this.mask);
    dry.walkLabelled();
    for (const t of dry.targets) this.targets.add(t);
    const labelled = blocks.filter((b) => this.targets.has(b.start)).reverse();
    for (const b of labelled) this.line(`L${b.start}: {`);
    this.walkLabelled();
    return this.out;
  }

  private walkLabelled(): void {
    const blocks = this.flow.blocks;
    blocks.forEach((b, k) => {
      if (this.targets.has(b.start)) this.line('}');
      this.nextBlock = blocks[k + 1]?.start ?? null;
      this.block(b);
    });
  }

  private block(b: Block): void {
    const s = copyState(this.flow.entry.get(b.start)!);
    for (const i of b.insns) {
      if (!this.insn(i, s)) return;
    }
    if (b.fallthrough !== null) this.jump(s, b.fallthrough, true);
  }

  /** Box the registers that stop being constant at the target (where live there), then jump. */
  private jump(s: FlowState, target: number, atEnd: boolean): void {
    const into = this.flow.entry.get(target)!;
    for (const r of [...(this.flow.live.get(target) ?? [])].sort((a, b) => a - b)) {
      if (s.konst[r] === 1 && into.konst[r] === 0) this.line(`b${r} ??= ${boxHelper(this.j.kinds[r]!)}(${this.u(r)});`);
    }
    if (this.loopMode) {
      this.line(`block = ${target};`);
      this.line('continue dispatch;');
    } else if (!(atEnd && target === this.nextBlock)) {
      this.targets.add(target);
      this.line(`break L${target};`);
    }
  }

  private line(text: string): void {
    this.out.push('  '.repeat(this.depth) + text);
  }

  // ---- operands ------------------------------------------------------------------------------

  private u(r: number): string {
    this.unboxed.add(r);
    return `u${r}`;
  }

  private poolConst(o: number): Const {
    const c = this.j.pool[poolIndex(o)];
    if (!(c instanceof Const)) throw new Error(`${this.j.name}: operand ${o} is not a constant`);
    return c;
  }

  private kindOf(o: number): ValueType {
    return isReg(o) ? this.j.kinds[o]! : this.poolConst(o).type;
  }

  /** The unboxed value of a constant operand, as an operand expression. */
  private raw(s: FlowState, o: number): string {
    if (isReg(o)) {
      if (s.konst[o] !== 1) throw new Error(`${this.j.name}: register ${o} is not constant here`);
      return this.u(o);
    }
    return constLiteral(this.poolConst(o)) ?? `${this.names.constant(this.j.number, poolIndex(o))}.value`;
  }

  /** The box of an operand: the pool's constant, a constant register's (boxed once), or the register's box. */
  private box(s: FlowState, o: number): string {
    if (!isReg(o)) return this.names.constant(this.j.number, poolIndex(o));
    if (s.konst[o] === 1) return `(b${o} ??= ${boxHelper(this.j.kinds[o]!)}(${this.u(o)}))`;
    return `b${o}!`;
  }

  private boxes(s: FlowState, os: readonly number[]): string {
    return os.map((o) => this.box(s, o)).join(', ');
  }

  private snapshot(s: FlowState, pc: number, live: readonly number[]): string {
    return `(${REC}.capturing ? ${REC}.snapshotOwned(${this.j.number}, ${pc}, [${this.boxes(s, live)}]) : ${REC}.noSnapshot)`;
  }

  /** The box of a non-constant register with what the recorder knows applied. */
  private resolved(s: FlowState, r: number): string {
    return isFresh(s, r) ? `b${r}!` : `${REC}.resolve(b${r}!)`;
  }

  /** Set register d to an unboxed constant (its box is made when first needed). */
  private setConst(d: number, value: string): void {
    this.line(`${this.u(d)} = ${value};`);
    this.line(`b${d} = undefined;`);
  }

  // ---- instructions --------------------------------------------------------------------------

  /** Emit instruction i in state s, updating s; false when control cannot go on after it. */
  private insn(i: Insn, s: FlowState): boolean {
    const before = copyState(s);
    transfer(i, s);
    if (isIrInsn(i)) {
      if (isStaticInsn(i, before)) this.staticIr(i, before);
      else this.recordedIr(i, before);
      return true;
    }
    return this.control(i, before, s);
  }

  private staticIr(i: IrInsn, s: FlowState): void {
    const kind = this.j.kinds[i.dst]!;
    if (isValueJitOp(i.op)) {
      const spec: OpSpec = OPS[i.op];
      const literals = i.args.map((a) => (isReg(a) ? null : constLiteral(this.poolConst(a))));
      if (RECORD_KIND[i.op] !== 'unbox' && kind !== 'ref' && literals.every((l) => l !== null)) {
        // All operands are number or boolean literals: fold now, as the recorder would.
        const values = i.args.map((a) => this.poolConst(a).value);
        this.setConst(i.dst, literal(spec.eval!(...values)));
        return;
      }
      const args = i.args.map((a) => this.raw(s, a));
      const js = i.op === 'same_as' ? args[0]! : (spec.ts ?? spec.js!)(...args);
      const as = RECORD_KIND[i.op] === 'unbox' ? asHelper(kind) : null;
      this.setConst(i.dst, as === null ? js : `${as}(${JSON.stringify(i.op)}, ${js}, "")`);
      return;
    }
    if (i.op === 'getfield_imm') {
      const d = this.j.pool[poolIndex(i.descr!)] as FieldDescr;
      const name = JSON.stringify(d.name);
      this.checkedRead(i.dst, kind, 'getfield_imm', `(${this.raw(s, i.args[0]!)} as Record<string, unknown>)[${name}]`, name);
      return;
    }
    if (i.op === 'getarrayitem_imm') {
      const d = this.j.pool[poolIndex(i.descr!)] as ArrayDescr;
      const arr = `(${this.raw(s, i.args[0]!)} as ArrayLike<unknown>)`;
      const index = this.raw(s, i.args[1]!);
      if (d.elem !== 'any') this.line(`${HELPERS}.checkBounds("getarrayitem_imm", ${arr}, ${index}, ${this.names.descr(this.j.number, poolIndex(i.descr!))});`);
      this.checkedRead(i.dst, kind, 'getarrayitem_imm', `${arr}[${index}]`, JSON.stringify(`[${d.elem}]`));
      return;
    }
    throw new Error(`${this.j.name}@${i.pc}: ${i.op} has no constant form`);
  }

  /** dst = the value read, checked against the register's kind as the recorder checks it. */
  private checkedRead(dst: number, kind: ValueType, what: string, read: string, where: string): void {
    const as = asHelper(kind);
    this.setConst(dst, as === null ? read : `${as}(${JSON.stringify(what)}, ${read}, ${where})`);
  }

  private recordedIr(i: IrInsn, s: FlowState): void {
    const n = this.j.number;
    this.line(`at = ${i.pc};`);
    const dst = i.dst >= 0 ? `b${i.dst} = ` : '';
    if (isValueJitOp(i.op) && i.op !== 'same_as') {
      this.recordedPure(i, s);
      return;
    }
    const args = this.boxes(s, i.args);
    const op = i.op as HeapJitOpcode | 'same_as';
    const descr = i.descr === null ? null : poolIndex(i.descr);
    switch (op) {
      case 'same_as':
      case 'new':
        this.line(`${dst}${REC}.record(${JSON.stringify(op)}, [${args}]);`);
        return;
      case 'getfield':
      case 'getfield_imm':
      case 'getarrayitem':
      case 'getarrayitem_imm':
        this.line(`${dst}${REC}.record(${JSON.stringify(op)}, [${args}], ${this.names.recordOptions(n, descr, this.j.kinds[i.dst]!)});`);
        return;
      case 'setfield':
      case 'setarrayitem':
      case 'arraylen':
      case 'new_array':
        this.line(`${dst}${REC}.record(${JSON.stringify(op)}, [${args}], ${this.names.recordOptions(n, descr, undefined)});`);
        return;
      default:
        assertNever(op, 'heap op');
    }
  }

  /** A pure value op with a non-constant operand: recordPure on resolved boxes, or folded. */
  private recordedPure(i: IrInsn, s: FlowState): void {
    const spec: OpSpec = OPS[i.op];
    const kind = this.j.kinds[i.dst]!;
    this.line('{');
    this.depth++;
    const values: string[] = [];
    const boxes: string[] = [];
    const dynamic: string[] = [];
    i.args.forEach((a, k) => {
      if (isStatic(s, a)) {
        values.push(this.raw(s, a));
        boxes.push(this.box(s, a));
        return;
      }
      this.line(`const x${k} = ${this.resolved(s, a)};`);
      this.line(`const v${k} = x${k}.value${cast(this.kindOf(a))};`);
      values.push(`v${k}`);
      boxes.push(`x${k}`);
      dynamic.push(`x${k}.isConst`);
    });
    const as = RECORD_KIND[i.op] === 'unbox' ? asHelper(kind) : null;
    const js = (spec.ts ?? spec.js!)(...values);
    this.line(`const v = ${as === null ? js : `${as}(${JSON.stringify(i.op)}, ${js}, "")`};`);
    this.line(`b${i.dst} = ${dynamic.join(' && ')} ? ${boxHelper(kind)}(v) : ${REC}.recordPure(${JSON.stringify(i.op)}, [${boxes.join(', ')}], v);`);
    this.depth--;
    this.line('}');
  }

  private control(i: ControlInsn, s: FlowState, after: FlowState): boolean {
    const n = this.j.number;
    switch (i.op) {
      case 'goto':
        this.jump(after, i.target, true);
        return false;
      case 'goto_if_not':
        return this.branch(i, s, after);
      case 'switch':
        this.switch(i, s, after);
        return false;
      case 'class_switch':
        this.classSwitch(i, s, after);
        return false;
      case 'promote': {
        if (isStatic(s, i.reg)) return true;
        const r = i.reg;
        this.line(`at = ${i.pc};`);
        this.line('{');
        this.depth++;
        this.line(`const x = ${this.resolved(s, r)};`);
        this.line(`b${r} = x.isConst ? x : ${REC}.promote(x, ${this.snapshot(s, i.pc, i.live)});`);
        this.line(`${this.u(r)} = x.value${cast(this.j.kinds[r]!)};`);
        this.depth--;
        this.line('}');
        return true;
      }
      case 'guard_class': {
        this.line(`at = ${i.pc};`);
        this.line('{');
        this.depth++;
        this.line(`const x = ${this.box(s, i.reg)};`);
        this.line(`const c = ${this.box(s, i.cls)};`);
        this.line(`if (!${HELPERS}.classHolds(x.value, c.value)) throw ${HELPERS}.classMismatch(x.value, c.value);`);
        this.line(`${REC}.guard("guard_class", [x, c], ${this.snapshot(s, i.pc, i.live)});`);
        this.depth--;
        this.line('}');
        return true;
      }
      case 'inline_call': {
        const callee = this.table.get(i.callee);
        this.line(`at = ${i.pc};`);
        this.line(`${REC}.enterFrame(${n}, ${i.pc}, [${this.boxes(s, i.live)}], ${callee.number});`);
        // The variant of the callee with the arguments constant here passed unboxed.
        const mask = i.args.reduce((m, a, k) => (k < MAX_MASK_BITS && isStatic(s, a) ? m | (1 << k) : m), 0);
        if (!this.called.some(([c, m]) => c === callee.number && m === mask)) this.called.push([callee.number, mask]);
        const args = i.args.map((a, k) => (k < MAX_MASK_BITS && (mask >>> k) & 1 ? this.raw(s, a) : this.box(s, a)));
        const call = `${tracerName(callee.number, mask)}(${[REC, ...args].join(', ')})`;
        this.line(i.dst >= 0 ? `b${i.dst} = ${call};` : `${call};`);
        this.line(`${REC}.leaveFrame();`);
        return true;
      }
      case 'residual_call':
        if (isStaticInsn(i, s)) {
          // Called as the recorder calls it: a plain call, `this` undefined.
          const kind = this.j.kinds[i.dst]!;
          this.line('{');
          this.depth++;
          this.line(`const f = ${this.raw(s, i.fn)} as (...a: unknown[]) => unknown;`);
          const call = `f(${i.args.map((a) => this.raw(s, a)).join(', ')})`;
          const as = asHelper(kind);
          this.setConst(i.dst, as === null ? call : `${as}("call_pure", ${call}, "")`);
          this.depth--;
          this.line('}');
          return true;
        } else {
          const type = i.dst >= 0 ? this.j.kinds[i.dst]! : 'void';
          const op = i.effect === 'pure' ? 'call_pure' : 'call';
          const args = this.boxes(s, [i.fn, ...i.args]);
          this.line(`at = ${i.pc};`);
          const rec = `${REC}.record(${JSON.stringify(op)}, [${args}], { descr: null, type: ${JSON.stringify(type)}, snapshot: ${this.snapshot(s, i.pc, i.live)} })`;
          this.line(i.dst >= 0 ? `b${i.dst} = ${rec};` : `${rec};`);
          return true;
        }
      case 'return':
        this.line(`return ${this.box(s, i.value)};`);
        return false;
      case 'raise':
        this.line(`throw ${isStatic(s, i.value) ? this.raw(s, i.value) : `b${i.value}!.value`};`);
        return false;
      case 'move':
        this.move(i.dst, i.src, s);
        return true;
      case 'merge':
        this.line(`return new ${HELPERS}.MergeResult<${VALUE}>([${this.boxes(s, i.values)}], ${i.pc});`);
        return false;
      default:
        return assertNever(i, 'control op');
    }
  }

  private move(d: number, src: number, s: FlowState): void {
    if (d === src) return;
    if (!isReg(src)) {
      this.line(`${this.u(d)} = ${this.raw(s, src)};`);
      this.line(`b${d} = ${this.box(s, src)};`);
    } else if (s.konst[src] === 1) {
      this.line(`${this.u(d)} = ${this.u(src)};`);
      this.line(`b${d} = b${src};`);
    } else {
      this.line(`b${d} = b${src};`);
    }
  }

  /** goto_if_not: static on a constant; otherwise a guard on the concrete outcome, then the branch. */
  private branch(i: Extract<ControlInsn, { op: 'goto_if_not' }>, s: FlowState, after: FlowState): boolean {
    if (!isReg(i.cond)) {
      if (this.poolConst(i.cond).value === true) return true;
      this.jump(after, i.target, false);
      return false;
    }
    if (isStatic(s, i.cond)) {
      this.line(`if (!${this.u(i.cond)}) {`);
    } else {
      this.line(`at = ${i.pc};`);
      this.line(`const c${i.pc} = ${this.resolved(s, i.cond)};`);
      this.line(`if (!c${i.pc}.isConst) ${REC}.guard(c${i.pc}.value === true ? "guard_true" : "guard_false", [c${i.pc}], ${this.snapshot(s, i.pc, i.live)});`);
      this.line(`if (c${i.pc}.value !== true) {`);
    }
    this.depth++;
    this.jump(after, i.target, false);
    this.depth--;
    this.line('}');
    return true;
  }

  /** switch: on a non-constant, promote first (the register becomes the constant); then a plain switch. */
  private switch(i: Extract<ControlInsn, { op: 'switch' }>, s: FlowState, after: FlowState): void {
    if (!isReg(i.reg)) {
      this.jump(after, switchTarget(this.j.code, i.pc, this.poolConst(i.reg).value as number), true);
      return;
    }
    const r = i.reg;
    if (!isStatic(s, r)) {
      this.line(`at = ${i.pc};`);
      this.line('{');
      this.depth++;
      this.line(`const x = ${this.resolved(s, r)};`);
      this.line(`if (!x.isConst) b${r} = ${REC}.promote(x, ${this.snapshot(s, i.pc, i.live)});`);
      this.line(`${this.u(r)} = x.value${cast(this.j.kinds[r]!)};`);
      this.depth--;
      this.line('}');
    }
    const byTarget = new Map<number, number[]>();
    for (const [v, t] of i.cases) if (t !== i.dflt) byTarget.set(t, [...(byTarget.get(t) ?? []), v]);
    this.line(`switch (${this.u(r)}) {`);
    this.depth++;
    for (const [t, values] of byTarget) {
      for (const v of values.slice(0, -1)) this.line(`case ${literal(v)}:`);
      this.line(`case ${literal(values[values.length - 1])}: {`);
      this.depth++;
      this.jump(after, t, false);
      this.depth--;
      this.line('}');
    }
    this.line('default: {');
    this.depth++;
    this.jump(after, i.dflt, false);
    this.depth--;
    this.line('}');
    this.depth--;
    this.line('}');
  }

  /**
   * class_switch: the case of the value's exact class, tested in case order; on a non-constant,
   * the matching case records guard_class first (unless the resolved box is a constant), the
   * default records nothing. On a build-time constant only the tests remain.
   */
  private classSwitch(i: Extract<ControlInsn, { op: 'class_switch' }>, s: FlowState, after: FlowState): void {
    if (i.cases.length === 0) {
      this.jump(after, i.dflt, true);
      return;
    }
    const dynamic = !isStatic(s, i.reg);
    this.line('{');
    this.depth++;
    if (dynamic) {
      this.line(`at = ${i.pc};`);
      this.line(`const x = ${this.resolved(s, i.reg)};`);
      this.line('const v = x.value;');
    } else {
      this.line(`const v = ${this.raw(s, i.reg)};`);
    }
    for (const [cls, t] of i.cases) {
      const c = this.box(s, cls);
      this.line(`if (${HELPERS}.classHolds(v, ${c}.value)) {`);
      this.depth++;
      if (dynamic) this.line(`if (!x.isConst) ${REC}.guard("guard_class", [x, ${c}], ${this.snapshot(s, i.pc, i.live)});`);
      this.jump(after, t, false);
      this.depth--;
      this.line('}');
    }
    this.jump(after, i.dflt, false);
    this.depth--;
    this.line('}');
  }
}

/** ` as T` for reading a box's value into a local of the kind (nothing for refs). */
function cast(kind: ValueType): string {
  return kind === 'ref' ? '' : ` as ${TS_TYPE[kind]}`;
}
