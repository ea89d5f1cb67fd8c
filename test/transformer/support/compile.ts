/**
 * Compiling fixture interpreters in memory: a CompilerHost over a map of virtual files, falling
 * back to the real file system (lib files, the repository's runtime/hints sources). Fixtures
 * live under `<repo>/test/transformer/fixtures/` and are read from disk; a test may add more
 * virtual files (for example, a `node_modules/metajit` package pointing at the real sources).
 *
 * One program per fixture set: programs are the slow part, so tests build one and share it.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { analyzeProgram } from '../../../transformer/analysis/analyze.js';
import type { Analysis, FunctionInfo } from '../../../transformer/analysis/types.js';
import { formatDiagnostic } from '../../../transformer/diagnostics.js';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/transformer/fixtures');

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
  baseUrl: REPO,
  paths: { metajit: ['runtime/index.ts'], 'metajit/*': ['*'] },
};

/**
 * Every fixture, for a test that wants the whole suite in one program (diagnostics of one
 * fixture must not depend on which other fixtures share its program).
 */
export const ALL_FIXTURES: readonly string[] = [
  'vm.ts', 'via-package.ts', 'via-subpath.ts', 'unsupported.ts', 'suspend.ts',
  'no-switch.ts', 'two-switches.ts', 'no-driver.ts', 'driver-options.ts', 'unknown-driver.ts', 'live-variables.ts', 'misplaced.ts',
];

export function compile(roots: readonly string[], virtual: Readonly<Record<string, string>> = {}): ts.Program {
  const host = ts.createCompilerHost(OPTIONS, true);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => virtual[path.resolve(f)] ?? read(f);
  host.fileExists = (f) => path.resolve(f) in virtual || exists(f);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = virtual[path.resolve(f)];
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile(f, lang, onError, create);
  };
  return ts.createProgram(roots.map((r) => path.resolve(FIXTURES, r)), OPTIONS, host);
}

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export function analyze(roots: readonly string[], virtual: Readonly<Record<string, string>> = {}): { program: ts.Program; analysis: Analysis } {
  const program = compile(roots, virtual);
  return { program, analysis: analyzeProgram(program) };
}

export function fn(a: Analysis, name: string): FunctionInfo {
  const f = a.functions.find((x) => x.name === name);
  if (!f) throw new Error(`no function '${name}' in ${a.functions.map((x) => x.name).join(', ')}`);
  return f;
}

/** Diagnostics of one fixture file, as `line:col TScode message` (the file name dropped). */
export function diagsOf(a: Analysis, file: string): string[] {
  return a.diagnostics
    .filter((d) => d.file !== undefined && path.resolve(d.file.fileName) === path.resolve(FIXTURES, file))
    .map((d) => formatDiagnostic({ ...d, file: d.file }).replace(/^.*?:(\d+:\d+): /, '$1 '));
}

/** TypeScript's own errors in the fixtures (a fixture must type-check). */
export function tsErrors(program: ts.Program): string[] {
  return ts.getPreEmitDiagnostics(program).map(formatDiagnostic);
}

export { fs };
