/**
 * The Lua 5.1 interpreter: the dispatch loop (`run`), Lua and native calls, protected calls and
 * coroutine switches, on top of the VM state and runtime services of state.ts (together: the
 * LuaRuntime the libraries use).
 *
 * Invariants:
 * - Inside `run`, the executing frame is the top entry of its thread's call stack
 *   (`thread.frames[thread.depth - 1]`). Lua-to-Lua calls and returns switch frames inside the
 *   loop; `run` returns when the frame it was entered for (`stop`, a stack index) returns, or
 *   when the coroutine it runs yields.
 * - `pc`, `proto` and `regs` live in locals; `frame.pc` is written back before anything that
 *   may look at the stack (calls, slow paths that may raise or run metamethods).
 * - Natives, metamethods, iterator calls of TFORLOOP and library callbacks go through `call`,
 *   which counts nested calls (`cCalls`, Lua's nCcalls: "C stack overflow" at 200) and marks
 *   the thread as not yieldable (`nny`) while they run. Natives called by CALL/TAILCALL run
 *   through `callNative` without that mark: they may yield.
 * - A raised error leaves the call stack, `cCalls` and `nny` as they were at the raise; the
 *   catcher (pcall, xpcall, resume, the host) restores what it saved. Error handlers and
 *   tracebacks therefore see the stack of the error.
 *
 * For the JIT: `run` is the `@jit.dispatch` method; greens are `pc` and `proto`, reds `frame`,
 * `regs`, `thread` and `stop`; `regs` is also an array virtualizable (its items at constant
 * indices may stay in registers of compiled loops). `canEnterJit` sits at every backward jump
 * (FORLOOP, TFORLOOP's loop-back, JMP and conditional jumps with a negative offset). Slow paths
 * are methods: the ones that run metamethods, build error messages or call natives are
 * `@jit.opaque`.
 */

import { JitDriver, jit } from '../../../runtime/hints/index.js';
import { luaMod, luaPow } from '../bytecode/numeric.js';
import { FIELDS_PER_FLUSH, Op } from '../bytecode/opcodes.js';
import type { Proto } from '../bytecode/proto.js';
import { newLuaError } from './messages.js';
import { EMPTY, LuaFunction, NativeFunction } from '../value/function.js';
import { toNumber } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import type { LuaValue } from '../value/value.js';
import { LuaClosure, UpVal } from './closure.js';
import { LuaExit } from './exit.js';
import { Frame } from './frame.js';
import { LuaState, MAX_CALLS_HANDLING, MAX_C_CALLS, type LuaHost } from './state.js';
import type { LuaThread } from './thread.js';

export { MAX_CALLS, MAX_CALLS_HANDLING, MAX_C_CALLS, type LuaHost } from './state.js';

/** `#s` of a string (one char per byte). */
const stringLength = jit.pure(function stringLength(s: string): number {
  return s.length;
});

/** LUA_COMPAT_VARARG's `arg`: the extra arguments and their count `n`. */
const argTable = jit.opaque(function argTable(varargs: LuaValue[]): LuaTable {
  const t = new LuaTable(varargs.length, 1);
  for (let r = 0; r < varargs.length; r++) t.setInt(r + 1, varargs[r]);
  t.setStr('n', varargs.length);
  return t;
});

export class Interpreter extends LuaState {
  readonly driver = new JitDriver({ name: 'lua', greens: ['pc', 'proto'], reds: ['frame', 'regs', 'thread', 'stop'], virtualizables: ['regs'] });
  /** The varargs of frames called without extra arguments (never written). */
  private readonly noVarargs: LuaValue[] = [];

  constructor(host: LuaHost) {
    super(host);
  }

  // ---------------------------------------------------------------------------------------
  // The dispatch loop

