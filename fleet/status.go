package fleet

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
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
	if st.Members, err = f.listMembers(ctx); err != nil {
		return nil, fmt.Errorf("fleet status: %w", err)
	}
	sort.Slice(st.Members, func(a, b int) bool { return st.Members[a].ID < st.Members[b].ID })
	return st, nil
}

// KeySkew describes the classes whose live members prove with different
// segment keys (Member.Keys; members that do not say are left out): ""
// when there is none, else per such class each key digest (shortened)
// and the members with it, as in "class 2^12 keys differ: 3f2a…: b-gpu0,
// c-gpu0; 91c0…: a-1". Such members refuse each other's owners' tasks.
func (s *Status) KeySkew() string {
	byClass := map[int]map[string][]string{}
	for _, m := range s.Members {
		for k, d := range m.Keys {
			if byClass[k] == nil {
				byClass[k] = map[string][]string{}
			}
			byClass[k][d] = append(byClass[k][d], m.ID)
		}
	}
	classes := slices.Sorted(maps.Keys(byClass))
	var parts []string
	for _, k := range classes {
		if len(byClass[k]) < 2 {
			continue
		}
		var groups []string
		for _, d := range slices.Sorted(maps.Keys(byClass[k])) {
			ids := byClass[k][d]
			slices.Sort(ids)
			groups = append(groups, fmt.Sprintf("%s…: %s", shortDigest(d), strings.Join(ids, ", ")))
		}
		parts = append(parts, fmt.Sprintf("class 2^%d keys differ: %s", k, strings.Join(groups, "; ")))
	}
	return strings.Join(parts, "; ")
}
