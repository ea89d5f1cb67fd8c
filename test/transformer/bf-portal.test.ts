/**
 * The Brainfuck interpreter (sample-vm/bf, the real files) through the whole lowering: the
 * program lowers without diagnostics, and its portal, stepped in the blackhole from merge point
 * to merge point, runs Brainfuck programs exactly as the plain interpreter does (output, final
 * tape and pointer, errors).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { Const } from '../../runtime/ir/trace.js';
import { Blackhole } from '../../runtime/jitcode/blackhole.js';
import { instructions } from '../../runtime/jitcode/format.js';
import { MergeResult } from '../../runtime/jitcode/merge.js';
import { constructCaller } from '../../runtime/jitcode/residual.js';
import { verifyJitcode } from '../../runtime/jitcode/verify.js';
import * as interpreter from '../../sample-vm/bf/interpreter.js';
import * as io from '../../sample-vm/bf/io.js';
import * as bfProgram from '../../sample-vm/bf/program.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';
import { type RuntimeRef, isHelperRef, lowerProgram, resolveRuntimeHelper } from '../../transformer/lower/index.js';
import { REPO, analyze } from './support/compile.js';

const BF = path.join(REPO, 'sample-vm/bf');
const MODULES: Readonly<Record<string, Record<string, unknown>>> = { interpreter, io, program: bfProgram };

/** The run-time value named `name` where `decl` declares it: a module export, or a global. */
function valueOf(decl: ts.Node, name: string): unknown {
  const sf = decl.getSourceFile();
  if (sf.isDeclarationFile) return name.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], globalThis);
  const m = MODULES[path.basename(sf.fileName, '.ts')];
  if (!m || !(name in m)) throw new Error(`no run-time value for ${name} of ${sf.fileName}`);
  return m[name];
}

function refConst(checker: ts.TypeChecker): (ref: RuntimeRef) => Const {
  return (ref) => {
    if (isHelperRef(ref)) return new Const('ref', resolveRuntimeHelper(ref));
    switch (ref.kind) {
      case 'function':
        return new Const('ref', valueOf(ref.callee.decl, ref.callee.name));
      case 'class':
        return new Const('ref', valueOf(ref.decl, ref.decl.name!.text));
      case 'value':
        return new Const('ref', valueOf(ref.decl, ref.name));
      case 'construct': {
        const d = checker.getSymbolAtLocation(ref.cls)!.declarations![0]!;
        return new Const('ref', constructCaller(valueOf(d, ref.cls.getText()) as new (...a: unknown[]) => unknown));
      }
      case 'global':
        return new Const('ref', valueOf(checker.getSymbolAtLocation(ref.expr)!.declarations![0]!, ref.expr.getText()));
    }
  };
}

const { program, analysis } = analyze([path.join(BF, 'interpreter.ts')]);
const checker = program.getTypeChecker();
const lowered = lowerProgram(checker, analysis, refConst(checker));
const bh = new Blackhole(lowered.table);

/** Run a Brainfuck program on the portal, one step per blackhole call; the machine after it. */
function runOnPortal(source: string, input: string): { machine: interpreter.BfMachine; out: string; steps: number; error: unknown } {
  const bio = new io.BufferIO(io.latin1(input));
  const machine = new interpreter.BfMachine(bfProgram.parse(source, 't.b'), bio);
  const portal = lowered.portals.get(analysis.dispatches[0]!)!;
  let args: unknown[] = [machine, 0, machine.program, machine.tape, machine.ptr, machine.io];
  let steps = 0;
  let error: unknown = null;
  try {
    for (;;) {
      steps++;
      const r = bh.call(portal, args);
      if (!(r instanceof MergeResult)) break;
      args = r.values;
    }
  } catch (e) {
    error = e;
  }
  return { machine, out: bio.text(), steps, error };
}

function runPlain(source: string, input: string): { machine: interpreter.BfMachine; out: string; error: unknown } {
  const bio = new io.BufferIO(io.latin1(input));
  const machine = new interpreter.BfMachine(bfProgram.parse(source, 't.b'), bio);
  let error: unknown = null;
  try {
    machine.run();
  } catch (e) {
    error = e;
  }
  return { machine, out: bio.text(), error };
}

const bench = (name: string): string => readFileSync(path.join(REPO, 'bench/bf', name), 'latin1');

const CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['hello', '++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.', ''],
  ['echo until end of input', ',[.[-],]', 'echo me'],
  ['input at end leaves the cell', '+++,.', ''],
  ['wrapping both ways', '-.+.++[->+<]>.', ''],
  ['the tape grows past its end', `${'>'.repeat(30005)}+++.<<.${'>'.repeat(40000)}.`, ''],
  ['left of cell 0 is an error', '+>><<<+', ''],
  ['rot13', bench('rot13.b'), 'Hello, World! Abc xyz, 0123'],
  ['wc', bench('wc.b'), 'one two\nthree  four five\n\nsix\n'],
];

describe('the Brainfuck interpreter through lowerProgram', () => {
  it('lowers without diagnostics', () => {
    expect(lowered.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('every jitcode verifies; the portal is BfMachine.run.portal with a switch dispatch', () => {
    for (const j of lowered.table.codes) verifyJitcode(j, lowered.table);
    const portal = lowered.table.get(lowered.portals.get(analysis.dispatches[0]!)!);
    expect(portal.name).toBe('BfMachine.run.portal');
    expect(portal.args).toHaveLength(6); // this, pc, program, tape, ptr, io
    const insns = instructions(portal);
    expect(insns.filter((i) => i.op === 'switch')).toHaveLength(1);
    expect(insns.some((i) => i.op === 'merge')).toBe(true);
    // The program's arrays are readonly: their elements are immutable reads.
    expect(insns.some((i) => i.op === 'getarrayitem_imm')).toBe(true);
  });

  it.each(CASES)('%s: the stepped portal agrees with the plain interpreter', (_name, source, input) => {
    const want = runPlain(source, input);
    const got = runOnPortal(source, input);
    expect(String(got.error)).toBe(String(want.error));
    if (want.error !== null) expect(Object.getPrototypeOf(got.error)).toBe(Object.getPrototypeOf(want.error));
    expect(got.out).toBe(want.out);
    expect(got.machine.ptr).toBe(want.machine.ptr);
    expect(got.machine.tape).toEqual(want.machine.tape);
    expect(got.steps).toBeGreaterThan(0);
  });
});
