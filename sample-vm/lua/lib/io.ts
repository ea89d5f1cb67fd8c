/**
 * The io library (Lua 5.1's liolib.c): io.open/close/read/write/lines/input/output/flush/
 * type/tmpfile/popen, io.stdin/stdout/stderr, and the file methods (read, write, lines, seek,
 * flush, close, setvbuf; __tostring "file (0x...)" / "file (closed)").
 *
 * Files are LuaFile userdata (lib/file.ts) sharing one metatable whose __index is itself, as
 * in liolib.c. The default input and output files live in this library's state; the standard
 * streams go through the runtime (`rt.readStdin`, `rt.writeStdout`, `rt.writeStderr`) and
 * cannot be closed ("cannot close standard file"). Failures answer as C's stdio does through
 * liolib.c: `nil, "name: strerror", errno`. `io.popen` runs the command synchronously through
 * /bin/sh: in "r" mode the file reads the command's whole output, in "w" mode what was written
 * becomes the command's standard input when the file is closed.
 */

import { spawnSync } from 'node:child_process';
import { constants as fsConstants, openSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EMPTY, NativeFunction, type NativeFn } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkAny, checkOption, checkString, optInt, optString, setNatives } from './args.js';
import { FileSource, LuaFile, errnoError, failure, osPath, strerror } from './file.js';

/** What fopen's mode string asks for, as glibc reads it. */
interface OpenMode {
  flags: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
}

/** glibc's fopen mode parsing: 'r', 'w' or 'a', then '+' (update) and 'x' (exclusive) among the next six characters. */
function parseMode(mode: string): OpenMode | undefined {
  const c = mode[0];
  if (c !== 'r' && c !== 'w' && c !== 'a') return undefined;
  const rest = mode.slice(1, 7);
  const plus = rest.includes('+');
  const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL } = fsConstants;
  let flags = plus ? O_RDWR : c === 'r' ? O_RDONLY : O_WRONLY;
  if (c === 'w') flags |= O_CREAT | O_TRUNC;
  if (c === 'a') flags |= O_CREAT | O_APPEND;
  if (c !== 'r' && rest.includes('x')) flags |= O_EXCL;
  return { flags, readable: plus || c === 'r', writable: plus || c !== 'r', append: c === 'a' };
}

/** The io library of one runtime: its file metatable and default files. */
class IoState {
  readonly metatable = new LuaTable();
  input: LuaFile;
  output: LuaFile;
  readonly stdin: LuaFile;
  readonly stdout: LuaFile;
  readonly stderr: LuaFile;

  constructor(readonly rt: LuaRuntime) {
    this.stdin = new LuaFile(FileSource.Stdin, -1, true, false, false, rt, this.metatable);
    this.stdout = new LuaFile(FileSource.Stdout, -1, false, true, false, rt, this.metatable);
    this.stderr = new LuaFile(FileSource.Stderr, -1, false, true, false, rt, this.metatable);
    this.input = this.stdin;
    this.output = this.stdout;
  }

  /** fopen: the file, or the Node error. */
  open(filename: string, mode: string): LuaFile | Error {
    const m = parseMode(mode);
    if (m === undefined) return errnoError('EINVAL');
    try {
      const fd = openSync(osPath(filename), m.flags, 0o666);
      return new LuaFile(FileSource.Descriptor, fd, m.readable, m.writable, m.append, this.rt, this.metatable);
    } catch (e) {
      return e as Error;
    }
  }
}

/** tofile: the open file in argument 1 ("attempt to use a closed file" otherwise). */
function toFile(rt: LuaRuntime, args: LuaValue[]): LuaFile {
  const f = toFileAny(rt, args);
  if (f.closed) rt.error('attempt to use a closed file');
  return f;
}

/** luaL_checkudata(L, 1, "FILE*"): argument 1 is a file, open or closed. */
function toFileAny(rt: LuaRuntime, args: LuaValue[]): LuaFile {
  const f = args[0];
  if (!(f instanceof LuaFile)) return rt.typeError(1, 'FILE*', f, args.length);
  return f;
}

