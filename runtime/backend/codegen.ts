/**
 * Code generation: one trace (a loop or a bridge) to the source of one JavaScript function.
 *
 * The function follows the calling convention of runtime/resume/exit.ts, `fn(S) → number`:
 *
 *     "use strict";
 *     const k0 = K[0], ...                       guest constants, exits, array constructors
 *     function leave_(S, e) { ... }              leaving (below)
 *     function w2_(S, a0, a1) { ... }
 *     return function loop_3(S) {               (a bridge: return function bridge_3_e17(S),
 *       let rv_;                                 its statements directly in the function)
 *       do {                                     re-entry: a bridge or jump answering "this
 *         b_: {                                  very loop" starts the loop over
 *           let i0 = S[0]; const r1 = S[1];      inputs; loop variables are `let`
 *           ...preamble...
 *           for (;;) {                           the last label
 *             ...body...                         a guard: if (!(b4)) { w2_(S, i0, r1); rv_ = leave_(S, k5); break b_; }
 *             i0 = i5;                           the jump: a parallel assignment
 *           }
 *         }
 *       } while (rv_ === -4);
 *       return rv_;
 *     };
 *     //# sourceURL=metajit://loop-3.js
 *
 * - Every SSA value is a local (`const`, or `let` for a label argument that the back edge
 *   reassigns); nothing is allocated per iteration. Names are the backend's own: a type
 *   letter and a number (`i4`), `kN` for closure constants, `t<N>_`, `ov<N>_`, `rv_`, `ex_`
 *   for temporaries, `wN_` and `leave_` for the exit helpers, so none can collide.
 * - Exits. Each guard, raising op (with a snapshot) and finish gets its own `ExitDescr`. Leaving
 *   first does the snapshot's pending stores (items of virtualizable arrays kept in registers),
 *   writes the exit's `failArgs` to `S[0..m)` (and the exception to `S[m]`), then, when the
 *   exit has a bridge (read at run time, so a bridge attached after compilation is taken),
 *   calls the bridge with S and returns what the bridge answers; without a bridge, it counts
 *   `failures` and answers the exit id. One line per exit (below) keeps traces within the size
 *   V8 optimizes. A loop answers by leaving its re-entry block `b_`: when the answer is "jump
 *   to this very loop" (`-N-1`), the `do` loop starts it over (inputs reloaded from S, at the
 *   preamble) without leaving the function; any other answer is returned.
 * - A jump to another loop writes its arguments to S and answers `-N-1`.
 * - A raising op's call alone is inside `try`; what it throws becomes an exception exit. An
 *   exception of anything else (a field read of null, a bridge) propagates untouched. A raising
 *   op without a snapshot has nowhere to exit to: its exceptions propagate too.
 * - Value ops are the op table's `js` templates, guards its `jsHolds`; everything else (overflow
 *   arithmetic, heap, allocation, calls, control) is written here, in a switch the compiler
 *   checks to be exhaustive.
 * - Safety: guest values and strings reach the code only through the closure array `K` (see
 *   literals.ts). Numbers and booleans are printed exactly or not at all.
 */

import { OPS, type Opcode, type OpSpec, isValueOp } from '../ir/optable.js';
import { loopHeader } from '../ir/executor.js';
import {
  ARRAY_CONSTRUCTOR,
  Const,
  type ArrayDescr,
  type FieldDescr,
  type Op,
  type TargetDescr,
  type Trace,
  type Value,
} from '../ir/trace.js';
import { TYPE_LETTER, assertNever } from '../ir/types.js';
import { ExitDescr, type ExitKind } from '../resume/exit.js';
import { boolLiteral, isPlainIdentifier, numberLiteral, ownInteger } from './literals.js';
import { sequentializeMoves } from './parallel-move.js';

/** What kind of fragment is generated, and how it is named. */
export interface FragmentPlan {
  /** The JavaScript function's name (`loop_3`, `bridge_3_e17`). */
  readonly name: string;
  /** The `//# sourceURL=` of the source (`metajit://loop-3.js`). */
  readonly sourceURL: string;
  /** For a loop: its number, so a jump back to it re-enters in place. Null for bridges. */
  readonly selfLoop: number | null;
  /** `ExitDescr.loop` of the exits created. */
  readonly exitLoop: number;
  /**
   * Stress testing: when given, every guard also fails whenever this returns true, so tests can
   * make compiled code leave at random guards and check that the interpreter always resumes in
   * the right state. Never set in production.
   */
  readonly stress?: (() => boolean) | undefined;
}

