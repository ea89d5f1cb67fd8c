/**
 * Robustness of the Lua VM: whatever source it is given, the parser and compiler answer with a
 * LuaSyntaxError or a Proto that passes `verifyProto`; whatever a program does, running it ends
 * normally, with a LuaError or with LuaExit, never with another host exception or a hang; deep
 * recursion of every kind gives lua5.1's "stack overflow" / "C stack overflow" error, and the
 * VM runs programs correctly afterwards.
 *
 * Inputs come from a seeded PRNG (support/lua-fuzz.ts), so each failure names the seed and the
 * input and replays exactly: random byte strings, random token soups, and 1 to 3 stacked
 * mutations (tokens or bytes deleted, duplicated, swapped, inserted; truncation) of every
 * conformance program.
 *
 * How mutated programs run without hanging: the VM calls no debug hooks, and a worker thread
 * cannot load the TypeScript sources without transpiling the whole VM in it (seconds per
 * worker), so the budget is put in the program instead. `withBudget` inserts a call of the
 * native `__tick` at the start of every loop body and function body; `__tick` counts, and once
 * TICK_BUDGET is spent it throws a LuaError on every call, so every loop iteration and every
 * call (tail calls included) fails from then on and the program must end. Host exceptions that
 * the VM turns into Lua errors ("TypeError: ..." as a Lua message) are caught by watching the
 * interpreter's `errorValue`, so a VM bug hidden behind a pcall still fails the test. The
 * programs run in a scratch directory, with os.execute, io.popen, os.remove and os.rename
 * removed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileSource } from '../../sample-vm/lua/bytecode/compiler';
import { verifyProto } from '../../sample-vm/lua/bytecode/verify';
import { LuaError, LuaExit, LuaVM } from '../../sample-vm/lua/index';
import { LuaSyntaxError } from '../../sample-vm/lua/syntax/errors';
import { NativeFunction, EMPTY } from '../../sample-vm/lua/value/function';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { Rng, luaTokens, mutate, randomBytes, tokenSoup, withBudget } from './support/lua-fuzz';

const CONFORMANCE = path.join(__dirname, 'conformance');
const BASE_SEED = 0x5eed1;
const RANDOM_INPUTS = 700;
const MUTATIONS_PER_PROGRAM = 12;
/** Every RUN_EVERY-th mutation that compiles is also run. */
const RUN_EVERY = 2;
/** Loop iterations plus calls before a mutated program is stopped. */
const TICK_BUDGET = 20_000;
const BUDGET_MESSAGE = 'robustness test: budget spent';
/** A run longer than this is reported: the budget should stop every program well before. */
const RUN_TIME_LIMIT_MS = 2_000;

/** `s` shown in a failure message: escaped, and cut when long. */
function show(s: string): string {
  const t = JSON.stringify(s);
  return t.length > 600 ? `${t.slice(0, 600)}... (${s.length} bytes)` : t;
}

/** undefined when `source` compiles to a well-formed Proto or raises LuaSyntaxError; otherwise what went wrong. */
function compileProblem(source: string): string | undefined {
  try {
    const problems = verifyProto(compileSource(source, '=fuzz'));
    return problems.length === 0 ? undefined : `compiled to an ill-formed Proto: ${problems.slice(0, 5).join('; ')}`;
  } catch (e) {
    if (e instanceof LuaSyntaxError) return undefined;
    return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
}

function compiles(source: string): boolean {
  try {
    compileSource(source, '=fuzz');
    return true;
  } catch {
    return false;
  }
}

function conformancePrograms(): { name: string; source: string }[] {
  const dirs = [CONFORMANCE, path.join(CONFORMANCE, 'errors')];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.lua'))
      .sort()
      .map((f) => ({ name: path.relative(CONFORMANCE, path.join(dir, f)), source: fs.readFileSync(path.join(dir, f), 'latin1') })),
  );
}

/** A JavaScript error class name at the start of a Lua message, after an optional position. */
const HOST_ERROR = /^(?:[^\n]*?:\d+: )?(?:Type|Reference|Syntax|Eval|URI|Range|Internal|Aggregate)?Error: /;

/** How a run ended. */
type Outcome = 'completed' | 'LuaError' | 'LuaExit' | 'budget';

interface WatchedVM {
  readonly vm: LuaVM;
  /** Host exceptions the VM turned into Lua errors (a JS stack overflow excepted), as "Name: message". */
  readonly hostErrors: string[];
  /** How many JS stack overflows the VM turned into "stack overflow" errors. */
  jsStackOverflows: number;
}

