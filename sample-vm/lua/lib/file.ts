/**
 * The io library's file handle (Lua 5.1's `FILE*` userdata) and the C error conventions the
 * io and os libraries share (strerror texts, errno numbers, the `nil, msg, errno` triple).
 *
 * A LuaFile reads and writes synchronously. Bytes are latin1 strings throughout. Its source is
 * one of: a file descriptor (node:fs; reads go through a string buffer filled 64 KiB at a
 * time at an explicit offset, so the logical position is `bufStart + bufPos` and a write or
 * seek simply drops the buffer), the runtime's standard streams (`rt.readStdin` a line at a
 * time, `rt.writeStdout`/`rt.writeStderr`), or a string (the output of an `io.popen` command).
 * Writes to a descriptor go straight to the OS (no user-space buffering), so data is on disk
 * as soon as `write` returns, which C's buffered stdio guarantees only after flush or close.
 * A file that is collected without being closed has its descriptor closed (Lua's __gc).
 */

import { closeSync, fstatSync, readSync, writeSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { LuaUserdata } from '../value/userdata.js';
import type { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';

// ---------------------------------------------------------------------------------------------
// C errors

const MESSAGES: Readonly<Record<string, string>> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  EBADF: 'Bad file descriptor',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files',
  ETXTBSY: 'Text file busy',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  ESPIPE: 'Illegal seek',
  EROFS: 'Read-only file system',
  EMLINK: 'Too many links',
  EPIPE: 'Broken pipe',
  ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
};

/** The errno code ('ENOENT') of a Node error, or 'EIO' for anything else. */
function codeOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in osConstants.errno ? code : 'EIO';
}

/** C's strerror(errno) for a Node error ("No such file or directory"). */
export function strerror(e: unknown): string {
  const code = codeOf(e);
  return MESSAGES[code] ?? code;
}

/** The errno number of a Node error (2 for ENOENT). */
export function errnoOf(e: unknown): number {
  return (osConstants.errno as Record<string, number>)[codeOf(e)];
}

/** A Node error standing for the errno `code`, for failures detected without a system call. */
export function errnoError(code: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(code);
  e.code = code;
  return e;
}

/** A Lua file name (bytes) as a path for node:fs: the same bytes, whatever their encoding. */
export function osPath(name: string): Buffer {
  return Buffer.from(name, 'latin1');
}

/** liolib.c's pushresult on failure: nil, "[filename: ]message", errno. */
export function failure(e: unknown, filename?: string): LuaValue[] {
  const msg = filename === undefined ? strerror(e) : `${filename}: ${strerror(e)}`;
  return [undefined, msg, errnoOf(e)];
}

// ---------------------------------------------------------------------------------------------
// Files

export const enum FileSource {
  /** An OS file descriptor. */
  Descriptor,
  /** The runtime's standard input. */
  Stdin,
  /** The runtime's standard output. */
  Stdout,
  /** The runtime's standard error. */
  Stderr,
  /** A string read from start to end (a command's output). */
  Text,
  /** Writes collected into a string (a command's input, handed over on close). */
  Collect,
}

const CHUNK = 65536;
const chunkBuffer = Buffer.allocUnsafe(CHUNK);

const descriptorFinalizer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed by the OS or the host: nothing left to release
  }
});

let nextFileId = 1;

export class LuaFile extends LuaUserdata {
  /** The address `tostring` shows ("file (0x...)"). */
  readonly address: string;
  closed = false;
  /** The read buffer: file bytes from offset `bufStart`; `bufPos` is the next unread one. */
  private buf = '';
  private bufPos = 0;
  private bufStart = 0;
  /** Set when a read failed (C's ferror), cleared by `clearError`. */
  error: unknown = undefined;
  /** Called on close for Collect files (runs the command); returns the close result. */
  onClose: ((text: string) => LuaValue[]) | undefined = undefined;

  constructor(
    readonly source: FileSource,
    readonly fd: number,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly append: boolean,
    readonly rt: LuaRuntime,
    metatable: LuaTable,
    text = '',
  ) {
    super();
    this.metatable = metatable;
    this.address = '0x' + (0x55c0a0e00000 + nextFileId++ * 0x240).toString(16);
    this.buf = text;
    if (source === FileSource.Descriptor) descriptorFinalizer.register(this, fd, this);
  }

  /** Is this one of the standard streams (which `close` refuses)? */
  get isStandard(): boolean {
    return this.source === FileSource.Stdin || this.source === FileSource.Stdout || this.source === FileSource.Stderr;
  }

  clearError(): void {
    this.error = undefined;
  }

  /** Appends the next piece of input to the buffer; false at end of file or on an error. */
  private fill(): boolean {
    if (this.bufPos > 0) {
      this.bufStart += this.bufPos;
      this.buf = this.buf.slice(this.bufPos);
      this.bufPos = 0;
    }
    switch (this.source) {
      case FileSource.Descriptor: {
        if (!this.readable) {
          this.error = errnoError('EBADF');
          return false;
        }
        let n: number;
        try {
          n = readSync(this.fd, chunkBuffer, 0, CHUNK, this.bufStart + this.buf.length);
        } catch (e) {
          this.error = e;
          return false;
        }
        if (n === 0) return false;
        this.buf += chunkBuffer.toString('latin1', 0, n);
        return true;
      }
      case FileSource.Stdin: {
        const line = this.rt.readStdin('L');
        if (line === undefined || line.length === 0) return false;
        this.buf += line;
        return true;
      }
      case FileSource.Text:
        return false;
      default:
        this.error = errnoError('EBADF');
        return false;
    }
  }