export interface GeneratedFragment {
  /** The body of a factory taking the closure array `K` and returning the fragment function. */
  readonly source: string;
  /** The closure array `K`. */
  readonly constants: readonly unknown[];
  /** The exits, in op order. */
  readonly exits: readonly ExitDescr[];
}

/** The plan's name and URL are printed into the source: they must be plain names. */
const FUNCTION_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SOURCE_URL = /^metajit:\/\/[A-Za-z0-9_.-]+$/;

export function generateFragment(trace: Trace, plan: FragmentPlan): GeneratedFragment {
  if (!FUNCTION_NAME.test(plan.name)) throw new Error(`bad fragment name ${JSON.stringify(plan.name)}`);
  if (!SOURCE_URL.test(plan.sourceURL)) throw new Error(`bad source URL ${JSON.stringify(plan.sourceURL)}`);
  if (plan.selfLoop !== null) ownInteger(plan.selfLoop);
  return new Generator(trace, plan).run();
}

const INDENT = '  ';

/**
 * Leaving through an exit takes one short line of the function's code (exits are most of a
 * trace's source, and a function too large is never optimized by V8):
 *
 *     if (!(b4)) { w3_(S, i0, r1, i2); return leave_(S, k5); }
 *
 * `wN_` writes N values to S[0..N) (one small function per arity the fragment uses, which V8
 * inlines: nothing is allocated, unlike a rest parameter, which made bridge-heavy loops up to 2x
 * slower); `leave_` calls the exit's bridge, or counts the failure and answers the exit id.
 */
const LEAVE_HELPER_SOURCE = 'function leave_(S, e) { const br = e.bridge; if (br !== null) return br(S); e.failures++; return e.id; }';
const writerName = (n: number): string => `w${n}_`;
function writerSource(n: number): string {
  const params = Array.from({ length: n }, (_, k) => `a${k}`);
  return `function ${writerName(n)}(S${params.map((a) => `, ${a}`).join('')}) {${params.map((a, k) => ` S[${k}] = ${a};`).join('')} }`;
}

class Generator {
  private readonly out: string[] = [];
  /** Statements of the trace are nested this deep (a loop's are inside its re-entry block). */
  private readonly baseDepth: number;
  private depth: number;
  private readonly names = new Map<Op, string>();
  private counter = 0;
  private temps = 0;
  private readonly constants: unknown[] = [];
  private readonly constSlots = new Map<unknown, string>();
  private readonly exits: ExitDescr[] = [];
  /** The arities of the S writers the exits use. */
  private readonly writers = new Set<number>();
  /** Label arguments the back edge reassigns, so declared with `let`. */
  private readonly loopVars: ReadonlySet<Op>;
  private readonly header: ReturnType<typeof loopHeader>;

  constructor(
    private readonly trace: Trace,
    private readonly plan: FragmentPlan,
  ) {
    this.header = loopHeader(trace);
    this.baseDepth = plan.selfLoop === null ? 1 : 3;
    this.depth = this.baseDepth;
    // Only the label arguments the jump actually changes are reassigned.
    const jump = trace.ops[trace.ops.length - 1];
    this.loopVars = new Set((this.header?.vars ?? []).filter((v, k) => jump!.args[k] !== v));
  }

  run(): GeneratedFragment {
    const ops = this.trace.ops;
    const last = ops[ops.length - 1];
    if (!last || (last.opcode !== 'jump' && last.opcode !== 'finish')) {
      throw new Error('a compiled trace must end with a jump or a finish');
    }
    this.trace.inputs.forEach((input, k) => {
      this.line(`${this.decl(input)} ${this.define(input)} = S[${ownInteger(k)}];`);
    });
    if (this.header && this.header.index === -1) this.open('for (;;) {');
    ops.forEach((op, k) => {
      if (op.opcode === 'jump' && !op.descr && k !== ops.length - 1) {
        throw new Error('a jump without a target must be the last op');
      }
      this.op(op);
      if (this.header && k === this.header.index) this.open('for (;;) {');
    });
    while (this.depth > this.baseDepth) this.close();
    const head = ['"use strict";'];
    this.constants.forEach((_, k) => head.push(`const k${k} = K[${k}];`));
    if (this.exits.length > 0) head.push(LEAVE_HELPER_SOURCE);
    for (const n of [...this.writers].sort((a, b) => a - b)) head.push(writerSource(n));
    const name = this.plan.name;
    const fn =
      this.plan.selfLoop === null
        ? [`return function ${name}(S) {`, ...this.out, '};']
        : [
            `return function ${name}(S) {`,
            '  let rv_;',
            '  do {',
            '    b_: {',
            ...this.out,
            '    }',
            `  } while (rv_ === ${ownInteger(-this.plan.selfLoop - 1)});`,
            '  return rv_;',
            '};',
          ];
    const source = [...head, ...fn, `//# sourceURL=${this.plan.sourceURL}`].join('\n');
    return { source, constants: this.constants, exits: this.exits };
  }

