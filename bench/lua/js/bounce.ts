/**
 * The JavaScript twin of programs/bounce.lua: 100 balls with Park-Miller pseudo-random
 * positions and speeds move in a 500 x 500 box for n rounds of 50 steps; counts the bounces
 * (the same count every round, since the generator is reseeded).
 */

const BALLS = 100;
const STEPS = 50;
const SIDE = 500;
const BOUNCES_PER_ROUND = 1274;

interface Ball {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

// Park and Miller's minimal standard generator by Schrage's method, as in the Lua program.
let seed = 1;
function random(): number {
  const hi = Math.floor(seed / 127773);
  const lo = seed % 127773;
  seed = 16807 * lo - 2836 * hi;
  if (seed <= 0) seed = seed + 2147483647;
  return seed;
}

function newBall(): Ball {
  const x = random() % SIDE;
  const y = random() % SIDE;
  const dx = (random() % 301) - 150;
  const dy = (random() % 301) - 150;
  return { x, y, dx, dy };
}

/** Moves the ball one step; 1 when it hit a wall, 0 otherwise. */
function step(ball: Ball): number {
  let bounced = 0;
  let x = ball.x + ball.dx;
  let y = ball.y + ball.dy;
  if (x > SIDE) { x = SIDE; ball.dx = -ball.dx; bounced = 1; }
  if (x < 0) { x = 0; ball.dx = -ball.dx; bounced = 1; }
  if (y > SIDE) { y = SIDE; ball.dy = -ball.dy; bounced = 1; }
  if (y < 0) { y = 0; ball.dy = -ball.dy; bounced = 1; }
  ball.x = x;
  ball.y = y;
  return bounced;
}

function round(): number {
  seed = 1;
  const balls: Ball[] = [];
  for (let i = 0; i < BALLS; i++) balls.push(newBall());
  let bounces = 0;
  for (let s = 0; s < STEPS; s++) {
    for (let i = 0; i < BALLS; i++) bounces += step(balls[i]);
  }
  return bounces;
}

export function run(n: number): string {
  let total = 0;
  for (let r = 0; r < n; r++) total += round();
  if (total !== BOUNCES_PER_ROUND * n) {
    throw new Error(`bounce: wrong result ${total} bounces in ${n} rounds, expected ${BOUNCES_PER_ROUND * n}`);
  }
  return `bounce: ${total} bounces in ${n} rounds`;
}
