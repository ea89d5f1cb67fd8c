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
    __metajit_loop: for (;;) {
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
          if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
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
            if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
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
            if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
          }
          break;
        }
        case Op.TEST: {
          const x = regs[a];
          if ((x !== undefined && x !== false) !== (proto.c[i]! !== 0)) pc = (pc + 1) | 0;
          else {
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
          }
          break;
        }
        case Op.TESTSET: {
          const x = regs[proto.b[i]!];
          if ((x !== undefined && x !== false) === (proto.c[i]! !== 0)) {
            regs[a] = x;
            const off = proto.b[pc]!;
            pc = (pc + 1 + off) | 0;
            if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
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
            { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
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
            if (off < 0) { const __metajit_o = this.driver.backEdge(__metajit_portal_0, [this, pc, proto, frame, regs, thread, stop]); if (__metajit_o !== null) { if (__metajit_o.done) return __metajit_o.value as never; [, pc, proto, frame, regs, thread, stop] = __metajit_o.values as [unknown, typeof pc, typeof proto, typeof frame, typeof regs, typeof thread, typeof stop]; continue __metajit_loop; } }
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

// ---- metajit: generated from the code above; do not edit below this line ----
import { __metajit } from "../../../runtime/hints/index.js";
import type { ArrayDescr as __metajit_ArrayDescr, Const as __metajit_Const, FieldDescr as __metajit_FieldDescr, MergeResult as __metajit_MergeResult, PortalLayout as __metajit_PortalLayout, RecordOptions as __metajit_RecordOptions, Recorder as __metajit_Recorder, StepTracer as __metajit_StepTracer, Value as __metajit_Value } from "../../../runtime/hints/index.js";
import { LuaTable as __metajit_ref_0 } from "../value/table.js";
import { luaPow as __metajit_ref_1 } from "../bytecode/numeric.js";
import { LuaFunction as __metajit_ref_2 } from "../value/function.js";
import { LuaClosure as __metajit_ref_3 } from "./closure.js";
import { fieldSlot as __metajit_ref_4 } from "../value/table.js";
import { ROOT_SHAPE as __metajit_ref_5 } from "../value/shape.js";
import { EMPTY_VALUES as __metajit_ref_6 } from "../value/table.js";
import { newValueArray as __metajit_ref_7 } from "../value/table.js";
import { nodeCapacity as __metajit_ref_8 } from "../value/table.js";
import { tableError as __metajit_ref_9 } from "../value/table.js";
import { Frame as __metajit_ref_10 } from "./frame.js";
let __metajit_table: ReturnType<typeof __metajit.jitcodes> | undefined;
const __metajit_jitcodes = (): ReturnType<typeof __metajit.jitcodes> => (__metajit_table ??= __metajit.jitcodes([
    { name: "Interpreter.run.portal", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rfrrrrfffrifirififbirifirirrifiririfbbrrifbbfifrifbirrrrifiirfirrrrrrifirbbrbbifrifririrrbirrfirrbrbrbrrrrbfrrbbrbbirrrrrifirbirirrrrrifirfiirfrifririrrbirrfirrrbirrfirbbrbrbbrbbffbfbbrbbbbbbirifrrifrrfrifririrrbirrfirfirbrbrbrrrbbbbrrbbrbrbbbrbbifrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfririrbiffrirrrifiibbbbrfririrbifrbifrirfrifriririfbbrbbrbirirfrifibfrifrirrbirrfirrrbirrfirbbbrbbrbbbiibbfifriffibfrifrirrbirrfirrrbirrfirbrbbrbbrifbffbffbrifbbiibbfifriffibribbbbbrifbbiibbfifriffibrrifibbbbbrifbbiibifriffibfifrifrifffbbffffribbbrfrfffrbffibffbfiirfffbfirfbirfriffbbffffribbbrbbrfrfffrbffiffbfiirfffriffbbfffrbbffbfrrrffbfbfifirffbfirbfirffirfirfffirbbbbriffiirfirrirfirfirbbbbrbbbbrbbiirffirffrriffifrirfibbfifriffibfifriffbbfffrifrbbirrifirrfriribffbfiirffffbfirfbirrifrr",
      pool: [__metajit.pool.field("a"), __metajit.pool.array("any"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.int(0), __metajit.pool.field("op"), __metajit.pool.field("b"), __metajit.pool.field("k"), __metajit.pool.float(0), __metajit.pool.field("c"), __metajit.pool.ref(undefined), __metajit.pool.field("closure"), __metajit.pool.field("upvals"), __metajit.pool.field("regs"), __metajit.pool.field("index"), __metajit.pool.field("env"), __metajit.pool.field("metatable"), __metajit.pool.field("pc"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("string"), __metajit.pool.ref("number"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("__index"), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(12), __metajit.pool.float(12), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(13), __metajit.pool.float(13), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(14), __metajit.pool.float(14), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(15), __metajit.pool.float(15), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(16), __metajit.pool.float(16), __metajit.pool.ref(__metajit_ref_1), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(17), __metajit.pool.float(17), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(18), __metajit.pool.float(18), __metajit.pool.bool(false), __metajit.pool.ref(false), __metajit.pool.ref(stringLength), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("lenSlow")), __metajit.pool.ref(__metajit.concatStrings), __metajit.pool.ref(__metajit.methodCaller("concatSlow")), __metajit.pool.ref("object"), __metajit.pool.ref(__metajit.methodCaller("equalsSlow")), __metajit.pool.int(24), __metajit.pool.float(24), __metajit.pool.ref(__metajit.methodCaller("compareSlow")), __metajit.pool.field("top"), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("proto"), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("yieldRequested"), __metajit.pool.field("pendingA"), __metajit.pool.field("pendingC"), __metajit.pool.field("depth"), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("openUpvals"), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("caller"), __metajit.pool.field("callerRegs"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(3), __metajit.pool.float(3), __metajit.pool.ref(__metajit.methodCaller("forPrepSlow")), __metajit.pool.ref(__metajit.methodCaller("forCall")), __metajit.pool.ref(__metajit.methodCaller("setList")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("makeClosure")), __metajit.pool.field("protos"), __metajit.pool.field("varargs"), __metajit.pool.ref(__metajit.methodCaller("runtimeError")), __metajit.pool.ref("bad opcode "), __metajit.pool.ref(__metajit.concatStrings)],
      code: [69, 7, 1, 52, 9, 3, 2, -1, 36, 10, 7, 55, 8, 1, 9, 10, -2, 20, 11, 1, -4, 36, 12, 11, 34, 1, 12, 52, 13, 3, 2, -6, 36, 14, 7, 55, 15, 1, 13, 14, -2, 36, 16, 15, 34, 17, 16, 32, 18, 17, 15, 61, 18, 7586, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 18, 62, 16, 7586, 38, 0, 157, 1, 190, 2, 228, 3, 307, 4, 358, 5, 420, 6, 564, 7, 964, 8, 1085, 9, 1147, 10, 1680, 11, 1744, 12, 2312, 13, 2567, 14, 2822, 15, 3077, 16, 3332, 17, 3598, 18, 3865, 19, 3963, 20, 4031, 21, 4181, 22, 4372, 23, 4416, 24, 4756, 25, 4756, 26, 5150, 27, 5300, 28, 5472, 29, 5945, 30, 6329, 31, 6675, 32, 6828, 33, 7051, 34, 7193, 35, 7287, 36, 7332, 37, 7387, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 36, 19, 8, 52, 20, 3, 2, -7, 36, 21, 7, 55, 22, 1, 20, 21, -2, 36, 23, 22, 54, 24, 3, 4, 23, -2, 56, 4, 19, 24, -2, 60, 7623, 36, 25, 8, 52, 26, 3, 2, -8, 52, 27, 3, 2, -7, 36, 28, 7, 55, 29, 1, 27, 28, -2, 36, 30, 29, 55, 31, 3, 26, 30, -2, 56, 4, 25, 31, -2, 60, 7623, 36, 32, 8, 52, 33, 3, 2, -7, 36, 34, 7, 55, 35, 1, 33, 34, -2, 32, 36, 35, -9, 37, 37, 36, 46, 38, 37, 56, 4, 32, 38, -2, 52, 39, 3, 2, -10, 36, 40, 7, 55, 41, 1, 39, 40, -2, 32, 42, 41, -9, 37, 43, 42, 61, 43, 305, 8, 0, 1, 2, 3, 4, 5, 6, 43, 20, 44, 1, -4, 36, 45, 44, 34, 1, 45, 60, 305, 60, 7623, 52, 47, 3, 2, -7, 36, 48, 7, 55, 46, 1, 47, 48, -2, 69, 49, 8, 29, 50, 49, 46, 61, 50, 356, 10, 0, 1, 2, 3, 4, 5, 6, 46, 49, 50, 36, 51, 49, 56, 4, 51, -11, -2, 20, 49, 49, -4, 60, 324, 60, 7623, 52, 53, 3, 3, -12, 52, 54, 3, 53, -13, 52, 55, 3, 2, -7, 36, 56, 7, 55, 57, 1, 55, 56, -2, 36, 58, 57, 54, 52, 3, 54, 58, -2, 36, 59, 8, 51, 60, 3, 52, -14, 51, 61, 1, 52, -15, 36, 62, 61, 54, 63, 3, 60, 62, -2, 56, 4, 59, 63, -2, 60, 7623, 52, 65, 3, 3, -12, 51, 64, 3, 65, -16, 52, 67, 3, 2, -8, 52, 68, 3, 2, -7, 36, 69, 7, 55, 70, 1, 68, 69, -2, 36, 71, 70, 55, 66, 3, 67, 71, -2, 63, 1, 72, 2, 64, 66, 10, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 39, 73, 72, -11, 69, 74, 73, 61, 73, 514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 73, 74, 51, 75, 3, 64, -17, 39, 76, 75, -11, 37, 77, 76, 69, 74, 77, 61, 74, 554, 12, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 74, 53, 3, 1, -18, 64, -19, 72, 0, 4, 0, 64, 66, -20, 8, 0, 1, 2, 3, 4, 5, 6, 8, 60, 554, 36, 78, 8, 56, 4, 78, 72, -2, 60, 7623, 52, 80, 3, 2, -7, 36, 81, 7, 55, 79, 1, 80, 81, -2, 52, 83, 3, 2, -10, 36, 84, 7, 55, 82, 1, 83, 84, -2, 36, 86, 79, 54, 85, 3, 4, 86, -2, 31, 89, 82, -9, 61, 89, 635, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 89, 36, 90, 82, 54, 91, 3, 4, 90, -2, 69, 88, 91, 60, 656, 52, 92, 3, 2, -8, 21, 93, -21, 82, 36, 94, 93, 55, 95, 3, 92, 94, -2, 69, 88, 95, 69, 87, 88, 69, 96, -11, 42, 97, 85, -22, 61, 97, 932, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 97, 43, 98, 87, 39, 99, 98, -23, 61, 99, 776, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 99, 28, 101, 82, -9, 61, 101, 750, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 101, 63, 1, 102, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 69, 100, 102, 60, 771, 63, 2, 103, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 69, 100, 103, 69, 96, 100, 60, 849, 43, 105, 87, 39, 106, 105, -24, 61, 106, 825, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 106, 48, 107, 87, 63, 3, 108, 2, 85, 107, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 69, 104, 108, 60, 846, 63, 4, 109, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 69, 104, 109, 69, 96, 104, 39, 110, 96, -11, 69, 111, 110, 61, 110, 889, 14, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 110, 111, 51, 112, 3, 85, -17, 39, 113, 112, -11, 37, 114, 113, 69, 111, 114, 61, 111, 930, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 111, 53, 3, 1, -18, 64, -25, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 60, 930, 60, 954, 53, 3, 1, -18, 64, -26, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 36, 115, 8, 56, 4, 115, 96, -2, 60, 7623, 52, 117, 3, 3, -12, 51, 116, 3, 117, -16, 52, 119, 3, 2, -8, 52, 120, 3, 2, -7, 36, 121, 7, 55, 122, 1, 120, 121, -2, 36, 123, 122, 55, 118, 3, 119, 123, -2, 51, 124, 3, 116, -17, 39, 125, 124, -11, 61, 125, 1052, 11, 0, 1, 2, 3, 4, 5, 6, 8, 116, 118, 125, 36, 126, 8, 54, 127, 3, 4, 126, -2, 63, 5, -1, 3, 116, 118, 127, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1083, 53, 3, 1, -18, 36, 128, 8, 54, 129, 3, 4, 128, -2, 64, -27, -1, 0, 5, 0, 116, 118, 129, -20, 7, 0, 1, 2, 3, 4, 5, 6, 60, 7623, 52, 131, 3, 3, -12, 52, 132, 3, 131, -13, 52, 133, 3, 2, -7, 36, 134, 7, 55, 135, 1, 133, 134, -2, 36, 136, 135, 54, 130, 3, 132, 136, -2, 51, 137, 3, 130, -14, 51, 138, 1, 130, -15, 36, 139, 138, 36, 140, 8, 54, 141, 3, 4, 140, -2, 56, 137, 139, 141, -2, 60, 7623, 52, 143, 3, 2, -7, 36, 144, 7, 55, 142, 1, 143, 144, -2, 52, 146, 3, 2, -10, 36, 147, 7, 55, 145, 1, 146, 147, -2, 36, 149, 8, 54, 148, 3, 4, 149, -2, 31, 152, 142, -9, 61, 152, 1218, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 152, 36, 153, 142, 54, 154, 3, 4, 153, -2, 69, 151, 154, 60, 1239, 52, 155, 3, 2, -8, 21, 156, -21, 142, 36, 157, 156, 55, 158, 3, 155, 157, -2, 69, 151, 158, 69, 150, 151, 31, 161, 145, -9, 61, 161, 1277, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 150, 161, 36, 162, 145, 54, 163, 3, 4, 162, -2, 69, 160, 163, 60, 1298, 52, 164, 3, 2, -8, 21, 165, -21, 145, 36, 166, 165, 55, 167, 3, 164, 166, -2, 69, 160, 167, 69, 159, 160, 42, 168, 148, -28, 69, 169, 168, 61, 168, 1338, 14, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 168, 169, 51, 170, 3, 148, -17, 39, 171, 170, -11, 69, 169, 171, 61, 169, 1532, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 169, 43, 172, 150, 39, 173, 172, -23, 61, 173, 1432, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 173, 28, 174, 142, -9, 61, 174, 1415, 11, 0, 1, 2, 3, 4, 5, 6, 148, 150, 159, 174, 63, 5, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1430, 63, 6, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1530, 43, 175, 150, 39, 176, 175, -24, 69, 177, 176, 61, 176, 1472, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 176, 177, 48, 178, 150, 48, 179, 150, 32, 180, 178, 179, 69, 177, 180, 61, 177, 1508, 12, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 177, 48, 181, 150, 63, 7, -1, 3, 148, 181, 159, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1530, 53, 3, 1, -18, 64, -29, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1678, 28, 182, 142, -9, 69, 183, 182, 61, 182, 1566, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 182, 183, 43, 184, 150, 39, 185, 184, -23, 69, 183, 185, 69, 186, 183, 61, 183, 1593, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 183, 186, 42, 187, 148, -30, 69, 186, 187, 69, 188, 186, 61, 186, 1635, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 186, 188, 63, 8, 189, 3, 148, 150, 159, 11, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 69, 188, 189, 37, 190, 188, 61, 190, 1678, 12, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 190, 53, 3, 1, -18, 64, -31, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 60, 1678, 60, 7623, 36, 191, 8, 52, 192, 3, 2, -7, 36, 193, 7, 55, 194, 1, 192, 193, -2, 45, 195, 194, 52, 196, 3, 2, -10, 36, 197, 7, 55, 198, 1, 196, 197, -2, 45, 199, 198, 58, 200, -32, 63, 9, -1, 3, 200, 195, 199, 9, 0, 1, 2, 3, 4, 5, 6, 191, 200, 56, 4, 191, 200, -2, 60, 7623, 52, 202, 3, 2, -7, 36, 203, 7, 55, 201, 1, 202, 203, -2, 52, 205, 3, 2, -10, 36, 206, 7, 55, 204, 1, 205, 206, -2, 36, 208, 201, 54, 207, 3, 4, 208, -2, 31, 211, 204, -9, 61, 211, 1815, 12, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 211, 36, 212, 204, 54, 213, 3, 4, 212, -2, 69, 210, 213, 60, 1836, 52, 214, 3, 2, -8, 21, 215, -21, 204, 36, 216, 215, 55, 217, 3, 214, 216, -2, 69, 210, 217, 69, 209, 210, 20, 218, 8, -4, 36, 219, 218, 56, 4, 219, 207, -2, 69, 220, -11, 42, 221, 207, -33, 61, 221, 2280, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 221, 43, 222, 209, 39, 223, 222, -23, 61, 223, 1971, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 223, 28, 225, 204, -9, 61, 225, 1944, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 225, 63, 1, 226, 2, 207, 209, 12, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 69, 224, 226, 60, 1966, 63, 2, 227, 2, 207, 209, 12, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 69, 224, 227, 69, 220, 224, 60, 1990, 63, 4, 220, 2, 207, 209, 12, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 51, 228, 3, 207, -17, 39, 229, 220, -11, 69, 230, 229, 61, 229, 2032, 16, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 220, 228, 229, 230, 39, 231, 228, -11, 37, 232, 231, 69, 230, 232, 61, 230, 2278, 15, 0, 1, 2, 3, 4, 5, 6, 8, 201, 204, 207, 209, 220, 228, 230, 28, 235, 204, -9, 69, 236, 235, 61, 235, 2086, 14, 0, 1, 2, 3, 4, 5, 6, 8, 201, 207, 209, 228, 235, 236, 43, 237, 209, 39, 238, 237, -23, 69, 236, 238, 61, 236, 2126, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 207, 209, 228, 236, 63, 1, 239, 2, 228, -34, 11, 0, 1, 2, 3, 4, 5, 6, 8, 201, 207, 209, 69, 234, 239, 60, 2129, 69, 234, -11, 69, 233, 234, 42, 240, 233, -35, 61, 240, 2254, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 207, 209, 233, 240, 63, 1, 220, 2, 233, 209, 11, 0, 1, 2, 3, 4, 5, 6, 8, 201, 209, 233, 39, 241, 220, -11, 69, 242, 241, 61, 241, 2211, 14, 0, 1, 2, 3, 4, 5, 6, 8, 201, 209, 220, 233, 241, 242, 51, 243, 3, 233, -17, 39, 244, 243, -11, 37, 245, 244, 69, 242, 245, 61, 242, 2252, 13, 0, 1, 2, 3, 4, 5, 6, 8, 201, 209, 220, 233, 242, 53, 3, 1, -18, 64, -36, 220, 0, 4, 0, 233, 209, 201, 8, 0, 1, 2, 3, 4, 5, 6, 8, 60, 2252, 60, 2276, 53, 3, 1, -18, 64, -37, 220, 0, 4, 0, 207, 209, 201, 8, 0, 1, 2, 3, 4, 5, 6, 8, 60, 2278, 60, 2302, 53, 3, 1, -18, 64, -38, 220, 0, 4, 0, 207, 209, 201, 8, 0, 1, 2, 3, 4, 5, 6, 8, 36, 246, 8, 56, 4, 246, 220, -2, 60, 7623, 52, 248, 3, 2, -7, 36, 249, 7, 55, 247, 1, 248, 249, -2, 52, 251, 3, 2, -10, 36, 252, 7, 55, 250, 1, 251, 252, -2, 31, 255, 247, -9, 61, 255, 2373, 11, 0, 1, 2, 3, 4, 5, 6, 8, 247, 250, 255, 36, 256, 247, 54, 257, 3, 4, 256, -2, 69, 254, 257, 60, 2394, 52, 258, 3, 2, -8, 21, 259, -21, 247, 36, 260, 259, 55, 261, 3, 258, 260, -2, 69, 254, 261, 69, 253, 254, 31, 264, 250, -9, 61, 264, 2431, 12, 0, 1, 2, 3, 4, 5, 6, 8, 247, 250, 253, 264, 36, 265, 250, 54, 266, 3, 4, 265, -2, 69, 263, 266, 60, 2452, 52, 267, 3, 2, -8, 21, 268, -21, 250, 36, 269, 268, 55, 270, 3, 267, 269, -2, 69, 263, 270, 69, 262, 263, 43, 271, 253, 39, 272, 271, -24, 69, 273, 272, 61, 272, 2493, 14, 0, 1, 2, 3, 4, 5, 6, 8, 247, 250, 253, 262, 272, 273, 43, 274, 262, 39, 275, 274, -24, 69, 273, 275, 61, 273, 2533, 13, 0, 1, 2, 3, 4, 5, 6, 8, 247, 250, 253, 262, 273, 36, 276, 8, 48, 277, 253, 48, 278, 262, 20, 279, 277, 278, 45, 280, 279, 56, 4, 276, 280, -2, 60, 2565, 53, 3, 1, -18, 36, 281, 8, 64, -39, 282, 0, 6, 0, -41, 253, 262, 247, 250, 8, 0, 1, 2, 3, 4, 5, 6, 281, 56, 4, 281, 282, -2, 60, 7623, 52, 284, 3, 2, -7, 36, 285, 7, 55, 283, 1, 284, 285, -2, 52, 287, 3, 2, -10, 36, 288, 7, 55, 286, 1, 287, 288, -2, 31, 291, 283, -9, 61, 291, 2628, 11, 0, 1, 2, 3, 4, 5, 6, 8, 283, 286, 291, 36, 292, 283, 54, 293, 3, 4, 292, -2, 69, 290, 293, 60, 2649, 52, 294, 3, 2, -8, 21, 295, -21, 283, 36, 296, 295, 55, 297, 3, 294, 296, -2, 69, 290, 297, 69, 289, 290, 31, 300, 286, -9, 61, 300, 2686, 12, 0, 1, 2, 3, 4, 5, 6, 8, 283, 286, 289, 300, 36, 301, 286, 54, 302, 3, 4, 301, -2, 69, 299, 302, 60, 2707, 52, 303, 3, 2, -8, 21, 304, -21, 286, 36, 305, 304, 55, 306, 3, 303, 305, -2, 69, 299, 306, 69, 298, 299, 43, 307, 289, 39, 308, 307, -24, 69, 309, 308, 61, 308, 2748, 14, 0, 1, 2, 3, 4, 5, 6, 8, 283, 286, 289, 298, 308, 309, 43, 310, 298, 39, 311, 310, -24, 69, 309, 311, 61, 309, 2788, 13, 0, 1, 2, 3, 4, 5, 6, 8, 283, 286, 289, 298, 309, 36, 312, 8, 48, 313, 289, 48, 314, 298, 21, 315, 313, 314, 45, 316, 315, 56, 4, 312, 316, -2, 60, 2820, 53, 3, 1, -18, 36, 317, 8, 64, -42, 318, 0, 6, 0, -44, 289, 298, 283, 286, 8, 0, 1, 2, 3, 4, 5, 6, 317, 56, 4, 317, 318, -2, 60, 7623, 52, 320, 3, 2, -7, 36, 321, 7, 55, 319, 1, 320, 321, -2, 52, 323, 3, 2, -10, 36, 324, 7, 55, 322, 1, 323, 324, -2, 31, 327, 319, -9, 61, 327, 2883, 11, 0, 1, 2, 3, 4, 5, 6, 8, 319, 322, 327, 36, 328, 319, 54, 329, 3, 4, 328, -2, 69, 326, 329, 60, 2904, 52, 330, 3, 2, -8, 21, 331, -21, 319, 36, 332, 331, 55, 333, 3, 330, 332, -2, 69, 326, 333, 69, 325, 326, 31, 336, 322, -9, 61, 336, 2941, 12, 0, 1, 2, 3, 4, 5, 6, 8, 319, 322, 325, 336, 36, 337, 322, 54, 338, 3, 4, 337, -2, 69, 335, 338, 60, 2962, 52, 339, 3, 2, -8, 21, 340, -21, 322, 36, 341, 340, 55, 342, 3, 339, 341, -2, 69, 335, 342, 69, 334, 335, 43, 343, 325, 39, 344, 343, -24, 69, 345, 344, 61, 344, 3003, 14, 0, 1, 2, 3, 4, 5, 6, 8, 319, 322, 325, 334, 344, 345, 43, 346, 334, 39, 347, 346, -24, 69, 345, 347, 61, 345, 3043, 13, 0, 1, 2, 3, 4, 5, 6, 8, 319, 322, 325, 334, 345, 36, 348, 8, 48, 349, 325, 48, 350, 334, 22, 351, 349, 350, 45, 352, 351, 56, 4, 348, 352, -2, 60, 3075, 53, 3, 1, -18, 36, 353, 8, 64, -45, 354, 0, 6, 0, -47, 325, 334, 319, 322, 8, 0, 1, 2, 3, 4, 5, 6, 353, 56, 4, 353, 354, -2, 60, 7623, 52, 356, 3, 2, -7, 36, 357, 7, 55, 355, 1, 356, 357, -2, 52, 359, 3, 2, -10, 36, 360, 7, 55, 358, 1, 359, 360, -2, 31, 363, 355, -9, 61, 363, 3138, 11, 0, 1, 2, 3, 4, 5, 6, 8, 355, 358, 363, 36, 364, 355, 54, 365, 3, 4, 364, -2, 69, 362, 365, 60, 3159, 52, 366, 3, 2, -8, 21, 367, -21, 355, 36, 368, 367, 55, 369, 3, 366, 368, -2, 69, 362, 369, 69, 361, 362, 31, 372, 358, -9, 61, 372, 3196, 12, 0, 1, 2, 3, 4, 5, 6, 8, 355, 358, 361, 372, 36, 373, 358, 54, 374, 3, 4, 373, -2, 69, 371, 374, 60, 3217, 52, 375, 3, 2, -8, 21, 376, -21, 358, 36, 377, 376, 55, 378, 3, 375, 377, -2, 69, 371, 378, 69, 370, 371, 43, 379, 361, 39, 380, 379, -24, 69, 381, 380, 61, 380, 3258, 14, 0, 1, 2, 3, 4, 5, 6, 8, 355, 358, 361, 370, 380, 381, 43, 382, 370, 39, 383, 382, -24, 69, 381, 383, 61, 381, 3298, 13, 0, 1, 2, 3, 4, 5, 6, 8, 355, 358, 361, 370, 381, 36, 384, 8, 48, 385, 361, 48, 386, 370, 23, 387, 385, 386, 45, 388, 387, 56, 4, 384, 388, -2, 60, 3330, 53, 3, 1, -18, 36, 389, 8, 64, -48, 390, 0, 6, 0, -50, 361, 370, 355, 358, 8, 0, 1, 2, 3, 4, 5, 6, 389, 56, 4, 389, 390, -2, 60, 7623, 52, 392, 3, 2, -7, 36, 393, 7, 55, 391, 1, 392, 393, -2, 52, 395, 3, 2, -10, 36, 396, 7, 55, 394, 1, 395, 396, -2, 31, 399, 391, -9, 61, 399, 3393, 11, 0, 1, 2, 3, 4, 5, 6, 8, 391, 394, 399, 36, 400, 391, 54, 401, 3, 4, 400, -2, 69, 398, 401, 60, 3414, 52, 402, 3, 2, -8, 21, 403, -21, 391, 36, 404, 403, 55, 405, 3, 402, 404, -2, 69, 398, 405, 69, 397, 398, 31, 408, 394, -9, 61, 408, 3451, 12, 0, 1, 2, 3, 4, 5, 6, 8, 391, 394, 397, 408, 36, 409, 394, 54, 410, 3, 4, 409, -2, 69, 407, 410, 60, 3472, 52, 411, 3, 2, -8, 21, 412, -21, 394, 36, 413, 412, 55, 414, 3, 411, 413, -2, 69, 407, 414, 69, 406, 407, 43, 415, 397, 39, 416, 415, -24, 69, 417, 416, 61, 416, 3513, 14, 0, 1, 2, 3, 4, 5, 6, 8, 391, 394, 397, 406, 416, 417, 43, 418, 406, 39, 419, 418, -24, 69, 417, 419, 61, 417, 3564, 13, 0, 1, 2, 3, 4, 5, 6, 8, 391, 394, 397, 406, 417, 36, 420, 8, 48, 421, 397, 48, 422, 406, 63, 10, 423, 2, 421, 422, 8, 0, 1, 2, 3, 4, 5, 6, 420, 45, 424, 423, 56, 4, 420, 424, -2, 60, 3596, 53, 3, 1, -18, 36, 425, 8, 64, -51, 426, 0, 6, 0, -53, 397, 406, 391, 394, 8, 0, 1, 2, 3, 4, 5, 6, 425, 56, 4, 425, 426, -2, 60, 7623, 52, 428, 3, 2, -7, 36, 429, 7, 55, 427, 1, 428, 429, -2, 52, 431, 3, 2, -10, 36, 432, 7, 55, 430, 1, 431, 432, -2, 31, 435, 427, -9, 61, 435, 3659, 11, 0, 1, 2, 3, 4, 5, 6, 8, 427, 430, 435, 36, 436, 427, 54, 437, 3, 4, 436, -2, 69, 434, 437, 60, 3680, 52, 438, 3, 2, -8, 21, 439, -21, 427, 36, 440, 439, 55, 441, 3, 438, 440, -2, 69, 434, 441, 69, 433, 434, 31, 444, 430, -9, 61, 444, 3717, 12, 0, 1, 2, 3, 4, 5, 6, 8, 427, 430, 433, 444, 36, 445, 430, 54, 446, 3, 4, 445, -2, 69, 443, 446, 60, 3738, 52, 447, 3, 2, -8, 21, 448, -21, 430, 36, 449, 448, 55, 450, 3, 447, 449, -2, 69, 443, 450, 69, 442, 443, 43, 451, 433, 39, 452, 451, -24, 69, 453, 452, 61, 452, 3779, 14, 0, 1, 2, 3, 4, 5, 6, 8, 427, 430, 433, 442, 452, 453, 43, 454, 442, 39, 455, 454, -24, 69, 453, 455, 61, 453, 3831, 13, 0, 1, 2, 3, 4, 5, 6, 8, 427, 430, 433, 442, 453, 36, 456, 8, 48, 457, 433, 48, 458, 442, 64, -54, 459, 1, 2, 457, 458, 8, 0, 1, 2, 3, 4, 5, 6, 456, 45, 460, 459, 56, 4, 456, 460, -2, 60, 3863, 53, 3, 1, -18, 36, 461, 8, 64, -55, 462, 0, 6, 0, -57, 433, 442, 427, 430, 8, 0, 1, 2, 3, 4, 5, 6, 461, 56, 4, 461, 462, -2, 60, 7623, 52, 464, 3, 2, -7, 36, 465, 7, 55, 463, 1, 464, 465, -2, 36, 467, 463, 54, 466, 3, 4, 467, -2, 43, 468, 466, 39, 469, 468, -24, 61, 469, 3929, 11, 0, 1, 2, 3, 4, 5, 6, 8, 463, 466, 469, 36, 470, 8, 48, 471, 466, 26, 472, 471, 45, 473, 472, 56, 4, 470, 473, -2, 60, 3961, 53, 3, 1, -18, 36, 474, 8, 64, -58, 475, 0, 6, 0, -60, 466, 466, 463, 463, 8, 0, 1, 2, 3, 4, 5, 6, 474, 56, 4, 474, 475, -2, 60, 7623, 52, 477, 3, 2, -7, 36, 478, 7, 55, 479, 1, 477, 478, -2, 36, 480, 479, 54, 476, 3, 4, 480, -2, 36, 481, 8, 39, 482, 476, -11, 37, 483, 482, 69, 484, 482, 61, 483, 4021, 11, 0, 1, 2, 3, 4, 5, 6, 476, 481, 483, 484, 39, 485, 476, -62, 69, 484, 485, 46, 486, 484, 56, 4, 481, 486, -2, 60, 7623, 52, 488, 3, 2, -7, 36, 489, 7, 55, 487, 1, 488, 489, -2, 36, 491, 487, 54, 490, 3, 4, 491, -2, 43, 492, 490, 39, 493, 492, -23, 61, 493, 4104, 11, 0, 1, 2, 3, 4, 5, 6, 8, 487, 490, 493, 36, 494, 8, 64, -63, 495, 1, 1, 490, 8, 0, 1, 2, 3, 4, 5, 6, 494, 45, 496, 495, 56, 4, 494, 496, -2, 60, 4179, 42, 497, 490, -64, 61, 497, 4150, 11, 0, 1, 2, 3, 4, 5, 6, 8, 487, 490, 497, 36, 498, 8, 63, 11, 499, 1, 490, 8, 0, 1, 2, 3, 4, 5, 6, 498, 45, 500, 499, 56, 4, 498, 500, -2, 60, 4179, 53, 3, 1, -18, 36, 501, 8, 64, -65, 502, 0, 3, 0, 490, 487, 8, 0, 1, 2, 3, 4, 5, 6, 501, 56, 4, 501, 502, -2, 60, 7623, 52, 504, 3, 2, -7, 36, 505, 7, 55, 503, 1, 504, 505, -2, 52, 507, 3, 2, -10, 36, 508, 7, 55, 506, 1, 507, 508, -2, 36, 510, 503, 54, 509, 3, 4, 510, -2, 36, 512, 506, 54, 511, 3, 4, 512, -2, 20, 513, 503, -4, 32, 514, 506, 513, 69, 515, 514, 61, 514, 4266, 14, 0, 1, 2, 3, 4, 5, 6, 8, 503, 506, 509, 511, 514, 515, 43, 516, 509, 39, 517, 516, -23, 69, 515, 517, 69, 518, 515, 61, 515, 4297, 14, 0, 1, 2, 3, 4, 5, 6, 8, 503, 506, 509, 511, 515, 518, 43, 519, 511, 39, 520, 519, -23, 69, 518, 520, 61, 518, 4340, 13, 0, 1, 2, 3, 4, 5, 6, 8, 503, 506, 509, 511, 518, 36, 521, 8, 64, -66, 522, 1, 2, 509, 511, 8, 0, 1, 2, 3, 4, 5, 6, 521, 56, 4, 521, 522, -2, 60, 4370, 53, 3, 1, -18, 36, 523, 8, 64, -67, 524, 0, 4, 0, 4, 503, 506, 8, 0, 1, 2, 3, 4, 5, 6, 523, 56, 4, 523, 524, -2, 60, 7623, 52, 526, 3, 2, -7, 36, 527, 7, 55, 525, 1, 526, 527, -2, 20, 528, 1, 525, 36, 529, 528, 34, 1, 529, 28, 530, 525, -9, 61, 530, 4414, 8, 0, 1, 2, 3, 4, 5, 6, 530, 60, 4414, 60, 7623, 52, 532, 3, 2, -7, 36, 533, 7, 55, 531, 1, 532, 533, -2, 52, 535, 3, 2, -10, 36, 536, 7, 55, 534, 1, 535, 536, -2, 31, 539, 531, -9, 61, 539, 4477, 11, 0, 1, 2, 3, 4, 5, 6, 8, 531, 534, 539, 36, 540, 531, 54, 541, 3, 4, 540, -2, 69, 538, 541, 60, 4498, 52, 542, 3, 2, -8, 21, 543, -21, 531, 36, 544, 543, 55, 545, 3, 542, 544, -2, 69, 538, 545, 69, 537, 538, 31, 548, 534, -9, 61, 548, 4534, 11, 0, 1, 2, 3, 4, 5, 6, 8, 534, 537, 548, 36, 549, 534, 54, 550, 3, 4, 549, -2, 69, 547, 550, 60, 4555, 52, 551, 3, 2, -8, 21, 552, -21, 534, 36, 553, 552, 55, 554, 3, 551, 553, -2, 69, 547, 554, 69, 546, 547, 39, 555, 537, 546, 37, 556, 555, 69, 557, 556, 61, 556, 4595, 13, 0, 1, 2, 3, 4, 5, 6, 8, 537, 546, 555, 556, 557, 43, 558, 537, 39, 559, 558, -68, 69, 557, 559, 69, 560, 557, 61, 557, 4625, 13, 0, 1, 2, 3, 4, 5, 6, 8, 537, 546, 555, 557, 560, 43, 561, 546, 39, 562, 561, -68, 69, 560, 562, 61, 560, 4664, 12, 0, 1, 2, 3, 4, 5, 6, 8, 537, 546, 555, 560, 53, 3, 1, -18, 64, -69, 555, 0, 3, 0, 537, 546, 8, 0, 1, 2, 3, 4, 5, 6, 8, 60, 4664, 32, 563, 8, -9, 37, 564, 563, 38, 565, 555, 38, 566, 564, 17, 567, 565, 566, 37, 568, 567, 61, 568, 4708, 8, 0, 1, 2, 3, 4, 5, 6, 568, 20, 569, 1, -4, 36, 570, 569, 34, 1, 570, 60, 4754, 52, 572, 3, 2, -7, 36, 573, 1, 55, 571, 1, 572, 573, -2, 20, 574, 1, -4, 20, 575, 574, 571, 36, 576, 575, 34, 1, 576, 28, 577, 571, -9, 61, 577, 4754, 8, 0, 1, 2, 3, 4, 5, 6, 577, 60, 4754, 60, 7623, 52, 579, 3, 2, -7, 36, 580, 7, 55, 578, 1, 579, 580, -2, 52, 582, 3, 2, -10, 36, 583, 7, 55, 581, 1, 582, 583, -2, 31, 586, 578, -9, 61, 586, 4818, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 578, 581, 586, 36, 587, 578, 54, 588, 3, 4, 587, -2, 69, 585, 588, 60, 4839, 52, 589, 3, 2, -8, 21, 590, -21, 578, 36, 591, 590, 55, 592, 3, 589, 591, -2, 69, 585, 592, 69, 584, 585, 31, 595, 581, -9, 61, 595, 4876, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 581, 584, 595, 36, 596, 581, 54, 597, 3, 4, 596, -2, 69, 594, 597, 60, 4897, 52, 598, 3, 2, -8, 21, 599, -21, 581, 36, 600, 599, 55, 601, 3, 598, 600, -2, 69, 594, 601, 69, 593, 594, 69, 602, -61, 43, 603, 584, 39, 604, 603, -24, 69, 605, 604, 61, 604, 4940, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 584, 593, 604, 605, 43, 606, 593, 39, 607, 606, -24, 69, 605, 607, 61, 605, 5022, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 584, 593, 605, 52, 609, 3, 2, -6, 36, 610, 7, 55, 611, 1, 609, 610, -2, 32, 612, 611, -71, 61, 612, 5004, 11, 0, 1, 2, 3, 4, 5, 6, 8, 584, 593, 612, 48, 613, 584, 48, 614, 593, 28, 615, 613, 614, 69, 608, 615, 60, 5017, 48, 616, 584, 48, 617, 593, 29, 618, 616, 617, 69, 608, 618, 69, 602, 608, 60, 5058, 53, 3, 1, -18, 52, 619, 3, 2, -6, 36, 620, 7, 55, 621, 1, 619, 620, -2, 64, -72, 602, 0, 4, 0, 621, 584, 593, 8, 0, 1, 2, 3, 4, 5, 6, 8, 32, 622, 8, -9, 37, 623, 622, 38, 624, 602, 38, 625, 623, 17, 626, 624, 625, 37, 627, 626, 61, 627, 5102, 8, 0, 1, 2, 3, 4, 5, 6, 627, 20, 628, 1, -4, 36, 629, 628, 34, 1, 629, 60, 5148, 52, 631, 3, 2, -7, 36, 632, 1, 55, 630, 1, 631, 632, -2, 20, 633, 1, -4, 20, 634, 633, 630, 36, 635, 634, 34, 1, 635, 28, 636, 630, -9, 61, 636, 5148, 8, 0, 1, 2, 3, 4, 5, 6, 636, 60, 5148, 60, 7623, 36, 638, 8, 54, 637, 3, 4, 638, -2, 39, 639, 637, -11, 37, 640, 639, 69, 641, 640, 61, 640, 5194, 11, 0, 1, 2, 3, 4, 5, 6, 7, 637, 640, 641, 39, 642, 637, -62, 37, 643, 642, 69, 641, 643, 52, 644, 3, 2, -10, 36, 645, 7, 55, 646, 1, 644, 645, -2, 32, 647, 646, -9, 37, 648, 647, 38, 649, 641, 38, 650, 648, 17, 651, 649, 650, 37, 652, 651, 61, 652, 5252, 8, 0, 1, 2, 3, 4, 5, 6, 652, 20, 653, 1, -4, 36, 654, 653, 34, 1, 654, 60, 5298, 52, 656, 3, 2, -7, 36, 657, 1, 55, 655, 1, 656, 657, -2, 20, 658, 1, -4, 20, 659, 658, 655, 36, 660, 659, 34, 1, 660, 28, 661, 655, -9, 61, 661, 5298, 8, 0, 1, 2, 3, 4, 5, 6, 661, 60, 5298, 60, 7623, 52, 663, 3, 2, -7, 36, 664, 7, 55, 665, 1, 663, 664, -2, 36, 666, 665, 54, 662, 3, 4, 666, -2, 39, 667, 662, -11, 37, 668, 667, 69, 669, 668, 61, 668, 5359, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 662, 668, 669, 39, 670, 662, -62, 37, 671, 670, 69, 669, 671, 52, 672, 3, 2, -10, 36, 673, 7, 55, 674, 1, 672, 673, -2, 32, 675, 674, -9, 37, 676, 675, 38, 677, 669, 38, 678, 676, 17, 679, 677, 678, 61, 679, 5460, 10, 0, 1, 2, 3, 4, 5, 6, 8, 662, 679, 36, 680, 8, 56, 4, 680, 662, -2, 52, 682, 3, 2, -7, 36, 683, 1, 55, 681, 1, 682, 683, -2, 20, 684, 1, -4, 20, 685, 684, 681, 36, 686, 685, 34, 1, 686, 28, 687, 681, -9, 61, 687, 5458, 8, 0, 1, 2, 3, 4, 5, 6, 687, 60, 5458, 60, 5470, 20, 688, 1, -4, 36, 689, 688, 34, 1, 689, 60, 7623, 52, 691, 3, 2, -7, 36, 692, 7, 55, 690, 1, 691, 692, -2, 52, 694, 3, 2, -10, 36, 695, 7, 55, 696, 1, 694, 695, -2, 21, 693, 696, -4, 32, 699, 690, -9, 37, 700, 699, 61, 700, 5535, 11, 0, 1, 2, 3, 4, 5, 6, 8, 690, 693, 700, 21, 701, 690, -4, 69, 698, 701, 60, 5551, 51, 702, 1, 3, -73, 21, 703, 702, 8, 21, 704, 703, -4, 69, 698, 704, 69, 697, 698, 36, 706, 8, 54, 705, 3, 4, 706, -2, 53, 3, 1, -18, 42, 707, 705, -74, 37, 708, 707, 61, 708, 5617, 12, 0, 1, 2, 3, 4, 5, 6, 8, 693, 697, 705, 708, 64, -75, 705, 0, 5, 0, 4, 8, 697, 705, 10, 0, 1, 2, 3, 4, 5, 6, 8, 693, 697, 20, 697, 697, -4, 60, 5617, 42, 709, 705, -76, 61, 709, 5676, 12, 0, 1, 2, 3, 4, 5, 6, 8, 693, 697, 705, 709, 20, 711, 8, -4, 63, 12, 710, 9, 0, 5, 705, 4, 711, 697, 8, 693, 3, 3, 0, 5, 6, 69, 3, 710, 52, 2, 3, 710, -77, 52, 4, 3, 710, -14, 69, 1, -9, 60, 5943, 20, 713, 8, -4, 20, 714, 8, -4, 20, 715, 714, 697, 64, -79, 716, 0, 3, 4, 713, 715, 10, 0, 1, 2, 3, 4, 5, 6, 8, 693, 705, 64, -78, 712, 0, 4, 0, 5, 705, 716, 9, 0, 1, 2, 3, 4, 5, 6, 8, 693, 51, 717, 2, 5, -80, 61, 717, 5769, 11, 0, 1, 2, 3, 4, 5, 6, 8, 693, 712, 717, 53, 5, 8, -81, 53, 5, 693, -82, 51, 718, 1, 5, -83, 20, 719, 718, -4, 53, 5, 719, -83, 65, 712, 57, 720, 712, -2, 28, 721, 693, -9, 61, 721, 5859, 12, 0, 1, 2, 3, 4, 5, 6, 8, 693, 712, 720, 721, 69, 722, -9, 34, 723, 720, 28, 724, 722, 723, 61, 724, 5846, 12, 0, 1, 2, 3, 4, 5, 6, 8, 712, 720, 722, 724, 20, 725, 8, 722, 36, 726, 725, 36, 727, 722, 54, 728, 3, 712, 727, -2, 56, 4, 726, 728, -2, 20, 722, 722, -4, 60, 5796, 34, 729, 720, 20, 730, 8, 729, 53, 3, 730, -73, 60, 5943, 69, 731, -9, 28, 732, 731, 693, 61, 732, 5943, 13, 0, 1, 2, 3, 4, 5, 6, 8, 693, 712, 720, 731, 732, 20, 733, 8, 731, 36, 734, 733, 34, 736, 720, 28, 737, 731, 736, 61, 737, 5929, 14, 0, 1, 2, 3, 4, 5, 6, 8, 693, 712, 720, 731, 734, 737, 36, 738, 731, 54, 739, 3, 712, 738, -2, 69, 735, 739, 60, 5932, 69, 735, -11, 56, 4, 734, 735, -2, 20, 731, 731, -4, 60, 5862, 60, 7623, 52, 741, 3, 2, -7, 36, 742, 7, 55, 740, 1, 741, 742, -2, 32, 745, 740, -9, 37, 746, 745, 61, 746, 5989, 10, 0, 1, 2, 3, 4, 5, 6, 8, 740, 746, 21, 747, 740, -4, 69, 744, 747, 60, 6005, 51, 748, 1, 3, -73, 21, 749, 748, 8, 21, 750, 749, -4, 69, 744, 750, 69, 743, 744, 36, 752, 8, 54, 751, 3, 4, 752, -2, 53, 3, 1, -18, 42, 753, 751, -84, 37, 754, 753, 61, 754, 6069, 11, 0, 1, 2, 3, 4, 5, 6, 8, 743, 751, 754, 64, -85, 751, 0, 5, 0, 4, 8, 743, 751, 9, 0, 1, 2, 3, 4, 5, 6, 8, 743, 20, 743, 743, -4, 60, 6069, 42, 755, 751, -86, 61, 755, 6169, 11, 0, 1, 2, 3, 4, 5, 6, 8, 743, 751, 755, 51, 756, 3, 3, -87, 39, 757, 756, -11, 37, 758, 757, 61, 758, 6132, 9, 0, 3, 4, 5, 6, 8, 743, 751, 758, 64, -88, -1, 0, 3, 0, 3, -5, 8, 0, 3, 4, 5, 6, 8, 743, 751, 60, 6132, 20, 760, 8, -4, 63, 13, 759, 7, 0, 5, 751, 4, 760, 743, 3, 3, 0, 5, 6, 69, 3, 759, 52, 2, 3, 759, -77, 52, 4, 3, 759, -14, 69, 1, -9, 60, 6327, 20, 762, 8, -4, 20, 763, 8, -4, 20, 764, 763, 743, 64, -90, 765, 0, 3, 4, 762, 764, 9, 0, 1, 2, 3, 4, 5, 6, 8, 751, 64, -89, 761, 0, 4, 0, 5, 751, 765, 8, 0, 1, 2, 3, 4, 5, 6, 8, 51, 766, 2, 5, -80, 61, 766, 6259, 10, 0, 1, 2, 3, 4, 5, 6, 8, 761, 766, 53, 5, 8, -81, 53, 5, -21, -82, 51, 767, 1, 5, -83, 20, 768, 767, -4, 53, 5, 768, -83, 65, 761, 57, 769, 761, -2, 69, 770, -9, 34, 771, 769, 28, 772, 770, 771, 61, 772, 6316, 12, 0, 1, 2, 3, 4, 5, 6, 8, 761, 769, 770, 772, 20, 773, 8, 770, 36, 774, 773, 36, 775, 770, 54, 776, 3, 761, 775, -2, 56, 4, 774, 776, -2, 20, 770, 770, -4, 60, 6266, 34, 777, 769, 20, 778, 8, 777, 53, 3, 778, -73, 60, 7623, 52, 780, 3, 2, -7, 36, 781, 7, 55, 779, 1, 780, 781, -2, 32, 784, 779, -9, 37, 785, 784, 61, 785, 6371, 8, 0, 3, 4, 5, 6, 8, 779, 785, 21, 786, 779, -4, 69, 783, 786, 60, 6383, 51, 787, 1, 3, -73, 21, 788, 787, 8, 69, 783, 788, 69, 782, 783, 51, 789, 3, 3, -87, 39, 790, 789, -11, 37, 791, 790, 61, 791, 6428, 8, 0, 3, 4, 5, 6, 8, 782, 791, 64, -91, -1, 0, 3, 0, 3, -5, 7, 0, 3, 4, 5, 6, 8, 782, 60, 6428, 51, 793, 1, 5, -83, 21, 792, 793, -4, 53, 5, 792, -83, 32, 794, 792, 6, 61, 794, 6472, 8, 0, 3, 4, 5, 6, 8, 782, 794, 20, 795, 8, 782, 64, -92, 796, 0, 3, 4, 8, 795, 0, 65, 796, 52, 797, 3, 3, -93, 52, 798, 3, 3, -94, 52, 799, 1, 3, -95, 52, 800, 1, 3, -96, 28, 801, 800, -9, 61, 801, 6574, 11, 0, 4, 5, 6, 8, 782, 797, 798, 799, 800, 801, 69, 802, -9, 28, 803, 802, 782, 61, 803, 6564, 11, 0, 4, 5, 6, 8, 782, 797, 798, 799, 802, 803, 20, 804, 799, 802, 36, 805, 804, 20, 806, 8, 802, 36, 807, 806, 54, 808, 3, 4, 807, -2, 56, 798, 805, 808, -2, 20, 802, 802, -4, 60, 6514, 20, 809, 799, 782, 53, 797, 809, -73, 60, 6657, 69, 810, -9, 28, 811, 810, 800, 61, 811, 6657, 12, 0, 4, 5, 6, 8, 782, 797, 798, 799, 800, 810, 811, 20, 812, 799, 810, 36, 813, 812, 28, 815, 810, 782, 61, 815, 6643, 13, 0, 4, 5, 6, 8, 782, 797, 798, 799, 800, 810, 813, 815, 20, 816, 8, 810, 36, 817, 816, 54, 818, 3, 4, 817, -2, 69, 814, 818, 60, 6646, 69, 814, -11, 56, 798, 813, 814, -2, 20, 810, 810, -4, 60, 6577, 69, 3, 797, 52, 2, 3, 797, -77, 69, 4, 798, 51, 1, 1, 797, -18, 60, 7623, 20, 820, 8, -98, 36, 821, 820, 54, 822, 3, 4, 821, -2, 48, 819, 822, 36, 824, 8, 54, 825, 3, 4, 824, -2, 48, 826, 825, 20, 823, 826, 819, 20, 828, 8, -4, 36, 829, 828, 54, 830, 3, 4, 829, -2, 48, 827, 830, 30, 832, 819, -9, 61, 832, 6752, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 823, 827, 832, 29, 833, 823, 827, 69, 831, 833, 60, 6759, 29, 834, 827, 823, 69, 831, 834, 61, 831, 6826, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 823, 831, 52, 835, 3, 2, -7, 36, 836, 7, 55, 837, 1, 835, 836, -2, 20, 838, 1, 837, 36, 839, 838, 34, 1, 839, 36, 840, 8, 45, 841, 823, 56, 4, 840, 841, -2, 20, 842, 8, -100, 36, 843, 842, 45, 844, 823, 56, 4, 843, 844, -2, 60, 6826, 60, 7623, 36, 846, 8, 54, 845, 3, 4, 846, -2, 20, 848, 8, -4, 36, 849, 848, 54, 847, 3, 4, 849, -2, 20, 851, 8, -98, 36, 852, 851, 54, 850, 3, 4, 852, -2, 43, 853, 845, 39, 854, 853, -24, 37, 855, 854, 37, 856, 855, 69, 857, 855, 61, 856, 6909, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 847, 850, 856, 857, 43, 858, 847, 39, 859, 858, -24, 37, 860, 859, 69, 857, 860, 37, 861, 857, 69, 862, 857, 61, 861, 6944, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 850, 861, 862, 43, 863, 850, 39, 864, 863, -24, 37, 865, 864, 69, 862, 865, 61, 862, 6982, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 862, 53, 3, 1, -18, 64, -101, -1, 0, 3, 0, 4, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 60, 6982, 36, 866, 8, 36, 867, 8, 54, 868, 3, 4, 867, -2, 48, 869, 868, 20, 870, 8, -98, 36, 871, 870, 54, 872, 3, 4, 871, -2, 48, 873, 872, 21, 874, 869, 873, 45, 875, 874, 56, 4, 866, 875, -2, 52, 876, 3, 2, -7, 36, 877, 7, 55, 878, 1, 876, 877, -2, 20, 879, 1, 878, 36, 880, 879, 34, 1, 880, 60, 7623, 53, 3, 1, -18, 52, 882, 3, 2, -10, 36, 883, 7, 55, 881, 1, 882, 883, -2, 64, -102, -1, 0, 4, 0, 4, 8, 881, 8, 0, 1, 2, 3, 4, 5, 6, 8, 20, 885, 8, -100, 36, 886, 885, 54, 884, 3, 4, 886, -2, 39, 887, 884, -11, 37, 888, 887, 61, 888, 7181, 10, 0, 1, 2, 3, 4, 5, 6, 8, 884, 888, 20, 889, 8, -98, 36, 890, 889, 56, 4, 890, 884, -2, 52, 892, 3, 2, -7, 36, 893, 1, 55, 891, 1, 892, 893, -2, 20, 894, 1, -4, 20, 895, 894, 891, 36, 896, 895, 34, 1, 896, 28, 897, 891, -9, 61, 897, 7179, 8, 0, 1, 2, 3, 4, 5, 6, 897, 60, 7179, 60, 7191, 20, 898, 1, -4, 36, 899, 898, 34, 1, 899, 60, 7623, 52, 901, 3, 2, -7, 36, 902, 7, 55, 900, 1, 901, 902, -2, 32, 905, 900, -9, 37, 906, 905, 61, 906, 7234, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 900, 906, 69, 904, 900, 60, 7250, 51, 907, 1, 3, -73, 21, 908, 907, 8, 21, 909, 908, -4, 69, 904, 909, 69, 903, 904, 52, 910, 3, 2, -10, 36, 911, 7, 55, 912, 1, 910, 911, -2, 64, -103, -1, 0, 5, 0, 4, 8, 903, 912, 7, 0, 1, 2, 3, 4, 5, 6, 60, 7623, 51, 913, 3, 3, -87, 39, 914, 913, -11, 37, 915, 914, 61, 915, 7330, 9, 0, 1, 2, 3, 4, 5, 6, 8, 915, 64, -104, -1, 0, 3, 0, 3, 8, 7, 0, 1, 2, 3, 4, 5, 6, 60, 7330, 60, 7623, 36, 916, 8, 52, 917, 3, 2, -106, 52, 918, 3, 2, -7, 36, 919, 7, 55, 920, 1, 918, 919, -2, 36, 921, 920, 55, 922, 3, 917, 921, -2, 64, -105, 923, 0, 3, 0, 3, 922, 8, 0, 1, 2, 3, 4, 5, 6, 916, 56, 4, 916, 923, -2, 60, 7623, 52, 925, 3, 2, -7, 36, 926, 7, 55, 924, 1, 925, 926, -2, 52, 927, 3, 3, -107, 57, 928, 927, -2, 32, 929, 924, -9, 61, 929, 7496, 12, 0, 1, 2, 3, 4, 5, 6, 8, 924, 927, 928, 929, 69, 930, -9, 34, 931, 928, 28, 932, 930, 931, 61, 932, 7483, 12, 0, 1, 2, 3, 4, 5, 6, 8, 927, 928, 930, 932, 20, 933, 8, 930, 36, 934, 933, 36, 935, 930, 54, 936, 3, 927, 935, -2, 56, 4, 934, 936, -2, 20, 930, 930, -4, 60, 7433, 34, 937, 928, 20, 938, 8, 937, 53, 3, 938, -73, 60, 7584, 69, 939, -9, 21, 940, 924, -4, 28, 941, 939, 940, 61, 941, 7584, 13, 0, 1, 2, 3, 4, 5, 6, 8, 924, 927, 928, 939, 941, 20, 942, 8, 939, 36, 943, 942, 34, 945, 928, 28, 946, 939, 945, 61, 946, 7570, 14, 0, 1, 2, 3, 4, 5, 6, 8, 924, 927, 928, 939, 943, 946, 36, 947, 939, 54, 948, 3, 927, 947, -2, 69, 944, 948, 60, 7573, 69, 944, -11, 56, 4, 943, 944, -2, 20, 939, 939, -4, 60, 7499, 60, 7623, 53, 3, 1, -18, 52, 949, 3, 2, -6, 36, 950, 7, 55, 951, 1, 949, 950, -2, 64, -110, 952, 1, 2, -109, 951, 1, 0, 64, -108, 953, 0, 2, 0, 952, 0, 66, 953, 70, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6] },
    { name: "LuaTable.getField", args: [0, 1], kinds: "rrrffbffrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [51, 2, 3, 0, -1, 52, 5, 2, 2, -2, 61, 5, 31, 4, 0, 1, 2, 5, 63, 14, 6, 2, 2, 1, 1, 0, 69, 4, 6, 60, 49, 67, 2, 3, 0, 1, 2, 64, -3, 7, 1, 2, 2, 1, 1, 0, 69, 4, 7, 69, 3, 4, 28, 9, 3, -5, 61, 9, 68, 3, 0, 3, 9, 69, 8, -6, 60, 85, 51, 10, 3, 0, -7, 36, 11, 3, 54, 12, 3, 10, 11, -8, 69, 8, 12, 65, 8] },
    { name: "LuaTable.getStr", args: [0, 1], kinds: "rrfrrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [51, 3, 3, 0, -1, 63, 14, 2, 2, 3, 1, 1, 0, 28, 5, 2, -3, 61, 5, 29, 3, 0, 2, 5, 69, 4, -4, 60, 46, 51, 6, 3, 0, -5, 36, 7, 2, 54, 8, 3, 6, 7, -6, 69, 4, 8, 65, 4] },
    { name: "LuaTable.getInt", args: [0, 1], kinds: "rffrifbbbbifbirrr",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any")],
      code: [21, 2, 1, -2, 51, 3, 3, 0, -3, 36, 4, 2, 34, 5, 4, 32, 6, 5, 2, 69, 7, 6, 61, 6, 39, 6, 0, 1, 2, 3, 6, 7, 31, 8, 2, -5, 69, 7, 8, 69, 9, 7, 61, 7, 66, 6, 0, 1, 2, 3, 7, 9, 57, 10, 3, -6, 34, 11, 10, 28, 12, 2, 11, 69, 9, 12, 61, 9, 86, 5, 0, 1, 2, 3, 9, 36, 13, 2, 54, 14, 3, 3, 13, -6, 65, 14, 45, 15, 1, 63, 15, 16, 2, 0, 15, 0, 65, 16] },
    { name: "LuaTable.get", args: [0, 1], kinds: "rrrbrrbfrr",
      pool: [__metajit.pool.ref("string"), __metajit.pool.ref("number")],
      code: [43, 2, 1, 39, 3, 2, -1, 61, 3, 23, 3, 0, 1, 3, 63, 2, 4, 2, 0, 1, 0, 65, 4, 43, 5, 1, 39, 6, 5, -2, 61, 6, 49, 3, 0, 1, 6, 48, 7, 1, 63, 3, 8, 2, 0, 7, 0, 65, 8, 63, 15, 9, 2, 0, 1, 0, 65, 9] },
    { name: "LuaTable.setField", args: [0, 1, 2], kinds: "rrrrffbffbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [51, 3, 3, 0, -1, 52, 6, 2, 3, -2, 61, 6, 34, 5, 0, 1, 2, 3, 6, 63, 14, 7, 2, 3, 1, 3, 0, 1, 2, 69, 5, 7, 60, 55, 67, 3, 4, 0, 1, 2, 3, 64, -3, 8, 1, 2, 3, 1, 3, 0, 1, 2, 69, 5, 8, 69, 4, 5, 31, 9, 4, -5, 61, 9, 86, 5, 0, 1, 2, 4, 9, 51, 10, 3, 0, -6, 36, 11, 4, 56, 10, 11, 2, -7, 65, -8, 64, -9, -1, 0, 3, 0, 1, 2, 0, 65, -8] },
    { name: "LuaTable.setStr", args: [0, 1, 2], kinds: "rrrfrbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [51, 4, 3, 0, -1, 63, 14, 3, 2, 4, 1, 3, 0, 1, 2, 31, 5, 3, -3, 61, 5, 43, 5, 0, 1, 2, 3, 5, 51, 6, 3, 0, -4, 36, 7, 3, 56, 6, 7, 2, -5, 65, -6, 64, -7, -1, 0, 3, 0, 1, 2, 0, 65, -6] },
    { name: "LuaTable.setInt", args: [0, 1, 2], kinds: "rfrfrifbbbbifbi",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any"), __metajit.pool.ref(undefined)],
      code: [21, 3, 1, -2, 51, 4, 3, 0, -3, 36, 5, 3, 34, 6, 5, 32, 7, 6, 3, 69, 8, 7, 61, 7, 40, 7, 0, 1, 2, 3, 4, 7, 8, 31, 9, 3, -5, 69, 8, 9, 69, 10, 8, 61, 8, 68, 7, 0, 1, 2, 3, 4, 8, 10, 57, 11, 4, -6, 34, 12, 11, 28, 13, 3, 12, 69, 10, 13, 61, 10, 88, 6, 0, 1, 2, 3, 4, 10, 36, 14, 3, 56, 4, 14, 2, -6, 65, -7, 63, 16, -1, 3, 0, 1, 2, 0, 65, -7] },
    { name: "LuaTable.replaceField", args: [0, 1, 2], kinds: "rrrrffbffbbbrirbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.bool(false), __metajit.pool.bool(true)],
      code: [51, 3, 3, 0, -1, 52, 6, 2, 3, -2, 61, 6, 33, 5, 0, 1, 2, 3, 6, 63, 14, 7, 2, 3, 1, 2, 0, 2, 69, 5, 7, 60, 53, 67, 3, 4, 0, 1, 2, 3, 64, -3, 8, 1, 2, 3, 1, 2, 0, 2, 69, 5, 8, 69, 4, 5, 28, 9, 4, -5, 37, 10, 9, 69, 11, 9, 61, 10, 96, 5, 0, 2, 4, 10, 11, 51, 12, 3, 0, -6, 36, 13, 4, 54, 14, 3, 12, 13, -7, 39, 15, 14, -8, 69, 11, 15, 61, 11, 106, 4, 0, 2, 4, 11, 65, -9, 51, 16, 3, 0, -6, 36, 17, 4, 56, 16, 17, 2, -7, 65, -10] },
    { name: "LuaTable.constructor", args: [0, 1, 2], kinds: "rrrfbfffbffrbrfbf",
      pool: [__metajit.pool.ref(undefined), __metajit.pool.field("metatable"), __metajit.pool.ref(__metajit_ref_5), __metajit.pool.field("shape"), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("slots"), __metajit.pool.field("hash"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("arr"), __metajit.pool.ref(__metajit_ref_7), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("hashCap"), __metajit.pool.ref(__metajit_ref_8)],
      code: [53, 0, -1, -2, 53, 0, -3, -4, 53, 0, -5, -6, 53, 0, -1, -7, 41, 4, 1, 48, 6, 1, 69, 5, 6, 61, 4, 36, 4, 0, 2, 4, 5, 69, 5, -9, 69, 3, 5, 41, 8, 2, 48, 10, 2, 69, 9, 10, 61, 8, 59, 4, 0, 3, 8, 9, 69, 9, -9, 69, 7, 9, 30, 12, 3, -9, 61, 12, 88, 4, 0, 3, 7, 12, 64, -11, 13, 0, 1, 3, 2, 0, 7, 69, 11, 13, 60, 91, 69, 11, -12, 53, 0, 11, -10, 30, 15, 7, -9, 61, 15, 119, 3, 0, 7, 15, 64, -14, 16, 1, 1, 7, 1, 0, 69, 14, 16, 60, 122, 69, 14, -9, 53, 0, 14, -13, 65, -1] },
    { name: "luaMod", args: [0, 1], kinds: "ffffff",
      pool: [__metajit.pool.ref(Math.floor)],
      code: [23, 2, 0, 1, 64, -1, 3, 1, 1, 2, 2, 0, 1, 22, 4, 3, 1, 21, 5, 0, 4, 65, 5] },
    { name: "LuaTable.length", args: [0], kinds: "rrfibbfirbffbffffirbfbf",
      pool: [__metajit.pool.field("arr"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.ref(Math.floor), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.field("hashCap")],
      code: [51, 1, 3, 0, -1, 57, 3, 1, -2, 34, 2, 3, 30, 4, 2, -4, 69, 5, 4, 61, 4, 48, 5, 0, 1, 2, 4, 5, 21, 6, 2, -6, 36, 7, 6, 54, 8, 3, 1, 7, -2, 39, 9, 8, -7, 69, 5, 9, 61, 5, 131, 4, 0, 1, 2, 5, 69, 10, -4, 21, 11, 2, 10, 30, 12, 11, -6, 61, 12, 129, 4, 1, 2, 10, 12, 20, 14, 10, 2, 23, 15, 14, -10, 64, -8, 13, 1, 1, 15, 3, 1, 2, 10, 21, 16, 13, -6, 36, 17, 16, 54, 18, 3, 1, 17, -2, 39, 19, 18, -7, 61, 19, 124, 5, 1, 2, 10, 13, 19, 69, 2, 13, 60, 127, 69, 10, 13, 60, 59, 65, 10, 51, 20, 1, 0, -11, 32, 21, 20, -4, 61, 21, 149, 3, 0, 2, 21, 65, 2, 63, 17, 22, 2, 0, 2, 0, 65, 22] },
    { name: "Interpreter.pushFrame", args: [0, 1, 2, 3, 4, 5, 6, 7, 8], kinds: "rrrrffffrfffbrrrbbrririf",
      pool: [__metajit.pool.field("depth"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("callLimit"), __metajit.pool.ref(__metajit.methodCaller("stackOverflow")), __metajit.pool.ref(undefined), __metajit.pool.field("noVarargs"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [51, 9, 1, 1, -1, 20, 10, 9, -3, 51, 11, 1, 0, -4, 31, 12, 10, 11, 61, 12, 42, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 64, -5, 13, 0, 1, 0, 0, 66, 13, 39, 16, 8, -6, 37, 17, 16, 61, 17, 69, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17, 69, 15, 3, 60, 77, 52, 18, 3, 0, -7, 69, 15, 18, 63, 18, 14, 9, 0, 2, 3, 4, 5, 6, 7, 8, 15, 3, 1, 2, 9, 51, 19, 3, 1, -8, 36, 20, 9, 56, 19, 20, 2, -9, 51, 21, 3, 1, -10, 36, 22, 9, 56, 21, 22, 14, -9, 20, 23, 9, -3, 53, 1, 23, -1, 65, 14] },
    { name: "Interpreter.tailFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrffrrffrrffffriri",
      pool: [__metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("caller"), __metajit.pool.field("callerRegs"), __metajit.pool.field("tailcalls"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("depth"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [52, 8, 1, 6, -1, 52, 9, 1, 6, -2, 52, 10, 3, 6, -3, 52, 11, 3, 6, -4, 63, 18, 7, 9, 0, 2, 3, 4, 5, 8, 9, 10, 11, 3, 1, 2, 6, 51, 12, 1, 6, -5, 20, 13, 12, -7, 53, 7, 13, -5, 51, 15, 1, 1, -8, 21, 14, 15, -7, 51, 16, 3, 1, -9, 36, 17, 14, 56, 16, 17, 2, -10, 51, 18, 3, 1, -11, 36, 19, 14, 56, 18, 19, 7, -10, 65, 7] },
    { name: "Shape.lookup", args: [0, 1], kinds: "rrrifbffbirbrrfbf",
      pool: [__metajit.pool.field("keys"), __metajit.pool.array("any"), __metajit.pool.int(8), __metajit.pool.float(8), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.float(1), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.ref(undefined)],
      code: [52, 2, 3, 0, -1, 57, 3, 2, -2, 34, 4, 3, 29, 5, 4, -4, 61, 5, 76, 5, 0, 1, 2, 3, 5, 69, 6, -6, 34, 7, 3, 28, 8, 6, 7, 61, 8, 74, 5, 1, 2, 3, 6, 8, 36, 9, 6, 54, 10, 3, 2, 9, -2, 39, 11, 10, 1, 61, 11, 68, 5, 1, 2, 3, 6, 11, 65, 6, 20, 6, 6, -7, 60, 28, 65, -9, 52, 13, 3, 0, -10, 64, -11, 12, 0, 2, 13, 1, 0, 39, 15, 12, -12, 61, 15, 104, 2, 12, 15, 69, 14, -9, 60, 110, 48, 16, 12, 69, 14, 16, 65, 14] },
    { name: "LuaTable.getHashed", args: [0, 1], kinds: "rrrbrrrbrfir",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any")],
      code: [51, 2, 3, 0, -1, 39, 3, 2, -2, 61, 3, 18, 3, 1, 2, 3, 65, -2, 52, 5, 3, 2, -3, 64, -4, 4, 0, 2, 5, 1, 1, 2, 39, 7, 4, -2, 61, 7, 48, 3, 2, 4, 7, 69, 6, -2, 60, 68, 52, 8, 3, 2, -5, 48, 9, 4, 36, 10, 9, 54, 11, 3, 8, 10, -6, 69, 6, 11, 65, 6] },
    { name: "LuaTable.setNumSlow", args: [0, 1, 2], kinds: "rfrrbbrrbbrfibbrfb",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any"), __metajit.pool.ref(__metajit_ref_9), __metajit.pool.ref("table index is NaN"), __metajit.pool.ref(__metajit.methodCaller("newKey")), __metajit.pool.int(0), __metajit.pool.float(0)],
      code: [51, 3, 3, 0, -1, 39, 4, 3, -2, 37, 5, 4, 61, 5, 75, 5, 0, 1, 2, 3, 5, 52, 7, 3, 3, -3, 64, -4, 6, 0, 2, 7, 1, 4, 0, 1, 2, 3, 39, 8, 6, -2, 37, 9, 8, 61, 9, 73, 6, 0, 1, 2, 3, 6, 9, 52, 10, 3, 3, -5, 48, 11, 6, 36, 12, 11, 56, 10, 12, 2, -6, 65, -2, 60, 75, 32, 13, 1, 1, 37, 14, 13, 61, 14, 99, 4, 0, 1, 2, 14, 64, -7, 15, 0, 1, -8, 0, 66, 15, 32, 17, 1, -11, 61, 17, 116, 4, 0, 1, 2, 17, 69, 16, -11, 60, 119, 69, 16, 1, 64, -9, -1, 0, 3, 0, 16, 2, 0, 65, -2] },
    { name: "LuaTable.unboundSearch", args: [0, 1], kinds: "rfffrbbbrbbffbfffrb",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(2147483647), __metajit.pool.float(2147483647), __metajit.pool.ref(Math.floor)],
      code: [69, 2, 1, 20, 3, 1, -2, 63, 3, 4, 2, 0, 3, 3, 0, 2, 3, 39, 5, 4, -3, 37, 6, 5, 61, 6, 91, 4, 0, 2, 3, 6, 69, 2, 3, 22, 3, 3, -5, 30, 7, 3, -7, 61, 7, 89, 4, 0, 2, 3, 7, 69, 2, -2, 63, 3, 8, 2, 0, 2, 2, 0, 2, 39, 9, 8, -3, 37, 10, 9, 61, 10, 83, 3, 0, 2, 10, 20, 2, 2, -2, 60, 54, 21, 11, 2, -2, 65, 11, 60, 7, 21, 12, 3, 2, 30, 13, 12, -2, 61, 13, 159, 4, 0, 2, 3, 13, 20, 15, 2, 3, 23, 16, 15, -5, 64, -8, 14, 1, 1, 16, 3, 0, 2, 3, 63, 3, 17, 2, 0, 14, 4, 0, 2, 3, 14, 39, 18, 17, -3, 61, 18, 154, 5, 0, 2, 3, 14, 18, 69, 3, 14, 60, 157, 69, 2, 14, 60, 91, 65, 2] },
    { name: "Interpreter.newFrame", args: [0, 1, 2, 3, 4, 5, 6, 7, 8], kinds: "rrrffffrrrfrfifbirbfirffbirrbbbffrrbirr",
      pool: [__metajit.pool.field("proto"), __metajit.pool.field("numParams"), __metajit.pool.field("maxStack"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.float(1), __metajit.pool.field("isVararg"), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("noVarargs"), __metajit.pool.field("needsArg"), __metajit.pool.ref(argTable), __metajit.pool.ref(__metajit_ref_10)],
      code: [52, 9, 3, 1, -1, 52, 10, 1, 9, -2, 52, 12, 1, 9, -3, 36, 13, 12, 59, 11, 13, -4, 69, 14, -6, 28, 15, 14, 10, 61, 15, 105, 14, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 36, 16, 14, 28, 18, 14, 4, 61, 18, 91, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 16, 18, 20, 19, 3, 14, 36, 20, 19, 54, 21, 3, 2, 20, -4, 69, 17, 21, 60, 94, 69, 17, -7, 56, 11, 16, 17, -4, 20, 14, 14, -8, 60, 25, 69, 22, 10, 52, 23, 1, 9, -3, 28, 24, 22, 23, 61, 24, 149, 14, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 22, 24, 36, 25, 22, 56, 11, 25, -7, -4, 20, 22, 22, -8, 60, 108, 52, 28, 2, 9, -9, 69, 29, 28, 61, 28, 182, 14, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 28, 29, 30, 30, 4, 10, 69, 29, 30, 61, 29, 229, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 29, 20, 31, 3, 10, 20, 32, 3, 4, 64, -10, 33, 0, 3, 2, 31, 32, 8, 1, 5, 6, 7, 8, 9, 10, 11, 69, 27, 33, 60, 237, 52, 34, 3, 0, -11, 69, 27, 34, 69, 26, 27, 52, 35, 2, 1, -12, 61, 35, 285, 10, 1, 5, 6, 7, 8, 9, 10, 11, 26, 35, 36, 36, 10, 64, -13, 37, 0, 1, 26, 9, 1, 5, 6, 7, 8, 9, 11, 26, 36, 56, 11, 36, 37, -4, 60, 285, 58, 38, -14, 63, 19, -1, 9, 38, 1, 9, 11, 26, 5, 6, 7, 8, 1, 38, 65, 38] },
    { name: "Frame.constructor", args: [0, 1, 2, 3, 4, 5, 6, 7, 8], kinds: "rrrrrffrr",
      pool: [__metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("pc"), __metajit.pool.field("top"), __metajit.pool.ref(undefined), __metajit.pool.field("openUpvals"), __metajit.pool.field("tailcalls"), __metajit.pool.field("closure"), __metajit.pool.field("proto"), __metajit.pool.field("regs"), __metajit.pool.field("varargs"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("caller"), __metajit.pool.field("callerRegs")],
      code: [53, 0, -2, -3, 53, 0, -2, -4, 53, 0, -5, -6, 53, 0, -2, -7, 53, 0, 1, -8, 53, 0, 2, -9, 53, 0, 3, -10, 53, 0, 4, -11, 53, 0, 5, -12, 53, 0, 6, -13, 53, 0, 7, -14, 53, 0, 8, -15, 65, -5] },
  ]));
const __metajit_G = __metajit.gen;
let __metajit_ready = false;
let __metajit_d0_1!: __metajit_ArrayDescr;
let __metajit_k0_10!: __metajit_Const;
let __metajit_d0_11!: __metajit_FieldDescr;
let __metajit_d0_12!: __metajit_FieldDescr;
let __metajit_d0_13!: __metajit_FieldDescr;
let __metajit_d0_14!: __metajit_FieldDescr;
let __metajit_d0_15!: __metajit_FieldDescr;
let __metajit_d0_16!: __metajit_FieldDescr;
let __metajit_d0_17!: __metajit_FieldDescr;
let __metajit_k0_18!: __metajit_Const;
let __metajit_k0_19!: __metajit_Const;
let __metajit_k0_21!: __metajit_Const;
let __metajit_k0_22!: __metajit_Const;
let __metajit_k0_23!: __metajit_Const;
let __metajit_k0_24!: __metajit_Const;
let __metajit_k0_25!: __metajit_Const;
let __metajit_k0_26!: __metajit_Const;
let __metajit_k0_27!: __metajit_Const;
let __metajit_k0_28!: __metajit_Const;
let __metajit_k0_29!: __metajit_Const;
let __metajit_k0_30!: __metajit_Const;
let __metajit_k0_31!: __metajit_Const;
let __metajit_k0_32!: __metajit_Const;
let __metajit_k0_33!: __metajit_Const;
let __metajit_k0_34!: __metajit_Const;
let __metajit_k0_35!: __metajit_Const;
let __metajit_k0_36!: __metajit_Const;
let __metajit_k0_37!: __metajit_Const;
let __metajit_k0_38!: __metajit_Const;
let __metajit_k0_40!: __metajit_Const;
let __metajit_k0_41!: __metajit_Const;
let __metajit_k0_43!: __metajit_Const;
let __metajit_k0_44!: __metajit_Const;
let __metajit_k0_46!: __metajit_Const;
let __metajit_k0_47!: __metajit_Const;
let __metajit_k0_49!: __metajit_Const;
let __metajit_k0_50!: __metajit_Const;
let __metajit_k0_52!: __metajit_Const;
let __metajit_k0_53!: __metajit_Const;
let __metajit_k0_54!: __metajit_Const;
let __metajit_k0_56!: __metajit_Const;
let __metajit_k0_57!: __metajit_Const;
let __metajit_k0_59!: __metajit_Const;
let __metajit_k0_61!: __metajit_Const;
let __metajit_k0_62!: __metajit_Const;
let __metajit_k0_63!: __metajit_Const;
let __metajit_k0_64!: __metajit_Const;
let __metajit_k0_65!: __metajit_Const;
let __metajit_k0_66!: __metajit_Const;
let __metajit_k0_67!: __metajit_Const;
let __metajit_k0_68!: __metajit_Const;
let __metajit_k0_60!: __metajit_Const;
let __metajit_k0_71!: __metajit_Const;
let __metajit_d0_72!: __metajit_FieldDescr;
let __metajit_k0_3!: __metajit_Const;
let __metajit_k0_73!: __metajit_Const;
let __metajit_k0_74!: __metajit_Const;
let __metajit_k0_75!: __metajit_Const;
let __metajit_d0_76!: __metajit_FieldDescr;
let __metajit_k0_8!: __metajit_Const;
let __metajit_k0_78!: __metajit_Const;
let __metajit_k0_77!: __metajit_Const;
let __metajit_d0_79!: __metajit_FieldDescr;
let __metajit_d0_80!: __metajit_FieldDescr;
let __metajit_d0_81!: __metajit_FieldDescr;
let __metajit_d0_82!: __metajit_FieldDescr;
let __metajit_k0_83!: __metajit_Const;
let __metajit_k0_84!: __metajit_Const;
let __metajit_k0_85!: __metajit_Const;
let __metajit_d0_86!: __metajit_FieldDescr;
let __metajit_k0_87!: __metajit_Const;
let __metajit_k0_4!: __metajit_Const;
let __metajit_k0_89!: __metajit_Const;
let __metajit_k0_88!: __metajit_Const;
let __metajit_k0_20!: __metajit_Const;
let __metajit_k0_90!: __metajit_Const;
let __metajit_k0_91!: __metajit_Const;
let __metajit_d0_92!: __metajit_FieldDescr;
let __metajit_d0_93!: __metajit_FieldDescr;
let __metajit_d0_94!: __metajit_FieldDescr;
let __metajit_d0_95!: __metajit_FieldDescr;
let __metajit_k0_100!: __metajit_Const;
let __metajit_k0_101!: __metajit_Const;
let __metajit_k0_102!: __metajit_Const;
let __metajit_k0_103!: __metajit_Const;
let __metajit_k0_104!: __metajit_Const;
let __metajit_d0_106!: __metajit_FieldDescr;
let __metajit_k0_109!: __metajit_Const;
let __metajit_k0_108!: __metajit_Const;
let __metajit_k0_107!: __metajit_Const;
let __metajit_d1_0!: __metajit_FieldDescr;
let __metajit_d1_1!: __metajit_FieldDescr;
let __metajit_k1_2!: __metajit_Const;
let __metajit_k1_4!: __metajit_Const;
let __metajit_k1_5!: __metajit_Const;
let __metajit_d1_6!: __metajit_FieldDescr;
let __metajit_d1_7!: __metajit_ArrayDescr;
let __metajit_d2_0!: __metajit_FieldDescr;
let __metajit_k2_2!: __metajit_Const;
let __metajit_k2_3!: __metajit_Const;
let __metajit_d2_4!: __metajit_FieldDescr;
let __metajit_d2_5!: __metajit_ArrayDescr;
let __metajit_k3_1!: __metajit_Const;
let __metajit_d3_2!: __metajit_FieldDescr;
let __metajit_k3_4!: __metajit_Const;
let __metajit_d3_5!: __metajit_ArrayDescr;
let __metajit_k4_0!: __metajit_Const;
let __metajit_k4_1!: __metajit_Const;
let __metajit_d5_0!: __metajit_FieldDescr;
let __metajit_d5_1!: __metajit_FieldDescr;
let __metajit_k5_2!: __metajit_Const;
let __metajit_k5_4!: __metajit_Const;
let __metajit_d5_5!: __metajit_FieldDescr;
let __metajit_d5_6!: __metajit_ArrayDescr;
let __metajit_k5_7!: __metajit_Const;
let __metajit_k5_8!: __metajit_Const;
let __metajit_d6_0!: __metajit_FieldDescr;
let __metajit_k6_2!: __metajit_Const;
let __metajit_d6_3!: __metajit_FieldDescr;
let __metajit_d6_4!: __metajit_ArrayDescr;
let __metajit_k6_5!: __metajit_Const;
let __metajit_k6_6!: __metajit_Const;
let __metajit_k7_1!: __metajit_Const;
let __metajit_d7_2!: __metajit_FieldDescr;
let __metajit_k7_4!: __metajit_Const;
let __metajit_d7_5!: __metajit_ArrayDescr;
let __metajit_k7_6!: __metajit_Const;
let __metajit_d8_0!: __metajit_FieldDescr;
let __metajit_d8_1!: __metajit_FieldDescr;
let __metajit_k8_2!: __metajit_Const;
let __metajit_k8_4!: __metajit_Const;
let __metajit_d8_5!: __metajit_FieldDescr;
let __metajit_d8_6!: __metajit_ArrayDescr;
let __metajit_k8_7!: __metajit_Const;
let __metajit_k8_8!: __metajit_Const;
let __metajit_k8_9!: __metajit_Const;
let __metajit_k9_0!: __metajit_Const;
let __metajit_d9_1!: __metajit_FieldDescr;
let __metajit_k9_2!: __metajit_Const;
let __metajit_d9_3!: __metajit_FieldDescr;
let __metajit_k9_4!: __metajit_Const;
let __metajit_d9_5!: __metajit_FieldDescr;
let __metajit_d9_6!: __metajit_FieldDescr;
let __metajit_k9_8!: __metajit_Const;
let __metajit_k9_10!: __metajit_Const;
let __metajit_k9_11!: __metajit_Const;
let __metajit_d9_9!: __metajit_FieldDescr;
let __metajit_k9_13!: __metajit_Const;
let __metajit_d9_12!: __metajit_FieldDescr;
let __metajit_k10_0!: __metajit_Const;
let __metajit_d11_0!: __metajit_FieldDescr;
let __metajit_d11_1!: __metajit_ArrayDescr;
let __metajit_k11_3!: __metajit_Const;
let __metajit_k11_5!: __metajit_Const;
let __metajit_k11_6!: __metajit_Const;
let __metajit_k11_9!: __metajit_Const;
let __metajit_k11_7!: __metajit_Const;
let __metajit_d11_10!: __metajit_FieldDescr;
let __metajit_d12_0!: __metajit_FieldDescr;
let __metajit_k12_2!: __metajit_Const;
let __metajit_d12_3!: __metajit_FieldDescr;
let __metajit_k12_4!: __metajit_Const;
let __metajit_k12_5!: __metajit_Const;
let __metajit_d12_6!: __metajit_FieldDescr;
let __metajit_d12_7!: __metajit_FieldDescr;
let __metajit_d12_8!: __metajit_ArrayDescr;
let __metajit_d12_9!: __metajit_FieldDescr;
let __metajit_d13_0!: __metajit_FieldDescr;
let __metajit_d13_1!: __metajit_FieldDescr;
let __metajit_d13_2!: __metajit_FieldDescr;
let __metajit_d13_3!: __metajit_FieldDescr;
let __metajit_d13_4!: __metajit_FieldDescr;
let __metajit_k13_6!: __metajit_Const;
let __metajit_d13_7!: __metajit_FieldDescr;
let __metajit_d13_8!: __metajit_FieldDescr;
let __metajit_d13_9!: __metajit_ArrayDescr;
let __metajit_d13_10!: __metajit_FieldDescr;
let __metajit_d14_0!: __metajit_FieldDescr;
let __metajit_d14_1!: __metajit_ArrayDescr;
let __metajit_k14_3!: __metajit_Const;
let __metajit_k14_5!: __metajit_Const;
let __metajit_k14_8!: __metajit_Const;
let __metajit_d14_9!: __metajit_FieldDescr;
let __metajit_k14_10!: __metajit_Const;
let __metajit_k14_11!: __metajit_Const;
let __metajit_d15_0!: __metajit_FieldDescr;
let __metajit_k15_1!: __metajit_Const;
let __metajit_d15_2!: __metajit_FieldDescr;
let __metajit_k15_3!: __metajit_Const;
let __metajit_d15_4!: __metajit_FieldDescr;
let __metajit_d15_5!: __metajit_ArrayDescr;
let __metajit_d16_0!: __metajit_FieldDescr;
let __metajit_k16_1!: __metajit_Const;
let __metajit_d16_2!: __metajit_FieldDescr;
let __metajit_k16_3!: __metajit_Const;
let __metajit_d16_4!: __metajit_FieldDescr;
let __metajit_d16_5!: __metajit_ArrayDescr;
let __metajit_k16_6!: __metajit_Const;
let __metajit_k16_7!: __metajit_Const;
let __metajit_k16_10!: __metajit_Const;
let __metajit_k16_8!: __metajit_Const;
let __metajit_k17_1!: __metajit_Const;
let __metajit_k17_2!: __metajit_Const;
let __metajit_k17_4!: __metajit_Const;
let __metajit_k17_6!: __metajit_Const;
let __metajit_k17_7!: __metajit_Const;
let __metajit_d18_0!: __metajit_FieldDescr;
let __metajit_d18_1!: __metajit_FieldDescr;
let __metajit_d18_2!: __metajit_FieldDescr;
let __metajit_d18_3!: __metajit_ArrayDescr;
let __metajit_k18_5!: __metajit_Const;
let __metajit_k18_6!: __metajit_Const;
let __metajit_k18_7!: __metajit_Const;
let __metajit_d18_8!: __metajit_FieldDescr;
let __metajit_k18_9!: __metajit_Const;
let __metajit_d18_10!: __metajit_FieldDescr;
let __metajit_d18_11!: __metajit_FieldDescr;
let __metajit_k18_12!: __metajit_Const;
let __metajit_k18_13!: __metajit_Const;
let __metajit_k19_1!: __metajit_Const;
let __metajit_d19_2!: __metajit_FieldDescr;
let __metajit_d19_3!: __metajit_FieldDescr;
let __metajit_k19_4!: __metajit_Const;
let __metajit_d19_5!: __metajit_FieldDescr;
let __metajit_d19_6!: __metajit_FieldDescr;
let __metajit_d19_7!: __metajit_FieldDescr;
let __metajit_d19_8!: __metajit_FieldDescr;
let __metajit_d19_9!: __metajit_FieldDescr;
let __metajit_d19_10!: __metajit_FieldDescr;
let __metajit_d19_11!: __metajit_FieldDescr;
let __metajit_d19_12!: __metajit_FieldDescr;
let __metajit_d19_13!: __metajit_FieldDescr;
let __metajit_d19_14!: __metajit_FieldDescr;
let __metajit_o0!: __metajit_RecordOptions;
let __metajit_o1!: __metajit_RecordOptions;
let __metajit_o2!: __metajit_RecordOptions;
let __metajit_o3!: __metajit_RecordOptions;
let __metajit_o4!: __metajit_RecordOptions;
let __metajit_o5!: __metajit_RecordOptions;
let __metajit_o6!: __metajit_RecordOptions;
let __metajit_o7!: __metajit_RecordOptions;
let __metajit_o8!: __metajit_RecordOptions;
let __metajit_o9!: __metajit_RecordOptions;
let __metajit_o10!: __metajit_RecordOptions;
let __metajit_o11!: __metajit_RecordOptions;
let __metajit_o12!: __metajit_RecordOptions;
let __metajit_o13!: __metajit_RecordOptions;
let __metajit_o14!: __metajit_RecordOptions;
let __metajit_o15!: __metajit_RecordOptions;
let __metajit_o16!: __metajit_RecordOptions;
let __metajit_o17!: __metajit_RecordOptions;
let __metajit_o18!: __metajit_RecordOptions;
let __metajit_o19!: __metajit_RecordOptions;
let __metajit_o20!: __metajit_RecordOptions;
let __metajit_o21!: __metajit_RecordOptions;
let __metajit_o22!: __metajit_RecordOptions;
let __metajit_o23!: __metajit_RecordOptions;
let __metajit_o24!: __metajit_RecordOptions;
let __metajit_o25!: __metajit_RecordOptions;
let __metajit_o26!: __metajit_RecordOptions;
let __metajit_o27!: __metajit_RecordOptions;
let __metajit_o28!: __metajit_RecordOptions;
let __metajit_o29!: __metajit_RecordOptions;
let __metajit_o30!: __metajit_RecordOptions;
let __metajit_o31!: __metajit_RecordOptions;
let __metajit_o32!: __metajit_RecordOptions;
let __metajit_o33!: __metajit_RecordOptions;
let __metajit_o34!: __metajit_RecordOptions;
let __metajit_o35!: __metajit_RecordOptions;
let __metajit_o36!: __metajit_RecordOptions;
let __metajit_o37!: __metajit_RecordOptions;
let __metajit_o38!: __metajit_RecordOptions;
let __metajit_o39!: __metajit_RecordOptions;
let __metajit_o40!: __metajit_RecordOptions;
let __metajit_o41!: __metajit_RecordOptions;
let __metajit_o42!: __metajit_RecordOptions;
let __metajit_o43!: __metajit_RecordOptions;
let __metajit_o44!: __metajit_RecordOptions;
let __metajit_o45!: __metajit_RecordOptions;
let __metajit_o46!: __metajit_RecordOptions;
let __metajit_o47!: __metajit_RecordOptions;
let __metajit_o48!: __metajit_RecordOptions;
let __metajit_o49!: __metajit_RecordOptions;
let __metajit_o50!: __metajit_RecordOptions;
let __metajit_o51!: __metajit_RecordOptions;
let __metajit_o52!: __metajit_RecordOptions;
let __metajit_o53!: __metajit_RecordOptions;
let __metajit_o54!: __metajit_RecordOptions;
let __metajit_o55!: __metajit_RecordOptions;
let __metajit_o56!: __metajit_RecordOptions;
let __metajit_o57!: __metajit_RecordOptions;
let __metajit_o58!: __metajit_RecordOptions;
let __metajit_o59!: __metajit_RecordOptions;
let __metajit_o60!: __metajit_RecordOptions;
let __metajit_o61!: __metajit_RecordOptions;
let __metajit_o62!: __metajit_RecordOptions;
let __metajit_o63!: __metajit_RecordOptions;
let __metajit_o64!: __metajit_RecordOptions;
let __metajit_o65!: __metajit_RecordOptions;
let __metajit_o66!: __metajit_RecordOptions;
let __metajit_o67!: __metajit_RecordOptions;
let __metajit_o68!: __metajit_RecordOptions;
let __metajit_o69!: __metajit_RecordOptions;
let __metajit_o70!: __metajit_RecordOptions;
let __metajit_o71!: __metajit_RecordOptions;
let __metajit_o72!: __metajit_RecordOptions;
let __metajit_o73!: __metajit_RecordOptions;
let __metajit_o74!: __metajit_RecordOptions;
let __metajit_o75!: __metajit_RecordOptions;
let __metajit_o76!: __metajit_RecordOptions;
let __metajit_o77!: __metajit_RecordOptions;
let __metajit_o78!: __metajit_RecordOptions;
let __metajit_o79!: __metajit_RecordOptions;
let __metajit_o80!: __metajit_RecordOptions;
let __metajit_o81!: __metajit_RecordOptions;
let __metajit_o82!: __metajit_RecordOptions;
let __metajit_o83!: __metajit_RecordOptions;
let __metajit_o84!: __metajit_RecordOptions;
let __metajit_o85!: __metajit_RecordOptions;
let __metajit_o86!: __metajit_RecordOptions;
let __metajit_o87!: __metajit_RecordOptions;
let __metajit_o88!: __metajit_RecordOptions;
let __metajit_o89!: __metajit_RecordOptions;
let __metajit_o90!: __metajit_RecordOptions;
let __metajit_o91!: __metajit_RecordOptions;
let __metajit_o92!: __metajit_RecordOptions;
let __metajit_o93!: __metajit_RecordOptions;
let __metajit_o94!: __metajit_RecordOptions;
let __metajit_o95!: __metajit_RecordOptions;
let __metajit_o96!: __metajit_RecordOptions;
let __metajit_o97!: __metajit_RecordOptions;
let __metajit_o98!: __metajit_RecordOptions;
let __metajit_o99!: __metajit_RecordOptions;
let __metajit_o100!: __metajit_RecordOptions;
let __metajit_o101!: __metajit_RecordOptions;
let __metajit_o102!: __metajit_RecordOptions;
let __metajit_o103!: __metajit_RecordOptions;
let __metajit_o104!: __metajit_RecordOptions;
let __metajit_o105!: __metajit_RecordOptions;
let __metajit_o106!: __metajit_RecordOptions;
function __metajit_init(): void {
  if (__metajit_ready) return;
  const table = __metajit_jitcodes();
  __metajit_G.checkTable(table, [["Interpreter.run.portal", 7640], ["LuaTable.getField", 87], ["LuaTable.getStr", 48], ["LuaTable.getInt", 98], ["LuaTable.get", 58], ["LuaTable.setField", 97], ["LuaTable.setStr", 54], ["LuaTable.setInt", 98], ["LuaTable.replaceField", 121], ["LuaTable.constructor", 128], ["luaMod", 23], ["LuaTable.length", 158], ["Interpreter.pushFrame", 130], ["Interpreter.tailFrame", 87], ["Shape.lookup", 112], ["LuaTable.getHashed", 70], ["LuaTable.setNumSlow", 130], ["LuaTable.unboundSearch", 161], ["Interpreter.newFrame", 305], ["Frame.constructor", 50]]);
  const pool0 = table.get(0).pool;
  const pool1 = table.get(1).pool;
  const pool2 = table.get(2).pool;
  const pool3 = table.get(3).pool;
  const pool4 = table.get(4).pool;
  const pool5 = table.get(5).pool;
  const pool6 = table.get(6).pool;
  const pool7 = table.get(7).pool;
  const pool8 = table.get(8).pool;
  const pool9 = table.get(9).pool;
  const pool10 = table.get(10).pool;
  const pool11 = table.get(11).pool;
  const pool12 = table.get(12).pool;
  const pool13 = table.get(13).pool;
  const pool14 = table.get(14).pool;
  const pool15 = table.get(15).pool;
  const pool16 = table.get(16).pool;
  const pool17 = table.get(17).pool;
  const pool18 = table.get(18).pool;
  const pool19 = table.get(19).pool;
  __metajit_d0_1 = pool0[1] as __metajit_ArrayDescr;
  __metajit_k0_10 = pool0[10] as __metajit_Const;
  __metajit_d0_11 = pool0[11] as __metajit_FieldDescr;
  __metajit_d0_12 = pool0[12] as __metajit_FieldDescr;
  __metajit_d0_13 = pool0[13] as __metajit_FieldDescr;
  __metajit_d0_14 = pool0[14] as __metajit_FieldDescr;
  __metajit_d0_15 = pool0[15] as __metajit_FieldDescr;
  __metajit_d0_16 = pool0[16] as __metajit_FieldDescr;
  __metajit_d0_17 = pool0[17] as __metajit_FieldDescr;
  __metajit_k0_18 = pool0[18] as __metajit_Const;
  __metajit_k0_19 = pool0[19] as __metajit_Const;
  __metajit_k0_21 = pool0[21] as __metajit_Const;
  __metajit_k0_22 = pool0[22] as __metajit_Const;
  __metajit_k0_23 = pool0[23] as __metajit_Const;
  __metajit_k0_24 = pool0[24] as __metajit_Const;
  __metajit_k0_25 = pool0[25] as __metajit_Const;
  __metajit_k0_26 = pool0[26] as __metajit_Const;
  __metajit_k0_27 = pool0[27] as __metajit_Const;
  __metajit_k0_28 = pool0[28] as __metajit_Const;
  __metajit_k0_29 = pool0[29] as __metajit_Const;
  __metajit_k0_30 = pool0[30] as __metajit_Const;
  __metajit_k0_31 = pool0[31] as __metajit_Const;
  __metajit_k0_32 = pool0[32] as __metajit_Const;
  __metajit_k0_33 = pool0[33] as __metajit_Const;
  __metajit_k0_34 = pool0[34] as __metajit_Const;
  __metajit_k0_35 = pool0[35] as __metajit_Const;
  __metajit_k0_36 = pool0[36] as __metajit_Const;
  __metajit_k0_37 = pool0[37] as __metajit_Const;
  __metajit_k0_38 = pool0[38] as __metajit_Const;
  __metajit_k0_40 = pool0[40] as __metajit_Const;
  __metajit_k0_41 = pool0[41] as __metajit_Const;
  __metajit_k0_43 = pool0[43] as __metajit_Const;
  __metajit_k0_44 = pool0[44] as __metajit_Const;
  __metajit_k0_46 = pool0[46] as __metajit_Const;
  __metajit_k0_47 = pool0[47] as __metajit_Const;
  __metajit_k0_49 = pool0[49] as __metajit_Const;
  __metajit_k0_50 = pool0[50] as __metajit_Const;
  __metajit_k0_52 = pool0[52] as __metajit_Const;
  __metajit_k0_53 = pool0[53] as __metajit_Const;
  __metajit_k0_54 = pool0[54] as __metajit_Const;
  __metajit_k0_56 = pool0[56] as __metajit_Const;
  __metajit_k0_57 = pool0[57] as __metajit_Const;
  __metajit_k0_59 = pool0[59] as __metajit_Const;
  __metajit_k0_61 = pool0[61] as __metajit_Const;
  __metajit_k0_62 = pool0[62] as __metajit_Const;
  __metajit_k0_63 = pool0[63] as __metajit_Const;
  __metajit_k0_64 = pool0[64] as __metajit_Const;
  __metajit_k0_65 = pool0[65] as __metajit_Const;
  __metajit_k0_66 = pool0[66] as __metajit_Const;
  __metajit_k0_67 = pool0[67] as __metajit_Const;
  __metajit_k0_68 = pool0[68] as __metajit_Const;
  __metajit_k0_60 = pool0[60] as __metajit_Const;
  __metajit_k0_71 = pool0[71] as __metajit_Const;
  __metajit_d0_72 = pool0[72] as __metajit_FieldDescr;
  __metajit_k0_3 = pool0[3] as __metajit_Const;
  __metajit_k0_73 = pool0[73] as __metajit_Const;
  __metajit_k0_74 = pool0[74] as __metajit_Const;
  __metajit_k0_75 = pool0[75] as __metajit_Const;
  __metajit_d0_76 = pool0[76] as __metajit_FieldDescr;
  __metajit_k0_8 = pool0[8] as __metajit_Const;
  __metajit_k0_78 = pool0[78] as __metajit_Const;
  __metajit_k0_77 = pool0[77] as __metajit_Const;
  __metajit_d0_79 = pool0[79] as __metajit_FieldDescr;
  __metajit_d0_80 = pool0[80] as __metajit_FieldDescr;
  __metajit_d0_81 = pool0[81] as __metajit_FieldDescr;
  __metajit_d0_82 = pool0[82] as __metajit_FieldDescr;
  __metajit_k0_83 = pool0[83] as __metajit_Const;
  __metajit_k0_84 = pool0[84] as __metajit_Const;
  __metajit_k0_85 = pool0[85] as __metajit_Const;
  __metajit_d0_86 = pool0[86] as __metajit_FieldDescr;
  __metajit_k0_87 = pool0[87] as __metajit_Const;
  __metajit_k0_4 = pool0[4] as __metajit_Const;
  __metajit_k0_89 = pool0[89] as __metajit_Const;
  __metajit_k0_88 = pool0[88] as __metajit_Const;
  __metajit_k0_20 = pool0[20] as __metajit_Const;
  __metajit_k0_90 = pool0[90] as __metajit_Const;
  __metajit_k0_91 = pool0[91] as __metajit_Const;
  __metajit_d0_92 = pool0[92] as __metajit_FieldDescr;
  __metajit_d0_93 = pool0[93] as __metajit_FieldDescr;
  __metajit_d0_94 = pool0[94] as __metajit_FieldDescr;
  __metajit_d0_95 = pool0[95] as __metajit_FieldDescr;
  __metajit_k0_100 = pool0[100] as __metajit_Const;
  __metajit_k0_101 = pool0[101] as __metajit_Const;
  __metajit_k0_102 = pool0[102] as __metajit_Const;
  __metajit_k0_103 = pool0[103] as __metajit_Const;
  __metajit_k0_104 = pool0[104] as __metajit_Const;
  __metajit_d0_106 = pool0[106] as __metajit_FieldDescr;
  __metajit_k0_109 = pool0[109] as __metajit_Const;
  __metajit_k0_108 = pool0[108] as __metajit_Const;
  __metajit_k0_107 = pool0[107] as __metajit_Const;
  __metajit_d1_0 = pool1[0] as __metajit_FieldDescr;
  __metajit_d1_1 = pool1[1] as __metajit_FieldDescr;
  __metajit_k1_2 = pool1[2] as __metajit_Const;
  __metajit_k1_4 = pool1[4] as __metajit_Const;
  __metajit_k1_5 = pool1[5] as __metajit_Const;
  __metajit_d1_6 = pool1[6] as __metajit_FieldDescr;
  __metajit_d1_7 = pool1[7] as __metajit_ArrayDescr;
  __metajit_d2_0 = pool2[0] as __metajit_FieldDescr;
  __metajit_k2_2 = pool2[2] as __metajit_Const;
  __metajit_k2_3 = pool2[3] as __metajit_Const;
  __metajit_d2_4 = pool2[4] as __metajit_FieldDescr;
  __metajit_d2_5 = pool2[5] as __metajit_ArrayDescr;
  __metajit_k3_1 = pool3[1] as __metajit_Const;
  __metajit_d3_2 = pool3[2] as __metajit_FieldDescr;
  __metajit_k3_4 = pool3[4] as __metajit_Const;
  __metajit_d3_5 = pool3[5] as __metajit_ArrayDescr;
  __metajit_k4_0 = pool4[0] as __metajit_Const;
  __metajit_k4_1 = pool4[1] as __metajit_Const;
  __metajit_d5_0 = pool5[0] as __metajit_FieldDescr;
  __metajit_d5_1 = pool5[1] as __metajit_FieldDescr;
  __metajit_k5_2 = pool5[2] as __metajit_Const;
  __metajit_k5_4 = pool5[4] as __metajit_Const;
  __metajit_d5_5 = pool5[5] as __metajit_FieldDescr;
  __metajit_d5_6 = pool5[6] as __metajit_ArrayDescr;
  __metajit_k5_7 = pool5[7] as __metajit_Const;
  __metajit_k5_8 = pool5[8] as __metajit_Const;
  __metajit_d6_0 = pool6[0] as __metajit_FieldDescr;
  __metajit_k6_2 = pool6[2] as __metajit_Const;
  __metajit_d6_3 = pool6[3] as __metajit_FieldDescr;
  __metajit_d6_4 = pool6[4] as __metajit_ArrayDescr;
  __metajit_k6_5 = pool6[5] as __metajit_Const;
  __metajit_k6_6 = pool6[6] as __metajit_Const;
  __metajit_k7_1 = pool7[1] as __metajit_Const;
  __metajit_d7_2 = pool7[2] as __metajit_FieldDescr;
  __metajit_k7_4 = pool7[4] as __metajit_Const;
  __metajit_d7_5 = pool7[5] as __metajit_ArrayDescr;
  __metajit_k7_6 = pool7[6] as __metajit_Const;
  __metajit_d8_0 = pool8[0] as __metajit_FieldDescr;
  __metajit_d8_1 = pool8[1] as __metajit_FieldDescr;
  __metajit_k8_2 = pool8[2] as __metajit_Const;
  __metajit_k8_4 = pool8[4] as __metajit_Const;
  __metajit_d8_5 = pool8[5] as __metajit_FieldDescr;
  __metajit_d8_6 = pool8[6] as __metajit_ArrayDescr;
  __metajit_k8_7 = pool8[7] as __metajit_Const;
  __metajit_k8_8 = pool8[8] as __metajit_Const;
  __metajit_k8_9 = pool8[9] as __metajit_Const;
  __metajit_k9_0 = pool9[0] as __metajit_Const;
  __metajit_d9_1 = pool9[1] as __metajit_FieldDescr;
  __metajit_k9_2 = pool9[2] as __metajit_Const;
  __metajit_d9_3 = pool9[3] as __metajit_FieldDescr;
  __metajit_k9_4 = pool9[4] as __metajit_Const;
  __metajit_d9_5 = pool9[5] as __metajit_FieldDescr;
  __metajit_d9_6 = pool9[6] as __metajit_FieldDescr;
  __metajit_k9_8 = pool9[8] as __metajit_Const;
  __metajit_k9_10 = pool9[10] as __metajit_Const;
  __metajit_k9_11 = pool9[11] as __metajit_Const;
  __metajit_d9_9 = pool9[9] as __metajit_FieldDescr;
  __metajit_k9_13 = pool9[13] as __metajit_Const;
  __metajit_d9_12 = pool9[12] as __metajit_FieldDescr;
  __metajit_k10_0 = pool10[0] as __metajit_Const;
  __metajit_d11_0 = pool11[0] as __metajit_FieldDescr;
  __metajit_d11_1 = pool11[1] as __metajit_ArrayDescr;
  __metajit_k11_3 = pool11[3] as __metajit_Const;
  __metajit_k11_5 = pool11[5] as __metajit_Const;
  __metajit_k11_6 = pool11[6] as __metajit_Const;
  __metajit_k11_9 = pool11[9] as __metajit_Const;
  __metajit_k11_7 = pool11[7] as __metajit_Const;
  __metajit_d11_10 = pool11[10] as __metajit_FieldDescr;
  __metajit_d12_0 = pool12[0] as __metajit_FieldDescr;
  __metajit_k12_2 = pool12[2] as __metajit_Const;
  __metajit_d12_3 = pool12[3] as __metajit_FieldDescr;
  __metajit_k12_4 = pool12[4] as __metajit_Const;
  __metajit_k12_5 = pool12[5] as __metajit_Const;
  __metajit_d12_6 = pool12[6] as __metajit_FieldDescr;
  __metajit_d12_7 = pool12[7] as __metajit_FieldDescr;
  __metajit_d12_8 = pool12[8] as __metajit_ArrayDescr;
  __metajit_d12_9 = pool12[9] as __metajit_FieldDescr;
  __metajit_d13_0 = pool13[0] as __metajit_FieldDescr;
  __metajit_d13_1 = pool13[1] as __metajit_FieldDescr;
  __metajit_d13_2 = pool13[2] as __metajit_FieldDescr;
  __metajit_d13_3 = pool13[3] as __metajit_FieldDescr;
  __metajit_d13_4 = pool13[4] as __metajit_FieldDescr;
  __metajit_k13_6 = pool13[6] as __metajit_Const;
  __metajit_d13_7 = pool13[7] as __metajit_FieldDescr;
  __metajit_d13_8 = pool13[8] as __metajit_FieldDescr;
  __metajit_d13_9 = pool13[9] as __metajit_ArrayDescr;
  __metajit_d13_10 = pool13[10] as __metajit_FieldDescr;
  __metajit_d14_0 = pool14[0] as __metajit_FieldDescr;
  __metajit_d14_1 = pool14[1] as __metajit_ArrayDescr;
  __metajit_k14_3 = pool14[3] as __metajit_Const;
  __metajit_k14_5 = pool14[5] as __metajit_Const;
  __metajit_k14_8 = pool14[8] as __metajit_Const;
  __metajit_d14_9 = pool14[9] as __metajit_FieldDescr;
  __metajit_k14_10 = pool14[10] as __metajit_Const;
  __metajit_k14_11 = pool14[11] as __metajit_Const;
  __metajit_d15_0 = pool15[0] as __metajit_FieldDescr;
  __metajit_k15_1 = pool15[1] as __metajit_Const;
  __metajit_d15_2 = pool15[2] as __metajit_FieldDescr;
  __metajit_k15_3 = pool15[3] as __metajit_Const;
  __metajit_d15_4 = pool15[4] as __metajit_FieldDescr;
  __metajit_d15_5 = pool15[5] as __metajit_ArrayDescr;
  __metajit_d16_0 = pool16[0] as __metajit_FieldDescr;
  __metajit_k16_1 = pool16[1] as __metajit_Const;
  __metajit_d16_2 = pool16[2] as __metajit_FieldDescr;
  __metajit_k16_3 = pool16[3] as __metajit_Const;
  __metajit_d16_4 = pool16[4] as __metajit_FieldDescr;
  __metajit_d16_5 = pool16[5] as __metajit_ArrayDescr;
  __metajit_k16_6 = pool16[6] as __metajit_Const;
  __metajit_k16_7 = pool16[7] as __metajit_Const;
  __metajit_k16_10 = pool16[10] as __metajit_Const;
  __metajit_k16_8 = pool16[8] as __metajit_Const;
  __metajit_k17_1 = pool17[1] as __metajit_Const;
  __metajit_k17_2 = pool17[2] as __metajit_Const;
  __metajit_k17_4 = pool17[4] as __metajit_Const;
  __metajit_k17_6 = pool17[6] as __metajit_Const;
  __metajit_k17_7 = pool17[7] as __metajit_Const;
  __metajit_d18_0 = pool18[0] as __metajit_FieldDescr;
  __metajit_d18_1 = pool18[1] as __metajit_FieldDescr;
  __metajit_d18_2 = pool18[2] as __metajit_FieldDescr;
  __metajit_d18_3 = pool18[3] as __metajit_ArrayDescr;
  __metajit_k18_5 = pool18[5] as __metajit_Const;
  __metajit_k18_6 = pool18[6] as __metajit_Const;
  __metajit_k18_7 = pool18[7] as __metajit_Const;
  __metajit_d18_8 = pool18[8] as __metajit_FieldDescr;
  __metajit_k18_9 = pool18[9] as __metajit_Const;
  __metajit_d18_10 = pool18[10] as __metajit_FieldDescr;
  __metajit_d18_11 = pool18[11] as __metajit_FieldDescr;
  __metajit_k18_12 = pool18[12] as __metajit_Const;
  __metajit_k18_13 = pool18[13] as __metajit_Const;
  __metajit_k19_1 = pool19[1] as __metajit_Const;
  __metajit_d19_2 = pool19[2] as __metajit_FieldDescr;
  __metajit_d19_3 = pool19[3] as __metajit_FieldDescr;
  __metajit_k19_4 = pool19[4] as __metajit_Const;
  __metajit_d19_5 = pool19[5] as __metajit_FieldDescr;
  __metajit_d19_6 = pool19[6] as __metajit_FieldDescr;
  __metajit_d19_7 = pool19[7] as __metajit_FieldDescr;
  __metajit_d19_8 = pool19[8] as __metajit_FieldDescr;
  __metajit_d19_9 = pool19[9] as __metajit_FieldDescr;
  __metajit_d19_10 = pool19[10] as __metajit_FieldDescr;
  __metajit_d19_11 = pool19[11] as __metajit_FieldDescr;
  __metajit_d19_12 = pool19[12] as __metajit_FieldDescr;
  __metajit_d19_13 = pool19[13] as __metajit_FieldDescr;
  __metajit_d19_14 = pool19[14] as __metajit_FieldDescr;
  __metajit_o0 = { descr: __metajit_d0_1, type: "ref" };
  __metajit_o1 = { descr: __metajit_d0_1 };
  __metajit_o2 = { descr: __metajit_d0_11, type: "ref" };
  __metajit_o3 = { descr: __metajit_d0_12, type: "ref" };
  __metajit_o4 = { descr: __metajit_d0_13, type: "ref" };
  __metajit_o5 = { descr: __metajit_d0_14, type: "float" };
  __metajit_o6 = { descr: __metajit_d0_15, type: "ref" };
  __metajit_o7 = { descr: __metajit_d0_16, type: "ref" };
  __metajit_o8 = { descr: __metajit_d0_17 };
  __metajit_o9 = { descr: __metajit_d0_72, type: "float" };
  __metajit_o10 = { descr: __metajit_d0_76, type: "ref" };
  __metajit_o11 = { descr: __metajit_d0_79, type: "bool" };
  __metajit_o12 = { descr: __metajit_d0_80 };
  __metajit_o13 = { descr: __metajit_d0_81 };
  __metajit_o14 = { descr: __metajit_d0_82, type: "float" };
  __metajit_o15 = { descr: __metajit_d0_82 };
  __metajit_o16 = { descr: __metajit_d0_72 };
  __metajit_o17 = { descr: __metajit_d0_86, type: "ref" };
  __metajit_o18 = { descr: __metajit_d0_92, type: "ref" };
  __metajit_o19 = { descr: __metajit_d0_93, type: "ref" };
  __metajit_o20 = { descr: __metajit_d0_94, type: "float" };
  __metajit_o21 = { descr: __metajit_d0_95, type: "float" };
  __metajit_o22 = { descr: __metajit_d0_17, type: "float" };
  __metajit_o23 = { descr: __metajit_d0_106, type: "ref" };
  __metajit_o24 = { descr: __metajit_d1_0, type: "ref" };
  __metajit_o25 = { descr: __metajit_d1_1, type: "bool" };
  __metajit_o26 = { descr: __metajit_d1_6, type: "ref" };
  __metajit_o27 = { descr: __metajit_d1_7, type: "ref" };
  __metajit_o28 = { descr: __metajit_d2_0, type: "ref" };
  __metajit_o29 = { descr: __metajit_d2_4, type: "ref" };
  __metajit_o30 = { descr: __metajit_d2_5, type: "ref" };
  __metajit_o31 = { descr: __metajit_d3_2, type: "ref" };
  __metajit_o32 = { descr: __metajit_d3_5 };
  __metajit_o33 = { descr: __metajit_d3_5, type: "ref" };
  __metajit_o34 = { descr: __metajit_d5_0, type: "ref" };
  __metajit_o35 = { descr: __metajit_d5_1, type: "bool" };
  __metajit_o36 = { descr: __metajit_d5_5, type: "ref" };
  __metajit_o37 = { descr: __metajit_d5_6 };
  __metajit_o38 = { descr: __metajit_d6_0, type: "ref" };
  __metajit_o39 = { descr: __metajit_d6_3, type: "ref" };
  __metajit_o40 = { descr: __metajit_d6_4 };
  __metajit_o41 = { descr: __metajit_d7_2, type: "ref" };
  __metajit_o42 = { descr: __metajit_d7_5 };
  __metajit_o43 = { descr: __metajit_d8_0, type: "ref" };
  __metajit_o44 = { descr: __metajit_d8_1, type: "bool" };
  __metajit_o45 = { descr: __metajit_d8_5, type: "ref" };
  __metajit_o46 = { descr: __metajit_d8_6, type: "ref" };
  __metajit_o47 = { descr: __metajit_d8_6 };
  __metajit_o48 = { descr: __metajit_d9_1 };
  __metajit_o49 = { descr: __metajit_d9_3 };
  __metajit_o50 = { descr: __metajit_d9_5 };
  __metajit_o51 = { descr: __metajit_d9_6 };
  __metajit_o52 = { descr: __metajit_d9_9 };
  __metajit_o53 = { descr: __metajit_d9_12 };
  __metajit_o54 = { descr: __metajit_d11_0, type: "ref" };
  __metajit_o55 = { descr: __metajit_d11_1 };
  __metajit_o56 = { descr: __metajit_d11_1, type: "ref" };
  __metajit_o57 = { descr: __metajit_d11_10, type: "float" };
  __metajit_o58 = { descr: __metajit_d12_0, type: "float" };
  __metajit_o59 = { descr: __metajit_d12_3, type: "float" };
  __metajit_o60 = { descr: __metajit_d12_6, type: "ref" };
  __metajit_o61 = { descr: __metajit_d12_7, type: "ref" };
  __metajit_o62 = { descr: __metajit_d12_8 };
  __metajit_o63 = { descr: __metajit_d12_9, type: "ref" };
  __metajit_o64 = { descr: __metajit_d12_0 };
  __metajit_o65 = { descr: __metajit_d13_0, type: "float" };
  __metajit_o66 = { descr: __metajit_d13_1, type: "float" };
  __metajit_o67 = { descr: __metajit_d13_2, type: "ref" };
  __metajit_o68 = { descr: __metajit_d13_3, type: "ref" };
  __metajit_o69 = { descr: __metajit_d13_4, type: "float" };
  __metajit_o70 = { descr: __metajit_d13_4 };
  __metajit_o71 = { descr: __metajit_d13_7, type: "float" };
  __metajit_o72 = { descr: __metajit_d13_8, type: "ref" };
  __metajit_o73 = { descr: __metajit_d13_9 };
  __metajit_o74 = { descr: __metajit_d13_10, type: "ref" };
  __metajit_o75 = { descr: __metajit_d14_0, type: "ref" };
  __metajit_o76 = { descr: __metajit_d14_1 };
  __metajit_o77 = { descr: __metajit_d14_1, type: "ref" };
  __metajit_o78 = { descr: __metajit_d14_9, type: "ref" };
  __metajit_o79 = { descr: __metajit_d15_0, type: "ref" };
  __metajit_o80 = { descr: __metajit_d15_2, type: "ref" };
  __metajit_o81 = { descr: __metajit_d15_4, type: "ref" };
  __metajit_o82 = { descr: __metajit_d15_5, type: "ref" };
  __metajit_o83 = { descr: __metajit_d16_0, type: "ref" };
  __metajit_o84 = { descr: __metajit_d16_2, type: "ref" };
  __metajit_o85 = { descr: __metajit_d16_4, type: "ref" };
  __metajit_o86 = { descr: __metajit_d16_5 };
  __metajit_o87 = { descr: __metajit_d18_0, type: "ref" };
  __metajit_o88 = { descr: __metajit_d18_1, type: "float" };
  __metajit_o89 = { descr: __metajit_d18_2, type: "float" };
  __metajit_o90 = { descr: __metajit_d18_3 };
  __metajit_o91 = { descr: __metajit_d18_3, type: "ref" };
  __metajit_o92 = { descr: __metajit_d18_8, type: "bool" };
  __metajit_o93 = { descr: __metajit_d18_10, type: "ref" };
  __metajit_o94 = { descr: __metajit_d18_11, type: "bool" };
  __metajit_o95 = { descr: __metajit_d19_2 };
  __metajit_o96 = { descr: __metajit_d19_3 };
  __metajit_o97 = { descr: __metajit_d19_5 };
  __metajit_o98 = { descr: __metajit_d19_6 };
  __metajit_o99 = { descr: __metajit_d19_7 };
  __metajit_o100 = { descr: __metajit_d19_8 };
  __metajit_o101 = { descr: __metajit_d19_9 };
  __metajit_o102 = { descr: __metajit_d19_10 };
  __metajit_o103 = { descr: __metajit_d19_11 };
  __metajit_o104 = { descr: __metajit_d19_12 };
  __metajit_o105 = { descr: __metajit_d19_13 };
  __metajit_o106 = { descr: __metajit_d19_14 };
  __metajit_ready = true;
}
/** Traces jitcode 0 (Interpreter.run.portal). */
function __metajit_trace_0(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value | __metajit_MergeResult<__metajit_Value> {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let u1!: number;
  let b2: __metajit_Value | undefined = p2;
  let u2!: unknown;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  let b7: __metajit_Value | undefined;
  let u7!: number;
  let b8: __metajit_Value | undefined;
  let u8!: number;
  let b9: __metajit_Value | undefined;
  let u9!: unknown;
  let b10: __metajit_Value | undefined;
  let u10!: number;
  let b11: __metajit_Value | undefined;
  let u11!: number;
  let b12: __metajit_Value | undefined;
  let u12!: number;
  let b13: __metajit_Value | undefined;
  let u13!: unknown;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: number;
  let b16: __metajit_Value | undefined;
  let u16!: number;
  let b17: __metajit_Value | undefined;
  let u17!: number;
  let b18: __metajit_Value | undefined;
  let u18!: boolean;
  let b19: __metajit_Value | undefined;
  let u19!: number;
  let b20: __metajit_Value | undefined;
  let u20!: unknown;
  let b21: __metajit_Value | undefined;
  let u21!: number;
  let b22: __metajit_Value | undefined;
  let u22!: number;
  let b23: __metajit_Value | undefined;
  let u23!: number;
  let b24: __metajit_Value | undefined;
  let b25: __metajit_Value | undefined;
  let u25!: number;
  let b26: __metajit_Value | undefined;
  let u26!: unknown;
  let b27: __metajit_Value | undefined;
  let u27!: unknown;
  let b28: __metajit_Value | undefined;
  let u28!: number;
  let b29: __metajit_Value | undefined;
  let u29!: number;
  let b30: __metajit_Value | undefined;
  let u30!: number;
  let b31: __metajit_Value | undefined;
  let u31!: unknown;
  let b32: __metajit_Value | undefined;
  let u32!: number;
  let b33: __metajit_Value | undefined;
  let u33!: unknown;
  let b34: __metajit_Value | undefined;
  let u34!: number;
  let b35: __metajit_Value | undefined;
  let u35!: number;
  let b36: __metajit_Value | undefined;
  let u36!: boolean;
  let b37: __metajit_Value | undefined;
  let u37!: boolean;
  let b38: __metajit_Value | undefined;
  let u38!: unknown;
  let b39: __metajit_Value | undefined;
  let u39!: unknown;
  let b40: __metajit_Value | undefined;
  let u40!: number;
  let b41: __metajit_Value | undefined;
  let u41!: number;
  let b42: __metajit_Value | undefined;
  let u42!: boolean;
  let b43: __metajit_Value | undefined;
  let u43!: boolean;
  let b44: __metajit_Value | undefined;
  let u44!: number;
  let b45: __metajit_Value | undefined;
  let u45!: number;
  let b46: __metajit_Value | undefined;
  let u46!: number;
  let b47: __metajit_Value | undefined;
  let u47!: unknown;
  let b48: __metajit_Value | undefined;
  let u48!: number;
  let b49: __metajit_Value | undefined;
  let u49!: number;
  let b50: __metajit_Value | undefined;
  let u50!: boolean;
  let b51: __metajit_Value | undefined;
  let u51!: number;
  let b52: __metajit_Value | undefined;
  let b53: __metajit_Value | undefined;
  let b54: __metajit_Value | undefined;
  let b55: __metajit_Value | undefined;
  let u55!: unknown;
  let b56: __metajit_Value | undefined;
  let u56!: number;
  let b57: __metajit_Value | undefined;
  let u57!: number;
  let b58: __metajit_Value | undefined;
  let u58!: number;
  let b59: __metajit_Value | undefined;
  let u59!: number;
  let b60: __metajit_Value | undefined;
  let b61: __metajit_Value | undefined;
  let b62: __metajit_Value | undefined;
  let b63: __metajit_Value | undefined;
  let b64: __metajit_Value | undefined;
  let b65: __metajit_Value | undefined;
  let b66: __metajit_Value | undefined;
  let u66!: unknown;
  let b67: __metajit_Value | undefined;
  let u67!: unknown;
  let b68: __metajit_Value | undefined;
  let u68!: unknown;
  let b69: __metajit_Value | undefined;
  let u69!: number;
  let b70: __metajit_Value | undefined;
  let u70!: number;
  let b71: __metajit_Value | undefined;
  let u71!: number;
  let b72: __metajit_Value | undefined;
  let b73: __metajit_Value | undefined;
  let b74: __metajit_Value | undefined;
  let b75: __metajit_Value | undefined;
  let b76: __metajit_Value | undefined;
  let b77: __metajit_Value | undefined;
  let b78: __metajit_Value | undefined;
  let u78!: number;
  let b79: __metajit_Value | undefined;
  let u79!: number;
  let b80: __metajit_Value | undefined;
  let u80!: unknown;
  let b81: __metajit_Value | undefined;
  let u81!: number;
  let b82: __metajit_Value | undefined;
  let u82!: number;
  let b83: __metajit_Value | undefined;
  let u83!: unknown;
  let b84: __metajit_Value | undefined;
  let u84!: number;
  let b85: __metajit_Value | undefined;
  let b86: __metajit_Value | undefined;
  let u86!: number;
  let b87: __metajit_Value | undefined;
  let b88: __metajit_Value | undefined;
  let u88!: unknown;
  let b89: __metajit_Value | undefined;
  let u89!: boolean;
  let b90: __metajit_Value | undefined;
  let u90!: number;
  let b91: __metajit_Value | undefined;
  let b92: __metajit_Value | undefined;
  let u92!: unknown;
  let b93: __metajit_Value | undefined;
  let u93!: number;
  let b94: __metajit_Value | undefined;
  let u94!: number;
  let b95: __metajit_Value | undefined;
  let u95!: unknown;
  let b96: __metajit_Value | undefined;
  let u96!: unknown;
  let b97: __metajit_Value | undefined;
  let b98: __metajit_Value | undefined;
  let b99: __metajit_Value | undefined;
  let b100: __metajit_Value | undefined;
  let b101: __metajit_Value | undefined;
  let u101!: boolean;
  let b102: __metajit_Value | undefined;
  let b103: __metajit_Value | undefined;
  let b104: __metajit_Value | undefined;
  let b105: __metajit_Value | undefined;
  let b106: __metajit_Value | undefined;
  let b107: __metajit_Value | undefined;
  let b108: __metajit_Value | undefined;
  let b109: __metajit_Value | undefined;
  let b110: __metajit_Value | undefined;
  let b111: __metajit_Value | undefined;
  let b112: __metajit_Value | undefined;
  let b113: __metajit_Value | undefined;
  let b114: __metajit_Value | undefined;
  let b115: __metajit_Value | undefined;
  let u115!: number;
  let b116: __metajit_Value | undefined;
  let b117: __metajit_Value | undefined;
  let b118: __metajit_Value | undefined;
  let u118!: unknown;
  let b119: __metajit_Value | undefined;
  let u119!: unknown;
  let b120: __metajit_Value | undefined;
  let u120!: unknown;
  let b121: __metajit_Value | undefined;
  let u121!: number;
  let b122: __metajit_Value | undefined;
  let u122!: number;
  let b123: __metajit_Value | undefined;
  let u123!: number;
  let b124: __metajit_Value | undefined;
  let b125: __metajit_Value | undefined;
  let b126: __metajit_Value | undefined;
  let u126!: number;
  let b127: __metajit_Value | undefined;
  let b128: __metajit_Value | undefined;
  let u128!: number;
  let b129: __metajit_Value | undefined;
  let b130: __metajit_Value | undefined;
  let b131: __metajit_Value | undefined;
  let b132: __metajit_Value | undefined;
  let b133: __metajit_Value | undefined;
  let u133!: unknown;
  let b134: __metajit_Value | undefined;
  let u134!: number;
  let b135: __metajit_Value | undefined;
  let u135!: number;
  let b136: __metajit_Value | undefined;
  let u136!: number;
  let b137: __metajit_Value | undefined;
  let b138: __metajit_Value | undefined;
  let b139: __metajit_Value | undefined;
  let b140: __metajit_Value | undefined;
  let u140!: number;
  let b141: __metajit_Value | undefined;
  let b142: __metajit_Value | undefined;
  let u142!: number;
  let b143: __metajit_Value | undefined;
  let u143!: unknown;
  let b144: __metajit_Value | undefined;
  let u144!: number;
  let b145: __metajit_Value | undefined;
  let u145!: number;
  let b146: __metajit_Value | undefined;
  let u146!: unknown;
  let b147: __metajit_Value | undefined;
  let u147!: number;
  let b148: __metajit_Value | undefined;
  let b149: __metajit_Value | undefined;
  let u149!: number;
  let b150: __metajit_Value | undefined;
  let b151: __metajit_Value | undefined;
  let u151!: unknown;
  let b152: __metajit_Value | undefined;
  let u152!: boolean;
  let b153: __metajit_Value | undefined;
  let u153!: number;
  let b154: __metajit_Value | undefined;
  let b155: __metajit_Value | undefined;
  let u155!: unknown;
  let b156: __metajit_Value | undefined;
  let u156!: number;
  let b157: __metajit_Value | undefined;
  let u157!: number;
  let b158: __metajit_Value | undefined;
  let u158!: unknown;
  let b159: __metajit_Value | undefined;
  let b160: __metajit_Value | undefined;
  let u160!: unknown;
  let b161: __metajit_Value | undefined;
  let u161!: boolean;
  let b162: __metajit_Value | undefined;
  let u162!: number;
  let b163: __metajit_Value | undefined;
  let b164: __metajit_Value | undefined;
  let u164!: unknown;
  let b165: __metajit_Value | undefined;
  let u165!: number;
  let b166: __metajit_Value | undefined;
  let u166!: number;
  let b167: __metajit_Value | undefined;
  let u167!: unknown;
  let b168: __metajit_Value | undefined;
  let b169: __metajit_Value | undefined;
  let b170: __metajit_Value | undefined;
  let b171: __metajit_Value | undefined;
  let b172: __metajit_Value | undefined;
  let b173: __metajit_Value | undefined;
  let b174: __metajit_Value | undefined;
  let u174!: boolean;
  let b175: __metajit_Value | undefined;
  let b176: __metajit_Value | undefined;
  let b177: __metajit_Value | undefined;
  let b178: __metajit_Value | undefined;
  let b179: __metajit_Value | undefined;
  let b180: __metajit_Value | undefined;
  let b181: __metajit_Value | undefined;
  let b182: __metajit_Value | undefined;
  let u182!: boolean;
  let b183: __metajit_Value | undefined;
  let u183!: boolean;
  let b184: __metajit_Value | undefined;
  let b185: __metajit_Value | undefined;
  let b186: __metajit_Value | undefined;
  let b187: __metajit_Value | undefined;
  let b188: __metajit_Value | undefined;
  let b189: __metajit_Value | undefined;
  let b190: __metajit_Value | undefined;
  let b191: __metajit_Value | undefined;
  let u191!: number;
  let b192: __metajit_Value | undefined;
  let u192!: unknown;
  let b193: __metajit_Value | undefined;
  let u193!: number;
  let b194: __metajit_Value | undefined;
  let u194!: number;
  let b195: __metajit_Value | undefined;
  let u195!: unknown;
  let b196: __metajit_Value | undefined;
  let u196!: unknown;
  let b197: __metajit_Value | undefined;
  let u197!: number;
  let b198: __metajit_Value | undefined;
  let u198!: number;
  let b199: __metajit_Value | undefined;
  let u199!: unknown;
  let b200: __metajit_Value | undefined;
  let b201: __metajit_Value | undefined;
  let u201!: number;
  let b202: __metajit_Value | undefined;
  let u202!: unknown;
  let b203: __metajit_Value | undefined;
  let u203!: number;
  let b204: __metajit_Value | undefined;
  let u204!: number;
  let b205: __metajit_Value | undefined;
  let u205!: unknown;
  let b206: __metajit_Value | undefined;
  let u206!: number;
  let b207: __metajit_Value | undefined;
  let b208: __metajit_Value | undefined;
  let u208!: number;
  let b209: __metajit_Value | undefined;
  let b210: __metajit_Value | undefined;
  let u210!: unknown;
  let b211: __metajit_Value | undefined;
  let u211!: boolean;
  let b212: __metajit_Value | undefined;
  let u212!: number;
  let b213: __metajit_Value | undefined;
  let b214: __metajit_Value | undefined;
  let u214!: unknown;
  let b215: __metajit_Value | undefined;
  let u215!: number;
  let b216: __metajit_Value | undefined;
  let u216!: number;
  let b217: __metajit_Value | undefined;
  let u217!: unknown;
  let b218: __metajit_Value | undefined;
  let u218!: number;
  let b219: __metajit_Value | undefined;
  let u219!: number;
  let b220: __metajit_Value | undefined;
  let u220!: unknown;
  let b221: __metajit_Value | undefined;
  let b222: __metajit_Value | undefined;
  let b223: __metajit_Value | undefined;
  let b224: __metajit_Value | undefined;
  let b225: __metajit_Value | undefined;
  let u225!: boolean;
  let b226: __metajit_Value | undefined;
  let b227: __metajit_Value | undefined;
  let b228: __metajit_Value | undefined;
  let b229: __metajit_Value | undefined;
  let b230: __metajit_Value | undefined;
  let b231: __metajit_Value | undefined;
  let b232: __metajit_Value | undefined;
  let b233: __metajit_Value | undefined;
  let b234: __metajit_Value | undefined;
  let u234!: unknown;
  let b235: __metajit_Value | undefined;
  let u235!: boolean;
  let b236: __metajit_Value | undefined;
  let u236!: boolean;
  let b237: __metajit_Value | undefined;
  let b238: __metajit_Value | undefined;
  let b239: __metajit_Value | undefined;
  let b240: __metajit_Value | undefined;
  let b241: __metajit_Value | undefined;
  let b242: __metajit_Value | undefined;
  let b243: __metajit_Value | undefined;
  let b244: __metajit_Value | undefined;
  let b245: __metajit_Value | undefined;
  let b246: __metajit_Value | undefined;
  let u246!: number;
  let b247: __metajit_Value | undefined;
  let u247!: number;
  let b248: __metajit_Value | undefined;
  let u248!: unknown;
  let b249: __metajit_Value | undefined;
  let u249!: number;
  let b250: __metajit_Value | undefined;
  let u250!: number;
  let b251: __metajit_Value | undefined;
  let u251!: unknown;
  let b252: __metajit_Value | undefined;
  let u252!: number;
  let b253: __metajit_Value | undefined;
  let b254: __metajit_Value | undefined;
  let u254!: unknown;
  let b255: __metajit_Value | undefined;
  let u255!: boolean;
  let b256: __metajit_Value | undefined;
  let u256!: number;
  let b257: __metajit_Value | undefined;
  let b258: __metajit_Value | undefined;
  let u258!: unknown;
  let b259: __metajit_Value | undefined;
  let u259!: number;
  let b260: __metajit_Value | undefined;
  let u260!: number;
  let b261: __metajit_Value | undefined;
  let u261!: unknown;
  let b262: __metajit_Value | undefined;
  let b263: __metajit_Value | undefined;
  let u263!: unknown;
  let b264: __metajit_Value | undefined;
  let u264!: boolean;
  let b265: __metajit_Value | undefined;
  let u265!: number;
  let b266: __metajit_Value | undefined;
  let b267: __metajit_Value | undefined;
  let u267!: unknown;
  let b268: __metajit_Value | undefined;
  let u268!: number;
  let b269: __metajit_Value | undefined;
  let u269!: number;
  let b270: __metajit_Value | undefined;
  let u270!: unknown;
  let b271: __metajit_Value | undefined;
  let b272: __metajit_Value | undefined;
  let b273: __metajit_Value | undefined;
  let b274: __metajit_Value | undefined;
  let b275: __metajit_Value | undefined;
  let b276: __metajit_Value | undefined;
  let u276!: number;
  let b277: __metajit_Value | undefined;
  let b278: __metajit_Value | undefined;
  let b279: __metajit_Value | undefined;
  let b280: __metajit_Value | undefined;
  let b281: __metajit_Value | undefined;
  let u281!: number;
  let b282: __metajit_Value | undefined;
  let b283: __metajit_Value | undefined;
  let u283!: number;
  let b284: __metajit_Value | undefined;
  let u284!: unknown;
  let b285: __metajit_Value | undefined;
  let u285!: number;
  let b286: __metajit_Value | undefined;
  let u286!: number;
  let b287: __metajit_Value | undefined;
  let u287!: unknown;
  let b288: __metajit_Value | undefined;
  let u288!: number;
  let b289: __metajit_Value | undefined;
  let b290: __metajit_Value | undefined;
  let u290!: unknown;
  let b291: __metajit_Value | undefined;
  let u291!: boolean;
  let b292: __metajit_Value | undefined;
  let u292!: number;
  let b293: __metajit_Value | undefined;
  let b294: __metajit_Value | undefined;
  let u294!: unknown;
  let b295: __metajit_Value | undefined;
  let u295!: number;
  let b296: __metajit_Value | undefined;
  let u296!: number;
  let b297: __metajit_Value | undefined;
  let u297!: unknown;
  let b298: __metajit_Value | undefined;
  let b299: __metajit_Value | undefined;
  let u299!: unknown;
  let b300: __metajit_Value | undefined;
  let u300!: boolean;
  let b301: __metajit_Value | undefined;
  let u301!: number;
  let b302: __metajit_Value | undefined;
  let b303: __metajit_Value | undefined;
  let u303!: unknown;
  let b304: __metajit_Value | undefined;
  let u304!: number;
  let b305: __metajit_Value | undefined;
  let u305!: number;
  let b306: __metajit_Value | undefined;
  let u306!: unknown;
  let b307: __metajit_Value | undefined;
  let b308: __metajit_Value | undefined;
  let b309: __metajit_Value | undefined;
  let b310: __metajit_Value | undefined;
  let b311: __metajit_Value | undefined;
  let b312: __metajit_Value | undefined;
  let u312!: number;
  let b313: __metajit_Value | undefined;
  let b314: __metajit_Value | undefined;
  let b315: __metajit_Value | undefined;
  let b316: __metajit_Value | undefined;
  let b317: __metajit_Value | undefined;
  let u317!: number;
  let b318: __metajit_Value | undefined;
  let b319: __metajit_Value | undefined;
  let u319!: number;
  let b320: __metajit_Value | undefined;
  let u320!: unknown;
  let b321: __metajit_Value | undefined;
  let u321!: number;
  let b322: __metajit_Value | undefined;
  let u322!: number;
  let b323: __metajit_Value | undefined;
  let u323!: unknown;
  let b324: __metajit_Value | undefined;
  let u324!: number;
  let b325: __metajit_Value | undefined;
  let b326: __metajit_Value | undefined;
  let u326!: unknown;
  let b327: __metajit_Value | undefined;
  let u327!: boolean;
  let b328: __metajit_Value | undefined;
  let u328!: number;
  let b329: __metajit_Value | undefined;
  let b330: __metajit_Value | undefined;
  let u330!: unknown;
  let b331: __metajit_Value | undefined;
  let u331!: number;
  let b332: __metajit_Value | undefined;
  let u332!: number;
  let b333: __metajit_Value | undefined;
  let u333!: unknown;
  let b334: __metajit_Value | undefined;
  let b335: __metajit_Value | undefined;
  let u335!: unknown;
  let b336: __metajit_Value | undefined;
  let u336!: boolean;
  let b337: __metajit_Value | undefined;
  let u337!: number;
  let b338: __metajit_Value | undefined;
  let b339: __metajit_Value | undefined;
  let u339!: unknown;
  let b340: __metajit_Value | undefined;
  let u340!: number;
  let b341: __metajit_Value | undefined;
  let u341!: number;
  let b342: __metajit_Value | undefined;
  let u342!: unknown;
  let b343: __metajit_Value | undefined;
  let b344: __metajit_Value | undefined;
  let b345: __metajit_Value | undefined;
  let b346: __metajit_Value | undefined;
  let b347: __metajit_Value | undefined;
  let b348: __metajit_Value | undefined;
  let u348!: number;
  let b349: __metajit_Value | undefined;
  let b350: __metajit_Value | undefined;
  let b351: __metajit_Value | undefined;
  let b352: __metajit_Value | undefined;
  let b353: __metajit_Value | undefined;
  let u353!: number;
  let b354: __metajit_Value | undefined;
  let b355: __metajit_Value | undefined;
  let u355!: number;
  let b356: __metajit_Value | undefined;
  let u356!: unknown;
  let b357: __metajit_Value | undefined;
  let u357!: number;
  let b358: __metajit_Value | undefined;
  let u358!: number;
  let b359: __metajit_Value | undefined;
  let u359!: unknown;
  let b360: __metajit_Value | undefined;
  let u360!: number;
  let b361: __metajit_Value | undefined;
  let b362: __metajit_Value | undefined;
  let u362!: unknown;
  let b363: __metajit_Value | undefined;
  let u363!: boolean;
  let b364: __metajit_Value | undefined;
  let u364!: number;
  let b365: __metajit_Value | undefined;
  let b366: __metajit_Value | undefined;
  let u366!: unknown;
  let b367: __metajit_Value | undefined;
  let u367!: number;
  let b368: __metajit_Value | undefined;
  let u368!: number;
  let b369: __metajit_Value | undefined;
  let u369!: unknown;
  let b370: __metajit_Value | undefined;
  let b371: __metajit_Value | undefined;
  let u371!: unknown;
  let b372: __metajit_Value | undefined;
  let u372!: boolean;
  let b373: __metajit_Value | undefined;
  let u373!: number;
  let b374: __metajit_Value | undefined;
  let b375: __metajit_Value | undefined;
  let u375!: unknown;
  let b376: __metajit_Value | undefined;
  let u376!: number;
  let b377: __metajit_Value | undefined;
  let u377!: number;
  let b378: __metajit_Value | undefined;
  let u378!: unknown;
  let b379: __metajit_Value | undefined;
  let b380: __metajit_Value | undefined;
  let b381: __metajit_Value | undefined;
  let b382: __metajit_Value | undefined;
  let b383: __metajit_Value | undefined;
  let b384: __metajit_Value | undefined;
  let u384!: number;
  let b385: __metajit_Value | undefined;
  let b386: __metajit_Value | undefined;
  let b387: __metajit_Value | undefined;
  let b388: __metajit_Value | undefined;
  let b389: __metajit_Value | undefined;
  let u389!: number;
  let b390: __metajit_Value | undefined;
  let b391: __metajit_Value | undefined;
  let u391!: number;
  let b392: __metajit_Value | undefined;
  let u392!: unknown;
  let b393: __metajit_Value | undefined;
  let u393!: number;
  let b394: __metajit_Value | undefined;
  let u394!: number;
  let b395: __metajit_Value | undefined;
  let u395!: unknown;
  let b396: __metajit_Value | undefined;
  let u396!: number;
  let b397: __metajit_Value | undefined;
  let b398: __metajit_Value | undefined;
  let u398!: unknown;
  let b399: __metajit_Value | undefined;
  let u399!: boolean;
  let b400: __metajit_Value | undefined;
  let u400!: number;
  let b401: __metajit_Value | undefined;
  let b402: __metajit_Value | undefined;
  let u402!: unknown;
  let b403: __metajit_Value | undefined;
  let u403!: number;
  let b404: __metajit_Value | undefined;
  let u404!: number;
  let b405: __metajit_Value | undefined;
  let u405!: unknown;
  let b406: __metajit_Value | undefined;
  let b407: __metajit_Value | undefined;
  let u407!: unknown;
  let b408: __metajit_Value | undefined;
  let u408!: boolean;
  let b409: __metajit_Value | undefined;
  let u409!: number;
  let b410: __metajit_Value | undefined;
  let b411: __metajit_Value | undefined;
  let u411!: unknown;
  let b412: __metajit_Value | undefined;
  let u412!: number;
  let b413: __metajit_Value | undefined;
  let u413!: number;
  let b414: __metajit_Value | undefined;
  let u414!: unknown;
  let b415: __metajit_Value | undefined;
  let b416: __metajit_Value | undefined;
  let b417: __metajit_Value | undefined;
  let b418: __metajit_Value | undefined;
  let b419: __metajit_Value | undefined;
  let b420: __metajit_Value | undefined;
  let u420!: number;
  let b421: __metajit_Value | undefined;
  let b422: __metajit_Value | undefined;
  let b423: __metajit_Value | undefined;
  let b424: __metajit_Value | undefined;
  let b425: __metajit_Value | undefined;
  let u425!: number;
  let b426: __metajit_Value | undefined;
  let b427: __metajit_Value | undefined;
  let u427!: number;
  let b428: __metajit_Value | undefined;
  let u428!: unknown;
  let b429: __metajit_Value | undefined;
  let u429!: number;
  let b430: __metajit_Value | undefined;
  let u430!: number;
  let b431: __metajit_Value | undefined;
  let u431!: unknown;
  let b432: __metajit_Value | undefined;
  let u432!: number;
  let b433: __metajit_Value | undefined;
  let b434: __metajit_Value | undefined;
  let u434!: unknown;
  let b435: __metajit_Value | undefined;
  let u435!: boolean;
  let b436: __metajit_Value | undefined;
  let u436!: number;
  let b437: __metajit_Value | undefined;
  let b438: __metajit_Value | undefined;
  let u438!: unknown;
  let b439: __metajit_Value | undefined;
  let u439!: number;
  let b440: __metajit_Value | undefined;
  let u440!: number;
  let b441: __metajit_Value | undefined;
  let u441!: unknown;
  let b442: __metajit_Value | undefined;
  let b443: __metajit_Value | undefined;
  let u443!: unknown;
  let b444: __metajit_Value | undefined;
  let u444!: boolean;
  let b445: __metajit_Value | undefined;
  let u445!: number;
  let b446: __metajit_Value | undefined;
  let b447: __metajit_Value | undefined;
  let u447!: unknown;
  let b448: __metajit_Value | undefined;
  let u448!: number;
  let b449: __metajit_Value | undefined;
  let u449!: number;
  let b450: __metajit_Value | undefined;
  let u450!: unknown;
  let b451: __metajit_Value | undefined;
  let b452: __metajit_Value | undefined;
  let b453: __metajit_Value | undefined;
  let b454: __metajit_Value | undefined;
  let b455: __metajit_Value | undefined;
  let b456: __metajit_Value | undefined;
  let u456!: number;
  let b457: __metajit_Value | undefined;
  let b458: __metajit_Value | undefined;
  let b459: __metajit_Value | undefined;
  let b460: __metajit_Value | undefined;
  let b461: __metajit_Value | undefined;
  let u461!: number;
  let b462: __metajit_Value | undefined;
  let b463: __metajit_Value | undefined;
  let u463!: number;
  let b464: __metajit_Value | undefined;
  let u464!: unknown;
  let b465: __metajit_Value | undefined;
  let u465!: number;
  let b466: __metajit_Value | undefined;
  let b467: __metajit_Value | undefined;
  let u467!: number;
  let b468: __metajit_Value | undefined;
  let b469: __metajit_Value | undefined;
  let b470: __metajit_Value | undefined;
  let u470!: number;
  let b471: __metajit_Value | undefined;
  let b472: __metajit_Value | undefined;
  let b473: __metajit_Value | undefined;
  let b474: __metajit_Value | undefined;
  let u474!: number;
  let b475: __metajit_Value | undefined;
  let b476: __metajit_Value | undefined;
  let b477: __metajit_Value | undefined;
  let u477!: unknown;
  let b478: __metajit_Value | undefined;
  let u478!: number;
  let b479: __metajit_Value | undefined;
  let u479!: number;
  let b480: __metajit_Value | undefined;
  let u480!: number;
  let b481: __metajit_Value | undefined;
  let u481!: number;
  let b482: __metajit_Value | undefined;
  let b483: __metajit_Value | undefined;
  let b484: __metajit_Value | undefined;
  let b485: __metajit_Value | undefined;
  let b486: __metajit_Value | undefined;
  let b487: __metajit_Value | undefined;
  let u487!: number;
  let b488: __metajit_Value | undefined;
  let u488!: unknown;
  let b489: __metajit_Value | undefined;
  let u489!: number;
  let b490: __metajit_Value | undefined;
  let b491: __metajit_Value | undefined;
  let u491!: number;
  let b492: __metajit_Value | undefined;
  let b493: __metajit_Value | undefined;
  let b494: __metajit_Value | undefined;
  let u494!: number;
  let b495: __metajit_Value | undefined;
  let b496: __metajit_Value | undefined;
  let b497: __metajit_Value | undefined;
  let b498: __metajit_Value | undefined;
  let u498!: number;
  let b499: __metajit_Value | undefined;
  let b500: __metajit_Value | undefined;
  let b501: __metajit_Value | undefined;
  let u501!: number;
  let b502: __metajit_Value | undefined;
  let b503: __metajit_Value | undefined;
  let u503!: number;
  let b504: __metajit_Value | undefined;
  let u504!: unknown;
  let b505: __metajit_Value | undefined;
  let u505!: number;
  let b506: __metajit_Value | undefined;
  let u506!: number;
  let b507: __metajit_Value | undefined;
  let u507!: unknown;
  let b508: __metajit_Value | undefined;
  let u508!: number;
  let b509: __metajit_Value | undefined;
  let b510: __metajit_Value | undefined;
  let u510!: number;
  let b511: __metajit_Value | undefined;
  let b512: __metajit_Value | undefined;
  let u512!: number;
  let b513: __metajit_Value | undefined;
  let u513!: number;
  let b514: __metajit_Value | undefined;
  let u514!: boolean;
  let b515: __metajit_Value | undefined;
  let u515!: boolean;
  let b516: __metajit_Value | undefined;
  let b517: __metajit_Value | undefined;
  let b518: __metajit_Value | undefined;
  let b519: __metajit_Value | undefined;
  let b520: __metajit_Value | undefined;
  let b521: __metajit_Value | undefined;
  let u521!: number;
  let b522: __metajit_Value | undefined;
  let b523: __metajit_Value | undefined;
  let u523!: number;
  let b524: __metajit_Value | undefined;
  let b525: __metajit_Value | undefined;
  let u525!: number;
  let b526: __metajit_Value | undefined;
  let u526!: unknown;
  let b527: __metajit_Value | undefined;
  let u527!: number;
  let b528: __metajit_Value | undefined;
  let u528!: number;
  let b529: __metajit_Value | undefined;
  let u529!: number;
  let b530: __metajit_Value | undefined;
  let u530!: boolean;
  let b531: __metajit_Value | undefined;
  let u531!: number;
  let b532: __metajit_Value | undefined;
  let u532!: unknown;
  let b533: __metajit_Value | undefined;
  let u533!: number;
  let b534: __metajit_Value | undefined;
  let u534!: number;
  let b535: __metajit_Value | undefined;
  let u535!: unknown;
  let b536: __metajit_Value | undefined;
  let u536!: number;
  let b537: __metajit_Value | undefined;
  let b538: __metajit_Value | undefined;
  let u538!: unknown;
  let b539: __metajit_Value | undefined;
  let u539!: boolean;
  let b540: __metajit_Value | undefined;
  let u540!: number;
  let b541: __metajit_Value | undefined;
  let b542: __metajit_Value | undefined;
  let u542!: unknown;
  let b543: __metajit_Value | undefined;
  let u543!: number;
  let b544: __metajit_Value | undefined;
  let u544!: number;
  let b545: __metajit_Value | undefined;
  let u545!: unknown;
  let b546: __metajit_Value | undefined;
  let b547: __metajit_Value | undefined;
  let u547!: unknown;
  let b548: __metajit_Value | undefined;
  let u548!: boolean;
  let b549: __metajit_Value | undefined;
  let u549!: number;
  let b550: __metajit_Value | undefined;
  let b551: __metajit_Value | undefined;
  let u551!: unknown;
  let b552: __metajit_Value | undefined;
  let u552!: number;
  let b553: __metajit_Value | undefined;
  let u553!: number;
  let b554: __metajit_Value | undefined;
  let u554!: unknown;
  let b555: __metajit_Value | undefined;
  let b556: __metajit_Value | undefined;
  let b557: __metajit_Value | undefined;
  let b558: __metajit_Value | undefined;
  let b559: __metajit_Value | undefined;
  let b560: __metajit_Value | undefined;
  let b561: __metajit_Value | undefined;
  let b562: __metajit_Value | undefined;
  let b563: __metajit_Value | undefined;
  let u563!: boolean;
  let b564: __metajit_Value | undefined;
  let u564!: boolean;
  let b565: __metajit_Value | undefined;
  let b566: __metajit_Value | undefined;
  let u566!: number;
  let b567: __metajit_Value | undefined;
  let b568: __metajit_Value | undefined;
  let b569: __metajit_Value | undefined;
  let u569!: number;
  let b570: __metajit_Value | undefined;
  let u570!: number;
  let b571: __metajit_Value | undefined;
  let u571!: number;
  let b572: __metajit_Value | undefined;
  let u572!: unknown;
  let b573: __metajit_Value | undefined;
  let u573!: number;
  let b574: __metajit_Value | undefined;
  let u574!: number;
  let b575: __metajit_Value | undefined;
  let u575!: number;
  let b576: __metajit_Value | undefined;
  let u576!: number;
  let b577: __metajit_Value | undefined;
  let u577!: boolean;
  let b578: __metajit_Value | undefined;
  let u578!: number;
  let b579: __metajit_Value | undefined;
  let u579!: unknown;
  let b580: __metajit_Value | undefined;
  let u580!: number;
  let b581: __metajit_Value | undefined;
  let u581!: number;
  let b582: __metajit_Value | undefined;
  let u582!: unknown;
  let b583: __metajit_Value | undefined;
  let u583!: number;
  let b584: __metajit_Value | undefined;
  let b585: __metajit_Value | undefined;
  let u585!: unknown;
  let b586: __metajit_Value | undefined;
  let u586!: boolean;
  let b587: __metajit_Value | undefined;
  let u587!: number;
  let b588: __metajit_Value | undefined;
  let b589: __metajit_Value | undefined;
  let u589!: unknown;
  let b590: __metajit_Value | undefined;
  let u590!: number;
  let b591: __metajit_Value | undefined;
  let u591!: number;
  let b592: __metajit_Value | undefined;
  let u592!: unknown;
  let b593: __metajit_Value | undefined;
  let b594: __metajit_Value | undefined;
  let u594!: unknown;
  let b595: __metajit_Value | undefined;
  let u595!: boolean;
  let b596: __metajit_Value | undefined;
  let u596!: number;
  let b597: __metajit_Value | undefined;
  let b598: __metajit_Value | undefined;
  let u598!: unknown;
  let b599: __metajit_Value | undefined;
  let u599!: number;
  let b600: __metajit_Value | undefined;
  let u600!: number;
  let b601: __metajit_Value | undefined;
  let u601!: unknown;
  let b602: __metajit_Value | undefined;
  let u602!: boolean;
  let b603: __metajit_Value | undefined;
  let b604: __metajit_Value | undefined;
  let b605: __metajit_Value | undefined;
  let b606: __metajit_Value | undefined;
  let b607: __metajit_Value | undefined;
  let b608: __metajit_Value | undefined;
  let b609: __metajit_Value | undefined;
  let u609!: unknown;
  let b610: __metajit_Value | undefined;
  let u610!: number;
  let b611: __metajit_Value | undefined;
  let u611!: number;
  let b612: __metajit_Value | undefined;
  let u612!: boolean;
  let b613: __metajit_Value | undefined;
  let b614: __metajit_Value | undefined;
  let b615: __metajit_Value | undefined;
  let b616: __metajit_Value | undefined;
  let b617: __metajit_Value | undefined;
  let b618: __metajit_Value | undefined;
  let b619: __metajit_Value | undefined;
  let u619!: unknown;
  let b620: __metajit_Value | undefined;
  let u620!: number;
  let b621: __metajit_Value | undefined;
  let u621!: number;
  let b622: __metajit_Value | undefined;
  let u622!: boolean;
  let b623: __metajit_Value | undefined;
  let u623!: boolean;
  let b624: __metajit_Value | undefined;
  let b625: __metajit_Value | undefined;
  let u625!: number;
  let b626: __metajit_Value | undefined;
  let b627: __metajit_Value | undefined;
  let b628: __metajit_Value | undefined;
  let u628!: number;
  let b629: __metajit_Value | undefined;
  let u629!: number;
  let b630: __metajit_Value | undefined;
  let u630!: number;
  let b631: __metajit_Value | undefined;
  let u631!: unknown;
  let b632: __metajit_Value | undefined;
  let u632!: number;
  let b633: __metajit_Value | undefined;
  let u633!: number;
  let b634: __metajit_Value | undefined;
  let u634!: number;
  let b635: __metajit_Value | undefined;
  let u635!: number;
  let b636: __metajit_Value | undefined;
  let u636!: boolean;
  let b637: __metajit_Value | undefined;
  let b638: __metajit_Value | undefined;
  let u638!: number;
  let b639: __metajit_Value | undefined;
  let b640: __metajit_Value | undefined;
  let b641: __metajit_Value | undefined;
  let b642: __metajit_Value | undefined;
  let b643: __metajit_Value | undefined;
  let b644: __metajit_Value | undefined;
  let u644!: unknown;
  let b645: __metajit_Value | undefined;
  let u645!: number;
  let b646: __metajit_Value | undefined;
  let u646!: number;
  let b647: __metajit_Value | undefined;
  let u647!: boolean;
  let b648: __metajit_Value | undefined;
  let u648!: boolean;
  let b649: __metajit_Value | undefined;
  let b650: __metajit_Value | undefined;
  let u650!: number;
  let b651: __metajit_Value | undefined;
  let b652: __metajit_Value | undefined;
  let b653: __metajit_Value | undefined;
  let u653!: number;
  let b654: __metajit_Value | undefined;
  let u654!: number;
  let b655: __metajit_Value | undefined;
  let u655!: number;
  let b656: __metajit_Value | undefined;
  let u656!: unknown;
  let b657: __metajit_Value | undefined;
  let u657!: number;
  let b658: __metajit_Value | undefined;
  let u658!: number;
  let b659: __metajit_Value | undefined;
  let u659!: number;
  let b660: __metajit_Value | undefined;
  let u660!: number;
  let b661: __metajit_Value | undefined;
  let u661!: boolean;
  let b662: __metajit_Value | undefined;
  let b663: __metajit_Value | undefined;
  let u663!: unknown;
  let b664: __metajit_Value | undefined;
  let u664!: number;
  let b665: __metajit_Value | undefined;
  let u665!: number;
  let b666: __metajit_Value | undefined;
  let u666!: number;
  let b667: __metajit_Value | undefined;
  let b668: __metajit_Value | undefined;
  let b669: __metajit_Value | undefined;
  let b670: __metajit_Value | undefined;
  let b671: __metajit_Value | undefined;
  let b672: __metajit_Value | undefined;
  let u672!: unknown;
  let b673: __metajit_Value | undefined;
  let u673!: number;
  let b674: __metajit_Value | undefined;
  let u674!: number;
  let b675: __metajit_Value | undefined;
  let u675!: boolean;
  let b676: __metajit_Value | undefined;
  let u676!: boolean;
  let b677: __metajit_Value | undefined;
  let b678: __metajit_Value | undefined;
  let u678!: number;
  let b679: __metajit_Value | undefined;
  let b680: __metajit_Value | undefined;
  let u680!: number;
  let b681: __metajit_Value | undefined;
  let u681!: number;
  let b682: __metajit_Value | undefined;
  let u682!: unknown;
  let b683: __metajit_Value | undefined;
  let u683!: number;
  let b684: __metajit_Value | undefined;
  let u684!: number;
  let b685: __metajit_Value | undefined;
  let u685!: number;
  let b686: __metajit_Value | undefined;
  let u686!: number;
  let b687: __metajit_Value | undefined;
  let u687!: boolean;
  let b688: __metajit_Value | undefined;
  let u688!: number;
  let b689: __metajit_Value | undefined;
  let u689!: number;
  let b690: __metajit_Value | undefined;
  let u690!: number;
  let b691: __metajit_Value | undefined;
  let u691!: unknown;
  let b692: __metajit_Value | undefined;
  let u692!: number;
  let b693: __metajit_Value | undefined;
  let u693!: number;
  let b694: __metajit_Value | undefined;
  let u694!: unknown;
  let b695: __metajit_Value | undefined;
  let u695!: number;
  let b696: __metajit_Value | undefined;
  let u696!: number;
  let b697: __metajit_Value | undefined;
  let b698: __metajit_Value | undefined;
  let u698!: number;
  let b699: __metajit_Value | undefined;
  let u699!: boolean;
  let b700: __metajit_Value | undefined;
  let u700!: boolean;
  let b701: __metajit_Value | undefined;
  let u701!: number;
  let b702: __metajit_Value | undefined;
  let b703: __metajit_Value | undefined;
  let b704: __metajit_Value | undefined;
  let b705: __metajit_Value | undefined;
  let b706: __metajit_Value | undefined;
  let u706!: number;
  let b707: __metajit_Value | undefined;
  let b708: __metajit_Value | undefined;
  let b709: __metajit_Value | undefined;
  let b710: __metajit_Value | undefined;
  let b711: __metajit_Value | undefined;
  let u711!: number;
  let b712: __metajit_Value | undefined;
  let b713: __metajit_Value | undefined;
  let u713!: number;
  let b714: __metajit_Value | undefined;
  let u714!: number;
  let b715: __metajit_Value | undefined;
  let b716: __metajit_Value | undefined;
  let b717: __metajit_Value | undefined;
  let b718: __metajit_Value | undefined;
  let b719: __metajit_Value | undefined;
  let b720: __metajit_Value | undefined;
  let b721: __metajit_Value | undefined;
  let u721!: boolean;
  let b722: __metajit_Value | undefined;
  let u722!: number;
  let b723: __metajit_Value | undefined;
  let b724: __metajit_Value | undefined;
  let b725: __metajit_Value | undefined;
  let u725!: number;
  let b726: __metajit_Value | undefined;
  let u726!: number;
  let b727: __metajit_Value | undefined;
  let u727!: number;
  let b728: __metajit_Value | undefined;
  let b729: __metajit_Value | undefined;
  let b730: __metajit_Value | undefined;
  let b731: __metajit_Value | undefined;
  let u731!: number;
  let b732: __metajit_Value | undefined;
  let u732!: boolean;
  let b733: __metajit_Value | undefined;
  let u733!: number;
  let b734: __metajit_Value | undefined;
  let u734!: number;
  let b735: __metajit_Value | undefined;
  let u735!: unknown;
  let b736: __metajit_Value | undefined;
  let b737: __metajit_Value | undefined;
  let b738: __metajit_Value | undefined;
  let u738!: number;
  let b739: __metajit_Value | undefined;
  let b740: __metajit_Value | undefined;
  let u740!: number;
  let b741: __metajit_Value | undefined;
  let u741!: unknown;
  let b742: __metajit_Value | undefined;
  let u742!: number;
  let b743: __metajit_Value | undefined;
  let b744: __metajit_Value | undefined;
  let u744!: number;
  let b745: __metajit_Value | undefined;
  let u745!: boolean;
  let b746: __metajit_Value | undefined;
  let u746!: boolean;
  let b747: __metajit_Value | undefined;
  let u747!: number;
  let b748: __metajit_Value | undefined;
  let b749: __metajit_Value | undefined;
  let b750: __metajit_Value | undefined;
  let b751: __metajit_Value | undefined;
  let b752: __metajit_Value | undefined;
  let u752!: number;
  let b753: __metajit_Value | undefined;
  let b754: __metajit_Value | undefined;
  let b755: __metajit_Value | undefined;
  let b756: __metajit_Value | undefined;
  let b757: __metajit_Value | undefined;
  let b758: __metajit_Value | undefined;
  let b759: __metajit_Value | undefined;
  let b760: __metajit_Value | undefined;
  let u760!: number;
  let b761: __metajit_Value | undefined;
  let b762: __metajit_Value | undefined;
  let u762!: number;
  let b763: __metajit_Value | undefined;
  let u763!: number;
  let b764: __metajit_Value | undefined;
  let b765: __metajit_Value | undefined;
  let b766: __metajit_Value | undefined;
  let b767: __metajit_Value | undefined;
  let b768: __metajit_Value | undefined;
  let b769: __metajit_Value | undefined;
  let b770: __metajit_Value | undefined;
  let u770!: number;
  let b771: __metajit_Value | undefined;
  let b772: __metajit_Value | undefined;
  let b773: __metajit_Value | undefined;
  let u773!: number;
  let b774: __metajit_Value | undefined;
  let u774!: number;
  let b775: __metajit_Value | undefined;
  let u775!: number;
  let b776: __metajit_Value | undefined;
  let b777: __metajit_Value | undefined;
  let b778: __metajit_Value | undefined;
  let b779: __metajit_Value | undefined;
  let u779!: number;
  let b780: __metajit_Value | undefined;
  let u780!: unknown;
  let b781: __metajit_Value | undefined;
  let u781!: number;
  let b782: __metajit_Value | undefined;
  let b783: __metajit_Value | undefined;
  let u783!: number;
  let b784: __metajit_Value | undefined;
  let u784!: boolean;
  let b785: __metajit_Value | undefined;
  let u785!: boolean;
  let b786: __metajit_Value | undefined;
  let u786!: number;
  let b787: __metajit_Value | undefined;
  let b788: __metajit_Value | undefined;
  let b789: __metajit_Value | undefined;
  let b790: __metajit_Value | undefined;
  let b791: __metajit_Value | undefined;
  let b792: __metajit_Value | undefined;
  let b793: __metajit_Value | undefined;
  let b794: __metajit_Value | undefined;
  let b795: __metajit_Value | undefined;
  let b796: __metajit_Value | undefined;
  let b797: __metajit_Value | undefined;
  let b798: __metajit_Value | undefined;
  let b799: __metajit_Value | undefined;
  let b800: __metajit_Value | undefined;
  let b801: __metajit_Value | undefined;
  let b802: __metajit_Value | undefined;
  let u802!: number;
  let b803: __metajit_Value | undefined;
  let b804: __metajit_Value | undefined;
  let b805: __metajit_Value | undefined;
  let b806: __metajit_Value | undefined;
  let u806!: number;
  let b807: __metajit_Value | undefined;
  let u807!: number;
  let b808: __metajit_Value | undefined;
  let b809: __metajit_Value | undefined;
  let b810: __metajit_Value | undefined;
  let u810!: number;
  let b811: __metajit_Value | undefined;
  let b812: __metajit_Value | undefined;
  let b813: __metajit_Value | undefined;
  let b814: __metajit_Value | undefined;
  let u814!: unknown;
  let b815: __metajit_Value | undefined;
  let b816: __metajit_Value | undefined;
  let u816!: number;
  let b817: __metajit_Value | undefined;
  let u817!: number;
  let b818: __metajit_Value | undefined;
  let b819: __metajit_Value | undefined;
  let b820: __metajit_Value | undefined;
  let u820!: number;
  let b821: __metajit_Value | undefined;
  let u821!: number;
  let b822: __metajit_Value | undefined;
  let b823: __metajit_Value | undefined;
  let b824: __metajit_Value | undefined;
  let u824!: number;
  let b825: __metajit_Value | undefined;
  let b826: __metajit_Value | undefined;
  let b827: __metajit_Value | undefined;
  let b828: __metajit_Value | undefined;
  let u828!: number;
  let b829: __metajit_Value | undefined;
  let u829!: number;
  let b830: __metajit_Value | undefined;
  let b831: __metajit_Value | undefined;
  let b832: __metajit_Value | undefined;
  let b833: __metajit_Value | undefined;
  let b834: __metajit_Value | undefined;
  let b835: __metajit_Value | undefined;
  let u835!: unknown;
  let b836: __metajit_Value | undefined;
  let u836!: number;
  let b837: __metajit_Value | undefined;
  let u837!: number;
  let b838: __metajit_Value | undefined;
  let u838!: number;
  let b839: __metajit_Value | undefined;
  let u839!: number;
  let b840: __metajit_Value | undefined;
  let u840!: number;
  let b841: __metajit_Value | undefined;
  let b842: __metajit_Value | undefined;
  let u842!: number;
  let b843: __metajit_Value | undefined;
  let u843!: number;
  let b844: __metajit_Value | undefined;
  let b845: __metajit_Value | undefined;
  let b846: __metajit_Value | undefined;
  let u846!: number;
  let b847: __metajit_Value | undefined;
  let b848: __metajit_Value | undefined;
  let u848!: number;
  let b849: __metajit_Value | undefined;
  let u849!: number;
  let b850: __metajit_Value | undefined;
  let b851: __metajit_Value | undefined;
  let u851!: number;
  let b852: __metajit_Value | undefined;
  let u852!: number;
  let b853: __metajit_Value | undefined;
  let b854: __metajit_Value | undefined;
  let b855: __metajit_Value | undefined;
  let b856: __metajit_Value | undefined;
  let b857: __metajit_Value | undefined;
  let b858: __metajit_Value | undefined;
  let b859: __metajit_Value | undefined;
  let b860: __metajit_Value | undefined;
  let b861: __metajit_Value | undefined;
  let b862: __metajit_Value | undefined;
  let b863: __metajit_Value | undefined;
  let b864: __metajit_Value | undefined;
  let b865: __metajit_Value | undefined;
  let b866: __metajit_Value | undefined;
  let u866!: number;
  let b867: __metajit_Value | undefined;
  let u867!: number;
  let b868: __metajit_Value | undefined;
  let b869: __metajit_Value | undefined;
  let b870: __metajit_Value | undefined;
  let u870!: number;
  let b871: __metajit_Value | undefined;
  let u871!: number;
  let b872: __metajit_Value | undefined;
  let b873: __metajit_Value | undefined;
  let b874: __metajit_Value | undefined;
  let b875: __metajit_Value | undefined;
  let b876: __metajit_Value | undefined;
  let u876!: unknown;
  let b877: __metajit_Value | undefined;
  let u877!: number;
  let b878: __metajit_Value | undefined;
  let u878!: number;
  let b879: __metajit_Value | undefined;
  let u879!: number;
  let b880: __metajit_Value | undefined;
  let u880!: number;
  let b881: __metajit_Value | undefined;
  let u881!: number;
  let b882: __metajit_Value | undefined;
  let u882!: unknown;
  let b883: __metajit_Value | undefined;
  let u883!: number;
  let b884: __metajit_Value | undefined;
  let b885: __metajit_Value | undefined;
  let u885!: number;
  let b886: __metajit_Value | undefined;
  let u886!: number;
  let b887: __metajit_Value | undefined;
  let b888: __metajit_Value | undefined;
  let b889: __metajit_Value | undefined;
  let u889!: number;
  let b890: __metajit_Value | undefined;
  let u890!: number;
  let b891: __metajit_Value | undefined;
  let u891!: number;
  let b892: __metajit_Value | undefined;
  let u892!: unknown;
  let b893: __metajit_Value | undefined;
  let u893!: number;
  let b894: __metajit_Value | undefined;
  let u894!: number;
  let b895: __metajit_Value | undefined;
  let u895!: number;
  let b896: __metajit_Value | undefined;
  let u896!: number;
  let b897: __metajit_Value | undefined;
  let u897!: boolean;
  let b898: __metajit_Value | undefined;
  let u898!: number;
  let b899: __metajit_Value | undefined;
  let u899!: number;
  let b900: __metajit_Value | undefined;
  let u900!: number;
  let b901: __metajit_Value | undefined;
  let u901!: unknown;
  let b902: __metajit_Value | undefined;
  let u902!: number;
  let b903: __metajit_Value | undefined;
  let b904: __metajit_Value | undefined;
  let u904!: number;
  let b905: __metajit_Value | undefined;
  let u905!: boolean;
  let b906: __metajit_Value | undefined;
  let u906!: boolean;
  let b907: __metajit_Value | undefined;
  let b908: __metajit_Value | undefined;
  let b909: __metajit_Value | undefined;
  let b910: __metajit_Value | undefined;
  let u910!: unknown;
  let b911: __metajit_Value | undefined;
  let u911!: number;
  let b912: __metajit_Value | undefined;
  let u912!: number;
  let b913: __metajit_Value | undefined;
  let b914: __metajit_Value | undefined;
  let b915: __metajit_Value | undefined;
  let b916: __metajit_Value | undefined;
  let u916!: number;
  let b917: __metajit_Value | undefined;
  let u917!: unknown;
  let b918: __metajit_Value | undefined;
  let u918!: unknown;
  let b919: __metajit_Value | undefined;
  let u919!: number;
  let b920: __metajit_Value | undefined;
  let u920!: number;
  let b921: __metajit_Value | undefined;
  let u921!: number;
  let b922: __metajit_Value | undefined;
  let u922!: unknown;
  let b923: __metajit_Value | undefined;
  let b924: __metajit_Value | undefined;
  let u924!: number;
  let b925: __metajit_Value | undefined;
  let u925!: unknown;
  let b926: __metajit_Value | undefined;
  let u926!: number;
  let b927: __metajit_Value | undefined;
  let b928: __metajit_Value | undefined;
  let b929: __metajit_Value | undefined;
  let u929!: boolean;
  let b930: __metajit_Value | undefined;
  let u930!: number;
  let b931: __metajit_Value | undefined;
  let b932: __metajit_Value | undefined;
  let b933: __metajit_Value | undefined;
  let u933!: number;
  let b934: __metajit_Value | undefined;
  let u934!: number;
  let b935: __metajit_Value | undefined;
  let u935!: number;
  let b936: __metajit_Value | undefined;
  let b937: __metajit_Value | undefined;
  let b938: __metajit_Value | undefined;
  let b939: __metajit_Value | undefined;
  let u939!: number;
  let b940: __metajit_Value | undefined;
  let u940!: number;
  let b941: __metajit_Value | undefined;
  let u941!: boolean;
  let b942: __metajit_Value | undefined;
  let u942!: number;
  let b943: __metajit_Value | undefined;
  let u943!: number;
  let b944: __metajit_Value | undefined;
  let u944!: unknown;
  let b945: __metajit_Value | undefined;
  let b946: __metajit_Value | undefined;
  let b947: __metajit_Value | undefined;
  let u947!: number;
  let b948: __metajit_Value | undefined;
  let b949: __metajit_Value | undefined;
  let u949!: unknown;
  let b950: __metajit_Value | undefined;
  let u950!: number;
  let b951: __metajit_Value | undefined;
  let u951!: number;
  let b952: __metajit_Value | undefined;
  let u952!: unknown;
  let b953: __metajit_Value | undefined;
  if (!p1.isConst) throw __metajit_G.notConstant("Interpreter.run.portal", 1);
  u1 = p1.value as number;
  if (!p2.isConst) throw __metajit_G.notConstant("Interpreter.run.portal", 2);
  u2 = p2.value;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          u7 = u1;
          b7 = b1;
          u9 = (u2 as Record<string, unknown>)["a"];
          b9 = undefined;
          u10 = u7 | 0;
          b10 = undefined;
          u8 = __metajit_G.asFloat("getarrayitem_imm", (u9 as ArrayLike<unknown>)[u10], "[any]");
          b8 = undefined;
          u11 = u1 + 1;
          b11 = undefined;
          u12 = u11 | 0;
          b12 = undefined;
          u1 = u12;
          b1 = undefined;
          u13 = (u2 as Record<string, unknown>)["op"];
          b13 = undefined;
          u14 = u7 | 0;
          b14 = undefined;
          u15 = __metajit_G.asFloat("getarrayitem_imm", (u13 as ArrayLike<unknown>)[u14], "[any]");
          b15 = undefined;
          u16 = u15 | 0;
          b16 = undefined;
          u17 = u16;
          b17 = undefined;
          u18 = u17 === u15;
          b18 = undefined;
          if (!u18) {
            block = 7586;
            continue dispatch;
          }
          block = 66;
          continue dispatch;
        }
        case 66: {
          switch (u16) {
            case 0: {
              block = 157;
              continue dispatch;
            }
            case 1: {
              block = 190;
              continue dispatch;
            }
            case 2: {
              block = 228;
              continue dispatch;
            }
            case 3: {
              block = 307;
              continue dispatch;
            }
            case 4: {
              block = 358;
              continue dispatch;
            }
            case 5: {
              block = 420;
              continue dispatch;
            }
            case 6: {
              block = 564;
              continue dispatch;
            }
            case 7: {
              block = 964;
              continue dispatch;
            }
            case 8: {
              block = 1085;
              continue dispatch;
            }
            case 9: {
              block = 1147;
              continue dispatch;
            }
            case 10: {
              block = 1680;
              continue dispatch;
            }
            case 11: {
              block = 1744;
              continue dispatch;
            }
            case 12: {
              block = 2312;
              continue dispatch;
            }
            case 13: {
              block = 2567;
              continue dispatch;
            }
            case 14: {
              block = 2822;
              continue dispatch;
            }
            case 15: {
              block = 3077;
              continue dispatch;
            }
            case 16: {
              block = 3332;
              continue dispatch;
            }
            case 17: {
              block = 3598;
              continue dispatch;
            }
            case 18: {
              block = 3865;
              continue dispatch;
            }
            case 19: {
              block = 3963;
              continue dispatch;
            }
            case 20: {
              block = 4031;
              continue dispatch;
            }
            case 21: {
              block = 4181;
              continue dispatch;
            }
            case 22: {
              block = 4372;
              continue dispatch;
            }
            case 23: {
              block = 4416;
              continue dispatch;
            }
            case 24:
            case 25: {
              block = 4756;
              continue dispatch;
            }
            case 26: {
              block = 5150;
              continue dispatch;
            }
            case 27: {
              block = 5300;
              continue dispatch;
            }
            case 28: {
              block = 5472;
              continue dispatch;
            }
            case 29: {
              block = 5945;
              continue dispatch;
            }
            case 30: {
              block = 6329;
              continue dispatch;
            }
            case 31: {
              block = 6675;
              continue dispatch;
            }
            case 32: {
              block = 6828;
              continue dispatch;
            }
            case 33: {
              block = 7051;
              continue dispatch;
            }
            case 34: {
              block = 7193;
              continue dispatch;
            }
            case 35: {
              block = 7287;
              continue dispatch;
            }
            case 36: {
              block = 7332;
              continue dispatch;
            }
            case 37: {
              block = 7387;
              continue dispatch;
            }
            default: {
              block = 7586;
              continue dispatch;
            }
          }
        }
        case 157: {
          u19 = u8 | 0;
          b19 = undefined;
          u20 = (u2 as Record<string, unknown>)["b"];
          b20 = undefined;
          u21 = u7 | 0;
          b21 = undefined;
          u22 = __metajit_G.asFloat("getarrayitem_imm", (u20 as ArrayLike<unknown>)[u21], "[any]");
          b22 = undefined;
          u23 = u22 | 0;
          b23 = undefined;
          at = 177;
          b24 = rec.record("getarrayitem", [b4!, (b23 ??= __metajit_G.int(u23))], __metajit_o0);
          at = 183;
          rec.record("setarrayitem", [b4!, (b19 ??= __metajit_G.int(u19)), b24!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 190: {
          u25 = u8 | 0;
          b25 = undefined;
          u26 = (u2 as Record<string, unknown>)["k"];
          b26 = undefined;
          u27 = (u2 as Record<string, unknown>)["b"];
          b27 = undefined;
          u28 = u7 | 0;
          b28 = undefined;
          u29 = __metajit_G.asFloat("getarrayitem_imm", (u27 as ArrayLike<unknown>)[u28], "[any]");
          b29 = undefined;
          u30 = u29 | 0;
          b30 = undefined;
          u31 = (u26 as ArrayLike<unknown>)[u30];
          b31 = undefined;
          at = 221;
          rec.record("setarrayitem", [b4!, (b25 ??= __metajit_G.int(u25)), (b31 ??= __metajit_G.ref(u31))], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 228: {
          u32 = u8 | 0;
          b32 = undefined;
          u33 = (u2 as Record<string, unknown>)["b"];
          b33 = undefined;
          u34 = u7 | 0;
          b34 = undefined;
          u35 = __metajit_G.asFloat("getarrayitem_imm", (u33 as ArrayLike<unknown>)[u34], "[any]");
          b35 = undefined;
          u36 = u35 === 0;
          b36 = undefined;
          u37 = !u36;
          b37 = undefined;
          u38 = u37;
          b38 = undefined;
          at = 255;
          rec.record("setarrayitem", [b4!, (b32 ??= __metajit_G.int(u32)), (b38 ??= __metajit_G.ref(u38))], __metajit_o1);
          u39 = (u2 as Record<string, unknown>)["c"];
          b39 = undefined;
          u40 = u7 | 0;
          b40 = undefined;
          u41 = __metajit_G.asFloat("getarrayitem_imm", (u39 as ArrayLike<unknown>)[u40], "[any]");
          b41 = undefined;
          u42 = u41 === 0;
          b42 = undefined;
          u43 = !u42;
          b43 = undefined;
          if (!u43) {
            block = 305;
            continue dispatch;
          }
          block = 293;
          continue dispatch;
        }
        case 293: {
          u44 = u1 + 1;
          b44 = undefined;
          u45 = u44 | 0;
          b45 = undefined;
          u1 = u45;
          b1 = undefined;
          block = 305;
          continue dispatch;
        }
        case 305: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 307: {
          u47 = (u2 as Record<string, unknown>)["b"];
          b47 = undefined;
          u48 = u7 | 0;
          b48 = undefined;
          u46 = __metajit_G.asFloat("getarrayitem_imm", (u47 as ArrayLike<unknown>)[u48], "[any]");
          b46 = undefined;
          u49 = u8;
          b49 = b8;
          block = 324;
          continue dispatch;
        }
        case 324: {
          u50 = u49 <= u46;
          b50 = undefined;
          if (!u50) {
            block = 356;
            continue dispatch;
          }
          block = 342;
          continue dispatch;
        }
        case 342: {
          u51 = u49 | 0;
          b51 = undefined;
          at = 345;
          rec.record("setarrayitem", [b4!, (b51 ??= __metajit_G.int(u51)), __metajit_k0_10], __metajit_o1);
          u49 = u49 + 1;
          b49 = undefined;
          block = 324;
          continue dispatch;
        }
        case 356: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 358: {
          at = 358;
          b53 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 363;
          b54 = rec.record("getfield_imm", [b53!], __metajit_o3);
          u55 = (u2 as Record<string, unknown>)["b"];
          b55 = undefined;
          u56 = u7 | 0;
          b56 = undefined;
          u57 = __metajit_G.asFloat("getarrayitem_imm", (u55 as ArrayLike<unknown>)[u56], "[any]");
          b57 = undefined;
          u58 = u57 | 0;
          b58 = undefined;
          at = 385;
          b52 = rec.record("getarrayitem", [b54!, (b58 ??= __metajit_G.int(u58))], __metajit_o0);
          u59 = u8 | 0;
          b59 = undefined;
          at = 394;
          b60 = rec.record("getfield", [b52!], __metajit_o4);
          at = 399;
          b61 = rec.record("getfield", [b52!], __metajit_o5);
          at = 404;
          {
            const x0 = rec.resolve(b61!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b62 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 407;
          b63 = rec.record("getarrayitem", [b60!, b62!], __metajit_o0);
          at = 413;
          rec.record("setarrayitem", [b4!, (b59 ??= __metajit_G.int(u59)), b63!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 420: {
          at = 420;
          b65 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 425;
          b64 = rec.record("getfield", [b65!], __metajit_o6);
          u67 = (u2 as Record<string, unknown>)["k"];
          b67 = undefined;
          u68 = (u2 as Record<string, unknown>)["b"];
          b68 = undefined;
          u69 = u7 | 0;
          b69 = undefined;
          u70 = __metajit_G.asFloat("getarrayitem_imm", (u68 as ArrayLike<unknown>)[u69], "[any]");
          b70 = undefined;
          u71 = u70 | 0;
          b71 = undefined;
          u66 = (u67 as ArrayLike<unknown>)[u71];
          b66 = undefined;
          at = 458;
          rec.enterFrame(0, 458, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b64!, (b66 ??= __metajit_G.ref(u66))], 1);
          b72 = __metajit_trace_1_2(rec, b64!, u66);
          rec.leaveFrame();
          at = 475;
          {
            const x0 = rec.resolve(b72!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b73 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b74 = b73;
          at = 482;
          const c482 = b73!;
          if (!c482.isConst) rec.guard(c482.value === true ? "guard_true" : "guard_false", [c482], (rec.capturing ? rec.snapshotOwned(0, 482, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b64!, (b66 ??= __metajit_G.ref(u66)), b72!, b73!, b74!]) : rec.noSnapshot));
          if (c482.value !== true) {
            block = 514;
            continue dispatch;
          }
          block = 499;
          continue dispatch;
        }
        case 499: {
          at = 499;
          b75 = rec.record("getfield", [b64!], __metajit_o7);
          at = 504;
          {
            const x0 = rec.resolve(b75!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b76 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 508;
          {
            const x0 = b76!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b77 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b74 = b77;
          block = 514;
          continue dispatch;
        }
        case 514: {
          at = 514;
          const c514 = rec.resolve(b74!);
          if (!c514.isConst) rec.guard(c514.value === true ? "guard_true" : "guard_false", [c514], (rec.capturing ? rec.snapshotOwned(0, 514, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b64!, (b66 ??= __metajit_G.ref(u66)), b72!, b74!]) : rec.noSnapshot));
          if (c514.value !== true) {
            block = 554;
            continue dispatch;
          }
          block = 530;
          continue dispatch;
        }
        case 530: {
          at = 530;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 534;
          b72 = rec.record("call", [__metajit_k0_18, b0!, b64!, (b66 ??= __metajit_G.ref(u66)), __metajit_k0_19], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 534, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 554;
          continue dispatch;
        }
        case 554: {
          u78 = u8 | 0;
          b78 = undefined;
          at = 557;
          rec.record("setarrayitem", [b4!, (b78 ??= __metajit_G.int(u78)), b72!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 564: {
          u80 = (u2 as Record<string, unknown>)["b"];
          b80 = undefined;
          u81 = u7 | 0;
          b81 = undefined;
          u79 = __metajit_G.asFloat("getarrayitem_imm", (u80 as ArrayLike<unknown>)[u81], "[any]");
          b79 = undefined;
          u83 = (u2 as Record<string, unknown>)["c"];
          b83 = undefined;
          u84 = u7 | 0;
          b84 = undefined;
          u82 = __metajit_G.asFloat("getarrayitem_imm", (u83 as ArrayLike<unknown>)[u84], "[any]");
          b82 = undefined;
          u86 = u79 | 0;
          b86 = undefined;
          at = 595;
          b85 = rec.record("getarrayitem", [b4!, (b86 ??= __metajit_G.int(u86))], __metajit_o0);
          u89 = u82 >= 0;
          b89 = undefined;
          if (!u89) {
            block = 635;
            continue dispatch;
          }
          block = 621;
          continue dispatch;
        }
        case 621: {
          u90 = u82 | 0;
          b90 = undefined;
          at = 624;
          b91 = rec.record("getarrayitem", [b4!, (b90 ??= __metajit_G.int(u90))], __metajit_o0);
          b88 = b91;
          block = 656;
          continue dispatch;
        }
        case 635: {
          u92 = (u2 as Record<string, unknown>)["k"];
          b92 = undefined;
          u93 = (-1) - u82;
          b93 = undefined;
          u94 = u93 | 0;
          b94 = undefined;
          u95 = (u92 as ArrayLike<unknown>)[u94];
          b95 = undefined;
          u88 = u95;
          b88 = b95;
          b88 ??= __metajit_G.ref(u88);
          block = 656;
          continue dispatch;
        }
        case 656: {
          b87 = b88;
          u96 = __metajit_k0_10.value;
          b96 = __metajit_k0_10;
          at = 662;
          {
            const x0 = rec.resolve(b85!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_21.value as Function);
            b97 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_21], v);
          }
          at = 666;
          const c666 = b97!;
          if (!c666.isConst) rec.guard(c666.value === true ? "guard_true" : "guard_false", [c666], (rec.capturing ? rec.snapshotOwned(0, 666, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b97!]) : rec.noSnapshot));
          if (c666.value !== true) {
            block = 932;
            continue dispatch;
          }
          block = 683;
          continue dispatch;
        }
        case 683: {
          at = 683;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b98 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 686;
          {
            const x0 = b98!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b99 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 690;
          const c690 = b99!;
          if (!c690.isConst) rec.guard(c690.value === true ? "guard_true" : "guard_false", [c690], (rec.capturing ? rec.snapshotOwned(0, 690, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b99!]) : rec.noSnapshot));
          if (c690.value !== true) {
            block = 776;
            continue dispatch;
          }
          block = 707;
          continue dispatch;
        }
        case 707: {
          u101 = u82 < 0;
          b101 = undefined;
          if (!u101) {
            block = 750;
            continue dispatch;
          }
          block = 727;
          continue dispatch;
        }
        case 727: {
          at = 727;
          rec.enterFrame(0, 727, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 1);
          b102 = __metajit_trace_1(rec, b85!, b87!);
          rec.leaveFrame();
          b100 = b102;
          block = 771;
          continue dispatch;
        }
        case 750: {
          at = 750;
          rec.enterFrame(0, 750, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 2);
          b103 = __metajit_trace_2(rec, b85!, b87!);
          rec.leaveFrame();
          b100 = b103;
          block = 771;
          continue dispatch;
        }
        case 771: {
          b96 = b100;
          block = 849;
          continue dispatch;
        }
        case 776: {
          at = 776;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b105 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 779;
          {
            const x0 = b105!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b106 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 783;
          const c783 = b106!;
          if (!c783.isConst) rec.guard(c783.value === true ? "guard_true" : "guard_false", [c783], (rec.capturing ? rec.snapshotOwned(0, 783, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b106!]) : rec.noSnapshot));
          if (c783.value !== true) {
            block = 825;
            continue dispatch;
          }
          block = 799;
          continue dispatch;
        }
        case 799: {
          at = 799;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b107 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 802;
          rec.enterFrame(0, 802, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 3);
          b108 = __metajit_trace_3(rec, b85!, b107!);
          rec.leaveFrame();
          b104 = b108;
          block = 846;
          continue dispatch;
        }
        case 825: {
          at = 825;
          rec.enterFrame(0, 825, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 4);
          b109 = __metajit_trace_4(rec, b85!, b87!);
          rec.leaveFrame();
          b104 = b109;
          block = 846;
          continue dispatch;
        }
        case 846: {
          b96 = b104;
          block = 849;
          continue dispatch;
        }
        case 849: {
          at = 849;
          {
            const x0 = rec.resolve(b96!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b110 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b111 = b110;
          at = 856;
          const c856 = b110!;
          if (!c856.isConst) rec.guard(c856.value === true ? "guard_true" : "guard_false", [c856], (rec.capturing ? rec.snapshotOwned(0, 856, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b110!, b111!]) : rec.noSnapshot));
          if (c856.value !== true) {
            block = 889;
            continue dispatch;
          }
          block = 874;
          continue dispatch;
        }
        case 874: {
          at = 874;
          b112 = rec.record("getfield", [b85!], __metajit_o7);
          at = 879;
          {
            const x0 = rec.resolve(b112!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b113 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 883;
          {
            const x0 = b113!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b114 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b111 = b114;
          block = 889;
          continue dispatch;
        }
        case 889: {
          at = 889;
          const c889 = rec.resolve(b111!);
          if (!c889.isConst) rec.guard(c889.value === true ? "guard_true" : "guard_false", [c889], (rec.capturing ? rec.snapshotOwned(0, 889, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b111!]) : rec.noSnapshot));
          if (c889.value !== true) {
            block = 930;
            continue dispatch;
          }
          block = 906;
          continue dispatch;
        }
        case 906: {
          at = 906;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 910;
          b96 = rec.record("call", [__metajit_k0_24, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 910, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 930;
          continue dispatch;
        }
        case 930: {
          block = 954;
          continue dispatch;
        }
        case 932: {
          at = 932;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 936;
          b96 = rec.record("call", [__metajit_k0_25, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 936, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 954;
          continue dispatch;
        }
        case 954: {
          u115 = u8 | 0;
          b115 = undefined;
          at = 957;
          rec.record("setarrayitem", [b4!, (b115 ??= __metajit_G.int(u115)), b96!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 964: {
          at = 964;
          b117 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 969;
          b116 = rec.record("getfield", [b117!], __metajit_o6);
          u119 = (u2 as Record<string, unknown>)["k"];
          b119 = undefined;
          u120 = (u2 as Record<string, unknown>)["b"];
          b120 = undefined;
          u121 = u7 | 0;
          b121 = undefined;
          u122 = __metajit_G.asFloat("getarrayitem_imm", (u120 as ArrayLike<unknown>)[u121], "[any]");
          b122 = undefined;
          u123 = u122 | 0;
          b123 = undefined;
          u118 = (u119 as ArrayLike<unknown>)[u123];
          b118 = undefined;
          at = 1002;
          b124 = rec.record("getfield", [b116!], __metajit_o7);
          at = 1007;
          {
            const x0 = rec.resolve(b124!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b125 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1011;
          const c1011 = b125!;
          if (!c1011.isConst) rec.guard(c1011.value === true ? "guard_true" : "guard_false", [c1011], (rec.capturing ? rec.snapshotOwned(0, 1011, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b116!, (b118 ??= __metajit_G.ref(u118)), b125!]) : rec.noSnapshot));
          if (c1011.value !== true) {
            block = 1052;
            continue dispatch;
          }
          block = 1026;
          continue dispatch;
        }
        case 1026: {
          u126 = u8 | 0;
          b126 = undefined;
          at = 1029;
          b127 = rec.record("getarrayitem", [b4!, (b126 ??= __metajit_G.int(u126))], __metajit_o0);
          at = 1035;
          rec.enterFrame(0, 1035, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 5);
          __metajit_trace_5_2(rec, b116!, u118, b127!);
          rec.leaveFrame();
          block = 1083;
          continue dispatch;
        }
        case 1052: {
          at = 1052;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u128 = u8 | 0;
          b128 = undefined;
          at = 1059;
          b129 = rec.record("getarrayitem", [b4!, (b128 ??= __metajit_G.int(u128))], __metajit_o0);
          at = 1065;
          rec.record("call", [__metajit_k0_26, b0!, b116!, (b118 ??= __metajit_G.ref(u118)), b129!, __metajit_k0_19], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 1065, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) : rec.noSnapshot) });
          block = 1083;
          continue dispatch;
        }
        case 1083: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 1085: {
          at = 1085;
          b131 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 1090;
          b132 = rec.record("getfield_imm", [b131!], __metajit_o3);
          u133 = (u2 as Record<string, unknown>)["b"];
          b133 = undefined;
          u134 = u7 | 0;
          b134 = undefined;
          u135 = __metajit_G.asFloat("getarrayitem_imm", (u133 as ArrayLike<unknown>)[u134], "[any]");
          b135 = undefined;
          u136 = u135 | 0;
          b136 = undefined;
          at = 1112;
          b130 = rec.record("getarrayitem", [b132!, (b136 ??= __metajit_G.int(u136))], __metajit_o0);
          at = 1118;
          b137 = rec.record("getfield", [b130!], __metajit_o4);
          at = 1123;
          b138 = rec.record("getfield", [b130!], __metajit_o5);
          at = 1128;
          {
            const x0 = rec.resolve(b138!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b139 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u140 = u8 | 0;
          b140 = undefined;
          at = 1134;
          b141 = rec.record("getarrayitem", [b4!, (b140 ??= __metajit_G.int(u140))], __metajit_o0);
          at = 1140;
          rec.record("setarrayitem", [b137!, b139!, b141!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 1147: {
          u143 = (u2 as Record<string, unknown>)["b"];
          b143 = undefined;
          u144 = u7 | 0;
          b144 = undefined;
          u142 = __metajit_G.asFloat("getarrayitem_imm", (u143 as ArrayLike<unknown>)[u144], "[any]");
          b142 = undefined;
          u146 = (u2 as Record<string, unknown>)["c"];
          b146 = undefined;
          u147 = u7 | 0;
          b147 = undefined;
          u145 = __metajit_G.asFloat("getarrayitem_imm", (u146 as ArrayLike<unknown>)[u147], "[any]");
          b145 = undefined;
          u149 = u8 | 0;
          b149 = undefined;
          at = 1178;
          b148 = rec.record("getarrayitem", [b4!, (b149 ??= __metajit_G.int(u149))], __metajit_o0);
          u152 = u142 >= 0;
          b152 = undefined;
          if (!u152) {
            block = 1218;
            continue dispatch;
          }
          block = 1204;
          continue dispatch;
        }
        case 1204: {
          u153 = u142 | 0;
          b153 = undefined;
          at = 1207;
          b154 = rec.record("getarrayitem", [b4!, (b153 ??= __metajit_G.int(u153))], __metajit_o0);
          b151 = b154;
          block = 1239;
          continue dispatch;
        }
        case 1218: {
          u155 = (u2 as Record<string, unknown>)["k"];
          b155 = undefined;
          u156 = (-1) - u142;
          b156 = undefined;
          u157 = u156 | 0;
          b157 = undefined;
          u158 = (u155 as ArrayLike<unknown>)[u157];
          b158 = undefined;
          u151 = u158;
          b151 = b158;
          b151 ??= __metajit_G.ref(u151);
          block = 1239;
          continue dispatch;
        }
        case 1239: {
          b150 = b151;
          u161 = u145 >= 0;
          b161 = undefined;
          if (!u161) {
            block = 1277;
            continue dispatch;
          }
          block = 1263;
          continue dispatch;
        }
        case 1263: {
          u162 = u145 | 0;
          b162 = undefined;
          at = 1266;
          b163 = rec.record("getarrayitem", [b4!, (b162 ??= __metajit_G.int(u162))], __metajit_o0);
          b160 = b163;
          block = 1298;
          continue dispatch;
        }
        case 1277: {
          u164 = (u2 as Record<string, unknown>)["k"];
          b164 = undefined;
          u165 = (-1) - u145;
          b165 = undefined;
          u166 = u165 | 0;
          b166 = undefined;
          u167 = (u164 as ArrayLike<unknown>)[u166];
          b167 = undefined;
          u160 = u167;
          b160 = b167;
          b160 ??= __metajit_G.ref(u160);
          block = 1298;
          continue dispatch;
        }
        case 1298: {
          b159 = b160;
          at = 1301;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_27.value as Function);
            b168 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_27], v);
          }
          b169 = b168;
          at = 1308;
          const c1308 = b168!;
          if (!c1308.isConst) rec.guard(c1308.value === true ? "guard_true" : "guard_false", [c1308], (rec.capturing ? rec.snapshotOwned(0, 1308, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b168!, b169!]) : rec.noSnapshot));
          if (c1308.value !== true) {
            block = 1338;
            continue dispatch;
          }
          block = 1326;
          continue dispatch;
        }
        case 1326: {
          at = 1326;
          b170 = rec.record("getfield", [b148!], __metajit_o7);
          at = 1331;
          {
            const x0 = rec.resolve(b170!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b171 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b169 = b171;
          block = 1338;
          continue dispatch;
        }
        case 1338: {
          at = 1338;
          const c1338 = rec.resolve(b169!);
          if (!c1338.isConst) rec.guard(c1338.value === true ? "guard_true" : "guard_false", [c1338], (rec.capturing ? rec.snapshotOwned(0, 1338, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b169!]) : rec.noSnapshot));
          if (c1338.value !== true) {
            block = 1532;
            continue dispatch;
          }
          block = 1355;
          continue dispatch;
        }
        case 1355: {
          at = 1355;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = typeof v0;
            b172 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1358;
          {
            const x0 = b172!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b173 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 1362;
          const c1362 = b173!;
          if (!c1362.isConst) rec.guard(c1362.value === true ? "guard_true" : "guard_false", [c1362], (rec.capturing ? rec.snapshotOwned(0, 1362, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b173!]) : rec.noSnapshot));
          if (c1362.value !== true) {
            block = 1432;
            continue dispatch;
          }
          block = 1379;
          continue dispatch;
        }
        case 1379: {
          u174 = u142 < 0;
          b174 = undefined;
          if (!u174) {
            block = 1415;
            continue dispatch;
          }
          block = 1398;
          continue dispatch;
        }
        case 1398: {
          at = 1398;
          rec.enterFrame(0, 1398, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 5);
          __metajit_trace_5(rec, b148!, b150!, b159!);
          rec.leaveFrame();
          block = 1430;
          continue dispatch;
        }
        case 1415: {
          at = 1415;
          rec.enterFrame(0, 1415, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 6);
          __metajit_trace_6(rec, b148!, b150!, b159!);
          rec.leaveFrame();
          block = 1430;
          continue dispatch;
        }
        case 1430: {
          block = 1530;
          continue dispatch;
        }
        case 1432: {
          at = 1432;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = typeof v0;
            b175 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1435;
          {
            const x0 = b175!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b176 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b177 = b176;
          at = 1442;
          const c1442 = b176!;
          if (!c1442.isConst) rec.guard(c1442.value === true ? "guard_true" : "guard_false", [c1442], (rec.capturing ? rec.snapshotOwned(0, 1442, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b176!, b177!]) : rec.noSnapshot));
          if (c1442.value !== true) {
            block = 1472;
            continue dispatch;
          }
          block = 1459;
          continue dispatch;
        }
        case 1459: {
          at = 1459;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b178 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1462;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b179 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1465;
          {
            const x0 = b178!;
            const v0 = x0.value as number;
            const x1 = b179!;
            const v1 = x1.value as number;
            const v = v0 === v1;
            b180 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          b177 = b180;
          block = 1472;
          continue dispatch;
        }
        case 1472: {
          at = 1472;
          const c1472 = rec.resolve(b177!);
          if (!c1472.isConst) rec.guard(c1472.value === true ? "guard_true" : "guard_false", [c1472], (rec.capturing ? rec.snapshotOwned(0, 1472, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b177!]) : rec.noSnapshot));
          if (c1472.value !== true) {
            block = 1508;
            continue dispatch;
          }
          block = 1488;
          continue dispatch;
        }
        case 1488: {
          at = 1488;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b181 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1491;
          rec.enterFrame(0, 1491, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 7);
          __metajit_trace_7(rec, b148!, b181!, b159!);
          rec.leaveFrame();
          block = 1530;
          continue dispatch;
        }
        case 1508: {
          at = 1508;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1512;
          rec.record("call", [__metajit_k0_28, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 1512, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) : rec.noSnapshot) });
          block = 1530;
          continue dispatch;
        }
        case 1530: {
          block = 1678;
          continue dispatch;
        }
        case 1532: {
          u182 = u142 < 0;
          b182 = undefined;
          u183 = u182;
          b183 = b182;
          if (!u182) {
            b183 ??= __metajit_G.bool(u183);
            block = 1566;
            continue dispatch;
          }
          block = 1556;
          continue dispatch;
        }
        case 1556: {
          at = 1556;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = typeof v0;
            b184 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1559;
          {
            const x0 = b184!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b185 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b183 = b185;
          block = 1566;
          continue dispatch;
        }
        case 1566: {
          b186 = b183;
          at = 1569;
          const c1569 = rec.resolve(b183!);
          if (!c1569.isConst) rec.guard(c1569.value === true ? "guard_true" : "guard_false", [c1569], (rec.capturing ? rec.snapshotOwned(0, 1569, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b183!, b186!]) : rec.noSnapshot));
          if (c1569.value !== true) {
            block = 1593;
            continue dispatch;
          }
          block = 1586;
          continue dispatch;
        }
        case 1586: {
          at = 1586;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_29.value as Function);
            b187 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_29], v);
          }
          b186 = b187;
          block = 1593;
          continue dispatch;
        }
        case 1593: {
          b188 = b186;
          at = 1596;
          const c1596 = rec.resolve(b186!);
          if (!c1596.isConst) rec.guard(c1596.value === true ? "guard_true" : "guard_false", [c1596], (rec.capturing ? rec.snapshotOwned(0, 1596, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b186!, b188!]) : rec.noSnapshot));
          if (c1596.value !== true) {
            block = 1635;
            continue dispatch;
          }
          block = 1613;
          continue dispatch;
        }
        case 1613: {
          at = 1613;
          rec.enterFrame(0, 1613, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!], 8);
          b189 = __metajit_trace_8(rec, b148!, b150!, b159!);
          rec.leaveFrame();
          b188 = b189;
          block = 1635;
          continue dispatch;
        }
        case 1635: {
          at = 1635;
          {
            const x0 = rec.resolve(b188!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b190 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 1638;
          const c1638 = b190!;
          if (!c1638.isConst) rec.guard(c1638.value === true ? "guard_true" : "guard_false", [c1638], (rec.capturing ? rec.snapshotOwned(0, 1638, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b190!]) : rec.noSnapshot));
          if (c1638.value !== true) {
            block = 1678;
            continue dispatch;
          }
          block = 1654;
          continue dispatch;
        }
        case 1654: {
          at = 1654;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1658;
          rec.record("call", [__metajit_k0_30, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 1658, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) : rec.noSnapshot) });
          block = 1678;
          continue dispatch;
        }
        case 1678: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 1680: {
          u191 = u8 | 0;
          b191 = undefined;
          u192 = (u2 as Record<string, unknown>)["b"];
          b192 = undefined;
          u193 = u7 | 0;
          b193 = undefined;
          u194 = __metajit_G.asFloat("getarrayitem_imm", (u192 as ArrayLike<unknown>)[u193], "[any]");
          b194 = undefined;
          u195 = u194;
          b195 = undefined;
          u196 = (u2 as Record<string, unknown>)["c"];
          b196 = undefined;
          u197 = u7 | 0;
          b197 = undefined;
          u198 = __metajit_G.asFloat("getarrayitem_imm", (u196 as ArrayLike<unknown>)[u197], "[any]");
          b198 = undefined;
          u199 = u198;
          b199 = undefined;
          at = 1717;
          b200 = rec.record("new", [__metajit_k0_31]);
          at = 1720;
          rec.enterFrame(0, 1720, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b191 ??= __metajit_G.int(u191)), b200!], 9);
          __metajit_trace_9_6(rec, b200!, u195, u199);
          rec.leaveFrame();
          at = 1737;
          rec.record("setarrayitem", [b4!, (b191 ??= __metajit_G.int(u191)), b200!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 1744: {
          u202 = (u2 as Record<string, unknown>)["b"];
          b202 = undefined;
          u203 = u7 | 0;
          b203 = undefined;
          u201 = __metajit_G.asFloat("getarrayitem_imm", (u202 as ArrayLike<unknown>)[u203], "[any]");
          b201 = undefined;
          u205 = (u2 as Record<string, unknown>)["c"];
          b205 = undefined;
          u206 = u7 | 0;
          b206 = undefined;
          u204 = __metajit_G.asFloat("getarrayitem_imm", (u205 as ArrayLike<unknown>)[u206], "[any]");
          b204 = undefined;
          u208 = u201 | 0;
          b208 = undefined;
          at = 1775;
          b207 = rec.record("getarrayitem", [b4!, (b208 ??= __metajit_G.int(u208))], __metajit_o0);
          u211 = u204 >= 0;
          b211 = undefined;
          if (!u211) {
            block = 1815;
            continue dispatch;
          }
          block = 1801;
          continue dispatch;
        }
        case 1801: {
          u212 = u204 | 0;
          b212 = undefined;
          at = 1804;
          b213 = rec.record("getarrayitem", [b4!, (b212 ??= __metajit_G.int(u212))], __metajit_o0);
          b210 = b213;
          block = 1836;
          continue dispatch;
        }
        case 1815: {
          u214 = (u2 as Record<string, unknown>)["k"];
          b214 = undefined;
          u215 = (-1) - u204;
          b215 = undefined;
          u216 = u215 | 0;
          b216 = undefined;
          u217 = (u214 as ArrayLike<unknown>)[u216];
          b217 = undefined;
          u210 = u217;
          b210 = b217;
          b210 ??= __metajit_G.ref(u210);
          block = 1836;
          continue dispatch;
        }
        case 1836: {
          b209 = b210;
          u218 = u8 + 1;
          b218 = undefined;
          u219 = u218 | 0;
          b219 = undefined;
          at = 1846;
          rec.record("setarrayitem", [b4!, (b219 ??= __metajit_G.int(u219)), b207!], __metajit_o1);
          u220 = __metajit_k0_10.value;
          b220 = __metajit_k0_10;
          at = 1854;
          {
            const x0 = rec.resolve(b207!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_32.value as Function);
            b221 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_32], v);
          }
          at = 1858;
          const c1858 = b221!;
          if (!c1858.isConst) rec.guard(c1858.value === true ? "guard_true" : "guard_false", [c1858], (rec.capturing ? rec.snapshotOwned(0, 1858, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!, b221!]) : rec.noSnapshot));
          if (c1858.value !== true) {
            block = 2280;
            continue dispatch;
          }
          block = 1875;
          continue dispatch;
        }
        case 1875: {
          at = 1875;
          {
            const x0 = rec.resolve(b209!);
            const v0 = x0.value;
            const v = typeof v0;
            b222 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1878;
          {
            const x0 = b222!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b223 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 1882;
          const c1882 = b223!;
          if (!c1882.isConst) rec.guard(c1882.value === true ? "guard_true" : "guard_false", [c1882], (rec.capturing ? rec.snapshotOwned(0, 1882, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!, b223!]) : rec.noSnapshot));
          if (c1882.value !== true) {
            block = 1971;
            continue dispatch;
          }
          block = 1899;
          continue dispatch;
        }
        case 1899: {
          u225 = u204 < 0;
          b225 = undefined;
          if (!u225) {
            block = 1944;
            continue dispatch;
          }
          block = 1920;
          continue dispatch;
        }
        case 1920: {
          at = 1920;
          rec.enterFrame(0, 1920, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!], 1);
          b226 = __metajit_trace_1(rec, b207!, b209!);
          rec.leaveFrame();
          b224 = b226;
          block = 1966;
          continue dispatch;
        }
        case 1944: {
          at = 1944;
          rec.enterFrame(0, 1944, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!], 2);
          b227 = __metajit_trace_2(rec, b207!, b209!);
          rec.leaveFrame();
          b224 = b227;
          block = 1966;
          continue dispatch;
        }
        case 1966: {
          b220 = b224;
          block = 1990;
          continue dispatch;
        }
        case 1971: {
          at = 1971;
          rec.enterFrame(0, 1971, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!], 4);
          b220 = __metajit_trace_4(rec, b207!, b209!);
          rec.leaveFrame();
          block = 1990;
          continue dispatch;
        }
        case 1990: {
          at = 1990;
          b228 = rec.record("getfield", [b207!], __metajit_o7);
          at = 1995;
          {
            const x0 = rec.resolve(b220!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b229 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b230 = b229;
          at = 2002;
          const c2002 = b229!;
          if (!c2002.isConst) rec.guard(c2002.value === true ? "guard_true" : "guard_false", [c2002], (rec.capturing ? rec.snapshotOwned(0, 2002, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!, b220!, b228!, b229!, b230!]) : rec.noSnapshot));
          if (c2002.value !== true) {
            block = 2032;
            continue dispatch;
          }
          block = 2022;
          continue dispatch;
        }
        case 2022: {
          at = 2022;
          {
            const x0 = rec.resolve(b228!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b231 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 2026;
          {
            const x0 = b231!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b232 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b230 = b232;
          block = 2032;
          continue dispatch;
        }
        case 2032: {
          at = 2032;
          const c2032 = rec.resolve(b230!);
          if (!c2032.isConst) rec.guard(c2032.value === true ? "guard_true" : "guard_false", [c2032], (rec.capturing ? rec.snapshotOwned(0, 2032, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), (b204 ??= __metajit_G.float(u204)), b207!, b209!, b220!, b228!, b230!]) : rec.noSnapshot));
          if (c2032.value !== true) {
            block = 2278;
            continue dispatch;
          }
          block = 2051;
          continue dispatch;
        }
        case 2051: {
          u235 = u204 < 0;
          b235 = undefined;
          u236 = u235;
          b236 = b235;
          if (!u235) {
            b236 ??= __metajit_G.bool(u236);
            block = 2086;
            continue dispatch;
          }
          block = 2076;
          continue dispatch;
        }
        case 2076: {
          at = 2076;
          {
            const x0 = rec.resolve(b209!);
            const v0 = x0.value;
            const v = typeof v0;
            b237 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2079;
          {
            const x0 = b237!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b238 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b236 = b238;
          block = 2086;
          continue dispatch;
        }
        case 2086: {
          at = 2086;
          const c2086 = rec.resolve(b236!);
          if (!c2086.isConst) rec.guard(c2086.value === true ? "guard_true" : "guard_false", [c2086], (rec.capturing ? rec.snapshotOwned(0, 2086, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b207!, b209!, b228!, b236!]) : rec.noSnapshot));
          if (c2086.value !== true) {
            block = 2126;
            continue dispatch;
          }
          block = 2103;
          continue dispatch;
        }
        case 2103: {
          at = 2103;
          rec.enterFrame(0, 2103, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b207!, b209!], 1);
          b239 = __metajit_trace_1_2(rec, b228!, __metajit_k0_33.value);
          rec.leaveFrame();
          b234 = b239;
          block = 2129;
          continue dispatch;
        }
        case 2126: {
          u234 = __metajit_k0_10.value;
          b234 = __metajit_k0_10;
          b234 ??= __metajit_G.ref(u234);
          block = 2129;
          continue dispatch;
        }
        case 2129: {
          b233 = b234;
          at = 2132;
          {
            const x0 = rec.resolve(b233!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_34.value as Function);
            b240 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_34], v);
          }
          at = 2136;
          const c2136 = b240!;
          if (!c2136.isConst) rec.guard(c2136.value === true ? "guard_true" : "guard_false", [c2136], (rec.capturing ? rec.snapshotOwned(0, 2136, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b207!, b209!, b233!, b240!]) : rec.noSnapshot));
          if (c2136.value !== true) {
            block = 2254;
            continue dispatch;
          }
          block = 2153;
          continue dispatch;
        }
        case 2153: {
          at = 2153;
          rec.enterFrame(0, 2153, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b209!, b233!], 1);
          b220 = __metajit_trace_1(rec, b233!, b209!);
          rec.leaveFrame();
          at = 2171;
          {
            const x0 = rec.resolve(b220!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b241 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b242 = b241;
          at = 2178;
          const c2178 = b241!;
          if (!c2178.isConst) rec.guard(c2178.value === true ? "guard_true" : "guard_false", [c2178], (rec.capturing ? rec.snapshotOwned(0, 2178, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b209!, b220!, b233!, b241!, b242!]) : rec.noSnapshot));
          if (c2178.value !== true) {
            block = 2211;
            continue dispatch;
          }
          block = 2196;
          continue dispatch;
        }
        case 2196: {
          at = 2196;
          b243 = rec.record("getfield", [b233!], __metajit_o7);
          at = 2201;
          {
            const x0 = rec.resolve(b243!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b244 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 2205;
          {
            const x0 = b244!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b245 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b242 = b245;
          block = 2211;
          continue dispatch;
        }
        case 2211: {
          at = 2211;
          const c2211 = rec.resolve(b242!);
          if (!c2211.isConst) rec.guard(c2211.value === true ? "guard_true" : "guard_false", [c2211], (rec.capturing ? rec.snapshotOwned(0, 2211, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b201 ??= __metajit_G.float(u201)), b209!, b220!, b233!, b242!]) : rec.noSnapshot));
          if (c2211.value !== true) {
            block = 2252;
            continue dispatch;
          }
          block = 2228;
          continue dispatch;
        }
        case 2228: {
          at = 2228;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2232;
          b220 = rec.record("call", [__metajit_k0_35, b0!, b233!, b209!, (b201 ??= __metajit_G.float(u201))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 2232, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 2252;
          continue dispatch;
        }
        case 2252: {
          block = 2276;
          continue dispatch;
        }
        case 2254: {
          at = 2254;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2258;
          b220 = rec.record("call", [__metajit_k0_36, b0!, b207!, b209!, (b201 ??= __metajit_G.float(u201))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 2258, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 2276;
          continue dispatch;
        }
        case 2276: {
          block = 2278;
          continue dispatch;
        }
        case 2278: {
          block = 2302;
          continue dispatch;
        }
        case 2280: {
          at = 2280;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2284;
          b220 = rec.record("call", [__metajit_k0_37, b0!, b207!, b209!, (b201 ??= __metajit_G.float(u201))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 2284, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 2302;
          continue dispatch;
        }
        case 2302: {
          u246 = u8 | 0;
          b246 = undefined;
          at = 2305;
          rec.record("setarrayitem", [b4!, (b246 ??= __metajit_G.int(u246)), b220!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 2312: {
          u248 = (u2 as Record<string, unknown>)["b"];
          b248 = undefined;
          u249 = u7 | 0;
          b249 = undefined;
          u247 = __metajit_G.asFloat("getarrayitem_imm", (u248 as ArrayLike<unknown>)[u249], "[any]");
          b247 = undefined;
          u251 = (u2 as Record<string, unknown>)["c"];
          b251 = undefined;
          u252 = u7 | 0;
          b252 = undefined;
          u250 = __metajit_G.asFloat("getarrayitem_imm", (u251 as ArrayLike<unknown>)[u252], "[any]");
          b250 = undefined;
          u255 = u247 >= 0;
          b255 = undefined;
          if (!u255) {
            block = 2373;
            continue dispatch;
          }
          block = 2359;
          continue dispatch;
        }
        case 2359: {
          u256 = u247 | 0;
          b256 = undefined;
          at = 2362;
          b257 = rec.record("getarrayitem", [b4!, (b256 ??= __metajit_G.int(u256))], __metajit_o0);
          b254 = b257;
          block = 2394;
          continue dispatch;
        }
        case 2373: {
          u258 = (u2 as Record<string, unknown>)["k"];
          b258 = undefined;
          u259 = (-1) - u247;
          b259 = undefined;
          u260 = u259 | 0;
          b260 = undefined;
          u261 = (u258 as ArrayLike<unknown>)[u260];
          b261 = undefined;
          u254 = u261;
          b254 = b261;
          b254 ??= __metajit_G.ref(u254);
          block = 2394;
          continue dispatch;
        }
        case 2394: {
          b253 = b254;
          u264 = u250 >= 0;
          b264 = undefined;
          if (!u264) {
            block = 2431;
            continue dispatch;
          }
          block = 2417;
          continue dispatch;
        }
        case 2417: {
          u265 = u250 | 0;
          b265 = undefined;
          at = 2420;
          b266 = rec.record("getarrayitem", [b4!, (b265 ??= __metajit_G.int(u265))], __metajit_o0);
          b263 = b266;
          block = 2452;
          continue dispatch;
        }
        case 2431: {
          u267 = (u2 as Record<string, unknown>)["k"];
          b267 = undefined;
          u268 = (-1) - u250;
          b268 = undefined;
          u269 = u268 | 0;
          b269 = undefined;
          u270 = (u267 as ArrayLike<unknown>)[u269];
          b270 = undefined;
          u263 = u270;
          b263 = b270;
          b263 ??= __metajit_G.ref(u263);
          block = 2452;
          continue dispatch;
        }
        case 2452: {
          b262 = b263;
          at = 2455;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = typeof v0;
            b271 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2458;
          {
            const x0 = b271!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b272 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b273 = b272;
          at = 2465;
          const c2465 = b272!;
          if (!c2465.isConst) rec.guard(c2465.value === true ? "guard_true" : "guard_false", [c2465], (rec.capturing ? rec.snapshotOwned(0, 2465, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b247 ??= __metajit_G.float(u247)), (b250 ??= __metajit_G.float(u250)), b253!, b262!, b272!, b273!]) : rec.noSnapshot));
          if (c2465.value !== true) {
            block = 2493;
            continue dispatch;
          }
          block = 2483;
          continue dispatch;
        }
        case 2483: {
          at = 2483;
          {
            const x0 = rec.resolve(b262!);
            const v0 = x0.value;
            const v = typeof v0;
            b274 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2486;
          {
            const x0 = b274!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b275 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b273 = b275;
          block = 2493;
          continue dispatch;
        }
        case 2493: {
          at = 2493;
          const c2493 = rec.resolve(b273!);
          if (!c2493.isConst) rec.guard(c2493.value === true ? "guard_true" : "guard_false", [c2493], (rec.capturing ? rec.snapshotOwned(0, 2493, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b247 ??= __metajit_G.float(u247)), (b250 ??= __metajit_G.float(u250)), b253!, b262!, b273!]) : rec.noSnapshot));
          if (c2493.value !== true) {
            block = 2533;
            continue dispatch;
          }
          block = 2510;
          continue dispatch;
        }
        case 2510: {
          u276 = u8 | 0;
          b276 = undefined;
          at = 2513;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b277 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2516;
          {
            const x0 = rec.resolve(b262!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b278 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2519;
          {
            const x0 = b277!;
            const v0 = x0.value as number;
            const x1 = b278!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b279 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 2523;
          {
            const x0 = b279!;
            const v0 = x0.value as number;
            const v = v0;
            b280 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2526;
          rec.record("setarrayitem", [b4!, (b276 ??= __metajit_G.int(u276)), b280!], __metajit_o1);
          block = 2565;
          continue dispatch;
        }
        case 2533: {
          at = 2533;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u281 = u8 | 0;
          b281 = undefined;
          at = 2540;
          b282 = rec.record("call", [__metajit_k0_38, b0!, __metajit_k0_40, b253!, b262!, (b247 ??= __metajit_G.float(u247)), (b250 ??= __metajit_G.float(u250))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 2540, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b281 ??= __metajit_G.int(u281))]) : rec.noSnapshot) });
          at = 2560;
          rec.record("setarrayitem", [b4!, (b281 ??= __metajit_G.int(u281)), b282!], __metajit_o1);
          block = 2565;
          continue dispatch;
        }
        case 2565: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 2567: {
          u284 = (u2 as Record<string, unknown>)["b"];
          b284 = undefined;
          u285 = u7 | 0;
          b285 = undefined;
          u283 = __metajit_G.asFloat("getarrayitem_imm", (u284 as ArrayLike<unknown>)[u285], "[any]");
          b283 = undefined;
          u287 = (u2 as Record<string, unknown>)["c"];
          b287 = undefined;
          u288 = u7 | 0;
          b288 = undefined;
          u286 = __metajit_G.asFloat("getarrayitem_imm", (u287 as ArrayLike<unknown>)[u288], "[any]");
          b286 = undefined;
          u291 = u283 >= 0;
          b291 = undefined;
          if (!u291) {
            block = 2628;
            continue dispatch;
          }
          block = 2614;
          continue dispatch;
        }
        case 2614: {
          u292 = u283 | 0;
          b292 = undefined;
          at = 2617;
          b293 = rec.record("getarrayitem", [b4!, (b292 ??= __metajit_G.int(u292))], __metajit_o0);
          b290 = b293;
          block = 2649;
          continue dispatch;
        }
        case 2628: {
          u294 = (u2 as Record<string, unknown>)["k"];
          b294 = undefined;
          u295 = (-1) - u283;
          b295 = undefined;
          u296 = u295 | 0;
          b296 = undefined;
          u297 = (u294 as ArrayLike<unknown>)[u296];
          b297 = undefined;
          u290 = u297;
          b290 = b297;
          b290 ??= __metajit_G.ref(u290);
          block = 2649;
          continue dispatch;
        }
        case 2649: {
          b289 = b290;
          u300 = u286 >= 0;
          b300 = undefined;
          if (!u300) {
            block = 2686;
            continue dispatch;
          }
          block = 2672;
          continue dispatch;
        }
        case 2672: {
          u301 = u286 | 0;
          b301 = undefined;
          at = 2675;
          b302 = rec.record("getarrayitem", [b4!, (b301 ??= __metajit_G.int(u301))], __metajit_o0);
          b299 = b302;
          block = 2707;
          continue dispatch;
        }
        case 2686: {
          u303 = (u2 as Record<string, unknown>)["k"];
          b303 = undefined;
          u304 = (-1) - u286;
          b304 = undefined;
          u305 = u304 | 0;
          b305 = undefined;
          u306 = (u303 as ArrayLike<unknown>)[u305];
          b306 = undefined;
          u299 = u306;
          b299 = b306;
          b299 ??= __metajit_G.ref(u299);
          block = 2707;
          continue dispatch;
        }
        case 2707: {
          b298 = b299;
          at = 2710;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = typeof v0;
            b307 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2713;
          {
            const x0 = b307!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b308 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b309 = b308;
          at = 2720;
          const c2720 = b308!;
          if (!c2720.isConst) rec.guard(c2720.value === true ? "guard_true" : "guard_false", [c2720], (rec.capturing ? rec.snapshotOwned(0, 2720, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b283 ??= __metajit_G.float(u283)), (b286 ??= __metajit_G.float(u286)), b289!, b298!, b308!, b309!]) : rec.noSnapshot));
          if (c2720.value !== true) {
            block = 2748;
            continue dispatch;
          }
          block = 2738;
          continue dispatch;
        }
        case 2738: {
          at = 2738;
          {
            const x0 = rec.resolve(b298!);
            const v0 = x0.value;
            const v = typeof v0;
            b310 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2741;
          {
            const x0 = b310!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b311 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b309 = b311;
          block = 2748;
          continue dispatch;
        }
        case 2748: {
          at = 2748;
          const c2748 = rec.resolve(b309!);
          if (!c2748.isConst) rec.guard(c2748.value === true ? "guard_true" : "guard_false", [c2748], (rec.capturing ? rec.snapshotOwned(0, 2748, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b283 ??= __metajit_G.float(u283)), (b286 ??= __metajit_G.float(u286)), b289!, b298!, b309!]) : rec.noSnapshot));
          if (c2748.value !== true) {
            block = 2788;
            continue dispatch;
          }
          block = 2765;
          continue dispatch;
        }
        case 2765: {
          u312 = u8 | 0;
          b312 = undefined;
          at = 2768;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b313 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2771;
          {
            const x0 = rec.resolve(b298!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b314 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2774;
          {
            const x0 = b313!;
            const v0 = x0.value as number;
            const x1 = b314!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b315 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 2778;
          {
            const x0 = b315!;
            const v0 = x0.value as number;
            const v = v0;
            b316 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2781;
          rec.record("setarrayitem", [b4!, (b312 ??= __metajit_G.int(u312)), b316!], __metajit_o1);
          block = 2820;
          continue dispatch;
        }
        case 2788: {
          at = 2788;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u317 = u8 | 0;
          b317 = undefined;
          at = 2795;
          b318 = rec.record("call", [__metajit_k0_41, b0!, __metajit_k0_43, b289!, b298!, (b283 ??= __metajit_G.float(u283)), (b286 ??= __metajit_G.float(u286))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 2795, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b317 ??= __metajit_G.int(u317))]) : rec.noSnapshot) });
          at = 2815;
          rec.record("setarrayitem", [b4!, (b317 ??= __metajit_G.int(u317)), b318!], __metajit_o1);
          block = 2820;
          continue dispatch;
        }
        case 2820: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 2822: {
          u320 = (u2 as Record<string, unknown>)["b"];
          b320 = undefined;
          u321 = u7 | 0;
          b321 = undefined;
          u319 = __metajit_G.asFloat("getarrayitem_imm", (u320 as ArrayLike<unknown>)[u321], "[any]");
          b319 = undefined;
          u323 = (u2 as Record<string, unknown>)["c"];
          b323 = undefined;
          u324 = u7 | 0;
          b324 = undefined;
          u322 = __metajit_G.asFloat("getarrayitem_imm", (u323 as ArrayLike<unknown>)[u324], "[any]");
          b322 = undefined;
          u327 = u319 >= 0;
          b327 = undefined;
          if (!u327) {
            block = 2883;
            continue dispatch;
          }
          block = 2869;
          continue dispatch;
        }
        case 2869: {
          u328 = u319 | 0;
          b328 = undefined;
          at = 2872;
          b329 = rec.record("getarrayitem", [b4!, (b328 ??= __metajit_G.int(u328))], __metajit_o0);
          b326 = b329;
          block = 2904;
          continue dispatch;
        }
        case 2883: {
          u330 = (u2 as Record<string, unknown>)["k"];
          b330 = undefined;
          u331 = (-1) - u319;
          b331 = undefined;
          u332 = u331 | 0;
          b332 = undefined;
          u333 = (u330 as ArrayLike<unknown>)[u332];
          b333 = undefined;
          u326 = u333;
          b326 = b333;
          b326 ??= __metajit_G.ref(u326);
          block = 2904;
          continue dispatch;
        }
        case 2904: {
          b325 = b326;
          u336 = u322 >= 0;
          b336 = undefined;
          if (!u336) {
            block = 2941;
            continue dispatch;
          }
          block = 2927;
          continue dispatch;
        }
        case 2927: {
          u337 = u322 | 0;
          b337 = undefined;
          at = 2930;
          b338 = rec.record("getarrayitem", [b4!, (b337 ??= __metajit_G.int(u337))], __metajit_o0);
          b335 = b338;
          block = 2962;
          continue dispatch;
        }
        case 2941: {
          u339 = (u2 as Record<string, unknown>)["k"];
          b339 = undefined;
          u340 = (-1) - u322;
          b340 = undefined;
          u341 = u340 | 0;
          b341 = undefined;
          u342 = (u339 as ArrayLike<unknown>)[u341];
          b342 = undefined;
          u335 = u342;
          b335 = b342;
          b335 ??= __metajit_G.ref(u335);
          block = 2962;
          continue dispatch;
        }
        case 2962: {
          b334 = b335;
          at = 2965;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = typeof v0;
            b343 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2968;
          {
            const x0 = b343!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b344 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b345 = b344;
          at = 2975;
          const c2975 = b344!;
          if (!c2975.isConst) rec.guard(c2975.value === true ? "guard_true" : "guard_false", [c2975], (rec.capturing ? rec.snapshotOwned(0, 2975, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b319 ??= __metajit_G.float(u319)), (b322 ??= __metajit_G.float(u322)), b325!, b334!, b344!, b345!]) : rec.noSnapshot));
          if (c2975.value !== true) {
            block = 3003;
            continue dispatch;
          }
          block = 2993;
          continue dispatch;
        }
        case 2993: {
          at = 2993;
          {
            const x0 = rec.resolve(b334!);
            const v0 = x0.value;
            const v = typeof v0;
            b346 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2996;
          {
            const x0 = b346!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b347 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b345 = b347;
          block = 3003;
          continue dispatch;
        }
        case 3003: {
          at = 3003;
          const c3003 = rec.resolve(b345!);
          if (!c3003.isConst) rec.guard(c3003.value === true ? "guard_true" : "guard_false", [c3003], (rec.capturing ? rec.snapshotOwned(0, 3003, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b319 ??= __metajit_G.float(u319)), (b322 ??= __metajit_G.float(u322)), b325!, b334!, b345!]) : rec.noSnapshot));
          if (c3003.value !== true) {
            block = 3043;
            continue dispatch;
          }
          block = 3020;
          continue dispatch;
        }
        case 3020: {
          u348 = u8 | 0;
          b348 = undefined;
          at = 3023;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b349 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3026;
          {
            const x0 = rec.resolve(b334!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b350 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3029;
          {
            const x0 = b349!;
            const v0 = x0.value as number;
            const x1 = b350!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b351 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 3033;
          {
            const x0 = b351!;
            const v0 = x0.value as number;
            const v = v0;
            b352 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3036;
          rec.record("setarrayitem", [b4!, (b348 ??= __metajit_G.int(u348)), b352!], __metajit_o1);
          block = 3075;
          continue dispatch;
        }
        case 3043: {
          at = 3043;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u353 = u8 | 0;
          b353 = undefined;
          at = 3050;
          b354 = rec.record("call", [__metajit_k0_44, b0!, __metajit_k0_46, b325!, b334!, (b319 ??= __metajit_G.float(u319)), (b322 ??= __metajit_G.float(u322))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3050, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b353 ??= __metajit_G.int(u353))]) : rec.noSnapshot) });
          at = 3070;
          rec.record("setarrayitem", [b4!, (b353 ??= __metajit_G.int(u353)), b354!], __metajit_o1);
          block = 3075;
          continue dispatch;
        }
        case 3075: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 3077: {
          u356 = (u2 as Record<string, unknown>)["b"];
          b356 = undefined;
          u357 = u7 | 0;
          b357 = undefined;
          u355 = __metajit_G.asFloat("getarrayitem_imm", (u356 as ArrayLike<unknown>)[u357], "[any]");
          b355 = undefined;
          u359 = (u2 as Record<string, unknown>)["c"];
          b359 = undefined;
          u360 = u7 | 0;
          b360 = undefined;
          u358 = __metajit_G.asFloat("getarrayitem_imm", (u359 as ArrayLike<unknown>)[u360], "[any]");
          b358 = undefined;
          u363 = u355 >= 0;
          b363 = undefined;
          if (!u363) {
            block = 3138;
            continue dispatch;
          }
          block = 3124;
          continue dispatch;
        }
        case 3124: {
          u364 = u355 | 0;
          b364 = undefined;
          at = 3127;
          b365 = rec.record("getarrayitem", [b4!, (b364 ??= __metajit_G.int(u364))], __metajit_o0);
          b362 = b365;
          block = 3159;
          continue dispatch;
        }
        case 3138: {
          u366 = (u2 as Record<string, unknown>)["k"];
          b366 = undefined;
          u367 = (-1) - u355;
          b367 = undefined;
          u368 = u367 | 0;
          b368 = undefined;
          u369 = (u366 as ArrayLike<unknown>)[u368];
          b369 = undefined;
          u362 = u369;
          b362 = b369;
          b362 ??= __metajit_G.ref(u362);
          block = 3159;
          continue dispatch;
        }
        case 3159: {
          b361 = b362;
          u372 = u358 >= 0;
          b372 = undefined;
          if (!u372) {
            block = 3196;
            continue dispatch;
          }
          block = 3182;
          continue dispatch;
        }
        case 3182: {
          u373 = u358 | 0;
          b373 = undefined;
          at = 3185;
          b374 = rec.record("getarrayitem", [b4!, (b373 ??= __metajit_G.int(u373))], __metajit_o0);
          b371 = b374;
          block = 3217;
          continue dispatch;
        }
        case 3196: {
          u375 = (u2 as Record<string, unknown>)["k"];
          b375 = undefined;
          u376 = (-1) - u358;
          b376 = undefined;
          u377 = u376 | 0;
          b377 = undefined;
          u378 = (u375 as ArrayLike<unknown>)[u377];
          b378 = undefined;
          u371 = u378;
          b371 = b378;
          b371 ??= __metajit_G.ref(u371);
          block = 3217;
          continue dispatch;
        }
        case 3217: {
          b370 = b371;
          at = 3220;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = typeof v0;
            b379 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3223;
          {
            const x0 = b379!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b380 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b381 = b380;
          at = 3230;
          const c3230 = b380!;
          if (!c3230.isConst) rec.guard(c3230.value === true ? "guard_true" : "guard_false", [c3230], (rec.capturing ? rec.snapshotOwned(0, 3230, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b355 ??= __metajit_G.float(u355)), (b358 ??= __metajit_G.float(u358)), b361!, b370!, b380!, b381!]) : rec.noSnapshot));
          if (c3230.value !== true) {
            block = 3258;
            continue dispatch;
          }
          block = 3248;
          continue dispatch;
        }
        case 3248: {
          at = 3248;
          {
            const x0 = rec.resolve(b370!);
            const v0 = x0.value;
            const v = typeof v0;
            b382 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3251;
          {
            const x0 = b382!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b383 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b381 = b383;
          block = 3258;
          continue dispatch;
        }
        case 3258: {
          at = 3258;
          const c3258 = rec.resolve(b381!);
          if (!c3258.isConst) rec.guard(c3258.value === true ? "guard_true" : "guard_false", [c3258], (rec.capturing ? rec.snapshotOwned(0, 3258, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b355 ??= __metajit_G.float(u355)), (b358 ??= __metajit_G.float(u358)), b361!, b370!, b381!]) : rec.noSnapshot));
          if (c3258.value !== true) {
            block = 3298;
            continue dispatch;
          }
          block = 3275;
          continue dispatch;
        }
        case 3275: {
          u384 = u8 | 0;
          b384 = undefined;
          at = 3278;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b385 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3281;
          {
            const x0 = rec.resolve(b370!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b386 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3284;
          {
            const x0 = b385!;
            const v0 = x0.value as number;
            const x1 = b386!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b387 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3288;
          {
            const x0 = b387!;
            const v0 = x0.value as number;
            const v = v0;
            b388 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3291;
          rec.record("setarrayitem", [b4!, (b384 ??= __metajit_G.int(u384)), b388!], __metajit_o1);
          block = 3330;
          continue dispatch;
        }
        case 3298: {
          at = 3298;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u389 = u8 | 0;
          b389 = undefined;
          at = 3305;
          b390 = rec.record("call", [__metajit_k0_47, b0!, __metajit_k0_49, b361!, b370!, (b355 ??= __metajit_G.float(u355)), (b358 ??= __metajit_G.float(u358))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3305, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b389 ??= __metajit_G.int(u389))]) : rec.noSnapshot) });
          at = 3325;
          rec.record("setarrayitem", [b4!, (b389 ??= __metajit_G.int(u389)), b390!], __metajit_o1);
          block = 3330;
          continue dispatch;
        }
        case 3330: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 3332: {
          u392 = (u2 as Record<string, unknown>)["b"];
          b392 = undefined;
          u393 = u7 | 0;
          b393 = undefined;
          u391 = __metajit_G.asFloat("getarrayitem_imm", (u392 as ArrayLike<unknown>)[u393], "[any]");
          b391 = undefined;
          u395 = (u2 as Record<string, unknown>)["c"];
          b395 = undefined;
          u396 = u7 | 0;
          b396 = undefined;
          u394 = __metajit_G.asFloat("getarrayitem_imm", (u395 as ArrayLike<unknown>)[u396], "[any]");
          b394 = undefined;
          u399 = u391 >= 0;
          b399 = undefined;
          if (!u399) {
            block = 3393;
            continue dispatch;
          }
          block = 3379;
          continue dispatch;
        }
        case 3379: {
          u400 = u391 | 0;
          b400 = undefined;
          at = 3382;
          b401 = rec.record("getarrayitem", [b4!, (b400 ??= __metajit_G.int(u400))], __metajit_o0);
          b398 = b401;
          block = 3414;
          continue dispatch;
        }
        case 3393: {
          u402 = (u2 as Record<string, unknown>)["k"];
          b402 = undefined;
          u403 = (-1) - u391;
          b403 = undefined;
          u404 = u403 | 0;
          b404 = undefined;
          u405 = (u402 as ArrayLike<unknown>)[u404];
          b405 = undefined;
          u398 = u405;
          b398 = b405;
          b398 ??= __metajit_G.ref(u398);
          block = 3414;
          continue dispatch;
        }
        case 3414: {
          b397 = b398;
          u408 = u394 >= 0;
          b408 = undefined;
          if (!u408) {
            block = 3451;
            continue dispatch;
          }
          block = 3437;
          continue dispatch;
        }
        case 3437: {
          u409 = u394 | 0;
          b409 = undefined;
          at = 3440;
          b410 = rec.record("getarrayitem", [b4!, (b409 ??= __metajit_G.int(u409))], __metajit_o0);
          b407 = b410;
          block = 3472;
          continue dispatch;
        }
        case 3451: {
          u411 = (u2 as Record<string, unknown>)["k"];
          b411 = undefined;
          u412 = (-1) - u394;
          b412 = undefined;
          u413 = u412 | 0;
          b413 = undefined;
          u414 = (u411 as ArrayLike<unknown>)[u413];
          b414 = undefined;
          u407 = u414;
          b407 = b414;
          b407 ??= __metajit_G.ref(u407);
          block = 3472;
          continue dispatch;
        }
        case 3472: {
          b406 = b407;
          at = 3475;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = typeof v0;
            b415 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3478;
          {
            const x0 = b415!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b416 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b417 = b416;
          at = 3485;
          const c3485 = b416!;
          if (!c3485.isConst) rec.guard(c3485.value === true ? "guard_true" : "guard_false", [c3485], (rec.capturing ? rec.snapshotOwned(0, 3485, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b391 ??= __metajit_G.float(u391)), (b394 ??= __metajit_G.float(u394)), b397!, b406!, b416!, b417!]) : rec.noSnapshot));
          if (c3485.value !== true) {
            block = 3513;
            continue dispatch;
          }
          block = 3503;
          continue dispatch;
        }
        case 3503: {
          at = 3503;
          {
            const x0 = rec.resolve(b406!);
            const v0 = x0.value;
            const v = typeof v0;
            b418 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3506;
          {
            const x0 = b418!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b419 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b417 = b419;
          block = 3513;
          continue dispatch;
        }
        case 3513: {
          at = 3513;
          const c3513 = rec.resolve(b417!);
          if (!c3513.isConst) rec.guard(c3513.value === true ? "guard_true" : "guard_false", [c3513], (rec.capturing ? rec.snapshotOwned(0, 3513, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b391 ??= __metajit_G.float(u391)), (b394 ??= __metajit_G.float(u394)), b397!, b406!, b417!]) : rec.noSnapshot));
          if (c3513.value !== true) {
            block = 3564;
            continue dispatch;
          }
          block = 3530;
          continue dispatch;
        }
        case 3530: {
          u420 = u8 | 0;
          b420 = undefined;
          at = 3533;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b421 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3536;
          {
            const x0 = rec.resolve(b406!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b422 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3539;
          rec.enterFrame(0, 3539, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b420 ??= __metajit_G.int(u420))], 10);
          b423 = __metajit_trace_10(rec, b421!, b422!);
          rec.leaveFrame();
          at = 3554;
          {
            const x0 = rec.resolve(b423!);
            const v0 = x0.value as number;
            const v = v0;
            b424 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3557;
          rec.record("setarrayitem", [b4!, (b420 ??= __metajit_G.int(u420)), b424!], __metajit_o1);
          block = 3596;
          continue dispatch;
        }
        case 3564: {
          at = 3564;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u425 = u8 | 0;
          b425 = undefined;
          at = 3571;
          b426 = rec.record("call", [__metajit_k0_50, b0!, __metajit_k0_52, b397!, b406!, (b391 ??= __metajit_G.float(u391)), (b394 ??= __metajit_G.float(u394))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3571, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b425 ??= __metajit_G.int(u425))]) : rec.noSnapshot) });
          at = 3591;
          rec.record("setarrayitem", [b4!, (b425 ??= __metajit_G.int(u425)), b426!], __metajit_o1);
          block = 3596;
          continue dispatch;
        }
        case 3596: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 3598: {
          u428 = (u2 as Record<string, unknown>)["b"];
          b428 = undefined;
          u429 = u7 | 0;
          b429 = undefined;
          u427 = __metajit_G.asFloat("getarrayitem_imm", (u428 as ArrayLike<unknown>)[u429], "[any]");
          b427 = undefined;
          u431 = (u2 as Record<string, unknown>)["c"];
          b431 = undefined;
          u432 = u7 | 0;
          b432 = undefined;
          u430 = __metajit_G.asFloat("getarrayitem_imm", (u431 as ArrayLike<unknown>)[u432], "[any]");
          b430 = undefined;
          u435 = u427 >= 0;
          b435 = undefined;
          if (!u435) {
            block = 3659;
            continue dispatch;
          }
          block = 3645;
          continue dispatch;
        }
        case 3645: {
          u436 = u427 | 0;
          b436 = undefined;
          at = 3648;
          b437 = rec.record("getarrayitem", [b4!, (b436 ??= __metajit_G.int(u436))], __metajit_o0);
          b434 = b437;
          block = 3680;
          continue dispatch;
        }
        case 3659: {
          u438 = (u2 as Record<string, unknown>)["k"];
          b438 = undefined;
          u439 = (-1) - u427;
          b439 = undefined;
          u440 = u439 | 0;
          b440 = undefined;
          u441 = (u438 as ArrayLike<unknown>)[u440];
          b441 = undefined;
          u434 = u441;
          b434 = b441;
          b434 ??= __metajit_G.ref(u434);
          block = 3680;
          continue dispatch;
        }
        case 3680: {
          b433 = b434;
          u444 = u430 >= 0;
          b444 = undefined;
          if (!u444) {
            block = 3717;
            continue dispatch;
          }
          block = 3703;
          continue dispatch;
        }
        case 3703: {
          u445 = u430 | 0;
          b445 = undefined;
          at = 3706;
          b446 = rec.record("getarrayitem", [b4!, (b445 ??= __metajit_G.int(u445))], __metajit_o0);
          b443 = b446;
          block = 3738;
          continue dispatch;
        }
        case 3717: {
          u447 = (u2 as Record<string, unknown>)["k"];
          b447 = undefined;
          u448 = (-1) - u430;
          b448 = undefined;
          u449 = u448 | 0;
          b449 = undefined;
          u450 = (u447 as ArrayLike<unknown>)[u449];
          b450 = undefined;
          u443 = u450;
          b443 = b450;
          b443 ??= __metajit_G.ref(u443);
          block = 3738;
          continue dispatch;
        }
        case 3738: {
          b442 = b443;
          at = 3741;
          {
            const x0 = rec.resolve(b433!);
            const v0 = x0.value;
            const v = typeof v0;
            b451 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3744;
          {
            const x0 = b451!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b452 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b453 = b452;
          at = 3751;
          const c3751 = b452!;
          if (!c3751.isConst) rec.guard(c3751.value === true ? "guard_true" : "guard_false", [c3751], (rec.capturing ? rec.snapshotOwned(0, 3751, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b427 ??= __metajit_G.float(u427)), (b430 ??= __metajit_G.float(u430)), b433!, b442!, b452!, b453!]) : rec.noSnapshot));
          if (c3751.value !== true) {
            block = 3779;
            continue dispatch;
          }
          block = 3769;
          continue dispatch;
        }
        case 3769: {
          at = 3769;
          {
            const x0 = rec.resolve(b442!);
            const v0 = x0.value;
            const v = typeof v0;
            b454 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3772;
          {
            const x0 = b454!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b455 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b453 = b455;
          block = 3779;
          continue dispatch;
        }
        case 3779: {
          at = 3779;
          const c3779 = rec.resolve(b453!);
          if (!c3779.isConst) rec.guard(c3779.value === true ? "guard_true" : "guard_false", [c3779], (rec.capturing ? rec.snapshotOwned(0, 3779, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b427 ??= __metajit_G.float(u427)), (b430 ??= __metajit_G.float(u430)), b433!, b442!, b453!]) : rec.noSnapshot));
          if (c3779.value !== true) {
            block = 3831;
            continue dispatch;
          }
          block = 3796;
          continue dispatch;
        }
        case 3796: {
          u456 = u8 | 0;
          b456 = undefined;
          at = 3799;
          {
            const x0 = rec.resolve(b433!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b457 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3802;
          {
            const x0 = rec.resolve(b442!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b458 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3805;
          b459 = rec.record("call_pure", [__metajit_k0_53, b457!, b458!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3805, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b456 ??= __metajit_G.int(u456))]) : rec.noSnapshot) });
          at = 3821;
          {
            const x0 = b459!;
            const v0 = x0.value as number;
            const v = v0;
            b460 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3824;
          rec.record("setarrayitem", [b4!, (b456 ??= __metajit_G.int(u456)), b460!], __metajit_o1);
          block = 3863;
          continue dispatch;
        }
        case 3831: {
          at = 3831;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u461 = u8 | 0;
          b461 = undefined;
          at = 3838;
          b462 = rec.record("call", [__metajit_k0_54, b0!, __metajit_k0_56, b433!, b442!, (b427 ??= __metajit_G.float(u427)), (b430 ??= __metajit_G.float(u430))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3838, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b461 ??= __metajit_G.int(u461))]) : rec.noSnapshot) });
          at = 3858;
          rec.record("setarrayitem", [b4!, (b461 ??= __metajit_G.int(u461)), b462!], __metajit_o1);
          block = 3863;
          continue dispatch;
        }
        case 3863: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 3865: {
          u464 = (u2 as Record<string, unknown>)["b"];
          b464 = undefined;
          u465 = u7 | 0;
          b465 = undefined;
          u463 = __metajit_G.asFloat("getarrayitem_imm", (u464 as ArrayLike<unknown>)[u465], "[any]");
          b463 = undefined;
          u467 = u463 | 0;
          b467 = undefined;
          at = 3882;
          b466 = rec.record("getarrayitem", [b4!, (b467 ??= __metajit_G.int(u467))], __metajit_o0);
          at = 3888;
          {
            const x0 = rec.resolve(b466!);
            const v0 = x0.value;
            const v = typeof v0;
            b468 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3891;
          {
            const x0 = b468!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b469 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 3895;
          const c3895 = b469!;
          if (!c3895.isConst) rec.guard(c3895.value === true ? "guard_true" : "guard_false", [c3895], (rec.capturing ? rec.snapshotOwned(0, 3895, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b463 ??= __metajit_G.float(u463)), b466!, b469!]) : rec.noSnapshot));
          if (c3895.value !== true) {
            block = 3929;
            continue dispatch;
          }
          block = 3910;
          continue dispatch;
        }
        case 3910: {
          u470 = u8 | 0;
          b470 = undefined;
          at = 3913;
          {
            const x0 = rec.resolve(b466!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b471 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3916;
          {
            const x0 = b471!;
            const v0 = x0.value as number;
            const v = -v0;
            b472 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_neg", [x0], v);
          }
          at = 3919;
          {
            const x0 = b472!;
            const v0 = x0.value as number;
            const v = v0;
            b473 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3922;
          rec.record("setarrayitem", [b4!, (b470 ??= __metajit_G.int(u470)), b473!], __metajit_o1);
          block = 3961;
          continue dispatch;
        }
        case 3929: {
          at = 3929;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u474 = u8 | 0;
          b474 = undefined;
          at = 3936;
          b475 = rec.record("call", [__metajit_k0_57, b0!, __metajit_k0_59, b466!, b466!, (b463 ??= __metajit_G.float(u463)), (b463 ??= __metajit_G.float(u463))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 3936, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b474 ??= __metajit_G.int(u474))]) : rec.noSnapshot) });
          at = 3956;
          rec.record("setarrayitem", [b4!, (b474 ??= __metajit_G.int(u474)), b475!], __metajit_o1);
          block = 3961;
          continue dispatch;
        }
        case 3961: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 3963: {
          u477 = (u2 as Record<string, unknown>)["b"];
          b477 = undefined;
          u478 = u7 | 0;
          b478 = undefined;
          u479 = __metajit_G.asFloat("getarrayitem_imm", (u477 as ArrayLike<unknown>)[u478], "[any]");
          b479 = undefined;
          u480 = u479 | 0;
          b480 = undefined;
          at = 3980;
          b476 = rec.record("getarrayitem", [b4!, (b480 ??= __metajit_G.int(u480))], __metajit_o0);
          u481 = u8 | 0;
          b481 = undefined;
          at = 3989;
          {
            const x0 = rec.resolve(b476!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b482 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 3993;
          {
            const x0 = b482!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b483 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b484 = b482;
          at = 3999;
          const c3999 = b483!;
          if (!c3999.isConst) rec.guard(c3999.value === true ? "guard_true" : "guard_false", [c3999], (rec.capturing ? rec.snapshotOwned(0, 3999, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b476!, (b481 ??= __metajit_G.int(u481)), b483!, b484!]) : rec.noSnapshot));
          if (c3999.value !== true) {
            block = 4021;
            continue dispatch;
          }
          block = 4014;
          continue dispatch;
        }
        case 4014: {
          at = 4014;
          {
            const x0 = rec.resolve(b476!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b485 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          b484 = b485;
          block = 4021;
          continue dispatch;
        }
        case 4021: {
          at = 4021;
          {
            const x0 = rec.resolve(b484!);
            const v0 = x0.value as boolean;
            const v = v0;
            b486 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_bool_to_ref", [x0], v);
          }
          at = 4024;
          rec.record("setarrayitem", [b4!, (b481 ??= __metajit_G.int(u481)), b486!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 4031: {
          u488 = (u2 as Record<string, unknown>)["b"];
          b488 = undefined;
          u489 = u7 | 0;
          b489 = undefined;
          u487 = __metajit_G.asFloat("getarrayitem_imm", (u488 as ArrayLike<unknown>)[u489], "[any]");
          b487 = undefined;
          u491 = u487 | 0;
          b491 = undefined;
          at = 4048;
          b490 = rec.record("getarrayitem", [b4!, (b491 ??= __metajit_G.int(u491))], __metajit_o0);
          at = 4054;
          {
            const x0 = rec.resolve(b490!);
            const v0 = x0.value;
            const v = typeof v0;
            b492 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4057;
          {
            const x0 = b492!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b493 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 4061;
          const c4061 = b493!;
          if (!c4061.isConst) rec.guard(c4061.value === true ? "guard_true" : "guard_false", [c4061], (rec.capturing ? rec.snapshotOwned(0, 4061, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b487 ??= __metajit_G.float(u487)), b490!, b493!]) : rec.noSnapshot));
          if (c4061.value !== true) {
            block = 4104;
            continue dispatch;
          }
          block = 4076;
          continue dispatch;
        }
        case 4076: {
          u494 = u8 | 0;
          b494 = undefined;
          at = 4079;
          b495 = rec.record("call_pure", [__metajit_k0_62, b490!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(0, 4079, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b494 ??= __metajit_G.int(u494))]) : rec.noSnapshot) });
          at = 4094;
          {
            const x0 = b495!;
            const v0 = x0.value as number;
            const v = v0;
            b496 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4097;
          rec.record("setarrayitem", [b4!, (b494 ??= __metajit_G.int(u494)), b496!], __metajit_o1);
          block = 4179;
          continue dispatch;
        }
        case 4104: {
          at = 4104;
          {
            const x0 = rec.resolve(b490!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_63.value as Function);
            b497 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_63], v);
          }
          at = 4108;
          const c4108 = b497!;
          if (!c4108.isConst) rec.guard(c4108.value === true ? "guard_true" : "guard_false", [c4108], (rec.capturing ? rec.snapshotOwned(0, 4108, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b487 ??= __metajit_G.float(u487)), b490!, b497!]) : rec.noSnapshot));
          if (c4108.value !== true) {
            block = 4150;
            continue dispatch;
          }
          block = 4123;
          continue dispatch;
        }
        case 4123: {
          u498 = u8 | 0;
          b498 = undefined;
          at = 4126;
          rec.enterFrame(0, 4126, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b498 ??= __metajit_G.int(u498))], 11);
          b499 = __metajit_trace_11(rec, b490!);
          rec.leaveFrame();
          at = 4140;
          {
            const x0 = rec.resolve(b499!);
            const v0 = x0.value as number;
            const v = v0;
            b500 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4143;
          rec.record("setarrayitem", [b4!, (b498 ??= __metajit_G.int(u498)), b500!], __metajit_o1);
          block = 4179;
          continue dispatch;
        }
        case 4150: {
          at = 4150;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u501 = u8 | 0;
          b501 = undefined;
          at = 4157;
          b502 = rec.record("call", [__metajit_k0_64, b0!, b490!, (b487 ??= __metajit_G.float(u487))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 4157, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b501 ??= __metajit_G.int(u501))]) : rec.noSnapshot) });
          at = 4174;
          rec.record("setarrayitem", [b4!, (b501 ??= __metajit_G.int(u501)), b502!], __metajit_o1);
          block = 4179;
          continue dispatch;
        }
        case 4179: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 4181: {
          u504 = (u2 as Record<string, unknown>)["b"];
          b504 = undefined;
          u505 = u7 | 0;
          b505 = undefined;
          u503 = __metajit_G.asFloat("getarrayitem_imm", (u504 as ArrayLike<unknown>)[u505], "[any]");
          b503 = undefined;
          u507 = (u2 as Record<string, unknown>)["c"];
          b507 = undefined;
          u508 = u7 | 0;
          b508 = undefined;
          u506 = __metajit_G.asFloat("getarrayitem_imm", (u507 as ArrayLike<unknown>)[u508], "[any]");
          b506 = undefined;
          u510 = u503 | 0;
          b510 = undefined;
          at = 4212;
          b509 = rec.record("getarrayitem", [b4!, (b510 ??= __metajit_G.int(u510))], __metajit_o0);
          u512 = u506 | 0;
          b512 = undefined;
          at = 4221;
          b511 = rec.record("getarrayitem", [b4!, (b512 ??= __metajit_G.int(u512))], __metajit_o0);
          u513 = u503 + 1;
          b513 = undefined;
          u514 = u506 === u513;
          b514 = undefined;
          u515 = u514;
          b515 = b514;
          if (!u514) {
            b515 ??= __metajit_G.bool(u515);
            block = 4266;
            continue dispatch;
          }
          block = 4256;
          continue dispatch;
        }
        case 4256: {
          at = 4256;
          {
            const x0 = rec.resolve(b509!);
            const v0 = x0.value;
            const v = typeof v0;
            b516 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4259;
          {
            const x0 = b516!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b517 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b515 = b517;
          block = 4266;
          continue dispatch;
        }
        case 4266: {
          b518 = b515;
          at = 4269;
          const c4269 = rec.resolve(b515!);
          if (!c4269.isConst) rec.guard(c4269.value === true ? "guard_true" : "guard_false", [c4269], (rec.capturing ? rec.snapshotOwned(0, 4269, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b503 ??= __metajit_G.float(u503)), (b506 ??= __metajit_G.float(u506)), b509!, b511!, b515!, b518!]) : rec.noSnapshot));
          if (c4269.value !== true) {
            block = 4297;
            continue dispatch;
          }
          block = 4287;
          continue dispatch;
        }
        case 4287: {
          at = 4287;
          {
            const x0 = rec.resolve(b511!);
            const v0 = x0.value;
            const v = typeof v0;
            b519 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4290;
          {
            const x0 = b519!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b520 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b518 = b520;
          block = 4297;
          continue dispatch;
        }
        case 4297: {
          at = 4297;
          const c4297 = rec.resolve(b518!);
          if (!c4297.isConst) rec.guard(c4297.value === true ? "guard_true" : "guard_false", [c4297], (rec.capturing ? rec.snapshotOwned(0, 4297, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b503 ??= __metajit_G.float(u503)), (b506 ??= __metajit_G.float(u506)), b509!, b511!, b518!]) : rec.noSnapshot));
          if (c4297.value !== true) {
            block = 4340;
            continue dispatch;
          }
          block = 4314;
          continue dispatch;
        }
        case 4314: {
          u521 = u8 | 0;
          b521 = undefined;
          at = 4317;
          b522 = rec.record("call_pure", [__metajit_k0_65, b509!, b511!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 4317, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b521 ??= __metajit_G.int(u521))]) : rec.noSnapshot) });
          at = 4333;
          rec.record("setarrayitem", [b4!, (b521 ??= __metajit_G.int(u521)), b522!], __metajit_o1);
          block = 4370;
          continue dispatch;
        }
        case 4340: {
          at = 4340;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u523 = u8 | 0;
          b523 = undefined;
          at = 4347;
          b524 = rec.record("call", [__metajit_k0_66, b0!, b4!, (b503 ??= __metajit_G.float(u503)), (b506 ??= __metajit_G.float(u506))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 4347, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b523 ??= __metajit_G.int(u523))]) : rec.noSnapshot) });
          at = 4365;
          rec.record("setarrayitem", [b4!, (b523 ??= __metajit_G.int(u523)), b524!], __metajit_o1);
          block = 4370;
          continue dispatch;
        }
        case 4370: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 4372: {
          u526 = (u2 as Record<string, unknown>)["b"];
          b526 = undefined;
          u527 = u7 | 0;
          b527 = undefined;
          u525 = __metajit_G.asFloat("getarrayitem_imm", (u526 as ArrayLike<unknown>)[u527], "[any]");
          b525 = undefined;
          u528 = u1 + u525;
          b528 = undefined;
          u529 = u528 | 0;
          b529 = undefined;
          u1 = u529;
          b1 = undefined;
          u530 = u525 < 0;
          b530 = undefined;
          if (!u530) {
            block = 4414;
            continue dispatch;
          }
          block = 4412;
          continue dispatch;
        }
        case 4412: {
          block = 4414;
          continue dispatch;
        }
        case 4414: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 4416: {
          u532 = (u2 as Record<string, unknown>)["b"];
          b532 = undefined;
          u533 = u7 | 0;
          b533 = undefined;
          u531 = __metajit_G.asFloat("getarrayitem_imm", (u532 as ArrayLike<unknown>)[u533], "[any]");
          b531 = undefined;
          u535 = (u2 as Record<string, unknown>)["c"];
          b535 = undefined;
          u536 = u7 | 0;
          b536 = undefined;
          u534 = __metajit_G.asFloat("getarrayitem_imm", (u535 as ArrayLike<unknown>)[u536], "[any]");
          b534 = undefined;
          u539 = u531 >= 0;
          b539 = undefined;
          if (!u539) {
            block = 4477;
            continue dispatch;
          }
          block = 4463;
          continue dispatch;
        }
        case 4463: {
          u540 = u531 | 0;
          b540 = undefined;
          at = 4466;
          b541 = rec.record("getarrayitem", [b4!, (b540 ??= __metajit_G.int(u540))], __metajit_o0);
          b538 = b541;
          block = 4498;
          continue dispatch;
        }
        case 4477: {
          u542 = (u2 as Record<string, unknown>)["k"];
          b542 = undefined;
          u543 = (-1) - u531;
          b543 = undefined;
          u544 = u543 | 0;
          b544 = undefined;
          u545 = (u542 as ArrayLike<unknown>)[u544];
          b545 = undefined;
          u538 = u545;
          b538 = b545;
          b538 ??= __metajit_G.ref(u538);
          block = 4498;
          continue dispatch;
        }
        case 4498: {
          b537 = b538;
          u548 = u534 >= 0;
          b548 = undefined;
          if (!u548) {
            block = 4534;
            continue dispatch;
          }
          block = 4520;
          continue dispatch;
        }
        case 4520: {
          u549 = u534 | 0;
          b549 = undefined;
          at = 4523;
          b550 = rec.record("getarrayitem", [b4!, (b549 ??= __metajit_G.int(u549))], __metajit_o0);
          b547 = b550;
          block = 4555;
          continue dispatch;
        }
        case 4534: {
          u551 = (u2 as Record<string, unknown>)["k"];
          b551 = undefined;
          u552 = (-1) - u534;
          b552 = undefined;
          u553 = u552 | 0;
          b553 = undefined;
          u554 = (u551 as ArrayLike<unknown>)[u553];
          b554 = undefined;
          u547 = u554;
          b547 = b554;
          b547 ??= __metajit_G.ref(u547);
          block = 4555;
          continue dispatch;
        }
        case 4555: {
          b546 = b547;
          at = 4558;
          {
            const x0 = rec.resolve(b537!);
            const v0 = x0.value;
            const x1 = rec.resolve(b546!);
            const v1 = x1.value;
            const v = v0 === v1;
            b555 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 4562;
          {
            const x0 = b555!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b556 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b557 = b556;
          at = 4568;
          const c4568 = b556!;
          if (!c4568.isConst) rec.guard(c4568.value === true ? "guard_true" : "guard_false", [c4568], (rec.capturing ? rec.snapshotOwned(0, 4568, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b537!, b546!, b555!, b556!, b557!]) : rec.noSnapshot));
          if (c4568.value !== true) {
            block = 4595;
            continue dispatch;
          }
          block = 4585;
          continue dispatch;
        }
        case 4585: {
          at = 4585;
          {
            const x0 = rec.resolve(b537!);
            const v0 = x0.value;
            const v = typeof v0;
            b558 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4588;
          {
            const x0 = b558!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_67.value;
            b559 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_67], v);
          }
          b557 = b559;
          block = 4595;
          continue dispatch;
        }
        case 4595: {
          b560 = b557;
          at = 4598;
          const c4598 = rec.resolve(b557!);
          if (!c4598.isConst) rec.guard(c4598.value === true ? "guard_true" : "guard_false", [c4598], (rec.capturing ? rec.snapshotOwned(0, 4598, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b537!, b546!, b555!, b557!, b560!]) : rec.noSnapshot));
          if (c4598.value !== true) {
            block = 4625;
            continue dispatch;
          }
          block = 4615;
          continue dispatch;
        }
        case 4615: {
          at = 4615;
          {
            const x0 = rec.resolve(b546!);
            const v0 = x0.value;
            const v = typeof v0;
            b561 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4618;
          {
            const x0 = b561!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_67.value;
            b562 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_67], v);
          }
          b560 = b562;
          block = 4625;
          continue dispatch;
        }
        case 4625: {
          at = 4625;
          const c4625 = rec.resolve(b560!);
          if (!c4625.isConst) rec.guard(c4625.value === true ? "guard_true" : "guard_false", [c4625], (rec.capturing ? rec.snapshotOwned(0, 4625, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b537!, b546!, b555!, b560!]) : rec.noSnapshot));
          if (c4625.value !== true) {
            block = 4664;
            continue dispatch;
          }
          block = 4641;
          continue dispatch;
        }
        case 4641: {
          at = 4641;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 4645;
          b555 = rec.record("call", [__metajit_k0_68, b0!, b537!, b546!], { descr: null, type: "bool", snapshot: (rec.capturing ? rec.snapshotOwned(0, 4645, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 4664;
          continue dispatch;
        }
        case 4664: {
          u563 = u8 === 0;
          b563 = undefined;
          u564 = !u563;
          b564 = undefined;
          at = 4671;
          {
            const x0 = rec.resolve(b555!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b565 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u566 = (u564 ? 1 : 0);
          b566 = undefined;
          at = 4677;
          {
            const x0 = b565!;
            const v0 = x0.value as number;
            const v = v0 === u566;
            b567 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b566 ??= __metajit_G.int(u566))], v);
          }
          at = 4681;
          {
            const x0 = b567!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b568 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4684;
          const c4684 = b568!;
          if (!c4684.isConst) rec.guard(c4684.value === true ? "guard_true" : "guard_false", [c4684], (rec.capturing ? rec.snapshotOwned(0, 4684, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b568!]) : rec.noSnapshot));
          if (c4684.value !== true) {
            block = 4708;
            continue dispatch;
          }
          block = 4696;
          continue dispatch;
        }
        case 4696: {
          u569 = u1 + 1;
          b569 = undefined;
          u570 = u569 | 0;
          b570 = undefined;
          u1 = u570;
          b1 = undefined;
          block = 4754;
          continue dispatch;
        }
        case 4708: {
          u572 = (u2 as Record<string, unknown>)["b"];
          b572 = undefined;
          u573 = u1 | 0;
          b573 = undefined;
          u571 = __metajit_G.asFloat("getarrayitem_imm", (u572 as ArrayLike<unknown>)[u573], "[any]");
          b571 = undefined;
          u574 = u1 + 1;
          b574 = undefined;
          u575 = u574 + u571;
          b575 = undefined;
          u576 = u575 | 0;
          b576 = undefined;
          u1 = u576;
          b1 = undefined;
          u577 = u571 < 0;
          b577 = undefined;
          if (!u577) {
            block = 4754;
            continue dispatch;
          }
          block = 4752;
          continue dispatch;
        }
        case 4752: {
          block = 4754;
          continue dispatch;
        }
        case 4754: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 4756: {
          u579 = (u2 as Record<string, unknown>)["b"];
          b579 = undefined;
          u580 = u7 | 0;
          b580 = undefined;
          u578 = __metajit_G.asFloat("getarrayitem_imm", (u579 as ArrayLike<unknown>)[u580], "[any]");
          b578 = undefined;
          u582 = (u2 as Record<string, unknown>)["c"];
          b582 = undefined;
          u583 = u7 | 0;
          b583 = undefined;
          u581 = __metajit_G.asFloat("getarrayitem_imm", (u582 as ArrayLike<unknown>)[u583], "[any]");
          b581 = undefined;
          u586 = u578 >= 0;
          b586 = undefined;
          if (!u586) {
            block = 4818;
            continue dispatch;
          }
          block = 4804;
          continue dispatch;
        }
        case 4804: {
          u587 = u578 | 0;
          b587 = undefined;
          at = 4807;
          b588 = rec.record("getarrayitem", [b4!, (b587 ??= __metajit_G.int(u587))], __metajit_o0);
          b585 = b588;
          block = 4839;
          continue dispatch;
        }
        case 4818: {
          u589 = (u2 as Record<string, unknown>)["k"];
          b589 = undefined;
          u590 = (-1) - u578;
          b590 = undefined;
          u591 = u590 | 0;
          b591 = undefined;
          u592 = (u589 as ArrayLike<unknown>)[u591];
          b592 = undefined;
          u585 = u592;
          b585 = b592;
          b585 ??= __metajit_G.ref(u585);
          block = 4839;
          continue dispatch;
        }
        case 4839: {
          b584 = b585;
          u595 = u581 >= 0;
          b595 = undefined;
          if (!u595) {
            block = 4876;
            continue dispatch;
          }
          block = 4862;
          continue dispatch;
        }
        case 4862: {
          u596 = u581 | 0;
          b596 = undefined;
          at = 4865;
          b597 = rec.record("getarrayitem", [b4!, (b596 ??= __metajit_G.int(u596))], __metajit_o0);
          b594 = b597;
          block = 4897;
          continue dispatch;
        }
        case 4876: {
          u598 = (u2 as Record<string, unknown>)["k"];
          b598 = undefined;
          u599 = (-1) - u581;
          b599 = undefined;
          u600 = u599 | 0;
          b600 = undefined;
          u601 = (u598 as ArrayLike<unknown>)[u600];
          b601 = undefined;
          u594 = u601;
          b594 = b601;
          b594 ??= __metajit_G.ref(u594);
          block = 4897;
          continue dispatch;
        }
        case 4897: {
          b593 = b594;
          u602 = false;
          b602 = __metajit_k0_60;
          at = 4903;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = typeof v0;
            b603 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4906;
          {
            const x0 = b603!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b604 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b605 = b604;
          at = 4913;
          const c4913 = b604!;
          if (!c4913.isConst) rec.guard(c4913.value === true ? "guard_true" : "guard_false", [c4913], (rec.capturing ? rec.snapshotOwned(0, 4913, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b584!, b593!, b604!, b605!]) : rec.noSnapshot));
          if (c4913.value !== true) {
            block = 4940;
            continue dispatch;
          }
          block = 4930;
          continue dispatch;
        }
        case 4930: {
          at = 4930;
          {
            const x0 = rec.resolve(b593!);
            const v0 = x0.value;
            const v = typeof v0;
            b606 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4933;
          {
            const x0 = b606!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b607 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b605 = b607;
          block = 4940;
          continue dispatch;
        }
        case 4940: {
          at = 4940;
          const c4940 = rec.resolve(b605!);
          if (!c4940.isConst) rec.guard(c4940.value === true ? "guard_true" : "guard_false", [c4940], (rec.capturing ? rec.snapshotOwned(0, 4940, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b584!, b593!, b605!]) : rec.noSnapshot));
          if (c4940.value !== true) {
            block = 5022;
            continue dispatch;
          }
          block = 4956;
          continue dispatch;
        }
        case 4956: {
          u609 = (u2 as Record<string, unknown>)["op"];
          b609 = undefined;
          u610 = u7 | 0;
          b610 = undefined;
          u611 = __metajit_G.asFloat("getarrayitem_imm", (u609 as ArrayLike<unknown>)[u610], "[any]");
          b611 = undefined;
          u612 = u611 === 24;
          b612 = undefined;
          if (!u612) {
            block = 5004;
            continue dispatch;
          }
          block = 4989;
          continue dispatch;
        }
        case 4989: {
          at = 4989;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b613 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4992;
          {
            const x0 = rec.resolve(b593!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b614 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4995;
          {
            const x0 = b613!;
            const v0 = x0.value as number;
            const x1 = b614!;
            const v1 = x1.value as number;
            const v = v0 < v1;
            b615 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          b608 = b615;
          block = 5017;
          continue dispatch;
        }
        case 5004: {
          at = 5004;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b616 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 5007;
          {
            const x0 = rec.resolve(b593!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b617 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 5010;
          {
            const x0 = b616!;
            const v0 = x0.value as number;
            const x1 = b617!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b618 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b608 = b618;
          block = 5017;
          continue dispatch;
        }
        case 5017: {
          b602 = b608;
          block = 5058;
          continue dispatch;
        }
        case 5022: {
          at = 5022;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u619 = (u2 as Record<string, unknown>)["op"];
          b619 = undefined;
          u620 = u7 | 0;
          b620 = undefined;
          u621 = __metajit_G.asFloat("getarrayitem_imm", (u619 as ArrayLike<unknown>)[u620], "[any]");
          b621 = undefined;
          at = 5040;
          b602 = rec.record("call", [__metajit_k0_71, b0!, (b621 ??= __metajit_G.float(u621)), b584!, b593!], { descr: null, type: "bool", snapshot: (rec.capturing ? rec.snapshotOwned(0, 5040, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 5058;
          continue dispatch;
        }
        case 5058: {
          u622 = u8 === 0;
          b622 = undefined;
          u623 = !u622;
          b623 = undefined;
          at = 5065;
          {
            const x0 = rec.resolve(b602!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b624 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u625 = (u623 ? 1 : 0);
          b625 = undefined;
          at = 5071;
          {
            const x0 = b624!;
            const v0 = x0.value as number;
            const v = v0 === u625;
            b626 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b625 ??= __metajit_G.int(u625))], v);
          }
          at = 5075;
          {
            const x0 = b626!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b627 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5078;
          const c5078 = b627!;
          if (!c5078.isConst) rec.guard(c5078.value === true ? "guard_true" : "guard_false", [c5078], (rec.capturing ? rec.snapshotOwned(0, 5078, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b627!]) : rec.noSnapshot));
          if (c5078.value !== true) {
            block = 5102;
            continue dispatch;
          }
          block = 5090;
          continue dispatch;
        }
        case 5090: {
          u628 = u1 + 1;
          b628 = undefined;
          u629 = u628 | 0;
          b629 = undefined;
          u1 = u629;
          b1 = undefined;
          block = 5148;
          continue dispatch;
        }
        case 5102: {
          u631 = (u2 as Record<string, unknown>)["b"];
          b631 = undefined;
          u632 = u1 | 0;
          b632 = undefined;
          u630 = __metajit_G.asFloat("getarrayitem_imm", (u631 as ArrayLike<unknown>)[u632], "[any]");
          b630 = undefined;
          u633 = u1 + 1;
          b633 = undefined;
          u634 = u633 + u630;
          b634 = undefined;
          u635 = u634 | 0;
          b635 = undefined;
          u1 = u635;
          b1 = undefined;
          u636 = u630 < 0;
          b636 = undefined;
          if (!u636) {
            block = 5148;
            continue dispatch;
          }
          block = 5146;
          continue dispatch;
        }
        case 5146: {
          block = 5148;
          continue dispatch;
        }
        case 5148: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 5150: {
          u638 = u8 | 0;
          b638 = undefined;
          at = 5153;
          b637 = rec.record("getarrayitem", [b4!, (b638 ??= __metajit_G.int(u638))], __metajit_o0);
          at = 5159;
          {
            const x0 = rec.resolve(b637!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b639 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5163;
          {
            const x0 = b639!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b640 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b641 = b640;
          at = 5169;
          const c5169 = b640!;
          if (!c5169.isConst) rec.guard(c5169.value === true ? "guard_true" : "guard_false", [c5169], (rec.capturing ? rec.snapshotOwned(0, 5169, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), b637!, b640!, b641!]) : rec.noSnapshot));
          if (c5169.value !== true) {
            block = 5194;
            continue dispatch;
          }
          block = 5184;
          continue dispatch;
        }
        case 5184: {
          at = 5184;
          {
            const x0 = rec.resolve(b637!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b642 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          at = 5188;
          {
            const x0 = b642!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b643 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b641 = b643;
          block = 5194;
          continue dispatch;
        }
        case 5194: {
          u644 = (u2 as Record<string, unknown>)["c"];
          b644 = undefined;
          u645 = u7 | 0;
          b645 = undefined;
          u646 = __metajit_G.asFloat("getarrayitem_imm", (u644 as ArrayLike<unknown>)[u645], "[any]");
          b646 = undefined;
          u647 = u646 === 0;
          b647 = undefined;
          u648 = !u647;
          b648 = undefined;
          at = 5215;
          {
            const x0 = rec.resolve(b641!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b649 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u650 = (u648 ? 1 : 0);
          b650 = undefined;
          at = 5221;
          {
            const x0 = b649!;
            const v0 = x0.value as number;
            const v = v0 === u650;
            b651 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b650 ??= __metajit_G.int(u650))], v);
          }
          at = 5225;
          {
            const x0 = b651!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b652 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5228;
          const c5228 = b652!;
          if (!c5228.isConst) rec.guard(c5228.value === true ? "guard_true" : "guard_false", [c5228], (rec.capturing ? rec.snapshotOwned(0, 5228, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b652!]) : rec.noSnapshot));
          if (c5228.value !== true) {
            block = 5252;
            continue dispatch;
          }
          block = 5240;
          continue dispatch;
        }
        case 5240: {
          u653 = u1 + 1;
          b653 = undefined;
          u654 = u653 | 0;
          b654 = undefined;
          u1 = u654;
          b1 = undefined;
          block = 5298;
          continue dispatch;
        }
        case 5252: {
          u656 = (u2 as Record<string, unknown>)["b"];
          b656 = undefined;
          u657 = u1 | 0;
          b657 = undefined;
          u655 = __metajit_G.asFloat("getarrayitem_imm", (u656 as ArrayLike<unknown>)[u657], "[any]");
          b655 = undefined;
          u658 = u1 + 1;
          b658 = undefined;
          u659 = u658 + u655;
          b659 = undefined;
          u660 = u659 | 0;
          b660 = undefined;
          u1 = u660;
          b1 = undefined;
          u661 = u655 < 0;
          b661 = undefined;
          if (!u661) {
            block = 5298;
            continue dispatch;
          }
          block = 5296;
          continue dispatch;
        }
        case 5296: {
          block = 5298;
          continue dispatch;
        }
        case 5298: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 5300: {
          u663 = (u2 as Record<string, unknown>)["b"];
          b663 = undefined;
          u664 = u7 | 0;
          b664 = undefined;
          u665 = __metajit_G.asFloat("getarrayitem_imm", (u663 as ArrayLike<unknown>)[u664], "[any]");
          b665 = undefined;
          u666 = u665 | 0;
          b666 = undefined;
          at = 5317;
          b662 = rec.record("getarrayitem", [b4!, (b666 ??= __metajit_G.int(u666))], __metajit_o0);
          at = 5323;
          {
            const x0 = rec.resolve(b662!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b667 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5327;
          {
            const x0 = b667!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b668 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b669 = b668;
          at = 5333;
          const c5333 = b668!;
          if (!c5333.isConst) rec.guard(c5333.value === true ? "guard_true" : "guard_false", [c5333], (rec.capturing ? rec.snapshotOwned(0, 5333, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b662!, b668!, b669!]) : rec.noSnapshot));
          if (c5333.value !== true) {
            block = 5359;
            continue dispatch;
          }
          block = 5349;
          continue dispatch;
        }
        case 5349: {
          at = 5349;
          {
            const x0 = rec.resolve(b662!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b670 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          at = 5353;
          {
            const x0 = b670!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b671 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b669 = b671;
          block = 5359;
          continue dispatch;
        }
        case 5359: {
          u672 = (u2 as Record<string, unknown>)["c"];
          b672 = undefined;
          u673 = u7 | 0;
          b673 = undefined;
          u674 = __metajit_G.asFloat("getarrayitem_imm", (u672 as ArrayLike<unknown>)[u673], "[any]");
          b674 = undefined;
          u675 = u674 === 0;
          b675 = undefined;
          u676 = !u675;
          b676 = undefined;
          at = 5380;
          {
            const x0 = rec.resolve(b669!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b677 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u678 = (u676 ? 1 : 0);
          b678 = undefined;
          at = 5386;
          {
            const x0 = b677!;
            const v0 = x0.value as number;
            const v = v0 === u678;
            b679 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b678 ??= __metajit_G.int(u678))], v);
          }
          at = 5390;
          const c5390 = b679!;
          if (!c5390.isConst) rec.guard(c5390.value === true ? "guard_true" : "guard_false", [c5390], (rec.capturing ? rec.snapshotOwned(0, 5390, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b662!, b679!]) : rec.noSnapshot));
          if (c5390.value !== true) {
            block = 5460;
            continue dispatch;
          }
          block = 5404;
          continue dispatch;
        }
        case 5404: {
          u680 = u8 | 0;
          b680 = undefined;
          at = 5407;
          rec.record("setarrayitem", [b4!, (b680 ??= __metajit_G.int(u680)), b662!], __metajit_o1);
          u682 = (u2 as Record<string, unknown>)["b"];
          b682 = undefined;
          u683 = u1 | 0;
          b683 = undefined;
          u681 = __metajit_G.asFloat("getarrayitem_imm", (u682 as ArrayLike<unknown>)[u683], "[any]");
          b681 = undefined;
          u684 = u1 + 1;
          b684 = undefined;
          u685 = u684 + u681;
          b685 = undefined;
          u686 = u685 | 0;
          b686 = undefined;
          u1 = u686;
          b1 = undefined;
          u687 = u681 < 0;
          b687 = undefined;
          if (!u687) {
            block = 5458;
            continue dispatch;
          }
          block = 5456;
          continue dispatch;
        }
        case 5456: {
          block = 5458;
          continue dispatch;
        }
        case 5458: {
          block = 5470;
          continue dispatch;
        }
        case 5460: {
          u688 = u1 + 1;
          b688 = undefined;
          u689 = u688 | 0;
          b689 = undefined;
          u1 = u689;
          b1 = undefined;
          block = 5470;
          continue dispatch;
        }
        case 5470: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 5472: {
          u691 = (u2 as Record<string, unknown>)["b"];
          b691 = undefined;
          u692 = u7 | 0;
          b692 = undefined;
          u690 = __metajit_G.asFloat("getarrayitem_imm", (u691 as ArrayLike<unknown>)[u692], "[any]");
          b690 = undefined;
          u694 = (u2 as Record<string, unknown>)["c"];
          b694 = undefined;
          u695 = u7 | 0;
          b695 = undefined;
          u696 = __metajit_G.asFloat("getarrayitem_imm", (u694 as ArrayLike<unknown>)[u695], "[any]");
          b696 = undefined;
          u693 = u696 - 1;
          b693 = undefined;
          u699 = u690 === 0;
          b699 = undefined;
          u700 = !u699;
          b700 = undefined;
          if (!u700) {
            block = 5535;
            continue dispatch;
          }
          block = 5526;
          continue dispatch;
        }
        case 5526: {
          u701 = u690 - 1;
          b701 = undefined;
          u698 = u701;
          b698 = b701;
          b698 ??= __metajit_G.float(u698);
          block = 5551;
          continue dispatch;
        }
        case 5535: {
          at = 5535;
          b702 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5540;
          {
            const x0 = rec.resolve(b702!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b703 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5544;
          {
            const x0 = b703!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b704 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b698 = b704;
          block = 5551;
          continue dispatch;
        }
        case 5551: {
          b697 = b698;
          u706 = u8 | 0;
          b706 = undefined;
          at = 5557;
          b705 = rec.record("getarrayitem", [b4!, (b706 ??= __metajit_G.int(u706))], __metajit_o0);
          at = 5563;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5567;
          {
            const x0 = rec.resolve(b705!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_73.value as Function);
            b707 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_73], v);
          }
          at = 5571;
          {
            const x0 = b707!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b708 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5574;
          const c5574 = b708!;
          if (!c5574.isConst) rec.guard(c5574.value === true ? "guard_true" : "guard_false", [c5574], (rec.capturing ? rec.snapshotOwned(0, 5574, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b697!, b705!, b708!]) : rec.noSnapshot));
          if (c5574.value !== true) {
            block = 5617;
            continue dispatch;
          }
          block = 5590;
          continue dispatch;
        }
        case 5590: {
          at = 5590;
          b705 = rec.record("call", [__metajit_k0_74, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b697!, b705!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 5590, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b697!]) : rec.noSnapshot) });
          at = 5611;
          {
            const x0 = rec.resolve(b697!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b697 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5617;
          continue dispatch;
        }
        case 5617: {
          at = 5617;
          {
            const x0 = rec.resolve(b705!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_75.value as Function);
            b709 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_75], v);
          }
          at = 5621;
          const c5621 = b709!;
          if (!c5621.isConst) rec.guard(c5621.value === true ? "guard_true" : "guard_false", [c5621], (rec.capturing ? rec.snapshotOwned(0, 5621, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b697!, b705!, b709!]) : rec.noSnapshot));
          if (c5621.value !== true) {
            block = 5676;
            continue dispatch;
          }
          block = 5637;
          continue dispatch;
        }
        case 5637: {
          u711 = u8 + 1;
          b711 = undefined;
          at = 5641;
          rec.enterFrame(0, 5641, [b0!, b5!, b6!], 12);
          b710 = __metajit_trace_12_208(rec, b0!, b5!, b705!, b4!, u711, b697!, u8, u693, b3!);
          rec.leaveFrame();
          b3 = b710;
          at = 5661;
          b2 = rec.record("getfield_imm", [b710!], __metajit_o10);
          at = 5666;
          b4 = rec.record("getfield_imm", [b710!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5943;
          continue dispatch;
        }
        case 5676: {
          u713 = u8 + 1;
          b713 = undefined;
          u714 = u8 + 1;
          b714 = undefined;
          at = 5684;
          {
            const x1 = rec.resolve(b697!);
            const v1 = x1.value as number;
            const v = u714 + v1;
            b715 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b714 ??= __metajit_G.float(u714)), x1], v);
          }
          at = 5688;
          b716 = rec.record("call", [__metajit_k0_78, b4!, (b713 ??= __metajit_G.float(u713)), b715!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 5688, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b705!]) : rec.noSnapshot) });
          at = 5707;
          b712 = rec.record("call", [__metajit_k0_77, b0!, b5!, b705!, b716!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 5707, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693))]) : rec.noSnapshot) });
          at = 5726;
          b717 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5731;
          const c5731 = rec.resolve(b717!);
          if (!c5731.isConst) rec.guard(c5731.value === true ? "guard_true" : "guard_false", [c5731], (rec.capturing ? rec.snapshotOwned(0, 5731, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b712!, b717!]) : rec.noSnapshot));
          if (c5731.value !== true) {
            block = 5769;
            continue dispatch;
          }
          block = 5746;
          continue dispatch;
        }
        case 5746: {
          at = 5746;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5750;
          rec.record("setfield", [b5!, (b693 ??= __metajit_G.float(u693))], __metajit_o13);
          at = 5754;
          b718 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5759;
          {
            const x0 = rec.resolve(b718!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b719 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5763;
          rec.record("setfield", [b5!, b719!], __metajit_o15);
          return b712!;
        }
        case 5769: {
          at = 5769;
          b720 = rec.record("arraylen", [b712!], __metajit_o1);
          u721 = u693 < 0;
          b721 = undefined;
          if (!u721) {
            block = 5859;
            continue dispatch;
          }
          block = 5793;
          continue dispatch;
        }
        case 5793: {
          u722 = 0;
          b722 = __metajit_k0_8;
          block = 5796;
          continue dispatch;
        }
        case 5796: {
          at = 5796;
          {
            const x0 = rec.resolve(b720!);
            const v0 = x0.value as number;
            const v = v0;
            b723 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5799;
          {
            const x1 = b723!;
            const v1 = x1.value as number;
            const v = u722 < v1;
            b724 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b722 ??= __metajit_G.float(u722)), x1], v);
          }
          at = 5803;
          const c5803 = b724!;
          if (!c5803.isConst) rec.guard(c5803.value === true ? "guard_true" : "guard_false", [c5803], (rec.capturing ? rec.snapshotOwned(0, 5803, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b712!, b720!, (b722 ??= __metajit_G.float(u722)), b724!]) : rec.noSnapshot));
          if (c5803.value !== true) {
            block = 5846;
            continue dispatch;
          }
          block = 5819;
          continue dispatch;
        }
        case 5819: {
          u725 = u8 + u722;
          b725 = undefined;
          u726 = u725 | 0;
          b726 = undefined;
          u727 = u722 | 0;
          b727 = undefined;
          at = 5829;
          b728 = rec.record("getarrayitem", [b712!, (b727 ??= __metajit_G.int(u727))], __metajit_o0);
          at = 5835;
          rec.record("setarrayitem", [b4!, (b726 ??= __metajit_G.int(u726)), b728!], __metajit_o1);
          u722 = u722 + 1;
          b722 = undefined;
          block = 5796;
          continue dispatch;
        }
        case 5846: {
          at = 5846;
          {
            const x0 = rec.resolve(b720!);
            const v0 = x0.value as number;
            const v = v0;
            b729 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5849;
          {
            const x1 = b729!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b730 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5853;
          rec.record("setfield", [b3!, b730!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5943;
          continue dispatch;
        }
        case 5859: {
          u731 = 0;
          b731 = __metajit_k0_8;
          block = 5862;
          continue dispatch;
        }
        case 5862: {
          u732 = u731 < u693;
          b732 = undefined;
          if (!u732) {
            b2 ??= __metajit_G.ref(u2);
            block = 5943;
            continue dispatch;
          }
          block = 5883;
          continue dispatch;
        }
        case 5883: {
          u733 = u8 + u731;
          b733 = undefined;
          u734 = u733 | 0;
          b734 = undefined;
          at = 5890;
          {
            const x0 = rec.resolve(b720!);
            const v0 = x0.value as number;
            const v = v0;
            b736 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5893;
          {
            const x1 = b736!;
            const v1 = x1.value as number;
            const v = u731 < v1;
            b737 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b731 ??= __metajit_G.float(u731)), x1], v);
          }
          at = 5897;
          const c5897 = b737!;
          if (!c5897.isConst) rec.guard(c5897.value === true ? "guard_true" : "guard_false", [c5897], (rec.capturing ? rec.snapshotOwned(0, 5897, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b693 ??= __metajit_G.float(u693)), b712!, b720!, (b731 ??= __metajit_G.float(u731)), (b734 ??= __metajit_G.int(u734)), b737!]) : rec.noSnapshot));
          if (c5897.value !== true) {
            block = 5929;
            continue dispatch;
          }
          block = 5915;
          continue dispatch;
        }
        case 5915: {
          u738 = u731 | 0;
          b738 = undefined;
          at = 5918;
          b739 = rec.record("getarrayitem", [b712!, (b738 ??= __metajit_G.int(u738))], __metajit_o0);
          b735 = b739;
          block = 5932;
          continue dispatch;
        }
        case 5929: {
          u735 = __metajit_k0_10.value;
          b735 = __metajit_k0_10;
          b735 ??= __metajit_G.ref(u735);
          block = 5932;
          continue dispatch;
        }
        case 5932: {
          at = 5932;
          rec.record("setarrayitem", [b4!, (b734 ??= __metajit_G.int(u734)), b735!], __metajit_o1);
          u731 = u731 + 1;
          b731 = undefined;
          block = 5862;
          continue dispatch;
        }
        case 5943: {
          b1 ??= __metajit_G.float(u1);
          block = 7623;
          continue dispatch;
        }
        case 5945: {
          u741 = (u2 as Record<string, unknown>)["b"];
          b741 = undefined;
          u742 = u7 | 0;
          b742 = undefined;
          u740 = __metajit_G.asFloat("getarrayitem_imm", (u741 as ArrayLike<unknown>)[u742], "[any]");
          b740 = undefined;
          u745 = u740 === 0;
          b745 = undefined;
          u746 = !u745;
          b746 = undefined;
          if (!u746) {
            block = 5989;
            continue dispatch;
          }
          block = 5980;
          continue dispatch;
        }
        case 5980: {
          u747 = u740 - 1;
          b747 = undefined;
          u744 = u747;
          b744 = b747;
          b744 ??= __metajit_G.float(u744);
          block = 6005;
          continue dispatch;
        }
        case 5989: {
          at = 5989;
          b748 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5994;
          {
            const x0 = rec.resolve(b748!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b749 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5998;
          {
            const x0 = b749!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b750 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b744 = b750;
          block = 6005;
          continue dispatch;
        }
        case 6005: {
          b743 = b744;
          u752 = u8 | 0;
          b752 = undefined;
          at = 6011;
          b751 = rec.record("getarrayitem", [b4!, (b752 ??= __metajit_G.int(u752))], __metajit_o0);
          at = 6017;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6021;
          {
            const x0 = rec.resolve(b751!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_83.value as Function);
            b753 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_83], v);
          }
          at = 6025;
          {
            const x0 = b753!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b754 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6028;
          const c6028 = b754!;
          if (!c6028.isConst) rec.guard(c6028.value === true ? "guard_true" : "guard_false", [c6028], (rec.capturing ? rec.snapshotOwned(0, 6028, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b743!, b751!, b754!]) : rec.noSnapshot));
          if (c6028.value !== true) {
            block = 6069;
            continue dispatch;
          }
          block = 6043;
          continue dispatch;
        }
        case 6043: {
          at = 6043;
          b751 = rec.record("call", [__metajit_k0_84, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b743!, b751!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6043, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b743!]) : rec.noSnapshot) });
          at = 6063;
          {
            const x0 = rec.resolve(b743!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b743 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 6069;
          continue dispatch;
        }
        case 6069: {
          at = 6069;
          {
            const x0 = rec.resolve(b751!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_85.value as Function);
            b755 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_85], v);
          }
          at = 6073;
          const c6073 = b755!;
          if (!c6073.isConst) rec.guard(c6073.value === true ? "guard_true" : "guard_false", [c6073], (rec.capturing ? rec.snapshotOwned(0, 6073, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b743!, b751!, b755!]) : rec.noSnapshot));
          if (c6073.value !== true) {
            block = 6169;
            continue dispatch;
          }
          block = 6088;
          continue dispatch;
        }
        case 6088: {
          at = 6088;
          b756 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6093;
          {
            const x0 = rec.resolve(b756!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b757 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6097;
          {
            const x0 = b757!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b758 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6100;
          const c6100 = b758!;
          if (!c6100.isConst) rec.guard(c6100.value === true ? "guard_true" : "guard_false", [c6100], (rec.capturing ? rec.snapshotOwned(0, 6100, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b743!, b751!, b758!]) : rec.noSnapshot));
          if (c6100.value !== true) {
            block = 6132;
            continue dispatch;
          }
          block = 6113;
          continue dispatch;
        }
        case 6113: {
          at = 6113;
          rec.record("call", [__metajit_k0_87, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6113, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b743!, b751!]) : rec.noSnapshot) });
          block = 6132;
          continue dispatch;
        }
        case 6132: {
          u760 = u8 + 1;
          b760 = undefined;
          at = 6136;
          rec.enterFrame(0, 6136, [b0!, b5!, b6!], 13);
          b759 = __metajit_trace_13_16(rec, b0!, b5!, b751!, b4!, u760, b743!, b3!);
          rec.leaveFrame();
          b3 = b759;
          at = 6154;
          b2 = rec.record("getfield_imm", [b759!], __metajit_o10);
          at = 6159;
          b4 = rec.record("getfield_imm", [b759!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 6327;
          continue dispatch;
        }
        case 6169: {
          u762 = u8 + 1;
          b762 = undefined;
          u763 = u8 + 1;
          b763 = undefined;
          at = 6177;
          {
            const x1 = rec.resolve(b743!);
            const v1 = x1.value as number;
            const v = u763 + v1;
            b764 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b763 ??= __metajit_G.float(u763)), x1], v);
          }
          at = 6181;
          b765 = rec.record("call", [__metajit_k0_89, b4!, (b762 ??= __metajit_G.float(u762)), b764!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6181, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b751!]) : rec.noSnapshot) });
          at = 6199;
          b761 = rec.record("call", [__metajit_k0_88, b0!, b5!, b751!, b765!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6199, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          at = 6217;
          b766 = rec.record("getfield", [b5!], __metajit_o11);
          at = 6222;
          const c6222 = rec.resolve(b766!);
          if (!c6222.isConst) rec.guard(c6222.value === true ? "guard_true" : "guard_false", [c6222], (rec.capturing ? rec.snapshotOwned(0, 6222, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b761!, b766!]) : rec.noSnapshot));
          if (c6222.value !== true) {
            block = 6259;
            continue dispatch;
          }
          block = 6236;
          continue dispatch;
        }
        case 6236: {
          at = 6236;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 6240;
          rec.record("setfield", [b5!, __metajit_k0_20], __metajit_o13);
          at = 6244;
          b767 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6249;
          {
            const x0 = rec.resolve(b767!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b768 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 6253;
          rec.record("setfield", [b5!, b768!], __metajit_o15);
          return b761!;
        }
        case 6259: {
          at = 6259;
          b769 = rec.record("arraylen", [b761!], __metajit_o1);
          u770 = 0;
          b770 = __metajit_k0_8;
          block = 6266;
          continue dispatch;
        }
        case 6266: {
          at = 6266;
          {
            const x0 = rec.resolve(b769!);
            const v0 = x0.value as number;
            const v = v0;
            b771 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6269;
          {
            const x1 = b771!;
            const v1 = x1.value as number;
            const v = u770 < v1;
            b772 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b770 ??= __metajit_G.float(u770)), x1], v);
          }
          at = 6273;
          const c6273 = b772!;
          if (!c6273.isConst) rec.guard(c6273.value === true ? "guard_true" : "guard_false", [c6273], (rec.capturing ? rec.snapshotOwned(0, 6273, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b761!, b769!, (b770 ??= __metajit_G.float(u770)), b772!]) : rec.noSnapshot));
          if (c6273.value !== true) {
            block = 6316;
            continue dispatch;
          }
          block = 6289;
          continue dispatch;
        }
        case 6289: {
          u773 = u8 + u770;
          b773 = undefined;
          u774 = u773 | 0;
          b774 = undefined;
          u775 = u770 | 0;
          b775 = undefined;
          at = 6299;
          b776 = rec.record("getarrayitem", [b761!, (b775 ??= __metajit_G.int(u775))], __metajit_o0);
          at = 6305;
          rec.record("setarrayitem", [b4!, (b774 ??= __metajit_G.int(u774)), b776!], __metajit_o1);
          u770 = u770 + 1;
          b770 = undefined;
          block = 6266;
          continue dispatch;
        }
        case 6316: {
          at = 6316;
          {
            const x0 = rec.resolve(b769!);
            const v0 = x0.value as number;
            const v = v0;
            b777 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6319;
          {
            const x1 = b777!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b778 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6323;
          rec.record("setfield", [b3!, b778!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 6327;
          continue dispatch;
        }
        case 6327: {
          b1 ??= __metajit_G.float(u1);
          block = 7623;
          continue dispatch;
        }
        case 6329: {
          u780 = (u2 as Record<string, unknown>)["b"];
          b780 = undefined;
          u781 = u7 | 0;
          b781 = undefined;
          u779 = __metajit_G.asFloat("getarrayitem_imm", (u780 as ArrayLike<unknown>)[u781], "[any]");
          b779 = undefined;
          u784 = u779 === 0;
          b784 = undefined;
          u785 = !u784;
          b785 = undefined;
          if (!u785) {
            block = 6371;
            continue dispatch;
          }
          block = 6362;
          continue dispatch;
        }
        case 6362: {
          u786 = u779 - 1;
          b786 = undefined;
          u783 = u786;
          b783 = b786;
          b783 ??= __metajit_G.float(u783);
          block = 6383;
          continue dispatch;
        }
        case 6371: {
          at = 6371;
          b787 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6376;
          {
            const x0 = rec.resolve(b787!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b788 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          b783 = b788;
          block = 6383;
          continue dispatch;
        }
        case 6383: {
          b782 = b783;
          at = 6386;
          b789 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6391;
          {
            const x0 = rec.resolve(b789!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b790 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6395;
          {
            const x0 = b790!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b791 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6398;
          const c6398 = b791!;
          if (!c6398.isConst) rec.guard(c6398.value === true ? "guard_true" : "guard_false", [c6398], (rec.capturing ? rec.snapshotOwned(0, 6398, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b791!]) : rec.noSnapshot));
          if (c6398.value !== true) {
            block = 6428;
            continue dispatch;
          }
          block = 6410;
          continue dispatch;
        }
        case 6410: {
          at = 6410;
          rec.record("call", [__metajit_k0_90, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6410, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!]) : rec.noSnapshot) });
          block = 6428;
          continue dispatch;
        }
        case 6428: {
          at = 6428;
          b793 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6433;
          {
            const x0 = rec.resolve(b793!);
            const v0 = x0.value as number;
            const v = v0 - 1;
            b792 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6437;
          rec.record("setfield", [b5!, b792!], __metajit_o15);
          at = 6441;
          {
            const x0 = b792!;
            const v0 = x0.value as number;
            const x1 = rec.resolve(b6!);
            const v1 = x1.value as number;
            const v = v0 === v1;
            b794 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          at = 6445;
          const c6445 = b794!;
          if (!c6445.isConst) rec.guard(c6445.value === true ? "guard_true" : "guard_false", [c6445], (rec.capturing ? rec.snapshotOwned(0, 6445, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b794!]) : rec.noSnapshot));
          if (c6445.value !== true) {
            block = 6472;
            continue dispatch;
          }
          block = 6457;
          continue dispatch;
        }
        case 6457: {
          at = 6457;
          {
            const x1 = rec.resolve(b782!);
            const v1 = x1.value as number;
            const v = u8 + v1;
            b795 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6461;
          b796 = rec.record("call", [__metajit_k0_91, b4!, (b8 ??= __metajit_G.float(u8)), b795!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6461, []) : rec.noSnapshot) });
          return b796!;
        }
        case 6472: {
          at = 6472;
          b797 = rec.record("getfield_imm", [b3!], __metajit_o18);
          at = 6477;
          b798 = rec.record("getfield_imm", [b3!], __metajit_o19);
          at = 6482;
          b799 = rec.record("getfield_imm", [b3!], __metajit_o20);
          at = 6487;
          b800 = rec.record("getfield_imm", [b3!], __metajit_o21);
          at = 6492;
          {
            const x0 = rec.resolve(b800!);
            const v0 = x0.value as number;
            const v = v0 < 0;
            b801 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k0_8], v);
          }
          at = 6496;
          const c6496 = b801!;
          if (!c6496.isConst) rec.guard(c6496.value === true ? "guard_true" : "guard_false", [c6496], (rec.capturing ? rec.snapshotOwned(0, 6496, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b797!, b798!, b799!, b800!, b801!]) : rec.noSnapshot));
          if (c6496.value !== true) {
            block = 6574;
            continue dispatch;
          }
          block = 6511;
          continue dispatch;
        }
        case 6511: {
          u802 = 0;
          b802 = __metajit_k0_8;
          block = 6514;
          continue dispatch;
        }
        case 6514: {
          at = 6514;
          {
            const x1 = rec.resolve(b782!);
            const v1 = x1.value as number;
            const v = u802 < v1;
            b803 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b802 ??= __metajit_G.float(u802)), x1], v);
          }
          at = 6518;
          const c6518 = b803!;
          if (!c6518.isConst) rec.guard(c6518.value === true ? "guard_true" : "guard_false", [c6518], (rec.capturing ? rec.snapshotOwned(0, 6518, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b797!, b798!, b799!, (b802 ??= __metajit_G.float(u802)), b803!]) : rec.noSnapshot));
          if (c6518.value !== true) {
            block = 6564;
            continue dispatch;
          }
          block = 6533;
          continue dispatch;
        }
        case 6533: {
          at = 6533;
          {
            const x0 = rec.resolve(b799!);
            const v0 = x0.value as number;
            const v = v0 + u802;
            b804 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b802 ??= __metajit_G.float(u802))], v);
          }
          at = 6537;
          {
            const x0 = b804!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b805 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u806 = u8 + u802;
          b806 = undefined;
          u807 = u806 | 0;
          b807 = undefined;
          at = 6547;
          b808 = rec.record("getarrayitem", [b4!, (b807 ??= __metajit_G.int(u807))], __metajit_o0);
          at = 6553;
          rec.record("setarrayitem", [b798!, b805!, b808!], __metajit_o1);
          u802 = u802 + 1;
          b802 = undefined;
          block = 6514;
          continue dispatch;
        }
        case 6564: {
          at = 6564;
          {
            const x0 = rec.resolve(b799!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b782!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b809 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 6568;
          rec.record("setfield", [b797!, b809!], __metajit_o16);
          block = 6657;
          continue dispatch;
        }
        case 6574: {
          u810 = 0;
          b810 = __metajit_k0_8;
          block = 6577;
          continue dispatch;
        }
        case 6577: {
          at = 6577;
          {
            const x1 = rec.resolve(b800!);
            const v1 = x1.value as number;
            const v = u810 < v1;
            b811 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b810 ??= __metajit_G.float(u810)), x1], v);
          }
          at = 6581;
          const c6581 = b811!;
          if (!c6581.isConst) rec.guard(c6581.value === true ? "guard_true" : "guard_false", [c6581], (rec.capturing ? rec.snapshotOwned(0, 6581, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b797!, b798!, b799!, b800!, (b810 ??= __metajit_G.float(u810)), b811!]) : rec.noSnapshot));
          if (c6581.value !== true) {
            block = 6657;
            continue dispatch;
          }
          block = 6597;
          continue dispatch;
        }
        case 6597: {
          at = 6597;
          {
            const x0 = rec.resolve(b799!);
            const v0 = x0.value as number;
            const v = v0 + u810;
            b812 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b810 ??= __metajit_G.float(u810))], v);
          }
          at = 6601;
          {
            const x0 = b812!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b813 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6604;
          {
            const x1 = rec.resolve(b782!);
            const v1 = x1.value as number;
            const v = u810 < v1;
            b815 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b810 ??= __metajit_G.float(u810)), x1], v);
          }
          at = 6608;
          const c6608 = b815!;
          if (!c6608.isConst) rec.guard(c6608.value === true ? "guard_true" : "guard_false", [c6608], (rec.capturing ? rec.snapshotOwned(0, 6608, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b782!, b797!, b798!, b799!, b800!, (b810 ??= __metajit_G.float(u810)), b813!, b815!]) : rec.noSnapshot));
          if (c6608.value !== true) {
            block = 6643;
            continue dispatch;
          }
          block = 6625;
          continue dispatch;
        }
        case 6625: {
          u816 = u8 + u810;
          b816 = undefined;
          u817 = u816 | 0;
          b817 = undefined;
          at = 6632;
          b818 = rec.record("getarrayitem", [b4!, (b817 ??= __metajit_G.int(u817))], __metajit_o0);
          b814 = b818;
          block = 6646;
          continue dispatch;
        }
        case 6643: {
          u814 = __metajit_k0_10.value;
          b814 = __metajit_k0_10;
          b814 ??= __metajit_G.ref(u814);
          block = 6646;
          continue dispatch;
        }
        case 6646: {
          at = 6646;
          rec.record("setarrayitem", [b798!, b813!, b814!], __metajit_o1);
          u810 = u810 + 1;
          b810 = undefined;
          block = 6577;
          continue dispatch;
        }
        case 6657: {
          b3 = b797;
          at = 6660;
          b2 = rec.record("getfield_imm", [b797!], __metajit_o10);
          b4 = b798;
          at = 6668;
          b1 = rec.record("getfield", [b797!], __metajit_o22);
          block = 7623;
          continue dispatch;
        }
        case 6675: {
          u820 = u8 + 2;
          b820 = undefined;
          u821 = u820 | 0;
          b821 = undefined;
          at = 6682;
          b822 = rec.record("getarrayitem", [b4!, (b821 ??= __metajit_G.int(u821))], __metajit_o0);
          at = 6688;
          {
            const x0 = rec.resolve(b822!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b819 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u824 = u8 | 0;
          b824 = undefined;
          at = 6694;
          b825 = rec.record("getarrayitem", [b4!, (b824 ??= __metajit_G.int(u824))], __metajit_o0);
          at = 6700;
          {
            const x0 = rec.resolve(b825!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b826 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6703;
          {
            const x0 = b826!;
            const v0 = x0.value as number;
            const x1 = b819!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b823 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          u828 = u8 + 1;
          b828 = undefined;
          u829 = u828 | 0;
          b829 = undefined;
          at = 6714;
          b830 = rec.record("getarrayitem", [b4!, (b829 ??= __metajit_G.int(u829))], __metajit_o0);
          at = 6720;
          {
            const x0 = rec.resolve(b830!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b827 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6723;
          {
            const x0 = b819!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b832 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k0_8], v);
          }
          at = 6727;
          const c6727 = b832!;
          if (!c6727.isConst) rec.guard(c6727.value === true ? "guard_true" : "guard_false", [c6727], (rec.capturing ? rec.snapshotOwned(0, 6727, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b823!, b827!, b832!]) : rec.noSnapshot));
          if (c6727.value !== true) {
            block = 6752;
            continue dispatch;
          }
          block = 6743;
          continue dispatch;
        }
        case 6743: {
          at = 6743;
          {
            const x0 = b823!;
            const v0 = x0.value as number;
            const x1 = b827!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b833 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b831 = b833;
          block = 6759;
          continue dispatch;
        }
        case 6752: {
          at = 6752;
          {
            const x0 = b827!;
            const v0 = x0.value as number;
            const x1 = b823!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b834 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b831 = b834;
          block = 6759;
          continue dispatch;
        }
        case 6759: {
          at = 6759;
          const c6759 = rec.resolve(b831!);
          if (!c6759.isConst) rec.guard(c6759.value === true ? "guard_true" : "guard_false", [c6759], (rec.capturing ? rec.snapshotOwned(0, 6759, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b823!, b831!]) : rec.noSnapshot));
          if (c6759.value !== true) {
            block = 6826;
            continue dispatch;
          }
          block = 6774;
          continue dispatch;
        }
        case 6774: {
          u835 = (u2 as Record<string, unknown>)["b"];
          b835 = undefined;
          u836 = u7 | 0;
          b836 = undefined;
          u837 = __metajit_G.asFloat("getarrayitem_imm", (u835 as ArrayLike<unknown>)[u836], "[any]");
          b837 = undefined;
          u838 = u1 + u837;
          b838 = undefined;
          u839 = u838 | 0;
          b839 = undefined;
          u1 = u839;
          b1 = undefined;
          u840 = u8 | 0;
          b840 = undefined;
          at = 6801;
          {
            const x0 = rec.resolve(b823!);
            const v0 = x0.value as number;
            const v = v0;
            b841 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6804;
          rec.record("setarrayitem", [b4!, (b840 ??= __metajit_G.int(u840)), b841!], __metajit_o1);
          u842 = u8 + 3;
          b842 = undefined;
          u843 = u842 | 0;
          b843 = undefined;
          at = 6816;
          {
            const x0 = rec.resolve(b823!);
            const v0 = x0.value as number;
            const v = v0;
            b844 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6819;
          rec.record("setarrayitem", [b4!, (b843 ??= __metajit_G.int(u843)), b844!], __metajit_o1);
          block = 6826;
          continue dispatch;
        }
        case 6826: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 6828: {
          u846 = u8 | 0;
          b846 = undefined;
          at = 6831;
          b845 = rec.record("getarrayitem", [b4!, (b846 ??= __metajit_G.int(u846))], __metajit_o0);
          u848 = u8 + 1;
          b848 = undefined;
          u849 = u848 | 0;
          b849 = undefined;
          at = 6844;
          b847 = rec.record("getarrayitem", [b4!, (b849 ??= __metajit_G.int(u849))], __metajit_o0);
          u851 = u8 + 2;
          b851 = undefined;
          u852 = u851 | 0;
          b852 = undefined;
          at = 6857;
          b850 = rec.record("getarrayitem", [b4!, (b852 ??= __metajit_G.int(u852))], __metajit_o0);
          at = 6863;
          {
            const x0 = rec.resolve(b845!);
            const v0 = x0.value;
            const v = typeof v0;
            b853 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6866;
          {
            const x0 = b853!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b854 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6870;
          {
            const x0 = b854!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b855 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6873;
          {
            const x0 = b855!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b856 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b857 = b855;
          at = 6879;
          const c6879 = b856!;
          if (!c6879.isConst) rec.guard(c6879.value === true ? "guard_true" : "guard_false", [c6879], (rec.capturing ? rec.snapshotOwned(0, 6879, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b847!, b850!, b856!, b857!]) : rec.noSnapshot));
          if (c6879.value !== true) {
            block = 6909;
            continue dispatch;
          }
          block = 6896;
          continue dispatch;
        }
        case 6896: {
          at = 6896;
          {
            const x0 = rec.resolve(b847!);
            const v0 = x0.value;
            const v = typeof v0;
            b858 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6899;
          {
            const x0 = b858!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b859 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6903;
          {
            const x0 = b859!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b860 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b857 = b860;
          block = 6909;
          continue dispatch;
        }
        case 6909: {
          at = 6909;
          {
            const x0 = rec.resolve(b857!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b861 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b862 = b857;
          at = 6915;
          const c6915 = b861!;
          if (!c6915.isConst) rec.guard(c6915.value === true ? "guard_true" : "guard_false", [c6915], (rec.capturing ? rec.snapshotOwned(0, 6915, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b850!, b861!, b862!]) : rec.noSnapshot));
          if (c6915.value !== true) {
            block = 6944;
            continue dispatch;
          }
          block = 6931;
          continue dispatch;
        }
        case 6931: {
          at = 6931;
          {
            const x0 = rec.resolve(b850!);
            const v0 = x0.value;
            const v = typeof v0;
            b863 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6934;
          {
            const x0 = b863!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b864 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6938;
          {
            const x0 = b864!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b865 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b862 = b865;
          block = 6944;
          continue dispatch;
        }
        case 6944: {
          at = 6944;
          const c6944 = rec.resolve(b862!);
          if (!c6944.isConst) rec.guard(c6944.value === true ? "guard_true" : "guard_false", [c6944], (rec.capturing ? rec.snapshotOwned(0, 6944, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b862!]) : rec.noSnapshot));
          if (c6944.value !== true) {
            block = 6982;
            continue dispatch;
          }
          block = 6958;
          continue dispatch;
        }
        case 6958: {
          at = 6958;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6962;
          rec.record("call", [__metajit_k0_100, b0!, b4!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 6962, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          block = 6982;
          continue dispatch;
        }
        case 6982: {
          u866 = u8 | 0;
          b866 = undefined;
          u867 = u8 | 0;
          b867 = undefined;
          at = 6988;
          b868 = rec.record("getarrayitem", [b4!, (b867 ??= __metajit_G.int(u867))], __metajit_o0);
          at = 6994;
          {
            const x0 = rec.resolve(b868!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b869 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u870 = u8 + 2;
          b870 = undefined;
          u871 = u870 | 0;
          b871 = undefined;
          at = 7004;
          b872 = rec.record("getarrayitem", [b4!, (b871 ??= __metajit_G.int(u871))], __metajit_o0);
          at = 7010;
          {
            const x0 = rec.resolve(b872!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b873 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 7013;
          {
            const x0 = b869!;
            const v0 = x0.value as number;
            const x1 = b873!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b874 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 7017;
          {
            const x0 = b874!;
            const v0 = x0.value as number;
            const v = v0;
            b875 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 7020;
          rec.record("setarrayitem", [b4!, (b866 ??= __metajit_G.int(u866)), b875!], __metajit_o1);
          u876 = (u2 as Record<string, unknown>)["b"];
          b876 = undefined;
          u877 = u7 | 0;
          b877 = undefined;
          u878 = __metajit_G.asFloat("getarrayitem_imm", (u876 as ArrayLike<unknown>)[u877], "[any]");
          b878 = undefined;
          u879 = u1 + u878;
          b879 = undefined;
          u880 = u879 | 0;
          b880 = undefined;
          u1 = u880;
          b1 = undefined;
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7051: {
          at = 7051;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u882 = (u2 as Record<string, unknown>)["c"];
          b882 = undefined;
          u883 = u7 | 0;
          b883 = undefined;
          u881 = __metajit_G.asFloat("getarrayitem_imm", (u882 as ArrayLike<unknown>)[u883], "[any]");
          b881 = undefined;
          at = 7069;
          rec.record("call", [__metajit_k0_101, b0!, b4!, (b8 ??= __metajit_G.float(u8)), (b881 ??= __metajit_G.float(u881))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 7069, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) : rec.noSnapshot) });
          u885 = u8 + 3;
          b885 = undefined;
          u886 = u885 | 0;
          b886 = undefined;
          at = 7094;
          b884 = rec.record("getarrayitem", [b4!, (b886 ??= __metajit_G.int(u886))], __metajit_o0);
          at = 7100;
          {
            const x0 = rec.resolve(b884!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b887 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7104;
          {
            const x0 = b887!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b888 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7107;
          const c7107 = b888!;
          if (!c7107.isConst) rec.guard(c7107.value === true ? "guard_true" : "guard_false", [c7107], (rec.capturing ? rec.snapshotOwned(0, 7107, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b884!, b888!]) : rec.noSnapshot));
          if (c7107.value !== true) {
            block = 7181;
            continue dispatch;
          }
          block = 7121;
          continue dispatch;
        }
        case 7121: {
          u889 = u8 + 2;
          b889 = undefined;
          u890 = u889 | 0;
          b890 = undefined;
          at = 7128;
          rec.record("setarrayitem", [b4!, (b890 ??= __metajit_G.int(u890)), b884!], __metajit_o1);
          u892 = (u2 as Record<string, unknown>)["b"];
          b892 = undefined;
          u893 = u1 | 0;
          b893 = undefined;
          u891 = __metajit_G.asFloat("getarrayitem_imm", (u892 as ArrayLike<unknown>)[u893], "[any]");
          b891 = undefined;
          u894 = u1 + 1;
          b894 = undefined;
          u895 = u894 + u891;
          b895 = undefined;
          u896 = u895 | 0;
          b896 = undefined;
          u1 = u896;
          b1 = undefined;
          u897 = u891 < 0;
          b897 = undefined;
          if (!u897) {
            block = 7179;
            continue dispatch;
          }
          block = 7177;
          continue dispatch;
        }
        case 7177: {
          block = 7179;
          continue dispatch;
        }
        case 7179: {
          block = 7191;
          continue dispatch;
        }
        case 7181: {
          u898 = u1 + 1;
          b898 = undefined;
          u899 = u898 | 0;
          b899 = undefined;
          u1 = u899;
          b1 = undefined;
          block = 7191;
          continue dispatch;
        }
        case 7191: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7193: {
          u901 = (u2 as Record<string, unknown>)["b"];
          b901 = undefined;
          u902 = u7 | 0;
          b902 = undefined;
          u900 = __metajit_G.asFloat("getarrayitem_imm", (u901 as ArrayLike<unknown>)[u902], "[any]");
          b900 = undefined;
          u905 = u900 === 0;
          b905 = undefined;
          u906 = !u905;
          b906 = undefined;
          if (!u906) {
            block = 7234;
            continue dispatch;
          }
          block = 7229;
          continue dispatch;
        }
        case 7229: {
          u904 = u900;
          b904 = b900;
          b904 ??= __metajit_G.float(u904);
          block = 7250;
          continue dispatch;
        }
        case 7234: {
          at = 7234;
          b907 = rec.record("getfield", [b3!], __metajit_o9);
          at = 7239;
          {
            const x0 = rec.resolve(b907!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b908 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 7243;
          {
            const x0 = b908!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b909 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b904 = b909;
          block = 7250;
          continue dispatch;
        }
        case 7250: {
          b903 = b904;
          u910 = (u2 as Record<string, unknown>)["c"];
          b910 = undefined;
          u911 = u7 | 0;
          b911 = undefined;
          u912 = __metajit_G.asFloat("getarrayitem_imm", (u910 as ArrayLike<unknown>)[u911], "[any]");
          b912 = undefined;
          at = 7267;
          rec.record("call", [__metajit_k0_102, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b903!, (b912 ??= __metajit_G.float(u912))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 7267, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) : rec.noSnapshot) });
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7287: {
          at = 7287;
          b913 = rec.record("getfield", [b3!], __metajit_o17);
          at = 7292;
          {
            const x0 = rec.resolve(b913!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b914 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7296;
          {
            const x0 = b914!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b915 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7299;
          const c7299 = b915!;
          if (!c7299.isConst) rec.guard(c7299.value === true ? "guard_true" : "guard_false", [c7299], (rec.capturing ? rec.snapshotOwned(0, 7299, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b915!]) : rec.noSnapshot));
          if (c7299.value !== true) {
            block = 7330;
            continue dispatch;
          }
          block = 7312;
          continue dispatch;
        }
        case 7312: {
          at = 7312;
          rec.record("call", [__metajit_k0_103, b0!, b3!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(0, 7312, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) : rec.noSnapshot) });
          block = 7330;
          continue dispatch;
        }
        case 7330: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7332: {
          u916 = u8 | 0;
          b916 = undefined;
          u917 = (u2 as Record<string, unknown>)["protos"];
          b917 = undefined;
          u918 = (u2 as Record<string, unknown>)["b"];
          b918 = undefined;
          u919 = u7 | 0;
          b919 = undefined;
          u920 = __metajit_G.asFloat("getarrayitem_imm", (u918 as ArrayLike<unknown>)[u919], "[any]");
          b920 = undefined;
          u921 = u920 | 0;
          b921 = undefined;
          u922 = (u917 as ArrayLike<unknown>)[u921];
          b922 = undefined;
          at = 7363;
          b923 = rec.record("call", [__metajit_k0_104, b0!, b3!, (b922 ??= __metajit_G.ref(u922))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 7363, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b916 ??= __metajit_G.int(u916))]) : rec.noSnapshot) });
          at = 7380;
          rec.record("setarrayitem", [b4!, (b916 ??= __metajit_G.int(u916)), b923!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7387: {
          u925 = (u2 as Record<string, unknown>)["b"];
          b925 = undefined;
          u926 = u7 | 0;
          b926 = undefined;
          u924 = __metajit_G.asFloat("getarrayitem_imm", (u925 as ArrayLike<unknown>)[u926], "[any]");
          b924 = undefined;
          at = 7401;
          b927 = rec.record("getfield_imm", [b3!], __metajit_o23);
          at = 7406;
          b928 = rec.record("arraylen", [b927!], __metajit_o1);
          u929 = u924 === 0;
          b929 = undefined;
          if (!u929) {
            block = 7496;
            continue dispatch;
          }
          block = 7430;
          continue dispatch;
        }
        case 7430: {
          u930 = 0;
          b930 = __metajit_k0_8;
          block = 7433;
          continue dispatch;
        }
        case 7433: {
          at = 7433;
          {
            const x0 = rec.resolve(b928!);
            const v0 = x0.value as number;
            const v = v0;
            b931 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7436;
          {
            const x1 = b931!;
            const v1 = x1.value as number;
            const v = u930 < v1;
            b932 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b930 ??= __metajit_G.float(u930)), x1], v);
          }
          at = 7440;
          const c7440 = b932!;
          if (!c7440.isConst) rec.guard(c7440.value === true ? "guard_true" : "guard_false", [c7440], (rec.capturing ? rec.snapshotOwned(0, 7440, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b927!, b928!, (b930 ??= __metajit_G.float(u930)), b932!]) : rec.noSnapshot));
          if (c7440.value !== true) {
            block = 7483;
            continue dispatch;
          }
          block = 7456;
          continue dispatch;
        }
        case 7456: {
          u933 = u8 + u930;
          b933 = undefined;
          u934 = u933 | 0;
          b934 = undefined;
          u935 = u930 | 0;
          b935 = undefined;
          at = 7466;
          b936 = rec.record("getarrayitem", [b927!, (b935 ??= __metajit_G.int(u935))], __metajit_o0);
          at = 7472;
          rec.record("setarrayitem", [b4!, (b934 ??= __metajit_G.int(u934)), b936!], __metajit_o1);
          u930 = u930 + 1;
          b930 = undefined;
          block = 7433;
          continue dispatch;
        }
        case 7483: {
          at = 7483;
          {
            const x0 = rec.resolve(b928!);
            const v0 = x0.value as number;
            const v = v0;
            b937 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7486;
          {
            const x1 = b937!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b938 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 7490;
          rec.record("setfield", [b3!, b938!], __metajit_o16);
          block = 7584;
          continue dispatch;
        }
        case 7496: {
          u939 = 0;
          b939 = __metajit_k0_8;
          block = 7499;
          continue dispatch;
        }
        case 7499: {
          u940 = u924 - 1;
          b940 = undefined;
          u941 = u939 < u940;
          b941 = undefined;
          if (!u941) {
            block = 7584;
            continue dispatch;
          }
          block = 7524;
          continue dispatch;
        }
        case 7524: {
          u942 = u8 + u939;
          b942 = undefined;
          u943 = u942 | 0;
          b943 = undefined;
          at = 7531;
          {
            const x0 = rec.resolve(b928!);
            const v0 = x0.value as number;
            const v = v0;
            b945 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7534;
          {
            const x1 = b945!;
            const v1 = x1.value as number;
            const v = u939 < v1;
            b946 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b939 ??= __metajit_G.float(u939)), x1], v);
          }
          at = 7538;
          const c7538 = b946!;
          if (!c7538.isConst) rec.guard(c7538.value === true ? "guard_true" : "guard_false", [c7538], (rec.capturing ? rec.snapshotOwned(0, 7538, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b924 ??= __metajit_G.float(u924)), b927!, b928!, (b939 ??= __metajit_G.float(u939)), (b943 ??= __metajit_G.int(u943)), b946!]) : rec.noSnapshot));
          if (c7538.value !== true) {
            block = 7570;
            continue dispatch;
          }
          block = 7556;
          continue dispatch;
        }
        case 7556: {
          u947 = u939 | 0;
          b947 = undefined;
          at = 7559;
          b948 = rec.record("getarrayitem", [b927!, (b947 ??= __metajit_G.int(u947))], __metajit_o0);
          b944 = b948;
          block = 7573;
          continue dispatch;
        }
        case 7570: {
          u944 = __metajit_k0_10.value;
          b944 = __metajit_k0_10;
          b944 ??= __metajit_G.ref(u944);
          block = 7573;
          continue dispatch;
        }
        case 7573: {
          at = 7573;
          rec.record("setarrayitem", [b4!, (b943 ??= __metajit_G.int(u943)), b944!], __metajit_o1);
          u939 = u939 + 1;
          b939 = undefined;
          block = 7499;
          continue dispatch;
        }
        case 7584: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7623;
          continue dispatch;
        }
        case 7586: {
          at = 7586;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u949 = (u2 as Record<string, unknown>)["op"];
          b949 = undefined;
          u950 = u7 | 0;
          b950 = undefined;
          u951 = __metajit_G.asFloat("getarrayitem_imm", (u949 as ArrayLike<unknown>)[u950], "[any]");
          b951 = undefined;
          {
            const f = __metajit_k0_109.value as (...a: unknown[]) => unknown;
            u952 = f(__metajit_k0_108.value, u951);
            b952 = undefined;
          }
          at = 7613;
          b953 = rec.record("call", [__metajit_k0_107, b0!, (b952 ??= __metajit_G.ref(u952))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(0, 7613, []) : rec.noSnapshot) });
          throw b953!.value;
        }
        case 7623: {
          return new __metajit_G.MergeResult<__metajit_Value>([b0!, b1!, b2!, b3!, b4!, b5!, b6!], 7623);
        }
        default: throw new Error("Interpreter.run.portal: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21 !== undefined ? b21.value : u21, b22 !== undefined ? b22.value : u22, b23 !== undefined ? b23.value : u23, b24?.value, b25 !== undefined ? b25.value : u25, b26 !== undefined ? b26.value : u26, b27 !== undefined ? b27.value : u27, b28 !== undefined ? b28.value : u28, b29 !== undefined ? b29.value : u29, b30 !== undefined ? b30.value : u30, b31 !== undefined ? b31.value : u31, b32 !== undefined ? b32.value : u32, b33 !== undefined ? b33.value : u33, b34 !== undefined ? b34.value : u34, b35 !== undefined ? b35.value : u35, b36 !== undefined ? b36.value : u36, b37 !== undefined ? b37.value : u37, b38 !== undefined ? b38.value : u38, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43 !== undefined ? b43.value : u43, b44 !== undefined ? b44.value : u44, b45 !== undefined ? b45.value : u45, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48 !== undefined ? b48.value : u48, b49 !== undefined ? b49.value : u49, b50 !== undefined ? b50.value : u50, b51 !== undefined ? b51.value : u51, b52?.value, b53?.value, b54?.value, b55 !== undefined ? b55.value : u55, b56 !== undefined ? b56.value : u56, b57 !== undefined ? b57.value : u57, b58 !== undefined ? b58.value : u58, b59 !== undefined ? b59.value : u59, b60?.value, b61?.value, b62?.value, b63?.value, b64?.value, b65?.value, b66 !== undefined ? b66.value : u66, b67 !== undefined ? b67.value : u67, b68 !== undefined ? b68.value : u68, b69 !== undefined ? b69.value : u69, b70 !== undefined ? b70.value : u70, b71 !== undefined ? b71.value : u71, b72?.value, b73?.value, b74?.value, b75?.value, b76?.value, b77?.value, b78 !== undefined ? b78.value : u78, b79 !== undefined ? b79.value : u79, b80 !== undefined ? b80.value : u80, b81 !== undefined ? b81.value : u81, b82 !== undefined ? b82.value : u82, b83 !== undefined ? b83.value : u83, b84 !== undefined ? b84.value : u84, b85?.value, b86 !== undefined ? b86.value : u86, b87?.value, b88 !== undefined ? b88.value : u88, b89 !== undefined ? b89.value : u89, b90 !== undefined ? b90.value : u90, b91?.value, b92 !== undefined ? b92.value : u92, b93 !== undefined ? b93.value : u93, b94 !== undefined ? b94.value : u94, b95 !== undefined ? b95.value : u95, b96 !== undefined ? b96.value : u96, b97?.value, b98?.value, b99?.value, b100?.value, b101 !== undefined ? b101.value : u101, b102?.value, b103?.value, b104?.value, b105?.value, b106?.value, b107?.value, b108?.value, b109?.value, b110?.value, b111?.value, b112?.value, b113?.value, b114?.value, b115 !== undefined ? b115.value : u115, b116?.value, b117?.value, b118 !== undefined ? b118.value : u118, b119 !== undefined ? b119.value : u119, b120 !== undefined ? b120.value : u120, b121 !== undefined ? b121.value : u121, b122 !== undefined ? b122.value : u122, b123 !== undefined ? b123.value : u123, b124?.value, b125?.value, b126 !== undefined ? b126.value : u126, b127?.value, b128 !== undefined ? b128.value : u128, b129?.value, b130?.value, b131?.value, b132?.value, b133 !== undefined ? b133.value : u133, b134 !== undefined ? b134.value : u134, b135 !== undefined ? b135.value : u135, b136 !== undefined ? b136.value : u136, b137?.value, b138?.value, b139?.value, b140 !== undefined ? b140.value : u140, b141?.value, b142 !== undefined ? b142.value : u142, b143 !== undefined ? b143.value : u143, b144 !== undefined ? b144.value : u144, b145 !== undefined ? b145.value : u145, b146 !== undefined ? b146.value : u146, b147 !== undefined ? b147.value : u147, b148?.value, b149 !== undefined ? b149.value : u149, b150?.value, b151 !== undefined ? b151.value : u151, b152 !== undefined ? b152.value : u152, b153 !== undefined ? b153.value : u153, b154?.value, b155 !== undefined ? b155.value : u155, b156 !== undefined ? b156.value : u156, b157 !== undefined ? b157.value : u157, b158 !== undefined ? b158.value : u158, b159?.value, b160 !== undefined ? b160.value : u160, b161 !== undefined ? b161.value : u161, b162 !== undefined ? b162.value : u162, b163?.value, b164 !== undefined ? b164.value : u164, b165 !== undefined ? b165.value : u165, b166 !== undefined ? b166.value : u166, b167 !== undefined ? b167.value : u167, b168?.value, b169?.value, b170?.value, b171?.value, b172?.value, b173?.value, b174 !== undefined ? b174.value : u174, b175?.value, b176?.value, b177?.value, b178?.value, b179?.value, b180?.value, b181?.value, b182 !== undefined ? b182.value : u182, b183 !== undefined ? b183.value : u183, b184?.value, b185?.value, b186?.value, b187?.value, b188?.value, b189?.value, b190?.value, b191 !== undefined ? b191.value : u191, b192 !== undefined ? b192.value : u192, b193 !== undefined ? b193.value : u193, b194 !== undefined ? b194.value : u194, b195 !== undefined ? b195.value : u195, b196 !== undefined ? b196.value : u196, b197 !== undefined ? b197.value : u197, b198 !== undefined ? b198.value : u198, b199 !== undefined ? b199.value : u199, b200?.value, b201 !== undefined ? b201.value : u201, b202 !== undefined ? b202.value : u202, b203 !== undefined ? b203.value : u203, b204 !== undefined ? b204.value : u204, b205 !== undefined ? b205.value : u205, b206 !== undefined ? b206.value : u206, b207?.value, b208 !== undefined ? b208.value : u208, b209?.value, b210 !== undefined ? b210.value : u210, b211 !== undefined ? b211.value : u211, b212 !== undefined ? b212.value : u212, b213?.value, b214 !== undefined ? b214.value : u214, b215 !== undefined ? b215.value : u215, b216 !== undefined ? b216.value : u216, b217 !== undefined ? b217.value : u217, b218 !== undefined ? b218.value : u218, b219 !== undefined ? b219.value : u219, b220 !== undefined ? b220.value : u220, b221?.value, b222?.value, b223?.value, b224?.value, b225 !== undefined ? b225.value : u225, b226?.value, b227?.value, b228?.value, b229?.value, b230?.value, b231?.value, b232?.value, b233?.value, b234 !== undefined ? b234.value : u234, b235 !== undefined ? b235.value : u235, b236 !== undefined ? b236.value : u236, b237?.value, b238?.value, b239?.value, b240?.value, b241?.value, b242?.value, b243?.value, b244?.value, b245?.value, b246 !== undefined ? b246.value : u246, b247 !== undefined ? b247.value : u247, b248 !== undefined ? b248.value : u248, b249 !== undefined ? b249.value : u249, b250 !== undefined ? b250.value : u250, b251 !== undefined ? b251.value : u251, b252 !== undefined ? b252.value : u252, b253?.value, b254 !== undefined ? b254.value : u254, b255 !== undefined ? b255.value : u255, b256 !== undefined ? b256.value : u256, b257?.value, b258 !== undefined ? b258.value : u258, b259 !== undefined ? b259.value : u259, b260 !== undefined ? b260.value : u260, b261 !== undefined ? b261.value : u261, b262?.value, b263 !== undefined ? b263.value : u263, b264 !== undefined ? b264.value : u264, b265 !== undefined ? b265.value : u265, b266?.value, b267 !== undefined ? b267.value : u267, b268 !== undefined ? b268.value : u268, b269 !== undefined ? b269.value : u269, b270 !== undefined ? b270.value : u270, b271?.value, b272?.value, b273?.value, b274?.value, b275?.value, b276 !== undefined ? b276.value : u276, b277?.value, b278?.value, b279?.value, b280?.value, b281 !== undefined ? b281.value : u281, b282?.value, b283 !== undefined ? b283.value : u283, b284 !== undefined ? b284.value : u284, b285 !== undefined ? b285.value : u285, b286 !== undefined ? b286.value : u286, b287 !== undefined ? b287.value : u287, b288 !== undefined ? b288.value : u288, b289?.value, b290 !== undefined ? b290.value : u290, b291 !== undefined ? b291.value : u291, b292 !== undefined ? b292.value : u292, b293?.value, b294 !== undefined ? b294.value : u294, b295 !== undefined ? b295.value : u295, b296 !== undefined ? b296.value : u296, b297 !== undefined ? b297.value : u297, b298?.value, b299 !== undefined ? b299.value : u299, b300 !== undefined ? b300.value : u300, b301 !== undefined ? b301.value : u301, b302?.value, b303 !== undefined ? b303.value : u303, b304 !== undefined ? b304.value : u304, b305 !== undefined ? b305.value : u305, b306 !== undefined ? b306.value : u306, b307?.value, b308?.value, b309?.value, b310?.value, b311?.value, b312 !== undefined ? b312.value : u312, b313?.value, b314?.value, b315?.value, b316?.value, b317 !== undefined ? b317.value : u317, b318?.value, b319 !== undefined ? b319.value : u319, b320 !== undefined ? b320.value : u320, b321 !== undefined ? b321.value : u321, b322 !== undefined ? b322.value : u322, b323 !== undefined ? b323.value : u323, b324 !== undefined ? b324.value : u324, b325?.value, b326 !== undefined ? b326.value : u326, b327 !== undefined ? b327.value : u327, b328 !== undefined ? b328.value : u328, b329?.value, b330 !== undefined ? b330.value : u330, b331 !== undefined ? b331.value : u331, b332 !== undefined ? b332.value : u332, b333 !== undefined ? b333.value : u333, b334?.value, b335 !== undefined ? b335.value : u335, b336 !== undefined ? b336.value : u336, b337 !== undefined ? b337.value : u337, b338?.value, b339 !== undefined ? b339.value : u339, b340 !== undefined ? b340.value : u340, b341 !== undefined ? b341.value : u341, b342 !== undefined ? b342.value : u342, b343?.value, b344?.value, b345?.value, b346?.value, b347?.value, b348 !== undefined ? b348.value : u348, b349?.value, b350?.value, b351?.value, b352?.value, b353 !== undefined ? b353.value : u353, b354?.value, b355 !== undefined ? b355.value : u355, b356 !== undefined ? b356.value : u356, b357 !== undefined ? b357.value : u357, b358 !== undefined ? b358.value : u358, b359 !== undefined ? b359.value : u359, b360 !== undefined ? b360.value : u360, b361?.value, b362 !== undefined ? b362.value : u362, b363 !== undefined ? b363.value : u363, b364 !== undefined ? b364.value : u364, b365?.value, b366 !== undefined ? b366.value : u366, b367 !== undefined ? b367.value : u367, b368 !== undefined ? b368.value : u368, b369 !== undefined ? b369.value : u369, b370?.value, b371 !== undefined ? b371.value : u371, b372 !== undefined ? b372.value : u372, b373 !== undefined ? b373.value : u373, b374?.value, b375 !== undefined ? b375.value : u375, b376 !== undefined ? b376.value : u376, b377 !== undefined ? b377.value : u377, b378 !== undefined ? b378.value : u378, b379?.value, b380?.value, b381?.value, b382?.value, b383?.value, b384 !== undefined ? b384.value : u384, b385?.value, b386?.value, b387?.value, b388?.value, b389 !== undefined ? b389.value : u389, b390?.value, b391 !== undefined ? b391.value : u391, b392 !== undefined ? b392.value : u392, b393 !== undefined ? b393.value : u393, b394 !== undefined ? b394.value : u394, b395 !== undefined ? b395.value : u395, b396 !== undefined ? b396.value : u396, b397?.value, b398 !== undefined ? b398.value : u398, b399 !== undefined ? b399.value : u399, b400 !== undefined ? b400.value : u400, b401?.value, b402 !== undefined ? b402.value : u402, b403 !== undefined ? b403.value : u403, b404 !== undefined ? b404.value : u404, b405 !== undefined ? b405.value : u405, b406?.value, b407 !== undefined ? b407.value : u407, b408 !== undefined ? b408.value : u408, b409 !== undefined ? b409.value : u409, b410?.value, b411 !== undefined ? b411.value : u411, b412 !== undefined ? b412.value : u412, b413 !== undefined ? b413.value : u413, b414 !== undefined ? b414.value : u414, b415?.value, b416?.value, b417?.value, b418?.value, b419?.value, b420 !== undefined ? b420.value : u420, b421?.value, b422?.value, b423?.value, b424?.value, b425 !== undefined ? b425.value : u425, b426?.value, b427 !== undefined ? b427.value : u427, b428 !== undefined ? b428.value : u428, b429 !== undefined ? b429.value : u429, b430 !== undefined ? b430.value : u430, b431 !== undefined ? b431.value : u431, b432 !== undefined ? b432.value : u432, b433?.value, b434 !== undefined ? b434.value : u434, b435 !== undefined ? b435.value : u435, b436 !== undefined ? b436.value : u436, b437?.value, b438 !== undefined ? b438.value : u438, b439 !== undefined ? b439.value : u439, b440 !== undefined ? b440.value : u440, b441 !== undefined ? b441.value : u441, b442?.value, b443 !== undefined ? b443.value : u443, b444 !== undefined ? b444.value : u444, b445 !== undefined ? b445.value : u445, b446?.value, b447 !== undefined ? b447.value : u447, b448 !== undefined ? b448.value : u448, b449 !== undefined ? b449.value : u449, b450 !== undefined ? b450.value : u450, b451?.value, b452?.value, b453?.value, b454?.value, b455?.value, b456 !== undefined ? b456.value : u456, b457?.value, b458?.value, b459?.value, b460?.value, b461 !== undefined ? b461.value : u461, b462?.value, b463 !== undefined ? b463.value : u463, b464 !== undefined ? b464.value : u464, b465 !== undefined ? b465.value : u465, b466?.value, b467 !== undefined ? b467.value : u467, b468?.value, b469?.value, b470 !== undefined ? b470.value : u470, b471?.value, b472?.value, b473?.value, b474 !== undefined ? b474.value : u474, b475?.value, b476?.value, b477 !== undefined ? b477.value : u477, b478 !== undefined ? b478.value : u478, b479 !== undefined ? b479.value : u479, b480 !== undefined ? b480.value : u480, b481 !== undefined ? b481.value : u481, b482?.value, b483?.value, b484?.value, b485?.value, b486?.value, b487 !== undefined ? b487.value : u487, b488 !== undefined ? b488.value : u488, b489 !== undefined ? b489.value : u489, b490?.value, b491 !== undefined ? b491.value : u491, b492?.value, b493?.value, b494 !== undefined ? b494.value : u494, b495?.value, b496?.value, b497?.value, b498 !== undefined ? b498.value : u498, b499?.value, b500?.value, b501 !== undefined ? b501.value : u501, b502?.value, b503 !== undefined ? b503.value : u503, b504 !== undefined ? b504.value : u504, b505 !== undefined ? b505.value : u505, b506 !== undefined ? b506.value : u506, b507 !== undefined ? b507.value : u507, b508 !== undefined ? b508.value : u508, b509?.value, b510 !== undefined ? b510.value : u510, b511?.value, b512 !== undefined ? b512.value : u512, b513 !== undefined ? b513.value : u513, b514 !== undefined ? b514.value : u514, b515 !== undefined ? b515.value : u515, b516?.value, b517?.value, b518?.value, b519?.value, b520?.value, b521 !== undefined ? b521.value : u521, b522?.value, b523 !== undefined ? b523.value : u523, b524?.value, b525 !== undefined ? b525.value : u525, b526 !== undefined ? b526.value : u526, b527 !== undefined ? b527.value : u527, b528 !== undefined ? b528.value : u528, b529 !== undefined ? b529.value : u529, b530 !== undefined ? b530.value : u530, b531 !== undefined ? b531.value : u531, b532 !== undefined ? b532.value : u532, b533 !== undefined ? b533.value : u533, b534 !== undefined ? b534.value : u534, b535 !== undefined ? b535.value : u535, b536 !== undefined ? b536.value : u536, b537?.value, b538 !== undefined ? b538.value : u538, b539 !== undefined ? b539.value : u539, b540 !== undefined ? b540.value : u540, b541?.value, b542 !== undefined ? b542.value : u542, b543 !== undefined ? b543.value : u543, b544 !== undefined ? b544.value : u544, b545 !== undefined ? b545.value : u545, b546?.value, b547 !== undefined ? b547.value : u547, b548 !== undefined ? b548.value : u548, b549 !== undefined ? b549.value : u549, b550?.value, b551 !== undefined ? b551.value : u551, b552 !== undefined ? b552.value : u552, b553 !== undefined ? b553.value : u553, b554 !== undefined ? b554.value : u554, b555?.value, b556?.value, b557?.value, b558?.value, b559?.value, b560?.value, b561?.value, b562?.value, b563 !== undefined ? b563.value : u563, b564 !== undefined ? b564.value : u564, b565?.value, b566 !== undefined ? b566.value : u566, b567?.value, b568?.value, b569 !== undefined ? b569.value : u569, b570 !== undefined ? b570.value : u570, b571 !== undefined ? b571.value : u571, b572 !== undefined ? b572.value : u572, b573 !== undefined ? b573.value : u573, b574 !== undefined ? b574.value : u574, b575 !== undefined ? b575.value : u575, b576 !== undefined ? b576.value : u576, b577 !== undefined ? b577.value : u577, b578 !== undefined ? b578.value : u578, b579 !== undefined ? b579.value : u579, b580 !== undefined ? b580.value : u580, b581 !== undefined ? b581.value : u581, b582 !== undefined ? b582.value : u582, b583 !== undefined ? b583.value : u583, b584?.value, b585 !== undefined ? b585.value : u585, b586 !== undefined ? b586.value : u586, b587 !== undefined ? b587.value : u587, b588?.value, b589 !== undefined ? b589.value : u589, b590 !== undefined ? b590.value : u590, b591 !== undefined ? b591.value : u591, b592 !== undefined ? b592.value : u592, b593?.value, b594 !== undefined ? b594.value : u594, b595 !== undefined ? b595.value : u595, b596 !== undefined ? b596.value : u596, b597?.value, b598 !== undefined ? b598.value : u598, b599 !== undefined ? b599.value : u599, b600 !== undefined ? b600.value : u600, b601 !== undefined ? b601.value : u601, b602 !== undefined ? b602.value : u602, b603?.value, b604?.value, b605?.value, b606?.value, b607?.value, b608?.value, b609 !== undefined ? b609.value : u609, b610 !== undefined ? b610.value : u610, b611 !== undefined ? b611.value : u611, b612 !== undefined ? b612.value : u612, b613?.value, b614?.value, b615?.value, b616?.value, b617?.value, b618?.value, b619 !== undefined ? b619.value : u619, b620 !== undefined ? b620.value : u620, b621 !== undefined ? b621.value : u621, b622 !== undefined ? b622.value : u622, b623 !== undefined ? b623.value : u623, b624?.value, b625 !== undefined ? b625.value : u625, b626?.value, b627?.value, b628 !== undefined ? b628.value : u628, b629 !== undefined ? b629.value : u629, b630 !== undefined ? b630.value : u630, b631 !== undefined ? b631.value : u631, b632 !== undefined ? b632.value : u632, b633 !== undefined ? b633.value : u633, b634 !== undefined ? b634.value : u634, b635 !== undefined ? b635.value : u635, b636 !== undefined ? b636.value : u636, b637?.value, b638 !== undefined ? b638.value : u638, b639?.value, b640?.value, b641?.value, b642?.value, b643?.value, b644 !== undefined ? b644.value : u644, b645 !== undefined ? b645.value : u645, b646 !== undefined ? b646.value : u646, b647 !== undefined ? b647.value : u647, b648 !== undefined ? b648.value : u648, b649?.value, b650 !== undefined ? b650.value : u650, b651?.value, b652?.value, b653 !== undefined ? b653.value : u653, b654 !== undefined ? b654.value : u654, b655 !== undefined ? b655.value : u655, b656 !== undefined ? b656.value : u656, b657 !== undefined ? b657.value : u657, b658 !== undefined ? b658.value : u658, b659 !== undefined ? b659.value : u659, b660 !== undefined ? b660.value : u660, b661 !== undefined ? b661.value : u661, b662?.value, b663 !== undefined ? b663.value : u663, b664 !== undefined ? b664.value : u664, b665 !== undefined ? b665.value : u665, b666 !== undefined ? b666.value : u666, b667?.value, b668?.value, b669?.value, b670?.value, b671?.value, b672 !== undefined ? b672.value : u672, b673 !== undefined ? b673.value : u673, b674 !== undefined ? b674.value : u674, b675 !== undefined ? b675.value : u675, b676 !== undefined ? b676.value : u676, b677?.value, b678 !== undefined ? b678.value : u678, b679?.value, b680 !== undefined ? b680.value : u680, b681 !== undefined ? b681.value : u681, b682 !== undefined ? b682.value : u682, b683 !== undefined ? b683.value : u683, b684 !== undefined ? b684.value : u684, b685 !== undefined ? b685.value : u685, b686 !== undefined ? b686.value : u686, b687 !== undefined ? b687.value : u687, b688 !== undefined ? b688.value : u688, b689 !== undefined ? b689.value : u689, b690 !== undefined ? b690.value : u690, b691 !== undefined ? b691.value : u691, b692 !== undefined ? b692.value : u692, b693 !== undefined ? b693.value : u693, b694 !== undefined ? b694.value : u694, b695 !== undefined ? b695.value : u695, b696 !== undefined ? b696.value : u696, b697?.value, b698 !== undefined ? b698.value : u698, b699 !== undefined ? b699.value : u699, b700 !== undefined ? b700.value : u700, b701 !== undefined ? b701.value : u701, b702?.value, b703?.value, b704?.value, b705?.value, b706 !== undefined ? b706.value : u706, b707?.value, b708?.value, b709?.value, b710?.value, b711 !== undefined ? b711.value : u711, b712?.value, b713 !== undefined ? b713.value : u713, b714 !== undefined ? b714.value : u714, b715?.value, b716?.value, b717?.value, b718?.value, b719?.value, b720?.value, b721 !== undefined ? b721.value : u721, b722 !== undefined ? b722.value : u722, b723?.value, b724?.value, b725 !== undefined ? b725.value : u725, b726 !== undefined ? b726.value : u726, b727 !== undefined ? b727.value : u727, b728?.value, b729?.value, b730?.value, b731 !== undefined ? b731.value : u731, b732 !== undefined ? b732.value : u732, b733 !== undefined ? b733.value : u733, b734 !== undefined ? b734.value : u734, b735 !== undefined ? b735.value : u735, b736?.value, b737?.value, b738 !== undefined ? b738.value : u738, b739?.value, b740 !== undefined ? b740.value : u740, b741 !== undefined ? b741.value : u741, b742 !== undefined ? b742.value : u742, b743?.value, b744 !== undefined ? b744.value : u744, b745 !== undefined ? b745.value : u745, b746 !== undefined ? b746.value : u746, b747 !== undefined ? b747.value : u747, b748?.value, b749?.value, b750?.value, b751?.value, b752 !== undefined ? b752.value : u752, b753?.value, b754?.value, b755?.value, b756?.value, b757?.value, b758?.value, b759?.value, b760 !== undefined ? b760.value : u760, b761?.value, b762 !== undefined ? b762.value : u762, b763 !== undefined ? b763.value : u763, b764?.value, b765?.value, b766?.value, b767?.value, b768?.value, b769?.value, b770 !== undefined ? b770.value : u770, b771?.value, b772?.value, b773 !== undefined ? b773.value : u773, b774 !== undefined ? b774.value : u774, b775 !== undefined ? b775.value : u775, b776?.value, b777?.value, b778?.value, b779 !== undefined ? b779.value : u779, b780 !== undefined ? b780.value : u780, b781 !== undefined ? b781.value : u781, b782?.value, b783 !== undefined ? b783.value : u783, b784 !== undefined ? b784.value : u784, b785 !== undefined ? b785.value : u785, b786 !== undefined ? b786.value : u786, b787?.value, b788?.value, b789?.value, b790?.value, b791?.value, b792?.value, b793?.value, b794?.value, b795?.value, b796?.value, b797?.value, b798?.value, b799?.value, b800?.value, b801?.value, b802 !== undefined ? b802.value : u802, b803?.value, b804?.value, b805?.value, b806 !== undefined ? b806.value : u806, b807 !== undefined ? b807.value : u807, b808?.value, b809?.value, b810 !== undefined ? b810.value : u810, b811?.value, b812?.value, b813?.value, b814 !== undefined ? b814.value : u814, b815?.value, b816 !== undefined ? b816.value : u816, b817 !== undefined ? b817.value : u817, b818?.value, b819?.value, b820 !== undefined ? b820.value : u820, b821 !== undefined ? b821.value : u821, b822?.value, b823?.value, b824 !== undefined ? b824.value : u824, b825?.value, b826?.value, b827?.value, b828 !== undefined ? b828.value : u828, b829 !== undefined ? b829.value : u829, b830?.value, b831?.value, b832?.value, b833?.value, b834?.value, b835 !== undefined ? b835.value : u835, b836 !== undefined ? b836.value : u836, b837 !== undefined ? b837.value : u837, b838 !== undefined ? b838.value : u838, b839 !== undefined ? b839.value : u839, b840 !== undefined ? b840.value : u840, b841?.value, b842 !== undefined ? b842.value : u842, b843 !== undefined ? b843.value : u843, b844?.value, b845?.value, b846 !== undefined ? b846.value : u846, b847?.value, b848 !== undefined ? b848.value : u848, b849 !== undefined ? b849.value : u849, b850?.value, b851 !== undefined ? b851.value : u851, b852 !== undefined ? b852.value : u852, b853?.value, b854?.value, b855?.value, b856?.value, b857?.value, b858?.value, b859?.value, b860?.value, b861?.value, b862?.value, b863?.value, b864?.value, b865?.value, b866 !== undefined ? b866.value : u866, b867 !== undefined ? b867.value : u867, b868?.value, b869?.value, b870 !== undefined ? b870.value : u870, b871 !== undefined ? b871.value : u871, b872?.value, b873?.value, b874?.value, b875?.value, b876 !== undefined ? b876.value : u876, b877 !== undefined ? b877.value : u877, b878 !== undefined ? b878.value : u878, b879 !== undefined ? b879.value : u879, b880 !== undefined ? b880.value : u880, b881 !== undefined ? b881.value : u881, b882 !== undefined ? b882.value : u882, b883 !== undefined ? b883.value : u883, b884?.value, b885 !== undefined ? b885.value : u885, b886 !== undefined ? b886.value : u886, b887?.value, b888?.value, b889 !== undefined ? b889.value : u889, b890 !== undefined ? b890.value : u890, b891 !== undefined ? b891.value : u891, b892 !== undefined ? b892.value : u892, b893 !== undefined ? b893.value : u893, b894 !== undefined ? b894.value : u894, b895 !== undefined ? b895.value : u895, b896 !== undefined ? b896.value : u896, b897 !== undefined ? b897.value : u897, b898 !== undefined ? b898.value : u898, b899 !== undefined ? b899.value : u899, b900 !== undefined ? b900.value : u900, b901 !== undefined ? b901.value : u901, b902 !== undefined ? b902.value : u902, b903?.value, b904 !== undefined ? b904.value : u904, b905 !== undefined ? b905.value : u905, b906 !== undefined ? b906.value : u906, b907?.value, b908?.value, b909?.value, b910 !== undefined ? b910.value : u910, b911 !== undefined ? b911.value : u911, b912 !== undefined ? b912.value : u912, b913?.value, b914?.value, b915?.value, b916 !== undefined ? b916.value : u916, b917 !== undefined ? b917.value : u917, b918 !== undefined ? b918.value : u918, b919 !== undefined ? b919.value : u919, b920 !== undefined ? b920.value : u920, b921 !== undefined ? b921.value : u921, b922 !== undefined ? b922.value : u922, b923?.value, b924 !== undefined ? b924.value : u924, b925 !== undefined ? b925.value : u925, b926 !== undefined ? b926.value : u926, b927?.value, b928?.value, b929 !== undefined ? b929.value : u929, b930 !== undefined ? b930.value : u930, b931?.value, b932?.value, b933 !== undefined ? b933.value : u933, b934 !== undefined ? b934.value : u934, b935 !== undefined ? b935.value : u935, b936?.value, b937?.value, b938?.value, b939 !== undefined ? b939.value : u939, b940 !== undefined ? b940.value : u940, b941 !== undefined ? b941.value : u941, b942 !== undefined ? b942.value : u942, b943 !== undefined ? b943.value : u943, b944 !== undefined ? b944.value : u944, b945?.value, b946?.value, b947 !== undefined ? b947.value : u947, b948?.value, b949 !== undefined ? b949.value : u949, b950 !== undefined ? b950.value : u950, b951 !== undefined ? b951.value : u951, b952 !== undefined ? b952.value : u952, b953?.value]);
  }
}
/** Traces jitcode 1 (LuaTable.getField). */
function __metajit_trace_1(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let u2!: unknown;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let u8!: unknown;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  try {
    L85: {
    L68: {
    L49: {
    L31: {
    at = 0;
    b2 = rec.record("getfield", [b0!], __metajit_o24);
    at = 5;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o25);
    at = 10;
    const c10 = rec.resolve(b5!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], (rec.capturing ? rec.snapshotOwned(1, 10, [b0!, b1!, b2!, b5!]) : rec.noSnapshot));
    if (c10.value !== true) {
      break L31;
    }
    at = 18;
    rec.enterFrame(1, 18, [b0!], 14);
    b6 = __metajit_trace_14(rec, b2!, b1!);
    rec.leaveFrame();
    b4 = b6;
    break L49;
    }
    at = 31;
    {
      const x = rec.resolve(b2!);
      b2 = x.isConst ? x : rec.promote(x, (rec.capturing ? rec.snapshotOwned(1, 31, [b0!, b1!, b2!]) : rec.noSnapshot));
      u2 = x.value;
    }
    at = 37;
    b7 = rec.record("call_pure", [__metajit_k1_2, (b2 ??= __metajit_G.ref(u2)), b1!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(1, 37, [b0!]) : rec.noSnapshot) });
    b4 = b7;
    }
    b3 = b4;
    at = 52;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k1_4], v);
    }
    at = 56;
    const c56 = b9!;
    if (!c56.isConst) rec.guard(c56.value === true ? "guard_true" : "guard_false", [c56], (rec.capturing ? rec.snapshotOwned(1, 56, [b0!, b3!, b9!]) : rec.noSnapshot));
    if (c56.value !== true) {
      break L68;
    }
    u8 = __metajit_k1_5.value;
    b8 = __metajit_k1_5;
    b8 ??= __metajit_G.ref(u8);
    break L85;
    }
    at = 68;
    b10 = rec.record("getfield", [b0!], __metajit_o26);
    at = 73;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 76;
    b12 = rec.record("getarrayitem", [b10!, b11!], __metajit_o27);
    b8 = b12;
    }
    return b8!;
  } catch (e) {
    throw __metajit_G.switched(e, 1, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8 !== undefined ? b8.value : u8, b9?.value, b10?.value, b11?.value, b12?.value]);
  }
}
/** Traces jitcode 1 (LuaTable.getField), arguments 1 constant. */
function __metajit_trace_1_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined;
  let u2!: unknown;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let u4!: number;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let u7!: number;
  let b8: __metajit_Value | undefined;
  let u8!: unknown;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  try {
    L85: {
    L68: {
    L49: {
    L31: {
    at = 0;
    b2 = rec.record("getfield", [b0!], __metajit_o24);
    at = 5;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o25);
    at = 10;
    const c10 = rec.resolve(b5!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], (rec.capturing ? rec.snapshotOwned(1, 10, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b5!]) : rec.noSnapshot));
    if (c10.value !== true) {
      break L31;
    }
    at = 18;
    rec.enterFrame(1, 18, [b0!], 14);
    b6 = __metajit_trace_14_2(rec, b2!, u1);
    rec.leaveFrame();
    b4 = b6;
    break L49;
    }
    at = 31;
    {
      const x = rec.resolve(b2!);
      b2 = x.isConst ? x : rec.promote(x, (rec.capturing ? rec.snapshotOwned(1, 31, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!]) : rec.noSnapshot));
      u2 = x.value;
    }
    {
      const f = __metajit_k1_2.value as (...a: unknown[]) => unknown;
      u7 = __metajit_G.asFloat("call_pure", f(u2, u1), "");
      b7 = undefined;
    }
    u4 = u7;
    b4 = b7;
    b4 ??= __metajit_G.float(u4);
    }
    b3 = b4;
    at = 52;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k1_4], v);
    }
    at = 56;
    const c56 = b9!;
    if (!c56.isConst) rec.guard(c56.value === true ? "guard_true" : "guard_false", [c56], (rec.capturing ? rec.snapshotOwned(1, 56, [b0!, b3!, b9!]) : rec.noSnapshot));
    if (c56.value !== true) {
      break L68;
    }
    u8 = __metajit_k1_5.value;
    b8 = __metajit_k1_5;
    b8 ??= __metajit_G.ref(u8);
    break L85;
    }
    at = 68;
    b10 = rec.record("getfield", [b0!], __metajit_o26);
    at = 73;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 76;
    b12 = rec.record("getarrayitem", [b10!, b11!], __metajit_o27);
    b8 = b12;
    }
    return b8!;
  } catch (e) {
    throw __metajit_G.switched(e, 1, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9?.value, b10?.value, b11?.value, b12?.value]);
  }
}
/** Traces jitcode 2 (LuaTable.getStr). */
function __metajit_trace_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let u4!: unknown;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  try {
    L46: {
    L29: {
    at = 0;
    b3 = rec.record("getfield", [b0!], __metajit_o28);
    at = 5;
    rec.enterFrame(2, 5, [b0!], 14);
    b2 = __metajit_trace_14(rec, b3!, b1!);
    rec.leaveFrame();
    at = 13;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k2_2], v);
    }
    at = 17;
    const c17 = b5!;
    if (!c17.isConst) rec.guard(c17.value === true ? "guard_true" : "guard_false", [c17], (rec.capturing ? rec.snapshotOwned(2, 17, [b0!, b2!, b5!]) : rec.noSnapshot));
    if (c17.value !== true) {
      break L29;
    }
    u4 = __metajit_k2_3.value;
    b4 = __metajit_k2_3;
    b4 ??= __metajit_G.ref(u4);
    break L46;
    }
    at = 29;
    b6 = rec.record("getfield", [b0!], __metajit_o29);
    at = 34;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 37;
    b8 = rec.record("getarrayitem", [b6!, b7!], __metajit_o30);
    b4 = b8;
    }
    return b4!;
  } catch (e) {
    throw __metajit_G.switched(e, 2, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value]);
  }
}
/** Traces jitcode 3 (LuaTable.getInt). */
function __metajit_trace_3(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  try {
    L86: {
    L66: {
    L39: {
    at = 0;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b2 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k3_1], v);
    }
    at = 4;
    b3 = rec.record("getfield", [b0!], __metajit_o31);
    at = 9;
    {
      const x0 = b2!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b4 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 12;
    {
      const x0 = b4!;
      const v0 = x0.value as number;
      const v = v0;
      b5 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 15;
    {
      const x0 = b5!;
      const v0 = x0.value as number;
      const x1 = b2!;
      const v1 = x1.value as number;
      const v = v0 === v1;
      b6 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
    }
    b7 = b6;
    at = 22;
    const c22 = b6!;
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], (rec.capturing ? rec.snapshotOwned(3, 22, [b0!, b1!, b2!, b3!, b6!, b7!]) : rec.noSnapshot));
    if (c22.value !== true) {
      break L39;
    }
    at = 32;
    {
      const x0 = b2!;
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k3_4], v);
    }
    b7 = b8;
    }
    b9 = b7;
    at = 42;
    const c42 = rec.resolve(b7!);
    if (!c42.isConst) rec.guard(c42.value === true ? "guard_true" : "guard_false", [c42], (rec.capturing ? rec.snapshotOwned(3, 42, [b0!, b1!, b2!, b3!, b7!, b9!]) : rec.noSnapshot));
    if (c42.value !== true) {
      break L66;
    }
    at = 52;
    b10 = rec.record("arraylen", [b3!], __metajit_o32);
    at = 56;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 59;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const x1 = b11!;
      const v1 = x1.value as number;
      const v = v0 < v1;
      b12 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
    }
    b9 = b12;
    }
    at = 66;
    const c66 = rec.resolve(b9!);
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], (rec.capturing ? rec.snapshotOwned(3, 66, [b0!, b1!, b2!, b3!, b9!]) : rec.noSnapshot));
    if (c66.value !== true) {
      break L86;
    }
    at = 75;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b13 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 78;
    b14 = rec.record("getarrayitem", [b3!, b13!], __metajit_o33);
    return b14!;
    }
    at = 86;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0;
      b15 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
    }
    at = 89;
    rec.enterFrame(3, 89, [], 15);
    b16 = __metajit_trace_15(rec, b0!, b15!);
    rec.leaveFrame();
    return b16!;
  } catch (e) {
    throw __metajit_G.switched(e, 3, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 3 (LuaTable.getInt), arguments 1 constant. */
function __metajit_trace_3_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: number): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: number = p1;
  let b2: __metajit_Value | undefined;
  let u2!: number;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let u4!: number;
  let b5: __metajit_Value | undefined;
  let u5!: number;
  let b6: __metajit_Value | undefined;
  let u6!: boolean;
  let b7: __metajit_Value | undefined;
  let u7!: boolean;
  let b8: __metajit_Value | undefined;
  let u8!: boolean;
  let b9: __metajit_Value | undefined;
  let u9!: boolean;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let u13!: number;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let u15!: unknown;
  let b16: __metajit_Value | undefined;
  try {
    L86: {
    L66: {
    L39: {
    u2 = u1 - 1;
    b2 = undefined;
    at = 4;
    b3 = rec.record("getfield", [b0!], __metajit_o31);
    u4 = u2 | 0;
    b4 = undefined;
    u5 = u4;
    b5 = undefined;
    u6 = u5 === u2;
    b6 = undefined;
    u7 = u6;
    b7 = b6;
    if (!u6) {
      break L39;
    }
    u8 = u2 >= 0;
    b8 = undefined;
    u7 = u8;
    b7 = b8;
    }
    u9 = u7;
    b9 = b7;
    if (!u7) {
      b9 ??= __metajit_G.bool(u9);
      break L66;
    }
    at = 52;
    b10 = rec.record("arraylen", [b3!], __metajit_o32);
    at = 56;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 59;
    {
      const x1 = b11!;
      const v1 = x1.value as number;
      const v = u2 < v1;
      b12 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b2 ??= __metajit_G.float(u2)), x1], v);
    }
    b9 = b12;
    }
    at = 66;
    const c66 = rec.resolve(b9!);
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], (rec.capturing ? rec.snapshotOwned(3, 66, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.float(u2)), b3!, b9!]) : rec.noSnapshot));
    if (c66.value !== true) {
      break L86;
    }
    u13 = u2 | 0;
    b13 = undefined;
    at = 78;
    b14 = rec.record("getarrayitem", [b3!, (b13 ??= __metajit_G.int(u13))], __metajit_o33);
    return b14!;
    }
    u15 = u1;
    b15 = undefined;
    at = 89;
    rec.enterFrame(3, 89, [], 15);
    b16 = __metajit_trace_15_2(rec, b0!, u15);
    rec.leaveFrame();
    return b16!;
  } catch (e) {
    throw __metajit_G.switched(e, 3, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4 !== undefined ? b4.value : u4, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13 !== undefined ? b13.value : u13, b14?.value, b15 !== undefined ? b15.value : u15, b16?.value]);
  }
}
/** Traces jitcode 4 (LuaTable.get). */
function __metajit_trace_4(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  try {
    L49: {
    L23: {
    at = 0;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value;
      const v = typeof v0;
      b2 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
    }
    at = 3;
    {
      const x0 = b2!;
      const v0 = x0.value;
      const v = v0 === __metajit_k4_0.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k4_0], v);
    }
    at = 7;
    const c7 = b3!;
    if (!c7.isConst) rec.guard(c7.value === true ? "guard_true" : "guard_false", [c7], (rec.capturing ? rec.snapshotOwned(4, 7, [b0!, b1!, b3!]) : rec.noSnapshot));
    if (c7.value !== true) {
      break L23;
    }
    at = 14;
    rec.enterFrame(4, 14, [], 2);
    b4 = __metajit_trace_2(rec, b0!, b1!);
    rec.leaveFrame();
    return b4!;
    }
    at = 23;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value;
      const v = typeof v0;
      b5 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
    }
    at = 26;
    {
      const x0 = b5!;
      const v0 = x0.value;
      const v = v0 === __metajit_k4_1.value;
      b6 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k4_1], v);
    }
    at = 30;
    const c30 = b6!;
    if (!c30.isConst) rec.guard(c30.value === true ? "guard_true" : "guard_false", [c30], (rec.capturing ? rec.snapshotOwned(4, 30, [b0!, b1!, b6!]) : rec.noSnapshot));
    if (c30.value !== true) {
      break L49;
    }
    at = 37;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value;
      const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
      b7 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
    }
    at = 40;
    rec.enterFrame(4, 40, [], 3);
    b8 = __metajit_trace_3(rec, b0!, b7!);
    rec.leaveFrame();
    return b8!;
    }
    at = 49;
    rec.enterFrame(4, 49, [], 15);
    b9 = __metajit_trace_15(rec, b0!, b1!);
    rec.leaveFrame();
    return b9!;
  } catch (e) {
    throw __metajit_G.switched(e, 4, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value]);
  }
}
/** Traces jitcode 5 (LuaTable.setField). */
function __metajit_trace_5(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3!: unknown;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  try {
    L86: {
    L55: {
    L34: {
    at = 0;
    b3 = rec.record("getfield", [b0!], __metajit_o34);
    at = 5;
    b6 = rec.record("getfield_imm", [b3!], __metajit_o35);
    at = 10;
    const c10 = rec.resolve(b6!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], (rec.capturing ? rec.snapshotOwned(5, 10, [b0!, b1!, b2!, b3!, b6!]) : rec.noSnapshot));
    if (c10.value !== true) {
      break L34;
    }
    at = 19;
    rec.enterFrame(5, 19, [b0!, b1!, b2!], 14);
    b7 = __metajit_trace_14(rec, b3!, b1!);
    rec.leaveFrame();
    b5 = b7;
    break L55;
    }
    at = 34;
    {
      const x = rec.resolve(b3!);
      b3 = x.isConst ? x : rec.promote(x, (rec.capturing ? rec.snapshotOwned(5, 34, [b0!, b1!, b2!, b3!]) : rec.noSnapshot));
      u3 = x.value;
    }
    at = 41;
    b8 = rec.record("call_pure", [__metajit_k5_2, (b3 ??= __metajit_G.ref(u3)), b1!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(5, 41, [b0!, b1!, b2!]) : rec.noSnapshot) });
    b5 = b8;
    }
    b4 = b5;
    at = 58;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k5_4], v);
    }
    at = 62;
    const c62 = b9!;
    if (!c62.isConst) rec.guard(c62.value === true ? "guard_true" : "guard_false", [c62], (rec.capturing ? rec.snapshotOwned(5, 62, [b0!, b1!, b2!, b4!, b9!]) : rec.noSnapshot));
    if (c62.value !== true) {
      break L86;
    }
    at = 71;
    b10 = rec.record("getfield", [b0!], __metajit_o36);
    at = 76;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 79;
    rec.record("setarrayitem", [b10!, b11!, b2!], __metajit_o37);
    return __metajit_k5_7;
    }
    at = 86;
    rec.record("call", [__metajit_k5_8, b0!, b1!, b2!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(5, 86, []) : rec.noSnapshot) });
    return __metajit_k5_7;
  } catch (e) {
    throw __metajit_G.switched(e, 5, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 5 (LuaTable.setField), arguments 1 constant. */
function __metajit_trace_5_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3!: unknown;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let u5!: number;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let u8!: number;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  try {
    L86: {
    L55: {
    L34: {
    at = 0;
    b3 = rec.record("getfield", [b0!], __metajit_o34);
    at = 5;
    b6 = rec.record("getfield_imm", [b3!], __metajit_o35);
    at = 10;
    const c10 = rec.resolve(b6!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], (rec.capturing ? rec.snapshotOwned(5, 10, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b6!]) : rec.noSnapshot));
    if (c10.value !== true) {
      break L34;
    }
    at = 19;
    rec.enterFrame(5, 19, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!], 14);
    b7 = __metajit_trace_14_2(rec, b3!, u1);
    rec.leaveFrame();
    b5 = b7;
    break L55;
    }
    at = 34;
    {
      const x = rec.resolve(b3!);
      b3 = x.isConst ? x : rec.promote(x, (rec.capturing ? rec.snapshotOwned(5, 34, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!]) : rec.noSnapshot));
      u3 = x.value;
    }
    {
      const f = __metajit_k5_2.value as (...a: unknown[]) => unknown;
      u8 = __metajit_G.asFloat("call_pure", f(u3, u1), "");
      b8 = undefined;
    }
    u5 = u8;
    b5 = b8;
    b5 ??= __metajit_G.float(u5);
    }
    b4 = b5;
    at = 58;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k5_4], v);
    }
    at = 62;
    const c62 = b9!;
    if (!c62.isConst) rec.guard(c62.value === true ? "guard_true" : "guard_false", [c62], (rec.capturing ? rec.snapshotOwned(5, 62, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b4!, b9!]) : rec.noSnapshot));
    if (c62.value !== true) {
      break L86;
    }
    at = 71;
    b10 = rec.record("getfield", [b0!], __metajit_o36);
    at = 76;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 79;
    rec.record("setarrayitem", [b10!, b11!, b2!], __metajit_o37);
    return __metajit_k5_7;
    }
    at = 86;
    rec.record("call", [__metajit_k5_8, b0!, (b1 ??= __metajit_G.ref(u1)), b2!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(5, 86, []) : rec.noSnapshot) });
    return __metajit_k5_7;
  } catch (e) {
    throw __metajit_G.switched(e, 5, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6?.value, b7?.value, b8 !== undefined ? b8.value : u8, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 6 (LuaTable.setStr). */
function __metajit_trace_6(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  try {
    L43: {
    at = 0;
    b4 = rec.record("getfield", [b0!], __metajit_o38);
    at = 5;
    rec.enterFrame(6, 5, [b0!, b1!, b2!], 14);
    b3 = __metajit_trace_14(rec, b4!, b1!);
    rec.leaveFrame();
    at = 15;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k6_2], v);
    }
    at = 19;
    const c19 = b5!;
    if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], (rec.capturing ? rec.snapshotOwned(6, 19, [b0!, b1!, b2!, b3!, b5!]) : rec.noSnapshot));
    if (c19.value !== true) {
      break L43;
    }
    at = 28;
    b6 = rec.record("getfield", [b0!], __metajit_o39);
    at = 33;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 36;
    rec.record("setarrayitem", [b6!, b7!, b2!], __metajit_o40);
    return __metajit_k6_5;
    }
    at = 43;
    rec.record("call", [__metajit_k6_6, b0!, b1!, b2!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(6, 43, []) : rec.noSnapshot) });
    return __metajit_k6_5;
  } catch (e) {
    throw __metajit_G.switched(e, 6, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value]);
  }
}
/** Traces jitcode 7 (LuaTable.setInt). */
function __metajit_trace_7(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  try {
    L88: {
    L68: {
    L40: {
    at = 0;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k7_1], v);
    }
    at = 4;
    b4 = rec.record("getfield", [b0!], __metajit_o41);
    at = 9;
    {
      const x0 = b3!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b5 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 12;
    {
      const x0 = b5!;
      const v0 = x0.value as number;
      const v = v0;
      b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 15;
    {
      const x0 = b6!;
      const v0 = x0.value as number;
      const x1 = b3!;
      const v1 = x1.value as number;
      const v = v0 === v1;
      b7 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
    }
    b8 = b7;
    at = 22;
    const c22 = b7!;
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], (rec.capturing ? rec.snapshotOwned(7, 22, [b0!, b1!, b2!, b3!, b4!, b7!, b8!]) : rec.noSnapshot));
    if (c22.value !== true) {
      break L40;
    }
    at = 33;
    {
      const x0 = b3!;
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k7_4], v);
    }
    b8 = b9;
    }
    b10 = b8;
    at = 43;
    const c43 = rec.resolve(b8!);
    if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], (rec.capturing ? rec.snapshotOwned(7, 43, [b0!, b1!, b2!, b3!, b4!, b8!, b10!]) : rec.noSnapshot));
    if (c43.value !== true) {
      break L68;
    }
    at = 54;
    b11 = rec.record("arraylen", [b4!], __metajit_o42);
    at = 58;
    {
      const x0 = rec.resolve(b11!);
      const v0 = x0.value as number;
      const v = v0;
      b12 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
    }
    at = 61;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const x1 = b12!;
      const v1 = x1.value as number;
      const v = v0 < v1;
      b13 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
    }
    b10 = b13;
    }
    at = 68;
    const c68 = rec.resolve(b10!);
    if (!c68.isConst) rec.guard(c68.value === true ? "guard_true" : "guard_false", [c68], (rec.capturing ? rec.snapshotOwned(7, 68, [b0!, b1!, b2!, b3!, b4!, b10!]) : rec.noSnapshot));
    if (c68.value !== true) {
      break L88;
    }
    at = 78;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b14 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 81;
    rec.record("setarrayitem", [b4!, b14!, b2!], __metajit_o42);
    return __metajit_k7_6;
    }
    at = 88;
    rec.enterFrame(7, 88, [], 16);
    __metajit_trace_16(rec, b0!, b1!, b2!);
    rec.leaveFrame();
    return __metajit_k7_6;
  } catch (e) {
    throw __metajit_G.switched(e, 7, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value]);
  }
}
/** Traces jitcode 8 (LuaTable.replaceField). */
function __metajit_trace_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3!: unknown;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  try {
    L106: {
    L96: {
    L53: {
    L33: {
    at = 0;
    b3 = rec.record("getfield", [b0!], __metajit_o43);
    at = 5;
    b6 = rec.record("getfield_imm", [b3!], __metajit_o44);
    at = 10;
    const c10 = rec.resolve(b6!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], (rec.capturing ? rec.snapshotOwned(8, 10, [b0!, b1!, b2!, b3!, b6!]) : rec.noSnapshot));
    if (c10.value !== true) {
      break L33;
    }
    at = 19;
    rec.enterFrame(8, 19, [b0!, b2!], 14);
    b7 = __metajit_trace_14(rec, b3!, b1!);
    rec.leaveFrame();
    b5 = b7;
    break L53;
    }
    at = 33;
    {
      const x = rec.resolve(b3!);
      b3 = x.isConst ? x : rec.promote(x, (rec.capturing ? rec.snapshotOwned(8, 33, [b0!, b1!, b2!, b3!]) : rec.noSnapshot));
      u3 = x.value;
    }
    at = 40;
    b8 = rec.record("call_pure", [__metajit_k8_2, (b3 ??= __metajit_G.ref(u3)), b1!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(8, 40, [b0!, b2!]) : rec.noSnapshot) });
    b5 = b8;
    }
    b4 = b5;
    at = 56;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k8_4], v);
    }
    at = 60;
    {
      const x0 = b9!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b10 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    b11 = b9;
    at = 66;
    const c66 = b10!;
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], (rec.capturing ? rec.snapshotOwned(8, 66, [b0!, b2!, b4!, b10!, b11!]) : rec.noSnapshot));
    if (c66.value !== true) {
      break L96;
    }
    at = 75;
    b12 = rec.record("getfield", [b0!], __metajit_o45);
    at = 80;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b13 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 83;
    b14 = rec.record("getarrayitem", [b12!, b13!], __metajit_o46);
    at = 89;
    {
      const x0 = rec.resolve(b14!);
      const v0 = x0.value;
      const v = v0 === __metajit_k8_7.value;
      b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k8_7], v);
    }
    b11 = b15;
    }
    at = 96;
    const c96 = rec.resolve(b11!);
    if (!c96.isConst) rec.guard(c96.value === true ? "guard_true" : "guard_false", [c96], (rec.capturing ? rec.snapshotOwned(8, 96, [b0!, b2!, b4!, b11!]) : rec.noSnapshot));
    if (c96.value !== true) {
      break L106;
    }
    return __metajit_k8_8;
    }
    at = 106;
    b16 = rec.record("getfield", [b0!], __metajit_o45);
    at = 111;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 114;
    rec.record("setarrayitem", [b16!, b17!, b2!], __metajit_o47);
    return __metajit_k8_9;
  } catch (e) {
    throw __metajit_G.switched(e, 8, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value]);
  }
}
/** Traces jitcode 9 (LuaTable.constructor), arguments 1, 2 constant. */
function __metajit_trace_9_6(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown, p2: unknown): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined;
  let u2: unknown = p2;
  let b3: __metajit_Value | undefined;
  let u3!: number;
  let b4: __metajit_Value | undefined;
  let u4!: boolean;
  let b5: __metajit_Value | undefined;
  let u5!: number;
  let b6: __metajit_Value | undefined;
  let u6!: number;
  let b7: __metajit_Value | undefined;
  let u7!: number;
  let b8: __metajit_Value | undefined;
  let u8!: boolean;
  let b9: __metajit_Value | undefined;
  let u9!: number;
  let b10: __metajit_Value | undefined;
  let u10!: number;
  let b11: __metajit_Value | undefined;
  let u11!: unknown;
  let b12: __metajit_Value | undefined;
  let u12!: boolean;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: boolean;
  let b16: __metajit_Value | undefined;
  let u16!: number;
  try {
    L122: {
    L119: {
    L91: {
    L88: {
    L59: {
    L36: {
    at = 0;
    rec.record("setfield", [b0!, __metajit_k9_0], __metajit_o48);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k9_2], __metajit_o49);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k9_4], __metajit_o50);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k9_0], __metajit_o51);
    u4 = u1 == null;
    b4 = undefined;
    u6 = __metajit_G.asFloat("cast_ref_to_float", u1, "");
    b6 = undefined;
    u5 = u6;
    b5 = b6;
    if (!u4) {
      break L36;
    }
    u5 = 0;
    b5 = __metajit_k9_8;
    }
    u3 = u5;
    b3 = b5;
    u8 = u2 == null;
    b8 = undefined;
    u10 = __metajit_G.asFloat("cast_ref_to_float", u2, "");
    b10 = undefined;
    u9 = u10;
    b9 = b10;
    if (!u8) {
      break L59;
    }
    u9 = 0;
    b9 = __metajit_k9_8;
    }
    u7 = u9;
    b7 = b9;
    u12 = u3 > 0;
    b12 = undefined;
    if (!u12) {
      break L88;
    }
    at = 74;
    b13 = rec.record("call", [__metajit_k9_10, (b3 ??= __metajit_G.float(u3))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(9, 74, [b0!, (b7 ??= __metajit_G.float(u7))]) : rec.noSnapshot) });
    b11 = b13;
    break L91;
    }
    u11 = __metajit_k9_11.value;
    b11 = __metajit_k9_11;
    b11 ??= __metajit_G.ref(u11);
    }
    at = 91;
    rec.record("setfield", [b0!, b11!], __metajit_o52);
    u15 = u7 > 0;
    b15 = undefined;
    if (!u15) {
      break L119;
    }
    {
      const f = __metajit_k9_13.value as (...a: unknown[]) => unknown;
      u16 = __metajit_G.asFloat("call_pure", f(u7), "");
      b16 = undefined;
    }
    u14 = u16;
    b14 = b16;
    break L122;
    }
    u14 = 0;
    b14 = __metajit_k9_8;
    }
    at = 122;
    rec.record("setfield", [b0!, (b14 ??= __metajit_G.float(u14))], __metajit_o53);
    return __metajit_k9_0;
  } catch (e) {
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3 !== undefined ? b3.value : u3, b4 !== undefined ? b4.value : u4, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16]);
  }
}
/** Traces jitcode 10 (luaMod). */
function __metajit_trace_10(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  try {
    at = 0;
    {
      const x0 = rec.resolve(b0!);
      const v0 = x0.value as number;
      const x1 = rec.resolve(b1!);
      const v1 = x1.value as number;
      const v = v0 / v1;
      b2 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
    }
    at = 4;
    b3 = rec.record("call_pure", [__metajit_k10_0, b2!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(10, 4, [b0!, b1!]) : rec.noSnapshot) });
    at = 13;
    {
      const x0 = b3!;
      const v0 = x0.value as number;
      const x1 = rec.resolve(b1!);
      const v1 = x1.value as number;
      const v = v0 * v1;
      b4 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
    }
    at = 17;
    {
      const x0 = rec.resolve(b0!);
      const v0 = x0.value as number;
      const x1 = b4!;
      const v1 = x1.value as number;
      const v = v0 - v1;
      b5 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
    }
    return b5!;
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value]);
  }
}
/** Traces jitcode 11 (LuaTable.length). */
function __metajit_trace_11(rec: __metajit_Recorder, p0: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let u10!: number;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  let b20: __metajit_Value | undefined;
  let b21: __metajit_Value | undefined;
  let b22: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b1 = rec.record("getfield", [b0!], __metajit_o54);
          at = 5;
          b3 = rec.record("arraylen", [b1!], __metajit_o55);
          at = 9;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0;
            b2 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 12;
          {
            const x0 = b2!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k11_3], v);
          }
          b5 = b4;
          at = 19;
          const c19 = b4!;
          if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], (rec.capturing ? rec.snapshotOwned(11, 19, [b0!, b1!, b2!, b4!, b5!]) : rec.noSnapshot));
          if (c19.value !== true) {
            block = 48;
            continue dispatch;
          }
          block = 28;
          continue dispatch;
        }
        case 28: {
          at = 28;
          {
            const x0 = b2!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k11_5], v);
          }
          at = 32;
          {
            const x0 = b6!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 35;
          b8 = rec.record("getarrayitem", [b1!, b7!], __metajit_o56);
          at = 41;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k11_6.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_6], v);
          }
          b5 = b9;
          block = 48;
          continue dispatch;
        }
        case 48: {
          at = 48;
          const c48 = rec.resolve(b5!);
          if (!c48.isConst) rec.guard(c48.value === true ? "guard_true" : "guard_false", [c48], (rec.capturing ? rec.snapshotOwned(11, 48, [b0!, b1!, b2!, b5!]) : rec.noSnapshot));
          if (c48.value !== true) {
            block = 131;
            continue dispatch;
          }
          block = 56;
          continue dispatch;
        }
        case 56: {
          u10 = 0;
          b10 = __metajit_k11_3;
          b10 ??= __metajit_G.float(u10);
          block = 59;
          continue dispatch;
        }
        case 59: {
          at = 59;
          {
            const x0 = rec.resolve(b2!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = v0 - v1;
            b11 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 63;
          {
            const x0 = b11!;
            const v0 = x0.value as number;
            const v = v0 > 1;
            b12 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k11_5], v);
          }
          at = 67;
          const c67 = b12!;
          if (!c67.isConst) rec.guard(c67.value === true ? "guard_true" : "guard_false", [c67], (rec.capturing ? rec.snapshotOwned(11, 67, [b1!, b2!, b10!, b12!]) : rec.noSnapshot));
          if (c67.value !== true) {
            block = 129;
            continue dispatch;
          }
          block = 75;
          continue dispatch;
        }
        case 75: {
          at = 75;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b2!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b14 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 79;
          {
            const x0 = b14!;
            const v0 = x0.value as number;
            const v = v0 / 2;
            b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k11_9], v);
          }
          at = 83;
          b13 = rec.record("call_pure", [__metajit_k11_7, b15!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(11, 83, [b1!, b2!, b10!]) : rec.noSnapshot) });
          at = 93;
          {
            const x0 = b13!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k11_5], v);
          }
          at = 97;
          {
            const x0 = b16!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 100;
          b18 = rec.record("getarrayitem", [b1!, b17!], __metajit_o56);
          at = 106;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value;
            const v = v0 === __metajit_k11_6.value;
            b19 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_6], v);
          }
          at = 110;
          const c110 = b19!;
          if (!c110.isConst) rec.guard(c110.value === true ? "guard_true" : "guard_false", [c110], (rec.capturing ? rec.snapshotOwned(11, 110, [b1!, b2!, b10!, b13!, b19!]) : rec.noSnapshot));
          if (c110.value !== true) {
            block = 124;
            continue dispatch;
          }
          block = 119;
          continue dispatch;
        }
        case 119: {
          b2 = b13;
          block = 127;
          continue dispatch;
        }
        case 124: {
          b10 = b13;
          block = 127;
          continue dispatch;
        }
        case 127: {
          block = 59;
          continue dispatch;
        }
        case 129: {
          return b10!;
        }
        case 131: {
          at = 131;
          b20 = rec.record("getfield", [b0!], __metajit_o57);
          at = 136;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 === 0;
            b21 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k11_3], v);
          }
          at = 140;
          const c140 = b21!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], (rec.capturing ? rec.snapshotOwned(11, 140, [b0!, b2!, b21!]) : rec.noSnapshot));
          if (c140.value !== true) {
            block = 149;
            continue dispatch;
          }
          block = 147;
          continue dispatch;
        }
        case 147: {
          return b2!;
        }
        case 149: {
          at = 149;
          rec.enterFrame(11, 149, [], 17);
          b22 = __metajit_trace_17(rec, b0!, b2!);
          rec.leaveFrame();
          return b22!;
        }
        default: throw new Error("LuaTable.length: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value]);
  }
}
/** Traces jitcode 12 (Interpreter.pushFrame), arguments 4, 6, 7 constant. */
function __metajit_trace_12_208(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: number, p7: number, p8: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined;
  let u4: number = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined;
  let u6: number = p6;
  let b7: __metajit_Value | undefined;
  let u7: number = p7;
  let b8: __metajit_Value | undefined = p8;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  let b20: __metajit_Value | undefined;
  let b21: __metajit_Value | undefined;
  let b22: __metajit_Value | undefined;
  let b23: __metajit_Value | undefined;
  try {
    L77: {
    L69: {
    L42: {
    at = 0;
    b9 = rec.record("getfield", [b1!], __metajit_o58);
    at = 5;
    {
      const x0 = rec.resolve(b9!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b10 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k12_2], v);
    }
    at = 9;
    b11 = rec.record("getfield", [b0!], __metajit_o59);
    at = 14;
    {
      const x0 = b10!;
      const v0 = x0.value as number;
      const x1 = rec.resolve(b11!);
      const v1 = x1.value as number;
      const v = v0 >= v1;
      b12 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, x1], v);
    }
    at = 18;
    const c18 = b12!;
    if (!c18.isConst) rec.guard(c18.value === true ? "guard_true" : "guard_false", [c18], (rec.capturing ? rec.snapshotOwned(12, 18, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b9!, b12!]) : rec.noSnapshot));
    if (c18.value !== true) {
      break L42;
    }
    at = 33;
    b13 = rec.record("call", [__metajit_k12_4, b0!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(12, 33, []) : rec.noSnapshot) });
    throw b13!.value;
    }
    at = 42;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value;
      const v = v0 === __metajit_k12_5.value;
      b16 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_5], v);
    }
    at = 46;
    {
      const x0 = b16!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    at = 49;
    const c49 = b17!;
    if (!c49.isConst) rec.guard(c49.value === true ? "guard_true" : "guard_false", [c49], (rec.capturing ? rec.snapshotOwned(12, 49, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b9!, b17!]) : rec.noSnapshot));
    if (c49.value !== true) {
      break L69;
    }
    b15 = b3;
    break L77;
    }
    at = 69;
    b18 = rec.record("getfield_imm", [b0!], __metajit_o60);
    b15 = b18;
    }
    at = 77;
    rec.enterFrame(12, 77, [b1!, b2!, b9!], 18);
    b14 = __metajit_trace_18_104(rec, b0!, b2!, b3!, u4, b5!, u6, u7, b8!, b15!);
    rec.leaveFrame();
    at = 94;
    b19 = rec.record("getfield", [b1!], __metajit_o61);
    at = 99;
    {
      const x0 = rec.resolve(b9!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b20 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 102;
    rec.record("setarrayitem", [b19!, b20!, b2!], __metajit_o62);
    at = 107;
    b21 = rec.record("getfield", [b1!], __metajit_o63);
    at = 112;
    {
      const x0 = rec.resolve(b9!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b22 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 115;
    rec.record("setarrayitem", [b21!, b22!, b14!], __metajit_o62);
    at = 120;
    {
      const x0 = rec.resolve(b9!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b23 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k12_2], v);
    }
    at = 124;
    rec.record("setfield", [b1!, b23!], __metajit_o64);
    return b14!;
  } catch (e) {
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value]);
  }
}
/** Traces jitcode 13 (Interpreter.tailFrame), arguments 4 constant. */
function __metajit_trace_13_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined;
  let u4: number = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  try {
    at = 0;
    b8 = rec.record("getfield_imm", [b6!], __metajit_o65);
    at = 5;
    b9 = rec.record("getfield_imm", [b6!], __metajit_o66);
    at = 10;
    b10 = rec.record("getfield_imm", [b6!], __metajit_o67);
    at = 15;
    b11 = rec.record("getfield_imm", [b6!], __metajit_o68);
    at = 20;
    rec.enterFrame(13, 20, [b1!, b2!, b6!], 18);
    b7 = __metajit_trace_18_8(rec, b0!, b2!, b3!, u4, b5!, b8!, b9!, b10!, b11!);
    rec.leaveFrame();
    at = 37;
    b12 = rec.record("getfield", [b6!], __metajit_o69);
    at = 42;
    {
      const x0 = rec.resolve(b12!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b13 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k13_6], v);
    }
    at = 46;
    rec.record("setfield", [b7!, b13!], __metajit_o70);
    at = 50;
    b15 = rec.record("getfield", [b1!], __metajit_o71);
    at = 55;
    {
      const x0 = rec.resolve(b15!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b14 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k13_6], v);
    }
    at = 59;
    b16 = rec.record("getfield", [b1!], __metajit_o72);
    at = 64;
    {
      const x0 = b14!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 67;
    rec.record("setarrayitem", [b16!, b17!, b2!], __metajit_o73);
    at = 72;
    b18 = rec.record("getfield", [b1!], __metajit_o74);
    at = 77;
    {
      const x0 = b14!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b19 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 80;
    rec.record("setarrayitem", [b18!, b19!, b7!], __metajit_o73);
    return b7!;
  } catch (e) {
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value]);
  }
}
/** Traces jitcode 14 (Shape.lookup). */
function __metajit_trace_14(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let u6!: number;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let u9!: number;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b2 = rec.record("getfield_imm", [b0!], __metajit_o75);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o76);
          at = 9;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0;
            b4 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 12;
          {
            const x0 = b4!;
            const v0 = x0.value as number;
            const v = v0 <= 8;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k14_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], (rec.capturing ? rec.snapshotOwned(14, 16, [b0!, b1!, b2!, b3!, b5!]) : rec.noSnapshot));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k14_5;
          block = 28;
          continue dispatch;
        }
        case 28: {
          at = 28;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0;
            b7 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 31;
          {
            const x1 = b7!;
            const v1 = x1.value as number;
            const v = u6 < v1;
            b8 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b6 ??= __metajit_G.float(u6)), x1], v);
          }
          at = 35;
          const c35 = b8!;
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], (rec.capturing ? rec.snapshotOwned(14, 35, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]) : rec.noSnapshot));
          if (c35.value !== true) {
            block = 74;
            continue dispatch;
          }
          block = 44;
          continue dispatch;
        }
        case 44: {
          u9 = u6 | 0;
          b9 = undefined;
          at = 47;
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o77);
          at = 53;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value;
            const x1 = rec.resolve(b1!);
            const v1 = x1.value;
            const v = v0 === v1;
            b11 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 57;
          const c57 = b11!;
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], (rec.capturing ? rec.snapshotOwned(14, 57, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]) : rec.noSnapshot));
          if (c57.value !== true) {
            block = 68;
            continue dispatch;
          }
          block = 66;
          continue dispatch;
        }
        case 66: {
          return (b6 ??= __metajit_G.float(u6));
        }
        case 68: {
          u6 = u6 + 1;
          b6 = undefined;
          block = 28;
          continue dispatch;
        }
        case 74: {
          return __metajit_k14_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o78);
          at = 81;
          b12 = rec.record("call", [__metajit_k14_10, b13!, b1!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(14, 81, []) : rec.noSnapshot) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k14_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], (rec.capturing ? rec.snapshotOwned(14, 93, [b12!, b15!]) : rec.noSnapshot));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k14_8;
          b14 ??= __metajit_G.float(u14);
          block = 110;
          continue dispatch;
        }
        case 104: {
          at = 104;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          b14 = b16;
          block = 110;
          continue dispatch;
        }
        case 110: {
          return b14!;
        }
        default: throw new Error("Shape.lookup: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 14 (Shape.lookup), arguments 1 constant. */
function __metajit_trace_14_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let u6!: number;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let u9!: number;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b2 = rec.record("getfield_imm", [b0!], __metajit_o75);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o76);
          at = 9;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0;
            b4 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 12;
          {
            const x0 = b4!;
            const v0 = x0.value as number;
            const v = v0 <= 8;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k14_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], (rec.capturing ? rec.snapshotOwned(14, 16, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]) : rec.noSnapshot));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k14_5;
          block = 28;
          continue dispatch;
        }
        case 28: {
          at = 28;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0;
            b7 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 31;
          {
            const x1 = b7!;
            const v1 = x1.value as number;
            const v = u6 < v1;
            b8 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b6 ??= __metajit_G.float(u6)), x1], v);
          }
          at = 35;
          const c35 = b8!;
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], (rec.capturing ? rec.snapshotOwned(14, 35, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]) : rec.noSnapshot));
          if (c35.value !== true) {
            block = 74;
            continue dispatch;
          }
          block = 44;
          continue dispatch;
        }
        case 44: {
          u9 = u6 | 0;
          b9 = undefined;
          at = 47;
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o77);
          at = 53;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value;
            const v = v0 === u1;
            b11 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, (b1 ??= __metajit_G.ref(u1))], v);
          }
          at = 57;
          const c57 = b11!;
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], (rec.capturing ? rec.snapshotOwned(14, 57, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]) : rec.noSnapshot));
          if (c57.value !== true) {
            block = 68;
            continue dispatch;
          }
          block = 66;
          continue dispatch;
        }
        case 66: {
          return (b6 ??= __metajit_G.float(u6));
        }
        case 68: {
          u6 = u6 + 1;
          b6 = undefined;
          block = 28;
          continue dispatch;
        }
        case 74: {
          return __metajit_k14_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o78);
          at = 81;
          b12 = rec.record("call", [__metajit_k14_10, b13!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(14, 81, []) : rec.noSnapshot) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k14_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], (rec.capturing ? rec.snapshotOwned(14, 93, [b12!, b15!]) : rec.noSnapshot));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k14_8;
          b14 ??= __metajit_G.float(u14);
          block = 110;
          continue dispatch;
        }
        case 104: {
          at = 104;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          b14 = b16;
          block = 110;
          continue dispatch;
        }
        case 110: {
          return b14!;
        }
        default: throw new Error("Shape.lookup: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 15 (LuaTable.getHashed). */
function __metajit_trace_15(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let u6!: unknown;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  try {
    L68: {
    L48: {
    L18: {
    at = 0;
    b2 = rec.record("getfield", [b0!], __metajit_o79);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], (rec.capturing ? rec.snapshotOwned(15, 9, [b1!, b2!, b3!]) : rec.noSnapshot));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k15_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o80);
    at = 23;
    b4 = rec.record("call", [__metajit_k15_3, b5!, b1!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(15, 23, [b2!]) : rec.noSnapshot) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], (rec.capturing ? rec.snapshotOwned(15, 36, [b2!, b4!, b7!]) : rec.noSnapshot));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k15_1.value;
    b6 = __metajit_k15_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o81);
    at = 53;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
    }
    at = 56;
    {
      const x0 = b9!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b10 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 59;
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o82);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 15 (LuaTable.getHashed), arguments 1 constant. */
function __metajit_trace_15_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let u6!: unknown;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  try {
    L68: {
    L48: {
    L18: {
    at = 0;
    b2 = rec.record("getfield", [b0!], __metajit_o79);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], (rec.capturing ? rec.snapshotOwned(15, 9, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!]) : rec.noSnapshot));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k15_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o80);
    at = 23;
    b4 = rec.record("call", [__metajit_k15_3, b5!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(15, 23, [b2!]) : rec.noSnapshot) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], (rec.capturing ? rec.snapshotOwned(15, 36, [b2!, b4!, b7!]) : rec.noSnapshot));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k15_1.value;
    b6 = __metajit_k15_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o81);
    at = 53;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
    }
    at = 56;
    {
      const x0 = b9!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b10 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 59;
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o82);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 16 (LuaTable.setNumSlow). */
function __metajit_trace_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let u16!: number;
  let b17: __metajit_Value | undefined;
  try {
    L119: {
    L116: {
    L99: {
    L75: {
    L73: {
    at = 0;
    b3 = rec.record("getfield", [b0!], __metajit_o83);
    at = 5;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value;
      const v = v0 === __metajit_k16_1.value;
      b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k16_1], v);
    }
    at = 9;
    {
      const x0 = b4!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    at = 12;
    const c12 = b5!;
    if (!c12.isConst) rec.guard(c12.value === true ? "guard_true" : "guard_false", [c12], (rec.capturing ? rec.snapshotOwned(16, 12, [b0!, b1!, b2!, b3!, b5!]) : rec.noSnapshot));
    if (c12.value !== true) {
      break L75;
    }
    at = 21;
    b7 = rec.record("getfield_imm", [b3!], __metajit_o84);
    at = 26;
    b6 = rec.record("call", [__metajit_k16_3, b7!, b1!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(16, 26, [b0!, b1!, b2!, b3!]) : rec.noSnapshot) });
    at = 38;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = v0 === __metajit_k16_1.value;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k16_1], v);
    }
    at = 42;
    {
      const x0 = b8!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    at = 45;
    const c45 = b9!;
    if (!c45.isConst) rec.guard(c45.value === true ? "guard_true" : "guard_false", [c45], (rec.capturing ? rec.snapshotOwned(16, 45, [b0!, b1!, b2!, b3!, b6!, b9!]) : rec.noSnapshot));
    if (c45.value !== true) {
      break L73;
    }
    at = 55;
    b10 = rec.record("getfield_imm", [b3!], __metajit_o85);
    at = 60;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
    }
    at = 63;
    {
      const x0 = b11!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b12 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 66;
    rec.record("setarrayitem", [b10!, b12!, b2!], __metajit_o86);
    return __metajit_k16_1;
    }
    }
    at = 75;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const x1 = rec.resolve(b1!);
      const v1 = x1.value as number;
      const v = v0 === v1;
      b13 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
    }
    at = 79;
    {
      const x0 = b13!;
      const v0 = x0.value as boolean;
      const v = !v0;
      b14 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
    }
    at = 82;
    const c82 = b14!;
    if (!c82.isConst) rec.guard(c82.value === true ? "guard_true" : "guard_false", [c82], (rec.capturing ? rec.snapshotOwned(16, 82, [b0!, b1!, b2!, b14!]) : rec.noSnapshot));
    if (c82.value !== true) {
      break L99;
    }
    at = 90;
    b15 = rec.record("call", [__metajit_k16_6, __metajit_k16_7], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(16, 90, []) : rec.noSnapshot) });
    throw b15!.value;
    }
    at = 99;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k16_10], v);
    }
    at = 103;
    const c103 = b17!;
    if (!c103.isConst) rec.guard(c103.value === true ? "guard_true" : "guard_false", [c103], (rec.capturing ? rec.snapshotOwned(16, 103, [b0!, b1!, b2!, b17!]) : rec.noSnapshot));
    if (c103.value !== true) {
      break L116;
    }
    u16 = 0;
    b16 = __metajit_k16_10;
    b16 ??= __metajit_G.float(u16);
    break L119;
    }
    b16 = b1;
    }
    at = 119;
    rec.record("call", [__metajit_k16_8, b0!, b16!, b2!], { descr: null, type: "void", snapshot: (rec.capturing ? rec.snapshotOwned(16, 119, []) : rec.noSnapshot) });
    return __metajit_k16_1;
  } catch (e) {
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16 !== undefined ? b16.value : u16, b17?.value]);
  }
}
/** Traces jitcode 17 (LuaTable.unboundSearch). */
function __metajit_trace_17(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined;
  let u2!: number;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let u11!: number;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          b2 = b1;
          at = 3;
          {
            const x0 = rec.resolve(b1!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k17_1], v);
          }
          block = 7;
          continue dispatch;
        }
        case 7: {
          at = 7;
          rec.enterFrame(17, 7, [b0!, b2!, b3!], 3);
          b4 = __metajit_trace_3(rec, b0!, b3!);
          rec.leaveFrame();
          at = 17;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value;
            const v = v0 === __metajit_k17_2.value;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k17_2], v);
          }
          at = 21;
          {
            const x0 = b5!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b6 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 24;
          const c24 = b6!;
          if (!c24.isConst) rec.guard(c24.value === true ? "guard_true" : "guard_false", [c24], (rec.capturing ? rec.snapshotOwned(17, 24, [b0!, b2!, b3!, b6!]) : rec.noSnapshot));
          if (c24.value !== true) {
            block = 91;
            continue dispatch;
          }
          block = 32;
          continue dispatch;
        }
        case 32: {
          b2 = b3;
          at = 35;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const v = v0 * 2;
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k17_4], v);
          }
          at = 39;
          {
            const x0 = b3!;
            const v0 = x0.value as number;
            const v = v0 > 2147483647;
            b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k17_6], v);
          }
          at = 43;
          const c43 = b7!;
          if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], (rec.capturing ? rec.snapshotOwned(17, 43, [b0!, b2!, b3!, b7!]) : rec.noSnapshot));
          if (c43.value !== true) {
            block = 89;
            continue dispatch;
          }
          block = 51;
          continue dispatch;
        }
        case 51: {
          u2 = 1;
          b2 = __metajit_k17_1;
          block = 54;
          continue dispatch;
        }
        case 54: {
          at = 54;
          rec.enterFrame(17, 54, [b0!, (b2 ??= __metajit_G.float(u2))], 3);
          b8 = __metajit_trace_3_2(rec, b0!, u2);
          rec.leaveFrame();
          at = 63;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k17_2.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k17_2], v);
          }
          at = 67;
          {
            const x0 = b9!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b10 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 70;
          const c70 = b10!;
          if (!c70.isConst) rec.guard(c70.value === true ? "guard_true" : "guard_false", [c70], (rec.capturing ? rec.snapshotOwned(17, 70, [b0!, (b2 ??= __metajit_G.float(u2)), b10!]) : rec.noSnapshot));
          if (c70.value !== true) {
            block = 83;
            continue dispatch;
          }
          block = 77;
          continue dispatch;
        }
        case 77: {
          u2 = u2 + 1;
          b2 = undefined;
          block = 54;
          continue dispatch;
        }
        case 83: {
          u11 = u2 - 1;
          b11 = undefined;
          return (b11 ??= __metajit_G.float(u11));
        }
        case 89: {
          block = 7;
          continue dispatch;
        }
        case 91: {
          at = 91;
          {
            const x0 = rec.resolve(b3!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b2!);
            const v1 = x1.value as number;
            const v = v0 - v1;
            b12 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 95;
          {
            const x0 = b12!;
            const v0 = x0.value as number;
            const v = v0 > 1;
            b13 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k17_1], v);
          }
          at = 99;
          const c99 = b13!;
          if (!c99.isConst) rec.guard(c99.value === true ? "guard_true" : "guard_false", [c99], (rec.capturing ? rec.snapshotOwned(17, 99, [b0!, b2!, b3!, b13!]) : rec.noSnapshot));
          if (c99.value !== true) {
            block = 159;
            continue dispatch;
          }
          block = 107;
          continue dispatch;
        }
        case 107: {
          at = 107;
          {
            const x0 = rec.resolve(b2!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b3!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b15 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 111;
          {
            const x0 = b15!;
            const v0 = x0.value as number;
            const v = v0 / 2;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k17_4], v);
          }
          at = 115;
          b14 = rec.record("call_pure", [__metajit_k17_7, b16!], { descr: null, type: "float", snapshot: (rec.capturing ? rec.snapshotOwned(17, 115, [b0!, b2!, b3!]) : rec.noSnapshot) });
          at = 125;
          rec.enterFrame(17, 125, [b0!, b2!, b3!, b14!], 3);
          b17 = __metajit_trace_3(rec, b0!, b14!);
          rec.leaveFrame();
          at = 136;
          {
            const x0 = rec.resolve(b17!);
            const v0 = x0.value;
            const v = v0 === __metajit_k17_2.value;
            b18 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k17_2], v);
          }
          at = 140;
          const c140 = b18!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], (rec.capturing ? rec.snapshotOwned(17, 140, [b0!, b2!, b3!, b14!, b18!]) : rec.noSnapshot));
          if (c140.value !== true) {
            block = 154;
            continue dispatch;
          }
          block = 149;
          continue dispatch;
        }
        case 149: {
          b3 = b14;
          block = 157;
          continue dispatch;
        }
        case 154: {
          b2 = b14;
          block = 157;
          continue dispatch;
        }
        case 157: {
          block = 91;
          continue dispatch;
        }
        case 159: {
          return b2!;
        }
        default: throw new Error("LuaTable.unboundSearch: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 17, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11 !== undefined ? b11.value : u11, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 18 (Interpreter.newFrame), arguments 3 constant. */
function __metajit_trace_18_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value, p7: __metajit_Value, p8: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3: number = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  let b7: __metajit_Value | undefined = p7;
  let b8: __metajit_Value | undefined = p8;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let u16!: number;
  let b17: __metajit_Value | undefined;
  let u17!: unknown;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  let u19!: number;
  let b20: __metajit_Value | undefined;
  let u20!: number;
  let b21: __metajit_Value | undefined;
  let b22: __metajit_Value | undefined;
  let b23: __metajit_Value | undefined;
  let b24: __metajit_Value | undefined;
  let b25: __metajit_Value | undefined;
  let b26: __metajit_Value | undefined;
  let b27: __metajit_Value | undefined;
  let b28: __metajit_Value | undefined;
  let b29: __metajit_Value | undefined;
  let b30: __metajit_Value | undefined;
  let b31: __metajit_Value | undefined;
  let b32: __metajit_Value | undefined;
  let b33: __metajit_Value | undefined;
  let b34: __metajit_Value | undefined;
  let b35: __metajit_Value | undefined;
  let b36: __metajit_Value | undefined;
  let b37: __metajit_Value | undefined;
  let b38: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b9 = rec.record("getfield_imm", [b1!], __metajit_o87);
          at = 5;
          b10 = rec.record("getfield_imm", [b9!], __metajit_o88);
          at = 10;
          b12 = rec.record("getfield_imm", [b9!], __metajit_o89);
          at = 15;
          {
            const x0 = rec.resolve(b12!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b13 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 18;
          b11 = rec.record("new_array", [b13!], __metajit_o90);
          u14 = 0;
          b14 = __metajit_k18_5;
          block = 25;
          continue dispatch;
        }
        case 25: {
          at = 25;
          {
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = u14 < v1;
            b15 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b14 ??= __metajit_G.float(u14)), x1], v);
          }
          at = 29;
          const c29 = b15!;
          if (!c29.isConst) rec.guard(c29.value === true ? "guard_true" : "guard_false", [c29], (rec.capturing ? rec.snapshotOwned(18, 29, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, (b14 ??= __metajit_G.float(u14)), b15!]) : rec.noSnapshot));
          if (c29.value !== true) {
            block = 105;
            continue dispatch;
          }
          block = 47;
          continue dispatch;
        }
        case 47: {
          u16 = u14 | 0;
          b16 = undefined;
          at = 50;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u14 < v1;
            b18 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b14 ??= __metajit_G.float(u14)), x1], v);
          }
          at = 54;
          const c54 = b18!;
          if (!c54.isConst) rec.guard(c54.value === true ? "guard_true" : "guard_false", [c54], (rec.capturing ? rec.snapshotOwned(18, 54, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, (b14 ??= __metajit_G.float(u14)), (b16 ??= __metajit_G.int(u16)), b18!]) : rec.noSnapshot));
          if (c54.value !== true) {
            block = 91;
            continue dispatch;
          }
          block = 73;
          continue dispatch;
        }
        case 73: {
          u19 = u3 + u14;
          b19 = undefined;
          u20 = u19 | 0;
          b20 = undefined;
          at = 80;
          b21 = rec.record("getarrayitem", [b2!, (b20 ??= __metajit_G.int(u20))], __metajit_o91);
          b17 = b21;
          block = 94;
          continue dispatch;
        }
        case 91: {
          u17 = __metajit_k18_6.value;
          b17 = __metajit_k18_6;
          b17 ??= __metajit_G.ref(u17);
          block = 94;
          continue dispatch;
        }
        case 94: {
          at = 94;
          rec.record("setarrayitem", [b11!, (b16 ??= __metajit_G.int(u16)), b17!], __metajit_o90);
          u14 = u14 + 1;
          b14 = undefined;
          block = 25;
          continue dispatch;
        }
        case 105: {
          b22 = b10;
          block = 108;
          continue dispatch;
        }
        case 108: {
          at = 108;
          b23 = rec.record("getfield_imm", [b9!], __metajit_o89);
          at = 113;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b23!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b24 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 117;
          const c117 = b24!;
          if (!c117.isConst) rec.guard(c117.value === true ? "guard_true" : "guard_false", [c117], (rec.capturing ? rec.snapshotOwned(18, 117, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, b22!, b24!]) : rec.noSnapshot));
          if (c117.value !== true) {
            block = 149;
            continue dispatch;
          }
          block = 135;
          continue dispatch;
        }
        case 135: {
          at = 135;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b25 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 138;
          rec.record("setarrayitem", [b11!, b25!, __metajit_k18_6], __metajit_o90);
          at = 143;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b22 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k18_7], v);
          }
          block = 108;
          continue dispatch;
        }
        case 149: {
          at = 149;
          b28 = rec.record("getfield_imm", [b9!], __metajit_o92);
          b29 = b28;
          at = 157;
          const c157 = rec.resolve(b28!);
          if (!c157.isConst) rec.guard(c157.value === true ? "guard_true" : "guard_false", [c157], (rec.capturing ? rec.snapshotOwned(18, 157, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, b28!, b29!]) : rec.noSnapshot));
          if (c157.value !== true) {
            block = 182;
            continue dispatch;
          }
          block = 175;
          continue dispatch;
        }
        case 175: {
          at = 175;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b30 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b29 = b30;
          block = 182;
          continue dispatch;
        }
        case 182: {
          at = 182;
          const c182 = rec.resolve(b29!);
          if (!c182.isConst) rec.guard(c182.value === true ? "guard_true" : "guard_false", [c182], (rec.capturing ? rec.snapshotOwned(18, 182, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, b29!]) : rec.noSnapshot));
          if (c182.value !== true) {
            block = 229;
            continue dispatch;
          }
          block = 199;
          continue dispatch;
        }
        case 199: {
          at = 199;
          {
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b31 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 203;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b32 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 207;
          b33 = rec.record("call", [__metajit_k18_9, b2!, b31!, b32!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(18, 207, [b1!, b5!, b6!, b7!, b8!, b9!, b10!, b11!]) : rec.noSnapshot) });
          b27 = b33;
          block = 237;
          continue dispatch;
        }
        case 229: {
          at = 229;
          b34 = rec.record("getfield_imm", [b0!], __metajit_o93);
          b27 = b34;
          block = 237;
          continue dispatch;
        }
        case 237: {
          b26 = b27;
          at = 240;
          b35 = rec.record("getfield_imm", [b1!], __metajit_o94);
          at = 245;
          const c245 = rec.resolve(b35!);
          if (!c245.isConst) rec.guard(c245.value === true ? "guard_true" : "guard_false", [c245], (rec.capturing ? rec.snapshotOwned(18, 245, [b1!, b5!, b6!, b7!, b8!, b9!, b10!, b11!, b26!, b35!]) : rec.noSnapshot));
          if (c245.value !== true) {
            block = 285;
            continue dispatch;
          }
          block = 259;
          continue dispatch;
        }
        case 259: {
          at = 259;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b36 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 262;
          b37 = rec.record("call", [__metajit_k18_12, b26!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(18, 262, [b1!, b5!, b6!, b7!, b8!, b9!, b11!, b26!, b36!]) : rec.noSnapshot) });
          at = 278;
          rec.record("setarrayitem", [b11!, b36!, b37!], __metajit_o90);
          block = 285;
          continue dispatch;
        }
        case 285: {
          at = 285;
          b38 = rec.record("new", [__metajit_k18_13]);
          at = 288;
          rec.enterFrame(18, 288, [b38!], 19);
          __metajit_trace_19(rec, b38!, b1!, b9!, b11!, b26!, b5!, b6!, b7!, b8!);
          rec.leaveFrame();
          return b38!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 18, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18?.value, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value, b35?.value, b36?.value, b37?.value, b38?.value]);
  }
}
/** Traces jitcode 18 (Interpreter.newFrame), arguments 3, 5, 6 constant. */
function __metajit_trace_18_104(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: number, p6: number, p7: __metajit_Value, p8: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3: number = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined;
  let u5: number = p5;
  let b6: __metajit_Value | undefined;
  let u6: number = p6;
  let b7: __metajit_Value | undefined = p7;
  let b8: __metajit_Value | undefined = p8;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let b16: __metajit_Value | undefined;
  let u16!: number;
  let b17: __metajit_Value | undefined;
  let u17!: unknown;
  let b18: __metajit_Value | undefined;
  let b19: __metajit_Value | undefined;
  let u19!: number;
  let b20: __metajit_Value | undefined;
  let u20!: number;
  let b21: __metajit_Value | undefined;
  let b22: __metajit_Value | undefined;
  let b23: __metajit_Value | undefined;
  let b24: __metajit_Value | undefined;
  let b25: __metajit_Value | undefined;
  let b26: __metajit_Value | undefined;
  let b27: __metajit_Value | undefined;
  let b28: __metajit_Value | undefined;
  let b29: __metajit_Value | undefined;
  let b30: __metajit_Value | undefined;
  let b31: __metajit_Value | undefined;
  let b32: __metajit_Value | undefined;
  let b33: __metajit_Value | undefined;
  let b34: __metajit_Value | undefined;
  let b35: __metajit_Value | undefined;
  let b36: __metajit_Value | undefined;
  let b37: __metajit_Value | undefined;
  let b38: __metajit_Value | undefined;
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b9 = rec.record("getfield_imm", [b1!], __metajit_o87);
          at = 5;
          b10 = rec.record("getfield_imm", [b9!], __metajit_o88);
          at = 10;
          b12 = rec.record("getfield_imm", [b9!], __metajit_o89);
          at = 15;
          {
            const x0 = rec.resolve(b12!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b13 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 18;
          b11 = rec.record("new_array", [b13!], __metajit_o90);
          u14 = 0;
          b14 = __metajit_k18_5;
          block = 25;
          continue dispatch;
        }
        case 25: {
          at = 25;
          {
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = u14 < v1;
            b15 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b14 ??= __metajit_G.float(u14)), x1], v);
          }
          at = 29;
          const c29 = b15!;
          if (!c29.isConst) rec.guard(c29.value === true ? "guard_true" : "guard_false", [c29], (rec.capturing ? rec.snapshotOwned(18, 29, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, (b14 ??= __metajit_G.float(u14)), b15!]) : rec.noSnapshot));
          if (c29.value !== true) {
            block = 105;
            continue dispatch;
          }
          block = 47;
          continue dispatch;
        }
        case 47: {
          u16 = u14 | 0;
          b16 = undefined;
          at = 50;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u14 < v1;
            b18 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b14 ??= __metajit_G.float(u14)), x1], v);
          }
          at = 54;
          const c54 = b18!;
          if (!c54.isConst) rec.guard(c54.value === true ? "guard_true" : "guard_false", [c54], (rec.capturing ? rec.snapshotOwned(18, 54, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, (b14 ??= __metajit_G.float(u14)), (b16 ??= __metajit_G.int(u16)), b18!]) : rec.noSnapshot));
          if (c54.value !== true) {
            block = 91;
            continue dispatch;
          }
          block = 73;
          continue dispatch;
        }
        case 73: {
          u19 = u3 + u14;
          b19 = undefined;
          u20 = u19 | 0;
          b20 = undefined;
          at = 80;
          b21 = rec.record("getarrayitem", [b2!, (b20 ??= __metajit_G.int(u20))], __metajit_o91);
          b17 = b21;
          block = 94;
          continue dispatch;
        }
        case 91: {
          u17 = __metajit_k18_6.value;
          b17 = __metajit_k18_6;
          b17 ??= __metajit_G.ref(u17);
          block = 94;
          continue dispatch;
        }
        case 94: {
          at = 94;
          rec.record("setarrayitem", [b11!, (b16 ??= __metajit_G.int(u16)), b17!], __metajit_o90);
          u14 = u14 + 1;
          b14 = undefined;
          block = 25;
          continue dispatch;
        }
        case 105: {
          b22 = b10;
          block = 108;
          continue dispatch;
        }
        case 108: {
          at = 108;
          b23 = rec.record("getfield_imm", [b9!], __metajit_o89);
          at = 113;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b23!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b24 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 117;
          const c117 = b24!;
          if (!c117.isConst) rec.guard(c117.value === true ? "guard_true" : "guard_false", [c117], (rec.capturing ? rec.snapshotOwned(18, 117, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, b22!, b24!]) : rec.noSnapshot));
          if (c117.value !== true) {
            block = 149;
            continue dispatch;
          }
          block = 135;
          continue dispatch;
        }
        case 135: {
          at = 135;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b25 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 138;
          rec.record("setarrayitem", [b11!, b25!, __metajit_k18_6], __metajit_o90);
          at = 143;
          {
            const x0 = rec.resolve(b22!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b22 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k18_7], v);
          }
          block = 108;
          continue dispatch;
        }
        case 149: {
          at = 149;
          b28 = rec.record("getfield_imm", [b9!], __metajit_o92);
          b29 = b28;
          at = 157;
          const c157 = rec.resolve(b28!);
          if (!c157.isConst) rec.guard(c157.value === true ? "guard_true" : "guard_false", [c157], (rec.capturing ? rec.snapshotOwned(18, 157, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, b28!, b29!]) : rec.noSnapshot));
          if (c157.value !== true) {
            block = 182;
            continue dispatch;
          }
          block = 175;
          continue dispatch;
        }
        case 175: {
          at = 175;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b30 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b29 = b30;
          block = 182;
          continue dispatch;
        }
        case 182: {
          at = 182;
          const c182 = rec.resolve(b29!);
          if (!c182.isConst) rec.guard(c182.value === true ? "guard_true" : "guard_false", [c182], (rec.capturing ? rec.snapshotOwned(18, 182, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, b29!]) : rec.noSnapshot));
          if (c182.value !== true) {
            block = 229;
            continue dispatch;
          }
          block = 199;
          continue dispatch;
        }
        case 199: {
          at = 199;
          {
            const x1 = rec.resolve(b10!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b31 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 203;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b32 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 207;
          b33 = rec.record("call", [__metajit_k18_9, b2!, b31!, b32!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(18, 207, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!]) : rec.noSnapshot) });
          b27 = b33;
          block = 237;
          continue dispatch;
        }
        case 229: {
          at = 229;
          b34 = rec.record("getfield_imm", [b0!], __metajit_o93);
          b27 = b34;
          block = 237;
          continue dispatch;
        }
        case 237: {
          b26 = b27;
          at = 240;
          b35 = rec.record("getfield_imm", [b1!], __metajit_o94);
          at = 245;
          const c245 = rec.resolve(b35!);
          if (!c245.isConst) rec.guard(c245.value === true ? "guard_true" : "guard_false", [c245], (rec.capturing ? rec.snapshotOwned(18, 245, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b10!, b11!, b26!, b35!]) : rec.noSnapshot));
          if (c245.value !== true) {
            block = 285;
            continue dispatch;
          }
          block = 259;
          continue dispatch;
        }
        case 259: {
          at = 259;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b36 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 262;
          b37 = rec.record("call", [__metajit_k18_12, b26!], { descr: null, type: "ref", snapshot: (rec.capturing ? rec.snapshotOwned(18, 262, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b11!, b26!, b36!]) : rec.noSnapshot) });
          at = 278;
          rec.record("setarrayitem", [b11!, b36!, b37!], __metajit_o90);
          block = 285;
          continue dispatch;
        }
        case 285: {
          at = 285;
          b38 = rec.record("new", [__metajit_k18_13]);
          at = 288;
          rec.enterFrame(18, 288, [b38!], 19);
          __metajit_trace_19_96(rec, b38!, b1!, b9!, b11!, b26!, u5, u6, b7!, b8!);
          rec.leaveFrame();
          return b38!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 18, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18?.value, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value, b35?.value, b36?.value, b37?.value, b38?.value]);
  }
}
/** Traces jitcode 19 (Frame.constructor). */
function __metajit_trace_19(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value, p7: __metajit_Value, p8: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  let b7: __metajit_Value | undefined = p7;
  let b8: __metajit_Value | undefined = p8;
  try {
    at = 0;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o95);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o96);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k19_4], __metajit_o97);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o98);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o99);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o100);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o101);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o102);
    at = 32;
    rec.record("setfield", [b0!, b5!], __metajit_o103);
    at = 36;
    rec.record("setfield", [b0!, b6!], __metajit_o104);
    at = 40;
    rec.record("setfield", [b0!, b7!], __metajit_o105);
    at = 44;
    rec.record("setfield", [b0!, b8!], __metajit_o106);
    return __metajit_k19_4;
  } catch (e) {
    throw __metajit_G.switched(e, 19, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value]);
  }
}
/** Traces jitcode 19 (Frame.constructor), arguments 5, 6 constant. */
function __metajit_trace_19_96(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: number, p6: number, p7: __metajit_Value, p8: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined;
  let u5: number = p5;
  let b6: __metajit_Value | undefined;
  let u6: number = p6;
  let b7: __metajit_Value | undefined = p7;
  let b8: __metajit_Value | undefined = p8;
  try {
    at = 0;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o95);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o96);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k19_4], __metajit_o97);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k19_1], __metajit_o98);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o99);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o100);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o101);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o102);
    at = 32;
    rec.record("setfield", [b0!, (b5 ??= __metajit_G.float(u5))], __metajit_o103);
    at = 36;
    rec.record("setfield", [b0!, (b6 ??= __metajit_G.float(u6))], __metajit_o104);
    at = 40;
    rec.record("setfield", [b0!, b7!], __metajit_o105);
    at = 44;
    rec.record("setfield", [b0!, b8!], __metajit_o106);
    return __metajit_k19_4;
  } catch (e) {
    throw __metajit_G.switched(e, 19, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!));
}
const __metajit_portal_0 = { name: "Interpreter.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2], virtualizableArrays: [4] }), generated: __metajit_generated_0 };
