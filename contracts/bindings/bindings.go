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

// JobMetadata is an auto generated low-level Go binding around an user-defined struct.
type JobMetadata struct {
	ProgramID []byte
	MaxCycles uint64
	Consumer  common.Address
	Status    uint8
}

// StatementContext is an auto generated low-level Go binding around an user-defined struct.
type StatementContext struct {
	ChainId   uint64
	Timestamp uint64
	BatchNum  uint64
	Sequencer common.Address
}

// SubscriptionStoreDelivery is an auto generated low-level Go binding around an user-defined struct.
type SubscriptionStoreDelivery struct {
	Node       common.Address
	Redundancy uint16
	ExitCode   uint32
	Output     []byte
}

// CoordinatorMetaData contains all meta data concerning the Coordinator contract.
var CoordinatorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"ChainIdTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GasLimitExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GasPriceExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntervalCompleted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntervalMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidContainerId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NodeRespondedAlready\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSubscriptionOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionCompleted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SubscriptionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"SubscriptionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"}],\"name\":\"SubscriptionCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"id\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"SubscriptionFulfilled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELIVERY_OVERHEAD_WEI\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"}],\"name\":\"cancelSubscription\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"containerId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"}],\"name\":\"createSubscription\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deliveryInterval\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"deliverCompute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"activeAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"getSubscriptionInterval\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"id\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"}],\"name\":\"intervalContext\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"nodeResponded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"programIds\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"redundancyCount\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"subscriptions\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"activeAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"containerId\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a06040525f805463ffffffff19166001179055348015601d575f5ffd5b50604051611cbd380380611cbd833981016040819052603a91604a565b6001600160a01b03166080526075565b5f602082840312156059575f5ffd5b81516001600160a01b0381168114606e575f5ffd5b9392505050565b608051611c296100945f395f81816101690152610ee80152611c295ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063836a6cc91161006e578063836a6cc9146101a357806390b04c15146101b6578063af640d0f146101cd578063afffb3ff146101dc578063bc85694f146101fb578063f837232f14610231575f5ffd5b8063298f7bdc146100b557806331e451a9146100ec5780634d9bf22f146101015780636e0213321461012957806373fb5c3a1461013c5780637b10399914610164575b5f5ffd5b6100d76100c3366004611365565b60016020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6100ff6100fa36600461138f565b61028d565b005b61011461010f3660046114c3565b61031e565b60405163ffffffff90911681526020016100e3565b6100ff61013736600461158f565b610586565b61014f61014a36600461138f565b6106b2565b6040516100e399989796959493929190611679565b61018b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e3565b6101146101b13660046116fc565b610832565b6101bf61dd1881565b6040519081526020016100e3565b5f546101149063ffffffff1681565b6101bf6101ea36600461138f565b60046020525f908152604090205481565b61021e610209366004611365565b60026020525f908152604090205461ffff1681565b60405161ffff90911681526020016100e3565b61024461023f3660046116fc565b61087f565b6040805182516001600160401b0390811682526020808501518216908301528383015116918101919091526060918201516001600160a01b0316918101919091526080016100e3565b63ffffffff81165f908152600360205260409020546001600160a01b031633146102ca5760405163a7fba71160e01b815260040160405180910390fd5b63ffffffff81165f81815260036020526040808220805463ffffffff60a01b191663ffffffff60a01b179055517ff4126e31c182db4c4109605c6d50470fc7e8ca90d62d44fd25cbe049fb9cac3e9190a250565b5f61010087111561034a57604051630841f3ab60e01b8152600481018890526024015b60405180910390fd5b5f6103548a61094e565b905061035f81610ae9565b505f5460408051610120810190915233815263ffffffff90911690602081016103888742611741565b63ffffffff1681526020018663ffffffff1681526020018763ffffffff1681526020018561ffff1681526020018965ffffffffffff1681526020018863ffffffff1681526020018c81526020018b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505063ffffffff80851682526003602090815260409283902085518154928701519487015160608801518516600160e01b026001600160e01b03918616600160c01b02919091166001600160c01b03968616600160a01b026001600160c01b03199095166001600160a01b0390931692909217939093179490941693909317178255608084015160018301805460a087015160c0880151909416600160401b026bffffffff00000000000000001965ffffffffffff909516620100000267ffffffffffffffff1990921661ffff90941693909317179290921617905560e083015190915060028201906104fd90826117ec565b50610100820151600382019061051390826117ec565b50505063ffffffff81165f908152600460205260409020829055610538816001611741565b5f805463ffffffff191663ffffffff928316178155604051918316917f04344ed7a67fec80c444d56ee1cee242f3f75b91fecc8dbce8890069c82eb48e9190a29a9950505050505050505050565b5f5a90505f5f5f6105998c8c8c8c610b31565b9250925092506105af8c838c8c8c8c8c8c610ded565b826001600160a01b031663f8eb7fbd8d8484338f8f8f8f8f8f6040518b63ffffffff1660e01b81526004016105ed9a999897969594939291906118ce565b5f604051808303815f87803b158015610604575f5ffd5b505af1158015610616573d5f5f3e3d5ffd5b5050505063ffffffff8c81165f90815260036020526040902060010154600160401b90041661dd185a6106499087611949565b610653919061195c565b111561067257604051635f48bcd360e11b815260040160405180910390fd5b604051339063ffffffff8e16907fc68fb0ae5cea2793405d29014d881bcda18f67122e0bcd7d0a577e118b64e4c8905f90a3505050505050505050505050565b60036020525f90815260409020805460018201546002830180546001600160a01b0384169463ffffffff600160a01b8604811695600160c01b8104821695600160e01b90910482169461ffff82169465ffffffffffff6201000084041694600160401b909304909316926107259061175d565b80601f01602080910402602001604051908101604052809291908181526020018280546107519061175d565b801561079c5780601f106107735761010080835404028352916020019161079c565b820191905f5260205f20905b81548152906001019060200180831161077f57829003601f168201915b5050505050908060030180546107b19061175d565b80601f01602080910402602001604051908101604052809291908181526020018280546107dd9061175d565b80156108285780601f106107ff57610100808354040283529160200191610828565b820191905f5260205f20905b81548152906001019060200180831161080b57829003601f168201915b5050505050905089565b5f8163ffffffff165f0361084857506001610879565b8163ffffffff168363ffffffff16426108619190611949565b61086b9190611983565b610876906001611741565b90505b92915050565b60408051608080820183525f80835260208084018290528385018290526060840182905263ffffffff87168252600390528390208351918201909352909190806108c7610f6f565b6001600160401b031681528254602090910190600160c01b900463ffffffff166108f2600187611996565b63ffffffff1661090291906119b2565b835461091b9190600160a01b900463ffffffff166119db565b6001600160401b0316815263ffffffff8516602082015291546001600160a01b0316604090920191909152905092915050565b80515f90829060421415806109885750805f81518110610970576109706119fa565b6020910101516001600160f81b031916600360fc1b14155b806109ea5750806001815181106109a1576109a16119fa565b6020910101516001600160f81b031916600f60fb1b148015906109ea5750806001815181106109d2576109d26119fa565b6020910101516001600160f81b031916600b60fb1b14155b15610a085760405163079a7fa360e51b815260040160405180910390fd5b5f60025b6042811015610ae1575f838281518110610a2857610a286119fa565b016020015160f81c90505f60308210801590610a48575060398260ff1611155b15610a5f57610a58603083611a0e565b9050610ac8565b60618260ff1610158015610a77575060668260ff1611155b15610a8757610a58605783611a0e565b60418260ff1610158015610a9f575060468260ff1611155b15610aaf57610a58603783611a0e565b60405163079a7fa360e51b815260040160405180910390fd5b8060ff16600485901b1793505050806001019050610a0c565b509392505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210610b2d57604051631c35841b60e01b815260048101839052602401610341565b5090565b63ffffffff84165f90815260036020526040812080546001600160a01b03169190819083610b7257604051631a00354f60e01b815260040160405180910390fd5b8054600160a01b900463ffffffff1642811115610ba2576040516377dba77f60e11b815260040160405180910390fd5b8154610bbc908290600160c01b900463ffffffff16610832565b825490945063ffffffff808616600160e01b909204161015610bf15760405163ae6704a760e01b815260040160405180910390fd5b8763ffffffff168463ffffffff1614610c1d57604051634db310c360e01b815260040160405180910390fd5b6040805163ffffffff808c1660208301528616918101919091525f9060600160408051601f1981840301815291815281516020928301205f8181526002909352912054600185015461ffff9182169650919250168410610c9057604051632f4ca85b60e01b815260040160405180910390fd5b6040805163ffffffff808d1660208301528716918101919091523360608201525f9060800160408051601f1981840301815291815281516020928301205f818152600190935291205490915060ff1615610cfd576040516388a21e4f60e01b815260040160405180910390fd5b600184015462010000900465ffffffffffff163a1115610d3057604051633415d6ad60e11b815260040160405180910390fd5b836003018054610d3f9061175d565b1580159150610d7d575083600301604051610d5a9190611a27565b60405180910390208989604051610d72929190611a98565b604051809103902014155b15610d9a5760405162a80fb560e51b815260040160405180910390fd5b610da5600186611aa7565b5f928352600260209081526040808520805461ffff191661ffff851617905592845260019081905291909220805460ff19169091179055949993985093965091945050505050565b5f610dfa82840184611adf565b604080516101008101825263ffffffff8c165f90815260046020908152928120548252929350908101610e2d8c8c61087f565b815260200189898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525060408085015160208084019190915260608087015183850152608080880151918501919091528682015163ffffffff16908401528151601f8a0182900482028101820190925288825260a09092019189908990819084018382808284375f920191909152505050915250825160a08401519192506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163ead8cb859190610f1985610f9f565b6040518463ffffffff1660e01b8152600401610f3793929190611b90565b5f6040518083038186803b158015610f4d575f5ffd5b505afa158015610f5f573d5f5f3e3d5ffd5b5050505050505050505050505050565b5f6001600160401b03461115610f9a57604051631063f20160e11b8152466004820152602401610341565b504690565b610fa7611346565b8151610fb290610ae9565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff0000000000000000166001600160401b039092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e08201515161102d90600490611be0565b15611054578160e00151516040516341562d0960e01b815260040161034191815260200190565b61106d8260400151518360e00151518460c001516110dc565b8160036020020152606082015161108390610ae9565b8160046020020152608082015161109990610ae9565b816005602002015260a08201516110af90610ae9565b60c082015260408201516110c7908290600790611149565b6110d78160118460e00151611149565b919050565b5f61010084111561110357604051630841f3ab60e01b815260048101859052602401610341565b61010083111561112957604051630841f3ab60e01b815260048101849052602401610341565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f61115382611199565b90505f5b600a8110156111925761116a82826111ef565b85611175838761195c565b601b8110611185576111856119fa565b6020020152600101611157565b5050505050565b80515f906101008111156111c357604051630841f3ab60e01b815260048101829052602401610341565b60405191505f5b6101208110156111e1575f838201526020016111ca565b508060208401835e50919050565b601c81028201515f906001600160e01b0361133d825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b604051806103600160405280601b906020820280368337509192915050565b5f60208284031215611375575f5ffd5b5035919050565b803563ffffffff811681146110d7575f5ffd5b5f6020828403121561139f575f5ffd5b6108768261137c565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156113de576113de6113a8565b60405290565b5f5f6001600160401b038411156113fd576113fd6113a8565b50604051601f19601f85018116603f011681018181106001600160401b038211171561142b5761142b6113a8565b604052838152905080828401851015611442575f5ffd5b838360208301375f60208583010152509392505050565b5f5f83601f840112611469575f5ffd5b5081356001600160401b0381111561147f575f5ffd5b602083019150836020828501011115611496575f5ffd5b9250929050565b803565ffffffffffff811681146110d7575f5ffd5b803561ffff811681146110d7575f5ffd5b5f5f5f5f5f5f5f5f60e0898b0312156114da575f5ffd5b88356001600160401b038111156114ef575f5ffd5b8901601f81018b136114ff575f5ffd5b61150e8b8235602084016113e4565b98505060208901356001600160401b03811115611529575f5ffd5b6115358b828c01611459565b9098509650611548905060408a0161149d565b945061155660608a0161137c565b935061156460808a0161137c565b925061157260a08a0161137c565b915061158060c08a016114b2565b90509295985092959890939650565b5f5f5f5f5f5f5f5f60a0898b0312156115a6575f5ffd5b6115af8961137c565b97506115bd60208a0161137c565b965060408901356001600160401b038111156115d7575f5ffd5b6115e38b828c01611459565b90975095505060608901356001600160401b03811115611601575f5ffd5b61160d8b828c01611459565b90955093505060808901356001600160401b0381111561162b575f5ffd5b6116378b828c01611459565b999c989b5096995094979396929594505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b038a16815263ffffffff89811660208301528881166040830152878116606083015261ffff8716608083015265ffffffffffff861660a0830152841660c082015261012060e082018190525f906116d99083018561164b565b8281036101008401526116ec818561164b565b9c9b505050505050505050505050565b5f5f6040838503121561170d575f5ffd5b6117168361137c565b91506117246020840161137c565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff81811683821601908111156108795761087961172d565b600181811c9082168061177157607f821691505b60208210810361178f57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156117e757828211156117e757805f5260205f20601f840160051c60208510156117c057505f5b90810190601f840160051c035f5b818110156117e3575f838201556001016117ce565b5050505b505050565b81516001600160401b03811115611805576118056113a8565b61181981611813845461175d565b84611795565b6020601f82116001811461184b575f83156118345750848201515b5f19600385901b1c1916600184901b178455611192565b5f84815260208120601f198516915b8281101561187a578785015182556020948501946001909201910161185a565b508482101561189757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b63ffffffff8b811682528a16602082015261ffff891660408201526001600160a01b038816606082015260e0608082018190525f90611910908301888a6118a6565b82810360a08401526119238187896118a6565b905082810360c08401526119388185876118a6565b9d9c50505050505050505050505050565b818103818111156108795761087961172d565b808201808211156108795761087961172d565b634e487b7160e01b5f52601260045260245ffd5b5f826119915761199161196f565b500490565b63ffffffff82811682821603908111156108795761087961172d565b6001600160401b0381811683821602908116908181146119d4576119d461172d565b5092915050565b6001600160401b0381811683821601908111156108795761087961172d565b634e487b7160e01b5f52603260045260245ffd5b60ff82811682821603908111156108795761087961172d565b5f5f8354611a348161175d565b600182168015611a4b5760018114611a6057611a8d565b60ff1983168652811515820286019350611a8d565b865f5260205f205f5b83811015611a8557815488820152600190910190602001611a69565b505081860193505b509195945050505050565b818382375f9101908152919050565b61ffff81811683821601908111156108795761087961172d565b5f82601f830112611ad0575f5ffd5b610876838335602085016113e4565b5f60208284031215611aef575f5ffd5b81356001600160401b03811115611b04575f5ffd5b820160c08185031215611b15575f5ffd5b611b1d6113bc565b813560ff81168114611b2d575f5ffd5b8152611b3b6020830161137c565b602082015260408281013590820152606080830135908201526080808301359082015260a08201356001600160401b03811115611b76575f5ffd5b611b8286828501611ac1565b60a083015250949350505050565b60ff841681526103a060208201525f611bad6103a083018561164b565b905060408201835f5b601b811015611bd5578151835260209283019290910190600101611bb6565b505050949350505050565b5f82611bee57611bee61196f565b50069056fea264697066735822122001be02fc274664128dbf8d4daa099ffd3a46209650a3884d8b569c99429a546064736f6c63430008250033",
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

