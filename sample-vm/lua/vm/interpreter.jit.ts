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
          } else {
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
            const callee = this.pushFrame(thread, fn, regs, a + 1, nargs, a, nres);
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
          const caller = thread.frames[d - 1]!;
          const dst = caller.regs;
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
  pushFrame(thread: LuaThread, cl: LuaClosure, src: LuaValue[], first: number, nargs: number, retBase: number, nres: number): Frame {
    const d = thread.depth;
    if (d + 1 >= this.callLimit) throw this.stackOverflow();
    const frame = this.newFrame(cl, src, first, nargs, retBase, nres);
    thread.fns[d] = cl;
    thread.frames[d] = frame;
    thread.depth = d + 1;
    return frame;
  }

  /** TAILCALL: the callee's frame replaces the caller's entry and inherits its result slot. */
  tailFrame(thread: LuaThread, cl: LuaClosure, src: LuaValue[], first: number, nargs: number, caller: Frame): Frame {
    const frame = this.newFrame(cl, src, first, nargs, caller.retBase, caller.nresults);
    frame.tailcalls = caller.tailcalls + 1;
    const d = thread.depth - 1;
    thread.fns[d] = cl;
    thread.frames[d] = frame;
    return frame;
  }

  newFrame(cl: LuaClosure, src: LuaValue[], first: number, nargs: number, retBase: number, nres: number): Frame {
    const p = cl.proto;
    const np = p.numParams;
    const regs: LuaValue[] = new Array<LuaValue>(p.maxStack);
    for (let r = 0; r < np; r++) regs[r] = r < nargs ? src[first + r] : undefined;
    for (let r = np; r < p.maxStack; r++) regs[r] = undefined;
    const varargs = p.isVararg && nargs > np ? src.slice(first + np, first + nargs) : this.noVarargs;
    if (cl.needsArg) regs[np] = argTable(varargs);
    return new Frame(cl, p, regs, varargs, retBase, nres);
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
      this.pushFrame(thread, fn, args, 0, args.length, 0, -1);
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
        this.pushFrame(co, co.body as LuaClosure, args, 0, args.length, 0, -1);
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
    { name: "Interpreter.run.portal", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rfrrrrfffrifirififbirifirirrifiririfbbrrifbbfifrifbirrrrifiirfirrrrrrifirbbrbbifrifririrrbirrfirrbrbrbrrrrbfrrbbrbbirrrrrifirbirirrrrrifirfiirfrifririrrbirrfirrrbirrfirbbrbrbbrbbffbfirifrrifrrfrifririrrbirrfirfirbrbrbrrrbbbbrrbbrbrbbbrbbifrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfririrbiffrirrrifiibbbbrfririrbifrbifrirfrifriririfbbrbbrbirirfrifibfrifrirrbirrfirrrbirrfirbbbrbbrbbbiibbfifriffibfrifrirrbirrfirrrbirrfirbrbbrbbrifbffbffbrifbbiibbfifriffibribbbbbrifbbiibbfifriffibrrifibbbbbrifbbiibifriffibfifrifrifffbbffffribbbrfrfffrbffibffbfiirfffbfirfbirfriffbbffffribbbrbbrfrfffrbffiffbfiirfffriffbbfffrbbffbfrrrfirffbfbfifirffbfirbfirffirfirfffirbbbbriffiirfirrirfirfirbbbbrbbbbrbbiirffirffrriffifrirfibbfifriffibfifriffbbfffrifrbbirrifirrfriribffbfiirffffbfirfbirrifrr",
      pool: [__metajit.pool.field("a"), __metajit.pool.array("any"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.int(0), __metajit.pool.field("op"), __metajit.pool.field("b"), __metajit.pool.field("k"), __metajit.pool.float(0), __metajit.pool.field("c"), __metajit.pool.ref(undefined), __metajit.pool.field("closure"), __metajit.pool.field("upvals"), __metajit.pool.field("regs"), __metajit.pool.field("index"), __metajit.pool.field("env"), __metajit.pool.field("metatable"), __metajit.pool.field("pc"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("string"), __metajit.pool.ref("number"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("__index"), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(12), __metajit.pool.float(12), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(13), __metajit.pool.float(13), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(14), __metajit.pool.float(14), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(15), __metajit.pool.float(15), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(16), __metajit.pool.float(16), __metajit.pool.ref(__metajit_ref_1), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(17), __metajit.pool.float(17), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(18), __metajit.pool.float(18), __metajit.pool.bool(false), __metajit.pool.ref(false), __metajit.pool.ref(stringLength), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("lenSlow")), __metajit.pool.ref(__metajit.concatStrings), __metajit.pool.ref(__metajit.methodCaller("concatSlow")), __metajit.pool.ref("object"), __metajit.pool.ref(__metajit.methodCaller("equalsSlow")), __metajit.pool.int(24), __metajit.pool.float(24), __metajit.pool.ref(__metajit.methodCaller("compareSlow")), __metajit.pool.field("top"), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("proto"), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("yieldRequested"), __metajit.pool.field("pendingA"), __metajit.pool.field("pendingC"), __metajit.pool.field("depth"), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("openUpvals"), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("frames"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(3), __metajit.pool.float(3), __metajit.pool.ref(__metajit.methodCaller("forPrepSlow")), __metajit.pool.ref(__metajit.methodCaller("forCall")), __metajit.pool.ref(__metajit.methodCaller("setList")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("makeClosure")), __metajit.pool.field("protos"), __metajit.pool.field("varargs"), __metajit.pool.ref(__metajit.methodCaller("runtimeError")), __metajit.pool.ref("bad opcode "), __metajit.pool.ref(__metajit.concatStrings)],
      code: [67, 7, 1, 50, 9, 3, 2, -1, 34, 10, 7, 53, 8, 1, 9, 10, -2, 20, 11, 1, -4, 34, 12, 11, 33, 1, 12, 50, 13, 3, 2, -6, 34, 14, 7, 53, 15, 1, 13, 14, -2, 34, 16, 15, 33, 17, 16, 31, 18, 17, 15, 59, 18, 7475, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 18, 60, 16, 7475, 38, 0, 157, 1, 190, 2, 228, 3, 307, 4, 358, 5, 420, 6, 564, 7, 964, 8, 1085, 9, 1147, 10, 1556, 11, 1620, 12, 2188, 13, 2443, 14, 2698, 15, 2953, 16, 3208, 17, 3474, 18, 3741, 19, 3839, 20, 3907, 21, 4057, 22, 4248, 23, 4292, 24, 4632, 25, 4632, 26, 5026, 27, 5176, 28, 5348, 29, 5820, 30, 6204, 31, 6564, 32, 6717, 33, 6940, 34, 7082, 35, 7176, 36, 7221, 37, 7276, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 34, 19, 8, 50, 20, 3, 2, -7, 34, 21, 7, 53, 22, 1, 20, 21, -2, 34, 23, 22, 52, 24, 3, 4, 23, -2, 54, 4, 19, 24, -2, 58, 7512, 34, 25, 8, 50, 26, 3, 2, -8, 50, 27, 3, 2, -7, 34, 28, 7, 53, 29, 1, 27, 28, -2, 34, 30, 29, 53, 31, 3, 26, 30, -2, 54, 4, 25, 31, -2, 58, 7512, 34, 32, 8, 50, 33, 3, 2, -7, 34, 34, 7, 53, 35, 1, 33, 34, -2, 31, 36, 35, -9, 35, 37, 36, 44, 38, 37, 54, 4, 32, 38, -2, 50, 39, 3, 2, -10, 34, 40, 7, 53, 41, 1, 39, 40, -2, 31, 42, 41, -9, 35, 43, 42, 59, 43, 305, 8, 0, 1, 2, 3, 4, 5, 6, 43, 20, 44, 1, -4, 34, 45, 44, 33, 1, 45, 58, 305, 58, 7512, 50, 47, 3, 2, -7, 34, 48, 7, 53, 46, 1, 47, 48, -2, 67, 49, 8, 28, 50, 49, 46, 59, 50, 356, 10, 0, 1, 2, 3, 4, 5, 6, 46, 49, 50, 34, 51, 49, 54, 4, 51, -11, -2, 20, 49, 49, -4, 58, 324, 58, 7512, 50, 53, 3, 3, -12, 50, 54, 3, 53, -13, 50, 55, 3, 2, -7, 34, 56, 7, 53, 57, 1, 55, 56, -2, 34, 58, 57, 52, 52, 3, 54, 58, -2, 34, 59, 8, 49, 60, 3, 52, -14, 49, 61, 1, 52, -15, 34, 62, 61, 52, 63, 3, 60, 62, -2, 54, 4, 59, 63, -2, 58, 7512, 50, 65, 3, 3, -12, 49, 64, 3, 65, -16, 50, 67, 3, 2, -8, 50, 68, 3, 2, -7, 34, 69, 7, 53, 70, 1, 68, 69, -2, 34, 71, 70, 53, 66, 3, 67, 71, -2, 61, 1, 72, 2, 64, 66, 10, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 37, 73, 72, -11, 67, 74, 73, 59, 73, 514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 73, 74, 49, 75, 3, 64, -17, 37, 76, 75, -11, 35, 77, 76, 67, 74, 77, 59, 74, 554, 12, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 74, 51, 3, 1, -18, 62, -19, 72, 0, 4, 0, 64, 66, -20, 8, 0, 1, 2, 3, 4, 5, 6, 8, 58, 554, 34, 78, 8, 54, 4, 78, 72, -2, 58, 7512, 50, 80, 3, 2, -7, 34, 81, 7, 53, 79, 1, 80, 81, -2, 50, 83, 3, 2, -10, 34, 84, 7, 53, 82, 1, 83, 84, -2, 34, 86, 79, 52, 85, 3, 4, 86, -2, 30, 89, 82, -9, 59, 89, 635, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 89, 34, 90, 82, 52, 91, 3, 4, 90, -2, 67, 88, 91, 58, 656, 50, 92, 3, 2, -8, 21, 93, -21, 82, 34, 94, 93, 53, 95, 3, 92, 94, -2, 67, 88, 95, 67, 87, 88, 67, 96, -11, 40, 97, 85, -22, 59, 97, 932, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 97, 41, 98, 87, 37, 99, 98, -23, 59, 99, 776, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 99, 27, 101, 82, -9, 59, 101, 750, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 101, 61, 1, 102, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 67, 100, 102, 58, 771, 61, 2, 103, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 67, 100, 103, 67, 96, 100, 58, 849, 41, 105, 87, 37, 106, 105, -24, 59, 106, 825, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 106, 46, 107, 87, 61, 3, 108, 2, 85, 107, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 67, 104, 108, 58, 846, 61, 4, 109, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 67, 104, 109, 67, 96, 104, 37, 110, 96, -11, 67, 111, 110, 59, 110, 889, 14, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 110, 111, 49, 112, 3, 85, -17, 37, 113, 112, -11, 35, 114, 113, 67, 111, 114, 59, 111, 930, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 111, 51, 3, 1, -18, 62, -25, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 58, 930, 58, 954, 51, 3, 1, -18, 62, -26, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 115, 8, 54, 4, 115, 96, -2, 58, 7512, 50, 117, 3, 3, -12, 49, 116, 3, 117, -16, 50, 119, 3, 2, -8, 50, 120, 3, 2, -7, 34, 121, 7, 53, 122, 1, 120, 121, -2, 34, 123, 122, 53, 118, 3, 119, 123, -2, 49, 124, 3, 116, -17, 37, 125, 124, -11, 59, 125, 1052, 11, 0, 1, 2, 3, 4, 5, 6, 8, 116, 118, 125, 34, 126, 8, 52, 127, 3, 4, 126, -2, 61, 5, -1, 3, 116, 118, 127, 7, 0, 1, 2, 3, 4, 5, 6, 58, 1083, 51, 3, 1, -18, 34, 128, 8, 52, 129, 3, 4, 128, -2, 62, -27, -1, 0, 5, 0, 116, 118, 129, -20, 7, 0, 1, 2, 3, 4, 5, 6, 58, 7512, 50, 131, 3, 3, -12, 50, 132, 3, 131, -13, 50, 133, 3, 2, -7, 34, 134, 7, 53, 135, 1, 133, 134, -2, 34, 136, 135, 52, 130, 3, 132, 136, -2, 49, 137, 3, 130, -14, 49, 138, 1, 130, -15, 34, 139, 138, 34, 140, 8, 52, 141, 3, 4, 140, -2, 54, 137, 139, 141, -2, 58, 7512, 50, 143, 3, 2, -7, 34, 144, 7, 53, 142, 1, 143, 144, -2, 50, 146, 3, 2, -10, 34, 147, 7, 53, 145, 1, 146, 147, -2, 34, 149, 8, 52, 148, 3, 4, 149, -2, 30, 152, 142, -9, 59, 152, 1218, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 152, 34, 153, 142, 52, 154, 3, 4, 153, -2, 67, 151, 154, 58, 1239, 50, 155, 3, 2, -8, 21, 156, -21, 142, 34, 157, 156, 53, 158, 3, 155, 157, -2, 67, 151, 158, 67, 150, 151, 30, 161, 145, -9, 59, 161, 1277, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 150, 161, 34, 162, 145, 52, 163, 3, 4, 162, -2, 67, 160, 163, 58, 1298, 50, 164, 3, 2, -8, 21, 165, -21, 145, 34, 166, 165, 53, 167, 3, 164, 166, -2, 67, 160, 167, 67, 159, 160, 40, 168, 148, -28, 67, 169, 168, 59, 168, 1338, 14, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 168, 169, 49, 170, 3, 148, -17, 37, 171, 170, -11, 67, 169, 171, 59, 169, 1532, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 169, 41, 172, 150, 37, 173, 172, -23, 59, 173, 1432, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 173, 27, 174, 142, -9, 59, 174, 1415, 11, 0, 1, 2, 3, 4, 5, 6, 148, 150, 159, 174, 61, 5, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 58, 1430, 61, 6, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 58, 1530, 41, 175, 150, 37, 176, 175, -24, 67, 177, 176, 59, 176, 1472, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 176, 177, 46, 178, 150, 46, 179, 150, 31, 180, 178, 179, 67, 177, 180, 59, 177, 1508, 12, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 177, 46, 181, 150, 61, 7, -1, 3, 148, 181, 159, 7, 0, 1, 2, 3, 4, 5, 6, 58, 1530, 51, 3, 1, -18, 62, -29, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 58, 1554, 51, 3, 1, -18, 62, -30, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 58, 7512, 34, 182, 8, 50, 183, 3, 2, -7, 34, 184, 7, 53, 185, 1, 183, 184, -2, 43, 186, 185, 50, 187, 3, 2, -10, 34, 188, 7, 53, 189, 1, 187, 188, -2, 43, 190, 189, 56, 191, -31, 61, 8, -1, 3, 191, 186, 190, 9, 0, 1, 2, 3, 4, 5, 6, 182, 191, 54, 4, 182, 191, -2, 58, 7512, 50, 193, 3, 2, -7, 34, 194, 7, 53, 192, 1, 193, 194, -2, 50, 196, 3, 2, -10, 34, 197, 7, 53, 195, 1, 196, 197, -2, 34, 199, 192, 52, 198, 3, 4, 199, -2, 30, 202, 195, -9, 59, 202, 1691, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 202, 34, 203, 195, 52, 204, 3, 4, 203, -2, 67, 201, 204, 58, 1712, 50, 205, 3, 2, -8, 21, 206, -21, 195, 34, 207, 206, 53, 208, 3, 205, 207, -2, 67, 201, 208, 67, 200, 201, 20, 209, 8, -4, 34, 210, 209, 54, 4, 210, 198, -2, 67, 211, -11, 40, 212, 198, -32, 59, 212, 2156, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 212, 41, 213, 200, 37, 214, 213, -23, 59, 214, 1847, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 214, 27, 216, 195, -9, 59, 216, 1820, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 216, 61, 1, 217, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 67, 215, 217, 58, 1842, 61, 2, 218, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 67, 215, 218, 67, 211, 215, 58, 1866, 61, 4, 211, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 49, 219, 3, 198, -17, 37, 220, 211, -11, 67, 221, 220, 59, 220, 1908, 16, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 211, 219, 220, 221, 37, 222, 219, -11, 35, 223, 222, 67, 221, 223, 59, 221, 2154, 15, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 211, 219, 221, 27, 226, 195, -9, 67, 227, 226, 59, 226, 1962, 14, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 219, 226, 227, 41, 228, 200, 37, 229, 228, -23, 67, 227, 229, 59, 227, 2002, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 219, 227, 61, 1, 230, 2, 219, -33, 11, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 67, 225, 230, 58, 2005, 67, 225, -11, 67, 224, 225, 40, 231, 224, -34, 59, 231, 2130, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 224, 231, 61, 1, 211, 2, 224, 200, 11, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 224, 37, 232, 211, -11, 67, 233, 232, 59, 232, 2087, 14, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 211, 224, 232, 233, 49, 234, 3, 224, -17, 37, 235, 234, -11, 35, 236, 235, 67, 233, 236, 59, 233, 2128, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 211, 224, 233, 51, 3, 1, -18, 62, -35, 211, 0, 4, 0, 224, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 58, 2128, 58, 2152, 51, 3, 1, -18, 62, -36, 211, 0, 4, 0, 198, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 58, 2154, 58, 2178, 51, 3, 1, -18, 62, -37, 211, 0, 4, 0, 198, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 237, 8, 54, 4, 237, 211, -2, 58, 7512, 50, 239, 3, 2, -7, 34, 240, 7, 53, 238, 1, 239, 240, -2, 50, 242, 3, 2, -10, 34, 243, 7, 53, 241, 1, 242, 243, -2, 30, 246, 238, -9, 59, 246, 2249, 11, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 246, 34, 247, 238, 52, 248, 3, 4, 247, -2, 67, 245, 248, 58, 2270, 50, 249, 3, 2, -8, 21, 250, -21, 238, 34, 251, 250, 53, 252, 3, 249, 251, -2, 67, 245, 252, 67, 244, 245, 30, 255, 241, -9, 59, 255, 2307, 12, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 255, 34, 256, 241, 52, 257, 3, 4, 256, -2, 67, 254, 257, 58, 2328, 50, 258, 3, 2, -8, 21, 259, -21, 241, 34, 260, 259, 53, 261, 3, 258, 260, -2, 67, 254, 261, 67, 253, 254, 41, 262, 244, 37, 263, 262, -24, 67, 264, 263, 59, 263, 2369, 14, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 253, 263, 264, 41, 265, 253, 37, 266, 265, -24, 67, 264, 266, 59, 264, 2409, 13, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 253, 264, 34, 267, 8, 46, 268, 244, 46, 269, 253, 20, 270, 268, 269, 43, 271, 270, 54, 4, 267, 271, -2, 58, 2441, 51, 3, 1, -18, 34, 272, 8, 62, -38, 273, 0, 6, 0, -40, 244, 253, 238, 241, 8, 0, 1, 2, 3, 4, 5, 6, 272, 54, 4, 272, 273, -2, 58, 7512, 50, 275, 3, 2, -7, 34, 276, 7, 53, 274, 1, 275, 276, -2, 50, 278, 3, 2, -10, 34, 279, 7, 53, 277, 1, 278, 279, -2, 30, 282, 274, -9, 59, 282, 2504, 11, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 282, 34, 283, 274, 52, 284, 3, 4, 283, -2, 67, 281, 284, 58, 2525, 50, 285, 3, 2, -8, 21, 286, -21, 274, 34, 287, 286, 53, 288, 3, 285, 287, -2, 67, 281, 288, 67, 280, 281, 30, 291, 277, -9, 59, 291, 2562, 12, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 291, 34, 292, 277, 52, 293, 3, 4, 292, -2, 67, 290, 293, 58, 2583, 50, 294, 3, 2, -8, 21, 295, -21, 277, 34, 296, 295, 53, 297, 3, 294, 296, -2, 67, 290, 297, 67, 289, 290, 41, 298, 280, 37, 299, 298, -24, 67, 300, 299, 59, 299, 2624, 14, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 289, 299, 300, 41, 301, 289, 37, 302, 301, -24, 67, 300, 302, 59, 300, 2664, 13, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 289, 300, 34, 303, 8, 46, 304, 280, 46, 305, 289, 21, 306, 304, 305, 43, 307, 306, 54, 4, 303, 307, -2, 58, 2696, 51, 3, 1, -18, 34, 308, 8, 62, -41, 309, 0, 6, 0, -43, 280, 289, 274, 277, 8, 0, 1, 2, 3, 4, 5, 6, 308, 54, 4, 308, 309, -2, 58, 7512, 50, 311, 3, 2, -7, 34, 312, 7, 53, 310, 1, 311, 312, -2, 50, 314, 3, 2, -10, 34, 315, 7, 53, 313, 1, 314, 315, -2, 30, 318, 310, -9, 59, 318, 2759, 11, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 318, 34, 319, 310, 52, 320, 3, 4, 319, -2, 67, 317, 320, 58, 2780, 50, 321, 3, 2, -8, 21, 322, -21, 310, 34, 323, 322, 53, 324, 3, 321, 323, -2, 67, 317, 324, 67, 316, 317, 30, 327, 313, -9, 59, 327, 2817, 12, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 327, 34, 328, 313, 52, 329, 3, 4, 328, -2, 67, 326, 329, 58, 2838, 50, 330, 3, 2, -8, 21, 331, -21, 313, 34, 332, 331, 53, 333, 3, 330, 332, -2, 67, 326, 333, 67, 325, 326, 41, 334, 316, 37, 335, 334, -24, 67, 336, 335, 59, 335, 2879, 14, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 325, 335, 336, 41, 337, 325, 37, 338, 337, -24, 67, 336, 338, 59, 336, 2919, 13, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 325, 336, 34, 339, 8, 46, 340, 316, 46, 341, 325, 22, 342, 340, 341, 43, 343, 342, 54, 4, 339, 343, -2, 58, 2951, 51, 3, 1, -18, 34, 344, 8, 62, -44, 345, 0, 6, 0, -46, 316, 325, 310, 313, 8, 0, 1, 2, 3, 4, 5, 6, 344, 54, 4, 344, 345, -2, 58, 7512, 50, 347, 3, 2, -7, 34, 348, 7, 53, 346, 1, 347, 348, -2, 50, 350, 3, 2, -10, 34, 351, 7, 53, 349, 1, 350, 351, -2, 30, 354, 346, -9, 59, 354, 3014, 11, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 354, 34, 355, 346, 52, 356, 3, 4, 355, -2, 67, 353, 356, 58, 3035, 50, 357, 3, 2, -8, 21, 358, -21, 346, 34, 359, 358, 53, 360, 3, 357, 359, -2, 67, 353, 360, 67, 352, 353, 30, 363, 349, -9, 59, 363, 3072, 12, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 363, 34, 364, 349, 52, 365, 3, 4, 364, -2, 67, 362, 365, 58, 3093, 50, 366, 3, 2, -8, 21, 367, -21, 349, 34, 368, 367, 53, 369, 3, 366, 368, -2, 67, 362, 369, 67, 361, 362, 41, 370, 352, 37, 371, 370, -24, 67, 372, 371, 59, 371, 3134, 14, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 361, 371, 372, 41, 373, 361, 37, 374, 373, -24, 67, 372, 374, 59, 372, 3174, 13, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 361, 372, 34, 375, 8, 46, 376, 352, 46, 377, 361, 23, 378, 376, 377, 43, 379, 378, 54, 4, 375, 379, -2, 58, 3206, 51, 3, 1, -18, 34, 380, 8, 62, -47, 381, 0, 6, 0, -49, 352, 361, 346, 349, 8, 0, 1, 2, 3, 4, 5, 6, 380, 54, 4, 380, 381, -2, 58, 7512, 50, 383, 3, 2, -7, 34, 384, 7, 53, 382, 1, 383, 384, -2, 50, 386, 3, 2, -10, 34, 387, 7, 53, 385, 1, 386, 387, -2, 30, 390, 382, -9, 59, 390, 3269, 11, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 390, 34, 391, 382, 52, 392, 3, 4, 391, -2, 67, 389, 392, 58, 3290, 50, 393, 3, 2, -8, 21, 394, -21, 382, 34, 395, 394, 53, 396, 3, 393, 395, -2, 67, 389, 396, 67, 388, 389, 30, 399, 385, -9, 59, 399, 3327, 12, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 399, 34, 400, 385, 52, 401, 3, 4, 400, -2, 67, 398, 401, 58, 3348, 50, 402, 3, 2, -8, 21, 403, -21, 385, 34, 404, 403, 53, 405, 3, 402, 404, -2, 67, 398, 405, 67, 397, 398, 41, 406, 388, 37, 407, 406, -24, 67, 408, 407, 59, 407, 3389, 14, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 397, 407, 408, 41, 409, 397, 37, 410, 409, -24, 67, 408, 410, 59, 408, 3440, 13, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 397, 408, 34, 411, 8, 46, 412, 388, 46, 413, 397, 61, 9, 414, 2, 412, 413, 8, 0, 1, 2, 3, 4, 5, 6, 411, 43, 415, 414, 54, 4, 411, 415, -2, 58, 3472, 51, 3, 1, -18, 34, 416, 8, 62, -50, 417, 0, 6, 0, -52, 388, 397, 382, 385, 8, 0, 1, 2, 3, 4, 5, 6, 416, 54, 4, 416, 417, -2, 58, 7512, 50, 419, 3, 2, -7, 34, 420, 7, 53, 418, 1, 419, 420, -2, 50, 422, 3, 2, -10, 34, 423, 7, 53, 421, 1, 422, 423, -2, 30, 426, 418, -9, 59, 426, 3535, 11, 0, 1, 2, 3, 4, 5, 6, 8, 418, 421, 426, 34, 427, 418, 52, 428, 3, 4, 427, -2, 67, 425, 428, 58, 3556, 50, 429, 3, 2, -8, 21, 430, -21, 418, 34, 431, 430, 53, 432, 3, 429, 431, -2, 67, 425, 432, 67, 424, 425, 30, 435, 421, -9, 59, 435, 3593, 12, 0, 1, 2, 3, 4, 5, 6, 8, 418, 421, 424, 435, 34, 436, 421, 52, 437, 3, 4, 436, -2, 67, 434, 437, 58, 3614, 50, 438, 3, 2, -8, 21, 439, -21, 421, 34, 440, 439, 53, 441, 3, 438, 440, -2, 67, 434, 441, 67, 433, 434, 41, 442, 424, 37, 443, 442, -24, 67, 444, 443, 59, 443, 3655, 14, 0, 1, 2, 3, 4, 5, 6, 8, 418, 421, 424, 433, 443, 444, 41, 445, 433, 37, 446, 445, -24, 67, 444, 446, 59, 444, 3707, 13, 0, 1, 2, 3, 4, 5, 6, 8, 418, 421, 424, 433, 444, 34, 447, 8, 46, 448, 424, 46, 449, 433, 62, -53, 450, 1, 2, 448, 449, 8, 0, 1, 2, 3, 4, 5, 6, 447, 43, 451, 450, 54, 4, 447, 451, -2, 58, 3739, 51, 3, 1, -18, 34, 452, 8, 62, -54, 453, 0, 6, 0, -56, 424, 433, 418, 421, 8, 0, 1, 2, 3, 4, 5, 6, 452, 54, 4, 452, 453, -2, 58, 7512, 50, 455, 3, 2, -7, 34, 456, 7, 53, 454, 1, 455, 456, -2, 34, 458, 454, 52, 457, 3, 4, 458, -2, 41, 459, 457, 37, 460, 459, -24, 59, 460, 3805, 11, 0, 1, 2, 3, 4, 5, 6, 8, 454, 457, 460, 34, 461, 8, 46, 462, 457, 25, 463, 462, 43, 464, 463, 54, 4, 461, 464, -2, 58, 3837, 51, 3, 1, -18, 34, 465, 8, 62, -57, 466, 0, 6, 0, -59, 457, 457, 454, 454, 8, 0, 1, 2, 3, 4, 5, 6, 465, 54, 4, 465, 466, -2, 58, 7512, 50, 468, 3, 2, -7, 34, 469, 7, 53, 470, 1, 468, 469, -2, 34, 471, 470, 52, 467, 3, 4, 471, -2, 34, 472, 8, 37, 473, 467, -11, 35, 474, 473, 67, 475, 473, 59, 474, 3897, 11, 0, 1, 2, 3, 4, 5, 6, 467, 472, 474, 475, 37, 476, 467, -61, 67, 475, 476, 44, 477, 475, 54, 4, 472, 477, -2, 58, 7512, 50, 479, 3, 2, -7, 34, 480, 7, 53, 478, 1, 479, 480, -2, 34, 482, 478, 52, 481, 3, 4, 482, -2, 41, 483, 481, 37, 484, 483, -23, 59, 484, 3980, 11, 0, 1, 2, 3, 4, 5, 6, 8, 478, 481, 484, 34, 485, 8, 62, -62, 486, 1, 1, 481, 8, 0, 1, 2, 3, 4, 5, 6, 485, 43, 487, 486, 54, 4, 485, 487, -2, 58, 4055, 40, 488, 481, -63, 59, 488, 4026, 11, 0, 1, 2, 3, 4, 5, 6, 8, 478, 481, 488, 34, 489, 8, 61, 10, 490, 1, 481, 8, 0, 1, 2, 3, 4, 5, 6, 489, 43, 491, 490, 54, 4, 489, 491, -2, 58, 4055, 51, 3, 1, -18, 34, 492, 8, 62, -64, 493, 0, 3, 0, 481, 478, 8, 0, 1, 2, 3, 4, 5, 6, 492, 54, 4, 492, 493, -2, 58, 7512, 50, 495, 3, 2, -7, 34, 496, 7, 53, 494, 1, 495, 496, -2, 50, 498, 3, 2, -10, 34, 499, 7, 53, 497, 1, 498, 499, -2, 34, 501, 494, 52, 500, 3, 4, 501, -2, 34, 503, 497, 52, 502, 3, 4, 503, -2, 20, 504, 494, -4, 31, 505, 497, 504, 67, 506, 505, 59, 505, 4142, 14, 0, 1, 2, 3, 4, 5, 6, 8, 494, 497, 500, 502, 505, 506, 41, 507, 500, 37, 508, 507, -23, 67, 506, 508, 67, 509, 506, 59, 506, 4173, 14, 0, 1, 2, 3, 4, 5, 6, 8, 494, 497, 500, 502, 506, 509, 41, 510, 502, 37, 511, 510, -23, 67, 509, 511, 59, 509, 4216, 13, 0, 1, 2, 3, 4, 5, 6, 8, 494, 497, 500, 502, 509, 34, 512, 8, 62, -65, 513, 1, 2, 500, 502, 8, 0, 1, 2, 3, 4, 5, 6, 512, 54, 4, 512, 513, -2, 58, 4246, 51, 3, 1, -18, 34, 514, 8, 62, -66, 515, 0, 4, 0, 4, 494, 497, 8, 0, 1, 2, 3, 4, 5, 6, 514, 54, 4, 514, 515, -2, 58, 7512, 50, 517, 3, 2, -7, 34, 518, 7, 53, 516, 1, 517, 518, -2, 20, 519, 1, 516, 34, 520, 519, 33, 1, 520, 27, 521, 516, -9, 59, 521, 4290, 8, 0, 1, 2, 3, 4, 5, 6, 521, 58, 4290, 58, 7512, 50, 523, 3, 2, -7, 34, 524, 7, 53, 522, 1, 523, 524, -2, 50, 526, 3, 2, -10, 34, 527, 7, 53, 525, 1, 526, 527, -2, 30, 530, 522, -9, 59, 530, 4353, 11, 0, 1, 2, 3, 4, 5, 6, 8, 522, 525, 530, 34, 531, 522, 52, 532, 3, 4, 531, -2, 67, 529, 532, 58, 4374, 50, 533, 3, 2, -8, 21, 534, -21, 522, 34, 535, 534, 53, 536, 3, 533, 535, -2, 67, 529, 536, 67, 528, 529, 30, 539, 525, -9, 59, 539, 4410, 11, 0, 1, 2, 3, 4, 5, 6, 8, 525, 528, 539, 34, 540, 525, 52, 541, 3, 4, 540, -2, 67, 538, 541, 58, 4431, 50, 542, 3, 2, -8, 21, 543, -21, 525, 34, 544, 543, 53, 545, 3, 542, 544, -2, 67, 538, 545, 67, 537, 538, 37, 546, 528, 537, 35, 547, 546, 67, 548, 547, 59, 547, 4471, 13, 0, 1, 2, 3, 4, 5, 6, 8, 528, 537, 546, 547, 548, 41, 549, 528, 37, 550, 549, -67, 67, 548, 550, 67, 551, 548, 59, 548, 4501, 13, 0, 1, 2, 3, 4, 5, 6, 8, 528, 537, 546, 548, 551, 41, 552, 537, 37, 553, 552, -67, 67, 551, 553, 59, 551, 4540, 12, 0, 1, 2, 3, 4, 5, 6, 8, 528, 537, 546, 551, 51, 3, 1, -18, 62, -68, 546, 0, 3, 0, 528, 537, 8, 0, 1, 2, 3, 4, 5, 6, 8, 58, 4540, 31, 554, 8, -9, 35, 555, 554, 36, 556, 546, 36, 557, 555, 17, 558, 556, 557, 35, 559, 558, 59, 559, 4584, 8, 0, 1, 2, 3, 4, 5, 6, 559, 20, 560, 1, -4, 34, 561, 560, 33, 1, 561, 58, 4630, 50, 563, 3, 2, -7, 34, 564, 1, 53, 562, 1, 563, 564, -2, 20, 565, 1, -4, 20, 566, 565, 562, 34, 567, 566, 33, 1, 567, 27, 568, 562, -9, 59, 568, 4630, 8, 0, 1, 2, 3, 4, 5, 6, 568, 58, 4630, 58, 7512, 50, 570, 3, 2, -7, 34, 571, 7, 53, 569, 1, 570, 571, -2, 50, 573, 3, 2, -10, 34, 574, 7, 53, 572, 1, 573, 574, -2, 30, 577, 569, -9, 59, 577, 4694, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 569, 572, 577, 34, 578, 569, 52, 579, 3, 4, 578, -2, 67, 576, 579, 58, 4715, 50, 580, 3, 2, -8, 21, 581, -21, 569, 34, 582, 581, 53, 583, 3, 580, 582, -2, 67, 576, 583, 67, 575, 576, 30, 586, 572, -9, 59, 586, 4752, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 572, 575, 586, 34, 587, 572, 52, 588, 3, 4, 587, -2, 67, 585, 588, 58, 4773, 50, 589, 3, 2, -8, 21, 590, -21, 572, 34, 591, 590, 53, 592, 3, 589, 591, -2, 67, 585, 592, 67, 584, 585, 67, 593, -60, 41, 594, 575, 37, 595, 594, -24, 67, 596, 595, 59, 595, 4816, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 575, 584, 595, 596, 41, 597, 584, 37, 598, 597, -24, 67, 596, 598, 59, 596, 4898, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 575, 584, 596, 50, 600, 3, 2, -6, 34, 601, 7, 53, 602, 1, 600, 601, -2, 31, 603, 602, -70, 59, 603, 4880, 11, 0, 1, 2, 3, 4, 5, 6, 8, 575, 584, 603, 46, 604, 575, 46, 605, 584, 27, 606, 604, 605, 67, 599, 606, 58, 4893, 46, 607, 575, 46, 608, 584, 28, 609, 607, 608, 67, 599, 609, 67, 593, 599, 58, 4934, 51, 3, 1, -18, 50, 610, 3, 2, -6, 34, 611, 7, 53, 612, 1, 610, 611, -2, 62, -71, 593, 0, 4, 0, 612, 575, 584, 8, 0, 1, 2, 3, 4, 5, 6, 8, 31, 613, 8, -9, 35, 614, 613, 36, 615, 593, 36, 616, 614, 17, 617, 615, 616, 35, 618, 617, 59, 618, 4978, 8, 0, 1, 2, 3, 4, 5, 6, 618, 20, 619, 1, -4, 34, 620, 619, 33, 1, 620, 58, 5024, 50, 622, 3, 2, -7, 34, 623, 1, 53, 621, 1, 622, 623, -2, 20, 624, 1, -4, 20, 625, 624, 621, 34, 626, 625, 33, 1, 626, 27, 627, 621, -9, 59, 627, 5024, 8, 0, 1, 2, 3, 4, 5, 6, 627, 58, 5024, 58, 7512, 34, 629, 8, 52, 628, 3, 4, 629, -2, 37, 630, 628, -11, 35, 631, 630, 67, 632, 631, 59, 631, 5070, 11, 0, 1, 2, 3, 4, 5, 6, 7, 628, 631, 632, 37, 633, 628, -61, 35, 634, 633, 67, 632, 634, 50, 635, 3, 2, -10, 34, 636, 7, 53, 637, 1, 635, 636, -2, 31, 638, 637, -9, 35, 639, 638, 36, 640, 632, 36, 641, 639, 17, 642, 640, 641, 35, 643, 642, 59, 643, 5128, 8, 0, 1, 2, 3, 4, 5, 6, 643, 20, 644, 1, -4, 34, 645, 644, 33, 1, 645, 58, 5174, 50, 647, 3, 2, -7, 34, 648, 1, 53, 646, 1, 647, 648, -2, 20, 649, 1, -4, 20, 650, 649, 646, 34, 651, 650, 33, 1, 651, 27, 652, 646, -9, 59, 652, 5174, 8, 0, 1, 2, 3, 4, 5, 6, 652, 58, 5174, 58, 7512, 50, 654, 3, 2, -7, 34, 655, 7, 53, 656, 1, 654, 655, -2, 34, 657, 656, 52, 653, 3, 4, 657, -2, 37, 658, 653, -11, 35, 659, 658, 67, 660, 659, 59, 659, 5235, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 653, 659, 660, 37, 661, 653, -61, 35, 662, 661, 67, 660, 662, 50, 663, 3, 2, -10, 34, 664, 7, 53, 665, 1, 663, 664, -2, 31, 666, 665, -9, 35, 667, 666, 36, 668, 660, 36, 669, 667, 17, 670, 668, 669, 59, 670, 5336, 10, 0, 1, 2, 3, 4, 5, 6, 8, 653, 670, 34, 671, 8, 54, 4, 671, 653, -2, 50, 673, 3, 2, -7, 34, 674, 1, 53, 672, 1, 673, 674, -2, 20, 675, 1, -4, 20, 676, 675, 672, 34, 677, 676, 33, 1, 677, 27, 678, 672, -9, 59, 678, 5334, 8, 0, 1, 2, 3, 4, 5, 6, 678, 58, 5334, 58, 5346, 20, 679, 1, -4, 34, 680, 679, 33, 1, 680, 58, 7512, 50, 682, 3, 2, -7, 34, 683, 7, 53, 681, 1, 682, 683, -2, 50, 685, 3, 2, -10, 34, 686, 7, 53, 687, 1, 685, 686, -2, 21, 684, 687, -4, 31, 690, 681, -9, 35, 691, 690, 59, 691, 5411, 11, 0, 1, 2, 3, 4, 5, 6, 8, 681, 684, 691, 21, 692, 681, -4, 67, 689, 692, 58, 5427, 49, 693, 1, 3, -72, 21, 694, 693, 8, 21, 695, 694, -4, 67, 689, 695, 67, 688, 689, 34, 697, 8, 52, 696, 3, 4, 697, -2, 51, 3, 1, -18, 40, 698, 696, -73, 35, 699, 698, 59, 699, 5493, 12, 0, 1, 2, 3, 4, 5, 6, 8, 684, 688, 696, 699, 62, -74, 696, 0, 5, 0, 4, 8, 688, 696, 10, 0, 1, 2, 3, 4, 5, 6, 8, 684, 688, 20, 688, 688, -4, 58, 5493, 40, 700, 696, -75, 59, 700, 5551, 12, 0, 1, 2, 3, 4, 5, 6, 8, 684, 688, 696, 700, 20, 702, 8, -4, 61, 11, 701, 8, 0, 5, 696, 4, 702, 688, 8, 684, 3, 0, 5, 6, 67, 3, 701, 50, 2, 3, 701, -76, 50, 4, 3, 701, -14, 67, 1, -9, 58, 5818, 20, 704, 8, -4, 20, 705, 8, -4, 20, 706, 705, 688, 62, -78, 707, 0, 3, 4, 704, 706, 10, 0, 1, 2, 3, 4, 5, 6, 8, 684, 696, 62, -77, 703, 0, 4, 0, 5, 696, 707, 9, 0, 1, 2, 3, 4, 5, 6, 8, 684, 49, 708, 2, 5, -79, 59, 708, 5644, 11, 0, 1, 2, 3, 4, 5, 6, 8, 684, 703, 708, 51, 5, 8, -80, 51, 5, 684, -81, 49, 709, 1, 5, -82, 20, 710, 709, -4, 51, 5, 710, -82, 63, 703, 55, 711, 703, -2, 27, 712, 684, -9, 59, 712, 5734, 12, 0, 1, 2, 3, 4, 5, 6, 8, 684, 703, 711, 712, 67, 713, -9, 33, 714, 711, 27, 715, 713, 714, 59, 715, 5721, 12, 0, 1, 2, 3, 4, 5, 6, 8, 703, 711, 713, 715, 20, 716, 8, 713, 34, 717, 716, 34, 718, 713, 52, 719, 3, 703, 718, -2, 54, 4, 717, 719, -2, 20, 713, 713, -4, 58, 5671, 33, 720, 711, 20, 721, 8, 720, 51, 3, 721, -72, 58, 5818, 67, 722, -9, 27, 723, 722, 684, 59, 723, 5818, 13, 0, 1, 2, 3, 4, 5, 6, 8, 684, 703, 711, 722, 723, 20, 724, 8, 722, 34, 725, 724, 33, 727, 711, 27, 728, 722, 727, 59, 728, 5804, 14, 0, 1, 2, 3, 4, 5, 6, 8, 684, 703, 711, 722, 725, 728, 34, 729, 722, 52, 730, 3, 703, 729, -2, 67, 726, 730, 58, 5807, 67, 726, -11, 54, 4, 725, 726, -2, 20, 722, 722, -4, 58, 5737, 58, 7512, 50, 732, 3, 2, -7, 34, 733, 7, 53, 731, 1, 732, 733, -2, 31, 736, 731, -9, 35, 737, 736, 59, 737, 5864, 10, 0, 1, 2, 3, 4, 5, 6, 8, 731, 737, 21, 738, 731, -4, 67, 735, 738, 58, 5880, 49, 739, 1, 3, -72, 21, 740, 739, 8, 21, 741, 740, -4, 67, 735, 741, 67, 734, 735, 34, 743, 8, 52, 742, 3, 4, 743, -2, 51, 3, 1, -18, 40, 744, 742, -83, 35, 745, 744, 59, 745, 5944, 11, 0, 1, 2, 3, 4, 5, 6, 8, 734, 742, 745, 62, -84, 742, 0, 5, 0, 4, 8, 734, 742, 9, 0, 1, 2, 3, 4, 5, 6, 8, 734, 20, 734, 734, -4, 58, 5944, 40, 746, 742, -85, 59, 746, 6044, 11, 0, 1, 2, 3, 4, 5, 6, 8, 734, 742, 746, 49, 747, 3, 3, -86, 37, 748, 747, -11, 35, 749, 748, 59, 749, 6007, 9, 0, 3, 4, 5, 6, 8, 734, 742, 749, 62, -87, -1, 0, 3, 0, 3, -5, 8, 0, 3, 4, 5, 6, 8, 734, 742, 58, 6007, 20, 751, 8, -4, 61, 12, 750, 7, 0, 5, 742, 4, 751, 734, 3, 3, 0, 5, 6, 67, 3, 750, 50, 2, 3, 750, -76, 50, 4, 3, 750, -14, 67, 1, -9, 58, 6202, 20, 753, 8, -4, 20, 754, 8, -4, 20, 755, 754, 734, 62, -89, 756, 0, 3, 4, 753, 755, 9, 0, 1, 2, 3, 4, 5, 6, 8, 742, 62, -88, 752, 0, 4, 0, 5, 742, 756, 8, 0, 1, 2, 3, 4, 5, 6, 8, 49, 757, 2, 5, -79, 59, 757, 6134, 10, 0, 1, 2, 3, 4, 5, 6, 8, 752, 757, 51, 5, 8, -80, 51, 5, -21, -81, 49, 758, 1, 5, -82, 20, 759, 758, -4, 51, 5, 759, -82, 63, 752, 55, 760, 752, -2, 67, 761, -9, 33, 762, 760, 27, 763, 761, 762, 59, 763, 6191, 12, 0, 1, 2, 3, 4, 5, 6, 8, 752, 760, 761, 763, 20, 764, 8, 761, 34, 765, 764, 34, 766, 761, 52, 767, 3, 752, 766, -2, 54, 4, 765, 767, -2, 20, 761, 761, -4, 58, 6141, 33, 768, 760, 20, 769, 8, 768, 51, 3, 769, -72, 58, 7512, 50, 771, 3, 2, -7, 34, 772, 7, 53, 770, 1, 771, 772, -2, 31, 775, 770, -9, 35, 776, 775, 59, 776, 6246, 8, 0, 3, 4, 5, 6, 8, 770, 776, 21, 777, 770, -4, 67, 774, 777, 58, 6258, 49, 778, 1, 3, -72, 21, 779, 778, 8, 67, 774, 779, 67, 773, 774, 49, 780, 3, 3, -86, 37, 781, 780, -11, 35, 782, 781, 59, 782, 6303, 8, 0, 3, 4, 5, 6, 8, 773, 782, 62, -90, -1, 0, 3, 0, 3, -5, 7, 0, 3, 4, 5, 6, 8, 773, 58, 6303, 49, 784, 1, 5, -82, 21, 783, 784, -4, 51, 5, 783, -82, 31, 785, 783, 6, 59, 785, 6348, 9, 0, 3, 4, 5, 6, 8, 773, 783, 785, 20, 786, 8, 773, 62, -91, 787, 0, 3, 4, 8, 786, 0, 63, 787, 49, 789, 3, 5, -92, 21, 790, 783, -4, 34, 791, 790, 52, 788, 3, 789, 791, -2, 50, 792, 3, 788, -14, 50, 793, 1, 3, -93, 50, 794, 1, 3, -94, 27, 795, 794, -9, 59, 795, 6463, 11, 0, 4, 5, 6, 8, 773, 788, 792, 793, 794, 795, 67, 796, -9, 27, 797, 796, 773, 59, 797, 6453, 11, 0, 4, 5, 6, 8, 773, 788, 792, 793, 796, 797, 20, 798, 793, 796, 34, 799, 798, 20, 800, 8, 796, 34, 801, 800, 52, 802, 3, 4, 801, -2, 54, 792, 799, 802, -2, 20, 796, 796, -4, 58, 6403, 20, 803, 793, 773, 51, 788, 803, -72, 58, 6546, 67, 804, -9, 27, 805, 804, 794, 59, 805, 6546, 12, 0, 4, 5, 6, 8, 773, 788, 792, 793, 794, 804, 805, 20, 806, 793, 804, 34, 807, 806, 27, 809, 804, 773, 59, 809, 6532, 13, 0, 4, 5, 6, 8, 773, 788, 792, 793, 794, 804, 807, 809, 20, 810, 8, 804, 34, 811, 810, 52, 812, 3, 4, 811, -2, 67, 808, 812, 58, 6535, 67, 808, -11, 54, 792, 807, 808, -2, 20, 804, 804, -4, 58, 6466, 67, 3, 788, 50, 2, 3, 788, -76, 67, 4, 792, 49, 1, 1, 788, -18, 58, 7512, 20, 814, 8, -96, 34, 815, 814, 52, 816, 3, 4, 815, -2, 46, 813, 816, 34, 818, 8, 52, 819, 3, 4, 818, -2, 46, 820, 819, 20, 817, 820, 813, 20, 822, 8, -4, 34, 823, 822, 52, 824, 3, 4, 823, -2, 46, 821, 824, 29, 826, 813, -9, 59, 826, 6641, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 817, 821, 826, 28, 827, 817, 821, 67, 825, 827, 58, 6648, 28, 828, 821, 817, 67, 825, 828, 59, 825, 6715, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 817, 825, 50, 829, 3, 2, -7, 34, 830, 7, 53, 831, 1, 829, 830, -2, 20, 832, 1, 831, 34, 833, 832, 33, 1, 833, 34, 834, 8, 43, 835, 817, 54, 4, 834, 835, -2, 20, 836, 8, -98, 34, 837, 836, 43, 838, 817, 54, 4, 837, 838, -2, 58, 6715, 58, 7512, 34, 840, 8, 52, 839, 3, 4, 840, -2, 20, 842, 8, -4, 34, 843, 842, 52, 841, 3, 4, 843, -2, 20, 845, 8, -96, 34, 846, 845, 52, 844, 3, 4, 846, -2, 41, 847, 839, 37, 848, 847, -24, 35, 849, 848, 35, 850, 849, 67, 851, 849, 59, 850, 6798, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 841, 844, 850, 851, 41, 852, 841, 37, 853, 852, -24, 35, 854, 853, 67, 851, 854, 35, 855, 851, 67, 856, 851, 59, 855, 6833, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 844, 855, 856, 41, 857, 844, 37, 858, 857, -24, 35, 859, 858, 67, 856, 859, 59, 856, 6871, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 856, 51, 3, 1, -18, 62, -99, -1, 0, 3, 0, 4, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 58, 6871, 34, 860, 8, 34, 861, 8, 52, 862, 3, 4, 861, -2, 46, 863, 862, 20, 864, 8, -96, 34, 865, 864, 52, 866, 3, 4, 865, -2, 46, 867, 866, 21, 868, 863, 867, 43, 869, 868, 54, 4, 860, 869, -2, 50, 870, 3, 2, -7, 34, 871, 7, 53, 872, 1, 870, 871, -2, 20, 873, 1, 872, 34, 874, 873, 33, 1, 874, 58, 7512, 51, 3, 1, -18, 50, 876, 3, 2, -10, 34, 877, 7, 53, 875, 1, 876, 877, -2, 62, -100, -1, 0, 4, 0, 4, 8, 875, 8, 0, 1, 2, 3, 4, 5, 6, 8, 20, 879, 8, -98, 34, 880, 879, 52, 878, 3, 4, 880, -2, 37, 881, 878, -11, 35, 882, 881, 59, 882, 7070, 10, 0, 1, 2, 3, 4, 5, 6, 8, 878, 882, 20, 883, 8, -96, 34, 884, 883, 54, 4, 884, 878, -2, 50, 886, 3, 2, -7, 34, 887, 1, 53, 885, 1, 886, 887, -2, 20, 888, 1, -4, 20, 889, 888, 885, 34, 890, 889, 33, 1, 890, 27, 891, 885, -9, 59, 891, 7068, 8, 0, 1, 2, 3, 4, 5, 6, 891, 58, 7068, 58, 7080, 20, 892, 1, -4, 34, 893, 892, 33, 1, 893, 58, 7512, 50, 895, 3, 2, -7, 34, 896, 7, 53, 894, 1, 895, 896, -2, 31, 899, 894, -9, 35, 900, 899, 59, 900, 7123, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 894, 900, 67, 898, 894, 58, 7139, 49, 901, 1, 3, -72, 21, 902, 901, 8, 21, 903, 902, -4, 67, 898, 903, 67, 897, 898, 50, 904, 3, 2, -10, 34, 905, 7, 53, 906, 1, 904, 905, -2, 62, -101, -1, 0, 5, 0, 4, 8, 897, 906, 7, 0, 1, 2, 3, 4, 5, 6, 58, 7512, 49, 907, 3, 3, -86, 37, 908, 907, -11, 35, 909, 908, 59, 909, 7219, 9, 0, 1, 2, 3, 4, 5, 6, 8, 909, 62, -102, -1, 0, 3, 0, 3, 8, 7, 0, 1, 2, 3, 4, 5, 6, 58, 7219, 58, 7512, 34, 910, 8, 50, 911, 3, 2, -104, 50, 912, 3, 2, -7, 34, 913, 7, 53, 914, 1, 912, 913, -2, 34, 915, 914, 53, 916, 3, 911, 915, -2, 62, -103, 917, 0, 3, 0, 3, 916, 8, 0, 1, 2, 3, 4, 5, 6, 910, 54, 4, 910, 917, -2, 58, 7512, 50, 919, 3, 2, -7, 34, 920, 7, 53, 918, 1, 919, 920, -2, 50, 921, 3, 3, -105, 55, 922, 921, -2, 31, 923, 918, -9, 59, 923, 7385, 12, 0, 1, 2, 3, 4, 5, 6, 8, 918, 921, 922, 923, 67, 924, -9, 33, 925, 922, 27, 926, 924, 925, 59, 926, 7372, 12, 0, 1, 2, 3, 4, 5, 6, 8, 921, 922, 924, 926, 20, 927, 8, 924, 34, 928, 927, 34, 929, 924, 52, 930, 3, 921, 929, -2, 54, 4, 928, 930, -2, 20, 924, 924, -4, 58, 7322, 33, 931, 922, 20, 932, 8, 931, 51, 3, 932, -72, 58, 7473, 67, 933, -9, 21, 934, 918, -4, 27, 935, 933, 934, 59, 935, 7473, 13, 0, 1, 2, 3, 4, 5, 6, 8, 918, 921, 922, 933, 935, 20, 936, 8, 933, 34, 937, 936, 33, 939, 922, 27, 940, 933, 939, 59, 940, 7459, 14, 0, 1, 2, 3, 4, 5, 6, 8, 918, 921, 922, 933, 937, 940, 34, 941, 933, 52, 942, 3, 921, 941, -2, 67, 938, 942, 58, 7462, 67, 938, -11, 54, 4, 937, 938, -2, 20, 933, 933, -4, 58, 7388, 58, 7512, 51, 3, 1, -18, 50, 943, 3, 2, -6, 34, 944, 7, 53, 945, 1, 943, 944, -2, 62, -108, 946, 1, 2, -107, 945, 1, 0, 62, -106, 947, 0, 2, 0, 946, 0, 64, 947, 68, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6] },
    { name: "LuaTable.getField", args: [0, 1], kinds: "rrrffbffrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [49, 2, 3, 0, -1, 50, 5, 2, 2, -2, 59, 5, 31, 4, 0, 1, 2, 5, 61, 13, 6, 2, 2, 1, 1, 0, 67, 4, 6, 58, 49, 65, 2, 3, 0, 1, 2, 62, -3, 7, 1, 2, 2, 1, 1, 0, 67, 4, 7, 67, 3, 4, 27, 9, 3, -5, 59, 9, 68, 3, 0, 3, 9, 67, 8, -6, 58, 85, 49, 10, 3, 0, -7, 34, 11, 3, 52, 12, 3, 10, 11, -8, 67, 8, 12, 63, 8] },
    { name: "LuaTable.getStr", args: [0, 1], kinds: "rrfrrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [49, 3, 3, 0, -1, 61, 13, 2, 2, 3, 1, 1, 0, 27, 5, 2, -3, 59, 5, 29, 3, 0, 2, 5, 67, 4, -4, 58, 46, 49, 6, 3, 0, -5, 34, 7, 2, 52, 8, 3, 6, 7, -6, 67, 4, 8, 63, 4] },
    { name: "LuaTable.getInt", args: [0, 1], kinds: "rffrifbbbbifbirrr",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any")],
      code: [21, 2, 1, -2, 49, 3, 3, 0, -3, 34, 4, 2, 33, 5, 4, 31, 6, 5, 2, 67, 7, 6, 59, 6, 39, 6, 0, 1, 2, 3, 6, 7, 30, 8, 2, -5, 67, 7, 8, 67, 9, 7, 59, 7, 66, 6, 0, 1, 2, 3, 7, 9, 55, 10, 3, -6, 33, 11, 10, 27, 12, 2, 11, 67, 9, 12, 59, 9, 86, 5, 0, 1, 2, 3, 9, 34, 13, 2, 52, 14, 3, 3, 13, -6, 63, 14, 43, 15, 1, 61, 14, 16, 2, 0, 15, 0, 63, 16] },
    { name: "LuaTable.get", args: [0, 1], kinds: "rrrbrrbfrr",
      pool: [__metajit.pool.ref("string"), __metajit.pool.ref("number")],
      code: [41, 2, 1, 37, 3, 2, -1, 59, 3, 23, 3, 0, 1, 3, 61, 2, 4, 2, 0, 1, 0, 63, 4, 41, 5, 1, 37, 6, 5, -2, 59, 6, 49, 3, 0, 1, 6, 46, 7, 1, 61, 3, 8, 2, 0, 7, 0, 63, 8, 61, 14, 9, 2, 0, 1, 0, 63, 9] },
    { name: "LuaTable.setField", args: [0, 1, 2], kinds: "rrrrffbffbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [49, 3, 3, 0, -1, 50, 6, 2, 3, -2, 59, 6, 34, 5, 0, 1, 2, 3, 6, 61, 13, 7, 2, 3, 1, 3, 0, 1, 2, 67, 5, 7, 58, 55, 65, 3, 4, 0, 1, 2, 3, 62, -3, 8, 1, 2, 3, 1, 3, 0, 1, 2, 67, 5, 8, 67, 4, 5, 30, 9, 4, -5, 59, 9, 86, 5, 0, 1, 2, 4, 9, 49, 10, 3, 0, -6, 34, 11, 4, 54, 10, 11, 2, -7, 63, -8, 62, -9, -1, 0, 3, 0, 1, 2, 0, 63, -8] },
    { name: "LuaTable.setStr", args: [0, 1, 2], kinds: "rrrfrbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [49, 4, 3, 0, -1, 61, 13, 3, 2, 4, 1, 3, 0, 1, 2, 30, 5, 3, -3, 59, 5, 43, 5, 0, 1, 2, 3, 5, 49, 6, 3, 0, -4, 34, 7, 3, 54, 6, 7, 2, -5, 63, -6, 62, -7, -1, 0, 3, 0, 1, 2, 0, 63, -6] },
    { name: "LuaTable.setInt", args: [0, 1, 2], kinds: "rfrfrifbbbbifbi",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any"), __metajit.pool.ref(undefined)],
      code: [21, 3, 1, -2, 49, 4, 3, 0, -3, 34, 5, 3, 33, 6, 5, 31, 7, 6, 3, 67, 8, 7, 59, 7, 40, 7, 0, 1, 2, 3, 4, 7, 8, 30, 9, 3, -5, 67, 8, 9, 67, 10, 8, 59, 8, 68, 7, 0, 1, 2, 3, 4, 8, 10, 55, 11, 4, -6, 33, 12, 11, 27, 13, 3, 12, 67, 10, 13, 59, 10, 88, 6, 0, 1, 2, 3, 4, 10, 34, 14, 3, 54, 4, 14, 2, -6, 63, -7, 61, 15, -1, 3, 0, 1, 2, 0, 63, -7] },
    { name: "LuaTable.constructor", args: [0, 1, 2], kinds: "rrrfbfffbffrbrfbf",
      pool: [__metajit.pool.ref(undefined), __metajit.pool.field("metatable"), __metajit.pool.ref(__metajit_ref_5), __metajit.pool.field("shape"), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("slots"), __metajit.pool.field("hash"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("arr"), __metajit.pool.ref(__metajit_ref_7), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("hashCap"), __metajit.pool.ref(__metajit_ref_8)],
      code: [51, 0, -1, -2, 51, 0, -3, -4, 51, 0, -5, -6, 51, 0, -1, -7, 39, 4, 1, 46, 6, 1, 67, 5, 6, 59, 4, 36, 4, 0, 2, 4, 5, 67, 5, -9, 67, 3, 5, 39, 8, 2, 46, 10, 2, 67, 9, 10, 59, 8, 59, 4, 0, 3, 8, 9, 67, 9, -9, 67, 7, 9, 29, 12, 3, -9, 59, 12, 88, 4, 0, 3, 7, 12, 62, -11, 13, 0, 1, 3, 2, 0, 7, 67, 11, 13, 58, 91, 67, 11, -12, 51, 0, 11, -10, 29, 15, 7, -9, 59, 15, 119, 3, 0, 7, 15, 62, -14, 16, 1, 1, 7, 1, 0, 67, 14, 16, 58, 122, 67, 14, -9, 51, 0, 14, -13, 63, -1] },
    { name: "luaMod", args: [0, 1], kinds: "ffffff",
      pool: [__metajit.pool.ref(Math.floor)],
      code: [23, 2, 0, 1, 62, -1, 3, 1, 1, 2, 2, 0, 1, 22, 4, 3, 1, 21, 5, 0, 4, 63, 5] },
    { name: "LuaTable.length", args: [0], kinds: "rrfibbfirbffbffffirbfbf",
      pool: [__metajit.pool.field("arr"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.ref(Math.floor), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.field("hashCap")],
      code: [49, 1, 3, 0, -1, 55, 3, 1, -2, 33, 2, 3, 29, 4, 2, -4, 67, 5, 4, 59, 4, 48, 5, 0, 1, 2, 4, 5, 21, 6, 2, -6, 34, 7, 6, 52, 8, 3, 1, 7, -2, 37, 9, 8, -7, 67, 5, 9, 59, 5, 131, 4, 0, 1, 2, 5, 67, 10, -4, 21, 11, 2, 10, 29, 12, 11, -6, 59, 12, 129, 4, 1, 2, 10, 12, 20, 14, 10, 2, 23, 15, 14, -10, 62, -8, 13, 1, 1, 15, 3, 1, 2, 10, 21, 16, 13, -6, 34, 17, 16, 52, 18, 3, 1, 17, -2, 37, 19, 18, -7, 59, 19, 124, 5, 1, 2, 10, 13, 19, 67, 2, 13, 58, 127, 67, 10, 13, 58, 59, 63, 10, 49, 20, 1, 0, -11, 31, 21, 20, -4, 59, 21, 149, 3, 0, 2, 21, 63, 2, 61, 16, 22, 2, 0, 2, 0, 63, 22] },
    { name: "Interpreter.pushFrame", args: [0, 1, 2, 3, 4, 5, 6, 7], kinds: "rrrrfffffffbrrririf",
      pool: [__metajit.pool.field("depth"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("callLimit"), __metajit.pool.ref(__metajit.methodCaller("stackOverflow")), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [49, 8, 1, 1, -1, 20, 9, 8, -3, 49, 10, 1, 0, -4, 30, 11, 9, 10, 59, 11, 41, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 62, -5, 12, 0, 1, 0, 0, 64, 12, 61, 17, 13, 7, 0, 2, 3, 4, 5, 6, 7, 3, 1, 2, 8, 49, 14, 3, 1, -6, 34, 15, 8, 54, 14, 15, 2, -7, 49, 16, 3, 1, -8, 34, 17, 8, 54, 16, 17, 13, -7, 20, 18, 8, -3, 51, 1, 18, -1, 63, 13] },
    { name: "Interpreter.tailFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrffrrffffffriri",
      pool: [__metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("tailcalls"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("depth"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [50, 8, 1, 6, -1, 50, 9, 1, 6, -2, 61, 17, 7, 7, 0, 2, 3, 4, 5, 8, 9, 3, 1, 2, 6, 49, 10, 1, 6, -3, 20, 11, 10, -5, 51, 7, 11, -3, 49, 13, 1, 1, -6, 21, 12, 13, -5, 49, 14, 3, 1, -7, 34, 15, 12, 54, 14, 15, 2, -8, 49, 16, 3, 1, -9, 34, 17, 12, 54, 16, 17, 7, -8, 63, 7] },
    { name: "Shape.lookup", args: [0, 1], kinds: "rrrifbffbirbrrfbf",
      pool: [__metajit.pool.field("keys"), __metajit.pool.array("any"), __metajit.pool.int(8), __metajit.pool.float(8), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.float(1), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.ref(undefined)],
      code: [50, 2, 3, 0, -1, 55, 3, 2, -2, 33, 4, 3, 28, 5, 4, -4, 59, 5, 76, 5, 0, 1, 2, 3, 5, 67, 6, -6, 33, 7, 3, 27, 8, 6, 7, 59, 8, 74, 5, 1, 2, 3, 6, 8, 34, 9, 6, 52, 10, 3, 2, 9, -2, 37, 11, 10, 1, 59, 11, 68, 5, 1, 2, 3, 6, 11, 63, 6, 20, 6, 6, -7, 58, 28, 63, -9, 50, 13, 3, 0, -10, 62, -11, 12, 0, 2, 13, 1, 0, 37, 15, 12, -12, 59, 15, 104, 2, 12, 15, 67, 14, -9, 58, 110, 46, 16, 12, 67, 14, 16, 63, 14] },
    { name: "LuaTable.getHashed", args: [0, 1], kinds: "rrrbrrrbrfir",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any")],
      code: [49, 2, 3, 0, -1, 37, 3, 2, -2, 59, 3, 18, 3, 1, 2, 3, 63, -2, 50, 5, 3, 2, -3, 62, -4, 4, 0, 2, 5, 1, 1, 2, 37, 7, 4, -2, 59, 7, 48, 3, 2, 4, 7, 67, 6, -2, 58, 68, 50, 8, 3, 2, -5, 46, 9, 4, 34, 10, 9, 52, 11, 3, 8, 10, -6, 67, 6, 11, 63, 6] },
    { name: "LuaTable.setNumSlow", args: [0, 1, 2], kinds: "rfrrbbrrbbrfibbrfb",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any"), __metajit.pool.ref(__metajit_ref_9), __metajit.pool.ref("table index is NaN"), __metajit.pool.ref(__metajit.methodCaller("newKey")), __metajit.pool.int(0), __metajit.pool.float(0)],
      code: [49, 3, 3, 0, -1, 37, 4, 3, -2, 35, 5, 4, 59, 5, 75, 5, 0, 1, 2, 3, 5, 50, 7, 3, 3, -3, 62, -4, 6, 0, 2, 7, 1, 4, 0, 1, 2, 3, 37, 8, 6, -2, 35, 9, 8, 59, 9, 73, 6, 0, 1, 2, 3, 6, 9, 50, 10, 3, 3, -5, 46, 11, 6, 34, 12, 11, 54, 10, 12, 2, -6, 63, -2, 58, 75, 31, 13, 1, 1, 35, 14, 13, 59, 14, 99, 4, 0, 1, 2, 14, 62, -7, 15, 0, 1, -8, 0, 64, 15, 31, 17, 1, -11, 59, 17, 116, 4, 0, 1, 2, 17, 67, 16, -11, 58, 119, 67, 16, 1, 62, -9, -1, 0, 3, 0, 16, 2, 0, 63, -2] },
    { name: "LuaTable.unboundSearch", args: [0, 1], kinds: "rfffrbbbrbbffbfffrb",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(2147483647), __metajit.pool.float(2147483647), __metajit.pool.ref(Math.floor)],
      code: [67, 2, 1, 20, 3, 1, -2, 61, 3, 4, 2, 0, 3, 3, 0, 2, 3, 37, 5, 4, -3, 35, 6, 5, 59, 6, 91, 4, 0, 2, 3, 6, 67, 2, 3, 22, 3, 3, -5, 29, 7, 3, -7, 59, 7, 89, 4, 0, 2, 3, 7, 67, 2, -2, 61, 3, 8, 2, 0, 2, 2, 0, 2, 37, 9, 8, -3, 35, 10, 9, 59, 10, 83, 3, 0, 2, 10, 20, 2, 2, -2, 58, 54, 21, 11, 2, -2, 63, 11, 58, 7, 21, 12, 3, 2, 29, 13, 12, -2, 59, 13, 159, 4, 0, 2, 3, 13, 20, 15, 2, 3, 23, 16, 15, -5, 62, -8, 14, 1, 1, 16, 3, 0, 2, 3, 61, 3, 17, 2, 0, 14, 4, 0, 2, 3, 14, 37, 18, 17, -3, 59, 18, 154, 5, 0, 2, 3, 14, 18, 67, 3, 14, 58, 157, 67, 2, 14, 58, 91, 63, 2] },
    { name: "Interpreter.newFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrffffrfrfifbirbfirffbirrbbbffrrbirr",
      pool: [__metajit.pool.field("proto"), __metajit.pool.field("numParams"), __metajit.pool.field("maxStack"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.float(1), __metajit.pool.field("isVararg"), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("noVarargs"), __metajit.pool.field("needsArg"), __metajit.pool.ref(argTable), __metajit.pool.ref(__metajit_ref_10)],
      code: [50, 7, 3, 1, -1, 50, 8, 1, 7, -2, 50, 10, 1, 7, -3, 34, 11, 10, 57, 9, 11, -4, 67, 12, -6, 27, 13, 12, 8, 59, 13, 101, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 34, 14, 12, 27, 16, 12, 4, 59, 16, 87, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 16, 20, 17, 3, 12, 34, 18, 17, 52, 19, 3, 2, 18, -4, 67, 15, 19, 58, 90, 67, 15, -7, 54, 9, 14, 15, -4, 20, 12, 12, -8, 58, 25, 67, 20, 8, 50, 21, 1, 7, -3, 27, 22, 20, 21, 59, 22, 143, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 22, 34, 23, 20, 54, 9, 23, -7, -4, 20, 20, 20, -8, 58, 104, 50, 26, 2, 7, -9, 67, 27, 26, 59, 26, 174, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 26, 27, 29, 28, 4, 8, 67, 27, 28, 59, 27, 217, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 27, 20, 29, 3, 8, 20, 30, 3, 4, 62, -10, 31, 0, 3, 2, 29, 30, 6, 1, 5, 6, 7, 8, 9, 67, 25, 31, 58, 225, 50, 32, 3, 0, -11, 67, 25, 32, 67, 24, 25, 50, 33, 2, 1, -12, 59, 33, 269, 8, 1, 5, 6, 7, 8, 9, 24, 33, 34, 34, 8, 62, -13, 35, 0, 1, 24, 7, 1, 5, 6, 7, 9, 24, 34, 54, 9, 34, 35, -4, 58, 269, 56, 36, -14, 61, 18, -1, 7, 36, 1, 7, 9, 24, 5, 6, 1, 36, 63, 36] },
    { name: "Frame.constructor", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrrff",
      pool: [__metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("pc"), __metajit.pool.field("top"), __metajit.pool.ref(undefined), __metajit.pool.field("openUpvals"), __metajit.pool.field("tailcalls"), __metajit.pool.field("closure"), __metajit.pool.field("proto"), __metajit.pool.field("regs"), __metajit.pool.field("varargs"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults")],
      code: [51, 0, -2, -3, 51, 0, -2, -4, 51, 0, -5, -6, 51, 0, -2, -7, 51, 0, 1, -8, 51, 0, 2, -9, 51, 0, 3, -10, 51, 0, 4, -11, 51, 0, 5, -12, 51, 0, 6, -13, 63, -5] },
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
let __metajit_k0_39!: __metajit_Const;
let __metajit_k0_40!: __metajit_Const;
let __metajit_k0_42!: __metajit_Const;
let __metajit_k0_43!: __metajit_Const;
let __metajit_k0_45!: __metajit_Const;
let __metajit_k0_46!: __metajit_Const;
let __metajit_k0_48!: __metajit_Const;
let __metajit_k0_49!: __metajit_Const;
let __metajit_k0_51!: __metajit_Const;
let __metajit_k0_52!: __metajit_Const;
let __metajit_k0_53!: __metajit_Const;
let __metajit_k0_55!: __metajit_Const;
let __metajit_k0_56!: __metajit_Const;
let __metajit_k0_58!: __metajit_Const;
let __metajit_k0_60!: __metajit_Const;
let __metajit_k0_61!: __metajit_Const;
let __metajit_k0_62!: __metajit_Const;
let __metajit_k0_63!: __metajit_Const;
let __metajit_k0_64!: __metajit_Const;
let __metajit_k0_65!: __metajit_Const;
let __metajit_k0_66!: __metajit_Const;
let __metajit_k0_67!: __metajit_Const;
let __metajit_k0_59!: __metajit_Const;
let __metajit_k0_70!: __metajit_Const;
let __metajit_d0_71!: __metajit_FieldDescr;
let __metajit_k0_3!: __metajit_Const;
let __metajit_k0_72!: __metajit_Const;
let __metajit_k0_73!: __metajit_Const;
let __metajit_k0_74!: __metajit_Const;
let __metajit_d0_75!: __metajit_FieldDescr;
let __metajit_k0_8!: __metajit_Const;
let __metajit_k0_77!: __metajit_Const;
let __metajit_k0_76!: __metajit_Const;
let __metajit_d0_78!: __metajit_FieldDescr;
let __metajit_d0_79!: __metajit_FieldDescr;
let __metajit_d0_80!: __metajit_FieldDescr;
let __metajit_d0_81!: __metajit_FieldDescr;
let __metajit_k0_82!: __metajit_Const;
let __metajit_k0_83!: __metajit_Const;
let __metajit_k0_84!: __metajit_Const;
let __metajit_d0_85!: __metajit_FieldDescr;
let __metajit_k0_86!: __metajit_Const;
let __metajit_k0_4!: __metajit_Const;
let __metajit_k0_88!: __metajit_Const;
let __metajit_k0_87!: __metajit_Const;
let __metajit_k0_20!: __metajit_Const;
let __metajit_k0_89!: __metajit_Const;
let __metajit_k0_90!: __metajit_Const;
let __metajit_d0_91!: __metajit_FieldDescr;
let __metajit_d0_92!: __metajit_FieldDescr;
let __metajit_d0_93!: __metajit_FieldDescr;
let __metajit_k0_98!: __metajit_Const;
let __metajit_k0_99!: __metajit_Const;
let __metajit_k0_100!: __metajit_Const;
let __metajit_k0_101!: __metajit_Const;
let __metajit_k0_102!: __metajit_Const;
let __metajit_d0_104!: __metajit_FieldDescr;
let __metajit_k0_107!: __metajit_Const;
let __metajit_k0_106!: __metajit_Const;
let __metajit_k0_105!: __metajit_Const;
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
let __metajit_k8_0!: __metajit_Const;
let __metajit_d8_1!: __metajit_FieldDescr;
let __metajit_k8_2!: __metajit_Const;
let __metajit_d8_3!: __metajit_FieldDescr;
let __metajit_k8_4!: __metajit_Const;
let __metajit_d8_5!: __metajit_FieldDescr;
let __metajit_d8_6!: __metajit_FieldDescr;
let __metajit_k8_8!: __metajit_Const;
let __metajit_k8_10!: __metajit_Const;
let __metajit_k8_11!: __metajit_Const;
let __metajit_d8_9!: __metajit_FieldDescr;
let __metajit_k8_13!: __metajit_Const;
let __metajit_d8_12!: __metajit_FieldDescr;
let __metajit_k9_0!: __metajit_Const;
let __metajit_d10_0!: __metajit_FieldDescr;
let __metajit_d10_1!: __metajit_ArrayDescr;
let __metajit_k10_3!: __metajit_Const;
let __metajit_k10_5!: __metajit_Const;
let __metajit_k10_6!: __metajit_Const;
let __metajit_k10_9!: __metajit_Const;
let __metajit_k10_7!: __metajit_Const;
let __metajit_d10_10!: __metajit_FieldDescr;
let __metajit_d11_0!: __metajit_FieldDescr;
let __metajit_k11_2!: __metajit_Const;
let __metajit_d11_3!: __metajit_FieldDescr;
let __metajit_k11_4!: __metajit_Const;
let __metajit_d11_5!: __metajit_FieldDescr;
let __metajit_d11_6!: __metajit_ArrayDescr;
let __metajit_d11_7!: __metajit_FieldDescr;
let __metajit_d12_0!: __metajit_FieldDescr;
let __metajit_d12_1!: __metajit_FieldDescr;
let __metajit_d12_2!: __metajit_FieldDescr;
let __metajit_k12_4!: __metajit_Const;
let __metajit_d12_5!: __metajit_FieldDescr;
let __metajit_d12_6!: __metajit_FieldDescr;
let __metajit_d12_7!: __metajit_ArrayDescr;
let __metajit_d12_8!: __metajit_FieldDescr;
let __metajit_d13_0!: __metajit_FieldDescr;
let __metajit_d13_1!: __metajit_ArrayDescr;
let __metajit_k13_3!: __metajit_Const;
let __metajit_k13_5!: __metajit_Const;
let __metajit_k13_8!: __metajit_Const;
let __metajit_d13_9!: __metajit_FieldDescr;
let __metajit_k13_10!: __metajit_Const;
let __metajit_k13_11!: __metajit_Const;
let __metajit_d14_0!: __metajit_FieldDescr;
let __metajit_k14_1!: __metajit_Const;
let __metajit_d14_2!: __metajit_FieldDescr;
let __metajit_k14_3!: __metajit_Const;
let __metajit_d14_4!: __metajit_FieldDescr;
let __metajit_d14_5!: __metajit_ArrayDescr;
let __metajit_d15_0!: __metajit_FieldDescr;
let __metajit_k15_1!: __metajit_Const;
let __metajit_d15_2!: __metajit_FieldDescr;
let __metajit_k15_3!: __metajit_Const;
let __metajit_d15_4!: __metajit_FieldDescr;
let __metajit_d15_5!: __metajit_ArrayDescr;
let __metajit_k15_6!: __metajit_Const;
let __metajit_k15_7!: __metajit_Const;
let __metajit_k15_10!: __metajit_Const;
let __metajit_k15_8!: __metajit_Const;
let __metajit_k16_1!: __metajit_Const;
let __metajit_k16_2!: __metajit_Const;
let __metajit_k16_4!: __metajit_Const;
let __metajit_k16_6!: __metajit_Const;
let __metajit_k16_7!: __metajit_Const;
let __metajit_d17_0!: __metajit_FieldDescr;
let __metajit_d17_1!: __metajit_FieldDescr;
let __metajit_d17_2!: __metajit_FieldDescr;
let __metajit_d17_3!: __metajit_ArrayDescr;
let __metajit_k17_5!: __metajit_Const;
let __metajit_k17_6!: __metajit_Const;
let __metajit_k17_7!: __metajit_Const;
let __metajit_d17_8!: __metajit_FieldDescr;
let __metajit_k17_9!: __metajit_Const;
let __metajit_d17_10!: __metajit_FieldDescr;
let __metajit_d17_11!: __metajit_FieldDescr;
let __metajit_k17_12!: __metajit_Const;
let __metajit_k17_13!: __metajit_Const;
let __metajit_k18_1!: __metajit_Const;
let __metajit_d18_2!: __metajit_FieldDescr;
let __metajit_d18_3!: __metajit_FieldDescr;
let __metajit_k18_4!: __metajit_Const;
let __metajit_d18_5!: __metajit_FieldDescr;
let __metajit_d18_6!: __metajit_FieldDescr;
let __metajit_d18_7!: __metajit_FieldDescr;
let __metajit_d18_8!: __metajit_FieldDescr;
let __metajit_d18_9!: __metajit_FieldDescr;
let __metajit_d18_10!: __metajit_FieldDescr;
let __metajit_d18_11!: __metajit_FieldDescr;
let __metajit_d18_12!: __metajit_FieldDescr;
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
function __metajit_init(): void {
  if (__metajit_ready) return;
  const table = __metajit_jitcodes();
  __metajit_G.checkTable(table, [["Interpreter.run.portal", 7529], ["LuaTable.getField", 87], ["LuaTable.getStr", 48], ["LuaTable.getInt", 98], ["LuaTable.get", 58], ["LuaTable.setField", 97], ["LuaTable.setStr", 54], ["LuaTable.setInt", 98], ["LuaTable.constructor", 128], ["luaMod", 23], ["LuaTable.length", 158], ["Interpreter.pushFrame", 92], ["Interpreter.tailFrame", 75], ["Shape.lookup", 112], ["LuaTable.getHashed", 70], ["LuaTable.setNumSlow", 130], ["LuaTable.unboundSearch", 161], ["Interpreter.newFrame", 287], ["Frame.constructor", 42]]);
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
  __metajit_k0_39 = pool0[39] as __metajit_Const;
  __metajit_k0_40 = pool0[40] as __metajit_Const;
  __metajit_k0_42 = pool0[42] as __metajit_Const;
  __metajit_k0_43 = pool0[43] as __metajit_Const;
  __metajit_k0_45 = pool0[45] as __metajit_Const;
  __metajit_k0_46 = pool0[46] as __metajit_Const;
  __metajit_k0_48 = pool0[48] as __metajit_Const;
  __metajit_k0_49 = pool0[49] as __metajit_Const;
  __metajit_k0_51 = pool0[51] as __metajit_Const;
  __metajit_k0_52 = pool0[52] as __metajit_Const;
  __metajit_k0_53 = pool0[53] as __metajit_Const;
  __metajit_k0_55 = pool0[55] as __metajit_Const;
  __metajit_k0_56 = pool0[56] as __metajit_Const;
  __metajit_k0_58 = pool0[58] as __metajit_Const;
  __metajit_k0_60 = pool0[60] as __metajit_Const;
  __metajit_k0_61 = pool0[61] as __metajit_Const;
  __metajit_k0_62 = pool0[62] as __metajit_Const;
  __metajit_k0_63 = pool0[63] as __metajit_Const;
  __metajit_k0_64 = pool0[64] as __metajit_Const;
  __metajit_k0_65 = pool0[65] as __metajit_Const;
  __metajit_k0_66 = pool0[66] as __metajit_Const;
  __metajit_k0_67 = pool0[67] as __metajit_Const;
  __metajit_k0_59 = pool0[59] as __metajit_Const;
  __metajit_k0_70 = pool0[70] as __metajit_Const;
  __metajit_d0_71 = pool0[71] as __metajit_FieldDescr;
  __metajit_k0_3 = pool0[3] as __metajit_Const;
  __metajit_k0_72 = pool0[72] as __metajit_Const;
  __metajit_k0_73 = pool0[73] as __metajit_Const;
  __metajit_k0_74 = pool0[74] as __metajit_Const;
  __metajit_d0_75 = pool0[75] as __metajit_FieldDescr;
  __metajit_k0_8 = pool0[8] as __metajit_Const;
  __metajit_k0_77 = pool0[77] as __metajit_Const;
  __metajit_k0_76 = pool0[76] as __metajit_Const;
  __metajit_d0_78 = pool0[78] as __metajit_FieldDescr;
  __metajit_d0_79 = pool0[79] as __metajit_FieldDescr;
  __metajit_d0_80 = pool0[80] as __metajit_FieldDescr;
  __metajit_d0_81 = pool0[81] as __metajit_FieldDescr;
  __metajit_k0_82 = pool0[82] as __metajit_Const;
  __metajit_k0_83 = pool0[83] as __metajit_Const;
  __metajit_k0_84 = pool0[84] as __metajit_Const;
  __metajit_d0_85 = pool0[85] as __metajit_FieldDescr;
  __metajit_k0_86 = pool0[86] as __metajit_Const;
  __metajit_k0_4 = pool0[4] as __metajit_Const;
  __metajit_k0_88 = pool0[88] as __metajit_Const;
  __metajit_k0_87 = pool0[87] as __metajit_Const;
  __metajit_k0_20 = pool0[20] as __metajit_Const;
  __metajit_k0_89 = pool0[89] as __metajit_Const;
  __metajit_k0_90 = pool0[90] as __metajit_Const;
  __metajit_d0_91 = pool0[91] as __metajit_FieldDescr;
  __metajit_d0_92 = pool0[92] as __metajit_FieldDescr;
  __metajit_d0_93 = pool0[93] as __metajit_FieldDescr;
  __metajit_k0_98 = pool0[98] as __metajit_Const;
  __metajit_k0_99 = pool0[99] as __metajit_Const;
  __metajit_k0_100 = pool0[100] as __metajit_Const;
  __metajit_k0_101 = pool0[101] as __metajit_Const;
  __metajit_k0_102 = pool0[102] as __metajit_Const;
  __metajit_d0_104 = pool0[104] as __metajit_FieldDescr;
  __metajit_k0_107 = pool0[107] as __metajit_Const;
  __metajit_k0_106 = pool0[106] as __metajit_Const;
  __metajit_k0_105 = pool0[105] as __metajit_Const;
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
  __metajit_k8_0 = pool8[0] as __metajit_Const;
  __metajit_d8_1 = pool8[1] as __metajit_FieldDescr;
  __metajit_k8_2 = pool8[2] as __metajit_Const;
  __metajit_d8_3 = pool8[3] as __metajit_FieldDescr;
  __metajit_k8_4 = pool8[4] as __metajit_Const;
  __metajit_d8_5 = pool8[5] as __metajit_FieldDescr;
  __metajit_d8_6 = pool8[6] as __metajit_FieldDescr;
  __metajit_k8_8 = pool8[8] as __metajit_Const;
  __metajit_k8_10 = pool8[10] as __metajit_Const;
  __metajit_k8_11 = pool8[11] as __metajit_Const;
  __metajit_d8_9 = pool8[9] as __metajit_FieldDescr;
  __metajit_k8_13 = pool8[13] as __metajit_Const;
  __metajit_d8_12 = pool8[12] as __metajit_FieldDescr;
  __metajit_k9_0 = pool9[0] as __metajit_Const;
  __metajit_d10_0 = pool10[0] as __metajit_FieldDescr;
  __metajit_d10_1 = pool10[1] as __metajit_ArrayDescr;
  __metajit_k10_3 = pool10[3] as __metajit_Const;
  __metajit_k10_5 = pool10[5] as __metajit_Const;
  __metajit_k10_6 = pool10[6] as __metajit_Const;
  __metajit_k10_9 = pool10[9] as __metajit_Const;
  __metajit_k10_7 = pool10[7] as __metajit_Const;
  __metajit_d10_10 = pool10[10] as __metajit_FieldDescr;
  __metajit_d11_0 = pool11[0] as __metajit_FieldDescr;
  __metajit_k11_2 = pool11[2] as __metajit_Const;
  __metajit_d11_3 = pool11[3] as __metajit_FieldDescr;
  __metajit_k11_4 = pool11[4] as __metajit_Const;
  __metajit_d11_5 = pool11[5] as __metajit_FieldDescr;
  __metajit_d11_6 = pool11[6] as __metajit_ArrayDescr;
  __metajit_d11_7 = pool11[7] as __metajit_FieldDescr;
  __metajit_d12_0 = pool12[0] as __metajit_FieldDescr;
  __metajit_d12_1 = pool12[1] as __metajit_FieldDescr;
  __metajit_d12_2 = pool12[2] as __metajit_FieldDescr;
  __metajit_k12_4 = pool12[4] as __metajit_Const;
  __metajit_d12_5 = pool12[5] as __metajit_FieldDescr;
  __metajit_d12_6 = pool12[6] as __metajit_FieldDescr;
  __metajit_d12_7 = pool12[7] as __metajit_ArrayDescr;
  __metajit_d12_8 = pool12[8] as __metajit_FieldDescr;
  __metajit_d13_0 = pool13[0] as __metajit_FieldDescr;
  __metajit_d13_1 = pool13[1] as __metajit_ArrayDescr;
  __metajit_k13_3 = pool13[3] as __metajit_Const;
  __metajit_k13_5 = pool13[5] as __metajit_Const;
  __metajit_k13_8 = pool13[8] as __metajit_Const;
  __metajit_d13_9 = pool13[9] as __metajit_FieldDescr;
  __metajit_k13_10 = pool13[10] as __metajit_Const;
  __metajit_k13_11 = pool13[11] as __metajit_Const;
  __metajit_d14_0 = pool14[0] as __metajit_FieldDescr;
  __metajit_k14_1 = pool14[1] as __metajit_Const;
  __metajit_d14_2 = pool14[2] as __metajit_FieldDescr;
  __metajit_k14_3 = pool14[3] as __metajit_Const;
  __metajit_d14_4 = pool14[4] as __metajit_FieldDescr;
  __metajit_d14_5 = pool14[5] as __metajit_ArrayDescr;
  __metajit_d15_0 = pool15[0] as __metajit_FieldDescr;
  __metajit_k15_1 = pool15[1] as __metajit_Const;
  __metajit_d15_2 = pool15[2] as __metajit_FieldDescr;
  __metajit_k15_3 = pool15[3] as __metajit_Const;
  __metajit_d15_4 = pool15[4] as __metajit_FieldDescr;
  __metajit_d15_5 = pool15[5] as __metajit_ArrayDescr;
  __metajit_k15_6 = pool15[6] as __metajit_Const;
  __metajit_k15_7 = pool15[7] as __metajit_Const;
  __metajit_k15_10 = pool15[10] as __metajit_Const;
  __metajit_k15_8 = pool15[8] as __metajit_Const;
  __metajit_k16_1 = pool16[1] as __metajit_Const;
  __metajit_k16_2 = pool16[2] as __metajit_Const;
  __metajit_k16_4 = pool16[4] as __metajit_Const;
  __metajit_k16_6 = pool16[6] as __metajit_Const;
  __metajit_k16_7 = pool16[7] as __metajit_Const;
  __metajit_d17_0 = pool17[0] as __metajit_FieldDescr;
  __metajit_d17_1 = pool17[1] as __metajit_FieldDescr;
  __metajit_d17_2 = pool17[2] as __metajit_FieldDescr;
  __metajit_d17_3 = pool17[3] as __metajit_ArrayDescr;
  __metajit_k17_5 = pool17[5] as __metajit_Const;
  __metajit_k17_6 = pool17[6] as __metajit_Const;
  __metajit_k17_7 = pool17[7] as __metajit_Const;
  __metajit_d17_8 = pool17[8] as __metajit_FieldDescr;
  __metajit_k17_9 = pool17[9] as __metajit_Const;
  __metajit_d17_10 = pool17[10] as __metajit_FieldDescr;
  __metajit_d17_11 = pool17[11] as __metajit_FieldDescr;
  __metajit_k17_12 = pool17[12] as __metajit_Const;
  __metajit_k17_13 = pool17[13] as __metajit_Const;
  __metajit_k18_1 = pool18[1] as __metajit_Const;
  __metajit_d18_2 = pool18[2] as __metajit_FieldDescr;
  __metajit_d18_3 = pool18[3] as __metajit_FieldDescr;
  __metajit_k18_4 = pool18[4] as __metajit_Const;
  __metajit_d18_5 = pool18[5] as __metajit_FieldDescr;
  __metajit_d18_6 = pool18[6] as __metajit_FieldDescr;
  __metajit_d18_7 = pool18[7] as __metajit_FieldDescr;
  __metajit_d18_8 = pool18[8] as __metajit_FieldDescr;
  __metajit_d18_9 = pool18[9] as __metajit_FieldDescr;
  __metajit_d18_10 = pool18[10] as __metajit_FieldDescr;
  __metajit_d18_11 = pool18[11] as __metajit_FieldDescr;
  __metajit_d18_12 = pool18[12] as __metajit_FieldDescr;
  __metajit_o0 = { descr: __metajit_d0_1, type: "ref" };
  __metajit_o1 = { descr: __metajit_d0_1 };
  __metajit_o2 = { descr: __metajit_d0_11, type: "ref" };
  __metajit_o3 = { descr: __metajit_d0_12, type: "ref" };
  __metajit_o4 = { descr: __metajit_d0_13, type: "ref" };
  __metajit_o5 = { descr: __metajit_d0_14, type: "float" };
  __metajit_o6 = { descr: __metajit_d0_15, type: "ref" };
  __metajit_o7 = { descr: __metajit_d0_16, type: "ref" };
  __metajit_o8 = { descr: __metajit_d0_17 };
  __metajit_o9 = { descr: __metajit_d0_71, type: "float" };
  __metajit_o10 = { descr: __metajit_d0_75, type: "ref" };
  __metajit_o11 = { descr: __metajit_d0_78, type: "bool" };
  __metajit_o12 = { descr: __metajit_d0_79 };
  __metajit_o13 = { descr: __metajit_d0_80 };
  __metajit_o14 = { descr: __metajit_d0_81, type: "float" };
  __metajit_o15 = { descr: __metajit_d0_81 };
  __metajit_o16 = { descr: __metajit_d0_71 };
  __metajit_o17 = { descr: __metajit_d0_85, type: "ref" };
  __metajit_o18 = { descr: __metajit_d0_91, type: "ref" };
  __metajit_o19 = { descr: __metajit_d0_92, type: "float" };
  __metajit_o20 = { descr: __metajit_d0_93, type: "float" };
  __metajit_o21 = { descr: __metajit_d0_17, type: "float" };
  __metajit_o22 = { descr: __metajit_d0_104, type: "ref" };
  __metajit_o23 = { descr: __metajit_d1_0, type: "ref" };
  __metajit_o24 = { descr: __metajit_d1_1, type: "bool" };
  __metajit_o25 = { descr: __metajit_d1_6, type: "ref" };
  __metajit_o26 = { descr: __metajit_d1_7, type: "ref" };
  __metajit_o27 = { descr: __metajit_d2_0, type: "ref" };
  __metajit_o28 = { descr: __metajit_d2_4, type: "ref" };
  __metajit_o29 = { descr: __metajit_d2_5, type: "ref" };
  __metajit_o30 = { descr: __metajit_d3_2, type: "ref" };
  __metajit_o31 = { descr: __metajit_d3_5 };
  __metajit_o32 = { descr: __metajit_d3_5, type: "ref" };
  __metajit_o33 = { descr: __metajit_d5_0, type: "ref" };
  __metajit_o34 = { descr: __metajit_d5_1, type: "bool" };
  __metajit_o35 = { descr: __metajit_d5_5, type: "ref" };
  __metajit_o36 = { descr: __metajit_d5_6 };
  __metajit_o37 = { descr: __metajit_d6_0, type: "ref" };
  __metajit_o38 = { descr: __metajit_d6_3, type: "ref" };
  __metajit_o39 = { descr: __metajit_d6_4 };
  __metajit_o40 = { descr: __metajit_d7_2, type: "ref" };
  __metajit_o41 = { descr: __metajit_d7_5 };
  __metajit_o42 = { descr: __metajit_d8_1 };
  __metajit_o43 = { descr: __metajit_d8_3 };
  __metajit_o44 = { descr: __metajit_d8_5 };
  __metajit_o45 = { descr: __metajit_d8_6 };
  __metajit_o46 = { descr: __metajit_d8_9 };
  __metajit_o47 = { descr: __metajit_d8_12 };
  __metajit_o48 = { descr: __metajit_d10_0, type: "ref" };
  __metajit_o49 = { descr: __metajit_d10_1 };
  __metajit_o50 = { descr: __metajit_d10_1, type: "ref" };
  __metajit_o51 = { descr: __metajit_d10_10, type: "float" };
  __metajit_o52 = { descr: __metajit_d11_0, type: "float" };
  __metajit_o53 = { descr: __metajit_d11_3, type: "float" };
  __metajit_o54 = { descr: __metajit_d11_5, type: "ref" };
  __metajit_o55 = { descr: __metajit_d11_6 };
  __metajit_o56 = { descr: __metajit_d11_7, type: "ref" };
  __metajit_o57 = { descr: __metajit_d11_0 };
  __metajit_o58 = { descr: __metajit_d12_0, type: "float" };
  __metajit_o59 = { descr: __metajit_d12_1, type: "float" };
  __metajit_o60 = { descr: __metajit_d12_2, type: "float" };
  __metajit_o61 = { descr: __metajit_d12_2 };
  __metajit_o62 = { descr: __metajit_d12_5, type: "float" };
  __metajit_o63 = { descr: __metajit_d12_6, type: "ref" };
  __metajit_o64 = { descr: __metajit_d12_7 };
  __metajit_o65 = { descr: __metajit_d12_8, type: "ref" };
  __metajit_o66 = { descr: __metajit_d13_0, type: "ref" };
  __metajit_o67 = { descr: __metajit_d13_1 };
  __metajit_o68 = { descr: __metajit_d13_1, type: "ref" };
  __metajit_o69 = { descr: __metajit_d13_9, type: "ref" };
  __metajit_o70 = { descr: __metajit_d14_0, type: "ref" };
  __metajit_o71 = { descr: __metajit_d14_2, type: "ref" };
  __metajit_o72 = { descr: __metajit_d14_4, type: "ref" };
  __metajit_o73 = { descr: __metajit_d14_5, type: "ref" };
  __metajit_o74 = { descr: __metajit_d15_0, type: "ref" };
  __metajit_o75 = { descr: __metajit_d15_2, type: "ref" };
  __metajit_o76 = { descr: __metajit_d15_4, type: "ref" };
  __metajit_o77 = { descr: __metajit_d15_5 };
  __metajit_o78 = { descr: __metajit_d17_0, type: "ref" };
  __metajit_o79 = { descr: __metajit_d17_1, type: "float" };
  __metajit_o80 = { descr: __metajit_d17_2, type: "float" };
  __metajit_o81 = { descr: __metajit_d17_3 };
  __metajit_o82 = { descr: __metajit_d17_3, type: "ref" };
  __metajit_o83 = { descr: __metajit_d17_8, type: "bool" };
  __metajit_o84 = { descr: __metajit_d17_10, type: "ref" };
  __metajit_o85 = { descr: __metajit_d17_11, type: "bool" };
  __metajit_o86 = { descr: __metajit_d18_2 };
  __metajit_o87 = { descr: __metajit_d18_3 };
  __metajit_o88 = { descr: __metajit_d18_5 };
  __metajit_o89 = { descr: __metajit_d18_6 };
  __metajit_o90 = { descr: __metajit_d18_7 };
  __metajit_o91 = { descr: __metajit_d18_8 };
  __metajit_o92 = { descr: __metajit_d18_9 };
  __metajit_o93 = { descr: __metajit_d18_10 };
  __metajit_o94 = { descr: __metajit_d18_11 };
  __metajit_o95 = { descr: __metajit_d18_12 };
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
  let u182!: number;
  let b183: __metajit_Value | undefined;
  let u183!: unknown;
  let b184: __metajit_Value | undefined;
  let u184!: number;
  let b185: __metajit_Value | undefined;
  let u185!: number;
  let b186: __metajit_Value | undefined;
  let u186!: unknown;
  let b187: __metajit_Value | undefined;
  let u187!: unknown;
  let b188: __metajit_Value | undefined;
  let u188!: number;
  let b189: __metajit_Value | undefined;
  let u189!: number;
  let b190: __metajit_Value | undefined;
  let u190!: unknown;
  let b191: __metajit_Value | undefined;
  let b192: __metajit_Value | undefined;
  let u192!: number;
  let b193: __metajit_Value | undefined;
  let u193!: unknown;
  let b194: __metajit_Value | undefined;
  let u194!: number;
  let b195: __metajit_Value | undefined;
  let u195!: number;
  let b196: __metajit_Value | undefined;
  let u196!: unknown;
  let b197: __metajit_Value | undefined;
  let u197!: number;
  let b198: __metajit_Value | undefined;
  let b199: __metajit_Value | undefined;
  let u199!: number;
  let b200: __metajit_Value | undefined;
  let b201: __metajit_Value | undefined;
  let u201!: unknown;
  let b202: __metajit_Value | undefined;
  let u202!: boolean;
  let b203: __metajit_Value | undefined;
  let u203!: number;
  let b204: __metajit_Value | undefined;
  let b205: __metajit_Value | undefined;
  let u205!: unknown;
  let b206: __metajit_Value | undefined;
  let u206!: number;
  let b207: __metajit_Value | undefined;
  let u207!: number;
  let b208: __metajit_Value | undefined;
  let u208!: unknown;
  let b209: __metajit_Value | undefined;
  let u209!: number;
  let b210: __metajit_Value | undefined;
  let u210!: number;
  let b211: __metajit_Value | undefined;
  let u211!: unknown;
  let b212: __metajit_Value | undefined;
  let b213: __metajit_Value | undefined;
  let b214: __metajit_Value | undefined;
  let b215: __metajit_Value | undefined;
  let b216: __metajit_Value | undefined;
  let u216!: boolean;
  let b217: __metajit_Value | undefined;
  let b218: __metajit_Value | undefined;
  let b219: __metajit_Value | undefined;
  let b220: __metajit_Value | undefined;
  let b221: __metajit_Value | undefined;
  let b222: __metajit_Value | undefined;
  let b223: __metajit_Value | undefined;
  let b224: __metajit_Value | undefined;
  let b225: __metajit_Value | undefined;
  let u225!: unknown;
  let b226: __metajit_Value | undefined;
  let u226!: boolean;
  let b227: __metajit_Value | undefined;
  let u227!: boolean;
  let b228: __metajit_Value | undefined;
  let b229: __metajit_Value | undefined;
  let b230: __metajit_Value | undefined;
  let b231: __metajit_Value | undefined;
  let b232: __metajit_Value | undefined;
  let b233: __metajit_Value | undefined;
  let b234: __metajit_Value | undefined;
  let b235: __metajit_Value | undefined;
  let b236: __metajit_Value | undefined;
  let b237: __metajit_Value | undefined;
  let u237!: number;
  let b238: __metajit_Value | undefined;
  let u238!: number;
  let b239: __metajit_Value | undefined;
  let u239!: unknown;
  let b240: __metajit_Value | undefined;
  let u240!: number;
  let b241: __metajit_Value | undefined;
  let u241!: number;
  let b242: __metajit_Value | undefined;
  let u242!: unknown;
  let b243: __metajit_Value | undefined;
  let u243!: number;
  let b244: __metajit_Value | undefined;
  let b245: __metajit_Value | undefined;
  let u245!: unknown;
  let b246: __metajit_Value | undefined;
  let u246!: boolean;
  let b247: __metajit_Value | undefined;
  let u247!: number;
  let b248: __metajit_Value | undefined;
  let b249: __metajit_Value | undefined;
  let u249!: unknown;
  let b250: __metajit_Value | undefined;
  let u250!: number;
  let b251: __metajit_Value | undefined;
  let u251!: number;
  let b252: __metajit_Value | undefined;
  let u252!: unknown;
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
  let b264: __metajit_Value | undefined;
  let b265: __metajit_Value | undefined;
  let b266: __metajit_Value | undefined;
  let b267: __metajit_Value | undefined;
  let u267!: number;
  let b268: __metajit_Value | undefined;
  let b269: __metajit_Value | undefined;
  let b270: __metajit_Value | undefined;
  let b271: __metajit_Value | undefined;
  let b272: __metajit_Value | undefined;
  let u272!: number;
  let b273: __metajit_Value | undefined;
  let b274: __metajit_Value | undefined;
  let u274!: number;
  let b275: __metajit_Value | undefined;
  let u275!: unknown;
  let b276: __metajit_Value | undefined;
  let u276!: number;
  let b277: __metajit_Value | undefined;
  let u277!: number;
  let b278: __metajit_Value | undefined;
  let u278!: unknown;
  let b279: __metajit_Value | undefined;
  let u279!: number;
  let b280: __metajit_Value | undefined;
  let b281: __metajit_Value | undefined;
  let u281!: unknown;
  let b282: __metajit_Value | undefined;
  let u282!: boolean;
  let b283: __metajit_Value | undefined;
  let u283!: number;
  let b284: __metajit_Value | undefined;
  let b285: __metajit_Value | undefined;
  let u285!: unknown;
  let b286: __metajit_Value | undefined;
  let u286!: number;
  let b287: __metajit_Value | undefined;
  let u287!: number;
  let b288: __metajit_Value | undefined;
  let u288!: unknown;
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
  let b300: __metajit_Value | undefined;
  let b301: __metajit_Value | undefined;
  let b302: __metajit_Value | undefined;
  let b303: __metajit_Value | undefined;
  let u303!: number;
  let b304: __metajit_Value | undefined;
  let b305: __metajit_Value | undefined;
  let b306: __metajit_Value | undefined;
  let b307: __metajit_Value | undefined;
  let b308: __metajit_Value | undefined;
  let u308!: number;
  let b309: __metajit_Value | undefined;
  let b310: __metajit_Value | undefined;
  let u310!: number;
  let b311: __metajit_Value | undefined;
  let u311!: unknown;
  let b312: __metajit_Value | undefined;
  let u312!: number;
  let b313: __metajit_Value | undefined;
  let u313!: number;
  let b314: __metajit_Value | undefined;
  let u314!: unknown;
  let b315: __metajit_Value | undefined;
  let u315!: number;
  let b316: __metajit_Value | undefined;
  let b317: __metajit_Value | undefined;
  let u317!: unknown;
  let b318: __metajit_Value | undefined;
  let u318!: boolean;
  let b319: __metajit_Value | undefined;
  let u319!: number;
  let b320: __metajit_Value | undefined;
  let b321: __metajit_Value | undefined;
  let u321!: unknown;
  let b322: __metajit_Value | undefined;
  let u322!: number;
  let b323: __metajit_Value | undefined;
  let u323!: number;
  let b324: __metajit_Value | undefined;
  let u324!: unknown;
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
  let b336: __metajit_Value | undefined;
  let b337: __metajit_Value | undefined;
  let b338: __metajit_Value | undefined;
  let b339: __metajit_Value | undefined;
  let u339!: number;
  let b340: __metajit_Value | undefined;
  let b341: __metajit_Value | undefined;
  let b342: __metajit_Value | undefined;
  let b343: __metajit_Value | undefined;
  let b344: __metajit_Value | undefined;
  let u344!: number;
  let b345: __metajit_Value | undefined;
  let b346: __metajit_Value | undefined;
  let u346!: number;
  let b347: __metajit_Value | undefined;
  let u347!: unknown;
  let b348: __metajit_Value | undefined;
  let u348!: number;
  let b349: __metajit_Value | undefined;
  let u349!: number;
  let b350: __metajit_Value | undefined;
  let u350!: unknown;
  let b351: __metajit_Value | undefined;
  let u351!: number;
  let b352: __metajit_Value | undefined;
  let b353: __metajit_Value | undefined;
  let u353!: unknown;
  let b354: __metajit_Value | undefined;
  let u354!: boolean;
  let b355: __metajit_Value | undefined;
  let u355!: number;
  let b356: __metajit_Value | undefined;
  let b357: __metajit_Value | undefined;
  let u357!: unknown;
  let b358: __metajit_Value | undefined;
  let u358!: number;
  let b359: __metajit_Value | undefined;
  let u359!: number;
  let b360: __metajit_Value | undefined;
  let u360!: unknown;
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
  let b372: __metajit_Value | undefined;
  let b373: __metajit_Value | undefined;
  let b374: __metajit_Value | undefined;
  let b375: __metajit_Value | undefined;
  let u375!: number;
  let b376: __metajit_Value | undefined;
  let b377: __metajit_Value | undefined;
  let b378: __metajit_Value | undefined;
  let b379: __metajit_Value | undefined;
  let b380: __metajit_Value | undefined;
  let u380!: number;
  let b381: __metajit_Value | undefined;
  let b382: __metajit_Value | undefined;
  let u382!: number;
  let b383: __metajit_Value | undefined;
  let u383!: unknown;
  let b384: __metajit_Value | undefined;
  let u384!: number;
  let b385: __metajit_Value | undefined;
  let u385!: number;
  let b386: __metajit_Value | undefined;
  let u386!: unknown;
  let b387: __metajit_Value | undefined;
  let u387!: number;
  let b388: __metajit_Value | undefined;
  let b389: __metajit_Value | undefined;
  let u389!: unknown;
  let b390: __metajit_Value | undefined;
  let u390!: boolean;
  let b391: __metajit_Value | undefined;
  let u391!: number;
  let b392: __metajit_Value | undefined;
  let b393: __metajit_Value | undefined;
  let u393!: unknown;
  let b394: __metajit_Value | undefined;
  let u394!: number;
  let b395: __metajit_Value | undefined;
  let u395!: number;
  let b396: __metajit_Value | undefined;
  let u396!: unknown;
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
  let b408: __metajit_Value | undefined;
  let b409: __metajit_Value | undefined;
  let b410: __metajit_Value | undefined;
  let b411: __metajit_Value | undefined;
  let u411!: number;
  let b412: __metajit_Value | undefined;
  let b413: __metajit_Value | undefined;
  let b414: __metajit_Value | undefined;
  let b415: __metajit_Value | undefined;
  let b416: __metajit_Value | undefined;
  let u416!: number;
  let b417: __metajit_Value | undefined;
  let b418: __metajit_Value | undefined;
  let u418!: number;
  let b419: __metajit_Value | undefined;
  let u419!: unknown;
  let b420: __metajit_Value | undefined;
  let u420!: number;
  let b421: __metajit_Value | undefined;
  let u421!: number;
  let b422: __metajit_Value | undefined;
  let u422!: unknown;
  let b423: __metajit_Value | undefined;
  let u423!: number;
  let b424: __metajit_Value | undefined;
  let b425: __metajit_Value | undefined;
  let u425!: unknown;
  let b426: __metajit_Value | undefined;
  let u426!: boolean;
  let b427: __metajit_Value | undefined;
  let u427!: number;
  let b428: __metajit_Value | undefined;
  let b429: __metajit_Value | undefined;
  let u429!: unknown;
  let b430: __metajit_Value | undefined;
  let u430!: number;
  let b431: __metajit_Value | undefined;
  let u431!: number;
  let b432: __metajit_Value | undefined;
  let u432!: unknown;
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
  let b444: __metajit_Value | undefined;
  let b445: __metajit_Value | undefined;
  let b446: __metajit_Value | undefined;
  let b447: __metajit_Value | undefined;
  let u447!: number;
  let b448: __metajit_Value | undefined;
  let b449: __metajit_Value | undefined;
  let b450: __metajit_Value | undefined;
  let b451: __metajit_Value | undefined;
  let b452: __metajit_Value | undefined;
  let u452!: number;
  let b453: __metajit_Value | undefined;
  let b454: __metajit_Value | undefined;
  let u454!: number;
  let b455: __metajit_Value | undefined;
  let u455!: unknown;
  let b456: __metajit_Value | undefined;
  let u456!: number;
  let b457: __metajit_Value | undefined;
  let b458: __metajit_Value | undefined;
  let u458!: number;
  let b459: __metajit_Value | undefined;
  let b460: __metajit_Value | undefined;
  let b461: __metajit_Value | undefined;
  let u461!: number;
  let b462: __metajit_Value | undefined;
  let b463: __metajit_Value | undefined;
  let b464: __metajit_Value | undefined;
  let b465: __metajit_Value | undefined;
  let u465!: number;
  let b466: __metajit_Value | undefined;
  let b467: __metajit_Value | undefined;
  let b468: __metajit_Value | undefined;
  let u468!: unknown;
  let b469: __metajit_Value | undefined;
  let u469!: number;
  let b470: __metajit_Value | undefined;
  let u470!: number;
  let b471: __metajit_Value | undefined;
  let u471!: number;
  let b472: __metajit_Value | undefined;
  let u472!: number;
  let b473: __metajit_Value | undefined;
  let b474: __metajit_Value | undefined;
  let b475: __metajit_Value | undefined;
  let b476: __metajit_Value | undefined;
  let b477: __metajit_Value | undefined;
  let b478: __metajit_Value | undefined;
  let u478!: number;
  let b479: __metajit_Value | undefined;
  let u479!: unknown;
  let b480: __metajit_Value | undefined;
  let u480!: number;
  let b481: __metajit_Value | undefined;
  let b482: __metajit_Value | undefined;
  let u482!: number;
  let b483: __metajit_Value | undefined;
  let b484: __metajit_Value | undefined;
  let b485: __metajit_Value | undefined;
  let u485!: number;
  let b486: __metajit_Value | undefined;
  let b487: __metajit_Value | undefined;
  let b488: __metajit_Value | undefined;
  let b489: __metajit_Value | undefined;
  let u489!: number;
  let b490: __metajit_Value | undefined;
  let b491: __metajit_Value | undefined;
  let b492: __metajit_Value | undefined;
  let u492!: number;
  let b493: __metajit_Value | undefined;
  let b494: __metajit_Value | undefined;
  let u494!: number;
  let b495: __metajit_Value | undefined;
  let u495!: unknown;
  let b496: __metajit_Value | undefined;
  let u496!: number;
  let b497: __metajit_Value | undefined;
  let u497!: number;
  let b498: __metajit_Value | undefined;
  let u498!: unknown;
  let b499: __metajit_Value | undefined;
  let u499!: number;
  let b500: __metajit_Value | undefined;
  let b501: __metajit_Value | undefined;
  let u501!: number;
  let b502: __metajit_Value | undefined;
  let b503: __metajit_Value | undefined;
  let u503!: number;
  let b504: __metajit_Value | undefined;
  let u504!: number;
  let b505: __metajit_Value | undefined;
  let u505!: boolean;
  let b506: __metajit_Value | undefined;
  let u506!: boolean;
  let b507: __metajit_Value | undefined;
  let b508: __metajit_Value | undefined;
  let b509: __metajit_Value | undefined;
  let b510: __metajit_Value | undefined;
  let b511: __metajit_Value | undefined;
  let b512: __metajit_Value | undefined;
  let u512!: number;
  let b513: __metajit_Value | undefined;
  let b514: __metajit_Value | undefined;
  let u514!: number;
  let b515: __metajit_Value | undefined;
  let b516: __metajit_Value | undefined;
  let u516!: number;
  let b517: __metajit_Value | undefined;
  let u517!: unknown;
  let b518: __metajit_Value | undefined;
  let u518!: number;
  let b519: __metajit_Value | undefined;
  let u519!: number;
  let b520: __metajit_Value | undefined;
  let u520!: number;
  let b521: __metajit_Value | undefined;
  let u521!: boolean;
  let b522: __metajit_Value | undefined;
  let u522!: number;
  let b523: __metajit_Value | undefined;
  let u523!: unknown;
  let b524: __metajit_Value | undefined;
  let u524!: number;
  let b525: __metajit_Value | undefined;
  let u525!: number;
  let b526: __metajit_Value | undefined;
  let u526!: unknown;
  let b527: __metajit_Value | undefined;
  let u527!: number;
  let b528: __metajit_Value | undefined;
  let b529: __metajit_Value | undefined;
  let u529!: unknown;
  let b530: __metajit_Value | undefined;
  let u530!: boolean;
  let b531: __metajit_Value | undefined;
  let u531!: number;
  let b532: __metajit_Value | undefined;
  let b533: __metajit_Value | undefined;
  let u533!: unknown;
  let b534: __metajit_Value | undefined;
  let u534!: number;
  let b535: __metajit_Value | undefined;
  let u535!: number;
  let b536: __metajit_Value | undefined;
  let u536!: unknown;
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
  let b548: __metajit_Value | undefined;
  let b549: __metajit_Value | undefined;
  let b550: __metajit_Value | undefined;
  let b551: __metajit_Value | undefined;
  let b552: __metajit_Value | undefined;
  let b553: __metajit_Value | undefined;
  let b554: __metajit_Value | undefined;
  let u554!: boolean;
  let b555: __metajit_Value | undefined;
  let u555!: boolean;
  let b556: __metajit_Value | undefined;
  let b557: __metajit_Value | undefined;
  let u557!: number;
  let b558: __metajit_Value | undefined;
  let b559: __metajit_Value | undefined;
  let b560: __metajit_Value | undefined;
  let u560!: number;
  let b561: __metajit_Value | undefined;
  let u561!: number;
  let b562: __metajit_Value | undefined;
  let u562!: number;
  let b563: __metajit_Value | undefined;
  let u563!: unknown;
  let b564: __metajit_Value | undefined;
  let u564!: number;
  let b565: __metajit_Value | undefined;
  let u565!: number;
  let b566: __metajit_Value | undefined;
  let u566!: number;
  let b567: __metajit_Value | undefined;
  let u567!: number;
  let b568: __metajit_Value | undefined;
  let u568!: boolean;
  let b569: __metajit_Value | undefined;
  let u569!: number;
  let b570: __metajit_Value | undefined;
  let u570!: unknown;
  let b571: __metajit_Value | undefined;
  let u571!: number;
  let b572: __metajit_Value | undefined;
  let u572!: number;
  let b573: __metajit_Value | undefined;
  let u573!: unknown;
  let b574: __metajit_Value | undefined;
  let u574!: number;
  let b575: __metajit_Value | undefined;
  let b576: __metajit_Value | undefined;
  let u576!: unknown;
  let b577: __metajit_Value | undefined;
  let u577!: boolean;
  let b578: __metajit_Value | undefined;
  let u578!: number;
  let b579: __metajit_Value | undefined;
  let b580: __metajit_Value | undefined;
  let u580!: unknown;
  let b581: __metajit_Value | undefined;
  let u581!: number;
  let b582: __metajit_Value | undefined;
  let u582!: number;
  let b583: __metajit_Value | undefined;
  let u583!: unknown;
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
  let u593!: boolean;
  let b594: __metajit_Value | undefined;
  let b595: __metajit_Value | undefined;
  let b596: __metajit_Value | undefined;
  let b597: __metajit_Value | undefined;
  let b598: __metajit_Value | undefined;
  let b599: __metajit_Value | undefined;
  let b600: __metajit_Value | undefined;
  let u600!: unknown;
  let b601: __metajit_Value | undefined;
  let u601!: number;
  let b602: __metajit_Value | undefined;
  let u602!: number;
  let b603: __metajit_Value | undefined;
  let u603!: boolean;
  let b604: __metajit_Value | undefined;
  let b605: __metajit_Value | undefined;
  let b606: __metajit_Value | undefined;
  let b607: __metajit_Value | undefined;
  let b608: __metajit_Value | undefined;
  let b609: __metajit_Value | undefined;
  let b610: __metajit_Value | undefined;
  let u610!: unknown;
  let b611: __metajit_Value | undefined;
  let u611!: number;
  let b612: __metajit_Value | undefined;
  let u612!: number;
  let b613: __metajit_Value | undefined;
  let u613!: boolean;
  let b614: __metajit_Value | undefined;
  let u614!: boolean;
  let b615: __metajit_Value | undefined;
  let b616: __metajit_Value | undefined;
  let u616!: number;
  let b617: __metajit_Value | undefined;
  let b618: __metajit_Value | undefined;
  let b619: __metajit_Value | undefined;
  let u619!: number;
  let b620: __metajit_Value | undefined;
  let u620!: number;
  let b621: __metajit_Value | undefined;
  let u621!: number;
  let b622: __metajit_Value | undefined;
  let u622!: unknown;
  let b623: __metajit_Value | undefined;
  let u623!: number;
  let b624: __metajit_Value | undefined;
  let u624!: number;
  let b625: __metajit_Value | undefined;
  let u625!: number;
  let b626: __metajit_Value | undefined;
  let u626!: number;
  let b627: __metajit_Value | undefined;
  let u627!: boolean;
  let b628: __metajit_Value | undefined;
  let b629: __metajit_Value | undefined;
  let u629!: number;
  let b630: __metajit_Value | undefined;
  let b631: __metajit_Value | undefined;
  let b632: __metajit_Value | undefined;
  let b633: __metajit_Value | undefined;
  let b634: __metajit_Value | undefined;
  let b635: __metajit_Value | undefined;
  let u635!: unknown;
  let b636: __metajit_Value | undefined;
  let u636!: number;
  let b637: __metajit_Value | undefined;
  let u637!: number;
  let b638: __metajit_Value | undefined;
  let u638!: boolean;
  let b639: __metajit_Value | undefined;
  let u639!: boolean;
  let b640: __metajit_Value | undefined;
  let b641: __metajit_Value | undefined;
  let u641!: number;
  let b642: __metajit_Value | undefined;
  let b643: __metajit_Value | undefined;
  let b644: __metajit_Value | undefined;
  let u644!: number;
  let b645: __metajit_Value | undefined;
  let u645!: number;
  let b646: __metajit_Value | undefined;
  let u646!: number;
  let b647: __metajit_Value | undefined;
  let u647!: unknown;
  let b648: __metajit_Value | undefined;
  let u648!: number;
  let b649: __metajit_Value | undefined;
  let u649!: number;
  let b650: __metajit_Value | undefined;
  let u650!: number;
  let b651: __metajit_Value | undefined;
  let u651!: number;
  let b652: __metajit_Value | undefined;
  let u652!: boolean;
  let b653: __metajit_Value | undefined;
  let b654: __metajit_Value | undefined;
  let u654!: unknown;
  let b655: __metajit_Value | undefined;
  let u655!: number;
  let b656: __metajit_Value | undefined;
  let u656!: number;
  let b657: __metajit_Value | undefined;
  let u657!: number;
  let b658: __metajit_Value | undefined;
  let b659: __metajit_Value | undefined;
  let b660: __metajit_Value | undefined;
  let b661: __metajit_Value | undefined;
  let b662: __metajit_Value | undefined;
  let b663: __metajit_Value | undefined;
  let u663!: unknown;
  let b664: __metajit_Value | undefined;
  let u664!: number;
  let b665: __metajit_Value | undefined;
  let u665!: number;
  let b666: __metajit_Value | undefined;
  let u666!: boolean;
  let b667: __metajit_Value | undefined;
  let u667!: boolean;
  let b668: __metajit_Value | undefined;
  let b669: __metajit_Value | undefined;
  let u669!: number;
  let b670: __metajit_Value | undefined;
  let b671: __metajit_Value | undefined;
  let u671!: number;
  let b672: __metajit_Value | undefined;
  let u672!: number;
  let b673: __metajit_Value | undefined;
  let u673!: unknown;
  let b674: __metajit_Value | undefined;
  let u674!: number;
  let b675: __metajit_Value | undefined;
  let u675!: number;
  let b676: __metajit_Value | undefined;
  let u676!: number;
  let b677: __metajit_Value | undefined;
  let u677!: number;
  let b678: __metajit_Value | undefined;
  let u678!: boolean;
  let b679: __metajit_Value | undefined;
  let u679!: number;
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
  let u685!: unknown;
  let b686: __metajit_Value | undefined;
  let u686!: number;
  let b687: __metajit_Value | undefined;
  let u687!: number;
  let b688: __metajit_Value | undefined;
  let b689: __metajit_Value | undefined;
  let u689!: number;
  let b690: __metajit_Value | undefined;
  let u690!: boolean;
  let b691: __metajit_Value | undefined;
  let u691!: boolean;
  let b692: __metajit_Value | undefined;
  let u692!: number;
  let b693: __metajit_Value | undefined;
  let b694: __metajit_Value | undefined;
  let b695: __metajit_Value | undefined;
  let b696: __metajit_Value | undefined;
  let b697: __metajit_Value | undefined;
  let u697!: number;
  let b698: __metajit_Value | undefined;
  let b699: __metajit_Value | undefined;
  let b700: __metajit_Value | undefined;
  let b701: __metajit_Value | undefined;
  let b702: __metajit_Value | undefined;
  let u702!: number;
  let b703: __metajit_Value | undefined;
  let b704: __metajit_Value | undefined;
  let u704!: number;
  let b705: __metajit_Value | undefined;
  let u705!: number;
  let b706: __metajit_Value | undefined;
  let b707: __metajit_Value | undefined;
  let b708: __metajit_Value | undefined;
  let b709: __metajit_Value | undefined;
  let b710: __metajit_Value | undefined;
  let b711: __metajit_Value | undefined;
  let b712: __metajit_Value | undefined;
  let u712!: boolean;
  let b713: __metajit_Value | undefined;
  let u713!: number;
  let b714: __metajit_Value | undefined;
  let b715: __metajit_Value | undefined;
  let b716: __metajit_Value | undefined;
  let u716!: number;
  let b717: __metajit_Value | undefined;
  let u717!: number;
  let b718: __metajit_Value | undefined;
  let u718!: number;
  let b719: __metajit_Value | undefined;
  let b720: __metajit_Value | undefined;
  let b721: __metajit_Value | undefined;
  let b722: __metajit_Value | undefined;
  let u722!: number;
  let b723: __metajit_Value | undefined;
  let u723!: boolean;
  let b724: __metajit_Value | undefined;
  let u724!: number;
  let b725: __metajit_Value | undefined;
  let u725!: number;
  let b726: __metajit_Value | undefined;
  let u726!: unknown;
  let b727: __metajit_Value | undefined;
  let b728: __metajit_Value | undefined;
  let b729: __metajit_Value | undefined;
  let u729!: number;
  let b730: __metajit_Value | undefined;
  let b731: __metajit_Value | undefined;
  let u731!: number;
  let b732: __metajit_Value | undefined;
  let u732!: unknown;
  let b733: __metajit_Value | undefined;
  let u733!: number;
  let b734: __metajit_Value | undefined;
  let b735: __metajit_Value | undefined;
  let u735!: number;
  let b736: __metajit_Value | undefined;
  let u736!: boolean;
  let b737: __metajit_Value | undefined;
  let u737!: boolean;
  let b738: __metajit_Value | undefined;
  let u738!: number;
  let b739: __metajit_Value | undefined;
  let b740: __metajit_Value | undefined;
  let b741: __metajit_Value | undefined;
  let b742: __metajit_Value | undefined;
  let b743: __metajit_Value | undefined;
  let u743!: number;
  let b744: __metajit_Value | undefined;
  let b745: __metajit_Value | undefined;
  let b746: __metajit_Value | undefined;
  let b747: __metajit_Value | undefined;
  let b748: __metajit_Value | undefined;
  let b749: __metajit_Value | undefined;
  let b750: __metajit_Value | undefined;
  let b751: __metajit_Value | undefined;
  let u751!: number;
  let b752: __metajit_Value | undefined;
  let b753: __metajit_Value | undefined;
  let u753!: number;
  let b754: __metajit_Value | undefined;
  let u754!: number;
  let b755: __metajit_Value | undefined;
  let b756: __metajit_Value | undefined;
  let b757: __metajit_Value | undefined;
  let b758: __metajit_Value | undefined;
  let b759: __metajit_Value | undefined;
  let b760: __metajit_Value | undefined;
  let b761: __metajit_Value | undefined;
  let u761!: number;
  let b762: __metajit_Value | undefined;
  let b763: __metajit_Value | undefined;
  let b764: __metajit_Value | undefined;
  let u764!: number;
  let b765: __metajit_Value | undefined;
  let u765!: number;
  let b766: __metajit_Value | undefined;
  let u766!: number;
  let b767: __metajit_Value | undefined;
  let b768: __metajit_Value | undefined;
  let b769: __metajit_Value | undefined;
  let b770: __metajit_Value | undefined;
  let u770!: number;
  let b771: __metajit_Value | undefined;
  let u771!: unknown;
  let b772: __metajit_Value | undefined;
  let u772!: number;
  let b773: __metajit_Value | undefined;
  let b774: __metajit_Value | undefined;
  let u774!: number;
  let b775: __metajit_Value | undefined;
  let u775!: boolean;
  let b776: __metajit_Value | undefined;
  let u776!: boolean;
  let b777: __metajit_Value | undefined;
  let u777!: number;
  let b778: __metajit_Value | undefined;
  let b779: __metajit_Value | undefined;
  let b780: __metajit_Value | undefined;
  let b781: __metajit_Value | undefined;
  let b782: __metajit_Value | undefined;
  let b783: __metajit_Value | undefined;
  let b784: __metajit_Value | undefined;
  let b785: __metajit_Value | undefined;
  let b786: __metajit_Value | undefined;
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
  let u796!: number;
  let b797: __metajit_Value | undefined;
  let b798: __metajit_Value | undefined;
  let b799: __metajit_Value | undefined;
  let b800: __metajit_Value | undefined;
  let u800!: number;
  let b801: __metajit_Value | undefined;
  let u801!: number;
  let b802: __metajit_Value | undefined;
  let b803: __metajit_Value | undefined;
  let b804: __metajit_Value | undefined;
  let u804!: number;
  let b805: __metajit_Value | undefined;
  let b806: __metajit_Value | undefined;
  let b807: __metajit_Value | undefined;
  let b808: __metajit_Value | undefined;
  let u808!: unknown;
  let b809: __metajit_Value | undefined;
  let b810: __metajit_Value | undefined;
  let u810!: number;
  let b811: __metajit_Value | undefined;
  let u811!: number;
  let b812: __metajit_Value | undefined;
  let b813: __metajit_Value | undefined;
  let b814: __metajit_Value | undefined;
  let u814!: number;
  let b815: __metajit_Value | undefined;
  let u815!: number;
  let b816: __metajit_Value | undefined;
  let b817: __metajit_Value | undefined;
  let b818: __metajit_Value | undefined;
  let u818!: number;
  let b819: __metajit_Value | undefined;
  let b820: __metajit_Value | undefined;
  let b821: __metajit_Value | undefined;
  let b822: __metajit_Value | undefined;
  let u822!: number;
  let b823: __metajit_Value | undefined;
  let u823!: number;
  let b824: __metajit_Value | undefined;
  let b825: __metajit_Value | undefined;
  let b826: __metajit_Value | undefined;
  let b827: __metajit_Value | undefined;
  let b828: __metajit_Value | undefined;
  let b829: __metajit_Value | undefined;
  let u829!: unknown;
  let b830: __metajit_Value | undefined;
  let u830!: number;
  let b831: __metajit_Value | undefined;
  let u831!: number;
  let b832: __metajit_Value | undefined;
  let u832!: number;
  let b833: __metajit_Value | undefined;
  let u833!: number;
  let b834: __metajit_Value | undefined;
  let u834!: number;
  let b835: __metajit_Value | undefined;
  let b836: __metajit_Value | undefined;
  let u836!: number;
  let b837: __metajit_Value | undefined;
  let u837!: number;
  let b838: __metajit_Value | undefined;
  let b839: __metajit_Value | undefined;
  let b840: __metajit_Value | undefined;
  let u840!: number;
  let b841: __metajit_Value | undefined;
  let b842: __metajit_Value | undefined;
  let u842!: number;
  let b843: __metajit_Value | undefined;
  let u843!: number;
  let b844: __metajit_Value | undefined;
  let b845: __metajit_Value | undefined;
  let u845!: number;
  let b846: __metajit_Value | undefined;
  let u846!: number;
  let b847: __metajit_Value | undefined;
  let b848: __metajit_Value | undefined;
  let b849: __metajit_Value | undefined;
  let b850: __metajit_Value | undefined;
  let b851: __metajit_Value | undefined;
  let b852: __metajit_Value | undefined;
  let b853: __metajit_Value | undefined;
  let b854: __metajit_Value | undefined;
  let b855: __metajit_Value | undefined;
  let b856: __metajit_Value | undefined;
  let b857: __metajit_Value | undefined;
  let b858: __metajit_Value | undefined;
  let b859: __metajit_Value | undefined;
  let b860: __metajit_Value | undefined;
  let u860!: number;
  let b861: __metajit_Value | undefined;
  let u861!: number;
  let b862: __metajit_Value | undefined;
  let b863: __metajit_Value | undefined;
  let b864: __metajit_Value | undefined;
  let u864!: number;
  let b865: __metajit_Value | undefined;
  let u865!: number;
  let b866: __metajit_Value | undefined;
  let b867: __metajit_Value | undefined;
  let b868: __metajit_Value | undefined;
  let b869: __metajit_Value | undefined;
  let b870: __metajit_Value | undefined;
  let u870!: unknown;
  let b871: __metajit_Value | undefined;
  let u871!: number;
  let b872: __metajit_Value | undefined;
  let u872!: number;
  let b873: __metajit_Value | undefined;
  let u873!: number;
  let b874: __metajit_Value | undefined;
  let u874!: number;
  let b875: __metajit_Value | undefined;
  let u875!: number;
  let b876: __metajit_Value | undefined;
  let u876!: unknown;
  let b877: __metajit_Value | undefined;
  let u877!: number;
  let b878: __metajit_Value | undefined;
  let b879: __metajit_Value | undefined;
  let u879!: number;
  let b880: __metajit_Value | undefined;
  let u880!: number;
  let b881: __metajit_Value | undefined;
  let b882: __metajit_Value | undefined;
  let b883: __metajit_Value | undefined;
  let u883!: number;
  let b884: __metajit_Value | undefined;
  let u884!: number;
  let b885: __metajit_Value | undefined;
  let u885!: number;
  let b886: __metajit_Value | undefined;
  let u886!: unknown;
  let b887: __metajit_Value | undefined;
  let u887!: number;
  let b888: __metajit_Value | undefined;
  let u888!: number;
  let b889: __metajit_Value | undefined;
  let u889!: number;
  let b890: __metajit_Value | undefined;
  let u890!: number;
  let b891: __metajit_Value | undefined;
  let u891!: boolean;
  let b892: __metajit_Value | undefined;
  let u892!: number;
  let b893: __metajit_Value | undefined;
  let u893!: number;
  let b894: __metajit_Value | undefined;
  let u894!: number;
  let b895: __metajit_Value | undefined;
  let u895!: unknown;
  let b896: __metajit_Value | undefined;
  let u896!: number;
  let b897: __metajit_Value | undefined;
  let b898: __metajit_Value | undefined;
  let u898!: number;
  let b899: __metajit_Value | undefined;
  let u899!: boolean;
  let b900: __metajit_Value | undefined;
  let u900!: boolean;
  let b901: __metajit_Value | undefined;
  let b902: __metajit_Value | undefined;
  let b903: __metajit_Value | undefined;
  let b904: __metajit_Value | undefined;
  let u904!: unknown;
  let b905: __metajit_Value | undefined;
  let u905!: number;
  let b906: __metajit_Value | undefined;
  let u906!: number;
  let b907: __metajit_Value | undefined;
  let b908: __metajit_Value | undefined;
  let b909: __metajit_Value | undefined;
  let b910: __metajit_Value | undefined;
  let u910!: number;
  let b911: __metajit_Value | undefined;
  let u911!: unknown;
  let b912: __metajit_Value | undefined;
  let u912!: unknown;
  let b913: __metajit_Value | undefined;
  let u913!: number;
  let b914: __metajit_Value | undefined;
  let u914!: number;
  let b915: __metajit_Value | undefined;
  let u915!: number;
  let b916: __metajit_Value | undefined;
  let u916!: unknown;
  let b917: __metajit_Value | undefined;
  let b918: __metajit_Value | undefined;
  let u918!: number;
  let b919: __metajit_Value | undefined;
  let u919!: unknown;
  let b920: __metajit_Value | undefined;
  let u920!: number;
  let b921: __metajit_Value | undefined;
  let b922: __metajit_Value | undefined;
  let b923: __metajit_Value | undefined;
  let u923!: boolean;
  let b924: __metajit_Value | undefined;
  let u924!: number;
  let b925: __metajit_Value | undefined;
  let b926: __metajit_Value | undefined;
  let b927: __metajit_Value | undefined;
  let u927!: number;
  let b928: __metajit_Value | undefined;
  let u928!: number;
  let b929: __metajit_Value | undefined;
  let u929!: number;
  let b930: __metajit_Value | undefined;
  let b931: __metajit_Value | undefined;
  let b932: __metajit_Value | undefined;
  let b933: __metajit_Value | undefined;
  let u933!: number;
  let b934: __metajit_Value | undefined;
  let u934!: number;
  let b935: __metajit_Value | undefined;
  let u935!: boolean;
  let b936: __metajit_Value | undefined;
  let u936!: number;
  let b937: __metajit_Value | undefined;
  let u937!: number;
  let b938: __metajit_Value | undefined;
  let u938!: unknown;
  let b939: __metajit_Value | undefined;
  let b940: __metajit_Value | undefined;
  let b941: __metajit_Value | undefined;
  let u941!: number;
  let b942: __metajit_Value | undefined;
  let b943: __metajit_Value | undefined;
  let u943!: unknown;
  let b944: __metajit_Value | undefined;
  let u944!: number;
  let b945: __metajit_Value | undefined;
  let u945!: number;
  let b946: __metajit_Value | undefined;
  let u946!: unknown;
  let b947: __metajit_Value | undefined;
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
            block = 7475;
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
              block = 1556;
              continue dispatch;
            }
            case 11: {
              block = 1620;
              continue dispatch;
            }
            case 12: {
              block = 2188;
              continue dispatch;
            }
            case 13: {
              block = 2443;
              continue dispatch;
            }
            case 14: {
              block = 2698;
              continue dispatch;
            }
            case 15: {
              block = 2953;
              continue dispatch;
            }
            case 16: {
              block = 3208;
              continue dispatch;
            }
            case 17: {
              block = 3474;
              continue dispatch;
            }
            case 18: {
              block = 3741;
              continue dispatch;
            }
            case 19: {
              block = 3839;
              continue dispatch;
            }
            case 20: {
              block = 3907;
              continue dispatch;
            }
            case 21: {
              block = 4057;
              continue dispatch;
            }
            case 22: {
              block = 4248;
              continue dispatch;
            }
            case 23: {
              block = 4292;
              continue dispatch;
            }
            case 24:
            case 25: {
              block = 4632;
              continue dispatch;
            }
            case 26: {
              block = 5026;
              continue dispatch;
            }
            case 27: {
              block = 5176;
              continue dispatch;
            }
            case 28: {
              block = 5348;
              continue dispatch;
            }
            case 29: {
              block = 5820;
              continue dispatch;
            }
            case 30: {
              block = 6204;
              continue dispatch;
            }
            case 31: {
              block = 6564;
              continue dispatch;
            }
            case 32: {
              block = 6717;
              continue dispatch;
            }
            case 33: {
              block = 6940;
              continue dispatch;
            }
            case 34: {
              block = 7082;
              continue dispatch;
            }
            case 35: {
              block = 7176;
              continue dispatch;
            }
            case 36: {
              block = 7221;
              continue dispatch;
            }
            case 37: {
              block = 7276;
              continue dispatch;
            }
            default: {
              block = 7475;
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
          block = 7512;
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
          block = 7512;
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
          block = 7512;
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
          block = 7512;
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
          block = 7512;
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
          if (!c482.isConst) rec.guard(c482.value === true ? "guard_true" : "guard_false", [c482], rec.snapshot(0, 482, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b64!, (b66 ??= __metajit_G.ref(u66)), b72!, b73!, b74!]));
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
          if (!c514.isConst) rec.guard(c514.value === true ? "guard_true" : "guard_false", [c514], rec.snapshot(0, 514, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b64!, (b66 ??= __metajit_G.ref(u66)), b72!, b74!]));
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
          b72 = rec.record("call", [__metajit_k0_18, b0!, b64!, (b66 ??= __metajit_G.ref(u66)), __metajit_k0_19], { descr: null, type: "ref", snapshot: rec.snapshot(0, 534, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
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
          block = 7512;
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
          if (!c666.isConst) rec.guard(c666.value === true ? "guard_true" : "guard_false", [c666], rec.snapshot(0, 666, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b97!]));
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
          if (!c690.isConst) rec.guard(c690.value === true ? "guard_true" : "guard_false", [c690], rec.snapshot(0, 690, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b99!]));
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
          if (!c783.isConst) rec.guard(c783.value === true ? "guard_true" : "guard_false", [c783], rec.snapshot(0, 783, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b106!]));
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
          if (!c856.isConst) rec.guard(c856.value === true ? "guard_true" : "guard_false", [c856], rec.snapshot(0, 856, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b110!, b111!]));
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
          if (!c889.isConst) rec.guard(c889.value === true ? "guard_true" : "guard_false", [c889], rec.snapshot(0, 889, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b111!]));
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
          b96 = rec.record("call", [__metajit_k0_24, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 910, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
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
          b96 = rec.record("call", [__metajit_k0_25, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 936, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
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
          block = 7512;
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
          if (!c1011.isConst) rec.guard(c1011.value === true ? "guard_true" : "guard_false", [c1011], rec.snapshot(0, 1011, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b116!, (b118 ??= __metajit_G.ref(u118)), b125!]));
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
          rec.record("call", [__metajit_k0_26, b0!, b116!, (b118 ??= __metajit_G.ref(u118)), b129!, __metajit_k0_19], { descr: null, type: "void", snapshot: rec.snapshot(0, 1065, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1083;
          continue dispatch;
        }
        case 1083: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
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
          block = 7512;
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
          if (!c1308.isConst) rec.guard(c1308.value === true ? "guard_true" : "guard_false", [c1308], rec.snapshot(0, 1308, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b168!, b169!]));
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
          if (!c1338.isConst) rec.guard(c1338.value === true ? "guard_true" : "guard_false", [c1338], rec.snapshot(0, 1338, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b169!]));
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
          if (!c1362.isConst) rec.guard(c1362.value === true ? "guard_true" : "guard_false", [c1362], rec.snapshot(0, 1362, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b173!]));
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
          if (!c1442.isConst) rec.guard(c1442.value === true ? "guard_true" : "guard_false", [c1442], rec.snapshot(0, 1442, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b176!, b177!]));
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
          if (!c1472.isConst) rec.guard(c1472.value === true ? "guard_true" : "guard_false", [c1472], rec.snapshot(0, 1472, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b177!]));
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
          rec.record("call", [__metajit_k0_28, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1512, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1530;
          continue dispatch;
        }
        case 1530: {
          block = 1554;
          continue dispatch;
        }
        case 1532: {
          at = 1532;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1536;
          rec.record("call", [__metajit_k0_29, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1536, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1554;
          continue dispatch;
        }
        case 1554: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 1556: {
          u182 = u8 | 0;
          b182 = undefined;
          u183 = (u2 as Record<string, unknown>)["b"];
          b183 = undefined;
          u184 = u7 | 0;
          b184 = undefined;
          u185 = __metajit_G.asFloat("getarrayitem_imm", (u183 as ArrayLike<unknown>)[u184], "[any]");
          b185 = undefined;
          u186 = u185;
          b186 = undefined;
          u187 = (u2 as Record<string, unknown>)["c"];
          b187 = undefined;
          u188 = u7 | 0;
          b188 = undefined;
          u189 = __metajit_G.asFloat("getarrayitem_imm", (u187 as ArrayLike<unknown>)[u188], "[any]");
          b189 = undefined;
          u190 = u189;
          b190 = undefined;
          at = 1593;
          b191 = rec.record("new", [__metajit_k0_30]);
          at = 1596;
          rec.enterFrame(0, 1596, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b182 ??= __metajit_G.int(u182)), b191!], 8);
          __metajit_trace_8_6(rec, b191!, u186, u190);
          rec.leaveFrame();
          at = 1613;
          rec.record("setarrayitem", [b4!, (b182 ??= __metajit_G.int(u182)), b191!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 1620: {
          u193 = (u2 as Record<string, unknown>)["b"];
          b193 = undefined;
          u194 = u7 | 0;
          b194 = undefined;
          u192 = __metajit_G.asFloat("getarrayitem_imm", (u193 as ArrayLike<unknown>)[u194], "[any]");
          b192 = undefined;
          u196 = (u2 as Record<string, unknown>)["c"];
          b196 = undefined;
          u197 = u7 | 0;
          b197 = undefined;
          u195 = __metajit_G.asFloat("getarrayitem_imm", (u196 as ArrayLike<unknown>)[u197], "[any]");
          b195 = undefined;
          u199 = u192 | 0;
          b199 = undefined;
          at = 1651;
          b198 = rec.record("getarrayitem", [b4!, (b199 ??= __metajit_G.int(u199))], __metajit_o0);
          u202 = u195 >= 0;
          b202 = undefined;
          if (!u202) {
            block = 1691;
            continue dispatch;
          }
          block = 1677;
          continue dispatch;
        }
        case 1677: {
          u203 = u195 | 0;
          b203 = undefined;
          at = 1680;
          b204 = rec.record("getarrayitem", [b4!, (b203 ??= __metajit_G.int(u203))], __metajit_o0);
          b201 = b204;
          block = 1712;
          continue dispatch;
        }
        case 1691: {
          u205 = (u2 as Record<string, unknown>)["k"];
          b205 = undefined;
          u206 = (-1) - u195;
          b206 = undefined;
          u207 = u206 | 0;
          b207 = undefined;
          u208 = (u205 as ArrayLike<unknown>)[u207];
          b208 = undefined;
          u201 = u208;
          b201 = b208;
          b201 ??= __metajit_G.ref(u201);
          block = 1712;
          continue dispatch;
        }
        case 1712: {
          b200 = b201;
          u209 = u8 + 1;
          b209 = undefined;
          u210 = u209 | 0;
          b210 = undefined;
          at = 1722;
          rec.record("setarrayitem", [b4!, (b210 ??= __metajit_G.int(u210)), b198!], __metajit_o1);
          u211 = __metajit_k0_10.value;
          b211 = __metajit_k0_10;
          at = 1730;
          {
            const x0 = rec.resolve(b198!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_31.value as Function);
            b212 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_31], v);
          }
          at = 1734;
          const c1734 = b212!;
          if (!c1734.isConst) rec.guard(c1734.value === true ? "guard_true" : "guard_false", [c1734], rec.snapshot(0, 1734, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b212!]));
          if (c1734.value !== true) {
            block = 2156;
            continue dispatch;
          }
          block = 1751;
          continue dispatch;
        }
        case 1751: {
          at = 1751;
          {
            const x0 = rec.resolve(b200!);
            const v0 = x0.value;
            const v = typeof v0;
            b213 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1754;
          {
            const x0 = b213!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b214 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 1758;
          const c1758 = b214!;
          if (!c1758.isConst) rec.guard(c1758.value === true ? "guard_true" : "guard_false", [c1758], rec.snapshot(0, 1758, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b214!]));
          if (c1758.value !== true) {
            block = 1847;
            continue dispatch;
          }
          block = 1775;
          continue dispatch;
        }
        case 1775: {
          u216 = u195 < 0;
          b216 = undefined;
          if (!u216) {
            block = 1820;
            continue dispatch;
          }
          block = 1796;
          continue dispatch;
        }
        case 1796: {
          at = 1796;
          rec.enterFrame(0, 1796, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 1);
          b217 = __metajit_trace_1(rec, b198!, b200!);
          rec.leaveFrame();
          b215 = b217;
          block = 1842;
          continue dispatch;
        }
        case 1820: {
          at = 1820;
          rec.enterFrame(0, 1820, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 2);
          b218 = __metajit_trace_2(rec, b198!, b200!);
          rec.leaveFrame();
          b215 = b218;
          block = 1842;
          continue dispatch;
        }
        case 1842: {
          b211 = b215;
          block = 1866;
          continue dispatch;
        }
        case 1847: {
          at = 1847;
          rec.enterFrame(0, 1847, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 4);
          b211 = __metajit_trace_4(rec, b198!, b200!);
          rec.leaveFrame();
          block = 1866;
          continue dispatch;
        }
        case 1866: {
          at = 1866;
          b219 = rec.record("getfield", [b198!], __metajit_o7);
          at = 1871;
          {
            const x0 = rec.resolve(b211!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b220 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b221 = b220;
          at = 1878;
          const c1878 = b220!;
          if (!c1878.isConst) rec.guard(c1878.value === true ? "guard_true" : "guard_false", [c1878], rec.snapshot(0, 1878, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b211!, b219!, b220!, b221!]));
          if (c1878.value !== true) {
            block = 1908;
            continue dispatch;
          }
          block = 1898;
          continue dispatch;
        }
        case 1898: {
          at = 1898;
          {
            const x0 = rec.resolve(b219!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b222 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1902;
          {
            const x0 = b222!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b223 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b221 = b223;
          block = 1908;
          continue dispatch;
        }
        case 1908: {
          at = 1908;
          const c1908 = rec.resolve(b221!);
          if (!c1908.isConst) rec.guard(c1908.value === true ? "guard_true" : "guard_false", [c1908], rec.snapshot(0, 1908, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b211!, b219!, b221!]));
          if (c1908.value !== true) {
            block = 2154;
            continue dispatch;
          }
          block = 1927;
          continue dispatch;
        }
        case 1927: {
          u226 = u195 < 0;
          b226 = undefined;
          u227 = u226;
          b227 = b226;
          if (!u226) {
            b227 ??= __metajit_G.bool(u227);
            block = 1962;
            continue dispatch;
          }
          block = 1952;
          continue dispatch;
        }
        case 1952: {
          at = 1952;
          {
            const x0 = rec.resolve(b200!);
            const v0 = x0.value;
            const v = typeof v0;
            b228 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1955;
          {
            const x0 = b228!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b229 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b227 = b229;
          block = 1962;
          continue dispatch;
        }
        case 1962: {
          at = 1962;
          const c1962 = rec.resolve(b227!);
          if (!c1962.isConst) rec.guard(c1962.value === true ? "guard_true" : "guard_false", [c1962], rec.snapshot(0, 1962, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!, b219!, b227!]));
          if (c1962.value !== true) {
            block = 2002;
            continue dispatch;
          }
          block = 1979;
          continue dispatch;
        }
        case 1979: {
          at = 1979;
          rec.enterFrame(0, 1979, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!], 1);
          b230 = __metajit_trace_1_2(rec, b219!, __metajit_k0_32.value);
          rec.leaveFrame();
          b225 = b230;
          block = 2005;
          continue dispatch;
        }
        case 2002: {
          u225 = __metajit_k0_10.value;
          b225 = __metajit_k0_10;
          b225 ??= __metajit_G.ref(u225);
          block = 2005;
          continue dispatch;
        }
        case 2005: {
          b224 = b225;
          at = 2008;
          {
            const x0 = rec.resolve(b224!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_33.value as Function);
            b231 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_33], v);
          }
          at = 2012;
          const c2012 = b231!;
          if (!c2012.isConst) rec.guard(c2012.value === true ? "guard_true" : "guard_false", [c2012], rec.snapshot(0, 2012, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!, b224!, b231!]));
          if (c2012.value !== true) {
            block = 2130;
            continue dispatch;
          }
          block = 2029;
          continue dispatch;
        }
        case 2029: {
          at = 2029;
          rec.enterFrame(0, 2029, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b224!], 1);
          b211 = __metajit_trace_1(rec, b224!, b200!);
          rec.leaveFrame();
          at = 2047;
          {
            const x0 = rec.resolve(b211!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b232 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b233 = b232;
          at = 2054;
          const c2054 = b232!;
          if (!c2054.isConst) rec.guard(c2054.value === true ? "guard_true" : "guard_false", [c2054], rec.snapshot(0, 2054, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b211!, b224!, b232!, b233!]));
          if (c2054.value !== true) {
            block = 2087;
            continue dispatch;
          }
          block = 2072;
          continue dispatch;
        }
        case 2072: {
          at = 2072;
          b234 = rec.record("getfield", [b224!], __metajit_o7);
          at = 2077;
          {
            const x0 = rec.resolve(b234!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b235 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 2081;
          {
            const x0 = b235!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b236 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b233 = b236;
          block = 2087;
          continue dispatch;
        }
        case 2087: {
          at = 2087;
          const c2087 = rec.resolve(b233!);
          if (!c2087.isConst) rec.guard(c2087.value === true ? "guard_true" : "guard_false", [c2087], rec.snapshot(0, 2087, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b211!, b224!, b233!]));
          if (c2087.value !== true) {
            block = 2128;
            continue dispatch;
          }
          block = 2104;
          continue dispatch;
        }
        case 2104: {
          at = 2104;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2108;
          b211 = rec.record("call", [__metajit_k0_34, b0!, b224!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2108, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2128;
          continue dispatch;
        }
        case 2128: {
          block = 2152;
          continue dispatch;
        }
        case 2130: {
          at = 2130;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2134;
          b211 = rec.record("call", [__metajit_k0_35, b0!, b198!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2134, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2152;
          continue dispatch;
        }
        case 2152: {
          block = 2154;
          continue dispatch;
        }
        case 2154: {
          block = 2178;
          continue dispatch;
        }
        case 2156: {
          at = 2156;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2160;
          b211 = rec.record("call", [__metajit_k0_36, b0!, b198!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2160, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2178;
          continue dispatch;
        }
        case 2178: {
          u237 = u8 | 0;
          b237 = undefined;
          at = 2181;
          rec.record("setarrayitem", [b4!, (b237 ??= __metajit_G.int(u237)), b211!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 2188: {
          u239 = (u2 as Record<string, unknown>)["b"];
          b239 = undefined;
          u240 = u7 | 0;
          b240 = undefined;
          u238 = __metajit_G.asFloat("getarrayitem_imm", (u239 as ArrayLike<unknown>)[u240], "[any]");
          b238 = undefined;
          u242 = (u2 as Record<string, unknown>)["c"];
          b242 = undefined;
          u243 = u7 | 0;
          b243 = undefined;
          u241 = __metajit_G.asFloat("getarrayitem_imm", (u242 as ArrayLike<unknown>)[u243], "[any]");
          b241 = undefined;
          u246 = u238 >= 0;
          b246 = undefined;
          if (!u246) {
            block = 2249;
            continue dispatch;
          }
          block = 2235;
          continue dispatch;
        }
        case 2235: {
          u247 = u238 | 0;
          b247 = undefined;
          at = 2238;
          b248 = rec.record("getarrayitem", [b4!, (b247 ??= __metajit_G.int(u247))], __metajit_o0);
          b245 = b248;
          block = 2270;
          continue dispatch;
        }
        case 2249: {
          u249 = (u2 as Record<string, unknown>)["k"];
          b249 = undefined;
          u250 = (-1) - u238;
          b250 = undefined;
          u251 = u250 | 0;
          b251 = undefined;
          u252 = (u249 as ArrayLike<unknown>)[u251];
          b252 = undefined;
          u245 = u252;
          b245 = b252;
          b245 ??= __metajit_G.ref(u245);
          block = 2270;
          continue dispatch;
        }
        case 2270: {
          b244 = b245;
          u255 = u241 >= 0;
          b255 = undefined;
          if (!u255) {
            block = 2307;
            continue dispatch;
          }
          block = 2293;
          continue dispatch;
        }
        case 2293: {
          u256 = u241 | 0;
          b256 = undefined;
          at = 2296;
          b257 = rec.record("getarrayitem", [b4!, (b256 ??= __metajit_G.int(u256))], __metajit_o0);
          b254 = b257;
          block = 2328;
          continue dispatch;
        }
        case 2307: {
          u258 = (u2 as Record<string, unknown>)["k"];
          b258 = undefined;
          u259 = (-1) - u241;
          b259 = undefined;
          u260 = u259 | 0;
          b260 = undefined;
          u261 = (u258 as ArrayLike<unknown>)[u260];
          b261 = undefined;
          u254 = u261;
          b254 = b261;
          b254 ??= __metajit_G.ref(u254);
          block = 2328;
          continue dispatch;
        }
        case 2328: {
          b253 = b254;
          at = 2331;
          {
            const x0 = rec.resolve(b244!);
            const v0 = x0.value;
            const v = typeof v0;
            b262 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2334;
          {
            const x0 = b262!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b263 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b264 = b263;
          at = 2341;
          const c2341 = b263!;
          if (!c2341.isConst) rec.guard(c2341.value === true ? "guard_true" : "guard_false", [c2341], rec.snapshot(0, 2341, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241)), b244!, b253!, b263!, b264!]));
          if (c2341.value !== true) {
            block = 2369;
            continue dispatch;
          }
          block = 2359;
          continue dispatch;
        }
        case 2359: {
          at = 2359;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = typeof v0;
            b265 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2362;
          {
            const x0 = b265!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b266 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b264 = b266;
          block = 2369;
          continue dispatch;
        }
        case 2369: {
          at = 2369;
          const c2369 = rec.resolve(b264!);
          if (!c2369.isConst) rec.guard(c2369.value === true ? "guard_true" : "guard_false", [c2369], rec.snapshot(0, 2369, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241)), b244!, b253!, b264!]));
          if (c2369.value !== true) {
            block = 2409;
            continue dispatch;
          }
          block = 2386;
          continue dispatch;
        }
        case 2386: {
          u267 = u8 | 0;
          b267 = undefined;
          at = 2389;
          {
            const x0 = rec.resolve(b244!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b268 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2392;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b269 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2395;
          {
            const x0 = b268!;
            const v0 = x0.value as number;
            const x1 = b269!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b270 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 2399;
          {
            const x0 = b270!;
            const v0 = x0.value as number;
            const v = v0;
            b271 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2402;
          rec.record("setarrayitem", [b4!, (b267 ??= __metajit_G.int(u267)), b271!], __metajit_o1);
          block = 2441;
          continue dispatch;
        }
        case 2409: {
          at = 2409;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u272 = u8 | 0;
          b272 = undefined;
          at = 2416;
          b273 = rec.record("call", [__metajit_k0_37, b0!, __metajit_k0_39, b244!, b253!, (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2416, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b272 ??= __metajit_G.int(u272))]) });
          at = 2436;
          rec.record("setarrayitem", [b4!, (b272 ??= __metajit_G.int(u272)), b273!], __metajit_o1);
          block = 2441;
          continue dispatch;
        }
        case 2441: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 2443: {
          u275 = (u2 as Record<string, unknown>)["b"];
          b275 = undefined;
          u276 = u7 | 0;
          b276 = undefined;
          u274 = __metajit_G.asFloat("getarrayitem_imm", (u275 as ArrayLike<unknown>)[u276], "[any]");
          b274 = undefined;
          u278 = (u2 as Record<string, unknown>)["c"];
          b278 = undefined;
          u279 = u7 | 0;
          b279 = undefined;
          u277 = __metajit_G.asFloat("getarrayitem_imm", (u278 as ArrayLike<unknown>)[u279], "[any]");
          b277 = undefined;
          u282 = u274 >= 0;
          b282 = undefined;
          if (!u282) {
            block = 2504;
            continue dispatch;
          }
          block = 2490;
          continue dispatch;
        }
        case 2490: {
          u283 = u274 | 0;
          b283 = undefined;
          at = 2493;
          b284 = rec.record("getarrayitem", [b4!, (b283 ??= __metajit_G.int(u283))], __metajit_o0);
          b281 = b284;
          block = 2525;
          continue dispatch;
        }
        case 2504: {
          u285 = (u2 as Record<string, unknown>)["k"];
          b285 = undefined;
          u286 = (-1) - u274;
          b286 = undefined;
          u287 = u286 | 0;
          b287 = undefined;
          u288 = (u285 as ArrayLike<unknown>)[u287];
          b288 = undefined;
          u281 = u288;
          b281 = b288;
          b281 ??= __metajit_G.ref(u281);
          block = 2525;
          continue dispatch;
        }
        case 2525: {
          b280 = b281;
          u291 = u277 >= 0;
          b291 = undefined;
          if (!u291) {
            block = 2562;
            continue dispatch;
          }
          block = 2548;
          continue dispatch;
        }
        case 2548: {
          u292 = u277 | 0;
          b292 = undefined;
          at = 2551;
          b293 = rec.record("getarrayitem", [b4!, (b292 ??= __metajit_G.int(u292))], __metajit_o0);
          b290 = b293;
          block = 2583;
          continue dispatch;
        }
        case 2562: {
          u294 = (u2 as Record<string, unknown>)["k"];
          b294 = undefined;
          u295 = (-1) - u277;
          b295 = undefined;
          u296 = u295 | 0;
          b296 = undefined;
          u297 = (u294 as ArrayLike<unknown>)[u296];
          b297 = undefined;
          u290 = u297;
          b290 = b297;
          b290 ??= __metajit_G.ref(u290);
          block = 2583;
          continue dispatch;
        }
        case 2583: {
          b289 = b290;
          at = 2586;
          {
            const x0 = rec.resolve(b280!);
            const v0 = x0.value;
            const v = typeof v0;
            b298 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2589;
          {
            const x0 = b298!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b299 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b300 = b299;
          at = 2596;
          const c2596 = b299!;
          if (!c2596.isConst) rec.guard(c2596.value === true ? "guard_true" : "guard_false", [c2596], rec.snapshot(0, 2596, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277)), b280!, b289!, b299!, b300!]));
          if (c2596.value !== true) {
            block = 2624;
            continue dispatch;
          }
          block = 2614;
          continue dispatch;
        }
        case 2614: {
          at = 2614;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = typeof v0;
            b301 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2617;
          {
            const x0 = b301!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b302 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b300 = b302;
          block = 2624;
          continue dispatch;
        }
        case 2624: {
          at = 2624;
          const c2624 = rec.resolve(b300!);
          if (!c2624.isConst) rec.guard(c2624.value === true ? "guard_true" : "guard_false", [c2624], rec.snapshot(0, 2624, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277)), b280!, b289!, b300!]));
          if (c2624.value !== true) {
            block = 2664;
            continue dispatch;
          }
          block = 2641;
          continue dispatch;
        }
        case 2641: {
          u303 = u8 | 0;
          b303 = undefined;
          at = 2644;
          {
            const x0 = rec.resolve(b280!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b304 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2647;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b305 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2650;
          {
            const x0 = b304!;
            const v0 = x0.value as number;
            const x1 = b305!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b306 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 2654;
          {
            const x0 = b306!;
            const v0 = x0.value as number;
            const v = v0;
            b307 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2657;
          rec.record("setarrayitem", [b4!, (b303 ??= __metajit_G.int(u303)), b307!], __metajit_o1);
          block = 2696;
          continue dispatch;
        }
        case 2664: {
          at = 2664;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u308 = u8 | 0;
          b308 = undefined;
          at = 2671;
          b309 = rec.record("call", [__metajit_k0_40, b0!, __metajit_k0_42, b280!, b289!, (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2671, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b308 ??= __metajit_G.int(u308))]) });
          at = 2691;
          rec.record("setarrayitem", [b4!, (b308 ??= __metajit_G.int(u308)), b309!], __metajit_o1);
          block = 2696;
          continue dispatch;
        }
        case 2696: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 2698: {
          u311 = (u2 as Record<string, unknown>)["b"];
          b311 = undefined;
          u312 = u7 | 0;
          b312 = undefined;
          u310 = __metajit_G.asFloat("getarrayitem_imm", (u311 as ArrayLike<unknown>)[u312], "[any]");
          b310 = undefined;
          u314 = (u2 as Record<string, unknown>)["c"];
          b314 = undefined;
          u315 = u7 | 0;
          b315 = undefined;
          u313 = __metajit_G.asFloat("getarrayitem_imm", (u314 as ArrayLike<unknown>)[u315], "[any]");
          b313 = undefined;
          u318 = u310 >= 0;
          b318 = undefined;
          if (!u318) {
            block = 2759;
            continue dispatch;
          }
          block = 2745;
          continue dispatch;
        }
        case 2745: {
          u319 = u310 | 0;
          b319 = undefined;
          at = 2748;
          b320 = rec.record("getarrayitem", [b4!, (b319 ??= __metajit_G.int(u319))], __metajit_o0);
          b317 = b320;
          block = 2780;
          continue dispatch;
        }
        case 2759: {
          u321 = (u2 as Record<string, unknown>)["k"];
          b321 = undefined;
          u322 = (-1) - u310;
          b322 = undefined;
          u323 = u322 | 0;
          b323 = undefined;
          u324 = (u321 as ArrayLike<unknown>)[u323];
          b324 = undefined;
          u317 = u324;
          b317 = b324;
          b317 ??= __metajit_G.ref(u317);
          block = 2780;
          continue dispatch;
        }
        case 2780: {
          b316 = b317;
          u327 = u313 >= 0;
          b327 = undefined;
          if (!u327) {
            block = 2817;
            continue dispatch;
          }
          block = 2803;
          continue dispatch;
        }
        case 2803: {
          u328 = u313 | 0;
          b328 = undefined;
          at = 2806;
          b329 = rec.record("getarrayitem", [b4!, (b328 ??= __metajit_G.int(u328))], __metajit_o0);
          b326 = b329;
          block = 2838;
          continue dispatch;
        }
        case 2817: {
          u330 = (u2 as Record<string, unknown>)["k"];
          b330 = undefined;
          u331 = (-1) - u313;
          b331 = undefined;
          u332 = u331 | 0;
          b332 = undefined;
          u333 = (u330 as ArrayLike<unknown>)[u332];
          b333 = undefined;
          u326 = u333;
          b326 = b333;
          b326 ??= __metajit_G.ref(u326);
          block = 2838;
          continue dispatch;
        }
        case 2838: {
          b325 = b326;
          at = 2841;
          {
            const x0 = rec.resolve(b316!);
            const v0 = x0.value;
            const v = typeof v0;
            b334 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2844;
          {
            const x0 = b334!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b335 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b336 = b335;
          at = 2851;
          const c2851 = b335!;
          if (!c2851.isConst) rec.guard(c2851.value === true ? "guard_true" : "guard_false", [c2851], rec.snapshot(0, 2851, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313)), b316!, b325!, b335!, b336!]));
          if (c2851.value !== true) {
            block = 2879;
            continue dispatch;
          }
          block = 2869;
          continue dispatch;
        }
        case 2869: {
          at = 2869;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = typeof v0;
            b337 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2872;
          {
            const x0 = b337!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b338 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b336 = b338;
          block = 2879;
          continue dispatch;
        }
        case 2879: {
          at = 2879;
          const c2879 = rec.resolve(b336!);
          if (!c2879.isConst) rec.guard(c2879.value === true ? "guard_true" : "guard_false", [c2879], rec.snapshot(0, 2879, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313)), b316!, b325!, b336!]));
          if (c2879.value !== true) {
            block = 2919;
            continue dispatch;
          }
          block = 2896;
          continue dispatch;
        }
        case 2896: {
          u339 = u8 | 0;
          b339 = undefined;
          at = 2899;
          {
            const x0 = rec.resolve(b316!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b340 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2902;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b341 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2905;
          {
            const x0 = b340!;
            const v0 = x0.value as number;
            const x1 = b341!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b342 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 2909;
          {
            const x0 = b342!;
            const v0 = x0.value as number;
            const v = v0;
            b343 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2912;
          rec.record("setarrayitem", [b4!, (b339 ??= __metajit_G.int(u339)), b343!], __metajit_o1);
          block = 2951;
          continue dispatch;
        }
        case 2919: {
          at = 2919;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u344 = u8 | 0;
          b344 = undefined;
          at = 2926;
          b345 = rec.record("call", [__metajit_k0_43, b0!, __metajit_k0_45, b316!, b325!, (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2926, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b344 ??= __metajit_G.int(u344))]) });
          at = 2946;
          rec.record("setarrayitem", [b4!, (b344 ??= __metajit_G.int(u344)), b345!], __metajit_o1);
          block = 2951;
          continue dispatch;
        }
        case 2951: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 2953: {
          u347 = (u2 as Record<string, unknown>)["b"];
          b347 = undefined;
          u348 = u7 | 0;
          b348 = undefined;
          u346 = __metajit_G.asFloat("getarrayitem_imm", (u347 as ArrayLike<unknown>)[u348], "[any]");
          b346 = undefined;
          u350 = (u2 as Record<string, unknown>)["c"];
          b350 = undefined;
          u351 = u7 | 0;
          b351 = undefined;
          u349 = __metajit_G.asFloat("getarrayitem_imm", (u350 as ArrayLike<unknown>)[u351], "[any]");
          b349 = undefined;
          u354 = u346 >= 0;
          b354 = undefined;
          if (!u354) {
            block = 3014;
            continue dispatch;
          }
          block = 3000;
          continue dispatch;
        }
        case 3000: {
          u355 = u346 | 0;
          b355 = undefined;
          at = 3003;
          b356 = rec.record("getarrayitem", [b4!, (b355 ??= __metajit_G.int(u355))], __metajit_o0);
          b353 = b356;
          block = 3035;
          continue dispatch;
        }
        case 3014: {
          u357 = (u2 as Record<string, unknown>)["k"];
          b357 = undefined;
          u358 = (-1) - u346;
          b358 = undefined;
          u359 = u358 | 0;
          b359 = undefined;
          u360 = (u357 as ArrayLike<unknown>)[u359];
          b360 = undefined;
          u353 = u360;
          b353 = b360;
          b353 ??= __metajit_G.ref(u353);
          block = 3035;
          continue dispatch;
        }
        case 3035: {
          b352 = b353;
          u363 = u349 >= 0;
          b363 = undefined;
          if (!u363) {
            block = 3072;
            continue dispatch;
          }
          block = 3058;
          continue dispatch;
        }
        case 3058: {
          u364 = u349 | 0;
          b364 = undefined;
          at = 3061;
          b365 = rec.record("getarrayitem", [b4!, (b364 ??= __metajit_G.int(u364))], __metajit_o0);
          b362 = b365;
          block = 3093;
          continue dispatch;
        }
        case 3072: {
          u366 = (u2 as Record<string, unknown>)["k"];
          b366 = undefined;
          u367 = (-1) - u349;
          b367 = undefined;
          u368 = u367 | 0;
          b368 = undefined;
          u369 = (u366 as ArrayLike<unknown>)[u368];
          b369 = undefined;
          u362 = u369;
          b362 = b369;
          b362 ??= __metajit_G.ref(u362);
          block = 3093;
          continue dispatch;
        }
        case 3093: {
          b361 = b362;
          at = 3096;
          {
            const x0 = rec.resolve(b352!);
            const v0 = x0.value;
            const v = typeof v0;
            b370 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3099;
          {
            const x0 = b370!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b371 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b372 = b371;
          at = 3106;
          const c3106 = b371!;
          if (!c3106.isConst) rec.guard(c3106.value === true ? "guard_true" : "guard_false", [c3106], rec.snapshot(0, 3106, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349)), b352!, b361!, b371!, b372!]));
          if (c3106.value !== true) {
            block = 3134;
            continue dispatch;
          }
          block = 3124;
          continue dispatch;
        }
        case 3124: {
          at = 3124;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = typeof v0;
            b373 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3127;
          {
            const x0 = b373!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b374 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b372 = b374;
          block = 3134;
          continue dispatch;
        }
        case 3134: {
          at = 3134;
          const c3134 = rec.resolve(b372!);
          if (!c3134.isConst) rec.guard(c3134.value === true ? "guard_true" : "guard_false", [c3134], rec.snapshot(0, 3134, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349)), b352!, b361!, b372!]));
          if (c3134.value !== true) {
            block = 3174;
            continue dispatch;
          }
          block = 3151;
          continue dispatch;
        }
        case 3151: {
          u375 = u8 | 0;
          b375 = undefined;
          at = 3154;
          {
            const x0 = rec.resolve(b352!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b376 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3157;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b377 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3160;
          {
            const x0 = b376!;
            const v0 = x0.value as number;
            const x1 = b377!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b378 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3164;
          {
            const x0 = b378!;
            const v0 = x0.value as number;
            const v = v0;
            b379 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3167;
          rec.record("setarrayitem", [b4!, (b375 ??= __metajit_G.int(u375)), b379!], __metajit_o1);
          block = 3206;
          continue dispatch;
        }
        case 3174: {
          at = 3174;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u380 = u8 | 0;
          b380 = undefined;
          at = 3181;
          b381 = rec.record("call", [__metajit_k0_46, b0!, __metajit_k0_48, b352!, b361!, (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3181, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b380 ??= __metajit_G.int(u380))]) });
          at = 3201;
          rec.record("setarrayitem", [b4!, (b380 ??= __metajit_G.int(u380)), b381!], __metajit_o1);
          block = 3206;
          continue dispatch;
        }
        case 3206: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 3208: {
          u383 = (u2 as Record<string, unknown>)["b"];
          b383 = undefined;
          u384 = u7 | 0;
          b384 = undefined;
          u382 = __metajit_G.asFloat("getarrayitem_imm", (u383 as ArrayLike<unknown>)[u384], "[any]");
          b382 = undefined;
          u386 = (u2 as Record<string, unknown>)["c"];
          b386 = undefined;
          u387 = u7 | 0;
          b387 = undefined;
          u385 = __metajit_G.asFloat("getarrayitem_imm", (u386 as ArrayLike<unknown>)[u387], "[any]");
          b385 = undefined;
          u390 = u382 >= 0;
          b390 = undefined;
          if (!u390) {
            block = 3269;
            continue dispatch;
          }
          block = 3255;
          continue dispatch;
        }
        case 3255: {
          u391 = u382 | 0;
          b391 = undefined;
          at = 3258;
          b392 = rec.record("getarrayitem", [b4!, (b391 ??= __metajit_G.int(u391))], __metajit_o0);
          b389 = b392;
          block = 3290;
          continue dispatch;
        }
        case 3269: {
          u393 = (u2 as Record<string, unknown>)["k"];
          b393 = undefined;
          u394 = (-1) - u382;
          b394 = undefined;
          u395 = u394 | 0;
          b395 = undefined;
          u396 = (u393 as ArrayLike<unknown>)[u395];
          b396 = undefined;
          u389 = u396;
          b389 = b396;
          b389 ??= __metajit_G.ref(u389);
          block = 3290;
          continue dispatch;
        }
        case 3290: {
          b388 = b389;
          u399 = u385 >= 0;
          b399 = undefined;
          if (!u399) {
            block = 3327;
            continue dispatch;
          }
          block = 3313;
          continue dispatch;
        }
        case 3313: {
          u400 = u385 | 0;
          b400 = undefined;
          at = 3316;
          b401 = rec.record("getarrayitem", [b4!, (b400 ??= __metajit_G.int(u400))], __metajit_o0);
          b398 = b401;
          block = 3348;
          continue dispatch;
        }
        case 3327: {
          u402 = (u2 as Record<string, unknown>)["k"];
          b402 = undefined;
          u403 = (-1) - u385;
          b403 = undefined;
          u404 = u403 | 0;
          b404 = undefined;
          u405 = (u402 as ArrayLike<unknown>)[u404];
          b405 = undefined;
          u398 = u405;
          b398 = b405;
          b398 ??= __metajit_G.ref(u398);
          block = 3348;
          continue dispatch;
        }
        case 3348: {
          b397 = b398;
          at = 3351;
          {
            const x0 = rec.resolve(b388!);
            const v0 = x0.value;
            const v = typeof v0;
            b406 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3354;
          {
            const x0 = b406!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b407 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b408 = b407;
          at = 3361;
          const c3361 = b407!;
          if (!c3361.isConst) rec.guard(c3361.value === true ? "guard_true" : "guard_false", [c3361], rec.snapshot(0, 3361, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385)), b388!, b397!, b407!, b408!]));
          if (c3361.value !== true) {
            block = 3389;
            continue dispatch;
          }
          block = 3379;
          continue dispatch;
        }
        case 3379: {
          at = 3379;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = typeof v0;
            b409 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3382;
          {
            const x0 = b409!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b410 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b408 = b410;
          block = 3389;
          continue dispatch;
        }
        case 3389: {
          at = 3389;
          const c3389 = rec.resolve(b408!);
          if (!c3389.isConst) rec.guard(c3389.value === true ? "guard_true" : "guard_false", [c3389], rec.snapshot(0, 3389, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385)), b388!, b397!, b408!]));
          if (c3389.value !== true) {
            block = 3440;
            continue dispatch;
          }
          block = 3406;
          continue dispatch;
        }
        case 3406: {
          u411 = u8 | 0;
          b411 = undefined;
          at = 3409;
          {
            const x0 = rec.resolve(b388!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b412 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3412;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b413 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3415;
          rec.enterFrame(0, 3415, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b411 ??= __metajit_G.int(u411))], 9);
          b414 = __metajit_trace_9(rec, b412!, b413!);
          rec.leaveFrame();
          at = 3430;
          {
            const x0 = rec.resolve(b414!);
            const v0 = x0.value as number;
            const v = v0;
            b415 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3433;
          rec.record("setarrayitem", [b4!, (b411 ??= __metajit_G.int(u411)), b415!], __metajit_o1);
          block = 3472;
          continue dispatch;
        }
        case 3440: {
          at = 3440;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u416 = u8 | 0;
          b416 = undefined;
          at = 3447;
          b417 = rec.record("call", [__metajit_k0_49, b0!, __metajit_k0_51, b388!, b397!, (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3447, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b416 ??= __metajit_G.int(u416))]) });
          at = 3467;
          rec.record("setarrayitem", [b4!, (b416 ??= __metajit_G.int(u416)), b417!], __metajit_o1);
          block = 3472;
          continue dispatch;
        }
        case 3472: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 3474: {
          u419 = (u2 as Record<string, unknown>)["b"];
          b419 = undefined;
          u420 = u7 | 0;
          b420 = undefined;
          u418 = __metajit_G.asFloat("getarrayitem_imm", (u419 as ArrayLike<unknown>)[u420], "[any]");
          b418 = undefined;
          u422 = (u2 as Record<string, unknown>)["c"];
          b422 = undefined;
          u423 = u7 | 0;
          b423 = undefined;
          u421 = __metajit_G.asFloat("getarrayitem_imm", (u422 as ArrayLike<unknown>)[u423], "[any]");
          b421 = undefined;
          u426 = u418 >= 0;
          b426 = undefined;
          if (!u426) {
            block = 3535;
            continue dispatch;
          }
          block = 3521;
          continue dispatch;
        }
        case 3521: {
          u427 = u418 | 0;
          b427 = undefined;
          at = 3524;
          b428 = rec.record("getarrayitem", [b4!, (b427 ??= __metajit_G.int(u427))], __metajit_o0);
          b425 = b428;
          block = 3556;
          continue dispatch;
        }
        case 3535: {
          u429 = (u2 as Record<string, unknown>)["k"];
          b429 = undefined;
          u430 = (-1) - u418;
          b430 = undefined;
          u431 = u430 | 0;
          b431 = undefined;
          u432 = (u429 as ArrayLike<unknown>)[u431];
          b432 = undefined;
          u425 = u432;
          b425 = b432;
          b425 ??= __metajit_G.ref(u425);
          block = 3556;
          continue dispatch;
        }
        case 3556: {
          b424 = b425;
          u435 = u421 >= 0;
          b435 = undefined;
          if (!u435) {
            block = 3593;
            continue dispatch;
          }
          block = 3579;
          continue dispatch;
        }
        case 3579: {
          u436 = u421 | 0;
          b436 = undefined;
          at = 3582;
          b437 = rec.record("getarrayitem", [b4!, (b436 ??= __metajit_G.int(u436))], __metajit_o0);
          b434 = b437;
          block = 3614;
          continue dispatch;
        }
        case 3593: {
          u438 = (u2 as Record<string, unknown>)["k"];
          b438 = undefined;
          u439 = (-1) - u421;
          b439 = undefined;
          u440 = u439 | 0;
          b440 = undefined;
          u441 = (u438 as ArrayLike<unknown>)[u440];
          b441 = undefined;
          u434 = u441;
          b434 = b441;
          b434 ??= __metajit_G.ref(u434);
          block = 3614;
          continue dispatch;
        }
        case 3614: {
          b433 = b434;
          at = 3617;
          {
            const x0 = rec.resolve(b424!);
            const v0 = x0.value;
            const v = typeof v0;
            b442 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3620;
          {
            const x0 = b442!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b443 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b444 = b443;
          at = 3627;
          const c3627 = b443!;
          if (!c3627.isConst) rec.guard(c3627.value === true ? "guard_true" : "guard_false", [c3627], rec.snapshot(0, 3627, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b418 ??= __metajit_G.float(u418)), (b421 ??= __metajit_G.float(u421)), b424!, b433!, b443!, b444!]));
          if (c3627.value !== true) {
            block = 3655;
            continue dispatch;
          }
          block = 3645;
          continue dispatch;
        }
        case 3645: {
          at = 3645;
          {
            const x0 = rec.resolve(b433!);
            const v0 = x0.value;
            const v = typeof v0;
            b445 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3648;
          {
            const x0 = b445!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b446 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b444 = b446;
          block = 3655;
          continue dispatch;
        }
        case 3655: {
          at = 3655;
          const c3655 = rec.resolve(b444!);
          if (!c3655.isConst) rec.guard(c3655.value === true ? "guard_true" : "guard_false", [c3655], rec.snapshot(0, 3655, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b418 ??= __metajit_G.float(u418)), (b421 ??= __metajit_G.float(u421)), b424!, b433!, b444!]));
          if (c3655.value !== true) {
            block = 3707;
            continue dispatch;
          }
          block = 3672;
          continue dispatch;
        }
        case 3672: {
          u447 = u8 | 0;
          b447 = undefined;
          at = 3675;
          {
            const x0 = rec.resolve(b424!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b448 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3678;
          {
            const x0 = rec.resolve(b433!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b449 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3681;
          b450 = rec.record("call_pure", [__metajit_k0_52, b448!, b449!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3681, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b447 ??= __metajit_G.int(u447))]) });
          at = 3697;
          {
            const x0 = b450!;
            const v0 = x0.value as number;
            const v = v0;
            b451 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3700;
          rec.record("setarrayitem", [b4!, (b447 ??= __metajit_G.int(u447)), b451!], __metajit_o1);
          block = 3739;
          continue dispatch;
        }
        case 3707: {
          at = 3707;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u452 = u8 | 0;
          b452 = undefined;
          at = 3714;
          b453 = rec.record("call", [__metajit_k0_53, b0!, __metajit_k0_55, b424!, b433!, (b418 ??= __metajit_G.float(u418)), (b421 ??= __metajit_G.float(u421))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3714, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b452 ??= __metajit_G.int(u452))]) });
          at = 3734;
          rec.record("setarrayitem", [b4!, (b452 ??= __metajit_G.int(u452)), b453!], __metajit_o1);
          block = 3739;
          continue dispatch;
        }
        case 3739: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 3741: {
          u455 = (u2 as Record<string, unknown>)["b"];
          b455 = undefined;
          u456 = u7 | 0;
          b456 = undefined;
          u454 = __metajit_G.asFloat("getarrayitem_imm", (u455 as ArrayLike<unknown>)[u456], "[any]");
          b454 = undefined;
          u458 = u454 | 0;
          b458 = undefined;
          at = 3758;
          b457 = rec.record("getarrayitem", [b4!, (b458 ??= __metajit_G.int(u458))], __metajit_o0);
          at = 3764;
          {
            const x0 = rec.resolve(b457!);
            const v0 = x0.value;
            const v = typeof v0;
            b459 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3767;
          {
            const x0 = b459!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b460 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 3771;
          const c3771 = b460!;
          if (!c3771.isConst) rec.guard(c3771.value === true ? "guard_true" : "guard_false", [c3771], rec.snapshot(0, 3771, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b454 ??= __metajit_G.float(u454)), b457!, b460!]));
          if (c3771.value !== true) {
            block = 3805;
            continue dispatch;
          }
          block = 3786;
          continue dispatch;
        }
        case 3786: {
          u461 = u8 | 0;
          b461 = undefined;
          at = 3789;
          {
            const x0 = rec.resolve(b457!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b462 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3792;
          {
            const x0 = b462!;
            const v0 = x0.value as number;
            const v = -v0;
            b463 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_neg", [x0], v);
          }
          at = 3795;
          {
            const x0 = b463!;
            const v0 = x0.value as number;
            const v = v0;
            b464 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3798;
          rec.record("setarrayitem", [b4!, (b461 ??= __metajit_G.int(u461)), b464!], __metajit_o1);
          block = 3837;
          continue dispatch;
        }
        case 3805: {
          at = 3805;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u465 = u8 | 0;
          b465 = undefined;
          at = 3812;
          b466 = rec.record("call", [__metajit_k0_56, b0!, __metajit_k0_58, b457!, b457!, (b454 ??= __metajit_G.float(u454)), (b454 ??= __metajit_G.float(u454))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3812, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b465 ??= __metajit_G.int(u465))]) });
          at = 3832;
          rec.record("setarrayitem", [b4!, (b465 ??= __metajit_G.int(u465)), b466!], __metajit_o1);
          block = 3837;
          continue dispatch;
        }
        case 3837: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 3839: {
          u468 = (u2 as Record<string, unknown>)["b"];
          b468 = undefined;
          u469 = u7 | 0;
          b469 = undefined;
          u470 = __metajit_G.asFloat("getarrayitem_imm", (u468 as ArrayLike<unknown>)[u469], "[any]");
          b470 = undefined;
          u471 = u470 | 0;
          b471 = undefined;
          at = 3856;
          b467 = rec.record("getarrayitem", [b4!, (b471 ??= __metajit_G.int(u471))], __metajit_o0);
          u472 = u8 | 0;
          b472 = undefined;
          at = 3865;
          {
            const x0 = rec.resolve(b467!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b473 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 3869;
          {
            const x0 = b473!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b474 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b475 = b473;
          at = 3875;
          const c3875 = b474!;
          if (!c3875.isConst) rec.guard(c3875.value === true ? "guard_true" : "guard_false", [c3875], rec.snapshot(0, 3875, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b467!, (b472 ??= __metajit_G.int(u472)), b474!, b475!]));
          if (c3875.value !== true) {
            block = 3897;
            continue dispatch;
          }
          block = 3890;
          continue dispatch;
        }
        case 3890: {
          at = 3890;
          {
            const x0 = rec.resolve(b467!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_60.value;
            b476 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_60], v);
          }
          b475 = b476;
          block = 3897;
          continue dispatch;
        }
        case 3897: {
          at = 3897;
          {
            const x0 = rec.resolve(b475!);
            const v0 = x0.value as boolean;
            const v = v0;
            b477 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_bool_to_ref", [x0], v);
          }
          at = 3900;
          rec.record("setarrayitem", [b4!, (b472 ??= __metajit_G.int(u472)), b477!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 3907: {
          u479 = (u2 as Record<string, unknown>)["b"];
          b479 = undefined;
          u480 = u7 | 0;
          b480 = undefined;
          u478 = __metajit_G.asFloat("getarrayitem_imm", (u479 as ArrayLike<unknown>)[u480], "[any]");
          b478 = undefined;
          u482 = u478 | 0;
          b482 = undefined;
          at = 3924;
          b481 = rec.record("getarrayitem", [b4!, (b482 ??= __metajit_G.int(u482))], __metajit_o0);
          at = 3930;
          {
            const x0 = rec.resolve(b481!);
            const v0 = x0.value;
            const v = typeof v0;
            b483 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3933;
          {
            const x0 = b483!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b484 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          at = 3937;
          const c3937 = b484!;
          if (!c3937.isConst) rec.guard(c3937.value === true ? "guard_true" : "guard_false", [c3937], rec.snapshot(0, 3937, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b478 ??= __metajit_G.float(u478)), b481!, b484!]));
          if (c3937.value !== true) {
            block = 3980;
            continue dispatch;
          }
          block = 3952;
          continue dispatch;
        }
        case 3952: {
          u485 = u8 | 0;
          b485 = undefined;
          at = 3955;
          b486 = rec.record("call_pure", [__metajit_k0_61, b481!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3955, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b485 ??= __metajit_G.int(u485))]) });
          at = 3970;
          {
            const x0 = b486!;
            const v0 = x0.value as number;
            const v = v0;
            b487 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3973;
          rec.record("setarrayitem", [b4!, (b485 ??= __metajit_G.int(u485)), b487!], __metajit_o1);
          block = 4055;
          continue dispatch;
        }
        case 3980: {
          at = 3980;
          {
            const x0 = rec.resolve(b481!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_62.value as Function);
            b488 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_62], v);
          }
          at = 3984;
          const c3984 = b488!;
          if (!c3984.isConst) rec.guard(c3984.value === true ? "guard_true" : "guard_false", [c3984], rec.snapshot(0, 3984, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b478 ??= __metajit_G.float(u478)), b481!, b488!]));
          if (c3984.value !== true) {
            block = 4026;
            continue dispatch;
          }
          block = 3999;
          continue dispatch;
        }
        case 3999: {
          u489 = u8 | 0;
          b489 = undefined;
          at = 4002;
          rec.enterFrame(0, 4002, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b489 ??= __metajit_G.int(u489))], 10);
          b490 = __metajit_trace_10(rec, b481!);
          rec.leaveFrame();
          at = 4016;
          {
            const x0 = rec.resolve(b490!);
            const v0 = x0.value as number;
            const v = v0;
            b491 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4019;
          rec.record("setarrayitem", [b4!, (b489 ??= __metajit_G.int(u489)), b491!], __metajit_o1);
          block = 4055;
          continue dispatch;
        }
        case 4026: {
          at = 4026;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u492 = u8 | 0;
          b492 = undefined;
          at = 4033;
          b493 = rec.record("call", [__metajit_k0_63, b0!, b481!, (b478 ??= __metajit_G.float(u478))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4033, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b492 ??= __metajit_G.int(u492))]) });
          at = 4050;
          rec.record("setarrayitem", [b4!, (b492 ??= __metajit_G.int(u492)), b493!], __metajit_o1);
          block = 4055;
          continue dispatch;
        }
        case 4055: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 4057: {
          u495 = (u2 as Record<string, unknown>)["b"];
          b495 = undefined;
          u496 = u7 | 0;
          b496 = undefined;
          u494 = __metajit_G.asFloat("getarrayitem_imm", (u495 as ArrayLike<unknown>)[u496], "[any]");
          b494 = undefined;
          u498 = (u2 as Record<string, unknown>)["c"];
          b498 = undefined;
          u499 = u7 | 0;
          b499 = undefined;
          u497 = __metajit_G.asFloat("getarrayitem_imm", (u498 as ArrayLike<unknown>)[u499], "[any]");
          b497 = undefined;
          u501 = u494 | 0;
          b501 = undefined;
          at = 4088;
          b500 = rec.record("getarrayitem", [b4!, (b501 ??= __metajit_G.int(u501))], __metajit_o0);
          u503 = u497 | 0;
          b503 = undefined;
          at = 4097;
          b502 = rec.record("getarrayitem", [b4!, (b503 ??= __metajit_G.int(u503))], __metajit_o0);
          u504 = u494 + 1;
          b504 = undefined;
          u505 = u497 === u504;
          b505 = undefined;
          u506 = u505;
          b506 = b505;
          if (!u505) {
            b506 ??= __metajit_G.bool(u506);
            block = 4142;
            continue dispatch;
          }
          block = 4132;
          continue dispatch;
        }
        case 4132: {
          at = 4132;
          {
            const x0 = rec.resolve(b500!);
            const v0 = x0.value;
            const v = typeof v0;
            b507 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4135;
          {
            const x0 = b507!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b508 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b506 = b508;
          block = 4142;
          continue dispatch;
        }
        case 4142: {
          b509 = b506;
          at = 4145;
          const c4145 = rec.resolve(b506!);
          if (!c4145.isConst) rec.guard(c4145.value === true ? "guard_true" : "guard_false", [c4145], rec.snapshot(0, 4145, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b494 ??= __metajit_G.float(u494)), (b497 ??= __metajit_G.float(u497)), b500!, b502!, b506!, b509!]));
          if (c4145.value !== true) {
            block = 4173;
            continue dispatch;
          }
          block = 4163;
          continue dispatch;
        }
        case 4163: {
          at = 4163;
          {
            const x0 = rec.resolve(b502!);
            const v0 = x0.value;
            const v = typeof v0;
            b510 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4166;
          {
            const x0 = b510!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_22.value;
            b511 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_22], v);
          }
          b509 = b511;
          block = 4173;
          continue dispatch;
        }
        case 4173: {
          at = 4173;
          const c4173 = rec.resolve(b509!);
          if (!c4173.isConst) rec.guard(c4173.value === true ? "guard_true" : "guard_false", [c4173], rec.snapshot(0, 4173, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b494 ??= __metajit_G.float(u494)), (b497 ??= __metajit_G.float(u497)), b500!, b502!, b509!]));
          if (c4173.value !== true) {
            block = 4216;
            continue dispatch;
          }
          block = 4190;
          continue dispatch;
        }
        case 4190: {
          u512 = u8 | 0;
          b512 = undefined;
          at = 4193;
          b513 = rec.record("call_pure", [__metajit_k0_64, b500!, b502!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4193, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b512 ??= __metajit_G.int(u512))]) });
          at = 4209;
          rec.record("setarrayitem", [b4!, (b512 ??= __metajit_G.int(u512)), b513!], __metajit_o1);
          block = 4246;
          continue dispatch;
        }
        case 4216: {
          at = 4216;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u514 = u8 | 0;
          b514 = undefined;
          at = 4223;
          b515 = rec.record("call", [__metajit_k0_65, b0!, b4!, (b494 ??= __metajit_G.float(u494)), (b497 ??= __metajit_G.float(u497))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4223, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b514 ??= __metajit_G.int(u514))]) });
          at = 4241;
          rec.record("setarrayitem", [b4!, (b514 ??= __metajit_G.int(u514)), b515!], __metajit_o1);
          block = 4246;
          continue dispatch;
        }
        case 4246: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 4248: {
          u517 = (u2 as Record<string, unknown>)["b"];
          b517 = undefined;
          u518 = u7 | 0;
          b518 = undefined;
          u516 = __metajit_G.asFloat("getarrayitem_imm", (u517 as ArrayLike<unknown>)[u518], "[any]");
          b516 = undefined;
          u519 = u1 + u516;
          b519 = undefined;
          u520 = u519 | 0;
          b520 = undefined;
          u1 = u520;
          b1 = undefined;
          u521 = u516 < 0;
          b521 = undefined;
          if (!u521) {
            block = 4290;
            continue dispatch;
          }
          block = 4288;
          continue dispatch;
        }
        case 4288: {
          block = 4290;
          continue dispatch;
        }
        case 4290: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 4292: {
          u523 = (u2 as Record<string, unknown>)["b"];
          b523 = undefined;
          u524 = u7 | 0;
          b524 = undefined;
          u522 = __metajit_G.asFloat("getarrayitem_imm", (u523 as ArrayLike<unknown>)[u524], "[any]");
          b522 = undefined;
          u526 = (u2 as Record<string, unknown>)["c"];
          b526 = undefined;
          u527 = u7 | 0;
          b527 = undefined;
          u525 = __metajit_G.asFloat("getarrayitem_imm", (u526 as ArrayLike<unknown>)[u527], "[any]");
          b525 = undefined;
          u530 = u522 >= 0;
          b530 = undefined;
          if (!u530) {
            block = 4353;
            continue dispatch;
          }
          block = 4339;
          continue dispatch;
        }
        case 4339: {
          u531 = u522 | 0;
          b531 = undefined;
          at = 4342;
          b532 = rec.record("getarrayitem", [b4!, (b531 ??= __metajit_G.int(u531))], __metajit_o0);
          b529 = b532;
          block = 4374;
          continue dispatch;
        }
        case 4353: {
          u533 = (u2 as Record<string, unknown>)["k"];
          b533 = undefined;
          u534 = (-1) - u522;
          b534 = undefined;
          u535 = u534 | 0;
          b535 = undefined;
          u536 = (u533 as ArrayLike<unknown>)[u535];
          b536 = undefined;
          u529 = u536;
          b529 = b536;
          b529 ??= __metajit_G.ref(u529);
          block = 4374;
          continue dispatch;
        }
        case 4374: {
          b528 = b529;
          u539 = u525 >= 0;
          b539 = undefined;
          if (!u539) {
            block = 4410;
            continue dispatch;
          }
          block = 4396;
          continue dispatch;
        }
        case 4396: {
          u540 = u525 | 0;
          b540 = undefined;
          at = 4399;
          b541 = rec.record("getarrayitem", [b4!, (b540 ??= __metajit_G.int(u540))], __metajit_o0);
          b538 = b541;
          block = 4431;
          continue dispatch;
        }
        case 4410: {
          u542 = (u2 as Record<string, unknown>)["k"];
          b542 = undefined;
          u543 = (-1) - u525;
          b543 = undefined;
          u544 = u543 | 0;
          b544 = undefined;
          u545 = (u542 as ArrayLike<unknown>)[u544];
          b545 = undefined;
          u538 = u545;
          b538 = b545;
          b538 ??= __metajit_G.ref(u538);
          block = 4431;
          continue dispatch;
        }
        case 4431: {
          b537 = b538;
          at = 4434;
          {
            const x0 = rec.resolve(b528!);
            const v0 = x0.value;
            const x1 = rec.resolve(b537!);
            const v1 = x1.value;
            const v = v0 === v1;
            b546 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 4438;
          {
            const x0 = b546!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b547 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b548 = b547;
          at = 4444;
          const c4444 = b547!;
          if (!c4444.isConst) rec.guard(c4444.value === true ? "guard_true" : "guard_false", [c4444], rec.snapshot(0, 4444, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b528!, b537!, b546!, b547!, b548!]));
          if (c4444.value !== true) {
            block = 4471;
            continue dispatch;
          }
          block = 4461;
          continue dispatch;
        }
        case 4461: {
          at = 4461;
          {
            const x0 = rec.resolve(b528!);
            const v0 = x0.value;
            const v = typeof v0;
            b549 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4464;
          {
            const x0 = b549!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_66.value;
            b550 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_66], v);
          }
          b548 = b550;
          block = 4471;
          continue dispatch;
        }
        case 4471: {
          b551 = b548;
          at = 4474;
          const c4474 = rec.resolve(b548!);
          if (!c4474.isConst) rec.guard(c4474.value === true ? "guard_true" : "guard_false", [c4474], rec.snapshot(0, 4474, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b528!, b537!, b546!, b548!, b551!]));
          if (c4474.value !== true) {
            block = 4501;
            continue dispatch;
          }
          block = 4491;
          continue dispatch;
        }
        case 4491: {
          at = 4491;
          {
            const x0 = rec.resolve(b537!);
            const v0 = x0.value;
            const v = typeof v0;
            b552 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4494;
          {
            const x0 = b552!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_66.value;
            b553 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_66], v);
          }
          b551 = b553;
          block = 4501;
          continue dispatch;
        }
        case 4501: {
          at = 4501;
          const c4501 = rec.resolve(b551!);
          if (!c4501.isConst) rec.guard(c4501.value === true ? "guard_true" : "guard_false", [c4501], rec.snapshot(0, 4501, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b528!, b537!, b546!, b551!]));
          if (c4501.value !== true) {
            block = 4540;
            continue dispatch;
          }
          block = 4517;
          continue dispatch;
        }
        case 4517: {
          at = 4517;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 4521;
          b546 = rec.record("call", [__metajit_k0_67, b0!, b528!, b537!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4521, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4540;
          continue dispatch;
        }
        case 4540: {
          u554 = u8 === 0;
          b554 = undefined;
          u555 = !u554;
          b555 = undefined;
          at = 4547;
          {
            const x0 = rec.resolve(b546!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b556 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u557 = (u555 ? 1 : 0);
          b557 = undefined;
          at = 4553;
          {
            const x0 = b556!;
            const v0 = x0.value as number;
            const v = v0 === u557;
            b558 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b557 ??= __metajit_G.int(u557))], v);
          }
          at = 4557;
          {
            const x0 = b558!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b559 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4560;
          const c4560 = b559!;
          if (!c4560.isConst) rec.guard(c4560.value === true ? "guard_true" : "guard_false", [c4560], rec.snapshot(0, 4560, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b559!]));
          if (c4560.value !== true) {
            block = 4584;
            continue dispatch;
          }
          block = 4572;
          continue dispatch;
        }
        case 4572: {
          u560 = u1 + 1;
          b560 = undefined;
          u561 = u560 | 0;
          b561 = undefined;
          u1 = u561;
          b1 = undefined;
          block = 4630;
          continue dispatch;
        }
        case 4584: {
          u563 = (u2 as Record<string, unknown>)["b"];
          b563 = undefined;
          u564 = u1 | 0;
          b564 = undefined;
          u562 = __metajit_G.asFloat("getarrayitem_imm", (u563 as ArrayLike<unknown>)[u564], "[any]");
          b562 = undefined;
          u565 = u1 + 1;
          b565 = undefined;
          u566 = u565 + u562;
          b566 = undefined;
          u567 = u566 | 0;
          b567 = undefined;
          u1 = u567;
          b1 = undefined;
          u568 = u562 < 0;
          b568 = undefined;
          if (!u568) {
            block = 4630;
            continue dispatch;
          }
          block = 4628;
          continue dispatch;
        }
        case 4628: {
          block = 4630;
          continue dispatch;
        }
        case 4630: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 4632: {
          u570 = (u2 as Record<string, unknown>)["b"];
          b570 = undefined;
          u571 = u7 | 0;
          b571 = undefined;
          u569 = __metajit_G.asFloat("getarrayitem_imm", (u570 as ArrayLike<unknown>)[u571], "[any]");
          b569 = undefined;
          u573 = (u2 as Record<string, unknown>)["c"];
          b573 = undefined;
          u574 = u7 | 0;
          b574 = undefined;
          u572 = __metajit_G.asFloat("getarrayitem_imm", (u573 as ArrayLike<unknown>)[u574], "[any]");
          b572 = undefined;
          u577 = u569 >= 0;
          b577 = undefined;
          if (!u577) {
            block = 4694;
            continue dispatch;
          }
          block = 4680;
          continue dispatch;
        }
        case 4680: {
          u578 = u569 | 0;
          b578 = undefined;
          at = 4683;
          b579 = rec.record("getarrayitem", [b4!, (b578 ??= __metajit_G.int(u578))], __metajit_o0);
          b576 = b579;
          block = 4715;
          continue dispatch;
        }
        case 4694: {
          u580 = (u2 as Record<string, unknown>)["k"];
          b580 = undefined;
          u581 = (-1) - u569;
          b581 = undefined;
          u582 = u581 | 0;
          b582 = undefined;
          u583 = (u580 as ArrayLike<unknown>)[u582];
          b583 = undefined;
          u576 = u583;
          b576 = b583;
          b576 ??= __metajit_G.ref(u576);
          block = 4715;
          continue dispatch;
        }
        case 4715: {
          b575 = b576;
          u586 = u572 >= 0;
          b586 = undefined;
          if (!u586) {
            block = 4752;
            continue dispatch;
          }
          block = 4738;
          continue dispatch;
        }
        case 4738: {
          u587 = u572 | 0;
          b587 = undefined;
          at = 4741;
          b588 = rec.record("getarrayitem", [b4!, (b587 ??= __metajit_G.int(u587))], __metajit_o0);
          b585 = b588;
          block = 4773;
          continue dispatch;
        }
        case 4752: {
          u589 = (u2 as Record<string, unknown>)["k"];
          b589 = undefined;
          u590 = (-1) - u572;
          b590 = undefined;
          u591 = u590 | 0;
          b591 = undefined;
          u592 = (u589 as ArrayLike<unknown>)[u591];
          b592 = undefined;
          u585 = u592;
          b585 = b592;
          b585 ??= __metajit_G.ref(u585);
          block = 4773;
          continue dispatch;
        }
        case 4773: {
          b584 = b585;
          u593 = false;
          b593 = __metajit_k0_59;
          at = 4779;
          {
            const x0 = rec.resolve(b575!);
            const v0 = x0.value;
            const v = typeof v0;
            b594 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4782;
          {
            const x0 = b594!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b595 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b596 = b595;
          at = 4789;
          const c4789 = b595!;
          if (!c4789.isConst) rec.guard(c4789.value === true ? "guard_true" : "guard_false", [c4789], rec.snapshot(0, 4789, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b575!, b584!, b595!, b596!]));
          if (c4789.value !== true) {
            block = 4816;
            continue dispatch;
          }
          block = 4806;
          continue dispatch;
        }
        case 4806: {
          at = 4806;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = typeof v0;
            b597 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4809;
          {
            const x0 = b597!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b598 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b596 = b598;
          block = 4816;
          continue dispatch;
        }
        case 4816: {
          at = 4816;
          const c4816 = rec.resolve(b596!);
          if (!c4816.isConst) rec.guard(c4816.value === true ? "guard_true" : "guard_false", [c4816], rec.snapshot(0, 4816, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b575!, b584!, b596!]));
          if (c4816.value !== true) {
            block = 4898;
            continue dispatch;
          }
          block = 4832;
          continue dispatch;
        }
        case 4832: {
          u600 = (u2 as Record<string, unknown>)["op"];
          b600 = undefined;
          u601 = u7 | 0;
          b601 = undefined;
          u602 = __metajit_G.asFloat("getarrayitem_imm", (u600 as ArrayLike<unknown>)[u601], "[any]");
          b602 = undefined;
          u603 = u602 === 24;
          b603 = undefined;
          if (!u603) {
            block = 4880;
            continue dispatch;
          }
          block = 4865;
          continue dispatch;
        }
        case 4865: {
          at = 4865;
          {
            const x0 = rec.resolve(b575!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b604 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4868;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b605 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4871;
          {
            const x0 = b604!;
            const v0 = x0.value as number;
            const x1 = b605!;
            const v1 = x1.value as number;
            const v = v0 < v1;
            b606 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          b599 = b606;
          block = 4893;
          continue dispatch;
        }
        case 4880: {
          at = 4880;
          {
            const x0 = rec.resolve(b575!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b607 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4883;
          {
            const x0 = rec.resolve(b584!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b608 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4886;
          {
            const x0 = b607!;
            const v0 = x0.value as number;
            const x1 = b608!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b609 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b599 = b609;
          block = 4893;
          continue dispatch;
        }
        case 4893: {
          b593 = b599;
          block = 4934;
          continue dispatch;
        }
        case 4898: {
          at = 4898;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u610 = (u2 as Record<string, unknown>)["op"];
          b610 = undefined;
          u611 = u7 | 0;
          b611 = undefined;
          u612 = __metajit_G.asFloat("getarrayitem_imm", (u610 as ArrayLike<unknown>)[u611], "[any]");
          b612 = undefined;
          at = 4916;
          b593 = rec.record("call", [__metajit_k0_70, b0!, (b612 ??= __metajit_G.float(u612)), b575!, b584!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4916, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4934;
          continue dispatch;
        }
        case 4934: {
          u613 = u8 === 0;
          b613 = undefined;
          u614 = !u613;
          b614 = undefined;
          at = 4941;
          {
            const x0 = rec.resolve(b593!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b615 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u616 = (u614 ? 1 : 0);
          b616 = undefined;
          at = 4947;
          {
            const x0 = b615!;
            const v0 = x0.value as number;
            const v = v0 === u616;
            b617 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b616 ??= __metajit_G.int(u616))], v);
          }
          at = 4951;
          {
            const x0 = b617!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b618 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4954;
          const c4954 = b618!;
          if (!c4954.isConst) rec.guard(c4954.value === true ? "guard_true" : "guard_false", [c4954], rec.snapshot(0, 4954, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b618!]));
          if (c4954.value !== true) {
            block = 4978;
            continue dispatch;
          }
          block = 4966;
          continue dispatch;
        }
        case 4966: {
          u619 = u1 + 1;
          b619 = undefined;
          u620 = u619 | 0;
          b620 = undefined;
          u1 = u620;
          b1 = undefined;
          block = 5024;
          continue dispatch;
        }
        case 4978: {
          u622 = (u2 as Record<string, unknown>)["b"];
          b622 = undefined;
          u623 = u1 | 0;
          b623 = undefined;
          u621 = __metajit_G.asFloat("getarrayitem_imm", (u622 as ArrayLike<unknown>)[u623], "[any]");
          b621 = undefined;
          u624 = u1 + 1;
          b624 = undefined;
          u625 = u624 + u621;
          b625 = undefined;
          u626 = u625 | 0;
          b626 = undefined;
          u1 = u626;
          b1 = undefined;
          u627 = u621 < 0;
          b627 = undefined;
          if (!u627) {
            block = 5024;
            continue dispatch;
          }
          block = 5022;
          continue dispatch;
        }
        case 5022: {
          block = 5024;
          continue dispatch;
        }
        case 5024: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 5026: {
          u629 = u8 | 0;
          b629 = undefined;
          at = 5029;
          b628 = rec.record("getarrayitem", [b4!, (b629 ??= __metajit_G.int(u629))], __metajit_o0);
          at = 5035;
          {
            const x0 = rec.resolve(b628!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b630 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5039;
          {
            const x0 = b630!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b631 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b632 = b631;
          at = 5045;
          const c5045 = b631!;
          if (!c5045.isConst) rec.guard(c5045.value === true ? "guard_true" : "guard_false", [c5045], rec.snapshot(0, 5045, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), b628!, b631!, b632!]));
          if (c5045.value !== true) {
            block = 5070;
            continue dispatch;
          }
          block = 5060;
          continue dispatch;
        }
        case 5060: {
          at = 5060;
          {
            const x0 = rec.resolve(b628!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_60.value;
            b633 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_60], v);
          }
          at = 5064;
          {
            const x0 = b633!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b634 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b632 = b634;
          block = 5070;
          continue dispatch;
        }
        case 5070: {
          u635 = (u2 as Record<string, unknown>)["c"];
          b635 = undefined;
          u636 = u7 | 0;
          b636 = undefined;
          u637 = __metajit_G.asFloat("getarrayitem_imm", (u635 as ArrayLike<unknown>)[u636], "[any]");
          b637 = undefined;
          u638 = u637 === 0;
          b638 = undefined;
          u639 = !u638;
          b639 = undefined;
          at = 5091;
          {
            const x0 = rec.resolve(b632!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b640 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u641 = (u639 ? 1 : 0);
          b641 = undefined;
          at = 5097;
          {
            const x0 = b640!;
            const v0 = x0.value as number;
            const v = v0 === u641;
            b642 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b641 ??= __metajit_G.int(u641))], v);
          }
          at = 5101;
          {
            const x0 = b642!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b643 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5104;
          const c5104 = b643!;
          if (!c5104.isConst) rec.guard(c5104.value === true ? "guard_true" : "guard_false", [c5104], rec.snapshot(0, 5104, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b643!]));
          if (c5104.value !== true) {
            block = 5128;
            continue dispatch;
          }
          block = 5116;
          continue dispatch;
        }
        case 5116: {
          u644 = u1 + 1;
          b644 = undefined;
          u645 = u644 | 0;
          b645 = undefined;
          u1 = u645;
          b1 = undefined;
          block = 5174;
          continue dispatch;
        }
        case 5128: {
          u647 = (u2 as Record<string, unknown>)["b"];
          b647 = undefined;
          u648 = u1 | 0;
          b648 = undefined;
          u646 = __metajit_G.asFloat("getarrayitem_imm", (u647 as ArrayLike<unknown>)[u648], "[any]");
          b646 = undefined;
          u649 = u1 + 1;
          b649 = undefined;
          u650 = u649 + u646;
          b650 = undefined;
          u651 = u650 | 0;
          b651 = undefined;
          u1 = u651;
          b1 = undefined;
          u652 = u646 < 0;
          b652 = undefined;
          if (!u652) {
            block = 5174;
            continue dispatch;
          }
          block = 5172;
          continue dispatch;
        }
        case 5172: {
          block = 5174;
          continue dispatch;
        }
        case 5174: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 5176: {
          u654 = (u2 as Record<string, unknown>)["b"];
          b654 = undefined;
          u655 = u7 | 0;
          b655 = undefined;
          u656 = __metajit_G.asFloat("getarrayitem_imm", (u654 as ArrayLike<unknown>)[u655], "[any]");
          b656 = undefined;
          u657 = u656 | 0;
          b657 = undefined;
          at = 5193;
          b653 = rec.record("getarrayitem", [b4!, (b657 ??= __metajit_G.int(u657))], __metajit_o0);
          at = 5199;
          {
            const x0 = rec.resolve(b653!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b658 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5203;
          {
            const x0 = b658!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b659 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b660 = b659;
          at = 5209;
          const c5209 = b659!;
          if (!c5209.isConst) rec.guard(c5209.value === true ? "guard_true" : "guard_false", [c5209], rec.snapshot(0, 5209, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b653!, b659!, b660!]));
          if (c5209.value !== true) {
            block = 5235;
            continue dispatch;
          }
          block = 5225;
          continue dispatch;
        }
        case 5225: {
          at = 5225;
          {
            const x0 = rec.resolve(b653!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_60.value;
            b661 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_60], v);
          }
          at = 5229;
          {
            const x0 = b661!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b662 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b660 = b662;
          block = 5235;
          continue dispatch;
        }
        case 5235: {
          u663 = (u2 as Record<string, unknown>)["c"];
          b663 = undefined;
          u664 = u7 | 0;
          b664 = undefined;
          u665 = __metajit_G.asFloat("getarrayitem_imm", (u663 as ArrayLike<unknown>)[u664], "[any]");
          b665 = undefined;
          u666 = u665 === 0;
          b666 = undefined;
          u667 = !u666;
          b667 = undefined;
          at = 5256;
          {
            const x0 = rec.resolve(b660!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b668 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u669 = (u667 ? 1 : 0);
          b669 = undefined;
          at = 5262;
          {
            const x0 = b668!;
            const v0 = x0.value as number;
            const v = v0 === u669;
            b670 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b669 ??= __metajit_G.int(u669))], v);
          }
          at = 5266;
          const c5266 = b670!;
          if (!c5266.isConst) rec.guard(c5266.value === true ? "guard_true" : "guard_false", [c5266], rec.snapshot(0, 5266, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b653!, b670!]));
          if (c5266.value !== true) {
            block = 5336;
            continue dispatch;
          }
          block = 5280;
          continue dispatch;
        }
        case 5280: {
          u671 = u8 | 0;
          b671 = undefined;
          at = 5283;
          rec.record("setarrayitem", [b4!, (b671 ??= __metajit_G.int(u671)), b653!], __metajit_o1);
          u673 = (u2 as Record<string, unknown>)["b"];
          b673 = undefined;
          u674 = u1 | 0;
          b674 = undefined;
          u672 = __metajit_G.asFloat("getarrayitem_imm", (u673 as ArrayLike<unknown>)[u674], "[any]");
          b672 = undefined;
          u675 = u1 + 1;
          b675 = undefined;
          u676 = u675 + u672;
          b676 = undefined;
          u677 = u676 | 0;
          b677 = undefined;
          u1 = u677;
          b1 = undefined;
          u678 = u672 < 0;
          b678 = undefined;
          if (!u678) {
            block = 5334;
            continue dispatch;
          }
          block = 5332;
          continue dispatch;
        }
        case 5332: {
          block = 5334;
          continue dispatch;
        }
        case 5334: {
          block = 5346;
          continue dispatch;
        }
        case 5336: {
          u679 = u1 + 1;
          b679 = undefined;
          u680 = u679 | 0;
          b680 = undefined;
          u1 = u680;
          b1 = undefined;
          block = 5346;
          continue dispatch;
        }
        case 5346: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 5348: {
          u682 = (u2 as Record<string, unknown>)["b"];
          b682 = undefined;
          u683 = u7 | 0;
          b683 = undefined;
          u681 = __metajit_G.asFloat("getarrayitem_imm", (u682 as ArrayLike<unknown>)[u683], "[any]");
          b681 = undefined;
          u685 = (u2 as Record<string, unknown>)["c"];
          b685 = undefined;
          u686 = u7 | 0;
          b686 = undefined;
          u687 = __metajit_G.asFloat("getarrayitem_imm", (u685 as ArrayLike<unknown>)[u686], "[any]");
          b687 = undefined;
          u684 = u687 - 1;
          b684 = undefined;
          u690 = u681 === 0;
          b690 = undefined;
          u691 = !u690;
          b691 = undefined;
          if (!u691) {
            block = 5411;
            continue dispatch;
          }
          block = 5402;
          continue dispatch;
        }
        case 5402: {
          u692 = u681 - 1;
          b692 = undefined;
          u689 = u692;
          b689 = b692;
          b689 ??= __metajit_G.float(u689);
          block = 5427;
          continue dispatch;
        }
        case 5411: {
          at = 5411;
          b693 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5416;
          {
            const x0 = rec.resolve(b693!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b694 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5420;
          {
            const x0 = b694!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b695 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b689 = b695;
          block = 5427;
          continue dispatch;
        }
        case 5427: {
          b688 = b689;
          u697 = u8 | 0;
          b697 = undefined;
          at = 5433;
          b696 = rec.record("getarrayitem", [b4!, (b697 ??= __metajit_G.int(u697))], __metajit_o0);
          at = 5439;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5443;
          {
            const x0 = rec.resolve(b696!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_72.value as Function);
            b698 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_72], v);
          }
          at = 5447;
          {
            const x0 = b698!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b699 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5450;
          const c5450 = b699!;
          if (!c5450.isConst) rec.guard(c5450.value === true ? "guard_true" : "guard_false", [c5450], rec.snapshot(0, 5450, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b688!, b696!, b699!]));
          if (c5450.value !== true) {
            block = 5493;
            continue dispatch;
          }
          block = 5466;
          continue dispatch;
        }
        case 5466: {
          at = 5466;
          b696 = rec.record("call", [__metajit_k0_73, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b688!, b696!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5466, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b688!]) });
          at = 5487;
          {
            const x0 = rec.resolve(b688!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b688 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5493;
          continue dispatch;
        }
        case 5493: {
          at = 5493;
          {
            const x0 = rec.resolve(b696!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_74.value as Function);
            b700 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_74], v);
          }
          at = 5497;
          const c5497 = b700!;
          if (!c5497.isConst) rec.guard(c5497.value === true ? "guard_true" : "guard_false", [c5497], rec.snapshot(0, 5497, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b688!, b696!, b700!]));
          if (c5497.value !== true) {
            block = 5551;
            continue dispatch;
          }
          block = 5513;
          continue dispatch;
        }
        case 5513: {
          u702 = u8 + 1;
          b702 = undefined;
          at = 5517;
          rec.enterFrame(0, 5517, [b0!, b5!, b6!], 11);
          b701 = __metajit_trace_11_208(rec, b0!, b5!, b696!, b4!, u702, b688!, u8, u684);
          rec.leaveFrame();
          b3 = b701;
          at = 5536;
          b2 = rec.record("getfield_imm", [b701!], __metajit_o10);
          at = 5541;
          b4 = rec.record("getfield_imm", [b701!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5818;
          continue dispatch;
        }
        case 5551: {
          u704 = u8 + 1;
          b704 = undefined;
          u705 = u8 + 1;
          b705 = undefined;
          at = 5559;
          {
            const x1 = rec.resolve(b688!);
            const v1 = x1.value as number;
            const v = u705 + v1;
            b706 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b705 ??= __metajit_G.float(u705)), x1], v);
          }
          at = 5563;
          b707 = rec.record("call", [__metajit_k0_77, b4!, (b704 ??= __metajit_G.float(u704)), b706!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5563, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b696!]) });
          at = 5582;
          b703 = rec.record("call", [__metajit_k0_76, b0!, b5!, b696!, b707!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5582, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684))]) });
          at = 5601;
          b708 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5606;
          const c5606 = rec.resolve(b708!);
          if (!c5606.isConst) rec.guard(c5606.value === true ? "guard_true" : "guard_false", [c5606], rec.snapshot(0, 5606, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b703!, b708!]));
          if (c5606.value !== true) {
            block = 5644;
            continue dispatch;
          }
          block = 5621;
          continue dispatch;
        }
        case 5621: {
          at = 5621;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5625;
          rec.record("setfield", [b5!, (b684 ??= __metajit_G.float(u684))], __metajit_o13);
          at = 5629;
          b709 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5634;
          {
            const x0 = rec.resolve(b709!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b710 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5638;
          rec.record("setfield", [b5!, b710!], __metajit_o15);
          return b703!;
        }
        case 5644: {
          at = 5644;
          b711 = rec.record("arraylen", [b703!], __metajit_o1);
          u712 = u684 < 0;
          b712 = undefined;
          if (!u712) {
            block = 5734;
            continue dispatch;
          }
          block = 5668;
          continue dispatch;
        }
        case 5668: {
          u713 = 0;
          b713 = __metajit_k0_8;
          block = 5671;
          continue dispatch;
        }
        case 5671: {
          at = 5671;
          {
            const x0 = rec.resolve(b711!);
            const v0 = x0.value as number;
            const v = v0;
            b714 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5674;
          {
            const x1 = b714!;
            const v1 = x1.value as number;
            const v = u713 < v1;
            b715 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b713 ??= __metajit_G.float(u713)), x1], v);
          }
          at = 5678;
          const c5678 = b715!;
          if (!c5678.isConst) rec.guard(c5678.value === true ? "guard_true" : "guard_false", [c5678], rec.snapshot(0, 5678, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b703!, b711!, (b713 ??= __metajit_G.float(u713)), b715!]));
          if (c5678.value !== true) {
            block = 5721;
            continue dispatch;
          }
          block = 5694;
          continue dispatch;
        }
        case 5694: {
          u716 = u8 + u713;
          b716 = undefined;
          u717 = u716 | 0;
          b717 = undefined;
          u718 = u713 | 0;
          b718 = undefined;
          at = 5704;
          b719 = rec.record("getarrayitem", [b703!, (b718 ??= __metajit_G.int(u718))], __metajit_o0);
          at = 5710;
          rec.record("setarrayitem", [b4!, (b717 ??= __metajit_G.int(u717)), b719!], __metajit_o1);
          u713 = u713 + 1;
          b713 = undefined;
          block = 5671;
          continue dispatch;
        }
        case 5721: {
          at = 5721;
          {
            const x0 = rec.resolve(b711!);
            const v0 = x0.value as number;
            const v = v0;
            b720 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5724;
          {
            const x1 = b720!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b721 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5728;
          rec.record("setfield", [b3!, b721!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5818;
          continue dispatch;
        }
        case 5734: {
          u722 = 0;
          b722 = __metajit_k0_8;
          block = 5737;
          continue dispatch;
        }
        case 5737: {
          u723 = u722 < u684;
          b723 = undefined;
          if (!u723) {
            b2 ??= __metajit_G.ref(u2);
            block = 5818;
            continue dispatch;
          }
          block = 5758;
          continue dispatch;
        }
        case 5758: {
          u724 = u8 + u722;
          b724 = undefined;
          u725 = u724 | 0;
          b725 = undefined;
          at = 5765;
          {
            const x0 = rec.resolve(b711!);
            const v0 = x0.value as number;
            const v = v0;
            b727 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5768;
          {
            const x1 = b727!;
            const v1 = x1.value as number;
            const v = u722 < v1;
            b728 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b722 ??= __metajit_G.float(u722)), x1], v);
          }
          at = 5772;
          const c5772 = b728!;
          if (!c5772.isConst) rec.guard(c5772.value === true ? "guard_true" : "guard_false", [c5772], rec.snapshot(0, 5772, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b684 ??= __metajit_G.float(u684)), b703!, b711!, (b722 ??= __metajit_G.float(u722)), (b725 ??= __metajit_G.int(u725)), b728!]));
          if (c5772.value !== true) {
            block = 5804;
            continue dispatch;
          }
          block = 5790;
          continue dispatch;
        }
        case 5790: {
          u729 = u722 | 0;
          b729 = undefined;
          at = 5793;
          b730 = rec.record("getarrayitem", [b703!, (b729 ??= __metajit_G.int(u729))], __metajit_o0);
          b726 = b730;
          block = 5807;
          continue dispatch;
        }
        case 5804: {
          u726 = __metajit_k0_10.value;
          b726 = __metajit_k0_10;
          b726 ??= __metajit_G.ref(u726);
          block = 5807;
          continue dispatch;
        }
        case 5807: {
          at = 5807;
          rec.record("setarrayitem", [b4!, (b725 ??= __metajit_G.int(u725)), b726!], __metajit_o1);
          u722 = u722 + 1;
          b722 = undefined;
          block = 5737;
          continue dispatch;
        }
        case 5818: {
          b1 ??= __metajit_G.float(u1);
          block = 7512;
          continue dispatch;
        }
        case 5820: {
          u732 = (u2 as Record<string, unknown>)["b"];
          b732 = undefined;
          u733 = u7 | 0;
          b733 = undefined;
          u731 = __metajit_G.asFloat("getarrayitem_imm", (u732 as ArrayLike<unknown>)[u733], "[any]");
          b731 = undefined;
          u736 = u731 === 0;
          b736 = undefined;
          u737 = !u736;
          b737 = undefined;
          if (!u737) {
            block = 5864;
            continue dispatch;
          }
          block = 5855;
          continue dispatch;
        }
        case 5855: {
          u738 = u731 - 1;
          b738 = undefined;
          u735 = u738;
          b735 = b738;
          b735 ??= __metajit_G.float(u735);
          block = 5880;
          continue dispatch;
        }
        case 5864: {
          at = 5864;
          b739 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5869;
          {
            const x0 = rec.resolve(b739!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b740 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5873;
          {
            const x0 = b740!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b741 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b735 = b741;
          block = 5880;
          continue dispatch;
        }
        case 5880: {
          b734 = b735;
          u743 = u8 | 0;
          b743 = undefined;
          at = 5886;
          b742 = rec.record("getarrayitem", [b4!, (b743 ??= __metajit_G.int(u743))], __metajit_o0);
          at = 5892;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5896;
          {
            const x0 = rec.resolve(b742!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_82.value as Function);
            b744 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_82], v);
          }
          at = 5900;
          {
            const x0 = b744!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b745 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5903;
          const c5903 = b745!;
          if (!c5903.isConst) rec.guard(c5903.value === true ? "guard_true" : "guard_false", [c5903], rec.snapshot(0, 5903, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b734!, b742!, b745!]));
          if (c5903.value !== true) {
            block = 5944;
            continue dispatch;
          }
          block = 5918;
          continue dispatch;
        }
        case 5918: {
          at = 5918;
          b742 = rec.record("call", [__metajit_k0_83, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b734!, b742!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5918, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b734!]) });
          at = 5938;
          {
            const x0 = rec.resolve(b734!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b734 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5944;
          continue dispatch;
        }
        case 5944: {
          at = 5944;
          {
            const x0 = rec.resolve(b742!);
            const v0 = x0.value;
            const v = (v0 as object) instanceof (__metajit_k0_84.value as Function);
            b746 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("instance_of", [x0, __metajit_k0_84], v);
          }
          at = 5948;
          const c5948 = b746!;
          if (!c5948.isConst) rec.guard(c5948.value === true ? "guard_true" : "guard_false", [c5948], rec.snapshot(0, 5948, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b734!, b742!, b746!]));
          if (c5948.value !== true) {
            block = 6044;
            continue dispatch;
          }
          block = 5963;
          continue dispatch;
        }
        case 5963: {
          at = 5963;
          b747 = rec.record("getfield", [b3!], __metajit_o17);
          at = 5968;
          {
            const x0 = rec.resolve(b747!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b748 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5972;
          {
            const x0 = b748!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b749 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5975;
          const c5975 = b749!;
          if (!c5975.isConst) rec.guard(c5975.value === true ? "guard_true" : "guard_false", [c5975], rec.snapshot(0, 5975, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b734!, b742!, b749!]));
          if (c5975.value !== true) {
            block = 6007;
            continue dispatch;
          }
          block = 5988;
          continue dispatch;
        }
        case 5988: {
          at = 5988;
          rec.record("call", [__metajit_k0_86, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 5988, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b734!, b742!]) });
          block = 6007;
          continue dispatch;
        }
        case 6007: {
          u751 = u8 + 1;
          b751 = undefined;
          at = 6011;
          rec.enterFrame(0, 6011, [b0!, b5!, b6!], 12);
          b750 = __metajit_trace_12_16(rec, b0!, b5!, b742!, b4!, u751, b734!, b3!);
          rec.leaveFrame();
          b3 = b750;
          at = 6029;
          b2 = rec.record("getfield_imm", [b750!], __metajit_o10);
          at = 6034;
          b4 = rec.record("getfield_imm", [b750!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 6202;
          continue dispatch;
        }
        case 6044: {
          u753 = u8 + 1;
          b753 = undefined;
          u754 = u8 + 1;
          b754 = undefined;
          at = 6052;
          {
            const x1 = rec.resolve(b734!);
            const v1 = x1.value as number;
            const v = u754 + v1;
            b755 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b754 ??= __metajit_G.float(u754)), x1], v);
          }
          at = 6056;
          b756 = rec.record("call", [__metajit_k0_88, b4!, (b753 ??= __metajit_G.float(u753)), b755!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6056, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b742!]) });
          at = 6074;
          b752 = rec.record("call", [__metajit_k0_87, b0!, b5!, b742!, b756!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6074, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          at = 6092;
          b757 = rec.record("getfield", [b5!], __metajit_o11);
          at = 6097;
          const c6097 = rec.resolve(b757!);
          if (!c6097.isConst) rec.guard(c6097.value === true ? "guard_true" : "guard_false", [c6097], rec.snapshot(0, 6097, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b752!, b757!]));
          if (c6097.value !== true) {
            block = 6134;
            continue dispatch;
          }
          block = 6111;
          continue dispatch;
        }
        case 6111: {
          at = 6111;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 6115;
          rec.record("setfield", [b5!, __metajit_k0_20], __metajit_o13);
          at = 6119;
          b758 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6124;
          {
            const x0 = rec.resolve(b758!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b759 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 6128;
          rec.record("setfield", [b5!, b759!], __metajit_o15);
          return b752!;
        }
        case 6134: {
          at = 6134;
          b760 = rec.record("arraylen", [b752!], __metajit_o1);
          u761 = 0;
          b761 = __metajit_k0_8;
          block = 6141;
          continue dispatch;
        }
        case 6141: {
          at = 6141;
          {
            const x0 = rec.resolve(b760!);
            const v0 = x0.value as number;
            const v = v0;
            b762 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6144;
          {
            const x1 = b762!;
            const v1 = x1.value as number;
            const v = u761 < v1;
            b763 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b761 ??= __metajit_G.float(u761)), x1], v);
          }
          at = 6148;
          const c6148 = b763!;
          if (!c6148.isConst) rec.guard(c6148.value === true ? "guard_true" : "guard_false", [c6148], rec.snapshot(0, 6148, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b752!, b760!, (b761 ??= __metajit_G.float(u761)), b763!]));
          if (c6148.value !== true) {
            block = 6191;
            continue dispatch;
          }
          block = 6164;
          continue dispatch;
        }
        case 6164: {
          u764 = u8 + u761;
          b764 = undefined;
          u765 = u764 | 0;
          b765 = undefined;
          u766 = u761 | 0;
          b766 = undefined;
          at = 6174;
          b767 = rec.record("getarrayitem", [b752!, (b766 ??= __metajit_G.int(u766))], __metajit_o0);
          at = 6180;
          rec.record("setarrayitem", [b4!, (b765 ??= __metajit_G.int(u765)), b767!], __metajit_o1);
          u761 = u761 + 1;
          b761 = undefined;
          block = 6141;
          continue dispatch;
        }
        case 6191: {
          at = 6191;
          {
            const x0 = rec.resolve(b760!);
            const v0 = x0.value as number;
            const v = v0;
            b768 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6194;
          {
            const x1 = b768!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b769 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6198;
          rec.record("setfield", [b3!, b769!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 6202;
          continue dispatch;
        }
        case 6202: {
          b1 ??= __metajit_G.float(u1);
          block = 7512;
          continue dispatch;
        }
        case 6204: {
          u771 = (u2 as Record<string, unknown>)["b"];
          b771 = undefined;
          u772 = u7 | 0;
          b772 = undefined;
          u770 = __metajit_G.asFloat("getarrayitem_imm", (u771 as ArrayLike<unknown>)[u772], "[any]");
          b770 = undefined;
          u775 = u770 === 0;
          b775 = undefined;
          u776 = !u775;
          b776 = undefined;
          if (!u776) {
            block = 6246;
            continue dispatch;
          }
          block = 6237;
          continue dispatch;
        }
        case 6237: {
          u777 = u770 - 1;
          b777 = undefined;
          u774 = u777;
          b774 = b777;
          b774 ??= __metajit_G.float(u774);
          block = 6258;
          continue dispatch;
        }
        case 6246: {
          at = 6246;
          b778 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6251;
          {
            const x0 = rec.resolve(b778!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b779 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          b774 = b779;
          block = 6258;
          continue dispatch;
        }
        case 6258: {
          b773 = b774;
          at = 6261;
          b780 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6266;
          {
            const x0 = rec.resolve(b780!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b781 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6270;
          {
            const x0 = b781!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b782 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6273;
          const c6273 = b782!;
          if (!c6273.isConst) rec.guard(c6273.value === true ? "guard_true" : "guard_false", [c6273], rec.snapshot(0, 6273, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b782!]));
          if (c6273.value !== true) {
            block = 6303;
            continue dispatch;
          }
          block = 6285;
          continue dispatch;
        }
        case 6285: {
          at = 6285;
          rec.record("call", [__metajit_k0_89, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6285, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!]) });
          block = 6303;
          continue dispatch;
        }
        case 6303: {
          at = 6303;
          b784 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6308;
          {
            const x0 = rec.resolve(b784!);
            const v0 = x0.value as number;
            const v = v0 - 1;
            b783 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6312;
          rec.record("setfield", [b5!, b783!], __metajit_o15);
          at = 6316;
          {
            const x0 = b783!;
            const v0 = x0.value as number;
            const x1 = rec.resolve(b6!);
            const v1 = x1.value as number;
            const v = v0 === v1;
            b785 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          at = 6320;
          const c6320 = b785!;
          if (!c6320.isConst) rec.guard(c6320.value === true ? "guard_true" : "guard_false", [c6320], rec.snapshot(0, 6320, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b783!, b785!]));
          if (c6320.value !== true) {
            block = 6348;
            continue dispatch;
          }
          block = 6333;
          continue dispatch;
        }
        case 6333: {
          at = 6333;
          {
            const x1 = rec.resolve(b773!);
            const v1 = x1.value as number;
            const v = u8 + v1;
            b786 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6337;
          b787 = rec.record("call", [__metajit_k0_90, b4!, (b8 ??= __metajit_G.float(u8)), b786!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6337, []) });
          return b787!;
        }
        case 6348: {
          at = 6348;
          b789 = rec.record("getfield", [b5!], __metajit_o18);
          at = 6353;
          {
            const x0 = b783!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b790 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6357;
          {
            const x0 = b790!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b791 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6360;
          b788 = rec.record("getarrayitem", [b789!, b791!], __metajit_o0);
          at = 6366;
          b792 = rec.record("getfield_imm", [b788!], __metajit_o4);
          at = 6371;
          b793 = rec.record("getfield_imm", [b3!], __metajit_o19);
          at = 6376;
          b794 = rec.record("getfield_imm", [b3!], __metajit_o20);
          at = 6381;
          {
            const x0 = rec.resolve(b794!);
            const v0 = x0.value as number;
            const v = v0 < 0;
            b795 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k0_8], v);
          }
          at = 6385;
          const c6385 = b795!;
          if (!c6385.isConst) rec.guard(c6385.value === true ? "guard_true" : "guard_false", [c6385], rec.snapshot(0, 6385, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b788!, b792!, b793!, b794!, b795!]));
          if (c6385.value !== true) {
            block = 6463;
            continue dispatch;
          }
          block = 6400;
          continue dispatch;
        }
        case 6400: {
          u796 = 0;
          b796 = __metajit_k0_8;
          block = 6403;
          continue dispatch;
        }
        case 6403: {
          at = 6403;
          {
            const x1 = rec.resolve(b773!);
            const v1 = x1.value as number;
            const v = u796 < v1;
            b797 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b796 ??= __metajit_G.float(u796)), x1], v);
          }
          at = 6407;
          const c6407 = b797!;
          if (!c6407.isConst) rec.guard(c6407.value === true ? "guard_true" : "guard_false", [c6407], rec.snapshot(0, 6407, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b788!, b792!, b793!, (b796 ??= __metajit_G.float(u796)), b797!]));
          if (c6407.value !== true) {
            block = 6453;
            continue dispatch;
          }
          block = 6422;
          continue dispatch;
        }
        case 6422: {
          at = 6422;
          {
            const x0 = rec.resolve(b793!);
            const v0 = x0.value as number;
            const v = v0 + u796;
            b798 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b796 ??= __metajit_G.float(u796))], v);
          }
          at = 6426;
          {
            const x0 = b798!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b799 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u800 = u8 + u796;
          b800 = undefined;
          u801 = u800 | 0;
          b801 = undefined;
          at = 6436;
          b802 = rec.record("getarrayitem", [b4!, (b801 ??= __metajit_G.int(u801))], __metajit_o0);
          at = 6442;
          rec.record("setarrayitem", [b792!, b799!, b802!], __metajit_o1);
          u796 = u796 + 1;
          b796 = undefined;
          block = 6403;
          continue dispatch;
        }
        case 6453: {
          at = 6453;
          {
            const x0 = rec.resolve(b793!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b773!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b803 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 6457;
          rec.record("setfield", [b788!, b803!], __metajit_o16);
          block = 6546;
          continue dispatch;
        }
        case 6463: {
          u804 = 0;
          b804 = __metajit_k0_8;
          block = 6466;
          continue dispatch;
        }
        case 6466: {
          at = 6466;
          {
            const x1 = rec.resolve(b794!);
            const v1 = x1.value as number;
            const v = u804 < v1;
            b805 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b804 ??= __metajit_G.float(u804)), x1], v);
          }
          at = 6470;
          const c6470 = b805!;
          if (!c6470.isConst) rec.guard(c6470.value === true ? "guard_true" : "guard_false", [c6470], rec.snapshot(0, 6470, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b788!, b792!, b793!, b794!, (b804 ??= __metajit_G.float(u804)), b805!]));
          if (c6470.value !== true) {
            block = 6546;
            continue dispatch;
          }
          block = 6486;
          continue dispatch;
        }
        case 6486: {
          at = 6486;
          {
            const x0 = rec.resolve(b793!);
            const v0 = x0.value as number;
            const v = v0 + u804;
            b806 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b804 ??= __metajit_G.float(u804))], v);
          }
          at = 6490;
          {
            const x0 = b806!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b807 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6493;
          {
            const x1 = rec.resolve(b773!);
            const v1 = x1.value as number;
            const v = u804 < v1;
            b809 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b804 ??= __metajit_G.float(u804)), x1], v);
          }
          at = 6497;
          const c6497 = b809!;
          if (!c6497.isConst) rec.guard(c6497.value === true ? "guard_true" : "guard_false", [c6497], rec.snapshot(0, 6497, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b773!, b788!, b792!, b793!, b794!, (b804 ??= __metajit_G.float(u804)), b807!, b809!]));
          if (c6497.value !== true) {
            block = 6532;
            continue dispatch;
          }
          block = 6514;
          continue dispatch;
        }
        case 6514: {
          u810 = u8 + u804;
          b810 = undefined;
          u811 = u810 | 0;
          b811 = undefined;
          at = 6521;
          b812 = rec.record("getarrayitem", [b4!, (b811 ??= __metajit_G.int(u811))], __metajit_o0);
          b808 = b812;
          block = 6535;
          continue dispatch;
        }
        case 6532: {
          u808 = __metajit_k0_10.value;
          b808 = __metajit_k0_10;
          b808 ??= __metajit_G.ref(u808);
          block = 6535;
          continue dispatch;
        }
        case 6535: {
          at = 6535;
          rec.record("setarrayitem", [b792!, b807!, b808!], __metajit_o1);
          u804 = u804 + 1;
          b804 = undefined;
          block = 6466;
          continue dispatch;
        }
        case 6546: {
          b3 = b788;
          at = 6549;
          b2 = rec.record("getfield_imm", [b788!], __metajit_o10);
          b4 = b792;
          at = 6557;
          b1 = rec.record("getfield", [b788!], __metajit_o21);
          block = 7512;
          continue dispatch;
        }
        case 6564: {
          u814 = u8 + 2;
          b814 = undefined;
          u815 = u814 | 0;
          b815 = undefined;
          at = 6571;
          b816 = rec.record("getarrayitem", [b4!, (b815 ??= __metajit_G.int(u815))], __metajit_o0);
          at = 6577;
          {
            const x0 = rec.resolve(b816!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b813 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u818 = u8 | 0;
          b818 = undefined;
          at = 6583;
          b819 = rec.record("getarrayitem", [b4!, (b818 ??= __metajit_G.int(u818))], __metajit_o0);
          at = 6589;
          {
            const x0 = rec.resolve(b819!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b820 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6592;
          {
            const x0 = b820!;
            const v0 = x0.value as number;
            const x1 = b813!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b817 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          u822 = u8 + 1;
          b822 = undefined;
          u823 = u822 | 0;
          b823 = undefined;
          at = 6603;
          b824 = rec.record("getarrayitem", [b4!, (b823 ??= __metajit_G.int(u823))], __metajit_o0);
          at = 6609;
          {
            const x0 = rec.resolve(b824!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b821 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6612;
          {
            const x0 = b813!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b826 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k0_8], v);
          }
          at = 6616;
          const c6616 = b826!;
          if (!c6616.isConst) rec.guard(c6616.value === true ? "guard_true" : "guard_false", [c6616], rec.snapshot(0, 6616, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b817!, b821!, b826!]));
          if (c6616.value !== true) {
            block = 6641;
            continue dispatch;
          }
          block = 6632;
          continue dispatch;
        }
        case 6632: {
          at = 6632;
          {
            const x0 = b817!;
            const v0 = x0.value as number;
            const x1 = b821!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b827 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b825 = b827;
          block = 6648;
          continue dispatch;
        }
        case 6641: {
          at = 6641;
          {
            const x0 = b821!;
            const v0 = x0.value as number;
            const x1 = b817!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b828 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b825 = b828;
          block = 6648;
          continue dispatch;
        }
        case 6648: {
          at = 6648;
          const c6648 = rec.resolve(b825!);
          if (!c6648.isConst) rec.guard(c6648.value === true ? "guard_true" : "guard_false", [c6648], rec.snapshot(0, 6648, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b817!, b825!]));
          if (c6648.value !== true) {
            block = 6715;
            continue dispatch;
          }
          block = 6663;
          continue dispatch;
        }
        case 6663: {
          u829 = (u2 as Record<string, unknown>)["b"];
          b829 = undefined;
          u830 = u7 | 0;
          b830 = undefined;
          u831 = __metajit_G.asFloat("getarrayitem_imm", (u829 as ArrayLike<unknown>)[u830], "[any]");
          b831 = undefined;
          u832 = u1 + u831;
          b832 = undefined;
          u833 = u832 | 0;
          b833 = undefined;
          u1 = u833;
          b1 = undefined;
          u834 = u8 | 0;
          b834 = undefined;
          at = 6690;
          {
            const x0 = rec.resolve(b817!);
            const v0 = x0.value as number;
            const v = v0;
            b835 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6693;
          rec.record("setarrayitem", [b4!, (b834 ??= __metajit_G.int(u834)), b835!], __metajit_o1);
          u836 = u8 + 3;
          b836 = undefined;
          u837 = u836 | 0;
          b837 = undefined;
          at = 6705;
          {
            const x0 = rec.resolve(b817!);
            const v0 = x0.value as number;
            const v = v0;
            b838 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6708;
          rec.record("setarrayitem", [b4!, (b837 ??= __metajit_G.int(u837)), b838!], __metajit_o1);
          block = 6715;
          continue dispatch;
        }
        case 6715: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 6717: {
          u840 = u8 | 0;
          b840 = undefined;
          at = 6720;
          b839 = rec.record("getarrayitem", [b4!, (b840 ??= __metajit_G.int(u840))], __metajit_o0);
          u842 = u8 + 1;
          b842 = undefined;
          u843 = u842 | 0;
          b843 = undefined;
          at = 6733;
          b841 = rec.record("getarrayitem", [b4!, (b843 ??= __metajit_G.int(u843))], __metajit_o0);
          u845 = u8 + 2;
          b845 = undefined;
          u846 = u845 | 0;
          b846 = undefined;
          at = 6746;
          b844 = rec.record("getarrayitem", [b4!, (b846 ??= __metajit_G.int(u846))], __metajit_o0);
          at = 6752;
          {
            const x0 = rec.resolve(b839!);
            const v0 = x0.value;
            const v = typeof v0;
            b847 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6755;
          {
            const x0 = b847!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b848 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6759;
          {
            const x0 = b848!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b849 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6762;
          {
            const x0 = b849!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b850 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b851 = b849;
          at = 6768;
          const c6768 = b850!;
          if (!c6768.isConst) rec.guard(c6768.value === true ? "guard_true" : "guard_false", [c6768], rec.snapshot(0, 6768, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b841!, b844!, b850!, b851!]));
          if (c6768.value !== true) {
            block = 6798;
            continue dispatch;
          }
          block = 6785;
          continue dispatch;
        }
        case 6785: {
          at = 6785;
          {
            const x0 = rec.resolve(b841!);
            const v0 = x0.value;
            const v = typeof v0;
            b852 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6788;
          {
            const x0 = b852!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b853 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6792;
          {
            const x0 = b853!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b854 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b851 = b854;
          block = 6798;
          continue dispatch;
        }
        case 6798: {
          at = 6798;
          {
            const x0 = rec.resolve(b851!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b855 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b856 = b851;
          at = 6804;
          const c6804 = b855!;
          if (!c6804.isConst) rec.guard(c6804.value === true ? "guard_true" : "guard_false", [c6804], rec.snapshot(0, 6804, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b844!, b855!, b856!]));
          if (c6804.value !== true) {
            block = 6833;
            continue dispatch;
          }
          block = 6820;
          continue dispatch;
        }
        case 6820: {
          at = 6820;
          {
            const x0 = rec.resolve(b844!);
            const v0 = x0.value;
            const v = typeof v0;
            b857 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6823;
          {
            const x0 = b857!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b858 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 6827;
          {
            const x0 = b858!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b859 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b856 = b859;
          block = 6833;
          continue dispatch;
        }
        case 6833: {
          at = 6833;
          const c6833 = rec.resolve(b856!);
          if (!c6833.isConst) rec.guard(c6833.value === true ? "guard_true" : "guard_false", [c6833], rec.snapshot(0, 6833, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b856!]));
          if (c6833.value !== true) {
            block = 6871;
            continue dispatch;
          }
          block = 6847;
          continue dispatch;
        }
        case 6847: {
          at = 6847;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6851;
          rec.record("call", [__metajit_k0_98, b0!, b4!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6851, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8))]) });
          block = 6871;
          continue dispatch;
        }
        case 6871: {
          u860 = u8 | 0;
          b860 = undefined;
          u861 = u8 | 0;
          b861 = undefined;
          at = 6877;
          b862 = rec.record("getarrayitem", [b4!, (b861 ??= __metajit_G.int(u861))], __metajit_o0);
          at = 6883;
          {
            const x0 = rec.resolve(b862!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b863 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u864 = u8 + 2;
          b864 = undefined;
          u865 = u864 | 0;
          b865 = undefined;
          at = 6893;
          b866 = rec.record("getarrayitem", [b4!, (b865 ??= __metajit_G.int(u865))], __metajit_o0);
          at = 6899;
          {
            const x0 = rec.resolve(b866!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b867 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6902;
          {
            const x0 = b863!;
            const v0 = x0.value as number;
            const x1 = b867!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b868 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 6906;
          {
            const x0 = b868!;
            const v0 = x0.value as number;
            const v = v0;
            b869 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6909;
          rec.record("setarrayitem", [b4!, (b860 ??= __metajit_G.int(u860)), b869!], __metajit_o1);
          u870 = (u2 as Record<string, unknown>)["b"];
          b870 = undefined;
          u871 = u7 | 0;
          b871 = undefined;
          u872 = __metajit_G.asFloat("getarrayitem_imm", (u870 as ArrayLike<unknown>)[u871], "[any]");
          b872 = undefined;
          u873 = u1 + u872;
          b873 = undefined;
          u874 = u873 | 0;
          b874 = undefined;
          u1 = u874;
          b1 = undefined;
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 6940: {
          at = 6940;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u876 = (u2 as Record<string, unknown>)["c"];
          b876 = undefined;
          u877 = u7 | 0;
          b877 = undefined;
          u875 = __metajit_G.asFloat("getarrayitem_imm", (u876 as ArrayLike<unknown>)[u877], "[any]");
          b875 = undefined;
          at = 6958;
          rec.record("call", [__metajit_k0_99, b0!, b4!, (b8 ??= __metajit_G.float(u8)), (b875 ??= __metajit_G.float(u875))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6958, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          u879 = u8 + 3;
          b879 = undefined;
          u880 = u879 | 0;
          b880 = undefined;
          at = 6983;
          b878 = rec.record("getarrayitem", [b4!, (b880 ??= __metajit_G.int(u880))], __metajit_o0);
          at = 6989;
          {
            const x0 = rec.resolve(b878!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b881 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6993;
          {
            const x0 = b881!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b882 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6996;
          const c6996 = b882!;
          if (!c6996.isConst) rec.guard(c6996.value === true ? "guard_true" : "guard_false", [c6996], rec.snapshot(0, 6996, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b878!, b882!]));
          if (c6996.value !== true) {
            block = 7070;
            continue dispatch;
          }
          block = 7010;
          continue dispatch;
        }
        case 7010: {
          u883 = u8 + 2;
          b883 = undefined;
          u884 = u883 | 0;
          b884 = undefined;
          at = 7017;
          rec.record("setarrayitem", [b4!, (b884 ??= __metajit_G.int(u884)), b878!], __metajit_o1);
          u886 = (u2 as Record<string, unknown>)["b"];
          b886 = undefined;
          u887 = u1 | 0;
          b887 = undefined;
          u885 = __metajit_G.asFloat("getarrayitem_imm", (u886 as ArrayLike<unknown>)[u887], "[any]");
          b885 = undefined;
          u888 = u1 + 1;
          b888 = undefined;
          u889 = u888 + u885;
          b889 = undefined;
          u890 = u889 | 0;
          b890 = undefined;
          u1 = u890;
          b1 = undefined;
          u891 = u885 < 0;
          b891 = undefined;
          if (!u891) {
            block = 7068;
            continue dispatch;
          }
          block = 7066;
          continue dispatch;
        }
        case 7066: {
          block = 7068;
          continue dispatch;
        }
        case 7068: {
          block = 7080;
          continue dispatch;
        }
        case 7070: {
          u892 = u1 + 1;
          b892 = undefined;
          u893 = u892 | 0;
          b893 = undefined;
          u1 = u893;
          b1 = undefined;
          block = 7080;
          continue dispatch;
        }
        case 7080: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 7082: {
          u895 = (u2 as Record<string, unknown>)["b"];
          b895 = undefined;
          u896 = u7 | 0;
          b896 = undefined;
          u894 = __metajit_G.asFloat("getarrayitem_imm", (u895 as ArrayLike<unknown>)[u896], "[any]");
          b894 = undefined;
          u899 = u894 === 0;
          b899 = undefined;
          u900 = !u899;
          b900 = undefined;
          if (!u900) {
            block = 7123;
            continue dispatch;
          }
          block = 7118;
          continue dispatch;
        }
        case 7118: {
          u898 = u894;
          b898 = b894;
          b898 ??= __metajit_G.float(u898);
          block = 7139;
          continue dispatch;
        }
        case 7123: {
          at = 7123;
          b901 = rec.record("getfield", [b3!], __metajit_o9);
          at = 7128;
          {
            const x0 = rec.resolve(b901!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b902 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 7132;
          {
            const x0 = b902!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b903 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b898 = b903;
          block = 7139;
          continue dispatch;
        }
        case 7139: {
          b897 = b898;
          u904 = (u2 as Record<string, unknown>)["c"];
          b904 = undefined;
          u905 = u7 | 0;
          b905 = undefined;
          u906 = __metajit_G.asFloat("getarrayitem_imm", (u904 as ArrayLike<unknown>)[u905], "[any]");
          b906 = undefined;
          at = 7156;
          rec.record("call", [__metajit_k0_100, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b897!, (b906 ??= __metajit_G.float(u906))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7156, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 7176: {
          at = 7176;
          b907 = rec.record("getfield", [b3!], __metajit_o17);
          at = 7181;
          {
            const x0 = rec.resolve(b907!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b908 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7185;
          {
            const x0 = b908!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b909 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7188;
          const c7188 = b909!;
          if (!c7188.isConst) rec.guard(c7188.value === true ? "guard_true" : "guard_false", [c7188], rec.snapshot(0, 7188, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b909!]));
          if (c7188.value !== true) {
            block = 7219;
            continue dispatch;
          }
          block = 7201;
          continue dispatch;
        }
        case 7201: {
          at = 7201;
          rec.record("call", [__metajit_k0_101, b0!, b3!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7201, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 7219;
          continue dispatch;
        }
        case 7219: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 7221: {
          u910 = u8 | 0;
          b910 = undefined;
          u911 = (u2 as Record<string, unknown>)["protos"];
          b911 = undefined;
          u912 = (u2 as Record<string, unknown>)["b"];
          b912 = undefined;
          u913 = u7 | 0;
          b913 = undefined;
          u914 = __metajit_G.asFloat("getarrayitem_imm", (u912 as ArrayLike<unknown>)[u913], "[any]");
          b914 = undefined;
          u915 = u914 | 0;
          b915 = undefined;
          u916 = (u911 as ArrayLike<unknown>)[u915];
          b916 = undefined;
          at = 7252;
          b917 = rec.record("call", [__metajit_k0_102, b0!, b3!, (b916 ??= __metajit_G.ref(u916))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7252, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b910 ??= __metajit_G.int(u910))]) });
          at = 7269;
          rec.record("setarrayitem", [b4!, (b910 ??= __metajit_G.int(u910)), b917!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 7276: {
          u919 = (u2 as Record<string, unknown>)["b"];
          b919 = undefined;
          u920 = u7 | 0;
          b920 = undefined;
          u918 = __metajit_G.asFloat("getarrayitem_imm", (u919 as ArrayLike<unknown>)[u920], "[any]");
          b918 = undefined;
          at = 7290;
          b921 = rec.record("getfield_imm", [b3!], __metajit_o22);
          at = 7295;
          b922 = rec.record("arraylen", [b921!], __metajit_o1);
          u923 = u918 === 0;
          b923 = undefined;
          if (!u923) {
            block = 7385;
            continue dispatch;
          }
          block = 7319;
          continue dispatch;
        }
        case 7319: {
          u924 = 0;
          b924 = __metajit_k0_8;
          block = 7322;
          continue dispatch;
        }
        case 7322: {
          at = 7322;
          {
            const x0 = rec.resolve(b922!);
            const v0 = x0.value as number;
            const v = v0;
            b925 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7325;
          {
            const x1 = b925!;
            const v1 = x1.value as number;
            const v = u924 < v1;
            b926 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b924 ??= __metajit_G.float(u924)), x1], v);
          }
          at = 7329;
          const c7329 = b926!;
          if (!c7329.isConst) rec.guard(c7329.value === true ? "guard_true" : "guard_false", [c7329], rec.snapshot(0, 7329, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b921!, b922!, (b924 ??= __metajit_G.float(u924)), b926!]));
          if (c7329.value !== true) {
            block = 7372;
            continue dispatch;
          }
          block = 7345;
          continue dispatch;
        }
        case 7345: {
          u927 = u8 + u924;
          b927 = undefined;
          u928 = u927 | 0;
          b928 = undefined;
          u929 = u924 | 0;
          b929 = undefined;
          at = 7355;
          b930 = rec.record("getarrayitem", [b921!, (b929 ??= __metajit_G.int(u929))], __metajit_o0);
          at = 7361;
          rec.record("setarrayitem", [b4!, (b928 ??= __metajit_G.int(u928)), b930!], __metajit_o1);
          u924 = u924 + 1;
          b924 = undefined;
          block = 7322;
          continue dispatch;
        }
        case 7372: {
          at = 7372;
          {
            const x0 = rec.resolve(b922!);
            const v0 = x0.value as number;
            const v = v0;
            b931 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7375;
          {
            const x1 = b931!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b932 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 7379;
          rec.record("setfield", [b3!, b932!], __metajit_o16);
          block = 7473;
          continue dispatch;
        }
        case 7385: {
          u933 = 0;
          b933 = __metajit_k0_8;
          block = 7388;
          continue dispatch;
        }
        case 7388: {
          u934 = u918 - 1;
          b934 = undefined;
          u935 = u933 < u934;
          b935 = undefined;
          if (!u935) {
            block = 7473;
            continue dispatch;
          }
          block = 7413;
          continue dispatch;
        }
        case 7413: {
          u936 = u8 + u933;
          b936 = undefined;
          u937 = u936 | 0;
          b937 = undefined;
          at = 7420;
          {
            const x0 = rec.resolve(b922!);
            const v0 = x0.value as number;
            const v = v0;
            b939 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7423;
          {
            const x1 = b939!;
            const v1 = x1.value as number;
            const v = u933 < v1;
            b940 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b933 ??= __metajit_G.float(u933)), x1], v);
          }
          at = 7427;
          const c7427 = b940!;
          if (!c7427.isConst) rec.guard(c7427.value === true ? "guard_true" : "guard_false", [c7427], rec.snapshot(0, 7427, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b918 ??= __metajit_G.float(u918)), b921!, b922!, (b933 ??= __metajit_G.float(u933)), (b937 ??= __metajit_G.int(u937)), b940!]));
          if (c7427.value !== true) {
            block = 7459;
            continue dispatch;
          }
          block = 7445;
          continue dispatch;
        }
        case 7445: {
          u941 = u933 | 0;
          b941 = undefined;
          at = 7448;
          b942 = rec.record("getarrayitem", [b921!, (b941 ??= __metajit_G.int(u941))], __metajit_o0);
          b938 = b942;
          block = 7462;
          continue dispatch;
        }
        case 7459: {
          u938 = __metajit_k0_10.value;
          b938 = __metajit_k0_10;
          b938 ??= __metajit_G.ref(u938);
          block = 7462;
          continue dispatch;
        }
        case 7462: {
          at = 7462;
          rec.record("setarrayitem", [b4!, (b937 ??= __metajit_G.int(u937)), b938!], __metajit_o1);
          u933 = u933 + 1;
          b933 = undefined;
          block = 7388;
          continue dispatch;
        }
        case 7473: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7512;
          continue dispatch;
        }
        case 7475: {
          at = 7475;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u943 = (u2 as Record<string, unknown>)["op"];
          b943 = undefined;
          u944 = u7 | 0;
          b944 = undefined;
          u945 = __metajit_G.asFloat("getarrayitem_imm", (u943 as ArrayLike<unknown>)[u944], "[any]");
          b945 = undefined;
          {
            const f = __metajit_k0_107.value as (...a: unknown[]) => unknown;
            u946 = f(__metajit_k0_106.value, u945);
            b946 = undefined;
          }
          at = 7502;
          b947 = rec.record("call", [__metajit_k0_105, b0!, (b946 ??= __metajit_G.ref(u946))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7502, []) });
          throw b947!.value;
        }
        case 7512: {
          return new __metajit_G.MergeResult<__metajit_Value>([b0!, b1!, b2!, b3!, b4!, b5!, b6!], 7512);
        }
        default: throw new Error("Interpreter.run.portal: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21 !== undefined ? b21.value : u21, b22 !== undefined ? b22.value : u22, b23 !== undefined ? b23.value : u23, b24?.value, b25 !== undefined ? b25.value : u25, b26 !== undefined ? b26.value : u26, b27 !== undefined ? b27.value : u27, b28 !== undefined ? b28.value : u28, b29 !== undefined ? b29.value : u29, b30 !== undefined ? b30.value : u30, b31 !== undefined ? b31.value : u31, b32 !== undefined ? b32.value : u32, b33 !== undefined ? b33.value : u33, b34 !== undefined ? b34.value : u34, b35 !== undefined ? b35.value : u35, b36 !== undefined ? b36.value : u36, b37 !== undefined ? b37.value : u37, b38 !== undefined ? b38.value : u38, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43 !== undefined ? b43.value : u43, b44 !== undefined ? b44.value : u44, b45 !== undefined ? b45.value : u45, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48 !== undefined ? b48.value : u48, b49 !== undefined ? b49.value : u49, b50 !== undefined ? b50.value : u50, b51 !== undefined ? b51.value : u51, b52?.value, b53?.value, b54?.value, b55 !== undefined ? b55.value : u55, b56 !== undefined ? b56.value : u56, b57 !== undefined ? b57.value : u57, b58 !== undefined ? b58.value : u58, b59 !== undefined ? b59.value : u59, b60?.value, b61?.value, b62?.value, b63?.value, b64?.value, b65?.value, b66 !== undefined ? b66.value : u66, b67 !== undefined ? b67.value : u67, b68 !== undefined ? b68.value : u68, b69 !== undefined ? b69.value : u69, b70 !== undefined ? b70.value : u70, b71 !== undefined ? b71.value : u71, b72?.value, b73?.value, b74?.value, b75?.value, b76?.value, b77?.value, b78 !== undefined ? b78.value : u78, b79 !== undefined ? b79.value : u79, b80 !== undefined ? b80.value : u80, b81 !== undefined ? b81.value : u81, b82 !== undefined ? b82.value : u82, b83 !== undefined ? b83.value : u83, b84 !== undefined ? b84.value : u84, b85?.value, b86 !== undefined ? b86.value : u86, b87?.value, b88 !== undefined ? b88.value : u88, b89 !== undefined ? b89.value : u89, b90 !== undefined ? b90.value : u90, b91?.value, b92 !== undefined ? b92.value : u92, b93 !== undefined ? b93.value : u93, b94 !== undefined ? b94.value : u94, b95 !== undefined ? b95.value : u95, b96 !== undefined ? b96.value : u96, b97?.value, b98?.value, b99?.value, b100?.value, b101 !== undefined ? b101.value : u101, b102?.value, b103?.value, b104?.value, b105?.value, b106?.value, b107?.value, b108?.value, b109?.value, b110?.value, b111?.value, b112?.value, b113?.value, b114?.value, b115 !== undefined ? b115.value : u115, b116?.value, b117?.value, b118 !== undefined ? b118.value : u118, b119 !== undefined ? b119.value : u119, b120 !== undefined ? b120.value : u120, b121 !== undefined ? b121.value : u121, b122 !== undefined ? b122.value : u122, b123 !== undefined ? b123.value : u123, b124?.value, b125?.value, b126 !== undefined ? b126.value : u126, b127?.value, b128 !== undefined ? b128.value : u128, b129?.value, b130?.value, b131?.value, b132?.value, b133 !== undefined ? b133.value : u133, b134 !== undefined ? b134.value : u134, b135 !== undefined ? b135.value : u135, b136 !== undefined ? b136.value : u136, b137?.value, b138?.value, b139?.value, b140 !== undefined ? b140.value : u140, b141?.value, b142 !== undefined ? b142.value : u142, b143 !== undefined ? b143.value : u143, b144 !== undefined ? b144.value : u144, b145 !== undefined ? b145.value : u145, b146 !== undefined ? b146.value : u146, b147 !== undefined ? b147.value : u147, b148?.value, b149 !== undefined ? b149.value : u149, b150?.value, b151 !== undefined ? b151.value : u151, b152 !== undefined ? b152.value : u152, b153 !== undefined ? b153.value : u153, b154?.value, b155 !== undefined ? b155.value : u155, b156 !== undefined ? b156.value : u156, b157 !== undefined ? b157.value : u157, b158 !== undefined ? b158.value : u158, b159?.value, b160 !== undefined ? b160.value : u160, b161 !== undefined ? b161.value : u161, b162 !== undefined ? b162.value : u162, b163?.value, b164 !== undefined ? b164.value : u164, b165 !== undefined ? b165.value : u165, b166 !== undefined ? b166.value : u166, b167 !== undefined ? b167.value : u167, b168?.value, b169?.value, b170?.value, b171?.value, b172?.value, b173?.value, b174 !== undefined ? b174.value : u174, b175?.value, b176?.value, b177?.value, b178?.value, b179?.value, b180?.value, b181?.value, b182 !== undefined ? b182.value : u182, b183 !== undefined ? b183.value : u183, b184 !== undefined ? b184.value : u184, b185 !== undefined ? b185.value : u185, b186 !== undefined ? b186.value : u186, b187 !== undefined ? b187.value : u187, b188 !== undefined ? b188.value : u188, b189 !== undefined ? b189.value : u189, b190 !== undefined ? b190.value : u190, b191?.value, b192 !== undefined ? b192.value : u192, b193 !== undefined ? b193.value : u193, b194 !== undefined ? b194.value : u194, b195 !== undefined ? b195.value : u195, b196 !== undefined ? b196.value : u196, b197 !== undefined ? b197.value : u197, b198?.value, b199 !== undefined ? b199.value : u199, b200?.value, b201 !== undefined ? b201.value : u201, b202 !== undefined ? b202.value : u202, b203 !== undefined ? b203.value : u203, b204?.value, b205 !== undefined ? b205.value : u205, b206 !== undefined ? b206.value : u206, b207 !== undefined ? b207.value : u207, b208 !== undefined ? b208.value : u208, b209 !== undefined ? b209.value : u209, b210 !== undefined ? b210.value : u210, b211 !== undefined ? b211.value : u211, b212?.value, b213?.value, b214?.value, b215?.value, b216 !== undefined ? b216.value : u216, b217?.value, b218?.value, b219?.value, b220?.value, b221?.value, b222?.value, b223?.value, b224?.value, b225 !== undefined ? b225.value : u225, b226 !== undefined ? b226.value : u226, b227 !== undefined ? b227.value : u227, b228?.value, b229?.value, b230?.value, b231?.value, b232?.value, b233?.value, b234?.value, b235?.value, b236?.value, b237 !== undefined ? b237.value : u237, b238 !== undefined ? b238.value : u238, b239 !== undefined ? b239.value : u239, b240 !== undefined ? b240.value : u240, b241 !== undefined ? b241.value : u241, b242 !== undefined ? b242.value : u242, b243 !== undefined ? b243.value : u243, b244?.value, b245 !== undefined ? b245.value : u245, b246 !== undefined ? b246.value : u246, b247 !== undefined ? b247.value : u247, b248?.value, b249 !== undefined ? b249.value : u249, b250 !== undefined ? b250.value : u250, b251 !== undefined ? b251.value : u251, b252 !== undefined ? b252.value : u252, b253?.value, b254 !== undefined ? b254.value : u254, b255 !== undefined ? b255.value : u255, b256 !== undefined ? b256.value : u256, b257?.value, b258 !== undefined ? b258.value : u258, b259 !== undefined ? b259.value : u259, b260 !== undefined ? b260.value : u260, b261 !== undefined ? b261.value : u261, b262?.value, b263?.value, b264?.value, b265?.value, b266?.value, b267 !== undefined ? b267.value : u267, b268?.value, b269?.value, b270?.value, b271?.value, b272 !== undefined ? b272.value : u272, b273?.value, b274 !== undefined ? b274.value : u274, b275 !== undefined ? b275.value : u275, b276 !== undefined ? b276.value : u276, b277 !== undefined ? b277.value : u277, b278 !== undefined ? b278.value : u278, b279 !== undefined ? b279.value : u279, b280?.value, b281 !== undefined ? b281.value : u281, b282 !== undefined ? b282.value : u282, b283 !== undefined ? b283.value : u283, b284?.value, b285 !== undefined ? b285.value : u285, b286 !== undefined ? b286.value : u286, b287 !== undefined ? b287.value : u287, b288 !== undefined ? b288.value : u288, b289?.value, b290 !== undefined ? b290.value : u290, b291 !== undefined ? b291.value : u291, b292 !== undefined ? b292.value : u292, b293?.value, b294 !== undefined ? b294.value : u294, b295 !== undefined ? b295.value : u295, b296 !== undefined ? b296.value : u296, b297 !== undefined ? b297.value : u297, b298?.value, b299?.value, b300?.value, b301?.value, b302?.value, b303 !== undefined ? b303.value : u303, b304?.value, b305?.value, b306?.value, b307?.value, b308 !== undefined ? b308.value : u308, b309?.value, b310 !== undefined ? b310.value : u310, b311 !== undefined ? b311.value : u311, b312 !== undefined ? b312.value : u312, b313 !== undefined ? b313.value : u313, b314 !== undefined ? b314.value : u314, b315 !== undefined ? b315.value : u315, b316?.value, b317 !== undefined ? b317.value : u317, b318 !== undefined ? b318.value : u318, b319 !== undefined ? b319.value : u319, b320?.value, b321 !== undefined ? b321.value : u321, b322 !== undefined ? b322.value : u322, b323 !== undefined ? b323.value : u323, b324 !== undefined ? b324.value : u324, b325?.value, b326 !== undefined ? b326.value : u326, b327 !== undefined ? b327.value : u327, b328 !== undefined ? b328.value : u328, b329?.value, b330 !== undefined ? b330.value : u330, b331 !== undefined ? b331.value : u331, b332 !== undefined ? b332.value : u332, b333 !== undefined ? b333.value : u333, b334?.value, b335?.value, b336?.value, b337?.value, b338?.value, b339 !== undefined ? b339.value : u339, b340?.value, b341?.value, b342?.value, b343?.value, b344 !== undefined ? b344.value : u344, b345?.value, b346 !== undefined ? b346.value : u346, b347 !== undefined ? b347.value : u347, b348 !== undefined ? b348.value : u348, b349 !== undefined ? b349.value : u349, b350 !== undefined ? b350.value : u350, b351 !== undefined ? b351.value : u351, b352?.value, b353 !== undefined ? b353.value : u353, b354 !== undefined ? b354.value : u354, b355 !== undefined ? b355.value : u355, b356?.value, b357 !== undefined ? b357.value : u357, b358 !== undefined ? b358.value : u358, b359 !== undefined ? b359.value : u359, b360 !== undefined ? b360.value : u360, b361?.value, b362 !== undefined ? b362.value : u362, b363 !== undefined ? b363.value : u363, b364 !== undefined ? b364.value : u364, b365?.value, b366 !== undefined ? b366.value : u366, b367 !== undefined ? b367.value : u367, b368 !== undefined ? b368.value : u368, b369 !== undefined ? b369.value : u369, b370?.value, b371?.value, b372?.value, b373?.value, b374?.value, b375 !== undefined ? b375.value : u375, b376?.value, b377?.value, b378?.value, b379?.value, b380 !== undefined ? b380.value : u380, b381?.value, b382 !== undefined ? b382.value : u382, b383 !== undefined ? b383.value : u383, b384 !== undefined ? b384.value : u384, b385 !== undefined ? b385.value : u385, b386 !== undefined ? b386.value : u386, b387 !== undefined ? b387.value : u387, b388?.value, b389 !== undefined ? b389.value : u389, b390 !== undefined ? b390.value : u390, b391 !== undefined ? b391.value : u391, b392?.value, b393 !== undefined ? b393.value : u393, b394 !== undefined ? b394.value : u394, b395 !== undefined ? b395.value : u395, b396 !== undefined ? b396.value : u396, b397?.value, b398 !== undefined ? b398.value : u398, b399 !== undefined ? b399.value : u399, b400 !== undefined ? b400.value : u400, b401?.value, b402 !== undefined ? b402.value : u402, b403 !== undefined ? b403.value : u403, b404 !== undefined ? b404.value : u404, b405 !== undefined ? b405.value : u405, b406?.value, b407?.value, b408?.value, b409?.value, b410?.value, b411 !== undefined ? b411.value : u411, b412?.value, b413?.value, b414?.value, b415?.value, b416 !== undefined ? b416.value : u416, b417?.value, b418 !== undefined ? b418.value : u418, b419 !== undefined ? b419.value : u419, b420 !== undefined ? b420.value : u420, b421 !== undefined ? b421.value : u421, b422 !== undefined ? b422.value : u422, b423 !== undefined ? b423.value : u423, b424?.value, b425 !== undefined ? b425.value : u425, b426 !== undefined ? b426.value : u426, b427 !== undefined ? b427.value : u427, b428?.value, b429 !== undefined ? b429.value : u429, b430 !== undefined ? b430.value : u430, b431 !== undefined ? b431.value : u431, b432 !== undefined ? b432.value : u432, b433?.value, b434 !== undefined ? b434.value : u434, b435 !== undefined ? b435.value : u435, b436 !== undefined ? b436.value : u436, b437?.value, b438 !== undefined ? b438.value : u438, b439 !== undefined ? b439.value : u439, b440 !== undefined ? b440.value : u440, b441 !== undefined ? b441.value : u441, b442?.value, b443?.value, b444?.value, b445?.value, b446?.value, b447 !== undefined ? b447.value : u447, b448?.value, b449?.value, b450?.value, b451?.value, b452 !== undefined ? b452.value : u452, b453?.value, b454 !== undefined ? b454.value : u454, b455 !== undefined ? b455.value : u455, b456 !== undefined ? b456.value : u456, b457?.value, b458 !== undefined ? b458.value : u458, b459?.value, b460?.value, b461 !== undefined ? b461.value : u461, b462?.value, b463?.value, b464?.value, b465 !== undefined ? b465.value : u465, b466?.value, b467?.value, b468 !== undefined ? b468.value : u468, b469 !== undefined ? b469.value : u469, b470 !== undefined ? b470.value : u470, b471 !== undefined ? b471.value : u471, b472 !== undefined ? b472.value : u472, b473?.value, b474?.value, b475?.value, b476?.value, b477?.value, b478 !== undefined ? b478.value : u478, b479 !== undefined ? b479.value : u479, b480 !== undefined ? b480.value : u480, b481?.value, b482 !== undefined ? b482.value : u482, b483?.value, b484?.value, b485 !== undefined ? b485.value : u485, b486?.value, b487?.value, b488?.value, b489 !== undefined ? b489.value : u489, b490?.value, b491?.value, b492 !== undefined ? b492.value : u492, b493?.value, b494 !== undefined ? b494.value : u494, b495 !== undefined ? b495.value : u495, b496 !== undefined ? b496.value : u496, b497 !== undefined ? b497.value : u497, b498 !== undefined ? b498.value : u498, b499 !== undefined ? b499.value : u499, b500?.value, b501 !== undefined ? b501.value : u501, b502?.value, b503 !== undefined ? b503.value : u503, b504 !== undefined ? b504.value : u504, b505 !== undefined ? b505.value : u505, b506 !== undefined ? b506.value : u506, b507?.value, b508?.value, b509?.value, b510?.value, b511?.value, b512 !== undefined ? b512.value : u512, b513?.value, b514 !== undefined ? b514.value : u514, b515?.value, b516 !== undefined ? b516.value : u516, b517 !== undefined ? b517.value : u517, b518 !== undefined ? b518.value : u518, b519 !== undefined ? b519.value : u519, b520 !== undefined ? b520.value : u520, b521 !== undefined ? b521.value : u521, b522 !== undefined ? b522.value : u522, b523 !== undefined ? b523.value : u523, b524 !== undefined ? b524.value : u524, b525 !== undefined ? b525.value : u525, b526 !== undefined ? b526.value : u526, b527 !== undefined ? b527.value : u527, b528?.value, b529 !== undefined ? b529.value : u529, b530 !== undefined ? b530.value : u530, b531 !== undefined ? b531.value : u531, b532?.value, b533 !== undefined ? b533.value : u533, b534 !== undefined ? b534.value : u534, b535 !== undefined ? b535.value : u535, b536 !== undefined ? b536.value : u536, b537?.value, b538 !== undefined ? b538.value : u538, b539 !== undefined ? b539.value : u539, b540 !== undefined ? b540.value : u540, b541?.value, b542 !== undefined ? b542.value : u542, b543 !== undefined ? b543.value : u543, b544 !== undefined ? b544.value : u544, b545 !== undefined ? b545.value : u545, b546?.value, b547?.value, b548?.value, b549?.value, b550?.value, b551?.value, b552?.value, b553?.value, b554 !== undefined ? b554.value : u554, b555 !== undefined ? b555.value : u555, b556?.value, b557 !== undefined ? b557.value : u557, b558?.value, b559?.value, b560 !== undefined ? b560.value : u560, b561 !== undefined ? b561.value : u561, b562 !== undefined ? b562.value : u562, b563 !== undefined ? b563.value : u563, b564 !== undefined ? b564.value : u564, b565 !== undefined ? b565.value : u565, b566 !== undefined ? b566.value : u566, b567 !== undefined ? b567.value : u567, b568 !== undefined ? b568.value : u568, b569 !== undefined ? b569.value : u569, b570 !== undefined ? b570.value : u570, b571 !== undefined ? b571.value : u571, b572 !== undefined ? b572.value : u572, b573 !== undefined ? b573.value : u573, b574 !== undefined ? b574.value : u574, b575?.value, b576 !== undefined ? b576.value : u576, b577 !== undefined ? b577.value : u577, b578 !== undefined ? b578.value : u578, b579?.value, b580 !== undefined ? b580.value : u580, b581 !== undefined ? b581.value : u581, b582 !== undefined ? b582.value : u582, b583 !== undefined ? b583.value : u583, b584?.value, b585 !== undefined ? b585.value : u585, b586 !== undefined ? b586.value : u586, b587 !== undefined ? b587.value : u587, b588?.value, b589 !== undefined ? b589.value : u589, b590 !== undefined ? b590.value : u590, b591 !== undefined ? b591.value : u591, b592 !== undefined ? b592.value : u592, b593 !== undefined ? b593.value : u593, b594?.value, b595?.value, b596?.value, b597?.value, b598?.value, b599?.value, b600 !== undefined ? b600.value : u600, b601 !== undefined ? b601.value : u601, b602 !== undefined ? b602.value : u602, b603 !== undefined ? b603.value : u603, b604?.value, b605?.value, b606?.value, b607?.value, b608?.value, b609?.value, b610 !== undefined ? b610.value : u610, b611 !== undefined ? b611.value : u611, b612 !== undefined ? b612.value : u612, b613 !== undefined ? b613.value : u613, b614 !== undefined ? b614.value : u614, b615?.value, b616 !== undefined ? b616.value : u616, b617?.value, b618?.value, b619 !== undefined ? b619.value : u619, b620 !== undefined ? b620.value : u620, b621 !== undefined ? b621.value : u621, b622 !== undefined ? b622.value : u622, b623 !== undefined ? b623.value : u623, b624 !== undefined ? b624.value : u624, b625 !== undefined ? b625.value : u625, b626 !== undefined ? b626.value : u626, b627 !== undefined ? b627.value : u627, b628?.value, b629 !== undefined ? b629.value : u629, b630?.value, b631?.value, b632?.value, b633?.value, b634?.value, b635 !== undefined ? b635.value : u635, b636 !== undefined ? b636.value : u636, b637 !== undefined ? b637.value : u637, b638 !== undefined ? b638.value : u638, b639 !== undefined ? b639.value : u639, b640?.value, b641 !== undefined ? b641.value : u641, b642?.value, b643?.value, b644 !== undefined ? b644.value : u644, b645 !== undefined ? b645.value : u645, b646 !== undefined ? b646.value : u646, b647 !== undefined ? b647.value : u647, b648 !== undefined ? b648.value : u648, b649 !== undefined ? b649.value : u649, b650 !== undefined ? b650.value : u650, b651 !== undefined ? b651.value : u651, b652 !== undefined ? b652.value : u652, b653?.value, b654 !== undefined ? b654.value : u654, b655 !== undefined ? b655.value : u655, b656 !== undefined ? b656.value : u656, b657 !== undefined ? b657.value : u657, b658?.value, b659?.value, b660?.value, b661?.value, b662?.value, b663 !== undefined ? b663.value : u663, b664 !== undefined ? b664.value : u664, b665 !== undefined ? b665.value : u665, b666 !== undefined ? b666.value : u666, b667 !== undefined ? b667.value : u667, b668?.value, b669 !== undefined ? b669.value : u669, b670?.value, b671 !== undefined ? b671.value : u671, b672 !== undefined ? b672.value : u672, b673 !== undefined ? b673.value : u673, b674 !== undefined ? b674.value : u674, b675 !== undefined ? b675.value : u675, b676 !== undefined ? b676.value : u676, b677 !== undefined ? b677.value : u677, b678 !== undefined ? b678.value : u678, b679 !== undefined ? b679.value : u679, b680 !== undefined ? b680.value : u680, b681 !== undefined ? b681.value : u681, b682 !== undefined ? b682.value : u682, b683 !== undefined ? b683.value : u683, b684 !== undefined ? b684.value : u684, b685 !== undefined ? b685.value : u685, b686 !== undefined ? b686.value : u686, b687 !== undefined ? b687.value : u687, b688?.value, b689 !== undefined ? b689.value : u689, b690 !== undefined ? b690.value : u690, b691 !== undefined ? b691.value : u691, b692 !== undefined ? b692.value : u692, b693?.value, b694?.value, b695?.value, b696?.value, b697 !== undefined ? b697.value : u697, b698?.value, b699?.value, b700?.value, b701?.value, b702 !== undefined ? b702.value : u702, b703?.value, b704 !== undefined ? b704.value : u704, b705 !== undefined ? b705.value : u705, b706?.value, b707?.value, b708?.value, b709?.value, b710?.value, b711?.value, b712 !== undefined ? b712.value : u712, b713 !== undefined ? b713.value : u713, b714?.value, b715?.value, b716 !== undefined ? b716.value : u716, b717 !== undefined ? b717.value : u717, b718 !== undefined ? b718.value : u718, b719?.value, b720?.value, b721?.value, b722 !== undefined ? b722.value : u722, b723 !== undefined ? b723.value : u723, b724 !== undefined ? b724.value : u724, b725 !== undefined ? b725.value : u725, b726 !== undefined ? b726.value : u726, b727?.value, b728?.value, b729 !== undefined ? b729.value : u729, b730?.value, b731 !== undefined ? b731.value : u731, b732 !== undefined ? b732.value : u732, b733 !== undefined ? b733.value : u733, b734?.value, b735 !== undefined ? b735.value : u735, b736 !== undefined ? b736.value : u736, b737 !== undefined ? b737.value : u737, b738 !== undefined ? b738.value : u738, b739?.value, b740?.value, b741?.value, b742?.value, b743 !== undefined ? b743.value : u743, b744?.value, b745?.value, b746?.value, b747?.value, b748?.value, b749?.value, b750?.value, b751 !== undefined ? b751.value : u751, b752?.value, b753 !== undefined ? b753.value : u753, b754 !== undefined ? b754.value : u754, b755?.value, b756?.value, b757?.value, b758?.value, b759?.value, b760?.value, b761 !== undefined ? b761.value : u761, b762?.value, b763?.value, b764 !== undefined ? b764.value : u764, b765 !== undefined ? b765.value : u765, b766 !== undefined ? b766.value : u766, b767?.value, b768?.value, b769?.value, b770 !== undefined ? b770.value : u770, b771 !== undefined ? b771.value : u771, b772 !== undefined ? b772.value : u772, b773?.value, b774 !== undefined ? b774.value : u774, b775 !== undefined ? b775.value : u775, b776 !== undefined ? b776.value : u776, b777 !== undefined ? b777.value : u777, b778?.value, b779?.value, b780?.value, b781?.value, b782?.value, b783?.value, b784?.value, b785?.value, b786?.value, b787?.value, b788?.value, b789?.value, b790?.value, b791?.value, b792?.value, b793?.value, b794?.value, b795?.value, b796 !== undefined ? b796.value : u796, b797?.value, b798?.value, b799?.value, b800 !== undefined ? b800.value : u800, b801 !== undefined ? b801.value : u801, b802?.value, b803?.value, b804 !== undefined ? b804.value : u804, b805?.value, b806?.value, b807?.value, b808 !== undefined ? b808.value : u808, b809?.value, b810 !== undefined ? b810.value : u810, b811 !== undefined ? b811.value : u811, b812?.value, b813?.value, b814 !== undefined ? b814.value : u814, b815 !== undefined ? b815.value : u815, b816?.value, b817?.value, b818 !== undefined ? b818.value : u818, b819?.value, b820?.value, b821?.value, b822 !== undefined ? b822.value : u822, b823 !== undefined ? b823.value : u823, b824?.value, b825?.value, b826?.value, b827?.value, b828?.value, b829 !== undefined ? b829.value : u829, b830 !== undefined ? b830.value : u830, b831 !== undefined ? b831.value : u831, b832 !== undefined ? b832.value : u832, b833 !== undefined ? b833.value : u833, b834 !== undefined ? b834.value : u834, b835?.value, b836 !== undefined ? b836.value : u836, b837 !== undefined ? b837.value : u837, b838?.value, b839?.value, b840 !== undefined ? b840.value : u840, b841?.value, b842 !== undefined ? b842.value : u842, b843 !== undefined ? b843.value : u843, b844?.value, b845 !== undefined ? b845.value : u845, b846 !== undefined ? b846.value : u846, b847?.value, b848?.value, b849?.value, b850?.value, b851?.value, b852?.value, b853?.value, b854?.value, b855?.value, b856?.value, b857?.value, b858?.value, b859?.value, b860 !== undefined ? b860.value : u860, b861 !== undefined ? b861.value : u861, b862?.value, b863?.value, b864 !== undefined ? b864.value : u864, b865 !== undefined ? b865.value : u865, b866?.value, b867?.value, b868?.value, b869?.value, b870 !== undefined ? b870.value : u870, b871 !== undefined ? b871.value : u871, b872 !== undefined ? b872.value : u872, b873 !== undefined ? b873.value : u873, b874 !== undefined ? b874.value : u874, b875 !== undefined ? b875.value : u875, b876 !== undefined ? b876.value : u876, b877 !== undefined ? b877.value : u877, b878?.value, b879 !== undefined ? b879.value : u879, b880 !== undefined ? b880.value : u880, b881?.value, b882?.value, b883 !== undefined ? b883.value : u883, b884 !== undefined ? b884.value : u884, b885 !== undefined ? b885.value : u885, b886 !== undefined ? b886.value : u886, b887 !== undefined ? b887.value : u887, b888 !== undefined ? b888.value : u888, b889 !== undefined ? b889.value : u889, b890 !== undefined ? b890.value : u890, b891 !== undefined ? b891.value : u891, b892 !== undefined ? b892.value : u892, b893 !== undefined ? b893.value : u893, b894 !== undefined ? b894.value : u894, b895 !== undefined ? b895.value : u895, b896 !== undefined ? b896.value : u896, b897?.value, b898 !== undefined ? b898.value : u898, b899 !== undefined ? b899.value : u899, b900 !== undefined ? b900.value : u900, b901?.value, b902?.value, b903?.value, b904 !== undefined ? b904.value : u904, b905 !== undefined ? b905.value : u905, b906 !== undefined ? b906.value : u906, b907?.value, b908?.value, b909?.value, b910 !== undefined ? b910.value : u910, b911 !== undefined ? b911.value : u911, b912 !== undefined ? b912.value : u912, b913 !== undefined ? b913.value : u913, b914 !== undefined ? b914.value : u914, b915 !== undefined ? b915.value : u915, b916 !== undefined ? b916.value : u916, b917?.value, b918 !== undefined ? b918.value : u918, b919 !== undefined ? b919.value : u919, b920 !== undefined ? b920.value : u920, b921?.value, b922?.value, b923 !== undefined ? b923.value : u923, b924 !== undefined ? b924.value : u924, b925?.value, b926?.value, b927 !== undefined ? b927.value : u927, b928 !== undefined ? b928.value : u928, b929 !== undefined ? b929.value : u929, b930?.value, b931?.value, b932?.value, b933 !== undefined ? b933.value : u933, b934 !== undefined ? b934.value : u934, b935 !== undefined ? b935.value : u935, b936 !== undefined ? b936.value : u936, b937 !== undefined ? b937.value : u937, b938 !== undefined ? b938.value : u938, b939?.value, b940?.value, b941 !== undefined ? b941.value : u941, b942?.value, b943 !== undefined ? b943.value : u943, b944 !== undefined ? b944.value : u944, b945 !== undefined ? b945.value : u945, b946 !== undefined ? b946.value : u946, b947?.value]);
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
    b2 = rec.record("getfield", [b0!], __metajit_o23);
    at = 5;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o24);
    at = 10;
    const c10 = rec.resolve(b5!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], rec.snapshot(1, 10, [b0!, b1!, b2!, b5!]));
    if (c10.value !== true) {
      break L31;
    }
    at = 18;
    rec.enterFrame(1, 18, [b0!], 13);
    b6 = __metajit_trace_13(rec, b2!, b1!);
    rec.leaveFrame();
    b4 = b6;
    break L49;
    }
    at = 31;
    {
      const x = rec.resolve(b2!);
      b2 = x.isConst ? x : rec.promote(x, rec.snapshot(1, 31, [b0!, b1!, b2!]));
      u2 = x.value;
    }
    at = 37;
    b7 = rec.record("call_pure", [__metajit_k1_2, (b2 ??= __metajit_G.ref(u2)), b1!], { descr: null, type: "float", snapshot: rec.snapshot(1, 37, [b0!]) });
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
    if (!c56.isConst) rec.guard(c56.value === true ? "guard_true" : "guard_false", [c56], rec.snapshot(1, 56, [b0!, b3!, b9!]));
    if (c56.value !== true) {
      break L68;
    }
    u8 = __metajit_k1_5.value;
    b8 = __metajit_k1_5;
    b8 ??= __metajit_G.ref(u8);
    break L85;
    }
    at = 68;
    b10 = rec.record("getfield", [b0!], __metajit_o25);
    at = 73;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 76;
    b12 = rec.record("getarrayitem", [b10!, b11!], __metajit_o26);
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
    b2 = rec.record("getfield", [b0!], __metajit_o23);
    at = 5;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o24);
    at = 10;
    const c10 = rec.resolve(b5!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], rec.snapshot(1, 10, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b5!]));
    if (c10.value !== true) {
      break L31;
    }
    at = 18;
    rec.enterFrame(1, 18, [b0!], 13);
    b6 = __metajit_trace_13_2(rec, b2!, u1);
    rec.leaveFrame();
    b4 = b6;
    break L49;
    }
    at = 31;
    {
      const x = rec.resolve(b2!);
      b2 = x.isConst ? x : rec.promote(x, rec.snapshot(1, 31, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!]));
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
    if (!c56.isConst) rec.guard(c56.value === true ? "guard_true" : "guard_false", [c56], rec.snapshot(1, 56, [b0!, b3!, b9!]));
    if (c56.value !== true) {
      break L68;
    }
    u8 = __metajit_k1_5.value;
    b8 = __metajit_k1_5;
    b8 ??= __metajit_G.ref(u8);
    break L85;
    }
    at = 68;
    b10 = rec.record("getfield", [b0!], __metajit_o25);
    at = 73;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 76;
    b12 = rec.record("getarrayitem", [b10!, b11!], __metajit_o26);
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
    b3 = rec.record("getfield", [b0!], __metajit_o27);
    at = 5;
    rec.enterFrame(2, 5, [b0!], 13);
    b2 = __metajit_trace_13(rec, b3!, b1!);
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
    if (!c17.isConst) rec.guard(c17.value === true ? "guard_true" : "guard_false", [c17], rec.snapshot(2, 17, [b0!, b2!, b5!]));
    if (c17.value !== true) {
      break L29;
    }
    u4 = __metajit_k2_3.value;
    b4 = __metajit_k2_3;
    b4 ??= __metajit_G.ref(u4);
    break L46;
    }
    at = 29;
    b6 = rec.record("getfield", [b0!], __metajit_o28);
    at = 34;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 37;
    b8 = rec.record("getarrayitem", [b6!, b7!], __metajit_o29);
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
    b3 = rec.record("getfield", [b0!], __metajit_o30);
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
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], rec.snapshot(3, 22, [b0!, b1!, b2!, b3!, b6!, b7!]));
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
    if (!c42.isConst) rec.guard(c42.value === true ? "guard_true" : "guard_false", [c42], rec.snapshot(3, 42, [b0!, b1!, b2!, b3!, b7!, b9!]));
    if (c42.value !== true) {
      break L66;
    }
    at = 52;
    b10 = rec.record("arraylen", [b3!], __metajit_o31);
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
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], rec.snapshot(3, 66, [b0!, b1!, b2!, b3!, b9!]));
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
    b14 = rec.record("getarrayitem", [b3!, b13!], __metajit_o32);
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
    rec.enterFrame(3, 89, [], 14);
    b16 = __metajit_trace_14(rec, b0!, b15!);
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
    b3 = rec.record("getfield", [b0!], __metajit_o30);
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
    b10 = rec.record("arraylen", [b3!], __metajit_o31);
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
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], rec.snapshot(3, 66, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.float(u2)), b3!, b9!]));
    if (c66.value !== true) {
      break L86;
    }
    u13 = u2 | 0;
    b13 = undefined;
    at = 78;
    b14 = rec.record("getarrayitem", [b3!, (b13 ??= __metajit_G.int(u13))], __metajit_o32);
    return b14!;
    }
    u15 = u1;
    b15 = undefined;
    at = 89;
    rec.enterFrame(3, 89, [], 14);
    b16 = __metajit_trace_14_2(rec, b0!, u15);
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
    if (!c7.isConst) rec.guard(c7.value === true ? "guard_true" : "guard_false", [c7], rec.snapshot(4, 7, [b0!, b1!, b3!]));
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
    if (!c30.isConst) rec.guard(c30.value === true ? "guard_true" : "guard_false", [c30], rec.snapshot(4, 30, [b0!, b1!, b6!]));
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
    rec.enterFrame(4, 49, [], 14);
    b9 = __metajit_trace_14(rec, b0!, b1!);
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
    b3 = rec.record("getfield", [b0!], __metajit_o33);
    at = 5;
    b6 = rec.record("getfield_imm", [b3!], __metajit_o34);
    at = 10;
    const c10 = rec.resolve(b6!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], rec.snapshot(5, 10, [b0!, b1!, b2!, b3!, b6!]));
    if (c10.value !== true) {
      break L34;
    }
    at = 19;
    rec.enterFrame(5, 19, [b0!, b1!, b2!], 13);
    b7 = __metajit_trace_13(rec, b3!, b1!);
    rec.leaveFrame();
    b5 = b7;
    break L55;
    }
    at = 34;
    {
      const x = rec.resolve(b3!);
      b3 = x.isConst ? x : rec.promote(x, rec.snapshot(5, 34, [b0!, b1!, b2!, b3!]));
      u3 = x.value;
    }
    at = 41;
    b8 = rec.record("call_pure", [__metajit_k5_2, (b3 ??= __metajit_G.ref(u3)), b1!], { descr: null, type: "float", snapshot: rec.snapshot(5, 41, [b0!, b1!, b2!]) });
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
    if (!c62.isConst) rec.guard(c62.value === true ? "guard_true" : "guard_false", [c62], rec.snapshot(5, 62, [b0!, b1!, b2!, b4!, b9!]));
    if (c62.value !== true) {
      break L86;
    }
    at = 71;
    b10 = rec.record("getfield", [b0!], __metajit_o35);
    at = 76;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 79;
    rec.record("setarrayitem", [b10!, b11!, b2!], __metajit_o36);
    return __metajit_k5_7;
    }
    at = 86;
    rec.record("call", [__metajit_k5_8, b0!, b1!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(5, 86, []) });
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
    b3 = rec.record("getfield", [b0!], __metajit_o33);
    at = 5;
    b6 = rec.record("getfield_imm", [b3!], __metajit_o34);
    at = 10;
    const c10 = rec.resolve(b6!);
    if (!c10.isConst) rec.guard(c10.value === true ? "guard_true" : "guard_false", [c10], rec.snapshot(5, 10, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b6!]));
    if (c10.value !== true) {
      break L34;
    }
    at = 19;
    rec.enterFrame(5, 19, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!], 13);
    b7 = __metajit_trace_13_2(rec, b3!, u1);
    rec.leaveFrame();
    b5 = b7;
    break L55;
    }
    at = 34;
    {
      const x = rec.resolve(b3!);
      b3 = x.isConst ? x : rec.promote(x, rec.snapshot(5, 34, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!]));
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
    if (!c62.isConst) rec.guard(c62.value === true ? "guard_true" : "guard_false", [c62], rec.snapshot(5, 62, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b4!, b9!]));
    if (c62.value !== true) {
      break L86;
    }
    at = 71;
    b10 = rec.record("getfield", [b0!], __metajit_o35);
    at = 76;
    {
      const x0 = rec.resolve(b4!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 79;
    rec.record("setarrayitem", [b10!, b11!, b2!], __metajit_o36);
    return __metajit_k5_7;
    }
    at = 86;
    rec.record("call", [__metajit_k5_8, b0!, (b1 ??= __metajit_G.ref(u1)), b2!], { descr: null, type: "void", snapshot: rec.snapshot(5, 86, []) });
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
    b4 = rec.record("getfield", [b0!], __metajit_o37);
    at = 5;
    rec.enterFrame(6, 5, [b0!, b1!, b2!], 13);
    b3 = __metajit_trace_13(rec, b4!, b1!);
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
    if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(6, 19, [b0!, b1!, b2!, b3!, b5!]));
    if (c19.value !== true) {
      break L43;
    }
    at = 28;
    b6 = rec.record("getfield", [b0!], __metajit_o38);
    at = 33;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 36;
    rec.record("setarrayitem", [b6!, b7!, b2!], __metajit_o39);
    return __metajit_k6_5;
    }
    at = 43;
    rec.record("call", [__metajit_k6_6, b0!, b1!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(6, 43, []) });
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
    b4 = rec.record("getfield", [b0!], __metajit_o40);
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
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], rec.snapshot(7, 22, [b0!, b1!, b2!, b3!, b4!, b7!, b8!]));
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
    if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(7, 43, [b0!, b1!, b2!, b3!, b4!, b8!, b10!]));
    if (c43.value !== true) {
      break L68;
    }
    at = 54;
    b11 = rec.record("arraylen", [b4!], __metajit_o41);
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
    if (!c68.isConst) rec.guard(c68.value === true ? "guard_true" : "guard_false", [c68], rec.snapshot(7, 68, [b0!, b1!, b2!, b3!, b4!, b10!]));
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
    rec.record("setarrayitem", [b4!, b14!, b2!], __metajit_o41);
    return __metajit_k7_6;
    }
    at = 88;
    rec.enterFrame(7, 88, [], 15);
    __metajit_trace_15(rec, b0!, b1!, b2!);
    rec.leaveFrame();
    return __metajit_k7_6;
  } catch (e) {
    throw __metajit_G.switched(e, 7, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value]);
  }
}
/** Traces jitcode 8 (LuaTable.constructor), arguments 1, 2 constant. */
function __metajit_trace_8_6(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown, p2: unknown): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k8_0], __metajit_o42);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k8_2], __metajit_o43);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k8_4], __metajit_o44);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k8_0], __metajit_o45);
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
    b5 = __metajit_k8_8;
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
    b9 = __metajit_k8_8;
    }
    u7 = u9;
    b7 = b9;
    u12 = u3 > 0;
    b12 = undefined;
    if (!u12) {
      break L88;
    }
    at = 74;
    b13 = rec.record("call", [__metajit_k8_10, (b3 ??= __metajit_G.float(u3))], { descr: null, type: "ref", snapshot: rec.snapshot(8, 74, [b0!, (b7 ??= __metajit_G.float(u7))]) });
    b11 = b13;
    break L91;
    }
    u11 = __metajit_k8_11.value;
    b11 = __metajit_k8_11;
    b11 ??= __metajit_G.ref(u11);
    }
    at = 91;
    rec.record("setfield", [b0!, b11!], __metajit_o46);
    u15 = u7 > 0;
    b15 = undefined;
    if (!u15) {
      break L119;
    }
    {
      const f = __metajit_k8_13.value as (...a: unknown[]) => unknown;
      u16 = __metajit_G.asFloat("call_pure", f(u7), "");
      b16 = undefined;
    }
    u14 = u16;
    b14 = b16;
    break L122;
    }
    u14 = 0;
    b14 = __metajit_k8_8;
    }
    at = 122;
    rec.record("setfield", [b0!, (b14 ??= __metajit_G.float(u14))], __metajit_o47);
    return __metajit_k8_0;
  } catch (e) {
    throw __metajit_G.switched(e, 8, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3 !== undefined ? b3.value : u3, b4 !== undefined ? b4.value : u4, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16]);
  }
}
/** Traces jitcode 9 (luaMod). */
function __metajit_trace_9(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
    b3 = rec.record("call_pure", [__metajit_k9_0, b2!], { descr: null, type: "float", snapshot: rec.snapshot(9, 4, [b0!, b1!]) });
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
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value]);
  }
}
/** Traces jitcode 10 (LuaTable.length). */
function __metajit_trace_10(rec: __metajit_Recorder, p0: __metajit_Value): __metajit_Value {
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
          b1 = rec.record("getfield", [b0!], __metajit_o48);
          at = 5;
          b3 = rec.record("arraylen", [b1!], __metajit_o49);
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
            b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k10_3], v);
          }
          b5 = b4;
          at = 19;
          const c19 = b4!;
          if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(10, 19, [b0!, b1!, b2!, b4!, b5!]));
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
            b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k10_5], v);
          }
          at = 32;
          {
            const x0 = b6!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 35;
          b8 = rec.record("getarrayitem", [b1!, b7!], __metajit_o50);
          at = 41;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k10_6.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_6], v);
          }
          b5 = b9;
          block = 48;
          continue dispatch;
        }
        case 48: {
          at = 48;
          const c48 = rec.resolve(b5!);
          if (!c48.isConst) rec.guard(c48.value === true ? "guard_true" : "guard_false", [c48], rec.snapshot(10, 48, [b0!, b1!, b2!, b5!]));
          if (c48.value !== true) {
            block = 131;
            continue dispatch;
          }
          block = 56;
          continue dispatch;
        }
        case 56: {
          u10 = 0;
          b10 = __metajit_k10_3;
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
            b12 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k10_5], v);
          }
          at = 67;
          const c67 = b12!;
          if (!c67.isConst) rec.guard(c67.value === true ? "guard_true" : "guard_false", [c67], rec.snapshot(10, 67, [b1!, b2!, b10!, b12!]));
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
            b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k10_9], v);
          }
          at = 83;
          b13 = rec.record("call_pure", [__metajit_k10_7, b15!], { descr: null, type: "float", snapshot: rec.snapshot(10, 83, [b1!, b2!, b10!]) });
          at = 93;
          {
            const x0 = b13!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k10_5], v);
          }
          at = 97;
          {
            const x0 = b16!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 100;
          b18 = rec.record("getarrayitem", [b1!, b17!], __metajit_o50);
          at = 106;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value;
            const v = v0 === __metajit_k10_6.value;
            b19 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_6], v);
          }
          at = 110;
          const c110 = b19!;
          if (!c110.isConst) rec.guard(c110.value === true ? "guard_true" : "guard_false", [c110], rec.snapshot(10, 110, [b1!, b2!, b10!, b13!, b19!]));
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
          b20 = rec.record("getfield", [b0!], __metajit_o51);
          at = 136;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 === 0;
            b21 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k10_3], v);
          }
          at = 140;
          const c140 = b21!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(10, 140, [b0!, b2!, b21!]));
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
          rec.enterFrame(10, 149, [], 16);
          b22 = __metajit_trace_16(rec, b0!, b2!);
          rec.leaveFrame();
          return b22!;
        }
        default: throw new Error("LuaTable.length: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value]);
  }
}
/** Traces jitcode 11 (Interpreter.pushFrame), arguments 4, 6, 7 constant. */
function __metajit_trace_11_208(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: number, p7: number): __metajit_Value {
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
  try {
    L41: {
    at = 0;
    b8 = rec.record("getfield", [b1!], __metajit_o52);
    at = 5;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k11_2], v);
    }
    at = 9;
    b10 = rec.record("getfield", [b0!], __metajit_o53);
    at = 14;
    {
      const x0 = b9!;
      const v0 = x0.value as number;
      const x1 = rec.resolve(b10!);
      const v1 = x1.value as number;
      const v = v0 >= v1;
      b11 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, x1], v);
    }
    at = 18;
    const c18 = b11!;
    if (!c18.isConst) rec.guard(c18.value === true ? "guard_true" : "guard_false", [c18], rec.snapshot(11, 18, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b11!]));
    if (c18.value !== true) {
      break L41;
    }
    at = 32;
    b12 = rec.record("call", [__metajit_k11_4, b0!], { descr: null, type: "ref", snapshot: rec.snapshot(11, 32, []) });
    throw b12!.value;
    }
    at = 41;
    rec.enterFrame(11, 41, [b1!, b2!, b8!], 17);
    b13 = __metajit_trace_17_104(rec, b0!, b2!, b3!, u4, b5!, u6, u7);
    rec.leaveFrame();
    at = 56;
    b14 = rec.record("getfield", [b1!], __metajit_o54);
    at = 61;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 64;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o55);
    at = 69;
    b16 = rec.record("getfield", [b1!], __metajit_o56);
    at = 74;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 77;
    rec.record("setarrayitem", [b16!, b17!, b13!], __metajit_o55);
    at = 82;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k11_2], v);
    }
    at = 86;
    rec.record("setfield", [b1!, b18!], __metajit_o57);
    return b13!;
  } catch (e) {
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 12 (Interpreter.tailFrame), arguments 4 constant. */
function __metajit_trace_12_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
  try {
    at = 0;
    b8 = rec.record("getfield_imm", [b6!], __metajit_o58);
    at = 5;
    b9 = rec.record("getfield_imm", [b6!], __metajit_o59);
    at = 10;
    rec.enterFrame(12, 10, [b1!, b2!, b6!], 17);
    b7 = __metajit_trace_17_8(rec, b0!, b2!, b3!, u4, b5!, b8!, b9!);
    rec.leaveFrame();
    at = 25;
    b10 = rec.record("getfield", [b6!], __metajit_o60);
    at = 30;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k12_4], v);
    }
    at = 34;
    rec.record("setfield", [b7!, b11!], __metajit_o61);
    at = 38;
    b13 = rec.record("getfield", [b1!], __metajit_o62);
    at = 43;
    {
      const x0 = rec.resolve(b13!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b12 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k12_4], v);
    }
    at = 47;
    b14 = rec.record("getfield", [b1!], __metajit_o63);
    at = 52;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 55;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o64);
    at = 60;
    b16 = rec.record("getfield", [b1!], __metajit_o65);
    at = 65;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 68;
    rec.record("setarrayitem", [b16!, b17!, b7!], __metajit_o64);
    return b7!;
  } catch (e) {
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value]);
  }
}
/** Traces jitcode 13 (Shape.lookup). */
function __metajit_trace_13(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o66);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o67);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k13_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(13, 16, [b0!, b1!, b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k13_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(13, 35, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o68);
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
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(13, 57, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k13_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o69);
          at = 81;
          b12 = rec.record("call", [__metajit_k13_10, b13!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k13_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(13, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k13_8;
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
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 13 (Shape.lookup), arguments 1 constant. */
function __metajit_trace_13_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o66);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o67);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k13_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(13, 16, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k13_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(13, 35, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o68);
          at = 53;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value;
            const v = v0 === u1;
            b11 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, (b1 ??= __metajit_G.ref(u1))], v);
          }
          at = 57;
          const c57 = b11!;
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(13, 57, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k13_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o69);
          at = 81;
          b12 = rec.record("call", [__metajit_k13_10, b13!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(13, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k13_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(13, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k13_8;
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
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 14 (LuaTable.getHashed). */
function __metajit_trace_14(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
    b2 = rec.record("getfield", [b0!], __metajit_o70);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k14_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(14, 9, [b1!, b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k14_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o71);
    at = 23;
    b4 = rec.record("call", [__metajit_k14_3, b5!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(14, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k14_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(14, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k14_1.value;
    b6 = __metajit_k14_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o72);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o73);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 14 (LuaTable.getHashed), arguments 1 constant. */
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
    b2 = rec.record("getfield", [b0!], __metajit_o70);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k14_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(14, 9, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k14_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o71);
    at = 23;
    b4 = rec.record("call", [__metajit_k14_3, b5!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(14, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k14_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(14, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k14_1.value;
    b6 = __metajit_k14_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o72);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o73);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 15 (LuaTable.setNumSlow). */
function __metajit_trace_15(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
    b3 = rec.record("getfield", [b0!], __metajit_o74);
    at = 5;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
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
    if (!c12.isConst) rec.guard(c12.value === true ? "guard_true" : "guard_false", [c12], rec.snapshot(15, 12, [b0!, b1!, b2!, b3!, b5!]));
    if (c12.value !== true) {
      break L75;
    }
    at = 21;
    b7 = rec.record("getfield_imm", [b3!], __metajit_o75);
    at = 26;
    b6 = rec.record("call", [__metajit_k15_3, b7!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(15, 26, [b0!, b1!, b2!, b3!]) });
    at = 38;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = v0 === __metajit_k15_1.value;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_1], v);
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
    if (!c45.isConst) rec.guard(c45.value === true ? "guard_true" : "guard_false", [c45], rec.snapshot(15, 45, [b0!, b1!, b2!, b3!, b6!, b9!]));
    if (c45.value !== true) {
      break L73;
    }
    at = 55;
    b10 = rec.record("getfield_imm", [b3!], __metajit_o76);
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
    rec.record("setarrayitem", [b10!, b12!, b2!], __metajit_o77);
    return __metajit_k15_1;
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
    if (!c82.isConst) rec.guard(c82.value === true ? "guard_true" : "guard_false", [c82], rec.snapshot(15, 82, [b0!, b1!, b2!, b14!]));
    if (c82.value !== true) {
      break L99;
    }
    at = 90;
    b15 = rec.record("call", [__metajit_k15_6, __metajit_k15_7], { descr: null, type: "ref", snapshot: rec.snapshot(15, 90, []) });
    throw b15!.value;
    }
    at = 99;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k15_10], v);
    }
    at = 103;
    const c103 = b17!;
    if (!c103.isConst) rec.guard(c103.value === true ? "guard_true" : "guard_false", [c103], rec.snapshot(15, 103, [b0!, b1!, b2!, b17!]));
    if (c103.value !== true) {
      break L116;
    }
    u16 = 0;
    b16 = __metajit_k15_10;
    b16 ??= __metajit_G.float(u16);
    break L119;
    }
    b16 = b1;
    }
    at = 119;
    rec.record("call", [__metajit_k15_8, b0!, b16!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(15, 119, []) });
    return __metajit_k15_1;
  } catch (e) {
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16 !== undefined ? b16.value : u16, b17?.value]);
  }
}
/** Traces jitcode 16 (LuaTable.unboundSearch). */
function __metajit_trace_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k16_1], v);
          }
          block = 7;
          continue dispatch;
        }
        case 7: {
          at = 7;
          rec.enterFrame(16, 7, [b0!, b2!, b3!], 3);
          b4 = __metajit_trace_3(rec, b0!, b3!);
          rec.leaveFrame();
          at = 17;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value;
            const v = v0 === __metajit_k16_2.value;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k16_2], v);
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
          if (!c24.isConst) rec.guard(c24.value === true ? "guard_true" : "guard_false", [c24], rec.snapshot(16, 24, [b0!, b2!, b3!, b6!]));
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k16_4], v);
          }
          at = 39;
          {
            const x0 = b3!;
            const v0 = x0.value as number;
            const v = v0 > 2147483647;
            b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k16_6], v);
          }
          at = 43;
          const c43 = b7!;
          if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(16, 43, [b0!, b2!, b3!, b7!]));
          if (c43.value !== true) {
            block = 89;
            continue dispatch;
          }
          block = 51;
          continue dispatch;
        }
        case 51: {
          u2 = 1;
          b2 = __metajit_k16_1;
          block = 54;
          continue dispatch;
        }
        case 54: {
          at = 54;
          rec.enterFrame(16, 54, [b0!, (b2 ??= __metajit_G.float(u2))], 3);
          b8 = __metajit_trace_3_2(rec, b0!, u2);
          rec.leaveFrame();
          at = 63;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k16_2.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k16_2], v);
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
          if (!c70.isConst) rec.guard(c70.value === true ? "guard_true" : "guard_false", [c70], rec.snapshot(16, 70, [b0!, (b2 ??= __metajit_G.float(u2)), b10!]));
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
            b13 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k16_1], v);
          }
          at = 99;
          const c99 = b13!;
          if (!c99.isConst) rec.guard(c99.value === true ? "guard_true" : "guard_false", [c99], rec.snapshot(16, 99, [b0!, b2!, b3!, b13!]));
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
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k16_4], v);
          }
          at = 115;
          b14 = rec.record("call_pure", [__metajit_k16_7, b16!], { descr: null, type: "float", snapshot: rec.snapshot(16, 115, [b0!, b2!, b3!]) });
          at = 125;
          rec.enterFrame(16, 125, [b0!, b2!, b3!, b14!], 3);
          b17 = __metajit_trace_3(rec, b0!, b14!);
          rec.leaveFrame();
          at = 136;
          {
            const x0 = rec.resolve(b17!);
            const v0 = x0.value;
            const v = v0 === __metajit_k16_2.value;
            b18 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k16_2], v);
          }
          at = 140;
          const c140 = b18!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(16, 140, [b0!, b2!, b3!, b14!, b18!]));
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
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11 !== undefined ? b11.value : u11, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 17 (Interpreter.newFrame), arguments 3 constant. */
function __metajit_trace_17_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let u3: number = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let u12!: number;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: unknown;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let u17!: number;
  let b18: __metajit_Value | undefined;
  let u18!: number;
  let b19: __metajit_Value | undefined;
  let b20: __metajit_Value | undefined;
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
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b7 = rec.record("getfield_imm", [b1!], __metajit_o78);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o79);
          at = 10;
          b10 = rec.record("getfield_imm", [b7!], __metajit_o80);
          at = 15;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 18;
          b9 = rec.record("new_array", [b11!], __metajit_o81);
          u12 = 0;
          b12 = __metajit_k17_5;
          block = 25;
          continue dispatch;
        }
        case 25: {
          at = 25;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u12 < v1;
            b13 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b12 ??= __metajit_G.float(u12)), x1], v);
          }
          at = 29;
          const c29 = b13!;
          if (!c29.isConst) rec.guard(c29.value === true ? "guard_true" : "guard_false", [c29], rec.snapshot(17, 29, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b12 ??= __metajit_G.float(u12)), b13!]));
          if (c29.value !== true) {
            block = 101;
            continue dispatch;
          }
          block = 45;
          continue dispatch;
        }
        case 45: {
          u14 = u12 | 0;
          b14 = undefined;
          at = 48;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u12 < v1;
            b16 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b12 ??= __metajit_G.float(u12)), x1], v);
          }
          at = 52;
          const c52 = b16!;
          if (!c52.isConst) rec.guard(c52.value === true ? "guard_true" : "guard_false", [c52], rec.snapshot(17, 52, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b12 ??= __metajit_G.float(u12)), (b14 ??= __metajit_G.int(u14)), b16!]));
          if (c52.value !== true) {
            block = 87;
            continue dispatch;
          }
          block = 69;
          continue dispatch;
        }
        case 69: {
          u17 = u3 + u12;
          b17 = undefined;
          u18 = u17 | 0;
          b18 = undefined;
          at = 76;
          b19 = rec.record("getarrayitem", [b2!, (b18 ??= __metajit_G.int(u18))], __metajit_o82);
          b15 = b19;
          block = 90;
          continue dispatch;
        }
        case 87: {
          u15 = __metajit_k17_6.value;
          b15 = __metajit_k17_6;
          b15 ??= __metajit_G.ref(u15);
          block = 90;
          continue dispatch;
        }
        case 90: {
          at = 90;
          rec.record("setarrayitem", [b9!, (b14 ??= __metajit_G.int(u14)), b15!], __metajit_o81);
          u12 = u12 + 1;
          b12 = undefined;
          block = 25;
          continue dispatch;
        }
        case 101: {
          b20 = b8;
          block = 104;
          continue dispatch;
        }
        case 104: {
          at = 104;
          b21 = rec.record("getfield_imm", [b7!], __metajit_o80);
          at = 109;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b21!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b22 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 113;
          const c113 = b22!;
          if (!c113.isConst) rec.guard(c113.value === true ? "guard_true" : "guard_false", [c113], rec.snapshot(17, 113, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b20!, b22!]));
          if (c113.value !== true) {
            block = 143;
            continue dispatch;
          }
          block = 129;
          continue dispatch;
        }
        case 129: {
          at = 129;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b23 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 132;
          rec.record("setarrayitem", [b9!, b23!, __metajit_k17_6], __metajit_o81);
          at = 137;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b20 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k17_7], v);
          }
          block = 104;
          continue dispatch;
        }
        case 143: {
          at = 143;
          b26 = rec.record("getfield_imm", [b7!], __metajit_o83);
          b27 = b26;
          at = 151;
          const c151 = rec.resolve(b26!);
          if (!c151.isConst) rec.guard(c151.value === true ? "guard_true" : "guard_false", [c151], rec.snapshot(17, 151, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b26!, b27!]));
          if (c151.value !== true) {
            block = 174;
            continue dispatch;
          }
          block = 167;
          continue dispatch;
        }
        case 167: {
          at = 167;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b28 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b27 = b28;
          block = 174;
          continue dispatch;
        }
        case 174: {
          at = 174;
          const c174 = rec.resolve(b27!);
          if (!c174.isConst) rec.guard(c174.value === true ? "guard_true" : "guard_false", [c174], rec.snapshot(17, 174, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b27!]));
          if (c174.value !== true) {
            block = 217;
            continue dispatch;
          }
          block = 189;
          continue dispatch;
        }
        case 189: {
          at = 189;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b29 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 193;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b30 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 197;
          b31 = rec.record("call", [__metajit_k17_9, b2!, b29!, b30!], { descr: null, type: "ref", snapshot: rec.snapshot(17, 197, [b1!, b5!, b6!, b7!, b8!, b9!]) });
          b25 = b31;
          block = 225;
          continue dispatch;
        }
        case 217: {
          at = 217;
          b32 = rec.record("getfield_imm", [b0!], __metajit_o84);
          b25 = b32;
          block = 225;
          continue dispatch;
        }
        case 225: {
          b24 = b25;
          at = 228;
          b33 = rec.record("getfield_imm", [b1!], __metajit_o85);
          at = 233;
          const c233 = rec.resolve(b33!);
          if (!c233.isConst) rec.guard(c233.value === true ? "guard_true" : "guard_false", [c233], rec.snapshot(17, 233, [b1!, b5!, b6!, b7!, b8!, b9!, b24!, b33!]));
          if (c233.value !== true) {
            block = 269;
            continue dispatch;
          }
          block = 245;
          continue dispatch;
        }
        case 245: {
          at = 245;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b34 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 248;
          b35 = rec.record("call", [__metajit_k17_12, b24!], { descr: null, type: "ref", snapshot: rec.snapshot(17, 248, [b1!, b5!, b6!, b7!, b9!, b24!, b34!]) });
          at = 262;
          rec.record("setarrayitem", [b9!, b34!, b35!], __metajit_o81);
          block = 269;
          continue dispatch;
        }
        case 269: {
          at = 269;
          b36 = rec.record("new", [__metajit_k17_13]);
          at = 272;
          rec.enterFrame(17, 272, [b36!], 18);
          __metajit_trace_18(rec, b36!, b1!, b7!, b9!, b24!, b5!, b6!);
          rec.leaveFrame();
          return b36!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 17, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value, b35?.value, b36?.value]);
  }
}
/** Traces jitcode 17 (Interpreter.newFrame), arguments 3, 5, 6 constant. */
function __metajit_trace_17_104(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
  let b7: __metajit_Value | undefined;
  let b8: __metajit_Value | undefined;
  let b9: __metajit_Value | undefined;
  let b10: __metajit_Value | undefined;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let u12!: number;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: unknown;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let u17!: number;
  let b18: __metajit_Value | undefined;
  let u18!: number;
  let b19: __metajit_Value | undefined;
  let b20: __metajit_Value | undefined;
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
  try {
    let block = 0;
    dispatch: for (;;) {
      switch (block) {
        case 0: {
          at = 0;
          b7 = rec.record("getfield_imm", [b1!], __metajit_o78);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o79);
          at = 10;
          b10 = rec.record("getfield_imm", [b7!], __metajit_o80);
          at = 15;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b11 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 18;
          b9 = rec.record("new_array", [b11!], __metajit_o81);
          u12 = 0;
          b12 = __metajit_k17_5;
          block = 25;
          continue dispatch;
        }
        case 25: {
          at = 25;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u12 < v1;
            b13 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b12 ??= __metajit_G.float(u12)), x1], v);
          }
          at = 29;
          const c29 = b13!;
          if (!c29.isConst) rec.guard(c29.value === true ? "guard_true" : "guard_false", [c29], rec.snapshot(17, 29, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b12 ??= __metajit_G.float(u12)), b13!]));
          if (c29.value !== true) {
            block = 101;
            continue dispatch;
          }
          block = 45;
          continue dispatch;
        }
        case 45: {
          u14 = u12 | 0;
          b14 = undefined;
          at = 48;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u12 < v1;
            b16 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b12 ??= __metajit_G.float(u12)), x1], v);
          }
          at = 52;
          const c52 = b16!;
          if (!c52.isConst) rec.guard(c52.value === true ? "guard_true" : "guard_false", [c52], rec.snapshot(17, 52, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b12 ??= __metajit_G.float(u12)), (b14 ??= __metajit_G.int(u14)), b16!]));
          if (c52.value !== true) {
            block = 87;
            continue dispatch;
          }
          block = 69;
          continue dispatch;
        }
        case 69: {
          u17 = u3 + u12;
          b17 = undefined;
          u18 = u17 | 0;
          b18 = undefined;
          at = 76;
          b19 = rec.record("getarrayitem", [b2!, (b18 ??= __metajit_G.int(u18))], __metajit_o82);
          b15 = b19;
          block = 90;
          continue dispatch;
        }
        case 87: {
          u15 = __metajit_k17_6.value;
          b15 = __metajit_k17_6;
          b15 ??= __metajit_G.ref(u15);
          block = 90;
          continue dispatch;
        }
        case 90: {
          at = 90;
          rec.record("setarrayitem", [b9!, (b14 ??= __metajit_G.int(u14)), b15!], __metajit_o81);
          u12 = u12 + 1;
          b12 = undefined;
          block = 25;
          continue dispatch;
        }
        case 101: {
          b20 = b8;
          block = 104;
          continue dispatch;
        }
        case 104: {
          at = 104;
          b21 = rec.record("getfield_imm", [b7!], __metajit_o80);
          at = 109;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b21!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b22 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 113;
          const c113 = b22!;
          if (!c113.isConst) rec.guard(c113.value === true ? "guard_true" : "guard_false", [c113], rec.snapshot(17, 113, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b20!, b22!]));
          if (c113.value !== true) {
            block = 143;
            continue dispatch;
          }
          block = 129;
          continue dispatch;
        }
        case 129: {
          at = 129;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b23 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 132;
          rec.record("setarrayitem", [b9!, b23!, __metajit_k17_6], __metajit_o81);
          at = 137;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b20 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k17_7], v);
          }
          block = 104;
          continue dispatch;
        }
        case 143: {
          at = 143;
          b26 = rec.record("getfield_imm", [b7!], __metajit_o83);
          b27 = b26;
          at = 151;
          const c151 = rec.resolve(b26!);
          if (!c151.isConst) rec.guard(c151.value === true ? "guard_true" : "guard_false", [c151], rec.snapshot(17, 151, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b26!, b27!]));
          if (c151.value !== true) {
            block = 174;
            continue dispatch;
          }
          block = 167;
          continue dispatch;
        }
        case 167: {
          at = 167;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b28 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b27 = b28;
          block = 174;
          continue dispatch;
        }
        case 174: {
          at = 174;
          const c174 = rec.resolve(b27!);
          if (!c174.isConst) rec.guard(c174.value === true ? "guard_true" : "guard_false", [c174], rec.snapshot(17, 174, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b27!]));
          if (c174.value !== true) {
            block = 217;
            continue dispatch;
          }
          block = 189;
          continue dispatch;
        }
        case 189: {
          at = 189;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b29 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 193;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b30 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 197;
          b31 = rec.record("call", [__metajit_k17_9, b2!, b29!, b30!], { descr: null, type: "ref", snapshot: rec.snapshot(17, 197, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!]) });
          b25 = b31;
          block = 225;
          continue dispatch;
        }
        case 217: {
          at = 217;
          b32 = rec.record("getfield_imm", [b0!], __metajit_o84);
          b25 = b32;
          block = 225;
          continue dispatch;
        }
        case 225: {
          b24 = b25;
          at = 228;
          b33 = rec.record("getfield_imm", [b1!], __metajit_o85);
          at = 233;
          const c233 = rec.resolve(b33!);
          if (!c233.isConst) rec.guard(c233.value === true ? "guard_true" : "guard_false", [c233], rec.snapshot(17, 233, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b24!, b33!]));
          if (c233.value !== true) {
            block = 269;
            continue dispatch;
          }
          block = 245;
          continue dispatch;
        }
        case 245: {
          at = 245;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b34 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 248;
          b35 = rec.record("call", [__metajit_k17_12, b24!], { descr: null, type: "ref", snapshot: rec.snapshot(17, 248, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b9!, b24!, b34!]) });
          at = 262;
          rec.record("setarrayitem", [b9!, b34!, b35!], __metajit_o81);
          block = 269;
          continue dispatch;
        }
        case 269: {
          at = 269;
          b36 = rec.record("new", [__metajit_k17_13]);
          at = 272;
          rec.enterFrame(17, 272, [b36!], 18);
          __metajit_trace_18_96(rec, b36!, b1!, b7!, b9!, b24!, u5, u6);
          rec.leaveFrame();
          return b36!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 17, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value, b35?.value, b36?.value]);
  }
}
/** Traces jitcode 18 (Frame.constructor). */
function __metajit_trace_18(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined = p3;
  let b4: __metajit_Value | undefined = p4;
  let b5: __metajit_Value | undefined = p5;
  let b6: __metajit_Value | undefined = p6;
  try {
    at = 0;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o86);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o87);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k18_4], __metajit_o88);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o89);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o90);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o91);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o92);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o93);
    at = 32;
    rec.record("setfield", [b0!, b5!], __metajit_o94);
    at = 36;
    rec.record("setfield", [b0!, b6!], __metajit_o95);
    return __metajit_k18_4;
  } catch (e) {
    throw __metajit_G.switched(e, 18, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value]);
  }
}
/** Traces jitcode 18 (Frame.constructor), arguments 5, 6 constant. */
function __metajit_trace_18_96(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
  try {
    at = 0;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o86);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o87);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k18_4], __metajit_o88);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k18_1], __metajit_o89);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o90);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o91);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o92);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o93);
    at = 32;
    rec.record("setfield", [b0!, (b5 ??= __metajit_G.float(u5))], __metajit_o94);
    at = 36;
    rec.record("setfield", [b0!, (b6 ??= __metajit_G.float(u6))], __metajit_o95);
    return __metajit_k18_4;
  } catch (e) {
    throw __metajit_G.switched(e, 18, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!));
}
const __metajit_portal_0 = { name: "Interpreter.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2], virtualizableArrays: [4] }), generated: __metajit_generated_0 };
