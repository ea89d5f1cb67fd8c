/**
 * The glue: the edits that make a dispatch method call into the JIT.
 *
 * At each `driver.canEnterJit({...})` statement of the dispatch loop, the statement becomes
 *
 *     { const o = driver.backEdge(PORTAL, [this, greens..., reds...]);
 *       if (o !== null) {
 *         if (o.done) return o.value as never;
 *         [, greens..., reds...] = o.values as [unknown, typeof g1, ...];
 *         frame.f1 = o.values[k] as typeof frame.f1; ...
 *         continue LOOP;
 *       } }
 *
 * A virtualizable red `frame` (the driver's `virtualizables`) adds its virtualizable fields
 * after the reds: the values are `[this, greens..., reds..., frame.f1, ...]`, the portal's
 * arguments (lower/portal.ts), and after an excursion that stopped at a merge point the fields'
 * values go back into the frame, where the interpreter reads them.
 *
 * so that after a JIT excursion (compiled code, a trace, the blackhole finishing a step) the
 * interpreter's merge-point variables hold the state at the merge point the excursion stopped
 * at, and the loop starts over there; or the method returns what the dispatch loop returned.
 * The loop gets a label when it has none; merge-point variables declared `const` become `let`
 * (their values may now change at a back edge). `driver.mergePoint(...)` stays as it is: a
 * no-op at run time.
 *
 * Edits are made with MagicString on the author's text: nothing else moves, so positions and
 * source maps of the rest of the file are kept.
 *
 * Invariants: the values' order is the portal's argument order (lowering and glue agree through
 * `mergeVariables`); a `canEnterJit` that is not a statement of the dispatch method's loop is a
 * diagnostic (9037), not a silent no-op.
 */

import type MagicString from 'magic-string';
import * as ts from 'typescript';
import type { DispatchInfo } from '../analysis/types.js';
import { DiagCode, diagnosticAt } from '../diagnostics.js';
import type { VirtualizableFrame } from '../lower/index.js';

const OUTCOME = '__metajit_o';

/**
 * The merge-point variables in the portal's argument order (the receiver is `this`): the
 * greens and reds by name, then the virtualizable fields of the frames (`red.field`).
 */
export function mergeVariables(d: DispatchInfo, frames: readonly VirtualizableFrame[] = []): { receiver: boolean; names: string[]; fields: string[] } {
  const decl = d.method.decl;
  const receiver = ts.isMethodDeclaration(decl) && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static);
  const fields = frames.flatMap((f) => f.fields.map((x) => `${f.red}.${x}`));
  return { receiver, names: [...(d.driver?.greens ?? []), ...(d.driver?.reds ?? [])], fields };
}

/**
 * Rewrite one dispatch method; the diagnostics of what could not be rewritten. `frames` are
 * the driver's virtualizable frames (`virtualizables(...).frames` of the lowering); array
 * virtualizables need no glue (they are reds like the others).
 */
export function rewriteDispatch(ms: MagicString, d: DispatchInfo, portalName: string, frames: readonly VirtualizableFrame[] = []): ts.Diagnostic[] {
  const out: ts.Diagnostic[] = [];
  const loop = d.loop;
  const driver = d.driver;
  if (!loop || !driver) return out;
  const sf = loop.getSourceFile();
  const label = loopLabel(ms, loop, sf);
  const { receiver, names, fields } = mergeVariables(d, frames);
  letMergeVariables(ms, d.method.decl, loop, new Set(names), sf);
  for (const call of driver.canEnterJits) {
    if (!isInside(call, loop)) continue;
    const stmt = call.parent;
    if (!ts.isExpressionStatement(stmt) || !ts.isPropertyAccessExpression(call.expression)) {
      out.push(diagnosticAt(call, DiagCode.GluePlacement, `'canEnterJit' must be a statement of its own (a call whose value is not used) in the dispatch loop of ${d.method.name}.`));
      continue;
    }
    const drv = call.expression.expression.getText(sf);
    const values = [...(receiver ? ['this'] : []), ...names, ...fields].join(', ');
    const targets = [...(receiver ? [''] : []), ...names].join(', ');
    const types = [...(receiver ? ['unknown'] : []), ...names.map((n) => `typeof ${n}`)].join(', ');
    const first = (receiver ? 1 : 0) + names.length;
    const writeBack = fields.map((f, k) => `${f} = ${OUTCOME}.values[${first + k}] as typeof ${f}; `).join('');
    const glue =
      `{ const ${OUTCOME} = ${drv}.backEdge(${portalName}, [${values}]); ` +
      `if (${OUTCOME} !== null) { if (${OUTCOME}.done) return ${OUTCOME}.value as never; ` +
      `[${targets}] = ${OUTCOME}.values as [${types}]; ${writeBack}continue ${label}; } }`;
    ms.overwrite(stmt.getStart(sf), stmt.getEnd(), glue);
  }
  return out;
}

function isInside(node: ts.Node, ancestor: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** The loop's label, adding one when it has none. */
function loopLabel(ms: MagicString, loop: ts.IterationStatement, sf: ts.SourceFile): string {
  if (ts.isLabeledStatement(loop.parent)) return loop.parent.label.text;
  const label = '__metajit_loop';
  ms.appendLeft(loop.getStart(sf), `${label}: `);
  return label;
}

/** Make the `const` declarations of merge-point variables before the loop `let`. */
function letMergeVariables(ms: MagicString, method: ts.Declaration, loop: ts.Node, names: ReadonlySet<string>, sf: ts.SourceFile): void {
  const visit = (n: ts.Node): void => {
    if (n === loop) return;
    if (ts.isVariableDeclarationList(n) && n.flags & ts.NodeFlags.Const && n.declarations.some((v) => ts.isIdentifier(v.name) && names.has(v.name.text))) {
      const start = n.getStart(sf);
      ms.overwrite(start, start + 'const'.length, 'let');
    }
    if (!ts.isFunctionLike(n) || n === method) ts.forEachChild(n, visit);
  };
  visit(method);
}
