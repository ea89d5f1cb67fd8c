/**
 * Lua 5.1's pattern matcher (lstrlib.c's match machinery), on byte strings as char codes.
 *
 * Owns: character classes (C locale, ASCII only: bytes >= 128 belong to no class), sets, the
 * quantifiers `* + - ?`, the `$` anchor, captures (position captures `()` included),
 * back-references `%1`-`%9`, `%b` and `%f`, and the capture values the string functions return.
 * The `^` anchor is the caller's business, as in lstrlib (gmatch treats it as a literal).
 *
 * Invariants:
 *  - Positions are 0-based indices into `src`; a match result is the end index, or -1 (C's NULL).
 *  - The pattern is cut at its first NUL byte (`patternText`): lstrlib reads patterns as C
 *    strings, so a NUL ends the pattern, and every "end of pattern" test is `p >= pat.length`.
 *  - Reading the subject at `srcEnd` yields 0, as the terminating NUL of a Lua string does in C
 *    (`%f[%z]` matches at the end, `%b` fails there).
 *  - No allocation while matching: captures live in two preallocated Int32Arrays, and the
 *    string functions reuse MatchStates through a small free list (one owner at a time).
 *  - Recursion depth is bounded: lstrlib 5.1 recurses on the C stack without a limit; here, as
 *    in Lua 5.2's lstrlib (MAXCCALLS), a match nesting deeper than MAX_MATCH_DEPTH raises
 *    "pattern too complex", and so does a JavaScript stack overflow while matching (the VM may
 *    already be deep when it calls the library), so a pattern never crashes the host.
 */

import type { LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';

/** LUA_MAXCAPTURES. */
export const MAX_CAPTURES = 32;
/** Nesting bound of the recursive matcher (Lua 5.2's MAXCCALLS; see the header). */
export const MAX_MATCH_DEPTH = 200;

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

const C_ESC = 37; // '%'
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_DOLLAR = 36;
const C_DOT = 46;
const C_LBRACKET = 91;
const C_RBRACKET = 93;
const C_CARET = 94;
const C_DASH = 45;
const C_STAR = 42;
const C_PLUS = 43;
const C_QUESTION = 63;

// ctype bits, C locale.
const ALPHA = 1;
const DIGIT = 2;
const LOWER = 4;
const UPPER = 8;
const SPACE = 16;
const CNTRL = 32;
const PUNCT = 64;
const XDIGIT = 128;

/** ctype classification of each byte; bytes >= 128 are in no class. */
const CTYPE = buildCtype();

function buildCtype(): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 128; c++) {
    let bits = 0;
    if (c >= 65 && c <= 90) bits |= ALPHA | UPPER;
    if (c >= 97 && c <= 122) bits |= ALPHA | LOWER;
    if (c >= 48 && c <= 57) bits |= DIGIT | XDIGIT;
    if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) bits |= XDIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) bits |= SPACE;
    if (c < 32 || c === 127) bits |= CNTRL;
    if (c > 32 && c < 127 && (bits & (ALPHA | DIGIT)) === 0) bits |= PUNCT;
    t[c] = bits;
  }
  return t;
}

/** The state of one match: subject, pattern and captures (lstrlib's MatchState). */
export class MatchState {
  src = '';
  srcEnd = 0;
  pat = '';
  level = 0;
  depth = 0;
  readonly capInit = new Int32Array(MAX_CAPTURES);
  readonly capLen = new Int32Array(MAX_CAPTURES);

  constructor(public rt: LuaRuntime) {}

  /** Points the state at a subject and a pattern (already cut by `patternText`). */
  reset(rt: LuaRuntime, src: string, pat: string): void {
    this.rt = rt;
    this.src = src;
    this.srcEnd = src.length;
    this.pat = pat;
    this.level = 0;
    this.depth = 0;
  }
}

const pool: MatchState[] = [];

