/**
 * The benchmark programs of bench/bf, written with `BfWriter`, each with a size parameter: the
 * committed `name.b` is `PROGRAMS[name].source(full)`, and tests run the same text built with a
 * small size. `expected` computes each program's output directly in JavaScript, independently
 * of any Brainfuck, so expected outputs are checked against something other than the
 * interpreter that produced them.
 */

import { BfWriter } from './writer.js';

export interface BenchProgram<P> {
  readonly summary: string;
  /** The committed size (0.5 to 5 seconds in the plain interpreter) and a small one for tests. */
  readonly full: P;
  readonly small: P;
  source(p: P): string;
  /** The program's input for a size (empty when it reads none). */
  input(p: P): string;
  expected(p: P, input: string): string;
}

const byte = (n: number): number => ((n % 256) + 256) % 256;

/** Nested counted loops around a multiply-accumulate: acc += i * j for i <= a, j <= b. */
export const kernel: BenchProgram<{ a: number; b: number }> = {
  summary: 'a nested-loop arithmetic kernel: running sums of i*j modulo 256, one line per i',
  full: { a: 120, b: 100 },
  small: { a: 7, b: 5 },
  source({ a, b }) {
    const w = new BfWriter();
    const [i, j, t, u, acc, tmp] = [w.cell(), w.cell(), w.cell(), w.cell(), w.cell(), w.cell()];
    const s = w.cells(11);
    w.note(`kernel: for i = ${a} down to 1, for j = ${b} down to 1: acc += i * j (modulo 256); print acc after each i`);
    w.add(i, a);
    w.loop(i, () => {
      w.add(j, b);
      w.loop(j, () => {
        w.copy(i, t, u);
        w.loop(t, () => {
          w.add(t, -1);
          w.copyAdd(j, acc, u);
        });
        w.add(j, -1);
      });
      w.printDecimal(acc, s);
      w.print('\n', tmp);
      w.add(i, -1);
    });
    return w.text();
  },
  input: () => '',
  expected({ a, b }) {
    let acc = 0;
    let out = '';
    for (let i = a; i >= 1; i--) {
      for (let j = b; j >= 1; j--) acc = byte(acc + i * j);
      out += `${acc}\n`;
    }
    return out;
  },
};

/** Primes below n (n <= 256) by trial division by every d in 2..k-1, with no early exit. */
export const primes: BenchProgram<{ n: number }> = {
  summary: 'the primes below n by exhaustive trial division (remainders by counting)',
  full: { n: 256 },
  small: { n: 30 },
  source({ n }) {
    const w = new BfWriter();
    const k = w.cell(); // the candidate, 2 .. n-1
    const left = w.cell(); // candidates still to test
    const d = w.cell(); // the divisor, 2 .. k-1
    const dleft = w.cell(); // divisors still to try
    const t = w.cell(); // steps left in the remainder count
    const prime = w.cell();
    const z = w.cell(); // 1 when the last step of the count wrapped the remainder to 0
    const tmp = w.cell();
    const c = w.cells(3); // down-counter of the remainder, its flag and zero
    const s = w.cells(11);
    w.note(`primes below ${n}: k is prime when no d in 2..k-1 leaves remainder 0; remainders by counting down from d`);
    w.add(k, 2);
    w.add(left, n - 2);
    w.loop(left, () => {
      w.set(prime, 1);
      w.copy(k, dleft, tmp);
      w.add(dleft, -2);
      w.set(d, 2);
      w.loop(dleft, () => {
        w.copy(k, t, tmp);
        w.copy(d, c, tmp);
        w.loop(t, () => {
          w.add(t, -1);
          w.clear(z);
          w.add(c, -1);
          w.ifZero(c, () => {
            w.copy(d, c, tmp);
            w.add(z, 1);
          });
        });
        w.clear(c);
        w.ifNonZeroConsume(z, () => w.clear(prime));
        w.add(d, 1);
        w.add(dleft, -1);
      });
      w.ifNonZeroConsume(prime, () => {
        w.printDecimal(k, s);
        w.print('\n', tmp);
      });
      w.add(k, 1);
      w.add(left, -1);
    });
    return w.text();
  },
  input: () => '',
  expected({ n }) {
    let out = '';
    for (let k = 2; k < n; k++) {
      let prime = true;
      for (let d = 2; d < k; d++) if (k % d === 0) prime = false;
      if (prime) out += `${k}\n`;
    }
    return out;
  },
};

