/** The Brainfuck tutorial VM: parser, semantics, the benchmark programs, the translator, the command. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_PROGRAMS } from '../../bench/bf/tools/index.js';
import { translate } from '../../bench/bf/to-js.js';
import { main } from '../../sample-vm/bf/command.js';
import { BfMachine, BfRuntimeError, MIN_TAPE } from '../../sample-vm/bf/interpreter.js';
import { BufferIO, latin1 } from '../../sample-vm/bf/io.js';
import { BfSyntaxError, disassemble, parse } from '../../sample-vm/bf/program.js';

const BENCH = join(__dirname, '../../bench/bf');

function run(src: string, input = ''): { out: string; m: BfMachine } {
  const io = new BufferIO(latin1(input));
  const m = new BfMachine(parse(src, 't.b'), io);
  m.run();
  return { out: io.text(), m };
}

function runJs(src: string, input = ''): { out: string; tape: Uint8Array; ptr: number } {
  const io = new BufferIO(latin1(input));
  const r = translate(parse(src, 't.b')).run(io);
  return { out: io.text(), ...r };
}

describe('parser', () => {
  it('folds +- and <> runs across comments, and nothing else', () => {
    expect(disassemble(parse('++ x +-->>><[-].,'))).toBe(
      ['0: add 1', '1: move 2', '2: jz 5', '3: add 255', '4: jnz 3', '5: out', '6: in', '7: halt'].join('\n'),
    );
    // runs with no net effect vanish; what precedes them may fold again
    expect(disassemble(parse('+><+'))).toBe(['0: add 2', '1: halt'].join('\n'));
    expect(disassemble(parse('+'.repeat(256) + '>'))).toBe(['0: move 1', '1: halt'].join('\n'));
    // never folded across a bracket, `.` or `,`
    expect(disassemble(parse('+[+]+.+,+'))).toBe(
      ['0: add 1', '1: jz 4', '2: add 1', '3: jnz 2', '4: add 1', '5: out', '6: add 1', '7: in', '8: add 1', '9: halt'].join('\n'),
    );
  });

  it('reports unmatched brackets as file:line:col', () => {
    expect(() => parse('+\n  ]', 'a.b')).toThrow(BfSyntaxError);
    expect(() => parse('+\n  ]', 'a.b')).toThrow(/^a\.b:2:3: unmatched '\]'/);
    expect(() => parse('[[]\n[]', 'b.b')).toThrow(/^b\.b:1:1: unmatched '\['/);
    expect(() => parse('é[', 'c.b')).toThrow(/^c\.b:1:2:/);
    try {
      parse('x\n\n  [', 'd.b');
    } catch (e) {
      expect(e).toMatchObject({ file: 'd.b', line: 3, col: 3 });
    }
  });
});

describe('semantics (interpreter and translation agree)', () => {
  const both = (src: string, input = ''): string => {
    const a = run(src, input).out;
    expect(runJs(src, input).out).toBe(a);
    return a;
  };

  it('cells wrap both ways', () => {
    expect(both('-.')).toBe('\xff');
    expect(both('-+.' + '+'.repeat(300) + '.')).toBe('\x00' + String.fromCharCode(300 % 256));
    expect(run('-').m.tape[0]).toBe(255);
  });

  it('the tape grows past 30000 cells, keeping its cells', () => {
    const src = '+++' + '>'.repeat(MIN_TAPE + 5) + '++.' + '<'.repeat(MIN_TAPE + 5) + '.';
    const { out, m } = run(src);
    expect(out).toBe('\x02\x03');
    expect(m.tape.length).toBeGreaterThan(MIN_TAPE);
    expect(m.tape[MIN_TAPE + 5]).toBe(2);
    expect(runJs(src).out).toBe(out);
    // a far move inside a loop, run three times
    const far = '+++[[->' + '>'.repeat(40000) + '+<' + '<'.repeat(40000) + ']>' + '>'.repeat(40000) + '-]' + '<'.repeat(40000) + '.';
    expect(run(far).m.ptr).toBe(3 * 40001 - 40000);
    expect(both(far)).toBe('\x00');
  });

  it('the end of input leaves the cell unchanged', () => {
    expect(both(',.,.,.', 'A')).toBe('AAA');
    expect(both('+++,.', '')).toBe('\x03');
    expect(both(',[.,]', 'hi\x00x')).toBe('hi');
  });

  it('moving left of cell 0 is an error naming the position', () => {
    expect(() => run('+\n<<>')).toThrow(BfRuntimeError);
    expect(() => run('+\n<<>')).toThrow(/^t\.b:2:1: the pointer moved left of cell 0/);
    expect(() => runJs('+[<]')).toThrow(/^t\.b:1:3: the pointer moved left of cell 0/);
    // a run is one move: `<>` at cell 0 does not leave the tape
    expect(both('<>+.')).toBe('\x01');
  });

  it('output bytes are written as they are', () => {
    expect(both('+'.repeat(200) + '.' + '+'.repeat(56) + '.')).toBe('\xc8\x00');
  });
});

describe('benchmark programs', () => {
  for (const [name, p] of Object.entries(BENCH_PROGRAMS)) {
    it(`${name}: the small variant prints the expected output, interpreted and translated`, () => {
      const src = p.source(p.small);
      const input = p.input(p.small);
      const expected = p.expected(p.small, input);
      expect(expected.length).toBeGreaterThan(0);
      expect(run(src, input).out).toBe(expected);
      expect(runJs(src, input).out).toBe(expected);
    });

    it(`${name}: the committed files are the program at its full size and its expected output`, () => {
      const input = p.input(p.full);
      expect(readFileSync(join(BENCH, `${name}.b`), 'latin1')).toBe(p.source(p.full));
      if (input !== '') expect(readFileSync(join(BENCH, `${name}.in`), 'latin1')).toBe(input);
      expect(readFileSync(join(BENCH, `${name}.out`), 'latin1')).toBe(p.expected(p.full, input));
    });
  }
});

describe('translation to JavaScript', () => {
  it('gives loops with inner loops functions of their own and keeps small ones inline', () => {
    const t = translate(parse('+[>++[>+<-]<-]'));
    expect(t.source).toMatch(/function loop_1\(st, ptr\)/);
    expect(t.source).not.toMatch(/function loop_4/);
    expect(t.source).toMatch(/while \(tape\[ptr\] !== 0\)/);
  });

  it('splices no guest text into the source', () => {
    const t = translate(parse('+ "); throw 1; (" .'));
    expect(t.source).not.toContain('throw 1');
  });
});

describe('the metajit-bf command', () => {
  const files: Record<string, string> = { 'echo.b': ',[.[-],]', 'bad.b': '+\n[', 'left.b': '<', 'hot.b': '++++++++[>++++++++[>++++++++[>++++++++[>+<-]<-]<-]<-]>>>>.' };
  const cli = (argv: string[], stdin = ''): { status: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const status = main({
      argv,
      stdin: () => latin1(stdin),
      stdout: (b) => (out += String.fromCharCode(...b)),
      stderr: (t) => (err += t),
      readFile: (p) => {
        if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
        return files[p]!;
      },
    });
    return { status, out, err };
  };

  it('runs a program with stdin as input', () => {
    expect(cli(['echo.b'], 'hello')).toEqual({ status: 0, out: 'hello', err: '' });
    expect(cli(['--jit=off', '--tracer=generic', 'echo.b'], '')).toEqual({ status: 0, out: '', err: '' });
  });

  it('prints the statistics as one JSON object, honestly zero without the transformer', () => {
    const r = cli(['--jit-stats', 'echo.b'], 'x');
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.err);
    for (const key of ['tracingMs', 'optimizeMs', 'backendMs', 'recordedOps', 'optimizedOps', 'resumeBytes', 'loops', 'bridges', 'aborts', 'guardFailures', 'traceDigest']) {
      expect(stats).toHaveProperty(key);
    }
    expect(stats).toMatchObject({ jit: 'on', tracer: 'generated', loops: 0, recordedOps: 0 });
  });

  it('--jit-log prints what the JIT does as it happens, in the textual trace format', () => {
    const r = cli(['--jit-log', 'hot.b']);
    expect(r.status).toBe(0);
    expect(r.out).toBe(String.fromCharCode(0)); // 4096 increments of a cell wrap to 0
    expect(r.err).toMatch(/^# tracing loop at /m);
    expect(r.err).toMatch(/^# loop 0 at .*, \d+ ops\n\[/m);
    expect(r.err).toMatch(/^jump\(/m);
    expect(cli(['hot.b']).err).toBe('');
  });

  it('fails clearly: syntax and runtime errors and missing files exit 1, usage errors 2', () => {
    expect(cli(['bad.b'])).toMatchObject({ status: 1, err: "metajit-bf: bad.b:2:1: unmatched '[' (no ']' closes it)\n" });
    expect(cli(['left.b'])).toMatchObject({ status: 1, err: expect.stringMatching(/left\.b:1:1: the pointer moved left/) });
    expect(cli(['nope.b'])).toMatchObject({ status: 1, err: expect.stringMatching(/cannot read nope\.b/) });
    expect(cli(['--jit=maybe', 'echo.b'])).toMatchObject({ status: 2, err: expect.stringMatching(/--jit takes on or off/) });
    expect(cli(['--fast', 'echo.b'])).toMatchObject({ status: 2, err: expect.stringMatching(/unknown option '--fast'/) });
    expect(cli([])).toMatchObject({ status: 2, err: expect.stringMatching(/no program file/) });
    expect(cli(['a.b', 'b.b']).status).toBe(2);
    expect(cli(['--help'])).toMatchObject({ status: 0, err: expect.stringMatching(/^usage: metajit-bf/) });
  });
});
