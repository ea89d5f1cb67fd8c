/**
 * The jitcode parser: reads the textual form of printer.ts back into a `JitcodeTable`.
 *
 * The text is one or more jitcodes, each a header line and its instruction lines; `#` starts a
 * comment, blank lines are ignored. Jitcodes are numbered in order of appearance, and an
 * `inline_call` may name a jitcode defined later. An instruction line may start with a label,
 * `N:`: the printer writes the instruction's position there, and hand-written text may use any
 * distinct non-negative numbers (targets `-> N` name labels, and the assembler places them), so
 * tests need not count operand slots. Object constants `@Name` come from the namespace.
 *
 * Invariants: every parsed jitcode passes `verifyJitcode` (the parser runs it); parsing the
 * printer's output gives back the same code arrays and pools.
 */

import { OPS, type OpSpec } from '../ir/optable.js';
import { Const, arrayDescr, fieldDescr, type ArrayKind, ARRAY_KINDS } from '../ir/trace.js';
import { LETTER_TYPE, type ValueType, assertNever } from '../ir/types.js';
import { JitcodeAssembler } from './assembler.js';
import { JitcodeTable } from './format.js';
import { EFFECTS, type Effect, isControlOp, isJitOpName } from './opcodes.js';
import { verifyJitcode } from './verify.js';

export interface JitcodeParseOptions {
  /** Values of `@Name` constants. */
  readonly namespace?: Readonly<Record<string, unknown>>;
}

