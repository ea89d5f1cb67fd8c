/**
 * The portal: one iteration of a dispatch loop as jitcode (`lowerPortal`), what the tracers
 * and the blackhole run from a merge point to the next.
 *
 * Shape required of the dispatch method (else a `LowerError` with file:line:col):
 * - the dispatch loop (`DispatchInfo.loop`) is `for (;;)` without initializer, condition or
 *   incrementor, or `while (true)`, and its first statement is `driver.mergePoint({...})`;
 * - each green and red of the driver is a parameter of the method or a local declared in it
 *   before the loop;
 * - every local declared before the loop (or parameter) that the loop, or the code after it,
 *   uses is a green or a red.
 *
 * The jitcode: arguments are the merge-point values, the receiver (for a method), then the
 * greens, then the reds, each in declared order, in the registers of their variables. The
 * body after the merge point is lowered as it is; falling off its end, or `continue` of the
 * dispatch loop, is `merge` of the current registers of those variables (in the same order);
 * `return` is `return`, `throw` `raise`; `break` out of the dispatch loop goes on with the
 * statements after the loop (in the enclosing blocks, up to the method's end, which returns).
 * `driver.mergePoint(...)` and `driver.canEnterJit(...)` inside the loop lower to nothing.
 * The jitcode's name is the dispatch method's name + `.portal`.
 *
 * Virtualizable frames (`virtualizables` of the driver, each a red whose class carries
 * `@jit.virtualizable(...)`): after the reds come one argument per virtualizable field of each
 * such red, in the driver's order of virtualizables and the decorator's order of fields
 * (`virtualizableFrames`). Reads and writes of those fields through the red's variable
 * (`frame.sp`, `frame.sp = v`, `frame.sp++`, `frame.sp += v`) are moves on their registers, and
 * `merge` passes them, so they are trace inputs and loop-carried values. The frame object is
 * brought up to date where code other than the portal may look at it: before every
 * `inline_call` and `residual_call`, `return` and `raise` the registers are stored into the
 * frame (`setfield`), and after every call they are read back (`getfield`): callees use plain
 * heap operations on the frame. Any other access to a virtualizable field in the portal (through
 * another expression than the red's variable), and an assignment to the red itself, is a
 * `LowerError`.
 *
 * Array virtualizables (a red in `virtualizables` whose type is a JavaScript array `T[]`,
 * RPython's `regs[*]`): no argument is added and nothing in the lowering changes (items stay
 * `getarrayitem` / `setarrayitem`); the emitted layout lists the red's argument position
 * (`virtualizableArrays`) and the portal runner marks the array in each loop trace, so the
 * optimizer may keep its items at constant indices in registers. A virtualizable that is
 * neither a frame nor a mutable array (a typed array, a tuple, `readonly T[]`, a union with a
 * non-array) is a `LowerError` (`virtualizables`).
 *
 * Invariant: every `merge` names the same registers in the same order, so a merge's values are
 * the next iteration's arguments.
 */

import * as ts from 'typescript';
import type { Analysis, ClassInfo, DispatchInfo, DriverInfo } from '../analysis/types.js';
import type { InsnBody, Jitcode } from '../../runtime/jitcode/format.js';
import { fieldDescr } from '../../runtime/ir/trace.js';
import type { ValueType } from '../../runtime/ir/types.js';
import { writesLocal } from './builder.js';
import { type LowerContext, LowerError, where } from './context.js';
import { typeKind } from './kinds.js';
import { signatureKinds } from './signatures.js';
import type { Place } from './expressions.js';
import { StatementLowerer } from './statements.js';

/** Lower one iteration of a dispatch loop to jitcode. */
export function lowerPortal(checker: ts.TypeChecker, dispatch: DispatchInfo, ctx: LowerContext): Jitcode {
  return new PortalLowerer(checker, dispatch, ctx).run();
}

const portalError = (node: ts.Node, message: string): LowerError => new LowerError(`${where(node)}: ${message}`, undefined, node);

/** A virtualizable red of a driver: its variable's name, its class and the fields in registers. */
export interface VirtualizableFrame {
  readonly red: string;
  readonly cls: ClassInfo;
  /** The decorator's fields, in its order. */
  readonly fields: readonly string[];
}

/**
 * An array virtualizable red of a driver (a `T[]`): nothing in the portal changes for it (its
 * items are read and written with array operations); the portal runner marks it in loop traces
 * so the optimizer may keep items at constant indices in registers.
 */
