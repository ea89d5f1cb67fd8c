/**
 * The JavaScript twin of programs/permute.lua: every permutation of 1..n by recursive
 * swapping (Heap's order), summing the first element of each; the count must be n! and the sum
 * (n-1)! * n(n+1)/2.
 */

export function run(n: number): string {
  const items: number[] = [];
  for (let i = 1; i <= n; i++) items[i] = i;
  let count = 0;
  let firstSum = 0;

  const permute = (k: number): void => {
    if (k === 1) {
      count++;
      firstSum += items[1];
      return;
    }
    for (let i = 1; i <= k; i++) {
      permute(k - 1);
      if (i < k) {
        const j = k % 2 === 0 ? i : 1;
        const t = items[j];
        items[j] = items[k];
        items[k] = t;
      }
    }
  };

  permute(n);

  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  const expectedSum = (factorial / n) * ((n * (n + 1)) / 2);
  if (count !== factorial || firstSum !== expectedSum) {
    throw new Error(`permute: wrong result ${count} permutations with first-element sum ${firstSum} for size ${n}`);
  }
  return `permute: ${count} permutations, first-element sum ${firstSum}`;
}