export class JitcodeSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'JitcodeSyntaxError';
  }
}

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(->)|([(){},:=])|(\.(?:[A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*"))|(\[\w+\])|(@[A-Za-z_$][\w$]*)|(-?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|Infinity)|NaN)|([A-Za-z_$][\w$]*))/y;
const REG = /^([ifbr])(\d+)$/;
const INT = /^-?\d+$/;

class Line {
  private readonly toks: string[] = [];
  private k = 0;

  constructor(
    text: string,
    readonly no: number,
  ) {
    TOKEN.lastIndex = 0;
    let pos = 0;
    while (pos < text.length) {
      if (/^\s*$/.test(text.slice(pos))) break;
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(text);
      if (!m) throw new JitcodeSyntaxError(`cannot read "${text.slice(pos).trim()}"`, no);
      this.toks.push(m.slice(1).find((g) => g !== undefined)!);
      pos = TOKEN.lastIndex;
    }
  }

  get done(): boolean {
    return this.k >= this.toks.length;
  }
  peek(n = 0): string | undefined {
    return this.toks[this.k + n];
  }
  next(): string {
    const t = this.toks[this.k++];
    if (t === undefined) throw this.error('unexpected end of line');
    return t;
  }
  expect(t: string): void {
    const got = this.next();
    if (got !== t) throw this.error(`expected '${t}', got '${got}'`);
  }
  accept(t: string): boolean {
    if (this.peek() !== t) return false;
    this.k++;
    return true;
  }
  int(): number {
    const t = this.next();
    if (!INT.test(t)) throw this.error(`expected an integer, got '${t}'`);
    return Number(t);
  }
  error(message: string): JitcodeSyntaxError {
    return new JitcodeSyntaxError(message, this.no);
  }
}

interface Block {
  readonly header: Line;
  readonly body: Line[];
}

export function parseJitcodes(text: string, opts: JitcodeParseOptions = {}): JitcodeTable {
  const blocks: Block[] = [];
  text.split('\n').forEach((raw, k) => {
    const noComment = stripComment(raw);
    if (noComment.trim() === '') return;
    const line = new Line(noComment, k + 1);
    if (line.peek() === 'jitcode') blocks.push({ header: line, body: [] });
    else if (blocks.length === 0) throw line.error('instruction before the first jitcode header');
    else blocks[blocks.length - 1]!.body.push(line);
  });
  const numbers = new Map<string, number>();
  blocks.forEach((b, n) => {
    const name = b.header.peek(1);
    if (name === undefined) throw b.header.error('jitcode without a name');
    if (numbers.has(name)) throw b.header.error(`jitcode ${name} defined twice`);
    numbers.set(name, n);
  });
  const table = new JitcodeTable();
  blocks.forEach((b, n) => table.add(new BlockParser(b, n, numbers, opts.namespace ?? {}).parse()));
  for (const j of table.codes) verifyJitcode(j, table);
  return table;
}

/** Parse text holding exactly one jitcode (which may not call others). */
export function parseJitcode(text: string, opts: JitcodeParseOptions = {}) {
  const t = parseJitcodes(text, opts);
  if (t.codes.length !== 1) throw new Error(`expected one jitcode, got ${t.codes.length}`);
  return t.codes[0]!;
}

function stripComment(s: string): string {
  let inString = false;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#') return s.slice(0, k);
  }
  return s;
}

class BlockParser {
  private kinds: ValueType[] = [];
  private asm!: JitcodeAssembler;
  private readonly labels = new Map<number, number>();
  private line!: Line;

  constructor(
    private readonly block: Block,
    private readonly number: number,
    private readonly numbers: ReadonlyMap<string, number>,
    private readonly ns: Readonly<Record<string, unknown>>,
  ) {}

  parse() {
    const h = (this.line = this.block.header);
    h.expect('jitcode');
    const name = h.next();
    h.expect('(');
    const argTokens: string[] = [];
    if (!h.accept(')')) {
      do argTokens.push(h.next());
      while (h.accept(','));
      h.expect(')');
    }
    h.expect('regs');
    h.expect('=');
    const regs = h.int();
    h.expect('kinds');
    h.expect('=');
    while (!h.done) {
      const t = h.next();
      const k = LETTER_TYPE[t];
      if (k === undefined) throw h.error(`unknown register kind '${t}'`);
      this.kinds.push(k);
    }
    if (this.kinds.length !== regs) throw h.error(`regs=${regs} but ${this.kinds.length} kinds`);
    const args = argTokens.map((t) => this.regOf(t));
    this.asm = new JitcodeAssembler(name, this.number, this.kinds, args);
    for (const line of this.block.body) {
      this.line = line;
      this.instruction();
      if (!line.done) throw line.error(`unexpected '${line.peek()}'`);
    }
    return this.asm.finish();
  }

  private label(n: number): number {
    let l = this.labels.get(n);
    if (l === undefined) this.labels.set(n, (l = this.asm.label()));
    return l;
  }

  private regOf(t: string): number {
    const m = REG.exec(t);
    if (!m) throw this.line.error(`expected a register, got '${t}'`);
    const r = Number(m[2]);
    const k = this.kinds[r];
    if (k === undefined) throw this.line.error(`register ${t} out of range`);
    if (LETTER_TYPE[m[1]!] !== k) throw this.line.error(`register ${r} is a ${k}, not ${t}`);
    return r;
  }

  private reg(): number {
    return this.regOf(this.line.next());
  }

  private operand(): number {
    const L = this.line;
    const t = L.next();
    if (REG.test(t)) return this.regOf(t);
    if (t.startsWith('"')) return this.asm.const_(new Const('ref', JSON.parse(t) as string));
    if (t.startsWith('@')) {
      const name = t.slice(1);
      if (!Object.prototype.hasOwnProperty.call(this.ns, name)) throw L.error(`unknown constant ${t}`);
      return this.asm.const_(new Const('ref', this.ns[name]));
    }
    if (INT.test(t)) {
      const v = Number(t);
      if ((v | 0) !== v || Object.is(v, -0)) throw L.error(`integer constant ${t} is not an int32`);
      return this.asm.const_(new Const('int', v));
    }
    const f = floatOf(t);
    if (f !== null) return this.asm.const_(new Const('float', f));
    switch (t) {
      case 'true':
      case 'false':
        return this.asm.const_(new Const('bool', t === 'true'));
      case 'null':
        return this.asm.const_(new Const('ref', null));
      case 'undefined':
        return this.asm.const_(new Const('ref', undefined));
      case 'ref': {
        L.expect('(');
        const u = L.next();
        L.expect(')');
        const n = floatOf(u) ?? (INT.test(u) ? Number(u) : null);
        if (n !== null) return this.asm.const_(new Const('ref', n));
        if (u === 'true' || u === 'false') return this.asm.const_(new Const('ref', u === 'true'));
        throw L.error(`bad ref literal ${u}`);
      }
    }
    throw L.error(`expected an operand, got '${t}'`);
  }

  private descr(): number {
    const t = this.line.next();
    if (t.startsWith('.')) {
      const name = t.startsWith('."') ? (JSON.parse(t.slice(1)) as string) : t.slice(1);
      return this.asm.descr(fieldDescr(name));
    }
    const m = /^\[(\w+)\]$/.exec(t);
    if (m && (ARRAY_KINDS as readonly string[]).includes(m[1]!)) return this.asm.descr(arrayDescr(m[1] as ArrayKind));
    throw this.line.error(`expected a descriptor, got '${t}'`);
  }

  private target(): number {
    this.line.expect('->');
    return this.label(this.line.int());
  }

  private live(): number[] {
    const L = this.line;
    L.expect('live');
    L.expect('(');
    const out: number[] = [];
    if (L.accept(')')) return out;
    do out.push(this.reg());
    while (L.accept(','));
    L.expect(')');
    return out;
  }

  private args(): number[] {
    const L = this.line;
    L.expect('(');
    const out: number[] = [];
    if (L.accept(')')) return out;
    do out.push(this.operand());
    while (L.accept(','));
    L.expect(')');
    return out;
  }

  private instruction(): void {
    const L = this.line;
    if (L.peek() !== undefined && INT.test(L.peek()!) && L.peek(1) === ':') {
      this.asm.bind(this.label(L.int()));
      L.expect(':');
    }
    let dst = -1;
    if (L.peek(1) === '=') {
      dst = this.reg();
      L.expect('=');
    }
    const op = L.next();
    if (!isJitOpName(op)) throw L.error(`unknown jitcode op '${op}'`);
    const noDst = (): void => {
      if (dst >= 0) throw L.error(`${op} has no result`);
    };
    if (!isControlOp(op)) {
      const s: OpSpec = OPS[op];
      if (s.result === 'void') noDst();
      else if (dst < 0) throw L.error(`${op} needs a result register`);
      const args: number[] = [];
      for (let k = 0; k < s.args.length; k++) args.push(this.operand());
      const descr = s.descr ? this.descr() : null;
      this.asm.emit({ op, dst, kind: s.result === 'any' ? this.kinds[dst]! : null, args, descr });
      return;
    }
    switch (op) {
      case 'goto':
        noDst();
        this.asm.emit({ op, target: this.target() });
        return;
      case 'goto_if_not': {
        noDst();
        const cond = this.operand();
        const target = this.target();
        this.asm.emit({ op, cond, target, live: this.live() });
        return;
      }
      case 'switch':
      case 'class_switch': {
        noDst();
        const reg = this.operand();
        // Case keys: int literals for `switch`, class constants for `class_switch`.
        const key = op === 'switch' ? (): number => L.int() : (): number => this.operand();
        L.expect('{');
        const cases: Array<[number, number]> = [];
        if (!L.accept('}')) {
          do {
            const k = key();
            cases.push([k, this.target()]);
          } while (L.accept(','));
          L.expect('}');
        }
        L.expect('else');
        const dflt = this.target();
        this.asm.emit({ op, reg, dflt, cases, live: this.live() });
        return;
      }
      case 'inline_call': {
        const name = L.next();
        const callee = this.numbers.get(name);
        if (callee === undefined) throw L.error(`unknown jitcode ${name}`);
        const args = this.args();
        this.asm.emit({ op, callee, dst, args, live: this.live() });
        return;
      }
      case 'residual_call': {
        const fn = this.operand();
        const args = this.args();
        const effect = L.next();
        if (!(EFFECTS as readonly string[]).includes(effect)) throw L.error(`effect class must be residual or pure, not '${effect}'`);
        this.asm.emit({ op, fn, dst, effect: effect as Effect, args, live: this.live() });
        return;
      }
      case 'return':
      case 'raise':
        noDst();
        this.asm.emit({ op, value: this.operand() });
        return;
      case 'promote':
        noDst();
        this.asm.emit({ op, reg: this.operand(), live: this.live() });
        return;
      case 'guard_class': {
        noDst();
        const reg = this.operand();
        const cls = this.operand();
        this.asm.emit({ op, reg, cls, live: this.live() });
        return;
      }
      case 'move':
        if (dst < 0) throw L.error('move needs a destination register');
        this.asm.emit({ op, dst, src: this.operand() });
        return;
      case 'merge': {
        noDst();
        const values: number[] = [];
        if (L.peek() !== 'live') {
          do values.push(this.operand());
          while (L.accept(','));
        }
        this.asm.emit({ op, values, live: this.live() });
        return;
      }
      default:
        assertNever(op, 'control opcode');
    }
  }
}

function floatOf(t: string): number | null {
  if (t === 'NaN') return NaN;
  if (t === 'Infinity') return Infinity;
  if (t === '-Infinity') return -Infinity;
  if (/^-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(t) && !INT.test(t)) return Number(t);
  return null;
}
