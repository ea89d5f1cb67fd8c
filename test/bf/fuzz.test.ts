/**
 * Random Brainfuck programs through the JIT: for seeded random programs that always terminate,
 * the JIT-enabled module (both tracers, low thresholds, and random guard failures) must give
 * exactly the plain interpreter's output, tape and pointer.
 *
 * Programs are built so that every loop ends: a loop is `+n[>body<-]` on a counter cell its body
 * never touches (the body works on the cells right of the counter and comes back), so each
 * iteration decrements the counter once; nested loops use a cell of their parent's body as
 * their own counter. Bodies mix `+ - . ,`, moves that return to where they started, and nested
 * loops; input is a fixed byte string (reading past its end leaves cells unchanged).
 */
import * as plain from '../../sample-vm/bf/interpreter.js';
import * as jitted from '../../sample-vm/bf/interpreter.jit.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { parse } from '../../sample-vm/bf/program.js';
import type { TracerMode } from '../../runtime/hints/index.js';
import type { JitParams } from '../../runtime/warmup/params.js';

/** A small seeded generator (xorshift32). */
function rng(seed: number): (n: number) => number {
  let x = seed | 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** A body working on the cells 0..width-1 right of where it starts, ending where it started. */
function body(r: (n: number) => number, depth: number, width: number): string {
  let s = '';
  let at = 0;
  const steps = 3 + r(8);
  for (let k = 0; k < steps; k++) {
    const choice = r(10);
    if (choice < 3) s += '+'.repeat(1 + r(3));
    else if (choice < 5) s += '-'.repeat(1 + r(3));
    else if (choice < 6) s += '.';
    else if (choice < 7) s += ',';
    else if (choice < 9) {
      const to = r(width);
      s += to > at ? '>'.repeat(to - at) : '<'.repeat(at - to);
      at = to;
    } else if (depth > 0 && at + 1 < width) {
      // A nested loop on this cell, working right of it inside our width.
      s += `${'+'.repeat(1 + r(4))}[>${body(r, depth - 1, width - at - 1)}<-]`;
    }
  }
  return s + (at > 0 ? '<'.repeat(at) : '');
}

function program(seed: number): string {
  const r = rng(seed);
  let s = '';
  for (let k = 0; k < 2 + r(3); k++) s += `>${'+'.repeat(2 + r(20))}[>${body(r, 2, 5)}<-]`;
  return s + '.';
}

const INPUT = 'metajit fuzz input \u00ff\u0000';

interface Outcome {
  out: string;
  ptr: number;
  tape: number[];
}

function outcome(m: { tape: Uint8Array; ptr: number; run(): void }, io: BufferIO): Outcome {
  m.run();
  const cells = Array.from(m.tape);
  let end = cells.length;
  while (end > 0 && cells[end - 1] === 0) end--;
  return { out: io.text(), ptr: m.ptr, tape: cells.slice(0, end) };
}

const runPlain = (src: string): Outcome => {
  const io = new BufferIO(latin1(INPUT));
  return outcome(new plain.BfMachine(parse(src, 'fuzz.b'), io), io);
};

const runJit = (src: string, tracer: TracerMode, params: Partial<JitParams>): Outcome => {
  const io = new BufferIO(latin1(INPUT));
  return outcome(new jitted.BfMachine(parse(src, 'fuzz.b'), io, { tracer, params }), io);
};

const SEEDS = Array.from({ length: 40 }, (_, k) => 1000 + k * 7919);

describe.each<TracerMode>(['generic', 'generated'])('random terminating programs (%s tracer)', (tracer) => {
  it('give the plain interpreter\'s output, tape and pointer', () => {
    let compiled = 0;
    for (const seed of SEEDS) {
      const src = program(seed);
      const expected = runPlain(src);
      const io = new BufferIO(latin1(INPUT));
      const m = new jitted.BfMachine(parse(src, 'fuzz.b'), io, { tracer, params: { loopThreshold: 3, bridgeThreshold: 3 } });
      expect({ seed, ...outcome(m, io) }).toEqual({ seed, ...expected });
      if (m.driver.stats().loops > 0) compiled++;
    }
    // The programs are loop-heavy enough for the JIT to compile most of them.
    expect(compiled).toBeGreaterThan(SEEDS.length / 2);
  });

  it('and the same under random guard failures', () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const src = program(seed);
      expect({ seed, ...runJit(src, tracer, { loopThreshold: 3, bridgeThreshold: 3, stressGuardFailures: 0.1, stressSeed: seed }) }).toEqual({ seed, ...runPlain(src) });
    }
  });
});

test('the generator makes varied, nested programs', () => {
  const programs = SEEDS.map(program);
  expect(new Set(programs).size).toBe(SEEDS.length);
  expect(programs.filter((p) => /\[[^\]]*\[/.test(p)).length).toBeGreaterThan(SEEDS.length / 2);
  expect(programs.some((p) => p.includes(','))).toBe(true);
});
