/**
 * What the benchmark runs a program on: an engine takes one job (a program's source, chunk
 * name and size) and returns everything the program wrote to stdout. The runner and the
 * tests know engines only through this interface and the list in engines/index.ts.
 *
 * Invariants: an engine builds a fresh Lua state (or whatever it runs on) for every job, so no
 * run sees another's globals; a Lua error, and any failure of the program's own checks,
 * escapes `run` as an exception.
 */

import type { LuaBenchProgram } from '../programs.js';

export interface RunJob {
  readonly program: LuaBenchProgram;
  /** The Lua source text (Latin-1: one char per byte). */
  readonly source: string;
  /** '@' + the source's path, as Lua's loaders name a file chunk. */
  readonly chunkname: string;
  /** The problem size, passed to the main chunk as its one vararg, a string like lua's command line. */
  readonly size: number;
}

export interface LuaEngine {
  /** Short key used in the JSON report and in `--engines`. */
  readonly name: string;
  /** Column heading in the markdown report. */
  readonly label: string;
  /** Runs one job; returns the program's stdout (Latin-1 text). */
  run(job: RunJob): string;
}
