#!/usr/bin/env python3
"""Times shell commands round-robin (A B C A B C ...) so that a busy machine's load falls on every variant alike.

Usage: bench/interleave.py [-n ROUNDS] [-w WARMUP] [--pty [--cols N]] NAME=COMMAND ...
Prints median, p90, min and max wall time in milliseconds per command, and the median CPU time (user + system of
the command and its children), which a busy machine disturbs less than wall time. --pty runs each command on a fresh
pseudo-terminal (stdin, stdout and stderr) of --cols columns (default 120), as a person's shell would, and drains its
output.
"""
import argparse
import fcntl
import os
import pty
import resource
import select
import statistics
import struct
import subprocess
import termios
import time


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_plain(command):
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def run_on_pty(command, columns=120):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # The window size is set before exec, so the command never sees the pty's initial 0x0.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        os.execvp("/bin/sh", ["/bin/sh", "-c", command])
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            if not os.read(fd, 65536):
                break
        except OSError:  # EIO: the child closed its side
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", "--rounds", type=int, default=15)
    parser.add_argument("-w", "--warmup", type=int, default=1)
    parser.add_argument("--pty", action="store_true")
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    args = parser.parse_args()
    named = [c.split("=", 1) for c in args.commands]
    run = (lambda command: run_on_pty(command, args.cols)) if args.pty else run_plain
    times = {name: [] for name, _ in named}
    cpu = {name: [] for name, _ in named}
    for round_no in range(args.warmup + args.rounds):
        for name, command in named:
            cpu_before = cpu_of_children()
            elapsed = run(command)
            if round_no >= args.warmup:
                times[name].append(elapsed * 1000)
                cpu[name].append((cpu_of_children() - cpu_before) * 1000)
    print("%-24s %8s %8s %8s %8s %8s" % ("command (ms)", "median", "p90", "min", "max", "cpu_med"))
    for name, _ in named:
        t = sorted(times[name])
        p90 = t[round(0.9 * (len(t) - 1))]
        print("%-24s %8.0f %8.0f %8.0f %8.0f %8.0f" % (name, statistics.median(t), p90, t[0], t[-1],
                                                      statistics.median(cpu[name])))


if __name__ == "__main__":
    main()
