/**
 * The assembler of the hand-traced sample VM: text to `Program`.
 *
 *     func main 0 3            ; name, parameter count, register count
 *       loadk r0, 1000000      ; integer or "string" constant
 *     loop:
 *       jmpf r0, done
 *       sub r0, r0, r1
 *       jmp loop
 *     done:
 *       ret r0
 *       handle loop, done, fail, r2   ; errors raised in [loop, done) go to fail with message in r2
 *     end
 *
 * Registers are `rN`, jump targets are labels, call targets are function names, comments start
 * with `;`. Every error names `file:line:col`.
 */

import { type Code, type Handler, OPERANDS, Opc, type OpName, type Program } from './bytecode.js';

export class AsmError extends Error {
  constructor(file: string, line: number, col: number, msg: string) {
    super(`${file}:${line}:${col}: ${msg}`);
    this.name = 'AsmError';
  }
}

interface Fixup {
  at: number;
  label: string;
  line: number;
  col: number;
  kind: 'label' | 'func';
}

interface PendingHandler {
  labels: [string, string, string];
  reg: number;
  line: number;
  col: number;
}

export function assemble(src: string, file = 'input.asm'): Program {
  const codes: Code[] = [];
  const funcIndex = new Map<string, number>();
  const funcFixups: Array<{ ops: number[]; fix: Fixup }> = [];
  let cur: {
    name: string;
    nparams: number;
    nregs: number;
    ops: number[];
    consts: unknown[];
    labels: Map<string, number>;
    fixups: Fixup[];
    handlers: PendingHandler[];
    lines: Map<number, number>;
    line: number;
  } | null = null;
  const lines = src.split('\n');
  const err = (line: number, col: number, msg: string): never => {
    throw new AsmError(file, line, col, msg);
  };

  lines.forEach((raw, k) => {
    const line = k + 1;
    const text = raw.replace(/;.*$/, '');
    const m = /^\s*/.exec(text)!;
    let col = m[0].length + 1;
    let rest = text.trim();
    if (!rest) return;
    const labelMatch = /^([A-Za-z_]\w*):/.exec(rest);
    if (labelMatch) {
      if (!cur) err(line, col, 'label outside a function');
      if (cur!.labels.has(labelMatch[1]!)) err(line, col, `label '${labelMatch[1]}' defined twice`);
      cur!.labels.set(labelMatch[1]!, cur!.ops.length);
      const after = rest.slice(labelMatch[0].length);
      col += labelMatch[0].length + (after.length - after.trimStart().length);
      rest = after.trim();
      if (!rest) return;
    }
    const wordMatch = /^(\w+)\s*/.exec(rest)!;
    const word = wordMatch[1]!.toLowerCase();
    const operandText = rest.slice(wordMatch[0].length);
    const operandCol = col + wordMatch[0].length;
    const operands = operandText ? splitOperands(operandText, operandCol) : [];
    if (word === 'func') {
      if (cur) err(line, col, `'func' inside function '${cur.name}' (missing 'end')`);
      const [name, np, nr] = operands;
      if (!name || !np || !nr || operands.length !== 3) err(line, col, "expected 'func NAME NPARAMS NREGS'");
      const nparams = Number(np!.text);
      const nregs = Number(nr!.text);
      if (!Number.isInteger(nparams) || !Number.isInteger(nregs) || nparams < 0 || nregs < nparams || nregs > 255) {
        err(line, np!.col, 'bad parameter or register count');
      }
      if (funcIndex.has(name!.text)) err(line, name!.col, `function '${name!.text}' defined twice`);
      funcIndex.set(name!.text, codes.length + 0);
      cur = { name: name!.text, nparams, nregs, ops: [], consts: [], labels: new Map(), fixups: [], handlers: [], lines: new Map(), line };
      codes.push(null as unknown as Code); // placeholder, filled at 'end'
      return;
    }
    if (!cur) return err(line, col, `'${word}' outside a function`);
    const c = cur;
    if (word === 'end') {
      for (const f of c.fixups) {
        const target = c.labels.get(f.label);
        if (target === undefined) err(f.line, f.col, `undefined label '${f.label}'`);
        c.ops[f.at] = target!;
      }
      const handlers: Handler[] = c.handlers.map((h) => {
        const [from, to, target] = h.labels.map((l) => {
          const t = c.labels.get(l);
          if (t === undefined) err(h.line, h.col, `undefined label '${l}'`);
          return t!;
        }) as [number, number, number];
        return { from, to, target, reg: h.reg };
      });
      const index = funcIndex.get(c.name)!;
      codes[index] = { name: c.name, index, nparams: c.nparams, nregs: c.nregs, ops: c.ops, consts: c.consts, handlers, lines: c.lines };
      cur = null;
      return;
    }
    const reg = (o: Operand | undefined): number => {
      if (!o) return err(line, col, `'${word}' is missing an operand`);
      const r = /^r(\d+)$/.exec(o.text);
      if (!r) return err(line, o.col, `expected a register rN, found '${o.text}'`);
      const n = Number(r[1]);
      if (n >= c.nregs) err(line, o.col, `register r${n} out of range (function has ${c.nregs})`);
      return n;
    };
    if (word === 'handle') {
      if (operands.length !== 4) err(line, col, "expected 'handle FROM, TO, TARGET, rN'");
      c.handlers.push({ labels: [operands[0]!.text, operands[1]!.text, operands[2]!.text], reg: reg(operands[3]), line, col });
      return;
    }
    const name = word.toUpperCase() as OpName;
    if (!(name in Opc)) return err(line, col, `unknown instruction '${word}'`);
    const want = OPERANDS[name];
    if (operands.length !== want) err(line, col, `'${word}' takes ${want} operand(s), got ${operands.length}`);
    c.lines.set(c.ops.length, line);
    c.ops.push(Opc[name]);
    operands.forEach((o, j) => {
      const isTarget = (name === 'JMP' && j === 0) || (name === 'JMPF' && j === 1);
      if (isTarget) {
        c.fixups.push({ at: c.ops.length, label: o.text, line, col: o.col, kind: 'label' });
        c.ops.push(-1);
      } else if (name === 'LOADK' && j === 1) {
        let v: unknown;
        if (/^-?\d+$/.test(o.text)) {
          v = Number(o.text);
          if (((v as number) | 0) !== v) err(line, o.col, `constant ${o.text} is not a 32-bit integer`);
        } else if (/^".*"$/.test(o.text)) v = JSON.parse(o.text);
        else err(line, o.col, `expected an integer or "string" constant, found '${o.text}'`);
        let idx = c.consts.indexOf(v);
        if (idx < 0) idx = c.consts.push(v) - 1;
        c.ops.push(idx);
      } else if (name === 'CALL' && j === 1) {
        funcFixups.push({ ops: c.ops, fix: { at: c.ops.length, label: o.text, line, col: o.col, kind: 'func' } });
        c.ops.push(-1);
      } else if (name === 'CALL' && j === 3) {
        const n = Number(o.text);
        if (!Number.isInteger(n) || n < 0) err(line, o.col, 'expected an argument count');
        c.ops.push(n);
      } else {
        c.ops.push(reg(o));
      }
    });
  });
  const open = cur as { line: number; name: string } | null; // assigned inside the callback
  if (open) err(open.line, 1, `function '${open.name}' has no 'end'`);
  for (const { ops, fix } of funcFixups) {
    const f = funcIndex.get(fix.label);
    if (f === undefined) err(fix.line, fix.col, `undefined function '${fix.label}'`);
    ops[fix.at] = f!;
  }
  if (!funcIndex.has('main')) err(1, 1, "no function 'main'");
  return { codes };
}

interface Operand {
  text: string;
  col: number;
}

function splitOperands(text: string, col: number): Operand[] {
  const out: Operand[] = [];
  let k = 0;
  while (k < text.length) {
    while (k < text.length && /[\s,]/.test(text[k]!)) k++;
    if (k >= text.length) break;
    const start = k;
    if (text[k] === '"') {
      k++;
      while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      k++;
    } else {
      while (k < text.length && !/[\s,]/.test(text[k]!)) k++;
    }
    out.push({ text: text.slice(start, k), col: col + start });
  }
  return out;
}
