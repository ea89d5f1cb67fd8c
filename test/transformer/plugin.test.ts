/**
 * The ts-patch program transformer (`metajit/transformer`), called as ts-patch calls it: the
 * program it returns type-checks and emits the JIT-enabled interpreter; code the tracer cannot
 * handle becomes a tsc error with its position, and the build fails.
 */
import * as path from 'node:path';
import * as ts from 'typescript';
import metajitTransformProgram from '../../transformer/plugin.js';

const ROOT = path.join(__dirname, '../..');

function options(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  return { ...parsed.options, noEmit: false, declaration: false, sourceMap: false, outDir: '/virtual-out' };
}

function transformed(files: string[], host?: ts.CompilerHost): ts.Program {
  const opts = options();
  const h = host ?? ts.createCompilerHost(opts);
  const program = ts.createProgram(files, opts, h);
  return metajitTransformProgram(program, h, {}, { ts });
}

test('the Brainfuck interpreter: the new program type-checks and emits the glue, the table and the tracers', () => {
  const file = path.join(ROOT, 'sample-vm/bf/interpreter.ts');
  const program = transformed([file]);
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  const out = new Map<string, string>();
  const r = program.emit(undefined, (name, text) => out.set(name, text));
  expect(r.emitSkipped).toBe(false);
  const js = [...out].find(([name]) => name.endsWith('sample-vm/bf/interpreter.js'))![1];
  expect(js).toMatch(/this\.driver\.backEdge\(__metajit_portal_0, \[this, pc, program, tape, ptr, io\]\)/);
  expect(js).toMatch(/__metajit_trace_\d+/);
  expect(js).toMatch(/__metajit\.jitcodes\(/);
  // The other files of the program are emitted as they are.
  const io = [...out].find(([name]) => name.endsWith('sample-vm/bf/io.js'))![1];
  expect(io).not.toMatch(/__metajit/);
});

test('code the tracer cannot handle fails the build with file:line:col', () => {
  const file = path.join(ROOT, 'virtual/bad-vm.ts');
  const source = [
    "import { JitDriver, jit } from '../runtime/hints/index.js';",
    'export class Vm {',
    "  readonly driver = new JitDriver({ name: 'vm', greens: ['pc'], reds: ['acc'] });",
    '  @jit.dispatch',
    '  run(code: readonly number[]): number {',
    '    let pc = 0;',
    '    let acc = 0;',
    '    for (;;) {',
    '      this.driver.mergePoint({ pc, acc });',
    '      switch (code[pc]) {',
    '        case 0: {',
    '          const inc = (x: number) => x + 1;',
    '          acc = inc(acc);',
    '          pc = (pc + 1) | 0;',
    '          break;',
    '        }',
    '        default:',
    '          return acc;',
    '      }',
    '    }',
    '  }',
    '}',
  ].join('\n');
  const opts = options();
  const base = ts.createCompilerHost(opts);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (f) => path.resolve(f) === file || base.fileExists(f),
    readFile: (f) => (path.resolve(f) === file ? source : base.readFile(f)),
    getSourceFile: (f, lang, onError, create) => (path.resolve(f) === file ? ts.createSourceFile(f, source, lang, true) : base.getSourceFile(f, lang, onError, create)),
  };
  const program = transformed([file], host);
  const mine = program.getSemanticDiagnostics().filter((d) => d.code >= 9000 && d.code < 9100);
  expect(mine.length).toBeGreaterThan(0);
  const d = mine.find((x) => x.code === 9001)!;
  expect(d).toBeDefined();
  const at = d.file!.getLineAndCharacterOfPosition(d.start!);
  expect(`${path.basename(d.file!.fileName)}:${at.line + 1}:${at.character + 1}`).toBe('bad-vm.ts:12:23');
  expect(ts.flattenDiagnosticMessageText(d.messageText, '\n')).toMatch(/Arrow function .* a function marked @jit\.opaque/);
  expect(d.category).toBe(ts.DiagnosticCategory.Error);
});
