/**
 * The JavaScript twin of programs/cd.lua: collision detection between n aircraft over 100
 * frames, with the aircraft's positions in a red-black tree keyed by call sign, motions drawn
 * onto a voxel map (a red-black tree keyed by 2D vectors), and the intersections of the motions
 * that share a voxel solved for. The total of collisions is checked against the known value.
 */

const FRAMES = 100;
const EXPECTED: Record<number, number> = { 2: 15, 10: 151, 20: 326, 100: 1726, 200: 3476, 500: 5827, 1000: 5827 };

const MIN_X = 0;
const MAX_X = 1000;
const MIN_Y = 0;
const MAX_Y = 1000;
const MIN_Z = 0;
const MAX_Z = 10;
const PROXIMITY_RADIUS = 1;
const VOXEL_SIZE = 2 * PROXIMITY_RADIUS;

class Vector2 {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}

  plus(other: Vector2): Vector2 {
    return new Vector2(this.x + other.x, this.y + other.y);
  }

  minus(other: Vector2): Vector2 {
    return new Vector2(this.x - other.x, this.y - other.y);
  }
}

function compareVector2(a: Vector2, b: Vector2): number {
  if (a.x !== b.x) return a.x < b.x ? -1 : 1;
  if (a.y !== b.y) return a.y < b.y ? -1 : 1;
  return 0;
}

class Vector3 {
  constructor(
    readonly x: number,
    readonly y: number,
    readonly z: number,
  ) {}

  plus(o: Vector3): Vector3 {
    return new Vector3(this.x + o.x, this.y + o.y, this.z + o.z);
  }

  minus(o: Vector3): Vector3 {
    return new Vector3(this.x - o.x, this.y - o.y, this.z - o.z);
  }

  dot(o: Vector3): number {
    return this.x * o.x + this.y * o.y + this.z * o.z;
  }

  squaredMagnitude(): number {
    return this.dot(this);
  }

  times(amount: number): Vector3 {
    return new Vector3(this.x * amount, this.y * amount, this.z * amount);
  }
}

