/** The hint API: what an interpreter imports from `metajit` to become JIT-enabled. */
export { jit } from './decorators.js';
export { JitDriver, type JitDriverOptions, type TracerMode } from './driver.js';