  // ---- text ---------------------------------------------------------------------------------

  private line(s: string): void {
    this.out.push(INDENT.repeat(this.depth) + s);
  }
  private open(s: string): void {
    this.line(s);
    this.depth++;
  }
  private close(): void {
    this.depth--;
    this.line('}');
  }
  private temp(prefix: string): string {
    return `${prefix}${this.temps++}_`;
  }

  // ---- names and values ---------------------------------------------------------------------

  private define(op: Op): string {
    if (op.type === 'void') throw new Error(`${op.opcode} has no result to name`);
    if (this.names.has(op)) throw new Error(`${op.opcode}#${op.id} is defined twice`);
    const n = `${TYPE_LETTER[op.type]}${this.counter++}`;
    this.names.set(op, n);
    return n;
  }

  private decl(op: Op): 'let' | 'const' {
    return this.loopVars.has(op) ? 'let' : 'const';
  }

  /** A closure constant: its local name, one slot per distinct value. */
  private constant(value: unknown): string {
    // Map keys compare with SameValueZero, which merges 0 and -0: never share number slots.
    const shareable = typeof value !== 'number';
    if (shareable) {
      const slot = this.constSlots.get(value);
      if (slot !== undefined) return slot;
    }
    const name = `k${this.constants.length}`;
    this.constants.push(value);
    if (shareable) this.constSlots.set(value, name);
    return name;
  }

  /** The expression of a value: a local, an exact literal, or a closure constant. */
  private val(v: Value): string {
    if (v instanceof Const) {
      const type = v.type;
      switch (type) {
        case 'int':
        case 'float':
          return typeof v.value === 'number' ? numberLiteral(v.value) : this.constant(v.value);
        case 'bool':
          return typeof v.value === 'boolean' ? boolLiteral(v.value) : this.constant(v.value);
        case 'ref':
          return this.constant(v.value);
        default:
          return assertNever(type, 'constant type');
      }
    }
    const n = this.names.get(v);
    if (n === undefined) throw new Error(`${v.opcode}#${v.id} is used before it is defined`);
    return n;
  }

  /** A value in object or callee position: literals are parenthesized (`(5).x`, not `5.x`). */
  private operand(v: Value): string {
    const s = this.val(v);
    return /^[A-Za-z_$]/.test(s) ? s : `(${s})`;
  }

  private prop(d: FieldDescr): string {
    return isPlainIdentifier(d.name) ? `.${d.name}` : `[${this.constant(d.name)}]`;
  }

  /** `const x = e;` for a valued op, `e;` for a void one. */
  private assign(op: Op, expr: string): void {
    if (op.type === 'void') this.line(`${expr};`);
    else this.line(`${this.decl(op)} ${this.define(op)} = ${expr};`);
  }

  // ---- exits --------------------------------------------------------------------------------

  /** Lines that leave through a new exit of `op` (inside an already opened block). */
  private exit(op: Op, kind: ExitKind, exception?: string): void {
    if (!op.snapshot) throw new Error(`${op.opcode} has no snapshot: compiled code cannot leave there`);
    const exit = new ExitDescr(kind, op.snapshot, this.plan.exitLoop, op);
    this.exits.push(exit);
    const e = this.constant(exit);
    for (const p of op.snapshot.pending) this.line(`${this.val(p.array)}[${this.val(p.index)}] = ${this.val(p.value)};`);
    const values = exit.failArgs.map((a) => this.val(a));
    if (exception !== undefined) values.push(exception);
    this.writers.add(values.length);
    this.line(`${writerName(values.length)}(${['S', ...values].join(', ')}); ${this.leave(`leave_(S, ${e})`)}`);
  }

  /** Answering `rv` to the caller: a loop leaves its re-entry block (see `run`), a bridge returns. */
  private leave(rv: string): string {
    return this.plan.selfLoop === null ? `return ${rv};` : `rv_ = ${rv}; break b_;`;
  }

  private guard(op: Op, holds: string): void {
    const stress = this.plan.stress ? ` || ${this.constant(this.plan.stress)}()` : '';
    this.open(`if (!(${holds})${stress}) {`);
    this.exit(op, 'guard');
    this.close();
  }

