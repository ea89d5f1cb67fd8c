/**
 * From a TypeScript program to the edited sources of a JIT-enabled interpreter: analysis,
 * lowering, and for each file with a dispatch method, the glue edits and an appended block
 * holding the jitcode table and the portal descriptors.
 *
 *     analyzeProgram ─► lowerProgram (placeholders for run-time values)
 *         ─► per dispatch file: rewriteDispatch (glue.ts) + appended block:
 *              import { __metajit } from '<the file's own import of the hint API>';
 *              import { f as __metajit_ref_0 } from './other.js';        (refs.ts)
 *              import type { Recorder as __metajit_Recorder, ... } from '<the same module>';
 *              let __metajit_table; const __metajit_jitcodes = () => (__metajit_table ??= ...);
 *              the generated step tracers (tracer.ts), one StepTracer factory per portal
 *              const __metajit_portal_0 = { name, layout: () => ({ table, portal, greenPositions,
 *                                           virtualizableArrays (only when the driver has some) }),
 *                                           generated: __metajit_generated_0 };
 *
 * Both the ts-patch program transformer (plugin.ts) and `metajit generate` (generate.ts) use
 * this, so they emit the same code. The appended block goes after the author's last line, so
 * no position of the author's code moves (the table is built on first use, when the module has
 * finished loading).
 *
 * Invariants: with any error diagnostic, no file is edited (a build that cannot be made
 * JIT-enabled fails rather than running half-transformed); a program without dispatch methods
 * yields no edits and no diagnostics.
 */

import MagicString from 'magic-string';
import * as ts from 'typescript';
import { analyzeProgram } from '../analysis/analyze.js';
import type { Analysis, AnalyzeOptions, DispatchInfo } from '../analysis/types.js';
import { defaultIsHintsFile } from '../analysis/hints.js';
import { DiagCode, diagnosticAt } from '../diagnostics.js';
import { lowerProgram, virtualizables } from '../lower/index.js';
import { mergeVariables, rewriteDispatch } from './glue.js';
import { GLUE, RefEmitter, placeholderConst } from './refs.js';
import { emitTable } from './table.js';
import { type PortalSpec, emitTracers } from './tracer.js';
import { typeName } from './tracer-names.js';

export interface EditedFile {
  readonly fileName: string;
  readonly text: string;
  /** A source map from the edited text to the original (v3, as JSON). */
  readonly map: string;
}

export interface EmitResult {
  readonly files: EditedFile[];
  readonly diagnostics: ts.Diagnostic[];
}

export const GENERATED_BANNER = '// ---- metajit: generated from the code above; do not edit below this line ----';

/** Files metajit generated (`metajit generate` output): never analyzed again. */
export const isGeneratedFile = (sf: ts.SourceFile): boolean => /\.jit\.(m|c)?tsx?$/.test(sf.fileName) || sf.text.includes(GENERATED_BANNER);

/** The analysis without anything declared in generated files. */
function withoutGenerated(a: Analysis): Analysis {
  const own = (n: ts.Node | undefined): boolean => n === undefined || !isGeneratedFile(n.getSourceFile());
  return {
    ...a,
    functions: a.functions.filter((f) => own(f.decl)),
    calls: a.calls.filter((c) => own(c.node)),
    dispatches: a.dispatches.filter((d) => own(d.method.decl)),
    drivers: a.drivers.filter((d) => own(d.newExpr)),
    classes: a.classes.filter((c) => own(c.decl)),
    promotes: a.promotes.filter((p) => own(p.node)),
    diagnostics: a.diagnostics.filter((d) => d.file === undefined || !isGeneratedFile(d.file)),
  };
}

