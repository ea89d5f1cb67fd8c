/**
 * The guest VM of the full-cycle and bridge tests: its jitcode table, a blackhole-only reference
 * run, and tracing its loop with the generic tracer (what an embedder does at a hot header).
 */
import type { Jit } from '../../runtime/driver/jit.js';
import type { Value } from '../../runtime/ir/trace.js';
import { Blackhole, GenericTracer, MergeResult, parseJitcodes } from '../../runtime/jitcode/index.js';
import { JNS, PROGRAM, SAMPLES, VM } from './samples.js';

export const table = parseJitcodes(SAMPLES, { namespace: JNS });
export const STEP = table.byName('step').number;
export const ADD = table.byName('add').number;
export const HEADER = 0;

/** The box a traced jitcode returned; these sample jitcodes never merge. */
export function returned(r: Value | MergeResult<Value>): Value {
  if (r instanceof MergeResult) throw new Error(`unexpected merge at ${r.pc}`);
  return r;
}

/** The VM after running the program with the blackhole alone. */
export function reference(i: number): VM {
  const vm = Object.assign(new VM(), { i });
  const bh = new Blackhole(table);
  while (bh.call(STEP, [vm, PROGRAM]) === 0);
  return vm;
}

/** Trace `step` from the header until the VM is back there and close the loop; false if it halted. */
export function traceLoop(jit: Jit, vm: VM): boolean {
  const rec = jit.startLoop(HEADER);
  const vmBox = rec.input('ref', vm);
  const program = rec.constRef(PROGRAM);
  const tracer = new GenericTracer(table, rec);
  for (;;) {
    const r = returned(tracer.call(STEP, [vmBox, program]));
    expect(r.isConst).toBe(true);
    if (r.value !== 0) {
      jit.abort(rec, 'halted while tracing');
      return false;
    }
    if (vm.pc === HEADER) break;
  }
  expect(jit.closeLoop(rec, [vmBox])).not.toBeNull();
  return true;
}