// IntervalContext is a free data retrieval call binding the contract method 0xf837232f.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorCaller) IntervalContext(opts *bind.CallOpts, subscriptionId uint32, interval uint32) (StatementContext, error) {
	var out []interface{}
	err := _Coordinator.contract.Call(opts, &out, "intervalContext", subscriptionId, interval)

	if err != nil {
		return *new(StatementContext), err
	}

	out0 := *abi.ConvertType(out[0], new(StatementContext)).(*StatementContext)

	return out0, err

}

// IntervalContext is a free data retrieval call binding the contract method 0xf837232f.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorSession) IntervalContext(subscriptionId uint32, interval uint32) (StatementContext, error) {
	return _Coordinator.Contract.IntervalContext(&_Coordinator.CallOpts, subscriptionId, interval)
}

// IntervalContext is a free data retrieval call binding the contract method 0xf837232f.
//
// Solidity: function intervalContext(uint32 subscriptionId, uint32 interval) view returns((uint64,uint64,uint64,address))
func (_Coordinator *CoordinatorCallerSession) IntervalContext(subscriptionId uint32, interval uint32) (StatementContext, error) {
	return _Coordinator.Contract.IntervalContext(&_Coordinator.CallOpts, subscriptionId, interval)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610e99380380610e9983398101604081905261002e91610082565b6001600160a01b0393841660805260038054949093166001600160a01b03199094169390931790915560a0526001600160401b031660c0526100df565b6001600160a01b038116811461007f575f5ffd5b50565b5f5f5f5f60808587031215610095575f5ffd5b84516100a08161006b565b60208601519094506100b18161006b565b6040860151606087015191945092506001600160401b03811681146100d4575f5ffd5b939692955090935050565b60805160a05160c051610d676101325f395f8181610165015261055f01525f818160d401526104f201525f81816101a1015281816103af0152818161045e015281816105ce01526107ef0152610d675ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80635dd8085511610088578063b94207d311610063578063b94207d31461022c578063bd7084b21461023f578063c072fcad14610247578063f0bb3feb14610266575f5ffd5b80635dd80855146101e557806398154d7c146101fa578063b75880a414610219575f5ffd5b806314df8328146100cf5780631626ba7e14610109578063330d9a031461013557806337680521146101605780633df395a31461019f578063535fb15e146101c5575b5f5ffd5b6100f67f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61011c6101173660046108d2565b610279565b6040516001600160e01b03199091168152602001610100565b600354610148906001600160a01b031681565b6040516001600160a01b039091168152602001610100565b6101877f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610100565b7f0000000000000000000000000000000000000000000000000000000000000000610148565b6101d86101d3366004610919565b610305565b604051610100919061095e565b6101f86101f33660046108d2565b6103a4565b005b6100f6610208366004610919565b60046020525f908152604090205481565b6101f8610227366004610970565b610453565b6100f661023a36600461099d565b6104ec565b610187610591565b6100f6610255366004610919565b5f9081526002602052604090205490565b6101f86102743660046109db565b6105c3565b5f5f6102ba8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061064292505050565b90506001600160a01b038116158015906102e157506003546001600160a01b038281169116145b6102f3576001600160e01b03196102fc565b630b135d3f60e11b5b95945050505050565b5f81815260016020526040902080546060919061032190610a29565b80601f016020809104026020016040519081016040528092919081815260200182805461034d90610a29565b80156103985780601f1061036f57610100808354040283529160200191610398565b820191905f5260205f20905b81548152906001019060200180831161037b57829003601f168201915b50505050509050919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103ed57604051631946677d60e31b815260040160405180910390fd5b5f8080806103fd85870187610a75565b935093509350935061041087848461073b565b63ffffffff84161561042c576104278785836107ad565b61044a565b61044a878280516020918201205f9283526004909152604090912055565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461049c57604051631946677d60e31b815260040160405180910390fd5b5f54600160401b900460ff1615806104c157505f546001600160401b03908116908216115b156104e9575f805468ffffffffffffffffff19166001600160401b03831617600160401b1790555b50565b5f6105887f000000000000000000000000000000000000000000000000000000000000000060405160200161052391815260200190565b60408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f000000000000000000000000000000000000000000000000000000000000000092506107ec915050565b90505b92915050565b5f8054600160401b900460ff166105a85750600190565b5f546105be906001600160401b03166001610b66565b905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461060c57604051631946677d60e31b815260040160405180910390fd5b5f848152600160205260409020610624838583610bdb565b50801561063c575f8481526002602052604090208190555b50505050565b5f815160411461065357505f61058b565b6020820151604083015160608401515f1a601b81101561067b57610678601b82610c95565b90505b8060ff16601b1415801561069357508060ff16601c14155b156106a3575f935050505061058b565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156106d6575f935050505061058b565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610726573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b7f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc170762352682146107a8576040516310a7cd5560e01b81527f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc170762352660048201526024810183905260440160405180910390fd5b505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc83836040516107df929190610cae565b60405180910390a2505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610824610591565b8686866040518563ffffffff1660e01b81526004016108469493929190610ccc565b6020604051808303815f875af1158015610862573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108869190610d1a565b949350505050565b5f5f83601f84011261089e575f5ffd5b5081356001600160401b038111156108b4575f5ffd5b6020830191508360208285010111156108cb575f5ffd5b9250929050565b5f5f5f604084860312156108e4575f5ffd5b8335925060208401356001600160401b03811115610900575f5ffd5b61090c8682870161088e565b9497909650939450505050565b5f60208284031215610929575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6105886020830184610930565b5f60208284031215610980575f5ffd5b81356001600160401b0381168114610996575f5ffd5b9392505050565b5f5f602083850312156109ae575f5ffd5b82356001600160401b038111156109c3575f5ffd5b6109cf8582860161088e565b90969095509350505050565b5f5f5f5f606085870312156109ee575f5ffd5b8435935060208501356001600160401b03811115610a0a575f5ffd5b610a168782880161088e565b9598909750949560400135949350505050565b600181811c90821680610a3d57607f821691505b602082108103610a5b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610a88575f5ffd5b843563ffffffff81168114610a9b575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115610ac3575f5ffd5b8501601f81018713610ad3575f5ffd5b80356001600160401b03811115610aec57610aec610a61565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610b1a57610b1a610a61565b604052818152828201602001891015610b31575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561058b5761058b610b52565b601f8211156107a857828211156107a857805f5260205f20601f840160051c6020851015610bb057505f5b90810190601f840160051c035f5b81811015610bd3575f83820155600101610bbe565b505050505050565b6001600160401b03831115610bf257610bf2610a61565b610c0683610c008354610a29565b83610b85565b5f601f841160018114610c37575f8515610c205750838201355b5f19600387901b1c1916600186901b178355610c8e565b5f83815260208120601f198716915b82811015610c665786850135825560209485019460019092019101610c46565b5086821015610c82575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60ff818116838216019081111561058b5761058b610b52565b63ffffffff83168152604060208201525f6108866040830184610930565b6001600160401b0385168152608060208201525f610ced6080830186610930565b8281036040840152610cff8186610930565b9150506001600160401b038316606083015295945050505050565b5f60208284031215610d2a575f5ffd5b505191905056fea26469706673582212209e95b7cbfb296214113de5b899144872497164c1bdf13597e1b6c028c6be09ac64736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"ChainIdTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOperatorSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidProgramID\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"JobIDMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"MaxCyclesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobConsumerOrOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"OffchainInputHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"OnchainInputHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OnchainInputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ProgramIDMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"ProofClassTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StateRootMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMaxCycles\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"JobCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"required\",\"type\":\"bool\"}],\"name\":\"OperatorConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"x\",\"type\":\"uint64\"}],\"name\":\"ceilLog2\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getJobContext\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"}],\"internalType\":\"structStatement.Context\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getJobMetadata\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"programID\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"consumer\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structJobMetadata\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorSignatureRequired\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractVerifierRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"required\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"resultWithMetadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"offchainResultWithMetadata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatureOnResult\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"jobRequest\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatureOnRequest\",\"type\":\"bytes\"}],\"name\":\"submitResultForOffchainJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051612ab6380380612ab683398101604081905261002e91610097565b6001600160a01b038281166080525f80546001600160a01b03191691831691821781556040517f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350506100cf565b6001600160a01b0381168114610094575f5ffd5b50565b5f5f604083850312156100a8575f5ffd5b82516100b381610080565b60208401519092506100c481610080565b809150509250929050565b6080516129ba6100fc5f395f818161019901528181610be50152818161113b015261154501526129ba5ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80637b10399911610088578063a8f63fb611610063578063a8f63fb614610229578063ea2534871461024a578063f2fde38b1461025d578063f4c6727914610270575f5ffd5b80637b103999146101945780638da5cb5b146101bb578063a17cbeba146101cd575f5ffd5b80630b827bfc146100cf57806347c98ca6146100f857806349de7a201461011c578063558a729714610141578063570ca735146101565780635fae145014610181575b5f5ffd5b6100e26100dd366004611d66565b610283565b6040516100ef9190611dab565b60405180910390f35b60015461010c90600160a01b900460ff1681565b60405190151581526020016100ef565b61012f61012a366004611e1a565b61034e565b60405160ff90911681526020016100ef565b61015461014f366004611e50565b61037c565b005b600154610169906001600160a01b031681565b6040516001600160a01b0390911681526020016100ef565b61015461018f366004611d66565b610412565b6101697f000000000000000000000000000000000000000000000000000000000000000081565b5f54610169906001600160a01b031681565b6101e06101db366004611d66565b6104f9565b6040805182516001600160401b0390811682526020808501518216908301528383015116918101919091526060918201516001600160a01b0316918101919091526080016100ef565b61023c610237366004611ecd565b6105ba565b6040519081526020016100ef565b610154610258366004611f5a565b610900565b61015461026b366004611fc4565b610d64565b61015461027e366004611fdd565b610de7565b6040805160808101825260608082525f602083018190529282018390528101919091525f8281526002602052604081206001810154909190600160e01b900460ff16156102ed578154604080516020810192909252016040516020818303038152906040526102fd565b60405180602001604052805f8152505b60408051608081018252918252600193909301546001600160401b0381166020830152600160401b81046001600160a01b031693820193909352600160e01b90920460ff1660608301525092915050565b5f5b6001600160401b038216600160ff83161b101561037757610370816120bb565b9050610350565b919050565b5f546001600160a01b031633146103a6576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0384166001600160a81b03199091168117600160a01b841515908102919091179092556040805191825260208201929092527f4fb3d2396e1561fe8c0f5a2703699971f2c6db6fad8bb99f4cbc2696b31cea2f910160405180910390a15050565b5f8181526002602052604090206001810154600160401b90046001600160a01b0316331480159061044d57505f546001600160a01b03163314155b1561046b5760405163b7dd11c560e01b815260040160405180910390fd5b600181810154600160e01b900460ff16146104b657600181015460405163eb38cf8b60e01b815260048101849052600160e01b90910460ff1660248201526044015b60405180910390fd5b60018101805460ff60e01b1916600160e11b17905560405182907f9ccc861eaec2aceb9488758b457d6274b344707bc4e961cbaefacd208025410f905f90a25050565b604080516080810182525f8082526020820181905291810182905260608101919091525f82815260026020526040812060018101549091600160e01b90910460ff16900361055d5760405163c182b72d60e01b8152600481018490526024016104ad565b60405180608001604052806105706113e8565b6001600160401b0390811682526002840154600160401b8082048316602085015291166040830152600190930154929092046001600160a01b031660609092019190915292915050565b5f5f6105fa87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061141892505050565b9050826001600160401b03165f0361062557604051635a0f079360e11b815260040160405180910390fd5b61010084111561064b57604051633421f91960e11b8152600481018590526024016104ad565b873360405160200161065e9291906120d9565b60408051808303601f1901815291815281516020928301205f8181526002909352912060010154909250600160e01b900460ff16156106b35760405163b6a8d58360e01b8152600481018390526024016104ad565b6040518060c00160405280828152602001846001600160401b03168152602001336001600160a01b03168152602001600160ff168152602001896001600160401b03168152602001426001600160401b031681525060025f8481526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060408201518160010160086101000a8154816001600160a01b0302191690836001600160a01b03160217905550606082015181600101601c6101000a81548160ff021916908360ff1602179055506080820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160020160086101000a8154816001600160401b0302191690836001600160401b03160217905550905050336001600160a01b0316886001600160401b0316837f6746f3d160e2aee55f5b75a72021b8b806113443f64eed235b5f69af10d4890b868b8b8b8b604051610843959493929190612130565b60405180910390a460405163f0bb3feb60e01b8152339063f0bb3feb90610874908590899089905f90600401612171565b5f604051808303815f87803b15801561088b575f5ffd5b505af115801561089d573d5f5f3e3d5ffd5b5050604051632dd6202960e21b81526001600160401b038b16600482015233925063b75880a491506024015f604051808303815f87803b1580156108df575f5ffd5b505af11580156108f1573d5f5f3e3d5ffd5b50505050509695505050505050565b61090c8484848461144f565b5f610919848601866122f4565b80515f908152600260205260408120600181015492935091600160e01b900460ff169081900361096257825160405163c182b72d60e01b815260048101919091526024016104ad565b60ff811660011461099557825160405163eb38cf8b60e01b8152600481019190915260ff821660248201526044016104ad565b5f6109a38460600151611418565b835490915081146109d4578254604051639dfe4d0160e01b81526004810191909152602481018290526044016104ad565b600183015460408501516001600160401b03908116911614610a26576001830154604085810151905163ddcbe47760e01b81526001600160401b039283166004820152911660248201526044016104ad565b600183015484516040516329afd8af60e11b81526004810191909152600160401b9091046001600160a01b0316905f90829063535fb15e906024015f60405180830381865afa158015610a7b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610aa29190810190612412565b90505f8180519060200120905086602001518114610ae357602087015160405163f46c8f7b60e01b81526104ad918391600401918252602082015260400190565b610af6876101000151886040015161152a565b5f6040518061010001604052808681526020016040518060800160405280610b1c6113e8565b6001600160401b031681526020018a60020160089054906101000a90046001600160401b03166001600160401b031681526020018a6002015f9054906101000a90046001600160401b03166001600160401b03168152602001876001600160a01b031681525081526020018481526020017f2b9052447e1af28eb3544dbbc79dd175fa59bcd019206f59878863999f6fe1605f1b81526020018960c0015181526020018960e0015181526020018960a0015163ffffffff168152602001896080015181525090507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ead8cb858961010001518a6101200151610c27856115fe565b6040518463ffffffff1660e01b8152600401610c4593929190612486565b5f6040518083038186803b158015610c5b575f5ffd5b505afa158015610c6d573d5f5f3e3d5ffd5b5050505060018701805460ff60e01b1916600360e01b179055875160808901516040517f18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f91610cbb916124d6565b60405180910390a2836001600160a01b0316635dd80855895f01518a60a001518b60c001518c60e001518d60800151604051602001610cfd94939291906124e8565b6040516020818303038152906040526040518363ffffffff1660e01b8152600401610d2992919061251c565b5f604051808303815f87803b158015610d40575f5ffd5b505af1158015610d52573d5f5f3e3d5ffd5b50505050505050505050505050505050565b5f546001600160a01b03163314610d8e576040516330cd747160e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b610df38888888861144f565b5f610e008486018661253c565b9050610e13816040015186868686611736565b5f610e20898b018b61268e565b90505f825f01518360400151604051602001610e3d9291906120d9565b60405160208183030381529060405280519060200120905080825f015114610e85578151604051633bec687360e11b81526104ad918391600401918252602082015260400190565b5f81815260026020526040902060010154600160e01b900460ff1615610ec15760405163b6a8d58360e01b8152600481018290526024016104ad565b5f610ecf8460600151611418565b90505f610edf8460800151611418565b9050818114610f0b57604051639dfe4d0160e01b815260048101839052602481018290526044016104ad565b84602001516001600160401b03165f03610f3857604051635a0f079360e11b815260040160405180910390fd5b84602001516001600160401b031684606001516001600160401b031614610f8f576020850151606085015160405163ddcbe47760e01b81526001600160401b039283166004820152911660248201526044016104ad565b6101008560800151511115610fc057846080015151604051633421f91960e11b81526004016104ad91815260200190565b6080850151805160209182012090850151811461100057602085015160405163f46c8f7b60e01b81526104ad918391600401918252602082015260400190565b8560a0015185604001511461103a5760a086015160408087015190516261720b60e41b8152600481019290925260248201526044016104ad565b8560c00151856101000151146110775760c08601516101008601516040516337f04d4160e01b8152600481019290925260248201526044016104ad565b61108a856101400151866060015161152a565b5f60405180610100016040528085815260200160405180608001604052806110b06113e8565b6001600160401b031681526020015f6001600160401b031681526020018a5f01516001600160401b031681526020018a604001516001600160a01b03168152508152602001886080015181526020018860a001518152602001876101000151815260200187610120015181526020018760e0015163ffffffff1681526020018760a0015181525090507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ead8cb8587610140015188610160015161117d856115fe565b6040518463ffffffff1660e01b815260040161119b93929190612486565b5f6040518083038186803b1580156111b1575f5ffd5b505afa1580156111c3573d5f5f3e3d5ffd5b5050505f86815260026020818152604092839020888155908b01516001820180548d8601516001600160401b039384166001600160e01b031990921691909117600160401b6001600160a01b039092169182021760ff60e01b1916600360e01b179091558c51938301805467ffffffffffffffff19169490921693909317905560808b015160a08c0151935163f0bb3feb60e01b8152919450919263f0bb3feb92611273928b92906004016127e2565b5f604051808303815f87803b15801561128a575f5ffd5b505af115801561129c573d5f5f3e3d5ffd5b5050505060408881015189519151632dd6202960e21b81526001600160401b0390921660048301526001600160a01b03169063b75880a4906024015f604051808303815f87803b1580156112ee575f5ffd5b505af1158015611300573d5f5f3e3d5ffd5b50505050857f18ce2a004e7924f4cafa86a73b66181a8015d42237947bf984673fd623ac644f8860a0015160405161133891906124d6565b60405180910390a287604001516001600160a01b0316635dd80855878960e001518a61010001518b61012001518c60a0015160405160200161137d94939291906124e8565b6040516020818303038152906040526040518363ffffffff1660e01b81526004016113a992919061251c565b5f604051808303815f87803b1580156113c0575f5ffd5b505af11580156113d2573d5f5f3e3d5ffd5b5050505050505050505050505050505050505050565b5f6001600160401b0346111561141357604051631063f20160e11b81524660048201526024016104ad565b504690565b5f8151602014611440578151604051637777d00d60e11b81526004016104ad91815260200190565b6114498261280a565b92915050565b600154600160a01b900460ff1615611524575f6114de6114a386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061186c92505050565b84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506118a692505050565b90506001600160a01b038116158061150457506001546001600160a01b03828116911614155b1561152257604051632616a48960e11b815260040160405180910390fd5b505b50505050565b6115338161034e565b60ff168260ff1611611543575050565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166193306040518163ffffffff1660e01b8152600401602060405180830381865afa15801561159d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115c1919061282d565b60ff168260ff16036115d1575050565b6040516304f106f560e21b815260ff831660048201526001600160401b03821660248201526044016104ad565b611606611d47565b81516116119061199f565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff0000000000000000166001600160401b039092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e08201515161168c90600490612870565b156116b3578160e00151516040516341562d0960e01b81526004016104ad91815260200190565b6116cc8260400151518360e00151518460c001516119e7565b816003602002015260608201516116e29061199f565b816004602002015260808201516116f89061199f565b816005602002015260a082015161170e9061199f565b60c08201526040820151611726908290600790611a54565b6103778160118460e00151611a54565b5f61177585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061186c92505050565b90505f5f876001600160a01b031683868660405160240161179893929190612883565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b179052516117cd91906128bc565b5f60405180830381855afa9150503d805f8114611805576040519150601f19603f3d011682016040523d82523d5f602084013e61180a565b606091505b509150915081158061181d575060208151105b8061184457508051630b135d3f60e11b9061184190830160209081019084016128c7565b14155b15611862576040516339c8fb4b60e21b815260040160405180910390fd5b5050505050505050565b5f6118778251611a9d565b826040516020016118899291906128de565b604051602081830303815290604052805190602001209050919050565b5f81516041146118b757505f611449565b6020820151604083015160608401515f1a601b8110156118df576118dc601b82612918565b90505b8060ff16601b141580156118f757508060ff16601c14155b15611907575f9350505050611449565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561193a575f9350505050611449565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561198a573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182106119e357604051631c35841b60e01b8152600481018390526024016104ad565b5090565b5f610100841115611a0e57604051630841f3ab60e01b8152600481018590526024016104ad565b610100831115611a3457604051630841f3ab60e01b8152600481018490526024016104ad565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f611a5e82611b9a565b90505f5b600a81101561152257611a758282611bf0565b85611a808387612931565b601b8110611a9057611a90612848565b6020020152600101611a62565b6060815f03611ac35750506040805180820190915260018152600360fc1b602082015290565b5f825b8015611ae957611ad582612944565b9150611ae2600a8261295c565b9050611ac6565b50806001600160401b03811115611b0257611b0261219b565b6040519080825280601f01601f191660200182016040528015611b2c576020820181803683370190505b5091505b8215611b9457611b41600a84612870565b611b4c906030612931565b60f81b82611b598361296f565b92508281518110611b6c57611b6c612848565b60200101906001600160f81b03191690815f1a905350611b8d600a8461295c565b9250611b30565b50919050565b80515f90610100811115611bc457604051630841f3ab60e01b8152600481018290526024016104ad565b60405191505f5b610120811015611be2575f83820152602001611bcb565b508060208401835e50919050565b601c81028201515f906001600160e01b03611d3e825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b604051806103600160405280601b906020820280368337509192915050565b5f60208284031215611d76575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f825160806020840152611dc660a0840182611d7d565b90506001600160401b03602085015116604084015260018060a01b03604085015116606084015260ff60608501511660808401528091505092915050565b80356001600160401b0381168114610377575f5ffd5b5f60208284031215611e2a575f5ffd5b611e3382611e04565b9392505050565b80356001600160a01b0381168114610377575f5ffd5b5f5f60408385031215611e61575f5ffd5b611e6a83611e3a565b915060208301358015158114611e7e575f5ffd5b809150509250929050565b5f5f83601f840112611e99575f5ffd5b5081356001600160401b03811115611eaf575f5ffd5b602083019150836020828501011115611ec6575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215611ee2575f5ffd5b611eeb87611e04565b955060208701356001600160401b03811115611f05575f5ffd5b611f1189828a01611e89565b90965094505060408701356001600160401b03811115611f2f575f5ffd5b611f3b89828a01611e89565b9094509250611f4e905060608801611e04565b90509295509295509295565b5f5f5f5f60408587031215611f6d575f5ffd5b84356001600160401b03811115611f82575f5ffd5b611f8e87828801611e89565b90955093505060208501356001600160401b03811115611fac575f5ffd5b611fb887828801611e89565b95989497509550505050565b5f60208284031215611fd4575f5ffd5b611e3382611e3a565b5f5f5f5f5f5f5f5f6080898b031215611ff4575f5ffd5b88356001600160401b03811115612009575f5ffd5b6120158b828c01611e89565b90995097505060208901356001600160401b03811115612033575f5ffd5b61203f8b828c01611e89565b90975095505060408901356001600160401b0381111561205d575f5ffd5b6120698b828c01611e89565b90955093505060608901356001600160401b03811115612087575f5ffd5b6120938b828c01611e89565b999c989b5096995094979396929594505050565b634e487b7160e01b5f52601160045260245ffd5b5f60ff821660ff81036120d0576120d06120a7565b60010192915050565b60c09290921b6001600160c01b031916825260601b6bffffffffffffffffffffffff19166008820152601c0190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0386168152606060208201525f612152606083018688612108565b8281036040840152612165818587612108565b98975050505050505050565b848152606060208201525f61218a606083018587612108565b905082604083015295945050505050565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b03811182821017156121d2576121d261219b565b60405290565b60405160e081016001600160401b03811182821017156121d2576121d261219b565b60405161018081016001600160401b03811182821017156121d2576121d261219b565b604051601f8201601f191681016001600160401b03811182821017156122455761224561219b565b604052919050565b5f6001600160401b038211156122655761226561219b565b50601f01601f191660200190565b5f82601f830112612282575f5ffd5b81356122956122908261224d565b61221d565b8181528460208386010111156122a9575f5ffd5b816020850160208301375f918101602001919091529392505050565b803563ffffffff81168114610377575f5ffd5b60ff811681146122e6575f5ffd5b50565b8035610377816122d8565b5f60208284031215612304575f5ffd5b81356001600160401b03811115612319575f5ffd5b8201610140818503121561232b575f5ffd5b6123336121af565b813581526020808301359082015261234d60408301611e04565b604082015260608201356001600160401b0381111561236a575f5ffd5b61237686828501612273565b60608301525060808201356001600160401b03811115612394575f5ffd5b6123a086828501612273565b6080830152506123b260a083016122c5565b60a082015260c0828101359082015260e080830135908201526123d861010083016122e9565b6101008201526101208201356001600160401b038111156123f7575f5ffd5b61240386828501612273565b61012083015250949350505050565b5f60208284031215612422575f5ffd5b81516001600160401b03811115612437575f5ffd5b8201601f81018413612447575f5ffd5b80516124556122908261224d565b818152856020838501011115612469575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b60ff841681526103a060208201525f6124a36103a0830185611d7d565b905060408201835f5b601b8110156124cb5781518352602092830192909101906001016124ac565b505050949350505050565b602081525f611e336020830184611d7d565b63ffffffff85168152836020820152826040820152608060608201525f6125126080830184611d7d565b9695505050505050565b828152604060208201525f6125346040830184611d7d565b949350505050565b5f6020828403121561254c575f5ffd5b81356001600160401b03811115612561575f5ffd5b820160e08185031215612572575f5ffd5b61257a6121d8565b61258382611e04565b815261259160208301611e04565b60208201526125a260408301611e3a565b604082015260608201356001600160401b038111156125bf575f5ffd5b6125cb86828501612273565b60608301525060808201356001600160401b038111156125e9575f5ffd5b6125f586828501612273565b60808301525060a0828101359082015260c091820135918101919091529392505050565b5f82601f830112612628575f5ffd5b81356001600160401b038111156126415761264161219b565b8060051b6126516020820161221d565b9182526020818501810192908101908684111561266c575f5ffd5b6020860192505b83831015612512578235825260209283019290910190612673565b5f6020828403121561269e575f5ffd5b81356001600160401b038111156126b3575f5ffd5b820161018081850312156126c5575f5ffd5b6126cd6121fa565b8135815260208083013590820152604080830135908201526126f160608301611e04565b606082015260808201356001600160401b0381111561270e575f5ffd5b61271a86828501612273565b60808301525060a08201356001600160401b03811115612738575f5ffd5b61274486828501612273565b60a08301525060c08201356001600160401b03811115612762575f5ffd5b61276e86828501612619565b60c08301525061278060e083016122c5565b60e0820152610100828101359082015261012080830135908201526127a861014083016122e9565b6101408201526101608201356001600160401b038111156127c7575f5ffd5b6127d386828501612273565b61016083015250949350505050565b838152606060208201525f6127fa6060830185611d7d565b9050826040830152949350505050565b80516020808301519190811015611b94575f1960209190910360031b1b16919050565b5f6020828403121561283d575f5ffd5b8151611e33816122d8565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f8261287e5761287e61285c565b500690565b838152604060208201525f61289c604083018486612108565b95945050505050565b5f81518060208401855e5f93019283525090919050565b5f611e3382846128a5565b5f602082840312156128d7575f5ffd5b5051919050565b7f19457468657265756d205369676e6564204d6573736167653a0a00000000000081525f612534612912601a8401866128a5565b846128a5565b60ff8181168382160190811115611449576114496120a7565b80820180821115611449576114496120a7565b5f60018201612955576129556120a7565b5060010190565b5f8261296a5761296a61285c565b500490565b5f8161297d5761297d6120a7565b505f19019056fea264697066735822122047edafa9c90c463b6a07fc1073de96227201d996734d459a21fe65a23892236564736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Output\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"exitCodes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputHashes\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161118138038061118183398101604081905261002e91610082565b6001600160a01b0393841660805260038054949093166001600160a01b03199094169390931790915560a0526001600160401b031660c0526100df565b6001600160a01b038116811461007f575f5ffd5b50565b5f5f5f5f60808587031215610095575f5ffd5b84516100a08161006b565b60208601519094506100b18161006b565b6040860151606087015191945092506001600160401b03811681146100d4575f5ffd5b939692955090935050565b60805160a05160c05161104761013a5f395f8181610195015261067201525f8181610104015261060501525f81816101d10152818161043f01528181610571015281816106ec0152818161075901526109d701526110475ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806398154d7c11610093578063bd7084b211610063578063bd7084b2146102bc578063c072fcad146102c4578063c4d252f5146102e3578063f0bb3feb146102f6575f5ffd5b806398154d7c14610264578063ae0c211a14610283578063b75880a414610296578063b94207d3146102a9575f5ffd5b80633df395a3116100ce5780633df395a3146101cf578063535fb15e146101f55780635dd8085514610215578063623587e31461022a575f5ffd5b806314df8328146100ff5780631626ba7e14610139578063330d9a03146101655780633768052114610190575b5f5ffd5b6101267f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61014c610147366004610af9565b610309565b6040516001600160e01b03199091168152602001610130565b600354610178906001600160a01b031681565b6040516001600160a01b039091168152602001610130565b6101b77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610130565b7f0000000000000000000000000000000000000000000000000000000000000000610178565b610208610203366004610b40565b610395565b6040516101309190610b85565b610228610223366004610af9565b610434565b005b61024f610238366004610b40565b60066020525f908152604090205463ffffffff1681565b60405163ffffffff9091168152602001610130565b610126610272366004610b40565b60056020525f908152604090205481565b610208610291366004610b40565b6104cf565b6102286102a4366004610b97565b610566565b6101266102b7366004610bc4565b6105ff565b6101b76106a4565b6101266102d2366004610b40565b5f9081526002602052604090205490565b6102286102f1366004610b40565b6106d6565b610228610304366004610c02565b61074e565b5f5f61034a8585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506107cd92505050565b90506001600160a01b0381161580159061037157506003546001600160a01b038281169116145b610383576001600160e01b031961038c565b630b135d3f60e11b5b95945050505050565b5f8181526001602052604090208054606091906103b190610c50565b80601f01602080910402602001604051908101604052809291908181526020018280546103dd90610c50565b80156104285780601f106103ff57610100808354040283529160200191610428565b820191905f5260205f20905b81548152906001019060200180831161040b57829003601f168201915b50505050509050919050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461047d57604051631946677d60e31b815260040160405180910390fd5b5f80808061048d85870187610c9c565b93509350935093506104a08784846108c6565b63ffffffff8416156104bc576104b7878583610938565b6104c6565b6104c68782610963565b50505050505050565b60046020525f9081526040902080546104e790610c50565b80601f016020809104026020016040519081016040528092919081815260200182805461051390610c50565b801561055e5780601f106105355761010080835404028352916020019161055e565b820191905f5260205f20905b81548152906001019060200180831161054157829003601f168201915b505050505081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105af57604051631946677d60e31b815260040160405180910390fd5b5f54600160401b900460ff1615806105d457505f546001600160401b03908116908216115b156105fc575f805468ffffffffffffffffff19166001600160401b03831617600160401b1790555b50565b5f61069b7f000000000000000000000000000000000000000000000000000000000000000060405160200161063691815260200190565b60408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f000000000000000000000000000000000000000000000000000000000000000092506109d4915050565b90505b92915050565b5f8054600160401b900460ff166106bb5750600190565b5f546106d1906001600160401b03166001610d8d565b905090565b6040516305fae14560e41b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690635fae1450906024015f604051808303815f87803b158015610735575f5ffd5b505af1158015610747573d5f5f3e3d5ffd5b5050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461079757604051631946677d60e31b815260040160405180910390fd5b5f8481526001602052604090206107af838583610e02565b5080156107c7575f8481526002602052604090208190555b50505050565b5f81516041146107de57505f61069e565b6020820151604083015160608401515f1a601b81101561080657610803601b82610ebb565b90505b8060ff16601b1415801561081e57508060ff16601c14155b1561082e575f935050505061069e565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115610861575f935050505061069e565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156108b1573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b7f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc17076235268214610933576040516310a7cd5560e01b81527f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc170762352660048201526024810183905260440160405180910390fd5b505050565b5f838152600660205260409020805463ffffffff191663ffffffff8416179055610933838383610a76565b5f82815260046020526040902061097a8282610ed4565b50808051906020012060055f8481526020019081526020015f2081905550817f259894165014e940d4a85a2e87eacf371b0fa30deb49095ec1318c6b1c4721d7826040516109c89190610b85565b60405180910390a25050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb6610a0c6106a4565b8686866040518563ffffffff1660e01b8152600401610a2e9493929190610f8e565b6020604051808303815f875af1158015610a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6e9190610fdc565b949350505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610aa8929190610ff3565b60405180910390a2505050565b5f5f83601f840112610ac5575f5ffd5b5081356001600160401b03811115610adb575f5ffd5b602083019150836020828501011115610af2575f5ffd5b9250929050565b5f5f5f60408486031215610b0b575f5ffd5b8335925060208401356001600160401b03811115610b27575f5ffd5b610b3386828701610ab5565b9497909650939450505050565b5f60208284031215610b50575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61069b6020830184610b57565b5f60208284031215610ba7575f5ffd5b81356001600160401b0381168114610bbd575f5ffd5b9392505050565b5f5f60208385031215610bd5575f5ffd5b82356001600160401b03811115610bea575f5ffd5b610bf685828601610ab5565b90969095509350505050565b5f5f5f5f60608587031215610c15575f5ffd5b8435935060208501356001600160401b03811115610c31575f5ffd5b610c3d87828801610ab5565b9598909750949560400135949350505050565b600181811c90821680610c6457607f821691505b602082108103610c8257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610caf575f5ffd5b843563ffffffff81168114610cc2575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115610cea575f5ffd5b8501601f81018713610cfa575f5ffd5b80356001600160401b03811115610d1357610d13610c88565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610d4157610d41610c88565b604052818152828201602001891015610d58575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561069e5761069e610d79565b601f821115610933578282111561093357805f5260205f20601f840160051c6020851015610dd757505f5b90810190601f840160051c035f5b81811015610dfa575f83820155600101610de5565b505050505050565b6001600160401b03831115610e1957610e19610c88565b610e2d83610e278354610c50565b83610dac565b5f601f841160018114610e5e575f8515610e475750838201355b5f19600387901b1c1916600186901b178355610747565b5f83815260208120601f198716915b82811015610e8d5786850135825560209485019460019092019101610e6d565b5086821015610ea9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff818116838216019081111561069e5761069e610d79565b81516001600160401b03811115610eed57610eed610c88565b610f0181610efb8454610c50565b84610dac565b6020601f821160018114610f33575f8315610f1c5750848201515b5f19600385901b1c1916600184901b178455610747565b5f84815260208120601f198516915b82811015610f625787850151825560209485019460019092019101610f42565b5084821015610f7f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b0385168152608060208201525f610faf6080830186610b57565b8281036040840152610fc18186610b57565b9150506001600160401b038316606083015295945050505050565b5f60208284031215610fec575f5ffd5b5051919050565b63ffffffff83168152604060208201525f610a6e6040830184610b5756fea2646970667358221220ba3e4bb0b1b637ad7242863409a13bafa120721d0abb00da1863bbb5f4a2adde64736f6c63430008250033",
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
// Solidity: function request(bytes input) returns(bytes32)
func (_OutputConsumer *OutputConsumerTransactor) Request(opts *bind.TransactOpts, input []byte) (*types.Transaction, error) {
	return _OutputConsumer.contract.Transact(opts, "request", input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
func (_OutputConsumer *OutputConsumerSession) Request(input []byte) (*types.Transaction, error) {
	return _OutputConsumer.Contract.Request(&_OutputConsumer.TransactOpts, input)
}

// Request is a paid mutator transaction binding the contract method 0xb94207d3.
//
// Solidity: function request(bytes input) returns(bytes32)
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

// SquareRootConsumerMetaData contains all meta data concerning the SquareRootConsumer contract.
var SquareRootConsumerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"number\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"root\",\"type\":\"uint32\"}],\"name\":\"SquareRoot\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"known\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"numberForJob\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"number\",\"type\":\"uint32\"}],\"name\":\"requestSquareRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"squareRoots\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610e8a380380610e8a83398101604081905261002e91610050565b6001600160a01b0390921660805260a0526001600160401b031660c0526100a6565b5f5f5f60608486031215610062575f5ffd5b83516001600160a01b0381168114610078575f5ffd5b6020850151604086015191945092506001600160401b038116811461009b575f5ffd5b809150509250925092565b60805160a05160c051610d906100fa5f395f818161014001526103f901525f818161010b015261034a01525f818161018701528181610452015281816104ed015281816105b8015261062f0152610d905ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80635436964c11610088578063b75880a411610063578063b75880a414610258578063bd7084b21461026b578063c072fcad14610273578063f0bb3feb14610292575f5ffd5b80635436964c1461020b57806355a3b5761461021e5780635dd8085514610243575f5ffd5b8063128accc2146100cf57806314df832814610106578063376805211461013b5780633df395a31461017a578063535fb15e146101b157806353dc5f35146101d1575b5f5ffd5b6100f16100dd3660046108ed565b60056020525f908152604090205460ff1681565b60405190151581526020015b60405180910390f35b61012d7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100fd565b6101627f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016100fd565b6040516001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001681526020016100fd565b6101c46101bf36600461090d565b6102a5565b6040516100fd9190610952565b6101f66101df3660046108ed565b60046020525f908152604090205463ffffffff1681565b60405163ffffffff90911681526020016100fd565b61012d6102193660046108ed565b610344565b6101f661022c36600461090d565b60036020525f908152604090205463ffffffff1681565b6102566102513660046109a8565b610447565b005b6102566102663660046109ef565b6104e2565b61016261057b565b61012d61028136600461090d565b5f9081526002602052604090205490565b6102566102a0366004610a15565b6105ad565b5f8181526001602052604090208054606091906102c190610a63565b80601f01602080910402602001604051908101604052809291908181526020018280546102ed90610a63565b80156103385780601f1061030f57610100808354040283529160200191610338565b820191905f5260205f20905b81548152906001019060200180831161031b57829003601f168201915b50505050509050919050565b5f61041d7f000000000000000000000000000000000000000000000000000000000000000060405160200161037b91815260200190565b6040516020818303038152906040526103d1845f60188263ffffffff16901b60088363ffffffff16901b62ff00001660088463ffffffff16901c61ff001660188563ffffffff16901c17171760e01b9050919050565b6040516001600160e01b031990911660208201526024016040516020818303038152906040527f000000000000000000000000000000000000000000000000000000000000000061062c565b5f818152600360205260409020805463ffffffff191663ffffffff94909416939093179092555090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461049057604051631946677d60e31b815260040160405180910390fd5b5f8080806104a085870187610aaf565b93509350935093506104b38784846106ce565b63ffffffff8416156104cf576104ca878583610741565b6104d9565b6104d98782610780565b50505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461052b57604051631946677d60e31b815260040160405180910390fd5b5f54600160401b900460ff16158061055057505f546001600160401b03908116908216115b15610578575f805468ffffffffffffffffff19166001600160401b03831617600160401b1790555b50565b5f8054600160401b900460ff166105925750600190565b5f546105a8906001600160401b03166001610b82565b905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105f657604051631946677d60e31b815260040160405180910390fd5b5f84815260016020526040902061060e838583610c09565b508015610626575f8481526002602052604090208190555b50505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb661066461057b565b8686866040518563ffffffff1660e01b81526004016106869493929190610cc3565b6020604051808303815f875af11580156106a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c69190610d11565b949350505050565b7f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc1707623526821461073c576040516310a7cd5560e01b81527f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc17076235266004820152602481018390526044015b60405180910390fd5b505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610773929190610d28565b60405180910390a2505050565b6004815110156107a85780516040516397a0f8c760e01b815260040161073391815260200190565b5f6018826003815181106107be576107be610d46565b602001015160f81c60f81b60f81c60ff1663ffffffff16901b6010836002815181106107ec576107ec610d46565b602001015160f81c60f81b60f81c60ff1663ffffffff16901b60088460018151811061081a5761081a610d46565b0160200151855160f89190911c90911b9085905f9061083b5761083b610d46565b602091018101515f8881526003835260408082205463ffffffff90811680845260048652828420805463ffffffff191660f89690961c97909717979097179790971796871692831790945560058352839020805460ff191660011790559151918252929350909182917f438e10c991c8a10d69d8cc4fb368b0e2a7170028187f3d7ff5241594fcc8a4b6910160405180910390a250505050565b803563ffffffff811681146108e8575f5ffd5b919050565b5f602082840312156108fd575f5ffd5b610906826108d5565b9392505050565b5f6020828403121561091d575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109066020830184610924565b5f5f83601f840112610974575f5ffd5b5081356001600160401b0381111561098a575f5ffd5b6020830191508360208285010111156109a1575f5ffd5b9250929050565b5f5f5f604084860312156109ba575f5ffd5b8335925060208401356001600160401b038111156109d6575f5ffd5b6109e286828701610964565b9497909650939450505050565b5f602082840312156109ff575f5ffd5b81356001600160401b0381168114610906575f5ffd5b5f5f5f5f60608587031215610a28575f5ffd5b8435935060208501356001600160401b03811115610a44575f5ffd5b610a5087828801610964565b9598909750949560400135949350505050565b600181811c90821680610a7757607f821691505b602082108103610a9557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610ac2575f5ffd5b610acb856108d5565b9350602085013592506040850135915060608501356001600160401b03811115610af3575f5ffd5b8501601f81018713610b03575f5ffd5b80356001600160401b03811115610b1c57610b1c610a9b565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610b4a57610b4a610a9b565b604052818152828201602001891015610b61575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b6001600160401b038181168382160190811115610bad57634e487b7160e01b5f52601160045260245ffd5b92915050565b601f82111561073c578282111561073c57805f5260205f20601f840160051c6020851015610bde57505f5b90810190601f840160051c035f5b81811015610c01575f83820155600101610bec565b505050505050565b6001600160401b03831115610c2057610c20610a9b565b610c3483610c2e8354610a63565b83610bb3565b5f601f841160018114610c65575f8515610c4e5750838201355b5f19600387901b1c1916600186901b178355610cbc565b5f83815260208120601f198716915b82811015610c945786850135825560209485019460019092019101610c74565b5086821015610cb0575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b6001600160401b0385168152608060208201525f610ce46080830186610924565b8281036040840152610cf68186610924565b9150506001600160401b038316606083015295945050505050565b5f60208284031215610d21575f5ffd5b5051919050565b63ffffffff83168152604060208201525f6106c66040830184610924565b634e487b7160e01b5f52603260045260245ffdfea264697066735822122029577d04cdc4c6ee14d00220d10def42cc9fa84f02ad08529bf6a9939681e7f364736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"jobManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"maxCycles_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"initialStateRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotJobManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"latest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"StaleStateRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedStateRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"oldStateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newStateRoot\",\"type\":\"bytes32\"}],\"name\":\"StateRootAdvanced\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getNextNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOffchainInputHashForJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"}],\"name\":\"getOnchainInputForJob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobManager\",\"outputs\":[{\"internalType\":\"contractJobManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCycles\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"programID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"offchainInputHash\",\"type\":\"bytes32\"}],\"name\":\"setInputsForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"updateLatestNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610ffb380380610ffb83398101604081905261002e91610085565b6001600160a01b0394851660805260035560048054949093166001600160a01b03199094169390931790915560a0526001600160401b031660c0526100ed565b6001600160a01b0381168114610082575f5ffd5b50565b5f5f5f5f5f60a08688031215610099575f5ffd5b85516100a48161006e565b60208701519095506100b58161006e565b6040870151606088015191955093506001600160401b03811681146100d8575f5ffd5b60809690960151949793965091949392915050565b60805160a05160c051610ebb6101405f395f818161017f01526105e301525f818160ee015261057601525f81816101bb015281816103bb015281816104e20152818161065201526108890152610ebb5ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806397228a7e11610088578063b94207d311610063578063b94207d314610238578063bd7084b21461024b578063c072fcad14610253578063f0bb3feb14610272575f5ffd5b806397228a7e14610214578063991beafd1461021c578063b75880a414610225575f5ffd5b806337680521116100c3578063376805211461017a5780633df395a3146101b9578063535fb15e146101df5780635dd80855146101ff575f5ffd5b806314df8328146100e95780631626ba7e14610123578063330d9a031461014f575b5f5ffd5b6101107f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b61013661013136600461096c565b610285565b6040516001600160e01b0319909116815260200161011a565b600454610162906001600160a01b031681565b6040516001600160a01b03909116815260200161011a565b6101a17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161011a565b7f0000000000000000000000000000000000000000000000000000000000000000610162565b6101f26101ed3660046109b3565b610311565b60405161011a91906109f8565b61021261020d36600461096c565b6103b0565b005b6101f261044b565b61011060035481565b610212610233366004610a0a565b6104d7565b610110610246366004610a37565b610570565b6101a1610615565b6101106102613660046109b3565b5f9081526002602052604090205490565b610212610280366004610a75565b610647565b5f5f6102c68585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506106c692505050565b90506001600160a01b038116158015906102ed57506004546001600160a01b038281169116145b6102ff576001600160e01b0319610308565b630b135d3f60e11b5b95945050505050565b5f81815260016020526040902080546060919061032d90610ac3565b80601f016020809104026020016040519081016040528092919081815260200182805461035990610ac3565b80156103a45780601f1061037b576101008083540402835291602001916103a4565b820191905f5260205f20905b81548152906001019060200180831161038757829003601f168201915b50505050509050919050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103f957604051631946677d60e31b815260040160405180910390fd5b5f80808061040985870187610b0f565b935093509350935061041c8784846107bf565b63ffffffff84161561043857610433878583610836565b610442565b6104428782610875565b50505050505050565b6005805461045890610ac3565b80601f016020809104026020016040519081016040528092919081815260200182805461048490610ac3565b80156104cf5780601f106104a6576101008083540402835291602001916104cf565b820191905f5260205f20905b8154815290600101906020018083116104b257829003601f168201915b505050505081565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461052057604051631946677d60e31b815260040160405180910390fd5b5f54600160401b900460ff16158061054557505f546001600160401b03908116908216115b1561056d575f805468ffffffffffffffffff19166001600160401b03831617600160401b1790555b50565b5f61060c7f00000000000000000000000000000000000000000000000000000000000000006040516020016105a791815260200190565b60408051601f198184030181526020601f8701819004810284018101909252858352919086908690819084018382808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610886915050565b90505b92915050565b5f8054600160401b900460ff1661062c5750600190565b5f54610642906001600160401b03166001610c00565b905090565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461069057604051631946677d60e31b815260040160405180910390fd5b5f8481526001602052604090206106a8838583610c75565b5080156106c0575f8481526002602052604090208190555b50505050565b5f81516041146106d757505f61060f565b6020820151604083015160608401515f1a601b8110156106ff576106fc601b82610d2f565b90505b8060ff16601b1415801561071757508060ff16601c14155b15610727575f935050505061060f565b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561075a575f935050505061060f565b604080515f81526020810180835288905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156107aa573d5f5f3e3d5ffd5b5050604051601f190151979650505050505050565b6003548281146107f057604051632bf204a160e01b8152600481018290526024810184905260440160405180910390fd5b6003829055604080518481526020810184905285917f76e2381c5d0a113091b9880ad7b63e0594067c9899fc571d00498b9386728dc1910160405180910390a250505050565b827fe6f753a7fa0c8dd80aea69d490075b9a92e584876b982f517dfd61debadf53cc8383604051610868929190610d48565b60405180910390a2505050565b60056108818282610d66565b505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a8f63fb66108be610615565b8686866040518563ffffffff1660e01b81526004016108e09493929190610e20565b6020604051808303815f875af11580156108fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109209190610e6e565b949350505050565b5f5f83601f840112610938575f5ffd5b5081356001600160401b0381111561094e575f5ffd5b602083019150836020828501011115610965575f5ffd5b9250929050565b5f5f5f6040848603121561097e575f5ffd5b8335925060208401356001600160401b0381111561099a575f5ffd5b6109a686828701610928565b9497909650939450505050565b5f602082840312156109c3575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61060c60208301846109ca565b5f60208284031215610a1a575f5ffd5b81356001600160401b0381168114610a30575f5ffd5b9392505050565b5f5f60208385031215610a48575f5ffd5b82356001600160401b03811115610a5d575f5ffd5b610a6985828601610928565b90969095509350505050565b5f5f5f5f60608587031215610a88575f5ffd5b8435935060208501356001600160401b03811115610aa4575f5ffd5b610ab087828801610928565b9598909750949560400135949350505050565b600181811c90821680610ad757607f821691505b602082108103610af557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610b22575f5ffd5b843563ffffffff81168114610b35575f5ffd5b9350602085013592506040850135915060608501356001600160401b03811115610b5d575f5ffd5b8501601f81018713610b6d575f5ffd5b80356001600160401b03811115610b8657610b86610afb565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610bb457610bb4610afb565b604052818152828201602001891015610bcb575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561060f5761060f610bec565b601f821115610881578282111561088157805f5260205f20601f840160051c6020851015610c4a57505f5b90810190601f840160051c035f5b81811015610c6d575f83820155600101610c58565b505050505050565b6001600160401b03831115610c8c57610c8c610afb565b610ca083610c9a8354610ac3565b83610c1f565b5f601f841160018114610cd1575f8515610cba5750838201355b5f19600387901b1c1916600186901b178355610d28565b5f83815260208120601f198716915b82811015610d005786850135825560209485019460019092019101610ce0565b5086821015610d1c575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60ff818116838216019081111561060f5761060f610bec565b63ffffffff83168152604060208201525f61092060408301846109ca565b81516001600160401b03811115610d7f57610d7f610afb565b610d9381610d8d8454610ac3565b84610c1f565b6020601f821160018114610dc5575f8315610dae5750848201515b5f19600385901b1c1916600184901b178455610d28565b5f84815260208120601f198516915b82811015610df45787850151825560209485019460019092019101610dd4565b5084821015610e1157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b0385168152608060208201525f610e4160808301866109ca565b8281036040840152610e5381866109ca565b9150506001600160401b038316606083015295945050505050565b5f60208284031215610e7e575f5ffd5b505191905056fea26469706673582212203623c7cbc8a65bf98a7b043600dfae4d1f27ccd785bc4847f5b0cf469602973f64736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BlobTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"NotAFieldElement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputNotWords\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"emptyOffchainHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"emptyStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"packBlob\",\"outputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"\",\"type\":\"uint256[10]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchNum\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"onchainInput\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[3]\",\"name\":\"hashes\",\"type\":\"bytes32[3]\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[27]\",\"name\":\"\",\"type\":\"uint256[27]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061096c8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806312cf198e1461004e5780634a83480d14610077578063c085aaf9146100a7578063d7418b22146100c7575b5f5ffd5b61006161005c36600461075e565b6100ed565b60405161006e919061084c565b60405180910390f35b7f2b9052447e1af28eb3544dbbc79dd175fa59bcd019206f59878863999f6fe1605b60405190815260200161006e565b6100ba6100b536600461087d565b61020a565b60405161006e91906108bc565b7f0e0a57f538c07a44db5339ecadffbbdb1b980c28c306d1744b7bbc1707623526610099565b6100f56106a1565b6101fa6040518061010001604052808e815260200160405180608001604052808f67ffffffffffffffff1681526020018e67ffffffffffffffff1681526020018d67ffffffffffffffff1681526020018c6001600160a01b0316815250815260200189898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050509082525087356020808301919091528801356040820152606001876002602002013581526020018663ffffffff16815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505050915250610259565b9c9b505050505050505050505050565b6102126106c0565b61025083838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103a092505050565b90505b92915050565b6102616106a1565b815161026c906103ef565b815260208281015180519181015160409182015160801b67ffffffffffffffff60801b16911b6fffffffffffffffff00000000000000001667ffffffffffffffff9092169190911717602080830191909152820151606001516001600160a01b0316816002602002015260e0820151516102e8906004906108f8565b15610318578160e00151516040516341562d0960e01b815260040161030f91815260200190565b60405180910390fd5b6103318260400151518360e00151518460c00151610437565b81600360200201526060820151610347906103ef565b8160046020020152608082015161035d906103ef565b816005602002015260a0820151610373906103ef565b60c0820152604082015161038b9082906007906104a4565b61039b8160118460e001516104a4565b919050565b6103a86106c0565b5f6103b2836104f4565b90505f5b600a8110156103e8576103c9828261054a565b8382600a81106103db576103db6108e4565b60200201526001016103b6565b5050919050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001821061043357604051631c35841b60e01b81526004810183905260240161030f565b5090565b5f61010084111561045e57604051630841f3ab60e01b81526004810185905260240161030f565b61010083111561048457604051630841f3ab60e01b81526004810184905260240161030f565b5060401b6bffffffff00000000000000001660209190911b919091171790565b5f6104ae826104f4565b90505f5b600a8110156104ed576104c5828261054a565b856104d08387610917565b601b81106104e0576104e06108e4565b60200201526001016104b2565b5050505050565b80515f9061010081111561051e57604051630841f3ab60e01b81526004810182905260240161030f565b60405191505f5b61012081101561053c575f83820152602001610525565b508060208401835e50919050565b601c81028201515f906001600160e01b03610698825f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b600883901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff161791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b601083901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff161791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b602083901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff1617915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b604083901c77ffffffffffffffff0000000000000000ffffffffffffffff16179150608082901b608083901c179050919050565b16949350505050565b604051806103600160405280601b906020820280368337509192915050565b604051806101400160405280600a906020820280368337509192915050565b803567ffffffffffffffff8116811461039b575f5ffd5b5f5f83601f840112610706575f5ffd5b50813567ffffffffffffffff81111561071d575f5ffd5b602083019150836020828501011115610734575f5ffd5b9250929050565b8060608101831015610253575f5ffd5b803563ffffffff8116811461039b575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f6101608c8e031215610779575f5ffd5b8b359a5061078960208d016106df565b995061079760408d016106df565b98506107a560608d016106df565b975060808c01356001600160a01b03811681146107c0575f5ffd5b965060a08c013567ffffffffffffffff8111156107db575f5ffd5b6107e78e828f016106f6565b90975095506107fb90508d60c08e0161073b565b935061080a6101208d0161074b565b92506101408c013567ffffffffffffffff811115610826575f5ffd5b6108328e828f016106f6565b915080935050809150509295989b509295989b9093969950565b610360810181835f5b601b811015610874578151835260209283019290910190600101610855565b50505092915050565b5f5f6020838503121561088e575f5ffd5b823567ffffffffffffffff8111156108a4575f5ffd5b6108b0858286016106f6565b90969095509350505050565b610140810181835f5b600a8110156108745781518352602092830192909101906001016108c5565b634e487b7160e01b5f52603260045260245ffd5b5f8261091257634e487b7160e01b5f52601260045260245ffd5b500690565b8082018082111561025357634e487b7160e01b5f52601160045260245ffdfea2646970667358221220870b2c04332cf33ede9d62e0e84e02dadd0694497b0fffe72afa152ad217894664736f6c63430008250033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCoordinator\",\"name\":\"coordinator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"}],\"name\":\"deliveries\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"exitCode\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structSubscriptionStore.Delivery[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"getContainerInputs\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"subscriptionId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"rawReceiveCompute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"programID\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputs\",\"type\":\"bytes\"},{\"internalType\":\"uint48\",\"name\":\"maxGasPrice\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"maxGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"frequency\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"redundancy\",\"type\":\"uint16\"}],\"name\":\"subscribe\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161109838038061109883398101604081905261002e91610043565b6001600160a01b03166080523360a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a051610fec6100ac5f395f818160ca0152818161015401526101f801525f81816103940152818161058001526106280152610fec5ff3fe608060405234801561000f575f5ffd5b506004361061005f575f3560e01c8062172ba5146100635780631381e400146100905780632b1cacdb146100a55780638da5cb5b146100c5578063962fad7514610104578063f8eb7fbd14610135575b5f5ffd5b6100766100713660046108c3565b610148565b60405163ffffffff90911681526020015b60405180910390f35b6100a361009e36600461096e565b6101ed565b005b6100b86100b3366004610989565b610242565b60405161008791906109ee565b6100ec7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610087565b610128610112366004610aa5565b60408051602081019091525f8152949350505050565b6040516100879190610afc565b6100a3610143366004610b0e565b610389565b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610192576040516330cd747160e01b815260040160405180910390fd5b6101e061019e8a6103f0565b89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508b92508a91508990508888610567565b9998505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610236576040516330cd747160e01b815260040160405180910390fd5b61023f8161060d565b50565b63ffffffff8083165f908152602081815260408083209385168352928152828220805484518184028101840190955280855260609493919290919084015b8282101561037c575f848152602090819020604080516080810182526002860290920180546001600160a01b0381168452600160a01b810461ffff1694840194909452600160b01b90930463ffffffff16908201526001820180549192916060840191906102ed90610bf2565b80601f016020809104026020016040519081016040528092919081815260200182805461031990610bf2565b80156103645780601f1061033b57610100808354040283529160200191610364565b820191905f5260205f20905b81548152906001019060200180831161034757829003601f168201915b50505050508152505081526020019060010190610280565b5050505090505b92915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103d257604051634f6429f360e11b815260040160405180910390fd5b6103e48a8a8a8a8a8a8a8a8a8a61068a565b50505050505050505050565b604080516042808252608082019092526060915f9190602082018180368337019050509050600360fc1b815f8151811061042c5761042c610c3e565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061045a5761045a610c3e565b60200101906001600160f81b03191690815f1a9053506f181899199a1a9b1b9c1cb0b131b232b360811b5f5b602081101561055e575f8582602081106104a2576104a2610c3e565b1a905082600482901c60ff16601081106104be576104be610c3e565b1a60f81b846104ce846002610c66565b6104d9906002610c7d565b815181106104e9576104e9610c3e565b60200101906001600160f81b03191690815f1a90535082600f82166010811061051457610514610c3e565b1a60f81b84610524846002610c66565b61052f906003610c7d565b8151811061053f5761053f610c3e565b60200101906001600160f81b03191690815f1a90535050600101610486565b50909392505050565b604051634d9bf22f60e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634d9bf22f906105c1908b908b908b908b908b908b908b90600401610c90565b6020604051808303815f875af11580156105dd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106019190610cf4565b98975050505050505050565b6040516331e451a960e01b815263ffffffff821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906331e451a9906024015f604051808303815f87803b158015610671575f5ffd5b505af1158015610683573d5f5f3e3d5ffd5b5050505050565b5f61069583836107fc565b63ffffffff808d165f908152602081815260408083208f8516845282529182902082516080810184526001600160a01b038e16815261ffff8f168184015282860151909416848401528251601f8a0183900483028101830190935288835293945060608301919089908990819084018382808284375f9201829052509390945250508354600181810186559482526020918290208451600290920201805492850151604086015163ffffffff16600160b01b0263ffffffff60b01b1961ffff909216600160a01b026001600160b01b03199095166001600160a01b03909416939093179390931792909216178155606083015192939092908301915061079b9082610d66565b505050876001600160a01b03168a63ffffffff168c63ffffffff167f7352392716befce73766a350af55f2a36002504893591b79901b19ee6399006288886040516107e7929190610e21565b60405180910390a45050505050505050505050565b6108396040518060c001604052805f60ff1681526020015f63ffffffff1681526020015f81526020015f81526020015f8152602001606081525090565b61084582840184610f03565b9392505050565b5f5f83601f84011261085c575f5ffd5b50813567ffffffffffffffff811115610873575f5ffd5b60208301915083602082850101111561088a575f5ffd5b9250929050565b63ffffffff8116811461023f575f5ffd5b80356108ad81610891565b919050565b803561ffff811681146108ad575f5ffd5b5f5f5f5f5f5f5f5f60e0898b0312156108da575f5ffd5b88359750602089013567ffffffffffffffff8111156108f7575f5ffd5b6109038b828c0161084c565b909850965050604089013565ffffffffffff81168114610921575f5ffd5b9450606089013561093181610891565b9350608089013561094181610891565b925060a089013561095181610891565b915061095f60c08a016108b2565b90509295985092959890939650565b5f6020828403121561097e575f5ffd5b813561084581610891565b5f5f6040838503121561099a575f5ffd5b82356109a581610891565b915060208301356109b581610891565b809150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015610a8357868503603f19018452815180516001600160a01b0316865260208082015161ffff169087015260408082015163ffffffff1690870152606090810151608091870182905290610a6d908701826109c0565b9550506020938401939190910190600101610a14565b50929695505050505050565b80356001600160a01b03811681146108ad575f5ffd5b5f5f5f5f60808587031215610ab8575f5ffd5b8435610ac381610891565b93506020850135610ad381610891565b92506040850135610ae381610891565b9150610af160608601610a8f565b905092959194509250565b602081525f61084560208301846109c0565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215610b27575f5ffd5b8a35610b3281610891565b9950610b4060208c016108a2565b9850610b4e60408c016108b2565b9750610b5c60608c01610a8f565b965060808b013567ffffffffffffffff811115610b77575f5ffd5b610b838d828e0161084c565b90975095505060a08b013567ffffffffffffffff811115610ba2575f5ffd5b610bae8d828e0161084c565b90955093505060c08b013567ffffffffffffffff811115610bcd575f5ffd5b610bd98d828e0161084c565b915080935050809150509295989b9194979a5092959850565b600181811c90821680610c0657607f821691505b602082108103610c2457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761038357610383610c52565b8082018082111561038357610383610c52565b60e081525f610ca260e083018a6109c0565b8281036020840152610cb4818a6109c0565b65ffffffffffff989098166040840152505063ffffffff94851660608201529284166080840152921660a082015261ffff90911660c09091015292915050565b5f60208284031215610d04575f5ffd5b815161084581610891565b601f821115610d615782821115610d6157805f5260205f20601f840160051c6020851015610d3a57505f5b90810190601f840160051c035f5b81811015610d5d575f83820155600101610d48565b5050505b505050565b815167ffffffffffffffff811115610d8057610d80610c2a565b610d9481610d8e8454610bf2565b84610d0f565b6020601f821160018114610dc6575f8315610daf5750848201515b5f19600385901b1c1916600184901b178455610683565b5f84815260208120601f198516915b82811015610df55787850151825560209485019460019092019101610dd5565b5084821015610e1257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b60405160c0810167ffffffffffffffff81118282101715610e7257610e72610c2a565b60405290565b5f82601f830112610e87575f5ffd5b813567ffffffffffffffff811115610ea157610ea1610c2a565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610ed057610ed0610c2a565b604052818152838201602001851015610ee7575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60208284031215610f13575f5ffd5b813567ffffffffffffffff811115610f29575f5ffd5b820160c08185031215610f3a575f5ffd5b610f42610e4f565b813560ff81168114610f52575f5ffd5b8152610f60602083016108a2565b602082015260408281013590820152606080830135908201526080808301359082015260a082013567ffffffffffffffff811115610f9c575f5ffd5b610fa886828501610e78565b60a08301525094935050505056fea264697066735822122090c9180a5df965c2b13a2bd15a82c2e6f0b68fdceb5a7ee6abdbb4a56a2d3b9a64736f6c63430008250033",
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

// ToyVerifierMetaData contains all meta data concerning the ToyVerifier contract.
var ToyVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506127548061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a3914610043578063a6b3a0b71461006e578063d808943f14610083575b5f5ffd5b610056610051366004612489565b610096565b604051610065939291906124c8565b60405180910390f35b61008161007c36600461253a565b610193565b005b61008161009136600461258c565b61064d565b61009e6123cb565b6100a66123e9565b5f61018084146100f45760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b843560208601356101058282610b81565b855250506060850135604086013560a0870135608088013561012984848484610c6e565b6020890152604088015260c0890135935060e0890135925061014b8484610b81565b60608801526101008901359350610120890135925061016a8484610b81565b8652610140890135935061016089013592506101868484610b81565b9450505050509250925092565b61018082146101db5760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100eb565b6101e3612407565b6040610100850182376101f46123e9565b60605f610207610140610100888a6125f5565b8360405160200161021a9392919061264d565b60408051601f198184030181529190528051602082012090915061024c905f5160206126ff5f395f51905f5290612680565b835250604080515f91610100890182377f06193f04bf659e99bb651a9bfbc2df2ed666d901be75175bcd0a1d83abbafd5760408201527f1c57d2d93e12b9f68193144c992f778af7cd716c3ea23f6fd295858b805e16ef60608201527f2e149ce08990a187a2685a54787e27f86615318495dd0eb0ebc100187c09b8a060808201527f08b6768f8328eb8df585018d91436b157410ba91ca8f44ff4444c774db08282260a08201526040610140890160c08301377f16b80208d9e527d32649d952d86ac0a71289ead2cfd8a4f6211544de295e0b506101008201527f09e4af3d0148c3b8baa1884c9b1d6a4fa76e779e569a07172eee2ecd1d670de16101208201527f27c1e49dd253815c5c45c55ac217f58242435f73b1d295002aa54cde5fce15206101408201527f2a834cf70d477b0401f628097ec597358bc98b7f05dc391c8a3d2e776f81dd666101608201526020816101808360085afa9051169050806103ca576040516351d49ff760e11b815260040160405180910390fd5b5f5f6103d7878688610f47565b915091506040516101008a82377f149e87db334412d1d7ba91c5f837ce216ab2d3ed113974fc8cf3db9a537823236101008201527f033f9c10ea7f42e9bb198ff9f37291a28338925b5311a0bb918af744713f5f996101208201527f2d8dac2fdddd620203456994bf5c9f63c30dc18bf06e8e2ed703a22a4a1b563d6101408201527f21794202a15d18062ebd476901977e981b6a36d3392cb413e8f3d17cb7e24ca66101608201527f1d393c7e28e08a7ec2e74c477b396027b22b01b3ab32255613c6fa88c8fc437e6101808201527f13f96451d78f8577f13261459bacdaab20c69e16d76121608869989b29efe1456101a08201527f2c9cd40ecda3892b76b89b5f9492981a564f98adee52f8f0779c6c98e7fca9406101c08201527f050d64e7b4d5ca4a696225856aa008d61822665da99e873412a66b01a8c51e806101e08201527f018993a31558fb248f7ac50d538e1a3adbf4dac43e1d11fca268126daad8a2956102008201527f2d13c41f3da82e49778bd97857b7c9c934c71a222f4ef8e1db79a2b421c23f7761022082015282610240820152816102608201527f10c836d783cf86db398c8b529d47169736e7e1c8f7249b8020b00a31a69cca3b6102808201527f06ca1f63c10d09f7c23969b1d8bc06c6db1e961627f9751b868eb9100c4bd1136102a08201527f1e8b8fe9e90cd21cb82a50ac404333306f8cbc0663f28b04ceb15894da1885c16102c08201527f25215483f440be2250a01a00051ab15dc45316262839ea8aff1edee2151b28f46102e08201526020816103008360085afa90511692508261064257604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050565b6106556123e9565b61065d612407565b610665612425565b610675865f5b6020020135611ea2565b602084015282525f8061068787611ea2565b85516020808801516040519496509294506060935f5160206126ff5f395f51905f52936106b99392909186910161269f565b604051602081830303815290604052805190602001205f1c6106db9190612680565b865284518452602085810151858201527f06193f04bf659e99bb651a9bfbc2df2ed666d901be75175bcd0a1d83abbafd576040808701919091527f1c57d2d93e12b9f68193144c992f778af7cd716c3ea23f6fd295858b805e16ef60608701527f2e149ce08990a187a2685a54787e27f86615318495dd0eb0ebc100187c09b8a060808701527f08b6768f8328eb8df585018d91436b157410ba91ca8f44ff4444c774db08282260a087015260c0860185905260e086018490527f16b80208d9e527d32649d952d86ac0a71289ead2cfd8a4f6211544de295e0b506101008701527f09e4af3d0148c3b8baa1884c9b1d6a4fa76e779e569a07172eee2ecd1d670de16101208701527f27c1e49dd253815c5c45c55ac217f58242435f73b1d295002aa54cde5fce15206101408701527f2a834cf70d477b0401f628097ec597358bc98b7f05dc391c8a3d2e776f81dd66610160870152515f91816101808860085afa905116905080610860576040516351d49ff760e11b815260040160405180910390fd5b505050505f5f61087b895f6004811061066b5761066b6125e1565b90925090505f80808061089660408e013560208f0135611f41565b929650909450925090505f806108ad8f600361066b565b915091505f5f6108be8e8e8e610f47565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f149e87db334412d1d7ba91c5f837ce216ab2d3ed113974fc8cf3db9a537823236101008e01527f033f9c10ea7f42e9bb198ff9f37291a28338925b5311a0bb918af744713f5f996101208e01527f2d8dac2fdddd620203456994bf5c9f63c30dc18bf06e8e2ed703a22a4a1b563d6101408e01527f21794202a15d18062ebd476901977e981b6a36d3392cb413e8f3d17cb7e24ca66101608e01527f1d393c7e28e08a7ec2e74c477b396027b22b01b3ab32255613c6fa88c8fc437e6101808e01527f13f96451d78f8577f13261459bacdaab20c69e16d76121608869989b29efe1456101a08e01527f2c9cd40ecda3892b76b89b5f9492981a564f98adee52f8f0779c6c98e7fca9406101c08e01527f050d64e7b4d5ca4a696225856aa008d61822665da99e873412a66b01a8c51e806101e08e01527f018993a31558fb248f7ac50d538e1a3adbf4dac43e1d11fca268126daad8a2956102008e01527f2d13c41f3da82e49778bd97857b7c9c934c71a222f4ef8e1db79a2b421c23f776102208e01526102408d018290526102608d018190527f10c836d783cf86db398c8b529d47169736e7e1c8f7249b8020b00a31a69cca3b6102808e01527f06ca1f63c10d09f7c23969b1d8bc06c6db1e961627f9751b868eb9100c4bd1136102a08e01527f1e8b8fe9e90cd21cb82a50ac404333306f8cbc0663f28b04ceb15894da1885c16102c08e01527f25215483f440be2250a01a00051ab15dc45316262839ea8aff1edee2151b28f46102e08e015290925090505f610b326123e9565b6020816103008f60085afa9150811580610b4e57508051600114155b15610b6c57604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050505050505050505050565b5f5f5160206126df5f395f51905f5283101580610bab57505f5160206126df5f395f51905f528210155b15610bc957604051631ff3747d60e21b815260040160405180910390fd5b82158015610bd5575081155b15610be157505f610c68565b5f610c1c5f5160206126df5f395f51905f5260035f5160206126df5f395f51905f52875f5160206126df5f395f51905f52898a090908612115565b9050808303610c31575050600182901b610c68565b610c3a81612177565b8303610c4d575050600182811b17610c68565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206126df5f395f51905f5286101580610c9957505f5160206126df5f395f51905f528510155b80610cb157505f5160206126df5f395f51905f528410155b80610cc957505f5160206126df5f395f51905f528310155b15610ce757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f03610cfe57505f905080610f3e565b5f80805f5160206126df5f395f51905f52610d2760035f5160206126df5f395f51905f526126bf565b5f5160206126df5f395f51905f528a8c090990505f5f5160206126df5f395f51905f528a5f5160206126df5f395f51905f528c8d090990505f5f5160206126df5f395f51905f528a5f5160206126df5f395f51905f528c8d090990505f5160206126df5f395f51905f52805f5160206126df5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610e155f5160206126df5f395f51905f52805f5160206126df5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508612177565b93505050505f5f610e625f5160206126df5f395f51905f5280610e3a57610e3a61266c565b5f5160206126df5f395f51905f528586095f5160206126df5f395f51905f5287880908612115565b9050610ead5f5160206126df5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206126df5f395f51905f528488080961218f565b15915050610ebc8383836121d7565b90935091508683148015610ecf57508186145b15610ef75780610edf575f610ee2565b60025b60ff1660028a901b175f179450879350610f3a565b610f0083612177565b87148015610f155750610f1282612177565b86145b15610c4d5780610f25575f610f28565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f161d25d9df1ae189058b33a01eaaa0ff160ad4237e4f4b504b8138f2d1bcaf9583527f1d1a9f13a203a6aec84a58d1d7eb0a48e36a8467e2f3be1a8fec60fd1856fb986020840152865182526020870151602083015260408360808560065afa841693507f27124191e13fe499b5189d9318215ce2e16967c2c7d8b542f33e2a18ce67e9d382527f12f2e0a1dd742c5d41ce8011d8a6e3fe70df5ca83af973521377047859c23d836020830152883590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f193c3b768e1cfaaae45541dc01e7c4033a1d8b2822c5e9292744a7b2efd28a5182527f24794896f47c4a08f5eb7b714d1e39b2b713ac1572deb00d630824f1795c6c956020830152602089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f05287fb1e01314b0ccffbcd6e15ba78fe6087aedf29f715fd547ed7d0b04aef582527f25f114fa7aa44dc9b59f0a19b823721668bdb0fd6f8e237176f85630a2ba2c626020830152604089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f02dc8c3f8e31cda4878e3da9de9a3b2b178218864c659568045e291edca9336982527f04270f8020c9449bd2e48c53428d2a4e50b981d68961d00d6568f0a5072ebda66020830152606089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0996972bc1afafb36200612bc4588023704140d50df4d7f35819c60f7f94e6e682527f03e122d5e9a1cfe343b347dae1ec20a13e3b1ac8fa6b47abcaba0fb5735ad56d6020830152608089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f17c92a47318dea315ca75e9c83587eda94ea405950d87d3a2e03257846d18c7d82527f221dfd5165b6bede7eda820a7aefcbad46c51379beb85f707da515a188f79f22602083015260a089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1d2fec0acc865e698e7bc978650f7ceefae4de9773f3b79b0d37649d1eef125982527f0d005287e49fce314e806a6aaee61891fe726fa3db4805eb06250acd02339671602083015260c089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2b3040e931bbce0045aa49569f65daf67708d2212363f97e037884294ffca0b482527f0c607399d142aa85660a6c7001455fbfd4ad82364f526fbd64c1264e72dd1cea602083015260e089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1eb1c5d53bc3614e6aec35f6114ef93758a6c627a54eb1061d0f48e91314481282527f1f69fcb5ed60ae5f4f923e33dc892270da6cf7ebf7c3285aba5e4734f4497f95602083015261010089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1f97af02c0f829fa8ccf4a83366f7ef51c13b18821da0445e291964b77d7c3cb82527f265606a3d1d575d288dac2d567784f130e8be1aae7d335b58240a946e2eca0fd602083015261012089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1fa5e137cbc775fdd970294bd0d9a18ac4eaadf71862639686ef068eec30cd0f82527f1757bbe8616e60e5499080f80d511786a9f1070b899b3c540defa11d2deeb347602083015261014089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2bba55ef65f0729adda912ee5e6ec1cf652033f30a32bb33224f56fc63ef496082527f01127b1ea1a6c39491ffb75290cfb94cabfaf39fc6be5243fd7c9eef1268922d602083015261016089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2bdf39db573962cf4023277f33b8deaca43961d5f41ac900cffaa0d6692933d082527f021ba3705aae796ca52630e9816fc8a880e8bad9e1b50c42e27311124c2c0b52602083015261018089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0d1f873e38837d3bbadd37e0adabb5f41ec98eb2cb26eb1b627d640ec7ed81c682527f199022ff257fc61b3a65f90ccc585a6e2c7ea32efdf82edf8d0c48161dec45ef60208301526101a089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1793721a50f42ae84d0893e0ebff3097295955dd7dfb5735a3fb3c2749177a3382527f2e8ede61215a53cd48ca6de714d8d12b4a5c1cd514dd1d7081dddf85a464e7f860208301526101c089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2a27d5ef8977a051d21c25743069006ffcdb7337911f020c342e3f4f7287c9ae82527f2cbbd87f77f7bcbefaa92b35eadd0a95c810209aefd9c38f9a80b7f8c679c95460208301526101e089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0a0f454ba457604c29e97cdf8039ba70d88042fc117230c0d022fab8c6a64fab82527f04372511b24359086d677c9e17d65bbdbb515b08998178a5dbf7f4629756cf30602083015261020089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f09f91f41c326191d927bbecedbbc52b55b2a4b2e31385f176cb1aaf4edd1f57682527f2427585ae77c918eff546d952a8bcb0594dc7fbe231c0e521baa9598626576a1602083015261022089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f0d0e8a1bd9ab9aeabfb48c905b85a9aca9120ae7b3eaca95875b770f3ea9081b82527f186fecf1bff2402f8d9f36304d989176214d3643f9788b7f8058771457528837602083015261024089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1663cc9444dd795931372ba2fd269e869266a911d72e87ee6e59aed6a709521682527f0813e428841e609775f70a88cab370d544b83fa6271bdfb3f98f6c79c34cdb60602083015261026089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2fcbefb2ffa2c1e0ed8bf7c2acccedfac5b5bd61744aab7d619bd5b943383bc782527f04ac4b171738888b36805dbfab3ba56f45def5b76816292bd7e8e2f718744fe1602083015261028089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2f1aa933aac912e91feee1290e569b0485eb45ce2c25d48eba19aad0898c749382527f2fec6fcd56647c124b7deb7fb3b53283a987bfbcaf1e96eeb04812560400b33760208301526102a089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2626ba6a15c2f29a62ed5966cb34f100a74f5503a2d22a5927919b0798ec652c82527f12fb5b0017d49ae75445a86b8892e67886b0279e6597b568be50533fc9ef33ae60208301526102c089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f1be93fd4f9b81aa7ff9f40ac97b4fb7b7d8b90038f150642e70695968d96eb1482527f0aa74036dd45c74a24af7c92d195718fb87c1804253aa4e69bc1126aa69b498d60208301526102e089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f038f09e8db407bc8aa3042137c0bcd5fd2f003e65058c614c2c11e0567c180e582527f2536933b384c6280f8904aa3e4e67cd26fc2d53d697db28cd8a8992dfe357979602083015261030089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2c8f05217fd919a7b77efb6c95297d0dfee79cf979f8ca5e7f2113296b9a17a682527f2575b1788a802cafb7f9dab4e0ca0c66fde8a391d8cd5a1c0d3ff3db06f63018602083015261032089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f2c6e09ad35e7e5db80598c8f179d4787d9f18195bbce5b12839ef41ad878cf4182527f0dd015ba3e0f224236fed304ad32b22b54c9194285253bde6d0a00039ad27b80602083015261034089013590508060408301525f5160206126ff5f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa7f1de8e92b860ad10126484c5459db5b927c3ba021f3299ce560a0ac2ff3bd75a483527f1937e6ce4f6365f26947be7bed4209ad3faf7d0e0ddd3b1ec1c3aacf9ed8e09c6020840152885160408085018290525f5160206126ff5f395f51905f5290911091909516169390508160608160075afa831692505060408160808360065afa81516020909201519194509092501680611e995760405163a54f8e2760e01b815260040160405180910390fd5b50935093915050565b5f5f825f03611eb557505f928392509050565b600183811c9250808416145f5160206126df5f395f51905f528310611eed57604051631ff3747d60e21b815260040160405180910390fd5b611f275f5160206126df5f395f51905f5260035f5160206126df5f395f51905f52865f5160206126df5f395f51905f528889090908612115565b91508015611f3b57611f3882612177565b91505b50915091565b5f80808085158015611f51575084155b15611f6657505f92508291508190508061210c565b600286811c945085935060018088161490808816145f5160206126df5f395f51905f5286101580611fa457505f5160206126df5f395f51905f528510155b15611fc257604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206126df5f395f51905f52611fe960035f5160206126df5f395f51905f526126bf565b5f5160206126df5f395f51905f52888a090990505f5f5160206126df5f395f51905f52885f5160206126df5f395f51905f528a8b090990505f5f5160206126df5f395f51905f52885f5160206126df5f395f51905f528a8b090990505f5160206126df5f395f51905f52805f5160206126df5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50896506120d75f5160206126df5f395f51905f52805f5160206126df5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508612177565b95506120e48787866121d7565b90975095508415612106576120f887612177565b965061210386612177565b95505b50505050505b92959194509250565b5f612140827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261230a565b9050815f5160206126df5f395f51905f528283091461217257604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206126df5f395f51905f529081900681030690565b5f5f6121bb837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261230a565b9050825f5160206126df5f395f51905f52828309149392505050565b5f80806122065f5160206126df5f395f51905f52808788095f5160206126df5f395f51905f52898a0908612115565b9050831561221a5761221781612177565b90505b6122635f5160206126df5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206126df5f395f51905f52848a0809612115565b92505f5160206126df5f395f51905f5261228d5f5160206126df5f395f51905f526002860961236d565b860991505f5160206126df5f395f51905f526122b85f5160206126df5f395f51905f52848509612177565b5f5160206126df5f395f51905f5285860908861415806122ec57505f5160206126df5f395f51905f52808385096002098514155b15611e9957604051631ff3747d60e21b815260040160405180910390fd5b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206126df5f395f51905f5260a082015260208160c08360055afa90519250905080610c6657604051631ff3747d60e21b815260040160405180910390fd5b5f612398827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4561230a565b90505f5160206126df5f395f51905f5281830960011461217257604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b5f5f83601f840112612454575f5ffd5b50813567ffffffffffffffff81111561246b575f5ffd5b602083019150836020828501011115612482575f5ffd5b9250929050565b5f5f6020838503121561249a575f5ffd5b823567ffffffffffffffff8111156124b0575f5ffd5b6124bc85828601612444565b90969095509350505050565b60c0810181855f5b60048110156124ef5781518352602092830192909101906001016124d0565b50505060808201845f5b60018110156125185781518352602092830192909101906001016124f9565b5050508260a0830152949350505050565b806103608101831015610c68575f5ffd5b5f5f5f610380848603121561254d575f5ffd5b833567ffffffffffffffff811115612563575f5ffd5b61256f86828701612444565b909450925061258390508560208601612529565b90509250925092565b5f5f5f5f61042085870312156125a0575f5ffd5b60808501868111156125b0575f5ffd5b85945060a08601878111156125c3575f5ffd5b9093503591506125d68660c08701612529565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115612603575f5ffd5b8386111561260f575f5ffd5b5050820193919092039150565b5f8151602083015f5b82811015612643578151865260209586019590910190600101612625565b5093949350505050565b828482375f8382015f8152612662818561261c565b9695505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261269a57634e487b7160e01b5f52601260045260245ffd5b500690565b8381528260208201525f6126b6604083018461261c565b95945050505050565b81810381811115610c6857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220aa3b0c41ef8ca30a8e5c91d0849fe04849c2fa7919e14e7cc4bed73afa45306764736f6c63430008250033",
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

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_ToyVerifier *ToyVerifierCaller) CompressProof(opts *bind.CallOpts, proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	var out []interface{}
	err := _ToyVerifier.contract.Call(opts, &out, "compressProof", proof)

	outstruct := new(struct {
		Compressed              [4]*big.Int
		CompressedCommitments   [1]*big.Int
		CompressedCommitmentPok *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_ToyVerifier *ToyVerifierSession) CompressProof(proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	return _ToyVerifier.Contract.CompressProof(&_ToyVerifier.CallOpts, proof)
}

// CompressProof is a free data retrieval call binding the contract method 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (_ToyVerifier *ToyVerifierCallerSession) CompressProof(proof []byte) (struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}, error) {
	return _ToyVerifier.Contract.CompressProof(&_ToyVerifier.CallOpts, proof)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xd808943f.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierCaller) VerifyCompressedProof(opts *bind.CallOpts, compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [27]*big.Int) error {
	var out []interface{}
	err := _ToyVerifier.contract.Call(opts, &out, "verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xd808943f.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierSession) VerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [27]*big.Int) error {
	return _ToyVerifier.Contract.VerifyCompressedProof(&_ToyVerifier.CallOpts, compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// VerifyCompressedProof is a free data retrieval call binding the contract method 0xd808943f.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[27] input) view returns()
func (_ToyVerifier *ToyVerifierCallerSession) VerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [27]*big.Int) error {
	return _ToyVerifier.Contract.VerifyCompressedProof(&_ToyVerifier.CallOpts, compressedProof, compressedCommitments, compressedCommitmentPok, input)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"ClassOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"}],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CLASS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classMask\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lowestClass\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"proofClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[27]\",\"name\":\"input\",\"type\":\"uint256[27]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50604051610770380380610770833981016040819052602b916077565b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35060a2565b5f602082840312156086575f5ffd5b81516001600160a01b0381168114609b575f5ffd5b9392505050565b6106c1806100af5f395ff3fe608060405234801561000f575f5ffd5b5060043610610083575f3560e01c806383af8fe61161005857806383af8fe6146101035780638da5cb5b14610130578063ead8cb8514610142578063f2fde38b14610155575f5ffd5b80619330146100875780632d69be98146100a65780632fb8ff97146100e6578063583bf9df146100fb575b5f5ffd5b61008f610168565b60405160ff90911681526020015b60405180910390f35b6100ce6100b43660046104cb565b60016020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161009d565b6100f96100f4366004610501565b6101d3565b005b61008f603f81565b6002546101179067ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161009d565b5f546100ce906001600160a01b031681565b6100f9610150366004610532565b610328565b6100f96101633660046105ca565b610433565b6002545f9067ffffffffffffffff1680820361019f576040516310cf1b5760e11b815260ff60048201526024015b60405180910390fd5b5f5b600182165f036101cd5760018267ffffffffffffffff16901c9150806101c6906105e3565b90506101a1565b92915050565b5f546001600160a01b031633146101fd576040516330cd747160e01b815260040160405180910390fd5b603f60ff83161115610227576040516328b67ac960e01b815260ff83166004820152602401610196565b6001600160a01b038116610262576002805467ffffffffffffffff600160ff86161b1982161667ffffffffffffffff199091161790556102c3565b806001600160a01b03163b5f03610297576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610196565b60028054600160ff85161b67ffffffffffffffff9081169082161767ffffffffffffffff199091161790555b60ff82165f8181526001602090815260409182902080546001600160a01b0319166001600160a01b03861690811790915591519182527fc58e8cab34dffa84e0d7eb3a1dbc1bc3bf028ea22d6d0e36fd663fc2d97c9e06910160405180910390a25050565b5f603f60ff8616111561033b575f610357565b60ff85165f908152600160205260409020546001600160a01b03165b90506001600160a01b038116610385576040516310cf1b5760e11b815260ff86166004820152602401610196565b60405163a6b3a0b760e01b81526001600160a01b0382169063a6b3a0b7906103b59087908790879060040161060d565b5f6040518083038186803b1580156103cb575f5ffd5b505afa9250505080156103dc575060015b61042c573d808015610409576040519150601f19603f3d011682016040523d82523d5f602084013e61040e565b606091505b50858160405163c7c693b360e01b815260040161019692919061064c565b5050505050565b5f546001600160a01b0316331461045d576040516330cd747160e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b803560ff811681146104c6575f5ffd5b919050565b5f602082840312156104db575f5ffd5b6104e4826104b6565b9392505050565b80356001600160a01b03811681146104c6575f5ffd5b5f5f60408385031215610512575f5ffd5b61051b836104b6565b9150610529602084016104eb565b90509250929050565b5f5f5f5f6103a08587031215610546575f5ffd5b61054f856104b6565b9350602085013567ffffffffffffffff81111561056a575f5ffd5b8501601f8101871361057a575f5ffd5b803567ffffffffffffffff811115610590575f5ffd5b8760208284010111156105a1575f5ffd5b6020820194508093505050856103a0860111156105bc575f5ffd5b509194909350909160400190565b5f602082840312156105da575f5ffd5b6104e4826104eb565b5f60ff821660ff810361060457634e487b7160e01b5f52601160045260245ffd5b60010192915050565b61038081528261038082015282846103a08301375f6103a084830101525f6103a0601f19601f8601168301019050610360836020840137949350505050565b60ff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f830116840101915050939250505056fea2646970667358221220c4e1f4595336c6f2b755aeed80386f5f5b45b34dfc1d01bb372cbc8447dee3dc64736f6c63430008250033",
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
