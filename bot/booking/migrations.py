"""A small versioned migration runner (table ``schema_version``).

Each migration is frozen DDL (never derived from the current model), applied in its own
transaction together with its ``schema_version`` row, so a crash leaves either the old or
the new version. Concurrent start-ups are serialised: PostgreSQL takes a transaction-level
advisory lock, SQLite takes the write lock (BEGIN IMMEDIATE). Running it again is a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, List, Sequence

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Connection, Engine

from .connection import write_engine

_ADVISORY_LOCK_KEY = 4_042_026  # arbitrary constant for "booking schema migrations"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _schema_version_table(md: MetaData) -> Table:
    return Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("name", String(200), nullable=False),
        Column("applied_at", DateTime, nullable=False),
    )


def _m001_bookings(conn: Connection) -> None:
    md = MetaData()
    Table(
        "bookings",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("code", String(12), nullable=False),
        Column("center", String(100), nullable=False),
        Column("slot_start", DateTime, nullable=False),  # naive UTC
        Column("seat_no", Integer, nullable=True),  # NULL once cancelled
        Column("status", String(16), nullable=False),
        Column("name", String(60), nullable=False),
        Column("phone", String(20), nullable=False),
        Column("summary_json", Text, nullable=False),
        Column("outcome_note", Text, nullable=True),
        Column("linked_desks_json", Text, nullable=False),
        Column("outcome_by", String(60), nullable=True),
        Column("outcome_at", DateTime, nullable=True),
        Column("created_at", DateTime, nullable=False),
        Column("updated_at", DateTime, nullable=False),
        UniqueConstraint("code", name="uq_bookings_code"),
        # the overbooking guard: one row per seat of a slot
        UniqueConstraint("center", "slot_start", "seat_no", name="uq_bookings_seat"),
        CheckConstraint("status IN ('booked', 'cancelled', 'visited', 'no_show')", name="ck_bookings_status"),
        CheckConstraint("seat_no IS NULL OR (seat_no >= 1 AND seat_no <= 1000)", name="ck_bookings_seat_range"),
        CheckConstraint(
            "(status = 'cancelled' AND seat_no IS NULL) OR (status <> 'cancelled' AND seat_no IS NOT NULL)",
            name="ck_bookings_seat_status",
        ),
    )
    Index("ix_bookings_slot_start", md.tables["bookings"].c.slot_start)
    Index("ix_bookings_center_status", md.tables["bookings"].c.center, md.tables["bookings"].c.status)
    md.create_all(conn)


MIGRATIONS: List[Migration] = [
    Migration(1, "create bookings (seat-level unique constraint)", _m001_bookings),
]


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK_KEY})
    # SQLite: the write engine already began with BEGIN IMMEDIATE (global write lock)


def applied_versions(engine: Engine) -> List[int]:
    md = MetaData()
    sv = _schema_version_table(md)
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "schema_version"):
            return []
        return [r[0] for r in conn.execute(sv.select().order_by(sv.c.version))]


def migrate(engine: Engine, migrations: Sequence[Migration] = None) -> List[int]:
    """Apply pending migrations in version order; returns the versions applied now."""
    migrations = sorted(migrations if migrations is not None else MIGRATIONS, key=lambda m: m.version)
    if len({m.version for m in migrations}) != len(migrations):
        raise ValueError("duplicate migration version")
    weng = write_engine(engine)
    md = MetaData()
    sv = _schema_version_table(md)
    done: List[int] = []
    with weng.begin() as conn:
        _lock(conn)
        sv.create(conn, checkfirst=True)
    for m in migrations:
        with weng.begin() as conn:
            _lock(conn)
            exists = conn.execute(sv.select().where(sv.c.version == m.version)).first()
            if exists:
                continue
            m.apply(conn)
            conn.execute(
                sv.insert().values(
                    version=m.version, name=m.name, applied_at=datetime.now(timezone.utc).replace(tzinfo=None)
                )
            )
            done.append(m.version)
    return done
