"""Rasa adapter: keep recent trackers in memory so a turn does not reload and replay the whole
conversation from SQL (``SQLTrackerStore.retrieve`` did: 27 % of Rasa's CPU in 20-turn conversations, 33 % + 17 % for
saving in 60-turn ones, growing with the length of the conversation).

``TrackerCacheMixin`` goes in front of an ``SQLTrackerStore`` subclass (``bot.adapters.tracker_store`` does this for
``MaskingSQLTrackerStore``). Per conversation it keeps the tracker *as SQL would rebuild it* plus
the id of the last SQL row it contains:

* ``retrieve``: one indexed query counts the conversation's rows and gives the newest id; normally
  both are what the cache holds and nothing else is read. Otherwise the rows with ``id > last id``
  are fetched, and the count minus them must equal the rows cached (a deletion by retention or by
  the staff console in another process changes it). New rows are applied to the cached tracker; a
  new ``session_started`` row, a changed count or a cache miss means a full load exactly like
  ``SQLTrackerStore``. So a conversation that moved to another process (failover, restart) is
  never served stale, and the cost of a turn no longer grows with the number of events.
* ``save``: the parent's ``save`` writes the new events unchanged (masking and all; which events are
  new is known from the copy handed out, instead of an SQL count of the session), then the rows
  it wrote are applied to the cached tracker from the JSON it stored, with the ids the database gave
  them (no read-back query: the next ``retrieve``'s check catches any row written elsewhere in
  between). The cache therefore holds what the database holds: masked values, never the raw ones
  the turn saw.
* The caller gets a copy (``_clone``): Rasa's processor appends to and mutates the tracker it gets;
  the cached one only changes from stored rows. The copy shares the (immutable) event objects but has
  its own event deque, slots, active loop and latest user message. It is a ``CachedTracker``, whose
  ``copy()`` (called by Rasa before every action) is the same cheap copy instead of a full replay.

SQLite (the embedded default, one box): every commit used to wait for an fsync (13 % of Rasa's time
in the profile, with the event loop blocked). ``tune_sqlite`` switches the tracker DB to WAL with
``synchronous=NORMAL`` and pooled connections: commits no longer fsync (checkpoints do); a crash of the process loses
nothing, a power cut can lose the last turns but never corrupts the file, and readers no longer block
the writer (two Rasa processes on one file). ``BOT_SQLITE_WAL=0`` keeps SQLite's defaults.

Event window: what Rasa does with a tracker on every turn still walks its events (policies'
``applied_events`` and history featurisation, the JSON of every event sent to the action server and
parsed there, the actions' own scans). The tracker handed out therefore holds only the last
``BOT_TRACKER_WINDOW`` events (default 200, about 30 turns; 0 = the whole session) while its state
(slots, active loop, latest message, paused, followup action) is exact, because the cached tracker
was built from every event of the session; the earlier events stay attached for a revert's replay
(``CachedTracker.replay_events``). SQL keeps every event; ``retrieve_full_tracker`` (HTTP API
``/conversations/<id>/tracker``, exports) reads them all; only the current-session ``/story`` export
of the HTTP API shows the window. The rebuilt dialogue's action re-reads at most the last 20 user messages.

Packed entries (``BOT_TRACKER_PACK``, default on): a cached conversation was ~0.3 MB after 25 turns,
most of it values nobody reads again - every turn's ``SlotSet("dialogue", ...)`` carries the whole
dialogue state, every user message its intent ranking, every bot message its buttons. In the cache
entry, each of those that a later event of the same kind supersedes becomes a packed event (same
class family, same ``as_dict``/``==``, its big attribute kept as compressed JSON and rebuilt on every
read) and equal metadata dicts are shared: ~0.12 MB per conversation. The latest value of each stays
an object, so a normal turn never unpacks anything; a revert's replay (``UserUtteranceReverted``,
``ActionReverted``) unpacks what it applies and gets exactly what SQL holds. (The current-session
``/story`` export and a full action-server payload read the packed values too, just slower.)

``BOT_TRACKER_CACHE_SIZE`` (default 1000 conversations per process, least recently used evicted;
0 = no cache) and ``BOT_TRACKER_CACHE_IDLE_S`` (default 1800: an entry unused that long is dropped)
bound the memory. Rasa processes turns of one conversation one at a time (lock store), and HAProxy
keeps a conversation on one replica, so the hit rate is high; correctness never depends on it.
"""

