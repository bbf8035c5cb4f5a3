"""Memory and CPU of server processes from /proc (psutil is not in the venv).

RSS counts every page a process maps, so pages two processes share (a forked Sanic worker and its
parent, the same library mapped twice) are counted twice when RSS values are added up. PSS
(``/proc/<pid>/smaps_rollup``) divides each shared page among the processes sharing it, so the PSS of
all processes of a box, sampled at the same moment, is the memory the box really uses."""

from __future__ import annotations

import threading
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """pid and all its live descendants (via /proc/<pid>/task/<tid>/children)."""
    out, todo, seen = [], [pid], set()
    while todo and len(seen) < 10000:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        if not Path(f"/proc/{p}").exists():
            continue
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                try:
                    todo += [int(x) for x in (task / "children").read_text().split()]
                except OSError:
                    pass
        except OSError:
            pass
    return out


def rss_mb(pid: int) -> float | None:
    """VmRSS of pid plus its descendants in MB; None if the process is gone."""
    total_kb, found = 0, False
    for p in descendants(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
                    found = True
                    break
        except OSError:
            pass
    return round(total_kb / 1024.0, 1) if found else None


def _rollup(p: int) -> dict[str, int] | None:
    """Rss, Pss, Private_* and Shared_* of one pid in kB (/proc/<pid>/smaps_rollup); None if gone."""
    try:
        text = Path(f"/proc/{p}/smaps_rollup").read_text()
    except OSError:
        return None
    out = {}
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss", "Private_Clean", "Private_Dirty", "Shared_Clean", "Shared_Dirty"):
            out[key] = int(rest.split()[0])
    return out if "Pss" in out else None


def pss_mb(pid: int) -> float | None:
    """Proportional set size (Pss of /proc/<pid>/smaps_rollup) of pid plus its descendants in MB;
    None if the process is gone or the kernel has no smaps_rollup."""
    rolls = [r for r in (_rollup(p) for p in descendants(pid)) if r]
    return round(sum(r["Pss"] for r in rolls) / 1024.0, 1) if rolls else None


class RssSampler:
    """Samples named pids every `interval` seconds on a daemon thread and keeps the peak per name
    (``peak``: RSS, ``peak_pss``: PSS) and, over all pids at one sample, ``box_peak``:

    * ``rss``: RSS summed (shared pages counted once per process: too high);
    * ``pss``: PSS summed (a shared page split among *every* process on the machine that maps it, other
      people's Rasa processes from the same venv included: too low on a shared machine);
    * ``dedicated``: the private pages of every process plus the largest shared set of one process
      once - what these processes need on a box of their own, where the pages they share (the same
      libraries, the pages a forked worker shares with its parent) are held once."""

    def __init__(self, interval: float = 1.0, pss_every: int = 5):
        self.interval = interval
        # smaps_rollup walks every page table of a process: ~28 ms of this process's CPU per sample of
        # two Rasa processes, taken from the cores the servers run on. PSS is read every pss_every-th
        # tick and at every explicit sample() (after each level); RSS (cheap) at every tick.
        self.pss_every = max(1, pss_every)
        self._ticks = 0
        self.pids: dict[str, int] = {}
        self.peak: dict[str, float] = {}
        self.peak_pss: dict[str, float] = {}
        self.box_peak: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def watch(self, name: str, pid: int):
        self.pids[name] = pid
        self.sample()

    def forget(self, name: str):
        self.pids.pop(name, None)

    def sample(self, pss: bool = True):
        box = {"rss": 0.0, "pss": 0.0, "private": 0.0}
        shared_max = 0.0
        for name, pid in list(self.pids.items()):
            v = rss_mb(pid)
            if v is not None:
                box["rss"] += v
                if v > self.peak.get(name, 0.0):
                    self.peak[name] = v
            if not pss:
                continue
            rolls = [r for r in (_rollup(p) for p in descendants(pid)) if r]
            if not rolls:
                continue
            pss = round(sum(r["Pss"] for r in rolls) / 1024.0, 1)
            box["pss"] += pss
            if pss > self.peak_pss.get(name, 0.0):
                self.peak_pss[name] = pss
            for r in rolls:
                box["private"] += (r.get("Private_Clean", 0) + r.get("Private_Dirty", 0)) / 1024.0
                shared_max = max(shared_max, (r.get("Shared_Clean", 0) + r.get("Shared_Dirty", 0)) / 1024.0)
        box["dedicated"] = box.pop("private") + shared_max if box["pss"] else 0.0
        if not pss:
            box = {"rss": box["rss"]}
        for kind, v in box.items():
            if v > self.box_peak.get(kind, 0.0):
                self.box_peak[kind] = round(v, 1)

    def _run(self):
        while not self._stop.wait(self.interval):
            self._ticks += 1
            self.sample(pss=self._ticks % self.pss_every == 0)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=5)


