package chain

// The contract deliveries: the calldata of JobManager.submitResult,
// JobManager.submitResultForOffchainJob and Coordinator.deliverCompute as relayer requests,
// their relay ids, and the reading of their reverts (ClassifyDelivery, the relayer's
// Options.Classify). The relayer itself knows no contract.

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

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
// (IntervalCompleted, NodeRespondedAlready) is already on chain; anything else is a revert
// whose decoded error becomes the failure reason (a ProofRejected shows the verifier's error).
func ClassifyDelivery(kind string, data []byte) relayer.Verdict {
	if len(data) == 0 {
		return relayer.Verdict{Reason: "execution reverted without a reason"}
	}
	rv, err := contracts.DecodeRevert(data)
	if err != nil {
		return relayer.Verdict{Reason: fmt.Sprintf("execution reverted with unknown data %s", hexutil.Encode(data))}
	}
	reason := formatRevert(rv)
	switch rv.Name {
	case "JobNotPending":
		if len(rv.Args) == 2 {
			if st, ok := rv.Args[1].(uint8); ok {
				switch st {
				case contracts.JobCompleted:
					return relayer.Verdict{Already: true, Reason: "job already completed on chain"}
				case contracts.JobCancelled:
					return relayer.Verdict{Reason: "job cancelled on chain: " + reason}
				}
			}
		}
	case "JobAlreadyExists":
		if kind == KindSubmitOffchainResult {
			return relayer.Verdict{Already: true, Reason: "offchain job already recorded on chain"}
		}
	case "IntervalCompleted":
		if kind == KindDeliverCompute {
			return relayer.Verdict{Already: true, Reason: "interval already answered (redundancy met)"}
		}
	case "NodeRespondedAlready":
		if kind == KindDeliverCompute {
			return relayer.Verdict{Already: true, Reason: "this node already answered the interval"}
		}
	case "ProofRejected":
		if len(rv.Args) == 2 {
			if inner, ok := rv.Args[1].([]byte); ok {
				if in, err := contracts.DecodeRevert(inner); err == nil {
					reason = fmt.Sprintf("ProofRejected(%v, %s)", rv.Args[0], formatRevert(in))
				}
			}
		}
	}
	return relayer.Verdict{Reason: reason}
}

// formatRevert writes a decoded error with its byte arguments in hex.
func formatRevert(rv *contracts.Revert) string {
	parts := make([]string, len(rv.Args))
	for i, a := range rv.Args {
		switch v := a.(type) {
		case [32]byte:
			parts[i] = hexutil.Encode(v[:])
		case []byte:
			parts[i] = hexutil.Encode(v)
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return rv.Name + "(" + strings.Join(parts, ", ") + ")"
}
