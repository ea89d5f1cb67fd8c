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
import { type RuntimeRef, allocatesNatively, isHelperRef, lowerFunction, resolveRuntimeHelper } from '../../../transformer/lower/index.js';
import { constructCaller } from '../../../runtime/jitcode/residual.js';
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

/** The run-time value of a name: a fixture export, or a global path (`Math.floor`). */
function runtimeValue(module: Record<string, unknown>, name: string): unknown {
  if (name in module) return module[name];
  let v: unknown = globalThis;
  for (const part of name.split('.')) v = (v as Record<string, unknown>)[part];
  if (typeof v !== 'function') throw new Error(`no run-time value for ${name}`);
  return v;
}

/** Refs resolved against the evaluated fixture (functions, classes) and the run-time helpers. */
export function refResolver(module: Record<string, unknown>): (ref: RuntimeRef) => Const {
  return (ref) => {
    if (isHelperRef(ref)) return new Const('ref', resolveRuntimeHelper(ref));
    switch (ref.kind) {
      case 'function':
        return new Const('ref', runtimeValue(module, ref.callee.name));
      case 'class':
        return new Const('ref', runtimeValue(module, ref.decl.name!.text));
      case 'value':
        return new Const('ref', runtimeValue(module, ref.name));
      case 'construct':
        return new Const('ref', constructCaller(runtimeValue(module, ref.cls.getText()) as new (...a: unknown[]) => unknown));
      case 'global':
        return new Const('ref', runtimeValue(module, ref.expr.getText()));
    }
  };
}

/** Is f a constructor whose class is built by `constructCaller` (never lowered)? */
function constructedByHelper(checker: ts.TypeChecker, f: FunctionInfo): boolean {
  const d = f.decl;
  const cls = ts.isClassLike(d) ? d : ts.isConstructorDeclaration(d) ? d.parent : undefined;
  return cls !== undefined && !allocatesNatively(checker, cls);
}

/**
 * Lower the fixture's traced functions (constructors too when `constructors`, except those of
 * classes built by `constructCaller`).
 */
export function lowerFixture(file: string, skip: (f: FunctionInfo) => boolean = () => false, constructors = false): Lowered {
  const { program, analysis } = analyze([file]);
  const module = evaluate(file);
  const checker = program.getTypeChecker();
  const full = path.resolve(FIXTURES, file);
  const traced = analysis.functions.filter(
    (f) => (f.kind === 'traced' || f.kind === 'unroll') && path.resolve(f.decl.getSourceFile().fileName) === full && (constructors ? !constructedByHelper(checker, f) : !f.name.endsWith('.constructor')) && !skip(f),
  );
  const refConst = refResolver(module);
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
      refConst,
    });
    table.add(j);
  }
  return { program, analysis, table, module, code: (name) => table.byName(name) };
}
