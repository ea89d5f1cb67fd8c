/**
 * The loop back edge's parallel assignment: sequentialized moves must read every source before
 * any destination is overwritten, for every permutation, with one temporary per cycle at most.
 */

import { type Move, sequentializeMoves } from '../../runtime/backend/parallel-move.js';
import { Rng } from '../support/random-trace.js';

/** Run the statements on variables v0..v(n-1) initialised to 0..n-1; their final values. */
function run(n: number, statements: string[]): number[] {
  const names = Array.from({ length: n }, (_, k) => `v${k}`);
  const body = `let ${names.map((v, k) => `${v} = ${k}`).join(', ')};\n${statements.join('\n')}\nreturn [${names.join(', ')}];`;
  return new Function(body)() as number[];
}

/** Count the cycles of length > 1 in the moves' "destination reads source" graph. */
function cycles(moves: readonly Move[]): number {
  const srcOf = new Map(moves.map((m) => [m.dst, m.src]));
  const state = new Map<string, 'open' | 'done'>();
  let count = 0;
  for (const m of moves) {
    const path: string[] = [];
    let x: string | undefined = m.dst;
    while (x !== undefined && srcOf.has(x) && !state.has(x)) {
      state.set(x, 'open');
      path.push(x);
      x = srcOf.get(x);
    }
    if (x !== undefined && state.get(x) === 'open' && path.length - path.indexOf(x) > 1) count++;
    for (const p of path) state.set(p, 'done');
  }
  return count;
}

describe('sequentializeMoves', () => {
  it('swaps through one temporary', () => {
    let t = 0;
    const out = sequentializeMoves(
      [
        { dst: 'v0', src: 'v1' },
        { dst: 'v1', src: 'v0' },
      ],
      () => `t${t++}`,
    );
    expect(out).toHaveLength(3);
    expect(run(2, out)).toEqual([1, 0]);
  });

  it('drops self-moves and orders a chain without temporaries', () => {
    let t = 0;
    const out = sequentializeMoves(
      [
        { dst: 'v0', src: 'v0' },
        { dst: 'v1', src: 'v2' },
        { dst: 'v2', src: 'v3' },
        { dst: 'v3', src: '42' },
      ],
      () => `t${t++}`,
    );
    expect(t).toBe(0);
    expect(out).toHaveLength(3);
    expect(run(4, out)).toEqual([0, 2, 3, 42]);
  });

  it('refuses two moves to one destination', () => {
    expect(() =>
      sequentializeMoves(
        [
          { dst: 'v0', src: 'v1' },
          { dst: 'v0', src: 'v2' },
        ],
        () => 't',
      ),
    ).toThrow('twice');
  });

  it('is a parallel assignment for random moves (permutations, copies, constants)', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 500; trial++) {
      const n = rng.range(1, 8);
      const moves: Move[] = [];
      for (let k = 0; k < n; k++) {
        const src = rng.chance(0.15) ? String(100 + k) : `v${rng.int(n)}`;
        moves.push({ dst: `v${k}`, src });
      }
      // Sometimes a true permutation, which is all cycles.
      if (rng.chance(0.4)) {
        const perm = Array.from({ length: n }, (_, k) => k);
        for (let k = n - 1; k > 0; k--) {
          const j = rng.int(k + 1);
          [perm[k], perm[j]] = [perm[j]!, perm[k]!];
        }
        perm.forEach((p, k) => (moves[k] = { dst: `v${k}`, src: `v${p}` }));
      }
      let temps = 0;
      const out = sequentializeMoves(moves, () => `t${temps++}`);
      const want = moves.map((m) => (m.src.startsWith('v') ? Number(m.src.slice(1)) : Number(m.src)));
      expect([trial, run(n, out)]).toEqual([trial, want]);
      expect(temps).toBeLessThanOrEqual(cycles(moves));
    }
  });
});
