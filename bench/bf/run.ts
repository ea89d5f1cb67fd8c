/**
 * `npm run bench:bf`: every program of bench/bf that has a `BENCH_PROGRAMS` entry, at its
 * committed full size, run four ways in one process (see measure.ts), reported as markdown on
 * stdout and as JSON in bench/bf/results.json.
 *
 *     node dist/bench/bf/run.js [--rounds N] [--programs a,b] [--json PATH] [--dir DIR]
 *
 * `--rounds` defaults to 5. Without `--programs`, every program is run, except that `fib` is
 * dropped when its first interpreted run takes more than 60 s (the report says so); a program
 * named in `--programs` is always run. The programs are read from DIR (default: bench/bf of
 * this package, found from this script's place in dist/bench/bf); the expected output of each
 * is its committed NAME.out. Progress goes to stderr; a failed output check prints one line on
 * stderr and exits 1, a usage error exits 2.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { readProgramFiles } from '../../sample-vm/bf/files.js';
import { dirname, join, resolve } from 'node:path';
import { BENCH_PROGRAMS } from './tools/index.js';
import { BenchCheckError, measure, type BenchCase, type ProgramResult } from './measure.js';
import { thisMachine, toMarkdown, type BenchReport } from './report.js';

const SLOW_LIMIT = { programs: ['fib'], ms: 60_000 };

interface Args {
  rounds: number;
  programs: string[] | null;
  json: string | null;
  dir: string;
}

class UsageError extends Error {}

const USAGE = 'usage: node dist/bench/bf/run.js [--rounds N] [--programs a,b] [--json PATH] [--dir DIR]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { rounds: 5, programs: null, json: null, dir: resolve(dirname(process.argv[1] ?? '.'), '../../../bench/bf') };
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k]!;
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--rounds') {
      const v = value();
      if (!/^[1-9][0-9]*$/.test(v)) throw new UsageError(`--rounds takes a positive integer, not '${v}'`);
      args.rounds = Number(v);
    } else if (flag === '--programs') args.programs = value().split(',').filter((s) => s !== '');
    else if (flag === '--json') args.json = value();
    else if (flag === '--dir') args.dir = value();
    else throw new UsageError(`unknown argument '${flag}'`);
  }
  return args;
}

/** The programs to run: those named (each must have a BENCH_PROGRAMS entry and a .b file), or all with a .b file. */
function selectPrograms(dir: string, named: readonly string[] | null): string[] {
  const known = Object.keys(BENCH_PROGRAMS);
  if (named === null) return known.filter((name) => existsSync(join(dir, `${name}.b`)));
  for (const name of named) {
    if (!known.includes(name)) throw new UsageError(`no benchmark program '${name}' (known: ${known.join(', ')})`);
    if (!existsSync(join(dir, `${name}.b`))) throw new UsageError(`${join(dir, `${name}.b`)} does not exist`);
  }
  return [...named];
}

/** NAME.b, NAME.in (empty when absent) and NAME.out, read as Latin-1 like the tests read them. */
function loadCase(dir: string, name: string): BenchCase {
  const f = readProgramFiles(dir, name);
  if (f.expected === undefined) throw new UsageError(`${join(dir, `${name}.out`)} does not exist`);
  return { name, source: f.source, input: f.input, expected: f.expected };
}

function main(argv: readonly string[]): number {
  let args: Args;
  let names: string[];
  try {
    args = parseArgs(argv);
    names = selectPrograms(args.dir, args.programs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench/bf: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const date = new Date().toISOString();
  const t0 = performance.now();
  const cases = names.map((name) => loadCase(args.dir, name));
  let programs: ProgramResult[];
  try {
    programs = measure(cases, {
      rounds: args.rounds,
      ...(args.programs === null ? { skipSlow: SLOW_LIMIT } : {}),
      onRun: (round, program, way) => process.stderr.write(`round ${round + 1}/${args.rounds}: ${program} ${way}\n`),
    });
  } catch (e) {
    if (!(e instanceof BenchCheckError)) throw e;
    process.stderr.write(`bench/bf: output check failed, no figures reported: ${e.message}\n`);
    return 1;
  }
  const report: BenchReport = { machine: thisMachine(), date, rounds: args.rounds, durationMs: performance.now() - t0, programs };
  const jsonPath = args.json ?? join(args.dir, 'results.json');
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  console.log(toMarkdown(report));
  console.log(`\nJSON: ${jsonPath}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
