/**
 * The Lua benchmark's measurement: every program run on every engine, in one process, for a
 * number of interleaved rounds. A round runs each program once on each engine; the order of
 * the engines rotates by one each round (the first round keeps the listed order), so no
 * engine always runs first or last.
 *
 * Invariants: a time is recorded only for a run whose output is exactly the program's expected
 * line plus a newline; a run that prints anything else or throws stops the whole measurement
 * with `BenchCheckError` naming the program, the engine and what went wrong (no report is made
 * from a partial or wrong run). A run's time is `performance.now()` around the engine's `run`:
 * building the engine's state, compiling and running. Medians of an even count are the mean
 * of the two middle values. Nothing here reads files or prints.
 */

import type { LuaEngine } from './engines/engine.js';
import type { LuaBenchProgram } from './programs.js';
import { BenchCheckError, median, rotated } from '../common.js';

/** One program at one size, ready to run. */
export interface BenchCase {
  readonly program: LuaBenchProgram;
  readonly size: number;
  /** The line the program must print (without the newline). */
  readonly expected: string;
  readonly source: string;
  readonly chunkname: string;
}

export interface ProgramResult {
  readonly name: string;
  readonly size: number;
  /** Every run's time per engine name, in round order (ms). */
  readonly runsMs: Readonly<Record<string, readonly number[]>>;
  readonly medianMs: Readonly<Record<string, number>>;
}

export interface MeasureOptions {
  readonly rounds: number;
  /** Called before each run (round is 0-based). */
  readonly onRun?: (round: number, program: string, engine: string) => void;
}

export { BenchCheckError, median };

/** The engines in the order round `round` runs them: the list rotated left by `round`. */
export const engineOrder = rotated;

/** Shows a program's output in a message: quoted, control characters escaped, cut when long. */
function shown(s: string): string {
  const cut = s.length > 200 ? s.slice(0, 200) + '...' : s;
  return JSON.stringify(cut);
}

/** Runs one case on one engine, checks its output and returns the time it took (ms). */
export function timeRun(engine: LuaEngine, c: BenchCase): number {
  let output: string;
  const t0 = performance.now();
  try {
    output = engine.run({ program: c.program, source: c.source, chunkname: c.chunkname, size: c.size });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new BenchCheckError(`${c.program.name} (size ${c.size}) failed on ${engine.name}: ${message}`);
  }
  const ms = performance.now() - t0;
  if (output !== c.expected + '\n') {
    throw new BenchCheckError(`${c.program.name} (size ${c.size}) on ${engine.name} printed ${shown(output)}, expected ${shown(c.expected + '\n')}`);
  }
  return ms;
}

export function measure(cases: readonly BenchCase[], engines: readonly LuaEngine[], options: MeasureOptions): ProgramResult[] {
  const runs = cases.map(() => new Map<string, number[]>(engines.map((e) => [e.name, []])));
  for (let round = 0; round < options.rounds; round++) {
    const order = engineOrder(engines, round);
    cases.forEach((c, k) => {
      for (const engine of order) {
        options.onRun?.(round, c.program.name, engine.name);
        runs[k].get(engine.name)!.push(timeRun(engine, c));
      }
    });
  }
  return cases.map((c, k) => {
    const runsMs = Object.fromEntries(runs[k]);
    const medianMs = Object.fromEntries([...runs[k]].map(([name, ms]) => [name, median(ms)]));
    return { name: c.program.name, size: c.size, runsMs, medianMs };
  });
}
