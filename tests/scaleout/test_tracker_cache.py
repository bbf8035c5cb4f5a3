"""The tracker cache in bot.adapters.tracker_store.MaskingSQLTrackerStore (bot/adapters/tracker_cache.py): two store instances
on one database stand for two Rasa processes; a conversation that moved between them is never served
from a stale copy, what the cache serves is exactly what SQL would rebuild (masked), and a turn reads
only the rows added since the last one."""

from __future__ import annotations

import sqlite3
import time

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.adapters.tracker_store import MaskingSQLTrackerStore, MaskingSQLTrackerStoreUncached

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
intents: [inform, greet, book]
entities: [phone, age]
slots:
  phone:
    type: text
    mappings: [{type: from_entity, entity: phone}]
  age:
    type: float
    mappings: [{type: from_entity, entity: age}]
  needs:
    type: list
    mappings: [{type: custom}]
  consent:
    type: bool
    mappings: [{type: custom}]
  dialogue:
    type: any
    influence_conversation: false
    mappings: [{type: custom}]
forms:
  booking_form:
    required_slots: [phone]
"""
)

T0 = 1_700_000_000.0


def user(text, intent="inform", ts=None, entities=()):
    return UserUttered(
        text,
        intent={"name": intent, "confidence": 0.9},
        entities=list(entities),
        parse_data={
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "entities": list(entities),
            "intent_ranking": [{"name": intent, "confidence": 0.9}],
        },
        input_channel="rest",
        timestamp=ts,
    )


def turn(i, ts, extra=()):
    """One citizen turn: user text, the bot's answer, a slot, listen (like one action per turn)."""
    return [
        user(f"{i}번째 질문에 답할게요 나이는 {30 + i % 20}살이에요", ts=ts),
        ActionExecuted("action_turn", timestamp=ts + 0.1),
        SlotSet("age", float(30 + i % 20), timestamp=ts + 0.1),
        *extra,
        BotUttered(f"{i}번째 답변이에요.", timestamp=ts + 0.2),
        ActionExecuted("action_listen", timestamp=ts + 0.3),
    ]


def start_events(ts=T0):
    return [
        ActionExecuted("action_session_start", timestamp=ts),
        SessionStarted(timestamp=ts),
        ActionExecuted("action_listen", timestamp=ts),
    ]


def state(tr: DialogueStateTracker) -> dict:
    """What a turn depends on: every event, the slots, the active loop, the latest message."""
    return {
        "events": [e.as_dict() for e in tr.events],
        "slots": {k: s.value for k, s in tr.slots.items()},
        "active_loop": tr.active_loop_name,
        "latest": tr.latest_message.text if tr.latest_message else None,
        "latest_action": tr.latest_action_name,
        "paused": tr.is_paused(),
    }


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "tracker.db")


def store(db, cls=MaskingSQLTrackerStore):
    return cls(domain=DOMAIN, dialect="sqlite", db=db)


async def play(st, sender, evs):
    """A Rasa turn: retrieve (or create), append events, save. Returns the tracker saved."""
    tr = await st.retrieve(sender)
    if tr is None:
        tr = DialogueStateTracker(sender, DOMAIN.slots)
    for e in evs:
        tr.update(e)
    await st.save(tr)
    return tr


async def test_a_conversation_moving_between_two_processes_is_never_served_stale(db):
    a, b, truth = store(db), store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-moving-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    await play(a, s, turn(2, T0 + 2))
    assert state(await a.retrieve(s)) == state(await truth.retrieve(s))
    # failover: process B takes two turns of the conversation A still has cached
    await play(b, s, turn(3, T0 + 3))
    await play(b, s, turn(4, T0 + 4, [ActiveLoop("booking_form", timestamp=T0 + 4.1)]))
    got = await a.retrieve(s)
    assert state(got) == state(await truth.retrieve(s))
    assert "4번째 질문" in got.latest_message.text and got.active_loop_name == "booking_form"
    assert a.cache_stats["applied_rows"] > 0  # A applied B's rows instead of reloading
    # and back: A answers turn 5 on top of B's turns; B sees it next time
    await play(a, s, turn(5, T0 + 5, [ActiveLoop(None, timestamp=T0 + 5.1)]))
    got_b = await b.retrieve(s)
    assert state(got_b) == state(await truth.retrieve(s))
    assert got_b.active_loop_name is None and len([e for e in got_b.events if isinstance(e, UserUttered)]) == 5


