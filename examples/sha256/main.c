/* sha256: output = the SHA-256 digest (32 bytes) of the offchain input.
 * Plain C, streaming: the input is read word by word with READ_OFFCHAIN, so
 * any length up to the executor's offchain limit (1 MiB) works. Cycles grow
 * linearly with the input, about 2,700 per 64-byte block. */
#include "zkvm.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t H[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

static inline uint32_t ror(uint32_t x, uint32_t n) { return x >> n | x << (32 - n); }
static inline uint32_t bswap(uint32_t x) {
  return x >> 24 | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24;
}

/* Compresses one block of 16 big-endian words. */
static void compress(const uint32_t *block) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) w[i] = block[i];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
    uint32_t ch = (e & f) ^ (~e & g);
    uint32_t t1 = h + S1 + ch + K[i] + w[i];
    uint32_t S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
    uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint32_t t2 = S0 + maj;
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  H[0] += a; H[1] += b; H[2] += c; H[3] += d;
  H[4] += e; H[5] += f; H[6] += g; H[7] += h;
}

int main(void) {
  uint32_t len = zk_offchain_len();
  uint32_t block[16];
  uint32_t full = len / 64;
  for (uint32_t b = 0; b < full; b++) {
    for (int i = 0; i < 16; i++) block[i] = bswap(zk_read_offchain(b * 16 + i));
    compress(block);
  }
  /* The tail: the remaining bytes, 0x80, zeros, and the bit length. */
  uint8_t tail[128];
  memset(tail, 0, sizeof tail);
  uint32_t rest = len - full * 64;
  for (uint32_t i = 0; i < rest; i += 4) {
    uint32_t w = zk_read_offchain(full * 16 + i / 4);
    for (uint32_t k = 0; k < 4 && i + k < rest; k++) tail[i + k] = (uint8_t)(w >> (8 * k));
  }
  tail[rest] = 0x80;
  uint32_t tlen = rest + 9 <= 64 ? 64 : 128;
  uint32_t bits_hi = len >> 29, bits_lo = len << 3;
  for (int k = 0; k < 4; k++) {
    tail[tlen - 8 + k] = (uint8_t)(bits_hi >> (24 - 8 * k));
    tail[tlen - 4 + k] = (uint8_t)(bits_lo >> (24 - 8 * k));
  }
  for (uint32_t off = 0; off < tlen; off += 64) {
    for (int i = 0; i < 16; i++) {
      const uint8_t *p = tail + off + 4 * i;
      block[i] = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    }
    compress(block);
  }
  for (int i = 0; i < 8; i++) zk_write_output(bswap(H[i]));
  return 0;
}
