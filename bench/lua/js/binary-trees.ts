/**
 * The JavaScript twin of programs/binary-trees.lua: perfect binary trees as arrays (a leaf is
 * an empty array, an inner node the pair of its children): a stretch tree of depth n + 1, a
 * long-lived tree of depth n, and 2^(n - d + 4) trees of each depth d = 4, 6, ..., n; the
 * summed node counts are checked against the count the tree sizes give.
 */

const MIN_DEPTH = 4;

type Tree = Tree[];

function bottomUp(depth: number): Tree {
  if (depth === 0) return [];
  depth = depth - 1;
  return [bottomUp(depth), bottomUp(depth)];
}

function countNodes(tree: Tree): number {
  if (tree.length === 0) return 1;
  return 1 + countNodes(tree[0]) + countNodes(tree[1]);
}

function power2(k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= 2;
  return p;
}

export function run(n: number): string {
  const maxDepth = Math.max(n, MIN_DEPTH + 2);
  let total = countNodes(bottomUp(maxDepth + 1));
  let expected = power2(maxDepth + 2) - 1;

  const longLived = bottomUp(maxDepth);
  let trees = 0;
  for (let depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
    const iterations = power2(maxDepth - depth + MIN_DEPTH);
    for (let i = 0; i < iterations; i++) total += countNodes(bottomUp(depth));
    trees += iterations;
    expected += iterations * (power2(depth + 1) - 1);
  }
  total += countNodes(longLived);
  expected += power2(maxDepth + 1) - 1;
  trees += 2;

  if (total !== expected) throw new Error(`binary-trees: wrong result ${total} nodes for depth ${n}, expected ${expected}`);
  return `binary-trees: ${total} nodes in ${trees} trees of depth up to ${maxDepth + 1}`;
}
