package node

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkprover/zkprover/auth"
	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/doors/infernet"
	"github.com/zkprover/zkprover/errs"
)

// The Infernet container endpoint's wiring (docs/coprocessor.md, "Infernet"):
// its view of the Coordinator is the chain side's, once that side runs.

// coordinatorView is the Infernet door's Coordinator: intervalStatement read
// through eth_call from the development chain's client, or from a client of
// the configured RPC endpoint; unavailable while the chain side starts.
type coordinatorView struct {
	c *chainSide

	mu     sync.Mutex
	client *ethclient.Client // the configured RPC endpoint's (dialled on first use)
}

// coordinator is the Coordinator's caller: the development chain's, or the configured one's.
func (v *coordinatorView) coordinator(ctx context.Context) (*bindings.CoordinatorCaller, error) {
	if v.c.checker.Load() == nil {
		return nil, fmt.Errorf("%w: the chain side is not running yet (it starts once the proving keys are loaded)", errs.ErrUnavailable)
	}
	var caller bind.ContractCaller
	var coord common.Address
	if dev := v.c.dev.Load(); dev != nil {
		caller, coord = dev.chain.Client(), dev.info.Coordinator
	} else {
		ch := v.c.cfg.Chain
		if ch.Coordinator == "" {
			return nil, fmt.Errorf("%w: no Coordinator configured (coordinator)", errs.ErrNotSupported)
		}
		cl, err := v.dial(ctx)
		if err != nil {
			return nil, err
		}
		caller, coord = cl, common.HexToAddress(ch.Coordinator)
	}
	cc, err := bindings.NewCoordinatorCaller(coord, caller)
	if err != nil {
		return nil, fmt.Errorf("binding the Coordinator at %s: %w", coord.Hex(), err)
	}
	return cc, nil
}

func (v *coordinatorView) IntervalStatement(ctx context.Context, id, interval uint32, node common.Address) (*bindings.IntervalStatement, error) {
	cc, err := v.coordinator(ctx)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, v.c.cfg.Chain.RPCTimeout)
	defer cancel()
	st, err := cc.IntervalStatement(&bind.CallOpts{Context: cctx, From: node}, id, interval, node)
	if err != nil {
		return nil, classifyCall("intervalStatement", err)
	}
	return &st, nil
}

// intervalK and deliveryK encode the Coordinator's keys of an interval and of a node's
// delivery of it (keccak256(abi.encode(subscriptionId, interval[, node]))).
var (
	u32, _    = abi.NewType("uint32", "", nil)
	addrT, _  = abi.NewType("address", "", nil)
	intervalK = abi.Arguments{{Type: u32}, {Type: u32}}
	deliveryK = abi.Arguments{{Type: u32}, {Type: u32}, {Type: addrT}}
)

func (v *coordinatorView) Interval(ctx context.Context, id, interval uint32, node common.Address) (*infernet.Interval, error) {
	cc, err := v.coordinator(ctx)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithTimeout(ctx, v.c.cfg.Chain.RPCTimeout)
	defer cancel()
	opts := &bind.CallOpts{Context: cctx}
	s, err := cc.Subscriptions(opts, id)
	if err != nil {
		return nil, classifyCall("subscriptions", err)
	}
	if s.Owner == (common.Address{}) {
		return nil, fmt.Errorf("no subscription %d on the Coordinator: %w", id, errs.ErrNotFound)
	}
	iv := &infernet.Interval{Cancelled: s.ActiveAt == math.MaxUint32, Frequency: s.Frequency, Period: s.Period, Redundancy: s.Redundancy}
	if iv.Cancelled {
		return iv, nil
	}
	// Reverts while the subscription is not active yet (block.timestamp < activeAt): 0.
	if cur, err := cc.GetSubscriptionInterval(opts, s.ActiveAt, s.Period); err == nil {
		iv.Current = cur
	} else if !strings.Contains(err.Error(), vm.ErrExecutionReverted.Error()) {
		return nil, classifyCall("getSubscriptionInterval", err)
	}
	ik, err := intervalK.Pack(id, interval)
	if err != nil {
		return nil, err
	}
	if iv.Delivered, err = cc.RedundancyCount(opts, crypto.Keccak256Hash(ik)); err != nil {
		return nil, classifyCall("redundancyCount", err)
	}
	dk, err := deliveryK.Pack(id, interval, node)
	if err != nil {
		return nil, err
	}
	if iv.Responded, err = cc.NodeResponded(opts, crypto.Keccak256Hash(dk)); err != nil {
		return nil, classifyCall("nodeResponded", err)
	}
	return iv, nil
}

// dial returns the client of the configured RPC endpoint.
func (v *coordinatorView) dial(ctx context.Context) (*ethclient.Client, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.client != nil {
		return v.client, nil
	}
	dctx, cancel := context.WithTimeout(ctx, v.c.cfg.Chain.RPCTimeout)
	defer cancel()
	cl, err := ethclient.DialContext(dctx, v.c.cfg.Chain.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("%w: connecting to %s: %w", errs.ErrUnavailable, v.c.cfg.Chain.RPCURL, err)
	}
	v.client = cl
	return cl, nil
}

// close closes the dialled client, if any.
func (v *coordinatorView) close() {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.client != nil {
		v.client.Close()
		v.client = nil
	}
}

// classifyCall words a failed intervalStatement call for the error table: an
// unknown subscription is not found, another revert is a bad request, a
// call the chain did not answer is unavailable.
func classifyCall(method string, err error) error {
	if rv, derr := contracts.DecodeRevertError(err); derr == nil {
		if rv.Name == "SubscriptionNotFound" {
			return fmt.Errorf("the Coordinator's %s reverted: %s: %w", method, rv, errs.ErrNotFound)
		}
		return errs.Invalidf("the Coordinator's %s reverted: %s", method, rv)
	}
	if strings.Contains(err.Error(), vm.ErrExecutionReverted.Error()) {
		return errs.Invalidf("the Coordinator's %s reverted: %v", method, err)
	}
	return fmt.Errorf("%w: reading the Coordinator's %s: %w", errs.ErrUnavailable, method, err)
}

// newInfernet builds the Infernet door and its handler behind the token
// guard (the submit role), with the Coordinator view of the chain side.
func (n *Node) newInfernet() (http.Handler, error) {
	o := infernet.Options{Jobs: n.jobs, MaxWait: n.cfg.Jobs.MaxWait, Logger: n.opts.Logger,
		MaxBodyBytes: 2*int64(n.cfg.Queue.MaxRequestBytes) + 64<<10} // hex: two digits a byte
	if n.chain != nil {
		n.coord = &coordinatorView{c: n.chain}
		o.Coordinator = n.coord
	}
	d, err := infernet.New(o)
	if err != nil {
		return nil, err
	}
	return n.guard.HTTPReplying(auth.Submit, d, infernet.GuardReply), nil
}
