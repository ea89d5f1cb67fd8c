/**
 * A Lua thread: the main thread or a coroutine. It owns its call stack, two parallel arrays
 * indexed by level from the bottom: `fns[i]` the function running there and `frames[i]` its
 * Lua frame (undefined for a native). `depth` is the number of live entries. Entries above
 * `depth` are stale and overwritten by later calls; after an error the entries stay in place
 * until the catcher (pcall, resume, the host) resets `depth`, so an error handler and a
 * traceback still see the stack as it was when the error was raised.
 *
 * A coroutine suspended by a yield keeps its frames, topped by the entry of the yield native
 * (as Lua's stack keeps it); `pendingA`/`pendingC` describe the CALL or TAILCALL that yielded
 * (its register A and wanted results, -1 for all), which receives the values of the next resume
 * as its results.
 */

import type { LuaFunction } from '../value/function.js';
import { LuaThreadBase, type LuaValue } from '../value/value.js';
import type { Frame } from './frame.js';

export type ThreadStatus = 'suspended' | 'running' | 'normal' | 'dead';

export class LuaThread extends LuaThreadBase {
  fns: LuaFunction[] = [];
  frames: (Frame | undefined)[] = [];
  depth = 0;
  status: ThreadStatus = 'suspended';
  /** Nested calls from natives/metamethods in progress on this thread: yield needs 0. */
  nny = 0;
  /** Set by coroutine.yield; checked by the dispatch loop after the native returns. */
  yieldRequested = false;
  /** The values a yield passes out. */
  transfer: LuaValue[] = [];
  pendingA = 0;
  pendingC = 0;
  /** True until the first resume (the body has not started). */
  fresh = true;

  constructor(
    /** The coroutine's body; undefined for the main thread. */
    readonly body: LuaFunction | undefined,
  ) {
    super();
  }

  get isMain(): boolean {
    return this.body === undefined;
  }

  /** Pushes a call-stack entry. */
  push(fn: LuaFunction, frame: Frame | undefined): void {
    const d = this.depth;
    this.fns[d] = fn;
    this.frames[d] = frame;
    this.depth = d + 1;
  }
}
