"""Find and stop processes a test run left behind (stdlib only; Linux /proc).

scripts/test.sh exports BOT_TEST_RUN=<id> before it starts anything; every server the tests
start (Rasa, action servers, web, router, PostgreSQL, Redis, Chromium) inherits it. After the
run, any process that still carries that id is a leak: it is listed (so the leak is visible in
the CI log and can be fixed) and stopped (SIGTERM, then SIGKILL), so a leaked server can never
hold the CI log pipe open and stall the run.

    python -m tests.support.reap_strays RUN_ID [--grace SECONDS]

Exit code 0 always (a leak is reported, not fatal: the tests themselves already passed or failed).
"""

from __future__ import annotations

import os
import signal
import sys
import time

from tests.support.procs import alive as _alive, ppid as _ppid


def _ancestors() -> set:
    """This process and its ancestors (never ours to kill)."""
    out, pid = set(), os.getpid()
    for _ in range(64):  # bounded walk up the tree
        out.add(pid)
        pid = _ppid(pid)
        if pid <= 1:
            break
    return out


def strays(run_id: str) -> list:
    marker = f"BOT_TEST_RUN={run_id}".encode()
    skip = _ancestors()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in skip:
            continue
        pid = int(name)
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = f.read().split(b"\0")
        except OSError:
            continue
        if marker in env and _alive(pid):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
            except OSError:
                cmd = "?"
            found.append((pid, cmd[:200]))
    return found


def main(argv: list) -> int:
    if not argv or not argv[0]:
        print("usage: reap_strays.py RUN_ID [--grace SECONDS]", file=sys.stderr)
        return 0
    run_id = argv[0]
    grace = float(argv[argv.index("--grace") + 1]) if "--grace" in argv else 10.0
    found = strays(run_id)
    if not found:
        return 0
    print(f"!! {len(found)} process(es) outlived the test run; stopping them:", file=sys.stderr)
    for pid, cmd in found:
        print(f"   pid {pid}: {cmd}", file=sys.stderr)
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        for pid, _ in found:
            try:
                os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and any(_alive(p) for p, _ in found):
            time.sleep(0.2)
        if not any(_alive(p) for p, _ in found):
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