/** g_read: reads with the formats args[first..]. */
function readFormats(rt: LuaRuntime, f: LuaFile, args: LuaValue[], first: number): LuaValue[] {
  f.clearError();
  const out: LuaValue[] = [];
  if (args.length <= first) {
    out.push(f.readLine());
  } else {
    for (let n = first; n < args.length; n++) {
      const fmt = args[n];
      let v: LuaValue;
      if (typeof fmt === 'number') {
        const count = fmt < 0 || !Number.isFinite(fmt) ? Infinity : Math.trunc(fmt);
        v = count === 0 ? f.testEof() : f.readChars(count);
      } else {
        if (typeof fmt !== 'string' || fmt[0] !== '*') rt.argError(n + 1, 'invalid option');
        switch (fmt[1]) {
          case 'n':
            v = f.readNumber();
            break;
          case 'l':
            v = f.readLine();
            break;
          case 'a':
            v = f.readAll();
            break;
          default:
            return rt.argError(n + 1, 'invalid format');
        }
      }
      out.push(v);
      if (v === undefined) break;
    }
  }
  if (f.error !== undefined) return failure(f.error);
  return out;
}

/** g_write: writes args[first..] (numbers as %.14g); true, or nil, msg, errno. */
function writeValues(rt: LuaRuntime, f: LuaFile, args: LuaValue[], first: number): LuaValue[] {
  let s = '';
  for (let i = first; i < args.length; i++) {
    const v = args[i];
    s += typeof v === 'number' ? numberToString(v) : checkString(rt, args, i + 1);
  }
  try {
    f.write(s);
  } catch (e) {
    return failure(e);
  }
  return [true];
}

/** aux_lines: an iterator reading lines of f, closing it at the end when `toClose`. */
function linesIterator(rt: LuaRuntime, f: LuaFile, toClose: boolean): NativeFunction {
  return new NativeFunction(
    'lines',
    (rt) => {
      if (f.closed) rt.error('file is already closed');
      f.clearError();
      const line = f.readLine();
      if (f.error !== undefined) rt.error(strerror(f.error));
      if (line !== undefined) return [line];
      if (toClose && !f.isStandard) f.close();
      return EMPTY;
    },
    rt.globals,
  );
}

/** aux_close: standard files refuse, others close. */
function closeFile(f: LuaFile): LuaValue[] {
  if (f.isStandard) return [undefined, 'cannot close standard file'];
  return f.close();
}

