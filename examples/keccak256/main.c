/* keccak256: output = Ethereum's keccak256 digest (32 bytes) of the offchain
 * input: Keccak-256 with Keccak's padding (0x01 ... 0x80, rate 136 bytes),
 * not SHA3-256. Plain C, Keccak-f[1600] in software on 64-bit lanes,
 * streaming: the input is read word by word with READ_OFFCHAIN, so any
 * length up to the executor's offchain limit (1 MiB) works. Cycles grow
 * linearly with the input, about 25,000 per 136-byte block. */
#include "zkvm.h"

static const uint64_t RC[24] = {
    0x0000000000000001ull, 0x0000000000008082ull, 0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull, 0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull, 0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull, 0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull, 0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull, 0x0000000080000001ull, 0x8000000080008008ull,
};

/* The state: 25 lanes in the order x + 5y. */
static uint64_t A[25];

static inline uint64_t rol(uint64_t x, unsigned n) { return x << n | x >> (64 - n); }

/* Keccak-f[1600] (FIPS 202, Keccak-p[1600, 24]). */
static void keccakf(void) {
  uint64_t c[5], d[5], t;
  for (int r = 0; r < 24; r++) {
    /* θ */
    for (int x = 0; x < 5; x++) c[x] = A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20];
    d[0] = c[4] ^ rol(c[1], 1);
    d[1] = c[0] ^ rol(c[2], 1);
    d[2] = c[1] ^ rol(c[3], 1);
    d[3] = c[2] ^ rol(c[4], 1);
    d[4] = c[3] ^ rol(c[0], 1);
    for (int y = 0; y < 25; y += 5)
      for (int x = 0; x < 5; x++) A[y + x] ^= d[x];
    /* ρ and π in one walk over the lanes, from lane 1: lane j takes t (the
     * lane displaced just before) rotated left by n, and t becomes lane j's
     * old value. Constant rotations: cheap on 32-bit registers. */
    t = A[1];
#define RHO_PI(j, n) u = A[j], A[j] = rol(t, n), t = u;
    uint64_t u;
    RHO_PI(10, 1) RHO_PI(7, 3) RHO_PI(11, 6) RHO_PI(17, 10) RHO_PI(18, 15) RHO_PI(3, 21)
    RHO_PI(5, 28) RHO_PI(16, 36) RHO_PI(8, 45) RHO_PI(21, 55) RHO_PI(24, 2) RHO_PI(4, 14)
    RHO_PI(15, 27) RHO_PI(23, 41) RHO_PI(19, 56) RHO_PI(13, 8) RHO_PI(12, 25) RHO_PI(2, 43)
    RHO_PI(20, 62) RHO_PI(14, 18) RHO_PI(22, 39) RHO_PI(9, 61) RHO_PI(6, 20) RHO_PI(1, 44)
#undef RHO_PI
    /* χ */
    for (int y = 0; y < 25; y += 5) {
      uint64_t b0 = A[y], b1 = A[y + 1], b2 = A[y + 2], b3 = A[y + 3], b4 = A[y + 4];
      A[y] = b0 ^ (~b1 & b2);
      A[y + 1] = b1 ^ (~b2 & b3);
      A[y + 2] = b2 ^ (~b3 & b4);
      A[y + 3] = b3 ^ (~b4 & b0);
      A[y + 4] = b4 ^ (~b0 & b1);
    }
    /* ι */
    A[0] ^= RC[r];
  }
}

int main(void) {
  uint32_t len = zk_offchain_len();
  uint32_t full = len / 136; /* whole blocks of 34 words */
  for (uint32_t b = 0; b < full; b++) {
    for (int i = 0; i < 34; i++) A[i / 2] ^= (uint64_t)zk_read_offchain(b * 34 + i) << (32 * (i % 2));
    keccakf();
  }
  /* The tail (rest < 136 bytes), 0x01, zeros, 0x80 in the block's last byte. */
  uint8_t tail[136];
  memset(tail, 0, sizeof tail);
  uint32_t rest = len - full * 136;
  for (uint32_t i = 0; i < rest; i += 4) {
    uint32_t w = zk_read_offchain(full * 34 + i / 4);
    for (uint32_t k = 0; k < 4 && i + k < rest; k++) tail[i + k] = (uint8_t)(w >> (8 * k));
  }
  tail[rest] ^= 0x01;
  tail[135] ^= 0x80;
  for (int i = 0; i < 136; i++) A[i / 8] ^= (uint64_t)tail[i] << (8 * (i % 8));
  keccakf();
  /* The digest: the first 32 bytes of the state, lanes little-endian. */
  for (int i = 0; i < 8; i++) zk_write_output((uint32_t)(A[i / 2] >> (32 * (i % 2))));
  return 0;
}
