/**
 * The generated step tracers of one file: from the lowered `JitcodeTable`, TypeScript that
 * traces each jitcode as the generic tracer interprets it (RPython's GenExtension, done
 * statically), and per portal a `StepTracer` factory the portal descriptor names:
 *
 *     const __metajit_G = __metajit.gen;
 *     let __metajit_k0_4!: __metajit_Const; ...            pool constants, set by __metajit_init
 *     function __metajit_init(): void { ... }               from the table itself, once
 *     function __metajit_trace_0(rec, p0, ...) { ... }      one per jitcode (tracer-function.ts)
 *     function __metajit_trace_1_2(rec, p0, p1) { ... }     a variant: argument 1 constant, unboxed
 *     function __metajit_generated_0(layout) {              one per portal
 *       __metajit_init();
 *       return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, ...));
 *     }
 *
 * A step (from the merge point) runs the generated function of the portal; bridges, which start
 * in the middle of a jitcode from the frames of a guard, resume through the generic tracer
 * (`StepTracer.resume`), which records the same operations. The portal's greens are constants
 * at every step (the runner makes them so), which is what the generated portal is specialized
 * to (tracer-flow.ts). A callee is specialized per call site to the arguments constant there: the
 * variants are generated on demand, a worklist over (jitcode, mask) pairs from the portals'
 * entries (and the roots), each analyzed with the mask's argument registers constant.
 *
 * The text refers to `__metajit` (the runtime's glue namespace), `__metajit_jitcodes()` (the
 * file's table, built on first use) and the types `__metajit_<Type>` (`importedTypes`), all of
 * which the caller provides (emit/program.ts imports them from the hint API's module).
 *
 * Invariants: every (jitcode, mask) variant a portal reaches gets a function (inlined callees are
 * called directly), and no other (the emitted code has no unused declarations); the generated code refers to the table only through `__metajit_init`, which
 * checks it is the table the code was generated from.
 */

import type { Jitcode, JitcodeTable } from '../../runtime/jitcode/format.js';
import { analyzeFlow } from './tracer-flow.js';
import { TracerFunction, maskPositions, tracerName } from './tracer-function.js';
import { HELPERS, ModuleNames, type TracerType, helpersDeclaration, typeName } from './tracer-names.js';

/** A portal of the table: its jitcode number and the positions of its greens among its arguments. */
export interface PortalSpec {
  readonly number: number;
  readonly greenPositions: readonly number[];
}

export interface EmittedTracers {
  /** The declarations and functions, to append at the top level of the file. */
  readonly text: string;
  /** The hint API's types the text names (as `__metajit_<Type>`). */
  readonly importedTypes: readonly TracerType[];
  /** The name of the `StepTracer` factory of a portal (by its jitcode number). */
  factory(portal: number): string;
}

export const factoryName = (portal: number): string => `__metajit_generated_${portal}`;

/**
 * The tracers of the portals and of every jitcode they reach through `inline_call` (plus those
 * reachable from `roots`: jitcodes traced from their start by other embedders, and tests).
 */
export function emitTracers(table: JitcodeTable, portals: readonly PortalSpec[], roots: readonly number[] = []): EmittedTracers {
  const names = new ModuleNames(table);
  const greensOf = new Map(portals.map((p) => [p.number, p.greenPositions]));
  const generated = variants(table, [...portals.map((p) => p.number), ...roots], (j, mask) => {
    // A portal's greens are constant in its plain function (the runner's steps), not in variants.
    const greens = mask === 0 ? (greensOf.get(j.number) ?? []) : [];
    const constants = [...greens, ...maskPositions(mask)].map((k) => j.args[k]!);
    const f = new TracerFunction(j, table, analyzeFlow(j, constants), names, greens, mask);
    return { text: f.emit(), called: f.called };
  });
  const functions = generated.map((g) => g.text);
  const factories = portals.map((p) => {
    const arity = table.get(p.number).args.length;
    const args = ['rec', ...Array.from({ length: arity }, (_, k) => `a[${k}]!`)].join(', ');
    return [
      `/** The generated step tracer of portal ${p.number}: steps run ${tracerName(p.number)}, bridges resume in the generic tracer. */`,
      `function ${factoryName(p.number)}(layout: ${typeName('PortalLayout')}): ${typeName('StepTracer')} {`,
      '  __metajit_init();',
      `  return ${HELPERS}.stepTracer(layout, ${p.number}, (rec, a) => ${tracerName(p.number)}(${args}));`,
      '}',
    ].join('\n');
  });
  const text = [helpersDeclaration(), ...names.declarations(), ...names.init(), ...functions, ...factories].join('\n');
  return { text, importedTypes: [...names.types].sort(), factory: factoryName };
}

interface Generated {
  readonly number: number;
  readonly mask: number;
  readonly text: string;
}

/**
 * The variants reachable from the roots' plain functions through the calls each generated
 * function makes (a worklist over (jitcode, mask), the smallest pending first, so the emission
 * order is deterministic), in table order, then by mask.
 */
function variants(
  table: JitcodeTable,
  roots: readonly number[],
  generate: (j: Jitcode, mask: number) => { text: string; called: ReadonlyArray<readonly [number, number]> },
): Generated[] {
  const done = new Map<string, Generated>();
  const pending = new Map<string, readonly [number, number]>();
  for (const n of roots) pending.set(`${n}:0`, [n, 0]);
  while (pending.size > 0) {
    const [key, [n, mask]] = [...pending].reduce((a, b) => (b[1][0] < a[1][0] || (b[1][0] === a[1][0] && b[1][1] < a[1][1]) ? b : a));
    pending.delete(key);
    const g = generate(table.get(n), mask);
    done.set(key, { number: n, mask, text: g.text });
    for (const [c, m] of g.called) if (!done.has(`${c}:${m}`)) pending.set(`${c}:${m}`, [c, m]);
  }
  return [...done.values()].sort((a, b) => a.number - b.number || a.mask - b.mask);
}
