/**
 * The io library against lua5.1's answers (pasted as literals), on temporary files. Each
 * step mirrors a line of the Lua script the answers came from (quoted in the comments).
 */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openIo } from '../../sample-vm/lua/lib/io';
import { LuaUserdata } from '../../sample-vm/lua/value/userdata';
import type { LuaValue } from '../../sample-vm/lua/value/value';
import { FakeRuntime, POS } from './lib-fake-runtime';

function setup(): FakeRuntime {
  const rt = new FakeRuntime();
  openIo(rt);
  return rt;
}

/** Calls a method of a file (f:name(...)). */
function m(rt: FakeRuntime, f: LuaValue, name: string, ...args: LuaValue[]): LuaValue[] {
  return rt.call(rt.index(f, name), [f, ...args]);
}

function mfail(rt: FakeRuntime, f: LuaValue, name: string, ...args: LuaValue[]): LuaValue {
  const r = rt.pcall(rt.index(f, name), [f, ...args]);
  expect(r[0]).toBe(false);
  return r[1];
}

describe('io library', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lua-io-'));
  });
  const p = (name: string) => join(dir, name);

  it('writes, closes and describes files', () => {
    const rt = setup();
    const f = rt.run('io.open', p('a.txt'), 'w')[0];
    expect(rt.run('io.type', f)).toEqual(['file']);
    expect(rt.run('io.type', rt.lookup('io.stdout'))).toEqual(['file']);
    expect(rt.run('io.type', 42)).toEqual([undefined]);
    expect(rt.run('io.type', new LuaUserdata())).toEqual([undefined]);
    expect(rt.tostring(f)).toMatch(/^file \(0x[0-9a-f]+\)$/);
    // print(f:write("line1\n", 42, " ", 1.5, "\nline3\n"))  -->  true
    expect(m(rt, f, 'write', 'line1\n', 42, ' ', 1.5, '\nline3\n')).toEqual([true]);
    expect(m(rt, f, 'close')).toEqual([true]);
    expect(rt.run('io.type', f)).toEqual(['closed file']);
    expect(rt.tostring(f)).toBe('file (closed)');
    expect(mfail(rt, f, 'write', 'x')).toBe(POS + 'attempt to use a closed file');
    expect(mfail(rt, f, 'close')).toBe(POS + 'attempt to use a closed file');
    expect(readFileSync(p('a.txt'), 'latin1')).toBe('line1\n42 1.5\nline3\n');
  });

  it('reads lines, numbers, counts and the rest', () => {
    const rt = setup();
    writeFileSync(p('a.txt'), 'line1\n42 1.5\nline3\n');
    const r = rt.run('io.open', p('a.txt'))[0];
    // print(r:read("*l"), r:read("*n"), r:read("*n"), r:read("*l"), r:read("*l"), r:read("*l"), r:read("*a"), r:read("*a"), r:read(0))
    const got = ['*l', '*n', '*n', '*l', '*l', '*l', '*a', '*a', 0].map((fmt) => m(rt, r, 'read', fmt)[0]);
    expect(got).toEqual(['line1', 42, 1.5, '', 'line3', undefined, '', '', undefined]);
    // print(r:seek("set", 2), r:read(3), r:seek(), r:seek("cur", -1), r:read("*l"), r:seek("end"), r:read(1))
    expect([
      m(rt, r, 'seek', 'set', 2)[0],
      m(rt, r, 'read', 3)[0],
      m(rt, r, 'seek')[0],
      m(rt, r, 'seek', 'cur', -1)[0],
      m(rt, r, 'read', '*l')[0],
      m(rt, r, 'seek', 'end')[0],
      m(rt, r, 'read', 1)[0],
    ]).toEqual([2, 'ne1', 5, 4, '1', 19, undefined]);
    expect(mfail(rt, r, 'read', 'x')).toBe(POS + "bad argument #2 to 'read' (invalid option)");
    expect(mfail(rt, r, 'read', '*x')).toBe(POS + "bad argument #2 to 'read' (invalid format)");
    expect(m(rt, r, 'seek', 'set', -5)).toEqual([undefined, 'Invalid argument', 22]);
    expect(mfail(rt, r, 'seek', 'bogus')).toBe(POS + "bad argument #2 to 'seek' (invalid option 'bogus')");
    m(rt, r, 'seek', 'set');
    expect(m(rt, r, 'read', '*l', '*l', '*l', '*l', '*l')).toEqual(['line1', '42 1.5', 'line3', undefined]);
    m(rt, r, 'close');
  });

  it('reads numbers as fscanf does', () => {
    const rt = setup();
    writeFileSync(p('n.txt'), '  0x1F -2.5e1 .5 abc 7');
    const n = rt.run('io.open', p('n.txt'))[0];
    expect(m(rt, n, 'read', '*n', '*n', '*n', '*n', '*n')).toEqual([31, -25, 0.5, undefined]);
    expect(m(rt, n, 'read', '*a')).toEqual(['abc 7']);
  });

  it('reads empty files, directories and write-only files as C stdio', () => {
    const rt = setup();
    writeFileSync(p('e.txt'), '');
    const e = rt.run('io.open', p('e.txt'))[0];
    expect([m(rt, e, 'read', 0)[0], m(rt, e, 'read', '*l')[0], m(rt, e, 'read', '*a')[0], m(rt, e, 'read', 1)[0]]).toEqual([
      undefined,
      undefined,
      '',
      undefined,
    ]);
    const d = rt.run('io.open', dir)[0];
    expect(m(rt, d, 'read', '*l')).toEqual([undefined, 'Is a directory', 21]);
    const w = rt.run('io.open', p('w.txt'), 'w')[0];
    expect(m(rt, w, 'read', '*l')).toEqual([undefined, 'Bad file descriptor', 9]);
    expect(m(rt, w, 'setvbuf', 'no')).toEqual([true]);
    expect(mfail(rt, w, 'setvbuf', 'bogus')).toBe(POS + "bad argument #2 to 'setvbuf' (invalid option 'bogus')");
    expect(m(rt, w, 'flush')).toEqual([true]);
    expect(rt.run('io.flush')).toEqual([true]);
  });

  it('reports open failures and opens in every mode', () => {
    const rt = setup();
    expect(rt.run('io.open', p('nonexistent.txt'))).toEqual([undefined, `${p('nonexistent.txt')}: No such file or directory`, 2]);
    expect(rt.run('io.open', p('a.txt'), 'z')).toEqual([undefined, `${p('a.txt')}: Invalid argument`, 22]);
    writeFileSync(p('a.txt'), 'line1\n42 1.5\nline3\n');
    const a = rt.run('io.open', p('a.txt'), 'a')[0];
    m(rt, a, 'write', 'appended\n');
    m(rt, a, 'close');
    const rp = rt.run('io.open', p('a.txt'), 'r+')[0];
    m(rt, rp, 'write', 'LINE');
    m(rt, rp, 'seek', 'set', 0);
    expect(m(rt, rp, 'read', '*a')).toEqual(['LINE1\n42 1.5\nline3\nappended\n']);
    m(rt, rp, 'close');
    const wp = rt.run('io.open', p('b.txt'), 'w+')[0];
    m(rt, wp, 'write', 'hello world');
    m(rt, wp, 'seek', 'set', 6);
    expect([m(rt, wp, 'read', '*a')[0], m(rt, wp, 'seek', 'cur')[0]]).toEqual(['world', 11]);
    m(rt, wp, 'close');
    const ap = rt.run('io.open', p('b.txt'), 'a+b')[0];
    expect(m(rt, ap, 'read', '*a')).toEqual(['hello world']);
    m(rt, ap, 'write', '!');
    m(rt, ap, 'seek', 'set', 0);
    expect(m(rt, ap, 'read', '*a')).toEqual(['hello world!']);
    m(rt, ap, 'close');
  });

  it('iterates lines of a named file or the default input', () => {
    const rt = setup();
    writeFileSync(p('a.txt'), 'line1\n42 1.5\nline3');
    expect(rt.fail('io.lines', p('nonexistent.txt'))).toBe(
      POS + `bad argument #1 to 'lines' (${p('nonexistent.txt')}: No such file or directory)`,
    );
    const [it] = rt.run('io.lines', p('a.txt'));
    const lines: LuaValue[] = [];
    for (let r = rt.call(it, []); r.length > 0; r = rt.call(it, [])) lines.push(r[0]);
    expect(lines).toEqual(['line1', '42 1.5', 'line3']);
    // the file was closed at the end
    expect(() => rt.call(it, [])).toThrow('file is already closed');
    const f = rt.run('io.open', p('a.txt'))[0];
    const fit = m(rt, f, 'lines')[0];
    expect(rt.call(fit, [])).toEqual(['line1']);
    rt.stdin = 'x\ny\n';
    const sit = rt.run('io.lines')[0];
    expect([rt.call(sit, []), rt.call(sit, []), rt.call(sit, [])]).toEqual([['x'], ['y'], []]);
  });

  it('switches the default input and output', () => {
    const rt = setup();
    expect(rt.run('io.output')).toEqual([rt.lookup('io.stdout')]);
    expect(rt.run('io.input')).toEqual([rt.lookup('io.stdin')]);
    rt.run('io.write', 'to stdout ', 1.5, '\n');
    expect(rt.out).toBe('to stdout 1.5\n');
    rt.run('io.output', p('c.txt'));
    rt.run('io.write', 'to c\n', 1, '\n');
    expect(rt.run('io.close')).toEqual([true]);
    expect(rt.fail('io.write', 'x')).toBe(POS + 'standard output file is closed');
    rt.run('io.output', rt.lookup('io.stdout'));
    rt.run('io.input', p('c.txt'));
    expect([...rt.run('io.read'), ...rt.run('io.read', '*n'), ...rt.run('io.read')]).toEqual(['to c', 1, '']);
    const rest = rt.run('io.lines')[0];
    expect(rt.call(rest, [])).toEqual([]);
    m(rt, rt.run('io.input')[0], 'close');
    expect(rt.fail('io.read')).toBe(POS + 'standard input file is closed');
    expect(rt.fail('io.lines')).toBe(POS + 'attempt to use a closed file');
    expect(rt.fail('io.input', p('nonexistent.txt'))).toBe(
      POS + `bad argument #1 to 'input' (${p('nonexistent.txt')}: No such file or directory)`,
    );
    expect(rt.fail('io.output', {} as unknown as LuaValue)).toMatch(/FILE\* expected/);
  });

  it('refuses to close the standard files and reads standard input', () => {
    const rt = setup();
    expect(m(rt, rt.lookup('io.stdout'), 'close')).toEqual([undefined, 'cannot close standard file']);
    expect(rt.run('io.close')).toEqual([undefined, 'cannot close standard file']);
    m(rt, rt.lookup('io.stderr'), 'write', 'err');
    expect(rt.err).toBe('err');
    rt.stdin = '12 rest\nline2\nlast';
    expect(rt.run('io.read', '*n', '*l', '*l', 2, '*a')).toEqual([12, ' rest', 'line2', 'la', 'st']);
    expect(rt.run('io.read')).toEqual([undefined]);
    // a number at the end of a line does not make the next line be read (interactive input)
    rt.stdin = '7\nnext\n';
    expect(rt.run('io.read', '*n')).toEqual([7]);
    expect(rt.stdin).toBe('next\n');
    expect(rt.run('io.read', '*l', '*l')).toEqual(['', 'next']);
    expect(m(rt, rt.lookup('io.stdin'), 'seek', 'set', 0)).toEqual([undefined, 'Illegal seek', 29]);
  });

  it('makes temporary files and runs commands', () => {
    const rt = setup();
    const t = rt.run('io.tmpfile')[0];
    m(rt, t, 'write', 'tmp data');
    m(rt, t, 'seek', 'set', 0);
    expect(m(rt, t, 'read', '*a')).toEqual(['tmp data']);
    m(rt, t, 'close');
    const pr = rt.run('io.popen', 'echo hi; echo there')[0];
    expect(m(rt, pr, 'read', '*l', '*a')).toEqual(['hi', 'there\n']);
    const pw = rt.run('io.popen', 'tr a-z A-Z', 'w')[0];
    m(rt, pw, 'write', 'shout\n');
    expect(m(rt, pw, 'close')).toEqual([true]);
    expect(rt.out).toBe('SHOUT\n');
  });
});
