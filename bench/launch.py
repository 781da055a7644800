#!/usr/bin/env python3
"""Starts one timer inside the benchmark's terminal and reports on it.

    launch.py GO_FILE RESULT_FILE -- COMMAND [ARGS...]

Waits until GO_FILE exists (so the terminal's output is already being recorded), then
runs COMMAND as its child, noting the monotonic time just before the exec. RESULT_FILE.pid gets the child's
pid and the launch time at once; RESULT_FILE gets, when the child ends, its exit status,
end time, CPU time (user + sys, all threads) and peak RSS, from wait4().
"""

import json
import os
import sys
import time


def main() -> None:
    go, result = sys.argv[1], sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    while not os.path.exists(go):
        time.sleep(0.001)
    # The launch time is taken in the child, just before exec, and handed back on a pipe:
    # forking this interpreter is not the timer's start-up.
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            os.write(write, str(time.monotonic_ns()).encode())
            os.close(write)
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.close(write)
    t0 = int(os.read(read, 64))
    os.close(read)
    # Written whole, then renamed: the harness may look at any moment.
    with open(result + ".pid.tmp", "w") as f:
        json.dump({"pid": pid, "t0_ns": t0}, f)
    os.rename(result + ".pid.tmp", result + ".pid")
    _, status, usage = os.wait4(pid, 0)
    t_end = time.monotonic_ns()
    with open(result + ".tmp", "w") as f:
        json.dump(
            {
                "t0_ns": t0,
                "end_ns": t_end,
                "status": os.waitstatus_to_exitcode(status),
                "cpu_s": usage.ru_utime + usage.ru_stime,
                "maxrss_kib": usage.ru_maxrss,
            },
            f,
        )
    os.rename(result + ".tmp", result)


if __name__ == "__main__":
    main()
