package relayer

import (
	"math/big"

	"github.com/prometheus/client_golang/prometheus"
)

// Collector exports the manager's state as Prometheus metrics:
// zkprover_relay_transactions{state} (records per state), zkprover_relay_attempts (hashes sent),
// zkprover_relay_nonce_lost (nonces taken by another sender), zkprover_relay_failed{class} and
// zkprover_relay_sender_balance_wei (the relayer account's balance, read at most every 15 s;
// absent until read).
func (m *Manager) Collector() prometheus.Collector { return collector{m} }

type collector struct{ m *Manager }

var (
	descTxs      = prometheus.NewDesc("zkprover_relay_transactions", "Relay records by state.", []string{"state"}, nil)
	descAttempts = prometheus.NewDesc("zkprover_relay_attempts", "Signed transactions sent for the relay records kept (replacements included; a gauge: records are deleted twice the retention after they end).", nil, nil)
	descLost     = prometheus.NewDesc("zkprover_relay_nonce_lost", "Times the kept relay records' nonces were taken by another transaction of the sender (a gauge, as zkprover_relay_attempts).", nil, nil)
	descFailed   = prometheus.NewDesc("zkprover_relay_failed", "Failed relay records by failure class.", []string{"class"}, nil)
	descBalance  = prometheus.NewDesc("zkprover_relay_sender_balance_wei", "Balance of the relayer's account (wei), read every 15 s (it keeps its last reading while the chain does not answer): alert well before deliveries wait for funds (zkprover_relay_waiting_for_funds).", nil, nil)
	descWaiting  = prometheus.NewDesc("zkprover_relay_waiting_for_funds", "Deliveries not ended that wait for the relayer account's balance: a first attempt not sent, or a fee replacement not made, for want of funds. Alert when above 0.", nil, nil)
)

func (c collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- descTxs
	ch <- descAttempts
	ch <- descLost
	ch <- descFailed
	ch <- descBalance
	ch <- descWaiting
}

func (c collector) Collect(ch chan<- prometheus.Metric) {
	c.m.mu.Lock()
	var balance *big.Int
	if c.m.shown != nil {
		balance = new(big.Int).Set(c.m.shown)
	}
	states := map[State]int{Pending: 0, Sent: 0, Confirmed: 0, AlreadyDone: 0, Failed: 0}
	classes := map[Class]int{Reverted: 0, OutOfBudget: 0, Refused: 0}
	attempts, lost, waiting := 0, 0, 0
	for _, t := range c.m.txs {
		if t.Class == OutOfBudget && (t.State == Pending || t.State == Sent) {
			waiting++
		}
		states[t.State]++
		attempts += len(t.Attempts)
		lost += t.NonceLost
		if t.State == Failed {
			classes[t.Class]++
		}
	}
	c.m.mu.Unlock()
	for s, n := range states {
		ch <- prometheus.MustNewConstMetric(descTxs, prometheus.GaugeValue, float64(n), string(s))
	}
	for k, n := range classes {
		ch <- prometheus.MustNewConstMetric(descFailed, prometheus.GaugeValue, float64(n), string(k))
	}
	ch <- prometheus.MustNewConstMetric(descAttempts, prometheus.GaugeValue, float64(attempts))
	ch <- prometheus.MustNewConstMetric(descLost, prometheus.GaugeValue, float64(lost))
	ch <- prometheus.MustNewConstMetric(descWaiting, prometheus.GaugeValue, float64(waiting))
	if balance != nil {
		f, _ := new(big.Float).SetInt(balance).Float64()
		ch <- prometheus.MustNewConstMetric(descBalance, prometheus.GaugeValue, f)
	}
}
