#!/usr/bin/env node
/**
 * The `metajit` command.
 *
 *     metajit generate [-p tsconfig.json] [--check]
 *
 * `generate` writes the JIT-enabled module of every file with a `@jit.dispatch` method as
 * `<name>.jit.ts` next to it (see generate.ts); `--check` writes nothing and fails when a
 * generated file is missing or out of date. Diagnostics print as tsc prints them
 * (file:line:col), and make the command fail.
 */

import * as ts from 'typescript';
import { generate, programOf, staleOutputs, writeOutputs } from '../generate.js';

const USAGE = 'usage: metajit generate [-p tsconfig.json] [--check]';

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd !== 'generate') {
    console.error(cmd === undefined || cmd === '--help' || cmd === '-h' ? USAGE : `metajit: unknown command '${cmd}'\n${USAGE}`);
    return cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  let project = 'tsconfig.json';
  let check = false;
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k]!;
    if (a === '-p' || a === '--project') project = rest[++k] ?? '';
    else if (a === '--check') check = true;
    else {
      console.error(`metajit: unknown option '${a}'\n${USAGE}`);
      return 2;
    }
  }
  const { program, diagnostics } = programOf(project);
  if (!program) return report(diagnostics);
  const r = generate(program);
  if (r.diagnostics.length > 0) return report(r.diagnostics);
  if (r.outputs.length === 0) {
    console.error('metajit: no @jit.dispatch method in this program: nothing to generate');
    return 1;
  }
  if (check) {
    const stale = staleOutputs(r);
    for (const s of stale) console.error(`metajit: ${s} is out of date (run metajit generate)`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const p of writeOutputs(r)) console.log(`wrote ${p}`);
  return 0;
}

function report(diagnostics: readonly ts.Diagnostic[]): number {
  const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
  console.error(ts.formatDiagnostics(diagnostics, host));
  return 1;
}

process.exitCode = main(process.argv.slice(2));
