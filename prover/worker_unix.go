//go:build unix && !linux

package prover

import "syscall"

// workerProcAttr puts the worker in its own process group, so that a kill
// reaches anything it starts.
func workerProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

// killGroup sends SIGKILL to the process group of pid (the worker's).
func killGroup(pid int) { _ = syscall.Kill(-pid, syscall.SIGKILL) }