async def test_the_cache_holds_what_sql_holds_masked_never_the_raw_values(db):
    a, truth = store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-pii-1"
    phone = "010-2345-6789"
    await play(
        a,
        s,
        start_events()
        + [
            user(f"제 번호는 {phone}이에요", ts=T0 + 1),
            ActionExecuted("action_turn", timestamp=T0 + 2),
            SlotSet("phone", phone, timestamp=T0 + 2),
            BotUttered(f"{phone}로 연락드릴게요.", timestamp=T0 + 3),
        ],
    )
    got = await a.retrieve(s)
    assert phone not in str(state(got)) and "2345" not in str(state(got)) and got.get_slot("phone") != phone
    assert state(got) == state(await truth.retrieve(s))


async def test_a_failed_turn_that_was_not_saved_leaves_no_trace(db):
    a = store(db)
    s = "web-fail-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    before = state(await a.retrieve(s))
    broken = await a.retrieve(s)  # the processor appends events, then crashes before save
    for e in turn(2, T0 + 2, [ActiveLoop("booking_form", timestamp=T0 + 2.1)]):
        broken.update(e)
    broken.slots["consent"].value = True
    assert state(await a.retrieve(s)) == before


async def test_deleted_elsewhere_or_a_new_session_elsewhere_is_seen(db):
    a, b = store(db), store(db)
    s, s2 = "web-del-1", "web-sess-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    await play(a, s2, start_events() + turn(1, T0 + 1) + turn(2, T0 + 2))
    assert await a.retrieve(s) is not None
    assert b.delete_conversation(s) > 0  # staff console / retention in another process
    assert await a.retrieve(s) is None
    # B starts a new session (session expired): A must serve only the new session
    await play(b, s2, start_events(T0 + 9000) + turn(3, T0 + 9001))
    got = await a.retrieve(s2)
    texts = [e.text for e in got.events if isinstance(e, UserUttered)]
    assert len(texts) == 1 and texts[0].startswith("3번째")
    assert a.cache_stats["stale"] >= 2


async def test_a_turn_reads_only_new_rows_so_its_cost_does_not_grow_with_the_conversation(db, monkeypatch):
    a = store(db)
    s = "web-long-1"
    await play(a, s, start_events())
    full_loads = []
    orig = type(a)._full_load
    monkeypatch.setattr(type(a), "_full_load", lambda self, *x: full_loads.append(1) or orig(self, *x))
    rows_read = []
    orig_after = type(a)._rows_after
    monkeypatch.setattr(
        type(a), "_rows_after", lambda self, *x: (lambda r: rows_read.append(len(r)) or r)(orig_after(self, *x))
    )
    for i in range(60):
        await play(a, s, turn(i, T0 + 1 + i))
    assert full_loads == []
    # which events are new is known from the handed-out copy: no SQL count of the whole session
    counted = []
    monkeypatch.setattr(MaskingSQLTrackerStoreUncached, "_additional_events", lambda self, *x: counted.append(1) or [])
    await play(a, s, turn(60, T0 + 70))
    assert counted == []
    # per turn: one count on retrieve (no rows read when nothing is new) and no read-back after
    # save (the rows written go into the cache from what was stored); never the whole conversation
    assert sum(rows_read) == 0
    assert len((await a.retrieve(s)).events) == 200  # the window handed to Rasa
    assert len((await store(db, MaskingSQLTrackerStoreUncached).retrieve(s)).events) == 3 + 61 * 5
    assert a.cache_stats["hits"] >= 60


