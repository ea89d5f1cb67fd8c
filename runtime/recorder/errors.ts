/**
 * The two ways recording stops early, as distinct error classes the driver can tell apart.
 *
 * - `TraceTooLong`: the trace reached the length limit. Not a bug: the driver catches it, aborts
 *   the trace and may retry with the biggest inlined function no longer inlined (RPython's
 *   policy), which is why the error carries how many ops each inlined callee accounted for.
 * - `TracerBug`: the tracer broke the recorder's contract (a guard that does not hold for the
 *   path actually taken, a read whose value does not have the declared type, an unguarded
 *   out-of-bounds typed-array access, a raising op without a snapshot). The trace recorded so far
 *   cannot be trusted; the driver aborts and reports it.
 *
 * Invariant: when either is thrown, the recorder has recorded nothing for the operation that
 * failed, so the ops recorded before it still form a consistent prefix.
 */

export class TraceTooLong extends Error {
  constructor(
    /** The limit that was reached (ops in the trace). */
    readonly limit: number,
    /** Ops recorded inside each inlined callee (by code number), callers' totals including
     *  their callees'; only callees announced to `enterFrame` are counted. */
    readonly inlined: ReadonlyMap<number, number>,
  ) {
    super(`trace too long: more than ${limit} operations`);
    this.name = 'TraceTooLong';
  }

  /** The inlined callee that accounted for the most ops (smallest code number on ties), or null. */
  biggestInlined(): number | null {
    let best: number | null = null;
    let most = -1;
    for (const [code, n] of this.inlined) {
      if (n > most || (n === most && best !== null && code < best)) {
        best = code;
        most = n;
      }
    }
    return best;
  }
}

/**
 * The recorder's aborts: errors that stop recording with nothing wrong, leaving the interpreter
 * state as before the operation that failed, so interpretation can go on without the trace.
 * Not `TracerBug`, and not the guest's own exceptions.
 */
export function isRecordingAbort(e: unknown): e is TraceTooLong {
  return e instanceof TraceTooLong;
}

export class TracerBug extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TracerBug';
  }
}