function compareNumbers(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

class RbNode<K, V> {
  left: RbNode<K, V> | null = null;
  right: RbNode<K, V> | null = null;
  red = true;

  constructor(
    public key: K,
    public value: V,
    public parent: RbNode<K, V> | null,
  ) {}
}

const isRed = <K, V>(node: RbNode<K, V> | null): boolean => node !== null && node.red;

/** A red-black tree: a map from keys ordered by compare to values; null leaves are black. */
class RedBlackTree<K, V> {
  root: RbNode<K, V> | null = null;
  size = 0;

  constructor(private readonly compare: (a: K, b: K) => number) {}

  find(key: K): RbNode<K, V> | null {
    let node = this.root;
    while (node !== null) {
      const c = this.compare(key, node.key);
      if (c === 0) return node;
      node = c < 0 ? node.left : node.right;
    }
    return null;
  }

  get(key: K): V | null {
    const node = this.find(key);
    return node === null ? null : node.value;
  }

  private rotateLeft(x: RbNode<K, V>): void {
    const y = x.right!;
    x.right = y.left;
    if (y.left !== null) y.left.parent = x;
    y.parent = x.parent;
    if (x.parent === null) this.root = y;
    else if (x === x.parent.left) x.parent.left = y;
    else x.parent.right = y;
    y.left = x;
    x.parent = y;
  }

  private rotateRight(x: RbNode<K, V>): void {
    const y = x.left!;
    x.left = y.right;
    if (y.right !== null) y.right.parent = x;
    y.parent = x.parent;
    if (x.parent === null) this.root = y;
    else if (x === x.parent.right) x.parent.right = y;
    else x.parent.left = y;
    y.right = x;
    x.parent = y;
  }

  /** Maps key to value; returns the value key had before, or null. */
  put(key: K, value: V): V | null {
    let parent: RbNode<K, V> | null = null;
    let node = this.root;
    let c = 0;
    while (node !== null) {
      parent = node;
      c = this.compare(key, node.key);
      if (c === 0) {
        const old = node.value;
        node.value = value;
        return old;
      }
      node = c < 0 ? node.left : node.right;
    }
    let x = new RbNode(key, value, parent);
    this.size++;
    if (parent === null) this.root = x;
    else if (c < 0) parent.left = x;
    else parent.right = x;
    while (x !== this.root && x.parent!.red) {
      let p = x.parent!;
      const g = p.parent!;
      if (p === g.left) {
        const uncle = g.right;
        if (uncle !== null && uncle.red) {
          p.red = false;
          uncle.red = false;
          g.red = true;
          x = g;
        } else {
          if (x === p.right) {
            x = p;
            this.rotateLeft(x);
            p = x.parent!;
          }
          p.red = false;
          g.red = true;
          this.rotateRight(g);
        }
      } else {
        const uncle = g.left;
        if (uncle !== null && uncle.red) {
          p.red = false;
          uncle.red = false;
          g.red = true;
          x = g;
        } else {
          if (x === p.left) {
            x = p;
            this.rotateRight(x);
            p = x.parent!;
          }
          p.red = false;
          g.red = true;
          this.rotateLeft(g);
        }
      }
    }
    this.root!.red = false;
    return null;
  }

  /** Removes key; returns its value, or null when it was not there. */
  remove(key: K): V | null {
    const z = this.find(key);
    if (z === null) return null;
    const value = z.value;
    this.size--;
    let y = z;
    if (z.left !== null && z.right !== null) {
      y = z.right;
      while (y.left !== null) y = y.left;
    }
    const x = y.left ?? y.right;
    const xParent = y.parent;
    if (x !== null) x.parent = xParent;
    if (xParent === null) this.root = x;
    else if (y === xParent.left) xParent.left = x;
    else xParent.right = x;
    if (y !== z) {
      z.key = y.key;
      z.value = y.value;
    }
    if (!y.red) this.removeFixup(x, xParent);
    return value;
  }

  private removeFixup(x: RbNode<K, V> | null, parent: RbNode<K, V> | null): void {
    while (x !== this.root && !isRed(x)) {
      const p = parent!;
      if (x === p.left) {
        let w = p.right!;
        if (w.red) {
          w.red = false;
          p.red = true;
          this.rotateLeft(p);
          w = p.right!;
        }
        if (!isRed(w.left) && !isRed(w.right)) {
          w.red = true;
          x = p;
          parent = x.parent;
        } else {
          if (!isRed(w.right)) {
            w.left!.red = false;
            w.red = true;
            this.rotateRight(w);
            w = p.right!;
          }
          w.red = p.red;
          p.red = false;
          w.right!.red = false;
          this.rotateLeft(p);
          x = this.root;
          parent = null;
        }
      } else {
        let w = p.left!;
        if (w.red) {
          w.red = false;
          p.red = true;
          this.rotateRight(p);
          w = p.left!;
        }
        if (!isRed(w.left) && !isRed(w.right)) {
          w.red = true;
          x = p;
          parent = x.parent;
        } else {
          if (!isRed(w.left)) {
            w.right!.red = false;
            w.red = true;
            this.rotateLeft(w);
            w = p.left!;
          }
          w.red = p.red;
          p.red = false;
          w.left!.red = false;
          this.rotateRight(p);
          x = this.root;
          parent = null;
        }
      }
    }
    if (x !== null) x.red = false;
  }

  /** Calls f(key, value) for every entry, in key order. */
  forEach(f: (key: K, value: V) => void): void {
    const walk = (node: RbNode<K, V> | null): void => {
      if (node === null) return;
      walk(node.left);
      f(node.key, node.value);
      walk(node.right);
    };
    walk(this.root);
  }
}

class Motion {
  constructor(
    readonly callsign: number,
    readonly from: Vector3,
    readonly to: Vector3,
  ) {}

  delta(): Vector3 {
    return this.to.minus(this.from);
  }

  /** Where the two aircraft come within PROXIMITY_RADIUS during the frame, or null. */
  findIntersection(other: Motion): Vector3 | null {
    const init1 = this.from;
    const init2 = other.from;
    const vec1 = this.delta();
    const vec2 = other.delta();
    const radius = PROXIMITY_RADIUS;
    const dist = init1.minus(init2);
    const dvec = vec1.minus(vec2);
    const a = dvec.squaredMagnitude();
    if (a !== 0) {
      const b = 2 * dist.dot(dvec);
      const c = dist.squaredMagnitude() - radius * radius;
      const discr = b * b - 4 * a * c;
      if (discr < 0) return null;
      const root = Math.sqrt(discr);
      const v1 = (-b - root) / (2 * a);
      const v2 = (-b + root) / (2 * a);
      if (v1 <= v2 && ((v1 <= 1 && 1 <= v2) || (v1 <= 0 && 0 <= v2) || (0 <= v1 && v2 <= 1))) {
        const v = v1 < 0 ? 0 : v1;
        const result1 = init1.plus(vec1.times(v));
        const result2 = init2.plus(vec2.times(v));
        const result = result1.plus(result2).times(0.5);
        if (
          result.x >= MIN_X && result.x <= MAX_X && result.y >= MIN_Y && result.y <= MAX_Y &&
          result.z >= MIN_Z && result.z <= MAX_Z
        ) {
          return result;
        }
      }
      return null;
    }
    if (dist.squaredMagnitude() <= radius * radius) return init1.plus(init2).times(0.5);
    return null;
  }
}

function voxelHash(position: Vector3): Vector2 {
  return new Vector2(VOXEL_SIZE * Math.floor(position.x / VOXEL_SIZE), VOXEL_SIZE * Math.floor(position.y / VOXEL_SIZE));
}

/** Whether the motion, seen from above, passes within PROXIMITY_RADIUS / 2 of the voxel. */
function isInVoxel(voxel: Vector2, motion: Motion): boolean {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) return false;
  const init = motion.from;
  const fin = motion.to;
  const r = PROXIMITY_RADIUS / 2;
  const vx = voxel.x;
  const x0 = init.x;
  const xv = fin.x - init.x;
  const vy = voxel.y;
  const y0 = init.y;
  const yv = fin.y - init.y;
  let lowX = (vx - r - x0) / xv;
  let highX = (vx + VOXEL_SIZE + r - x0) / xv;
  if (xv < 0) [lowX, highX] = [highX, lowX];
  let lowY = (vy - r - y0) / yv;
  let highY = (vy + VOXEL_SIZE + r - y0) / yv;
  if (yv < 0) [lowY, highY] = [highY, lowY];
  const inX =
    (xv === 0 && vx <= x0 + r && x0 - r <= vx + VOXEL_SIZE) ||
    (xv !== 0 && ((lowX <= 1 && 1 <= highX) || (lowX <= 0 && 0 <= highX) || (0 <= lowX && highX <= 1)));
  const inY =
    (yv === 0 && vy <= y0 + r && y0 - r <= vy + VOXEL_SIZE) ||
    (yv !== 0 && ((lowY <= 1 && 1 <= highY) || (lowY <= 0 && 0 <= highY) || (0 <= lowY && highY <= 1)));
  return (
    inX &&
    inY &&
    (xv === 0 || yv === 0 || (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY) ||
      (lowX <= lowY && highY <= highX))
  );
}

