/**
 * The Lua 5.1 lexer: llex.c over a byte string (one JavaScript char per byte).
 *
 * It mirrors Lua's LexState so that the parser can report exactly what Lua reports:
 * - `linenumber` is the line of the reading position, i.e. where the current token (or the
 *   lookahead, once read) ends; `lastline` is its value before the current token was read.
 *   Newlines are counted as inclinenumber does: `\n`, `\r`, `\r\n` and `\n\r` are one line break.
 * - `token` / `sval` / `nval` are the current token (ls->t); `lookahead()` reads one more (used
 *   only by table constructors, as in lparser.c).
 * - Messages name the last token read as Lua's buffer holds it (txtToken): names and numbers as
 *   written, strings with their delimiters and escapes decoded, `<eof>` and symbols by name.
 * - Character classes are the C locale's: bytes >= 0x80 are neither letters nor spaces. A NUL byte
 *   matches every set in check_next (C's strchr finds the terminator), so `1\0`, `.\0` and `..\0`
 *   read as Lua 5.1 reads them.
 * - Numbers are read as read_numeral reads them and converted as luaO_str2d does with glibc's
 *   strtod: decimal, `0x` hexadecimal, and hexadecimal with a binary exponent (`0x1p4`).
 *
 * The scanner works on char codes and slices a token's text at most once.
 */

import { LuaSyntaxError } from './errors.js';
import {
  RESERVED_WORDS, TK_CONCAT, TK_DOTS, TK_EOS, TK_EQ, TK_GE, TK_LE, TK_NAME, TK_NE, TK_NUMBER,
  TK_STRING, tokenToString,
} from './token.js';

const EOZ = -1;

const DIGIT = 1;
const IDENT_START = 2; // isalpha or '_'
const IDENT = 4; // isalnum or '_'
const SPACE = 8; // isspace (newlines are handled before this class is consulted)

const CHAR_CLASS = new Uint8Array(256);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = DIGIT | IDENT;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = IDENT_START | IDENT;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = IDENT_START | IDENT;
CHAR_CLASS[95] = IDENT_START | IDENT;
for (const c of [9, 10, 11, 12, 13, 32]) CHAR_CLASS[c] = SPACE;

/** Reserved words by their first char, so that a name is sliced only when it is not one. */
const RESERVED_BY_FIRST: ({ word: string; token: number }[] | undefined)[] = [];
for (const [word, token] of RESERVED_WORDS) (RESERVED_BY_FIRST[word.charCodeAt(0)] ??= []).push({ word, token });

function charClass(c: number): number {
  return c >= 0 && c < 256 ? CHAR_CLASS[c]! : 0;
}

/** What Lua's buffer holds after the last token read, for `near` in messages. */
const enum Buffered {
  Empty,
  /** A name or reserved word: `bufText`. */
  Word,
  /** A numeral: the source between bufStart and bufEnd. */
  Numeral,
  /** A quoted string: quote `bufDelimiter`, then the decoded value `bufText`. */
  ShortString,
  /** A long string of level `bufDelimiter`, value `bufText`. */
  LongString,
}

export class Lexer {
  readonly source: string;
  readonly chunkname: string;
  private readonly length: number;
  /** Index of the current character (Lua's ls->current). */
  private pos: number;

  linenumber = 1;
  lastline = 1;

  /** The current token (ls->t): its code and, for names and strings, its text, for numbers its value. */
  token: number = TK_EOS;
  sval = '';
  nval = 0;

  /** The lookahead token (ls->lookahead); TK_EOS when none is pending. */
  private aheadToken: number = TK_EOS;
  private aheadSval = '';
  private aheadNval = 0;

  /** Semantic value of the token llex just read. */
  private readSval = '';
  private readNval = 0;

  private bufKind = Buffered.Empty;
  private bufText = '';
  private bufStart = 0;
  private bufEnd = 0;
  private bufDelimiter = 0;

  constructor(source: string, chunkname: string) {
    this.source = source;
    this.chunkname = chunkname;
    this.length = source.length;
    this.pos = 0;
  }

  /** luaX_next: make the lookahead (or the next token read) current. */
  next(): void {
    this.lastline = this.linenumber;
    if (this.aheadToken !== TK_EOS) {
      this.token = this.aheadToken;
      this.sval = this.aheadSval;
      this.nval = this.aheadNval;
      this.aheadToken = TK_EOS;
    } else {
      this.token = this.llex();
      this.sval = this.readSval;
      this.nval = this.readNval;
    }
  }

