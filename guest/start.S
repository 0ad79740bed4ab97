/* zkVM guest start-up code: set the stack pointer, call main, and halt with
 * main's return value as the exit code (HALT = system call 0). */
  .section .text.start, "ax", @progbits
  .globl _start
  .type _start, @function
_start:
  lui   sp, 0x40000        /* sp = StackTop = 0x40000000 */
  call  main
  li    a7, 0              /* HALT, exit code = main's return value in a0 */
  ecall
  .size _start, . - _start
