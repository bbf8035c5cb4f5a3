"""Engine creation (SQLite or PostgreSQL) and the DB-error -> StoreUnavailable mapping."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Optional

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

from bot.settings import settings

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE_PATH = REPO_ROOT / "var" / "booking.db"

# SQLite: how long a writer waits for the write lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 30.0


def resolve_url(url: Optional[str] = None) -> str:
    """url arg > $BOOKING_DB_URL > $DATABASE_URL > sqlite:///<repo>/var/booking.db (var/ created)."""
    url = url or settings().booking_url
    if not url:
        DEFAULT_SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{DEFAULT_SQLITE_PATH}"
    if url.startswith("postgres://"):  # Heroku-style alias
        url = "postgresql://" + url[len("postgres://") :]
    return url


def make_engine(url: str, pool_size: int = 10, max_overflow: int = 20) -> Engine:
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(u)
    if backend == "postgresql":
        connect_args = {"connect_timeout": 5}
        if u.get_driver_name() in ("psycopg2", ""):
            # keep a dead server from hanging a request forever
            connect_args["options"] = "-c lock_timeout=10000 -c statement_timeout=30000"
        return create_engine(
            u,
            future=True,
            hide_parameters=True,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=30,
            connect_args=connect_args,
        )
    raise ValueError(f"unsupported database URL for the booking store: {backend}")


def _sqlite_engine(u) -> Engine:
    db = u.database or ""
    memory = db in ("", ":memory:") or "mode=memory" in str(u)
    # hide_parameters: DB error messages must never carry phone numbers/names into logs
    kwargs = {"future": True, "hide_parameters": True}
    connect_args = {"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False}
    if memory:
        kwargs["poolclass"] = StaticPool
    else:
        Path(db).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(u, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy (not pysqlite) emit BEGIN, so BEGIN IMMEDIATE and SAVEPOINT work.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
            cur.execute("PRAGMA foreign_keys=ON")
            if not memory:
                _ensure_wal(cur)
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock up front (no deadlocking lock upgrades);
        # readers use a plain deferred BEGIN.
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _ensure_wal(cur) -> None:
    """Switch a SQLite file to WAL once. The switch needs an exclusive lock and does not wait
    on the busy handler, so concurrent first start-ups may see 'locked': retry (bounded);
    if it still fails, carry on in rollback-journal mode (BEGIN IMMEDIATE keeps writes safe)."""
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    for _ in range(40):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            time.sleep(0.05)


def write_engine(engine: Engine) -> Engine:
    """Same pool, but transactions start with BEGIN IMMEDIATE on SQLite."""
    return engine.execution_options(sqlite_immediate=True)


def is_unavailable_error(err: BaseException) -> bool:
    """True for connection / lock-timeout style DB errors (not constraint violations)."""
    if isinstance(err, exc.IntegrityError):
        return False
    if isinstance(err, exc.DBAPIError) and err.connection_invalidated:
        return True
    return isinstance(err, (exc.OperationalError, exc.InterfaceError, exc.TimeoutError, exc.DisconnectionError))
