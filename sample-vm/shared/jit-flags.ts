/**
 * The JIT options every sample VM command takes, parsed in one place so that `metajit-bf` and
 * `metajit-lua` agree on their spelling, defaults and messages:
 *
 *     --jit=on|off                 the JIT switch (default on)
 *     --tracer=generated|generic   which tracer the JIT uses (default generated)
 *     --jit-stats                  print the JIT's statistics as one JSON object on stderr at exit
 *     --jit-log                    print what the JIT does on stderr as it happens
 */

import { type JitLog, formatEvent } from '../../runtime/driver/log.js';
import type { TracerMode } from '../../runtime/hints/index.js';

export interface JitFlags {
  jit: boolean;
  tracer: TracerMode;
  stats: boolean;
  log: boolean;
}

export function defaultJitFlags(): JitFlags {
  return { jit: true, tracer: 'generated', stats: false, log: false };
}

/** The usage lines of the JIT options, aligned for a command's help text. */
export const JIT_FLAGS_USAGE = `  --jit=on|off                 the JIT switch (default on)
  --tracer=generated|generic   which tracer the JIT uses (default generated)
  --jit-stats                  print the JIT's statistics as one JSON object on stderr at exit
  --jit-log                    print what the JIT does on stderr as it happens: each trace
                               started, aborted or compiled (in the textual trace format)
`;

/** A JIT option with a bad value. */
export class JitFlagError extends Error {}

/** Applies `arg` when it is a JIT option (true), or leaves `flags` alone (false). */
export function takeJitFlag(arg: string, flags: JitFlags): boolean {
  if (arg === '--jit-stats') {
    flags.stats = true;
    return true;
  }
  if (arg === '--jit-log') {
    flags.log = true;
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

/** With `--jit-log`: the JIT's events, as `METAJIT_LOG=1` prints them, go to `write` as they happen. */
export function logJitEvents(flags: JitFlags, jit: { readonly log: JitLog }, write: (text: string) => void): void {
  if (flags.log) jit.log.listener = (e) => write(formatEvent(e) + '\n');
}
