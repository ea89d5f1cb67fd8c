/**
 * The JavaScript backend: traces to JavaScript functions following runtime/resume/exit.ts.
 *
 * - codegen.ts: a trace to the source of one function (the only place that writes code);
 * - literals.ts: what may appear literally in that source, printed exactly;
 * - parallel-move.ts: the loop back edge's parallel assignment;
 * - availability.ts: whether the host allows code generation, and the one-time warning;
 * - compile.ts: `compileLoop`, `compileBridge`;
 * - registry.ts: `CompiledCode` and the `runCompiled` trampoline.
 */

export { CodegenHost, CodegenUnavailableError, codegenAvailable, defaultCodegenHost, setCodegenWarnHook } from './availability.js';
export type { CodegenHostOptions, FunctionMaker, WarnHook } from './availability.js';
export { compileBridge, compileLoop } from './compile.js';
export type { CompileOptions, CompiledFragment } from './compile.js';
export { CompiledCode, runCompiled } from './registry.js';
