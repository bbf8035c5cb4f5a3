"""Shared fixtures. `stack` starts the real action server, Rasa server and web server once per
session on free loopback ports, with throw-away databases, and stops them afterwards."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

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


