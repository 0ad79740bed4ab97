/* keccak256x: output = Ethereum's keccak256 digest (32 bytes) of the
 * offchain input, as examples/keccak256, but hashed with the KECCAK_F
 * precompile (zk_keccak256 in guest/runtime.c): one step per 136-byte block
 * instead of tens of thousands. The input is read word by word with
 * READ_OFFCHAIN into a static buffer (RAM, not the image), so any length up
 * to the executor's offchain limit (1 MiB) works. */
#include "zkvm.h"

static uint32_t buf[ZK_MAX_OFFCHAIN_BYTES / 4];

int main(void) {
  uint32_t len = zk_offchain_len();
  zk_read_offchain_words(buf, (len + 3) / 4);
  uint32_t digest[8]; /* aligned: the digest's bytes, written as words */
  zk_keccak256(buf, len, (uint8_t *)digest);
  for (int k = 0; k < 8; k++) zk_write_output(digest[k]);
  return 0;
}
