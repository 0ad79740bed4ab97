/* fibonacci: onchain input = n (one little-endian u32 word); output fib(n)
 * mod 2^32 (fib(0) = 0, fib(1) = 1). About 5 + 4n cycles of loop. Exit code 1
 * when the input is not exactly one word. */
#include "zkvm.h"

int main(void) {
  if (zk_onchain_len() != 4) return 1;
  uint32_t n = zk_read_onchain(0);
  uint32_t a = 0, b = 1;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t t = a + b;
    a = b;
    b = t;
  }
  zk_write_output(a);
  return 0;
}
