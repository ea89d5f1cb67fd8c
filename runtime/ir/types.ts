/**
 * Value types of the trace IR.
 *
 * An interpreter written in JavaScript manipulates four kinds of values that the JIT must tell
 * apart to generate good code: 32-bit integers (the result of `| 0` arithmetic, array indices,
 * opcodes), doubles, booleans, and references (any other JavaScript value: objects, arrays,
 * strings, null, undefined, and numbers whose integer-ness is not known). `void` is the type of an
 * operation without a result.
 *
 * Invariants:
 * - A value of type `int` is always a JavaScript number `n` with `(n | 0) === n`.
 * - A value of type `bool` is always `true` or `false`, never 0/1.
 * - A value of type `float` is any JavaScript number.
 * - A value of type `ref` is any JavaScript value; the casts between `ref` and the other types
 *   are identities at run time and exist only to carry type knowledge.
 *
 * In trace text a variable's first letter is its type: `i3`, `f0`, `b2`, `r7`.
 */

export type Type = 'int' | 'float' | 'bool' | 'ref' | 'void';
export type ValueType = Exclude<Type, 'void'>;

/** The letter that prefixes a variable of each type in trace text. */
export const TYPE_LETTER = {
  int: 'i',
  float: 'f',
  bool: 'b',
  ref: 'r',
} as const satisfies Record<ValueType, string>;

export const LETTER_TYPE: Readonly<Record<string, ValueType>> = {
  i: 'int',
  f: 'float',
  b: 'bool',
  r: 'ref',
};

/** Does a concrete JavaScript value belong to the type? Used by assertions and tests. */
export function valueHasType(value: unknown, type: Type): boolean {
  switch (type) {
    case 'int':
      return typeof value === 'number' && (value | 0) === value && !Object.is(value, -0);
    case 'float':
      return typeof value === 'number';
    case 'bool':
      return value === true || value === false;
    case 'ref':
      return true;
    case 'void':
      return value === undefined;
    default:
      return assertNever(type);
  }
}

/** Exhaustiveness check: the compiler proves the call unreachable. */
export function assertNever(x: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${String(x)}`);
}

/** A branded number: ids of different things cannot be mixed up. */
export type Brand<T, B extends string> = T & { readonly __brand: B };
