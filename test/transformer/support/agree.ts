/**
 * Reference checks for lowered code: a jitcode run in the blackhole against the plain function
 * on fresh argument sets. Results, thrown errors (by their string) and the arguments' states
 * after the call must agree.
 */

import { Blackhole } from '../../../runtime/jitcode/blackhole.js';
import type { Lowered } from './lower.js';

export type ArgSets = ReadonlyArray<() => unknown[]>;

export function agreeWith(L: Lowered, name: string, argSets: ArgSets, call: (args: unknown[]) => unknown): void {
  const bh = new Blackhole(L.table);
  for (const make of argSets) {
    const a1 = make();
    const a2 = make();
    let want: unknown;
    let wantErr: unknown = null;
    try {
      want = call(a1);
    } catch (e) {
      wantErr = e;
    }
    let got: unknown;
    let gotErr: unknown = null;
    try {
      got = bh.call(L.code(name).number, a2);
    } catch (e) {
      gotErr = e;
    }
    expect(gotErr === null).toBe(wantErr === null);
    if (wantErr !== null) {
      expect(String(gotErr)).toBe(String(wantErr));
      expect(Object.getPrototypeOf(gotErr)).toBe(Object.getPrototypeOf(wantErr));
    }
    expect(got).toEqual(want);
    expect(a2).toEqual(a1);
  }
}

/** The plain function of a fixture export by the jitcode's name. */
export function agree(L: Lowered, name: string, argSets: ArgSets): void {
  const f = L.module[name] as (...a: unknown[]) => unknown;
  agreeWith(L, name, argSets, (a) => f(...a));
}

export const nums = (...sets: number[][]): ArgSets => sets.map((s) => () => [...s]);
