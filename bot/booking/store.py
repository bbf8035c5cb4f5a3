"""Consultation booking store (Rasa-free): SQLite by default, PostgreSQL via URL.

Overbooking is prevented *by the database*: every active booking occupies one seat row
``(center, slot_start, seat_no)`` with ``seat_no`` in ``1..capacity`` under the unique
constraint ``uq_bookings_seat``; a cancelled booking releases its seat (``seat_no = NULL``).
A booking attempt tries the free seat numbers inside SAVEPOINTs; when every seat insert hits
the constraint, the slot is full. SQLite writers additionally start with BEGIN IMMEDIATE.

Size: one class, ``BookingStore``; every write is one transaction with the seat constraint, and the
read, write and retention methods share its engine and error mapping.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable, Dict, Iterable, Iterator, List, Optional

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, and_, exc, func, select

from bot.korean.particles import josa

from .connection import is_unavailable_error, make_engine, resolve_url, write_engine
from .errors import BookingError, InvalidInput, NotFound, SlotUnavailable, StoreUnavailable
from .hours import KST, check_slot_rules, day_slots, snap_to_grid, to_kst
from .migrations import migrate
from .phone import mask_name, mask_phone, normalize_phone
from .display import format_slot_ko
from bot.settings import settings

log = logging.getLogger(__name__)

STATUSES = ("booked", "cancelled", "visited", "no_show")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 6
DEFAULT_LEAD_TIME = timedelta(hours=2)
DEFAULT_HORIZON_DAYS = 60
DEFAULT_SUMMARY_MAX_BYTES = 16 * 1024

# ---- current model (must match the migrations) ----
_md = MetaData()
bookings = Table(
    "bookings",
    _md,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(12), nullable=False),
    Column("center", String(100), nullable=False),
    Column("slot_start", DateTime, nullable=False),
    Column("seat_no", Integer, nullable=True),
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
)


def _to_db(dt: datetime) -> datetime:
    return to_kst(dt).astimezone(timezone.utc).replace(tzinfo=None)


def _from_db(dt: Optional[datetime]) -> Optional[datetime]:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(KST)


@dataclass
class Booking:
    code: str
    center: str
    start: datetime  # aware, Asia/Seoul
    name: str
    phone: str  # normalised '010-1234-5678'
    status: str  # booked | cancelled | visited | no_show
    summary: dict
    created_at: datetime
    updated_at: datetime
    seat_no: Optional[int] = None
    outcome_note: Optional[str] = None
    linked_desks: List[str] = field(default_factory=list)
    outcome_by: Optional[str] = None
    outcome_at: Optional[datetime] = None
    id: Optional[int] = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=30)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    @property
    def purged(self) -> bool:
        """True once retention erased the personal data (BookingStore.purge_personal_data)."""
        return self.summary == BookingStore.PURGED_SUMMARY

    def to_dict(self, mask: bool = True) -> dict:
        """JSON-ready dict; with mask=True the phone and name are masked (for display/logs)."""
        return {
            "code": self.code,
            "center": self.center,
            "start": self.start.isoformat(),
            "start_ko": format_slot_ko(self.start),
            "name": mask_name(self.name) if mask else self.name,
            "phone": mask_phone(self.phone) if mask else self.phone,
            "purged": self.purged,
            "status": self.status,
            "summary": self.summary,
            "seat_no": self.seat_no,
            "outcome_note": self.outcome_note,
            "linked_desks": list(self.linked_desks),
            "outcome_by": self.outcome_by,
            "outcome_at": self.outcome_at.isoformat() if self.outcome_at else None,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


def _row_to_booking(r) -> Booking:
    m = r._mapping
    return Booking(
        id=m["id"],
        code=m["code"],
        center=m["center"],
        start=_from_db(m["slot_start"]),
        name=m["name"],
        phone=m["phone"],
        status=m["status"],
        summary=json.loads(m["summary_json"]),
        created_at=_from_db(m["created_at"]),
        updated_at=_from_db(m["updated_at"]),
        seat_no=m["seat_no"],
        outcome_note=m["outcome_note"],
        linked_desks=json.loads(m["linked_desks_json"] or "[]"),
        outcome_by=m["outcome_by"],
        outcome_at=_from_db(m["outcome_at"]),
    )


# ---- validation helpers ----

_NAME_OK = re.compile(r"[^\W\d_]+(?:[ \u00b7.'\-][^\W\d_]+)*")
_RRN = re.compile(r"(?<!\d)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-\s]?([1-8])\d{6}(?!\d)")


def normalize_name(name: str) -> str:
    if not isinstance(name, str):
        raise InvalidInput("성함을 확인해 주세요.")
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()
    if not s or len(s) > 40 or not _NAME_OK.fullmatch(s):
        raise InvalidInput("성함을 확인해 주세요. 한글이나 영문으로 40자 이내로 적어 주세요(숫자·기호 제외).")
    return s


def normalize_code(code: str) -> Optional[str]:
    if not isinstance(code, str):
        return None
    s = re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", code)).upper()
    if len(s) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in s):
        return None
    return s


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def redact_rrn(text: str) -> str:
    """Mask anything that looks like a 주민등록번호 (we never store one)."""
    return _RRN.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}-{m.group(4)}******", text)


def load_capacity_overrides(path: str) -> Dict[str, int]:
    """JSON file {"서울고용센터": 3, ...} -> dict; raises ValueError on bad content."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError("capacity file must be a JSON object {center: capacity}")
    out = {}
    for k, v in data.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 1000:
            raise ValueError(f"bad capacity entry: {k!r}: {v!r}")
        out[k] = v
    return out


