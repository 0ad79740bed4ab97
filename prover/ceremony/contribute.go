package ceremony

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/rs/zerolog"
)

// Contribute reads the phase-1 or phase-2 file in, adds a contribution with
// fresh randomness from the operating system (crypto/rand, through gnark's
// mpcsetup: the secret never leaves this process's memory and is dropped
// when it returns) and writes the result at out, with the next index. It
// returns the file it read (its hash is the one the contribution is built
// on: compare it with the one published for in) and the file it wrote (its
// hash is the contribution hash to publish). It does not check in against
// the files before it: Verify does that.
func Contribute(ctx context.Context, in, out string, log zerolog.Logger) (prev, next *FileInfo, err error) {
	start := time.Now()
	info, err := headerOf(in)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", in, err)
	}
	var body interface {
		io.WriterTo
		Contribute()
	}
	switch info.Kind {
	case KindPhase1:
		p, pinfo, err := readPhase1(in)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", in, err)
		}
		body, info = p, pinfo
	case KindPhase2:
		p, pinfo, err := readPhase2(in, nil)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", in, err)
		}
		body, info = p, pinfo
	default:
		return nil, nil, fmt.Errorf("%s: %w: an %s file takes no contribution (phase 2 starts from it: `zkprover ceremony init phase2`)", in, ErrKind, info.Kind)
	}
	log.Info().Str("in", in).Str("kind", string(info.Kind)).Int("index", info.Index).Int("power", info.Power).
		Dur("read", time.Since(start)).Msg("contributing")
	t := time.Now()
	if err := runCtx(ctx, func() error { body.Contribute(); return nil }); err != nil {
		return nil, nil, err
	}
	log.Info().Dur("took", time.Since(t)).Msg("contribution computed")
	hdr := info.Header
	hdr.Index++
	hdr.Gnark = gnarkVersion()
	hash, err := writeFile(out, hdr, body)
	if err != nil {
		return nil, nil, err
	}
	return info, &FileInfo{Header: hdr, Path: out, Hash: hash}, nil
}

// compile-time checks: both phases contribute and serialise.
var (
	_ interface {
		io.WriterTo
		Contribute()
	} = (*mpcsetup.Phase1)(nil)
	_ interface {
		io.WriterTo
		Contribute()
	} = (*mpcsetup.Phase2)(nil)
)
