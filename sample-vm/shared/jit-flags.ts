/**
 * The JIT options every sample VM command takes, parsed in one place so that `metajit-bf` and
 * `metajit-lua` agree on their spelling, defaults and messages:
 *
 *     --jit=on|off                 the JIT switch (default on)
 *     --tracer=generated|generic   which tracer the JIT uses (default generated)
 *     --jit-stats                  print the JIT's statistics as one JSON object on stderr at exit
 */

import type { TracerMode } from '../../runtime/hints/index.js';

export interface JitFlags {
  jit: boolean;
  tracer: TracerMode;
  stats: boolean;
}

export function defaultJitFlags(): JitFlags {
  return { jit: true, tracer: 'generated', stats: false };
}

/** The usage lines of the JIT options, aligned for a command's help text. */
export const JIT_FLAGS_USAGE = `  --jit=on|off                 the JIT switch (default on)
  --tracer=generated|generic   which tracer the JIT uses (default generated)
  --jit-stats                  print the JIT's statistics as one JSON object on stderr at exit
`;

/** A JIT option with a bad value. */
export class JitFlagError extends Error {}

/** Applies `arg` when it is a JIT option (true), or leaves `flags` alone (false). */
export function takeJitFlag(arg: string, flags: JitFlags): boolean {
  if (arg === '--jit-stats') {
    flags.stats = true;
    return true;
  }
  if (arg.startsWith('--jit=')) {
    const v = arg.slice('--jit='.length);
    if (v !== 'on' && v !== 'off') throw new JitFlagError(`--jit takes on or off, not '${v}'`);
    flags.jit = v === 'on';
    return true;
  }
  if (arg.startsWith('--tracer=')) {
    const v = arg.slice('--tracer='.length);
    if (v !== 'generated' && v !== 'generic') throw new JitFlagError(`--tracer takes generated or generic, not '${v}'`);
    flags.tracer = v;
    return true;
  }
  return false;
}
