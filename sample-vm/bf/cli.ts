#!/usr/bin/env node
/**
 * The `metajit-bf` executable (package.json `bin`): `main` of command.ts with the process's
 * arguments and streams. Stdin is read whole before the program starts; without stdin (a
 * terminal, or a closed descriptor) the input is empty. The exit status is set, not forced, so
 * buffered output reaches stdout before the process ends.
 */

import { readFileSync } from 'node:fs';
import { main } from './command.js';

/** All of stdin, or nothing when there is none (a terminal, or a closed descriptor). */
function readStdin(): Uint8Array {
  if (process.stdin.isTTY) return new Uint8Array(0);
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array(0);
  }
}

process.exitCode = main({
  argv: process.argv.slice(2),
  stdin: readStdin,
  stdout: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
});
