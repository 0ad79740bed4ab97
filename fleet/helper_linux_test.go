package fleet

import "syscall"

// helperProcAttr kills a worker process when the test process dies.
func helperProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