/** A LuaVM with captured output and empty stdin whose interpreter reports every host exception it converts. */
function watchedVM(out: string[]): WatchedVM {
  const vm = new LuaVM({ stdout: (s) => out.push(s), stderr: (s) => out.push(s), stdin: { read: () => undefined } });
  const watched: WatchedVM = { vm, hostErrors: [], jsStackOverflows: 0 };
  const interp = vm.interpreter;
  const original = interp.errorValue;
  interp.errorValue = function (this: typeof interp, e: unknown): LuaValue {
    if (!(e instanceof LuaError) && !(e instanceof LuaExit)) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) watched.jsStackOverflows++;
      else watched.hostErrors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    }
    return original.call(this, e);
  };
  return watched;
}

/** Runs a mutated program under the tick budget; returns its outcome or throws what the host should never see. */
function runBudgeted(w: WatchedVM, source: string): Outcome {
  let ticks = 0;
  w.vm.interpreter.globals.setStr(
    '__tick',
    new NativeFunction(
      '__tick',
      () => {
        if (++ticks > TICK_BUDGET) throw new LuaError(BUDGET_MESSAGE);
        return EMPTY;
      },
      w.vm.interpreter.globals,
    ),
  );
  try {
    w.vm.runString(source, '=mutant');
    return 'completed';
  } catch (e) {
    if (e instanceof LuaExit) return 'LuaExit';
    if (!(e instanceof LuaError)) throw e;
    if (typeof e.value === 'string' && HOST_ERROR.test(e.value)) throw new Error(`host exception as a Lua error: ${e.value}`);
    return ticks > TICK_BUDGET ? 'budget' : 'LuaError';
  }
}

/** Makes `vm` safe to run arbitrary programs in: nothing that runs commands or removes files. */
function disarm(vm: LuaVM): void {
  vm.runString('os.execute = nil io.popen = nil os.remove = nil os.rename = nil', '=disarm');
}

describe('compileSource on random input', () => {
  test('random byte strings compile to a verified Proto or raise LuaSyntaxError', () => {
    const failures: string[] = [];
    for (let i = 0; i < RANDOM_INPUTS; i++) {
      const seed = BASE_SEED + i;
      const src = randomBytes(new Rng(seed), 200);
      const problem = compileProblem(src);
      if (problem !== undefined) failures.push(`seed ${seed}: ${problem}; input ${show(src)}`);
    }
    expect(failures).toEqual([]);
  });

  test('random token soups compile to a verified Proto or raise LuaSyntaxError', () => {
    const failures: string[] = [];
    let compiled = 0;
    for (let i = 0; i < RANDOM_INPUTS; i++) {
      const seed = BASE_SEED + 100_000 + i;
      const src = tokenSoup(new Rng(seed), 40);
      const problem = compileProblem(src);
      if (problem !== undefined) failures.push(`seed ${seed}: ${problem}; input ${show(src)}`);
      else if (compiles(src)) compiled++;
    }
    expect(failures).toEqual([]);
    // The soups reach the compiler, not only the lexer: short ones (and empty ones) compile.
    expect(compiled).toBeGreaterThan(0);
  });
});

