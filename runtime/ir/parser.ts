/**
 * The trace parser: reads the textual format that printer.ts writes (see its header for the
 * grammar by example) back into a `Trace`.
 *
 * Tests are written as trace text; object constants (`@Name`) are looked up in a namespace the
 * test passes. Variables may be named freely as long as the first letter gives the type
 * (`i`, `f`, `b`, `r`); `v...` names virtuals inside a snapshot. Errors name line and column.
 *
 * Invariants: a variable is defined once and before its uses; within one trace, identical parent
 * frame texts parse to one shared `FrameSnapshot` object, as the recorder shares them.
 */

import { OPS, isOpcode, hasSnapshot, type Opcode } from './optable.js';
import {
  ARRAY_KINDS,
  type ArrayKind,
  Const,
  type Descr,
  FrameSnapshot,
  Op,
  type PendingStore,
  type SnapValue,
  Trace,
  type Value,
  Virtual,
  arrayDescr,
  fieldDescr,
  newInput,
  newOp,
  targetDescr,
} from './trace.js';
import { LETTER_TYPE, type Type, type ValueType } from './types.js';

export interface ParseOptions {
  /** Object constants by name, for `@name`. */
  readonly namespace?: Readonly<Record<string, unknown>>;
}

export class TraceSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`trace:${line}:${col}: ${message}`);
    this.name = 'TraceSyntaxError';
  }
}

type TokKind = 'name' | 'num' | 'str' | 'punct' | 'eol';
interface Tok {
  kind: TokKind;
  text: string;
  line: number;
  col: number;
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const push = (kind: TokKind, text: string, start: number): void => {
    toks.push({ kind, text, line, col: start - lineStart + 1 });
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      push('eol', '\n', i);
      i++;
      line++;
      lineStart = i;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '"') {
      const start = i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') i++;
        if (src[i] === '\n') throw new TraceSyntaxError('unterminated string', line, start - lineStart + 1);
        i++;
      }
      if (i >= src.length) throw new TraceSyntaxError('unterminated string', line, start - lineStart + 1);
      i++;
      push('str', src.slice(start, i), start);
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9IN]/.test(src[i + 1] ?? '') && src[i + 1] !== '>')) {
      const start = i;
      const m = /^-?(?:Infinity|NaN|[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)/.exec(src.slice(i));
      if (!m) throw new TraceSyntaxError(`bad number`, line, start - lineStart + 1);
      i += m[0].length;
      push('num', m[0], start);
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < src.length && /[\w$]/.test(src[i]!)) i++;
      push('name', src.slice(start, i), start);
    } else if (c === '-' && src[i + 1] === '>') {
      push('punct', '->', i);
      i += 2;
    } else if ('[](),=:|{};.@'.includes(c)) {
      push('punct', c, i);
      i++;
    } else {
      throw new TraceSyntaxError(`unexpected character '${c}'`, line, i - lineStart + 1);
    }
  }
  push('eol', '\n', i);
  return toks;
}

class Parser {
  private pos = 0;
  private readonly vars = new Map<string, Op>();
  private readonly frameMemo = new Map<string, FrameSnapshot>();

  constructor(
    private readonly toks: Tok[],
    private readonly ns: Readonly<Record<string, unknown>>,
  ) {}

