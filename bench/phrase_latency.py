#!/usr/bin/env python3
"""How long after its moment each spoken phrase and each tone is heard, with the speech cache
cold and then warm, and the CPU spent rendering the phrases.

usage: bench/phrase_latency.py BINARY [ROUTINE] [LEVEL]
       (ROUTINE: a routine file, default a short one of both sides; LEVEL: names, minimal, full)
       UI=tui runs the full-screen interface in tmux (80x24) instead of --plain; the session's
       CPU is then not counted. DEBUG=1 prints the sounds heard near each phrase.

knead plays into a private PulseAudio null sink whose monitor is recorded here, each 10 ms
chunk stamped with the wall clock as it arrives; knead's timing log (KNEAD_EFFECTS_LOG) names
its start on the same clock, so every sound's first sample can be set against the moment it
was due. The session is driven as a person with their eyes closed would: a rating is typed
2.5 s after "Release. Rate it" has been handed to the output, and nothing else.

Printed per run: tones, due to first sample; phrases, due to first sample of speech (the 250 ms
lead-in and the engine's own leading silence included, and any wait behind a tone), and how far
that is from where knead planned it; phrases left out because they were not rendered in time;
the session's CPU (knead and the engine it ran). The recording's clock is estimated from its
least delayed chunk: figures are good to about 10 ms. The warm run's CPU taken from the cold run's
is what rendering the phrases cost. Needs pulseaudio, parec and espeak-ng."""
import os, shlex, statistics, subprocess, sys, tempfile, threading, time, wave

RATE = 48_000
binary = sys.argv[1]
level = sys.argv[3] if len(sys.argv) > 3 else "names"
d = tempfile.mkdtemp()
home, rt = d + "/home", d + "/rt"
os.makedirs(home)
os.makedirs(rt)
sock = d + "/native"
env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=rt)
subprocess.run(["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit",
                f"--log-target=file:{d}/pulse.log",
                "--load=module-null-sink sink_name=knead_test rate=48000",
                f"--load=module-native-protocol-unix socket={sock} auth-anonymous=1"],
               env=env, check=True)
server = "unix:" + sock
time.sleep(1)

if len(sys.argv) > 2 and sys.argv[2]:
    routine = sys.argv[2]
else:
    routine = d + "/r.toml"
    open(routine, "w").write(
        'name = "Latency"\n'
        '[[step]]\nregion = "upper trapezius"\ntool = "ball"\nhold = "8s"\nprepare = "5s"\n'
        'rest = "6s"\nside = "both"\n'
        '[[step]]\nregion = "levator scapulae"\ntool = "ball"\nhold = "8s"\nprepare = "5s"\n'
        'rest = "6s"\nside = "both"\n')
os.makedirs(d + "/knead")
open(d + "/knead/config.toml", "w").write(f'[voice]\nlevel = "{level}"\n')


class Recording:
    """The null sink's monitor, with the wall-clock time of its first sample."""

    def __init__(self):
        self.data = bytearray()
        self.t0 = float("inf")
        self.proc = subprocess.Popen(
            ["parec", "-d", "knead_test.monitor", "--rate=48000", "--channels=1",
             "--format=s16le", "--raw", "--latency-msec=10"],
            env=dict(os.environ, PULSE_SERVER=server), stdout=subprocess.PIPE, bufsize=0)
        self.thread = threading.Thread(target=self.read, daemon=True)
        self.thread.start()

    def read(self):
        while chunk := self.proc.stdout.read(960):
            self.data += chunk
            # The least delayed chunk gives the best estimate of when sample 0 was made.
            self.t0 = min(self.t0, time.time() - len(self.data) / 2 / RATE)

    def stop(self):
        time.sleep(0.5)
        self.proc.kill()
        self.thread.join()
        n = len(self.data) // 2
        return [int.from_bytes(self.data[2 * i:2 * i + 2], "little", signed=True) / 32768
                for i in range(n)]


