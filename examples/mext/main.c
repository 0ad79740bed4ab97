/* mext: exercises every M-extension corner case plus shifts, compares and
 * sign extension. Each case runs the real instruction (inline assembly, so the
 * compiler cannot fold it), the results are written as output (one word per
 * case, in the order below), and the exit code is the number of results that
 * differ from the RISC-V specification's values: 0 means all match. */
#include "zkvm.h"

#define RR(op, a, b)                                                        \
  ({                                                                        \
    uint32_t r_;                                                            \
    __asm__ volatile(op " %0, %1, %2" : "=r"(r_) : "r"(a), "r"(b));         \
    r_;                                                                     \
  })
#define RI(op, a, imm)                                                      \
  ({                                                                        \
    uint32_t r_;                                                            \
    __asm__ volatile(op " %0, %1, %2" : "=r"(r_) : "r"(a), "i"(imm));       \
    r_;                                                                     \
  })
#define LD(op, p)                                                           \
  ({                                                                        \
    uint32_t r_;                                                            \
    __asm__ volatile(op " %0, 0(%1)" : "=r"(r_) : "r"(p) : "memory");       \
    r_;                                                                     \
  })

#define MIN 0x80000000u
#define NEG1 0xffffffffu

static volatile uint32_t buf[2];
static uint32_t got[64];
static const uint32_t want[] = {
    /* DIV */ NEG1, MIN, 0xfffffffd, 0xfffffffd, 3, 0,
    /* DIVU */ NEG1, 0x7fffffff, 1, 0,
    /* REM */ 7, 0, 0xffffffff, 1, 0xffffffff, 0xfffffff9,
    /* REMU */ 7, 5, 0, 0xfffffff9,
    /* MUL */ 0x242d2080, 1, 0, MIN,
    /* MULH */ 0, 0x40000000, NEG1, 0, 0x3fffffff,
    /* MULHSU */ NEG1, 1, 0x80000000, 0, NEG1,
    /* MULHU */ 0xfffffffe, 0, 0x7fffffff,
    /* shifts */ 2, 0x08000000, 0xc0000000, NEG1, 1, MIN, 1,
    /* compares */ 1, 0, 1, 1, 1,
    /* loads */ 0xffffff80, 0x80, 0xffff8080, 0x8080, 0x7f, 0x7fff,
};

int main(void) {
  uint32_t n = 0;
  uint32_t zero = 0, one = 1, two = 2, seven = 7, m7 = (uint32_t)-7, neg1 = NEG1, min = MIN;
  /* DIV: by zero, overflow, rounding toward zero both signs, exact, 0/x */
  got[n++] = RR("div", seven, zero);
  got[n++] = RR("div", min, neg1);
  got[n++] = RR("div", m7, two);
  got[n++] = RR("div", seven, (uint32_t)-2);
  got[n++] = RR("div", m7, (uint32_t)-2);
  got[n++] = RR("div", zero, seven);
  /* DIVU */
  got[n++] = RR("divu", seven, zero);
  got[n++] = RR("divu", neg1, two);
  got[n++] = RR("divu", min, min);
  got[n++] = RR("divu", seven, neg1);
  /* REM: by zero returns the dividend, overflow gives 0, sign of dividend */
  got[n++] = RR("rem", seven, zero);
  got[n++] = RR("rem", min, neg1);
  got[n++] = RR("rem", m7, two);
  got[n++] = RR("rem", seven, (uint32_t)-2);
  got[n++] = RR("rem", m7, (uint32_t)-2);
  got[n++] = RR("rem", m7, zero);
  /* REMU */
  got[n++] = RR("remu", seven, zero);
  got[n++] = RR("remu", neg1, (uint32_t)10);
  got[n++] = RR("remu", min, min);
  got[n++] = RR("remu", m7, neg1);
  /* MUL: low word */
  got[n++] = RR("mul", (uint32_t)0x12345678, (uint32_t)0x9abcdef0);
  got[n++] = RR("mul", neg1, neg1);
  got[n++] = RR("mul", min, two);
  got[n++] = RR("mul", min, neg1);
  /* MULH: signed x signed */
  got[n++] = RR("mulh", neg1, neg1);
  got[n++] = RR("mulh", min, min);
  got[n++] = RR("mulh", min, two);
  got[n++] = RR("mulh", seven, zero);
  got[n++] = RR("mulh", (uint32_t)0x7fffffff, (uint32_t)0x7fffffff);
  /* MULHSU: signed x unsigned */
  got[n++] = RR("mulhsu", neg1, neg1);
  got[n++] = RR("mulhsu", two, neg1);
  got[n++] = RR("mulhsu", min, neg1);
  got[n++] = RR("mulhsu", zero, neg1);
  got[n++] = RR("mulhsu", (uint32_t)-2, two);
  /* MULHU: unsigned x unsigned */
  got[n++] = RR("mulhu", neg1, neg1);
  got[n++] = RR("mulhu", neg1, one);
  got[n++] = RR("mulhu", neg1, min);
  /* Shifts: amounts masked to 5 bits */
  got[n++] = RR("sll", one, (uint32_t)33);
  got[n++] = RR("srl", min, (uint32_t)36);
  got[n++] = RR("sra", min, (uint32_t)0xffffffe1);
  got[n++] = RI("srai", min, 31);
  got[n++] = RI("srli", min, 31);
  got[n++] = RI("slli", one, 31);
  got[n++] = RR("sra", one, (uint32_t)32);
  /* Compares */
  got[n++] = RR("slt", neg1, one);
  got[n++] = RR("sltu", neg1, one);
  got[n++] = RI("sltiu", seven, -1); /* immediate sign-extended to 0xffffffff */
  got[n++] = RI("slti", min, 0);
  got[n++] = RR("sltu", zero, seven);
  /* Loads: sign and zero extension */
  buf[0] = 0x7fff8080;
  buf[1] = 0x7fff807f;
  got[n++] = LD("lb", &buf[0]);
  got[n++] = LD("lbu", &buf[0]);
  got[n++] = LD("lh", &buf[0]);
  got[n++] = LD("lhu", &buf[0]);
  got[n++] = LD("lb", &buf[1]);
  got[n++] = LD("lh", (volatile uint8_t *)&buf[0] + 2);

  uint32_t bad = 0;
  if (n != sizeof want / sizeof want[0]) return 100;
  for (uint32_t i = 0; i < n; i++) {
    zk_write_output(got[i]);
    if (got[i] != want[i]) bad++;
  }
  if (bad) zk_log_str("mext: some results differ from the specification");
  return (int)bad;
}
