/**
 * Inputs for the Lua VM's robustness tests, all drawn from a seeded PRNG so that a failure
 * names the seed and the input and replays exactly:
 *
 * - `Rng`: mulberry32, a small 32-bit PRNG (deterministic across platforms).
 * - `randomBytes` / `tokenSoup`: random byte strings, and random sequences of Lua tokens
 *   (keywords, operators, names, numerals, strings, brackets, comments).
 * - `luaTokens`: a forgiving tokenizer that splits Lua source into spans (tokens with the
 *   whitespace and comments before them), so that mutations act on tokens and the budget
 *   instrumentation can find `do`, `repeat` and function bodies. Spans concatenate back to
 *   the source exactly, whatever the source (an unterminated string runs to the end).
 * - `mutate`: deletes, duplicates, swaps or inserts tokens or bytes, or truncates.
 * - `withBudget`: inserts `<tick>();` at the start of every loop body and function body, so
 *   that a native `tick` counting calls can stop any program: every loop iteration and every
 *   call (a tail call included) runs one tick, and once the budget is spent every tick throws,
 *   so no loop or recursion can go on; pcall cannot hide it, as the tick that throws is outside
 *   any pcall that the loop's own body calls.
 */

/** mulberry32: a 32-bit state, full period, good enough for test inputs. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in 0..n-1 (n >= 1). */
  below(n: number): number {
    return this.u32() % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  chance(p: number): boolean {
    return this.u32() / 0x100000000 < p;
  }
}

/** A random byte string (one char per byte), biased towards ASCII so that it reaches past the lexer. */
export function randomBytes(rng: Rng, maxLength: number): string {
  const n = rng.below(maxLength + 1);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.below(10);
    const b = r < 6 ? 0x20 + rng.below(0x5f) : r < 8 ? rng.pick([9, 10, 13, 0x22, 0x27, 0x5b, 0x5d, 0x2d, 0x3d]) : rng.below(256);
    s += String.fromCharCode(b);
  }
  return s;
}

const KEYWORDS = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
];
const OPERATORS = [
  '+', '-', '*', '/', '%', '^', '#', '==', '~=', '<=', '>=', '<', '>', '=', '(', ')', '{', '}',
  '[', ']', ';', ':', ',', '.', '..', '...',
];
const NAMES = ['x', 'y', 'f', 't', 'self', 'print', 'pcall', 'error', 'string', 'tostring', '_G', 'a1', 'setmetatable'];
const NUMERALS = ['0', '1', '42', '3.5', '1e10', '0x1F', '.5', '1e', '0x', '2^53', '1e308', '9'.repeat(400)];
const STRINGS = ['"s"', "'q'", '"\\n\\065\\255"', '[[long]]', '[==[x]]==]', '"unfinished', '"\\999"', '[=[', '"a\\\nb"'];
const COMMENTS = ['--c\n', '--[[block]]', '--[==[ ]==]', '--[['];
const SPACES = [' ', ' ', ' ', '\n', '\t', '\r\n'];

/** A random sequence of Lua tokens and bits of tokens, separated by whitespace. */
export function tokenSoup(rng: Rng, maxTokens: number): string {
  const n = rng.below(maxTokens + 1);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.below(20);
    const pool = r < 6 ? KEYWORDS : r < 12 ? OPERATORS : r < 15 ? NAMES : r < 17 ? NUMERALS : r < 19 ? STRINGS : COMMENTS;
    parts.push(rng.pick(pool), rng.pick(SPACES));
  }
  return parts.join('');
}

/** A token of the source: `text` (the token itself) at `start`, after `lead` (whitespace and comments). */
export interface Span {
  readonly lead: string;
  readonly text: string;
  readonly start: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const THREE = ['...'];
const TWO = ['..', '==', '~=', '<=', '>='];

/** The level of a long bracket opening at i (`[[` is 0, `[==[` is 2), or -1. */
function longBracketLevel(s: string, i: number): number {
  if (s[i] !== '[') return -1;
  let j = i + 1;
  while (s[j] === '=') j++;
  return s[j] === '[' ? j - i - 1 : -1;
}

/** The end of a long bracket of `level` whose opening starts at i (the source's end when unclosed). */
function longBracketEnd(s: string, i: number, level: number): number {
  const close = ']' + '='.repeat(level) + ']';
  const at = s.indexOf(close, i + level + 2);
  return at < 0 ? s.length : at + close.length;
}

/** The end of the whitespace and comments starting at i. */
function skipLead(s: string, i: number): number {
  for (;;) {
    while (i < s.length && /[ \t\r\n\v\f]/.test(s[i]!)) i++;
    if (s.startsWith('--', i)) {
      const level = longBracketLevel(s, i + 2);
      if (level >= 0) i = longBracketEnd(s, i + 2, level);
      else {
        const nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length : nl;
      }
      continue;
    }
    return i;
  }
}

/** The end of the token starting at i (i < s.length, not whitespace nor a comment). */
function tokenEnd(s: string, i: number): number {
  const c = s[i]!;
  if (NAME_START.test(c)) {
    let j = i + 1;
    while (j < s.length && NAME_PART.test(s[j]!)) j++;
    return j;
  }
  if (DIGIT.test(c) || (c === '.' && DIGIT.test(s[i + 1] ?? ''))) {
    // llex.c's read_numeral: digits and dots, an exponent with its sign, then any name chars.
    let j = i;
    while (j < s.length && /[0-9.]/.test(s[j]!)) j++;
    if (/[eE]/.test(s[j] ?? '') && /[+-]/.test(s[j + 1] ?? '')) j += 2;
    while (j < s.length && NAME_PART.test(s[j]!)) j++;
    return j;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < s.length && s[j] !== c && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, s.length);
  }
  const level = longBracketLevel(s, i);
  if (level >= 0) return longBracketEnd(s, i, level);
  for (const op of THREE) if (s.startsWith(op, i)) return i + 3;
  for (const op of TWO) if (s.startsWith(op, i)) return i + 2;
  return i + 1;
}