def onsets(samples):
    """Times (s from the first sample) where sound starts after at least 60 ms of quiet."""
    found, quiet = [], RATE
    for i, x in enumerate(samples):
        if abs(x) > 0.01:
            if quiet >= RATE * 60 // 1000:
                found.append(i / RATE)
            quiet = 0
        else:
            quiet += 1
    return found


def leading_silence(path):
    """Seconds before the engine's WAV makes a sound."""
    with wave.open(path) as w:
        width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
        # espeak-ng streams its WAV and cannot fill in the length: read what is there.
        frames = w.readframes(w.getnframes())
    step = width * channels
    for i in range(0, len(frames) - step, step):
        x = int.from_bytes(frames[i:i + width], "little", signed=width > 1)
        if abs(x) > (1 << (8 * width - 1)) * 0.01:
            return i / step / rate
    return 0.0


class Pane:
    """knead's full screen in tmux, typed into as the plain mode's stdin is."""

    def __init__(self, kenv):
        self.stdin = self
        envs = " ".join(f"{k}={shlex.quote(v)}" for k, v in kenv.items())
        command = (f"env -i TERM=xterm-256color {envs} {shlex.quote(binary)} run --voice "
                   f"--no-notify {shlex.quote(routine)}; tmux -L kphrase wait -S done")
        subprocess.run(["tmux", "-L", "kphrase", "kill-server"], stderr=subprocess.DEVNULL)
        subprocess.run(["tmux", "-L", "kphrase", "new-session", "-d", "-x", "80", "-y", "24",
                        command], check=True)
        self.waiter = subprocess.Popen(["tmux", "-L", "kphrase", "wait", "done"])
        self.quit_sent = False
        self.log = kenv["KNEAD_EFFECTS_LOG"]

    def write(self, keys):
        for key in keys.decode().replace("\n", "\r"):
            subprocess.run(["tmux", "-L", "kphrase", "send-keys",
                            "Enter" if key == "\r" else key], check=True)

    def flush(self):
        pass

    def poll(self):
        # The summary waits for a key: q, once "Session complete" has been said.
        if not self.quit_sent and "phrase:Session complete" in open(self.log).read():
            time.sleep(4)
            self.write(b"q")
            self.quit_sent = True
        return self.waiter.poll()


