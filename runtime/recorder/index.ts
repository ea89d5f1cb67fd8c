/**
 * The recorder's public surface: what tracers (hand-written, generated, or the generic jitcode
 * tracer) and the JIT driver use to record traces.
 */

export { DEFAULT_TRACE_LIMIT, Recorder, type RecordOptions, type RecorderOptions, itemType } from './recorder.js';
export { TraceTooLong, TracerBug, isRecordingAbort } from './errors.js';
export { HeapCache } from './heapcache.js';
export type { GuardOpcode, OvfOpcode, PureOpcode } from './kinds.js';
export { FrameStack } from './snapshots.js';