describe('pathological source', () => {
  /**
   * Nesting and size limits, built in Lua and loaded with loadstring; the expected lines are
   * lua5.1's output for the same script. The parser's own depth limit must strike, not the
   * host's call stack.
   */
  const SCRIPT = `
local N = 20000
local function upvalues() local s = {} for i = 1, 70 do s[#s + 1] = "local u" .. i .. " = " .. i end
  s[#s + 1] = "return function() return" for i = 1, 70 do s[#s + 1] = "u" .. i .. " +" end s[#s + 1] = "0 end"
  return table.concat(s, " ") end
local cases = {
  {"parens", "return " .. ("("):rep(N) .. "1" .. (")"):rep(N)},
  {"tables", "return " .. ("{"):rep(N) .. ("}"):rep(N)},
  {"unary minus", "return " .. ("- "):rep(N) .. "1"},
  {"not", "return " .. ("not "):rep(N) .. "1"},
  {"concat chain", "return " .. ("'a'.."):rep(N) .. "'a'"},
  {"pow chain", "return " .. ("2^"):rep(N) .. "1"},
  {"add chain", "return " .. ("1+"):rep(N) .. "1"},
  {"do blocks", ("do "):rep(N) .. ("end "):rep(N)},
  {"functions", ("return function() "):rep(N) .. ("end "):rep(N)},
  {"if nesting", ("if x then "):rep(N) .. ("end "):rep(N)},
  {"while nesting", ("while x do "):rep(N) .. ("end "):rep(N)},
  {"index chain", "return x" .. (".y"):rep(N)},
  {"call chain", "return f" .. ("()"):rep(N)},
  {"many locals", "local " .. ("a,"):rep(300) .. "a"},
  {"many upvalues", upvalues()},
  {"long table constructor", "return {" .. ("1,"):rep(N) .. "}"},
  {"many returns", "return " .. ("1,"):rep(300) .. "1"},
  {"assignment list", ("a,"):rep(300) .. "a = 1"},
  {"call args", "f(" .. ("1,"):rep(300) .. "1)"},
}
for _, c in ipairs(cases) do
  local f, e = loadstring(c[2], "=p")
  print(c[1] .. ": " .. (f and "ok" or e:match("^[^\\n]*")))
end
`;
  const EXPECTED = [
    'parens: p:1: chunk has too many syntax levels',
    'tables: p:1: chunk has too many syntax levels',
    'unary minus: p:1: chunk has too many syntax levels',
    'not: p:1: chunk has too many syntax levels',
    'concat chain: p:1: chunk has too many syntax levels',
    'pow chain: p:1: chunk has too many syntax levels',
    'add chain: ok',
    'do blocks: p:1: chunk has too many syntax levels',
    'functions: p:1: chunk has too many syntax levels',
    'if nesting: p:1: chunk has too many syntax levels',
    'while nesting: p:1: chunk has too many syntax levels',
    'index chain: ok',
    'call chain: ok',
    'many locals: p:1: main function has more than 200 local variables',
    'many upvalues: p:1: function at line 1 has more than 60 upvalues',
    'long table constructor: ok',
    "many returns: p:1: function or expression too complex near '1'",
    'assignment list: p:1: main function has more than 197 variables in assignment',
    "call args: p:1: function or expression too complex near '1'",
  ];

  test("deep nesting and oversized functions give lua5.1's load errors", () => {
    const out: string[] = [];
    const w = watchedVM(out);
    w.vm.runString(SCRIPT, '=pathological');
    expect({ lines: out.join('').split('\n'), hostErrors: w.hostErrors, jsStackOverflows: w.jsStackOverflows }).toEqual({
      lines: [...EXPECTED, ''],
      hostErrors: [],
      jsStackOverflows: 0,
    });
  }, 60_000);

  // lua5.1 refuses a function with 2^18 - 1 (MAXARG_Bx) constants or more ("constant table
  // overflow", raised through the loader's error handler, so its message carries a traceback
  // there: only the first line is compared).
  test('262200 constants in one function give "constant table overflow"', () => {
    const w = watchedVM([]);
    const keys: string[] = [];
    for (let i = 1; i <= 262_200; i++) keys.push(`'k${i}',`);
    w.vm.interpreter.globals.setStr('source', `local t = {${keys.join('')}}`);
    const results = w.vm.runString('local f, e = loadstring(source, "=p") return f == nil, e and e:match("^[^\\n]*")', '=constants');
    expect(results).toEqual([true, 'constant table overflow']);
  }, 60_000);
});

