/**
 * Loading a jitcode table from the data the transformer emits.
 *
 * The transformer writes, next to a dispatch method, one call `jitcodes([...])` whose elements
 * are plain data: name, argument registers, register kinds (one letter each: `i` int, `f`
 * float, `b` bool, `r` ref), pool entries built by the `pool` helpers below, and the code as an
 * array of numbers. Pool entries that are run-time values of the interpreter (its functions and
 * classes) are written as JavaScript references to them, so the table is built only when the
 * module runs; guest-independent strings (field names, method names) are written as JSON string
 * literals, never spliced into code.
 *
 * Invariants: the table is verified (`verifyJitcode`) when built, so an emitted table that does
 * not match this runtime fails at first use with the jitcode's name, not later in a tracer.
 */

import { Const, type ArrayKind, arrayDescr, fieldDescr } from '../ir/trace.js';
import type { ValueType } from '../ir/types.js';
import { Jitcode, JitcodeTable, type PoolEntry } from './format.js';
import { verifyJitcode } from './verify.js';

/** One emitted jitcode. */
export interface JitcodeData {
  readonly name: string;
  readonly args: readonly number[];
  /** One letter per register: i, f, b or r. */
  readonly kinds: string;
  readonly pool: readonly PoolEntry[];
  readonly code: readonly number[];
}

const KIND_LETTERS: Readonly<Record<string, ValueType>> = { i: 'int', f: 'float', b: 'bool', r: 'ref' };
export const KIND_LETTER: Readonly<Record<ValueType, string>> = { int: 'i', float: 'f', bool: 'b', ref: 'r' };

/** Build and verify a table from emitted data, numbered by position. */
export function jitcodes(data: readonly JitcodeData[]): JitcodeTable {
  const table = new JitcodeTable();
  data.forEach((d, number) => {
    const kinds = Array.from(d.kinds, (c) => {
      const k = KIND_LETTERS[c];
      if (k === undefined) throw new Error(`jitcode ${d.name}: bad register kind '${c}'`);
      return k;
    });
    table.add(new Jitcode(d.name, number, d.args, kinds, d.pool, Int32Array.from(d.code)));
  });
  for (const j of table.codes) verifyJitcode(j, table);
  return table;
}

/** Pool entry constructors, as emitted code calls them. */
export const pool = {
  int: (v: number): Const => new Const('int', v),
  float: (v: number): Const => new Const('float', v),
  bool: (v: boolean): Const => new Const('bool', v),
  ref: (v: unknown): Const => new Const('ref', v),
  field: (name: string) => fieldDescr(name),
  array: (kind: ArrayKind) => arrayDescr(kind),
};
