"""Start-up to first frame, read straight from a pseudo-terminal of our own.

tmux hands a program's output to pipe-pane on its own schedule and the recorder replays it
in Python, which adds milliseconds of its own; the start-up target is 3 ms. Here the
benchmark holds the terminal's other end: the launch time is taken just before the spawn,
every chunk is timestamped the moment it is read, and only afterwards replayed through pyte
to find the one that completed the first frame (replaying as they come would delay the
reading of the next chunk by the replay of the last). Queries a terminal would answer (cursor
position, device attributes) are answered at once, as tmux does.
"""

import fcntl
import os
import re
import select
import signal
import struct
import termios
import time

import pyte

# Terminal queries some timers send at start-up, and what a terminal answers.
ANSWERS = {b"\x1b[6n": b"\x1b[1;1R", b"\x1b[c": b"\x1b[?62;22c", b"\x1b[0c": b"\x1b[?62;22c"}


def first_frame_ms(command: list, first: str, env: dict, window: float = 1.0) -> float:
    """Milliseconds from the spawn to the chunk that completes a screen matching `first`,
    which must come within `window` seconds."""
    pattern = re.compile(first)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    full_env = os.environ | {"TERM": "tmux-256color"} | {k: str(v) for k, v in env.items()}
    # posix_spawn (vfork and exec), not fork: a forked copy of this interpreter would spend
    # a millisecond tearing down its address space at exec, and that is not the timer's. No
    # new session either: a session of its own is a scheduling group of its own, which made
    # every program's start-up slower and noisier here than in a shell.
    t0 = time.monotonic_ns()
    pid = os.posix_spawnp(
        command[0],
        command,
        full_env,
        file_actions=[(os.POSIX_SPAWN_DUP2, slave, fd) for fd in (0, 1, 2)]
        + [(os.POSIX_SPAWN_CLOSE, master)],
    )
    os.close(slave)
    chunks = []  # (read at, bytes): only read and stamped here, replayed afterwards
    try:
        deadline = t0 + int(window * 1e9)
        while (left := deadline - time.monotonic_ns()) > 0:
            ready, _, _ = select.select([master], [], [], left / 1e9)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the program ended and its terminal went with it
                break
            chunks.append((time.monotonic_ns(), chunk))
            for query, answer in ANSWERS.items():
                if query in chunk:
                    os.write(master, answer)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(master)
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    for at, chunk in chunks:
        stream.feed(chunk)
        if pattern.search("\n".join(screen.display)):
            return (at - t0) / 1e6
    raise RuntimeError(f"no first frame matching {first!r} within {window} s")