async def test_cache_size_bounds_memory_and_zero_turns_it_off(db, monkeypatch):
    monkeypatch.setenv("BOT_TRACKER_CACHE_SIZE", "2")
    a = store(db)
    for i in range(5):
        await play(a, f"web-lru-{i}", start_events() + turn(1, T0 + 1))
    assert len(a._cache) == 2 and list(a._cache) == ["web-lru-3", "web-lru-4"]
    assert (await a.retrieve("web-lru-0")).latest_message.text.startswith("1번째")  # evicted: from SQL
    monkeypatch.setenv("BOT_TRACKER_CACHE_SIZE", "0")
    off = store(db)
    await play(off, "web-off-1", start_events() + turn(1, T0 + 1))
    assert off._cache == {} and (await off.retrieve("web-off-1")) is not None


async def test_idle_entries_are_dropped(db, monkeypatch):
    monkeypatch.setenv("BOT_TRACKER_CACHE_IDLE_S", "0.05")
    a = store(db)
    await play(a, "web-idle-1", start_events() + turn(1, T0 + 1))
    assert "web-idle-1" in a._cache
    time.sleep(0.1)
    await play(a, "web-idle-2", start_events() + turn(1, T0 + 1))
    assert "web-idle-1" not in a._cache and "web-idle-2" in a._cache


async def test_sqlite_tracker_db_runs_in_wal_mode_without_fsync_per_commit(db, monkeypatch):
    import sqlite3

    a = store(db)
    await play(a, "web-wal-1", start_events() + turn(1, T0 + 1))
    assert a.sqlite_wal
    with a.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # stored in the file
        assert raw.execute("select count(*) from events where sender_id='web-wal-1'").fetchone()[0] == 8
    finally:
        raw.close()
    monkeypatch.setenv("BOT_SQLITE_WAL", "0")
    assert not store(db).sqlite_wal


async def test_saving_twice_in_one_turn_and_trackers_from_elsewhere_store_each_event_once(db):
    a, truth = store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-twice-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    tr = await a.retrieve(s)
    for e in turn(2, T0 + 2)[:2]:
        tr.update(e)
    await a.save(tr)  # e.g. the session start is saved, then the rest of the turn
    for e in turn(2, T0 + 2)[2:]:
        tr.update(e)
    await a.save(tr)
    fresh = DialogueStateTracker.from_events(
        s, [*start_events(), *turn(1, T0 + 1), *turn(2, T0 + 2), *turn(3, T0 + 3)], DOMAIN.slots
    )
    await a.save(fresh)  # a tracker this store did not hand out: the parent's count
    assert state(await a.retrieve(s)) == state(await truth.retrieve(s))
    assert len((await truth.retrieve(s)).events) == 3 + 3 * 5


async def test_the_copy_rasa_makes_before_every_action_is_equal_to_a_replay_and_independent(db, monkeypatch):
    a = store(db)
    s = "web-copy-1"
    await play(
        a,
        s,
        start_events()
        + turn(1, T0 + 1)
        + turn(2, T0 + 2, [ActiveLoop("booking_form", timestamp=T0 + 2.1)])
        + turn(3, T0 + 3),
    )
    tr = await a.retrieve(s)
    replayed = DialogueStateTracker.travel_back_in_time(tr, float("inf"))  # what copy() did before
    calls = []
    monkeypatch.setattr(DialogueStateTracker, "update", lambda self, *x, **k: calls.append(1))
    cheap = tr.copy()  # no event is replayed
    assert calls == []
    monkeypatch.undo()
    assert state(cheap) == state(replayed) and cheap.active_loop_name == "booking_form"
    for e in turn(4, T0 + 4, [ActiveLoop(None, timestamp=T0 + 4.1)]):
        cheap.update(e)
    cheap.slots["consent"].value = True
    assert state(tr) == state(replayed)  # the original is untouched by changes to the copy
    assert len(cheap.events) == len(tr.events) + 6 and cheap.active_loop_name is None


