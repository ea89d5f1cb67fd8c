/**
 * The transformer's diagnostics: one stable code per problem, one message template per code.
 *
 * Invariants:
 * - Codes are stable (9001+) and never reused: tests, documentation (SUBSET.md) and users'
 *   build logs refer to them. A new problem gets a new code at the end of its group.
 * - Every diagnostic carries the source file, start and length of the offending node, so tsc
 *   prints `file:line:col`. A diagnostic without a node would be useless to the author.
 * - Messages follow one shape: what the construct is, where it is (the function, named as
 *   `Class.method` or `function`), why it is a problem when the reason is not obvious, and what
 *   to do. They never end with a period inside quotes and always end with a period.
 * - Errors are things the tracer cannot handle (a build error, never a silent miscompile);
 *   messages (`ts.DiagnosticCategory.Message`) are informational defaults the author may want
 *   to know about (a library function treated as opaque).
 *
 * Group 9001-9029: constructs outside the traced subset (see SUBSET.md).
 * Group 9030-9049: hints used in a way the transformer cannot read.
 * Group 9050-9059: informational notes.
 */

import * as ts from 'typescript';

export const DiagCode = {
  Closure: 9001,
  Generator: 9002,
  Async: 9003,
  TryFinally: 9004,
  TryCatch: 9005,
  Arguments: 9006,
  EvalOrWith: 9007,
  ForIn: 9008,
  DynamicKey: 9009,
  UnresolvedCall: 9010,
  Delete: 9011,
  Accessor: 9012,
  InstanceofNonClass: 9013,
  IterableSpread: 9014,
  ObjectSpread: 9015,
  Destructuring: 9016,
  IterableForOf: 9017,
  NotLowered: 9018,
  Unreferenceable: 9019,
  NoSwitch: 9030,
  AmbiguousSwitch: 9031,
  NoDriver: 9032,
  DriverOptions: 9033,
  UnknownDriver: 9034,
  LiveVariables: 9035,
  MisplacedHint: 9036,
  GluePlacement: 9037,
  OpaqueLibrary: 9050,
} as const;

export type DiagCode = (typeof DiagCode)[keyof typeof DiagCode];

/** A diagnostic at `node`, in the transformer's category ('metajit' as source). */
export function diagnosticAt(
  node: ts.Node,
  code: DiagCode,
  messageText: string,
  category: ts.DiagnosticCategory = ts.DiagnosticCategory.Error,
): ts.Diagnostic {
  const file = node.getSourceFile();
  const start = node.getStart(file);
  return { file, start, length: node.getEnd() - start, code, category, messageText, source: 'metajit' };
}

/** `file:line:col: TScode message`, as tsc prints it: for tests and logs. */
export function formatDiagnostic(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `TS${d.code}: ${text}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${d.file.fileName}:${line + 1}:${character + 1}: TS${d.code}: ${text}`;
}

/**
 * The messages of the unsupported constructs in traced code. `fn` is the traced function's
 * display name; `what` is a short rendering of the offending node where the message needs it.
 */
