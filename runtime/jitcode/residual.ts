/**
 * Run-time helpers that lowered jitcode calls through `residual_call` (the lowering refers to
 * them by name; an in-process context passes these very values, emitted code imports them).
 *
 * - `methodCaller(name)`: a method call as a plain function of the receiver and the arguments,
 *   `(o, ...a) => o[name](...a)`, so `residual_call` (which calls with `this` undefined) can
 *   call a method. One function per name, cached: equal names give the same value, so jitcode
 *   pools and traces see one constant per method.
 * - `constructCaller(cls)`: `new cls(...a)` as a plain function, cached per class the same way.
 * - `instanceOf(value, cls)`: the `instanceof` operator as a function.
 * - `stringAt(s, i)`: indexing a string, `s[i]`.
 * - `codePointString(s, i)`: the code point of s at index i as a string (two code units for a
 *   surrogate pair, else one), what a string's iterator gives there.
 * - `arrayRest(xs, from)`: what a rest element `[a, ...rest] = xs` binds: a new array of the
 *   items from index `from` on, read as the array iterator reads them (holes as undefined).
 * - `objectRest(o, ...excluded)`: what `{ a, ...rest } = o` binds: a new plain object with o's
 *   own enumerable properties (strings and symbols, in order) other than the excluded keys.
 * - `hasProperty(key, o)`: the `in` operator, `key in o` (a TypeError when o is not an object).
 * - `plainObject`: the class of the objects object literals make (`Object`): `new` of it is
 *   `Object.create(Object.prototype)`, an empty plain object, which the literal's fields fill.
 * - `concatStrings(...parts)`: the string a template literal builds from its parts: JavaScript's
 *   ToString of each part (as `${part}` does), concatenated.
 *
 * Invariants: the helpers hold no state besides the caches; a cached value never changes.
 */

type Method = (...args: unknown[]) => unknown;
/** Any class: its parameters are the caller's business (the jitcode passes what the source passed). */
type Constructor = new (...args: never[]) => unknown;

const methodCallers = new Map<string, (o: unknown, ...args: unknown[]) => unknown>();
const constructCallers = new WeakMap<Constructor, (...args: unknown[]) => unknown>();

/** The function calling method `name` on its first argument with the others. */
export function methodCaller(name: string): (o: unknown, ...args: unknown[]) => unknown {
  let f = methodCallers.get(name);
  if (!f) {
    f = (o: unknown, ...args: unknown[]): unknown => ((o as Record<string, Method>)[name] as Method).apply(o, args);
    methodCallers.set(name, f);
  }
  return f;
}

/** The function constructing an instance of cls with its arguments. */
export function constructCaller(cls: Constructor): (...args: unknown[]) => unknown {
  let f = constructCallers.get(cls);
  if (!f) {
    const make = cls as unknown as new (...args: unknown[]) => unknown;
    f = (...args: unknown[]): unknown => new make(...args);
    constructCallers.set(cls, f);
  }
  return f;
}

/** `value instanceof cls`, as a function (for a residual pure call). */
export function instanceOf(value: unknown, cls: unknown): boolean {
  return value instanceof (cls as new (...args: never[]) => unknown);
}

/** `s[i]` of a string: the UTF-16 code unit at i as a string, undefined past the end (for a residual pure call). */
export function stringAt(s: string, i: number): string | undefined {
  return s[i];
}

/** The parts converted as a template literal converts them, concatenated. */
export function concatStrings(...parts: unknown[]): string {
  let s = '';
  for (const p of parts) s += `${p as string}`;
  return s;
}

/** The class of object literals, for the `new` op: `Object.create(plainObject.prototype)` is `{}`. */
export const plainObject: ObjectConstructor = Object;

/** `key in o`: JavaScript's `in` operator as a function (operands in source order). */
export function hasProperty(key: unknown, o: unknown): boolean {
  return (key as PropertyKey) in (o as object);
}

/** The code point of `s` at `i` as a string: a surrogate pair is two units, anything else one. */
export function codePointString(s: string, i: number): string {
  const c = s.codePointAt(i)!;
  return c > 0xffff ? s.slice(i, i + 2) : s[i]!;
}

/** The rest of an array pattern: items `from`, `from + 1`, ... of an array or typed array, in a new array. */
export function arrayRest(xs: ArrayLike<unknown>, from: number): unknown[] {
  const out: unknown[] = [];
  for (let k = from; k < xs.length; k++) out.push(xs[k]);
  return out;
}

/** The rest of an object pattern: o's own enumerable properties but the excluded keys, copied. */
export function objectRest(o: object, ...excluded: PropertyKey[]): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const k of Reflect.ownKeys(o)) {
    if (excluded.includes(k)) continue;
    if (Object.getOwnPropertyDescriptor(o, k)?.enumerable) out[k] = (o as Record<PropertyKey, unknown>)[k];
  }
  return out;
}
