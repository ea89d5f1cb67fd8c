/**
 * Snapshots across a stack of inlined interpreter frames.
 *
 * The tracer describes each interpreter frame as (code number, pc, live boxes). While the
 * recorder follows an inlined call, the callers' frames are fixed: each caller is snapshotted
 * once, when the call is entered, and that one `FrameSnapshot` is the parent of every snapshot
 * taken inside the callee (and, through it, of the callee's own callees). Resume data and the
 * optimizer rely on this identity to store and rewrite a parent frame once.
 *
 * Invariants:
 * - `take` copies the live boxes (the tracer may keep mutating its register array), unless the
 *   caller hands over a fresh array it never touches again (`owned`: a generated tracer's
 *   literal).
 * - Two consecutive `take`s with the same code, pc, parent and identical boxes return the same
 *   object. Boxes are SSA values that never change once recorded, so whatever was recorded in
 *   between, identical boxes mean an identical interpreter state to resume to (heap contents are
 *   not part of a snapshot: an exit finds the heap as compiled code left it).
 * - `enter`/`leave` are strictly nested; `leave` with no inlined frame is a tracer bug.
 */

import { FrameSnapshot, type SnapValue, type Value } from '../ir/trace.js';
import { TracerBug } from './errors.js';

/** What tracers pass for a snapshot while snapshots are not captured (`Recorder.capturing`). */
export const NO_SNAPSHOT = new FrameSnapshot(-1, -1, [], null);

export class FrameStack {
  /** Caller snapshots, outermost first; the last is the parent of snapshots taken now. */
  private readonly callers: FrameSnapshot[] = [];
  private last: FrameSnapshot | null = null;

  /** How many inlined calls are open. */
  get depth(): number {
    return this.callers.length;
  }

  /** The parent of snapshots taken now (the innermost caller), or null at the outermost level. */
  get parent(): FrameSnapshot | null {
    const n = this.callers.length;
    return n === 0 ? null : this.callers[n - 1]!;
  }

  /** An inlined call starts: the caller's state is fixed until the callee returns. */
  enter(callerCode: number, callerPc: number, callerLive: readonly Value[]): FrameSnapshot {
    const s = new FrameSnapshot(callerCode, callerPc, callerLive.slice(), this.parent);
    this.callers.push(s);
    return s;
  }

  leave(): void {
    if (this.callers.length === 0) throw new TracerBug('leaveFrame without a matching enterFrame');
    this.callers.pop();
  }

  take(code: number, pc: number, live: readonly Value[], owned: boolean): FrameSnapshot {
    const parent = this.parent;
    const last = this.last;
    if (last !== null && last.code === code && last.pc === pc && last.parent === parent && sameValues(last.values, live)) {
      return last;
    }
    const s = new FrameSnapshot(code, pc, owned ? (live as Value[]) : live.slice(), parent);
    this.last = s;
    return s;
  }
}

function sameValues(a: readonly SnapValue[], b: readonly Value[]): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
}