from __future__ import annotations

import copy
import itertools
import json
import logging
import time
import zlib
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Any, Iterator, List, Optional, Text, Tuple

import sqlalchemy as sa
import sqlalchemy.orm  # noqa: F401  (sa.orm.session.sessionmaker)
from sqlalchemy.pool import QueuePool
from rasa.shared.core import events as rasa_events
from rasa.shared.core.events import BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.settings import settings

logger = logging.getLogger(__name__)

DEFAULT_SIZE = 1000
DEFAULT_IDLE_S = 1800.0
DEFAULT_WINDOW = 200


@dataclass
class _Entry:
    tracker: DialogueStateTracker  # rebuilt from SQL rows only; never handed out
    last_id: int  # id of the newest SQL row applied
    rows_upto_last: int  # count of the sender's rows with id <= last_id (all sessions)
    used_at: float
    scanned: int = 0  # events of ``tracker`` already looked at by ``_pack_superseded``
    latest: Optional[dict] = None  # kind -> index of the newest event of that kind (kept unpacked)


def tune_sqlite(store: Any) -> bool:
    """SQLite tracker DB: WAL (stored in the file), synchronous=NORMAL and a busy timeout on every
    connection, and a pool that keeps connections open (Rasa's NullPool closed the last connection
    after every query, and closing the last connection of a WAL database checkpoints it: an fsync)."""
    engine = store.engine
    if engine.dialect.name != "sqlite" or not settings().bot_sqlite_wal:
        return False
    database = engine.url.database or ""
    if not database or database == ":memory:":
        return False

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=10000")
        finally:
            cur.close()

    tuned = sa.create_engine(
        engine.url, poolclass=QueuePool, pool_size=2, max_overflow=8, connect_args={"check_same_thread": False}
    )
    sa.event.listen(tuned, "connect", on_connect)
    with tuned.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()
    store.engine = tuned
    store.sessionmaker = sa.orm.session.sessionmaker(bind=tuned)
    return True


#: a superseded value whose JSON is shorter than this stays an object (packing would not pay)
PACK_MIN_BYTES = 256


def _pack(value: Any) -> bytes:
    return zlib.compress(json.dumps(value, separators=(",", ":")).encode("ascii"), 1)


def _unpack(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))


class PackedSlotSet(SlotSet):
    """A ``SlotSet`` whose value is kept as compressed JSON and rebuilt on every read: the same event
    to everything that reads it (``value``, ``as_dict``, ``==``, a revert's replay), ~10 times
    smaller. Used for values set again later in the session (``dialogue`` carries the whole dialogue
    state on every turn). The values come from stored JSON, so the round trip is exact."""

    value = property(lambda self: _unpack(self._packed), lambda self, v: setattr(self, "_packed", _pack(v)))


class PackedUserUttered(UserUttered):
    """A ``UserUttered`` that is not the latest one, with its ``parse_data`` (intent ranking, token
    offsets: most of the event) kept as compressed JSON; text, intent, entities and the rest stay."""

    parse_data = property(lambda self: _unpack(self._packed), lambda self, v: setattr(self, "_packed", _pack(v)))


class PackedBotUttered(BotUttered):
    """A ``BotUttered`` that is not the latest one, with its ``data`` (buttons) as compressed JSON."""

    data = property(lambda self: _unpack(self._packed), lambda self, v: setattr(self, "_packed", _pack(v)))


_PACKED = {
    SlotSet: (PackedSlotSet, "value"),
    UserUttered: (PackedUserUttered, "parse_data"),
    BotUttered: (PackedBotUttered, "data"),
}
_metadata_seen: "OrderedDict[Tuple, dict]" = OrderedDict()


