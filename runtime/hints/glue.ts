/**
 * `__metajit`: the one namespace the code the transformer emits into an interpreter's file
 * imports (from the module the file imports `JitDriver` and `jit` from). It builds the jitcode
 * table from emitted data and gives the run-time helpers the table's pool refers to. Authors
 * never use it directly.
 */

import { jitcodes, pool } from '../jitcode/load.js';
import { concatStrings, constructCaller, methodCaller } from '../jitcode/residual.js';

export const __metajit = { jitcodes, pool, methodCaller, constructCaller, concatStrings } as const;