export const subsetMessage = {
  closure: (fn: string, what: string) =>
    `${what} created in traced function '${fn}' is not supported: a closure would capture trace values. Hoist it out of '${fn}' to a method or a top-level function, or move it into a function marked @jit.opaque.`,
  generator: (fn: string) =>
    `Generator '${fn}' cannot be traced: a trace cannot suspend. Mark '${fn}' with @jit.opaque (never the dispatch method itself), or rewrite it as a loop that returns its results.`,
  async: (fn: string) =>
    `Async code in '${fn}' cannot be traced: a trace cannot suspend on 'await'. Move the asynchronous part out of the dispatch loop, or move it into a function marked @jit.opaque.`,
  tryFinally: (fn: string) =>
    `'try/finally' in traced function '${fn}' is not supported: traces have no exception edges, so the 'finally' block would be skipped when a call raises. Move the 'try' into a function marked @jit.opaque, or outside the dispatch loop.`,
  tryCatch: (fn: string) =>
    `'try/catch' in traced function '${fn}' is not supported: traces have no exception edges (an exception leaves the trace and the interpreter raises it again). Move the 'try' into a function marked @jit.opaque, or outside the dispatch loop.`,
  arguments: (fn: string) =>
    `'arguments' in traced function '${fn}' is not supported. Declare the parameters (or a rest parameter typed as an array) instead.`,
  evalOrWith: (fn: string, what: string) =>
    `'${what}' in traced function '${fn}' is not supported: it makes variables unknowable at compile time. Remove it, or move it into a function marked @jit.opaque.`,
  forIn: (fn: string) =>
    `'for...in' in traced function '${fn}' is not supported: it enumerates keys at run time. Iterate over an array of keys with 'for...of' or an index loop, or move it into a function marked @jit.opaque.`,
  dynamicKey: (fn: string, type: string) =>
    `Property access with a computed key on '${type}' in traced function '${fn}' is not supported: only arrays, typed arrays and strings may be indexed by a run-time value. Use a Map, an array, or a named field, or move the access into a function marked @jit.opaque.`,
  unresolvedCall: (fn: string, what: string, why: string) =>
    `Call of '${what}' in traced function '${fn}' cannot be resolved to a declaration (${why}). Call a method or a function directly, or move the call into a function marked @jit.opaque.`,
  delete: (fn: string) =>
    `'delete' in traced function '${fn}' is not supported: it changes the object's shape. Assign 'undefined' to the field instead, or move it into a function marked @jit.opaque.`,
  accessor: (fn: string, name: string, kind: 'getter' | 'setter') =>
    `Use of ${kind} '${name}' in traced function '${fn}' is not supported. Turn the ${kind} into a method, or move it into a function marked @jit.opaque.`,
  instanceofNonClass: (fn: string, what: string) =>
    `'instanceof ${what}' in traced function '${fn}' is not supported: the right-hand side must name a class. Name the class directly, or test a tag field instead.`,
  iterableSpread: (fn: string, type: string) =>
    `Spread of '${type}' in traced function '${fn}' is not supported: it runs the iterator protocol. Pass the elements explicitly, copy with an index loop, or move the code into a function marked @jit.opaque.`,
  objectSpread: (fn: string) =>
    `Object spread in traced function '${fn}' is not supported: the result's fields depend on the run-time object. Copy the fields by name, or move the code into a function marked @jit.opaque.`,
  destructuring: (fn: string, why: string) =>
    `Destructuring in traced function '${fn}' is not supported here (${why}). Read the fields or elements one by one.`,
  iterableForOf: (fn: string, type: string) =>
    `'for...of' over '${type}' in traced function '${fn}' is not supported: only arrays, typed arrays and strings are iterated without the iterator protocol. Iterate an array (or an index range) instead, or move the loop into a function marked @jit.opaque.`,
} as const;

export const hintMessage = {
  noSwitch: (fn: string) =>
    `Dispatch method '${fn}' has no 'switch' over the opcode: @jit.dispatch needs one, and each 'case' becomes a handler.`,
  ambiguousSwitch: (fn: string, n: number) =>
    `Dispatch method '${fn}' has ${n} 'switch' statements at the same level: the dispatch must be the only one. Move the others into helper methods.`,
  noDriver: (fn: string) =>
    `Dispatch method '${fn}' belongs to no JitDriver: put 'driver.mergePoint({...})' at the top of its dispatch loop, in '${fn}' or in the function that calls it in a loop.`,
  driverOptions: (what: string) =>
    `The JitDriver's '${what}' must be written as an array literal of string literals (for example ['pc', 'code']), so the transformer can read it.`,
  driverName: () => `The JitDriver's 'name' must be a string literal, so the transformer can read it.`,
  driverNotObject: () =>
    `The JitDriver's options must be an object literal written at the 'new JitDriver({...})' call, so the transformer can read greens and reds.`,
  unknownDriver: (what: string) =>
    `'${what}' is called on a JitDriver the transformer cannot identify: call it on a variable or field initialized with 'new JitDriver({...})'.`,
  liveVariables: (call: string, detail: string) =>
    `The variables passed to '${call}' do not match the JitDriver's greens and reds: ${detail}.`,
  misplacedHint: (hint: string, where: string) => `'${hint}' ${where}.`,
} as const;

export const noteMessage = {
  opaqueLibrary: (fn: string, name: string) =>
    `Library function '${name}' called in traced function '${fn}' has no known effect and stays an opaque call. Wrap the call in a function marked @jit.pure if it has no side effects, to let the optimizer fold it.`,
} as const;
