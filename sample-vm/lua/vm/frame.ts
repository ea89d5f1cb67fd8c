/**
 * The activation record of a Lua function (Lua's CallInfo plus its slice of the stack).
 *
 * Each frame owns its register array (`regs`, `proto.maxStack` long, growing past it only to
 * hold open-ended results), so upvalues can point into it and a frame is never reused. `pc` is
 * saved only where the dispatch loop hands control elsewhere (calls, errors, yields): it is the
 * index of the NEXT instruction, as Lua's savedpc, so the running instruction is `pc - 1`.
 * `retBase`/`nresults` say where the caller wants the results (its register A of the CALL and
 * the count, -1 for all), `top` is the end of an open-ended list (CALL with C = 0, VARARG with
 * B = 0) consumed by the next B = 0 instruction.
 */

import type { Proto } from '../bytecode/proto.js';
import type { LuaValue } from '../value/value.js';
import type { LuaClosure, UpVal } from './closure.js';

export class Frame {
  pc = 0;
  top = 0;
  /** Open upvalues of this frame's registers, created on demand by CLOSURE. */
  openUpvals: UpVal[] | undefined = undefined;
  /** Calls lost to tail calls that reused this frame's slot (tracebacks show them). */
  tailcalls = 0;

  constructor(
    readonly closure: LuaClosure,
    readonly proto: Proto,
    readonly regs: LuaValue[],
    /** Arguments past the fixed parameters, for VARARG. */
    readonly varargs: LuaValue[],
    /** The caller's register receiving the first result. */
    readonly retBase: number,
    /** Results the caller wants; -1: all of them. */
    readonly nresults: number,
    /**
     * The Lua frame a RETURN goes back to, and its registers (where the results go); undefined
     * for a frame `run` was entered for (a main chunk, a coroutine body, a function a native
     * called), whose RETURN leaves `run`. Kept here, not only on the thread's stack, so that a
     * trace knows them: the values it stored when it made this frame.
     */
    readonly caller: Frame | undefined,
    readonly callerRegs: LuaValue[],
  ) {}
}
