/**
 * Run-time support of the generated step tracers (transformer/emit/tracer.ts): the few things
 * the emitted TypeScript calls besides the recorder, reached through `__metajit.gen`.
 *
 * A generated tracer is the generic tracer (tracer.ts) specialized to one jitcode: the same
 * recorder calls in the same order, with registers known constant at build time held unboxed.
 * What it needs here is exactly what the generic tracer gets from the recorder when it records
 * an operation on constants, so both behave alike on every path, errors included:
 * - boxing: `int`/`float`/`bool`/`ref` make the constant box of a value (the recorder's
 *   `constOf`, the box the recorder's folding gives);
 * - checked reads: `asInt`/`asFloat`/`asBool` give the value of a folded read, cast or pure
 *   call when it has the register's kind, and otherwise throw the recorder's `TracerBug` with
 *   its message (`checkType`); `checkBounds` is the recorder's check of typed-array indices;
 * - `classHolds`/`classMismatch`: the checked cast of `guard_class`, as both interpreters do it;
 * - `switched`: what a generated function's `catch` throws, built as the generic tracer's
 *   `switchedAt` builds it (a recording abort becomes `SwitchToBlackhole` with this frame; a
 *   switch from a callee gets this frame in front; anything else passes unchanged);
 * - `stepTracer`: the `StepTracer` of a portal, whose `step` is the generated function and
 *   whose `resume` (bridges, which start in the middle of a jitcode) is the generic tracer's;
 * - `checkTable`: the jitcode table the tracers were generated from is the one in use.
 *
 * Invariants: nothing here records or keeps state; every error is the one the generic tracer
 * would raise in the same situation.
 */

import type { PortalLayout, StepTracer } from '../driver/portal.js';
import type { Const, Value } from '../ir/trace.js';
import { constOf } from '../recorder/consts.js';
import { checkBounds, checkType } from '../recorder/core.js';
import { TracerBug, isRecordingAbort } from '../recorder/errors.js';
import type { Recorder } from '../recorder/recorder.js';
import { classHolds, classMismatch } from './dispatch.js';
import type { JitcodeTable } from './format.js';
import { type FullFrame, MergeResult, SwitchToBlackhole } from './merge.js';
import { GenericTracer } from './tracer.js';

const isInt = (v: unknown): v is number => typeof v === 'number' && (v | 0) === v && (v !== 0 || 1 / v > 0);

/** The value of a folded operation whose result register is an int (else the recorder's TracerBug). */
function asInt(what: string, v: unknown, where: string): number {
  if (isInt(v)) return v;
  checkType(what, v, 'int', where);
  throw new TracerBug(`${what}: not an int`);
}

function asFloat(what: string, v: unknown, where: string): number {
  if (typeof v === 'number') return v;
  checkType(what, v, 'float', where);
  throw new TracerBug(`${what}: not a float`);
}

function asBool(what: string, v: unknown, where: string): boolean {
  if (v === true || v === false) return v;
  checkType(what, v, 'bool', where);
  throw new TracerBug(`${what}: not a bool`);
}

/**
 * What a generated function's `catch` rethrows (the generic tracer's `switchedAt`): `regs` are
 * the frame's registers as concrete values, `pc` the instruction being recorded (or the
 * `inline_call` whose callee switched).
 */
function switched(e: unknown, code: number, pc: number, regs: unknown[]): unknown {
  const frame: FullFrame = { code, pc, regs };
  if (e instanceof SwitchToBlackhole) {
    e.frames.unshift(frame);
    return e;
  }
  if (isRecordingAbort(e)) return new SwitchToBlackhole(e.message, [frame]);
  return e;
}

/** A green argument of a generated portal tracer that is not a constant box. */
function notConstant(portal: string, position: number): TracerBug {
  return new TracerBug(`${portal}: the green at position ${position} is not a constant: a step starts with every green constant`);
}

/**
 * The step tracer of portal `portal`: `step` runs the generated function; bridges resume
 * through the generic tracer, which records the same operations.
 */
function stepTracer(layout: PortalLayout, portal: number, step: (rec: Recorder, args: Value[]) => Value | MergeResult<Value>): StepTracer {
  if (layout.portal !== portal) throw new Error(`a generated tracer of portal ${portal} given the layout of portal ${layout.portal}`);
  const table = layout.table;
  return { step, resume: (rec, frames) => new GenericTracer(table, rec).resume(frames) };
}

/** The table has the jitcodes (names and code lengths) the tracers were generated from. */
function checkTable(table: JitcodeTable, expected: ReadonlyArray<readonly [string, number]>): void {
  const ok = table.codes.length === expected.length && expected.every(([name, length], n) => table.codes[n]!.name === name && table.codes[n]!.code.length === length);
  if (!ok) throw new Error('the generated tracers do not match the jitcode table: regenerate the JIT-enabled module');
}

export const GENERATED = {
  int: (v: number): Const => constOf('int', v),
  float: (v: number): Const => constOf('float', v),
  bool: (v: boolean): Const => constOf('bool', v),
  ref: (v: unknown): Const => constOf('ref', v),
  asInt,
  asFloat,
  asBool,
  checkBounds,
  classHolds,
  classMismatch,
  switched,
  notConstant,
  stepTracer,
  checkTable,
  MergeResult,
} as const;
