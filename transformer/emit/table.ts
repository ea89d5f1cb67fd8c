/**
 * Emitting a jitcode table as TypeScript: one `__metajit.jitcodes([...])` call whose elements
 * are the data `runtime/jitcode/load.ts` rebuilds the table from.
 *
 * Every pool entry is written through a constructor of `__metajit.pool` (typed constants,
 * descriptors) or, for run-time values of the interpreter, through `RefEmitter` (refs.ts).
 * Strings are JSON string literals; numbers are written so that `NaN`, infinities and `-0`
 * survive. Nothing of the guest program is ever part of the emitted text: tables are built from
 * the interpreter's source alone.
 */

import type * as ts from 'typescript';
import { Const, type Descr } from '../../runtime/ir/trace.js';
import { type JitcodeTable, type PoolEntry } from '../../runtime/jitcode/format.js';
import { KIND_LETTER } from '../../runtime/jitcode/load.js';
import { GLUE, RefPlaceholder, type RefEmitter } from './refs.js';

/** A number as a JavaScript expression that evaluates to exactly it. */
export function numberLiteral(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function constLiteral(c: Const, refs: RefEmitter, site: ts.Node): string {
  const v = c.value;
  switch (c.type) {
    case 'int':
    case 'float':
      return `${GLUE}.pool.${c.type}(${numberLiteral(v as number)})`;
    case 'bool':
      return `${GLUE}.pool.bool(${v ? 'true' : 'false'})`;
    case 'ref':
      return `${GLUE}.pool.ref(${refLiteral(v, refs, site)})`;
  }
}

function refLiteral(v: unknown, refs: RefEmitter, site: ts.Node): string {
  if (v instanceof RefPlaceholder) return refs.expr(v.ref, site);
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return numberLiteral(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new Error(`a jitcode constant of type ${typeof v} has no source form`);
}

function poolLiteral(e: PoolEntry, refs: RefEmitter, site: ts.Node): string {
  if (e instanceof Const) return constLiteral(e, refs, site);
  const d = e as Descr;
  if (d.kind === 'field') return `${GLUE}.pool.field(${JSON.stringify(d.name)})`;
  if (d.kind === 'array') return `${GLUE}.pool.array(${JSON.stringify(d.elem)})`;
  throw new Error(`a pool entry of kind ${(d as { kind: string }).kind} has no source form`);
}

/**
 * The table as an expression. `site` (per jitcode, by number) locates diagnostics about
 * references the jitcode needs.
 */
export function emitTable(table: JitcodeTable, refs: RefEmitter, site: (number: number) => ts.Node): string {
  const items = table.codes.map((j) => {
    const at = site(j.number);
    const pool = j.pool.map((e) => poolLiteral(e, refs, at)).join(', ');
    const kinds = j.kinds.map((k) => KIND_LETTER[k]).join('');
    return `    { name: ${JSON.stringify(j.name)}, args: [${j.args.join(', ')}], kinds: ${JSON.stringify(kinds)},\n      pool: [${pool}],\n      code: [${Array.from(j.code).join(', ')}] },`;
  });
  return `${GLUE}.jitcodes([\n${items.join('\n')}\n  ])`;
}