async def test_rasa_gets_the_last_window_of_events_with_the_exact_state_of_the_whole_session(db, monkeypatch):
    monkeypatch.setenv("BOT_TRACKER_WINDOW", "40")
    a, b, truth = store(db), store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-window-1"
    await play(
        a,
        s,
        start_events()
        + turn(0, T0)
        + [SlotSet("needs", ["job", "debt"], timestamp=T0 + 0.5), ActiveLoop("booking_form", timestamp=T0 + 0.6)],
    )
    for i in range(1, 30):  # 150 more events: the slot and the loop are far back
        await play(a if i % 7 else b, s, turn(i, T0 + i))
    full = await truth.retrieve(s)
    for st in (a, b):
        got = await st.retrieve(s)
        assert len(got.events) == 40 and [e.as_dict() for e in got.events] == [
            e.as_dict() for e in list(full.events)[-40:]
        ]
        want = state(full)
        mine = state(got)
        assert {k: v for k, v in mine.items() if k != "events"} == {k: v for k, v in want.items() if k != "events"}
        assert got.get_slot("needs") == ["job", "debt"] and got.active_loop_name == "booking_form"
        assert got.copy().get_slot("needs") == ["job", "debt"]
    # a turn on the windowed tracker stores exactly its new events
    await play(a, s, turn(30, T0 + 30))
    assert len((await truth.retrieve(s)).events) == len(full.events) + 5
    assert state(await truth.retrieve(s))["slots"] == state(await a.retrieve(s))["slots"]
    monkeypatch.setenv("BOT_TRACKER_WINDOW", "0")
    assert len((await store(db).retrieve(s)).events) == len(full.events) + 5


@pytest.fixture(scope="module")
def pg_server():
    from tests.support.postgres import postgres_available, start_postgres

    if not postgres_available():
        pytest.fail("PostgreSQL binaries missing: apt-get install -y postgresql (make setup-test does it)")
    url, stop = start_postgres(dbname="cachetest")
    try:
        yield url
    finally:
        stop()


async def test_on_postgresql_a_moved_deleted_or_restarted_conversation_is_never_served_stale(pg_server):
    """The scale-out setup: two Rasa replicas (two stores) on one PostgreSQL tracker database."""
    from sqlalchemy.engine import make_url

    from tests.support.postgres import new_database

    u = make_url(new_database(pg_server, "cache"))
    kw = dict(
        domain=DOMAIN,
        dialect="postgresql",
        host=u.host,
        port=u.port,
        db=u.database,
        username=u.username,
        password=u.password or "",
    )
    a, b = MaskingSQLTrackerStore(**kw), MaskingSQLTrackerStore(**kw)
    truth = MaskingSQLTrackerStoreUncached(**kw)
    assert not a.sqlite_wal
    s = "web-pg-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    await play(b, s, turn(2, T0 + 2))  # failover to B
    await play(a, s, turn(3, T0 + 3))  # and back to A (its copy is two turns old)
    assert state(await a.retrieve(s)) == state(await truth.retrieve(s))
    assert state(await b.retrieve(s)) == state(await truth.retrieve(s))
    assert [e.text for e in (await b.retrieve(s)).events if isinstance(e, UserUttered)][-1].startswith("3번째")
    await play(b, s, start_events(T0 + 9000) + turn(4, T0 + 9001))  # new session on B
    assert len([e for e in (await a.retrieve(s)).events if isinstance(e, UserUttered)]) == 1
    assert b.delete_conversation(s) > 0
    assert await a.retrieve(s) is None