  private peek(): Tok {
    return this.toks[this.pos]!;
  }
  private next(): Tok {
    return this.toks[this.pos++]!;
  }
  private fail(msg: string, t: Tok = this.peek()): never {
    throw new TraceSyntaxError(msg, t.line, t.col);
  }
  private isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }
  private expect(p: string): Tok {
    const t = this.next();
    if (t.kind !== 'punct' || t.text !== p) this.fail(`expected '${p}', found '${t.text === '\n' ? 'end of line' : t.text}'`, t);
    return t;
  }
  private skipBlank(): void {
    while (this.pos < this.toks.length - 1 && this.peek().kind === 'eol') this.pos++;
  }

  parse(): Trace {
    this.skipBlank();
    const inputs: Op[] = [];
    if (this.isPunct('[')) {
      this.next();
      if (!this.isPunct(']')) {
        for (;;) {
          const t = this.next();
          if (t.kind !== 'name') this.fail('expected an input variable', t);
          const op = newInput(this.letterType(t));
          this.defineVar(t, op);
          inputs.push(op);
          if (this.isPunct(']')) break;
          this.expect(',');
        }
      }
      this.expect(']');
      this.endLine();
    }
    const ops: Op[] = [];
    for (this.skipBlank(); this.pos < this.toks.length - 1; this.skipBlank()) ops.push(this.parseOp());
    return new Trace(inputs, ops);
  }

  private endLine(): void {
    const t = this.next();
    if (t.kind !== 'eol') this.fail(`expected end of line, found '${t.text}'`, t);
  }

  private letterType(t: Tok): ValueType {
    const ty = LETTER_TYPE[t.text[0]!];
    if (!ty) this.fail(`variable '${t.text}' must start with i, f, b or r (its type)`, t);
    return ty;
  }

  private defineVar(t: Tok, op: Op): void {
    if (this.vars.has(t.text)) this.fail(`variable '${t.text}' defined twice`, t);
    this.vars.set(t.text, op);
  }

  private parseOp(): Op {
    let resultTok: Tok | null = null;
    const first = this.peek();
    if (first.kind === 'name' && this.toks[this.pos + 1]?.text === '=') {
      resultTok = this.next();
      this.next();
    }
    const nameTok = this.next();
    if (nameTok.kind !== 'name') this.fail('expected an operation name', nameTok);
    if (!isOpcode(nameTok.text) || nameTok.text === 'input') this.fail(`unknown operation '${nameTok.text}'`, nameTok);
    const opcode: Opcode = nameTok.text;
    const spec = OPS[opcode];
    this.expect('(');
    const args: Value[] = [];
    let descr: Descr | null = null;
    if (!this.isPunct(')')) {
      for (;;) {
        if (descr) this.fail('the descriptor must be the last argument');
        const d = this.tryDescr();
        if (d) descr = d;
        else args.push(this.parseValue());
        if (this.isPunct(')')) break;
        this.expect(',');
      }
    }
    this.expect(')');
    const want = 'descr' in spec ? spec.descr : undefined;
    if (descr && descr.kind !== want) this.fail(`${opcode} takes ${want ? `a ${want} descriptor` : 'no descriptor'}`, nameTok);
    if (!descr && want && want !== 'target') this.fail(`${opcode} needs a ${want} descriptor`, nameTok);
    const min = spec.args.length;
    if (args.length < min || (!('rest' in spec) && args.length > min)) {
      this.fail(`${opcode} takes ${'rest' in spec ? 'at least ' : ''}${min} argument(s), got ${args.length}`, nameTok);
    }
    let type: Type = 'void';
    if (resultTok) {
      type = this.letterType(resultTok);
      if (spec.result === 'void') this.fail(`${opcode} has no result`, resultTok);
      if (spec.result !== 'any' && spec.result !== type) this.fail(`${opcode} gives ${spec.result}, but '${resultTok.text}' is ${type}`, resultTok);
    } else if (spec.result !== 'void' && spec.result !== 'any') {
      this.fail(`${opcode} has a result: write 'x = ${opcode}(...)'`, nameTok);
    }
    let snapshot: FrameSnapshot | null = null;
    if (this.isPunct('[')) {
      if (!hasSnapshot(opcode)) this.fail(`${opcode} takes no snapshot`);
      snapshot = this.parseSnapshot();
    }
    const op = newOp(opcode, args, type, descr, snapshot);
    if (resultTok) this.defineVar(resultTok, op);
    this.endLine();
    return op;
  }

  private tryDescr(): Descr | null {
    if (this.isPunct('.')) {
      this.next();
      const t = this.next();
      if (t.kind === 'name') return fieldDescr(t.text);
      if (t.kind === 'str') return fieldDescr(JSON.parse(t.text) as string);
      this.fail('expected a field name after "."', t);
    }
    if (this.isPunct('->')) {
      this.next();
      const t = this.next();
      const m = /^loop([0-9]+)$/.exec(t.text);
      if (!m) this.fail('expected loopN after "->"', t);
      return targetDescr(Number(m[1]));
    }
    if (this.isPunct('[')) {
      this.next();
      const kind = this.parseArrayKind();
      this.expect(']');
      return arrayDescr(kind);
    }
    return null;
  }

  private parseArrayKind(): ArrayKind {
    const t = this.next();
    if (!(ARRAY_KINDS as readonly string[]).includes(t.text)) this.fail(`unknown array kind '${t.text}' (one of ${ARRAY_KINDS.join(', ')})`, t);
    return t.text as ArrayKind;
  }

  private parseValue(virtuals?: Map<string, Virtual>): Value {
    const v = this.parseSnapValue(virtuals);
    if (v instanceof Virtual) this.fail('a virtual can only appear in a snapshot');
    return v;
  }

  private parseSnapValue(virtuals?: Map<string, Virtual>): SnapValue {
    const t = this.next();
    switch (t.kind) {
      case 'num':
        if (/^-?[0-9]+$/.test(t.text)) {
          const n = Number(t.text);
          if ((n | 0) !== n) this.fail(`integer constant ${t.text} is not a 32-bit integer`, t);
          return new Const('int', n);
        }
        return new Const('float', Number(t.text));
      case 'str':
        return new Const('ref', JSON.parse(t.text));
      case 'punct':
        if (t.text === '@') {
          const n = this.next();
          if (n.kind !== 'name') this.fail('expected a name after "@"', n);
          if (!Object.prototype.hasOwnProperty.call(this.ns, n.text)) this.fail(`unknown constant '@${n.text}' (not in the namespace)`, n);
          return new Const('ref', this.ns[n.text]);
        }
        return this.fail(`expected a value, found '${t.text}'`, t);
      case 'name': {
        switch (t.text) {
          case 'true':
            return new Const('bool', true);
          case 'false':
            return new Const('bool', false);
          case 'null':
            return new Const('ref', null);
          case 'undefined':
            return new Const('ref', undefined);
          case 'NaN':
            return new Const('float', NaN);
          case 'Infinity':
            return new Const('float', Infinity);
          case 'ref': {
            this.expect('(');
            const x = this.next();
            let value: unknown;
            if (x.kind === 'num') value = Number(x.text);
            else if (x.text === 'true' || x.text === 'false') value = x.text === 'true';
            else if (x.text === 'NaN' || x.text === 'Infinity') value = Number(x.text);
            else this.fail('ref(...) takes a number or a boolean', x);
            this.expect(')');
            return new Const('ref', value);
          }
        }
        if (virtuals && /^v[0-9]+$/.test(t.text)) {
          let v = virtuals.get(t.text);
          if (!v) {
            v = new Virtual('object', null, null); // placeholder, replaced when defined
            virtuals.set(t.text, v);
          }
          return v;
        }
        const op = this.vars.get(t.text);
        if (!op) this.fail(`undefined variable '${t.text}'`, t);
        return op;
      }
      default:
        return this.fail('expected a value', t);
    }
  }

  private parseSnapshot(): FrameSnapshot {
    this.expect('[');
    const placeholders = new Map<string, Virtual>();
    const frames: Array<{ code: number; pc: number; values: SnapValue[]; text: string }> = [];
    for (;;) {
      const start = this.pos;
      const code = this.parseInt();
      this.expect('@');
      const pc = this.parseInt();
      this.expect(':');
      const values: SnapValue[] = [];
      if (!this.isPunct('|') && !this.isPunct(']')) {
        for (;;) {
          values.push(this.parseSnapValue(placeholders));
          if (!this.isPunct(',')) break;
          this.next();
        }
      }
      const text = this.toks.slice(start, this.pos).map((t) => t.text).join(' ');
      frames.push({ code, pc, values, text });
      if (this.isPunct(']') || this.isPunct(';')) break;
      this.expect('|');
    }
    const pendingStores: PendingStore[] = [];
    if (this.isPunct(';')) {
      this.next();
      for (;;) {
        const array = this.parseValue();
        this.expect('[');
        const index = this.parseValue();
        this.expect(']');
        this.expect('=');
        pendingStores.push({ array, index, value: this.parseValue() });
        if (!this.isPunct(',')) break;
        this.next();
      }
    }
    this.expect(']');
    // Virtual definitions: parse into real Virtuals, then substitute placeholders.
    const defs = new Map<string, Virtual>();
    const pending: Array<[Virtual, SnapValue[] | Array<[ReturnType<typeof fieldDescr>, SnapValue]>]> = [];
    if (this.isPunct('{')) {
      this.next();
      for (;;) {
        const nameTok = this.next();
        if (!/^v[0-9]+$/.test(nameTok.text)) this.fail('expected a virtual name vN', nameTok);
        this.expect(':');
        let v: Virtual;
        if (this.isPunct('[')) {
          this.next();
          v = new Virtual('array', null, arrayDescr(this.parseArrayKind()));
          this.expect(']');
          const items: SnapValue[] = [];
          if (!this.isPunct(';') && !this.isPunct('}')) {
            for (;;) {
              items.push(this.parseSnapValue(placeholders));
              if (!this.isPunct(',')) break;
              this.next();
            }
          }
          pending.push([v, items]);
        } else {
          const cls = this.parseValue();
          if (!(cls instanceof Const) || cls.type !== 'ref') this.fail('a virtual object needs a class constant (@Name)', nameTok);
          v = new Virtual('object', cls, null);
          const fields: Array<[ReturnType<typeof fieldDescr>, SnapValue]> = [];
          while (this.isPunct('.')) {
            const d = this.tryDescr();
            if (!d || d.kind !== 'field') this.fail('expected .field=value');
            this.expect('=');
            fields.push([d, this.parseSnapValue(placeholders)]);
          }
          pending.push([v, fields]);
        }
        if (defs.has(nameTok.text)) this.fail(`virtual '${nameTok.text}' defined twice`, nameTok);
        defs.set(nameTok.text, v);
        if (this.isPunct('}')) break;
        this.expect(';');
      }
      this.expect('}');
    }
    const subst = new Map<Virtual, Virtual>();
    for (const [name, ph] of placeholders) {
      const real = defs.get(name);
      if (!real) this.fail(`virtual '${name}' is used but not defined in {...}`);
      subst.set(ph, real);
    }
    const fix = (x: SnapValue): SnapValue => (x instanceof Virtual ? subst.get(x) ?? x : x);
    for (const [v, content] of pending) {
      if (v.kind === 'array') for (const it of content as SnapValue[]) v.items.push(fix(it));
      else for (const [d, x] of content as Array<[ReturnType<typeof fieldDescr>, SnapValue]>) v.fields.push([d, fix(x)]);
    }
    // Build the chain outermost first, sharing identical parent frames.
    let parent: FrameSnapshot | null = null;
    let key = '';
    for (let k = frames.length - 1; k >= 0; k--) {
      const f = frames[k]!;
      key = `${key}|${f.text}`;
      const hasVirtual = f.values.some((x) => x instanceof Virtual);
      const memo = k > 0 && !hasVirtual ? this.frameMemo.get(key) : undefined;
      if (memo) {
        parent = memo;
        continue;
      }
      parent = new FrameSnapshot(f.code, f.pc, f.values.map(fix), parent, k === 0 ? pendingStores : undefined);
      if (k > 0 && !hasVirtual) this.frameMemo.set(key, parent);
    }
    return parent!;
  }

  private parseInt(): number {
    const t = this.next();
    if (t.kind !== 'num' || !/^-?[0-9]+$/.test(t.text)) this.fail('expected an integer', t);
    return Number(t.text);
  }
}

export function parseTrace(text: string, opts: ParseOptions = {}): Trace {
  return new Parser(tokenize(text), opts.namespace ?? {}).parse();
}
