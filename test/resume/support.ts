/**
 * Test support for resume data: comparing materialized frames up to the identity of the objects
 * built (a bijection between built objects, identity for everything else), and random snapshots
 * with multi-frame chains, shared parents, and nested, shared and cyclic virtuals.
 */

import {
  ARRAY_KINDS,
  type ArrayKind,
  Const,
  FrameSnapshot,
  type Op,
  type SnapValue,
  Virtual,
  arrayDescr,
  fieldDescr,
  newInput,
  newOp,
} from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { ExitDescr, type ExitKind, type ResumedFrame } from '../../runtime/resume/exit.js';
import { Node, Point } from '../support/trace-text.js';

/**
 * The first difference between two lists of frames, or null when they are the same: equal
 * codes, pcs and primitives (`Object.is`), identical external objects, and objects built by
 * materialization related one-to-one with the same prototype, own keys in order and contents.
 */
export function framesDiffer(a: readonly ResumedFrame[], b: readonly ResumedFrame[], external: ReadonlySet<unknown>): string | null {
  const ab = new Map<object, object>();
  const ba = new Map<object, object>();
  const same = (x: unknown, y: unknown, path: string): string | null => {
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null || external.has(x) || external.has(y)) {
      return Object.is(x, y) ? null : `${path}: ${String(x)} vs ${String(y)}`;
    }
    const m = ab.get(x);
    if (m !== undefined || ba.has(y)) return m === y ? null : `${path}: sharing differs`;
    ab.set(x, y);
    ba.set(y, x);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path}: prototypes differ`;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.join(',') !== ky.join(',')) return `${path}: keys ${kx.join(',')} vs ${ky.join(',')}`;
    if ((x as unknown[]).length !== (y as unknown[]).length) return `${path}: lengths differ`;
    for (const k of kx) {
      const d = same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  };
  if (a.length !== b.length) return `${a.length} frames vs ${b.length}`;
  for (let f = 0; f < a.length; f++) {
    const fa = a[f]!;
    const fb = b[f]!;
    if (fa.code !== fb.code || fa.pc !== fb.pc) return `frame ${f}: ${fa.code}@${fa.pc} vs ${fb.code}@${fb.pc}`;
    if (fa.values.length !== fb.values.length) return `frame ${f}: value counts differ`;
    for (let k = 0; k < fa.values.length; k++) {
      const d = same(fa.values[k], fb.values[k], `frame ${f} value ${k}`);
      if (d) return d;
    }
  }
  return null;
}

/** A small seeded generator (mulberry32). */
export class Rng {
  constructor(private s: number) {}
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface RandomFragment {
  readonly exits: ExitDescr[];
  /** The state array compiled code would leave for each exit (exception value included). */
  readonly states: Map<ExitDescr, unknown[]>;
  /** The value each op has at run time. */
  readonly valueOf: (op: Op) => unknown;
  /** Objects that exist before deoptimization (inputs' values and constants). */
  readonly external: Set<unknown>;
}

const FIELDS = ['x', 'y', 'next', 'value'].map(fieldDescr);

/** Snapshots of one compiled fragment's exits, random but reproducible from the seed. */
export function randomFragment(seed: number): RandomFragment {
  const rng = new Rng(seed);
  const external = new Set<unknown>();
  const objects = [new Point(), new Node(), { tag: 'o' }, [1, 2], new Uint8Array(2)];
  objects.forEach((o) => external.add(o));
  const values = new Map<Op, unknown>();
  const ops: Op[] = [];
  const types: ValueType[] = ['int', 'float', 'bool', 'ref'];
  for (let k = 0, n = 2 + rng.int(10); k < n; k++) {
    const t = rng.pick(types);
    const op = newInput(t);
    ops.push(op);
    values.set(op, randomValue(rng, t, objects));
  }
  const numberOps = (t: 'int' | 'float'): Op[] => ops.filter((o) => o.type === t);

  const constant = (t: ValueType): Const => new Const(t, randomValue(rng, t, objects));
  const virtuals: Virtual[] = [];

  const numberValue = (kind: ArrayKind): SnapValue => {
    const t = kind === 'f32' || kind === 'f64' ? 'float' : 'int';
    const candidates = numberOps(t);
    return candidates.length && rng.chance(0.5) ? rng.pick(candidates) : constant(t);
  };

  const value = (depth: number): SnapValue => {
    const r = rng.next();
    if (r < 0.35 && ops.length) return rng.pick(ops);
    if (r < 0.6) return constant(rng.pick(types));
    if (r < 0.75 && virtuals.length) return rng.pick(virtuals); // sharing and cycles
    if (depth > 3) return constant('int');
    return virtual(depth + 1);
  };

  const virtual = (depth: number): Virtual => {
    if (rng.chance(0.6)) {
      const v = new Virtual('object', new Const('ref', rng.pick([Point, Node])), null);
      virtuals.push(v);
      const fields = FIELDS.filter(() => rng.chance(0.5));
      for (const f of fields) v.fields.push([f, value(depth)]);
      return v;
    }
    const kind = rng.pick(ARRAY_KINDS);
    const v = new Virtual('array', null, arrayDescr(kind));
    virtuals.push(v);
    for (let k = 0, n = rng.int(4); k < n; k++) v.items.push(kind === 'any' ? value(depth) : numberValue(kind));
    return v;
  };

  const frame = (parent: FrameSnapshot | null): FrameSnapshot => {
    const vals: SnapValue[] = [];
    for (let k = 0, n = rng.int(5); k < n; k++) vals.push(value(0));
    return new FrameSnapshot(rng.int(4), rng.chance(0.1) ? -rng.int(100) : rng.int(5000), vals, parent);
  };

  // Caller chains, shared between exits as the recorder shares them.
  const parents: Array<FrameSnapshot | null> = [null];
  for (let k = 0, n = rng.int(4); k < n; k++) parents.push(frame(rng.pick(parents)));

  const exits: ExitDescr[] = [];
  const states = new Map<ExitDescr, unknown[]>();
  let last: FrameSnapshot | null = null;
  const guardArg = newInput('bool');
  for (let k = 0, n = 1 + rng.int(6); k < n; k++) {
    if (rng.chance(0.3)) virtuals.length = 0; // a new guard context sometimes
    const snap: FrameSnapshot = last !== null && rng.chance(0.25) ? last : frame(rng.pick(parents));
    last = snap;
    const kind: ExitKind = rng.pick(['guard', 'guard', 'exception', 'finish'] as const);
    const exit = new ExitDescr(kind, snap, 0, newOp('guard_true', [guardArg]));
    const S = exit.failArgs.map((op) => values.get(op));
    if (kind === 'exception') S.push(new Error(`thrown at ${k}`));
    exits.push(exit);
    states.set(exit, S);
  }
  return { exits, states, valueOf: (op) => values.get(op), external };
}

function randomValue(rng: Rng, t: ValueType, objects: readonly unknown[]): unknown {
  switch (t) {
    case 'int':
      return rng.pick([0, 1, -1, 7, 2047, -2048, 2048, -2049, 123456, 2147483647, -2147483648, rng.int(100000) - 50000]);
    case 'float':
      return rng.pick([0, -0, 0.5, -1.25, NaN, Infinity, -Infinity, 1e300, 3, 2048.5]);
    case 'bool':
      return rng.chance(0.5);
    case 'ref':
      return rng.pick([null, undefined, 'str', '', 2.5, -0, true, ...objects]);
  }
}
