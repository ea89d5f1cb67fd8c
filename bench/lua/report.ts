/**
 * The Lua benchmark's report: the machine, the median time of each engine per program, the
 * ratios between engines and their geometric means, as markdown and as one JSON object.
 *
 * A ratio is `medianMs[slower] / medianMs[faster]`: how many times faster the `faster` engine
 * ran than the `slower` one (> 1: it was faster). Invariants: a ratio whose engines were not
 * both measured is null (printed "–"), never a guess; the geometric mean of a ratio covers the
 * programs where it is defined, and is null when there are none.
 */

import { geomean } from '../common.js';
import { thisMachine, type Machine } from '../machine.js';
import type { LuaEngine } from './engines/engine.js';
import type { ProgramResult } from './measure.js';
import type { SizeName } from './programs.js';

export interface Ratio {
  readonly key: string;
  readonly label: string;
  readonly slower: string;
  readonly faster: string;
  /** What the figure means, for the report's legend. */
  readonly meaning: string;
}

export const RATIOS: readonly Ratio[] = [
  { key: 'vmOverFengari', label: 'VM vs fengari', slower: 'fengari', faster: 'vm', meaning: 'fengari time / LuaVM time: > 1 means LuaVM is faster' },
  { key: 'jitOverVm', label: 'JIT vs VM', slower: 'vm', faster: 'jit', meaning: 'LuaVM time / LuaVM JIT time: > 1 means the JIT is faster' },
  { key: 'jsOverVm', label: 'JS vs VM', slower: 'vm', faster: 'js', meaning: 'LuaVM time / JS twin time: how many times faster the JavaScript twin is' },
];

export { thisMachine, type Machine };

export interface ProgramReport extends ProgramResult {
  readonly ratios: Readonly<Record<string, number | null>>;
}

export interface BenchReport {
  readonly machine: Machine;
  /** When the run started (ISO 8601). */
  readonly date: string;
  readonly rounds: number;
  readonly size: SizeName;
  readonly engines: readonly { readonly name: string; readonly label: string }[];
  /** The ratios of RATIOS whose two engines were both measured. */
  readonly ratios: readonly Ratio[];
  readonly programs: readonly ProgramReport[];
  /** Per ratio key, the geometric mean over the programs (null when defined for none). */
  readonly geomeans: Readonly<Record<string, number | null>>;
  /** Wall time of the whole benchmark, loading and checking included (ms). */
  readonly durationMs: number;
}

export function ratioOf(r: Ratio, medianMs: Readonly<Record<string, number>>): number | null {
  const slower = medianMs[r.slower];
  const faster = medianMs[r.faster];
  if (slower === undefined || faster === undefined || faster === 0) return null;
  return slower / faster;
}

export { geomean };

export interface ReportContext {
  readonly machine: Machine;
  readonly date: string;
  readonly rounds: number;
  readonly size: SizeName;
  readonly durationMs: number;
}

export function makeReport(results: readonly ProgramResult[], engines: readonly LuaEngine[], ctx: ReportContext): BenchReport {
  const measured = new Set(engines.map((e) => e.name));
  const ratios = RATIOS.filter((r) => measured.has(r.slower) && measured.has(r.faster));
  const programs = results.map((p) => ({ ...p, ratios: Object.fromEntries(ratios.map((r) => [r.key, ratioOf(r, p.medianMs)])) }));
  const geomeans = Object.fromEntries(
    ratios.map((r) => [r.key, geomean(programs.map((p) => p.ratios[r.key]).filter((x): x is number => x !== null))]),
  );
  return { ...ctx, engines: engines.map((e) => ({ name: e.name, label: e.label })), ratios, programs, geomeans };
}

const ms = (x: number | undefined): string => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const times = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${x.toFixed(2)}×`);

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function toMarkdown(report: BenchReport): string {
  const { machine, engines, ratios } = report;
  const lines = [
    `## Lua benchmarks: ${engines.map((e) => e.label).join(', ')}`,
    '',
    `Machine: node ${machine.node}, ${machine.cpu}, ${machine.cores} cores. Date: ${report.date}.`,
    `Sizes: ${report.size}. Median of ${report.rounds} interleaved rounds per engine, in ms; a run's time covers making the Lua state, compiling and running. Every run's output was checked against the expected line.`,
    '',
    row(['program', 'size', ...engines.map((e) => `${e.label} ms`), ...ratios.map((r) => r.label)]),
    row(['---', '---:', ...engines.map(() => '---:'), ...ratios.map(() => '---:')]),
  ];
  for (const p of report.programs) {
    lines.push(row([p.name, String(p.size), ...engines.map((e) => ms(p.medianMs[e.name])), ...ratios.map((r) => times(p.ratios[r.key]))]));
  }
  if (ratios.length > 0) {
    lines.push(row(['geometric mean', '', ...engines.map(() => ''), ...ratios.map((r) => times(report.geomeans[r.key]))]));
    lines.push('', ...ratios.map((r) => `${r.label}: ${r.meaning}.`));
  }
  lines.push(`The whole benchmark took ${(report.durationMs / 1000).toFixed(1)} s.`);
  return lines.join('\n');
}
