/**
 * Backend: detecting whether code generation from strings is allowed, the one-time warning, and
 * the interpreter carrying on when it is not. Tested with an injected refusing Function
 * constructor, and for real in a child `node --disallow-code-generation-from-strings` running
 * the runtime transpiled to CommonJS in a temporary directory.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';
import {
  CodegenHost,
  CodegenUnavailableError,
  type FunctionMaker,
  codegenAvailable,
  compileLoop,
} from '../../runtime/backend/index.js';
import { parse } from '../support/trace-text.js';

const TRACE = '[i0]\ni1 = int_add(i0, 1)\nfinish() [0@0: i1]';

/** A Function constructor that refuses, as hosts do under a CSP or the node flag. */
const Refusing = function (): never {
  throw new EvalError('Code generation from strings disallowed for this context');
} as unknown as FunctionMaker;

describe('code generation availability, injected', () => {
  it('a refusing host is unavailable, warns once, and compiling throws CodegenUnavailableError', () => {
    const warnings: string[] = [];
    const host = new CodegenHost({ functionConstructor: Refusing, warn: (m) => warnings.push(m) });
    expect(codegenAvailable(host)).toBe(false);
    expect(host.available).toBe(false);
    expect(() => compileLoop(parse(TRACE), 1, { host })).toThrow(CodegenUnavailableError);
    expect(() => compileLoop(parse(TRACE), 2, { host })).toThrow(CodegenUnavailableError);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('code generation from strings is not allowed');
    expect(warnings[0]).toContain('EvalError');
  });

  it('the probe runs once; a later refusal also makes the host unavailable, with one warning', () => {
    let calls = 0;
    let refuse = false;
    const Flaky = function (...a: string[]) {
      calls++;
      if (refuse) throw new EvalError('refused now');
      return new Function(...a);
    } as unknown as FunctionMaker;
    const warnings: string[] = [];
    const host = new CodegenHost({ functionConstructor: Flaky, warn: (m) => warnings.push(m) });
    expect(host.available).toBe(true);
    expect(host.available).toBe(true);
    expect(calls).toBe(1);
    const c = compileLoop(parse(TRACE), 1, { host });
    const S: unknown[] = [1];
    c.fn(S);
    expect(S[0]).toBe(2);
    refuse = true;
    expect(() => compileLoop(parse(TRACE), 1, { host })).toThrow(CodegenUnavailableError);
    expect(host.available).toBe(false);
    expect(() => compileLoop(parse(TRACE), 1, { host })).toThrow(CodegenUnavailableError);
    expect(warnings).toHaveLength(1);
  });

  it('errors other than EvalError are not taken for unavailability', () => {
    const host = new CodegenHost({ warn: () => {} });
    expect(() => host.makeFactory([], 'return (;')).toThrow(SyntaxError);
    expect(host.available).toBe(true);
  });

  it('the default host is available under jest, and warns through console.warn by default', () => {
    expect(codegenAvailable()).toBe(true);
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const host = new CodegenHost({ functionConstructor: Refusing });
      expect(host.available).toBe(false);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('code generation availability, in a real node --disallow-code-generation-from-strings', () => {
  const ROOT = resolve(__dirname, '../..');
  let dir = '';

  /** Transpile the entry files and everything they import (relative imports) to CommonJS. */
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'metajit-codegen-'));
    writeFileSync(join(dir, 'package.json'), '{"type": "commonjs"}\n');
    const pending = ['runtime/backend/index.ts', 'runtime/ir/executor.ts', 'runtime/ir/parser.ts'];
    const done = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (done.has(file)) continue;
      done.add(file);
      const src = readFileSync(join(ROOT, file), 'utf8');
      for (const m of src.matchAll(/from\s+'(\.{1,2}\/[^']+)\.js'/g)) {
        pending.push(join(dirname(file), `${m[1]}.ts`));
      }
      const out = ts.transpileModule(src, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
        fileName: file,
      });
      const target = join(dir, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.outputText);
    }
    writeFileSync(
      join(dir, 'probe.js'),
      `
      const { codegenAvailable, compileLoop, setCodegenWarnHook } = require('./runtime/backend/index.js');
      const { parseTrace } = require('./runtime/ir/parser.js');
      const { execute } = require('./runtime/ir/executor.js');
      const warnings = [];
      setCodegenWarnHook((m) => warnings.push(m));
      const trace = parseTrace(${JSON.stringify(TRACE)});
      const out = { available: codegenAvailable() };
      try {
        const c = compileLoop(trace, 1);
        const S = [41];
        c.fn(S);
        out.compiled = S[0];
      } catch (e) {
        out.error = e.name;
      }
      try { compileLoop(trace, 2); } catch (e) { out.error2 = e.name; }
      out.warnings = warnings.length;
      out.warning = warnings[0];
      const r = execute(trace, [41]);
      out.interpreted = r.values[0];
      console.log(JSON.stringify(out));
      `,
    );
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const probe = (flags: string[]): Record<string, unknown> => {
    const r = spawnSync(process.execPath, [...flags, join(dir, 'probe.js')], { encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) throw new Error(`probe failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  };

  it('without the flag, loops compile', () => {
    expect(probe([])).toEqual({ available: true, compiled: 42, warnings: 0, interpreted: 42 });
  }, 30_000);

  it('with the flag, the backend reports unavailability once and the executor still runs', () => {
    const out = probe(['--disallow-code-generation-from-strings']);
    expect(out.available).toBe(false);
    expect(out.error).toBe('CodegenUnavailableError');
    expect(out.error2).toBe('CodegenUnavailableError');
    expect(out.warnings).toBe(1);
    expect(out.warning).toContain('EvalError');
    expect(out.interpreted).toBe(42);
  }, 30_000);
});
