/**
 * The benchmark programs by name: the set bench/bf holds, each file NAME.b built from
 * `BENCH_PROGRAMS[NAME]` at its full size (tools/write.ts writes them, the tests check that the
 * committed files are exactly that).
 */

import { fib, kernel, primes, rot13, wc, type BenchProgram } from './programs.js';

// Each program has its own size type; the table forgets it (sizes are only passed back in).
export const BENCH_PROGRAMS: Readonly<Record<string, BenchProgram<any>>> = { kernel, primes, rot13, wc, fib };
