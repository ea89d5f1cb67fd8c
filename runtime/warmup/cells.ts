/**
 * Per-green-key JIT state: hot counters, the compiled-code cache, aborts and blacklisting.
 *
 * A green key identifies a position in the guest program (the embedder makes one value of its
 * greens: a number, a string or an interned object). Each key has one `JitCell`, created on
 * first use. The counter is only touched on loop headers and function entries, never per op.
 *
 * Life of a cell: cold (counting) → tracing → compiled (entered directly from then on); an
 * aborted trace sends it back to cold with its counter reset, and after `abortLimit` aborts it
 * is blacklisted: never counted or traced again (RPython's "don't trace here" flag).
 */

import type { JitParams } from './params.js';

export type CellState = 'cold' | 'tracing' | 'compiled' | 'blacklisted';

export class JitCell {
  counter = 0;
  state: CellState = 'cold';
  /** The compiled loop (or entry trace) for this key, by loop number. */
  loop = -1;
  aborts = 0;
  /** Traces that gave up at this header because it was not compiled yet (see `prime`). */
  innerAborts = 0;
  /** Function-entry counter, separate from the loop counter. */
  entries = 0;

  constructor(readonly key: unknown) {}
}

export class JitCells {
  private readonly cells = new Map<unknown, JitCell>();

  get(key: unknown): JitCell {
    let c = this.cells.get(key);
    if (c === undefined) {
      c = new JitCell(key);
      this.cells.set(key, c);
    }
    return c;
  }

  peek(key: unknown): JitCell | undefined {
    return this.cells.get(key);
  }

  /** Count a loop-header execution; true when the key just became hot. */
  static countLoop(c: JitCell, p: JitParams): boolean {
    if (c.state !== 'cold') return false;
    return ++c.counter >= p.loopThreshold;
  }

  /** Count a function entry; true when the function just became hot. */
  static countEntry(c: JitCell, p: JitParams): boolean {
    if (c.state !== 'cold') return false;
    return ++c.entries >= p.functionThreshold;
  }

  /** Record an abort; blacklists the key after `abortLimit` of them. */
  static aborted(c: JitCell, p: JitParams): void {
    c.aborts++;
    c.counter = 0;
    c.entries = 0;
    c.state = c.aborts >= p.abortLimit ? 'blacklisted' : 'cold';
  }

  /** A trace from this key gave up through no fault of its own: back to counting, no abort counted. */
  static retry(c: JitCell): void {
    c.counter = 0;
    c.state = 'cold';
  }

  /**
   * A trace gave up because it reached this loop's header before the loop was compiled (an
   * inner loop): not the loop's fault, so no abort is counted; the loop is traced at its next
   * back edge, so that the outer trace finds it compiled next time (LuaJIT's inner-loop rule).
   */
  static prime(c: JitCell, p: JitParams): void {
    c.innerAborts++;
    if (c.state === 'cold') c.counter = Math.max(c.counter, p.loopThreshold - 1);
  }

  /**
   * Should a trace reaching this header give up and wait for it to be compiled? Only while it
   * is cold and has not made `abortLimit` traces give up already: a loop that never gets
   * compiled (it rarely iterates twice) is then traced through like straight-line code.
   */
  static awaitsCompilation(c: JitCell, p: JitParams): boolean {
    return c.state === 'cold' && c.innerAborts < p.abortLimit;
  }

  get size(): number {
    return this.cells.size;
  }

  [Symbol.iterator](): IterableIterator<JitCell> {
    return this.cells.values();
  }
}
