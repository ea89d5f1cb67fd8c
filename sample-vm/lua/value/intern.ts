/**
 * One string object per distinct compile-time string. Every constant of every Proto goes
 * through `intern`, so the field names a program mentions in different functions are the same
 * JavaScript string, and comparing a key against a shape's keys (shape.ts) usually succeeds on
 * identity. The table only grows with the distinct constants of the loaded chunks.
 */

const table = new Map<string, string>();

export function intern(s: string): string {
  const found = table.get(s);
  if (found !== undefined) return found;
  table.set(s, s);
  return s;
}
