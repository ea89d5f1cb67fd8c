/**
 * The jitcode printer: the textual form that tests, logs and the parser share.
 *
 *     jitcode step(r0, r1) regs=8 kinds=r r i i b i i i
 *       0: i2 = getfield r0 .pc                  IR ops: [dst =] name operands [descriptor]
 *       3: promote i2 live(r0, r1, i2)           liveness: the registers to resume with
 *       7: b3 = int_lt i2 10                     constants as in trace text: 10, 1.5, true,
 *      11: goto_if_not b3 -> 30 live(r0, b3)     null, undefined, "s", ref(1.5), @Name
 *      16: switch i2 {0 -> 20, 1 -> 25} else -> 30 live(r0, i2)
 *      20: i5 = inline_call add(i2, 1) live(r0)  callee by name; no "dst =" when unused
 *      27: i6 = residual_call @f(i5) pure live(r0)      effect class: residual or pure
 *      33: guard_class r0 @Point live(r0)
 *      37: i7 = move i6
 *      40: return i7                              (also: raise r0, goto -> 20)
 *      42: merge r0, r1 live(r0, r1)              the portal's end: the next iteration's arguments
 *
 * A register is the letter of its kind and its index (`b3` is register 3, a bool), so the
 * kinds are visible everywhere; the header lists the argument registers, the register count
 * and every register's kind. Each line starts with the instruction's position in the code,
 * which is what targets name. A `class_switch` prints like a `switch` whose cases are classes
 * (constants): `class_switch r0 {@Square -> 20, @Circle -> 25} else -> 30 live(r0)`.
 *
 * Invariant: `parseJitcodes(printJitcodes(table))` rebuilds the table (same code arrays, pools
 * in the same order when the table was itself parsed or assembled in first-use order).
 */

import { ConstNamer, formatConst, formatDescr } from '../ir/printer.js';
import { Const } from '../ir/trace.js';
import { TYPE_LETTER, assertNever } from '../ir/types.js';
import { type Insn, type Jitcode, type JitcodeTable, instructions, isDescr, isIrInsn, isReg, poolIndex } from './format.js';

export interface JitcodePrintOptions {
  /** Names for object constants (printed `@name`). */
  readonly names?: ReadonlyMap<unknown, string>;
}

export function printJitcodes(table: JitcodeTable, opts: JitcodePrintOptions = {}): string {
  const namer = new ConstNamer(opts.names);
  return table.codes.map((j) => printWith(j, table, namer)).join('\n');
}

export function printJitcode(j: Jitcode, table: JitcodeTable, opts: JitcodePrintOptions = {}): string {
  return printWith(j, table, new ConstNamer(opts.names));
}

function printWith(j: Jitcode, table: JitcodeTable, namer: ConstNamer): string {
  const reg = (r: number): string => {
    const k = j.kinds[r];
    if (k === undefined) throw new Error(`${j.name}: register ${r} out of range`);
    return `${TYPE_LETTER[k]}${r}`;
  };
  const operand = (o: number): string => {
    if (isReg(o)) return reg(o);
    const e = j.pool[poolIndex(o)];
    if (e === undefined) throw new Error(`${j.name}: constant ${poolIndex(o)} out of range`);
    return e instanceof Const ? formatConst(e, namer) : formatDescr(e);
  };
  const live = (l: readonly number[]): string => `live(${l.map(reg).join(', ')})`;
  const dst = (d: number): string => (d < 0 ? '' : `${reg(d)} = `);
  const text = (i: Insn): string => {
    if (isIrInsn(i)) {
      const parts = [i.op, ...i.args.map(operand)];
      if (i.descr !== null) {
        const e = j.pool[poolIndex(i.descr)];
        if (e === undefined || !isDescr(e)) throw new Error(`${j.name}@${i.pc}: descriptor operand is not a descriptor`);
        parts.push(formatDescr(e));
      }
      return dst(i.dst) + parts.join(' ');
    }
    switch (i.op) {
      case 'goto':
        return `goto -> ${i.target}`;
      case 'goto_if_not':
        return `goto_if_not ${operand(i.cond)} -> ${i.target} ${live(i.live)}`;
      case 'switch':
        return `switch ${operand(i.reg)} {${i.cases.map(([v, t]) => `${v} -> ${t}`).join(', ')}} else -> ${i.dflt} ${live(i.live)}`;
      case 'class_switch':
        return `class_switch ${operand(i.reg)} {${i.cases.map(([c, t]) => `${operand(c)} -> ${t}`).join(', ')}} else -> ${i.dflt} ${live(i.live)}`;
      case 'inline_call':
        return `${dst(i.dst)}inline_call ${table.get(i.callee).name}(${i.args.map(operand).join(', ')}) ${live(i.live)}`;
      case 'residual_call':
        return `${dst(i.dst)}residual_call ${operand(i.fn)}(${i.args.map(operand).join(', ')}) ${i.effect} ${live(i.live)}`;
      case 'return':
      case 'raise':
        return `${i.op} ${operand(i.value)}`;
      case 'promote':
        return `promote ${operand(i.reg)} ${live(i.live)}`;
      case 'guard_class':
        return `guard_class ${operand(i.reg)} ${operand(i.cls)} ${live(i.live)}`;
      case 'move':
        return `${reg(i.dst)} = move ${operand(i.src)}`;
      case 'merge':
        return ['merge', i.values.map(operand).join(', '), live(i.live)].filter((t) => t !== '').join(' ');
      default:
        return assertNever(i, 'instruction');
    }
  };
  const lines = [`jitcode ${j.name}(${j.args.map(reg).join(', ')}) regs=${j.regs} kinds=${j.kinds.map((k) => TYPE_LETTER[k]).join(' ')}`];
  const width = String(j.code.length).length;
  for (const i of instructions(j)) lines.push(`  ${String(i.pc).padStart(width)}: ${text(i)}`);
  return lines.join('\n') + '\n';
}