/** Deterministic text of `words` words in lines (an LCG over a word list): the filters' input. */
export function sampleText(words: number): string {
  const vocab = ['tape', 'cell', 'loop', 'trace', 'guard', 'bridge', 'Jit', 'merge', 'point', 'green', 'red', 'Pointer', 'byte', 'wraps', 'grows', 'Zero', 'quick', 'amber', 'vortex', 'LYNX', 'meta', 'a', 'of', 'the', 'Halt'];
  let x = 12345;
  let line = '';
  let out = '';
  for (let k = 0; k < words; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    const word = vocab[(x >>> 16) % vocab.length]!;
    line += (line === '' ? '' : (x >>> 8) % 7 === 0 ? ',  ' : ' ') + word;
    if (line.length > 60 || k === words - 1) {
      out += line + ((x >>> 4) % 5 === 0 ? '.\n\n' : '\n');
      line = '';
    }
  }
  return out;
}

const rot = (ch: string): string => {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 77) || (c >= 97 && c <= 109)) return String.fromCharCode(c + 13);
  if ((c >= 78 && c <= 90) || (c >= 110 && c <= 122)) return String.fromCharCode(c - 13);
  return ch;
};

/** rot13 of the input up to its end (or a NUL byte), classifying each byte by counting up to it. */
export const rot13: BenchProgram<{ words: number }> = {
  summary: 'a rot13 filter: each byte is classified by walking the ranges A-M, N-Z, a-m, n-z up to it',
  full: { words: 12000 },
  small: { words: 40 },
  source() {
    const w = new BfWriter();
    const ch = w.cell();
    const o = w.cell(); // the byte written
    const x = w.cell(); // steps left in the walk up to the byte
    const plus = w.cell(); // 1 in A-M and a-m
    const minus = w.cell(); // 1 in N-Z and n-z
    const si = w.cell(); // the range the walk is in, 0..6
    const tmp = w.cell();
    const seg = w.cells(3); // steps left to the next range boundary, its flag and zero
    const sw = w.cells(3); // a copy of si counted down to select the next range, flag and zero
    w.note('rot13: read bytes until the end of input (the cell is cleared before each read, so the end reads as 0)');
    w.in(ch);
    w.loop(ch, () => {
      w.copy(ch, o, tmp);
      w.copy(ch, x, tmp);
      w.add(seg, 65);
      w.note('walk from 0 up to the byte; at each range boundary select the next range and its shift');
      w.loop(x, () => {
        w.add(x, -1);
        w.add(seg, -1);
        w.ifZero(seg, () => {
          w.add(si, 1);
          w.clear(plus);
          w.clear(minus);
          w.copy(si, sw, tmp);
          // (length of the range, +13 or -13 or 0) for ranges 1..6
          const ranges: Array<[number, number]> = [
            [13, 1],
            [13, -1],
            [6, 0],
            [13, 1],
            [13, -1],
            [255, 0],
          ];
          for (const [len, shift] of ranges) {
            w.add(sw, -1);
            w.ifZero(sw, () => {
              w.add(seg, len);
              if (shift > 0) w.add(plus, 1);
              if (shift < 0) w.add(minus, 1);
            });
          }
          // sw is now si - 6, between -5 and 0: count it up to 0
          w.loop(sw, () => w.add(sw, 1));
        });
      });
      w.ifNonZeroConsume(plus, () => w.add(o, 13));
      w.ifNonZeroConsume(minus, () => w.add(o, -13));
      w.out(o);
      w.clear(o);
      w.clear(si);
      w.clear(seg);
      w.clear(ch);
      w.in(ch);
    });
    return w.text();
  },
  input: ({ words }) => sampleText(words),
  expected: (_p, input) => [...input].map(rot).join(''),
};

