package chain

// The contract deliveries: the calldata of JobManager.submitResult,
// JobManager.submitResultForOffchainJob and Coordinator.deliverCompute as relayer requests,
// their relay ids, the reading of their reverts (ClassifyDelivery, the relayer's
// Options.Classify) and the check of an "already on chain" reading against the contracts'
// state (ConfirmDelivery, the relayer's Options.ConfirmAlready). The relayer itself knows no
// contract.

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkprover/zkprover/contracts"
	"github.com/zkprover/zkprover/contracts/bindings"
	"github.com/zkprover/zkprover/relayer"
)

// Kinds of delivery (relayer.Request.Kind).
const (
	KindSubmitResult         = "jobmanager.submitResult"
	KindSubmitOffchainResult = "jobmanager.submitResultForOffchainJob"
	KindDeliverCompute       = "coordinator.deliverCompute"
)

var (
	jobManagerABI  = mustABI(bindings.JobManagerMetaData.GetAbi())
	coordinatorABI = mustABI(bindings.CoordinatorMetaData.GetAbi())
)

// The Coordinator's keys: keccak256(abi.encode(subscriptionId, interval)) of redundancyCount,
// keccak256(abi.encode(subscriptionId, interval, node)) of nodeResponded.
var (
	intervalKeyArgs = abi.Arguments{{Type: mustType("uint32")}, {Type: mustType("uint32")}}
	nodeKeyArgs     = abi.Arguments{{Type: mustType("uint32")}, {Type: mustType("uint32")}, {Type: mustType("address")}}
)

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(fmt.Sprintf("bridge: generated ABI does not parse: %v", err)) // generated code
	}
	return a
}

// SubmitResult is the delivery of an onchain job's result: JobManager.submitResult(abi.encode(res),
// operatorSig) (operatorSig may be empty when the JobManager does not require it). Its id is
// "job/<job id>"; with ordered set it is ordered behind earlier deliveries to the same consumer.
func SubmitResult(jobManager common.Address, res *contracts.ResultWithMetadata, operatorSig []byte, consumer common.Address, ordered bool) (relayer.Request, error) {
	enc, err := res.Encode()
	if err != nil {
		return relayer.Request{}, err
	}
	data, err := jobManagerABI.Pack("submitResult", enc, nonNil(operatorSig))
	if err != nil {
		return relayer.Request{}, fmt.Errorf("packing submitResult: %w", err)
	}
	return relayer.Request{ID: JobRelayID(res.JobID), To: jobManager, Data: data, Kind: KindSubmitResult, Group: group(consumer, ordered)}, nil
}

// SubmitOffchainResult is the delivery of an offchain job's result:
// JobManager.submitResultForOffchainJob(abi.encode(res), operatorSig, request, requestSig).
func SubmitOffchainResult(jobManager common.Address, res *contracts.OffchainResultWithMetadata, operatorSig, request, requestSig []byte, consumer common.Address, ordered bool) (relayer.Request, error) {
	enc, err := res.Encode()
	if err != nil {
		return relayer.Request{}, err
	}
	data, err := jobManagerABI.Pack("submitResultForOffchainJob", enc, nonNil(operatorSig), nonNil(request), nonNil(requestSig))
	if err != nil {
		return relayer.Request{}, fmt.Errorf("packing submitResultForOffchainJob: %w", err)
	}
	return relayer.Request{ID: JobRelayID(res.JobID), To: jobManager, Data: data, Kind: KindSubmitOffchainResult, Group: group(consumer, ordered)}, nil
}

// DeliverCompute is the delivery of a subscription interval's result:
// Coordinator.deliverCompute(subscriptionId, interval, input, output, abi.encode(proof)). Its id
// is "sub/<id>/<interval>"; deliveries of one subscription are ordered when ordered is set.
// maxGasPrice (the subscription's, in wei) caps the transaction's fee per gas, as the
// Coordinator rejects a delivery whose gas price exceeds it (tx.gasprice > maxGasPrice, so a
// maxGasPrice of 0 admits no transaction that pays for gas: refused here).
func DeliverCompute(coordinator common.Address, subscriptionID, interval uint32, input, output []byte, proof *contracts.ComputeProof, maxGasPrice uint64, ordered bool) (relayer.Request, error) {
	if maxGasPrice == 0 {
		return relayer.Request{}, fmt.Errorf("subscription %d has maxGasPrice 0: the Coordinator refuses every delivery paying more than 0 wei per gas (GasPriceExceeded)", subscriptionID)
	}
	p, err := proof.Encode()
	if err != nil {
		return relayer.Request{}, err
	}
	data, err := coordinatorABI.Pack("deliverCompute", subscriptionID, interval, nonNil(input), nonNil(output), p)
	if err != nil {
		return relayer.Request{}, fmt.Errorf("packing deliverCompute: %w", err)
	}
	g := ""
	if ordered {
		g = fmt.Sprintf("sub/%d", subscriptionID)
	}
	return relayer.Request{ID: SubscriptionRelayID(subscriptionID, interval), To: coordinator, Data: data, Kind: KindDeliverCompute,
		Group: g, MaxFeeCap: new(big.Int).SetUint64(maxGasPrice)}, nil
}

