/**
 * The package library (Lua 5.1's loadlib.c): `require`, `module`, and the `package` table
 * (path, cpath, config, loaded, preload, loaders, loadlib, seeall).
 *
 * `require` runs `package.loaders` in order as 5.1 does: the preload table, Lua files along
 * `package.path`, then the two C loaders along `package.cpath`. This interpreter cannot load
 * native libraries, so the C loaders only search (their "no file" lines keep the 5.1 message)
 * and a native library that is found fails to load with loadlib.c's "dynamic libraries not
 * enabled" message, as a Lua built without dynamic loading does. `package.loaded` is the
 * runtime's `loaded` table; a module being loaded is marked there with a private sentinel so
 * that a cycle raises "loop or previous error loading module".
 *
 * The default paths are the reference 5.1 ones (starting with "./?.lua"); LUA_PATH and
 * LUA_CPATH replace them, with ";;" standing for the default, as in 5.1.
 */

import { closeSync, openSync } from 'node:fs';
import { EMPTY, LuaFunction, NativeFunction } from '../value/function.js';
import { numberToString } from '../value/number.js';
import { LuaTable } from '../value/table.js';
import { LuaUserdata } from '../value/userdata.js';
import { truthy, type LuaValue } from '../value/value.js';
import type { LuaRuntime } from '../vm/runtime.js';
import { checkString, checkTable, setNatives } from './args.js';
import { loadFile } from './base.js';
import { osPath } from './file.js';

const LUA_LDIR = '/usr/local/share/lua/5.1/';
const LUA_CDIR = '/usr/local/lib/lua/5.1/';
export const DEFAULT_PATH = `./?.lua;${LUA_LDIR}?.lua;${LUA_LDIR}?/init.lua;${LUA_CDIR}?.lua;${LUA_CDIR}?/init.lua`;
export const DEFAULT_CPATH = `./?.so;${LUA_CDIR}?.so;${LUA_CDIR}loadall.so`;
const DLL_MESSAGE = 'dynamic libraries not enabled; check your Lua installation';

/** setpath: the environment variable's value, ";;" standing for the default path. */
function initialPath(envValue: string | undefined, def: string): string {
  if (envValue === undefined) return def;
  return envValue.split(';;').join(';\x01;').split('\x01').join(def);
}

/** Can the file be opened for reading (fopen(name, "r") succeeds)? */
function readable(name: string): boolean {
  try {
    closeSync(openSync(osPath(name), 'r'));
    return true;
  } catch {
    return false;
  }
}

/**
 * findfile: the first readable file along `package[pname]` for `name` (dots become '/'), or
 * the "\n\tno file '...'" lines of every candidate tried.
 */
function findFile(rt: LuaRuntime, pkg: LuaTable, name: string, pname: 'path' | 'cpath'): { file: string } | string {
  const value = pkg.getStr(pname);
  if (typeof value !== 'string' && typeof value !== 'number') return rt.error(`'package.${pname}' must be a string`);
  const path = typeof value === 'string' ? value : numberToString(value);
  const fname = name.split('.').join('/');
  let tried = '';
  for (const template of path.split(';')) {
    if (template.length === 0) continue;
    const filename = template.split('?').join(fname);
    if (readable(filename)) return { file: filename };
    tried += `\n\tno file '${filename}'`;
  }
  return tried;
}

function loadError(rt: LuaRuntime, name: string, filename: string, msg: string): never {
  return rt.error(`error loading module '${name}' from file '${filename}':\n\t${msg}`);
}

/** luaL_findtable on the globals: the (possibly new) table at a dotted name, or undefined on a conflict. */
function findTable(rt: LuaRuntime, root: LuaTable, dotted: string): LuaTable | undefined {
  let t = root;
  for (const part of dotted.split('.')) {
    const v = t.getStr(part);
    if (v === undefined) {
      const fresh = new LuaTable();
      rt.setIndex(t, part, fresh);
      t = fresh;
    } else if (v instanceof LuaTable) {
      t = v;
    } else {
      return undefined;
    }
  }
  return t;
}

