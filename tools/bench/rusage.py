"""Runs one command and reports what it cost, as one JSON line on stdout.

    python3 tools/bench/rusage.py <stdout file> <stderr file> <command> [args...]

CPU is user + system time of the command's whole process tree as far as it was waited for
(os.wait4's rusage covers the child and every descendant the child reaped); peak is ru_maxrss,
the largest resident set of any one process in that tree (KiB on Linux). The command's own output
goes to the two files. The wrapper's own start-up is not counted: the clock starts at the fork.
"""
import json
import os
import subprocess
import sys
import time


def main() -> int:
    out_path, err_path, *argv = sys.argv[1:]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps({
        "status": child.returncode,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "wall": wall,
        "peakKiB": usage.ru_maxrss,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
