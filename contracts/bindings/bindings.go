// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// IntervalStatement is an auto generated low-level Go binding around an user-defined struct.
type IntervalStatement struct {
	ProgramId         [32]byte
	Ctx               StatementContext
	Input             []byte
	OffchainInputHash [32]byte
	OldStateRoot      [32]byte
	Stateful          bool
	MaxProofClass     uint8
}

// JobMetadata is an auto generated low-level Go binding around an user-defined struct.
type JobMetadata struct {
	ProgramID []byte
	MaxCycles uint64
	Consumer  common.Address
	Status    uint8
}

// SequenceJobInputs is an auto generated low-level Go binding around an user-defined struct.
type SequenceJobInputs struct {
	ProgramId    [32]byte
	Ctx          StatementContext
	OnchainInput []byte
	OffchainHash [32]byte
}

// SequenceRange is an auto generated low-level Go binding around an user-defined struct.
type SequenceRange struct {
	ProgramId    [32]byte
	ChainId      uint64
	MaxCycles    uint64
	OldStateRoot [32]byte
	NewStateRoot [32]byte
	OldAcc       [32]byte
	NewAcc       [32]byte
	OldBatch     uint64
	NewBatch     uint64
}

// SequenceRollupBatchData is an auto generated low-level Go binding around an user-defined struct.
type SequenceRollupBatchData struct {
	OnchainInput []byte
	OffchainHash [32]byte
}

// StatementContext is an auto generated low-level Go binding around an user-defined struct.
type StatementContext struct {
	ChainId   uint64
	Timestamp uint64
	BatchNum  uint64
	Sequencer common.Address
}

// StatementPublic is an auto generated low-level Go binding around an user-defined struct.
type StatementPublic struct {
	ProgramId    [32]byte
	Ctx          StatementContext
	OnchainInput []byte
	OffchainHash [32]byte
	OldStateRoot [32]byte
	NewStateRoot [32]byte
	ExitCode     uint32
	Output       []byte
}

// SubscriptionStoreDelivery is an auto generated low-level Go binding around an user-defined struct.
type SubscriptionStoreDelivery struct {
	Node       common.Address
	Redundancy uint16
	ExitCode   uint32
	Output     []byte
}

// SubscriptionTerms is an auto generated low-level Go binding around an user-defined struct.
type SubscriptionTerms struct {
	MaxProofClass        uint8
	Stateful             bool
	InitialStateRoot     [32]byte
	OffchainFromConsumer bool
	OffchainInputHash    [32]byte
}

// BareSignatureConsumerMetaData contains all meta data concerning the BareSignatureConsumer contract.
var BareSignatureConsumerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"highestAllowed\",\"type\":\"uint64\"}],\"name\":\"NonceTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Output\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RequesterSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_NONCE_GAP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptsBareRequestSignatures\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"exitCodes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextOffchainNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRequester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"requesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRequester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516115f33803806115f383398101604081905261002f91610087565b6001600160a01b0393841660805260038054949093166001600160a01b0319909416939093179091553360a05260c0526001600160401b031660e0526100e4565b6001600160a01b0381168114610084575f5ffd5b50565b5f5f5f5f6080858703121561009a575f5ffd5b84516100a581610070565b60208601519094506100b681610070565b6040860151606087015191945092506001600160401b03811681146100d9575f5ffd5b939692955090935050565b60805160a05160c05160e05161149661015d5f395f818161023c015261087801525f81816101c8015261081301525f818161031c015281816107ab015281816109ec0152610dbb01525f81816102780152818161053b01528181610680015281816109000152818161096d0152610d1101526114965ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c80638da5cb5b116100bf578063c072fcad11610079578063c072fcad1461039e578063c4d252f5146103bd578063f0bb3feb146103d0578063f9b3e97f146103e3578063fe6ec4ed146103ea578063ffb727ef146103fd575f5ffd5b80638da5cb5b1461031757806398154d7c1461033e578063ae0c211a1461035d578063b75880a414610370578063b94207d314610383578063bd7084b214610396575f5ffd5b8063376805211161011057806337680521146102375780633df395a314610276578063535fb15e1461029c5780635dd80855146102bc578063623587e3146102d1578063724a9d8e1461030b575f5ffd5b8063025291771461014c578063124dacb31461018357806314df8328146101c35780631626ba7e146101f8578063330d9a0314610224575b5f5ffd5b61016e61015a366004610e80565b60046020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6101ab610191366004610ea0565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161017a565b6101ea7f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161017a565b61020b610206366004610efb565b610405565b6040516001600160e01b0319909116815260200161017a565b6003546101ab906001600160a01b031681565b61025e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161017a565b7f00000000000000000000000000000000000000000000000000000000000000006101ab565b6102af6102aa366004610ea0565b610491565b60405161017a9190610f70565b6102cf6102ca366004610efb565b610530565b005b6102f66102df366004610ea0565b60086020525f908152604090205463ffffffff1681565b60405163ffffffff909116815260200161017a565b61025e64010000000081565b6101ab7f000000000000000000000000000000000000000000000000000000000000000081565b6101ea61034c366004610ea0565b60076020525f908152604090205481565b6102af61036b366004610ea0565b6105de565b6102cf61037e366004610f82565b610675565b6101ea610391366004610fa8565b61079f565b61025e6108c5565b6101ea6103ac366004610ea0565b5f9081526002602052604090205490565b6102cf6103cb366004610ea0565b6108e1565b6102cf6103de366004610fe6565b610962565b600161016e565b6102cf6103f8366004611034565b6109e1565b61025e610a89565b5f5f6104468585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610abe92505050565b90506001600160a01b0381161580159061046d57506003546001600160a01b038281169116145b61047f576001600160e01b0319610488565b630b135d3f60e11b5b95945050505050565b5f8181526001602052604090208054606091906104ad9061106d565b80601f01602080910402602001604051908101604052809291908181526020018280546104d99061106d565b80156105245780601f106104fb57610100808354040283529160200191610524565b820191905f5260205f20905b81548152906001019060200180831161050757829003601f168201915b50505050509050919050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461057957604051631946677d60e31b815260040160405180910390fd5b5f808080610589858701876110b9565b93509350935093506105af87848663ffffffff165f146105a95785610bb8565b84610bb8565b63ffffffff8416156105cb576105c6878583610c26565b6105d5565b6105d58782610c51565b50505050505050565b60066020525f9081526040902080546105f69061106d565b80601f01602080910402602001604051908101604052809291908181526020018280546106229061106d565b801561066d5780601f106106445761010080835404028352916020019161066d565b820191905f5260205f20905b81548152906001019060200180831161065057829003601f168201915b505050505081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106be57604051631946677d60e31b815260040160405180910390fd5b6001603f1b6001600160401b03821610610750575f54600160401b90046001600160401b03166107088282156106f45782610cb6565b61070360016001603f1b6111aa565b610cb6565b806001600160401b0316826001600160401b0316111561074c575f80546fffffffffffffffff00000000000000001916600160401b6001600160401b038516021790555b5050565b5f546001600160401b03166107658282610cb6565b806001600160401b0316826001600160401b0316111561074c575f805467ffffffffffffffff19166001600160401b038416179055505b50565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015906107e85750335f9081526004602052604090205460ff16155b1561080d5760405163e7f1421f60e01b81523360048201526024015b60405180910390fd5b604080517f000000000000000000000000000000000000000000000000000000000000000060208201526108a1910160408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610d0e915050565b5f81815260056020526040902080546001600160a01b031916331790559392505050565b5f80546108dc906001600160401b031660016111c9565b905090565b6108ea81610db0565b6040516305fae14560e41b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690635fae1450906024015f604051808303815f87803b158015610949575f5ffd5b505af115801561095b573d5f5f3e3d5ffd5b5050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109ab57604051631946677d60e31b815260040160405180910390fd5b5f8481526001602052604090206109c383858361123e565b5080156109db575f8481526002602052604090208190555b50505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a2a576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260046020908152604091829020805460ff191685151590811790915591519182527f022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be91015b60405180910390a25050565b5f8054600160401b90046001600160401b03168015610ab257610aad8160016111c9565b610ab8565b6001603f1b5b91505090565b5f8151604114610acf57505f610bb2565b6020820151604083015160608401515f1a601b811015610af757610af4601b826112f7565b90505b8060ff16601b14158015610b0f57508060ff16601c14155b15610b1f575f9350505050610bb2565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610b52575f9350505050610bb2565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610ba2573d5f5f3e3d5ffd5b5050506020604051035193505050505b92915050565b7f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb58214610c21576040516310a7cd5560e01b81527f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb5600482015260248101839052604401610804565b505050565b5f838152600860205260409020805463ffffffff191663ffffffff8416179055610c21838383610e26565b5f828152600660205260409020610c688282611310565b50808051906020012060075f8481526020019081526020015f2081905550817f259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d782604051610a7d9190610f70565b5f610ccf6401000000006001600160401b0384166113ca565b905080836001600160401b03161115610c2157604051639871a71760e01b81526001600160401b03808516600483015282166024820152604401610804565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610d466108c5565b8686866040518563ffffffff1660e01b8152600401610d6894939291906113dd565b6020604051808303815f875af1158015610d84573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610da8919061142b565b949350505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590610dff57505f818152600560205260409020546001600160a01b03163314155b1561079c576040516364cd756160e11b815260048101829052336024820152604401610804565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610e58929190611442565b60405180910390a2505050565b80356001600160a01b0381168114610e7b575f5ffd5b919050565b5f60208284031215610e90575f5ffd5b610e9982610e65565b9392505050565b5f60208284031215610eb0575f5ffd5b5035919050565b5f5f83601f840112610ec7575f5ffd5b5081356001600160401b03811115610edd575f5ffd5b602083019150836020828501011115610ef4575f5ffd5b9250929050565b5f5f5f60408486031215610f0d575f5ffd5b8335925060208401356001600160401b03811115610f29575f5ffd5b610f3586828701610eb7565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e996020830184610f42565b5f60208284031215610f92575f5ffd5b81356001600160401b0381168114610e99575f5ffd5b5f5f60208385031215610fb9575f5ffd5b82356001600160401b03811115610fce575f5ffd5b610fda85828601610eb7565b90969095509350505050565b5f5f5f5f60608587031215610ff9575f5ffd5b8435935060208501356001600160401b03811115611015575f5ffd5b61102187828801610eb7565b9598909750949560400135949350505050565b5f5f60408385031215611045575f5ffd5b61104e83610e65565b915060208301358015158114611062575f5ffd5b809150509250929050565b600181811c9082168061108157607f821691505b60208210810361109f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156110cc575f5ffd5b843563ffffffff811681146110df575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115611107575f5ffd5b8501601f81018713611117575f5ffd5b80356001600160401b03811115611130576111306110a5565b604051601f8201601f19908116603f011681016001600160401b038111828210171561115e5761115e6110a5565b604052818152828201602001891015611175575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115610bb257610bb2611196565b6001600160401b038181168382160190811115610bb257610bb2611196565b601f821115610c215782821115610c2157805f5260205f20601f840160051c602085101561121357505f5b90810190601f840160051c035f5b81811015611236575f83820155600101611221565b505050505050565b6001600160401b03831115611255576112556110a5565b61126983611263835461106d565b836111e8565b5f601f84116001811461129a575f85156112835750838201355b5f19600387901b1c1916600186901b17835561095b565b5f83815260208120601f198716915b828110156112c957868501358255602094850194600190920191016112a9565b50868210156112e5575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff8181168382160190811115610bb257610bb2611196565b81516001600160401b03811115611329576113296110a5565b61133d81611337845461106d565b846111e8565b6020601f82116001811461136f575f83156113585750848201515b5f19600385901b1c1916600184901b17845561095b565b5f84815260208120601f198516915b8281101561139e578785015182556020948501946001909201910161137e565b50848210156113bb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80820180821115610bb257610bb2611196565b6001600160401b0385168152608060208201525f6113fe6080830186610f42565b82810360408401526114108186610f42565b9150506001600160401b038316606083015295945050505050565b5f6020828403121561143b575f5ffd5b5051919050565b63ffffffff83168152604060208201525f610da86040830184610f4256fea2646970667358221220b3b24e5d7c8c8f1c432e500ef5d883ca90e6dee82b0be22c76a469e93684716164736f6c63430008250033",
}

// BareSignatureConsumerABI is the input ABI used to generate the binding from.
// Deprecated: Use BareSignatureConsumerMetaData.ABI instead.
var BareSignatureConsumerABI = BareSignatureConsumerMetaData.ABI

// BareSignatureConsumerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BareSignatureConsumerMetaData.Bin instead.
var BareSignatureConsumerBin = BareSignatureConsumerMetaData.Bin

// DeployBareSignatureConsumer deploys a new Ethereum contract, binding an instance of BareSignatureConsumer to it.
func DeployBareSignatureConsumer(auth *bind.TransactOpts, backend bind.ContractBackend, jobManager_ common.Address, signer common.Address, programID_ [32]byte, maxCycles_ uint64) (common.Address, *types.Transaction, *BareSignatureConsumer, error) {
	parsed, err := BareSignatureConsumerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BareSignatureConsumerBin), backend, jobManager_, signer, programID_, maxCycles_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BareSignatureConsumer{BareSignatureConsumerCaller: BareSignatureConsumerCaller{contract: contract}, BareSignatureConsumerTransactor: BareSignatureConsumerTransactor{contract: contract}, BareSignatureConsumerFilterer: BareSignatureConsumerFilterer{contract: contract}}, nil
}

// BareSignatureConsumer is an auto generated Go binding around an Ethereum contract.
type BareSignatureConsumer struct {
	BareSignatureConsumerCaller     // Read-only binding to the contract
	BareSignatureConsumerTransactor // Write-only binding to the contract
	BareSignatureConsumerFilterer   // Log filterer for contract events
}

// BareSignatureConsumerCaller is an auto generated read-only Go binding around an Ethereum contract.
type BareSignatureConsumerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BareSignatureConsumerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BareSignatureConsumerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BareSignatureConsumerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BareSignatureConsumerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BareSignatureConsumerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BareSignatureConsumerSession struct {
	Contract     *BareSignatureConsumer // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// BareSignatureConsumerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BareSignatureConsumerCallerSession struct {
	Contract *BareSignatureConsumerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// BareSignatureConsumerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BareSignatureConsumerTransactorSession struct {
	Contract     *BareSignatureConsumerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// BareSignatureConsumerRaw is an auto generated low-level Go binding around an Ethereum contract.
type BareSignatureConsumerRaw struct {
	Contract *BareSignatureConsumer // Generic contract binding to access the raw methods on
}

// BareSignatureConsumerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BareSignatureConsumerCallerRaw struct {
	Contract *BareSignatureConsumerCaller // Generic read-only contract binding to access the raw methods on
}

// BareSignatureConsumerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BareSignatureConsumerTransactorRaw struct {
	Contract *BareSignatureConsumerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBareSignatureConsumer creates a new instance of BareSignatureConsumer, bound to a specific deployed contract.
func NewBareSignatureConsumer(address common.Address, backend bind.ContractBackend) (*BareSignatureConsumer, error) {
	contract, err := bindBareSignatureConsumer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumer{BareSignatureConsumerCaller: BareSignatureConsumerCaller{contract: contract}, BareSignatureConsumerTransactor: BareSignatureConsumerTransactor{contract: contract}, BareSignatureConsumerFilterer: BareSignatureConsumerFilterer{contract: contract}}, nil
}

// NewBareSignatureConsumerCaller creates a new read-only instance of BareSignatureConsumer, bound to a specific deployed contract.
func NewBareSignatureConsumerCaller(address common.Address, caller bind.ContractCaller) (*BareSignatureConsumerCaller, error) {
	contract, err := bindBareSignatureConsumer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerCaller{contract: contract}, nil
}

// NewBareSignatureConsumerTransactor creates a new write-only instance of BareSignatureConsumer, bound to a specific deployed contract.
func NewBareSignatureConsumerTransactor(address common.Address, transactor bind.ContractTransactor) (*BareSignatureConsumerTransactor, error) {
	contract, err := bindBareSignatureConsumer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerTransactor{contract: contract}, nil
}

// NewBareSignatureConsumerFilterer creates a new log filterer instance of BareSignatureConsumer, bound to a specific deployed contract.
func NewBareSignatureConsumerFilterer(address common.Address, filterer bind.ContractFilterer) (*BareSignatureConsumerFilterer, error) {
	contract, err := bindBareSignatureConsumer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerFilterer{contract: contract}, nil
}

// bindBareSignatureConsumer binds a generic wrapper to an already deployed contract.
func bindBareSignatureConsumer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BareSignatureConsumerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BareSignatureConsumer *BareSignatureConsumerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BareSignatureConsumer.Contract.BareSignatureConsumerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BareSignatureConsumer *BareSignatureConsumerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.BareSignatureConsumerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BareSignatureConsumer *BareSignatureConsumerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.BareSignatureConsumerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BareSignatureConsumer *BareSignatureConsumerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BareSignatureConsumer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BareSignatureConsumer *BareSignatureConsumerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BareSignatureConsumer *BareSignatureConsumerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.contract.Transact(opts, method, params...)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) MAXNONCEGAP(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "MAX_NONCE_GAP")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerSession) MAXNONCEGAP() (uint64, error) {
	return _BareSignatureConsumer.Contract.MAXNONCEGAP(&_BareSignatureConsumer.CallOpts)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) MAXNONCEGAP() (uint64, error) {
	return _BareSignatureConsumer.Contract.MAXNONCEGAP(&_BareSignatureConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() pure returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) AcceptsBareRequestSignatures(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "acceptsBareRequestSignatures")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() pure returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _BareSignatureConsumer.Contract.AcceptsBareRequestSignatures(&_BareSignatureConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() pure returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _BareSignatureConsumer.Contract.AcceptsBareRequestSignatures(&_BareSignatureConsumer.CallOpts)
}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) ExitCodes(opts *bind.CallOpts, arg0 [32]byte) (uint32, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "exitCodes", arg0)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_BareSignatureConsumer *BareSignatureConsumerSession) ExitCodes(arg0 [32]byte) (uint32, error) {
	return _BareSignatureConsumer.Contract.ExitCodes(&_BareSignatureConsumer.CallOpts, arg0)
}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) ExitCodes(arg0 [32]byte) (uint32, error) {
	return _BareSignatureConsumer.Contract.ExitCodes(&_BareSignatureConsumer.CallOpts, arg0)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) GetNextNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "getNextNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerSession) GetNextNonce() (uint64, error) {
	return _BareSignatureConsumer.Contract.GetNextNonce(&_BareSignatureConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) GetNextNonce() (uint64, error) {
	return _BareSignatureConsumer.Contract.GetNextNonce(&_BareSignatureConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) GetNextOffchainNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "getNextOffchainNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerSession) GetNextOffchainNonce() (uint64, error) {
	return _BareSignatureConsumer.Contract.GetNextOffchainNonce(&_BareSignatureConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) GetNextOffchainNonce() (uint64, error) {
	return _BareSignatureConsumer.Contract.GetNextOffchainNonce(&_BareSignatureConsumer.CallOpts)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) GetOffchainInputHashForJob(opts *bind.CallOpts, jobID [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "getOffchainInputHashForJob", jobID)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _BareSignatureConsumer.Contract.GetOffchainInputHashForJob(&_BareSignatureConsumer.CallOpts, jobID)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _BareSignatureConsumer.Contract.GetOffchainInputHashForJob(&_BareSignatureConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) GetOnchainInputForJob(opts *bind.CallOpts, jobID [32]byte) ([]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "getOnchainInputForJob", jobID)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _BareSignatureConsumer.Contract.GetOnchainInputForJob(&_BareSignatureConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _BareSignatureConsumer.Contract.GetOnchainInputForJob(&_BareSignatureConsumer.CallOpts, jobID)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) IsRequester(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "isRequester", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _BareSignatureConsumer.Contract.IsRequester(&_BareSignatureConsumer.CallOpts, arg0)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _BareSignatureConsumer.Contract.IsRequester(&_BareSignatureConsumer.CallOpts, arg0)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_BareSignatureConsumer *BareSignatureConsumerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _BareSignatureConsumer.Contract.IsValidSignature(&_BareSignatureConsumer.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _BareSignatureConsumer.Contract.IsValidSignature(&_BareSignatureConsumer.CallOpts, hash, signature)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) JobManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "jobManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerSession) JobManager() (common.Address, error) {
	return _BareSignatureConsumer.Contract.JobManager(&_BareSignatureConsumer.CallOpts)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) JobManager() (common.Address, error) {
	return _BareSignatureConsumer.Contract.JobManager(&_BareSignatureConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerSession) MaxCycles() (uint64, error) {
	return _BareSignatureConsumer.Contract.MaxCycles(&_BareSignatureConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) MaxCycles() (uint64, error) {
	return _BareSignatureConsumer.Contract.MaxCycles(&_BareSignatureConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) OffchainSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "offchainSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerSession) OffchainSigner() (common.Address, error) {
	return _BareSignatureConsumer.Contract.OffchainSigner(&_BareSignatureConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) OffchainSigner() (common.Address, error) {
	return _BareSignatureConsumer.Contract.OffchainSigner(&_BareSignatureConsumer.CallOpts)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) OutputHashes(opts *bind.CallOpts, arg0 [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "outputHashes", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _BareSignatureConsumer.Contract.OutputHashes(&_BareSignatureConsumer.CallOpts, arg0)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _BareSignatureConsumer.Contract.OutputHashes(&_BareSignatureConsumer.CallOpts, arg0)
}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) Outputs(opts *bind.CallOpts, arg0 [32]byte) ([]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "outputs", arg0)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerSession) Outputs(arg0 [32]byte) ([]byte, error) {
	return _BareSignatureConsumer.Contract.Outputs(&_BareSignatureConsumer.CallOpts, arg0)
}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) Outputs(arg0 [32]byte) ([]byte, error) {
	return _BareSignatureConsumer.Contract.Outputs(&_BareSignatureConsumer.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerSession) Owner() (common.Address, error) {
	return _BareSignatureConsumer.Contract.Owner(&_BareSignatureConsumer.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) Owner() (common.Address, error) {
	return _BareSignatureConsumer.Contract.Owner(&_BareSignatureConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) ProgramID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "programID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerSession) ProgramID() ([32]byte, error) {
	return _BareSignatureConsumer.Contract.ProgramID(&_BareSignatureConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) ProgramID() ([32]byte, error) {
	return _BareSignatureConsumer.Contract.ProgramID(&_BareSignatureConsumer.CallOpts)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCaller) RequesterOf(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _BareSignatureConsumer.contract.Call(opts, &out, "requesterOf", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _BareSignatureConsumer.Contract.RequesterOf(&_BareSignatureConsumer.CallOpts, arg0)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_BareSignatureConsumer *BareSignatureConsumerCallerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _BareSignatureConsumer.Contract.RequesterOf(&_BareSignatureConsumer.CallOpts, arg0)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) Cancel(opts *bind.TransactOpts, jobID [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "cancel", jobID)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_BareSignatureConsumer *BareSignatureConsumerSession) Cancel(jobID [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.Cancel(&_BareSignatureConsumer.TransactOpts, jobID)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) Cancel(jobID [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.Cancel(&_BareSignatureConsumer.TransactOpts, jobID)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) ReceiveResult(opts *bind.TransactOpts, jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "receiveResult", jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_BareSignatureConsumer *BareSignatureConsumerSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.ReceiveResult(&_BareSignatureConsumer.TransactOpts, jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.ReceiveResult(&_BareSignatureConsumer.TransactOpts, jobID, result)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) Request(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "request", input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_BareSignatureConsumer *BareSignatureConsumerSession) Request(input []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.Request(&_BareSignatureConsumer.TransactOpts, input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) Request(input []byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.Request(&_BareSignatureConsumer.TransactOpts, input)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) SetInputsForJob(opts *bind.TransactOpts, jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "setInputsForJob", jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_BareSignatureConsumer *BareSignatureConsumerSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.SetInputsForJob(&_BareSignatureConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.SetInputsForJob(&_BareSignatureConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) SetRequester(opts *bind.TransactOpts, requester common.Address, allowed bool) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "setRequester", requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_BareSignatureConsumer *BareSignatureConsumerSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.SetRequester(&_BareSignatureConsumer.TransactOpts, requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.SetRequester(&_BareSignatureConsumer.TransactOpts, requester, allowed)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactor) UpdateLatestNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _BareSignatureConsumer.contract.Transact(opts, "updateLatestNonce", nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_BareSignatureConsumer *BareSignatureConsumerSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.UpdateLatestNonce(&_BareSignatureConsumer.TransactOpts, nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_BareSignatureConsumer *BareSignatureConsumerTransactorSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _BareSignatureConsumer.Contract.UpdateLatestNonce(&_BareSignatureConsumer.TransactOpts, nonce)
}

// BareSignatureConsumerJobFailedIterator is returned from FilterJobFailed and is used to iterate over the raw logs and unpacked data for JobFailed events raised by the BareSignatureConsumer contract.
type BareSignatureConsumerJobFailedIterator struct {
	Event *BareSignatureConsumerJobFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BareSignatureConsumerJobFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BareSignatureConsumerJobFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BareSignatureConsumerJobFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BareSignatureConsumerJobFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BareSignatureConsumerJobFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BareSignatureConsumerJobFailed represents a JobFailed event raised by the BareSignatureConsumer contract.
type BareSignatureConsumerJobFailed struct {
	JobID    [32]byte
	ExitCode uint32
	Output   []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterJobFailed is a free log retrieval operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) FilterJobFailed(opts *bind.FilterOpts, jobID [][32]byte) (*BareSignatureConsumerJobFailedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.FilterLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerJobFailedIterator{contract: _BareSignatureConsumer.contract, event: "JobFailed", logs: logs, sub: sub}, nil
}

// WatchJobFailed is a free log subscription operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) WatchJobFailed(opts *bind.WatchOpts, sink chan<- *BareSignatureConsumerJobFailed, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.WatchLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BareSignatureConsumerJobFailed)
				if err := _BareSignatureConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobFailed is a log parse operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) ParseJobFailed(log types.Log) (*BareSignatureConsumerJobFailed, error) {
	event := new(BareSignatureConsumerJobFailed)
	if err := _BareSignatureConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BareSignatureConsumerOutputIterator is returned from FilterOutput and is used to iterate over the raw logs and unpacked data for Output events raised by the BareSignatureConsumer contract.
type BareSignatureConsumerOutputIterator struct {
	Event *BareSignatureConsumerOutput // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BareSignatureConsumerOutputIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BareSignatureConsumerOutput)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BareSignatureConsumerOutput)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BareSignatureConsumerOutputIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BareSignatureConsumerOutputIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BareSignatureConsumerOutput represents a Output event raised by the BareSignatureConsumer contract.
type BareSignatureConsumerOutput struct {
	JobID  [32]byte
	Output []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterOutput is a free log retrieval operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) FilterOutput(opts *bind.FilterOpts, jobID [][32]byte) (*BareSignatureConsumerOutputIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.FilterLogs(opts, "Output", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerOutputIterator{contract: _BareSignatureConsumer.contract, event: "Output", logs: logs, sub: sub}, nil
}

// WatchOutput is a free log subscription operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) WatchOutput(opts *bind.WatchOpts, sink chan<- *BareSignatureConsumerOutput, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.WatchLogs(opts, "Output", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BareSignatureConsumerOutput)
				if err := _BareSignatureConsumer.contract.UnpackLog(event, "Output", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOutput is a log parse operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) ParseOutput(log types.Log) (*BareSignatureConsumerOutput, error) {
	event := new(BareSignatureConsumerOutput)
	if err := _BareSignatureConsumer.contract.UnpackLog(event, "Output", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BareSignatureConsumerRequesterSetIterator is returned from FilterRequesterSet and is used to iterate over the raw logs and unpacked data for RequesterSet events raised by the BareSignatureConsumer contract.
type BareSignatureConsumerRequesterSetIterator struct {
	Event *BareSignatureConsumerRequesterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BareSignatureConsumerRequesterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BareSignatureConsumerRequesterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BareSignatureConsumerRequesterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BareSignatureConsumerRequesterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BareSignatureConsumerRequesterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BareSignatureConsumerRequesterSet represents a RequesterSet event raised by the BareSignatureConsumer contract.
type BareSignatureConsumerRequesterSet struct {
	Requester common.Address
	Allowed   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRequesterSet is a free log retrieval operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) FilterRequesterSet(opts *bind.FilterOpts, requester []common.Address) (*BareSignatureConsumerRequesterSetIterator, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.FilterLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return &BareSignatureConsumerRequesterSetIterator{contract: _BareSignatureConsumer.contract, event: "RequesterSet", logs: logs, sub: sub}, nil
}

// WatchRequesterSet is a free log subscription operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) WatchRequesterSet(opts *bind.WatchOpts, sink chan<- *BareSignatureConsumerRequesterSet, requester []common.Address) (event.Subscription, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _BareSignatureConsumer.contract.WatchLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BareSignatureConsumerRequesterSet)
				if err := _BareSignatureConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRequesterSet is a log parse operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_BareSignatureConsumer *BareSignatureConsumerFilterer) ParseRequesterSet(log types.Log) (*BareSignatureConsumerRequesterSet, error) {
	event := new(BareSignatureConsumerRequesterSet)
	if err := _BareSignatureConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CoordinatorMetaData contains all meta data concerning the Coordinator contract.
var CoordinatorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"ChainIdTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"ClassOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GasLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GasPriceExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntervalCompleted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntervalMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidContainerId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NodeRespondedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubscriptionOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"OffchainInputHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"}],\"name\":\"ProofClassNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StateRootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionCompleted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"SubscriptionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"SubscriptionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"SubscriptionFulfilled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_MAX_PROOF_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELIVERY_OVERHEAD_WEI\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROOF_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"}],\"name\":\"cancelSubscription\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"containerId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"}],\"name\":\"createSubscription\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"containerId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"stateful\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"initialStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"offchainFromConsumer\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSubscriptionTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"createSubscriptionWithTerms\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deliveryInterval\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"deliverCompute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"activeAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"getSubscriptionInterval\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"id\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"intervalContext\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"intervalStatement\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"stateful\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"}],\"internalType\":\"structIntervalStatement\",\"name\":\"st\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"}],\"name\":\"maxCyclesOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"nodeResponded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"programIds\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"redundancyCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"}],\"name\":\"stateRootFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"}],\"name\":\"subscriptionTerms\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"stateful\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"offchainFromConsumer\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"subscriptions\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"activeAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"containerId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a06040525f805463ffffffff1916600117905534801561001e575f5ffd5b5060405161310638038061310683398101604081905261003d9161004e565b6001600160a01b031660805261007b565b5f6020828403121561005e575f5ffd5b81516001600160a01b0381168114610074575f5ffd5b9392505050565b6080516130656100a15f395f818161029d0152818161130e015261181f01526130655ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c8063755ff424116100a9578063af640d0f1161006e578063af640d0f1461030d578063afffb3ff1461031c578063b43edbef1461033b578063bc85694f14610343578063c2e5162014610379575f5ffd5b8063755ff424146102785780637b10399914610298578063836a6cc9146102d757806390b04c15146102ea57806396656b4b146102f3575f5ffd5b80634d9bf22f116100ef5780634d9bf22f146101ca5780636227ebb1146101f25780636d246c18146102125780636e0213321461023d57806373fb5c3a14610250575f5ffd5b8063298f7bdc146101205780632b3944dc1461015757806331e451a9146101945780633eed299c146101a9575b5f5ffd5b61014261012e366004612312565b60016020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b61016a61016536600461233c565b61038c565b6040805160ff9095168552921515602085015290151591830191909152606082015260800161014e565b6101a76101a236600461233c565b6103f8565b005b6101bc6101b7366004612355565b610489565b60405190815260200161014e565b6101dd6101d83660046124db565b610513565b60405163ffffffff909116815260200161014e565b610205610200366004612594565b61055c565b60405161014e919061261f565b61022561022036600461263d565b610609565b6040516001600160401b03909116815260200161014e565b6101a761024b366004612656565b61062f565b61026361025e36600461233c565b61075b565b60405161014e99989796959493929190612740565b61028b610286366004612594565b6108db565b60405161014e91906127c3565b6102bf7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161014e565b6101dd6102e5366004612355565b610aea565b6101bc61dd1881565b6102fb603f81565b60405160ff909116815260200161014e565b5f546101dd9063ffffffff1681565b6101bc61032a36600461233c565b60046020525f908152604090205481565b6102fb601481565b610366610351366004612312565b60026020525f908152604090205461ffff1681565b60405161ffff909116815260200161014e565b6101dd610387366004612839565b610b35565b63ffffffff81165f9081526005602090815260408083208151606081018352905460ff80821680845261010083048216151595840186905262010000909204169282018390529360029092149190826103f0576103ed868260400151610b55565b91505b509193509193565b63ffffffff81165f908152600360205260409020546001600160a01b031633146104355760405163a7fba71160e01b815260040160405180910390fd5b63ffffffff81165f81815260036020526040808220805463ffffffff60a01b191663ffffffff60a01b179055517ff4126e31c182db4c4109605c6d50470fc7e8ca90d62d44fd25cbe049fb9cac3e9190a250565b63ffffffff82165f90815260056020526040812054610100900460ff166104be57505f5160206130105f395f51905f5261050d565b63ffffffff8084165f908152600760205260409020600281015490918481169116148015906104f957506002810154640100000000900460ff165b156105095760010154905061050d565b5490505b92915050565b6040805160a0810182525f6020820181905291810182905260608101829052608081018290526014815261054e8a8a8a8a8a8a8a8a89610ba0565b9a9950505050505050505050565b60408051608080820183525f80835260208084018290528385018290526060840182905263ffffffff88168252600390528390208351918201909352909190806105a4610e13565b6001600160401b0316815282546020909101906105d89063ffffffff600160a01b8204811691600160c01b90041688610e43565b6001600160401b0316815263ffffffff861660208201526001600160a01b0385166040909101529150509392505050565b5f60408260ff161061062357506001600160401b03919050565b50600160ff9091161b90565b5f5a90505f5f5f6106428c8c8c8c610e7e565b9250925092506106588c838c8c8c8c8c8c6111fd565b826001600160a01b031663f8eb7fbd8d8484338f8f8f8f8f8f6040518b63ffffffff1660e01b81526004016106969a99989796959493929190612935565b5f604051808303815f87803b1580156106ad575f5ffd5b505af11580156106bf573d5f5f3e3d5ffd5b5050505063ffffffff8c81165f90815260036020526040902060010154600160401b90041661dd185a6106f290876129c4565b6106fc91906129d7565b111561071b57604051635f48bcd360e11b815260040160405180910390fd5b604051339063ffffffff8e16907fc68fb0ae5cea2793405d29014d881bcda18f67122e0bcd7d0a577e118b64e4c8905f90a3505050505050505050505050565b60036020525f90815260409020805460018201546002830180546001600160a01b0384169463ffffffff600160a01b8604811695600160c01b8104821695600160e01b90910482169461ffff82169465ffffffffffff6201000084041694600160401b909304909316926107ce906129ea565b80601f01602080910402602001604051908101604052809291908181526020018280546107fa906129ea565b80156108455780601f1061081c57610100808354040283529160200191610845565b820191905f5260205f20905b81548152906001019060200180831161082857829003601f168201915b50505050509080600301805461085a906129ea565b80601f0160208091040260200160405190810160405280929190818152602001828054610886906129ea565b80156108d15780601f106108a8576101008083540402835291602001916108d1565b820191905f5260205f20905b8154815290600101906020018083116108b457829003601f168201915b5050505050905089565b6108e361228f565b63ffffffff84165f90815260036020526040902080546001600160a01b031661091f57604051631a00354f60e01b815260040160405180910390fd5b63ffffffff85165f8181526005602090815260408083208151606081018352905460ff8082168352610100820481161515838601526201000090910416818301529383526004909152902054835261097886868661055c565b60208085018290520151600383018054610991906129ea565b90505f03610a1457825460405163962fad7560e01b81526001600160a01b039091169063962fad75906109ce908a908a9086908b90600401612a22565b5f60405180830381865afa1580156109e8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610a0f9190810190612a51565b610aa0565b826003018054610a23906129ea565b80601f0160208091040260200160405190810160405280929190818152602001828054610a4f906129ea565b8015610a9a5780601f10610a7157610100808354040283529160200191610a9a565b820191905f5260205f20905b815481529060010190602001808311610a7d57829003601f168201915b50505050505b8460400181905250610ab88783604001518888611344565b6060850152610ac78787610489565b6080850152506020810151151560a08401525160ff1660c0830152509392505050565b5f8163ffffffff165f03610b005750600161050d565b8163ffffffff168363ffffffff1642610b1991906129c4565b610b239190612ad9565b610b2e906001612aec565b9392505050565b5f61054e8a8a8a8a8a8a8a8a610b50368c90038c018c612b18565b610ba0565b5f60ff8216600114610b87577f11d5b1f3b3a4a5e5d818e088ecf3fa7a31616156c3ef14865e6a60118189eae8610b2e565b505063ffffffff165f9081526006602052604090205490565b5f610100881115610bcc57604051630841f3ab60e01b8152600481018990526024015b60405180910390fd5b5f610bd68b611418565b9050610be1816115b3565b505f5460408051610120810190915233815263ffffffff909116925060208101610c0b8742612aec565b63ffffffff1681526020018663ffffffff1681526020018763ffffffff1681526020018561ffff1681526020018965ffffffffffff1681526020018863ffffffff1681526020018c81526020018b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505063ffffffff80861682526003602090815260409283902085518154928701519487015160608801518516600160e01b026001600160e01b03918616600160c01b02919091166001600160c01b03968616600160a01b026001600160c01b03199095166001600160a01b0390931692909217939093179490941693909317178255608084015160018301805460a087015160c0880151909416600160401b026bffffffff00000000000000001965ffffffffffff909516620100000267ffffffffffffffff1990921661ffff90941693909317179290921617905560e08301519091506002820190610d809082612bf0565b506101008201516003820190610d969082612bf0565b50505063ffffffff82165f908152600460205260409020819055610dba82846115fb565b610dc5826001612aec565b5f805463ffffffff191663ffffffff928316178155604051918416917f04344ed7a67fec80c444d56ee1cee242f3f75b91fecc8dbce8890069c82eb48e9190a2509998505050505050505050565b5f6001600160401b03461115610e3e57604051631063f20160e11b8152466004820152602401610bc3565b504690565b5f63ffffffff8316610e56600184612caa565b63ffffffff16610e669190612cc6565b610e769063ffffffff8616612cef565b949350505050565b63ffffffff84165f90815260036020526040812080546001600160a01b03169190819083610ebf57604051631a00354f60e01b815260040160405180910390fd5b8054600160a01b900463ffffffff1642811115610eef576040516377dba77f60e11b815260040160405180910390fd5b8154600160c01b900463ffffffff16610f088282610aea565b835490955063ffffffff808716600160e01b909204161015610f3d5760405163ae6704a760e01b815260040160405180910390fd5b8863ffffffff168563ffffffff1614610f6957604051634db310c360e01b815260040160405180910390fd5b6040805163ffffffff808d1660208301528716918101919091525f9060600160408051601f1981840301815291815281516020928301205f8181526002909352912054600186015461ffff9182169750919250168510610fdc57604051632f4ca85b60e01b815260040160405180910390fd5b6040805163ffffffff808e1660208301528816918101919091523360608201525f9060800160408051601f1981840301815291815281516020928301205f818152600190935291205490915060ff1615611049576040516388a21e4f60e01b815260040160405180910390fd5b600185015462010000900465ffffffffffff163a111561107c57604051633415d6ad60e11b815260040160405180910390fd5b84600301805461108b906129ea565b1590506110e557846003016040516110a39190612d0e565b60405180910390208a8a6040516110bb929190612d7f565b6040518091039020146110e05760405162a80fb560e51b815260040160405180910390fd5b6111a9565b5f6110f185858a610e43565b90505f896001600160a01b031663962fad758f8b85336040518563ffffffff1660e01b81526004016111269493929190612a22565b5f60405180830381865afa158015611140573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526111679190810190612a51565b905080805190602001208c8c604051611181929190612d7f565b6040518091039020146111a65760405162a80fb560e51b815260040160405180910390fd5b50505b6111b4600187612d8e565b5f928352600260209081526040808520805461ffff191661ffff851617905592845260019081905291909220805460ff19169091179055959a9499509497509295505050505050565b5f61120a82840184612da8565b90505f5f6112198b8b8561177e565b604080516101008101825263ffffffff8f165f90815260046020908152928120548252939550919350810161124f8e8e3361055c565b81526020018b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f8201169050808301925050505050505081526020018481526020018560600151815260200185608001518152602001856020015163ffffffff16815260200189898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505050915250845160a0860151919250611336917f0000000000000000000000000000000000000000000000000000000000000000919084866119e8565b505050505050505050505050565b5f60011960ff8516016114055763ffffffff8086165f9081526003602052604081208054909261138791600160a01b8104821691600160c01b9091041687610e43565b825460405163bd64a25f60e01b81529192506001600160a01b03169063bd64a25f906113bd908a90899086908a90600401612a22565b602060405180830381865afa1580156113d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113fc9190612e68565b92505050610e76565b61140f8585610b55565b95945050505050565b80515f90829060421415806114525750805f8151811061143a5761143a612e7f565b6020910101516001600160f81b031916600360fc1b14155b806114b457508060018151811061146b5761146b612e7f565b6020910101516001600160f81b031916600f60fb1b148015906114b457508060018151811061149c5761149c612e7f565b6020910101516001600160f81b031916600b60fb1b14155b156114d25760405163079a7fa360e51b815260040160405180910390fd5b5f60025b60428110156115ab575f8382815181106114f2576114f2612e7f565b016020015160f81c90505f60308210801590611512575060398260ff1611155b1561152957611522603083612e93565b9050611592565b60618260ff1610158015611541575060668260ff1611155b1561155157611522605783612e93565b60418260ff1610158015611569575060468260ff1611155b1561157957611522603783612e93565b60405163079a7fa360e51b815260040160405180910390fd5b8060ff16600485901b17935050508060010190506114d6565b509392505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182106115f757604051631c35841b60e01b815260048101839052602401610bc3565b5090565b8051603f60ff909116111561162357604051630256965f60e01b815260040160405180910390fd5b60608101515f901561165a5760808201511561165257604051630256965f60e01b815260040160405180910390fd5b506002611690565b6080820151156116905761167182608001516115b3565b5050608081015163ffffffff83165f9081526006602052604090205560015b8160200151156116e55760408201515f90156116b05782604001516116bf565b5f5160206130105f395f51905f525b90506116ca816115b3565b5063ffffffff84165f90815260076020526040902055611708565b60408201511561170857604051630256965f60e01b815260040160405180910390fd5b60408051606081018252835160ff9081168252602094850151151585830190815293811682840190815263ffffffff9096165f90815260059095529190932092518354925194518216620100000262ff0000199515156101000261ffff1990941691909216179190911792909216919091179055565b63ffffffff83165f9081526005602090815260408083208151606081018352905460ff8082168084526101008304821615159584019590955262010000909104169181019190915282916117d190610609565b8451909250608060ff9091161080156117fd5750805f015160ff166117f8855f0151611ac6565b60ff16115b8015611892575083516040516305dbe5a760e21b815260ff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063176f969c90602401602060405180830381865afa15801561186c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118909190612eac565b155b156118c1578351815160405163e0d2094b60e01b815260ff928316600482015291166024820152604401610bc3565b6118d18682604001518733611344565b925082846040015114611907578284604001516040516261720b60e41b8152600401610bc3929190918252602082015260400190565b8060200151156119455761194086868660600151876020015163ffffffff165f14611936578760600151611b04565b8760800151611b04565b6119df565b60608401515f5160206130105f395f51905f52146119925760608401516040516337f04d4160e01b81525f5160206130105f395f51905f5260048201526024810191909152604401610bc3565b60808401515f5160206130105f395f51905f52146119df5760808401516040516337f04d4160e01b81525f5160206130105f395f51905f5260048201526024810191909152604401610bc3565b50935093915050565b608060ff85161015611a5d57846001600160a01b031663ead8cb858585611a0e86611bd6565b6040518463ffffffff1660e01b8152600401611a2c93929190612ec7565b5f6040518083038186803b158015611a42575f5ffd5b505afa158015611a54573d5f5f3e3d5ffd5b50505050611abf565b60c08416608003611aa157846001600160a01b031663fe78dddd8585611a838686611d13565b6040518463ffffffff1660e01b8152600401611a2c93929190612f17565b6040516328b67ac960e01b815260ff85166004820152602401610bc3565b5050505050565b5f60808260ff1610611af0576040516328b67ac960e01b815260ff83166004820152602401610bc3565b60408260ff16106115f75781601f1661050d565b63ffffffff8481165f90815260076020526040902060028101549091858116911614611b6f576002810154640100000000900460ff1615611b57576001810154815560028101805464ff00000000191690555b60028101805463ffffffff191663ffffffff86161790555b8054838114611b9b576040516337f04d4160e01b81526004810182905260248101859052604401610bc3565b6002820154640100000000900460ff16611bce576001820183905560028201805464ff0000000019166401000000001790555b505050505050565b611bde6122f3565b8151611be9906115b3565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff0000000000000000166001600160401b039092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e082015151611c6490600490612f42565b15611c8b578160e00151516040516341562d0960e01b8152600401610bc391815260200190565b611ca48260400151518360e00151518460c0015161202c565b81600360200201526060820151611cba906115b3565b81600460200201526080820151611cd0906115b3565b816005602002015260a0820151611ce6906115b3565b60c08201526040820151611cfe908290600790612099565b611d0e8160118460e00151612099565b919050565b5f611d20835f01516115b3565b50611d2e83606001516115b3565b50611d3c83608001516115b3565b50611d4a8360a001516115b3565b5060048360e0015151611d5d9190612f42565b15611d84578260e00151516040516341562d0960e01b8152600401610bc391815260200190565b6101008360400151511115611db557826040015151604051630841f3ab60e01b8152600401610bc391815260200190565b6101008360e00151511115611de6578260e0015151604051630841f3ab60e01b8152600401610bc391815260200190565b825160208085015180518183015160408084015160609094015190515f96611e5596909592910194855260c093841b6001600160c01b0319908116602087015292841b83166028860152921b16603083015260601b6bffffffffffffffffffffffff19166038820152604c0190565b60408051601f19818403018152918152850151805190611e77826101006129c4565b6001600160401b03811115611e8e57611e8e612386565b6040519080825280601f01601f191660200182016040528015611eb8576020820181803683370190505b50604051602001611ecb93929190612f6c565b60408051601f19818403018152908290526060870151608088015160a089015160c08a01519394611f2294906020019384526020840192909252604083015260e01b6001600160e01b031916606082015260640190565b60408051601f1981840301815291905260e0870151805190611f46826101006129c4565b6001600160401b03811115611f5d57611f5d612386565b6040519080825280601f01601f191660200182016040528015611f87576020820181803683370190505b5088604051602001611f9c9493929190612f94565b60408051601f1981840301815290829052611fbc94939291602001612fda565b6040516020818303038152906040529050600281604051611fdd9190613004565b602060405180830381855afa158015611ff8573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061201b9190612e68565b6001600160fd1b0316949350505050565b5f61010084111561205357604051630841f3ab60e01b815260048101859052602401610bc3565b61010083111561207957604051630841f3ab60e01b815260048101849052602401610bc3565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f6120a3826120e2565b90505f5b600a811015611abf576120ba8282612138565b856120c583876129d7565b601b81106120d5576120d5612e7f565b60200201526001016120a7565b80515f9061010081111561210c57604051630841f3ab60e01b815260048101829052602401610bc3565b60405191505f5b61012081101561212a575f83820152602001612113565b508060208401835e50919050565b601c81028201515f906001600160e01b03612286825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b6040518060e001604052805f81526020016122c9604080516080810182525f80825260208201819052918101829052606081019190915290565b8152602001606081526020015f81526020015f81526020015f151581526020015f60ff1681525090565b604051806103600160405280601b906020820280368337509192915050565b5f60208284031215612322575f5ffd5b5035919050565b803563ffffffff81168114611d0e575f5ffd5b5f6020828403121561234c575f5ffd5b610b2e82612329565b5f5f60408385031215612366575f5ffd5b61236f83612329565b915061237d60208401612329565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156123bc576123bc612386565b60405290565b604051601f8201601f191681016001600160401b03811182821017156123ea576123ea612386565b604052919050565b5f6001600160401b0382111561240a5761240a612386565b50601f01601f191660200190565b5f61242a612425846123f2565b6123c2565b905082815283838301111561243d575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112612462575f5ffd5b610b2e83833560208501612418565b5f5f83601f840112612481575f5ffd5b5081356001600160401b03811115612497575f5ffd5b6020830191508360208285010111156124ae575f5ffd5b9250929050565b803565ffffffffffff81168114611d0e575f5ffd5b803561ffff81168114611d0e575f5ffd5b5f5f5f5f5f5f5f5f60e0898b0312156124f2575f5ffd5b88356001600160401b03811115612507575f5ffd5b6125138b828c01612453565b98505060208901356001600160401b0381111561252e575f5ffd5b61253a8b828c01612471565b909850965061254d905060408a016124b5565b945061255b60608a01612329565b935061256960808a01612329565b925061257760a08a01612329565b915061258560c08a016124ca565b90509295985092959890939650565b5f5f5f606084860312156125a6575f5ffd5b6125af84612329565b92506125bd60208501612329565b915060408401356001600160a01b03811681146125d8575f5ffd5b809150509250925092565b80516001600160401b039081168352602080830151821690840152604080830151909116908301526060908101516001600160a01b0316910152565b6080810161050d82846125e3565b803560ff81168114611d0e575f5ffd5b5f6020828403121561264d575f5ffd5b610b2e8261262d565b5f5f5f5f5f5f5f5f60a0898b03121561266d575f5ffd5b61267689612329565b975061268460208a01612329565b965060408901356001600160401b0381111561269e575f5ffd5b6126aa8b828c01612471565b90975095505060608901356001600160401b038111156126c8575f5ffd5b6126d48b828c01612471565b90955093505060808901356001600160401b038111156126f2575f5ffd5b6126fe8b828c01612471565b999c989b5096995094979396929594505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b038a16815263ffffffff89811660208301528881166040830152878116606083015261ffff8716608083015265ffffffffffff861660a0830152841660c082015261012060e082018190525f906127a090830185612712565b8281036101008401526127b38185612712565b9c9b505050505050505050505050565b60208152815160208201525f60208301516127e160408401826125e3565b50604083015161014060c08401526127fd610160840182612712565b9050606084015160e0840152608084015161010084015260a0840151151561012084015260ff60c0850151166101408401528091505092915050565b5f5f5f5f5f5f5f5f5f898b03610180811215612853575f5ffd5b8a356001600160401b03811115612868575f5ffd5b6128748d828e01612453565b9a505060208b01356001600160401b0381111561288f575f5ffd5b61289b8d828e01612471565b909a5098506128ae905060408c016124b5565b96506128bc60608c01612329565b95506128ca60808c01612329565b94506128d860a08c01612329565b93506128e660c08c016124ca565b925060a060df19820112156128f9575f5ffd5b5060e08a0190509295985092959850929598565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b63ffffffff8b811682528a16602082015261ffff891660408201526001600160a01b038816606082015260e0608082018190525f90612977908301888a61290d565b82810360a084015261298a81878961290d565b905082810360c084015261299f81858761290d565b9d9c50505050505050505050505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561050d5761050d6129b0565b8082018082111561050d5761050d6129b0565b600181811c908216806129fe57607f821691505b602082108103612a1c57634e487b7160e01b5f52602260045260245ffd5b50919050565b63ffffffff94851681529284166020840152921660408201526001600160a01b03909116606082015260800190565b5f60208284031215612a61575f5ffd5b81516001600160401b03811115612a76575f5ffd5b8201601f81018413612a86575f5ffd5b8051612a94612425826123f2565b818152856020838501011115612aa8575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601260045260245ffd5b5f82612ae757612ae7612ac5565b500490565b63ffffffff818116838216019081111561050d5761050d6129b0565b8015158114612b15575f5ffd5b50565b5f60a0828403128015612b29575f5ffd5b5060405160a081016001600160401b0381118282101715612b4c57612b4c612386565b604052612b588361262d565b81526020830135612b6881612b08565b6020820152604083810135908201526060830135612b8581612b08565b60608201526080928301359281019290925250919050565b601f821115612beb5782821115612beb57805f5260205f20601f840160051c6020851015612bc857505f5b90810190601f840160051c035f5b81811015611bce575f83820155600101612bd6565b505050565b81516001600160401b03811115612c0957612c09612386565b612c1d81612c1784546129ea565b84612b9d565b6020601f821160018114612c4f575f8315612c385750848201515b5f19600385901b1c1916600184901b178455611abf565b5f84815260208120601f198516915b82811015612c7e5787850151825560209485019460019092019101612c5e565b5084821015612c9b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b63ffffffff828116828216039081111561050d5761050d6129b0565b6001600160401b038181168382160290811690818114612ce857612ce86129b0565b5092915050565b6001600160401b03818116838216019081111561050d5761050d6129b0565b5f5f8354612d1b816129ea565b600182168015612d325760018114612d4757612d74565b60ff1983168652811515820286019350612d74565b865f5260205f205f5b83811015612d6c57815488820152600190910190602001612d50565b505081860193505b509195945050505050565b818382375f9101908152919050565b61ffff818116838216019081111561050d5761050d6129b0565b5f60208284031215612db8575f5ffd5b81356001600160401b03811115612dcd575f5ffd5b820160c08185031215612dde575f5ffd5b612de661239a565b612def8261262d565b8152612dfd60208301612329565b602082015260408281013590820152606080830135908201526080808301359082015260a08201356001600160401b03811115612e38575f5ffd5b80830192505084601f830112612e4c575f5ffd5b612e5b85833560208501612418565b60a0820152949350505050565b5f60208284031215612e78575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b60ff828116828216039081111561050d5761050d6129b0565b5f60208284031215612ebc575f5ffd5b8151610b2e81612b08565b60ff841681526103a060208201525f612ee46103a0830185612712565b905060408201835f5b601b811015612f0c578151835260209283019290910190600101612eed565b505050949350505050565b60ff84168152606060208201525f612f326060830185612712565b9050826040830152949350505050565b5f82612f5057612f50612ac5565b500690565b5f81518060208401855e5f93019283525090919050565b60f084901b6001600160f01b03191681525f61140f612f8e6002840186612f55565b84612f55565b60f085901b6001600160f01b03191681525f612fbc612fb66002840187612f55565b85612f55565b60c09390931b6001600160c01b031916835250506008019392505050565b5f612ffa612f8e612ff4612fee858a612f55565b88612f55565b86612f55565b9695505050505050565b5f610b2e8284612f5556fe2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb5a2646970667358221220c37bbbfcde070f3aa4c5b0a2ad07d99b82dfd8d1964211bc3071588a98925aaf64736f6c63430008250033",
}

// CoordinatorABI is the input ABI used to generate the binding from.
// Deprecated: Use CoordinatorMetaData.ABI instead.
var CoordinatorABI = CoordinatorMetaData.ABI

// CoordinatorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CoordinatorMetaData.Bin instead.
var CoordinatorBin = CoordinatorMetaData.Bin

// DeployCoordinator deploys a new Ethereum contract, binding an instance of Coordinator to it.
func DeployCoordinator(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address) (common.Address, *types.Transaction, *Coordinator, error) {
	parsed, err := CoordinatorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CoordinatorBin), backend, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Coordinator{CoordinatorCaller: CoordinatorCaller{contract: contract}, CoordinatorTransactor: CoordinatorTransactor{contract: contract}, CoordinatorFilterer: CoordinatorFilterer{contract: contract}}, nil
}

// Coordinator is an auto generated Go binding around an Ethereum contract.
type Coordinator struct {
	CoordinatorCaller     // Read-only binding to the contract
	CoordinatorTransactor // Write-only binding to the contract
	CoordinatorFilterer   // Log filterer for contract events
}

// CoordinatorCaller is an auto generated read-only Go binding around an Ethereum contract.
type CoordinatorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CoordinatorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CoordinatorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CoordinatorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CoordinatorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CoordinatorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CoordinatorSession struct {
	Contract     *Coordinator      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CoordinatorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CoordinatorCallerSession struct {
	Contract *CoordinatorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// CoordinatorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CoordinatorTransactorSession struct {
	Contract     *CoordinatorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// CoordinatorRaw is an auto generated low-level Go binding around an Ethereum contract.
type CoordinatorRaw struct {
	Contract *Coordinator // Generic contract binding to access the raw methods on
}

// CoordinatorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CoordinatorCallerRaw struct {
	Contract *CoordinatorCaller // Generic read-only contract binding to access the raw methods on
}

// CoordinatorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CoordinatorTransactorRaw struct {
	Contract *CoordinatorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCoordinator creates a new instance of Coordinator, bound to a specific deployed contract.
func NewCoordinator(address common.Address, backend bind.ContractBackend) (*Coordinator, error) {
	contract, err := bindCoordinator(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Coordinator{CoordinatorCaller: CoordinatorCaller{contract: contract}, CoordinatorTransactor: CoordinatorTransactor{contract: contract}, CoordinatorFilterer: CoordinatorFilterer{contract: contract}}, nil
}

// NewCoordinatorCaller creates a new read-only instance of Coordinator, bound to a specific deployed contract.
func NewCoordinatorCaller(address common.Address, caller bind.ContractCaller) (*CoordinatorCaller, error) {
	contract, err := bindCoordinator(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CoordinatorCaller{contract: contract}, nil
}

// NewCoordinatorTransactor creates a new write-only instance of Coordinator, bound to a specific deployed contract.
func NewCoordinatorTransactor(address common.Address, transactor bind.ContractTransactor) (*CoordinatorTransactor, error) {
	contract, err := bindCoordinator(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CoordinatorTransactor{contract: contract}, nil
}

// NewCoordinatorFilterer creates a new log filterer instance of Coordinator, bound to a specific deployed contract.
func NewCoordinatorFilterer(address common.Address, filterer bind.ContractFilterer) (*CoordinatorFilterer, error) {
	contract, err := bindCoordinator(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CoordinatorFilterer{contract: contract}, nil
}

// bindCoordinator binds a generic wrapper to an already deployed contract.
func bindCoordinator(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CoordinatorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Coordinator *CoordinatorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Coordinator.Contract.CoordinatorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Coordinator *CoordinatorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Coordinator.Contract.CoordinatorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Coordinator *CoordinatorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Coordinator.Contract.CoordinatorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Coordinator *CoordinatorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Coordinator.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Coordinator *CoordinatorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Coordinator.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Coordinator *CoordinatorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Coordinator.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTMAXPROOFCLASS is a free data retrieval call binding the contract method 0xb43edbef.
//
// Solidity: function DEFAULT_MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorCaller) DEFAULTMAXPROOFCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "DEFAULT_MAX_PROOF_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DEFAULTMAXPROOFCLASS is a free data retrieval call binding the contract method 0xb43edbef.
//
// Solidity: function DEFAULT_MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorSession) DEFAULTMAXPROOFCLASS() (uint8, error) {
	return _Coordinator.Contract.DEFAULTMAXPROOFCLASS(&_Coordinator.CallOpts)
}

// DEFAULTMAXPROOFCLASS is a free data retrieval call binding the contract method 0xb43edbef.
//
// Solidity: function DEFAULT_MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorCallerSession) DEFAULTMAXPROOFCLASS() (uint8, error) {
	return _Coordinator.Contract.DEFAULTMAXPROOFCLASS(&_Coordinator.CallOpts)
}

// DELIVERYOVERHEADWEI is a free data retrieval call binding the contract method 0x90b04c15.
//
// Solidity: function DELIVERY_OVERHEAD_WEI() view returns(uint256)
func (_Coordinator *CoordinatorCaller) DELIVERYOVERHEADWEI(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "DELIVERY_OVERHEAD_WEI")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DELIVERYOVERHEADWEI is a free data retrieval call binding the contract method 0x90b04c15.
//
// Solidity: function DELIVERY_OVERHEAD_WEI() view returns(uint256)
func (_Coordinator *CoordinatorSession) DELIVERYOVERHEADWEI() (*big.Int, error) {
	return _Coordinator.Contract.DELIVERYOVERHEADWEI(&_Coordinator.CallOpts)
}

// DELIVERYOVERHEADWEI is a free data retrieval call binding the contract method 0x90b04c15.
//
// Solidity: function DELIVERY_OVERHEAD_WEI() view returns(uint256)
func (_Coordinator *CoordinatorCallerSession) DELIVERYOVERHEADWEI() (*big.Int, error) {
	return _Coordinator.Contract.DELIVERYOVERHEADWEI(&_Coordinator.CallOpts)
}

// MAXPROOFCLASS is a free data retrieval call binding the contract method 0x96656b4b.
//
// Solidity: function MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorCaller) MAXPROOFCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "MAX_PROOF_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXPROOFCLASS is a free data retrieval call binding the contract method 0x96656b4b.
//
// Solidity: function MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorSession) MAXPROOFCLASS() (uint8, error) {
	return _Coordinator.Contract.MAXPROOFCLASS(&_Coordinator.CallOpts)
}

// MAXPROOFCLASS is a free data retrieval call binding the contract method 0x96656b4b.
//
// Solidity: function MAX_PROOF_CLASS() view returns(uint8)
func (_Coordinator *CoordinatorCallerSession) MAXPROOFCLASS() (uint8, error) {
	return _Coordinator.Contract.MAXPROOFCLASS(&_Coordinator.CallOpts)
}

// GetSubscriptionInterval is a free data retrieval call binding the contract method 0x836a6cc9.
//
// Solidity: function getSubscriptionInterval(uint32 activeAt, uint32 period) view returns(uint32)
func (_Coordinator *CoordinatorCaller) GetSubscriptionInterval(opts *bind.CallOpts, activeAt uint32, period uint32) (uint32, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "getSubscriptionInterval", activeAt, period)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// GetSubscriptionInterval is a free data retrieval call binding the contract method 0x836a6cc9.
//
// Solidity: function getSubscriptionInterval(uint32 activeAt, uint32 period) view returns(uint32)
func (_Coordinator *CoordinatorSession) GetSubscriptionInterval(activeAt uint32, period uint32) (uint32, error) {
	return _Coordinator.Contract.GetSubscriptionInterval(&_Coordinator.CallOpts, activeAt, period)
}

// GetSubscriptionInterval is a free data retrieval call binding the contract method 0x836a6cc9.
//
// Solidity: function getSubscriptionInterval(uint32 activeAt, uint32 period) view returns(uint32)
func (_Coordinator *CoordinatorCallerSession) GetSubscriptionInterval(activeAt uint32, period uint32) (uint32, error) {
	return _Coordinator.Contract.GetSubscriptionInterval(&_Coordinator.CallOpts, activeAt, period)
}

// Id is a free data retrieval call binding the contract method 0xaf640d0f.
//
// Solidity: function id() view returns(uint32)
func (_Coordinator *CoordinatorCaller) Id(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "id")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// Id is a free data retrieval call binding the contract method 0xaf640d0f.
//
// Solidity: function id() view returns(uint32)
func (_Coordinator *CoordinatorSession) Id() (uint32, error) {
	return _Coordinator.Contract.Id(&_Coordinator.CallOpts)
}

// Id is a free data retrieval call binding the contract method 0xaf640d0f.
//
// Solidity: function id() view returns(uint32)
func (_Coordinator *CoordinatorCallerSession) Id() (uint32, error) {
	return _Coordinator.Contract.Id(&_Coordinator.CallOpts)
}

// IntervalContext is a free data retrieval call binding the contract method 0x6227ebb1.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval, address node) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorCaller) IntervalContext(opts *bind.CallOpts, subscriptionId uint32, interval uint32, node common.Address) (StatementContext, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "intervalContext", subscriptionId, interval, node)

	if err != nil {
		return *new(StatementContext), err
	}

	out0 := *abi.ConvertType(out[0], new(StatementContext)).(*StatementContext)

	return out0, err

}

// IntervalContext is a free data retrieval call binding the contract method 0x6227ebb1.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval, address node) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorSession) IntervalContext(subscriptionId uint32, interval uint32, node common.Address) (StatementContext, error) {
	return _Coordinator.Contract.IntervalContext(&_Coordinator.CallOpts, subscriptionId, interval, node)
}

// IntervalContext is a free data retrieval call binding the contract method 0x6227ebb1.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval, address node) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorCallerSession) IntervalContext(subscriptionId uint32, interval uint32, node common.Address) (StatementContext, error) {
	return _Coordinator.Contract.IntervalContext(&_Coordinator.CallOpts, subscriptionId, interval, node)
}

// IntervalStatement is a free data retrieval call binding the contract method 0x755ff424.
//
// Solidity: function intervalStatement(uint32 subscriptionId, uint32 interval, address node) view returns((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bool,uint8) st)
func (_Coordinator *CoordinatorCaller) IntervalStatement(opts *bind.CallOpts, subscriptionId uint32, interval uint32, node common.Address) (IntervalStatement, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "intervalStatement", subscriptionId, interval, node)

	if err != nil {
		return *new(IntervalStatement), err
	}

	out0 := *abi.ConvertType(out[0], new(IntervalStatement)).(*IntervalStatement)

	return out0, err

}

// IntervalStatement is a free data retrieval call binding the contract method 0x755ff424.
//
// Solidity: function intervalStatement(uint32 subscriptionId, uint32 interval, address node) view returns((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bool,uint8) st)
func (_Coordinator *CoordinatorSession) IntervalStatement(subscriptionId uint32, interval uint32, node common.Address) (IntervalStatement, error) {
	return _Coordinator.Contract.IntervalStatement(&_Coordinator.CallOpts, subscriptionId, interval, node)
}

// IntervalStatement is a free data retrieval call binding the contract method 0x755ff424.
//
// Solidity: function intervalStatement(uint32 subscriptionId, uint32 interval, address node) view returns((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bool,uint8) st)
func (_Coordinator *CoordinatorCallerSession) IntervalStatement(subscriptionId uint32, interval uint32, node common.Address) (IntervalStatement, error) {
	return _Coordinator.Contract.IntervalStatement(&_Coordinator.CallOpts, subscriptionId, interval, node)
}

// MaxCyclesOf is a free data retrieval call binding the contract method 0x6d246c18.
//
// Solidity: function maxCyclesOf(uint8 maxProofClass) pure returns(uint64)
func (_Coordinator *CoordinatorCaller) MaxCyclesOf(opts *bind.CallOpts, maxProofClass uint8) (uint64, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "maxCyclesOf", maxProofClass)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCyclesOf is a free data retrieval call binding the contract method 0x6d246c18.
//
// Solidity: function maxCyclesOf(uint8 maxProofClass) pure returns(uint64)
func (_Coordinator *CoordinatorSession) MaxCyclesOf(maxProofClass uint8) (uint64, error) {
	return _Coordinator.Contract.MaxCyclesOf(&_Coordinator.CallOpts, maxProofClass)
}

// MaxCyclesOf is a free data retrieval call binding the contract method 0x6d246c18.
//
// Solidity: function maxCyclesOf(uint8 maxProofClass) pure returns(uint64)
func (_Coordinator *CoordinatorCallerSession) MaxCyclesOf(maxProofClass uint8) (uint64, error) {
	return _Coordinator.Contract.MaxCyclesOf(&_Coordinator.CallOpts, maxProofClass)
}

// NodeResponded is a free data retrieval call binding the contract method 0x298f7bdc.
//
// Solidity: function nodeResponded(bytes32 ) view returns(bool)
func (_Coordinator *CoordinatorCaller) NodeResponded(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "nodeResponded", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// NodeResponded is a free data retrieval call binding the contract method 0x298f7bdc.
//
// Solidity: function nodeResponded(bytes32 ) view returns(bool)
func (_Coordinator *CoordinatorSession) NodeResponded(arg0 [32]byte) (bool, error) {
	return _Coordinator.Contract.NodeResponded(&_Coordinator.CallOpts, arg0)
}

// NodeResponded is a free data retrieval call binding the contract method 0x298f7bdc.
//
// Solidity: function nodeResponded(bytes32 ) view returns(bool)
func (_Coordinator *CoordinatorCallerSession) NodeResponded(arg0 [32]byte) (bool, error) {
	return _Coordinator.Contract.NodeResponded(&_Coordinator.CallOpts, arg0)
}

// ProgramIds is a free data retrieval call binding the contract method 0xafffb3ff.
//
// Solidity: function programIds(uint32 ) view returns(bytes32)
func (_Coordinator *CoordinatorCaller) ProgramIds(opts *bind.CallOpts, arg0 uint32) ([32]byte, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "programIds", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramIds is a free data retrieval call binding the contract method 0xafffb3ff.
//
// Solidity: function programIds(uint32 ) view returns(bytes32)
func (_Coordinator *CoordinatorSession) ProgramIds(arg0 uint32) ([32]byte, error) {
	return _Coordinator.Contract.ProgramIds(&_Coordinator.CallOpts, arg0)
}

// ProgramIds is a free data retrieval call binding the contract method 0xafffb3ff.
//
// Solidity: function programIds(uint32 ) view returns(bytes32)
func (_Coordinator *CoordinatorCallerSession) ProgramIds(arg0 uint32) ([32]byte, error) {
	return _Coordinator.Contract.ProgramIds(&_Coordinator.CallOpts, arg0)
}

// RedundancyCount is a free data retrieval call binding the contract method 0xbc85694f.
//
// Solidity: function redundancyCount(bytes32 ) view returns(uint16)
func (_Coordinator *CoordinatorCaller) RedundancyCount(opts *bind.CallOpts, arg0 [32]byte) (uint16, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "redundancyCount", arg0)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// RedundancyCount is a free data retrieval call binding the contract method 0xbc85694f.
//
// Solidity: function redundancyCount(bytes32 ) view returns(uint16)
func (_Coordinator *CoordinatorSession) RedundancyCount(arg0 [32]byte) (uint16, error) {
	return _Coordinator.Contract.RedundancyCount(&_Coordinator.CallOpts, arg0)
}

// RedundancyCount is a free data retrieval call binding the contract method 0xbc85694f.
//
// Solidity: function redundancyCount(bytes32 ) view returns(uint16)
func (_Coordinator *CoordinatorCallerSession) RedundancyCount(arg0 [32]byte) (uint16, error) {
	return _Coordinator.Contract.RedundancyCount(&_Coordinator.CallOpts, arg0)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Coordinator *CoordinatorCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Coordinator *CoordinatorSession) Registry() (common.Address, error) {
	return _Coordinator.Contract.Registry(&_Coordinator.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Coordinator *CoordinatorCallerSession) Registry() (common.Address, error) {
	return _Coordinator.Contract.Registry(&_Coordinator.CallOpts)
}

// StateRootFor is a free data retrieval call binding the contract method 0x3eed299c.
//
// Solidity: function stateRootFor(uint32 subscriptionId, uint32 interval) view returns(bytes32)
func (_Coordinator *CoordinatorCaller) StateRootFor(opts *bind.CallOpts, subscriptionId uint32, interval uint32) ([32]byte, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "stateRootFor", subscriptionId, interval)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// StateRootFor is a free data retrieval call binding the contract method 0x3eed299c.
//
// Solidity: function stateRootFor(uint32 subscriptionId, uint32 interval) view returns(bytes32)
func (_Coordinator *CoordinatorSession) StateRootFor(subscriptionId uint32, interval uint32) ([32]byte, error) {
	return _Coordinator.Contract.StateRootFor(&_Coordinator.CallOpts, subscriptionId, interval)
}

// StateRootFor is a free data retrieval call binding the contract method 0x3eed299c.
//
// Solidity: function stateRootFor(uint32 subscriptionId, uint32 interval) view returns(bytes32)
func (_Coordinator *CoordinatorCallerSession) StateRootFor(subscriptionId uint32, interval uint32) ([32]byte, error) {
	return _Coordinator.Contract.StateRootFor(&_Coordinator.CallOpts, subscriptionId, interval)
}

// SubscriptionTerms is a free data retrieval call binding the contract method 0x2b3944dc.
//
// Solidity: function subscriptionTerms(uint32 subscriptionId) view returns(uint8 maxProofClass, bool stateful, bool offchainFromConsumer, bytes32 offchainInputHash)
func (_Coordinator *CoordinatorCaller) SubscriptionTerms(opts *bind.CallOpts, subscriptionId uint32) (struct {
	MaxProofClass        uint8
	Stateful             bool
	OffchainFromConsumer bool
	OffchainInputHash    [32]byte
}, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "subscriptionTerms", subscriptionId)

	outstruct := new(struct {
		MaxProofClass        uint8
		Stateful             bool
		OffchainFromConsumer bool
		OffchainInputHash    [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.MaxProofClass = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Stateful = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.OffchainFromConsumer = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.OffchainInputHash = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// SubscriptionTerms is a free data retrieval call binding the contract method 0x2b3944dc.
//
// Solidity: function subscriptionTerms(uint32 subscriptionId) view returns(uint8 maxProofClass, bool stateful, bool offchainFromConsumer, bytes32 offchainInputHash)
func (_Coordinator *CoordinatorSession) SubscriptionTerms(subscriptionId uint32) (struct {
	MaxProofClass        uint8
	Stateful             bool
	OffchainFromConsumer bool
	OffchainInputHash    [32]byte
}, error) {
	return _Coordinator.Contract.SubscriptionTerms(&_Coordinator.CallOpts, subscriptionId)
}

// SubscriptionTerms is a free data retrieval call binding the contract method 0x2b3944dc.
//
// Solidity: function subscriptionTerms(uint32 subscriptionId) view returns(uint8 maxProofClass, bool stateful, bool offchainFromConsumer, bytes32 offchainInputHash)
func (_Coordinator *CoordinatorCallerSession) SubscriptionTerms(subscriptionId uint32) (struct {
	MaxProofClass        uint8
	Stateful             bool
	OffchainFromConsumer bool
	OffchainInputHash    [32]byte
}, error) {
	return _Coordinator.Contract.SubscriptionTerms(&_Coordinator.CallOpts, subscriptionId)
}

// Subscriptions is a free data retrieval call binding the contract method 0x73fb5c3a.
//
// Solidity: function subscriptions(uint32 ) view returns(address owner, uint32 activeAt, uint32 period, uint32 frequency, uint16 redundancy, uint48 maxGasPrice, uint32 maxGasLimit, string containerId, bytes inputs)
func (_Coordinator *CoordinatorCaller) Subscriptions(opts *bind.CallOpts, arg0 uint32) (struct {
	Owner       common.Address
	ActiveAt    uint32
	Period      uint32
	Frequency   uint32
	Redundancy  uint16
	MaxGasPrice *big.Int
	MaxGasLimit uint32
	ContainerId string
	Inputs      []byte
}, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "subscriptions", arg0)

	outstruct := new(struct {
		Owner       common.Address
		ActiveAt    uint32
		Period      uint32
		Frequency   uint32
		Redundancy  uint16
		MaxGasPrice *big.Int
		MaxGasLimit uint32
		ContainerId string
		Inputs      []byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ActiveAt = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Period = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Frequency = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Redundancy = *abi.ConvertType(out[4], new(uint16)).(*uint16)
	outstruct.MaxGasPrice = *abi.ConvertType(out[5], new(*big.Int)).(**big.Int)
	outstruct.MaxGasLimit = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	outstruct.ContainerId = *abi.ConvertType(out[7], new(string)).(*string)
	outstruct.Inputs = *abi.ConvertType(out[8], new([]byte)).(*[]byte)

	return *outstruct, err

}

// Subscriptions is a free data retrieval call binding the contract method 0x73fb5c3a.
//
// Solidity: function subscriptions(uint32 ) view returns(address owner, uint32 activeAt, uint32 period, uint32 frequency, uint16 redundancy, uint48 maxGasPrice, uint32 maxGasLimit, string containerId, bytes inputs)
func (_Coordinator *CoordinatorSession) Subscriptions(arg0 uint32) (struct {
	Owner       common.Address
	ActiveAt    uint32
	Period      uint32
	Frequency   uint32
	Redundancy  uint16
	MaxGasPrice *big.Int
	MaxGasLimit uint32
	ContainerId string
	Inputs      []byte
}, error) {
	return _Coordinator.Contract.Subscriptions(&_Coordinator.CallOpts, arg0)
}

// Subscriptions is a free data retrieval call binding the contract method 0x73fb5c3a.
//
// Solidity: function subscriptions(uint32 ) view returns(address owner, uint32 activeAt, uint32 period, uint32 frequency, uint16 redundancy, uint48 maxGasPrice, uint32 maxGasLimit, string containerId, bytes inputs)
func (_Coordinator *CoordinatorCallerSession) Subscriptions(arg0 uint32) (struct {
	Owner       common.Address
	ActiveAt    uint32
	Period      uint32
	Frequency   uint32
	Redundancy  uint16
	MaxGasPrice *big.Int
	MaxGasLimit uint32
	ContainerId string
	Inputs      []byte
}, error) {
	return _Coordinator.Contract.Subscriptions(&_Coordinator.CallOpts, arg0)
}

// CancelSubscription is a paid mutator transaction binding the contract method 0x31e451a9.
//
// Solidity: function cancelSubscription(uint32 subscriptionId) returns()
func (_Coordinator *CoordinatorTransactor) CancelSubscription(opts *bind.TransactOpts, subscriptionId uint32) (*types.Transaction, error) {
	return _Coordinator.contract.Transact(opts, "cancelSubscription", subscriptionId)
}

// CancelSubscription is a paid mutator transaction binding the contract method 0x31e451a9.
//
// Solidity: function cancelSubscription(uint32 subscriptionId) returns()
func (_Coordinator *CoordinatorSession) CancelSubscription(subscriptionId uint32) (*types.Transaction, error) {
	return _Coordinator.Contract.CancelSubscription(&_Coordinator.TransactOpts, subscriptionId)
}

// CancelSubscription is a paid mutator transaction binding the contract method 0x31e451a9.
//
// Solidity: function cancelSubscription(uint32 subscriptionId) returns()
func (_Coordinator *CoordinatorTransactorSession) CancelSubscription(subscriptionId uint32) (*types.Transaction, error) {
	return _Coordinator.Contract.CancelSubscription(&_Coordinator.TransactOpts, subscriptionId)
}

// CreateSubscription is a paid mutator transaction binding the contract method 0x4d9bf22f.
//
// Solidity: function createSubscription(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_Coordinator *CoordinatorTransactor) CreateSubscription(opts *bind.TransactOpts, containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _Coordinator.contract.Transact(opts, "createSubscription", containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// CreateSubscription is a paid mutator transaction binding the contract method 0x4d9bf22f.
//
// Solidity: function createSubscription(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_Coordinator *CoordinatorSession) CreateSubscription(containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _Coordinator.Contract.CreateSubscription(&_Coordinator.TransactOpts, containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// CreateSubscription is a paid mutator transaction binding the contract method 0x4d9bf22f.
//
// Solidity: function createSubscription(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_Coordinator *CoordinatorTransactorSession) CreateSubscription(containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _Coordinator.Contract.CreateSubscription(&_Coordinator.TransactOpts, containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// CreateSubscriptionWithTerms is a paid mutator transaction binding the contract method 0xc2e51620.
//
// Solidity: function createSubscriptionWithTerms(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_Coordinator *CoordinatorTransactor) CreateSubscriptionWithTerms(opts *bind.TransactOpts, containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _Coordinator.contract.Transact(opts, "createSubscriptionWithTerms", containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// CreateSubscriptionWithTerms is a paid mutator transaction binding the contract method 0xc2e51620.
//
// Solidity: function createSubscriptionWithTerms(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_Coordinator *CoordinatorSession) CreateSubscriptionWithTerms(containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _Coordinator.Contract.CreateSubscriptionWithTerms(&_Coordinator.TransactOpts, containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// CreateSubscriptionWithTerms is a paid mutator transaction binding the contract method 0xc2e51620.
//
// Solidity: function createSubscriptionWithTerms(string containerId, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_Coordinator *CoordinatorTransactorSession) CreateSubscriptionWithTerms(containerId string, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _Coordinator.Contract.CreateSubscriptionWithTerms(&_Coordinator.TransactOpts, containerId, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// DeliverCompute is a paid mutator transaction binding the contract method 0x6e021332.
//
// Solidity: function deliverCompute(uint32 subscriptionId, uint32 deliveryInterval, bytes input, bytes output, bytes proof) returns()
func (_Coordinator *CoordinatorTransactor) DeliverCompute(opts *bind.TransactOpts, subscriptionId uint32, deliveryInterval uint32, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _Coordinator.contract.Transact(opts, "deliverCompute", subscriptionId, deliveryInterval, input, output, proof)
}

// DeliverCompute is a paid mutator transaction binding the contract method 0x6e021332.
//
// Solidity: function deliverCompute(uint32 subscriptionId, uint32 deliveryInterval, bytes input, bytes output, bytes proof) returns()
func (_Coordinator *CoordinatorSession) DeliverCompute(subscriptionId uint32, deliveryInterval uint32, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _Coordinator.Contract.DeliverCompute(&_Coordinator.TransactOpts, subscriptionId, deliveryInterval, input, output, proof)
}

// DeliverCompute is a paid mutator transaction binding the contract method 0x6e021332.
//
// Solidity: function deliverCompute(uint32 subscriptionId, uint32 deliveryInterval, bytes input, bytes output, bytes proof) returns()
func (_Coordinator *CoordinatorTransactorSession) DeliverCompute(subscriptionId uint32, deliveryInterval uint32, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _Coordinator.Contract.DeliverCompute(&_Coordinator.TransactOpts, subscriptionId, deliveryInterval, input, output, proof)
}

// CoordinatorSubscriptionCancelledIterator is returned from FilterSubscriptionCancelled and is used to iterate over the raw logs and unpacked data for SubscriptionCancelled events raised by the Coordinator contract.
type CoordinatorSubscriptionCancelledIterator struct {
	Event *CoordinatorSubscriptionCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CoordinatorSubscriptionCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CoordinatorSubscriptionCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CoordinatorSubscriptionCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CoordinatorSubscriptionCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CoordinatorSubscriptionCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CoordinatorSubscriptionCancelled represents a SubscriptionCancelled event raised by the Coordinator contract.
type CoordinatorSubscriptionCancelled struct {
	Id  uint32
	Raw types.Log // Blockchain specific contextual infos
}

// FilterSubscriptionCancelled is a free log retrieval operation binding the contract event 0xf4126e31c182db4c4109605c6d50470fc7e8ca90d62d44fd25cbe049fb9cac3e.
//
// Solidity: event SubscriptionCancelled(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) FilterSubscriptionCancelled(opts *bind.FilterOpts, id []uint32) (*CoordinatorSubscriptionCancelledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Coordinator.contract.FilterLogs(opts, "SubscriptionCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return &CoordinatorSubscriptionCancelledIterator{contract: _Coordinator.contract, event: "SubscriptionCancelled", logs: logs, sub: sub}, nil
}

// WatchSubscriptionCancelled is a free log subscription operation binding the contract event 0xf4126e31c182db4c4109605c6d50470fc7e8ca90d62d44fd25cbe049fb9cac3e.
//
// Solidity: event SubscriptionCancelled(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) WatchSubscriptionCancelled(opts *bind.WatchOpts, sink chan<- *CoordinatorSubscriptionCancelled, id []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Coordinator.contract.WatchLogs(opts, "SubscriptionCancelled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CoordinatorSubscriptionCancelled)
				if err := _Coordinator.contract.UnpackLog(event, "SubscriptionCancelled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubscriptionCancelled is a log parse operation binding the contract event 0xf4126e31c182db4c4109605c6d50470fc7e8ca90d62d44fd25cbe049fb9cac3e.
//
// Solidity: event SubscriptionCancelled(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) ParseSubscriptionCancelled(log types.Log) (*CoordinatorSubscriptionCancelled, error) {
	event := new(CoordinatorSubscriptionCancelled)
	if err := _Coordinator.contract.UnpackLog(event, "SubscriptionCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CoordinatorSubscriptionCreatedIterator is returned from FilterSubscriptionCreated and is used to iterate over the raw logs and unpacked data for SubscriptionCreated events raised by the Coordinator contract.
type CoordinatorSubscriptionCreatedIterator struct {
	Event *CoordinatorSubscriptionCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CoordinatorSubscriptionCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CoordinatorSubscriptionCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CoordinatorSubscriptionCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CoordinatorSubscriptionCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CoordinatorSubscriptionCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CoordinatorSubscriptionCreated represents a SubscriptionCreated event raised by the Coordinator contract.
type CoordinatorSubscriptionCreated struct {
	Id  uint32
	Raw types.Log // Blockchain specific contextual infos
}

// FilterSubscriptionCreated is a free log retrieval operation binding the contract event 0x04344ed7a67fec80c444d56ee1cee242f3f75b91fecc8dbce8890069c82eb48e.
//
// Solidity: event SubscriptionCreated(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) FilterSubscriptionCreated(opts *bind.FilterOpts, id []uint32) (*CoordinatorSubscriptionCreatedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Coordinator.contract.FilterLogs(opts, "SubscriptionCreated", idRule)
	if err != nil {
		return nil, err
	}
	return &CoordinatorSubscriptionCreatedIterator{contract: _Coordinator.contract, event: "SubscriptionCreated", logs: logs, sub: sub}, nil
}

// WatchSubscriptionCreated is a free log subscription operation binding the contract event 0x04344ed7a67fec80c444d56ee1cee242f3f75b91fecc8dbce8890069c82eb48e.
//
// Solidity: event SubscriptionCreated(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) WatchSubscriptionCreated(opts *bind.WatchOpts, sink chan<- *CoordinatorSubscriptionCreated, id []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _Coordinator.contract.WatchLogs(opts, "SubscriptionCreated", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CoordinatorSubscriptionCreated)
				if err := _Coordinator.contract.UnpackLog(event, "SubscriptionCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubscriptionCreated is a log parse operation binding the contract event 0x04344ed7a67fec80c444d56ee1cee242f3f75b91fecc8dbce8890069c82eb48e.
//
// Solidity: event SubscriptionCreated(uint32 indexed id)
func (_Coordinator *CoordinatorFilterer) ParseSubscriptionCreated(log types.Log) (*CoordinatorSubscriptionCreated, error) {
	event := new(CoordinatorSubscriptionCreated)
	if err := _Coordinator.contract.UnpackLog(event, "SubscriptionCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CoordinatorSubscriptionFulfilledIterator is returned from FilterSubscriptionFulfilled and is used to iterate over the raw logs and unpacked data for SubscriptionFulfilled events raised by the Coordinator contract.
type CoordinatorSubscriptionFulfilledIterator struct {
	Event *CoordinatorSubscriptionFulfilled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CoordinatorSubscriptionFulfilledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CoordinatorSubscriptionFulfilled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CoordinatorSubscriptionFulfilled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CoordinatorSubscriptionFulfilledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CoordinatorSubscriptionFulfilledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CoordinatorSubscriptionFulfilled represents a SubscriptionFulfilled event raised by the Coordinator contract.
type CoordinatorSubscriptionFulfilled struct {
	Id   uint32
	Node common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterSubscriptionFulfilled is a free log retrieval operation binding the contract event 0xc68fb0ae5cea2793405d29014d881bcda18f67122e0bcd7d0a577e118b64e4c8.
//
// Solidity: event SubscriptionFulfilled(uint32 indexed id, address indexed node)
func (_Coordinator *CoordinatorFilterer) FilterSubscriptionFulfilled(opts *bind.FilterOpts, id []uint32, node []common.Address) (*CoordinatorSubscriptionFulfilledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Coordinator.contract.FilterLogs(opts, "SubscriptionFulfilled", idRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return &CoordinatorSubscriptionFulfilledIterator{contract: _Coordinator.contract, event: "SubscriptionFulfilled", logs: logs, sub: sub}, nil
}

// WatchSubscriptionFulfilled is a free log subscription operation binding the contract event 0xc68fb0ae5cea2793405d29014d881bcda18f67122e0bcd7d0a577e118b64e4c8.
//
// Solidity: event SubscriptionFulfilled(uint32 indexed id, address indexed node)
func (_Coordinator *CoordinatorFilterer) WatchSubscriptionFulfilled(opts *bind.WatchOpts, sink chan<- *CoordinatorSubscriptionFulfilled, id []uint32, node []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _Coordinator.contract.WatchLogs(opts, "SubscriptionFulfilled", idRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CoordinatorSubscriptionFulfilled)
				if err := _Coordinator.contract.UnpackLog(event, "SubscriptionFulfilled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSubscriptionFulfilled is a log parse operation binding the contract event 0xc68fb0ae5cea2793405d29014d881bcda18f67122e0bcd7d0a577e118b64e4c8.
//
// Solidity: event SubscriptionFulfilled(uint32 indexed id, address indexed node)
func (_Coordinator *CoordinatorFilterer) ParseSubscriptionFulfilled(log types.Log) (*CoordinatorSubscriptionFulfilled, error) {
	event := new(CoordinatorSubscriptionFulfilled)
	if err := _Coordinator.contract.UnpackLog(event, "SubscriptionFulfilled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HashConsumerMetaData contains all meta data concerning the HashConsumer contract.
var HashConsumerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"highestAllowed\",\"type\":\"uint64\"}],\"name\":\"NonceTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RequesterSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_NONCE_GAP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptsBareRequestSignatures\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextOffchainNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRequester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"requesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRequester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161128238038061128283398101604081905261002f91610087565b6001600160a01b0393841660805260038054949093166001600160a01b0319909416939093179091553360a05260c0526001600160401b031660e0526100e4565b6001600160a01b0381168114610084575f5ffd5b50565b5f5f5f5f6080858703121561009a575f5ffd5b84516100a581610070565b60208601519094506100b681610070565b6040860151606087015191945092506001600160401b03811681146100d9575f5ffd5b939692955090935050565b60805160a05160c05160e05161113361014f5f395f818161021b015261077201525f81816101a7015261070d01525f81816102c1015281816106a5015261084a01525f8181610257015281816104b90152818161057b015281816107cb0152610b1c01526111335ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638da5cb5b116100a9578063c072fcad1161006e578063c072fcad14610330578063f0bb3feb1461034f578063f9b3e97f14610362578063fe6ec4ed14610368578063ffb727ef1461037b575f5ffd5b80638da5cb5b146102bc57806398154d7c146102e3578063b75880a414610302578063b94207d314610315578063bd7084b214610328575f5ffd5b806337680521116100ef57806337680521146102165780633df395a314610255578063535fb15e1461027b5780635dd808551461029b578063724a9d8e146102b0575f5ffd5b8063025291771461012b578063124dacb31461016257806314df8328146101a25780631626ba7e146101d7578063330d9a0314610203575b5f5ffd5b61014d610139366004610bd6565b60046020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b61018a610170366004610bef565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610159565b6101c97f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610159565b6101ea6101e5366004610c4a565b610383565b6040516001600160e01b03199091168152602001610159565b60035461018a906001600160a01b031681565b61023d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610159565b7f000000000000000000000000000000000000000000000000000000000000000061018a565b61028e610289366004610bef565b61040f565b6040516101599190610cbf565b6102ae6102a9366004610c4a565b6104ae565b005b61023d64010000000081565b61018a7f000000000000000000000000000000000000000000000000000000000000000081565b6101c96102f1366004610bef565b60066020525f908152604090205481565b6102ae610310366004610cd1565b610570565b6101c9610323366004610cfe565b610699565b61023d6107a4565b6101c961033e366004610bef565b5f9081526002602052604090205490565b6102ae61035d366004610d3c565b6107c0565b5f61014d565b6102ae610376366004610d8a565b61083f565b61023d6108e6565b5f5f6103c48585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061091b92505050565b90506001600160a01b038116158015906103eb57506003546001600160a01b038281169116145b6103fd576001600160e01b0319610406565b630b135d3f60e11b5b95945050505050565b5f81815260016020526040902080546060919061042b90610dc3565b80601f016020809104026020016040519081016040528092919081815260200182805461045790610dc3565b80156104a25780601f10610479576101008083540402835291602001916104a2565b820191905f5260205f20905b81548152906001019060200180831161048557829003601f168201915b50505050509050919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104f757604051631946677d60e31b815260040160405180910390fd5b5f80808061050785870187610e0f565b935093509350935061052d87848663ffffffff165f146105275785610a14565b84610a14565b63ffffffff84161561054957610544878583610a82565b610567565b610567878280516020918201205f9283526006909152604090912055565b50505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105b957604051631946677d60e31b815260040160405180910390fd5b6001603f1b6001600160401b0382161061064b575f54600160401b90046001600160401b03166106038282156105ef5782610ac1565b6105fe60016001603f1b610f00565b610ac1565b806001600160401b0316826001600160401b03161115610647575f80546fffffffffffffffff00000000000000001916600160401b6001600160401b038516021790555b5050565b5f546001600160401b03166106608282610ac1565b806001600160401b0316826001600160401b03161115610647575f805467ffffffffffffffff19166001600160401b0384161790555050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015906106e25750335f9081526004602052604090205460ff16155b156107075760405163e7f1421f60e01b81523360048201526024015b60405180910390fd5b604080517f0000000000000000000000000000000000000000000000000000000000000000602082015261079b910160408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610b19915050565b90505b92915050565b5f80546107bb906001600160401b03166001610f1f565b905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461080957604051631946677d60e31b815260040160405180910390fd5b5f848152600160205260409020610821838583610f94565b508015610839575f8481526002602052604090208190555b50505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610888576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260046020908152604091829020805460ff191685151590811790915591519182527f022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be910160405180910390a25050565b5f8054600160401b90046001600160401b0316801561090f5761090a816001610f1f565b610915565b6001603f1b5b91505090565b5f815160411461092c57505f61079e565b6020820151604083015160608401515f1a601b81101561095457610951601b8261104e565b90505b8060ff16601b1415801561096c57508060ff16601c14155b1561097c575f935050505061079e565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156109af575f935050505061079e565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156109ff573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b7f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb58214610a7d576040516310a7cd5560e01b81527f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb56004820152602481018390526044016106fe565b505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610ab4929190611067565b60405180910390a2505050565b5f610ada6401000000006001600160401b038416611085565b905080836001600160401b03161115610a7d57604051639871a71760e01b81526001600160401b038085166004830152821660248201526044016106fe565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610b516107a4565b8686866040518563ffffffff1660e01b8152600401610b739493929190611098565b6020604051808303815f875af1158015610b8f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bb391906110e6565b949350505050565b80356001600160a01b0381168114610bd1575f5ffd5b919050565b5f60208284031215610be6575f5ffd5b61079b82610bbb565b5f60208284031215610bff575f5ffd5b5035919050565b5f5f83601f840112610c16575f5ffd5b5081356001600160401b03811115610c2c575f5ffd5b602083019150836020828501011115610c43575f5ffd5b9250929050565b5f5f5f60408486031215610c5c575f5ffd5b8335925060208401356001600160401b03811115610c78575f5ffd5b610c8486828701610c06565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61079b6020830184610c91565b5f60208284031215610ce1575f5ffd5b81356001600160401b0381168114610cf7575f5ffd5b9392505050565b5f5f60208385031215610d0f575f5ffd5b82356001600160401b03811115610d24575f5ffd5b610d3085828601610c06565b90969095509350505050565b5f5f5f5f60608587031215610d4f575f5ffd5b8435935060208501356001600160401b03811115610d6b575f5ffd5b610d7787828801610c06565b9598909750949560400135949350505050565b5f5f60408385031215610d9b575f5ffd5b610da483610bbb565b915060208301358015158114610db8575f5ffd5b809150509250929050565b600181811c90821680610dd757607f821691505b602082108103610df557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610e22575f5ffd5b843563ffffffff81168114610e35575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115610e5d575f5ffd5b8501601f81018713610e6d575f5ffd5b80356001600160401b03811115610e8657610e86610dfb565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610eb457610eb4610dfb565b604052818152828201602001891015610ecb575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561079e5761079e610eec565b6001600160401b03818116838216019081111561079e5761079e610eec565b601f821115610a7d5782821115610a7d57805f5260205f20601f840160051c6020851015610f6957505f5b90810190601f840160051c035f5b81811015610f8c575f83820155600101610f77565b505050505050565b6001600160401b03831115610fab57610fab610dfb565b610fbf83610fb98354610dc3565b83610f3e565b5f601f841160018114610ff0575f8515610fd95750838201355b5f19600387901b1c1916600186901b178355611047565b5f83815260208120601f198716915b8281101561101f5786850135825560209485019460019092019101610fff565b508682101561103b575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60ff818116838216019081111561079e5761079e610eec565b63ffffffff83168152604060208201525f610bb36040830184610c91565b8082018082111561079e5761079e610eec565b6001600160401b0385168152608060208201525f6110b96080830186610c91565b82810360408401526110cb8186610c91565b9150506001600160401b038316606083015295945050505050565b5f602082840312156110f6575f5ffd5b505191905056fea26469706673582212204d545716e52d3b17b4e5608387dd916f3a3c516acf74e93e7c4f1cb123695aee64736f6c63430008250033",
}

// HashConsumerABI is the input ABI used to generate the binding from.
// Deprecated: Use HashConsumerMetaData.ABI instead.
var HashConsumerABI = HashConsumerMetaData.ABI

// HashConsumerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use HashConsumerMetaData.Bin instead.
var HashConsumerBin = HashConsumerMetaData.Bin

// DeployHashConsumer deploys a new Ethereum contract, binding an instance of HashConsumer to it.
func DeployHashConsumer(auth *bind.TransactOpts, backend bind.ContractBackend, jobManager_ common.Address, signer common.Address, programID_ [32]byte, maxCycles_ uint64) (common.Address, *types.Transaction, *HashConsumer, error) {
	parsed, err := HashConsumerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(HashConsumerBin), backend, jobManager_, signer, programID_, maxCycles_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &HashConsumer{HashConsumerCaller: HashConsumerCaller{contract: contract}, HashConsumerTransactor: HashConsumerTransactor{contract: contract}, HashConsumerFilterer: HashConsumerFilterer{contract: contract}}, nil
}

// HashConsumer is an auto generated Go binding around an Ethereum contract.
type HashConsumer struct {
	HashConsumerCaller     // Read-only binding to the contract
	HashConsumerTransactor // Write-only binding to the contract
	HashConsumerFilterer   // Log filterer for contract events
}

// HashConsumerCaller is an auto generated read-only Go binding around an Ethereum contract.
type HashConsumerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HashConsumerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type HashConsumerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HashConsumerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type HashConsumerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// HashConsumerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type HashConsumerSession struct {
	Contract     *HashConsumer     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// HashConsumerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type HashConsumerCallerSession struct {
	Contract *HashConsumerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// HashConsumerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type HashConsumerTransactorSession struct {
	Contract     *HashConsumerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// HashConsumerRaw is an auto generated low-level Go binding around an Ethereum contract.
type HashConsumerRaw struct {
	Contract *HashConsumer // Generic contract binding to access the raw methods on
}

// HashConsumerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type HashConsumerCallerRaw struct {
	Contract *HashConsumerCaller // Generic read-only contract binding to access the raw methods on
}

// HashConsumerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type HashConsumerTransactorRaw struct {
	Contract *HashConsumerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewHashConsumer creates a new instance of HashConsumer, bound to a specific deployed contract.
func NewHashConsumer(address common.Address, backend bind.ContractBackend) (*HashConsumer, error) {
	contract, err := bindHashConsumer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &HashConsumer{HashConsumerCaller: HashConsumerCaller{contract: contract}, HashConsumerTransactor: HashConsumerTransactor{contract: contract}, HashConsumerFilterer: HashConsumerFilterer{contract: contract}}, nil
}

// NewHashConsumerCaller creates a new read-only instance of HashConsumer, bound to a specific deployed contract.
func NewHashConsumerCaller(address common.Address, caller bind.ContractCaller) (*HashConsumerCaller, error) {
	contract, err := bindHashConsumer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &HashConsumerCaller{contract: contract}, nil
}

// NewHashConsumerTransactor creates a new write-only instance of HashConsumer, bound to a specific deployed contract.
func NewHashConsumerTransactor(address common.Address, transactor bind.ContractTransactor) (*HashConsumerTransactor, error) {
	contract, err := bindHashConsumer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &HashConsumerTransactor{contract: contract}, nil
}

// NewHashConsumerFilterer creates a new log filterer instance of HashConsumer, bound to a specific deployed contract.
func NewHashConsumerFilterer(address common.Address, filterer bind.ContractFilterer) (*HashConsumerFilterer, error) {
	contract, err := bindHashConsumer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &HashConsumerFilterer{contract: contract}, nil
}

// bindHashConsumer binds a generic wrapper to an already deployed contract.
func bindHashConsumer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := HashConsumerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_HashConsumer *HashConsumerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _HashConsumer.Contract.HashConsumerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_HashConsumer *HashConsumerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _HashConsumer.Contract.HashConsumerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_HashConsumer *HashConsumerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _HashConsumer.Contract.HashConsumerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_HashConsumer *HashConsumerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _HashConsumer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_HashConsumer *HashConsumerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _HashConsumer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_HashConsumer *HashConsumerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _HashConsumer.Contract.contract.Transact(opts, method, params...)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_HashConsumer *HashConsumerCaller) MAXNONCEGAP(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "MAX_NONCE_GAP")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_HashConsumer *HashConsumerSession) MAXNONCEGAP() (uint64, error) {
	return _HashConsumer.Contract.MAXNONCEGAP(&_HashConsumer.CallOpts)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_HashConsumer *HashConsumerCallerSession) MAXNONCEGAP() (uint64, error) {
	return _HashConsumer.Contract.MAXNONCEGAP(&_HashConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_HashConsumer *HashConsumerCaller) AcceptsBareRequestSignatures(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "acceptsBareRequestSignatures")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_HashConsumer *HashConsumerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _HashConsumer.Contract.AcceptsBareRequestSignatures(&_HashConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_HashConsumer *HashConsumerCallerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _HashConsumer.Contract.AcceptsBareRequestSignatures(&_HashConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_HashConsumer *HashConsumerCaller) GetNextNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "getNextNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_HashConsumer *HashConsumerSession) GetNextNonce() (uint64, error) {
	return _HashConsumer.Contract.GetNextNonce(&_HashConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_HashConsumer *HashConsumerCallerSession) GetNextNonce() (uint64, error) {
	return _HashConsumer.Contract.GetNextNonce(&_HashConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_HashConsumer *HashConsumerCaller) GetNextOffchainNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "getNextOffchainNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_HashConsumer *HashConsumerSession) GetNextOffchainNonce() (uint64, error) {
	return _HashConsumer.Contract.GetNextOffchainNonce(&_HashConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_HashConsumer *HashConsumerCallerSession) GetNextOffchainNonce() (uint64, error) {
	return _HashConsumer.Contract.GetNextOffchainNonce(&_HashConsumer.CallOpts)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_HashConsumer *HashConsumerCaller) GetOffchainInputHashForJob(opts *bind.CallOpts, jobID [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "getOffchainInputHashForJob", jobID)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_HashConsumer *HashConsumerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _HashConsumer.Contract.GetOffchainInputHashForJob(&_HashConsumer.CallOpts, jobID)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_HashConsumer *HashConsumerCallerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _HashConsumer.Contract.GetOffchainInputHashForJob(&_HashConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_HashConsumer *HashConsumerCaller) GetOnchainInputForJob(opts *bind.CallOpts, jobID [32]byte) ([]byte, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "getOnchainInputForJob", jobID)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_HashConsumer *HashConsumerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _HashConsumer.Contract.GetOnchainInputForJob(&_HashConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_HashConsumer *HashConsumerCallerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _HashConsumer.Contract.GetOnchainInputForJob(&_HashConsumer.CallOpts, jobID)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_HashConsumer *HashConsumerCaller) IsRequester(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "isRequester", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_HashConsumer *HashConsumerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _HashConsumer.Contract.IsRequester(&_HashConsumer.CallOpts, arg0)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_HashConsumer *HashConsumerCallerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _HashConsumer.Contract.IsRequester(&_HashConsumer.CallOpts, arg0)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_HashConsumer *HashConsumerCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_HashConsumer *HashConsumerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _HashConsumer.Contract.IsValidSignature(&_HashConsumer.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_HashConsumer *HashConsumerCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _HashConsumer.Contract.IsValidSignature(&_HashConsumer.CallOpts, hash, signature)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_HashConsumer *HashConsumerCaller) JobManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "jobManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_HashConsumer *HashConsumerSession) JobManager() (common.Address, error) {
	return _HashConsumer.Contract.JobManager(&_HashConsumer.CallOpts)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_HashConsumer *HashConsumerCallerSession) JobManager() (common.Address, error) {
	return _HashConsumer.Contract.JobManager(&_HashConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_HashConsumer *HashConsumerCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_HashConsumer *HashConsumerSession) MaxCycles() (uint64, error) {
	return _HashConsumer.Contract.MaxCycles(&_HashConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_HashConsumer *HashConsumerCallerSession) MaxCycles() (uint64, error) {
	return _HashConsumer.Contract.MaxCycles(&_HashConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_HashConsumer *HashConsumerCaller) OffchainSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "offchainSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_HashConsumer *HashConsumerSession) OffchainSigner() (common.Address, error) {
	return _HashConsumer.Contract.OffchainSigner(&_HashConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_HashConsumer *HashConsumerCallerSession) OffchainSigner() (common.Address, error) {
	return _HashConsumer.Contract.OffchainSigner(&_HashConsumer.CallOpts)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_HashConsumer *HashConsumerCaller) OutputHashes(opts *bind.CallOpts, arg0 [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "outputHashes", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_HashConsumer *HashConsumerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _HashConsumer.Contract.OutputHashes(&_HashConsumer.CallOpts, arg0)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_HashConsumer *HashConsumerCallerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _HashConsumer.Contract.OutputHashes(&_HashConsumer.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_HashConsumer *HashConsumerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_HashConsumer *HashConsumerSession) Owner() (common.Address, error) {
	return _HashConsumer.Contract.Owner(&_HashConsumer.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_HashConsumer *HashConsumerCallerSession) Owner() (common.Address, error) {
	return _HashConsumer.Contract.Owner(&_HashConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_HashConsumer *HashConsumerCaller) ProgramID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "programID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_HashConsumer *HashConsumerSession) ProgramID() ([32]byte, error) {
	return _HashConsumer.Contract.ProgramID(&_HashConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_HashConsumer *HashConsumerCallerSession) ProgramID() ([32]byte, error) {
	return _HashConsumer.Contract.ProgramID(&_HashConsumer.CallOpts)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_HashConsumer *HashConsumerCaller) RequesterOf(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _HashConsumer.contract.Call(opts, &out, "requesterOf", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_HashConsumer *HashConsumerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _HashConsumer.Contract.RequesterOf(&_HashConsumer.CallOpts, arg0)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_HashConsumer *HashConsumerCallerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _HashConsumer.Contract.RequesterOf(&_HashConsumer.CallOpts, arg0)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_HashConsumer *HashConsumerTransactor) ReceiveResult(opts *bind.TransactOpts, jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _HashConsumer.contract.Transact(opts, "receiveResult", jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_HashConsumer *HashConsumerSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.ReceiveResult(&_HashConsumer.TransactOpts, jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_HashConsumer *HashConsumerTransactorSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.ReceiveResult(&_HashConsumer.TransactOpts, jobID, result)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_HashConsumer *HashConsumerTransactor) Request(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _HashConsumer.contract.Transact(opts, "request", input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_HashConsumer *HashConsumerSession) Request(input []byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.Request(&_HashConsumer.TransactOpts, input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_HashConsumer *HashConsumerTransactorSession) Request(input []byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.Request(&_HashConsumer.TransactOpts, input)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_HashConsumer *HashConsumerTransactor) SetInputsForJob(opts *bind.TransactOpts, jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _HashConsumer.contract.Transact(opts, "setInputsForJob", jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_HashConsumer *HashConsumerSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.SetInputsForJob(&_HashConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_HashConsumer *HashConsumerTransactorSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _HashConsumer.Contract.SetInputsForJob(&_HashConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_HashConsumer *HashConsumerTransactor) SetRequester(opts *bind.TransactOpts, requester common.Address, allowed bool) (*types.Transaction, error) {
	return _HashConsumer.contract.Transact(opts, "setRequester", requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_HashConsumer *HashConsumerSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _HashConsumer.Contract.SetRequester(&_HashConsumer.TransactOpts, requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_HashConsumer *HashConsumerTransactorSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _HashConsumer.Contract.SetRequester(&_HashConsumer.TransactOpts, requester, allowed)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_HashConsumer *HashConsumerTransactor) UpdateLatestNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _HashConsumer.contract.Transact(opts, "updateLatestNonce", nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_HashConsumer *HashConsumerSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _HashConsumer.Contract.UpdateLatestNonce(&_HashConsumer.TransactOpts, nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_HashConsumer *HashConsumerTransactorSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _HashConsumer.Contract.UpdateLatestNonce(&_HashConsumer.TransactOpts, nonce)
}

// HashConsumerJobFailedIterator is returned from FilterJobFailed and is used to iterate over the raw logs and unpacked data for JobFailed events raised by the HashConsumer contract.
type HashConsumerJobFailedIterator struct {
	Event *HashConsumerJobFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *HashConsumerJobFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HashConsumerJobFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(HashConsumerJobFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *HashConsumerJobFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HashConsumerJobFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HashConsumerJobFailed represents a JobFailed event raised by the HashConsumer contract.
type HashConsumerJobFailed struct {
	JobID    [32]byte
	ExitCode uint32
	Output   []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterJobFailed is a free log retrieval operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_HashConsumer *HashConsumerFilterer) FilterJobFailed(opts *bind.FilterOpts, jobID [][32]byte) (*HashConsumerJobFailedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _HashConsumer.contract.FilterLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &HashConsumerJobFailedIterator{contract: _HashConsumer.contract, event: "JobFailed", logs: logs, sub: sub}, nil
}

// WatchJobFailed is a free log subscription operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_HashConsumer *HashConsumerFilterer) WatchJobFailed(opts *bind.WatchOpts, sink chan<- *HashConsumerJobFailed, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _HashConsumer.contract.WatchLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HashConsumerJobFailed)
				if err := _HashConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobFailed is a log parse operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_HashConsumer *HashConsumerFilterer) ParseJobFailed(log types.Log) (*HashConsumerJobFailed, error) {
	event := new(HashConsumerJobFailed)
	if err := _HashConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// HashConsumerRequesterSetIterator is returned from FilterRequesterSet and is used to iterate over the raw logs and unpacked data for RequesterSet events raised by the HashConsumer contract.
type HashConsumerRequesterSetIterator struct {
	Event *HashConsumerRequesterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *HashConsumerRequesterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(HashConsumerRequesterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(HashConsumerRequesterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *HashConsumerRequesterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *HashConsumerRequesterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// HashConsumerRequesterSet represents a RequesterSet event raised by the HashConsumer contract.
type HashConsumerRequesterSet struct {
	Requester common.Address
	Allowed   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRequesterSet is a free log retrieval operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_HashConsumer *HashConsumerFilterer) FilterRequesterSet(opts *bind.FilterOpts, requester []common.Address) (*HashConsumerRequesterSetIterator, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _HashConsumer.contract.FilterLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return &HashConsumerRequesterSetIterator{contract: _HashConsumer.contract, event: "RequesterSet", logs: logs, sub: sub}, nil
}

// WatchRequesterSet is a free log subscription operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_HashConsumer *HashConsumerFilterer) WatchRequesterSet(opts *bind.WatchOpts, sink chan<- *HashConsumerRequesterSet, requester []common.Address) (event.Subscription, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _HashConsumer.contract.WatchLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(HashConsumerRequesterSet)
				if err := _HashConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRequesterSet is a log parse operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_HashConsumer *HashConsumerFilterer) ParseRequesterSet(log types.Log) (*HashConsumerRequesterSet, error) {
	event := new(HashConsumerRequesterSet)
	if err := _HashConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IFinalVerifierMetaData contains all meta data concerning the IFinalVerifier contract.
var IFinalVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IFinalVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use IFinalVerifierMetaData.ABI instead.
var IFinalVerifierABI = IFinalVerifierMetaData.ABI

// IFinalVerifier is an auto generated Go binding around an Ethereum contract.
type IFinalVerifier struct {
	IFinalVerifierCaller     // Read-only binding to the contract
	IFinalVerifierTransactor // Write-only binding to the contract
	IFinalVerifierFilterer   // Log filterer for contract events
}

// IFinalVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type IFinalVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IFinalVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IFinalVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IFinalVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IFinalVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IFinalVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IFinalVerifierSession struct {
	Contract     *IFinalVerifier   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IFinalVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IFinalVerifierCallerSession struct {
	Contract *IFinalVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// IFinalVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IFinalVerifierTransactorSession struct {
	Contract     *IFinalVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// IFinalVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type IFinalVerifierRaw struct {
	Contract *IFinalVerifier // Generic contract binding to access the raw methods on
}

// IFinalVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IFinalVerifierCallerRaw struct {
	Contract *IFinalVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// IFinalVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IFinalVerifierTransactorRaw struct {
	Contract *IFinalVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIFinalVerifier creates a new instance of IFinalVerifier, bound to a specific deployed contract.
func NewIFinalVerifier(address common.Address, backend bind.ContractBackend) (*IFinalVerifier, error) {
	contract, err := bindIFinalVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IFinalVerifier{IFinalVerifierCaller: IFinalVerifierCaller{contract: contract}, IFinalVerifierTransactor: IFinalVerifierTransactor{contract: contract}, IFinalVerifierFilterer: IFinalVerifierFilterer{contract: contract}}, nil
}

// NewIFinalVerifierCaller creates a new read-only instance of IFinalVerifier, bound to a specific deployed contract.
func NewIFinalVerifierCaller(address common.Address, caller bind.ContractCaller) (*IFinalVerifierCaller, error) {
	contract, err := bindIFinalVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IFinalVerifierCaller{contract: contract}, nil
}

// NewIFinalVerifierTransactor creates a new write-only instance of IFinalVerifier, bound to a specific deployed contract.
func NewIFinalVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*IFinalVerifierTransactor, error) {
	contract, err := bindIFinalVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IFinalVerifierTransactor{contract: contract}, nil
}

// NewIFinalVerifierFilterer creates a new log filterer instance of IFinalVerifier, bound to a specific deployed contract.
func NewIFinalVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*IFinalVerifierFilterer, error) {
	contract, err := bindIFinalVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IFinalVerifierFilterer{contract: contract}, nil
}

// bindIFinalVerifier binds a generic wrapper to an already deployed contract.
func bindIFinalVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IFinalVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IFinalVerifier *IFinalVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IFinalVerifier.Contract.IFinalVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IFinalVerifier *IFinalVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IFinalVerifier.Contract.IFinalVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IFinalVerifier *IFinalVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IFinalVerifier.Contract.IFinalVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IFinalVerifier *IFinalVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IFinalVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IFinalVerifier *IFinalVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IFinalVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IFinalVerifier *IFinalVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IFinalVerifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_IFinalVerifier *IFinalVerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [1]*big.Int) error {
	var out []interface{}
	err := _IFinalVerifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_IFinalVerifier *IFinalVerifierSession) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _IFinalVerifier.Contract.VerifyProof(&_IFinalVerifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_IFinalVerifier *IFinalVerifierCallerSession) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _IFinalVerifier.Contract.VerifyProof(&_IFinalVerifier.CallOpts, proof, input)
}

// IGroth16VerifierMetaData contains all meta data concerning the IGroth16Verifier contract.
var IGroth16VerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
}

// IGroth16VerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use IGroth16VerifierMetaData.ABI instead.
var IGroth16VerifierABI = IGroth16VerifierMetaData.ABI

// IGroth16Verifier is an auto generated Go binding around an Ethereum contract.
type IGroth16Verifier struct {
	IGroth16VerifierCaller     // Read-only binding to the contract
	IGroth16VerifierTransactor // Write-only binding to the contract
	IGroth16VerifierFilterer   // Log filterer for contract events
}

// IGroth16VerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type IGroth16VerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IGroth16VerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IGroth16VerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IGroth16VerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IGroth16VerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IGroth16VerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IGroth16VerifierSession struct {
	Contract     *IGroth16Verifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IGroth16VerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IGroth16VerifierCallerSession struct {
	Contract *IGroth16VerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// IGroth16VerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IGroth16VerifierTransactorSession struct {
	Contract     *IGroth16VerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// IGroth16VerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type IGroth16VerifierRaw struct {
	Contract *IGroth16Verifier // Generic contract binding to access the raw methods on
}

// IGroth16VerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IGroth16VerifierCallerRaw struct {
	Contract *IGroth16VerifierCaller // Generic read-only contract binding to access the raw methods on
}

// IGroth16VerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IGroth16VerifierTransactorRaw struct {
	Contract *IGroth16VerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIGroth16Verifier creates a new instance of IGroth16Verifier, bound to a specific deployed contract.
func NewIGroth16Verifier(address common.Address, backend bind.ContractBackend) (*IGroth16Verifier, error) {
	contract, err := bindIGroth16Verifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IGroth16Verifier{IGroth16VerifierCaller: IGroth16VerifierCaller{contract: contract}, IGroth16VerifierTransactor: IGroth16VerifierTransactor{contract: contract}, IGroth16VerifierFilterer: IGroth16VerifierFilterer{contract: contract}}, nil
}

// NewIGroth16VerifierCaller creates a new read-only instance of IGroth16Verifier, bound to a specific deployed contract.
func NewIGroth16VerifierCaller(address common.Address, caller bind.ContractCaller) (*IGroth16VerifierCaller, error) {
	contract, err := bindIGroth16Verifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IGroth16VerifierCaller{contract: contract}, nil
}

// NewIGroth16VerifierTransactor creates a new write-only instance of IGroth16Verifier, bound to a specific deployed contract.
func NewIGroth16VerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*IGroth16VerifierTransactor, error) {
	contract, err := bindIGroth16Verifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IGroth16VerifierTransactor{contract: contract}, nil
}

// NewIGroth16VerifierFilterer creates a new log filterer instance of IGroth16Verifier, bound to a specific deployed contract.
func NewIGroth16VerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*IGroth16VerifierFilterer, error) {
	contract, err := bindIGroth16Verifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IGroth16VerifierFilterer{contract: contract}, nil
}

// bindIGroth16Verifier binds a generic wrapper to an already deployed contract.
func bindIGroth16Verifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IGroth16VerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IGroth16Verifier *IGroth16VerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IGroth16Verifier.Contract.IGroth16VerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IGroth16Verifier *IGroth16VerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IGroth16Verifier.Contract.IGroth16VerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IGroth16Verifier *IGroth16VerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IGroth16Verifier.Contract.IGroth16VerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IGroth16Verifier *IGroth16VerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IGroth16Verifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IGroth16Verifier *IGroth16VerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IGroth16Verifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IGroth16Verifier *IGroth16VerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IGroth16Verifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_IGroth16Verifier *IGroth16VerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [27]*big.Int) error {
	var out []interface{}
	err := _IGroth16Verifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_IGroth16Verifier *IGroth16VerifierSession) VerifyProof(proof []byte, input [27]*big.Int) error {
	return _IGroth16Verifier.Contract.VerifyProof(&_IGroth16Verifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_IGroth16Verifier *IGroth16VerifierCallerSession) VerifyProof(proof []byte, input [27]*big.Int) error {
	return _IGroth16Verifier.Contract.VerifyProof(&_IGroth16Verifier.CallOpts, proof, input)
}

// JobManagerMetaData contains all meta data concerning the JobManager contract.
var JobManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"ChainIdTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"ClassOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOperatorSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidProgramID\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"JobIDMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"MaxCyclesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobConsumerOrOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"OffchainInputHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"OnchainInputHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OnchainInputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ProgramIDMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"ProofClassTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StateRootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxCycles\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"JobCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"required\",\"type\":\"bool\"}],\"name\":\"OperatorConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EIP712_NAME\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EIP712_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OFFCHAIN_JOB_REQUEST_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"x\",\"type\":\"uint64\"}],\"name\":\"ceilLog2\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getJobContext\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getJobMetadata\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structJobMetadata\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"jobRequest\",\"type\":\"bytes\"}],\"name\":\"hashOffchainJobRequest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSignatureRequired\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"required\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"resultWithMetadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"offchainResultWithMetadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatureOnResult\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"jobRequest\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatureOnRequest\",\"type\":\"bytes\"}],\"name\":\"submitResultForOffchainJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161363138038061363183398101604081905261002e91610193565b6001600160a01b0382811660c0525f80546001600160a01b0319169183169190911790554660a05261013d604080518082018252601381527f7a6b70726f766572204a6f624d616e61676572000000000000000000000000006020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527fd3aa7bf5e289223be5fa23993d5ce3a974c56a27b488843f204d4a8affb849d5818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a0808301919091528351808303909101815260c0909101909252815191012090565b6080526040516001600160a01b038216905f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350506101cb565b6001600160a01b0381168114610190575f5ffd5b50565b5f5f604083850312156101a4575f5ffd5b82516101af8161017c565b60208401519092506101c08161017c565b809150509250929050565b60805160a05160c05161342761020a5f395f818161023f01528181610f1e0152818161144f015261197f01525f61045e01525f61056101526134275ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806384b0196e116100a9578063d92ea3261161006e578063d92ea32614610310578063ea25348714610337578063eccec5a81461034a578063f2fde38b1461036a578063f4c672791461037d575f5ffd5b806384b0196e146102615780638da5cb5b1461027c578063a17cbeba1461028e578063a3bba9f5146102ea578063a8f63fb6146102fd575f5ffd5b806349de7a20116100ef57806349de7a20146101c2578063558a7297146101e7578063570ca735146101fc5780635fae1450146102275780637b1039991461023a575f5ffd5b80630b827bfc146101205780633644e515146101495780633b2fb7a81461015f57806347c98ca61461019e575b5f5ffd5b61013361012e366004612651565b610390565b6040516101409190612696565b60405180910390f35b61015161045b565b604051908152602001610140565b610191604051806040016040528060138152602001723d35b83937bb32b9102537b126b0b730b3b2b960691b81525081565b60405161014091906126ef565b6001546101b290600160a01b900460ff1681565b6040519015158152602001610140565b6101d56101d0366004612717565b610583565b60405160ff9091168152602001610140565b6101fa6101f5366004612756565b6105b1565b005b60015461020f906001600160a01b031681565b6040516001600160a01b039091168152602001610140565b6101fa610235366004612651565b610647565b61020f7f000000000000000000000000000000000000000000000000000000000000000081565b61026961072e565b604051610140979695949392919061278b565b5f5461020f906001600160a01b031681565b6102a161029c366004612651565b6107dd565b6040805182516001600160401b0390811682526020808501518216908301528383015116918101919091526060918201516001600160a01b031691810191909152608001610140565b6101516102f8366004612865565b61089e565b61015161030b3660046128a3565b6108bc565b6101517f2e78ea3d5d7513f016bc978ada22457df26bfe54feaac58eb67dc77f23bc2ac381565b6101fa610345366004612930565b610c44565b610191604051806040016040528060018152602001603160f81b81525081565b6101fa61037836600461299a565b611039565b6101fa61038b3660046129b3565b6110bc565b6040805160808101825260608082525f602083018190529282018390528101919091525f8281526002602052604081206001810154909190600160e01b900460ff16156103fa5781546040805160208101929092520160405160208183030381529060405261040a565b60405180602001604052805f8152505b60408051608081018252918252600193909301546001600160401b0381166020830152600160401b81046001600160a01b031693820193909352600160e01b90920460ff1660608301525092915050565b5f7f0000000000000000000000000000000000000000000000000000000000000000461461055e575060408051808201825260138152723d35b83937bb32b9102537b126b0b730b3b2b960691b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527fd3aa7bf5e289223be5fa23993d5ce3a974c56a27b488843f204d4a8affb849d5818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a0808301919091528351808303909101815260c0909101909252815191012090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f5b6001600160401b038216600160ff83161b10156105ac576105a581612a91565b9050610585565b919050565b5f546001600160a01b031633146105db576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0384166001600160a81b03199091168117600160a01b841515908102919091179092556040805191825260208201929092527f4fb3d2396e1561fe8c0f5a2703699971f2c6db6fad8bb99f4cbc2696b31cea2f910160405180910390a15050565b5f8181526002602052604090206001810154600160401b90046001600160a01b0316331480159061068257505f546001600160a01b03163314155b156106a05760405163b7dd11c560e01b815260040160405180910390fd5b600181810154600160e01b900460ff16146106eb57600181015460405163eb38cf8b60e01b815260048101849052600160e01b90910460ff1660248201526044015b60405180910390fd5b60018101805460ff60e01b1916600160e11b17905560405182907f9ccc861eaec2aceb9488758b457d6274b344707bc4e961cbaefacd208025410f905f90a25050565b5f6060805f5f5f6060604051806040016040528060138152602001723d35b83937bb32b9102537b126b0b730b3b2b960691b815250604051806040016040528060018152602001603160f81b81525046305f5f1b5f6001600160401b0381111561079a5761079a612aaf565b6040519080825280602002602001820160405280156107c3578160200160208202803683370190505b50600f60f81b9d959c50939a509198509650945092509050565b604080516080810182525f8082526020820181905291810182905260608101919091525f82815260026020526040812060018101549091600160e01b90910460ff1690036108415760405163c182b72d60e01b8152600481018490526024016106e2565b60405180608001604052806108546116a5565b6001600160401b0390811682526002840154600160401b8082048316602085015291166040830152600190930154929092046001600160a01b031660609092019190915292915050565b5f6108b36108ae83850185612bd9565b6116d5565b90505b92915050565b5f5f6108fc87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117e392505050565b905061090781611814565b50826001600160401b03165f0361093157604051635a0f079360e11b815260040160405180910390fd5b61010084111561095757604051633421f91960e11b8152600481018590526024016106e2565b6001603f1b6001600160401b0389161061098f57604051636c4a249f60e11b81526001600160401b03891660048201526024016106e2565b87336040516020016109a2929190612cb6565b60408051808303601f1901815291815281516020928301205f8181526002909352912060010154909250600160e01b900460ff16156109f75760405163b6a8d58360e01b8152600481018390526024016106e2565b6040518060c00160405280828152602001846001600160401b03168152602001336001600160a01b03168152602001600160ff168152602001896001600160401b03168152602001426001600160401b031681525060025f8481526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060408201518160010160086101000a8154816001600160a01b0302191690836001600160a01b03160217905550606082015181600101601c6101000a81548160ff021916908360ff1602179055506080820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160020160086101000a8154816001600160401b0302191690836001600160401b03160217905550905050336001600160a01b0316886001600160401b0316837f6746f3d160e2aee55f5b75a72021b8b806113443f64eed235b5f69af10d4890b868b8b8b8b604051610b87959493929190612d0d565b60405180910390a460405163f0bb3feb60e01b8152339063f0bb3feb90610bb8908590899089905f90600401612d4e565b5f604051808303815f87803b158015610bcf575f5ffd5b505af1158015610be1573d5f5f3e3d5ffd5b5050604051632dd6202960e21b81526001600160401b038b16600482015233925063b75880a491506024015f604051808303815f87803b158015610c23575f5ffd5b505af1158015610c35573d5f5f3e3d5ffd5b50505050509695505050505050565b610c508484848461185c565b5f610c5d84860186612d9b565b80515f908152600260205260408120600181015492935091600160e01b900460ff1690819003610ca657825160405163c182b72d60e01b815260048101919091526024016106e2565b60ff8116600114610cd957825160405163eb38cf8b60e01b8152600481019190915260ff821660248201526044016106e2565b5f610ce784606001516117e3565b83549091508114610d18578254604051639dfe4d0160e01b81526004810191909152602481018290526044016106e2565b600183015460408501516001600160401b03908116911614610d6a576001830154604085810151905163ddcbe47760e01b81526001600160401b039283166004820152911660248201526044016106e2565b600183015484516040516329afd8af60e11b81526004810191909152600160401b9091046001600160a01b0316905f90829063535fb15e906024015f60405180830381865afa158015610dbf573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610de69190810190612eb9565b90505f8180519060200120905086602001518114610e2757602087015160405163f46c8f7b60e01b81526106e2918391600401918252602082015260400190565b610e3a8761010001518860400151611937565b5f6040518061010001604052808681526020016040518060800160405280610e606116a5565b6001600160401b03908116825260028c0154600160401b810482166020808501919091529082166040808501919091526001600160a01b038b1660609485015293855284018890527f11d5b1f3b3a4a5e5d818e088ecf3fa7a31616156c3ef14865e6a60118189eae89284019290925260c0808d01519184019190915260e08c015160808085019190915260a0808e015163ffffffff16908501528c01519201919091526101008a01516101208b015160018b0154939450610f46937f000000000000000000000000000000000000000000000000000000000000000093869116611a26565b60018701805460ff60e01b1916600360e01b179055875160808901516040517f18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f91610f90916126ef565b60405180910390a2836001600160a01b0316635dd80855895f01518a60a001518b60c001518c60e001518d60800151604051602001610fd29493929190612f2d565b6040516020818303038152906040526040518363ffffffff1660e01b8152600401610ffe929190612f61565b5f604051808303815f87803b158015611015575f5ffd5b505af1158015611027573d5f5f3e3d5ffd5b50505050505050505050505050505050565b5f546001600160a01b03163314611063576040516330cd747160e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b6110c88888888861185c565b5f6110d584860186612bd9565b80519091506001603f1b6001600160401b039091161015611117578051604051636c4a249f60e11b81526001600160401b0390911660048201526024016106e2565b6111248186868686611afd565b5f611131898b018b612fee565b90505f825f0151836040015160405160200161114e929190612cb6565b60405160208183030381529060405280519060200120905080825f015114611196578151604051633bec687360e11b81526106e2918391600401918252602082015260400190565b5f81815260026020526040902060010154600160e01b900460ff16156111d25760405163b6a8d58360e01b8152600481018290526024016106e2565b5f6111e084606001516117e3565b90505f6111f084608001516117e3565b905081811461121c57604051639dfe4d0160e01b815260048101839052602481018290526044016106e2565b84602001516001600160401b03165f0361124957604051635a0f079360e11b815260040160405180910390fd5b84602001516001600160401b031684606001516001600160401b0316146112a0576020850151606085015160405163ddcbe47760e01b81526001600160401b039283166004820152911660248201526044016106e2565b61010085608001515111156112d157846080015151604051633421f91960e11b81526004016106e291815260200190565b6080850151805160209182012090850151811461131157602085015160405163f46c8f7b60e01b81526106e2918391600401918252602082015260400190565b8560a0015185604001511461134b5760a086015160408087015190516261720b60e41b8152600481019290925260248201526044016106e2565b8560c00151856101000151146113885760c08601516101008601516040516337f04d4160e01b8152600481019290925260248201526044016106e2565b61139b8561014001518660600151611937565b5f60405180610100016040528085815260200160405180608001604052806113c16116a5565b6001600160401b031681526020015f6001600160401b031681526020018a5f01516001600160401b031681526020018a604001516001600160a01b03168152508152602001886080015181526020018860a001518152602001876101000151815260200187610120015181526020018760e0015163ffffffff1681526020018760a0015181525090506114857f0000000000000000000000000000000000000000000000000000000000000000876101400151886101600151848b60200151611a26565b5f85815260026020818152604092839020878155908a01516001820180548c8601516001600160401b039384166001600160e01b031990921691909117600160401b6001600160a01b039092169182021760ff60e01b1916600360e01b179091558b51938301805467ffffffffffffffff19169490921693909317905560808a015160a08b0151935163f0bb3feb60e01b8152919363f0bb3feb92611530928b929091600401613142565b5f604051808303815f87803b158015611547575f5ffd5b505af1158015611559573d5f5f3e3d5ffd5b5050505060408881015189519151632dd6202960e21b81526001600160401b0390921660048301526001600160a01b03169063b75880a4906024015f604051808303815f87803b1580156115ab575f5ffd5b505af11580156115bd573d5f5f3e3d5ffd5b50505050857f18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f8860a001516040516115f591906126ef565b60405180910390a287604001516001600160a01b0316635dd80855878960e001518a61010001518b61012001518c60a0015160405160200161163a9493929190612f2d565b6040516020818303038152906040526040518363ffffffff1660e01b8152600401611666929190612f61565b5f604051808303815f87803b15801561167d575f5ffd5b505af115801561168f573d5f5f3e3d5ffd5b5050505050505050505050505050505050505050565b5f6001600160401b034611156116d057604051631063f20160e11b81524660048201526024016106e2565b504690565b5f5f7f2e78ea3d5d7513f016bc978ada22457df26bfe54feaac58eb67dc77f23bc2ac3835f0151846020015185604001518660600151805190602001208760800151805190602001208860a001518960c001516040516020016117859897969594939291909788526001600160401b0396871660208901529490951660408701526001600160a01b03929092166060860152608085015260a084015260c083019190915260e08201526101000190565b6040516020818303038152906040528051906020012090506117a561045b565b60405161190160f01b602082015260228101919091526042810182905260620160405160208183030381529060405280519060200120915050919050565b5f815160201461180b578151604051637777d00d60e11b81526004016106e291815260200190565b6108b68261316a565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821061185857604051631c35841b60e01b8152600481018390526024016106e2565b5090565b600154600160a01b900460ff1615611931575f6118eb6118b086868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c5492505050565b84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c8e92505050565b90506001600160a01b038116158061191157506001546001600160a01b03828116911614155b1561192f57604051632616a48960e11b815260040160405180910390fd5b505b50505050565b608060ff831610611946575050565b61194f81610583565b60ff1661195b83611d87565b60ff1611611967575050565b6040516305dbe5a760e21b815260ff831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063176f969c90602401602060405180830381865afa1580156119cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119f0919061318d565b156119f9575050565b6040516304f106f560e21b815260ff831660048201526001600160401b03821660248201526044016106e2565b608060ff85161015611a9b57846001600160a01b031663ead8cb858585611a4c86611dc5565b6040518463ffffffff1660e01b8152600401611a6a939291906131af565b5f6040518083038186803b158015611a80575f5ffd5b505afa158015611a92573d5f5f3e3d5ffd5b5050505061192f565b60c08416608003611adf57846001600160a01b031663fe78dddd8585611ac18686611efd565b6040518463ffffffff1660e01b8152600401611a6a939291906131ff565b6040516328b67ac960e01b815260ff851660048201526024016106e2565b60408501515f611b0c82612216565b611b1e57611b19876116d5565b611b5c565b611b5c86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c5492505050565b90505f5f836001600160a01b0316838787604051602401611b7f9392919061321a565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b17905251611bb49190613253565b5f60405180830381855afa9150503d805f8114611bec576040519150601f19603f3d011682016040523d82523d5f602084013e611bf1565b606091505b5091509150811580611c04575060208151105b80611c2b57508051630b135d3f60e11b90611c28908301602090810190840161325e565b14155b15611c49576040516339c8fb4b60e21b815260040160405180910390fd5b505050505050505050565b5f611c5f82516122d2565b82604051602001611c71929190613275565b604051602081830303815290604052805190602001209050919050565b5f8151604114611c9f57505f6108b6565b6020820151604083015160608401515f1a601b811015611cc757611cc4601b826132af565b90505b8060ff16601b14158015611cdf57508060ff16601c14155b15611cef575f93505050506108b6565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611d22575f93505050506108b6565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611d72573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b5f60808260ff1610611db1576040516328b67ac960e01b815260ff831660048201526024016106e2565b60408260ff16106118585781601f166108b6565b611dcd612632565b8151611dd890611814565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff0000000000000000166001600160401b039092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e082015151611e53906004906132f0565b15611e7a578160e00151516040516341562d0960e01b81526004016106e291815260200190565b611e938260400151518360e00151518460c001516123cf565b81600360200201526060820151611ea990611814565b81600460200201526080820151611ebf90611814565b816005602002015260a0820151611ed590611814565b60c08201526040820151611eed90829060079061243c565b6105ac8160118460e0015161243c565b5f611f0a835f0151611814565b50611f188360600151611814565b50611f268360800151611814565b50611f348360a00151611814565b5060048360e0015151611f4791906132f0565b15611f6e578260e00151516040516341562d0960e01b81526004016106e291815260200190565b6101008360400151511115611f9f57826040015151604051630841f3ab60e01b81526004016106e291815260200190565b6101008360e00151511115611fd0578260e0015151604051630841f3ab60e01b81526004016106e291815260200190565b825160208085015180518183015160408084015160609094015190515f9661203f96909592910194855260c093841b6001600160c01b0319908116602087015292841b83166028860152921b16603083015260601b6bffffffffffffffffffffffff19166038820152604c0190565b60408051601f1981840301815291815285015180519061206182610100613303565b6001600160401b0381111561207857612078612aaf565b6040519080825280601f01601f1916602001820160405280156120a2576020820181803683370190505b506040516020016120b593929190613316565b60408051601f19818403018152908290526060870151608088015160a089015160c08a0151939461210c94906020019384526020840192909252604083015260e01b6001600160e01b031916606082015260640190565b60408051601f1981840301815291905260e087015180519061213082610100613303565b6001600160401b0381111561214757612147612aaf565b6040519080825280601f01601f191660200182016040528015612171576020820181803683370190505b50886040516020016121869493929190613338565b60408051601f19818403018152908290526121a69493929160200161337e565b60405160208183030381529060405290506002816040516121c79190613253565b602060405180830381855afa1580156121e2573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190612205919061325e565b6001600160fd1b0316949350505050565b60408051600481526024810182526020810180516001600160e01b031663f9b3e97f60e01b17905290515f91829182916001600160a01b0386169161225b9190613253565b5f60405180830381855afa9150503d805f8114612293576040519150601f19603f3d011682016040523d82523d5f602084013e612298565b606091505b50915091508180156122ab575080516020145b80156122ca5750808060200190518101906122c6919061325e565b6001145b949350505050565b6060815f036122f85750506040805180820190915260018152600360fc1b602082015290565b5f825b801561231e5761230a8261339e565b9150612317600a826133b6565b90506122fb565b50806001600160401b0381111561233757612337612aaf565b6040519080825280601f01601f191660200182016040528015612361576020820181803683370190505b5091505b82156123c957612376600a846132f0565b6123819060306133c9565b60f81b8261238e836133dc565b925082815181106123a1576123a16132c8565b60200101906001600160f81b03191690815f1a9053506123c2600a846133b6565b9250612365565b50919050565b5f6101008411156123f657604051630841f3ab60e01b8152600481018590526024016106e2565b61010083111561241c57604051630841f3ab60e01b8152600481018490526024016106e2565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f61244682612485565b90505f5b600a81101561192f5761245d82826124db565b8561246883876133c9565b601b8110612478576124786132c8565b602002015260010161244a565b80515f906101008111156124af57604051630841f3ab60e01b8152600481018290526024016106e2565b60405191505f5b6101208110156124cd575f838201526020016124b6565b508060208401835e50919050565b601c81028201515f906001600160e01b03612629825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b604051806103600160405280601b906020820280368337509192915050565b5f60208284031215612661575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f8251608060208401526126b160a0840182612668565b90506001600160401b03602085015116604084015260018060a01b03604085015116606084015260ff60608501511660808401528091505092915050565b602081525f6108b36020830184612668565b80356001600160401b03811681146105ac575f5ffd5b5f60208284031215612727575f5ffd5b6108b382612701565b80356001600160a01b03811681146105ac575f5ffd5b8015158114612753575f5ffd5b50565b5f5f60408385031215612767575f5ffd5b61277083612730565b9150602083013561278081612746565b809150509250929050565b60ff60f81b8816815260e060208201525f6127a960e0830189612668565b82810360408401526127bb8189612668565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156128105783518352602093840193909201916001016127f2565b50909b9a5050505050505050505050565b5f5f83601f840112612831575f5ffd5b5081356001600160401b03811115612847575f5ffd5b60208301915083602082850101111561285e575f5ffd5b9250929050565b5f5f60208385031215612876575f5ffd5b82356001600160401b0381111561288b575f5ffd5b61289785828601612821565b90969095509350505050565b5f5f5f5f5f5f608087890312156128b8575f5ffd5b6128c187612701565b955060208701356001600160401b038111156128db575f5ffd5b6128e789828a01612821565b90965094505060408701356001600160401b03811115612905575f5ffd5b61291189828a01612821565b9094509250612924905060608801612701565b90509295509295509295565b5f5f5f5f60408587031215612943575f5ffd5b84356001600160401b03811115612958575f5ffd5b61296487828801612821565b90955093505060208501356001600160401b03811115612982575f5ffd5b61298e87828801612821565b95989497509550505050565b5f602082840312156129aa575f5ffd5b6108b382612730565b5f5f5f5f5f5f5f5f6080898b0312156129ca575f5ffd5b88356001600160401b038111156129df575f5ffd5b6129eb8b828c01612821565b90995097505060208901356001600160401b03811115612a09575f5ffd5b612a158b828c01612821565b90975095505060408901356001600160401b03811115612a33575f5ffd5b612a3f8b828c01612821565b90955093505060608901356001600160401b03811115612a5d575f5ffd5b612a698b828c01612821565b999c989b5096995094979396929594505050565b634e487b7160e01b5f52601160045260245ffd5b5f60ff821660ff8103612aa657612aa6612a7d565b60010192915050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715612ae557612ae5612aaf565b60405290565b60405161014081016001600160401b0381118282101715612ae557612ae5612aaf565b60405161018081016001600160401b0381118282101715612ae557612ae5612aaf565b604051601f8201601f191681016001600160401b0381118282101715612b5957612b59612aaf565b604052919050565b5f6001600160401b03821115612b7957612b79612aaf565b50601f01601f191660200190565b5f82601f830112612b96575f5ffd5b8135612ba9612ba482612b61565b612b31565b818152846020838601011115612bbd575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60208284031215612be9575f5ffd5b81356001600160401b03811115612bfe575f5ffd5b820160e08185031215612c0f575f5ffd5b612c17612ac3565b612c2082612701565b8152612c2e60208301612701565b6020820152612c3f60408301612730565b604082015260608201356001600160401b03811115612c5c575f5ffd5b612c6886828501612b87565b60608301525060808201356001600160401b03811115612c86575f5ffd5b612c9286828501612b87565b60808301525060a0828101359082015260c091820135918101919091529392505050565b60c09290921b6001600160c01b031916825260601b6bffffffffffffffffffffffff19166008820152601c0190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0386168152606060208201525f612d2f606083018688612ce5565b8281036040840152612d42818587612ce5565b98975050505050505050565b848152606060208201525f612d67606083018587612ce5565b905082604083015295945050505050565b803563ffffffff811681146105ac575f5ffd5b803560ff811681146105ac575f5ffd5b5f60208284031215612dab575f5ffd5b81356001600160401b03811115612dc0575f5ffd5b82016101408185031215612dd2575f5ffd5b612dda612aeb565b8135815260208083013590820152612df460408301612701565b604082015260608201356001600160401b03811115612e11575f5ffd5b612e1d86828501612b87565b60608301525060808201356001600160401b03811115612e3b575f5ffd5b612e4786828501612b87565b608083015250612e5960a08301612d78565b60a082015260c0828101359082015260e08083013590820152612e7f6101008301612d8b565b6101008201526101208201356001600160401b03811115612e9e575f5ffd5b612eaa86828501612b87565b61012083015250949350505050565b5f60208284031215612ec9575f5ffd5b81516001600160401b03811115612ede575f5ffd5b8201601f81018413612eee575f5ffd5b8051612efc612ba482612b61565b818152856020838501011115612f10575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b63ffffffff85168152836020820152826040820152608060608201525f612f576080830184612668565b9695505050505050565b828152604060208201525f6122ca6040830184612668565b5f82601f830112612f88575f5ffd5b81356001600160401b03811115612fa157612fa1612aaf565b8060051b612fb160208201612b31565b91825260208185018101929081019086841115612fcc575f5ffd5b6020860192505b83831015612f57578235825260209283019290910190612fd3565b5f60208284031215612ffe575f5ffd5b81356001600160401b03811115613013575f5ffd5b82016101808185031215613025575f5ffd5b61302d612b0e565b81358152602080830135908201526040808301359082015261305160608301612701565b606082015260808201356001600160401b0381111561306e575f5ffd5b61307a86828501612b87565b60808301525060a08201356001600160401b03811115613098575f5ffd5b6130a486828501612b87565b60a08301525060c08201356001600160401b038111156130c2575f5ffd5b6130ce86828501612f79565b60c0830152506130e060e08301612d78565b60e0820152610100828101359082015261012080830135908201526131086101408301612d8b565b6101408201526101608201356001600160401b03811115613127575f5ffd5b61313386828501612b87565b61016083015250949350505050565b838152606060208201525f61315a6060830185612668565b9050826040830152949350505050565b805160208083015191908110156123c9575f1960209190910360031b1b16919050565b5f6020828403121561319d575f5ffd5b81516131a881612746565b9392505050565b60ff841681526103a060208201525f6131cc6103a0830185612668565b905060408201835f5b601b8110156131f45781518352602092830192909101906001016131d5565b505050949350505050565b60ff84168152606060208201525f61315a6060830185612668565b838152604060208201525f613233604083018486612ce5565b95945050505050565b5f81518060208401855e5f93019283525090919050565b5f6108b3828461323c565b5f6020828403121561326e575f5ffd5b5051919050565b7f19457468657265756d205369676e6564204d6573736167653a0a00000000000081525f6122ca6132a9601a84018661323c565b8461323c565b60ff81811683821601908111156108b6576108b6612a7d565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826132fe576132fe6132dc565b500690565b818103818111156108b6576108b6612a7d565b60f084901b6001600160f01b03191681525f6132336132a9600284018661323c565b60f085901b6001600160f01b03191681525f61336061335a600284018761323c565b8561323c565b60c09390931b6001600160c01b031916835250506008019392505050565b5f612f576132a9613398613392858a61323c565b8861323c565b8661323c565b5f600182016133af576133af612a7d565b5060010190565b5f826133c4576133c46132dc565b500490565b808201808211156108b6576108b6612a7d565b5f816133ea576133ea612a7d565b505f19019056fea26469706673582212205a7ad7f360a1ebb01632eecea0e8ac620ec0ae937feea01aaf9a191f7ca9012864736f6c63430008250033",
}

// JobManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use JobManagerMetaData.ABI instead.
var JobManagerABI = JobManagerMetaData.ABI

// JobManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use JobManagerMetaData.Bin instead.
var JobManagerBin = JobManagerMetaData.Bin

// DeployJobManager deploys a new Ethereum contract, binding an instance of JobManager to it.
func DeployJobManager(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, initialOwner common.Address) (common.Address, *types.Transaction, *JobManager, error) {
	parsed, err := JobManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(JobManagerBin), backend, registry_, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &JobManager{JobManagerCaller: JobManagerCaller{contract: contract}, JobManagerTransactor: JobManagerTransactor{contract: contract}, JobManagerFilterer: JobManagerFilterer{contract: contract}}, nil
}

// JobManager is an auto generated Go binding around an Ethereum contract.
type JobManager struct {
	JobManagerCaller     // Read-only binding to the contract
	JobManagerTransactor // Write-only binding to the contract
	JobManagerFilterer   // Log filterer for contract events
}

// JobManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type JobManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// JobManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type JobManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// JobManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type JobManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// JobManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type JobManagerSession struct {
	Contract     *JobManager       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// JobManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type JobManagerCallerSession struct {
	Contract *JobManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// JobManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type JobManagerTransactorSession struct {
	Contract     *JobManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// JobManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type JobManagerRaw struct {
	Contract *JobManager // Generic contract binding to access the raw methods on
}

// JobManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type JobManagerCallerRaw struct {
	Contract *JobManagerCaller // Generic read-only contract binding to access the raw methods on
}

// JobManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type JobManagerTransactorRaw struct {
	Contract *JobManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewJobManager creates a new instance of JobManager, bound to a specific deployed contract.
func NewJobManager(address common.Address, backend bind.ContractBackend) (*JobManager, error) {
	contract, err := bindJobManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &JobManager{JobManagerCaller: JobManagerCaller{contract: contract}, JobManagerTransactor: JobManagerTransactor{contract: contract}, JobManagerFilterer: JobManagerFilterer{contract: contract}}, nil
}

// NewJobManagerCaller creates a new read-only instance of JobManager, bound to a specific deployed contract.
func NewJobManagerCaller(address common.Address, caller bind.ContractCaller) (*JobManagerCaller, error) {
	contract, err := bindJobManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &JobManagerCaller{contract: contract}, nil
}

// NewJobManagerTransactor creates a new write-only instance of JobManager, bound to a specific deployed contract.
func NewJobManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*JobManagerTransactor, error) {
	contract, err := bindJobManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &JobManagerTransactor{contract: contract}, nil
}

// NewJobManagerFilterer creates a new log filterer instance of JobManager, bound to a specific deployed contract.
func NewJobManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*JobManagerFilterer, error) {
	contract, err := bindJobManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &JobManagerFilterer{contract: contract}, nil
}

// bindJobManager binds a generic wrapper to an already deployed contract.
func bindJobManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := JobManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_JobManager *JobManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _JobManager.Contract.JobManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_JobManager *JobManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _JobManager.Contract.JobManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_JobManager *JobManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _JobManager.Contract.JobManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_JobManager *JobManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _JobManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_JobManager *JobManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _JobManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_JobManager *JobManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _JobManager.Contract.contract.Transact(opts, method, params...)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_JobManager *JobManagerCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_JobManager *JobManagerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _JobManager.Contract.DOMAINSEPARATOR(&_JobManager.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_JobManager *JobManagerCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _JobManager.Contract.DOMAINSEPARATOR(&_JobManager.CallOpts)
}

// EIP712NAME is a free data retrieval call binding the contract method 0x3b2fb7a8.
//
// Solidity: function EIP712_NAME() view returns(string)
func (_JobManager *JobManagerCaller) EIP712NAME(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "EIP712_NAME")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// EIP712NAME is a free data retrieval call binding the contract method 0x3b2fb7a8.
//
// Solidity: function EIP712_NAME() view returns(string)
func (_JobManager *JobManagerSession) EIP712NAME() (string, error) {
	return _JobManager.Contract.EIP712NAME(&_JobManager.CallOpts)
}

// EIP712NAME is a free data retrieval call binding the contract method 0x3b2fb7a8.
//
// Solidity: function EIP712_NAME() view returns(string)
func (_JobManager *JobManagerCallerSession) EIP712NAME() (string, error) {
	return _JobManager.Contract.EIP712NAME(&_JobManager.CallOpts)
}

// EIP712VERSION is a free data retrieval call binding the contract method 0xeccec5a8.
//
// Solidity: function EIP712_VERSION() view returns(string)
func (_JobManager *JobManagerCaller) EIP712VERSION(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "EIP712_VERSION")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// EIP712VERSION is a free data retrieval call binding the contract method 0xeccec5a8.
//
// Solidity: function EIP712_VERSION() view returns(string)
func (_JobManager *JobManagerSession) EIP712VERSION() (string, error) {
	return _JobManager.Contract.EIP712VERSION(&_JobManager.CallOpts)
}

// EIP712VERSION is a free data retrieval call binding the contract method 0xeccec5a8.
//
// Solidity: function EIP712_VERSION() view returns(string)
func (_JobManager *JobManagerCallerSession) EIP712VERSION() (string, error) {
	return _JobManager.Contract.EIP712VERSION(&_JobManager.CallOpts)
}

// OFFCHAINJOBREQUESTTYPEHASH is a free data retrieval call binding the contract method 0xd92ea326.
//
// Solidity: function OFFCHAIN_JOB_REQUEST_TYPEHASH() view returns(bytes32)
func (_JobManager *JobManagerCaller) OFFCHAINJOBREQUESTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "OFFCHAIN_JOB_REQUEST_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OFFCHAINJOBREQUESTTYPEHASH is a free data retrieval call binding the contract method 0xd92ea326.
//
// Solidity: function OFFCHAIN_JOB_REQUEST_TYPEHASH() view returns(bytes32)
func (_JobManager *JobManagerSession) OFFCHAINJOBREQUESTTYPEHASH() ([32]byte, error) {
	return _JobManager.Contract.OFFCHAINJOBREQUESTTYPEHASH(&_JobManager.CallOpts)
}

// OFFCHAINJOBREQUESTTYPEHASH is a free data retrieval call binding the contract method 0xd92ea326.
//
// Solidity: function OFFCHAIN_JOB_REQUEST_TYPEHASH() view returns(bytes32)
func (_JobManager *JobManagerCallerSession) OFFCHAINJOBREQUESTTYPEHASH() ([32]byte, error) {
	return _JobManager.Contract.OFFCHAINJOBREQUESTTYPEHASH(&_JobManager.CallOpts)
}

// CeilLog2 is a free data retrieval call binding the contract method 0x49de7a20.
//
// Solidity: function ceilLog2(uint64 x) pure returns(uint8 k)
func (_JobManager *JobManagerCaller) CeilLog2(opts *bind.CallOpts, x uint64) (uint8, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "ceilLog2", x)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// CeilLog2 is a free data retrieval call binding the contract method 0x49de7a20.
//
// Solidity: function ceilLog2(uint64 x) pure returns(uint8 k)
func (_JobManager *JobManagerSession) CeilLog2(x uint64) (uint8, error) {
	return _JobManager.Contract.CeilLog2(&_JobManager.CallOpts, x)
}

// CeilLog2 is a free data retrieval call binding the contract method 0x49de7a20.
//
// Solidity: function ceilLog2(uint64 x) pure returns(uint8 k)
func (_JobManager *JobManagerCallerSession) CeilLog2(x uint64) (uint8, error) {
	return _JobManager.Contract.CeilLog2(&_JobManager.CallOpts, x)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_JobManager *JobManagerCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_JobManager *JobManagerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _JobManager.Contract.Eip712Domain(&_JobManager.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_JobManager *JobManagerCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _JobManager.Contract.Eip712Domain(&_JobManager.CallOpts)
}

// GetJobContext is a free data retrieval call binding the contract method 0xa17cbeba.
//
// Solidity: function getJobContext(bytes32 jobID) view returns((uint64,uint64,uint64,address))
func (_JobManager *JobManagerCaller) GetJobContext(opts *bind.CallOpts, jobID [32]byte) (StatementContext, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "getJobContext", jobID)

	if err != nil {
		return *new(StatementContext), err
	}

	out0 := *abi.ConvertType(out[0], new(StatementContext)).(*StatementContext)

	return out0, err

}

// GetJobContext is a free data retrieval call binding the contract method 0xa17cbeba.
//
// Solidity: function getJobContext(bytes32 jobID) view returns((uint64,uint64,uint64,address))
func (_JobManager *JobManagerSession) GetJobContext(jobID [32]byte) (StatementContext, error) {
	return _JobManager.Contract.GetJobContext(&_JobManager.CallOpts, jobID)
}

// GetJobContext is a free data retrieval call binding the contract method 0xa17cbeba.
//
// Solidity: function getJobContext(bytes32 jobID) view returns((uint64,uint64,uint64,address))
func (_JobManager *JobManagerCallerSession) GetJobContext(jobID [32]byte) (StatementContext, error) {
	return _JobManager.Contract.GetJobContext(&_JobManager.CallOpts, jobID)
}

// GetJobMetadata is a free data retrieval call binding the contract method 0x0b827bfc.
//
// Solidity: function getJobMetadata(bytes32 jobID) view returns((bytes,uint64,address,uint8))
func (_JobManager *JobManagerCaller) GetJobMetadata(opts *bind.CallOpts, jobID [32]byte) (JobMetadata, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "getJobMetadata", jobID)

	if err != nil {
		return *new(JobMetadata), err
	}

	out0 := *abi.ConvertType(out[0], new(JobMetadata)).(*JobMetadata)

	return out0, err

}

// GetJobMetadata is a free data retrieval call binding the contract method 0x0b827bfc.
//
// Solidity: function getJobMetadata(bytes32 jobID) view returns((bytes,uint64,address,uint8))
func (_JobManager *JobManagerSession) GetJobMetadata(jobID [32]byte) (JobMetadata, error) {
	return _JobManager.Contract.GetJobMetadata(&_JobManager.CallOpts, jobID)
}

// GetJobMetadata is a free data retrieval call binding the contract method 0x0b827bfc.
//
// Solidity: function getJobMetadata(bytes32 jobID) view returns((bytes,uint64,address,uint8))
func (_JobManager *JobManagerCallerSession) GetJobMetadata(jobID [32]byte) (JobMetadata, error) {
	return _JobManager.Contract.GetJobMetadata(&_JobManager.CallOpts, jobID)
}

// HashOffchainJobRequest is a free data retrieval call binding the contract method 0xa3bba9f5.
//
// Solidity: function hashOffchainJobRequest(bytes jobRequest) view returns(bytes32)
func (_JobManager *JobManagerCaller) HashOffchainJobRequest(opts *bind.CallOpts, jobRequest []byte) ([32]byte, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "hashOffchainJobRequest", jobRequest)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashOffchainJobRequest is a free data retrieval call binding the contract method 0xa3bba9f5.
//
// Solidity: function hashOffchainJobRequest(bytes jobRequest) view returns(bytes32)
func (_JobManager *JobManagerSession) HashOffchainJobRequest(jobRequest []byte) ([32]byte, error) {
	return _JobManager.Contract.HashOffchainJobRequest(&_JobManager.CallOpts, jobRequest)
}

// HashOffchainJobRequest is a free data retrieval call binding the contract method 0xa3bba9f5.
//
// Solidity: function hashOffchainJobRequest(bytes jobRequest) view returns(bytes32)
func (_JobManager *JobManagerCallerSession) HashOffchainJobRequest(jobRequest []byte) ([32]byte, error) {
	return _JobManager.Contract.HashOffchainJobRequest(&_JobManager.CallOpts, jobRequest)
}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_JobManager *JobManagerCaller) Operator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "operator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_JobManager *JobManagerSession) Operator() (common.Address, error) {
	return _JobManager.Contract.Operator(&_JobManager.CallOpts)
}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_JobManager *JobManagerCallerSession) Operator() (common.Address, error) {
	return _JobManager.Contract.Operator(&_JobManager.CallOpts)
}

// OperatorSignatureRequired is a free data retrieval call binding the contract method 0x47c98ca6.
//
// Solidity: function operatorSignatureRequired() view returns(bool)
func (_JobManager *JobManagerCaller) OperatorSignatureRequired(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "operatorSignatureRequired")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// OperatorSignatureRequired is a free data retrieval call binding the contract method 0x47c98ca6.
//
// Solidity: function operatorSignatureRequired() view returns(bool)
func (_JobManager *JobManagerSession) OperatorSignatureRequired() (bool, error) {
	return _JobManager.Contract.OperatorSignatureRequired(&_JobManager.CallOpts)
}

// OperatorSignatureRequired is a free data retrieval call binding the contract method 0x47c98ca6.
//
// Solidity: function operatorSignatureRequired() view returns(bool)
func (_JobManager *JobManagerCallerSession) OperatorSignatureRequired() (bool, error) {
	return _JobManager.Contract.OperatorSignatureRequired(&_JobManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_JobManager *JobManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_JobManager *JobManagerSession) Owner() (common.Address, error) {
	return _JobManager.Contract.Owner(&_JobManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_JobManager *JobManagerCallerSession) Owner() (common.Address, error) {
	return _JobManager.Contract.Owner(&_JobManager.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_JobManager *JobManagerCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _JobManager.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_JobManager *JobManagerSession) Registry() (common.Address, error) {
	return _JobManager.Contract.Registry(&_JobManager.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_JobManager *JobManagerCallerSession) Registry() (common.Address, error) {
	return _JobManager.Contract.Registry(&_JobManager.CallOpts)
}

// CancelJob is a paid mutator transaction binding the contract method 0x5fae1450.
//
// Solidity: function cancelJob(bytes32 jobID) returns()
func (_JobManager *JobManagerTransactor) CancelJob(opts *bind.TransactOpts, jobID [32]byte) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "cancelJob", jobID)
}

// CancelJob is a paid mutator transaction binding the contract method 0x5fae1450.
//
// Solidity: function cancelJob(bytes32 jobID) returns()
func (_JobManager *JobManagerSession) CancelJob(jobID [32]byte) (*types.Transaction, error) {
	return _JobManager.Contract.CancelJob(&_JobManager.TransactOpts, jobID)
}

// CancelJob is a paid mutator transaction binding the contract method 0x5fae1450.
//
// Solidity: function cancelJob(bytes32 jobID) returns()
func (_JobManager *JobManagerTransactorSession) CancelJob(jobID [32]byte) (*types.Transaction, error) {
	return _JobManager.Contract.CancelJob(&_JobManager.TransactOpts, jobID)
}

// CreateJob is a paid mutator transaction binding the contract method 0xa8f63fb6.
//
// Solidity: function createJob(uint64 nonce, bytes programID, bytes onchainInput, uint64 maxCycles) returns(bytes32 jobID)
func (_JobManager *JobManagerTransactor) CreateJob(opts *bind.TransactOpts, nonce uint64, programID []byte, onchainInput []byte, maxCycles uint64) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "createJob", nonce, programID, onchainInput, maxCycles)
}

// CreateJob is a paid mutator transaction binding the contract method 0xa8f63fb6.
//
// Solidity: function createJob(uint64 nonce, bytes programID, bytes onchainInput, uint64 maxCycles) returns(bytes32 jobID)
func (_JobManager *JobManagerSession) CreateJob(nonce uint64, programID []byte, onchainInput []byte, maxCycles uint64) (*types.Transaction, error) {
	return _JobManager.Contract.CreateJob(&_JobManager.TransactOpts, nonce, programID, onchainInput, maxCycles)
}

// CreateJob is a paid mutator transaction binding the contract method 0xa8f63fb6.
//
// Solidity: function createJob(uint64 nonce, bytes programID, bytes onchainInput, uint64 maxCycles) returns(bytes32 jobID)
func (_JobManager *JobManagerTransactorSession) CreateJob(nonce uint64, programID []byte, onchainInput []byte, maxCycles uint64) (*types.Transaction, error) {
	return _JobManager.Contract.CreateJob(&_JobManager.TransactOpts, nonce, programID, onchainInput, maxCycles)
}

// SetOperator is a paid mutator transaction binding the contract method 0x558a7297.
//
// Solidity: function setOperator(address operator_, bool required) returns()
func (_JobManager *JobManagerTransactor) SetOperator(opts *bind.TransactOpts, operator_ common.Address, required bool) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "setOperator", operator_, required)
}

// SetOperator is a paid mutator transaction binding the contract method 0x558a7297.
//
// Solidity: function setOperator(address operator_, bool required) returns()
func (_JobManager *JobManagerSession) SetOperator(operator_ common.Address, required bool) (*types.Transaction, error) {
	return _JobManager.Contract.SetOperator(&_JobManager.TransactOpts, operator_, required)
}

// SetOperator is a paid mutator transaction binding the contract method 0x558a7297.
//
// Solidity: function setOperator(address operator_, bool required) returns()
func (_JobManager *JobManagerTransactorSession) SetOperator(operator_ common.Address, required bool) (*types.Transaction, error) {
	return _JobManager.Contract.SetOperator(&_JobManager.TransactOpts, operator_, required)
}

// SubmitResult is a paid mutator transaction binding the contract method 0xea253487.
//
// Solidity: function submitResult(bytes resultWithMetadata, bytes signature) returns()
func (_JobManager *JobManagerTransactor) SubmitResult(opts *bind.TransactOpts, resultWithMetadata []byte, signature []byte) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "submitResult", resultWithMetadata, signature)
}

// SubmitResult is a paid mutator transaction binding the contract method 0xea253487.
//
// Solidity: function submitResult(bytes resultWithMetadata, bytes signature) returns()
func (_JobManager *JobManagerSession) SubmitResult(resultWithMetadata []byte, signature []byte) (*types.Transaction, error) {
	return _JobManager.Contract.SubmitResult(&_JobManager.TransactOpts, resultWithMetadata, signature)
}

// SubmitResult is a paid mutator transaction binding the contract method 0xea253487.
//
// Solidity: function submitResult(bytes resultWithMetadata, bytes signature) returns()
func (_JobManager *JobManagerTransactorSession) SubmitResult(resultWithMetadata []byte, signature []byte) (*types.Transaction, error) {
	return _JobManager.Contract.SubmitResult(&_JobManager.TransactOpts, resultWithMetadata, signature)
}

// SubmitResultForOffchainJob is a paid mutator transaction binding the contract method 0xf4c67279.
//
// Solidity: function submitResultForOffchainJob(bytes offchainResultWithMetadata, bytes signatureOnResult, bytes jobRequest, bytes signatureOnRequest) returns()
func (_JobManager *JobManagerTransactor) SubmitResultForOffchainJob(opts *bind.TransactOpts, offchainResultWithMetadata []byte, signatureOnResult []byte, jobRequest []byte, signatureOnRequest []byte) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "submitResultForOffchainJob", offchainResultWithMetadata, signatureOnResult, jobRequest, signatureOnRequest)
}

// SubmitResultForOffchainJob is a paid mutator transaction binding the contract method 0xf4c67279.
//
// Solidity: function submitResultForOffchainJob(bytes offchainResultWithMetadata, bytes signatureOnResult, bytes jobRequest, bytes signatureOnRequest) returns()
func (_JobManager *JobManagerSession) SubmitResultForOffchainJob(offchainResultWithMetadata []byte, signatureOnResult []byte, jobRequest []byte, signatureOnRequest []byte) (*types.Transaction, error) {
	return _JobManager.Contract.SubmitResultForOffchainJob(&_JobManager.TransactOpts, offchainResultWithMetadata, signatureOnResult, jobRequest, signatureOnRequest)
}

// SubmitResultForOffchainJob is a paid mutator transaction binding the contract method 0xf4c67279.
//
// Solidity: function submitResultForOffchainJob(bytes offchainResultWithMetadata, bytes signatureOnResult, bytes jobRequest, bytes signatureOnRequest) returns()
func (_JobManager *JobManagerTransactorSession) SubmitResultForOffchainJob(offchainResultWithMetadata []byte, signatureOnResult []byte, jobRequest []byte, signatureOnRequest []byte) (*types.Transaction, error) {
	return _JobManager.Contract.SubmitResultForOffchainJob(&_JobManager.TransactOpts, offchainResultWithMetadata, signatureOnResult, jobRequest, signatureOnRequest)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_JobManager *JobManagerTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _JobManager.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_JobManager *JobManagerSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _JobManager.Contract.TransferOwnership(&_JobManager.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_JobManager *JobManagerTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _JobManager.Contract.TransferOwnership(&_JobManager.TransactOpts, newOwner)
}

// JobManagerJobCancelledIterator is returned from FilterJobCancelled and is used to iterate over the raw logs and unpacked data for JobCancelled events raised by the JobManager contract.
type JobManagerJobCancelledIterator struct {
	Event *JobManagerJobCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *JobManagerJobCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(JobManagerJobCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(JobManagerJobCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *JobManagerJobCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *JobManagerJobCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// JobManagerJobCancelled represents a JobCancelled event raised by the JobManager contract.
type JobManagerJobCancelled struct {
	JobID [32]byte
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterJobCancelled is a free log retrieval operation binding the contract event 0x9ccc861eaec2aceb9488758b457d6274b344707bc4e961cbaefacd208025410f.
//
// Solidity: event JobCancelled(bytes32 indexed jobID)
func (_JobManager *JobManagerFilterer) FilterJobCancelled(opts *bind.FilterOpts, jobID [][32]byte) (*JobManagerJobCancelledIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _JobManager.contract.FilterLogs(opts, "JobCancelled", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &JobManagerJobCancelledIterator{contract: _JobManager.contract, event: "JobCancelled", logs: logs, sub: sub}, nil
}

// WatchJobCancelled is a free log subscription operation binding the contract event 0x9ccc861eaec2aceb9488758b457d6274b344707bc4e961cbaefacd208025410f.
//
// Solidity: event JobCancelled(bytes32 indexed jobID)
func (_JobManager *JobManagerFilterer) WatchJobCancelled(opts *bind.WatchOpts, sink chan<- *JobManagerJobCancelled, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _JobManager.contract.WatchLogs(opts, "JobCancelled", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(JobManagerJobCancelled)
				if err := _JobManager.contract.UnpackLog(event, "JobCancelled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobCancelled is a log parse operation binding the contract event 0x9ccc861eaec2aceb9488758b457d6274b344707bc4e961cbaefacd208025410f.
//
// Solidity: event JobCancelled(bytes32 indexed jobID)
func (_JobManager *JobManagerFilterer) ParseJobCancelled(log types.Log) (*JobManagerJobCancelled, error) {
	event := new(JobManagerJobCancelled)
	if err := _JobManager.contract.UnpackLog(event, "JobCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// JobManagerJobCompletedIterator is returned from FilterJobCompleted and is used to iterate over the raw logs and unpacked data for JobCompleted events raised by the JobManager contract.
type JobManagerJobCompletedIterator struct {
	Event *JobManagerJobCompleted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *JobManagerJobCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(JobManagerJobCompleted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(JobManagerJobCompleted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *JobManagerJobCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *JobManagerJobCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// JobManagerJobCompleted represents a JobCompleted event raised by the JobManager contract.
type JobManagerJobCompleted struct {
	JobID  [32]byte
	Result []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterJobCompleted is a free log retrieval operation binding the contract event 0x18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f.
//
// Solidity: event JobCompleted(bytes32 indexed jobID, bytes result)
func (_JobManager *JobManagerFilterer) FilterJobCompleted(opts *bind.FilterOpts, jobID [][32]byte) (*JobManagerJobCompletedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _JobManager.contract.FilterLogs(opts, "JobCompleted", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &JobManagerJobCompletedIterator{contract: _JobManager.contract, event: "JobCompleted", logs: logs, sub: sub}, nil
}

// WatchJobCompleted is a free log subscription operation binding the contract event 0x18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f.
//
// Solidity: event JobCompleted(bytes32 indexed jobID, bytes result)
func (_JobManager *JobManagerFilterer) WatchJobCompleted(opts *bind.WatchOpts, sink chan<- *JobManagerJobCompleted, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _JobManager.contract.WatchLogs(opts, "JobCompleted", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(JobManagerJobCompleted)
				if err := _JobManager.contract.UnpackLog(event, "JobCompleted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobCompleted is a log parse operation binding the contract event 0x18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f.
//
// Solidity: event JobCompleted(bytes32 indexed jobID, bytes result)
func (_JobManager *JobManagerFilterer) ParseJobCompleted(log types.Log) (*JobManagerJobCompleted, error) {
	event := new(JobManagerJobCompleted)
	if err := _JobManager.contract.UnpackLog(event, "JobCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// JobManagerJobCreatedIterator is returned from FilterJobCreated and is used to iterate over the raw logs and unpacked data for JobCreated events raised by the JobManager contract.
type JobManagerJobCreatedIterator struct {
	Event *JobManagerJobCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *JobManagerJobCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(JobManagerJobCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(JobManagerJobCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *JobManagerJobCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *JobManagerJobCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// JobManagerJobCreated represents a JobCreated event raised by the JobManager contract.
type JobManagerJobCreated struct {
	JobID        [32]byte
	Nonce        uint64
	Consumer     common.Address
	MaxCycles    uint64
	ProgramID    []byte
	OnchainInput []byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterJobCreated is a free log retrieval operation binding the contract event 0x6746f3d160e2aee55f5b75a72021b8b806113443f64eed235b5f69af10d4890b.
//
// Solidity: event JobCreated(bytes32 indexed jobID, uint64 indexed nonce, address indexed consumer, uint64 maxCycles, bytes programID, bytes onchainInput)
func (_JobManager *JobManagerFilterer) FilterJobCreated(opts *bind.FilterOpts, jobID [][32]byte, nonce []uint64, consumer []common.Address) (*JobManagerJobCreatedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}
	var consumerRule []interface{}
	for _, consumerItem := range consumer {
		consumerRule = append(consumerRule, consumerItem)
	}

	logs, sub, err := _JobManager.contract.FilterLogs(opts, "JobCreated", jobIDRule, nonceRule, consumerRule)
	if err != nil {
		return nil, err
	}
	return &JobManagerJobCreatedIterator{contract: _JobManager.contract, event: "JobCreated", logs: logs, sub: sub}, nil
}

// WatchJobCreated is a free log subscription operation binding the contract event 0x6746f3d160e2aee55f5b75a72021b8b806113443f64eed235b5f69af10d4890b.
//
// Solidity: event JobCreated(bytes32 indexed jobID, uint64 indexed nonce, address indexed consumer, uint64 maxCycles, bytes programID, bytes onchainInput)
func (_JobManager *JobManagerFilterer) WatchJobCreated(opts *bind.WatchOpts, sink chan<- *JobManagerJobCreated, jobID [][32]byte, nonce []uint64, consumer []common.Address) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}
	var nonceRule []interface{}
	for _, nonceItem := range nonce {
		nonceRule = append(nonceRule, nonceItem)
	}
	var consumerRule []interface{}
	for _, consumerItem := range consumer {
		consumerRule = append(consumerRule, consumerItem)
	}

	logs, sub, err := _JobManager.contract.WatchLogs(opts, "JobCreated", jobIDRule, nonceRule, consumerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(JobManagerJobCreated)
				if err := _JobManager.contract.UnpackLog(event, "JobCreated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobCreated is a log parse operation binding the contract event 0x6746f3d160e2aee55f5b75a72021b8b806113443f64eed235b5f69af10d4890b.
//
// Solidity: event JobCreated(bytes32 indexed jobID, uint64 indexed nonce, address indexed consumer, uint64 maxCycles, bytes programID, bytes onchainInput)
func (_JobManager *JobManagerFilterer) ParseJobCreated(log types.Log) (*JobManagerJobCreated, error) {
	event := new(JobManagerJobCreated)
	if err := _JobManager.contract.UnpackLog(event, "JobCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// JobManagerOperatorConfiguredIterator is returned from FilterOperatorConfigured and is used to iterate over the raw logs and unpacked data for OperatorConfigured events raised by the JobManager contract.
type JobManagerOperatorConfiguredIterator struct {
	Event *JobManagerOperatorConfigured // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *JobManagerOperatorConfiguredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(JobManagerOperatorConfigured)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(JobManagerOperatorConfigured)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *JobManagerOperatorConfiguredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *JobManagerOperatorConfiguredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// JobManagerOperatorConfigured represents a OperatorConfigured event raised by the JobManager contract.
type JobManagerOperatorConfigured struct {
	Operator common.Address
	Required bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOperatorConfigured is a free log retrieval operation binding the contract event 0x4fb3d2396e1561fe8c0f5a2703699971f2c6db6fad8bb99f4cbc2696b31cea2f.
//
// Solidity: event OperatorConfigured(address operator, bool required)
func (_JobManager *JobManagerFilterer) FilterOperatorConfigured(opts *bind.FilterOpts) (*JobManagerOperatorConfiguredIterator, error) {

	logs, sub, err := _JobManager.contract.FilterLogs(opts, "OperatorConfigured")
	if err != nil {
		return nil, err
	}
	return &JobManagerOperatorConfiguredIterator{contract: _JobManager.contract, event: "OperatorConfigured", logs: logs, sub: sub}, nil
}

// WatchOperatorConfigured is a free log subscription operation binding the contract event 0x4fb3d2396e1561fe8c0f5a2703699971f2c6db6fad8bb99f4cbc2696b31cea2f.
//
// Solidity: event OperatorConfigured(address operator, bool required)
func (_JobManager *JobManagerFilterer) WatchOperatorConfigured(opts *bind.WatchOpts, sink chan<- *JobManagerOperatorConfigured) (event.Subscription, error) {

	logs, sub, err := _JobManager.contract.WatchLogs(opts, "OperatorConfigured")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(JobManagerOperatorConfigured)
				if err := _JobManager.contract.UnpackLog(event, "OperatorConfigured", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOperatorConfigured is a log parse operation binding the contract event 0x4fb3d2396e1561fe8c0f5a2703699971f2c6db6fad8bb99f4cbc2696b31cea2f.
//
// Solidity: event OperatorConfigured(address operator, bool required)
func (_JobManager *JobManagerFilterer) ParseOperatorConfigured(log types.Log) (*JobManagerOperatorConfigured, error) {
	event := new(JobManagerOperatorConfigured)
	if err := _JobManager.contract.UnpackLog(event, "OperatorConfigured", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// JobManagerOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the JobManager contract.
type JobManagerOwnershipTransferredIterator struct {
	Event *JobManagerOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *JobManagerOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(JobManagerOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(JobManagerOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *JobManagerOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *JobManagerOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// JobManagerOwnershipTransferred represents a OwnershipTransferred event raised by the JobManager contract.
type JobManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_JobManager *JobManagerFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*JobManagerOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _JobManager.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &JobManagerOwnershipTransferredIterator{contract: _JobManager.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_JobManager *JobManagerFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *JobManagerOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _JobManager.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(JobManagerOwnershipTransferred)
				if err := _JobManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_JobManager *JobManagerFilterer) ParseOwnershipTransferred(log types.Log) (*JobManagerOwnershipTransferred, error) {
	event := new(JobManagerOwnershipTransferred)
	if err := _JobManager.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OutputConsumerMetaData contains all meta data concerning the OutputConsumer contract.
var OutputConsumerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"highestAllowed\",\"type\":\"uint64\"}],\"name\":\"NonceTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Output\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RequesterSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_NONCE_GAP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptsBareRequestSignatures\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"exitCodes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextOffchainNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRequester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"requesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRequester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516115f23803806115f283398101604081905261002f91610087565b6001600160a01b0393841660805260038054949093166001600160a01b0319909416939093179091553360a05260c0526001600160401b031660e0526100e4565b6001600160a01b0381168114610084575f5ffd5b50565b5f5f5f5f6080858703121561009a575f5ffd5b84516100a581610070565b60208601519094506100b681610070565b6040860151606087015191945092506001600160401b03811681146100d9575f5ffd5b939692955090935050565b60805160a05160c05160e05161149561015d5f395f818161023c015261087701525f81816101c8015261081201525f818161031c015281816107aa015281816109eb0152610dba01525f81816102780152818161053a0152818161067f015281816108ff0152818161096c0152610d1001526114955ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c80638da5cb5b116100bf578063c072fcad11610079578063c072fcad1461039e578063c4d252f5146103bd578063f0bb3feb146103d0578063f9b3e97f146103e3578063fe6ec4ed146103e9578063ffb727ef146103fc575f5ffd5b80638da5cb5b1461031757806398154d7c1461033e578063ae0c211a1461035d578063b75880a414610370578063b94207d314610383578063bd7084b214610396575f5ffd5b8063376805211161011057806337680521146102375780633df395a314610276578063535fb15e1461029c5780635dd80855146102bc578063623587e3146102d1578063724a9d8e1461030b575f5ffd5b8063025291771461014c578063124dacb31461018357806314df8328146101c35780631626ba7e146101f8578063330d9a0314610224575b5f5ffd5b61016e61015a366004610e7f565b60046020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6101ab610191366004610e9f565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161017a565b6101ea7f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161017a565b61020b610206366004610efa565b610404565b6040516001600160e01b0319909116815260200161017a565b6003546101ab906001600160a01b031681565b61025e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161017a565b7f00000000000000000000000000000000000000000000000000000000000000006101ab565b6102af6102aa366004610e9f565b610490565b60405161017a9190610f6f565b6102cf6102ca366004610efa565b61052f565b005b6102f66102df366004610e9f565b60086020525f908152604090205463ffffffff1681565b60405163ffffffff909116815260200161017a565b61025e64010000000081565b6101ab7f000000000000000000000000000000000000000000000000000000000000000081565b6101ea61034c366004610e9f565b60076020525f908152604090205481565b6102af61036b366004610e9f565b6105dd565b6102cf61037e366004610f81565b610674565b6101ea610391366004610fa7565b61079e565b61025e6108c4565b6101ea6103ac366004610e9f565b5f9081526002602052604090205490565b6102cf6103cb366004610e9f565b6108e0565b6102cf6103de366004610fe5565b610961565b5f61016e565b6102cf6103f7366004611033565b6109e0565b61025e610a88565b5f5f6104458585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610abd92505050565b90506001600160a01b0381161580159061046c57506003546001600160a01b038281169116145b61047e576001600160e01b0319610487565b630b135d3f60e11b5b95945050505050565b5f8181526001602052604090208054606091906104ac9061106c565b80601f01602080910402602001604051908101604052809291908181526020018280546104d89061106c565b80156105235780601f106104fa57610100808354040283529160200191610523565b820191905f5260205f20905b81548152906001019060200180831161050657829003601f168201915b50505050509050919050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461057857604051631946677d60e31b815260040160405180910390fd5b5f808080610588858701876110b8565b93509350935093506105ae87848663ffffffff165f146105a85785610bb7565b84610bb7565b63ffffffff8416156105ca576105c5878583610c25565b6105d4565b6105d48782610c50565b50505050505050565b60066020525f9081526040902080546105f59061106c565b80601f01602080910402602001604051908101604052809291908181526020018280546106219061106c565b801561066c5780601f106106435761010080835404028352916020019161066c565b820191905f5260205f20905b81548152906001019060200180831161064f57829003601f168201915b505050505081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106bd57604051631946677d60e31b815260040160405180910390fd5b6001603f1b6001600160401b0382161061074f575f54600160401b90046001600160401b03166107078282156106f35782610cb5565b61070260016001603f1b6111a9565b610cb5565b806001600160401b0316826001600160401b0316111561074b575f80546fffffffffffffffff00000000000000001916600160401b6001600160401b038516021790555b5050565b5f546001600160401b03166107648282610cb5565b806001600160401b0316826001600160401b0316111561074b575f805467ffffffffffffffff19166001600160401b038416179055505b50565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015906107e75750335f9081526004602052604090205460ff16155b1561080c5760405163e7f1421f60e01b81523360048201526024015b60405180910390fd5b604080517f000000000000000000000000000000000000000000000000000000000000000060208201526108a0910160408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610d0d915050565b5f81815260056020526040902080546001600160a01b031916331790559392505050565b5f80546108db906001600160401b031660016111c8565b905090565b6108e981610daf565b6040516305fae14560e41b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690635fae1450906024015f604051808303815f87803b158015610948575f5ffd5b505af115801561095a573d5f5f3e3d5ffd5b5050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109aa57604051631946677d60e31b815260040160405180910390fd5b5f8481526001602052604090206109c283858361123d565b5080156109da575f8481526002602052604090208190555b50505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a29576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260046020908152604091829020805460ff191685151590811790915591519182527f022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be91015b60405180910390a25050565b5f8054600160401b90046001600160401b03168015610ab157610aac8160016111c8565b610ab7565b6001603f1b5b91505090565b5f8151604114610ace57505f610bb1565b6020820151604083015160608401515f1a601b811015610af657610af3601b826112f6565b90505b8060ff16601b14158015610b0e57508060ff16601c14155b15610b1e575f9350505050610bb1565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610b51575f9350505050610bb1565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610ba1573d5f5f3e3d5ffd5b5050506020604051035193505050505b92915050565b7f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb58214610c20576040516310a7cd5560e01b81527f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb5600482015260248101839052604401610803565b505050565b5f838152600860205260409020805463ffffffff191663ffffffff8416179055610c20838383610e25565b5f828152600660205260409020610c67828261130f565b50808051906020012060075f8481526020019081526020015f2081905550817f259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d782604051610a7c9190610f6f565b5f610cce6401000000006001600160401b0384166113c9565b905080836001600160401b03161115610c2057604051639871a71760e01b81526001600160401b03808516600483015282166024820152604401610803565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610d456108c4565b8686866040518563ffffffff1660e01b8152600401610d6794939291906113dc565b6020604051808303815f875af1158015610d83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610da7919061142a565b949350505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801590610dfe57505f818152600560205260409020546001600160a01b03163314155b1561079b576040516364cd756160e11b815260048101829052336024820152604401610803565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610e57929190611441565b60405180910390a2505050565b80356001600160a01b0381168114610e7a575f5ffd5b919050565b5f60208284031215610e8f575f5ffd5b610e9882610e64565b9392505050565b5f60208284031215610eaf575f5ffd5b5035919050565b5f5f83601f840112610ec6575f5ffd5b5081356001600160401b03811115610edc575f5ffd5b602083019150836020828501011115610ef3575f5ffd5b9250929050565b5f5f5f60408486031215610f0c575f5ffd5b8335925060208401356001600160401b03811115610f28575f5ffd5b610f3486828701610eb6565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e986020830184610f41565b5f60208284031215610f91575f5ffd5b81356001600160401b0381168114610e98575f5ffd5b5f5f60208385031215610fb8575f5ffd5b82356001600160401b03811115610fcd575f5ffd5b610fd985828601610eb6565b90969095509350505050565b5f5f5f5f60608587031215610ff8575f5ffd5b8435935060208501356001600160401b03811115611014575f5ffd5b61102087828801610eb6565b9598909750949560400135949350505050565b5f5f60408385031215611044575f5ffd5b61104d83610e64565b915060208301358015158114611061575f5ffd5b809150509250929050565b600181811c9082168061108057607f821691505b60208210810361109e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156110cb575f5ffd5b843563ffffffff811681146110de575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115611106575f5ffd5b8501601f81018713611116575f5ffd5b80356001600160401b0381111561112f5761112f6110a4565b604051601f8201601f19908116603f011681016001600160401b038111828210171561115d5761115d6110a4565b604052818152828201602001891015611174575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115610bb157610bb1611195565b6001600160401b038181168382160190811115610bb157610bb1611195565b601f821115610c205782821115610c2057805f5260205f20601f840160051c602085101561121257505f5b90810190601f840160051c035f5b81811015611235575f83820155600101611220565b505050505050565b6001600160401b03831115611254576112546110a4565b61126883611262835461106c565b836111e7565b5f601f841160018114611299575f85156112825750838201355b5f19600387901b1c1916600186901b17835561095a565b5f83815260208120601f198716915b828110156112c857868501358255602094850194600190920191016112a8565b50868210156112e4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff8181168382160190811115610bb157610bb1611195565b81516001600160401b03811115611328576113286110a4565b61133c81611336845461106c565b846111e7565b6020601f82116001811461136e575f83156113575750848201515b5f19600385901b1c1916600184901b17845561095a565b5f84815260208120601f198516915b8281101561139d578785015182556020948501946001909201910161137d565b50848210156113ba57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b80820180821115610bb157610bb1611195565b6001600160401b0385168152608060208201525f6113fd6080830186610f41565b828103604084015261140f8186610f41565b9150506001600160401b038316606083015295945050505050565b5f6020828403121561143a575f5ffd5b5051919050565b63ffffffff83168152604060208201525f610da76040830184610f4156fea26469706673582212209c15ce9e4f0f81f4c70930f6b9f7a31d35b4efe7b3b6053c0fd0a5da2a41d7f464736f6c63430008250033",
}

// OutputConsumerABI is the input ABI used to generate the binding from.
// Deprecated: Use OutputConsumerMetaData.ABI instead.
var OutputConsumerABI = OutputConsumerMetaData.ABI

// OutputConsumerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OutputConsumerMetaData.Bin instead.
var OutputConsumerBin = OutputConsumerMetaData.Bin

// DeployOutputConsumer deploys a new Ethereum contract, binding an instance of OutputConsumer to it.
func DeployOutputConsumer(auth *bind.TransactOpts, backend bind.ContractBackend, jobManager_ common.Address, signer common.Address, programID_ [32]byte, maxCycles_ uint64) (common.Address, *types.Transaction, *OutputConsumer, error) {
	parsed, err := OutputConsumerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OutputConsumerBin), backend, jobManager_, signer, programID_, maxCycles_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OutputConsumer{OutputConsumerCaller: OutputConsumerCaller{contract: contract}, OutputConsumerTransactor: OutputConsumerTransactor{contract: contract}, OutputConsumerFilterer: OutputConsumerFilterer{contract: contract}}, nil
}

// OutputConsumer is an auto generated Go binding around an Ethereum contract.
type OutputConsumer struct {
	OutputConsumerCaller     // Read-only binding to the contract
	OutputConsumerTransactor // Write-only binding to the contract
	OutputConsumerFilterer   // Log filterer for contract events
}

// OutputConsumerCaller is an auto generated read-only Go binding around an Ethereum contract.
type OutputConsumerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OutputConsumerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OutputConsumerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OutputConsumerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OutputConsumerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OutputConsumerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OutputConsumerSession struct {
	Contract     *OutputConsumer   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// OutputConsumerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OutputConsumerCallerSession struct {
	Contract *OutputConsumerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// OutputConsumerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OutputConsumerTransactorSession struct {
	Contract     *OutputConsumerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// OutputConsumerRaw is an auto generated low-level Go binding around an Ethereum contract.
type OutputConsumerRaw struct {
	Contract *OutputConsumer // Generic contract binding to access the raw methods on
}

// OutputConsumerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OutputConsumerCallerRaw struct {
	Contract *OutputConsumerCaller // Generic read-only contract binding to access the raw methods on
}

// OutputConsumerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OutputConsumerTransactorRaw struct {
	Contract *OutputConsumerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOutputConsumer creates a new instance of OutputConsumer, bound to a specific deployed contract.
func NewOutputConsumer(address common.Address, backend bind.ContractBackend) (*OutputConsumer, error) {
	contract, err := bindOutputConsumer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OutputConsumer{OutputConsumerCaller: OutputConsumerCaller{contract: contract}, OutputConsumerTransactor: OutputConsumerTransactor{contract: contract}, OutputConsumerFilterer: OutputConsumerFilterer{contract: contract}}, nil
}

// NewOutputConsumerCaller creates a new read-only instance of OutputConsumer, bound to a specific deployed contract.
func NewOutputConsumerCaller(address common.Address, caller bind.ContractCaller) (*OutputConsumerCaller, error) {
	contract, err := bindOutputConsumer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerCaller{contract: contract}, nil
}

// NewOutputConsumerTransactor creates a new write-only instance of OutputConsumer, bound to a specific deployed contract.
func NewOutputConsumerTransactor(address common.Address, transactor bind.ContractTransactor) (*OutputConsumerTransactor, error) {
	contract, err := bindOutputConsumer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerTransactor{contract: contract}, nil
}

// NewOutputConsumerFilterer creates a new log filterer instance of OutputConsumer, bound to a specific deployed contract.
func NewOutputConsumerFilterer(address common.Address, filterer bind.ContractFilterer) (*OutputConsumerFilterer, error) {
	contract, err := bindOutputConsumer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerFilterer{contract: contract}, nil
}

// bindOutputConsumer binds a generic wrapper to an already deployed contract.
func bindOutputConsumer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OutputConsumerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OutputConsumer *OutputConsumerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OutputConsumer.Contract.OutputConsumerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OutputConsumer *OutputConsumerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OutputConsumer.Contract.OutputConsumerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OutputConsumer *OutputConsumerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OutputConsumer.Contract.OutputConsumerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OutputConsumer *OutputConsumerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OutputConsumer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OutputConsumer *OutputConsumerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OutputConsumer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OutputConsumer *OutputConsumerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OutputConsumer.Contract.contract.Transact(opts, method, params...)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_OutputConsumer *OutputConsumerCaller) MAXNONCEGAP(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "MAX_NONCE_GAP")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_OutputConsumer *OutputConsumerSession) MAXNONCEGAP() (uint64, error) {
	return _OutputConsumer.Contract.MAXNONCEGAP(&_OutputConsumer.CallOpts)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_OutputConsumer *OutputConsumerCallerSession) MAXNONCEGAP() (uint64, error) {
	return _OutputConsumer.Contract.MAXNONCEGAP(&_OutputConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_OutputConsumer *OutputConsumerCaller) AcceptsBareRequestSignatures(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "acceptsBareRequestSignatures")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_OutputConsumer *OutputConsumerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _OutputConsumer.Contract.AcceptsBareRequestSignatures(&_OutputConsumer.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_OutputConsumer *OutputConsumerCallerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _OutputConsumer.Contract.AcceptsBareRequestSignatures(&_OutputConsumer.CallOpts)
}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_OutputConsumer *OutputConsumerCaller) ExitCodes(opts *bind.CallOpts, arg0 [32]byte) (uint32, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "exitCodes", arg0)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_OutputConsumer *OutputConsumerSession) ExitCodes(arg0 [32]byte) (uint32, error) {
	return _OutputConsumer.Contract.ExitCodes(&_OutputConsumer.CallOpts, arg0)
}

// ExitCodes is a free data retrieval call binding the contract method 0x623587e3.
//
// Solidity: function exitCodes(bytes32 ) view returns(uint32)
func (_OutputConsumer *OutputConsumerCallerSession) ExitCodes(arg0 [32]byte) (uint32, error) {
	return _OutputConsumer.Contract.ExitCodes(&_OutputConsumer.CallOpts, arg0)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerCaller) GetNextNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "getNextNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerSession) GetNextNonce() (uint64, error) {
	return _OutputConsumer.Contract.GetNextNonce(&_OutputConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerCallerSession) GetNextNonce() (uint64, error) {
	return _OutputConsumer.Contract.GetNextNonce(&_OutputConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerCaller) GetNextOffchainNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "getNextOffchainNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerSession) GetNextOffchainNonce() (uint64, error) {
	return _OutputConsumer.Contract.GetNextOffchainNonce(&_OutputConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_OutputConsumer *OutputConsumerCallerSession) GetNextOffchainNonce() (uint64, error) {
	return _OutputConsumer.Contract.GetNextOffchainNonce(&_OutputConsumer.CallOpts)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_OutputConsumer *OutputConsumerCaller) GetOffchainInputHashForJob(opts *bind.CallOpts, jobID [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "getOffchainInputHashForJob", jobID)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_OutputConsumer *OutputConsumerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _OutputConsumer.Contract.GetOffchainInputHashForJob(&_OutputConsumer.CallOpts, jobID)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_OutputConsumer *OutputConsumerCallerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _OutputConsumer.Contract.GetOffchainInputHashForJob(&_OutputConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_OutputConsumer *OutputConsumerCaller) GetOnchainInputForJob(opts *bind.CallOpts, jobID [32]byte) ([]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "getOnchainInputForJob", jobID)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_OutputConsumer *OutputConsumerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _OutputConsumer.Contract.GetOnchainInputForJob(&_OutputConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_OutputConsumer *OutputConsumerCallerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _OutputConsumer.Contract.GetOnchainInputForJob(&_OutputConsumer.CallOpts, jobID)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_OutputConsumer *OutputConsumerCaller) IsRequester(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "isRequester", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_OutputConsumer *OutputConsumerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _OutputConsumer.Contract.IsRequester(&_OutputConsumer.CallOpts, arg0)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_OutputConsumer *OutputConsumerCallerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _OutputConsumer.Contract.IsRequester(&_OutputConsumer.CallOpts, arg0)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_OutputConsumer *OutputConsumerCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_OutputConsumer *OutputConsumerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _OutputConsumer.Contract.IsValidSignature(&_OutputConsumer.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_OutputConsumer *OutputConsumerCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _OutputConsumer.Contract.IsValidSignature(&_OutputConsumer.CallOpts, hash, signature)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_OutputConsumer *OutputConsumerCaller) JobManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "jobManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_OutputConsumer *OutputConsumerSession) JobManager() (common.Address, error) {
	return _OutputConsumer.Contract.JobManager(&_OutputConsumer.CallOpts)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_OutputConsumer *OutputConsumerCallerSession) JobManager() (common.Address, error) {
	return _OutputConsumer.Contract.JobManager(&_OutputConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_OutputConsumer *OutputConsumerCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_OutputConsumer *OutputConsumerSession) MaxCycles() (uint64, error) {
	return _OutputConsumer.Contract.MaxCycles(&_OutputConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_OutputConsumer *OutputConsumerCallerSession) MaxCycles() (uint64, error) {
	return _OutputConsumer.Contract.MaxCycles(&_OutputConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_OutputConsumer *OutputConsumerCaller) OffchainSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "offchainSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_OutputConsumer *OutputConsumerSession) OffchainSigner() (common.Address, error) {
	return _OutputConsumer.Contract.OffchainSigner(&_OutputConsumer.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_OutputConsumer *OutputConsumerCallerSession) OffchainSigner() (common.Address, error) {
	return _OutputConsumer.Contract.OffchainSigner(&_OutputConsumer.CallOpts)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_OutputConsumer *OutputConsumerCaller) OutputHashes(opts *bind.CallOpts, arg0 [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "outputHashes", arg0)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_OutputConsumer *OutputConsumerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _OutputConsumer.Contract.OutputHashes(&_OutputConsumer.CallOpts, arg0)
}

// OutputHashes is a free data retrieval call binding the contract method 0x98154d7c.
//
// Solidity: function outputHashes(bytes32 ) view returns(bytes32)
func (_OutputConsumer *OutputConsumerCallerSession) OutputHashes(arg0 [32]byte) ([32]byte, error) {
	return _OutputConsumer.Contract.OutputHashes(&_OutputConsumer.CallOpts, arg0)
}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_OutputConsumer *OutputConsumerCaller) Outputs(opts *bind.CallOpts, arg0 [32]byte) ([]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "outputs", arg0)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_OutputConsumer *OutputConsumerSession) Outputs(arg0 [32]byte) ([]byte, error) {
	return _OutputConsumer.Contract.Outputs(&_OutputConsumer.CallOpts, arg0)
}

// Outputs is a free data retrieval call binding the contract method 0xae0c211a.
//
// Solidity: function outputs(bytes32 ) view returns(bytes)
func (_OutputConsumer *OutputConsumerCallerSession) Outputs(arg0 [32]byte) ([]byte, error) {
	return _OutputConsumer.Contract.Outputs(&_OutputConsumer.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_OutputConsumer *OutputConsumerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_OutputConsumer *OutputConsumerSession) Owner() (common.Address, error) {
	return _OutputConsumer.Contract.Owner(&_OutputConsumer.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_OutputConsumer *OutputConsumerCallerSession) Owner() (common.Address, error) {
	return _OutputConsumer.Contract.Owner(&_OutputConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_OutputConsumer *OutputConsumerCaller) ProgramID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "programID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_OutputConsumer *OutputConsumerSession) ProgramID() ([32]byte, error) {
	return _OutputConsumer.Contract.ProgramID(&_OutputConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_OutputConsumer *OutputConsumerCallerSession) ProgramID() ([32]byte, error) {
	return _OutputConsumer.Contract.ProgramID(&_OutputConsumer.CallOpts)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_OutputConsumer *OutputConsumerCaller) RequesterOf(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _OutputConsumer.contract.Call(opts, &out, "requesterOf", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_OutputConsumer *OutputConsumerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _OutputConsumer.Contract.RequesterOf(&_OutputConsumer.CallOpts, arg0)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_OutputConsumer *OutputConsumerCallerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _OutputConsumer.Contract.RequesterOf(&_OutputConsumer.CallOpts, arg0)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_OutputConsumer *OutputConsumerTransactor) Cancel(opts *bind.TransactOpts, jobID [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "cancel", jobID)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_OutputConsumer *OutputConsumerSession) Cancel(jobID [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.Cancel(&_OutputConsumer.TransactOpts, jobID)
}

// Cancel is a paid mutator transaction binding the contract method 0xc4d252f5.
//
// Solidity: function cancel(bytes32 jobID) returns()
func (_OutputConsumer *OutputConsumerTransactorSession) Cancel(jobID [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.Cancel(&_OutputConsumer.TransactOpts, jobID)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_OutputConsumer *OutputConsumerTransactor) ReceiveResult(opts *bind.TransactOpts, jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "receiveResult", jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_OutputConsumer *OutputConsumerSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.ReceiveResult(&_OutputConsumer.TransactOpts, jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_OutputConsumer *OutputConsumerTransactorSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.ReceiveResult(&_OutputConsumer.TransactOpts, jobID, result)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_OutputConsumer *OutputConsumerTransactor) Request(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "request", input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_OutputConsumer *OutputConsumerSession) Request(input []byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.Request(&_OutputConsumer.TransactOpts, input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32 jobID)
func (_OutputConsumer *OutputConsumerTransactorSession) Request(input []byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.Request(&_OutputConsumer.TransactOpts, input)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_OutputConsumer *OutputConsumerTransactor) SetInputsForJob(opts *bind.TransactOpts, jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "setInputsForJob", jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_OutputConsumer *OutputConsumerSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.SetInputsForJob(&_OutputConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_OutputConsumer *OutputConsumerTransactorSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.SetInputsForJob(&_OutputConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_OutputConsumer *OutputConsumerTransactor) SetRequester(opts *bind.TransactOpts, requester common.Address, allowed bool) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "setRequester", requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_OutputConsumer *OutputConsumerSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _OutputConsumer.Contract.SetRequester(&_OutputConsumer.TransactOpts, requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_OutputConsumer *OutputConsumerTransactorSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _OutputConsumer.Contract.SetRequester(&_OutputConsumer.TransactOpts, requester, allowed)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_OutputConsumer *OutputConsumerTransactor) UpdateLatestNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "updateLatestNonce", nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_OutputConsumer *OutputConsumerSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _OutputConsumer.Contract.UpdateLatestNonce(&_OutputConsumer.TransactOpts, nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_OutputConsumer *OutputConsumerTransactorSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _OutputConsumer.Contract.UpdateLatestNonce(&_OutputConsumer.TransactOpts, nonce)
}

// OutputConsumerJobFailedIterator is returned from FilterJobFailed and is used to iterate over the raw logs and unpacked data for JobFailed events raised by the OutputConsumer contract.
type OutputConsumerJobFailedIterator struct {
	Event *OutputConsumerJobFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OutputConsumerJobFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OutputConsumerJobFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OutputConsumerJobFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OutputConsumerJobFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OutputConsumerJobFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OutputConsumerJobFailed represents a JobFailed event raised by the OutputConsumer contract.
type OutputConsumerJobFailed struct {
	JobID    [32]byte
	ExitCode uint32
	Output   []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterJobFailed is a free log retrieval operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) FilterJobFailed(opts *bind.FilterOpts, jobID [][32]byte) (*OutputConsumerJobFailedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _OutputConsumer.contract.FilterLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerJobFailedIterator{contract: _OutputConsumer.contract, event: "JobFailed", logs: logs, sub: sub}, nil
}

// WatchJobFailed is a free log subscription operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) WatchJobFailed(opts *bind.WatchOpts, sink chan<- *OutputConsumerJobFailed, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _OutputConsumer.contract.WatchLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OutputConsumerJobFailed)
				if err := _OutputConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobFailed is a log parse operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) ParseJobFailed(log types.Log) (*OutputConsumerJobFailed, error) {
	event := new(OutputConsumerJobFailed)
	if err := _OutputConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OutputConsumerOutputIterator is returned from FilterOutput and is used to iterate over the raw logs and unpacked data for Output events raised by the OutputConsumer contract.
type OutputConsumerOutputIterator struct {
	Event *OutputConsumerOutput // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OutputConsumerOutputIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OutputConsumerOutput)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OutputConsumerOutput)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OutputConsumerOutputIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OutputConsumerOutputIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OutputConsumerOutput represents a Output event raised by the OutputConsumer contract.
type OutputConsumerOutput struct {
	JobID  [32]byte
	Output []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterOutput is a free log retrieval operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) FilterOutput(opts *bind.FilterOpts, jobID [][32]byte) (*OutputConsumerOutputIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _OutputConsumer.contract.FilterLogs(opts, "Output", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerOutputIterator{contract: _OutputConsumer.contract, event: "Output", logs: logs, sub: sub}, nil
}

// WatchOutput is a free log subscription operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) WatchOutput(opts *bind.WatchOpts, sink chan<- *OutputConsumerOutput, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _OutputConsumer.contract.WatchLogs(opts, "Output", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OutputConsumerOutput)
				if err := _OutputConsumer.contract.UnpackLog(event, "Output", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOutput is a log parse operation binding the contract event 0x259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7.
//
// Solidity: event Output(bytes32 indexed jobID, bytes output)
func (_OutputConsumer *OutputConsumerFilterer) ParseOutput(log types.Log) (*OutputConsumerOutput, error) {
	event := new(OutputConsumerOutput)
	if err := _OutputConsumer.contract.UnpackLog(event, "Output", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// OutputConsumerRequesterSetIterator is returned from FilterRequesterSet and is used to iterate over the raw logs and unpacked data for RequesterSet events raised by the OutputConsumer contract.
type OutputConsumerRequesterSetIterator struct {
	Event *OutputConsumerRequesterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *OutputConsumerRequesterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(OutputConsumerRequesterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(OutputConsumerRequesterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *OutputConsumerRequesterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *OutputConsumerRequesterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// OutputConsumerRequesterSet represents a RequesterSet event raised by the OutputConsumer contract.
type OutputConsumerRequesterSet struct {
	Requester common.Address
	Allowed   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRequesterSet is a free log retrieval operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_OutputConsumer *OutputConsumerFilterer) FilterRequesterSet(opts *bind.FilterOpts, requester []common.Address) (*OutputConsumerRequesterSetIterator, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _OutputConsumer.contract.FilterLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return &OutputConsumerRequesterSetIterator{contract: _OutputConsumer.contract, event: "RequesterSet", logs: logs, sub: sub}, nil
}

// WatchRequesterSet is a free log subscription operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_OutputConsumer *OutputConsumerFilterer) WatchRequesterSet(opts *bind.WatchOpts, sink chan<- *OutputConsumerRequesterSet, requester []common.Address) (event.Subscription, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _OutputConsumer.contract.WatchLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(OutputConsumerRequesterSet)
				if err := _OutputConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRequesterSet is a log parse operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_OutputConsumer *OutputConsumerFilterer) ParseRequesterSet(log types.Log) (*OutputConsumerRequesterSet, error) {
	event := new(OutputConsumerRequesterSet)
	if err := _OutputConsumer.contract.UnpackLog(event, "RequesterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RollupVerifierMetaData contains all meta data concerning the RollupVerifier contract.
var RollupVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIFinalVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIFinalVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[24]\",\"name\":\"proof\",\"type\":\"bytes32[24]\"},{\"internalType\":\"uint256[1]\",\"name\":\"pubSignals\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161037a38038061037a833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516102f66100845f395f8181603d015261017f01526102f65ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80632b7ac3f3146100385780639121da8a1461007c575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f61008a3660046101f6565b61009f565b6040519015158152602001610073565b5f600c5b60188110156100da575f8482601881106100bf576100bf610237565b6020020135146100d2575f9150506101f0565b6001016100a3565b505f6100e8600c602061024b565b67ffffffffffffffff8111156101005761010061026e565b6040519080825280601f01601f19166020018201604052801561012a576020820181803683370190505b5090505f5b600c811015610167575f85826018811061014b5761014b610237565b602090810291909101358382028501909101525060010161012f565b50604051632363e29760e21b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638d8f8a5c906101b69084908790600401610282565b5f6040518083038186803b1580156101cc575f5ffd5b505afa9250505080156101dd575060015b6101ea575f9150506101f0565b60019150505b92915050565b5f5f6103208385031215610208575f5ffd5b610300830184811115610219575f5ffd5b839250846103208501111561022c575f5ffd5b809150509250929050565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176101f057634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b604081525f83518060408401528060208601606085015e5f606082850101526060601f19601f8301168401019150506020836020840137939250505056fea2646970667358221220a883a4cd1d5e74698fcdfe4a600b99155909d5bb638180b9226d738bd348e23764736f6c63430008250033",
}

// RollupVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use RollupVerifierMetaData.ABI instead.
var RollupVerifierABI = RollupVerifierMetaData.ABI

// RollupVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RollupVerifierMetaData.Bin instead.
var RollupVerifierBin = RollupVerifierMetaData.Bin

// DeployRollupVerifier deploys a new Ethereum contract, binding an instance of RollupVerifier to it.
func DeployRollupVerifier(auth *bind.TransactOpts, backend bind.ContractBackend, verifier_ common.Address) (common.Address, *types.Transaction, *RollupVerifier, error) {
	parsed, err := RollupVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RollupVerifierBin), backend, verifier_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RollupVerifier{RollupVerifierCaller: RollupVerifierCaller{contract: contract}, RollupVerifierTransactor: RollupVerifierTransactor{contract: contract}, RollupVerifierFilterer: RollupVerifierFilterer{contract: contract}}, nil
}

// RollupVerifier is an auto generated Go binding around an Ethereum contract.
type RollupVerifier struct {
	RollupVerifierCaller     // Read-only binding to the contract
	RollupVerifierTransactor // Write-only binding to the contract
	RollupVerifierFilterer   // Log filterer for contract events
}

// RollupVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type RollupVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RollupVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RollupVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RollupVerifierSession struct {
	Contract     *RollupVerifier   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RollupVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RollupVerifierCallerSession struct {
	Contract *RollupVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// RollupVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RollupVerifierTransactorSession struct {
	Contract     *RollupVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// RollupVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type RollupVerifierRaw struct {
	Contract *RollupVerifier // Generic contract binding to access the raw methods on
}

// RollupVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RollupVerifierCallerRaw struct {
	Contract *RollupVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// RollupVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RollupVerifierTransactorRaw struct {
	Contract *RollupVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRollupVerifier creates a new instance of RollupVerifier, bound to a specific deployed contract.
func NewRollupVerifier(address common.Address, backend bind.ContractBackend) (*RollupVerifier, error) {
	contract, err := bindRollupVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RollupVerifier{RollupVerifierCaller: RollupVerifierCaller{contract: contract}, RollupVerifierTransactor: RollupVerifierTransactor{contract: contract}, RollupVerifierFilterer: RollupVerifierFilterer{contract: contract}}, nil
}

// NewRollupVerifierCaller creates a new read-only instance of RollupVerifier, bound to a specific deployed contract.
func NewRollupVerifierCaller(address common.Address, caller bind.ContractCaller) (*RollupVerifierCaller, error) {
	contract, err := bindRollupVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RollupVerifierCaller{contract: contract}, nil
}

// NewRollupVerifierTransactor creates a new write-only instance of RollupVerifier, bound to a specific deployed contract.
func NewRollupVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*RollupVerifierTransactor, error) {
	contract, err := bindRollupVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RollupVerifierTransactor{contract: contract}, nil
}

// NewRollupVerifierFilterer creates a new log filterer instance of RollupVerifier, bound to a specific deployed contract.
func NewRollupVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*RollupVerifierFilterer, error) {
	contract, err := bindRollupVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RollupVerifierFilterer{contract: contract}, nil
}

// bindRollupVerifier binds a generic wrapper to an already deployed contract.
func bindRollupVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RollupVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollupVerifier *RollupVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollupVerifier.Contract.RollupVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollupVerifier *RollupVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollupVerifier.Contract.RollupVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollupVerifier *RollupVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollupVerifier.Contract.RollupVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollupVerifier *RollupVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollupVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollupVerifier *RollupVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollupVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollupVerifier *RollupVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollupVerifier.Contract.contract.Transact(opts, method, params...)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupVerifier *RollupVerifierCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RollupVerifier.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupVerifier *RollupVerifierSession) Verifier() (common.Address, error) {
	return _RollupVerifier.Contract.Verifier(&_RollupVerifier.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupVerifier *RollupVerifierCallerSession) Verifier() (common.Address, error) {
	return _RollupVerifier.Contract.Verifier(&_RollupVerifier.CallOpts)
}

// VerifyProof is a free data retrieval call binding the contract method 0x9121da8a.
//
// Solidity: function verifyProof(bytes32[24] proof, uint256[1] pubSignals) view returns(bool)
func (_RollupVerifier *RollupVerifierCaller) VerifyProof(opts *bind.CallOpts, proof [24][32]byte, pubSignals [1]*big.Int) (bool, error) {
	var out []interface{}
	err := _RollupVerifier.contract.Call(opts, &out, "verifyProof", proof, pubSignals)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyProof is a free data retrieval call binding the contract method 0x9121da8a.
//
// Solidity: function verifyProof(bytes32[24] proof, uint256[1] pubSignals) view returns(bool)
func (_RollupVerifier *RollupVerifierSession) VerifyProof(proof [24][32]byte, pubSignals [1]*big.Int) (bool, error) {
	return _RollupVerifier.Contract.VerifyProof(&_RollupVerifier.CallOpts, proof, pubSignals)
}

// VerifyProof is a free data retrieval call binding the contract method 0x9121da8a.
//
// Solidity: function verifyProof(bytes32[24] proof, uint256[1] pubSignals) view returns(bool)
func (_RollupVerifier *RollupVerifierCallerSession) VerifyProof(proof [24][32]byte, pubSignals [1]*big.Int) (bool, error) {
	return _RollupVerifier.Contract.VerifyProof(&_RollupVerifier.CallOpts, proof, pubSignals)
}

// SequenceHarnessMetaData contains all meta data concerning the SequenceHarness contract.
var SequenceHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"}],\"name\":\"AccNotInRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSequence.JobInputs\",\"name\":\"j\",\"type\":\"tuple\"}],\"name\":\"accNext\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newAcc\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"oldBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"newBatch\",\"type\":\"uint64\"}],\"internalType\":\"structSequence.Range\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"aggregator\",\"type\":\"address\"}],\"name\":\"seqDigest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506108738061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063221972ae14610038578063548044271461005d575b5f5ffd5b61004b610046366004610520565b610070565b60405190815260200160405180910390f35b61004b61006b36600461065f565b610084565b5f61007b838361008f565b90505b92915050565b5f61007b83836102c7565b5f61009c835f0151610445565b506100aa8360600151610445565b506100b88360800151610445565b5060a08301516001600160fd1b0310156100f6578260a00151604051634cc6ecf360e11b81526004016100ed91815260200190565b60405180910390fd5b60c08301516001600160fd1b03101561012a578260c00151604051634cc6ecf360e11b81526004016100ed91815260200190565b825160208085015160408087015181515f1994810194909452908301939093526001600160c01b031960c091821b8116606084015292901b90911660688201525f9060700160408051601f19818403018152908290526060860151608087015160a088015160c089015193946101b9949060200193845260208401929092526040830152606082015260800190565b60408051601f1981840301815291905260e0860151610100870151866101e260f46102bc610751565b67ffffffffffffffff8111156101fa576101fa61048d565b6040519080825280601f01601f191660200182016040528015610224576020820181803683370190505b506040516020016102389493929190610787565b60408051601f19818403018152908290526102579392916020016107d3565b60405160208183030381529060405290506001600160fd1b0360028260405161028091906107f9565b602060405180830381855afa15801561029b573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906102be9190610804565b16949350505050565b5f6001600160fd1b038311156102f357604051634cc6ecf360e11b8152600481018490526024016100ed565b81516102fe90610445565b5061030c8260600151610445565b50610100826040015151111561033e57816040015151604051630841f3ab60e01b81526004016100ed91815260200190565b815160208084015180518183015160408084015160609485015182519687018b90529186019690965260c092831b6001600160c01b03199081168686015291831b821660688601529490911b1660708301529190911b6bffffffffffffffffffffffff191660788201525f90608c0160408051601f198184030181529181528401518051906103cf82610100610751565b67ffffffffffffffff8111156103e7576103e761048d565b6040519080825280601f01601f191660200182016040528015610411576020820181803683370190505b506040516020016104249392919061081b565b60408051601f19818403018152828252606087015160208401529101610238565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821061048957604051631c35841b60e01b8152600481018390526024016100ed565b5090565b634e487b7160e01b5f52604160045260245ffd5b604051610120810167ffffffffffffffff811182821017156104c5576104c561048d565b60405290565b6040516080810167ffffffffffffffff811182821017156104c5576104c561048d565b803567ffffffffffffffff81168114610505575f5ffd5b919050565b80356001600160a01b0381168114610505575f5ffd5b5f5f828403610140811215610533575f5ffd5b610120811215610541575f5ffd5b5061054a6104a1565b8335815261055a602085016104ee565b602082015261056b604085016104ee565b6040820152606084810135908201526080808501359082015260a0808501359082015260c080850135908201526105a460e085016104ee565b60e08201526105b661010085016104ee565b61010082015291506105cb610120840161050a565b90509250929050565b5f82601f8301126105e3575f5ffd5b813567ffffffffffffffff8111156105fd576105fd61048d565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561062c5761062c61048d565b604052818152838201602001851015610643575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215610670575f5ffd5b82359150602083013567ffffffffffffffff81111561068d575f5ffd5b830180850360e081121561069f575f5ffd5b6106a76104cb565b823581526080601f19830112156106bc575f5ffd5b6106c46104cb565b91506106d2602084016104ee565b82526106e0604084016104ee565b60208301526106f1606084016104ee565b60408301526107026080840161050a565b606083015281602082015260a0830135915067ffffffffffffffff821115610728575f5ffd5b610734878385016105d4565b604082015260c09290920135606083015250919491935090915050565b8181038181111561007e57634e487b7160e01b5f52601160045260245ffd5b5f81518060208401855e5f93019283525090919050565b6001600160c01b031960c086811b8216835285901b1660088201526bffffffffffffffffffffffff19606084901b1660108201525f6107c96024830184610770565b9695505050505050565b5f6107f06107ea6107e48488610770565b86610770565b84610770565b95945050505050565b5f61007b8284610770565b5f60208284031215610814575f5ffd5b5051919050565b60f084901b6001600160f01b03191681525f6107f06107ea600284018661077056fea264697066735822122015512ec09aaef1bc89e2bf4de0883b76492de3f3bd468431c7977f7ae96c541f64736f6c63430008250033",
}

// SequenceHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use SequenceHarnessMetaData.ABI instead.
var SequenceHarnessABI = SequenceHarnessMetaData.ABI

// SequenceHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SequenceHarnessMetaData.Bin instead.
var SequenceHarnessBin = SequenceHarnessMetaData.Bin

// DeploySequenceHarness deploys a new Ethereum contract, binding an instance of SequenceHarness to it.
func DeploySequenceHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *SequenceHarness, error) {
	parsed, err := SequenceHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SequenceHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SequenceHarness{SequenceHarnessCaller: SequenceHarnessCaller{contract: contract}, SequenceHarnessTransactor: SequenceHarnessTransactor{contract: contract}, SequenceHarnessFilterer: SequenceHarnessFilterer{contract: contract}}, nil
}

// SequenceHarness is an auto generated Go binding around an Ethereum contract.
type SequenceHarness struct {
	SequenceHarnessCaller     // Read-only binding to the contract
	SequenceHarnessTransactor // Write-only binding to the contract
	SequenceHarnessFilterer   // Log filterer for contract events
}

// SequenceHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type SequenceHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SequenceHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SequenceHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SequenceHarnessSession struct {
	Contract     *SequenceHarness  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SequenceHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SequenceHarnessCallerSession struct {
	Contract *SequenceHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// SequenceHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SequenceHarnessTransactorSession struct {
	Contract     *SequenceHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// SequenceHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type SequenceHarnessRaw struct {
	Contract *SequenceHarness // Generic contract binding to access the raw methods on
}

// SequenceHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SequenceHarnessCallerRaw struct {
	Contract *SequenceHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// SequenceHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SequenceHarnessTransactorRaw struct {
	Contract *SequenceHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSequenceHarness creates a new instance of SequenceHarness, bound to a specific deployed contract.
func NewSequenceHarness(address common.Address, backend bind.ContractBackend) (*SequenceHarness, error) {
	contract, err := bindSequenceHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SequenceHarness{SequenceHarnessCaller: SequenceHarnessCaller{contract: contract}, SequenceHarnessTransactor: SequenceHarnessTransactor{contract: contract}, SequenceHarnessFilterer: SequenceHarnessFilterer{contract: contract}}, nil
}

// NewSequenceHarnessCaller creates a new read-only instance of SequenceHarness, bound to a specific deployed contract.
func NewSequenceHarnessCaller(address common.Address, caller bind.ContractCaller) (*SequenceHarnessCaller, error) {
	contract, err := bindSequenceHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SequenceHarnessCaller{contract: contract}, nil
}

// NewSequenceHarnessTransactor creates a new write-only instance of SequenceHarness, bound to a specific deployed contract.
func NewSequenceHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*SequenceHarnessTransactor, error) {
	contract, err := bindSequenceHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SequenceHarnessTransactor{contract: contract}, nil
}

// NewSequenceHarnessFilterer creates a new log filterer instance of SequenceHarness, bound to a specific deployed contract.
func NewSequenceHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*SequenceHarnessFilterer, error) {
	contract, err := bindSequenceHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SequenceHarnessFilterer{contract: contract}, nil
}

// bindSequenceHarness binds a generic wrapper to an already deployed contract.
func bindSequenceHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SequenceHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SequenceHarness *SequenceHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SequenceHarness.Contract.SequenceHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SequenceHarness *SequenceHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SequenceHarness.Contract.SequenceHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SequenceHarness *SequenceHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SequenceHarness.Contract.SequenceHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SequenceHarness *SequenceHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SequenceHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SequenceHarness *SequenceHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SequenceHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SequenceHarness *SequenceHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SequenceHarness.Contract.contract.Transact(opts, method, params...)
}

// AccNext is a free data retrieval call binding the contract method 0x54804427.
//
// Solidity: function accNext(bytes32 acc, (bytes32,(uint64,uint64,uint64,address),bytes,bytes32) j) pure returns(bytes32)
func (_SequenceHarness *SequenceHarnessCaller) AccNext(opts *bind.CallOpts, acc [32]byte, j SequenceJobInputs) ([32]byte, error) {
	var out []interface{}
	err := _SequenceHarness.contract.Call(opts, &out, "accNext", acc, j)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AccNext is a free data retrieval call binding the contract method 0x54804427.
//
// Solidity: function accNext(bytes32 acc, (bytes32,(uint64,uint64,uint64,address),bytes,bytes32) j) pure returns(bytes32)
func (_SequenceHarness *SequenceHarnessSession) AccNext(acc [32]byte, j SequenceJobInputs) ([32]byte, error) {
	return _SequenceHarness.Contract.AccNext(&_SequenceHarness.CallOpts, acc, j)
}

// AccNext is a free data retrieval call binding the contract method 0x54804427.
//
// Solidity: function accNext(bytes32 acc, (bytes32,(uint64,uint64,uint64,address),bytes,bytes32) j) pure returns(bytes32)
func (_SequenceHarness *SequenceHarnessCallerSession) AccNext(acc [32]byte, j SequenceJobInputs) ([32]byte, error) {
	return _SequenceHarness.Contract.AccNext(&_SequenceHarness.CallOpts, acc, j)
}

// SeqDigest is a free data retrieval call binding the contract method 0x221972ae.
//
// Solidity: function seqDigest((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64) r, address aggregator) pure returns(uint256)
func (_SequenceHarness *SequenceHarnessCaller) SeqDigest(opts *bind.CallOpts, r SequenceRange, aggregator common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SequenceHarness.contract.Call(opts, &out, "seqDigest", r, aggregator)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SeqDigest is a free data retrieval call binding the contract method 0x221972ae.
//
// Solidity: function seqDigest((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64) r, address aggregator) pure returns(uint256)
func (_SequenceHarness *SequenceHarnessSession) SeqDigest(r SequenceRange, aggregator common.Address) (*big.Int, error) {
	return _SequenceHarness.Contract.SeqDigest(&_SequenceHarness.CallOpts, r, aggregator)
}

// SeqDigest is a free data retrieval call binding the contract method 0x221972ae.
//
// Solidity: function seqDigest((bytes32,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64) r, address aggregator) pure returns(uint256)
func (_SequenceHarness *SequenceHarnessCallerSession) SeqDigest(r SequenceRange, aggregator common.Address) (*big.Int, error) {
	return _SequenceHarness.Contract.SeqDigest(&_SequenceHarness.CallOpts, r, aggregator)
}

// SequenceRollupMetaData contains all meta data concerning the SequenceRollup contract.
var SequenceRollupMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRollupVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"trustedSequencer_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"acc\",\"type\":\"bytes32\"}],\"name\":\"AccNotInRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"initNumBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalNewBatch\",\"type\":\"uint64\"}],\"name\":\"BatchOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"ChainIdTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTrustedSequencer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxCycles\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"accInputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"offchainHash\",\"type\":\"bytes32\"}],\"name\":\"BatchSequenced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"finalBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"aggregator\",\"type\":\"address\"}],\"name\":\"BatchesVerified\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"batches\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"accInputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastVerifiedBatch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSequenceRollup.BatchData[]\",\"name\":\"data\",\"type\":\"tuple[]\"}],\"name\":\"sequenceBatches\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trustedSequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIRollupVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"initNumBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalNewBatch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[24]\",\"name\":\"proof\",\"type\":\"bytes32[24]\"}],\"name\":\"verifyBatches\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161126f38038061126f83398101604081905261002f91610146565b610038836100b2565b50610042816100b2565b50816001600160401b03165f0361006c57604051635a0f079360e11b815260040160405180910390fd5b6001600160a01b03808616608052841660a05260c08390526001600160401b03821660e0526100996100ff565b6001600160401b0316610100525f55506101ae92505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182106100fb57604051631c35841b60e01b8152600481018390526024015b60405180910390fd5b5090565b5f6001600160401b0346111561012a57604051631063f20160e11b81524660048201526024016100f2565b504690565b6001600160a01b0381168114610143575f5ffd5b50565b5f5f5f5f5f60a0868803121561015a575f5ffd5b85516101658161012f565b60208701519095506101768161012f565b6040870151606088015191955093506001600160401b0381168114610199575f5ffd5b60809690960151949793965091949392915050565b60805160a05160c05160e0516101005161105561021a5f395f818161021c0152818161033d01526106b101525f818160f301526106dd01525f81816101f5015281816103a8015261068601525f8181610258015261029801525f818160af015261076d01526110555ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80639588eca21161006e5780639588eca2146101da57806398812da8146101f05780639a8a059214610217578063afcd2ad21461023e578063cfa8ed4714610253578063d9fa81821461027a575f5ffd5b80632b7ac3f3146100aa57806337680521146100ee57806348aa41081461012d5780637fcb3653146101405780638232e3891461015a575b5f5ffd5b6100d17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6101157f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016100e5565b600154610115906001600160401b031681565b60015461011590600160401b90046001600160401b031681565b6101a2610168366004610ca9565b600260208190525f91825260409091208054600182015491909201546001600160401b03811690600160401b90046001600160a01b031684565b6040516100e5949392919093845260208401929092526001600160401b031660408301526001600160a01b0316606082015260800190565b6101e25f5481565b6040519081526020016100e5565b6101e27f000000000000000000000000000000000000000000000000000000000000000081565b6101157f000000000000000000000000000000000000000000000000000000000000000081565b61025161024c366004610cc9565b61028d565b005b6100d17f000000000000000000000000000000000000000000000000000000000000000081565b610251610288366004610d38565b6105f9565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102dd5760405163eb719c1960e01b81523360048201526024015b60405180910390fd5b5f8190036102fe5760405163d63ba36560e01b815260040160405180910390fd5b6001546001600160401b03165f81815260026020526040812054905b838110156105d2578261032c81610d9e565b9350505f60405180608001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168152602001426001600160401b03168152602001856001600160401b03168152602001336001600160a01b031681525090506104688360405180608001604052807f000000000000000000000000000000000000000000000000000000000000000081526020018481526020018989878181106103e4576103e4610dc8565b90506020028101906103f69190610ddc565b6104009080610dfa565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060200189898781811061044b5761044b610dc8565b905060200281019061045d9190610ddc565b60200135905261089d565b9250604051806080016040528084815260200187878581811061048d5761048d610dc8565b905060200281019061049f9190610ddc565b6104a99080610dfa565b6040516104b7929190610e43565b604080519182900390912082526001600160401b0342818116602080860191909152339484018590528983165f81815260028084529086902088518155928801516001840155948701519190940180546060909701516001600160a01b0316600160401b026001600160e01b03199097169190931617949094179055917fe73f84a74e2b5d226951222d48c1d0546c9fbb69b5b3a166d59745f9dd891a8e918691908a8a8881811061056b5761056b610dc8565b905060200281019061057d9190610ddc565b6105879080610dfa565b8c8c8a81811061059957610599610dc8565b90506020028101906105ab9190610ddc565b602001356040516105c196959493929190610e52565b60405180910390a25060010161031a565b50506001805467ffffffffffffffff19166001600160401b03929092169190911790555050565b6001546001600160401b03858116600160401b9092041614158061062f5750836001600160401b0316836001600160401b031611155b8061064857506001546001600160401b03908116908416115b15610679576040516309020b0d60e01b81526001600160401b038086166004830152841660248201526044016102d4565b60408051610120810182527f000000000000000000000000000000000000000000000000000000000000000081526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081166020808401919091527f00000000000000000000000000000000000000000000000000000000000000008216838501525f8054606085015260808401879052888316815260028083528582205460a086015292881681529190529182205460c082015260e08101610744876001610eb1565b6001600160401b0316815260200161075d866001610eb1565b6001600160401b031681525090507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639121da8a8360405180602001604052806107b08633610aa7565b8152506040518363ffffffff1660e01b81526004016107d0929190610ed0565b602060405180830381865afa1580156107eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061080f9190610f0c565b61082c576040516309bde33960e01b815260040160405180910390fd5b5f839055600180546fffffffffffffffff00000000000000001916600160401b6001600160401b038716908102919091179091556040518481523391907fade4abe0c73779b5e0b02cac12c32f23a476f2adc759395393a38f54d7297eb29060200160405180910390a35050505050565b5f6001600160fd1b038311156108c957604051634cc6ecf360e11b8152600481018490526024016102d4565b81516108d490610c46565b506108e28260600151610c46565b50610100826040015151111561091457816040015151604051630841f3ab60e01b81526004016102d491815260200190565b815160208084015180518183015160408084015160609485015182519687018b90529186019690965260c092831b6001600160c01b03199081168686015291831b821660688601529490911b1660708301529190911b6bffffffffffffffffffffffff191660788201525f90608c0160408051601f198184030181529181528401518051906109a582610100610f2b565b6001600160401b038111156109bc576109bc610f3e565b6040519080825280601f01601f1916602001820160405280156109e6576020820181803683370190505b506040516020016109f993929190610f69565b60408051601f198184030181528282526060870151602084015291015b60408051601f1981840301815290829052610a35939291602001610f9a565b60405160208183030381529060405290506001600160fd1b03600282604051610a5e9190610fb1565b602060405180830381855afa158015610a79573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610a9c9190610fbc565b169150505b92915050565b5f610ab4835f0151610c46565b50610ac28360600151610c46565b50610ad08360800151610c46565b5060a08301516001600160fd1b031015610b05578260a00151604051634cc6ecf360e11b81526004016102d491815260200190565b60c08301516001600160fd1b031015610b39578260c00151604051634cc6ecf360e11b81526004016102d491815260200190565b825160208085015160408087015181515f1994810194909452908301939093526001600160c01b031960c091821b8116606084015292901b90911660688201525f9060700160408051601f19818403018152908290526060860151608087015160a088015160c08901519394610bc8949060200193845260208401929092526040830152606082015260800190565b60408051601f1981840301815291905260e086015161010087015186610bf160f46102bc610f2b565b6001600160401b03811115610c0857610c08610f3e565b6040519080825280601f01601f191660200182016040528015610c32576020820181803683370190505b50604051602001610a169493929190610fd3565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210610c8a57604051631c35841b60e01b8152600481018390526024016102d4565b5090565b80356001600160401b0381168114610ca4575f5ffd5b919050565b5f60208284031215610cb9575f5ffd5b610cc282610c8e565b9392505050565b5f5f60208385031215610cda575f5ffd5b82356001600160401b03811115610cef575f5ffd5b8301601f81018513610cff575f5ffd5b80356001600160401b03811115610d14575f5ffd5b8560208260051b8401011115610d28575f5ffd5b6020919091019590945092505050565b5f5f5f5f6103608587031215610d4c575f5ffd5b610d5585610c8e565b9350610d6360208601610c8e565b9250604085013591508561036086011115610d7c575f5ffd5b509194909350909160600190565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b038103610dbf57610dbf610d8a565b60010192915050565b634e487b7160e01b5f52603260045260245ffd5b5f8235603e19833603018112610df0575f5ffd5b9190910192915050565b5f5f8335601e19843603018112610e0f575f5ffd5b8301803591506001600160401b03821115610e28575f5ffd5b602001915036819003821315610e3c575f5ffd5b9250929050565b818382375f9101908152919050565b8681526001600160401b03861660208201526001600160a01b038516604082015260a0606082018190528101839052828460c08301375f60c084830101525f60c0601f19601f8601168301019050826080830152979650505050505050565b6001600160401b038181168382160190811115610aa157610aa1610d8a565b61032081016103008483376103008201835f5b6001811015610f02578151835260209283019290910190600101610ee3565b5050509392505050565b5f60208284031215610f1c575f5ffd5b81518015158114610cc2575f5ffd5b81810381811115610aa157610aa1610d8a565b634e487b7160e01b5f52604160045260245ffd5b5f81518060208401855e5f93019283525090919050565b60f084901b6001600160f01b03191681525f610f91610f8b6002840186610f52565b84610f52565b95945050505050565b5f610f91610f8b610fab8488610f52565b86610f52565b5f610cc28284610f52565b5f60208284031215610fcc575f5ffd5b5051919050565b6001600160c01b031960c086811b8216835285901b1660088201526bffffffffffffffffffffffff19606084901b1660108201525f6110156024830184610f52565b969550505050505056fea264697066735822122063e7e87c88d24cf742702b5ed5bc0852c10f1133a534a80ad58995e8a3b6074a64736f6c63430008250033",
}

// SequenceRollupABI is the input ABI used to generate the binding from.
// Deprecated: Use SequenceRollupMetaData.ABI instead.
var SequenceRollupABI = SequenceRollupMetaData.ABI

// SequenceRollupBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SequenceRollupMetaData.Bin instead.
var SequenceRollupBin = SequenceRollupMetaData.Bin

// DeploySequenceRollup deploys a new Ethereum contract, binding an instance of SequenceRollup to it.
func DeploySequenceRollup(auth *bind.TransactOpts, backend bind.ContractBackend, verifier_ common.Address, trustedSequencer_ common.Address, programId_ [32]byte, maxCycles_ uint64, genesisStateRoot [32]byte) (common.Address, *types.Transaction, *SequenceRollup, error) {
	parsed, err := SequenceRollupMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SequenceRollupBin), backend, verifier_, trustedSequencer_, programId_, maxCycles_, genesisStateRoot)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SequenceRollup{SequenceRollupCaller: SequenceRollupCaller{contract: contract}, SequenceRollupTransactor: SequenceRollupTransactor{contract: contract}, SequenceRollupFilterer: SequenceRollupFilterer{contract: contract}}, nil
}

// SequenceRollup is an auto generated Go binding around an Ethereum contract.
type SequenceRollup struct {
	SequenceRollupCaller     // Read-only binding to the contract
	SequenceRollupTransactor // Write-only binding to the contract
	SequenceRollupFilterer   // Log filterer for contract events
}

// SequenceRollupCaller is an auto generated read-only Go binding around an Ethereum contract.
type SequenceRollupCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceRollupTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SequenceRollupTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceRollupFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SequenceRollupFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SequenceRollupSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SequenceRollupSession struct {
	Contract     *SequenceRollup   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SequenceRollupCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SequenceRollupCallerSession struct {
	Contract *SequenceRollupCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// SequenceRollupTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SequenceRollupTransactorSession struct {
	Contract     *SequenceRollupTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// SequenceRollupRaw is an auto generated low-level Go binding around an Ethereum contract.
type SequenceRollupRaw struct {
	Contract *SequenceRollup // Generic contract binding to access the raw methods on
}

// SequenceRollupCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SequenceRollupCallerRaw struct {
	Contract *SequenceRollupCaller // Generic read-only contract binding to access the raw methods on
}

// SequenceRollupTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SequenceRollupTransactorRaw struct {
	Contract *SequenceRollupTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSequenceRollup creates a new instance of SequenceRollup, bound to a specific deployed contract.
func NewSequenceRollup(address common.Address, backend bind.ContractBackend) (*SequenceRollup, error) {
	contract, err := bindSequenceRollup(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SequenceRollup{SequenceRollupCaller: SequenceRollupCaller{contract: contract}, SequenceRollupTransactor: SequenceRollupTransactor{contract: contract}, SequenceRollupFilterer: SequenceRollupFilterer{contract: contract}}, nil
}

// NewSequenceRollupCaller creates a new read-only instance of SequenceRollup, bound to a specific deployed contract.
func NewSequenceRollupCaller(address common.Address, caller bind.ContractCaller) (*SequenceRollupCaller, error) {
	contract, err := bindSequenceRollup(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SequenceRollupCaller{contract: contract}, nil
}

// NewSequenceRollupTransactor creates a new write-only instance of SequenceRollup, bound to a specific deployed contract.
func NewSequenceRollupTransactor(address common.Address, transactor bind.ContractTransactor) (*SequenceRollupTransactor, error) {
	contract, err := bindSequenceRollup(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SequenceRollupTransactor{contract: contract}, nil
}

// NewSequenceRollupFilterer creates a new log filterer instance of SequenceRollup, bound to a specific deployed contract.
func NewSequenceRollupFilterer(address common.Address, filterer bind.ContractFilterer) (*SequenceRollupFilterer, error) {
	contract, err := bindSequenceRollup(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SequenceRollupFilterer{contract: contract}, nil
}

// bindSequenceRollup binds a generic wrapper to an already deployed contract.
func bindSequenceRollup(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SequenceRollupMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SequenceRollup *SequenceRollupRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SequenceRollup.Contract.SequenceRollupCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SequenceRollup *SequenceRollupRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SequenceRollup.Contract.SequenceRollupTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SequenceRollup *SequenceRollupRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SequenceRollup.Contract.SequenceRollupTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SequenceRollup *SequenceRollupCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SequenceRollup.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SequenceRollup *SequenceRollupTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SequenceRollup.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SequenceRollup *SequenceRollupTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SequenceRollup.Contract.contract.Transact(opts, method, params...)
}

// Batches is a free data retrieval call binding the contract method 0x8232e389.
//
// Solidity: function batches(uint64 ) view returns(bytes32 accInputHash, bytes32 dataHash, uint64 timestamp, address sequencer)
func (_SequenceRollup *SequenceRollupCaller) Batches(opts *bind.CallOpts, arg0 uint64) (struct {
	AccInputHash [32]byte
	DataHash     [32]byte
	Timestamp    uint64
	Sequencer    common.Address
}, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "batches", arg0)

	outstruct := new(struct {
		AccInputHash [32]byte
		DataHash     [32]byte
		Timestamp    uint64
		Sequencer    common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.AccInputHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.DataHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Timestamp = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Sequencer = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// Batches is a free data retrieval call binding the contract method 0x8232e389.
//
// Solidity: function batches(uint64 ) view returns(bytes32 accInputHash, bytes32 dataHash, uint64 timestamp, address sequencer)
func (_SequenceRollup *SequenceRollupSession) Batches(arg0 uint64) (struct {
	AccInputHash [32]byte
	DataHash     [32]byte
	Timestamp    uint64
	Sequencer    common.Address
}, error) {
	return _SequenceRollup.Contract.Batches(&_SequenceRollup.CallOpts, arg0)
}

// Batches is a free data retrieval call binding the contract method 0x8232e389.
//
// Solidity: function batches(uint64 ) view returns(bytes32 accInputHash, bytes32 dataHash, uint64 timestamp, address sequencer)
func (_SequenceRollup *SequenceRollupCallerSession) Batches(arg0 uint64) (struct {
	AccInputHash [32]byte
	DataHash     [32]byte
	Timestamp    uint64
	Sequencer    common.Address
}, error) {
	return _SequenceRollup.Contract.Batches(&_SequenceRollup.CallOpts, arg0)
}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_SequenceRollup *SequenceRollupCaller) ChainId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "chainId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_SequenceRollup *SequenceRollupSession) ChainId() (uint64, error) {
	return _SequenceRollup.Contract.ChainId(&_SequenceRollup.CallOpts)
}

// ChainId is a free data retrieval call binding the contract method 0x9a8a0592.
//
// Solidity: function chainId() view returns(uint64)
func (_SequenceRollup *SequenceRollupCallerSession) ChainId() (uint64, error) {
	return _SequenceRollup.Contract.ChainId(&_SequenceRollup.CallOpts)
}

// LastBatch is a free data retrieval call binding the contract method 0x48aa4108.
//
// Solidity: function lastBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupCaller) LastBatch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "lastBatch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastBatch is a free data retrieval call binding the contract method 0x48aa4108.
//
// Solidity: function lastBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupSession) LastBatch() (uint64, error) {
	return _SequenceRollup.Contract.LastBatch(&_SequenceRollup.CallOpts)
}

// LastBatch is a free data retrieval call binding the contract method 0x48aa4108.
//
// Solidity: function lastBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupCallerSession) LastBatch() (uint64, error) {
	return _SequenceRollup.Contract.LastBatch(&_SequenceRollup.CallOpts)
}

// LastVerifiedBatch is a free data retrieval call binding the contract method 0x7fcb3653.
//
// Solidity: function lastVerifiedBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupCaller) LastVerifiedBatch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "lastVerifiedBatch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastVerifiedBatch is a free data retrieval call binding the contract method 0x7fcb3653.
//
// Solidity: function lastVerifiedBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupSession) LastVerifiedBatch() (uint64, error) {
	return _SequenceRollup.Contract.LastVerifiedBatch(&_SequenceRollup.CallOpts)
}

// LastVerifiedBatch is a free data retrieval call binding the contract method 0x7fcb3653.
//
// Solidity: function lastVerifiedBatch() view returns(uint64)
func (_SequenceRollup *SequenceRollupCallerSession) LastVerifiedBatch() (uint64, error) {
	return _SequenceRollup.Contract.LastVerifiedBatch(&_SequenceRollup.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SequenceRollup *SequenceRollupCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SequenceRollup *SequenceRollupSession) MaxCycles() (uint64, error) {
	return _SequenceRollup.Contract.MaxCycles(&_SequenceRollup.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SequenceRollup *SequenceRollupCallerSession) MaxCycles() (uint64, error) {
	return _SequenceRollup.Contract.MaxCycles(&_SequenceRollup.CallOpts)
}

// ProgramId is a free data retrieval call binding the contract method 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (_SequenceRollup *SequenceRollupCaller) ProgramId(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "programId")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramId is a free data retrieval call binding the contract method 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (_SequenceRollup *SequenceRollupSession) ProgramId() ([32]byte, error) {
	return _SequenceRollup.Contract.ProgramId(&_SequenceRollup.CallOpts)
}

// ProgramId is a free data retrieval call binding the contract method 0x98812da8.
//
// Solidity: function programId() view returns(bytes32)
func (_SequenceRollup *SequenceRollupCallerSession) ProgramId() ([32]byte, error) {
	return _SequenceRollup.Contract.ProgramId(&_SequenceRollup.CallOpts)
}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (_SequenceRollup *SequenceRollupCaller) StateRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "stateRoot")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (_SequenceRollup *SequenceRollupSession) StateRoot() ([32]byte, error) {
	return _SequenceRollup.Contract.StateRoot(&_SequenceRollup.CallOpts)
}

// StateRoot is a free data retrieval call binding the contract method 0x9588eca2.
//
// Solidity: function stateRoot() view returns(bytes32)
func (_SequenceRollup *SequenceRollupCallerSession) StateRoot() ([32]byte, error) {
	return _SequenceRollup.Contract.StateRoot(&_SequenceRollup.CallOpts)
}

// TrustedSequencer is a free data retrieval call binding the contract method 0xcfa8ed47.
//
// Solidity: function trustedSequencer() view returns(address)
func (_SequenceRollup *SequenceRollupCaller) TrustedSequencer(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "trustedSequencer")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedSequencer is a free data retrieval call binding the contract method 0xcfa8ed47.
//
// Solidity: function trustedSequencer() view returns(address)
func (_SequenceRollup *SequenceRollupSession) TrustedSequencer() (common.Address, error) {
	return _SequenceRollup.Contract.TrustedSequencer(&_SequenceRollup.CallOpts)
}

// TrustedSequencer is a free data retrieval call binding the contract method 0xcfa8ed47.
//
// Solidity: function trustedSequencer() view returns(address)
func (_SequenceRollup *SequenceRollupCallerSession) TrustedSequencer() (common.Address, error) {
	return _SequenceRollup.Contract.TrustedSequencer(&_SequenceRollup.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_SequenceRollup *SequenceRollupCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SequenceRollup.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_SequenceRollup *SequenceRollupSession) Verifier() (common.Address, error) {
	return _SequenceRollup.Contract.Verifier(&_SequenceRollup.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_SequenceRollup *SequenceRollupCallerSession) Verifier() (common.Address, error) {
	return _SequenceRollup.Contract.Verifier(&_SequenceRollup.CallOpts)
}

// SequenceBatches is a paid mutator transaction binding the contract method 0xafcd2ad2.
//
// Solidity: function sequenceBatches((bytes,bytes32)[] data) returns()
func (_SequenceRollup *SequenceRollupTransactor) SequenceBatches(opts *bind.TransactOpts, data []SequenceRollupBatchData) (*types.Transaction, error) {
	return _SequenceRollup.contract.Transact(opts, "sequenceBatches", data)
}

// SequenceBatches is a paid mutator transaction binding the contract method 0xafcd2ad2.
//
// Solidity: function sequenceBatches((bytes,bytes32)[] data) returns()
func (_SequenceRollup *SequenceRollupSession) SequenceBatches(data []SequenceRollupBatchData) (*types.Transaction, error) {
	return _SequenceRollup.Contract.SequenceBatches(&_SequenceRollup.TransactOpts, data)
}

// SequenceBatches is a paid mutator transaction binding the contract method 0xafcd2ad2.
//
// Solidity: function sequenceBatches((bytes,bytes32)[] data) returns()
func (_SequenceRollup *SequenceRollupTransactorSession) SequenceBatches(data []SequenceRollupBatchData) (*types.Transaction, error) {
	return _SequenceRollup.Contract.SequenceBatches(&_SequenceRollup.TransactOpts, data)
}

// VerifyBatches is a paid mutator transaction binding the contract method 0xd9fa8182.
//
// Solidity: function verifyBatches(uint64 initNumBatch, uint64 finalNewBatch, bytes32 newStateRoot, bytes32[24] proof) returns()
func (_SequenceRollup *SequenceRollupTransactor) VerifyBatches(opts *bind.TransactOpts, initNumBatch uint64, finalNewBatch uint64, newStateRoot [32]byte, proof [24][32]byte) (*types.Transaction, error) {
	return _SequenceRollup.contract.Transact(opts, "verifyBatches", initNumBatch, finalNewBatch, newStateRoot, proof)
}

// VerifyBatches is a paid mutator transaction binding the contract method 0xd9fa8182.
//
// Solidity: function verifyBatches(uint64 initNumBatch, uint64 finalNewBatch, bytes32 newStateRoot, bytes32[24] proof) returns()
func (_SequenceRollup *SequenceRollupSession) VerifyBatches(initNumBatch uint64, finalNewBatch uint64, newStateRoot [32]byte, proof [24][32]byte) (*types.Transaction, error) {
	return _SequenceRollup.Contract.VerifyBatches(&_SequenceRollup.TransactOpts, initNumBatch, finalNewBatch, newStateRoot, proof)
}

// VerifyBatches is a paid mutator transaction binding the contract method 0xd9fa8182.
//
// Solidity: function verifyBatches(uint64 initNumBatch, uint64 finalNewBatch, bytes32 newStateRoot, bytes32[24] proof) returns()
func (_SequenceRollup *SequenceRollupTransactorSession) VerifyBatches(initNumBatch uint64, finalNewBatch uint64, newStateRoot [32]byte, proof [24][32]byte) (*types.Transaction, error) {
	return _SequenceRollup.Contract.VerifyBatches(&_SequenceRollup.TransactOpts, initNumBatch, finalNewBatch, newStateRoot, proof)
}

// SequenceRollupBatchSequencedIterator is returned from FilterBatchSequenced and is used to iterate over the raw logs and unpacked data for BatchSequenced events raised by the SequenceRollup contract.
type SequenceRollupBatchSequencedIterator struct {
	Event *SequenceRollupBatchSequenced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SequenceRollupBatchSequencedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SequenceRollupBatchSequenced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SequenceRollupBatchSequenced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SequenceRollupBatchSequencedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SequenceRollupBatchSequencedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SequenceRollupBatchSequenced represents a BatchSequenced event raised by the SequenceRollup contract.
type SequenceRollupBatchSequenced struct {
	BatchNum     uint64
	AccInputHash [32]byte
	Timestamp    uint64
	Sequencer    common.Address
	OnchainInput []byte
	OffchainHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterBatchSequenced is a free log retrieval operation binding the contract event 0xe73f84a74e2b5d226951222d48c1d0546c9fbb69b5b3a166d59745f9dd891a8e.
//
// Solidity: event BatchSequenced(uint64 indexed batchNum, bytes32 accInputHash, uint64 timestamp, address sequencer, bytes onchainInput, bytes32 offchainHash)
func (_SequenceRollup *SequenceRollupFilterer) FilterBatchSequenced(opts *bind.FilterOpts, batchNum []uint64) (*SequenceRollupBatchSequencedIterator, error) {

	var batchNumRule []interface{}
	for _, batchNumItem := range batchNum {
		batchNumRule = append(batchNumRule, batchNumItem)
	}

	logs, sub, err := _SequenceRollup.contract.FilterLogs(opts, "BatchSequenced", batchNumRule)
	if err != nil {
		return nil, err
	}
	return &SequenceRollupBatchSequencedIterator{contract: _SequenceRollup.contract, event: "BatchSequenced", logs: logs, sub: sub}, nil
}

// WatchBatchSequenced is a free log subscription operation binding the contract event 0xe73f84a74e2b5d226951222d48c1d0546c9fbb69b5b3a166d59745f9dd891a8e.
//
// Solidity: event BatchSequenced(uint64 indexed batchNum, bytes32 accInputHash, uint64 timestamp, address sequencer, bytes onchainInput, bytes32 offchainHash)
func (_SequenceRollup *SequenceRollupFilterer) WatchBatchSequenced(opts *bind.WatchOpts, sink chan<- *SequenceRollupBatchSequenced, batchNum []uint64) (event.Subscription, error) {

	var batchNumRule []interface{}
	for _, batchNumItem := range batchNum {
		batchNumRule = append(batchNumRule, batchNumItem)
	}

	logs, sub, err := _SequenceRollup.contract.WatchLogs(opts, "BatchSequenced", batchNumRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SequenceRollupBatchSequenced)
				if err := _SequenceRollup.contract.UnpackLog(event, "BatchSequenced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchSequenced is a log parse operation binding the contract event 0xe73f84a74e2b5d226951222d48c1d0546c9fbb69b5b3a166d59745f9dd891a8e.
//
// Solidity: event BatchSequenced(uint64 indexed batchNum, bytes32 accInputHash, uint64 timestamp, address sequencer, bytes onchainInput, bytes32 offchainHash)
func (_SequenceRollup *SequenceRollupFilterer) ParseBatchSequenced(log types.Log) (*SequenceRollupBatchSequenced, error) {
	event := new(SequenceRollupBatchSequenced)
	if err := _SequenceRollup.contract.UnpackLog(event, "BatchSequenced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SequenceRollupBatchesVerifiedIterator is returned from FilterBatchesVerified and is used to iterate over the raw logs and unpacked data for BatchesVerified events raised by the SequenceRollup contract.
type SequenceRollupBatchesVerifiedIterator struct {
	Event *SequenceRollupBatchesVerified // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SequenceRollupBatchesVerifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SequenceRollupBatchesVerified)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SequenceRollupBatchesVerified)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SequenceRollupBatchesVerifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SequenceRollupBatchesVerifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SequenceRollupBatchesVerified represents a BatchesVerified event raised by the SequenceRollup contract.
type SequenceRollupBatchesVerified struct {
	FinalBatch uint64
	StateRoot  [32]byte
	Aggregator common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterBatchesVerified is a free log retrieval operation binding the contract event 0xade4abe0c73779b5e0b02cac12c32f23a476f2adc759395393a38f54d7297eb2.
//
// Solidity: event BatchesVerified(uint64 indexed finalBatch, bytes32 stateRoot, address indexed aggregator)
func (_SequenceRollup *SequenceRollupFilterer) FilterBatchesVerified(opts *bind.FilterOpts, finalBatch []uint64, aggregator []common.Address) (*SequenceRollupBatchesVerifiedIterator, error) {

	var finalBatchRule []interface{}
	for _, finalBatchItem := range finalBatch {
		finalBatchRule = append(finalBatchRule, finalBatchItem)
	}

	var aggregatorRule []interface{}
	for _, aggregatorItem := range aggregator {
		aggregatorRule = append(aggregatorRule, aggregatorItem)
	}

	logs, sub, err := _SequenceRollup.contract.FilterLogs(opts, "BatchesVerified", finalBatchRule, aggregatorRule)
	if err != nil {
		return nil, err
	}
	return &SequenceRollupBatchesVerifiedIterator{contract: _SequenceRollup.contract, event: "BatchesVerified", logs: logs, sub: sub}, nil
}

// WatchBatchesVerified is a free log subscription operation binding the contract event 0xade4abe0c73779b5e0b02cac12c32f23a476f2adc759395393a38f54d7297eb2.
//
// Solidity: event BatchesVerified(uint64 indexed finalBatch, bytes32 stateRoot, address indexed aggregator)
func (_SequenceRollup *SequenceRollupFilterer) WatchBatchesVerified(opts *bind.WatchOpts, sink chan<- *SequenceRollupBatchesVerified, finalBatch []uint64, aggregator []common.Address) (event.Subscription, error) {

	var finalBatchRule []interface{}
	for _, finalBatchItem := range finalBatch {
		finalBatchRule = append(finalBatchRule, finalBatchItem)
	}

	var aggregatorRule []interface{}
	for _, aggregatorItem := range aggregator {
		aggregatorRule = append(aggregatorRule, aggregatorItem)
	}

	logs, sub, err := _SequenceRollup.contract.WatchLogs(opts, "BatchesVerified", finalBatchRule, aggregatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SequenceRollupBatchesVerified)
				if err := _SequenceRollup.contract.UnpackLog(event, "BatchesVerified", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBatchesVerified is a log parse operation binding the contract event 0xade4abe0c73779b5e0b02cac12c32f23a476f2adc759395393a38f54d7297eb2.
//
// Solidity: event BatchesVerified(uint64 indexed finalBatch, bytes32 stateRoot, address indexed aggregator)
func (_SequenceRollup *SequenceRollupFilterer) ParseBatchesVerified(log types.Log) (*SequenceRollupBatchesVerified, error) {
	event := new(SequenceRollupBatchesVerified)
	if err := _SequenceRollup.contract.UnpackLog(event, "BatchesVerified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SquareRootConsumerMetaData contains all meta data concerning the SquareRootConsumer contract.
var SquareRootConsumerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"highestAllowed\",\"type\":\"uint64\"}],\"name\":\"NonceTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"number\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"root\",\"type\":\"uint32\"}],\"name\":\"SquareRoot\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_NONCE_GAP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextOffchainNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"known\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"numberForJob\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"number\",\"type\":\"uint32\"}],\"name\":\"requestSquareRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"squareRoots\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161101738038061101783398101604081905261002e91610050565b6001600160a01b0390921660805260a0526001600160401b031660c0526100a6565b5f5f5f60608486031215610062575f5ffd5b83516001600160a01b0381168114610078575f5ffd5b6020850151604086015191945092506001600160401b038116811461009b575f5ffd5b809150509250925092565b60805160a05160c051610f1d6100fa5f395f8181610165015261043201525f8181610130015261038301525f81816101ac0152818161048b015281816105390152818161067e015261072a0152610f1d5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806355a3b57611610093578063bd7084b211610063578063bd7084b21461029c578063c072fcad146102a4578063f0bb3feb146102c3578063ffb727ef146102d6575f5ffd5b806355a3b576146102435780635dd8085514610268578063724a9d8e1461027d578063b75880a414610289575f5ffd5b80633df395a3116100ce5780633df395a31461019f578063535fb15e146101d657806353dc5f35146101f65780635436964c14610230575f5ffd5b8063128accc2146100f457806314df83281461012b5780633768052114610160575b5f5ffd5b610116610102366004610a40565b60056020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6101527f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610122565b6101877f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610122565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610122565b6101e96101e4366004610a60565b6102de565b6040516101229190610aa5565b61021b610204366004610a40565b60046020525f908152604090205463ffffffff1681565b60405163ffffffff9091168152602001610122565b61015261023e366004610a40565b61037d565b61021b610251366004610a60565b60036020525f908152604090205463ffffffff1681565b61027b610276366004610afb565b610480565b005b61018764010000000081565b61027b610297366004610b42565b61052e565b610187610657565b6101526102b2366004610a60565b5f9081526002602052604090205490565b61027b6102d1366004610b68565b610673565b6101876106f2565b5f8181526001602052604090208054606091906102fa90610bb6565b80601f016020809104026020016040519081016040528092919081815260200182805461032690610bb6565b80156103715780601f1061034857610100808354040283529160200191610371565b820191905f5260205f20905b81548152906001019060200180831161035457829003601f168201915b50505050509050919050565b5f6104567f00000000000000000000000000000000000000000000000000000000000000006040516020016103b491815260200190565b60405160208183030381529060405261040a845f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c17171760e01b9050919050565b6040516001600160e01b031990911660208201526024016040516020818303038152906040527f0000000000000000000000000000000000000000000000000000000000000000610727565b5f818152600360205260409020805463ffffffff191663ffffffff94909416939093179092555090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104c957604051631946677d60e31b815260040160405180910390fd5b5f8080806104d985870187610c02565b93509350935093506104ff87848663ffffffff165f146104f957856107c9565b846107c9565b63ffffffff84161561051b5761051687858361083c565b610525565b610525878261087b565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461057757604051631946677d60e31b815260040160405180910390fd5b6001603f1b6001600160401b03821610610609575f54600160401b90046001600160401b03166105c18282156105ad57826109d0565b6105bc60016001603f1b610ce9565b6109d0565b806001600160401b0316826001600160401b03161115610605575f80546fffffffffffffffff00000000000000001916600160401b6001600160401b038516021790555b5050565b5f546001600160401b031661061e82826109d0565b806001600160401b0316826001600160401b03161115610605575f805467ffffffffffffffff19166001600160401b0384161790555050565b5f805461066e906001600160401b03166001610d0e565b905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106bc57604051631946677d60e31b815260040160405180910390fd5b5f8481526001602052604090206106d4838583610d83565b5080156106ec575f8481526002602052604090208190555b50505050565b5f8054600160401b90046001600160401b0316801561071b57610716816001610d0e565b610721565b6001603f1b5b91505090565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb661075f610657565b8686866040518563ffffffff1660e01b81526004016107819493929190610e3d565b6020604051808303815f875af115801561079d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c19190610e8b565b949350505050565b7f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb58214610837576040516310a7cd5560e01b81527f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb56004820152602481018390526044015b60405180910390fd5b505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc838360405161086e929190610ea2565b60405180910390a2505050565b6004815110156108a35780516040516397a0f8c760e01b815260040161082e91815260200190565b5f6018826003815181106108b9576108b9610ec0565b602001015160f81c60f81b60f81c60ff1663ffffffff16901b6010836002815181106108e7576108e7610ec0565b602001015160f81c60f81b60f81c60ff1663ffffffff16901b60088460018151811061091557610915610ec0565b0160200151855160f89190911c90911b9085905f9061093657610936610ec0565b602091018101515f8881526003835260408082205463ffffffff90811680845260048652828420805463ffffffff191660f89690961c97909717979097179790971796871692831790945560058352839020805460ff191660011790559151918252929350909182917f438e10c991c8a10d69d8cc4fb368b0e2a7170028187f3d7ff5241594fcc8a4b6910160405180910390a250505050565b5f6109e96401000000006001600160401b038416610ed4565b905080836001600160401b0316111561083757604051639871a71760e01b81526001600160401b0380851660048301528216602482015260440161082e565b803563ffffffff81168114610a3b575f5ffd5b919050565b5f60208284031215610a50575f5ffd5b610a5982610a28565b9392505050565b5f60208284031215610a70575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a596020830184610a77565b5f5f83601f840112610ac7575f5ffd5b5081356001600160401b03811115610add575f5ffd5b602083019150836020828501011115610af4575f5ffd5b9250929050565b5f5f5f60408486031215610b0d575f5ffd5b8335925060208401356001600160401b03811115610b29575f5ffd5b610b3586828701610ab7565b9497909650939450505050565b5f60208284031215610b52575f5ffd5b81356001600160401b0381168114610a59575f5ffd5b5f5f5f5f60608587031215610b7b575f5ffd5b8435935060208501356001600160401b03811115610b97575f5ffd5b610ba387828801610ab7565b9598909750949560400135949350505050565b600181811c90821680610bca57607f821691505b602082108103610be857634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610c15575f5ffd5b610c1e85610a28565b9350602085013592506040850135915060608501356001600160401b03811115610c46575f5ffd5b8501601f81018713610c56575f5ffd5b80356001600160401b03811115610c6f57610c6f610bee565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610c9d57610c9d610bee565b604052818152828201602001891015610cb4575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115610d0857610d08610cd5565b92915050565b6001600160401b038181168382160190811115610d0857610d08610cd5565b601f821115610837578282111561083757805f5260205f20601f840160051c6020851015610d5857505f5b90810190601f840160051c035f5b81811015610d7b575f83820155600101610d66565b505050505050565b6001600160401b03831115610d9a57610d9a610bee565b610dae83610da88354610bb6565b83610d2d565b5f601f841160018114610ddf575f8515610dc85750838201355b5f19600387901b1c1916600186901b178355610e36565b5f83815260208120601f198716915b82811015610e0e5786850135825560209485019460019092019101610dee565b5086821015610e2a575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b6001600160401b0385168152608060208201525f610e5e6080830186610a77565b8281036040840152610e708186610a77565b9150506001600160401b038316606083015295945050505050565b5f60208284031215610e9b575f5ffd5b5051919050565b63ffffffff83168152604060208201525f6107c16040830184610a77565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610d0857610d08610cd556fea26469706673582212206b66bb871cbcd1aa63c33b1a9c07a701137781c400a1a735b89dc912ceb656f664736f6c63430008250033",
}

// SquareRootConsumerABI is the input ABI used to generate the binding from.
// Deprecated: Use SquareRootConsumerMetaData.ABI instead.
var SquareRootConsumerABI = SquareRootConsumerMetaData.ABI

// SquareRootConsumerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SquareRootConsumerMetaData.Bin instead.
var SquareRootConsumerBin = SquareRootConsumerMetaData.Bin

// DeploySquareRootConsumer deploys a new Ethereum contract, binding an instance of SquareRootConsumer to it.
func DeploySquareRootConsumer(auth *bind.TransactOpts, backend bind.ContractBackend, jobManager_ common.Address, programID_ [32]byte, maxCycles_ uint64) (common.Address, *types.Transaction, *SquareRootConsumer, error) {
	parsed, err := SquareRootConsumerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SquareRootConsumerBin), backend, jobManager_, programID_, maxCycles_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SquareRootConsumer{SquareRootConsumerCaller: SquareRootConsumerCaller{contract: contract}, SquareRootConsumerTransactor: SquareRootConsumerTransactor{contract: contract}, SquareRootConsumerFilterer: SquareRootConsumerFilterer{contract: contract}}, nil
}

// SquareRootConsumer is an auto generated Go binding around an Ethereum contract.
type SquareRootConsumer struct {
	SquareRootConsumerCaller     // Read-only binding to the contract
	SquareRootConsumerTransactor // Write-only binding to the contract
	SquareRootConsumerFilterer   // Log filterer for contract events
}

// SquareRootConsumerCaller is an auto generated read-only Go binding around an Ethereum contract.
type SquareRootConsumerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SquareRootConsumerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SquareRootConsumerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SquareRootConsumerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SquareRootConsumerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SquareRootConsumerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SquareRootConsumerSession struct {
	Contract     *SquareRootConsumer // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// SquareRootConsumerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SquareRootConsumerCallerSession struct {
	Contract *SquareRootConsumerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// SquareRootConsumerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SquareRootConsumerTransactorSession struct {
	Contract     *SquareRootConsumerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// SquareRootConsumerRaw is an auto generated low-level Go binding around an Ethereum contract.
type SquareRootConsumerRaw struct {
	Contract *SquareRootConsumer // Generic contract binding to access the raw methods on
}

// SquareRootConsumerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SquareRootConsumerCallerRaw struct {
	Contract *SquareRootConsumerCaller // Generic read-only contract binding to access the raw methods on
}

// SquareRootConsumerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SquareRootConsumerTransactorRaw struct {
	Contract *SquareRootConsumerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSquareRootConsumer creates a new instance of SquareRootConsumer, bound to a specific deployed contract.
func NewSquareRootConsumer(address common.Address, backend bind.ContractBackend) (*SquareRootConsumer, error) {
	contract, err := bindSquareRootConsumer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumer{SquareRootConsumerCaller: SquareRootConsumerCaller{contract: contract}, SquareRootConsumerTransactor: SquareRootConsumerTransactor{contract: contract}, SquareRootConsumerFilterer: SquareRootConsumerFilterer{contract: contract}}, nil
}

// NewSquareRootConsumerCaller creates a new read-only instance of SquareRootConsumer, bound to a specific deployed contract.
func NewSquareRootConsumerCaller(address common.Address, caller bind.ContractCaller) (*SquareRootConsumerCaller, error) {
	contract, err := bindSquareRootConsumer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumerCaller{contract: contract}, nil
}

// NewSquareRootConsumerTransactor creates a new write-only instance of SquareRootConsumer, bound to a specific deployed contract.
func NewSquareRootConsumerTransactor(address common.Address, transactor bind.ContractTransactor) (*SquareRootConsumerTransactor, error) {
	contract, err := bindSquareRootConsumer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumerTransactor{contract: contract}, nil
}

// NewSquareRootConsumerFilterer creates a new log filterer instance of SquareRootConsumer, bound to a specific deployed contract.
func NewSquareRootConsumerFilterer(address common.Address, filterer bind.ContractFilterer) (*SquareRootConsumerFilterer, error) {
	contract, err := bindSquareRootConsumer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumerFilterer{contract: contract}, nil
}

// bindSquareRootConsumer binds a generic wrapper to an already deployed contract.
func bindSquareRootConsumer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SquareRootConsumerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SquareRootConsumer *SquareRootConsumerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SquareRootConsumer.Contract.SquareRootConsumerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SquareRootConsumer *SquareRootConsumerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.SquareRootConsumerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SquareRootConsumer *SquareRootConsumerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.SquareRootConsumerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SquareRootConsumer *SquareRootConsumerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SquareRootConsumer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SquareRootConsumer *SquareRootConsumerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SquareRootConsumer *SquareRootConsumerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.contract.Transact(opts, method, params...)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCaller) MAXNONCEGAP(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "MAX_NONCE_GAP")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerSession) MAXNONCEGAP() (uint64, error) {
	return _SquareRootConsumer.Contract.MAXNONCEGAP(&_SquareRootConsumer.CallOpts)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) MAXNONCEGAP() (uint64, error) {
	return _SquareRootConsumer.Contract.MAXNONCEGAP(&_SquareRootConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCaller) GetNextNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "getNextNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerSession) GetNextNonce() (uint64, error) {
	return _SquareRootConsumer.Contract.GetNextNonce(&_SquareRootConsumer.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) GetNextNonce() (uint64, error) {
	return _SquareRootConsumer.Contract.GetNextNonce(&_SquareRootConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCaller) GetNextOffchainNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "getNextOffchainNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerSession) GetNextOffchainNonce() (uint64, error) {
	return _SquareRootConsumer.Contract.GetNextOffchainNonce(&_SquareRootConsumer.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) GetNextOffchainNonce() (uint64, error) {
	return _SquareRootConsumer.Contract.GetNextOffchainNonce(&_SquareRootConsumer.CallOpts)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerCaller) GetOffchainInputHashForJob(opts *bind.CallOpts, jobID [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "getOffchainInputHashForJob", jobID)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _SquareRootConsumer.Contract.GetOffchainInputHashForJob(&_SquareRootConsumer.CallOpts, jobID)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _SquareRootConsumer.Contract.GetOffchainInputHashForJob(&_SquareRootConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_SquareRootConsumer *SquareRootConsumerCaller) GetOnchainInputForJob(opts *bind.CallOpts, jobID [32]byte) ([]byte, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "getOnchainInputForJob", jobID)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_SquareRootConsumer *SquareRootConsumerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _SquareRootConsumer.Contract.GetOnchainInputForJob(&_SquareRootConsumer.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _SquareRootConsumer.Contract.GetOnchainInputForJob(&_SquareRootConsumer.CallOpts, jobID)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_SquareRootConsumer *SquareRootConsumerCaller) JobManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "jobManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_SquareRootConsumer *SquareRootConsumerSession) JobManager() (common.Address, error) {
	return _SquareRootConsumer.Contract.JobManager(&_SquareRootConsumer.CallOpts)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) JobManager() (common.Address, error) {
	return _SquareRootConsumer.Contract.JobManager(&_SquareRootConsumer.CallOpts)
}

// Known is a free data retrieval call binding the contract method 0x128accc2.
//
// Solidity: function known(uint32 ) view returns(bool)
func (_SquareRootConsumer *SquareRootConsumerCaller) Known(opts *bind.CallOpts, arg0 uint32) (bool, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "known", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Known is a free data retrieval call binding the contract method 0x128accc2.
//
// Solidity: function known(uint32 ) view returns(bool)
func (_SquareRootConsumer *SquareRootConsumerSession) Known(arg0 uint32) (bool, error) {
	return _SquareRootConsumer.Contract.Known(&_SquareRootConsumer.CallOpts, arg0)
}

// Known is a free data retrieval call binding the contract method 0x128accc2.
//
// Solidity: function known(uint32 ) view returns(bool)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) Known(arg0 uint32) (bool, error) {
	return _SquareRootConsumer.Contract.Known(&_SquareRootConsumer.CallOpts, arg0)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerSession) MaxCycles() (uint64, error) {
	return _SquareRootConsumer.Contract.MaxCycles(&_SquareRootConsumer.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) MaxCycles() (uint64, error) {
	return _SquareRootConsumer.Contract.MaxCycles(&_SquareRootConsumer.CallOpts)
}

// NumberForJob is a free data retrieval call binding the contract method 0x55a3b576.
//
// Solidity: function numberForJob(bytes32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerCaller) NumberForJob(opts *bind.CallOpts, arg0 [32]byte) (uint32, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "numberForJob", arg0)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// NumberForJob is a free data retrieval call binding the contract method 0x55a3b576.
//
// Solidity: function numberForJob(bytes32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerSession) NumberForJob(arg0 [32]byte) (uint32, error) {
	return _SquareRootConsumer.Contract.NumberForJob(&_SquareRootConsumer.CallOpts, arg0)
}

// NumberForJob is a free data retrieval call binding the contract method 0x55a3b576.
//
// Solidity: function numberForJob(bytes32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) NumberForJob(arg0 [32]byte) (uint32, error) {
	return _SquareRootConsumer.Contract.NumberForJob(&_SquareRootConsumer.CallOpts, arg0)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerCaller) ProgramID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "programID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerSession) ProgramID() ([32]byte, error) {
	return _SquareRootConsumer.Contract.ProgramID(&_SquareRootConsumer.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) ProgramID() ([32]byte, error) {
	return _SquareRootConsumer.Contract.ProgramID(&_SquareRootConsumer.CallOpts)
}

// SquareRoots is a free data retrieval call binding the contract method 0x53dc5f35.
//
// Solidity: function squareRoots(uint32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerCaller) SquareRoots(opts *bind.CallOpts, arg0 uint32) (uint32, error) {
	var out []interface{}
	err := _SquareRootConsumer.contract.Call(opts, &out, "squareRoots", arg0)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// SquareRoots is a free data retrieval call binding the contract method 0x53dc5f35.
//
// Solidity: function squareRoots(uint32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerSession) SquareRoots(arg0 uint32) (uint32, error) {
	return _SquareRootConsumer.Contract.SquareRoots(&_SquareRootConsumer.CallOpts, arg0)
}

// SquareRoots is a free data retrieval call binding the contract method 0x53dc5f35.
//
// Solidity: function squareRoots(uint32 ) view returns(uint32)
func (_SquareRootConsumer *SquareRootConsumerCallerSession) SquareRoots(arg0 uint32) (uint32, error) {
	return _SquareRootConsumer.Contract.SquareRoots(&_SquareRootConsumer.CallOpts, arg0)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactor) ReceiveResult(opts *bind.TransactOpts, jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _SquareRootConsumer.contract.Transact(opts, "receiveResult", jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_SquareRootConsumer *SquareRootConsumerSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.ReceiveResult(&_SquareRootConsumer.TransactOpts, jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactorSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.ReceiveResult(&_SquareRootConsumer.TransactOpts, jobID, result)
}

// RequestSquareRoot is a paid mutator transaction binding the contract method 0x5436964c.
//
// Solidity: function requestSquareRoot(uint32 number) returns(bytes32 jobID)
func (_SquareRootConsumer *SquareRootConsumerTransactor) RequestSquareRoot(opts *bind.TransactOpts, number uint32) (*types.Transaction, error) {
	return _SquareRootConsumer.contract.Transact(opts, "requestSquareRoot", number)
}

// RequestSquareRoot is a paid mutator transaction binding the contract method 0x5436964c.
//
// Solidity: function requestSquareRoot(uint32 number) returns(bytes32 jobID)
func (_SquareRootConsumer *SquareRootConsumerSession) RequestSquareRoot(number uint32) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.RequestSquareRoot(&_SquareRootConsumer.TransactOpts, number)
}

// RequestSquareRoot is a paid mutator transaction binding the contract method 0x5436964c.
//
// Solidity: function requestSquareRoot(uint32 number) returns(bytes32 jobID)
func (_SquareRootConsumer *SquareRootConsumerTransactorSession) RequestSquareRoot(number uint32) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.RequestSquareRoot(&_SquareRootConsumer.TransactOpts, number)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactor) SetInputsForJob(opts *bind.TransactOpts, jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _SquareRootConsumer.contract.Transact(opts, "setInputsForJob", jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_SquareRootConsumer *SquareRootConsumerSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.SetInputsForJob(&_SquareRootConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactorSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.SetInputsForJob(&_SquareRootConsumer.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactor) UpdateLatestNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _SquareRootConsumer.contract.Transact(opts, "updateLatestNonce", nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_SquareRootConsumer *SquareRootConsumerSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.UpdateLatestNonce(&_SquareRootConsumer.TransactOpts, nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_SquareRootConsumer *SquareRootConsumerTransactorSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _SquareRootConsumer.Contract.UpdateLatestNonce(&_SquareRootConsumer.TransactOpts, nonce)
}

// SquareRootConsumerJobFailedIterator is returned from FilterJobFailed and is used to iterate over the raw logs and unpacked data for JobFailed events raised by the SquareRootConsumer contract.
type SquareRootConsumerJobFailedIterator struct {
	Event *SquareRootConsumerJobFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SquareRootConsumerJobFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SquareRootConsumerJobFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SquareRootConsumerJobFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SquareRootConsumerJobFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SquareRootConsumerJobFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SquareRootConsumerJobFailed represents a JobFailed event raised by the SquareRootConsumer contract.
type SquareRootConsumerJobFailed struct {
	JobID    [32]byte
	ExitCode uint32
	Output   []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterJobFailed is a free log retrieval operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_SquareRootConsumer *SquareRootConsumerFilterer) FilterJobFailed(opts *bind.FilterOpts, jobID [][32]byte) (*SquareRootConsumerJobFailedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _SquareRootConsumer.contract.FilterLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumerJobFailedIterator{contract: _SquareRootConsumer.contract, event: "JobFailed", logs: logs, sub: sub}, nil
}

// WatchJobFailed is a free log subscription operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_SquareRootConsumer *SquareRootConsumerFilterer) WatchJobFailed(opts *bind.WatchOpts, sink chan<- *SquareRootConsumerJobFailed, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _SquareRootConsumer.contract.WatchLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SquareRootConsumerJobFailed)
				if err := _SquareRootConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobFailed is a log parse operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_SquareRootConsumer *SquareRootConsumerFilterer) ParseJobFailed(log types.Log) (*SquareRootConsumerJobFailed, error) {
	event := new(SquareRootConsumerJobFailed)
	if err := _SquareRootConsumer.contract.UnpackLog(event, "JobFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SquareRootConsumerSquareRootIterator is returned from FilterSquareRoot and is used to iterate over the raw logs and unpacked data for SquareRoot events raised by the SquareRootConsumer contract.
type SquareRootConsumerSquareRootIterator struct {
	Event *SquareRootConsumerSquareRoot // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SquareRootConsumerSquareRootIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SquareRootConsumerSquareRoot)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SquareRootConsumerSquareRoot)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SquareRootConsumerSquareRootIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SquareRootConsumerSquareRootIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SquareRootConsumerSquareRoot represents a SquareRoot event raised by the SquareRootConsumer contract.
type SquareRootConsumerSquareRoot struct {
	Number uint32
	Root   uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSquareRoot is a free log retrieval operation binding the contract event 0x438e10c991c8a10d69d8cc4fb368b0e2a7170028187f3d7ff5241594fcc8a4b6.
//
// Solidity: event SquareRoot(uint32 indexed number, uint32 root)
func (_SquareRootConsumer *SquareRootConsumerFilterer) FilterSquareRoot(opts *bind.FilterOpts, number []uint32) (*SquareRootConsumerSquareRootIterator, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _SquareRootConsumer.contract.FilterLogs(opts, "SquareRoot", numberRule)
	if err != nil {
		return nil, err
	}
	return &SquareRootConsumerSquareRootIterator{contract: _SquareRootConsumer.contract, event: "SquareRoot", logs: logs, sub: sub}, nil
}

// WatchSquareRoot is a free log subscription operation binding the contract event 0x438e10c991c8a10d69d8cc4fb368b0e2a7170028187f3d7ff5241594fcc8a4b6.
//
// Solidity: event SquareRoot(uint32 indexed number, uint32 root)
func (_SquareRootConsumer *SquareRootConsumerFilterer) WatchSquareRoot(opts *bind.WatchOpts, sink chan<- *SquareRootConsumerSquareRoot, number []uint32) (event.Subscription, error) {

	var numberRule []interface{}
	for _, numberItem := range number {
		numberRule = append(numberRule, numberItem)
	}

	logs, sub, err := _SquareRootConsumer.contract.WatchLogs(opts, "SquareRoot", numberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SquareRootConsumerSquareRoot)
				if err := _SquareRootConsumer.contract.UnpackLog(event, "SquareRoot", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSquareRoot is a log parse operation binding the contract event 0x438e10c991c8a10d69d8cc4fb368b0e2a7170028187f3d7ff5241594fcc8a4b6.
//
// Solidity: event SquareRoot(uint32 indexed number, uint32 root)
func (_SquareRootConsumer *SquareRootConsumerFilterer) ParseSquareRoot(log types.Log) (*SquareRootConsumerSquareRoot, error) {
	event := new(SquareRootConsumerSquareRoot)
	if err := _SquareRootConsumer.contract.UnpackLog(event, "SquareRoot", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StatefulCounterMetaData contains all meta data concerning the StatefulCounter contract.
var StatefulCounterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"initialStateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"highestAllowed\",\"type\":\"uint64\"}],\"name\":\"NonceTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"latest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StaleStateRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RequesterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateRootAdvanced\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_NONCE_GAP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptsBareRequestSignatures\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextOffchainNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRequester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"requesterOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRequester\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516113e23803806113e283398101604081905261002f9161008a565b6001600160a01b0394851660805260035560048054949093166001600160a01b0319909416939093179091553360a05260c0526001600160401b031660e0526100f2565b6001600160a01b0381168114610087575f5ffd5b50565b5f5f5f5f5f60a0868803121561009e575f5ffd5b85516100a981610073565b60208701519095506100ba81610073565b6040870151606088015191955093506001600160401b03811681146100dd575f5ffd5b60809690960151949793965091949392915050565b60805160a05160c05160e05161128561015d5f395f818161022601526107e701525f81816101b2015261078201525f81816102cc0152818161071a01526108bf01525f8181610262015281816104b6015281816105f0015281816108400152610bb401526112855ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80638da5cb5b116100b4578063bd7084b211610079578063bd7084b214610325578063c072fcad1461032d578063f0bb3feb1461034c578063f9b3e97f1461035f578063fe6ec4ed14610365578063ffb727ef14610378575f5ffd5b80638da5cb5b146102c757806397228a7e146102ee578063991beafd146102f6578063b75880a4146102ff578063b94207d314610312575f5ffd5b806337680521116100fa57806337680521146102215780633df395a314610260578063535fb15e146102865780635dd80855146102a6578063724a9d8e146102bb575f5ffd5b80630252917714610136578063124dacb31461016d57806314df8328146101ad5780631626ba7e146101e2578063330d9a031461020e575b5f5ffd5b610158610144366004610c6e565b60056020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b61019561017b366004610c87565b60066020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610164565b6101d47f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610164565b6101f56101f0366004610ce2565b610380565b6040516001600160e01b03199091168152602001610164565b600454610195906001600160a01b031681565b6102487f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610164565b7f0000000000000000000000000000000000000000000000000000000000000000610195565b610299610294366004610c87565b61040c565b6040516101649190610d57565b6102b96102b4366004610ce2565b6104ab565b005b61024864010000000081565b6101957f000000000000000000000000000000000000000000000000000000000000000081565b610299610559565b6101d460035481565b6102b961030d366004610d69565b6105e5565b6101d4610320366004610d96565b61070e565b610248610819565b6101d461033b366004610c87565b5f9081526002602052604090205490565b6102b961035a366004610dd4565b610835565b5f610158565b6102b9610373366004610e22565b6108b4565b61024861095b565b5f5f6103c18585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061099092505050565b90506001600160a01b038116158015906103e857506004546001600160a01b038281169116145b6103fa576001600160e01b0319610403565b630b135d3f60e11b5b95945050505050565b5f81815260016020526040902080546060919061042890610e5b565b80601f016020809104026020016040519081016040528092919081815260200182805461045490610e5b565b801561049f5780601f106104765761010080835404028352916020019161049f565b820191905f5260205f20905b81548152906001019060200180831161048257829003601f168201915b50505050509050919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104f457604051631946677d60e31b815260040160405180910390fd5b5f80808061050485870187610ea7565b935093509350935061052a87848663ffffffff165f146105245785610a89565b84610a89565b63ffffffff84161561054657610541878583610b09565b610550565b6105508782610b48565b50505050505050565b6007805461056690610e5b565b80601f016020809104026020016040519081016040528092919081815260200182805461059290610e5b565b80156105dd5780601f106105b4576101008083540402835291602001916105dd565b820191905f5260205f20905b8154815290600101906020018083116105c057829003601f168201915b505050505081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461062e57604051631946677d60e31b815260040160405180910390fd5b6001603f1b6001600160401b038216106106c0575f54600160401b90046001600160401b03166106788282156106645782610b59565b61067360016001603f1b610f98565b610b59565b806001600160401b0316826001600160401b031611156106bc575f80546fffffffffffffffff00000000000000001916600160401b6001600160401b038516021790555b5050565b5f546001600160401b03166106d58282610b59565b806001600160401b0316826001600160401b031611156106bc575f805467ffffffffffffffff19166001600160401b0384161790555050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015906107575750335f9081526005602052604090205460ff16155b1561077c5760405163e7f1421f60e01b81523360048201526024015b60405180910390fd5b604080517f00000000000000000000000000000000000000000000000000000000000000006020820152610810910160408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610bb1915050565b90505b92915050565b5f8054610830906001600160401b03166001610fb7565b905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461087e57604051631946677d60e31b815260040160405180910390fd5b5f84815260016020526040902061089683858361102c565b5080156108ae575f8481526002602052604090208190555b50505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108fd576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260056020908152604091829020805460ff191685151590811790915591519182527f022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be910160405180910390a25050565b5f8054600160401b90046001600160401b031680156109845761097f816001610fb7565b61098a565b6001603f1b5b91505090565b5f81516041146109a157505f610813565b6020820151604083015160608401515f1a601b8110156109c9576109c6601b826110e6565b90505b8060ff16601b141580156109e157508060ff16601c14155b156109f1575f9350505050610813565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610a24575f9350505050610813565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610a74573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b600354828114610ab657604051632bf204a160e01b81526004810182905260248101849052604401610773565b828203610ac35750505050565b6003829055604080518481526020810184905285917f76e2381c5d0a113091b9880ad7b63e0594067c9899fc571d00498b9386728dc1910160405180910390a250505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610b3b9291906110ff565b60405180910390a2505050565b6007610b54828261111d565b505050565b5f610b726401000000006001600160401b0384166111d7565b905080836001600160401b03161115610b5457604051639871a71760e01b81526001600160401b03808516600483015282166024820152604401610773565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610be9610819565b8686866040518563ffffffff1660e01b8152600401610c0b94939291906111ea565b6020604051808303815f875af1158015610c27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c4b9190611238565b949350505050565b80356001600160a01b0381168114610c69575f5ffd5b919050565b5f60208284031215610c7e575f5ffd5b61081082610c53565b5f60208284031215610c97575f5ffd5b5035919050565b5f5f83601f840112610cae575f5ffd5b5081356001600160401b03811115610cc4575f5ffd5b602083019150836020828501011115610cdb575f5ffd5b9250929050565b5f5f5f60408486031215610cf4575f5ffd5b8335925060208401356001600160401b03811115610d10575f5ffd5b610d1c86828701610c9e565b9497909650939450505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6108106020830184610d29565b5f60208284031215610d79575f5ffd5b81356001600160401b0381168114610d8f575f5ffd5b9392505050565b5f5f60208385031215610da7575f5ffd5b82356001600160401b03811115610dbc575f5ffd5b610dc885828601610c9e565b90969095509350505050565b5f5f5f5f60608587031215610de7575f5ffd5b8435935060208501356001600160401b03811115610e03575f5ffd5b610e0f87828801610c9e565b9598909750949560400135949350505050565b5f5f60408385031215610e33575f5ffd5b610e3c83610c53565b915060208301358015158114610e50575f5ffd5b809150509250929050565b600181811c90821680610e6f57607f821691505b602082108103610e8d57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610eba575f5ffd5b843563ffffffff81168114610ecd575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115610ef5575f5ffd5b8501601f81018713610f05575f5ffd5b80356001600160401b03811115610f1e57610f1e610e93565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610f4c57610f4c610e93565b604052818152828201602001891015610f63575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561081357610813610f84565b6001600160401b03818116838216019081111561081357610813610f84565b601f821115610b545782821115610b5457805f5260205f20601f840160051c602085101561100157505f5b90810190601f840160051c035f5b81811015611024575f8382015560010161100f565b505050505050565b6001600160401b0383111561104357611043610e93565b611057836110518354610e5b565b83610fd6565b5f601f841160018114611088575f85156110715750838201355b5f19600387901b1c1916600186901b1783556110df565b5f83815260208120601f198716915b828110156110b75786850135825560209485019460019092019101611097565b50868210156110d3575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60ff818116838216019081111561081357610813610f84565b63ffffffff83168152604060208201525f610c4b6040830184610d29565b81516001600160401b0381111561113657611136610e93565b61114a816111448454610e5b565b84610fd6565b6020601f82116001811461117c575f83156111655750848201515b5f19600385901b1c1916600184901b1784556110df565b5f84815260208120601f198516915b828110156111ab578785015182556020948501946001909201910161118b565b50848210156111c857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561081357610813610f84565b6001600160401b0385168152608060208201525f61120b6080830186610d29565b828103604084015261121d8186610d29565b9150506001600160401b038316606083015295945050505050565b5f60208284031215611248575f5ffd5b505191905056fea2646970667358221220db7cdc099e1ad30216f29b3ba81beaf478761b2f2da584d92b83e444eb9c6b4664736f6c63430008250033",
}

// StatefulCounterABI is the input ABI used to generate the binding from.
// Deprecated: Use StatefulCounterMetaData.ABI instead.
var StatefulCounterABI = StatefulCounterMetaData.ABI

// StatefulCounterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StatefulCounterMetaData.Bin instead.
var StatefulCounterBin = StatefulCounterMetaData.Bin

// DeployStatefulCounter deploys a new Ethereum contract, binding an instance of StatefulCounter to it.
func DeployStatefulCounter(auth *bind.TransactOpts, backend bind.ContractBackend, jobManager_ common.Address, signer common.Address, programID_ [32]byte, maxCycles_ uint64, initialStateRoot [32]byte) (common.Address, *types.Transaction, *StatefulCounter, error) {
	parsed, err := StatefulCounterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StatefulCounterBin), backend, jobManager_, signer, programID_, maxCycles_, initialStateRoot)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StatefulCounter{StatefulCounterCaller: StatefulCounterCaller{contract: contract}, StatefulCounterTransactor: StatefulCounterTransactor{contract: contract}, StatefulCounterFilterer: StatefulCounterFilterer{contract: contract}}, nil
}

// StatefulCounter is an auto generated Go binding around an Ethereum contract.
type StatefulCounter struct {
	StatefulCounterCaller     // Read-only binding to the contract
	StatefulCounterTransactor // Write-only binding to the contract
	StatefulCounterFilterer   // Log filterer for contract events
}

// StatefulCounterCaller is an auto generated read-only Go binding around an Ethereum contract.
type StatefulCounterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatefulCounterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StatefulCounterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatefulCounterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StatefulCounterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatefulCounterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StatefulCounterSession struct {
	Contract     *StatefulCounter  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StatefulCounterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StatefulCounterCallerSession struct {
	Contract *StatefulCounterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// StatefulCounterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StatefulCounterTransactorSession struct {
	Contract     *StatefulCounterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// StatefulCounterRaw is an auto generated low-level Go binding around an Ethereum contract.
type StatefulCounterRaw struct {
	Contract *StatefulCounter // Generic contract binding to access the raw methods on
}

// StatefulCounterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StatefulCounterCallerRaw struct {
	Contract *StatefulCounterCaller // Generic read-only contract binding to access the raw methods on
}

// StatefulCounterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StatefulCounterTransactorRaw struct {
	Contract *StatefulCounterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStatefulCounter creates a new instance of StatefulCounter, bound to a specific deployed contract.
func NewStatefulCounter(address common.Address, backend bind.ContractBackend) (*StatefulCounter, error) {
	contract, err := bindStatefulCounter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StatefulCounter{StatefulCounterCaller: StatefulCounterCaller{contract: contract}, StatefulCounterTransactor: StatefulCounterTransactor{contract: contract}, StatefulCounterFilterer: StatefulCounterFilterer{contract: contract}}, nil
}

// NewStatefulCounterCaller creates a new read-only instance of StatefulCounter, bound to a specific deployed contract.
func NewStatefulCounterCaller(address common.Address, caller bind.ContractCaller) (*StatefulCounterCaller, error) {
	contract, err := bindStatefulCounter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterCaller{contract: contract}, nil
}

// NewStatefulCounterTransactor creates a new write-only instance of StatefulCounter, bound to a specific deployed contract.
func NewStatefulCounterTransactor(address common.Address, transactor bind.ContractTransactor) (*StatefulCounterTransactor, error) {
	contract, err := bindStatefulCounter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterTransactor{contract: contract}, nil
}

// NewStatefulCounterFilterer creates a new log filterer instance of StatefulCounter, bound to a specific deployed contract.
func NewStatefulCounterFilterer(address common.Address, filterer bind.ContractFilterer) (*StatefulCounterFilterer, error) {
	contract, err := bindStatefulCounter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterFilterer{contract: contract}, nil
}

// bindStatefulCounter binds a generic wrapper to an already deployed contract.
func bindStatefulCounter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StatefulCounterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StatefulCounter *StatefulCounterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StatefulCounter.Contract.StatefulCounterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StatefulCounter *StatefulCounterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StatefulCounter.Contract.StatefulCounterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StatefulCounter *StatefulCounterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StatefulCounter.Contract.StatefulCounterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StatefulCounter *StatefulCounterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StatefulCounter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StatefulCounter *StatefulCounterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StatefulCounter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StatefulCounter *StatefulCounterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StatefulCounter.Contract.contract.Transact(opts, method, params...)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_StatefulCounter *StatefulCounterCaller) MAXNONCEGAP(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "MAX_NONCE_GAP")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_StatefulCounter *StatefulCounterSession) MAXNONCEGAP() (uint64, error) {
	return _StatefulCounter.Contract.MAXNONCEGAP(&_StatefulCounter.CallOpts)
}

// MAXNONCEGAP is a free data retrieval call binding the contract method 0x724a9d8e.
//
// Solidity: function MAX_NONCE_GAP() view returns(uint64)
func (_StatefulCounter *StatefulCounterCallerSession) MAXNONCEGAP() (uint64, error) {
	return _StatefulCounter.Contract.MAXNONCEGAP(&_StatefulCounter.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_StatefulCounter *StatefulCounterCaller) AcceptsBareRequestSignatures(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "acceptsBareRequestSignatures")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_StatefulCounter *StatefulCounterSession) AcceptsBareRequestSignatures() (bool, error) {
	return _StatefulCounter.Contract.AcceptsBareRequestSignatures(&_StatefulCounter.CallOpts)
}

// AcceptsBareRequestSignatures is a free data retrieval call binding the contract method 0xf9b3e97f.
//
// Solidity: function acceptsBareRequestSignatures() view returns(bool)
func (_StatefulCounter *StatefulCounterCallerSession) AcceptsBareRequestSignatures() (bool, error) {
	return _StatefulCounter.Contract.AcceptsBareRequestSignatures(&_StatefulCounter.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterCaller) GetNextNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "getNextNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterSession) GetNextNonce() (uint64, error) {
	return _StatefulCounter.Contract.GetNextNonce(&_StatefulCounter.CallOpts)
}

// GetNextNonce is a free data retrieval call binding the contract method 0xbd7084b2.
//
// Solidity: function getNextNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterCallerSession) GetNextNonce() (uint64, error) {
	return _StatefulCounter.Contract.GetNextNonce(&_StatefulCounter.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterCaller) GetNextOffchainNonce(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "getNextOffchainNonce")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterSession) GetNextOffchainNonce() (uint64, error) {
	return _StatefulCounter.Contract.GetNextOffchainNonce(&_StatefulCounter.CallOpts)
}

// GetNextOffchainNonce is a free data retrieval call binding the contract method 0xffb727ef.
//
// Solidity: function getNextOffchainNonce() view returns(uint64)
func (_StatefulCounter *StatefulCounterCallerSession) GetNextOffchainNonce() (uint64, error) {
	return _StatefulCounter.Contract.GetNextOffchainNonce(&_StatefulCounter.CallOpts)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_StatefulCounter *StatefulCounterCaller) GetOffchainInputHashForJob(opts *bind.CallOpts, jobID [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "getOffchainInputHashForJob", jobID)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_StatefulCounter *StatefulCounterSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _StatefulCounter.Contract.GetOffchainInputHashForJob(&_StatefulCounter.CallOpts, jobID)
}

// GetOffchainInputHashForJob is a free data retrieval call binding the contract method 0xc072fcad.
//
// Solidity: function getOffchainInputHashForJob(bytes32 jobID) view returns(bytes32)
func (_StatefulCounter *StatefulCounterCallerSession) GetOffchainInputHashForJob(jobID [32]byte) ([32]byte, error) {
	return _StatefulCounter.Contract.GetOffchainInputHashForJob(&_StatefulCounter.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_StatefulCounter *StatefulCounterCaller) GetOnchainInputForJob(opts *bind.CallOpts, jobID [32]byte) ([]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "getOnchainInputForJob", jobID)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_StatefulCounter *StatefulCounterSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _StatefulCounter.Contract.GetOnchainInputForJob(&_StatefulCounter.CallOpts, jobID)
}

// GetOnchainInputForJob is a free data retrieval call binding the contract method 0x535fb15e.
//
// Solidity: function getOnchainInputForJob(bytes32 jobID) view returns(bytes)
func (_StatefulCounter *StatefulCounterCallerSession) GetOnchainInputForJob(jobID [32]byte) ([]byte, error) {
	return _StatefulCounter.Contract.GetOnchainInputForJob(&_StatefulCounter.CallOpts, jobID)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_StatefulCounter *StatefulCounterCaller) IsRequester(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "isRequester", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_StatefulCounter *StatefulCounterSession) IsRequester(arg0 common.Address) (bool, error) {
	return _StatefulCounter.Contract.IsRequester(&_StatefulCounter.CallOpts, arg0)
}

// IsRequester is a free data retrieval call binding the contract method 0x02529177.
//
// Solidity: function isRequester(address ) view returns(bool)
func (_StatefulCounter *StatefulCounterCallerSession) IsRequester(arg0 common.Address) (bool, error) {
	return _StatefulCounter.Contract.IsRequester(&_StatefulCounter.CallOpts, arg0)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_StatefulCounter *StatefulCounterCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_StatefulCounter *StatefulCounterSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _StatefulCounter.Contract.IsValidSignature(&_StatefulCounter.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_StatefulCounter *StatefulCounterCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _StatefulCounter.Contract.IsValidSignature(&_StatefulCounter.CallOpts, hash, signature)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_StatefulCounter *StatefulCounterCaller) JobManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "jobManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_StatefulCounter *StatefulCounterSession) JobManager() (common.Address, error) {
	return _StatefulCounter.Contract.JobManager(&_StatefulCounter.CallOpts)
}

// JobManager is a free data retrieval call binding the contract method 0x3df395a3.
//
// Solidity: function jobManager() view returns(address)
func (_StatefulCounter *StatefulCounterCallerSession) JobManager() (common.Address, error) {
	return _StatefulCounter.Contract.JobManager(&_StatefulCounter.CallOpts)
}

// LastOutput is a free data retrieval call binding the contract method 0x97228a7e.
//
// Solidity: function lastOutput() view returns(bytes)
func (_StatefulCounter *StatefulCounterCaller) LastOutput(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "lastOutput")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LastOutput is a free data retrieval call binding the contract method 0x97228a7e.
//
// Solidity: function lastOutput() view returns(bytes)
func (_StatefulCounter *StatefulCounterSession) LastOutput() ([]byte, error) {
	return _StatefulCounter.Contract.LastOutput(&_StatefulCounter.CallOpts)
}

// LastOutput is a free data retrieval call binding the contract method 0x97228a7e.
//
// Solidity: function lastOutput() view returns(bytes)
func (_StatefulCounter *StatefulCounterCallerSession) LastOutput() ([]byte, error) {
	return _StatefulCounter.Contract.LastOutput(&_StatefulCounter.CallOpts)
}

// LatestStateRoot is a free data retrieval call binding the contract method 0x991beafd.
//
// Solidity: function latestStateRoot() view returns(bytes32)
func (_StatefulCounter *StatefulCounterCaller) LatestStateRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "latestStateRoot")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LatestStateRoot is a free data retrieval call binding the contract method 0x991beafd.
//
// Solidity: function latestStateRoot() view returns(bytes32)
func (_StatefulCounter *StatefulCounterSession) LatestStateRoot() ([32]byte, error) {
	return _StatefulCounter.Contract.LatestStateRoot(&_StatefulCounter.CallOpts)
}

// LatestStateRoot is a free data retrieval call binding the contract method 0x991beafd.
//
// Solidity: function latestStateRoot() view returns(bytes32)
func (_StatefulCounter *StatefulCounterCallerSession) LatestStateRoot() ([32]byte, error) {
	return _StatefulCounter.Contract.LatestStateRoot(&_StatefulCounter.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_StatefulCounter *StatefulCounterCaller) MaxCycles(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "maxCycles")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_StatefulCounter *StatefulCounterSession) MaxCycles() (uint64, error) {
	return _StatefulCounter.Contract.MaxCycles(&_StatefulCounter.CallOpts)
}

// MaxCycles is a free data retrieval call binding the contract method 0x37680521.
//
// Solidity: function maxCycles() view returns(uint64)
func (_StatefulCounter *StatefulCounterCallerSession) MaxCycles() (uint64, error) {
	return _StatefulCounter.Contract.MaxCycles(&_StatefulCounter.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_StatefulCounter *StatefulCounterCaller) OffchainSigner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "offchainSigner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_StatefulCounter *StatefulCounterSession) OffchainSigner() (common.Address, error) {
	return _StatefulCounter.Contract.OffchainSigner(&_StatefulCounter.CallOpts)
}

// OffchainSigner is a free data retrieval call binding the contract method 0x330d9a03.
//
// Solidity: function offchainSigner() view returns(address)
func (_StatefulCounter *StatefulCounterCallerSession) OffchainSigner() (common.Address, error) {
	return _StatefulCounter.Contract.OffchainSigner(&_StatefulCounter.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_StatefulCounter *StatefulCounterCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_StatefulCounter *StatefulCounterSession) Owner() (common.Address, error) {
	return _StatefulCounter.Contract.Owner(&_StatefulCounter.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_StatefulCounter *StatefulCounterCallerSession) Owner() (common.Address, error) {
	return _StatefulCounter.Contract.Owner(&_StatefulCounter.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_StatefulCounter *StatefulCounterCaller) ProgramID(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "programID")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_StatefulCounter *StatefulCounterSession) ProgramID() ([32]byte, error) {
	return _StatefulCounter.Contract.ProgramID(&_StatefulCounter.CallOpts)
}

// ProgramID is a free data retrieval call binding the contract method 0x14df8328.
//
// Solidity: function programID() view returns(bytes32)
func (_StatefulCounter *StatefulCounterCallerSession) ProgramID() ([32]byte, error) {
	return _StatefulCounter.Contract.ProgramID(&_StatefulCounter.CallOpts)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_StatefulCounter *StatefulCounterCaller) RequesterOf(opts *bind.CallOpts, arg0 [32]byte) (common.Address, error) {
	var out []interface{}
	err := _StatefulCounter.contract.Call(opts, &out, "requesterOf", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_StatefulCounter *StatefulCounterSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _StatefulCounter.Contract.RequesterOf(&_StatefulCounter.CallOpts, arg0)
}

// RequesterOf is a free data retrieval call binding the contract method 0x124dacb3.
//
// Solidity: function requesterOf(bytes32 ) view returns(address)
func (_StatefulCounter *StatefulCounterCallerSession) RequesterOf(arg0 [32]byte) (common.Address, error) {
	return _StatefulCounter.Contract.RequesterOf(&_StatefulCounter.CallOpts, arg0)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_StatefulCounter *StatefulCounterTransactor) ReceiveResult(opts *bind.TransactOpts, jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _StatefulCounter.contract.Transact(opts, "receiveResult", jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_StatefulCounter *StatefulCounterSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.ReceiveResult(&_StatefulCounter.TransactOpts, jobID, result)
}

// ReceiveResult is a paid mutator transaction binding the contract method 0x5dd80855.
//
// Solidity: function receiveResult(bytes32 jobID, bytes result) returns()
func (_StatefulCounter *StatefulCounterTransactorSession) ReceiveResult(jobID [32]byte, result []byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.ReceiveResult(&_StatefulCounter.TransactOpts, jobID, result)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_StatefulCounter *StatefulCounterTransactor) Request(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _StatefulCounter.contract.Transact(opts, "request", input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_StatefulCounter *StatefulCounterSession) Request(input []byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.Request(&_StatefulCounter.TransactOpts, input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_StatefulCounter *StatefulCounterTransactorSession) Request(input []byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.Request(&_StatefulCounter.TransactOpts, input)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_StatefulCounter *StatefulCounterTransactor) SetInputsForJob(opts *bind.TransactOpts, jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _StatefulCounter.contract.Transact(opts, "setInputsForJob", jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_StatefulCounter *StatefulCounterSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.SetInputsForJob(&_StatefulCounter.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetInputsForJob is a paid mutator transaction binding the contract method 0xf0bb3feb.
//
// Solidity: function setInputsForJob(bytes32 jobID, bytes onchainInput, bytes32 offchainInputHash) returns()
func (_StatefulCounter *StatefulCounterTransactorSession) SetInputsForJob(jobID [32]byte, onchainInput []byte, offchainInputHash [32]byte) (*types.Transaction, error) {
	return _StatefulCounter.Contract.SetInputsForJob(&_StatefulCounter.TransactOpts, jobID, onchainInput, offchainInputHash)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_StatefulCounter *StatefulCounterTransactor) SetRequester(opts *bind.TransactOpts, requester common.Address, allowed bool) (*types.Transaction, error) {
	return _StatefulCounter.contract.Transact(opts, "setRequester", requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_StatefulCounter *StatefulCounterSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _StatefulCounter.Contract.SetRequester(&_StatefulCounter.TransactOpts, requester, allowed)
}

// SetRequester is a paid mutator transaction binding the contract method 0xfe6ec4ed.
//
// Solidity: function setRequester(address requester, bool allowed) returns()
func (_StatefulCounter *StatefulCounterTransactorSession) SetRequester(requester common.Address, allowed bool) (*types.Transaction, error) {
	return _StatefulCounter.Contract.SetRequester(&_StatefulCounter.TransactOpts, requester, allowed)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_StatefulCounter *StatefulCounterTransactor) UpdateLatestNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _StatefulCounter.contract.Transact(opts, "updateLatestNonce", nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_StatefulCounter *StatefulCounterSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _StatefulCounter.Contract.UpdateLatestNonce(&_StatefulCounter.TransactOpts, nonce)
}

// UpdateLatestNonce is a paid mutator transaction binding the contract method 0xb75880a4.
//
// Solidity: function updateLatestNonce(uint64 nonce) returns()
func (_StatefulCounter *StatefulCounterTransactorSession) UpdateLatestNonce(nonce uint64) (*types.Transaction, error) {
	return _StatefulCounter.Contract.UpdateLatestNonce(&_StatefulCounter.TransactOpts, nonce)
}

// StatefulCounterJobFailedIterator is returned from FilterJobFailed and is used to iterate over the raw logs and unpacked data for JobFailed events raised by the StatefulCounter contract.
type StatefulCounterJobFailedIterator struct {
	Event *StatefulCounterJobFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StatefulCounterJobFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StatefulCounterJobFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StatefulCounterJobFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StatefulCounterJobFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StatefulCounterJobFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StatefulCounterJobFailed represents a JobFailed event raised by the StatefulCounter contract.
type StatefulCounterJobFailed struct {
	JobID    [32]byte
	ExitCode uint32
	Output   []byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterJobFailed is a free log retrieval operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_StatefulCounter *StatefulCounterFilterer) FilterJobFailed(opts *bind.FilterOpts, jobID [][32]byte) (*StatefulCounterJobFailedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _StatefulCounter.contract.FilterLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterJobFailedIterator{contract: _StatefulCounter.contract, event: "JobFailed", logs: logs, sub: sub}, nil
}

// WatchJobFailed is a free log subscription operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_StatefulCounter *StatefulCounterFilterer) WatchJobFailed(opts *bind.WatchOpts, sink chan<- *StatefulCounterJobFailed, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _StatefulCounter.contract.WatchLogs(opts, "JobFailed", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StatefulCounterJobFailed)
				if err := _StatefulCounter.contract.UnpackLog(event, "JobFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseJobFailed is a log parse operation binding the contract event 0xe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc.
//
// Solidity: event JobFailed(bytes32 indexed jobID, uint32 exitCode, bytes output)
func (_StatefulCounter *StatefulCounterFilterer) ParseJobFailed(log types.Log) (*StatefulCounterJobFailed, error) {
	event := new(StatefulCounterJobFailed)
	if err := _StatefulCounter.contract.UnpackLog(event, "JobFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StatefulCounterRequesterSetIterator is returned from FilterRequesterSet and is used to iterate over the raw logs and unpacked data for RequesterSet events raised by the StatefulCounter contract.
type StatefulCounterRequesterSetIterator struct {
	Event *StatefulCounterRequesterSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StatefulCounterRequesterSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StatefulCounterRequesterSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StatefulCounterRequesterSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StatefulCounterRequesterSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StatefulCounterRequesterSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StatefulCounterRequesterSet represents a RequesterSet event raised by the StatefulCounter contract.
type StatefulCounterRequesterSet struct {
	Requester common.Address
	Allowed   bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRequesterSet is a free log retrieval operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_StatefulCounter *StatefulCounterFilterer) FilterRequesterSet(opts *bind.FilterOpts, requester []common.Address) (*StatefulCounterRequesterSetIterator, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _StatefulCounter.contract.FilterLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterRequesterSetIterator{contract: _StatefulCounter.contract, event: "RequesterSet", logs: logs, sub: sub}, nil
}

// WatchRequesterSet is a free log subscription operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_StatefulCounter *StatefulCounterFilterer) WatchRequesterSet(opts *bind.WatchOpts, sink chan<- *StatefulCounterRequesterSet, requester []common.Address) (event.Subscription, error) {

	var requesterRule []interface{}
	for _, requesterItem := range requester {
		requesterRule = append(requesterRule, requesterItem)
	}

	logs, sub, err := _StatefulCounter.contract.WatchLogs(opts, "RequesterSet", requesterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StatefulCounterRequesterSet)
				if err := _StatefulCounter.contract.UnpackLog(event, "RequesterSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRequesterSet is a log parse operation binding the contract event 0x022b34d9d443b364a57377fd9db94a017c72de41287346059f8fcfa9e5c490be.
//
// Solidity: event RequesterSet(address indexed requester, bool allowed)
func (_StatefulCounter *StatefulCounterFilterer) ParseRequesterSet(log types.Log) (*StatefulCounterRequesterSet, error) {
	event := new(StatefulCounterRequesterSet)
	if err := _StatefulCounter.contract.UnpackLog(event, "RequesterSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StatefulCounterStateRootAdvancedIterator is returned from FilterStateRootAdvanced and is used to iterate over the raw logs and unpacked data for StateRootAdvanced events raised by the StatefulCounter contract.
type StatefulCounterStateRootAdvancedIterator struct {
	Event *StatefulCounterStateRootAdvanced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *StatefulCounterStateRootAdvancedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StatefulCounterStateRootAdvanced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(StatefulCounterStateRootAdvanced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *StatefulCounterStateRootAdvancedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StatefulCounterStateRootAdvancedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StatefulCounterStateRootAdvanced represents a StateRootAdvanced event raised by the StatefulCounter contract.
type StatefulCounterStateRootAdvanced struct {
	JobID        [32]byte
	OldStateRoot [32]byte
	NewStateRoot [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterStateRootAdvanced is a free log retrieval operation binding the contract event 0x76e2381c5d0a113091b9880ad7b63e0594067c9899fc571d00498b9386728dc1.
//
// Solidity: event StateRootAdvanced(bytes32 indexed jobID, bytes32 oldStateRoot, bytes32 newStateRoot)
func (_StatefulCounter *StatefulCounterFilterer) FilterStateRootAdvanced(opts *bind.FilterOpts, jobID [][32]byte) (*StatefulCounterStateRootAdvancedIterator, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _StatefulCounter.contract.FilterLogs(opts, "StateRootAdvanced", jobIDRule)
	if err != nil {
		return nil, err
	}
	return &StatefulCounterStateRootAdvancedIterator{contract: _StatefulCounter.contract, event: "StateRootAdvanced", logs: logs, sub: sub}, nil
}

// WatchStateRootAdvanced is a free log subscription operation binding the contract event 0x76e2381c5d0a113091b9880ad7b63e0594067c9899fc571d00498b9386728dc1.
//
// Solidity: event StateRootAdvanced(bytes32 indexed jobID, bytes32 oldStateRoot, bytes32 newStateRoot)
func (_StatefulCounter *StatefulCounterFilterer) WatchStateRootAdvanced(opts *bind.WatchOpts, sink chan<- *StatefulCounterStateRootAdvanced, jobID [][32]byte) (event.Subscription, error) {

	var jobIDRule []interface{}
	for _, jobIDItem := range jobID {
		jobIDRule = append(jobIDRule, jobIDItem)
	}

	logs, sub, err := _StatefulCounter.contract.WatchLogs(opts, "StateRootAdvanced", jobIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StatefulCounterStateRootAdvanced)
				if err := _StatefulCounter.contract.UnpackLog(event, "StateRootAdvanced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStateRootAdvanced is a log parse operation binding the contract event 0x76e2381c5d0a113091b9880ad7b63e0594067c9899fc571d00498b9386728dc1.
//
// Solidity: event StateRootAdvanced(bytes32 indexed jobID, bytes32 oldStateRoot, bytes32 newStateRoot)
func (_StatefulCounter *StatefulCounterFilterer) ParseStateRootAdvanced(log types.Log) (*StatefulCounterStateRootAdvanced, error) {
	event := new(StatefulCounterStateRootAdvanced)
	if err := _StatefulCounter.contract.UnpackLog(event, "StateRootAdvanced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StatementHarnessMetaData contains all meta data concerning the StatementHarness contract.
var StatementHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"emptyOffchainHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structStatement.Public\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"finalDigest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structStatement.Public\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"measureGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"publicInputsGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalDigestGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sink\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"packBlob\",\"outputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"\",\"type\":\"uint256[10]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[3]\",\"name\":\"hashes\",\"type\":\"bytes32[3]\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[27]\",\"name\":\"\",\"type\":\"uint256[27]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061105e8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806312cf198e1461006457806320f31bea1461008d5780634a83480d146100ae578063820710c5146100d4578063c085aaf914610102578063d7418b2214610122575b5f5ffd5b610077610072366004610b2f565b610148565b6040516100849190610c12565b60405180910390f35b6100a061009b366004610d86565b610262565b604051908152602001610084565b7f11d5b1f3b3a4a5e5d818e088ecf3fa7a31616156c3ef14865e6a60118189eae86100a0565b6100e76100e2366004610d86565b610276565b60408051938452602084019290925290820152606001610084565b610115610110366004610e7b565b6102c8565b6040516100849190610eb9565b7f2bc46723b5c64c77502cd2bcd71123b7903152dcfa60aedb9f8369c3a13bbcb56100a0565b610150610a6e565b6102526040518061010001604052808e815260200160405180608001604052808f6001600160401b031681526020018e6001600160401b031681526020018d6001600160401b031681526020018c6001600160a01b0316815250815260200189898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525087356020808301919091528801356040820152606001876002602002013581526020018663ffffffff16815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505091525061030e565b9c9b505050505050505050505050565b5f61026d8383610454565b90505b92915050565b5f5f5f5f5a90505f6102878761030e565b90505a6102949083610f09565b94505a91505f6102a48888610454565b90505a6102b19084610f09565b610340909201519598919750949094189450505050565b6102d0610a8d565b61026d83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061076d92505050565b610316610a6e565b8151610321906107bc565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff0000000000000000166001600160401b039092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e08201515161039c90600490610f1c565b156103cc578160e00151516040516341562d0960e01b81526004016103c391815260200190565b60405180910390fd5b6103e58260400151518360e00151518460c00151610804565b816003602002015260608201516103fb906107bc565b81600460200201526080820151610411906107bc565b816005602002015260a0820151610427906107bc565b60c0820152604082015161043f908290600790610871565b61044f8160118460e00151610871565b919050565b5f610461835f01516107bc565b5061046f83606001516107bc565b5061047d83608001516107bc565b5061048b8360a001516107bc565b5060048360e001515161049e9190610f1c565b156104c5578260e00151516040516341562d0960e01b81526004016103c391815260200190565b61010083604001515111156104f657826040015151604051630841f3ab60e01b81526004016103c391815260200190565b6101008360e00151511115610527578260e0015151604051630841f3ab60e01b81526004016103c391815260200190565b825160208085015180518183015160408084015160609094015190515f9661059696909592910194855260c093841b6001600160c01b0319908116602087015292841b83166028860152921b16603083015260601b6bffffffffffffffffffffffff19166038820152604c0190565b60408051601f198184030181529181528501518051906105b882610100610f09565b6001600160401b038111156105cf576105cf610c43565b6040519080825280601f01601f1916602001820160405280156105f9576020820181803683370190505b5060405160200161060c93929190610f52565b60408051601f19818403018152908290526060870151608088015160a089015160c08a0151939461066394906020019384526020840192909252604083015260e01b6001600160e01b031916606082015260640190565b60408051601f1981840301815291905260e087015180519061068782610100610f09565b6001600160401b0381111561069e5761069e610c43565b6040519080825280601f01601f1916602001820160405280156106c8576020820181803683370190505b50886040516020016106dd9493929190610f83565b60408051601f19818403018152908290526106fd94939291602001610fc9565b604051602081830303815290604052905060028160405161071e9190610ff3565b602060405180830381855afa158015610739573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061075c9190610ffe565b6001600160fd1b0316949350505050565b610775610a8d565b5f61077f836108c1565b90505f5b600a8110156107b5576107968282610917565b8382600a81106107a8576107a8610ee1565b6020020152600101610783565b5050919050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821061080057604051631c35841b60e01b8152600481018390526024016103c3565b5090565b5f61010084111561082b57604051630841f3ab60e01b8152600481018590526024016103c3565b61010083111561085157604051630841f3ab60e01b8152600481018490526024016103c3565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f61087b826108c1565b90505f5b600a8110156108ba576108928282610917565b8561089d8387611015565b601b81106108ad576108ad610ee1565b602002015260010161087f565b5050505050565b80515f906101008111156108eb57604051630841f3ab60e01b8152600481018290526024016103c3565b60405191505f5b610120811015610909575f838201526020016108f2565b508060208401835e50919050565b601c81028201515f906001600160e01b03610a65825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b604051806103600160405280601b906020820280368337509192915050565b604051806101400160405280600a906020820280368337509192915050565b80356001600160401b038116811461044f575f5ffd5b80356001600160a01b038116811461044f575f5ffd5b5f5f83601f840112610ae8575f5ffd5b5081356001600160401b03811115610afe575f5ffd5b602083019150836020828501011115610b15575f5ffd5b9250929050565b803563ffffffff8116811461044f575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f6101608c8e031215610b4a575f5ffd5b8b359a50610b5a60208d01610aac565b9950610b6860408d01610aac565b9850610b7660608d01610aac565b9750610b8460808d01610ac2565b965060a08c01356001600160401b03811115610b9e575f5ffd5b610baa8e828f01610ad8565b9097509550506101208c018d811115610bc1575f5ffd5b60c08d019450610bd081610b1c565b9350506101408c01356001600160401b03811115610bec575f5ffd5b610bf88e828f01610ad8565b915080935050809150509295989b509295989b9093969950565b610360810181835f5b601b811015610c3a578151835260209283019290910190600101610c1b565b50505092915050565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715610c7a57610c7a610c43565b60405290565b5f60808284031215610c90575f5ffd5b604051608081016001600160401b0381118282101715610cb257610cb2610c43565b604052905080610cc183610aac565b8152610ccf60208401610aac565b6020820152610ce060408401610aac565b6040820152610cf160608401610ac2565b60608201525092915050565b5f82601f830112610d0c575f5ffd5b81356001600160401b03811115610d2557610d25610c43565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610d5357610d53610c43565b604052818152838201602001851015610d6a575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215610d97575f5ffd5b82356001600160401b03811115610dac575f5ffd5b83016101608186031215610dbe575f5ffd5b610dc6610c57565b81358152610dd78660208401610c80565b602082015260a08201356001600160401b03811115610df4575f5ffd5b610e0087828501610cfd565b60408301525060c0820135606082015260e0820135608082015261010082013560a0820152610e326101208301610b1c565b60c08201526101408201356001600160401b03811115610e50575f5ffd5b610e5c87828501610cfd565b60e0830152509250610e72905060208401610aac565b90509250929050565b5f5f60208385031215610e8c575f5ffd5b82356001600160401b03811115610ea1575f5ffd5b610ead85828601610ad8565b90969095509350505050565b610140810181835f5b600a811015610c3a578151835260209283019290910190600101610ec2565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561027057610270610ef5565b5f82610f3657634e487b7160e01b5f52601260045260245ffd5b500690565b5f81518060208401855e5f93019283525090919050565b60f084901b6001600160f01b03191681525f610f7a610f746002840186610f3b565b84610f3b565b95945050505050565b60f085901b6001600160f01b03191681525f610fab610fa56002840187610f3b565b85610f3b565b60c09390931b6001600160c01b031916835250506008019392505050565b5f610fe9610f74610fe3610fdd858a610f3b565b88610f3b565b86610f3b565b9695505050505050565b5f61026d8284610f3b565b5f6020828403121561100e575f5ffd5b5051919050565b8082018082111561027057610270610ef556fea264697066735822122073a4f30fcdfe5d6e94ba6344ca3633e8faa21e13abc108923f8b0b15082b534564736f6c63430008250033",
}

// StatementHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use StatementHarnessMetaData.ABI instead.
var StatementHarnessABI = StatementHarnessMetaData.ABI

// StatementHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StatementHarnessMetaData.Bin instead.
var StatementHarnessBin = StatementHarnessMetaData.Bin

// DeployStatementHarness deploys a new Ethereum contract, binding an instance of StatementHarness to it.
func DeployStatementHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *StatementHarness, error) {
	parsed, err := StatementHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StatementHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StatementHarness{StatementHarnessCaller: StatementHarnessCaller{contract: contract}, StatementHarnessTransactor: StatementHarnessTransactor{contract: contract}, StatementHarnessFilterer: StatementHarnessFilterer{contract: contract}}, nil
}

// StatementHarness is an auto generated Go binding around an Ethereum contract.
type StatementHarness struct {
	StatementHarnessCaller     // Read-only binding to the contract
	StatementHarnessTransactor // Write-only binding to the contract
	StatementHarnessFilterer   // Log filterer for contract events
}

// StatementHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type StatementHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatementHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StatementHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatementHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StatementHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StatementHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StatementHarnessSession struct {
	Contract     *StatementHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StatementHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StatementHarnessCallerSession struct {
	Contract *StatementHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// StatementHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StatementHarnessTransactorSession struct {
	Contract     *StatementHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// StatementHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type StatementHarnessRaw struct {
	Contract *StatementHarness // Generic contract binding to access the raw methods on
}

// StatementHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StatementHarnessCallerRaw struct {
	Contract *StatementHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// StatementHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StatementHarnessTransactorRaw struct {
	Contract *StatementHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStatementHarness creates a new instance of StatementHarness, bound to a specific deployed contract.
func NewStatementHarness(address common.Address, backend bind.ContractBackend) (*StatementHarness, error) {
	contract, err := bindStatementHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StatementHarness{StatementHarnessCaller: StatementHarnessCaller{contract: contract}, StatementHarnessTransactor: StatementHarnessTransactor{contract: contract}, StatementHarnessFilterer: StatementHarnessFilterer{contract: contract}}, nil
}

// NewStatementHarnessCaller creates a new read-only instance of StatementHarness, bound to a specific deployed contract.
func NewStatementHarnessCaller(address common.Address, caller bind.ContractCaller) (*StatementHarnessCaller, error) {
	contract, err := bindStatementHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StatementHarnessCaller{contract: contract}, nil
}

// NewStatementHarnessTransactor creates a new write-only instance of StatementHarness, bound to a specific deployed contract.
func NewStatementHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*StatementHarnessTransactor, error) {
	contract, err := bindStatementHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StatementHarnessTransactor{contract: contract}, nil
}

// NewStatementHarnessFilterer creates a new log filterer instance of StatementHarness, bound to a specific deployed contract.
func NewStatementHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*StatementHarnessFilterer, error) {
	contract, err := bindStatementHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StatementHarnessFilterer{contract: contract}, nil
}

// bindStatementHarness binds a generic wrapper to an already deployed contract.
func bindStatementHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StatementHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StatementHarness *StatementHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StatementHarness.Contract.StatementHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StatementHarness *StatementHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StatementHarness.Contract.StatementHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StatementHarness *StatementHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StatementHarness.Contract.StatementHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StatementHarness *StatementHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StatementHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StatementHarness *StatementHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StatementHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StatementHarness *StatementHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StatementHarness.Contract.contract.Transact(opts, method, params...)
}

// EmptyOffchainHash is a free data retrieval call binding the contract method 0x4a83480d.
//
// Solidity: function emptyOffchainHash() pure returns(bytes32)
func (_StatementHarness *StatementHarnessCaller) EmptyOffchainHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "emptyOffchainHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EmptyOffchainHash is a free data retrieval call binding the contract method 0x4a83480d.
//
// Solidity: function emptyOffchainHash() pure returns(bytes32)
func (_StatementHarness *StatementHarnessSession) EmptyOffchainHash() ([32]byte, error) {
	return _StatementHarness.Contract.EmptyOffchainHash(&_StatementHarness.CallOpts)
}

// EmptyOffchainHash is a free data retrieval call binding the contract method 0x4a83480d.
//
// Solidity: function emptyOffchainHash() pure returns(bytes32)
func (_StatementHarness *StatementHarnessCallerSession) EmptyOffchainHash() ([32]byte, error) {
	return _StatementHarness.Contract.EmptyOffchainHash(&_StatementHarness.CallOpts)
}

// EmptyStateRoot is a free data retrieval call binding the contract method 0xd7418b22.
//
// Solidity: function emptyStateRoot() pure returns(bytes32)
func (_StatementHarness *StatementHarnessCaller) EmptyStateRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "emptyStateRoot")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EmptyStateRoot is a free data retrieval call binding the contract method 0xd7418b22.
//
// Solidity: function emptyStateRoot() pure returns(bytes32)
func (_StatementHarness *StatementHarnessSession) EmptyStateRoot() ([32]byte, error) {
	return _StatementHarness.Contract.EmptyStateRoot(&_StatementHarness.CallOpts)
}

// EmptyStateRoot is a free data retrieval call binding the contract method 0xd7418b22.
//
// Solidity: function emptyStateRoot() pure returns(bytes32)
func (_StatementHarness *StatementHarnessCallerSession) EmptyStateRoot() ([32]byte, error) {
	return _StatementHarness.Contract.EmptyStateRoot(&_StatementHarness.CallOpts)
}

// FinalDigest is a free data retrieval call binding the contract method 0x20f31bea.
//
// Solidity: function finalDigest((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) pure returns(uint256)
func (_StatementHarness *StatementHarnessCaller) FinalDigest(opts *bind.CallOpts, p StatementPublic, maxCycles uint64) (*big.Int, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "finalDigest", p, maxCycles)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FinalDigest is a free data retrieval call binding the contract method 0x20f31bea.
//
// Solidity: function finalDigest((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) pure returns(uint256)
func (_StatementHarness *StatementHarnessSession) FinalDigest(p StatementPublic, maxCycles uint64) (*big.Int, error) {
	return _StatementHarness.Contract.FinalDigest(&_StatementHarness.CallOpts, p, maxCycles)
}

// FinalDigest is a free data retrieval call binding the contract method 0x20f31bea.
//
// Solidity: function finalDigest((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) pure returns(uint256)
func (_StatementHarness *StatementHarnessCallerSession) FinalDigest(p StatementPublic, maxCycles uint64) (*big.Int, error) {
	return _StatementHarness.Contract.FinalDigest(&_StatementHarness.CallOpts, p, maxCycles)
}

// MeasureGas is a free data retrieval call binding the contract method 0x820710c5.
//
// Solidity: function measureGas((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) view returns(uint256 publicInputsGas, uint256 finalDigestGas, uint256 sink)
func (_StatementHarness *StatementHarnessCaller) MeasureGas(opts *bind.CallOpts, p StatementPublic, maxCycles uint64) (struct {
	PublicInputsGas *big.Int
	FinalDigestGas  *big.Int
	Sink            *big.Int
}, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "measureGas", p, maxCycles)

	outstruct := new(struct {
		PublicInputsGas *big.Int
		FinalDigestGas  *big.Int
		Sink            *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PublicInputsGas = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.FinalDigestGas = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Sink = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// MeasureGas is a free data retrieval call binding the contract method 0x820710c5.
//
// Solidity: function measureGas((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) view returns(uint256 publicInputsGas, uint256 finalDigestGas, uint256 sink)
func (_StatementHarness *StatementHarnessSession) MeasureGas(p StatementPublic, maxCycles uint64) (struct {
	PublicInputsGas *big.Int
	FinalDigestGas  *big.Int
	Sink            *big.Int
}, error) {
	return _StatementHarness.Contract.MeasureGas(&_StatementHarness.CallOpts, p, maxCycles)
}

// MeasureGas is a free data retrieval call binding the contract method 0x820710c5.
//
// Solidity: function measureGas((bytes32,(uint64,uint64,uint64,address),bytes,bytes32,bytes32,bytes32,uint32,bytes) p, uint64 maxCycles) view returns(uint256 publicInputsGas, uint256 finalDigestGas, uint256 sink)
func (_StatementHarness *StatementHarnessCallerSession) MeasureGas(p StatementPublic, maxCycles uint64) (struct {
	PublicInputsGas *big.Int
	FinalDigestGas  *big.Int
	Sink            *big.Int
}, error) {
	return _StatementHarness.Contract.MeasureGas(&_StatementHarness.CallOpts, p, maxCycles)
}

// PackBlob is a free data retrieval call binding the contract method 0xc085aaf9.
//
// Solidity: function packBlob(bytes b) pure returns(uint256[10])
func (_StatementHarness *StatementHarnessCaller) PackBlob(opts *bind.CallOpts, b []byte) ([10]*big.Int, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "packBlob", b)

	if err != nil {
		return *new([10]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([10]*big.Int)).(*[10]*big.Int)

	return out0, err

}

// PackBlob is a free data retrieval call binding the contract method 0xc085aaf9.
//
// Solidity: function packBlob(bytes b) pure returns(uint256[10])
func (_StatementHarness *StatementHarnessSession) PackBlob(b []byte) ([10]*big.Int, error) {
	return _StatementHarness.Contract.PackBlob(&_StatementHarness.CallOpts, b)
}

// PackBlob is a free data retrieval call binding the contract method 0xc085aaf9.
//
// Solidity: function packBlob(bytes b) pure returns(uint256[10])
func (_StatementHarness *StatementHarnessCallerSession) PackBlob(b []byte) ([10]*big.Int, error) {
	return _StatementHarness.Contract.PackBlob(&_StatementHarness.CallOpts, b)
}

// PublicInputs is a free data retrieval call binding the contract method 0x12cf198e.
//
// Solidity: function publicInputs(bytes32 programId, uint64 chainId, uint64 timestamp, uint64 batchNum, address sequencer, bytes onchainInput, bytes32[3] hashes, uint32 exitCode, bytes output) pure returns(uint256[27])
func (_StatementHarness *StatementHarnessCaller) PublicInputs(opts *bind.CallOpts, programId [32]byte, chainId uint64, timestamp uint64, batchNum uint64, sequencer common.Address, onchainInput []byte, hashes [3][32]byte, exitCode uint32, output []byte) ([27]*big.Int, error) {
	var out []interface{}
	err := _StatementHarness.contract.Call(opts, &out, "publicInputs", programId, chainId, timestamp, batchNum, sequencer, onchainInput, hashes, exitCode, output)

	if err != nil {
		return *new([27]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([27]*big.Int)).(*[27]*big.Int)

	return out0, err

}

// PublicInputs is a free data retrieval call binding the contract method 0x12cf198e.
//
// Solidity: function publicInputs(bytes32 programId, uint64 chainId, uint64 timestamp, uint64 batchNum, address sequencer, bytes onchainInput, bytes32[3] hashes, uint32 exitCode, bytes output) pure returns(uint256[27])
func (_StatementHarness *StatementHarnessSession) PublicInputs(programId [32]byte, chainId uint64, timestamp uint64, batchNum uint64, sequencer common.Address, onchainInput []byte, hashes [3][32]byte, exitCode uint32, output []byte) ([27]*big.Int, error) {
	return _StatementHarness.Contract.PublicInputs(&_StatementHarness.CallOpts, programId, chainId, timestamp, batchNum, sequencer, onchainInput, hashes, exitCode, output)
}

// PublicInputs is a free data retrieval call binding the contract method 0x12cf198e.
//
// Solidity: function publicInputs(bytes32 programId, uint64 chainId, uint64 timestamp, uint64 batchNum, address sequencer, bytes onchainInput, bytes32[3] hashes, uint32 exitCode, bytes output) pure returns(uint256[27])
func (_StatementHarness *StatementHarnessCallerSession) PublicInputs(programId [32]byte, chainId uint64, timestamp uint64, batchNum uint64, sequencer common.Address, onchainInput []byte, hashes [3][32]byte, exitCode uint32, output []byte) ([27]*big.Int, error) {
	return _StatementHarness.Contract.PublicInputs(&_StatementHarness.CallOpts, programId, chainId, timestamp, batchNum, sequencer, onchainInput, hashes, exitCode, output)
}

// SubscriptionStoreMetaData contains all meta data concerning the SubscriptionStore contract.
var SubscriptionStoreMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoordinator\",\"name\":\"coordinator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"containerInputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"}],\"name\":\"deliveries\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structSubscriptionStore.Delivery[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"getContainerInputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"getContainerOffchainInputHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainInputHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"rawReceiveCompute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"}],\"name\":\"setContainerInputs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"setOffchainInputHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"}],\"name\":\"subscribe\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxProofClass\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"stateful\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"initialStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"offchainFromConsumer\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"internalType\":\"structSubscriptionTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"subscribeWithTerms\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c06040527f11d5b1f3b3a4a5e5d818e088ecf3fa7a31616156c3ef14865e6a60118189eae8600255348015610033575f5ffd5b506040516117b53803806117b583398101604081905261005291610067565b6001600160a01b03166080523360a052610094565b5f60208284031215610077575f5ffd5b81516001600160a01b038116811461008d575f5ffd5b9392505050565b60805160a0516116c86100ed5f395f818161016b01528181610205015281816102a9015281816102fe01528181610494015261054801525f81816106c4015281816108b00152818161095801526109d301526116c85ff3fe608060405234801561000f575f5ffd5b50600436106100b0575f3560e01c80637bcb5fe31161006e5780637bcb5fe3146101535780638da5cb5b14610166578063962fad75146101a5578063b795b9c8146101c5578063bd64a25f146101cd578063f8eb7fbd146101e6575f5ffd5b8062172ba5146100b457806313769768146100e15780631381e400146100f85780631cc580ea1461010d5780632b1cacdb14610120578063480d1dc614610140575b5f5ffd5b6100c76100c2366004610ca3565b6101f9565b60405163ffffffff90911681526020015b60405180910390f35b6100ea60025481565b6040519081526020016100d8565b61010b610106366004610d42565b61029e565b005b61010b61011b366004610d5d565b6102f3565b61013361012e366004610d74565b610341565b6040516100d89190610dd9565b6100c761014e366004610e7a565b610488565b61010b610161366004610f34565b61053d565b61018d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100d8565b6101b86101b3366004610f88565b610598565b6040516100d89190610fdf565b6101b861062d565b6100ea6101db366004610f88565b600254949350505050565b61010b6101f4366004610ff1565b6106b9565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610243576040516330cd747160e01b815260040160405180910390fd5b61029161024f8a610720565b89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a91508990508888610897565b9998505050505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102e7576040516330cd747160e01b815260040160405180910390fd5b6102f08161093d565b50565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461033c576040516330cd747160e01b815260040160405180910390fd5b600255565b63ffffffff8083165f908152602081815260408083209385168352928152828220805484518184028101840190955280855260609493919290919084015b8282101561047b575f848152602090819020604080516080810182526002860290920180546001600160a01b0381168452600160a01b810461ffff1694840194909452600160b01b90930463ffffffff16908201526001820180549192916060840191906103ec906110d2565b80601f0160208091040260200160405190810160405280929190818152602001828054610418906110d2565b80156104635780601f1061043a57610100808354040283529160200191610463565b820191905f5260205f20905b81548152906001019060200180831161044657829003601f168201915b5050505050815250508152602001906001019061037f565b5050505090505b92915050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104d2576040516330cd747160e01b815260040160405180910390fd5b61052f6104de8b610720565b8a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508c92508b91508a9050898961052a368b90038b018b611195565b6109ba565b9a9950505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610586576040516330cd747160e01b815260040160405180910390fd5b600161059382848361126c565b505050565b6060600180546105a7906110d2565b80601f01602080910402602001604051908101604052809291908181526020018280546105d3906110d2565b801561061e5780601f106105f55761010080835404028352916020019161061e565b820191905f5260205f20905b81548152906001019060200180831161060157829003601f168201915b50505050509050949350505050565b6001805461063a906110d2565b80601f0160208091040260200160405190810160405280929190818152602001828054610666906110d2565b80156106b15780601f10610688576101008083540402835291602001916106b1565b820191905f5260205f20905b81548152906001019060200180831161069457829003601f168201915b505050505081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461070257604051634f6429f360e11b815260040160405180910390fd5b6107148a8a8a8a8a8a8a8a8a8a610a56565b50505050505050505050565b604080516042808252608082019092526060915f9190602082018180368337019050509050600360fc1b815f8151811061075c5761075c611325565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061078a5761078a611325565b60200101906001600160f81b03191690815f1a9053506f181899199a1a9b1b9c1cb0b131b232b360811b5f5b602081101561088e575f8582602081106107d2576107d2611325565b1a905082600482901c60ff16601081106107ee576107ee611325565b1a60f81b846107fe84600261134d565b610809906002611364565b8151811061081957610819611325565b60200101906001600160f81b03191690815f1a90535082600f82166010811061084457610844611325565b1a60f81b8461085484600261134d565b61085f906003611364565b8151811061086f5761086f611325565b60200101906001600160f81b03191690815f1a905350506001016107b6565b50909392505050565b604051634d9bf22f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634d9bf22f906108f1908b908b908b908b908b908b908b90600401611377565b6020604051808303815f875af115801561090d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061093191906113db565b98975050505050505050565b6040516331e451a960e01b815263ffffffff821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906331e451a9906024015f604051808303815f87803b1580156109a1575f5ffd5b505af11580156109b3573d5f5f3e3d5ffd5b5050505050565b60405163061728b160e51b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c2e5162090610a16908c908c908c908c908c908c908c908c906004016113f6565b6020604051808303815f875af1158015610a32573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029191906113db565b5f610a618383610bc8565b63ffffffff808d165f908152602081815260408083208f8516845282529182902082516080810184526001600160a01b038e16815261ffff8f168184015282860151909416848401528251601f8a0183900483028101830190935288835293945060608301919089908990819084018382808284375f9201829052509390945250508354600181810186559482526020918290208451600290920201805492850151604086015163ffffffff16600160b01b0263ffffffff60b01b1961ffff909216600160a01b026001600160b01b03199095166001600160a01b039094169390931793909317929092161781556060830151929390929083019150610b6790826114a2565b505050876001600160a01b03168a63ffffffff168c63ffffffff167f7352392716befce73766a350af55f2a36002504893591b79901b19ee639900628888604051610bb392919061155c565b60405180910390a45050505050505050505050565b610c056040518060c001604052805f60ff1681526020015f63ffffffff1681526020015f81526020015f81526020015f8152602001606081525090565b610c118284018461158a565b9392505050565b5f5f83601f840112610c28575f5ffd5b5081356001600160401b03811115610c3e575f5ffd5b602083019150836020828501011115610c55575f5ffd5b9250929050565b803565ffffffffffff81168114610c71575f5ffd5b919050565b63ffffffff811681146102f0575f5ffd5b8035610c7181610c76565b803561ffff81168114610c71575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215610cba575f5ffd5b8835975060208901356001600160401b03811115610cd6575f5ffd5b610ce28b828c01610c18565b9098509650610cf5905060408a01610c5c565b94506060890135610d0581610c76565b93506080890135610d1581610c76565b925060a0890135610d2581610c76565b9150610d3360c08a01610c92565b90509295985092959890939650565b5f60208284031215610d52575f5ffd5b8135610c1181610c76565b5f60208284031215610d6d575f5ffd5b5035919050565b5f5f60408385031215610d85575f5ffd5b8235610d9081610c76565b91506020830135610da081610c76565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015610e6e57868503603f19018452815180516001600160a01b0316865260208082015161ffff169087015260408082015163ffffffff1690870152606090810151608091870182905290610e5890870182610dab565b9550506020938401939190910190600101610dff565b50929695505050505050565b5f5f5f5f5f5f5f5f5f898b03610180811215610e94575f5ffd5b8a35995060208b01356001600160401b03811115610eb0575f5ffd5b610ebc8d828e01610c18565b909a509850610ecf905060408c01610c5c565b965060608b0135610edf81610c76565b955060808b0135610eef81610c76565b945060a08b0135610eff81610c76565b9350610f0d60c08c01610c92565b925060a060df1982011215610f20575f5ffd5b5060e08a0190509295985092959850929598565b5f5f60208385031215610f45575f5ffd5b82356001600160401b03811115610f5a575f5ffd5b610f6685828601610c18565b90969095509350505050565b80356001600160a01b0381168114610c71575f5ffd5b5f5f5f5f60808587031215610f9b575f5ffd5b8435610fa681610c76565b93506020850135610fb681610c76565b92506040850135610fc681610c76565b9150610fd460608601610f72565b905092959194509250565b602081525f610c116020830184610dab565b5f5f5f5f5f5f5f5f5f5f60e08b8d03121561100a575f5ffd5b8a3561101581610c76565b995061102360208c01610c87565b985061103160408c01610c92565b975061103f60608c01610f72565b965060808b01356001600160401b03811115611059575f5ffd5b6110658d828e01610c18565b90975095505060a08b01356001600160401b03811115611083575f5ffd5b61108f8d828e01610c18565b90955093505060c08b01356001600160401b038111156110ad575f5ffd5b6110b98d828e01610c18565b915080935050809150509295989b9194979a5092959850565b600181811c908216806110e657607f821691505b60208210810361110457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156111405761114061110a565b60405290565b604051601f8201601f191681016001600160401b038111828210171561116e5761116e61110a565b604052919050565b803560ff81168114610c71575f5ffd5b80358015158114610c71575f5ffd5b5f60a08284031280156111a6575f5ffd5b5060405160a081016001600160401b03811182821017156111c9576111c961110a565b6040526111d583611176565b81526111e360208401611186565b6020820152604083810135908201526111fe60608401611186565b60608201526080928301359281019290925250919050565b601f821115610593578282111561059357805f5260205f20601f840160051c602085101561124157505f5b90810190601f840160051c035f5b81811015611264575f8382015560010161124f565b505050505050565b6001600160401b038311156112835761128361110a565b6112978361129183546110d2565b83611216565b5f601f8411600181146112c8575f85156112b15750838201355b5f19600387901b1c1916600186901b1783556109b3565b5f83815260208120601f198716915b828110156112f757868501358255602094850194600190920191016112d7565b5086821015611313575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761048257610482611339565b8082018082111561048257610482611339565b60e081525f61138960e083018a610dab565b828103602084015261139b818a610dab565b65ffffffffffff989098166040840152505063ffffffff94851660608201529284166080840152921660a082015261ffff90911660c09091015292915050565b5f602082840312156113eb575f5ffd5b8151610c1181610c76565b61018081525f61140a61018083018b610dab565b828103602084015261141c818b610dab565b91505065ffffffffffff8816604083015263ffffffff8716606083015263ffffffff8616608083015263ffffffff851660a083015261ffff841660c083015260ff83511660e08301526020830151151561010083015260408301516101208301526060830151151561014083015260808301516101608301529998505050505050505050565b81516001600160401b038111156114bb576114bb61110a565b6114cf816114c984546110d2565b84611216565b6020601f821160018114611501575f83156114ea5750848201515b5f19600385901b1c1916600184901b1784556109b3565b5f84815260208120601f198516915b828110156115305787850151825560209485019460019092019101611510565b508482101561154d57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f6020828403121561159a575f5ffd5b81356001600160401b038111156115af575f5ffd5b820160c081850312156115c0575f5ffd5b6115c861111e565b6115d182611176565b815260208201356115e181610c76565b602082015260408281013590820152606080830135908201526080808301359082015260a08201356001600160401b0381111561161c575f5ffd5b80830192505084601f830112611630575f5ffd5b81356001600160401b038111156116495761164961110a565b61165c601f8201601f1916602001611146565b818152866020838601011115611670575f5ffd5b816020850160208301375f9181016020019190915260a082015294935050505056fea2646970667358221220fa972682a8b9002ed0530491b363c4358b87b149ffc6ad3b6b8efb57a85fcef864736f6c63430008250033",
}

// SubscriptionStoreABI is the input ABI used to generate the binding from.
// Deprecated: Use SubscriptionStoreMetaData.ABI instead.
var SubscriptionStoreABI = SubscriptionStoreMetaData.ABI

// SubscriptionStoreBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SubscriptionStoreMetaData.Bin instead.
var SubscriptionStoreBin = SubscriptionStoreMetaData.Bin

// DeploySubscriptionStore deploys a new Ethereum contract, binding an instance of SubscriptionStore to it.
func DeploySubscriptionStore(auth *bind.TransactOpts, backend bind.ContractBackend, coordinator common.Address) (common.Address, *types.Transaction, *SubscriptionStore, error) {
	parsed, err := SubscriptionStoreMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SubscriptionStoreBin), backend, coordinator)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SubscriptionStore{SubscriptionStoreCaller: SubscriptionStoreCaller{contract: contract}, SubscriptionStoreTransactor: SubscriptionStoreTransactor{contract: contract}, SubscriptionStoreFilterer: SubscriptionStoreFilterer{contract: contract}}, nil
}

// SubscriptionStore is an auto generated Go binding around an Ethereum contract.
type SubscriptionStore struct {
	SubscriptionStoreCaller     // Read-only binding to the contract
	SubscriptionStoreTransactor // Write-only binding to the contract
	SubscriptionStoreFilterer   // Log filterer for contract events
}

// SubscriptionStoreCaller is an auto generated read-only Go binding around an Ethereum contract.
type SubscriptionStoreCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubscriptionStoreTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SubscriptionStoreTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubscriptionStoreFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SubscriptionStoreFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SubscriptionStoreSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SubscriptionStoreSession struct {
	Contract     *SubscriptionStore // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// SubscriptionStoreCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SubscriptionStoreCallerSession struct {
	Contract *SubscriptionStoreCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// SubscriptionStoreTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SubscriptionStoreTransactorSession struct {
	Contract     *SubscriptionStoreTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// SubscriptionStoreRaw is an auto generated low-level Go binding around an Ethereum contract.
type SubscriptionStoreRaw struct {
	Contract *SubscriptionStore // Generic contract binding to access the raw methods on
}

// SubscriptionStoreCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SubscriptionStoreCallerRaw struct {
	Contract *SubscriptionStoreCaller // Generic read-only contract binding to access the raw methods on
}

// SubscriptionStoreTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SubscriptionStoreTransactorRaw struct {
	Contract *SubscriptionStoreTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSubscriptionStore creates a new instance of SubscriptionStore, bound to a specific deployed contract.
func NewSubscriptionStore(address common.Address, backend bind.ContractBackend) (*SubscriptionStore, error) {
	contract, err := bindSubscriptionStore(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SubscriptionStore{SubscriptionStoreCaller: SubscriptionStoreCaller{contract: contract}, SubscriptionStoreTransactor: SubscriptionStoreTransactor{contract: contract}, SubscriptionStoreFilterer: SubscriptionStoreFilterer{contract: contract}}, nil
}

// NewSubscriptionStoreCaller creates a new read-only instance of SubscriptionStore, bound to a specific deployed contract.
func NewSubscriptionStoreCaller(address common.Address, caller bind.ContractCaller) (*SubscriptionStoreCaller, error) {
	contract, err := bindSubscriptionStore(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SubscriptionStoreCaller{contract: contract}, nil
}

// NewSubscriptionStoreTransactor creates a new write-only instance of SubscriptionStore, bound to a specific deployed contract.
func NewSubscriptionStoreTransactor(address common.Address, transactor bind.ContractTransactor) (*SubscriptionStoreTransactor, error) {
	contract, err := bindSubscriptionStore(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SubscriptionStoreTransactor{contract: contract}, nil
}

// NewSubscriptionStoreFilterer creates a new log filterer instance of SubscriptionStore, bound to a specific deployed contract.
func NewSubscriptionStoreFilterer(address common.Address, filterer bind.ContractFilterer) (*SubscriptionStoreFilterer, error) {
	contract, err := bindSubscriptionStore(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SubscriptionStoreFilterer{contract: contract}, nil
}

// bindSubscriptionStore binds a generic wrapper to an already deployed contract.
func bindSubscriptionStore(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SubscriptionStoreMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubscriptionStore *SubscriptionStoreRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubscriptionStore.Contract.SubscriptionStoreCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubscriptionStore *SubscriptionStoreRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SubscriptionStoreTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubscriptionStore *SubscriptionStoreRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SubscriptionStoreTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SubscriptionStore *SubscriptionStoreCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SubscriptionStore.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SubscriptionStore *SubscriptionStoreTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SubscriptionStore *SubscriptionStoreTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.contract.Transact(opts, method, params...)
}

// ContainerInputs is a free data retrieval call binding the contract method 0xb795b9c8.
//
// Solidity: function containerInputs() view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreCaller) ContainerInputs(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "containerInputs")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ContainerInputs is a free data retrieval call binding the contract method 0xb795b9c8.
//
// Solidity: function containerInputs() view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreSession) ContainerInputs() ([]byte, error) {
	return _SubscriptionStore.Contract.ContainerInputs(&_SubscriptionStore.CallOpts)
}

// ContainerInputs is a free data retrieval call binding the contract method 0xb795b9c8.
//
// Solidity: function containerInputs() view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreCallerSession) ContainerInputs() ([]byte, error) {
	return _SubscriptionStore.Contract.ContainerInputs(&_SubscriptionStore.CallOpts)
}

// Deliveries is a free data retrieval call binding the contract method 0x2b1cacdb.
//
// Solidity: function deliveries(uint32 subscriptionId, uint32 interval) view returns((address,uint16,uint32,bytes)[])
func (_SubscriptionStore *SubscriptionStoreCaller) Deliveries(opts *bind.CallOpts, subscriptionId uint32, interval uint32) ([]SubscriptionStoreDelivery, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "deliveries", subscriptionId, interval)

	if err != nil {
		return *new([]SubscriptionStoreDelivery), err
	}

	out0 := *abi.ConvertType(out[0], new([]SubscriptionStoreDelivery)).(*[]SubscriptionStoreDelivery)

	return out0, err

}

// Deliveries is a free data retrieval call binding the contract method 0x2b1cacdb.
//
// Solidity: function deliveries(uint32 subscriptionId, uint32 interval) view returns((address,uint16,uint32,bytes)[])
func (_SubscriptionStore *SubscriptionStoreSession) Deliveries(subscriptionId uint32, interval uint32) ([]SubscriptionStoreDelivery, error) {
	return _SubscriptionStore.Contract.Deliveries(&_SubscriptionStore.CallOpts, subscriptionId, interval)
}

// Deliveries is a free data retrieval call binding the contract method 0x2b1cacdb.
//
// Solidity: function deliveries(uint32 subscriptionId, uint32 interval) view returns((address,uint16,uint32,bytes)[])
func (_SubscriptionStore *SubscriptionStoreCallerSession) Deliveries(subscriptionId uint32, interval uint32) ([]SubscriptionStoreDelivery, error) {
	return _SubscriptionStore.Contract.Deliveries(&_SubscriptionStore.CallOpts, subscriptionId, interval)
}

// GetContainerInputs is a free data retrieval call binding the contract method 0x962fad75.
//
// Solidity: function getContainerInputs(uint32 , uint32 , uint32 , address ) view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreCaller) GetContainerInputs(opts *bind.CallOpts, arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([]byte, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "getContainerInputs", arg0, arg1, arg2, arg3)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// GetContainerInputs is a free data retrieval call binding the contract method 0x962fad75.
//
// Solidity: function getContainerInputs(uint32 , uint32 , uint32 , address ) view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreSession) GetContainerInputs(arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([]byte, error) {
	return _SubscriptionStore.Contract.GetContainerInputs(&_SubscriptionStore.CallOpts, arg0, arg1, arg2, arg3)
}

// GetContainerInputs is a free data retrieval call binding the contract method 0x962fad75.
//
// Solidity: function getContainerInputs(uint32 , uint32 , uint32 , address ) view returns(bytes)
func (_SubscriptionStore *SubscriptionStoreCallerSession) GetContainerInputs(arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([]byte, error) {
	return _SubscriptionStore.Contract.GetContainerInputs(&_SubscriptionStore.CallOpts, arg0, arg1, arg2, arg3)
}

// GetContainerOffchainInputHash is a free data retrieval call binding the contract method 0xbd64a25f.
//
// Solidity: function getContainerOffchainInputHash(uint32 , uint32 , uint32 , address ) view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreCaller) GetContainerOffchainInputHash(opts *bind.CallOpts, arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([32]byte, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "getContainerOffchainInputHash", arg0, arg1, arg2, arg3)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetContainerOffchainInputHash is a free data retrieval call binding the contract method 0xbd64a25f.
//
// Solidity: function getContainerOffchainInputHash(uint32 , uint32 , uint32 , address ) view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreSession) GetContainerOffchainInputHash(arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([32]byte, error) {
	return _SubscriptionStore.Contract.GetContainerOffchainInputHash(&_SubscriptionStore.CallOpts, arg0, arg1, arg2, arg3)
}

// GetContainerOffchainInputHash is a free data retrieval call binding the contract method 0xbd64a25f.
//
// Solidity: function getContainerOffchainInputHash(uint32 , uint32 , uint32 , address ) view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreCallerSession) GetContainerOffchainInputHash(arg0 uint32, arg1 uint32, arg2 uint32, arg3 common.Address) ([32]byte, error) {
	return _SubscriptionStore.Contract.GetContainerOffchainInputHash(&_SubscriptionStore.CallOpts, arg0, arg1, arg2, arg3)
}

// OffchainInputHash is a free data retrieval call binding the contract method 0x13769768.
//
// Solidity: function offchainInputHash() view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreCaller) OffchainInputHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "offchainInputHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OffchainInputHash is a free data retrieval call binding the contract method 0x13769768.
//
// Solidity: function offchainInputHash() view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreSession) OffchainInputHash() ([32]byte, error) {
	return _SubscriptionStore.Contract.OffchainInputHash(&_SubscriptionStore.CallOpts)
}

// OffchainInputHash is a free data retrieval call binding the contract method 0x13769768.
//
// Solidity: function offchainInputHash() view returns(bytes32)
func (_SubscriptionStore *SubscriptionStoreCallerSession) OffchainInputHash() ([32]byte, error) {
	return _SubscriptionStore.Contract.OffchainInputHash(&_SubscriptionStore.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SubscriptionStore *SubscriptionStoreCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _SubscriptionStore.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SubscriptionStore *SubscriptionStoreSession) Owner() (common.Address, error) {
	return _SubscriptionStore.Contract.Owner(&_SubscriptionStore.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_SubscriptionStore *SubscriptionStoreCallerSession) Owner() (common.Address, error) {
	return _SubscriptionStore.Contract.Owner(&_SubscriptionStore.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x1381e400.
//
// Solidity: function cancel(uint32 subscriptionId) returns()
func (_SubscriptionStore *SubscriptionStoreTransactor) Cancel(opts *bind.TransactOpts, subscriptionId uint32) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "cancel", subscriptionId)
}

// Cancel is a paid mutator transaction binding the contract method 0x1381e400.
//
// Solidity: function cancel(uint32 subscriptionId) returns()
func (_SubscriptionStore *SubscriptionStoreSession) Cancel(subscriptionId uint32) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.Cancel(&_SubscriptionStore.TransactOpts, subscriptionId)
}

// Cancel is a paid mutator transaction binding the contract method 0x1381e400.
//
// Solidity: function cancel(uint32 subscriptionId) returns()
func (_SubscriptionStore *SubscriptionStoreTransactorSession) Cancel(subscriptionId uint32) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.Cancel(&_SubscriptionStore.TransactOpts, subscriptionId)
}

// RawReceiveCompute is a paid mutator transaction binding the contract method 0xf8eb7fbd.
//
// Solidity: function rawReceiveCompute(uint32 subscriptionId, uint32 interval, uint16 redundancy, address node, bytes input, bytes output, bytes proof) returns()
func (_SubscriptionStore *SubscriptionStoreTransactor) RawReceiveCompute(opts *bind.TransactOpts, subscriptionId uint32, interval uint32, redundancy uint16, node common.Address, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "rawReceiveCompute", subscriptionId, interval, redundancy, node, input, output, proof)
}

// RawReceiveCompute is a paid mutator transaction binding the contract method 0xf8eb7fbd.
//
// Solidity: function rawReceiveCompute(uint32 subscriptionId, uint32 interval, uint16 redundancy, address node, bytes input, bytes output, bytes proof) returns()
func (_SubscriptionStore *SubscriptionStoreSession) RawReceiveCompute(subscriptionId uint32, interval uint32, redundancy uint16, node common.Address, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.RawReceiveCompute(&_SubscriptionStore.TransactOpts, subscriptionId, interval, redundancy, node, input, output, proof)
}

// RawReceiveCompute is a paid mutator transaction binding the contract method 0xf8eb7fbd.
//
// Solidity: function rawReceiveCompute(uint32 subscriptionId, uint32 interval, uint16 redundancy, address node, bytes input, bytes output, bytes proof) returns()
func (_SubscriptionStore *SubscriptionStoreTransactorSession) RawReceiveCompute(subscriptionId uint32, interval uint32, redundancy uint16, node common.Address, input []byte, output []byte, proof []byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.RawReceiveCompute(&_SubscriptionStore.TransactOpts, subscriptionId, interval, redundancy, node, input, output, proof)
}

// SetContainerInputs is a paid mutator transaction binding the contract method 0x7bcb5fe3.
//
// Solidity: function setContainerInputs(bytes inputs) returns()
func (_SubscriptionStore *SubscriptionStoreTransactor) SetContainerInputs(opts *bind.TransactOpts, inputs []byte) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "setContainerInputs", inputs)
}

// SetContainerInputs is a paid mutator transaction binding the contract method 0x7bcb5fe3.
//
// Solidity: function setContainerInputs(bytes inputs) returns()
func (_SubscriptionStore *SubscriptionStoreSession) SetContainerInputs(inputs []byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SetContainerInputs(&_SubscriptionStore.TransactOpts, inputs)
}

// SetContainerInputs is a paid mutator transaction binding the contract method 0x7bcb5fe3.
//
// Solidity: function setContainerInputs(bytes inputs) returns()
func (_SubscriptionStore *SubscriptionStoreTransactorSession) SetContainerInputs(inputs []byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SetContainerInputs(&_SubscriptionStore.TransactOpts, inputs)
}

// SetOffchainInputHash is a paid mutator transaction binding the contract method 0x1cc580ea.
//
// Solidity: function setOffchainInputHash(bytes32 hash) returns()
func (_SubscriptionStore *SubscriptionStoreTransactor) SetOffchainInputHash(opts *bind.TransactOpts, hash [32]byte) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "setOffchainInputHash", hash)
}

// SetOffchainInputHash is a paid mutator transaction binding the contract method 0x1cc580ea.
//
// Solidity: function setOffchainInputHash(bytes32 hash) returns()
func (_SubscriptionStore *SubscriptionStoreSession) SetOffchainInputHash(hash [32]byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SetOffchainInputHash(&_SubscriptionStore.TransactOpts, hash)
}

// SetOffchainInputHash is a paid mutator transaction binding the contract method 0x1cc580ea.
//
// Solidity: function setOffchainInputHash(bytes32 hash) returns()
func (_SubscriptionStore *SubscriptionStoreTransactorSession) SetOffchainInputHash(hash [32]byte) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SetOffchainInputHash(&_SubscriptionStore.TransactOpts, hash)
}

// Subscribe is a paid mutator transaction binding the contract method 0x00172ba5.
//
// Solidity: function subscribe(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreTransactor) Subscribe(opts *bind.TransactOpts, programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "subscribe", programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// Subscribe is a paid mutator transaction binding the contract method 0x00172ba5.
//
// Solidity: function subscribe(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreSession) Subscribe(programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.Subscribe(&_SubscriptionStore.TransactOpts, programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// Subscribe is a paid mutator transaction binding the contract method 0x00172ba5.
//
// Solidity: function subscribe(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreTransactorSession) Subscribe(programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.Subscribe(&_SubscriptionStore.TransactOpts, programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy)
}

// SubscribeWithTerms is a paid mutator transaction binding the contract method 0x480d1dc6.
//
// Solidity: function subscribeWithTerms(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreTransactor) SubscribeWithTerms(opts *bind.TransactOpts, programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _SubscriptionStore.contract.Transact(opts, "subscribeWithTerms", programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// SubscribeWithTerms is a paid mutator transaction binding the contract method 0x480d1dc6.
//
// Solidity: function subscribeWithTerms(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreSession) SubscribeWithTerms(programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SubscribeWithTerms(&_SubscriptionStore.TransactOpts, programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// SubscribeWithTerms is a paid mutator transaction binding the contract method 0x480d1dc6.
//
// Solidity: function subscribeWithTerms(bytes32 programID, bytes inputs, uint48 maxGasPrice, uint32 maxGasLimit, uint32 frequency, uint32 period, uint16 redundancy, (uint8,bool,bytes32,bool,bytes32) terms) returns(uint32)
func (_SubscriptionStore *SubscriptionStoreTransactorSession) SubscribeWithTerms(programID [32]byte, inputs []byte, maxGasPrice *big.Int, maxGasLimit uint32, frequency uint32, period uint32, redundancy uint16, terms SubscriptionTerms) (*types.Transaction, error) {
	return _SubscriptionStore.Contract.SubscribeWithTerms(&_SubscriptionStore.TransactOpts, programID, inputs, maxGasPrice, maxGasLimit, frequency, period, redundancy, terms)
}

// SubscriptionStoreDeliveredIterator is returned from FilterDelivered and is used to iterate over the raw logs and unpacked data for Delivered events raised by the SubscriptionStore contract.
type SubscriptionStoreDeliveredIterator struct {
	Event *SubscriptionStoreDelivered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *SubscriptionStoreDeliveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SubscriptionStoreDelivered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(SubscriptionStoreDelivered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *SubscriptionStoreDeliveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SubscriptionStoreDeliveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SubscriptionStoreDelivered represents a Delivered event raised by the SubscriptionStore contract.
type SubscriptionStoreDelivered struct {
	SubscriptionId uint32
	Interval       uint32
	Node           common.Address
	Output         []byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterDelivered is a free log retrieval operation binding the contract event 0x7352392716befce73766a350af55f2a36002504893591b79901b19ee63990062.
//
// Solidity: event Delivered(uint32 indexed subscriptionId, uint32 indexed interval, address indexed node, bytes output)
func (_SubscriptionStore *SubscriptionStoreFilterer) FilterDelivered(opts *bind.FilterOpts, subscriptionId []uint32, interval []uint32, node []common.Address) (*SubscriptionStoreDeliveredIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _SubscriptionStore.contract.FilterLogs(opts, "Delivered", subscriptionIdRule, intervalRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return &SubscriptionStoreDeliveredIterator{contract: _SubscriptionStore.contract, event: "Delivered", logs: logs, sub: sub}, nil
}

// WatchDelivered is a free log subscription operation binding the contract event 0x7352392716befce73766a350af55f2a36002504893591b79901b19ee63990062.
//
// Solidity: event Delivered(uint32 indexed subscriptionId, uint32 indexed interval, address indexed node, bytes output)
func (_SubscriptionStore *SubscriptionStoreFilterer) WatchDelivered(opts *bind.WatchOpts, sink chan<- *SubscriptionStoreDelivered, subscriptionId []uint32, interval []uint32, node []common.Address) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var intervalRule []interface{}
	for _, intervalItem := range interval {
		intervalRule = append(intervalRule, intervalItem)
	}
	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}

	logs, sub, err := _SubscriptionStore.contract.WatchLogs(opts, "Delivered", subscriptionIdRule, intervalRule, nodeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SubscriptionStoreDelivered)
				if err := _SubscriptionStore.contract.UnpackLog(event, "Delivered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDelivered is a log parse operation binding the contract event 0x7352392716befce73766a350af55f2a36002504893591b79901b19ee63990062.
//
// Solidity: event Delivered(uint32 indexed subscriptionId, uint32 indexed interval, address indexed node, bytes output)
func (_SubscriptionStore *SubscriptionStoreFilterer) ParseDelivered(log types.Log) (*SubscriptionStoreDelivered, error) {
	event := new(SubscriptionStoreDelivered)
	if err := _SubscriptionStore.contract.UnpackLog(event, "Delivered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ToyFinalVerifierMetaData contains all meta data concerning the ToyFinalVerifier contract.
var ToyFinalVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506107158061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80638d8f8a5c1461002d575b5f5ffd5b61004061003b366004610659565b610042565b005b610180821461006457604051631ff3747d60e21b815260040160405180910390fd5b600180610087565b5f811561007d5786868686865afa90505b9695505050505050565b6040516040810160c082016040610100890182377f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000160408220066101808983376020876101808401376101a082207f0fcd64f5f41d6a606079619c1f1ee7d3a11c5b8cf311412f5d76b855ac4275f485527e07d283d78c8fc28d264675723ee848296180c62406a33887961c8b160bac4d60208601527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000900660010160406101008b01853761015d60408660808860068b61006c565b7f212245719b2e2c15d6e8e9ad9ea13ae4c25426095b83a81fab62ecc53b9c0bd185527f2d5466b788a2790f7b0946b184ca49f7acabf7ac3980e8f842eaf1aa6336e3496020860152883560408087018290527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000190911098909816979096506101ec908560608160078b61006c565b95506101ff60408660808860068b61006c565b95507f089abf38863c971f7c339f1cb4865c125c2f50cae08c298e22c56fc35352654e84527f1943541a7cee29d0f7e2e01738345e685f6ff8be40baf64de21b046e1e6289b1602085015281604085015261026160408560608760078b61006c565b955061027460408660808860068b61006c565b955060406101408b01853780604085015261029660408560608760078b61006c565b95507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760208501517f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47030660208501526102f760408660808860068b61006c565b95506101008a84377f1338247f4de855514580fbca331274a13372b8dfd1e566ab7a7e482a99196a416101008401527f16a6aa868b43fdcd81ca313407c0c538071e571a386f0b7452df758e48121d066101208401527f1120cbe0cdb85e855938096e02ac3f93368b981739d4af56208c7968818197a46101408401527f11d476e6212062577be09cb6f8af8b85c9552ecb75584811ca7c64990d55b0416101608401527f05cc51906938dddefdb6a30cab8b017a51cea6a822058db0c708207cc80a77926101808401527f09ed282701126b79677436a67918a1cf7232451ff6cb381b00b41c6034cb7db46101a08401527f234a34257863ff4d7ecc6eddb54d034681089d0687b8dac7b8938e62b11bf0d96101c08401527f2a1998618acb36cee93ab854e9a81d8443a5a381de64edac160a3dea597c827f6101e08401527f27058b819da89209573e202a8719de9a3bc727d7441a153eca068c1d32276eaf6102008401527f04dc4172ae3029a2c70cd1ec6b59260f2b4b79231bb56823b11db44fedaa727c610220840152845161024084015260208501516102608401527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808401527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08401527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08401527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e084015260406101008b018537806040850152505061055a6040610300830160608560078961006c565b93507f2c80dc8f6745d8946a93e960fec18b2963f6f235e50ab39be4d7bfecc1413aea6103408201527f1969196335707354cfee79fe3200a1fbf891860b2cfc6f2b153e42bdf276d43b6103608201527f123b785828d2364393edf81dc671b89deb78053a375e5a4186825d496ff9f1da6103808201527f2198eab76c80fe6095537267855fd387f2c0745aecdb846b9ee972ffbc400e126103a082015261060a6020826103c08460088961006c565b905160011416925083915061063490505760405163a54f8e2760e01b815260040160405180910390fd5b8061065257604051631ff3747d60e21b815260040160405180910390fd5b5050505050565b5f5f5f6040848603121561066b575f5ffd5b833567ffffffffffffffff811115610681575f5ffd5b8401601f81018613610691575f5ffd5b803567ffffffffffffffff8111156106a7575f5ffd5b8660208284010111156106b8575f5ffd5b6020820194508093505050846040850111156106d2575f5ffd5b602084019050925092509256fea2646970667358221220b7ab637735a378bd3fe75e82d3f5e3c90ded80cb491b45885989ca88bc5e522b64736f6c63430008250033",
}

// ToyFinalVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use ToyFinalVerifierMetaData.ABI instead.
var ToyFinalVerifierABI = ToyFinalVerifierMetaData.ABI

// ToyFinalVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ToyFinalVerifierMetaData.Bin instead.
var ToyFinalVerifierBin = ToyFinalVerifierMetaData.Bin

// DeployToyFinalVerifier deploys a new Ethereum contract, binding an instance of ToyFinalVerifier to it.
func DeployToyFinalVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ToyFinalVerifier, error) {
	parsed, err := ToyFinalVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ToyFinalVerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ToyFinalVerifier{ToyFinalVerifierCaller: ToyFinalVerifierCaller{contract: contract}, ToyFinalVerifierTransactor: ToyFinalVerifierTransactor{contract: contract}, ToyFinalVerifierFilterer: ToyFinalVerifierFilterer{contract: contract}}, nil
}

// ToyFinalVerifier is an auto generated Go binding around an Ethereum contract.
type ToyFinalVerifier struct {
	ToyFinalVerifierCaller     // Read-only binding to the contract
	ToyFinalVerifierTransactor // Write-only binding to the contract
	ToyFinalVerifierFilterer   // Log filterer for contract events
}

// ToyFinalVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type ToyFinalVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyFinalVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ToyFinalVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyFinalVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ToyFinalVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyFinalVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ToyFinalVerifierSession struct {
	Contract     *ToyFinalVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ToyFinalVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ToyFinalVerifierCallerSession struct {
	Contract *ToyFinalVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// ToyFinalVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ToyFinalVerifierTransactorSession struct {
	Contract     *ToyFinalVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// ToyFinalVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type ToyFinalVerifierRaw struct {
	Contract *ToyFinalVerifier // Generic contract binding to access the raw methods on
}

// ToyFinalVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ToyFinalVerifierCallerRaw struct {
	Contract *ToyFinalVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// ToyFinalVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ToyFinalVerifierTransactorRaw struct {
	Contract *ToyFinalVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewToyFinalVerifier creates a new instance of ToyFinalVerifier, bound to a specific deployed contract.
func NewToyFinalVerifier(address common.Address, backend bind.ContractBackend) (*ToyFinalVerifier, error) {
	contract, err := bindToyFinalVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ToyFinalVerifier{ToyFinalVerifierCaller: ToyFinalVerifierCaller{contract: contract}, ToyFinalVerifierTransactor: ToyFinalVerifierTransactor{contract: contract}, ToyFinalVerifierFilterer: ToyFinalVerifierFilterer{contract: contract}}, nil
}

// NewToyFinalVerifierCaller creates a new read-only instance of ToyFinalVerifier, bound to a specific deployed contract.
func NewToyFinalVerifierCaller(address common.Address, caller bind.ContractCaller) (*ToyFinalVerifierCaller, error) {
	contract, err := bindToyFinalVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ToyFinalVerifierCaller{contract: contract}, nil
}

// NewToyFinalVerifierTransactor creates a new write-only instance of ToyFinalVerifier, bound to a specific deployed contract.
func NewToyFinalVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*ToyFinalVerifierTransactor, error) {
	contract, err := bindToyFinalVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ToyFinalVerifierTransactor{contract: contract}, nil
}

// NewToyFinalVerifierFilterer creates a new log filterer instance of ToyFinalVerifier, bound to a specific deployed contract.
func NewToyFinalVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*ToyFinalVerifierFilterer, error) {
	contract, err := bindToyFinalVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ToyFinalVerifierFilterer{contract: contract}, nil
}

// bindToyFinalVerifier binds a generic wrapper to an already deployed contract.
func bindToyFinalVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ToyFinalVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ToyFinalVerifier *ToyFinalVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ToyFinalVerifier.Contract.ToyFinalVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ToyFinalVerifier *ToyFinalVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ToyFinalVerifier.Contract.ToyFinalVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ToyFinalVerifier *ToyFinalVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ToyFinalVerifier.Contract.ToyFinalVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ToyFinalVerifier *ToyFinalVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ToyFinalVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ToyFinalVerifier *ToyFinalVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ToyFinalVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ToyFinalVerifier *ToyFinalVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ToyFinalVerifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_ToyFinalVerifier *ToyFinalVerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [1]*big.Int) error {
	var out []interface{}
	err := _ToyFinalVerifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_ToyFinalVerifier *ToyFinalVerifierSession) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _ToyFinalVerifier.Contract.VerifyProof(&_ToyFinalVerifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x8d8f8a5c.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (_ToyFinalVerifier *ToyFinalVerifierCallerSession) VerifyProof(proof []byte, input [1]*big.Int) error {
	return _ToyFinalVerifier.Contract.VerifyProof(&_ToyFinalVerifier.CallOpts, proof, input)
}

// ToyVerifierMetaData contains all meta data concerning the ToyVerifier contract.
var ToyVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506115c58061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063a6b3a0b71461002d575b5f5ffd5b61004061003b3660046114e7565b610042565b005b610180821461006457604051631ff3747d60e21b815260040160405180910390fd5b600180610087565b5f811561007d5786868686865afa90505b9695505050505050565b6040516040810160c082016040610100890182375f5160206115705f395f51905f526040822006610180898337610360876101808401376104e082207f0919be94e7afa2d2fe1e7e9ecd5ffc860978a3ec77d5556f6f19263cbfae0f5e85527f2e9272278bcb59227732447c8faa3a60281d2fa4f1a6622bc76d3c737615e59b60208601527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000900660010160406101008b01853761014c60408660808860068b61006c565b95505f5f89013590505f5160206115705f395f51905f528110881697507f060da2b61e6916e6574af9804b4fd061d5db19bd53ba80e6f8dfc5190320fcb085527f26dc017569478f9dfbc326e32e95e06f7a07d2bed5dc75230c876c332846229c60208601528060408601526101c960408660608860078c61006c565b96506101dc60408760808960068c61006c565b9650602089013590505f5160206115705f395f51905f528110881697507f12d210aca2e93032c86f537aad034e123b6d593cf111340b414175416d8fff8385527f0be2082a3d52ac1b9abf2bf999b4d0a117dcff750687f5d198441b404752798d602086015280604086015261025960408660608860078c61006c565b965061026c60408760808960068c61006c565b9650604089013590505f5160206115705f395f51905f528110881697507f043986e1254776790a77d3f112baf516aecef21f0732f4f006db112b40b02ecf85527f056aa89f5bd7aad6ed2e93ee7c9a36c39ac31bcc05143cf0f23e988c0ff4125260208601528060408601526102e960408660608860078c61006c565b96506102fc60408760808960068c61006c565b9650606089013590505f5160206115705f395f51905f528110881697507f04aa772108b6235e2321146eef2252d2ae43a9cc8b5d3fd5365f58c9bba60dd985527e4bdfcdf7f19bafd09c5507e5e4b350c3285fc15d07c0d8f4609d936f4b0baa602086015280604086015261037860408660608860078c61006c565b965061038b60408760808960068c61006c565b9650608089013590505f5160206115705f395f51905f528110881697507f08c94aa59bb0cbef814f88f1b223f26a4a577de15a8eeb702de9e620068c864385527f1935af2d5e0c006986c2248e5f3f33d0d38ee877e0e935ecc9da859b48e2f3ee602086015280604086015261040860408660608860078c61006c565b965061041b60408760808960068c61006c565b965060a089013590505f5160206115705f395f51905f528110881697507f2d11dbec4a7d2c43a7af32398e84417fe509fe71e24f2f364997228adce2712f85527f013f2b332fc26d30e9d08dc06b63e809209e1d311b179a4abb8d5cabc5253bfa602086015280604086015261049860408660608860078c61006c565b96506104ab60408760808960068c61006c565b965060c089013590505f5160206115705f395f51905f528110881697507f2432ce0fd3346975eb416b881f0f26065bc32f8c2629c743337f96c92a09238485527e3ef3172dd10b005135b611914dc089b916ed8c1a5780dc81b6720c994d1b75602086015280604086015261052760408660608860078c61006c565b965061053a60408760808960068c61006c565b965060e089013590505f5160206115705f395f51905f528110881697507f15c9632a8d41d9f835fcf7aa2c90292b976578459309646a585cf20713563ef285527f1af0935c589a19fbd2cc8292c437e1c293056c61aa9d4eb2ad8b68922fa6b4c460208601528060408601526105b760408660608860078c61006c565b96506105ca60408760808960068c61006c565b965061010089013590505f5160206115705f395f51905f528110881697507f0e42de5fd727043984a5069e3bd2729a0949ee9f7190cf07e283c42a8facc0a685527f1dc4f25aa9be6f053d15c082fadfb4f2b6776553f41226f1a0220139b0088f76602086015280604086015261064860408660608860078c61006c565b965061065b60408760808960068c61006c565b965061012089013590505f5160206115705f395f51905f528110881697507f1b74b8f2e9608a3cfa7e4487796dc2b039fe37c1029ec74ca7db3d4e2c5732fc85527f08421433db7e9f4de27c171ea46a65d2ba52fa0b8b40ac94178e5f2cefa0aaf760208601528060408601526106d960408660608860078c61006c565b96506106ec60408760808960068c61006c565b965061014089013590505f5160206115705f395f51905f528110881697507f28277faeabace17cbd2a6d34e6a6a2a686b7af0c27668047161ad59f38568a2d85527f2f18c87fde5783b7a5b1b5e5b5702bd442ce97ca6b5eb17c7b8c38b9f240dce7602086015280604086015261076a60408660608860078c61006c565b965061077d60408760808960068c61006c565b965061016089013590505f5160206115705f395f51905f528110881697507f1e3ca0793b287fb433b3d7349de13778cd8541a04c5f78921e5fcf46d49f62c185527f2d96f3a55b24df70af170b244e2c683f9af2afef0821beb45fc208d39239ebaa60208601528060408601526107fb60408660608860078c61006c565b965061080e60408760808960068c61006c565b965061018089013590505f5160206115705f395f51905f528110881697507f2087c81610b8b19d5ca55324653dd52554715c23d445246105922ab2c2a3708285527f032f60440dfc0e829890100167c0bbc796d2cb6036dc8df19d70c78419a20594602086015280604086015261088c60408660608860078c61006c565b965061089f60408760808960068c61006c565b96506101a089013590505f5160206115705f395f51905f528110881697507f037cfdb07e50b962a9466a3ecb86848c1984203782d431c712f9274f55c55b9e85527f187a468839517e50b25d098221391484060cd7518928d3751eb1af7bdc1b6dd1602086015280604086015261091d60408660608860078c61006c565b965061093060408760808960068c61006c565b96506101c089013590505f5160206115705f395f51905f528110881697507f250f90dfe331533bbf0c08a7617fbd75e8252bef9ed31a8a89a025c488d2bcad85527f109031d407ca0c0a4c7f45f4ca36d537ca929fe68d5589e842096615160a77e460208601528060408601526109ae60408660608860078c61006c565b96506109c160408760808960068c61006c565b96506101e089013590505f5160206115705f395f51905f528110881697507f0a7e9975c85b9581bf1979acb65c7ba9651a6ba732e88e84a9b36e36a685cec985527f0182e09205d6a28325bd71f57383427c8e376da18f203ead05499bea001a10ea6020860152806040860152610a3f60408660608860078c61006c565b9650610a5260408760808960068c61006c565b965061020089013590505f5160206115705f395f51905f528110881697507f27a1327caede1618f3da460303f4c3be7fe9af30604364f53d0374d12c191c7085527f2d608dc4a5d7cd8a542ce7853825e1be97f82a9ab655a2e673fa5022c128bf606020860152806040860152610ad060408660608860078c61006c565b9650610ae360408760808960068c61006c565b965061022089013590505f5160206115705f395f51905f528110881697507f0b5bc85c576979d33d42b9f5eb86fc0d27725b6a5d06f2775b07f95479ef755d85527f11d5d2357f96b725c96c1b55a5f9e05d00889501219d24ccfc68e0f2cd9640406020860152806040860152610b6160408660608860078c61006c565b9650610b7460408760808960068c61006c565b965061024089013590505f5160206115705f395f51905f528110881697507f190203a844c57521bc335d171ef78d6e32ed13c38d87844e9336369549e1d07f85527f03adbf3d474055293539588d58b736a7cae0c6e2ede17ddbb60dba9f2a3373e56020860152806040860152610bf260408660608860078c61006c565b9650610c0560408760808960068c61006c565b965061026089013590505f5160206115705f395f51905f528110881697507f27b17ef60f23962483646d96608efad79b9f6c03c70a9054a394b964586efbd785527f0475e11ce07b669a3e9dfe60f89d6bf7e64a5f8cab20ccbca04fa7530372b4746020860152806040860152610c8360408660608860078c61006c565b9650610c9660408760808960068c61006c565b965061028089013590505f5160206115705f395f51905f528110881697507f12a154590606aefcc1d9a3d70c1b76358ef53134f7ad64b9fae0019dc8a5fcd885527f02ffa96e65dd7adc6d2071c03cbffee8aa98f896fa391dc61fb1f01000f6f8ed6020860152806040860152610d1460408660608860078c61006c565b9650610d2760408760808960068c61006c565b96506102a089013590505f5160206115705f395f51905f528110881697507f11f3a3e663e6791eafadfbe9a2d71d31a79bdf22d745da14b0a889d3b444942985527f20dd4dc5afa4e6aecc40156f53ced87ee96448360a5dbc36ff3c7c0789a4f3476020860152806040860152610da560408660608860078c61006c565b9650610db860408760808960068c61006c565b96506102c089013590505f5160206115705f395f51905f528110881697507e9ae74a381b54ff480db901da3298a4fa91e05b01d7691f6d45314d79b1660785527f04f4bc4fd1a3fde36885d60a0e3f955fffb5148cb8eeb853eb288025509b21876020860152806040860152610e3560408660608860078c61006c565b9650610e4860408760808960068c61006c565b96506102e089013590505f5160206115705f395f51905f528110881697507f09ec88d73cbd3a157331fc822666441ad157d8a4b8966847cd0e2010aecfbcee85527f0b3db5c4f0f1c11e29ec884b53912448eb14dc2d96f867b13c8d152182d2671c6020860152806040860152610ec660408660608860078c61006c565b9650610ed960408760808960068c61006c565b965061030089013590505f5160206115705f395f51905f528110881697507f124791d8d441576f99c65b461c3c6c574d0ebc90c47050ebed2272ea65e1e0a585527f0d861a6651f6fc1c400977f8bb72ce01aea250d01e21988da1645842c202e7556020860152806040860152610f5760408660608860078c61006c565b9650610f6a60408760808960068c61006c565b965061032089013590505f5160206115705f395f51905f528110881697507f22e6e670bf3aaafcc86bd9439f662d69db15ee399e2ff2373988caef3a0a9c9185527f2b21ef0a0bd3046b867feb0c41e0449b9b162cdcd8cf645acdc81020be6baf4d6020860152806040860152610fe860408660608860078c61006c565b9650610ffb60408760808960068c61006c565b965061034089013590505f5160206115705f395f51905f528110881697507f01390050399115671e2f1f0c7a7dbcf3ddeb06ef905f7dd489363aef31a63ee585527f05b9a84f984c24332f8f8a0ad9444388164db8b1408345e57e9dee3d0424d12760208601528060408601525061107a60408560608760078b61006c565b955061108d60408660808860068b61006c565b95507f2de076a4538704da908cd5937821ef2dc72263162e5ad3886823ed3c6ca07b5384527f191b24d534c6b0ec352b6dabad98f0fec61ceed2ff4faaa520eb7283ba99a75b60208501528160408501526110ef60408560608760078b61006c565b955061110260408660808860068b61006c565b955060406101408b01853780604085015261112460408560608760078b61006c565b95507f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760208501517f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd470306602085015261118560408660808860068b61006c565b95506101008a84377f19bf13db282e272e95642605e6b6ecac50764ef93abd3aebd87f7ab01b1bfe3c6101008401527f2e02a49f3027c5f61159ffb7a1c758b1dbfaeb303ead4ca0c03c5c4d041d4b9c6101208401527f02a900304d272fc83b020c8ade56a4a02c7a2637ca402719972346c676fe2b316101408401527f16dd593cded9ab33a1222466140c3dd063dfa9fd0e2a442d73e953dd11a6f0b96101608401527f2a8fdd2bfb1509f160f73dda88c57e59e4d05132de533c870401389fa4d097d46101808401527f045a23daf4a78700c147323bfcdc6e2abb9272dd4c8d60f6b8433c25c3242a966101a08401527f09eb6a6b6e397f084eec5894bc7e3267df8e64c9862fe696090466394592190f6101c08401527f1a8cc0f9efd2a808362052e9ddfa308742510e4769c94edc6a060fc2ca8879526101e08401527f1120818d863859b37a500434340f1b9e8fc500f6560c55938e97fc609ed992f66102008401527f06ce26bca383cccdc899d135edd9db42bcc33b68d4debbd044baec8ba9f59f6a610220840152845161024084015260208501516102608401527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26102808401527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6102a08401527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec6102c08401527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d6102e084015260406101008b01853780604085015250506113e86040610300830160608560078961006c565b93507f13c7a6de8b848139ca5c2a48375918e6b81a52579c22af7d6ed403751e986af66103408201527f115b2c0a556b89d3dfb84534b433fbec64d1357e9adae1db679c0d23484e5fbc6103608201527f2f042e59783cdb710a4e67419c44c775a8dd748ee051b757c30e3c9e800112096103808201527f019fa7272b04a6b8d83b3bb7362462e97419bf1aa5a9f372d7acc2fbef7f3ac76103a08201526114986020826103c08460088961006c565b90516001141692508391506114c290505760405163a54f8e2760e01b815260040160405180910390fd5b806114e057604051631ff3747d60e21b815260040160405180910390fd5b5050505050565b5f5f5f61038084860312156114fa575f5ffd5b833567ffffffffffffffff811115611510575f5ffd5b8401601f81018613611520575f5ffd5b803567ffffffffffffffff811115611536575f5ffd5b866020828401011115611547575f5ffd5b60208201945080935050508461038085011115611562575f5ffd5b602084019050925092509256fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220c2392b5cfa18f6162d2109e3b61a40f51ede5f66dfac4c8089d934adfbd0549e64736f6c63430008250033",
}

// ToyVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use ToyVerifierMetaData.ABI instead.
var ToyVerifierABI = ToyVerifierMetaData.ABI

// ToyVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ToyVerifierMetaData.Bin instead.
var ToyVerifierBin = ToyVerifierMetaData.Bin

// DeployToyVerifier deploys a new Ethereum contract, binding an instance of ToyVerifier to it.
func DeployToyVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ToyVerifier, error) {
	parsed, err := ToyVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ToyVerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ToyVerifier{ToyVerifierCaller: ToyVerifierCaller{contract: contract}, ToyVerifierTransactor: ToyVerifierTransactor{contract: contract}, ToyVerifierFilterer: ToyVerifierFilterer{contract: contract}}, nil
}

// ToyVerifier is an auto generated Go binding around an Ethereum contract.
type ToyVerifier struct {
	ToyVerifierCaller     // Read-only binding to the contract
	ToyVerifierTransactor // Write-only binding to the contract
	ToyVerifierFilterer   // Log filterer for contract events
}

// ToyVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type ToyVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ToyVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ToyVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ToyVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ToyVerifierSession struct {
	Contract     *ToyVerifier      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ToyVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ToyVerifierCallerSession struct {
	Contract *ToyVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// ToyVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ToyVerifierTransactorSession struct {
	Contract     *ToyVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// ToyVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type ToyVerifierRaw struct {
	Contract *ToyVerifier // Generic contract binding to access the raw methods on
}

// ToyVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ToyVerifierCallerRaw struct {
	Contract *ToyVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// ToyVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ToyVerifierTransactorRaw struct {
	Contract *ToyVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewToyVerifier creates a new instance of ToyVerifier, bound to a specific deployed contract.
func NewToyVerifier(address common.Address, backend bind.ContractBackend) (*ToyVerifier, error) {
	contract, err := bindToyVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ToyVerifier{ToyVerifierCaller: ToyVerifierCaller{contract: contract}, ToyVerifierTransactor: ToyVerifierTransactor{contract: contract}, ToyVerifierFilterer: ToyVerifierFilterer{contract: contract}}, nil
}

// NewToyVerifierCaller creates a new read-only instance of ToyVerifier, bound to a specific deployed contract.
func NewToyVerifierCaller(address common.Address, caller bind.ContractCaller) (*ToyVerifierCaller, error) {
	contract, err := bindToyVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ToyVerifierCaller{contract: contract}, nil
}

// NewToyVerifierTransactor creates a new write-only instance of ToyVerifier, bound to a specific deployed contract.
func NewToyVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*ToyVerifierTransactor, error) {
	contract, err := bindToyVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ToyVerifierTransactor{contract: contract}, nil
}

// NewToyVerifierFilterer creates a new log filterer instance of ToyVerifier, bound to a specific deployed contract.
func NewToyVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*ToyVerifierFilterer, error) {
	contract, err := bindToyVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ToyVerifierFilterer{contract: contract}, nil
}

// bindToyVerifier binds a generic wrapper to an already deployed contract.
func bindToyVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ToyVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ToyVerifier *ToyVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ToyVerifier.Contract.ToyVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ToyVerifier *ToyVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ToyVerifier.Contract.ToyVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ToyVerifier *ToyVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ToyVerifier.Contract.ToyVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ToyVerifier *ToyVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ToyVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ToyVerifier *ToyVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ToyVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ToyVerifier *ToyVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ToyVerifier.Contract.contract.Transact(opts, method, params...)
}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierCaller) VerifyProof(opts *bind.CallOpts, proof []byte, input [27]*big.Int) error {
	var out []interface{}
	err := _ToyVerifier.contract.Call(opts, &out, "verifyProof", proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierSession) VerifyProof(proof []byte, input [27]*big.Int) error {
	return _ToyVerifier.Contract.VerifyProof(&_ToyVerifier.CallOpts, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xa6b3a0b7.
//
// Solidity: function verifyProof(bytes proof, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierCallerSession) VerifyProof(proof []byte, input [27]*big.Int) error {
	return _ToyVerifier.Contract.VerifyProof(&_ToyVerifier.CallOpts, proof, input)
}

// VerifierRegistryMetaData contains all meta data concerning the VerifierRegistry contract.
var VerifierRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"BadSeal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"ClassOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAVerifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPendingOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiredAt\",\"type\":\"uint64\"}],\"name\":\"ProposalExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierNotProposed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"VerifierNotReady\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"Sealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"VerifierProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FINAL_CLASS_FLAG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KECCAK_CLASS_FLAG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FINAL_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEALED_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSAL_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SHA256_CLASS_FLAG\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalClassMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hashClassMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"isFinalClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"isHashClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"isSingleClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"logStepsOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lowestClass\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"proposeVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"seal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sealedDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"verifyFinalProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"withinLowestClass\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506040516113e53803806113e5833981016040819052602b916077565b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35060a2565b5f602082840312156086575f5ffd5b81516001600160a01b0381168114609b575f5ffd5b9392505050565b611336806100af5f395ff3fe608060405234801561000f575f5ffd5b50600436106101b8575f3560e01c806369d647b9116100f3578063bdc76bc911610093578063e30c39781161006e578063e30c397814610405578063ead8cb8514610418578063f2fde38b1461042b578063fe78dddd1461043e575f5ffd5b8063bdc76bc9146103e2578063c1f0a26c146103ea578063cf2e58cd146103fd575f5ffd5b806384acf0f5116100ce57806384acf0f5146103425780638d4e7f5e146103a35780638da5cb5b146103bd57806390ed1d2b146103cf575f5ffd5b806369d647b91461030d57806379ba50971461032757806383af8fe61461032f575f5ffd5b80632fb8ff971161015e578063583bf9df11610139578063583bf9df146102cc5780635a77179b146102d457806360b6dfcb146102dc57806363cde2e8146102f6575f5ffd5b80632fb8ff9714610294578063310bd837146102a75780634687edac146102c1575f5ffd5b80630972b265116101995780630972b26514610212578063176f969c14610239578063277c8bc21461024c5780632d69be9814610254575f5ffd5b80619330146101bc578062a184e5146101db5780630368d8b2146101fd575b5f5ffd5b6101c4610451565b60405160ff90911681526020015b60405180910390f35b6101e56212750081565b6040516001600160401b0390911681526020016101d2565b61021061020b366004610fa8565b6104ba565b005b610229610220366004610fea565b60c01660401490565b60405190151581526020016101d2565b610229610247366004610fea565b6105ac565b6101c4604081565b61027c610262366004610fea565b60036020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016101d2565b6102106102a2366004611019565b6105f4565b6001546101e590600160a01b90046001600160401b031681565b6101e56301e1338081565b6101c4603f81565b6101c4608081565b6004546101e590600160801b90046001600160401b031681565b610229610304366004610fea565b60c01660801490565b6004546101e590600160401b90046001600160401b031681565b610210610970565b6004546101e5906001600160401b031681565b61037c610350366004610fea565b60026020525f90815260409020546001600160a01b03811690600160a01b90046001600160401b031682565b604080516001600160a01b0390931683526001600160401b039091166020830152016101d2565b6102296103b1366004610fea565b608060ff919091161090565b5f5461027c906001600160a01b031681565b6101c46103dd366004610fea565b6109fc565b6101c460bf81565b6102106103f8366004611019565b610a3f565b6101c4606081565b60015461027c906001600160a01b031681565b61021061042636600461108e565b610c0c565b6102106104393660046110f5565b610d21565b61021061044c36600461110e565b610d9b565b6004545f906001600160401b0316808203610487576040516310cf1b5760e11b815260ff60048201526024015b60405180910390fd5b5f5b600182165f036104b4576001826001600160401b0316901c9150806104ad90611177565b9050610489565b92915050565b5f546001600160a01b031633146104e4576040516330cd747160e01b815260040160405180910390fd5b600154600160a01b90046001600160401b031615158061050b57506001600160401b038116155b8061052257506301e133806001600160401b038216115b1561054b5760405163868a853f60e01b81526001600160401b038216600482015260240161047e565b6001805467ffffffffffffffff60a01b1916600160a01b6001600160401b038416908102919091179091556040519081527f211055f58761ab9f2942810d20ffd129cf86051411b702ca6a46f7241336c85a9060200160405180910390a150565b5f608060ff83161015806105c957506004546001600160401b0316155b156105d557505f919050565b6105dd610451565b60ff166105e9836109fc565b60ff16111592915050565b5f546001600160a01b0316331461061e576040516330cd747160e01b815260040160405180910390fd5b608060ff8316101580156106365750608060c0831614155b15610659576040516328b67ac960e01b815260ff8316600482015260240161047e565b6001600160a01b038116156107d0576106728282610e3d565b600154600160a01b90046001600160401b0316156107d05760ff82165f908152600260209081526040918290208251808401909352546001600160a01b03808216808552600160a01b9092046001600160401b031692840192909252908316146107035760405163ee9afbd760e01b815260ff841660048201526001600160a01b038316602482015260440161047e565b80602001516001600160401b031642101561074b57602081015160405163067ce62f60e11b815260ff851660048201526001600160401b03909116602482015260440161047e565b62127500816020015161075e9190611195565b6001600160401b03164211156107af57826212750082602001516107829190611195565b604051632dcbf2bb60e11b815260ff90921660048301526001600160401b0316602482015260440161047e565b5060ff82165f90815260026020526040902080546001600160e01b03191690555b6001603f8381169190911b906001600160a01b03831615159060ff851611610840578061080b576004548219166001600160401b031661081a565b6004546001600160401b031682175b6004805467ffffffffffffffff19166001600160401b0392909216919091179055610909565b604060c08516036108ac578061086b57600454600160401b90048219166001600160401b0316610881565b600454600160401b90046001600160401b031682175b600460086101000a8154816001600160401b0302191690836001600160401b03160217905550610909565b806108cc57600454600160801b90048219166001600160401b03166108e2565b600454600160801b90046001600160401b031682175b600460106101000a8154816001600160401b0302191690836001600160401b031602179055505b60ff84165f8181526003602090815260409182902080546001600160a01b0319166001600160a01b03881690811790915591519182527fc58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e06910160405180910390a250505050565b6001546001600160a01b031633141580610988575033155b156109a657604051630614e5c760e21b815260040160405180910390fd5b5f805460405133926001600160a01b03909216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b03199081163317909155600180549091169055565b5f608060ff831610610a26576040516328b67ac960e01b815260ff8316600482015260240161047e565b603f60ff83161115610a3b5781601f166104b4565b5090565b5f546001600160a01b03163314610a69576040516330cd747160e01b815260040160405180910390fd5b600154600160a01b90046001600160401b03165f03610a9b5760405163c1f31ec960e01b815260040160405180910390fd5b608060ff831610158015610ab35750608060c0831614155b15610ad6576040516328b67ac960e01b815260ff8316600482015260240161047e565b6001600160a01b038116610b415760ff82165f81815260026020908152604080832080546001600160e01b03191690558051838152918201929092527f4219133fa7ca01605ca24f3038216e631fbd52b6cc8d6aaa3c543e2b2d1a1660910160405180910390a25050565b610b4b8282610e3d565b6001545f90610b6a90600160a01b90046001600160401b031642611195565b6040805180820182526001600160a01b038581168083526001600160401b03858116602080860182815260ff8c165f81815260028452899020975188549251909516600160a01b026001600160e01b031990921694909616939093179290921790945584519182528101929092529293507f4219133fa7ca01605ca24f3038216e631fbd52b6cc8d6aaa3c543e2b2d1a1660910160405180910390a2505b5050565b608060ff851610610c35576040516328b67ac960e01b815260ff8516600482015260240161047e565b60ff84165f908152600360205260409020546001600160a01b031680610c73576040516310cf1b5760e11b815260ff8616600482015260240161047e565b60405163a6b3a0b760e01b81526001600160a01b0382169063a6b3a0b790610ca3908790879087906004016111dc565b5f6040518083038186803b158015610cb9575f5ffd5b505afa925050508015610cca575060015b610d1a573d808015610cf7576040519150601f19603f3d011682016040523d82523d5f602084013e610cfc565b606091505b50858160405163c7c693b360e01b815260040161047e929190611232565b5050505050565b5f546001600160a01b03163314610d4b576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929316917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b608060c0851614610dc4576040516328b67ac960e01b815260ff8516600482015260240161047e565b60ff84165f908152600360205260409020546001600160a01b031680610e02576040516310cf1b5760e11b815260ff8616600482015260240161047e565b604080516020810182528381529051632363e29760e21b81526001600160a01b03831691638d8f8a5c91610ca3918891889190600401611277565b806001600160a01b03163b5f03610e72576040516322a2d07b60e21b81526001600160a01b038216600482015260240161047e565b604080516101808082526101a08201909252610c0891849184915f9190602082018180368337019050509050608060c0841603610f3557610eb1610f6b565b604051632363e29760e21b81526001600160a01b03841690638d8f8a5c90610edf9085908590600401611299565b5f6040518083038186803b158015610ef5575f5ffd5b505afa925050508015610f06575060015b15610f2f57604051631606811f60e21b81526001600160a01b038416600482015260240161047e565b50505050565b610f3d610f89565b60405163a6b3a0b760e01b81526001600160a01b0384169063a6b3a0b790610edf90859085906004016112ba565b60405180602001604052806001906020820280368337509192915050565b604051806103600160405280601b906020820280368337509192915050565b5f60208284031215610fb8575f5ffd5b81356001600160401b0381168114610fce575f5ffd5b9392505050565b803560ff81168114610fe5575f5ffd5b919050565b5f60208284031215610ffa575f5ffd5b610fce82610fd5565b80356001600160a01b0381168114610fe5575f5ffd5b5f5f6040838503121561102a575f5ffd5b61103383610fd5565b915061104160208401611003565b90509250929050565b5f5f83601f84011261105a575f5ffd5b5081356001600160401b03811115611070575f5ffd5b602083019150836020828501011115611087575f5ffd5b9250929050565b5f5f5f5f6103a085870312156110a2575f5ffd5b6110ab85610fd5565b935060208501356001600160401b038111156110c5575f5ffd5b6110d18782880161104a565b9094509250506103a085018610156110e7575f5ffd5b509194909350909160400190565b5f60208284031215611105575f5ffd5b610fce82611003565b5f5f5f5f60608587031215611121575f5ffd5b61112a85610fd5565b935060208501356001600160401b03811115611144575f5ffd5b6111508782880161104a565b9598909750949560400135949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f60ff821660ff810361118c5761118c611163565b60010192915050565b6001600160401b0381811683821601908111156104b4576104b4611163565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b61038081525f6111f1610380830185876111b4565b9050610360836020840137949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff83168152604060208201525f61124d6040830184611204565b949350505050565b805f5b6001811015610f2f578151845260209384019390910190600101611258565b604081525f61128a6040830185876111b4565b905061124d6020830184611255565b604081525f6112ab6040830185611204565b9050610fce6020830184611255565b61038081525f6112ce610380830185611204565b905060208201835f5b601b8110156112f65781518352602092830192909101906001016112d7565b505050939250505056fea26469706673582212206ed81f0f634daea0ed296048c0008f532ea9322d076f86c60fdee59180228fa964736f6c63430008250033",
}

// VerifierRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use VerifierRegistryMetaData.ABI instead.
var VerifierRegistryABI = VerifierRegistryMetaData.ABI

// VerifierRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use VerifierRegistryMetaData.Bin instead.
var VerifierRegistryBin = VerifierRegistryMetaData.Bin

// DeployVerifierRegistry deploys a new Ethereum contract, binding an instance of VerifierRegistry to it.
func DeployVerifierRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, initialOwner common.Address) (common.Address, *types.Transaction, *VerifierRegistry, error) {
	parsed, err := VerifierRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(VerifierRegistryBin), backend, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &VerifierRegistry{VerifierRegistryCaller: VerifierRegistryCaller{contract: contract}, VerifierRegistryTransactor: VerifierRegistryTransactor{contract: contract}, VerifierRegistryFilterer: VerifierRegistryFilterer{contract: contract}}, nil
}

// VerifierRegistry is an auto generated Go binding around an Ethereum contract.
type VerifierRegistry struct {
	VerifierRegistryCaller     // Read-only binding to the contract
	VerifierRegistryTransactor // Write-only binding to the contract
	VerifierRegistryFilterer   // Log filterer for contract events
}

// VerifierRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type VerifierRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type VerifierRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type VerifierRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// VerifierRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type VerifierRegistrySession struct {
	Contract     *VerifierRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// VerifierRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type VerifierRegistryCallerSession struct {
	Contract *VerifierRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// VerifierRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type VerifierRegistryTransactorSession struct {
	Contract     *VerifierRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// VerifierRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type VerifierRegistryRaw struct {
	Contract *VerifierRegistry // Generic contract binding to access the raw methods on
}

// VerifierRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type VerifierRegistryCallerRaw struct {
	Contract *VerifierRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// VerifierRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type VerifierRegistryTransactorRaw struct {
	Contract *VerifierRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewVerifierRegistry creates a new instance of VerifierRegistry, bound to a specific deployed contract.
func NewVerifierRegistry(address common.Address, backend bind.ContractBackend) (*VerifierRegistry, error) {
	contract, err := bindVerifierRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistry{VerifierRegistryCaller: VerifierRegistryCaller{contract: contract}, VerifierRegistryTransactor: VerifierRegistryTransactor{contract: contract}, VerifierRegistryFilterer: VerifierRegistryFilterer{contract: contract}}, nil
}

// NewVerifierRegistryCaller creates a new read-only instance of VerifierRegistry, bound to a specific deployed contract.
func NewVerifierRegistryCaller(address common.Address, caller bind.ContractCaller) (*VerifierRegistryCaller, error) {
	contract, err := bindVerifierRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryCaller{contract: contract}, nil
}

// NewVerifierRegistryTransactor creates a new write-only instance of VerifierRegistry, bound to a specific deployed contract.
func NewVerifierRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*VerifierRegistryTransactor, error) {
	contract, err := bindVerifierRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryTransactor{contract: contract}, nil
}

// NewVerifierRegistryFilterer creates a new log filterer instance of VerifierRegistry, bound to a specific deployed contract.
func NewVerifierRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*VerifierRegistryFilterer, error) {
	contract, err := bindVerifierRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryFilterer{contract: contract}, nil
}

// bindVerifierRegistry binds a generic wrapper to an already deployed contract.
func bindVerifierRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := VerifierRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VerifierRegistry *VerifierRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VerifierRegistry.Contract.VerifierRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VerifierRegistry *VerifierRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.VerifierRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VerifierRegistry *VerifierRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.VerifierRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_VerifierRegistry *VerifierRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _VerifierRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_VerifierRegistry *VerifierRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_VerifierRegistry *VerifierRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.contract.Transact(opts, method, params...)
}

// FINALCLASSFLAG is a free data retrieval call binding the contract method 0x5a77179b.
//
// Solidity: function FINAL_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) FINALCLASSFLAG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "FINAL_CLASS_FLAG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FINALCLASSFLAG is a free data retrieval call binding the contract method 0x5a77179b.
//
// Solidity: function FINAL_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) FINALCLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.FINALCLASSFLAG(&_VerifierRegistry.CallOpts)
}

// FINALCLASSFLAG is a free data retrieval call binding the contract method 0x5a77179b.
//
// Solidity: function FINAL_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) FINALCLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.FINALCLASSFLAG(&_VerifierRegistry.CallOpts)
}

// KECCAKCLASSFLAG is a free data retrieval call binding the contract method 0xcf2e58cd.
//
// Solidity: function KECCAK_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) KECCAKCLASSFLAG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "KECCAK_CLASS_FLAG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KECCAKCLASSFLAG is a free data retrieval call binding the contract method 0xcf2e58cd.
//
// Solidity: function KECCAK_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) KECCAKCLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.KECCAKCLASSFLAG(&_VerifierRegistry.CallOpts)
}

// KECCAKCLASSFLAG is a free data retrieval call binding the contract method 0xcf2e58cd.
//
// Solidity: function KECCAK_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) KECCAKCLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.KECCAKCLASSFLAG(&_VerifierRegistry.CallOpts)
}

// MAXCLASS is a free data retrieval call binding the contract method 0x583bf9df.
//
// Solidity: function MAX_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) MAXCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "MAX_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXCLASS is a free data retrieval call binding the contract method 0x583bf9df.
//
// Solidity: function MAX_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) MAXCLASS() (uint8, error) {
	return _VerifierRegistry.Contract.MAXCLASS(&_VerifierRegistry.CallOpts)
}

// MAXCLASS is a free data retrieval call binding the contract method 0x583bf9df.
//
// Solidity: function MAX_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) MAXCLASS() (uint8, error) {
	return _VerifierRegistry.Contract.MAXCLASS(&_VerifierRegistry.CallOpts)
}

// MAXFINALCLASS is a free data retrieval call binding the contract method 0xbdc76bc9.
//
// Solidity: function MAX_FINAL_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) MAXFINALCLASS(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "MAX_FINAL_CLASS")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXFINALCLASS is a free data retrieval call binding the contract method 0xbdc76bc9.
//
// Solidity: function MAX_FINAL_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) MAXFINALCLASS() (uint8, error) {
	return _VerifierRegistry.Contract.MAXFINALCLASS(&_VerifierRegistry.CallOpts)
}

// MAXFINALCLASS is a free data retrieval call binding the contract method 0xbdc76bc9.
//
// Solidity: function MAX_FINAL_CLASS() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) MAXFINALCLASS() (uint8, error) {
	return _VerifierRegistry.Contract.MAXFINALCLASS(&_VerifierRegistry.CallOpts)
}

// MAXSEALEDDELAY is a free data retrieval call binding the contract method 0x4687edac.
//
// Solidity: function MAX_SEALED_DELAY() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) MAXSEALEDDELAY(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "MAX_SEALED_DELAY")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXSEALEDDELAY is a free data retrieval call binding the contract method 0x4687edac.
//
// Solidity: function MAX_SEALED_DELAY() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) MAXSEALEDDELAY() (uint64, error) {
	return _VerifierRegistry.Contract.MAXSEALEDDELAY(&_VerifierRegistry.CallOpts)
}

// MAXSEALEDDELAY is a free data retrieval call binding the contract method 0x4687edac.
//
// Solidity: function MAX_SEALED_DELAY() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) MAXSEALEDDELAY() (uint64, error) {
	return _VerifierRegistry.Contract.MAXSEALEDDELAY(&_VerifierRegistry.CallOpts)
}

// PROPOSALWINDOW is a free data retrieval call binding the contract method 0x00a184e5.
//
// Solidity: function PROPOSAL_WINDOW() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) PROPOSALWINDOW(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "PROPOSAL_WINDOW")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PROPOSALWINDOW is a free data retrieval call binding the contract method 0x00a184e5.
//
// Solidity: function PROPOSAL_WINDOW() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) PROPOSALWINDOW() (uint64, error) {
	return _VerifierRegistry.Contract.PROPOSALWINDOW(&_VerifierRegistry.CallOpts)
}

// PROPOSALWINDOW is a free data retrieval call binding the contract method 0x00a184e5.
//
// Solidity: function PROPOSAL_WINDOW() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) PROPOSALWINDOW() (uint64, error) {
	return _VerifierRegistry.Contract.PROPOSALWINDOW(&_VerifierRegistry.CallOpts)
}

// SHA256CLASSFLAG is a free data retrieval call binding the contract method 0x277c8bc2.
//
// Solidity: function SHA256_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) SHA256CLASSFLAG(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "SHA256_CLASS_FLAG")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// SHA256CLASSFLAG is a free data retrieval call binding the contract method 0x277c8bc2.
//
// Solidity: function SHA256_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) SHA256CLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.SHA256CLASSFLAG(&_VerifierRegistry.CallOpts)
}

// SHA256CLASSFLAG is a free data retrieval call binding the contract method 0x277c8bc2.
//
// Solidity: function SHA256_CLASS_FLAG() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) SHA256CLASSFLAG() (uint8, error) {
	return _VerifierRegistry.Contract.SHA256CLASSFLAG(&_VerifierRegistry.CallOpts)
}

// ClassMask is a free data retrieval call binding the contract method 0x83af8fe6.
//
// Solidity: function classMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) ClassMask(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "classMask")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ClassMask is a free data retrieval call binding the contract method 0x83af8fe6.
//
// Solidity: function classMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) ClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.ClassMask(&_VerifierRegistry.CallOpts)
}

// ClassMask is a free data retrieval call binding the contract method 0x83af8fe6.
//
// Solidity: function classMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) ClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.ClassMask(&_VerifierRegistry.CallOpts)
}

// FinalClassMask is a free data retrieval call binding the contract method 0x60b6dfcb.
//
// Solidity: function finalClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) FinalClassMask(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "finalClassMask")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// FinalClassMask is a free data retrieval call binding the contract method 0x60b6dfcb.
//
// Solidity: function finalClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) FinalClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.FinalClassMask(&_VerifierRegistry.CallOpts)
}

// FinalClassMask is a free data retrieval call binding the contract method 0x60b6dfcb.
//
// Solidity: function finalClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) FinalClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.FinalClassMask(&_VerifierRegistry.CallOpts)
}

// HashClassMask is a free data retrieval call binding the contract method 0x69d647b9.
//
// Solidity: function hashClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) HashClassMask(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "hashClassMask")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// HashClassMask is a free data retrieval call binding the contract method 0x69d647b9.
//
// Solidity: function hashClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) HashClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.HashClassMask(&_VerifierRegistry.CallOpts)
}

// HashClassMask is a free data retrieval call binding the contract method 0x69d647b9.
//
// Solidity: function hashClassMask() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) HashClassMask() (uint64, error) {
	return _VerifierRegistry.Contract.HashClassMask(&_VerifierRegistry.CallOpts)
}

// IsFinalClass is a free data retrieval call binding the contract method 0x63cde2e8.
//
// Solidity: function isFinalClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCaller) IsFinalClass(opts *bind.CallOpts, proofClass uint8) (bool, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "isFinalClass", proofClass)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsFinalClass is a free data retrieval call binding the contract method 0x63cde2e8.
//
// Solidity: function isFinalClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistrySession) IsFinalClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsFinalClass(&_VerifierRegistry.CallOpts, proofClass)
}

// IsFinalClass is a free data retrieval call binding the contract method 0x63cde2e8.
//
// Solidity: function isFinalClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCallerSession) IsFinalClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsFinalClass(&_VerifierRegistry.CallOpts, proofClass)
}

// IsHashClass is a free data retrieval call binding the contract method 0x0972b265.
//
// Solidity: function isHashClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCaller) IsHashClass(opts *bind.CallOpts, proofClass uint8) (bool, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "isHashClass", proofClass)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsHashClass is a free data retrieval call binding the contract method 0x0972b265.
//
// Solidity: function isHashClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistrySession) IsHashClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsHashClass(&_VerifierRegistry.CallOpts, proofClass)
}

// IsHashClass is a free data retrieval call binding the contract method 0x0972b265.
//
// Solidity: function isHashClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCallerSession) IsHashClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsHashClass(&_VerifierRegistry.CallOpts, proofClass)
}

// IsSingleClass is a free data retrieval call binding the contract method 0x8d4e7f5e.
//
// Solidity: function isSingleClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCaller) IsSingleClass(opts *bind.CallOpts, proofClass uint8) (bool, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "isSingleClass", proofClass)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSingleClass is a free data retrieval call binding the contract method 0x8d4e7f5e.
//
// Solidity: function isSingleClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistrySession) IsSingleClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsSingleClass(&_VerifierRegistry.CallOpts, proofClass)
}

// IsSingleClass is a free data retrieval call binding the contract method 0x8d4e7f5e.
//
// Solidity: function isSingleClass(uint8 proofClass) pure returns(bool)
func (_VerifierRegistry *VerifierRegistryCallerSession) IsSingleClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.IsSingleClass(&_VerifierRegistry.CallOpts, proofClass)
}

// LogStepsOf is a free data retrieval call binding the contract method 0x90ed1d2b.
//
// Solidity: function logStepsOf(uint8 proofClass) pure returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) LogStepsOf(opts *bind.CallOpts, proofClass uint8) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "logStepsOf", proofClass)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// LogStepsOf is a free data retrieval call binding the contract method 0x90ed1d2b.
//
// Solidity: function logStepsOf(uint8 proofClass) pure returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) LogStepsOf(proofClass uint8) (uint8, error) {
	return _VerifierRegistry.Contract.LogStepsOf(&_VerifierRegistry.CallOpts, proofClass)
}

// LogStepsOf is a free data retrieval call binding the contract method 0x90ed1d2b.
//
// Solidity: function logStepsOf(uint8 proofClass) pure returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) LogStepsOf(proofClass uint8) (uint8, error) {
	return _VerifierRegistry.Contract.LogStepsOf(&_VerifierRegistry.CallOpts, proofClass)
}

// LowestClass is a free data retrieval call binding the contract method 0x00009330.
//
// Solidity: function lowestClass() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCaller) LowestClass(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "lowestClass")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// LowestClass is a free data retrieval call binding the contract method 0x00009330.
//
// Solidity: function lowestClass() view returns(uint8)
func (_VerifierRegistry *VerifierRegistrySession) LowestClass() (uint8, error) {
	return _VerifierRegistry.Contract.LowestClass(&_VerifierRegistry.CallOpts)
}

// LowestClass is a free data retrieval call binding the contract method 0x00009330.
//
// Solidity: function lowestClass() view returns(uint8)
func (_VerifierRegistry *VerifierRegistryCallerSession) LowestClass() (uint8, error) {
	return _VerifierRegistry.Contract.LowestClass(&_VerifierRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VerifierRegistry *VerifierRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VerifierRegistry *VerifierRegistrySession) Owner() (common.Address, error) {
	return _VerifierRegistry.Contract.Owner(&_VerifierRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_VerifierRegistry *VerifierRegistryCallerSession) Owner() (common.Address, error) {
	return _VerifierRegistry.Contract.Owner(&_VerifierRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_VerifierRegistry *VerifierRegistryCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_VerifierRegistry *VerifierRegistrySession) PendingOwner() (common.Address, error) {
	return _VerifierRegistry.Contract.PendingOwner(&_VerifierRegistry.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_VerifierRegistry *VerifierRegistryCallerSession) PendingOwner() (common.Address, error) {
	return _VerifierRegistry.Contract.PendingOwner(&_VerifierRegistry.CallOpts)
}

// Proposals is a free data retrieval call binding the contract method 0x84acf0f5.
//
// Solidity: function proposals(uint8 ) view returns(address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistryCaller) Proposals(opts *bind.CallOpts, arg0 uint8) (struct {
	Verifier common.Address
	ReadyAt  uint64
}, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "proposals", arg0)

	outstruct := new(struct {
		Verifier common.Address
		ReadyAt  uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ReadyAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// Proposals is a free data retrieval call binding the contract method 0x84acf0f5.
//
// Solidity: function proposals(uint8 ) view returns(address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistrySession) Proposals(arg0 uint8) (struct {
	Verifier common.Address
	ReadyAt  uint64
}, error) {
	return _VerifierRegistry.Contract.Proposals(&_VerifierRegistry.CallOpts, arg0)
}

// Proposals is a free data retrieval call binding the contract method 0x84acf0f5.
//
// Solidity: function proposals(uint8 ) view returns(address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistryCallerSession) Proposals(arg0 uint8) (struct {
	Verifier common.Address
	ReadyAt  uint64
}, error) {
	return _VerifierRegistry.Contract.Proposals(&_VerifierRegistry.CallOpts, arg0)
}

// SealedDelay is a free data retrieval call binding the contract method 0x310bd837.
//
// Solidity: function sealedDelay() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCaller) SealedDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "sealedDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SealedDelay is a free data retrieval call binding the contract method 0x310bd837.
//
// Solidity: function sealedDelay() view returns(uint64)
func (_VerifierRegistry *VerifierRegistrySession) SealedDelay() (uint64, error) {
	return _VerifierRegistry.Contract.SealedDelay(&_VerifierRegistry.CallOpts)
}

// SealedDelay is a free data retrieval call binding the contract method 0x310bd837.
//
// Solidity: function sealedDelay() view returns(uint64)
func (_VerifierRegistry *VerifierRegistryCallerSession) SealedDelay() (uint64, error) {
	return _VerifierRegistry.Contract.SealedDelay(&_VerifierRegistry.CallOpts)
}

// Verifiers is a free data retrieval call binding the contract method 0x2d69be98.
//
// Solidity: function verifiers(uint8 ) view returns(address)
func (_VerifierRegistry *VerifierRegistryCaller) Verifiers(opts *bind.CallOpts, arg0 uint8) (common.Address, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "verifiers", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifiers is a free data retrieval call binding the contract method 0x2d69be98.
//
// Solidity: function verifiers(uint8 ) view returns(address)
func (_VerifierRegistry *VerifierRegistrySession) Verifiers(arg0 uint8) (common.Address, error) {
	return _VerifierRegistry.Contract.Verifiers(&_VerifierRegistry.CallOpts, arg0)
}

// Verifiers is a free data retrieval call binding the contract method 0x2d69be98.
//
// Solidity: function verifiers(uint8 ) view returns(address)
func (_VerifierRegistry *VerifierRegistryCallerSession) Verifiers(arg0 uint8) (common.Address, error) {
	return _VerifierRegistry.Contract.Verifiers(&_VerifierRegistry.CallOpts, arg0)
}

// VerifyFinalProof is a free data retrieval call binding the contract method 0xfe78dddd.
//
// Solidity: function verifyFinalProof(uint8 proofClass, bytes proof, uint256 digest) view returns()
func (_VerifierRegistry *VerifierRegistryCaller) VerifyFinalProof(opts *bind.CallOpts, proofClass uint8, proof []byte, digest *big.Int) error {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "verifyFinalProof", proofClass, proof, digest)

	if err != nil {
		return err
	}

	return err

}

// VerifyFinalProof is a free data retrieval call binding the contract method 0xfe78dddd.
//
// Solidity: function verifyFinalProof(uint8 proofClass, bytes proof, uint256 digest) view returns()
func (_VerifierRegistry *VerifierRegistrySession) VerifyFinalProof(proofClass uint8, proof []byte, digest *big.Int) error {
	return _VerifierRegistry.Contract.VerifyFinalProof(&_VerifierRegistry.CallOpts, proofClass, proof, digest)
}

// VerifyFinalProof is a free data retrieval call binding the contract method 0xfe78dddd.
//
// Solidity: function verifyFinalProof(uint8 proofClass, bytes proof, uint256 digest) view returns()
func (_VerifierRegistry *VerifierRegistryCallerSession) VerifyFinalProof(proofClass uint8, proof []byte, digest *big.Int) error {
	return _VerifierRegistry.Contract.VerifyFinalProof(&_VerifierRegistry.CallOpts, proofClass, proof, digest)
}

// VerifyProof is a free data retrieval call binding the contract method 0xead8cb85.
//
// Solidity: function verifyProof(uint8 proofClass, bytes proof, uint256[27] input) view returns()
func (_VerifierRegistry *VerifierRegistryCaller) VerifyProof(opts *bind.CallOpts, proofClass uint8, proof []byte, input [27]*big.Int) error {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "verifyProof", proofClass, proof, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0xead8cb85.
//
// Solidity: function verifyProof(uint8 proofClass, bytes proof, uint256[27] input) view returns()
func (_VerifierRegistry *VerifierRegistrySession) VerifyProof(proofClass uint8, proof []byte, input [27]*big.Int) error {
	return _VerifierRegistry.Contract.VerifyProof(&_VerifierRegistry.CallOpts, proofClass, proof, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0xead8cb85.
//
// Solidity: function verifyProof(uint8 proofClass, bytes proof, uint256[27] input) view returns()
func (_VerifierRegistry *VerifierRegistryCallerSession) VerifyProof(proofClass uint8, proof []byte, input [27]*big.Int) error {
	return _VerifierRegistry.Contract.VerifyProof(&_VerifierRegistry.CallOpts, proofClass, proof, input)
}

// WithinLowestClass is a free data retrieval call binding the contract method 0x176f969c.
//
// Solidity: function withinLowestClass(uint8 proofClass) view returns(bool)
func (_VerifierRegistry *VerifierRegistryCaller) WithinLowestClass(opts *bind.CallOpts, proofClass uint8) (bool, error) {
	var out []interface{}
	err := _VerifierRegistry.contract.Call(opts, &out, "withinLowestClass", proofClass)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// WithinLowestClass is a free data retrieval call binding the contract method 0x176f969c.
//
// Solidity: function withinLowestClass(uint8 proofClass) view returns(bool)
func (_VerifierRegistry *VerifierRegistrySession) WithinLowestClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.WithinLowestClass(&_VerifierRegistry.CallOpts, proofClass)
}

// WithinLowestClass is a free data retrieval call binding the contract method 0x176f969c.
//
// Solidity: function withinLowestClass(uint8 proofClass) view returns(bool)
func (_VerifierRegistry *VerifierRegistryCallerSession) WithinLowestClass(proofClass uint8) (bool, error) {
	return _VerifierRegistry.Contract.WithinLowestClass(&_VerifierRegistry.CallOpts, proofClass)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_VerifierRegistry *VerifierRegistryTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _VerifierRegistry.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_VerifierRegistry *VerifierRegistrySession) AcceptOwnership() (*types.Transaction, error) {
	return _VerifierRegistry.Contract.AcceptOwnership(&_VerifierRegistry.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_VerifierRegistry *VerifierRegistryTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _VerifierRegistry.Contract.AcceptOwnership(&_VerifierRegistry.TransactOpts)
}

// ProposeVerifier is a paid mutator transaction binding the contract method 0xc1f0a26c.
//
// Solidity: function proposeVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistryTransactor) ProposeVerifier(opts *bind.TransactOpts, proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.contract.Transact(opts, "proposeVerifier", proofClass, verifier)
}

// ProposeVerifier is a paid mutator transaction binding the contract method 0xc1f0a26c.
//
// Solidity: function proposeVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistrySession) ProposeVerifier(proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.ProposeVerifier(&_VerifierRegistry.TransactOpts, proofClass, verifier)
}

// ProposeVerifier is a paid mutator transaction binding the contract method 0xc1f0a26c.
//
// Solidity: function proposeVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistryTransactorSession) ProposeVerifier(proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.ProposeVerifier(&_VerifierRegistry.TransactOpts, proofClass, verifier)
}

// Seal is a paid mutator transaction binding the contract method 0x0368d8b2.
//
// Solidity: function seal(uint64 delay) returns()
func (_VerifierRegistry *VerifierRegistryTransactor) Seal(opts *bind.TransactOpts, delay uint64) (*types.Transaction, error) {
	return _VerifierRegistry.contract.Transact(opts, "seal", delay)
}

// Seal is a paid mutator transaction binding the contract method 0x0368d8b2.
//
// Solidity: function seal(uint64 delay) returns()
func (_VerifierRegistry *VerifierRegistrySession) Seal(delay uint64) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.Seal(&_VerifierRegistry.TransactOpts, delay)
}

// Seal is a paid mutator transaction binding the contract method 0x0368d8b2.
//
// Solidity: function seal(uint64 delay) returns()
func (_VerifierRegistry *VerifierRegistryTransactorSession) Seal(delay uint64) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.Seal(&_VerifierRegistry.TransactOpts, delay)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x2fb8ff97.
//
// Solidity: function setVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistryTransactor) SetVerifier(opts *bind.TransactOpts, proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.contract.Transact(opts, "setVerifier", proofClass, verifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x2fb8ff97.
//
// Solidity: function setVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistrySession) SetVerifier(proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.SetVerifier(&_VerifierRegistry.TransactOpts, proofClass, verifier)
}

// SetVerifier is a paid mutator transaction binding the contract method 0x2fb8ff97.
//
// Solidity: function setVerifier(uint8 proofClass, address verifier) returns()
func (_VerifierRegistry *VerifierRegistryTransactorSession) SetVerifier(proofClass uint8, verifier common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.SetVerifier(&_VerifierRegistry.TransactOpts, proofClass, verifier)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VerifierRegistry *VerifierRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VerifierRegistry *VerifierRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.TransferOwnership(&_VerifierRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_VerifierRegistry *VerifierRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _VerifierRegistry.Contract.TransferOwnership(&_VerifierRegistry.TransactOpts, newOwner)
}

// VerifierRegistryOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the VerifierRegistry contract.
type VerifierRegistryOwnershipTransferStartedIterator struct {
	Event *VerifierRegistryOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VerifierRegistryOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VerifierRegistryOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VerifierRegistryOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VerifierRegistryOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VerifierRegistryOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VerifierRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the VerifierRegistry contract.
type VerifierRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*VerifierRegistryOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VerifierRegistry.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryOwnershipTransferStartedIterator{contract: _VerifierRegistry.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *VerifierRegistryOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VerifierRegistry.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VerifierRegistryOwnershipTransferStarted)
				if err := _VerifierRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) ParseOwnershipTransferStarted(log types.Log) (*VerifierRegistryOwnershipTransferStarted, error) {
	event := new(VerifierRegistryOwnershipTransferStarted)
	if err := _VerifierRegistry.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VerifierRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the VerifierRegistry contract.
type VerifierRegistryOwnershipTransferredIterator struct {
	Event *VerifierRegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VerifierRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VerifierRegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VerifierRegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VerifierRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VerifierRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VerifierRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the VerifierRegistry contract.
type VerifierRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*VerifierRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VerifierRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryOwnershipTransferredIterator{contract: _VerifierRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *VerifierRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _VerifierRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VerifierRegistryOwnershipTransferred)
				if err := _VerifierRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_VerifierRegistry *VerifierRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*VerifierRegistryOwnershipTransferred, error) {
	event := new(VerifierRegistryOwnershipTransferred)
	if err := _VerifierRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VerifierRegistrySealedIterator is returned from FilterSealed and is used to iterate over the raw logs and unpacked data for Sealed events raised by the VerifierRegistry contract.
type VerifierRegistrySealedIterator struct {
	Event *VerifierRegistrySealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VerifierRegistrySealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VerifierRegistrySealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VerifierRegistrySealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VerifierRegistrySealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VerifierRegistrySealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VerifierRegistrySealed represents a Sealed event raised by the VerifierRegistry contract.
type VerifierRegistrySealed struct {
	Delay uint64
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterSealed is a free log retrieval operation binding the contract event 0x211055f58761ab9f2942810d20ffd129cf86051411b702ca6a46f7241336c85a.
//
// Solidity: event Sealed(uint64 delay)
func (_VerifierRegistry *VerifierRegistryFilterer) FilterSealed(opts *bind.FilterOpts) (*VerifierRegistrySealedIterator, error) {

	logs, sub, err := _VerifierRegistry.contract.FilterLogs(opts, "Sealed")
	if err != nil {
		return nil, err
	}
	return &VerifierRegistrySealedIterator{contract: _VerifierRegistry.contract, event: "Sealed", logs: logs, sub: sub}, nil
}

// WatchSealed is a free log subscription operation binding the contract event 0x211055f58761ab9f2942810d20ffd129cf86051411b702ca6a46f7241336c85a.
//
// Solidity: event Sealed(uint64 delay)
func (_VerifierRegistry *VerifierRegistryFilterer) WatchSealed(opts *bind.WatchOpts, sink chan<- *VerifierRegistrySealed) (event.Subscription, error) {

	logs, sub, err := _VerifierRegistry.contract.WatchLogs(opts, "Sealed")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VerifierRegistrySealed)
				if err := _VerifierRegistry.contract.UnpackLog(event, "Sealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSealed is a log parse operation binding the contract event 0x211055f58761ab9f2942810d20ffd129cf86051411b702ca6a46f7241336c85a.
//
// Solidity: event Sealed(uint64 delay)
func (_VerifierRegistry *VerifierRegistryFilterer) ParseSealed(log types.Log) (*VerifierRegistrySealed, error) {
	event := new(VerifierRegistrySealed)
	if err := _VerifierRegistry.contract.UnpackLog(event, "Sealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VerifierRegistryVerifierProposedIterator is returned from FilterVerifierProposed and is used to iterate over the raw logs and unpacked data for VerifierProposed events raised by the VerifierRegistry contract.
type VerifierRegistryVerifierProposedIterator struct {
	Event *VerifierRegistryVerifierProposed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VerifierRegistryVerifierProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VerifierRegistryVerifierProposed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VerifierRegistryVerifierProposed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VerifierRegistryVerifierProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VerifierRegistryVerifierProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VerifierRegistryVerifierProposed represents a VerifierProposed event raised by the VerifierRegistry contract.
type VerifierRegistryVerifierProposed struct {
	ProofClass uint8
	Verifier   common.Address
	ReadyAt    uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVerifierProposed is a free log retrieval operation binding the contract event 0x4219133fa7ca01605ca24f3038216e631fbd52b6cc8d6aaa3c543e2b2d1a1660.
//
// Solidity: event VerifierProposed(uint8 indexed proofClass, address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistryFilterer) FilterVerifierProposed(opts *bind.FilterOpts, proofClass []uint8) (*VerifierRegistryVerifierProposedIterator, error) {

	var proofClassRule []interface{}
	for _, proofClassItem := range proofClass {
		proofClassRule = append(proofClassRule, proofClassItem)
	}

	logs, sub, err := _VerifierRegistry.contract.FilterLogs(opts, "VerifierProposed", proofClassRule)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryVerifierProposedIterator{contract: _VerifierRegistry.contract, event: "VerifierProposed", logs: logs, sub: sub}, nil
}

// WatchVerifierProposed is a free log subscription operation binding the contract event 0x4219133fa7ca01605ca24f3038216e631fbd52b6cc8d6aaa3c543e2b2d1a1660.
//
// Solidity: event VerifierProposed(uint8 indexed proofClass, address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistryFilterer) WatchVerifierProposed(opts *bind.WatchOpts, sink chan<- *VerifierRegistryVerifierProposed, proofClass []uint8) (event.Subscription, error) {

	var proofClassRule []interface{}
	for _, proofClassItem := range proofClass {
		proofClassRule = append(proofClassRule, proofClassItem)
	}

	logs, sub, err := _VerifierRegistry.contract.WatchLogs(opts, "VerifierProposed", proofClassRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VerifierRegistryVerifierProposed)
				if err := _VerifierRegistry.contract.UnpackLog(event, "VerifierProposed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerifierProposed is a log parse operation binding the contract event 0x4219133fa7ca01605ca24f3038216e631fbd52b6cc8d6aaa3c543e2b2d1a1660.
//
// Solidity: event VerifierProposed(uint8 indexed proofClass, address verifier, uint64 readyAt)
func (_VerifierRegistry *VerifierRegistryFilterer) ParseVerifierProposed(log types.Log) (*VerifierRegistryVerifierProposed, error) {
	event := new(VerifierRegistryVerifierProposed)
	if err := _VerifierRegistry.contract.UnpackLog(event, "VerifierProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// VerifierRegistryVerifierSetIterator is returned from FilterVerifierSet and is used to iterate over the raw logs and unpacked data for VerifierSet events raised by the VerifierRegistry contract.
type VerifierRegistryVerifierSetIterator struct {
	Event *VerifierRegistryVerifierSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *VerifierRegistryVerifierSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(VerifierRegistryVerifierSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(VerifierRegistryVerifierSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *VerifierRegistryVerifierSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *VerifierRegistryVerifierSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// VerifierRegistryVerifierSet represents a VerifierSet event raised by the VerifierRegistry contract.
type VerifierRegistryVerifierSet struct {
	ProofClass uint8
	Verifier   common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVerifierSet is a free log retrieval operation binding the contract event 0xc58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e06.
//
// Solidity: event VerifierSet(uint8 indexed proofClass, address verifier)
func (_VerifierRegistry *VerifierRegistryFilterer) FilterVerifierSet(opts *bind.FilterOpts, proofClass []uint8) (*VerifierRegistryVerifierSetIterator, error) {

	var proofClassRule []interface{}
	for _, proofClassItem := range proofClass {
		proofClassRule = append(proofClassRule, proofClassItem)
	}

	logs, sub, err := _VerifierRegistry.contract.FilterLogs(opts, "VerifierSet", proofClassRule)
	if err != nil {
		return nil, err
	}
	return &VerifierRegistryVerifierSetIterator{contract: _VerifierRegistry.contract, event: "VerifierSet", logs: logs, sub: sub}, nil
}

// WatchVerifierSet is a free log subscription operation binding the contract event 0xc58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e06.
//
// Solidity: event VerifierSet(uint8 indexed proofClass, address verifier)
func (_VerifierRegistry *VerifierRegistryFilterer) WatchVerifierSet(opts *bind.WatchOpts, sink chan<- *VerifierRegistryVerifierSet, proofClass []uint8) (event.Subscription, error) {

	var proofClassRule []interface{}
	for _, proofClassItem := range proofClass {
		proofClassRule = append(proofClassRule, proofClassItem)
	}

	logs, sub, err := _VerifierRegistry.contract.WatchLogs(opts, "VerifierSet", proofClassRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(VerifierRegistryVerifierSet)
				if err := _VerifierRegistry.contract.UnpackLog(event, "VerifierSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerifierSet is a log parse operation binding the contract event 0xc58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e06.
//
// Solidity: event VerifierSet(uint8 indexed proofClass, address verifier)
func (_VerifierRegistry *VerifierRegistryFilterer) ParseVerifierSet(log types.Log) (*VerifierRegistryVerifierSet, error) {
	event := new(VerifierRegistryVerifierSet)
	if err := _VerifierRegistry.contract.UnpackLog(event, "VerifierSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
