/**
 * Whether JavaScript code can be generated from strings here, and the one place that does it.
 *
 * The backend turns traces into source text and needs `new Function` to make functions of it.
 * Some hosts refuse: `node --disallow-code-generation-from-strings`, a browser page whose
 * Content Security Policy lacks 'unsafe-eval'. Then `new Function` throws an `EvalError`. A JIT
 * must not fail there: it keeps interpreting, which is always correct, only slower.
 *
 * Invariants:
 * - Availability is probed once per host, lazily, by creating and running a trivial function;
 *   the answer is cached. A refusal later, while compiling, also marks the host unavailable.
 * - The first time a host is found unavailable, one warning goes through its `warn` hook
 *   (default `console.warn`); never more than one per host.
 * - Only `EvalError` (what hosts throw when they refuse) means "unavailable". Any other error of
 *   the Function constructor is a bug in the generated source and propagates as it is.
 * - Every function made from generated source goes through `CodegenHost.makeFactory`.
 */

export type WarnHook = (message: string) => void;

/** What compile functions throw when the host refuses code generation. */
export class CodegenUnavailableError extends Error {
  constructor(readonly refusal: unknown) {
    super(`JavaScript code generation from strings is not allowed here: ${describe(refusal)}`);
    this.name = 'CodegenUnavailableError';
  }
}

/** The constructor used to make functions from source: `Function` unless a test injects one. */
export type FunctionMaker = new (...argsAndBody: string[]) => (...args: unknown[]) => unknown;

export interface CodegenHostOptions {
  /** Defaults to the global `Function`. */
  readonly functionConstructor?: FunctionMaker;
  /** Defaults to `console.warn`. */
  readonly warn?: WarnHook;
}

export class CodegenHost {
  private readonly Fn: FunctionMaker;
  private state: 'unknown' | 'available' | 'unavailable' = 'unknown';
  private warned = false;
  /** Receives the one-time warning; replace it to route the message elsewhere. */
  warn: WarnHook;

  constructor(opts: CodegenHostOptions = {}) {
    this.Fn = opts.functionConstructor ?? (Function as unknown as FunctionMaker);
    this.warn = opts.warn ?? ((m) => console.warn(m));
  }

  /** May code be generated from strings? Probed once, then cached. */
  get available(): boolean {
    if (this.state === 'unknown') {
      try {
        const probe = new this.Fn('return 1;');
        if (probe() !== 1) throw new EvalError('a generated function gave a wrong result');
        this.state = 'available';
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        this.refused(e);
      }
    }
    return this.state === 'available';
  }

  /**
   * A function of the given parameters and body. Throws `CodegenUnavailableError` when the host
   * refuses (and from then on reports itself unavailable).
   */
  makeFactory(params: readonly string[], body: string): (...args: unknown[]) => unknown {
    if (!this.available) throw new CodegenUnavailableError(this.refusal);
    try {
      return new this.Fn(...params, body);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      this.refused(e);
      throw new CodegenUnavailableError(e);
    }
  }

  private refusal: unknown = undefined;

  private refused(e: unknown): void {
    this.state = 'unavailable';
    this.refusal = e;
    if (!this.warned) {
      this.warned = true;
      this.warn(
        `metajit: JavaScript code generation from strings is not allowed here (${describe(e)}); ` +
          'traces will not be compiled and the interpreter keeps running them',
      );
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** The host the backend uses unless told otherwise. */
export const defaultCodegenHost = new CodegenHost();

/** Can the backend compile here? (The default host's cached answer.) */
export function codegenAvailable(host: CodegenHost = defaultCodegenHost): boolean {
  return host.available;
}

/** Route the default host's one-time warning elsewhere (e.g. to the JIT's log). */
export function setCodegenWarnHook(hook: WarnHook): void {
  defaultCodegenHost.warn = hook;
}
