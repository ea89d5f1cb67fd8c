/**
 * The hints an interpreter author writes, as run-time values: every one is an identity.
 *
 * Built without the metajit transformer, a decorated interpreter runs as a plain interpreter:
 * the decorators return the method unchanged and `promote` returns its argument. That plain
 * interpreter is the reference every JIT test compares against. The transformer reads the same
 * hints from the source (it never relies on their run-time effect) and strips them from what it
 * emits.
 *
 * Standard (TC39) decorators, as TypeScript 5 compiles them by default. Free functions cannot
 * be decorated, so `jit.pure` and `jit.opaque` also work as wrappers:
 *
 *     class VM {
 *       @jit.dispatch step(op: number) { switch (op) { ... } }   // each case: a handler
 *       @jit.pure lookup(shape: Shape, name: string) { ... }     // folded on constants
 *       @jit.opaque print(x: unknown) { ... }                    // never traced into
 *       @jit.unroll copy(n: number) { for (...) ... }            // loops unrolled while tracing
 *     }
 *     const hash = jit.pure(function hash(s: string): number { ... });
 *     @jit.virtualizable('regs', 'pc') class Frame { ... }       // fields live in registers
 *     const code = jit.promote(frame.code);                      // a constant of the trace
 */

/** A method decorator usable on any method. */
type MethodHint = <F extends (this: any, ...args: any[]) => any>(value: F, ctx: ClassMethodDecoratorContext) => F;

/** `jit.pure` / `jit.opaque`: a method decorator, or a wrapper for a free function. */
interface DualHint {
  <F extends (this: any, ...args: any[]) => any>(value: F, ctx: ClassMethodDecoratorContext): F;
  <F extends (...args: any[]) => any>(fn: F): F;
}

const identity = <T>(value: T): T => value;

function dual(name: string): DualHint {
  const hint = (value: unknown, ctx?: unknown): unknown => {
    if (typeof value !== 'function') throw new TypeError(`jit.${name} applies to a function or a method`);
    void ctx;
    return value;
  };
  return hint as DualHint;
}

export const jit = {
  /** The method whose `switch` over the opcode is the interpreter's dispatch. */
  dispatch: identity as MethodHint,
  /** Elidable: the result depends only on the arguments, and there are no side effects. */
  pure: dual('pure'),
  /** Never traced into: calls stay residual calls. */
  opaque: dual('opaque'),
  /** Loops inside may be unrolled while tracing. */
  unroll: identity as MethodHint,
  /**
   * A class whose listed fields live in registers during a trace (RPython's virtualizables):
   * reads and writes of them are not heap operations in compiled code. The frame is a red
   * listed in the driver's `virtualizables`; a red that is a plain array (`T[]`) is listed
   * there without a decorator (an array virtualizable: see `JitDriverOptions.virtualizables`).
   */
  virtualizable(...fields: string[]): <C extends abstract new (...args: any[]) => unknown>(value: C, ctx: ClassDecoratorContext<C>) => C {
    if (fields.length === 0) throw new TypeError('jit.virtualizable needs the names of the fields that live in registers');
    return identity;
  },
  /** Make a run-time value a constant of the trace, behind a guard. */
  promote<T>(x: T): T {
    return x;
  },
} as const;
