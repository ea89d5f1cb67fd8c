/**
 * Names and literals of the generated tracers' module-level code: the pool constants,
 * descriptors and record options the generated functions use, declared once per file and set
 * once from the jitcode table itself (`__metajit_init`), so every `Const` a generated tracer
 * hands the recorder is the very object the generic tracer hands it.
 *
 * Naming (all names start with `__metajit_`, the prefix the emitter reserves in the file):
 * `__metajit_k<n>_<i>` pool constant i of jitcode n, `__metajit_d<n>_<i>` its descriptor,
 * `__metajit_o<n>_<k>` a record-options object, `__metajit_trace_<n>` the tracer of jitcode n
 * (`__metajit_trace_<n>_<mask>` its variant with the arguments of the mask constant),
 * `__metajit_G` the run-time helpers (`__metajit.gen`), type names `__metajit_<Type>`.
 *
 * Invariants: only numbers, JSON string literals and names made here are spliced into code;
 * every declared name is used (declarations are made on first use), so the emitted code also
 * compiles under `noUnusedLocals`.
 */

import { Const, type Descr } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import type { JitcodeTable } from '../../runtime/jitcode/format.js';
import { GLUE } from './refs.js';
import { numberLiteral } from './table.js';

/** The local name of the generated tracers' helpers (`__metajit.gen`). */
export const HELPERS = '__metajit_G';

/** Types of the hint API the generated code names, by their local names. */
export type TracerType = 'Recorder' | 'Value' | 'Const' | 'FieldDescr' | 'ArrayDescr' | 'RecordOptions' | 'MergeResult' | 'StepTracer' | 'PortalLayout';

export const typeName = (t: TracerType): string => `__metajit_${t}`;

/** TypeScript type of an unboxed register of each kind. */
export const TS_TYPE = { int: 'number', float: 'number', bool: 'boolean', ref: 'unknown' } as const satisfies Record<ValueType, string>;

/** The helper that boxes a value of each kind as a constant. */
export const boxHelper = (kind: ValueType): string => `${HELPERS}.${kind}`;

/** The checked-value helper of a kind (refs need no check). */
export const asHelper = (kind: ValueType): string | null =>
  kind === 'ref' ? null : `${HELPERS}.as${kind === 'int' ? 'Int' : kind === 'float' ? 'Float' : 'Bool'}`;

/** A number or boolean constant as an expression usable as an operand anywhere (negatives in parentheses). */
export function literal(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'number') throw new Error(`no literal form for a ${typeof value}`);
  const text = numberLiteral(value);
  return text.startsWith('-') ? `(${text})` : text;
}

/** The literal of a pool constant of kind int, float or bool; null for refs. */
export function constLiteral(c: Const): string | null {
  return c.type === 'ref' ? null : literal(c.value);
}

interface OptionsEntry {
  readonly name: string;
  readonly descr: string | null;
  readonly type: ValueType | 'void' | undefined;
}

export class ModuleNames {
  private readonly consts = new Map<string, { n: number; i: number; type: 'Const' | 'FieldDescr' | 'ArrayDescr' }>();
  private readonly options = new Map<string, OptionsEntry>();
  readonly types = new Set<TracerType>(['Recorder', 'Value', 'StepTracer', 'PortalLayout']);

  constructor(private readonly table: JitcodeTable) {}

  /** The module-level name of pool constant i of jitcode n. */
  constant(n: number, i: number): string {
    const name = `__metajit_k${n}_${i}`;
    if (!this.consts.has(name)) {
      if (!(this.table.get(n).pool[i] instanceof Const)) throw new Error(`${this.table.get(n).name}: pool entry ${i} is not a constant`);
      this.consts.set(name, { n, i, type: 'Const' });
      this.types.add('Const');
    }
    return name;
  }

  /** The module-level name of descriptor i of jitcode n. */
  descr(n: number, i: number): string {
    const name = `__metajit_d${n}_${i}`;
    if (!this.consts.has(name)) {
      const d = this.table.get(n).pool[i] as Descr;
      const type = d.kind === 'field' ? 'FieldDescr' : d.kind === 'array' ? 'ArrayDescr' : null;
      if (type === null) throw new Error(`${this.table.get(n).name}: pool entry ${i} is not a field or array descriptor`);
      this.consts.set(name, { n, i, type });
      this.types.add(type);
    }
    return name;
  }

  /** A shared options object `{ descr, type }` for `rec.record` (the recorder does not keep it). */
  recordOptions(n: number, descr: number | null, type: ValueType | 'void' | undefined): string {
    const d = descr === null ? null : this.descr(n, descr);
    const key = `${d}:${type}`;
    let e = this.options.get(key);
    if (e === undefined) {
      e = { name: `__metajit_o${this.options.size}`, descr: d, type };
      this.options.set(key, e);
      this.types.add('RecordOptions');
    }
    return e.name;
  }

  /** The declarations of everything named so far. */
  declarations(): string[] {
    const out = ['let __metajit_ready = false;'];
    for (const [name, c] of this.consts) out.push(`let ${name}!: ${typeName(c.type)};`);
    for (const o of this.options.values()) out.push(`let ${o.name}!: ${typeName('RecordOptions')};`);
    return out;
  }

  /**
   * `__metajit_init`: checks that the table is the one the tracers were generated from and
   * sets every module-level constant from it, once.
   */
  init(): string[] {
    const expected = this.table.codes.map((j) => `[${JSON.stringify(j.name)}, ${j.code.length}]`).join(', ');
    const out = [
      'function __metajit_init(): void {',
      '  if (__metajit_ready) return;',
      '  const table = __metajit_jitcodes();',
      `  ${HELPERS}.checkTable(table, [${expected}]);`,
    ];
    const pools = new Set([...this.consts.values()].map((c) => c.n));
    for (const n of [...pools].sort((a, b) => a - b)) out.push(`  const pool${n} = table.get(${n}).pool;`);
    for (const [name, c] of this.consts) out.push(`  ${name} = pool${c.n}[${c.i}] as ${typeName(c.type)};`);
    for (const o of this.options.values()) {
      const fields = [`descr: ${o.descr ?? 'null'}`, ...(o.type === undefined ? [] : [`type: ${JSON.stringify(o.type)}`])];
      out.push(`  ${o.name} = { ${fields.join(', ')} };`);
    }
    out.push('  __metajit_ready = true;', '}');
    return out;
  }
}

/** The alias of the helpers, declared once in the emitted block. */
export const helpersDeclaration = (): string => `const ${HELPERS} = ${GLUE}.gen;`;
