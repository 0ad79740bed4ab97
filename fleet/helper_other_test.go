//go:build !linux

package fleet

import "syscall"

// helperProcAttr: no parent-death signal outside Linux.
func helperProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }
