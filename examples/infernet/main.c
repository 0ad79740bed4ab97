/* infernet: the example program of an Infernet container (docs/coprocessor.md,
 * "Infernet"). It squares a number, in the packed form an Infernet node
 * delivers to a Coordinator consumer:
 *
 *   onchain input = abi.encode(bytes rawInput, bytes processedInput)
 *                   rawInput = abi.encode(uint256 n), processedInput empty
 *   output        = abi.encode(bytes rawOutput, bytes processedOutput)
 *                   rawOutput = abi.encode(uint256 n*n), processedOutput empty
 *
 * Both are 160 bytes: five 32-byte ABI words (the two offsets 0x40 and 0x80,
 * the length 32, the value, the length 0). ABI words are big-endian and
 * zk_read_onchain / zk_write_output move little-endian u32 words, so the last
 * byte of an ABI word is the high byte of its eighth u32 word. n must be
 * below 2^32 (n*n then fits 64 bits). Exit code 1 when the input is anything
 * but this encoding (its length, every byte of the offsets and lengths, n's
 * high bytes).
 *
 * Straight-line code of 225 steps, so that a run fits the smallest
 * proof class (2^8 steps): every system call names its number in a7, which
 * the calls below load once per kind instead of once per call (`sys`), and
 * the 80 words are read and written without a loop. */
#include "zkvm.h"

static inline uint32_t bswap32(uint32_t x) {
  return x << 24 | (x & 0xff00) << 8 | (x >> 8 & 0xff00) | x >> 24;
}

int main(void) {
  if (zk_onchain_len() != 160) return 1;

  register uint32_t sys __asm__("a7") = ZK_SYS_READ_ONCHAIN;
  /* Word i of the onchain input; ZK_SYS_READ_ONCHAIN must be in sys. */
#define R(i) ({                                                   \
  register uint32_t a0 __asm__("a0") = (i);                       \
  __asm__ volatile("ecall" : "+r"(a0), "+r"(sys));                \
  a0; })
  /* Word i XOR the value it must have: 0 when it has it. */
#define Z(i) R(i)
#define E(i, v) (R(i) ^ (v))
  uint32_t bad = Z(0) | Z(1) | Z(2) | Z(3) | Z(4) | Z(5) | Z(6) | E(7, 0x40000000u)    /* offset 0x40 */
                 | Z(8) | Z(9) | Z(10) | Z(11) | Z(12) | Z(13) | Z(14) | E(15, 0x80000000u) /* offset 0x80 */
                 | Z(16) | Z(17) | Z(18) | Z(19) | Z(20) | Z(21) | Z(22) | E(23, 0x20000000u) /* length 32 */
                 | Z(24) | Z(25) | Z(26) | Z(27) | Z(28) | Z(29) | Z(30)                   /* n < 2^32 */
                 | Z(32) | Z(33) | Z(34) | Z(35) | Z(36) | Z(37) | Z(38) | Z(39);          /* length 0 */
  uint32_t n = bswap32(R(31)); /* n's low 4 bytes, big-endian */
  if (bad) return 1;
  uint64_t sq = (uint64_t)n * n;

  sys = ZK_SYS_WRITE_OUTPUT;
  /* Appends the word in w to the output; ZK_SYS_WRITE_OUTPUT must be in sys.
   * WRITE_OUTPUT leaves a0 as it is, so a run of equal words is one ecall
   * each. */
  register uint32_t w __asm__("a0") = 0;
#define W() __asm__ volatile("ecall" : "+r"(w), "+r"(sys))
#define W7() do { W(); W(); W(); W(); W(); W(); W(); } while (0)
  W7(); w = 0x40000000u; W(); /* offset of rawOutput (0x40) */
  w = 0; W7(); w = 0x80000000u; W(); /* offset of processedOutput (0x80) */
  w = 0; W7(); w = 0x20000000u; W(); /* rawOutput: 32 bytes */
  w = 0; W(); W(); W(); W(); W(); W(); /* n*n, big-endian */
  w = bswap32((uint32_t)(sq >> 32)); W();
  w = bswap32((uint32_t)sq); W();
  w = 0; W7(); W(); /* processedOutput: 0 bytes */
  return 0;
}
