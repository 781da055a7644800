#!/usr/bin/env python3
"""CPU and wake-ups of knead through a 60 s hold, second by second, with a private PulseAudio
null sink (ALSA routed to it) or with no sound device.

usage: bench/hold_wakeups.py BINARY MODE      MODE: voice | tones | nodevice
       (BINARY must be named knead: the process is found by that name)
       (FLAG=... overrides the run flag, e.g. FLAG=--voice)

Two counts are printed. /proc's per-thread counters miss every thread that ended during the
window (the sound library starts and ends threads each time the output opens and closes), so
the figure that counts is `perf stat`'s, which follows the whole process, threads that came and
went included. Needs tmux, pulseaudio, perf from Debian's linux-perf."""
import os, subprocess, sys, time, tempfile, glob, statistics
binary, mode = sys.argv[1], sys.argv[2]
d = tempfile.mkdtemp()
home, rt = d + "/home", d + "/rt"
os.makedirs(home); os.makedirs(rt)
open(home + "/.asoundrc", "w").write("pcm.!default { type pulse }\nctl.!default { type pulse }\n")
sock = d + "/native"
env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=rt)
if mode != "nodevice":
    subprocess.run(["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit",
                    f"--log-target=file:{d}/pulse.log",
                    "--load=module-null-sink sink_name=knead_test rate=48000",
                    f"--load=module-native-protocol-unix socket={sock} auth-anonymous=1"], env=env, check=True)
    time.sleep(1)
open(d + "/r.toml", "w").write('name = "Sixty"\n[[step]]\nregion = "upper trapezius"\ntool = "ball"\nhold = "60s"\nprepare = "3s"\n')
kenv = {"HOME": home, "XDG_CONFIG_HOME": d, "XDG_STATE_HOME": d, "XDG_CACHE_HOME": d + "/cache",
        "KNEAD_DATA_DIR": d, "PATH": os.environ["PATH"], "TERM": "xterm-256color"}
if mode == "nodevice":
    kenv["ALSA_CONFIG_PATH"] = "/dev/null"
else:
    kenv["PULSE_SERVER"] = "unix:" + sock
flag = os.environ.get("FLAG", {"voice": "--voice", "tones": "--no-voice", "nodevice": "--voice"}[mode])
envs = " ".join(f"{k}={v}" for k, v in kenv.items())
sock_t = "kmeasure"
subprocess.run(["tmux", "-L", sock_t, "kill-server"], stderr=subprocess.DEVNULL)
subprocess.run(["tmux", "-L", sock_t, "new-session", "-d", "-x", "80", "-y", "24",
                f"env -i {envs} {binary} run {flag} --no-notify {d}/r.toml"], check=True)
time.sleep(2.5)
pids = subprocess.run(["pgrep", "-f", f"{binary} run"], capture_output=True, text=True).stdout.split()
pid = [p for p in pids if open(f"/proc/{p}/comm").read().strip() == "knead"][0]
subprocess.run(["tmux", "-L", sock_t, "send-keys", "Enter"])
time.sleep(3.5)  # into the hold
def sample():
    tasks = {}
    for t in glob.glob(f"/proc/{pid}/task/*"):
        try:
            cpu = int(open(t + "/schedstat").read().split()[0])
            sw = 0
            for line in open(t + "/status").read().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    sw += int(line.split()[1])
            tasks[t] = (cpu, sw)
        except OSError:
            pass
    return tasks
def delta(a, b):
    cpu = sum(v[0] - a.get(t, (0, 0))[0] for t, v in b.items())
    sw = sum(v[1] - a.get(t, (0, 0))[1] for t, v in b.items())
    return cpu, sw
perf = subprocess.Popen(["perf", "stat", "-p", pid, "-e", "context-switches,task-clock", "-I", "1000", "-x", ","],
                        stderr=subprocess.PIPE, text=True)
series = []
perthread = []
first = sample()
prev = first; t_prev = time.time()
for i in range(60):
    time.sleep(1)
    cur = sample(); now = time.time()
    c, w = delta(prev, cur)
    series.append((c / 1e6 / (now - t_prev), w / (now - t_prev)))
    per = {}
    for t, v in cur.items():
        try: name = open(t + "/comm").read().strip()
        except OSError: name = "?"
        a = prev.get(t, (0, 0))
        per[name] = per.get(name, 0) + v[1] - a[1]
    perthread.append(per)
    prev, t_prev = cur, now
perf.terminate()
pout = perf.communicate()[1]
cs = [float(l.split(",")[1]) for l in pout.splitlines() if "context-switches" in l]
tc = [float(l.split(",")[1]) for l in pout.splitlines() if "task-clock" in l]
rss = [l for l in open(f"/proc/{pid}/status").read().splitlines() if l.startswith("VmHWM")][0]
last = sample()
for t, v in sorted(last.items()):
    try:
        name = open(t + "/comm").read().strip()
    except OSError:
        name = "?"
    a = first.get(t, (0, 0))
    print(f"  thread {name:16} wakeups {v[1]-a[1]:6} cpu ms {(v[0]-a[0])/1e6:8.1f}")
threads = len(glob.glob(f"/proc/{pid}/task/*"))
subprocess.run(["tmux", "-L", sock_t, "kill-server"])
for _ in range(50):
    if not os.path.exists(f"/proc/{pid}"):
        break
    time.sleep(0.1)
else:
    print("  knead did not exit after its terminal closed")
if mode != "nodevice":
    pidf = rt + "/pulse/pid"
    if os.path.exists(pidf):
        subprocess.run(["kill", open(pidf).read().strip()])
cpu = [c for c, _ in series]; wk = [w for _, w in series]
quiet = [w for i, w in enumerate(wk) if 2 <= i <= 24 or 32 <= i <= 54]
print(f"  files in {d}")
print(f"{mode:9} cpu ms/s mean {statistics.mean(cpu):.2f}  wakeups/s mean {statistics.mean(wk):.1f} max {max(wk):.0f} quiet-max {max(quiet):.0f}  {rss}  threads {threads}")
print("  per-second wakeups:", " ".join(f"{w:.0f}" for w in wk))

for name in ["knead", "knead-sound", "knead-sound-in", "threaded-ml", "cpal_alsa_out"]:
    print(f"  {name:14}", " ".join(str(p.get(name, 0)) for p in perthread))

print(f"  perf: context-switches/s mean {statistics.mean(cs[:60]):.1f} (n={len(cs)})  task-clock ms/s mean {statistics.mean(tc[:60]):.2f}")
print("  perf per-second:", " ".join(f"{c:.0f}" for c in cs[:60]))
