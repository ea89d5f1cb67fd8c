/**
 * The JavaScript twin of programs/spectral-norm.lua: the spectral norm of A(i, j) =
 * 1 / ((i + j)(i + j + 1) / 2 + i + 1) cut to n x n, by 10 power-method steps on A^T A, to 9
 * decimals, checked against the listed figures. Floating-point operations are in the Lua
 * program's order, so the results are the same doubles.
 */

const EXPECTED: Readonly<Record<number, string>> = {
  1: '1.000000000', 2: '1.183350177', 5: '1.261217616', 10: '1.271844019',
  20: '1.273839841', 50: '1.274193837', 100: '1.274219991', 200: '1.274223601',
  250: '1.274223867', 300: '1.274223986', 400: '1.274224081', 500: '1.274224116',
  1000: '1.274224148',
};

function a(i: number, j: number): number {
  const ij = i + j;
  return 1.0 / ((ij * (ij + 1)) / 2 + i + 1);
}

/** out = A * v. */
function multiplyAv(size: number, v: number[], out: number[]): void {
  for (let i = 0; i < size; i++) {
    let sum = 0.0;
    for (let j = 0; j < size; j++) sum = sum + a(i, j) * v[j];
    out[i] = sum;
  }
}

/** out = A^T * v. */
function multiplyAtv(size: number, v: number[], out: number[]): void {
  for (let i = 0; i < size; i++) {
    let sum = 0.0;
    for (let j = 0; j < size; j++) sum = sum + a(j, i) * v[j];
    out[i] = sum;
  }
}

/** out = A^T * A * v, through the scratch vector tmp. */
function multiplyAtAv(size: number, v: number[], out: number[], tmp: number[]): void {
  multiplyAv(size, v, tmp);
  multiplyAtv(size, tmp, out);
}

export function run(n: number): string {
  const u: number[] = [];
  const v: number[] = [];
  const tmp: number[] = [];
  for (let i = 0; i < n; i++) u.push(1.0);
  for (let step = 0; step < 10; step++) {
    multiplyAtAv(n, u, v, tmp);
    multiplyAtAv(n, v, u, tmp);
  }
  let vBv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < n; i++) {
    vBv = vBv + u[i] * v[i];
    vv = vv + v[i] * v[i];
  }
  const norm = Math.sqrt(vBv / vv).toFixed(9);
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`spectral-norm: wrong result: no expected value for size ${n}`);
  if (norm !== expected) throw new Error(`spectral-norm: wrong result ${norm} for size ${n}, expected ${expected}`);
  return `spectral-norm: ${norm} for size ${n}`;
}