export function emitProgram(program: ts.Program, opts: AnalyzeOptions = {}): EmitResult {
  const analysis = withoutGenerated(analyzeProgram(program, { ...opts, skipFile: (sf) => isGeneratedFile(sf) || (opts.skipFile?.(sf) ?? false) }));
  const diagnostics = analysis.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (analysis.dispatches.length === 0 || diagnostics.length > 0) return { files: [], diagnostics };
  const checker = program.getTypeChecker();

  // Each file gets the table of its own dispatch methods and what they reach, nothing more.
  const byFile = new Map<ts.SourceFile, DispatchInfo[]>();
  for (const d of analysis.dispatches) {
    const sf = d.method.decl.getSourceFile();
    byFile.set(sf, [...(byFile.get(sf) ?? []), d]);
  }
  const loweredByFile = new Map([...byFile].map(([sf, ds]) => [sf, lowerProgram(checker, { ...analysis, dispatches: ds }, placeholderConst)] as const));
  for (const l of loweredByFile.values()) diagnostics.push(...l.diagnostics);
  if (diagnostics.length > 0) return { files: [], diagnostics };

  const isHints = opts.isHintsFile ?? defaultIsHintsFile;
  const files: EditedFile[] = [];
  for (const [sf, dispatches] of byFile) {
    const lowered = loweredByFile.get(sf)!;
    // A node per jitcode, to locate diagnostics about the references it needs.
    const sites = new Map<number, ts.Node>();
    for (const [fn, n] of lowered.jitcodeOf) sites.set(n, fn.decl);
    for (const [d, n] of lowered.portals) sites.set(n, d.method.decl);
    const ms = new MagicString(sf.text);
    const refs = new RefEmitter(checker, sf);
    const specs: PortalSpec[] = dispatches.map((d) => {
      const { receiver } = mergeVariables(d);
      return { number: lowered.portals.get(d)!, greenPositions: d.driver!.greens.map((_, g) => g + (receiver ? 1 : 0)) };
    });
    const tracers = emitTracers(lowered.table, specs);
    const portals: string[] = [];
    dispatches.forEach((d, k) => {
      const name = `__metajit_portal_${k}`;
      const { frames, arrays } = virtualizables(checker, analysis, d);
      diagnostics.push(...rewriteDispatch(ms, d, name, frames));
      const { number, greenPositions } = specs[k]!;
      // Array virtualizables by their argument position: after the receiver and the greens.
      const first = greenPositions.length + (mergeVariables(d).receiver ? 1 : 0);
      const vableArrays = arrays.length === 0 ? '' : `, virtualizableArrays: [${arrays.map((a) => first + a.redIndex).join(', ')}]`;
      portals.push(
        `const ${name} = { name: ${JSON.stringify(d.method.name)}, layout: () => ({ table: __metajit_jitcodes(), portal: ${number}, greenPositions: [${greenPositions.join(', ')}]${vableArrays} }), generated: ${tracers.factory(number)} };`,
      );
    });
    const table = emitTable(lowered.table, refs, (n) => sites.get(n) ?? dispatches[0]!.method.decl);
    diagnostics.push(...refs.diagnostics);
    const hints = hintsSpecifier(checker, sf, isHints);
    if (hints === undefined) {
      diagnostics.push(diagnosticAt(dispatches[0]!.method.decl, DiagCode.GluePlacement, `the file of ${dispatches[0]!.method.name} must import the hint API (JitDriver, jit) with a named import, so the JIT's glue can be imported from the same module.`));
      continue;
    }
    const block = [
      '',
      GENERATED_BANNER,
      `import { ${GLUE} } from ${JSON.stringify(hints)};`,
      `import type { ${tracers.importedTypes.map((t) => `${t} as ${typeName(t)}`).join(', ')} } from ${JSON.stringify(hints)};`,
      ...refs.importLines(),
      `let __metajit_table: ReturnType<typeof ${GLUE}.jitcodes> | undefined;`,
      `const __metajit_jitcodes = (): ReturnType<typeof ${GLUE}.jitcodes> => (__metajit_table ??= ${table});`,
      tracers.text,
      ...portals,
      '',
    ].join('\n');
    ms.append(block);
    files.push({ fileName: sf.fileName, text: ms.toString(), map: ms.generateMap({ source: sf.fileName, includeContent: true, hires: true }).toString() });
  }
  if (diagnostics.length > 0) return { files: [], diagnostics };
  return { files, diagnostics };
}

/** The module specifier the file imports the hint API from. */
function hintsSpecifier(checker: ts.TypeChecker, sf: ts.SourceFile, isHints: (fileName: string) => boolean): string | undefined {
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const bindings = s.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      const sym = checker.getSymbolAtLocation(el.name);
      const target = sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      const decl = target?.declarations?.[0];
      if (decl && isHints(decl.getSourceFile().fileName)) return s.moduleSpecifier.text;
    }
  }
  return undefined;
}
