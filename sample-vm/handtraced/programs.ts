/**
 * Sample programs for the hand-traced VM, each exercising one part of the JIT: a plain counting
 * loop, boxed values (allocation removal), inlined calls (multi-frame snapshots), a branchy loop
 * (guard failures and bridges), guest errors raised inside compiled code, arrays and nested
 * loops (a trace that jumps into another compiled loop), function traces and recursion. `n` is
 * the first register of main.
 */

export const PROGRAMS = {
  /** sum of 0..n-1 */
  sum: `
func main 1 4
  loadk r1, 0          ; i
  loadk r2, 0          ; acc
loop:
  lt r3, r1, r0
  jmpf r3, done
  add r2, r2, r1
  loadk r3, 1
  add r1, r1, r3
  jmp loop
done:
  print r2
  ret r2
end
`,
  /** boxes the accumulator in a pair every iteration */
  pairs: `
func main 1 6
  loadk r1, 0
  loadk r4, 0
  pair r2, r4, r4      ; box = (acc . count)
loop:
  lt r3, r1, r0
  jmpf r3, done
  fst r4, r2
  add r4, r4, r1
  snd r5, r2
  loadk r3, 1
  add r5, r5, r3
  pair r2, r4, r5
  add r1, r1, r3
  jmp loop
done:
  print r2
  ret r1
end
`,
  /** calls a small function every iteration */
  calls: `
func main 1 5
  loadk r1, 0
  loadk r2, 0
loop:
  lt r3, r1, r0
  jmpf r3, done
  call r4, step, r1, 2
  add r2, r2, r4
  loadk r3, 1
  add r1, r1, r3
  jmp loop
done:
  print r2
  ret r2
end
func step 2 4          ; step(i, acc) = i*i mod 7, with a branch
  mul r2, r0, r0
  loadk r3, 7
  div r2, r2, r3
  mul r2, r2, r3
  mul r3, r0, r0
  sub r2, r3, r2
  ret r2
end
`,
  /** a data-dependent branch: every third iteration takes the other path */
  branches: `
func main 1 7
  loadk r1, 0
  loadk r2, 0
  loadk r5, 3
  loadk r6, 1
loop:
  lt r3, r1, r0
  jmpf r3, done
  div r4, r1, r5
  mul r4, r4, r5
  sub r4, r1, r4      ; i mod 3
  jmpf r4, third
  add r2, r2, r1
  jmp next
third:
  sub r2, r2, r6
next:
  add r1, r1, r6
  jmp loop
done:
  print r2
  ret r2
end
`,
  /** divides by a value that reaches zero inside the hot loop; the handler counts the error */
  errors: `
func main 1 8
  loadk r1, 0
  loadk r2, 0
  loadk r6, 1
  loadk r7, 0
loop:
  lt r3, r1, r0
  jmpf r3, done
  loadk r4, 5000
  sub r4, r4, r1      ; 5000 - i: zero once
  loadk r5, 1000000
try:
  div r4, r5, r4
tried:
  add r2, r2, r4
next:
  add r1, r1, r6
  jmp loop
caught:
  print r5
  add r7, r7, r6
  jmp next
done:
  print r7
  print r2
  ret r2
  handle try, tried, caught, r5
end
`,
  /** sieve of Eratosthenes: arrays and nested loops */
  sieve: `
func main 1 8
  newarr r1, r0
  loadk r2, 2         ; i
  loadk r3, 0         ; count
  loadk r7, 1
outer:
  lt r4, r2, r0
  jmpf r4, done
  geta r4, r1, r2
  jmpf r4, prime
  jmp nexti
prime:
  add r3, r3, r7
  add r5, r2, r2      ; j = 2i
inner:
  lt r4, r5, r0
  jmpf r4, nexti
  seta r1, r5, r7
  add r5, r5, r2
  jmp inner
nexti:
  add r2, r2, r7
  jmp outer
done:
  print r3
  ret r3
end
`,
  /** naive recursive Fibonacci: no loop, only calls (function traces; recursion aborts) */
  fib: `
func main 1 2
  call r1, fib, r0, 1
  print r1
  ret r1
end
func fib 1 4
  loadk r1, 2
  lt r2, r0, r1
  jmpf r2, rec
  ret r0
rec:
  loadk r1, 1
  sub r2, r0, r1
  call r3, fib, r2, 1
  sub r2, r2, r1
  call r2, fib, r2, 1
  add r3, r3, r2
  ret r3
end
`,
  /** a hot function without a loop of its own, called from main's loop */
  poly: `
func main 1 5
  loadk r1, 0
  loadk r2, 0
  loadk r4, 1
loop:
  lt r3, r1, r0
  jmpf r3, done
  call r3, poly, r1, 1
  add r2, r2, r3
  add r1, r1, r4
  jmp loop
done:
  print r2
  ret r2
end
func poly 1 4          ; 3x^2 + 2x + 1, or -x for multiples of 4
  loadk r1, 4
  div r2, r0, r1
  mul r2, r2, r1
  sub r2, r0, r2
  jmpf r2, neg
  mul r1, r0, r0
  loadk r2, 3
  mul r1, r1, r2
  loadk r2, 2
  mul r3, r0, r2
  add r1, r1, r3
  loadk r2, 1
  add r1, r1, r2
  ret r1
neg:
  loadk r1, 0
  sub r1, r1, r0
  ret r1
end
`,
} as const;

export type ProgramName = keyof typeof PROGRAMS;
