"""Fixtures for the booking tests: fixed clock, SQLite/PostgreSQL stores."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from bot.booking import KST, BookingStore
from bot.booking.connection import make_engine
from bot.booking.migrations import migrate
from tests.support.postgres import new_database, postgres_server

# Sunday 2026-11-22 10:00 KST (the next open day is Monday 11-23)
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=KST)
CENTER = "서울고용센터"
OTHER_CENTER = "서울강남고용센터"


class Clock:
    """Mutable test clock (aware KST)."""

    def __init__(self, now: datetime = NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now = self.now + timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def pg_server_url():
    """One private PostgreSQL server for the whole booking test session."""
    with postgres_server(max_connections=150) as url:
        yield url


@pytest.fixture
def pg_url(pg_server_url):
    return new_database(pg_server_url, prefix="booking")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'booking.db'}"


@pytest.fixture(scope="session")
def pg_shared_url(pg_server_url):
    """One migrated database reused by the store tests (emptied before each test)."""
    url = new_database(pg_server_url, prefix="shared")
    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return url


def _empty_bookings(url: str) -> None:
    engine = create_engine(url, future=True, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '10s'"))
            conn.execute(text("TRUNCATE bookings RESTART IDENTITY"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A migrated-or-migratable, empty booking database (SQLite file / shared PostgreSQL DB)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'booking.db'}"
    url = request.getfixturevalue("pg_shared_url")
    _empty_bookings(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request, tmp_path):
    """A brand-new database without any tables (for migration tests)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return new_database(request.getfixturevalue("pg_server_url"), prefix="empty")


@pytest.fixture
def make_store(clock):
    stores = []

    def _make(url, **kw):
        kw.setdefault("clock", clock)
        s = BookingStore(url, **kw)
        stores.append(s)
        return s

    yield _make
    for s in stores:
        s.close()


@pytest.fixture
def store(make_store, db_url):
    return make_store(db_url)
