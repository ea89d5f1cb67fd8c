/**
 * `__metajit`: the one namespace the code the transformer emits into an interpreter's file
 * imports (from the module the file imports `JitDriver` and `jit` from). It builds the jitcode
 * table from emitted data, gives the run-time helpers the table's pool refers to, and (`gen`)
 * what the generated step tracers call besides the recorder (runtime/jitcode/generated.ts).
 * Authors never use it directly.
 */

import { GENERATED } from '../jitcode/generated.js';
import { jitcodes, pool } from '../jitcode/load.js';
import { arrayRest, codePointString, concatStrings, constructCaller, hasProperty, instanceOf, methodCaller, objectRest, plainObject, stringAt } from '../jitcode/residual.js';

export const __metajit = { jitcodes, pool, methodCaller, constructCaller, concatStrings, instanceOf, stringAt, plainObject, hasProperty, codePointString, arrayRest, objectRest, gen: GENERATED } as const;