export interface VirtualizableArray {
  readonly red: string;
  /** Its position among the reds of the driver. */
  readonly redIndex: number;
}

/** The driver's virtualizable reds, split by what they are, each list in the driver's order. */
export interface Virtualizables {
  readonly frames: readonly VirtualizableFrame[];
  readonly arrays: readonly VirtualizableArray[];
}

/**
 * The virtualizable reds of a dispatch method's driver: frames (of a class with
 * `@jit.virtualizable(...)`, with the fields it lists) and arrays (a red whose type is a
 * mutable JavaScript array, or a union of such). A `LowerError` when a virtualizable is not a
 * red, or is neither (a typed array, a tuple, a readonly array, a union with something else
 * than arrays, any other type).
 */
export function virtualizables(checker: ts.TypeChecker, analysis: Analysis, dispatch: DispatchInfo): Virtualizables {
  const driver = dispatch.driver;
  const frames: VirtualizableFrame[] = [];
  const arrays: VirtualizableArray[] = [];
  if (!driver) return { frames, arrays };
  const decl = dispatch.method.decl;
  for (const red of driver.virtualizables) {
    const redIndex = driver.reds.indexOf(red);
    if (redIndex < 0) throw portalError(driver.newExpr, `the virtualizable '${red}' of driver '${driver.name}' is not one of its reds`);
    const at = variableNamed(decl, red) ?? driver.newExpr;
    const declared = checker.getTypeAtLocation(at);
    const t = checker.getNonNullableType(declared);
    const decls = t.getSymbol()?.declarations ?? [];
    const cls = analysis.classes.find((c) => c.virtualizable !== undefined && decls.includes(c.decl));
    if (cls) {
      const fields = cls.virtualizable!.filter((f) => cls.fields.some((x) => x.name === f && x.virtualizable));
      frames.push({ red, cls, fields });
      continue;
    }
    const problem = notAnArrayVirtualizable(checker, declared);
    if (problem !== undefined) {
      throw portalError(at, `the virtualizable '${red}' of driver '${driver.name}' ${problem}: a virtualizable is a JavaScript array (T[]) or of a class declared with @jit.virtualizable(...)`);
    }
    arrays.push({ red, redIndex });
  }
  return { frames, arrays };
}

/** The virtualizable frames of a dispatch method's driver (`virtualizables`, frames only). */
export function virtualizableFrames(checker: ts.TypeChecker, analysis: Analysis, dispatch: DispatchInfo): VirtualizableFrame[] {
  return [...virtualizables(checker, analysis, dispatch).frames];
}

/** The array virtualizables of a dispatch method's driver (`virtualizables`, arrays only). */
export function virtualizableArrays(checker: ts.TypeChecker, analysis: Analysis, dispatch: DispatchInfo): VirtualizableArray[] {
  return [...virtualizables(checker, analysis, dispatch).arrays];
}

const TYPED_ARRAY = /^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array$/;

/**
 * Why a red's type cannot be an array virtualizable (`is a typed array (Uint8Array)`, ...), or
 * undefined when it is a mutable JavaScript array or a union of them.
 */
function notAnArrayVirtualizable(checker: ts.TypeChecker, t: ts.Type): string | undefined {
  const shown = checker.typeToString(t);
  const parts = t.isUnion() ? t.types : [t];
  const arrays = parts.filter((p) => checker.isArrayType(p) || checker.isTupleType(p));
  if (arrays.length === 0) {
    const name = t.getSymbol()?.name;
    if (name !== undefined && TYPED_ARRAY.test(name)) return `is a typed array (${name})`;
    return `is of type '${shown}', neither an array nor a virtualizable class`;
  }
  if (arrays.length < parts.length) return `is of type '${shown}', a union of arrays with other types`;
  if (arrays.some((p) => checker.isTupleType(p))) return `is a tuple (${shown})`;
  if (arrays.some((p) => checker.getIndexInfoOfType(p, ts.IndexKind.Number)?.isReadonly === true)) return `is a readonly array (${shown}), but its items are written`;
  return undefined;
}

/** The name node of the parameter or local `name` of a method (the first declared). */
function variableNamed(method: ts.Node, name: string): ts.Identifier | undefined {
  let found: ts.Identifier | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isParameter(n) || ts.isVariableDeclaration(n)) && ts.isIdentifier(n.name) && n.name.text === name) {
      found = n.name;
      return;
    }
    if (n !== method && (ts.isFunctionLike(n) || ts.isClassLike(n))) return;
    ts.forEachChild(n, visit);
  };
  visit(method);
  return found;
}