/** mkstemp("lua_XXXXXX") in the temporary directory: a fresh file, created empty and open. */
export function makeTempFile(): { fd: number; name: string } | undefined {
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = join(tmpdir(), 'lua_' + randomBytes(6).toString('base64url').slice(0, 6));
    try {
      const fd = openSync(name, fsConstants.O_RDWR | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o600);
      return { fd, name };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

export function openIo(rt: LuaRuntime): void {
  const io = new IoState(rt);
  const lib = new LuaTable();
  const mt = io.metatable;

  /** g_iofile: io.input / io.output. */
  const ioFile =
    (which: 'input' | 'output', mode: string): NativeFn =>
    (rt, args) => {
      const a = args[0];
      if (a !== undefined) {
        if (typeof a === 'string' || typeof a === 'number') {
          const name = typeof a === 'string' ? a : numberToString(a);
          const f = io.open(name, mode);
          if (!(f instanceof LuaFile)) return rt.argError(1, `${name}: ${strerror(f)}`);
          io[which] = f;
        } else {
          toFile(rt, args);
          io[which] = a as LuaFile;
        }
      }
      return [io[which]];
    };

  /** getiofile: the default file, which must be open. */
  const defaultFile = (rt: LuaRuntime, which: 'input' | 'output'): LuaFile => {
    const f = io[which];
    if (f.closed) rt.error(`standard ${which} file is closed`);
    return f;
  };

  const close: NativeFn = (rt, args) => {
    if (args.length === 0) return closeFile(toFile(rt, [io.output]));
    return closeFile(toFile(rt, args));
  };

  setNatives(rt, mt, {
    close,
    flush: (rt, args) => {
      toFile(rt, args);
      return [true];
    },
    lines: (rt, args) => [linesIterator(rt, toFile(rt, args), false)],
    read: (rt, args) => readFormats(rt, toFile(rt, args), args, 1),
    seek: (rt, args) => {
      const f = toFile(rt, args);
      const whence = (['set', 'cur', 'end'] as const)[checkOption(rt, args, 2, 'cur', ['set', 'cur', 'end'])];
      const offset = optInt(rt, args, 3, 0);
      try {
        return [f.seek(whence, offset)];
      } catch (e) {
        return failure(e);
      }
    },
    setvbuf: (rt, args) => {
      toFile(rt, args);
      checkOption(rt, args, 2, undefined, ['no', 'full', 'line']);
      return [true];
    },
    write: (rt, args) => writeValues(rt, toFile(rt, args), args, 1),
    __gc: (_rt, args) => {
      const f = args[0];
      if (f instanceof LuaFile && !f.closed && !f.isStandard) f.close();
      return EMPTY;
    },
    __tostring: (rt, args) => {
      const f = toFileAny(rt, args);
      return [f.closed ? 'file (closed)' : `file (${f.address})`];
    },
  });
  mt.setStr('__index', mt);

  setNatives(rt, lib, {
    close,
    flush: (rt) => {
      defaultFile(rt, 'output');
      return [true];
    },
    input: ioFile('input', 'r'),
    lines: (rt, args) => {
      if (args[0] === undefined) return [linesIterator(rt, toFile(rt, [io.input]), false)];
      const name = checkString(rt, args, 1);
      const f = io.open(name, 'r');
      if (!(f instanceof LuaFile)) return rt.argError(1, `${name}: ${strerror(f)}`);
      return [linesIterator(rt, f, true)];
    },
    open: (rt, args) => {
      const name = checkString(rt, args, 1);
      const mode = optString(rt, args, 2, 'r');
      const f = io.open(name, mode);
      return f instanceof LuaFile ? [f] : failure(f, name);
    },
    output: ioFile('output', 'w'),
    popen: (rt, args) => {
      const command = checkString(rt, args, 1);
      const mode = optString(rt, args, 2, 'r');
      if (mode[0] !== 'r' && mode[0] !== 'w') return failure(errnoError('EINVAL'), command);
      if (mode[0] === 'w') {
        const f = new LuaFile(FileSource.Collect, -1, false, true, false, rt, mt);
        f.onClose = (input) => {
          const r = spawnSync('/bin/sh', ['-c', command], { input: Buffer.from(input, 'latin1') });
          if (r.stdout.length > 0) rt.writeStdout(r.stdout.toString('latin1'));
          if (r.stderr.length > 0) rt.writeStderr(r.stderr.toString('latin1'));
          return [true];
        };
        return [f];
      }
      const r = spawnSync('/bin/sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
      if (r.error !== undefined) return failure(r.error, command);
      if (r.stderr.length > 0) rt.writeStderr(r.stderr.toString('latin1'));
      return [new LuaFile(FileSource.Text, -1, true, false, false, rt, mt, r.stdout.toString('latin1'))];
    },
    read: (rt, args) => readFormats(rt, defaultFile(rt, 'input'), args, 0),
    tmpfile: () => {
      const made = makeTempFile();
      if (made === undefined) return failure(errnoError('EEXIST'));
      unlinkSync(made.name);
      return [new LuaFile(FileSource.Descriptor, made.fd, true, true, false, rt, mt)];
    },
    type: (rt, args) => {
      checkAny(rt, args, 1);
      const f = args[0];
      if (!(f instanceof LuaFile) || f.metatable !== mt) return [undefined];
      return [f.closed ? 'closed file' : 'file'];
    },
    write: (rt, args) => writeValues(rt, defaultFile(rt, 'output'), args, 0),
  });
  lib.setStr('stdin', io.stdin);
  lib.setStr('stdout', io.stdout);
  lib.setStr('stderr', io.stderr);

  rt.globals.setStr('io', lib);
  rt.loaded.setStr('io', lib);
}
