/**
 * Backend: bridges attached after compilation and taken without leaving compiled code, jumps
 * between compiled loops through the trampoline, and the registry.
 */

import { CompiledCode, compileBridge, compileLoop, runCompiled } from '../../runtime/backend/index.js';
import { NS, parse } from '../support/trace-text.js';

/** A guest function the bridge calls, to count how often the bridge runs. */
let ticks = 0;
const tick = (): void => {
  ticks++;
};
const ns = { ...NS, tick };

// Loop 1 counts i0 down; every odd i0 fails the guard. The bridge for that guard adds 100 to i1,
// counts itself, and jumps back to loop 1 with new inputs.
const LOOP = `
  [i0, i1]
  label(i0, i1)
  i2 = int_sub(i0, 1)
  b3 = int_gt(i2, 0)
  guard_true(b3) [0@0: i2, i1]
  i4 = int_and(i2, 1)
  b5 = int_is_true(i4)
  guard_false(b5) [0@1: i2, i1]
  i6 = int_add(i1, 1)
  jump(i2, i6)
`;
const BRIDGE = `
  [i0, i1]
  call(@tick) [0@2: i0, i1]
  i2 = int_add(i1, 100)
  jump(i0, i2, ->loop1)
`;

describe('bridges', () => {
  beforeEach(() => {
    ticks = 0;
  });

  it('without a bridge, a failing guard returns its exit and counts the failure', () => {
    const loop = compileLoop(parse(LOOP), 1);
    const S: unknown[] = [10, 0];
    const id = loop.fn(S);
    const oddGuard = loop.exits[1]!;
    expect(id).toBe(oddGuard.id);
    expect(S.slice(0, 2)).toEqual([9, 0]);
    expect(oddGuard.failures).toBe(1);
  });

  it('a bridge attached after compilation is taken, and its jump back re-enters the loop in place', () => {
    const t = parse(LOOP);
    const loop = compileLoop(t, 1);
    const oddGuard = loop.exits[1]!;
    const bridge = compileBridge(parse(BRIDGE, ns), oddGuard);
    expect(bridge.name).toBe(`bridge_1_e${oddGuard.id}`);
    expect(bridge.source).toContain(`//# sourceURL=metajit://bridge-1-e${oddGuard.id}.js`);
    const code = new CompiledCode();
    code.addLoop(1, loop);
    code.attachBridge(oddGuard, bridge);
    expect(oddGuard.bridge).toBe(bridge.fn);

    // Count entries into the loop function from outside: exactly one.
    let entries = 0;
    const counted = { ...loop, fn: (S: unknown[]) => (entries++, loop.fn(S)) };
    code.addLoop(1, counted);
    const S: unknown[] = [10, 0];
    const id = runCompiled(code, 1, S);
    expect(entries).toBe(1);
    // i0 goes 10 → 9 (odd: bridge) → 8 → 7 (bridge) → ... → 1 (bridge) → 0: the counter exit.
    expect(ticks).toBe(5);
    expect(id).toBe(loop.exits[0]!.id);
    expect(code.exit(id)).toBe(loop.exits[0]);
    // i1: +1 per even step (8, 6, 4, 2), +100 per bridge (9, 7, 5, 3, 1).
    expect(S.slice(0, 2)).toEqual([0, 4 + 500]);
    expect(oddGuard.failures).toBe(0);
  });

  it('a bridge leaving through its own exit returns that exit from the loop', () => {
    const loop = compileLoop(parse(LOOP), 1);
    const oddGuard = loop.exits[1]!;
    const bridge = compileBridge(
      parse(`
        [i0, i1]
        i2 = int_add(i1, 1000)
        finish() [0@7: i2, i0]
      `),
      oddGuard,
    );
    oddGuard.bridge = bridge.fn;
    const S: unknown[] = [10, 0];
    const id = loop.fn(S);
    expect(id).toBe(bridge.exits[0]!.id);
    expect(bridge.exits[0]!.loop).toBe(1);
    expect(bridge.exits[0]!.kind).toBe('finish');
    expect(S.slice(0, 2)).toEqual([1000, 9]);
  });

  it('bridges of bridges: a bridge guard calls its own bridge, and the jump reaches the loop', () => {
    const loop = compileLoop(parse(LOOP), 1);
    const oddGuard = loop.exits[1]!;
    const b1 = compileBridge(
      parse(
        `
        [i0, i1]
        call(@tick) [0@3: i0, i1]
        b2 = int_lt(i0, 5)
        guard_false(b2) [0@4: i0, i1]
        jump(i0, i1, ->loop1)
      `,
        ns,
      ),
      oddGuard,
    );
    oddGuard.bridge = b1.fn;
    const inner = b1.exits.find((e) => e.kind === 'guard')!;
    const b2 = compileBridge(
      parse(`
        [i0, i1]
        i2 = int_sub(i1, 1)
        jump(i0, i2, ->loop1)
      `),
      inner,
    );
    inner.bridge = b2.fn;
    const S: unknown[] = [10, 0];
    const id = loop.fn(S);
    expect(id).toBe(loop.exits[0]!.id);
    // Even 8, 6, 4, 2: +1 each; odd 9, 7, 5: +0 through b1; odd 3, 1 (< 5): -1 each through b2.
    expect(S.slice(0, 2)).toEqual([0, 4 - 2]);
    expect(ticks).toBe(5);
  });

  it('exception exits take bridges too, which receive the exception after the fail args', () => {
    const boom = (): never => {
      throw new RangeError('boom');
    };
    const t = parse(
      `
      [i0]
      i1 = call(@boom) [0@0: i0]
      finish() [0@1: i1]
    `,
      { ...NS, boom },
    );
    const loop = compileLoop(t, 2);
    const ex = loop.exits[0]!;
    expect(ex.kind).toBe('exception');
    const bridge = compileBridge(
      parse(`
        [i0, r1]
        r2 = ref_typeof(r1)
        finish() [0@2: r2, i0]
      `),
      ex,
    );
    ex.bridge = bridge.fn;
    const S: unknown[] = [5];
    expect(loop.fn(S)).toBe(bridge.exits[0]!.id);
    expect(S.slice(0, 2)).toEqual(['object', 5]);
  });

  it('an exception thrown by a bridge propagates out of the loop untouched', () => {
    const loop = compileLoop(parse(LOOP), 1);
    const err = new Error('from the bridge');
    loop.exits[1]!.bridge = () => {
      throw err;
    };
    expect(() => loop.fn([10, 0])).toThrow(err);
  });

  it('a bridge must take the exit values as inputs', () => {
    const loop = compileLoop(parse(LOOP), 1);
    expect(() => compileBridge(parse('[i0]\nfinish() [0@0: i0]'), loop.exits[1]!)).toThrow('do not match');
    expect(() => compileBridge(parse('[i0, f1]\nfinish() [0@0: i0]'), loop.exits[1]!)).toThrow('do not match');
  });
});