_CLK_TCK = None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of pid and its live descendants (from /proc/<pid>/stat); None if gone."""
    global _CLK_TCK
    if _CLK_TCK is None:
        import os

        _CLK_TCK = os.sysconf("SC_CLK_TCK")
    total, found = 0, False
    for p in descendants(pid):
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "; utime, stime = fields 14, 15
        total += int(fields[11]) + int(fields[12])
        found = True
    return total / _CLK_TCK if found else None


def cpu_seconds_precise(pid: int) -> float | None:
    """CPU seconds of pid and its live descendants to the nanosecond: the run time of every thread
    (/proc/<p>/task/<tid>/schedstat, first field) summed. /proc/<pid>/stat counts 10 ms ticks, too
    coarse for one ~10 ms turn; a thread that exited is no longer counted (the servers keep theirs).
    None if the kernel has no schedstat (then use cpu_seconds)."""
    total, found = 0, False
    for p in descendants(pid):
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                total += int((task / "schedstat").read_text().split()[0])
                found = True
            except (OSError, ValueError, IndexError):
                pass
    return total / 1e9 if found else None


class CpuProbe:
    """CPU seconds of named server processes: ``probe()`` -> {"rasa": 12.3, "actions": 0.4}.
    ``precise=True`` (per-turn probes) reads every thread's run time in ns (cpu_seconds_precise)."""

    def __init__(self, pids: dict[str, int] | None = None, precise: bool = False):
        self.pids = dict(pids or {})
        self.precise = precise

    def __call__(self) -> dict[str, float]:
        out = {}
        for name, pid in self.pids.items():
            v = cpu_seconds_precise(pid) if self.precise else None
            if v is None:
                v = cpu_seconds(pid)
            if v is not None:
                out[name] = v
        return out


_STAT_FIELDS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


def machine_ticks() -> dict[str, int]:
    """The machine's CPU time so far, in clock ticks summed over all cores (first line of /proc/stat):
    user, nice (processes at nice > 0: other people's niced jobs), system, idle, iowait, irq, softirq,
    steal (time the hypervisor gave the virtual cores to someone else)."""
    parts = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    return {k: int(v) for k, v in zip(_STAT_FIELDS, parts)}


def machine_cores(before: dict[str, int], after: dict[str, int], wall_s: float) -> dict[str, float]:
    """machine_ticks differences as cores (ticks per second of wall time / ticks per core-second)."""
    import os

    hz = os.sysconf("SC_CLK_TCK")
    return {k: round((after[k] - before[k]) / hz / wall_s, 2) for k in before if wall_s > 0}


def running_tasks() -> int:
    """Runnable tasks right now (the 4th field of /proc/loadavg, before the slash), this one included."""
    return int(Path("/proc/loadavg").read_text().split()[3].split("/")[0])


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds of pid's threads grouped by thread name (/proc/<pid>/task/<tid>/comm; the main thread
    as "main"), plus "ctx_invol": involuntary context switches summed over the threads (a thread that
    had to give up its core to another runnable one)."""
    out: dict[str, float] = {}
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return out
    for task in tasks:
        try:
            ns = int((task / "schedstat").read_text().split()[0])
            name = "main" if task.name == str(pid) else (task / "comm").read_text().strip()
            for line in (task / "status").read_text().splitlines():
                if line.startswith("nonvoluntary_ctxt_switches:"):
                    out["ctx_invol"] = out.get("ctx_invol", 0) + int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
        out[name] = out.get(name, 0.0) + ns / 1e9
    return out


def _unit_of_work() -> int:
    """A fixed piece of pure-Python work (~1 ms on this machine): integer arithmetic, a dict and a list."""
    d: dict[int, int] = {}
    acc = 0
    for i in range(10000):
        acc = (acc * 31 + i) % 1_000_003
        d[i & 255] = acc
    return acc + len(sorted(d.values()))


class SpeedProbe:
    """How fast the cores run right now: every ``interval`` s a daemon thread times a fixed piece of
    work in its own CPU time (``time.thread_time_ns``: waiting for a core is not counted). On a virtual
    machine the same work costs more CPU time when the physical core is shared (another VM on the
    sibling hyperthread, memory bandwidth, a lower clock), which no process list inside the machine
    shows. ``take()`` returns the median µs per unit since the last take (and resets); ~0.3 % of a core."""

    def __init__(self, interval: float = 0.5):
        self.interval = interval
        self._samples: list[float] = []
        self._mem_samples: list[float] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="speed-probe", daemon=True)

    def _run(self):
        import time

        import numpy as np

        # 32 MB, more than the cache a core can count on: a random gather over it waits on memory, so
        # its time also shows memory-bandwidth and cache contention from neighbours (mem_samples)
        big = np.arange(8_000_000, dtype=np.int32)
        idx = np.random.default_rng(0).integers(0, big.size, 50_000)
        while not self._stop.wait(self.interval):
            t0 = time.thread_time_ns()
            _unit_of_work()
            t1 = time.thread_time_ns()
            int(big[idx].sum())
            t2 = time.thread_time_ns()
            with self._lock:
                self._samples.append((t1 - t0) / 1000)
                self._mem_samples.append((t2 - t1) / 1000)

    def start(self):
        self._thread.start()
        return self

    def take(self) -> tuple[float | None, float | None]:
        """(median µs of the compute unit, of the memory unit) since the last take."""
        with self._lock:
            s, self._samples = sorted(self._samples), []
            m, self._mem_samples = sorted(self._mem_samples), []
        return (round(s[len(s) // 2], 1) if s else None, round(m[len(m) // 2], 1) if m else None)

    def stop(self):
        self._stop.set()
        self._thread.join(timeout=5)
