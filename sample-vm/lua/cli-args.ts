/**
 * The command line of `metajit-lua`, read as lua.c (Lua 5.1) reads its own, plus the JIT
 * options of every sample VM command (../shared/jit-flags.ts), which may come anywhere before
 * the script:
 *
 *     metajit-lua [options] [script [args]]
 *       -e stat   execute string 'stat'          -l name   require library 'name'
 *       -i        interactive mode after the script   -v    show version information
 *       --        stop handling options          -         execute stdin and stop handling options
 *
 * Options run in order (`-e` and `-l` are actions); the first argument that is not an option is
 * the script, and everything after it belongs to the script (its `...` and `arg[1..]`). The
 * `arg` table numbers every argument relative to the script: arg[0] is the script, negative
 * indices hold the options and the command name, as lua.c's getargs does; without a script
 * there is no `arg` table.
 */

import { JitFlagError, defaultJitFlags, takeJitFlag, type JitFlags } from '../shared/jit-flags.js';

export type LuaAction = { readonly kind: 'exec'; readonly chunk: string } | { readonly kind: 'require'; readonly name: string };

export interface LuaArgs extends JitFlags {
  /** -e and -l, in command-line order. */
  readonly actions: LuaAction[];
  /** The script path, '-' for stdin, or undefined. */
  script: string | undefined;
  /** The script's own arguments. */
  scriptArgs: string[];
  /** Every argument, for the `arg` table: arg[i - scriptIndex] = argv[i] (argv[0] is the command name). */
  readonly argv: readonly string[];
  /** The script's index in `argv` (undefined without a script). */
  scriptIndex: number | undefined;
  version: boolean;
  interactive: boolean;
  help: boolean;
}

/** A command line lua.c would reject ("unrecognized option '-x'", "'-e' needs argument"). */
export class LuaUsageError extends Error {}

/** Reads `argv` (argv[0] is the command name, as in C). */
export function parseLuaArgs(argv: readonly string[]): LuaArgs {
  const out: LuaArgs = {
    ...defaultJitFlags(),
    actions: [],
    script: undefined,
    scriptArgs: [],
    argv,
    scriptIndex: undefined,
    version: false,
    interactive: false,
    help: false,
  };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    try {
      if (takeJitFlag(a, out)) continue;
    } catch (e) {
      if (e instanceof JitFlagError) throw new LuaUsageError(e.message);
      throw e;
    }
    if (a === '--help') {
      out.help = true;
      continue;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--') {
      i++;
      break;
    }
    const opt = a[1]!;
    if (opt === 'e' || opt === 'l') {
      let value = a.slice(2);
      if (value === '') {
        const next = argv[++i];
        if (next === undefined) throw new LuaUsageError(`'${a}' needs argument`);
        value = next;
      }
      out.actions.push(opt === 'e' ? { kind: 'exec', chunk: value } : { kind: 'require', name: value });
    } else if (a === '-i') {
      out.interactive = true;
      out.version = true;
    } else if (a === '-v') out.version = true;
    else throw new LuaUsageError(`unrecognized option '${a}'`);
  }
  if (i < argv.length) {
    out.scriptIndex = i;
    out.script = argv[i]!;
    out.scriptArgs = argv.slice(i + 1);
  }
  return out;
}

/** lua.c's usage text, with this command's name and JIT options. */
export function luaUsage(progname: string, jitUsage: string): string {
  return `usage: ${progname} [options] [script [args]].
Available options are:
  -e stat  execute string 'stat'
  -l name  require library 'name'
  -i       enter interactive mode after executing 'script'
  -v       show version information
  --       stop handling options
  -        execute stdin and stop handling options
${jitUsage}`;
}