async def test_a_revert_late_in_a_long_conversation_keeps_what_was_set_before_the_window(db, monkeypatch):
    """The crisis action reverts itself (ActionReverted), Rasa's fallback reverts the user message:
    both reset the tracker and replay it. On a windowed tracker that replay must still see the slot
    and the form set 150 events before."""
    from rasa.shared.core.events import ActionReverted, UserUtteranceReverted

    monkeypatch.setenv("BOT_TRACKER_WINDOW", "40")
    a = store(db)
    s = "web-revert-1"
    await play(
        a,
        s,
        start_events()
        + turn(0, T0)
        + [SlotSet("needs", ["job", "debt"], timestamp=T0 + 0.5), ActiveLoop("booking_form", timestamp=T0 + 0.6)],
    )
    for i in range(1, 30):
        await play(a, s, turn(i, T0 + i))
    for revert in (ActionReverted(timestamp=T0 + 40.2), UserUtteranceReverted(timestamp=T0 + 40.2)):
        tr = await a.retrieve(s)
        assert len(tr.events) == 40
        tr.update(user("죽고 싶어요", ts=T0 + 40))
        tr.update(ActionExecuted("action_crisis", timestamp=T0 + 40.1))
        tr.update(SlotSet("consent", True, timestamp=T0 + 40.15))
        tr.update(revert)  # reset + replay
        assert tr.get_slot("needs") == ["job", "debt"] and tr.active_loop_name == "booking_form"
        assert tr.get_slot("age") == float(30 + 29 % 20)
        assert tr.get_slot("consent") is None  # the reverted action's slot is undone
        assert len(tr.events) == 44  # the window is kept, nothing was added
        cp = tr.copy()
        cp.update(ActionReverted(timestamp=T0 + 40.3))
        assert cp.get_slot("needs") == ["job", "debt"]
    # saved, the turn is stored once and the cache still agrees with SQL
    await a.save(tr)
    truth = await store(db, MaskingSQLTrackerStoreUncached).retrieve(s)
    got = await a.retrieve(s)
    assert state(got)["slots"] == state(truth)["slots"] and got.active_loop_name == truth.active_loop_name
    assert len(truth.events) == 3 + 30 * 5 + 2 + 4


async def test_a_turn_written_elsewhere_while_this_process_held_the_tracker_is_never_hidden(db):
    """This process applies its own rows to the cache without reading them back; a row another
    process wrote for the same conversation in between must still be seen on the next turn."""
    a, b = store(db), store(db)
    s = "web-race-1"
    await play(a, s, start_events() + turn(1, T0 + 1))
    mine = await a.retrieve(s)  # a's turn starts ...
    await play(b, s, turn(2, T0 + 2))  # ... another process writes a turn meanwhile ...
    for e in turn(3, T0 + 3):  # ... and a saves its own turn after it
        mine.update(e)
    await a.save(mine)
    truth = await store(db, MaskingSQLTrackerStoreUncached).retrieve(s)
    got = await a.retrieve(s)
    assert state(got) == state(truth)
    assert [e.text[:3] for e in got.events if isinstance(e, UserUttered)] == ["1번째", "2번째", "3번째"]
    assert a.cache_stats["stale"] >= 1
    # and a turn b writes after a's own rows is applied on a's next retrieve, without a full load
    await play(b, s, turn(4, T0 + 4))
    stale = a.cache_stats["stale"]
    got = await a.retrieve(s)
    assert state(got) == state(await store(db, MaskingSQLTrackerStoreUncached).retrieve(s))
    assert a.cache_stats["stale"] == stale


def test_event_classes_looked_up_once_resolve_exactly_as_rasa_does():
    """bot.adapters.speedups keeps the Event class found per type name (Rasa walked every subclass for
    each event the store or the in-process action builds from a dict)."""
    from rasa.shared.core import events as ev
    from rasa.shared.utils.common import all_subclasses

    from bot.adapters import speedups

    if not getattr(ev.Event, "_fast_resolve", False):
        speedups._patch_event_lookup(ev)
    names = {c.type_name for c in all_subclasses(ev.Event) if isinstance(getattr(c, "type_name", None), str)}
    for name in sorted(names):
        want = next(c for c in all_subclasses(ev.Event) if c.type_name == name)
        assert ev.Event.resolve_by_type(name) is want and ev.Event.resolve_by_type(name) is want
    assert ev.Event.resolve_by_type("topic") is None
    assert ev.Event.resolve_by_type("no_such_event", default=ev.SlotSet) is ev.SlotSet
    with pytest.raises(ValueError):
        ev.Event.resolve_by_type("no_such_event")
    evs = ev.deserialise_events([{"event": "slot", "name": "age", "value": 31.0}, {"event": "action", "name": "x"}])
    assert [type(e) for e in evs] == [ev.SlotSet, ev.ActionExecuted] and evs[0].value == 31.0


# ---- packed cache entries (BOT_TRACKER_PACK) ---------------------------------------------------
INTENTS = ["inform", "greet", "book", "deny", "affirm", "thank", "goodbye", "need_job", "need_debt", "crisis"]


