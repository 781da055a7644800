#!/usr/bin/env python3
"""knead against other terminal timers, side by side, in real terminals.

Each timer runs a 20 s countdown in its own tmux server (80x24), one after another, several
rounds; knead runs a routine of one 20 s hold. For each run:

  first frame   launch -> the first frame on the terminal (bytes seen by tmux, replayed
                through a terminal emulator, pyte, until the frame's text is on screen)
  lateness      end of the countdown - start - 20 s. The start is the launch, or for
                timers started by a key the screen showing it started (knead: its hold screen;
                timr-tui: the key press). The end is the process exiting, or for timers that
                wait (knead, timr-tui) the end screen appearing
  CPU           user + sys of the whole run (wait4), and steady-state CPU and wake-ups per
                second from /proc/PID/task/*/schedstat between first frame + 1 s and end - 1 s
  peak RSS      VmHWM from /proc, read every 100 ms and at the end (not wait4's
                ru_maxrss, which would count the Python launcher it was forked from)
  bytes         written to the terminal per second in the same steady window

Then start-up again, 30 times each, read straight from a pseudo-terminal of our own
(firstframe.py): tmux's pipe adds milliseconds the 3 ms target cannot afford. Then knead alone: every phase deadline and every displayed second over a long scripted
routine, from knead's own timing log (KNEAD_EFFECTS_LOG); `knead check` on a 500-step
routine; opening the history and writing the report over ten years of daily sessions.
Writes a Markdown report. Run it through bench/run, which installs what it needs.
"""

import argparse
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from firstframe import first_frame_ms

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass
class Timer:
    """A program under test and how to read its screen."""

    name: str
    command: list
    first: str  # regex: the first real frame is on screen
    end: str = ""  # regex: the countdown is over (empty: the program exits at zero)
    start_keys: list = field(default_factory=list)  # for timers that start paused
    quit_keys: list = field(default_factory=list)  # after `end`, to make it exit
    env: dict = field(default_factory=dict)
    # regex: the countdown has visibly started (after start_keys); timing the start from the
    # screen, like the end, keeps the terminal's own delay out of the lateness
    started: str = ""


def tmux(sock: str, *args: str) -> None:
    subprocess.run(["tmux", "-L", sock, *args], check=True, capture_output=True)


