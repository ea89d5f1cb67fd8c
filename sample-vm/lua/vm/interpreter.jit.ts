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
          let v = env.getStr(key);
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
            v = typeof key === 'string' ? t.getStr(key) : typeof key === 'number' ? t.getInt(key) : t.get(key);
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
          if (env.metatable === undefined) env.setStr(key, regs[a]);
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
            if (typeof key === 'string') t.setStr(key, v);
            else if (typeof key === 'number' && key === key) t.setInt(key, v);
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
            v = typeof key === 'string' ? t.getStr(key) : t.get(key);
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
import { tableError as __metajit_ref_4 } from "../value/table.js";
import { Frame as __metajit_ref_5 } from "./frame.js";
let __metajit_table: ReturnType<typeof __metajit.jitcodes> | undefined;
const __metajit_jitcodes = (): ReturnType<typeof __metajit.jitcodes> => (__metajit_table ??= __metajit.jitcodes([
    { name: "Interpreter.run.portal", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rfrrrrfffrifirififbirifirirrifiririfbbrrifbbfifrifbirrrrifiirfirrrrrrifirbbrbbifrifririrrbirrfirrbrrbrrrbfrrbbrbbirrrrrifirbirirrrrrifirfiirfrifririrrbirrfirrrbirrfirbbrbrbrbbffbfirifrifrfrifririrrbirrfirfirbrrbrrbbrbbifrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfrifrirrbirrfirrrbirrfirrbbrbiffffffffrirfrifrirrbirrfirrrbirrfirrbbrbifffrirfririrbiffrirrrifiibbbbrfririrbifrbifrirfrifriririfbbrbbrbirirfrifibfrifrirrbirrfirrrbirrfirbbbrbbrbbbiibbfifriffibfrifrirrbirrfirrrbirrfirbrbbrbbrifbffbffbrifbbiibbfifriffibribbbbbrifbbiibbfifriffibrrifibbbbbrifbbiibifriffibfifrifrifffbbffffribbbrfrfffrbffibffbfiirfffbfirfbirfriffbbffffribbbrbbrfrfffrbffiffbfiirfffriffbbfffrbbffbfrrrfirffbfbfifirffbfirbfirffirfirfffirbbbbriffiirfirrirfirfirbbbbrbbbbrbbiirffirffrriffifrirfibbfifriffibfifriffbbfffrifrbbirrifirrfriribffbfiirffffbfirfbirrifrr",
      pool: [__metajit.pool.field("a"), __metajit.pool.array("any"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.int(0), __metajit.pool.field("op"), __metajit.pool.field("b"), __metajit.pool.field("k"), __metajit.pool.float(0), __metajit.pool.field("c"), __metajit.pool.ref(undefined), __metajit.pool.field("closure"), __metajit.pool.field("upvals"), __metajit.pool.field("regs"), __metajit.pool.field("index"), __metajit.pool.field("env"), __metajit.pool.field("metatable"), __metajit.pool.field("pc"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref("string"), __metajit.pool.ref("number"), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(__metajit.methodCaller("setTableSlow")), __metajit.pool.ref(newTable), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("getTableSlow")), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(12), __metajit.pool.float(12), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(13), __metajit.pool.float(13), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(14), __metajit.pool.float(14), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(15), __metajit.pool.float(15), __metajit.pool.ref(Math.floor), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(16), __metajit.pool.float(16), __metajit.pool.ref(__metajit_ref_1), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(17), __metajit.pool.float(17), __metajit.pool.ref(__metajit.methodCaller("arithSlow")), __metajit.pool.int(18), __metajit.pool.float(18), __metajit.pool.bool(false), __metajit.pool.ref(false), __metajit.pool.ref(stringLength), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_0), __metajit.pool.ref(__metajit.methodCaller("lenSlow")), __metajit.pool.ref(__metajit.concatStrings), __metajit.pool.ref(__metajit.methodCaller("concatSlow")), __metajit.pool.ref("object"), __metajit.pool.ref(__metajit.methodCaller("equalsSlow")), __metajit.pool.int(24), __metajit.pool.float(24), __metajit.pool.ref(__metajit.methodCaller("compareSlow")), __metajit.pool.field("top"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("proto"), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("yieldRequested"), __metajit.pool.field("pendingA"), __metajit.pool.field("pendingC"), __metajit.pool.field("depth"), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_2), __metajit.pool.ref(__metajit.methodCaller("callMetamethod")), __metajit.pool.ref(__metajit.instanceOf), __metajit.pool.ref(__metajit_ref_3), __metajit.pool.field("openUpvals"), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("callNative")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("frames"), __metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(3), __metajit.pool.float(3), __metajit.pool.ref(__metajit.methodCaller("forPrepSlow")), __metajit.pool.ref(__metajit.methodCaller("forCall")), __metajit.pool.ref(__metajit.methodCaller("setList")), __metajit.pool.ref(__metajit.methodCaller("closeUpvals")), __metajit.pool.ref(__metajit.methodCaller("makeClosure")), __metajit.pool.field("protos"), __metajit.pool.field("varargs"), __metajit.pool.ref(__metajit.methodCaller("runtimeError")), __metajit.pool.ref("bad opcode "), __metajit.pool.ref(__metajit.concatStrings)],
      code: [66, 7, 1, 49, 9, 3, 2, -1, 34, 10, 7, 52, 8, 1, 9, 10, -2, 20, 11, 1, -4, 34, 12, 11, 33, 1, 12, 49, 13, 3, 2, -6, 34, 14, 7, 52, 15, 1, 13, 14, -2, 34, 16, 15, 33, 17, 16, 31, 18, 17, 15, 58, 18, 7264, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 18, 59, 16, 7264, 38, 0, 157, 1, 190, 2, 228, 3, 307, 4, 358, 5, 420, 6, 564, 7, 934, 8, 1055, 9, 1117, 10, 1501, 11, 1555, 12, 1885, 13, 2140, 14, 2395, 15, 2650, 16, 2905, 17, 3191, 18, 3458, 19, 3556, 20, 3624, 21, 3788, 22, 3979, 23, 4023, 24, 4363, 25, 4363, 26, 4757, 27, 4907, 28, 5079, 29, 5581, 30, 5993, 31, 6353, 32, 6506, 33, 6729, 34, 6871, 35, 6965, 36, 7010, 37, 7065, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 16, 34, 19, 8, 49, 20, 3, 2, -7, 34, 21, 7, 52, 22, 1, 20, 21, -2, 34, 23, 22, 51, 24, 3, 4, 23, -2, 53, 4, 19, 24, -2, 57, 7301, 34, 25, 8, 49, 26, 3, 2, -8, 49, 27, 3, 2, -7, 34, 28, 7, 52, 29, 1, 27, 28, -2, 34, 30, 29, 52, 31, 3, 26, 30, -2, 53, 4, 25, 31, -2, 57, 7301, 34, 32, 8, 49, 33, 3, 2, -7, 34, 34, 7, 52, 35, 1, 33, 34, -2, 31, 36, 35, -9, 35, 37, 36, 43, 38, 37, 53, 4, 32, 38, -2, 49, 39, 3, 2, -10, 34, 40, 7, 52, 41, 1, 39, 40, -2, 31, 42, 41, -9, 35, 43, 42, 58, 43, 305, 8, 0, 1, 2, 3, 4, 5, 6, 43, 20, 44, 1, -4, 34, 45, 44, 33, 1, 45, 57, 305, 57, 7301, 49, 47, 3, 2, -7, 34, 48, 7, 52, 46, 1, 47, 48, -2, 66, 49, 8, 28, 50, 49, 46, 58, 50, 356, 10, 0, 1, 2, 3, 4, 5, 6, 46, 49, 50, 34, 51, 49, 53, 4, 51, -11, -2, 20, 49, 49, -4, 57, 324, 57, 7301, 49, 53, 3, 3, -12, 49, 54, 3, 53, -13, 49, 55, 3, 2, -7, 34, 56, 7, 52, 57, 1, 55, 56, -2, 34, 58, 57, 51, 52, 3, 54, 58, -2, 34, 59, 8, 48, 60, 3, 52, -14, 48, 61, 1, 52, -15, 34, 62, 61, 51, 63, 3, 60, 62, -2, 53, 4, 59, 63, -2, 57, 7301, 49, 65, 3, 3, -12, 48, 64, 3, 65, -16, 49, 67, 3, 2, -8, 49, 68, 3, 2, -7, 34, 69, 7, 52, 70, 1, 68, 69, -2, 34, 71, 70, 52, 66, 3, 67, 71, -2, 60, 1, 72, 2, 64, 66, 10, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 37, 73, 72, -11, 66, 74, 73, 58, 73, 514, 13, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 73, 74, 48, 75, 3, 64, -17, 37, 76, 75, -11, 35, 77, 76, 66, 74, 77, 58, 74, 554, 12, 0, 1, 2, 3, 4, 5, 6, 8, 64, 66, 72, 74, 50, 3, 1, -18, 61, -19, 72, 0, 4, 0, 64, 66, -20, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 554, 34, 78, 8, 53, 4, 78, 72, -2, 57, 7301, 49, 80, 3, 2, -7, 34, 81, 7, 52, 79, 1, 80, 81, -2, 49, 83, 3, 2, -10, 34, 84, 7, 52, 82, 1, 83, 84, -2, 34, 86, 79, 51, 85, 3, 4, 86, -2, 30, 89, 82, -9, 58, 89, 635, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 82, 85, 89, 34, 90, 82, 51, 91, 3, 4, 90, -2, 66, 88, 91, 57, 656, 49, 92, 3, 2, -8, 21, 93, -21, 82, 34, 94, 93, 52, 95, 3, 92, 94, -2, 66, 88, 95, 66, 87, 88, 66, 96, -11, 61, -22, 97, 1, 2, 85, -23, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 58, 97, 902, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 97, 40, 99, 87, 37, 100, 99, -24, 58, 100, 743, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 100, 60, 1, 101, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 98, 101, 57, 816, 40, 103, 87, 37, 104, 103, -25, 58, 104, 792, 12, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 104, 45, 105, 87, 60, 2, 106, 2, 85, 105, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 102, 106, 57, 813, 60, 3, 107, 2, 85, 87, 11, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 66, 102, 107, 66, 98, 102, 66, 96, 98, 37, 108, 96, -11, 66, 109, 108, 58, 108, 859, 14, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 108, 109, 48, 110, 3, 85, -17, 37, 111, 110, -11, 35, 112, 111, 66, 109, 112, 58, 109, 900, 13, 0, 1, 2, 3, 4, 5, 6, 8, 79, 85, 87, 96, 109, 50, 3, 1, -18, 61, -26, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 900, 57, 924, 50, 3, 1, -18, 61, -27, 96, 0, 4, 0, 85, 87, 79, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 113, 8, 53, 4, 113, 96, -2, 57, 7301, 49, 115, 3, 3, -12, 48, 114, 3, 115, -16, 49, 117, 3, 2, -8, 49, 118, 3, 2, -7, 34, 119, 7, 52, 120, 1, 118, 119, -2, 34, 121, 120, 52, 116, 3, 117, 121, -2, 48, 122, 3, 114, -17, 37, 123, 122, -11, 58, 123, 1022, 11, 0, 1, 2, 3, 4, 5, 6, 8, 114, 116, 123, 34, 124, 8, 51, 125, 3, 4, 124, -2, 60, 4, -1, 3, 114, 116, 125, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1053, 50, 3, 1, -18, 34, 126, 8, 51, 127, 3, 4, 126, -2, 61, -28, -1, 0, 5, 0, 114, 116, 127, -20, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7301, 49, 129, 3, 3, -12, 49, 130, 3, 129, -13, 49, 131, 3, 2, -7, 34, 132, 7, 52, 133, 1, 131, 132, -2, 34, 134, 133, 51, 128, 3, 130, 134, -2, 48, 135, 3, 128, -14, 48, 136, 1, 128, -15, 34, 137, 136, 34, 138, 8, 51, 139, 3, 4, 138, -2, 53, 135, 137, 139, -2, 57, 7301, 49, 141, 3, 2, -7, 34, 142, 7, 52, 140, 1, 141, 142, -2, 49, 144, 3, 2, -10, 34, 145, 7, 52, 143, 1, 144, 145, -2, 34, 147, 8, 51, 146, 3, 4, 147, -2, 30, 150, 140, -9, 58, 150, 1188, 12, 0, 1, 2, 3, 4, 5, 6, 8, 140, 143, 146, 150, 34, 151, 140, 51, 152, 3, 4, 151, -2, 66, 149, 152, 57, 1209, 49, 153, 3, 2, -8, 21, 154, -21, 140, 34, 155, 154, 52, 156, 3, 153, 155, -2, 66, 149, 156, 66, 148, 149, 30, 159, 143, -9, 58, 159, 1246, 12, 0, 1, 2, 3, 4, 5, 6, 8, 143, 146, 148, 159, 34, 160, 143, 51, 161, 3, 4, 160, -2, 66, 158, 161, 57, 1267, 49, 162, 3, 2, -8, 21, 163, -21, 143, 34, 164, 163, 52, 165, 3, 162, 164, -2, 66, 158, 165, 66, 157, 158, 61, -29, 166, 1, 2, 146, -30, 11, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 66, 167, 166, 58, 166, 1321, 13, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 166, 167, 48, 168, 3, 146, -17, 37, 169, 168, -11, 66, 167, 169, 58, 167, 1477, 12, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 167, 40, 170, 148, 37, 171, 170, -24, 58, 171, 1377, 12, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 171, 60, 4, -1, 3, 146, 148, 157, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1475, 40, 172, 148, 37, 173, 172, -25, 66, 174, 173, 58, 173, 1417, 13, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 173, 174, 45, 175, 148, 45, 176, 148, 31, 177, 175, 176, 66, 174, 177, 58, 174, 1453, 12, 0, 1, 2, 3, 4, 5, 6, 8, 146, 148, 157, 174, 45, 178, 148, 60, 5, -1, 3, 146, 178, 157, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1475, 50, 3, 1, -18, 61, -31, -1, 0, 5, 0, 146, 148, 157, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 1499, 50, 3, 1, -18, 61, -32, -1, 0, 5, 0, 146, 148, 157, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7301, 34, 179, 8, 49, 180, 3, 2, -7, 34, 181, 7, 52, 182, 1, 180, 181, -2, 49, 183, 3, 2, -10, 34, 184, 7, 52, 185, 1, 183, 184, -2, 61, -33, 186, 0, 2, 182, 185, 8, 0, 1, 2, 3, 4, 5, 6, 179, 53, 4, 179, 186, -2, 57, 7301, 49, 188, 3, 2, -7, 34, 189, 7, 52, 187, 1, 188, 189, -2, 49, 191, 3, 2, -10, 34, 192, 7, 52, 190, 1, 191, 192, -2, 34, 194, 187, 51, 193, 3, 4, 194, -2, 30, 197, 190, -9, 58, 197, 1626, 12, 0, 1, 2, 3, 4, 5, 6, 8, 187, 190, 193, 197, 34, 198, 190, 51, 199, 3, 4, 198, -2, 66, 196, 199, 57, 1647, 49, 200, 3, 2, -8, 21, 201, -21, 190, 34, 202, 201, 52, 203, 3, 200, 202, -2, 66, 196, 203, 66, 195, 196, 20, 204, 8, -4, 34, 205, 204, 53, 4, 205, 193, -2, 66, 206, -11, 61, -34, 207, 1, 2, 193, -35, 11, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 58, 207, 1853, 12, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 207, 40, 209, 195, 37, 210, 209, -24, 58, 210, 1746, 12, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 210, 60, 1, 211, 2, 193, 195, 11, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 66, 208, 211, 57, 1767, 60, 3, 212, 2, 193, 195, 11, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 66, 208, 212, 66, 206, 208, 37, 213, 206, -11, 66, 214, 213, 58, 213, 1810, 14, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 206, 213, 214, 48, 215, 3, 193, -17, 37, 216, 215, -11, 35, 217, 216, 66, 214, 217, 58, 214, 1851, 13, 0, 1, 2, 3, 4, 5, 6, 8, 187, 193, 195, 206, 214, 50, 3, 1, -18, 61, -36, 206, 0, 4, 0, 193, 195, 187, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 1851, 57, 1875, 50, 3, 1, -18, 61, -37, 206, 0, 4, 0, 193, 195, 187, 8, 0, 1, 2, 3, 4, 5, 6, 8, 34, 218, 8, 53, 4, 218, 206, -2, 57, 7301, 49, 220, 3, 2, -7, 34, 221, 7, 52, 219, 1, 220, 221, -2, 49, 223, 3, 2, -10, 34, 224, 7, 52, 222, 1, 223, 224, -2, 30, 227, 219, -9, 58, 227, 1946, 11, 0, 1, 2, 3, 4, 5, 6, 8, 219, 222, 227, 34, 228, 219, 51, 229, 3, 4, 228, -2, 66, 226, 229, 57, 1967, 49, 230, 3, 2, -8, 21, 231, -21, 219, 34, 232, 231, 52, 233, 3, 230, 232, -2, 66, 226, 233, 66, 225, 226, 30, 236, 222, -9, 58, 236, 2004, 12, 0, 1, 2, 3, 4, 5, 6, 8, 219, 222, 225, 236, 34, 237, 222, 51, 238, 3, 4, 237, -2, 66, 235, 238, 57, 2025, 49, 239, 3, 2, -8, 21, 240, -21, 222, 34, 241, 240, 52, 242, 3, 239, 241, -2, 66, 235, 242, 66, 234, 235, 40, 243, 225, 37, 244, 243, -25, 66, 245, 244, 58, 244, 2066, 14, 0, 1, 2, 3, 4, 5, 6, 8, 219, 222, 225, 234, 244, 245, 40, 246, 234, 37, 247, 246, -25, 66, 245, 247, 58, 245, 2106, 13, 0, 1, 2, 3, 4, 5, 6, 8, 219, 222, 225, 234, 245, 34, 248, 8, 45, 249, 225, 45, 250, 234, 20, 251, 249, 250, 42, 252, 251, 53, 4, 248, 252, -2, 57, 2138, 50, 3, 1, -18, 34, 253, 8, 61, -38, 254, 0, 6, 0, -40, 225, 234, 219, 222, 8, 0, 1, 2, 3, 4, 5, 6, 253, 53, 4, 253, 254, -2, 57, 7301, 49, 256, 3, 2, -7, 34, 257, 7, 52, 255, 1, 256, 257, -2, 49, 259, 3, 2, -10, 34, 260, 7, 52, 258, 1, 259, 260, -2, 30, 263, 255, -9, 58, 263, 2201, 11, 0, 1, 2, 3, 4, 5, 6, 8, 255, 258, 263, 34, 264, 255, 51, 265, 3, 4, 264, -2, 66, 262, 265, 57, 2222, 49, 266, 3, 2, -8, 21, 267, -21, 255, 34, 268, 267, 52, 269, 3, 266, 268, -2, 66, 262, 269, 66, 261, 262, 30, 272, 258, -9, 58, 272, 2259, 12, 0, 1, 2, 3, 4, 5, 6, 8, 255, 258, 261, 272, 34, 273, 258, 51, 274, 3, 4, 273, -2, 66, 271, 274, 57, 2280, 49, 275, 3, 2, -8, 21, 276, -21, 258, 34, 277, 276, 52, 278, 3, 275, 277, -2, 66, 271, 278, 66, 270, 271, 40, 279, 261, 37, 280, 279, -25, 66, 281, 280, 58, 280, 2321, 14, 0, 1, 2, 3, 4, 5, 6, 8, 255, 258, 261, 270, 280, 281, 40, 282, 270, 37, 283, 282, -25, 66, 281, 283, 58, 281, 2361, 13, 0, 1, 2, 3, 4, 5, 6, 8, 255, 258, 261, 270, 281, 34, 284, 8, 45, 285, 261, 45, 286, 270, 21, 287, 285, 286, 42, 288, 287, 53, 4, 284, 288, -2, 57, 2393, 50, 3, 1, -18, 34, 289, 8, 61, -41, 290, 0, 6, 0, -43, 261, 270, 255, 258, 8, 0, 1, 2, 3, 4, 5, 6, 289, 53, 4, 289, 290, -2, 57, 7301, 49, 292, 3, 2, -7, 34, 293, 7, 52, 291, 1, 292, 293, -2, 49, 295, 3, 2, -10, 34, 296, 7, 52, 294, 1, 295, 296, -2, 30, 299, 291, -9, 58, 299, 2456, 11, 0, 1, 2, 3, 4, 5, 6, 8, 291, 294, 299, 34, 300, 291, 51, 301, 3, 4, 300, -2, 66, 298, 301, 57, 2477, 49, 302, 3, 2, -8, 21, 303, -21, 291, 34, 304, 303, 52, 305, 3, 302, 304, -2, 66, 298, 305, 66, 297, 298, 30, 308, 294, -9, 58, 308, 2514, 12, 0, 1, 2, 3, 4, 5, 6, 8, 291, 294, 297, 308, 34, 309, 294, 51, 310, 3, 4, 309, -2, 66, 307, 310, 57, 2535, 49, 311, 3, 2, -8, 21, 312, -21, 294, 34, 313, 312, 52, 314, 3, 311, 313, -2, 66, 307, 314, 66, 306, 307, 40, 315, 297, 37, 316, 315, -25, 66, 317, 316, 58, 316, 2576, 14, 0, 1, 2, 3, 4, 5, 6, 8, 291, 294, 297, 306, 316, 317, 40, 318, 306, 37, 319, 318, -25, 66, 317, 319, 58, 317, 2616, 13, 0, 1, 2, 3, 4, 5, 6, 8, 291, 294, 297, 306, 317, 34, 320, 8, 45, 321, 297, 45, 322, 306, 22, 323, 321, 322, 42, 324, 323, 53, 4, 320, 324, -2, 57, 2648, 50, 3, 1, -18, 34, 325, 8, 61, -44, 326, 0, 6, 0, -46, 297, 306, 291, 294, 8, 0, 1, 2, 3, 4, 5, 6, 325, 53, 4, 325, 326, -2, 57, 7301, 49, 328, 3, 2, -7, 34, 329, 7, 52, 327, 1, 328, 329, -2, 49, 331, 3, 2, -10, 34, 332, 7, 52, 330, 1, 331, 332, -2, 30, 335, 327, -9, 58, 335, 2711, 11, 0, 1, 2, 3, 4, 5, 6, 8, 327, 330, 335, 34, 336, 327, 51, 337, 3, 4, 336, -2, 66, 334, 337, 57, 2732, 49, 338, 3, 2, -8, 21, 339, -21, 327, 34, 340, 339, 52, 341, 3, 338, 340, -2, 66, 334, 341, 66, 333, 334, 30, 344, 330, -9, 58, 344, 2769, 12, 0, 1, 2, 3, 4, 5, 6, 8, 327, 330, 333, 344, 34, 345, 330, 51, 346, 3, 4, 345, -2, 66, 343, 346, 57, 2790, 49, 347, 3, 2, -8, 21, 348, -21, 330, 34, 349, 348, 52, 350, 3, 347, 349, -2, 66, 343, 350, 66, 342, 343, 40, 351, 333, 37, 352, 351, -25, 66, 353, 352, 58, 352, 2831, 14, 0, 1, 2, 3, 4, 5, 6, 8, 327, 330, 333, 342, 352, 353, 40, 354, 342, 37, 355, 354, -25, 66, 353, 355, 58, 353, 2871, 13, 0, 1, 2, 3, 4, 5, 6, 8, 327, 330, 333, 342, 353, 34, 356, 8, 45, 357, 333, 45, 358, 342, 23, 359, 357, 358, 42, 360, 359, 53, 4, 356, 360, -2, 57, 2903, 50, 3, 1, -18, 34, 361, 8, 61, -47, 362, 0, 6, 0, -49, 333, 342, 327, 330, 8, 0, 1, 2, 3, 4, 5, 6, 361, 53, 4, 361, 362, -2, 57, 7301, 49, 364, 3, 2, -7, 34, 365, 7, 52, 363, 1, 364, 365, -2, 49, 367, 3, 2, -10, 34, 368, 7, 52, 366, 1, 367, 368, -2, 30, 371, 363, -9, 58, 371, 2966, 11, 0, 1, 2, 3, 4, 5, 6, 8, 363, 366, 371, 34, 372, 363, 51, 373, 3, 4, 372, -2, 66, 370, 373, 57, 2987, 49, 374, 3, 2, -8, 21, 375, -21, 363, 34, 376, 375, 52, 377, 3, 374, 376, -2, 66, 370, 377, 66, 369, 370, 30, 380, 366, -9, 58, 380, 3024, 12, 0, 1, 2, 3, 4, 5, 6, 8, 363, 366, 369, 380, 34, 381, 366, 51, 382, 3, 4, 381, -2, 66, 379, 382, 57, 3045, 49, 383, 3, 2, -8, 21, 384, -21, 366, 34, 385, 384, 52, 386, 3, 383, 385, -2, 66, 379, 386, 66, 378, 379, 40, 387, 369, 37, 388, 387, -25, 66, 389, 388, 58, 388, 3086, 14, 0, 1, 2, 3, 4, 5, 6, 8, 363, 366, 369, 378, 388, 389, 40, 390, 378, 37, 391, 390, -25, 66, 389, 391, 58, 389, 3157, 13, 0, 1, 2, 3, 4, 5, 6, 8, 363, 366, 369, 378, 389, 34, 392, 8, 45, 393, 369, 45, 394, 369, 45, 395, 378, 23, 396, 394, 395, 61, -50, 397, 1, 1, 396, 10, 0, 1, 2, 3, 4, 5, 6, 378, 392, 393, 45, 398, 378, 22, 399, 397, 398, 21, 400, 393, 399, 42, 401, 400, 53, 4, 392, 401, -2, 57, 3189, 50, 3, 1, -18, 34, 402, 8, 61, -51, 403, 0, 6, 0, -53, 369, 378, 363, 366, 8, 0, 1, 2, 3, 4, 5, 6, 402, 53, 4, 402, 403, -2, 57, 7301, 49, 405, 3, 2, -7, 34, 406, 7, 52, 404, 1, 405, 406, -2, 49, 408, 3, 2, -10, 34, 409, 7, 52, 407, 1, 408, 409, -2, 30, 412, 404, -9, 58, 412, 3252, 11, 0, 1, 2, 3, 4, 5, 6, 8, 404, 407, 412, 34, 413, 404, 51, 414, 3, 4, 413, -2, 66, 411, 414, 57, 3273, 49, 415, 3, 2, -8, 21, 416, -21, 404, 34, 417, 416, 52, 418, 3, 415, 417, -2, 66, 411, 418, 66, 410, 411, 30, 421, 407, -9, 58, 421, 3310, 12, 0, 1, 2, 3, 4, 5, 6, 8, 404, 407, 410, 421, 34, 422, 407, 51, 423, 3, 4, 422, -2, 66, 420, 423, 57, 3331, 49, 424, 3, 2, -8, 21, 425, -21, 407, 34, 426, 425, 52, 427, 3, 424, 426, -2, 66, 420, 427, 66, 419, 420, 40, 428, 410, 37, 429, 428, -25, 66, 430, 429, 58, 429, 3372, 14, 0, 1, 2, 3, 4, 5, 6, 8, 404, 407, 410, 419, 429, 430, 40, 431, 419, 37, 432, 431, -25, 66, 430, 432, 58, 430, 3424, 13, 0, 1, 2, 3, 4, 5, 6, 8, 404, 407, 410, 419, 430, 34, 433, 8, 45, 434, 410, 45, 435, 419, 61, -54, 436, 1, 2, 434, 435, 8, 0, 1, 2, 3, 4, 5, 6, 433, 42, 437, 436, 53, 4, 433, 437, -2, 57, 3456, 50, 3, 1, -18, 34, 438, 8, 61, -55, 439, 0, 6, 0, -57, 410, 419, 404, 407, 8, 0, 1, 2, 3, 4, 5, 6, 438, 53, 4, 438, 439, -2, 57, 7301, 49, 441, 3, 2, -7, 34, 442, 7, 52, 440, 1, 441, 442, -2, 34, 444, 440, 51, 443, 3, 4, 444, -2, 40, 445, 443, 37, 446, 445, -25, 58, 446, 3522, 11, 0, 1, 2, 3, 4, 5, 6, 8, 440, 443, 446, 34, 447, 8, 45, 448, 443, 25, 449, 448, 42, 450, 449, 53, 4, 447, 450, -2, 57, 3554, 50, 3, 1, -18, 34, 451, 8, 61, -58, 452, 0, 6, 0, -60, 443, 443, 440, 440, 8, 0, 1, 2, 3, 4, 5, 6, 451, 53, 4, 451, 452, -2, 57, 7301, 49, 454, 3, 2, -7, 34, 455, 7, 52, 456, 1, 454, 455, -2, 34, 457, 456, 51, 453, 3, 4, 457, -2, 34, 458, 8, 37, 459, 453, -11, 35, 460, 459, 66, 461, 459, 58, 460, 3614, 11, 0, 1, 2, 3, 4, 5, 6, 453, 458, 460, 461, 37, 462, 453, -62, 66, 461, 462, 43, 463, 461, 53, 4, 458, 463, -2, 57, 7301, 49, 465, 3, 2, -7, 34, 466, 7, 52, 464, 1, 465, 466, -2, 34, 468, 464, 51, 467, 3, 4, 468, -2, 40, 469, 467, 37, 470, 469, -24, 58, 470, 3697, 11, 0, 1, 2, 3, 4, 5, 6, 8, 464, 467, 470, 34, 471, 8, 61, -63, 472, 1, 1, 467, 8, 0, 1, 2, 3, 4, 5, 6, 471, 42, 473, 472, 53, 4, 471, 473, -2, 57, 3786, 61, -64, 474, 1, 2, 467, -65, 10, 0, 1, 2, 3, 4, 5, 6, 8, 464, 467, 58, 474, 3757, 11, 0, 1, 2, 3, 4, 5, 6, 8, 464, 467, 474, 34, 475, 8, 60, 6, 476, 1, 467, 8, 0, 1, 2, 3, 4, 5, 6, 475, 42, 477, 476, 53, 4, 475, 477, -2, 57, 3786, 50, 3, 1, -18, 34, 478, 8, 61, -66, 479, 0, 3, 0, 467, 464, 8, 0, 1, 2, 3, 4, 5, 6, 478, 53, 4, 478, 479, -2, 57, 7301, 49, 481, 3, 2, -7, 34, 482, 7, 52, 480, 1, 481, 482, -2, 49, 484, 3, 2, -10, 34, 485, 7, 52, 483, 1, 484, 485, -2, 34, 487, 480, 51, 486, 3, 4, 487, -2, 34, 489, 483, 51, 488, 3, 4, 489, -2, 20, 490, 480, -4, 31, 491, 483, 490, 66, 492, 491, 58, 491, 3873, 14, 0, 1, 2, 3, 4, 5, 6, 8, 480, 483, 486, 488, 491, 492, 40, 493, 486, 37, 494, 493, -24, 66, 492, 494, 66, 495, 492, 58, 492, 3904, 14, 0, 1, 2, 3, 4, 5, 6, 8, 480, 483, 486, 488, 492, 495, 40, 496, 488, 37, 497, 496, -24, 66, 495, 497, 58, 495, 3947, 13, 0, 1, 2, 3, 4, 5, 6, 8, 480, 483, 486, 488, 495, 34, 498, 8, 61, -67, 499, 1, 2, 486, 488, 8, 0, 1, 2, 3, 4, 5, 6, 498, 53, 4, 498, 499, -2, 57, 3977, 50, 3, 1, -18, 34, 500, 8, 61, -68, 501, 0, 4, 0, 4, 480, 483, 8, 0, 1, 2, 3, 4, 5, 6, 500, 53, 4, 500, 501, -2, 57, 7301, 49, 503, 3, 2, -7, 34, 504, 7, 52, 502, 1, 503, 504, -2, 20, 505, 1, 502, 34, 506, 505, 33, 1, 506, 27, 507, 502, -9, 58, 507, 4021, 8, 0, 1, 2, 3, 4, 5, 6, 507, 57, 4021, 57, 7301, 49, 509, 3, 2, -7, 34, 510, 7, 52, 508, 1, 509, 510, -2, 49, 512, 3, 2, -10, 34, 513, 7, 52, 511, 1, 512, 513, -2, 30, 516, 508, -9, 58, 516, 4084, 11, 0, 1, 2, 3, 4, 5, 6, 8, 508, 511, 516, 34, 517, 508, 51, 518, 3, 4, 517, -2, 66, 515, 518, 57, 4105, 49, 519, 3, 2, -8, 21, 520, -21, 508, 34, 521, 520, 52, 522, 3, 519, 521, -2, 66, 515, 522, 66, 514, 515, 30, 525, 511, -9, 58, 525, 4141, 11, 0, 1, 2, 3, 4, 5, 6, 8, 511, 514, 525, 34, 526, 511, 51, 527, 3, 4, 526, -2, 66, 524, 527, 57, 4162, 49, 528, 3, 2, -8, 21, 529, -21, 511, 34, 530, 529, 52, 531, 3, 528, 530, -2, 66, 524, 531, 66, 523, 524, 37, 532, 514, 523, 35, 533, 532, 66, 534, 533, 58, 533, 4202, 13, 0, 1, 2, 3, 4, 5, 6, 8, 514, 523, 532, 533, 534, 40, 535, 514, 37, 536, 535, -69, 66, 534, 536, 66, 537, 534, 58, 534, 4232, 13, 0, 1, 2, 3, 4, 5, 6, 8, 514, 523, 532, 534, 537, 40, 538, 523, 37, 539, 538, -69, 66, 537, 539, 58, 537, 4271, 12, 0, 1, 2, 3, 4, 5, 6, 8, 514, 523, 532, 537, 50, 3, 1, -18, 61, -70, 532, 0, 3, 0, 514, 523, 8, 0, 1, 2, 3, 4, 5, 6, 8, 57, 4271, 31, 540, 8, -9, 35, 541, 540, 36, 542, 532, 36, 543, 541, 17, 544, 542, 543, 35, 545, 544, 58, 545, 4315, 8, 0, 1, 2, 3, 4, 5, 6, 545, 20, 546, 1, -4, 34, 547, 546, 33, 1, 547, 57, 4361, 49, 549, 3, 2, -7, 34, 550, 1, 52, 548, 1, 549, 550, -2, 20, 551, 1, -4, 20, 552, 551, 548, 34, 553, 552, 33, 1, 553, 27, 554, 548, -9, 58, 554, 4361, 8, 0, 1, 2, 3, 4, 5, 6, 554, 57, 4361, 57, 7301, 49, 556, 3, 2, -7, 34, 557, 7, 52, 555, 1, 556, 557, -2, 49, 559, 3, 2, -10, 34, 560, 7, 52, 558, 1, 559, 560, -2, 30, 563, 555, -9, 58, 563, 4425, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 555, 558, 563, 34, 564, 555, 51, 565, 3, 4, 564, -2, 66, 562, 565, 57, 4446, 49, 566, 3, 2, -8, 21, 567, -21, 555, 34, 568, 567, 52, 569, 3, 566, 568, -2, 66, 562, 569, 66, 561, 562, 30, 572, 558, -9, 58, 572, 4483, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 558, 561, 572, 34, 573, 558, 51, 574, 3, 4, 573, -2, 66, 571, 574, 57, 4504, 49, 575, 3, 2, -8, 21, 576, -21, 558, 34, 577, 576, 52, 578, 3, 575, 577, -2, 66, 571, 578, 66, 570, 571, 66, 579, -61, 40, 580, 561, 37, 581, 580, -25, 66, 582, 581, 58, 581, 4547, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 561, 570, 581, 582, 40, 583, 570, 37, 584, 583, -25, 66, 582, 584, 58, 582, 4629, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 561, 570, 582, 49, 586, 3, 2, -6, 34, 587, 7, 52, 588, 1, 586, 587, -2, 31, 589, 588, -72, 58, 589, 4611, 11, 0, 1, 2, 3, 4, 5, 6, 8, 561, 570, 589, 45, 590, 561, 45, 591, 570, 27, 592, 590, 591, 66, 585, 592, 57, 4624, 45, 593, 561, 45, 594, 570, 28, 595, 593, 594, 66, 585, 595, 66, 579, 585, 57, 4665, 50, 3, 1, -18, 49, 596, 3, 2, -6, 34, 597, 7, 52, 598, 1, 596, 597, -2, 61, -73, 579, 0, 4, 0, 598, 561, 570, 8, 0, 1, 2, 3, 4, 5, 6, 8, 31, 599, 8, -9, 35, 600, 599, 36, 601, 579, 36, 602, 600, 17, 603, 601, 602, 35, 604, 603, 58, 604, 4709, 8, 0, 1, 2, 3, 4, 5, 6, 604, 20, 605, 1, -4, 34, 606, 605, 33, 1, 606, 57, 4755, 49, 608, 3, 2, -7, 34, 609, 1, 52, 607, 1, 608, 609, -2, 20, 610, 1, -4, 20, 611, 610, 607, 34, 612, 611, 33, 1, 612, 27, 613, 607, -9, 58, 613, 4755, 8, 0, 1, 2, 3, 4, 5, 6, 613, 57, 4755, 57, 7301, 34, 615, 8, 51, 614, 3, 4, 615, -2, 37, 616, 614, -11, 35, 617, 616, 66, 618, 617, 58, 617, 4801, 11, 0, 1, 2, 3, 4, 5, 6, 7, 614, 617, 618, 37, 619, 614, -62, 35, 620, 619, 66, 618, 620, 49, 621, 3, 2, -10, 34, 622, 7, 52, 623, 1, 621, 622, -2, 31, 624, 623, -9, 35, 625, 624, 36, 626, 618, 36, 627, 625, 17, 628, 626, 627, 35, 629, 628, 58, 629, 4859, 8, 0, 1, 2, 3, 4, 5, 6, 629, 20, 630, 1, -4, 34, 631, 630, 33, 1, 631, 57, 4905, 49, 633, 3, 2, -7, 34, 634, 1, 52, 632, 1, 633, 634, -2, 20, 635, 1, -4, 20, 636, 635, 632, 34, 637, 636, 33, 1, 637, 27, 638, 632, -9, 58, 638, 4905, 8, 0, 1, 2, 3, 4, 5, 6, 638, 57, 4905, 57, 7301, 49, 640, 3, 2, -7, 34, 641, 7, 52, 642, 1, 640, 641, -2, 34, 643, 642, 51, 639, 3, 4, 643, -2, 37, 644, 639, -11, 35, 645, 644, 66, 646, 645, 58, 645, 4966, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 639, 645, 646, 37, 647, 639, -62, 35, 648, 647, 66, 646, 648, 49, 649, 3, 2, -10, 34, 650, 7, 52, 651, 1, 649, 650, -2, 31, 652, 651, -9, 35, 653, 652, 36, 654, 646, 36, 655, 653, 17, 656, 654, 655, 58, 656, 5067, 10, 0, 1, 2, 3, 4, 5, 6, 8, 639, 656, 34, 657, 8, 53, 4, 657, 639, -2, 49, 659, 3, 2, -7, 34, 660, 1, 52, 658, 1, 659, 660, -2, 20, 661, 1, -4, 20, 662, 661, 658, 34, 663, 662, 33, 1, 663, 27, 664, 658, -9, 58, 664, 5065, 8, 0, 1, 2, 3, 4, 5, 6, 664, 57, 5065, 57, 5077, 20, 665, 1, -4, 34, 666, 665, 33, 1, 666, 57, 7301, 49, 668, 3, 2, -7, 34, 669, 7, 52, 667, 1, 668, 669, -2, 49, 671, 3, 2, -10, 34, 672, 7, 52, 673, 1, 671, 672, -2, 21, 670, 673, -4, 31, 676, 667, -9, 35, 677, 676, 58, 677, 5142, 11, 0, 1, 2, 3, 4, 5, 6, 8, 667, 670, 677, 21, 678, 667, -4, 66, 675, 678, 57, 5158, 48, 679, 1, 3, -74, 21, 680, 679, 8, 21, 681, 680, -4, 66, 675, 681, 66, 674, 675, 34, 683, 8, 51, 682, 3, 4, 683, -2, 50, 3, 1, -18, 61, -75, 684, 1, 2, 682, -76, 11, 0, 1, 2, 3, 4, 5, 6, 8, 670, 674, 682, 35, 685, 684, 58, 685, 5239, 12, 0, 1, 2, 3, 4, 5, 6, 8, 670, 674, 682, 685, 61, -77, 682, 0, 5, 0, 4, 8, 674, 682, 10, 0, 1, 2, 3, 4, 5, 6, 8, 670, 674, 20, 674, 674, -4, 57, 5239, 61, -78, 686, 1, 2, 682, -79, 11, 0, 1, 2, 3, 4, 5, 6, 8, 670, 674, 682, 58, 686, 5312, 12, 0, 1, 2, 3, 4, 5, 6, 8, 670, 674, 682, 686, 20, 688, 8, -4, 60, 7, 687, 8, 0, 5, 682, 4, 688, 674, 8, 670, 3, 0, 5, 6, 66, 3, 687, 49, 2, 3, 687, -80, 49, 4, 3, 687, -14, 66, 1, -9, 57, 5579, 20, 690, 8, -4, 20, 691, 8, -4, 20, 692, 691, 674, 61, -82, 693, 0, 3, 4, 690, 692, 10, 0, 1, 2, 3, 4, 5, 6, 8, 670, 682, 61, -81, 689, 0, 4, 0, 5, 682, 693, 9, 0, 1, 2, 3, 4, 5, 6, 8, 670, 48, 694, 2, 5, -83, 58, 694, 5405, 11, 0, 1, 2, 3, 4, 5, 6, 8, 670, 689, 694, 50, 5, 8, -84, 50, 5, 670, -85, 48, 695, 1, 5, -86, 20, 696, 695, -4, 50, 5, 696, -86, 62, 689, 54, 697, 689, -2, 27, 698, 670, -9, 58, 698, 5495, 12, 0, 1, 2, 3, 4, 5, 6, 8, 670, 689, 697, 698, 66, 699, -9, 33, 700, 697, 27, 701, 699, 700, 58, 701, 5482, 12, 0, 1, 2, 3, 4, 5, 6, 8, 689, 697, 699, 701, 20, 702, 8, 699, 34, 703, 702, 34, 704, 699, 51, 705, 3, 689, 704, -2, 53, 4, 703, 705, -2, 20, 699, 699, -4, 57, 5432, 33, 706, 697, 20, 707, 8, 706, 50, 3, 707, -74, 57, 5579, 66, 708, -9, 27, 709, 708, 670, 58, 709, 5579, 13, 0, 1, 2, 3, 4, 5, 6, 8, 670, 689, 697, 708, 709, 20, 710, 8, 708, 34, 711, 710, 33, 713, 697, 27, 714, 708, 713, 58, 714, 5565, 14, 0, 1, 2, 3, 4, 5, 6, 8, 670, 689, 697, 708, 711, 714, 34, 715, 708, 51, 716, 3, 689, 715, -2, 66, 712, 716, 57, 5568, 66, 712, -11, 53, 4, 711, 712, -2, 20, 708, 708, -4, 57, 5498, 57, 7301, 49, 718, 3, 2, -7, 34, 719, 7, 52, 717, 1, 718, 719, -2, 31, 722, 717, -9, 35, 723, 722, 58, 723, 5625, 10, 0, 1, 2, 3, 4, 5, 6, 8, 717, 723, 21, 724, 717, -4, 66, 721, 724, 57, 5641, 48, 725, 1, 3, -74, 21, 726, 725, 8, 21, 727, 726, -4, 66, 721, 727, 66, 720, 721, 34, 729, 8, 51, 728, 3, 4, 729, -2, 50, 3, 1, -18, 61, -87, 730, 1, 2, 728, -88, 10, 0, 1, 2, 3, 4, 5, 6, 8, 720, 728, 35, 731, 730, 58, 731, 5719, 11, 0, 1, 2, 3, 4, 5, 6, 8, 720, 728, 731, 61, -89, 728, 0, 5, 0, 4, 8, 720, 728, 9, 0, 1, 2, 3, 4, 5, 6, 8, 720, 20, 720, 720, -4, 57, 5719, 61, -90, 732, 1, 2, 728, -91, 10, 0, 1, 2, 3, 4, 5, 6, 8, 720, 728, 58, 732, 5833, 11, 0, 1, 2, 3, 4, 5, 6, 8, 720, 728, 732, 48, 733, 3, 3, -92, 37, 734, 733, -11, 35, 735, 734, 58, 735, 5796, 9, 0, 3, 4, 5, 6, 8, 720, 728, 735, 61, -93, -1, 0, 3, 0, 3, -5, 8, 0, 3, 4, 5, 6, 8, 720, 728, 57, 5796, 20, 737, 8, -4, 60, 8, 736, 7, 0, 5, 728, 4, 737, 720, 3, 3, 0, 5, 6, 66, 3, 736, 49, 2, 3, 736, -80, 49, 4, 3, 736, -14, 66, 1, -9, 57, 5991, 20, 739, 8, -4, 20, 740, 8, -4, 20, 741, 740, 720, 61, -95, 742, 0, 3, 4, 739, 741, 9, 0, 1, 2, 3, 4, 5, 6, 8, 728, 61, -94, 738, 0, 4, 0, 5, 728, 742, 8, 0, 1, 2, 3, 4, 5, 6, 8, 48, 743, 2, 5, -83, 58, 743, 5923, 10, 0, 1, 2, 3, 4, 5, 6, 8, 738, 743, 50, 5, 8, -84, 50, 5, -21, -85, 48, 744, 1, 5, -86, 20, 745, 744, -4, 50, 5, 745, -86, 62, 738, 54, 746, 738, -2, 66, 747, -9, 33, 748, 746, 27, 749, 747, 748, 58, 749, 5980, 12, 0, 1, 2, 3, 4, 5, 6, 8, 738, 746, 747, 749, 20, 750, 8, 747, 34, 751, 750, 34, 752, 747, 51, 753, 3, 738, 752, -2, 53, 4, 751, 753, -2, 20, 747, 747, -4, 57, 5930, 33, 754, 746, 20, 755, 8, 754, 50, 3, 755, -74, 57, 7301, 49, 757, 3, 2, -7, 34, 758, 7, 52, 756, 1, 757, 758, -2, 31, 761, 756, -9, 35, 762, 761, 58, 762, 6035, 8, 0, 3, 4, 5, 6, 8, 756, 762, 21, 763, 756, -4, 66, 760, 763, 57, 6047, 48, 764, 1, 3, -74, 21, 765, 764, 8, 66, 760, 765, 66, 759, 760, 48, 766, 3, 3, -92, 37, 767, 766, -11, 35, 768, 767, 58, 768, 6092, 8, 0, 3, 4, 5, 6, 8, 759, 768, 61, -96, -1, 0, 3, 0, 3, -5, 7, 0, 3, 4, 5, 6, 8, 759, 57, 6092, 48, 770, 1, 5, -86, 21, 769, 770, -4, 50, 5, 769, -86, 31, 771, 769, 6, 58, 771, 6137, 9, 0, 3, 4, 5, 6, 8, 759, 769, 771, 20, 772, 8, 759, 61, -97, 773, 0, 3, 4, 8, 772, 0, 62, 773, 48, 775, 3, 5, -98, 21, 776, 769, -4, 34, 777, 776, 51, 774, 3, 775, 777, -2, 49, 778, 3, 774, -14, 49, 779, 1, 3, -99, 49, 780, 1, 3, -100, 27, 781, 780, -9, 58, 781, 6252, 11, 0, 4, 5, 6, 8, 759, 774, 778, 779, 780, 781, 66, 782, -9, 27, 783, 782, 759, 58, 783, 6242, 11, 0, 4, 5, 6, 8, 759, 774, 778, 779, 782, 783, 20, 784, 779, 782, 34, 785, 784, 20, 786, 8, 782, 34, 787, 786, 51, 788, 3, 4, 787, -2, 53, 778, 785, 788, -2, 20, 782, 782, -4, 57, 6192, 20, 789, 779, 759, 50, 774, 789, -74, 57, 6335, 66, 790, -9, 27, 791, 790, 780, 58, 791, 6335, 12, 0, 4, 5, 6, 8, 759, 774, 778, 779, 780, 790, 791, 20, 792, 779, 790, 34, 793, 792, 27, 795, 790, 759, 58, 795, 6321, 13, 0, 4, 5, 6, 8, 759, 774, 778, 779, 780, 790, 793, 795, 20, 796, 8, 790, 34, 797, 796, 51, 798, 3, 4, 797, -2, 66, 794, 798, 57, 6324, 66, 794, -11, 53, 778, 793, 794, -2, 20, 790, 790, -4, 57, 6255, 66, 3, 774, 49, 2, 3, 774, -80, 66, 4, 778, 48, 1, 1, 774, -18, 57, 7301, 20, 800, 8, -102, 34, 801, 800, 51, 802, 3, 4, 801, -2, 45, 799, 802, 34, 804, 8, 51, 805, 3, 4, 804, -2, 45, 806, 805, 20, 803, 806, 799, 20, 808, 8, -4, 34, 809, 808, 51, 810, 3, 4, 809, -2, 45, 807, 810, 29, 812, 799, -9, 58, 812, 6430, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 803, 807, 812, 28, 813, 803, 807, 66, 811, 813, 57, 6437, 28, 814, 807, 803, 66, 811, 814, 58, 811, 6504, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 803, 811, 49, 815, 3, 2, -7, 34, 816, 7, 52, 817, 1, 815, 816, -2, 20, 818, 1, 817, 34, 819, 818, 33, 1, 819, 34, 820, 8, 42, 821, 803, 53, 4, 820, 821, -2, 20, 822, 8, -104, 34, 823, 822, 42, 824, 803, 53, 4, 823, 824, -2, 57, 6504, 57, 7301, 34, 826, 8, 51, 825, 3, 4, 826, -2, 20, 828, 8, -4, 34, 829, 828, 51, 827, 3, 4, 829, -2, 20, 831, 8, -102, 34, 832, 831, 51, 830, 3, 4, 832, -2, 40, 833, 825, 37, 834, 833, -25, 35, 835, 834, 35, 836, 835, 66, 837, 835, 58, 836, 6587, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 827, 830, 836, 837, 40, 838, 827, 37, 839, 838, -25, 35, 840, 839, 66, 837, 840, 35, 841, 837, 66, 842, 837, 58, 841, 6622, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 830, 841, 842, 40, 843, 830, 37, 844, 843, -25, 35, 845, 844, 66, 842, 845, 58, 842, 6660, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 842, 50, 3, 1, -18, 61, -105, -1, 0, 3, 0, 4, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 57, 6660, 34, 846, 8, 34, 847, 8, 51, 848, 3, 4, 847, -2, 45, 849, 848, 20, 850, 8, -102, 34, 851, 850, 51, 852, 3, 4, 851, -2, 45, 853, 852, 21, 854, 849, 853, 42, 855, 854, 53, 4, 846, 855, -2, 49, 856, 3, 2, -7, 34, 857, 7, 52, 858, 1, 856, 857, -2, 20, 859, 1, 858, 34, 860, 859, 33, 1, 860, 57, 7301, 50, 3, 1, -18, 49, 862, 3, 2, -10, 34, 863, 7, 52, 861, 1, 862, 863, -2, 61, -106, -1, 0, 4, 0, 4, 8, 861, 8, 0, 1, 2, 3, 4, 5, 6, 8, 20, 865, 8, -104, 34, 866, 865, 51, 864, 3, 4, 866, -2, 37, 867, 864, -11, 35, 868, 867, 58, 868, 6859, 10, 0, 1, 2, 3, 4, 5, 6, 8, 864, 868, 20, 869, 8, -102, 34, 870, 869, 53, 4, 870, 864, -2, 49, 872, 3, 2, -7, 34, 873, 1, 52, 871, 1, 872, 873, -2, 20, 874, 1, -4, 20, 875, 874, 871, 34, 876, 875, 33, 1, 876, 27, 877, 871, -9, 58, 877, 6857, 8, 0, 1, 2, 3, 4, 5, 6, 877, 57, 6857, 57, 6869, 20, 878, 1, -4, 34, 879, 878, 33, 1, 879, 57, 7301, 49, 881, 3, 2, -7, 34, 882, 7, 52, 880, 1, 881, 882, -2, 31, 885, 880, -9, 35, 886, 885, 58, 886, 6912, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 880, 886, 66, 884, 880, 57, 6928, 48, 887, 1, 3, -74, 21, 888, 887, 8, 21, 889, 888, -4, 66, 884, 889, 66, 883, 884, 49, 890, 3, 2, -10, 34, 891, 7, 52, 892, 1, 890, 891, -2, 61, -107, -1, 0, 5, 0, 4, 8, 883, 892, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7301, 48, 893, 3, 3, -92, 37, 894, 893, -11, 35, 895, 894, 58, 895, 7008, 9, 0, 1, 2, 3, 4, 5, 6, 8, 895, 61, -108, -1, 0, 3, 0, 3, 8, 7, 0, 1, 2, 3, 4, 5, 6, 57, 7008, 57, 7301, 34, 896, 8, 49, 897, 3, 2, -110, 49, 898, 3, 2, -7, 34, 899, 7, 52, 900, 1, 898, 899, -2, 34, 901, 900, 52, 902, 3, 897, 901, -2, 61, -109, 903, 0, 3, 0, 3, 902, 8, 0, 1, 2, 3, 4, 5, 6, 896, 53, 4, 896, 903, -2, 57, 7301, 49, 905, 3, 2, -7, 34, 906, 7, 52, 904, 1, 905, 906, -2, 49, 907, 3, 3, -111, 54, 908, 907, -2, 31, 909, 904, -9, 58, 909, 7174, 12, 0, 1, 2, 3, 4, 5, 6, 8, 904, 907, 908, 909, 66, 910, -9, 33, 911, 908, 27, 912, 910, 911, 58, 912, 7161, 12, 0, 1, 2, 3, 4, 5, 6, 8, 907, 908, 910, 912, 20, 913, 8, 910, 34, 914, 913, 34, 915, 910, 51, 916, 3, 907, 915, -2, 53, 4, 914, 916, -2, 20, 910, 910, -4, 57, 7111, 33, 917, 908, 20, 918, 8, 917, 50, 3, 918, -74, 57, 7262, 66, 919, -9, 21, 920, 904, -4, 27, 921, 919, 920, 58, 921, 7262, 13, 0, 1, 2, 3, 4, 5, 6, 8, 904, 907, 908, 919, 921, 20, 922, 8, 919, 34, 923, 922, 33, 925, 908, 27, 926, 919, 925, 58, 926, 7248, 14, 0, 1, 2, 3, 4, 5, 6, 8, 904, 907, 908, 919, 923, 926, 34, 927, 919, 51, 928, 3, 907, 927, -2, 66, 924, 928, 57, 7251, 66, 924, -11, 53, 4, 923, 924, -2, 20, 919, 919, -4, 57, 7177, 57, 7301, 50, 3, 1, -18, 49, 929, 3, 2, -6, 34, 930, 7, 52, 931, 1, 929, 930, -2, 61, -114, 932, 1, 2, -113, 931, 1, 0, 61, -112, 933, 0, 2, 0, 932, 0, 63, 933, 67, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6] },
    { name: "LuaTable.getStr", args: [0, 1], kinds: "rrfrrbrir",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(undefined), __metajit.pool.field("slots"), __metajit.pool.array("any")],
      code: [48, 3, 3, 0, -1, 60, 9, 2, 2, 3, 1, 1, 0, 27, 5, 2, -3, 58, 5, 29, 3, 0, 2, 5, 66, 4, -4, 57, 46, 48, 6, 3, 0, -5, 34, 7, 2, 51, 8, 3, 6, 7, -6, 66, 4, 8, 62, 4] },
    { name: "LuaTable.getInt", args: [0, 1], kinds: "rffrifbbbbifbirrr",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any")],
      code: [21, 2, 1, -2, 48, 3, 3, 0, -3, 34, 4, 2, 33, 5, 4, 31, 6, 5, 2, 66, 7, 6, 58, 6, 39, 6, 0, 1, 2, 3, 6, 7, 30, 8, 2, -5, 66, 7, 8, 66, 9, 7, 58, 7, 66, 6, 0, 1, 2, 3, 7, 9, 54, 10, 3, -6, 33, 11, 10, 27, 12, 2, 11, 66, 9, 12, 58, 9, 86, 5, 0, 1, 2, 3, 9, 34, 13, 2, 51, 14, 3, 3, 13, -6, 62, 14, 42, 15, 1, 60, 10, 16, 2, 0, 15, 0, 62, 16] },
    { name: "LuaTable.get", args: [0, 1], kinds: "rrrbrrbfrr",
      pool: [__metajit.pool.ref("string"), __metajit.pool.ref("number")],
      code: [40, 2, 1, 37, 3, 2, -1, 58, 3, 23, 3, 0, 1, 3, 60, 1, 4, 2, 0, 1, 0, 62, 4, 40, 5, 1, 37, 6, 5, -2, 58, 6, 49, 3, 0, 1, 6, 45, 7, 1, 60, 2, 8, 2, 0, 7, 0, 62, 8, 60, 10, 9, 2, 0, 1, 0, 62, 9] },
    { name: "LuaTable.setStr", args: [0, 1, 2], kinds: "rrrfrbri",
      pool: [__metajit.pool.field("shape"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.field("slots"), __metajit.pool.array("any"), __metajit.pool.ref(undefined), __metajit.pool.ref(__metajit.methodCaller("newStrKey"))],
      code: [48, 4, 3, 0, -1, 60, 9, 3, 2, 4, 1, 3, 0, 1, 2, 30, 5, 3, -3, 58, 5, 43, 5, 0, 1, 2, 3, 5, 48, 6, 3, 0, -4, 34, 7, 3, 53, 6, 7, 2, -5, 62, -6, 61, -7, -1, 0, 3, 0, 1, 2, 0, 62, -6] },
    { name: "LuaTable.setInt", args: [0, 1, 2], kinds: "rfrfrifbbbbifbi",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("arr"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.array("any"), __metajit.pool.ref(undefined)],
      code: [21, 3, 1, -2, 48, 4, 3, 0, -3, 34, 5, 3, 33, 6, 5, 31, 7, 6, 3, 66, 8, 7, 58, 7, 40, 7, 0, 1, 2, 3, 4, 7, 8, 30, 9, 3, -5, 66, 8, 9, 66, 10, 8, 58, 8, 68, 7, 0, 1, 2, 3, 4, 8, 10, 54, 11, 4, -6, 33, 12, 11, 27, 13, 3, 12, 66, 10, 13, 58, 10, 88, 6, 0, 1, 2, 3, 4, 10, 34, 14, 3, 53, 4, 14, 2, -6, 62, -7, 60, 11, -1, 3, 0, 1, 2, 0, 62, -7] },
    { name: "LuaTable.length", args: [0], kinds: "rrfibbfirbffbffffirbfbf",
      pool: [__metajit.pool.field("arr"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.ref(Math.floor), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.field("hashCap")],
      code: [48, 1, 3, 0, -1, 54, 3, 1, -2, 33, 2, 3, 29, 4, 2, -4, 66, 5, 4, 58, 4, 48, 5, 0, 1, 2, 4, 5, 21, 6, 2, -6, 34, 7, 6, 51, 8, 3, 1, 7, -2, 37, 9, 8, -7, 66, 5, 9, 58, 5, 131, 4, 0, 1, 2, 5, 66, 10, -4, 21, 11, 2, 10, 29, 12, 11, -6, 58, 12, 129, 4, 1, 2, 10, 12, 20, 14, 10, 2, 23, 15, 14, -10, 61, -8, 13, 1, 1, 15, 3, 1, 2, 10, 21, 16, 13, -6, 34, 17, 16, 51, 18, 3, 1, 17, -2, 37, 19, 18, -7, 58, 19, 124, 5, 1, 2, 10, 13, 19, 66, 2, 13, 57, 127, 66, 10, 13, 57, 59, 62, 10, 48, 20, 1, 0, -11, 31, 21, 20, -4, 58, 21, 149, 3, 0, 2, 21, 62, 2, 60, 12, 22, 2, 0, 2, 0, 62, 22] },
    { name: "Interpreter.pushFrame", args: [0, 1, 2, 3, 4, 5, 6, 7], kinds: "rrrrfffffffbrrririf",
      pool: [__metajit.pool.field("depth"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("callLimit"), __metajit.pool.ref(__metajit.methodCaller("stackOverflow")), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [48, 8, 1, 1, -1, 20, 9, 8, -3, 48, 10, 1, 0, -4, 30, 11, 9, 10, 58, 11, 41, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 61, -5, 12, 0, 1, 0, 0, 63, 12, 60, 13, 13, 7, 0, 2, 3, 4, 5, 6, 7, 3, 1, 2, 8, 48, 14, 3, 1, -6, 34, 15, 8, 53, 14, 15, 2, -7, 48, 16, 3, 1, -8, 34, 17, 8, 53, 16, 17, 13, -7, 20, 18, 8, -3, 50, 1, 18, -1, 62, 13] },
    { name: "Interpreter.tailFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrrffrrffffffriri",
      pool: [__metajit.pool.field("retBase"), __metajit.pool.field("nresults"), __metajit.pool.field("tailcalls"), __metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.field("depth"), __metajit.pool.field("fns"), __metajit.pool.array("any"), __metajit.pool.field("frames")],
      code: [49, 8, 1, 6, -1, 49, 9, 1, 6, -2, 60, 13, 7, 7, 0, 2, 3, 4, 5, 8, 9, 3, 1, 2, 6, 48, 10, 1, 6, -3, 20, 11, 10, -5, 50, 7, 11, -3, 48, 13, 1, 1, -6, 21, 12, 13, -5, 48, 14, 3, 1, -7, 34, 15, 12, 53, 14, 15, 2, -8, 48, 16, 3, 1, -9, 34, 17, 12, 53, 16, 17, 7, -8, 62, 7] },
    { name: "Shape.lookup", args: [0, 1], kinds: "rrrifbffbirbrrfbf",
      pool: [__metajit.pool.field("keys"), __metajit.pool.array("any"), __metajit.pool.int(8), __metajit.pool.float(8), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.float(1), __metajit.pool.int(-1), __metajit.pool.float(-1), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.ref(undefined)],
      code: [49, 2, 3, 0, -1, 54, 3, 2, -2, 33, 4, 3, 28, 5, 4, -4, 58, 5, 76, 5, 0, 1, 2, 3, 5, 66, 6, -6, 33, 7, 3, 27, 8, 6, 7, 58, 8, 74, 5, 1, 2, 3, 6, 8, 34, 9, 6, 51, 10, 3, 2, 9, -2, 37, 11, 10, 1, 58, 11, 68, 5, 1, 2, 3, 6, 11, 62, 6, 20, 6, 6, -7, 57, 28, 62, -9, 49, 13, 3, 0, -10, 61, -11, 12, 0, 2, 13, 1, 0, 37, 15, 12, -12, 58, 15, 104, 2, 12, 15, 66, 14, -9, 57, 110, 45, 16, 12, 66, 14, 16, 62, 14] },
    { name: "LuaTable.getHashed", args: [0, 1], kinds: "rrrbrrrbrfir",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any")],
      code: [48, 2, 3, 0, -1, 37, 3, 2, -2, 58, 3, 18, 3, 1, 2, 3, 62, -2, 49, 5, 3, 2, -3, 61, -4, 4, 0, 2, 5, 1, 1, 2, 37, 7, 4, -2, 58, 7, 48, 3, 2, 4, 7, 66, 6, -2, 57, 68, 49, 8, 3, 2, -5, 45, 9, 4, 34, 10, 9, 51, 11, 3, 8, 10, -6, 66, 6, 11, 62, 6] },
    { name: "LuaTable.setNumSlow", args: [0, 1, 2], kinds: "rfrrbbrrbbrfibbrfb",
      pool: [__metajit.pool.field("hash"), __metajit.pool.ref(undefined), __metajit.pool.field("index"), __metajit.pool.ref(__metajit.methodCaller("get")), __metajit.pool.field("vals"), __metajit.pool.array("any"), __metajit.pool.ref(__metajit_ref_4), __metajit.pool.ref("table index is NaN"), __metajit.pool.ref(__metajit.methodCaller("newKey")), __metajit.pool.int(0), __metajit.pool.float(0)],
      code: [48, 3, 3, 0, -1, 37, 4, 3, -2, 35, 5, 4, 58, 5, 75, 5, 0, 1, 2, 3, 5, 49, 7, 3, 3, -3, 61, -4, 6, 0, 2, 7, 1, 4, 0, 1, 2, 3, 37, 8, 6, -2, 35, 9, 8, 58, 9, 73, 6, 0, 1, 2, 3, 6, 9, 49, 10, 3, 3, -5, 45, 11, 6, 34, 12, 11, 53, 10, 12, 2, -6, 62, -2, 57, 75, 31, 13, 1, 1, 35, 14, 13, 58, 14, 99, 4, 0, 1, 2, 14, 61, -7, 15, 0, 1, -8, 0, 63, 15, 31, 17, 1, -11, 58, 17, 116, 4, 0, 1, 2, 17, 66, 16, -11, 57, 119, 66, 16, 1, 61, -9, -1, 0, 3, 0, 16, 2, 0, 62, -2] },
    { name: "LuaTable.unboundSearch", args: [0, 1], kinds: "rfffrbbbrbbffbfffrb",
      pool: [__metajit.pool.int(1), __metajit.pool.float(1), __metajit.pool.ref(undefined), __metajit.pool.int(2), __metajit.pool.float(2), __metajit.pool.int(2147483647), __metajit.pool.float(2147483647), __metajit.pool.ref(Math.floor)],
      code: [66, 2, 1, 20, 3, 1, -2, 60, 2, 4, 2, 0, 3, 3, 0, 2, 3, 37, 5, 4, -3, 35, 6, 5, 58, 6, 91, 4, 0, 2, 3, 6, 66, 2, 3, 22, 3, 3, -5, 29, 7, 3, -7, 58, 7, 89, 4, 0, 2, 3, 7, 66, 2, -2, 60, 2, 8, 2, 0, 2, 2, 0, 2, 37, 9, 8, -3, 35, 10, 9, 58, 10, 83, 3, 0, 2, 10, 20, 2, 2, -2, 57, 54, 21, 11, 2, -2, 62, 11, 57, 7, 21, 12, 3, 2, 29, 13, 12, -2, 58, 13, 159, 4, 0, 2, 3, 13, 20, 15, 2, 3, 23, 16, 15, -5, 61, -8, 14, 1, 1, 16, 3, 0, 2, 3, 60, 2, 17, 2, 0, 14, 4, 0, 2, 3, 14, 37, 18, 17, -3, 58, 18, 154, 5, 0, 2, 3, 14, 18, 66, 3, 14, 57, 157, 66, 2, 14, 57, 91, 62, 2] },
    { name: "Interpreter.newFrame", args: [0, 1, 2, 3, 4, 5, 6], kinds: "rrrffffrfrfbrbfirfffbfrrbbbffrrbirr",
      pool: [__metajit.pool.field("proto"), __metajit.pool.field("numParams"), __metajit.pool.array("any"), __metajit.pool.int(0), __metajit.pool.float(0), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.ref(undefined), __metajit.pool.float(1), __metajit.pool.field("maxStack"), __metajit.pool.ref(__metajit.methodCaller("push")), __metajit.pool.field("isVararg"), __metajit.pool.ref(__metajit.methodCaller("slice")), __metajit.pool.field("noVarargs"), __metajit.pool.field("needsArg"), __metajit.pool.ref(argTable), __metajit.pool.ref(__metajit_ref_5)],
      code: [49, 7, 3, 1, -1, 49, 8, 1, 7, -2, 56, 9, -4, -3, 66, 10, -5, 27, 11, 10, 8, 58, 11, 103, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 27, 13, 10, 4, 58, 13, 75, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 20, 14, 3, 10, 34, 15, 14, 51, 16, 3, 2, 15, -3, 66, 12, 16, 57, 78, 66, 12, -7, 61, -6, 17, 0, 2, 9, 12, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 10, 10, -8, 57, 17, 66, 18, 8, 49, 19, 1, 7, -9, 27, 20, 18, 19, 58, 20, 156, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 61, -10, 21, 0, 2, 9, -7, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 18, 20, 18, 18, -8, 57, 106, 49, 24, 2, 7, -11, 66, 25, 24, 58, 24, 187, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 24, 25, 29, 26, 4, 8, 66, 25, 26, 58, 25, 230, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 25, 20, 27, 3, 8, 20, 28, 3, 4, 61, -12, 29, 0, 3, 2, 27, 28, 6, 1, 5, 6, 7, 8, 9, 66, 23, 29, 57, 238, 49, 30, 3, 0, -13, 66, 23, 30, 66, 22, 23, 49, 31, 2, 1, -14, 58, 31, 282, 8, 1, 5, 6, 7, 8, 9, 22, 31, 34, 32, 8, 61, -15, 33, 0, 1, 22, 7, 1, 5, 6, 7, 9, 22, 32, 53, 9, 32, 33, -3, 57, 282, 55, 34, -16, 60, 14, -1, 7, 34, 1, 7, 9, 22, 5, 6, 1, 34, 62, 34] },
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
let __metajit_k0_39!: __metajit_Const;
let __metajit_k0_40!: __metajit_Const;
let __metajit_k0_42!: __metajit_Const;
let __metajit_k0_43!: __metajit_Const;
let __metajit_k0_45!: __metajit_Const;
let __metajit_k0_46!: __metajit_Const;
let __metajit_k0_48!: __metajit_Const;
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
let __metajit_k0_69!: __metajit_Const;
let __metajit_k0_60!: __metajit_Const;
let __metajit_k0_72!: __metajit_Const;
let __metajit_d0_73!: __metajit_FieldDescr;
let __metajit_k0_3!: __metajit_Const;
let __metajit_k0_74!: __metajit_Const;
let __metajit_k0_75!: __metajit_Const;
let __metajit_k0_76!: __metajit_Const;
let __metajit_k0_77!: __metajit_Const;
let __metajit_k0_78!: __metajit_Const;
let __metajit_d0_79!: __metajit_FieldDescr;
let __metajit_k0_8!: __metajit_Const;
let __metajit_k0_81!: __metajit_Const;
let __metajit_k0_80!: __metajit_Const;
let __metajit_d0_82!: __metajit_FieldDescr;
let __metajit_d0_83!: __metajit_FieldDescr;
let __metajit_d0_84!: __metajit_FieldDescr;
let __metajit_d0_85!: __metajit_FieldDescr;
let __metajit_k0_86!: __metajit_Const;
let __metajit_k0_87!: __metajit_Const;
let __metajit_k0_88!: __metajit_Const;
let __metajit_k0_89!: __metajit_Const;
let __metajit_k0_90!: __metajit_Const;
let __metajit_d0_91!: __metajit_FieldDescr;
let __metajit_k0_92!: __metajit_Const;
let __metajit_k0_4!: __metajit_Const;
let __metajit_k0_94!: __metajit_Const;
let __metajit_k0_93!: __metajit_Const;
let __metajit_k0_20!: __metajit_Const;
let __metajit_k0_95!: __metajit_Const;
let __metajit_k0_96!: __metajit_Const;
let __metajit_d0_97!: __metajit_FieldDescr;
let __metajit_d0_98!: __metajit_FieldDescr;
let __metajit_d0_99!: __metajit_FieldDescr;
let __metajit_k0_104!: __metajit_Const;
let __metajit_k0_105!: __metajit_Const;
let __metajit_k0_106!: __metajit_Const;
let __metajit_k0_107!: __metajit_Const;
let __metajit_k0_108!: __metajit_Const;
let __metajit_d0_110!: __metajit_FieldDescr;
let __metajit_k0_113!: __metajit_Const;
let __metajit_k0_112!: __metajit_Const;
let __metajit_k0_111!: __metajit_Const;
let __metajit_d1_0!: __metajit_FieldDescr;
let __metajit_k1_2!: __metajit_Const;
let __metajit_k1_3!: __metajit_Const;
let __metajit_d1_4!: __metajit_FieldDescr;
let __metajit_d1_5!: __metajit_ArrayDescr;
let __metajit_k2_1!: __metajit_Const;
let __metajit_d2_2!: __metajit_FieldDescr;
let __metajit_k2_4!: __metajit_Const;
let __metajit_d2_5!: __metajit_ArrayDescr;
let __metajit_k3_0!: __metajit_Const;
let __metajit_k3_1!: __metajit_Const;
let __metajit_d4_0!: __metajit_FieldDescr;
let __metajit_k4_2!: __metajit_Const;
let __metajit_d4_3!: __metajit_FieldDescr;
let __metajit_d4_4!: __metajit_ArrayDescr;
let __metajit_k4_5!: __metajit_Const;
let __metajit_k4_6!: __metajit_Const;
let __metajit_k5_1!: __metajit_Const;
let __metajit_d5_2!: __metajit_FieldDescr;
let __metajit_k5_4!: __metajit_Const;
let __metajit_d5_5!: __metajit_ArrayDescr;
let __metajit_k5_6!: __metajit_Const;
let __metajit_d6_0!: __metajit_FieldDescr;
let __metajit_d6_1!: __metajit_ArrayDescr;
let __metajit_k6_3!: __metajit_Const;
let __metajit_k6_5!: __metajit_Const;
let __metajit_k6_6!: __metajit_Const;
let __metajit_k6_9!: __metajit_Const;
let __metajit_k6_7!: __metajit_Const;
let __metajit_d6_10!: __metajit_FieldDescr;
let __metajit_d7_0!: __metajit_FieldDescr;
let __metajit_k7_2!: __metajit_Const;
let __metajit_d7_3!: __metajit_FieldDescr;
let __metajit_k7_4!: __metajit_Const;
let __metajit_d7_5!: __metajit_FieldDescr;
let __metajit_d7_6!: __metajit_ArrayDescr;
let __metajit_d7_7!: __metajit_FieldDescr;
let __metajit_d8_0!: __metajit_FieldDescr;
let __metajit_d8_1!: __metajit_FieldDescr;
let __metajit_d8_2!: __metajit_FieldDescr;
let __metajit_k8_4!: __metajit_Const;
let __metajit_d8_5!: __metajit_FieldDescr;
let __metajit_d8_6!: __metajit_FieldDescr;
let __metajit_d8_7!: __metajit_ArrayDescr;
let __metajit_d8_8!: __metajit_FieldDescr;
let __metajit_d9_0!: __metajit_FieldDescr;
let __metajit_d9_1!: __metajit_ArrayDescr;
let __metajit_k9_3!: __metajit_Const;
let __metajit_k9_5!: __metajit_Const;
let __metajit_k9_8!: __metajit_Const;
let __metajit_d9_9!: __metajit_FieldDescr;
let __metajit_k9_10!: __metajit_Const;
let __metajit_k9_11!: __metajit_Const;
let __metajit_d10_0!: __metajit_FieldDescr;
let __metajit_k10_1!: __metajit_Const;
let __metajit_d10_2!: __metajit_FieldDescr;
let __metajit_k10_3!: __metajit_Const;
let __metajit_d10_4!: __metajit_FieldDescr;
let __metajit_d10_5!: __metajit_ArrayDescr;
let __metajit_d11_0!: __metajit_FieldDescr;
let __metajit_k11_1!: __metajit_Const;
let __metajit_d11_2!: __metajit_FieldDescr;
let __metajit_k11_3!: __metajit_Const;
let __metajit_d11_4!: __metajit_FieldDescr;
let __metajit_d11_5!: __metajit_ArrayDescr;
let __metajit_k11_6!: __metajit_Const;
let __metajit_k11_7!: __metajit_Const;
let __metajit_k11_10!: __metajit_Const;
let __metajit_k11_8!: __metajit_Const;
let __metajit_k12_1!: __metajit_Const;
let __metajit_k12_2!: __metajit_Const;
let __metajit_k12_4!: __metajit_Const;
let __metajit_k12_6!: __metajit_Const;
let __metajit_k12_7!: __metajit_Const;
let __metajit_d13_0!: __metajit_FieldDescr;
let __metajit_d13_1!: __metajit_FieldDescr;
let __metajit_k13_3!: __metajit_Const;
let __metajit_d13_2!: __metajit_ArrayDescr;
let __metajit_k13_4!: __metajit_Const;
let __metajit_k13_6!: __metajit_Const;
let __metajit_k13_5!: __metajit_Const;
let __metajit_d13_8!: __metajit_FieldDescr;
let __metajit_k13_9!: __metajit_Const;
let __metajit_k13_7!: __metajit_Const;
let __metajit_d13_10!: __metajit_FieldDescr;
let __metajit_k13_11!: __metajit_Const;
let __metajit_d13_12!: __metajit_FieldDescr;
let __metajit_d13_13!: __metajit_FieldDescr;
let __metajit_k13_14!: __metajit_Const;
let __metajit_k13_15!: __metajit_Const;
let __metajit_k14_1!: __metajit_Const;
let __metajit_d14_2!: __metajit_FieldDescr;
let __metajit_d14_3!: __metajit_FieldDescr;
let __metajit_k14_4!: __metajit_Const;
let __metajit_d14_5!: __metajit_FieldDescr;
let __metajit_d14_6!: __metajit_FieldDescr;
let __metajit_d14_7!: __metajit_FieldDescr;
let __metajit_d14_8!: __metajit_FieldDescr;
let __metajit_d14_9!: __metajit_FieldDescr;
let __metajit_d14_10!: __metajit_FieldDescr;
let __metajit_d14_11!: __metajit_FieldDescr;
let __metajit_d14_12!: __metajit_FieldDescr;
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
function __metajit_init(): void {
  if (__metajit_ready) return;
  const table = __metajit_jitcodes();
  __metajit_G.checkTable(table, [["Interpreter.run.portal", 7318], ["LuaTable.getStr", 48], ["LuaTable.getInt", 98], ["LuaTable.get", 58], ["LuaTable.setStr", 54], ["LuaTable.setInt", 98], ["LuaTable.length", 158], ["Interpreter.pushFrame", 92], ["Interpreter.tailFrame", 75], ["Shape.lookup", 112], ["LuaTable.getHashed", 70], ["LuaTable.setNumSlow", 130], ["LuaTable.unboundSearch", 161], ["Interpreter.newFrame", 300], ["Frame.constructor", 42]]);
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
  __metajit_k0_69 = pool0[69] as __metajit_Const;
  __metajit_k0_60 = pool0[60] as __metajit_Const;
  __metajit_k0_72 = pool0[72] as __metajit_Const;
  __metajit_d0_73 = pool0[73] as __metajit_FieldDescr;
  __metajit_k0_3 = pool0[3] as __metajit_Const;
  __metajit_k0_74 = pool0[74] as __metajit_Const;
  __metajit_k0_75 = pool0[75] as __metajit_Const;
  __metajit_k0_76 = pool0[76] as __metajit_Const;
  __metajit_k0_77 = pool0[77] as __metajit_Const;
  __metajit_k0_78 = pool0[78] as __metajit_Const;
  __metajit_d0_79 = pool0[79] as __metajit_FieldDescr;
  __metajit_k0_8 = pool0[8] as __metajit_Const;
  __metajit_k0_81 = pool0[81] as __metajit_Const;
  __metajit_k0_80 = pool0[80] as __metajit_Const;
  __metajit_d0_82 = pool0[82] as __metajit_FieldDescr;
  __metajit_d0_83 = pool0[83] as __metajit_FieldDescr;
  __metajit_d0_84 = pool0[84] as __metajit_FieldDescr;
  __metajit_d0_85 = pool0[85] as __metajit_FieldDescr;
  __metajit_k0_86 = pool0[86] as __metajit_Const;
  __metajit_k0_87 = pool0[87] as __metajit_Const;
  __metajit_k0_88 = pool0[88] as __metajit_Const;
  __metajit_k0_89 = pool0[89] as __metajit_Const;
  __metajit_k0_90 = pool0[90] as __metajit_Const;
  __metajit_d0_91 = pool0[91] as __metajit_FieldDescr;
  __metajit_k0_92 = pool0[92] as __metajit_Const;
  __metajit_k0_4 = pool0[4] as __metajit_Const;
  __metajit_k0_94 = pool0[94] as __metajit_Const;
  __metajit_k0_93 = pool0[93] as __metajit_Const;
  __metajit_k0_20 = pool0[20] as __metajit_Const;
  __metajit_k0_95 = pool0[95] as __metajit_Const;
  __metajit_k0_96 = pool0[96] as __metajit_Const;
  __metajit_d0_97 = pool0[97] as __metajit_FieldDescr;
  __metajit_d0_98 = pool0[98] as __metajit_FieldDescr;
  __metajit_d0_99 = pool0[99] as __metajit_FieldDescr;
  __metajit_k0_104 = pool0[104] as __metajit_Const;
  __metajit_k0_105 = pool0[105] as __metajit_Const;
  __metajit_k0_106 = pool0[106] as __metajit_Const;
  __metajit_k0_107 = pool0[107] as __metajit_Const;
  __metajit_k0_108 = pool0[108] as __metajit_Const;
  __metajit_d0_110 = pool0[110] as __metajit_FieldDescr;
  __metajit_k0_113 = pool0[113] as __metajit_Const;
  __metajit_k0_112 = pool0[112] as __metajit_Const;
  __metajit_k0_111 = pool0[111] as __metajit_Const;
  __metajit_d1_0 = pool1[0] as __metajit_FieldDescr;
  __metajit_k1_2 = pool1[2] as __metajit_Const;
  __metajit_k1_3 = pool1[3] as __metajit_Const;
  __metajit_d1_4 = pool1[4] as __metajit_FieldDescr;
  __metajit_d1_5 = pool1[5] as __metajit_ArrayDescr;
  __metajit_k2_1 = pool2[1] as __metajit_Const;
  __metajit_d2_2 = pool2[2] as __metajit_FieldDescr;
  __metajit_k2_4 = pool2[4] as __metajit_Const;
  __metajit_d2_5 = pool2[5] as __metajit_ArrayDescr;
  __metajit_k3_0 = pool3[0] as __metajit_Const;
  __metajit_k3_1 = pool3[1] as __metajit_Const;
  __metajit_d4_0 = pool4[0] as __metajit_FieldDescr;
  __metajit_k4_2 = pool4[2] as __metajit_Const;
  __metajit_d4_3 = pool4[3] as __metajit_FieldDescr;
  __metajit_d4_4 = pool4[4] as __metajit_ArrayDescr;
  __metajit_k4_5 = pool4[5] as __metajit_Const;
  __metajit_k4_6 = pool4[6] as __metajit_Const;
  __metajit_k5_1 = pool5[1] as __metajit_Const;
  __metajit_d5_2 = pool5[2] as __metajit_FieldDescr;
  __metajit_k5_4 = pool5[4] as __metajit_Const;
  __metajit_d5_5 = pool5[5] as __metajit_ArrayDescr;
  __metajit_k5_6 = pool5[6] as __metajit_Const;
  __metajit_d6_0 = pool6[0] as __metajit_FieldDescr;
  __metajit_d6_1 = pool6[1] as __metajit_ArrayDescr;
  __metajit_k6_3 = pool6[3] as __metajit_Const;
  __metajit_k6_5 = pool6[5] as __metajit_Const;
  __metajit_k6_6 = pool6[6] as __metajit_Const;
  __metajit_k6_9 = pool6[9] as __metajit_Const;
  __metajit_k6_7 = pool6[7] as __metajit_Const;
  __metajit_d6_10 = pool6[10] as __metajit_FieldDescr;
  __metajit_d7_0 = pool7[0] as __metajit_FieldDescr;
  __metajit_k7_2 = pool7[2] as __metajit_Const;
  __metajit_d7_3 = pool7[3] as __metajit_FieldDescr;
  __metajit_k7_4 = pool7[4] as __metajit_Const;
  __metajit_d7_5 = pool7[5] as __metajit_FieldDescr;
  __metajit_d7_6 = pool7[6] as __metajit_ArrayDescr;
  __metajit_d7_7 = pool7[7] as __metajit_FieldDescr;
  __metajit_d8_0 = pool8[0] as __metajit_FieldDescr;
  __metajit_d8_1 = pool8[1] as __metajit_FieldDescr;
  __metajit_d8_2 = pool8[2] as __metajit_FieldDescr;
  __metajit_k8_4 = pool8[4] as __metajit_Const;
  __metajit_d8_5 = pool8[5] as __metajit_FieldDescr;
  __metajit_d8_6 = pool8[6] as __metajit_FieldDescr;
  __metajit_d8_7 = pool8[7] as __metajit_ArrayDescr;
  __metajit_d8_8 = pool8[8] as __metajit_FieldDescr;
  __metajit_d9_0 = pool9[0] as __metajit_FieldDescr;
  __metajit_d9_1 = pool9[1] as __metajit_ArrayDescr;
  __metajit_k9_3 = pool9[3] as __metajit_Const;
  __metajit_k9_5 = pool9[5] as __metajit_Const;
  __metajit_k9_8 = pool9[8] as __metajit_Const;
  __metajit_d9_9 = pool9[9] as __metajit_FieldDescr;
  __metajit_k9_10 = pool9[10] as __metajit_Const;
  __metajit_k9_11 = pool9[11] as __metajit_Const;
  __metajit_d10_0 = pool10[0] as __metajit_FieldDescr;
  __metajit_k10_1 = pool10[1] as __metajit_Const;
  __metajit_d10_2 = pool10[2] as __metajit_FieldDescr;
  __metajit_k10_3 = pool10[3] as __metajit_Const;
  __metajit_d10_4 = pool10[4] as __metajit_FieldDescr;
  __metajit_d10_5 = pool10[5] as __metajit_ArrayDescr;
  __metajit_d11_0 = pool11[0] as __metajit_FieldDescr;
  __metajit_k11_1 = pool11[1] as __metajit_Const;
  __metajit_d11_2 = pool11[2] as __metajit_FieldDescr;
  __metajit_k11_3 = pool11[3] as __metajit_Const;
  __metajit_d11_4 = pool11[4] as __metajit_FieldDescr;
  __metajit_d11_5 = pool11[5] as __metajit_ArrayDescr;
  __metajit_k11_6 = pool11[6] as __metajit_Const;
  __metajit_k11_7 = pool11[7] as __metajit_Const;
  __metajit_k11_10 = pool11[10] as __metajit_Const;
  __metajit_k11_8 = pool11[8] as __metajit_Const;
  __metajit_k12_1 = pool12[1] as __metajit_Const;
  __metajit_k12_2 = pool12[2] as __metajit_Const;
  __metajit_k12_4 = pool12[4] as __metajit_Const;
  __metajit_k12_6 = pool12[6] as __metajit_Const;
  __metajit_k12_7 = pool12[7] as __metajit_Const;
  __metajit_d13_0 = pool13[0] as __metajit_FieldDescr;
  __metajit_d13_1 = pool13[1] as __metajit_FieldDescr;
  __metajit_k13_3 = pool13[3] as __metajit_Const;
  __metajit_d13_2 = pool13[2] as __metajit_ArrayDescr;
  __metajit_k13_4 = pool13[4] as __metajit_Const;
  __metajit_k13_6 = pool13[6] as __metajit_Const;
  __metajit_k13_5 = pool13[5] as __metajit_Const;
  __metajit_d13_8 = pool13[8] as __metajit_FieldDescr;
  __metajit_k13_9 = pool13[9] as __metajit_Const;
  __metajit_k13_7 = pool13[7] as __metajit_Const;
  __metajit_d13_10 = pool13[10] as __metajit_FieldDescr;
  __metajit_k13_11 = pool13[11] as __metajit_Const;
  __metajit_d13_12 = pool13[12] as __metajit_FieldDescr;
  __metajit_d13_13 = pool13[13] as __metajit_FieldDescr;
  __metajit_k13_14 = pool13[14] as __metajit_Const;
  __metajit_k13_15 = pool13[15] as __metajit_Const;
  __metajit_k14_1 = pool14[1] as __metajit_Const;
  __metajit_d14_2 = pool14[2] as __metajit_FieldDescr;
  __metajit_d14_3 = pool14[3] as __metajit_FieldDescr;
  __metajit_k14_4 = pool14[4] as __metajit_Const;
  __metajit_d14_5 = pool14[5] as __metajit_FieldDescr;
  __metajit_d14_6 = pool14[6] as __metajit_FieldDescr;
  __metajit_d14_7 = pool14[7] as __metajit_FieldDescr;
  __metajit_d14_8 = pool14[8] as __metajit_FieldDescr;
  __metajit_d14_9 = pool14[9] as __metajit_FieldDescr;
  __metajit_d14_10 = pool14[10] as __metajit_FieldDescr;
  __metajit_d14_11 = pool14[11] as __metajit_FieldDescr;
  __metajit_d14_12 = pool14[12] as __metajit_FieldDescr;
  __metajit_o0 = { descr: __metajit_d0_1, type: "ref" };
  __metajit_o1 = { descr: __metajit_d0_1 };
  __metajit_o2 = { descr: __metajit_d0_11, type: "ref" };
  __metajit_o3 = { descr: __metajit_d0_12, type: "ref" };
  __metajit_o4 = { descr: __metajit_d0_13, type: "ref" };
  __metajit_o5 = { descr: __metajit_d0_14, type: "float" };
  __metajit_o6 = { descr: __metajit_d0_15, type: "ref" };
  __metajit_o7 = { descr: __metajit_d0_16, type: "ref" };
  __metajit_o8 = { descr: __metajit_d0_17 };
  __metajit_o9 = { descr: __metajit_d0_73, type: "float" };
  __metajit_o10 = { descr: __metajit_d0_79, type: "ref" };
  __metajit_o11 = { descr: __metajit_d0_82, type: "bool" };
  __metajit_o12 = { descr: __metajit_d0_83 };
  __metajit_o13 = { descr: __metajit_d0_84 };
  __metajit_o14 = { descr: __metajit_d0_85, type: "float" };
  __metajit_o15 = { descr: __metajit_d0_85 };
  __metajit_o16 = { descr: __metajit_d0_73 };
  __metajit_o17 = { descr: __metajit_d0_91, type: "ref" };
  __metajit_o18 = { descr: __metajit_d0_97, type: "ref" };
  __metajit_o19 = { descr: __metajit_d0_98, type: "float" };
  __metajit_o20 = { descr: __metajit_d0_99, type: "float" };
  __metajit_o21 = { descr: __metajit_d0_17, type: "float" };
  __metajit_o22 = { descr: __metajit_d0_110, type: "ref" };
  __metajit_o23 = { descr: __metajit_d1_0, type: "ref" };
  __metajit_o24 = { descr: __metajit_d1_4, type: "ref" };
  __metajit_o25 = { descr: __metajit_d1_5, type: "ref" };
  __metajit_o26 = { descr: __metajit_d2_2, type: "ref" };
  __metajit_o27 = { descr: __metajit_d2_5 };
  __metajit_o28 = { descr: __metajit_d2_5, type: "ref" };
  __metajit_o29 = { descr: __metajit_d4_0, type: "ref" };
  __metajit_o30 = { descr: __metajit_d4_3, type: "ref" };
  __metajit_o31 = { descr: __metajit_d4_4 };
  __metajit_o32 = { descr: __metajit_d5_2, type: "ref" };
  __metajit_o33 = { descr: __metajit_d5_5 };
  __metajit_o34 = { descr: __metajit_d6_0, type: "ref" };
  __metajit_o35 = { descr: __metajit_d6_1 };
  __metajit_o36 = { descr: __metajit_d6_1, type: "ref" };
  __metajit_o37 = { descr: __metajit_d6_10, type: "float" };
  __metajit_o38 = { descr: __metajit_d7_0, type: "float" };
  __metajit_o39 = { descr: __metajit_d7_3, type: "float" };
  __metajit_o40 = { descr: __metajit_d7_5, type: "ref" };
  __metajit_o41 = { descr: __metajit_d7_6 };
  __metajit_o42 = { descr: __metajit_d7_7, type: "ref" };
  __metajit_o43 = { descr: __metajit_d7_0 };
  __metajit_o44 = { descr: __metajit_d8_0, type: "float" };
  __metajit_o45 = { descr: __metajit_d8_1, type: "float" };
  __metajit_o46 = { descr: __metajit_d8_2, type: "float" };
  __metajit_o47 = { descr: __metajit_d8_2 };
  __metajit_o48 = { descr: __metajit_d8_5, type: "float" };
  __metajit_o49 = { descr: __metajit_d8_6, type: "ref" };
  __metajit_o50 = { descr: __metajit_d8_7 };
  __metajit_o51 = { descr: __metajit_d8_8, type: "ref" };
  __metajit_o52 = { descr: __metajit_d9_0, type: "ref" };
  __metajit_o53 = { descr: __metajit_d9_1 };
  __metajit_o54 = { descr: __metajit_d9_1, type: "ref" };
  __metajit_o55 = { descr: __metajit_d9_9, type: "ref" };
  __metajit_o56 = { descr: __metajit_d10_0, type: "ref" };
  __metajit_o57 = { descr: __metajit_d10_2, type: "ref" };
  __metajit_o58 = { descr: __metajit_d10_4, type: "ref" };
  __metajit_o59 = { descr: __metajit_d10_5, type: "ref" };
  __metajit_o60 = { descr: __metajit_d11_0, type: "ref" };
  __metajit_o61 = { descr: __metajit_d11_2, type: "ref" };
  __metajit_o62 = { descr: __metajit_d11_4, type: "ref" };
  __metajit_o63 = { descr: __metajit_d11_5 };
  __metajit_o64 = { descr: __metajit_d13_0, type: "ref" };
  __metajit_o65 = { descr: __metajit_d13_1, type: "float" };
  __metajit_o66 = { descr: __metajit_d13_2 };
  __metajit_o67 = { descr: __metajit_d13_2, type: "ref" };
  __metajit_o68 = { descr: __metajit_d13_8, type: "float" };
  __metajit_o69 = { descr: __metajit_d13_10, type: "bool" };
  __metajit_o70 = { descr: __metajit_d13_12, type: "ref" };
  __metajit_o71 = { descr: __metajit_d13_13, type: "bool" };
  __metajit_o72 = { descr: __metajit_d14_2 };
  __metajit_o73 = { descr: __metajit_d14_3 };
  __metajit_o74 = { descr: __metajit_d14_5 };
  __metajit_o75 = { descr: __metajit_d14_6 };
  __metajit_o76 = { descr: __metajit_d14_7 };
  __metajit_o77 = { descr: __metajit_d14_8 };
  __metajit_o78 = { descr: __metajit_d14_9 };
  __metajit_o79 = { descr: __metajit_d14_10 };
  __metajit_o80 = { descr: __metajit_d14_11 };
  __metajit_o81 = { descr: __metajit_d14_12 };
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
  let u113!: number;
  let b114: __metajit_Value | undefined;
  let b115: __metajit_Value | undefined;
  let b116: __metajit_Value | undefined;
  let u116!: unknown;
  let b117: __metajit_Value | undefined;
  let u117!: unknown;
  let b118: __metajit_Value | undefined;
  let u118!: unknown;
  let b119: __metajit_Value | undefined;
  let u119!: number;
  let b120: __metajit_Value | undefined;
  let u120!: number;
  let b121: __metajit_Value | undefined;
  let u121!: number;
  let b122: __metajit_Value | undefined;
  let b123: __metajit_Value | undefined;
  let b124: __metajit_Value | undefined;
  let u124!: number;
  let b125: __metajit_Value | undefined;
  let b126: __metajit_Value | undefined;
  let u126!: number;
  let b127: __metajit_Value | undefined;
  let b128: __metajit_Value | undefined;
  let b129: __metajit_Value | undefined;
  let b130: __metajit_Value | undefined;
  let b131: __metajit_Value | undefined;
  let u131!: unknown;
  let b132: __metajit_Value | undefined;
  let u132!: number;
  let b133: __metajit_Value | undefined;
  let u133!: number;
  let b134: __metajit_Value | undefined;
  let u134!: number;
  let b135: __metajit_Value | undefined;
  let b136: __metajit_Value | undefined;
  let b137: __metajit_Value | undefined;
  let b138: __metajit_Value | undefined;
  let u138!: number;
  let b139: __metajit_Value | undefined;
  let b140: __metajit_Value | undefined;
  let u140!: number;
  let b141: __metajit_Value | undefined;
  let u141!: unknown;
  let b142: __metajit_Value | undefined;
  let u142!: number;
  let b143: __metajit_Value | undefined;
  let u143!: number;
  let b144: __metajit_Value | undefined;
  let u144!: unknown;
  let b145: __metajit_Value | undefined;
  let u145!: number;
  let b146: __metajit_Value | undefined;
  let b147: __metajit_Value | undefined;
  let u147!: number;
  let b148: __metajit_Value | undefined;
  let b149: __metajit_Value | undefined;
  let u149!: unknown;
  let b150: __metajit_Value | undefined;
  let u150!: boolean;
  let b151: __metajit_Value | undefined;
  let u151!: number;
  let b152: __metajit_Value | undefined;
  let b153: __metajit_Value | undefined;
  let u153!: unknown;
  let b154: __metajit_Value | undefined;
  let u154!: number;
  let b155: __metajit_Value | undefined;
  let u155!: number;
  let b156: __metajit_Value | undefined;
  let u156!: unknown;
  let b157: __metajit_Value | undefined;
  let b158: __metajit_Value | undefined;
  let u158!: unknown;
  let b159: __metajit_Value | undefined;
  let u159!: boolean;
  let b160: __metajit_Value | undefined;
  let u160!: number;
  let b161: __metajit_Value | undefined;
  let b162: __metajit_Value | undefined;
  let u162!: unknown;
  let b163: __metajit_Value | undefined;
  let u163!: number;
  let b164: __metajit_Value | undefined;
  let u164!: number;
  let b165: __metajit_Value | undefined;
  let u165!: unknown;
  let b166: __metajit_Value | undefined;
  let b167: __metajit_Value | undefined;
  let b168: __metajit_Value | undefined;
  let b169: __metajit_Value | undefined;
  let b170: __metajit_Value | undefined;
  let b171: __metajit_Value | undefined;
  let b172: __metajit_Value | undefined;
  let b173: __metajit_Value | undefined;
  let b174: __metajit_Value | undefined;
  let b175: __metajit_Value | undefined;
  let b176: __metajit_Value | undefined;
  let b177: __metajit_Value | undefined;
  let b178: __metajit_Value | undefined;
  let b179: __metajit_Value | undefined;
  let u179!: number;
  let b180: __metajit_Value | undefined;
  let u180!: unknown;
  let b181: __metajit_Value | undefined;
  let u181!: number;
  let b182: __metajit_Value | undefined;
  let u182!: number;
  let b183: __metajit_Value | undefined;
  let u183!: unknown;
  let b184: __metajit_Value | undefined;
  let u184!: number;
  let b185: __metajit_Value | undefined;
  let u185!: number;
  let b186: __metajit_Value | undefined;
  let b187: __metajit_Value | undefined;
  let u187!: number;
  let b188: __metajit_Value | undefined;
  let u188!: unknown;
  let b189: __metajit_Value | undefined;
  let u189!: number;
  let b190: __metajit_Value | undefined;
  let u190!: number;
  let b191: __metajit_Value | undefined;
  let u191!: unknown;
  let b192: __metajit_Value | undefined;
  let u192!: number;
  let b193: __metajit_Value | undefined;
  let b194: __metajit_Value | undefined;
  let u194!: number;
  let b195: __metajit_Value | undefined;
  let b196: __metajit_Value | undefined;
  let u196!: unknown;
  let b197: __metajit_Value | undefined;
  let u197!: boolean;
  let b198: __metajit_Value | undefined;
  let u198!: number;
  let b199: __metajit_Value | undefined;
  let b200: __metajit_Value | undefined;
  let u200!: unknown;
  let b201: __metajit_Value | undefined;
  let u201!: number;
  let b202: __metajit_Value | undefined;
  let u202!: number;
  let b203: __metajit_Value | undefined;
  let u203!: unknown;
  let b204: __metajit_Value | undefined;
  let u204!: number;
  let b205: __metajit_Value | undefined;
  let u205!: number;
  let b206: __metajit_Value | undefined;
  let u206!: unknown;
  let b207: __metajit_Value | undefined;
  let b208: __metajit_Value | undefined;
  let b209: __metajit_Value | undefined;
  let b210: __metajit_Value | undefined;
  let b211: __metajit_Value | undefined;
  let b212: __metajit_Value | undefined;
  let b213: __metajit_Value | undefined;
  let b214: __metajit_Value | undefined;
  let b215: __metajit_Value | undefined;
  let b216: __metajit_Value | undefined;
  let b217: __metajit_Value | undefined;
  let b218: __metajit_Value | undefined;
  let u218!: number;
  let b219: __metajit_Value | undefined;
  let u219!: number;
  let b220: __metajit_Value | undefined;
  let u220!: unknown;
  let b221: __metajit_Value | undefined;
  let u221!: number;
  let b222: __metajit_Value | undefined;
  let u222!: number;
  let b223: __metajit_Value | undefined;
  let u223!: unknown;
  let b224: __metajit_Value | undefined;
  let u224!: number;
  let b225: __metajit_Value | undefined;
  let b226: __metajit_Value | undefined;
  let u226!: unknown;
  let b227: __metajit_Value | undefined;
  let u227!: boolean;
  let b228: __metajit_Value | undefined;
  let u228!: number;
  let b229: __metajit_Value | undefined;
  let b230: __metajit_Value | undefined;
  let u230!: unknown;
  let b231: __metajit_Value | undefined;
  let u231!: number;
  let b232: __metajit_Value | undefined;
  let u232!: number;
  let b233: __metajit_Value | undefined;
  let u233!: unknown;
  let b234: __metajit_Value | undefined;
  let b235: __metajit_Value | undefined;
  let u235!: unknown;
  let b236: __metajit_Value | undefined;
  let u236!: boolean;
  let b237: __metajit_Value | undefined;
  let u237!: number;
  let b238: __metajit_Value | undefined;
  let b239: __metajit_Value | undefined;
  let u239!: unknown;
  let b240: __metajit_Value | undefined;
  let u240!: number;
  let b241: __metajit_Value | undefined;
  let u241!: number;
  let b242: __metajit_Value | undefined;
  let u242!: unknown;
  let b243: __metajit_Value | undefined;
  let b244: __metajit_Value | undefined;
  let b245: __metajit_Value | undefined;
  let b246: __metajit_Value | undefined;
  let b247: __metajit_Value | undefined;
  let b248: __metajit_Value | undefined;
  let u248!: number;
  let b249: __metajit_Value | undefined;
  let b250: __metajit_Value | undefined;
  let b251: __metajit_Value | undefined;
  let b252: __metajit_Value | undefined;
  let b253: __metajit_Value | undefined;
  let u253!: number;
  let b254: __metajit_Value | undefined;
  let b255: __metajit_Value | undefined;
  let u255!: number;
  let b256: __metajit_Value | undefined;
  let u256!: unknown;
  let b257: __metajit_Value | undefined;
  let u257!: number;
  let b258: __metajit_Value | undefined;
  let u258!: number;
  let b259: __metajit_Value | undefined;
  let u259!: unknown;
  let b260: __metajit_Value | undefined;
  let u260!: number;
  let b261: __metajit_Value | undefined;
  let b262: __metajit_Value | undefined;
  let u262!: unknown;
  let b263: __metajit_Value | undefined;
  let u263!: boolean;
  let b264: __metajit_Value | undefined;
  let u264!: number;
  let b265: __metajit_Value | undefined;
  let b266: __metajit_Value | undefined;
  let u266!: unknown;
  let b267: __metajit_Value | undefined;
  let u267!: number;
  let b268: __metajit_Value | undefined;
  let u268!: number;
  let b269: __metajit_Value | undefined;
  let u269!: unknown;
  let b270: __metajit_Value | undefined;
  let b271: __metajit_Value | undefined;
  let u271!: unknown;
  let b272: __metajit_Value | undefined;
  let u272!: boolean;
  let b273: __metajit_Value | undefined;
  let u273!: number;
  let b274: __metajit_Value | undefined;
  let b275: __metajit_Value | undefined;
  let u275!: unknown;
  let b276: __metajit_Value | undefined;
  let u276!: number;
  let b277: __metajit_Value | undefined;
  let u277!: number;
  let b278: __metajit_Value | undefined;
  let u278!: unknown;
  let b279: __metajit_Value | undefined;
  let b280: __metajit_Value | undefined;
  let b281: __metajit_Value | undefined;
  let b282: __metajit_Value | undefined;
  let b283: __metajit_Value | undefined;
  let b284: __metajit_Value | undefined;
  let u284!: number;
  let b285: __metajit_Value | undefined;
  let b286: __metajit_Value | undefined;
  let b287: __metajit_Value | undefined;
  let b288: __metajit_Value | undefined;
  let b289: __metajit_Value | undefined;
  let u289!: number;
  let b290: __metajit_Value | undefined;
  let b291: __metajit_Value | undefined;
  let u291!: number;
  let b292: __metajit_Value | undefined;
  let u292!: unknown;
  let b293: __metajit_Value | undefined;
  let u293!: number;
  let b294: __metajit_Value | undefined;
  let u294!: number;
  let b295: __metajit_Value | undefined;
  let u295!: unknown;
  let b296: __metajit_Value | undefined;
  let u296!: number;
  let b297: __metajit_Value | undefined;
  let b298: __metajit_Value | undefined;
  let u298!: unknown;
  let b299: __metajit_Value | undefined;
  let u299!: boolean;
  let b300: __metajit_Value | undefined;
  let u300!: number;
  let b301: __metajit_Value | undefined;
  let b302: __metajit_Value | undefined;
  let u302!: unknown;
  let b303: __metajit_Value | undefined;
  let u303!: number;
  let b304: __metajit_Value | undefined;
  let u304!: number;
  let b305: __metajit_Value | undefined;
  let u305!: unknown;
  let b306: __metajit_Value | undefined;
  let b307: __metajit_Value | undefined;
  let u307!: unknown;
  let b308: __metajit_Value | undefined;
  let u308!: boolean;
  let b309: __metajit_Value | undefined;
  let u309!: number;
  let b310: __metajit_Value | undefined;
  let b311: __metajit_Value | undefined;
  let u311!: unknown;
  let b312: __metajit_Value | undefined;
  let u312!: number;
  let b313: __metajit_Value | undefined;
  let u313!: number;
  let b314: __metajit_Value | undefined;
  let u314!: unknown;
  let b315: __metajit_Value | undefined;
  let b316: __metajit_Value | undefined;
  let b317: __metajit_Value | undefined;
  let b318: __metajit_Value | undefined;
  let b319: __metajit_Value | undefined;
  let b320: __metajit_Value | undefined;
  let u320!: number;
  let b321: __metajit_Value | undefined;
  let b322: __metajit_Value | undefined;
  let b323: __metajit_Value | undefined;
  let b324: __metajit_Value | undefined;
  let b325: __metajit_Value | undefined;
  let u325!: number;
  let b326: __metajit_Value | undefined;
  let b327: __metajit_Value | undefined;
  let u327!: number;
  let b328: __metajit_Value | undefined;
  let u328!: unknown;
  let b329: __metajit_Value | undefined;
  let u329!: number;
  let b330: __metajit_Value | undefined;
  let u330!: number;
  let b331: __metajit_Value | undefined;
  let u331!: unknown;
  let b332: __metajit_Value | undefined;
  let u332!: number;
  let b333: __metajit_Value | undefined;
  let b334: __metajit_Value | undefined;
  let u334!: unknown;
  let b335: __metajit_Value | undefined;
  let u335!: boolean;
  let b336: __metajit_Value | undefined;
  let u336!: number;
  let b337: __metajit_Value | undefined;
  let b338: __metajit_Value | undefined;
  let u338!: unknown;
  let b339: __metajit_Value | undefined;
  let u339!: number;
  let b340: __metajit_Value | undefined;
  let u340!: number;
  let b341: __metajit_Value | undefined;
  let u341!: unknown;
  let b342: __metajit_Value | undefined;
  let b343: __metajit_Value | undefined;
  let u343!: unknown;
  let b344: __metajit_Value | undefined;
  let u344!: boolean;
  let b345: __metajit_Value | undefined;
  let u345!: number;
  let b346: __metajit_Value | undefined;
  let b347: __metajit_Value | undefined;
  let u347!: unknown;
  let b348: __metajit_Value | undefined;
  let u348!: number;
  let b349: __metajit_Value | undefined;
  let u349!: number;
  let b350: __metajit_Value | undefined;
  let u350!: unknown;
  let b351: __metajit_Value | undefined;
  let b352: __metajit_Value | undefined;
  let b353: __metajit_Value | undefined;
  let b354: __metajit_Value | undefined;
  let b355: __metajit_Value | undefined;
  let b356: __metajit_Value | undefined;
  let u356!: number;
  let b357: __metajit_Value | undefined;
  let b358: __metajit_Value | undefined;
  let b359: __metajit_Value | undefined;
  let b360: __metajit_Value | undefined;
  let b361: __metajit_Value | undefined;
  let u361!: number;
  let b362: __metajit_Value | undefined;
  let b363: __metajit_Value | undefined;
  let u363!: number;
  let b364: __metajit_Value | undefined;
  let u364!: unknown;
  let b365: __metajit_Value | undefined;
  let u365!: number;
  let b366: __metajit_Value | undefined;
  let u366!: number;
  let b367: __metajit_Value | undefined;
  let u367!: unknown;
  let b368: __metajit_Value | undefined;
  let u368!: number;
  let b369: __metajit_Value | undefined;
  let b370: __metajit_Value | undefined;
  let u370!: unknown;
  let b371: __metajit_Value | undefined;
  let u371!: boolean;
  let b372: __metajit_Value | undefined;
  let u372!: number;
  let b373: __metajit_Value | undefined;
  let b374: __metajit_Value | undefined;
  let u374!: unknown;
  let b375: __metajit_Value | undefined;
  let u375!: number;
  let b376: __metajit_Value | undefined;
  let u376!: number;
  let b377: __metajit_Value | undefined;
  let u377!: unknown;
  let b378: __metajit_Value | undefined;
  let b379: __metajit_Value | undefined;
  let u379!: unknown;
  let b380: __metajit_Value | undefined;
  let u380!: boolean;
  let b381: __metajit_Value | undefined;
  let u381!: number;
  let b382: __metajit_Value | undefined;
  let b383: __metajit_Value | undefined;
  let u383!: unknown;
  let b384: __metajit_Value | undefined;
  let u384!: number;
  let b385: __metajit_Value | undefined;
  let u385!: number;
  let b386: __metajit_Value | undefined;
  let u386!: unknown;
  let b387: __metajit_Value | undefined;
  let b388: __metajit_Value | undefined;
  let b389: __metajit_Value | undefined;
  let b390: __metajit_Value | undefined;
  let b391: __metajit_Value | undefined;
  let b392: __metajit_Value | undefined;
  let u392!: number;
  let b393: __metajit_Value | undefined;
  let b394: __metajit_Value | undefined;
  let b395: __metajit_Value | undefined;
  let b396: __metajit_Value | undefined;
  let b397: __metajit_Value | undefined;
  let b398: __metajit_Value | undefined;
  let b399: __metajit_Value | undefined;
  let b400: __metajit_Value | undefined;
  let b401: __metajit_Value | undefined;
  let b402: __metajit_Value | undefined;
  let u402!: number;
  let b403: __metajit_Value | undefined;
  let b404: __metajit_Value | undefined;
  let u404!: number;
  let b405: __metajit_Value | undefined;
  let u405!: unknown;
  let b406: __metajit_Value | undefined;
  let u406!: number;
  let b407: __metajit_Value | undefined;
  let u407!: number;
  let b408: __metajit_Value | undefined;
  let u408!: unknown;
  let b409: __metajit_Value | undefined;
  let u409!: number;
  let b410: __metajit_Value | undefined;
  let b411: __metajit_Value | undefined;
  let u411!: unknown;
  let b412: __metajit_Value | undefined;
  let u412!: boolean;
  let b413: __metajit_Value | undefined;
  let u413!: number;
  let b414: __metajit_Value | undefined;
  let b415: __metajit_Value | undefined;
  let u415!: unknown;
  let b416: __metajit_Value | undefined;
  let u416!: number;
  let b417: __metajit_Value | undefined;
  let u417!: number;
  let b418: __metajit_Value | undefined;
  let u418!: unknown;
  let b419: __metajit_Value | undefined;
  let b420: __metajit_Value | undefined;
  let u420!: unknown;
  let b421: __metajit_Value | undefined;
  let u421!: boolean;
  let b422: __metajit_Value | undefined;
  let u422!: number;
  let b423: __metajit_Value | undefined;
  let b424: __metajit_Value | undefined;
  let u424!: unknown;
  let b425: __metajit_Value | undefined;
  let u425!: number;
  let b426: __metajit_Value | undefined;
  let u426!: number;
  let b427: __metajit_Value | undefined;
  let u427!: unknown;
  let b428: __metajit_Value | undefined;
  let b429: __metajit_Value | undefined;
  let b430: __metajit_Value | undefined;
  let b431: __metajit_Value | undefined;
  let b432: __metajit_Value | undefined;
  let b433: __metajit_Value | undefined;
  let u433!: number;
  let b434: __metajit_Value | undefined;
  let b435: __metajit_Value | undefined;
  let b436: __metajit_Value | undefined;
  let b437: __metajit_Value | undefined;
  let b438: __metajit_Value | undefined;
  let u438!: number;
  let b439: __metajit_Value | undefined;
  let b440: __metajit_Value | undefined;
  let u440!: number;
  let b441: __metajit_Value | undefined;
  let u441!: unknown;
  let b442: __metajit_Value | undefined;
  let u442!: number;
  let b443: __metajit_Value | undefined;
  let b444: __metajit_Value | undefined;
  let u444!: number;
  let b445: __metajit_Value | undefined;
  let b446: __metajit_Value | undefined;
  let b447: __metajit_Value | undefined;
  let u447!: number;
  let b448: __metajit_Value | undefined;
  let b449: __metajit_Value | undefined;
  let b450: __metajit_Value | undefined;
  let b451: __metajit_Value | undefined;
  let u451!: number;
  let b452: __metajit_Value | undefined;
  let b453: __metajit_Value | undefined;
  let b454: __metajit_Value | undefined;
  let u454!: unknown;
  let b455: __metajit_Value | undefined;
  let u455!: number;
  let b456: __metajit_Value | undefined;
  let u456!: number;
  let b457: __metajit_Value | undefined;
  let u457!: number;
  let b458: __metajit_Value | undefined;
  let u458!: number;
  let b459: __metajit_Value | undefined;
  let b460: __metajit_Value | undefined;
  let b461: __metajit_Value | undefined;
  let b462: __metajit_Value | undefined;
  let b463: __metajit_Value | undefined;
  let b464: __metajit_Value | undefined;
  let u464!: number;
  let b465: __metajit_Value | undefined;
  let u465!: unknown;
  let b466: __metajit_Value | undefined;
  let u466!: number;
  let b467: __metajit_Value | undefined;
  let b468: __metajit_Value | undefined;
  let u468!: number;
  let b469: __metajit_Value | undefined;
  let b470: __metajit_Value | undefined;
  let b471: __metajit_Value | undefined;
  let u471!: number;
  let b472: __metajit_Value | undefined;
  let b473: __metajit_Value | undefined;
  let b474: __metajit_Value | undefined;
  let b475: __metajit_Value | undefined;
  let u475!: number;
  let b476: __metajit_Value | undefined;
  let b477: __metajit_Value | undefined;
  let b478: __metajit_Value | undefined;
  let u478!: number;
  let b479: __metajit_Value | undefined;
  let b480: __metajit_Value | undefined;
  let u480!: number;
  let b481: __metajit_Value | undefined;
  let u481!: unknown;
  let b482: __metajit_Value | undefined;
  let u482!: number;
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
  let u489!: number;
  let b490: __metajit_Value | undefined;
  let u490!: number;
  let b491: __metajit_Value | undefined;
  let u491!: boolean;
  let b492: __metajit_Value | undefined;
  let u492!: boolean;
  let b493: __metajit_Value | undefined;
  let b494: __metajit_Value | undefined;
  let b495: __metajit_Value | undefined;
  let b496: __metajit_Value | undefined;
  let b497: __metajit_Value | undefined;
  let b498: __metajit_Value | undefined;
  let u498!: number;
  let b499: __metajit_Value | undefined;
  let b500: __metajit_Value | undefined;
  let u500!: number;
  let b501: __metajit_Value | undefined;
  let b502: __metajit_Value | undefined;
  let u502!: number;
  let b503: __metajit_Value | undefined;
  let u503!: unknown;
  let b504: __metajit_Value | undefined;
  let u504!: number;
  let b505: __metajit_Value | undefined;
  let u505!: number;
  let b506: __metajit_Value | undefined;
  let u506!: number;
  let b507: __metajit_Value | undefined;
  let u507!: boolean;
  let b508: __metajit_Value | undefined;
  let u508!: number;
  let b509: __metajit_Value | undefined;
  let u509!: unknown;
  let b510: __metajit_Value | undefined;
  let u510!: number;
  let b511: __metajit_Value | undefined;
  let u511!: number;
  let b512: __metajit_Value | undefined;
  let u512!: unknown;
  let b513: __metajit_Value | undefined;
  let u513!: number;
  let b514: __metajit_Value | undefined;
  let b515: __metajit_Value | undefined;
  let u515!: unknown;
  let b516: __metajit_Value | undefined;
  let u516!: boolean;
  let b517: __metajit_Value | undefined;
  let u517!: number;
  let b518: __metajit_Value | undefined;
  let b519: __metajit_Value | undefined;
  let u519!: unknown;
  let b520: __metajit_Value | undefined;
  let u520!: number;
  let b521: __metajit_Value | undefined;
  let u521!: number;
  let b522: __metajit_Value | undefined;
  let u522!: unknown;
  let b523: __metajit_Value | undefined;
  let b524: __metajit_Value | undefined;
  let u524!: unknown;
  let b525: __metajit_Value | undefined;
  let u525!: boolean;
  let b526: __metajit_Value | undefined;
  let u526!: number;
  let b527: __metajit_Value | undefined;
  let b528: __metajit_Value | undefined;
  let u528!: unknown;
  let b529: __metajit_Value | undefined;
  let u529!: number;
  let b530: __metajit_Value | undefined;
  let u530!: number;
  let b531: __metajit_Value | undefined;
  let u531!: unknown;
  let b532: __metajit_Value | undefined;
  let b533: __metajit_Value | undefined;
  let b534: __metajit_Value | undefined;
  let b535: __metajit_Value | undefined;
  let b536: __metajit_Value | undefined;
  let b537: __metajit_Value | undefined;
  let b538: __metajit_Value | undefined;
  let b539: __metajit_Value | undefined;
  let b540: __metajit_Value | undefined;
  let u540!: boolean;
  let b541: __metajit_Value | undefined;
  let u541!: boolean;
  let b542: __metajit_Value | undefined;
  let b543: __metajit_Value | undefined;
  let u543!: number;
  let b544: __metajit_Value | undefined;
  let b545: __metajit_Value | undefined;
  let b546: __metajit_Value | undefined;
  let u546!: number;
  let b547: __metajit_Value | undefined;
  let u547!: number;
  let b548: __metajit_Value | undefined;
  let u548!: number;
  let b549: __metajit_Value | undefined;
  let u549!: unknown;
  let b550: __metajit_Value | undefined;
  let u550!: number;
  let b551: __metajit_Value | undefined;
  let u551!: number;
  let b552: __metajit_Value | undefined;
  let u552!: number;
  let b553: __metajit_Value | undefined;
  let u553!: number;
  let b554: __metajit_Value | undefined;
  let u554!: boolean;
  let b555: __metajit_Value | undefined;
  let u555!: number;
  let b556: __metajit_Value | undefined;
  let u556!: unknown;
  let b557: __metajit_Value | undefined;
  let u557!: number;
  let b558: __metajit_Value | undefined;
  let u558!: number;
  let b559: __metajit_Value | undefined;
  let u559!: unknown;
  let b560: __metajit_Value | undefined;
  let u560!: number;
  let b561: __metajit_Value | undefined;
  let b562: __metajit_Value | undefined;
  let u562!: unknown;
  let b563: __metajit_Value | undefined;
  let u563!: boolean;
  let b564: __metajit_Value | undefined;
  let u564!: number;
  let b565: __metajit_Value | undefined;
  let b566: __metajit_Value | undefined;
  let u566!: unknown;
  let b567: __metajit_Value | undefined;
  let u567!: number;
  let b568: __metajit_Value | undefined;
  let u568!: number;
  let b569: __metajit_Value | undefined;
  let u569!: unknown;
  let b570: __metajit_Value | undefined;
  let b571: __metajit_Value | undefined;
  let u571!: unknown;
  let b572: __metajit_Value | undefined;
  let u572!: boolean;
  let b573: __metajit_Value | undefined;
  let u573!: number;
  let b574: __metajit_Value | undefined;
  let b575: __metajit_Value | undefined;
  let u575!: unknown;
  let b576: __metajit_Value | undefined;
  let u576!: number;
  let b577: __metajit_Value | undefined;
  let u577!: number;
  let b578: __metajit_Value | undefined;
  let u578!: unknown;
  let b579: __metajit_Value | undefined;
  let u579!: boolean;
  let b580: __metajit_Value | undefined;
  let b581: __metajit_Value | undefined;
  let b582: __metajit_Value | undefined;
  let b583: __metajit_Value | undefined;
  let b584: __metajit_Value | undefined;
  let b585: __metajit_Value | undefined;
  let b586: __metajit_Value | undefined;
  let u586!: unknown;
  let b587: __metajit_Value | undefined;
  let u587!: number;
  let b588: __metajit_Value | undefined;
  let u588!: number;
  let b589: __metajit_Value | undefined;
  let u589!: boolean;
  let b590: __metajit_Value | undefined;
  let b591: __metajit_Value | undefined;
  let b592: __metajit_Value | undefined;
  let b593: __metajit_Value | undefined;
  let b594: __metajit_Value | undefined;
  let b595: __metajit_Value | undefined;
  let b596: __metajit_Value | undefined;
  let u596!: unknown;
  let b597: __metajit_Value | undefined;
  let u597!: number;
  let b598: __metajit_Value | undefined;
  let u598!: number;
  let b599: __metajit_Value | undefined;
  let u599!: boolean;
  let b600: __metajit_Value | undefined;
  let u600!: boolean;
  let b601: __metajit_Value | undefined;
  let b602: __metajit_Value | undefined;
  let u602!: number;
  let b603: __metajit_Value | undefined;
  let b604: __metajit_Value | undefined;
  let b605: __metajit_Value | undefined;
  let u605!: number;
  let b606: __metajit_Value | undefined;
  let u606!: number;
  let b607: __metajit_Value | undefined;
  let u607!: number;
  let b608: __metajit_Value | undefined;
  let u608!: unknown;
  let b609: __metajit_Value | undefined;
  let u609!: number;
  let b610: __metajit_Value | undefined;
  let u610!: number;
  let b611: __metajit_Value | undefined;
  let u611!: number;
  let b612: __metajit_Value | undefined;
  let u612!: number;
  let b613: __metajit_Value | undefined;
  let u613!: boolean;
  let b614: __metajit_Value | undefined;
  let b615: __metajit_Value | undefined;
  let u615!: number;
  let b616: __metajit_Value | undefined;
  let b617: __metajit_Value | undefined;
  let b618: __metajit_Value | undefined;
  let b619: __metajit_Value | undefined;
  let b620: __metajit_Value | undefined;
  let b621: __metajit_Value | undefined;
  let u621!: unknown;
  let b622: __metajit_Value | undefined;
  let u622!: number;
  let b623: __metajit_Value | undefined;
  let u623!: number;
  let b624: __metajit_Value | undefined;
  let u624!: boolean;
  let b625: __metajit_Value | undefined;
  let u625!: boolean;
  let b626: __metajit_Value | undefined;
  let b627: __metajit_Value | undefined;
  let u627!: number;
  let b628: __metajit_Value | undefined;
  let b629: __metajit_Value | undefined;
  let b630: __metajit_Value | undefined;
  let u630!: number;
  let b631: __metajit_Value | undefined;
  let u631!: number;
  let b632: __metajit_Value | undefined;
  let u632!: number;
  let b633: __metajit_Value | undefined;
  let u633!: unknown;
  let b634: __metajit_Value | undefined;
  let u634!: number;
  let b635: __metajit_Value | undefined;
  let u635!: number;
  let b636: __metajit_Value | undefined;
  let u636!: number;
  let b637: __metajit_Value | undefined;
  let u637!: number;
  let b638: __metajit_Value | undefined;
  let u638!: boolean;
  let b639: __metajit_Value | undefined;
  let b640: __metajit_Value | undefined;
  let u640!: unknown;
  let b641: __metajit_Value | undefined;
  let u641!: number;
  let b642: __metajit_Value | undefined;
  let u642!: number;
  let b643: __metajit_Value | undefined;
  let u643!: number;
  let b644: __metajit_Value | undefined;
  let b645: __metajit_Value | undefined;
  let b646: __metajit_Value | undefined;
  let b647: __metajit_Value | undefined;
  let b648: __metajit_Value | undefined;
  let b649: __metajit_Value | undefined;
  let u649!: unknown;
  let b650: __metajit_Value | undefined;
  let u650!: number;
  let b651: __metajit_Value | undefined;
  let u651!: number;
  let b652: __metajit_Value | undefined;
  let u652!: boolean;
  let b653: __metajit_Value | undefined;
  let u653!: boolean;
  let b654: __metajit_Value | undefined;
  let b655: __metajit_Value | undefined;
  let u655!: number;
  let b656: __metajit_Value | undefined;
  let b657: __metajit_Value | undefined;
  let u657!: number;
  let b658: __metajit_Value | undefined;
  let u658!: number;
  let b659: __metajit_Value | undefined;
  let u659!: unknown;
  let b660: __metajit_Value | undefined;
  let u660!: number;
  let b661: __metajit_Value | undefined;
  let u661!: number;
  let b662: __metajit_Value | undefined;
  let u662!: number;
  let b663: __metajit_Value | undefined;
  let u663!: number;
  let b664: __metajit_Value | undefined;
  let u664!: boolean;
  let b665: __metajit_Value | undefined;
  let u665!: number;
  let b666: __metajit_Value | undefined;
  let u666!: number;
  let b667: __metajit_Value | undefined;
  let u667!: number;
  let b668: __metajit_Value | undefined;
  let u668!: unknown;
  let b669: __metajit_Value | undefined;
  let u669!: number;
  let b670: __metajit_Value | undefined;
  let u670!: number;
  let b671: __metajit_Value | undefined;
  let u671!: unknown;
  let b672: __metajit_Value | undefined;
  let u672!: number;
  let b673: __metajit_Value | undefined;
  let u673!: number;
  let b674: __metajit_Value | undefined;
  let b675: __metajit_Value | undefined;
  let u675!: number;
  let b676: __metajit_Value | undefined;
  let u676!: boolean;
  let b677: __metajit_Value | undefined;
  let u677!: boolean;
  let b678: __metajit_Value | undefined;
  let u678!: number;
  let b679: __metajit_Value | undefined;
  let b680: __metajit_Value | undefined;
  let b681: __metajit_Value | undefined;
  let b682: __metajit_Value | undefined;
  let b683: __metajit_Value | undefined;
  let u683!: number;
  let b684: __metajit_Value | undefined;
  let b685: __metajit_Value | undefined;
  let b686: __metajit_Value | undefined;
  let b687: __metajit_Value | undefined;
  let b688: __metajit_Value | undefined;
  let u688!: number;
  let b689: __metajit_Value | undefined;
  let b690: __metajit_Value | undefined;
  let u690!: number;
  let b691: __metajit_Value | undefined;
  let u691!: number;
  let b692: __metajit_Value | undefined;
  let b693: __metajit_Value | undefined;
  let b694: __metajit_Value | undefined;
  let b695: __metajit_Value | undefined;
  let b696: __metajit_Value | undefined;
  let b697: __metajit_Value | undefined;
  let b698: __metajit_Value | undefined;
  let u698!: boolean;
  let b699: __metajit_Value | undefined;
  let u699!: number;
  let b700: __metajit_Value | undefined;
  let b701: __metajit_Value | undefined;
  let b702: __metajit_Value | undefined;
  let u702!: number;
  let b703: __metajit_Value | undefined;
  let u703!: number;
  let b704: __metajit_Value | undefined;
  let u704!: number;
  let b705: __metajit_Value | undefined;
  let b706: __metajit_Value | undefined;
  let b707: __metajit_Value | undefined;
  let b708: __metajit_Value | undefined;
  let u708!: number;
  let b709: __metajit_Value | undefined;
  let u709!: boolean;
  let b710: __metajit_Value | undefined;
  let u710!: number;
  let b711: __metajit_Value | undefined;
  let u711!: number;
  let b712: __metajit_Value | undefined;
  let u712!: unknown;
  let b713: __metajit_Value | undefined;
  let b714: __metajit_Value | undefined;
  let b715: __metajit_Value | undefined;
  let u715!: number;
  let b716: __metajit_Value | undefined;
  let b717: __metajit_Value | undefined;
  let u717!: number;
  let b718: __metajit_Value | undefined;
  let u718!: unknown;
  let b719: __metajit_Value | undefined;
  let u719!: number;
  let b720: __metajit_Value | undefined;
  let b721: __metajit_Value | undefined;
  let u721!: number;
  let b722: __metajit_Value | undefined;
  let u722!: boolean;
  let b723: __metajit_Value | undefined;
  let u723!: boolean;
  let b724: __metajit_Value | undefined;
  let u724!: number;
  let b725: __metajit_Value | undefined;
  let b726: __metajit_Value | undefined;
  let b727: __metajit_Value | undefined;
  let b728: __metajit_Value | undefined;
  let b729: __metajit_Value | undefined;
  let u729!: number;
  let b730: __metajit_Value | undefined;
  let b731: __metajit_Value | undefined;
  let b732: __metajit_Value | undefined;
  let b733: __metajit_Value | undefined;
  let b734: __metajit_Value | undefined;
  let b735: __metajit_Value | undefined;
  let b736: __metajit_Value | undefined;
  let b737: __metajit_Value | undefined;
  let u737!: number;
  let b738: __metajit_Value | undefined;
  let b739: __metajit_Value | undefined;
  let u739!: number;
  let b740: __metajit_Value | undefined;
  let u740!: number;
  let b741: __metajit_Value | undefined;
  let b742: __metajit_Value | undefined;
  let b743: __metajit_Value | undefined;
  let b744: __metajit_Value | undefined;
  let b745: __metajit_Value | undefined;
  let b746: __metajit_Value | undefined;
  let b747: __metajit_Value | undefined;
  let u747!: number;
  let b748: __metajit_Value | undefined;
  let b749: __metajit_Value | undefined;
  let b750: __metajit_Value | undefined;
  let u750!: number;
  let b751: __metajit_Value | undefined;
  let u751!: number;
  let b752: __metajit_Value | undefined;
  let u752!: number;
  let b753: __metajit_Value | undefined;
  let b754: __metajit_Value | undefined;
  let b755: __metajit_Value | undefined;
  let b756: __metajit_Value | undefined;
  let u756!: number;
  let b757: __metajit_Value | undefined;
  let u757!: unknown;
  let b758: __metajit_Value | undefined;
  let u758!: number;
  let b759: __metajit_Value | undefined;
  let b760: __metajit_Value | undefined;
  let u760!: number;
  let b761: __metajit_Value | undefined;
  let u761!: boolean;
  let b762: __metajit_Value | undefined;
  let u762!: boolean;
  let b763: __metajit_Value | undefined;
  let u763!: number;
  let b764: __metajit_Value | undefined;
  let b765: __metajit_Value | undefined;
  let b766: __metajit_Value | undefined;
  let b767: __metajit_Value | undefined;
  let b768: __metajit_Value | undefined;
  let b769: __metajit_Value | undefined;
  let b770: __metajit_Value | undefined;
  let b771: __metajit_Value | undefined;
  let b772: __metajit_Value | undefined;
  let b773: __metajit_Value | undefined;
  let b774: __metajit_Value | undefined;
  let b775: __metajit_Value | undefined;
  let b776: __metajit_Value | undefined;
  let b777: __metajit_Value | undefined;
  let b778: __metajit_Value | undefined;
  let b779: __metajit_Value | undefined;
  let b780: __metajit_Value | undefined;
  let b781: __metajit_Value | undefined;
  let b782: __metajit_Value | undefined;
  let u782!: number;
  let b783: __metajit_Value | undefined;
  let b784: __metajit_Value | undefined;
  let b785: __metajit_Value | undefined;
  let b786: __metajit_Value | undefined;
  let u786!: number;
  let b787: __metajit_Value | undefined;
  let u787!: number;
  let b788: __metajit_Value | undefined;
  let b789: __metajit_Value | undefined;
  let b790: __metajit_Value | undefined;
  let u790!: number;
  let b791: __metajit_Value | undefined;
  let b792: __metajit_Value | undefined;
  let b793: __metajit_Value | undefined;
  let b794: __metajit_Value | undefined;
  let u794!: unknown;
  let b795: __metajit_Value | undefined;
  let b796: __metajit_Value | undefined;
  let u796!: number;
  let b797: __metajit_Value | undefined;
  let u797!: number;
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
  let u808!: number;
  let b809: __metajit_Value | undefined;
  let u809!: number;
  let b810: __metajit_Value | undefined;
  let b811: __metajit_Value | undefined;
  let b812: __metajit_Value | undefined;
  let b813: __metajit_Value | undefined;
  let b814: __metajit_Value | undefined;
  let b815: __metajit_Value | undefined;
  let u815!: unknown;
  let b816: __metajit_Value | undefined;
  let u816!: number;
  let b817: __metajit_Value | undefined;
  let u817!: number;
  let b818: __metajit_Value | undefined;
  let u818!: number;
  let b819: __metajit_Value | undefined;
  let u819!: number;
  let b820: __metajit_Value | undefined;
  let u820!: number;
  let b821: __metajit_Value | undefined;
  let b822: __metajit_Value | undefined;
  let u822!: number;
  let b823: __metajit_Value | undefined;
  let u823!: number;
  let b824: __metajit_Value | undefined;
  let b825: __metajit_Value | undefined;
  let b826: __metajit_Value | undefined;
  let u826!: number;
  let b827: __metajit_Value | undefined;
  let b828: __metajit_Value | undefined;
  let u828!: number;
  let b829: __metajit_Value | undefined;
  let u829!: number;
  let b830: __metajit_Value | undefined;
  let b831: __metajit_Value | undefined;
  let u831!: number;
  let b832: __metajit_Value | undefined;
  let u832!: number;
  let b833: __metajit_Value | undefined;
  let b834: __metajit_Value | undefined;
  let b835: __metajit_Value | undefined;
  let b836: __metajit_Value | undefined;
  let b837: __metajit_Value | undefined;
  let b838: __metajit_Value | undefined;
  let b839: __metajit_Value | undefined;
  let b840: __metajit_Value | undefined;
  let b841: __metajit_Value | undefined;
  let b842: __metajit_Value | undefined;
  let b843: __metajit_Value | undefined;
  let b844: __metajit_Value | undefined;
  let b845: __metajit_Value | undefined;
  let b846: __metajit_Value | undefined;
  let u846!: number;
  let b847: __metajit_Value | undefined;
  let u847!: number;
  let b848: __metajit_Value | undefined;
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
  let u856!: unknown;
  let b857: __metajit_Value | undefined;
  let u857!: number;
  let b858: __metajit_Value | undefined;
  let u858!: number;
  let b859: __metajit_Value | undefined;
  let u859!: number;
  let b860: __metajit_Value | undefined;
  let u860!: number;
  let b861: __metajit_Value | undefined;
  let u861!: number;
  let b862: __metajit_Value | undefined;
  let u862!: unknown;
  let b863: __metajit_Value | undefined;
  let u863!: number;
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
  let u871!: number;
  let b872: __metajit_Value | undefined;
  let u872!: unknown;
  let b873: __metajit_Value | undefined;
  let u873!: number;
  let b874: __metajit_Value | undefined;
  let u874!: number;
  let b875: __metajit_Value | undefined;
  let u875!: number;
  let b876: __metajit_Value | undefined;
  let u876!: number;
  let b877: __metajit_Value | undefined;
  let u877!: boolean;
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
  let u885!: boolean;
  let b886: __metajit_Value | undefined;
  let u886!: boolean;
  let b887: __metajit_Value | undefined;
  let b888: __metajit_Value | undefined;
  let b889: __metajit_Value | undefined;
  let b890: __metajit_Value | undefined;
  let u890!: unknown;
  let b891: __metajit_Value | undefined;
  let u891!: number;
  let b892: __metajit_Value | undefined;
  let u892!: number;
  let b893: __metajit_Value | undefined;
  let b894: __metajit_Value | undefined;
  let b895: __metajit_Value | undefined;
  let b896: __metajit_Value | undefined;
  let u896!: number;
  let b897: __metajit_Value | undefined;
  let u897!: unknown;
  let b898: __metajit_Value | undefined;
  let u898!: unknown;
  let b899: __metajit_Value | undefined;
  let u899!: number;
  let b900: __metajit_Value | undefined;
  let u900!: number;
  let b901: __metajit_Value | undefined;
  let u901!: number;
  let b902: __metajit_Value | undefined;
  let u902!: unknown;
  let b903: __metajit_Value | undefined;
  let b904: __metajit_Value | undefined;
  let u904!: number;
  let b905: __metajit_Value | undefined;
  let u905!: unknown;
  let b906: __metajit_Value | undefined;
  let u906!: number;
  let b907: __metajit_Value | undefined;
  let b908: __metajit_Value | undefined;
  let b909: __metajit_Value | undefined;
  let u909!: boolean;
  let b910: __metajit_Value | undefined;
  let u910!: number;
  let b911: __metajit_Value | undefined;
  let b912: __metajit_Value | undefined;
  let b913: __metajit_Value | undefined;
  let u913!: number;
  let b914: __metajit_Value | undefined;
  let u914!: number;
  let b915: __metajit_Value | undefined;
  let u915!: number;
  let b916: __metajit_Value | undefined;
  let b917: __metajit_Value | undefined;
  let b918: __metajit_Value | undefined;
  let b919: __metajit_Value | undefined;
  let u919!: number;
  let b920: __metajit_Value | undefined;
  let u920!: number;
  let b921: __metajit_Value | undefined;
  let u921!: boolean;
  let b922: __metajit_Value | undefined;
  let u922!: number;
  let b923: __metajit_Value | undefined;
  let u923!: number;
  let b924: __metajit_Value | undefined;
  let u924!: unknown;
  let b925: __metajit_Value | undefined;
  let b926: __metajit_Value | undefined;
  let b927: __metajit_Value | undefined;
  let u927!: number;
  let b928: __metajit_Value | undefined;
  let b929: __metajit_Value | undefined;
  let u929!: unknown;
  let b930: __metajit_Value | undefined;
  let u930!: number;
  let b931: __metajit_Value | undefined;
  let u931!: number;
  let b932: __metajit_Value | undefined;
  let u932!: unknown;
  let b933: __metajit_Value | undefined;
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
            block = 7264;
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
              block = 934;
              continue dispatch;
            }
            case 8: {
              block = 1055;
              continue dispatch;
            }
            case 9: {
              block = 1117;
              continue dispatch;
            }
            case 10: {
              block = 1501;
              continue dispatch;
            }
            case 11: {
              block = 1555;
              continue dispatch;
            }
            case 12: {
              block = 1885;
              continue dispatch;
            }
            case 13: {
              block = 2140;
              continue dispatch;
            }
            case 14: {
              block = 2395;
              continue dispatch;
            }
            case 15: {
              block = 2650;
              continue dispatch;
            }
            case 16: {
              block = 2905;
              continue dispatch;
            }
            case 17: {
              block = 3191;
              continue dispatch;
            }
            case 18: {
              block = 3458;
              continue dispatch;
            }
            case 19: {
              block = 3556;
              continue dispatch;
            }
            case 20: {
              block = 3624;
              continue dispatch;
            }
            case 21: {
              block = 3788;
              continue dispatch;
            }
            case 22: {
              block = 3979;
              continue dispatch;
            }
            case 23: {
              block = 4023;
              continue dispatch;
            }
            case 24:
            case 25: {
              block = 4363;
              continue dispatch;
            }
            case 26: {
              block = 4757;
              continue dispatch;
            }
            case 27: {
              block = 4907;
              continue dispatch;
            }
            case 28: {
              block = 5079;
              continue dispatch;
            }
            case 29: {
              block = 5581;
              continue dispatch;
            }
            case 30: {
              block = 5993;
              continue dispatch;
            }
            case 31: {
              block = 6353;
              continue dispatch;
            }
            case 32: {
              block = 6506;
              continue dispatch;
            }
            case 33: {
              block = 6729;
              continue dispatch;
            }
            case 34: {
              block = 6871;
              continue dispatch;
            }
            case 35: {
              block = 6965;
              continue dispatch;
            }
            case 36: {
              block = 7010;
              continue dispatch;
            }
            case 37: {
              block = 7065;
              continue dispatch;
            }
            default: {
              block = 7264;
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
          block = 7301;
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
          block = 7301;
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
          block = 7301;
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
          block = 7301;
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
          block = 7301;
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
          block = 7301;
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
          b97 = rec.record("call_pure", [__metajit_k0_21, b85!, __metajit_k0_22], { descr: null, type: "bool", snapshot: rec.snapshot(0, 662, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!]) });
          at = 681;
          const c681 = b97!;
          if (!c681.isConst) rec.guard(c681.value === true ? "guard_true" : "guard_false", [c681], rec.snapshot(0, 681, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b97!]));
          if (c681.value !== true) {
            block = 902;
            continue dispatch;
          }
          block = 697;
          continue dispatch;
        }
        case 697: {
          at = 697;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b99 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 700;
          {
            const x0 = b99!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b100 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 704;
          const c704 = b100!;
          if (!c704.isConst) rec.guard(c704.value === true ? "guard_true" : "guard_false", [c704], rec.snapshot(0, 704, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b100!]));
          if (c704.value !== true) {
            block = 743;
            continue dispatch;
          }
          block = 720;
          continue dispatch;
        }
        case 720: {
          at = 720;
          rec.enterFrame(0, 720, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 1);
          b101 = __metajit_trace_1(rec, b85!, b87!);
          rec.leaveFrame();
          b98 = b101;
          block = 816;
          continue dispatch;
        }
        case 743: {
          at = 743;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = typeof v0;
            b103 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 746;
          {
            const x0 = b103!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b104 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 750;
          const c750 = b104!;
          if (!c750.isConst) rec.guard(c750.value === true ? "guard_true" : "guard_false", [c750], rec.snapshot(0, 750, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b104!]));
          if (c750.value !== true) {
            block = 792;
            continue dispatch;
          }
          block = 766;
          continue dispatch;
        }
        case 766: {
          at = 766;
          {
            const x0 = rec.resolve(b87!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b105 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 769;
          rec.enterFrame(0, 769, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 2);
          b106 = __metajit_trace_2(rec, b85!, b105!);
          rec.leaveFrame();
          b102 = b106;
          block = 813;
          continue dispatch;
        }
        case 792: {
          at = 792;
          rec.enterFrame(0, 792, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!], 3);
          b107 = __metajit_trace_3(rec, b85!, b87!);
          rec.leaveFrame();
          b102 = b107;
          block = 813;
          continue dispatch;
        }
        case 813: {
          b98 = b102;
          block = 816;
          continue dispatch;
        }
        case 816: {
          b96 = b98;
          at = 819;
          {
            const x0 = rec.resolve(b96!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b108 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b109 = b108;
          at = 826;
          const c826 = b108!;
          if (!c826.isConst) rec.guard(c826.value === true ? "guard_true" : "guard_false", [c826], rec.snapshot(0, 826, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b108!, b109!]));
          if (c826.value !== true) {
            block = 859;
            continue dispatch;
          }
          block = 844;
          continue dispatch;
        }
        case 844: {
          at = 844;
          b110 = rec.record("getfield", [b85!], __metajit_o7);
          at = 849;
          {
            const x0 = rec.resolve(b110!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b111 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 853;
          {
            const x0 = b111!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b112 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b109 = b112;
          block = 859;
          continue dispatch;
        }
        case 859: {
          at = 859;
          const c859 = rec.resolve(b109!);
          if (!c859.isConst) rec.guard(c859.value === true ? "guard_true" : "guard_false", [c859], rec.snapshot(0, 859, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b79 ??= __metajit_G.float(u79)), b85!, b87!, b96!, b109!]));
          if (c859.value !== true) {
            block = 900;
            continue dispatch;
          }
          block = 876;
          continue dispatch;
        }
        case 876: {
          at = 876;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 880;
          b96 = rec.record("call", [__metajit_k0_25, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 880, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 900;
          continue dispatch;
        }
        case 900: {
          block = 924;
          continue dispatch;
        }
        case 902: {
          at = 902;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 906;
          b96 = rec.record("call", [__metajit_k0_26, b0!, b85!, b87!, (b79 ??= __metajit_G.float(u79))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 906, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 924;
          continue dispatch;
        }
        case 924: {
          u113 = u8 | 0;
          b113 = undefined;
          at = 927;
          rec.record("setarrayitem", [b4!, (b113 ??= __metajit_G.int(u113)), b96!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 934: {
          at = 934;
          b115 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 939;
          b114 = rec.record("getfield", [b115!], __metajit_o6);
          u117 = (u2 as Record<string, unknown>)["k"];
          b117 = undefined;
          u118 = (u2 as Record<string, unknown>)["b"];
          b118 = undefined;
          u119 = u7 | 0;
          b119 = undefined;
          u120 = __metajit_G.asFloat("getarrayitem_imm", (u118 as ArrayLike<unknown>)[u119], "[any]");
          b120 = undefined;
          u121 = u120 | 0;
          b121 = undefined;
          u116 = (u117 as ArrayLike<unknown>)[u121];
          b116 = undefined;
          at = 972;
          b122 = rec.record("getfield", [b114!], __metajit_o7);
          at = 977;
          {
            const x0 = rec.resolve(b122!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b123 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 981;
          const c981 = b123!;
          if (!c981.isConst) rec.guard(c981.value === true ? "guard_true" : "guard_false", [c981], rec.snapshot(0, 981, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b114!, (b116 ??= __metajit_G.ref(u116)), b123!]));
          if (c981.value !== true) {
            block = 1022;
            continue dispatch;
          }
          block = 996;
          continue dispatch;
        }
        case 996: {
          u124 = u8 | 0;
          b124 = undefined;
          at = 999;
          b125 = rec.record("getarrayitem", [b4!, (b124 ??= __metajit_G.int(u124))], __metajit_o0);
          at = 1005;
          rec.enterFrame(0, 1005, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 4);
          __metajit_trace_4_2(rec, b114!, u116, b125!);
          rec.leaveFrame();
          block = 1053;
          continue dispatch;
        }
        case 1022: {
          at = 1022;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u126 = u8 | 0;
          b126 = undefined;
          at = 1029;
          b127 = rec.record("getarrayitem", [b4!, (b126 ??= __metajit_G.int(u126))], __metajit_o0);
          at = 1035;
          rec.record("call", [__metajit_k0_27, b0!, b114!, (b116 ??= __metajit_G.ref(u116)), b127!, __metajit_k0_19], { descr: null, type: "void", snapshot: rec.snapshot(0, 1035, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1053;
          continue dispatch;
        }
        case 1053: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 1055: {
          at = 1055;
          b129 = rec.record("getfield_imm", [b3!], __metajit_o2);
          at = 1060;
          b130 = rec.record("getfield_imm", [b129!], __metajit_o3);
          u131 = (u2 as Record<string, unknown>)["b"];
          b131 = undefined;
          u132 = u7 | 0;
          b132 = undefined;
          u133 = __metajit_G.asFloat("getarrayitem_imm", (u131 as ArrayLike<unknown>)[u132], "[any]");
          b133 = undefined;
          u134 = u133 | 0;
          b134 = undefined;
          at = 1082;
          b128 = rec.record("getarrayitem", [b130!, (b134 ??= __metajit_G.int(u134))], __metajit_o0);
          at = 1088;
          b135 = rec.record("getfield", [b128!], __metajit_o4);
          at = 1093;
          b136 = rec.record("getfield", [b128!], __metajit_o5);
          at = 1098;
          {
            const x0 = rec.resolve(b136!);
            const v0 = x0.value as number;
            const v = v0 | 0;
            b137 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u138 = u8 | 0;
          b138 = undefined;
          at = 1104;
          b139 = rec.record("getarrayitem", [b4!, (b138 ??= __metajit_G.int(u138))], __metajit_o0);
          at = 1110;
          rec.record("setarrayitem", [b135!, b137!, b139!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 1117: {
          u141 = (u2 as Record<string, unknown>)["b"];
          b141 = undefined;
          u142 = u7 | 0;
          b142 = undefined;
          u140 = __metajit_G.asFloat("getarrayitem_imm", (u141 as ArrayLike<unknown>)[u142], "[any]");
          b140 = undefined;
          u144 = (u2 as Record<string, unknown>)["c"];
          b144 = undefined;
          u145 = u7 | 0;
          b145 = undefined;
          u143 = __metajit_G.asFloat("getarrayitem_imm", (u144 as ArrayLike<unknown>)[u145], "[any]");
          b143 = undefined;
          u147 = u8 | 0;
          b147 = undefined;
          at = 1148;
          b146 = rec.record("getarrayitem", [b4!, (b147 ??= __metajit_G.int(u147))], __metajit_o0);
          u150 = u140 >= 0;
          b150 = undefined;
          if (!u150) {
            block = 1188;
            continue dispatch;
          }
          block = 1174;
          continue dispatch;
        }
        case 1174: {
          u151 = u140 | 0;
          b151 = undefined;
          at = 1177;
          b152 = rec.record("getarrayitem", [b4!, (b151 ??= __metajit_G.int(u151))], __metajit_o0);
          b149 = b152;
          block = 1209;
          continue dispatch;
        }
        case 1188: {
          u153 = (u2 as Record<string, unknown>)["k"];
          b153 = undefined;
          u154 = (-1) - u140;
          b154 = undefined;
          u155 = u154 | 0;
          b155 = undefined;
          u156 = (u153 as ArrayLike<unknown>)[u155];
          b156 = undefined;
          u149 = u156;
          b149 = b156;
          b149 ??= __metajit_G.ref(u149);
          block = 1209;
          continue dispatch;
        }
        case 1209: {
          b148 = b149;
          u159 = u143 >= 0;
          b159 = undefined;
          if (!u159) {
            block = 1246;
            continue dispatch;
          }
          block = 1232;
          continue dispatch;
        }
        case 1232: {
          u160 = u143 | 0;
          b160 = undefined;
          at = 1235;
          b161 = rec.record("getarrayitem", [b4!, (b160 ??= __metajit_G.int(u160))], __metajit_o0);
          b158 = b161;
          block = 1267;
          continue dispatch;
        }
        case 1246: {
          u162 = (u2 as Record<string, unknown>)["k"];
          b162 = undefined;
          u163 = (-1) - u143;
          b163 = undefined;
          u164 = u163 | 0;
          b164 = undefined;
          u165 = (u162 as ArrayLike<unknown>)[u164];
          b165 = undefined;
          u158 = u165;
          b158 = b165;
          b158 ??= __metajit_G.ref(u158);
          block = 1267;
          continue dispatch;
        }
        case 1267: {
          b157 = b158;
          at = 1270;
          b166 = rec.record("call_pure", [__metajit_k0_28, b146!, __metajit_k0_29], { descr: null, type: "bool", snapshot: rec.snapshot(0, 1270, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!]) });
          b167 = b166;
          at = 1292;
          const c1292 = b166!;
          if (!c1292.isConst) rec.guard(c1292.value === true ? "guard_true" : "guard_false", [c1292], rec.snapshot(0, 1292, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!, b166!, b167!]));
          if (c1292.value !== true) {
            block = 1321;
            continue dispatch;
          }
          block = 1309;
          continue dispatch;
        }
        case 1309: {
          at = 1309;
          b168 = rec.record("getfield", [b146!], __metajit_o7);
          at = 1314;
          {
            const x0 = rec.resolve(b168!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b169 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b167 = b169;
          block = 1321;
          continue dispatch;
        }
        case 1321: {
          at = 1321;
          const c1321 = rec.resolve(b167!);
          if (!c1321.isConst) rec.guard(c1321.value === true ? "guard_true" : "guard_false", [c1321], rec.snapshot(0, 1321, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!, b167!]));
          if (c1321.value !== true) {
            block = 1477;
            continue dispatch;
          }
          block = 1337;
          continue dispatch;
        }
        case 1337: {
          at = 1337;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = typeof v0;
            b170 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1340;
          {
            const x0 = b170!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b171 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 1344;
          const c1344 = b171!;
          if (!c1344.isConst) rec.guard(c1344.value === true ? "guard_true" : "guard_false", [c1344], rec.snapshot(0, 1344, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!, b171!]));
          if (c1344.value !== true) {
            block = 1377;
            continue dispatch;
          }
          block = 1360;
          continue dispatch;
        }
        case 1360: {
          at = 1360;
          rec.enterFrame(0, 1360, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 4);
          __metajit_trace_4(rec, b146!, b148!, b157!);
          rec.leaveFrame();
          block = 1475;
          continue dispatch;
        }
        case 1377: {
          at = 1377;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = typeof v0;
            b172 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1380;
          {
            const x0 = b172!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b173 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b174 = b173;
          at = 1387;
          const c1387 = b173!;
          if (!c1387.isConst) rec.guard(c1387.value === true ? "guard_true" : "guard_false", [c1387], rec.snapshot(0, 1387, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!, b173!, b174!]));
          if (c1387.value !== true) {
            block = 1417;
            continue dispatch;
          }
          block = 1404;
          continue dispatch;
        }
        case 1404: {
          at = 1404;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b175 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1407;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b176 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1410;
          {
            const x0 = b175!;
            const v0 = x0.value as number;
            const x1 = b176!;
            const v1 = x1.value as number;
            const v = v0 === v1;
            b177 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          b174 = b177;
          block = 1417;
          continue dispatch;
        }
        case 1417: {
          at = 1417;
          const c1417 = rec.resolve(b174!);
          if (!c1417.isConst) rec.guard(c1417.value === true ? "guard_true" : "guard_false", [c1417], rec.snapshot(0, 1417, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b146!, b148!, b157!, b174!]));
          if (c1417.value !== true) {
            block = 1453;
            continue dispatch;
          }
          block = 1433;
          continue dispatch;
        }
        case 1433: {
          at = 1433;
          {
            const x0 = rec.resolve(b148!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b178 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 1436;
          rec.enterFrame(0, 1436, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!], 5);
          __metajit_trace_5(rec, b146!, b178!, b157!);
          rec.leaveFrame();
          block = 1475;
          continue dispatch;
        }
        case 1453: {
          at = 1453;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1457;
          rec.record("call", [__metajit_k0_30, b0!, b146!, b148!, b157!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1457, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1475;
          continue dispatch;
        }
        case 1475: {
          block = 1499;
          continue dispatch;
        }
        case 1477: {
          at = 1477;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1481;
          rec.record("call", [__metajit_k0_31, b0!, b146!, b148!, b157!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 1481, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 1499;
          continue dispatch;
        }
        case 1499: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 1501: {
          u179 = u8 | 0;
          b179 = undefined;
          u180 = (u2 as Record<string, unknown>)["b"];
          b180 = undefined;
          u181 = u7 | 0;
          b181 = undefined;
          u182 = __metajit_G.asFloat("getarrayitem_imm", (u180 as ArrayLike<unknown>)[u181], "[any]");
          b182 = undefined;
          u183 = (u2 as Record<string, unknown>)["c"];
          b183 = undefined;
          u184 = u7 | 0;
          b184 = undefined;
          u185 = __metajit_G.asFloat("getarrayitem_imm", (u183 as ArrayLike<unknown>)[u184], "[any]");
          b185 = undefined;
          at = 1532;
          b186 = rec.record("call", [__metajit_k0_32, (b182 ??= __metajit_G.float(u182)), (b185 ??= __metajit_G.float(u185))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 1532, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b179 ??= __metajit_G.int(u179))]) });
          at = 1548;
          rec.record("setarrayitem", [b4!, (b179 ??= __metajit_G.int(u179)), b186!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 1555: {
          u188 = (u2 as Record<string, unknown>)["b"];
          b188 = undefined;
          u189 = u7 | 0;
          b189 = undefined;
          u187 = __metajit_G.asFloat("getarrayitem_imm", (u188 as ArrayLike<unknown>)[u189], "[any]");
          b187 = undefined;
          u191 = (u2 as Record<string, unknown>)["c"];
          b191 = undefined;
          u192 = u7 | 0;
          b192 = undefined;
          u190 = __metajit_G.asFloat("getarrayitem_imm", (u191 as ArrayLike<unknown>)[u192], "[any]");
          b190 = undefined;
          u194 = u187 | 0;
          b194 = undefined;
          at = 1586;
          b193 = rec.record("getarrayitem", [b4!, (b194 ??= __metajit_G.int(u194))], __metajit_o0);
          u197 = u190 >= 0;
          b197 = undefined;
          if (!u197) {
            block = 1626;
            continue dispatch;
          }
          block = 1612;
          continue dispatch;
        }
        case 1612: {
          u198 = u190 | 0;
          b198 = undefined;
          at = 1615;
          b199 = rec.record("getarrayitem", [b4!, (b198 ??= __metajit_G.int(u198))], __metajit_o0);
          b196 = b199;
          block = 1647;
          continue dispatch;
        }
        case 1626: {
          u200 = (u2 as Record<string, unknown>)["k"];
          b200 = undefined;
          u201 = (-1) - u190;
          b201 = undefined;
          u202 = u201 | 0;
          b202 = undefined;
          u203 = (u200 as ArrayLike<unknown>)[u202];
          b203 = undefined;
          u196 = u203;
          b196 = b203;
          b196 ??= __metajit_G.ref(u196);
          block = 1647;
          continue dispatch;
        }
        case 1647: {
          b195 = b196;
          u204 = u8 + 1;
          b204 = undefined;
          u205 = u204 | 0;
          b205 = undefined;
          at = 1657;
          rec.record("setarrayitem", [b4!, (b205 ??= __metajit_G.int(u205)), b193!], __metajit_o1);
          u206 = __metajit_k0_10.value;
          b206 = __metajit_k0_10;
          at = 1665;
          b207 = rec.record("call_pure", [__metajit_k0_33, b193!, __metajit_k0_34], { descr: null, type: "bool", snapshot: rec.snapshot(0, 1665, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!]) });
          at = 1684;
          const c1684 = b207!;
          if (!c1684.isConst) rec.guard(c1684.value === true ? "guard_true" : "guard_false", [c1684], rec.snapshot(0, 1684, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!, b207!]));
          if (c1684.value !== true) {
            block = 1853;
            continue dispatch;
          }
          block = 1700;
          continue dispatch;
        }
        case 1700: {
          at = 1700;
          {
            const x0 = rec.resolve(b195!);
            const v0 = x0.value;
            const v = typeof v0;
            b209 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 1703;
          {
            const x0 = b209!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b210 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 1707;
          const c1707 = b210!;
          if (!c1707.isConst) rec.guard(c1707.value === true ? "guard_true" : "guard_false", [c1707], rec.snapshot(0, 1707, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!, b210!]));
          if (c1707.value !== true) {
            block = 1746;
            continue dispatch;
          }
          block = 1723;
          continue dispatch;
        }
        case 1723: {
          at = 1723;
          rec.enterFrame(0, 1723, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!], 1);
          b211 = __metajit_trace_1(rec, b193!, b195!);
          rec.leaveFrame();
          b208 = b211;
          block = 1767;
          continue dispatch;
        }
        case 1746: {
          at = 1746;
          rec.enterFrame(0, 1746, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!], 3);
          b212 = __metajit_trace_3(rec, b193!, b195!);
          rec.leaveFrame();
          b208 = b212;
          block = 1767;
          continue dispatch;
        }
        case 1767: {
          b206 = b208;
          at = 1770;
          {
            const x0 = rec.resolve(b206!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b213 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          b214 = b213;
          at = 1777;
          const c1777 = b213!;
          if (!c1777.isConst) rec.guard(c1777.value === true ? "guard_true" : "guard_false", [c1777], rec.snapshot(0, 1777, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!, b206!, b213!, b214!]));
          if (c1777.value !== true) {
            block = 1810;
            continue dispatch;
          }
          block = 1795;
          continue dispatch;
        }
        case 1795: {
          at = 1795;
          b215 = rec.record("getfield", [b193!], __metajit_o7);
          at = 1800;
          {
            const x0 = rec.resolve(b215!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b216 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 1804;
          {
            const x0 = b216!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b217 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b214 = b217;
          block = 1810;
          continue dispatch;
        }
        case 1810: {
          at = 1810;
          const c1810 = rec.resolve(b214!);
          if (!c1810.isConst) rec.guard(c1810.value === true ? "guard_true" : "guard_false", [c1810], rec.snapshot(0, 1810, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b187 ??= __metajit_G.float(u187)), b193!, b195!, b206!, b214!]));
          if (c1810.value !== true) {
            block = 1851;
            continue dispatch;
          }
          block = 1827;
          continue dispatch;
        }
        case 1827: {
          at = 1827;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1831;
          b206 = rec.record("call", [__metajit_k0_35, b0!, b193!, b195!, (b187 ??= __metajit_G.float(u187))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 1831, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 1851;
          continue dispatch;
        }
        case 1851: {
          block = 1875;
          continue dispatch;
        }
        case 1853: {
          at = 1853;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 1857;
          b206 = rec.record("call", [__metajit_k0_36, b0!, b193!, b195!, (b187 ??= __metajit_G.float(u187))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 1857, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 1875;
          continue dispatch;
        }
        case 1875: {
          u218 = u8 | 0;
          b218 = undefined;
          at = 1878;
          rec.record("setarrayitem", [b4!, (b218 ??= __metajit_G.int(u218)), b206!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 1885: {
          u220 = (u2 as Record<string, unknown>)["b"];
          b220 = undefined;
          u221 = u7 | 0;
          b221 = undefined;
          u219 = __metajit_G.asFloat("getarrayitem_imm", (u220 as ArrayLike<unknown>)[u221], "[any]");
          b219 = undefined;
          u223 = (u2 as Record<string, unknown>)["c"];
          b223 = undefined;
          u224 = u7 | 0;
          b224 = undefined;
          u222 = __metajit_G.asFloat("getarrayitem_imm", (u223 as ArrayLike<unknown>)[u224], "[any]");
          b222 = undefined;
          u227 = u219 >= 0;
          b227 = undefined;
          if (!u227) {
            block = 1946;
            continue dispatch;
          }
          block = 1932;
          continue dispatch;
        }
        case 1932: {
          u228 = u219 | 0;
          b228 = undefined;
          at = 1935;
          b229 = rec.record("getarrayitem", [b4!, (b228 ??= __metajit_G.int(u228))], __metajit_o0);
          b226 = b229;
          block = 1967;
          continue dispatch;
        }
        case 1946: {
          u230 = (u2 as Record<string, unknown>)["k"];
          b230 = undefined;
          u231 = (-1) - u219;
          b231 = undefined;
          u232 = u231 | 0;
          b232 = undefined;
          u233 = (u230 as ArrayLike<unknown>)[u232];
          b233 = undefined;
          u226 = u233;
          b226 = b233;
          b226 ??= __metajit_G.ref(u226);
          block = 1967;
          continue dispatch;
        }
        case 1967: {
          b225 = b226;
          u236 = u222 >= 0;
          b236 = undefined;
          if (!u236) {
            block = 2004;
            continue dispatch;
          }
          block = 1990;
          continue dispatch;
        }
        case 1990: {
          u237 = u222 | 0;
          b237 = undefined;
          at = 1993;
          b238 = rec.record("getarrayitem", [b4!, (b237 ??= __metajit_G.int(u237))], __metajit_o0);
          b235 = b238;
          block = 2025;
          continue dispatch;
        }
        case 2004: {
          u239 = (u2 as Record<string, unknown>)["k"];
          b239 = undefined;
          u240 = (-1) - u222;
          b240 = undefined;
          u241 = u240 | 0;
          b241 = undefined;
          u242 = (u239 as ArrayLike<unknown>)[u241];
          b242 = undefined;
          u235 = u242;
          b235 = b242;
          b235 ??= __metajit_G.ref(u235);
          block = 2025;
          continue dispatch;
        }
        case 2025: {
          b234 = b235;
          at = 2028;
          {
            const x0 = rec.resolve(b225!);
            const v0 = x0.value;
            const v = typeof v0;
            b243 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2031;
          {
            const x0 = b243!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b244 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b245 = b244;
          at = 2038;
          const c2038 = b244!;
          if (!c2038.isConst) rec.guard(c2038.value === true ? "guard_true" : "guard_false", [c2038], rec.snapshot(0, 2038, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b219 ??= __metajit_G.float(u219)), (b222 ??= __metajit_G.float(u222)), b225!, b234!, b244!, b245!]));
          if (c2038.value !== true) {
            block = 2066;
            continue dispatch;
          }
          block = 2056;
          continue dispatch;
        }
        case 2056: {
          at = 2056;
          {
            const x0 = rec.resolve(b234!);
            const v0 = x0.value;
            const v = typeof v0;
            b246 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2059;
          {
            const x0 = b246!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b247 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b245 = b247;
          block = 2066;
          continue dispatch;
        }
        case 2066: {
          at = 2066;
          const c2066 = rec.resolve(b245!);
          if (!c2066.isConst) rec.guard(c2066.value === true ? "guard_true" : "guard_false", [c2066], rec.snapshot(0, 2066, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b219 ??= __metajit_G.float(u219)), (b222 ??= __metajit_G.float(u222)), b225!, b234!, b245!]));
          if (c2066.value !== true) {
            block = 2106;
            continue dispatch;
          }
          block = 2083;
          continue dispatch;
        }
        case 2083: {
          u248 = u8 | 0;
          b248 = undefined;
          at = 2086;
          {
            const x0 = rec.resolve(b225!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b249 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2089;
          {
            const x0 = rec.resolve(b234!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b250 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2092;
          {
            const x0 = b249!;
            const v0 = x0.value as number;
            const x1 = b250!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b251 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 2096;
          {
            const x0 = b251!;
            const v0 = x0.value as number;
            const v = v0;
            b252 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2099;
          rec.record("setarrayitem", [b4!, (b248 ??= __metajit_G.int(u248)), b252!], __metajit_o1);
          block = 2138;
          continue dispatch;
        }
        case 2106: {
          at = 2106;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u253 = u8 | 0;
          b253 = undefined;
          at = 2113;
          b254 = rec.record("call", [__metajit_k0_37, b0!, __metajit_k0_39, b225!, b234!, (b219 ??= __metajit_G.float(u219)), (b222 ??= __metajit_G.float(u222))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2113, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b253 ??= __metajit_G.int(u253))]) });
          at = 2133;
          rec.record("setarrayitem", [b4!, (b253 ??= __metajit_G.int(u253)), b254!], __metajit_o1);
          block = 2138;
          continue dispatch;
        }
        case 2138: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 2140: {
          u256 = (u2 as Record<string, unknown>)["b"];
          b256 = undefined;
          u257 = u7 | 0;
          b257 = undefined;
          u255 = __metajit_G.asFloat("getarrayitem_imm", (u256 as ArrayLike<unknown>)[u257], "[any]");
          b255 = undefined;
          u259 = (u2 as Record<string, unknown>)["c"];
          b259 = undefined;
          u260 = u7 | 0;
          b260 = undefined;
          u258 = __metajit_G.asFloat("getarrayitem_imm", (u259 as ArrayLike<unknown>)[u260], "[any]");
          b258 = undefined;
          u263 = u255 >= 0;
          b263 = undefined;
          if (!u263) {
            block = 2201;
            continue dispatch;
          }
          block = 2187;
          continue dispatch;
        }
        case 2187: {
          u264 = u255 | 0;
          b264 = undefined;
          at = 2190;
          b265 = rec.record("getarrayitem", [b4!, (b264 ??= __metajit_G.int(u264))], __metajit_o0);
          b262 = b265;
          block = 2222;
          continue dispatch;
        }
        case 2201: {
          u266 = (u2 as Record<string, unknown>)["k"];
          b266 = undefined;
          u267 = (-1) - u255;
          b267 = undefined;
          u268 = u267 | 0;
          b268 = undefined;
          u269 = (u266 as ArrayLike<unknown>)[u268];
          b269 = undefined;
          u262 = u269;
          b262 = b269;
          b262 ??= __metajit_G.ref(u262);
          block = 2222;
          continue dispatch;
        }
        case 2222: {
          b261 = b262;
          u272 = u258 >= 0;
          b272 = undefined;
          if (!u272) {
            block = 2259;
            continue dispatch;
          }
          block = 2245;
          continue dispatch;
        }
        case 2245: {
          u273 = u258 | 0;
          b273 = undefined;
          at = 2248;
          b274 = rec.record("getarrayitem", [b4!, (b273 ??= __metajit_G.int(u273))], __metajit_o0);
          b271 = b274;
          block = 2280;
          continue dispatch;
        }
        case 2259: {
          u275 = (u2 as Record<string, unknown>)["k"];
          b275 = undefined;
          u276 = (-1) - u258;
          b276 = undefined;
          u277 = u276 | 0;
          b277 = undefined;
          u278 = (u275 as ArrayLike<unknown>)[u277];
          b278 = undefined;
          u271 = u278;
          b271 = b278;
          b271 ??= __metajit_G.ref(u271);
          block = 2280;
          continue dispatch;
        }
        case 2280: {
          b270 = b271;
          at = 2283;
          {
            const x0 = rec.resolve(b261!);
            const v0 = x0.value;
            const v = typeof v0;
            b279 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2286;
          {
            const x0 = b279!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b280 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b281 = b280;
          at = 2293;
          const c2293 = b280!;
          if (!c2293.isConst) rec.guard(c2293.value === true ? "guard_true" : "guard_false", [c2293], rec.snapshot(0, 2293, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b255 ??= __metajit_G.float(u255)), (b258 ??= __metajit_G.float(u258)), b261!, b270!, b280!, b281!]));
          if (c2293.value !== true) {
            block = 2321;
            continue dispatch;
          }
          block = 2311;
          continue dispatch;
        }
        case 2311: {
          at = 2311;
          {
            const x0 = rec.resolve(b270!);
            const v0 = x0.value;
            const v = typeof v0;
            b282 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2314;
          {
            const x0 = b282!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b283 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b281 = b283;
          block = 2321;
          continue dispatch;
        }
        case 2321: {
          at = 2321;
          const c2321 = rec.resolve(b281!);
          if (!c2321.isConst) rec.guard(c2321.value === true ? "guard_true" : "guard_false", [c2321], rec.snapshot(0, 2321, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b255 ??= __metajit_G.float(u255)), (b258 ??= __metajit_G.float(u258)), b261!, b270!, b281!]));
          if (c2321.value !== true) {
            block = 2361;
            continue dispatch;
          }
          block = 2338;
          continue dispatch;
        }
        case 2338: {
          u284 = u8 | 0;
          b284 = undefined;
          at = 2341;
          {
            const x0 = rec.resolve(b261!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b285 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2344;
          {
            const x0 = rec.resolve(b270!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b286 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2347;
          {
            const x0 = b285!;
            const v0 = x0.value as number;
            const x1 = b286!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b287 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 2351;
          {
            const x0 = b287!;
            const v0 = x0.value as number;
            const v = v0;
            b288 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2354;
          rec.record("setarrayitem", [b4!, (b284 ??= __metajit_G.int(u284)), b288!], __metajit_o1);
          block = 2393;
          continue dispatch;
        }
        case 2361: {
          at = 2361;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u289 = u8 | 0;
          b289 = undefined;
          at = 2368;
          b290 = rec.record("call", [__metajit_k0_40, b0!, __metajit_k0_42, b261!, b270!, (b255 ??= __metajit_G.float(u255)), (b258 ??= __metajit_G.float(u258))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2368, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b289 ??= __metajit_G.int(u289))]) });
          at = 2388;
          rec.record("setarrayitem", [b4!, (b289 ??= __metajit_G.int(u289)), b290!], __metajit_o1);
          block = 2393;
          continue dispatch;
        }
        case 2393: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 2395: {
          u292 = (u2 as Record<string, unknown>)["b"];
          b292 = undefined;
          u293 = u7 | 0;
          b293 = undefined;
          u291 = __metajit_G.asFloat("getarrayitem_imm", (u292 as ArrayLike<unknown>)[u293], "[any]");
          b291 = undefined;
          u295 = (u2 as Record<string, unknown>)["c"];
          b295 = undefined;
          u296 = u7 | 0;
          b296 = undefined;
          u294 = __metajit_G.asFloat("getarrayitem_imm", (u295 as ArrayLike<unknown>)[u296], "[any]");
          b294 = undefined;
          u299 = u291 >= 0;
          b299 = undefined;
          if (!u299) {
            block = 2456;
            continue dispatch;
          }
          block = 2442;
          continue dispatch;
        }
        case 2442: {
          u300 = u291 | 0;
          b300 = undefined;
          at = 2445;
          b301 = rec.record("getarrayitem", [b4!, (b300 ??= __metajit_G.int(u300))], __metajit_o0);
          b298 = b301;
          block = 2477;
          continue dispatch;
        }
        case 2456: {
          u302 = (u2 as Record<string, unknown>)["k"];
          b302 = undefined;
          u303 = (-1) - u291;
          b303 = undefined;
          u304 = u303 | 0;
          b304 = undefined;
          u305 = (u302 as ArrayLike<unknown>)[u304];
          b305 = undefined;
          u298 = u305;
          b298 = b305;
          b298 ??= __metajit_G.ref(u298);
          block = 2477;
          continue dispatch;
        }
        case 2477: {
          b297 = b298;
          u308 = u294 >= 0;
          b308 = undefined;
          if (!u308) {
            block = 2514;
            continue dispatch;
          }
          block = 2500;
          continue dispatch;
        }
        case 2500: {
          u309 = u294 | 0;
          b309 = undefined;
          at = 2503;
          b310 = rec.record("getarrayitem", [b4!, (b309 ??= __metajit_G.int(u309))], __metajit_o0);
          b307 = b310;
          block = 2535;
          continue dispatch;
        }
        case 2514: {
          u311 = (u2 as Record<string, unknown>)["k"];
          b311 = undefined;
          u312 = (-1) - u294;
          b312 = undefined;
          u313 = u312 | 0;
          b313 = undefined;
          u314 = (u311 as ArrayLike<unknown>)[u313];
          b314 = undefined;
          u307 = u314;
          b307 = b314;
          b307 ??= __metajit_G.ref(u307);
          block = 2535;
          continue dispatch;
        }
        case 2535: {
          b306 = b307;
          at = 2538;
          {
            const x0 = rec.resolve(b297!);
            const v0 = x0.value;
            const v = typeof v0;
            b315 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2541;
          {
            const x0 = b315!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b316 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b317 = b316;
          at = 2548;
          const c2548 = b316!;
          if (!c2548.isConst) rec.guard(c2548.value === true ? "guard_true" : "guard_false", [c2548], rec.snapshot(0, 2548, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b291 ??= __metajit_G.float(u291)), (b294 ??= __metajit_G.float(u294)), b297!, b306!, b316!, b317!]));
          if (c2548.value !== true) {
            block = 2576;
            continue dispatch;
          }
          block = 2566;
          continue dispatch;
        }
        case 2566: {
          at = 2566;
          {
            const x0 = rec.resolve(b306!);
            const v0 = x0.value;
            const v = typeof v0;
            b318 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2569;
          {
            const x0 = b318!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b319 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b317 = b319;
          block = 2576;
          continue dispatch;
        }
        case 2576: {
          at = 2576;
          const c2576 = rec.resolve(b317!);
          if (!c2576.isConst) rec.guard(c2576.value === true ? "guard_true" : "guard_false", [c2576], rec.snapshot(0, 2576, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b291 ??= __metajit_G.float(u291)), (b294 ??= __metajit_G.float(u294)), b297!, b306!, b317!]));
          if (c2576.value !== true) {
            block = 2616;
            continue dispatch;
          }
          block = 2593;
          continue dispatch;
        }
        case 2593: {
          u320 = u8 | 0;
          b320 = undefined;
          at = 2596;
          {
            const x0 = rec.resolve(b297!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b321 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2599;
          {
            const x0 = rec.resolve(b306!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b322 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2602;
          {
            const x0 = b321!;
            const v0 = x0.value as number;
            const x1 = b322!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b323 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 2606;
          {
            const x0 = b323!;
            const v0 = x0.value as number;
            const v = v0;
            b324 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2609;
          rec.record("setarrayitem", [b4!, (b320 ??= __metajit_G.int(u320)), b324!], __metajit_o1);
          block = 2648;
          continue dispatch;
        }
        case 2616: {
          at = 2616;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u325 = u8 | 0;
          b325 = undefined;
          at = 2623;
          b326 = rec.record("call", [__metajit_k0_43, b0!, __metajit_k0_45, b297!, b306!, (b291 ??= __metajit_G.float(u291)), (b294 ??= __metajit_G.float(u294))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2623, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b325 ??= __metajit_G.int(u325))]) });
          at = 2643;
          rec.record("setarrayitem", [b4!, (b325 ??= __metajit_G.int(u325)), b326!], __metajit_o1);
          block = 2648;
          continue dispatch;
        }
        case 2648: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 2650: {
          u328 = (u2 as Record<string, unknown>)["b"];
          b328 = undefined;
          u329 = u7 | 0;
          b329 = undefined;
          u327 = __metajit_G.asFloat("getarrayitem_imm", (u328 as ArrayLike<unknown>)[u329], "[any]");
          b327 = undefined;
          u331 = (u2 as Record<string, unknown>)["c"];
          b331 = undefined;
          u332 = u7 | 0;
          b332 = undefined;
          u330 = __metajit_G.asFloat("getarrayitem_imm", (u331 as ArrayLike<unknown>)[u332], "[any]");
          b330 = undefined;
          u335 = u327 >= 0;
          b335 = undefined;
          if (!u335) {
            block = 2711;
            continue dispatch;
          }
          block = 2697;
          continue dispatch;
        }
        case 2697: {
          u336 = u327 | 0;
          b336 = undefined;
          at = 2700;
          b337 = rec.record("getarrayitem", [b4!, (b336 ??= __metajit_G.int(u336))], __metajit_o0);
          b334 = b337;
          block = 2732;
          continue dispatch;
        }
        case 2711: {
          u338 = (u2 as Record<string, unknown>)["k"];
          b338 = undefined;
          u339 = (-1) - u327;
          b339 = undefined;
          u340 = u339 | 0;
          b340 = undefined;
          u341 = (u338 as ArrayLike<unknown>)[u340];
          b341 = undefined;
          u334 = u341;
          b334 = b341;
          b334 ??= __metajit_G.ref(u334);
          block = 2732;
          continue dispatch;
        }
        case 2732: {
          b333 = b334;
          u344 = u330 >= 0;
          b344 = undefined;
          if (!u344) {
            block = 2769;
            continue dispatch;
          }
          block = 2755;
          continue dispatch;
        }
        case 2755: {
          u345 = u330 | 0;
          b345 = undefined;
          at = 2758;
          b346 = rec.record("getarrayitem", [b4!, (b345 ??= __metajit_G.int(u345))], __metajit_o0);
          b343 = b346;
          block = 2790;
          continue dispatch;
        }
        case 2769: {
          u347 = (u2 as Record<string, unknown>)["k"];
          b347 = undefined;
          u348 = (-1) - u330;
          b348 = undefined;
          u349 = u348 | 0;
          b349 = undefined;
          u350 = (u347 as ArrayLike<unknown>)[u349];
          b350 = undefined;
          u343 = u350;
          b343 = b350;
          b343 ??= __metajit_G.ref(u343);
          block = 2790;
          continue dispatch;
        }
        case 2790: {
          b342 = b343;
          at = 2793;
          {
            const x0 = rec.resolve(b333!);
            const v0 = x0.value;
            const v = typeof v0;
            b351 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2796;
          {
            const x0 = b351!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b352 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b353 = b352;
          at = 2803;
          const c2803 = b352!;
          if (!c2803.isConst) rec.guard(c2803.value === true ? "guard_true" : "guard_false", [c2803], rec.snapshot(0, 2803, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b327 ??= __metajit_G.float(u327)), (b330 ??= __metajit_G.float(u330)), b333!, b342!, b352!, b353!]));
          if (c2803.value !== true) {
            block = 2831;
            continue dispatch;
          }
          block = 2821;
          continue dispatch;
        }
        case 2821: {
          at = 2821;
          {
            const x0 = rec.resolve(b342!);
            const v0 = x0.value;
            const v = typeof v0;
            b354 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 2824;
          {
            const x0 = b354!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b355 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b353 = b355;
          block = 2831;
          continue dispatch;
        }
        case 2831: {
          at = 2831;
          const c2831 = rec.resolve(b353!);
          if (!c2831.isConst) rec.guard(c2831.value === true ? "guard_true" : "guard_false", [c2831], rec.snapshot(0, 2831, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b327 ??= __metajit_G.float(u327)), (b330 ??= __metajit_G.float(u330)), b333!, b342!, b353!]));
          if (c2831.value !== true) {
            block = 2871;
            continue dispatch;
          }
          block = 2848;
          continue dispatch;
        }
        case 2848: {
          u356 = u8 | 0;
          b356 = undefined;
          at = 2851;
          {
            const x0 = rec.resolve(b333!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b357 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2854;
          {
            const x0 = rec.resolve(b342!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b358 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 2857;
          {
            const x0 = b357!;
            const v0 = x0.value as number;
            const x1 = b358!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b359 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 2861;
          {
            const x0 = b359!;
            const v0 = x0.value as number;
            const v = v0;
            b360 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 2864;
          rec.record("setarrayitem", [b4!, (b356 ??= __metajit_G.int(u356)), b360!], __metajit_o1);
          block = 2903;
          continue dispatch;
        }
        case 2871: {
          at = 2871;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u361 = u8 | 0;
          b361 = undefined;
          at = 2878;
          b362 = rec.record("call", [__metajit_k0_46, b0!, __metajit_k0_48, b333!, b342!, (b327 ??= __metajit_G.float(u327)), (b330 ??= __metajit_G.float(u330))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 2878, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b361 ??= __metajit_G.int(u361))]) });
          at = 2898;
          rec.record("setarrayitem", [b4!, (b361 ??= __metajit_G.int(u361)), b362!], __metajit_o1);
          block = 2903;
          continue dispatch;
        }
        case 2903: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 2905: {
          u364 = (u2 as Record<string, unknown>)["b"];
          b364 = undefined;
          u365 = u7 | 0;
          b365 = undefined;
          u363 = __metajit_G.asFloat("getarrayitem_imm", (u364 as ArrayLike<unknown>)[u365], "[any]");
          b363 = undefined;
          u367 = (u2 as Record<string, unknown>)["c"];
          b367 = undefined;
          u368 = u7 | 0;
          b368 = undefined;
          u366 = __metajit_G.asFloat("getarrayitem_imm", (u367 as ArrayLike<unknown>)[u368], "[any]");
          b366 = undefined;
          u371 = u363 >= 0;
          b371 = undefined;
          if (!u371) {
            block = 2966;
            continue dispatch;
          }
          block = 2952;
          continue dispatch;
        }
        case 2952: {
          u372 = u363 | 0;
          b372 = undefined;
          at = 2955;
          b373 = rec.record("getarrayitem", [b4!, (b372 ??= __metajit_G.int(u372))], __metajit_o0);
          b370 = b373;
          block = 2987;
          continue dispatch;
        }
        case 2966: {
          u374 = (u2 as Record<string, unknown>)["k"];
          b374 = undefined;
          u375 = (-1) - u363;
          b375 = undefined;
          u376 = u375 | 0;
          b376 = undefined;
          u377 = (u374 as ArrayLike<unknown>)[u376];
          b377 = undefined;
          u370 = u377;
          b370 = b377;
          b370 ??= __metajit_G.ref(u370);
          block = 2987;
          continue dispatch;
        }
        case 2987: {
          b369 = b370;
          u380 = u366 >= 0;
          b380 = undefined;
          if (!u380) {
            block = 3024;
            continue dispatch;
          }
          block = 3010;
          continue dispatch;
        }
        case 3010: {
          u381 = u366 | 0;
          b381 = undefined;
          at = 3013;
          b382 = rec.record("getarrayitem", [b4!, (b381 ??= __metajit_G.int(u381))], __metajit_o0);
          b379 = b382;
          block = 3045;
          continue dispatch;
        }
        case 3024: {
          u383 = (u2 as Record<string, unknown>)["k"];
          b383 = undefined;
          u384 = (-1) - u366;
          b384 = undefined;
          u385 = u384 | 0;
          b385 = undefined;
          u386 = (u383 as ArrayLike<unknown>)[u385];
          b386 = undefined;
          u379 = u386;
          b379 = b386;
          b379 ??= __metajit_G.ref(u379);
          block = 3045;
          continue dispatch;
        }
        case 3045: {
          b378 = b379;
          at = 3048;
          {
            const x0 = rec.resolve(b369!);
            const v0 = x0.value;
            const v = typeof v0;
            b387 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3051;
          {
            const x0 = b387!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b388 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b389 = b388;
          at = 3058;
          const c3058 = b388!;
          if (!c3058.isConst) rec.guard(c3058.value === true ? "guard_true" : "guard_false", [c3058], rec.snapshot(0, 3058, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b363 ??= __metajit_G.float(u363)), (b366 ??= __metajit_G.float(u366)), b369!, b378!, b388!, b389!]));
          if (c3058.value !== true) {
            block = 3086;
            continue dispatch;
          }
          block = 3076;
          continue dispatch;
        }
        case 3076: {
          at = 3076;
          {
            const x0 = rec.resolve(b378!);
            const v0 = x0.value;
            const v = typeof v0;
            b390 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3079;
          {
            const x0 = b390!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b391 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b389 = b391;
          block = 3086;
          continue dispatch;
        }
        case 3086: {
          at = 3086;
          const c3086 = rec.resolve(b389!);
          if (!c3086.isConst) rec.guard(c3086.value === true ? "guard_true" : "guard_false", [c3086], rec.snapshot(0, 3086, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b363 ??= __metajit_G.float(u363)), (b366 ??= __metajit_G.float(u366)), b369!, b378!, b389!]));
          if (c3086.value !== true) {
            block = 3157;
            continue dispatch;
          }
          block = 3103;
          continue dispatch;
        }
        case 3103: {
          u392 = u8 | 0;
          b392 = undefined;
          at = 3106;
          {
            const x0 = rec.resolve(b369!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b393 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3109;
          {
            const x0 = rec.resolve(b369!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b394 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3112;
          {
            const x0 = rec.resolve(b378!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b395 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3115;
          {
            const x0 = b394!;
            const v0 = x0.value as number;
            const x1 = b395!;
            const v1 = x1.value as number;
            const v = v0 / v1;
            b396 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, x1], v);
          }
          at = 3119;
          b397 = rec.record("call_pure", [__metajit_k0_49, b396!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3119, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b378!, (b392 ??= __metajit_G.int(u392)), b393!]) });
          at = 3136;
          {
            const x0 = rec.resolve(b378!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b398 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3139;
          {
            const x0 = b397!;
            const v0 = x0.value as number;
            const x1 = b398!;
            const v1 = x1.value as number;
            const v = v0 * v1;
            b399 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, x1], v);
          }
          at = 3143;
          {
            const x0 = b393!;
            const v0 = x0.value as number;
            const x1 = b399!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b400 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 3147;
          {
            const x0 = b400!;
            const v0 = x0.value as number;
            const v = v0;
            b401 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3150;
          rec.record("setarrayitem", [b4!, (b392 ??= __metajit_G.int(u392)), b401!], __metajit_o1);
          block = 3189;
          continue dispatch;
        }
        case 3157: {
          at = 3157;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u402 = u8 | 0;
          b402 = undefined;
          at = 3164;
          b403 = rec.record("call", [__metajit_k0_50, b0!, __metajit_k0_52, b369!, b378!, (b363 ??= __metajit_G.float(u363)), (b366 ??= __metajit_G.float(u366))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3164, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b402 ??= __metajit_G.int(u402))]) });
          at = 3184;
          rec.record("setarrayitem", [b4!, (b402 ??= __metajit_G.int(u402)), b403!], __metajit_o1);
          block = 3189;
          continue dispatch;
        }
        case 3189: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3191: {
          u405 = (u2 as Record<string, unknown>)["b"];
          b405 = undefined;
          u406 = u7 | 0;
          b406 = undefined;
          u404 = __metajit_G.asFloat("getarrayitem_imm", (u405 as ArrayLike<unknown>)[u406], "[any]");
          b404 = undefined;
          u408 = (u2 as Record<string, unknown>)["c"];
          b408 = undefined;
          u409 = u7 | 0;
          b409 = undefined;
          u407 = __metajit_G.asFloat("getarrayitem_imm", (u408 as ArrayLike<unknown>)[u409], "[any]");
          b407 = undefined;
          u412 = u404 >= 0;
          b412 = undefined;
          if (!u412) {
            block = 3252;
            continue dispatch;
          }
          block = 3238;
          continue dispatch;
        }
        case 3238: {
          u413 = u404 | 0;
          b413 = undefined;
          at = 3241;
          b414 = rec.record("getarrayitem", [b4!, (b413 ??= __metajit_G.int(u413))], __metajit_o0);
          b411 = b414;
          block = 3273;
          continue dispatch;
        }
        case 3252: {
          u415 = (u2 as Record<string, unknown>)["k"];
          b415 = undefined;
          u416 = (-1) - u404;
          b416 = undefined;
          u417 = u416 | 0;
          b417 = undefined;
          u418 = (u415 as ArrayLike<unknown>)[u417];
          b418 = undefined;
          u411 = u418;
          b411 = b418;
          b411 ??= __metajit_G.ref(u411);
          block = 3273;
          continue dispatch;
        }
        case 3273: {
          b410 = b411;
          u421 = u407 >= 0;
          b421 = undefined;
          if (!u421) {
            block = 3310;
            continue dispatch;
          }
          block = 3296;
          continue dispatch;
        }
        case 3296: {
          u422 = u407 | 0;
          b422 = undefined;
          at = 3299;
          b423 = rec.record("getarrayitem", [b4!, (b422 ??= __metajit_G.int(u422))], __metajit_o0);
          b420 = b423;
          block = 3331;
          continue dispatch;
        }
        case 3310: {
          u424 = (u2 as Record<string, unknown>)["k"];
          b424 = undefined;
          u425 = (-1) - u407;
          b425 = undefined;
          u426 = u425 | 0;
          b426 = undefined;
          u427 = (u424 as ArrayLike<unknown>)[u426];
          b427 = undefined;
          u420 = u427;
          b420 = b427;
          b420 ??= __metajit_G.ref(u420);
          block = 3331;
          continue dispatch;
        }
        case 3331: {
          b419 = b420;
          at = 3334;
          {
            const x0 = rec.resolve(b410!);
            const v0 = x0.value;
            const v = typeof v0;
            b428 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3337;
          {
            const x0 = b428!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b429 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b430 = b429;
          at = 3344;
          const c3344 = b429!;
          if (!c3344.isConst) rec.guard(c3344.value === true ? "guard_true" : "guard_false", [c3344], rec.snapshot(0, 3344, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b404 ??= __metajit_G.float(u404)), (b407 ??= __metajit_G.float(u407)), b410!, b419!, b429!, b430!]));
          if (c3344.value !== true) {
            block = 3372;
            continue dispatch;
          }
          block = 3362;
          continue dispatch;
        }
        case 3362: {
          at = 3362;
          {
            const x0 = rec.resolve(b419!);
            const v0 = x0.value;
            const v = typeof v0;
            b431 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3365;
          {
            const x0 = b431!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b432 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b430 = b432;
          block = 3372;
          continue dispatch;
        }
        case 3372: {
          at = 3372;
          const c3372 = rec.resolve(b430!);
          if (!c3372.isConst) rec.guard(c3372.value === true ? "guard_true" : "guard_false", [c3372], rec.snapshot(0, 3372, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b404 ??= __metajit_G.float(u404)), (b407 ??= __metajit_G.float(u407)), b410!, b419!, b430!]));
          if (c3372.value !== true) {
            block = 3424;
            continue dispatch;
          }
          block = 3389;
          continue dispatch;
        }
        case 3389: {
          u433 = u8 | 0;
          b433 = undefined;
          at = 3392;
          {
            const x0 = rec.resolve(b410!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b434 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3395;
          {
            const x0 = rec.resolve(b419!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b435 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3398;
          b436 = rec.record("call_pure", [__metajit_k0_53, b434!, b435!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3398, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b433 ??= __metajit_G.int(u433))]) });
          at = 3414;
          {
            const x0 = b436!;
            const v0 = x0.value as number;
            const v = v0;
            b437 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3417;
          rec.record("setarrayitem", [b4!, (b433 ??= __metajit_G.int(u433)), b437!], __metajit_o1);
          block = 3456;
          continue dispatch;
        }
        case 3424: {
          at = 3424;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u438 = u8 | 0;
          b438 = undefined;
          at = 3431;
          b439 = rec.record("call", [__metajit_k0_54, b0!, __metajit_k0_56, b410!, b419!, (b404 ??= __metajit_G.float(u404)), (b407 ??= __metajit_G.float(u407))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3431, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b438 ??= __metajit_G.int(u438))]) });
          at = 3451;
          rec.record("setarrayitem", [b4!, (b438 ??= __metajit_G.int(u438)), b439!], __metajit_o1);
          block = 3456;
          continue dispatch;
        }
        case 3456: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3458: {
          u441 = (u2 as Record<string, unknown>)["b"];
          b441 = undefined;
          u442 = u7 | 0;
          b442 = undefined;
          u440 = __metajit_G.asFloat("getarrayitem_imm", (u441 as ArrayLike<unknown>)[u442], "[any]");
          b440 = undefined;
          u444 = u440 | 0;
          b444 = undefined;
          at = 3475;
          b443 = rec.record("getarrayitem", [b4!, (b444 ??= __metajit_G.int(u444))], __metajit_o0);
          at = 3481;
          {
            const x0 = rec.resolve(b443!);
            const v0 = x0.value;
            const v = typeof v0;
            b445 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3484;
          {
            const x0 = b445!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b446 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 3488;
          const c3488 = b446!;
          if (!c3488.isConst) rec.guard(c3488.value === true ? "guard_true" : "guard_false", [c3488], rec.snapshot(0, 3488, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b440 ??= __metajit_G.float(u440)), b443!, b446!]));
          if (c3488.value !== true) {
            block = 3522;
            continue dispatch;
          }
          block = 3503;
          continue dispatch;
        }
        case 3503: {
          u447 = u8 | 0;
          b447 = undefined;
          at = 3506;
          {
            const x0 = rec.resolve(b443!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b448 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 3509;
          {
            const x0 = b448!;
            const v0 = x0.value as number;
            const v = -v0;
            b449 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_neg", [x0], v);
          }
          at = 3512;
          {
            const x0 = b449!;
            const v0 = x0.value as number;
            const v = v0;
            b450 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3515;
          rec.record("setarrayitem", [b4!, (b447 ??= __metajit_G.int(u447)), b450!], __metajit_o1);
          block = 3554;
          continue dispatch;
        }
        case 3522: {
          at = 3522;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u451 = u8 | 0;
          b451 = undefined;
          at = 3529;
          b452 = rec.record("call", [__metajit_k0_57, b0!, __metajit_k0_59, b443!, b443!, (b440 ??= __metajit_G.float(u440)), (b440 ??= __metajit_G.float(u440))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3529, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b451 ??= __metajit_G.int(u451))]) });
          at = 3549;
          rec.record("setarrayitem", [b4!, (b451 ??= __metajit_G.int(u451)), b452!], __metajit_o1);
          block = 3554;
          continue dispatch;
        }
        case 3554: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3556: {
          u454 = (u2 as Record<string, unknown>)["b"];
          b454 = undefined;
          u455 = u7 | 0;
          b455 = undefined;
          u456 = __metajit_G.asFloat("getarrayitem_imm", (u454 as ArrayLike<unknown>)[u455], "[any]");
          b456 = undefined;
          u457 = u456 | 0;
          b457 = undefined;
          at = 3573;
          b453 = rec.record("getarrayitem", [b4!, (b457 ??= __metajit_G.int(u457))], __metajit_o0);
          u458 = u8 | 0;
          b458 = undefined;
          at = 3582;
          {
            const x0 = rec.resolve(b453!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b459 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 3586;
          {
            const x0 = b459!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b460 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b461 = b459;
          at = 3592;
          const c3592 = b460!;
          if (!c3592.isConst) rec.guard(c3592.value === true ? "guard_true" : "guard_false", [c3592], rec.snapshot(0, 3592, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b453!, (b458 ??= __metajit_G.int(u458)), b460!, b461!]));
          if (c3592.value !== true) {
            block = 3614;
            continue dispatch;
          }
          block = 3607;
          continue dispatch;
        }
        case 3607: {
          at = 3607;
          {
            const x0 = rec.resolve(b453!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b462 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          b461 = b462;
          block = 3614;
          continue dispatch;
        }
        case 3614: {
          at = 3614;
          {
            const x0 = rec.resolve(b461!);
            const v0 = x0.value as boolean;
            const v = v0;
            b463 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_bool_to_ref", [x0], v);
          }
          at = 3617;
          rec.record("setarrayitem", [b4!, (b458 ??= __metajit_G.int(u458)), b463!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3624: {
          u465 = (u2 as Record<string, unknown>)["b"];
          b465 = undefined;
          u466 = u7 | 0;
          b466 = undefined;
          u464 = __metajit_G.asFloat("getarrayitem_imm", (u465 as ArrayLike<unknown>)[u466], "[any]");
          b464 = undefined;
          u468 = u464 | 0;
          b468 = undefined;
          at = 3641;
          b467 = rec.record("getarrayitem", [b4!, (b468 ??= __metajit_G.int(u468))], __metajit_o0);
          at = 3647;
          {
            const x0 = rec.resolve(b467!);
            const v0 = x0.value;
            const v = typeof v0;
            b469 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3650;
          {
            const x0 = b469!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b470 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          at = 3654;
          const c3654 = b470!;
          if (!c3654.isConst) rec.guard(c3654.value === true ? "guard_true" : "guard_false", [c3654], rec.snapshot(0, 3654, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b464 ??= __metajit_G.float(u464)), b467!, b470!]));
          if (c3654.value !== true) {
            block = 3697;
            continue dispatch;
          }
          block = 3669;
          continue dispatch;
        }
        case 3669: {
          u471 = u8 | 0;
          b471 = undefined;
          at = 3672;
          b472 = rec.record("call_pure", [__metajit_k0_62, b467!], { descr: null, type: "float", snapshot: rec.snapshot(0, 3672, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b471 ??= __metajit_G.int(u471))]) });
          at = 3687;
          {
            const x0 = b472!;
            const v0 = x0.value as number;
            const v = v0;
            b473 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3690;
          rec.record("setarrayitem", [b4!, (b471 ??= __metajit_G.int(u471)), b473!], __metajit_o1);
          block = 3786;
          continue dispatch;
        }
        case 3697: {
          at = 3697;
          b474 = rec.record("call_pure", [__metajit_k0_63, b467!, __metajit_k0_64], { descr: null, type: "bool", snapshot: rec.snapshot(0, 3697, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b464 ??= __metajit_G.float(u464)), b467!]) });
          at = 3715;
          const c3715 = b474!;
          if (!c3715.isConst) rec.guard(c3715.value === true ? "guard_true" : "guard_false", [c3715], rec.snapshot(0, 3715, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b464 ??= __metajit_G.float(u464)), b467!, b474!]));
          if (c3715.value !== true) {
            block = 3757;
            continue dispatch;
          }
          block = 3730;
          continue dispatch;
        }
        case 3730: {
          u475 = u8 | 0;
          b475 = undefined;
          at = 3733;
          rec.enterFrame(0, 3733, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b475 ??= __metajit_G.int(u475))], 6);
          b476 = __metajit_trace_6(rec, b467!);
          rec.leaveFrame();
          at = 3747;
          {
            const x0 = rec.resolve(b476!);
            const v0 = x0.value as number;
            const v = v0;
            b477 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 3750;
          rec.record("setarrayitem", [b4!, (b475 ??= __metajit_G.int(u475)), b477!], __metajit_o1);
          block = 3786;
          continue dispatch;
        }
        case 3757: {
          at = 3757;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u478 = u8 | 0;
          b478 = undefined;
          at = 3764;
          b479 = rec.record("call", [__metajit_k0_65, b0!, b467!, (b464 ??= __metajit_G.float(u464))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3764, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b478 ??= __metajit_G.int(u478))]) });
          at = 3781;
          rec.record("setarrayitem", [b4!, (b478 ??= __metajit_G.int(u478)), b479!], __metajit_o1);
          block = 3786;
          continue dispatch;
        }
        case 3786: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3788: {
          u481 = (u2 as Record<string, unknown>)["b"];
          b481 = undefined;
          u482 = u7 | 0;
          b482 = undefined;
          u480 = __metajit_G.asFloat("getarrayitem_imm", (u481 as ArrayLike<unknown>)[u482], "[any]");
          b480 = undefined;
          u484 = (u2 as Record<string, unknown>)["c"];
          b484 = undefined;
          u485 = u7 | 0;
          b485 = undefined;
          u483 = __metajit_G.asFloat("getarrayitem_imm", (u484 as ArrayLike<unknown>)[u485], "[any]");
          b483 = undefined;
          u487 = u480 | 0;
          b487 = undefined;
          at = 3819;
          b486 = rec.record("getarrayitem", [b4!, (b487 ??= __metajit_G.int(u487))], __metajit_o0);
          u489 = u483 | 0;
          b489 = undefined;
          at = 3828;
          b488 = rec.record("getarrayitem", [b4!, (b489 ??= __metajit_G.int(u489))], __metajit_o0);
          u490 = u480 + 1;
          b490 = undefined;
          u491 = u483 === u490;
          b491 = undefined;
          u492 = u491;
          b492 = b491;
          if (!u491) {
            b492 ??= __metajit_G.bool(u492);
            block = 3873;
            continue dispatch;
          }
          block = 3863;
          continue dispatch;
        }
        case 3863: {
          at = 3863;
          {
            const x0 = rec.resolve(b486!);
            const v0 = x0.value;
            const v = typeof v0;
            b493 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3866;
          {
            const x0 = b493!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b494 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b492 = b494;
          block = 3873;
          continue dispatch;
        }
        case 3873: {
          b495 = b492;
          at = 3876;
          const c3876 = rec.resolve(b492!);
          if (!c3876.isConst) rec.guard(c3876.value === true ? "guard_true" : "guard_false", [c3876], rec.snapshot(0, 3876, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b480 ??= __metajit_G.float(u480)), (b483 ??= __metajit_G.float(u483)), b486!, b488!, b492!, b495!]));
          if (c3876.value !== true) {
            block = 3904;
            continue dispatch;
          }
          block = 3894;
          continue dispatch;
        }
        case 3894: {
          at = 3894;
          {
            const x0 = rec.resolve(b488!);
            const v0 = x0.value;
            const v = typeof v0;
            b496 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 3897;
          {
            const x0 = b496!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_23.value;
            b497 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_23], v);
          }
          b495 = b497;
          block = 3904;
          continue dispatch;
        }
        case 3904: {
          at = 3904;
          const c3904 = rec.resolve(b495!);
          if (!c3904.isConst) rec.guard(c3904.value === true ? "guard_true" : "guard_false", [c3904], rec.snapshot(0, 3904, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b480 ??= __metajit_G.float(u480)), (b483 ??= __metajit_G.float(u483)), b486!, b488!, b495!]));
          if (c3904.value !== true) {
            block = 3947;
            continue dispatch;
          }
          block = 3921;
          continue dispatch;
        }
        case 3921: {
          u498 = u8 | 0;
          b498 = undefined;
          at = 3924;
          b499 = rec.record("call_pure", [__metajit_k0_66, b486!, b488!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3924, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b498 ??= __metajit_G.int(u498))]) });
          at = 3940;
          rec.record("setarrayitem", [b4!, (b498 ??= __metajit_G.int(u498)), b499!], __metajit_o1);
          block = 3977;
          continue dispatch;
        }
        case 3947: {
          at = 3947;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u500 = u8 | 0;
          b500 = undefined;
          at = 3954;
          b501 = rec.record("call", [__metajit_k0_67, b0!, b4!, (b480 ??= __metajit_G.float(u480)), (b483 ??= __metajit_G.float(u483))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 3954, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b500 ??= __metajit_G.int(u500))]) });
          at = 3972;
          rec.record("setarrayitem", [b4!, (b500 ??= __metajit_G.int(u500)), b501!], __metajit_o1);
          block = 3977;
          continue dispatch;
        }
        case 3977: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 3979: {
          u503 = (u2 as Record<string, unknown>)["b"];
          b503 = undefined;
          u504 = u7 | 0;
          b504 = undefined;
          u502 = __metajit_G.asFloat("getarrayitem_imm", (u503 as ArrayLike<unknown>)[u504], "[any]");
          b502 = undefined;
          u505 = u1 + u502;
          b505 = undefined;
          u506 = u505 | 0;
          b506 = undefined;
          u1 = u506;
          b1 = undefined;
          u507 = u502 < 0;
          b507 = undefined;
          if (!u507) {
            block = 4021;
            continue dispatch;
          }
          block = 4019;
          continue dispatch;
        }
        case 4019: {
          block = 4021;
          continue dispatch;
        }
        case 4021: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 4023: {
          u509 = (u2 as Record<string, unknown>)["b"];
          b509 = undefined;
          u510 = u7 | 0;
          b510 = undefined;
          u508 = __metajit_G.asFloat("getarrayitem_imm", (u509 as ArrayLike<unknown>)[u510], "[any]");
          b508 = undefined;
          u512 = (u2 as Record<string, unknown>)["c"];
          b512 = undefined;
          u513 = u7 | 0;
          b513 = undefined;
          u511 = __metajit_G.asFloat("getarrayitem_imm", (u512 as ArrayLike<unknown>)[u513], "[any]");
          b511 = undefined;
          u516 = u508 >= 0;
          b516 = undefined;
          if (!u516) {
            block = 4084;
            continue dispatch;
          }
          block = 4070;
          continue dispatch;
        }
        case 4070: {
          u517 = u508 | 0;
          b517 = undefined;
          at = 4073;
          b518 = rec.record("getarrayitem", [b4!, (b517 ??= __metajit_G.int(u517))], __metajit_o0);
          b515 = b518;
          block = 4105;
          continue dispatch;
        }
        case 4084: {
          u519 = (u2 as Record<string, unknown>)["k"];
          b519 = undefined;
          u520 = (-1) - u508;
          b520 = undefined;
          u521 = u520 | 0;
          b521 = undefined;
          u522 = (u519 as ArrayLike<unknown>)[u521];
          b522 = undefined;
          u515 = u522;
          b515 = b522;
          b515 ??= __metajit_G.ref(u515);
          block = 4105;
          continue dispatch;
        }
        case 4105: {
          b514 = b515;
          u525 = u511 >= 0;
          b525 = undefined;
          if (!u525) {
            block = 4141;
            continue dispatch;
          }
          block = 4127;
          continue dispatch;
        }
        case 4127: {
          u526 = u511 | 0;
          b526 = undefined;
          at = 4130;
          b527 = rec.record("getarrayitem", [b4!, (b526 ??= __metajit_G.int(u526))], __metajit_o0);
          b524 = b527;
          block = 4162;
          continue dispatch;
        }
        case 4141: {
          u528 = (u2 as Record<string, unknown>)["k"];
          b528 = undefined;
          u529 = (-1) - u511;
          b529 = undefined;
          u530 = u529 | 0;
          b530 = undefined;
          u531 = (u528 as ArrayLike<unknown>)[u530];
          b531 = undefined;
          u524 = u531;
          b524 = b531;
          b524 ??= __metajit_G.ref(u524);
          block = 4162;
          continue dispatch;
        }
        case 4162: {
          b523 = b524;
          at = 4165;
          {
            const x0 = rec.resolve(b514!);
            const v0 = x0.value;
            const x1 = rec.resolve(b523!);
            const v1 = x1.value;
            const v = v0 === v1;
            b532 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, x1], v);
          }
          at = 4169;
          {
            const x0 = b532!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b533 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b534 = b533;
          at = 4175;
          const c4175 = b533!;
          if (!c4175.isConst) rec.guard(c4175.value === true ? "guard_true" : "guard_false", [c4175], rec.snapshot(0, 4175, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b514!, b523!, b532!, b533!, b534!]));
          if (c4175.value !== true) {
            block = 4202;
            continue dispatch;
          }
          block = 4192;
          continue dispatch;
        }
        case 4192: {
          at = 4192;
          {
            const x0 = rec.resolve(b514!);
            const v0 = x0.value;
            const v = typeof v0;
            b535 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4195;
          {
            const x0 = b535!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_68.value;
            b536 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_68], v);
          }
          b534 = b536;
          block = 4202;
          continue dispatch;
        }
        case 4202: {
          b537 = b534;
          at = 4205;
          const c4205 = rec.resolve(b534!);
          if (!c4205.isConst) rec.guard(c4205.value === true ? "guard_true" : "guard_false", [c4205], rec.snapshot(0, 4205, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b514!, b523!, b532!, b534!, b537!]));
          if (c4205.value !== true) {
            block = 4232;
            continue dispatch;
          }
          block = 4222;
          continue dispatch;
        }
        case 4222: {
          at = 4222;
          {
            const x0 = rec.resolve(b523!);
            const v0 = x0.value;
            const v = typeof v0;
            b538 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4225;
          {
            const x0 = b538!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_68.value;
            b539 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_68], v);
          }
          b537 = b539;
          block = 4232;
          continue dispatch;
        }
        case 4232: {
          at = 4232;
          const c4232 = rec.resolve(b537!);
          if (!c4232.isConst) rec.guard(c4232.value === true ? "guard_true" : "guard_false", [c4232], rec.snapshot(0, 4232, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b514!, b523!, b532!, b537!]));
          if (c4232.value !== true) {
            block = 4271;
            continue dispatch;
          }
          block = 4248;
          continue dispatch;
        }
        case 4248: {
          at = 4248;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 4252;
          b532 = rec.record("call", [__metajit_k0_69, b0!, b514!, b523!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4252, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4271;
          continue dispatch;
        }
        case 4271: {
          u540 = u8 === 0;
          b540 = undefined;
          u541 = !u540;
          b541 = undefined;
          at = 4278;
          {
            const x0 = rec.resolve(b532!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b542 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u543 = (u541 ? 1 : 0);
          b543 = undefined;
          at = 4284;
          {
            const x0 = b542!;
            const v0 = x0.value as number;
            const v = v0 === u543;
            b544 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b543 ??= __metajit_G.int(u543))], v);
          }
          at = 4288;
          {
            const x0 = b544!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b545 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4291;
          const c4291 = b545!;
          if (!c4291.isConst) rec.guard(c4291.value === true ? "guard_true" : "guard_false", [c4291], rec.snapshot(0, 4291, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b545!]));
          if (c4291.value !== true) {
            block = 4315;
            continue dispatch;
          }
          block = 4303;
          continue dispatch;
        }
        case 4303: {
          u546 = u1 + 1;
          b546 = undefined;
          u547 = u546 | 0;
          b547 = undefined;
          u1 = u547;
          b1 = undefined;
          block = 4361;
          continue dispatch;
        }
        case 4315: {
          u549 = (u2 as Record<string, unknown>)["b"];
          b549 = undefined;
          u550 = u1 | 0;
          b550 = undefined;
          u548 = __metajit_G.asFloat("getarrayitem_imm", (u549 as ArrayLike<unknown>)[u550], "[any]");
          b548 = undefined;
          u551 = u1 + 1;
          b551 = undefined;
          u552 = u551 + u548;
          b552 = undefined;
          u553 = u552 | 0;
          b553 = undefined;
          u1 = u553;
          b1 = undefined;
          u554 = u548 < 0;
          b554 = undefined;
          if (!u554) {
            block = 4361;
            continue dispatch;
          }
          block = 4359;
          continue dispatch;
        }
        case 4359: {
          block = 4361;
          continue dispatch;
        }
        case 4361: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 4363: {
          u556 = (u2 as Record<string, unknown>)["b"];
          b556 = undefined;
          u557 = u7 | 0;
          b557 = undefined;
          u555 = __metajit_G.asFloat("getarrayitem_imm", (u556 as ArrayLike<unknown>)[u557], "[any]");
          b555 = undefined;
          u559 = (u2 as Record<string, unknown>)["c"];
          b559 = undefined;
          u560 = u7 | 0;
          b560 = undefined;
          u558 = __metajit_G.asFloat("getarrayitem_imm", (u559 as ArrayLike<unknown>)[u560], "[any]");
          b558 = undefined;
          u563 = u555 >= 0;
          b563 = undefined;
          if (!u563) {
            block = 4425;
            continue dispatch;
          }
          block = 4411;
          continue dispatch;
        }
        case 4411: {
          u564 = u555 | 0;
          b564 = undefined;
          at = 4414;
          b565 = rec.record("getarrayitem", [b4!, (b564 ??= __metajit_G.int(u564))], __metajit_o0);
          b562 = b565;
          block = 4446;
          continue dispatch;
        }
        case 4425: {
          u566 = (u2 as Record<string, unknown>)["k"];
          b566 = undefined;
          u567 = (-1) - u555;
          b567 = undefined;
          u568 = u567 | 0;
          b568 = undefined;
          u569 = (u566 as ArrayLike<unknown>)[u568];
          b569 = undefined;
          u562 = u569;
          b562 = b569;
          b562 ??= __metajit_G.ref(u562);
          block = 4446;
          continue dispatch;
        }
        case 4446: {
          b561 = b562;
          u572 = u558 >= 0;
          b572 = undefined;
          if (!u572) {
            block = 4483;
            continue dispatch;
          }
          block = 4469;
          continue dispatch;
        }
        case 4469: {
          u573 = u558 | 0;
          b573 = undefined;
          at = 4472;
          b574 = rec.record("getarrayitem", [b4!, (b573 ??= __metajit_G.int(u573))], __metajit_o0);
          b571 = b574;
          block = 4504;
          continue dispatch;
        }
        case 4483: {
          u575 = (u2 as Record<string, unknown>)["k"];
          b575 = undefined;
          u576 = (-1) - u558;
          b576 = undefined;
          u577 = u576 | 0;
          b577 = undefined;
          u578 = (u575 as ArrayLike<unknown>)[u577];
          b578 = undefined;
          u571 = u578;
          b571 = b578;
          b571 ??= __metajit_G.ref(u571);
          block = 4504;
          continue dispatch;
        }
        case 4504: {
          b570 = b571;
          u579 = false;
          b579 = __metajit_k0_60;
          at = 4510;
          {
            const x0 = rec.resolve(b561!);
            const v0 = x0.value;
            const v = typeof v0;
            b580 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4513;
          {
            const x0 = b580!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b581 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b582 = b581;
          at = 4520;
          const c4520 = b581!;
          if (!c4520.isConst) rec.guard(c4520.value === true ? "guard_true" : "guard_false", [c4520], rec.snapshot(0, 4520, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b561!, b570!, b581!, b582!]));
          if (c4520.value !== true) {
            block = 4547;
            continue dispatch;
          }
          block = 4537;
          continue dispatch;
        }
        case 4537: {
          at = 4537;
          {
            const x0 = rec.resolve(b570!);
            const v0 = x0.value;
            const v = typeof v0;
            b583 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 4540;
          {
            const x0 = b583!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b584 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          b582 = b584;
          block = 4547;
          continue dispatch;
        }
        case 4547: {
          at = 4547;
          const c4547 = rec.resolve(b582!);
          if (!c4547.isConst) rec.guard(c4547.value === true ? "guard_true" : "guard_false", [c4547], rec.snapshot(0, 4547, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b561!, b570!, b582!]));
          if (c4547.value !== true) {
            block = 4629;
            continue dispatch;
          }
          block = 4563;
          continue dispatch;
        }
        case 4563: {
          u586 = (u2 as Record<string, unknown>)["op"];
          b586 = undefined;
          u587 = u7 | 0;
          b587 = undefined;
          u588 = __metajit_G.asFloat("getarrayitem_imm", (u586 as ArrayLike<unknown>)[u587], "[any]");
          b588 = undefined;
          u589 = u588 === 24;
          b589 = undefined;
          if (!u589) {
            block = 4611;
            continue dispatch;
          }
          block = 4596;
          continue dispatch;
        }
        case 4596: {
          at = 4596;
          {
            const x0 = rec.resolve(b561!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b590 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4599;
          {
            const x0 = rec.resolve(b570!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b591 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4602;
          {
            const x0 = b590!;
            const v0 = x0.value as number;
            const x1 = b591!;
            const v1 = x1.value as number;
            const v = v0 < v1;
            b592 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, x1], v);
          }
          b585 = b592;
          block = 4624;
          continue dispatch;
        }
        case 4611: {
          at = 4611;
          {
            const x0 = rec.resolve(b561!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b593 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4614;
          {
            const x0 = rec.resolve(b570!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b594 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 4617;
          {
            const x0 = b593!;
            const v0 = x0.value as number;
            const x1 = b594!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b595 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b585 = b595;
          block = 4624;
          continue dispatch;
        }
        case 4624: {
          b579 = b585;
          block = 4665;
          continue dispatch;
        }
        case 4629: {
          at = 4629;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u596 = (u2 as Record<string, unknown>)["op"];
          b596 = undefined;
          u597 = u7 | 0;
          b597 = undefined;
          u598 = __metajit_G.asFloat("getarrayitem_imm", (u596 as ArrayLike<unknown>)[u597], "[any]");
          b598 = undefined;
          at = 4647;
          b579 = rec.record("call", [__metajit_k0_72, b0!, (b598 ??= __metajit_G.float(u598)), b561!, b570!], { descr: null, type: "bool", snapshot: rec.snapshot(0, 4647, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          block = 4665;
          continue dispatch;
        }
        case 4665: {
          u599 = u8 === 0;
          b599 = undefined;
          u600 = !u599;
          b600 = undefined;
          at = 4672;
          {
            const x0 = rec.resolve(b579!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b601 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u602 = (u600 ? 1 : 0);
          b602 = undefined;
          at = 4678;
          {
            const x0 = b601!;
            const v0 = x0.value as number;
            const v = v0 === u602;
            b603 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b602 ??= __metajit_G.int(u602))], v);
          }
          at = 4682;
          {
            const x0 = b603!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b604 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4685;
          const c4685 = b604!;
          if (!c4685.isConst) rec.guard(c4685.value === true ? "guard_true" : "guard_false", [c4685], rec.snapshot(0, 4685, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b604!]));
          if (c4685.value !== true) {
            block = 4709;
            continue dispatch;
          }
          block = 4697;
          continue dispatch;
        }
        case 4697: {
          u605 = u1 + 1;
          b605 = undefined;
          u606 = u605 | 0;
          b606 = undefined;
          u1 = u606;
          b1 = undefined;
          block = 4755;
          continue dispatch;
        }
        case 4709: {
          u608 = (u2 as Record<string, unknown>)["b"];
          b608 = undefined;
          u609 = u1 | 0;
          b609 = undefined;
          u607 = __metajit_G.asFloat("getarrayitem_imm", (u608 as ArrayLike<unknown>)[u609], "[any]");
          b607 = undefined;
          u610 = u1 + 1;
          b610 = undefined;
          u611 = u610 + u607;
          b611 = undefined;
          u612 = u611 | 0;
          b612 = undefined;
          u1 = u612;
          b1 = undefined;
          u613 = u607 < 0;
          b613 = undefined;
          if (!u613) {
            block = 4755;
            continue dispatch;
          }
          block = 4753;
          continue dispatch;
        }
        case 4753: {
          block = 4755;
          continue dispatch;
        }
        case 4755: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 4757: {
          u615 = u8 | 0;
          b615 = undefined;
          at = 4760;
          b614 = rec.record("getarrayitem", [b4!, (b615 ??= __metajit_G.int(u615))], __metajit_o0);
          at = 4766;
          {
            const x0 = rec.resolve(b614!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b616 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 4770;
          {
            const x0 = b616!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b617 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b618 = b617;
          at = 4776;
          const c4776 = b617!;
          if (!c4776.isConst) rec.guard(c4776.value === true ? "guard_true" : "guard_false", [c4776], rec.snapshot(0, 4776, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), b614!, b617!, b618!]));
          if (c4776.value !== true) {
            block = 4801;
            continue dispatch;
          }
          block = 4791;
          continue dispatch;
        }
        case 4791: {
          at = 4791;
          {
            const x0 = rec.resolve(b614!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b619 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          at = 4795;
          {
            const x0 = b619!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b620 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b618 = b620;
          block = 4801;
          continue dispatch;
        }
        case 4801: {
          u621 = (u2 as Record<string, unknown>)["c"];
          b621 = undefined;
          u622 = u7 | 0;
          b622 = undefined;
          u623 = __metajit_G.asFloat("getarrayitem_imm", (u621 as ArrayLike<unknown>)[u622], "[any]");
          b623 = undefined;
          u624 = u623 === 0;
          b624 = undefined;
          u625 = !u624;
          b625 = undefined;
          at = 4822;
          {
            const x0 = rec.resolve(b618!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b626 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u627 = (u625 ? 1 : 0);
          b627 = undefined;
          at = 4828;
          {
            const x0 = b626!;
            const v0 = x0.value as number;
            const v = v0 === u627;
            b628 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b627 ??= __metajit_G.int(u627))], v);
          }
          at = 4832;
          {
            const x0 = b628!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b629 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 4835;
          const c4835 = b629!;
          if (!c4835.isConst) rec.guard(c4835.value === true ? "guard_true" : "guard_false", [c4835], rec.snapshot(0, 4835, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, b629!]));
          if (c4835.value !== true) {
            block = 4859;
            continue dispatch;
          }
          block = 4847;
          continue dispatch;
        }
        case 4847: {
          u630 = u1 + 1;
          b630 = undefined;
          u631 = u630 | 0;
          b631 = undefined;
          u1 = u631;
          b1 = undefined;
          block = 4905;
          continue dispatch;
        }
        case 4859: {
          u633 = (u2 as Record<string, unknown>)["b"];
          b633 = undefined;
          u634 = u1 | 0;
          b634 = undefined;
          u632 = __metajit_G.asFloat("getarrayitem_imm", (u633 as ArrayLike<unknown>)[u634], "[any]");
          b632 = undefined;
          u635 = u1 + 1;
          b635 = undefined;
          u636 = u635 + u632;
          b636 = undefined;
          u637 = u636 | 0;
          b637 = undefined;
          u1 = u637;
          b1 = undefined;
          u638 = u632 < 0;
          b638 = undefined;
          if (!u638) {
            block = 4905;
            continue dispatch;
          }
          block = 4903;
          continue dispatch;
        }
        case 4903: {
          block = 4905;
          continue dispatch;
        }
        case 4905: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 4907: {
          u640 = (u2 as Record<string, unknown>)["b"];
          b640 = undefined;
          u641 = u7 | 0;
          b641 = undefined;
          u642 = __metajit_G.asFloat("getarrayitem_imm", (u640 as ArrayLike<unknown>)[u641], "[any]");
          b642 = undefined;
          u643 = u642 | 0;
          b643 = undefined;
          at = 4924;
          b639 = rec.record("getarrayitem", [b4!, (b643 ??= __metajit_G.int(u643))], __metajit_o0);
          at = 4930;
          {
            const x0 = rec.resolve(b639!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b644 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 4934;
          {
            const x0 = b644!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b645 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b646 = b645;
          at = 4940;
          const c4940 = b645!;
          if (!c4940.isConst) rec.guard(c4940.value === true ? "guard_true" : "guard_false", [c4940], rec.snapshot(0, 4940, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b639!, b645!, b646!]));
          if (c4940.value !== true) {
            block = 4966;
            continue dispatch;
          }
          block = 4956;
          continue dispatch;
        }
        case 4956: {
          at = 4956;
          {
            const x0 = rec.resolve(b639!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_61.value;
            b647 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_61], v);
          }
          at = 4960;
          {
            const x0 = b647!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b648 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b646 = b648;
          block = 4966;
          continue dispatch;
        }
        case 4966: {
          u649 = (u2 as Record<string, unknown>)["c"];
          b649 = undefined;
          u650 = u7 | 0;
          b650 = undefined;
          u651 = __metajit_G.asFloat("getarrayitem_imm", (u649 as ArrayLike<unknown>)[u650], "[any]");
          b651 = undefined;
          u652 = u651 === 0;
          b652 = undefined;
          u653 = !u652;
          b653 = undefined;
          at = 4987;
          {
            const x0 = rec.resolve(b646!);
            const v0 = x0.value as boolean;
            const v = (v0 ? 1 : 0);
            b654 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("bool_to_int", [x0], v);
          }
          u655 = (u653 ? 1 : 0);
          b655 = undefined;
          at = 4993;
          {
            const x0 = b654!;
            const v0 = x0.value as number;
            const v = v0 === u655;
            b656 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("int_eq", [x0, (b655 ??= __metajit_G.int(u655))], v);
          }
          at = 4997;
          const c4997 = b656!;
          if (!c4997.isConst) rec.guard(c4997.value === true ? "guard_true" : "guard_false", [c4997], rec.snapshot(0, 4997, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b639!, b656!]));
          if (c4997.value !== true) {
            block = 5067;
            continue dispatch;
          }
          block = 5011;
          continue dispatch;
        }
        case 5011: {
          u657 = u8 | 0;
          b657 = undefined;
          at = 5014;
          rec.record("setarrayitem", [b4!, (b657 ??= __metajit_G.int(u657)), b639!], __metajit_o1);
          u659 = (u2 as Record<string, unknown>)["b"];
          b659 = undefined;
          u660 = u1 | 0;
          b660 = undefined;
          u658 = __metajit_G.asFloat("getarrayitem_imm", (u659 as ArrayLike<unknown>)[u660], "[any]");
          b658 = undefined;
          u661 = u1 + 1;
          b661 = undefined;
          u662 = u661 + u658;
          b662 = undefined;
          u663 = u662 | 0;
          b663 = undefined;
          u1 = u663;
          b1 = undefined;
          u664 = u658 < 0;
          b664 = undefined;
          if (!u664) {
            block = 5065;
            continue dispatch;
          }
          block = 5063;
          continue dispatch;
        }
        case 5063: {
          block = 5065;
          continue dispatch;
        }
        case 5065: {
          block = 5077;
          continue dispatch;
        }
        case 5067: {
          u665 = u1 + 1;
          b665 = undefined;
          u666 = u665 | 0;
          b666 = undefined;
          u1 = u666;
          b1 = undefined;
          block = 5077;
          continue dispatch;
        }
        case 5077: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 5079: {
          u668 = (u2 as Record<string, unknown>)["b"];
          b668 = undefined;
          u669 = u7 | 0;
          b669 = undefined;
          u667 = __metajit_G.asFloat("getarrayitem_imm", (u668 as ArrayLike<unknown>)[u669], "[any]");
          b667 = undefined;
          u671 = (u2 as Record<string, unknown>)["c"];
          b671 = undefined;
          u672 = u7 | 0;
          b672 = undefined;
          u673 = __metajit_G.asFloat("getarrayitem_imm", (u671 as ArrayLike<unknown>)[u672], "[any]");
          b673 = undefined;
          u670 = u673 - 1;
          b670 = undefined;
          u676 = u667 === 0;
          b676 = undefined;
          u677 = !u676;
          b677 = undefined;
          if (!u677) {
            block = 5142;
            continue dispatch;
          }
          block = 5133;
          continue dispatch;
        }
        case 5133: {
          u678 = u667 - 1;
          b678 = undefined;
          u675 = u678;
          b675 = b678;
          b675 ??= __metajit_G.float(u675);
          block = 5158;
          continue dispatch;
        }
        case 5142: {
          at = 5142;
          b679 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5147;
          {
            const x0 = rec.resolve(b679!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b680 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5151;
          {
            const x0 = b680!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b681 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b675 = b681;
          block = 5158;
          continue dispatch;
        }
        case 5158: {
          b674 = b675;
          u683 = u8 | 0;
          b683 = undefined;
          at = 5164;
          b682 = rec.record("getarrayitem", [b4!, (b683 ??= __metajit_G.int(u683))], __metajit_o0);
          at = 5170;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5174;
          b684 = rec.record("call_pure", [__metajit_k0_74, b682!, __metajit_k0_75], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5174, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b674!, b682!]) });
          at = 5193;
          {
            const x0 = b684!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b685 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5196;
          const c5196 = b685!;
          if (!c5196.isConst) rec.guard(c5196.value === true ? "guard_true" : "guard_false", [c5196], rec.snapshot(0, 5196, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b674!, b682!, b685!]));
          if (c5196.value !== true) {
            block = 5239;
            continue dispatch;
          }
          block = 5212;
          continue dispatch;
        }
        case 5212: {
          at = 5212;
          b682 = rec.record("call", [__metajit_k0_76, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b674!, b682!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5212, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b674!]) });
          at = 5233;
          {
            const x0 = rec.resolve(b674!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b674 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5239;
          continue dispatch;
        }
        case 5239: {
          at = 5239;
          b686 = rec.record("call_pure", [__metajit_k0_77, b682!, __metajit_k0_78], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5239, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b674!, b682!]) });
          at = 5258;
          const c5258 = b686!;
          if (!c5258.isConst) rec.guard(c5258.value === true ? "guard_true" : "guard_false", [c5258], rec.snapshot(0, 5258, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b674!, b682!, b686!]));
          if (c5258.value !== true) {
            block = 5312;
            continue dispatch;
          }
          block = 5274;
          continue dispatch;
        }
        case 5274: {
          u688 = u8 + 1;
          b688 = undefined;
          at = 5278;
          rec.enterFrame(0, 5278, [b0!, b5!, b6!], 7);
          b687 = __metajit_trace_7_208(rec, b0!, b5!, b682!, b4!, u688, b674!, u8, u670);
          rec.leaveFrame();
          b3 = b687;
          at = 5297;
          b2 = rec.record("getfield_imm", [b687!], __metajit_o10);
          at = 5302;
          b4 = rec.record("getfield_imm", [b687!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5579;
          continue dispatch;
        }
        case 5312: {
          u690 = u8 + 1;
          b690 = undefined;
          u691 = u8 + 1;
          b691 = undefined;
          at = 5320;
          {
            const x1 = rec.resolve(b674!);
            const v1 = x1.value as number;
            const v = u691 + v1;
            b692 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b691 ??= __metajit_G.float(u691)), x1], v);
          }
          at = 5324;
          b693 = rec.record("call", [__metajit_k0_81, b4!, (b690 ??= __metajit_G.float(u690)), b692!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5324, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b682!]) });
          at = 5343;
          b689 = rec.record("call", [__metajit_k0_80, b0!, b5!, b682!, b693!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5343, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670))]) });
          at = 5362;
          b694 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5367;
          const c5367 = rec.resolve(b694!);
          if (!c5367.isConst) rec.guard(c5367.value === true ? "guard_true" : "guard_false", [c5367], rec.snapshot(0, 5367, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b689!, b694!]));
          if (c5367.value !== true) {
            block = 5405;
            continue dispatch;
          }
          block = 5382;
          continue dispatch;
        }
        case 5382: {
          at = 5382;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5386;
          rec.record("setfield", [b5!, (b670 ??= __metajit_G.float(u670))], __metajit_o13);
          at = 5390;
          b695 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5395;
          {
            const x0 = rec.resolve(b695!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b696 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5399;
          rec.record("setfield", [b5!, b696!], __metajit_o15);
          return b689!;
        }
        case 5405: {
          at = 5405;
          b697 = rec.record("arraylen", [b689!], __metajit_o1);
          u698 = u670 < 0;
          b698 = undefined;
          if (!u698) {
            block = 5495;
            continue dispatch;
          }
          block = 5429;
          continue dispatch;
        }
        case 5429: {
          u699 = 0;
          b699 = __metajit_k0_8;
          block = 5432;
          continue dispatch;
        }
        case 5432: {
          at = 5432;
          {
            const x0 = rec.resolve(b697!);
            const v0 = x0.value as number;
            const v = v0;
            b700 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5435;
          {
            const x1 = b700!;
            const v1 = x1.value as number;
            const v = u699 < v1;
            b701 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b699 ??= __metajit_G.float(u699)), x1], v);
          }
          at = 5439;
          const c5439 = b701!;
          if (!c5439.isConst) rec.guard(c5439.value === true ? "guard_true" : "guard_false", [c5439], rec.snapshot(0, 5439, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b689!, b697!, (b699 ??= __metajit_G.float(u699)), b701!]));
          if (c5439.value !== true) {
            block = 5482;
            continue dispatch;
          }
          block = 5455;
          continue dispatch;
        }
        case 5455: {
          u702 = u8 + u699;
          b702 = undefined;
          u703 = u702 | 0;
          b703 = undefined;
          u704 = u699 | 0;
          b704 = undefined;
          at = 5465;
          b705 = rec.record("getarrayitem", [b689!, (b704 ??= __metajit_G.int(u704))], __metajit_o0);
          at = 5471;
          rec.record("setarrayitem", [b4!, (b703 ??= __metajit_G.int(u703)), b705!], __metajit_o1);
          u699 = u699 + 1;
          b699 = undefined;
          block = 5432;
          continue dispatch;
        }
        case 5482: {
          at = 5482;
          {
            const x0 = rec.resolve(b697!);
            const v0 = x0.value as number;
            const v = v0;
            b706 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5485;
          {
            const x1 = b706!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b707 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5489;
          rec.record("setfield", [b3!, b707!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5579;
          continue dispatch;
        }
        case 5495: {
          u708 = 0;
          b708 = __metajit_k0_8;
          block = 5498;
          continue dispatch;
        }
        case 5498: {
          u709 = u708 < u670;
          b709 = undefined;
          if (!u709) {
            b2 ??= __metajit_G.ref(u2);
            block = 5579;
            continue dispatch;
          }
          block = 5519;
          continue dispatch;
        }
        case 5519: {
          u710 = u8 + u708;
          b710 = undefined;
          u711 = u710 | 0;
          b711 = undefined;
          at = 5526;
          {
            const x0 = rec.resolve(b697!);
            const v0 = x0.value as number;
            const v = v0;
            b713 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5529;
          {
            const x1 = b713!;
            const v1 = x1.value as number;
            const v = u708 < v1;
            b714 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b708 ??= __metajit_G.float(u708)), x1], v);
          }
          at = 5533;
          const c5533 = b714!;
          if (!c5533.isConst) rec.guard(c5533.value === true ? "guard_true" : "guard_false", [c5533], rec.snapshot(0, 5533, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b670 ??= __metajit_G.float(u670)), b689!, b697!, (b708 ??= __metajit_G.float(u708)), (b711 ??= __metajit_G.int(u711)), b714!]));
          if (c5533.value !== true) {
            block = 5565;
            continue dispatch;
          }
          block = 5551;
          continue dispatch;
        }
        case 5551: {
          u715 = u708 | 0;
          b715 = undefined;
          at = 5554;
          b716 = rec.record("getarrayitem", [b689!, (b715 ??= __metajit_G.int(u715))], __metajit_o0);
          b712 = b716;
          block = 5568;
          continue dispatch;
        }
        case 5565: {
          u712 = __metajit_k0_10.value;
          b712 = __metajit_k0_10;
          b712 ??= __metajit_G.ref(u712);
          block = 5568;
          continue dispatch;
        }
        case 5568: {
          at = 5568;
          rec.record("setarrayitem", [b4!, (b711 ??= __metajit_G.int(u711)), b712!], __metajit_o1);
          u708 = u708 + 1;
          b708 = undefined;
          block = 5498;
          continue dispatch;
        }
        case 5579: {
          b1 ??= __metajit_G.float(u1);
          block = 7301;
          continue dispatch;
        }
        case 5581: {
          u718 = (u2 as Record<string, unknown>)["b"];
          b718 = undefined;
          u719 = u7 | 0;
          b719 = undefined;
          u717 = __metajit_G.asFloat("getarrayitem_imm", (u718 as ArrayLike<unknown>)[u719], "[any]");
          b717 = undefined;
          u722 = u717 === 0;
          b722 = undefined;
          u723 = !u722;
          b723 = undefined;
          if (!u723) {
            block = 5625;
            continue dispatch;
          }
          block = 5616;
          continue dispatch;
        }
        case 5616: {
          u724 = u717 - 1;
          b724 = undefined;
          u721 = u724;
          b721 = b724;
          b721 ??= __metajit_G.float(u721);
          block = 5641;
          continue dispatch;
        }
        case 5625: {
          at = 5625;
          b725 = rec.record("getfield", [b3!], __metajit_o9);
          at = 5630;
          {
            const x0 = rec.resolve(b725!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b726 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 5634;
          {
            const x0 = b726!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b727 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b721 = b727;
          block = 5641;
          continue dispatch;
        }
        case 5641: {
          b720 = b721;
          u729 = u8 | 0;
          b729 = undefined;
          at = 5647;
          b728 = rec.record("getarrayitem", [b4!, (b729 ??= __metajit_G.int(u729))], __metajit_o0);
          at = 5653;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 5657;
          b730 = rec.record("call_pure", [__metajit_k0_86, b728!, __metajit_k0_87], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5657, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!]) });
          at = 5675;
          {
            const x0 = b730!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b731 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5678;
          const c5678 = b731!;
          if (!c5678.isConst) rec.guard(c5678.value === true ? "guard_true" : "guard_false", [c5678], rec.snapshot(0, 5678, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!, b731!]));
          if (c5678.value !== true) {
            block = 5719;
            continue dispatch;
          }
          block = 5693;
          continue dispatch;
        }
        case 5693: {
          at = 5693;
          b728 = rec.record("call", [__metajit_k0_88, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b720!, b728!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5693, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!]) });
          at = 5713;
          {
            const x0 = rec.resolve(b720!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b720 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          block = 5719;
          continue dispatch;
        }
        case 5719: {
          at = 5719;
          b732 = rec.record("call_pure", [__metajit_k0_89, b728!, __metajit_k0_90], { descr: null, type: "bool", snapshot: rec.snapshot(0, 5719, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!]) });
          at = 5737;
          const c5737 = b732!;
          if (!c5737.isConst) rec.guard(c5737.value === true ? "guard_true" : "guard_false", [c5737], rec.snapshot(0, 5737, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!, b732!]));
          if (c5737.value !== true) {
            block = 5833;
            continue dispatch;
          }
          block = 5752;
          continue dispatch;
        }
        case 5752: {
          at = 5752;
          b733 = rec.record("getfield", [b3!], __metajit_o17);
          at = 5757;
          {
            const x0 = rec.resolve(b733!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b734 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 5761;
          {
            const x0 = b734!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b735 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 5764;
          const c5764 = b735!;
          if (!c5764.isConst) rec.guard(c5764.value === true ? "guard_true" : "guard_false", [c5764], rec.snapshot(0, 5764, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!, b735!]));
          if (c5764.value !== true) {
            block = 5796;
            continue dispatch;
          }
          block = 5777;
          continue dispatch;
        }
        case 5777: {
          at = 5777;
          rec.record("call", [__metajit_k0_92, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 5777, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b720!, b728!]) });
          block = 5796;
          continue dispatch;
        }
        case 5796: {
          u737 = u8 + 1;
          b737 = undefined;
          at = 5800;
          rec.enterFrame(0, 5800, [b0!, b5!, b6!], 8);
          b736 = __metajit_trace_8_16(rec, b0!, b5!, b728!, b4!, u737, b720!, b3!);
          rec.leaveFrame();
          b3 = b736;
          at = 5818;
          b2 = rec.record("getfield_imm", [b736!], __metajit_o10);
          at = 5823;
          b4 = rec.record("getfield_imm", [b736!], __metajit_o4);
          u1 = 0;
          b1 = __metajit_k0_8;
          block = 5991;
          continue dispatch;
        }
        case 5833: {
          u739 = u8 + 1;
          b739 = undefined;
          u740 = u8 + 1;
          b740 = undefined;
          at = 5841;
          {
            const x1 = rec.resolve(b720!);
            const v1 = x1.value as number;
            const v = u740 + v1;
            b741 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b740 ??= __metajit_G.float(u740)), x1], v);
          }
          at = 5845;
          b742 = rec.record("call", [__metajit_k0_94, b4!, (b739 ??= __metajit_G.float(u739)), b741!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5845, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b728!]) });
          at = 5863;
          b738 = rec.record("call", [__metajit_k0_93, b0!, b5!, b728!, b742!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 5863, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          at = 5881;
          b743 = rec.record("getfield", [b5!], __metajit_o11);
          at = 5886;
          const c5886 = rec.resolve(b743!);
          if (!c5886.isConst) rec.guard(c5886.value === true ? "guard_true" : "guard_false", [c5886], rec.snapshot(0, 5886, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b738!, b743!]));
          if (c5886.value !== true) {
            block = 5923;
            continue dispatch;
          }
          block = 5900;
          continue dispatch;
        }
        case 5900: {
          at = 5900;
          rec.record("setfield", [b5!, (b8 ??= __metajit_G.float(u8))], __metajit_o12);
          at = 5904;
          rec.record("setfield", [b5!, __metajit_k0_20], __metajit_o13);
          at = 5908;
          b744 = rec.record("getfield", [b5!], __metajit_o14);
          at = 5913;
          {
            const x0 = rec.resolve(b744!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b745 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k0_3], v);
          }
          at = 5917;
          rec.record("setfield", [b5!, b745!], __metajit_o15);
          return b738!;
        }
        case 5923: {
          at = 5923;
          b746 = rec.record("arraylen", [b738!], __metajit_o1);
          u747 = 0;
          b747 = __metajit_k0_8;
          block = 5930;
          continue dispatch;
        }
        case 5930: {
          at = 5930;
          {
            const x0 = rec.resolve(b746!);
            const v0 = x0.value as number;
            const v = v0;
            b748 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5933;
          {
            const x1 = b748!;
            const v1 = x1.value as number;
            const v = u747 < v1;
            b749 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b747 ??= __metajit_G.float(u747)), x1], v);
          }
          at = 5937;
          const c5937 = b749!;
          if (!c5937.isConst) rec.guard(c5937.value === true ? "guard_true" : "guard_false", [c5937], rec.snapshot(0, 5937, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b738!, b746!, (b747 ??= __metajit_G.float(u747)), b749!]));
          if (c5937.value !== true) {
            block = 5980;
            continue dispatch;
          }
          block = 5953;
          continue dispatch;
        }
        case 5953: {
          u750 = u8 + u747;
          b750 = undefined;
          u751 = u750 | 0;
          b751 = undefined;
          u752 = u747 | 0;
          b752 = undefined;
          at = 5963;
          b753 = rec.record("getarrayitem", [b738!, (b752 ??= __metajit_G.int(u752))], __metajit_o0);
          at = 5969;
          rec.record("setarrayitem", [b4!, (b751 ??= __metajit_G.int(u751)), b753!], __metajit_o1);
          u747 = u747 + 1;
          b747 = undefined;
          block = 5930;
          continue dispatch;
        }
        case 5980: {
          at = 5980;
          {
            const x0 = rec.resolve(b746!);
            const v0 = x0.value as number;
            const v = v0;
            b754 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 5983;
          {
            const x1 = b754!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b755 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 5987;
          rec.record("setfield", [b3!, b755!], __metajit_o16);
          b2 ??= __metajit_G.ref(u2);
          block = 5991;
          continue dispatch;
        }
        case 5991: {
          b1 ??= __metajit_G.float(u1);
          block = 7301;
          continue dispatch;
        }
        case 5993: {
          u757 = (u2 as Record<string, unknown>)["b"];
          b757 = undefined;
          u758 = u7 | 0;
          b758 = undefined;
          u756 = __metajit_G.asFloat("getarrayitem_imm", (u757 as ArrayLike<unknown>)[u758], "[any]");
          b756 = undefined;
          u761 = u756 === 0;
          b761 = undefined;
          u762 = !u761;
          b762 = undefined;
          if (!u762) {
            block = 6035;
            continue dispatch;
          }
          block = 6026;
          continue dispatch;
        }
        case 6026: {
          u763 = u756 - 1;
          b763 = undefined;
          u760 = u763;
          b760 = b763;
          b760 ??= __metajit_G.float(u760);
          block = 6047;
          continue dispatch;
        }
        case 6035: {
          at = 6035;
          b764 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6040;
          {
            const x0 = rec.resolve(b764!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b765 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          b760 = b765;
          block = 6047;
          continue dispatch;
        }
        case 6047: {
          b759 = b760;
          at = 6050;
          b766 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6055;
          {
            const x0 = rec.resolve(b766!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b767 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6059;
          {
            const x0 = b767!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b768 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6062;
          const c6062 = b768!;
          if (!c6062.isConst) rec.guard(c6062.value === true ? "guard_true" : "guard_false", [c6062], rec.snapshot(0, 6062, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b768!]));
          if (c6062.value !== true) {
            block = 6092;
            continue dispatch;
          }
          block = 6074;
          continue dispatch;
        }
        case 6074: {
          at = 6074;
          rec.record("call", [__metajit_k0_95, b0!, b3!, __metajit_k0_4], { descr: null, type: "void", snapshot: rec.snapshot(0, 6074, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!]) });
          block = 6092;
          continue dispatch;
        }
        case 6092: {
          at = 6092;
          b770 = rec.record("getfield", [b5!], __metajit_o14);
          at = 6097;
          {
            const x0 = rec.resolve(b770!);
            const v0 = x0.value as number;
            const v = v0 - 1;
            b769 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6101;
          rec.record("setfield", [b5!, b769!], __metajit_o15);
          at = 6105;
          {
            const x0 = b769!;
            const v0 = x0.value as number;
            const x1 = rec.resolve(b6!);
            const v1 = x1.value as number;
            const v = v0 === v1;
            b771 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, x1], v);
          }
          at = 6109;
          const c6109 = b771!;
          if (!c6109.isConst) rec.guard(c6109.value === true ? "guard_true" : "guard_false", [c6109], rec.snapshot(0, 6109, [b0!, b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b769!, b771!]));
          if (c6109.value !== true) {
            block = 6137;
            continue dispatch;
          }
          block = 6122;
          continue dispatch;
        }
        case 6122: {
          at = 6122;
          {
            const x1 = rec.resolve(b759!);
            const v1 = x1.value as number;
            const v = u8 + v1;
            b772 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 6126;
          b773 = rec.record("call", [__metajit_k0_96, b4!, (b8 ??= __metajit_G.float(u8)), b772!], { descr: null, type: "ref", snapshot: rec.snapshot(0, 6126, []) });
          return b773!;
        }
        case 6137: {
          at = 6137;
          b775 = rec.record("getfield", [b5!], __metajit_o18);
          at = 6142;
          {
            const x0 = b769!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b776 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          at = 6146;
          {
            const x0 = b776!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b777 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6149;
          b774 = rec.record("getarrayitem", [b775!, b777!], __metajit_o0);
          at = 6155;
          b778 = rec.record("getfield_imm", [b774!], __metajit_o4);
          at = 6160;
          b779 = rec.record("getfield_imm", [b3!], __metajit_o19);
          at = 6165;
          b780 = rec.record("getfield_imm", [b3!], __metajit_o20);
          at = 6170;
          {
            const x0 = rec.resolve(b780!);
            const v0 = x0.value as number;
            const v = v0 < 0;
            b781 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k0_8], v);
          }
          at = 6174;
          const c6174 = b781!;
          if (!c6174.isConst) rec.guard(c6174.value === true ? "guard_true" : "guard_false", [c6174], rec.snapshot(0, 6174, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b774!, b778!, b779!, b780!, b781!]));
          if (c6174.value !== true) {
            block = 6252;
            continue dispatch;
          }
          block = 6189;
          continue dispatch;
        }
        case 6189: {
          u782 = 0;
          b782 = __metajit_k0_8;
          block = 6192;
          continue dispatch;
        }
        case 6192: {
          at = 6192;
          {
            const x1 = rec.resolve(b759!);
            const v1 = x1.value as number;
            const v = u782 < v1;
            b783 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b782 ??= __metajit_G.float(u782)), x1], v);
          }
          at = 6196;
          const c6196 = b783!;
          if (!c6196.isConst) rec.guard(c6196.value === true ? "guard_true" : "guard_false", [c6196], rec.snapshot(0, 6196, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b774!, b778!, b779!, (b782 ??= __metajit_G.float(u782)), b783!]));
          if (c6196.value !== true) {
            block = 6242;
            continue dispatch;
          }
          block = 6211;
          continue dispatch;
        }
        case 6211: {
          at = 6211;
          {
            const x0 = rec.resolve(b779!);
            const v0 = x0.value as number;
            const v = v0 + u782;
            b784 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b782 ??= __metajit_G.float(u782))], v);
          }
          at = 6215;
          {
            const x0 = b784!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b785 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          u786 = u8 + u782;
          b786 = undefined;
          u787 = u786 | 0;
          b787 = undefined;
          at = 6225;
          b788 = rec.record("getarrayitem", [b4!, (b787 ??= __metajit_G.int(u787))], __metajit_o0);
          at = 6231;
          rec.record("setarrayitem", [b778!, b785!, b788!], __metajit_o1);
          u782 = u782 + 1;
          b782 = undefined;
          block = 6192;
          continue dispatch;
        }
        case 6242: {
          at = 6242;
          {
            const x0 = rec.resolve(b779!);
            const v0 = x0.value as number;
            const x1 = rec.resolve(b759!);
            const v1 = x1.value as number;
            const v = v0 + v1;
            b789 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          at = 6246;
          rec.record("setfield", [b774!, b789!], __metajit_o16);
          block = 6335;
          continue dispatch;
        }
        case 6252: {
          u790 = 0;
          b790 = __metajit_k0_8;
          block = 6255;
          continue dispatch;
        }
        case 6255: {
          at = 6255;
          {
            const x1 = rec.resolve(b780!);
            const v1 = x1.value as number;
            const v = u790 < v1;
            b791 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b790 ??= __metajit_G.float(u790)), x1], v);
          }
          at = 6259;
          const c6259 = b791!;
          if (!c6259.isConst) rec.guard(c6259.value === true ? "guard_true" : "guard_false", [c6259], rec.snapshot(0, 6259, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b774!, b778!, b779!, b780!, (b790 ??= __metajit_G.float(u790)), b791!]));
          if (c6259.value !== true) {
            block = 6335;
            continue dispatch;
          }
          block = 6275;
          continue dispatch;
        }
        case 6275: {
          at = 6275;
          {
            const x0 = rec.resolve(b779!);
            const v0 = x0.value as number;
            const v = v0 + u790;
            b792 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, (b790 ??= __metajit_G.float(u790))], v);
          }
          at = 6279;
          {
            const x0 = b792!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b793 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 6282;
          {
            const x1 = rec.resolve(b759!);
            const v1 = x1.value as number;
            const v = u790 < v1;
            b795 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b790 ??= __metajit_G.float(u790)), x1], v);
          }
          at = 6286;
          const c6286 = b795!;
          if (!c6286.isConst) rec.guard(c6286.value === true ? "guard_true" : "guard_false", [c6286], rec.snapshot(0, 6286, [b0!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b759!, b774!, b778!, b779!, b780!, (b790 ??= __metajit_G.float(u790)), b793!, b795!]));
          if (c6286.value !== true) {
            block = 6321;
            continue dispatch;
          }
          block = 6303;
          continue dispatch;
        }
        case 6303: {
          u796 = u8 + u790;
          b796 = undefined;
          u797 = u796 | 0;
          b797 = undefined;
          at = 6310;
          b798 = rec.record("getarrayitem", [b4!, (b797 ??= __metajit_G.int(u797))], __metajit_o0);
          b794 = b798;
          block = 6324;
          continue dispatch;
        }
        case 6321: {
          u794 = __metajit_k0_10.value;
          b794 = __metajit_k0_10;
          b794 ??= __metajit_G.ref(u794);
          block = 6324;
          continue dispatch;
        }
        case 6324: {
          at = 6324;
          rec.record("setarrayitem", [b778!, b793!, b794!], __metajit_o1);
          u790 = u790 + 1;
          b790 = undefined;
          block = 6255;
          continue dispatch;
        }
        case 6335: {
          b3 = b774;
          at = 6338;
          b2 = rec.record("getfield_imm", [b774!], __metajit_o10);
          b4 = b778;
          at = 6346;
          b1 = rec.record("getfield", [b774!], __metajit_o21);
          block = 7301;
          continue dispatch;
        }
        case 6353: {
          u800 = u8 + 2;
          b800 = undefined;
          u801 = u800 | 0;
          b801 = undefined;
          at = 6360;
          b802 = rec.record("getarrayitem", [b4!, (b801 ??= __metajit_G.int(u801))], __metajit_o0);
          at = 6366;
          {
            const x0 = rec.resolve(b802!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b799 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u804 = u8 | 0;
          b804 = undefined;
          at = 6372;
          b805 = rec.record("getarrayitem", [b4!, (b804 ??= __metajit_G.int(u804))], __metajit_o0);
          at = 6378;
          {
            const x0 = rec.resolve(b805!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b806 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6381;
          {
            const x0 = b806!;
            const v0 = x0.value as number;
            const x1 = b799!;
            const v1 = x1.value as number;
            const v = v0 + v1;
            b803 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, x1], v);
          }
          u808 = u8 + 1;
          b808 = undefined;
          u809 = u808 | 0;
          b809 = undefined;
          at = 6392;
          b810 = rec.record("getarrayitem", [b4!, (b809 ??= __metajit_G.int(u809))], __metajit_o0);
          at = 6398;
          {
            const x0 = rec.resolve(b810!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b807 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6401;
          {
            const x0 = b799!;
            const v0 = x0.value as number;
            const v = v0 > 0;
            b812 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k0_8], v);
          }
          at = 6405;
          const c6405 = b812!;
          if (!c6405.isConst) rec.guard(c6405.value === true ? "guard_true" : "guard_false", [c6405], rec.snapshot(0, 6405, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b803!, b807!, b812!]));
          if (c6405.value !== true) {
            block = 6430;
            continue dispatch;
          }
          block = 6421;
          continue dispatch;
        }
        case 6421: {
          at = 6421;
          {
            const x0 = b803!;
            const v0 = x0.value as number;
            const x1 = b807!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b813 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b811 = b813;
          block = 6437;
          continue dispatch;
        }
        case 6430: {
          at = 6430;
          {
            const x0 = b807!;
            const v0 = x0.value as number;
            const x1 = b803!;
            const v1 = x1.value as number;
            const v = v0 <= v1;
            b814 = x0.isConst && x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, x1], v);
          }
          b811 = b814;
          block = 6437;
          continue dispatch;
        }
        case 6437: {
          at = 6437;
          const c6437 = rec.resolve(b811!);
          if (!c6437.isConst) rec.guard(c6437.value === true ? "guard_true" : "guard_false", [c6437], rec.snapshot(0, 6437, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b803!, b811!]));
          if (c6437.value !== true) {
            block = 6504;
            continue dispatch;
          }
          block = 6452;
          continue dispatch;
        }
        case 6452: {
          u815 = (u2 as Record<string, unknown>)["b"];
          b815 = undefined;
          u816 = u7 | 0;
          b816 = undefined;
          u817 = __metajit_G.asFloat("getarrayitem_imm", (u815 as ArrayLike<unknown>)[u816], "[any]");
          b817 = undefined;
          u818 = u1 + u817;
          b818 = undefined;
          u819 = u818 | 0;
          b819 = undefined;
          u1 = u819;
          b1 = undefined;
          u820 = u8 | 0;
          b820 = undefined;
          at = 6479;
          {
            const x0 = rec.resolve(b803!);
            const v0 = x0.value as number;
            const v = v0;
            b821 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6482;
          rec.record("setarrayitem", [b4!, (b820 ??= __metajit_G.int(u820)), b821!], __metajit_o1);
          u822 = u8 + 3;
          b822 = undefined;
          u823 = u822 | 0;
          b823 = undefined;
          at = 6494;
          {
            const x0 = rec.resolve(b803!);
            const v0 = x0.value as number;
            const v = v0;
            b824 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6497;
          rec.record("setarrayitem", [b4!, (b823 ??= __metajit_G.int(u823)), b824!], __metajit_o1);
          block = 6504;
          continue dispatch;
        }
        case 6504: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 6506: {
          u826 = u8 | 0;
          b826 = undefined;
          at = 6509;
          b825 = rec.record("getarrayitem", [b4!, (b826 ??= __metajit_G.int(u826))], __metajit_o0);
          u828 = u8 + 1;
          b828 = undefined;
          u829 = u828 | 0;
          b829 = undefined;
          at = 6522;
          b827 = rec.record("getarrayitem", [b4!, (b829 ??= __metajit_G.int(u829))], __metajit_o0);
          u831 = u8 + 2;
          b831 = undefined;
          u832 = u831 | 0;
          b832 = undefined;
          at = 6535;
          b830 = rec.record("getarrayitem", [b4!, (b832 ??= __metajit_G.int(u832))], __metajit_o0);
          at = 6541;
          {
            const x0 = rec.resolve(b825!);
            const v0 = x0.value;
            const v = typeof v0;
            b833 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6544;
          {
            const x0 = b833!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b834 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6548;
          {
            const x0 = b834!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b835 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6551;
          {
            const x0 = b835!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b836 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b837 = b835;
          at = 6557;
          const c6557 = b836!;
          if (!c6557.isConst) rec.guard(c6557.value === true ? "guard_true" : "guard_false", [c6557], rec.snapshot(0, 6557, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b827!, b830!, b836!, b837!]));
          if (c6557.value !== true) {
            block = 6587;
            continue dispatch;
          }
          block = 6574;
          continue dispatch;
        }
        case 6574: {
          at = 6574;
          {
            const x0 = rec.resolve(b827!);
            const v0 = x0.value;
            const v = typeof v0;
            b838 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6577;
          {
            const x0 = b838!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b839 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6581;
          {
            const x0 = b839!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b840 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b837 = b840;
          block = 6587;
          continue dispatch;
        }
        case 6587: {
          at = 6587;
          {
            const x0 = rec.resolve(b837!);
            const v0 = x0.value as boolean;
            const v = !v0;
            b841 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b842 = b837;
          at = 6593;
          const c6593 = b841!;
          if (!c6593.isConst) rec.guard(c6593.value === true ? "guard_true" : "guard_false", [c6593], rec.snapshot(0, 6593, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b830!, b841!, b842!]));
          if (c6593.value !== true) {
            block = 6622;
            continue dispatch;
          }
          block = 6609;
          continue dispatch;
        }
        case 6609: {
          at = 6609;
          {
            const x0 = rec.resolve(b830!);
            const v0 = x0.value;
            const v = typeof v0;
            b843 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("ref_typeof", [x0], v);
          }
          at = 6612;
          {
            const x0 = b843!;
            const v0 = x0.value;
            const v = v0 === __metajit_k0_24.value;
            b844 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_24], v);
          }
          at = 6616;
          {
            const x0 = b844!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b845 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          b842 = b845;
          block = 6622;
          continue dispatch;
        }
        case 6622: {
          at = 6622;
          const c6622 = rec.resolve(b842!);
          if (!c6622.isConst) rec.guard(c6622.value === true ? "guard_true" : "guard_false", [c6622], rec.snapshot(0, 6622, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8)), b842!]));
          if (c6622.value !== true) {
            block = 6660;
            continue dispatch;
          }
          block = 6636;
          continue dispatch;
        }
        case 6636: {
          at = 6636;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          at = 6640;
          rec.record("call", [__metajit_k0_104, b0!, b4!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6640, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b7 ??= __metajit_G.float(u7)), (b8 ??= __metajit_G.float(u8))]) });
          block = 6660;
          continue dispatch;
        }
        case 6660: {
          u846 = u8 | 0;
          b846 = undefined;
          u847 = u8 | 0;
          b847 = undefined;
          at = 6666;
          b848 = rec.record("getarrayitem", [b4!, (b847 ??= __metajit_G.int(u847))], __metajit_o0);
          at = 6672;
          {
            const x0 = rec.resolve(b848!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b849 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          u850 = u8 + 2;
          b850 = undefined;
          u851 = u850 | 0;
          b851 = undefined;
          at = 6682;
          b852 = rec.record("getarrayitem", [b4!, (b851 ??= __metajit_G.int(u851))], __metajit_o0);
          at = 6688;
          {
            const x0 = rec.resolve(b852!);
            const v0 = x0.value;
            const v = __metajit_G.asFloat("cast_ref_to_float", v0, "");
            b853 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("cast_ref_to_float", [x0], v);
          }
          at = 6691;
          {
            const x0 = b849!;
            const v0 = x0.value as number;
            const x1 = b853!;
            const v1 = x1.value as number;
            const v = v0 - v1;
            b854 = x0.isConst && x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, x1], v);
          }
          at = 6695;
          {
            const x0 = b854!;
            const v0 = x0.value as number;
            const v = v0;
            b855 = x0.isConst ? __metajit_G.ref(v) : rec.recordPure("cast_float_to_ref", [x0], v);
          }
          at = 6698;
          rec.record("setarrayitem", [b4!, (b846 ??= __metajit_G.int(u846)), b855!], __metajit_o1);
          u856 = (u2 as Record<string, unknown>)["b"];
          b856 = undefined;
          u857 = u7 | 0;
          b857 = undefined;
          u858 = __metajit_G.asFloat("getarrayitem_imm", (u856 as ArrayLike<unknown>)[u857], "[any]");
          b858 = undefined;
          u859 = u1 + u858;
          b859 = undefined;
          u860 = u859 | 0;
          b860 = undefined;
          u1 = u860;
          b1 = undefined;
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 6729: {
          at = 6729;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u862 = (u2 as Record<string, unknown>)["c"];
          b862 = undefined;
          u863 = u7 | 0;
          b863 = undefined;
          u861 = __metajit_G.asFloat("getarrayitem_imm", (u862 as ArrayLike<unknown>)[u863], "[any]");
          b861 = undefined;
          at = 6747;
          rec.record("call", [__metajit_k0_105, b0!, b4!, (b8 ??= __metajit_G.float(u8)), (b861 ??= __metajit_G.float(u861))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6747, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8))]) });
          u865 = u8 + 3;
          b865 = undefined;
          u866 = u865 | 0;
          b866 = undefined;
          at = 6772;
          b864 = rec.record("getarrayitem", [b4!, (b866 ??= __metajit_G.int(u866))], __metajit_o0);
          at = 6778;
          {
            const x0 = rec.resolve(b864!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b867 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6782;
          {
            const x0 = b867!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b868 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6785;
          const c6785 = b868!;
          if (!c6785.isConst) rec.guard(c6785.value === true ? "guard_true" : "guard_false", [c6785], rec.snapshot(0, 6785, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b864!, b868!]));
          if (c6785.value !== true) {
            block = 6859;
            continue dispatch;
          }
          block = 6799;
          continue dispatch;
        }
        case 6799: {
          u869 = u8 + 2;
          b869 = undefined;
          u870 = u869 | 0;
          b870 = undefined;
          at = 6806;
          rec.record("setarrayitem", [b4!, (b870 ??= __metajit_G.int(u870)), b864!], __metajit_o1);
          u872 = (u2 as Record<string, unknown>)["b"];
          b872 = undefined;
          u873 = u1 | 0;
          b873 = undefined;
          u871 = __metajit_G.asFloat("getarrayitem_imm", (u872 as ArrayLike<unknown>)[u873], "[any]");
          b871 = undefined;
          u874 = u1 + 1;
          b874 = undefined;
          u875 = u874 + u871;
          b875 = undefined;
          u876 = u875 | 0;
          b876 = undefined;
          u1 = u876;
          b1 = undefined;
          u877 = u871 < 0;
          b877 = undefined;
          if (!u877) {
            block = 6857;
            continue dispatch;
          }
          block = 6855;
          continue dispatch;
        }
        case 6855: {
          block = 6857;
          continue dispatch;
        }
        case 6857: {
          block = 6869;
          continue dispatch;
        }
        case 6859: {
          u878 = u1 + 1;
          b878 = undefined;
          u879 = u878 | 0;
          b879 = undefined;
          u1 = u879;
          b1 = undefined;
          block = 6869;
          continue dispatch;
        }
        case 6869: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 6871: {
          u881 = (u2 as Record<string, unknown>)["b"];
          b881 = undefined;
          u882 = u7 | 0;
          b882 = undefined;
          u880 = __metajit_G.asFloat("getarrayitem_imm", (u881 as ArrayLike<unknown>)[u882], "[any]");
          b880 = undefined;
          u885 = u880 === 0;
          b885 = undefined;
          u886 = !u885;
          b886 = undefined;
          if (!u886) {
            block = 6912;
            continue dispatch;
          }
          block = 6907;
          continue dispatch;
        }
        case 6907: {
          u884 = u880;
          b884 = b880;
          b884 ??= __metajit_G.float(u884);
          block = 6928;
          continue dispatch;
        }
        case 6912: {
          at = 6912;
          b887 = rec.record("getfield", [b3!], __metajit_o9);
          at = 6917;
          {
            const x0 = rec.resolve(b887!);
            const v0 = x0.value as number;
            const v = v0 - u8;
            b888 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, (b8 ??= __metajit_G.float(u8))], v);
          }
          at = 6921;
          {
            const x0 = b888!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b889 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k0_3], v);
          }
          b884 = b889;
          block = 6928;
          continue dispatch;
        }
        case 6928: {
          b883 = b884;
          u890 = (u2 as Record<string, unknown>)["c"];
          b890 = undefined;
          u891 = u7 | 0;
          b891 = undefined;
          u892 = __metajit_G.asFloat("getarrayitem_imm", (u890 as ArrayLike<unknown>)[u891], "[any]");
          b892 = undefined;
          at = 6945;
          rec.record("call", [__metajit_k0_106, b0!, b4!, (b8 ??= __metajit_G.float(u8)), b883!, (b892 ??= __metajit_G.float(u892))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6945, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 6965: {
          at = 6965;
          b893 = rec.record("getfield", [b3!], __metajit_o17);
          at = 6970;
          {
            const x0 = rec.resolve(b893!);
            const v0 = x0.value;
            const v = v0 === __metajit_k0_10.value;
            b894 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k0_10], v);
          }
          at = 6974;
          {
            const x0 = b894!;
            const v0 = x0.value as boolean;
            const v = !v0;
            b895 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("bool_not", [x0], v);
          }
          at = 6977;
          const c6977 = b895!;
          if (!c6977.isConst) rec.guard(c6977.value === true ? "guard_true" : "guard_false", [c6977], rec.snapshot(0, 6977, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b895!]));
          if (c6977.value !== true) {
            block = 7008;
            continue dispatch;
          }
          block = 6990;
          continue dispatch;
        }
        case 6990: {
          at = 6990;
          rec.record("call", [__metajit_k0_107, b0!, b3!, (b8 ??= __metajit_G.float(u8))], { descr: null, type: "void", snapshot: rec.snapshot(0, 6990, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!]) });
          block = 7008;
          continue dispatch;
        }
        case 7008: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 7010: {
          u896 = u8 | 0;
          b896 = undefined;
          u897 = (u2 as Record<string, unknown>)["protos"];
          b897 = undefined;
          u898 = (u2 as Record<string, unknown>)["b"];
          b898 = undefined;
          u899 = u7 | 0;
          b899 = undefined;
          u900 = __metajit_G.asFloat("getarrayitem_imm", (u898 as ArrayLike<unknown>)[u899], "[any]");
          b900 = undefined;
          u901 = u900 | 0;
          b901 = undefined;
          u902 = (u897 as ArrayLike<unknown>)[u901];
          b902 = undefined;
          at = 7041;
          b903 = rec.record("call", [__metajit_k0_108, b0!, b3!, (b902 ??= __metajit_G.ref(u902))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7041, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b896 ??= __metajit_G.int(u896))]) });
          at = 7058;
          rec.record("setarrayitem", [b4!, (b896 ??= __metajit_G.int(u896)), b903!], __metajit_o1);
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 7065: {
          u905 = (u2 as Record<string, unknown>)["b"];
          b905 = undefined;
          u906 = u7 | 0;
          b906 = undefined;
          u904 = __metajit_G.asFloat("getarrayitem_imm", (u905 as ArrayLike<unknown>)[u906], "[any]");
          b904 = undefined;
          at = 7079;
          b907 = rec.record("getfield_imm", [b3!], __metajit_o22);
          at = 7084;
          b908 = rec.record("arraylen", [b907!], __metajit_o1);
          u909 = u904 === 0;
          b909 = undefined;
          if (!u909) {
            block = 7174;
            continue dispatch;
          }
          block = 7108;
          continue dispatch;
        }
        case 7108: {
          u910 = 0;
          b910 = __metajit_k0_8;
          block = 7111;
          continue dispatch;
        }
        case 7111: {
          at = 7111;
          {
            const x0 = rec.resolve(b908!);
            const v0 = x0.value as number;
            const v = v0;
            b911 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7114;
          {
            const x1 = b911!;
            const v1 = x1.value as number;
            const v = u910 < v1;
            b912 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b910 ??= __metajit_G.float(u910)), x1], v);
          }
          at = 7118;
          const c7118 = b912!;
          if (!c7118.isConst) rec.guard(c7118.value === true ? "guard_true" : "guard_false", [c7118], rec.snapshot(0, 7118, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), b907!, b908!, (b910 ??= __metajit_G.float(u910)), b912!]));
          if (c7118.value !== true) {
            block = 7161;
            continue dispatch;
          }
          block = 7134;
          continue dispatch;
        }
        case 7134: {
          u913 = u8 + u910;
          b913 = undefined;
          u914 = u913 | 0;
          b914 = undefined;
          u915 = u910 | 0;
          b915 = undefined;
          at = 7144;
          b916 = rec.record("getarrayitem", [b907!, (b915 ??= __metajit_G.int(u915))], __metajit_o0);
          at = 7150;
          rec.record("setarrayitem", [b4!, (b914 ??= __metajit_G.int(u914)), b916!], __metajit_o1);
          u910 = u910 + 1;
          b910 = undefined;
          block = 7111;
          continue dispatch;
        }
        case 7161: {
          at = 7161;
          {
            const x0 = rec.resolve(b908!);
            const v0 = x0.value as number;
            const v = v0;
            b917 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7164;
          {
            const x1 = b917!;
            const v1 = x1.value as number;
            const v = u8 + v1;
            b918 = x1.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [(b8 ??= __metajit_G.float(u8)), x1], v);
          }
          at = 7168;
          rec.record("setfield", [b3!, b918!], __metajit_o16);
          block = 7262;
          continue dispatch;
        }
        case 7174: {
          u919 = 0;
          b919 = __metajit_k0_8;
          block = 7177;
          continue dispatch;
        }
        case 7177: {
          u920 = u904 - 1;
          b920 = undefined;
          u921 = u919 < u920;
          b921 = undefined;
          if (!u921) {
            block = 7262;
            continue dispatch;
          }
          block = 7202;
          continue dispatch;
        }
        case 7202: {
          u922 = u8 + u919;
          b922 = undefined;
          u923 = u922 | 0;
          b923 = undefined;
          at = 7209;
          {
            const x0 = rec.resolve(b908!);
            const v0 = x0.value as number;
            const v = v0;
            b925 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("int_to_float", [x0], v);
          }
          at = 7212;
          {
            const x1 = b925!;
            const v1 = x1.value as number;
            const v = u919 < v1;
            b926 = x1.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [(b919 ??= __metajit_G.float(u919)), x1], v);
          }
          at = 7216;
          const c7216 = b926!;
          if (!c7216.isConst) rec.guard(c7216.value === true ? "guard_true" : "guard_false", [c7216], rec.snapshot(0, 7216, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.ref(u2)), b3!, b4!, b5!, b6!, (b8 ??= __metajit_G.float(u8)), (b904 ??= __metajit_G.float(u904)), b907!, b908!, (b919 ??= __metajit_G.float(u919)), (b923 ??= __metajit_G.int(u923)), b926!]));
          if (c7216.value !== true) {
            block = 7248;
            continue dispatch;
          }
          block = 7234;
          continue dispatch;
        }
        case 7234: {
          u927 = u919 | 0;
          b927 = undefined;
          at = 7237;
          b928 = rec.record("getarrayitem", [b907!, (b927 ??= __metajit_G.int(u927))], __metajit_o0);
          b924 = b928;
          block = 7251;
          continue dispatch;
        }
        case 7248: {
          u924 = __metajit_k0_10.value;
          b924 = __metajit_k0_10;
          b924 ??= __metajit_G.ref(u924);
          block = 7251;
          continue dispatch;
        }
        case 7251: {
          at = 7251;
          rec.record("setarrayitem", [b4!, (b923 ??= __metajit_G.int(u923)), b924!], __metajit_o1);
          u919 = u919 + 1;
          b919 = undefined;
          block = 7177;
          continue dispatch;
        }
        case 7262: {
          b1 ??= __metajit_G.float(u1);
          b2 ??= __metajit_G.ref(u2);
          block = 7301;
          continue dispatch;
        }
        case 7264: {
          at = 7264;
          rec.record("setfield", [b3!, (b1 ??= __metajit_G.float(u1))], __metajit_o8);
          u929 = (u2 as Record<string, unknown>)["op"];
          b929 = undefined;
          u930 = u7 | 0;
          b930 = undefined;
          u931 = __metajit_G.asFloat("getarrayitem_imm", (u929 as ArrayLike<unknown>)[u930], "[any]");
          b931 = undefined;
          {
            const f = __metajit_k0_113.value as (...a: unknown[]) => unknown;
            u932 = f(__metajit_k0_112.value, u931);
            b932 = undefined;
          }
          at = 7291;
          b933 = rec.record("call", [__metajit_k0_111, b0!, (b932 ??= __metajit_G.ref(u932))], { descr: null, type: "ref", snapshot: rec.snapshot(0, 7291, []) });
          throw b933!.value;
        }
        case 7301: {
          return new __metajit_G.MergeResult<__metajit_Value>([b0!, b1!, b2!, b3!, b4!, b5!, b6!], 7301);
        }
        default: throw new Error("Interpreter.run.portal: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 0, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10 !== undefined ? b10.value : u10, b11 !== undefined ? b11.value : u11, b12 !== undefined ? b12.value : u12, b13 !== undefined ? b13.value : u13, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16 !== undefined ? b16.value : u16, b17 !== undefined ? b17.value : u17, b18 !== undefined ? b18.value : u18, b19 !== undefined ? b19.value : u19, b20 !== undefined ? b20.value : u20, b21 !== undefined ? b21.value : u21, b22 !== undefined ? b22.value : u22, b23 !== undefined ? b23.value : u23, b24?.value, b25 !== undefined ? b25.value : u25, b26 !== undefined ? b26.value : u26, b27 !== undefined ? b27.value : u27, b28 !== undefined ? b28.value : u28, b29 !== undefined ? b29.value : u29, b30 !== undefined ? b30.value : u30, b31 !== undefined ? b31.value : u31, b32 !== undefined ? b32.value : u32, b33 !== undefined ? b33.value : u33, b34 !== undefined ? b34.value : u34, b35 !== undefined ? b35.value : u35, b36 !== undefined ? b36.value : u36, b37 !== undefined ? b37.value : u37, b38 !== undefined ? b38.value : u38, b39 !== undefined ? b39.value : u39, b40 !== undefined ? b40.value : u40, b41 !== undefined ? b41.value : u41, b42 !== undefined ? b42.value : u42, b43 !== undefined ? b43.value : u43, b44 !== undefined ? b44.value : u44, b45 !== undefined ? b45.value : u45, b46 !== undefined ? b46.value : u46, b47 !== undefined ? b47.value : u47, b48 !== undefined ? b48.value : u48, b49 !== undefined ? b49.value : u49, b50 !== undefined ? b50.value : u50, b51 !== undefined ? b51.value : u51, b52?.value, b53?.value, b54?.value, b55 !== undefined ? b55.value : u55, b56 !== undefined ? b56.value : u56, b57 !== undefined ? b57.value : u57, b58 !== undefined ? b58.value : u58, b59 !== undefined ? b59.value : u59, b60?.value, b61?.value, b62?.value, b63?.value, b64?.value, b65?.value, b66 !== undefined ? b66.value : u66, b67 !== undefined ? b67.value : u67, b68 !== undefined ? b68.value : u68, b69 !== undefined ? b69.value : u69, b70 !== undefined ? b70.value : u70, b71 !== undefined ? b71.value : u71, b72?.value, b73?.value, b74?.value, b75?.value, b76?.value, b77?.value, b78 !== undefined ? b78.value : u78, b79 !== undefined ? b79.value : u79, b80 !== undefined ? b80.value : u80, b81 !== undefined ? b81.value : u81, b82 !== undefined ? b82.value : u82, b83 !== undefined ? b83.value : u83, b84 !== undefined ? b84.value : u84, b85?.value, b86 !== undefined ? b86.value : u86, b87?.value, b88 !== undefined ? b88.value : u88, b89 !== undefined ? b89.value : u89, b90 !== undefined ? b90.value : u90, b91?.value, b92 !== undefined ? b92.value : u92, b93 !== undefined ? b93.value : u93, b94 !== undefined ? b94.value : u94, b95 !== undefined ? b95.value : u95, b96 !== undefined ? b96.value : u96, b97?.value, b98?.value, b99?.value, b100?.value, b101?.value, b102?.value, b103?.value, b104?.value, b105?.value, b106?.value, b107?.value, b108?.value, b109?.value, b110?.value, b111?.value, b112?.value, b113 !== undefined ? b113.value : u113, b114?.value, b115?.value, b116 !== undefined ? b116.value : u116, b117 !== undefined ? b117.value : u117, b118 !== undefined ? b118.value : u118, b119 !== undefined ? b119.value : u119, b120 !== undefined ? b120.value : u120, b121 !== undefined ? b121.value : u121, b122?.value, b123?.value, b124 !== undefined ? b124.value : u124, b125?.value, b126 !== undefined ? b126.value : u126, b127?.value, b128?.value, b129?.value, b130?.value, b131 !== undefined ? b131.value : u131, b132 !== undefined ? b132.value : u132, b133 !== undefined ? b133.value : u133, b134 !== undefined ? b134.value : u134, b135?.value, b136?.value, b137?.value, b138 !== undefined ? b138.value : u138, b139?.value, b140 !== undefined ? b140.value : u140, b141 !== undefined ? b141.value : u141, b142 !== undefined ? b142.value : u142, b143 !== undefined ? b143.value : u143, b144 !== undefined ? b144.value : u144, b145 !== undefined ? b145.value : u145, b146?.value, b147 !== undefined ? b147.value : u147, b148?.value, b149 !== undefined ? b149.value : u149, b150 !== undefined ? b150.value : u150, b151 !== undefined ? b151.value : u151, b152?.value, b153 !== undefined ? b153.value : u153, b154 !== undefined ? b154.value : u154, b155 !== undefined ? b155.value : u155, b156 !== undefined ? b156.value : u156, b157?.value, b158 !== undefined ? b158.value : u158, b159 !== undefined ? b159.value : u159, b160 !== undefined ? b160.value : u160, b161?.value, b162 !== undefined ? b162.value : u162, b163 !== undefined ? b163.value : u163, b164 !== undefined ? b164.value : u164, b165 !== undefined ? b165.value : u165, b166?.value, b167?.value, b168?.value, b169?.value, b170?.value, b171?.value, b172?.value, b173?.value, b174?.value, b175?.value, b176?.value, b177?.value, b178?.value, b179 !== undefined ? b179.value : u179, b180 !== undefined ? b180.value : u180, b181 !== undefined ? b181.value : u181, b182 !== undefined ? b182.value : u182, b183 !== undefined ? b183.value : u183, b184 !== undefined ? b184.value : u184, b185 !== undefined ? b185.value : u185, b186?.value, b187 !== undefined ? b187.value : u187, b188 !== undefined ? b188.value : u188, b189 !== undefined ? b189.value : u189, b190 !== undefined ? b190.value : u190, b191 !== undefined ? b191.value : u191, b192 !== undefined ? b192.value : u192, b193?.value, b194 !== undefined ? b194.value : u194, b195?.value, b196 !== undefined ? b196.value : u196, b197 !== undefined ? b197.value : u197, b198 !== undefined ? b198.value : u198, b199?.value, b200 !== undefined ? b200.value : u200, b201 !== undefined ? b201.value : u201, b202 !== undefined ? b202.value : u202, b203 !== undefined ? b203.value : u203, b204 !== undefined ? b204.value : u204, b205 !== undefined ? b205.value : u205, b206 !== undefined ? b206.value : u206, b207?.value, b208?.value, b209?.value, b210?.value, b211?.value, b212?.value, b213?.value, b214?.value, b215?.value, b216?.value, b217?.value, b218 !== undefined ? b218.value : u218, b219 !== undefined ? b219.value : u219, b220 !== undefined ? b220.value : u220, b221 !== undefined ? b221.value : u221, b222 !== undefined ? b222.value : u222, b223 !== undefined ? b223.value : u223, b224 !== undefined ? b224.value : u224, b225?.value, b226 !== undefined ? b226.value : u226, b227 !== undefined ? b227.value : u227, b228 !== undefined ? b228.value : u228, b229?.value, b230 !== undefined ? b230.value : u230, b231 !== undefined ? b231.value : u231, b232 !== undefined ? b232.value : u232, b233 !== undefined ? b233.value : u233, b234?.value, b235 !== undefined ? b235.value : u235, b236 !== undefined ? b236.value : u236, b237 !== undefined ? b237.value : u237, b238?.value, b239 !== undefined ? b239.value : u239, b240 !== undefined ? b240.value : u240, b241 !== undefined ? b241.value : u241, b242 !== undefined ? b242.value : u242, b243?.value, b244?.value, b245?.value, b246?.value, b247?.value, b248 !== undefined ? b248.value : u248, b249?.value, b250?.value, b251?.value, b252?.value, b253 !== undefined ? b253.value : u253, b254?.value, b255 !== undefined ? b255.value : u255, b256 !== undefined ? b256.value : u256, b257 !== undefined ? b257.value : u257, b258 !== undefined ? b258.value : u258, b259 !== undefined ? b259.value : u259, b260 !== undefined ? b260.value : u260, b261?.value, b262 !== undefined ? b262.value : u262, b263 !== undefined ? b263.value : u263, b264 !== undefined ? b264.value : u264, b265?.value, b266 !== undefined ? b266.value : u266, b267 !== undefined ? b267.value : u267, b268 !== undefined ? b268.value : u268, b269 !== undefined ? b269.value : u269, b270?.value, b271 !== undefined ? b271.value : u271, b272 !== undefined ? b272.value : u272, b273 !== undefined ? b273.value : u273, b274?.value, b275 !== undefined ? b275.value : u275, b276 !== undefined ? b276.value : u276, b277 !== undefined ? b277.value : u277, b278 !== undefined ? b278.value : u278, b279?.value, b280?.value, b281?.value, b282?.value, b283?.value, b284 !== undefined ? b284.value : u284, b285?.value, b286?.value, b287?.value, b288?.value, b289 !== undefined ? b289.value : u289, b290?.value, b291 !== undefined ? b291.value : u291, b292 !== undefined ? b292.value : u292, b293 !== undefined ? b293.value : u293, b294 !== undefined ? b294.value : u294, b295 !== undefined ? b295.value : u295, b296 !== undefined ? b296.value : u296, b297?.value, b298 !== undefined ? b298.value : u298, b299 !== undefined ? b299.value : u299, b300 !== undefined ? b300.value : u300, b301?.value, b302 !== undefined ? b302.value : u302, b303 !== undefined ? b303.value : u303, b304 !== undefined ? b304.value : u304, b305 !== undefined ? b305.value : u305, b306?.value, b307 !== undefined ? b307.value : u307, b308 !== undefined ? b308.value : u308, b309 !== undefined ? b309.value : u309, b310?.value, b311 !== undefined ? b311.value : u311, b312 !== undefined ? b312.value : u312, b313 !== undefined ? b313.value : u313, b314 !== undefined ? b314.value : u314, b315?.value, b316?.value, b317?.value, b318?.value, b319?.value, b320 !== undefined ? b320.value : u320, b321?.value, b322?.value, b323?.value, b324?.value, b325 !== undefined ? b325.value : u325, b326?.value, b327 !== undefined ? b327.value : u327, b328 !== undefined ? b328.value : u328, b329 !== undefined ? b329.value : u329, b330 !== undefined ? b330.value : u330, b331 !== undefined ? b331.value : u331, b332 !== undefined ? b332.value : u332, b333?.value, b334 !== undefined ? b334.value : u334, b335 !== undefined ? b335.value : u335, b336 !== undefined ? b336.value : u336, b337?.value, b338 !== undefined ? b338.value : u338, b339 !== undefined ? b339.value : u339, b340 !== undefined ? b340.value : u340, b341 !== undefined ? b341.value : u341, b342?.value, b343 !== undefined ? b343.value : u343, b344 !== undefined ? b344.value : u344, b345 !== undefined ? b345.value : u345, b346?.value, b347 !== undefined ? b347.value : u347, b348 !== undefined ? b348.value : u348, b349 !== undefined ? b349.value : u349, b350 !== undefined ? b350.value : u350, b351?.value, b352?.value, b353?.value, b354?.value, b355?.value, b356 !== undefined ? b356.value : u356, b357?.value, b358?.value, b359?.value, b360?.value, b361 !== undefined ? b361.value : u361, b362?.value, b363 !== undefined ? b363.value : u363, b364 !== undefined ? b364.value : u364, b365 !== undefined ? b365.value : u365, b366 !== undefined ? b366.value : u366, b367 !== undefined ? b367.value : u367, b368 !== undefined ? b368.value : u368, b369?.value, b370 !== undefined ? b370.value : u370, b371 !== undefined ? b371.value : u371, b372 !== undefined ? b372.value : u372, b373?.value, b374 !== undefined ? b374.value : u374, b375 !== undefined ? b375.value : u375, b376 !== undefined ? b376.value : u376, b377 !== undefined ? b377.value : u377, b378?.value, b379 !== undefined ? b379.value : u379, b380 !== undefined ? b380.value : u380, b381 !== undefined ? b381.value : u381, b382?.value, b383 !== undefined ? b383.value : u383, b384 !== undefined ? b384.value : u384, b385 !== undefined ? b385.value : u385, b386 !== undefined ? b386.value : u386, b387?.value, b388?.value, b389?.value, b390?.value, b391?.value, b392 !== undefined ? b392.value : u392, b393?.value, b394?.value, b395?.value, b396?.value, b397?.value, b398?.value, b399?.value, b400?.value, b401?.value, b402 !== undefined ? b402.value : u402, b403?.value, b404 !== undefined ? b404.value : u404, b405 !== undefined ? b405.value : u405, b406 !== undefined ? b406.value : u406, b407 !== undefined ? b407.value : u407, b408 !== undefined ? b408.value : u408, b409 !== undefined ? b409.value : u409, b410?.value, b411 !== undefined ? b411.value : u411, b412 !== undefined ? b412.value : u412, b413 !== undefined ? b413.value : u413, b414?.value, b415 !== undefined ? b415.value : u415, b416 !== undefined ? b416.value : u416, b417 !== undefined ? b417.value : u417, b418 !== undefined ? b418.value : u418, b419?.value, b420 !== undefined ? b420.value : u420, b421 !== undefined ? b421.value : u421, b422 !== undefined ? b422.value : u422, b423?.value, b424 !== undefined ? b424.value : u424, b425 !== undefined ? b425.value : u425, b426 !== undefined ? b426.value : u426, b427 !== undefined ? b427.value : u427, b428?.value, b429?.value, b430?.value, b431?.value, b432?.value, b433 !== undefined ? b433.value : u433, b434?.value, b435?.value, b436?.value, b437?.value, b438 !== undefined ? b438.value : u438, b439?.value, b440 !== undefined ? b440.value : u440, b441 !== undefined ? b441.value : u441, b442 !== undefined ? b442.value : u442, b443?.value, b444 !== undefined ? b444.value : u444, b445?.value, b446?.value, b447 !== undefined ? b447.value : u447, b448?.value, b449?.value, b450?.value, b451 !== undefined ? b451.value : u451, b452?.value, b453?.value, b454 !== undefined ? b454.value : u454, b455 !== undefined ? b455.value : u455, b456 !== undefined ? b456.value : u456, b457 !== undefined ? b457.value : u457, b458 !== undefined ? b458.value : u458, b459?.value, b460?.value, b461?.value, b462?.value, b463?.value, b464 !== undefined ? b464.value : u464, b465 !== undefined ? b465.value : u465, b466 !== undefined ? b466.value : u466, b467?.value, b468 !== undefined ? b468.value : u468, b469?.value, b470?.value, b471 !== undefined ? b471.value : u471, b472?.value, b473?.value, b474?.value, b475 !== undefined ? b475.value : u475, b476?.value, b477?.value, b478 !== undefined ? b478.value : u478, b479?.value, b480 !== undefined ? b480.value : u480, b481 !== undefined ? b481.value : u481, b482 !== undefined ? b482.value : u482, b483 !== undefined ? b483.value : u483, b484 !== undefined ? b484.value : u484, b485 !== undefined ? b485.value : u485, b486?.value, b487 !== undefined ? b487.value : u487, b488?.value, b489 !== undefined ? b489.value : u489, b490 !== undefined ? b490.value : u490, b491 !== undefined ? b491.value : u491, b492 !== undefined ? b492.value : u492, b493?.value, b494?.value, b495?.value, b496?.value, b497?.value, b498 !== undefined ? b498.value : u498, b499?.value, b500 !== undefined ? b500.value : u500, b501?.value, b502 !== undefined ? b502.value : u502, b503 !== undefined ? b503.value : u503, b504 !== undefined ? b504.value : u504, b505 !== undefined ? b505.value : u505, b506 !== undefined ? b506.value : u506, b507 !== undefined ? b507.value : u507, b508 !== undefined ? b508.value : u508, b509 !== undefined ? b509.value : u509, b510 !== undefined ? b510.value : u510, b511 !== undefined ? b511.value : u511, b512 !== undefined ? b512.value : u512, b513 !== undefined ? b513.value : u513, b514?.value, b515 !== undefined ? b515.value : u515, b516 !== undefined ? b516.value : u516, b517 !== undefined ? b517.value : u517, b518?.value, b519 !== undefined ? b519.value : u519, b520 !== undefined ? b520.value : u520, b521 !== undefined ? b521.value : u521, b522 !== undefined ? b522.value : u522, b523?.value, b524 !== undefined ? b524.value : u524, b525 !== undefined ? b525.value : u525, b526 !== undefined ? b526.value : u526, b527?.value, b528 !== undefined ? b528.value : u528, b529 !== undefined ? b529.value : u529, b530 !== undefined ? b530.value : u530, b531 !== undefined ? b531.value : u531, b532?.value, b533?.value, b534?.value, b535?.value, b536?.value, b537?.value, b538?.value, b539?.value, b540 !== undefined ? b540.value : u540, b541 !== undefined ? b541.value : u541, b542?.value, b543 !== undefined ? b543.value : u543, b544?.value, b545?.value, b546 !== undefined ? b546.value : u546, b547 !== undefined ? b547.value : u547, b548 !== undefined ? b548.value : u548, b549 !== undefined ? b549.value : u549, b550 !== undefined ? b550.value : u550, b551 !== undefined ? b551.value : u551, b552 !== undefined ? b552.value : u552, b553 !== undefined ? b553.value : u553, b554 !== undefined ? b554.value : u554, b555 !== undefined ? b555.value : u555, b556 !== undefined ? b556.value : u556, b557 !== undefined ? b557.value : u557, b558 !== undefined ? b558.value : u558, b559 !== undefined ? b559.value : u559, b560 !== undefined ? b560.value : u560, b561?.value, b562 !== undefined ? b562.value : u562, b563 !== undefined ? b563.value : u563, b564 !== undefined ? b564.value : u564, b565?.value, b566 !== undefined ? b566.value : u566, b567 !== undefined ? b567.value : u567, b568 !== undefined ? b568.value : u568, b569 !== undefined ? b569.value : u569, b570?.value, b571 !== undefined ? b571.value : u571, b572 !== undefined ? b572.value : u572, b573 !== undefined ? b573.value : u573, b574?.value, b575 !== undefined ? b575.value : u575, b576 !== undefined ? b576.value : u576, b577 !== undefined ? b577.value : u577, b578 !== undefined ? b578.value : u578, b579 !== undefined ? b579.value : u579, b580?.value, b581?.value, b582?.value, b583?.value, b584?.value, b585?.value, b586 !== undefined ? b586.value : u586, b587 !== undefined ? b587.value : u587, b588 !== undefined ? b588.value : u588, b589 !== undefined ? b589.value : u589, b590?.value, b591?.value, b592?.value, b593?.value, b594?.value, b595?.value, b596 !== undefined ? b596.value : u596, b597 !== undefined ? b597.value : u597, b598 !== undefined ? b598.value : u598, b599 !== undefined ? b599.value : u599, b600 !== undefined ? b600.value : u600, b601?.value, b602 !== undefined ? b602.value : u602, b603?.value, b604?.value, b605 !== undefined ? b605.value : u605, b606 !== undefined ? b606.value : u606, b607 !== undefined ? b607.value : u607, b608 !== undefined ? b608.value : u608, b609 !== undefined ? b609.value : u609, b610 !== undefined ? b610.value : u610, b611 !== undefined ? b611.value : u611, b612 !== undefined ? b612.value : u612, b613 !== undefined ? b613.value : u613, b614?.value, b615 !== undefined ? b615.value : u615, b616?.value, b617?.value, b618?.value, b619?.value, b620?.value, b621 !== undefined ? b621.value : u621, b622 !== undefined ? b622.value : u622, b623 !== undefined ? b623.value : u623, b624 !== undefined ? b624.value : u624, b625 !== undefined ? b625.value : u625, b626?.value, b627 !== undefined ? b627.value : u627, b628?.value, b629?.value, b630 !== undefined ? b630.value : u630, b631 !== undefined ? b631.value : u631, b632 !== undefined ? b632.value : u632, b633 !== undefined ? b633.value : u633, b634 !== undefined ? b634.value : u634, b635 !== undefined ? b635.value : u635, b636 !== undefined ? b636.value : u636, b637 !== undefined ? b637.value : u637, b638 !== undefined ? b638.value : u638, b639?.value, b640 !== undefined ? b640.value : u640, b641 !== undefined ? b641.value : u641, b642 !== undefined ? b642.value : u642, b643 !== undefined ? b643.value : u643, b644?.value, b645?.value, b646?.value, b647?.value, b648?.value, b649 !== undefined ? b649.value : u649, b650 !== undefined ? b650.value : u650, b651 !== undefined ? b651.value : u651, b652 !== undefined ? b652.value : u652, b653 !== undefined ? b653.value : u653, b654?.value, b655 !== undefined ? b655.value : u655, b656?.value, b657 !== undefined ? b657.value : u657, b658 !== undefined ? b658.value : u658, b659 !== undefined ? b659.value : u659, b660 !== undefined ? b660.value : u660, b661 !== undefined ? b661.value : u661, b662 !== undefined ? b662.value : u662, b663 !== undefined ? b663.value : u663, b664 !== undefined ? b664.value : u664, b665 !== undefined ? b665.value : u665, b666 !== undefined ? b666.value : u666, b667 !== undefined ? b667.value : u667, b668 !== undefined ? b668.value : u668, b669 !== undefined ? b669.value : u669, b670 !== undefined ? b670.value : u670, b671 !== undefined ? b671.value : u671, b672 !== undefined ? b672.value : u672, b673 !== undefined ? b673.value : u673, b674?.value, b675 !== undefined ? b675.value : u675, b676 !== undefined ? b676.value : u676, b677 !== undefined ? b677.value : u677, b678 !== undefined ? b678.value : u678, b679?.value, b680?.value, b681?.value, b682?.value, b683 !== undefined ? b683.value : u683, b684?.value, b685?.value, b686?.value, b687?.value, b688 !== undefined ? b688.value : u688, b689?.value, b690 !== undefined ? b690.value : u690, b691 !== undefined ? b691.value : u691, b692?.value, b693?.value, b694?.value, b695?.value, b696?.value, b697?.value, b698 !== undefined ? b698.value : u698, b699 !== undefined ? b699.value : u699, b700?.value, b701?.value, b702 !== undefined ? b702.value : u702, b703 !== undefined ? b703.value : u703, b704 !== undefined ? b704.value : u704, b705?.value, b706?.value, b707?.value, b708 !== undefined ? b708.value : u708, b709 !== undefined ? b709.value : u709, b710 !== undefined ? b710.value : u710, b711 !== undefined ? b711.value : u711, b712 !== undefined ? b712.value : u712, b713?.value, b714?.value, b715 !== undefined ? b715.value : u715, b716?.value, b717 !== undefined ? b717.value : u717, b718 !== undefined ? b718.value : u718, b719 !== undefined ? b719.value : u719, b720?.value, b721 !== undefined ? b721.value : u721, b722 !== undefined ? b722.value : u722, b723 !== undefined ? b723.value : u723, b724 !== undefined ? b724.value : u724, b725?.value, b726?.value, b727?.value, b728?.value, b729 !== undefined ? b729.value : u729, b730?.value, b731?.value, b732?.value, b733?.value, b734?.value, b735?.value, b736?.value, b737 !== undefined ? b737.value : u737, b738?.value, b739 !== undefined ? b739.value : u739, b740 !== undefined ? b740.value : u740, b741?.value, b742?.value, b743?.value, b744?.value, b745?.value, b746?.value, b747 !== undefined ? b747.value : u747, b748?.value, b749?.value, b750 !== undefined ? b750.value : u750, b751 !== undefined ? b751.value : u751, b752 !== undefined ? b752.value : u752, b753?.value, b754?.value, b755?.value, b756 !== undefined ? b756.value : u756, b757 !== undefined ? b757.value : u757, b758 !== undefined ? b758.value : u758, b759?.value, b760 !== undefined ? b760.value : u760, b761 !== undefined ? b761.value : u761, b762 !== undefined ? b762.value : u762, b763 !== undefined ? b763.value : u763, b764?.value, b765?.value, b766?.value, b767?.value, b768?.value, b769?.value, b770?.value, b771?.value, b772?.value, b773?.value, b774?.value, b775?.value, b776?.value, b777?.value, b778?.value, b779?.value, b780?.value, b781?.value, b782 !== undefined ? b782.value : u782, b783?.value, b784?.value, b785?.value, b786 !== undefined ? b786.value : u786, b787 !== undefined ? b787.value : u787, b788?.value, b789?.value, b790 !== undefined ? b790.value : u790, b791?.value, b792?.value, b793?.value, b794 !== undefined ? b794.value : u794, b795?.value, b796 !== undefined ? b796.value : u796, b797 !== undefined ? b797.value : u797, b798?.value, b799?.value, b800 !== undefined ? b800.value : u800, b801 !== undefined ? b801.value : u801, b802?.value, b803?.value, b804 !== undefined ? b804.value : u804, b805?.value, b806?.value, b807?.value, b808 !== undefined ? b808.value : u808, b809 !== undefined ? b809.value : u809, b810?.value, b811?.value, b812?.value, b813?.value, b814?.value, b815 !== undefined ? b815.value : u815, b816 !== undefined ? b816.value : u816, b817 !== undefined ? b817.value : u817, b818 !== undefined ? b818.value : u818, b819 !== undefined ? b819.value : u819, b820 !== undefined ? b820.value : u820, b821?.value, b822 !== undefined ? b822.value : u822, b823 !== undefined ? b823.value : u823, b824?.value, b825?.value, b826 !== undefined ? b826.value : u826, b827?.value, b828 !== undefined ? b828.value : u828, b829 !== undefined ? b829.value : u829, b830?.value, b831 !== undefined ? b831.value : u831, b832 !== undefined ? b832.value : u832, b833?.value, b834?.value, b835?.value, b836?.value, b837?.value, b838?.value, b839?.value, b840?.value, b841?.value, b842?.value, b843?.value, b844?.value, b845?.value, b846 !== undefined ? b846.value : u846, b847 !== undefined ? b847.value : u847, b848?.value, b849?.value, b850 !== undefined ? b850.value : u850, b851 !== undefined ? b851.value : u851, b852?.value, b853?.value, b854?.value, b855?.value, b856 !== undefined ? b856.value : u856, b857 !== undefined ? b857.value : u857, b858 !== undefined ? b858.value : u858, b859 !== undefined ? b859.value : u859, b860 !== undefined ? b860.value : u860, b861 !== undefined ? b861.value : u861, b862 !== undefined ? b862.value : u862, b863 !== undefined ? b863.value : u863, b864?.value, b865 !== undefined ? b865.value : u865, b866 !== undefined ? b866.value : u866, b867?.value, b868?.value, b869 !== undefined ? b869.value : u869, b870 !== undefined ? b870.value : u870, b871 !== undefined ? b871.value : u871, b872 !== undefined ? b872.value : u872, b873 !== undefined ? b873.value : u873, b874 !== undefined ? b874.value : u874, b875 !== undefined ? b875.value : u875, b876 !== undefined ? b876.value : u876, b877 !== undefined ? b877.value : u877, b878 !== undefined ? b878.value : u878, b879 !== undefined ? b879.value : u879, b880 !== undefined ? b880.value : u880, b881 !== undefined ? b881.value : u881, b882 !== undefined ? b882.value : u882, b883?.value, b884 !== undefined ? b884.value : u884, b885 !== undefined ? b885.value : u885, b886 !== undefined ? b886.value : u886, b887?.value, b888?.value, b889?.value, b890 !== undefined ? b890.value : u890, b891 !== undefined ? b891.value : u891, b892 !== undefined ? b892.value : u892, b893?.value, b894?.value, b895?.value, b896 !== undefined ? b896.value : u896, b897 !== undefined ? b897.value : u897, b898 !== undefined ? b898.value : u898, b899 !== undefined ? b899.value : u899, b900 !== undefined ? b900.value : u900, b901 !== undefined ? b901.value : u901, b902 !== undefined ? b902.value : u902, b903?.value, b904 !== undefined ? b904.value : u904, b905 !== undefined ? b905.value : u905, b906 !== undefined ? b906.value : u906, b907?.value, b908?.value, b909 !== undefined ? b909.value : u909, b910 !== undefined ? b910.value : u910, b911?.value, b912?.value, b913 !== undefined ? b913.value : u913, b914 !== undefined ? b914.value : u914, b915 !== undefined ? b915.value : u915, b916?.value, b917?.value, b918?.value, b919 !== undefined ? b919.value : u919, b920 !== undefined ? b920.value : u920, b921 !== undefined ? b921.value : u921, b922 !== undefined ? b922.value : u922, b923 !== undefined ? b923.value : u923, b924 !== undefined ? b924.value : u924, b925?.value, b926?.value, b927 !== undefined ? b927.value : u927, b928?.value, b929 !== undefined ? b929.value : u929, b930 !== undefined ? b930.value : u930, b931 !== undefined ? b931.value : u931, b932 !== undefined ? b932.value : u932, b933?.value]);
  }
}
/** Traces jitcode 1 (LuaTable.getStr). */
function __metajit_trace_1(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
    b3 = rec.record("getfield", [b0!], __metajit_o23);
    at = 5;
    rec.enterFrame(1, 5, [b0!], 9);
    b2 = __metajit_trace_9(rec, b3!, b1!);
    rec.leaveFrame();
    at = 13;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k1_2], v);
    }
    at = 17;
    const c17 = b5!;
    if (!c17.isConst) rec.guard(c17.value === true ? "guard_true" : "guard_false", [c17], rec.snapshot(1, 17, [b0!, b2!, b5!]));
    if (c17.value !== true) {
      break L29;
    }
    u4 = __metajit_k1_3.value;
    b4 = __metajit_k1_3;
    b4 ??= __metajit_G.ref(u4);
    break L46;
    }
    at = 29;
    b6 = rec.record("getfield", [b0!], __metajit_o24);
    at = 34;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 37;
    b8 = rec.record("getarrayitem", [b6!, b7!], __metajit_o25);
    b4 = b8;
    }
    return b4!;
  } catch (e) {
    throw __metajit_G.switched(e, 1, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value]);
  }
}
/** Traces jitcode 1 (LuaTable.getStr), arguments 1 constant. */
function __metajit_trace_1_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
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
    b3 = rec.record("getfield", [b0!], __metajit_o23);
    at = 5;
    rec.enterFrame(1, 5, [b0!], 9);
    b2 = __metajit_trace_9_2(rec, b3!, u1);
    rec.leaveFrame();
    at = 13;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 < 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_lt", [x0, __metajit_k1_2], v);
    }
    at = 17;
    const c17 = b5!;
    if (!c17.isConst) rec.guard(c17.value === true ? "guard_true" : "guard_false", [c17], rec.snapshot(1, 17, [b0!, b2!, b5!]));
    if (c17.value !== true) {
      break L29;
    }
    u4 = __metajit_k1_3.value;
    b4 = __metajit_k1_3;
    b4 ??= __metajit_G.ref(u4);
    break L46;
    }
    at = 29;
    b6 = rec.record("getfield", [b0!], __metajit_o24);
    at = 34;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 37;
    b8 = rec.record("getarrayitem", [b6!, b7!], __metajit_o25);
    b4 = b8;
    }
    return b4!;
  } catch (e) {
    throw __metajit_G.switched(e, 1, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value]);
  }
}
/** Traces jitcode 2 (LuaTable.getInt). */
function __metajit_trace_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
      b2 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k2_1], v);
    }
    at = 4;
    b3 = rec.record("getfield", [b0!], __metajit_o26);
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
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], rec.snapshot(2, 22, [b0!, b1!, b2!, b3!, b6!, b7!]));
    if (c22.value !== true) {
      break L39;
    }
    at = 32;
    {
      const x0 = b2!;
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k2_4], v);
    }
    b7 = b8;
    }
    b9 = b7;
    at = 42;
    const c42 = rec.resolve(b7!);
    if (!c42.isConst) rec.guard(c42.value === true ? "guard_true" : "guard_false", [c42], rec.snapshot(2, 42, [b0!, b1!, b2!, b3!, b7!, b9!]));
    if (c42.value !== true) {
      break L66;
    }
    at = 52;
    b10 = rec.record("arraylen", [b3!], __metajit_o27);
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
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], rec.snapshot(2, 66, [b0!, b1!, b2!, b3!, b9!]));
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
    b14 = rec.record("getarrayitem", [b3!, b13!], __metajit_o28);
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
    rec.enterFrame(2, 89, [], 10);
    b16 = __metajit_trace_10(rec, b0!, b15!);
    rec.leaveFrame();
    return b16!;
  } catch (e) {
    throw __metajit_G.switched(e, 2, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 2 (LuaTable.getInt), arguments 1 constant. */
function __metajit_trace_2_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: number): __metajit_Value {
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
    b3 = rec.record("getfield", [b0!], __metajit_o26);
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
    b10 = rec.record("arraylen", [b3!], __metajit_o27);
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
    if (!c66.isConst) rec.guard(c66.value === true ? "guard_true" : "guard_false", [c66], rec.snapshot(2, 66, [b0!, (b1 ??= __metajit_G.float(u1)), (b2 ??= __metajit_G.float(u2)), b3!, b9!]));
    if (c66.value !== true) {
      break L86;
    }
    u13 = u2 | 0;
    b13 = undefined;
    at = 78;
    b14 = rec.record("getarrayitem", [b3!, (b13 ??= __metajit_G.int(u13))], __metajit_o28);
    return b14!;
    }
    u15 = u1;
    b15 = undefined;
    at = 89;
    rec.enterFrame(2, 89, [], 10);
    b16 = __metajit_trace_10_2(rec, b0!, u15);
    rec.leaveFrame();
    return b16!;
  } catch (e) {
    throw __metajit_G.switched(e, 2, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2 !== undefined ? b2.value : u2, b3?.value, b4 !== undefined ? b4.value : u4, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8 !== undefined ? b8.value : u8, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13 !== undefined ? b13.value : u13, b14?.value, b15 !== undefined ? b15.value : u15, b16?.value]);
  }
}
/** Traces jitcode 3 (LuaTable.get). */
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
      const v = v0 === __metajit_k3_0.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k3_0], v);
    }
    at = 7;
    const c7 = b3!;
    if (!c7.isConst) rec.guard(c7.value === true ? "guard_true" : "guard_false", [c7], rec.snapshot(3, 7, [b0!, b1!, b3!]));
    if (c7.value !== true) {
      break L23;
    }
    at = 14;
    rec.enterFrame(3, 14, [], 1);
    b4 = __metajit_trace_1(rec, b0!, b1!);
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
      const v = v0 === __metajit_k3_1.value;
      b6 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k3_1], v);
    }
    at = 30;
    const c30 = b6!;
    if (!c30.isConst) rec.guard(c30.value === true ? "guard_true" : "guard_false", [c30], rec.snapshot(3, 30, [b0!, b1!, b6!]));
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
    rec.enterFrame(3, 40, [], 2);
    b8 = __metajit_trace_2(rec, b0!, b7!);
    rec.leaveFrame();
    return b8!;
    }
    at = 49;
    rec.enterFrame(3, 49, [], 10);
    b9 = __metajit_trace_10(rec, b0!, b1!);
    rec.leaveFrame();
    return b9!;
  } catch (e) {
    throw __metajit_G.switched(e, 3, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value]);
  }
}
/** Traces jitcode 4 (LuaTable.setStr). */
function __metajit_trace_4(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
    b4 = rec.record("getfield", [b0!], __metajit_o29);
    at = 5;
    rec.enterFrame(4, 5, [b0!, b1!, b2!], 9);
    b3 = __metajit_trace_9(rec, b4!, b1!);
    rec.leaveFrame();
    at = 15;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k4_2], v);
    }
    at = 19;
    const c19 = b5!;
    if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(4, 19, [b0!, b1!, b2!, b3!, b5!]));
    if (c19.value !== true) {
      break L43;
    }
    at = 28;
    b6 = rec.record("getfield", [b0!], __metajit_o30);
    at = 33;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 36;
    rec.record("setarrayitem", [b6!, b7!, b2!], __metajit_o31);
    return __metajit_k4_5;
    }
    at = 43;
    rec.record("call", [__metajit_k4_6, b0!, b1!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(4, 43, []) });
    return __metajit_k4_5;
  } catch (e) {
    throw __metajit_G.switched(e, 4, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value]);
  }
}
/** Traces jitcode 4 (LuaTable.setStr), arguments 1 constant. */
function __metajit_trace_4_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown, p2: __metajit_Value): __metajit_Value {
  let at = 0;
  let b0: __metajit_Value | undefined = p0;
  let b1: __metajit_Value | undefined;
  let u1: unknown = p1;
  let b2: __metajit_Value | undefined = p2;
  let b3: __metajit_Value | undefined;
  let b4: __metajit_Value | undefined;
  let b5: __metajit_Value | undefined;
  let b6: __metajit_Value | undefined;
  let b7: __metajit_Value | undefined;
  try {
    L43: {
    at = 0;
    b4 = rec.record("getfield", [b0!], __metajit_o29);
    at = 5;
    rec.enterFrame(4, 5, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!], 9);
    b3 = __metajit_trace_9_2(rec, b4!, u1);
    rec.leaveFrame();
    at = 15;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k4_2], v);
    }
    at = 19;
    const c19 = b5!;
    if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(4, 19, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]));
    if (c19.value !== true) {
      break L43;
    }
    at = 28;
    b6 = rec.record("getfield", [b0!], __metajit_o30);
    at = 33;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 36;
    rec.record("setarrayitem", [b6!, b7!, b2!], __metajit_o31);
    return __metajit_k4_5;
    }
    at = 43;
    rec.record("call", [__metajit_k4_6, b0!, (b1 ??= __metajit_G.ref(u1)), b2!], { descr: null, type: "void", snapshot: rec.snapshot(4, 43, []) });
    return __metajit_k4_5;
  } catch (e) {
    throw __metajit_G.switched(e, 4, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value]);
  }
}
/** Traces jitcode 5 (LuaTable.setInt). */
function __metajit_trace_5(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
      b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k5_1], v);
    }
    at = 4;
    b4 = rec.record("getfield", [b0!], __metajit_o32);
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
    if (!c22.isConst) rec.guard(c22.value === true ? "guard_true" : "guard_false", [c22], rec.snapshot(5, 22, [b0!, b1!, b2!, b3!, b4!, b7!, b8!]));
    if (c22.value !== true) {
      break L40;
    }
    at = 33;
    {
      const x0 = b3!;
      const v0 = x0.value as number;
      const v = v0 >= 0;
      b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_ge", [x0, __metajit_k5_4], v);
    }
    b8 = b9;
    }
    b10 = b8;
    at = 43;
    const c43 = rec.resolve(b8!);
    if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(5, 43, [b0!, b1!, b2!, b3!, b4!, b8!, b10!]));
    if (c43.value !== true) {
      break L68;
    }
    at = 54;
    b11 = rec.record("arraylen", [b4!], __metajit_o33);
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
    if (!c68.isConst) rec.guard(c68.value === true ? "guard_true" : "guard_false", [c68], rec.snapshot(5, 68, [b0!, b1!, b2!, b3!, b4!, b10!]));
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
    rec.record("setarrayitem", [b4!, b14!, b2!], __metajit_o33);
    return __metajit_k5_6;
    }
    at = 88;
    rec.enterFrame(5, 88, [], 11);
    __metajit_trace_11(rec, b0!, b1!, b2!);
    rec.leaveFrame();
    return __metajit_k5_6;
  } catch (e) {
    throw __metajit_G.switched(e, 5, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value]);
  }
}
/** Traces jitcode 6 (LuaTable.length). */
function __metajit_trace_6(rec: __metajit_Recorder, p0: __metajit_Value): __metajit_Value {
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
          b1 = rec.record("getfield", [b0!], __metajit_o34);
          at = 5;
          b3 = rec.record("arraylen", [b1!], __metajit_o35);
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
            b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k6_3], v);
          }
          b5 = b4;
          at = 19;
          const c19 = b4!;
          if (!c19.isConst) rec.guard(c19.value === true ? "guard_true" : "guard_false", [c19], rec.snapshot(6, 19, [b0!, b1!, b2!, b4!, b5!]));
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
            b6 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k6_5], v);
          }
          at = 32;
          {
            const x0 = b6!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b7 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 35;
          b8 = rec.record("getarrayitem", [b1!, b7!], __metajit_o36);
          at = 41;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k6_6.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k6_6], v);
          }
          b5 = b9;
          block = 48;
          continue dispatch;
        }
        case 48: {
          at = 48;
          const c48 = rec.resolve(b5!);
          if (!c48.isConst) rec.guard(c48.value === true ? "guard_true" : "guard_false", [c48], rec.snapshot(6, 48, [b0!, b1!, b2!, b5!]));
          if (c48.value !== true) {
            block = 131;
            continue dispatch;
          }
          block = 56;
          continue dispatch;
        }
        case 56: {
          u10 = 0;
          b10 = __metajit_k6_3;
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
            b12 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k6_5], v);
          }
          at = 67;
          const c67 = b12!;
          if (!c67.isConst) rec.guard(c67.value === true ? "guard_true" : "guard_false", [c67], rec.snapshot(6, 67, [b1!, b2!, b10!, b12!]));
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
            b15 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k6_9], v);
          }
          at = 83;
          b13 = rec.record("call_pure", [__metajit_k6_7, b15!], { descr: null, type: "float", snapshot: rec.snapshot(6, 83, [b1!, b2!, b10!]) });
          at = 93;
          {
            const x0 = b13!;
            const v0 = x0.value as number;
            const v = v0 - 1;
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k6_5], v);
          }
          at = 97;
          {
            const x0 = b16!;
            const v0 = x0.value as number;
            const v = v0 | 0;
            b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
          }
          at = 100;
          b18 = rec.record("getarrayitem", [b1!, b17!], __metajit_o36);
          at = 106;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value;
            const v = v0 === __metajit_k6_6.value;
            b19 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k6_6], v);
          }
          at = 110;
          const c110 = b19!;
          if (!c110.isConst) rec.guard(c110.value === true ? "guard_true" : "guard_false", [c110], rec.snapshot(6, 110, [b1!, b2!, b10!, b13!, b19!]));
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
          b20 = rec.record("getfield", [b0!], __metajit_o37);
          at = 136;
          {
            const x0 = rec.resolve(b20!);
            const v0 = x0.value as number;
            const v = v0 === 0;
            b21 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k6_3], v);
          }
          at = 140;
          const c140 = b21!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(6, 140, [b0!, b2!, b21!]));
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
          rec.enterFrame(6, 149, [], 12);
          b22 = __metajit_trace_12(rec, b0!, b2!);
          rec.leaveFrame();
          return b22!;
        }
        default: throw new Error("LuaTable.length: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 6, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value]);
  }
}
/** Traces jitcode 7 (Interpreter.pushFrame), arguments 4, 6, 7 constant. */
function __metajit_trace_7_208(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: number, p7: number): __metajit_Value {
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
    b8 = rec.record("getfield", [b1!], __metajit_o38);
    at = 5;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b9 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k7_2], v);
    }
    at = 9;
    b10 = rec.record("getfield", [b0!], __metajit_o39);
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
    if (!c18.isConst) rec.guard(c18.value === true ? "guard_true" : "guard_false", [c18], rec.snapshot(7, 18, [b0!, b1!, b2!, b3!, (b4 ??= __metajit_G.float(u4)), b5!, (b6 ??= __metajit_G.float(u6)), (b7 ??= __metajit_G.float(u7)), b8!, b11!]));
    if (c18.value !== true) {
      break L41;
    }
    at = 32;
    b12 = rec.record("call", [__metajit_k7_4, b0!], { descr: null, type: "ref", snapshot: rec.snapshot(7, 32, []) });
    throw b12!.value;
    }
    at = 41;
    rec.enterFrame(7, 41, [b1!, b2!, b8!], 13);
    b13 = __metajit_trace_13_104(rec, b0!, b2!, b3!, u4, b5!, u6, u7);
    rec.leaveFrame();
    at = 56;
    b14 = rec.record("getfield", [b1!], __metajit_o40);
    at = 61;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 64;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o41);
    at = 69;
    b16 = rec.record("getfield", [b1!], __metajit_o42);
    at = 74;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 77;
    rec.record("setarrayitem", [b16!, b17!, b13!], __metajit_o41);
    at = 82;
    {
      const x0 = rec.resolve(b8!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k7_2], v);
    }
    at = 86;
    rec.record("setfield", [b1!, b18!], __metajit_o43);
    return b13!;
  } catch (e) {
    throw __metajit_G.switched(e, 7, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6 !== undefined ? b6.value : u6, b7 !== undefined ? b7.value : u7, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 8 (Interpreter.tailFrame), arguments 4 constant. */
function __metajit_trace_8_16(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: number, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    b8 = rec.record("getfield_imm", [b6!], __metajit_o44);
    at = 5;
    b9 = rec.record("getfield_imm", [b6!], __metajit_o45);
    at = 10;
    rec.enterFrame(8, 10, [b1!, b2!, b6!], 13);
    b7 = __metajit_trace_13_8(rec, b0!, b2!, b3!, u4, b5!, b8!, b9!);
    rec.leaveFrame();
    at = 25;
    b10 = rec.record("getfield", [b6!], __metajit_o46);
    at = 30;
    {
      const x0 = rec.resolve(b10!);
      const v0 = x0.value as number;
      const v = v0 + 1;
      b11 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k8_4], v);
    }
    at = 34;
    rec.record("setfield", [b7!, b11!], __metajit_o47);
    at = 38;
    b13 = rec.record("getfield", [b1!], __metajit_o48);
    at = 43;
    {
      const x0 = rec.resolve(b13!);
      const v0 = x0.value as number;
      const v = v0 - 1;
      b12 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_sub", [x0, __metajit_k8_4], v);
    }
    at = 47;
    b14 = rec.record("getfield", [b1!], __metajit_o49);
    at = 52;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b15 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 55;
    rec.record("setarrayitem", [b14!, b15!, b2!], __metajit_o50);
    at = 60;
    b16 = rec.record("getfield", [b1!], __metajit_o51);
    at = 65;
    {
      const x0 = b12!;
      const v0 = x0.value as number;
      const v = v0 | 0;
      b17 = x0.isConst ? __metajit_G.int(v) : rec.recordPure("float_to_int", [x0], v);
    }
    at = 68;
    rec.record("setarrayitem", [b16!, b17!, b7!], __metajit_o50);
    return b7!;
  } catch (e) {
    throw __metajit_G.switched(e, 8, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4 !== undefined ? b4.value : u4, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value]);
  }
}
/** Traces jitcode 9 (Shape.lookup). */
function __metajit_trace_9(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o52);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o53);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k9_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(9, 16, [b0!, b1!, b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k9_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(9, 35, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o54);
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
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(9, 57, [b1!, b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k9_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o55);
          at = 81;
          b12 = rec.record("call", [__metajit_k9_10, b13!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(9, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k9_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k9_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(9, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k9_8;
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
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 9 (Shape.lookup), arguments 1 constant. */
function __metajit_trace_9_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
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
          b2 = rec.record("getfield_imm", [b0!], __metajit_o52);
          at = 5;
          b3 = rec.record("arraylen", [b2!], __metajit_o53);
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
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_le", [x0, __metajit_k9_3], v);
          }
          at = 16;
          const c16 = b5!;
          if (!c16.isConst) rec.guard(c16.value === true ? "guard_true" : "guard_false", [c16], rec.snapshot(9, 16, [b0!, (b1 ??= __metajit_G.ref(u1)), b2!, b3!, b5!]));
          if (c16.value !== true) {
            block = 76;
            continue dispatch;
          }
          block = 25;
          continue dispatch;
        }
        case 25: {
          u6 = 0;
          b6 = __metajit_k9_5;
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
          if (!c35.isConst) rec.guard(c35.value === true ? "guard_true" : "guard_false", [c35], rec.snapshot(9, 35, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b8!]));
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
          b10 = rec.record("getarrayitem", [b2!, (b9 ??= __metajit_G.int(u9))], __metajit_o54);
          at = 53;
          {
            const x0 = rec.resolve(b10!);
            const v0 = x0.value;
            const v = v0 === u1;
            b11 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, (b1 ??= __metajit_G.ref(u1))], v);
          }
          at = 57;
          const c57 = b11!;
          if (!c57.isConst) rec.guard(c57.value === true ? "guard_true" : "guard_false", [c57], rec.snapshot(9, 57, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!, (b6 ??= __metajit_G.float(u6)), b11!]));
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
          return __metajit_k9_8;
        }
        case 76: {
          at = 76;
          b13 = rec.record("getfield_imm", [b0!], __metajit_o55);
          at = 81;
          b12 = rec.record("call", [__metajit_k9_10, b13!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(9, 81, []) });
          at = 89;
          {
            const x0 = b12!;
            const v0 = x0.value;
            const v = v0 === __metajit_k9_11.value;
            b15 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k9_11], v);
          }
          at = 93;
          const c93 = b15!;
          if (!c93.isConst) rec.guard(c93.value === true ? "guard_true" : "guard_false", [c93], rec.snapshot(9, 93, [b12!, b15!]));
          if (c93.value !== true) {
            block = 104;
            continue dispatch;
          }
          block = 99;
          continue dispatch;
        }
        case 99: {
          u14 = (-1);
          b14 = __metajit_k9_8;
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
    throw __metajit_G.switched(e, 9, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9 !== undefined ? b9.value : u9, b10?.value, b11?.value, b12?.value, b13?.value, b14 !== undefined ? b14.value : u14, b15?.value, b16?.value]);
  }
}
/** Traces jitcode 10 (LuaTable.getHashed). */
function __metajit_trace_10(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
    b2 = rec.record("getfield", [b0!], __metajit_o56);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k10_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(10, 9, [b1!, b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k10_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o57);
    at = 23;
    b4 = rec.record("call", [__metajit_k10_3, b5!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(10, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k10_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(10, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k10_1.value;
    b6 = __metajit_k10_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o58);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o59);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 10 (LuaTable.getHashed), arguments 1 constant. */
function __metajit_trace_10_2(rec: __metajit_Recorder, p0: __metajit_Value, p1: unknown): __metajit_Value {
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
    b2 = rec.record("getfield", [b0!], __metajit_o56);
    at = 5;
    {
      const x0 = rec.resolve(b2!);
      const v0 = x0.value;
      const v = v0 === __metajit_k10_1.value;
      b3 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_1], v);
    }
    at = 9;
    const c9 = b3!;
    if (!c9.isConst) rec.guard(c9.value === true ? "guard_true" : "guard_false", [c9], rec.snapshot(10, 9, [(b1 ??= __metajit_G.ref(u1)), b2!, b3!]));
    if (c9.value !== true) {
      break L18;
    }
    return __metajit_k10_1;
    }
    at = 18;
    b5 = rec.record("getfield_imm", [b2!], __metajit_o57);
    at = 23;
    b4 = rec.record("call", [__metajit_k10_3, b5!, (b1 ??= __metajit_G.ref(u1))], { descr: null, type: "ref", snapshot: rec.snapshot(10, 23, [b2!]) });
    at = 32;
    {
      const x0 = b4!;
      const v0 = x0.value;
      const v = v0 === __metajit_k10_1.value;
      b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k10_1], v);
    }
    at = 36;
    const c36 = b7!;
    if (!c36.isConst) rec.guard(c36.value === true ? "guard_true" : "guard_false", [c36], rec.snapshot(10, 36, [b2!, b4!, b7!]));
    if (c36.value !== true) {
      break L48;
    }
    u6 = __metajit_k10_1.value;
    b6 = __metajit_k10_1;
    b6 ??= __metajit_G.ref(u6);
    break L68;
    }
    at = 48;
    b8 = rec.record("getfield_imm", [b2!], __metajit_o58);
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
    b11 = rec.record("getarrayitem", [b8!, b10!], __metajit_o59);
    b6 = b11;
    }
    return b6!;
  } catch (e) {
    throw __metajit_G.switched(e, 10, at, [b0?.value, b1 !== undefined ? b1.value : u1, b2?.value, b3?.value, b4?.value, b5?.value, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value]);
  }
}
/** Traces jitcode 11 (LuaTable.setNumSlow). */
function __metajit_trace_11(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value): __metajit_Value {
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
    b3 = rec.record("getfield", [b0!], __metajit_o60);
    at = 5;
    {
      const x0 = rec.resolve(b3!);
      const v0 = x0.value;
      const v = v0 === __metajit_k11_1.value;
      b4 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_1], v);
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
    if (!c12.isConst) rec.guard(c12.value === true ? "guard_true" : "guard_false", [c12], rec.snapshot(11, 12, [b0!, b1!, b2!, b3!, b5!]));
    if (c12.value !== true) {
      break L75;
    }
    at = 21;
    b7 = rec.record("getfield_imm", [b3!], __metajit_o61);
    at = 26;
    b6 = rec.record("call", [__metajit_k11_3, b7!, b1!], { descr: null, type: "ref", snapshot: rec.snapshot(11, 26, [b0!, b1!, b2!, b3!]) });
    at = 38;
    {
      const x0 = b6!;
      const v0 = x0.value;
      const v = v0 === __metajit_k11_1.value;
      b8 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k11_1], v);
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
    if (!c45.isConst) rec.guard(c45.value === true ? "guard_true" : "guard_false", [c45], rec.snapshot(11, 45, [b0!, b1!, b2!, b3!, b6!, b9!]));
    if (c45.value !== true) {
      break L73;
    }
    at = 55;
    b10 = rec.record("getfield_imm", [b3!], __metajit_o62);
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
    rec.record("setarrayitem", [b10!, b12!, b2!], __metajit_o63);
    return __metajit_k11_1;
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
    if (!c82.isConst) rec.guard(c82.value === true ? "guard_true" : "guard_false", [c82], rec.snapshot(11, 82, [b0!, b1!, b2!, b14!]));
    if (c82.value !== true) {
      break L99;
    }
    at = 90;
    b15 = rec.record("call", [__metajit_k11_6, __metajit_k11_7], { descr: null, type: "ref", snapshot: rec.snapshot(11, 90, []) });
    throw b15!.value;
    }
    at = 99;
    {
      const x0 = rec.resolve(b1!);
      const v0 = x0.value as number;
      const v = v0 === 0;
      b17 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_eq", [x0, __metajit_k11_10], v);
    }
    at = 103;
    const c103 = b17!;
    if (!c103.isConst) rec.guard(c103.value === true ? "guard_true" : "guard_false", [c103], rec.snapshot(11, 103, [b0!, b1!, b2!, b17!]));
    if (c103.value !== true) {
      break L116;
    }
    u16 = 0;
    b16 = __metajit_k11_10;
    b16 ??= __metajit_G.float(u16);
    break L119;
    }
    b16 = b1;
    }
    at = 119;
    rec.record("call", [__metajit_k11_8, b0!, b16!, b2!], { descr: null, type: "void", snapshot: rec.snapshot(11, 119, []) });
    return __metajit_k11_1;
  } catch (e) {
    throw __metajit_G.switched(e, 11, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11?.value, b12?.value, b13?.value, b14?.value, b15?.value, b16 !== undefined ? b16.value : u16, b17?.value]);
  }
}
/** Traces jitcode 12 (LuaTable.unboundSearch). */
function __metajit_trace_12(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value): __metajit_Value {
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k12_1], v);
          }
          block = 7;
          continue dispatch;
        }
        case 7: {
          at = 7;
          rec.enterFrame(12, 7, [b0!, b2!, b3!], 2);
          b4 = __metajit_trace_2(rec, b0!, b3!);
          rec.leaveFrame();
          at = 17;
          {
            const x0 = rec.resolve(b4!);
            const v0 = x0.value;
            const v = v0 === __metajit_k12_2.value;
            b5 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_2], v);
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
          if (!c24.isConst) rec.guard(c24.value === true ? "guard_true" : "guard_false", [c24], rec.snapshot(12, 24, [b0!, b2!, b3!, b6!]));
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
            b3 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_mul", [x0, __metajit_k12_4], v);
          }
          at = 39;
          {
            const x0 = b3!;
            const v0 = x0.value as number;
            const v = v0 > 2147483647;
            b7 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k12_6], v);
          }
          at = 43;
          const c43 = b7!;
          if (!c43.isConst) rec.guard(c43.value === true ? "guard_true" : "guard_false", [c43], rec.snapshot(12, 43, [b0!, b2!, b3!, b7!]));
          if (c43.value !== true) {
            block = 89;
            continue dispatch;
          }
          block = 51;
          continue dispatch;
        }
        case 51: {
          u2 = 1;
          b2 = __metajit_k12_1;
          block = 54;
          continue dispatch;
        }
        case 54: {
          at = 54;
          rec.enterFrame(12, 54, [b0!, (b2 ??= __metajit_G.float(u2))], 2);
          b8 = __metajit_trace_2_2(rec, b0!, u2);
          rec.leaveFrame();
          at = 63;
          {
            const x0 = rec.resolve(b8!);
            const v0 = x0.value;
            const v = v0 === __metajit_k12_2.value;
            b9 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_2], v);
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
          if (!c70.isConst) rec.guard(c70.value === true ? "guard_true" : "guard_false", [c70], rec.snapshot(12, 70, [b0!, (b2 ??= __metajit_G.float(u2)), b10!]));
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
            b13 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("float_gt", [x0, __metajit_k12_1], v);
          }
          at = 99;
          const c99 = b13!;
          if (!c99.isConst) rec.guard(c99.value === true ? "guard_true" : "guard_false", [c99], rec.snapshot(12, 99, [b0!, b2!, b3!, b13!]));
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
            b16 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_div", [x0, __metajit_k12_4], v);
          }
          at = 115;
          b14 = rec.record("call_pure", [__metajit_k12_7, b16!], { descr: null, type: "float", snapshot: rec.snapshot(12, 115, [b0!, b2!, b3!]) });
          at = 125;
          rec.enterFrame(12, 125, [b0!, b2!, b3!, b14!], 2);
          b17 = __metajit_trace_2(rec, b0!, b14!);
          rec.leaveFrame();
          at = 136;
          {
            const x0 = rec.resolve(b17!);
            const v0 = x0.value;
            const v = v0 === __metajit_k12_2.value;
            b18 = x0.isConst ? __metajit_G.bool(v) : rec.recordPure("ref_eq", [x0, __metajit_k12_2], v);
          }
          at = 140;
          const c140 = b18!;
          if (!c140.isConst) rec.guard(c140.value === true ? "guard_true" : "guard_false", [c140], rec.snapshot(12, 140, [b0!, b2!, b3!, b14!, b18!]));
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
    throw __metajit_G.switched(e, 12, at, [b0?.value, b1?.value, b2 !== undefined ? b2.value : u2, b3?.value, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10?.value, b11 !== undefined ? b11.value : u11, b12?.value, b13?.value, b14?.value, b15?.value, b16?.value, b17?.value, b18?.value]);
  }
}
/** Traces jitcode 13 (Interpreter.newFrame), arguments 3 constant. */
function __metajit_trace_13_8(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
          b7 = rec.record("getfield_imm", [b1!], __metajit_o64);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o65);
          at = 10;
          b9 = rec.record("new_array", [__metajit_k13_3], __metajit_o66);
          u10 = 0;
          b10 = __metajit_k13_4;
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
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(13, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
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
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(13, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
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
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o67);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k13_6.value;
          b12 = __metajit_k13_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k13_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(13, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
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
          b19 = rec.record("getfield_imm", [b7!], __metajit_o68);
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
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(13, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k13_9, b9!, __metajit_k13_6], { descr: null, type: "float", snapshot: rec.snapshot(13, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k13_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o69);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(13, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b24!, b25!]));
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
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(13, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, b5!, b6!, b7!, b8!, b9!, b25!]));
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
          b29 = rec.record("call", [__metajit_k13_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 210, [b1!, b5!, b6!, b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o70);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o71);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(13, 246, [b1!, b5!, b6!, b7!, b8!, b9!, b22!, b31!]));
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
          b33 = rec.record("call", [__metajit_k13_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 261, [b1!, b5!, b6!, b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o66);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k13_15]);
          at = 285;
          rec.enterFrame(13, 285, [b34!], 14);
          __metajit_trace_14(rec, b34!, b1!, b7!, b9!, b22!, b5!, b6!);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5?.value, b6?.value, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 13 (Interpreter.newFrame), arguments 3, 5, 6 constant. */
function __metajit_trace_13_104(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: number, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
          b7 = rec.record("getfield_imm", [b1!], __metajit_o64);
          at = 5;
          b8 = rec.record("getfield_imm", [b7!], __metajit_o65);
          at = 10;
          b9 = rec.record("new_array", [__metajit_k13_3], __metajit_o66);
          u10 = 0;
          b10 = __metajit_k13_4;
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
          if (!c21.isConst) rec.guard(c21.value === true ? "guard_true" : "guard_false", [c21], rec.snapshot(13, 21, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b11!]));
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
          if (!c41.isConst) rec.guard(c41.value === true ? "guard_true" : "guard_false", [c41], rec.snapshot(13, 41, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10)), b13!]));
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
          b16 = rec.record("getarrayitem", [b2!, (b15 ??= __metajit_G.int(u15))], __metajit_o67);
          b12 = b16;
          block = 78;
          continue dispatch;
        }
        case 75: {
          u12 = __metajit_k13_6.value;
          b12 = __metajit_k13_6;
          b12 ??= __metajit_G.ref(u12);
          block = 78;
          continue dispatch;
        }
        case 78: {
          at = 78;
          b17 = rec.record("call", [__metajit_k13_5, b9!, b12!], { descr: null, type: "float", snapshot: rec.snapshot(13, 78, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, (b10 ??= __metajit_G.float(u10))]) });
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
          b19 = rec.record("getfield_imm", [b7!], __metajit_o68);
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
          if (!c115.isConst) rec.guard(c115.value === true ? "guard_true" : "guard_false", [c115], rec.snapshot(13, 115, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!, b20!]));
          if (c115.value !== true) {
            block = 156;
            continue dispatch;
          }
          block = 131;
          continue dispatch;
        }
        case 131: {
          at = 131;
          b21 = rec.record("call", [__metajit_k13_9, b9!, __metajit_k13_6], { descr: null, type: "float", snapshot: rec.snapshot(13, 131, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b18!]) });
          at = 150;
          {
            const x0 = rec.resolve(b18!);
            const v0 = x0.value as number;
            const v = v0 + 1;
            b18 = x0.isConst ? __metajit_G.float(v) : rec.recordPure("float_add", [x0, __metajit_k13_7], v);
          }
          block = 106;
          continue dispatch;
        }
        case 156: {
          at = 156;
          b24 = rec.record("getfield_imm", [b7!], __metajit_o69);
          b25 = b24;
          at = 164;
          const c164 = rec.resolve(b24!);
          if (!c164.isConst) rec.guard(c164.value === true ? "guard_true" : "guard_false", [c164], rec.snapshot(13, 164, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b24!, b25!]));
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
          if (!c187.isConst) rec.guard(c187.value === true ? "guard_true" : "guard_false", [c187], rec.snapshot(13, 187, [b0!, b1!, b2!, (b3 ??= __metajit_G.float(u3)), b4!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b25!]));
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
          b29 = rec.record("call", [__metajit_k13_11, b2!, b27!, b28!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 210, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!]) });
          b23 = b29;
          block = 238;
          continue dispatch;
        }
        case 230: {
          at = 230;
          b30 = rec.record("getfield_imm", [b0!], __metajit_o70);
          b23 = b30;
          block = 238;
          continue dispatch;
        }
        case 238: {
          b22 = b23;
          at = 241;
          b31 = rec.record("getfield_imm", [b1!], __metajit_o71);
          at = 246;
          const c246 = rec.resolve(b31!);
          if (!c246.isConst) rec.guard(c246.value === true ? "guard_true" : "guard_false", [c246], rec.snapshot(13, 246, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b8!, b9!, b22!, b31!]));
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
          b33 = rec.record("call", [__metajit_k13_14, b22!], { descr: null, type: "ref", snapshot: rec.snapshot(13, 261, [b1!, (b5 ??= __metajit_G.float(u5)), (b6 ??= __metajit_G.float(u6)), b7!, b9!, b22!, b32!]) });
          at = 275;
          rec.record("setarrayitem", [b9!, b32!, b33!], __metajit_o66);
          block = 282;
          continue dispatch;
        }
        case 282: {
          at = 282;
          b34 = rec.record("new", [__metajit_k13_15]);
          at = 285;
          rec.enterFrame(13, 285, [b34!], 14);
          __metajit_trace_14_96(rec, b34!, b1!, b7!, b9!, b22!, u5, u6);
          rec.leaveFrame();
          return b34!;
        }
        default: throw new Error("Interpreter.newFrame: no block at " + block);
      }
    }
  } catch (e) {
    throw __metajit_G.switched(e, 13, at, [b0?.value, b1?.value, b2?.value, b3 !== undefined ? b3.value : u3, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6, b7?.value, b8?.value, b9?.value, b10 !== undefined ? b10.value : u10, b11?.value, b12 !== undefined ? b12.value : u12, b13?.value, b14 !== undefined ? b14.value : u14, b15 !== undefined ? b15.value : u15, b16?.value, b17?.value, b18?.value, b19?.value, b20?.value, b21?.value, b22?.value, b23?.value, b24?.value, b25?.value, b26?.value, b27?.value, b28?.value, b29?.value, b30?.value, b31?.value, b32?.value, b33?.value, b34?.value]);
  }
}
/** Traces jitcode 14 (Frame.constructor). */
function __metajit_trace_14(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: __metajit_Value, p6: __metajit_Value): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o72);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o73);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k14_4], __metajit_o74);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o75);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o76);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o77);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o78);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o79);
    at = 32;
    rec.record("setfield", [b0!, b5!], __metajit_o80);
    at = 36;
    rec.record("setfield", [b0!, b6!], __metajit_o81);
    return __metajit_k14_4;
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5?.value, b6?.value]);
  }
}
/** Traces jitcode 14 (Frame.constructor), arguments 5, 6 constant. */
function __metajit_trace_14_96(rec: __metajit_Recorder, p0: __metajit_Value, p1: __metajit_Value, p2: __metajit_Value, p3: __metajit_Value, p4: __metajit_Value, p5: number, p6: number): __metajit_Value {
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
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o72);
    at = 4;
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o73);
    at = 8;
    rec.record("setfield", [b0!, __metajit_k14_4], __metajit_o74);
    at = 12;
    rec.record("setfield", [b0!, __metajit_k14_1], __metajit_o75);
    at = 16;
    rec.record("setfield", [b0!, b1!], __metajit_o76);
    at = 20;
    rec.record("setfield", [b0!, b2!], __metajit_o77);
    at = 24;
    rec.record("setfield", [b0!, b3!], __metajit_o78);
    at = 28;
    rec.record("setfield", [b0!, b4!], __metajit_o79);
    at = 32;
    rec.record("setfield", [b0!, (b5 ??= __metajit_G.float(u5))], __metajit_o80);
    at = 36;
    rec.record("setfield", [b0!, (b6 ??= __metajit_G.float(u6))], __metajit_o81);
    return __metajit_k14_4;
  } catch (e) {
    throw __metajit_G.switched(e, 14, at, [b0?.value, b1?.value, b2?.value, b3?.value, b4?.value, b5 !== undefined ? b5.value : u5, b6 !== undefined ? b6.value : u6]);
  }
}
/** The generated step tracer of portal 0: steps run __metajit_trace_0, bridges resume in the generic tracer. */
function __metajit_generated_0(layout: __metajit_PortalLayout): __metajit_StepTracer {
  __metajit_init();
  return __metajit_G.stepTracer(layout, 0, (rec, a) => __metajit_trace_0(rec, a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!, a[6]!));
}
const __metajit_portal_0 = { name: "Interpreter.run", layout: () => ({ table: __metajit_jitcodes(), portal: 0, greenPositions: [1, 2] }), generated: __metajit_generated_0 };
