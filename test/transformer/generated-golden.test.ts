/**
 * Golden test of the emitted code: the JIT-enabled Brainfuck and Lua modules committed in the
 * repository (sample-vm/bf/interpreter.jit.ts, sample-vm/lua/vm/interpreter.jit.ts) are exactly what `metajit generate` makes of the sources
 * today. After a change to the transformer or the interpreter, review the difference and accept
 * it with `npm run generate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedPath } from '../../transformer/generate.js';
import { expectGeneratedUpToDate } from '../support/golden.js';
import { GENERATED_BANNER } from '../../transformer/emit/program.js';

const ROOT = path.join(__dirname, '../..');

test('sample-vm/bf/interpreter.jit.ts is what metajit generate emits (accept: npm run generate)', () => {
  expectGeneratedUpToDate(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'sample-vm/bf/interpreter.jit.ts'));
}, 60_000);

test('sample-vm/lua/vm/interpreter.jit.ts is what metajit generate emits (accept: npm run generate)', () => {
  expectGeneratedUpToDate(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'sample-vm/lua/vm/interpreter.jit.ts'));
}, 60_000);

test('the generated module keeps the author code above the banner, unchanged but for the glue', () => {
  const src = fs.readFileSync(path.join(ROOT, 'sample-vm/bf/interpreter.ts'), 'utf8');
  const gen = fs.readFileSync(generatedPath(path.join(ROOT, 'sample-vm/bf/interpreter.ts')), 'utf8');
  const [above] = gen.split(GENERATED_BANNER);
  const srcLines = src.split('\n');
  const genLines = above!.split('\n');
  // Same number of lines above the banner: no author line moved (the appended block follows).
  expect(genLines.length).toBeGreaterThanOrEqual(srcLines.length);
  const changed = srcLines.flatMap((l, k) => (l === genLines[k] ? [] : [k + 1]));
  // Only the merge-point variables' declarations (const → let), the loop label and the
  // canEnterJit statement change.
  expect(changed.length).toBeGreaterThan(0);
  expect(changed.length).toBeLessThanOrEqual(4);
  for (const k of changed) expect(genLines[k - 1]).toMatch(/^\s*let |__metajit_loop: |__metajit\w*/);
});
