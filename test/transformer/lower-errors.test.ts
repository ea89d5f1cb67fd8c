/**
 * What the lowering does not lower fails loudly, naming the construct and where it is. (The
 * fixture's string `+`, `new`, residual method call and `switch` are lowered now:
 * new-constructs.test.ts; its polymorphic call too: poly.test.ts; a virtualizable field read
 * outside a portal is a heap field: virtualizable.test.ts.)
 */
import { JitcodeTable, instructions } from '../../runtime/jitcode/format.js';
import { Const } from '../../runtime/ir/trace.js';
import { LowerError, lowerFunction } from '../../transformer/lower/index.js';
import { formatDiagnostic } from '../../transformer/diagnostics.js';
import { analyze, fn, tsErrors } from './support/compile.js';

const { program, analysis } = analyze(['lower/unsupported.ts']);
const checker = program.getTypeChecker();

function lower(name: string): () => void {
  const f = fn(analysis, name);
  return () => {
    new JitcodeTable().add(lowerFunction(checker, f.decl, { analysis, number: 0, jitcodeOf: () => 0, refConst: () => new Const('ref', Math.max) }));
  };
}

describe('constructs outside the first lowering slice', () => {
  it('the fixture type-checks', () => {
    expect(tsErrors(program).filter((e) => e.includes('/fixtures/lower/'))).toEqual([]);
  });

  it.each([
    ['optional', /unsupported\.ts:25:10: the call 'f' \(no callee known to the analysis\) in 'optional'/],
    ['protoKey', /unsupported\.ts:52:12: '__proto__:' in an object literal in 'protoKey'/],
    ['computedKey', /unsupported\.ts:56:15: the object literal member '\[k\]: x' \(only named properties are lowered\) in 'computedKey'/],
    ['sizeOf', /unsupported\.ts:64:10: the property 's\.size' of an object type: the program declares an accessor 'size', which a read could run in 'sizeOf'/],
  ])('%s', (name, message) => {
    expect(lower(name)).toThrow(LowerError);
    expect(lower(name)).toThrow(message);
  });

  it('a virtualizable field read outside a portal is a plain getfield', () => {
    const j = lowerFunction(checker, fn(analysis, 'virtualizable').decl, { analysis, number: 0, jitcodeOf: () => 0, refConst: () => new Const('ref', Math.max) });
    expect(instructions(j).map((i) => i.op)).toEqual(['getfield', 'return']);
  });

  it('a construct outside the subset carries its subset diagnostic', () => {
    let err: unknown;
    try {
      lower('closure')();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LowerError);
    const d = (err as LowerError).diagnostic!;
    expect(d.code).toBe(9001);
    expect(formatDiagnostic(d)).toMatch(/unsupported\.ts:40:13: TS9001: An arrow function created in traced function 'closure'/);
    // The analysis reported it first.
    expect(analysis.diagnostics.map((x) => x.code)).toContain(9001);
  });
});