def wait_file(path: Path, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True


def event(path: Path, name: str) -> int | None:
    """The time (monotonic ns) stamp.py saw `name` on screen, if it did."""
    if not path.exists():
        return None
    for line in path.read_text().splitlines():
        kind, ns = line.split()
        if kind == name:
            return int(ns)
    return None


def schedstat(pid: int) -> tuple[int, int, int]:
    """(now ns, CPU ns, times scheduled) summed over the process's threads."""
    now = time.monotonic_ns()
    cpu = runs = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            run_ns, _wait_ns, count = (task / "schedstat").read_text().split()
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
        cpu += int(run_ns)
        runs += int(count)
    return now, cpu, runs


def peak_rss(pid: int, seen: int) -> int:
    """The process's peak RSS so far (VmHWM, KiB), or `seen` once it is gone. Read from
    /proc rather than wait4(): a child's ru_maxrss also counts the launcher it was forked
    from, which here is a Python interpreter bigger than most timers."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return max(seen, int(line.split()[1]))
    except (FileNotFoundError, ProcessLookupError):
        pass
    return seen


def sleep_until(ns: int, pid: int, rss: list) -> None:
    """Sleeps until `ns`, reading the peak RSS every 100 ms on the way."""
    while (left := (ns - time.monotonic_ns()) / 1e9) > 0:
        time.sleep(min(left, 0.1))
        rss[0] = peak_rss(pid, rss[0])


def run_once(timer: Timer, seconds: int, python: str, tag: str) -> dict:
    """Runs `timer` once in a fresh tmux server; returns its figures."""
    work = Path(tempfile.mkdtemp(prefix="knead-bench-"))
    sock = f"knead-bench-{os.getpid()}-{tag}"
    conf = work / "tmux.conf"
    conf.write_text("set -g status off\nset -g default-terminal tmux-256color\n")
    go, result, stamps = work / "go", work / "result.json", work / "bytes"
    env = " ".join(f"{k}={shlex.quote(str(v))}" for k, v in timer.env.items())
    launch = f"env {env} {python} {HERE / 'launch.py'} {go} {result} -- {shlex.join(timer.command)}"
    tmux(sock, "-f", str(conf), "new-session", "-d", "-x", "80", "-y", "24", "-s", "b", launch)
    stamp = [python, str(HERE / "stamp.py"), str(stamps), "--first", timer.first]
    if timer.started:
        stamp += ["--started", timer.started]
    if timer.end:
        stamp += ["--end", timer.end]
    tmux(sock, "pipe-pane", "-O", "-t", "b", shlex.join(stamp))
    try:
        if not wait_file(Path(f"{stamps}.ready"), 10):
            raise RuntimeError("the terminal recorder did not start")
        go.touch()
        if not wait_file(Path(f"{result}.pid"), 10):
            raise RuntimeError("the timer did not start")
        launched = json.loads(Path(f"{result}.pid").read_text())
        pid, t0 = launched["pid"], launched["t0_ns"]
        events = Path(f"{stamps}.events")
        deadline = time.monotonic() + 10
        while (first := event(events, "first")) is None:
            if time.monotonic() > deadline or result.exists():
                raise RuntimeError(f"no first frame matching {timer.first!r}")
            time.sleep(0.002)
        rss = [peak_rss(pid, 0)]
        start = t0
        if timer.start_keys:
            start = time.monotonic_ns()
            tmux(sock, "send-keys", "-t", "b", *timer.start_keys)
        if timer.started:
            deadline = time.monotonic() + 10
            while (start := event(events, "started")) is None:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no start screen matching {timer.started!r}")
                time.sleep(0.001)
        sleep_until(first + 1_000_000_000, pid, rss)
        s1 = schedstat(pid)
        sleep_until(start + (seconds - 1) * 1_000_000_000, pid, rss)
        s2 = schedstat(pid)
        polls = 0
        if timer.end:
            deadline = time.monotonic() + seconds + 10
            while (end := event(events, "end")) is None:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no end screen matching {timer.end!r}")
                time.sleep(0.002)
                polls += 1
                if polls % 25 == 0:
                    rss[0] = peak_rss(pid, rss[0])
            rss[0] = peak_rss(pid, rss[0])
            for key in timer.quit_keys:
                time.sleep(0.15)
                tmux(sock, "send-keys", "-t", "b", key)
                rss[0] = peak_rss(pid, rss[0])
        deadline = time.monotonic() + seconds + 15
        while not result.exists():
            if time.monotonic() > deadline:
                raise RuntimeError("the timer did not exit")
            time.sleep(0.002)
            polls += 1
            if polls % 25 == 0:
                rss[0] = peak_rss(pid, rss[0])
        finished = json.loads(result.read_text())
        if not timer.end:
            end = finished["end_ns"]
    finally:
        subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)
    chunks = [tuple(map(int, line.split())) for line in stamps.read_text().splitlines()]
    window = (s2[0] - s1[0]) / 1e9
    steady_bytes = sum(n for t, n in chunks if s1[0] <= t < s2[0])
    return {
        "first_frame_ms": (first - t0) / 1e6,
        "late_ms": (end - start) / 1e6 - seconds * 1000,
        "cpu_total_ms": finished["cpu_s"] * 1000,
        "cpu_steady_ms_per_s": (s2[1] - s1[1]) / 1e6 / window,
        "wakeups_per_s": (s2[2] - s1[2]) / window,
        "rss_kib": rss[0],
        "bytes_total": sum(n for _, n in chunks),
        "bytes_per_s": steady_bytes / window,
    }


METRICS = [
    ("first_frame_ms", "first frame (ms)", "{:.1f}"),
    ("late_ms", "lateness vs 20 s (ms)", "{:+.1f}"),
    ("cpu_steady_ms_per_s", "steady CPU (ms per s)", "{:.2f}"),
    ("wakeups_per_s", "steady wake-ups per s", "{:.1f}"),
    ("cpu_total_ms", "CPU, whole run (ms)", "{:.1f}"),
    ("rss_kib", "peak RSS (KiB)", "{:,.0f}"),
    ("bytes_per_s", "bytes to terminal per s", "{:.0f}"),
]


def spread(values: list, fmt: str) -> str:
    """median (min-max)."""
    med = statistics.median(values)
    return f"{fmt.format(med)} ({fmt.format(min(values))} to {fmt.format(max(values))})"


def side_by_side(results: dict, direct: dict) -> str:
    names = list(results)
    lines = [
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for key, label, fmt in METRICS:
        row = []
        for name in names:
            runs = results[name]
            row.append(spread([r[key] for r in runs], fmt) if runs else "failed")
        lines.append(f"| {label} | " + " | ".join(row) + " |")
        if key == "first_frame_ms":
            row = [spread(direct[n], "{:.2f}") if direct.get(n) else "failed" for n in names]
            lines.append("| first frame, own terminal (ms) | " + " | ".join(row) + " |")
    return "\n".join(lines)


def percentile(values: list, p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def long_routine(knead: str, minutes: int, python: str, home: Path) -> str:
    """A scripted routine of `minutes`: every deadline and displayed second, from knead's log."""
    holds = minutes
    routine = home / "long.toml"
    steps = "".join(
        f'[[step]]\nregion = "spot {i}"\nhold = "45s"\n' for i in range(holds)
    )
    routine.write_text(
        f'name = "Bench {minutes} min"\nauto_advance = true\n'
        f'[defaults]\ntool = "ball"\nprepare = "5s"\nrest = "10s"\n{steps}'
    )
    log = home / "timing.tsv"
    timer = Timer(
        name="long",
        command=[knead, "run", str(routine)],
        first="Enter begin",
        end="Last hold: rate it",
        start_keys=["Enter"],
        quit_keys=["q", "y", "q"],
        env=knead_env(home) | {"KNEAD_EFFECTS_LOG": log},
    )
    length = holds * 60 - 10
    run_once(timer, length, python, "long")
    deadlines, seconds = [], []
    for line in log.read_text().splitlines()[1:]:
        name, due_ms, late_us = line.split("\t")
        if name.startswith("second:"):
            phase, n = name[len("second:"):].rsplit(":", 1)
            seconds.append((float(due_ms), phase, int(n), int(late_us)))
        elif not name.startswith("cue:"):
            deadlines.append((float(due_ms), int(late_us)))
    late = [us / 1000 for _, us in deadlines]
    thirds = len(deadlines) // 3
    first_third = statistics.mean(late[:thirds])
    last_third = statistics.mean(late[-thirds:])
    skipped = repeated = 0
    for (_, p1, n1, _), (_, p2, n2, _) in zip(seconds, seconds[1:]):
        if p1 == p2:
            skipped += n1 - n2 > 1
            repeated += n2 >= n1
    shown_late = [us / 1000 for *_, us in seconds]
    return "\n".join(
        [
            f"{len(deadlines)} session deadlines over a {minutes}-minute routine "
            f"({holds} holds of 45 s with 5 s to get ready and 10 s rests), in the full-screen "
            "interface, from knead's own timing log:",
            "",
            "| | min | median | p99 | max |",
            "|---|---|---|---|---|",
            f"| deadline handled after it was due (ms) | {min(late):.2f} | "
            f"{statistics.median(late):.2f} | {percentile(late, 99):.2f} | {max(late):.2f} |",
            f"| new second on screen after it was due (ms) | {min(shown_late):.2f} | "
            f"{statistics.median(shown_late):.2f} | {percentile(shown_late, 99):.2f} | "
            f"{max(shown_late):.2f} |",
            "",
            f"Early: {sum(x < 0 for x in late + shown_late)} of {len(late) + len(shown_late)}. "
            f"Mean lateness, first third of the routine {first_third:.2f} ms, last third "
            f"{last_third:.2f} ms (no growth). Seconds shown: {len(seconds)}, "
            f"skipped {skipped}, repeated {repeated}.",
        ]
    )


def knead_env(home: Path) -> dict:
    return {
        "KNEAD_DATA_DIR": home / "data",
        "XDG_CONFIG_HOME": home / "config",
        "XDG_STATE_HOME": home / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
    }


def timed(command: list, runs: int) -> list:
    """Wall-clock milliseconds of `command`, `runs` times."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - t) * 1000)
    return times


def scale(knead: str, sample_history: str, python: str, home: Path) -> str:
    step = '[[step]]\nregion = "calf"\ntool = "ball"\nhold = "60s"\nrest = "15s"\nside = "both"\n'
    big = home / "big.toml"
    big.write_text('name = "Five hundred steps"\n' + step * 500)
    check = timed([knead, "check", str(big)], 30)
    data = home / "history-data"
    sample = home / "ten-years.json"
    with open(sample, "w") as out:
        subprocess.run([sample_history, "3653"], check=True, stdout=out)
    subprocess.run(
        [knead, "--data-dir", str(data), "import", str(sample), "--client", "bench"],
        check=True,
        capture_output=True,
    )
    holds = len(json.loads(sample.read_text())["holds"])
    report = timed(
        [knead, "--data-dir", str(data), "report", "--client", "bench", "--out", str(home / "r.html")],
        5,
    )
    screen = Timer(
        name="history",
        command=[knead, "--data-dir", str(data), "history", "--client", "bench"],
        first="HISTORY",
        end="HISTORY",
        quit_keys=["q"],
        env=knead_env(home),
    )
    opened = [run_once(screen, 2, python, f"history-{i}")["first_frame_ms"] for i in range(3)]
    return "\n".join(
        [
            "| task | median (min to max) |",
            "|---|---|",
            f"| `knead check` on a 500-step routine (30 runs, whole process) | {spread(check, '{:.1f}')} ms |",
            f"| `knead history` over ten years of daily sessions ({holds:,} holds): launch to first frame (3 runs) | {spread(opened, '{:.1f}')} ms |",
            f"| `knead report` over the same history, HTML (5 runs, whole process) | {spread(report, '{:.1f}')} ms |",
        ]
    )


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    cores = os.cpu_count()
    mem = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    return f"{cpu}, {cores} cores, {mem} GiB, Linux {platform.release()}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--knead", required=True)
    parser.add_argument("--sample-history", required=True)
    parser.add_argument("--python", default=sys.executable, help="a Python with pyte")
    parser.add_argument("--peers", required=True, help="folder the peers were installed in")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--long-minutes", type=int, default=10)
    parser.add_argument("--first-frames", type=int, default=30)
    parser.add_argument("--out", required=True)
    parser.add_argument("--pulse-server", help="a PulseAudio server with a null sink")
    parser.add_argument("--pulse-home", help="a HOME whose .asoundrc routes ALSA to it")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="knead-bench-home-"))
    for sub in ["data", "config", "state", "runtime", "timr"]:
        (home / sub).mkdir()
    hold = home / "hold.toml"
    hold.write_text(
        f'name = "One hold"\n[[step]]\nregion = "calf"\ntool = "ball"\n'
        f'hold = "{args.seconds}s"\nprepare = "0s"\n'
    )
    peers = Path(args.peers)
    s = args.seconds
    timers = [
        Timer("knead", [args.knead, "run", str(hold)], "Enter begin", "Rate calf",
              ["Enter"], ["q", "y", "q"], knead_env(home), started="HOLD"),
        Timer("termdown 2.0.0", [str(peers / "venv/bin/termdown"), str(s)], r"\S"),
        Timer("countdown-tui 0.1.5", [str(peers / "cargo/bin/countdown-tui"), f"{s}s"], "█"),
        Timer("timr-tui 1.9.0", [str(peers / "cargo/bin/timr-tui"), "-m", "countdown", "-c", str(s)],
              "█", "DONE", ["Space"], ["q"], {"HOME": home / "timr"}),
    ]
    if args.pulse_server:
        with_sound = knead_env(home) | {"PULSE_SERVER": args.pulse_server, "HOME": args.pulse_home}
        timers.insert(1, Timer("knead, null sink", timers[0].command, "Enter begin", "Rate calf",
                               ["Enter"], ["q", "y", "q"], with_sound, started="HOLD"))
    results = {t.name: [] for t in timers}
    for round_ in range(args.rounds):
        for n, timer in enumerate(timers):
            print(f"round {round_ + 1}/{args.rounds}: {timer.name}", file=sys.stderr)
            try:
                results[timer.name].append(run_once(timer, s, args.python, f"{round_}-{n}"))
            except (RuntimeError, subprocess.CalledProcessError, ValueError) as e:
                print(f"  failed: {e}", file=sys.stderr)
    # Start-up again, read straight from a terminal of our own (see firstframe.py), many
    # times, the timers taking turns so a busy moment of the machine does not hit one only.
    direct = {t.name: [] for t in timers}
    print(f"first frames, own terminal: {args.first_frames} each", file=sys.stderr)
    for _ in range(args.first_frames):
        for timer in timers:
            try:
                direct[timer.name].append(first_frame_ms(timer.command, timer.first, timer.env))
            except (RuntimeError, OSError) as e:
                print(f"  {timer.name} failed: {e}", file=sys.stderr)
            time.sleep(0.05)
    print(f"long routine: {args.long_minutes} minutes", file=sys.stderr)
    long = long_routine(args.knead, args.long_minutes, args.python, home)
    print("scale", file=sys.stderr)
    big = scale(args.knead, args.sample_history, args.python, home)
    version = subprocess.run([args.knead, "--version"], capture_output=True, text=True).stdout.strip()
    report = "\n".join(
        [
            f"# knead benchmarks, {time.strftime('%Y-%m-%d')}",
            "",
            f"Machine: {machine()}. {version}. No sound card; \"knead, null sink\" plays its cues "
            "into a PulseAudio null sink. Each timer counts down "
            f"{s} s in tmux (80x24), one after another, {args.rounds} rounds; "
            "figures are median (min to max).",
            "",
            "## Side by side",
            "",
            side_by_side(results, direct),
            "",
            "## knead's deadlines over a long routine",
            "",
            long,
            "",
            "## Scale",
            "",
            big,
            "",
        ]
    )
    Path(args.out).write_text(report)
    print(report)
    (Path(args.out).with_suffix(".json")).write_text(
        json.dumps({"runs": results, "first_frames_own_terminal": direct}, indent=1)
    )


if __name__ == "__main__":
    main()