/** Splits source into spans; the trailing whitespace and comments form a last span with empty text. */
export function luaTokens(s: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < s.length) {
    const start = skipLead(s, i);
    if (start >= s.length) {
      spans.push({ lead: s.slice(i), text: '', start });
      break;
    }
    const end = tokenEnd(s, start);
    spans.push({ lead: s.slice(i, start), text: s.slice(start, end), start });
    i = end;
  }
  return spans;
}

function join(spans: readonly Span[]): string {
  let s = '';
  for (const sp of spans) s += sp.lead + sp.text;
  return s;
}

/** One mutation of `source`: which kind (for the failure report) and the result. */
export interface Mutation {
  readonly kind: string;
  readonly source: string;
}

const MUTATIONS = [
  'delete token', 'duplicate token', 'swap tokens', 'insert token', 'insert soup',
  'delete byte', 'duplicate byte', 'insert byte', 'replace byte', 'truncate',
] as const;

/** Applies one random mutation to `source`. */
export function mutate(rng: Rng, source: string): Mutation {
  const kind = rng.pick(MUTATIONS);
  const spans = luaTokens(source).filter((sp) => sp.text !== '');
  const n = source.length;
  const at = rng.below(n + 1);
  const anySpan = (): number => rng.below(Math.max(spans.length, 1));
  const byte = (): string => String.fromCharCode(rng.chance(0.7) ? 0x20 + rng.below(0x5f) : rng.below(256));
  const withSpans = (edit: (s: Span[]) => void): string => {
    if (spans.length === 0) return source;
    const copy = spans.slice();
    edit(copy);
    return join(copy);
  };
  let out: string;
  switch (kind) {
    case 'delete token':
      out = withSpans((s) => s.splice(anySpan(), 1));
      break;
    case 'duplicate token':
      out = withSpans((s) => {
        const i = anySpan();
        s.splice(i, 0, { lead: ' ', text: s[i]!.text, start: -1 });
      });
      break;
    case 'swap tokens':
      out = withSpans((s) => {
        const i = anySpan();
        const j = rng.chance(0.5) ? Math.min(i + 1, s.length - 1) : anySpan();
        const a = s[i]!;
        const b = s[j]!;
        s[i] = { lead: a.lead, text: b.text, start: -1 };
        s[j] = { lead: b.lead, text: a.text, start: -1 };
      });
      break;
    case 'insert token':
      out = withSpans((s) => s.splice(anySpan(), 0, { lead: ' ', text: spans[anySpan()]!.text, start: -1 }));
      break;
    case 'insert soup':
      out = withSpans((s) => s.splice(anySpan(), 0, { lead: ' ', text: tokenSoup(rng, 3), start: -1 }));
      break;
    case 'delete byte':
      out = source.slice(0, at) + source.slice(at + 1);
      break;
    case 'duplicate byte':
      out = source.slice(0, at) + source.slice(at, at + 1) + source.slice(at);
      break;
    case 'insert byte':
      out = source.slice(0, at) + byte() + source.slice(at);
      break;
    case 'replace byte':
      out = source.slice(0, at) + byte() + source.slice(at + 1);
      break;
    case 'truncate':
      out = source.slice(0, at);
      break;
  }
  return { kind, source: out };
}

/**
 * `source` with `<tick>();` at the start of every loop body (after `do` and `repeat`) and every
 * function body (after the `)` closing its parameters). The semicolon keeps a following
 * statement that opens with `(` from becoming a call of the tick's result. Meant for source
 * that compiles; if the tokenizer misreads it, the result may not compile, which the caller sees.
 */
export function withBudget(source: string, tick: string): string {
  const spans = luaTokens(source);
  let s = '';
  let inParams = false;
  for (const sp of spans) {
    s += sp.lead + sp.text;
    if (sp.text === 'function') inParams = true;
    else if (inParams && sp.text === ')') {
      inParams = false;
      s += ` ${tick}();`;
    } else if (sp.text === 'do' || sp.text === 'repeat') s += ` ${tick}();`;
  }
  return s;
}
