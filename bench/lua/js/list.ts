/**
 * The JavaScript twin of programs/list.lua: Takeuchi's function on linked lists ("takl") on
 * lists of 18, 12 and 6 cells, n rounds; each result is the list 7, 6, ..., 1.
 */

const RESULT_LENGTH = 7;

interface Cell {
  value: number;
  next: Cell | null;
}

function makeList(length: number): Cell | null {
  let list: Cell | null = null;
  for (let value = 1; value <= length; value++) list = { value, next: list };
  return list;
}

function length(list: Cell | null): number {
  let count = 0;
  while (list !== null) {
    count++;
    list = list.next;
  }
  return count;
}

/** Whether list x is strictly shorter than list y. */
function isShorter(x: Cell | null, y: Cell | null): boolean {
  while (y !== null) {
    if (x === null) return true;
    x = x.next;
    y = y.next;
  }
  return false;
}

// x is not empty when y is shorter than it; y and z never become empty from these inputs
// (the Lua program would fail indexing nil if they did, and this one on the `!` reads).
function tak(x: Cell | null, y: Cell | null, z: Cell | null): Cell | null {
  if (!isShorter(y, x)) return z;
  return tak(tak(x!.next, y, z), tak(y!.next, z, x), tak(z!.next, x, y));
}

export function run(n: number): string {
  let total = 0;
  for (let r = 0; r < n; r++) {
    const result = tak(makeList(18), makeList(12), makeList(6));
    if (result === null || result.value !== RESULT_LENGTH) {
      throw new Error(`list: wrong result: list headed by ${result === null ? 'nothing' : result.value}, expected ${RESULT_LENGTH}`);
    }
    total += length(result);
  }
  if (total !== RESULT_LENGTH * n) throw new Error(`list: wrong result ${total} cells in ${n} rounds, expected ${RESULT_LENGTH * n}`);
  return `list: ${total} result cells in ${n} rounds`;
}
