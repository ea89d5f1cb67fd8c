/**
 * Lowering a whole program (`lowerProgram`): each dispatch method's portal and every traced or
 * unrolled function its loop reaches, into one jitcode table.
 *
 * Numbers are assigned before anything is lowered (portals first, then functions in the order
 * the call graph reaches them), so `inline_call` may name a callee lowered later. Reached means:
 * a traced/unroll callee of a call site in the dispatch loop or in a reached function;
 * constructors count when their class is allocated natively (signatures.ts) — the others run
 * inside `constructCaller` and are never lowered — and a reached implicit constructor of a
 * derived class reaches its base class's constructor.
 *
 * Errors: each `LowerError` becomes a `ts.Diagnostic` (the subset diagnostic it carries, else
 * code NotLowered at the offending node: file:line:col, the construct, what to do), and lowering
 * goes on with the next function, so a build reports all of them. The table is complete only
 * when there is no diagnostic; otherwise it is left empty (a table with holes could not be
 * numbered), while `portals` and `jitcodeOf` still give the numbers assigned.
 */

import * as ts from 'typescript';
import type { Analysis, DispatchInfo, FunctionInfo } from '../analysis/types.js';
import { DiagCode, diagnosticAt } from '../diagnostics.js';
import { type Jitcode, JitcodeTable } from '../../runtime/jitcode/format.js';
import type { Const } from '../../runtime/ir/trace.js';
import { type LowerContext, LowerError, type RuntimeRef } from './context.js';
import { lowerFunction } from './lower.js';
import { lowerPortal } from './portal.js';
import { allocatesNatively, baseClassOf, constructorOf } from './signatures.js';

export interface LoweredProgram {
  readonly table: JitcodeTable;
  /** The portal's jitcode number of each dispatch method. */
  readonly portals: Map<DispatchInfo, number>;
  /** The jitcode number of each lowered function. */
  readonly jitcodeOf: Map<FunctionInfo, number>;
  /** One per construct that could not be lowered; empty when the table is complete. */
  readonly diagnostics: ts.Diagnostic[];
}

export function lowerProgram(checker: ts.TypeChecker, analysis: Analysis, refConst: (ref: RuntimeRef) => Const): LoweredProgram {
  const portals = new Map<DispatchInfo, number>();
  analysis.dispatches.forEach((d, k) => portals.set(d, k));
  const functions = reachedFunctions(checker, analysis);
  const jitcodeOf = new Map<FunctionInfo, number>(functions.map((f, k) => [f, portals.size + k]));
  const diagnostics: ts.Diagnostic[] = [];
  const context = (number: number): LowerContext => ({
    analysis,
    number,
    jitcodeOf: (callee) => {
      const n = jitcodeOf.get(callee);
      if (n === undefined) throw new LowerError(`'${callee.name}' is called but was not reached from a dispatch loop`, undefined, callee.decl);
      return n;
    },
    refConst,
  });
  const lowered: Array<Jitcode | undefined> = [];
  const attempt = (at: ts.Node, lower: () => Jitcode): void => {
    try {
      lowered.push(lower());
    } catch (e) {
      if (!(e instanceof LowerError)) throw e;
      diagnostics.push(toDiagnostic(e, at));
      lowered.push(undefined);
    }
  };
  for (const [d, n] of portals) attempt(d.method.decl, () => lowerPortal(checker, d, context(n)));
  for (const f of functions) attempt(f.decl, () => lowerFunction(checker, f.decl, context(jitcodeOf.get(f)!)));
  const table = new JitcodeTable();
  if (diagnostics.length === 0) for (const j of lowered) table.add(j!);
  return { table, portals, jitcodeOf, diagnostics };
}

/** The traced and unrolled functions the dispatch loops reach, in the order they are reached. */
function reachedFunctions(checker: ts.TypeChecker, analysis: Analysis): FunctionInfo[] {
  const sitesOf = new Map<FunctionInfo, FunctionInfo[]>();
  for (const c of analysis.calls) {
    const list = sitesOf.get(c.caller) ?? [];
    list.push(...c.callees);
    sitesOf.set(c.caller, list);
  }
  const infoOf = new Map<ts.Node, FunctionInfo>(analysis.functions.map((f) => [f.decl, f]));
  const reached: FunctionInfo[] = [];
  const seen = new Set<FunctionInfo>();
  const work = analysis.dispatches.map((d) => d.method);
  while (work.length > 0) {
    const f = work.shift()!;
    const next = [...(sitesOf.get(f) ?? [])];
    const base = implicitBase(checker, f, infoOf);
    if (base) next.push(base);
    for (const c of next) {
      if (seen.has(c) || (c.kind !== 'traced' && c.kind !== 'unroll') || !lowerable(checker, c)) continue;
      seen.add(c);
      reached.push(c);
      work.push(c);
    }
  }
  return reached;
}

/** A function is lowered unless it is the constructor of a class built by `constructCaller`. */
function lowerable(checker: ts.TypeChecker, f: FunctionInfo): boolean {
  const d = f.decl;
  const cls = ts.isClassLike(d) ? d : ts.isConstructorDeclaration(d) ? d.parent : undefined;
  return cls === undefined || allocatesNatively(checker, cls);
}

/** For an implicit constructor of a derived class: the base class's constructor. */
function implicitBase(checker: ts.TypeChecker, f: FunctionInfo, infoOf: ReadonlyMap<ts.Node, FunctionInfo>): FunctionInfo | undefined {
  if (!ts.isClassLike(f.decl)) return undefined;
  const base = baseClassOf(checker, f.decl);
  return base ? infoOf.get(constructorOf(base)) : undefined;
}

/** The diagnostic of a LowerError: its subset diagnostic, or NotLowered at its node. */
function toDiagnostic(e: LowerError, fallback: ts.Node): ts.Diagnostic {
  if (e.diagnostic) return e.diagnostic;
  let text = e.message.replace(/^\S+:\d+:\d+: /, '');
  if (/is not lowered to jitcode$/.test(text)) {
    text += ': rewrite it with the constructs transformer/lower/README.md lists, or move it into a function marked @jit.opaque';
  }
  if (!text.endsWith('.')) text += '.';
  return diagnosticAt(e.node ?? fallback, DiagCode.NotLowered, text);
}
