/** The hint API: what an interpreter imports from `metajit` to become JIT-enabled. */
export { jit } from './decorators.js';
export { JitDriver, type JitDriverOptions, type TracerMode } from './driver.js';
/** For code the metajit transformer emits; not part of the authoring API. */
export { __metajit } from './glue.js';
/** Types the generated step tracers name (emitted code imports them under `__metajit_` names). */
export type { PortalLayout, StepTracer } from '../driver/portal.js';
export type { ArrayDescr, Const, FieldDescr, Value } from '../ir/trace.js';
export type { MergeResult } from '../jitcode/merge.js';
export type { RecordOptions, Recorder } from '../recorder/recorder.js';