// JobRelayID is the relay id of a JobManager job's result.
func JobRelayID(jobID [32]byte) string { return "job/" + hexutil.Encode(jobID[:]) }

// SubscriptionRelayID is the relay id of a subscription interval's delivery.
func SubscriptionRelayID(subscriptionID, interval uint32) string {
	return fmt.Sprintf("sub/%d/%d", subscriptionID, interval)
}

func group(consumer common.Address, ordered bool) string {
	if !ordered {
		return ""
	}
	return "consumer/" + consumer.Hex()
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ClassifyDelivery (a relayer.Classifier: give it as relayer.Options.Classify) reads the revert
// of a delivery: a job already completed (JobNotPending with
// status Completed, JobAlreadyExists for an offchain job) or an interval already answered
// (IntervalCompleted, NodeRespondedAlready) reads as already on chain; anything else is a
// revert whose decoded error becomes the failure reason (a ProofRejected shows the verifier's
// error). A contract passes a callee's revert data through, so a consumer's callback can
// revert with these very errors while the delivery is still open: the reading is only a
// claim, which ConfirmDelivery (relayer.Options.ConfirmAlready) checks against the contract's
// state.
func ClassifyDelivery(kind string, data []byte) relayer.Verdict {
	if len(data) == 0 {
		return relayer.Verdict{Reason: "execution reverted without a reason"}
	}
	rv, err := contracts.DecodeRevert(data)
	if err != nil {
		return relayer.Verdict{Reason: fmt.Sprintf("execution reverted with unknown data %s", hexutil.Encode(data))}
	}
	reason := rv.String()
	switch rv.Name {
	case "JobNotPending":
		if len(rv.Args) == 2 {
			if st, ok := rv.Args[1].(uint8); ok {
				switch st {
				case contracts.JobCompleted:
					return relayer.Verdict{Already: true, Reason: "job already completed on chain: " + reason}
				case contracts.JobCancelled:
					return relayer.Verdict{Reason: "job cancelled on chain: " + reason}
				}
			}
		}
	case "JobAlreadyExists":
		if kind == KindSubmitOffchainResult {
			return relayer.Verdict{Already: true, Reason: "offchain job already recorded on chain: " + reason}
		}
	case "IntervalCompleted":
		if kind == KindDeliverCompute {
			return relayer.Verdict{Already: true, Reason: "interval already answered (redundancy met): " + reason}
		}
	case "NodeRespondedAlready":
		if kind == KindDeliverCompute {
			return relayer.Verdict{Already: true, Reason: "this node already answered the interval: " + reason}
		}
	case "ProofRejected":
		if len(rv.Args) == 2 {
			if inner, ok := rv.Args[1].([]byte); ok {
				if in, err := contracts.DecodeRevert(inner); err == nil {
					reason = fmt.Sprintf("ProofRejected(%v, %s)", rv.Args[0], in.String())
				}
			}
		}
	}
	return relayer.Verdict{Reason: reason}
}

// ConfirmDelivery returns the relayer's Options.ConfirmAlready for the deliveries of this file
// sent by node (the relayer's sender), reading the contract each transaction calls (Tx.To) at
// the latest block through caller: a JobManager delivery is on chain when getJobMetadata of
// its job id (read from the calldata's result) has status Completed; a deliverCompute when
// the Coordinator holds node's answer to (subscription, interval) (nodeResponded) or the
// interval's redundancy is met (redundancyCount against the subscription's redundancy). Any
// other kind, or calldata that does not decode, is not confirmed. An error: the state could
// not be read.
func ConfirmDelivery(caller ethereum.ContractCaller, node common.Address) relayer.Confirmer {
	return func(ctx context.Context, t *relayer.Tx) (bool, error) {
		switch t.Kind {
		case KindSubmitResult, KindSubmitOffchainResult:
			id, ok := deliveredJobID(t.Kind, t.Data)
			if !ok {
				return false, nil
			}
			out, err := call(ctx, caller, t.To, jobManagerABI, "getJobMetadata", id)
			if err != nil {
				return false, err
			}
			md, ok := abi.ConvertType(out[0], new(bindings.JobMetadata)).(*bindings.JobMetadata)
			if !ok {
				return false, fmt.Errorf("getJobMetadata(%s): unexpected %T", hexutil.Encode(id[:]), out[0])
			}
			return md.Status == contracts.JobCompleted, nil
		case KindDeliverCompute:
			sub, interval, ok := deliveredInterval(t.Data)
			if !ok {
				return false, nil
			}
			nodeKey, err := nodeKeyArgs.Pack(sub, interval, node)
			if err != nil {
				return false, err
			}
			out, err := call(ctx, caller, t.To, coordinatorABI, "nodeResponded", crypto.Keccak256Hash(nodeKey))
			if err != nil {
				return false, err
			}
			if responded, _ := out[0].(bool); responded {
				return true, nil
			}
			out, err = call(ctx, caller, t.To, coordinatorABI, "subscriptions", sub)
			if err != nil {
				return false, err
			}
			if len(out) < 5 {
				return false, fmt.Errorf("subscriptions(%d): %d outputs", sub, len(out))
			}
			owner, _ := out[0].(common.Address)
			redundancy, ok := out[4].(uint16)
			if !ok {
				return false, fmt.Errorf("subscriptions(%d): redundancy is %T", sub, out[4])
			}
			if owner == (common.Address{}) {
				return false, nil // no such subscription: nothing was answered
			}
			key, err := intervalKeyArgs.Pack(sub, interval)
			if err != nil {
				return false, err
			}
			out, err = call(ctx, caller, t.To, coordinatorABI, "redundancyCount", crypto.Keccak256Hash(key))
			if err != nil {
				return false, err
			}
			count, ok := out[0].(uint16)
			if !ok {
				return false, fmt.Errorf("redundancyCount(%d, %d): unexpected %T", sub, interval, out[0])
			}
			return count >= redundancy, nil
		}
		return false, nil
	}
}

// call calls the view method of the contract at to at the latest block and unpacks its outputs
// (at least one).
func call(ctx context.Context, caller ethereum.ContractCaller, to common.Address, a *abi.ABI, method string, args ...interface{}) ([]interface{}, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("packing %s: %w", method, err)
	}
	res, err := caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading %s of %s: %w", method, to.Hex(), err)
	}
	out, err := a.Unpack(method, res)
	if err != nil {
		return nil, fmt.Errorf("reading %s of %s: %w", method, to.Hex(), err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("reading %s of %s: no output", method, to.Hex())
	}
	return out, nil
}

