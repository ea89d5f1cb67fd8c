/**
 * The JavaScript twin of programs/queens.lua: counts the placements of n non-attacking queens
 * by backtracking row by row, with one array of flags per column and per diagonal (1-based
 * like the Lua tables), checked against the known solution counts.
 */

const EXPECTED = [1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712, 365596];

function solve(size: number): number {
  const columnFree: boolean[] = [];
  const risingFree: boolean[] = [];
  const fallingFree: boolean[] = [];
  for (let i = 1; i <= size; i++) columnFree[i] = true;
  for (let i = 1; i <= 2 * size - 1; i++) {
    risingFree[i] = true;
    fallingFree[i] = true;
  }
  const place = (row: number): number => {
    if (row > size) return 1;
    let found = 0;
    for (let col = 1; col <= size; col++) {
      const rising = row + col - 1;
      const falling = row - col + size;
      if (columnFree[col] && risingFree[rising] && fallingFree[falling]) {
        columnFree[col] = risingFree[rising] = fallingFree[falling] = false;
        found += place(row + 1);
        columnFree[col] = risingFree[rising] = fallingFree[falling] = true;
      }
    }
    return found;
  };
  return place(1);
}

export function run(n: number): string {
  const solutions = solve(n);
  const expected = EXPECTED[n - 1];
  if (expected === undefined) throw new Error(`queens: wrong result: no expected value for size ${n}`);
  if (solutions !== expected) throw new Error(`queens: wrong result ${solutions} for size ${n}, expected ${expected}`);
  return `queens: ${solutions} solutions on a ${n}x${n} board`;
}
