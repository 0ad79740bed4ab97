/* zkVM guest runtime: the few C library functions that the compiler may call
 * on its own (structure copies, array initialisers), and SHA-256 and
 * Keccak-256 with the precompiles. No other libc. */
#include "zkvm.h"

void *memcpy(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if ((((uintptr_t)d | (uintptr_t)s | n) & 3) == 0) {
    uint32_t *dw = (uint32_t *)d;
    const uint32_t *sw = (const uint32_t *)s;
    for (size_t i = 0; i < n / 4; i++) dw[i] = sw[i];
    return dst;
  }
  for (size_t i = 0; i < n; i++) d[i] = s[i];
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d == s || n == 0) return dst;
  if (d < s) {
    for (size_t i = 0; i < n; i++) d[i] = s[i];
  } else {
    for (size_t i = n; i > 0; i--) d[i - 1] = s[i - 1];
  }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  for (size_t i = 0; i < n; i++) d[i] = (unsigned char)c;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (size_t i = 0; i < n; i++) {
    if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

/* A uint32_t that may alias any object (aligned input and output bytes of
 * zk_sha256 and zk_keccak256). */
typedef uint32_t __attribute__((may_alias)) zk_word;

/* The word with its four bytes in reverse order. */
static inline uint32_t zk_bswap32(uint32_t x) {
  return x >> 24 | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24;
}

void zk_sha256(const void *data, size_t len, uint8_t out[32]) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  uint32_t w[16]; /* an aligned block: the tail, or a copy of unaligned data */
  const uint8_t *p = data;
  size_t n = len;
  for (; n >= 64; n -= 64, p += 64) {
    if (((uintptr_t)p & 3) == 0) {
      zk_sha256_compress(h, p); /* the block is the bytes in memory */
    } else {
      memcpy(w, p, 64);
      zk_sha256_compress(h, w);
    }
  }
  /* The tail (n < 64 bytes), 0x80, zeros and the bit length big-endian
   * (FIPS 180-4, 5.1.1), in one block or, when n >= 56, two. */
  uint8_t *b = (uint8_t *)w;
  for (int i = 0; i < 16; i++) w[i] = 0;
  size_t i = 0;
  if (((uintptr_t)p & 3) == 0) {
    for (; i + 4 <= n; i += 4) w[i / 4] = *(const zk_word *)(p + i);
  }
  for (; i < n; i++) b[i] = p[i];
  b[n] = 0x80;
  if (n >= 56) {
    zk_sha256_compress(h, w);
    for (int k = 0; k < 16; k++) w[k] = 0;
  }
  /* the bit length, big-endian, in bytes 56..63 */
  uint32_t lo = (uint32_t)len << 3, hi = (uint32_t)len >> 29;
  w[14] = zk_bswap32(hi);
  w[15] = zk_bswap32(lo);
  zk_sha256_compress(h, w);
  if (((uintptr_t)out & 3) == 0) {
    for (int k = 0; k < 8; k++) ((zk_word *)out)[k] = zk_bswap32(h[k]);
  } else {
    for (int k = 0; k < 8; k++) {
      out[4 * k] = (uint8_t)(h[k] >> 24);
      out[4 * k + 1] = (uint8_t)(h[k] >> 16);
      out[4 * k + 2] = (uint8_t)(h[k] >> 8);
      out[4 * k + 3] = (uint8_t)h[k];
    }
  }
}

void zk_keccak256(const void *data, size_t len, uint8_t out[32]) {
  /* The state as 50 words: lane k is words 2k (low) and 2k+1 (high). The
   * rate is 136 bytes = 34 words, absorbed little-endian. */
  uint32_t s[50] __attribute__((aligned(8)));
  for (int i = 0; i < 50; i++) s[i] = 0;
  const uint8_t *p = data;
  size_t n = len;
  for (; n >= 136; n -= 136, p += 136) {
    if (((uintptr_t)p & 3) == 0) {
      /* 34 words in two turns of 17 (unrolled: about 4 steps a word) */
      const zk_word *w = (const zk_word *)p;
      for (int h = 0; h < 34; h += 17) {
        uint32_t *d = s + h;
        const zk_word *x = w + h;
        d[0] ^= x[0], d[1] ^= x[1], d[2] ^= x[2], d[3] ^= x[3], d[4] ^= x[4], d[5] ^= x[5];
        d[6] ^= x[6], d[7] ^= x[7], d[8] ^= x[8], d[9] ^= x[9], d[10] ^= x[10], d[11] ^= x[11];
        d[12] ^= x[12], d[13] ^= x[13], d[14] ^= x[14], d[15] ^= x[15], d[16] ^= x[16];
      }
    } else {
      for (int i = 0; i < 136; i++) s[i / 4] ^= (uint32_t)p[i] << (8 * (i % 4));
    }
    zk_keccak_f((uint64_t *)s);
  }
  /* The tail (n < 136 bytes), then Keccak's padding: 0x01 after the
   * message, 0x80 in the last byte of the block (0x81 when they meet). */
  size_t i = 0;
  if (((uintptr_t)p & 3) == 0) {
    for (; i + 4 <= n; i += 4) s[i / 4] ^= *(const zk_word *)(p + i);
  }
  for (; i < n; i++) s[i / 4] ^= (uint32_t)p[i] << (8 * (i % 4));
  s[n / 4] ^= 0x01u << (8 * (n % 4));
  s[33] ^= 0x80u << 24;
  zk_keccak_f((uint64_t *)s);
  if (((uintptr_t)out & 3) == 0) {
    for (int k = 0; k < 8; k++) ((zk_word *)out)[k] = s[k];
  } else {
    for (int k = 0; k < 32; k++) out[k] = (uint8_t)(s[k / 4] >> (8 * (k % 4)));
  }
}
