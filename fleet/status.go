package fleet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/nats-io/nats.go/jetstream"
)

// ClassStatus is the task queue of one segment class (its pull consumer).
type ClassStatus struct {
	Class       int    `json:"class"`
	Consumer    string `json:"consumer"`
	Pending     uint64 `json:"pending"`     // queued, not delivered yet
	InFlight    int    `json:"in_flight"`   // delivered, not acknowledged yet
	Redelivered int    `json:"redelivered"` // of those in flight: delivered more than once
	Waiting     int    `json:"waiting"`     // pull requests of idle workers
}

// Status is a snapshot of the fleet.
type Status struct {
	Server      string        `json:"server"` // the server this client is on
	Classes     []ClassStatus `json:"classes"`
	Pending     uint64        `json:"pending"`
	InFlight    int           `json:"in_flight"`
	Redelivered int           `json:"redelivered"`
	Queued      uint64        `json:"queued"` // messages in the tasks stream (pending + in flight)
	Results     uint64        `json:"results"`
	Witnesses   uint64        `json:"witness_bytes"` // bytes in the witness object store
	Replicas    int           `json:"replicas"`
	Members     []Member      `json:"members"`
}

// Status reads the fleet's queues and members.
func (f *Fleet) Status(ctx context.Context) (*Status, error) {
	st := &Status{Server: f.ConnectedURL()}
	tctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	ti, err := f.tasks.Info(tctx)
	if err != nil {
		return nil, fmt.Errorf("fleet status: tasks stream: %w", err)
	}
	st.Queued, st.Replicas = ti.State.Msgs, ti.Config.Replicas
	ri, err := f.results.Info(tctx)
	if err != nil {
		return nil, fmt.Errorf("fleet status: results stream: %w", err)
	}
	st.Results = ri.State.Msgs
	if os, err := f.objects.Status(tctx); err == nil {
		st.Witnesses = os.Size()
	}
	lister := f.tasks.ListConsumers(tctx)
	for ci := range lister.Info() {
		if !strings.HasPrefix(ci.Name, "prove-c") {
			continue
		}
		var k int
		if _, err := fmt.Sscanf(ci.Name, "prove-c%d", &k); err != nil {
			continue
		}
		cs := ClassStatus{Class: k, Consumer: ci.Name, Pending: ci.NumPending, InFlight: ci.NumAckPending,
			Redelivered: ci.NumRedelivered, Waiting: ci.NumWaiting}
		st.Classes = append(st.Classes, cs)
		st.Pending += cs.Pending
		st.InFlight += cs.InFlight
		st.Redelivered += cs.Redelivered
	}
	if err := lister.Err(); err != nil {
		return nil, fmt.Errorf("fleet status: consumers: %w", err)
	}
	sort.Slice(st.Classes, func(a, b int) bool { return st.Classes[a].Class < st.Classes[b].Class })
	keys, err := f.members.ListKeys(tctx)
	if err != nil {
		return nil, fmt.Errorf("fleet status: members: %w", err)
	}
	defer func() { _ = keys.Stop() }()
	for key := range keys.Keys() {
		e, err := f.members.Get(tctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("fleet status: member %s: %w", key, err)
		}
		var m Member
		if err := json.Unmarshal(e.Value(), &m); err != nil {
			continue
		}
		st.Members = append(st.Members, m)
	}
	sort.Slice(st.Members, func(a, b int) bool { return st.Members[a].ID < st.Members[b].ID })
	return st, nil
}
