/* fault: stops the run on purpose, to show (and test) how faults look.
 * Onchain input: an optional u32 mode (default 0):
 *   0 misaligned load (LW at 0x20001)
 *   1 out-of-range store (SW at 0x40000000, past the end of RAM)
 *   2 jump outside the image (call to 0x00300000)
 *   3 EBREAK
 * Every mode stops the run with an error naming the pc and instruction; it
 * never halts normally. */
#include "zkvm.h"

int main(void) {
  uint32_t mode = zk_onchain_len() >= 4 ? zk_read_onchain(0) : 0;
  switch (mode) {
  case 0:
    return (int)*(volatile uint32_t *)0x20001;
  case 1:
    *(volatile uint32_t *)0x40000000 = 1;
    return 0;
  case 2: {
    void (*volatile f)(void) = (void (*)(void))0x00300000;
    f();
    return 0;
  }
  default:
    __asm__ volatile("ebreak");
    return 0;
  }
}
