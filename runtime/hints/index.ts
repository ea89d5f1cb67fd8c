/** The hint API: what an interpreter imports from `metajit` to become JIT-enabled. */
export { jit } from './decorators.js';
export { JitDriver, type JitDriverOptions, type TracerMode } from './driver.js';
/** For code the metajit transformer emits; not part of the authoring API. */
export { __metajit } from './glue.js';
