/**
 * The JavaScript twin of programs/storage.lua: n rounds of building a tree of depth 7 (inner
 * nodes arrays of 4 children, leaves arrays of 1 to 10 zeros of Park-Miller pseudo-random
 * length), counting the arrays built and the leaf cells.
 */

const DEPTH = 7;
const CHILDREN = 4;
const CELLS_PER_ROUND = 22443;

type Tree = Tree[] | number[];

// Park and Miller's minimal standard generator by Schrage's method, as in the Lua program.
let seed = 1;
function random(): number {
  const hi = Math.floor(seed / 127773);
  const lo = seed % 127773;
  seed = 16807 * lo - 2836 * hi;
  if (seed <= 0) seed = seed + 2147483647;
  return seed;
}

let tables = 0;
let cells = 0;

function build(depth: number): Tree {
  tables++;
  if (depth === 1) {
    const leaf: number[] = [];
    const length = (random() % 10) + 1;
    for (let i = 0; i < length; i++) leaf.push(0);
    cells += leaf.length;
    return leaf;
  }
  const node: Tree[] = [];
  for (let i = 0; i < CHILDREN; i++) node.push(build(depth - 1));
  return node;
}

export function run(n: number): string {
  tables = 0;
  cells = 0;
  for (let r = 0; r < n; r++) {
    seed = 1;
    build(DEPTH);
  }
  let perRound = 0;
  let width = 1;
  for (let d = 0; d < DEPTH; d++) {
    perRound += width;
    width *= CHILDREN;
  }
  if (tables !== perRound * n || cells !== CELLS_PER_ROUND * n) {
    throw new Error(`storage: wrong result ${tables} tables and ${cells} cells in ${n} rounds`);
  }
  return `storage: ${tables} tables, ${cells} leaf cells in ${n} rounds`;
}
