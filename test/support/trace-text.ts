/**
 * Helpers for tests written as trace text: parse with a namespace, print canonically, and
 * compare traces modulo renaming (canonical printing numbers variables in definition order).
 */
import { parseTrace } from '../../runtime/ir/parser.js';
import { printTrace } from '../../runtime/ir/printer.js';
import type { Trace } from '../../runtime/ir/trace.js';
import { verifyTrace } from '../../runtime/ir/verify.js';

/** Object constants that test traces refer to as @Name. */
export class Point {
  x: unknown;
  y: unknown;
}
export class Node {
  next: unknown;
  value: unknown;
}
export function escape(..._args: unknown[]): void {}
export function sqrt(x: number): number {
  return Math.sqrt(x);
}

export const NS: Record<string, unknown> = { Point, Node, escape, sqrt, Math_sqrt: Math.sqrt };
const NAMES = new Map<unknown, string>(Object.entries(NS).map(([k, v]) => [v, k]));

export function parse(text: string, ns: Record<string, unknown> = NS): Trace {
  const t = parseTrace(text, { namespace: ns });
  verifyTrace(t);
  return t;
}

export function print(t: Trace, ns: Record<string, unknown> = NS): string {
  const names = ns === NS ? NAMES : new Map<unknown, string>(Object.entries(ns).map(([k, v]) => [v, k]));
  return printTrace(t, { names });
}

/** The canonical form of trace text: parse, then print. */
export function canon(text: string, ns: Record<string, unknown> = NS): string {
  return print(parse(text, ns), ns);
}
