/**
 * The Lua 5.1 conformance suite: every `conformance/*.lua` runs through LuaVM and its stdout must
 * equal the committed `.expected` byte for byte; every `conformance/errors/*.lua` must also stop
 * with an uncaught error whose report's first line equals the committed `.stderr`. The expected
 * files were produced by lua5.1 (luajit for bit_*.lua) with `conformance/regenerate.sh`; see
 * `conformance/README.md`. Programs run with their own folder as the current directory.
 *
 * KNOWN_DIVERGENCES lists programs on which LuaVM is known to differ from lua5.1, with why:
 * they run as `test.failing`, so the suite stays green while each one is tracked, and a program
 * that starts passing turns red until its entry is removed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLuaFile } from './support/run-lua.js';

const ROOT = path.join(__dirname, 'conformance');
const ERRORS = path.join(ROOT, 'errors');
/** Generous: the slowest programs loop a million times in the plain interpreter. */
const TIMEOUT_MS = 120_000;

function luaFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.lua'))
    .sort();
}

function readLatin1(file: string): string {
  return fs.readFileSync(file, 'latin1');
}

function sibling(dir: string, program: string, ext: string): string {
  return path.join(dir, program.replace(/\.lua$/, ext));
}

/** Program (path under conformance/) -> how LuaVM differs from lua5.1 on it. */
const KNOWN_DIVERGENCES: ReadonlyMap<string, string> = new Map([
  ['arith_pow.lua', "x ^ y with a non-integral y, or a result past 2^53: lua5.1 uses glibc's correctly rounded pow, Math.pow can be 1 ulp off"],
  ['arith_nan.lua', 'the sign of NaN: lua5.1 prints -(0/0) and tonumber("nan") as "nan", 0/0 as "-nan"'],
]);

const programs = luaFiles(ROOT);
const errorPrograms = luaFiles(ERRORS);

describe('the suite on disk', () => {
  it('lists as known divergences only programs that exist', () => {
    const all = [...programs, ...errorPrograms.map((p) => `errors/${p}`)];
    expect([...KNOWN_DIVERGENCES.keys()].filter((p) => !all.includes(p))).toEqual([]);
  });

  it('has at least 45 programs and 25 error programs, each with its expected output', () => {
    expect(programs.length).toBeGreaterThanOrEqual(45);
    expect(errorPrograms.length).toBeGreaterThanOrEqual(25);
    const missing = [
      ...programs.filter((p) => !fs.existsSync(sibling(ROOT, p, '.expected'))),
      ...errorPrograms.filter(
        (p) => !fs.existsSync(sibling(ERRORS, p, '.expected')) || !fs.existsSync(sibling(ERRORS, p, '.stderr')),
      ),
    ];
    expect(missing).toEqual([]);
  });
});

describe('Lua 5.1 conformance programs', () => {
  for (const program of programs) {
    const divergence = KNOWN_DIVERGENCES.get(program);
    const run = divergence === undefined ? test : test.failing;
    run(
      divergence === undefined ? program : `${program} (known divergence: ${divergence})`,
      () => {
        const r = runLuaFile(path.join(ROOT, program));
        const expected = readLatin1(sibling(ROOT, program, '.expected'));
        expect({ error: r.error, stdout: r.stdout }).toEqual({ error: undefined, stdout: expected });
      },
      TIMEOUT_MS,
    );
  }
});

describe('programs ending with an uncaught error', () => {
  for (const program of errorPrograms) {
    const divergence = KNOWN_DIVERGENCES.get(`errors/${program}`);
    const run = divergence === undefined ? test : test.failing;
    run(
      divergence === undefined ? program : `${program} (known divergence: ${divergence})`,
      () => {
        const r = runLuaFile(path.join(ERRORS, program));
        const expectedOut = readLatin1(sibling(ERRORS, program, '.expected'));
        const expectedErr = readLatin1(sibling(ERRORS, program, '.stderr')).split('\n')[0];
        expect({ error: r.error, stdout: r.stdout }).toEqual({ error: expectedErr, stdout: expectedOut });
      },
      TIMEOUT_MS,
    );
  }
});
