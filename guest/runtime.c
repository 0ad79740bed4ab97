/* zkVM guest runtime: the few C library functions that the compiler may call
 * on its own (structure copies, array initialisers), and SHA-256 with the
 * precompile. No other libc. */
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

/* Big-endian word of 4 bytes. */
static inline uint32_t zk_be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

void zk_sha256(const void *data, size_t len, uint8_t out[32]) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  uint32_t w[16];
  const uint8_t *p = data;
  size_t n = len;
  for (; n >= 64; n -= 64, p += 64) {
    for (int i = 0; i < 16; i++) w[i] = zk_be32(p + 4 * i);
    zk_sha256_compress(h, w);
  }
  /* The tail (n < 64 bytes), 0x80, zeros and the bit length (FIPS 180-4,
   * 5.1.1), in one block or, when n >= 56, two. */
  for (int i = 0; i < 16; i++) w[i] = 0;
  for (size_t i = 0; i < n; i++) w[i / 4] |= (uint32_t)p[i] << (24 - 8 * (i % 4));
  w[n / 4] |= 0x80u << (24 - 8 * (n % 4));
  if (n >= 56) {
    zk_sha256_compress(h, w);
    for (int i = 0; i < 16; i++) w[i] = 0;
  }
  w[14] = (uint32_t)len >> 29;
  w[15] = (uint32_t)len << 3;
  zk_sha256_compress(h, w);
  for (int i = 0; i < 8; i++) {
    out[4 * i] = (uint8_t)(h[i] >> 24);
    out[4 * i + 1] = (uint8_t)(h[i] >> 16);
    out[4 * i + 2] = (uint8_t)(h[i] >> 8);
    out[4 * i + 3] = (uint8_t)h[i];
  }
}
