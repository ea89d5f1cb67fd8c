/**
 * Full userdata: host objects handed to Lua (the io library's files). A userdata has a
 * metatable (its methods, `__index`, `__tostring`, `__gc` is ignored) and an environment.
 */

import type { LuaTable } from './table.js';

export class LuaUserdata {
  metatable: LuaTable | undefined = undefined;
  env: LuaTable | undefined = undefined;
}