describe('jumps between compiled loops', () => {
  it('a jump to another loop writes S and returns -N-1; runCompiled follows it', () => {
    const first = compileLoop(
      parse(`
        [i0]
        i1 = int_mul(i0, 2)
        jump(i1, 5, ->loop7)
      `),
      3,
    );
    const second = compileLoop(
      parse(`
        [i0, i1]
        label(i0, i1)
        i2 = int_add(i0, i1)
        i3 = int_sub(i1, 1)
        b4 = int_gt(i3, 0)
        guard_true(b4) [0@0: i2]
        jump(i2, i3)
      `),
      7,
    );
    const S: unknown[] = [4];
    expect(first.fn(S)).toBe(-8);
    expect(S.slice(0, 2)).toEqual([8, 5]);
    const code = new CompiledCode();
    code.addLoop(3, first);
    code.addLoop(7, second);
    const S2: unknown[] = [4];
    const id = runCompiled(code, 3, S2);
    expect(id).toBe(second.exits[0]!.id);
    // 8+5=13, +4=17, +3=20, +2=22, +1=23 (exit when i3 reaches 0).
    expect(S2[0]).toBe(23);
  });

  it('a bridge jumping to another loop makes the loop return -N-1 to the trampoline', () => {
    const loopA = compileLoop(parse(LOOP), 1);
    const toB = compileBridge(parse('[i0, i1]\njump(i1, ->loop2)'), loopA.exits[1]!);
    loopA.exits[1]!.bridge = toB.fn;
    const loopB = compileLoop(parse('[i0]\ni1 = int_add(i0, 1)\nfinish() [0@0: i1]'), 2);
    const code = new CompiledCode();
    code.addLoop(1, loopA);
    code.addLoop(2, loopB);
    const S: unknown[] = [10, 0];
    expect(runCompiled(code, 1, S)).toBe(loopB.exits[0]!.id);
    expect(S[0]).toBe(1);
  });

  it('a jump to a loop that is not compiled is an error of the trampoline', () => {
    const code = new CompiledCode();
    code.addLoop(3, compileLoop(parse('[i0]\njump(i0, ->loop9)'), 3));
    expect(() => runCompiled(code, 3, [1])).toThrow('loop 9');
  });

  it('a jump to its own loop number re-enters in place, reloading the inputs', () => {
    const t = parse(`
      [i0, i1]
      i2 = int_add(i1, i0)
      i3 = int_sub(i0, 1)
      b4 = int_gt(i3, 0)
      guard_true(b4) [0@0: i2]
      jump(i3, i2, ->loop5)
    `);
    const loop = compileLoop(t, 5);
    const S: unknown[] = [4, 0];
    expect(loop.fn(S)).toBe(loop.exits[0]!.id);
    expect(S[0]).toBe(4 + 3 + 2 + 1);
  });
});
