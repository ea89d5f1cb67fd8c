/**
 * The JavaScript twin of programs/havlak.lua: Havlak's loop recognition, run 3 times on a
 * generated control-flow graph (a first base loop, then n trees of 10 loops of 5 base loops);
 * every pass must find the loops the graph was built with, and the last one's nesting is
 * checked.
 */

const PASSES = 3;
const LOOPS_PER_TREE = 10;
const BASE_LOOPS_PER_LOOP = 5;
const EXPECTED_DEPTH = 3;

class BasicBlock {
  inEdges: BasicBlock[] = [];
  outEdges: BasicBlock[] = [];

  constructor(readonly name: number) {}
}

class Cfg {
  blocks: (BasicBlock | undefined)[] = [];
  numBlocks = 0;

  createNode(name: number): BasicBlock {
    let block = this.blocks[name];
    if (block === undefined) {
      block = new BasicBlock(name);
      this.blocks[name] = block;
      if (name + 1 > this.numBlocks) this.numBlocks = name + 1;
    }
    return block;
  }

  addEdge(fromName: number, toName: number): void {
    const from = this.createNode(fromName);
    const to = this.createNode(toName);
    from.outEdges.push(to);
    to.inEdges.push(from);
  }
}

class SimpleLoop {
  isRoot = false;
  blocks: BasicBlock[] = [];
  children: SimpleLoop[] = [];
  parent: SimpleLoop | null = null;
  nestingLevel = 0;
  depthLevel = 0;

  constructor(
    readonly header: BasicBlock | null,
    readonly isReducible: boolean,
    readonly counter: number,
  ) {
    if (header !== null) this.blocks.push(header);
  }

  addNode(block: BasicBlock): void {
    this.blocks.push(block);
  }

  setParent(parent: SimpleLoop): void {
    this.parent = parent;
    parent.children.push(this);
  }
}

function nestingRec(loop: SimpleLoop, depth: number): void {
  loop.depthLevel = depth;
  for (const child of loop.children) {
    nestingRec(child, depth + 1);
    if (child.nestingLevel + 1 > loop.nestingLevel) loop.nestingLevel = child.nestingLevel + 1;
  }
}

class Lsg {
  loops: SimpleLoop[] = [];
  root: SimpleLoop;

  constructor() {
    this.root = this.createNewLoop(null, true);
    this.root.isRoot = true;
  }

  get numLoops(): number {
    return this.loops.length;
  }

  createNewLoop(header: BasicBlock | null, isReducible: boolean): SimpleLoop {
    const loop = new SimpleLoop(header, isReducible, this.loops.length);
    this.loops.push(loop);
    return loop;
  }

  calculateNestingLevel(): void {
    for (const loop of this.loops) {
      if (!loop.isRoot && loop.parent === null) loop.setParent(this.root);
    }
    nestingRec(this.root, 0);
  }
}

class UnionFindNode {
  parent: UnionFindNode = this;
  block: BasicBlock | null = null;
  loop: SimpleLoop | null = null;
  dfsNumber = 0;

  init(block: BasicBlock, dfsNumber: number): void {
    this.parent = this;
    this.block = block;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  /** The representative of this node's set, with path compression. */
  findSet(): UnionFindNode {
    let path: UnionFindNode[] | null = null;
    let node: UnionFindNode = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) {
        if (path === null) path = [];
        path.push(node);
      }
      node = node.parent;
    }
    if (path !== null) for (const p of path) p.parent = node.parent;
    return node;
  }
}

const UNVISITED = -1;
const NONHEADER = 1;
const REDUCIBLE = 2;
const SELF = 3;
const IRREDUCIBLE = 4;
const DEAD = 5;

function doDfs(block: BasicBlock, nodes: UnionFindNode[], number: number[], last: number[], current: number): number {
  nodes[current].init(block, current);
  number[block.name] = current;
  let lastId = current;
  for (const target of block.outEdges) {
    if (number[target.name] === UNVISITED) lastId = doDfs(target, nodes, number, last, lastId + 1);
  }
  last[current] = lastId;
  return lastId;
}

function isAncestor(w: number, v: number, last: number[]): boolean {
  return w <= v && v <= last[w];
}

/** Adds v to the non-back predecessors of w, a short list without duplicates. */
function addNonBackPred(nonBackPreds: number[][], w: number, v: number): void {
  const list = nonBackPreds[w];
  if (!list.includes(v)) list.push(v);
}