/** A virtualizable field of a frame, held in a register of the portal. */
interface FrameField {
  readonly name: string;
  readonly reg: number;
  readonly kind: ValueType;
  readonly descr: number;
}

/** A virtualizable red: the register of the frame and its fields' registers. */
interface FrameRegisters {
  readonly red: string;
  readonly symbol: ts.Symbol;
  readonly frameReg: number;
  readonly fields: readonly FrameField[];
}

class PortalLowerer extends StatementLowerer {
  protected readonly resultKind: ValueType;
  private readonly method: ts.MethodDeclaration;
  private readonly driver: DriverInfo;
  private readonly loop: ts.ForStatement | ts.WhileStatement;
  private readonly mergePoint: ts.CallExpression;
  /** The registers of the receiver, the greens and the reds: the merge values. */
  private readonly mergeRegs: number[] = [];
  /** Parameters and locals declared before the loop. */
  private readonly outerLocals = new Set<ts.Symbol>();
  /** Lowering the statements after the loop (for the wording of errors). */
  private afterLoop = false;
  /** The virtualizable reds and the registers of their fields. */
  private readonly frames: FrameRegisters[] = [];
  /** The declarations of every virtualizable field of the program. */
  private readonly virtualizableDecls = new Set<ts.Node>();

  constructor(checker: ts.TypeChecker, dispatch: DispatchInfo, ctx: LowerContext) {
    super(checker, ctx, `${dispatch.method.name}.portal`);
    const decl = dispatch.method.decl;
    const mname = dispatch.method.name;
    if (!ts.isMethodDeclaration(decl) || !decl.body) throw portalError(decl, `the dispatch method '${mname}' is not a method with a body`);
    this.method = decl;
    if (!dispatch.driver) throw portalError(decl.name, `the dispatch method '${mname}' has no driver with a merge point in it`);
    this.driver = dispatch.driver;
    if (!dispatch.loop) throw portalError(decl.name, `the merge point of driver '${this.driver.name}' is not in a loop of '${mname}'`);
    this.loop = checkLoopShape(dispatch.loop, mname);
    this.mergePoint = this.firstMergePoint(mname);
    this.resultKind = signatureKinds(checker, decl).result;
    this.oracle.inferLocals(decl.body);
    this.collectOuterLocals();
    if (!(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static)) {
      this.thisReg = this.reg('ref');
      this.args.push(this.thisReg);
      this.mergeRegs.push(this.thisReg);
    }
    const redRegs = new Map<string, { symbol: ts.Symbol; reg: number }>();
    for (const [name, what] of [...this.driver.greens.map((g) => [g, 'green'] as const), ...this.driver.reds.map((r) => [r, 'red'] as const)]) {
      const { symbol, kind } = this.mergeVariable(name, what);
      const r = this.reg(kind);
      this.args.push(r);
      this.mergeRegs.push(r);
      this.bindSymbol(symbol, r);
      if (what === 'red') redRegs.set(name, { symbol, reg: r });
    }
    this.bindFrames(dispatch, redRegs);
  }

  /** One argument (and merge value) per virtualizable field of each virtualizable red. */
  private bindFrames(dispatch: DispatchInfo, redRegs: ReadonlyMap<string, { symbol: ts.Symbol; reg: number }>): void {
    for (const c of this.ctx.analysis.classes) for (const f of c.fields) if (f.virtualizable) this.virtualizableDecls.add(f.decl);
    // Array virtualizables change nothing here; `virtualizables` checks them all the same.
    for (const frame of virtualizables(this.checker, this.ctx.analysis, dispatch).frames) {
      const { symbol, reg: frameReg } = redRegs.get(frame.red)!;
      const fields = frame.fields.map((name) => {
        const info = frame.cls.fields.find((f) => f.name === name)!;
        const kind = typeKind(this.checker.getTypeAtLocation(info.decl));
        const reg = this.reg(kind);
        this.args.push(reg);
        this.mergeRegs.push(reg);
        this.varRegs.add(reg);
        return { name, reg, kind, descr: this.asm.descr(fieldDescr(name)) };
      });
      this.frames.push({ red: frame.red, symbol, frameReg, fields });
    }
  }

  run(): Jitcode {
    const merge = this.label();
    const after = this.label();
    const stmts = this.loop.statement;
    const rest = ts.isBlock(stmts) ? stmts.statements.slice(1) : [];
    this.breakables.push({ brk: after, cont: merge, labels: loopLabels(this.loop) });
    this.block(rest);
    this.breakables.pop();
    this.goto(merge);
    this.bind(merge);
    this.emit({ op: 'merge', values: [...this.mergeRegs], live: [] });
    this.bind(after);
    if (this.reachable) this.lowerAfterLoop();
    return this.assemble();
  }

