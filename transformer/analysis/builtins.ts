/**
 * The builtin table: library functions (declared in a .d.ts, no body) whose effect is known.
 *
 * Keys are `Owner.member`, where Owner is the interface or namespace that declares the member
 * in the TypeScript lib files (`Math.floor`, `String.charCodeAt`, `Array.push`,
 * `Console.log`). Typed arrays share one entry set, expanded over every typed-array interface.
 *
 * Invariants:
 * - `pure` means: the result depends only on the arguments (an immutable receiver such as a
 *   string counts as an argument), and calling it writes nothing observable: foldable and
 *   CSE-able like @jit.pure. `reads` means: writes nothing, but reads a mutable receiver
 *   (arrays, maps), so it may not be folded or reused across a heap write. `effectful` is
 *   everything that writes: `Math.random` (hidden state), `Array.push`, `console.log`.
 *   `allocates` is a library constructor (`new Uint8Array(n)`, `new Error(m)`): it writes
 *   nothing that existed before and returns a fresh object; its key is `new Name`.
 * - A library member that is not in the table is not guessed: the analysis treats it as
 *   opaque and says so in an informational diagnostic.
 * - Property reads that are not calls (`array.length`, typed-array indexing) are not calls and
 *   never reach this table; the lowering reads them as field or array operations.
 */

import type { BuiltinEffect } from './types.js';

const MATH_PURE = [
  'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
  'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log10', 'log1p', 'log2', 'max', 'min', 'pow', 'round', 'sign',
  'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc',
];
const STRING_PURE = [
  'charAt', 'charCodeAt', 'codePointAt', 'concat', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'padEnd',
  'padStart', 'repeat', 'slice', 'startsWith', 'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart',
  'at',
];
const ARRAY_READ = ['at', 'includes', 'indexOf', 'lastIndexOf', 'join', 'slice', 'concat'];
const ARRAY_WRITE = ['push', 'pop', 'shift', 'unshift', 'splice', 'fill', 'reverse', 'sort', 'copyWithin'];
const TYPED_ARRAYS = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];
const TYPED_READ = ['at', 'includes', 'indexOf', 'lastIndexOf', 'join', 'slice', 'subarray'];
const TYPED_WRITE = ['set', 'fill', 'reverse', 'sort', 'copyWithin'];

function table(): ReadonlyMap<string, BuiltinEffect> {
  const t = new Map<string, BuiltinEffect>();
  const put = (owner: string, names: readonly string[], e: BuiltinEffect): void => {
    for (const n of names) t.set(`${owner}.${n}`, e);
  };
  put('Math', MATH_PURE, 'pure');
  put('Math', ['random'], 'effectful');
  put('String', STRING_PURE, 'pure');
  put('StringConstructor', ['fromCharCode', 'fromCodePoint'], 'pure');
  put('Array', ARRAY_READ, 'reads');
  put('ReadonlyArray', ARRAY_READ, 'reads');
  put('Array', ARRAY_WRITE, 'effectful');
  put('ArrayConstructor', ['isArray'], 'pure');
  for (const ta of TYPED_ARRAYS) {
    put(ta, TYPED_READ, 'reads');
    put(ta, TYPED_WRITE, 'effectful');
  }
  put('NumberConstructor', ['isInteger', 'isSafeInteger', 'isFinite', 'isNaN'], 'pure');
  put('Number', ['toString', 'toFixed'], 'pure');
  put('Object', ['toString'], 'pure');
  put('ObjectConstructor', ['is'], 'pure');
  put('Map', ['get', 'has'], 'reads');
  put('Map', ['set', 'delete', 'clear'], 'effectful');
  put('Set', ['has'], 'reads');
  put('Set', ['add', 'delete', 'clear'], 'effectful');
  put('Console', ['log', 'error', 'warn', 'info', 'debug'], 'effectful');
  put('', ['isNaN', 'isFinite', 'parseInt', 'parseFloat'], 'pure');
  for (const c of [...TYPED_ARRAYS, 'Array', 'Map', 'Set', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError']) {
    t.set(`new ${c}`, 'allocates');
  }
  return t;
}

const TABLE = table();

/** The effect of library member `Owner.member` (`.member` for a global function), or undefined. */
export function builtinEffect(key: string): BuiltinEffect | undefined {
  return TABLE.get(key);
}