describe('mutated conformance programs', () => {
  const programs = conformancePrograms();
  /** Mutants that compiled and were picked to run, filled by the first test. */
  const toRun: { label: string; source: string }[] = [];

  test('every program is found', () => {
    expect(programs.length).toBeGreaterThanOrEqual(65);
  });

  test('the tokenizer joins back to each program, and the budget instrumentation keeps it compiling', () => {
    const problems: string[] = [];
    for (const { name, source } of programs) {
      const spans = luaTokens(source);
      if (spans.map((sp) => sp.lead + sp.text).join('') !== source) problems.push(`${name}: tokens do not join back`);
      if (compiles(source) && !compiles(withBudget(source, '__tick'))) problems.push(`${name}: does not compile with the budget`);
    }
    expect(problems).toEqual([]);
  });

  test('each mutant compiles to a verified Proto or raises LuaSyntaxError', () => {
    const failures: string[] = [];
    let compiled = 0;
    programs.forEach((program, p) => {
      for (let m = 0; m < MUTATIONS_PER_PROGRAM; m++) {
        const seed = BASE_SEED + 200_000 + p * 1000 + m;
        const rng = new Rng(seed);
        let source = program.source;
        const kinds: string[] = [];
        const count = 1 + rng.below(3);
        for (let k = 0; k < count; k++) {
          const mutation = mutate(rng, source);
          kinds.push(mutation.kind);
          source = mutation.source;
        }
        const label = `${program.name}, seed ${seed} (${kinds.join(', ')})`;
        const problem = compileProblem(source);
        if (problem !== undefined) failures.push(`${label}: ${problem}; input ${show(source)}`);
        else if (compiles(source) && compiled++ % RUN_EVERY === 0) toRun.push({ label, source });
      }
    });
    expect(failures).toEqual([]);
    expect(toRun.length).toBeGreaterThan(50);
  });

  test('the budget stops endless loops and endless tail calls, even under pcall', () => {
    const endless = [
      'while true do end',
      'repeat local x = 1 until false',
      'for i = 1, math.huge do end',
      'for k in function() return 1 end do end',
      'local function f() return f() end return f()',
      'while true do pcall(error, "x") end',
      'local function f() pcall(f) return f() end f()',
      'local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do co() end',
    ];
    for (const source of endless) {
      const budgeted = withBudget(source, '__tick');
      expect(compiles(budgeted)).toBe(true);
      const w = watchedVM([]);
      expect([source, runBudgeted(w, budgeted)]).toEqual([source, 'budget']);
    }
  });

  test('a host exception the VM turns into a Lua error is seen, even under pcall', () => {
    const w = watchedVM([]);
    const globals = w.vm.interpreter.globals;
    const broken = new NativeFunction(
      'broken',
      () => {
        throw new TypeError('a VM bug');
      },
      globals,
    );
    globals.setStr('broken', broken);
    expect(w.vm.runString('return (pcall(broken))', '=host')).toEqual([false]);
    expect(w.hostErrors).toEqual(['TypeError: a VM bug']);
    expect(() => runBudgeted(w, 'broken()')).toThrow('host exception as a Lua error: mutant:1: TypeError: a VM bug');
  });

  test('the mutants that compile run to completion, a LuaError or LuaExit, within the budget', () => {
    expect(toRun.length).toBeGreaterThan(0);
    const failures: string[] = [];
    const outcomes: Record<Outcome | 'not instrumentable', number> = {
      completed: 0,
      LuaError: 0,
      LuaExit: 0,
      budget: 0,
      'not instrumentable': 0,
    };
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lua-robustness-'));
    const previous = process.cwd();
    process.chdir(scratch);
    try {
      for (const { label, source } of toRun) {
        const budgeted = withBudget(source, '__tick');
        if (!compiles(budgeted)) {
          outcomes['not instrumentable']++;
          continue;
        }
        const out: string[] = [];
        const w = watchedVM(out);
        disarm(w.vm);
        const started = Date.now();
        try {
          outcomes[runBudgeted(w, budgeted)]++;
        } catch (e) {
          failures.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}; input ${show(source)}`);
          continue;
        }
        const elapsed = Date.now() - started;
        if (w.hostErrors.length > 0) failures.push(`${label}: host exceptions ${w.hostErrors.join(' | ')}; input ${show(source)}`);
        if (elapsed > RUN_TIME_LIMIT_MS) failures.push(`${label}: ran ${elapsed} ms; input ${show(source)}`);
      }
    } finally {
      process.chdir(previous);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    expect(failures).toEqual([]);
    // Most mutants must really run: the instrumentation understands the programs that compile.
    expect(outcomes['not instrumentable']).toBeLessThan(toRun.length / 20);
    expect(outcomes.completed + outcomes.LuaError).toBeGreaterThan(toRun.length / 2);
  }, 60_000);
});

describe('deep recursion', () => {
  /** Each case is one line, loaded as rec.lua and called under pcall, as lua5.1 was run for the expected messages. */
  const CASES: { name: string; source: string; message: string }[] = [
    { name: 'non-tail Lua recursion', source: 'local function f(n) return 1 + f(n + 1) end return f(1)', message: 'rec.lua:1: stack overflow' },
    {
      name: 'an __index function',
      source: 'local t = setmetatable({}, {}) getmetatable(t).__index = function(t, k) return t[k] end return t.x',
      message: 'rec.lua:1: C stack overflow',
    },
    {
      name: 'a __newindex function',
      source: 'local t = setmetatable({}, {}) getmetatable(t).__newindex = function(t, k, v) t[k] = v end t.x = 1',
      message: 'rec.lua:1: C stack overflow',
    },
    {
      name: '__call',
      source: 'local t = setmetatable({}, {}) getmetatable(t).__call = function(self) return 1 + self() end return t()',
      message: 'rec.lua:1: stack overflow',
    },
    {
      name: '__add',
      source: 'local mt = {} mt.__add = function(a, b) return a + b end local t = setmetatable({}, mt) return t + 1',
      message: 'rec.lua:1: C stack overflow',
    },
    {
      name: '__concat',
      source: 'local mt = {} mt.__concat = function(a, b) return a .. b end local t = setmetatable({}, mt) return t .. "x"',
      message: 'rec.lua:1: C stack overflow',
    },
    {
      name: '__lt',
      source: 'local mt = {} mt.__lt = function(a, b) return a < b end local t = setmetatable({}, mt) return t < t',
      message: 'rec.lua:1: C stack overflow',
    },
    { name: 'pcall', source: 'local function f() local ok, e = pcall(f) error(e, 0) end return f()', message: 'C stack overflow' },
    {
      name: 'pcall returning its error to arithmetic',
      source: 'local function f() return 1 + select(2, pcall(f)) end return f()',
      message: 'rec.lua:1: attempt to perform arithmetic on a string value',
    },
    { name: 'string.gsub callbacks', source: 'local function f(s) return (string.gsub(s, ".", f)) end return f("x")', message: 'C stack overflow' },
    {
      name: 'table.sort comparators',
      source: 'local function f(a, b) table.sort({3, 2, 1}, f) return a < b end table.sort({3, 2, 1}, f)',
      message: 'C stack overflow',
    },
    {
      name: 'coroutine.wrap nesting',
      source: 'local function f() return coroutine.wrap(f)() end return f()',
      // Each wrap adds the position of its caller as the error crosses it.
      message: 'rec.lua:1: '.repeat(198) + 'C stack overflow',
    },
    {
      name: 'coroutine.resume nesting',
      source: 'local function f() local ok, e = coroutine.resume(coroutine.create(f)) error(e, 0) end return f()',
      message: 'C stack overflow',
    },
    {
      name: 'tostring and __tostring',
      source: 'local t = setmetatable({}, {}) getmetatable(t).__tostring = function(x) return tostring(x) end return tostring(t)',
      message: 'C stack overflow',
    },
    {
      name: 'recursion holding growing strings',
      source: 'local function f(n) local s = string.rep("x", n) return f(n + 1) .. s end return f(1)',
      message: 'rec.lua:1: stack overflow',
    },
  ];

  /** A program after an overflow: calls, metamethods, pcall and coroutines still work. */
  const AFTER =
    'local mt = {__add = function(a, b) return a.v + b end} local t = setmetatable({v = 40}, mt) ' +
    'local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end ' +
    'local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end) ' +
    'return t + 2, fib(15), (select(2, pcall(error, "e", 0))), co(1), co(5)';
  const AFTER_RESULT = [42, 610, 'e', 2, 10];

  for (const c of CASES) {
    test(`${c.name} gives lua5.1's error, caught by pcall, and the VM runs on`, () => {
      const out: string[] = [];
      const w = watchedVM(out);
      const started = Date.now();
      const results = w.vm.runString(
        `local f = assert(loadstring(${JSON.stringify(c.source)}, "@rec.lua")) local ok, e = pcall(f) return ok, e`,
        '=(command line)',
      );
      const elapsed = Date.now() - started;
      // The VM's own depth limits strike, not the host's call stack.
      expect({ results, hostErrors: w.hostErrors, jsStackOverflows: w.jsStackOverflows }).toEqual({
        results: [false, c.message],
        hostErrors: [],
        jsStackOverflows: 0,
      });
      expect(elapsed).toBeLessThan(5_000);
      expect(w.vm.runString(AFTER, '=after')).toEqual(AFTER_RESULT);
    });
  }

  test('an uncaught overflow reaches the host as a LuaError, and the same VM runs on', () => {
    const out: string[] = [];
    const w = watchedVM(out);
    for (const c of CASES) {
      let caught: unknown;
      try {
        w.vm.runString(c.source, '@rec.lua');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(LuaError);
      expect(w.vm.runString(AFTER, '=after')).toEqual(AFTER_RESULT);
    }
    expect(w.hostErrors).toEqual([]);
  });
});