/** `wc`: lines, words and bytes of the input, as seven-digit decimal odometers. */
export const wc: BenchProgram<{ words: number }> = {
  summary: 'wc: line, word and byte counts in seven-digit decimal odometers',
  full: { words: 12000 },
  small: { words: 40 },
  source() {
    const w = new BfWriter();
    const DIGITS = 7;
    const ch = w.cell();
    const t = w.cell();
    const tmp = w.cell();
    const space = w.cell(); // 1 when the byte is a space, tab or newline
    const inword = w.cell();
    const notin = w.cell();
    const probe = w.cells(3); // the byte minus a candidate value, its flag and zero
    // An odometer: per digit, 10 - digit, its flag and zero (least significant digit first).
    const odo = (): number => w.cells(3 * DIGITS);
    const lines = odo();
    const words = odo();
    const bytes = odo();
    const increment = (base: number, k = 0): void => {
      const r = base + 3 * k;
      w.add(r, -1);
      if (k + 1 < DIGITS) {
        w.ifZero(r, () => {
          w.add(r, 10);
          increment(base, k + 1);
        });
      }
    };
    const printCounter = (base: number): void => {
      // leading zeros print as spaces, like wc's padded columns; the last digit always prints
      const started = inword; // free once the input is consumed
      w.clear(started);
      for (let k = DIGITS - 1; k >= 0; k--) {
        const r = base + 3 * k;
        // the digit 10 - r is non-zero when r != 10
        w.copy(r, tmp, t);
        w.add(tmp, -10);
        w.ifNonZeroConsume(tmp, () => w.set(started, 1));
        if (k === 0) w.set(started, 1);
        w.set(notin, 1);
        w.copy(started, t, tmp);
        w.ifNonZeroConsume(t, () => {
          w.clear(notin);
          w.add(tmp, 58);
          w.copyAdd(r, tmp, space, -1);
          w.out(tmp);
          w.clear(tmp);
        });
        w.ifNonZeroConsume(notin, () => w.print(' ', tmp));
      }
      w.clear(started);
    };
    w.note(`wc: bytes, words and lines of the input up to its end, counted in decimal odometers of ${DIGITS} digits`);
    for (const base of [lines, words, bytes]) for (let k = 0; k < DIGITS; k++) w.add(base + 3 * k, 10);
    w.in(ch);
    w.loop(ch, () => {
      increment(bytes);
      w.clear(space);
      w.note('space, tab and newline end a word; a newline also counts a line');
      for (const [value, isNewline] of [
        [32, false],
        [9, false],
        [10, true],
      ] as const) {
        w.copy(ch, probe, tmp);
        w.add(probe, -value);
        w.ifZero(probe, () => {
          w.set(space, 1);
          if (isNewline) increment(lines);
        });
        w.clear(probe);
      }
      w.set(notin, 1);
      w.copy(space, t, tmp);
      w.ifNonZeroConsume(t, () => {
        w.clear(inword);
        w.clear(notin);
      });
      w.ifNonZeroConsume(notin, () => {
        w.copy(inword, t, tmp);
        w.set(space, 1); // reused: "a word starts here" unless already in one
        w.ifNonZeroConsume(t, () => w.clear(space));
        w.ifNonZeroConsume(space, () => increment(words));
        w.set(inword, 1);
      });
      w.clear(space);
      w.clear(ch);
      w.in(ch);
    });
    printCounter(lines);
    printCounter(words);
    printCounter(bytes);
    w.print('\n', tmp);
    return w.text();
  },
  input: ({ words }) => sampleText(words),
  expected(_p, input) {
    let lines = 0;
    let words = 0;
    let inword = false;
    for (const c of input) {
      if (c === '\n') lines++;
      if (c === ' ' || c === '\t' || c === '\n') inword = false;
      else if (!inword) {
        inword = true;
        words++;
      }
    }
    const pad = (n: number): string => String(n).padStart(7, ' ');
    return `${pad(lines)}${pad(words)}${pad(input.length)}\n`;
  },
};

