/**
 * `analyzeProgram`: hints, dispatch methods, drivers, and every function the handlers reach.
 *
 * Two steps:
 * 1. A scan of every source file (not .d.ts) for the hints: decorated methods and classes,
 *    `jit.pure(...)` / `jit.opaque(...)` wrappers bound to variables, `new JitDriver({...})`,
 *    and mergePoint / canEnterJit calls (attributed to their driver through the variable or
 *    field that holds it).
 * 2. A worklist from each dispatch method's dispatch loop: every call and `new` in traced code
 *    is resolved through the checker to its candidate declarations; traced callees are walked
 *    in turn, each exactly once; pure, opaque and builtin callees end the walk. Every walked
 *    body is checked against the supported subset (subset.ts).
 *
 * Invariants:
 * - Resolution is by symbol (the checker), never by name. A call the checker cannot tie to a
 *   declaration (through `any`, a function-typed value or field) is a diagnostic, not a guess.
 * - A method call is polymorphic when the receiver's type admits more than one implementation
 *   among the program's classes: a union of classes, an interface (every class assignable to
 *   it), or a class whose subclasses override the method. All candidates are recorded.
 * - The region traced in a dispatch method is the loop that holds its merge point when that
 *   loop is in the method itself, with the statements after it in the same block (a `break`
 *   out of the loop goes on there while tracing; code before the loop runs once, untraced),
 *   else its whole body.
 */

import * as ts from 'typescript';
import { DiagCode, diagnosticAt, hintMessage as H, noteMessage, subsetMessage } from '../diagnostics.js';
import { builtinEffect } from './builtins.js';
import { checkLiveArgument, handlersOf, outerSwitches, readDriver } from './drivers.js';
import { HintResolver, type JitMember } from './hints.js';
import { classNameOf, displayName, enclosingFunction, ownerName } from './names.js';
import { checkSubset } from './subset.js';
import type {
  Analysis, AnalyzeOptions, CallSite, ClassInfo, DispatchInfo, DriverInfo, FieldInfo, FunctionInfo, FunctionKind, KindSource, PromoteSite,
} from './types.js';

type Fn = ts.FunctionLikeDeclaration;

interface Wrapper {
  readonly kind: 'pure' | 'opaque';
  readonly fn: ts.Declaration;
}

/** The statements after `loop` (or its label) in the block that holds it. */
function statementsAfter(loop: ts.IterationStatement): readonly ts.Statement[] {
  const stmt: ts.Statement = ts.isLabeledStatement(loop.parent) ? loop.parent : loop;
  const block = stmt.parent;
  if (!ts.isBlock(block)) return [];
  return block.statements.slice(block.statements.indexOf(stmt) + 1);
}

export function analyzeProgram(program: ts.Program, opts: AnalyzeOptions = {}): Analysis {
  return new Analyzer(program, opts).run();
}

class Analyzer {
  private readonly checker: ts.TypeChecker;
  private readonly hints: HintResolver;
  private readonly diagnostics: ts.Diagnostic[] = [];
  private readonly sources: readonly ts.SourceFile[];
  /** Decorator hints of methods. */
  private readonly methodHints = new Map<ts.Node, JitMember>();
  private readonly virtualizable = new Map<ts.ClassLikeDeclaration, string[]>();
  private readonly wrappers = new Map<ts.Node, Wrapper>();
  private readonly drivers: DriverInfo[] = [];
  private readonly driverMethodCalls: { call: ts.CallExpression; method: 'mergePoint' | 'canEnterJit' }[] = [];
  private readonly classDecls: ts.ClassLikeDeclaration[] = [];
  private readonly functions = new Map<ts.Node, FunctionInfo>();
  private readonly names = new Set<string>();
  private readonly calls: CallSite[] = [];
  private readonly promotes: PromoteSite[] = [];
  private readonly touchedClasses = new Set<ts.ClassLikeDeclaration>();
  private readonly noted = new Set<FunctionInfo>();

