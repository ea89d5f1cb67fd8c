/** Without the transformer every hint is an identity: a decorated interpreter is a plain one. */
import { JitDriver, jit } from '../../runtime/hints/index.js';

@jit.virtualizable('regs', 'pc')
class Frame {
  pc = 0;
  readonly regs: number[] = [0, 0];
}

class Machine {
  readonly out: number[] = [];

  @jit.dispatch
  step(frame: Frame, op: number): void {
    switch (op) {
      case 0:
        frame.regs[0] = this.double(frame.regs[0]! + 1);
        break;
      default:
        this.emit(frame.regs[0]!);
    }
    frame.pc++;
  }

  @jit.pure
  double(x: number): number {
    return x * 2;
  }

  @jit.opaque
  emit(x: number): void {
    this.out.push(x);
  }

  @jit.unroll
  sum(xs: number[]): number {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  }
}

const square = jit.pure(function square(x: number): number {
  return x * x;
});
const log = jit.opaque((x: string) => x.length);

describe('hints without the transformer', () => {
  it('leave methods, classes and functions unchanged', () => {
    const m = new Machine();
    const f = new Frame();
    const driver = new JitDriver({ name: 'test', greens: ['pc'], reds: ['frame'], virtualizables: ['frame'] });
    for (const op of [0, 0, 1]) {
      driver.mergePoint({ pc: f.pc, frame: f });
      m.step(f, op);
      driver.canEnterJit({ pc: f.pc, frame: f });
    }
    expect(m.out).toEqual([6]);
    expect(m.sum([1, 2, 3])).toBe(6);
    expect(square(7)).toBe(49);
    expect(square.name).toBe('square');
    expect(log('abc')).toBe(3);
    expect(jit.promote(f)).toBe(f);
    expect(Object.getPrototypeOf(f)).toBe(Frame.prototype);
    expect(driver.stats()).toMatchObject({ loops: 0, recordedOps: 0 });
  });

  it('reject misuse with clear messages', () => {
    expect(() => new JitDriver({ greens: [], reds: ['a'] })).toThrow('at least one green');
    expect(() => new JitDriver({ greens: ['pc'], reds: ['pc'] })).toThrow("'pc' is listed twice");
    expect(() => new JitDriver({ greens: ['pc'], reds: ['f'], virtualizables: ['g' as 'f'] })).toThrow("virtualizable 'g' must be one of the reds");
    expect(() => jit.virtualizable()).toThrow('needs the names');
    expect(() => (jit.pure as (x: unknown) => unknown)(3)).toThrow('applies to a function');
    const d = new JitDriver({ greens: ['pc'], reds: ['f'] });
    d.configure({ tracer: 'generic', params: { loopThreshold: 5 } });
    expect(d.tracer).toBe('generic');
    expect(d.jit.params.loopThreshold).toBe(5);
    expect(() => d.configure({ tracer: 'generated' })).toThrow('before the interpreter starts');
  });
});