const HORIZONTAL = new Vector2(VOXEL_SIZE, 0);
const VERTICAL = new Vector2(0, VOXEL_SIZE);

function drawMotion(voxelMap: RedBlackTree<Vector2, Motion[]>, seen: RedBlackTree<Vector2, boolean>, voxel: Vector2, motion: Motion): void {
  if (!isInVoxel(voxel, motion)) return;
  if (seen.put(voxel, true) !== null) return;
  let motions = voxelMap.get(voxel);
  if (motions === null) {
    motions = [];
    voxelMap.put(voxel, motions);
  }
  motions.push(motion);
  const left = voxel.minus(HORIZONTAL);
  const right = voxel.plus(HORIZONTAL);
  drawMotion(voxelMap, seen, left, motion);
  drawMotion(voxelMap, seen, right, motion);
  drawMotion(voxelMap, seen, voxel.minus(VERTICAL), motion);
  drawMotion(voxelMap, seen, voxel.plus(VERTICAL), motion);
  drawMotion(voxelMap, seen, left.minus(VERTICAL), motion);
  drawMotion(voxelMap, seen, left.plus(VERTICAL), motion);
  drawMotion(voxelMap, seen, right.minus(VERTICAL), motion);
  drawMotion(voxelMap, seen, right.plus(VERTICAL), motion);
}

