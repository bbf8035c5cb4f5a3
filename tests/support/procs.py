"""Linux /proc reads shared by the test infrastructure (stdlib only)."""

from __future__ import annotations

from typing import List, Optional


def _stat(pid: int) -> Optional[List[str]]:
    """Fields of /proc/<pid>/stat after the command name (state, ppid, ...); None if gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    """True if pid exists and is not a zombie (a stopped server may linger as a zombie until
    init reaps it, when its parent - pg_ctl, say - has already exited)."""
    fields = _stat(pid)
    return bool(fields) and fields[0] not in ("Z", "X")


def ppid(pid: int) -> int:
    """Parent pid, or -1 if pid is gone."""
    fields = _stat(pid)
    try:
        return int(fields[1]) if fields else -1
    except (IndexError, ValueError):
        return -1
