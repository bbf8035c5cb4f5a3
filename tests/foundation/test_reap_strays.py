"""tests/support/reap_strays.py finds processes a test run leaked (by the BOT_TEST_RUN id they
inherit) and stops them, and never touches other processes or its own ancestors."""

import os
import subprocess
import sys
import time
import uuid

from tests.support import reap_strays as reap


def _sleeper(env_extra):
    env = dict(os.environ, **env_extra)
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], env=env, start_new_session=True)


def test_leaked_process_is_found_and_stopped_and_others_are_left_alone():
    run_id = uuid.uuid4().hex
    leaked = _sleeper({"BOT_TEST_RUN": run_id})
    other = _sleeper({"BOT_TEST_RUN": "another-run"})
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and leaked.pid not in [p for p, _ in reap.strays(run_id)]:
            time.sleep(0.1)
        found = reap.strays(run_id)
        assert [p for p, _ in found] == [leaked.pid]
        assert "time.sleep(120)" in found[0][1]
        assert reap.main([run_id, "--grace", "5"]) == 0
        assert leaked.wait(timeout=10) is not None
        assert other.poll() is None
        assert reap.strays(run_id) == []
    finally:
        for p in (leaked, other):
            p.kill()
            p.wait(timeout=10)


def test_never_lists_itself_or_its_ancestors(monkeypatch):
    run_id = uuid.uuid4().hex
    monkeypatch.setenv("BOT_TEST_RUN", run_id)  # (os.environ changes don't reach /proc/self/environ)
    assert os.getpid() in reap._ancestors()
    assert all(p not in reap._ancestors() for p, _ in reap.strays(run_id))


def test_usage_without_id_is_harmless():
    assert reap.main([]) == 0
