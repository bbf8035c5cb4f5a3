"""Shared fixtures. `stack` starts the real action server, Rasa server and web server once per
session on free loopback ports, with throw-away databases, and stops them afterwards."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests.support.procs import ppid
from tests.support.stack import MODEL, Stack


@pytest.fixture(scope="session")
def stack():
    if not MODEL.exists():
        pytest.fail("models/current.tar.gz is missing: run `make train` (make test does it)")
    workdir = Path(tempfile.mkdtemp(prefix="bot-stack-"))
    s = Stack(workdir)
    try:
        s.start_actions()
        s.start_rasa()
        s.start_web()
        yield s
    finally:
        s.stop_all()
        if os.environ.get("KEEP_STACK_LOGS"):
            print(f"stack logs kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def pytest_sessionfinish(session, exitstatus):
    """Name what could keep the interpreter from exiting: live non-daemon threads and child
    processes. A test run that passes but never exits is a CI timeout, so say it here."""
    import threading

    lingering = [t for t in threading.enumerate() if t is not threading.main_thread() and t.is_alive() and not t.daemon]
    if lingering:
        print(
            "\n!! non-daemon threads still running at the end of the session: "
            + ", ".join(f"{t.name} ({type(t).__name__})" for t in lingering),
            file=sys.stderr,
        )
    try:
        kids = [p for p in os.listdir("/proc") if p.isdigit() and ppid(int(p)) == os.getpid()]
    except OSError:
        kids = []
    if kids:
        print(f"\n!! child processes still running at the end of the session: {kids}", file=sys.stderr)


def pytest_unconfigure(config):
    """If the interpreter is still not gone 120 s after the run, print every thread's stack and
    exit with an error, instead of hanging until CI's own timeout."""
    import faulthandler

    faulthandler.dump_traceback_later(120, exit=True)
