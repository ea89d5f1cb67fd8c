/**
 * The lowering stage: each traced function to jitcode (lower.ts), each dispatch loop to its
 * portal (portal.ts), a whole program into one table (program.ts), with register kinds decided
 * by kinds.ts and liveness by liveness.ts. The public surface of transformer/lower/.
 */
export { LowerError, type LowerContext, type RuntimeRef, type HelperRef, isHelperRef, resolveRuntimeHelper, where } from './context.js';
export { lowerFunction } from './lower.js';
export { signatureKinds, allocatesNatively } from './signatures.js';
export { lowerPortal, virtualizables, virtualizableArrays, virtualizableFrames, type Virtualizables, type VirtualizableArray, type VirtualizableFrame } from './portal.js';
export { lowerProgram, type LoweredProgram } from './program.js';
export { KindOracle, arrayKindOf, isImmutableArray, typeKind } from './kinds.js';
export { withLiveness } from './liveness.js';
