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
 * `regs`, `thread` and `stop`; `canEnterJit` sits at every backward jump (FORLOOP, TFORLOOP's
 * loop-back, JMP and conditional jumps with a negative offset). Slow paths are methods: the
 * ones that run metamethods, build error messages or call natives are `@jit.opaque`.
 */

import { JitDriver, jit } from '../../../runtime/hints/index.js';
import { luaPow } from '../bytecode/numeric.js';
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
  readonly driver = new JitDriver({ name: 'lua', greens: ['pc', 'proto'], reds: ['frame', 'regs', 'thread', 'stop'] });
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
          if (typeof x === 'number' && typeof y === 'number') regs[a] = x - Math.floor(x / y) * y;
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
    const regs: LuaValue[] = [];
    for (let r = 0; r < np; r++) regs.push(r < nargs ? src[first + r] : undefined);
    for (let r = np; r < p.maxStack; r++) regs.push(undefined);
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
    { name: "Interpreter.run.portal", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rfrrrrfffrifirififbirifirirrifiririfbbrrifbbfifrifbirrrrifiirfirrrrrrifirbbrbbifrifririrrbirrfirrbrbrbrrrrbfrrbbrbbirrrrrifirbirirrrrrifirfiirfrifririrrbirrfirrrbirrfirbbrbrbbrbbffbfirifrrifrrfrifririrrbirrfirfirbrbrbrrrbbbbrrbbrbrbbbrbbifrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbiffffffffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfririrbiffrirrrifiibbbbrfririrbifrbifrirfrifriririfbbrbbrbirirfrifibfrifrirrbirrfirrrbirrfirbbbrbbrbbbiibbfifriffibfrifrirrbirrfirrrbirrfirbrbbrbbrifbffbffbrifbbiibbfifriffibribbbbbrifbbiibbfifriffibrrifibbbbbrifbbiibifriffibfifrifrifffbbffffribbbrfrfffrbffibffbfiirfffbfirfbirfriffbbffffribbbrbbrfrfffrbffiffbfiirfffriffbbfffrbbffbfrrrfirffbfbfifirffbfirbfirffirfirfffirbbbbriffiirfirrirfirfirbbbbrbbbbrbbiirffirffrriffifrirfibbfifriffibfifriffbbfffrifrbbirrifirrfriribffbfiirffffbfirfbirrifrr",
      pool: [__metajit.pool.field("a"), __metajit.pool.array("any"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.int(0), __metajit.pool.field("op"), __metajit.pool.field("b"), __metajit.pool.field("k"), __metajit.pool.float(0), __metajit.pool.field("c"), __metajit.pool.ref(undefined), __metajit.pool.field("closure"), __metajit.pool.field("upvals"), __metajit.pool.field("regs"), __metajit.pool.field("index"), __metajit.pool.field("env"), __metajit.pool.field("metatable"), __metajit.pool.field("pc"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("string"), __metajit.pool.ref("number"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("__index"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(12), __metajit.pool.float(12), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(13), __metajit.pool.float(13), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(14), __metajit.pool.float(14), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(15), __metajit.pool.float(15), __metajit.pool.ref(Math.floor), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(16), __metajit.pool.float(16), __metajit.pool.ref(__metajit_ref_1), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(17), __metajit.pool.float(17), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(18), __metajit.pool.float(18), __metajit.pool.bool(false), __metajit.pool.ref(false), __metajit.pool.ref(stringLength), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("lenSlow")), __metajit.pool.ref(__metajit.concatStrings), __metajit.pool.ref(__metajit.methodCaller("concatSlow")), __metajit.pool.ref("object"), __metajit.pool.ref(__metajit.methodCaller("equalsSlow")), __metajit.pool.int(24), __metajit.pool.float(24), __metajit.pool.ref(__metajit.methodCaller("compareSlow")), __metajit.pool.field("top"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("proto"), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("yieldRequested"), __metajit.pool.field("pendingA"), __metajit.pool.field("pendingC"), __metajit.pool.field("depth"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("openUpvals"), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("frames"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(3), __metajit.pool.float(3), __metajit.pool.ref(__metajit.methodCaller("forPrepSlow")), __metajit.pool.ref(__metajit.methodCaller("forCall")), __metajit.pool.ref(__metajit.methodCaller("setList")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("makeClosure")), __metajit.pool.field("protos"), __metajit.pool.field("varargs"), __metajit.pool.ref(__metajit.methodCaller("runtimeError")), __metajit.pool.ref("bad opcode "), __metajit.pool.ref(__metajit.concatStrings)],
      code: [66, 7, 1, 49, 9, 3, 2, -1, 34, 10, 7, 52, 8, 1, 9, 10, -2, 20, 11, 1, -4, 34, 12, 11, 33, 1, 12, 49, 13, 3, 2, -6, 34, 14, 7, 52, 15, 1, 13, 14, -2, 34, 16, 15, 33, 17, 16, 31, 18, 17, 15, 58, 18, 7631, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 18, 59, 16, 7631, 38, 0, 157, 1, 190, 2, 228, 3, 307, 4, 358, 5, 420, 6, 564, 7, 980, 8, 1101, 9, 1163, 10, 1588, 11, 1652, 12, 2252, 13, 2507, 14, 2762, 15, 3017, 16, 3272, 17, 3558, 18, 3825, 19, 3923, 20, 3991, 21, 4155, 22, 4346, 23, 4390, 24, 4730, 25, 4730, 26, 5124, 27, 5274, 28, 5446, 29, 5948, 30, 6360, 31, 6720, 32, 6873, 33, 7096, 34, 7238, 35, 7332, 36, 7377, 37, 7432, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 34, 19, 8, 49, 20, 3, 2, -7, 34, 21, 7, 52, 22, 1, 20, 21, -2, 34, 23, 22, 51, 24, 3, 4, 23, -2, 53, 4, 19, 24, -2, 57, 7668, 34, 25, 8, 49, 26, 3, 2, -8, 49, 27, 3, 2, -7, 34, 28, 7, 52, 29, 1, 27, 28, -2, 34, 30, 29, 52, 31, 3, 26, 30, -2, 53, 4, 25, 31, -2, 57, 7668, 34, 32, 8, 49, 33, 3, 2, -7, 34, 34, 7, 52, 35, 1, 33, 34, -2, 31, 36, 35, -9, 35, 37, 36, 43, 38, 37, 53, 4, 32, 38, -2, 49, 39, 3, 2, -10, 34, 40, 7, 52, 41, 1, 39, 40, -2, 31, 42, 41, -9, 35, 43, 42, 58, 43, 305, 8, 0, 1, 2, 3, 4, 5, 6, 43, 20, 44, 1, -4, 34, 45, 44, 33, 1, 45, 57, 305, 57, 7668, 49, 47, 3, 2, -7, 34, 48, 7, 52, 46, 1, 47, 48, -2, 66, 49, 8, 28, 50, 49, 46, 58, 50, 356, 10, 0, 1, 2, 3, 4, 5, 6, 46, 49, 50, 34, 51, 49, 53, 4, 51, -11, -2, 20, 49, 49, -4, 57, 324, 57, 7668, 49, 53, 3, 3, -12, 49, 54, 3, 53, -13, 49, 55, 3, 2, -7, 34, 56, 7, 52, 57, 1, 55, 56, -2, 34, 58, 57, 51, 52, 3, 54, 58, -2, 34, 59, 8, 48, 60, 3, 52, -14, 48, 61, 1, 52, -15, 34, 62, 61, 51, 63, 3, 60, 62, -2, 53, 4, 59, 63, -2, 57, 7668, 49, 65, 3, 3, -12, 48, 64, 3, 65, -16, 49, 67, 3, 2, -8, 49, 68, 3, 2, -7, 34, 69, 7, 52, 70, 1, 68, 69, -2, 34, 71, 70, 52, 66, 3, 67, 71, -2, 60, 1, 72, 2, 64, 66, 10, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 37, 73, 72, -11, 66, 74, 73, 58, 73, 514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 73, 74, 48, 75, 3, 64, -17, 37, 76, 75, -11, 35, 77, 76, 66, 74, 77, 58, 74, 554, 12, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 74, 50, 3, 1, -18, 61, -19, 72, 0, 4, 0, 64, 66, -20, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 554, 34, 78, 8, 53, 4, 78, 72, -2, 57, 7668, 49, 80, 3, 2, -7, 34, 81, 7, 52, 79, 1, 80, 81, -2, 49, 83, 3, 2, -10, 34, 84, 7, 52, 82, 1, 83, 84, -2, 34, 86, 79, 51, 85, 3, 4, 86, -2, 30, 89, 82, -9, 58, 89, 635, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 89, 34, 90, 82, 51, 91, 3, 4, 90, -2, 66, 88, 91, 57, 656, 49, 92, 3, 2, -8, 21, 93, -21, 82, 34, 94, 93, 52, 95, 3, 92, 94, -2, 66, 88, 95, 66, 87, 88, 66, 96, -11, 61, -22, 97, 1, 2, 85, -23, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 58, 97, 948, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 97, 40, 98, 87, 37, 99, 98, -24, 58, 99, 792, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 99, 27, 101, 82, -9, 58, 101, 766, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 101, 60, 1, 102, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 100, 102, 57, 787, 60, 2, 103, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 100, 103, 66, 96, 100, 57, 865, 40, 105, 87, 37, 106, 105, -25, 58, 106, 841, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 106, 45, 107, 87, 60, 3, 108, 2, 85, 107, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 104, 108, 57, 862, 60, 4, 109, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 104, 109, 66, 96, 104, 37, 110, 96, -11, 66, 111, 110, 58, 110, 905, 14, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 110, 111, 48, 112, 3, 85, -17, 37, 113, 112, -11, 35, 114, 113, 66, 111, 114, 58, 111, 946, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 111, 50, 3, 1, -18, 61, -26, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 946, 57, 970, 50, 3, 1, -18, 61, -27, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 115, 8, 53, 4, 115, 96, -2, 57, 7668, 49, 117, 3, 3, -12, 48, 116, 3, 117, -16, 49, 119, 3, 2, -8, 49, 120, 3, 2, -7, 34, 121, 7, 52, 122, 1, 120, 121, -2, 34, 123, 122, 52, 118, 3, 119, 123, -2, 48, 124, 3, 116, -17, 37, 125, 124, -11, 58, 125, 1068, 11, 0, 1, 2, 3, 4, 5, 6, 8, 116, 118, 125, 34, 126, 8, 51, 127, 3, 4, 126, -2, 60, 5, -1, 3, 116, 118, 127, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1099, 50, 3, 1, -18, 34, 128, 8, 51, 129, 3, 4, 128, -2, 61, -28, -1, 0, 5, 0, 116, 118, 129, -20, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7668, 49, 131, 3, 3, -12, 49, 132, 3, 131, -13, 49, 133, 3, 2, -7, 34, 134, 7, 52, 135, 1, 133, 134, -2, 34, 136, 135, 51, 130, 3, 132, 136, -2, 48, 137, 3, 130, -14, 48, 138, 1, 130, -15, 34, 139, 138, 34, 140, 8, 51, 141, 3, 4, 140, -2, 53, 137, 139, 141, -2, 57, 7668, 49, 143, 3, 2, -7, 34, 144, 7, 52, 142, 1, 143, 144, -2, 49, 146, 3, 2, -10, 34, 147, 7, 52, 145, 1, 146, 147, -2, 34, 149, 8, 51, 148, 3, 4, 149, -2, 30, 152, 142, -9, 58, 152, 1234, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 152, 34, 153, 142, 51, 154, 3, 4, 153, -2, 66, 151, 154, 57, 1255, 49, 155, 3, 2, -8, 21, 156, -21, 142, 34, 157, 156, 52, 158, 3, 155, 157, -2, 66, 151, 158, 66, 150, 151, 30, 161, 145, -9, 58, 161, 1293, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 150, 161, 34, 162, 145, 51, 163, 3, 4, 162, -2, 66, 160, 163, 57, 1314, 49, 164, 3, 2, -8, 21, 165, -21, 145, 34, 166, 165, 52, 167, 3, 164, 166, -2, 66, 160, 167, 66, 159, 160, 61, -29, 168, 1, 2, 148, -30, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 66, 169, 168, 58, 168, 1370, 14, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 168, 169, 48, 170, 3, 148, -17, 37, 171, 170, -11, 66, 169, 171, 58, 169, 1564, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 169, 40, 172, 150, 37, 173, 172, -24, 58, 173, 1464, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 173, 27, 174, 142, -9, 58, 174, 1447, 11, 0, 1, 2, 3, 4, 5, 6, 148, 150, 159, 174, 60, 5, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1462, 60, 6, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1562, 40, 175, 150, 37, 176, 175, -25, 66, 177, 176, 58, 176, 1504, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 176, 177, 45, 178, 150, 45, 179, 150, 31, 180, 178, 179, 66, 177, 180, 58, 177, 1540, 12, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 177, 45, 181, 150, 60, 7, -1, 3, 148, 181, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1562, 50, 3, 1, -18, 61, -31, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1586, 50, 3, 1, -18, 61, -32, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7668, 34, 182, 8, 49, 183, 3, 2, -7, 34, 184, 7, 52, 185, 1, 183, 184, -2, 42, 186, 185, 49, 187, 3, 2, -10, 34, 188, 7, 52, 189, 1, 187, 188, -2, 42, 190, 189, 55, 191, -33, 60, 8, -1, 3, 191, 186, 190, 9, 0, 1, 2, 3, 4, 5, 6, 182, 191, 53, 4, 182, 191, -2, 57, 7668, 49, 193, 3, 2, -7, 34, 194, 7, 52, 192, 1, 193, 194, -2, 49, 196, 3, 2, -10, 34, 197, 7, 52, 195, 1, 196, 197, -2, 34, 199, 192, 51, 198, 3, 4, 199, -2, 30, 202, 195, -9, 58, 202, 1723, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 202, 34, 203, 195, 51, 204, 3, 4, 203, -2, 66, 201, 204, 57, 1744, 49, 205, 3, 2, -8, 21, 206, -21, 195, 34, 207, 206, 52, 208, 3, 205, 207, -2, 66, 201, 208, 66, 200, 201, 20, 209, 8, -4, 34, 210, 209, 53, 4, 210, 198, -2, 66, 211, -11, 61, -34, 212, 1, 2, 198, -35, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 58, 212, 2220, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 212, 40, 213, 200, 37, 214, 213, -24, 58, 214, 1895, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 214, 27, 216, 195, -9, 58, 216, 1868, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 216, 60, 1, 217, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 66, 215, 217, 57, 1890, 60, 2, 218, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 66, 215, 218, 66, 211, 215, 57, 1914, 60, 4, 211, 2, 198, 200, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 48, 219, 3, 198, -17, 37, 220, 211, -11, 66, 221, 220, 58, 220, 1956, 16, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 211, 219, 220, 221, 37, 222, 219, -11, 35, 223, 222, 66, 221, 223, 58, 221, 2218, 15, 0, 1, 2, 3, 4, 5, 6, 8, 192, 195, 198, 200, 211, 219, 221, 27, 226, 195, -9, 66, 227, 226, 58, 226, 2010, 14, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 219, 226, 227, 40, 228, 200, 37, 229, 228, -24, 66, 227, 229, 58, 227, 2050, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 219, 227, 60, 1, 230, 2, 219, -36, 11, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 66, 225, 230, 57, 2053, 66, 225, -11, 66, 224, 225, 61, -37, 231, 1, 2, 224, -38, 12, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 224, 58, 231, 2194, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 198, 200, 224, 231, 60, 1, 211, 2, 224, 200, 11, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 224, 37, 232, 211, -11, 66, 233, 232, 58, 232, 2151, 14, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 211, 224, 232, 233, 48, 234, 3, 224, -17, 37, 235, 234, -11, 35, 236, 235, 66, 233, 236, 58, 233, 2192, 13, 0, 1, 2, 3, 4, 5, 6, 8, 192, 200, 211, 224, 233, 50, 3, 1, -18, 61, -39, 211, 0, 4, 0, 224, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 2192, 57, 2216, 50, 3, 1, -18, 61, -40, 211, 0, 4, 0, 198, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 2218, 57, 2242, 50, 3, 1, -18, 61, -41, 211, 0, 4, 0, 198, 200, 192, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 237, 8, 53, 4, 237, 211, -2, 57, 7668, 49, 239, 3, 2, -7, 34, 240, 7, 52, 238, 1, 239, 240, -2, 49, 242, 3, 2, -10, 34, 243, 7, 52, 241, 1, 242, 243, -2, 30, 246, 238, -9, 58, 246, 2313, 11, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 246, 34, 247, 238, 51, 248, 3, 4, 247, -2, 66, 245, 248, 57, 2334, 49, 249, 3, 2, -8, 21, 250, -21, 238, 34, 251, 250, 52, 252, 3, 249, 251, -2, 66, 245, 252, 66, 244, 245, 30, 255, 241, -9, 58, 255, 2371, 12, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 255, 34, 256, 241, 51, 257, 3, 4, 256, -2, 66, 254, 257, 57, 2392, 49, 258, 3, 2, -8, 21, 259, -21, 241, 34, 260, 259, 52, 261, 3, 258, 260, -2, 66, 254, 261, 66, 253, 254, 40, 262, 244, 37, 263, 262, -25, 66, 264, 263, 58, 263, 2433, 14, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 253, 263, 264, 40, 265, 253, 37, 266, 265, -25, 66, 264, 266, 58, 264, 2473, 13, 0, 1, 2, 3, 4, 5, 6, 8, 238, 241, 244, 253, 264, 34, 267, 8, 45, 268, 244, 45, 269, 253, 20, 270, 268, 269, 42, 271, 270, 53, 4, 267, 271, -2, 57, 2505, 50, 3, 1, -18, 34, 272, 8, 61, -42, 273, 0, 6, 0, -44, 244, 253, 238, 241, 8, 0, 1, 2, 3, 4, 5, 6, 272, 53, 4, 272, 273, -2, 57, 7668, 49, 275, 3, 2, -7, 34, 276, 7, 52, 274, 1, 275, 276, -2, 49, 278, 3, 2, -10, 34, 279, 7, 52, 277, 1, 278, 279, -2, 30, 282, 274, -9, 58, 282, 2568, 11, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 282, 34, 283, 274, 51, 284, 3, 4, 283, -2, 66, 281, 284, 57, 2589, 49, 285, 3, 2, -8, 21, 286, -21, 274, 34, 287, 286, 52, 288, 3, 285, 287, -2, 66, 281, 288, 66, 280, 281, 30, 291, 277, -9, 58, 291, 2626, 12, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 291, 34, 292, 277, 51, 293, 3, 4, 292, -2, 66, 290, 293, 57, 2647, 49, 294, 3, 2, -8, 21, 295, -21, 277, 34, 296, 295, 52, 297, 3, 294, 296, -2, 66, 290, 297, 66, 289, 290, 40, 298, 280, 37, 299, 298, -25, 66, 300, 299, 58, 299, 2688, 14, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 289, 299, 300, 40, 301, 289, 37, 302, 301, -25, 66, 300, 302, 58, 300, 2728, 13, 0, 1, 2, 3, 4, 5, 6, 8, 274, 277, 280, 289, 300, 34, 303, 8, 45, 304, 280, 45, 305, 289, 21, 306, 304, 305, 42, 307, 306, 53, 4, 303, 307, -2, 57, 2760, 50, 3, 1, -18, 34, 308, 8, 61, -45, 309, 0, 6, 0, -47, 280, 289, 274, 277, 8, 0, 1, 2, 3, 4, 5, 6, 308, 53, 4, 308, 309, -2, 57, 7668, 49, 311, 3, 2, -7, 34, 312, 7, 52, 310, 1, 311, 312, -2, 49, 314, 3, 2, -10, 34, 315, 7, 52, 313, 1, 314, 315, -2, 30, 318, 310, -9, 58, 318, 2823, 11, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 318, 34, 319, 310, 51, 320, 3, 4, 319, -2, 66, 317, 320, 57, 2844, 49, 321, 3, 2, -8, 21, 322, -21, 310, 34, 323, 322, 52, 324, 3, 321, 323, -2, 66, 317, 324, 66, 316, 317, 30, 327, 313, -9, 58, 327, 2881, 12, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 327, 34, 328, 313, 51, 329, 3, 4, 328, -2, 66, 326, 329, 57, 2902, 49, 330, 3, 2, -8, 21, 331, -21, 313, 34, 332, 331, 52, 333, 3, 330, 332, -2, 66, 326, 333, 66, 325, 326, 40, 334, 316, 37, 335, 334, -25, 66, 336, 335, 58, 335, 2943, 14, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 325, 335, 336, 40, 337, 325, 37, 338, 337, -25, 66, 336, 338, 58, 336, 2983, 13, 0, 1, 2, 3, 4, 5, 6, 8, 310, 313, 316, 325, 336, 34, 339, 8, 45, 340, 316, 45, 341, 325, 22, 342, 340, 341, 42, 343, 342, 53, 4, 339, 343, -2, 57, 3015, 50, 3, 1, -18, 34, 344, 8, 61, -48, 345, 0, 6, 0, -50, 316, 325, 310, 313, 8, 0, 1, 2, 3, 4, 5, 6, 344, 53, 4, 344, 345, -2, 57, 7668, 49, 347, 3, 2, -7, 34, 348, 7, 52, 346, 1, 347, 348, -2, 49, 350, 3, 2, -10, 34, 351, 7, 52, 349, 1, 350, 351, -2, 30, 354, 346, -9, 58, 354, 3078, 11, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 354, 34, 355, 346, 51, 356, 3, 4, 355, -2, 66, 353, 356, 57, 3099, 49, 357, 3, 2, -8, 21, 358, -21, 346, 34, 359, 358, 52, 360, 3, 357, 359, -2, 66, 353, 360, 66, 352, 353, 30, 363, 349, -9, 58, 363, 3136, 12, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 363, 34, 364, 349, 51, 365, 3, 4, 364, -2, 66, 362, 365, 57, 3157, 49, 366, 3, 2, -8, 21, 367, -21, 349, 34, 368, 367, 52, 369, 3, 366, 368, -2, 66, 362, 369, 66, 361, 362, 40, 370, 352, 37, 371, 370, -25, 66, 372, 371, 58, 371, 3198, 14, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 361, 371, 372, 40, 373, 361, 37, 374, 373, -25, 66, 372, 374, 58, 372, 3238, 13, 0, 1, 2, 3, 4, 5, 6, 8, 346, 349, 352, 361, 372, 34, 375, 8, 45, 376, 352, 45, 377, 361, 23, 378, 376, 377, 42, 379, 378, 53, 4, 375, 379, -2, 57, 3270, 50, 3, 1, -18, 34, 380, 8, 61, -51, 381, 0, 6, 0, -53, 352, 361, 346, 349, 8, 0, 1, 2, 3, 4, 5, 6, 380, 53, 4, 380, 381, -2, 57, 7668, 49, 383, 3, 2, -7, 34, 384, 7, 52, 382, 1, 383, 384, -2, 49, 386, 3, 2, -10, 34, 387, 7, 52, 385, 1, 386, 387, -2, 30, 390, 382, -9, 58, 390, 3333, 11, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 390, 34, 391, 382, 51, 392, 3, 4, 391, -2, 66, 389, 392, 57, 3354, 49, 393, 3, 2, -8, 21, 394, -21, 382, 34, 395, 394, 52, 396, 3, 393, 395, -2, 66, 389, 396, 66, 388, 389, 30, 399, 385, -9, 58, 399, 3391, 12, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 399, 34, 400, 385, 51, 401, 3, 4, 400, -2, 66, 398, 401, 57, 3412, 49, 402, 3, 2, -8, 21, 403, -21, 385, 34, 404, 403, 52, 405, 3, 402, 404, -2, 66, 398, 405, 66, 397, 398, 40, 406, 388, 37, 407, 406, -25, 66, 408, 407, 58, 407, 3453, 14, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 397, 407, 408, 40, 409, 397, 37, 410, 409, -25, 66, 408, 410, 58, 408, 3524, 13, 0, 1, 2, 3, 4, 5, 6, 8, 382, 385, 388, 397, 408, 34, 411, 8, 45, 412, 388, 45, 413, 388, 45, 414, 397, 23, 415, 413, 414, 61, -54, 416, 1, 1, 415, 10, 0, 1, 2, 3, 4, 5, 6, 397, 411, 412, 45, 417, 397, 22, 418, 416, 417, 21, 419, 412, 418, 42, 420, 419, 53, 4, 411, 420, -2, 57, 3556, 50, 3, 1, -18, 34, 421, 8, 61, -55, 422, 0, 6, 0, -57, 388, 397, 382, 385, 8, 0, 1, 2, 3, 4, 5, 6, 421, 53, 4, 421, 422, -2, 57, 7668, 49, 424, 3, 2, -7, 34, 425, 7, 52, 423, 1, 424, 425, -2, 49, 427, 3, 2, -10, 34, 428, 7, 52, 426, 1, 427, 428, -2, 30, 431, 423, -9, 58, 431, 3619, 11, 0, 1, 2, 3, 4, 5, 6, 8, 423, 426, 431, 34, 432, 423, 51, 433, 3, 4, 432, -2, 66, 430, 433, 57, 3640, 49, 434, 3, 2, -8, 21, 435, -21, 423, 34, 436, 435, 52, 437, 3, 434, 436, -2, 66, 430, 437, 66, 429, 430, 30, 440, 426, -9, 58, 440, 3677, 12, 0, 1, 2, 3, 4, 5, 6, 8, 423, 426, 429, 440, 34, 441, 426, 51, 442, 3, 4, 441, -2, 66, 439, 442, 57, 3698, 49, 443, 3, 2, -8, 21, 444, -21, 426, 34, 445, 444, 52, 446, 3, 443, 445, -2, 66, 439, 446, 66, 438, 439, 40, 447, 429, 37, 448, 447, -25, 66, 449, 448, 58, 448, 3739, 14, 0, 1, 2, 3, 4, 5, 6, 8, 423, 426, 429, 438, 448, 449, 40, 450, 438, 37, 451, 450, -25, 66, 449, 451, 58, 449, 3791, 13, 0, 1, 2, 3, 4, 5, 6, 8, 423, 426, 429, 438, 449, 34, 452, 8, 45, 453, 429, 45, 454, 438, 61, -58, 455, 1, 2, 453, 454, 8, 0, 1, 2, 3, 4, 5, 6, 452, 42, 456, 455, 53, 4, 452, 456, -2, 57, 3823, 50, 3, 1, -18, 34, 457, 8, 61, -59, 458, 0, 6, 0, -61, 429, 438, 423, 426, 8, 0, 1, 2, 3, 4, 5, 6, 457, 53, 4, 457, 458, -2, 57, 7668, 49, 460, 3, 2, -7, 34, 461, 7, 52, 459, 1, 460, 461, -2, 34, 463, 459, 51, 462, 3, 4, 463, -2, 40, 464, 462, 37, 465, 464, -25, 58, 465, 3889, 11, 0, 1, 2, 3, 4, 5, 6, 8, 459, 462, 465, 34, 466, 8, 45, 467, 462, 25, 468, 467, 42, 469, 468, 53, 4, 466, 469, -2, 57, 3921, 50, 3, 1, -18, 34, 470, 8, 61, -62, 471, 0, 6, 0, -64, 462, 462, 459, 459, 8, 0, 1, 2, 3, 4, 5, 6, 470, 53, 4, 470, 471, -2, 57, 7668, 49, 473, 3, 2, -7, 34, 474, 7, 52, 475, 1, 473, 474, -2, 34, 476, 475, 51, 472, 3, 4, 476, -2, 34, 477, 8, 37, 478, 472, -11, 35, 479, 478, 66, 480, 478, 58, 479, 3981, 11, 0, 1, 2, 3, 4, 5, 6, 472, 477, 479, 480, 37, 481, 472, -66, 66, 480, 481, 43, 482, 480, 53, 4, 477, 482, -2, 57, 7668, 49, 484, 3, 2, -7, 34, 485, 7, 52, 483, 1, 484, 485, -2, 34, 487, 483, 51, 486, 3, 4, 487, -2, 40, 488, 486, 37, 489, 488, -24, 58, 489, 4064, 11, 0, 1, 2, 3, 4, 5, 6, 8, 483, 486, 489, 34, 490, 8, 61, -67, 491, 1, 1, 486, 8, 0, 1, 2, 3, 4, 5, 6, 490, 42, 492, 491, 53, 4, 490, 492, -2, 57, 4153, 61, -68, 493, 1, 2, 486, -69, 10, 0, 1, 2, 3, 4, 5, 6, 8, 483, 486, 58, 493, 4124, 11, 0, 1, 2, 3, 4, 5, 6, 8, 483, 486, 493, 34, 494, 8, 60, 9, 495, 1, 486, 8, 0, 1, 2, 3, 4, 5, 6, 494, 42, 496, 495, 53, 4, 494, 496, -2, 57, 4153, 50, 3, 1, -18, 34, 497, 8, 61, -70, 498, 0, 3, 0, 486, 483, 8, 0, 1, 2, 3, 4, 5, 6, 497, 53, 4, 497, 498, -2, 57, 7668, 49, 500, 3, 2, -7, 34, 501, 7, 52, 499, 1, 500, 501, -2, 49, 503, 3, 2, -10, 34, 504, 7, 52, 502, 1, 503, 504, -2, 34, 506, 499, 51, 505, 3, 4, 506, -2, 34, 508, 502, 51, 507, 3, 4, 508, -2, 20, 509, 499, -4, 31, 510, 502, 509, 66, 511, 510, 58, 510, 4240, 14, 0, 1, 2, 3, 4, 5, 6, 8, 499, 502, 505, 507, 510, 511, 40, 512, 505, 37, 513, 512, -24, 66, 511, 513, 66, 514, 511, 58, 511, 4271, 14, 0, 1, 2, 3, 4, 5, 6, 8, 499, 502, 505, 507, 511, 514, 40, 515, 507, 37, 516, 515, -24, 66, 514, 516, 58, 514, 4314, 13, 0, 1, 2, 3, 4, 5, 6, 8, 499, 502, 505, 507, 514, 34, 517, 8, 61, -71, 518, 1, 2, 505, 507, 8, 0, 1, 2, 3, 4, 5, 6, 517, 53, 4, 517, 518, -2, 57, 4344, 50, 3, 1, -18, 34, 519, 8, 61, -72, 520, 0, 4, 0, 4, 499, 502, 8, 0, 1, 2, 3, 4, 5, 6, 519, 53, 4, 519, 520, -2, 57, 7668, 49, 522, 3, 2, -7, 34, 523, 7, 52, 521, 1, 522, 523, -2, 20, 524, 1, 521, 34, 525, 524, 33, 1, 525, 27, 526, 521, -9, 58, 526, 4388, 8, 0, 1, 2, 3, 4, 5, 6, 526, 57, 4388, 57, 7668, 49, 528, 3, 2, -7, 34, 529, 7, 52, 527, 1, 528, 529, -2, 49, 531, 3, 2, -10, 34, 532, 7, 52, 530, 1, 531, 532, -2, 30, 535, 527, -9, 58, 535, 4451, 11, 0, 1, 2, 3, 4, 5, 6, 8, 527, 530, 535, 34, 536, 527, 51, 537, 3, 4, 536, -2, 66, 534, 537, 57, 4472, 49, 538, 3, 2, -8, 21, 539, -21, 527, 34, 540, 539, 52, 541, 3, 538, 540, -2, 66, 534, 541, 66, 533, 534, 30, 544, 530, -9, 58, 544, 4508, 11, 0, 1, 2, 3, 4, 5, 6, 8, 530, 533, 544, 34, 545, 530, 51, 546, 3, 4, 545, -2, 66, 543, 546, 57, 4529, 49, 547, 3, 2, -8, 21, 548, -21, 530, 34, 549, 548, 52, 550, 3, 547, 549, -2, 66, 543, 550, 66, 542, 543, 37, 551, 533, 542, 35, 552, 551, 66, 553, 552, 58, 552, 4569, 13, 0, 1, 2, 3, 4, 5, 6, 8, 533, 542, 551, 552, 553, 40, 554, 533, 37, 555, 554, -73, 66, 553, 555, 66, 556, 553, 58, 553, 4599, 13, 0, 1, 2, 3, 4, 5, 6, 8, 533, 542, 551, 553, 556, 40, 557, 542, 37, 558, 557, -73, 66, 556, 558, 58, 556, 4638, 12, 0, 1, 2, 3, 4, 5, 6, 8, 533, 542, 551, 556, 50, 3, 1, -18, 61, -74, 551, 0, 3, 0, 533, 542, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 4638, 31, 559, 8, -9, 35, 560, 559, 36, 561, 551, 36, 562, 560, 17, 563, 561, 562, 35, 564, 563, 58, 564, 4682, 8, 0, 1, 2, 3, 4, 5, 6, 564, 20, 565, 1, -4, 34, 566, 565, 33, 1, 566, 57, 4728, 49, 568, 3, 2, -7, 34, 569, 1, 52, 567, 1, 568, 569, -2, 20, 570, 1, -4, 20, 571, 570, 567, 34, 572, 571, 33, 1, 572, 27, 573, 567, -9, 58, 573, 4728, 8, 0, 1, 2, 3, 4, 5, 6, 573, 57, 4728, 57, 7668, 49, 575, 3, 2, -7, 34, 576, 7, 52, 574, 1, 575, 576, -2, 49, 578, 3, 2, -10, 34, 579, 7, 52, 577, 1, 578, 579, -2, 30, 582, 574, -9, 58, 582, 4792, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 574, 577, 582, 34, 583, 574, 51, 584, 3, 4, 583, -2, 66, 581, 584, 57, 4813, 49, 585, 3, 2, -8, 21, 586, -21, 574, 34, 587, 586, 52, 588, 3, 585, 587, -2, 66, 581, 588, 66, 580, 581, 30, 591, 577, -9, 58, 591, 4850, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 577, 580, 591, 34, 592, 577, 51, 593, 3, 4, 592, -2, 66, 590, 593, 57, 4871, 49, 594, 3, 2, -8, 21, 595, -21, 577, 34, 596, 595, 52, 597, 3, 594, 596, -2, 66, 590, 597, 66, 589, 590, 66, 598, -65, 40, 599, 580, 37, 600, 599, -25, 66, 601, 600, 58, 600, 4914, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 580, 589, 600, 601, 40, 602, 589, 37, 603, 602, -25, 66, 601, 603, 58, 601, 4996, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 580, 589, 601, 49, 605, 3, 2, -6, 34, 606, 7, 52, 607, 1, 605, 606, -2, 31, 608, 607, -76, 58, 608, 4978, 11, 0, 1, 2, 3, 4, 5, 6, 8, 580, 589, 608, 45, 609, 580, 45, 610, 589, 27, 611, 609, 610, 66, 604, 611, 57, 4991, 45, 612, 580, 45, 613, 589, 28, 614, 612, 613, 66, 604, 614, 66, 598, 604, 57, 5032, 50, 3, 1, -18, 49, 615, 3, 2, -6, 34, 616, 7, 52, 617, 1, 615, 616, -2, 61, -77, 598, 0, 4, 0, 617, 580, 589, 8, 0, 1, 2, 3, 4, 5, 6, 8, 31, 618, 8, -9, 35, 619, 618, 36, 620, 598, 36, 621, 619, 17, 622, 620, 621, 35, 623, 622, 58, 623, 5076, 8, 0, 1, 2, 3, 4, 5, 6, 623, 20, 624, 1, -4, 34, 625, 624, 33, 1, 625, 57, 5122, 49, 627, 3, 2, -7, 34, 628, 1, 52, 626, 1, 627, 628, -2, 20, 629, 1, -4, 20, 630, 629, 626, 34, 631, 630, 33, 1, 631, 27, 632, 626, -9, 58, 632, 5122, 8, 0, 1, 2, 3, 4, 5, 6, 632, 57, 5122, 57, 7668, 34, 634, 8, 51, 633, 3, 4, 634, -2, 37, 635, 633, -11, 35, 636, 635, 66, 637, 636, 58, 636, 5168, 11, 0, 1, 2, 3, 4, 5, 6, 7, 633, 636, 637, 37, 638, 633, -66, 35, 639, 638, 66, 637, 639, 49, 640, 3, 2, -10, 34, 641, 7, 52, 642, 1, 640, 641, -2, 31, 643, 642, -9, 35, 644, 643, 36, 645, 637, 36, 646, 644, 17, 647, 645, 646, 35, 648, 647, 58, 648, 5226, 8, 0, 1, 2, 3, 4, 5, 6, 648, 20, 649, 1, -4, 34, 650, 649, 33, 1, 650, 57, 5272, 49, 652, 3, 2, -7, 34, 653, 1, 52, 651, 1, 652, 653, -2, 20, 654, 1, -4, 20, 655, 654, 651, 34, 656, 655, 33, 1, 656, 27, 657, 651, -9, 58, 657, 5272, 8, 0, 1, 2, 3, 4, 5, 6, 657, 57, 5272, 57, 7668, 49, 659, 3, 2, -7, 34, 660, 7, 52, 661, 1, 659, 660, -2, 34, 662, 661, 51, 658, 3, 4, 662, -2, 37, 663, 658, -11, 35, 664, 663, 66, 665, 664, 58, 664, 5333, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 658, 664, 665, 37, 666, 658, -66, 35, 667, 666, 66, 665, 667, 49, 668, 3, 2, -10, 34, 669, 7, 52, 670, 1, 668, 669, -2, 31, 671, 670, -9, 35, 672, 671, 36, 673, 665, 36, 674, 672, 17, 675, 673, 674, 58, 675, 5434, 10, 0, 1, 2, 3, 4, 5, 6, 8, 658, 675, 34, 676, 8, 53, 4, 676, 658, -2, 49, 678, 3, 2, -7, 34, 679, 1, 52, 677, 1, 678, 679, -2, 20, 680, 1, -4, 20, 681, 680, 677, 34, 682, 681, 33, 1, 682, 27, 683, 677, -9, 58, 683, 5432, 8, 0, 1, 2, 3, 4, 5, 6, 683, 57, 5432, 57, 5444, 20, 684, 1, -4, 34, 685, 684, 33, 1, 685, 57, 7668, 49, 687, 3, 2, -7, 34, 688, 7, 52, 686, 1, 687, 688, -2, 49, 690, 3, 2, -10, 34, 691, 7, 52, 692, 1, 690, 691, -2, 21, 689, 692, -4, 31, 695, 686, -9, 35, 696, 695, 58, 696, 5509, 11, 0, 1, 2, 3, 4, 5, 6, 8, 686, 689, 696, 21, 697, 686, -4, 66, 694, 697, 57, 5525, 48, 698, 1, 3, -78, 21, 699, 698, 8, 21, 700, 699, -4, 66, 694, 700, 66, 693, 694, 34, 702, 8, 51, 701, 3, 4, 702, -2, 50, 3, 1, -18, 61, -79, 703, 1, 2, 701, -80, 11, 0, 1, 2, 3, 4, 5, 6, 8, 689, 693, 701, 35, 704, 703, 58, 704, 5606, 12, 0, 1, 2, 3, 4, 5, 6, 8, 689, 693, 701, 704, 61, -81, 701, 0, 5, 0, 4, 8, 693, 701, 10, 0, 1, 2, 3, 4, 5, 6, 8, 689, 693, 20, 693, 693, -4, 57, 5606, 61, -82, 705, 1, 2, 701, -83, 11, 0, 1, 2, 3, 4, 5, 6, 8, 689, 693, 701, 58, 705, 5679, 12, 0, 1, 2, 3, 4, 5, 6, 8, 689, 693, 701, 705, 20, 707, 8, -4, 60, 10, 706, 8, 0, 5, 701, 4, 707, 693, 8, 689, 3, 0, 5, 6, 66, 3, 706, 49, 2, 3, 706, -84, 49, 4, 3, 706, -14, 66, 1, -9, 57, 5946, 20, 709, 8, -4, 20, 710, 8, -4, 20, 711, 710, 693, 61, -86, 712, 0, 3, 4, 709, 711, 10, 0, 1, 2, 3, 4, 5, 6, 8, 689, 701, 61, -85, 708, 0, 4, 0, 5, 701, 712, 9, 0, 1, 2, 3, 4, 5, 6, 8, 689, 48, 713, 2, 5, -87, 58, 713, 5772, 11, 0, 1, 2, 3, 4, 5, 6, 8, 689, 708, 713, 50, 5, 8, -88, 50, 5, 689, -89, 48, 714, 1, 5, -90, 20, 715, 714, -4, 50, 5, 715, -90, 62, 708, 54, 716, 708, -2, 27, 717, 689, -9, 58, 717, 5862, 12, 0, 1, 2, 3, 4, 5, 6, 8, 689, 708, 716, 717, 66, 718, -9, 33, 719, 716, 27, 720, 718, 719, 58, 720, 5849, 12, 0, 1, 2, 3, 4, 5, 6, 8, 708, 716, 718, 720, 20, 721, 8, 718, 34, 722, 721, 34, 723, 718, 51, 724, 3, 708, 723, -2, 53, 4, 722, 724, -2, 20, 718, 718, -4, 57, 5799, 33, 725, 716, 20, 726, 8, 725, 50, 3, 726, -78, 57, 5946, 66, 727, -9, 27, 728, 727, 689, 58, 728, 5946, 13, 0, 1, 2, 3, 4, 5, 6, 8, 689, 708, 716, 727, 728, 20, 729, 8, 727, 34, 730, 729, 33, 732, 716, 27, 733, 727, 732, 58, 733, 5932, 14, 0, 1, 2, 3, 4, 5, 6, 8, 689, 708, 716, 727, 730, 733, 34, 734, 727, 51, 735, 3, 708, 734, -2, 66, 731, 735, 57, 5935, 66, 731, -11, 53, 4, 730, 731, -2, 20, 727, 727, -4, 57, 5865, 57, 7668, 49, 737, 3, 2, -7, 34, 738, 7, 52, 736, 1, 737, 738, -2, 31, 741, 736, -9, 35, 742, 741, 58, 742, 5992, 10, 0, 1, 2, 3, 4, 5, 6, 8, 736, 742, 21, 743, 736, -4, 66, 740, 743, 57, 6008, 48, 744, 1, 3, -78, 21, 745, 744, 8, 21, 746, 745, -4, 66, 740, 746, 66, 739, 740, 34, 748, 8, 51, 747, 3, 4, 748, -2, 50, 3, 1, -18, 61, -91, 749, 1, 2, 747, -92, 10, 0, 1, 2, 3, 4, 5, 6, 8, 739, 747, 35, 750, 749, 58, 750, 6086, 11, 0, 1, 2, 3, 4, 5, 6, 8, 739, 747, 750, 61, -93, 747, 0, 5, 0, 4, 8, 739, 747, 9, 0, 1, 2, 3, 4, 5, 6, 8, 739, 20, 739, 739, -4, 57, 6086, 61, -94, 751, 1, 2, 747, -95, 10, 0, 1, 2, 3, 4, 5, 6, 8, 739, 747, 58, 751, 6200, 11, 0, 1, 2, 3, 4, 5, 6, 8, 739, 747, 751, 48, 752, 3, 3, -96, 37, 753, 752, -11, 35, 754, 753, 58, 754, 6163, 9, 0, 3, 4, 5, 6, 8, 739, 747, 754, 61, -97, -1, 0, 3, 0, 3, -5, 8, 0, 3, 4, 5, 6, 8, 739, 747, 57, 6163, 20, 756, 8, -4, 60, 11, 755, 7, 0, 5, 747, 4, 756, 739, 3, 3, 0, 5, 6, 66, 3, 755, 49, 2, 3, 755, -84, 49, 4, 3, 755, -14, 66, 1, -9, 57, 6358, 20, 758, 8, -4, 20, 759, 8, -4, 20, 760, 759, 739, 61, -99, 761, 0, 3, 4, 758, 760, 9, 0, 1, 2, 3, 4, 5, 6, 8, 747, 61, -98, 757, 0, 4, 0, 5, 747, 761, 8, 0, 1, 2, 3, 4, 5, 6, 8, 48, 762, 2, 5, -87, 58, 762, 6290, 10, 0, 1, 2, 3, 4, 5, 6, 8, 757, 762, 50, 5, 8, -88, 50, 5, -21, -89, 48, 763, 1, 5, -90, 20, 764, 763, -4, 50, 5, 764, -90, 62, 757, 54, 765, 757, -2, 66, 766, -9, 33, 767, 765, 27, 768, 766, 767, 58, 768, 6347, 12, 0, 1, 2, 3, 4, 5, 6, 8, 757, 765, 766, 768, 20, 769, 8, 766, 34, 770, 769, 34, 771, 766, 51, 772, 3, 757, 771, -2, 53, 4, 770, 772, -2, 20, 766, 766, -4, 57, 6297, 33, 773, 765, 20, 774, 8, 773, 50, 3, 774, -78, 57, 7668, 49, 776, 3, 2, -7, 34, 777, 7, 52, 775, 1, 776, 777, -2, 31, 780, 775, -9, 35, 781, 780, 58, 781, 6402, 8, 0, 3, 4, 5, 6, 8, 775, 781, 21, 782, 775, -4, 66, 779, 782, 57, 6414, 48, 783, 1, 3, -78, 21, 784, 783, 8, 66, 779, 784, 66, 778, 779, 48, 785, 3, 3, -96, 37, 786, 785, -11, 35, 787, 786, 58, 787, 6459, 8, 0, 3, 4, 5, 6, 8, 778, 787, 61, -100, -1, 0, 3, 0, 3, -5, 7, 0, 3, 4, 5, 6, 8, 778, 57, 6459, 48, 789, 1, 5, -90, 21, 788, 789, -4, 50, 5, 788, -90, 31, 790, 788, 6, 58, 790, 6504, 9, 0, 3, 4, 5, 6, 8, 778, 788, 790, 20, 791, 8, 778, 61, -101, 792, 0, 3, 4, 8, 791, 0, 62, 792, 48, 794, 3, 5, -102, 21, 795, 788, -4, 34, 796, 795, 51, 793, 3, 794, 796, -2, 49, 797, 3, 793, -14, 49, 798, 1, 3, -103, 49, 799, 1, 3, -104, 27, 800, 799, -9, 58, 800, 6619, 11, 0, 4, 5, 6, 8, 778, 793, 797, 798, 799, 800, 66, 801, -9, 27, 802, 801, 778, 58, 802, 6609, 11, 0, 4, 5, 6, 8, 778, 793, 797, 798, 801, 802, 20, 803, 798, 801, 34, 804, 803, 20, 805, 8, 801, 34, 806, 805, 51, 807, 3, 4, 806, -2, 53, 797, 804, 807, -2, 20, 801, 801, -4, 57, 6559, 20, 808, 798, 778, 50, 793, 808, -78, 57, 6702, 66, 809, -9, 27, 810, 809, 799, 58, 810, 6702, 12, 0, 4, 5, 6, 8, 778, 793, 797, 798, 799, 809, 810, 20, 811, 798, 809, 34, 812, 811, 27, 814, 809, 778, 58, 814, 6688, 13, 0, 4, 5, 6, 8, 778, 793, 797, 798, 799, 809, 812, 814, 20, 815, 8, 809, 34, 816, 815, 51, 817, 3, 4, 816, -2, 66, 813, 817, 57, 6691, 66, 813, -11, 53, 797, 812, 813, -2, 20, 809, 809, -4, 57, 6622, 66, 3, 793, 49, 2, 3, 793, -84, 66, 4, 797, 48, 1, 1, 793, -18, 57, 7668, 20, 819, 8, -106, 34, 820, 819, 51, 821, 3, 4, 820, -2, 45, 818, 821, 34, 823, 8, 51, 824, 3, 4, 823, -2, 45, 825, 824, 20, 822, 825, 818, 20, 827, 8, -4, 34, 828, 827, 51, 829, 3, 4, 828, -2, 45, 826, 829, 29, 831, 818, -9, 58, 831, 6797, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 822, 826, 831, 28, 832, 822, 826, 66, 830, 832, 57, 6804, 28, 833, 826, 822, 66, 830, 833, 58, 830, 6871, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 822, 830, 49, 834, 3, 2, -7, 34, 835, 7, 52, 836, 1, 834, 835, -2, 20, 837, 1, 836, 34, 838, 837, 33, 1, 838, 34, 839, 8, 42, 840, 822, 53, 4, 839, 840, -2, 20, 841, 8, -108, 34, 842, 841, 42, 843, 822, 53, 4, 842, 843, -2, 57, 6871, 57, 7668, 34, 845, 8, 51, 844, 3, 4, 845, -2, 20, 847, 8, -4, 34, 848, 847, 51, 846, 3, 4, 848, -2, 20, 850, 8, -106, 34, 851, 850, 51, 849, 3, 4, 851, -2, 40, 852, 844, 37, 853, 852, -25, 35, 854, 853, 35, 855, 854, 66, 856, 854, 58, 855, 6954, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 846, 849, 855, 856, 40, 857, 846, 37, 858, 857, -25, 35, 859, 858, 66, 856, 859, 35, 860, 856, 66, 861, 856, 58, 860, 6989, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 849, 860, 861, 40, 862, 849, 37, 863, 862, -25, 35, 864, 863, 66, 861, 864, 58, 861, 7027, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 861, 50, 3, 1, -18, 61, -109, -1, 0, 3, 0, 4, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 57, 7027, 34, 865, 8, 34, 866, 8, 51, 867, 3, 4, 866, -2, 45, 868, 867, 20, 869, 8, -106, 34, 870, 869, 51, 871, 3, 4, 870, -2, 45, 872, 871, 21, 873, 868, 872, 42, 874, 873, 53, 4, 865, 874, -2, 49, 875, 3, 2, -7, 34, 876, 7, 52, 877, 1, 875, 876, -2, 20, 878, 1, 877, 34, 879, 878, 33, 1, 879, 57, 7668, 50, 3, 1, -18, 49, 881, 3, 2, -10, 34, 882, 7, 52, 880, 1, 881, 882, -2, 61, -110, -1, 0, 4, 0, 4, 8, 880, 8, 0, 1, 2, 3, 4, 5, 6, 8, 20, 884, 8, -108, 34, 885, 884, 51, 883, 3, 4, 885, -2, 37, 886, 883, -11, 35, 887, 886, 58, 887, 7226, 10, 0, 1, 2, 3, 4, 5, 6, 8, 883, 887, 20, 888, 8, -106, 34, 889, 888, 53, 4, 889, 883, -2, 49, 891, 3, 2, -7, 34, 892, 1, 52, 890, 1, 891, 892, -2, 20, 893, 1, -4, 20, 894, 893, 890, 34, 895, 894, 33, 1, 895, 27, 896, 890, -9, 58, 896, 7224, 8, 0, 1, 2, 3, 4, 5, 6, 896, 57, 7224, 57, 7236, 20, 897, 1, -4, 34, 898, 897, 33, 1, 898, 57, 7668, 49, 900, 3, 2, -7, 34, 901, 7, 52, 899, 1, 900, 901, -2, 31, 904, 899, -9, 35, 905, 904, 58, 905, 7279, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 899, 905, 66, 903, 899, 57, 7295, 48, 906, 1, 3, -78, 21, 907, 906, 8, 21, 908, 907, -4, 66, 903, 908, 66, 902, 903, 49, 909, 3, 2, -10, 34, 910, 7, 52, 911, 1, 909, 910, -2, 61, -111, -1, 0, 5, 0, 4, 8, 902, 911, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7668, 48, 912, 3, 3, -96, 37, 913, 912, -11, 35, 914, 913, 58, 914, 7375, 9, 0, 1, 2, 3, 4, 5, 6, 8, 914, 61, -112, -1, 0, 3, 0, 3, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7375, 57, 7668, 34, 915, 8, 49, 916, 3, 2, -114, 49, 917, 3, 2, -7, 34, 918, 7, 52, 919, 1, 917, 918, -2, 34, 920, 919, 52, 921, 3, 916, 920, -2, 61, -113, 922, 0, 3, 0, 3, 921, 8, 0, 1, 2, 3, 4, 5, 6, 915, 53, 4, 915, 922, -2, 57, 7668, 49, 924, 3, 2, -7, 34, 925, 7, 52, 923, 1, 924, 925, -2, 49, 926, 3, 3, -115, 54, 927, 926, -2, 31, 928, 923, -9, 58, 928, 7541, 12, 0, 1, 2, 3, 4, 5, 6, 8, 923, 926, 927, 928, 66, 929, -9, 33, 930, 927, 27, 931, 929, 930, 58, 931, 7528, 12, 0, 1, 2, 3, 4, 5, 6, 8, 926, 927, 929, 931, 20, 932, 8, 929, 34, 933, 932, 34, 934, 929, 51, 935, 3, 926, 934, -2, 53, 4, 933, 935, -2, 20, 929, 929, -4, 57, 7478, 33, 936, 927, 20, 937, 8, 936, 50, 3, 937, -78, 57, 7629, 66, 938, -9, 21, 939, 923, -4, 27, 940, 938, 939, 58, 940, 7629, 13, 0, 1, 2, 3, 4, 5, 6, 8, 923, 926, 927, 938, 940, 20, 941, 8, 938, 34, 942, 941, 33, 944, 927, 27, 945, 938, 944, 58, 945, 7615, 14, 0, 1, 2, 3, 4, 5, 6, 8, 923, 926, 927, 938, 942, 945, 34, 946, 938, 51, 947, 3, 926, 946, -2, 66, 943, 947, 57, 7618, 66, 943, -11, 53, 4, 942, 943, -2, 20, 938, 938, -4, 57, 7544, 57, 7668, 50, 3, 1, -18, 49, 948, 3, 2, -6, 34, 949, 7, 52, 950, 1, 948, 949, -2, 61, -118, 951, 1, 2, -117, 950, 1, 0, 61, -116, 952, 0, 2, 0, 951, 0, 63, 952, 67, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6] },
    { name: "LuaTable.getField", args: [0, 1], kinds: "rrrffbffrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [48, 2, 3, 0, -1, 49, 5, 2, 2, -2, 58, 5, 31, 4, 0, 1, 2, 5, 60, 12, 6, 2, 2, 1, 1, 0, 66, 4, 6, 57, 49, 64, 2, 3, 0, 1, 2, 61, -3, 7, 1, 2, 2, 1, 1, 0, 66, 4, 7, 66, 3, 4, 27, 9, 3, -5, 58, 9, 68, 3, 0, 3, 9, 66, 8, -6, 57, 85, 48, 10, 3, 0, -7, 34, 11, 3, 51, 12, 3, 10, 11, -8, 66, 8, 12, 62, 8] },
    { name: "LuaTable.getStr", args: [0, 1], kinds: "rrfrrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [48, 3, 3, 0, -1, 60, 12, 2, 2, 3, 1, 1, 0, 27, 5, 2, -3, 58, 5, 29, 3, 0, 2, 5, 66, 4, -4, 57, 46, 48, 6, 3, 0, -5, 34, 7, 2, 51, 8, 3, 6, 7, -6, 66, 4, 8, 62, 4] },
    { name: "LuaTable.getInt", args: [0, 1], kinds: "rffrifbbbbifbirrr",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any")],
      code: [21, 2, 1, -2, 48, 3, 3, 0, -3, 34, 4, 2, 33, 5, 4, 31, 6, 5, 2, 66, 7, 6, 58, 6, 39, 6, 0, 1, 2, 3, 6, 7, 30, 8, 2, -5, 66, 7, 8, 66, 9, 7, 58, 7, 66, 6, 0, 1, 2, 3, 7, 9, 54, 10, 3, -6, 33, 11, 10, 27, 12, 2, 11, 66, 9, 12, 58, 9, 86, 5, 0, 1, 2, 3, 9, 34, 13, 2, 51, 14, 3, 3, 13, -6, 62, 14, 42, 15, 1, 60, 13, 16, 2, 0, 15, 0, 62, 16] },
    { name: "LuaTable.get", args: [0, 1], kinds: "rrrbrrbfrr",
      pool: [__metajit.pool.ref("string"), __metajit.pool.ref("number")],
      code: [40, 2, 1, 37, 3, 2, -1, 58, 3, 23, 3, 0, 1, 3, 60, 2, 4, 2, 0, 1, 0, 62, 4, 40, 5, 1, 37, 6, 5, -2, 58, 6, 49, 3, 0, 1, 6, 45, 7, 1, 60, 3, 8, 2, 0, 7, 0, 62, 8, 60, 13, 9, 2, 0, 1, 0, 62, 9] },
    { name: "LuaTable.setField", args: [0, 1, 2], kinds: "rrrrffbffbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [48, 3, 3, 0, -1, 49, 6, 2, 3, -2, 58, 6, 34, 5, 0, 1, 2, 3, 6, 60, 12, 7, 2, 3, 1, 3, 0, 1, 2, 66, 5, 7, 57, 55, 64, 3, 4, 0, 1, 2, 3, 61, -3, 8, 1, 2, 3, 1, 3, 0, 1, 2, 66, 5, 8, 66, 4, 5, 30, 9, 4, -5, 58, 9, 86, 5, 0, 1, 2, 4, 9, 48, 10, 3, 0, -6, 34, 11, 4, 53, 10, 11, 2, -7, 62, -8, 61, -9, -1, 0, 3, 0, 1, 2, 0, 62, -8] },
    { name: "LuaTable.setStr", args: [0, 1, 2], kinds: "rrrfrbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [48, 4, 3, 0, -1, 60, 12, 3, 2, 4, 1, 3, 0, 1, 2, 30, 5, 3, -3, 58, 5, 43, 5, 0, 1, 2, 3, 5, 48, 6, 3, 0, -4, 34, 7, 3, 53, 6, 7, 2, -5, 62, -6, 61, -7, -1, 0, 3, 0, 1, 2, 0, 62, -6] },
    { name: "LuaTable.setInt", args: [0, 1, 2], kinds: "rfrfrifbbbbifbi",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any"), __metajit.pool.ref(undefined)],
      code: [21, 3, 1, -2, 48, 4, 3, 0, -3, 34, 5, 3, 33, 6, 5, 31, 7, 6, 3, 66, 8, 7, 58, 7, 40, 7, 0, 1, 2, 3, 4, 7, 8, 30, 9, 3, -5, 66, 8, 9, 66, 10, 8, 58, 8, 68, 7, 0, 1, 2, 3, 4, 8, 10, 54, 11, 4, -6, 33, 12, 11, 27, 13, 3, 12, 66, 10, 13, 58, 10, 88, 6, 0, 1, 2, 3, 4, 10, 34, 14, 3, 53, 4, 14, 2, -6, 62, -7, 60, 14, -1, 3, 0, 1, 2, 0, 62, -7] },
    { name: "LuaTable.constructor", args: [0, 1, 2], kinds: "rrrfbfffbffrbrfbf",
      pool: [__metajit.pool.ref(undefined), __metajit.pool.field("metatable"), __metajit.pool.ref(__metajit_ref_5), __metajit.pool.field("shape"), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("slots"), __metajit.pool.field("hash"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("arr"), __metajit.pool.ref(__metajit_ref_7), __metajit.pool.ref(__metajit_ref_6), __metajit.pool.field("hashCap"), __metajit.pool.ref(__metajit_ref_8)],
      code: [50, 0, -1, -2, 50, 0, -3, -4, 50, 0, -5, -6, 50, 0, -1, -7, 39, 4, 1, 45, 6, 1, 66, 5, 6, 58, 4, 36, 4, 0, 2, 4, 5, 66, 5, -9, 66, 3, 5, 39, 8, 2, 45, 10, 2, 66, 9, 10, 58, 8, 59, 4, 0, 3, 8, 9, 66, 9, -9, 66, 7, 9, 29, 12, 3, -9, 58, 12, 88, 4, 0, 3, 7, 12, 61, -11, 13, 0, 1, 3, 2, 0, 7, 66, 11, 13, 57, 91, 66, 11, -12, 50, 0, 11, -10, 29, 15, 7, -9, 58, 15, 119, 3, 0, 7, 15, 61, -14, 16, 1, 1, 7, 1, 0, 66, 14, 16, 57, 122, 66, 14, -9, 50, 0, 14, -13, 62, -1] },
    { name: "LuaTable.length", args: [0], kinds: "rrfibbfirbffbffffirbfbf",
      pool: [__metajit.pool.field("arr"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.ref(Math.floor), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.field("hashCap")],
      code: [48, 1, 3, 0, -1, 54, 3, 1, -2, 33, 2, 3, 29, 4, 2, -4, 66, 5, 4, 58, 4, 48, 5, 0, 1, 2, 4, 5, 21, 6, 2, -6, 34, 7, 6, 51, 8, 3, 1, 7, -2, 37, 9, 8, -7, 66, 5, 9, 58, 5, 131, 4, 0, 1, 2, 5, 66, 10, -4, 21, 11, 2, 10, 29, 12, 11, -6, 58, 12, 129, 4, 1, 2, 10, 12, 20, 14, 10, 2, 23, 15, 14, -10, 61, -8, 13, 1, 1, 15, 3, 1, 2, 10, 21, 16, 13, -6, 34, 17, 16, 51, 18, 3, 1, 17, -2, 37, 19, 18, -7, 58, 19, 124, 5, 1, 2, 10, 13, 19, 66, 2, 13, 57, 127, 66, 10, 13, 57, 59, 62, 10, 48, 20, 1, 0, -11, 31, 21, 20, -4, 58, 21, 149, 3, 0, 2, 21, 62, 2, 60, 15, 22, 2, 0, 2, 0, 62, 22] },
    { name: "Interpreter.pushFrame", args: [0, 1, 2, 3, 4, 5, 6, 7], kinds: "rrrrfffffffbrrririf",
      pool: [__metajit.pool.field("depth"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("callLimit"), __metajit.pool.ref(__metajit.methodCaller("stackOverflow")), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [48, 8, 1, 1, -1, 20, 9, 8, -3, 48, 10, 1, 0, -4, 30, 11, 9, 10, 58, 11, 41, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 61, -5, 12, 0, 1, 0, 0, 63, 12, 60, 16, 13, 7, 0, 2, 3, 4, 5, 6, 7, 3, 1, 2, 8, 48, 14, 3, 1, -6, 34, 15, 8, 53, 14, 15, 2, -7, 48, 16, 3, 1, -8, 34, 17, 8, 53, 16, 17, 13, -7, 20, 18, 8, -3, 50, 1, 18, -1, 62, 13] },
    { name: "Interpreter.tailFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrffrrffffffriri",
      pool: [__metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("tailcalls"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("depth"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [49, 8, 1, 6, -1, 49, 9, 1, 6, -2, 60, 16, 7, 7, 0, 2, 3, 4, 5, 8, 9, 3, 1, 2, 6, 48, 10, 1, 6, -3, 20, 11, 10, -5, 50, 7, 11, -3, 48, 13, 1, 1, -6, 21, 12, 13, -5, 48, 14, 3, 1, -7, 34, 15, 12, 53, 14, 15, 2, -8, 48, 16, 3, 1, -9, 34, 17, 12, 53, 16, 17, 7, -8, 62, 7] },
    { name: "Shape.lookup", args: [0, 1], kinds: "rrrifbffbirbrrfbf",
      pool: [__metajit.pool.field("keys"), __metajit.pool.array("any"), __metajit.pool.int(8), __metajit.pool.float(8), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.float(1), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.ref(undefined)],
      code: [49, 2, 3, 0, -1, 54, 3, 2, -2, 33, 4, 3, 28, 5, 4, -4, 58, 5, 76, 5, 0, 1, 2, 3, 5, 66, 6, -6, 33, 7, 3, 27, 8, 6, 7, 58, 8, 74, 5, 1, 2, 3, 6, 8, 34, 9, 6, 51, 10, 3, 2, 9, -2, 37, 11, 10, 1, 58, 11, 68, 5, 1, 2, 3, 6, 11, 62, 6, 20, 6, 6, -7, 57, 28, 62, -9, 49, 13, 3, 0, -10, 61, -11, 12, 0, 2, 13, 1, 0, 37, 15, 12, -12, 58, 15, 104, 2, 12, 15, 66, 14, -9, 57, 110, 45, 16, 12, 66, 14, 16, 62, 14] },
    { name: "LuaTable.getHashed", args: [0, 1], kinds: "rrrbrrrbrfir",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any")],
      code: [48, 2, 3, 0, -1, 37, 3, 2, -2, 58, 3, 18, 3, 1, 2, 3, 62, -2, 49, 5, 3, 2, -3, 61, -4, 4, 0, 2, 5, 1, 1, 2, 37, 7, 4, -2, 58, 7, 48, 3, 2, 4, 7, 66, 6, -2, 57, 68, 49, 8, 3, 2, -5, 45, 9, 4, 34, 10, 9, 51, 11, 3, 8, 10, -6, 66, 6, 11, 62, 6] },
    { name: "LuaTable.setNumSlow", args: [0, 1, 2], kinds: "rfrrbbrrbbrfibbrfb",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any"), __metajit.pool.ref(__metajit_ref_9), __metajit.pool.ref("table index is NaN"), __metajit.pool.ref(__metajit.methodCaller("newKey")), __metajit.pool.int(0), __metajit.pool.float(0)],
      code: [48, 3, 3, 0, -1, 37, 4, 3, -2, 35, 5, 4, 58, 5, 75, 5, 0, 1, 2, 3, 5, 49, 7, 3, 3, -3, 61, -4, 6, 0, 2, 7, 1, 4, 0, 1, 2, 3, 37, 8, 6, -2, 35, 9, 8, 58, 9, 73, 6, 0, 1, 2, 3, 6, 9, 49, 10, 3, 3, -5, 45, 11, 6, 34, 12, 11, 53, 10, 12, 2, -6, 62, -2, 57, 75, 31, 13, 1, 1, 35, 14, 13, 58, 14, 99, 4, 0, 1, 2, 14, 61, -7, 15, 0, 1, -8, 0, 63, 15, 31, 17, 1, -11, 58, 17, 116, 4, 0, 1, 2, 17, 66, 16, -11, 57, 119, 66, 16, 1, 61, -9, -1, 0, 3, 0, 16, 2, 0, 62, -2] },
    { name: "LuaTable.unboundSearch", args: [0, 1], kinds: "rfffrbbbrbbffbfffrb",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(2147483647), __metajit.pool.float(2147483647), __metajit.pool.ref(Math.floor)],
      code: [66, 2, 1, 20, 3, 1, -2, 60, 3, 4, 2, 0, 3, 3, 0, 2, 3, 37, 5, 4, -3, 35, 6, 5, 58, 6, 91, 4, 0, 2, 3, 6, 66, 2, 3, 22, 3, 3, -5, 29, 7, 3, -7, 58, 7, 89, 4, 0, 2, 3, 7, 66, 2, -2, 60, 3, 8, 2, 0, 2, 2, 0, 2, 37, 9, 8, -3, 35, 10, 9, 58, 10, 83, 3, 0, 2, 10, 20, 2, 2, -2, 57, 54, 21, 11, 2, -2, 62, 11, 57, 7, 21, 12, 3, 2, 29, 13, 12, -2, 58, 13, 159, 4, 0, 2, 3, 13, 20, 15, 2, 3, 23, 16, 15, -5, 61, -8, 14, 1, 1, 16, 3, 0, 2, 3, 60, 3, 17, 2, 0, 14, 4, 0, 2, 3, 14, 37, 18, 17, -3, 58, 18, 154, 5, 0, 2, 3, 14, 18, 66, 3, 14, 57, 157, 66, 2, 14, 57, 91, 62, 2] },
    { name: "Interpreter.newFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrffffrfrfbrbfirfffbfrrbbbffrrbirr",
      pool: [__metajit.pool.field("proto"), __metajit.pool.field("numParams"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.ref(undefined), __metajit.pool.float(1), __metajit.pool.field("maxStack"), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.field("isVararg"), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("noVarargs"), __metajit.pool.field("needsArg"), __metajit.pool.ref(argTable), __metajit.pool.ref(__metajit_ref_10)],
      code: [49, 7, 3, 1, -1, 49, 8, 1, 7, -2, 56, 9, -4, -3, 66, 10, -5, 27, 11, 10, 8, 58, 11, 103, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 27, 13, 10, 4, 58, 13, 75, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 20, 14, 3, 10, 34, 15, 14, 51, 16, 3, 2, 15, -3, 66, 12, 16, 57, 78, 66, 12, -7, 61, -6, 17, 0, 2, 9, 12, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 10, 10, -8, 57, 17, 66, 18, 8, 49, 19, 1, 7, -9, 27, 20, 18, 19, 58, 20, 156, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 61, -10, 21, 0, 2, 9, -7, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 18, 18, -8, 57, 106, 49, 24, 2, 7, -11, 66, 25, 24, 58, 24, 187, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 24, 25, 29, 26, 4, 8, 66, 25, 26, 58, 25, 230, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 25, 20, 27, 3, 8, 20, 28, 3, 4, 61, -12, 29, 0, 3, 2, 27, 28, 6, 1, 5, 6, 7, 8, 9, 66, 23, 29, 57, 238, 49, 30, 3, 0, -13, 66, 23, 30, 66, 22, 23, 49, 31, 2, 1, -14, 58, 31, 282, 8, 1, 5, 6, 7, 8, 9, 22, 31, 34, 32, 8, 61, -15, 33, 0, 1, 22, 7, 1, 5, 6, 7, 9, 22, 32, 53, 9, 32, 33, -3, 57, 282, 55, 34, -16, 60, 17, -1, 7, 34, 1, 7, 9, 22, 5, 6, 1, 34, 62, 34] },
    { name: "Frame.constructor", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrrff",
      pool: [__metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("pc"), __metajit.pool.field("top"), __metajit.pool.ref(undefined), __metajit.pool.field("openUpvals"), __metajit.pool.field("tailcalls"), __metajit.pool.field("closure"), __metajit.pool.field("proto"), __metajit.pool.field("regs"), __metajit.pool.field("varargs"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults")],
      code: [50, 0, -2, -3, 50, 0, -2, -4, 50, 0, -5, -6, 50, 0, -2, -7, 50, 0, 1, -8, 50, 0, 2, -9, 50, 0, 3, -10, 50, 0, 4, -11, 50, 0, 5, -12, 50, 0, 6, -13, 62, -5] },
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
let __metajit_k0_39!: __metajit_Const;
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
let __metajit_k0_58!: __metajit_Const;
let __metajit_k0_60!: __metajit_Const;
let __metajit_k0_61!: __metajit_Const;
let __metajit_k0_63!: __metajit_Const;
let __metajit_k0_65!: __metajit_Const;
let __metajit_k0_66!: __metajit_Const;
let __metajit_k0_67!: __metajit_Const;
let __metajit_k0_68!: __metajit_Const;
let __metajit_k0_69!: __metajit_Const;
let __metajit_k0_70!: __metajit_Const;
let __metajit_k0_71!: __metajit_Const;
let __metajit_k0_72!: __metajit_Const;
let __metajit_k0_73!: __metajit_Const;
let __metajit_k0_64!: __metajit_Const;
let __metajit_k0_76!: __metajit_Const;
let __metajit_d0_77!: __metajit_FieldDescr;
let __metajit_k0_3!: __metajit_Const;
let __metajit_k0_78!: __metajit_Const;
let __metajit_k0_79!: __metajit_Const;
let __metajit_k0_80!: __metajit_Const;
let __metajit_k0_81!: __metajit_Const;
let __metajit_k0_82!: __metajit_Const;
let __metajit_d0_83!: __metajit_FieldDescr;
let __metajit_k0_8!: __metajit_Const;
let __metajit_k0_85!: __metajit_Const;
let __metajit_k0_84!: __metajit_Const;
let __metajit_d0_86!: __metajit_FieldDescr;
let __metajit_d0_87!: __metajit_FieldDescr;
let __metajit_d0_88!: __metajit_FieldDescr;
let __metajit_d0_89!: __metajit_FieldDescr;
let __metajit_k0_90!: __metajit_Const;
let __metajit_k0_91!: __metajit_Const;
let __metajit_k0_92!: __metajit_Const;
let __metajit_k0_93!: __metajit_Const;
let __metajit_k0_94!: __metajit_Const;
let __metajit_d0_95!: __metajit_FieldDescr;
let __metajit_k0_96!: __metajit_Const;
let __metajit_k0_4!: __metajit_Const;
let __metajit_k0_98!: __metajit_Const;
let __metajit_k0_97!: __metajit_Const;
let __metajit_k0_20!: __metajit_Const;
let __metajit_k0_99!: __metajit_Const;
let __metajit_k0_100!: __metajit_Const;
let __metajit_d0_101!: __metajit_FieldDescr;
let __metajit_d0_102!: __metajit_FieldDescr;
let __metajit_d0_103!: __metajit_FieldDescr;
let __metajit_k0_108!: __metajit_Const;
let __metajit_k0_109!: __metajit_Const;
let __metajit_k0_110!: __metajit_Const;
let __metajit_k0_111!: __metajit_Const;
let __metajit_k0_112!: __metajit_Const;
let __metajit_d0_114!: __metajit_FieldDescr;
let __metajit_k0_117!: __metajit_Const;
let __metajit_k0_116!: __metajit_Const;
let __metajit_k0_115!: __metajit_Const;
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
let __metajit_d9_0!: __metajit_FieldDescr;
let __metajit_d9_1!: __metajit_ArrayDescr;
let __metajit_k9_3!: __metajit_Const;
let __metajit_k9_5!: __metajit_Const;
let __metajit_k9_6!: __metajit_Const;
let __metajit_k9_9!: __metajit_Const;
let __metajit_k9_7!: __metajit_Const;
let __metajit_d9_10!: __metajit_FieldDescr;
let __metajit_d10_0!: __metajit_FieldDescr;
let __metajit_k10_2!: __metajit_Const;
let __metajit_d10_3!: __metajit_FieldDescr;
let __metajit_k10_4!: __metajit_Const;
let __metajit_d10_5!: __metajit_FieldDescr;
let __metajit_d10_6!: __metajit_ArrayDescr;
let __metajit_d10_7!: __metajit_FieldDescr;
let __metajit_d11_0!: __metajit_FieldDescr;
let __metajit_d11_1!: __metajit_FieldDescr;
let __metajit_d11_2!: __metajit_FieldDescr;
let __metajit_k11_4!: __metajit_Const;
let __metajit_d11_5!: __metajit_FieldDescr;
let __metajit_d11_6!: __metajit_FieldDescr;
let __metajit_d11_7!: __metajit_ArrayDescr;
let __metajit_d11_8!: __metajit_FieldDescr;
let __metajit_d12_0!: __metajit_FieldDescr;
let __metajit_d12_1!: __metajit_ArrayDescr;
let __metajit_k12_3!: __metajit_Const;
let __metajit_k12_5!: __metajit_Const;
let __metajit_k12_8!: __metajit_Const;
let __metajit_d12_9!: __metajit_FieldDescr;
let __metajit_k12_10!: __metajit_Const;
let __metajit_k12_11!: __metajit_Const;
let __metajit_d13_0!: __metajit_FieldDescr;
let __metajit_k13_1!: __metajit_Const;
let __metajit_d13_2!: __metajit_FieldDescr;
let __metajit_k13_3!: __metajit_Const;
let __metajit_d13_4!: __metajit_FieldDescr;
let __metajit_d13_5!: __metajit_ArrayDescr;
let __metajit_d14_0!: __metajit_FieldDescr;
let __metajit_k14_1!: __metajit_Const;
let __metajit_d14_2!: __metajit_FieldDescr;
let __metajit_k14_3!: __metajit_Const;
let __metajit_d14_4!: __metajit_FieldDescr;
let __metajit_d14_5!: __metajit_ArrayDescr;
let __metajit_k14_6!: __metajit_Const;
let __metajit_k14_7!: __metajit_Const;
let __metajit_k14_10!: __metajit_Const;
let __metajit_k14_8!: __metajit_Const;
let __metajit_k15_1!: __metajit_Const;
let __metajit_k15_2!: __metajit_Const;
let __metajit_k15_4!: __metajit_Const;
let __metajit_k15_6!: __metajit_Const;
let __metajit_k15_7!: __metajit_Const;
let __metajit_d16_0!: __metajit_FieldDescr;
let __metajit_d16_1!: __metajit_FieldDescr;
let __metajit_k16_3!: __metajit_Const;
let __metajit_d16_2!: __metajit_ArrayDescr;
let __metajit_k16_4!: __metajit_Const;
let __metajit_k16_6!: __metajit_Const;
let __metajit_k16_5!: __metajit_Const;
let __metajit_d16_8!: __metajit_FieldDescr;
let __metajit_k16_9!: __metajit_Const;
let __metajit_k16_7!: __metajit_Const;
let __metajit_d16_10!: __metajit_FieldDescr;
let __metajit_k16_11!: __metajit_Const;
let __metajit_d16_12!: __metajit_FieldDescr;
let __metajit_d16_13!: __metajit_FieldDescr;
let __metajit_k16_14!: __metajit_Const;
let __metajit_k16_15!: __metajit_Const;
let __metajit_k17_1!: __metajit_Const;
let __metajit_d17_2!: __metajit_FieldDescr;
let __metajit_d17_3!: __metajit_FieldDescr;
let __metajit_k17_4!: __metajit_Const;
let __metajit_d17_5!: __metajit_FieldDescr;
let __metajit_d17_6!: __metajit_FieldDescr;
let __metajit_d17_7!: __metajit_FieldDescr;
let __metajit_d17_8!: __metajit_FieldDescr;
let __metajit_d17_9!: __metajit_FieldDescr;
let __metajit_d17_10!: __metajit_FieldDescr;
let __metajit_d17_11!: __metajit_FieldDescr;
let __metajit_d17_12!: __metajit_FieldDescr;
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
  __metajit_G.checkTable(table, [["Interpreter.run.portal", 7685], ["LuaTable.getField", 87], ["LuaTable.getStr", 48], ["LuaTable.getInt", 98], ["LuaTable.get", 58], ["LuaTable.setField", 97], ["LuaTable.setStr", 54], ["LuaTable.setInt", 98], ["LuaTable.constructor", 128], ["LuaTable.length", 158], ["Interpreter.pushFrame", 92], ["Interpreter.tailFrame", 75], ["Shape.lookup", 112], ["LuaTable.getHashed", 70], ["LuaTable.setNumSlow", 130], ["LuaTable.unboundSearch", 161], ["Interpreter.newFrame", 300], ["Frame.constructor", 42]]);
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
  __metajit_k0_39 = pool0[39] as __metajit_Const;
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
  __metajit_k0_58 = pool0[58] as __metajit_Const;
  __metajit_k0_60 = pool0[60] as __metajit_Const;
  __metajit_k0_61 = pool0[61] as __metajit_Const;
  __metajit_k0_63 = pool0[63] as __metajit_Const;
  __metajit_k0_65 = pool0[65] as __metajit_Const;
  __metajit_k0_66 = pool0[66] as __metajit_Const;
  __metajit_k0_67 = pool0[67] as __metajit_Const;
  __metajit_k0_68 = pool0[68] as __metajit_Const;
  __metajit_k0_69 = pool0[69] as __metajit_Const;
  __metajit_k0_70 = pool0[70] as __metajit_Const;
  __metajit_k0_71 = pool0[71] as __metajit_Const;
  __metajit_k0_72 = pool0[72] as __metajit_Const;
  __metajit_k0_73 = pool0[73] as __metajit_Const;
  __metajit_k0_64 = pool0[64] as __metajit_Const;
  __metajit_k0_76 = pool0[76] as __metajit_Const;
  __metajit_d0_77 = pool0[77] as __metajit_FieldDescr;
  __metajit_k0_3 = pool0[3] as __metajit_Const;
  __metajit_k0_78 = pool0[78] as __metajit_Const;
  __metajit_k0_79 = pool0[79] as __metajit_Const;
  __metajit_k0_80 = pool0[80] as __metajit_Const;
  __metajit_k0_81 = pool0[81] as __metajit_Const;
  __metajit_k0_82 = pool0[82] as __metajit_Const;
  __metajit_d0_83 = pool0[83] as __metajit_FieldDescr;
  __metajit_k0_8 = pool0[8] as __metajit_Const;
  __metajit_k0_85 = pool0[85] as __metajit_Const;
  __metajit_k0_84 = pool0[84] as __metajit_Const;
  __metajit_d0_86 = pool0[86] as __metajit_FieldDescr;
  __metajit_d0_87 = pool0[87] as __metajit_FieldDescr;
  __metajit_d0_88 = pool0[88] as __metajit_FieldDescr;
  __metajit_d0_89 = pool0[89] as __metajit_FieldDescr;
  __metajit_k0_90 = pool0[90] as __metajit_Const;
  __metajit_k0_91 = pool0[91] as __metajit_Const;
  __metajit_k0_92 = pool0[92] as __metajit_Const;
  __metajit_k0_93 = pool0[93] as __metajit_Const;
  __metajit_k0_94 = pool0[94] as __metajit_Const;
  __metajit_d0_95 = pool0[95] as __metajit_FieldDescr;
  __metajit_k0_96 = pool0[96] as __metajit_Const;
  __metajit_k0_4 = pool0[4] as __metajit_Const;
  __metajit_k0_98 = pool0[98] as __metajit_Const;
  __metajit_k0_97 = pool0[97] as __metajit_Const;
  __metajit_k0_20 = pool0[20] as __metajit_Const;
  __metajit_k0_99 = pool0[99] as __metajit_Const;
  __metajit_k0_100 = pool0[100] as __metajit_Const;
  __metajit_d0_101 = pool0[101] as __metajit_FieldDescr;
  __metajit_d0_102 = pool0[102] as __metajit_FieldDescr;
  __metajit_d0_103 = pool0[103] as __metajit_FieldDescr;
  __metajit_k0_108 = pool0[108] as __metajit_Const;
  __metajit_k0_109 = pool0[109] as __metajit_Const;
  __metajit_k0_110 = pool0[110] as __metajit_Const;
  __metajit_k0_111 = pool0[111] as __metajit_Const;
  __metajit_k0_112 = pool0[112] as __metajit_Const;
  __metajit_d0_114 = pool0[114] as __metajit_FieldDescr;
  __metajit_k0_117 = pool0[117] as __metajit_Const;
  __metajit_k0_116 = pool0[116] as __metajit_Const;
  __metajit_k0_115 = pool0[115] as __metajit_Const;
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
  __metajit_d9_0 = pool9[0] as __metajit_FieldDescr;
  __metajit_d9_1 = pool9[1] as __metajit_ArrayDescr;
  __metajit_k9_3 = pool9[3] as __metajit_Const;
  __metajit_k9_5 = pool9[5] as __metajit_Const;
  __metajit_k9_6 = pool9[6] as __metajit_Const;
  __metajit_k9_9 = pool9[9] as __metajit_Const;
  __metajit_k9_7 = pool9[7] as __metajit_Const;
  __metajit_d9_10 = pool9[10] as __metajit_FieldDescr;
  __metajit_d10_0 = pool10[0] as __metajit_FieldDescr;
  __metajit_k10_2 = pool10[2] as __metajit_Const;
  __metajit_d10_3 = pool10[3] as __metajit_FieldDescr;
  __metajit_k10_4 = pool10[4] as __metajit_Const;
  __metajit_d10_5 = pool10[5] as __metajit_FieldDescr;
  __metajit_d10_6 = pool10[6] as __metajit_ArrayDescr;
  __metajit_d10_7 = pool10[7] as __metajit_FieldDescr;
  __metajit_d11_0 = pool11[0] as __metajit_FieldDescr;
  __metajit_d11_1 = pool11[1] as __metajit_FieldDescr;
  __metajit_d11_2 = pool11[2] as __metajit_FieldDescr;
  __metajit_k11_4 = pool11[4] as __metajit_Const;
  __metajit_d11_5 = pool11[5] as __metajit_FieldDescr;
  __metajit_d11_6 = pool11[6] as __metajit_FieldDescr;
  __metajit_d11_7 = pool11[7] as __metajit_ArrayDescr;
  __metajit_d11_8 = pool11[8] as __metajit_FieldDescr;
  __metajit_d12_0 = pool12[0] as __metajit_FieldDescr;
  __metajit_d12_1 = pool12[1] as __metajit_ArrayDescr;
  __metajit_k12_3 = pool12[3] as __metajit_Const;
  __metajit_k12_5 = pool12[5] as __metajit_Const;
  __metajit_k12_8 = pool12[8] as __metajit_Const;
  __metajit_d12_9 = pool12[9] as __metajit_FieldDescr;
  __metajit_k12_10 = pool12[10] as __metajit_Const;
  __metajit_k12_11 = pool12[11] as __metajit_Const;
  __metajit_d13_0 = pool13[0] as __metajit_FieldDescr;
  __metajit_k13_1 = pool13[1] as __metajit_Const;
  __metajit_d13_2 = pool13[2] as __metajit_FieldDescr;
  __metajit_k13_3 = pool13[3] as __metajit_Const;
  __metajit_d13_4 = pool13[4] as __metajit_FieldDescr;
  __metajit_d13_5 = pool13[5] as __metajit_ArrayDescr;
  __metajit_d14_0 = pool14[0] as __metajit_FieldDescr;
  __metajit_k14_1 = pool14[1] as __metajit_Const;
  __metajit_d14_2 = pool14[2] as __metajit_FieldDescr;
  __metajit_k14_3 = pool14[3] as __metajit_Const;
  __metajit_d14_4 = pool14[4] as __metajit_FieldDescr;
  __metajit_d14_5 = pool14[5] as __metajit_ArrayDescr;
  __metajit_k14_6 = pool14[6] as __metajit_Const;
  __metajit_k14_7 = pool14[7] as __metajit_Const;
  __metajit_k14_10 = pool14[10] as __metajit_Const;
  __metajit_k14_8 = pool14[8] as __metajit_Const;
  __metajit_k15_1 = pool15[1] as __metajit_Const;
  __metajit_k15_2 = pool15[2] as __metajit_Const;
  __metajit_k15_4 = pool15[4] as __metajit_Const;
  __metajit_k15_6 = pool15[6] as __metajit_Const;
  __metajit_k15_7 = pool15[7] as __metajit_Const;
  __metajit_d16_0 = pool16[0] as __metajit_FieldDescr;
  __metajit_d16_1 = pool16[1] as __metajit_FieldDescr;
  __metajit_k16_3 = pool16[3] as __metajit_Const;
  __metajit_d16_2 = pool16[2] as __metajit_ArrayDescr;
  __metajit_k16_4 = pool16[4] as __metajit_Const;
  __metajit_k16_6 = pool16[6] as __metajit_Const;
  __metajit_k16_5 = pool16[5] as __metajit_Const;
  __metajit_d16_8 = pool16[8] as __metajit_FieldDescr;
  __metajit_k16_9 = pool16[9] as __metajit_Const;
  __metajit_k16_7 = pool16[7] as __metajit_Const;
  __metajit_d16_10 = pool16[10] as __metajit_FieldDescr;
  __metajit_k16_11 = pool16[11] as __metajit_Const;
  __metajit_d16_12 = pool16[12] as __metajit_FieldDescr;
  __metajit_d16_13 = pool16[13] as __metajit_FieldDescr;
  __metajit_k16_14 = pool16[14] as __metajit_Const;
  __metajit_k16_15 = pool16[15] as __metajit_Const;
  __metajit_k17_1 = pool17[1] as __metajit_Const;
  __metajit_d17_2 = pool17[2] as __metajit_FieldDescr;
  __metajit_d17_3 = pool17[3] as __metajit_FieldDescr;
  __metajit_k17_4 = pool17[4] as __metajit_Const;
  __metajit_d17_5 = pool17[5] as __metajit_FieldDescr;
  __metajit_d17_6 = pool17[6] as __metajit_FieldDescr;
  __metajit_d17_7 = pool17[7] as __metajit_FieldDescr;
  __metajit_d17_8 = pool17[8] as __metajit_FieldDescr;
  __metajit_d17_9 = pool17[9] as __metajit_FieldDescr;
  __metajit_d17_10 = pool17[10] as __metajit_FieldDescr;
  __metajit_d17_11 = pool17[11] as __metajit_FieldDescr;
  __metajit_d17_12 = pool17[12] as __metajit_FieldDescr;
  __metajit_o0 = { descr: __metajit_d0_1, type: "ref" };
  __metajit_o1 = { descr: __metajit_d0_1 };
  __metajit_o2 = { descr: __metajit_d0_11, type: "ref" };
  __metajit_o3 = { descr: __metajit_d0_12, type: "ref" };
  __metajit_o4 = { descr: __metajit_d0_13, type: "ref" };
  __metajit_o5 = { descr: __metajit_d0_14, type: "float" };
  __metajit_o6 = { descr: __metajit_d0_15, type: "ref" };
  __metajit_o7 = { descr: __metajit_d0_16, type: "ref" };
  __metajit_o8 = { descr: __metajit_d0_17 };
  __metajit_o9 = { descr: __metajit_d0_77, type: "float" };
  __metajit_o10 = { descr: __metajit_d0_83, type: "ref" };
  __metajit_o11 = { descr: __metajit_d0_86, type: "bool" };
  __metajit_o12 = { descr: __metajit_d0_87 };
  __metajit_o13 = { descr: __metajit_d0_88 };
  __metajit_o14 = { descr: __metajit_d0_89, type: "float" };
  __metajit_o15 = { descr: __metajit_d0_89 };
  __metajit_o16 = { descr: __metajit_d0_77 };
  __metajit_o17 = { descr: __metajit_d0_95, type: "ref" };
  __metajit_o18 = { descr: __metajit_d0_101, type: "ref" };
  __metajit_o19 = { descr: __metajit_d0_102, type: "float" };
  __metajit_o20 = { descr: __metajit_d0_103, type: "float" };
  __metajit_o21 = { descr: __metajit_d0_17, type: "float" };
  __metajit_o22 = { descr: __metajit_d0_114, type: "ref" };
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
  __metajit_o48 = { descr: __metajit_d9_0, type: "ref" };
  __metajit_o49 = { descr: __metajit_d9_1 };
  __metajit_o50 = { descr: __metajit_d9_1, type: "ref" };
  __metajit_o51 = { descr: __metajit_d9_10, type: "float" };
  __metajit_o52 = { descr: __metajit_d10_0, type: "float" };
  __metajit_o53 = { descr: __metajit_d10_3, type: "float" };
  __metajit_o54 = { descr: __metajit_d10_5, type: "ref" };
  __metajit_o55 = { descr: __metajit_d10_6 };
  __metajit_o56 = { descr: __metajit_d10_7, type: "ref" };
  __metajit_o57 = { descr: __metajit_d10_0 };
  __metajit_o58 = { descr: __metajit_d11_0, type: "float" };
  __metajit_o59 = { descr: __metajit_d11_1, type: "float" };
  __metajit_o60 = { descr: __metajit_d11_2, type: "float" };
  __metajit_o61 = { descr: __metajit_d11_2 };
  __metajit_o62 = { descr: __metajit_d11_5, type: "float" };
  __metajit_o63 = { descr: __metajit_d11_6, type: "ref" };
  __metajit_o64 = { descr: __metajit_d11_7 };
  __metajit_o65 = { descr: __metajit_d11_8, type: "ref" };
  __metajit_o66 = { descr: __metajit_d12_0, type: "ref" };
  __metajit_o67 = { descr: __metajit_d12_1 };
  __metajit_o68 = { descr: __metajit_d12_1, type: "ref" };
  __metajit_o69 = { descr: __metajit_d12_9, type: "ref" };
  __metajit_o70 = { descr: __metajit_d13_0, type: "ref" };
  __metajit_o71 = { descr: __metajit_d13_2, type: "ref" };
  __metajit_o72 = { descr: __metajit_d13_4, type: "ref" };
  __metajit_o73 = { descr: __metajit_d13_5, type: "ref" };
  __metajit_o74 = { descr: __metajit_d14_0, type: "ref" };
  __metajit_o75 = { descr: __metajit_d14_2, type: "ref" };
  __metajit_o76 = { descr: __metajit_d14_4, type: "ref" };
  __metajit_o77 = { descr: __metajit_d14_5 };
  __metajit_o78 = { descr: __metajit_d16_0, type: "ref" };
  __metajit_o79 = { descr: __metajit_d16_1, type: "float" };
  __metajit_o80 = { descr: __metajit_d16_2 };
  __metajit_o81 = { descr: __metajit_d16_2, type: "ref" };
  __metajit_o82 = { descr: __metajit_d16_8, type: "float" };
  __metajit_o83 = { descr: __metajit_d16_10, type: "bool" };
  __metajit_o84 = { descr: __metajit_d16_12, type: "ref" };
  __metajit_o85 = { descr: __metajit_d16_13, type: "bool" };
  __metajit_o86 = { descr: __metajit_d17_2 };
  __metajit_o87 = { descr: __metajit_d17_3 };
  __metajit_o88 = { descr: __metajit_d17_5 };
  __metajit_o89 = { descr: __metajit_d17_6 };
  __metajit_o90 = { descr: __metajit_d17_7 };
  __metajit_o91 = { descr: __metajit_d17_8 };
  __metajit_o92 = { descr: __metajit_d17_9 };
  __metajit_o93 = { descr: __metajit_d17_10 };
  __metajit_o94 = { descr: __metajit_d17_11 };
  __metajit_o95 = { descr: __metajit_d17_12 };
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
  let b417: __metajit_Value | undefined;
  let b418: __metajit_Value | undefined;
  let b419: __metajit_Value | undefined;
  let b420: __metajit_Value | undefined;
  let b421: __metajit_Value | undefined;
  let u421!: number;
  let b422: __metajit_Value | undefined;
  let b423: __metajit_Value | undefined;
  let u423!: number;
  let b424: __metajit_Value | undefined;
  let u424!: unknown;
  let b425: __metajit_Value | undefined;
  let u425!: number;
  let b426: __metajit_Value | undefined;
  let u426!: number;
  let b427: __metajit_Value | undefined;
  let u427!: unknown;
  let b428: __metajit_Value | undefined;
  let u428!: number;
  let b429: __metajit_Value | undefined;
  let b430: __metajit_Value | undefined;
  let u430!: unknown;
  let b431: __metajit_Value | undefined;
  let u431!: boolean;
  let b432: __metajit_Value | undefined;
  let u432!: number;
  let b433: __metajit_Value | undefined;
  let b434: __metajit_Value | undefined;
  let u434!: unknown;
  let b435: __metajit_Value | undefined;
  let u435!: number;
  let b436: __metajit_Value | undefined;
  let u436!: number;
  let b437: __metajit_Value | undefined;
  let u437!: unknown;
  let b438: __metajit_Value | undefined;
  let b439: __metajit_Value | undefined;
  let u439!: unknown;
  let b440: __metajit_Value | undefined;
  let u440!: boolean;
  let b441: __metajit_Value | undefined;
  let u441!: number;
  let b442: __metajit_Value | undefined;
  let b443: __metajit_Value | undefined;
  let u443!: unknown;
  let b444: __metajit_Value | undefined;
  let u444!: number;
  let b445: __metajit_Value | undefined;
  let u445!: number;
  let b446: __metajit_Value | undefined;
  let u446!: unknown;
  let b447: __metajit_Value | undefined;
  let b448: __metajit_Value | undefined;
  let b449: __metajit_Value | undefined;
  let b450: __metajit_Value | undefined;
  let b451: __metajit_Value | undefined;
  let b452: __metajit_Value | undefined;
  let u452!: number;
  let b453: __metajit_Value | undefined;
  let b454: __metajit_Value | undefined;
  let b455: __metajit_Value | undefined;
  let b456: __metajit_Value | undefined;
  let b457: __metajit_Value | undefined;
  let u457!: number;
  let b458: __metajit_Value | undefined;
  let b459: __metajit_Value | undefined;
  let u459!: number;
  let b460: __metajit_Value | undefined;
  let u460!: unknown;
  let b461: __metajit_Value | undefined;
  let u461!: number;
  let b462: __metajit_Value | undefined;
  let b463: __metajit_Value | undefined;
  let u463!: number;
  let b464: __metajit_Value | undefined;
  let b465: __metajit_Value | undefined;
  let b466: __metajit_Value | undefined;
  let u466!: number;
  let b467: __metajit_Value | undefined;
  let b468: __metajit_Value | undefined;
  let b469: __metajit_Value | undefined;
  let b470: __metajit_Value | undefined;
  let u470!: number;
  let b471: __metajit_Value | undefined;
  let b472: __metajit_Value | undefined;
  let b473: __metajit_Value | undefined;
  let u473!: unknown;
  let b474: __metajit_Value | undefined;
  let u474!: number;
  let b475: __metajit_Value | undefined;
  let u475!: number;
  let b476: __metajit_Value | undefined;
  let u476!: number;
  let b477: __metajit_Value | undefined;
  let u477!: number;
  let b478: __metajit_Value | undefined;
  let b479: __metajit_Value | undefined;
  let b480: __metajit_Value | undefined;
  let b481: __metajit_Value | undefined;
  let b482: __metajit_Value | undefined;
  let b483: __metajit_Value | undefined;
  let u483!: number;
  let b484: __metajit_Value | undefined;
  let u484!: unknown;
  let b485: __metajit_Value | undefined;
  let u485!: number;
  let b486: __metajit_Value | undefined;
  let b487: __metajit_Value | undefined;
  let u487!: number;
  let b488: __metajit_Value | undefined;
  let b489: __metajit_Value | undefined;
  let b490: __metajit_Value | undefined;
  let u490!: number;
  let b491: __metajit_Value | undefined;
  let b492: __metajit_Value | undefined;
  let b493: __metajit_Value | undefined;
  let b494: __metajit_Value | undefined;
  let u494!: number;
  let b495: __metajit_Value | undefined;
  let b496: __metajit_Value | undefined;
  let b497: __metajit_Value | undefined;
  let u497!: number;
  let b498: __metajit_Value | undefined;
  let b499: __metajit_Value | undefined;
  let u499!: number;
  let b500: __metajit_Value | undefined;
  let u500!: unknown;
  let b501: __metajit_Value | undefined;
  let u501!: number;
  let b502: __metajit_Value | undefined;
  let u502!: number;
  let b503: __metajit_Value | undefined;
  let u503!: unknown;
  let b504: __metajit_Value | undefined;
  let u504!: number;
  let b505: __metajit_Value | undefined;
  let b506: __metajit_Value | undefined;
  let u506!: number;
  let b507: __metajit_Value | undefined;
  let b508: __metajit_Value | undefined;
  let u508!: number;
  let b509: __metajit_Value | undefined;
  let u509!: number;
  let b510: __metajit_Value | undefined;
  let u510!: boolean;
  let b511: __metajit_Value | undefined;
  let u511!: boolean;
  let b512: __metajit_Value | undefined;
  let b513: __metajit_Value | undefined;
  let b514: __metajit_Value | undefined;
  let b515: __metajit_Value | undefined;
  let b516: __metajit_Value | undefined;
  let b517: __metajit_Value | undefined;
  let u517!: number;
  let b518: __metajit_Value | undefined;
  let b519: __metajit_Value | undefined;
  let u519!: number;
  let b520: __metajit_Value | undefined;
  let b521: __metajit_Value | undefined;
  let u521!: number;
  let b522: __metajit_Value | undefined;
  let u522!: unknown;
  let b523: __metajit_Value | undefined;
  let u523!: number;
  let b524: __metajit_Value | undefined;
  let u524!: number;
  let b525: __metajit_Value | undefined;
  let u525!: number;
  let b526: __metajit_Value | undefined;
  let u526!: boolean;
  let b527: __metajit_Value | undefined;
  let u527!: number;
  let b528: __metajit_Value | undefined;
  let u528!: unknown;
  let b529: __metajit_Value | undefined;
  let u529!: number;
  let b530: __metajit_Value | undefined;
  let u530!: number;
  let b531: __metajit_Value | undefined;
  let u531!: unknown;
  let b532: __metajit_Value | undefined;
  let u532!: number;
  let b533: __metajit_Value | undefined;
  let b534: __metajit_Value | undefined;
  let u534!: unknown;
  let b535: __metajit_Value | undefined;
  let u535!: boolean;
  let b536: __metajit_Value | undefined;
  let u536!: number;
  let b537: __metajit_Value | undefined;
  let b538: __metajit_Value | undefined;
  let u538!: unknown;
  let b539: __metajit_Value | undefined;
  let u539!: number;
  let b540: __metajit_Value | undefined;
  let u540!: number;
  let b541: __metajit_Value | undefined;
  let u541!: unknown;
  let b542: __metajit_Value | undefined;
  let b543: __metajit_Value | undefined;
  let u543!: unknown;
  let b544: __metajit_Value | undefined;
  let u544!: boolean;
  let b545: __metajit_Value | undefined;
  let u545!: number;
  let b546: __metajit_Value | undefined;
  let b547: __metajit_Value | undefined;
  let u547!: unknown;
  let b548: __metajit_Value | undefined;
  let u548!: number;
  let b549: __metajit_Value | undefined;
  let u549!: number;
  let b550: __metajit_Value | undefined;
  let u550!: unknown;
  let b551: __metajit_Value | undefined;
  let b552: __metajit_Value | undefined;
  let b553: __metajit_Value | undefined;
  let b554: __metajit_Value | undefined;
  let b555: __metajit_Value | undefined;
  let b556: __metajit_Value | undefined;
  let b557: __metajit_Value | undefined;
  let b558: __metajit_Value | undefined;
  let b559: __metajit_Value | undefined;
  let u559!: boolean;
  let b560: __metajit_Value | undefined;
  let u560!: boolean;
  let b561: __metajit_Value | undefined;
  let b562: __metajit_Value | undefined;
  let u562!: number;
  let b563: __metajit_Value | undefined;
  let b564: __metajit_Value | undefined;
  let b565: __metajit_Value | undefined;
  let u565!: number;
  let b566: __metajit_Value | undefined;
  let u566!: number;
  let b567: __metajit_Value | undefined;
  let u567!: number;
  let b568: __metajit_Value | undefined;
  let u568!: unknown;
  let b569: __metajit_Value | undefined;
  let u569!: number;
  let b570: __metajit_Value | undefined;
  let u570!: number;
  let b571: __metajit_Value | undefined;
  let u571!: number;
  let b572: __metajit_Value | undefined;
  let u572!: number;
  let b573: __metajit_Value | undefined;
  let u573!: boolean;
  let b574: __metajit_Value | undefined;
  let u574!: number;
  let b575: __metajit_Value | undefined;
  let u575!: unknown;
  let b576: __metajit_Value | undefined;
  let u576!: number;
  let b577: __metajit_Value | undefined;
  let u577!: number;
  let b578: __metajit_Value | undefined;
  let u578!: unknown;
  let b579: __metajit_Value | undefined;
  let u579!: number;
  let b580: __metajit_Value | undefined;
  let b581: __metajit_Value | undefined;
  let u581!: unknown;
  let b582: __metajit_Value | undefined;
  let u582!: boolean;
  let b583: __metajit_Value | undefined;
  let u583!: number;
  let b584: __metajit_Value | undefined;
  let b585: __metajit_Value | undefined;
  let u585!: unknown;
  let b586: __metajit_Value | undefined;
  let u586!: number;
  let b587: __metajit_Value | undefined;
  let u587!: number;
  let b588: __metajit_Value | undefined;
  let u588!: unknown;
  let b589: __metajit_Value | undefined;
  let b590: __metajit_Value | undefined;
  let u590!: unknown;
  let b591: __metajit_Value | undefined;
  let u591!: boolean;
  let b592: __metajit_Value | undefined;
  let u592!: number;
  let b593: __metajit_Value | undefined;
  let b594: __metajit_Value | undefined;
  let u594!: unknown;
  let b595: __metajit_Value | undefined;
  let u595!: number;
  let b596: __metajit_Value | undefined;
  let u596!: number;
  let b597: __metajit_Value | undefined;
  let u597!: unknown;
  let b598: __metajit_Value | undefined;
  let u598!: boolean;
  let b599: __metajit_Value | undefined;
  let b600: __metajit_Value | undefined;
  let b601: __metajit_Value | undefined;
  let b602: __metajit_Value | undefined;
  let b603: __metajit_Value | undefined;
  let b604: __metajit_Value | undefined;
  let b605: __metajit_Value | undefined;
  let u605!: unknown;
  let b606: __metajit_Value | undefined;
  let u606!: number;
  let b607: __metajit_Value | undefined;
  let u607!: number;
  let b608: __metajit_Value | undefined;
  let u608!: boolean;
  let b609: __metajit_Value | undefined;
  let b610: __metajit_Value | undefined;
  let b611: __metajit_Value | undefined;
  let b612: __metajit_Value | undefined;
  let b613: __metajit_Value | undefined;
  let b614: __metajit_Value | undefined;
  let b615: __metajit_Value | undefined;
  let u615!: unknown;
  let b616: __metajit_Value | undefined;
  let u616!: number;
  let b617: __metajit_Value | undefined;
  let u617!: number;
  let b618: __metajit_Value | undefined;
  let u618!: boolean;
  let b619: __metajit_Value | undefined;
  let u619!: boolean;
  let b620: __metajit_Value | undefined;
  let b621: __metajit_Value | undefined;
  let u621!: number;
  let b622: __metajit_Value | undefined;
  let b623: __metajit_Value | undefined;
  let b624: __metajit_Value | undefined;
  let u624!: number;
  let b625: __metajit_Value | undefined;
  let u625!: number;
  let b626: __metajit_Value | undefined;
  let u626!: number;
  let b627: __metajit_Value | undefined;
  let u627!: unknown;
  let b628: __metajit_Value | undefined;
  let u628!: number;
  let b629: __metajit_Value | undefined;
  let u629!: number;
  let b630: __metajit_Value | undefined;
  let u630!: number;
  let b631: __metajit_Value | undefined;
  let u631!: number;
  let b632: __metajit_Value | undefined;
  let u632!: boolean;
  let b633: __metajit_Value | undefined;
  let b634: __metajit_Value | undefined;
  let u634!: number;
  let b635: __metajit_Value | undefined;
  let b636: __metajit_Value | undefined;
  let b637: __metajit_Value | undefined;
  let b638: __metajit_Value | undefined;
  let b639: __metajit_Value | undefined;
  let b640: __metajit_Value | undefined;
  let u640!: unknown;
  let b641: __metajit_Value | undefined;
  let u641!: number;
  let b642: __metajit_Value | undefined;
  let u642!: number;
  let b643: __metajit_Value | undefined;
  let u643!: boolean;
  let b644: __metajit_Value | undefined;
  let u644!: boolean;
  let b645: __metajit_Value | undefined;
  let b646: __metajit_Value | undefined;
  let u646!: number;
  let b647: __metajit_Value | undefined;
  let b648: __metajit_Value | undefined;
  let b649: __metajit_Value | undefined;
  let u649!: number;
  let b650: __metajit_Value | undefined;
  let u650!: number;
  let b651: __metajit_Value | undefined;
  let u651!: number;
  let b652: __metajit_Value | undefined;
  let u652!: unknown;
  let b653: __metajit_Value | undefined;
  let u653!: number;
  let b654: __metajit_Value | undefined;
  let u654!: number;
  let b655: __metajit_Value | undefined;
  let u655!: number;
  let b656: __metajit_Value | undefined;
  let u656!: number;
  let b657: __metajit_Value | undefined;
  let u657!: boolean;
  let b658: __metajit_Value | undefined;
  let b659: __metajit_Value | undefined;
  let u659!: unknown;
  let b660: __metajit_Value | undefined;
  let u660!: number;
  let b661: __metajit_Value | undefined;
  let u661!: number;
  let b662: __metajit_Value | undefined;
  let u662!: number;
  let b663: __metajit_Value | undefined;
  let b664: __metajit_Value | undefined;
  let b665: __metajit_Value | undefined;
  let b666: __metajit_Value | undefined;
  let b667: __metajit_Value | undefined;
  let b668: __metajit_Value | undefined;
  let u668!: unknown;
  let b669: __metajit_Value | undefined;
  let u669!: number;
  let b670: __metajit_Value | undefined;
  let u670!: number;
  let b671: __metajit_Value | undefined;
  let u671!: boolean;
  let b672: __metajit_Value | undefined;
  let u672!: boolean;
  let b673: __metajit_Value | undefined;
  let b674: __metajit_Value | undefined;
  let u674!: number;
  let b675: __metajit_Value | undefined;
  let b676: __metajit_Value | undefined;
  let u676!: number;
  let b677: __metajit_Value | undefined;
  let u677!: number;
  let b678: __metajit_Value | undefined;
  let u678!: unknown;
  let b679: __metajit_Value | undefined;
  let u679!: number;
  let b680: __metajit_Value | undefined;
  let u680!: number;
  let b681: __metajit_Value | undefined;
  let u681!: number;
  let b682: __metajit_Value | undefined;
  let u682!: number;
  let b683: __metajit_Value | undefined;
  let u683!: boolean;
  let b684: __metajit_Value | undefined;
  let u684!: number;
  let b685: __metajit_Value | undefined;
  let u685!: number;
  let b686: __metajit_Value | undefined;
  let u686!: number;
  let b687: __metajit_Value | undefined;
  let u687!: unknown;
  let b688: __metajit_Value | undefined;
  let u688!: number;
  let b689: __metajit_Value | undefined;
  let u689!: number;
  let b690: __metajit_Value | undefined;
  let u690!: unknown;
  let b691: __metajit_Value | undefined;
  let u691!: number;
  let b692: __metajit_Value | undefined;
  let u692!: number;
  let b693: __metajit_Value | undefined;
  let b694: __metajit_Value | undefined;
  let u694!: number;
  let b695: __metajit_Value | undefined;
  let u695!: boolean;
  let b696: __metajit_Value | undefined;
  let u696!: boolean;
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
  let b705: __metajit_Value | undefined;
  let b706: __metajit_Value | undefined;
  let b707: __metajit_Value | undefined;
  let u707!: number;
  let b708: __metajit_Value | undefined;
  let b709: __metajit_Value | undefined;
  let u709!: number;
  let b710: __metajit_Value | undefined;
  let u710!: number;
  let b711: __metajit_Value | undefined;
  let b712: __metajit_Value | undefined;
  let b713: __metajit_Value | undefined;
  let b714: __metajit_Value | undefined;
  let b715: __metajit_Value | undefined;
  let b716: __metajit_Value | undefined;
  let b717: __metajit_Value | undefined;
  let u717!: boolean;
  let b718: __metajit_Value | undefined;
  let u718!: number;
  let b719: __metajit_Value | undefined;
  let b720: __metajit_Value | undefined;
  let b721: __metajit_Value | undefined;
  let u721!: number;
  let b722: __metajit_Value | undefined;
  let u722!: number;
  let b723: __metajit_Value | undefined;
  let u723!: number;
  let b724: __metajit_Value | undefined;
  let b725: __metajit_Value | undefined;
  let b726: __metajit_Value | undefined;
  let b727: __metajit_Value | undefined;
  let u727!: number;
  let b728: __metajit_Value | undefined;
  let u728!: boolean;
  let b729: __metajit_Value | undefined;
  let u729!: number;
  let b730: __metajit_Value | undefined;
  let u730!: number;
  let b731: __metajit_Value | undefined;
  let u731!: unknown;
  let b732: __metajit_Value | undefined;
  let b733: __metajit_Value | undefined;
  let b734: __metajit_Value | undefined;
  let u734!: number;
  let b735: __metajit_Value | undefined;
  let b736: __metajit_Value | undefined;
  let u736!: number;
  let b737: __metajit_Value | undefined;
  let u737!: unknown;
  let b738: __metajit_Value | undefined;
  let u738!: number;
  let b739: __metajit_Value | undefined;
  let b740: __metajit_Value | undefined;
  let u740!: number;
  let b741: __metajit_Value | undefined;
  let u741!: boolean;
  let b742: __metajit_Value | undefined;
  let u742!: boolean;
  let b743: __metajit_Value | undefined;
  let u743!: number;
  let b744: __metajit_Value | undefined;
  let b745: __metajit_Value | undefined;
  let b746: __metajit_Value | undefined;
  let b747: __metajit_Value | undefined;
  let b748: __metajit_Value | undefined;
  let u748!: number;
  let b749: __metajit_Value | undefined;
  let b750: __metajit_Value | undefined;
  let b751: __metajit_Value | undefined;
  let b752: __metajit_Value | undefined;
  let b753: __metajit_Value | undefined;
  let b754: __metajit_Value | undefined;
  let b755: __metajit_Value | undefined;
  let b756: __metajit_Value | undefined;
  let u756!: number;
  let b757: __metajit_Value | undefined;
  let b758: __metajit_Value | undefined;
  let u758!: number;
  let b759: __metajit_Value | undefined;
  let u759!: number;
  let b760: __metajit_Value | undefined;
  let b761: __metajit_Value | undefined;
  let b762: __metajit_Value | undefined;
  let b763: __metajit_Value | undefined;
  let b764: __metajit_Value | undefined;
  let b765: __metajit_Value | undefined;
  let b766: __metajit_Value | undefined;
  let u766!: number;
  let b767: __metajit_Value | undefined;
  let b768: __metajit_Value | undefined;
  let b769: __metajit_Value | undefined;
  let u769!: number;
  let b770: __metajit_Value | undefined;
  let u770!: number;
  let b771: __metajit_Value | undefined;
  let u771!: number;
  let b772: __metajit_Value | undefined;
  let b773: __metajit_Value | undefined;
  let b774: __metajit_Value | undefined;
  let b775: __metajit_Value | undefined;
  let u775!: number;
  let b776: __metajit_Value | undefined;
  let u776!: unknown;
  let b777: __metajit_Value | undefined;
  let u777!: number;
  let b778: __metajit_Value | undefined;
  let b779: __metajit_Value | undefined;
  let u779!: number;
  let b780: __metajit_Value | undefined;
  let u780!: boolean;
  let b781: __metajit_Value | undefined;
  let u781!: boolean;
  let b782: __metajit_Value | undefined;
  let u782!: number;
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
  let b797: __metajit_Value | undefined;
  let b798: __metajit_Value | undefined;
  let b799: __metajit_Value | undefined;
  let b800: __metajit_Value | undefined;
  let b801: __metajit_Value | undefined;
  let u801!: number;
  let b802: __metajit_Value | undefined;
  let b803: __metajit_Value | undefined;
  let b804: __metajit_Value | undefined;
  let b805: __metajit_Value | undefined;
  let u805!: number;
  let b806: __metajit_Value | undefined;
  let u806!: number;
  let b807: __metajit_Value | undefined;
  let b808: __metajit_Value | undefined;
  let b809: __metajit_Value | undefined;
  let u809!: number;
  let b810: __metajit_Value | undefined;
  let b811: __metajit_Value | undefined;
  let b812: __metajit_Value | undefined;
  let b813: __metajit_Value | undefined;
  let u813!: unknown;
  let b814: __metajit_Value | undefined;
  let b815: __metajit_Value | undefined;
  let u815!: number;
  let b816: __metajit_Value | undefined;
  let u816!: number;
  let b817: __metajit_Value | undefined;
  let b818: __metajit_Value | undefined;
  let b819: __metajit_Value | undefined;
  let u819!: number;
  let b820: __metajit_Value | undefined;
  let u820!: number;
  let b821: __metajit_Value | undefined;
  let b822: __metajit_Value | undefined;
  let b823: __metajit_Value | undefined;
  let u823!: number;
  let b824: __metajit_Value | undefined;
  let b825: __metajit_Value | undefined;
  let b826: __metajit_Value | undefined;
  let b827: __metajit_Value | undefined;
  let u827!: number;
  let b828: __metajit_Value | undefined;
  let u828!: number;
  let b829: __metajit_Value | undefined;
  let b830: __metajit_Value | undefined;
  let b831: __metajit_Value | undefined;
  let b832: __metajit_Value | undefined;
  let b833: __metajit_Value | undefined;
  let b834: __metajit_Value | undefined;
  let u834!: unknown;
  let b835: __metajit_Value | undefined;
  let u835!: number;
  let b836: __metajit_Value | undefined;
  let u836!: number;
  let b837: __metajit_Value | undefined;
  let u837!: number;
  let b838: __metajit_Value | undefined;
  let u838!: number;
  let b839: __metajit_Value | undefined;
  let u839!: number;
  let b840: __metajit_Value | undefined;
  let b841: __metajit_Value | undefined;
  let u841!: number;
  let b842: __metajit_Value | undefined;
  let u842!: number;
  let b843: __metajit_Value | undefined;
  let b844: __metajit_Value | undefined;
  let b845: __metajit_Value | undefined;
  let u845!: number;
  let b846: __metajit_Value | undefined;
  let b847: __metajit_Value | undefined;
  let u847!: number;
  let b848: __metajit_Value | undefined;
  let u848!: number;
  let b849: __metajit_Value | undefined;
  let b850: __metajit_Value | undefined;
  let u850!: number;
  let b851: __metajit_Value | undefined;
  let u851!: number;
  let b852: __metajit_Value | undefined;
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
  let u865!: number;
  let b866: __metajit_Value | undefined;
  let u866!: number;
  let b867: __metajit_Value | undefined;
  let b868: __metajit_Value | undefined;
  let b869: __metajit_Value | undefined;
  let u869!: number;
  let b870: __metajit_Value | undefined;
  let u870!: number;
  let b871: __metajit_Value | undefined;
  let b872: __metajit_Value | undefined;
  let b873: __metajit_Value | undefined;
  let b874: __metajit_Value | undefined;
  let b875: __metajit_Value | undefined;
  let u875!: unknown;
  let b876: __metajit_Value | undefined;
  let u876!: number;
  let b877: __metajit_Value | undefined;
  let u877!: number;
  let b878: __metajit_Value | undefined;
  let u878!: number;
  let b879: __metajit_Value | undefined;
  let u879!: number;
  let b880: __metajit_Value | undefined;
  let u880!: number;
  let b881: __metajit_Value | undefined;
  let u881!: unknown;
  let b882: __metajit_Value | undefined;
  let u882!: number;
  let b883: __metajit_Value | undefined;
  let b884: __metajit_Value | undefined;
  let u884!: number;
  let b885: __metajit_Value | undefined;
  let u885!: number;
  let b886: __metajit_Value | undefined;
  let b887: __metajit_Value | undefined;
  let b888: __metajit_Value | undefined;
  let u888!: number;
  let b889: __metajit_Value | undefined;
  let u889!: number;
  let b890: __metajit_Value | undefined;
  let u890!: number;
  let b891: __metajit_Value | undefined;
  let u891!: unknown;
  let b892: __metajit_Value | undefined;
  let u892!: number;
  let b893: __metajit_Value | undefined;
  let u893!: number;
  let b894: __metajit_Value | undefined;
  let u894!: number;
  let b895: __metajit_Value | undefined;
  let u895!: number;
  let b896: __metajit_Value | undefined;
  let u896!: boolean;
  let b897: __metajit_Value | undefined;
  let u897!: number;
  let b898: __metajit_Value | undefined;
  let u898!: number;
  let b899: __metajit_Value | undefined;
  let u899!: number;
  let b900: __metajit_Value | undefined;
  let u900!: unknown;
  let b901: __metajit_Value | undefined;
  let u901!: number;
  let b902: __metajit_Value | undefined;
  let b903: __metajit_Value | undefined;
  let u903!: number;
  let b904: __metajit_Value | undefined;
  let u904!: boolean;
  let b905: __metajit_Value | undefined;
  let u905!: boolean;
  let b906: __metajit_Value | undefined;
  let b907: __metajit_Value | undefined;
  let b908: __metajit_Value | undefined;
  let b909: __metajit_Value | undefined;
  let u909!: unknown;
  let b910: __metajit_Value | undefined;
  let u910!: number;
  let b911: __metajit_Value | undefined;
  let u911!: number;
  let b912: __metajit_Value | undefined;
  let b913: __metajit_Value | undefined;
  let b914: __metajit_Value | undefined;
  let b915: __metajit_Value | undefined;
  let u915!: number;
  let b916: __metajit_Value | undefined;
  let u916!: unknown;
  let b917: __metajit_Value | undefined;
  let u917!: unknown;
  let b918: __metajit_Value | undefined;
  let u918!: number;
  let b919: __metajit_Value | undefined;
  let u919!: number;
  let b920: __metajit_Value | undefined;
  let u920!: number;
  let b921: __metajit_Value | undefined;
  let u921!: unknown;
  let b922: __metajit_Value | undefined;
  let b923: __metajit_Value | undefined;
  let u923!: number;
  let b924: __metajit_Value | undefined;
  let u924!: unknown;
  let b925: __metajit_Value | undefined;
  let u925!: number;
  let b926: __metajit_Value | undefined;
  let b927: __metajit_Value | undefined;
  let b928: __metajit_Value | undefined;
  let u928!: boolean;
  let b929: __metajit_Value | undefined;
  let u929!: number;
  let b930: __metajit_Value | undefined;
  let b931: __metajit_Value | undefined;
  let b932: __metajit_Value | undefined;
  let u932!: number;
  let b933: __metajit_Value | undefined;
  let u933!: number;
  let b934: __metajit_Value | undefined;
  let u934!: number;
  let b935: __metajit_Value | undefined;
  let b936: __metajit_Value | undefined;
  let b937: __metajit_Value | undefined;
  let b938: __metajit_Value | undefined;
  let u938!: number;
  let b939: __metajit_Value | undefined;
  let u939!: number;
  let b940: __metajit_Value | undefined;
  let u940!: boolean;
  let b941: __metajit_Value | undefined;
  let u941!: number;
  let b942: __metajit_Value | undefined;
  let u942!: number;
  let b943: __metajit_Value | undefined;
  let u943!: unknown;
  let b944: __metajit_Value | undefined;
  let b945: __metajit_Value | undefined;
  let b946: __metajit_Value | undefined;
  let u946!: number;
  let b947: __metajit_Value | undefined;
  let b948: __metajit_Value | undefined;
  let u948!: unknown;
  let b949: __metajit_Value | undefined;
  let u949!: number;
  let b950: __metajit_Value | undefined;
  let u950!: number;
  let b951: __metajit_Value | undefined;
  let u951!: unknown;
  let b952: __metajit_Value | undefined;
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
            block = 7631;
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
              block = 980;
              continue dispatch;
            }
            case 8: {
              block = 1101;
              continue dispatch;
            }
            case 9: {
              block = 1163;
              continue dispatch;
            }
            case 10: {
              block = 1588;
              continue dispatch;
            }
            case 11: {
              block = 1652;
              continue dispatch;
            }
            case 12: {
              block = 2252;
              continue dispatch;
            }
            case 13: {
              block = 2507;
              continue dispatch;
            }
            case 14: {
              block = 2762;
              continue dispatch;
            }
            case 15: {
              block = 3017;
              continue dispatch;
            }
            case 16: {
              block = 3272;
              continue dispatch;
            }
            case 17: {
              block = 3558;
              continue dispatch;
            }
            case 18: {
              block = 3825;
              continue dispatch;
            }
            case 19: {
              block = 3923;
              continue dispatch;
            }
            case 20: {
              block = 3991;
              continue dispatch;
            }
            case 21: {
              block = 4155;
              continue dispatch;
            }
            case 22: {
              block = 4346;
              continue dispatch;
            }
            case 23: {
              block = 4390;
              continue dispatch;
            }
            case 24:
            case 25: {
              block = 4730;
              continue dispatch;
            }
            case 26: {
              block = 5124;
              continue dispatch;
            }
            case 27: {
              block = 5274;
              continue dispatch;
            }
            case 28: {
              block = 5446;
              continue dispatch;
            }
            case 29: {
              block = 5948;
              continue dispatch;
            }
            case 30: {
              block = 6360;
              continue dispatch;
            }
            case 31: {
              block = 6720;
              continue dispatch;
            }
            case 32: {
              block = 6873;
              continue dispatch;
            }
            case 33: {
              block = 7096;
              continue dispatch;
            }
            case 34: {
              block = 7238;
              continue dispatch;
            }
            case 35: {
              block = 7332;
              continue dispatch;
            }
            case 36: {
              block = 7377;
              continue dispatch;
            }
            case 37: {
              block = 7432;
              continue dispatch;
            }
            default: {
              block = 7631;
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
          block = 7668;
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
          block = 7668;
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
          block = 7668;
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
          block = 7668;
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
          block = 7668;
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
          block = 7668;
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
          b97 = rec.record("call_pure", [__metajit_k0_21, b85!, __metajit_k0_22], { descr: null, type: "bool", snapshot: rec.snapshot(0, 662, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!]) });
          at = 682;
          const c682 = b97!;
          if (!c682.isConst) rec.guard(c682.value === true ? "guard_true" : "guard_false", [c682], rec.snapshot(0, 682, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b97!]));
          if (c682.value !== true) {
            block = 948;
            continue dispatch;
          }
          block = 699;
          continue dispatch;
        }
        case 699: {
          at = 699;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b98 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 702;
          {
            const x0 = b98!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b99 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 706;
          const c706 = b99!;
          if (!c706.isConst) rec.guard(c706.value === true ? "guard_true" : "guard_false", [c706], rec.snapshot(0, 706, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), (b82 ??= __metajit_G.float(u82)), b85!, b87!, b99!]));
          if (c706.value !== true) {
            block = 792;
            continue dispatch;
          }
          block = 723;
          continue dispatch;
        }
        case 723: {
          u101 = u82 < 0;
          b101 = undefined;
          if (!u101) {
            block = 766;
            continue dispatch;
          }
          block = 743;
          continue dispatch;
        }
        case 743: {
          at = 743;
          rec.enterFrame(0, 743, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 1);
          b102 = __metajit_trace_1(rec, b85!, b87!);
          rec.leaveFrame();
          b100 = b102;
          block = 787;
          continue dispatch;
        }
        case 766: {
          at = 766;
          rec.enterFrame(0, 766, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 2);
          b103 = __metajit_trace_2(rec, b85!, b87!);
          rec.leaveFrame();
          b100 = b103;
          block = 787;
          continue dispatch;
        }
        case 787: {
          b96 = b100;
          block = 865;
          continue dispatch;
        }
        case 792: {
          at = 792;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b105 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 795;
          {
            const x0 = b105!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b106 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 799;
          const c799 = b106!;
          if (!c799.isConst) rec.guard(c799.value === true ? "guard_true" : "guard_false", [c799], rec.snapshot(0, 799, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b106!]));
          if (c799.value !== true) {
            block = 841;
            continue dispatch;
          }
          block = 815;
          continue dispatch;
        }
        case 815: {
          at = 815;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b107 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 818;
          rec.enterFrame(0, 818, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 3);
          b108 = __metajit_trace_3(rec, b85!, b107!);
          rec.leaveFrame();
          b104 = b108;
          block = 862;
          continue dispatch;
        }
        case 841: {
          at = 841;
          rec.enterFrame(0, 841, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 4);
          b109 = __metajit_trace_4(rec, b85!, b87!);
          rec.leaveFrame();
          b104 = b109;
          block = 862;
          continue dispatch;
        }
        case 862: {
          b96 = b104;
          block = 865;
          continue dispatch;
        }
        case 865: {
          at = 865;
          {
            const x0 = rec.resolve(b96!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b110 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b111 = b110;
          at = 872;
          const c872 = b110!;
          if (!c872.isConst) rec.guard(c872.value === true ? "guard_true" : "guard_false", [c872], rec.snapshot(0, 872, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b110!, b111!]));
          if (c872.value !== true) {
            block = 905;
            continue dispatch;
          }
          block = 890;
          continue dispatch;
        }
        case 890: {
          at = 890;
          b112 = rec.record("getfield", [b85!], __metajit_o7);
          at = 895;
          {
            const x0 = rec.resolve(b112!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b113 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 899;
          {
            const x0 = b113!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b114 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b111 = b114;
          block = 905;
          continue dispatch;
        }
        case 905: {
          at = 905;
          const c905 = rec.resolve(b111!);
          if (!c905.isConst) rec.guard(c905.value === true ? "guard_true" : "guard_false", [c905], rec.snapshot(0, 905, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b111!]));
          if (c905.value !== true) {
            block = 946;
            continue dispatch;
          }
          block = 922;
          continue dispatch;
        }
        case 922: {
          at = 922;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 926;
          b96 = rec.record("call", [__metajit_k0_25, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 926, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 946;
          continue dispatch;
        }
        case 946: {
          block = 970;
          continue dispatch;
        }
        case 948: {
          at = 948;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 952;
          b96 = rec.record("call", [__metajit_k0_26, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 952, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 970;
          continue dispatch;
        }
        case 970: {
          u115 = u8 | 0;
          b115 = undefined;
          at = 973;
          rec.record("setarrayitem", [b4!, (b115 ??= __metajit_G.int(u115)), b96!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 980: {
          at = 980;
          b117 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 985;
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
          at = 1018;
          b124 = rec.record("getfield", [b116!], __metajit_o7);
          at = 1023;
          {
            const x0 = rec.resolve(b124!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b125 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1027;
          const c1027 = b125!;
          if (!c1027.isConst) rec.guard(c1027.value === true ? "guard_true" : "guard_false", [c1027], rec.snapshot(0, 1027, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b116!, (b118 ??= __metajit_G.ref(u118)), b125!]));
          if (c1027.value !== true) {
            block = 1068;
            continue dispatch;
          }
          block = 1042;
          continue dispatch;
        }
        case 1042: {
          u126 = u8 | 0;
          b126 = undefined;
          at = 1045;
          b127 = rec.record("getarrayitem", [b4!, (b126 ??= __metajit_G.int(u126))], __metajit_o0);
          at = 1051;
          rec.enterFrame(0, 1051, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 5);
          __metajit_trace_5_2(rec, b116!, u118, b127!);
          rec.leaveFrame();
          block = 1099;
          continue dispatch;
        }
        case 1068: {
          at = 1068;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u128 = u8 | 0;
          b128 = undefined;
          at = 1075;
          b129 = rec.record("getarrayitem", [b4!, (b128 ??= __metajit_G.int(u128))], __metajit_o0);
          at = 1081;
          rec.record("call", [__metajit_k0_27, b0!, b116!, (b118 ??= __metajit_G.ref(u118)), b129!, __metajit_k0_19], { descr: null, type: "void", snapshot: rec.snapshot(0, 1081, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1099;
          continue dispatch;
        }
        case 1099: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 1101: {
          at = 1101;
          b131 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 1106;
          b132 = rec.record("getfield_imm", [b131!], __metajit_o3);
          u133 = (u2 as Record<string, unknown>)["b"];
          b133 = undefined;
          u134 = u7 | 0;
          b134 = undefined;
          u135 = __metajit_G.asFloat("getarrayitem_imm", (u133 as ArrayLike<unknown>)[u134], "[any]");
          b135 = undefined;
          u136 = u135 | 0;
          b136 = undefined;
          at = 1128;
          b130 = rec.record("getarrayitem", [b132!, (b136 ??= __metajit_G.int(u136))], __metajit_o0);
          at = 1134;
          b137 = rec.record("getfield", [b130!], __metajit_o4);
          at = 1139;
          b138 = rec.record("getfield", [b130!], __metajit_o5);
          at = 1144;
          {
            const x0 = rec.resolve(b138!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b139 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u140 = u8 | 0;
          b140 = undefined;
          at = 1150;
          b141 = rec.record("getarrayitem", [b4!, (b140 ??= __metajit_G.int(u140))], __metajit_o0);
          at = 1156;
          rec.record("setarrayitem", [b137!, b139!, b141!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 1163: {
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
          at = 1194;
          b148 = rec.record("getarrayitem", [b4!, (b149 ??= __metajit_G.int(u149))], __metajit_o0);
          u152 = u142 >= 0;
          b152 = undefined;
          if (!u152) {
            block = 1234;
            continue dispatch;
          }
          block = 1220;
          continue dispatch;
        }
        case 1220: {
          u153 = u142 | 0;
          b153 = undefined;
          at = 1223;
          b154 = rec.record("getarrayitem", [b4!, (b153 ??= __metajit_G.int(u153))], __metajit_o0);
          b151 = b154;
          block = 1255;
          continue dispatch;
        }
        case 1234: {
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
          block = 1255;
          continue dispatch;
        }
        case 1255: {
          b150 = b151;
          u161 = u145 >= 0;
          b161 = undefined;
          if (!u161) {
            block = 1293;
            continue dispatch;
          }
          block = 1279;
          continue dispatch;
        }
        case 1279: {
          u162 = u145 | 0;
          b162 = undefined;
          at = 1282;
          b163 = rec.record("getarrayitem", [b4!, (b162 ??= __metajit_G.int(u162))], __metajit_o0);
          b160 = b163;
          block = 1314;
          continue dispatch;
        }
        case 1293: {
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
          block = 1314;
          continue dispatch;
        }
        case 1314: {
          b159 = b160;
          at = 1317;
          b168 = rec.record("call_pure", [__metajit_k0_28, b148!, __metajit_k0_29], { descr: null, type: "bool", snapshot: rec.snapshot(0, 1317, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!]) });
          b169 = b168;
          at = 1340;
          const c1340 = b168!;
          if (!c1340.isConst) rec.guard(c1340.value === true ? "guard_true" : "guard_false", [c1340], rec.snapshot(0, 1340, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b168!, b169!]));
          if (c1340.value !== true) {
            block = 1370;
            continue dispatch;
          }
          block = 1358;
          continue dispatch;
        }
        case 1358: {
          at = 1358;
          b170 = rec.record("getfield", [b148!], __metajit_o7);
          at = 1363;
          {
            const x0 = rec.resolve(b170!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b171 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b169 = b171;
          block = 1370;
          continue dispatch;
        }
        case 1370: {
          at = 1370;
          const c1370 = rec.resolve(b169!);
          if (!c1370.isConst) rec.guard(c1370.value === true ? "guard_true" : "guard_false", [c1370], rec.snapshot(0, 1370, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b169!]));
          if (c1370.value !== true) {
            block = 1564;
            continue dispatch;
          }
          block = 1387;
          continue dispatch;
        }
        case 1387: {
          at = 1387;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = typeof v0;
            b172 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1390;
          {
            const x0 = b172!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b173 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 1394;
          const c1394 = b173!;
          if (!c1394.isConst) rec.guard(c1394.value === true ? "guard_true" : "guard_false", [c1394], rec.snapshot(0, 1394, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b142 ??= __metajit_G.float(u142)), b148!, b150!, b159!, b173!]));
          if (c1394.value !== true) {
            block = 1464;
            continue dispatch;
          }
          block = 1411;
          continue dispatch;
        }
        case 1411: {
          u174 = u142 < 0;
          b174 = undefined;
          if (!u174) {
            block = 1447;
            continue dispatch;
          }
          block = 1430;
          continue dispatch;
        }
        case 1430: {
          at = 1430;
          rec.enterFrame(0, 1430, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 5);
          __metajit_trace_5(rec, b148!, b150!, b159!);
          rec.leaveFrame();
          block = 1462;
          continue dispatch;
        }
        case 1447: {
          at = 1447;
          rec.enterFrame(0, 1447, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 6);
          __metajit_trace_6(rec, b148!, b150!, b159!);
          rec.leaveFrame();
          block = 1462;
          continue dispatch;
        }
        case 1462: {
          block = 1562;
          continue dispatch;
        }
        case 1464: {
          at = 1464;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = typeof v0;
            b175 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1467;
          {
            const x0 = b175!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b176 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b177 = b176;
          at = 1474;
          const c1474 = b176!;
          if (!c1474.isConst) rec.guard(c1474.value === true ? "guard_true" : "guard_false", [c1474], rec.snapshot(0, 1474, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b176!, b177!]));
          if (c1474.value !== true) {
            block = 1504;
            continue dispatch;
          }
          block = 1491;
          continue dispatch;
        }
        case 1491: {
          at = 1491;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b178 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1494;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b179 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1497;
          {
            const x0 = b178!;
            const v0 = x0.value as number;
            const x1 = b179!;
            const v1 = x1.value as number;
            const v = v0 === v1;
            b180 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          b177 = b180;
          block = 1504;
          continue dispatch;
        }
        case 1504: {
          at = 1504;
          const c1504 = rec.resolve(b177!);
          if (!c1504.isConst) rec.guard(c1504.value === true ? "guard_true" : "guard_false", [c1504], rec.snapshot(0, 1504, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b148!, b150!, b159!, b177!]));
          if (c1504.value !== true) {
            block = 1540;
            continue dispatch;
          }
          block = 1520;
          continue dispatch;
        }
        case 1520: {
          at = 1520;
          {
            const x0 = rec.resolve(b150!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b181 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1523;
          rec.enterFrame(0, 1523, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 7);
          __metajit_trace_7(rec, b148!, b181!, b159!);
          rec.leaveFrame();
          block = 1562;
          continue dispatch;
        }
        case 1540: {
          at = 1540;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1544;
          rec.record("call", [__metajit_k0_30, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1544, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1562;
          continue dispatch;
        }
        case 1562: {
          block = 1586;
          continue dispatch;
        }
        case 1564: {
          at = 1564;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1568;
          rec.record("call", [__metajit_k0_31, b0!, b148!, b150!, b159!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1568, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1586;
          continue dispatch;
        }
        case 1586: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 1588: {
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
          at = 1625;
          b191 = rec.record("new", [__metajit_k0_32]);
          at = 1628;
          rec.enterFrame(0, 1628, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b182 ??= __metajit_G.int(u182)), b191!], 8);
          __metajit_trace_8_6(rec, b191!, u186, u190);
          rec.leaveFrame();
          at = 1645;
          rec.record("setarrayitem", [b4!, (b182 ??= __metajit_G.int(u182)), b191!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 1652: {
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
          at = 1683;
          b198 = rec.record("getarrayitem", [b4!, (b199 ??= __metajit_G.int(u199))], __metajit_o0);
          u202 = u195 >= 0;
          b202 = undefined;
          if (!u202) {
            block = 1723;
            continue dispatch;
          }
          block = 1709;
          continue dispatch;
        }
        case 1709: {
          u203 = u195 | 0;
          b203 = undefined;
          at = 1712;
          b204 = rec.record("getarrayitem", [b4!, (b203 ??= __metajit_G.int(u203))], __metajit_o0);
          b201 = b204;
          block = 1744;
          continue dispatch;
        }
        case 1723: {
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
          block = 1744;
          continue dispatch;
        }
        case 1744: {
          b200 = b201;
          u209 = u8 + 1;
          b209 = undefined;
          u210 = u209 | 0;
          b210 = undefined;
          at = 1754;
          rec.record("setarrayitem", [b4!, (b210 ??= __metajit_G.int(u210)), b198!], __metajit_o1);
          u211 = __metajit_k0_10.value;
          b211 = __metajit_k0_10;
          at = 1762;
          b212 = rec.record("call_pure", [__metajit_k0_33, b198!, __metajit_k0_34], { descr: null, type: "bool", snapshot: rec.snapshot(0, 1762, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!]) });
          at = 1782;
          const c1782 = b212!;
          if (!c1782.isConst) rec.guard(c1782.value === true ? "guard_true" : "guard_false", [c1782], rec.snapshot(0, 1782, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b212!]));
          if (c1782.value !== true) {
            block = 2220;
            continue dispatch;
          }
          block = 1799;
          continue dispatch;
        }
        case 1799: {
          at = 1799;
          {
            const x0 = rec.resolve(b200!);
            const v0 = x0.value;
            const v = typeof v0;
            b213 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1802;
          {
            const x0 = b213!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b214 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 1806;
          const c1806 = b214!;
          if (!c1806.isConst) rec.guard(c1806.value === true ? "guard_true" : "guard_false", [c1806], rec.snapshot(0, 1806, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b214!]));
          if (c1806.value !== true) {
            block = 1895;
            continue dispatch;
          }
          block = 1823;
          continue dispatch;
        }
        case 1823: {
          u216 = u195 < 0;
          b216 = undefined;
          if (!u216) {
            block = 1868;
            continue dispatch;
          }
          block = 1844;
          continue dispatch;
        }
        case 1844: {
          at = 1844;
          rec.enterFrame(0, 1844, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 1);
          b217 = __metajit_trace_1(rec, b198!, b200!);
          rec.leaveFrame();
          b215 = b217;
          block = 1890;
          continue dispatch;
        }
        case 1868: {
          at = 1868;
          rec.enterFrame(0, 1868, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 2);
          b218 = __metajit_trace_2(rec, b198!, b200!);
          rec.leaveFrame();
          b215 = b218;
          block = 1890;
          continue dispatch;
        }
        case 1890: {
          b211 = b215;
          block = 1914;
          continue dispatch;
        }
        case 1895: {
          at = 1895;
          rec.enterFrame(0, 1895, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!], 4);
          b211 = __metajit_trace_4(rec, b198!, b200!);
          rec.leaveFrame();
          block = 1914;
          continue dispatch;
        }
        case 1914: {
          at = 1914;
          b219 = rec.record("getfield", [b198!], __metajit_o7);
          at = 1919;
          {
            const x0 = rec.resolve(b211!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b220 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b221 = b220;
          at = 1926;
          const c1926 = b220!;
          if (!c1926.isConst) rec.guard(c1926.value === true ? "guard_true" : "guard_false", [c1926], rec.snapshot(0, 1926, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b211!, b219!, b220!, b221!]));
          if (c1926.value !== true) {
            block = 1956;
            continue dispatch;
          }
          block = 1946;
          continue dispatch;
        }
        case 1946: {
          at = 1946;
          {
            const x0 = rec.resolve(b219!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b222 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1950;
          {
            const x0 = b222!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b223 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b221 = b223;
          block = 1956;
          continue dispatch;
        }
        case 1956: {
          at = 1956;
          const c1956 = rec.resolve(b221!);
          if (!c1956.isConst) rec.guard(c1956.value === true ? "guard_true" : "guard_false", [c1956], rec.snapshot(0, 1956, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), (b195 ??= __metajit_G.float(u195)), b198!, b200!, b211!, b219!, b221!]));
          if (c1956.value !== true) {
            block = 2218;
            continue dispatch;
          }
          block = 1975;
          continue dispatch;
        }
        case 1975: {
          u226 = u195 < 0;
          b226 = undefined;
          u227 = u226;
          b227 = b226;
          if (!u226) {
            b227 ??= __metajit_G.bool(u227);
            block = 2010;
            continue dispatch;
          }
          block = 2000;
          continue dispatch;
        }
        case 2000: {
          at = 2000;
          {
            const x0 = rec.resolve(b200!);
            const v0 = x0.value;
            const v = typeof v0;
            b228 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2003;
          {
            const x0 = b228!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b229 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b227 = b229;
          block = 2010;
          continue dispatch;
        }
        case 2010: {
          at = 2010;
          const c2010 = rec.resolve(b227!);
          if (!c2010.isConst) rec.guard(c2010.value === true ? "guard_true" : "guard_false", [c2010], rec.snapshot(0, 2010, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!, b219!, b227!]));
          if (c2010.value !== true) {
            block = 2050;
            continue dispatch;
          }
          block = 2027;
          continue dispatch;
        }
        case 2027: {
          at = 2027;
          rec.enterFrame(0, 2027, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!], 1);
          b230 = __metajit_trace_1_2(rec, b219!, __metajit_k0_35.value);
          rec.leaveFrame();
          b225 = b230;
          block = 2053;
          continue dispatch;
        }
        case 2050: {
          u225 = __metajit_k0_10.value;
          b225 = __metajit_k0_10;
          b225 ??= __metajit_G.ref(u225);
          block = 2053;
          continue dispatch;
        }
        case 2053: {
          b224 = b225;
          at = 2056;
          b231 = rec.record("call_pure", [__metajit_k0_36, b224!, __metajit_k0_37], { descr: null, type: "bool", snapshot: rec.snapshot(0, 2056, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!, b224!]) });
          at = 2076;
          const c2076 = b231!;
          if (!c2076.isConst) rec.guard(c2076.value === true ? "guard_true" : "guard_false", [c2076], rec.snapshot(0, 2076, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b198!, b200!, b224!, b231!]));
          if (c2076.value !== true) {
            block = 2194;
            continue dispatch;
          }
          block = 2093;
          continue dispatch;
        }
        case 2093: {
          at = 2093;
          rec.enterFrame(0, 2093, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b224!], 1);
          b211 = __metajit_trace_1(rec, b224!, b200!);
          rec.leaveFrame();
          at = 2111;
          {
            const x0 = rec.resolve(b211!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b232 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b233 = b232;
          at = 2118;
          const c2118 = b232!;
          if (!c2118.isConst) rec.guard(c2118.value === true ? "guard_true" : "guard_false", [c2118], rec.snapshot(0, 2118, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b211!, b224!, b232!, b233!]));
          if (c2118.value !== true) {
            block = 2151;
            continue dispatch;
          }
          block = 2136;
          continue dispatch;
        }
        case 2136: {
          at = 2136;
          b234 = rec.record("getfield", [b224!], __metajit_o7);
          at = 2141;
          {
            const x0 = rec.resolve(b234!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b235 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 2145;
          {
            const x0 = b235!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b236 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b233 = b236;
          block = 2151;
          continue dispatch;
        }
        case 2151: {
          at = 2151;
          const c2151 = rec.resolve(b233!);
          if (!c2151.isConst) rec.guard(c2151.value === true ? "guard_true" : "guard_false", [c2151], rec.snapshot(0, 2151, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b192 ??= __metajit_G.float(u192)), b200!, b211!, b224!, b233!]));
          if (c2151.value !== true) {
            block = 2192;
            continue dispatch;
          }
          block = 2168;
          continue dispatch;
        }
        case 2168: {
          at = 2168;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2172;
          b211 = rec.record("call", [__metajit_k0_38, b0!, b224!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2172, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2192;
          continue dispatch;
        }
        case 2192: {
          block = 2216;
          continue dispatch;
        }
        case 2194: {
          at = 2194;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2198;
          b211 = rec.record("call", [__metajit_k0_39, b0!, b198!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2198, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2216;
          continue dispatch;
        }
        case 2216: {
          block = 2218;
          continue dispatch;
        }
        case 2218: {
          block = 2242;
          continue dispatch;
        }
        case 2220: {
          at = 2220;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2224;
          b211 = rec.record("call", [__metajit_k0_40, b0!, b198!, b200!, (b192 ??= __metajit_G.float(u192))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2224, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2242;
          continue dispatch;
        }
        case 2242: {
          u237 = u8 | 0;
          b237 = undefined;
          at = 2245;
          rec.record("setarrayitem", [b4!, (b237 ??= __metajit_G.int(u237)), b211!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 2252: {
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
            block = 2313;
            continue dispatch;
          }
          block = 2299;
          continue dispatch;
        }
        case 2299: {
          u247 = u238 | 0;
          b247 = undefined;
          at = 2302;
          b248 = rec.record("getarrayitem", [b4!, (b247 ??= __metajit_G.int(u247))], __metajit_o0);
          b245 = b248;
          block = 2334;
          continue dispatch;
        }
        case 2313: {
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
          block = 2334;
          continue dispatch;
        }
        case 2334: {
          b244 = b245;
          u255 = u241 >= 0;
          b255 = undefined;
          if (!u255) {
            block = 2371;
            continue dispatch;
          }
          block = 2357;
          continue dispatch;
        }
        case 2357: {
          u256 = u241 | 0;
          b256 = undefined;
          at = 2360;
          b257 = rec.record("getarrayitem", [b4!, (b256 ??= __metajit_G.int(u256))], __metajit_o0);
          b254 = b257;
          block = 2392;
          continue dispatch;
        }
        case 2371: {
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
          block = 2392;
          continue dispatch;
        }
        case 2392: {
          b253 = b254;
          at = 2395;
          {
            const x0 = rec.resolve(b244!);
            const v0 = x0.value;
            const v = typeof v0;
            b262 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2398;
          {
            const x0 = b262!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b263 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b264 = b263;
          at = 2405;
          const c2405 = b263!;
          if (!c2405.isConst) rec.guard(c2405.value === true ? "guard_true" : "guard_false", [c2405], rec.snapshot(0, 2405, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241)), b244!, b253!, b263!, b264!]));
          if (c2405.value !== true) {
            block = 2433;
            continue dispatch;
          }
          block = 2423;
          continue dispatch;
        }
        case 2423: {
          at = 2423;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = typeof v0;
            b265 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2426;
          {
            const x0 = b265!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b266 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b264 = b266;
          block = 2433;
          continue dispatch;
        }
        case 2433: {
          at = 2433;
          const c2433 = rec.resolve(b264!);
          if (!c2433.isConst) rec.guard(c2433.value === true ? "guard_true" : "guard_false", [c2433], rec.snapshot(0, 2433, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241)), b244!, b253!, b264!]));
          if (c2433.value !== true) {
            block = 2473;
            continue dispatch;
          }
          block = 2450;
          continue dispatch;
        }
        case 2450: {
          u267 = u8 | 0;
          b267 = undefined;
          at = 2453;
          {
            const x0 = rec.resolve(b244!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b268 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2456;
          {
            const x0 = rec.resolve(b253!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b269 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2459;
          {
            const x0 = b268!;
            const v0 = x0.value as number;
            const x1 = b269!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b270 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 2463;
          {
            const x0 = b270!;
            const v0 = x0.value as number;
            const v = v0;
            b271 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2466;
          rec.record("setarrayitem", [b4!, (b267 ??= __metajit_G.int(u267)), b271!], __metajit_o1);
          block = 2505;
          continue dispatch;
        }
        case 2473: {
          at = 2473;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u272 = u8 | 0;
          b272 = undefined;
          at = 2480;
          b273 = rec.record("call", [__metajit_k0_41, b0!, __metajit_k0_43, b244!, b253!, (b238 ??= __metajit_G.float(u238)), (b241 ??= __metajit_G.float(u241))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2480, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b272 ??= __metajit_G.int(u272))]) });
          at = 2500;
          rec.record("setarrayitem", [b4!, (b272 ??= __metajit_G.int(u272)), b273!], __metajit_o1);
          block = 2505;
          continue dispatch;
        }
        case 2505: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 2507: {
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
            block = 2568;
            continue dispatch;
          }
          block = 2554;
          continue dispatch;
        }
        case 2554: {
          u283 = u274 | 0;
          b283 = undefined;
          at = 2557;
          b284 = rec.record("getarrayitem", [b4!, (b283 ??= __metajit_G.int(u283))], __metajit_o0);
          b281 = b284;
          block = 2589;
          continue dispatch;
        }
        case 2568: {
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
          block = 2589;
          continue dispatch;
        }
        case 2589: {
          b280 = b281;
          u291 = u277 >= 0;
          b291 = undefined;
          if (!u291) {
            block = 2626;
            continue dispatch;
          }
          block = 2612;
          continue dispatch;
        }
        case 2612: {
          u292 = u277 | 0;
          b292 = undefined;
          at = 2615;
          b293 = rec.record("getarrayitem", [b4!, (b292 ??= __metajit_G.int(u292))], __metajit_o0);
          b290 = b293;
          block = 2647;
          continue dispatch;
        }
        case 2626: {
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
          block = 2647;
          continue dispatch;
        }
        case 2647: {
          b289 = b290;
          at = 2650;
          {
            const x0 = rec.resolve(b280!);
            const v0 = x0.value;
            const v = typeof v0;
            b298 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2653;
          {
            const x0 = b298!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b299 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b300 = b299;
          at = 2660;
          const c2660 = b299!;
          if (!c2660.isConst) rec.guard(c2660.value === true ? "guard_true" : "guard_false", [c2660], rec.snapshot(0, 2660, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277)), b280!, b289!, b299!, b300!]));
          if (c2660.value !== true) {
            block = 2688;
            continue dispatch;
          }
          block = 2678;
          continue dispatch;
        }
        case 2678: {
          at = 2678;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = typeof v0;
            b301 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2681;
          {
            const x0 = b301!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b302 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b300 = b302;
          block = 2688;
          continue dispatch;
        }
        case 2688: {
          at = 2688;
          const c2688 = rec.resolve(b300!);
          if (!c2688.isConst) rec.guard(c2688.value === true ? "guard_true" : "guard_false", [c2688], rec.snapshot(0, 2688, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277)), b280!, b289!, b300!]));
          if (c2688.value !== true) {
            block = 2728;
            continue dispatch;
          }
          block = 2705;
          continue dispatch;
        }
        case 2705: {
          u303 = u8 | 0;
          b303 = undefined;
          at = 2708;
          {
            const x0 = rec.resolve(b280!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b304 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2711;
          {
            const x0 = rec.resolve(b289!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b305 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2714;
          {
            const x0 = b304!;
            const v0 = x0.value as number;
            const x1 = b305!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b306 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 2718;
          {
            const x0 = b306!;
            const v0 = x0.value as number;
            const v = v0;
            b307 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2721;
          rec.record("setarrayitem", [b4!, (b303 ??= __metajit_G.int(u303)), b307!], __metajit_o1);
          block = 2760;
          continue dispatch;
        }
        case 2728: {
          at = 2728;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u308 = u8 | 0;
          b308 = undefined;
          at = 2735;
          b309 = rec.record("call", [__metajit_k0_44, b0!, __metajit_k0_46, b280!, b289!, (b274 ??= __metajit_G.float(u274)), (b277 ??= __metajit_G.float(u277))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2735, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b308 ??= __metajit_G.int(u308))]) });
          at = 2755;
          rec.record("setarrayitem", [b4!, (b308 ??= __metajit_G.int(u308)), b309!], __metajit_o1);
          block = 2760;
          continue dispatch;
        }
        case 2760: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 2762: {
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
            block = 2823;
            continue dispatch;
          }
          block = 2809;
          continue dispatch;
        }
        case 2809: {
          u319 = u310 | 0;
          b319 = undefined;
          at = 2812;
          b320 = rec.record("getarrayitem", [b4!, (b319 ??= __metajit_G.int(u319))], __metajit_o0);
          b317 = b320;
          block = 2844;
          continue dispatch;
        }
        case 2823: {
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
          block = 2844;
          continue dispatch;
        }
        case 2844: {
          b316 = b317;
          u327 = u313 >= 0;
          b327 = undefined;
          if (!u327) {
            block = 2881;
            continue dispatch;
          }
          block = 2867;
          continue dispatch;
        }
        case 2867: {
          u328 = u313 | 0;
          b328 = undefined;
          at = 2870;
          b329 = rec.record("getarrayitem", [b4!, (b328 ??= __metajit_G.int(u328))], __metajit_o0);
          b326 = b329;
          block = 2902;
          continue dispatch;
        }
        case 2881: {
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
          block = 2902;
          continue dispatch;
        }
        case 2902: {
          b325 = b326;
          at = 2905;
          {
            const x0 = rec.resolve(b316!);
            const v0 = x0.value;
            const v = typeof v0;
            b334 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2908;
          {
            const x0 = b334!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b335 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b336 = b335;
          at = 2915;
          const c2915 = b335!;
          if (!c2915.isConst) rec.guard(c2915.value === true ? "guard_true" : "guard_false", [c2915], rec.snapshot(0, 2915, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313)), b316!, b325!, b335!, b336!]));
          if (c2915.value !== true) {
            block = 2943;
            continue dispatch;
          }
          block = 2933;
          continue dispatch;
        }
        case 2933: {
          at = 2933;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = typeof v0;
            b337 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2936;
          {
            const x0 = b337!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b338 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b336 = b338;
          block = 2943;
          continue dispatch;
        }
        case 2943: {
          at = 2943;
          const c2943 = rec.resolve(b336!);
          if (!c2943.isConst) rec.guard(c2943.value === true ? "guard_true" : "guard_false", [c2943], rec.snapshot(0, 2943, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313)), b316!, b325!, b336!]));
          if (c2943.value !== true) {
            block = 2983;
            continue dispatch;
          }
          block = 2960;
          continue dispatch;
        }
        case 2960: {
          u339 = u8 | 0;
          b339 = undefined;
          at = 2963;
          {
            const x0 = rec.resolve(b316!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b340 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2966;
          {
            const x0 = rec.resolve(b325!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b341 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2969;
          {
            const x0 = b340!;
            const v0 = x0.value as number;
            const x1 = b341!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b342 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 2973;
          {
            const x0 = b342!;
            const v0 = x0.value as number;
            const v = v0;
            b343 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2976;
          rec.record("setarrayitem", [b4!, (b339 ??= __metajit_G.int(u339)), b343!], __metajit_o1);
          block = 3015;
          continue dispatch;
        }
        case 2983: {
          at = 2983;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u344 = u8 | 0;
          b344 = undefined;
          at = 2990;
          b345 = rec.record("call", [__metajit_k0_47, b0!, __metajit_k0_49, b316!, b325!, (b310 ??= __metajit_G.float(u310)), (b313 ??= __metajit_G.float(u313))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2990, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b344 ??= __metajit_G.int(u344))]) });
          at = 3010;
          rec.record("setarrayitem", [b4!, (b344 ??= __metajit_G.int(u344)), b345!], __metajit_o1);
          block = 3015;
          continue dispatch;
        }
        case 3015: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3017: {
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
            block = 3078;
            continue dispatch;
          }
          block = 3064;
          continue dispatch;
        }
        case 3064: {
          u355 = u346 | 0;
          b355 = undefined;
          at = 3067;
          b356 = rec.record("getarrayitem", [b4!, (b355 ??= __metajit_G.int(u355))], __metajit_o0);
          b353 = b356;
          block = 3099;
          continue dispatch;
        }
        case 3078: {
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
          block = 3099;
          continue dispatch;
        }
        case 3099: {
          b352 = b353;
          u363 = u349 >= 0;
          b363 = undefined;
          if (!u363) {
            block = 3136;
            continue dispatch;
          }
          block = 3122;
          continue dispatch;
        }
        case 3122: {
          u364 = u349 | 0;
          b364 = undefined;
          at = 3125;
          b365 = rec.record("getarrayitem", [b4!, (b364 ??= __metajit_G.int(u364))], __metajit_o0);
          b362 = b365;
          block = 3157;
          continue dispatch;
        }
        case 3136: {
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
          block = 3157;
          continue dispatch;
        }
        case 3157: {
          b361 = b362;
          at = 3160;
          {
            const x0 = rec.resolve(b352!);
            const v0 = x0.value;
            const v = typeof v0;
            b370 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3163;
          {
            const x0 = b370!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b371 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b372 = b371;
          at = 3170;
          const c3170 = b371!;
          if (!c3170.isConst) rec.guard(c3170.value === true ? "guard_true" : "guard_false", [c3170], rec.snapshot(0, 3170, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349)), b352!, b361!, b371!, b372!]));
          if (c3170.value !== true) {
            block = 3198;
            continue dispatch;
          }
          block = 3188;
          continue dispatch;
        }
        case 3188: {
          at = 3188;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = typeof v0;
            b373 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3191;
          {
            const x0 = b373!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b374 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b372 = b374;
          block = 3198;
          continue dispatch;
        }
        case 3198: {
          at = 3198;
          const c3198 = rec.resolve(b372!);
          if (!c3198.isConst) rec.guard(c3198.value === true ? "guard_true" : "guard_false", [c3198], rec.snapshot(0, 3198, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349)), b352!, b361!, b372!]));
          if (c3198.value !== true) {
            block = 3238;
            continue dispatch;
          }
          block = 3215;
          continue dispatch;
        }
        case 3215: {
          u375 = u8 | 0;
          b375 = undefined;
          at = 3218;
          {
            const x0 = rec.resolve(b352!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b376 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3221;
          {
            const x0 = rec.resolve(b361!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b377 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3224;
          {
            const x0 = b376!;
            const v0 = x0.value as number;
            const x1 = b377!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b378 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3228;
          {
            const x0 = b378!;
            const v0 = x0.value as number;
            const v = v0;
            b379 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3231;
          rec.record("setarrayitem", [b4!, (b375 ??= __metajit_G.int(u375)), b379!], __metajit_o1);
          block = 3270;
          continue dispatch;
        }
        case 3238: {
          at = 3238;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u380 = u8 | 0;
          b380 = undefined;
          at = 3245;
          b381 = rec.record("call", [__metajit_k0_50, b0!, __metajit_k0_52, b352!, b361!, (b346 ??= __metajit_G.float(u346)), (b349 ??= __metajit_G.float(u349))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3245, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b380 ??= __metajit_G.int(u380))]) });
          at = 3265;
          rec.record("setarrayitem", [b4!, (b380 ??= __metajit_G.int(u380)), b381!], __metajit_o1);
          block = 3270;
          continue dispatch;
        }
        case 3270: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3272: {
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
            block = 3333;
            continue dispatch;
          }
          block = 3319;
          continue dispatch;
        }
        case 3319: {
          u391 = u382 | 0;
          b391 = undefined;
          at = 3322;
          b392 = rec.record("getarrayitem", [b4!, (b391 ??= __metajit_G.int(u391))], __metajit_o0);
          b389 = b392;
          block = 3354;
          continue dispatch;
        }
        case 3333: {
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
          block = 3354;
          continue dispatch;
        }
        case 3354: {
          b388 = b389;
          u399 = u385 >= 0;
          b399 = undefined;
          if (!u399) {
            block = 3391;
            continue dispatch;
          }
          block = 3377;
          continue dispatch;
        }
        case 3377: {
          u400 = u385 | 0;
          b400 = undefined;
          at = 3380;
          b401 = rec.record("getarrayitem", [b4!, (b400 ??= __metajit_G.int(u400))], __metajit_o0);
          b398 = b401;
          block = 3412;
          continue dispatch;
        }
        case 3391: {
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
          block = 3412;
          continue dispatch;
        }
        case 3412: {
          b397 = b398;
          at = 3415;
          {
            const x0 = rec.resolve(b388!);
            const v0 = x0.value;
            const v = typeof v0;
            b406 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3418;
          {
            const x0 = b406!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b407 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b408 = b407;
          at = 3425;
          const c3425 = b407!;
          if (!c3425.isConst) rec.guard(c3425.value === true ? "guard_true" : "guard_false", [c3425], rec.snapshot(0, 3425, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385)), b388!, b397!, b407!, b408!]));
          if (c3425.value !== true) {
            block = 3453;
            continue dispatch;
          }
          block = 3443;
          continue dispatch;
        }
        case 3443: {
          at = 3443;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = typeof v0;
            b409 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3446;
          {
            const x0 = b409!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b410 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b408 = b410;
          block = 3453;
          continue dispatch;
        }
        case 3453: {
          at = 3453;
          const c3453 = rec.resolve(b408!);
          if (!c3453.isConst) rec.guard(c3453.value === true ? "guard_true" : "guard_false", [c3453], rec.snapshot(0, 3453, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385)), b388!, b397!, b408!]));
          if (c3453.value !== true) {
            block = 3524;
            continue dispatch;
          }
          block = 3470;
          continue dispatch;
        }
        case 3470: {
          u411 = u8 | 0;
          b411 = undefined;
          at = 3473;
          {
            const x0 = rec.resolve(b388!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b412 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3476;
          {
            const x0 = rec.resolve(b388!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b413 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3479;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b414 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3482;
          {
            const x0 = b413!;
            const v0 = x0.value as number;
            const x1 = b414!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b415 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3486;
          b416 = rec.record("call_pure", [__metajit_k0_53, b415!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3486, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b397!, (b411 ??= __metajit_G.int(u411)), b412!]) });
          at = 3503;
          {
            const x0 = rec.resolve(b397!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b417 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3506;
          {
            const x0 = b416!;
            const v0 = x0.value as number;
            const x1 = b417!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b418 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 3510;
          {
            const x0 = b412!;
            const v0 = x0.value as number;
            const x1 = b418!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b419 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 3514;
          {
            const x0 = b419!;
            const v0 = x0.value as number;
            const v = v0;
            b420 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3517;
          rec.record("setarrayitem", [b4!, (b411 ??= __metajit_G.int(u411)), b420!], __metajit_o1);
          block = 3556;
          continue dispatch;
        }
        case 3524: {
          at = 3524;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u421 = u8 | 0;
          b421 = undefined;
          at = 3531;
          b422 = rec.record("call", [__metajit_k0_54, b0!, __metajit_k0_56, b388!, b397!, (b382 ??= __metajit_G.float(u382)), (b385 ??= __metajit_G.float(u385))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3531, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b421 ??= __metajit_G.int(u421))]) });
          at = 3551;
          rec.record("setarrayitem", [b4!, (b421 ??= __metajit_G.int(u421)), b422!], __metajit_o1);
          block = 3556;
          continue dispatch;
        }
        case 3556: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3558: {
          u424 = (u2 as Record<string, unknown>)["b"];
          b424 = undefined;
          u425 = u7 | 0;
          b425 = undefined;
          u423 = __metajit_G.asFloat("getarrayitem_imm", (u424 as ArrayLike<unknown>)[u425], "[any]");
          b423 = undefined;
          u427 = (u2 as Record<string, unknown>)["c"];
          b427 = undefined;
          u428 = u7 | 0;
          b428 = undefined;
          u426 = __metajit_G.asFloat("getarrayitem_imm", (u427 as ArrayLike<unknown>)[u428], "[any]");
          b426 = undefined;
          u431 = u423 >= 0;
          b431 = undefined;
          if (!u431) {
            block = 3619;
            continue dispatch;
          }
          block = 3605;
          continue dispatch;
        }
        case 3605: {
          u432 = u423 | 0;
          b432 = undefined;
          at = 3608;
          b433 = rec.record("getarrayitem", [b4!, (b432 ??= __metajit_G.int(u432))], __metajit_o0);
          b430 = b433;
          block = 3640;
          continue dispatch;
        }
        case 3619: {
          u434 = (u2 as Record<string, unknown>)["k"];
          b434 = undefined;
          u435 = (-1) - u423;
          b435 = undefined;
          u436 = u435 | 0;
          b436 = undefined;
          u437 = (u434 as ArrayLike<unknown>)[u436];
          b437 = undefined;
          u430 = u437;
          b430 = b437;
          b430 ??= __metajit_G.ref(u430);
          block = 3640;
          continue dispatch;
        }
        case 3640: {
          b429 = b430;
          u440 = u426 >= 0;
          b440 = undefined;
          if (!u440) {
            block = 3677;
            continue dispatch;
          }
          block = 3663;
          continue dispatch;
        }
        case 3663: {
          u441 = u426 | 0;
          b441 = undefined;
          at = 3666;
          b442 = rec.record("getarrayitem", [b4!, (b441 ??= __metajit_G.int(u441))], __metajit_o0);
          b439 = b442;
          block = 3698;
          continue dispatch;
        }
        case 3677: {
          u443 = (u2 as Record<string, unknown>)["k"];
          b443 = undefined;
          u444 = (-1) - u426;
          b444 = undefined;
          u445 = u444 | 0;
          b445 = undefined;
          u446 = (u443 as ArrayLike<unknown>)[u445];
          b446 = undefined;
          u439 = u446;
          b439 = b446;
          b439 ??= __metajit_G.ref(u439);
          block = 3698;
          continue dispatch;
        }
        case 3698: {
          b438 = b439;
          at = 3701;
          {
            const x0 = rec.resolve(b429!);
            const v0 = x0.value;
            const v = typeof v0;
            b447 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3704;
          {
            const x0 = b447!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b448 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b449 = b448;
          at = 3711;
          const c3711 = b448!;
          if (!c3711.isConst) rec.guard(c3711.value === true ? "guard_true" : "guard_false", [c3711], rec.snapshot(0, 3711, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b423 ??= __metajit_G.float(u423)), (b426 ??= __metajit_G.float(u426)), b429!, b438!, b448!, b449!]));
          if (c3711.value !== true) {
            block = 3739;
            continue dispatch;
          }
          block = 3729;
          continue dispatch;
        }
        case 3729: {
          at = 3729;
          {
            const x0 = rec.resolve(b438!);
            const v0 = x0.value;
            const v = typeof v0;
            b450 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3732;
          {
            const x0 = b450!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b451 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b449 = b451;
          block = 3739;
          continue dispatch;
        }
        case 3739: {
          at = 3739;
          const c3739 = rec.resolve(b449!);
          if (!c3739.isConst) rec.guard(c3739.value === true ? "guard_true" : "guard_false", [c3739], rec.snapshot(0, 3739, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b423 ??= __metajit_G.float(u423)), (b426 ??= __metajit_G.float(u426)), b429!, b438!, b449!]));
          if (c3739.value !== true) {
            block = 3791;
            continue dispatch;
          }
          block = 3756;
          continue dispatch;
        }
        case 3756: {
          u452 = u8 | 0;
          b452 = undefined;
          at = 3759;
          {
            const x0 = rec.resolve(b429!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b453 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3762;
          {
            const x0 = rec.resolve(b438!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b454 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3765;
          b455 = rec.record("call_pure", [__metajit_k0_57, b453!, b454!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3765, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b452 ??= __metajit_G.int(u452))]) });
          at = 3781;
          {
            const x0 = b455!;
            const v0 = x0.value as number;
            const v = v0;
            b456 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3784;
          rec.record("setarrayitem", [b4!, (b452 ??= __metajit_G.int(u452)), b456!], __metajit_o1);
          block = 3823;
          continue dispatch;
        }
        case 3791: {
          at = 3791;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u457 = u8 | 0;
          b457 = undefined;
          at = 3798;
          b458 = rec.record("call", [__metajit_k0_58, b0!, __metajit_k0_60, b429!, b438!, (b423 ??= __metajit_G.float(u423)), (b426 ??= __metajit_G.float(u426))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3798, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b457 ??= __metajit_G.int(u457))]) });
          at = 3818;
          rec.record("setarrayitem", [b4!, (b457 ??= __metajit_G.int(u457)), b458!], __metajit_o1);
          block = 3823;
          continue dispatch;
        }
        case 3823: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3825: {
          u460 = (u2 as Record<string, unknown>)["b"];
          b460 = undefined;
          u461 = u7 | 0;
          b461 = undefined;
          u459 = __metajit_G.asFloat("getarrayitem_imm", (u460 as ArrayLike<unknown>)[u461], "[any]");
          b459 = undefined;
          u463 = u459 | 0;
          b463 = undefined;
          at = 3842;
          b462 = rec.record("getarrayitem", [b4!, (b463 ??= __metajit_G.int(u463))], __metajit_o0);
          at = 3848;
          {
            const x0 = rec.resolve(b462!);
            const v0 = x0.value;
            const v = typeof v0;
            b464 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3851;
          {
            const x0 = b464!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b465 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 3855;
          const c3855 = b465!;
          if (!c3855.isConst) rec.guard(c3855.value === true ? "guard_true" : "guard_false", [c3855], rec.snapshot(0, 3855, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b459 ??= __metajit_G.float(u459)), b462!, b465!]));
          if (c3855.value !== true) {
            block = 3889;
            continue dispatch;
          }
          block = 3870;
          continue dispatch;
        }
        case 3870: {
          u466 = u8 | 0;
          b466 = undefined;
          at = 3873;
          {
            const x0 = rec.resolve(b462!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b467 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3876;
          {
            const x0 = b467!;
            const v0 = x0.value as number;
            const v = -v0;
            b468 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_neg", [x0], v);
          }
          at = 3879;
          {
            const x0 = b468!;
            const v0 = x0.value as number;
            const v = v0;
            b469 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3882;
          rec.record("setarrayitem", [b4!, (b466 ??= __metajit_G.int(u466)), b469!], __metajit_o1);
          block = 3921;
          continue dispatch;
        }
        case 3889: {
          at = 3889;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u470 = u8 | 0;
          b470 = undefined;
          at = 3896;
          b471 = rec.record("call", [__metajit_k0_61, b0!, __metajit_k0_63, b462!, b462!, (b459 ??= __metajit_G.float(u459)), (b459 ??= __metajit_G.float(u459))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3896, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b470 ??= __metajit_G.int(u470))]) });
          at = 3916;
          rec.record("setarrayitem", [b4!, (b470 ??= __metajit_G.int(u470)), b471!], __metajit_o1);
          block = 3921;
          continue dispatch;
        }
        case 3921: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3923: {
          u473 = (u2 as Record<string, unknown>)["b"];
          b473 = undefined;
          u474 = u7 | 0;
          b474 = undefined;
          u475 = __metajit_G.asFloat("getarrayitem_imm", (u473 as ArrayLike<unknown>)[u474], "[any]");
          b475 = undefined;
          u476 = u475 | 0;
          b476 = undefined;
          at = 3940;
          b472 = rec.record("getarrayitem", [b4!, (b476 ??= __metajit_G.int(u476))], __metajit_o0);
          u477 = u8 | 0;
          b477 = undefined;
          at = 3949;
          {
            const x0 = rec.resolve(b472!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b478 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 3953;
          {
            const x0 = b478!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b479 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b480 = b478;
          at = 3959;
          const c3959 = b479!;
          if (!c3959.isConst) rec.guard(c3959.value === true ? "guard_true" : "guard_false", [c3959], rec.snapshot(0, 3959, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b472!, (b477 ??= __metajit_G.int(u477)), b479!, b480!]));
          if (c3959.value !== true) {
            block = 3981;
            continue dispatch;
          }
          block = 3974;
          continue dispatch;
        }
        case 3974: {
          at = 3974;
          {
            const x0 = rec.resolve(b472!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b481 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          b480 = b481;
          block = 3981;
          continue dispatch;
        }
        case 3981: {
          at = 3981;
          {
            const x0 = rec.resolve(b480!);
            const v0 = x0.value as boolean;
            const v = v0;
            b482 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_bool_to_ref", [x0], v);
          }
          at = 3984;
          rec.record("setarrayitem", [b4!, (b477 ??= __metajit_G.int(u477)), b482!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 3991: {
          u484 = (u2 as Record<string, unknown>)["b"];
          b484 = undefined;
          u485 = u7 | 0;
          b485 = undefined;
          u483 = __metajit_G.asFloat("getarrayitem_imm", (u484 as ArrayLike<unknown>)[u485], "[any]");
          b483 = undefined;
          u487 = u483 | 0;
          b487 = undefined;
          at = 4008;
          b486 = rec.record("getarrayitem", [b4!, (b487 ??= __metajit_G.int(u487))], __metajit_o0);
          at = 4014;
          {
            const x0 = rec.resolve(b486!);
            const v0 = x0.value;
            const v = typeof v0;
            b488 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4017;
          {
            const x0 = b488!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b489 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 4021;
          const c4021 = b489!;
          if (!c4021.isConst) rec.guard(c4021.value === true ? "guard_true" : "guard_false", [c4021], rec.snapshot(0, 4021, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b483 ??= __metajit_G.float(u483)), b486!, b489!]));
          if (c4021.value !== true) {
            block = 4064;
            continue dispatch;
          }
          block = 4036;
          continue dispatch;
        }
        case 4036: {
          u490 = u8 | 0;
          b490 = undefined;
          at = 4039;
          b491 = rec.record("call_pure", [__metajit_k0_66, b486!], { descr: null, type: "float", snapshot: rec.snapshot(0, 4039, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b490 ??= __metajit_G.int(u490))]) });
          at = 4054;
          {
            const x0 = b491!;
            const v0 = x0.value as number;
            const v = v0;
            b492 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4057;
          rec.record("setarrayitem", [b4!, (b490 ??= __metajit_G.int(u490)), b492!], __metajit_o1);
          block = 4153;
          continue dispatch;
        }
        case 4064: {
          at = 4064;
          b493 = rec.record("call_pure", [__metajit_k0_67, b486!, __metajit_k0_68], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4064, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b483 ??= __metajit_G.float(u483)), b486!]) });
          at = 4082;
          const c4082 = b493!;
          if (!c4082.isConst) rec.guard(c4082.value === true ? "guard_true" : "guard_false", [c4082], rec.snapshot(0, 4082, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b483 ??= __metajit_G.float(u483)), b486!, b493!]));
          if (c4082.value !== true) {
            block = 4124;
            continue dispatch;
          }
          block = 4097;
          continue dispatch;
        }
        case 4097: {
          u494 = u8 | 0;
          b494 = undefined;
          at = 4100;
          rec.enterFrame(0, 4100, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b494 ??= __metajit_G.int(u494))], 9);
          b495 = __metajit_trace_9(rec, b486!);
          rec.leaveFrame();
          at = 4114;
          {
            const x0 = rec.resolve(b495!);
            const v0 = x0.value as number;
            const v = v0;
            b496 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4117;
          rec.record("setarrayitem", [b4!, (b494 ??= __metajit_G.int(u494)), b496!], __metajit_o1);
          block = 4153;
          continue dispatch;
        }
        case 4124: {
          at = 4124;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u497 = u8 | 0;
          b497 = undefined;
          at = 4131;
          b498 = rec.record("call", [__metajit_k0_69, b0!, b486!, (b483 ??= __metajit_G.float(u483))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4131, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b497 ??= __metajit_G.int(u497))]) });
          at = 4148;
          rec.record("setarrayitem", [b4!, (b497 ??= __metajit_G.int(u497)), b498!], __metajit_o1);
          block = 4153;
          continue dispatch;
        }
        case 4153: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 4155: {
          u500 = (u2 as Record<string, unknown>)["b"];
          b500 = undefined;
          u501 = u7 | 0;
          b501 = undefined;
          u499 = __metajit_G.asFloat("getarrayitem_imm", (u500 as ArrayLike<unknown>)[u501], "[any]");
          b499 = undefined;
          u503 = (u2 as Record<string, unknown>)["c"];
          b503 = undefined;
          u504 = u7 | 0;
          b504 = undefined;
          u502 = __metajit_G.asFloat("getarrayitem_imm", (u503 as ArrayLike<unknown>)[u504], "[any]");
          b502 = undefined;
          u506 = u499 | 0;
          b506 = undefined;
          at = 4186;
          b505 = rec.record("getarrayitem", [b4!, (b506 ??= __metajit_G.int(u506))], __metajit_o0);
          u508 = u502 | 0;
          b508 = undefined;
          at = 4195;
          b507 = rec.record("getarrayitem", [b4!, (b508 ??= __metajit_G.int(u508))], __metajit_o0);
          u509 = u499 + 1;
          b509 = undefined;
          u510 = u502 === u509;
          b510 = undefined;
          u511 = u510;
          b511 = b510;
          if (!u510) {
            b511 ??= __metajit_G.bool(u511);
            block = 4240;
            continue dispatch;
          }
          block = 4230;
          continue dispatch;
        }
        case 4230: {
          at = 4230;
          {
            const x0 = rec.resolve(b505!);
            const v0 = x0.value;
            const v = typeof v0;
            b512 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4233;
          {
            const x0 = b512!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b513 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b511 = b513;
          block = 4240;
          continue dispatch;
        }
        case 4240: {
          b514 = b511;
          at = 4243;
          const c4243 = rec.resolve(b511!);
          if (!c4243.isConst) rec.guard(c4243.value === true ? "guard_true" : "guard_false", [c4243], rec.snapshot(0, 4243, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b499 ??= __metajit_G.float(u499)), (b502 ??= __metajit_G.float(u502)), b505!, b507!, b511!, b514!]));
          if (c4243.value !== true) {
            block = 4271;
            continue dispatch;
          }
          block = 4261;
          continue dispatch;
        }
        case 4261: {
          at = 4261;
          {
            const x0 = rec.resolve(b507!);
            const v0 = x0.value;
            const v = typeof v0;
            b515 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4264;
          {
            const x0 = b515!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b516 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b514 = b516;
          block = 4271;
          continue dispatch;
        }
        case 4271: {
          at = 4271;
          const c4271 = rec.resolve(b514!);
          if (!c4271.isConst) rec.guard(c4271.value === true ? "guard_true" : "guard_false", [c4271], rec.snapshot(0, 4271, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b499 ??= __metajit_G.float(u499)), (b502 ??= __metajit_G.float(u502)), b505!, b507!, b514!]));
          if (c4271.value !== true) {
            block = 4314;
            continue dispatch;
          }
          block = 4288;
          continue dispatch;
        }
        case 4288: {
          u517 = u8 | 0;
          b517 = undefined;
          at = 4291;
          b518 = rec.record("call_pure", [__metajit_k0_70, b505!, b507!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4291, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b517 ??= __metajit_G.int(u517))]) });
          at = 4307;
          rec.record("setarrayitem", [b4!, (b517 ??= __metajit_G.int(u517)), b518!], __metajit_o1);
          block = 4344;
          continue dispatch;
        }
        case 4314: {
          at = 4314;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u519 = u8 | 0;
          b519 = undefined;
          at = 4321;
          b520 = rec.record("call", [__metajit_k0_71, b0!, b4!, (b499 ??= __metajit_G.float(u499)), (b502 ??= __metajit_G.float(u502))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4321, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b519 ??= __metajit_G.int(u519))]) });
          at = 4339;
          rec.record("setarrayitem", [b4!, (b519 ??= __metajit_G.int(u519)), b520!], __metajit_o1);
          block = 4344;
          continue dispatch;
        }
        case 4344: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 4346: {
          u522 = (u2 as Record<string, unknown>)["b"];
          b522 = undefined;
          u523 = u7 | 0;
          b523 = undefined;
          u521 = __metajit_G.asFloat("getarrayitem_imm", (u522 as ArrayLike<unknown>)[u523], "[any]");
          b521 = undefined;
          u524 = u1 + u521;
          b524 = undefined;
          u525 = u524 | 0;
          b525 = undefined;
          u1 = u525;
          b1 = undefined;
          u526 = u521 < 0;
          b526 = undefined;
          if (!u526) {
            block = 4388;
            continue dispatch;
          }
          block = 4386;
          continue dispatch;
        }
        case 4386: {
          block = 4388;
          continue dispatch;
        }
        case 4388: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 4390: {
          u528 = (u2 as Record<string, unknown>)["b"];
          b528 = undefined;
          u529 = u7 | 0;
          b529 = undefined;
          u527 = __metajit_G.asFloat("getarrayitem_imm", (u528 as ArrayLike<unknown>)[u529], "[any]");
          b527 = undefined;
          u531 = (u2 as Record<string, unknown>)["c"];
          b531 = undefined;
          u532 = u7 | 0;
          b532 = undefined;
          u530 = __metajit_G.asFloat("getarrayitem_imm", (u531 as ArrayLike<unknown>)[u532], "[any]");
          b530 = undefined;
          u535 = u527 >= 0;
          b535 = undefined;
          if (!u535) {
            block = 4451;
            continue dispatch;
          }
          block = 4437;
          continue dispatch;
        }
        case 4437: {
          u536 = u527 | 0;
          b536 = undefined;
          at = 4440;
          b537 = rec.record("getarrayitem", [b4!, (b536 ??= __metajit_G.int(u536))], __metajit_o0);
          b534 = b537;
          block = 4472;
          continue dispatch;
        }
        case 4451: {
          u538 = (u2 as Record<string, unknown>)["k"];
          b538 = undefined;
          u539 = (-1) - u527;
          b539 = undefined;
          u540 = u539 | 0;
          b540 = undefined;
          u541 = (u538 as ArrayLike<unknown>)[u540];
          b541 = undefined;
          u534 = u541;
          b534 = b541;
          b534 ??= __metajit_G.ref(u534);
          block = 4472;
          continue dispatch;
        }
        case 4472: {
          b533 = b534;
          u544 = u530 >= 0;
          b544 = undefined;
          if (!u544) {
            block = 4508;
            continue dispatch;
          }
          block = 4494;
          continue dispatch;
        }
        case 4494: {
          u545 = u530 | 0;
          b545 = undefined;
          at = 4497;
          b546 = rec.record("getarrayitem", [b4!, (b545 ??= __metajit_G.int(u545))], __metajit_o0);
          b543 = b546;
          block = 4529;
          continue dispatch;
        }
        case 4508: {
          u547 = (u2 as Record<string, unknown>)["k"];
          b547 = undefined;
          u548 = (-1) - u530;
          b548 = undefined;
          u549 = u548 | 0;
          b549 = undefined;
          u550 = (u547 as ArrayLike<unknown>)[u549];
          b550 = undefined;
          u543 = u550;
          b543 = b550;
          b543 ??= __metajit_G.ref(u543);
          block = 4529;
          continue dispatch;
        }
        case 4529: {
          b542 = b543;
          at = 4532;
          {
            const x0 = rec.resolve(b533!);
            const v0 = x0.value;
            const x1 = rec.resolve(b542!);
            const v1 = x1.value;
            const v = v0 === v1;
            b551 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 4536;
          {
            const x0 = b551!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b552 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b553 = b552;
          at = 4542;
          const c4542 = b552!;
          if (!c4542.isConst) rec.guard(c4542.value === true ? "guard_true" : "guard_false", [c4542], rec.snapshot(0, 4542, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b533!, b542!, b551!, b552!, b553!]));
          if (c4542.value !== true) {
            block = 4569;
            continue dispatch;
          }
          block = 4559;
          continue dispatch;
        }
        case 4559: {
          at = 4559;
          {
            const x0 = rec.resolve(b533!);
            const v0 = x0.value;
            const v = typeof v0;
            b554 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4562;
          {
            const x0 = b554!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_72.value;
            b555 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_72], v);
          }
          b553 = b555;
          block = 4569;
          continue dispatch;
        }
        case 4569: {
          b556 = b553;
          at = 4572;
          const c4572 = rec.resolve(b553!);
          if (!c4572.isConst) rec.guard(c4572.value === true ? "guard_true" : "guard_false", [c4572], rec.snapshot(0, 4572, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b533!, b542!, b551!, b553!, b556!]));
          if (c4572.value !== true) {
            block = 4599;
            continue dispatch;
          }
          block = 4589;
          continue dispatch;
        }
        case 4589: {
          at = 4589;
          {
            const x0 = rec.resolve(b542!);
            const v0 = x0.value;
            const v = typeof v0;
            b557 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4592;
          {
            const x0 = b557!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_72.value;
            b558 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_72], v);
          }
          b556 = b558;
          block = 4599;
          continue dispatch;
        }
        case 4599: {
          at = 4599;
          const c4599 = rec.resolve(b556!);
          if (!c4599.isConst) rec.guard(c4599.value === true ? "guard_true" : "guard_false", [c4599], rec.snapshot(0, 4599, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b533!, b542!, b551!, b556!]));
          if (c4599.value !== true) {
            block = 4638;
            continue dispatch;
          }
          block = 4615;
          continue dispatch;
        }
        case 4615: {
          at = 4615;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 4619;
          b551 = rec.record("call", [__metajit_k0_73, b0!, b533!, b542!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4619, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4638;
          continue dispatch;
        }
        case 4638: {
          u559 = u8 === 0;
          b559 = undefined;
          u560 = !u559;
          b560 = undefined;
          at = 4645;
          {
            const x0 = rec.resolve(b551!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b561 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u562 = (u560 ? 1 : 0);
          b562 = undefined;
          at = 4651;
          {
            const x0 = b561!;
            const v0 = x0.value as number;
            const v = v0 === u562;
            b563 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b562 ??= __metajit_G.int(u562))], v);
          }
          at = 4655;
          {
            const x0 = b563!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b564 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4658;
          const c4658 = b564!;
          if (!c4658.isConst) rec.guard(c4658.value === true ? "guard_true" : "guard_false", [c4658], rec.snapshot(0, 4658, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b564!]));
          if (c4658.value !== true) {
            block = 4682;
            continue dispatch;
          }
          block = 4670;
          continue dispatch;
        }
        case 4670: {
          u565 = u1 + 1;
          b565 = undefined;
          u566 = u565 | 0;
          b566 = undefined;
          u1 = u566;
          b1 = undefined;
          block = 4728;
          continue dispatch;
        }
        case 4682: {
          u568 = (u2 as Record<string, unknown>)["b"];
          b568 = undefined;
          u569 = u1 | 0;
          b569 = undefined;
          u567 = __metajit_G.asFloat("getarrayitem_imm", (u568 as ArrayLike<unknown>)[u569], "[any]");
          b567 = undefined;
          u570 = u1 + 1;
          b570 = undefined;
          u571 = u570 + u567;
          b571 = undefined;
          u572 = u571 | 0;
          b572 = undefined;
          u1 = u572;
          b1 = undefined;
          u573 = u567 < 0;
          b573 = undefined;
          if (!u573) {
            block = 4728;
            continue dispatch;
          }
          block = 4726;
          continue dispatch;
        }
        case 4726: {
          block = 4728;
          continue dispatch;
        }
        case 4728: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 4730: {
          u575 = (u2 as Record<string, unknown>)["b"];
          b575 = undefined;
          u576 = u7 | 0;
          b576 = undefined;
          u574 = __metajit_G.asFloat("getarrayitem_imm", (u575 as ArrayLike<unknown>)[u576], "[any]");
          b574 = undefined;
          u578 = (u2 as Record<string, unknown>)["c"];
          b578 = undefined;
          u579 = u7 | 0;
          b579 = undefined;
          u577 = __metajit_G.asFloat("getarrayitem_imm", (u578 as ArrayLike<unknown>)[u579], "[any]");
          b577 = undefined;
          u582 = u574 >= 0;
          b582 = undefined;
          if (!u582) {
            block = 4792;
            continue dispatch;
          }
          block = 4778;
          continue dispatch;
        }
        case 4778: {
          u583 = u574 | 0;
          b583 = undefined;
          at = 4781;
          b584 = rec.record("getarrayitem", [b4!, (b583 ??= __metajit_G.int(u583))], __metajit_o0);
          b581 = b584;
          block = 4813;
          continue dispatch;
        }
        case 4792: {
          u585 = (u2 as Record<string, unknown>)["k"];
          b585 = undefined;
          u586 = (-1) - u574;
          b586 = undefined;
          u587 = u586 | 0;
          b587 = undefined;
          u588 = (u585 as ArrayLike<unknown>)[u587];
          b588 = undefined;
          u581 = u588;
          b581 = b588;
          b581 ??= __metajit_G.ref(u581);
          block = 4813;
          continue dispatch;
        }
        case 4813: {
          b580 = b581;
          u591 = u577 >= 0;
          b591 = undefined;
          if (!u591) {
            block = 4850;
            continue dispatch;
          }
          block = 4836;
          continue dispatch;
        }
        case 4836: {
          u592 = u577 | 0;
          b592 = undefined;
          at = 4839;
          b593 = rec.record("getarrayitem", [b4!, (b592 ??= __metajit_G.int(u592))], __metajit_o0);
          b590 = b593;
          block = 4871;
          continue dispatch;
        }
        case 4850: {
          u594 = (u2 as Record<string, unknown>)["k"];
          b594 = undefined;
          u595 = (-1) - u577;
          b595 = undefined;
          u596 = u595 | 0;
          b596 = undefined;
          u597 = (u594 as ArrayLike<unknown>)[u596];
          b597 = undefined;
          u590 = u597;
          b590 = b597;
          b590 ??= __metajit_G.ref(u590);
          block = 4871;
          continue dispatch;
        }
        case 4871: {
          b589 = b590;
          u598 = false;
          b598 = __metajit_k0_64;
          at = 4877;
          {
            const x0 = rec.resolve(b580!);
            const v0 = x0.value;
            const v = typeof v0;
            b599 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4880;
          {
            const x0 = b599!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b600 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b601 = b600;
          at = 4887;
          const c4887 = b600!;
          if (!c4887.isConst) rec.guard(c4887.value === true ? "guard_true" : "guard_false", [c4887], rec.snapshot(0, 4887, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b580!, b589!, b600!, b601!]));
          if (c4887.value !== true) {
            block = 4914;
            continue dispatch;
          }
          block = 4904;
          continue dispatch;
        }
        case 4904: {
          at = 4904;
          {
            const x0 = rec.resolve(b589!);
            const v0 = x0.value;
            const v = typeof v0;
            b602 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4907;
          {
            const x0 = b602!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b603 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b601 = b603;
          block = 4914;
          continue dispatch;
        }
        case 4914: {
          at = 4914;
          const c4914 = rec.resolve(b601!);
          if (!c4914.isConst) rec.guard(c4914.value === true ? "guard_true" : "guard_false", [c4914], rec.snapshot(0, 4914, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b580!, b589!, b601!]));
          if (c4914.value !== true) {
            block = 4996;
            continue dispatch;
          }
          block = 4930;
          continue dispatch;
        }
        case 4930: {
          u605 = (u2 as Record<string, unknown>)["op"];
          b605 = undefined;
          u606 = u7 | 0;
          b606 = undefined;
          u607 = __metajit_G.asFloat("getarrayitem_imm", (u605 as ArrayLike<unknown>)[u606], "[any]");
          b607 = undefined;
          u608 = u607 === 24;
          b608 = undefined;
          if (!u608) {
            block = 4978;
            continue dispatch;
          }
          block = 4963;
          continue dispatch;
        }
        case 4963: {
          at = 4963;
          {
            const x0 = rec.resolve(b580!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b609 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4966;
          {
            const x0 = rec.resolve(b589!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b610 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4969;
          {
            const x0 = b609!;
            const v0 = x0.value as number;
            const x1 = b610!;
            const v1 = x1.value as number;
            const v = v0 < v1;
            b611 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          b604 = b611;
          block = 4991;
          continue dispatch;
        }
        case 4978: {
          at = 4978;
          {
            const x0 = rec.resolve(b580!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b612 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4981;
          {
            const x0 = rec.resolve(b589!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b613 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4984;
          {
            const x0 = b612!;
            const v0 = x0.value as number;
            const x1 = b613!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b614 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b604 = b614;
          block = 4991;
          continue dispatch;
        }
        case 4991: {
          b598 = b604;
          block = 5032;
          continue dispatch;
        }
        case 4996: {
          at = 4996;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u615 = (u2 as Record<string, unknown>)["op"];
          b615 = undefined;
          u616 = u7 | 0;
          b616 = undefined;
          u617 = __metajit_G.asFloat("getarrayitem_imm", (u615 as ArrayLike<unknown>)[u616], "[any]");
          b617 = undefined;
          at = 5014;
          b598 = rec.record("call", [__metajit_k0_76, b0!, (b617 ??= __metajit_G.float(u617)), b580!, b589!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5014, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 5032;
          continue dispatch;
        }
        case 5032: {
          u618 = u8 === 0;
          b618 = undefined;
          u619 = !u618;
          b619 = undefined;
          at = 5039;
          {
            const x0 = rec.resolve(b598!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b620 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u621 = (u619 ? 1 : 0);
          b621 = undefined;
          at = 5045;
          {
            const x0 = b620!;
            const v0 = x0.value as number;
            const v = v0 === u621;
            b622 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b621 ??= __metajit_G.int(u621))], v);
          }
          at = 5049;
          {
            const x0 = b622!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b623 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5052;
          const c5052 = b623!;
          if (!c5052.isConst) rec.guard(c5052.value === true ? "guard_true" : "guard_false", [c5052], rec.snapshot(0, 5052, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b623!]));
          if (c5052.value !== true) {
            block = 5076;
            continue dispatch;
          }
          block = 5064;
          continue dispatch;
        }
        case 5064: {
          u624 = u1 + 1;
          b624 = undefined;
          u625 = u624 | 0;
          b625 = undefined;
          u1 = u625;
          b1 = undefined;
          block = 5122;
          continue dispatch;
        }
        case 5076: {
          u627 = (u2 as Record<string, unknown>)["b"];
          b627 = undefined;
          u628 = u1 | 0;
          b628 = undefined;
          u626 = __metajit_G.asFloat("getarrayitem_imm", (u627 as ArrayLike<unknown>)[u628], "[any]");
          b626 = undefined;
          u629 = u1 + 1;
          b629 = undefined;
          u630 = u629 + u626;
          b630 = undefined;
          u631 = u630 | 0;
          b631 = undefined;
          u1 = u631;
          b1 = undefined;
          u632 = u626 < 0;
          b632 = undefined;
          if (!u632) {
            block = 5122;
            continue dispatch;
          }
          block = 5120;
          continue dispatch;
        }
        case 5120: {
          block = 5122;
          continue dispatch;
        }
        case 5122: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 5124: {
          u634 = u8 | 0;
          b634 = undefined;
          at = 5127;
          b633 = rec.record("getarrayitem", [b4!, (b634 ??= __metajit_G.int(u634))], __metajit_o0);
          at = 5133;
          {
            const x0 = rec.resolve(b633!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b635 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5137;
          {
            const x0 = b635!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b636 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b637 = b636;
          at = 5143;
          const c5143 = b636!;
          if (!c5143.isConst) rec.guard(c5143.value === true ? "guard_true" : "guard_false", [c5143], rec.snapshot(0, 5143, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), b633!, b636!, b637!]));
          if (c5143.value !== true) {
            block = 5168;
            continue dispatch;
          }
          block = 5158;
          continue dispatch;
        }
        case 5158: {
          at = 5158;
          {
            const x0 = rec.resolve(b633!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b638 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          at = 5162;
          {
            const x0 = b638!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b639 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b637 = b639;
          block = 5168;
          continue dispatch;
        }
        case 5168: {
          u640 = (u2 as Record<string, unknown>)["c"];
          b640 = undefined;
          u641 = u7 | 0;
          b641 = undefined;
          u642 = __metajit_G.asFloat("getarrayitem_imm", (u640 as ArrayLike<unknown>)[u641], "[any]");
          b642 = undefined;
          u643 = u642 === 0;
          b643 = undefined;
          u644 = !u643;
          b644 = undefined;
          at = 5189;
          {
            const x0 = rec.resolve(b637!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b645 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u646 = (u644 ? 1 : 0);
          b646 = undefined;
          at = 5195;
          {
            const x0 = b645!;
            const v0 = x0.value as number;
            const v = v0 === u646;
            b647 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b646 ??= __metajit_G.int(u646))], v);
          }
          at = 5199;
          {
            const x0 = b647!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b648 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5202;
          const c5202 = b648!;
          if (!c5202.isConst) rec.guard(c5202.value === true ? "guard_true" : "guard_false", [c5202], rec.snapshot(0, 5202, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b648!]));
          if (c5202.value !== true) {
            block = 5226;
            continue dispatch;
          }
          block = 5214;
          continue dispatch;
        }
        case 5214: {
          u649 = u1 + 1;
          b649 = undefined;
          u650 = u649 | 0;
          b650 = undefined;
          u1 = u650;
          b1 = undefined;
          block = 5272;
          continue dispatch;
        }
        case 5226: {
          u652 = (u2 as Record<string, unknown>)["b"];
          b652 = undefined;
          u653 = u1 | 0;
          b653 = undefined;
          u651 = __metajit_G.asFloat("getarrayitem_imm", (u652 as ArrayLike<unknown>)[u653], "[any]");
          b651 = undefined;
          u654 = u1 + 1;
          b654 = undefined;
          u655 = u654 + u651;
          b655 = undefined;
          u656 = u655 | 0;
          b656 = undefined;
          u1 = u656;
          b1 = undefined;
          u657 = u651 < 0;
          b657 = undefined;
          if (!u657) {
            block = 5272;
            continue dispatch;
          }
          block = 5270;
          continue dispatch;
        }
        case 5270: {
          block = 5272;
          continue dispatch;
        }
        case 5272: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 5274: {
          u659 = (u2 as Record<string, unknown>)["b"];
          b659 = undefined;
          u660 = u7 | 0;
          b660 = undefined;
          u661 = __metajit_G.asFloat("getarrayitem_imm", (u659 as ArrayLike<unknown>)[u660], "[any]");
          b661 = undefined;
          u662 = u661 | 0;
          b662 = undefined;
          at = 5291;
          b658 = rec.record("getarrayitem", [b4!, (b662 ??= __metajit_G.int(u662))], __metajit_o0);
          at = 5297;
          {
            const x0 = rec.resolve(b658!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b663 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5301;
          {
            const x0 = b663!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b664 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b665 = b664;
          at = 5307;
          const c5307 = b664!;
          if (!c5307.isConst) rec.guard(c5307.value === true ? "guard_true" : "guard_false", [c5307], rec.snapshot(0, 5307, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b658!, b664!, b665!]));
          if (c5307.value !== true) {
            block = 5333;
            continue dispatch;
          }
          block = 5323;
          continue dispatch;
        }
        case 5323: {
          at = 5323;
          {
            const x0 = rec.resolve(b658!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b666 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          at = 5327;
          {
            const x0 = b666!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b667 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b665 = b667;
          block = 5333;
          continue dispatch;
        }
        case 5333: {
          u668 = (u2 as Record<string, unknown>)["c"];
          b668 = undefined;
          u669 = u7 | 0;
          b669 = undefined;
          u670 = __metajit_G.asFloat("getarrayitem_imm", (u668 as ArrayLike<unknown>)[u669], "[any]");
          b670 = undefined;
          u671 = u670 === 0;
          b671 = undefined;
          u672 = !u671;
          b672 = undefined;
          at = 5354;
          {
            const x0 = rec.resolve(b665!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b673 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u674 = (u672 ? 1 : 0);
          b674 = undefined;
          at = 5360;
          {
            const x0 = b673!;
            const v0 = x0.value as number;
            const v = v0 === u674;
            b675 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b674 ??= __metajit_G.int(u674))], v);
          }
          at = 5364;
          const c5364 = b675!;
          if (!c5364.isConst) rec.guard(c5364.value === true ? "guard_true" : "guard_false", [c5364], rec.snapshot(0, 5364, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b658!, b675!]));
          if (c5364.value !== true) {
            block = 5434;
            continue dispatch;
          }
          block = 5378;
          continue dispatch;
        }
        case 5378: {
          u676 = u8 | 0;
          b676 = undefined;
          at = 5381;
          rec.record("setarrayitem", [b4!, (b676 ??= __metajit_G.int(u676)), b658!], __metajit_o1);
          u678 = (u2 as Record<string, unknown>)["b"];
          b678 = undefined;
          u679 = u1 | 0;
          b679 = undefined;
          u677 = __metajit_G.asFloat("getarrayitem_imm", (u678 as ArrayLike<unknown>)[u679], "[any]");
          b677 = undefined;
          u680 = u1 + 1;
          b680 = undefined;
          u681 = u680 + u677;
          b681 = undefined;
          u682 = u681 | 0;
          b682 = undefined;
          u1 = u682;
          b1 = undefined;
          u683 = u677 < 0;
          b683 = undefined;
          if (!u683) {
            block = 5432;
            continue dispatch;
          }
          block = 5430;
          continue dispatch;
        }
        case 5430: {
          block = 5432;
          continue dispatch;
        }
        case 5432: {
          block = 5444;
          continue dispatch;
        }
        case 5434: {
          u684 = u1 + 1;
          b684 = undefined;
          u685 = u684 | 0;
          b685 = undefined;
          u1 = u685;
          b1 = undefined;
          block = 5444;
          continue dispatch;
        }
        case 5444: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 5446: {
          u687 = (u2 as Record<string, unknown>)["b"];
          b687 = undefined;
          u688 = u7 | 0;
          b688 = undefined;
          u686 = __metajit_G.asFloat("getarrayitem_imm", (u687 as ArrayLike<unknown>)[u688], "[any]");
          b686 = undefined;
          u690 = (u2 as Record<string, unknown>)["c"];
          b690 = undefined;
          u691 = u7 | 0;
          b691 = undefined;
          u692 = __metajit_G.asFloat("getarrayitem_imm", (u690 as ArrayLike<unknown>)[u691], "[any]");
          b692 = undefined;
          u689 = u692 - 1;
          b689 = undefined;
          u695 = u686 === 0;
          b695 = undefined;
          u696 = !u695;
          b696 = undefined;
          if (!u696) {
            block = 5509;
            continue dispatch;
          }
          block = 5500;
          continue dispatch;
        }
        case 5500: {
          u697 = u686 - 1;
          b697 = undefined;
          u694 = u697;
          b694 = b697;
          b694 ??= __metajit_G.float(u694);
          block = 5525;
          continue dispatch;
        }
        case 5509: {
          at = 5509;
          b698 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5514;
          {
            const x0 = rec.resolve(b698!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b699 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5518;
          {
            const x0 = b699!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b700 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b694 = b700;
          block = 5525;
          continue dispatch;
        }
        case 5525: {
          b693 = b694;
          u702 = u8 | 0;
          b702 = undefined;
          at = 5531;
          b701 = rec.record("getarrayitem", [b4!, (b702 ??= __metajit_G.int(u702))], __metajit_o0);
          at = 5537;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5541;
          b703 = rec.record("call_pure", [__metajit_k0_78, b701!, __metajit_k0_79], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5541, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b693!, b701!]) });
          at = 5560;
          {
            const x0 = b703!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b704 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5563;
          const c5563 = b704!;
          if (!c5563.isConst) rec.guard(c5563.value === true ? "guard_true" : "guard_false", [c5563], rec.snapshot(0, 5563, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b693!, b701!, b704!]));
          if (c5563.value !== true) {
            block = 5606;
            continue dispatch;
          }
          block = 5579;
          continue dispatch;
        }
        case 5579: {
          at = 5579;
          b701 = rec.record("call", [__metajit_k0_80, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b693!, b701!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5579, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b693!]) });
          at = 5600;
          {
            const x0 = rec.resolve(b693!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b693 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5606;
          continue dispatch;
        }
        case 5606: {
          at = 5606;
          b705 = rec.record("call_pure", [__metajit_k0_81, b701!, __metajit_k0_82], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5606, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b693!, b701!]) });
          at = 5625;
          const c5625 = b705!;
          if (!c5625.isConst) rec.guard(c5625.value === true ? "guard_true" : "guard_false", [c5625], rec.snapshot(0, 5625, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b693!, b701!, b705!]));
          if (c5625.value !== true) {
            block = 5679;
            continue dispatch;
          }
          block = 5641;
          continue dispatch;
        }
        case 5641: {
          u707 = u8 + 1;
          b707 = undefined;
          at = 5645;
          rec.enterFrame(0, 5645, [b0!, b5!, b6!], 10);
          b706 = __metajit_trace_10_208(rec, b0!, b5!, b701!, b4!, u707, b693!, u8, u689);
          rec.leaveFrame();
          b3 = b706;
          at = 5664;
          b2 = rec.record("getfield_imm", [b706!], __metajit_o10);
          at = 5669;
          b4 = rec.record("getfield_imm", [b706!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5946;
          continue dispatch;
        }
        case 5679: {
          u709 = u8 + 1;
          b709 = undefined;
          u710 = u8 + 1;
          b710 = undefined;
          at = 5687;
          {
            const x1 = rec.resolve(b693!);
            const v1 = x1.value as number;
            const v = u710 + v1;
            b711 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b710 ??= __metajit_G.float(u710)), x1], v);
          }
          at = 5691;
          b712 = rec.record("call", [__metajit_k0_85, b4!, (b709 ??= __metajit_G.float(u709)), b711!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5691, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b701!]) });
          at = 5710;
          b708 = rec.record("call", [__metajit_k0_84, b0!, b5!, b701!, b712!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5710, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689))]) });
          at = 5729;
          b713 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5734;
          const c5734 = rec.resolve(b713!);
          if (!c5734.isConst) rec.guard(c5734.value === true ? "guard_true" : "guard_false", [c5734], rec.snapshot(0, 5734, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b708!, b713!]));
          if (c5734.value !== true) {
            block = 5772;
            continue dispatch;
          }
          block = 5749;
          continue dispatch;
        }
        case 5749: {
          at = 5749;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5753;
          rec.record("setfield", [b5!, (b689 ??= __metajit_G.float(u689))], __metajit_o13);
          at = 5757;
          b714 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5762;
          {
            const x0 = rec.resolve(b714!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b715 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5766;
          rec.record("setfield", [b5!, b715!], __metajit_o15);
          return b708!;
        }
        case 5772: {
          at = 5772;
          b716 = rec.record("arraylen", [b708!], __metajit_o1);
          u717 = u689 < 0;
          b717 = undefined;
          if (!u717) {
            block = 5862;
            continue dispatch;
          }
          block = 5796;
          continue dispatch;
        }
        case 5796: {
          u718 = 0;
          b718 = __metajit_k0_8;
          block = 5799;
          continue dispatch;
        }
        case 5799: {
          at = 5799;
          {
            const x0 = rec.resolve(b716!);
            const v0 = x0.value as number;
            const v = v0;
            b719 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5802;
          {
            const x1 = b719!;
            const v1 = x1.value as number;
            const v = u718 < v1;
            b720 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b718 ??= __metajit_G.float(u718)), x1], v);
          }
          at = 5806;
          const c5806 = b720!;
          if (!c5806.isConst) rec.guard(c5806.value === true ? "guard_true" : "guard_false", [c5806], rec.snapshot(0, 5806, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b708!, b716!, (b718 ??= __metajit_G.float(u718)), b720!]));
          if (c5806.value !== true) {
            block = 5849;
            continue dispatch;
          }
          block = 5822;
          continue dispatch;
        }
        case 5822: {
          u721 = u8 + u718;
          b721 = undefined;
          u722 = u721 | 0;
          b722 = undefined;
          u723 = u718 | 0;
          b723 = undefined;
          at = 5832;
          b724 = rec.record("getarrayitem", [b708!, (b723 ??= __metajit_G.int(u723))], __metajit_o0);
          at = 5838;
          rec.record("setarrayitem", [b4!, (b722 ??= __metajit_G.int(u722)), b724!], __metajit_o1);
          u718 = u718 + 1;
          b718 = undefined;
          block = 5799;
          continue dispatch;
        }
        case 5849: {
          at = 5849;
          {
            const x0 = rec.resolve(b716!);
            const v0 = x0.value as number;
            const v = v0;
            b725 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5852;
          {
            const x1 = b725!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b726 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5856;
          rec.record("setfield", [b3!, b726!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5946;
          continue dispatch;
        }
        case 5862: {
          u727 = 0;
          b727 = __metajit_k0_8;
          block = 5865;
          continue dispatch;
        }
        case 5865: {
          u728 = u727 < u689;
          b728 = undefined;
          if (!u728) {
            b2 ??= __metajit_G.ref(u2);
            block = 5946;
            continue dispatch;
          }
          block = 5886;
          continue dispatch;
        }
        case 5886: {
          u729 = u8 + u727;
          b729 = undefined;
          u730 = u729 | 0;
          b730 = undefined;
          at = 5893;
          {
            const x0 = rec.resolve(b716!);
            const v0 = x0.value as number;
            const v = v0;
            b732 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5896;
          {
            const x1 = b732!;
            const v1 = x1.value as number;
            const v = u727 < v1;
            b733 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b727 ??= __metajit_G.float(u727)), x1], v);
          }
          at = 5900;
          const c5900 = b733!;
          if (!c5900.isConst) rec.guard(c5900.value === true ? "guard_true" : "guard_false", [c5900], rec.snapshot(0, 5900, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b689 ??= __metajit_G.float(u689)), b708!, b716!, (b727 ??= __metajit_G.float(u727)), (b730 ??= __metajit_G.int(u730)), b733!]));
          if (c5900.value !== true) {
            block = 5932;
            continue dispatch;
          }
          block = 5918;
          continue dispatch;
        }
        case 5918: {
          u734 = u727 | 0;
          b734 = undefined;
          at = 5921;
          b735 = rec.record("getarrayitem", [b708!, (b734 ??= __metajit_G.int(u734))], __metajit_o0);
          b731 = b735;
          block = 5935;
          continue dispatch;
        }
        case 5932: {
          u731 = __metajit_k0_10.value;
          b731 = __metajit_k0_10;
          b731 ??= __metajit_G.ref(u731);
          block = 5935;
          continue dispatch;
        }
        case 5935: {
          at = 5935;
          rec.record("setarrayitem", [b4!, (b730 ??= __metajit_G.int(u730)), b731!], __metajit_o1);
          u727 = u727 + 1;
          b727 = undefined;
          block = 5865;
          continue dispatch;
        }
        case 5946: {
          b1 ??= __metajit_G.float(u1);
          block = 7668;
          continue dispatch;
        }
        case 5948: {
          u737 = (u2 as Record<string, unknown>)["b"];
          b737 = undefined;
          u738 = u7 | 0;
          b738 = undefined;
          u736 = __metajit_G.asFloat("getarrayitem_imm", (u737 as ArrayLike<unknown>)[u738], "[any]");
          b736 = undefined;
          u741 = u736 === 0;
          b741 = undefined;
          u742 = !u741;
          b742 = undefined;
          if (!u742) {
            block = 5992;
            continue dispatch;
          }
          block = 5983;
          continue dispatch;
        }
        case 5983: {
          u743 = u736 - 1;
          b743 = undefined;
          u740 = u743;
          b740 = b743;
          b740 ??= __metajit_G.float(u740);
          block = 6008;
          continue dispatch;
        }
        case 5992: {
          at = 5992;
          b744 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5997;
          {
            const x0 = rec.resolve(b744!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b745 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 6001;
          {
            const x0 = b745!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b746 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b740 = b746;
          block = 6008;
          continue dispatch;
        }
        case 6008: {
          b739 = b740;
          u748 = u8 | 0;
          b748 = undefined;
          at = 6014;
          b747 = rec.record("getarrayitem", [b4!, (b748 ??= __metajit_G.int(u748))], __metajit_o0);
          at = 6020;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6024;
          b749 = rec.record("call_pure", [__metajit_k0_90, b747!, __metajit_k0_91], { descr: null, type: "bool", snapshot: rec.snapshot(0, 6024, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!]) });
          at = 6042;
          {
            const x0 = b749!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b750 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6045;
          const c6045 = b750!;
          if (!c6045.isConst) rec.guard(c6045.value === true ? "guard_true" : "guard_false", [c6045], rec.snapshot(0, 6045, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!, b750!]));
          if (c6045.value !== true) {
            block = 6086;
            continue dispatch;
          }
          block = 6060;
          continue dispatch;
        }
        case 6060: {
          at = 6060;
          b747 = rec.record("call", [__metajit_k0_92, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b739!, b747!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6060, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!]) });
          at = 6080;
          {
            const x0 = rec.resolve(b739!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b739 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 6086;
          continue dispatch;
        }
        case 6086: {
          at = 6086;
          b751 = rec.record("call_pure", [__metajit_k0_93, b747!, __metajit_k0_94], { descr: null, type: "bool", snapshot: rec.snapshot(0, 6086, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!]) });
          at = 6104;
          const c6104 = b751!;
          if (!c6104.isConst) rec.guard(c6104.value === true ? "guard_true" : "guard_false", [c6104], rec.snapshot(0, 6104, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!, b751!]));
          if (c6104.value !== true) {
            block = 6200;
            continue dispatch;
          }
          block = 6119;
          continue dispatch;
        }
        case 6119: {
          at = 6119;
          b752 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6124;
          {
            const x0 = rec.resolve(b752!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b753 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6128;
          {
            const x0 = b753!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b754 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6131;
          const c6131 = b754!;
          if (!c6131.isConst) rec.guard(c6131.value === true ? "guard_true" : "guard_false", [c6131], rec.snapshot(0, 6131, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!, b754!]));
          if (c6131.value !== true) {
            block = 6163;
            continue dispatch;
          }
          block = 6144;
          continue dispatch;
        }
        case 6144: {
          at = 6144;
          rec.record("call", [__metajit_k0_96, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6144, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b739!, b747!]) });
          block = 6163;
          continue dispatch;
        }
        case 6163: {
          u756 = u8 + 1;
          b756 = undefined;
          at = 6167;
          rec.enterFrame(0, 6167, [b0!, b5!, b6!], 11);
          b755 = __metajit_trace_11_16(rec, b0!, b5!, b747!, b4!, u756, b739!, b3!);
          rec.leaveFrame();
          b3 = b755;
          at = 6185;
          b2 = rec.record("getfield_imm", [b755!], __metajit_o10);
          at = 6190;
          b4 = rec.record("getfield_imm", [b755!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 6358;
          continue dispatch;
        }
        case 6200: {
          u758 = u8 + 1;
          b758 = undefined;
          u759 = u8 + 1;
          b759 = undefined;
          at = 6208;
          {
            const x1 = rec.resolve(b739!);
            const v1 = x1.value as number;
            const v = u759 + v1;
            b760 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b759 ??= __metajit_G.float(u759)), x1], v);
          }
          at = 6212;
          b761 = rec.record("call", [__metajit_k0_98, b4!, (b758 ??= __metajit_G.float(u758)), b760!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6212, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b747!]) });
          at = 6230;
          b757 = rec.record("call", [__metajit_k0_97, b0!, b5!, b747!, b761!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6230, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          at = 6248;
          b762 = rec.record("getfield", [b5!], __metajit_o11);
          at = 6253;
          const c6253 = rec.resolve(b762!);
          if (!c6253.isConst) rec.guard(c6253.value === true ? "guard_true" : "guard_false", [c6253], rec.snapshot(0, 6253, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b757!, b762!]));
          if (c6253.value !== true) {
            block = 6290;
            continue dispatch;
          }
          block = 6267;
          continue dispatch;
        }
        case 6267: {
          at = 6267;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 6271;
          rec.record("setfield", [b5!, __metajit_k0_20], __metajit_o13);
          at = 6275;
          b763 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6280;
          {
            const x0 = rec.resolve(b763!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b764 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 6284;
          rec.record("setfield", [b5!, b764!], __metajit_o15);
          return b757!;
        }
        case 6290: {
          at = 6290;
          b765 = rec.record("arraylen", [b757!], __metajit_o1);
          u766 = 0;
          b766 = __metajit_k0_8;
          block = 6297;
          continue dispatch;
        }
        case 6297: {
          at = 6297;
          {
            const x0 = rec.resolve(b765!);
            const v0 = x0.value as number;
            const v = v0;
            b767 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6300;
          {
            const x1 = b767!;
            const v1 = x1.value as number;
            const v = u766 < v1;
            b768 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b766 ??= __metajit_G.float(u766)), x1], v);
          }
          at = 6304;
          const c6304 = b768!;
          if (!c6304.isConst) rec.guard(c6304.value === true ? "guard_true" : "guard_false", [c6304], rec.snapshot(0, 6304, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b757!, b765!, (b766 ??= __metajit_G.float(u766)), b768!]));
          if (c6304.value !== true) {
            block = 6347;
            continue dispatch;
          }
          block = 6320;
          continue dispatch;
        }
        case 6320: {
          u769 = u8 + u766;
          b769 = undefined;
          u770 = u769 | 0;
          b770 = undefined;
          u771 = u766 | 0;
          b771 = undefined;
          at = 6330;
          b772 = rec.record("getarrayitem", [b757!, (b771 ??= __metajit_G.int(u771))], __metajit_o0);
          at = 6336;
          rec.record("setarrayitem", [b4!, (b770 ??= __metajit_G.int(u770)), b772!], __metajit_o1);
          u766 = u766 + 1;
          b766 = undefined;
          block = 6297;
          continue dispatch;
        }
        case 6347: {
          at = 6347;
          {
            const x0 = rec.resolve(b765!);
            const v0 = x0.value as number;
            const v = v0;
            b773 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6350;
          {
            const x1 = b773!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b774 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6354;
          rec.record("setfield", [b3!, b774!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 6358;
          continue dispatch;
        }
        case 6358: {
          b1 ??= __metajit_G.float(u1);
          block = 7668;
          continue dispatch;
        }
        case 6360: {
          u776 = (u2 as Record<string, unknown>)["b"];
          b776 = undefined;
          u777 = u7 | 0;
          b777 = undefined;
          u775 = __metajit_G.asFloat("getarrayitem_imm", (u776 as ArrayLike<unknown>)[u777], "[any]");
          b775 = undefined;
          u780 = u775 === 0;
          b780 = undefined;
          u781 = !u780;
          b781 = undefined;
          if (!u781) {
            block = 6402;
            continue dispatch;
          }
          block = 6393;
          continue dispatch;
        }
        case 6393: {
          u782 = u775 - 1;
          b782 = undefined;
          u779 = u782;
          b779 = b782;
          b779 ??= __metajit_G.float(u779);
          block = 6414;
          continue dispatch;
        }
        case 6402: {
          at = 6402;
          b783 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6407;
          {
            const x0 = rec.resolve(b783!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b784 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          b779 = b784;
          block = 6414;
          continue dispatch;
        }
        case 6414: {
          b778 = b779;
          at = 6417;
          b785 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6422;
          {
            const x0 = rec.resolve(b785!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b786 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6426;
          {
            const x0 = b786!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b787 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6429;
          const c6429 = b787!;
          if (!c6429.isConst) rec.guard(c6429.value === true ? "guard_true" : "guard_false", [c6429], rec.snapshot(0, 6429, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b787!]));
          if (c6429.value !== true) {
            block = 6459;
            continue dispatch;
          }
          block = 6441;
          continue dispatch;
        }
        case 6441: {
          at = 6441;
          rec.record("call", [__metajit_k0_99, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6441, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!]) });
          block = 6459;
          continue dispatch;
        }
        case 6459: {
          at = 6459;
          b789 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6464;
          {
            const x0 = rec.resolve(b789!);
            const v0 = x0.value as number;
            const v = v0 - 1;
            b788 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6468;
          rec.record("setfield", [b5!, b788!], __metajit_o15);
          at = 6472;
          {
            const x0 = b788!;
            const v0 = x0.value as number;
            const x1 = rec.resolve(b6!);
            const v1 = x1.value as number;
            const v = v0 === v1;
            b790 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          at = 6476;
          const c6476 = b790!;
          if (!c6476.isConst) rec.guard(c6476.value === true ? "guard_true" : "guard_false", [c6476], rec.snapshot(0, 6476, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b788!, b790!]));
          if (c6476.value !== true) {
            block = 6504;
            continue dispatch;
          }
          block = 6489;
          continue dispatch;
        }
        case 6489: {
          at = 6489;
          {
            const x1 = rec.resolve(b778!);
            const v1 = x1.value as number;
            const v = u8 + v1;
            b791 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6493;
          b792 = rec.record("call", [__metajit_k0_100, b4!, (b8 ??= __metajit_G.float(u8)), b791!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6493, []) });
          return b792!;
        }
        case 6504: {
          at = 6504;
          b794 = rec.record("getfield", [b5!], __metajit_o18);
          at = 6509;
          {
            const x0 = b788!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b795 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6513;
          {
            const x0 = b795!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b796 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6516;
          b793 = rec.record("getarrayitem", [b794!, b796!], __metajit_o0);
          at = 6522;
          b797 = rec.record("getfield_imm", [b793!], __metajit_o4);
          at = 6527;
          b798 = rec.record("getfield_imm", [b3!], __metajit_o19);
          at = 6532;
          b799 = rec.record("getfield_imm", [b3!], __metajit_o20);
          at = 6537;
          {
            const x0 = rec.resolve(b799!);
            const v0 = x0.value as number;
            const v = v0 < 0;
            b800 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k0_8], v);
          }
          at = 6541;
          const c6541 = b800!;
          if (!c6541.isConst) rec.guard(c6541.value === true ? "guard_true" : "guard_false", [c6541], rec.snapshot(0, 6541, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b793!, b797!, b798!, b799!, b800!]));
          if (c6541.value !== true) {
            block = 6619;
            continue dispatch;
          }
          block = 6556;
          continue dispatch;
        }
        case 6556: {
          u801 = 0;
          b801 = __metajit_k0_8;
          block = 6559;
          continue dispatch;
        }
        case 6559: {
          at = 6559;
          {
            const x1 = rec.resolve(b778!);
            const v1 = x1.value as number;
            const v = u801 < v1;
            b802 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b801 ??= __metajit_G.float(u801)), x1], v);
          }
          at = 6563;
          const c6563 = b802!;
          if (!c6563.isConst) rec.guard(c6563.value === true ? "guard_true" : "guard_false", [c6563], rec.snapshot(0, 6563, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b793!, b797!, b798!, (b801 ??= __metajit_G.float(u801)), b802!]));
          if (c6563.value !== true) {
            block = 6609;
            continue dispatch;
          }
          block = 6578;
          continue dispatch;
        }
        case 6578: {
          at = 6578;
          {
            const x0 = rec.resolve(b798!);
            const v0 = x0.value as number;
            const v = v0 + u801;
            b803 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b801 ??= __metajit_G.float(u801))], v);
          }
          at = 6582;
          {
            const x0 = b803!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b804 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u805 = u8 + u801;
          b805 = undefined;
          u806 = u805 | 0;
          b806 = undefined;
          at = 6592;
          b807 = rec.record("getarrayitem", [b4!, (b806 ??= __metajit_G.int(u806))], __metajit_o0);
          at = 6598;
          rec.record("setarrayitem", [b797!, b804!, b807!], __metajit_o1);
          u801 = u801 + 1;
          b801 = undefined;
          block = 6559;
          continue dispatch;
        }
        case 6609: {
          at = 6609;
          {
            const x0 = rec.resolve(b798!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b778!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b808 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 6613;
          rec.record("setfield", [b793!, b808!], __metajit_o16);
          block = 6702;
          continue dispatch;
        }
        case 6619: {
          u809 = 0;
          b809 = __metajit_k0_8;
          block = 6622;
          continue dispatch;
        }
        case 6622: {
          at = 6622;
          {
            const x1 = rec.resolve(b799!);
            const v1 = x1.value as number;
            const v = u809 < v1;
            b810 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b809 ??= __metajit_G.float(u809)), x1], v);
          }
          at = 6626;
          const c6626 = b810!;
          if (!c6626.isConst) rec.guard(c6626.value === true ? "guard_true" : "guard_false", [c6626], rec.snapshot(0, 6626, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b793!, b797!, b798!, b799!, (b809 ??= __metajit_G.float(u809)), b810!]));
          if (c6626.value !== true) {
            block = 6702;
            continue dispatch;
          }
          block = 6642;
          continue dispatch;
        }
        case 6642: {
          at = 6642;
          {
            const x0 = rec.resolve(b798!);
            const v0 = x0.value as number;
            const v = v0 + u809;
            b811 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b809 ??= __metajit_G.float(u809))], v);
          }
          at = 6646;
          {
            const x0 = b811!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b812 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6649;
          {
            const x1 = rec.resolve(b778!);
            const v1 = x1.value as number;
            const v = u809 < v1;
            b814 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b809 ??= __metajit_G.float(u809)), x1], v);
          }
          at = 6653;
          const c6653 = b814!;
          if (!c6653.isConst) rec.guard(c6653.value === true ? "guard_true" : "guard_false", [c6653], rec.snapshot(0, 6653, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b778!, b793!, b797!, b798!, b799!, (b809 ??= __metajit_G.float(u809)), b812!, b814!]));
          if (c6653.value !== true) {
            block = 6688;
            continue dispatch;
          }
          block = 6670;
          continue dispatch;
        }
        case 6670: {
          u815 = u8 + u809;
          b815 = undefined;
          u816 = u815 | 0;
          b816 = undefined;
          at = 6677;
          b817 = rec.record("getarrayitem", [b4!, (b816 ??= __metajit_G.int(u816))], __metajit_o0);
          b813 = b817;
          block = 6691;
          continue dispatch;
        }
        case 6688: {
          u813 = __metajit_k0_10.value;
          b813 = __metajit_k0_10;
          b813 ??= __metajit_G.ref(u813);
          block = 6691;
          continue dispatch;
        }
        case 6691: {
          at = 6691;
          rec.record("setarrayitem", [b797!, b812!, b813!], __metajit_o1);
          u809 = u809 + 1;
          b809 = undefined;
          block = 6622;
          continue dispatch;
        }
        case 6702: {
          b3 = b793;
          at = 6705;
          b2 = rec.record("getfield_imm", [b793!], __metajit_o10);
          b4 = b797;
          at = 6713;
          b1 = rec.record("getfield", [b793!], __metajit_o21);
          block = 7668;
          continue dispatch;
        }
        case 6720: {
          u819 = u8 + 2;
          b819 = undefined;
          u820 = u819 | 0;
          b820 = undefined;
          at = 6727;
          b821 = rec.record("getarrayitem", [b4!, (b820 ??= __metajit_G.int(u820))], __metajit_o0);
          at = 6733;
          {
            const x0 = rec.resolve(b821!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b818 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u823 = u8 | 0;
          b823 = undefined;
          at = 6739;
          b824 = rec.record("getarrayitem", [b4!, (b823 ??= __metajit_G.int(u823))], __metajit_o0);
          at = 6745;
          {
            const x0 = rec.resolve(b824!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b825 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6748;
          {
            const x0 = b825!;
            const v0 = x0.value as number;
            const x1 = b818!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b822 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          u827 = u8 + 1;
          b827 = undefined;
          u828 = u827 | 0;
          b828 = undefined;
          at = 6759;
          b829 = rec.record("getarrayitem", [b4!, (b828 ??= __metajit_G.int(u828))], __metajit_o0);
          at = 6765;
          {
            const x0 = rec.resolve(b829!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b826 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6768;
          {
            const x0 = b818!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b831 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k0_8], v);
          }
          at = 6772;
          const c6772 = b831!;
          if (!c6772.isConst) rec.guard(c6772.value === true ? "guard_true" : "guard_false", [c6772], rec.snapshot(0, 6772, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b822!, b826!, b831!]));
          if (c6772.value !== true) {
            block = 6797;
            continue dispatch;
          }
          block = 6788;
          continue dispatch;
        }
        case 6788: {
          at = 6788;
          {
            const x0 = b822!;
            const v0 = x0.value as number;
            const x1 = b826!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b832 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b830 = b832;
          block = 6804;
          continue dispatch;
        }
        case 6797: {
          at = 6797;
          {
            const x0 = b826!;
            const v0 = x0.value as number;
            const x1 = b822!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b833 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b830 = b833;
          block = 6804;
          continue dispatch;
        }
        case 6804: {
          at = 6804;
          const c6804 = rec.resolve(b830!);
          if (!c6804.isConst) rec.guard(c6804.value === true ? "guard_true" : "guard_false", [c6804], rec.snapshot(0, 6804, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b822!, b830!]));
          if (c6804.value !== true) {
            block = 6871;
            continue dispatch;
          }
          block = 6819;
          continue dispatch;
        }
        case 6819: {
          u834 = (u2 as Record<string, unknown>)["b"];
          b834 = undefined;
          u835 = u7 | 0;
          b835 = undefined;
          u836 = __metajit_G.asFloat("getarrayitem_imm", (u834 as ArrayLike<unknown>)[u835], "[any]");
          b836 = undefined;
          u837 = u1 + u836;
          b837 = undefined;
          u838 = u837 | 0;
          b838 = undefined;
          u1 = u838;
          b1 = undefined;
          u839 = u8 | 0;
          b839 = undefined;
          at = 6846;
          {
            const x0 = rec.resolve(b822!);
            const v0 = x0.value as number;
            const v = v0;
            b840 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6849;
          rec.record("setarrayitem", [b4!, (b839 ??= __metajit_G.int(u839)), b840!], __metajit_o1);
          u841 = u8 + 3;
          b841 = undefined;
          u842 = u841 | 0;
          b842 = undefined;
          at = 6861;
          {
            const x0 = rec.resolve(b822!);
            const v0 = x0.value as number;
            const v = v0;
            b843 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6864;
          rec.record("setarrayitem", [b4!, (b842 ??= __metajit_G.int(u842)), b843!], __metajit_o1);
          block = 6871;
          continue dispatch;
        }
        case 6871: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 6873: {
          u845 = u8 | 0;
          b845 = undefined;
          at = 6876;
          b844 = rec.record("getarrayitem", [b4!, (b845 ??= __metajit_G.int(u845))], __metajit_o0);
          u847 = u8 + 1;
          b847 = undefined;
          u848 = u847 | 0;
          b848 = undefined;
          at = 6889;
          b846 = rec.record("getarrayitem", [b4!, (b848 ??= __metajit_G.int(u848))], __metajit_o0);
          u850 = u8 + 2;
          b850 = undefined;
          u851 = u850 | 0;
          b851 = undefined;
          at = 6902;
          b849 = rec.record("getarrayitem", [b4!, (b851 ??= __metajit_G.int(u851))], __metajit_o0);
          at = 6908;
          {
            const x0 = rec.resolve(b844!);
            const v0 = x0.value;
            const v = typeof v0;
            b852 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6911;
          {
            const x0 = b852!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b853 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6915;
          {
            const x0 = b853!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b854 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6918;
          {
            const x0 = b854!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b855 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b856 = b854;
          at = 6924;
          const c6924 = b855!;
          if (!c6924.isConst) rec.guard(c6924.value === true ? "guard_true" : "guard_false", [c6924], rec.snapshot(0, 6924, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b846!, b849!, b855!, b856!]));
          if (c6924.value !== true) {
            block = 6954;
            continue dispatch;
          }
          block = 6941;
          continue dispatch;
        }
        case 6941: {
          at = 6941;
          {
            const x0 = rec.resolve(b846!);
            const v0 = x0.value;
            const v = typeof v0;
            b857 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6944;
          {
            const x0 = b857!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b858 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6948;
          {
            const x0 = b858!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b859 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b856 = b859;
          block = 6954;
          continue dispatch;
        }
        case 6954: {
          at = 6954;
          {
            const x0 = rec.resolve(b856!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b860 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b861 = b856;
          at = 6960;
          const c6960 = b860!;
          if (!c6960.isConst) rec.guard(c6960.value === true ? "guard_true" : "guard_false", [c6960], rec.snapshot(0, 6960, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b849!, b860!, b861!]));
          if (c6960.value !== true) {
            block = 6989;
            continue dispatch;
          }
          block = 6976;
          continue dispatch;
        }
        case 6976: {
          at = 6976;
          {
            const x0 = rec.resolve(b849!);
            const v0 = x0.value;
            const v = typeof v0;
            b862 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6979;
          {
            const x0 = b862!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b863 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6983;
          {
            const x0 = b863!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b864 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b861 = b864;
          block = 6989;
          continue dispatch;
        }
        case 6989: {
          at = 6989;
          const c6989 = rec.resolve(b861!);
          if (!c6989.isConst) rec.guard(c6989.value === true ? "guard_true" : "guard_false", [c6989], rec.snapshot(0, 6989, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b861!]));
          if (c6989.value !== true) {
            block = 7027;
            continue dispatch;
          }
          block = 7003;
          continue dispatch;
        }
        case 7003: {
          at = 7003;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 7007;
          rec.record("call", [__metajit_k0_108, b0!, b4!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7007, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8))]) });
          block = 7027;
          continue dispatch;
        }
        case 7027: {
          u865 = u8 | 0;
          b865 = undefined;
          u866 = u8 | 0;
          b866 = undefined;
          at = 7033;
          b867 = rec.record("getarrayitem", [b4!, (b866 ??= __metajit_G.int(u866))], __metajit_o0);
          at = 7039;
          {
            const x0 = rec.resolve(b867!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b868 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u869 = u8 + 2;
          b869 = undefined;
          u870 = u869 | 0;
          b870 = undefined;
          at = 7049;
          b871 = rec.record("getarrayitem", [b4!, (b870 ??= __metajit_G.int(u870))], __metajit_o0);
          at = 7055;
          {
            const x0 = rec.resolve(b871!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b872 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 7058;
          {
            const x0 = b868!;
            const v0 = x0.value as number;
            const x1 = b872!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b873 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 7062;
          {
            const x0 = b873!;
            const v0 = x0.value as number;
            const v = v0;
            b874 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 7065;
          rec.record("setarrayitem", [b4!, (b865 ??= __metajit_G.int(u865)), b874!], __metajit_o1);
          u875 = (u2 as Record<string, unknown>)["b"];
          b875 = undefined;
          u876 = u7 | 0;
          b876 = undefined;
          u877 = __metajit_G.asFloat("getarrayitem_imm", (u875 as ArrayLike<unknown>)[u876], "[any]");
          b877 = undefined;
          u878 = u1 + u877;
          b878 = undefined;
          u879 = u878 | 0;
          b879 = undefined;
          u1 = u879;
          b1 = undefined;
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7096: {
          at = 7096;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u881 = (u2 as Record<string, unknown>)["c"];
          b881 = undefined;
          u882 = u7 | 0;
          b882 = undefined;
          u880 = __metajit_G.asFloat("getarrayitem_imm", (u881 as ArrayLike<unknown>)[u882], "[any]");
          b880 = undefined;
          at = 7114;
          rec.record("call", [__metajit_k0_109, b0!, b4!, (b8 ??= __metajit_G.float(u8)), (b880 ??= __metajit_G.float(u880))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7114, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          u884 = u8 + 3;
          b884 = undefined;
          u885 = u884 | 0;
          b885 = undefined;
          at = 7139;
          b883 = rec.record("getarrayitem", [b4!, (b885 ??= __metajit_G.int(u885))], __metajit_o0);
          at = 7145;
          {
            const x0 = rec.resolve(b883!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b886 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7149;
          {
            const x0 = b886!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b887 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7152;
          const c7152 = b887!;
          if (!c7152.isConst) rec.guard(c7152.value === true ? "guard_true" : "guard_false", [c7152], rec.snapshot(0, 7152, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b883!, b887!]));
          if (c7152.value !== true) {
            block = 7226;
            continue dispatch;
          }
          block = 7166;
          continue dispatch;
        }
        case 7166: {
          u888 = u8 + 2;
          b888 = undefined;
          u889 = u888 | 0;
          b889 = undefined;
          at = 7173;
          rec.record("setarrayitem", [b4!, (b889 ??= __metajit_G.int(u889)), b883!], __metajit_o1);
          u891 = (u2 as Record<string, unknown>)["b"];
          b891 = undefined;
          u892 = u1 | 0;
          b892 = undefined;
          u890 = __metajit_G.asFloat("getarrayitem_imm", (u891 as ArrayLike<unknown>)[u892], "[any]");
          b890 = undefined;
          u893 = u1 + 1;
          b893 = undefined;
          u894 = u893 + u890;
          b894 = undefined;
          u895 = u894 | 0;
          b895 = undefined;
          u1 = u895;
          b1 = undefined;
          u896 = u890 < 0;
          b896 = undefined;
          if (!u896) {
            block = 7224;
            continue dispatch;
          }
          block = 7222;
          continue dispatch;
        }
        case 7222: {
          block = 7224;
          continue dispatch;
        }
        case 7224: {
          block = 7236;
          continue dispatch;
        }
        case 7226: {
          u897 = u1 + 1;
          b897 = undefined;
          u898 = u897 | 0;
          b898 = undefined;
          u1 = u898;
          b1 = undefined;
          block = 7236;
          continue dispatch;
        }
        case 7236: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7238: {
          u900 = (u2 as Record<string, unknown>)["b"];
          b900 = undefined;
          u901 = u7 | 0;
          b901 = undefined;
          u899 = __metajit_G.asFloat("getarrayitem_imm", (u900 as ArrayLike<unknown>)[u901], "[any]");
          b899 = undefined;
          u904 = u899 === 0;
          b904 = undefined;
          u905 = !u904;
          b905 = undefined;
          if (!u905) {
            block = 7279;
            continue dispatch;
          }
          block = 7274;
          continue dispatch;
        }
        case 7274: {
          u903 = u899;
          b903 = b899;
          b903 ??= __metajit_G.float(u903);
          block = 7295;
          continue dispatch;
        }
        case 7279: {
          at = 7279;
          b906 = rec.record("getfield", [b3!], __metajit_o9);
          at = 7284;
          {
            const x0 = rec.resolve(b906!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b907 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 7288;
          {
            const x0 = b907!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b908 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b903 = b908;
          block = 7295;
          continue dispatch;
        }
        case 7295: {
          b902 = b903;
          u909 = (u2 as Record<string, unknown>)["c"];
          b909 = undefined;
          u910 = u7 | 0;
          b910 = undefined;
          u911 = __metajit_G.asFloat("getarrayitem_imm", (u909 as ArrayLike<unknown>)[u910], "[any]");
          b911 = undefined;
          at = 7312;
          rec.record("call", [__metajit_k0_110, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b902!, (b911 ??= __metajit_G.float(u911))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7312, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7332: {
          at = 7332;
          b912 = rec.record("getfield", [b3!], __metajit_o17);
          at = 7337;
          {
            const x0 = rec.resolve(b912!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b913 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7341;
          {
            const x0 = b913!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b914 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7344;
          const c7344 = b914!;
          if (!c7344.isConst) rec.guard(c7344.value === true ? "guard_true" : "guard_false", [c7344], rec.snapshot(0, 7344, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b914!]));
          if (c7344.value !== true) {
            block = 7375;
            continue dispatch;
          }
          block = 7357;
          continue dispatch;
        }
        case 7357: {
          at = 7357;
          rec.record("call", [__metajit_k0_111, b0!, b3!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7357, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 7375;
          continue dispatch;
        }
        case 7375: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7377: {
          u915 = u8 | 0;
          b915 = undefined;
          u916 = (u2 as Record<string, unknown>)["protos"];
          b916 = undefined;
          u917 = (u2 as Record<string, unknown>)["b"];
          b917 = undefined;
          u918 = u7 | 0;
          b918 = undefined;
          u919 = __metajit_G.asFloat("getarrayitem_imm", (u917 as ArrayLike<unknown>)[u918], "[any]");
          b919 = undefined;
          u920 = u919 | 0;
          b920 = undefined;
          u921 = (u916 as ArrayLike<unknown>)[u920];
          b921 = undefined;
          at = 7408;
          b922 = rec.record("call", [__metajit_k0_112, b0!, b3!, (b921 ??= __metajit_G.ref(u921))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7408, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b915 ??= __metajit_G.int(u915))]) });
          at = 7425;
          rec.record("setarrayitem", [b4!, (b915 ??= __metajit_G.int(u915)), b922!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7432: {
          u924 = (u2 as Record<string, unknown>)["b"];
          b924 = undefined;
          u925 = u7 | 0;
          b925 = undefined;
          u923 = __metajit_G.asFloat("getarrayitem_imm", (u924 as ArrayLike<unknown>)[u925], "[any]");
          b923 = undefined;
          at = 7446;
          b926 = rec.record("getfield_imm", [b3!], __metajit_o22);
          at = 7451;
          b927 = rec.record("arraylen", [b926!], __metajit_o1);
          u928 = u923 === 0;
          b928 = undefined;
          if (!u928) {
            block = 7541;
            continue dispatch;
          }
          block = 7475;
          continue dispatch;
        }
        case 7475: {
          u929 = 0;
          b929 = __metajit_k0_8;
          block = 7478;
          continue dispatch;
        }
        case 7478: {
          at = 7478;
          {
            const x0 = rec.resolve(b927!);
            const v0 = x0.value as number;
            const v = v0;
            b930 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7481;
          {
            const x1 = b930!;
            const v1 = x1.value as number;
            const v = u929 < v1;
            b931 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b929 ??= __metajit_G.float(u929)), x1], v);
          }
          at = 7485;
          const c7485 = b931!;
          if (!c7485.isConst) rec.guard(c7485.value === true ? "guard_true" : "guard_false", [c7485], rec.snapshot(0, 7485, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b926!, b927!, (b929 ??= __metajit_G.float(u929)), b931!]));
          if (c7485.value !== true) {
            block = 7528;
            continue dispatch;
          }
          block = 7501;
          continue dispatch;
        }
        case 7501: {
          u932 = u8 + u929;
          b932 = undefined;
          u933 = u932 | 0;
          b933 = undefined;
          u934 = u929 | 0;
          b934 = undefined;
          at = 7511;
          b935 = rec.record("getarrayitem", [b926!, (b934 ??= __metajit_G.int(u934))], __metajit_o0);
          at = 7517;
          rec.record("setarrayitem", [b4!, (b933 ??= __metajit_G.int(u933)), b935!], __metajit_o1);
          u929 = u929 + 1;
          b929 = undefined;
          block = 7478;
          continue dispatch;
        }
        case 7528: {
          at = 7528;
          {
            const x0 = rec.resolve(b927!);
            const v0 = x0.value as number;
            const v = v0;
            b936 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7531;
          {
            const x1 = b936!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b937 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 7535;
          rec.record("setfield", [b3!, b937!], __metajit_o16);
          block = 7629;
          continue dispatch;
        }
        case 7541: {
          u938 = 0;
          b938 = __metajit_k0_8;
          block = 7544;
          continue dispatch;
        }
        case 7544: {
          u939 = u923 - 1;
          b939 = undefined;
          u940 = u938 < u939;
          b940 = undefined;
          if (!u940) {
            block = 7629;
            continue dispatch;
          }
          block = 7569;
          continue dispatch;
        }
        case 7569: {
          u941 = u8 + u938;
          b941 = undefined;
          u942 = u941 | 0;
          b942 = undefined;
          at = 7576;
          {
            const x0 = rec.resolve(b927!);
            const v0 = x0.value as number;
            const v = v0;
            b944 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7579;
          {
            const x1 = b944!;
            const v1 = x1.value as number;
            const v = u938 < v1;
            b945 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b938 ??= __metajit_G.float(u938)), x1], v);
          }
          at = 7583;
          const c7583 = b945!;
          if (!c7583.isConst) rec.guard(c7583.value === true ? "guard_true" : "guard_false", [c7583], rec.snapshot(0, 7583, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b923 ??= __metajit_G.float(u923)), b926!, b927!, (b938 ??= __metajit_G.float(u938)), (b942 ??= __metajit_G.int(u942)), b945!]));
          if (c7583.value !== true) {
            block = 7615;
            continue dispatch;
          }
          block = 7601;
          continue dispatch;
        }
        case 7601: {
          u946 = u938 | 0;
          b946 = undefined;
          at = 7604;
          b947 = rec.record("getarrayitem", [b926!, (b946 ??= __metajit_G.int(u946))], __metajit_o0);
          b943 = b947;
          block = 7618;
          continue dispatch;
        }
        case 7615: {
          u943 = __metajit_k0_10.value;
          b943 = __metajit_k0_10;
          b943 ??= __metajit_G.ref(u943);
          block = 7618;
          continue dispatch;
        }
        case 7618: {
          at = 7618;
          rec.record("setarrayitem", [b4!, (b942 ??= __metajit_G.int(u942)), b943!], __metajit_o1);
          u938 = u938 + 1;
          b938 = undefined;
          block = 7544;
          continue dispatch;
        }
        case 7629: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7668;
          continue dispatch;
        }
        case 7631: {
          at = 7631;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u948 = (u2 as Record<string, unknown>)["op"];
          b948 = undefined;
          u949 = u7 | 0;
          b949 = undefined;
          u950 = __metajit_G.asFloat("getarrayitem_imm", (u948 as ArrayLike<unknown>)[u949], "[any]");
          b950 = undefined;
          {
            const f = __metajit_k0_117.value as (...a: unknown[]) => unknown;
            u951 = f(__metajit_k0_116.value, u950);
            b951 = undefined;
          }
          at = 7658;
          b952 = rec.record("call", [__metajit_k0_115, b0!, (b951 ??= __metajit_G.ref(u951))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7658, []) });
          throw b952!.value;
        }
        case 7668: {
          return new __metajit_G.MergeResult<__metajit_Value>([b0!, b1!, b2!, b3!, b4!, b5!, b6!], 7668);
        }
        default: throw new Error("Interpreter.run.portal: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21 !== undefined ? b21.value : u21, b22 !== undefined ? b22.value : u22, b23 !== undefined ? b23.value : u23, b24?.value, b25 !== undefined ? b25.value : u25, b26 !== undefined ? b26.value : u26, b27 !== undefined ? b27.value : u27, b28 !== undefined ? b28.value : u28, b29 !== undefined ? b29.value : u29, b30 !== undefined ? b30.value : u30, b31 !== undefined ? b31.value : u31, b32 !== undefined ? b32.value : u32, b33 !== undefined ? b33.value : u33, b34 !== undefined ? b34.value : u34, b35 !== undefined ? b35.value : u35, b36 !== undefined ? b36.value : u36, b37 !== undefined ? b37.value : u37, b38 !== undefined ? b38.value : u38, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43 !== undefined ? b43.value : u43, b44 !== undefined ? b44.value : u44, b45 !== undefined ? b45.value : u45, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48 !== undefined ? b48.value : u48, b49 !== undefined ? b49.value : u49, b50 !== undefined ? b50.value : u50, b51 !== undefined ? b51.value : u51, b52?.value, b53?.value, b54?.value, b55 !== undefined ? b55.value : u55, b56 !== undefined ? b56.value : u56, b57 !== undefined ? b57.value : u57, b58 !== undefined ? b58.value : u58, b59 !== undefined ? b59.value : u59, b60?.value, b61?.value, b62?.value, b63?.value, b64?.value, b65?.value, b66 !== undefined ? b66.value : u66, b67 !== undefined ? b67.value : u67, b68 !== undefined ? b68.value : u68, b69 !== undefined ? b69.value : u69, b70 !== undefined ? b70.value : u70, b71 !== undefined ? b71.value : u71, b72?.value, b73?.value, b74?.value, b75?.value, b76?.value, b77?.value, b78 !== undefined ? b78.value : u78, b79 !== undefined ? b79.value : u79, b80 !== undefined ? b80.value : u80, b81 !== undefined ? b81.value : u81, b82 !== undefined ? b82.value : u82, b83 !== undefined ? b83.value : u83, b84 !== undefined ? b84.value : u84, b85?.value, b86 !== undefined ? b86.value : u86, b87?.value, b88 !== undefined ? b88.value : u88, b89 !== undefined ? b89.value : u89, b90 !== undefined ? b90.value : u90, b91?.value, b92 !== undefined ? b92.value : u92, b93 !== undefined ? b93.value : u93, b94 !== undefined ? b94.value : u94, b95 !== undefined ? b95.value : u95, b96 !== undefined ? b96.value : u96, b97?.value, b98?.value, b99?.value, b100?.value, b101 !== undefined ? b101.value : u101, b102?.value, b103?.value, b104?.value, b105?.value, b106?.value, b107?.value, b108?.value, b109?.value, b110?.value, b111?.value, b112?.value, b113?.value, b114?.value, b115 !== undefined ? b115.value : u115, b116?.value, b117?.value, b118 !== undefined ? b118.value : u118, b119 !== undefined ? b119.value : u119, b120 !== undefined ? b120.value : u120, b121 !== undefined ? b121.value : u121, b122 !== undefined ? b122.value : u122, b123 !== undefined ? b123.value : u123, b124?.value, b125?.value, b126 !== undefined ? b126.value : u126, b127?.value, b128 !== undefined ? b128.value : u128, b129?.value, b130?.value, b131?.value, b132?.value, b133 !== undefined ? b133.value : u133, b134 !== undefined ? b134.value : u134, b135 !== undefined ? b135.value : u135, b136 !== undefined ? b136.value : u136, b137?.value, b138?.value, b139?.value, b140 !== undefined ? b140.value : u140, b141?.value, b142 !== undefined ? b142.value : u142, b143 !== undefined ? b143.value : u143, b144 !== undefined ? b144.value : u144, b145 !== undefined ? b145.value : u145, b146 !== undefined ? b146.value : u146, b147 !== undefined ? b147.value : u147, b148?.value, b149 !== undefined ? b149.value : u149, b150?.value, b151 !== undefined ? b151.value : u151, b152 !== undefined ? b152.value : u152, b153 !== undefined ? b153.value : u153, b154?.value, b155 !== undefined ? b155.value : u155, b156 !== undefined ? b156.value : u156, b157 !== undefined ? b157.value : u157, b158 !== undefined ? b158.value : u158, b159?.value, b160 !== undefined ? b160.value : u160, b161 !== undefined ? b161.value : u161, b162 !== undefined ? b162.value : u162, b163?.value, b164 !== undefined ? b164.value : u164, b165 !== undefined ? b165.value : u165, b166 !== undefined ? b166.value : u166, b167 !== undefined ? b167.value : u167, b168?.value, b169?.value, b170?.value, b171?.value, b172?.value, b173?.value, b174 !== undefined ? b174.value : u174, b175?.value, b176?.value, b177?.value, b178?.value, b179?.value, b180?.value, b181?.value, b182 !== undefined ? b182.value : u182, b183 !== undefined ? b183.value : u183, b184 !== undefined ? b184.value : u184, b185 !== undefined ? b185.value : u185, b186 !== undefined ? b186.value : u186, b187 !== undefined ? b187.value : u187, b188 !== undefined ? b188.value : u188, b189 !== undefined ? b189.value : u189, b190 !== undefined ? b190.value : u190, b191?.value, b192 !== undefined ? b192.value : u192, b193 !== undefined ? b193.value : u193, b194 !== undefined ? b194.value : u194, b195 !== undefined ? b195.value : u195, b196 !== undefined ? b196.value : u196, b197 !== undefined ? b197.value : u197, b198?.value, b199 !== undefined ? b199.value : u199, b200?.value, b201 !== undefined ? b201.value : u201, b202 !== undefined ? b202.value : u202, b203 !== undefined ? b203.value : u203, b204?.value, b205 !== undefined ? b205.value : u205, b206 !== undefined ? b206.value : u206, b207 !== undefined ? b207.value : u207, b208 !== undefined ? b208.value : u208, b209 !== undefined ? b209.value : u209, b210 !== undefined ? b210.value : u210, b211 !== undefined ? b211.value : u211, b212?.value, b213?.value, b214?.value, b215?.value, b216 !== undefined ? b216.value : u216, b217?.value, b218?.value, b219?.value, b220?.value, b221?.value, b222?.value, b223?.value, b224?.value, b225 !== undefined ? b225.value : u225, b226 !== undefined ? b226.value : u226, b227 !== undefined ? b227.value : u227, b228?.value, b229?.value, b230?.value, b231?.value, b232?.value, b233?.value, b234?.value, b235?.value, b236?.value, b237 !== undefined ? b237.value : u237, b238 !== undefined ? b238.value : u238, b239 !== undefined ? b239.value : u239, b240 !== undefined ? b240.value : u240, b241 !== undefined ? b241.value : u241, b242 !== undefined ? b242.value : u242, b243 !== undefined ? b243.value : u243, b244?.value, b245 !== undefined ? b245.value : u245, b246 !== undefined ? b246.value : u246, b247 !== undefined ? b247.value : u247, b248?.value, b249 !== undefined ? b249.value : u249, b250 !== undefined ? b250.value : u250, b251 !== undefined ? b251.value : u251, b252 !== undefined ? b252.value : u252, b253?.value, b254 !== undefined ? b254.value : u254, b255 !== undefined ? b255.value : u255, b256 !== undefined ? b256.value : u256, b257?.value, b258 !== undefined ? b258.value : u258, b259 !== undefined ? b259.value : u259, b260 !== undefined ? b260.value : u260, b261 !== undefined ? b261.value : u261, b262?.value, b263?.value, b264?.value, b265?.value, b266?.value, b267 !== undefined ? b267.value : u267, b268?.value, b269?.value, b270?.value, b271?.value, b272 !== undefined ? b272.value : u272, b273?.value, b274 !== undefined ? b274.value : u274, b275 !== undefined ? b275.value : u275, b276 !== undefined ? b276.value : u276, b277 !== undefined ? b277.value : u277, b278 !== undefined ? b278.value : u278, b279 !== undefined ? b279.value : u279, b280?.value, b281 !== undefined ? b281.value : u281, b282 !== undefined ? b282.value : u282, b283 !== undefined ? b283.value : u283, b284?.value, b285 !== undefined ? b285.value : u285, b286 !== undefined ? b286.value : u286, b287 !== undefined ? b287.value : u287, b288 !== undefined ? b288.value : u288, b289?.value, b290 !== undefined ? b290.value : u290, b291 !== undefined ? b291.value : u291, b292 !== undefined ? b292.value : u292, b293?.value, b294 !== undefined ? b294.value : u294, b295 !== undefined ? b295.value : u295, b296 !== undefined ? b296.value : u296, b297 !== undefined ? b297.value : u297, b298?.value, b299?.value, b300?.value, b301?.value, b302?.value, b303 !== undefined ? b303.value : u303, b304?.value, b305?.value, b306?.value, b307?.value, b308 !== undefined ? b308.value : u308, b309?.value, b310 !== undefined ? b310.value : u310, b311 !== undefined ? b311.value : u311, b312 !== undefined ? b312.value : u312, b313 !== undefined ? b313.value : u313, b314 !== undefined ? b314.value : u314, b315 !== undefined ? b315.value : u315, b316?.value, b317 !== undefined ? b317.value : u317, b318 !== undefined ? b318.value : u318, b319 !== undefined ? b319.value : u319, b320?.value, b321 !== undefined ? b321.value : u321, b322 !== undefined ? b322.value : u322, b323 !== undefined ? b323.value : u323, b324 !== undefined ? b324.value : u324, b325?.value, b326 !== undefined ? b326.value : u326, b327 !== undefined ? b327.value : u327, b328 !== undefined ? b328.value : u328, b329?.value, b330 !== undefined ? b330.value : u330, b331 !== undefined ? b331.value : u331, b332 !== undefined ? b332.value : u332, b333 !== undefined ? b333.value : u333, b334?.value, b335?.value, b336?.value, b337?.value, b338?.value, b339 !== undefined ? b339.value : u339, b340?.value, b341?.value, b342?.value, b343?.value, b344 !== undefined ? b344.value : u344, b345?.value, b346 !== undefined ? b346.value : u346, b347 !== undefined ? b347.value : u347, b348 !== undefined ? b348.value : u348, b349 !== undefined ? b349.value : u349, b350 !== undefined ? b350.value : u350, b351 !== undefined ? b351.value : u351, b352?.value, b353 !== undefined ? b353.value : u353, b354 !== undefined ? b354.value : u354, b355 !== undefined ? b355.value : u355, b356?.value, b357 !== undefined ? b357.value : u357, b358 !== undefined ? b358.value : u358, b359 !== undefined ? b359.value : u359, b360 !== undefined ? b360.value : u360, b361?.value, b362 !== undefined ? b362.value : u362, b363 !== undefined ? b363.value : u363, b364 !== undefined ? b364.value : u364, b365?.value, b366 !== undefined ? b366.value : u366, b367 !== undefined ? b367.value : u367, b368 !== undefined ? b368.value : u368, b369 !== undefined ? b369.value : u369, b370?.value, b371?.value, b372?.value, b373?.value, b374?.value, b375 !== undefined ? b375.value : u375, b376?.value, b377?.value, b378?.value, b379?.value, b380 !== undefined ? b380.value : u380, b381?.value, b382 !== undefined ? b382.value : u382, b383 !== undefined ? b383.value : u383, b384 !== undefined ? b384.value : u384, b385 !== undefined ? b385.value : u385, b386 !== undefined ? b386.value : u386, b387 !== undefined ? b387.value : u387, b388?.value, b389 !== undefined ? b389.value : u389, b390 !== undefined ? b390.value : u390, b391 !== undefined ? b391.value : u391, b392?.value, b393 !== undefined ? b393.value : u393, b394 !== undefined ? b394.value : u394, b395 !== undefined ? b395.value : u395, b396 !== undefined ? b396.value : u396, b397?.value, b398 !== undefined ? b398.value : u398, b399 !== undefined ? b399.value : u399, b400 !== undefined ? b400.value : u400, b401?.value, b402 !== undefined ? b402.value : u402, b403 !== undefined ? b403.value : u403, b404 !== undefined ? b404.value : u404, b405 !== undefined ? b405.value : u405, b406?.value, b407?.value, b408?.value, b409?.value, b410?.value, b411 !== undefined ? b411.value : u411, b412?.value, b413?.value, b414?.value, b415?.value, b416?.value, b417?.value, b418?.value, b419?.value, b420?.value, b421 !== undefined ? b421.value : u421, b422?.value, b423 !== undefined ? b423.value : u423, b424 !== undefined ? b424.value : u424, b425 !== undefined ? b425.value : u425, b426 !== undefined ? b426.value : u426, b427 !== undefined ? b427.value : u427, b428 !== undefined ? b428.value : u428, b429?.value, b430 !== undefined ? b430.value : u430, b431 !== undefined ? b431.value : u431, b432 !== undefined ? b432.value : u432, b433?.value, b434 !== undefined ? b434.value : u434, b435 !== undefined ? b435.value : u435, b436 !== undefined ? b436.value : u436, b437 !== undefined ? b437.value : u437, b438?.value, b439 !== undefined ? b439.value : u439, b440 !== undefined ? b440.value : u440, b441 !== undefined ? b441.value : u441, b442?.value, b443 !== undefined ? b443.value : u443, b444 !== undefined ? b444.value : u444, b445 !== undefined ? b445.value : u445, b446 !== undefined ? b446.value : u446, b447?.value, b448?.value, b449?.value, b450?.value, b451?.value, b452 !== undefined ? b452.value : u452, b453?.value, b454?.value, b455?.value, b456?.value, b457 !== undefined ? b457.value : u457, b458?.value, b459 !== undefined ? b459.value : u459, b460 !== undefined ? b460.value : u460, b461 !== undefined ? b461.value : u461, b462?.value, b463 !== undefined ? b463.value : u463, b464?.value, b465?.value, b466 !== undefined ? b466.value : u466, b467?.value, b468?.value, b469?.value, b470 !== undefined ? b470.value : u470, b471?.value, b472?.value, b473 !== undefined ? b473.value : u473, b474 !== undefined ? b474.value : u474, b475 !== undefined ? b475.value : u475, b476 !== undefined ? b476.value : u476, b477 !== undefined ? b477.value : u477, b478?.value, b479?.value, b480?.value, b481?.value, b482?.value, b483 !== undefined ? b483.value : u483, b484 !== undefined ? b484.value : u484, b485 !== undefined ? b485.value : u485, b486?.value, b487 !== undefined ? b487.value : u487, b488?.value, b489?.value, b490 !== undefined ? b490.value : u490, b491?.value, b492?.value, b493?.value, b494 !== undefined ? b494.value : u494, b495?.value, b496?.value, b497 !== undefined ? b497.value : u497, b498?.value, b499 !== undefined ? b499.value : u499, b500 !== undefined ? b500.value : u500, b501 !== undefined ? b501.value : u501, b502 !== undefined ? b502.value : u502, b503 !== undefined ? b503.value : u503, b504 !== undefined ? b504.value : u504, b505?.value, b506 !== undefined ? b506.value : u506, b507?.value, b508 !== undefined ? b508.value : u508, b509 !== undefined ? b509.value : u509, b510 !== undefined ? b510.value : u510, b511 !== undefined ? b511.value : u511, b512?.value, b513?.value, b514?.value, b515?.value, b516?.value, b517 !== undefined ? b517.value : u517, b518?.value, b519 !== undefined ? b519.value : u519, b520?.value, b521 !== undefined ? b521.value : u521, b522 !== undefined ? b522.value : u522, b523 !== undefined ? b523.value : u523, b524 !== undefined ? b524.value : u524, b525 !== undefined ? b525.value : u525, b526 !== undefined ? b526.value : u526, b527 !== undefined ? b527.value : u527, b528 !== undefined ? b528.value : u528, b529 !== undefined ? b529.value : u529, b530 !== undefined ? b530.value : u530, b531 !== undefined ? b531.value : u531, b532 !== undefined ? b532.value : u532, b533?.value, b534 !== undefined ? b534.value : u534, b535 !== undefined ? b535.value : u535, b536 !== undefined ? b536.value : u536, b537?.value, b538 !== undefined ? b538.value : u538, b539 !== undefined ? b539.value : u539, b540 !== undefined ? b540.value : u540, b541 !== undefined ? b541.value : u541, b542?.value, b543 !== undefined ? b543.value : u543, b544 !== undefined ? b544.value : u544, b545 !== undefined ? b545.value : u545, b546?.value, b547 !== undefined ? b547.value : u547, b548 !== undefined ? b548.value : u548, b549 !== undefined ? b549.value : u549, b550 !== undefined ? b550.value : u550, b551?.value, b552?.value, b553?.value, b554?.value, b555?.value, b556?.value, b557?.value, b558?.value, b559 !== undefined ? b559.value : u559, b560 !== undefined ? b560.value : u560, b561?.value, b562 !== undefined ? b562.value : u562, b563?.value, b564?.value, b565 !== undefined ? b565.value : u565, b566 !== undefined ? b566.value : u566, b567 !== undefined ? b567.value : u567, b568 !== undefined ? b568.value : u568, b569 !== undefined ? b569.value : u569, b570 !== undefined ? b570.value : u570, b571 !== undefined ? b571.value : u571, b572 !== undefined ? b572.value : u572, b573 !== undefined ? b573.value : u573, b574 !== undefined ? b574.value : u574, b575 !== undefined ? b575.value : u575, b576 !== undefined ? b576.value : u576, b577 !== undefined ? b577.value : u577, b578 !== undefined ? b578.value : u578, b579 !== undefined ? b579.value : u579, b580?.value, b581 !== undefined ? b581.value : u581, b582 !== undefined ? b582.value : u582, b583 !== undefined ? b583.value : u583, b584?.value, b585 !== undefined ? b585.value : u585, b586 !== undefined ? b586.value : u586, b587 !== undefined ? b587.value : u587, b588 !== undefined ? b588.value : u588, b589?.value, b590 !== undefined ? b590.value : u590, b591 !== undefined ? b591.value : u591, b592 !== undefined ? b592.value : u592, b593?.value, b594 !== undefined ? b594.value : u594, b595 !== undefined ? b595.value : u595, b596 !== undefined ? b596.value : u596, b597 !== undefined ? b597.value : u597, b598 !== undefined ? b598.value : u598, b599?.value, b600?.value, b601?.value, b602?.value, b603?.value, b604?.value, b605 !== undefined ? b605.value : u605, b606 !== undefined ? b606.value : u606, b607 !== undefined ? b607.value : u607, b608 !== undefined ? b608.value : u608, b609?.value, b610?.value, b611?.value, b612?.value, b613?.value, b614?.value, b615 !== undefined ? b615.value : u615, b616 !== undefined ? b616.value : u616, b617 !== undefined ? b617.value : u617, b618 !== undefined ? b618.value : u618, b619 !== undefined ? b619.value : u619, b620?.value, b621 !== undefined ? b621.value : u621, b622?.value, b623?.value, b624 !== undefined ? b624.value : u624, b625 !== undefined ? b625.value : u625, b626 !== undefined ? b626.value : u626, b627 !== undefined ? b627.value : u627, b628 !== undefined ? b628.value : u628, b629 !== undefined ? b629.value : u629, b630 !== undefined ? b630.value : u630, b631 !== undefined ? b631.value : u631, b632 !== undefined ? b632.value : u632, b633?.value, b634 !== undefined ? b634.value : u634, b635?.value, b636?.value, b637?.value, b638?.value, b639?.value, b640 !== undefined ? b640.value : u640, b641 !== undefined ? b641.value : u641, b642 !== undefined ? b642.value : u642, b643 !== undefined ? b643.value : u643, b644 !== undefined ? b644.value : u644, b645?.value, b646 !== undefined ? b646.value : u646, b647?.value, b648?.value, b649 !== undefined ? b649.value : u649, b650 !== undefined ? b650.value : u650, b651 !== undefined ? b651.value : u651, b652 !== undefined ? b652.value : u652, b653 !== undefined ? b653.value : u653, b654 !== undefined ? b654.value : u654, b655 !== undefined ? b655.value : u655, b656 !== undefined ? b656.value : u656, b657 !== undefined ? b657.value : u657, b658?.value, b659 !== undefined ? b659.value : u659, b660 !== undefined ? b660.value : u660, b661 !== undefined ? b661.value : u661, b662 !== undefined ? b662.value : u662, b663?.value, b664?.value, b665?.value, b666?.value, b667?.value, b668 !== undefined ? b668.value : u668, b669 !== undefined ? b669.value : u669, b670 !== undefined ? b670.value : u670, b671 !== undefined ? b671.value : u671, b672 !== undefined ? b672.value : u672, b673?.value, b674 !== undefined ? b674.value : u674, b675?.value, b676 !== undefined ? b676.value : u676, b677 !== undefined ? b677.value : u677, b678 !== undefined ? b678.value : u678, b679 !== undefined ? b679.value : u679, b680 !== undefined ? b680.value : u680, b681 !== undefined ? b681.value : u681, b682 !== undefined ? b682.value : u682, b683 !== undefined ? b683.value : u683, b684 !== undefined ? b684.value : u684, b685 !== undefined ? b685.value : u685, b686 !== undefined ? b686.value : u686, b687 !== undefined ? b687.value : u687, b688 !== undefined ? b688.value : u688, b689 !== undefined ? b689.value : u689, b690 !== undefined ? b690.value : u690, b691 !== undefined ? b691.value : u691, b692 !== undefined ? b692.value : u692, b693?.value, b694 !== undefined ? b694.value : u694, b695 !== undefined ? b695.value : u695, b696 !== undefined ? b696.value : u696, b697 !== undefined ? b697.value : u697, b698?.value, b699?.value, b700?.value, b701?.value, b702 !== undefined ? b702.value : u702, b703?.value, b704?.value, b705?.value, b706?.value, b707 !== undefined ? b707.value : u707, b708?.value, b709 !== undefined ? b709.value : u709, b710 !== undefined ? b710.value : u710, b711?.value, b712?.value, b713?.value, b714?.value, b715?.value, b716?.value, b717 !== undefined ? b717.value : u717, b718 !== undefined ? b718.value : u718, b719?.value, b720?.value, b721 !== undefined ? b721.value : u721, b722 !== undefined ? b722.value : u722, b723 !== undefined ? b723.value : u723, b724?.value, b725?.value, b726?.value, b727 !== undefined ? b727.value : u727, b728 !== undefined ? b728.value : u728, b729 !== undefined ? b729.value : u729, b730 !== undefined ? b730.value : u730, b731 !== undefined ? b731.value : u731, b732?.value, b733?.value, b734 !== undefined ? b734.value : u734, b735?.value, b736 !== undefined ? b736.value : u736, b737 !== undefined ? b737.value : u737, b738 !== undefined ? b738.value : u738, b739?.value, b740 !== undefined ? b740.value : u740, b741 !== undefined ? b741.value : u741, b742 !== undefined ? b742.value : u742, b743 !== undefined ? b743.value : u743, b744?.value, b745?.value, b746?.value, b747?.value, b748 !== undefined ? b748.value : u748, b749?.value, b750?.value, b751?.value, b752?.value, b753?.value, b754?.value, b755?.value, b756 !== undefined ? b756.value : u756, b757?.value, b758 !== undefined ? b758.value : u758, b759 !== undefined ? b759.value : u759, b760?.value, b761?.value, b762?.value, b763?.value, b764?.value, b765?.value, b766 !== undefined ? b766.value : u766, b767?.value, b768?.value, b769 !== undefined ? b769.value : u769, b770 !== undefined ? b770.value : u770, b771 !== undefined ? b771.value : u771, b772?.value, b773?.value, b774?.value, b775 !== undefined ? b775.value : u775, b776 !== undefined ? b776.value : u776, b777 !== undefined ? b777.value : u777, b778?.value, b779 !== undefined ? b779.value : u779, b780 !== undefined ? b780.value : u780, b781 !== undefined ? b781.value : u781, b782 !== undefined ? b782.value : u782, b783?.value, b784?.value, b785?.value, b786?.value, b787?.value, b788?.value, b789?.value, b790?.value, b791?.value, b792?.value, b793?.value, b794?.value, b795?.value, b796?.value, b797?.value, b798?.value, b799?.value, b800?.value, b801 !== undefined ? b801.value : u801, b802?.value, b803?.value, b804?.value, b805 !== undefined ? b805.value : u805, b806 !== undefined ? b806.value : u806, b807?.value, b808?.value, b809 !== undefined ? b809.value : u809, b810?.value, b811?.value, b812?.value, b813 !== undefined ? b813.value : u813, b814?.value, b815 !== undefined ? b815.value : u815, b816 !== undefined ? b816.value : u816, b817?.value, b818?.value, b819 !== undefined ? b819.value : u819, b820 !== undefined ? b820.value : u820, b821?.value, b822?.value, b823 !== undefined ? b823.value : u823, b824?.value, b825?.value, b826?.value, b827 !== undefined ? b827.value : u827, b828 !== undefined ? b828.value : u828, b829?.value, b830?.value, b831?.value, b832?.value, b833?.value, b834 !== undefined ? b834.value : u834, b835 !== undefined ? b835.value : u835, b836 !== undefined ? b836.value : u836, b837 !== undefined ? b837.value : u837, b838 !== undefined ? b838.value : u838, b839 !== undefined ? b839.value : u839, b840?.value, b841 !== undefined ? b841.value : u841, b842 !== undefined ? b842.value : u842, b843?.value, b844?.value, b845 !== undefined ? b845.value : u845, b846?.value, b847 !== undefined ? b847.value : u847, b848 !== undefined ? b848.value : u848, b849?.value, b850 !== undefined ? b850.value : u850, b851 !== undefined ? b851.value : u851, b852?.value, b853?.value, b854?.value, b855?.value, b856?.value, b857?.value, b858?.value, b859?.value, b860?.value, b861?.value, b862?.value, b863?.value, b864?.value, b865 !== undefined ? b865.value : u865, b866 !== undefined ? b866.value : u866, b867?.value, b868?.value, b869 !== undefined ? b869.value : u869, b870 !== undefined ? b870.value : u870, b871?.value, b872?.value, b873?.value, b874?.value, b875 !== undefined ? b875.value : u875, b876 !== undefined ? b876.value : u876, b877 !== undefined ? b877.value : u877, b878 !== undefined ? b878.value : u878, b879 !== undefined ? b879.value : u879, b880 !== undefined ? b880.value : u880, b881 !== undefined ? b881.value : u881, b882 !== undefined ? b882.value : u882, b883?.value, b884 !== undefined ? b884.value : u884, b885 !== undefined ? b885.value : u885, b886?.value, b887?.value, b888 !== undefined ? b888.value : u888, b889 !== undefined ? b889.value : u889, b890 !== undefined ? b890.value : u890, b891 !== undefined ? b891.value : u891, b892 !== undefined ? b892.value : u892, b893 !== undefined ? b893.value : u893, b894 !== undefined ? b894.value : u894, b895 !== undefined ? b895.value : u895, b896 !== undefined ? b896.value : u896, b897 !== undefined ? b897.value : u897, b898 !== undefined ? b898.value : u898, b899 !== undefined ? b899.value : u899, b900 !== undefined ? b900.value : u900, b901 !== undefined ? b901.value : u901, b902?.value, b903 !== undefined ? b903.value : u903, b904 !== undefined ? b904.value : u904, b905 !== undefined ? b905.value : u905, b906?.value, b907?.value, b908?.value, b909 !== undefined ? b909.value : u909, b910 !== undefined ? b910.value : u910, b911 !== undefined ? b911.value : u911, b912?.value, b913?.value, b914?.value, b915 !== undefined ? b915.value : u915, b916 !== undefined ? b916.value : u916, b917 !== undefined ? b917.value : u917, b918 !== undefined ? b918.value : u918, b919 !== undefined ? b919.value : u919, b920 !== undefined ? b920.value : u920, b921 !== undefined ? b921.value : u921, b922?.value, b923 !== undefined ? b923.value : u923, b924 !== undefined ? b924.value : u924, b925 !== undefined ? b925.value : u925, b926?.value, b927?.value, b928 !== undefined ? b928.value : u928, b929 !== undefined ? b929.value : u929, b930?.value, b931?.value, b932 !== undefined ? b932.value : u932, b933 !== undefined ? b933.value : u933, b934 !== undefined ? b934.value : u934, b935?.value, b936?.value, b937?.value, b938 !== undefined ? b938.value : u938, b939 !== undefined ? b939.value : u939, b940 !== undefined ? b940.value : u940, b941 !== undefined ? b941.value : u941, b942 !== undefined ? b942.value : u942, b943 !== undefined ? b943.value : u943, b944?.value, b945?.value, b946 !== undefined ? b946.value : u946, b947?.value, b948 !== undefined ? b948.value : u948, b949 !== undefined ? b949.value : u949, b950 !== undefined ? b950.value : u950, b951 !== undefined ? b951.value : u951, b952?.value]);
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
    rec.enterFrame(1, 18, [b0!], 12);
    b6 = __metajit_trace_12(rec, b2!, b1!);
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
    rec.enterFrame(1, 18, [b0!], 12);
    b6 = __metajit_trace_12_2(rec, b2!, u1);
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
    rec.enterFrame(2, 5, [b0!], 12);
    b2 = __metajit_trace_12(rec, b3!, b1!);
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
    rec.enterFrame(3, 89, [], 13);
    b16 = __metajit_trace_13(rec, b0!, b15!);
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
    rec.enterFrame(3, 89, [], 13);
    b16 = __metajit_trace_13_2(rec, b0!, u15);
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
    rec.enterFrame(4, 49, [], 13);
    b9 = __metajit_trace_13(rec, b0!, b1!);
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
    rec.enterFrame(5, 19, [b0!, b1!, b2!], 12);
    b7 = __metajit_trace_12(rec, b3!, b1!);
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
    rec.enterFrame(5, 19, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!], 12);
    b7 = __metajit_trace_12_2(rec, b3!, u1);
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
    rec.enterFrame(6, 5, [b0!, b1!, b2!], 12);
    b3 = __metajit_trace_12(rec, b4!, b1!);
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
    rec.enterFrame(7, 88, [], 14);
    __metajit_trace_14(rec, b0!, b1!, b2!);
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
/** Traces jitcode 9 (LuaTable.length). */
function __metajit_trace_9(rec: __metajit_Recorder, p0: __metajit_Value): __metajit_Value {
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
            b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k9_3], v);
          }
          b5 = b4;
          at = 19;
          const c19 = b4!;
          if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(9, 19, [b0!, b1!, b2!, b4!, b5!]));
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
            b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k9_5], v);
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
            const v = v0 === __metajit_k9_6.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k9_6], v);
          }
          b5 = b9;
          block = 48;
          continue dispatch;
        }
        case 48: {
          at = 48;
          const c48 = rec.resolve(b5!);
          if (!c48.isConst) rec.guard(c48.value === true ? "guard_true" : "guard_false", [c48], rec.snapshot(9, 48, [b0!, b1!, b2!, b5!]));
          if (c48.value !== true) {
            block = 131;
            continue dispatch;
          }
          block = 56;
          continue dispatch;
        }
        case 56: {
          u10 = 0;
          b10 = __metajit_k9_3;
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
            b12 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k9_5], v);
          }
          at = 67;
          const c67 = b12!;
          if (!c67.isConst) rec.guard(c67.value === true ? "guard_true" : "guard_false", [c67], rec.snapshot(9, 67, [b1!, b2!, b10!, b12!]));
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
            b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k9_9], v);
          }
          at = 83;
          b13 = rec.record("call_pure", [__metajit_k9_7, b15!], { descr: null, type: "float", snapshot: rec.snapshot(9, 83, [b1!, b2!, b10!]) });
          at = 93;
          {
            const x0 = b13!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k9_5], v);
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
            const v = v0 === __metajit_k9_6.value;
            b19 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k9_6], v);
          }
          at = 110;
          const c110 = b19!;
          if (!c110.isConst) rec.guard(c110.value === true ? "guard_true" : "guard_false", [c110], rec.snapshot(9, 110, [b1!, b2!, b10!, b13!, b19!]));
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
            b21 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k9_3], v);
          }
          at = 140;
          const c140 = b21!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(9, 140, [b0!, b2!, b21!]));
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
          rec.enterFrame(9, 149, [], 15);
          b22 = __metajit_trace_15(rec, b0!, b2!);
          rec.leaveFrame();
          return b22!;
        }
        default: throw new Error("LuaTable.length: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value]);
  }
}
/** Traces jitcode 10 (Interpreter.pushFrame), arguments 4, 6, 7 constant. */
function __metajit_trace_10_208(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: number, p7: number): __metajit_Value {
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
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k10_2], v);
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
    if (!c18.isConst) rec.guard(c18.value === true ? "guard_true" : "guard_false", [c18], rec.snapshot(10, 18, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b11!]));
    if (c18.value !== true) {
      break L41;
    }
    at = 32;
    b12 = rec.record("call", [__metajit_k10_4, b0!], { descr: null, type: "ref", snapshot: rec.snapshot(10, 32, []) });
    throw b12!.value;
    }
    at = 41;
    rec.enterFrame(10, 41, [b1!, b2!, b8!], 16);
    b13 = __metajit_trace_16_104(rec, b0!, b2!, b3!, u4, b5!, u6, u7);
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
      b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k10_2], v);
    }
    at = 86;
    rec.record("setfield", [b1!, b18!], __metajit_o57);
    return b13!;
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 11 (Interpreter.tailFrame), arguments 4 constant. */
function __metajit_trace_11_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    rec.enterFrame(11, 10, [b1!, b2!, b6!], 16);
    b7 = __metajit_trace_16_8(rec, b0!, b2!, b3!, u4, b5!, b8!, b9!);
    rec.leaveFrame();
    at = 25;
    b10 = rec.record("getfield", [b6!], __metajit_o60);
    at = 30;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k11_4], v);
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
      b12 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k11_4], v);
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
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value]);
  }
}
/** Traces jitcode 12 (Shape.lookup). */
function __metajit_trace_12(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k12_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(12, 16, [b0!, b1!, b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k12_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(12, 35, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(12, 57, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k12_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o69);
          at = 81;
          b12 = rec.record("call", [__metajit_k12_10, b13!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(12, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k12_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(12, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k12_8;
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
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 12 (Shape.lookup), arguments 1 constant. */
function __metajit_trace_12_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k12_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(12, 16, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k12_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(12, 35, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(12, 57, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k12_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o69);
          at = 81;
          b12 = rec.record("call", [__metajit_k12_10, b13!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(12, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k12_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(12, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k12_8;
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
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 13 (LuaTable.getHashed). */
function __metajit_trace_13(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
      const v = v0 === __metajit_k13_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(13, 9, [b1!, b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k13_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o71);
    at = 23;
    b4 = rec.record("call", [__metajit_k13_3, b5!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k13_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(13, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k13_1.value;
    b6 = __metajit_k13_1;
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
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 13 (LuaTable.getHashed), arguments 1 constant. */
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
      const v = v0 === __metajit_k13_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(13, 9, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k13_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o71);
    at = 23;
    b4 = rec.record("call", [__metajit_k13_3, b5!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(13, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k13_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(13, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k13_1.value;
    b6 = __metajit_k13_1;
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
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 14 (LuaTable.setNumSlow). */
function __metajit_trace_14(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
      const v = v0 === __metajit_k14_1.value;
      b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
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
    if (!c12.isConst) rec.guard(c12.value === true ? "guard_true" : "guard_false", [c12], rec.snapshot(14, 12, [b0!, b1!, b2!, b3!, b5!]));
    if (c12.value !== true) {
      break L75;
    }
    at = 21;
    b7 = rec.record("getfield_imm", [b3!], __metajit_o75);
    at = 26;
    b6 = rec.record("call", [__metajit_k14_3, b7!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(14, 26, [b0!, b1!, b2!, b3!]) });
    at = 38;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = v0 === __metajit_k14_1.value;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_1], v);
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
    if (!c45.isConst) rec.guard(c45.value === true ? "guard_true" : "guard_false", [c45], rec.snapshot(14, 45, [b0!, b1!, b2!, b3!, b6!, b9!]));
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
    return __metajit_k14_1;
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
    if (!c82.isConst) rec.guard(c82.value === true ? "guard_true" : "guard_false", [c82], rec.snapshot(14, 82, [b0!, b1!, b2!, b14!]));
    if (c82.value !== true) {
      break L99;
    }
    at = 90;
    b15 = rec.record("call", [__metajit_k14_6, __metajit_k14_7], { descr: null, type: "ref", snapshot: rec.snapshot(14, 90, []) });
    throw b15!.value;
    }
    at = 99;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k14_10], v);
    }
    at = 103;
    const c103 = b17!;
    if (!c103.isConst) rec.guard(c103.value === true ? "guard_true" : "guard_false", [c103], rec.snapshot(14, 103, [b0!, b1!, b2!, b17!]));
    if (c103.value !== true) {
      break L116;
    }
    u16 = 0;
    b16 = __metajit_k14_10;
    b16 ??= __metajit_G.float(u16);
    break L119;
    }
    b16 = b1;
    }
    at = 119;
    rec.record("call", [__metajit_k14_8, b0!, b16!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(14, 119, []) });
    return __metajit_k14_1;
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16 !== undefined ? b16.value : u16, b17?.value]);
  }
}
/** Traces jitcode 15 (LuaTable.unboundSearch). */
function __metajit_trace_15(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k15_1], v);
          }
          block = 7;
          continue dispatch;
        }
        case 7: {
          at = 7;
          rec.enterFrame(15, 7, [b0!, b2!, b3!], 3);
          b4 = __metajit_trace_3(rec, b0!, b3!);
          rec.leaveFrame();
          at = 17;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value;
            const v = v0 === __metajit_k15_2.value;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_2], v);
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
          if (!c24.isConst) rec.guard(c24.value === true ? "guard_true" : "guard_false", [c24], rec.snapshot(15, 24, [b0!, b2!, b3!, b6!]));
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k15_4], v);
          }
          at = 39;
          {
            const x0 = b3!;
            const v0 = x0.value as number;
            const v = v0 > 2147483647;
            b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k15_6], v);
          }
          at = 43;
          const c43 = b7!;
          if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(15, 43, [b0!, b2!, b3!, b7!]));
          if (c43.value !== true) {
            block = 89;
            continue dispatch;
          }
          block = 51;
          continue dispatch;
        }
        case 51: {
          u2 = 1;
          b2 = __metajit_k15_1;
          block = 54;
          continue dispatch;
        }
        case 54: {
          at = 54;
          rec.enterFrame(15, 54, [b0!, (b2 ??= __metajit_G.float(u2))], 3);
          b8 = __metajit_trace_3_2(rec, b0!, u2);
          rec.leaveFrame();
          at = 63;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k15_2.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_2], v);
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
          if (!c70.isConst) rec.guard(c70.value === true ? "guard_true" : "guard_false", [c70], rec.snapshot(15, 70, [b0!, (b2 ??= __metajit_G.float(u2)), b10!]));
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
            b13 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k15_1], v);
          }
          at = 99;
          const c99 = b13!;
          if (!c99.isConst) rec.guard(c99.value === true ? "guard_true" : "guard_false", [c99], rec.snapshot(15, 99, [b0!, b2!, b3!, b13!]));
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
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k15_4], v);
          }
          at = 115;
          b14 = rec.record("call_pure", [__metajit_k15_7, b16!], { descr: null, type: "float", snapshot: rec.snapshot(15, 115, [b0!, b2!, b3!]) });
          at = 125;
          rec.enterFrame(15, 125, [b0!, b2!, b3!, b14!], 3);
          b17 = __metajit_trace_3(rec, b0!, b14!);
          rec.leaveFrame();
          at = 136;
          {
            const x0 = rec.resolve(b17!);
            const v0 = x0.value;
            const v = v0 === __metajit_k15_2.value;
            b18 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k15_2], v);
          }
          at = 140;
          const c140 = b18!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(15, 140, [b0!, b2!, b3!, b14!, b18!]));
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
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11 !== undefined ? b11.value : u11, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 16 (Interpreter.newFrame), arguments 3 constant. */
function __metajit_trace_16_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
  let u10!: number;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let u12!: unknown;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: number;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
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
          b9 = rec.record("new_array", [__metajit_k16_3], __metajit_o80);
          u10 = 0;
          b10 = __metajit_k16_4;
          block = 17;
          continue dispatch;
        }
        case 17: {
          at = 17;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u10 < v1;
            b11 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b10 ??= __metajit_G.float(u10)), x1], v);
          }
          at = 21;
          const c21 = b11!;
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(16, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
          if (c21.value !== true) {
            block = 103;
            continue dispatch;
          }
          block = 37;
          continue dispatch;
        }
        case 37: {
          at = 37;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u10 < v1;
            b13 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b10 ??= __metajit_G.float(u10)), x1], v);
          }
          at = 41;
          const c41 = b13!;
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(16, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
          if (c41.value !== true) {
            block = 75;
            continue dispatch;
          }
          block = 57;
          continue dispatch;
        }
        case 57: {
          u14 = u3 + u10;
          b14 = undefined;
          u15 = u14 | 0;
          b15 = undefined;
          at = 64;
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o81);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k16_6.value;
          b12 = __metajit_k16_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k16_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(16, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
          u10 = u10 + 1;
          b10 = undefined;
          block = 17;
          continue dispatch;
        }
        case 103: {
          b18 = b8;
          block = 106;
          continue dispatch;
        }
        case 106: {
          at = 106;
          b19 = rec.record("getfield_imm", [b7!], __metajit_o82);
          at = 111;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b19!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b20 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 115;
          const c115 = b20!;
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(16, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k16_9, b9!, __metajit_k16_6], { descr: null, type: "float", snapshot: rec.snapshot(16, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k16_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o83);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(16, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b24!, b25!]));
          if (c164.value !== true) {
            block = 187;
            continue dispatch;
          }
          block = 180;
          continue dispatch;
        }
        case 180: {
          at = 180;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b26 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b25 = b26;
          block = 187;
          continue dispatch;
        }
        case 187: {
          at = 187;
          const c187 = rec.resolve(b25!);
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(16, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b25!]));
          if (c187.value !== true) {
            block = 230;
            continue dispatch;
          }
          block = 202;
          continue dispatch;
        }
        case 202: {
          at = 202;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b27 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 206;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b28 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 210;
          b29 = rec.record("call", [__metajit_k16_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(16, 210, [b1!, b5!, b6!, b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o84);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o85);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(16, 246, [b1!, b5!, b6!, b7!, b8!, b9!, b22!, b31!]));
          if (c246.value !== true) {
            block = 282;
            continue dispatch;
          }
          block = 258;
          continue dispatch;
        }
        case 258: {
          at = 258;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b32 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 261;
          b33 = rec.record("call", [__metajit_k16_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(16, 261, [b1!, b5!, b6!, b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o80);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k16_15]);
          at = 285;
          rec.enterFrame(16, 285, [b34!], 17);
          __metajit_trace_17(rec, b34!, b1!, b7!, b9!, b22!, b5!, b6!);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 16 (Interpreter.newFrame), arguments 3, 5, 6 constant. */
function __metajit_trace_16_104(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
  let u10!: number;
  let b11: __metajit_Value | undefined;
  let b12: __metajit_Value | undefined;
  let u12!: unknown;
  let b13: __metajit_Value | undefined;
  let b14: __metajit_Value | undefined;
  let u14!: number;
  let b15: __metajit_Value | undefined;
  let u15!: number;
  let b16: __metajit_Value | undefined;
  let b17: __metajit_Value | undefined;
  let b18: __metajit_Value | undefined;
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
          b9 = rec.record("new_array", [__metajit_k16_3], __metajit_o80);
          u10 = 0;
          b10 = __metajit_k16_4;
          block = 17;
          continue dispatch;
        }
        case 17: {
          at = 17;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u10 < v1;
            b11 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b10 ??= __metajit_G.float(u10)), x1], v);
          }
          at = 21;
          const c21 = b11!;
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(16, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
          if (c21.value !== true) {
            block = 103;
            continue dispatch;
          }
          block = 37;
          continue dispatch;
        }
        case 37: {
          at = 37;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u10 < v1;
            b13 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b10 ??= __metajit_G.float(u10)), x1], v);
          }
          at = 41;
          const c41 = b13!;
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(16, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
          if (c41.value !== true) {
            block = 75;
            continue dispatch;
          }
          block = 57;
          continue dispatch;
        }
        case 57: {
          u14 = u3 + u10;
          b14 = undefined;
          u15 = u14 | 0;
          b15 = undefined;
          at = 64;
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o81);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k16_6.value;
          b12 = __metajit_k16_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k16_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(16, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
          u10 = u10 + 1;
          b10 = undefined;
          block = 17;
          continue dispatch;
        }
        case 103: {
          b18 = b8;
          block = 106;
          continue dispatch;
        }
        case 106: {
          at = 106;
          b19 = rec.record("getfield_imm", [b7!], __metajit_o82);
          at = 111;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b19!);
            const v1 = x1.value as number;
            const v = v0 < v1;
            b20 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          at = 115;
          const c115 = b20!;
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(16, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k16_9, b9!, __metajit_k16_6], { descr: null, type: "float", snapshot: rec.snapshot(16, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k16_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o83);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(16, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b24!, b25!]));
          if (c164.value !== true) {
            block = 187;
            continue dispatch;
          }
          block = 180;
          continue dispatch;
        }
        case 180: {
          at = 180;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = v0 > v1;
            b26 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, x1], v);
          }
          b25 = b26;
          block = 187;
          continue dispatch;
        }
        case 187: {
          at = 187;
          const c187 = rec.resolve(b25!);
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(16, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b25!]));
          if (c187.value !== true) {
            block = 230;
            continue dispatch;
          }
          block = 202;
          continue dispatch;
        }
        case 202: {
          at = 202;
          {
            const x1 = rec.resolve(b8!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b27 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 206;
          {
            const x1 = rec.resolve(b4!);
            const v1 = x1.value as number;
            const v = u3 + v1;
            b28 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b3 ??= __metajit_G.float(u3)), x1], v);
          }
          at = 210;
          b29 = rec.record("call", [__metajit_k16_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(16, 210, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o84);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o85);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(16, 246, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b22!, b31!]));
          if (c246.value !== true) {
            block = 282;
            continue dispatch;
          }
          block = 258;
          continue dispatch;
        }
        case 258: {
          at = 258;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b32 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 261;
          b33 = rec.record("call", [__metajit_k16_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(16, 261, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o80);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k16_15]);
          at = 285;
          rec.enterFrame(16, 285, [b34!], 17);
          __metajit_trace_17_96(rec, b34!, b1!, b7!, b9!, b22!, u5, u6);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 17 (Frame.constructor). */
function __metajit_trace_17(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o86);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o87);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k17_4], __metajit_o88);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o89);
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
    return __metajit_k17_4;
  } catch (e) {
    throw __metajit_G.switched(e, 17, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value]);
  }
}
/** Traces jitcode 17 (Frame.constructor), arguments 5, 6 constant. */
function __metajit_trace_17_96(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o86);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o87);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k17_4], __metajit_o88);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k17_1], __metajit_o89);
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
    return __metajit_k17_4;
  } catch (e) {
    throw __metajit_G.switched(e, 17, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!));
}
const __metajit_portal_0 = { name: "Interpreter.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2] }), generated: __metajit_generated_0 };
