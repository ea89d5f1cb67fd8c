/**
 * The Brainfuck benchmark's report: the machine it ran on, and the measured results as
 * markdown tables (one row per program) and as one JSON object.
 *
 * Invariants: the tables print only what `measure` returned, never a figure of a run that was
 * not made; a generated-tracer column whose runs fell back to the generic tracer says so
 * ("generated (not built: generic)") rather than passing for a generated measurement; a ratio
 * that is undefined (a zero denominator) prints as "–".
 */

import { thisMachine, type Machine } from '../machine.js';
import type { TracerMode } from '../../runtime/hints/index.js';
import { JIT_WAYS, type JitFigure, type JitSummary, type ProgramResult } from './measure.js';

export { thisMachine, type Machine };

export interface BenchReport {
  readonly machine: Machine;
  /** When the run started (ISO 8601). */
  readonly date: string;
  readonly rounds: number;
  /** Wall time of the whole benchmark, loading and checking included (ms). */
  readonly durationMs: number;
  readonly programs: readonly ProgramResult[];
}

/** The tracer a JIT way used, as a label: "generated (not built: generic)" for a fallback. */
export function tracerLabel(asked: TracerMode, inUse: TracerMode | null): string {
  if (inUse === null) return `${asked} (JIT never entered)`;
  return inUse === asked ? asked : `${asked} (not built: ${inUse})`;
}

/** Whether a JIT way traced with another tracer than the one it asked for. */
function fellBack(s: JitSummary): boolean {
  return s.tracerInUse !== null && s.tracerInUse !== s.tracer;
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const times = (x: number | null): string => (x === null ? '–' : `${x.toFixed(2)}×`);
const count = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** "generic / generated" for one JIT figure. */
function pair(jit: Readonly<Record<string, JitSummary>>, f: JitFigure): string {
  const show = f.endsWith('Ms') ? ms : count;
  return JIT_WAYS.map((w) => show(jit[w]!.medians[f])).join(' / ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function timesTable(programs: readonly ProgramResult[]): string[] {
  const lines = [
    row(['program', 'interp ms', 'jit-generic ms', 'jit-generated ms', 'generated tracer', 'js ms', 'interp / jit-generic', 'interp / jit-generated', 'interp / js', 'tracing generic / generated']),
    row(['---', '---:', '---:', '---:', '---', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const p of programs) {
    if (p.medianMs === null || p.speedups === null || p.jit === null) {
      lines.push(row([p.name, `skipped: ${p.skipped ?? 'not measured'}`, '', '', '', '', '', '', '', '']));
      continue;
    }
    const g = p.jit['jit-generated'];
    lines.push(
      row([
        p.name,
        ms(p.medianMs.interp),
        ms(p.medianMs['jit-generic']),
        ms(p.medianMs['jit-generated']),
        tracerLabel(g.tracer, g.tracerInUse),
        ms(p.medianMs.js),
        times(p.speedups.interpOverJitGeneric),
        times(p.speedups.interpOverJitGenerated),
        times(p.speedups.interpOverJs),
        times(p.speedups.tracingGenericOverGenerated) + (fellBack(g) ? ` (both ${g.tracerInUse})` : ''),
      ]),
    );
  }
  return lines;
}

function jitTable(programs: readonly ProgramResult[]): string[] {
  const figures: readonly JitFigure[] = ['tracingMs', 'optimizeMs', 'backendMs', 'recordedOps', 'resumeBytes', 'loops', 'bridges', 'aborts', 'guardFailures'];
  const lines = [
    row(['program', 'tracers (generic / generated)', ...figures, 'same digest', 'trace digest (generic / generated)']),
    row(['---', '---', ...figures.map(() => '---:'), '---', '---']),
  ];
  for (const p of programs) {
    if (p.jit === null) {
      lines.push(row([p.name, 'skipped', ...figures.map(() => ''), '', '']));
      continue;
    }
    const jit = p.jit;
    const tracers = JIT_WAYS.map((w) => tracerLabel(jit[w].tracer, jit[w].tracerInUse)).join(' / ');
    const digests = JIT_WAYS.map((w) => jit[w].traceDigest).join(' / ');
    lines.push(row([p.name, tracers, ...figures.map((f) => pair(jit, f)), p.digestsEqual ? 'yes' : 'no', digests]));
  }
  return lines;
}

/** The whole report as markdown: machine and date, then the times table and the JIT table. */
export function toMarkdown(report: BenchReport): string {
  const { machine } = report;
  const skipped = report.programs.filter((p) => p.skipped !== null);
  const fallbacks = report.programs.filter((p) => p.jit !== null && fellBack(p.jit['jit-generated']));
  return [
    '## Brainfuck: plain interpreter, JIT (generic and generated tracer), translation to JavaScript',
    '',
    `Machine: node ${machine.node}, ${machine.cpu}, ${machine.cores} cores. Date: ${report.date}.`,
    `Median of ${report.rounds} interleaved rounds per way; a run's time covers building the machine (or translating the program) and running it. Every output was checked against the plain interpreter's.`,
    '',
    ...timesTable(report.programs),
    '',
    `JIT statistics (median over rounds; each cell is "jit-generic / jit-generated"; the trace digest was the same in every round of a way):`,
    '',
    ...jitTable(report.programs),
    '',
    ...(fallbacks.length > 0
      ? [`jit-generated asked for the generated tracer, but this build has none: for ${fallbacks.map((p) => p.name).join(', ')} its figures are generic-tracer figures.`]
      : []),
    ...skipped.map((p) => `${p.name} was skipped: ${p.skipped}.`),
    `The whole benchmark took ${(report.durationMs / 1000).toFixed(1)} s.`,
  ].join('\n');
}
