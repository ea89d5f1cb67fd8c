/**
 * The jitcode layer: the format every traced function is lowered to, its text form, the
 * blackhole interpreter (the resume path), the generic tracer (the baseline tracer) and the frame
 * resumption both follow.
 */
export * from './opcodes.js';
export * from './format.js';
export { JitcodeAssembler } from './assembler.js';
export { verifyJitcode, liveIn, successors, usesAndDef } from './verify.js';
export { printJitcode, printJitcodes, type JitcodePrintOptions } from './printer.js';
export { parseJitcode, parseJitcodes, JitcodeSyntaxError, type JitcodeParseOptions } from './parser.js';
export { Blackhole } from './blackhole.js';
export { GenericTracer } from './tracer.js';
export { type JitFrame, argumentRegisters, frameRegisters, resumeFrames } from './frames.js';
export { classMismatch } from './dispatch.js';
