/**
 * The trace verifier: checks the invariants every pass must preserve, so a broken rewrite is
 * caught at the pass that made it, not as wrong results in compiled code.
 *
 * Checked: SSA (every argument is an input, a constant or an earlier op of this trace), argument
 * count and types against the op table, descriptors, snapshots only where the table allows them
 * (and present on every guard), snapshot values defined before the guard, label/jump arity.
 */

import { OPS, hasSnapshot, isGuard } from './optable.js';
import { Const, type FrameSnapshot, Op, type SnapValue, type Trace, Virtual } from './trace.js';

export class VerifyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifyError';
  }
}

export function verifyTrace(t: Trace, opts: { requireSnapshots?: boolean } = {}): void {
  const defined = new Set<Op>(t.inputs);
  const fail = (k: number, op: Op, msg: string): never => {
    throw new VerifyError(`op ${k} (${op.opcode}): ${msg}`);
  };
  for (const i of t.inputs) if (i.opcode !== 'input') throw new VerifyError(`input ${i.opcode} is not an input op`);
  let lastLabel: Op | null = null;
  t.ops.forEach((op, k) => {
    const spec = OPS[op.opcode];
    if (op.opcode === 'input') fail(k, op, 'input ops belong in Trace.inputs');
    const rest = 'rest' in spec ? spec.rest : undefined;
    if (op.args.length < spec.args.length || (!rest && op.args.length > spec.args.length)) {
      fail(k, op, `wrong number of arguments: ${op.args.length}`);
    }
    op.args.forEach((a, j) => {
      if (a instanceof Op && !defined.has(a)) fail(k, op, `argument ${j} is not defined before use`);
      const want = j < spec.args.length ? spec.args[j]! : rest!;
      if (want !== 'any' && a.type !== want) fail(k, op, `argument ${j} is ${a.type}, expected ${want}`);
    });
    if (spec.result !== 'any' && op.type !== spec.result) fail(k, op, `result type ${op.type}, expected ${spec.result}`);
    const dk = 'descr' in spec ? spec.descr : undefined;
    if (op.descr && op.descr.kind !== dk) fail(k, op, `unexpected ${op.descr.kind} descriptor`);
    if (!op.descr && dk && dk !== 'target') fail(k, op, `missing ${dk} descriptor`);
    if (op.snapshot) {
      if (!hasSnapshot(op.opcode)) fail(k, op, 'has a snapshot but takes none');
      checkSnapshot(op.snapshot, defined, (m) => fail(k, op, m));
    } else if (opts.requireSnapshots && isGuard(op.opcode)) {
      fail(k, op, 'guard without snapshot');
    }
    if (op.opcode === 'label') lastLabel = op;
    if (op.opcode === 'jump' && !op.descr && lastLabel) {
      const l: Op = lastLabel;
      if (l.args.length !== op.args.length) fail(k, op, `jump has ${op.args.length} arguments, label has ${l.args.length}`);
      op.args.forEach((a, j) => {
        if (a.type !== l.args[j]!.type) fail(k, op, `jump argument ${j} is ${a.type}, label has ${l.args[j]!.type}`);
      });
    }
    if (op.type !== 'void') defined.add(op);
  });
}

function checkSnapshot(s: FrameSnapshot, defined: Set<Op>, fail: (m: string) => never): void {
  const seen = new Set<Virtual>();
  const check = (v: SnapValue): void => {
    if (v instanceof Const) return;
    if (v instanceof Op) {
      if (!defined.has(v)) fail(`snapshot refers to ${v.opcode}#${v.id}, not defined before the guard`);
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    v.fields.forEach(([, x]) => check(x));
    v.items.forEach(check);
  };
  for (let f: FrameSnapshot | null = s; f; f = f.parent) {
    f.values.forEach(check);
    if (f !== s && f.pending.length > 0) fail('a parent frame carries pending stores (only the innermost frame may)');
  }
  for (const p of s.pending) {
    check(p.array);
    check(p.index);
    check(p.value);
    if (p.index.type !== 'int') fail('pending store at an index that is not an int');
    if (p.array.type !== 'ref') fail('pending store into a value that is not a reference');
  }
}
