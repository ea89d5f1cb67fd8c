/**
 * The JavaScript twin of programs/nbody.lua: the Jovian planets and the sun, symplectic
 * Euler with time step 0.01 for n steps; the energy before and after, to 9 decimals, checked
 * against the listed figures. Floating-point operations are in the Lua program's order, so
 * the results are the same doubles.
 */

const EXPECTED: Readonly<Record<number, readonly [string, string]>> = {
  1: ['-0.169075164', '-0.169074954'],
  10: ['-0.169075164', '-0.169073022'],
  100: ['-0.169075164', '-0.169050762'],
  1000: ['-0.169075164', '-0.169087605'],
  10000: ['-0.169075164', '-0.169016441'],
  100000: ['-0.169075164', '-0.169079859'],
  200000: ['-0.169075164', '-0.169083713'],
  250000: ['-0.169075164', '-0.169085989'],
  500000: ['-0.169075164', '-0.169096567'],
};

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

interface Body {
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
  mass: number;
}

function body(x: number, y: number, z: number, vx: number, vy: number, vz: number, mass: number): Body {
  return { x, y, z, vx: vx * DAYS_PER_YEAR, vy: vy * DAYS_PER_YEAR, vz: vz * DAYS_PER_YEAR, mass: mass * SOLAR_MASS };
}

function makeBodies(): Body[] {
  return [
    body(0, 0, 0, 0, 0, 0, 1),
    body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
      9.54791938424326609e-04),
    body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
      2.85885980666130812e-04),
    body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
      4.36624404335156298e-05),
    body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
      5.15138902046611451e-05),
  ];
}

/** Gives the sun the momentum that makes the system's total momentum zero. */
function offsetMomentum(bodies: Body[]): void {
  let px = 0.0;
  let py = 0.0;
  let pz = 0.0;
  for (const b of bodies) {
    px = px + b.vx * b.mass;
    py = py + b.vy * b.mass;
    pz = pz + b.vz * b.mass;
  }
  const sun = bodies[0];
  sun.vx = -px / SOLAR_MASS;
  sun.vy = -py / SOLAR_MASS;
  sun.vz = -pz / SOLAR_MASS;
}

function energy(bodies: Body[]): number {
  let e = 0.0;
  const count = bodies.length;
  for (let i = 0; i < count; i++) {
    const b = bodies[i];
    e = e + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < count; j++) {
      const b2 = bodies[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      e = e - (b.mass * b2.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(bodies: Body[], dt: number): void {
  const count = bodies.length;
  for (let i = 0; i < count; i++) {
    const b = bodies[i];
    for (let j = i + 1; j < count; j++) {
      const b2 = bodies[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      const distanceSquared = dx * dx + dy * dy + dz * dz;
      const magnitude = dt / (distanceSquared * Math.sqrt(distanceSquared));
      const m = b.mass * magnitude;
      const m2 = b2.mass * magnitude;
      b.vx = b.vx - dx * m2;
      b.vy = b.vy - dy * m2;
      b.vz = b.vz - dz * m2;
      b2.vx = b2.vx + dx * m;
      b2.vy = b2.vy + dy * m;
      b2.vz = b2.vz + dz * m;
    }
  }
  for (let i = 0; i < count; i++) {
    const b = bodies[i];
    b.x = b.x + dt * b.vx;
    b.y = b.y + dt * b.vy;
    b.z = b.z + dt * b.vz;
  }
}

export function run(n: number): string {
  const bodies = makeBodies();
  offsetMomentum(bodies);
  const before = energy(bodies).toFixed(9);
  for (let s = 0; s < n; s++) advance(bodies, 0.01);
  const after = energy(bodies).toFixed(9);
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`nbody: wrong result: no expected value for size ${n}`);
  if (before !== expected[0] || after !== expected[1]) {
    throw new Error(`nbody: wrong result: energy ${before} then ${after} after ${n} steps, expected ${expected[0]} then ${expected[1]}`);
  }
  return `nbody: energy ${before} before, ${after} after ${n} steps`;
}
