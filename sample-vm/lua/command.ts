/**
 * The `metajit-lua` command as a function, behaving like lua.c (Lua 5.1): arguments, streams
 * and the exit status are parameters and result, so tests run it in-process (cli.ts is the
 * executable). See cli-args.ts for the command line.
 *
 * Order of work, as lua.c: `-v` prints the version; `-e`/`-l` actions run in order; then the
 * script (a file, or stdin for '-') runs with its arguments as `...` and in the `arg` table;
 * without a script or action, stdin runs as a chunk, or the interactive loop starts when stdin is
 * a terminal (`-i` starts it after the script). A failure prints `metajit-lua: message` on
 * stderr (a runtime error adds its `stack traceback:`; an error object that is not a string
 * prints "(error object is not a string)") and the status is 1; `os.exit(n)` ends with n; a bad
 * command line prints the message and the usage, status 1.
 *
 * The JIT options are those of every sample VM command (../shared/jit-flags.ts): `--jit=on`
 * (the default) runs the JIT-enabled interpreter that `metajit generate` made of
 * vm/interpreter.ts, `--jit=off` the interpreter as written; `--jit-stats` prints the driver's
 * statistics.
 */

import { readFileSync } from 'node:fs';
import { JIT_FLAGS_USAGE, logJitEvents } from '../shared/jit-flags.js';
import { LuaUsageError, luaUsage, parseLuaArgs, type LuaArgs } from './cli-args.js';
import { LuaError, LuaExit, LuaVM, type LuaStdin } from './index.js';
import { strerror } from './lib/file.js';
import { LuaSyntaxError } from './syntax/errors.js';
import { LuaTable } from './value/table.js';
import type { LuaValue } from './value/value.js';
import { numberToString } from './value/number.js';

export interface LuaCliEnv {
  /** The arguments after the command name. */
  readonly argv: readonly string[];
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Default: the process's stdin. */
  readonly stdin?: LuaStdin;
  /** Whether stdin is a terminal (starts the interactive loop when nothing else is asked). */
  readonly stdinIsTTY?: boolean;
  readonly readFile?: (path: string) => string;
}

export const PROGNAME = 'metajit-lua';
export const VERSION_LINE = 'Lua 5.1 (metajit-lua, a Lua 5.1 interpreter in TypeScript)';

/** Exit statuses. */
const OK = 0;
const FAILED = 1;

export function main(env: LuaCliEnv): number {
  let args: LuaArgs;
  try {
    args = parseLuaArgs([PROGNAME, ...env.argv]);
  } catch (e) {
    if (!(e instanceof LuaUsageError)) throw e;
    env.stderr(`${PROGNAME}: ${e.message}\n${luaUsage(PROGNAME, JIT_FLAGS_USAGE)}`);
    return FAILED;
  }
  if (args.help) {
    env.stdout(luaUsage(PROGNAME, JIT_FLAGS_USAGE));
    return OK;
  }
  const vm = new LuaVM({
    stdout: env.stdout,
    stderr: env.stderr,
    jit: args.jit,
    tracer: args.tracer,
    ...(env.stdin === undefined ? {} : { stdin: env.stdin }),
  });
  if (args.scriptIndex !== undefined) vm.interpreter.globals.setStr('arg', argTable(args.argv, args.scriptIndex));
  logJitEvents(args, vm.interpreter.driver.jit, env.stderr);
  const t0 = performance.now();
  let status = OK;
  try {
    status = run(vm, args, env);
  } catch (e) {
    if (!(e instanceof LuaExit)) throw e;
    status = e.code;
  } finally {
    vm.flush();
  }
  if (args.stats) {
    const line = {
      script: args.script ?? null,
      jit: args.jit ? 'on' : 'off',
      tracer: args.tracer,
      status,
      wallMs: Math.round((performance.now() - t0) * 1000) / 1000,
      ...vm.interpreter.driver.stats(),
    };
    env.stderr(JSON.stringify(line) + '\n');
  }
  return status;
}