/** A MatchState from a small free list (the string functions run one match each). */
export function acquireMatchState(rt: LuaRuntime, src: string, pat: string): MatchState {
  const ms = pool.pop() ?? new MatchState(rt);
  ms.reset(rt, src, pat);
  return ms;
}

/** Returns a state to the free list; it must not be used afterwards. */
export function releaseMatchState(ms: MatchState): void {
  ms.src = '';
  ms.pat = '';
  if (pool.length < 8) pool.push(ms);
}

/** The pattern as lstrlib sees it: up to its first NUL byte. */
export function patternText(p: string): string {
  const nul = p.indexOf('\0');
  return nul < 0 ? p : p.slice(0, nul);
}

/** strpbrk(p, "^$*+?.([%-") != NULL: whether `find` needs the matcher (NUL ends the scan). */
export function hasSpecials(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    switch (p.charCodeAt(i)) {
      case 0:
        return false;
      case C_CARET:
      case C_DOLLAR:
      case C_STAR:
      case C_PLUS:
      case C_QUESTION:
      case C_DOT:
      case C_LPAREN:
      case C_LBRACKET:
      case C_ESC:
      case C_DASH:
        return true;
    }
  }
  return false;
}

/** Matches `pat` from index p against the subject from index s: the end of the match or -1. */
export function matchAt(ms: MatchState, s: number, p: number): number {
  ms.level = 0;
  ms.depth = 0;
  try {
    return match(ms, s, p);
  } catch (e) {
    if (e instanceof RangeError) return ms.rt.error('pattern too complex');
    throw e;
  }
}

/** lstrlib's match_class: `c` against the class letter `cl` (%a, %D, ...; others are literal). */
export function matchClass(c: number, cl: number): boolean {
  const lower = cl >= 65 && cl <= 90 ? cl + 32 : cl;
  let mask: number;
  switch (lower) {
    case 97: mask = ALPHA; break; // a
    case 99: mask = CNTRL; break; // c
    case 100: mask = DIGIT; break; // d
    case 108: mask = LOWER; break; // l
    case 112: mask = PUNCT; break; // p
    case 115: mask = SPACE; break; // s
    case 117: mask = UPPER; break; // u
    case 119: mask = ALPHA | DIGIT; break; // w
    case 120: mask = XDIGIT; break; // x
    case 122: return (c === 0) === (lower === cl); // z
    default: return cl === c;
  }
  const res = c < 256 && (CTYPE[c] & mask) !== 0;
  return lower === cl ? res : !res;
}

/** A set `[...]`: p at its '[', ec at its closing ']'. */
function matchBracketClass(pat: string, c: number, p: number, ec: number): boolean {
  let sig = true;
  if (pat.charCodeAt(p + 1) === C_CARET) {
    sig = false;
    p++;
  }
  while (++p < ec) {
    const pc = pat.charCodeAt(p);
    if (pc === C_ESC) {
      p++;
      if (matchClass(c, pat.charCodeAt(p))) return sig;
    } else if (pat.charCodeAt(p + 1) === C_DASH && p + 2 < ec) {
      p += 2;
      if (pc <= c && c <= pat.charCodeAt(p)) return sig;
    } else if (pc === c) {
      return sig;
    }
  }
  return !sig;
}

/** One pattern item (p up to ep) against the char code c. */
function singleMatch(pat: string, c: number, p: number, ep: number): boolean {
  const pc = pat.charCodeAt(p);
  switch (pc) {
    case C_DOT:
      return true;
    case C_ESC:
      return matchClass(c, pat.charCodeAt(p + 1));
    case C_LBRACKET:
      return matchBracketClass(pat, c, p, ep - 1);
    default:
      return pc === c;
  }
}

