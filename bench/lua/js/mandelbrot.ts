/**
 * The JavaScript twin of programs/mandelbrot.lua: z = z^2 + c, at most 50 times, for the
 * n x n points of [-1.5, 0.5] x [-1, 1]; counts the points that never escape and sums the
 * iterations, checked against the listed figures.
 */

const EXPECTED: Readonly<Record<number, readonly [number, number]>> = {
  10: [45, 2553], 20: [157, 9568], 50: [992, 60987],
  100: [3963, 244052], 200: [15909, 976575], 250: [24820, 1525958],
  400: [63572, 3905042], 500: [99378, 6102374], 600: [143076, 8786742],
  750: [223514, 13729633], 1000: [397380, 24406664],
};

const LIMIT = 50;

export function run(n: number): string {
  let inside = 0;
  let iterations = 0;
  for (let y = 0; y < n; y++) {
    const ci = (2.0 * y) / n - 1.0;
    for (let x = 0; x < n; x++) {
      const cr = (2.0 * x) / n - 1.5;
      let zr = 0.0;
      let zi = 0.0;
      let i = 0;
      while (i < LIMIT) {
        const zr2 = zr * zr;
        const zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i++;
      }
      if (i === LIMIT) inside++;
      iterations += i;
    }
  }
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`mandelbrot: wrong result: no expected value for size ${n}`);
  if (inside !== expected[0] || iterations !== expected[1]) {
    throw new Error(`mandelbrot: wrong result ${inside} points inside and ${iterations} iterations for size ${n}, expected ${expected[0]} and ${expected[1]}`);
  }
  return `mandelbrot: ${inside} of ${n * n} points inside, ${iterations} iterations`;
}
