/** The machine a benchmark ran on, as every report prints it: node version, CPU model, cores. */

import { cpus } from 'node:os';

export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
}

export function thisMachine(): Machine {
  const all = cpus();
  return { node: process.version, cpu: all[0]?.model ?? 'unknown', cores: all.length };
}