def _packed_copy(e: Event) -> Optional[Event]:
    """``e`` with its big attribute packed, or None when it is small (or not of a packed kind)."""
    kind = _PACKED.get(type(e))
    if kind is None:
        return None
    cls, attr = kind
    value = e.__dict__.get(attr)
    if value is None or isinstance(value, (str, int, float, bool)):
        return None
    blob = json.dumps(value, separators=(",", ":")).encode("ascii")
    if len(blob) < PACK_MIN_BYTES:
        return None
    new = object.__new__(cls)
    new.__dict__.update((k, v) for k, v in e.__dict__.items() if k != attr)
    new._packed = zlib.compress(blob, 1)
    return new


def _shared_metadata(e: Event) -> None:
    """Every stored event carries the same small metadata dict (model id, assistant id): equal ones
    are shared (a stored event's metadata is never changed; a bounded table)."""
    md = e.__dict__.get("metadata")
    if not md or not isinstance(md, dict) or len(md) > 4:
        return
    try:
        key = tuple(sorted(md.items()))
        hash(key)
    except TypeError:
        return
    shared = _metadata_seen.get(key)
    if shared is None:
        _metadata_seen[key] = md
        if len(_metadata_seen) > 64:
            _metadata_seen.popitem(last=False)
    elif shared is not md:
        e.metadata = shared


def _supersede_kind(e: Event) -> Optional[Tuple]:
    t = type(e)
    if t is SlotSet or t is PackedSlotSet:
        return ("slot", e.key)
    if t is UserUttered or t is PackedUserUttered:
        return ("user",)
    if t is BotUttered or t is PackedBotUttered:
        return ("bot",)
    return None


def _pack_superseded(entry: "_Entry") -> int:
    """Memory of a cached conversation (~0.3 MB after 25 turns, half of it values nobody reads again):
    every ``SlotSet`` whose slot is set again later, every user message but the latest and every bot
    message but the latest are replaced in the cached tracker's events by a packed event (the same
    event, its big attribute as compressed JSON, rebuilt on each read), and equal metadata dicts are
    shared. The tracker's state (slots, latest message) is not touched, and a revert's replay reads
    the packed values back exactly. Only events new since the last call are looked at."""
    evs = entry.tracker.events
    latest = entry.latest if entry.latest is not None else {}
    packed = 0
    n = len(evs)
    for i in range(entry.scanned, n):
        e = evs[i]
        _shared_metadata(e)
        kind = _supersede_kind(e)
        if kind is None:
            continue
        prev = latest.get(kind)
        latest[kind] = i
        if prev is not None:
            small = _packed_copy(evs[prev])
            if small is not None:
                evs[prev] = small
                packed += 1
    entry.latest = latest
    entry.scanned = n
    return packed


class CachedTracker(DialogueStateTracker):
    """The tracker class this store hands out.

    * ``copy``: Rasa's processor copies the tracker before *every* action it runs
      (``MessageProcessor._run_action``), and ``DialogueStateTracker.copy`` replays every event of
      the session into a new tracker - three or more full replays per turn, growing with the
      conversation. The copy here has the same state (``_clone``) at a cost that does not depend on
      the number of events.
    * ``events`` may hold only the last events of the session (the window); the earlier ones are in
      ``_bot_prefix`` (shared, never changed). ``replay_events`` - what ``ActionReverted`` and
      ``UserUtteranceReverted`` do after resetting the tracker, e.g. when the crisis action reverts
      itself - replays prefix + window, so a revert restores exactly the state a full tracker would
      have, slots set long ago included.
    """

    def copy(self) -> "DialogueStateTracker":
        return _clone(self)

    def replay_events(self) -> None:
        prefix = self.__dict__.get("_bot_prefix")
        if not prefix:
            super().replay_events()
            return
        window = self.events
        self.events = deque(itertools.chain(prefix, window))
        try:
            super().replay_events()
        finally:
            self.events = window