  constructor(
    private readonly program: ts.Program,
    opts: AnalyzeOptions,
  ) {
    this.checker = program.getTypeChecker();
    this.hints = new HintResolver(this.checker, opts);
    const skip = opts.skipFile ?? (() => false);
    this.sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f) && !skip(f));
  }

  run(): Analysis {
    for (const sf of this.sources) this.scan(sf);
    for (const { call, method } of this.driverMethodCalls) this.attribute(call, method);
    const dispatches: DispatchInfo[] = [];
    const work: { info: FunctionInfo; fn: Fn | undefined; region: ts.Node; after?: readonly ts.Statement[] }[] = [];
    for (const [decl, hint] of this.methodHints) {
      if (hint !== 'dispatch' || !ts.isMethodDeclaration(decl)) continue;
      const d = this.dispatch(decl);
      dispatches.push(d);
      work.push(d.loop ? { info: d.method, fn: decl, region: d.loop, after: statementsAfter(d.loop) } : { info: d.method, fn: decl, region: decl });
    }
    const walked = new Set<FunctionInfo>();
    while (work.length > 0) {
      const item = work.pop()!;
      if (walked.has(item.info)) continue;
      walked.add(item.info);
      const regions = [item.region, ...(item.after ?? [])];
      for (const r of regions) checkSubset(this.checker, item.info.name, item.fn, r, this.diagnostics);
      for (const callee of regions.flatMap((r) => this.walk(item.info, r))) {
        if (walked.has(callee) || (callee.kind !== 'traced' && callee.kind !== 'unroll')) continue;
        const decl = callee.decl;
        if (ts.isClassLike(decl)) work.push({ info: callee, fn: undefined, region: decl });
        else work.push({ info: callee, fn: decl as Fn, region: decl });
      }
    }
    this.markRecursion();
    return {
      functions: [...this.functions.values()],
      calls: this.calls,
      dispatches,
      drivers: this.drivers,
      classes: this.classInfos(),
      promotes: this.promotes,
      accessorNames: this.accessorNames(),
      diagnostics: this.diagnostics,
    };
  }

  /** The names of the get and set accessors the program's own files declare, anywhere. */
  private accessorNames(): Set<string> {
    const names = new Set<string>();
    const visit = (n: ts.Node): void => {
      if ((ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) && !ts.isComputedPropertyName(n.name)) names.add(n.name.text);
      ts.forEachChild(n, visit);
    };
    for (const sf of this.sources) visit(sf);
    return names;
  }

  // ---- step 1: the scan for hints

  private scan(sf: ts.SourceFile): void {
    const visit = (n: ts.Node): void => {
      if (ts.isClassLike(n)) {
        this.classDecls.push(n);
        for (const dec of ts.getDecorators(n) ?? []) {
          const h = this.hints.decoratorHint(dec);
          if (h?.member === 'virtualizable') this.readVirtualizable(n, dec, h.call);
          else if (h) this.diagnostics.push(diagnosticAt(dec, DiagCode.MisplacedHint, H.misplacedHint(`@jit.${h.member}`, 'applies to methods, not classes')));
        }
      }
      if (ts.isMethodDeclaration(n)) {
        for (const dec of ts.getDecorators(n) ?? []) {
          const h = this.hints.decoratorHint(dec);
          if (!h) continue;
          if (h.member === 'virtualizable' || h.member === 'promote') {
            this.diagnostics.push(diagnosticAt(dec, DiagCode.MisplacedHint, H.misplacedHint(`@jit.${h.member}`, 'is not a method decorator')));
          } else if (this.methodHints.has(n)) {
            this.diagnostics.push(diagnosticAt(dec, DiagCode.MisplacedHint, H.misplacedHint(`@jit.${h.member}`, `conflicts with @jit.${this.methodHints.get(n)} on '${displayName(n)}': use one hint per method`)));
          } else this.methodHints.set(n, h.member);
        }
      }
      if ((ts.isGetAccessor(n) || ts.isSetAccessor(n) || ts.isPropertyDeclaration(n)) && ts.isClassLike(n.parent)) {
        // A hint on any other class element would be silently lost: report it.
        const element = ts.isPropertyDeclaration(n) ? 'fields' : ts.isGetAccessor(n) ? 'getters' : 'setters';
        for (const dec of ts.getDecorators(n) ?? []) {
          const h = this.hints.decoratorHint(dec);
          if (!h) continue;
          const target = h.member === 'virtualizable' ? 'classes' : 'methods';
          this.diagnostics.push(diagnosticAt(dec, DiagCode.MisplacedHint, H.misplacedHint(`@jit.${h.member}`, `applies to ${target}, not ${element}`)));
        }
      }
      if (ts.isNewExpression(n) && this.hints.isJitDriverClass(n.expression)) this.drivers.push(readDriver(n, this.diagnostics));
      if (ts.isCallExpression(n)) {
        const m = this.hints.driverMethod(n);
        if (m) this.driverMethodCalls.push({ call: n, method: m });
        const j = this.hints.jitCall(n);
        if (j === 'pure' || j === 'opaque') this.readWrapper(n, j);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  private readVirtualizable(cls: ts.ClassLikeDeclaration, dec: ts.Decorator, call: ts.CallExpression | undefined): void {
    const fields: string[] = [];
    for (const a of call?.arguments ?? []) {
      if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) fields.push(a.text);
      else this.diagnostics.push(diagnosticAt(a, DiagCode.MisplacedHint, H.misplacedHint('@jit.virtualizable', 'takes the field names as string literals')));
    }
    const own = new Set(this.fieldsOf(cls).map((f) => f.name));
    for (const f of fields) {
      if (!own.has(f)) this.diagnostics.push(diagnosticAt(dec, DiagCode.MisplacedHint, H.misplacedHint('@jit.virtualizable', `names '${f}', which is not a field of class '${classNameOf(cls)}'`)));
    }
    this.virtualizable.set(cls, fields);
  }

  private readWrapper(call: ts.CallExpression, kind: 'pure' | 'opaque'): void {
    let p: ts.Node = call.parent;
    while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p)) p = p.parent;
    const arg = call.arguments[0];
    let fn: ts.Declaration | undefined;
    if (arg && (ts.isFunctionExpression(arg) || ts.isArrowFunction(arg))) fn = arg;
    else if (arg && ts.isIdentifier(arg)) fn = this.hints.symbolAt(arg)?.declarations?.find((d) => ts.isFunctionDeclaration(d));
    if (!ts.isVariableDeclaration(p) || fn === undefined) {
      this.diagnostics.push(diagnosticAt(call, DiagCode.MisplacedHint, H.misplacedHint(`jit.${kind}(...)`, 'must wrap a function expression or a function name, as the initializer of a const')));
      return;
    }
    this.wrappers.set(p, { kind, fn });
  }

  private attribute(call: ts.CallExpression, method: 'mergePoint' | 'canEnterJit'): void {
    const recv = (call.expression as ts.PropertyAccessExpression).expression;
    const key = ts.isPropertyAccessExpression(recv) ? recv.name : recv;
    const decl = this.hints.symbolAt(key)?.declarations?.[0];
    const d = this.drivers.find((x) => x.holder !== undefined && x.holder === decl);
    if (!d) {
      this.diagnostics.push(diagnosticAt(call.expression, DiagCode.UnknownDriver, H.unknownDriver(method)));
      return;
    }
    (method === 'mergePoint' ? d.mergePoints : d.canEnterJits).push(call);
    checkLiveArgument(call, method, d, this.diagnostics);
  }

  // ---- dispatch methods

  private dispatch(decl: ts.MethodDeclaration): DispatchInfo {
    const method = this.info(decl, 'dispatch', 'decorator');
    const name = method.name;
    let switchStmt: ts.SwitchStatement | undefined;
    if (decl.body) {
      const sws = outerSwitches(decl.body);
      if (sws.length === 0) this.diagnostics.push(diagnosticAt(decl.name, DiagCode.NoSwitch, H.noSwitch(name)));
      else if (sws.length > 1) this.diagnostics.push(diagnosticAt(sws[1]!, DiagCode.AmbiguousSwitch, H.ambiguousSwitch(name, sws.length)));
      switchStmt = sws[0];
    }
    const handlers = switchStmt ? handlersOf(this.checker, switchStmt) : [];
    let driver: DriverInfo | undefined;
    let loop: ts.IterationStatement | undefined;
    for (const d of this.drivers) {
      const mp = d.mergePoints.find((c) => enclosingFunction(c) === decl);
      if (mp) {
        driver = d;
        for (let p: ts.Node = mp.parent; p !== decl; p = p.parent) if (ts.isIterationStatement(p, false)) loop = p;
        break;
      }
    }
    if (!driver) driver = this.drivers.find((d) => d.mergePoints.some((c) => this.callsIn(enclosingFunction(c), decl)));
    if (!driver) this.diagnostics.push(diagnosticAt(decl.name, DiagCode.NoDriver, H.noDriver(name)));
    // The innermost loop around the merge point is the dispatch loop.
    if (loop && driver) {
      const mp = driver.mergePoints.find((c) => enclosingFunction(c) === decl)!;
      for (let p: ts.Node = mp.parent; p !== decl; p = p.parent) {
        if (ts.isIterationStatement(p, false)) {
          loop = p;
          break;
        }
      }
    }
    return { method, switchStmt, handlers, driver, loop };
  }

  /** Does `fn`'s body call `target`? */
  private callsIn(fn: Fn | undefined, target: ts.MethodDeclaration): boolean {
    if (!fn?.body) return false;
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(n) && this.checker.getResolvedSignature(n)?.declaration === target) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(fn.body);
    return found;
  }

  // ---- step 2: reachability

  /** Walk one traced region, recording call sites; returns the callees. */
  private walk(caller: FunctionInfo, region: ts.Node): FunctionInfo[] {
    const callees: FunctionInfo[] = [];
    const visit = (n: ts.Node): void => {
      if (n !== region && (ts.isFunctionLike(n) || ts.isClassLike(n))) return;
      if (ts.isCallExpression(n)) this.onCall(caller, n, callees);
      else if (ts.isNewExpression(n)) this.onNew(caller, n, callees);
      else if (ts.isPropertyAccessExpression(n)) this.touch(this.checker.getTypeAtLocation(n.expression));
      ts.forEachChild(n, visit);
    };
    if (ts.isClassLike(region)) {
      // An implicit constructor: its body is the instance field initializers.
      for (const m of region.members) {
        if (ts.isPropertyDeclaration(m) && m.initializer && !ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) visit(m.initializer);
      }
      this.touchedClasses.add(region);
      // It calls the base class's constructor (implicit or not) with its own arguments.
      const base = this.baseClass(region);
      if (base && !base.getSourceFile().isDeclarationFile) callees.push(this.classify(base, region, caller));
    } else if (ts.isFunctionLike(region) && (region as Fn).body) {
      // Default values of parameters (and of their patterns' elements) run in the callee, before its body.
      for (const p of (region as Fn).parameters) visit(p);
      ts.forEachChild((region as Fn).body!, visit);
      if (ts.isConstructorDeclaration(region)) {
        for (const m of region.parent.members) {
          if (ts.isPropertyDeclaration(m) && m.initializer && !ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) visit(m.initializer);
        }
      }
    } else visit(region);
    return callees;
  }

  private touch(type: ts.Type): void {
    for (const t of type.isUnion() ? type.types : [type]) {
      for (const d of t.getSymbol()?.declarations ?? []) {
        if (ts.isClassLike(d) && !d.getSourceFile().isDeclarationFile && !this.hints.inHints(d)) this.touchedClasses.add(d);
      }
    }
  }

  private addSite(caller: FunctionInfo, node: ts.CallExpression | ts.NewExpression, callees: FunctionInfo[], kind: CallSite['kind'], out: FunctionInfo[]): void {
    const unique = [...new Set(callees)];
    this.calls.push({ node, caller, callees: unique, polymorphic: unique.length > 1, kind });
    out.push(...unique);
  }

  private unresolved(caller: FunctionInfo, node: ts.Node, what: string, why: string): void {
    this.diagnostics.push(diagnosticAt(node, DiagCode.UnresolvedCall, subsetMessage.unresolvedCall(caller.name, what, why)));
  }

  private onCall(caller: FunctionInfo, call: ts.CallExpression, out: FunctionInfo[]): void {
    const j = this.hints.jitCall(call);
    if (j === 'promote') {
      this.promotes.push({ node: call, fn: caller });
      return;
    }
    if (j !== undefined || this.hints.driverMethod(call)) return;
    let callee: ts.Expression = call.expression;
    while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee)) callee = callee.expression;
    if (callee.kind === ts.SyntaxKind.SuperKeyword) {
      const sig = this.checker.getResolvedSignature(call)?.declaration;
      const cls = ts.isClassLike(enclosingFunction(call)?.parent ?? call) ? (enclosingFunction(call)!.parent as ts.ClassLikeDeclaration) : undefined;
      const base = cls ? this.baseClass(cls) : undefined;
      const target = sig && ts.isConstructorDeclaration(sig) ? sig : base;
      if (target) this.addSite(caller, call, [this.classify(target, call, caller)], 'super', out);
      return;
    }
    if (ts.isIdentifier(callee) && callee.text === 'eval') return; // reported by the subset check
    const calleeText = callee.getText();
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
      // `super.m()`: exactly the implementation the base class has, never an override.
      const d = this.checker.getSymbolAtLocation(callee.name)?.valueDeclaration;
      if (d && ts.isMethodDeclaration(d) && d.body && !d.getSourceFile().isDeclarationFile) this.addSite(caller, call, [this.classify(d, call, caller)], 'call', out);
      else this.unresolved(caller, call, calleeText, 'no method of the program with a body in the base classes');
      return;
    }
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      const recvType = this.checker.getTypeAtLocation(callee.expression);
      if (recvType.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
        this.unresolved(caller, call, calleeText, `the receiver has type '${this.checker.typeToString(recvType)}'`);
        return;
      }
      const nameNode = ts.isPropertyAccessExpression(callee) ? callee.name : callee.argumentExpression;
      const sym = this.checker.getSymbolAtLocation(nameNode);
      const decls = sym?.declarations ?? [];
      const isMethod = decls.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d) || ts.isFunctionDeclaration(d));
      if (!sym || !isMethod) {
        const name = sym?.name ?? calleeText;
        this.unresolved(caller, call, calleeText, sym ? `'${name}' is a function-typed field, not a method` : 'no declaration');
        return;
      }
      const wrapped = decls.map((d) => (ts.isVariableDeclaration(d) ? this.wrappers.get(d) : undefined)).find((w) => w);
      if (wrapped) {
        this.addSite(caller, call, [this.wrapperInfo(wrapped)], 'call', out);
        return;
      }
      const impls = this.implementations(recvType, sym.name, decls);
      if (impls.length === 0) {
        this.unresolved(caller, call, calleeText, 'no implementation found in the program');
        return;
      }
      this.addSite(caller, call, impls.map((d) => this.classify(d, call, caller)), 'call', out);
      return;
    }
    if (ts.isIdentifier(callee)) {
      const sym = this.hints.symbolAt(callee);
      const decl = sym?.declarations?.find((d) => (ts.isFunctionDeclaration(d) ? d.body !== undefined || d.getSourceFile().isDeclarationFile : true));
      if (decl && ts.isFunctionDeclaration(decl)) {
        this.addSite(caller, call, [this.classify(decl, call, caller)], 'call', out);
        return;
      }
      if (decl && ts.isVariableDeclaration(decl)) {
        const w = this.wrappers.get(decl);
        if (w) {
          this.addSite(caller, call, [this.wrapperInfo(w)], 'call', out);
          return;
        }
        const init = decl.initializer;
        const isConst = (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
        if (isConst && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && enclosingFunction(decl) === undefined) {
          this.addSite(caller, call, [this.classify(init, call, caller)], 'call', out);
          return;
        }
      }
      const t = this.checker.getTypeAtLocation(callee);
      const why = t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)
        ? `'${callee.text}' has type '${this.checker.typeToString(t)}'`
        : `'${callee.text}' is a function-typed value, not a declared function`;
      this.unresolved(caller, call, calleeText, why);
      return;
    }
    this.unresolved(caller, call, calleeText, 'the callee is a computed expression');
  }

  private onNew(caller: FunctionInfo, n: ts.NewExpression, out: FunctionInfo[]): void {
    if (this.hints.isJitDriverClass(n.expression)) return;
    const sym = this.hints.symbolAt(ts.isPropertyAccessExpression(n.expression) ? n.expression.name : n.expression);
    const cls = sym?.declarations?.find((d) => ts.isClassLike(d) && !d.getSourceFile().isDeclarationFile) as ts.ClassLikeDeclaration | undefined;
    if (cls) {
      this.touchedClasses.add(cls);
      const ctor = this.constructorOf(cls);
      this.addSite(caller, n, [this.classify(ctor, n, caller)], 'new', out);
      return;
    }
    const d = sym?.declarations?.[0];
    if (d && d.getSourceFile().isDeclarationFile) {
      const key = `new ${sym!.name}`;
      const info = this.libInfo(d, key, n, caller);
      this.addSite(caller, n, [info], 'new', out);
      return;
    }
    this.unresolved(caller, n, `new ${n.expression.getText()}`, 'the constructor is not a class declaration');
  }

  private constructorOf(cls: ts.ClassLikeDeclaration): ts.Declaration {
    return cls.members.find((m) => ts.isConstructorDeclaration(m) && m.body !== undefined) ?? cls;
  }

  private baseClass(cls: ts.ClassLikeDeclaration): ts.Declaration | undefined {
    const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!ext) return undefined;
    const base = this.hints.symbolAt(ext.expression)?.declarations?.find((d) => ts.isClassLike(d));
    return base && ts.isClassLike(base) ? this.constructorOf(base) : undefined;
  }

  /** Candidate implementations of method `name` on a receiver of type `recv`. */
  private implementations(recv: ts.Type, name: string, decls: readonly ts.Declaration[]): ts.Declaration[] {
    const lib = decls.filter((d) => d.getSourceFile().isDeclarationFile);
    const found: ts.Declaration[] = [];
    const addFrom = (cls: ts.ClassLikeDeclaration): void => {
      const inst = this.checker.getDeclaredTypeOfSymbol(this.checker.getSymbolAtLocation(cls.name!)!);
      const prop = inst.getProperty(name);
      for (const d of prop?.declarations ?? []) {
        if (ts.isMethodDeclaration(d) && d.body && !found.includes(d)) found.push(d);
      }
    };
    for (const t of recv.isUnion() ? recv.types : [recv]) {
      const s = t.getSymbol();
      const d = s?.declarations?.[0];
      if (!s || !d || d.getSourceFile().isDeclarationFile) continue;
      if (s.flags & ts.SymbolFlags.Class || s.flags & ts.SymbolFlags.Interface) {
        for (const c of this.classDecls) {
          if (!c.name || c.getSourceFile().isDeclarationFile) continue;
          const ct = this.checker.getDeclaredTypeOfSymbol(this.checker.getSymbolAtLocation(c.name)!);
          const related = s.flags & ts.SymbolFlags.Class ? this.derivesFrom(ct, s) : this.checker.isTypeAssignableTo(ct, t);
          if (related) addFrom(c);
        }
      }
    }
    if (found.length > 0) return found;
    const own = decls.filter((d) => (ts.isMethodDeclaration(d) || ts.isFunctionDeclaration(d)) && d.body !== undefined);
    return own.length > 0 ? own : lib.slice(0, 1);
  }

  private derivesFrom(t: ts.Type, base: ts.Symbol): boolean {
    if (t.getSymbol() === base) return true;
    if (!(t.flags & ts.TypeFlags.Object) || !((t as ts.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)) return false;
    return (this.checker.getBaseTypes(t as ts.InterfaceType) ?? []).some((b) => this.derivesFrom(b, base));
  }

  // ---- classification

  private uniqueName(base: string, decl: ts.Node): string {
    if (!this.names.has(base)) return base;
    const file = decl.getSourceFile().fileName.split(/[\\/]/).pop();
    return `${base}@${file}`;
  }

  private info(decl: ts.Declaration, kind: FunctionKind, source: KindSource, effect?: FunctionInfo['effect'], name?: string): FunctionInfo {
    const known = this.functions.get(decl);
    if (known) return known;
    const n = this.uniqueName(name ?? displayName(decl), decl);
    this.names.add(n);
    const cls = ts.isClassLike(decl) ? decl : ts.isClassLike(decl.parent) ? decl.parent : undefined;
    const info: FunctionInfo = { name: n, kind, source, decl, className: cls ? classNameOf(cls) : undefined, effect, recursive: false };
    this.functions.set(decl, info);
    return info;
  }

  private wrapperInfo(w: Wrapper): FunctionInfo {
    const p = w.fn.parent;
    const name = ts.isCallExpression(p) && ts.isVariableDeclaration(p.parent) ? p.parent.name.getText() : undefined;
    return this.info(w.fn, w.kind, 'wrapper', undefined, name);
  }

  private classify(decl: ts.Declaration, site: ts.Node, caller: FunctionInfo): FunctionInfo {
    if (decl.getSourceFile().isDeclarationFile) {
      const owner = ownerName(decl);
      const name = (decl as ts.NamedDeclaration).name?.getText() ?? '';
      return this.libInfo(decl, `${owner}.${name}`, site, caller);
    }
    const hint = this.methodHints.get(decl);
    if (hint === 'pure' || hint === 'opaque' || hint === 'unroll' || hint === 'dispatch') return this.info(decl, hint, 'decorator');
    return this.info(decl, 'traced', 'body');
  }

  private libInfo(decl: ts.Declaration, key: string, site: ts.Node, caller: FunctionInfo): FunctionInfo {
    const effect = builtinEffect(key);
    const display = key.startsWith('.') ? key.slice(1) : key;
    const info = this.info(decl, effect ? 'builtin' : 'opaque', effect ? 'builtin-table' : 'default', effect, display);
    if (!effect && !this.noted.has(info)) {
      this.noted.add(info);
      this.diagnostics.push(diagnosticAt(site, DiagCode.OpaqueLibrary, noteMessage.opaqueLibrary(caller.name, display), ts.DiagnosticCategory.Message));
    }
    return info;
  }

  private markRecursion(): void {
    const edges = new Map<FunctionInfo, Set<FunctionInfo>>();
    for (const c of this.calls) {
      const s = edges.get(c.caller) ?? new Set();
      for (const t of c.callees) s.add(t);
      edges.set(c.caller, s);
    }
    for (const f of this.functions.values()) {
      const seen = new Set<FunctionInfo>();
      const stack = [...(edges.get(f) ?? [])];
      while (stack.length > 0) {
        const g = stack.pop()!;
        if (g === f) {
          f.recursive = true;
          break;
        }
        if (seen.has(g)) continue;
        seen.add(g);
        stack.push(...(edges.get(g) ?? []));
      }
    }
  }

  // ---- classes and fields

  private fieldsOf(cls: ts.ClassLikeDeclaration): FieldInfo[] {
    const virt = new Set(this.virtualizable.get(cls) ?? []);
    const out: FieldInfo[] = [];
    const isReadonly = (n: ts.HasModifiers): boolean => ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false;
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m) && !ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) {
        const name = m.name.getText();
        out.push({ name, readonly: isReadonly(m), virtualizable: virt.has(name), decl: m });
      }
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          if (ts.isParameterPropertyDeclaration(p, m) && ts.isIdentifier(p.name)) {
            out.push({ name: p.name.text, readonly: isReadonly(p), virtualizable: virt.has(p.name.text), decl: p });
          }
        }
      }
    }
    return out;
  }

  private classInfos(): ClassInfo[] {
    const all = new Set<ts.ClassLikeDeclaration>([...this.touchedClasses, ...this.virtualizable.keys()]);
    for (const f of this.functions.values()) {
      const d = f.decl;
      if (d.getSourceFile().isDeclarationFile) continue;
      if (ts.isClassLike(d)) all.add(d);
      else if (ts.isClassLike(d.parent)) all.add(d.parent);
    }
    return [...all].map((decl) => ({ name: classNameOf(decl), decl, fields: this.fieldsOf(decl), virtualizable: this.virtualizable.get(decl) }));
  }
}