  /** A line without its newline; undefined at end of file (read_line). */
  readLine(): string | undefined {
    for (;;) {
      const nl = this.buf.indexOf('\n', this.bufPos);
      if (nl >= 0) {
        const line = this.buf.slice(this.bufPos, nl);
        this.bufPos = nl + 1;
        return line;
      }
      if (!this.fill()) {
        const rest = this.buf.slice(this.bufPos);
        this.bufPos = this.buf.length;
        return rest.length > 0 ? rest : undefined;
      }
    }
  }

  /** Up to n bytes; undefined when none is left (read_chars). */
  readChars(n: number): string | undefined {
    while (this.buf.length - this.bufPos < n && this.fill()) {
      // keep filling
    }
    const end = Math.min(this.buf.length, this.bufPos + n);
    const s = this.buf.slice(this.bufPos, end);
    this.bufPos = end;
    return s.length > 0 ? s : undefined;
  }

  /** The rest of the file ('' at end of file). */
  readAll(): string {
    while (this.fill()) {
      // keep filling
    }
    const s = this.buf.slice(this.bufPos);
    this.bufPos = this.buf.length;
    return s;
  }

  /** '' unless at end of file (read(0)'s test_eof). */
  testEof(): string | undefined {
    return this.bufPos < this.buf.length || this.fill() ? '' : undefined;
  }

  /** fscanf("%lf"): skips whitespace, then reads a number; undefined if there is none. */
  readNumber(): number | undefined {
    for (;;) {
      while (this.bufPos < this.buf.length && isSpace(this.buf.charCodeAt(this.bufPos))) this.bufPos++;
      if (this.bufPos < this.buf.length || !this.fill()) break;
    }
    // make sure the whole number is in the buffer: read on until a space (or 400 characters)
    // follows it, never further, so that an interactive input is not waited on needlessly
    while (this.buf.length - this.bufPos < 400 && !SPACE.test(this.buf.slice(this.bufPos)) && this.fill()) {
      // keep filling
    }
    NUMBER_PREFIX.lastIndex = this.bufPos;
    const m = NUMBER_PREFIX.exec(this.buf);
    if (m === null) return undefined;
    this.bufPos += m[0].length;
    const text = m[0];
    const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(text);
    if (hex !== null) {
      const v = parseInt(hex[2], 16);
      return hex[1] === '-' ? -v : v;
    }
    if (/^[+-]?inf/i.test(text)) return text[0] === '-' ? -Infinity : Infinity;
    if (/^[+-]?nan/i.test(text)) return NaN;
    return Number(text);
  }

  /** Writes bytes at the current position (at the end in append mode). */
  write(s: string): void {
    switch (this.source) {
      case FileSource.Stdout:
        this.rt.writeStdout(s);
        return;
      case FileSource.Stderr:
        this.rt.writeStderr(s);
        return;
      case FileSource.Collect:
        this.buf += s;
        return;
      case FileSource.Descriptor: {
        if (!this.writable) throw errnoError('EBADF');
        const pos = this.bufStart + this.bufPos;
        this.buf = '';
        this.bufPos = 0;
        const bytes = Buffer.from(s, 'latin1');
        let done = 0;
        while (done < bytes.length) {
          done += writeSync(this.fd, bytes, done, bytes.length - done, this.append ? null : pos + done);
        }
        this.bufStart = this.append ? fstatSync(this.fd).size : pos + done;
        return;
      }
      default:
        throw errnoError('EBADF');
    }
  }

  /** fseek + ftell: the new position; throws a Node-style error (EINVAL, ESPIPE). */
  seek(whence: 'set' | 'cur' | 'end', offset: number): number {
    if (this.source !== FileSource.Descriptor) throw errnoError('ESPIPE');
    let base: number;
    if (whence === 'set') base = 0;
    else if (whence === 'cur') base = this.bufStart + this.bufPos;
    else base = fstatSync(this.fd).size;
    const pos = base + offset;
    if (pos < 0) throw errnoError('EINVAL');
    this.buf = '';
    this.bufPos = 0;
    this.bufStart = pos;
    return pos;
  }

  /** Closes the file (not for standard streams): the results of io.close. */
  close(): LuaValue[] {
    this.closed = true;
    if (this.source === FileSource.Descriptor) {
      descriptorFinalizer.unregister(this);
      try {
        closeSync(this.fd);
      } catch (e) {
        return failure(e);
      }
      return [true];
    }
    const text = this.buf;
    this.buf = '';
    this.bufPos = 0;
    return this.onClose !== undefined ? this.onClose(text) : [true];
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const SPACE = /[ \t\n\v\f\r]/;

/** What fscanf's %lf accepts: decimal and hexadecimal numbers, inf, infinity, nan. */
const NUMBER_PREFIX =
  /[+-]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])/y;