/** Everything after option parsing; a failure is reported here and gives FAILED. */
function run(vm: LuaVM, args: LuaArgs, env: LuaCliEnv): number {
  if (args.version) env.stdout(VERSION_LINE + '\n');
  for (const action of args.actions) {
    const ok =
      action.kind === 'exec'
        ? protect(env, () => vm.runString(action.chunk, '=(command line)'))
        : protect(env, () => vm.call(vm.interpreter.globals.getStr('require'), [action.name]));
    if (!ok) return FAILED;
  }
  if (args.script !== undefined) {
    const source = readScript(args.script, env);
    if (source === undefined) return FAILED;
    const chunkname = args.script === '-' ? '=stdin' : '@' + args.script;
    if (!protect(env, () => vm.runString(source, chunkname, args.scriptArgs))) return FAILED;
  } else if (args.actions.length === 0 && !args.version) {
    if (env.stdinIsTTY === true) {
      env.stdout(VERSION_LINE + '\n');
      interactive(vm, env);
    } else {
      const source = readScript('-', env);
      if (source === undefined || !protect(env, () => vm.runString(source, '=stdin'))) return FAILED;
    }
    return OK;
  }
  if (args.interactive) interactive(vm, env);
  return OK;
}

/** The script's text, or undefined after reporting "cannot open" as lua.c does. */
function readScript(script: string, env: LuaCliEnv): string | undefined {
  if (script === '-') return env.stdin === undefined ? readFileSync(0, 'latin1') : (env.stdin.read('a') ?? '');
  try {
    return (env.readFile ?? ((p: string) => readFileSync(p, 'latin1')))(script);
  } catch (e) {
    env.stderr(`${PROGNAME}: cannot open ${script}: ${strerror(e)}\n`);
    return undefined;
  }
}

/** Runs `body`, reporting a Lua error or syntax error as lua.c's report() does; false on failure. */
function protect(env: LuaCliEnv, body: () => unknown): boolean {
  try {
    body();
    return true;
  } catch (e) {
    if (e instanceof LuaSyntaxError) env.stderr(`${PROGNAME}: ${e.message}\n`);
    else if (e instanceof LuaError) env.stderr(`${PROGNAME}: ${errorReport(e)}\n`);
    else throw e;
    return false;
  }
}

/** The message lua.c prints for an error value, with the traceback when the value is a string or number. */
export function errorReport(e: LuaError): string {
  const v = e.value;
  const msg = typeof v === 'string' ? v : typeof v === 'number' ? numberToString(v) : undefined;
  if (msg === undefined) return '(error object is not a string)';
  return e.traceback === undefined ? msg : `${msg}\n${e.traceback}`;
}

/** lua.c's getargs: arg[i - script] = argv[i], so the script is arg[0] and options are negative. */
function argTable(argv: readonly string[], scriptIndex: number): LuaTable {
  const t = new LuaTable(argv.length - scriptIndex, scriptIndex);
  for (let i = 0; i < argv.length; i++) t.setInt(i - scriptIndex, argv[i]!);
  return t;
}

/**
 * lua.c's interactive loop: `> ` prompts a line (`=expr` is `return expr`); a line that ends
 * inside a statement (the syntax error is at '<eof>') continues with `>> `; results are printed
 * with the global `print`.
 */
function interactive(vm: LuaVM, env: LuaCliEnv): void {
  const stdin = env.stdin;
  const readLine = (prompt: string): string | undefined => {
    env.stdout(prompt);
    vm.flush();
    return stdin === undefined ? undefined : stdin.read('l');
  };
  for (;;) {
    let line = readLine('> ');
    if (line === undefined) break;
    if (line.startsWith('=')) line = 'return ' + line.slice(1);
    for (;;) {
      const loaded = vm.runtime.load(line, '=stdin');
      if (typeof loaded !== 'string') {
        protect(env, () => {
          const results: LuaValue[] = vm.call(loaded, []);
          if (results.length > 0) vm.call(vm.interpreter.globals.getStr('print'), results);
        });
        break;
      }
      if (!loaded.endsWith("'<eof>'")) {
        env.stderr(`${PROGNAME}: ${loaded}\n`);
        break;
      }
      const more = readLine('>> ');
      if (more === undefined) break;
      line += '\n' + more;
    }
  }
  env.stdout('\n');
}