/** The index just past the single-char class starting at p (lstrlib's classEnd). */
function classEnd(ms: MatchState, p: number): number {
  const pat = ms.pat;
  const pe = pat.length;
  const c = pat.charCodeAt(p++);
  if (c === C_ESC) {
    if (p >= pe) ms.rt.error("malformed pattern (ends with '%')");
    return p + 1;
  }
  if (c === C_LBRACKET) {
    if (p < pe && pat.charCodeAt(p) === C_CARET) p++;
    do {
      if (p >= pe) ms.rt.error("malformed pattern (missing ']')");
      if (pat.charCodeAt(p++) === C_ESC && p < pe) p++;
    } while (p >= pe || pat.charCodeAt(p) !== C_RBRACKET);
    return p + 1;
  }
  return p;
}

function match(ms: MatchState, s: number, p: number): number {
  if (++ms.depth > MAX_MATCH_DEPTH) ms.rt.error('pattern too complex');
  const r = doMatch(ms, s, p);
  ms.depth--;
  return r;
}

function doMatch(ms: MatchState, s: number, p: number): number {
  const pat = ms.pat;
  const pe = pat.length;
  const src = ms.src;
  const se = ms.srcEnd;
  for (;;) {
    if (p >= pe) return s; // end of pattern: match succeeded
    switch (pat.charCodeAt(p)) {
      case C_LPAREN:
        if (pat.charCodeAt(p + 1) === C_RPAREN) return startCapture(ms, s, p + 2, CAP_POSITION);
        return startCapture(ms, s, p + 1, CAP_UNFINISHED);
      case C_RPAREN:
        return endCapture(ms, s, p + 1);
      case C_DOLLAR:
        if (p + 1 === pe) return s === se ? s : -1;
        break;
      case C_ESC: {
        const nc = pat.charCodeAt(p + 1);
        if (nc === 98) {
          // %bxy
          s = matchBalance(ms, s, p + 2);
          if (s === -1) return -1;
          p += 4;
          continue;
        }
        if (nc === 102) {
          // %f[set]
          p += 2;
          if (p >= pe || pat.charCodeAt(p) !== C_LBRACKET) ms.rt.error("missing '[' after '%f' in pattern");
          const ep = classEnd(ms, p);
          const prev = s === 0 ? 0 : src.charCodeAt(s - 1);
          const cur = s < se ? src.charCodeAt(s) : 0;
          if (matchBracketClass(pat, prev, p, ep - 1) || !matchBracketClass(pat, cur, p, ep - 1)) return -1;
          p = ep;
          continue;
        }
        if (nc >= 48 && nc <= 57) {
          // back-reference %0-%9
          s = matchCapture(ms, s, nc);
          if (s === -1) return -1;
          p += 2;
          continue;
        }
        break;
      }
    }
    // A single-char class, maybe followed by a quantifier.
    const ep = classEnd(ms, p);
    const m = s < se && singleMatch(pat, src.charCodeAt(s), p, ep);
    switch (ep < pe ? pat.charCodeAt(ep) : 0) {
      case C_QUESTION: {
        if (m) {
          const r = match(ms, s + 1, ep + 1);
          if (r !== -1) return r;
        }
        p = ep + 1;
        continue;
      }
      case C_STAR:
        return maxExpand(ms, s, p, ep);
      case C_PLUS:
        return m ? maxExpand(ms, s + 1, p, ep) : -1;
      case C_DASH:
        return minExpand(ms, s, p, ep);
      default:
        if (!m) return -1;
        s++;
        p = ep;
    }
  }
}

function maxExpand(ms: MatchState, s: number, p: number, ep: number): number {
  const src = ms.src;
  const se = ms.srcEnd;
  const pat = ms.pat;
  let i = 0;
  while (s + i < se && singleMatch(pat, src.charCodeAt(s + i), p, ep)) i++;
  // Try the rest of the pattern with the longest run first.
  while (i >= 0) {
    const r = match(ms, s + i, ep + 1);
    if (r !== -1) return r;
    i--;
  }
  return -1;
}

