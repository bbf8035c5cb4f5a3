"""MaskingSQLTrackerStore: raw PII never reaches the SQLite file."""

import json
import sqlite3
import time

import pytest

from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from bot.adapters.tracker_store import MaskingSQLTrackerStore

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
intents: [inform, greet]
entities: [phone]
slots:
  phone:
    type: text
    mappings: [{type: from_entity, entity: phone}]
  booking_code:
    type: text
    mappings: [{type: custom}]
  needs:
    type: list
    mappings: [{type: custom}]
"""
)

RAW_PHONE = "01012345678"
RAW_PHONE_H = "010-9876-5432"
RAW_RRN = "900101-1234567"
RAW_ACCOUNT = "110-123-456789"


def _tracker(sender="u1", t0=None):
    t0 = time.time() if t0 is None else t0
    text = f"제번호는{RAW_PHONE}이고 주민번호는 {RAW_RRN}이에요"
    start = text.index(RAW_PHONE)
    events = [
        ActionExecuted("action_session_start", timestamp=t0),
        SessionStarted(timestamp=t0),
        ActionExecuted("action_listen", timestamp=t0 + 1),
        UserUttered(
            text,
            intent={"name": "inform", "confidence": 0.91},
            entities=[{"entity": "phone", "value": RAW_PHONE, "start": start, "end": start + len(RAW_PHONE)}],
            parse_data={
                "text": text,
                "intent": {"name": "inform", "confidence": 0.91},
                "entities": [{"entity": "phone", "value": RAW_PHONE, "start": start, "end": start + len(RAW_PHONE)}],
                "intent_ranking": [{"name": "inform", "confidence": 0.91}],
            },
            input_channel="rest",
            metadata={"note": f"계좌 {RAW_ACCOUNT}"},
            timestamp=t0 + 2,
        ),
        SlotSet("phone", RAW_PHONE_H, timestamp=t0 + 3),
        SlotSet("needs", ["debt", f"연락 {RAW_PHONE_H}"], timestamp=t0 + 3),
        SlotSet("booking_code", "GB-7K3P9Q", timestamp=t0 + 3),
        BotUttered(f"{RAW_PHONE_H} 번호로 연락드릴게요.", timestamp=t0 + 4),
        ActionExecuted("action_listen", timestamp=t0 + 5),
    ]
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)


def _store(path):
    return MaskingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(path))


def _assert_no_raw(path):
    raw = path.read_bytes()
    for secret in [RAW_PHONE, RAW_PHONE_H, "9876", "1234567", RAW_RRN, "456789", "123-456789"]:
        assert secret.encode() not in raw, secret
    for row in sqlite3.connect(str(path)).execute("select data from events"):
        for secret in [RAW_PHONE, RAW_PHONE_H, RAW_RRN, RAW_ACCOUNT]:
            assert secret not in row[0]


async def test_saved_rows_are_masked(tmp_path):
    db = tmp_path / "rasa.db"
    store = _store(db)
    await store.save(_tracker())
    store.engine.dispose()
    _assert_no_raw(db)
    rows = list(
        sqlite3.connect(str(db)).execute("select type_name, intent_name, action_name, data from events order by id")
    )
    assert len(rows) == 9
    user = [json.loads(r[3]) for r in rows if r[0] == "user"][0]
    assert "010****5678" in user["text"] and "900101-1******" in user["text"]
    assert user["parse_data"]["entities"][0]["value"] == "010****5678"
    assert user["metadata"]["note"] == "계좌 ***-***-**6789"
    assert user["input_channel"] == "rest"
    assert [r[1] for r in rows if r[0] == "user"] == ["inform"]
    slots = {json.loads(r[3])["name"]: json.loads(r[3])["value"] for r in rows if r[0] == "slot"}
    assert slots == {"phone": "010-****-5432", "needs": ["debt", "연락 010-****-5432"], "booking_code": "GB-7K3P9Q"}
    bot = [json.loads(r[3]) for r in rows if r[0] == "bot"][0]
    assert bot["text"].startswith("010-****-5432")


async def test_incremental_saves_and_retrieve(tmp_path):
    db = tmp_path / "rasa.db"
    store = _store(db)
    tracker = _tracker()
    await store.save(tracker)
    # the next turn: processor reloads, appends and saves again
    again = await store.retrieve("u1")
    assert again.get_slot("phone") == "010-****-5432"
    again.update(UserUttered(f"다른 번호 {RAW_PHONE_H} 예요", intent={"name": "inform", "confidence": 0.8}))
    await store.save(again)
    store.engine.dispose()
    n = sqlite3.connect(str(db)).execute("select count(*) from events").fetchone()[0]
    assert n == 10  # only the new event was appended
    _assert_no_raw(db)


async def test_created_from_endpoint_config(tmp_path):
    db = tmp_path / "sub" / "rasa.db"  # parent directory is created
    yml = tmp_path / "endpoints.yml"
    yml.write_text(
        f"tracker_store:\n  type: bot.adapters.tracker_store.MaskingSQLTrackerStore\n  dialect: sqlite\n  db: {db}\n",
        encoding="utf-8",
    )
    cfg = read_endpoint_config(str(yml), "tracker_store")
    store = TrackerStore.create(cfg, domain=DOMAIN)
    assert isinstance(store, MaskingSQLTrackerStore)
    await store.save(_tracker())
    assert sorted(await store.keys()) == ["u1"]
    store.engine.dispose()
    _assert_no_raw(db)


async def test_delete_conversation(tmp_path):
    db = tmp_path / "rasa.db"
    store = _store(db)
    await store.save(_tracker("a"))
    await store.save(_tracker("b"))
    assert store.delete_conversation("a") == 9
    assert await store.keys() == ["b"]
    assert store.delete_conversation("nobody") == 0


async def test_delete_older_than_keeps_recent_sessions(tmp_path):
    db = tmp_path / "rasa.db"
    store = _store(db)
    now = 1_800_000_000.0
    day = 86400.0
    await store.save(_tracker("old", t0=now - 40 * day))
    await store.save(_tracker("new", t0=now - 1 * day))
    # a returning person: an old session and a recent one
    both = _tracker("both", t0=now - 50 * day)
    for ev in [
        ActionExecuted("action_session_start", timestamp=now - 2 * day),
        SessionStarted(timestamp=now - 2 * day),
        ActionExecuted("action_listen", timestamp=now - 2 * day + 1),
        UserUttered("안녕하세요", intent={"name": "greet", "confidence": 1.0}, timestamp=now - 2 * day + 2),
    ]:
        both.update(ev)
    await store.save(both)
    result = store.delete_older_than(30, now=now)
    assert result["senders"] == ["old"]
    assert result["trimmed"] == ["both"]
    assert result["events"] == 18
    assert sorted(await store.keys()) == ["both", "new"]
    kept = await store.retrieve_full_tracker("both")
    assert [e.type_name for e in kept.events][:2] == ["action", "session_started"]
    assert kept.events[0].action_name if hasattr(kept.events[0], "action_name") else True
    assert len(kept.events) == 4
    assert len((await store.retrieve_full_tracker("new")).events) == 9
    with pytest.raises(ValueError):
        store.delete_older_than(-1)


def test_endpoint_config_kwargs_passthrough(tmp_path):
    cfg = EndpointConfig(
        type="bot.adapters.tracker_store.MaskingSQLTrackerStore", dialect="sqlite", db=str(tmp_path / "x.db")
    )
    store = TrackerStore.create(cfg, domain=DOMAIN)
    assert isinstance(store, MaskingSQLTrackerStore)
    assert str(store.engine.url).endswith("x.db")


async def test_sealed_slot_tokens_are_kept_intact(tmp_path):
    """bot/sealed.py tokens ("sealed:<Fernet>") must survive storage unchanged,
    even when the base64 happens to contain a phone-like digit run."""
    db = tmp_path / "rasa.db"
    store = _store(db)
    token = "sealed:gAAAAABn-010-1234-5678-x9Zq0123456789abc"
    tracker = _tracker("s1")
    tracker.update(SlotSet("phone", token))
    await store.save(tracker)
    again = await store.retrieve("s1")
    assert again.get_slot("phone") == token
    # an ordinary value in the same position is still masked
    tracker.update(SlotSet("phone", "010-1234-5678"))
    await store.save(tracker)
    assert (await store.retrieve("s1")).get_slot("phone") == "010-****-5678"