def run(cache):
    log = d + "/effects.tsv"
    rec = Recording()
    while len(rec.data) < RATE:  # samples flowing
        time.sleep(0.02)
    kenv = {"HOME": home, "XDG_CONFIG_HOME": d, "XDG_STATE_HOME": d, "XDG_CACHE_HOME": cache,
            "XDG_RUNTIME_DIR": rt, "KNEAD_DATA_DIR": d, "PATH": os.environ["PATH"],
            "PULSE_SERVER": server, "KNEAD_EFFECTS_LOG": log}
    if os.environ.get("UI") == "tui":
        knead = Pane(kenv)
    else:
        knead = subprocess.Popen([binary, "run", "--plain", "--voice", "--no-notify", routine],
                                 env=kenv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    # START=0.2 presses Enter at once, as someone who knows the routine does.
    time.sleep(float(os.environ.get("START", "3")))
    knead.stdin.write(b"\n")
    knead.stdin.flush()
    answered, unprompted, ended_at = 0, 0, {}
    while knead.poll() is None:
        time.sleep(0.1)
        try:
            lines = open(log).read().splitlines()
        except OSError:
            continue
        prompts = sum(l.startswith("phrase:Release.") for l in lines)
        ended = sum(l.startswith("hold-ended") for l in lines)
        ended_at.setdefault(ended, time.time())
        # Eyes closed, the prompt is what asks; without it (not rendered in time) a person
        # would notice the silence after a while.
        silent = ended > answered and time.time() - ended_at[ended] > 8
        if prompts > answered or silent:
            unprompted += prompts <= answered
            time.sleep(2.5)
            knead.stdin.write(b"%d\n" % (answered % 9 + 1))
            knead.stdin.flush()
            answered += 1
    samples = rec.stop()
    lines = open(log).read().splitlines()
    start = float(lines[0].split("start_unix_ms=")[1]) / 1000
    rows = [l.split("\t") for l in lines[1:]]
    heard = onsets(samples)
    shift = start - rec.t0  # knead's time zero, in the recording's seconds

    def first_after(t, within):
        return next((h for h in heard if t <= h <= t + within), None)

    tones, phrases = [], []
    for name, due_ms, late_us in rows:
        due = shift + float(due_ms) / 1000
        if name.startswith("cue:"):
            h = first_after(due - 0.03, 0.4)
            if h is not None:
                tones.append((h - due) * 1000)
        elif name.startswith("phrase:"):
            first = due + int(late_us) / 1e6
            h = first_after(first - 0.05, 1.5)
            if os.environ.get("DEBUG"):
                near = [round((x - due) * 1000) for x in heard if due - 0.1 <= x <= due + 2.5]
                print(f"  {name}: planned +{(first - due) * 1000:.0f}, onsets {near}")
            if h is None:
                print(f"  not heard: {name}")
                continue
            phrases.append((name[7:], (h - due) * 1000, (h - first) * 1000))
    if unprompted:
        print(f"  {unprompted} rating(s) given without the spoken prompt")
    return tones, phrases


def stats(values):
    values = sorted(values)
    if not values:
        return "none"
    p = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    return f"p50 {p(0.5):.0f}, p99 {p(0.99):.0f}, worst {values[-1]:.0f} ms (n={len(values)})"


cache = d + "/cache"
results = {}
for label in ["cold", "warm"]:
    before = os.times()
    tones, phrases = run(cache)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    results[label] = (tones, phrases, cpu)
    voice = cache + "/knead/voice"
    leads = [leading_silence(os.path.join(voice, f)) * 1000 for f in os.listdir(voice)
             if f.endswith(".wav")] if os.path.isdir(voice) else []
    print(f"{label} cache ({level}, {routine}):")
    print(f"  tones, due to first sample: {stats(tones)}")
    print(f"  phrases, due to first sample of speech: {stats([p[1] for p in phrases])}")
    print(f"  phrases, first speech against the moment knead planned for it (after the 250 ms "
          f"lead-in; the engine's own leading silence, median {statistics.median(leads) if leads else 0:.0f} ms, "
          f"is not taken off): {stats([p[2] for p in phrases])}")
    print(f"  phrases heard: {len(phrases)}; session CPU (knead and the engine): {cpu * 1000:.0f} ms")
    for text, due_to, planned in phrases:
        print(f"    {due_to:6.0f} {planned:6.0f}  {text}")
cold, warm = results["cold"], results["warm"]
print(f"left out in the cold run (not rendered in time): {len(warm[1]) - len(cold[1])}")
if os.environ.get("UI") != "tui":
    print(f"rendering the phrases, the cold run's CPU less the warm one's: "
          f"{(cold[2] - warm[2]) * 1000:.0f} ms (cold {cold[2] * 1000:.0f}, warm {warm[2] * 1000:.0f})")
# The engine alone, once per distinct phrase, as knead runs it by default.
texts = sorted({p[0] for p in warm[1]})
before = os.times()
for text in texts:
    subprocess.run(["espeak-ng", "--stdout", text], stdout=subprocess.DEVNULL, check=True)
after = os.times()
engine = (after.children_user - before.children_user) + (after.children_system - before.children_system)
print(f"espeak-ng alone, {len(texts)} distinct phrases: {engine * 1000:.0f} ms CPU "
      f"({engine * 1000 / max(1, len(texts)):.0f} ms each)")
subprocess.run(["kill", open(rt + "/pulse/pid").read().strip()])
