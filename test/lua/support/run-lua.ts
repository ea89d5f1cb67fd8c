/**
 * Runs a Lua program file through LuaVM the way the `lua` command runs a script: the program's
 * folder is the current directory while it runs (so relative paths such as package.path
 * "./mods/?.lua" resolve next to it), the chunk is named '@' + the file's base name, stdout and
 * stderr are captured as latin1 byte strings, standard input is empty, and an uncaught error
 * is reported as the first line lua5.1 prints for it on stderr, with the program name `lua`:
 *
 *   a string or number error value  ->  "lua: <message>"  (numbers as "%.14g")
 *   any other error value           ->  "lua: (error object is not a string)"
 *   nil                             ->  ""  (lua.c prints nothing)
 *   a syntax error                  ->  "lua: file.lua:3: '=' expected near 'x'"
 *
 * Invariant: the process's current directory is restored whatever the program does.
 */
import * as path from 'node:path';
import { LuaVM, type LuaStdin, type LuaVMOptions } from '../../../sample-vm/lua/index.js';
import { LuaSyntaxError } from '../../../sample-vm/lua/syntax/parser.js';
import { LuaError } from '../../../sample-vm/lua/value/error.js';
import { numberToString } from '../../../sample-vm/lua/value/number.js';

export interface LuaRunResult {
  /** Everything the program wrote to stdout (print, io.write), one char per byte. */
  readonly stdout: string;
  /** Everything the program itself wrote to stderr (io.stderr:write). */
  readonly stderr: string;
  /** The first line of the uncaught-error report, or undefined when the program ran to its end. */
  readonly error: string | undefined;
}

/** Programs never wait on the terminal: standard input is empty. */
const EMPTY_STDIN: LuaStdin = { read: () => undefined };

/** The first line lua5.1's stand-alone interpreter prints for an error that reached the top level. */
export function uncaughtErrorLine(e: LuaError | LuaSyntaxError): string {
  let message: string;
  if (e instanceof LuaSyntaxError) {
    message = e.message;
  } else {
    const v = e.value;
    if (v === undefined) return '';
    if (typeof v === 'string') message = v;
    else if (typeof v === 'number') message = numberToString(v);
    else message = '(error object is not a string)';
  }
  return `lua: ${message}`.split('\n')[0]!;
}

/** The JIT part of LuaVM's options: which interpreter, tracer and parameters. */
export type LuaJitOptions = Pick<LuaVMOptions, 'jit' | 'tracer' | 'params'>;

/** Runs one program file with its own folder as the current directory (the plain interpreter unless `jit` says otherwise). */
export function runLuaFile(file: string, jit: LuaJitOptions = {}): LuaRunResult {
  const absolute = path.resolve(file);
  const script = path.basename(absolute);
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  process.chdir(path.dirname(absolute));
  try {
    const vm = new LuaVM({
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      stdin: EMPTY_STDIN,
      scriptArgs: { script, args: [] },
      ...jit,
    });
    let error: string | undefined;
    try {
      vm.runFile(script);
    } catch (e) {
      if (!(e instanceof LuaError) && !(e instanceof LuaSyntaxError)) throw e;
      error = uncaughtErrorLine(e);
    }
    return { stdout: out.join(''), stderr: err.join(''), error };
  } finally {
    process.chdir(previous);
  }
}
