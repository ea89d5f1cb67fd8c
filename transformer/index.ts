/**
 * metajit's compile-time half (`metajit/transformer`): today, the analysis stage. It reads a
 * decorated interpreter through the TypeScript checker and returns what the lowering needs:
 * hints, dispatch handlers, drivers, reachable functions with their kinds, and diagnostics.
 * This module may import `typescript`; the runtime never does.
 */

export { analyzeProgram } from './analysis/analyze.js';
export { defaultIsHintsFile } from './analysis/hints.js';
export { builtinEffect } from './analysis/builtins.js';
export type * from './analysis/types.js';
export { DiagCode, diagnosticAt, formatDiagnostic } from './diagnostics.js';
