import { optimize } from '../../runtime/optimizer/pipeline.js';
import { printTrace } from '../../runtime/ir/printer.js';
import { execute } from '../../runtime/ir/executor.js';
import { randomTrace } from '../support/random-trace.js';
it('show', () => {
  const a = randomTrace(2352);
  console.log(a.text());
  const r = execute(a.trace, a.makeInputs().inputs);
  console.log(r.kind === 'exit' && r.op.snapshot!.pc);
  const b = randomTrace(2352);
  const g = optimize(b.trace, { passes: ['guards'] }).trace;
  console.log(printTrace(g));
});
