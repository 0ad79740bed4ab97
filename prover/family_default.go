package prover

// defaultFamily is the family Open uses without WithFamily.
func defaultFamily() Family { return nil }
