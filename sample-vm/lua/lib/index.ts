/**
 * Opens the whole standard library of this Lua 5.1 on a runtime: base (with _G and
 * _VERSION), package (require), string, table, math, io, os, coroutine, debug, and LuaJIT's
 * bit library. Each library stores its table in the globals and in `rt.loaded`
 * (package.loaded), as luaL_openlibs does.
 */

import type { LuaRuntime } from '../vm/runtime.js';
import { openBase } from './base.js';
import { openBit } from './bit.js';
import { openCoroutine } from './coroutine.js';
import { openDebug } from './debug.js';
import { openIo } from './io.js';
import { openMath } from './math.js';
import { openOs } from './os.js';
import { openPackage } from './package.js';
import { openString } from './string.js';
import { openTable } from './table.js';

export function openLibs(rt: LuaRuntime): void {
  openBase(rt);
  openPackage(rt);
  openString(rt);
  openTable(rt);
  openMath(rt);
  openIo(rt);
  openOs(rt);
  openCoroutine(rt);
  openDebug(rt);
  openBit(rt);
}