  /** luaX_lookahead: read the token after the current one; returns its code. */
  lookahead(): number {
    this.aheadToken = this.llex();
    this.aheadSval = this.readSval;
    this.aheadNval = this.readNval;
    return this.aheadToken;
  }

  /** luaX_syntaxerror: `msg` at the current line, near the current token. */
  syntaxError(msg: string): never {
    this.error(msg, this.tokenText(this.token));
  }

  /** luaX_lexerror: `msg` at the current line, near `near` (no `near` part when undefined). */
  error(msg: string, near: string | undefined): never {
    throw new LuaSyntaxError(this.chunkname, this.linenumber, msg, near);
  }

  /** txtToken: how a message names `token`; undefined for token 0 (a NUL byte), as Lua shows none. */
  tokenText(token: number): string | undefined {
    if (token === TK_NAME || token === TK_STRING || token === TK_NUMBER) return this.bufferText();
    if (token === 0) return undefined;
    return tokenToString(token);
  }

  private bufferText(): string {
    switch (this.bufKind) {
      case Buffered.Word:
        return this.bufText;
      case Buffered.Numeral:
        return this.source.slice(this.bufStart, this.bufEnd);
      case Buffered.ShortString: {
        const quote = String.fromCharCode(this.bufDelimiter);
        return quote + this.bufText + quote;
      }
      case Buffered.LongString: {
        const level = '='.repeat(this.bufDelimiter);
        return `[${level}[${this.bufText}]${level}]`;
      }
      default:
        return '';
    }
  }

  private current(): number {
    return this.pos < this.length ? this.source.charCodeAt(this.pos) : EOZ;
  }

  /** inclinenumber: skip `\n`, `\r`, `\n\r` or `\r\n` and count one line. */
  private newline(): void {
    const old = this.source.charCodeAt(this.pos);
    this.pos++;
    const c = this.current();
    if ((c === 10 || c === 13) && c !== old) this.pos++;
    this.linenumber++;
  }