  @jit.dispatch
  run(thread: LuaThread, stop: number): LuaValue[] {
    let frame = thread.frames[thread.depth - 1]!;
    let proto = frame.proto;
    let regs = frame.regs;
    let pc = frame.pc;
    for (;;) {
      this.driver.mergePoint({ pc, proto, frame, regs, thread, stop });
      const i = pc;
      const a = proto.a[i]!;
      pc = (pc + 1) | 0;
      switch (proto.op[i]!) {
        case Op.MOVE:
          regs[a] = regs[proto.b[i]!];
          break;
        case Op.LOADK:
          regs[a] = proto.k[proto.b[i]!];
          break;
        case Op.LOADBOOL:
          regs[a] = proto.b[i]! !== 0;
          if (proto.c[i]! !== 0) pc = (pc + 1) | 0;
          break;
        case Op.LOADNIL: {
          const b = proto.b[i]!;
          for (let r = a; r <= b; r++) regs[r] = undefined;
          break;
        }
        case Op.GETUPVAL: {
          const uv = frame.closure.upvals[proto.b[i]!]!;
          regs[a] = uv.regs[uv.index];
          break;
        }
        case Op.GETGLOBAL: {
          const env = frame.closure.env;
          const key = proto.k[proto.b[i]!] as string;
          let v = env.getField(key);
          if (v === undefined && env.metatable !== undefined) {
            frame.pc = pc;
            v = this.getTableSlow(env, key, -1);
          }
          regs[a] = v;
          break;
        }
        case Op.GETTABLE: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const t = regs[b];
          const key = c >= 0 ? regs[c] : proto.k[-1 - c];
          let v: LuaValue = undefined;
          if (t instanceof LuaTable) {
            if (typeof key === 'string') v = c < 0 ? t.getField(key) : t.getStr(key);
            else v = typeof key === 'number' ? t.getInt(key) : t.get(key);
            if (v === undefined && t.metatable !== undefined) {
              frame.pc = pc;
              v = this.getTableSlow(t, key, b);
            }
          } else {
            frame.pc = pc;
            v = this.getTableSlow(t, key, b);
          }
          regs[a] = v;
          break;
        }
        case Op.SETGLOBAL: {
          const env = frame.closure.env;
          const key = proto.k[proto.b[i]!] as string;
          if (env.metatable === undefined) env.setField(key, regs[a]);
          else {
            frame.pc = pc;
            this.setTableSlow(env, key, regs[a], -1);
          }
          break;
        }
        case Op.SETUPVAL: {
          const uv = frame.closure.upvals[proto.b[i]!]!;
          uv.regs[uv.index] = regs[a];
          break;
        }
        case Op.SETTABLE: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const t = regs[a];
          const key = b >= 0 ? regs[b] : proto.k[-1 - b];
          const v = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (t instanceof LuaTable && t.metatable === undefined) {
            if (typeof key === 'string') {
              if (b < 0) t.setField(key, v);
              else t.setStr(key, v);
            } else if (typeof key === 'number' && key === key) t.setInt(key, v);
            else {
              frame.pc = pc;
              this.setTableSlow(t, key, v, a);
            }
          } else if (!(b < 0 && typeof key === 'string' && t instanceof LuaTable && t.replaceField(key, v))) {
            frame.pc = pc;
            this.setTableSlow(t, key, v, a);
          }
          break;
        }
        case Op.NEWTABLE:
          regs[a] = new LuaTable(proto.b[i]!, proto.c[i]!);
          break;
        case Op.SELF: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const t = regs[b];
          const key = c >= 0 ? regs[c] : proto.k[-1 - c];
          regs[a + 1] = t;
          let v: LuaValue = undefined;
          if (t instanceof LuaTable) {
            if (typeof key === 'string') v = c < 0 ? t.getField(key) : t.getStr(key);
            else v = t.get(key);
            const mt = t.metatable;
            if (v === undefined && mt !== undefined) {
              // The method of an object whose class is its metatable's __index table: the
              // lookup stays in the trace (guards on the shapes), not a residual call.
              const h = c < 0 && typeof key === 'string' ? mt.getField('__index') : undefined;
              if (h instanceof LuaTable) {
                v = h.getField(key as string);
                if (v === undefined && h.metatable !== undefined) {
                  frame.pc = pc;
                  v = this.getTableSlow(h, key, b);
                }
              } else {
                frame.pc = pc;
                v = this.getTableSlow(t, key, b);
              }
            }
          } else {
            frame.pc = pc;
            v = this.getTableSlow(t, key, b);
          }
          regs[a] = v;
          break;
        }
        case Op.ADD: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = x + y;
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.ADD, x, y, b, c);
          }
          break;
        }
        case Op.SUB: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = x - y;
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.SUB, x, y, b, c);
          }
          break;
        }
        case Op.MUL: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = x * y;
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.MUL, x, y, b, c);
          }
          break;
        }
        case Op.DIV: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = x / y;
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.DIV, x, y, b, c);
          }
          break;
        }
        case Op.MOD: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = luaMod(x, y);
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.MOD, x, y, b, c);
          }
          break;
        }
        case Op.POW: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          if (typeof x === 'number' && typeof y === 'number') regs[a] = luaPow(x, y);
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.POW, x, y, b, c);
          }
          break;
        }
        case Op.UNM: {
          const b = proto.b[i]!;
          const x = regs[b];
          if (typeof x === 'number') regs[a] = -x;
          else {
            frame.pc = pc;
            regs[a] = this.arithSlow(Op.UNM, x, x, b, b);
          }
          break;
        }
        case Op.NOT: {
          const x = regs[proto.b[i]!];
          regs[a] = x === undefined || x === false;
          break;
        }
        case Op.LEN: {
          const b = proto.b[i]!;
          const x = regs[b];
          if (typeof x === 'string') regs[a] = stringLength(x);
          else if (x instanceof LuaTable) regs[a] = x.length();
          else {
            frame.pc = pc;
            regs[a] = this.lenSlow(x, b);
          }
          break;
        }
        case Op.CONCAT: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = regs[b];
          const y = regs[c];
          if (c === b + 1 && typeof x === 'string' && typeof y === 'string') regs[a] = x + y;
          else {
            frame.pc = pc;
            regs[a] = this.concatSlow(regs, b, c);
          }
          break;
        }
        case Op.JMP: {
          const off = proto.b[i]!;
          pc = (pc + off) | 0;
          if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          break;
        }
        case Op.EQ: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          let r = x === y;
          if (!r && typeof x === 'object' && typeof y === 'object') {
            frame.pc = pc;
            r = this.equalsSlow(x, y);
          }
          if (r !== (a !== 0)) pc = (pc + 1) | 0;
          else {
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          }
          break;
        }
        case Op.LT:
        case Op.LE: {
          const b = proto.b[i]!;
          const c = proto.c[i]!;
          const x = b >= 0 ? regs[b] : proto.k[-1 - b];
          const y = c >= 0 ? regs[c] : proto.k[-1 - c];
          let r: boolean;
          if (typeof x === 'number' && typeof y === 'number') r = proto.op[i] === Op.LT ? x < y : x <= y;
          else {
            frame.pc = pc;
            r = this.compareSlow(proto.op[i]!, x, y);
          }
          if (r !== (a !== 0)) pc = (pc + 1) | 0;
          else {
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          }
          break;
        }
        case Op.TEST: {
          const x = regs[a];
          if ((x !== undefined && x !== false) !== (proto.c[i]! !== 0)) pc = (pc + 1) | 0;
          else {
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          }
          break;
        }
        case Op.TESTSET: {
          const x = regs[proto.b[i]!];
          if ((x !== undefined && x !== false) === (proto.c[i]! !== 0)) {
            regs[a] = x;
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          } else pc = (pc + 1) | 0;
          break;
        }
        case Op.CALL: {
          const b = proto.b[i]!;
          const nres = proto.c[i]! - 1;
          let nargs = b !== 0 ? b - 1 : frame.top - a - 1;
          let fn = regs[a];
          frame.pc = pc;
          if (!(fn instanceof LuaFunction)) {
            fn = this.callMetamethod(regs, a, nargs, fn);
            nargs++;
          }
          if (fn instanceof LuaClosure) {
            const callee = this.pushFrame(thread, fn, regs, a + 1, nargs, a, nres, frame);
            frame = callee;
            proto = callee.proto;
            regs = callee.regs;
            pc = 0;
          } else {
            const res = this.callNative(thread, fn as NativeFunction, regs.slice(a + 1, a + 1 + nargs));
            if (thread.yieldRequested) {
              thread.pendingA = a;
              thread.pendingC = nres;
              thread.depth++; // the yield stays on the suspended stack, as in Lua
              return res;
            }
            const n = res.length;
            if (nres < 0) {
              for (let r = 0; r < n; r++) regs[a + r] = res[r];
              frame.top = a + n;
            } else {
              for (let r = 0; r < nres; r++) regs[a + r] = r < n ? res[r] : undefined;
            }
          }
          break;
        }
        case Op.TAILCALL: {
          const b = proto.b[i]!;
          let nargs = b !== 0 ? b - 1 : frame.top - a - 1;
          let fn = regs[a];
          frame.pc = pc;
          if (!(fn instanceof LuaFunction)) {
            fn = this.callMetamethod(regs, a, nargs, fn);
            nargs++;
          }
          if (fn instanceof LuaClosure) {
            if (frame.openUpvals !== undefined) this.closeUpvals(frame, 0);
            const callee = this.tailFrame(thread, fn, regs, a + 1, nargs, frame);
            frame = callee;
            proto = callee.proto;
            regs = callee.regs;
            pc = 0;
          } else {
            // A native in tail position runs as a call; the RETURN A 0 that follows returns its results.
            const res = this.callNative(thread, fn as NativeFunction, regs.slice(a + 1, a + 1 + nargs));
            if (thread.yieldRequested) {
              thread.pendingA = a;
              thread.pendingC = -1;
              thread.depth++; // the yield stays on the suspended stack, as in Lua
              return res;
            }
            const n = res.length;
            for (let r = 0; r < n; r++) regs[a + r] = res[r];
            frame.top = a + n;
          }
          break;
        }
        case Op.RETURN: {
          const b = proto.b[i]!;
          const n = b !== 0 ? b - 1 : frame.top - a;
          if (frame.openUpvals !== undefined) this.closeUpvals(frame, 0);
          const d = thread.depth - 1;
          thread.depth = d;
          if (d === stop) return regs.slice(a, a + n);
          const caller = frame.caller!;
          const dst = frame.callerRegs;
          const base = frame.retBase;
          const wanted = frame.nresults;
          if (wanted < 0) {
            for (let r = 0; r < n; r++) dst[base + r] = regs[a + r];
            caller.top = base + n;
          } else {
            for (let r = 0; r < wanted; r++) dst[base + r] = r < n ? regs[a + r] : undefined;
          }
          frame = caller;
          proto = caller.proto;
          regs = dst;
          pc = caller.pc;
          break;
        }
        case Op.FORLOOP: {
          const step = regs[a + 2] as number;
          const idx = (regs[a] as number) + step;
          const limit = regs[a + 1] as number;
          if (step > 0 ? idx <= limit : limit <= idx) {
            pc = (pc + proto.b[i]!) | 0;
            regs[a] = idx;
            regs[a + 3] = idx;
            this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          }
          break;
        }
        case Op.FORPREP: {
          const init = regs[a];
          const limit = regs[a + 1];
          const step = regs[a + 2];
          if (typeof init !== 'number' || typeof limit !== 'number' || typeof step !== 'number') {
            frame.pc = pc;
            this.forPrepSlow(regs, a);
          }
          regs[a] = (regs[a] as number) - (regs[a + 2] as number);
          pc = (pc + proto.b[i]!) | 0;
          break;
        }
        case Op.TFORLOOP: {
          frame.pc = pc;
          const nres = proto.c[i]!;
          this.forCall(regs, a, nres);
          const v = regs[a + 3];
          if (v !== undefined) {
            regs[a + 2] = v;
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) this.driver.canEnterJit({ pc, proto, frame, regs, thread, stop });
          } else pc = (pc + 1) | 0;
          break;
        }
        case Op.SETLIST: {
          const b = proto.b[i]!;
          const n = b !== 0 ? b : frame.top - a - 1;
          this.setList(regs, a, n, proto.c[i]!);
          break;
        }
        case Op.CLOSE:
          if (frame.openUpvals !== undefined) this.closeUpvals(frame, a);
          break;
        case Op.CLOSURE:
          regs[a] = this.makeClosure(frame, proto.protos[proto.b[i]!]!);
          break;
        case Op.VARARG: {
          const b = proto.b[i]!;
          const va = frame.varargs;
          const n = va.length;
          if (b === 0) {
            for (let r = 0; r < n; r++) regs[a + r] = va[r];
            frame.top = a + n;
          } else {
            for (let r = 0; r < b - 1; r++) regs[a + r] = r < n ? va[r] : undefined;
          }
          break;
        }
        default:
          frame.pc = pc;
          throw this.runtimeError(`bad opcode ${proto.op[i]!}`);
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Frames and upvalues

  /** A frame for `cl` called with `nargs` arguments at src[first..], pushed on the thread. */
  /**
   * A new frame on top of the thread's stack. `caller` is the Lua frame making the call (its
   * registers are `src`), or undefined when the new frame's RETURN is to leave `run`.
   */
  pushFrame(thread: LuaThread, cl: LuaClosure, src: LuaValue[], first: number, nargs: number, retBase: number, nres: number, caller: Frame | undefined): Frame {
    const d = thread.depth;
    if (d + 1 >= this.callLimit) throw this.stackOverflow();
    const frame = this.newFrame(cl, src, first, nargs, retBase, nres, caller, caller !== undefined ? src : this.noVarargs);
    thread.fns[d] = cl;
    thread.frames[d] = frame;
    thread.depth = d + 1;
    return frame;
  }

  /** TAILCALL: the callee's frame replaces the caller's entry and inherits its result slot. */
  tailFrame(thread: LuaThread, cl: LuaClosure, src: LuaValue[], first: number, nargs: number, caller: Frame): Frame {
    const frame = this.newFrame(cl, src, first, nargs, caller.retBase, caller.nresults, caller.caller, caller.callerRegs);
    frame.tailcalls = caller.tailcalls + 1;
    const d = thread.depth - 1;
    thread.fns[d] = cl;
    thread.frames[d] = frame;
    return frame;
  }

  newFrame(cl: LuaClosure, src: LuaValue[], first: number, nargs: number, retBase: number, nres: number, caller: Frame | undefined, callerRegs: LuaValue[]): Frame {
    const p = cl.proto;
    const np = p.numParams;
    const regs: LuaValue[] = new Array<LuaValue>(p.maxStack);
    for (let r = 0; r < np; r++) regs[r] = r < nargs ? src[first + r] : undefined;
    for (let r = np; r < p.maxStack; r++) regs[r] = undefined;
    const varargs = p.isVararg && nargs > np ? src.slice(first + np, first + nargs) : this.noVarargs;
    if (cl.needsArg) regs[np] = argTable(varargs);
    return new Frame(cl, p, regs, varargs, retBase, nres, caller, callerRegs);
  }

  /** CLOSE: detaches every open upvalue of a register >= from. */
  @jit.opaque
  closeUpvals(frame: Frame, from: number): void {
    const list = frame.openUpvals!;
    let w = 0;
    for (let r = 0; r < list.length; r++) {
      const uv = list[r]!;
      if (uv.index >= from) uv.close();
      else list[w++] = uv;
    }
    list.length = w;
    if (w === 0) frame.openUpvals = undefined;
  }

  /** The one open upvalue of a register of `frame`, created on first capture. */
  findUpval(frame: Frame, reg: number): UpVal {
    let list = frame.openUpvals;
    if (list === undefined) {
      list = [];
      frame.openUpvals = list;
    }
    for (let r = 0; r < list.length; r++) if (list[r]!.index === reg) return list[r]!;
    const uv = new UpVal(frame.regs, reg);
    list.push(uv);
    return uv;
  }

  @jit.opaque
  makeClosure(frame: Frame, p: Proto): LuaClosure {
    const descs = p.upvalues;
    const parent = frame.closure.upvals;
    const upvals: UpVal[] = [];
    for (let u = 0; u < descs.length; u++) {
      const d = descs[u]!;
      upvals.push(d.inStack ? this.findUpval(frame, d.index) : parent[d.index]!);
    }
    return new LuaClosure(p, upvals, frame.closure.env);
  }

  // ---------------------------------------------------------------------------------------
  // Slow paths of the loop (frame.pc is saved before each)

  @jit.opaque
  getTableSlow(t: LuaValue, key: LuaValue, reg: number): LuaValue {
    return this.getTable(t, key, reg);
  }

  @jit.opaque
  setTableSlow(t: LuaValue, key: LuaValue, v: LuaValue, reg: number): void {
    this.setTable(t, key, v, reg);
  }

  @jit.opaque
  arithSlow(op: number, x: LuaValue, y: LuaValue, regX: number, regY: number): LuaValue {
    return this.arith(op, x, y, regX, regY);
  }

  @jit.opaque
  lenSlow(x: LuaValue, reg: number): LuaValue {
    return this.len(x, reg);
  }

  @jit.opaque
  concatSlow(regs: LuaValue[], first: number, last: number): LuaValue {
    return this.concat(regs, first, last);
  }

  @jit.opaque
  equalsSlow(x: LuaValue, y: LuaValue): boolean {
    return this.equals(x, y);
  }

  @jit.opaque
  compareSlow(op: number, x: LuaValue, y: LuaValue): boolean {
    return op === Op.LT ? this.lessThan(x, y) : this.lessEqual(x, y);
  }

  /** SETLIST: R(A)[(block-1)*FPF + r] := R(A+r) for r = 1..n (R(A) is the constructor's table). */
  @jit.opaque
  setList(regs: LuaValue[], a: number, n: number, block: number): void {
    const t = regs[a] as LuaTable;
    const base = (block - 1) * FIELDS_PER_FLUSH;
    // lvm.c: the array part grows to the last index stored, so `#{...}` counts nil results too.
    t.reserveArray(base + n);
    for (let r = 1; r <= n; r++) t.setInt(base + r, regs[a + r]);
  }

  /** FORPREP's coercion of the control values to numbers, with 5.1's errors. */
  @jit.opaque
  forPrepSlow(regs: LuaValue[], a: number): void {
    const init = toNumber(regs[a]);
    if (init === undefined) throw this.runtimeError("'for' initial value must be a number");
    const limit = toNumber(regs[a + 1]);
    if (limit === undefined) throw this.runtimeError("'for' limit must be a number");
    const step = toNumber(regs[a + 2]);
    if (step === undefined) throw this.runtimeError("'for' step must be a number");
    regs[a] = init;
    regs[a + 1] = limit;
    regs[a + 2] = step;
  }

  /** TFORLOOP's call: R(A+3..A+2+C) := R(A)(R(A+1), R(A+2)), a nested call as in 5.1. */
  @jit.opaque
  forCall(regs: LuaValue[], a: number, nres: number): void {
    const cb = a + 3;
    regs[cb] = regs[a];
    regs[cb + 1] = regs[a + 1];
    regs[cb + 2] = regs[a + 2];
    let fn = regs[cb];
    const args = [regs[a + 1], regs[a + 2]];
    if (!(fn instanceof LuaFunction)) {
      const tm = this.metamethod(fn, '__call');
      if (!(tm instanceof LuaFunction)) throw this.operandError(fn, 'call', cb);
      args.unshift(fn);
      fn = tm;
    }
    const res = this.call(fn, args);
    for (let r = 0; r < nres; r++) regs[cb + r] = r < res.length ? res[r] : undefined;
  }

  /** tryfuncTM: a call of a non-function goes to its __call, which gets the value as first argument. */
  @jit.opaque
  callMetamethod(regs: LuaValue[], a: number, nargs: number, fn: LuaValue): LuaFunction {
    const tm = this.metamethod(fn, '__call');
    if (!(tm instanceof LuaFunction)) throw this.operandError(fn, 'call', a);
    for (let r = a + nargs; r >= a; r--) regs[r + 1] = regs[r];
    regs[a] = tm;
    return tm;
  }

  // ---------------------------------------------------------------------------------------
  // Calls

  /** Runs a native with a call-stack entry of its own (what tracebacks and argError see). */
  @jit.opaque
  callNative(thread: LuaThread, fn: NativeFunction, args: LuaValue[]): LuaValue[] {
    const d = thread.depth;
    if (d + 1 >= this.callLimit) throw this.stackOverflow();
    thread.fns[d] = fn;
    thread.frames[d] = undefined;
    thread.depth = d + 1;
    const res = fn.fn(this, args);
    thread.depth = d;
    return res;
  }

  /** Calls any value from the host or a native (honouring __call): a nested, non-yieldable call. */
  call(fn: LuaValue, args: LuaValue[]): LuaValue[] {
    const thread = this.current;
    // luaD_call: ++nCcalls >= LUAI_MAXCCALLS fails.
    if (++this.cCalls >= MAX_C_CALLS) this.cStackOverflow();
    thread.nny++;
    let res: LuaValue[];
    if (fn instanceof LuaClosure) {
      this.pushFrame(thread, fn, args, 0, args.length, 0, -1, undefined);
      res = this.run(thread, thread.depth - 1);
    } else if (fn instanceof NativeFunction) {
      res = this.callNative(thread, fn, args);
    } else {
      const tm = this.metamethod(fn, '__call');
      if (!(tm instanceof LuaFunction)) throw this.operandError(fn, 'call', -1);
      this.cCalls--;
      thread.nny--;
      return this.call(tm, [fn, ...args]);
    }
    thread.nny--;
    this.cCalls--;
    return res;
  }

  /** At the limit a runtime error; well past it (calls made while handling that error) errerr, as 5.1. */
  private cStackOverflow(): void {
    if (this.cCalls === MAX_C_CALLS) throw this.runtimeError('C stack overflow');
    if (this.cCalls >= MAX_C_CALLS + (MAX_C_CALLS >> 3)) throw newLuaError('error in error handling');
  }

  @jit.opaque
  private stackOverflow(): Error {
    return this.runtimeError('stack overflow');
  }

  callMeta(fn: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
    return this.call(fn, [a, b])[0];
  }

  callMeta3(fn: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue): void {
    this.call(fn, [a, b, c]);
  }

  pcall(fn: LuaValue, args: LuaValue[]): LuaValue[] {
    const thread = this.current;
    const depth = thread.depth;
    const nny = thread.nny;
    const cCalls = this.cCalls;
    try {
      const res = this.call(fn, args);
      const out: LuaValue[] = [true];
      for (let r = 0; r < res.length; r++) out.push(res[r]);
      return out;
    } catch (e) {
      const v = this.errorValue(e);
      thread.depth = depth;
      thread.nny = nny;
      this.cCalls = cCalls;
      return [false, v];
    }
  }

  xpcall(fn: LuaValue, handler: LuaValue, args: LuaValue[]): LuaValue[] {
    const thread = this.current;
    const depth = thread.depth;
    const nny = thread.nny;
    const cCalls = this.cCalls;
    try {
      const res = this.call(fn, args);
      const out: LuaValue[] = [true];
      for (let r = 0; r < res.length; r++) out.push(res[r]);
      return out;
    } catch (e) {
      const v = this.errorValue(e);
      // The handler runs on top of the stack of the error, before it unwinds.
      let h: LuaValue;
      const limit = this.callLimit;
      this.callLimit = MAX_CALLS_HANDLING;
      try {
        h = this.call(handler, [v])[0];
      } catch (e2) {
        if (e2 instanceof LuaExit) throw e2;
        h = 'error in error handling';
      }
      this.callLimit = limit;
      thread.depth = depth;
      thread.nny = nny;
      this.cCalls = cCalls;
      return [false, h];
    }
  }

  // ---------------------------------------------------------------------------------------
  // Coroutines

  /** coroutine.resume: [true, ...values yielded or returned] or [false, error]. */
  override resume(co: LuaThread, args: LuaValue[]): LuaValue[] {
    if (co.status !== 'suspended') return [false, `cannot resume ${co.status} coroutine`];
    if (this.cCalls >= MAX_C_CALLS) return [false, 'C stack overflow'];
    const prev = this.current;
    const cCalls = this.cCalls;
    prev.status = 'normal';
    co.status = 'running';
    this.current = co;
    this.cCalls++;
    let out: LuaValue[];
    try {
      if (co.fresh) {
        co.fresh = false;
        this.pushFrame(co, co.body as LuaClosure, args, 0, args.length, 0, -1, undefined);
      } else {
        co.depth--; // the native that yielded returns
        const frame = co.frames[co.depth - 1]!;
        const a = co.pendingA;
        const wanted = co.pendingC;
        const regs = frame.regs;
        if (wanted < 0) {
          for (let r = 0; r < args.length; r++) regs[a + r] = args[r];
          frame.top = a + args.length;
        } else {
          for (let r = 0; r < wanted; r++) regs[a + r] = args[r];
        }
      }
      const res = this.run(co, 0);
      out = [true];
      if (co.yieldRequested) {
        co.yieldRequested = false;
        co.status = 'suspended';
        const vals = co.transfer;
        co.transfer = EMPTY;
        for (let r = 0; r < vals.length; r++) out.push(vals[r]);
      } else {
        co.status = 'dead';
        for (let r = 0; r < res.length; r++) out.push(res[r]);
      }
    } catch (e) {
      co.status = 'dead';
      co.yieldRequested = false;
      if (e instanceof LuaExit) {
        this.current = prev;
        prev.status = 'running';
        this.cCalls = cCalls;
        throw e;
      }
      out = [false, this.errorValue(e)];
    }
    this.current = prev;
    prev.status = 'running';
    this.cCalls = cCalls;
    return out;
  }

  /** coroutine.yield from a native called by a Lua frame of a coroutine: the loop suspends it. */
  override requestYield(values: LuaValue[]): void {
    const t = this.current;
    if (t.isMain || t.nny > 0) throw this.runtimeError('attempt to yield across metamethod/C-call boundary');
    t.transfer = values;
    t.yieldRequested = true;
  }

}
