/* zkvm.h: system calls of the zkprover zkVM for C guests (docs/zkvm.md,
 * docs/programs.md). Build with guest/start.S, guest/runtime.c and
 * guest/link.ld; write `int main(void)`, whose return value is the exit code.
 *
 * ABI: ECALL with the call number in a7, arguments in a0 and a1, result in
 * a0. Every call is one step. A bad call stops the run with an error. */
#ifndef ZKVM_H
#define ZKVM_H

#include <stddef.h>
#include <stdint.h>

#define ZK_SYS_HALT 0          /* a0 = exit code; never returns */
#define ZK_SYS_READ_ONCHAIN 1  /* a0 = word index -> a0 = word (LE, zero-padded) */
#define ZK_SYS_READ_OFFCHAIN 2 /* a0 = word index -> a0 = word */
#define ZK_SYS_READ_CONTEXT 3  /* a0 = field -> a0 = value */
#define ZK_SYS_WRITE_OUTPUT 4  /* a0 = word, appended to the output (max 64 words) */
#define ZK_SYS_STATE_GET 5     /* a0 = key -> a0 = value (0 when absent) */
#define ZK_SYS_STATE_SET 6     /* a0 = key, a1 = value (0 removes the key) */
#define ZK_SYS_LOG 7           /* a0 = pointer, a1 = length (max 1024 bytes) */
#define ZK_SYS_SHA256_COMPRESS 8 /* a0 = state (8 words, updated), a1 = block (16 words) */
#define ZK_SYS_KECCAK_F 9        /* a0 = the 25 lanes of Keccak-f[1600] (50 words, permuted) */

/* Fields of ZK_SYS_READ_CONTEXT. */
#define ZK_CTX_ONCHAIN_LEN 0  /* onchain input length in bytes */
#define ZK_CTX_OFFCHAIN_LEN 1 /* offchain input length in bytes */
#define ZK_CTX_CHAIN_ID_LO 2
#define ZK_CTX_CHAIN_ID_HI 3
#define ZK_CTX_TIMESTAMP_LO 4
#define ZK_CTX_TIMESTAMP_HI 5
#define ZK_CTX_BATCH_LO 6
#define ZK_CTX_BATCH_HI 7
#define ZK_CTX_SEQUENCER 8 /* 8..12: the 20-byte address as 5 big-endian words */

/* Limits of a run (isa/isa.go; a Go test keeps these in step). */
#define ZK_MAX_ONCHAIN_BYTES 256
#define ZK_MAX_OUTPUT_WORDS 64
#define ZK_MAX_LOG_LINE 1024         /* bytes of one zk_log call */
#define ZK_MAX_LOG_BYTES 65536       /* bytes of all zk_log calls of a run */
#define ZK_MAX_OFFCHAIN_BYTES 1048576
#define ZK_MAX_STATE_ENTRIES 4096    /* non-zero state entries at any time */
#define ZK_MAX_MEMORY_BYTES 268435456 /* RAM in use, counted in 16 KiB pages, image included */

/* Memory layout: RAM is [0, ZK_RAM_SIZE); the stack starts at ZK_STACK_TOP. */
#define ZK_RAM_SIZE 0x40000000u
#define ZK_STACK_TOP 0x40000000u

static inline uint32_t zk_ecall(uint32_t num, uint32_t arg0, uint32_t arg1) {
  register uint32_t a0 __asm__("a0") = arg0;
  register uint32_t a1 __asm__("a1") = arg1;
  register uint32_t a7 __asm__("a7") = num;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a7) : "memory");
  return a0;
}

/* Ends the run with the given exit code. */
static inline __attribute__((noreturn)) void zk_halt(uint32_t code) {
  zk_ecall(ZK_SYS_HALT, code, 0);
  __builtin_unreachable();
}

/* Word i of the onchain input (little-endian, the last word zero-padded).
 * i must be below ceil(zk_onchain_len() / 4). */
static inline uint32_t zk_read_onchain(uint32_t i) { return zk_ecall(ZK_SYS_READ_ONCHAIN, i, 0); }

/* Word i of the offchain input; i must be below ceil(zk_offchain_len() / 4). */
static inline uint32_t zk_read_offchain(uint32_t i) { return zk_ecall(ZK_SYS_READ_OFFCHAIN, i, 0); }

/* Words 0..n-1 of the offchain input into dst: one READ_OFFCHAIN step per
 * word plus about 2.5 steps of loop (a7 is set once, four words per turn). */
static inline void zk_read_offchain_words(uint32_t *dst, uint32_t n) {
  register uint32_t a7 __asm__("a7") = ZK_SYS_READ_OFFCHAIN;
  uint32_t i = 0;
  for (; i + 4 <= n; i += 4) {
    register uint32_t r0 __asm__("a0") = i;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(a7) : "memory");
    dst[i] = r0;
    r0 = i + 1;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(a7) : "memory");
    dst[i + 1] = r0;
    r0 = i + 2;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(a7) : "memory");
    dst[i + 2] = r0;
    r0 = i + 3;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(a7) : "memory");
    dst[i + 3] = r0;
  }
  for (; i < n; i++) {
    register uint32_t r0 __asm__("a0") = i;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(a7) : "memory");
    dst[i] = r0;
  }
}

