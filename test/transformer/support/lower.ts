/**
 * Lowering fixtures for tests: compile a fixture, lower every traced function of it into one
 * jitcode table (numbers assigned before lowering, so calls may go forward), and evaluate the
 * same fixture as plain JavaScript (transpiled, hints resolved to the real run-time hints) to
 * compare the blackhole's results with.
 */

import * as path from 'node:path';
import * as ts from 'typescript';
import * as hints from '../../../runtime/hints/index.js';
import { Const } from '../../../runtime/ir/trace.js';
import { type Jitcode, JitcodeTable } from '../../../runtime/jitcode/format.js';
import type { Analysis, FunctionInfo } from '../../../transformer/analysis/types.js';
import { lowerFunction } from '../../../transformer/lower/index.js';
import { FIXTURES, analyze, fs } from './compile.js';

export interface Lowered {
  readonly program: ts.Program;
  readonly analysis: Analysis;
  readonly table: JitcodeTable;
  /** The fixture evaluated as plain JavaScript: its exports. */
  readonly module: Record<string, unknown>;
  code(name: string): Jitcode;
}

/** Evaluate a fixture module (CommonJS after transpiling); its imports of the hints get the real ones. */
export function evaluate(file: string): Record<string, unknown> {
  const source = fs.readFileSync(path.resolve(FIXTURES, file), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  const req = (m: string): unknown => {
    if (m.endsWith('runtime/hints/index.js')) return hints;
    throw new Error(`fixture ${file} imports ${m}`);
  };
  new Function('exports', 'require', js)(exports, req);
  return exports;
}

/** A residual callee's run-time value: a fixture export, or a global path (`Math.floor`). */
function runtimeValue(module: Record<string, unknown>, f: FunctionInfo): unknown {
  if (f.name in module) return module[f.name];
  let v: unknown = globalThis;
  for (const part of f.name.split('.')) v = (v as Record<string, unknown>)[part];
  if (typeof v !== 'function') throw new Error(`no run-time value for ${f.name}`);
  return v;
}

export function lowerFixture(file: string, skip: (f: FunctionInfo) => boolean = () => false): Lowered {
  const { program, analysis } = analyze([file]);
  const module = evaluate(file);
  const checker = program.getTypeChecker();
  const full = path.resolve(FIXTURES, file);
  const traced = analysis.functions.filter(
    (f) => (f.kind === 'traced' || f.kind === 'unroll') && path.resolve(f.decl.getSourceFile().fileName) === full && !f.name.endsWith('.constructor') && !skip(f),
  );
  const numbers = new Map<FunctionInfo, number>(traced.map((f, k) => [f, k]));
  const table = new JitcodeTable();
  for (const f of traced) {
    const j = lowerFunction(checker, f.decl, {
      analysis,
      number: numbers.get(f)!,
      jitcodeOf: (c) => {
        const n = numbers.get(c);
        if (n === undefined) throw new Error(`no jitcode for ${c.name}`);
        return n;
      },
      functionConst: (c) => new Const('ref', runtimeValue(module, c)),
    });
    table.add(j);
  }
  return { program, analysis, table, module, code: (name) => table.byName(name) };
}