function findLoops(cfg: Cfg, lsg: Lsg): number {
  const size = cfg.numBlocks;
  const nonBackPreds: number[][] = [];
  const backPreds: number[][] = [];
  const number: number[] = [];
  const kind: number[] = [];
  const last: number[] = [];
  const nodes: UnionFindNode[] = [];
  for (let i = 0; i < size; i++) {
    nonBackPreds.push([]);
    backPreds.push([]);
    number.push(UNVISITED);
    kind.push(NONHEADER);
    last.push(0);
    nodes.push(new UnionFindNode());
  }
  doDfs(cfg.blocks[0]!, nodes, number, last, 0);

  // Splits the predecessors of every block into back edges (from a descendant) and others.
  for (let w = 0; w < size; w++) {
    const nodeW = nodes[w].block;
    if (nodeW === null) {
      kind[w] = DEAD;
      continue;
    }
    for (const pred of nodeW.inEdges) {
      const v = number[pred.name];
      if (v === UNVISITED) continue;
      if (isAncestor(w, v, last)) backPreds[w].push(v);
      else addNonBackPred(nonBackPreds, w, v);
    }
  }

  // From the last block to the first: the body of the loop headed by w is what reaches w's
  // back predecessors backwards without leaving w's subtree; no back predecessors, no loop.
  for (let w = size - 1; w >= 0; w--) {
    const nodeW = nodes[w].block;
    const back = backPreds[w];
    if (nodeW === null || back.length === 0) continue;
    const pool: UnionFindNode[] = [];
    const inPool = new Set<UnionFindNode>();
    for (const v of back) {
      if (v !== w) {
        const rep = nodes[v].findSet();
        if (!inPool.has(rep)) {
          inPool.add(rep);
          pool.push(rep);
        }
      } else {
        kind[w] = SELF;
      }
    }
    if (pool.length > 0) kind[w] = REDUCIBLE;

    const work = pool.slice();
    for (let head = 0; head < work.length; head++) {
      const x = work[head];
      for (const pred of nonBackPreds[x.dfsNumber]) {
        const ydash = nodes[pred].findSet();
        const d = ydash.dfsNumber;
        if (!isAncestor(w, d, last)) {
          kind[w] = IRREDUCIBLE;
          addNonBackPred(nonBackPreds, w, d);
        } else if (d !== w && !inPool.has(ydash)) {
          inPool.add(ydash);
          pool.push(ydash);
          work.push(ydash);
        }
      }
    }

    if (pool.length > 0 || kind[w] === SELF) {
      const loop = lsg.createNewLoop(nodeW, kind[w] !== IRREDUCIBLE);
      const nodeOfW = nodes[w];
      nodeOfW.loop = loop;
      for (const node of pool) {
        node.parent = nodeOfW;
        if (node.loop !== null) node.loop.setParent(loop);
        else loop.addNode(node.block!);
      }
    }
  }
  return lsg.numLoops;
}

function buildGraph(trees: number): Cfg {
  const cfg = new Cfg();
  const buildStraight = (start: number, count: number): number => {
    for (let i = 0; i < count; i++) cfg.addEdge(start + i, start + i + 1);
    return start + count;
  };
  const buildDiamond = (start: number): number => {
    cfg.addEdge(start, start + 1);
    cfg.addEdge(start, start + 2);
    cfg.addEdge(start + 1, start + 3);
    cfg.addEdge(start + 2, start + 3);
    return start + 3;
  };
  const buildBaseLoop = (from: number): number => {
    const header = buildStraight(from, 1);
    const diamond1 = buildDiamond(header);
    const d11 = buildStraight(diamond1, 1);
    const diamond2 = buildDiamond(d11);
    const footer = buildStraight(diamond2, 1);
    cfg.addEdge(diamond2, d11);
    cfg.addEdge(diamond1, header);
    cfg.addEdge(footer, from);
    return buildStraight(footer, 1);
  };

  cfg.createNode(0);
  cfg.createNode(1);
  cfg.addEdge(0, 2);
  const dispatch = buildBaseLoop(2);
  let nextBlock = dispatch;
  for (let t = 0; t < trees; t++) {
    nextBlock++;
    cfg.addEdge(dispatch, nextBlock);
    for (let l = 0; l < LOOPS_PER_TREE; l++) {
      const top = nextBlock;
      nextBlock = buildStraight(nextBlock, 1);
      for (let b = 0; b < BASE_LOOPS_PER_LOOP; b++) nextBlock = buildBaseLoop(nextBlock);
      const bottom = buildStraight(nextBlock, 1);
      cfg.addEdge(nextBlock, top);
      nextBlock = bottom;
    }
    cfg.addEdge(nextBlock, 1);
  }
  return cfg;
}

export function run(n: number): string {
  const expectedLoops = 1 + 3 + n * LOOPS_PER_TREE * (1 + 3 * BASE_LOOPS_PER_LOOP);
  const expectedBlocks = 2 + 11 + n * (1 + LOOPS_PER_TREE * (2 + 10 * BASE_LOOPS_PER_LOOP));
  const cfg = buildGraph(n);
  let lsg = new Lsg();
  for (let i = 0; i < PASSES; i++) {
    lsg = new Lsg();
    const loops = findLoops(cfg, lsg);
    if (loops !== expectedLoops) throw new Error(`havlak: wrong result ${loops} loops, expected ${expectedLoops}`);
  }
  lsg.calculateNestingLevel();
  const depth = lsg.root.nestingLevel;
  if (cfg.numBlocks !== expectedBlocks || depth !== EXPECTED_DEPTH) {
    throw new Error(`havlak: wrong result ${cfg.numBlocks} blocks, loops nested ${depth} deep`);
  }
  return `havlak: ${lsg.numLoops} loops nested ${depth} deep in ${cfg.numBlocks} blocks, ${PASSES} passes`;
}
