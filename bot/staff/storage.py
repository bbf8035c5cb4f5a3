"""Staff-console storage: users, sessions, login attempts, audit log and
review data (status, tags, notes, NLU corrections, saved test stories).

SQLite by default (``sqlite:///<repo>/var/staff.db``), PostgreSQL via a URL
(settings ``staff_db_url`` or env ``STAFF_DB_URL``).  Tables are prefixed with
``staff_`` so they can live in a shared database.  :func:`migrate` is
idempotent: it creates missing tables and records the schema version.

Size: the console's schema (tables, migrations) and ``StaffDB``, the one class that reads and writes it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_VERSION = 1

metadata = sa.MetaData()

schema_version = sa.Table(
    "staff_schema",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.Float, nullable=False),
)

users = sa.Table(
    "staff_users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("center", sa.String(128)),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("last_login_at", sa.Float),
)

sessions = sa.Table(
    "staff_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_seen_at", sa.Float, nullable=False),
    sa.Column("ip", sa.String(64)),
)

login_attempts = sa.Table(
    "staff_login_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("ip", sa.String(64), nullable=False, index=True),
    sa.Column("ts", sa.Float, nullable=False, index=True),
    sa.Column("success", sa.Boolean, nullable=False),
)

audit = sa.Table(
    "staff_audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ts", sa.Float, nullable=False, index=True),
    sa.Column("username", sa.String(64)),
    sa.Column("role", sa.String(16)),
    sa.Column("action", sa.String(64), nullable=False, index=True),
    sa.Column("target", sa.String(255)),
    sa.Column("detail", sa.Text),
    sa.Column("ip", sa.String(64)),
)

reviews = sa.Table(
    "staff_reviews",
    metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("updated_by", sa.String(64)),
    sa.Column("updated_at", sa.Float),
)

tags = sa.Table(
    "staff_tags",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("tag", sa.String(64), nullable=False),
    sa.Column("created_by", sa.String(64)),
    sa.Column("created_at", sa.Float),
    sa.UniqueConstraint("sender_id", "tag", name="uq_staff_tags_sender_tag"),
)

notes = sa.Table(
    "staff_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

corrections = sa.Table(
    "staff_corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("event_id", sa.Integer, nullable=False),
    sa.Column("original_text", sa.Text, nullable=False),
    sa.Column("annotated_text", sa.Text, nullable=False),
    sa.Column("intent", sa.String(128), nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.UniqueConstraint("sender_id", "event_id", name="uq_staff_corrections_event"),
)

stories = sa.Table(
    "staff_stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("name", sa.String(255), nullable=False),
    sa.Column("yaml", sa.Text, nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

REVIEW_STATUSES = ("unreviewed", "reviewed", "follow_up")
ROLES = ("counselor", "admin")


def default_staff_db_url() -> str:
    return f"sqlite:///{REPO_ROOT / 'var' / 'staff.db'}"


def make_engine(url: str, foreign_keys: bool = True) -> Engine:
    """Engine for the staff tables (SQLite: foreign keys on, shared in-memory pool), or, with
    foreign_keys=False, a read engine for Rasa's tracker database (bot.staff.conversations)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        db = u.database or ""
        if db and db != ":memory:":
            Path(db).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        kwargs: Dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if not db or db == ":memory:":
            kwargs["poolclass"] = StaticPool
        engine = sa.create_engine(u, future=True, **kwargs)
        if not foreign_keys:
            return engine

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return sa.create_engine(u, future=True, pool_pre_ping=True)


def migrate(engine: Engine) -> int:
    """Create missing tables (idempotent); returns the schema version."""
    metadata.create_all(engine, checkfirst=True)
    with engine.begin() as conn:
        have = conn.execute(
            sa.select(schema_version.c.version).where(schema_version.c.version == SCHEMA_VERSION)
        ).first()
        if not have:
            conn.execute(schema_version.insert().values(version=SCHEMA_VERSION, applied_at=time.time()))
    return SCHEMA_VERSION


def _row(r) -> Optional[Dict[str, Any]]:
    return dict(r._mapping) if r is not None else None