  // ---- ops ----------------------------------------------------------------------------------

  private op(op: Op): void {
    const opcode: Opcode = op.opcode;
    const a = (k: number): string => this.val(op.args[k]!);
    if (isValueOp(opcode)) {
      this.assign(op, (OPS[opcode] as OpSpec).js!(...op.args.map((v) => this.val(v))));
      return;
    }
    switch (opcode) {
      case 'int_add_ovf':
      case 'int_sub_ovf':
      case 'int_mul_ovf': {
        const operator = opcode === 'int_add_ovf' ? '+' : opcode === 'int_sub_ovf' ? '-' : '*';
        // The exact result as a double; it is an int32 iff the operation did not overflow (a
        // product beyond 2^53 is rounded, but then it is far outside the int32 range anyway).
        const t = this.temp('ov');
        this.line(`const ${t} = ${a(0)} ${operator} ${a(1)};`);
        this.guard(op, `(${t} | 0) === ${t}`);
        this.assign(op, `${t} | 0`);
        return;
      }
      case 'guard_value': {
        // Against a constant that is not a number, NaN cannot match: `===` alone is the test.
        const c = op.args[1]!;
        if (c instanceof Const && typeof c.value !== 'number') this.guard(op, `${this.val(op.args[0]!)} === ${this.val(c)}`);
        else this.guard(op, (OPS[opcode] as OpSpec).jsHolds!(...op.args.map((v) => this.val(v))));
        return;
      }
      case 'guard_true':
      case 'guard_false':
      case 'guard_class':
      case 'guard_nonnull':
      case 'guard_isnull':
        this.guard(op, (OPS[opcode] as OpSpec).jsHolds!(...op.args.map((v) => this.val(v))));
        return;
      case 'getfield':
      case 'getfield_imm':
        this.assign(op, `${this.operand(op.args[0]!)}${this.prop(op.descr as FieldDescr)}`);
        return;
      case 'setfield':
        this.line(`${this.operand(op.args[0]!)}${this.prop(op.descr as FieldDescr)} = ${a(1)};`);
        return;
      case 'getarrayitem':
      case 'getarrayitem_imm':
        this.assign(op, `${this.operand(op.args[0]!)}[${a(1)}]`);
        return;
      case 'setarrayitem':
        this.line(`${this.operand(op.args[0]!)}[${a(1)}] = ${a(2)};`);
        return;
      case 'arraylen':
        this.assign(op, `${this.operand(op.args[0]!)}.length`);
        return;
      case 'new':
        this.assign(op, `Object.create(${this.operand(op.args[0]!)}.prototype)`);
        return;
      case 'new_array': {
        const kind = (op.descr as ArrayDescr).elem;
        const C = this.constant(ARRAY_CONSTRUCTOR[kind]);
        this.assign(op, kind === 'any' ? `new ${C}(${a(0)}).fill(void 0)` : `new ${C}(${a(0)})`);
        return;
      }
      case 'call':
      case 'call_pure':
        this.call(op);
        return;
      case 'label':
      case 'debug_merge_point':
      case 'virtualizable_array':
        return;
      case 'jump':
        this.jump(op);
        return;
      case 'finish':
        this.open('{');
        this.exit(op, 'finish');
        this.close();
        return;
      case 'input':
        throw new Error('input ops belong in Trace.inputs, not in the op list');
      default:
        return assertNever(opcode, 'opcode');
    }
  }

  private call(op: Op): void {
    const callee = this.operand(op.args[0]!);
    const call = `${callee}(${op.args.slice(1).map((v) => this.val(v)).join(', ')})`;
    if (!op.snapshot) {
      this.assign(op, call);
      return;
    }
    if (op.type === 'void') {
      this.line(`try { ${call}; } catch (ex_) {`);
    } else {
      const n = this.define(op);
      this.line(`let ${n};`);
      this.line(`try { ${n} = ${call}; } catch (ex_) {`);
    }
    this.depth++;
    this.exit(op, 'exception', 'ex_');
    this.close();
  }

  private jump(op: Op): void {
    if (op.descr) {
      const target = (op.descr as TargetDescr).loop;
      op.args.forEach((v, k) => this.line(`S[${ownInteger(k)}] = ${this.val(v)};`));
      this.line(this.leave(ownInteger(-target - 1)));
      return;
    }
    const header = this.header!;
    const moves = header.vars.map((v, k) => ({ dst: this.val(v), src: this.val(op.args[k]!) }));
    for (const s of sequentializeMoves(moves, () => this.temp('t'))) this.line(s);
  }
}