function minExpand(ms: MatchState, s: number, p: number, ep: number): number {
  const src = ms.src;
  const se = ms.srcEnd;
  const pat = ms.pat;
  for (;;) {
    const r = match(ms, s, ep + 1);
    if (r !== -1) return r;
    if (s < se && singleMatch(pat, src.charCodeAt(s), p, ep)) s++;
    else return -1;
  }
}

function matchBalance(ms: MatchState, s: number, p: number): number {
  const pat = ms.pat;
  if (p + 1 >= pat.length) ms.rt.error('unbalanced pattern');
  const src = ms.src;
  const se = ms.srcEnd;
  const b = pat.charCodeAt(p);
  if (s >= se || src.charCodeAt(s) !== b) return -1;
  const e = pat.charCodeAt(p + 1);
  let cont = 1;
  while (++s < se) {
    const c = src.charCodeAt(s);
    if (c === e) {
      if (--cont === 0) return s + 1;
    } else if (c === b) {
      cont++;
    }
  }
  return -1; // the string ends out of balance
}

function startCapture(ms: MatchState, s: number, p: number, what: number): number {
  const level = ms.level;
  if (level >= MAX_CAPTURES) ms.rt.error('too many captures');
  ms.capInit[level] = s;
  ms.capLen[level] = what;
  ms.level = level + 1;
  const r = match(ms, s, p);
  if (r === -1) ms.level--; // undo the capture
  return r;
}

function endCapture(ms: MatchState, s: number, p: number): number {
  const l = captureToClose(ms);
  ms.capLen[l] = s - ms.capInit[l];
  const r = match(ms, s, p);
  if (r === -1) ms.capLen[l] = CAP_UNFINISHED; // undo the close
  return r;
}

function captureToClose(ms: MatchState): number {
  for (let level = ms.level - 1; level >= 0; level--) {
    if (ms.capLen[level] === CAP_UNFINISHED) return level;
  }
  return ms.rt.error('invalid pattern capture');
}

/** The capture index of the digit `l` ('1'..'9'), checked as lstrlib's check_capture. */
function checkCapture(ms: MatchState, l: number): number {
  l -= 49; // '1'
  if (l < 0 || l >= ms.level || ms.capLen[l] === CAP_UNFINISHED) ms.rt.error('invalid capture index');
  return l;
}

function matchCapture(ms: MatchState, s: number, digit: number): number {
  const l = checkCapture(ms, digit);
  const len = ms.capLen[l];
  // A position capture's length is (size_t)-2 in C: it never fits.
  if (len < 0 || ms.srcEnd - s < len) return -1;
  const src = ms.src;
  const init = ms.capInit[l];
  for (let k = 0; k < len; k++) {
    if (src.charCodeAt(init + k) !== src.charCodeAt(s + k)) return -1;
  }
  return s + len;
}

/**
 * Capture i of the last match (lstrlib's push_onecapture): its text, or its 1-based position
 * for a position capture; capture 0 of a pattern without captures is the whole match s..e.
 */
export function getCapture(ms: MatchState, i: number, s: number, e: number): LuaValue {
  if (i >= ms.level) {
    if (i === 0) return ms.src.slice(s, e);
    return ms.rt.error('invalid capture index');
  }
  const l = ms.capLen[i];
  if (l === CAP_UNFINISHED) ms.rt.error('unfinished capture');
  const init = ms.capInit[i];
  if (l === CAP_POSITION) return init + 1;
  return ms.src.slice(init, init + l);
}

/**
 * Appends the captures of the last match to `out` (lstrlib's push_captures): all captures, or
 * the whole match s..e when the pattern has none and `whole` is set (find passes false).
 */
export function pushCaptures(ms: MatchState, s: number, e: number, whole: boolean, out: LuaValue[]): LuaValue[] {
  const n = ms.level === 0 && whole ? 1 : ms.level;
  for (let i = 0; i < n; i++) out.push(getCapture(ms, i, s, e));
  return out;
}
