#!/usr/bin/env node
/**
 * The `metajit-lua` executable (package.json `bin`): `main` of command.ts with the process's
 * arguments and streams (stdout is written in order with stderr: each write is synchronous).
 */

import { writeSync } from 'node:fs';
import { main } from './command.js';

function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'latin1');
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off);
}

process.exitCode = main({
  argv: process.argv.slice(2),
  stdout: (s) => writeAll(1, s),
  stderr: (s) => writeAll(2, s),
  stdinIsTTY: process.stdin.isTTY === true,
});
