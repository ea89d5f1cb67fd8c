/**
 * `metajit generate`: the transformer for builds that cannot run ts-patch (esbuild, vite, tsx,
 * TypeScript 7). For each file with a dispatch method it writes the JIT-enabled module, the
 * same text the ts-patch program transformer compiles, as `<name>.jit.ts` next to it; the
 * interpreter's users import that module instead of the plain one.
 *
 * Invariants: nothing is written when there is any diagnostic; `check` mode writes nothing and
 * reports which generated files are missing or out of date (for CI and golden tests).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { AnalyzeOptions } from './analysis/types.js';
import { type EditedFile, emitProgram } from './emit/program.js';

export interface GenerateResult {
  /** The generated files, with their paths and texts. */
  readonly outputs: ReadonlyArray<{ readonly path: string; readonly text: string }>;
  readonly diagnostics: readonly ts.Diagnostic[];
}

/** Where the JIT-enabled module of `fileName` goes. */
export function generatedPath(fileName: string): string {
  return fileName.replace(/\.(m|c)?tsx?$/, (ext) => `.jit${ext}`);
}

/** The program of a tsconfig.json, or its configuration diagnostics. */
export function programOf(tsconfig: string): { program?: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const diagnostics: ts.Diagnostic[] = [];
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d),
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, host);
  if (!parsed) return { diagnostics };
  if (parsed.errors.length > 0) return { diagnostics: parsed.errors };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
  return { program, diagnostics };
}

/** The generated modules of a program (nothing written). */
export function generate(program: ts.Program, opts: AnalyzeOptions = {}): GenerateResult {
  const r = emitProgram(program, opts);
  return { outputs: r.files.map((f: EditedFile) => ({ path: generatedPath(f.fileName), text: f.text })), diagnostics: r.diagnostics };
}

/** Write the outputs; the paths written. */
export function writeOutputs(r: GenerateResult): string[] {
  for (const o of r.outputs) fs.writeFileSync(o.path, o.text);
  return r.outputs.map((o) => o.path);
}

/** The outputs whose file on disk is missing or differs. */
export function staleOutputs(r: GenerateResult): string[] {
  return r.outputs.filter((o) => !fs.existsSync(o.path) || fs.readFileSync(o.path, 'utf8') !== o.text).map((o) => path.relative(process.cwd(), o.path));
}