def citizen_turn(i, ts):
    """A turn as the real bot stores it: a parsed user message with its intent ranking and token offsets,
    action_turn, the whole dialogue state in the ``dialogue`` slot, an answer with buttons, listen."""
    text = f"{i}번째로 말씀드리면 월세가 밀려서 걱정이에요 빚도 {i}백만원 있어요"
    ranking = [{"name": n, "confidence": round(0.9 / (k + 1), 6)} for k, n in enumerate(INTENTS)]
    parse = {
        "text": text,
        "intent": ranking[0],
        "entities": [],
        "intent_ranking": ranking,
        "text_tokens": [[k * 3, k * 3 + 2] for k in range(12)],
    }
    state = {
        "step": f"question_{i}",
        "answers": {f"q{k}": {"value": k * 10, "said": f"{k}번 답은 네 맞아요"} for k in range(i % 12 + 3)},
        "history": [f"{k}번째 질문" for k in range(i)],
        "consent": True,
    }
    buttons = [{"title": f"{k}번 선택지예요", "payload": f'/inform{{"choice": {k}}}'} for k in range(6)]
    return [
        UserUttered(text, intent=ranking[0], parse_data=parse, input_channel="rest", timestamp=ts),
        ActionExecuted("action_turn", timestamp=ts + 0.1),
        SlotSet("dialogue", state, timestamp=ts + 0.1),
        SlotSet("age", float(20 + i), timestamp=ts + 0.1),
        BotUttered(f"{i}번째 질문이에요. 골라 주세요.", data={"buttons": buttons}, timestamp=ts + 0.2),
        ActionExecuted("action_listen", timestamp=ts + 0.3),
    ]


def full_state(tr: DialogueStateTracker) -> dict:
    """state() plus what a revert brings back: the latest message's whole parse data, the latest bot
    message's buttons."""
    out = state(tr)
    out["latest_parse"] = tr.latest_message.parse_data if tr.latest_message else None
    out["latest_bot"] = tr.latest_bot_utterance.data if tr.latest_bot_utterance else None
    return out


async def test_a_cached_conversation_keeps_only_the_latest_dialogue_state_as_objects_and_serves_the_same(
    db, monkeypatch
):
    """Memory: each turn stores the whole dialogue state again; in the cache only the newest copy (and
    the newest user and bot message) stays an object, the older ones are compressed JSON. Every event
    still reads back exactly as SQL holds it, on this process and on another one."""
    import tracemalloc

    from bot.adapters import tracker_cache

    monkeypatch.setenv("BOT_TRACKER_WINDOW", "0")
    a, truth = store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-packed-1"
    await play(a, s, start_events() + citizen_turn(0, T0))
    for i in range(1, 25):
        await play(a, s, citizen_turn(i, T0 + i))
    entry = a._cache[s]
    evs = list(entry.tracker.events)
    plain_dialogue = [e for e in evs if type(e) is SlotSet and e.key == "dialogue"]
    assert len(plain_dialogue) == 1 and plain_dialogue[0].value["step"] == "question_24"
    assert sum(type(e) is tracker_cache.PackedSlotSet for e in evs) == 24
    assert sum(type(e) is UserUttered for e in evs) == 1 and sum(type(e) is BotUttered for e in evs) == 1
    got, want = await a.retrieve(s), await truth.retrieve(s)
    assert full_state(got) == full_state(want)
    assert [e for e in got.events] == [e for e in want.events]  # Rasa's own event equality too
    assert got.get_slot("dialogue")["step"] == "question_24"

    # the same conversation, cached with and without packing: well under half the memory
    def cached_bytes(pack: str) -> int:
        monkeypatch.setenv("BOT_TRACKER_PACK", pack)
        st = store(db)
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            with st.session_scope() as session:
                st._fresh_entry(session, s)
            assert st._cache[s].tracker.get_slot("dialogue")["step"] == "question_24"
            return tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()

    packed, plain = cached_bytes("1"), cached_bytes("0")
    assert 0 < packed < 0.5 * plain, (packed, plain)