/** Fibonacci numbers in decimal digit cells, added digit by digit with carries; several rounds. */
export const fib: BenchProgram<{ pairs: number; rounds: number; digits: number }> = {
  summary: 'Fibonacci numbers in decimal (digit cells, carries by odometer), recomputed for several rounds; the first round prints them',
  full: { pairs: 70, rounds: 250, digits: 36 },
  small: { pairs: 10, rounds: 2, digits: 6 },
  source({ pairs, rounds, digits }) {
    const w = new BfWriter();
    const round = w.cell();
    const step = w.cell();
    const show = w.cell();
    const t = w.cell();
    const tmp = w.cell();
    const n = w.cell();
    const started = w.cell();
    const u = w.cell();
    // A number: per digit (least significant first) 10 - digit, its flag and zero.
    const a = w.cells(3 * digits);
    const b = w.cells(3 * digits);
    const increment = (base: number, k: number): void => {
      const r = base + 3 * k;
      w.add(r, -1);
      if (k + 1 < digits) {
        w.ifZero(r, () => {
          w.add(r, 10);
          increment(base, k + 1);
        });
      } else {
        w.ifZero(r, () => w.add(r, 10));
      }
    };
    // dst += src, digit by digit: the digit of src (10 - r) counted into dst from that digit up.
    const addInto = (dst: number, src: number): void => {
      for (let k = 0; k < digits; k++) {
        w.add(n, 10);
        w.copyAdd(src + 3 * k, n, tmp, -1);
        w.loop(n, () => {
          w.add(n, -1);
          increment(dst, k);
        });
      }
    };
    const printIfShown = (base: number): void => {
      w.copy(show, t, tmp);
      w.loop(t, () => {
        w.clear(t);
        w.clear(started);
        for (let k = digits - 1; k >= 0; k--) {
          const r = base + 3 * k;
          w.copy(r, n, tmp);
          w.add(n, -10);
          w.ifNonZeroConsume(n, () => w.set(started, 1));
          if (k === 0) w.set(started, 1);
          w.copy(started, n, tmp);
          w.ifNonZeroConsume(n, () => {
            w.add(tmp, 58);
            w.copyAdd(r, tmp, u, -1);
            w.out(tmp);
            w.clear(tmp);
          });
        }
        w.clear(started);
        w.print('\n', tmp);
        w.at(t);
      });
    };
    w.note(`fib: ${rounds} rounds of F(1) .. F(${2 * pairs + 2}) in ${digits} decimal digits; the first round prints them`);
    w.add(show, 1);
    w.add(round, rounds);
    w.loop(round, () => {
      for (const base of [a, b]) {
        for (let k = 0; k < digits; k++) w.set(base + 3 * k, 10);
        w.add(base, -1);
      }
      printIfShown(a);
      printIfShown(b);
      w.add(step, pairs);
      w.loop(step, () => {
        addInto(a, b);
        printIfShown(a);
        addInto(b, a);
        printIfShown(b);
        w.add(step, -1);
      });
      w.clear(show);
      w.add(round, -1);
    });
    return w.text();
  },
  input: () => '',
  expected({ pairs }) {
    let out = '';
    let x = 1n;
    let y = 1n;
    out += `${x}\n${y}\n`;
    for (let k = 0; k < pairs; k++) {
      x += y;
      out += `${x}\n`;
      y += x;
      out += `${y}\n`;
    }
    return out;
  },
};
