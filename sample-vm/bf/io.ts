/**
 * Bytes in, bytes out: the only way a Brainfuck program meets the world.
 *
 * `read` returns the next input byte (0..255) or -1 at the end of input, and keeps returning -1
 * afterwards. `write` receives one byte (0..255) and must keep it exactly (no text decoding).
 * Both are plain methods on plain objects; `BufferIO` marks them `@jit.opaque`, so compiled code
 * calls them (the JIT does not trace into the buffer management).
 */

import { jit } from '../../runtime/hints/index.js';

export interface BfIO {
  read(): number;
  write(byte: number): void;
}

/** Input from a byte array; output into a growing byte buffer. What tests and the CLI use. */
export class BufferIO implements BfIO {
  private inAt = 0;
  private buf = new Uint8Array(4096);
  private used = 0;

  constructor(
    private readonly input: Uint8Array = new Uint8Array(0),
    /** Called with each full buffer (then cleared); without it, everything is kept in memory. */
    private readonly flushTo?: (chunk: Uint8Array) => void,
  ) {}

  @jit.opaque
  read(): number {
    return this.inAt < this.input.length ? this.input[this.inAt++]! : -1;
  }

  @jit.opaque
  write(byte: number): void {
    if (this.used === this.buf.length) this.full();
    this.buf[this.used++] = byte;
  }

  /** The bytes written and not yet flushed. */
  output(): Uint8Array {
    return this.buf.slice(0, this.used);
  }

  /** The output as text (Latin-1: one character per byte, so no byte is lost). */
  text(): string {
    let s = '';
    for (let k = 0; k < this.used; k += 8192) s += String.fromCharCode(...this.buf.subarray(k, Math.min(this.used, k + 8192)));
    return s;
  }

  /** Hands the pending bytes to `flushTo` (a no-op without one). */
  flush(): void {
    if (!this.flushTo || this.used === 0) return;
    this.flushTo(this.buf.slice(0, this.used));
    this.used = 0;
  }

  private full(): void {
    if (this.flushTo) {
      this.flush();
      return;
    }
    const bigger = new Uint8Array(this.buf.length * 2);
    bigger.set(this.buf);
    this.buf = bigger;
  }
}

/** Text as bytes, one byte per character (characters above 255 are refused, not mangled). */
export function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 255) throw new RangeError(`character ${c} at ${k} is not a byte`);
    bytes[k] = c;
  }
  return bytes;
}
