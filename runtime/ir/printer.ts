/**
 * The trace printer: the textual trace format that logs, tests and the parser share.
 *
 * Format (one op per line, `#` starts a comment):
 *
 *     [i0, r1]                               inputs
 *     label(i0, r1)
 *     i2 = int_add(i0, 1)                    constants: 1 (int), 1.0 (float), true,
 *     b3 = int_lt(i2, 100)                   null, undefined, "str", ref(1.5), @Name
 *     guard_true(b3) [0@7: i2, r1]           snapshot: code@pc: live values, innermost first
 *     i4 = getfield(r1, .count)              descriptors come last: .field, [u8], ->loop3
 *     guard_true(b3) [1@2: v0 | 0@7: r1] {v0: @Point .x=i2 .y=1.0; v1: [any] i2, 3}
 *     guard_true(b3) [0@7: i2; r1[4]=i2]      pending stores done on leaving: array[index]=value
 *     jump(i2, r1)
 *
 * Variables are numbered in definition order with one counter (`i0, r1, i2`), so two traces
 * equal modulo renaming print to the same text: tests compare printed canonical forms.
 * Virtuals are named `v0, v1, ...` per guard in the order `snapshotFailArgs` visits them.
 *
 * Invariant: `parse(print(t), names)` rebuilds `t` (the parser reads everything printed here).
 */

import {
  Const,
  type Descr,
  type FrameSnapshot,
  Op,
  type SnapValue,
  type Trace,
  type Value,
  Virtual,
} from './trace.js';
import { TYPE_LETTER, assertNever } from './types.js';

export interface PrintOptions {
  /** Names for object constants (printed `@name`); others get a name derived from the object. */
  readonly names?: ReadonlyMap<unknown, string>;
  /** Print snapshots of guards (default true). */
  readonly snapshots?: boolean;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function formatDescr(d: Descr): string {
  switch (d.kind) {
    case 'field':
      return IDENT.test(d.name) ? `.${d.name}` : `.${JSON.stringify(d.name)}`;
    case 'array':
      return `[${d.elem}]`;
    case 'target':
      return `->loop${d.loop}`;
    default:
      return assertNever(d, 'descriptor');
  }
}

/** Gives object constants stable names: given ones first, else derived, made unique. */
export class ConstNamer {
  private readonly assigned = new Map<unknown, string>();
  private readonly used = new Set<string>();

  constructor(private readonly given: ReadonlyMap<unknown, string> = new Map()) {
    for (const n of given.values()) this.used.add(n);
  }

  name(obj: unknown): string {
    const g = this.given.get(obj) ?? this.assigned.get(obj);
    if (g !== undefined) return g;
    let base = 'obj';
    if (typeof obj === 'function' && obj.name && IDENT.test(obj.name)) base = obj.name;
    else if (typeof obj === 'object' && obj !== null) {
      const c = (obj as { constructor?: { name?: string } }).constructor?.name;
      if (c && IDENT.test(c)) base = c.charAt(0).toLowerCase() + c.slice(1);
    }
    let n = base;
    for (let k = 2; this.used.has(n); k++) n = `${base}${k}`;
    this.used.add(n);
    this.assigned.set(obj, n);
    return n;
  }
}

export function formatConst(c: Const, namer: ConstNamer): string {
  const v = c.value;
  switch (c.type) {
    case 'int':
      return String(v);
    case 'float':
      return formatFloat(v as number);
    case 'bool':
      return String(v);
    case 'ref':
      if (v === null) return 'null';
      if (v === undefined) return 'undefined';
      if (typeof v === 'string') return JSON.stringify(v);
      if (typeof v === 'number') return `ref(${formatFloat(v)})`;
      if (typeof v === 'boolean') return `ref(${v})`;
      return `@${namer.name(v)}`;
    default:
      return assertNever(c.type, 'constant type');
  }
}

export class TracePrinter {
  private readonly names = new Map<Op, string>();
  private counter = 0;
  private readonly namer: ConstNamer;
  private readonly snapshots: boolean;

  constructor(opts: PrintOptions = {}) {
    this.namer = new ConstNamer(opts.names);
    this.snapshots = opts.snapshots ?? true;
  }

  define(op: Op): string {
    if (op.type === 'void') throw new Error(`${op.opcode} has no result to name`);
    const n = `${TYPE_LETTER[op.type]}${this.counter++}`;
    this.names.set(op, n);
    return n;
  }

  value(v: Value): string {
    if (v instanceof Const) return formatConst(v, this.namer);
    const n = this.names.get(v);
    return n ?? `?${v.opcode}#${v.id}`;
  }

  op(op: Op): string {
    const args = op.args.map((a) => this.value(a));
    if (op.descr) args.push(formatDescr(op.descr));
    let s = `${op.opcode}(${args.join(', ')})`;
    if (op.snapshot && this.snapshots) s += ` ${this.snapshot(op.snapshot)}`;
    return op.type === 'void' ? s : `${this.define(op)} = ${s}`;
  }

  snapshot(snap: FrameSnapshot): string {
    const vnames = new Map<Virtual, string>();
    const order: Virtual[] = [];
    const nameOf = (v: SnapValue): string => {
      if (!(v instanceof Virtual)) return this.value(v);
      let n = vnames.get(v);
      if (n === undefined) {
        n = `v${vnames.size}`;
        vnames.set(v, n);
        order.push(v);
      }
      return n;
    };
    const frames = snap.frames().map((f) => `${f.code}@${f.pc}:${f.values.length ? ' ' : ''}${f.values.map(nameOf).join(', ')}`);
    const pending = snap.pending.map((p) => `${this.value(p.array)}[${this.value(p.index)}]=${this.value(p.value)}`);
    let s = `[${frames.join(' | ')}${pending.length ? `; ${pending.join(', ')}` : ''}]`;
    if (order.length) {
      const defs: string[] = [];
      for (let k = 0; k < order.length; k++) {
        const v = order[k]!;
        if (v.kind === 'object') {
          const fields = v.fields.map(([d, x]) => ` ${formatDescr(d)}=${nameOf(x)}`).join('');
          defs.push(`${vnames.get(v)}: ${formatConst(v.cls!, this.namer)}${fields}`);
        } else {
          const items = v.items.map(nameOf).join(', ');
          defs.push(`${vnames.get(v)}: [${v.arrayDescr!.elem}]${items ? ' ' + items : ''}`);
        }
      }
      s += ` {${defs.join('; ')}}`;
    }
    return s;
  }

  trace(t: Trace): string {
    const lines = [`[${t.inputs.map((i) => this.define(i)).join(', ')}]`];
    for (const op of t.ops) lines.push(this.op(op));
    return lines.join('\n') + '\n';
  }
}

/** The canonical text of a trace. */
export function printTrace(t: Trace, opts: PrintOptions = {}): string {
  return new TracePrinter(opts).trace(t);
}
