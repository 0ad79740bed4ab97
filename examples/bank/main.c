/* bank: a tiny stateful bank. The state maps account ids (u32 keys) to
 * balances (u32 values; an absent key is a zero balance).
 *
 * Onchain input: up to 16 commands of 4 little-endian u32 words each:
 *   op, account, other, amount
 *   op 1 deposit:  balance[account] += amount
 *   op 2 withdraw: balance[account] -= amount
 *   op 3 transfer: balance[account] -= amount; balance[other] += amount
 * (`other` is ignored by deposit and withdraw.)
 *
 * The commands apply all or nothing: they run on a local copy, and only when
 * every one succeeds is the state written (STATE_SET). Output: for every
 * account the commands touch, in order of first mention, the pair
 * (account, new balance). Exit codes: 0 ok; 1 input length not a multiple of
 * 16 bytes; 2 insufficient funds; 3 balance overflow; 4 unknown op. On a
 * non-zero exit the state is unchanged and the output is the index of the
 * failing command. */
#include "zkvm.h"

#define MAX_ACCOUNTS 32

static uint32_t ids[MAX_ACCOUNTS], bal[MAX_ACCOUNTS], orig[MAX_ACCOUNTS];
static uint32_t naccounts;

static uint32_t slot(uint32_t id) {
  for (uint32_t i = 0; i < naccounts; i++)
    if (ids[i] == id) return i;
  if (naccounts == MAX_ACCOUNTS) zk_halt(5); /* cannot happen: 256 input bytes name at most 32 */
  ids[naccounts] = id;
  bal[naccounts] = orig[naccounts] = zk_state_get(id);
  return naccounts++;
}

static int fail(uint32_t code, uint32_t cmd, const char *why) {
  zk_log_str(why);
  zk_write_output(cmd);
  return (int)code;
}

int main(void) {
  uint32_t len = zk_onchain_len();
  if (len % 16 != 0) return fail(1, 0, "input is not a list of 16-byte commands");
  uint32_t n = len / 16;
  for (uint32_t c = 0; c < n; c++) {
    uint32_t op = zk_read_onchain(4 * c), acct = zk_read_onchain(4 * c + 1);
    uint32_t other = zk_read_onchain(4 * c + 2), amount = zk_read_onchain(4 * c + 3);
    uint32_t a = slot(acct);
    switch (op) {
    case 1:
      if (bal[a] + amount < bal[a]) return fail(3, c, "balance overflow");
      bal[a] += amount;
      break;
    case 2:
      if (bal[a] < amount) return fail(2, c, "insufficient funds");
      bal[a] -= amount;
      break;
    case 3: {
      uint32_t b = slot(other);
      if (bal[a] < amount) return fail(2, c, "insufficient funds");
      bal[a] -= amount;
      if (bal[b] + amount < bal[b]) return fail(3, c, "balance overflow");
      bal[b] += amount;
      break;
    }
    default:
      return fail(4, c, "unknown op");
    }
  }
  for (uint32_t i = 0; i < naccounts; i++) {
    if (bal[i] != orig[i]) zk_state_set(ids[i], bal[i]);
    zk_write_output(ids[i]);
    zk_write_output(bal[i]);
  }
  zk_log_str("ok");
  return 0;
}
