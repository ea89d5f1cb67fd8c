/**
 * Golden check of a module `metajit generate` writes: the committed file is exactly what the
 * generator emits from the project today. Accept a reviewed difference with `npm run generate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { generate, programOf } from '../../transformer/generate.js';

/** One generation per tsconfig for the whole test file (a program of the size of this repository takes seconds). */
const generated = new Map<string, ReturnType<typeof generate>>();

export function expectGeneratedUpToDate(tsconfig: string, target: string): void {
  let r = generated.get(tsconfig);
  if (r === undefined) {
    const { program, diagnostics } = programOf(tsconfig);
    expect(diagnostics).toEqual([]);
    r = generate(program!);
    generated.set(tsconfig, r);
  }
  expect(r.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const out = r.outputs.find((o) => path.resolve(o.path) === path.resolve(target));
  expect(out).toBeDefined();
  expect(fs.readFileSync(target, 'utf8')).toBe(out!.text);
}
