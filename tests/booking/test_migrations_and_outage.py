from __future__ import annotations

import glob
import os
import threading
from datetime import datetime

import pytest
from sqlalchemy import inspect, text

from bot.booking import KST, BookingStore, StoreUnavailable
from bot.booking.connection import make_engine
from bot.booking.migrations import MIGRATIONS, Migration, applied_versions, migrate
from tests.support.postgres import postgres_server, start_postgres
from tests.support.procs import alive as _alive

from .conftest import CENTER

WED10 = datetime(2026, 11, 25, 10, 0, tzinfo=KST)


def test_migrate_empty_db_then_rerun_is_noop(empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        assert applied_versions(engine) == []
        assert migrate(engine) == [m.version for m in MIGRATIONS]
        insp = inspect(engine)
        assert {"bookings", "schema_version"} <= set(insp.get_table_names())
        uniques = {tuple(u["column_names"]) for u in insp.get_unique_constraints("bookings")}
        assert ("center", "slot_start", "seat_no") in uniques and ("code",) in uniques
        assert migrate(engine) == []
        assert migrate(engine) == []
        assert applied_versions(engine) == [m.version for m in MIGRATIONS]
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM schema_version")).scalar() == len(MIGRATIONS)
    finally:
        engine.dispose()


def test_store_startup_migrates_and_keeps_data(make_store, empty_db_url):
    s1 = make_store(empty_db_url)
    b = s1.book(CENTER, WED10, "홍길동", "010-1234-5678", {"a": 1})
    s2 = make_store(empty_db_url)  # second start-up: migrations re-run idempotently
    assert s2.get(b.code, "010-1234-5678").summary == {"a": 1}


def test_a_new_migration_is_applied_once_in_order(empty_db_url):
    engine = make_engine(empty_db_url)
    calls = []

    def m2(conn):
        calls.append(2)
        conn.execute(text("CREATE TABLE booking_extra (id INTEGER PRIMARY KEY, note VARCHAR(20))"))

    try:
        migrate(engine)
        extra = list(MIGRATIONS) + [Migration(MIGRATIONS[-1].version + 1, "extra table", m2)]
        assert migrate(engine, extra) == [MIGRATIONS[-1].version + 1]
        assert migrate(engine, extra) == []
        assert calls == [2]
        assert "booking_extra" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_failed_migration_is_rolled_back(empty_db_url):
    engine = make_engine(empty_db_url)

    def bad(conn):
        conn.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        raise RuntimeError("boom")

    try:
        migrate(engine)
        with pytest.raises(RuntimeError):
            migrate(engine, list(MIGRATIONS) + [Migration(99, "bad", bad)])
        assert 99 not in applied_versions(engine)
        assert "half_done" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_concurrent_startups_migrate_once(empty_db_url):
    errors, engines = [], [make_engine(empty_db_url) for _ in range(6)]
    barrier = threading.Barrier(len(engines), timeout=30)

    def go(e):
        try:
            barrier.wait()
            migrate(e)
        except Exception as ex:  # noqa: BLE001
            errors.append(ex)

    ts = [threading.Thread(target=go, args=(e,), daemon=True) for e in engines]
    [t.start() for t in ts]
    [t.join(60) for t in ts]
    try:
        assert not errors, errors
        assert applied_versions(engines[0]) == [m.version for m in MIGRATIONS]
    finally:
        for e in engines:
            e.dispose()


def test_postgres_stopped_gives_store_unavailable_and_no_partial_write(clock):
    url, stop = start_postgres(dbname="outage")
    store = BookingStore(url, clock=clock)
    try:
        b = store.book(CENTER, WED10, "홍길동", "010-1234-5678", {})
        stop()
        for op in (
            lambda: store.book(CENTER, WED10, "김철수", "010-2222-3333", {}),
            lambda: store.free_slots(CENTER),
            lambda: store.slot_status(CENTER, WED10),
            lambda: store.get(b.code, "010-1234-5678"),
            lambda: store.cancel(b.code, "010-1234-5678"),
            lambda: store.list_bookings(),
        ):
            with pytest.raises(StoreUnavailable) as ei:
                op()
            assert "연결할 수 없습니다" in ei.value.message_ko
        with pytest.raises(StoreUnavailable):
            BookingStore(url, clock=clock)  # start-up against a dead server
    finally:
        store.close()
        stop()


def test_store_unavailable_when_server_dies_mid_transaction(pg_url, make_store):
    """Kill the backend inside the booking transaction: error is StoreUnavailable, nothing saved."""
    store = make_store(pg_url)
    admin = make_store(pg_url)

    def kill_own_backend(stage):
        with admin.engine.connect() as c:
            c.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND state LIKE 'idle in transaction%'"
                )
            )
            c.commit()

    store._fault_hook = kill_own_backend
    with pytest.raises(StoreUnavailable):
        store.book(CENTER, WED10, "홍길동", "010-1234-5678", {})
    store._fault_hook = None
    assert admin.list_bookings() == []
    assert store.book(CENTER, WED10, "홍길동", "010-1234-5678", {}).seat_no == 1  # pool recovers


