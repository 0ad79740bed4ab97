/* sort: onchain input = an array of at most 64 little-endian u32 words;
 * output = the same words in ascending (unsigned) order. Insertion sort, so
 * the cycle count grows with the input's disorder (up to ~n^2). Exit code 1
 * when the input length is not a multiple of 4. */
#include "zkvm.h"

static uint32_t a[64];

int main(void) {
  uint32_t len = zk_onchain_len();
  if (len % 4 != 0) return 1;
  uint32_t n = len / 4;
  for (uint32_t i = 0; i < n; i++) a[i] = zk_read_onchain(i);
  for (uint32_t i = 1; i < n; i++) {
    uint32_t x = a[i];
    uint32_t j = i;
    while (j > 0 && a[j - 1] > x) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = x;
  }
  for (uint32_t i = 0; i < n; i++) zk_write_output(a[i]);
  return 0;
}