export function openPackage(rt: LuaRuntime): void {
  const G = rt.globals;
  const pkg = new LuaTable();
  /** Marks a module whose loader is running (loadlib.c's sentinel). */
  const sentinel = new LuaUserdata();

  const loaders = new LuaTable();
  const loaderFns = [
    new NativeFunction(
      'loader_preload',
      (rt, args) => {
        const name = checkString(rt, args, 1);
        const preload = pkg.getStr('preload');
        if (!(preload instanceof LuaTable)) return rt.error("'package.preload' must be a table");
        const v = preload.getStr(name);
        return [v === undefined ? `\n\tno field package.preload['${name}']` : v];
      },
      G,
    ),
    new NativeFunction(
      'loader_Lua',
      (rt, args) => {
        const name = checkString(rt, args, 1);
        const found = findFile(rt, pkg, name, 'path');
        if (typeof found === 'string') return [found];
        const f = loadFile(rt, found.file);
        if (typeof f === 'string') loadError(rt, name, found.file, f);
        return [f];
      },
      G,
    ),
    new NativeFunction(
      'loader_C',
      (rt, args) => {
        const name = checkString(rt, args, 1);
        const found = findFile(rt, pkg, name, 'cpath');
        if (typeof found === 'string') return [found];
        return loadError(rt, name, found.file, DLL_MESSAGE);
      },
      G,
    ),
    new NativeFunction(
      'loader_Croot',
      (rt, args) => {
        const name = checkString(rt, args, 1);
        const dot = name.indexOf('.');
        if (dot < 0) return EMPTY;
        const found = findFile(rt, pkg, name.slice(0, dot), 'cpath');
        if (typeof found === 'string') return [found];
        return loadError(rt, name, found.file, DLL_MESSAGE);
      },
      G,
    ),
  ];
  for (let i = 0; i < loaderFns.length; i++) loaders.setInt(i + 1, loaderFns[i]);

  setNatives(rt, pkg, {
    loadlib: (rt, args) => {
      checkString(rt, args, 1);
      checkString(rt, args, 2);
      return [undefined, DLL_MESSAGE, 'absent'];
    },

    seeall: (rt, args) => {
      const m = checkTable(rt, args, 1);
      let mt = m.metatable;
      if (mt === undefined) {
        mt = new LuaTable();
        m.metatable = mt;
      }
      mt.setStr('__index', rt.globals);
      return EMPTY;
    },
  });

  setNatives(rt, G, {
    require: (rt, args) => {
      const name = checkString(rt, args, 1);
      const loaded = rt.loaded;
      const existing = loaded.getStr(name);
      if (truthy(existing)) {
        if (existing === sentinel) rt.error(`loop or previous error loading module '${name}'`);
        return [existing];
      }
      const list = pkg.getStr('loaders');
      if (!(list instanceof LuaTable)) return rt.error("'package.loaders' must be a table");
      let msg = '';
      let loader: LuaValue;
      for (let i = 1; ; i++) {
        const l = list.getInt(i);
        if (l === undefined) rt.error(`module '${name}' not found:${msg}`);
        const r = rt.call(l, [name])[0];
        if (r instanceof LuaFunction) {
          loader = r;
          break;
        }
        if (typeof r === 'string') msg += r;
        else if (typeof r === 'number') msg += rt.tostring(r);
      }
      loaded.setStr(name, sentinel);
      const result = rt.call(loader, [name])[0];
      if (result !== undefined) loaded.setStr(name, result);
      if (loaded.getStr(name) === sentinel) loaded.setStr(name, true);
      return [loaded.getStr(name)];
    },

    module: (rt, args) => {
      const modname = checkString(rt, args, 1);
      const loaded = rt.loaded;
      const existing = loaded.getStr(modname);
      let m: LuaTable;
      if (existing instanceof LuaTable) {
        m = existing;
      } else {
        const t = findTable(rt, rt.globals, modname);
        if (t === undefined) return rt.error(`name conflict for module '${modname}'`);
        loaded.setStr(modname, t);
        m = t;
      }
      if (m.getStr('_NAME') === undefined) {
        m.setStr('_M', m);
        m.setStr('_NAME', modname);
        m.setStr('_PACKAGE', modname.slice(0, modname.lastIndexOf('.') + 1));
      }
      const caller = rt.functionAt(1);
      if (caller === undefined || caller instanceof NativeFunction) {
        return rt.error("'module' not called from a Lua function");
      }
      caller.env = m;
      for (let i = 1; i < args.length; i++) rt.call(args[i], [m]);
      return EMPTY;
    },
  });

  pkg.setStr('path', initialPath(process.env.LUA_PATH, DEFAULT_PATH));
  pkg.setStr('cpath', initialPath(process.env.LUA_CPATH, DEFAULT_CPATH));
  pkg.setStr('config', '/\n;\n?\n!\n-');
  pkg.setStr('loaded', rt.loaded);
  pkg.setStr('preload', new LuaTable());
  pkg.setStr('loaders', loaders);
  G.setStr('package', pkg);
  rt.loaded.setStr('package', pkg);
}
