#!/usr/bin/env python3
"""Records what a program writes to its terminal, as tmux's pipe-pane hands it over.

    stamp.py FILE --first REGEX [--started REGEX] [--end REGEX]

Appends "MONOTONIC_NS LENGTH" to FILE for each chunk, replays the bytes through a terminal
emulator (pyte, 80x24) and, the moment the screen first matches --first (then --started,
then --end), writes "first NS" ("started NS", "end NS") to FILE.events. FILE.ready appears
once it is listening.
"""

import argparse
import os
import re
import time

import pyte


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--first", required=True)
    parser.add_argument("--started")
    parser.add_argument("--end")
    args = parser.parse_args()
    screen = pyte.Screen(80, 24)
    stream = pyte.ByteStream(screen)
    waiting = [("first", re.compile(args.first))]
    if args.started:
        waiting.append(("started", re.compile(args.started)))
    if args.end:
        waiting.append(("end", re.compile(args.end)))
    with open(args.file, "w") as out, open(args.file + ".events", "w") as events:
        open(args.file + ".ready", "w").close()
        while True:
            chunk = os.read(0, 65536)
            now = time.monotonic_ns()
            if not chunk:
                break
            out.write(f"{now} {len(chunk)}\n")
            out.flush()
            if waiting:
                stream.feed(chunk)
                text = "\n".join(screen.display)
                while waiting and waiting[0][1].search(text):
                    events.write(f"{waiting.pop(0)[0]} {now}\n")
                    events.flush()


if __name__ == "__main__":
    main()
