/**
 * The jitcode layer: the format every traced function is lowered to, its text form, the
 * blackhole interpreter (the resume path), the generic tracer (the baseline tracer), the frame
 * resumption both follow, and the portal's merge and switch to the blackhole.
 */
export * from './opcodes.js';
export * from './format.js';
export { JitcodeAssembler } from './assembler.js';
export { verifyJitcode, liveIn, successors, usesAndDef } from './verify.js';
export { printJitcode, printJitcodes, type JitcodePrintOptions } from './printer.js';
export { parseJitcode, parseJitcodes, JitcodeSyntaxError, type JitcodeParseOptions } from './parser.js';
export { Blackhole } from './blackhole.js';
export { GenericTracer } from './tracer.js';
export { type JitFrame, type ReadyFrame, argumentRegisters, frameRegisters, resumeFrames, runFrames } from './frames.js';
export { type FullFrame, MergeResult, SwitchToBlackhole, mergeInCallee } from './merge.js';
export { classMismatch } from './dispatch.js';
