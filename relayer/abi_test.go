package relayer_test

import (
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/zkprover/zkprover/contracts/bindings"
)

func bindingsABI() (*abi.ABI, error) { return bindings.JobManagerMetaData.GetAbi() }
