/**
 * The JavaScript twin of programs/sieve.lua: the sieve of Eratosthenes over an array of
 * booleans (index 0 unused, as in the Lua table), counting the primes up to n, checked
 * against pi(n) for the listed sizes.
 */

const EXPECTED: Readonly<Record<number, number>> = {
  100: 25, 1000: 168, 10000: 1229, 100000: 9592,
  1000000: 78498, 2000000: 148933, 4000000: 283146, 10000000: 664579,
};

function sieve(limit: number): number {
  const composite: boolean[] = new Array<boolean>(limit + 1).fill(false);
  const root = Math.floor(Math.sqrt(limit));
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (!composite[i]) {
      count++;
      if (i <= root) {
        for (let k = i * i; k <= limit; k += i) composite[k] = true;
      }
    }
  }
  return count;
}

export function run(n: number): string {
  const count = sieve(n);
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`sieve: wrong result: no expected value for size ${n}`);
  if (count !== expected) throw new Error(`sieve: wrong result ${count} for size ${n}, expected ${expected}`);
  return `sieve: ${count} primes up to ${n}`;
}
