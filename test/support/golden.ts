/**
 * Golden check of a module `metajit generate` writes: the committed file is exactly what the
 * generator emits from the project today. Accept a reviewed difference with `npm run generate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { generate, programOf } from '../../transformer/generate.js';

export function expectGeneratedUpToDate(tsconfig: string, target: string): void {
  const { program, diagnostics } = programOf(tsconfig);
  expect(diagnostics).toEqual([]);
  const r = generate(program!);
  expect(r.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const out = r.outputs.find((o) => path.resolve(o.path) === path.resolve(target));
  expect(out).toBeDefined();
  expect(fs.readFileSync(target, 'utf8')).toBe(out!.text);
}
