/**
 * The JavaScript twin of programs/fannkuch.lua: fannkuch-redux over the permutations of 1..n
 * in the order of the counting rotations; the largest flip count and the alternating-sign
 * checksum, checked against the listed figures. Arrays are 1-based like the Lua tables.
 */

const EXPECTED: Readonly<Record<number, readonly [number, number]>> = {
  3: [2, 2], 4: [4, 4], 5: [11, 7], 6: [49, 10], 7: [228, 16],
  8: [1616, 22], 9: [8629, 30], 10: [73196, 38], 11: [556355, 51],
  12: [3968050, 65],
};

function fannkuch(size: number): [number, number] {
  const perm: number[] = [];
  const flipped: number[] = [];
  const counts: number[] = [];
  for (let i = 1; i <= size; i++) {
    perm[i] = i;
    counts[i] = 0;
  }
  let checksum = 0;
  let maxFlips = 0;
  let index = 0;
  for (;;) {
    // Count the flips of this permutation on a copy of it.
    let first = perm[1];
    if (first !== 1) {
      for (let i = 1; i <= size; i++) flipped[i] = perm[i];
      let flips = 0;
      while (first !== 1) {
        let lo = 1;
        let hi = first;
        while (lo < hi) {
          const t = flipped[lo];
          flipped[lo] = flipped[hi];
          flipped[hi] = t;
          lo++;
          hi--;
        }
        flips++;
        first = flipped[1];
      }
      if (flips > maxFlips) maxFlips = flips;
      if (index % 2 === 0) checksum += flips;
      else checksum -= flips;
    }
    // The next permutation: rotate the first r + 1 elements left by one, for the smallest r
    // whose rotation counter has not wrapped around.
    let r = 1;
    for (;;) {
      if (r === size) return [checksum, maxFlips];
      const head = perm[1];
      for (let i = 1; i <= r; i++) perm[i] = perm[i + 1];
      perm[r + 1] = head;
      counts[r]++;
      if (counts[r] <= r) break;
      counts[r] = 0;
      r++;
    }
    index++;
  }
}

export function run(n: number): string {
  const [checksum, maxFlips] = fannkuch(n);
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`fannkuch: wrong result: no expected value for size ${n}`);
  if (checksum !== expected[0] || maxFlips !== expected[1]) {
    throw new Error(`fannkuch: wrong result: checksum ${checksum}, ${maxFlips} flips for size ${n}, expected ${expected[0]}, ${expected[1]}`);
  }
  return `fannkuch: checksum ${checksum}, Pfannkuchen(${n}) = ${maxFlips}`;
}
