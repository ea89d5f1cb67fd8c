/**
 * Writes bench/bf/NAME.b, NAME.in (when the program reads input) and NAME.out from
 * tools/programs.ts at their full sizes: `node dist/bench/bf/tools/write.js [bench/bf]`.
 * The output written is the interpreter's, and it is refused unless it equals the program's
 * independent JavaScript `expected`, so a committed `.out` is never just what the interpreter said.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BfMachine } from '../../../sample-vm/bf/interpreter.js';
import { BufferIO, latin1 } from '../../../sample-vm/bf/io.js';
import { parse } from '../../../sample-vm/bf/program.js';
import { BENCH_PROGRAMS } from './index.js';

const dir = process.argv[2] ?? 'bench/bf';
for (const [name, p] of Object.entries(BENCH_PROGRAMS)) {
  const source = p.source(p.full);
  const input = p.input(p.full);
  const io = new BufferIO(latin1(input));
  const t0 = performance.now();
  new BfMachine(parse(source, `${name}.b`), io, { jit: false }).run();
  const ms = performance.now() - t0;
  const out = io.text();
  if (out !== p.expected(p.full, input)) throw new Error(`${name}: the interpreter's output differs from the expected output`);
  writeFileSync(join(dir, `${name}.b`), source, 'latin1');
  if (input !== '') writeFileSync(join(dir, `${name}.in`), input, 'latin1');
  writeFileSync(join(dir, `${name}.out`), out, 'latin1');
  console.log(`${name}: ${source.length} bytes of program, ${input.length} of input, ${out.length} of output, ${ms.toFixed(0)} ms`);
}
