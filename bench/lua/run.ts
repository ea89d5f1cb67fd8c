/**
 * The Lua benchmark: every program of bench/lua at one size, run on every engine (LuaVM, fengari,
 * the JavaScript twin) in one process, interleaved; the report as markdown on stdout.
 *
 *     node dist/bench/lua/run.js [--rounds N] [--programs a,b] [--engines a,b]
 *                                [--size default|small] [--json [PATH]]
 *
 * `--rounds` defaults to 5, `--size` to default, `--programs` to all, `--engines` to vm, fengari and js (in
 * list order). JSON is written only with `--json`: to PATH, or to bench/lua/results.json of
 * this package when no PATH follows; the path written is printed. The programs are read from
 * this package, found from this script's place in dist/bench/lua. Progress goes to stderr; a
 * failed run (wrong output or an error) prints one line on stderr and exits 1, a usage error
 * exits 2.
 */

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_ENGINES, ENGINES, type LuaEngine } from './engines/index.js';
import { BenchCheckError, measure, type BenchCase, type ProgramResult } from './measure.js';
import { PROGRAMS, programPath, readProgramSource, type LuaBenchProgram, type SizeName } from './programs.js';
import { makeReport, thisMachine, toMarkdown } from './report.js';

const USAGE =
  'usage: node dist/bench/lua/run.js [--rounds N] [--programs a,b] [--engines a,b] [--size default|small] [--json [PATH]]';

class UsageError extends Error {}

interface Args {
  rounds: number;
  programs: LuaBenchProgram[];
  engines: LuaEngine[];
  size: SizeName;
  /** null: no JSON; '' : the default path. */
  json: string | null;
}

/** The named entries of `all`, in the order named; an unknown name is a usage error. */
function pick<T extends { name: string }>(all: readonly T[], list: string, what: string): T[] {
  const names = list.split(',').filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`--${what}s needs at least one name`);
  return names.map((name) => {
    const found = all.find((x) => x.name === name);
    if (found === undefined) throw new UsageError(`no ${what} '${name}' (known: ${all.map((x) => x.name).join(', ')})`);
    return found;
  });
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { rounds: 5, programs: [...PROGRAMS], engines: [...DEFAULT_ENGINES], size: 'default', json: null };
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k];
    const value = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--rounds') {
      const v = value();
      if (!/^[1-9][0-9]*$/.test(v)) throw new UsageError(`--rounds takes a positive integer, not '${v}'`);
      args.rounds = Number(v);
    } else if (flag === '--programs') args.programs = pick(PROGRAMS, value(), 'program');
    else if (flag === '--engines') args.engines = pick(ENGINES, value(), 'engine');
    else if (flag === '--size') {
      const v = value();
      if (v !== 'default' && v !== 'small') throw new UsageError(`--size takes default or small, not '${v}'`);
      args.size = v;
    } else if (flag === '--json') {
      const next = argv[k + 1];
      args.json = next !== undefined && !next.startsWith('--') ? argv[++k] : '';
    } else throw new UsageError(`unknown argument '${flag}'`);
  }
  return args;
}

function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench/lua: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(dirname(process.argv[1] ?? '.'), '../../..');
  const date = new Date().toISOString();
  const t0 = performance.now();
  const size = args.size;
  const cases: BenchCase[] = args.programs.map((program) => ({
    program,
    size: program.sizes[size],
    expected: program.expected[size],
    source: readProgramSource(root, program.name),
    chunkname: '@' + programPath(program.name),
  }));
  let results: ProgramResult[];
  try {
    results = measure(cases, args.engines, {
      rounds: args.rounds,
      onRun: (round, program, engine) => process.stderr.write(`round ${round + 1}/${args.rounds}: ${program} on ${engine}\n`),
    });
  } catch (e) {
    if (!(e instanceof BenchCheckError)) throw e;
    process.stderr.write(`bench/lua: check failed, no figures reported: ${e.message}\n`);
    return 1;
  }
  const report = makeReport(results, args.engines, { machine: thisMachine(), date, rounds: args.rounds, size, durationMs: performance.now() - t0 });
  console.log(toMarkdown(report));
  if (args.json !== null) {
    const path = args.json === '' ? join(root, 'bench/lua/results.json') : args.json;
    writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nJSON: ${path}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
