import { combineDigests, digestTrace, fnv1a64 } from '../../runtime/stats/digest.js';
import { JitStats } from '../../runtime/stats/stats.js';
import { parse } from '../support/trace-text.js';

describe('trace digests', () => {
  it('are FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('do not depend on variable names, and do depend on everything else', () => {
    const a = parse('[i0]\ni1 = int_add(i0, 1)\nb2 = int_lt(i1, 9)\nguard_true(b2) [0@3: i1]');
    const b = parse('[i7]\ni3 = int_add(i7, 1)\nb9 = int_lt(i3, 9)\nguard_true(b9) [0@3: i3]');
    const c = parse('[i0]\ni1 = int_add(i0, 1)\nb2 = int_lt(i1, 9)\nguard_true(b2) [0@4: i1]');
    expect(digestTrace(a)).toBe(digestTrace(b));
    expect(digestTrace(a)).not.toBe(digestTrace(c));
  });

  it('combine in order', () => {
    expect(combineDigests(['a', 'b'])).not.toBe(combineDigests(['b', 'a']));
    const s = new JitStats();
    s.addTrace({ kind: 'loop', loop: 0, recordedOps: 5, optimizedOps: 3, resumeBytes: 10, digest: 'x' });
    s.addTrace({ kind: 'bridge', loop: 0, exit: 2, recordedOps: 2, optimizedOps: 1, resumeBytes: 4, digest: 'y' });
    const j = s.toJSON();
    expect(j).toMatchObject({ recordedOps: 7, optimizedOps: 4, resumeBytes: 14, loops: 1, bridges: 1, traceDigest: combineDigests(['x', 'y']) });
  });
});