// deliveredJobID reads the job id of a JobManager delivery's calldata: the first field of the
// abi.encode'd result (ResultWithMetadata, OffchainResultWithMetadata), its first argument.
func deliveredJobID(kind string, data []byte) ([32]byte, bool) {
	method := "submitResult"
	if kind == KindSubmitOffchainResult {
		method = "submitResultForOffchainJob"
	}
	m := jobManagerABI.Methods[method]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return [32]byte{}, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) == 0 {
		return [32]byte{}, false
	}
	enc, ok := args[0].([]byte)
	// abi.encode of a tuple with dynamic fields: the tuple's offset, then its head (jobID first).
	if !ok || len(enc) < 64 {
		return [32]byte{}, false
	}
	off := new(big.Int).SetBytes(enc[:32])
	if !off.IsUint64() || off.Uint64() > uint64(len(enc)-32) {
		return [32]byte{}, false
	}
	var id [32]byte
	copy(id[:], enc[off.Uint64():off.Uint64()+32])
	return id, true
}

// deliveredInterval reads the subscription and interval of a deliverCompute's calldata.
func deliveredInterval(data []byte) (sub, interval uint32, ok bool) {
	m := coordinatorABI.Methods["deliverCompute"]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return 0, 0, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) < 2 {
		return 0, 0, false
	}
	sub, ok1 := args[0].(uint32)
	interval, ok2 := args[1].(uint32)
	return sub, interval, ok1 && ok2
}
