/**
 * Variable-length integers for resume data: unsigned LEB128 (7 bits per byte, low bits first,
 * high bit set on every byte but the last) and zigzag for signed numbers.
 *
 * Invariants:
 * - Any non-negative safe integer round-trips unsigned, any integer of magnitude below 2^52
 *   signed; arithmetic (not 32-bit bit operations) is used so nothing wraps above 2^31.
 * - `ByteWriter` is a scratch buffer reused across chunks: `take()` copies the bytes written
 *   since the last `take()` out and empties the writer.
 */

export class ByteWriter {
  private buf = new Uint8Array(64);
  private n = 0;

  get length(): number {
    return this.n;
  }

  uint(v: number): void {
    if (!(Number.isSafeInteger(v) && v >= 0)) throw new RangeError(`resume data: cannot encode ${v} as an unsigned varint`);
    if (this.n + 8 > this.buf.length) this.grow();
    while (v >= 0x80) {
      this.buf[this.n++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.n++] = v;
  }

  int(v: number): void {
    this.uint(zigzag(v));
  }

  take(): Uint8Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }

  private grow(): void {
    const b = new Uint8Array(this.buf.length * 2);
    b.set(this.buf);
    this.buf = b;
  }
}

/** Signed to unsigned: 0, -1, 1, -2, 2 ... become 0, 1, 2, 3, 4 ... */
export function zigzag(v: number): number {
  const u = v >= 0 ? v * 2 : -v * 2 - 1;
  if (!Number.isSafeInteger(v) || !Number.isSafeInteger(u)) throw new RangeError(`resume data: cannot encode ${v} as a signed varint`);
  return u;
}

export function unzigzag(u: number): number {
  return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
}

/** A cursor over encoded bytes. */
export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  uint(): number {
    const b = this.bytes;
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= b.length) throw new RangeError('resume data: truncated varint');
      const x = b[this.pos++]!;
      v += (x & 0x7f) * scale;
      if (x < 0x80) return v;
      scale *= 0x80;
    }
  }

  int(): number {
    return unzigzag(this.uint());
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
}
