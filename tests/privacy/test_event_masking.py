"""Whole-event masking: entities, echoed values, the booking form's name answer, coarse location."""

import json
import sqlite3
import time

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy.events import EventMasker, coarse_location, mask_parse_data, requested_slot_before
from bot.adapters.tracker_store import MaskingSQLTrackerStore

LICENCE = "운전면허 11-12-345678-90 있어요"


def _licence_parse():
    # what the extractors really produced for this text (issue 13): a "date" and a "booking_code"
    return {
        "text": LICENCE,
        "intent": {"name": "inform", "confidence": 0.7},
        "intent_ranking": [{"name": "inform", "confidence": 0.7}],
        "entities": [
            {
                "entity": "date",
                "value": "11-12",
                "start": 5,
                "end": 10,
                "extractor": "KoreanEntityExtractor",
                "additional_info": {"month": 11, "day": 12},
            },
            {"entity": "booking_code", "value": "345678", "start": 11, "end": 17},
            {"entity": "need", "value": "employment", "start": 0, "end": 2},
        ],
    }


def test_entities_do_not_give_masked_numbers_back():
    pd = mask_parse_data(_licence_parse())
    assert pd["text"] == "운전면허 **-**-****78-90 있어요"
    values = {e["entity"]: e["value"] for e in pd["entities"]}
    assert values["date"] == "**-**" and values["booking_code"] == "****78"
    assert "additional_info" not in pd["entities"][0]  # {"month": 11, "day": 12} would rebuild it
    assert values["need"] == "employment"  # a span without PII keeps its value
    assert pd["intent"]["name"] == "inform" and pd["intent_ranking"][0]["name"] == "inform"
    dumped = json.dumps(pd, ensure_ascii=False)
    assert "345678" not in dumped and "11-12" not in dumped


def test_masked_entity_values_are_not_echoed_in_slots_or_bot_text():
    m = EventMasker()
    user = m.mask({"event": "user", "text": LICENCE, "parse_data": _licence_parse()})
    slot = m.mask({"event": "slot", "name": "booking_code", "value": "345678"})
    bot = m.mask({"event": "bot", "text": "예약번호 345678을 찾지 못했어요."})
    assert "345678" not in json.dumps([user, slot, bot], ensure_ascii=False)
    assert slot["value"] == "******"


def test_name_answer_is_masked_while_the_form_asks_for_the_name():
    m = EventMasker(requested_slot="booking_name")
    user = m.mask(
        {
            "event": "user",
            "text": "홍길동이요",
            "parse_data": {
                "text": "홍길동이요",
                "intent": {"name": "inform"},
                "entities": [{"entity": "name", "value": "홍길동", "start": 0, "end": 3}],
            },
        }
    )
    m.mask({"event": "slot", "name": "requested_slot", "value": "booking_phone"})
    bot = m.mask({"event": "bot", "text": "홍길동님, 연락받을 휴대폰 번호를 알려 주세요."})
    assert user["text"] == "*****"
    assert user["parse_data"]["entities"][0]["value"] == "***"
    assert user["parse_data"]["intent"]["name"] == "inform"
    assert "홍길동" not in bot["text"] and bot["text"].endswith("연락받을 휴대폰 번호를 알려 주세요.")
    # the next answer (a phone) is an ordinary message again
    nxt = m.mask({"event": "user", "text": "010-1234-5678", "parse_data": {"text": "010-1234-5678"}})
    assert nxt["text"] == "010-****-5678"


def test_the_ask_action_alone_also_marks_a_name_answer():
    evs = [ActionExecuted("action_ask_booking_name"), ActionExecuted("action_listen")]
    assert requested_slot_before(evs) == "booking_name"
    m = EventMasker()
    m.mask({"event": "action", "name": "action_ask_booking_name"})
    assert m.mask({"event": "user", "text": "이순신"})["text"] == "***"


def test_ordinary_answers_are_not_treated_as_names():
    m = EventMasker(requested_slot="center_name")
    out = m.mask({"event": "user", "text": "강남 센터요"})
    assert out["text"] == "강남 센터요"


def test_event_and_action_names_are_never_scrubbed():
    m = EventMasker(requested_slot="booking_name")
    m.mask({"event": "user", "text": "ok"})  # a Latin "name" that is part of "booking"
    act = m.mask({"event": "action", "name": "action_ask_booking_phone"})
    slot = m.mask({"event": "slot", "name": "booking_phone", "value": None})
    assert act["name"] == "action_ask_booking_phone" and slot["name"] == "booking_phone"


def test_coordinates_are_stored_coarse():
    out = coarse_location({"location": {"lat": 37.498095, "lon": 127.027610}, "channel": "kakao"})
    assert out == {"location": {"lat": 37.5, "lon": 127.03}, "channel": "kakao"}
    m = EventMasker()
    ev = m.mask(
        {
            "event": "user",
            "text": "내 위치로 센터 찾기",
            "metadata": {"location": {"lat": 35.179554, "lon": 129.075642}},
        }
    )
    assert ev["metadata"]["location"] == {"lat": 35.18, "lon": 129.08}


def test_requested_slot_before_reads_objects_and_dicts():
    evs = [SlotSet("requested_slot", "booking_name"), UserUttered("홍길동")]
    assert requested_slot_before(evs, skip_last=1) == "booking_name"
    assert requested_slot_before([{"event": "slot", "name": "requested_slot", "value": "x"}]) == "x"
    assert requested_slot_before([]) is None


DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [inform]
slots:
  booking_name: {type: text, mappings: [{type: custom}]}
  booking_code: {type: text, mappings: [{type: custom}]}
  requested_slot: {type: any, mappings: [{type: custom}]}
""")


async def test_store_masks_name_answer_across_saves_and_entities(tmp_path):
    db = tmp_path / "rasa.db"
    store = MaskingSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db))
    t0 = time.time()
    tracker = DialogueStateTracker.from_events(
        "web-n1",
        [
            ActionExecuted("action_session_start", timestamp=t0),
            SessionStarted(timestamp=t0),
            ActionExecuted("action_listen", timestamp=t0),
            UserUttered(LICENCE, parse_data=_licence_parse(), timestamp=t0 + 1),
            SlotSet("requested_slot", "booking_name", timestamp=t0 + 2),
            BotUttered("예약하실 분의 성함을 알려 주세요.", timestamp=t0 + 2),
            ActionExecuted("action_listen", timestamp=t0 + 2),
        ],
        DOMAIN.slots,
    )
    await store.save(tracker)  # turn 1 saved; the name question is pending
    tracker = await store.retrieve("web-n1")
    tracker.update(
        UserUttered(
            "김영희입니다",
            parse_data={"text": "김영희입니다", "intent": {"name": "inform"}, "entities": []},
            timestamp=t0 + 3,
        )
    )
    tracker.update(SlotSet("requested_slot", "booking_phone", timestamp=t0 + 4))
    tracker.update(BotUttered("김영희님, 휴대폰 번호를 알려 주세요.", timestamp=t0 + 4))
    await store.save(tracker)  # turn 2: a separate save must still know the form asked for the name
    store.engine.dispose()
    # rows are JSON with \\u escapes: decode them before looking for Korean text
    rows = [json.loads(r[0]) for r in sqlite3.connect(str(db)).execute("select data from events")]
    dumped = json.dumps(rows, ensure_ascii=False)
    assert "성함을 알려 주세요" in dumped  # the check below looks at real text
    for secret in ("김영희", "345678", "11-12"):
        assert secret not in dumped, secret
