"""Resident memory of server processes from /proc (psutil is not in the venv)."""

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


class RssSampler:
    """Samples named pids every `interval` seconds on a daemon thread and keeps the peak per name."""

    def __init__(self, interval: float = 1.0):
        self.interval = interval
        self.pids: dict[str, int] = {}
        self.peak: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def watch(self, name: str, pid: int):
        self.pids[name] = pid
        self.sample()

    def forget(self, name: str):
        self.pids.pop(name, None)

    def sample(self):
        for name, pid in list(self.pids.items()):
            v = rss_mb(pid)
            if v is not None and v > self.peak.get(name, 0.0):
                self.peak[name] = v

    def _run(self):
        while not self._stop.wait(self.interval):
            self.sample()

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


class CpuProbe:
    """CPU seconds of named server processes: ``probe()`` -> {"rasa": 12.3, "actions": 0.4}."""

    def __init__(self, pids: dict[str, int] | None = None):
        self.pids = dict(pids or {})

    def __call__(self) -> dict[str, float]:
        out = {}
        for name, pid in self.pids.items():
            v = cpu_seconds(pid)
            if v is not None:
                out[name] = v
        return out
