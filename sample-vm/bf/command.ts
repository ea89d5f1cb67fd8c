/**
 * The `metajit-bf` command as a function: arguments, input and output are parameters and the
 * exit status is the result, so tests run it in-process (sample-vm/bf/cli.ts is the executable
 * that calls it with the real process streams).
 *
 *     metajit-bf [--jit=on|off] [--tracer=generated|generic] [--jit-stats] program.b < input
 *
 * Exit status: 0 on success, 1 for a missing file, a syntax error or a guest runtime error,
 * 2 for a usage error; every failure is one clear line on stderr (a usage error adds the usage
 * text). The options configure the interpreter's JitDriver (`driver.configure`), so wiring the
 * JIT changes nothing here. `--jit-stats` prints one JSON object on stderr at exit: the
 * driver's `stats()` (all zero while the interpreter runs without the metajit transformer: no
 * trace was recorded, and the figures say so) plus the run's settings and wall time.
 */

import { readFileSync } from 'node:fs';
import { JitDriver, type TracerMode } from '../../runtime/hints/index.js';
import { BfMachine, BfRuntimeError } from './interpreter.js';
import { BufferIO } from './io.js';
import { BfSyntaxError, parse } from './program.js';

export interface CliEnv {
  readonly argv: readonly string[];
  /** The whole input; called only when the program is about to run. */
  readonly stdin: () => Uint8Array;
  readonly stdout: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly readFile?: (path: string) => string;
}

export const USAGE = `usage: metajit-bf [options] program.b   (input on stdin, output on stdout)
  --jit=on|off                 the JIT switch (default on)
  --tracer=generated|generic   which tracer the JIT uses (default generated)
  --jit-stats                  print the JIT's statistics as one JSON object on stderr at exit
  --help                       this text
`;

interface Options {
  file: string;
  jit: boolean;
  tracer: TracerMode;
  stats: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  let file: string | undefined;
  let jit = true;
  let tracer: TracerMode = 'generated';
  let stats = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--jit-stats') stats = true;
    else if (arg.startsWith('--jit=')) {
      const v = arg.slice('--jit='.length);
      if (v !== 'on' && v !== 'off') throw new UsageError(`--jit takes on or off, not '${v}'`);
      jit = v === 'on';
    } else if (arg.startsWith('--tracer=')) {
      const v = arg.slice('--tracer='.length);
      if (v !== 'generated' && v !== 'generic') throw new UsageError(`--tracer takes generated or generic, not '${v}'`);
      tracer = v;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else if (file !== undefined) throw new UsageError(`one program file only (got '${file}' and '${arg}')`);
    else file = arg;
  }
  if (file === undefined) throw new UsageError('no program file given');
  return { file, jit, tracer, stats };
}

export function main(env: CliEnv): number {
  let opts: Options | 'help';
  try {
    opts = parseArgs(env.argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    env.stderr(`metajit-bf: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    env.stderr(USAGE);
    return 0;
  }
  let source: string;
  try {
    source = (env.readFile ?? ((p: string) => readFileSync(p, 'latin1')))(opts.file);
  } catch (e) {
    env.stderr(`metajit-bf: cannot read ${opts.file}: ${(e as Error).message}\n`);
    return 1;
  }
  const io = new BufferIO(env.stdin(), env.stdout);
  let status = 0;
  let machine: BfMachine | undefined;
  const t0 = performance.now();
  try {
    machine = new BfMachine(parse(source, opts.file), io, { jit: opts.jit, tracer: opts.tracer });
    machine.run();
  } catch (e) {
    if (!(e instanceof BfSyntaxError || e instanceof BfRuntimeError)) throw e;
    env.stderr(`metajit-bf: ${e.message}\n`);
    status = 1;
  } finally {
    io.flush();
  }
  const ms = performance.now() - t0;
  if (opts.stats) {
    // Without a machine (the program did not parse) nothing ran: a fresh driver's zeros.
    const stats = (machine?.driver ?? new JitDriver({ name: 'bf', greens: ['pc'], reds: [] })).stats();
    const line = { program: opts.file, jit: opts.jit ? 'on' : 'off', tracer: opts.tracer, status, wallMs: Math.round(ms * 1000) / 1000, ...stats };
    env.stderr(JSON.stringify(line) + '\n');
  }
  return status;
}
