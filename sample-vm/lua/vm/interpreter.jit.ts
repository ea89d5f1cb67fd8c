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

/**
 * NEWTABLE's allocation, a residual call for now: the table's initial state refers to module
 * constants (the empty shape and slot array) that traced code cannot name yet.
 */
const newTable = jit.opaque(function newTable(arraySize: number, hashSize: number): LuaTable {
  return new LuaTable(arraySize, hashSize);
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
          regs[a] = newTable(proto.b[i]!, proto.c[i]!);
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
import { tableError as __metajit_ref_5 } from "../value/table.js";
import { Frame as __metajit_ref_6 } from "./frame.js";
let __metajit_table: ReturnType<typeof __metajit.jitcodes> | undefined;
const __metajit_jitcodes = (): ReturnType<typeof __metajit.jitcodes> => (__metajit_table ??= __metajit.jitcodes([
    { name: "Interpreter.run.portal", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rfrrrrfffrifirififbirifirirrifiririfbbrrifbbfifrifbirrrrifiirfirrrrrrifirbbrbbifrifririrrbirrfirrbrbrbrrrrbfrrbbrbbirrrrrifirbirirrrrrifirfiirfrifririrrbirrfirrrbirrfirbbrbrbbrbbffbfirifrifrfrifririrrbirrfirfirbrbrbrrrbbbbrrbbrbrbbbrbbifrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbiffffffffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfririrbiffrirrrifiibbbbrfririrbifrbifrirfrifriririfbbrbbrbirirfrifibfrifrirrbirrfirrrbirrfirbbbrbbrbbbiibbfifriffibfrifrirrbirrfirrrbirrfirbrbbrbbrifbffbffbrifbbiibbfifriffibribbbbbrifbbiibbfifriffibrrifibbbbbrifbbiibifriffibfifrifrifffbbffffribbbrfrfffrbffibffbfiirfffbfirfbirfriffbbffffribbbrbbrfrfffrbffiffbfiirfffriffbbfffrbbffbfrrrfirffbfbfifirffbfirbfirffirfirfffirbbbbriffiirfirrirfirfirbbbbrbbbbrbbiirffirffrriffifrirfibbfifriffibfifriffbbfffrifrbbirrifirrfriribffbfiirffffbfirfbirrifrr",
      pool: [__metajit.pool.field("a"), __metajit.pool.array("any"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.int(0), __metajit.pool.field("op"), __metajit.pool.field("b"), __metajit.pool.field("k"), __metajit.pool.float(0), __metajit.pool.field("c"), __metajit.pool.ref(undefined), __metajit.pool.field("closure"), __metajit.pool.field("upvals"), __metajit.pool.field("regs"), __metajit.pool.field("index"), __metajit.pool.field("env"), __metajit.pool.field("metatable"), __metajit.pool.field("pc"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("string"), __metajit.pool.ref("number"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(newTable), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("__index"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(12), __metajit.pool.float(12), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(13), __metajit.pool.float(13), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(14), __metajit.pool.float(14), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(15), __metajit.pool.float(15), __metajit.pool.ref(Math.floor), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(16), __metajit.pool.float(16), __metajit.pool.ref(__metajit_ref_1), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(17), __metajit.pool.float(17), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(18), __metajit.pool.float(18), __metajit.pool.bool(false), __metajit.pool.ref(false), __metajit.pool.ref(stringLength), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("lenSlow")), __metajit.pool.ref(__metajit.concatStrings), __metajit.pool.ref(__metajit.methodCaller("concatSlow")), __metajit.pool.ref("object"), __metajit.pool.ref(__metajit.methodCaller("equalsSlow")), __metajit.pool.int(24), __metajit.pool.float(24), __metajit.pool.ref(__metajit.methodCaller("compareSlow")), __metajit.pool.field("top"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("proto"), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("yieldRequested"), __metajit.pool.field("pendingA"), __metajit.pool.field("pendingC"), __metajit.pool.field("depth"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("openUpvals"), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("frames"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(3), __metajit.pool.float(3), __metajit.pool.ref(__metajit.methodCaller("forPrepSlow")), __metajit.pool.ref(__metajit.methodCaller("forCall")), __metajit.pool.ref(__metajit.methodCaller("setList")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("makeClosure")), __metajit.pool.field("protos"), __metajit.pool.field("varargs"), __metajit.pool.ref(__metajit.methodCaller("runtimeError")), __metajit.pool.ref("bad opcode "), __metajit.pool.ref(__metajit.concatStrings)],
      code: [66, 7, 1, 49, 9, 3, 2, -1, 34, 10, 7, 52, 8, 1, 9, 10, -2, 20, 11, 1, -4, 34, 12, 11, 33, 1, 12, 49, 13, 3, 2, -6, 34, 14, 7, 52, 15, 1, 13, 14, -2, 34, 16, 15, 33, 17, 16, 31, 18, 17, 15, 58, 18, 7621, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 18, 59, 16, 7621, 38, 0, 157, 1, 190, 2, 228, 3, 307, 4, 358, 5, 420, 6, 564, 7, 980, 8, 1101, 9, 1163, 10, 1588, 11, 1642, 12, 2242, 13, 2497, 14, 2752, 15, 3007, 16, 3262, 17, 3548, 18, 3815, 19, 3913, 20, 3981, 21, 4145, 22, 4336, 23, 4380, 24, 4720, 25, 4720, 26, 5114, 27, 5264, 28, 5436, 29, 5938, 30, 6350, 31, 6710, 32, 6863, 33, 7086, 34, 7228, 35, 7322, 36, 7367, 37, 7422, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 34, 19, 8, 49, 20, 3, 2, -7, 34, 21, 7, 52, 22, 1, 20, 21, -2, 34, 23, 22, 51, 24, 3, 4, 23, -2, 53, 4, 19, 24, -2, 57, 7658, 34, 25, 8, 49, 26, 3, 2, -8, 49, 27, 3, 2, -7, 34, 28, 7, 52, 29, 1, 27, 28, -2, 34, 30, 29, 52, 31, 3, 26, 30, -2, 53, 4, 25, 31, -2, 57, 7658, 34, 32, 8, 49, 33, 3, 2, -7, 34, 34, 7, 52, 35, 1, 33, 34, -2, 31, 36, 35, -9, 35, 37, 36, 43, 38, 37, 53, 4, 32, 38, -2, 49, 39, 3, 2, -10, 34, 40, 7, 52, 41, 1, 39, 40, -2, 31, 42, 41, -9, 35, 43, 42, 58, 43, 305, 8, 0, 1, 2, 3, 4, 5, 6, 43, 20, 44, 1, -4, 34, 45, 44, 33, 1, 45, 57, 305, 57, 7658, 49, 47, 3, 2, -7, 34, 48, 7, 52, 46, 1, 47, 48, -2, 66, 49, 8, 28, 50, 49, 46, 58, 50, 356, 10, 0, 1, 2, 3, 4, 5, 6, 46, 49, 50, 34, 51, 49, 53, 4, 51, -11, -2, 20, 49, 49, -4, 57, 324, 57, 7658, 49, 53, 3, 3, -12, 49, 54, 3, 53, -13, 49, 55, 3, 2, -7, 34, 56, 7, 52, 57, 1, 55, 56, -2, 34, 58, 57, 51, 52, 3, 54, 58, -2, 34, 59, 8, 48, 60, 3, 52, -14, 48, 61, 1, 52, -15, 34, 62, 61, 51, 63, 3, 60, 62, -2, 53, 4, 59, 63, -2, 57, 7658, 49, 65, 3, 3, -12, 48, 64, 3, 65, -16, 49, 67, 3, 2, -8, 49, 68, 3, 2, -7, 34, 69, 7, 52, 70, 1, 68, 69, -2, 34, 71, 70, 52, 66, 3, 67, 71, -2, 60, 1, 72, 2, 64, 66, 10, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 37, 73, 72, -11, 66, 74, 73, 58, 73, 514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 73, 74, 48, 75, 3, 64, -17, 37, 76, 75, -11, 35, 77, 76, 66, 74, 77, 58, 74, 554, 12, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 74, 50, 3, 1, -18, 61, -19, 72, 0, 4, 0, 64, 66, -20, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 554, 34, 78, 8, 53, 4, 78, 72, -2, 57, 7658, 49, 80, 3, 2, -7, 34, 81, 7, 52, 79, 1, 80, 81, -2, 49, 83, 3, 2, -10, 34, 84, 7, 52, 82, 1, 83, 84, -2, 34, 86, 79, 51, 85, 3, 4, 86, -2, 30, 89, 82, -9, 58, 89, 635, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 89, 34, 90, 82, 51, 91, 3, 4, 90, -2, 66, 88, 91, 57, 656, 49, 92, 3, 2, -8, 21, 93, -21, 82, 34, 94, 93, 52, 95, 3, 92, 94, -2, 66, 88, 95, 66, 87, 88, 66, 96, -11, 61, -22, 97, 1, 2, 85, -23, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 58, 97, 948, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 97, 40, 98, 87, 37, 99, 98, -24, 58, 99, 792, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 87, 99, 27, 101, 82, -9, 58, 101, 766, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 101, 60, 1, 102, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 100, 102, 57, 787, 60, 2, 103, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 100, 103, 66, 96, 100, 57, 865, 40, 105, 87, 37, 106, 105, -25, 58, 106, 841, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 106, 45, 107, 87, 60, 3, 108, 2, 85, 107, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 104, 108, 57, 862, 60, 4, 109, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 104, 109, 66, 96, 104, 37, 110, 96, -11, 66, 111, 110, 58, 110, 905, 14, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 110, 111, 48, 112, 3, 85, -17, 37, 113, 112, -11, 35, 114, 113, 66, 111, 114, 58, 111, 946, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 111, 50, 3, 1, -18, 61, -26, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 946, 57, 970, 50, 3, 1, -18, 61, -27, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 115, 8, 53, 4, 115, 96, -2, 57, 7658, 49, 117, 3, 3, -12, 48, 116, 3, 117, -16, 49, 119, 3, 2, -8, 49, 120, 3, 2, -7, 34, 121, 7, 52, 122, 1, 120, 121, -2, 34, 123, 122, 52, 118, 3, 119, 123, -2, 48, 124, 3, 116, -17, 37, 125, 124, -11, 58, 125, 1068, 11, 0, 1, 2, 3, 4, 5, 6, 8, 116, 118, 125, 34, 126, 8, 51, 127, 3, 4, 126, -2, 60, 5, -1, 3, 116, 118, 127, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1099, 50, 3, 1, -18, 34, 128, 8, 51, 129, 3, 4, 128, -2, 61, -28, -1, 0, 5, 0, 116, 118, 129, -20, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7658, 49, 131, 3, 3, -12, 49, 132, 3, 131, -13, 49, 133, 3, 2, -7, 34, 134, 7, 52, 135, 1, 133, 134, -2, 34, 136, 135, 51, 130, 3, 132, 136, -2, 48, 137, 3, 130, -14, 48, 138, 1, 130, -15, 34, 139, 138, 34, 140, 8, 51, 141, 3, 4, 140, -2, 53, 137, 139, 141, -2, 57, 7658, 49, 143, 3, 2, -7, 34, 144, 7, 52, 142, 1, 143, 144, -2, 49, 146, 3, 2, -10, 34, 147, 7, 52, 145, 1, 146, 147, -2, 34, 149, 8, 51, 148, 3, 4, 149, -2, 30, 152, 142, -9, 58, 152, 1234, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 152, 34, 153, 142, 51, 154, 3, 4, 153, -2, 66, 151, 154, 57, 1255, 49, 155, 3, 2, -8, 21, 156, -21, 142, 34, 157, 156, 52, 158, 3, 155, 157, -2, 66, 151, 158, 66, 150, 151, 30, 161, 145, -9, 58, 161, 1293, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 145, 148, 150, 161, 34, 162, 145, 51, 163, 3, 4, 162, -2, 66, 160, 163, 57, 1314, 49, 164, 3, 2, -8, 21, 165, -21, 145, 34, 166, 165, 52, 167, 3, 164, 166, -2, 66, 160, 167, 66, 159, 160, 61, -29, 168, 1, 2, 148, -30, 12, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 66, 169, 168, 58, 168, 1370, 14, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 168, 169, 48, 170, 3, 148, -17, 37, 171, 170, -11, 66, 169, 171, 58, 169, 1564, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 169, 40, 172, 150, 37, 173, 172, -24, 58, 173, 1464, 13, 0, 1, 2, 3, 4, 5, 6, 8, 142, 148, 150, 159, 173, 27, 174, 142, -9, 58, 174, 1447, 11, 0, 1, 2, 3, 4, 5, 6, 148, 150, 159, 174, 60, 5, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1462, 60, 6, -1, 3, 148, 150, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1562, 40, 175, 150, 37, 176, 175, -25, 66, 177, 176, 58, 176, 1504, 13, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 176, 177, 45, 178, 150, 45, 179, 150, 31, 180, 178, 179, 66, 177, 180, 58, 177, 1540, 12, 0, 1, 2, 3, 4, 5, 6, 8, 148, 150, 159, 177, 45, 181, 150, 60, 7, -1, 3, 148, 181, 159, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1562, 50, 3, 1, -18, 61, -31, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1586, 50, 3, 1, -18, 61, -32, -1, 0, 5, 0, 148, 150, 159, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7658, 34, 182, 8, 49, 183, 3, 2, -7, 34, 184, 7, 52, 185, 1, 183, 184, -2, 49, 186, 3, 2, -10, 34, 187, 7, 52, 188, 1, 186, 187, -2, 61, -33, 189, 0, 2, 185, 188, 8, 0, 1, 2, 3, 4, 5, 6, 182, 53, 4, 182, 189, -2, 57, 7658, 49, 191, 3, 2, -7, 34, 192, 7, 52, 190, 1, 191, 192, -2, 49, 194, 3, 2, -10, 34, 195, 7, 52, 193, 1, 194, 195, -2, 34, 197, 190, 51, 196, 3, 4, 197, -2, 30, 200, 193, -9, 58, 200, 1713, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 200, 34, 201, 193, 51, 202, 3, 4, 201, -2, 66, 199, 202, 57, 1734, 49, 203, 3, 2, -8, 21, 204, -21, 193, 34, 205, 204, 52, 206, 3, 203, 205, -2, 66, 199, 206, 66, 198, 199, 20, 207, 8, -4, 34, 208, 207, 53, 4, 208, 196, -2, 66, 209, -11, 61, -34, 210, 1, 2, 196, -35, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 58, 210, 2210, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 210, 40, 211, 198, 37, 212, 211, -24, 58, 212, 1885, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 212, 27, 214, 193, -9, 58, 214, 1858, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 214, 60, 1, 215, 2, 196, 198, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 66, 213, 215, 57, 1880, 60, 2, 216, 2, 196, 198, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 66, 213, 216, 66, 209, 213, 57, 1904, 60, 4, 209, 2, 196, 198, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 48, 217, 3, 196, -17, 37, 218, 209, -11, 66, 219, 218, 58, 218, 1946, 16, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 209, 217, 218, 219, 37, 220, 217, -11, 35, 221, 220, 66, 219, 221, 58, 219, 2208, 15, 0, 1, 2, 3, 4, 5, 6, 8, 190, 193, 196, 198, 209, 217, 219, 27, 224, 193, -9, 66, 225, 224, 58, 224, 2000, 14, 0, 1, 2, 3, 4, 5, 6, 8, 190, 196, 198, 217, 224, 225, 40, 226, 198, 37, 227, 226, -24, 66, 225, 227, 58, 225, 2040, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 196, 198, 217, 225, 60, 1, 228, 2, 217, -36, 11, 0, 1, 2, 3, 4, 5, 6, 8, 190, 196, 198, 66, 223, 228, 57, 2043, 66, 223, -11, 66, 222, 223, 61, -37, 229, 1, 2, 222, -38, 12, 0, 1, 2, 3, 4, 5, 6, 8, 190, 196, 198, 222, 58, 229, 2184, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 196, 198, 222, 229, 60, 1, 209, 2, 222, 198, 11, 0, 1, 2, 3, 4, 5, 6, 8, 190, 198, 222, 37, 230, 209, -11, 66, 231, 230, 58, 230, 2141, 14, 0, 1, 2, 3, 4, 5, 6, 8, 190, 198, 209, 222, 230, 231, 48, 232, 3, 222, -17, 37, 233, 232, -11, 35, 234, 233, 66, 231, 234, 58, 231, 2182, 13, 0, 1, 2, 3, 4, 5, 6, 8, 190, 198, 209, 222, 231, 50, 3, 1, -18, 61, -39, 209, 0, 4, 0, 222, 198, 190, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 2182, 57, 2206, 50, 3, 1, -18, 61, -40, 209, 0, 4, 0, 196, 198, 190, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 2208, 57, 2232, 50, 3, 1, -18, 61, -41, 209, 0, 4, 0, 196, 198, 190, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 235, 8, 53, 4, 235, 209, -2, 57, 7658, 49, 237, 3, 2, -7, 34, 238, 7, 52, 236, 1, 237, 238, -2, 49, 240, 3, 2, -10, 34, 241, 7, 52, 239, 1, 240, 241, -2, 30, 244, 236, -9, 58, 244, 2303, 11, 0, 1, 2, 3, 4, 5, 6, 8, 236, 239, 244, 34, 245, 236, 51, 246, 3, 4, 245, -2, 66, 243, 246, 57, 2324, 49, 247, 3, 2, -8, 21, 248, -21, 236, 34, 249, 248, 52, 250, 3, 247, 249, -2, 66, 243, 250, 66, 242, 243, 30, 253, 239, -9, 58, 253, 2361, 12, 0, 1, 2, 3, 4, 5, 6, 8, 236, 239, 242, 253, 34, 254, 239, 51, 255, 3, 4, 254, -2, 66, 252, 255, 57, 2382, 49, 256, 3, 2, -8, 21, 257, -21, 239, 34, 258, 257, 52, 259, 3, 256, 258, -2, 66, 252, 259, 66, 251, 252, 40, 260, 242, 37, 261, 260, -25, 66, 262, 261, 58, 261, 2423, 14, 0, 1, 2, 3, 4, 5, 6, 8, 236, 239, 242, 251, 261, 262, 40, 263, 251, 37, 264, 263, -25, 66, 262, 264, 58, 262, 2463, 13, 0, 1, 2, 3, 4, 5, 6, 8, 236, 239, 242, 251, 262, 34, 265, 8, 45, 266, 242, 45, 267, 251, 20, 268, 266, 267, 42, 269, 268, 53, 4, 265, 269, -2, 57, 2495, 50, 3, 1, -18, 34, 270, 8, 61, -42, 271, 0, 6, 0, -44, 242, 251, 236, 239, 8, 0, 1, 2, 3, 4, 5, 6, 270, 53, 4, 270, 271, -2, 57, 7658, 49, 273, 3, 2, -7, 34, 274, 7, 52, 272, 1, 273, 274, -2, 49, 276, 3, 2, -10, 34, 277, 7, 52, 275, 1, 276, 277, -2, 30, 280, 272, -9, 58, 280, 2558, 11, 0, 1, 2, 3, 4, 5, 6, 8, 272, 275, 280, 34, 281, 272, 51, 282, 3, 4, 281, -2, 66, 279, 282, 57, 2579, 49, 283, 3, 2, -8, 21, 284, -21, 272, 34, 285, 284, 52, 286, 3, 283, 285, -2, 66, 279, 286, 66, 278, 279, 30, 289, 275, -9, 58, 289, 2616, 12, 0, 1, 2, 3, 4, 5, 6, 8, 272, 275, 278, 289, 34, 290, 275, 51, 291, 3, 4, 290, -2, 66, 288, 291, 57, 2637, 49, 292, 3, 2, -8, 21, 293, -21, 275, 34, 294, 293, 52, 295, 3, 292, 294, -2, 66, 288, 295, 66, 287, 288, 40, 296, 278, 37, 297, 296, -25, 66, 298, 297, 58, 297, 2678, 14, 0, 1, 2, 3, 4, 5, 6, 8, 272, 275, 278, 287, 297, 298, 40, 299, 287, 37, 300, 299, -25, 66, 298, 300, 58, 298, 2718, 13, 0, 1, 2, 3, 4, 5, 6, 8, 272, 275, 278, 287, 298, 34, 301, 8, 45, 302, 278, 45, 303, 287, 21, 304, 302, 303, 42, 305, 304, 53, 4, 301, 305, -2, 57, 2750, 50, 3, 1, -18, 34, 306, 8, 61, -45, 307, 0, 6, 0, -47, 278, 287, 272, 275, 8, 0, 1, 2, 3, 4, 5, 6, 306, 53, 4, 306, 307, -2, 57, 7658, 49, 309, 3, 2, -7, 34, 310, 7, 52, 308, 1, 309, 310, -2, 49, 312, 3, 2, -10, 34, 313, 7, 52, 311, 1, 312, 313, -2, 30, 316, 308, -9, 58, 316, 2813, 11, 0, 1, 2, 3, 4, 5, 6, 8, 308, 311, 316, 34, 317, 308, 51, 318, 3, 4, 317, -2, 66, 315, 318, 57, 2834, 49, 319, 3, 2, -8, 21, 320, -21, 308, 34, 321, 320, 52, 322, 3, 319, 321, -2, 66, 315, 322, 66, 314, 315, 30, 325, 311, -9, 58, 325, 2871, 12, 0, 1, 2, 3, 4, 5, 6, 8, 308, 311, 314, 325, 34, 326, 311, 51, 327, 3, 4, 326, -2, 66, 324, 327, 57, 2892, 49, 328, 3, 2, -8, 21, 329, -21, 311, 34, 330, 329, 52, 331, 3, 328, 330, -2, 66, 324, 331, 66, 323, 324, 40, 332, 314, 37, 333, 332, -25, 66, 334, 333, 58, 333, 2933, 14, 0, 1, 2, 3, 4, 5, 6, 8, 308, 311, 314, 323, 333, 334, 40, 335, 323, 37, 336, 335, -25, 66, 334, 336, 58, 334, 2973, 13, 0, 1, 2, 3, 4, 5, 6, 8, 308, 311, 314, 323, 334, 34, 337, 8, 45, 338, 314, 45, 339, 323, 22, 340, 338, 339, 42, 341, 340, 53, 4, 337, 341, -2, 57, 3005, 50, 3, 1, -18, 34, 342, 8, 61, -48, 343, 0, 6, 0, -50, 314, 323, 308, 311, 8, 0, 1, 2, 3, 4, 5, 6, 342, 53, 4, 342, 343, -2, 57, 7658, 49, 345, 3, 2, -7, 34, 346, 7, 52, 344, 1, 345, 346, -2, 49, 348, 3, 2, -10, 34, 349, 7, 52, 347, 1, 348, 349, -2, 30, 352, 344, -9, 58, 352, 3068, 11, 0, 1, 2, 3, 4, 5, 6, 8, 344, 347, 352, 34, 353, 344, 51, 354, 3, 4, 353, -2, 66, 351, 354, 57, 3089, 49, 355, 3, 2, -8, 21, 356, -21, 344, 34, 357, 356, 52, 358, 3, 355, 357, -2, 66, 351, 358, 66, 350, 351, 30, 361, 347, -9, 58, 361, 3126, 12, 0, 1, 2, 3, 4, 5, 6, 8, 344, 347, 350, 361, 34, 362, 347, 51, 363, 3, 4, 362, -2, 66, 360, 363, 57, 3147, 49, 364, 3, 2, -8, 21, 365, -21, 347, 34, 366, 365, 52, 367, 3, 364, 366, -2, 66, 360, 367, 66, 359, 360, 40, 368, 350, 37, 369, 368, -25, 66, 370, 369, 58, 369, 3188, 14, 0, 1, 2, 3, 4, 5, 6, 8, 344, 347, 350, 359, 369, 370, 40, 371, 359, 37, 372, 371, -25, 66, 370, 372, 58, 370, 3228, 13, 0, 1, 2, 3, 4, 5, 6, 8, 344, 347, 350, 359, 370, 34, 373, 8, 45, 374, 350, 45, 375, 359, 23, 376, 374, 375, 42, 377, 376, 53, 4, 373, 377, -2, 57, 3260, 50, 3, 1, -18, 34, 378, 8, 61, -51, 379, 0, 6, 0, -53, 350, 359, 344, 347, 8, 0, 1, 2, 3, 4, 5, 6, 378, 53, 4, 378, 379, -2, 57, 7658, 49, 381, 3, 2, -7, 34, 382, 7, 52, 380, 1, 381, 382, -2, 49, 384, 3, 2, -10, 34, 385, 7, 52, 383, 1, 384, 385, -2, 30, 388, 380, -9, 58, 388, 3323, 11, 0, 1, 2, 3, 4, 5, 6, 8, 380, 383, 388, 34, 389, 380, 51, 390, 3, 4, 389, -2, 66, 387, 390, 57, 3344, 49, 391, 3, 2, -8, 21, 392, -21, 380, 34, 393, 392, 52, 394, 3, 391, 393, -2, 66, 387, 394, 66, 386, 387, 30, 397, 383, -9, 58, 397, 3381, 12, 0, 1, 2, 3, 4, 5, 6, 8, 380, 383, 386, 397, 34, 398, 383, 51, 399, 3, 4, 398, -2, 66, 396, 399, 57, 3402, 49, 400, 3, 2, -8, 21, 401, -21, 383, 34, 402, 401, 52, 403, 3, 400, 402, -2, 66, 396, 403, 66, 395, 396, 40, 404, 386, 37, 405, 404, -25, 66, 406, 405, 58, 405, 3443, 14, 0, 1, 2, 3, 4, 5, 6, 8, 380, 383, 386, 395, 405, 406, 40, 407, 395, 37, 408, 407, -25, 66, 406, 408, 58, 406, 3514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 380, 383, 386, 395, 406, 34, 409, 8, 45, 410, 386, 45, 411, 386, 45, 412, 395, 23, 413, 411, 412, 61, -54, 414, 1, 1, 413, 10, 0, 1, 2, 3, 4, 5, 6, 395, 409, 410, 45, 415, 395, 22, 416, 414, 415, 21, 417, 410, 416, 42, 418, 417, 53, 4, 409, 418, -2, 57, 3546, 50, 3, 1, -18, 34, 419, 8, 61, -55, 420, 0, 6, 0, -57, 386, 395, 380, 383, 8, 0, 1, 2, 3, 4, 5, 6, 419, 53, 4, 419, 420, -2, 57, 7658, 49, 422, 3, 2, -7, 34, 423, 7, 52, 421, 1, 422, 423, -2, 49, 425, 3, 2, -10, 34, 426, 7, 52, 424, 1, 425, 426, -2, 30, 429, 421, -9, 58, 429, 3609, 11, 0, 1, 2, 3, 4, 5, 6, 8, 421, 424, 429, 34, 430, 421, 51, 431, 3, 4, 430, -2, 66, 428, 431, 57, 3630, 49, 432, 3, 2, -8, 21, 433, -21, 421, 34, 434, 433, 52, 435, 3, 432, 434, -2, 66, 428, 435, 66, 427, 428, 30, 438, 424, -9, 58, 438, 3667, 12, 0, 1, 2, 3, 4, 5, 6, 8, 421, 424, 427, 438, 34, 439, 424, 51, 440, 3, 4, 439, -2, 66, 437, 440, 57, 3688, 49, 441, 3, 2, -8, 21, 442, -21, 424, 34, 443, 442, 52, 444, 3, 441, 443, -2, 66, 437, 444, 66, 436, 437, 40, 445, 427, 37, 446, 445, -25, 66, 447, 446, 58, 446, 3729, 14, 0, 1, 2, 3, 4, 5, 6, 8, 421, 424, 427, 436, 446, 447, 40, 448, 436, 37, 449, 448, -25, 66, 447, 449, 58, 447, 3781, 13, 0, 1, 2, 3, 4, 5, 6, 8, 421, 424, 427, 436, 447, 34, 450, 8, 45, 451, 427, 45, 452, 436, 61, -58, 453, 1, 2, 451, 452, 8, 0, 1, 2, 3, 4, 5, 6, 450, 42, 454, 453, 53, 4, 450, 454, -2, 57, 3813, 50, 3, 1, -18, 34, 455, 8, 61, -59, 456, 0, 6, 0, -61, 427, 436, 421, 424, 8, 0, 1, 2, 3, 4, 5, 6, 455, 53, 4, 455, 456, -2, 57, 7658, 49, 458, 3, 2, -7, 34, 459, 7, 52, 457, 1, 458, 459, -2, 34, 461, 457, 51, 460, 3, 4, 461, -2, 40, 462, 460, 37, 463, 462, -25, 58, 463, 3879, 11, 0, 1, 2, 3, 4, 5, 6, 8, 457, 460, 463, 34, 464, 8, 45, 465, 460, 25, 466, 465, 42, 467, 466, 53, 4, 464, 467, -2, 57, 3911, 50, 3, 1, -18, 34, 468, 8, 61, -62, 469, 0, 6, 0, -64, 460, 460, 457, 457, 8, 0, 1, 2, 3, 4, 5, 6, 468, 53, 4, 468, 469, -2, 57, 7658, 49, 471, 3, 2, -7, 34, 472, 7, 52, 473, 1, 471, 472, -2, 34, 474, 473, 51, 470, 3, 4, 474, -2, 34, 475, 8, 37, 476, 470, -11, 35, 477, 476, 66, 478, 476, 58, 477, 3971, 11, 0, 1, 2, 3, 4, 5, 6, 470, 475, 477, 478, 37, 479, 470, -66, 66, 478, 479, 43, 480, 478, 53, 4, 475, 480, -2, 57, 7658, 49, 482, 3, 2, -7, 34, 483, 7, 52, 481, 1, 482, 483, -2, 34, 485, 481, 51, 484, 3, 4, 485, -2, 40, 486, 484, 37, 487, 486, -24, 58, 487, 4054, 11, 0, 1, 2, 3, 4, 5, 6, 8, 481, 484, 487, 34, 488, 8, 61, -67, 489, 1, 1, 484, 8, 0, 1, 2, 3, 4, 5, 6, 488, 42, 490, 489, 53, 4, 488, 490, -2, 57, 4143, 61, -68, 491, 1, 2, 484, -69, 10, 0, 1, 2, 3, 4, 5, 6, 8, 481, 484, 58, 491, 4114, 11, 0, 1, 2, 3, 4, 5, 6, 8, 481, 484, 491, 34, 492, 8, 60, 8, 493, 1, 484, 8, 0, 1, 2, 3, 4, 5, 6, 492, 42, 494, 493, 53, 4, 492, 494, -2, 57, 4143, 50, 3, 1, -18, 34, 495, 8, 61, -70, 496, 0, 3, 0, 484, 481, 8, 0, 1, 2, 3, 4, 5, 6, 495, 53, 4, 495, 496, -2, 57, 7658, 49, 498, 3, 2, -7, 34, 499, 7, 52, 497, 1, 498, 499, -2, 49, 501, 3, 2, -10, 34, 502, 7, 52, 500, 1, 501, 502, -2, 34, 504, 497, 51, 503, 3, 4, 504, -2, 34, 506, 500, 51, 505, 3, 4, 506, -2, 20, 507, 497, -4, 31, 508, 500, 507, 66, 509, 508, 58, 508, 4230, 14, 0, 1, 2, 3, 4, 5, 6, 8, 497, 500, 503, 505, 508, 509, 40, 510, 503, 37, 511, 510, -24, 66, 509, 511, 66, 512, 509, 58, 509, 4261, 14, 0, 1, 2, 3, 4, 5, 6, 8, 497, 500, 503, 505, 509, 512, 40, 513, 505, 37, 514, 513, -24, 66, 512, 514, 58, 512, 4304, 13, 0, 1, 2, 3, 4, 5, 6, 8, 497, 500, 503, 505, 512, 34, 515, 8, 61, -71, 516, 1, 2, 503, 505, 8, 0, 1, 2, 3, 4, 5, 6, 515, 53, 4, 515, 516, -2, 57, 4334, 50, 3, 1, -18, 34, 517, 8, 61, -72, 518, 0, 4, 0, 4, 497, 500, 8, 0, 1, 2, 3, 4, 5, 6, 517, 53, 4, 517, 518, -2, 57, 7658, 49, 520, 3, 2, -7, 34, 521, 7, 52, 519, 1, 520, 521, -2, 20, 522, 1, 519, 34, 523, 522, 33, 1, 523, 27, 524, 519, -9, 58, 524, 4378, 8, 0, 1, 2, 3, 4, 5, 6, 524, 57, 4378, 57, 7658, 49, 526, 3, 2, -7, 34, 527, 7, 52, 525, 1, 526, 527, -2, 49, 529, 3, 2, -10, 34, 530, 7, 52, 528, 1, 529, 530, -2, 30, 533, 525, -9, 58, 533, 4441, 11, 0, 1, 2, 3, 4, 5, 6, 8, 525, 528, 533, 34, 534, 525, 51, 535, 3, 4, 534, -2, 66, 532, 535, 57, 4462, 49, 536, 3, 2, -8, 21, 537, -21, 525, 34, 538, 537, 52, 539, 3, 536, 538, -2, 66, 532, 539, 66, 531, 532, 30, 542, 528, -9, 58, 542, 4498, 11, 0, 1, 2, 3, 4, 5, 6, 8, 528, 531, 542, 34, 543, 528, 51, 544, 3, 4, 543, -2, 66, 541, 544, 57, 4519, 49, 545, 3, 2, -8, 21, 546, -21, 528, 34, 547, 546, 52, 548, 3, 545, 547, -2, 66, 541, 548, 66, 540, 541, 37, 549, 531, 540, 35, 550, 549, 66, 551, 550, 58, 550, 4559, 13, 0, 1, 2, 3, 4, 5, 6, 8, 531, 540, 549, 550, 551, 40, 552, 531, 37, 553, 552, -73, 66, 551, 553, 66, 554, 551, 58, 551, 4589, 13, 0, 1, 2, 3, 4, 5, 6, 8, 531, 540, 549, 551, 554, 40, 555, 540, 37, 556, 555, -73, 66, 554, 556, 58, 554, 4628, 12, 0, 1, 2, 3, 4, 5, 6, 8, 531, 540, 549, 554, 50, 3, 1, -18, 61, -74, 549, 0, 3, 0, 531, 540, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 4628, 31, 557, 8, -9, 35, 558, 557, 36, 559, 549, 36, 560, 558, 17, 561, 559, 560, 35, 562, 561, 58, 562, 4672, 8, 0, 1, 2, 3, 4, 5, 6, 562, 20, 563, 1, -4, 34, 564, 563, 33, 1, 564, 57, 4718, 49, 566, 3, 2, -7, 34, 567, 1, 52, 565, 1, 566, 567, -2, 20, 568, 1, -4, 20, 569, 568, 565, 34, 570, 569, 33, 1, 570, 27, 571, 565, -9, 58, 571, 4718, 8, 0, 1, 2, 3, 4, 5, 6, 571, 57, 4718, 57, 7658, 49, 573, 3, 2, -7, 34, 574, 7, 52, 572, 1, 573, 574, -2, 49, 576, 3, 2, -10, 34, 577, 7, 52, 575, 1, 576, 577, -2, 30, 580, 572, -9, 58, 580, 4782, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 572, 575, 580, 34, 581, 572, 51, 582, 3, 4, 581, -2, 66, 579, 582, 57, 4803, 49, 583, 3, 2, -8, 21, 584, -21, 572, 34, 585, 584, 52, 586, 3, 583, 585, -2, 66, 579, 586, 66, 578, 579, 30, 589, 575, -9, 58, 589, 4840, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 575, 578, 589, 34, 590, 575, 51, 591, 3, 4, 590, -2, 66, 588, 591, 57, 4861, 49, 592, 3, 2, -8, 21, 593, -21, 575, 34, 594, 593, 52, 595, 3, 592, 594, -2, 66, 588, 595, 66, 587, 588, 66, 596, -65, 40, 597, 578, 37, 598, 597, -25, 66, 599, 598, 58, 598, 4904, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 578, 587, 598, 599, 40, 600, 587, 37, 601, 600, -25, 66, 599, 601, 58, 599, 4986, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 578, 587, 599, 49, 603, 3, 2, -6, 34, 604, 7, 52, 605, 1, 603, 604, -2, 31, 606, 605, -76, 58, 606, 4968, 11, 0, 1, 2, 3, 4, 5, 6, 8, 578, 587, 606, 45, 607, 578, 45, 608, 587, 27, 609, 607, 608, 66, 602, 609, 57, 4981, 45, 610, 578, 45, 611, 587, 28, 612, 610, 611, 66, 602, 612, 66, 596, 602, 57, 5022, 50, 3, 1, -18, 49, 613, 3, 2, -6, 34, 614, 7, 52, 615, 1, 613, 614, -2, 61, -77, 596, 0, 4, 0, 615, 578, 587, 8, 0, 1, 2, 3, 4, 5, 6, 8, 31, 616, 8, -9, 35, 617, 616, 36, 618, 596, 36, 619, 617, 17, 620, 618, 619, 35, 621, 620, 58, 621, 5066, 8, 0, 1, 2, 3, 4, 5, 6, 621, 20, 622, 1, -4, 34, 623, 622, 33, 1, 623, 57, 5112, 49, 625, 3, 2, -7, 34, 626, 1, 52, 624, 1, 625, 626, -2, 20, 627, 1, -4, 20, 628, 627, 624, 34, 629, 628, 33, 1, 629, 27, 630, 624, -9, 58, 630, 5112, 8, 0, 1, 2, 3, 4, 5, 6, 630, 57, 5112, 57, 7658, 34, 632, 8, 51, 631, 3, 4, 632, -2, 37, 633, 631, -11, 35, 634, 633, 66, 635, 634, 58, 634, 5158, 11, 0, 1, 2, 3, 4, 5, 6, 7, 631, 634, 635, 37, 636, 631, -66, 35, 637, 636, 66, 635, 637, 49, 638, 3, 2, -10, 34, 639, 7, 52, 640, 1, 638, 639, -2, 31, 641, 640, -9, 35, 642, 641, 36, 643, 635, 36, 644, 642, 17, 645, 643, 644, 35, 646, 645, 58, 646, 5216, 8, 0, 1, 2, 3, 4, 5, 6, 646, 20, 647, 1, -4, 34, 648, 647, 33, 1, 648, 57, 5262, 49, 650, 3, 2, -7, 34, 651, 1, 52, 649, 1, 650, 651, -2, 20, 652, 1, -4, 20, 653, 652, 649, 34, 654, 653, 33, 1, 654, 27, 655, 649, -9, 58, 655, 5262, 8, 0, 1, 2, 3, 4, 5, 6, 655, 57, 5262, 57, 7658, 49, 657, 3, 2, -7, 34, 658, 7, 52, 659, 1, 657, 658, -2, 34, 660, 659, 51, 656, 3, 4, 660, -2, 37, 661, 656, -11, 35, 662, 661, 66, 663, 662, 58, 662, 5323, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 656, 662, 663, 37, 664, 656, -66, 35, 665, 664, 66, 663, 665, 49, 666, 3, 2, -10, 34, 667, 7, 52, 668, 1, 666, 667, -2, 31, 669, 668, -9, 35, 670, 669, 36, 671, 663, 36, 672, 670, 17, 673, 671, 672, 58, 673, 5424, 10, 0, 1, 2, 3, 4, 5, 6, 8, 656, 673, 34, 674, 8, 53, 4, 674, 656, -2, 49, 676, 3, 2, -7, 34, 677, 1, 52, 675, 1, 676, 677, -2, 20, 678, 1, -4, 20, 679, 678, 675, 34, 680, 679, 33, 1, 680, 27, 681, 675, -9, 58, 681, 5422, 8, 0, 1, 2, 3, 4, 5, 6, 681, 57, 5422, 57, 5434, 20, 682, 1, -4, 34, 683, 682, 33, 1, 683, 57, 7658, 49, 685, 3, 2, -7, 34, 686, 7, 52, 684, 1, 685, 686, -2, 49, 688, 3, 2, -10, 34, 689, 7, 52, 690, 1, 688, 689, -2, 21, 687, 690, -4, 31, 693, 684, -9, 35, 694, 693, 58, 694, 5499, 11, 0, 1, 2, 3, 4, 5, 6, 8, 684, 687, 694, 21, 695, 684, -4, 66, 692, 695, 57, 5515, 48, 696, 1, 3, -78, 21, 697, 696, 8, 21, 698, 697, -4, 66, 692, 698, 66, 691, 692, 34, 700, 8, 51, 699, 3, 4, 700, -2, 50, 3, 1, -18, 61, -79, 701, 1, 2, 699, -80, 11, 0, 1, 2, 3, 4, 5, 6, 8, 687, 691, 699, 35, 702, 701, 58, 702, 5596, 12, 0, 1, 2, 3, 4, 5, 6, 8, 687, 691, 699, 702, 61, -81, 699, 0, 5, 0, 4, 8, 691, 699, 10, 0, 1, 2, 3, 4, 5, 6, 8, 687, 691, 20, 691, 691, -4, 57, 5596, 61, -82, 703, 1, 2, 699, -83, 11, 0, 1, 2, 3, 4, 5, 6, 8, 687, 691, 699, 58, 703, 5669, 12, 0, 1, 2, 3, 4, 5, 6, 8, 687, 691, 699, 703, 20, 705, 8, -4, 60, 9, 704, 8, 0, 5, 699, 4, 705, 691, 8, 687, 3, 0, 5, 6, 66, 3, 704, 49, 2, 3, 704, -84, 49, 4, 3, 704, -14, 66, 1, -9, 57, 5936, 20, 707, 8, -4, 20, 708, 8, -4, 20, 709, 708, 691, 61, -86, 710, 0, 3, 4, 707, 709, 10, 0, 1, 2, 3, 4, 5, 6, 8, 687, 699, 61, -85, 706, 0, 4, 0, 5, 699, 710, 9, 0, 1, 2, 3, 4, 5, 6, 8, 687, 48, 711, 2, 5, -87, 58, 711, 5762, 11, 0, 1, 2, 3, 4, 5, 6, 8, 687, 706, 711, 50, 5, 8, -88, 50, 5, 687, -89, 48, 712, 1, 5, -90, 20, 713, 712, -4, 50, 5, 713, -90, 62, 706, 54, 714, 706, -2, 27, 715, 687, -9, 58, 715, 5852, 12, 0, 1, 2, 3, 4, 5, 6, 8, 687, 706, 714, 715, 66, 716, -9, 33, 717, 714, 27, 718, 716, 717, 58, 718, 5839, 12, 0, 1, 2, 3, 4, 5, 6, 8, 706, 714, 716, 718, 20, 719, 8, 716, 34, 720, 719, 34, 721, 716, 51, 722, 3, 706, 721, -2, 53, 4, 720, 722, -2, 20, 716, 716, -4, 57, 5789, 33, 723, 714, 20, 724, 8, 723, 50, 3, 724, -78, 57, 5936, 66, 725, -9, 27, 726, 725, 687, 58, 726, 5936, 13, 0, 1, 2, 3, 4, 5, 6, 8, 687, 706, 714, 725, 726, 20, 727, 8, 725, 34, 728, 727, 33, 730, 714, 27, 731, 725, 730, 58, 731, 5922, 14, 0, 1, 2, 3, 4, 5, 6, 8, 687, 706, 714, 725, 728, 731, 34, 732, 725, 51, 733, 3, 706, 732, -2, 66, 729, 733, 57, 5925, 66, 729, -11, 53, 4, 728, 729, -2, 20, 725, 725, -4, 57, 5855, 57, 7658, 49, 735, 3, 2, -7, 34, 736, 7, 52, 734, 1, 735, 736, -2, 31, 739, 734, -9, 35, 740, 739, 58, 740, 5982, 10, 0, 1, 2, 3, 4, 5, 6, 8, 734, 740, 21, 741, 734, -4, 66, 738, 741, 57, 5998, 48, 742, 1, 3, -78, 21, 743, 742, 8, 21, 744, 743, -4, 66, 738, 744, 66, 737, 738, 34, 746, 8, 51, 745, 3, 4, 746, -2, 50, 3, 1, -18, 61, -91, 747, 1, 2, 745, -92, 10, 0, 1, 2, 3, 4, 5, 6, 8, 737, 745, 35, 748, 747, 58, 748, 6076, 11, 0, 1, 2, 3, 4, 5, 6, 8, 737, 745, 748, 61, -93, 745, 0, 5, 0, 4, 8, 737, 745, 9, 0, 1, 2, 3, 4, 5, 6, 8, 737, 20, 737, 737, -4, 57, 6076, 61, -94, 749, 1, 2, 745, -95, 10, 0, 1, 2, 3, 4, 5, 6, 8, 737, 745, 58, 749, 6190, 11, 0, 1, 2, 3, 4, 5, 6, 8, 737, 745, 749, 48, 750, 3, 3, -96, 37, 751, 750, -11, 35, 752, 751, 58, 752, 6153, 9, 0, 3, 4, 5, 6, 8, 737, 745, 752, 61, -97, -1, 0, 3, 0, 3, -5, 8, 0, 3, 4, 5, 6, 8, 737, 745, 57, 6153, 20, 754, 8, -4, 60, 10, 753, 7, 0, 5, 745, 4, 754, 737, 3, 3, 0, 5, 6, 66, 3, 753, 49, 2, 3, 753, -84, 49, 4, 3, 753, -14, 66, 1, -9, 57, 6348, 20, 756, 8, -4, 20, 757, 8, -4, 20, 758, 757, 737, 61, -99, 759, 0, 3, 4, 756, 758, 9, 0, 1, 2, 3, 4, 5, 6, 8, 745, 61, -98, 755, 0, 4, 0, 5, 745, 759, 8, 0, 1, 2, 3, 4, 5, 6, 8, 48, 760, 2, 5, -87, 58, 760, 6280, 10, 0, 1, 2, 3, 4, 5, 6, 8, 755, 760, 50, 5, 8, -88, 50, 5, -21, -89, 48, 761, 1, 5, -90, 20, 762, 761, -4, 50, 5, 762, -90, 62, 755, 54, 763, 755, -2, 66, 764, -9, 33, 765, 763, 27, 766, 764, 765, 58, 766, 6337, 12, 0, 1, 2, 3, 4, 5, 6, 8, 755, 763, 764, 766, 20, 767, 8, 764, 34, 768, 767, 34, 769, 764, 51, 770, 3, 755, 769, -2, 53, 4, 768, 770, -2, 20, 764, 764, -4, 57, 6287, 33, 771, 763, 20, 772, 8, 771, 50, 3, 772, -78, 57, 7658, 49, 774, 3, 2, -7, 34, 775, 7, 52, 773, 1, 774, 775, -2, 31, 778, 773, -9, 35, 779, 778, 58, 779, 6392, 8, 0, 3, 4, 5, 6, 8, 773, 779, 21, 780, 773, -4, 66, 777, 780, 57, 6404, 48, 781, 1, 3, -78, 21, 782, 781, 8, 66, 777, 782, 66, 776, 777, 48, 783, 3, 3, -96, 37, 784, 783, -11, 35, 785, 784, 58, 785, 6449, 8, 0, 3, 4, 5, 6, 8, 776, 785, 61, -100, -1, 0, 3, 0, 3, -5, 7, 0, 3, 4, 5, 6, 8, 776, 57, 6449, 48, 787, 1, 5, -90, 21, 786, 787, -4, 50, 5, 786, -90, 31, 788, 786, 6, 58, 788, 6494, 9, 0, 3, 4, 5, 6, 8, 776, 786, 788, 20, 789, 8, 776, 61, -101, 790, 0, 3, 4, 8, 789, 0, 62, 790, 48, 792, 3, 5, -102, 21, 793, 786, -4, 34, 794, 793, 51, 791, 3, 792, 794, -2, 49, 795, 3, 791, -14, 49, 796, 1, 3, -103, 49, 797, 1, 3, -104, 27, 798, 797, -9, 58, 798, 6609, 11, 0, 4, 5, 6, 8, 776, 791, 795, 796, 797, 798, 66, 799, -9, 27, 800, 799, 776, 58, 800, 6599, 11, 0, 4, 5, 6, 8, 776, 791, 795, 796, 799, 800, 20, 801, 796, 799, 34, 802, 801, 20, 803, 8, 799, 34, 804, 803, 51, 805, 3, 4, 804, -2, 53, 795, 802, 805, -2, 20, 799, 799, -4, 57, 6549, 20, 806, 796, 776, 50, 791, 806, -78, 57, 6692, 66, 807, -9, 27, 808, 807, 797, 58, 808, 6692, 12, 0, 4, 5, 6, 8, 776, 791, 795, 796, 797, 807, 808, 20, 809, 796, 807, 34, 810, 809, 27, 812, 807, 776, 58, 812, 6678, 13, 0, 4, 5, 6, 8, 776, 791, 795, 796, 797, 807, 810, 812, 20, 813, 8, 807, 34, 814, 813, 51, 815, 3, 4, 814, -2, 66, 811, 815, 57, 6681, 66, 811, -11, 53, 795, 810, 811, -2, 20, 807, 807, -4, 57, 6612, 66, 3, 791, 49, 2, 3, 791, -84, 66, 4, 795, 48, 1, 1, 791, -18, 57, 7658, 20, 817, 8, -106, 34, 818, 817, 51, 819, 3, 4, 818, -2, 45, 816, 819, 34, 821, 8, 51, 822, 3, 4, 821, -2, 45, 823, 822, 20, 820, 823, 816, 20, 825, 8, -4, 34, 826, 825, 51, 827, 3, 4, 826, -2, 45, 824, 827, 29, 829, 816, -9, 58, 829, 6787, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 820, 824, 829, 28, 830, 820, 824, 66, 828, 830, 57, 6794, 28, 831, 824, 820, 66, 828, 831, 58, 828, 6861, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 820, 828, 49, 832, 3, 2, -7, 34, 833, 7, 52, 834, 1, 832, 833, -2, 20, 835, 1, 834, 34, 836, 835, 33, 1, 836, 34, 837, 8, 42, 838, 820, 53, 4, 837, 838, -2, 20, 839, 8, -108, 34, 840, 839, 42, 841, 820, 53, 4, 840, 841, -2, 57, 6861, 57, 7658, 34, 843, 8, 51, 842, 3, 4, 843, -2, 20, 845, 8, -4, 34, 846, 845, 51, 844, 3, 4, 846, -2, 20, 848, 8, -106, 34, 849, 848, 51, 847, 3, 4, 849, -2, 40, 850, 842, 37, 851, 850, -25, 35, 852, 851, 35, 853, 852, 66, 854, 852, 58, 853, 6944, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 844, 847, 853, 854, 40, 855, 844, 37, 856, 855, -25, 35, 857, 856, 66, 854, 857, 35, 858, 854, 66, 859, 854, 58, 858, 6979, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 847, 858, 859, 40, 860, 847, 37, 861, 860, -25, 35, 862, 861, 66, 859, 862, 58, 859, 7017, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 859, 50, 3, 1, -18, 61, -109, -1, 0, 3, 0, 4, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 57, 7017, 34, 863, 8, 34, 864, 8, 51, 865, 3, 4, 864, -2, 45, 866, 865, 20, 867, 8, -106, 34, 868, 867, 51, 869, 3, 4, 868, -2, 45, 870, 869, 21, 871, 866, 870, 42, 872, 871, 53, 4, 863, 872, -2, 49, 873, 3, 2, -7, 34, 874, 7, 52, 875, 1, 873, 874, -2, 20, 876, 1, 875, 34, 877, 876, 33, 1, 877, 57, 7658, 50, 3, 1, -18, 49, 879, 3, 2, -10, 34, 880, 7, 52, 878, 1, 879, 880, -2, 61, -110, -1, 0, 4, 0, 4, 8, 878, 8, 0, 1, 2, 3, 4, 5, 6, 8, 20, 882, 8, -108, 34, 883, 882, 51, 881, 3, 4, 883, -2, 37, 884, 881, -11, 35, 885, 884, 58, 885, 7216, 10, 0, 1, 2, 3, 4, 5, 6, 8, 881, 885, 20, 886, 8, -106, 34, 887, 886, 53, 4, 887, 881, -2, 49, 889, 3, 2, -7, 34, 890, 1, 52, 888, 1, 889, 890, -2, 20, 891, 1, -4, 20, 892, 891, 888, 34, 893, 892, 33, 1, 893, 27, 894, 888, -9, 58, 894, 7214, 8, 0, 1, 2, 3, 4, 5, 6, 894, 57, 7214, 57, 7226, 20, 895, 1, -4, 34, 896, 895, 33, 1, 896, 57, 7658, 49, 898, 3, 2, -7, 34, 899, 7, 52, 897, 1, 898, 899, -2, 31, 902, 897, -9, 35, 903, 902, 58, 903, 7269, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 897, 903, 66, 901, 897, 57, 7285, 48, 904, 1, 3, -78, 21, 905, 904, 8, 21, 906, 905, -4, 66, 901, 906, 66, 900, 901, 49, 907, 3, 2, -10, 34, 908, 7, 52, 909, 1, 907, 908, -2, 61, -111, -1, 0, 5, 0, 4, 8, 900, 909, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7658, 48, 910, 3, 3, -96, 37, 911, 910, -11, 35, 912, 911, 58, 912, 7365, 9, 0, 1, 2, 3, 4, 5, 6, 8, 912, 61, -112, -1, 0, 3, 0, 3, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7365, 57, 7658, 34, 913, 8, 49, 914, 3, 2, -114, 49, 915, 3, 2, -7, 34, 916, 7, 52, 917, 1, 915, 916, -2, 34, 918, 917, 52, 919, 3, 914, 918, -2, 61, -113, 920, 0, 3, 0, 3, 919, 8, 0, 1, 2, 3, 4, 5, 6, 913, 53, 4, 913, 920, -2, 57, 7658, 49, 922, 3, 2, -7, 34, 923, 7, 52, 921, 1, 922, 923, -2, 49, 924, 3, 3, -115, 54, 925, 924, -2, 31, 926, 921, -9, 58, 926, 7531, 12, 0, 1, 2, 3, 4, 5, 6, 8, 921, 924, 925, 926, 66, 927, -9, 33, 928, 925, 27, 929, 927, 928, 58, 929, 7518, 12, 0, 1, 2, 3, 4, 5, 6, 8, 924, 925, 927, 929, 20, 930, 8, 927, 34, 931, 930, 34, 932, 927, 51, 933, 3, 924, 932, -2, 53, 4, 931, 933, -2, 20, 927, 927, -4, 57, 7468, 33, 934, 925, 20, 935, 8, 934, 50, 3, 935, -78, 57, 7619, 66, 936, -9, 21, 937, 921, -4, 27, 938, 936, 937, 58, 938, 7619, 13, 0, 1, 2, 3, 4, 5, 6, 8, 921, 924, 925, 936, 938, 20, 939, 8, 936, 34, 940, 939, 33, 942, 925, 27, 943, 936, 942, 58, 943, 7605, 14, 0, 1, 2, 3, 4, 5, 6, 8, 921, 924, 925, 936, 940, 943, 34, 944, 936, 51, 945, 3, 924, 944, -2, 66, 941, 945, 57, 7608, 66, 941, -11, 53, 4, 940, 941, -2, 20, 936, 936, -4, 57, 7534, 57, 7658, 50, 3, 1, -18, 49, 946, 3, 2, -6, 34, 947, 7, 52, 948, 1, 946, 947, -2, 61, -118, 949, 1, 2, -117, 948, 1, 0, 61, -116, 950, 0, 2, 0, 949, 0, 63, 950, 67, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6] },
    { name: "LuaTable.getField", args: [0, 1], kinds: "rrrffbffrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [48, 2, 3, 0, -1, 49, 5, 2, 2, -2, 58, 5, 31, 4, 0, 1, 2, 5, 60, 11, 6, 2, 2, 1, 1, 0, 66, 4, 6, 57, 49, 64, 2, 3, 0, 1, 2, 61, -3, 7, 1, 2, 2, 1, 1, 0, 66, 4, 7, 66, 3, 4, 27, 9, 3, -5, 58, 9, 68, 3, 0, 3, 9, 66, 8, -6, 57, 85, 48, 10, 3, 0, -7, 34, 11, 3, 51, 12, 3, 10, 11, -8, 66, 8, 12, 62, 8] },
    { name: "LuaTable.getStr", args: [0, 1], kinds: "rrfrrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [48, 3, 3, 0, -1, 60, 11, 2, 2, 3, 1, 1, 0, 27, 5, 2, -3, 58, 5, 29, 3, 0, 2, 5, 66, 4, -4, 57, 46, 48, 6, 3, 0, -5, 34, 7, 2, 51, 8, 3, 6, 7, -6, 66, 4, 8, 62, 4] },
    { name: "LuaTable.getInt", args: [0, 1], kinds: "rffrifbbbbifbirrr",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any")],
      code: [21, 2, 1, -2, 48, 3, 3, 0, -3, 34, 4, 2, 33, 5, 4, 31, 6, 5, 2, 66, 7, 6, 58, 6, 39, 6, 0, 1, 2, 3, 6, 7, 30, 8, 2, -5, 66, 7, 8, 66, 9, 7, 58, 7, 66, 6, 0, 1, 2, 3, 7, 9, 54, 10, 3, -6, 33, 11, 10, 27, 12, 2, 11, 66, 9, 12, 58, 9, 86, 5, 0, 1, 2, 3, 9, 34, 13, 2, 51, 14, 3, 3, 13, -6, 62, 14, 42, 15, 1, 60, 12, 16, 2, 0, 15, 0, 62, 16] },
    { name: "LuaTable.get", args: [0, 1], kinds: "rrrbrrbfrr",
      pool: [__metajit.pool.ref("string"), __metajit.pool.ref("number")],
      code: [40, 2, 1, 37, 3, 2, -1, 58, 3, 23, 3, 0, 1, 3, 60, 2, 4, 2, 0, 1, 0, 62, 4, 40, 5, 1, 37, 6, 5, -2, 58, 6, 49, 3, 0, 1, 6, 45, 7, 1, 60, 3, 8, 2, 0, 7, 0, 62, 8, 60, 12, 9, 2, 0, 1, 0, 62, 9] },
    { name: "LuaTable.setField", args: [0, 1, 2], kinds: "rrrrffbffbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.field("dictionary"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [48, 3, 3, 0, -1, 49, 6, 2, 3, -2, 58, 6, 34, 5, 0, 1, 2, 3, 6, 60, 11, 7, 2, 3, 1, 3, 0, 1, 2, 66, 5, 7, 57, 55, 64, 3, 4, 0, 1, 2, 3, 61, -3, 8, 1, 2, 3, 1, 3, 0, 1, 2, 66, 5, 8, 66, 4, 5, 30, 9, 4, -5, 58, 9, 86, 5, 0, 1, 2, 4, 9, 48, 10, 3, 0, -6, 34, 11, 4, 53, 10, 11, 2, -7, 62, -8, 61, -9, -1, 0, 3, 0, 1, 2, 0, 62, -8] },
    { name: "LuaTable.setStr", args: [0, 1, 2], kinds: "rrrfrbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [48, 4, 3, 0, -1, 60, 11, 3, 2, 4, 1, 3, 0, 1, 2, 30, 5, 3, -3, 58, 5, 43, 5, 0, 1, 2, 3, 5, 48, 6, 3, 0, -4, 34, 7, 3, 53, 6, 7, 2, -5, 62, -6, 61, -7, -1, 0, 3, 0, 1, 2, 0, 62, -6] },
    { name: "LuaTable.setInt", args: [0, 1, 2], kinds: "rfrfrifbbbbifbi",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any"), __metajit.pool.ref(undefined)],
      code: [21, 3, 1, -2, 48, 4, 3, 0, -3, 34, 5, 3, 33, 6, 5, 31, 7, 6, 3, 66, 8, 7, 58, 7, 40, 7, 0, 1, 2, 3, 4, 7, 8, 30, 9, 3, -5, 66, 8, 9, 66, 10, 8, 58, 8, 68, 7, 0, 1, 2, 3, 4, 8, 10, 54, 11, 4, -6, 33, 12, 11, 27, 13, 3, 12, 66, 10, 13, 58, 10, 88, 6, 0, 1, 2, 3, 4, 10, 34, 14, 3, 53, 4, 14, 2, -6, 62, -7, 60, 13, -1, 3, 0, 1, 2, 0, 62, -7] },
    { name: "LuaTable.length", args: [0], kinds: "rrfibbfirbffbffffirbfbf",
      pool: [__metajit.pool.field("arr"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.ref(Math.floor), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.field("hashCap")],
      code: [48, 1, 3, 0, -1, 54, 3, 1, -2, 33, 2, 3, 29, 4, 2, -4, 66, 5, 4, 58, 4, 48, 5, 0, 1, 2, 4, 5, 21, 6, 2, -6, 34, 7, 6, 51, 8, 3, 1, 7, -2, 37, 9, 8, -7, 66, 5, 9, 58, 5, 131, 4, 0, 1, 2, 5, 66, 10, -4, 21, 11, 2, 10, 29, 12, 11, -6, 58, 12, 129, 4, 1, 2, 10, 12, 20, 14, 10, 2, 23, 15, 14, -10, 61, -8, 13, 1, 1, 15, 3, 1, 2, 10, 21, 16, 13, -6, 34, 17, 16, 51, 18, 3, 1, 17, -2, 37, 19, 18, -7, 58, 19, 124, 5, 1, 2, 10, 13, 19, 66, 2, 13, 57, 127, 66, 10, 13, 57, 59, 62, 10, 48, 20, 1, 0, -11, 31, 21, 20, -4, 58, 21, 149, 3, 0, 2, 21, 62, 2, 60, 14, 22, 2, 0, 2, 0, 62, 22] },
    { name: "Interpreter.pushFrame", args: [0, 1, 2, 3, 4, 5, 6, 7], kinds: "rrrrfffffffbrrririf",
      pool: [__metajit.pool.field("depth"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("callLimit"), __metajit.pool.ref(__metajit.methodCaller("stackOverflow")), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [48, 8, 1, 1, -1, 20, 9, 8, -3, 48, 10, 1, 0, -4, 30, 11, 9, 10, 58, 11, 41, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 61, -5, 12, 0, 1, 0, 0, 63, 12, 60, 15, 13, 7, 0, 2, 3, 4, 5, 6, 7, 3, 1, 2, 8, 48, 14, 3, 1, -6, 34, 15, 8, 53, 14, 15, 2, -7, 48, 16, 3, 1, -8, 34, 17, 8, 53, 16, 17, 13, -7, 20, 18, 8, -3, 50, 1, 18, -1, 62, 13] },
    { name: "Interpreter.tailFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrffrrffffffriri",
      pool: [__metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("tailcalls"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("depth"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [49, 8, 1, 6, -1, 49, 9, 1, 6, -2, 60, 15, 7, 7, 0, 2, 3, 4, 5, 8, 9, 3, 1, 2, 6, 48, 10, 1, 6, -3, 20, 11, 10, -5, 50, 7, 11, -3, 48, 13, 1, 1, -6, 21, 12, 13, -5, 48, 14, 3, 1, -7, 34, 15, 12, 53, 14, 15, 2, -8, 48, 16, 3, 1, -9, 34, 17, 12, 53, 16, 17, 7, -8, 62, 7] },
    { name: "Shape.lookup", args: [0, 1], kinds: "rrrifbffbirbrrfbf",
      pool: [__metajit.pool.field("keys"), __metajit.pool.array("any"), __metajit.pool.int(8), __metajit.pool.float(8), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.float(1), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.ref(undefined)],
      code: [49, 2, 3, 0, -1, 54, 3, 2, -2, 33, 4, 3, 28, 5, 4, -4, 58, 5, 76, 5, 0, 1, 2, 3, 5, 66, 6, -6, 33, 7, 3, 27, 8, 6, 7, 58, 8, 74, 5, 1, 2, 3, 6, 8, 34, 9, 6, 51, 10, 3, 2, 9, -2, 37, 11, 10, 1, 58, 11, 68, 5, 1, 2, 3, 6, 11, 62, 6, 20, 6, 6, -7, 57, 28, 62, -9, 49, 13, 3, 0, -10, 61, -11, 12, 0, 2, 13, 1, 0, 37, 15, 12, -12, 58, 15, 104, 2, 12, 15, 66, 14, -9, 57, 110, 45, 16, 12, 66, 14, 16, 62, 14] },
    { name: "LuaTable.getHashed", args: [0, 1], kinds: "rrrbrrrbrfir",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any")],
      code: [48, 2, 3, 0, -1, 37, 3, 2, -2, 58, 3, 18, 3, 1, 2, 3, 62, -2, 49, 5, 3, 2, -3, 61, -4, 4, 0, 2, 5, 1, 1, 2, 37, 7, 4, -2, 58, 7, 48, 3, 2, 4, 7, 66, 6, -2, 57, 68, 49, 8, 3, 2, -5, 45, 9, 4, 34, 10, 9, 51, 11, 3, 8, 10, -6, 66, 6, 11, 62, 6] },
    { name: "LuaTable.setNumSlow", args: [0, 1, 2], kinds: "rfrrbbrrbbrfibbrfb",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any"), __metajit.pool.ref(__metajit_ref_5), __metajit.pool.ref("table index is NaN"), __metajit.pool.ref(__metajit.methodCaller("newKey")), __metajit.pool.int(0), __metajit.pool.float(0)],
      code: [48, 3, 3, 0, -1, 37, 4, 3, -2, 35, 5, 4, 58, 5, 75, 5, 0, 1, 2, 3, 5, 49, 7, 3, 3, -3, 61, -4, 6, 0, 2, 7, 1, 4, 0, 1, 2, 3, 37, 8, 6, -2, 35, 9, 8, 58, 9, 73, 6, 0, 1, 2, 3, 6, 9, 49, 10, 3, 3, -5, 45, 11, 6, 34, 12, 11, 53, 10, 12, 2, -6, 62, -2, 57, 75, 31, 13, 1, 1, 35, 14, 13, 58, 14, 99, 4, 0, 1, 2, 14, 61, -7, 15, 0, 1, -8, 0, 63, 15, 31, 17, 1, -11, 58, 17, 116, 4, 0, 1, 2, 17, 66, 16, -11, 57, 119, 66, 16, 1, 61, -9, -1, 0, 3, 0, 16, 2, 0, 62, -2] },
    { name: "LuaTable.unboundSearch", args: [0, 1], kinds: "rfffrbbbrbbffbfffrb",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(2147483647), __metajit.pool.float(2147483647), __metajit.pool.ref(Math.floor)],
      code: [66, 2, 1, 20, 3, 1, -2, 60, 3, 4, 2, 0, 3, 3, 0, 2, 3, 37, 5, 4, -3, 35, 6, 5, 58, 6, 91, 4, 0, 2, 3, 6, 66, 2, 3, 22, 3, 3, -5, 29, 7, 3, -7, 58, 7, 89, 4, 0, 2, 3, 7, 66, 2, -2, 60, 3, 8, 2, 0, 2, 2, 0, 2, 37, 9, 8, -3, 35, 10, 9, 58, 10, 83, 3, 0, 2, 10, 20, 2, 2, -2, 57, 54, 21, 11, 2, -2, 62, 11, 57, 7, 21, 12, 3, 2, 29, 13, 12, -2, 58, 13, 159, 4, 0, 2, 3, 13, 20, 15, 2, 3, 23, 16, 15, -5, 61, -8, 14, 1, 1, 16, 3, 0, 2, 3, 60, 3, 17, 2, 0, 14, 4, 0, 2, 3, 14, 37, 18, 17, -3, 58, 18, 154, 5, 0, 2, 3, 14, 18, 66, 3, 14, 57, 157, 66, 2, 14, 57, 91, 62, 2] },
    { name: "Interpreter.newFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrffffrfrfbrbfirfffbfrrbbbffrrbirr",
      pool: [__metajit.pool.field("proto"), __metajit.pool.field("numParams"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.ref(undefined), __metajit.pool.float(1), __metajit.pool.field("maxStack"), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.field("isVararg"), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("noVarargs"), __metajit.pool.field("needsArg"), __metajit.pool.ref(argTable), __metajit.pool.ref(__metajit_ref_6)],
      code: [49, 7, 3, 1, -1, 49, 8, 1, 7, -2, 56, 9, -4, -3, 66, 10, -5, 27, 11, 10, 8, 58, 11, 103, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 27, 13, 10, 4, 58, 13, 75, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 20, 14, 3, 10, 34, 15, 14, 51, 16, 3, 2, 15, -3, 66, 12, 16, 57, 78, 66, 12, -7, 61, -6, 17, 0, 2, 9, 12, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 10, 10, -8, 57, 17, 66, 18, 8, 49, 19, 1, 7, -9, 27, 20, 18, 19, 58, 20, 156, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 61, -10, 21, 0, 2, 9, -7, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 18, 18, -8, 57, 106, 49, 24, 2, 7, -11, 66, 25, 24, 58, 24, 187, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 24, 25, 29, 26, 4, 8, 66, 25, 26, 58, 25, 230, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 25, 20, 27, 3, 8, 20, 28, 3, 4, 61, -12, 29, 0, 3, 2, 27, 28, 6, 1, 5, 6, 7, 8, 9, 66, 23, 29, 57, 238, 49, 30, 3, 0, -13, 66, 23, 30, 66, 22, 23, 49, 31, 2, 1, -14, 58, 31, 282, 8, 1, 5, 6, 7, 8, 9, 22, 31, 34, 32, 8, 61, -15, 33, 0, 1, 22, 7, 1, 5, 6, 7, 9, 22, 32, 53, 9, 32, 33, -3, 57, 282, 55, 34, -16, 60, 16, -1, 7, 34, 1, 7, 9, 22, 5, 6, 1, 34, 62, 34] },
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
let __metajit_d8_0!: __metajit_FieldDescr;
let __metajit_d8_1!: __metajit_ArrayDescr;
let __metajit_k8_3!: __metajit_Const;
let __metajit_k8_5!: __metajit_Const;
let __metajit_k8_6!: __metajit_Const;
let __metajit_k8_9!: __metajit_Const;
let __metajit_k8_7!: __metajit_Const;
let __metajit_d8_10!: __metajit_FieldDescr;
let __metajit_d9_0!: __metajit_FieldDescr;
let __metajit_k9_2!: __metajit_Const;
let __metajit_d9_3!: __metajit_FieldDescr;
let __metajit_k9_4!: __metajit_Const;
let __metajit_d9_5!: __metajit_FieldDescr;
let __metajit_d9_6!: __metajit_ArrayDescr;
let __metajit_d9_7!: __metajit_FieldDescr;
let __metajit_d10_0!: __metajit_FieldDescr;
let __metajit_d10_1!: __metajit_FieldDescr;
let __metajit_d10_2!: __metajit_FieldDescr;
let __metajit_k10_4!: __metajit_Const;
let __metajit_d10_5!: __metajit_FieldDescr;
let __metajit_d10_6!: __metajit_FieldDescr;
let __metajit_d10_7!: __metajit_ArrayDescr;
let __metajit_d10_8!: __metajit_FieldDescr;
let __metajit_d11_0!: __metajit_FieldDescr;
let __metajit_d11_1!: __metajit_ArrayDescr;
let __metajit_k11_3!: __metajit_Const;
let __metajit_k11_5!: __metajit_Const;
let __metajit_k11_8!: __metajit_Const;
let __metajit_d11_9!: __metajit_FieldDescr;
let __metajit_k11_10!: __metajit_Const;
let __metajit_k11_11!: __metajit_Const;
let __metajit_d12_0!: __metajit_FieldDescr;
let __metajit_k12_1!: __metajit_Const;
let __metajit_d12_2!: __metajit_FieldDescr;
let __metajit_k12_3!: __metajit_Const;
let __metajit_d12_4!: __metajit_FieldDescr;
let __metajit_d12_5!: __metajit_ArrayDescr;
let __metajit_d13_0!: __metajit_FieldDescr;
let __metajit_k13_1!: __metajit_Const;
let __metajit_d13_2!: __metajit_FieldDescr;
let __metajit_k13_3!: __metajit_Const;
let __metajit_d13_4!: __metajit_FieldDescr;
let __metajit_d13_5!: __metajit_ArrayDescr;
let __metajit_k13_6!: __metajit_Const;
let __metajit_k13_7!: __metajit_Const;
let __metajit_k13_10!: __metajit_Const;
let __metajit_k13_8!: __metajit_Const;
let __metajit_k14_1!: __metajit_Const;
let __metajit_k14_2!: __metajit_Const;
let __metajit_k14_4!: __metajit_Const;
let __metajit_k14_6!: __metajit_Const;
let __metajit_k14_7!: __metajit_Const;
let __metajit_d15_0!: __metajit_FieldDescr;
let __metajit_d15_1!: __metajit_FieldDescr;
let __metajit_k15_3!: __metajit_Const;
let __metajit_d15_2!: __metajit_ArrayDescr;
let __metajit_k15_4!: __metajit_Const;
let __metajit_k15_6!: __metajit_Const;
let __metajit_k15_5!: __metajit_Const;
let __metajit_d15_8!: __metajit_FieldDescr;
let __metajit_k15_9!: __metajit_Const;
let __metajit_k15_7!: __metajit_Const;
let __metajit_d15_10!: __metajit_FieldDescr;
let __metajit_k15_11!: __metajit_Const;
let __metajit_d15_12!: __metajit_FieldDescr;
let __metajit_d15_13!: __metajit_FieldDescr;
let __metajit_k15_14!: __metajit_Const;
let __metajit_k15_15!: __metajit_Const;
let __metajit_k16_1!: __metajit_Const;
let __metajit_d16_2!: __metajit_FieldDescr;
let __metajit_d16_3!: __metajit_FieldDescr;
let __metajit_k16_4!: __metajit_Const;
let __metajit_d16_5!: __metajit_FieldDescr;
let __metajit_d16_6!: __metajit_FieldDescr;
let __metajit_d16_7!: __metajit_FieldDescr;
let __metajit_d16_8!: __metajit_FieldDescr;
let __metajit_d16_9!: __metajit_FieldDescr;
let __metajit_d16_10!: __metajit_FieldDescr;
let __metajit_d16_11!: __metajit_FieldDescr;
let __metajit_d16_12!: __metajit_FieldDescr;
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
function __metajit_init(): void {
  if (__metajit_ready) return;
  const table = __metajit_jitcodes();
  __metajit_G.checkTable(table, [["Interpreter.run.portal", 7675], ["LuaTable.getField", 87], ["LuaTable.getStr", 48], ["LuaTable.getInt", 98], ["LuaTable.get", 58], ["LuaTable.setField", 97], ["LuaTable.setStr", 54], ["LuaTable.setInt", 98], ["LuaTable.length", 158], ["Interpreter.pushFrame", 92], ["Interpreter.tailFrame", 75], ["Shape.lookup", 112], ["LuaTable.getHashed", 70], ["LuaTable.setNumSlow", 130], ["LuaTable.unboundSearch", 161], ["Interpreter.newFrame", 300], ["Frame.constructor", 42]]);
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
  __metajit_d8_0 = pool8[0] as __metajit_FieldDescr;
  __metajit_d8_1 = pool8[1] as __metajit_ArrayDescr;
  __metajit_k8_3 = pool8[3] as __metajit_Const;
  __metajit_k8_5 = pool8[5] as __metajit_Const;
  __metajit_k8_6 = pool8[6] as __metajit_Const;
  __metajit_k8_9 = pool8[9] as __metajit_Const;
  __metajit_k8_7 = pool8[7] as __metajit_Const;
  __metajit_d8_10 = pool8[10] as __metajit_FieldDescr;
  __metajit_d9_0 = pool9[0] as __metajit_FieldDescr;
  __metajit_k9_2 = pool9[2] as __metajit_Const;
  __metajit_d9_3 = pool9[3] as __metajit_FieldDescr;
  __metajit_k9_4 = pool9[4] as __metajit_Const;
  __metajit_d9_5 = pool9[5] as __metajit_FieldDescr;
  __metajit_d9_6 = pool9[6] as __metajit_ArrayDescr;
  __metajit_d9_7 = pool9[7] as __metajit_FieldDescr;
  __metajit_d10_0 = pool10[0] as __metajit_FieldDescr;
  __metajit_d10_1 = pool10[1] as __metajit_FieldDescr;
  __metajit_d10_2 = pool10[2] as __metajit_FieldDescr;
  __metajit_k10_4 = pool10[4] as __metajit_Const;
  __metajit_d10_5 = pool10[5] as __metajit_FieldDescr;
  __metajit_d10_6 = pool10[6] as __metajit_FieldDescr;
  __metajit_d10_7 = pool10[7] as __metajit_ArrayDescr;
  __metajit_d10_8 = pool10[8] as __metajit_FieldDescr;
  __metajit_d11_0 = pool11[0] as __metajit_FieldDescr;
  __metajit_d11_1 = pool11[1] as __metajit_ArrayDescr;
  __metajit_k11_3 = pool11[3] as __metajit_Const;
  __metajit_k11_5 = pool11[5] as __metajit_Const;
  __metajit_k11_8 = pool11[8] as __metajit_Const;
  __metajit_d11_9 = pool11[9] as __metajit_FieldDescr;
  __metajit_k11_10 = pool11[10] as __metajit_Const;
  __metajit_k11_11 = pool11[11] as __metajit_Const;
  __metajit_d12_0 = pool12[0] as __metajit_FieldDescr;
  __metajit_k12_1 = pool12[1] as __metajit_Const;
  __metajit_d12_2 = pool12[2] as __metajit_FieldDescr;
  __metajit_k12_3 = pool12[3] as __metajit_Const;
  __metajit_d12_4 = pool12[4] as __metajit_FieldDescr;
  __metajit_d12_5 = pool12[5] as __metajit_ArrayDescr;
  __metajit_d13_0 = pool13[0] as __metajit_FieldDescr;
  __metajit_k13_1 = pool13[1] as __metajit_Const;
  __metajit_d13_2 = pool13[2] as __metajit_FieldDescr;
  __metajit_k13_3 = pool13[3] as __metajit_Const;
  __metajit_d13_4 = pool13[4] as __metajit_FieldDescr;
  __metajit_d13_5 = pool13[5] as __metajit_ArrayDescr;
  __metajit_k13_6 = pool13[6] as __metajit_Const;
  __metajit_k13_7 = pool13[7] as __metajit_Const;
  __metajit_k13_10 = pool13[10] as __metajit_Const;
  __metajit_k13_8 = pool13[8] as __metajit_Const;
  __metajit_k14_1 = pool14[1] as __metajit_Const;
  __metajit_k14_2 = pool14[2] as __metajit_Const;
  __metajit_k14_4 = pool14[4] as __metajit_Const;
  __metajit_k14_6 = pool14[6] as __metajit_Const;
  __metajit_k14_7 = pool14[7] as __metajit_Const;
  __metajit_d15_0 = pool15[0] as __metajit_FieldDescr;
  __metajit_d15_1 = pool15[1] as __metajit_FieldDescr;
  __metajit_k15_3 = pool15[3] as __metajit_Const;
  __metajit_d15_2 = pool15[2] as __metajit_ArrayDescr;
  __metajit_k15_4 = pool15[4] as __metajit_Const;
  __metajit_k15_6 = pool15[6] as __metajit_Const;
  __metajit_k15_5 = pool15[5] as __metajit_Const;
  __metajit_d15_8 = pool15[8] as __metajit_FieldDescr;
  __metajit_k15_9 = pool15[9] as __metajit_Const;
  __metajit_k15_7 = pool15[7] as __metajit_Const;
  __metajit_d15_10 = pool15[10] as __metajit_FieldDescr;
  __metajit_k15_11 = pool15[11] as __metajit_Const;
  __metajit_d15_12 = pool15[12] as __metajit_FieldDescr;
  __metajit_d15_13 = pool15[13] as __metajit_FieldDescr;
  __metajit_k15_14 = pool15[14] as __metajit_Const;
  __metajit_k15_15 = pool15[15] as __metajit_Const;
  __metajit_k16_1 = pool16[1] as __metajit_Const;
  __metajit_d16_2 = pool16[2] as __metajit_FieldDescr;
  __metajit_d16_3 = pool16[3] as __metajit_FieldDescr;
  __metajit_k16_4 = pool16[4] as __metajit_Const;
  __metajit_d16_5 = pool16[5] as __metajit_FieldDescr;
  __metajit_d16_6 = pool16[6] as __metajit_FieldDescr;
  __metajit_d16_7 = pool16[7] as __metajit_FieldDescr;
  __metajit_d16_8 = pool16[8] as __metajit_FieldDescr;
  __metajit_d16_9 = pool16[9] as __metajit_FieldDescr;
  __metajit_d16_10 = pool16[10] as __metajit_FieldDescr;
  __metajit_d16_11 = pool16[11] as __metajit_FieldDescr;
  __metajit_d16_12 = pool16[12] as __metajit_FieldDescr;
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
  __metajit_o42 = { descr: __metajit_d8_0, type: "ref" };
  __metajit_o43 = { descr: __metajit_d8_1 };
  __metajit_o44 = { descr: __metajit_d8_1, type: "ref" };
  __metajit_o45 = { descr: __metajit_d8_10, type: "float" };
  __metajit_o46 = { descr: __metajit_d9_0, type: "float" };
  __metajit_o47 = { descr: __metajit_d9_3, type: "float" };
  __metajit_o48 = { descr: __metajit_d9_5, type: "ref" };
  __metajit_o49 = { descr: __metajit_d9_6 };
  __metajit_o50 = { descr: __metajit_d9_7, type: "ref" };
  __metajit_o51 = { descr: __metajit_d9_0 };
  __metajit_o52 = { descr: __metajit_d10_0, type: "float" };
  __metajit_o53 = { descr: __metajit_d10_1, type: "float" };
  __metajit_o54 = { descr: __metajit_d10_2, type: "float" };
  __metajit_o55 = { descr: __metajit_d10_2 };
  __metajit_o56 = { descr: __metajit_d10_5, type: "float" };
  __metajit_o57 = { descr: __metajit_d10_6, type: "ref" };
  __metajit_o58 = { descr: __metajit_d10_7 };
  __metajit_o59 = { descr: __metajit_d10_8, type: "ref" };
  __metajit_o60 = { descr: __metajit_d11_0, type: "ref" };
  __metajit_o61 = { descr: __metajit_d11_1 };
  __metajit_o62 = { descr: __metajit_d11_1, type: "ref" };
  __metajit_o63 = { descr: __metajit_d11_9, type: "ref" };
  __metajit_o64 = { descr: __metajit_d12_0, type: "ref" };
  __metajit_o65 = { descr: __metajit_d12_2, type: "ref" };
  __metajit_o66 = { descr: __metajit_d12_4, type: "ref" };
  __metajit_o67 = { descr: __metajit_d12_5, type: "ref" };
  __metajit_o68 = { descr: __metajit_d13_0, type: "ref" };
  __metajit_o69 = { descr: __metajit_d13_2, type: "ref" };
  __metajit_o70 = { descr: __metajit_d13_4, type: "ref" };
  __metajit_o71 = { descr: __metajit_d13_5 };
  __metajit_o72 = { descr: __metajit_d15_0, type: "ref" };
  __metajit_o73 = { descr: __metajit_d15_1, type: "float" };
  __metajit_o74 = { descr: __metajit_d15_2 };
  __metajit_o75 = { descr: __metajit_d15_2, type: "ref" };
  __metajit_o76 = { descr: __metajit_d15_8, type: "float" };
  __metajit_o77 = { descr: __metajit_d15_10, type: "bool" };
  __metajit_o78 = { descr: __metajit_d15_12, type: "ref" };
  __metajit_o79 = { descr: __metajit_d15_13, type: "bool" };
  __metajit_o80 = { descr: __metajit_d16_2 };
  __metajit_o81 = { descr: __metajit_d16_3 };
  __metajit_o82 = { descr: __metajit_d16_5 };
  __metajit_o83 = { descr: __metajit_d16_6 };
  __metajit_o84 = { descr: __metajit_d16_7 };
  __metajit_o85 = { descr: __metajit_d16_8 };
  __metajit_o86 = { descr: __metajit_d16_9 };
  __metajit_o87 = { descr: __metajit_d16_10 };
  __metajit_o88 = { descr: __metajit_d16_11 };
  __metajit_o89 = { descr: __metajit_d16_12 };
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
  let u187!: number;
  let b188: __metajit_Value | undefined;
  let u188!: number;
  let b189: __metajit_Value | undefined;
  let b190: __metajit_Value | undefined;
  let u190!: number;
  let b191: __metajit_Value | undefined;
  let u191!: unknown;
  let b192: __metajit_Value | undefined;
  let u192!: number;
  let b193: __metajit_Value | undefined;
  let u193!: number;
  let b194: __metajit_Value | undefined;
  let u194!: unknown;
  let b195: __metajit_Value | undefined;
  let u195!: number;
  let b196: __metajit_Value | undefined;
  let b197: __metajit_Value | undefined;
  let u197!: number;
  let b198: __metajit_Value | undefined;
  let b199: __metajit_Value | undefined;
  let u199!: unknown;
  let b200: __metajit_Value | undefined;
  let u200!: boolean;
  let b201: __metajit_Value | undefined;
  let u201!: number;
  let b202: __metajit_Value | undefined;
  let b203: __metajit_Value | undefined;
  let u203!: unknown;
  let b204: __metajit_Value | undefined;
  let u204!: number;
  let b205: __metajit_Value | undefined;
  let u205!: number;
  let b206: __metajit_Value | undefined;
  let u206!: unknown;
  let b207: __metajit_Value | undefined;
  let u207!: number;
  let b208: __metajit_Value | undefined;
  let u208!: number;
  let b209: __metajit_Value | undefined;
  let u209!: unknown;
  let b210: __metajit_Value | undefined;
  let b211: __metajit_Value | undefined;
  let b212: __metajit_Value | undefined;
  let b213: __metajit_Value | undefined;
  let b214: __metajit_Value | undefined;
  let u214!: boolean;
  let b215: __metajit_Value | undefined;
  let b216: __metajit_Value | undefined;
  let b217: __metajit_Value | undefined;
  let b218: __metajit_Value | undefined;
  let b219: __metajit_Value | undefined;
  let b220: __metajit_Value | undefined;
  let b221: __metajit_Value | undefined;
  let b222: __metajit_Value | undefined;
  let b223: __metajit_Value | undefined;
  let u223!: unknown;
  let b224: __metajit_Value | undefined;
  let u224!: boolean;
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
  let b235: __metajit_Value | undefined;
  let u235!: number;
  let b236: __metajit_Value | undefined;
  let u236!: number;
  let b237: __metajit_Value | undefined;
  let u237!: unknown;
  let b238: __metajit_Value | undefined;
  let u238!: number;
  let b239: __metajit_Value | undefined;
  let u239!: number;
  let b240: __metajit_Value | undefined;
  let u240!: unknown;
  let b241: __metajit_Value | undefined;
  let u241!: number;
  let b242: __metajit_Value | undefined;
  let b243: __metajit_Value | undefined;
  let u243!: unknown;
  let b244: __metajit_Value | undefined;
  let u244!: boolean;
  let b245: __metajit_Value | undefined;
  let u245!: number;
  let b246: __metajit_Value | undefined;
  let b247: __metajit_Value | undefined;
  let u247!: unknown;
  let b248: __metajit_Value | undefined;
  let u248!: number;
  let b249: __metajit_Value | undefined;
  let u249!: number;
  let b250: __metajit_Value | undefined;
  let u250!: unknown;
  let b251: __metajit_Value | undefined;
  let b252: __metajit_Value | undefined;
  let u252!: unknown;
  let b253: __metajit_Value | undefined;
  let u253!: boolean;
  let b254: __metajit_Value | undefined;
  let u254!: number;
  let b255: __metajit_Value | undefined;
  let b256: __metajit_Value | undefined;
  let u256!: unknown;
  let b257: __metajit_Value | undefined;
  let u257!: number;
  let b258: __metajit_Value | undefined;
  let u258!: number;
  let b259: __metajit_Value | undefined;
  let u259!: unknown;
  let b260: __metajit_Value | undefined;
  let b261: __metajit_Value | undefined;
  let b262: __metajit_Value | undefined;
  let b263: __metajit_Value | undefined;
  let b264: __metajit_Value | undefined;
  let b265: __metajit_Value | undefined;
  let u265!: number;
  let b266: __metajit_Value | undefined;
  let b267: __metajit_Value | undefined;
  let b268: __metajit_Value | undefined;
  let b269: __metajit_Value | undefined;
  let b270: __metajit_Value | undefined;
  let u270!: number;
  let b271: __metajit_Value | undefined;
  let b272: __metajit_Value | undefined;
  let u272!: number;
  let b273: __metajit_Value | undefined;
  let u273!: unknown;
  let b274: __metajit_Value | undefined;
  let u274!: number;
  let b275: __metajit_Value | undefined;
  let u275!: number;
  let b276: __metajit_Value | undefined;
  let u276!: unknown;
  let b277: __metajit_Value | undefined;
  let u277!: number;
  let b278: __metajit_Value | undefined;
  let b279: __metajit_Value | undefined;
  let u279!: unknown;
  let b280: __metajit_Value | undefined;
  let u280!: boolean;
  let b281: __metajit_Value | undefined;
  let u281!: number;
  let b282: __metajit_Value | undefined;
  let b283: __metajit_Value | undefined;
  let u283!: unknown;
  let b284: __metajit_Value | undefined;
  let u284!: number;
  let b285: __metajit_Value | undefined;
  let u285!: number;
  let b286: __metajit_Value | undefined;
  let u286!: unknown;
  let b287: __metajit_Value | undefined;
  let b288: __metajit_Value | undefined;
  let u288!: unknown;
  let b289: __metajit_Value | undefined;
  let u289!: boolean;
  let b290: __metajit_Value | undefined;
  let u290!: number;
  let b291: __metajit_Value | undefined;
  let b292: __metajit_Value | undefined;
  let u292!: unknown;
  let b293: __metajit_Value | undefined;
  let u293!: number;
  let b294: __metajit_Value | undefined;
  let u294!: number;
  let b295: __metajit_Value | undefined;
  let u295!: unknown;
  let b296: __metajit_Value | undefined;
  let b297: __metajit_Value | undefined;
  let b298: __metajit_Value | undefined;
  let b299: __metajit_Value | undefined;
  let b300: __metajit_Value | undefined;
  let b301: __metajit_Value | undefined;
  let u301!: number;
  let b302: __metajit_Value | undefined;
  let b303: __metajit_Value | undefined;
  let b304: __metajit_Value | undefined;
  let b305: __metajit_Value | undefined;
  let b306: __metajit_Value | undefined;
  let u306!: number;
  let b307: __metajit_Value | undefined;
  let b308: __metajit_Value | undefined;
  let u308!: number;
  let b309: __metajit_Value | undefined;
  let u309!: unknown;
  let b310: __metajit_Value | undefined;
  let u310!: number;
  let b311: __metajit_Value | undefined;
  let u311!: number;
  let b312: __metajit_Value | undefined;
  let u312!: unknown;
  let b313: __metajit_Value | undefined;
  let u313!: number;
  let b314: __metajit_Value | undefined;
  let b315: __metajit_Value | undefined;
  let u315!: unknown;
  let b316: __metajit_Value | undefined;
  let u316!: boolean;
  let b317: __metajit_Value | undefined;
  let u317!: number;
  let b318: __metajit_Value | undefined;
  let b319: __metajit_Value | undefined;
  let u319!: unknown;
  let b320: __metajit_Value | undefined;
  let u320!: number;
  let b321: __metajit_Value | undefined;
  let u321!: number;
  let b322: __metajit_Value | undefined;
  let u322!: unknown;
  let b323: __metajit_Value | undefined;
  let b324: __metajit_Value | undefined;
  let u324!: unknown;
  let b325: __metajit_Value | undefined;
  let u325!: boolean;
  let b326: __metajit_Value | undefined;
  let u326!: number;
  let b327: __metajit_Value | undefined;
  let b328: __metajit_Value | undefined;
  let u328!: unknown;
  let b329: __metajit_Value | undefined;
  let u329!: number;
  let b330: __metajit_Value | undefined;
  let u330!: number;
  let b331: __metajit_Value | undefined;
  let u331!: unknown;
  let b332: __metajit_Value | undefined;
  let b333: __metajit_Value | undefined;
  let b334: __metajit_Value | undefined;
  let b335: __metajit_Value | undefined;
  let b336: __metajit_Value | undefined;
  let b337: __metajit_Value | undefined;
  let u337!: number;
  let b338: __metajit_Value | undefined;
  let b339: __metajit_Value | undefined;
  let b340: __metajit_Value | undefined;
  let b341: __metajit_Value | undefined;
  let b342: __metajit_Value | undefined;
  let u342!: number;
  let b343: __metajit_Value | undefined;
  let b344: __metajit_Value | undefined;
  let u344!: number;
  let b345: __metajit_Value | undefined;
  let u345!: unknown;
  let b346: __metajit_Value | undefined;
  let u346!: number;
  let b347: __metajit_Value | undefined;
  let u347!: number;
  let b348: __metajit_Value | undefined;
  let u348!: unknown;
  let b349: __metajit_Value | undefined;
  let u349!: number;
  let b350: __metajit_Value | undefined;
  let b351: __metajit_Value | undefined;
  let u351!: unknown;
  let b352: __metajit_Value | undefined;
  let u352!: boolean;
  let b353: __metajit_Value | undefined;
  let u353!: number;
  let b354: __metajit_Value | undefined;
  let b355: __metajit_Value | undefined;
  let u355!: unknown;
  let b356: __metajit_Value | undefined;
  let u356!: number;
  let b357: __metajit_Value | undefined;
  let u357!: number;
  let b358: __metajit_Value | undefined;
  let u358!: unknown;
  let b359: __metajit_Value | undefined;
  let b360: __metajit_Value | undefined;
  let u360!: unknown;
  let b361: __metajit_Value | undefined;
  let u361!: boolean;
  let b362: __metajit_Value | undefined;
  let u362!: number;
  let b363: __metajit_Value | undefined;
  let b364: __metajit_Value | undefined;
  let u364!: unknown;
  let b365: __metajit_Value | undefined;
  let u365!: number;
  let b366: __metajit_Value | undefined;
  let u366!: number;
  let b367: __metajit_Value | undefined;
  let u367!: unknown;
  let b368: __metajit_Value | undefined;
  let b369: __metajit_Value | undefined;
  let b370: __metajit_Value | undefined;
  let b371: __metajit_Value | undefined;
  let b372: __metajit_Value | undefined;
  let b373: __metajit_Value | undefined;
  let u373!: number;
  let b374: __metajit_Value | undefined;
  let b375: __metajit_Value | undefined;
  let b376: __metajit_Value | undefined;
  let b377: __metajit_Value | undefined;
  let b378: __metajit_Value | undefined;
  let u378!: number;
  let b379: __metajit_Value | undefined;
  let b380: __metajit_Value | undefined;
  let u380!: number;
  let b381: __metajit_Value | undefined;
  let u381!: unknown;
  let b382: __metajit_Value | undefined;
  let u382!: number;
  let b383: __metajit_Value | undefined;
  let u383!: number;
  let b384: __metajit_Value | undefined;
  let u384!: unknown;
  let b385: __metajit_Value | undefined;
  let u385!: number;
  let b386: __metajit_Value | undefined;
  let b387: __metajit_Value | undefined;
  let u387!: unknown;
  let b388: __metajit_Value | undefined;
  let u388!: boolean;
  let b389: __metajit_Value | undefined;
  let u389!: number;
  let b390: __metajit_Value | undefined;
  let b391: __metajit_Value | undefined;
  let u391!: unknown;
  let b392: __metajit_Value | undefined;
  let u392!: number;
  let b393: __metajit_Value | undefined;
  let u393!: number;
  let b394: __metajit_Value | undefined;
  let u394!: unknown;
  let b395: __metajit_Value | undefined;
  let b396: __metajit_Value | undefined;
  let u396!: unknown;
  let b397: __metajit_Value | undefined;
  let u397!: boolean;
  let b398: __metajit_Value | undefined;
  let u398!: number;
  let b399: __metajit_Value | undefined;
  let b400: __metajit_Value | undefined;
  let u400!: unknown;
  let b401: __metajit_Value | undefined;
  let u401!: number;
  let b402: __metajit_Value | undefined;
  let u402!: number;
  let b403: __metajit_Value | undefined;
  let u403!: unknown;
  let b404: __metajit_Value | undefined;
  let b405: __metajit_Value | undefined;
  let b406: __metajit_Value | undefined;
  let b407: __metajit_Value | undefined;
  let b408: __metajit_Value | undefined;
  let b409: __metajit_Value | undefined;
  let u409!: number;
  let b410: __metajit_Value | undefined;
  let b411: __metajit_Value | undefined;
  let b412: __metajit_Value | undefined;
  let b413: __metajit_Value | undefined;
  let b414: __metajit_Value | undefined;
  let b415: __metajit_Value | undefined;
  let b416: __metajit_Value | undefined;
  let b417: __metajit_Value | undefined;
  let b418: __metajit_Value | undefined;
  let b419: __metajit_Value | undefined;
  let u419!: number;
  let b420: __metajit_Value | undefined;
  let b421: __metajit_Value | undefined;
  let u421!: number;
  let b422: __metajit_Value | undefined;
  let u422!: unknown;
  let b423: __metajit_Value | undefined;
  let u423!: number;
  let b424: __metajit_Value | undefined;
  let u424!: number;
  let b425: __metajit_Value | undefined;
  let u425!: unknown;
  let b426: __metajit_Value | undefined;
  let u426!: number;
  let b427: __metajit_Value | undefined;
  let b428: __metajit_Value | undefined;
  let u428!: unknown;
  let b429: __metajit_Value | undefined;
  let u429!: boolean;
  let b430: __metajit_Value | undefined;
  let u430!: number;
  let b431: __metajit_Value | undefined;
  let b432: __metajit_Value | undefined;
  let u432!: unknown;
  let b433: __metajit_Value | undefined;
  let u433!: number;
  let b434: __metajit_Value | undefined;
  let u434!: number;
  let b435: __metajit_Value | undefined;
  let u435!: unknown;
  let b436: __metajit_Value | undefined;
  let b437: __metajit_Value | undefined;
  let u437!: unknown;
  let b438: __metajit_Value | undefined;
  let u438!: boolean;
  let b439: __metajit_Value | undefined;
  let u439!: number;
  let b440: __metajit_Value | undefined;
  let b441: __metajit_Value | undefined;
  let u441!: unknown;
  let b442: __metajit_Value | undefined;
  let u442!: number;
  let b443: __metajit_Value | undefined;
  let u443!: number;
  let b444: __metajit_Value | undefined;
  let u444!: unknown;
  let b445: __metajit_Value | undefined;
  let b446: __metajit_Value | undefined;
  let b447: __metajit_Value | undefined;
  let b448: __metajit_Value | undefined;
  let b449: __metajit_Value | undefined;
  let b450: __metajit_Value | undefined;
  let u450!: number;
  let b451: __metajit_Value | undefined;
  let b452: __metajit_Value | undefined;
  let b453: __metajit_Value | undefined;
  let b454: __metajit_Value | undefined;
  let b455: __metajit_Value | undefined;
  let u455!: number;
  let b456: __metajit_Value | undefined;
  let b457: __metajit_Value | undefined;
  let u457!: number;
  let b458: __metajit_Value | undefined;
  let u458!: unknown;
  let b459: __metajit_Value | undefined;
  let u459!: number;
  let b460: __metajit_Value | undefined;
  let b461: __metajit_Value | undefined;
  let u461!: number;
  let b462: __metajit_Value | undefined;
  let b463: __metajit_Value | undefined;
  let b464: __metajit_Value | undefined;
  let u464!: number;
  let b465: __metajit_Value | undefined;
  let b466: __metajit_Value | undefined;
  let b467: __metajit_Value | undefined;
  let b468: __metajit_Value | undefined;
  let u468!: number;
  let b469: __metajit_Value | undefined;
  let b470: __metajit_Value | undefined;
  let b471: __metajit_Value | undefined;
  let u471!: unknown;
  let b472: __metajit_Value | undefined;
  let u472!: number;
  let b473: __metajit_Value | undefined;
  let u473!: number;
  let b474: __metajit_Value | undefined;
  let u474!: number;
  let b475: __metajit_Value | undefined;
  let u475!: number;
  let b476: __metajit_Value | undefined;
  let b477: __metajit_Value | undefined;
  let b478: __metajit_Value | undefined;
  let b479: __metajit_Value | undefined;
  let b480: __metajit_Value | undefined;
  let b481: __metajit_Value | undefined;
  let u481!: number;
  let b482: __metajit_Value | undefined;
  let u482!: unknown;
  let b483: __metajit_Value | undefined;
  let u483!: number;
  let b484: __metajit_Value | undefined;
  let b485: __metajit_Value | undefined;
  let u485!: number;
  let b486: __metajit_Value | undefined;
  let b487: __metajit_Value | undefined;
  let b488: __metajit_Value | undefined;
  let u488!: number;
  let b489: __metajit_Value | undefined;
  let b490: __metajit_Value | undefined;
  let b491: __metajit_Value | undefined;
  let b492: __metajit_Value | undefined;
  let u492!: number;
  let b493: __metajit_Value | undefined;
  let b494: __metajit_Value | undefined;
  let b495: __metajit_Value | undefined;
  let u495!: number;
  let b496: __metajit_Value | undefined;
  let b497: __metajit_Value | undefined;
  let u497!: number;
  let b498: __metajit_Value | undefined;
  let u498!: unknown;
  let b499: __metajit_Value | undefined;
  let u499!: number;
  let b500: __metajit_Value | undefined;
  let u500!: number;
  let b501: __metajit_Value | undefined;
  let u501!: unknown;
  let b502: __metajit_Value | undefined;
  let u502!: number;
  let b503: __metajit_Value | undefined;
  let b504: __metajit_Value | undefined;
  let u504!: number;
  let b505: __metajit_Value | undefined;
  let b506: __metajit_Value | undefined;
  let u506!: number;
  let b507: __metajit_Value | undefined;
  let u507!: number;
  let b508: __metajit_Value | undefined;
  let u508!: boolean;
  let b509: __metajit_Value | undefined;
  let u509!: boolean;
  let b510: __metajit_Value | undefined;
  let b511: __metajit_Value | undefined;
  let b512: __metajit_Value | undefined;
  let b513: __metajit_Value | undefined;
  let b514: __metajit_Value | undefined;
  let b515: __metajit_Value | undefined;
  let u515!: number;
  let b516: __metajit_Value | undefined;
  let b517: __metajit_Value | undefined;
  let u517!: number;
  let b518: __metajit_Value | undefined;
  let b519: __metajit_Value | undefined;
  let u519!: number;
  let b520: __metajit_Value | undefined;
  let u520!: unknown;
  let b521: __metajit_Value | undefined;
  let u521!: number;
  let b522: __metajit_Value | undefined;
  let u522!: number;
  let b523: __metajit_Value | undefined;
  let u523!: number;
  let b524: __metajit_Value | undefined;
  let u524!: boolean;
  let b525: __metajit_Value | undefined;
  let u525!: number;
  let b526: __metajit_Value | undefined;
  let u526!: unknown;
  let b527: __metajit_Value | undefined;
  let u527!: number;
  let b528: __metajit_Value | undefined;
  let u528!: number;
  let b529: __metajit_Value | undefined;
  let u529!: unknown;
  let b530: __metajit_Value | undefined;
  let u530!: number;
  let b531: __metajit_Value | undefined;
  let b532: __metajit_Value | undefined;
  let u532!: unknown;
  let b533: __metajit_Value | undefined;
  let u533!: boolean;
  let b534: __metajit_Value | undefined;
  let u534!: number;
  let b535: __metajit_Value | undefined;
  let b536: __metajit_Value | undefined;
  let u536!: unknown;
  let b537: __metajit_Value | undefined;
  let u537!: number;
  let b538: __metajit_Value | undefined;
  let u538!: number;
  let b539: __metajit_Value | undefined;
  let u539!: unknown;
  let b540: __metajit_Value | undefined;
  let b541: __metajit_Value | undefined;
  let u541!: unknown;
  let b542: __metajit_Value | undefined;
  let u542!: boolean;
  let b543: __metajit_Value | undefined;
  let u543!: number;
  let b544: __metajit_Value | undefined;
  let b545: __metajit_Value | undefined;
  let u545!: unknown;
  let b546: __metajit_Value | undefined;
  let u546!: number;
  let b547: __metajit_Value | undefined;
  let u547!: number;
  let b548: __metajit_Value | undefined;
  let u548!: unknown;
  let b549: __metajit_Value | undefined;
  let b550: __metajit_Value | undefined;
  let b551: __metajit_Value | undefined;
  let b552: __metajit_Value | undefined;
  let b553: __metajit_Value | undefined;
  let b554: __metajit_Value | undefined;
  let b555: __metajit_Value | undefined;
  let b556: __metajit_Value | undefined;
  let b557: __metajit_Value | undefined;
  let u557!: boolean;
  let b558: __metajit_Value | undefined;
  let u558!: boolean;
  let b559: __metajit_Value | undefined;
  let b560: __metajit_Value | undefined;
  let u560!: number;
  let b561: __metajit_Value | undefined;
  let b562: __metajit_Value | undefined;
  let b563: __metajit_Value | undefined;
  let u563!: number;
  let b564: __metajit_Value | undefined;
  let u564!: number;
  let b565: __metajit_Value | undefined;
  let u565!: number;
  let b566: __metajit_Value | undefined;
  let u566!: unknown;
  let b567: __metajit_Value | undefined;
  let u567!: number;
  let b568: __metajit_Value | undefined;
  let u568!: number;
  let b569: __metajit_Value | undefined;
  let u569!: number;
  let b570: __metajit_Value | undefined;
  let u570!: number;
  let b571: __metajit_Value | undefined;
  let u571!: boolean;
  let b572: __metajit_Value | undefined;
  let u572!: number;
  let b573: __metajit_Value | undefined;
  let u573!: unknown;
  let b574: __metajit_Value | undefined;
  let u574!: number;
  let b575: __metajit_Value | undefined;
  let u575!: number;
  let b576: __metajit_Value | undefined;
  let u576!: unknown;
  let b577: __metajit_Value | undefined;
  let u577!: number;
  let b578: __metajit_Value | undefined;
  let b579: __metajit_Value | undefined;
  let u579!: unknown;
  let b580: __metajit_Value | undefined;
  let u580!: boolean;
  let b581: __metajit_Value | undefined;
  let u581!: number;
  let b582: __metajit_Value | undefined;
  let b583: __metajit_Value | undefined;
  let u583!: unknown;
  let b584: __metajit_Value | undefined;
  let u584!: number;
  let b585: __metajit_Value | undefined;
  let u585!: number;
  let b586: __metajit_Value | undefined;
  let u586!: unknown;
  let b587: __metajit_Value | undefined;
  let b588: __metajit_Value | undefined;
  let u588!: unknown;
  let b589: __metajit_Value | undefined;
  let u589!: boolean;
  let b590: __metajit_Value | undefined;
  let u590!: number;
  let b591: __metajit_Value | undefined;
  let b592: __metajit_Value | undefined;
  let u592!: unknown;
  let b593: __metajit_Value | undefined;
  let u593!: number;
  let b594: __metajit_Value | undefined;
  let u594!: number;
  let b595: __metajit_Value | undefined;
  let u595!: unknown;
  let b596: __metajit_Value | undefined;
  let u596!: boolean;
  let b597: __metajit_Value | undefined;
  let b598: __metajit_Value | undefined;
  let b599: __metajit_Value | undefined;
  let b600: __metajit_Value | undefined;
  let b601: __metajit_Value | undefined;
  let b602: __metajit_Value | undefined;
  let b603: __metajit_Value | undefined;
  let u603!: unknown;
  let b604: __metajit_Value | undefined;
  let u604!: number;
  let b605: __metajit_Value | undefined;
  let u605!: number;
  let b606: __metajit_Value | undefined;
  let u606!: boolean;
  let b607: __metajit_Value | undefined;
  let b608: __metajit_Value | undefined;
  let b609: __metajit_Value | undefined;
  let b610: __metajit_Value | undefined;
  let b611: __metajit_Value | undefined;
  let b612: __metajit_Value | undefined;
  let b613: __metajit_Value | undefined;
  let u613!: unknown;
  let b614: __metajit_Value | undefined;
  let u614!: number;
  let b615: __metajit_Value | undefined;
  let u615!: number;
  let b616: __metajit_Value | undefined;
  let u616!: boolean;
  let b617: __metajit_Value | undefined;
  let u617!: boolean;
  let b618: __metajit_Value | undefined;
  let b619: __metajit_Value | undefined;
  let u619!: number;
  let b620: __metajit_Value | undefined;
  let b621: __metajit_Value | undefined;
  let b622: __metajit_Value | undefined;
  let u622!: number;
  let b623: __metajit_Value | undefined;
  let u623!: number;
  let b624: __metajit_Value | undefined;
  let u624!: number;
  let b625: __metajit_Value | undefined;
  let u625!: unknown;
  let b626: __metajit_Value | undefined;
  let u626!: number;
  let b627: __metajit_Value | undefined;
  let u627!: number;
  let b628: __metajit_Value | undefined;
  let u628!: number;
  let b629: __metajit_Value | undefined;
  let u629!: number;
  let b630: __metajit_Value | undefined;
  let u630!: boolean;
  let b631: __metajit_Value | undefined;
  let b632: __metajit_Value | undefined;
  let u632!: number;
  let b633: __metajit_Value | undefined;
  let b634: __metajit_Value | undefined;
  let b635: __metajit_Value | undefined;
  let b636: __metajit_Value | undefined;
  let b637: __metajit_Value | undefined;
  let b638: __metajit_Value | undefined;
  let u638!: unknown;
  let b639: __metajit_Value | undefined;
  let u639!: number;
  let b640: __metajit_Value | undefined;
  let u640!: number;
  let b641: __metajit_Value | undefined;
  let u641!: boolean;
  let b642: __metajit_Value | undefined;
  let u642!: boolean;
  let b643: __metajit_Value | undefined;
  let b644: __metajit_Value | undefined;
  let u644!: number;
  let b645: __metajit_Value | undefined;
  let b646: __metajit_Value | undefined;
  let b647: __metajit_Value | undefined;
  let u647!: number;
  let b648: __metajit_Value | undefined;
  let u648!: number;
  let b649: __metajit_Value | undefined;
  let u649!: number;
  let b650: __metajit_Value | undefined;
  let u650!: unknown;
  let b651: __metajit_Value | undefined;
  let u651!: number;
  let b652: __metajit_Value | undefined;
  let u652!: number;
  let b653: __metajit_Value | undefined;
  let u653!: number;
  let b654: __metajit_Value | undefined;
  let u654!: number;
  let b655: __metajit_Value | undefined;
  let u655!: boolean;
  let b656: __metajit_Value | undefined;
  let b657: __metajit_Value | undefined;
  let u657!: unknown;
  let b658: __metajit_Value | undefined;
  let u658!: number;
  let b659: __metajit_Value | undefined;
  let u659!: number;
  let b660: __metajit_Value | undefined;
  let u660!: number;
  let b661: __metajit_Value | undefined;
  let b662: __metajit_Value | undefined;
  let b663: __metajit_Value | undefined;
  let b664: __metajit_Value | undefined;
  let b665: __metajit_Value | undefined;
  let b666: __metajit_Value | undefined;
  let u666!: unknown;
  let b667: __metajit_Value | undefined;
  let u667!: number;
  let b668: __metajit_Value | undefined;
  let u668!: number;
  let b669: __metajit_Value | undefined;
  let u669!: boolean;
  let b670: __metajit_Value | undefined;
  let u670!: boolean;
  let b671: __metajit_Value | undefined;
  let b672: __metajit_Value | undefined;
  let u672!: number;
  let b673: __metajit_Value | undefined;
  let b674: __metajit_Value | undefined;
  let u674!: number;
  let b675: __metajit_Value | undefined;
  let u675!: number;
  let b676: __metajit_Value | undefined;
  let u676!: unknown;
  let b677: __metajit_Value | undefined;
  let u677!: number;
  let b678: __metajit_Value | undefined;
  let u678!: number;
  let b679: __metajit_Value | undefined;
  let u679!: number;
  let b680: __metajit_Value | undefined;
  let u680!: number;
  let b681: __metajit_Value | undefined;
  let u681!: boolean;
  let b682: __metajit_Value | undefined;
  let u682!: number;
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
  let u688!: unknown;
  let b689: __metajit_Value | undefined;
  let u689!: number;
  let b690: __metajit_Value | undefined;
  let u690!: number;
  let b691: __metajit_Value | undefined;
  let b692: __metajit_Value | undefined;
  let u692!: number;
  let b693: __metajit_Value | undefined;
  let u693!: boolean;
  let b694: __metajit_Value | undefined;
  let u694!: boolean;
  let b695: __metajit_Value | undefined;
  let u695!: number;
  let b696: __metajit_Value | undefined;
  let b697: __metajit_Value | undefined;
  let b698: __metajit_Value | undefined;
  let b699: __metajit_Value | undefined;
  let b700: __metajit_Value | undefined;
  let u700!: number;
  let b701: __metajit_Value | undefined;
  let b702: __metajit_Value | undefined;
  let b703: __metajit_Value | undefined;
  let b704: __metajit_Value | undefined;
  let b705: __metajit_Value | undefined;
  let u705!: number;
  let b706: __metajit_Value | undefined;
  let b707: __metajit_Value | undefined;
  let u707!: number;
  let b708: __metajit_Value | undefined;
  let u708!: number;
  let b709: __metajit_Value | undefined;
  let b710: __metajit_Value | undefined;
  let b711: __metajit_Value | undefined;
  let b712: __metajit_Value | undefined;
  let b713: __metajit_Value | undefined;
  let b714: __metajit_Value | undefined;
  let b715: __metajit_Value | undefined;
  let u715!: boolean;
  let b716: __metajit_Value | undefined;
  let u716!: number;
  let b717: __metajit_Value | undefined;
  let b718: __metajit_Value | undefined;
  let b719: __metajit_Value | undefined;
  let u719!: number;
  let b720: __metajit_Value | undefined;
  let u720!: number;
  let b721: __metajit_Value | undefined;
  let u721!: number;
  let b722: __metajit_Value | undefined;
  let b723: __metajit_Value | undefined;
  let b724: __metajit_Value | undefined;
  let b725: __metajit_Value | undefined;
  let u725!: number;
  let b726: __metajit_Value | undefined;
  let u726!: boolean;
  let b727: __metajit_Value | undefined;
  let u727!: number;
  let b728: __metajit_Value | undefined;
  let u728!: number;
  let b729: __metajit_Value | undefined;
  let u729!: unknown;
  let b730: __metajit_Value | undefined;
  let b731: __metajit_Value | undefined;
  let b732: __metajit_Value | undefined;
  let u732!: number;
  let b733: __metajit_Value | undefined;
  let b734: __metajit_Value | undefined;
  let u734!: number;
  let b735: __metajit_Value | undefined;
  let u735!: unknown;
  let b736: __metajit_Value | undefined;
  let u736!: number;
  let b737: __metajit_Value | undefined;
  let b738: __metajit_Value | undefined;
  let u738!: number;
  let b739: __metajit_Value | undefined;
  let u739!: boolean;
  let b740: __metajit_Value | undefined;
  let u740!: boolean;
  let b741: __metajit_Value | undefined;
  let u741!: number;
  let b742: __metajit_Value | undefined;
  let b743: __metajit_Value | undefined;
  let b744: __metajit_Value | undefined;
  let b745: __metajit_Value | undefined;
  let b746: __metajit_Value | undefined;
  let u746!: number;
  let b747: __metajit_Value | undefined;
  let b748: __metajit_Value | undefined;
  let b749: __metajit_Value | undefined;
  let b750: __metajit_Value | undefined;
  let b751: __metajit_Value | undefined;
  let b752: __metajit_Value | undefined;
  let b753: __metajit_Value | undefined;
  let b754: __metajit_Value | undefined;
  let u754!: number;
  let b755: __metajit_Value | undefined;
  let b756: __metajit_Value | undefined;
  let u756!: number;
  let b757: __metajit_Value | undefined;
  let u757!: number;
  let b758: __metajit_Value | undefined;
  let b759: __metajit_Value | undefined;
  let b760: __metajit_Value | undefined;
  let b761: __metajit_Value | undefined;
  let b762: __metajit_Value | undefined;
  let b763: __metajit_Value | undefined;
  let b764: __metajit_Value | undefined;
  let u764!: number;
  let b765: __metajit_Value | undefined;
  let b766: __metajit_Value | undefined;
  let b767: __metajit_Value | undefined;
  let u767!: number;
  let b768: __metajit_Value | undefined;
  let u768!: number;
  let b769: __metajit_Value | undefined;
  let u769!: number;
  let b770: __metajit_Value | undefined;
  let b771: __metajit_Value | undefined;
  let b772: __metajit_Value | undefined;
  let b773: __metajit_Value | undefined;
  let u773!: number;
  let b774: __metajit_Value | undefined;
  let u774!: unknown;
  let b775: __metajit_Value | undefined;
  let u775!: number;
  let b776: __metajit_Value | undefined;
  let b777: __metajit_Value | undefined;
  let u777!: number;
  let b778: __metajit_Value | undefined;
  let u778!: boolean;
  let b779: __metajit_Value | undefined;
  let u779!: boolean;
  let b780: __metajit_Value | undefined;
  let u780!: number;
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
  let b797: __metajit_Value | undefined;
  let b798: __metajit_Value | undefined;
  let b799: __metajit_Value | undefined;
  let u799!: number;
  let b800: __metajit_Value | undefined;
  let b801: __metajit_Value | undefined;
  let b802: __metajit_Value | undefined;
  let b803: __metajit_Value | undefined;
  let u803!: number;
  let b804: __metajit_Value | undefined;
  let u804!: number;
  let b805: __metajit_Value | undefined;
  let b806: __metajit_Value | undefined;
  let b807: __metajit_Value | undefined;
  let u807!: number;
  let b808: __metajit_Value | undefined;
  let b809: __metajit_Value | undefined;
  let b810: __metajit_Value | undefined;
  let b811: __metajit_Value | undefined;
  let u811!: unknown;
  let b812: __metajit_Value | undefined;
  let b813: __metajit_Value | undefined;
  let u813!: number;
  let b814: __metajit_Value | undefined;
  let u814!: number;
  let b815: __metajit_Value | undefined;
  let b816: __metajit_Value | undefined;
  let b817: __metajit_Value | undefined;
  let u817!: number;
  let b818: __metajit_Value | undefined;
  let u818!: number;
  let b819: __metajit_Value | undefined;
  let b820: __metajit_Value | undefined;
  let b821: __metajit_Value | undefined;
  let u821!: number;
  let b822: __metajit_Value | undefined;
  let b823: __metajit_Value | undefined;
  let b824: __metajit_Value | undefined;
  let b825: __metajit_Value | undefined;
  let u825!: number;
  let b826: __metajit_Value | undefined;
  let u826!: number;
  let b827: __metajit_Value | undefined;
  let b828: __metajit_Value | undefined;
  let b829: __metajit_Value | undefined;
  let b830: __metajit_Value | undefined;
  let b831: __metajit_Value | undefined;
  let b832: __metajit_Value | undefined;
  let u832!: unknown;
  let b833: __metajit_Value | undefined;
  let u833!: number;
  let b834: __metajit_Value | undefined;
  let u834!: number;
  let b835: __metajit_Value | undefined;
  let u835!: number;
  let b836: __metajit_Value | undefined;
  let u836!: number;
  let b837: __metajit_Value | undefined;
  let u837!: number;
  let b838: __metajit_Value | undefined;
  let b839: __metajit_Value | undefined;
  let u839!: number;
  let b840: __metajit_Value | undefined;
  let u840!: number;
  let b841: __metajit_Value | undefined;
  let b842: __metajit_Value | undefined;
  let b843: __metajit_Value | undefined;
  let u843!: number;
  let b844: __metajit_Value | undefined;
  let b845: __metajit_Value | undefined;
  let u845!: number;
  let b846: __metajit_Value | undefined;
  let u846!: number;
  let b847: __metajit_Value | undefined;
  let b848: __metajit_Value | undefined;
  let u848!: number;
  let b849: __metajit_Value | undefined;
  let u849!: number;
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
  let b861: __metajit_Value | undefined;
  let b862: __metajit_Value | undefined;
  let b863: __metajit_Value | undefined;
  let u863!: number;
  let b864: __metajit_Value | undefined;
  let u864!: number;
  let b865: __metajit_Value | undefined;
  let b866: __metajit_Value | undefined;
  let b867: __metajit_Value | undefined;
  let u867!: number;
  let b868: __metajit_Value | undefined;
  let u868!: number;
  let b869: __metajit_Value | undefined;
  let b870: __metajit_Value | undefined;
  let b871: __metajit_Value | undefined;
  let b872: __metajit_Value | undefined;
  let b873: __metajit_Value | undefined;
  let u873!: unknown;
  let b874: __metajit_Value | undefined;
  let u874!: number;
  let b875: __metajit_Value | undefined;
  let u875!: number;
  let b876: __metajit_Value | undefined;
  let u876!: number;
  let b877: __metajit_Value | undefined;
  let u877!: number;
  let b878: __metajit_Value | undefined;
  let u878!: number;
  let b879: __metajit_Value | undefined;
  let u879!: unknown;
  let b880: __metajit_Value | undefined;
  let u880!: number;
  let b881: __metajit_Value | undefined;
  let b882: __metajit_Value | undefined;
  let u882!: number;
  let b883: __metajit_Value | undefined;
  let u883!: number;
  let b884: __metajit_Value | undefined;
  let b885: __metajit_Value | undefined;
  let b886: __metajit_Value | undefined;
  let u886!: number;
  let b887: __metajit_Value | undefined;
  let u887!: number;
  let b888: __metajit_Value | undefined;
  let u888!: number;
  let b889: __metajit_Value | undefined;
  let u889!: unknown;
  let b890: __metajit_Value | undefined;
  let u890!: number;
  let b891: __metajit_Value | undefined;
  let u891!: number;
  let b892: __metajit_Value | undefined;
  let u892!: number;
  let b893: __metajit_Value | undefined;
  let u893!: number;
  let b894: __metajit_Value | undefined;
  let u894!: boolean;
  let b895: __metajit_Value | undefined;
  let u895!: number;
  let b896: __metajit_Value | undefined;
  let u896!: number;
  let b897: __metajit_Value | undefined;
  let u897!: number;
  let b898: __metajit_Value | undefined;
  let u898!: unknown;
  let b899: __metajit_Value | undefined;
  let u899!: number;
  let b900: __metajit_Value | undefined;
  let b901: __metajit_Value | undefined;
  let u901!: number;
  let b902: __metajit_Value | undefined;
  let u902!: boolean;
  let b903: __metajit_Value | undefined;
  let u903!: boolean;
  let b904: __metajit_Value | undefined;
  let b905: __metajit_Value | undefined;
  let b906: __metajit_Value | undefined;
  let b907: __metajit_Value | undefined;
  let u907!: unknown;
  let b908: __metajit_Value | undefined;
  let u908!: number;
  let b909: __metajit_Value | undefined;
  let u909!: number;
  let b910: __metajit_Value | undefined;
  let b911: __metajit_Value | undefined;
  let b912: __metajit_Value | undefined;
  let b913: __metajit_Value | undefined;
  let u913!: number;
  let b914: __metajit_Value | undefined;
  let u914!: unknown;
  let b915: __metajit_Value | undefined;
  let u915!: unknown;
  let b916: __metajit_Value | undefined;
  let u916!: number;
  let b917: __metajit_Value | undefined;
  let u917!: number;
  let b918: __metajit_Value | undefined;
  let u918!: number;
  let b919: __metajit_Value | undefined;
  let u919!: unknown;
  let b920: __metajit_Value | undefined;
  let b921: __metajit_Value | undefined;
  let u921!: number;
  let b922: __metajit_Value | undefined;
  let u922!: unknown;
  let b923: __metajit_Value | undefined;
  let u923!: number;
  let b924: __metajit_Value | undefined;
  let b925: __metajit_Value | undefined;
  let b926: __metajit_Value | undefined;
  let u926!: boolean;
  let b927: __metajit_Value | undefined;
  let u927!: number;
  let b928: __metajit_Value | undefined;
  let b929: __metajit_Value | undefined;
  let b930: __metajit_Value | undefined;
  let u930!: number;
  let b931: __metajit_Value | undefined;
  let u931!: number;
  let b932: __metajit_Value | undefined;
  let u932!: number;
  let b933: __metajit_Value | undefined;
  let b934: __metajit_Value | undefined;
  let b935: __metajit_Value | undefined;
  let b936: __metajit_Value | undefined;
  let u936!: number;
  let b937: __metajit_Value | undefined;
  let u937!: number;
  let b938: __metajit_Value | undefined;
  let u938!: boolean;
  let b939: __metajit_Value | undefined;
  let u939!: number;
  let b940: __metajit_Value | undefined;
  let u940!: number;
  let b941: __metajit_Value | undefined;
  let u941!: unknown;
  let b942: __metajit_Value | undefined;
  let b943: __metajit_Value | undefined;
  let b944: __metajit_Value | undefined;
  let u944!: number;
  let b945: __metajit_Value | undefined;
  let b946: __metajit_Value | undefined;
  let u946!: unknown;
  let b947: __metajit_Value | undefined;
  let u947!: number;
  let b948: __metajit_Value | undefined;
  let u948!: number;
  let b949: __metajit_Value | undefined;
  let u949!: unknown;
  let b950: __metajit_Value | undefined;
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
            block = 7621;
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
              block = 1642;
              continue dispatch;
            }
            case 12: {
              block = 2242;
              continue dispatch;
            }
            case 13: {
              block = 2497;
              continue dispatch;
            }
            case 14: {
              block = 2752;
              continue dispatch;
            }
            case 15: {
              block = 3007;
              continue dispatch;
            }
            case 16: {
              block = 3262;
              continue dispatch;
            }
            case 17: {
              block = 3548;
              continue dispatch;
            }
            case 18: {
              block = 3815;
              continue dispatch;
            }
            case 19: {
              block = 3913;
              continue dispatch;
            }
            case 20: {
              block = 3981;
              continue dispatch;
            }
            case 21: {
              block = 4145;
              continue dispatch;
            }
            case 22: {
              block = 4336;
              continue dispatch;
            }
            case 23: {
              block = 4380;
              continue dispatch;
            }
            case 24:
            case 25: {
              block = 4720;
              continue dispatch;
            }
            case 26: {
              block = 5114;
              continue dispatch;
            }
            case 27: {
              block = 5264;
              continue dispatch;
            }
            case 28: {
              block = 5436;
              continue dispatch;
            }
            case 29: {
              block = 5938;
              continue dispatch;
            }
            case 30: {
              block = 6350;
              continue dispatch;
            }
            case 31: {
              block = 6710;
              continue dispatch;
            }
            case 32: {
              block = 6863;
              continue dispatch;
            }
            case 33: {
              block = 7086;
              continue dispatch;
            }
            case 34: {
              block = 7228;
              continue dispatch;
            }
            case 35: {
              block = 7322;
              continue dispatch;
            }
            case 36: {
              block = 7367;
              continue dispatch;
            }
            case 37: {
              block = 7422;
              continue dispatch;
            }
            default: {
              block = 7621;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          block = 7658;
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
          u186 = (u2 as Record<string, unknown>)["c"];
          b186 = undefined;
          u187 = u7 | 0;
          b187 = undefined;
          u188 = __metajit_G.asFloat("getarrayitem_imm", (u186 as ArrayLike<unknown>)[u187], "[any]");
          b188 = undefined;
          at = 1619;
          b189 = rec.record("call", [__metajit_k0_32, (b185 ??= __metajit_G.float(u185)), (b188 ??= __metajit_G.float(u188))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 1619, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b182 ??= __metajit_G.int(u182))]) });
          at = 1635;
          rec.record("setarrayitem", [b4!, (b182 ??= __metajit_G.int(u182)), b189!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 1642: {
          u191 = (u2 as Record<string, unknown>)["b"];
          b191 = undefined;
          u192 = u7 | 0;
          b192 = undefined;
          u190 = __metajit_G.asFloat("getarrayitem_imm", (u191 as ArrayLike<unknown>)[u192], "[any]");
          b190 = undefined;
          u194 = (u2 as Record<string, unknown>)["c"];
          b194 = undefined;
          u195 = u7 | 0;
          b195 = undefined;
          u193 = __metajit_G.asFloat("getarrayitem_imm", (u194 as ArrayLike<unknown>)[u195], "[any]");
          b193 = undefined;
          u197 = u190 | 0;
          b197 = undefined;
          at = 1673;
          b196 = rec.record("getarrayitem", [b4!, (b197 ??= __metajit_G.int(u197))], __metajit_o0);
          u200 = u193 >= 0;
          b200 = undefined;
          if (!u200) {
            block = 1713;
            continue dispatch;
          }
          block = 1699;
          continue dispatch;
        }
        case 1699: {
          u201 = u193 | 0;
          b201 = undefined;
          at = 1702;
          b202 = rec.record("getarrayitem", [b4!, (b201 ??= __metajit_G.int(u201))], __metajit_o0);
          b199 = b202;
          block = 1734;
          continue dispatch;
        }
        case 1713: {
          u203 = (u2 as Record<string, unknown>)["k"];
          b203 = undefined;
          u204 = (-1) - u193;
          b204 = undefined;
          u205 = u204 | 0;
          b205 = undefined;
          u206 = (u203 as ArrayLike<unknown>)[u205];
          b206 = undefined;
          u199 = u206;
          b199 = b206;
          b199 ??= __metajit_G.ref(u199);
          block = 1734;
          continue dispatch;
        }
        case 1734: {
          b198 = b199;
          u207 = u8 + 1;
          b207 = undefined;
          u208 = u207 | 0;
          b208 = undefined;
          at = 1744;
          rec.record("setarrayitem", [b4!, (b208 ??= __metajit_G.int(u208)), b196!], __metajit_o1);
          u209 = __metajit_k0_10.value;
          b209 = __metajit_k0_10;
          at = 1752;
          b210 = rec.record("call_pure", [__metajit_k0_33, b196!, __metajit_k0_34], { descr: null, type: "bool", snapshot: rec.snapshot(0, 1752, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!]) });
          at = 1772;
          const c1772 = b210!;
          if (!c1772.isConst) rec.guard(c1772.value === true ? "guard_true" : "guard_false", [c1772], rec.snapshot(0, 1772, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!, b210!]));
          if (c1772.value !== true) {
            block = 2210;
            continue dispatch;
          }
          block = 1789;
          continue dispatch;
        }
        case 1789: {
          at = 1789;
          {
            const x0 = rec.resolve(b198!);
            const v0 = x0.value;
            const v = typeof v0;
            b211 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1792;
          {
            const x0 = b211!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b212 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 1796;
          const c1796 = b212!;
          if (!c1796.isConst) rec.guard(c1796.value === true ? "guard_true" : "guard_false", [c1796], rec.snapshot(0, 1796, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!, b212!]));
          if (c1796.value !== true) {
            block = 1885;
            continue dispatch;
          }
          block = 1813;
          continue dispatch;
        }
        case 1813: {
          u214 = u193 < 0;
          b214 = undefined;
          if (!u214) {
            block = 1858;
            continue dispatch;
          }
          block = 1834;
          continue dispatch;
        }
        case 1834: {
          at = 1834;
          rec.enterFrame(0, 1834, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!], 1);
          b215 = __metajit_trace_1(rec, b196!, b198!);
          rec.leaveFrame();
          b213 = b215;
          block = 1880;
          continue dispatch;
        }
        case 1858: {
          at = 1858;
          rec.enterFrame(0, 1858, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!], 2);
          b216 = __metajit_trace_2(rec, b196!, b198!);
          rec.leaveFrame();
          b213 = b216;
          block = 1880;
          continue dispatch;
        }
        case 1880: {
          b209 = b213;
          block = 1904;
          continue dispatch;
        }
        case 1885: {
          at = 1885;
          rec.enterFrame(0, 1885, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!], 4);
          b209 = __metajit_trace_4(rec, b196!, b198!);
          rec.leaveFrame();
          block = 1904;
          continue dispatch;
        }
        case 1904: {
          at = 1904;
          b217 = rec.record("getfield", [b196!], __metajit_o7);
          at = 1909;
          {
            const x0 = rec.resolve(b209!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b218 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b219 = b218;
          at = 1916;
          const c1916 = b218!;
          if (!c1916.isConst) rec.guard(c1916.value === true ? "guard_true" : "guard_false", [c1916], rec.snapshot(0, 1916, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!, b209!, b217!, b218!, b219!]));
          if (c1916.value !== true) {
            block = 1946;
            continue dispatch;
          }
          block = 1936;
          continue dispatch;
        }
        case 1936: {
          at = 1936;
          {
            const x0 = rec.resolve(b217!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b220 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1940;
          {
            const x0 = b220!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b221 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b219 = b221;
          block = 1946;
          continue dispatch;
        }
        case 1946: {
          at = 1946;
          const c1946 = rec.resolve(b219!);
          if (!c1946.isConst) rec.guard(c1946.value === true ? "guard_true" : "guard_false", [c1946], rec.snapshot(0, 1946, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), (b193 ??= __metajit_G.float(u193)), b196!, b198!, b209!, b217!, b219!]));
          if (c1946.value !== true) {
            block = 2208;
            continue dispatch;
          }
          block = 1965;
          continue dispatch;
        }
        case 1965: {
          u224 = u193 < 0;
          b224 = undefined;
          u225 = u224;
          b225 = b224;
          if (!u224) {
            b225 ??= __metajit_G.bool(u225);
            block = 2000;
            continue dispatch;
          }
          block = 1990;
          continue dispatch;
        }
        case 1990: {
          at = 1990;
          {
            const x0 = rec.resolve(b198!);
            const v0 = x0.value;
            const v = typeof v0;
            b226 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1993;
          {
            const x0 = b226!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b227 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b225 = b227;
          block = 2000;
          continue dispatch;
        }
        case 2000: {
          at = 2000;
          const c2000 = rec.resolve(b225!);
          if (!c2000.isConst) rec.guard(c2000.value === true ? "guard_true" : "guard_false", [c2000], rec.snapshot(0, 2000, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b196!, b198!, b217!, b225!]));
          if (c2000.value !== true) {
            block = 2040;
            continue dispatch;
          }
          block = 2017;
          continue dispatch;
        }
        case 2017: {
          at = 2017;
          rec.enterFrame(0, 2017, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b196!, b198!], 1);
          b228 = __metajit_trace_1_2(rec, b217!, __metajit_k0_35.value);
          rec.leaveFrame();
          b223 = b228;
          block = 2043;
          continue dispatch;
        }
        case 2040: {
          u223 = __metajit_k0_10.value;
          b223 = __metajit_k0_10;
          b223 ??= __metajit_G.ref(u223);
          block = 2043;
          continue dispatch;
        }
        case 2043: {
          b222 = b223;
          at = 2046;
          b229 = rec.record("call_pure", [__metajit_k0_36, b222!, __metajit_k0_37], { descr: null, type: "bool", snapshot: rec.snapshot(0, 2046, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b196!, b198!, b222!]) });
          at = 2066;
          const c2066 = b229!;
          if (!c2066.isConst) rec.guard(c2066.value === true ? "guard_true" : "guard_false", [c2066], rec.snapshot(0, 2066, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b196!, b198!, b222!, b229!]));
          if (c2066.value !== true) {
            block = 2184;
            continue dispatch;
          }
          block = 2083;
          continue dispatch;
        }
        case 2083: {
          at = 2083;
          rec.enterFrame(0, 2083, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b198!, b222!], 1);
          b209 = __metajit_trace_1(rec, b222!, b198!);
          rec.leaveFrame();
          at = 2101;
          {
            const x0 = rec.resolve(b209!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b230 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b231 = b230;
          at = 2108;
          const c2108 = b230!;
          if (!c2108.isConst) rec.guard(c2108.value === true ? "guard_true" : "guard_false", [c2108], rec.snapshot(0, 2108, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b198!, b209!, b222!, b230!, b231!]));
          if (c2108.value !== true) {
            block = 2141;
            continue dispatch;
          }
          block = 2126;
          continue dispatch;
        }
        case 2126: {
          at = 2126;
          b232 = rec.record("getfield", [b222!], __metajit_o7);
          at = 2131;
          {
            const x0 = rec.resolve(b232!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b233 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 2135;
          {
            const x0 = b233!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b234 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b231 = b234;
          block = 2141;
          continue dispatch;
        }
        case 2141: {
          at = 2141;
          const c2141 = rec.resolve(b231!);
          if (!c2141.isConst) rec.guard(c2141.value === true ? "guard_true" : "guard_false", [c2141], rec.snapshot(0, 2141, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b190 ??= __metajit_G.float(u190)), b198!, b209!, b222!, b231!]));
          if (c2141.value !== true) {
            block = 2182;
            continue dispatch;
          }
          block = 2158;
          continue dispatch;
        }
        case 2158: {
          at = 2158;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2162;
          b209 = rec.record("call", [__metajit_k0_38, b0!, b222!, b198!, (b190 ??= __metajit_G.float(u190))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2162, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2182;
          continue dispatch;
        }
        case 2182: {
          block = 2206;
          continue dispatch;
        }
        case 2184: {
          at = 2184;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2188;
          b209 = rec.record("call", [__metajit_k0_39, b0!, b196!, b198!, (b190 ??= __metajit_G.float(u190))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2188, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2206;
          continue dispatch;
        }
        case 2206: {
          block = 2208;
          continue dispatch;
        }
        case 2208: {
          block = 2232;
          continue dispatch;
        }
        case 2210: {
          at = 2210;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 2214;
          b209 = rec.record("call", [__metajit_k0_40, b0!, b196!, b198!, (b190 ??= __metajit_G.float(u190))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2214, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 2232;
          continue dispatch;
        }
        case 2232: {
          u235 = u8 | 0;
          b235 = undefined;
          at = 2235;
          rec.record("setarrayitem", [b4!, (b235 ??= __metajit_G.int(u235)), b209!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 2242: {
          u237 = (u2 as Record<string, unknown>)["b"];
          b237 = undefined;
          u238 = u7 | 0;
          b238 = undefined;
          u236 = __metajit_G.asFloat("getarrayitem_imm", (u237 as ArrayLike<unknown>)[u238], "[any]");
          b236 = undefined;
          u240 = (u2 as Record<string, unknown>)["c"];
          b240 = undefined;
          u241 = u7 | 0;
          b241 = undefined;
          u239 = __metajit_G.asFloat("getarrayitem_imm", (u240 as ArrayLike<unknown>)[u241], "[any]");
          b239 = undefined;
          u244 = u236 >= 0;
          b244 = undefined;
          if (!u244) {
            block = 2303;
            continue dispatch;
          }
          block = 2289;
          continue dispatch;
        }
        case 2289: {
          u245 = u236 | 0;
          b245 = undefined;
          at = 2292;
          b246 = rec.record("getarrayitem", [b4!, (b245 ??= __metajit_G.int(u245))], __metajit_o0);
          b243 = b246;
          block = 2324;
          continue dispatch;
        }
        case 2303: {
          u247 = (u2 as Record<string, unknown>)["k"];
          b247 = undefined;
          u248 = (-1) - u236;
          b248 = undefined;
          u249 = u248 | 0;
          b249 = undefined;
          u250 = (u247 as ArrayLike<unknown>)[u249];
          b250 = undefined;
          u243 = u250;
          b243 = b250;
          b243 ??= __metajit_G.ref(u243);
          block = 2324;
          continue dispatch;
        }
        case 2324: {
          b242 = b243;
          u253 = u239 >= 0;
          b253 = undefined;
          if (!u253) {
            block = 2361;
            continue dispatch;
          }
          block = 2347;
          continue dispatch;
        }
        case 2347: {
          u254 = u239 | 0;
          b254 = undefined;
          at = 2350;
          b255 = rec.record("getarrayitem", [b4!, (b254 ??= __metajit_G.int(u254))], __metajit_o0);
          b252 = b255;
          block = 2382;
          continue dispatch;
        }
        case 2361: {
          u256 = (u2 as Record<string, unknown>)["k"];
          b256 = undefined;
          u257 = (-1) - u239;
          b257 = undefined;
          u258 = u257 | 0;
          b258 = undefined;
          u259 = (u256 as ArrayLike<unknown>)[u258];
          b259 = undefined;
          u252 = u259;
          b252 = b259;
          b252 ??= __metajit_G.ref(u252);
          block = 2382;
          continue dispatch;
        }
        case 2382: {
          b251 = b252;
          at = 2385;
          {
            const x0 = rec.resolve(b242!);
            const v0 = x0.value;
            const v = typeof v0;
            b260 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2388;
          {
            const x0 = b260!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b261 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b262 = b261;
          at = 2395;
          const c2395 = b261!;
          if (!c2395.isConst) rec.guard(c2395.value === true ? "guard_true" : "guard_false", [c2395], rec.snapshot(0, 2395, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b236 ??= __metajit_G.float(u236)), (b239 ??= __metajit_G.float(u239)), b242!, b251!, b261!, b262!]));
          if (c2395.value !== true) {
            block = 2423;
            continue dispatch;
          }
          block = 2413;
          continue dispatch;
        }
        case 2413: {
          at = 2413;
          {
            const x0 = rec.resolve(b251!);
            const v0 = x0.value;
            const v = typeof v0;
            b263 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2416;
          {
            const x0 = b263!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b264 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b262 = b264;
          block = 2423;
          continue dispatch;
        }
        case 2423: {
          at = 2423;
          const c2423 = rec.resolve(b262!);
          if (!c2423.isConst) rec.guard(c2423.value === true ? "guard_true" : "guard_false", [c2423], rec.snapshot(0, 2423, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b236 ??= __metajit_G.float(u236)), (b239 ??= __metajit_G.float(u239)), b242!, b251!, b262!]));
          if (c2423.value !== true) {
            block = 2463;
            continue dispatch;
          }
          block = 2440;
          continue dispatch;
        }
        case 2440: {
          u265 = u8 | 0;
          b265 = undefined;
          at = 2443;
          {
            const x0 = rec.resolve(b242!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b266 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2446;
          {
            const x0 = rec.resolve(b251!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b267 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2449;
          {
            const x0 = b266!;
            const v0 = x0.value as number;
            const x1 = b267!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b268 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 2453;
          {
            const x0 = b268!;
            const v0 = x0.value as number;
            const v = v0;
            b269 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2456;
          rec.record("setarrayitem", [b4!, (b265 ??= __metajit_G.int(u265)), b269!], __metajit_o1);
          block = 2495;
          continue dispatch;
        }
        case 2463: {
          at = 2463;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u270 = u8 | 0;
          b270 = undefined;
          at = 2470;
          b271 = rec.record("call", [__metajit_k0_41, b0!, __metajit_k0_43, b242!, b251!, (b236 ??= __metajit_G.float(u236)), (b239 ??= __metajit_G.float(u239))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2470, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b270 ??= __metajit_G.int(u270))]) });
          at = 2490;
          rec.record("setarrayitem", [b4!, (b270 ??= __metajit_G.int(u270)), b271!], __metajit_o1);
          block = 2495;
          continue dispatch;
        }
        case 2495: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 2497: {
          u273 = (u2 as Record<string, unknown>)["b"];
          b273 = undefined;
          u274 = u7 | 0;
          b274 = undefined;
          u272 = __metajit_G.asFloat("getarrayitem_imm", (u273 as ArrayLike<unknown>)[u274], "[any]");
          b272 = undefined;
          u276 = (u2 as Record<string, unknown>)["c"];
          b276 = undefined;
          u277 = u7 | 0;
          b277 = undefined;
          u275 = __metajit_G.asFloat("getarrayitem_imm", (u276 as ArrayLike<unknown>)[u277], "[any]");
          b275 = undefined;
          u280 = u272 >= 0;
          b280 = undefined;
          if (!u280) {
            block = 2558;
            continue dispatch;
          }
          block = 2544;
          continue dispatch;
        }
        case 2544: {
          u281 = u272 | 0;
          b281 = undefined;
          at = 2547;
          b282 = rec.record("getarrayitem", [b4!, (b281 ??= __metajit_G.int(u281))], __metajit_o0);
          b279 = b282;
          block = 2579;
          continue dispatch;
        }
        case 2558: {
          u283 = (u2 as Record<string, unknown>)["k"];
          b283 = undefined;
          u284 = (-1) - u272;
          b284 = undefined;
          u285 = u284 | 0;
          b285 = undefined;
          u286 = (u283 as ArrayLike<unknown>)[u285];
          b286 = undefined;
          u279 = u286;
          b279 = b286;
          b279 ??= __metajit_G.ref(u279);
          block = 2579;
          continue dispatch;
        }
        case 2579: {
          b278 = b279;
          u289 = u275 >= 0;
          b289 = undefined;
          if (!u289) {
            block = 2616;
            continue dispatch;
          }
          block = 2602;
          continue dispatch;
        }
        case 2602: {
          u290 = u275 | 0;
          b290 = undefined;
          at = 2605;
          b291 = rec.record("getarrayitem", [b4!, (b290 ??= __metajit_G.int(u290))], __metajit_o0);
          b288 = b291;
          block = 2637;
          continue dispatch;
        }
        case 2616: {
          u292 = (u2 as Record<string, unknown>)["k"];
          b292 = undefined;
          u293 = (-1) - u275;
          b293 = undefined;
          u294 = u293 | 0;
          b294 = undefined;
          u295 = (u292 as ArrayLike<unknown>)[u294];
          b295 = undefined;
          u288 = u295;
          b288 = b295;
          b288 ??= __metajit_G.ref(u288);
          block = 2637;
          continue dispatch;
        }
        case 2637: {
          b287 = b288;
          at = 2640;
          {
            const x0 = rec.resolve(b278!);
            const v0 = x0.value;
            const v = typeof v0;
            b296 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2643;
          {
            const x0 = b296!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b297 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b298 = b297;
          at = 2650;
          const c2650 = b297!;
          if (!c2650.isConst) rec.guard(c2650.value === true ? "guard_true" : "guard_false", [c2650], rec.snapshot(0, 2650, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b272 ??= __metajit_G.float(u272)), (b275 ??= __metajit_G.float(u275)), b278!, b287!, b297!, b298!]));
          if (c2650.value !== true) {
            block = 2678;
            continue dispatch;
          }
          block = 2668;
          continue dispatch;
        }
        case 2668: {
          at = 2668;
          {
            const x0 = rec.resolve(b287!);
            const v0 = x0.value;
            const v = typeof v0;
            b299 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2671;
          {
            const x0 = b299!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b300 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b298 = b300;
          block = 2678;
          continue dispatch;
        }
        case 2678: {
          at = 2678;
          const c2678 = rec.resolve(b298!);
          if (!c2678.isConst) rec.guard(c2678.value === true ? "guard_true" : "guard_false", [c2678], rec.snapshot(0, 2678, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b272 ??= __metajit_G.float(u272)), (b275 ??= __metajit_G.float(u275)), b278!, b287!, b298!]));
          if (c2678.value !== true) {
            block = 2718;
            continue dispatch;
          }
          block = 2695;
          continue dispatch;
        }
        case 2695: {
          u301 = u8 | 0;
          b301 = undefined;
          at = 2698;
          {
            const x0 = rec.resolve(b278!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b302 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2701;
          {
            const x0 = rec.resolve(b287!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b303 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2704;
          {
            const x0 = b302!;
            const v0 = x0.value as number;
            const x1 = b303!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b304 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 2708;
          {
            const x0 = b304!;
            const v0 = x0.value as number;
            const v = v0;
            b305 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2711;
          rec.record("setarrayitem", [b4!, (b301 ??= __metajit_G.int(u301)), b305!], __metajit_o1);
          block = 2750;
          continue dispatch;
        }
        case 2718: {
          at = 2718;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u306 = u8 | 0;
          b306 = undefined;
          at = 2725;
          b307 = rec.record("call", [__metajit_k0_44, b0!, __metajit_k0_46, b278!, b287!, (b272 ??= __metajit_G.float(u272)), (b275 ??= __metajit_G.float(u275))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2725, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b306 ??= __metajit_G.int(u306))]) });
          at = 2745;
          rec.record("setarrayitem", [b4!, (b306 ??= __metajit_G.int(u306)), b307!], __metajit_o1);
          block = 2750;
          continue dispatch;
        }
        case 2750: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 2752: {
          u309 = (u2 as Record<string, unknown>)["b"];
          b309 = undefined;
          u310 = u7 | 0;
          b310 = undefined;
          u308 = __metajit_G.asFloat("getarrayitem_imm", (u309 as ArrayLike<unknown>)[u310], "[any]");
          b308 = undefined;
          u312 = (u2 as Record<string, unknown>)["c"];
          b312 = undefined;
          u313 = u7 | 0;
          b313 = undefined;
          u311 = __metajit_G.asFloat("getarrayitem_imm", (u312 as ArrayLike<unknown>)[u313], "[any]");
          b311 = undefined;
          u316 = u308 >= 0;
          b316 = undefined;
          if (!u316) {
            block = 2813;
            continue dispatch;
          }
          block = 2799;
          continue dispatch;
        }
        case 2799: {
          u317 = u308 | 0;
          b317 = undefined;
          at = 2802;
          b318 = rec.record("getarrayitem", [b4!, (b317 ??= __metajit_G.int(u317))], __metajit_o0);
          b315 = b318;
          block = 2834;
          continue dispatch;
        }
        case 2813: {
          u319 = (u2 as Record<string, unknown>)["k"];
          b319 = undefined;
          u320 = (-1) - u308;
          b320 = undefined;
          u321 = u320 | 0;
          b321 = undefined;
          u322 = (u319 as ArrayLike<unknown>)[u321];
          b322 = undefined;
          u315 = u322;
          b315 = b322;
          b315 ??= __metajit_G.ref(u315);
          block = 2834;
          continue dispatch;
        }
        case 2834: {
          b314 = b315;
          u325 = u311 >= 0;
          b325 = undefined;
          if (!u325) {
            block = 2871;
            continue dispatch;
          }
          block = 2857;
          continue dispatch;
        }
        case 2857: {
          u326 = u311 | 0;
          b326 = undefined;
          at = 2860;
          b327 = rec.record("getarrayitem", [b4!, (b326 ??= __metajit_G.int(u326))], __metajit_o0);
          b324 = b327;
          block = 2892;
          continue dispatch;
        }
        case 2871: {
          u328 = (u2 as Record<string, unknown>)["k"];
          b328 = undefined;
          u329 = (-1) - u311;
          b329 = undefined;
          u330 = u329 | 0;
          b330 = undefined;
          u331 = (u328 as ArrayLike<unknown>)[u330];
          b331 = undefined;
          u324 = u331;
          b324 = b331;
          b324 ??= __metajit_G.ref(u324);
          block = 2892;
          continue dispatch;
        }
        case 2892: {
          b323 = b324;
          at = 2895;
          {
            const x0 = rec.resolve(b314!);
            const v0 = x0.value;
            const v = typeof v0;
            b332 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2898;
          {
            const x0 = b332!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b333 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b334 = b333;
          at = 2905;
          const c2905 = b333!;
          if (!c2905.isConst) rec.guard(c2905.value === true ? "guard_true" : "guard_false", [c2905], rec.snapshot(0, 2905, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b308 ??= __metajit_G.float(u308)), (b311 ??= __metajit_G.float(u311)), b314!, b323!, b333!, b334!]));
          if (c2905.value !== true) {
            block = 2933;
            continue dispatch;
          }
          block = 2923;
          continue dispatch;
        }
        case 2923: {
          at = 2923;
          {
            const x0 = rec.resolve(b323!);
            const v0 = x0.value;
            const v = typeof v0;
            b335 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2926;
          {
            const x0 = b335!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b336 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b334 = b336;
          block = 2933;
          continue dispatch;
        }
        case 2933: {
          at = 2933;
          const c2933 = rec.resolve(b334!);
          if (!c2933.isConst) rec.guard(c2933.value === true ? "guard_true" : "guard_false", [c2933], rec.snapshot(0, 2933, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b308 ??= __metajit_G.float(u308)), (b311 ??= __metajit_G.float(u311)), b314!, b323!, b334!]));
          if (c2933.value !== true) {
            block = 2973;
            continue dispatch;
          }
          block = 2950;
          continue dispatch;
        }
        case 2950: {
          u337 = u8 | 0;
          b337 = undefined;
          at = 2953;
          {
            const x0 = rec.resolve(b314!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b338 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2956;
          {
            const x0 = rec.resolve(b323!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b339 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2959;
          {
            const x0 = b338!;
            const v0 = x0.value as number;
            const x1 = b339!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b340 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 2963;
          {
            const x0 = b340!;
            const v0 = x0.value as number;
            const v = v0;
            b341 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2966;
          rec.record("setarrayitem", [b4!, (b337 ??= __metajit_G.int(u337)), b341!], __metajit_o1);
          block = 3005;
          continue dispatch;
        }
        case 2973: {
          at = 2973;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u342 = u8 | 0;
          b342 = undefined;
          at = 2980;
          b343 = rec.record("call", [__metajit_k0_47, b0!, __metajit_k0_49, b314!, b323!, (b308 ??= __metajit_G.float(u308)), (b311 ??= __metajit_G.float(u311))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2980, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b342 ??= __metajit_G.int(u342))]) });
          at = 3000;
          rec.record("setarrayitem", [b4!, (b342 ??= __metajit_G.int(u342)), b343!], __metajit_o1);
          block = 3005;
          continue dispatch;
        }
        case 3005: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3007: {
          u345 = (u2 as Record<string, unknown>)["b"];
          b345 = undefined;
          u346 = u7 | 0;
          b346 = undefined;
          u344 = __metajit_G.asFloat("getarrayitem_imm", (u345 as ArrayLike<unknown>)[u346], "[any]");
          b344 = undefined;
          u348 = (u2 as Record<string, unknown>)["c"];
          b348 = undefined;
          u349 = u7 | 0;
          b349 = undefined;
          u347 = __metajit_G.asFloat("getarrayitem_imm", (u348 as ArrayLike<unknown>)[u349], "[any]");
          b347 = undefined;
          u352 = u344 >= 0;
          b352 = undefined;
          if (!u352) {
            block = 3068;
            continue dispatch;
          }
          block = 3054;
          continue dispatch;
        }
        case 3054: {
          u353 = u344 | 0;
          b353 = undefined;
          at = 3057;
          b354 = rec.record("getarrayitem", [b4!, (b353 ??= __metajit_G.int(u353))], __metajit_o0);
          b351 = b354;
          block = 3089;
          continue dispatch;
        }
        case 3068: {
          u355 = (u2 as Record<string, unknown>)["k"];
          b355 = undefined;
          u356 = (-1) - u344;
          b356 = undefined;
          u357 = u356 | 0;
          b357 = undefined;
          u358 = (u355 as ArrayLike<unknown>)[u357];
          b358 = undefined;
          u351 = u358;
          b351 = b358;
          b351 ??= __metajit_G.ref(u351);
          block = 3089;
          continue dispatch;
        }
        case 3089: {
          b350 = b351;
          u361 = u347 >= 0;
          b361 = undefined;
          if (!u361) {
            block = 3126;
            continue dispatch;
          }
          block = 3112;
          continue dispatch;
        }
        case 3112: {
          u362 = u347 | 0;
          b362 = undefined;
          at = 3115;
          b363 = rec.record("getarrayitem", [b4!, (b362 ??= __metajit_G.int(u362))], __metajit_o0);
          b360 = b363;
          block = 3147;
          continue dispatch;
        }
        case 3126: {
          u364 = (u2 as Record<string, unknown>)["k"];
          b364 = undefined;
          u365 = (-1) - u347;
          b365 = undefined;
          u366 = u365 | 0;
          b366 = undefined;
          u367 = (u364 as ArrayLike<unknown>)[u366];
          b367 = undefined;
          u360 = u367;
          b360 = b367;
          b360 ??= __metajit_G.ref(u360);
          block = 3147;
          continue dispatch;
        }
        case 3147: {
          b359 = b360;
          at = 3150;
          {
            const x0 = rec.resolve(b350!);
            const v0 = x0.value;
            const v = typeof v0;
            b368 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3153;
          {
            const x0 = b368!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b369 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b370 = b369;
          at = 3160;
          const c3160 = b369!;
          if (!c3160.isConst) rec.guard(c3160.value === true ? "guard_true" : "guard_false", [c3160], rec.snapshot(0, 3160, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b344 ??= __metajit_G.float(u344)), (b347 ??= __metajit_G.float(u347)), b350!, b359!, b369!, b370!]));
          if (c3160.value !== true) {
            block = 3188;
            continue dispatch;
          }
          block = 3178;
          continue dispatch;
        }
        case 3178: {
          at = 3178;
          {
            const x0 = rec.resolve(b359!);
            const v0 = x0.value;
            const v = typeof v0;
            b371 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3181;
          {
            const x0 = b371!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b372 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b370 = b372;
          block = 3188;
          continue dispatch;
        }
        case 3188: {
          at = 3188;
          const c3188 = rec.resolve(b370!);
          if (!c3188.isConst) rec.guard(c3188.value === true ? "guard_true" : "guard_false", [c3188], rec.snapshot(0, 3188, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b344 ??= __metajit_G.float(u344)), (b347 ??= __metajit_G.float(u347)), b350!, b359!, b370!]));
          if (c3188.value !== true) {
            block = 3228;
            continue dispatch;
          }
          block = 3205;
          continue dispatch;
        }
        case 3205: {
          u373 = u8 | 0;
          b373 = undefined;
          at = 3208;
          {
            const x0 = rec.resolve(b350!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b374 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3211;
          {
            const x0 = rec.resolve(b359!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b375 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3214;
          {
            const x0 = b374!;
            const v0 = x0.value as number;
            const x1 = b375!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b376 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3218;
          {
            const x0 = b376!;
            const v0 = x0.value as number;
            const v = v0;
            b377 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3221;
          rec.record("setarrayitem", [b4!, (b373 ??= __metajit_G.int(u373)), b377!], __metajit_o1);
          block = 3260;
          continue dispatch;
        }
        case 3228: {
          at = 3228;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u378 = u8 | 0;
          b378 = undefined;
          at = 3235;
          b379 = rec.record("call", [__metajit_k0_50, b0!, __metajit_k0_52, b350!, b359!, (b344 ??= __metajit_G.float(u344)), (b347 ??= __metajit_G.float(u347))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3235, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b378 ??= __metajit_G.int(u378))]) });
          at = 3255;
          rec.record("setarrayitem", [b4!, (b378 ??= __metajit_G.int(u378)), b379!], __metajit_o1);
          block = 3260;
          continue dispatch;
        }
        case 3260: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3262: {
          u381 = (u2 as Record<string, unknown>)["b"];
          b381 = undefined;
          u382 = u7 | 0;
          b382 = undefined;
          u380 = __metajit_G.asFloat("getarrayitem_imm", (u381 as ArrayLike<unknown>)[u382], "[any]");
          b380 = undefined;
          u384 = (u2 as Record<string, unknown>)["c"];
          b384 = undefined;
          u385 = u7 | 0;
          b385 = undefined;
          u383 = __metajit_G.asFloat("getarrayitem_imm", (u384 as ArrayLike<unknown>)[u385], "[any]");
          b383 = undefined;
          u388 = u380 >= 0;
          b388 = undefined;
          if (!u388) {
            block = 3323;
            continue dispatch;
          }
          block = 3309;
          continue dispatch;
        }
        case 3309: {
          u389 = u380 | 0;
          b389 = undefined;
          at = 3312;
          b390 = rec.record("getarrayitem", [b4!, (b389 ??= __metajit_G.int(u389))], __metajit_o0);
          b387 = b390;
          block = 3344;
          continue dispatch;
        }
        case 3323: {
          u391 = (u2 as Record<string, unknown>)["k"];
          b391 = undefined;
          u392 = (-1) - u380;
          b392 = undefined;
          u393 = u392 | 0;
          b393 = undefined;
          u394 = (u391 as ArrayLike<unknown>)[u393];
          b394 = undefined;
          u387 = u394;
          b387 = b394;
          b387 ??= __metajit_G.ref(u387);
          block = 3344;
          continue dispatch;
        }
        case 3344: {
          b386 = b387;
          u397 = u383 >= 0;
          b397 = undefined;
          if (!u397) {
            block = 3381;
            continue dispatch;
          }
          block = 3367;
          continue dispatch;
        }
        case 3367: {
          u398 = u383 | 0;
          b398 = undefined;
          at = 3370;
          b399 = rec.record("getarrayitem", [b4!, (b398 ??= __metajit_G.int(u398))], __metajit_o0);
          b396 = b399;
          block = 3402;
          continue dispatch;
        }
        case 3381: {
          u400 = (u2 as Record<string, unknown>)["k"];
          b400 = undefined;
          u401 = (-1) - u383;
          b401 = undefined;
          u402 = u401 | 0;
          b402 = undefined;
          u403 = (u400 as ArrayLike<unknown>)[u402];
          b403 = undefined;
          u396 = u403;
          b396 = b403;
          b396 ??= __metajit_G.ref(u396);
          block = 3402;
          continue dispatch;
        }
        case 3402: {
          b395 = b396;
          at = 3405;
          {
            const x0 = rec.resolve(b386!);
            const v0 = x0.value;
            const v = typeof v0;
            b404 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3408;
          {
            const x0 = b404!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b405 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b406 = b405;
          at = 3415;
          const c3415 = b405!;
          if (!c3415.isConst) rec.guard(c3415.value === true ? "guard_true" : "guard_false", [c3415], rec.snapshot(0, 3415, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b380 ??= __metajit_G.float(u380)), (b383 ??= __metajit_G.float(u383)), b386!, b395!, b405!, b406!]));
          if (c3415.value !== true) {
            block = 3443;
            continue dispatch;
          }
          block = 3433;
          continue dispatch;
        }
        case 3433: {
          at = 3433;
          {
            const x0 = rec.resolve(b395!);
            const v0 = x0.value;
            const v = typeof v0;
            b407 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3436;
          {
            const x0 = b407!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b408 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b406 = b408;
          block = 3443;
          continue dispatch;
        }
        case 3443: {
          at = 3443;
          const c3443 = rec.resolve(b406!);
          if (!c3443.isConst) rec.guard(c3443.value === true ? "guard_true" : "guard_false", [c3443], rec.snapshot(0, 3443, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b380 ??= __metajit_G.float(u380)), (b383 ??= __metajit_G.float(u383)), b386!, b395!, b406!]));
          if (c3443.value !== true) {
            block = 3514;
            continue dispatch;
          }
          block = 3460;
          continue dispatch;
        }
        case 3460: {
          u409 = u8 | 0;
          b409 = undefined;
          at = 3463;
          {
            const x0 = rec.resolve(b386!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b410 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3466;
          {
            const x0 = rec.resolve(b386!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b411 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3469;
          {
            const x0 = rec.resolve(b395!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b412 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3472;
          {
            const x0 = b411!;
            const v0 = x0.value as number;
            const x1 = b412!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b413 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3476;
          b414 = rec.record("call_pure", [__metajit_k0_53, b413!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3476, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b395!, (b409 ??= __metajit_G.int(u409)), b410!]) });
          at = 3493;
          {
            const x0 = rec.resolve(b395!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b415 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3496;
          {
            const x0 = b414!;
            const v0 = x0.value as number;
            const x1 = b415!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b416 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 3500;
          {
            const x0 = b410!;
            const v0 = x0.value as number;
            const x1 = b416!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b417 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 3504;
          {
            const x0 = b417!;
            const v0 = x0.value as number;
            const v = v0;
            b418 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3507;
          rec.record("setarrayitem", [b4!, (b409 ??= __metajit_G.int(u409)), b418!], __metajit_o1);
          block = 3546;
          continue dispatch;
        }
        case 3514: {
          at = 3514;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u419 = u8 | 0;
          b419 = undefined;
          at = 3521;
          b420 = rec.record("call", [__metajit_k0_54, b0!, __metajit_k0_56, b386!, b395!, (b380 ??= __metajit_G.float(u380)), (b383 ??= __metajit_G.float(u383))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3521, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b419 ??= __metajit_G.int(u419))]) });
          at = 3541;
          rec.record("setarrayitem", [b4!, (b419 ??= __metajit_G.int(u419)), b420!], __metajit_o1);
          block = 3546;
          continue dispatch;
        }
        case 3546: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3548: {
          u422 = (u2 as Record<string, unknown>)["b"];
          b422 = undefined;
          u423 = u7 | 0;
          b423 = undefined;
          u421 = __metajit_G.asFloat("getarrayitem_imm", (u422 as ArrayLike<unknown>)[u423], "[any]");
          b421 = undefined;
          u425 = (u2 as Record<string, unknown>)["c"];
          b425 = undefined;
          u426 = u7 | 0;
          b426 = undefined;
          u424 = __metajit_G.asFloat("getarrayitem_imm", (u425 as ArrayLike<unknown>)[u426], "[any]");
          b424 = undefined;
          u429 = u421 >= 0;
          b429 = undefined;
          if (!u429) {
            block = 3609;
            continue dispatch;
          }
          block = 3595;
          continue dispatch;
        }
        case 3595: {
          u430 = u421 | 0;
          b430 = undefined;
          at = 3598;
          b431 = rec.record("getarrayitem", [b4!, (b430 ??= __metajit_G.int(u430))], __metajit_o0);
          b428 = b431;
          block = 3630;
          continue dispatch;
        }
        case 3609: {
          u432 = (u2 as Record<string, unknown>)["k"];
          b432 = undefined;
          u433 = (-1) - u421;
          b433 = undefined;
          u434 = u433 | 0;
          b434 = undefined;
          u435 = (u432 as ArrayLike<unknown>)[u434];
          b435 = undefined;
          u428 = u435;
          b428 = b435;
          b428 ??= __metajit_G.ref(u428);
          block = 3630;
          continue dispatch;
        }
        case 3630: {
          b427 = b428;
          u438 = u424 >= 0;
          b438 = undefined;
          if (!u438) {
            block = 3667;
            continue dispatch;
          }
          block = 3653;
          continue dispatch;
        }
        case 3653: {
          u439 = u424 | 0;
          b439 = undefined;
          at = 3656;
          b440 = rec.record("getarrayitem", [b4!, (b439 ??= __metajit_G.int(u439))], __metajit_o0);
          b437 = b440;
          block = 3688;
          continue dispatch;
        }
        case 3667: {
          u441 = (u2 as Record<string, unknown>)["k"];
          b441 = undefined;
          u442 = (-1) - u424;
          b442 = undefined;
          u443 = u442 | 0;
          b443 = undefined;
          u444 = (u441 as ArrayLike<unknown>)[u443];
          b444 = undefined;
          u437 = u444;
          b437 = b444;
          b437 ??= __metajit_G.ref(u437);
          block = 3688;
          continue dispatch;
        }
        case 3688: {
          b436 = b437;
          at = 3691;
          {
            const x0 = rec.resolve(b427!);
            const v0 = x0.value;
            const v = typeof v0;
            b445 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3694;
          {
            const x0 = b445!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b446 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b447 = b446;
          at = 3701;
          const c3701 = b446!;
          if (!c3701.isConst) rec.guard(c3701.value === true ? "guard_true" : "guard_false", [c3701], rec.snapshot(0, 3701, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b421 ??= __metajit_G.float(u421)), (b424 ??= __metajit_G.float(u424)), b427!, b436!, b446!, b447!]));
          if (c3701.value !== true) {
            block = 3729;
            continue dispatch;
          }
          block = 3719;
          continue dispatch;
        }
        case 3719: {
          at = 3719;
          {
            const x0 = rec.resolve(b436!);
            const v0 = x0.value;
            const v = typeof v0;
            b448 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3722;
          {
            const x0 = b448!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b449 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b447 = b449;
          block = 3729;
          continue dispatch;
        }
        case 3729: {
          at = 3729;
          const c3729 = rec.resolve(b447!);
          if (!c3729.isConst) rec.guard(c3729.value === true ? "guard_true" : "guard_false", [c3729], rec.snapshot(0, 3729, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b421 ??= __metajit_G.float(u421)), (b424 ??= __metajit_G.float(u424)), b427!, b436!, b447!]));
          if (c3729.value !== true) {
            block = 3781;
            continue dispatch;
          }
          block = 3746;
          continue dispatch;
        }
        case 3746: {
          u450 = u8 | 0;
          b450 = undefined;
          at = 3749;
          {
            const x0 = rec.resolve(b427!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b451 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3752;
          {
            const x0 = rec.resolve(b436!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b452 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3755;
          b453 = rec.record("call_pure", [__metajit_k0_57, b451!, b452!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3755, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b450 ??= __metajit_G.int(u450))]) });
          at = 3771;
          {
            const x0 = b453!;
            const v0 = x0.value as number;
            const v = v0;
            b454 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3774;
          rec.record("setarrayitem", [b4!, (b450 ??= __metajit_G.int(u450)), b454!], __metajit_o1);
          block = 3813;
          continue dispatch;
        }
        case 3781: {
          at = 3781;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u455 = u8 | 0;
          b455 = undefined;
          at = 3788;
          b456 = rec.record("call", [__metajit_k0_58, b0!, __metajit_k0_60, b427!, b436!, (b421 ??= __metajit_G.float(u421)), (b424 ??= __metajit_G.float(u424))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3788, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b455 ??= __metajit_G.int(u455))]) });
          at = 3808;
          rec.record("setarrayitem", [b4!, (b455 ??= __metajit_G.int(u455)), b456!], __metajit_o1);
          block = 3813;
          continue dispatch;
        }
        case 3813: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3815: {
          u458 = (u2 as Record<string, unknown>)["b"];
          b458 = undefined;
          u459 = u7 | 0;
          b459 = undefined;
          u457 = __metajit_G.asFloat("getarrayitem_imm", (u458 as ArrayLike<unknown>)[u459], "[any]");
          b457 = undefined;
          u461 = u457 | 0;
          b461 = undefined;
          at = 3832;
          b460 = rec.record("getarrayitem", [b4!, (b461 ??= __metajit_G.int(u461))], __metajit_o0);
          at = 3838;
          {
            const x0 = rec.resolve(b460!);
            const v0 = x0.value;
            const v = typeof v0;
            b462 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3841;
          {
            const x0 = b462!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b463 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 3845;
          const c3845 = b463!;
          if (!c3845.isConst) rec.guard(c3845.value === true ? "guard_true" : "guard_false", [c3845], rec.snapshot(0, 3845, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b457 ??= __metajit_G.float(u457)), b460!, b463!]));
          if (c3845.value !== true) {
            block = 3879;
            continue dispatch;
          }
          block = 3860;
          continue dispatch;
        }
        case 3860: {
          u464 = u8 | 0;
          b464 = undefined;
          at = 3863;
          {
            const x0 = rec.resolve(b460!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b465 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3866;
          {
            const x0 = b465!;
            const v0 = x0.value as number;
            const v = -v0;
            b466 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_neg", [x0], v);
          }
          at = 3869;
          {
            const x0 = b466!;
            const v0 = x0.value as number;
            const v = v0;
            b467 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3872;
          rec.record("setarrayitem", [b4!, (b464 ??= __metajit_G.int(u464)), b467!], __metajit_o1);
          block = 3911;
          continue dispatch;
        }
        case 3879: {
          at = 3879;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u468 = u8 | 0;
          b468 = undefined;
          at = 3886;
          b469 = rec.record("call", [__metajit_k0_61, b0!, __metajit_k0_63, b460!, b460!, (b457 ??= __metajit_G.float(u457)), (b457 ??= __metajit_G.float(u457))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3886, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b468 ??= __metajit_G.int(u468))]) });
          at = 3906;
          rec.record("setarrayitem", [b4!, (b468 ??= __metajit_G.int(u468)), b469!], __metajit_o1);
          block = 3911;
          continue dispatch;
        }
        case 3911: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3913: {
          u471 = (u2 as Record<string, unknown>)["b"];
          b471 = undefined;
          u472 = u7 | 0;
          b472 = undefined;
          u473 = __metajit_G.asFloat("getarrayitem_imm", (u471 as ArrayLike<unknown>)[u472], "[any]");
          b473 = undefined;
          u474 = u473 | 0;
          b474 = undefined;
          at = 3930;
          b470 = rec.record("getarrayitem", [b4!, (b474 ??= __metajit_G.int(u474))], __metajit_o0);
          u475 = u8 | 0;
          b475 = undefined;
          at = 3939;
          {
            const x0 = rec.resolve(b470!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b476 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 3943;
          {
            const x0 = b476!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b477 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b478 = b476;
          at = 3949;
          const c3949 = b477!;
          if (!c3949.isConst) rec.guard(c3949.value === true ? "guard_true" : "guard_false", [c3949], rec.snapshot(0, 3949, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b470!, (b475 ??= __metajit_G.int(u475)), b477!, b478!]));
          if (c3949.value !== true) {
            block = 3971;
            continue dispatch;
          }
          block = 3964;
          continue dispatch;
        }
        case 3964: {
          at = 3964;
          {
            const x0 = rec.resolve(b470!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b479 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          b478 = b479;
          block = 3971;
          continue dispatch;
        }
        case 3971: {
          at = 3971;
          {
            const x0 = rec.resolve(b478!);
            const v0 = x0.value as boolean;
            const v = v0;
            b480 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_bool_to_ref", [x0], v);
          }
          at = 3974;
          rec.record("setarrayitem", [b4!, (b475 ??= __metajit_G.int(u475)), b480!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 3981: {
          u482 = (u2 as Record<string, unknown>)["b"];
          b482 = undefined;
          u483 = u7 | 0;
          b483 = undefined;
          u481 = __metajit_G.asFloat("getarrayitem_imm", (u482 as ArrayLike<unknown>)[u483], "[any]");
          b481 = undefined;
          u485 = u481 | 0;
          b485 = undefined;
          at = 3998;
          b484 = rec.record("getarrayitem", [b4!, (b485 ??= __metajit_G.int(u485))], __metajit_o0);
          at = 4004;
          {
            const x0 = rec.resolve(b484!);
            const v0 = x0.value;
            const v = typeof v0;
            b486 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4007;
          {
            const x0 = b486!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b487 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 4011;
          const c4011 = b487!;
          if (!c4011.isConst) rec.guard(c4011.value === true ? "guard_true" : "guard_false", [c4011], rec.snapshot(0, 4011, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b481 ??= __metajit_G.float(u481)), b484!, b487!]));
          if (c4011.value !== true) {
            block = 4054;
            continue dispatch;
          }
          block = 4026;
          continue dispatch;
        }
        case 4026: {
          u488 = u8 | 0;
          b488 = undefined;
          at = 4029;
          b489 = rec.record("call_pure", [__metajit_k0_66, b484!], { descr: null, type: "float", snapshot: rec.snapshot(0, 4029, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b488 ??= __metajit_G.int(u488))]) });
          at = 4044;
          {
            const x0 = b489!;
            const v0 = x0.value as number;
            const v = v0;
            b490 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4047;
          rec.record("setarrayitem", [b4!, (b488 ??= __metajit_G.int(u488)), b490!], __metajit_o1);
          block = 4143;
          continue dispatch;
        }
        case 4054: {
          at = 4054;
          b491 = rec.record("call_pure", [__metajit_k0_67, b484!, __metajit_k0_68], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4054, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b481 ??= __metajit_G.float(u481)), b484!]) });
          at = 4072;
          const c4072 = b491!;
          if (!c4072.isConst) rec.guard(c4072.value === true ? "guard_true" : "guard_false", [c4072], rec.snapshot(0, 4072, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b481 ??= __metajit_G.float(u481)), b484!, b491!]));
          if (c4072.value !== true) {
            block = 4114;
            continue dispatch;
          }
          block = 4087;
          continue dispatch;
        }
        case 4087: {
          u492 = u8 | 0;
          b492 = undefined;
          at = 4090;
          rec.enterFrame(0, 4090, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b492 ??= __metajit_G.int(u492))], 8);
          b493 = __metajit_trace_8(rec, b484!);
          rec.leaveFrame();
          at = 4104;
          {
            const x0 = rec.resolve(b493!);
            const v0 = x0.value as number;
            const v = v0;
            b494 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 4107;
          rec.record("setarrayitem", [b4!, (b492 ??= __metajit_G.int(u492)), b494!], __metajit_o1);
          block = 4143;
          continue dispatch;
        }
        case 4114: {
          at = 4114;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u495 = u8 | 0;
          b495 = undefined;
          at = 4121;
          b496 = rec.record("call", [__metajit_k0_69, b0!, b484!, (b481 ??= __metajit_G.float(u481))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4121, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b495 ??= __metajit_G.int(u495))]) });
          at = 4138;
          rec.record("setarrayitem", [b4!, (b495 ??= __metajit_G.int(u495)), b496!], __metajit_o1);
          block = 4143;
          continue dispatch;
        }
        case 4143: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 4145: {
          u498 = (u2 as Record<string, unknown>)["b"];
          b498 = undefined;
          u499 = u7 | 0;
          b499 = undefined;
          u497 = __metajit_G.asFloat("getarrayitem_imm", (u498 as ArrayLike<unknown>)[u499], "[any]");
          b497 = undefined;
          u501 = (u2 as Record<string, unknown>)["c"];
          b501 = undefined;
          u502 = u7 | 0;
          b502 = undefined;
          u500 = __metajit_G.asFloat("getarrayitem_imm", (u501 as ArrayLike<unknown>)[u502], "[any]");
          b500 = undefined;
          u504 = u497 | 0;
          b504 = undefined;
          at = 4176;
          b503 = rec.record("getarrayitem", [b4!, (b504 ??= __metajit_G.int(u504))], __metajit_o0);
          u506 = u500 | 0;
          b506 = undefined;
          at = 4185;
          b505 = rec.record("getarrayitem", [b4!, (b506 ??= __metajit_G.int(u506))], __metajit_o0);
          u507 = u497 + 1;
          b507 = undefined;
          u508 = u500 === u507;
          b508 = undefined;
          u509 = u508;
          b509 = b508;
          if (!u508) {
            b509 ??= __metajit_G.bool(u509);
            block = 4230;
            continue dispatch;
          }
          block = 4220;
          continue dispatch;
        }
        case 4220: {
          at = 4220;
          {
            const x0 = rec.resolve(b503!);
            const v0 = x0.value;
            const v = typeof v0;
            b510 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4223;
          {
            const x0 = b510!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b511 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b509 = b511;
          block = 4230;
          continue dispatch;
        }
        case 4230: {
          b512 = b509;
          at = 4233;
          const c4233 = rec.resolve(b509!);
          if (!c4233.isConst) rec.guard(c4233.value === true ? "guard_true" : "guard_false", [c4233], rec.snapshot(0, 4233, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b497 ??= __metajit_G.float(u497)), (b500 ??= __metajit_G.float(u500)), b503!, b505!, b509!, b512!]));
          if (c4233.value !== true) {
            block = 4261;
            continue dispatch;
          }
          block = 4251;
          continue dispatch;
        }
        case 4251: {
          at = 4251;
          {
            const x0 = rec.resolve(b505!);
            const v0 = x0.value;
            const v = typeof v0;
            b513 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4254;
          {
            const x0 = b513!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b514 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b512 = b514;
          block = 4261;
          continue dispatch;
        }
        case 4261: {
          at = 4261;
          const c4261 = rec.resolve(b512!);
          if (!c4261.isConst) rec.guard(c4261.value === true ? "guard_true" : "guard_false", [c4261], rec.snapshot(0, 4261, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b497 ??= __metajit_G.float(u497)), (b500 ??= __metajit_G.float(u500)), b503!, b505!, b512!]));
          if (c4261.value !== true) {
            block = 4304;
            continue dispatch;
          }
          block = 4278;
          continue dispatch;
        }
        case 4278: {
          u515 = u8 | 0;
          b515 = undefined;
          at = 4281;
          b516 = rec.record("call_pure", [__metajit_k0_70, b503!, b505!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4281, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b515 ??= __metajit_G.int(u515))]) });
          at = 4297;
          rec.record("setarrayitem", [b4!, (b515 ??= __metajit_G.int(u515)), b516!], __metajit_o1);
          block = 4334;
          continue dispatch;
        }
        case 4304: {
          at = 4304;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u517 = u8 | 0;
          b517 = undefined;
          at = 4311;
          b518 = rec.record("call", [__metajit_k0_71, b0!, b4!, (b497 ??= __metajit_G.float(u497)), (b500 ??= __metajit_G.float(u500))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 4311, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b517 ??= __metajit_G.int(u517))]) });
          at = 4329;
          rec.record("setarrayitem", [b4!, (b517 ??= __metajit_G.int(u517)), b518!], __metajit_o1);
          block = 4334;
          continue dispatch;
        }
        case 4334: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 4336: {
          u520 = (u2 as Record<string, unknown>)["b"];
          b520 = undefined;
          u521 = u7 | 0;
          b521 = undefined;
          u519 = __metajit_G.asFloat("getarrayitem_imm", (u520 as ArrayLike<unknown>)[u521], "[any]");
          b519 = undefined;
          u522 = u1 + u519;
          b522 = undefined;
          u523 = u522 | 0;
          b523 = undefined;
          u1 = u523;
          b1 = undefined;
          u524 = u519 < 0;
          b524 = undefined;
          if (!u524) {
            block = 4378;
            continue dispatch;
          }
          block = 4376;
          continue dispatch;
        }
        case 4376: {
          block = 4378;
          continue dispatch;
        }
        case 4378: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 4380: {
          u526 = (u2 as Record<string, unknown>)["b"];
          b526 = undefined;
          u527 = u7 | 0;
          b527 = undefined;
          u525 = __metajit_G.asFloat("getarrayitem_imm", (u526 as ArrayLike<unknown>)[u527], "[any]");
          b525 = undefined;
          u529 = (u2 as Record<string, unknown>)["c"];
          b529 = undefined;
          u530 = u7 | 0;
          b530 = undefined;
          u528 = __metajit_G.asFloat("getarrayitem_imm", (u529 as ArrayLike<unknown>)[u530], "[any]");
          b528 = undefined;
          u533 = u525 >= 0;
          b533 = undefined;
          if (!u533) {
            block = 4441;
            continue dispatch;
          }
          block = 4427;
          continue dispatch;
        }
        case 4427: {
          u534 = u525 | 0;
          b534 = undefined;
          at = 4430;
          b535 = rec.record("getarrayitem", [b4!, (b534 ??= __metajit_G.int(u534))], __metajit_o0);
          b532 = b535;
          block = 4462;
          continue dispatch;
        }
        case 4441: {
          u536 = (u2 as Record<string, unknown>)["k"];
          b536 = undefined;
          u537 = (-1) - u525;
          b537 = undefined;
          u538 = u537 | 0;
          b538 = undefined;
          u539 = (u536 as ArrayLike<unknown>)[u538];
          b539 = undefined;
          u532 = u539;
          b532 = b539;
          b532 ??= __metajit_G.ref(u532);
          block = 4462;
          continue dispatch;
        }
        case 4462: {
          b531 = b532;
          u542 = u528 >= 0;
          b542 = undefined;
          if (!u542) {
            block = 4498;
            continue dispatch;
          }
          block = 4484;
          continue dispatch;
        }
        case 4484: {
          u543 = u528 | 0;
          b543 = undefined;
          at = 4487;
          b544 = rec.record("getarrayitem", [b4!, (b543 ??= __metajit_G.int(u543))], __metajit_o0);
          b541 = b544;
          block = 4519;
          continue dispatch;
        }
        case 4498: {
          u545 = (u2 as Record<string, unknown>)["k"];
          b545 = undefined;
          u546 = (-1) - u528;
          b546 = undefined;
          u547 = u546 | 0;
          b547 = undefined;
          u548 = (u545 as ArrayLike<unknown>)[u547];
          b548 = undefined;
          u541 = u548;
          b541 = b548;
          b541 ??= __metajit_G.ref(u541);
          block = 4519;
          continue dispatch;
        }
        case 4519: {
          b540 = b541;
          at = 4522;
          {
            const x0 = rec.resolve(b531!);
            const v0 = x0.value;
            const x1 = rec.resolve(b540!);
            const v1 = x1.value;
            const v = v0 === v1;
            b549 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 4526;
          {
            const x0 = b549!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b550 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b551 = b550;
          at = 4532;
          const c4532 = b550!;
          if (!c4532.isConst) rec.guard(c4532.value === true ? "guard_true" : "guard_false", [c4532], rec.snapshot(0, 4532, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b531!, b540!, b549!, b550!, b551!]));
          if (c4532.value !== true) {
            block = 4559;
            continue dispatch;
          }
          block = 4549;
          continue dispatch;
        }
        case 4549: {
          at = 4549;
          {
            const x0 = rec.resolve(b531!);
            const v0 = x0.value;
            const v = typeof v0;
            b552 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4552;
          {
            const x0 = b552!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_72.value;
            b553 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_72], v);
          }
          b551 = b553;
          block = 4559;
          continue dispatch;
        }
        case 4559: {
          b554 = b551;
          at = 4562;
          const c4562 = rec.resolve(b551!);
          if (!c4562.isConst) rec.guard(c4562.value === true ? "guard_true" : "guard_false", [c4562], rec.snapshot(0, 4562, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b531!, b540!, b549!, b551!, b554!]));
          if (c4562.value !== true) {
            block = 4589;
            continue dispatch;
          }
          block = 4579;
          continue dispatch;
        }
        case 4579: {
          at = 4579;
          {
            const x0 = rec.resolve(b540!);
            const v0 = x0.value;
            const v = typeof v0;
            b555 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4582;
          {
            const x0 = b555!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_72.value;
            b556 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_72], v);
          }
          b554 = b556;
          block = 4589;
          continue dispatch;
        }
        case 4589: {
          at = 4589;
          const c4589 = rec.resolve(b554!);
          if (!c4589.isConst) rec.guard(c4589.value === true ? "guard_true" : "guard_false", [c4589], rec.snapshot(0, 4589, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b531!, b540!, b549!, b554!]));
          if (c4589.value !== true) {
            block = 4628;
            continue dispatch;
          }
          block = 4605;
          continue dispatch;
        }
        case 4605: {
          at = 4605;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 4609;
          b549 = rec.record("call", [__metajit_k0_73, b0!, b531!, b540!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4609, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4628;
          continue dispatch;
        }
        case 4628: {
          u557 = u8 === 0;
          b557 = undefined;
          u558 = !u557;
          b558 = undefined;
          at = 4635;
          {
            const x0 = rec.resolve(b549!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b559 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u560 = (u558 ? 1 : 0);
          b560 = undefined;
          at = 4641;
          {
            const x0 = b559!;
            const v0 = x0.value as number;
            const v = v0 === u560;
            b561 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b560 ??= __metajit_G.int(u560))], v);
          }
          at = 4645;
          {
            const x0 = b561!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b562 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4648;
          const c4648 = b562!;
          if (!c4648.isConst) rec.guard(c4648.value === true ? "guard_true" : "guard_false", [c4648], rec.snapshot(0, 4648, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b562!]));
          if (c4648.value !== true) {
            block = 4672;
            continue dispatch;
          }
          block = 4660;
          continue dispatch;
        }
        case 4660: {
          u563 = u1 + 1;
          b563 = undefined;
          u564 = u563 | 0;
          b564 = undefined;
          u1 = u564;
          b1 = undefined;
          block = 4718;
          continue dispatch;
        }
        case 4672: {
          u566 = (u2 as Record<string, unknown>)["b"];
          b566 = undefined;
          u567 = u1 | 0;
          b567 = undefined;
          u565 = __metajit_G.asFloat("getarrayitem_imm", (u566 as ArrayLike<unknown>)[u567], "[any]");
          b565 = undefined;
          u568 = u1 + 1;
          b568 = undefined;
          u569 = u568 + u565;
          b569 = undefined;
          u570 = u569 | 0;
          b570 = undefined;
          u1 = u570;
          b1 = undefined;
          u571 = u565 < 0;
          b571 = undefined;
          if (!u571) {
            block = 4718;
            continue dispatch;
          }
          block = 4716;
          continue dispatch;
        }
        case 4716: {
          block = 4718;
          continue dispatch;
        }
        case 4718: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 4720: {
          u573 = (u2 as Record<string, unknown>)["b"];
          b573 = undefined;
          u574 = u7 | 0;
          b574 = undefined;
          u572 = __metajit_G.asFloat("getarrayitem_imm", (u573 as ArrayLike<unknown>)[u574], "[any]");
          b572 = undefined;
          u576 = (u2 as Record<string, unknown>)["c"];
          b576 = undefined;
          u577 = u7 | 0;
          b577 = undefined;
          u575 = __metajit_G.asFloat("getarrayitem_imm", (u576 as ArrayLike<unknown>)[u577], "[any]");
          b575 = undefined;
          u580 = u572 >= 0;
          b580 = undefined;
          if (!u580) {
            block = 4782;
            continue dispatch;
          }
          block = 4768;
          continue dispatch;
        }
        case 4768: {
          u581 = u572 | 0;
          b581 = undefined;
          at = 4771;
          b582 = rec.record("getarrayitem", [b4!, (b581 ??= __metajit_G.int(u581))], __metajit_o0);
          b579 = b582;
          block = 4803;
          continue dispatch;
        }
        case 4782: {
          u583 = (u2 as Record<string, unknown>)["k"];
          b583 = undefined;
          u584 = (-1) - u572;
          b584 = undefined;
          u585 = u584 | 0;
          b585 = undefined;
          u586 = (u583 as ArrayLike<unknown>)[u585];
          b586 = undefined;
          u579 = u586;
          b579 = b586;
          b579 ??= __metajit_G.ref(u579);
          block = 4803;
          continue dispatch;
        }
        case 4803: {
          b578 = b579;
          u589 = u575 >= 0;
          b589 = undefined;
          if (!u589) {
            block = 4840;
            continue dispatch;
          }
          block = 4826;
          continue dispatch;
        }
        case 4826: {
          u590 = u575 | 0;
          b590 = undefined;
          at = 4829;
          b591 = rec.record("getarrayitem", [b4!, (b590 ??= __metajit_G.int(u590))], __metajit_o0);
          b588 = b591;
          block = 4861;
          continue dispatch;
        }
        case 4840: {
          u592 = (u2 as Record<string, unknown>)["k"];
          b592 = undefined;
          u593 = (-1) - u575;
          b593 = undefined;
          u594 = u593 | 0;
          b594 = undefined;
          u595 = (u592 as ArrayLike<unknown>)[u594];
          b595 = undefined;
          u588 = u595;
          b588 = b595;
          b588 ??= __metajit_G.ref(u588);
          block = 4861;
          continue dispatch;
        }
        case 4861: {
          b587 = b588;
          u596 = false;
          b596 = __metajit_k0_64;
          at = 4867;
          {
            const x0 = rec.resolve(b578!);
            const v0 = x0.value;
            const v = typeof v0;
            b597 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4870;
          {
            const x0 = b597!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b598 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b599 = b598;
          at = 4877;
          const c4877 = b598!;
          if (!c4877.isConst) rec.guard(c4877.value === true ? "guard_true" : "guard_false", [c4877], rec.snapshot(0, 4877, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b578!, b587!, b598!, b599!]));
          if (c4877.value !== true) {
            block = 4904;
            continue dispatch;
          }
          block = 4894;
          continue dispatch;
        }
        case 4894: {
          at = 4894;
          {
            const x0 = rec.resolve(b587!);
            const v0 = x0.value;
            const v = typeof v0;
            b600 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4897;
          {
            const x0 = b600!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b601 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b599 = b601;
          block = 4904;
          continue dispatch;
        }
        case 4904: {
          at = 4904;
          const c4904 = rec.resolve(b599!);
          if (!c4904.isConst) rec.guard(c4904.value === true ? "guard_true" : "guard_false", [c4904], rec.snapshot(0, 4904, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b578!, b587!, b599!]));
          if (c4904.value !== true) {
            block = 4986;
            continue dispatch;
          }
          block = 4920;
          continue dispatch;
        }
        case 4920: {
          u603 = (u2 as Record<string, unknown>)["op"];
          b603 = undefined;
          u604 = u7 | 0;
          b604 = undefined;
          u605 = __metajit_G.asFloat("getarrayitem_imm", (u603 as ArrayLike<unknown>)[u604], "[any]");
          b605 = undefined;
          u606 = u605 === 24;
          b606 = undefined;
          if (!u606) {
            block = 4968;
            continue dispatch;
          }
          block = 4953;
          continue dispatch;
        }
        case 4953: {
          at = 4953;
          {
            const x0 = rec.resolve(b578!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b607 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4956;
          {
            const x0 = rec.resolve(b587!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b608 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4959;
          {
            const x0 = b607!;
            const v0 = x0.value as number;
            const x1 = b608!;
            const v1 = x1.value as number;
            const v = v0 < v1;
            b609 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          b602 = b609;
          block = 4981;
          continue dispatch;
        }
        case 4968: {
          at = 4968;
          {
            const x0 = rec.resolve(b578!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b610 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4971;
          {
            const x0 = rec.resolve(b587!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b611 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4974;
          {
            const x0 = b610!;
            const v0 = x0.value as number;
            const x1 = b611!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b612 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b602 = b612;
          block = 4981;
          continue dispatch;
        }
        case 4981: {
          b596 = b602;
          block = 5022;
          continue dispatch;
        }
        case 4986: {
          at = 4986;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u613 = (u2 as Record<string, unknown>)["op"];
          b613 = undefined;
          u614 = u7 | 0;
          b614 = undefined;
          u615 = __metajit_G.asFloat("getarrayitem_imm", (u613 as ArrayLike<unknown>)[u614], "[any]");
          b615 = undefined;
          at = 5004;
          b596 = rec.record("call", [__metajit_k0_76, b0!, (b615 ??= __metajit_G.float(u615)), b578!, b587!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5004, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 5022;
          continue dispatch;
        }
        case 5022: {
          u616 = u8 === 0;
          b616 = undefined;
          u617 = !u616;
          b617 = undefined;
          at = 5029;
          {
            const x0 = rec.resolve(b596!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b618 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u619 = (u617 ? 1 : 0);
          b619 = undefined;
          at = 5035;
          {
            const x0 = b618!;
            const v0 = x0.value as number;
            const v = v0 === u619;
            b620 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b619 ??= __metajit_G.int(u619))], v);
          }
          at = 5039;
          {
            const x0 = b620!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b621 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5042;
          const c5042 = b621!;
          if (!c5042.isConst) rec.guard(c5042.value === true ? "guard_true" : "guard_false", [c5042], rec.snapshot(0, 5042, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b621!]));
          if (c5042.value !== true) {
            block = 5066;
            continue dispatch;
          }
          block = 5054;
          continue dispatch;
        }
        case 5054: {
          u622 = u1 + 1;
          b622 = undefined;
          u623 = u622 | 0;
          b623 = undefined;
          u1 = u623;
          b1 = undefined;
          block = 5112;
          continue dispatch;
        }
        case 5066: {
          u625 = (u2 as Record<string, unknown>)["b"];
          b625 = undefined;
          u626 = u1 | 0;
          b626 = undefined;
          u624 = __metajit_G.asFloat("getarrayitem_imm", (u625 as ArrayLike<unknown>)[u626], "[any]");
          b624 = undefined;
          u627 = u1 + 1;
          b627 = undefined;
          u628 = u627 + u624;
          b628 = undefined;
          u629 = u628 | 0;
          b629 = undefined;
          u1 = u629;
          b1 = undefined;
          u630 = u624 < 0;
          b630 = undefined;
          if (!u630) {
            block = 5112;
            continue dispatch;
          }
          block = 5110;
          continue dispatch;
        }
        case 5110: {
          block = 5112;
          continue dispatch;
        }
        case 5112: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 5114: {
          u632 = u8 | 0;
          b632 = undefined;
          at = 5117;
          b631 = rec.record("getarrayitem", [b4!, (b632 ??= __metajit_G.int(u632))], __metajit_o0);
          at = 5123;
          {
            const x0 = rec.resolve(b631!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b633 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5127;
          {
            const x0 = b633!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b634 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b635 = b634;
          at = 5133;
          const c5133 = b634!;
          if (!c5133.isConst) rec.guard(c5133.value === true ? "guard_true" : "guard_false", [c5133], rec.snapshot(0, 5133, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), b631!, b634!, b635!]));
          if (c5133.value !== true) {
            block = 5158;
            continue dispatch;
          }
          block = 5148;
          continue dispatch;
        }
        case 5148: {
          at = 5148;
          {
            const x0 = rec.resolve(b631!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b636 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          at = 5152;
          {
            const x0 = b636!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b637 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b635 = b637;
          block = 5158;
          continue dispatch;
        }
        case 5158: {
          u638 = (u2 as Record<string, unknown>)["c"];
          b638 = undefined;
          u639 = u7 | 0;
          b639 = undefined;
          u640 = __metajit_G.asFloat("getarrayitem_imm", (u638 as ArrayLike<unknown>)[u639], "[any]");
          b640 = undefined;
          u641 = u640 === 0;
          b641 = undefined;
          u642 = !u641;
          b642 = undefined;
          at = 5179;
          {
            const x0 = rec.resolve(b635!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b643 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u644 = (u642 ? 1 : 0);
          b644 = undefined;
          at = 5185;
          {
            const x0 = b643!;
            const v0 = x0.value as number;
            const v = v0 === u644;
            b645 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b644 ??= __metajit_G.int(u644))], v);
          }
          at = 5189;
          {
            const x0 = b645!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b646 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5192;
          const c5192 = b646!;
          if (!c5192.isConst) rec.guard(c5192.value === true ? "guard_true" : "guard_false", [c5192], rec.snapshot(0, 5192, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b646!]));
          if (c5192.value !== true) {
            block = 5216;
            continue dispatch;
          }
          block = 5204;
          continue dispatch;
        }
        case 5204: {
          u647 = u1 + 1;
          b647 = undefined;
          u648 = u647 | 0;
          b648 = undefined;
          u1 = u648;
          b1 = undefined;
          block = 5262;
          continue dispatch;
        }
        case 5216: {
          u650 = (u2 as Record<string, unknown>)["b"];
          b650 = undefined;
          u651 = u1 | 0;
          b651 = undefined;
          u649 = __metajit_G.asFloat("getarrayitem_imm", (u650 as ArrayLike<unknown>)[u651], "[any]");
          b649 = undefined;
          u652 = u1 + 1;
          b652 = undefined;
          u653 = u652 + u649;
          b653 = undefined;
          u654 = u653 | 0;
          b654 = undefined;
          u1 = u654;
          b1 = undefined;
          u655 = u649 < 0;
          b655 = undefined;
          if (!u655) {
            block = 5262;
            continue dispatch;
          }
          block = 5260;
          continue dispatch;
        }
        case 5260: {
          block = 5262;
          continue dispatch;
        }
        case 5262: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 5264: {
          u657 = (u2 as Record<string, unknown>)["b"];
          b657 = undefined;
          u658 = u7 | 0;
          b658 = undefined;
          u659 = __metajit_G.asFloat("getarrayitem_imm", (u657 as ArrayLike<unknown>)[u658], "[any]");
          b659 = undefined;
          u660 = u659 | 0;
          b660 = undefined;
          at = 5281;
          b656 = rec.record("getarrayitem", [b4!, (b660 ??= __metajit_G.int(u660))], __metajit_o0);
          at = 5287;
          {
            const x0 = rec.resolve(b656!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b661 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5291;
          {
            const x0 = b661!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b662 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b663 = b662;
          at = 5297;
          const c5297 = b662!;
          if (!c5297.isConst) rec.guard(c5297.value === true ? "guard_true" : "guard_false", [c5297], rec.snapshot(0, 5297, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b656!, b662!, b663!]));
          if (c5297.value !== true) {
            block = 5323;
            continue dispatch;
          }
          block = 5313;
          continue dispatch;
        }
        case 5313: {
          at = 5313;
          {
            const x0 = rec.resolve(b656!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_65.value;
            b664 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_65], v);
          }
          at = 5317;
          {
            const x0 = b664!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b665 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b663 = b665;
          block = 5323;
          continue dispatch;
        }
        case 5323: {
          u666 = (u2 as Record<string, unknown>)["c"];
          b666 = undefined;
          u667 = u7 | 0;
          b667 = undefined;
          u668 = __metajit_G.asFloat("getarrayitem_imm", (u666 as ArrayLike<unknown>)[u667], "[any]");
          b668 = undefined;
          u669 = u668 === 0;
          b669 = undefined;
          u670 = !u669;
          b670 = undefined;
          at = 5344;
          {
            const x0 = rec.resolve(b663!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b671 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u672 = (u670 ? 1 : 0);
          b672 = undefined;
          at = 5350;
          {
            const x0 = b671!;
            const v0 = x0.value as number;
            const v = v0 === u672;
            b673 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b672 ??= __metajit_G.int(u672))], v);
          }
          at = 5354;
          const c5354 = b673!;
          if (!c5354.isConst) rec.guard(c5354.value === true ? "guard_true" : "guard_false", [c5354], rec.snapshot(0, 5354, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b656!, b673!]));
          if (c5354.value !== true) {
            block = 5424;
            continue dispatch;
          }
          block = 5368;
          continue dispatch;
        }
        case 5368: {
          u674 = u8 | 0;
          b674 = undefined;
          at = 5371;
          rec.record("setarrayitem", [b4!, (b674 ??= __metajit_G.int(u674)), b656!], __metajit_o1);
          u676 = (u2 as Record<string, unknown>)["b"];
          b676 = undefined;
          u677 = u1 | 0;
          b677 = undefined;
          u675 = __metajit_G.asFloat("getarrayitem_imm", (u676 as ArrayLike<unknown>)[u677], "[any]");
          b675 = undefined;
          u678 = u1 + 1;
          b678 = undefined;
          u679 = u678 + u675;
          b679 = undefined;
          u680 = u679 | 0;
          b680 = undefined;
          u1 = u680;
          b1 = undefined;
          u681 = u675 < 0;
          b681 = undefined;
          if (!u681) {
            block = 5422;
            continue dispatch;
          }
          block = 5420;
          continue dispatch;
        }
        case 5420: {
          block = 5422;
          continue dispatch;
        }
        case 5422: {
          block = 5434;
          continue dispatch;
        }
        case 5424: {
          u682 = u1 + 1;
          b682 = undefined;
          u683 = u682 | 0;
          b683 = undefined;
          u1 = u683;
          b1 = undefined;
          block = 5434;
          continue dispatch;
        }
        case 5434: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 5436: {
          u685 = (u2 as Record<string, unknown>)["b"];
          b685 = undefined;
          u686 = u7 | 0;
          b686 = undefined;
          u684 = __metajit_G.asFloat("getarrayitem_imm", (u685 as ArrayLike<unknown>)[u686], "[any]");
          b684 = undefined;
          u688 = (u2 as Record<string, unknown>)["c"];
          b688 = undefined;
          u689 = u7 | 0;
          b689 = undefined;
          u690 = __metajit_G.asFloat("getarrayitem_imm", (u688 as ArrayLike<unknown>)[u689], "[any]");
          b690 = undefined;
          u687 = u690 - 1;
          b687 = undefined;
          u693 = u684 === 0;
          b693 = undefined;
          u694 = !u693;
          b694 = undefined;
          if (!u694) {
            block = 5499;
            continue dispatch;
          }
          block = 5490;
          continue dispatch;
        }
        case 5490: {
          u695 = u684 - 1;
          b695 = undefined;
          u692 = u695;
          b692 = b695;
          b692 ??= __metajit_G.float(u692);
          block = 5515;
          continue dispatch;
        }
        case 5499: {
          at = 5499;
          b696 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5504;
          {
            const x0 = rec.resolve(b696!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b697 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5508;
          {
            const x0 = b697!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b698 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b692 = b698;
          block = 5515;
          continue dispatch;
        }
        case 5515: {
          b691 = b692;
          u700 = u8 | 0;
          b700 = undefined;
          at = 5521;
          b699 = rec.record("getarrayitem", [b4!, (b700 ??= __metajit_G.int(u700))], __metajit_o0);
          at = 5527;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5531;
          b701 = rec.record("call_pure", [__metajit_k0_78, b699!, __metajit_k0_79], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5531, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b691!, b699!]) });
          at = 5550;
          {
            const x0 = b701!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b702 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5553;
          const c5553 = b702!;
          if (!c5553.isConst) rec.guard(c5553.value === true ? "guard_true" : "guard_false", [c5553], rec.snapshot(0, 5553, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b691!, b699!, b702!]));
          if (c5553.value !== true) {
            block = 5596;
            continue dispatch;
          }
          block = 5569;
          continue dispatch;
        }
        case 5569: {
          at = 5569;
          b699 = rec.record("call", [__metajit_k0_80, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b691!, b699!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5569, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b691!]) });
          at = 5590;
          {
            const x0 = rec.resolve(b691!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b691 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5596;
          continue dispatch;
        }
        case 5596: {
          at = 5596;
          b703 = rec.record("call_pure", [__metajit_k0_81, b699!, __metajit_k0_82], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5596, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b691!, b699!]) });
          at = 5615;
          const c5615 = b703!;
          if (!c5615.isConst) rec.guard(c5615.value === true ? "guard_true" : "guard_false", [c5615], rec.snapshot(0, 5615, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b691!, b699!, b703!]));
          if (c5615.value !== true) {
            block = 5669;
            continue dispatch;
          }
          block = 5631;
          continue dispatch;
        }
        case 5631: {
          u705 = u8 + 1;
          b705 = undefined;
          at = 5635;
          rec.enterFrame(0, 5635, [b0!, b5!, b6!], 9);
          b704 = __metajit_trace_9_208(rec, b0!, b5!, b699!, b4!, u705, b691!, u8, u687);
          rec.leaveFrame();
          b3 = b704;
          at = 5654;
          b2 = rec.record("getfield_imm", [b704!], __metajit_o10);
          at = 5659;
          b4 = rec.record("getfield_imm", [b704!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5936;
          continue dispatch;
        }
        case 5669: {
          u707 = u8 + 1;
          b707 = undefined;
          u708 = u8 + 1;
          b708 = undefined;
          at = 5677;
          {
            const x1 = rec.resolve(b691!);
            const v1 = x1.value as number;
            const v = u708 + v1;
            b709 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b708 ??= __metajit_G.float(u708)), x1], v);
          }
          at = 5681;
          b710 = rec.record("call", [__metajit_k0_85, b4!, (b707 ??= __metajit_G.float(u707)), b709!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5681, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b699!]) });
          at = 5700;
          b706 = rec.record("call", [__metajit_k0_84, b0!, b5!, b699!, b710!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5700, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687))]) });
          at = 5719;
          b711 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5724;
          const c5724 = rec.resolve(b711!);
          if (!c5724.isConst) rec.guard(c5724.value === true ? "guard_true" : "guard_false", [c5724], rec.snapshot(0, 5724, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b706!, b711!]));
          if (c5724.value !== true) {
            block = 5762;
            continue dispatch;
          }
          block = 5739;
          continue dispatch;
        }
        case 5739: {
          at = 5739;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5743;
          rec.record("setfield", [b5!, (b687 ??= __metajit_G.float(u687))], __metajit_o13);
          at = 5747;
          b712 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5752;
          {
            const x0 = rec.resolve(b712!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b713 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5756;
          rec.record("setfield", [b5!, b713!], __metajit_o15);
          return b706!;
        }
        case 5762: {
          at = 5762;
          b714 = rec.record("arraylen", [b706!], __metajit_o1);
          u715 = u687 < 0;
          b715 = undefined;
          if (!u715) {
            block = 5852;
            continue dispatch;
          }
          block = 5786;
          continue dispatch;
        }
        case 5786: {
          u716 = 0;
          b716 = __metajit_k0_8;
          block = 5789;
          continue dispatch;
        }
        case 5789: {
          at = 5789;
          {
            const x0 = rec.resolve(b714!);
            const v0 = x0.value as number;
            const v = v0;
            b717 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5792;
          {
            const x1 = b717!;
            const v1 = x1.value as number;
            const v = u716 < v1;
            b718 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b716 ??= __metajit_G.float(u716)), x1], v);
          }
          at = 5796;
          const c5796 = b718!;
          if (!c5796.isConst) rec.guard(c5796.value === true ? "guard_true" : "guard_false", [c5796], rec.snapshot(0, 5796, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b706!, b714!, (b716 ??= __metajit_G.float(u716)), b718!]));
          if (c5796.value !== true) {
            block = 5839;
            continue dispatch;
          }
          block = 5812;
          continue dispatch;
        }
        case 5812: {
          u719 = u8 + u716;
          b719 = undefined;
          u720 = u719 | 0;
          b720 = undefined;
          u721 = u716 | 0;
          b721 = undefined;
          at = 5822;
          b722 = rec.record("getarrayitem", [b706!, (b721 ??= __metajit_G.int(u721))], __metajit_o0);
          at = 5828;
          rec.record("setarrayitem", [b4!, (b720 ??= __metajit_G.int(u720)), b722!], __metajit_o1);
          u716 = u716 + 1;
          b716 = undefined;
          block = 5789;
          continue dispatch;
        }
        case 5839: {
          at = 5839;
          {
            const x0 = rec.resolve(b714!);
            const v0 = x0.value as number;
            const v = v0;
            b723 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5842;
          {
            const x1 = b723!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b724 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5846;
          rec.record("setfield", [b3!, b724!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5936;
          continue dispatch;
        }
        case 5852: {
          u725 = 0;
          b725 = __metajit_k0_8;
          block = 5855;
          continue dispatch;
        }
        case 5855: {
          u726 = u725 < u687;
          b726 = undefined;
          if (!u726) {
            b2 ??= __metajit_G.ref(u2);
            block = 5936;
            continue dispatch;
          }
          block = 5876;
          continue dispatch;
        }
        case 5876: {
          u727 = u8 + u725;
          b727 = undefined;
          u728 = u727 | 0;
          b728 = undefined;
          at = 5883;
          {
            const x0 = rec.resolve(b714!);
            const v0 = x0.value as number;
            const v = v0;
            b730 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5886;
          {
            const x1 = b730!;
            const v1 = x1.value as number;
            const v = u725 < v1;
            b731 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b725 ??= __metajit_G.float(u725)), x1], v);
          }
          at = 5890;
          const c5890 = b731!;
          if (!c5890.isConst) rec.guard(c5890.value === true ? "guard_true" : "guard_false", [c5890], rec.snapshot(0, 5890, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b687 ??= __metajit_G.float(u687)), b706!, b714!, (b725 ??= __metajit_G.float(u725)), (b728 ??= __metajit_G.int(u728)), b731!]));
          if (c5890.value !== true) {
            block = 5922;
            continue dispatch;
          }
          block = 5908;
          continue dispatch;
        }
        case 5908: {
          u732 = u725 | 0;
          b732 = undefined;
          at = 5911;
          b733 = rec.record("getarrayitem", [b706!, (b732 ??= __metajit_G.int(u732))], __metajit_o0);
          b729 = b733;
          block = 5925;
          continue dispatch;
        }
        case 5922: {
          u729 = __metajit_k0_10.value;
          b729 = __metajit_k0_10;
          b729 ??= __metajit_G.ref(u729);
          block = 5925;
          continue dispatch;
        }
        case 5925: {
          at = 5925;
          rec.record("setarrayitem", [b4!, (b728 ??= __metajit_G.int(u728)), b729!], __metajit_o1);
          u725 = u725 + 1;
          b725 = undefined;
          block = 5855;
          continue dispatch;
        }
        case 5936: {
          b1 ??= __metajit_G.float(u1);
          block = 7658;
          continue dispatch;
        }
        case 5938: {
          u735 = (u2 as Record<string, unknown>)["b"];
          b735 = undefined;
          u736 = u7 | 0;
          b736 = undefined;
          u734 = __metajit_G.asFloat("getarrayitem_imm", (u735 as ArrayLike<unknown>)[u736], "[any]");
          b734 = undefined;
          u739 = u734 === 0;
          b739 = undefined;
          u740 = !u739;
          b740 = undefined;
          if (!u740) {
            block = 5982;
            continue dispatch;
          }
          block = 5973;
          continue dispatch;
        }
        case 5973: {
          u741 = u734 - 1;
          b741 = undefined;
          u738 = u741;
          b738 = b741;
          b738 ??= __metajit_G.float(u738);
          block = 5998;
          continue dispatch;
        }
        case 5982: {
          at = 5982;
          b742 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5987;
          {
            const x0 = rec.resolve(b742!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b743 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5991;
          {
            const x0 = b743!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b744 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b738 = b744;
          block = 5998;
          continue dispatch;
        }
        case 5998: {
          b737 = b738;
          u746 = u8 | 0;
          b746 = undefined;
          at = 6004;
          b745 = rec.record("getarrayitem", [b4!, (b746 ??= __metajit_G.int(u746))], __metajit_o0);
          at = 6010;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6014;
          b747 = rec.record("call_pure", [__metajit_k0_90, b745!, __metajit_k0_91], { descr: null, type: "bool", snapshot: rec.snapshot(0, 6014, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!]) });
          at = 6032;
          {
            const x0 = b747!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b748 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6035;
          const c6035 = b748!;
          if (!c6035.isConst) rec.guard(c6035.value === true ? "guard_true" : "guard_false", [c6035], rec.snapshot(0, 6035, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!, b748!]));
          if (c6035.value !== true) {
            block = 6076;
            continue dispatch;
          }
          block = 6050;
          continue dispatch;
        }
        case 6050: {
          at = 6050;
          b745 = rec.record("call", [__metajit_k0_92, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b737!, b745!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6050, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!]) });
          at = 6070;
          {
            const x0 = rec.resolve(b737!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b737 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 6076;
          continue dispatch;
        }
        case 6076: {
          at = 6076;
          b749 = rec.record("call_pure", [__metajit_k0_93, b745!, __metajit_k0_94], { descr: null, type: "bool", snapshot: rec.snapshot(0, 6076, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!]) });
          at = 6094;
          const c6094 = b749!;
          if (!c6094.isConst) rec.guard(c6094.value === true ? "guard_true" : "guard_false", [c6094], rec.snapshot(0, 6094, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!, b749!]));
          if (c6094.value !== true) {
            block = 6190;
            continue dispatch;
          }
          block = 6109;
          continue dispatch;
        }
        case 6109: {
          at = 6109;
          b750 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6114;
          {
            const x0 = rec.resolve(b750!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b751 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6118;
          {
            const x0 = b751!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b752 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6121;
          const c6121 = b752!;
          if (!c6121.isConst) rec.guard(c6121.value === true ? "guard_true" : "guard_false", [c6121], rec.snapshot(0, 6121, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!, b752!]));
          if (c6121.value !== true) {
            block = 6153;
            continue dispatch;
          }
          block = 6134;
          continue dispatch;
        }
        case 6134: {
          at = 6134;
          rec.record("call", [__metajit_k0_96, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6134, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b737!, b745!]) });
          block = 6153;
          continue dispatch;
        }
        case 6153: {
          u754 = u8 + 1;
          b754 = undefined;
          at = 6157;
          rec.enterFrame(0, 6157, [b0!, b5!, b6!], 10);
          b753 = __metajit_trace_10_16(rec, b0!, b5!, b745!, b4!, u754, b737!, b3!);
          rec.leaveFrame();
          b3 = b753;
          at = 6175;
          b2 = rec.record("getfield_imm", [b753!], __metajit_o10);
          at = 6180;
          b4 = rec.record("getfield_imm", [b753!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 6348;
          continue dispatch;
        }
        case 6190: {
          u756 = u8 + 1;
          b756 = undefined;
          u757 = u8 + 1;
          b757 = undefined;
          at = 6198;
          {
            const x1 = rec.resolve(b737!);
            const v1 = x1.value as number;
            const v = u757 + v1;
            b758 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b757 ??= __metajit_G.float(u757)), x1], v);
          }
          at = 6202;
          b759 = rec.record("call", [__metajit_k0_98, b4!, (b756 ??= __metajit_G.float(u756)), b758!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6202, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b745!]) });
          at = 6220;
          b755 = rec.record("call", [__metajit_k0_97, b0!, b5!, b745!, b759!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6220, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          at = 6238;
          b760 = rec.record("getfield", [b5!], __metajit_o11);
          at = 6243;
          const c6243 = rec.resolve(b760!);
          if (!c6243.isConst) rec.guard(c6243.value === true ? "guard_true" : "guard_false", [c6243], rec.snapshot(0, 6243, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b755!, b760!]));
          if (c6243.value !== true) {
            block = 6280;
            continue dispatch;
          }
          block = 6257;
          continue dispatch;
        }
        case 6257: {
          at = 6257;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 6261;
          rec.record("setfield", [b5!, __metajit_k0_20], __metajit_o13);
          at = 6265;
          b761 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6270;
          {
            const x0 = rec.resolve(b761!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b762 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 6274;
          rec.record("setfield", [b5!, b762!], __metajit_o15);
          return b755!;
        }
        case 6280: {
          at = 6280;
          b763 = rec.record("arraylen", [b755!], __metajit_o1);
          u764 = 0;
          b764 = __metajit_k0_8;
          block = 6287;
          continue dispatch;
        }
        case 6287: {
          at = 6287;
          {
            const x0 = rec.resolve(b763!);
            const v0 = x0.value as number;
            const v = v0;
            b765 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6290;
          {
            const x1 = b765!;
            const v1 = x1.value as number;
            const v = u764 < v1;
            b766 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b764 ??= __metajit_G.float(u764)), x1], v);
          }
          at = 6294;
          const c6294 = b766!;
          if (!c6294.isConst) rec.guard(c6294.value === true ? "guard_true" : "guard_false", [c6294], rec.snapshot(0, 6294, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b755!, b763!, (b764 ??= __metajit_G.float(u764)), b766!]));
          if (c6294.value !== true) {
            block = 6337;
            continue dispatch;
          }
          block = 6310;
          continue dispatch;
        }
        case 6310: {
          u767 = u8 + u764;
          b767 = undefined;
          u768 = u767 | 0;
          b768 = undefined;
          u769 = u764 | 0;
          b769 = undefined;
          at = 6320;
          b770 = rec.record("getarrayitem", [b755!, (b769 ??= __metajit_G.int(u769))], __metajit_o0);
          at = 6326;
          rec.record("setarrayitem", [b4!, (b768 ??= __metajit_G.int(u768)), b770!], __metajit_o1);
          u764 = u764 + 1;
          b764 = undefined;
          block = 6287;
          continue dispatch;
        }
        case 6337: {
          at = 6337;
          {
            const x0 = rec.resolve(b763!);
            const v0 = x0.value as number;
            const v = v0;
            b771 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 6340;
          {
            const x1 = b771!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b772 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6344;
          rec.record("setfield", [b3!, b772!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 6348;
          continue dispatch;
        }
        case 6348: {
          b1 ??= __metajit_G.float(u1);
          block = 7658;
          continue dispatch;
        }
        case 6350: {
          u774 = (u2 as Record<string, unknown>)["b"];
          b774 = undefined;
          u775 = u7 | 0;
          b775 = undefined;
          u773 = __metajit_G.asFloat("getarrayitem_imm", (u774 as ArrayLike<unknown>)[u775], "[any]");
          b773 = undefined;
          u778 = u773 === 0;
          b778 = undefined;
          u779 = !u778;
          b779 = undefined;
          if (!u779) {
            block = 6392;
            continue dispatch;
          }
          block = 6383;
          continue dispatch;
        }
        case 6383: {
          u780 = u773 - 1;
          b780 = undefined;
          u777 = u780;
          b777 = b780;
          b777 ??= __metajit_G.float(u777);
          block = 6404;
          continue dispatch;
        }
        case 6392: {
          at = 6392;
          b781 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6397;
          {
            const x0 = rec.resolve(b781!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b782 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          b777 = b782;
          block = 6404;
          continue dispatch;
        }
        case 6404: {
          b776 = b777;
          at = 6407;
          b783 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6412;
          {
            const x0 = rec.resolve(b783!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b784 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6416;
          {
            const x0 = b784!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b785 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6419;
          const c6419 = b785!;
          if (!c6419.isConst) rec.guard(c6419.value === true ? "guard_true" : "guard_false", [c6419], rec.snapshot(0, 6419, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b785!]));
          if (c6419.value !== true) {
            block = 6449;
            continue dispatch;
          }
          block = 6431;
          continue dispatch;
        }
        case 6431: {
          at = 6431;
          rec.record("call", [__metajit_k0_99, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6431, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!]) });
          block = 6449;
          continue dispatch;
        }
        case 6449: {
          at = 6449;
          b787 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6454;
          {
            const x0 = rec.resolve(b787!);
            const v0 = x0.value as number;
            const v = v0 - 1;
            b786 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6458;
          rec.record("setfield", [b5!, b786!], __metajit_o15);
          at = 6462;
          {
            const x0 = b786!;
            const v0 = x0.value as number;
            const x1 = rec.resolve(b6!);
            const v1 = x1.value as number;
            const v = v0 === v1;
            b788 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          at = 6466;
          const c6466 = b788!;
          if (!c6466.isConst) rec.guard(c6466.value === true ? "guard_true" : "guard_false", [c6466], rec.snapshot(0, 6466, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b786!, b788!]));
          if (c6466.value !== true) {
            block = 6494;
            continue dispatch;
          }
          block = 6479;
          continue dispatch;
        }
        case 6479: {
          at = 6479;
          {
            const x1 = rec.resolve(b776!);
            const v1 = x1.value as number;
            const v = u8 + v1;
            b789 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6483;
          b790 = rec.record("call", [__metajit_k0_100, b4!, (b8 ??= __metajit_G.float(u8)), b789!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6483, []) });
          return b790!;
        }
        case 6494: {
          at = 6494;
          b792 = rec.record("getfield", [b5!], __metajit_o18);
          at = 6499;
          {
            const x0 = b786!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b793 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6503;
          {
            const x0 = b793!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b794 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6506;
          b791 = rec.record("getarrayitem", [b792!, b794!], __metajit_o0);
          at = 6512;
          b795 = rec.record("getfield_imm", [b791!], __metajit_o4);
          at = 6517;
          b796 = rec.record("getfield_imm", [b3!], __metajit_o19);
          at = 6522;
          b797 = rec.record("getfield_imm", [b3!], __metajit_o20);
          at = 6527;
          {
            const x0 = rec.resolve(b797!);
            const v0 = x0.value as number;
            const v = v0 < 0;
            b798 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k0_8], v);
          }
          at = 6531;
          const c6531 = b798!;
          if (!c6531.isConst) rec.guard(c6531.value === true ? "guard_true" : "guard_false", [c6531], rec.snapshot(0, 6531, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b791!, b795!, b796!, b797!, b798!]));
          if (c6531.value !== true) {
            block = 6609;
            continue dispatch;
          }
          block = 6546;
          continue dispatch;
        }
        case 6546: {
          u799 = 0;
          b799 = __metajit_k0_8;
          block = 6549;
          continue dispatch;
        }
        case 6549: {
          at = 6549;
          {
            const x1 = rec.resolve(b776!);
            const v1 = x1.value as number;
            const v = u799 < v1;
            b800 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b799 ??= __metajit_G.float(u799)), x1], v);
          }
          at = 6553;
          const c6553 = b800!;
          if (!c6553.isConst) rec.guard(c6553.value === true ? "guard_true" : "guard_false", [c6553], rec.snapshot(0, 6553, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b791!, b795!, b796!, (b799 ??= __metajit_G.float(u799)), b800!]));
          if (c6553.value !== true) {
            block = 6599;
            continue dispatch;
          }
          block = 6568;
          continue dispatch;
        }
        case 6568: {
          at = 6568;
          {
            const x0 = rec.resolve(b796!);
            const v0 = x0.value as number;
            const v = v0 + u799;
            b801 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b799 ??= __metajit_G.float(u799))], v);
          }
          at = 6572;
          {
            const x0 = b801!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b802 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u803 = u8 + u799;
          b803 = undefined;
          u804 = u803 | 0;
          b804 = undefined;
          at = 6582;
          b805 = rec.record("getarrayitem", [b4!, (b804 ??= __metajit_G.int(u804))], __metajit_o0);
          at = 6588;
          rec.record("setarrayitem", [b795!, b802!, b805!], __metajit_o1);
          u799 = u799 + 1;
          b799 = undefined;
          block = 6549;
          continue dispatch;
        }
        case 6599: {
          at = 6599;
          {
            const x0 = rec.resolve(b796!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b776!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b806 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 6603;
          rec.record("setfield", [b791!, b806!], __metajit_o16);
          block = 6692;
          continue dispatch;
        }
        case 6609: {
          u807 = 0;
          b807 = __metajit_k0_8;
          block = 6612;
          continue dispatch;
        }
        case 6612: {
          at = 6612;
          {
            const x1 = rec.resolve(b797!);
            const v1 = x1.value as number;
            const v = u807 < v1;
            b808 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b807 ??= __metajit_G.float(u807)), x1], v);
          }
          at = 6616;
          const c6616 = b808!;
          if (!c6616.isConst) rec.guard(c6616.value === true ? "guard_true" : "guard_false", [c6616], rec.snapshot(0, 6616, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b791!, b795!, b796!, b797!, (b807 ??= __metajit_G.float(u807)), b808!]));
          if (c6616.value !== true) {
            block = 6692;
            continue dispatch;
          }
          block = 6632;
          continue dispatch;
        }
        case 6632: {
          at = 6632;
          {
            const x0 = rec.resolve(b796!);
            const v0 = x0.value as number;
            const v = v0 + u807;
            b809 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b807 ??= __metajit_G.float(u807))], v);
          }
          at = 6636;
          {
            const x0 = b809!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b810 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6639;
          {
            const x1 = rec.resolve(b776!);
            const v1 = x1.value as number;
            const v = u807 < v1;
            b812 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b807 ??= __metajit_G.float(u807)), x1], v);
          }
          at = 6643;
          const c6643 = b812!;
          if (!c6643.isConst) rec.guard(c6643.value === true ? "guard_true" : "guard_false", [c6643], rec.snapshot(0, 6643, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b776!, b791!, b795!, b796!, b797!, (b807 ??= __metajit_G.float(u807)), b810!, b812!]));
          if (c6643.value !== true) {
            block = 6678;
            continue dispatch;
          }
          block = 6660;
          continue dispatch;
        }
        case 6660: {
          u813 = u8 + u807;
          b813 = undefined;
          u814 = u813 | 0;
          b814 = undefined;
          at = 6667;
          b815 = rec.record("getarrayitem", [b4!, (b814 ??= __metajit_G.int(u814))], __metajit_o0);
          b811 = b815;
          block = 6681;
          continue dispatch;
        }
        case 6678: {
          u811 = __metajit_k0_10.value;
          b811 = __metajit_k0_10;
          b811 ??= __metajit_G.ref(u811);
          block = 6681;
          continue dispatch;
        }
        case 6681: {
          at = 6681;
          rec.record("setarrayitem", [b795!, b810!, b811!], __metajit_o1);
          u807 = u807 + 1;
          b807 = undefined;
          block = 6612;
          continue dispatch;
        }
        case 6692: {
          b3 = b791;
          at = 6695;
          b2 = rec.record("getfield_imm", [b791!], __metajit_o10);
          b4 = b795;
          at = 6703;
          b1 = rec.record("getfield", [b791!], __metajit_o21);
          block = 7658;
          continue dispatch;
        }
        case 6710: {
          u817 = u8 + 2;
          b817 = undefined;
          u818 = u817 | 0;
          b818 = undefined;
          at = 6717;
          b819 = rec.record("getarrayitem", [b4!, (b818 ??= __metajit_G.int(u818))], __metajit_o0);
          at = 6723;
          {
            const x0 = rec.resolve(b819!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b816 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u821 = u8 | 0;
          b821 = undefined;
          at = 6729;
          b822 = rec.record("getarrayitem", [b4!, (b821 ??= __metajit_G.int(u821))], __metajit_o0);
          at = 6735;
          {
            const x0 = rec.resolve(b822!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b823 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6738;
          {
            const x0 = b823!;
            const v0 = x0.value as number;
            const x1 = b816!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b820 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          u825 = u8 + 1;
          b825 = undefined;
          u826 = u825 | 0;
          b826 = undefined;
          at = 6749;
          b827 = rec.record("getarrayitem", [b4!, (b826 ??= __metajit_G.int(u826))], __metajit_o0);
          at = 6755;
          {
            const x0 = rec.resolve(b827!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b824 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6758;
          {
            const x0 = b816!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b829 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k0_8], v);
          }
          at = 6762;
          const c6762 = b829!;
          if (!c6762.isConst) rec.guard(c6762.value === true ? "guard_true" : "guard_false", [c6762], rec.snapshot(0, 6762, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b820!, b824!, b829!]));
          if (c6762.value !== true) {
            block = 6787;
            continue dispatch;
          }
          block = 6778;
          continue dispatch;
        }
        case 6778: {
          at = 6778;
          {
            const x0 = b820!;
            const v0 = x0.value as number;
            const x1 = b824!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b830 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b828 = b830;
          block = 6794;
          continue dispatch;
        }
        case 6787: {
          at = 6787;
          {
            const x0 = b824!;
            const v0 = x0.value as number;
            const x1 = b820!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b831 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b828 = b831;
          block = 6794;
          continue dispatch;
        }
        case 6794: {
          at = 6794;
          const c6794 = rec.resolve(b828!);
          if (!c6794.isConst) rec.guard(c6794.value === true ? "guard_true" : "guard_false", [c6794], rec.snapshot(0, 6794, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b820!, b828!]));
          if (c6794.value !== true) {
            block = 6861;
            continue dispatch;
          }
          block = 6809;
          continue dispatch;
        }
        case 6809: {
          u832 = (u2 as Record<string, unknown>)["b"];
          b832 = undefined;
          u833 = u7 | 0;
          b833 = undefined;
          u834 = __metajit_G.asFloat("getarrayitem_imm", (u832 as ArrayLike<unknown>)[u833], "[any]");
          b834 = undefined;
          u835 = u1 + u834;
          b835 = undefined;
          u836 = u835 | 0;
          b836 = undefined;
          u1 = u836;
          b1 = undefined;
          u837 = u8 | 0;
          b837 = undefined;
          at = 6836;
          {
            const x0 = rec.resolve(b820!);
            const v0 = x0.value as number;
            const v = v0;
            b838 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6839;
          rec.record("setarrayitem", [b4!, (b837 ??= __metajit_G.int(u837)), b838!], __metajit_o1);
          u839 = u8 + 3;
          b839 = undefined;
          u840 = u839 | 0;
          b840 = undefined;
          at = 6851;
          {
            const x0 = rec.resolve(b820!);
            const v0 = x0.value as number;
            const v = v0;
            b841 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6854;
          rec.record("setarrayitem", [b4!, (b840 ??= __metajit_G.int(u840)), b841!], __metajit_o1);
          block = 6861;
          continue dispatch;
        }
        case 6861: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 6863: {
          u843 = u8 | 0;
          b843 = undefined;
          at = 6866;
          b842 = rec.record("getarrayitem", [b4!, (b843 ??= __metajit_G.int(u843))], __metajit_o0);
          u845 = u8 + 1;
          b845 = undefined;
          u846 = u845 | 0;
          b846 = undefined;
          at = 6879;
          b844 = rec.record("getarrayitem", [b4!, (b846 ??= __metajit_G.int(u846))], __metajit_o0);
          u848 = u8 + 2;
          b848 = undefined;
          u849 = u848 | 0;
          b849 = undefined;
          at = 6892;
          b847 = rec.record("getarrayitem", [b4!, (b849 ??= __metajit_G.int(u849))], __metajit_o0);
          at = 6898;
          {
            const x0 = rec.resolve(b842!);
            const v0 = x0.value;
            const v = typeof v0;
            b850 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6901;
          {
            const x0 = b850!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b851 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6905;
          {
            const x0 = b851!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b852 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6908;
          {
            const x0 = b852!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b853 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b854 = b852;
          at = 6914;
          const c6914 = b853!;
          if (!c6914.isConst) rec.guard(c6914.value === true ? "guard_true" : "guard_false", [c6914], rec.snapshot(0, 6914, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b844!, b847!, b853!, b854!]));
          if (c6914.value !== true) {
            block = 6944;
            continue dispatch;
          }
          block = 6931;
          continue dispatch;
        }
        case 6931: {
          at = 6931;
          {
            const x0 = rec.resolve(b844!);
            const v0 = x0.value;
            const v = typeof v0;
            b855 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6934;
          {
            const x0 = b855!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b856 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6938;
          {
            const x0 = b856!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b857 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b854 = b857;
          block = 6944;
          continue dispatch;
        }
        case 6944: {
          at = 6944;
          {
            const x0 = rec.resolve(b854!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b858 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b859 = b854;
          at = 6950;
          const c6950 = b858!;
          if (!c6950.isConst) rec.guard(c6950.value === true ? "guard_true" : "guard_false", [c6950], rec.snapshot(0, 6950, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b847!, b858!, b859!]));
          if (c6950.value !== true) {
            block = 6979;
            continue dispatch;
          }
          block = 6966;
          continue dispatch;
        }
        case 6966: {
          at = 6966;
          {
            const x0 = rec.resolve(b847!);
            const v0 = x0.value;
            const v = typeof v0;
            b860 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6969;
          {
            const x0 = b860!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b861 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6973;
          {
            const x0 = b861!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b862 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b859 = b862;
          block = 6979;
          continue dispatch;
        }
        case 6979: {
          at = 6979;
          const c6979 = rec.resolve(b859!);
          if (!c6979.isConst) rec.guard(c6979.value === true ? "guard_true" : "guard_false", [c6979], rec.snapshot(0, 6979, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b859!]));
          if (c6979.value !== true) {
            block = 7017;
            continue dispatch;
          }
          block = 6993;
          continue dispatch;
        }
        case 6993: {
          at = 6993;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6997;
          rec.record("call", [__metajit_k0_108, b0!, b4!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6997, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8))]) });
          block = 7017;
          continue dispatch;
        }
        case 7017: {
          u863 = u8 | 0;
          b863 = undefined;
          u864 = u8 | 0;
          b864 = undefined;
          at = 7023;
          b865 = rec.record("getarrayitem", [b4!, (b864 ??= __metajit_G.int(u864))], __metajit_o0);
          at = 7029;
          {
            const x0 = rec.resolve(b865!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b866 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u867 = u8 + 2;
          b867 = undefined;
          u868 = u867 | 0;
          b868 = undefined;
          at = 7039;
          b869 = rec.record("getarrayitem", [b4!, (b868 ??= __metajit_G.int(u868))], __metajit_o0);
          at = 7045;
          {
            const x0 = rec.resolve(b869!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b870 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 7048;
          {
            const x0 = b866!;
            const v0 = x0.value as number;
            const x1 = b870!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b871 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 7052;
          {
            const x0 = b871!;
            const v0 = x0.value as number;
            const v = v0;
            b872 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 7055;
          rec.record("setarrayitem", [b4!, (b863 ??= __metajit_G.int(u863)), b872!], __metajit_o1);
          u873 = (u2 as Record<string, unknown>)["b"];
          b873 = undefined;
          u874 = u7 | 0;
          b874 = undefined;
          u875 = __metajit_G.asFloat("getarrayitem_imm", (u873 as ArrayLike<unknown>)[u874], "[any]");
          b875 = undefined;
          u876 = u1 + u875;
          b876 = undefined;
          u877 = u876 | 0;
          b877 = undefined;
          u1 = u877;
          b1 = undefined;
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7086: {
          at = 7086;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u879 = (u2 as Record<string, unknown>)["c"];
          b879 = undefined;
          u880 = u7 | 0;
          b880 = undefined;
          u878 = __metajit_G.asFloat("getarrayitem_imm", (u879 as ArrayLike<unknown>)[u880], "[any]");
          b878 = undefined;
          at = 7104;
          rec.record("call", [__metajit_k0_109, b0!, b4!, (b8 ??= __metajit_G.float(u8)), (b878 ??= __metajit_G.float(u878))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7104, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          u882 = u8 + 3;
          b882 = undefined;
          u883 = u882 | 0;
          b883 = undefined;
          at = 7129;
          b881 = rec.record("getarrayitem", [b4!, (b883 ??= __metajit_G.int(u883))], __metajit_o0);
          at = 7135;
          {
            const x0 = rec.resolve(b881!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b884 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7139;
          {
            const x0 = b884!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b885 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7142;
          const c7142 = b885!;
          if (!c7142.isConst) rec.guard(c7142.value === true ? "guard_true" : "guard_false", [c7142], rec.snapshot(0, 7142, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b881!, b885!]));
          if (c7142.value !== true) {
            block = 7216;
            continue dispatch;
          }
          block = 7156;
          continue dispatch;
        }
        case 7156: {
          u886 = u8 + 2;
          b886 = undefined;
          u887 = u886 | 0;
          b887 = undefined;
          at = 7163;
          rec.record("setarrayitem", [b4!, (b887 ??= __metajit_G.int(u887)), b881!], __metajit_o1);
          u889 = (u2 as Record<string, unknown>)["b"];
          b889 = undefined;
          u890 = u1 | 0;
          b890 = undefined;
          u888 = __metajit_G.asFloat("getarrayitem_imm", (u889 as ArrayLike<unknown>)[u890], "[any]");
          b888 = undefined;
          u891 = u1 + 1;
          b891 = undefined;
          u892 = u891 + u888;
          b892 = undefined;
          u893 = u892 | 0;
          b893 = undefined;
          u1 = u893;
          b1 = undefined;
          u894 = u888 < 0;
          b894 = undefined;
          if (!u894) {
            block = 7214;
            continue dispatch;
          }
          block = 7212;
          continue dispatch;
        }
        case 7212: {
          block = 7214;
          continue dispatch;
        }
        case 7214: {
          block = 7226;
          continue dispatch;
        }
        case 7216: {
          u895 = u1 + 1;
          b895 = undefined;
          u896 = u895 | 0;
          b896 = undefined;
          u1 = u896;
          b1 = undefined;
          block = 7226;
          continue dispatch;
        }
        case 7226: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7228: {
          u898 = (u2 as Record<string, unknown>)["b"];
          b898 = undefined;
          u899 = u7 | 0;
          b899 = undefined;
          u897 = __metajit_G.asFloat("getarrayitem_imm", (u898 as ArrayLike<unknown>)[u899], "[any]");
          b897 = undefined;
          u902 = u897 === 0;
          b902 = undefined;
          u903 = !u902;
          b903 = undefined;
          if (!u903) {
            block = 7269;
            continue dispatch;
          }
          block = 7264;
          continue dispatch;
        }
        case 7264: {
          u901 = u897;
          b901 = b897;
          b901 ??= __metajit_G.float(u901);
          block = 7285;
          continue dispatch;
        }
        case 7269: {
          at = 7269;
          b904 = rec.record("getfield", [b3!], __metajit_o9);
          at = 7274;
          {
            const x0 = rec.resolve(b904!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b905 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 7278;
          {
            const x0 = b905!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b906 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b901 = b906;
          block = 7285;
          continue dispatch;
        }
        case 7285: {
          b900 = b901;
          u907 = (u2 as Record<string, unknown>)["c"];
          b907 = undefined;
          u908 = u7 | 0;
          b908 = undefined;
          u909 = __metajit_G.asFloat("getarrayitem_imm", (u907 as ArrayLike<unknown>)[u908], "[any]");
          b909 = undefined;
          at = 7302;
          rec.record("call", [__metajit_k0_110, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b900!, (b909 ??= __metajit_G.float(u909))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7302, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7322: {
          at = 7322;
          b910 = rec.record("getfield", [b3!], __metajit_o17);
          at = 7327;
          {
            const x0 = rec.resolve(b910!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b911 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 7331;
          {
            const x0 = b911!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b912 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 7334;
          const c7334 = b912!;
          if (!c7334.isConst) rec.guard(c7334.value === true ? "guard_true" : "guard_false", [c7334], rec.snapshot(0, 7334, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b912!]));
          if (c7334.value !== true) {
            block = 7365;
            continue dispatch;
          }
          block = 7347;
          continue dispatch;
        }
        case 7347: {
          at = 7347;
          rec.record("call", [__metajit_k0_111, b0!, b3!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 7347, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 7365;
          continue dispatch;
        }
        case 7365: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7367: {
          u913 = u8 | 0;
          b913 = undefined;
          u914 = (u2 as Record<string, unknown>)["protos"];
          b914 = undefined;
          u915 = (u2 as Record<string, unknown>)["b"];
          b915 = undefined;
          u916 = u7 | 0;
          b916 = undefined;
          u917 = __metajit_G.asFloat("getarrayitem_imm", (u915 as ArrayLike<unknown>)[u916], "[any]");
          b917 = undefined;
          u918 = u917 | 0;
          b918 = undefined;
          u919 = (u914 as ArrayLike<unknown>)[u918];
          b919 = undefined;
          at = 7398;
          b920 = rec.record("call", [__metajit_k0_112, b0!, b3!, (b919 ??= __metajit_G.ref(u919))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7398, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b913 ??= __metajit_G.int(u913))]) });
          at = 7415;
          rec.record("setarrayitem", [b4!, (b913 ??= __metajit_G.int(u913)), b920!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7422: {
          u922 = (u2 as Record<string, unknown>)["b"];
          b922 = undefined;
          u923 = u7 | 0;
          b923 = undefined;
          u921 = __metajit_G.asFloat("getarrayitem_imm", (u922 as ArrayLike<unknown>)[u923], "[any]");
          b921 = undefined;
          at = 7436;
          b924 = rec.record("getfield_imm", [b3!], __metajit_o22);
          at = 7441;
          b925 = rec.record("arraylen", [b924!], __metajit_o1);
          u926 = u921 === 0;
          b926 = undefined;
          if (!u926) {
            block = 7531;
            continue dispatch;
          }
          block = 7465;
          continue dispatch;
        }
        case 7465: {
          u927 = 0;
          b927 = __metajit_k0_8;
          block = 7468;
          continue dispatch;
        }
        case 7468: {
          at = 7468;
          {
            const x0 = rec.resolve(b925!);
            const v0 = x0.value as number;
            const v = v0;
            b928 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7471;
          {
            const x1 = b928!;
            const v1 = x1.value as number;
            const v = u927 < v1;
            b929 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b927 ??= __metajit_G.float(u927)), x1], v);
          }
          at = 7475;
          const c7475 = b929!;
          if (!c7475.isConst) rec.guard(c7475.value === true ? "guard_true" : "guard_false", [c7475], rec.snapshot(0, 7475, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b924!, b925!, (b927 ??= __metajit_G.float(u927)), b929!]));
          if (c7475.value !== true) {
            block = 7518;
            continue dispatch;
          }
          block = 7491;
          continue dispatch;
        }
        case 7491: {
          u930 = u8 + u927;
          b930 = undefined;
          u931 = u930 | 0;
          b931 = undefined;
          u932 = u927 | 0;
          b932 = undefined;
          at = 7501;
          b933 = rec.record("getarrayitem", [b924!, (b932 ??= __metajit_G.int(u932))], __metajit_o0);
          at = 7507;
          rec.record("setarrayitem", [b4!, (b931 ??= __metajit_G.int(u931)), b933!], __metajit_o1);
          u927 = u927 + 1;
          b927 = undefined;
          block = 7468;
          continue dispatch;
        }
        case 7518: {
          at = 7518;
          {
            const x0 = rec.resolve(b925!);
            const v0 = x0.value as number;
            const v = v0;
            b934 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7521;
          {
            const x1 = b934!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b935 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 7525;
          rec.record("setfield", [b3!, b935!], __metajit_o16);
          block = 7619;
          continue dispatch;
        }
        case 7531: {
          u936 = 0;
          b936 = __metajit_k0_8;
          block = 7534;
          continue dispatch;
        }
        case 7534: {
          u937 = u921 - 1;
          b937 = undefined;
          u938 = u936 < u937;
          b938 = undefined;
          if (!u938) {
            block = 7619;
            continue dispatch;
          }
          block = 7559;
          continue dispatch;
        }
        case 7559: {
          u939 = u8 + u936;
          b939 = undefined;
          u940 = u939 | 0;
          b940 = undefined;
          at = 7566;
          {
            const x0 = rec.resolve(b925!);
            const v0 = x0.value as number;
            const v = v0;
            b942 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7569;
          {
            const x1 = b942!;
            const v1 = x1.value as number;
            const v = u936 < v1;
            b943 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b936 ??= __metajit_G.float(u936)), x1], v);
          }
          at = 7573;
          const c7573 = b943!;
          if (!c7573.isConst) rec.guard(c7573.value === true ? "guard_true" : "guard_false", [c7573], rec.snapshot(0, 7573, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b921 ??= __metajit_G.float(u921)), b924!, b925!, (b936 ??= __metajit_G.float(u936)), (b940 ??= __metajit_G.int(u940)), b943!]));
          if (c7573.value !== true) {
            block = 7605;
            continue dispatch;
          }
          block = 7591;
          continue dispatch;
        }
        case 7591: {
          u944 = u936 | 0;
          b944 = undefined;
          at = 7594;
          b945 = rec.record("getarrayitem", [b924!, (b944 ??= __metajit_G.int(u944))], __metajit_o0);
          b941 = b945;
          block = 7608;
          continue dispatch;
        }
        case 7605: {
          u941 = __metajit_k0_10.value;
          b941 = __metajit_k0_10;
          b941 ??= __metajit_G.ref(u941);
          block = 7608;
          continue dispatch;
        }
        case 7608: {
          at = 7608;
          rec.record("setarrayitem", [b4!, (b940 ??= __metajit_G.int(u940)), b941!], __metajit_o1);
          u936 = u936 + 1;
          b936 = undefined;
          block = 7534;
          continue dispatch;
        }
        case 7619: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7658;
          continue dispatch;
        }
        case 7621: {
          at = 7621;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u946 = (u2 as Record<string, unknown>)["op"];
          b946 = undefined;
          u947 = u7 | 0;
          b947 = undefined;
          u948 = __metajit_G.asFloat("getarrayitem_imm", (u946 as ArrayLike<unknown>)[u947], "[any]");
          b948 = undefined;
          {
            const f = __metajit_k0_117.value as (...a: unknown[]) => unknown;
            u949 = f(__metajit_k0_116.value, u948);
            b949 = undefined;
          }
          at = 7648;
          b950 = rec.record("call", [__metajit_k0_115, b0!, (b949 ??= __metajit_G.ref(u949))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7648, []) });
          throw b950!.value;
        }
        case 7658: {
          return new __metajit_G.MergeResult<__metajit_Value>([b0!, b1!, b2!, b3!, b4!, b5!, b6!], 7658);
        }
        default: throw new Error("Interpreter.run.portal: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21 !== undefined ? b21.value : u21, b22 !== undefined ? b22.value : u22, b23 !== undefined ? b23.value : u23, b24?.value, b25 !== undefined ? b25.value : u25, b26 !== undefined ? b26.value : u26, b27 !== undefined ? b27.value : u27, b28 !== undefined ? b28.value : u28, b29 !== undefined ? b29.value : u29, b30 !== undefined ? b30.value : u30, b31 !== undefined ? b31.value : u31, b32 !== undefined ? b32.value : u32, b33 !== undefined ? b33.value : u33, b34 !== undefined ? b34.value : u34, b35 !== undefined ? b35.value : u35, b36 !== undefined ? b36.value : u36, b37 !== undefined ? b37.value : u37, b38 !== undefined ? b38.value : u38, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43 !== undefined ? b43.value : u43, b44 !== undefined ? b44.value : u44, b45 !== undefined ? b45.value : u45, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48 !== undefined ? b48.value : u48, b49 !== undefined ? b49.value : u49, b50 !== undefined ? b50.value : u50, b51 !== undefined ? b51.value : u51, b52?.value, b53?.value, b54?.value, b55 !== undefined ? b55.value : u55, b56 !== undefined ? b56.value : u56, b57 !== undefined ? b57.value : u57, b58 !== undefined ? b58.value : u58, b59 !== undefined ? b59.value : u59, b60?.value, b61?.value, b62?.value, b63?.value, b64?.value, b65?.value, b66 !== undefined ? b66.value : u66, b67 !== undefined ? b67.value : u67, b68 !== undefined ? b68.value : u68, b69 !== undefined ? b69.value : u69, b70 !== undefined ? b70.value : u70, b71 !== undefined ? b71.value : u71, b72?.value, b73?.value, b74?.value, b75?.value, b76?.value, b77?.value, b78 !== undefined ? b78.value : u78, b79 !== undefined ? b79.value : u79, b80 !== undefined ? b80.value : u80, b81 !== undefined ? b81.value : u81, b82 !== undefined ? b82.value : u82, b83 !== undefined ? b83.value : u83, b84 !== undefined ? b84.value : u84, b85?.value, b86 !== undefined ? b86.value : u86, b87?.value, b88 !== undefined ? b88.value : u88, b89 !== undefined ? b89.value : u89, b90 !== undefined ? b90.value : u90, b91?.value, b92 !== undefined ? b92.value : u92, b93 !== undefined ? b93.value : u93, b94 !== undefined ? b94.value : u94, b95 !== undefined ? b95.value : u95, b96 !== undefined ? b96.value : u96, b97?.value, b98?.value, b99?.value, b100?.value, b101 !== undefined ? b101.value : u101, b102?.value, b103?.value, b104?.value, b105?.value, b106?.value, b107?.value, b108?.value, b109?.value, b110?.value, b111?.value, b112?.value, b113?.value, b114?.value, b115 !== undefined ? b115.value : u115, b116?.value, b117?.value, b118 !== undefined ? b118.value : u118, b119 !== undefined ? b119.value : u119, b120 !== undefined ? b120.value : u120, b121 !== undefined ? b121.value : u121, b122 !== undefined ? b122.value : u122, b123 !== undefined ? b123.value : u123, b124?.value, b125?.value, b126 !== undefined ? b126.value : u126, b127?.value, b128 !== undefined ? b128.value : u128, b129?.value, b130?.value, b131?.value, b132?.value, b133 !== undefined ? b133.value : u133, b134 !== undefined ? b134.value : u134, b135 !== undefined ? b135.value : u135, b136 !== undefined ? b136.value : u136, b137?.value, b138?.value, b139?.value, b140 !== undefined ? b140.value : u140, b141?.value, b142 !== undefined ? b142.value : u142, b143 !== undefined ? b143.value : u143, b144 !== undefined ? b144.value : u144, b145 !== undefined ? b145.value : u145, b146 !== undefined ? b146.value : u146, b147 !== undefined ? b147.value : u147, b148?.value, b149 !== undefined ? b149.value : u149, b150?.value, b151 !== undefined ? b151.value : u151, b152 !== undefined ? b152.value : u152, b153 !== undefined ? b153.value : u153, b154?.value, b155 !== undefined ? b155.value : u155, b156 !== undefined ? b156.value : u156, b157 !== undefined ? b157.value : u157, b158 !== undefined ? b158.value : u158, b159?.value, b160 !== undefined ? b160.value : u160, b161 !== undefined ? b161.value : u161, b162 !== undefined ? b162.value : u162, b163?.value, b164 !== undefined ? b164.value : u164, b165 !== undefined ? b165.value : u165, b166 !== undefined ? b166.value : u166, b167 !== undefined ? b167.value : u167, b168?.value, b169?.value, b170?.value, b171?.value, b172?.value, b173?.value, b174 !== undefined ? b174.value : u174, b175?.value, b176?.value, b177?.value, b178?.value, b179?.value, b180?.value, b181?.value, b182 !== undefined ? b182.value : u182, b183 !== undefined ? b183.value : u183, b184 !== undefined ? b184.value : u184, b185 !== undefined ? b185.value : u185, b186 !== undefined ? b186.value : u186, b187 !== undefined ? b187.value : u187, b188 !== undefined ? b188.value : u188, b189?.value, b190 !== undefined ? b190.value : u190, b191 !== undefined ? b191.value : u191, b192 !== undefined ? b192.value : u192, b193 !== undefined ? b193.value : u193, b194 !== undefined ? b194.value : u194, b195 !== undefined ? b195.value : u195, b196?.value, b197 !== undefined ? b197.value : u197, b198?.value, b199 !== undefined ? b199.value : u199, b200 !== undefined ? b200.value : u200, b201 !== undefined ? b201.value : u201, b202?.value, b203 !== undefined ? b203.value : u203, b204 !== undefined ? b204.value : u204, b205 !== undefined ? b205.value : u205, b206 !== undefined ? b206.value : u206, b207 !== undefined ? b207.value : u207, b208 !== undefined ? b208.value : u208, b209 !== undefined ? b209.value : u209, b210?.value, b211?.value, b212?.value, b213?.value, b214 !== undefined ? b214.value : u214, b215?.value, b216?.value, b217?.value, b218?.value, b219?.value, b220?.value, b221?.value, b222?.value, b223 !== undefined ? b223.value : u223, b224 !== undefined ? b224.value : u224, b225 !== undefined ? b225.value : u225, b226?.value, b227?.value, b228?.value, b229?.value, b230?.value, b231?.value, b232?.value, b233?.value, b234?.value, b235 !== undefined ? b235.value : u235, b236 !== undefined ? b236.value : u236, b237 !== undefined ? b237.value : u237, b238 !== undefined ? b238.value : u238, b239 !== undefined ? b239.value : u239, b240 !== undefined ? b240.value : u240, b241 !== undefined ? b241.value : u241, b242?.value, b243 !== undefined ? b243.value : u243, b244 !== undefined ? b244.value : u244, b245 !== undefined ? b245.value : u245, b246?.value, b247 !== undefined ? b247.value : u247, b248 !== undefined ? b248.value : u248, b249 !== undefined ? b249.value : u249, b250 !== undefined ? b250.value : u250, b251?.value, b252 !== undefined ? b252.value : u252, b253 !== undefined ? b253.value : u253, b254 !== undefined ? b254.value : u254, b255?.value, b256 !== undefined ? b256.value : u256, b257 !== undefined ? b257.value : u257, b258 !== undefined ? b258.value : u258, b259 !== undefined ? b259.value : u259, b260?.value, b261?.value, b262?.value, b263?.value, b264?.value, b265 !== undefined ? b265.value : u265, b266?.value, b267?.value, b268?.value, b269?.value, b270 !== undefined ? b270.value : u270, b271?.value, b272 !== undefined ? b272.value : u272, b273 !== undefined ? b273.value : u273, b274 !== undefined ? b274.value : u274, b275 !== undefined ? b275.value : u275, b276 !== undefined ? b276.value : u276, b277 !== undefined ? b277.value : u277, b278?.value, b279 !== undefined ? b279.value : u279, b280 !== undefined ? b280.value : u280, b281 !== undefined ? b281.value : u281, b282?.value, b283 !== undefined ? b283.value : u283, b284 !== undefined ? b284.value : u284, b285 !== undefined ? b285.value : u285, b286 !== undefined ? b286.value : u286, b287?.value, b288 !== undefined ? b288.value : u288, b289 !== undefined ? b289.value : u289, b290 !== undefined ? b290.value : u290, b291?.value, b292 !== undefined ? b292.value : u292, b293 !== undefined ? b293.value : u293, b294 !== undefined ? b294.value : u294, b295 !== undefined ? b295.value : u295, b296?.value, b297?.value, b298?.value, b299?.value, b300?.value, b301 !== undefined ? b301.value : u301, b302?.value, b303?.value, b304?.value, b305?.value, b306 !== undefined ? b306.value : u306, b307?.value, b308 !== undefined ? b308.value : u308, b309 !== undefined ? b309.value : u309, b310 !== undefined ? b310.value : u310, b311 !== undefined ? b311.value : u311, b312 !== undefined ? b312.value : u312, b313 !== undefined ? b313.value : u313, b314?.value, b315 !== undefined ? b315.value : u315, b316 !== undefined ? b316.value : u316, b317 !== undefined ? b317.value : u317, b318?.value, b319 !== undefined ? b319.value : u319, b320 !== undefined ? b320.value : u320, b321 !== undefined ? b321.value : u321, b322 !== undefined ? b322.value : u322, b323?.value, b324 !== undefined ? b324.value : u324, b325 !== undefined ? b325.value : u325, b326 !== undefined ? b326.value : u326, b327?.value, b328 !== undefined ? b328.value : u328, b329 !== undefined ? b329.value : u329, b330 !== undefined ? b330.value : u330, b331 !== undefined ? b331.value : u331, b332?.value, b333?.value, b334?.value, b335?.value, b336?.value, b337 !== undefined ? b337.value : u337, b338?.value, b339?.value, b340?.value, b341?.value, b342 !== undefined ? b342.value : u342, b343?.value, b344 !== undefined ? b344.value : u344, b345 !== undefined ? b345.value : u345, b346 !== undefined ? b346.value : u346, b347 !== undefined ? b347.value : u347, b348 !== undefined ? b348.value : u348, b349 !== undefined ? b349.value : u349, b350?.value, b351 !== undefined ? b351.value : u351, b352 !== undefined ? b352.value : u352, b353 !== undefined ? b353.value : u353, b354?.value, b355 !== undefined ? b355.value : u355, b356 !== undefined ? b356.value : u356, b357 !== undefined ? b357.value : u357, b358 !== undefined ? b358.value : u358, b359?.value, b360 !== undefined ? b360.value : u360, b361 !== undefined ? b361.value : u361, b362 !== undefined ? b362.value : u362, b363?.value, b364 !== undefined ? b364.value : u364, b365 !== undefined ? b365.value : u365, b366 !== undefined ? b366.value : u366, b367 !== undefined ? b367.value : u367, b368?.value, b369?.value, b370?.value, b371?.value, b372?.value, b373 !== undefined ? b373.value : u373, b374?.value, b375?.value, b376?.value, b377?.value, b378 !== undefined ? b378.value : u378, b379?.value, b380 !== undefined ? b380.value : u380, b381 !== undefined ? b381.value : u381, b382 !== undefined ? b382.value : u382, b383 !== undefined ? b383.value : u383, b384 !== undefined ? b384.value : u384, b385 !== undefined ? b385.value : u385, b386?.value, b387 !== undefined ? b387.value : u387, b388 !== undefined ? b388.value : u388, b389 !== undefined ? b389.value : u389, b390?.value, b391 !== undefined ? b391.value : u391, b392 !== undefined ? b392.value : u392, b393 !== undefined ? b393.value : u393, b394 !== undefined ? b394.value : u394, b395?.value, b396 !== undefined ? b396.value : u396, b397 !== undefined ? b397.value : u397, b398 !== undefined ? b398.value : u398, b399?.value, b400 !== undefined ? b400.value : u400, b401 !== undefined ? b401.value : u401, b402 !== undefined ? b402.value : u402, b403 !== undefined ? b403.value : u403, b404?.value, b405?.value, b406?.value, b407?.value, b408?.value, b409 !== undefined ? b409.value : u409, b410?.value, b411?.value, b412?.value, b413?.value, b414?.value, b415?.value, b416?.value, b417?.value, b418?.value, b419 !== undefined ? b419.value : u419, b420?.value, b421 !== undefined ? b421.value : u421, b422 !== undefined ? b422.value : u422, b423 !== undefined ? b423.value : u423, b424 !== undefined ? b424.value : u424, b425 !== undefined ? b425.value : u425, b426 !== undefined ? b426.value : u426, b427?.value, b428 !== undefined ? b428.value : u428, b429 !== undefined ? b429.value : u429, b430 !== undefined ? b430.value : u430, b431?.value, b432 !== undefined ? b432.value : u432, b433 !== undefined ? b433.value : u433, b434 !== undefined ? b434.value : u434, b435 !== undefined ? b435.value : u435, b436?.value, b437 !== undefined ? b437.value : u437, b438 !== undefined ? b438.value : u438, b439 !== undefined ? b439.value : u439, b440?.value, b441 !== undefined ? b441.value : u441, b442 !== undefined ? b442.value : u442, b443 !== undefined ? b443.value : u443, b444 !== undefined ? b444.value : u444, b445?.value, b446?.value, b447?.value, b448?.value, b449?.value, b450 !== undefined ? b450.value : u450, b451?.value, b452?.value, b453?.value, b454?.value, b455 !== undefined ? b455.value : u455, b456?.value, b457 !== undefined ? b457.value : u457, b458 !== undefined ? b458.value : u458, b459 !== undefined ? b459.value : u459, b460?.value, b461 !== undefined ? b461.value : u461, b462?.value, b463?.value, b464 !== undefined ? b464.value : u464, b465?.value, b466?.value, b467?.value, b468 !== undefined ? b468.value : u468, b469?.value, b470?.value, b471 !== undefined ? b471.value : u471, b472 !== undefined ? b472.value : u472, b473 !== undefined ? b473.value : u473, b474 !== undefined ? b474.value : u474, b475 !== undefined ? b475.value : u475, b476?.value, b477?.value, b478?.value, b479?.value, b480?.value, b481 !== undefined ? b481.value : u481, b482 !== undefined ? b482.value : u482, b483 !== undefined ? b483.value : u483, b484?.value, b485 !== undefined ? b485.value : u485, b486?.value, b487?.value, b488 !== undefined ? b488.value : u488, b489?.value, b490?.value, b491?.value, b492 !== undefined ? b492.value : u492, b493?.value, b494?.value, b495 !== undefined ? b495.value : u495, b496?.value, b497 !== undefined ? b497.value : u497, b498 !== undefined ? b498.value : u498, b499 !== undefined ? b499.value : u499, b500 !== undefined ? b500.value : u500, b501 !== undefined ? b501.value : u501, b502 !== undefined ? b502.value : u502, b503?.value, b504 !== undefined ? b504.value : u504, b505?.value, b506 !== undefined ? b506.value : u506, b507 !== undefined ? b507.value : u507, b508 !== undefined ? b508.value : u508, b509 !== undefined ? b509.value : u509, b510?.value, b511?.value, b512?.value, b513?.value, b514?.value, b515 !== undefined ? b515.value : u515, b516?.value, b517 !== undefined ? b517.value : u517, b518?.value, b519 !== undefined ? b519.value : u519, b520 !== undefined ? b520.value : u520, b521 !== undefined ? b521.value : u521, b522 !== undefined ? b522.value : u522, b523 !== undefined ? b523.value : u523, b524 !== undefined ? b524.value : u524, b525 !== undefined ? b525.value : u525, b526 !== undefined ? b526.value : u526, b527 !== undefined ? b527.value : u527, b528 !== undefined ? b528.value : u528, b529 !== undefined ? b529.value : u529, b530 !== undefined ? b530.value : u530, b531?.value, b532 !== undefined ? b532.value : u532, b533 !== undefined ? b533.value : u533, b534 !== undefined ? b534.value : u534, b535?.value, b536 !== undefined ? b536.value : u536, b537 !== undefined ? b537.value : u537, b538 !== undefined ? b538.value : u538, b539 !== undefined ? b539.value : u539, b540?.value, b541 !== undefined ? b541.value : u541, b542 !== undefined ? b542.value : u542, b543 !== undefined ? b543.value : u543, b544?.value, b545 !== undefined ? b545.value : u545, b546 !== undefined ? b546.value : u546, b547 !== undefined ? b547.value : u547, b548 !== undefined ? b548.value : u548, b549?.value, b550?.value, b551?.value, b552?.value, b553?.value, b554?.value, b555?.value, b556?.value, b557 !== undefined ? b557.value : u557, b558 !== undefined ? b558.value : u558, b559?.value, b560 !== undefined ? b560.value : u560, b561?.value, b562?.value, b563 !== undefined ? b563.value : u563, b564 !== undefined ? b564.value : u564, b565 !== undefined ? b565.value : u565, b566 !== undefined ? b566.value : u566, b567 !== undefined ? b567.value : u567, b568 !== undefined ? b568.value : u568, b569 !== undefined ? b569.value : u569, b570 !== undefined ? b570.value : u570, b571 !== undefined ? b571.value : u571, b572 !== undefined ? b572.value : u572, b573 !== undefined ? b573.value : u573, b574 !== undefined ? b574.value : u574, b575 !== undefined ? b575.value : u575, b576 !== undefined ? b576.value : u576, b577 !== undefined ? b577.value : u577, b578?.value, b579 !== undefined ? b579.value : u579, b580 !== undefined ? b580.value : u580, b581 !== undefined ? b581.value : u581, b582?.value, b583 !== undefined ? b583.value : u583, b584 !== undefined ? b584.value : u584, b585 !== undefined ? b585.value : u585, b586 !== undefined ? b586.value : u586, b587?.value, b588 !== undefined ? b588.value : u588, b589 !== undefined ? b589.value : u589, b590 !== undefined ? b590.value : u590, b591?.value, b592 !== undefined ? b592.value : u592, b593 !== undefined ? b593.value : u593, b594 !== undefined ? b594.value : u594, b595 !== undefined ? b595.value : u595, b596 !== undefined ? b596.value : u596, b597?.value, b598?.value, b599?.value, b600?.value, b601?.value, b602?.value, b603 !== undefined ? b603.value : u603, b604 !== undefined ? b604.value : u604, b605 !== undefined ? b605.value : u605, b606 !== undefined ? b606.value : u606, b607?.value, b608?.value, b609?.value, b610?.value, b611?.value, b612?.value, b613 !== undefined ? b613.value : u613, b614 !== undefined ? b614.value : u614, b615 !== undefined ? b615.value : u615, b616 !== undefined ? b616.value : u616, b617 !== undefined ? b617.value : u617, b618?.value, b619 !== undefined ? b619.value : u619, b620?.value, b621?.value, b622 !== undefined ? b622.value : u622, b623 !== undefined ? b623.value : u623, b624 !== undefined ? b624.value : u624, b625 !== undefined ? b625.value : u625, b626 !== undefined ? b626.value : u626, b627 !== undefined ? b627.value : u627, b628 !== undefined ? b628.value : u628, b629 !== undefined ? b629.value : u629, b630 !== undefined ? b630.value : u630, b631?.value, b632 !== undefined ? b632.value : u632, b633?.value, b634?.value, b635?.value, b636?.value, b637?.value, b638 !== undefined ? b638.value : u638, b639 !== undefined ? b639.value : u639, b640 !== undefined ? b640.value : u640, b641 !== undefined ? b641.value : u641, b642 !== undefined ? b642.value : u642, b643?.value, b644 !== undefined ? b644.value : u644, b645?.value, b646?.value, b647 !== undefined ? b647.value : u647, b648 !== undefined ? b648.value : u648, b649 !== undefined ? b649.value : u649, b650 !== undefined ? b650.value : u650, b651 !== undefined ? b651.value : u651, b652 !== undefined ? b652.value : u652, b653 !== undefined ? b653.value : u653, b654 !== undefined ? b654.value : u654, b655 !== undefined ? b655.value : u655, b656?.value, b657 !== undefined ? b657.value : u657, b658 !== undefined ? b658.value : u658, b659 !== undefined ? b659.value : u659, b660 !== undefined ? b660.value : u660, b661?.value, b662?.value, b663?.value, b664?.value, b665?.value, b666 !== undefined ? b666.value : u666, b667 !== undefined ? b667.value : u667, b668 !== undefined ? b668.value : u668, b669 !== undefined ? b669.value : u669, b670 !== undefined ? b670.value : u670, b671?.value, b672 !== undefined ? b672.value : u672, b673?.value, b674 !== undefined ? b674.value : u674, b675 !== undefined ? b675.value : u675, b676 !== undefined ? b676.value : u676, b677 !== undefined ? b677.value : u677, b678 !== undefined ? b678.value : u678, b679 !== undefined ? b679.value : u679, b680 !== undefined ? b680.value : u680, b681 !== undefined ? b681.value : u681, b682 !== undefined ? b682.value : u682, b683 !== undefined ? b683.value : u683, b684 !== undefined ? b684.value : u684, b685 !== undefined ? b685.value : u685, b686 !== undefined ? b686.value : u686, b687 !== undefined ? b687.value : u687, b688 !== undefined ? b688.value : u688, b689 !== undefined ? b689.value : u689, b690 !== undefined ? b690.value : u690, b691?.value, b692 !== undefined ? b692.value : u692, b693 !== undefined ? b693.value : u693, b694 !== undefined ? b694.value : u694, b695 !== undefined ? b695.value : u695, b696?.value, b697?.value, b698?.value, b699?.value, b700 !== undefined ? b700.value : u700, b701?.value, b702?.value, b703?.value, b704?.value, b705 !== undefined ? b705.value : u705, b706?.value, b707 !== undefined ? b707.value : u707, b708 !== undefined ? b708.value : u708, b709?.value, b710?.value, b711?.value, b712?.value, b713?.value, b714?.value, b715 !== undefined ? b715.value : u715, b716 !== undefined ? b716.value : u716, b717?.value, b718?.value, b719 !== undefined ? b719.value : u719, b720 !== undefined ? b720.value : u720, b721 !== undefined ? b721.value : u721, b722?.value, b723?.value, b724?.value, b725 !== undefined ? b725.value : u725, b726 !== undefined ? b726.value : u726, b727 !== undefined ? b727.value : u727, b728 !== undefined ? b728.value : u728, b729 !== undefined ? b729.value : u729, b730?.value, b731?.value, b732 !== undefined ? b732.value : u732, b733?.value, b734 !== undefined ? b734.value : u734, b735 !== undefined ? b735.value : u735, b736 !== undefined ? b736.value : u736, b737?.value, b738 !== undefined ? b738.value : u738, b739 !== undefined ? b739.value : u739, b740 !== undefined ? b740.value : u740, b741 !== undefined ? b741.value : u741, b742?.value, b743?.value, b744?.value, b745?.value, b746 !== undefined ? b746.value : u746, b747?.value, b748?.value, b749?.value, b750?.value, b751?.value, b752?.value, b753?.value, b754 !== undefined ? b754.value : u754, b755?.value, b756 !== undefined ? b756.value : u756, b757 !== undefined ? b757.value : u757, b758?.value, b759?.value, b760?.value, b761?.value, b762?.value, b763?.value, b764 !== undefined ? b764.value : u764, b765?.value, b766?.value, b767 !== undefined ? b767.value : u767, b768 !== undefined ? b768.value : u768, b769 !== undefined ? b769.value : u769, b770?.value, b771?.value, b772?.value, b773 !== undefined ? b773.value : u773, b774 !== undefined ? b774.value : u774, b775 !== undefined ? b775.value : u775, b776?.value, b777 !== undefined ? b777.value : u777, b778 !== undefined ? b778.value : u778, b779 !== undefined ? b779.value : u779, b780 !== undefined ? b780.value : u780, b781?.value, b782?.value, b783?.value, b784?.value, b785?.value, b786?.value, b787?.value, b788?.value, b789?.value, b790?.value, b791?.value, b792?.value, b793?.value, b794?.value, b795?.value, b796?.value, b797?.value, b798?.value, b799 !== undefined ? b799.value : u799, b800?.value, b801?.value, b802?.value, b803 !== undefined ? b803.value : u803, b804 !== undefined ? b804.value : u804, b805?.value, b806?.value, b807 !== undefined ? b807.value : u807, b808?.value, b809?.value, b810?.value, b811 !== undefined ? b811.value : u811, b812?.value, b813 !== undefined ? b813.value : u813, b814 !== undefined ? b814.value : u814, b815?.value, b816?.value, b817 !== undefined ? b817.value : u817, b818 !== undefined ? b818.value : u818, b819?.value, b820?.value, b821 !== undefined ? b821.value : u821, b822?.value, b823?.value, b824?.value, b825 !== undefined ? b825.value : u825, b826 !== undefined ? b826.value : u826, b827?.value, b828?.value, b829?.value, b830?.value, b831?.value, b832 !== undefined ? b832.value : u832, b833 !== undefined ? b833.value : u833, b834 !== undefined ? b834.value : u834, b835 !== undefined ? b835.value : u835, b836 !== undefined ? b836.value : u836, b837 !== undefined ? b837.value : u837, b838?.value, b839 !== undefined ? b839.value : u839, b840 !== undefined ? b840.value : u840, b841?.value, b842?.value, b843 !== undefined ? b843.value : u843, b844?.value, b845 !== undefined ? b845.value : u845, b846 !== undefined ? b846.value : u846, b847?.value, b848 !== undefined ? b848.value : u848, b849 !== undefined ? b849.value : u849, b850?.value, b851?.value, b852?.value, b853?.value, b854?.value, b855?.value, b856?.value, b857?.value, b858?.value, b859?.value, b860?.value, b861?.value, b862?.value, b863 !== undefined ? b863.value : u863, b864 !== undefined ? b864.value : u864, b865?.value, b866?.value, b867 !== undefined ? b867.value : u867, b868 !== undefined ? b868.value : u868, b869?.value, b870?.value, b871?.value, b872?.value, b873 !== undefined ? b873.value : u873, b874 !== undefined ? b874.value : u874, b875 !== undefined ? b875.value : u875, b876 !== undefined ? b876.value : u876, b877 !== undefined ? b877.value : u877, b878 !== undefined ? b878.value : u878, b879 !== undefined ? b879.value : u879, b880 !== undefined ? b880.value : u880, b881?.value, b882 !== undefined ? b882.value : u882, b883 !== undefined ? b883.value : u883, b884?.value, b885?.value, b886 !== undefined ? b886.value : u886, b887 !== undefined ? b887.value : u887, b888 !== undefined ? b888.value : u888, b889 !== undefined ? b889.value : u889, b890 !== undefined ? b890.value : u890, b891 !== undefined ? b891.value : u891, b892 !== undefined ? b892.value : u892, b893 !== undefined ? b893.value : u893, b894 !== undefined ? b894.value : u894, b895 !== undefined ? b895.value : u895, b896 !== undefined ? b896.value : u896, b897 !== undefined ? b897.value : u897, b898 !== undefined ? b898.value : u898, b899 !== undefined ? b899.value : u899, b900?.value, b901 !== undefined ? b901.value : u901, b902 !== undefined ? b902.value : u902, b903 !== undefined ? b903.value : u903, b904?.value, b905?.value, b906?.value, b907 !== undefined ? b907.value : u907, b908 !== undefined ? b908.value : u908, b909 !== undefined ? b909.value : u909, b910?.value, b911?.value, b912?.value, b913 !== undefined ? b913.value : u913, b914 !== undefined ? b914.value : u914, b915 !== undefined ? b915.value : u915, b916 !== undefined ? b916.value : u916, b917 !== undefined ? b917.value : u917, b918 !== undefined ? b918.value : u918, b919 !== undefined ? b919.value : u919, b920?.value, b921 !== undefined ? b921.value : u921, b922 !== undefined ? b922.value : u922, b923 !== undefined ? b923.value : u923, b924?.value, b925?.value, b926 !== undefined ? b926.value : u926, b927 !== undefined ? b927.value : u927, b928?.value, b929?.value, b930 !== undefined ? b930.value : u930, b931 !== undefined ? b931.value : u931, b932 !== undefined ? b932.value : u932, b933?.value, b934?.value, b935?.value, b936 !== undefined ? b936.value : u936, b937 !== undefined ? b937.value : u937, b938 !== undefined ? b938.value : u938, b939 !== undefined ? b939.value : u939, b940 !== undefined ? b940.value : u940, b941 !== undefined ? b941.value : u941, b942?.value, b943?.value, b944 !== undefined ? b944.value : u944, b945?.value, b946 !== undefined ? b946.value : u946, b947 !== undefined ? b947.value : u947, b948 !== undefined ? b948.value : u948, b949 !== undefined ? b949.value : u949, b950?.value]);
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
    rec.enterFrame(1, 18, [b0!], 11);
    b6 = __metajit_trace_11(rec, b2!, b1!);
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
    rec.enterFrame(1, 18, [b0!], 11);
    b6 = __metajit_trace_11_2(rec, b2!, u1);
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
    rec.enterFrame(2, 5, [b0!], 11);
    b2 = __metajit_trace_11(rec, b3!, b1!);
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
    rec.enterFrame(3, 89, [], 12);
    b16 = __metajit_trace_12(rec, b0!, b15!);
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
    rec.enterFrame(3, 89, [], 12);
    b16 = __metajit_trace_12_2(rec, b0!, u15);
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
    rec.enterFrame(4, 49, [], 12);
    b9 = __metajit_trace_12(rec, b0!, b1!);
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
    rec.enterFrame(5, 19, [b0!, b1!, b2!], 11);
    b7 = __metajit_trace_11(rec, b3!, b1!);
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
    rec.enterFrame(5, 19, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!], 11);
    b7 = __metajit_trace_11_2(rec, b3!, u1);
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
    rec.enterFrame(6, 5, [b0!, b1!, b2!], 11);
    b3 = __metajit_trace_11(rec, b4!, b1!);
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
    rec.enterFrame(7, 88, [], 13);
    __metajit_trace_13(rec, b0!, b1!, b2!);
    rec.leaveFrame();
    return __metajit_k7_6;
  } catch (e) {
    throw __metajit_G.switched(e, 7, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value]);
  }
}
/** Traces jitcode 8 (LuaTable.length). */
function __metajit_trace_8(rec: __metajit_Recorder, p0: __metajit_Value): __metajit_Value {
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
          b1 = rec.record("getfield", [b0!], __metajit_o42);
          at = 5;
          b3 = rec.record("arraylen", [b1!], __metajit_o43);
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
            b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k8_3], v);
          }
          b5 = b4;
          at = 19;
          const c19 = b4!;
          if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(8, 19, [b0!, b1!, b2!, b4!, b5!]));
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
            b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k8_5], v);
          }
          at = 32;
          {
            const x0 = b6!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 35;
          b8 = rec.record("getarrayitem", [b1!, b7!], __metajit_o44);
          at = 41;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k8_6.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k8_6], v);
          }
          b5 = b9;
          block = 48;
          continue dispatch;
        }
        case 48: {
          at = 48;
          const c48 = rec.resolve(b5!);
          if (!c48.isConst) rec.guard(c48.value === true ? "guard_true" : "guard_false", [c48], rec.snapshot(8, 48, [b0!, b1!, b2!, b5!]));
          if (c48.value !== true) {
            block = 131;
            continue dispatch;
          }
          block = 56;
          continue dispatch;
        }
        case 56: {
          u10 = 0;
          b10 = __metajit_k8_3;
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
            b12 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k8_5], v);
          }
          at = 67;
          const c67 = b12!;
          if (!c67.isConst) rec.guard(c67.value === true ? "guard_true" : "guard_false", [c67], rec.snapshot(8, 67, [b1!, b2!, b10!, b12!]));
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
            b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k8_9], v);
          }
          at = 83;
          b13 = rec.record("call_pure", [__metajit_k8_7, b15!], { descr: null, type: "float", snapshot: rec.snapshot(8, 83, [b1!, b2!, b10!]) });
          at = 93;
          {
            const x0 = b13!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k8_5], v);
          }
          at = 97;
          {
            const x0 = b16!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 100;
          b18 = rec.record("getarrayitem", [b1!, b17!], __metajit_o44);
          at = 106;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value;
            const v = v0 === __metajit_k8_6.value;
            b19 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k8_6], v);
          }
          at = 110;
          const c110 = b19!;
          if (!c110.isConst) rec.guard(c110.value === true ? "guard_true" : "guard_false", [c110], rec.snapshot(8, 110, [b1!, b2!, b10!, b13!, b19!]));
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
          b20 = rec.record("getfield", [b0!], __metajit_o45);
          at = 136;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 === 0;
            b21 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k8_3], v);
          }
          at = 140;
          const c140 = b21!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(8, 140, [b0!, b2!, b21!]));
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
          rec.enterFrame(8, 149, [], 14);
          b22 = __metajit_trace_14(rec, b0!, b2!);
          rec.leaveFrame();
          return b22!;
        }
        default: throw new Error("LuaTable.length: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 8, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value]);
  }
}
/** Traces jitcode 9 (Interpreter.pushFrame), arguments 4, 6, 7 constant. */
function __metajit_trace_9_208(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: number, p7: number): __metajit_Value {
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
    b8 = rec.record("getfield", [b1!], __metajit_o46);
    at = 5;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k9_2], v);
    }
    at = 9;
    b10 = rec.record("getfield", [b0!], __metajit_o47);
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
    if (!c18.isConst) rec.guard(c18.value === true ? "guard_true" : "guard_false", [c18], rec.snapshot(9, 18, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b11!]));
    if (c18.value !== true) {
      break L41;
    }
    at = 32;
    b12 = rec.record("call", [__metajit_k9_4, b0!], { descr: null, type: "ref", snapshot: rec.snapshot(9, 32, []) });
    throw b12!.value;
    }
    at = 41;
    rec.enterFrame(9, 41, [b1!, b2!, b8!], 15);
    b13 = __metajit_trace_15_104(rec, b0!, b2!, b3!, u4, b5!, u6, u7);
    rec.leaveFrame();
    at = 56;
    b14 = rec.record("getfield", [b1!], __metajit_o48);
    at = 61;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 64;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o49);
    at = 69;
    b16 = rec.record("getfield", [b1!], __metajit_o50);
    at = 74;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 77;
    rec.record("setarrayitem", [b16!, b17!, b13!], __metajit_o49);
    at = 82;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k9_2], v);
    }
    at = 86;
    rec.record("setfield", [b1!, b18!], __metajit_o51);
    return b13!;
  } catch (e) {
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 10 (Interpreter.tailFrame), arguments 4 constant. */
function __metajit_trace_10_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    b8 = rec.record("getfield_imm", [b6!], __metajit_o52);
    at = 5;
    b9 = rec.record("getfield_imm", [b6!], __metajit_o53);
    at = 10;
    rec.enterFrame(10, 10, [b1!, b2!, b6!], 15);
    b7 = __metajit_trace_15_8(rec, b0!, b2!, b3!, u4, b5!, b8!, b9!);
    rec.leaveFrame();
    at = 25;
    b10 = rec.record("getfield", [b6!], __metajit_o54);
    at = 30;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k10_4], v);
    }
    at = 34;
    rec.record("setfield", [b7!, b11!], __metajit_o55);
    at = 38;
    b13 = rec.record("getfield", [b1!], __metajit_o56);
    at = 43;
    {
      const x0 = rec.resolve(b13!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b12 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k10_4], v);
    }
    at = 47;
    b14 = rec.record("getfield", [b1!], __metajit_o57);
    at = 52;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 55;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o58);
    at = 60;
    b16 = rec.record("getfield", [b1!], __metajit_o59);
    at = 65;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 68;
    rec.record("setarrayitem", [b16!, b17!, b7!], __metajit_o58);
    return b7!;
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value]);
  }
}
/** Traces jitcode 11 (Shape.lookup). */
function __metajit_trace_11(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o60);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o61);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k11_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(11, 16, [b0!, b1!, b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k11_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(11, 35, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o62);
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
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(11, 57, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k11_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o63);
          at = 81;
          b12 = rec.record("call", [__metajit_k11_10, b13!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(11, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k11_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(11, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k11_8;
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
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 11 (Shape.lookup), arguments 1 constant. */
function __metajit_trace_11_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o60);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o61);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k11_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(11, 16, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k11_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(11, 35, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o62);
          at = 53;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value;
            const v = v0 === u1;
            b11 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, (b1 ??= __metajit_G.ref(u1))], v);
          }
          at = 57;
          const c57 = b11!;
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(11, 57, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k11_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o63);
          at = 81;
          b12 = rec.record("call", [__metajit_k11_10, b13!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(11, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k11_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(11, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k11_8;
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
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 12 (LuaTable.getHashed). */
function __metajit_trace_12(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
    b2 = rec.record("getfield", [b0!], __metajit_o64);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k12_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(12, 9, [b1!, b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k12_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o65);
    at = 23;
    b4 = rec.record("call", [__metajit_k12_3, b5!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(12, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k12_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(12, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k12_1.value;
    b6 = __metajit_k12_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o66);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o67);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 12 (LuaTable.getHashed), arguments 1 constant. */
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
    b2 = rec.record("getfield", [b0!], __metajit_o64);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k12_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(12, 9, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k12_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o65);
    at = 23;
    b4 = rec.record("call", [__metajit_k12_3, b5!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(12, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k12_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(12, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k12_1.value;
    b6 = __metajit_k12_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o66);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o67);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 13 (LuaTable.setNumSlow). */
function __metajit_trace_13(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
    b3 = rec.record("getfield", [b0!], __metajit_o68);
    at = 5;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value;
      const v = v0 === __metajit_k13_1.value;
      b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
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
    if (!c12.isConst) rec.guard(c12.value === true ? "guard_true" : "guard_false", [c12], rec.snapshot(13, 12, [b0!, b1!, b2!, b3!, b5!]));
    if (c12.value !== true) {
      break L75;
    }
    at = 21;
    b7 = rec.record("getfield_imm", [b3!], __metajit_o69);
    at = 26;
    b6 = rec.record("call", [__metajit_k13_3, b7!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 26, [b0!, b1!, b2!, b3!]) });
    at = 38;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = v0 === __metajit_k13_1.value;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k13_1], v);
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
    if (!c45.isConst) rec.guard(c45.value === true ? "guard_true" : "guard_false", [c45], rec.snapshot(13, 45, [b0!, b1!, b2!, b3!, b6!, b9!]));
    if (c45.value !== true) {
      break L73;
    }
    at = 55;
    b10 = rec.record("getfield_imm", [b3!], __metajit_o70);
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
    rec.record("setarrayitem", [b10!, b12!, b2!], __metajit_o71);
    return __metajit_k13_1;
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
    if (!c82.isConst) rec.guard(c82.value === true ? "guard_true" : "guard_false", [c82], rec.snapshot(13, 82, [b0!, b1!, b2!, b14!]));
    if (c82.value !== true) {
      break L99;
    }
    at = 90;
    b15 = rec.record("call", [__metajit_k13_6, __metajit_k13_7], { descr: null, type: "ref", snapshot: rec.snapshot(13, 90, []) });
    throw b15!.value;
    }
    at = 99;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k13_10], v);
    }
    at = 103;
    const c103 = b17!;
    if (!c103.isConst) rec.guard(c103.value === true ? "guard_true" : "guard_false", [c103], rec.snapshot(13, 103, [b0!, b1!, b2!, b17!]));
    if (c103.value !== true) {
      break L116;
    }
    u16 = 0;
    b16 = __metajit_k13_10;
    b16 ??= __metajit_G.float(u16);
    break L119;
    }
    b16 = b1;
    }
    at = 119;
    rec.record("call", [__metajit_k13_8, b0!, b16!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(13, 119, []) });
    return __metajit_k13_1;
  } catch (e) {
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16 !== undefined ? b16.value : u16, b17?.value]);
  }
}
/** Traces jitcode 14 (LuaTable.unboundSearch). */
function __metajit_trace_14(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k14_1], v);
          }
          block = 7;
          continue dispatch;
        }
        case 7: {
          at = 7;
          rec.enterFrame(14, 7, [b0!, b2!, b3!], 3);
          b4 = __metajit_trace_3(rec, b0!, b3!);
          rec.leaveFrame();
          at = 17;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value;
            const v = v0 === __metajit_k14_2.value;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_2], v);
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
          if (!c24.isConst) rec.guard(c24.value === true ? "guard_true" : "guard_false", [c24], rec.snapshot(14, 24, [b0!, b2!, b3!, b6!]));
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k14_4], v);
          }
          at = 39;
          {
            const x0 = b3!;
            const v0 = x0.value as number;
            const v = v0 > 2147483647;
            b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k14_6], v);
          }
          at = 43;
          const c43 = b7!;
          if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(14, 43, [b0!, b2!, b3!, b7!]));
          if (c43.value !== true) {
            block = 89;
            continue dispatch;
          }
          block = 51;
          continue dispatch;
        }
        case 51: {
          u2 = 1;
          b2 = __metajit_k14_1;
          block = 54;
          continue dispatch;
        }
        case 54: {
          at = 54;
          rec.enterFrame(14, 54, [b0!, (b2 ??= __metajit_G.float(u2))], 3);
          b8 = __metajit_trace_3_2(rec, b0!, u2);
          rec.leaveFrame();
          at = 63;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k14_2.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_2], v);
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
          if (!c70.isConst) rec.guard(c70.value === true ? "guard_true" : "guard_false", [c70], rec.snapshot(14, 70, [b0!, (b2 ??= __metajit_G.float(u2)), b10!]));
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
            b13 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k14_1], v);
          }
          at = 99;
          const c99 = b13!;
          if (!c99.isConst) rec.guard(c99.value === true ? "guard_true" : "guard_false", [c99], rec.snapshot(14, 99, [b0!, b2!, b3!, b13!]));
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
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k14_4], v);
          }
          at = 115;
          b14 = rec.record("call_pure", [__metajit_k14_7, b16!], { descr: null, type: "float", snapshot: rec.snapshot(14, 115, [b0!, b2!, b3!]) });
          at = 125;
          rec.enterFrame(14, 125, [b0!, b2!, b3!, b14!], 3);
          b17 = __metajit_trace_3(rec, b0!, b14!);
          rec.leaveFrame();
          at = 136;
          {
            const x0 = rec.resolve(b17!);
            const v0 = x0.value;
            const v = v0 === __metajit_k14_2.value;
            b18 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k14_2], v);
          }
          at = 140;
          const c140 = b18!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(14, 140, [b0!, b2!, b3!, b14!, b18!]));
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
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11 !== undefined ? b11.value : u11, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 15 (Interpreter.newFrame), arguments 3 constant. */
function __metajit_trace_15_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
          b7 = rec.record("getfield_imm", [b1!], __metajit_o72);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o73);
          at = 10;
          b9 = rec.record("new_array", [__metajit_k15_3], __metajit_o74);
          u10 = 0;
          b10 = __metajit_k15_4;
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
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(15, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
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
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(15, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
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
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o75);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k15_6.value;
          b12 = __metajit_k15_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k15_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(15, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
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
          b19 = rec.record("getfield_imm", [b7!], __metajit_o76);
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
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(15, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k15_9, b9!, __metajit_k15_6], { descr: null, type: "float", snapshot: rec.snapshot(15, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k15_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o77);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(15, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b24!, b25!]));
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
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(15, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b25!]));
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
          b29 = rec.record("call", [__metajit_k15_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(15, 210, [b1!, b5!, b6!, b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o78);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o79);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(15, 246, [b1!, b5!, b6!, b7!, b8!, b9!, b22!, b31!]));
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
          b33 = rec.record("call", [__metajit_k15_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(15, 261, [b1!, b5!, b6!, b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o74);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k15_15]);
          at = 285;
          rec.enterFrame(15, 285, [b34!], 16);
          __metajit_trace_16(rec, b34!, b1!, b7!, b9!, b22!, b5!, b6!);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 15 (Interpreter.newFrame), arguments 3, 5, 6 constant. */
function __metajit_trace_15_104(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
          b7 = rec.record("getfield_imm", [b1!], __metajit_o72);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o73);
          at = 10;
          b9 = rec.record("new_array", [__metajit_k15_3], __metajit_o74);
          u10 = 0;
          b10 = __metajit_k15_4;
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
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(15, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
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
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(15, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
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
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o75);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k15_6.value;
          b12 = __metajit_k15_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k15_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(15, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
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
          b19 = rec.record("getfield_imm", [b7!], __metajit_o76);
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
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(15, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k15_9, b9!, __metajit_k15_6], { descr: null, type: "float", snapshot: rec.snapshot(15, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k15_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o77);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(15, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b24!, b25!]));
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
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(15, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b25!]));
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
          b29 = rec.record("call", [__metajit_k15_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(15, 210, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o78);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o79);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(15, 246, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b22!, b31!]));
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
          b33 = rec.record("call", [__metajit_k15_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(15, 261, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o74);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k15_15]);
          at = 285;
          rec.enterFrame(15, 285, [b34!], 16);
          __metajit_trace_16_96(rec, b34!, b1!, b7!, b9!, b22!, u5, u6);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 15, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 16 (Frame.constructor). */
function __metajit_trace_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o80);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o81);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k16_4], __metajit_o82);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o83);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o84);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o85);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o86);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o87);
    at = 32;
    rec.record("setfield", [b0!, b5!], __metajit_o88);
    at = 36;
    rec.record("setfield", [b0!, b6!], __metajit_o89);
    return __metajit_k16_4;
  } catch (e) {
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value]);
  }
}
/** Traces jitcode 16 (Frame.constructor), arguments 5, 6 constant. */
function __metajit_trace_16_96(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o80);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o81);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k16_4], __metajit_o82);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k16_1], __metajit_o83);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o84);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o85);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o86);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o87);
    at = 32;
    rec.record("setfield", [b0!, (b5 ??= __metajit_G.float(u5))], __metajit_o88);
    at = 36;
    rec.record("setfield", [b0!, (b6 ??= __metajit_G.float(u6))], __metajit_o89);
    return __metajit_k16_4;
  } catch (e) {
    throw __metajit_G.switched(e, 16, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!));
}
const __metajit_portal_0 = { name: "Interpreter.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2] }), generated: __metajit_generated_0 };
