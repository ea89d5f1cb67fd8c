/**
 * A Brainfuck program on disk as the benchmark directory keeps it: NAME.b, its input NAME.in
 * (empty when absent) and its expected output NAME.out (when present), all read as Latin-1 so
 * no byte is lost.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProgramFiles {
  readonly source: string;
  readonly input: string;
  /** The expected output, or undefined when there is no NAME.out. */
  readonly expected: string | undefined;
}

export function readProgramFiles(dir: string, name: string): ProgramFiles {
  const read = (ext: string): string | undefined => {
    const path = join(dir, `${name}.${ext}`);
    return existsSync(path) ? readFileSync(path, 'latin1') : undefined;
  };
  const source = read('b');
  if (source === undefined) throw new Error(`${join(dir, `${name}.b`)} does not exist`);
  return { source, input: read('in') ?? '', expected: read('out') };
}
