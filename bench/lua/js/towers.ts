/**
 * The JavaScript twin of programs/towers.lua: the towers of Hanoi with n disks, each peg a
 * linked list of disk objects, every move checked; the move count must be 2^n - 1.
 */

interface Disk {
  size: number;
  next: Disk | null;
}

export function run(n: number): string {
  const pegs: (Disk | null)[] = [null, null, null, null];
  let moves = 0;

  const push = (peg: number, disk: Disk): void => {
    const top = pegs[peg];
    if (top !== null && disk.size >= top.size) throw new Error(`towers: wrong result: disk ${disk.size} placed on disk ${top.size}`);
    disk.next = top;
    pegs[peg] = disk;
  };
  const pop = (peg: number): Disk => {
    const top = pegs[peg];
    if (top === null) throw new Error('towers: wrong result: popped an empty peg');
    pegs[peg] = top.next;
    top.next = null;
    return top;
  };
  const move = (from: number, to: number, count: number): void => {
    if (count === 1) {
      push(to, pop(from));
      moves++;
    } else {
      const other = 6 - from - to;
      move(from, other, count - 1);
      move(from, to, 1);
      move(other, to, count - 1);
    }
  };

  for (let size = n; size >= 1; size--) push(1, { size, next: null });
  move(1, 3, n);

  let expected = 1;
  for (let k = 1; k <= n; k++) expected *= 2;
  expected -= 1;
  if (moves !== expected || pegs[1] !== null || pegs[2] !== null) {
    throw new Error(`towers: wrong result ${moves} moves for ${n} disks, expected ${expected}`);
  }
  return `towers: ${moves} moves for ${n} disks`;
}