def test_sqlite_locked_too_long_gives_store_unavailable(sqlite_url, make_store, monkeypatch):
    import sqlite3

    import bot.booking.connection as dbmod

    monkeypatch.setattr(dbmod, "SQLITE_BUSY_TIMEOUT", 0.2)
    store = make_store(sqlite_url)
    path = sqlite_url[len("sqlite:///") :]
    blocker = sqlite3.connect(path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        with pytest.raises(StoreUnavailable):
            store.book(CENTER, WED10, "홍길동", "010-1234-5678", {})
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert store.list_bookings() == []


def test_postgres_helper_cleans_up():
    before = set(glob.glob("/tmp/pgtest-*"))
    with postgres_server(dbname="helper") as url:
        engine = make_engine(url)
        with engine.connect() as c:
            assert c.execute(text("SELECT current_database()")).scalar() == "helper"
        engine.dispose()
        d = _server_dir(url, set(glob.glob("/tmp/pgtest-*")) - before)
        pid = int(open(os.path.join(d, "data", "postmaster.pid")).readline())
    assert not os.path.exists(d)
    assert not _alive(pid)


def _server_dir(url: str, candidates) -> str:
    """The temp dir of the server behind ``url`` (other processes may run servers too)."""
    from sqlalchemy.engine import make_url

    port = str(make_url(url).port)
    for d in candidates:
        try:
            lines = open(os.path.join(d, "data", "postmaster.pid")).read().splitlines()
        except OSError:
            continue
        if len(lines) > 3 and lines[3].strip() == port:
            return d
    raise AssertionError(f"no server dir for port {port} among {sorted(candidates)}")


def test_stale_server_of_a_dead_test_process_is_swept():
    import subprocess
    import sys

    from tests.support.postgres import sweep_stale_servers

    # a child process starts a server and dies without stopping it (like a SIGKILLed run)
    code = (
        "import os, sys; sys.path.insert(0, os.getcwd());"
        "from tests.support.postgres import start_postgres;"
        "url, stop = start_postgres(dbname='orphan'); print(url, flush=True); os._exit(0)"
    )
    before = set(glob.glob("/tmp/pgtest-*"))
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
    )
    assert out.returncode == 0, out.stderr
    orphan = _server_dir(out.stdout.strip(), set(glob.glob("/tmp/pgtest-*")) - before)
    pid = int(open(os.path.join(orphan, "data", "postmaster.pid")).readline())
    assert _alive(pid)
    assert sweep_stale_servers() >= 1
    assert not os.path.exists(orphan) and not _alive(pid)


def test_missing_postgres_binaries_name_the_debian_package(monkeypatch):
    import tests.support.postgres as pgmod

    monkeypatch.delenv("PG_BIN_DIR", raising=False)
    monkeypatch.setattr(pgmod.glob, "glob", lambda pattern: [])
    with pytest.raises(pgmod.PostgresUnavailable) as ei:
        pgmod.start_postgres()
    assert "apt-get install -y postgresql" in str(ei.value)
    assert pgmod.postgres_available() is False


def test_sqlite_first_startup_while_another_writer_holds_the_lock(tmp_path):
    """Switching to WAL needs an exclusive lock and fails at once (no busy wait) while another
    connection writes; start-up must not fail because of that."""
    import sqlite3

    path = tmp_path / "fresh.db"
    blocker = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    blocker.execute("CREATE TABLE other (x INTEGER)")
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO other VALUES (1)")
    release = threading.Timer(0.3, lambda: blocker.execute("COMMIT"))
    release.start()
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert migrate(engine) == [m.version for m in MIGRATIONS]  # waited for the writer
        release.join(10)
        engine.dispose()
        with engine.connect() as conn:  # a later connection switches the file to WAL
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        release.cancel()
        engine.dispose()
        blocker.close()