function reduceCollisionSet(motions: Motion[]): Motion[][] {
  const voxelMap = new RedBlackTree<Vector2, Motion[]>(compareVector2);
  for (const motion of motions) {
    drawMotion(voxelMap, new RedBlackTree<Vector2, boolean>(compareVector2), voxelHash(motion.from), motion);
  }
  const groups: Motion[][] = [];
  voxelMap.forEach((_voxel, group) => {
    if (group.length > 1) groups.push(group);
  });
  return groups;
}

interface Aircraft {
  callsign: number;
  position: Vector3;
}

class CollisionDetector {
  private state = new RedBlackTree<number, Vector3>(compareNumbers);

  handleNewFrame(frame: Aircraft[]): number {
    const state = this.state;
    const motions: Motion[] = [];
    const seen = new RedBlackTree<number, boolean>(compareNumbers);
    for (const aircraft of frame) {
      const old = state.put(aircraft.callsign, aircraft.position);
      seen.put(aircraft.callsign, true);
      motions.push(new Motion(aircraft.callsign, old ?? aircraft.position, aircraft.position));
    }
    const gone: number[] = [];
    state.forEach((callsign) => {
      if (seen.get(callsign) === null) gone.push(callsign);
    });
    for (const callsign of gone) state.remove(callsign);
    if (state.size !== frame.length) {
      throw new Error(`cd: wrong result: ${state.size} aircraft tracked in a frame of ${frame.length}`);
    }

    let collisions = 0;
    for (const group of reduceCollisionSet(motions)) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          if (group[i].findIntersection(group[j]) !== null) collisions++;
        }
      }
    }
    return collisions;
  }
}

/**
 * The frame numbered frameNumber: aircraft 2k and 2k + 1 at x = time, weaving around y = 6k;
 * the last pair is absent from every 10th frame.
 */
function simulate(numAircraft: number, frameNumber: number): Aircraft[] {
  const time = frameNumber / 10;
  const frame: Aircraft[] = [];
  const count = frameNumber % 10 === 9 ? numAircraft - 2 : numAircraft;
  for (let i = 0; i < count; i += 2) {
    frame.push({ callsign: i, position: new Vector3(time, Math.cos(time) * 2 + i * 3, 10) });
    frame.push({ callsign: i + 1, position: new Vector3(time, Math.sin(time) * 2 + i * 3, 10) });
  }
  return frame;
}

export function run(n: number): string {
  const detector = new CollisionDetector();
  let collisions = 0;
  for (let f = 0; f < FRAMES; f++) collisions += detector.handleNewFrame(simulate(n, f));
  const expected = EXPECTED[n];
  if (expected === undefined) throw new Error(`cd: wrong result: no expected value for ${n} aircraft`);
  if (collisions !== expected) {
    throw new Error(`cd: wrong result ${collisions} collisions for ${n} aircraft, expected ${expected}`);
  }
  return `cd: ${collisions} collisions among ${n} aircraft in ${FRAMES} frames`;
}