  /** The statements after the loop, up to the method's end (which returns). */
  private lowerAfterLoop(): void {
    this.afterLoop = true;
    let node: ts.Node = this.loop;
    while (ts.isLabeledStatement(node.parent)) node = node.parent;
    for (; node !== this.method.body; node = node.parent) {
      const p = node.parent;
      if (ts.isBlock(p)) this.block(p.statements.slice(p.statements.indexOf(node as ts.Statement) + 1));
      else if (!ts.isIfStatement(p)) this.fail(p, `a 'break' out of a dispatch loop inside a ${ts.SyntaxKind[p.kind]}`);
    }
    if (this.reachable) {
      if (this.resultKind !== 'ref') this.fail(this.method, `the end of a method returning ${this.resultKind} reached without 'return'`);
      this.emit({ op: 'return', value: this.undefinedConst() });
    }
  }

  // ---- merge-point variables ----------------------------------------------------------------

  private firstMergePoint(mname: string): ts.CallExpression {
    const body = this.loop.statement;
    const first = ts.isBlock(body) ? body.statements[0] : body;
    const call = first && ts.isExpressionStatement(first) && ts.isCallExpression(first.expression) ? first.expression : undefined;
    if (!call || !this.driver.mergePoints.includes(call)) {
      throw portalError(first ?? this.loop, `the dispatch loop of '${mname}' must start with '${this.driverText()}.mergePoint({...})'`);
    }
    return call;
  }

  private driverText(): string {
    const mp = this.driver.mergePoints[0];
    return mp && ts.isPropertyAccessExpression(mp.expression) ? mp.expression.expression.getText() : 'driver';
  }