class StaffDB:
    """Thin data-access layer over the staff tables (synchronous)."""

    def __init__(self, url: Optional[str] = None, engine: Optional[Engine] = None) -> None:
        self.url = url or default_staff_db_url()
        self.engine = engine or make_engine(self.url)
        migrate(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    # ---- users -----------------------------------------------------------
    def get_user(self, username: str) -> Optional[Dict[str, Any]]:
        with self.engine.connect() as c:
            return _row(c.execute(sa.select(users).where(users.c.username == username)).first())

    def get_user_by_id(self, user_id: int) -> Optional[Dict[str, Any]]:
        with self.engine.connect() as c:
            return _row(c.execute(sa.select(users).where(users.c.id == user_id)).first())

    def list_users(self) -> List[Dict[str, Any]]:
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(sa.select(users).order_by(users.c.username))]

    def create_user(self, username: str, password_hash: str, role: str, center: Optional[str] = None) -> Dict[str, Any]:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        now = time.time()
        with self.engine.begin() as c:
            c.execute(
                users.insert().values(
                    username=username,
                    password_hash=password_hash,
                    role=role,
                    center=center or None,
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )
        return self.get_user(username)  # type: ignore[return-value]

    def update_user(self, username: str, **fields: Any) -> None:
        allowed = {"password_hash", "role", "center", "active", "last_login_at"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot update {bad}")
        if "role" in fields and fields["role"] not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        fields["updated_at"] = time.time()
        with self.engine.begin() as c:
            c.execute(users.update().where(users.c.username == username).values(**fields))

    def count_admins(self) -> int:
        with self.engine.connect() as c:
            return int(
                c.execute(
                    sa.select(sa.func.count())
                    .select_from(users)
                    .where(users.c.role == "admin", users.c.active.is_(True))
                ).scalar()
                or 0
            )

    # ---- sessions --------------------------------------------------------
    def create_session(self, token_hash: str, user_id: int, csrf_token: str, ip: str, now: float) -> None:
        with self.engine.begin() as c:
            c.execute(
                sessions.insert().values(
                    token_hash=token_hash,
                    user_id=user_id,
                    csrf_token=csrf_token,
                    created_at=now,
                    last_seen_at=now,
                    ip=ip,
                )
            )

    def get_session(self, token_hash: str) -> Optional[Dict[str, Any]]:
        j = sessions.join(users, sessions.c.user_id == users.c.id)
        q = (
            sa.select(
                sessions.c.id,
                sessions.c.user_id,
                sessions.c.csrf_token,
                sessions.c.created_at,
                sessions.c.last_seen_at,
                users.c.username,
                users.c.role,
                users.c.center,
                users.c.active,
            )
            .select_from(j)
            .where(sessions.c.token_hash == token_hash)
        )
        with self.engine.connect() as c:
            return _row(c.execute(q).first())

    def touch_session(self, session_id: int, now: float) -> None:
        with self.engine.begin() as c:
            c.execute(sessions.update().where(sessions.c.id == session_id).values(last_seen_at=now))

    def delete_session(self, session_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(sessions.delete().where(sessions.c.id == session_id))

    def delete_user_sessions(self, user_id: int, keep_session_id: Optional[int] = None) -> int:
        """End the user's sessions (all, or all but `keep_session_id`); returns how many."""
        with self.engine.begin() as c:
            q = sessions.delete().where(sessions.c.user_id == user_id)
            if keep_session_id is not None:
                q = q.where(sessions.c.id != keep_session_id)
            return int(c.execute(q).rowcount or 0)

    def delete_expired_sessions(self, idle_before: float, created_before: float) -> int:
        with self.engine.begin() as c:
            res = c.execute(
                sessions.delete().where(
                    sa.or_(sessions.c.last_seen_at < idle_before, sessions.c.created_at < created_before)
                )
            )
            return int(res.rowcount or 0)

    # ---- login attempts ----------------------------------------------------
    def record_attempt(self, username: str, ip: str, success: bool, now: float) -> int:
        """Insert one attempt; returns its id (a login records a failure first, then marks it)."""
        with self.engine.begin() as c:
            res = c.execute(login_attempts.insert().values(username=username, ip=ip, ts=now, success=success))
            # keep the table small: attempts older than a day are not needed
            c.execute(login_attempts.delete().where(login_attempts.c.ts < now - 86400))
            return int(res.inserted_primary_key[0])

    def mark_attempt_success(self, attempt_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(login_attempts.update().where(login_attempts.c.id == attempt_id).values(success=True))

    def failed_attempts_since(
        self, since: float, username: Optional[str] = None, ip: Optional[str] = None, reset_on_success: bool = True
    ) -> int:
        """Failed attempts since `since` for that username and/or IP.  With
        `reset_on_success`, only failures after the last success count (used
        per username; per IP every failure counts, so logging into one's own
        account does not reset an attacker's IP counter)."""
        cond = [login_attempts.c.ts >= since]
        if username is not None:
            cond.append(login_attempts.c.username == username)
        if ip is not None:
            cond.append(login_attempts.c.ip == ip)
        with self.engine.connect() as c:
            last_ok = (
                c.execute(
                    sa.select(sa.func.max(login_attempts.c.ts)).where(*cond, login_attempts.c.success.is_(True))
                ).scalar()
                if reset_on_success
                else None
            )
            q = sa.select(sa.func.count()).select_from(login_attempts).where(*cond, login_attempts.c.success.is_(False))
            if last_ok is not None:
                q = q.where(login_attempts.c.ts > last_ok)
            return int(c.execute(q).scalar() or 0)

    # ---- audit -------------------------------------------------------------
    def audit(
        self,
        action: str,
        username: Optional[str],
        role: Optional[str] = None,
        target: Optional[str] = None,
        detail: Any = None,
        ip: Optional[str] = None,
        now: Optional[float] = None,
    ) -> None:
        if detail is not None and not isinstance(detail, str):
            detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        with self.engine.begin() as c:
            c.execute(
                audit.insert().values(
                    ts=now or time.time(),
                    username=username,
                    role=role,
                    action=action,
                    target=(target or None),
                    detail=detail,
                    ip=ip,
                )
            )

    def list_audit(
        self,
        limit: int = 50,
        offset: int = 0,
        username: Optional[str] = None,
        action: Optional[str] = None,
        target: Optional[str] = None,
    ) -> Tuple[List[Dict[str, Any]], int]:
        cond = []
        if username:
            cond.append(audit.c.username == username)
        if action:
            cond.append(audit.c.action == action)
        if target:
            cond.append(audit.c.target == target)
        with self.engine.connect() as c:
            total = int(c.execute(sa.select(sa.func.count()).select_from(audit).where(*cond)).scalar() or 0)
            rows = [
                dict(r._mapping)
                for r in c.execute(
                    sa.select(audit).where(*cond).order_by(audit.c.id.desc()).limit(limit).offset(offset)
                )
            ]
        return rows, total

    def audit_actions(self) -> List[str]:
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(sa.select(audit.c.action).distinct().order_by(audit.c.action))]

    # ---- review data ---------------------------------------------------------
    def review_index(self) -> Dict[str, Dict[str, Any]]:
        """sender_id -> {"status", "tags": [...], "notes": n} for every sender
        with any review data."""
        out: Dict[str, Dict[str, Any]] = {}
        with self.engine.connect() as c:
            for r in c.execute(sa.select(reviews)):
                out.setdefault(r.sender_id, {"status": "unreviewed", "tags": [], "notes": 0})["status"] = r.status
            for r in c.execute(sa.select(tags.c.sender_id, tags.c.tag).order_by(tags.c.tag)):
                out.setdefault(r.sender_id, {"status": "unreviewed", "tags": [], "notes": 0})["tags"].append(r.tag)
            for r in c.execute(sa.select(notes.c.sender_id, sa.func.count()).group_by(notes.c.sender_id)):
                out.setdefault(r[0], {"status": "unreviewed", "tags": [], "notes": 0})["notes"] = int(r[1])
        return out

    def all_tags(self) -> List[str]:
        with self.engine.connect() as c:
            return [r[0] for r in c.execute(sa.select(tags.c.tag).distinct().order_by(tags.c.tag))]

    def get_review(self, sender_id: str) -> Dict[str, Any]:
        with self.engine.connect() as c:
            r = c.execute(sa.select(reviews).where(reviews.c.sender_id == sender_id)).first()
            t = [
                dict(x._mapping)
                for x in c.execute(sa.select(tags).where(tags.c.sender_id == sender_id).order_by(tags.c.tag))
            ]
            n = [
                dict(x._mapping)
                for x in c.execute(sa.select(notes).where(notes.c.sender_id == sender_id).order_by(notes.c.id))
            ]
            k = {
                x.event_id: dict(x._mapping)
                for x in c.execute(sa.select(corrections).where(corrections.c.sender_id == sender_id))
            }
            s = [
                dict(x._mapping)
                for x in c.execute(sa.select(stories).where(stories.c.sender_id == sender_id).order_by(stories.c.id))
            ]
        return {
            "status": r.status if r else "unreviewed",
            "updated_by": r.updated_by if r else None,
            "updated_at": r.updated_at if r else None,
            "tags": t,
            "notes": n,
            "corrections": k,
            "stories": s,
        }

    def set_review_status(self, sender_id: str, status: str, by: str) -> None:
        if status not in REVIEW_STATUSES:
            raise ValueError(f"status must be one of {REVIEW_STATUSES}")
        now = time.time()
        with self.engine.begin() as c:
            res = c.execute(
                reviews.update()
                .where(reviews.c.sender_id == sender_id)
                .values(status=status, updated_by=by, updated_at=now)
            )
            if not res.rowcount:
                c.execute(reviews.insert().values(sender_id=sender_id, status=status, updated_by=by, updated_at=now))

    def add_tag(self, sender_id: str, tag: str, by: str) -> bool:
        with self.engine.begin() as c:
            exists = c.execute(sa.select(tags.c.id).where(tags.c.sender_id == sender_id, tags.c.tag == tag)).first()
            if exists:
                return False
            c.execute(tags.insert().values(sender_id=sender_id, tag=tag, created_by=by, created_at=time.time()))
            return True

    def remove_tag(self, sender_id: str, tag: str) -> bool:
        with self.engine.begin() as c:
            return bool(c.execute(tags.delete().where(tags.c.sender_id == sender_id, tags.c.tag == tag)).rowcount)

    def add_note(self, sender_id: str, body: str, author: str) -> None:
        with self.engine.begin() as c:
            c.execute(notes.insert().values(sender_id=sender_id, body=body, author=author, created_at=time.time()))

    def upsert_correction(
        self, sender_id: str, event_id: int, original_text: str, annotated_text: str, intent: str, author: str
    ) -> None:
        now = time.time()
        with self.engine.begin() as c:
            res = c.execute(
                corrections.update()
                .where(corrections.c.sender_id == sender_id, corrections.c.event_id == event_id)
                .values(
                    original_text=original_text,
                    annotated_text=annotated_text,
                    intent=intent,
                    author=author,
                    created_at=now,
                )
            )
            if not res.rowcount:
                c.execute(
                    corrections.insert().values(
                        sender_id=sender_id,
                        event_id=event_id,
                        original_text=original_text,
                        annotated_text=annotated_text,
                        intent=intent,
                        author=author,
                        created_at=now,
                    )
                )

    def list_corrections(self) -> List[Dict[str, Any]]:
        with self.engine.connect() as c:
            return [
                dict(r._mapping)
                for r in c.execute(sa.select(corrections).order_by(corrections.c.intent, corrections.c.id))
            ]

    def save_story(self, sender_id: str, name: str, yaml_text: str, author: str) -> int:
        with self.engine.begin() as c:
            res = c.execute(
                stories.insert().values(
                    sender_id=sender_id, name=name, yaml=yaml_text, author=author, created_at=time.time()
                )
            )
            return int(res.inserted_primary_key[0])

    def list_stories(self) -> List[Dict[str, Any]]:
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(sa.select(stories).order_by(stories.c.id))]

    def delete_review_data(self, sender_ids: Iterable[str]) -> int:
        """Remove review data of deleted conversations; returns rows removed."""
        ids = list(sender_ids)
        n = 0
        if not ids:
            return 0
        with self.engine.begin() as c:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                for t in (reviews, tags, notes, corrections, stories):
                    n += int(c.execute(t.delete().where(t.c.sender_id.in_(chunk))).rowcount or 0)
        return n
