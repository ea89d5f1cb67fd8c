/**
 * The compiled code of one JIT: loops by number, exits by id, and the trampoline that runs them.
 *
 * Compiled fragments call each other only through bridges (a failing guard calls its bridge
 * directly). A jump from one loop to another returns `-N-1` instead, so the stack does not grow
 * with the number of loop-to-loop transitions; `runCompiled` follows those until a fragment
 * leaves through an exit, whose id it returns (`S` then holds that exit's values).
 *
 * Invariants: a loop number names at most one fragment at a time (recompiling replaces it);
 * every exit of every registered fragment, bridges included, can be found by id.
 */

import type { ExitDescr } from '../resume/exit.js';
import type { CompiledFragment } from './compile.js';

export class CompiledCode {
  /** By loop number (loop numbers are small and dense: an array, looked up on every jump). */
  private readonly loops: Array<CompiledFragment | undefined> = [];
  private readonly exitsById = new Map<number, ExitDescr>();

  addLoop(loopNumber: number, fragment: CompiledFragment): void {
    this.loops[loopNumber] = fragment;
    this.registerExits(fragment);
  }

  loop(loopNumber: number): CompiledFragment | undefined {
    return this.loops[loopNumber];
  }

  has(loopNumber: number): boolean {
    return this.loops[loopNumber] !== undefined;
  }

  /** Attach a compiled bridge to the exit it starts from; compiled code takes it from now on. */
  attachBridge(exit: ExitDescr, bridge: CompiledFragment): void {
    exit.bridge = bridge.fn;
    this.registerExits(bridge);
  }

  exit(id: number): ExitDescr | undefined {
    return this.exitsById.get(id);
  }

  private registerExits(fragment: CompiledFragment): void {
    for (const e of fragment.exits) this.exitsById.set(e.id, e);
  }
}

/** Run compiled loop `n` with its inputs in `S`, following jumps between loops; the exit id. */
export function runCompiled(code: CompiledCode, n: number, S: unknown[]): number {
  let target = n;
  for (;;) {
    const fragment = code.loop(target);
    if (!fragment) throw new Error(`jump to loop ${target}, which is not compiled`);
    const r = fragment.fn(S);
    if (r >= 0) return r;
    target = -r - 1;
  }
}