  /** Parameters of the method, and locals declared in its body before the loop. */
  private collectOuterLocals(): void {
    const add = (name: ts.Identifier): void => {
      const s = this.checker.getSymbolAtLocation(name);
      if (s) this.outerLocals.add(s);
    };
    for (const p of this.method.parameters) if (ts.isIdentifier(p.name)) add(p.name);
    const loopStart = this.loop.getStart();
    const visit = (n: ts.Node): void => {
      if (n === this.loop || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.getStart() < loopStart) add(n.name);
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(this.method.body!, visit);
  }

  /** The variable a green or red names, and its kind. */
  private mergeVariable(name: string, what: 'green' | 'red'): { symbol: ts.Symbol; kind: ValueType } {
    const symbol = [...this.outerLocals].find((s) => s.name === name);
    if (!symbol) {
      const at = this.mergePointProperty(name) ?? this.mergePoint;
      throw portalError(at, `'${name}', a ${what} of driver '${this.driver.name}', is not a parameter of '${this.method.name.getText()}' or a local declared before its dispatch loop`);
    }
    const d = symbol.valueDeclaration!;
    const kind = ts.isParameter(d) ? typeKind(this.checker.getTypeAtLocation(d)) : this.localKind((d as ts.VariableDeclaration).name as ts.Identifier);
    return { symbol, kind };
  }

  private mergePointProperty(name: string): ts.Node | undefined {
    const arg = this.mergePoint.arguments[0];
    if (!arg || !ts.isObjectLiteralExpression(arg)) return undefined;
    return arg.properties.find((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === name);
  }

  // ---- virtualizable frames -----------------------------------------------------------------

  /** `frame.f` through a virtualizable red's variable: f's register; any other access fails. */
  protected override virtualizableRegister(e: ts.PropertyAccessExpression): number | undefined {
    const d = this.checker.getSymbolAtLocation(e.name)?.valueDeclaration;
    if (!d || !this.virtualizableDecls.has(d)) return undefined;
    const target = skipParensAndNonNull(e.expression);
    const sym = ts.isIdentifier(target) ? this.checker.getSymbolAtLocation(target) : undefined;
    const frame = this.frames.find((f) => f.symbol === sym);
    const field = frame?.fields.find((f) => f.name === e.name.text);
    if (field) return field.reg;
    const reds = this.frames.map((f) => `'${f.red}'`).join(', ');
    const through = reds === '' ? `list the frame among the reds and virtualizables of driver '${this.driver.name}'` : `access the frame through the red ${reds}`;
    throw portalError(e, `the virtualizable field '${e.getText()}' is read or written in the portal of '${this.method.name.getText()}' through another expression than a virtualizable red of driver '${this.driver.name}': ${through}`);
  }

  /** An assignment to a virtualizable red would leave its fields' registers with the old frame. */
  protected override place(target: ts.Expression, later: readonly ts.Node[]): Place {
    const id = skipParensAndNonNull(target);
    if (ts.isIdentifier(id)) {
      const frame = this.frames.find((f) => f.symbol === this.checker.getSymbolAtLocation(id));
      if (frame) throw portalError(id, `the virtualizable red '${frame.red}' of driver '${this.driver.name}' is assigned in the portal of '${this.method.name.getText()}': keep one frame per dispatch loop`);
    }
    return super.place(target, later);
  }

  /** A frame field's register changes by a write through the red, and by the reload after a call. */
  protected override writesRegister(n: ts.Node): boolean {
    if (writesLocal(n)) return true;
    return this.frames.length > 0 && touchesFrameRegisters(n);
  }

  /** Calls, `return` and `raise` see the frame up to date; after a call its fields are reloaded. */
  protected override emit(i: InsnBody): void {
    if (!this.reachable || this.frames.length === 0) return super.emit(i);
    switch (i.op) {
      case 'inline_call':
      case 'residual_call':
        this.storeFrames();
        super.emit(i);
        this.reloadFrames();
        return;
      case 'return':
      case 'raise':
        this.storeFrames();
        return super.emit(i);
      default:
        return super.emit(i);
    }
  }

  private storeFrames(): void {
    for (const f of this.frames) {
      for (const x of f.fields) super.emit({ op: 'setfield', dst: -1, kind: null, args: [f.frameReg, x.reg], descr: x.descr });
    }
  }

  private reloadFrames(): void {
    for (const f of this.frames) {
      for (const x of f.fields) super.emit({ op: 'getfield', dst: x.reg, kind: x.kind, args: [f.frameReg], descr: x.descr });
    }
  }

  protected override freeVariable(id: ts.Identifier, assigned: boolean): never {
    const s = this.checker.getSymbolAtLocation(id);
    if (s && this.outerLocals.has(s)) {
      const where_ = this.afterLoop ? 'after the dispatch loop' : 'in the dispatch loop';
      const fix = this.afterLoop ? 'add it to the reds' : 'add it to the reds, or compute it inside the loop';
      throw portalError(id, `'${id.text}' is used ${where_} but is not a green or red of driver '${this.driver.name}': ${fix}`);
    }
    return super.freeVariable(id, assigned);
  }
}

/** The loop when it is `for (;;)` or `while (true)`; else a LowerError. */
function checkLoopShape(loop: ts.IterationStatement, mname: string): ts.ForStatement | ts.WhileStatement {
  if (ts.isForStatement(loop) && !loop.initializer && !loop.condition && !loop.incrementor) return loop;
  if (ts.isWhileStatement(loop) && loop.expression.kind === ts.SyntaxKind.TrueKeyword) return loop;
  throw portalError(loop, `the dispatch loop of '${mname}' must be 'for (;;)' or 'while (true)' (the loop ends by 'return', 'throw' or 'break')`);
}

/** The labels naming a loop. */
function loopLabels(loop: ts.Node): string[] {
  const labels: string[] = [];
  for (let p = loop.parent; ts.isLabeledStatement(p); p = p.parent) labels.push(p.label.text);
  return labels;
}

const skipParensAndNonNull = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? skipParensAndNonNull(e.expression) : e);

/**
 * Can evaluating n change a frame field's register: an assignment or update of a property, or a
 * call or `new` (the fields are reloaded after it)? Conservative: any property counts.
 */
function touchesFrameRegisters(n: ts.Node): boolean {
  let found = false;
  const visit = (x: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(x) || ts.isNewExpression(x)) found = true;
    else if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      const assigns = op === ts.SyntaxKind.EqualsToken || (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment);
      if (assigns && ts.isPropertyAccessExpression(skipParensAndNonNull(x.left))) found = true;
    } else if ((ts.isPrefixUnaryExpression(x) || ts.isPostfixUnaryExpression(x)) && (x.operator === ts.SyntaxKind.PlusPlusToken || x.operator === ts.SyntaxKind.MinusMinusToken)) {
      if (ts.isPropertyAccessExpression(skipParensAndNonNull(x.operand))) found = true;
    }
    ts.forEachChild(x, visit);
  };
  visit(n);
  return found;
}