def _clone(tr: DialogueStateTracker, window: int = 0) -> CachedTracker:
    """A copy Rasa may mutate without touching ``tr`` (much cheaper than ``tracker.copy()``, which
    replays every event). Events are shared: Rasa never changes a stored event, except that an
    ``ActionExecuted`` sets ``use_text_for_featurization`` on the latest user message - that one
    is copied (in the deque and as ``latest_message``).

    From the cache entry (a full tracker, ``window`` > 0): the copy gets the last ``window`` events,
    the earlier ones as ``_bot_prefix``, and ``_bot_cache_base`` = the number of events it holds that
    are already stored. From a handed-out copy (``CachedTracker.copy``) both are kept as they are."""
    new = object.__new__(CachedTracker)
    new.__dict__.update(tr.__dict__)
    if not isinstance(tr, CachedTracker):
        n = len(tr.events)
        if window and n > window:
            new._bot_prefix = tuple(itertools.islice(tr.events, 0, n - window))
            evs = deque(itertools.islice(tr.events, n - window, n))
        else:
            new._bot_prefix = ()
            evs = deque(tr.events)
        new._bot_cache_base = len(evs)  # events already stored (TrackerCacheMixin._additional_events)
    else:
        evs = deque(tr.events)
    new._max_event_history = None  # the caller appends; save() counts from len()
    latest = tr.latest_message
    if isinstance(latest, UserUttered):
        mine = copy.copy(latest)
        new.latest_message = mine
        for i in range(len(evs) - 1, -1, -1):
            if evs[i] is latest:
                evs[i] = mine
                break
    new.events = evs
    slots = tr.slots
    if isinstance(slots, dict) and type(slots) is dict:
        new.slots = {k: copy.copy(v) for k, v in slots.items()}
    else:  # AnySlotDict (no domain): creates slots on access
        new.slots = copy.copy(slots)
        new.slots.update({k: copy.copy(v) for k, v in slots.items()})
    if tr.active_loop is not None:
        new.active_loop = copy.copy(tr.active_loop)
    if isinstance(tr.latest_action, dict):
        new.latest_action = dict(tr.latest_action)
    return new


