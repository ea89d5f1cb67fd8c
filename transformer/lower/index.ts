/**
 * The lowering stage: each traced function to jitcode (lower.ts), with register kinds decided
 * by kinds.ts and liveness by liveness.ts. The public surface of transformer/lower/.
 */
export { LowerError, type LowerContext, lowerFunction, signatureKinds } from './lower.js';
export { KindOracle, arrayKindOf, typeKind } from './kinds.js';
export { withLiveness } from './liveness.js';
