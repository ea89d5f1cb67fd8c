/**
 * Parallel assignment, sequentialized: the back edge of a loop.
 *
 * A jump assigns `J[k]` to the loop variable `L[k]` for all k at once: every source is read
 * before any destination is written. When J permutes L (`jump(i1, i0)` for `label(i0, i1)`)
 * writing the moves in order would read already overwritten variables. The classic resolution:
 * emit a move whose destination no pending move still reads; when only cycles remain, save one
 * destination's old value in a temporary, redirect its readers to the temporary, and go on.
 *
 * Invariants: destinations are distinct variable names; a source is any expression, and it
 * depends on a destination exactly when it is that destination's name (sources are variable
 * names or literals, never compound expressions). Self-moves are dropped. At most one temporary
 * per cycle is used.
 */

export interface Move {
  readonly dst: string;
  readonly src: string;
}

/** Statements performing the moves as if in parallel; `temp()` names a fresh temporary. */
export function sequentializeMoves(moves: readonly Move[], temp: () => string): string[] {
  const dsts = new Set<string>();
  for (const m of moves) {
    if (dsts.has(m.dst)) throw new Error(`parallel move writes ${m.dst} twice`);
    dsts.add(m.dst);
  }
  let pending: Move[] = moves.filter((m) => m.dst !== m.src);
  const out: string[] = [];
  const readers = (name: string, except: Move): boolean => pending.some((m) => m !== except && m.src === name);
  while (pending.length > 0) {
    const ready = pending.find((m) => !readers(m.dst, m));
    if (ready) {
      out.push(`${ready.dst} = ${ready.src};`);
      pending = pending.filter((m) => m !== ready);
      continue;
    }
    // Every pending destination is still read: all pending moves lie on cycles. Break one.
    const victim = pending[0]!;
    const t = temp();
    out.push(`const ${t} = ${victim.dst};`);
    pending = pending.map((m) => (m.src === victim.dst ? { dst: m.dst, src: t } : m));
  }
  return out;
}