class TrackerCacheMixin:
    """In-memory tracker cache with an SQL freshness check; see the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sqlite_wal = tune_sqlite(self)
        self._cache: "OrderedDict[Text, _Entry]" = OrderedDict()
        env = settings()
        self.cache_size = env.bot_tracker_cache_size
        self.cache_idle_s = env.bot_tracker_cache_idle_s
        self.window = env.bot_tracker_window
        self.pack = env.bot_tracker_pack
        self.cache_stats = {"hits": 0, "misses": 0, "stale": 0, "applied_rows": 0}

    # ------------------------------------------------------------------ SQL --
    def _freshness_stmt(self) -> Any:
        """SELECT count(id), max(id) FROM events WHERE sender_id = :sender, built once per store (an ORM
        query built per turn cost as much as running it)."""
        stmt = self.__dict__.get("_freshness")
        if stmt is None:
            E = self.SQLEvent
            stmt = sa.select(sa.func.count(E.id), sa.func.max(E.id)).where(E.sender_id == sa.bindparam("sender"))
            self.__dict__["_freshness"] = stmt
        return stmt

    def _rows_after(self, session: Any, sender_id: Text, last_id: int) -> List[Tuple[int, str, str]]:
        E = self.SQLEvent
        q = session.query(E.id, E.type_name, E.data).filter(E.sender_id == sender_id, E.id > last_id).order_by(E.id)
        return [(int(i), t, d) for i, t, d in q.all()]

    def _count_upto(self, session: Any, sender_id: Text, last_id: int) -> int:
        E = self.SQLEvent
        return int(session.query(sa.func.count(E.id)).filter(E.sender_id == sender_id, E.id <= last_id).scalar() or 0)

    def _full_load(self, session: Any, sender_id: Text) -> Optional[_Entry]:
        """The latest session, as ``SQLTrackerStore._retrieve`` builds it, with its last row id."""
        rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
        if not rows:
            return None
        events = [json.loads(r.data) for r in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        last_id = max(int(r.id) for r in rows)
        entry = _Entry(tracker, last_id, self._count_upto(session, sender_id, last_id), time.monotonic())
        if self.pack:
            _pack_superseded(entry)
        return entry

    # ------------------------------------------------------------ the cache --
    def _enabled(self) -> bool:
        return self.cache_size > 0 and bool(self.domain)

    def _put(self, sender_id: Text, entry: Optional[_Entry]) -> None:
        self._cache.pop(sender_id, None)
        if entry is None:
            return
        self._cache[sender_id] = entry
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _drop_idle(self, now: float) -> None:
        while self._cache:
            sender, oldest = next(iter(self._cache.items()))
            if now - oldest.used_at <= self.cache_idle_s:
                return
            del self._cache[sender]

    def _fresh_entry(self, session: Any, sender_id: Text, count: bool = False) -> Optional[_Entry]:
        """The cached entry brought up to date with SQL, or a full load when that is not possible."""
        now = time.monotonic()
        self._drop_idle(now)
        entry = self._cache.get(sender_id)
        if entry is not None:
            # one aggregate query answers the usual case (nothing new, nothing deleted); only when
            # there are newer rows are they read, and count - new rows must equal the rows cached
            n, newest = session.execute(self._freshness_stmt(), {"sender": sender_id}).one()
            n, newest = int(n or 0), int(newest or 0)
            if n == entry.rows_upto_last and newest == entry.last_id:
                rows = []
            else:
                rows = self._rows_after(session, sender_id, entry.last_id)
            if n - len(rows) != entry.rows_upto_last or any(t == SessionStarted.type_name for _i, t, _d in rows):
                self.cache_stats["stale"] += 1
                entry = None
            else:
                if rows:
                    evs = rasa_events.deserialise_events([json.loads(d) for _i, _t, d in rows])
                    for e in evs:
                        entry.tracker.update(e)
                    if self.pack:
                        _pack_superseded(entry)
                    entry.last_id = rows[-1][0]
                    entry.rows_upto_last += len(rows)
                    self.cache_stats["applied_rows"] += len(rows)
                entry.used_at = now
                self._cache.move_to_end(sender_id)
                if count:
                    self.cache_stats["hits"] += 1
                return entry
        if count:
            self.cache_stats["misses"] += 1
        entry = self._full_load(session, sender_id)
        self._put(sender_id, entry)
        return entry

    # ------------------------------------------------------- the Rasa API --
    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        if not self._enabled():
            return await super().retrieve(sender_id)
        with self.session_scope() as session:
            entry = self._fresh_entry(session, sender_id, count=True)
        return _clone(entry.tracker, self.window) if entry is not None else None

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events not stored yet. For a tracker this store handed out (or saved), that is every
        event after the ones it had then - no SQL ``count`` over the whole session (the parent's way,
        7 % of Rasa's CPU in 60-turn conversations). Both ways assume, as Rasa does, that nobody else
        writes this conversation during the turn (lock store + sticky routing)."""
        base = getattr(tracker, "_bot_cache_base", None)
        if base is None or not self._enabled() or base > len(tracker.events):
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, base, len(tracker.events))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await super().save(tracker)
        if not self._enabled():
            return
        tracker._bot_cache_base = len(tracker.events)
        if tracker.sender_id not in self._cache:  # a new conversation (or evicted, or a new session)
            with self.session_scope() as session:
                self._fresh_entry(session, tracker.sender_id)

    def _rows_written(self, sender_id: Text, rows: List[Tuple[int, str, str]]) -> None:
        """The rows this process just committed go into the cached tracker as they were stored
        (masked, from their JSON), with no SQL read-back. Safe because the next ``retrieve`` still
        checks the rows after the last id and the count up to it: a row another process wrote
        for this conversation in between (an id below ours) changes that count (full reload), one
        written after ours is read and applied."""
        super()._rows_written(sender_id, rows)
        entry = self._cache.get(sender_id) if self._enabled() else None
        if entry is None or not rows:
            return
        rows = sorted(rows)
        if rows[0][0] <= entry.last_id or any(t == SessionStarted.type_name for _i, t, _d in rows):
            self._cache.pop(sender_id, None)  # a new session (or ids that went back): full load
            return
        for e in rasa_events.deserialise_events([json.loads(d) for _i, _t, d in rows]):
            entry.tracker.update(e)
        if self.pack:
            _pack_superseded(entry)
        entry.last_id = rows[-1][0]
        entry.rows_upto_last += len(rows)
        entry.used_at = time.monotonic()
        self._cache.move_to_end(sender_id)
        self.cache_stats["applied_rows"] += len(rows)

    def forget(self, sender_id: Optional[Text] = None) -> None:
        """Drop one conversation (or all) from this process's cache."""
        if sender_id is None:
            self._cache.clear()
        else:
            self._cache.pop(sender_id, None)