@pytest.mark.parametrize("window", ["0", "30"])
async def test_reverts_deep_into_a_long_packed_conversation_give_the_tracker_sql_would_give(db, monkeypatch, window):
    """Rasa's reverts reset the tracker and replay its events: going back one, two and three user
    turns (and undoing an action) must bring back the dialogue state, the parse data and the buttons of
    those turns, which the cache holds packed - on the tracker Rasa got and on the cache entry itself
    when the revert is saved."""
    from rasa.shared.core.events import ActionReverted, UserUtteranceReverted

    monkeypatch.setenv("BOT_TRACKER_WINDOW", window)
    a, b, truth = store(db), store(db), store(db, MaskingSQLTrackerStoreUncached)
    s = "web-packed-revert"
    await play(a, s, start_events() + citizen_turn(0, T0))
    for i in range(1, 30):
        await play(a, s, citizen_turn(i, T0 + i))
    for reverts in (1, 2, 3):
        got, want = await a.retrieve(s), await truth.retrieve(s)
        for k in range(reverts):
            for tr in (got, want):
                tr.update(UserUtteranceReverted(timestamp=T0 + 50 + k))
        assert full_state(got)["slots"] == full_state(want)["slots"]
        assert got.get_slot("dialogue")["step"] == f"question_{29 - reverts}"
        assert got.latest_message.parse_data == want.latest_message.parse_data
        assert got.latest_message.parse_data["intent_ranking"][0]["name"] == "inform"
        assert got.latest_bot_utterance.data == want.latest_bot_utterance.data
    # an action undone, then the whole thing saved: the entry itself replays its packed events
    got = await a.retrieve(s)
    got.update(ActionExecuted("action_turn", timestamp=T0 + 60))
    got.update(SlotSet("dialogue", {"step": "oops"}, timestamp=T0 + 60.1))
    got.update(ActionReverted(timestamp=T0 + 60.2))
    got.update(UserUtteranceReverted(timestamp=T0 + 60.3))
    assert got.get_slot("dialogue")["step"] == "question_28"
    await a.save(got)
    want = await truth.retrieve(s)
    assert want.get_slot("dialogue")["step"] == "question_28"
    for st in (a, b, a):  # this process (cache entry), another process (full load), this one again
        again = await st.retrieve(s)
        assert full_state(again)["slots"] == full_state(want)["slots"]
        assert again.latest_message.parse_data == want.latest_message.parse_data
    # another process answers the next turn: this one serves it, never its older packed copy
    await play(b, s, citizen_turn(31, T0 + 70))
    mine = await a.retrieve(s)
    assert mine.get_slot("dialogue")["step"] == "question_31"
    assert full_state(mine)["slots"] == full_state(await truth.retrieve(s))["slots"]
    if window == "0":
        assert full_state(mine) == full_state(await truth.retrieve(s))


async def test_sqlite_rows_of_one_save_get_the_ids_the_database_gave_them_with_two_processes_writing(db):
    """SQLite saves a turn's events with one executemany and derives their ids from last_insert_rowid():
    the ids the cache records must be the database's, also when two processes write the same file in
    turns, so the next turn's freshness check finds nothing new and nothing stale."""
    a, b = store(db), store(db)
    for i in range(1, 7):
        st, sender = (a, "web-ids-a") if i % 2 else (b, "web-ids-b")
        await play(st, sender, (start_events(T0 + i) if i < 3 else []) + turn(i, T0 + i))
    with sqlite3.connect(db) as conn:
        for st, sender in ((a, "web-ids-a"), (b, "web-ids-b")):
            ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE sender_id = ? ORDER BY id", (sender,))]
            entry = st._cache[sender]
            assert entry.last_id == ids[-1] and entry.rows_upto_last == len(ids)
    applied = (a.cache_stats["applied_rows"], b.cache_stats["applied_rows"])
    await a.retrieve("web-ids-a")
    await b.retrieve("web-ids-b")
    assert a.cache_stats["stale"] == b.cache_stats["stale"] == 0
    assert (a.cache_stats["applied_rows"], b.cache_stats["applied_rows"]) == applied  # nothing re-read