/* A field of the job context (ZK_CTX_*). */
static inline uint32_t zk_context(uint32_t field) { return zk_ecall(ZK_SYS_READ_CONTEXT, field, 0); }

static inline uint32_t zk_onchain_len(void) { return zk_context(ZK_CTX_ONCHAIN_LEN); }
static inline uint32_t zk_offchain_len(void) { return zk_context(ZK_CTX_OFFCHAIN_LEN); }
static inline uint64_t zk_chain_id(void) {
  return (uint64_t)zk_context(ZK_CTX_CHAIN_ID_HI) << 32 | zk_context(ZK_CTX_CHAIN_ID_LO);
}
static inline uint64_t zk_timestamp(void) {
  return (uint64_t)zk_context(ZK_CTX_TIMESTAMP_HI) << 32 | zk_context(ZK_CTX_TIMESTAMP_LO);
}
static inline uint64_t zk_batch(void) {
  return (uint64_t)zk_context(ZK_CTX_BATCH_HI) << 32 | zk_context(ZK_CTX_BATCH_LO);
}

/* Appends one word (4 little-endian bytes) to the output. */
static inline void zk_write_output(uint32_t w) { zk_ecall(ZK_SYS_WRITE_OUTPUT, w, 0); }

/* The state value of key (0 when absent). */
static inline uint32_t zk_state_get(uint32_t key) { return zk_ecall(ZK_SYS_STATE_GET, key, 0); }

/* Sets state[key] = value; value 0 removes the key. */
static inline void zk_state_set(uint32_t key, uint32_t value) { zk_ecall(ZK_SYS_STATE_SET, key, value); }

/* Records len bytes at p as one log line (not part of the proven statement). */
static inline void zk_log(const void *p, uint32_t len) { zk_ecall(ZK_SYS_LOG, (uint32_t)(uintptr_t)p, len); }

/* The SHA-256 compression function (FIPS 180-4, 6.2.2 steps 1 to 4) as one
 * step: state = state + rounds(state, block). The state is the words
 * H0..H7; the block is the 64 message bytes as they lie in memory (FIPS
 * 180-4's big-endian words W0..W15), so data is hashed in place. Both
 * pointers must be 4-aligned, inside RAM and not overlap. */
static inline void zk_sha256_compress(uint32_t state[8], const void *block) {
  register uint32_t a0 __asm__("a0") = (uint32_t)(uintptr_t)state;
  register uint32_t a1 __asm__("a1") = (uint32_t)(uintptr_t)block;
  register uint32_t a7 __asm__("a7") = ZK_SYS_SHA256_COMPRESS;
  __asm__ volatile("ecall" : : "r"(a0), "r"(a1), "r"(a7) : "memory");
}

/* The Keccak-f[1600] permutation (FIPS 202, Keccak-p[1600, 24]) as one
 * step: the 25 lanes, in FIPS 202's order x + 5y, are permuted in place.
 * A lane is a little-endian uint64_t (words 2k and 2k+1 of the 50 words at
 * lanes). The pointer must be 4-aligned and the 200 bytes inside RAM. */
static inline void zk_keccak_f(uint64_t lanes[25]) {
  register uint32_t a0 __asm__("a0") = (uint32_t)(uintptr_t)lanes;
  register uint32_t a7 __asm__("a7") = ZK_SYS_KECCAK_F;
  __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
}

/* Copies up to n bytes of the onchain input into dst; returns the count. */
static inline uint32_t zk_read_onchain_bytes(void *dst, uint32_t n) {
  uint32_t len = zk_onchain_len();
  if (n > len) n = len;
  uint8_t *d = (uint8_t *)dst;
  for (uint32_t i = 0; i < n; i += 4) {
    uint32_t w = zk_read_onchain(i / 4);
    for (uint32_t k = 0; k < 4 && i + k < n; k++) d[i + k] = (uint8_t)(w >> (8 * k));
  }
  return n;
}

/* Writes n bytes as output words, zero-padding the last word. */
static inline void zk_write_output_bytes(const void *src, uint32_t n) {
  const uint8_t *s = (const uint8_t *)src;
  for (uint32_t i = 0; i < n; i += 4) {
    uint32_t w = 0;
    for (uint32_t k = 0; k < 4 && i + k < n; k++) w |= (uint32_t)s[i + k] << (8 * k);
    zk_write_output(w);
  }
}

/* C library functions provided by guest/runtime.c. */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

/* SHA-256 of len bytes at data into out (32 bytes), with the
 * ZK_SYS_SHA256_COMPRESS precompile: one step per 64-byte block. */
void zk_sha256(const void *data, size_t len, uint8_t out[32]);

/* Keccak-256 as Ethereum's keccak256 (padding 0x01 ... 0x80, not SHA3-256's
 * 0x06) of len bytes at data into out (32 bytes), with the ZK_SYS_KECCAK_F
 * precompile: one step per 136-byte block. */
void zk_keccak256(const void *data, size_t len, uint8_t out[32]);

/* Logs a NUL-terminated string. */
static inline void zk_log_str(const char *s) { zk_log(s, (uint32_t)strlen(s)); }

#endif /* ZKVM_H */