  /** check_next for a one- or two-char set: a NUL byte matches too (strchr finds the terminator). */
  private checkNext(a: number, b: number): boolean {
    const c = this.current();
    if (c === a || c === b || c === 0) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** llex: read the next token; sets readSval/readNval and the buffer description. */
  private llex(): number {
    const src = this.source;
    this.bufKind = Buffered.Empty;
    for (;;) {
      if (this.pos >= this.length) return TK_EOS;
      const c = src.charCodeAt(this.pos);
      switch (c) {
        case 10:
        case 13:
          this.newline();
          continue;
        case 45: { // '-'
          this.pos++;
          if (this.current() !== 45) return 45;
          this.pos++;
          if (this.current() === 91) {
            const sep = this.skipSeparator();
            if (sep >= 0) {
              this.readLongString(sep, true);
              continue;
            }
          }
          let p = this.pos;
          while (p < this.length) {
            const d = src.charCodeAt(p);
            if (d === 10 || d === 13) break;
            p++;
          }
          this.pos = p;
          continue;
        }
        case 91: { // '['
          const start = this.pos;
          const sep = this.skipSeparator();
          if (sep >= 0) {
            this.readLongString(sep, false);
            return TK_STRING;
          }
          if (sep === -1) return 91;
          this.error('invalid long string delimiter', src.slice(start, this.pos));
        }
        // falls through (error never returns)
        case 61: // '='
          this.pos++;
          if (this.current() !== 61) return 61;
          this.pos++;
          return TK_EQ;
        case 60: // '<'
          this.pos++;
          if (this.current() !== 61) return 60;
          this.pos++;
          return TK_LE;
        case 62: // '>'
          this.pos++;
          if (this.current() !== 61) return 62;
          this.pos++;
          return TK_GE;
        case 126: // '~'
          this.pos++;
          if (this.current() !== 61) return 126;
          this.pos++;
          return TK_NE;
        case 34: // '"'
        case 39: // '\''
          this.readString(c);
          return TK_STRING;
        case 46: { // '.'
          const start = this.pos;
          this.pos++;
          if (this.checkNext(46, 46)) {
            return this.checkNext(46, 46) ? TK_DOTS : TK_CONCAT;
          }
          if ((charClass(this.current()) & DIGIT) === 0) return 46;
          this.readNumeral(start);
          return TK_NUMBER;
        }
        default: {
          const cls = charClass(c);
          if ((cls & SPACE) !== 0) {
            this.pos++;
            continue;
          }
          if ((cls & DIGIT) !== 0) {
            this.readNumeral(this.pos);
            return TK_NUMBER;
          }
          if ((cls & IDENT_START) !== 0) return this.readName();
          this.pos++;
          return c;
        }
      }
    }
  }

  private readName(): number {
    const src = this.source;
    const start = this.pos;
    let p = start + 1;
    while (p < this.length && (charClass(src.charCodeAt(p)) & IDENT) !== 0) p++;
    this.pos = p;
    this.bufKind = Buffered.Word;
    const candidates = RESERVED_BY_FIRST[src.charCodeAt(start)];
    if (candidates !== undefined) {
      for (let i = 0; i < candidates.length; i++) {
        const { word, token } = candidates[i]!;
        if (word.length === p - start && src.startsWith(word, start)) {
          this.bufText = word;
          return token;
        }
      }
    }
    const name = src.slice(start, p);
    this.bufText = name;
    this.readSval = name;
    return TK_NAME;
  }

  /**
   * skip_sep: at '[' or ']', skip it and the '='s after it; the level when the same bracket
   * follows (left current), else -(level) - 1.
   */
  private skipSeparator(): number {
    const s = this.source.charCodeAt(this.pos);
    this.pos++;
    let count = 0;
    while (this.current() === 61) {
      this.pos++;
      count++;
    }
    return this.current() === s ? count : -count - 1;
  }

  /** read_long_string, at the second '[' of an opening bracket of level `sep`. */
  private readLongString(sep: number, isComment: boolean): void {
    const src = this.source;
    this.pos++; // the second '['
    let c = this.current();
    if (c === 10 || c === 13) this.newline();
    let value = '';
    let segment = this.pos;
    for (;;) {
      c = this.current();
      switch (c) {
        case EOZ:
          this.error(isComment ? 'unfinished long comment' : 'unfinished long string', tokenToString(TK_EOS));
        // falls through (error never returns)
        case 91: // '['
          if (this.skipSeparator() === sep) {
            this.pos++;
            if (sep === 0) this.error('nesting of [[...]] is deprecated', '[');
          }
          break;
        case 93: { // ']'
          const close = this.pos;
          if (this.skipSeparator() === sep) {
            this.pos++;
            if (!isComment) {
              this.readSval = value + src.slice(segment, close);
              this.bufKind = Buffered.LongString;
              this.bufText = this.readSval;
              this.bufDelimiter = sep;
            }
            return;
          }
          break;
        }
        case 10:
        case 13:
          if (!isComment) value += src.slice(segment, this.pos) + '\n';
          this.newline();
          segment = this.pos;
          break;
        default:
          this.pos++;
      }
    }
  }

  /** read_string: a string between `quote`s, escapes decoded. */
  private readString(quote: number): void {
    const src = this.source;
    this.pos++;
    let value = '';
    let segment = this.pos;
    for (;;) {
      const c = this.current();
      if (c === quote) break;
      switch (c) {
        case EOZ:
          this.error('unfinished string', tokenToString(TK_EOS));
        // falls through (error never returns)
        case 10:
        case 13:
          this.error('unfinished string', String.fromCharCode(quote) + value + src.slice(segment, this.pos));
        // falls through (error never returns)
        case 92: { // '\\'
          value += src.slice(segment, this.pos);
          this.pos++;
          const e = this.current();
          switch (e) {
            case 97: value += '\x07'; this.pos++; break; // \a
            case 98: value += '\b'; this.pos++; break;
            case 102: value += '\f'; this.pos++; break;
            case 110: value += '\n'; this.pos++; break;
            case 114: value += '\r'; this.pos++; break;
            case 116: value += '\t'; this.pos++; break;
            case 118: value += '\v'; this.pos++; break;
            case 10:
            case 13:
              value += '\n';
              this.newline();
              break;
            case EOZ:
              break; // "unfinished string" on the next round
            default:
              if ((charClass(e) & DIGIT) === 0) {
                value += src[this.pos]; // \\, \", \' and any other char stand for themselves
                this.pos++;
              } else {
                let code = 0;
                let i = 0;
                do {
                  code = 10 * code + (this.current() - 48);
                  this.pos++;
                } while (++i < 3 && (charClass(this.current()) & DIGIT) !== 0);
                if (code > 255) this.error('escape sequence too large', String.fromCharCode(quote) + value);
                value += String.fromCharCode(code);
              }
          }
          segment = this.pos;
          break;
        }
        default:
          this.pos++;
      }
    }
    value += src.slice(segment, this.pos);
    this.pos++; // the closing quote
    this.readSval = value;
    this.bufKind = Buffered.ShortString;
    this.bufText = value;
    this.bufDelimiter = quote;
  }

  /** read_numeral from `start` (a digit, or the '.' before one); the value as luaO_str2d gives it. */
  private readNumeral(start: number): void {
    const src = this.source;
    let p = this.pos;
    for (;;) {
      const c = p < this.length ? src.charCodeAt(p) : EOZ;
      if (c !== 46 && (charClass(c) & DIGIT) === 0) break;
      p++;
    }
    this.pos = p;
    if (this.checkNext(69, 101)) this.checkNext(43, 45); // [Ee] then an optional sign
    p = this.pos;
    while (p < this.length && (charClass(src.charCodeAt(p)) & IDENT) !== 0) p++;
    this.pos = p;
    this.bufKind = Buffered.Numeral;
    this.bufStart = start;
    this.bufEnd = p;
    const value = numeralValue(src, start, p);
    if (value === undefined) this.error('malformed number', src.slice(start, p));
    this.readNval = value;
  }
}

/**
 * luaO_str2d on the numeral source[start, end) (a C string: it ends at a NUL byte): the value
 * when strtod reads all of it, else undefined. Only what read_numeral can produce reaches here
 * (digits, dots, an exponent sign after [Ee], letters, digits and '_').
 */
export function numeralValue(source: string, start: number, end: number): number | undefined {
  // Fast path: up to 15 decimal digits are exact in a double.
  if (end - start <= 15) {
    let n = 0;
    let p = start;
    while (p < end) {
      const d = source.charCodeAt(p) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      p++;
    }
    if (p === end) return n;
  }
  let stop = start;
  while (stop < end && source.charCodeAt(stop) !== 0) stop++;
  return strtodWhole(source.slice(start, stop));
}

/** glibc strtod over all of `s` (no sign, no spaces, no inf/nan: numerals only), or undefined. */
function strtodWhole(s: string): number | undefined {
  const n = s.length;
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88)) {
    return hexFloat(s); // "0x" without digits fails: strtod reads "0" and stops at 'x'
  }
  let p = 0;
  let digits = 0;
  while (p < n && isDigit(s.charCodeAt(p))) { p++; digits++; }
  if (p < n && s.charCodeAt(p) === 46) {
    p++;
    while (p < n && isDigit(s.charCodeAt(p))) { p++; digits++; }
  }
  if (digits === 0) return undefined;
  if (p < n && (s.charCodeAt(p) | 0x20) === 101) {
    let q = p + 1;
    const sign = s.charCodeAt(q);
    if (sign === 43 || sign === 45) q++;
    if (q < n && isDigit(s.charCodeAt(q))) {
      while (q < n && isDigit(s.charCodeAt(q))) q++;
      p = q;
    }
  }
  if (p !== n) return undefined;
  return Number(s);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexDigitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * A whole "0x" numeral as strtod reads it. read_numeral leaves only letters, digits and '_'
 * after the 'x' (no fraction point, no exponent sign), so what strtod can accept here is
 * hexadecimal digits and an optional non-negative binary exponent (`0x1p4` is 16).
 */
function hexFloat(s: string): number | undefined {
  const n = s.length;
  let p = 2;
  while (p < n && hexDigitValue(s.charCodeAt(p)) >= 0) p++;
  if (p === 2) return undefined;
  // Number() of a hexadecimal integer literal rounds to nearest, ties to even, as strtod does.
  const mantissa = p - 2 <= 13 ? Number.parseInt(s.slice(2, p), 16) : Number(BigInt('0x' + s.slice(2, p)));
  if (p === n) return mantissa;
  if ((s.charCodeAt(p) | 0x20) !== 112 || p + 1 === n) return undefined;
  let exponent = 0;
  for (let q = p + 1; q < n; q++) {
    const c = s.charCodeAt(q);
    if (!isDigit(c)) return undefined;
    if (exponent < 1e6) exponent = exponent * 10 + (c - 48);
  }
  // Scaling by a power of two is exact up to overflow, which gives Infinity as strtod does.
  let value = mantissa;
  while (exponent > 0 && value !== Infinity && value !== 0) {
    const k = Math.min(exponent, 1000);
    value *= 2 ** k;
    exponent -= k;
  }
  return value;
}
