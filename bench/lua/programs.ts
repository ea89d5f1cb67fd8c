/**
 * The Lua benchmark programs: for each, its name (programs/NAME.lua and its JavaScript twin
 * js/NAME.ts), the default size (0.3 to 2 s on the reference Lua 5.1 interpreter) and a small
 * size for tests, the one line each size prints, and the twin's `run`.
 *
 * Invariants: `sizes.default` is the default in the program's own `tonumber((...)) or N` line;
 * every expected line was produced by the reference interpreter (lua5.1) and is what the
 * program prints, without its newline, and what the twin returns; names are unique. Programs
 * read their size from `...` and fail with an error naming themselves ("NAME: wrong result")
 * when their own check of the result fails.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as sieve } from './js/sieve.js';
import { run as queens } from './js/queens.js';
import { run as towers } from './js/towers.js';
import { run as permute } from './js/permute.js';
import { run as bounce } from './js/bounce.js';
import { run as list } from './js/list.js';
import { run as storage } from './js/storage.js';
import { run as mandelbrot } from './js/mandelbrot.js';
import { run as nbody } from './js/nbody.js';
import { run as fannkuch } from './js/fannkuch.js';
import { run as binaryTrees } from './js/binary-trees.js';
import { run as spectralNorm } from './js/spectral-norm.js';
import { run as richards } from './js/richards.js';
import { run as deltablue } from './js/deltablue.js';
import { run as json } from './js/json.js';
import { run as havlak } from './js/havlak.js';
import { run as cd } from './js/cd.js';

export type SizeName = 'default' | 'small';

export interface LuaBenchProgram {
  readonly name: string;
  readonly sizes: Readonly<Record<SizeName, number>>;
  /** The line the program prints at each size (without the newline). */
  readonly expected: Readonly<Record<SizeName, string>>;
  /** The JavaScript twin: returns the program's line for a size, throws when its check fails. */
  readonly js: (n: number) => string;
}

export const PROGRAMS: readonly LuaBenchProgram[] = [
  {
    name: 'sieve',
    sizes: { default: 4_000_000, small: 10_000 },
    expected: {
      default: 'sieve: 283146 primes up to 4000000',
      small: 'sieve: 1229 primes up to 10000',
    },
    js: sieve,
  },
  {
    name: 'queens',
    sizes: { default: 12, small: 6 },
    expected: {
      default: 'queens: 14200 solutions on a 12x12 board',
      small: 'queens: 4 solutions on a 6x6 board',
    },
    js: queens,
  },
  {
    name: 'towers',
    sizes: { default: 22, small: 10 },
    expected: {
      default: 'towers: 4194303 moves for 22 disks',
      small: 'towers: 1023 moves for 10 disks',
    },
    js: towers,
  },
  {
    name: 'permute',
    sizes: { default: 10, small: 6 },
    expected: {
      default: 'permute: 3628800 permutations, first-element sum 19958400',
      small: 'permute: 720 permutations, first-element sum 2520',
    },
    js: permute,
  },
  {
    name: 'bounce',
    sizes: { default: 1_500, small: 5 },
    expected: {
      default: 'bounce: 1911000 bounces in 1500 rounds',
      small: 'bounce: 6370 bounces in 5 rounds',
    },
    js: bounce,
  },
  {
    name: 'list',
    sizes: { default: 50, small: 1 },
    expected: {
      default: 'list: 350 result cells in 50 rounds',
      small: 'list: 7 result cells in 1 rounds',
    },
    js: list,
  },
  {
    name: 'storage',
    sizes: { default: 300, small: 1 },
    expected: {
      default: 'storage: 1638300 tables, 6732900 leaf cells in 300 rounds',
      small: 'storage: 5461 tables, 22443 leaf cells in 1 rounds',
    },
    js: storage,
  },
  {
    name: 'mandelbrot',
    sizes: { default: 1_000, small: 50 },
    expected: {
      default: 'mandelbrot: 397380 of 1000000 points inside, 24406664 iterations',
      small: 'mandelbrot: 992 of 2500 points inside, 60987 iterations',
    },
    js: mandelbrot,
  },
  {
    name: 'nbody',
    sizes: { default: 250_000, small: 100 },
    expected: {
      default: 'nbody: energy -0.169075164 before, -0.169085989 after 250000 steps',
      small: 'nbody: energy -0.169075164 before, -0.169050762 after 100 steps',
    },
    js: nbody,
  },
  {
    name: 'fannkuch',
    sizes: { default: 9, small: 6 },
    expected: {
      default: 'fannkuch: checksum 8629, Pfannkuchen(9) = 30',
      small: 'fannkuch: checksum 49, Pfannkuchen(6) = 10',
    },
    js: fannkuch,
  },
  {
    name: 'binary-trees',
    sizes: { default: 14, small: 6 },
    expected: {
      default: 'binary-trees: 3222190 nodes in 21842 trees of depth up to 15',
      small: 'binary-trees: 4398 nodes in 82 trees of depth up to 7',
    },
    js: binaryTrees,
  },
  {
    name: 'spectral-norm',
    sizes: { default: 500, small: 20 },
    expected: {
      default: 'spectral-norm: 1.274224116 for size 500',
      small: 'spectral-norm: 1.273839841 for size 20',
    },
    js: spectralNorm,
  },
  {
    name: 'richards',
    sizes: { default: 400, small: 1 },
    expected: {
      default: 'richards: 928800 packets queued, 371200 holds in 400 runs',
      small: 'richards: 2322 packets queued, 928 holds in 1 runs',
    },
    js: richards,
  },
  {
    name: 'deltablue',
    sizes: { default: 300, small: 1 },
    expected: {
      default: 'deltablue: 3648000 constraints executed in 300 rounds',
      small: 'deltablue: 12160 constraints executed in 1 rounds',
    },
    js: deltablue,
  },
  {
    name: 'json',
    sizes: { default: 1_000, small: 1 },
    expected: {
      default: 'json: 1000 parses of 2983 bytes, 219 values each',
      small: 'json: 1 parses of 2983 bytes, 219 values each',
    },
    js: json,
  },
  {
    name: 'havlak',
    sizes: { default: 40, small: 1 },
    expected: {
      default: 'havlak: 6404 loops nested 3 deep in 20853 blocks, 3 passes',
      small: 'havlak: 164 loops nested 3 deep in 534 blocks, 3 passes',
    },
    js: havlak,
  },
  {
    name: 'cd',
    sizes: { default: 200, small: 2 },
    expected: {
      default: 'cd: 3476 collisions among 200 aircraft in 100 frames',
      small: 'cd: 15 collisions among 2 aircraft in 100 frames',
    },
    js: cd,
  },
];

/** The path of a program's source relative to the package root, as chunk names show it. */
export function programPath(name: string): string {
  return `bench/lua/programs/${name}.lua`;
}

/** A program's source text, read as Latin-1 (Lua strings are bytes) from the package at `root`. */
export function readProgramSource(root: string, name: string): string {
  return readFileSync(join(root, programPath(name)), 'latin1');
}
