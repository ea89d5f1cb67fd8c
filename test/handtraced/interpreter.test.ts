import { assemble, AsmError } from '../../sample-vm/handtraced/assembler.js';
import { GuestError } from '../../sample-vm/handtraced/bytecode.js';
import { Interpreter } from '../../sample-vm/handtraced/interpreter.js';
import { PROGRAMS } from '../../sample-vm/handtraced/programs.js';

function runPlain(src: string, n: number): { out: string[]; result: unknown } {
  const vm = new Interpreter(assemble(src));
  vm.start([n]);
  expect(vm.run()).toBe(true);
  return { out: vm.out, result: vm.result };
}

describe('hand-traced sample VM, plain interpreter', () => {
  it('sum', () => {
    expect(runPlain(PROGRAMS.sum, 100).out).toEqual(['4950']);
  });
  it('pairs', () => {
    expect(runPlain(PROGRAMS.pairs, 10).out).toEqual(['(45 . 10)']);
  });
  it('calls', () => {
    let acc = 0;
    for (let i = 0; i < 50; i++) acc += (i * i) % 7;
    expect(runPlain(PROGRAMS.calls, 50).out).toEqual([String(acc)]);
  });
  it('branches', () => {
    let acc = 0;
    for (let i = 0; i < 100; i++) acc = i % 3 === 0 ? acc - 1 : acc + i;
    expect(runPlain(PROGRAMS.branches, 100).out).toEqual([String(acc)]);
  });
  it('errors are caught by handlers', () => {
    let acc = 0;
    for (let i = 0; i < 6000; i++) if (i !== 5000) acc = (acc + ((1000000 / (5000 - i)) | 0)) | 0;
    expect(runPlain(PROGRAMS.errors, 6000).out).toEqual(['division by zero', '1', String(acc)]);
  });
  it('sieve', () => {
    expect(runPlain(PROGRAMS.sieve, 100).out).toEqual(['25']);
  });
  it('uncaught guest errors reach the host', () => {
    const vm = new Interpreter(assemble('func main 0 2\n loadk r0, 1\n loadk r1, 0\n div r0, r0, r1\n ret r0\nend'));
    vm.start();
    expect(() => vm.run()).toThrow(GuestError);
  });
  it('assembler errors name file:line:col', () => {
    expect(() => assemble('func main 0 2\n  add r0, r1, r9\nend', 'bad.asm')).toThrow(new AsmError('bad.asm', 2, 15, 'register r9 out of range (function has 2)'));
    expect(() => assemble('func main 0 2\n  jmp nowhere\nend', 'bad.asm')).toThrow("bad.asm:2:7: undefined label 'nowhere'");
  });
});
