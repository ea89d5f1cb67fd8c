/**
 * The ts-patch program transformer: `metajit/transformer` in `compilerOptions.plugins`.
 *
 *     "plugins": [{ "transform": "metajit/transformer", "transformProgram": true }]
 *
 * Before anything is checked or emitted, it runs `emitProgram` (emit/program.ts) on the
 * program tsc built, and returns a new program in which the files with dispatch methods are
 * replaced by their JIT-enabled text (glue edits plus the appended tables): so the generated
 * code is type-checked with the author's, and emitted by tsc as usual. Everything else is reused
 * from the old program.
 *
 * Diagnostics of the transformer (code the tracer cannot handle, with file:line:col) are added
 * to the program's semantic diagnostics, so tsc prints them like its own and the build fails.
 */

import * as path from 'node:path';
import * as ts from 'typescript';
import type { AnalyzeOptions } from './analysis/types.js';
import { emitProgram } from './emit/program.js';

export interface MetajitPluginConfig {
  /** Regular expression source: which files declare the hint API (see AnalyzeOptions). */
  readonly hintsFile?: string;
}

interface Extras {
  readonly ts?: typeof ts;
}

export default function metajitTransformProgram(program: ts.Program, host: ts.CompilerHost | undefined, config: MetajitPluginConfig = {}, extras: Extras = {}): ts.Program {
  const tsi = extras.ts ?? ts;
  const opts: AnalyzeOptions = config.hintsFile ? { isHintsFile: (f) => new RegExp(config.hintsFile!).test(f) } : {};
  const result = emitProgram(program, opts);
  if (result.files.length === 0) return withDiagnostics(program, result.diagnostics);
  const options = program.getCompilerOptions();
  const base = host ?? tsi.createCompilerHost(options);
  const edited = new Map(result.files.map((f) => [path.resolve(f.fileName), f.text]));
  const next: ts.CompilerHost = Object.create(base) as ts.CompilerHost;
  next.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = edited.get(path.resolve(fileName));
    if (text !== undefined) return tsi.createSourceFile(fileName, text, languageVersion, true);
    return base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const rebuilt = tsi.createProgram({ rootNames: program.getRootFileNames(), options, host: next, oldProgram: program, projectReferences: program.getProjectReferences() });
  return withDiagnostics(rebuilt, result.diagnostics);
}

/** The program with `extra` among its semantic diagnostics (whole-program and per file). */
function withDiagnostics(program: ts.Program, extra: readonly ts.Diagnostic[]): ts.Program {
  if (extra.length === 0) return program;
  const own = program.getSemanticDiagnostics.bind(program);
  const wrapped: ts.Program = Object.create(program) as ts.Program;
  wrapped.getSemanticDiagnostics = (sourceFile, token) => {
    const mine = sourceFile ? extra.filter((d) => d.file?.fileName === sourceFile.fileName) : extra;
    return [...mine, ...own(sourceFile, token)];
  };
  return wrapped;
}
