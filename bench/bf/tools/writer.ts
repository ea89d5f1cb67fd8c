/**
 * A small structured writer of Brainfuck: named cells, loops that always close on the cell they
 * opened on, and a few idioms (copy, zero test, decimal printing). The benchmark programs of
 * bench/bf are written with it (tools/programs.ts), which keeps them readable and correct.
 *
 * Invariants: the writer knows the pointer at every point of the emitted text, because every
 * loop it emits returns to its own cell before `]` (`loop`), and the one idiom that moves the
 * pointer differently per branch (`ifZero`) ends on the same cell on both branches. Cells are
 * only allocated, never reused implicitly: scratch cells handed to an idiom must be 0 before
 * it and are 0 after it. Comments written with `note` never contain one of the eight commands.
 */

const COMMANDS = /[+\-<>[\].,]/g;

export class BfWriter {
  private readonly parts: string[] = [];
  private ptr = 0;
  private next = 0;

  /** A fresh cell (0 at the start of the program). */
  cell(): number {
    return this.next++;
  }

  /** `n` fresh consecutive cells; the first is returned. */
  cells(n: number): number {
    const first = this.next;
    this.next += n;
    return first;
  }

  note(text: string): void {
    this.parts.push(`\n${text.replace(COMMANDS, ' ')}\n`);
  }

  at(c: number): void {
    const d = c - this.ptr;
    this.parts.push(d > 0 ? '>'.repeat(d) : '<'.repeat(-d));
    this.ptr = c;
  }

  add(c: number, n: number): void {
    const m = ((n % 256) + 256) % 256;
    this.at(c);
    this.parts.push(m <= 128 ? '+'.repeat(m) : '-'.repeat(256 - m));
  }

  clear(c: number): void {
    this.at(c);
    this.parts.push('[-]');
  }

  set(c: number, v: number): void {
    this.clear(c);
    this.add(c, v);
  }

  out(c: number): void {
    this.at(c);
    this.parts.push('.');
  }

  in(c: number): void {
    this.at(c);
    this.parts.push(',');
  }

  /** `while (c) body`, back on `c` at every `]`. */
  loop(c: number, body: () => void): void {
    this.at(c);
    this.parts.push('[');
    body();
    this.at(c);
    this.parts.push(']');
  }

  /** `dst_k += factor_k * src` for each target, then `src = 0`. */
  moveAdd(src: number, targets: ReadonlyArray<readonly [number, number]>): void {
    this.loop(src, () => {
      this.add(src, -1);
      for (const [dst, factor] of targets) this.add(dst, factor);
    });
  }

  /** `dst += src`, `src` unchanged (`tmp` is scratch). */
  copyAdd(src: number, dst: number, tmp: number, factor = 1): void {
    this.moveAdd(src, [
      [dst, factor],
      [tmp, 1],
    ]);
    this.moveAdd(tmp, [[src, 1]]);
  }

  /** `dst = src`, `src` unchanged. */
  copy(src: number, dst: number, tmp: number): void {
    this.clear(dst);
    this.copyAdd(src, dst, tmp);
  }

  /** `if (c) body; c = 0`: consumes `c`; `body` must not touch `c`. */
  ifNonZeroConsume(c: number, body: () => void): void {
    this.loop(c, () => {
      body();
      this.clear(c);
    });
  }

  /**
   * `if (c == 0) body`, `c` unchanged, in constant time: `c + 1` is a flag and `c + 2` a cell that
   * is always 0 (both reserved by the caller); `body` must not touch either. The classic
   * `>+<[>-]>[-<body>>]` with the pointer ending on `c + 2` on both paths.
   */
  ifZero(c: number, body: () => void): void {
    this.add(c + 1, 1);
    this.at(c);
    this.parts.push('[>-]>');
    // Here the pointer is on c + 2 if c was non-zero (the flag cleared), on c + 1 otherwise.
    this.ptr = c + 1;
    this.parts.push('[-');
    body();
    this.at(c + 2);
    this.parts.push(']');
    this.ptr = c + 2;
  }

  /** Prints a string; `tmp` is scratch. */
  print(text: string, tmp: number): void {
    let v = 0;
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      this.add(tmp, code - v);
      this.out(tmp);
      v = code;
    }
    this.add(tmp, -v);
  }

  /** `body` run `n` times (0 < n < 256), counting down in `counter` (0 before and after). */
  repeat(n: number, counter: number, body: () => void): void {
    this.add(counter, n);
    this.loop(counter, () => {
      body();
      this.add(counter, -1);
    });
  }

  /**
   * Prints `c` (0..255) in decimal without leading zeros, `c` unchanged. `s` is the first of 11
   * scratch cells, all 0 before and after.
   */
  printDecimal(c: number, s: number): void {
    const t = s; // the count still to do
    const ones = s + 1;
    const tens = s + 2;
    const hund = s + 3;
    const tmp = s + 4;
    const r1 = s + 5; // 10 - ones, with its flag and zero at s + 6, s + 7
    const r10 = s + 8; // 10 - tens, with its flag and zero at s + 9, s + 10
    this.copy(c, t, tmp);
    this.add(r1, 10);
    this.add(r10, 10);
    this.loop(t, () => {
      this.add(t, -1);
      this.add(ones, 1);
      this.add(r1, -1);
      this.ifZero(r1, () => {
        this.add(r1, 10);
        this.clear(ones);
        this.add(tens, 1);
        this.add(r10, -1);
        this.ifZero(r10, () => {
          this.add(r10, 10);
          this.clear(tens);
          this.add(hund, 1);
        });
      });
    });
    // Leading zeros: hundreds if non-zero; tens if they or the hundreds are; ones always.
    const flag = t;
    const shown = r1 + 1; // the flag cells are 0 again here, reuse one as "something shown"
    this.copy(hund, flag, tmp);
    this.ifNonZeroConsume(flag, () => {
      this.set(shown, 1);
    });
    this.copy(tens, flag, tmp);
    this.ifNonZeroConsume(flag, () => {
      this.set(shown, 1);
    });
    this.copy(hund, flag, tmp);
    this.ifNonZeroConsume(flag, () => {
      this.add(hund, 48);
      this.out(hund);
      this.add(hund, -48);
    });
    this.ifNonZeroConsume(shown, () => {
      this.add(tens, 48);
      this.out(tens);
      this.add(tens, -48);
    });
    this.add(ones, 48);
    this.out(ones);
    for (const z of [ones, tens, hund, r1, r10]) this.clear(z);
  }

  text(): string {
    return this.parts.join('').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  }
}
