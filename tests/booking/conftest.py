"""Fixtures for the booking tests: fixed clock, SQLite/PostgreSQL stores."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.booking import KST, BookingStore
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


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'booking.db'}"
    return new_database(request.getfixturevalue("pg_server_url"), prefix="booking")


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