class BookingStore:
    """See module docstring. All public methods raise BookingError subclasses with Korean messages."""

    def __init__(
        self,
        url: Optional[str] = None,
        capacity: int = 2,
        capacity_by_center: Optional[Dict[str, int]] = None,
        lead_time: timedelta = DEFAULT_LEAD_TIME,
        clock: Optional[Callable[[], datetime]] = None,
        *,
        horizon_days: int = DEFAULT_HORIZON_DAYS,
        known_centers: Optional[Iterable[str]] = None,
        summary_max_bytes: int = DEFAULT_SUMMARY_MAX_BYTES,
        max_active_per_phone: int = 3,
        pool_size: int = 10,
        max_overflow: int = 20,
        run_migrations: bool = True,
    ):
        if isinstance(capacity, bool) or not isinstance(capacity, int) or not 0 <= capacity <= 1000:
            raise ValueError("capacity must be an int in 0..1000")
        capacity_file = settings().booking_capacity_file
        if capacity_by_center is None and capacity_file:
            capacity_by_center = load_capacity_overrides(str(capacity_file))
        for k, v in (capacity_by_center or {}).items():
            if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= 1000:
                raise ValueError(f"bad capacity for {k!r}: {v!r}")
        self.url = resolve_url(url)
        self.capacity = capacity
        self.capacity_by_center = dict(capacity_by_center or {})
        self.lead_time = lead_time
        self.horizon_days = horizon_days
        self.known_centers = frozenset(known_centers) if known_centers is not None else None
        self.summary_max_bytes = summary_max_bytes
        self.max_active_per_phone = max_active_per_phone
        self._clock = clock or (lambda: datetime.now(KST))
        # test seam: called with a stage name inside write transactions (before commit)
        self._fault_hook: Optional[Callable[[str], None]] = None
        self.engine = make_engine(self.url, pool_size=pool_size, max_overflow=max_overflow)
        self._weng = write_engine(self.engine)
        if run_migrations:
            with self._db_errors():
                migrate(self.engine)

    # ---- plumbing ----

    def close(self) -> None:
        self.engine.dispose()

    def now(self) -> datetime:
        return to_kst(self._clock())

    def capacity_for(self, center: str) -> int:
        return self.capacity_by_center.get(center, self.capacity)

    @contextmanager
    def _db_errors(self) -> Iterator[None]:
        try:
            yield
        except BookingError:
            raise
        except exc.SQLAlchemyError as e:
            if is_unavailable_error(e):
                log.warning("booking store unavailable: %s", type(e).__name__)
                raise StoreUnavailable() from e
            raise

    def _hook(self, stage: str) -> None:
        if self._fault_hook is not None:
            self._fault_hook(stage)

    def _check_center(self, center: str) -> str:
        if not isinstance(center, str) or not center.strip() or len(center) > 100:
            raise InvalidInput("센터 이름을 확인해 주세요.")
        if self.known_centers is not None and center not in self.known_centers:
            raise InvalidInput(
                f"입력하신 센터 이름('{center[:30]}')을 찾지 못했습니다. 센터 이름을 다시 확인해 주세요."
            )
        return center

    def _check_start(self, start) -> datetime:
        if not isinstance(start, datetime):
            raise InvalidInput("예약할 날짜와 시간을 다시 말씀해 주세요.")
        return to_kst(start)

    def _validate_summary(self, summary) -> str:
        if summary is None:
            summary = {}
        if not isinstance(summary, dict):
            raise InvalidInput("상담 요약 형식이 올바르지 않습니다(사전 형태여야 합니다).")
        try:
            s = json.dumps(summary, ensure_ascii=False, allow_nan=False, sort_keys=True)
        except (TypeError, ValueError):
            raise InvalidInput("상담 요약에 저장할 수 없는 값이 들어 있습니다.")
        s = redact_rrn(s)
        if len(s.encode("utf-8")) > self.summary_max_bytes:
            raise InvalidInput("상담 요약이 너무 깁니다. 핵심 내용만 남겨 주세요.")
        return s

    @staticmethod
    def _seat_taken(conn, center: str, start_db: datetime, seat: int) -> bool:
        q = select(bookings.c.id).where(
            and_(bookings.c.center == center, bookings.c.slot_start == start_db, bookings.c.seat_no == seat)
        )
        return conn.execute(q).first() is not None

    @staticmethod
    def _held_seats(conn, center: str, start_db: datetime) -> set:
        q = select(bookings.c.seat_no).where(
            and_(bookings.c.center == center, bookings.c.slot_start == start_db, bookings.c.seat_no.isnot(None))
        )
        return {r[0] for r in conn.execute(q)}

    def _lock_booking(self, conn, code: str):
        q = select(bookings).where(bookings.c.code == code).with_for_update()
        return conn.execute(q).first()

    def _full_error(self, center: str, start: datetime, suffix: str = "") -> SlotUnavailable:
        nxt = self._safe_next_free(center, start)
        return SlotUnavailable(
            f"죄송합니다. {josa(format_slot_ko(start), '은/는')} 예약이 모두 찼습니다. "
            f"다른 시간을 골라 주세요.{suffix}",
            nxt,
            code="full",
        )

    def _safe_next_free(self, center: str, after: datetime) -> List[datetime]:
        try:
            return self.free_slots(center, after=after, limit=3)
        except StoreUnavailable:
            return []

    # ---- slots ----

    def _counts(self, conn, center: str, lo: datetime, hi: datetime) -> Dict[datetime, int]:
        q = (
            select(bookings.c.slot_start, func.count())
            .where(
                and_(
                    bookings.c.center == center,
                    bookings.c.seat_no.isnot(None),
                    bookings.c.slot_start >= _to_db(lo),
                    bookings.c.slot_start < _to_db(hi),
                )
            )
            .group_by(bookings.c.slot_start)
        )
        return {_from_db(r[0]): r[1] for r in conn.execute(q)}

    def slot_status(self, center: str, start: datetime) -> dict:
        """{"open": bool, "reason": Korean str|None, "code": str|None, "free": int}."""
        self._check_center(center)
        start = self._check_start(start)
        rule = check_slot_rules(start, self.now(), self.lead_time, self.horizon_days)
        if not rule.open:
            return {"open": False, "reason": rule.reason, "code": rule.code, "free": 0}
        cap = self.capacity_for(center)
        if cap <= 0:
            return {
                "open": False,
                "code": "no_booking",
                "free": 0,
                "reason": "이 센터는 지금 챗봇 예약을 받지 않습니다. 센터로 전화해 주세요.",
            }
        with self._db_errors(), self.engine.connect() as conn:
            taken = self._counts(conn, center, start, start + timedelta(minutes=1)).get(start, 0)
        free = max(0, cap - taken)
        if free == 0:
            return {
                "open": False,
                "code": "full",
                "free": 0,
                "reason": f"{josa(format_slot_ko(start), '은/는')} 예약이 모두 찼습니다.",
            }
        return {"open": True, "reason": None, "code": None, "free": free}

    def free_slots(self, center: str, after: Optional[datetime] = None, limit: int = 5) -> List[datetime]:
        """Next open slots (aware KST) at or after ``after`` (default: now), at most ``limit``."""
        self._check_center(center)
        limit = max(0, min(int(limit), 200))
        cap = self.capacity_for(center)
        if limit == 0 or cap <= 0:
            return []
        now = self.now()
        earliest = now + self.lead_time
        lo = max(to_kst(after), earliest) if after is not None else earliest
        lo = snap_to_grid(lo)
        last_day = now.date() + timedelta(days=self.horizon_days)
        if lo.date() > last_day:
            return []
        hi = datetime.combine(last_day + timedelta(days=1), time(0), KST)
        with self._db_errors(), self.engine.connect() as conn:
            counts = self._counts(conn, center, lo, hi)
        out: List[datetime] = []
        day = lo.date()
        while day <= last_day and len(out) < limit:
            for s in day_slots(day):
                if s >= lo and counts.get(s, 0) < cap:
                    out.append(s)
                    if len(out) >= limit:
                        break
            day += timedelta(days=1)
        return out

    # ---- citizen operations ----

    def book(self, center: str, start: datetime, name: str, phone: str, summary: dict) -> Booking:
        center = self._check_center(center)
        start = self._check_start(start)
        name = normalize_name(name)
        phone = normalize_phone(phone)
        summary_json = self._validate_summary(summary)
        rule = check_slot_rules(start, self.now(), self.lead_time, self.horizon_days)
        if not rule.open:
            after = start if rule.code in ("lunch", "hours", "grid", "weekend", "holiday") else None
            raise SlotUnavailable(rule.reason, self._safe_next_free(center, after), code=rule.code)
        cap = self.capacity_for(center)
        if cap <= 0:
            raise SlotUnavailable(
                "이 센터는 지금 챗봇 예약을 받지 않습니다. 센터로 전화해 주세요.", [], code="no_booking"
            )
        start_db = _to_db(start)
        code = None
        with self._db_errors():
            with self._weng.begin() as conn:
                dup = conn.execute(
                    select(bookings.c.slot_start).where(
                        and_(
                            bookings.c.phone == phone,
                            bookings.c.status == "booked",
                            bookings.c.slot_start >= _to_db(self.now()),
                        )
                    )
                ).fetchall()
                if any(r[0] == start_db for r in dup):
                    raise InvalidInput(
                        "이 번호로 같은 시간에 이미 예약이 있습니다. 예약번호로 예약 내용을 확인해 주세요."
                    )
                if len(dup) >= self.max_active_per_phone:
                    raise InvalidInput(
                        f"한 번호로는 예약을 {self.max_active_per_phone}건까지만 할 수 있습니다. "
                        "기존 예약을 취소하거나 변경해 주세요."
                    )
                code = self._insert_seat(conn, center, start_db, cap, name, phone, summary_json)
                row = None
                if code is not None:
                    self._hook("book:inserted")
                    row = conn.execute(select(bookings).where(bookings.c.code == code)).first()
            if code is None:
                raise self._full_error(center, start)
        b = _row_to_booking(row)
        log.info("booking %s created: %s %s (%s)", b.code, b.center, b.start.isoformat(), mask_phone(phone))
        return b

    def _insert_seat(self, conn, center, start_db, cap, name, phone, summary_json) -> Optional[str]:
        held = self._held_seats(conn, center, start_db)
        if len(held) >= cap:  # also covers seats above a since-lowered capacity
            return None
        now_db = _to_db(self.now())
        for seat in range(1, cap + 1):
            if seat in held:
                continue
            for _attempt in range(8):  # code collisions are ~1e-9 each; bounded anyway
                code = new_code()
                sp = conn.begin_nested()
                try:
                    conn.execute(
                        bookings.insert().values(
                            code=code,
                            center=center,
                            slot_start=start_db,
                            seat_no=seat,
                            status="booked",
                            name=name,
                            phone=phone,
                            summary_json=summary_json,
                            outcome_note=None,
                            linked_desks_json="[]",
                            created_at=now_db,
                            updated_at=now_db,
                        )
                    )
                    sp.commit()
                    return code
                except exc.IntegrityError:
                    sp.rollback()
                    if self._seat_taken(conn, center, start_db, seat):
                        break  # someone else got this seat first: try the next one
                    # otherwise the code collided: draw a new one
        return None

    def get(self, code: str, phone: str) -> Booking:
        """Booking by code + phone; NotFound for a wrong code or a wrong phone alike."""
        c = normalize_code(code)
        p = normalize_phone(phone)
        if c is None:
            raise NotFound()
        with self._db_errors(), self.engine.connect() as conn:
            row = conn.execute(select(bookings).where(bookings.c.code == c)).first()
        if row is None or not hmac.compare_digest(row._mapping["phone"], p):
            raise NotFound()
        return _row_to_booking(row)

    def _locked_for_citizen(self, conn, code: str, phone: str):
        c = normalize_code(code)
        p = normalize_phone(phone)
        if c is None:
            raise NotFound()
        row = self._lock_booking(conn, c)
        if row is None or not hmac.compare_digest(row._mapping["phone"], p):
            raise NotFound()
        return row

    def cancel(self, code: str, phone: str) -> Booking:
        """Cancel (idempotent for an already-cancelled booking); frees the seat."""
        with self._db_errors():
            with self._weng.begin() as conn:
                row = self._locked_for_citizen(conn, code, phone)
                m = row._mapping
                if m["status"] == "booked":
                    if _from_db(m["slot_start"]) <= self.now():
                        raise InvalidInput("이미 지난 예약은 취소할 수 없습니다.")
                    conn.execute(
                        bookings.update()
                        .where(bookings.c.id == m["id"])
                        .values(status="cancelled", seat_no=None, updated_at=_to_db(self.now()))
                    )
                    self._hook("cancel:updated")
                elif m["status"] in ("visited", "no_show"):
                    raise InvalidInput("이미 상담 결과가 기록된 예약이라 취소할 수 없습니다.")
                row = conn.execute(select(bookings).where(bookings.c.id == m["id"])).first()
        b = _row_to_booking(row)
        log.info("booking %s cancelled", b.code)
        return b

    def reschedule(self, code: str, phone: str, new_start: datetime) -> Booking:
        """Move to ``new_start`` at the same centre: new seat taken and old freed atomically."""
        new_start = self._check_start(new_start)
        refused = None  # (reason, code, center, after) -> SlotUnavailable raised after rollback
        with self._db_errors():
            with self._weng.begin() as conn:
                row = self._locked_for_citizen(conn, code, phone)
                m = row._mapping
                if m["status"] != "booked":
                    raise InvalidInput("취소되었거나 이미 끝난 예약은 변경할 수 없습니다. 새로 예약해 주세요.")
                if _from_db(m["slot_start"]) <= self.now():
                    raise InvalidInput("이미 지난 예약은 변경할 수 없습니다.")
                center = m["center"]
                new_db = _to_db(new_start)
                if new_db != m["slot_start"]:
                    rule = check_slot_rules(new_start, self.now(), self.lead_time, self.horizon_days)
                    if not rule.open:
                        after = new_start if rule.code in ("lunch", "hours", "grid", "weekend", "holiday") else None
                        refused = (rule.reason, rule.code, center, after)
                    elif not self._move_seat(conn, m["id"], center, new_db, self.capacity_for(center)):
                        refused = (None, "full", center, new_start)
                    else:
                        self._hook("reschedule:moved")
                if refused is None:
                    row = conn.execute(select(bookings).where(bookings.c.id == m["id"])).first()
        keep = " 기존 예약은 그대로 유지됩니다."
        if refused is not None:
            reason, rcode, center, after = refused
            if rcode == "full":
                raise self._full_error(center, new_start, keep)
            raise SlotUnavailable(reason + keep, self._safe_next_free(center, after), code=rcode)
        b = _row_to_booking(row)
        log.info("booking %s rescheduled to %s", b.code, b.start.isoformat())
        return b

    def _move_seat(self, conn, booking_id: int, center: str, new_db: datetime, cap: int) -> bool:
        held = self._held_seats(conn, center, new_db)
        if len(held) >= cap:
            return False
        for seat in range(1, cap + 1):
            if seat in held:
                continue
            sp = conn.begin_nested()
            try:
                conn.execute(
                    bookings.update()
                    .where(bookings.c.id == booking_id)
                    .values(slot_start=new_db, seat_no=seat, updated_at=_to_db(self.now()))
                )
                sp.commit()
                return True
            except exc.IntegrityError:
                sp.rollback()
        return False

    # ---- staff operations ----

    def list_bookings(
        self, center: Optional[str] = None, day: Optional[date] = None, status: Optional[str] = None, limit: int = 1000
    ) -> List[Booking]:
        """Unmasked bookings for the staff console, ordered by slot time."""
        conds = []
        if center is not None:
            conds.append(bookings.c.center == center)
        if day is not None:
            lo = datetime.combine(day, time(0), KST)
            conds.append(bookings.c.slot_start >= _to_db(lo))
            conds.append(bookings.c.slot_start < _to_db(lo + timedelta(days=1)))
        if status is not None:
            if status not in STATUSES:
                raise InvalidInput(f"알 수 없는 상태입니다: {status}")
            conds.append(bookings.c.status == status)
        q = select(bookings).order_by(bookings.c.slot_start, bookings.c.center, bookings.c.id)
        if conds:
            q = q.where(and_(*conds))
        q = q.limit(max(1, min(int(limit), 10000)))
        with self._db_errors(), self.engine.connect() as conn:
            return [_row_to_booking(r) for r in conn.execute(q)]

    def staff_get(self, code: str) -> Booking:
        """Booking by code alone — for the authenticated staff console only, never for citizens."""
        c = normalize_code(code)
        if c is None:
            raise NotFound("해당 예약번호를 찾지 못했습니다.")
        with self._db_errors(), self.engine.connect() as conn:
            row = conn.execute(select(bookings).where(bookings.c.code == c)).first()
        if row is None:
            raise NotFound("해당 예약번호를 찾지 못했습니다.")
        return _row_to_booking(row)

    def set_outcome(self, code: str, status: str, linked_desks: List[str], note: str, by: str) -> Booking:
        """Counselor outcome: status (visited/no_show/booked/cancelled), 연계 desks, note, staff id."""
        if status not in STATUSES:
            raise InvalidInput(f"상태는 {', '.join(STATUSES)} 중 하나여야 합니다.")
        if linked_desks is None:
            linked_desks = []
        if (
            not isinstance(linked_desks, (list, tuple))
            or len(linked_desks) > 20
            or any(not isinstance(d, str) or not d.strip() or len(d.strip()) > 60 for d in linked_desks)
        ):
            raise InvalidInput("연계 창구 목록을 확인해 주세요(20개 이내, 각 60자 이내).")
        desks = list(dict.fromkeys(d.strip() for d in linked_desks))
        note = "" if note is None else note
        if not isinstance(note, str) or len(note) > 2000:
            raise InvalidInput("상담 메모는 2000자 이내로 적어 주세요.")
        note = redact_rrn(note)
        if not isinstance(by, str) or not by.strip() or len(by.strip()) > 60:
            raise InvalidInput("기록한 상담사를 적어 주세요.")
        c = normalize_code(code)
        if c is None:
            raise NotFound("해당 예약번호를 찾지 못했습니다.")
        with self._db_errors():
            with self._weng.begin() as conn:
                row = self._lock_booking(conn, c)
                if row is None:
                    raise NotFound("해당 예약번호를 찾지 못했습니다.")
                m = row._mapping
                now = self.now()
                if m["status"] == "cancelled" and status != "cancelled":
                    raise InvalidInput("취소된 예약은 되살릴 수 없습니다. 새로 예약해 주세요.")
                if status in ("visited", "no_show") and now.date() < _from_db(m["slot_start"]).date():
                    raise InvalidInput("예약일 전에는 방문 결과를 기록할 수 없습니다.")
                values = dict(
                    status=status,
                    outcome_note=note,
                    linked_desks_json=json.dumps(desks, ensure_ascii=False),
                    outcome_by=by.strip(),
                    outcome_at=_to_db(now),
                    updated_at=_to_db(now),
                )
                if status == "cancelled":
                    values["seat_no"] = None
                conn.execute(bookings.update().where(bookings.c.id == m["id"]).values(**values))
                self._hook("outcome:updated")
                row = conn.execute(select(bookings).where(bookings.c.id == m["id"])).first()
        return _row_to_booking(row)

    # ---- retention (개인정보보호법: keep personal data only as long as needed) ----

    PURGED_SUMMARY = {"purged": True}

    def purge_personal_data(self, older_than_days: float, now: Optional[datetime] = None) -> int:
        """Erase the name, phone, screening summary and counselor note of every booking whose
        slot began more than `older_than_days` days ago; returns how many were erased.

        What stays is what the statistics need and identifies nobody: code, center, slot, seat,
        status, 연계 desks, who recorded the outcome and when. Idempotent. A citizen looking up
        an erased booking gets 'not found' (the phone no longer matches)."""
        if older_than_days is None or float(older_than_days) < 1:
            raise InvalidInput("보관 기간은 1일 이상이어야 합니다.")
        now = to_kst(now) if now is not None else self.now()
        cutoff = _to_db(now - timedelta(days=float(older_than_days)))
        purged = json.dumps(self.PURGED_SUMMARY)
        with self._db_errors():
            with self._weng.begin() as conn:
                res = conn.execute(
                    bookings.update()
                    .where(and_(bookings.c.slot_start < cutoff, bookings.c.summary_json != purged))
                    .values(name="", phone="", summary_json=purged, outcome_note=None, updated_at=_to_db(self.now()))
                )
                n = int(res.rowcount or 0)
        if n:
            log.info("retention: erased personal data of %d booking(s) older than %s days", n, older_than_days)
        return n

    # ---- introspection (tests / console) ----

    def active_count(self, center: str, start: datetime) -> int:
        start = to_kst(start)
        with self._db_errors(), self.engine.connect() as conn:
            return self._counts(conn, center, start, start + timedelta(minutes=1)).get(start, 0)
