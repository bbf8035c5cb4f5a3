"""The one custom action (action_turn), run with rasa-sdk Tracker fixtures (no model, no servers):
it carries the state in the `dialogue` slot, dispatches the engine's messages and mirrors the slots the
staff console, retention and the booking card read."""

from __future__ import annotations

from datetime import datetime

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import bot.adapters.action as action_module
from bot.screening import booking_flow


class Chat:
    """A conversation driven through the action as Rasa would: events accumulate, slots carry over."""

    def __init__(self, sender="t1", channel="rest"):
        self.sender, self.channel = sender, channel
        self.slots: dict = {}
        self.events: list = [
            {"event": "action", "name": "action_session_start"},
            {"event": "action", "name": "action_listen"},
        ]

    async def say(self, text, intent=None, entities=None, metadata=None, confidence=0.9):
        latest = {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "entities": entities or [],
            "metadata": metadata or {},
        }
        self.events.append({"event": "user", "text": text, "parse_data": latest, "input_channel": self.channel})
        t = Tracker(self.sender, dict(self.slots), latest, list(self.events), False, None, {}, "action_listen")
        d = CollectingDispatcher()
        events = await action_module.ActionTurn().run(d, t, {})
        for e in events:
            assert e["event"] == "slot"
            self.slots[e["name"]] = e["value"]
        self.events += (
            [{"event": "action", "name": "action_turn"}] + list(events) + [{"event": "action", "name": "action_listen"}]
        )
        self.last_events = events
        return d.messages

    def set_slots(self):
        return {e["name"] for e in self.last_events}


def text_of(msgs):
    return "\n".join((m.get("text") or "") + " " + " ".join(b["title"] for b in m.get("buttons") or []) for m in msgs)


async def test_greeting_explains_the_bot_and_keeps_state_in_the_dialogue_slot():
    c = Chat()
    msgs = await c.say("안녕하세요", "greet")
    assert "고용복지+센터" in text_of(msgs) and "일자리·실업급여" in text_of(msgs)
    assert isinstance(c.slots["dialogue"], dict) and c.slots["dialogue"]["turns"] == 1


async def test_story_facts_only_after_consent_and_mirrored_slots():
    c = Chat()
    msgs = await c.say("저 35살이고 회사에서 권고사직 당해서 일자리 찾고 있어요", "need_employment")
    assert "동의" in text_of(msgs)
    assert c.slots.get("age") is None and "35" not in str(c.slots["dialogue"])  # nothing held before consent
    assert c.slots["needs"] == ["employment"]
    msgs = await c.say("동의합니다", "affirm")
    assert c.slots["consent"] == "given" and c.slots["age"] == 35
    assert "정리해 보면" in text_of(msgs)
    assert "나이" not in text_of(msgs)  # never asked again


async def test_crisis_first_and_crisis_slot_masked():
    c = Chat()
    await c.say("일자리 찾고 있어요", "need_employment")
    msgs = await c.say("다 포기하고 죽고 싶어요 010-1234-5678", "inform")
    assert "109" in msgs[0]["text"]
    assert "동의" not in text_of(msgs) and "이해하지 못했어요" not in text_of(msgs)
    crisis = c.slots["crisis"]
    assert crisis["level"] in ("check", "risk", "imminent") and crisis["at"]
    assert "1234-5678" not in str(c.slots)


async def test_rating_is_recorded_as_satisfaction():
    c = Chat()
    msgs = await c.say("안녕히 계세요", "goodbye")
    assert "1~5점" in text_of(msgs)
    msgs = await c.say("만족도 4점", "inform")
    assert c.slots["satisfaction"] == 4.0 and "감사" in text_of(msgs)


async def test_buttons_and_custom_payloads_are_dispatched():
    c = Chat()
    msgs = await c.say("마포구 합정동 고용센터 어디예요", "find_center")
    assert any(m.get("custom", {}).get("type") == "center" for m in msgs)
    assert any(m.get("buttons") for m in msgs)


@pytest.fixture
def store(tmp_path, monkeypatch):
    from bot.booking import KST, BookingStore

    monkeypatch.setenv("BOT_SECRET_FILE", str(tmp_path / "secret.key"))
    import bot.sealed as sealed

    sealed._fernet = None
    now = datetime(2026, 11, 23, 9, 0, tzinfo=KST)  # Monday
    s = BookingStore(f"sqlite:///{tmp_path / 'b.db'}", clock=lambda: now)
    booking_flow.set_store(s)
    yield s
    booking_flow.set_store(None)
    sealed._fernet = None


async def test_booking_through_the_action_carries_the_handoff(store):
    c = Chat()
    await c.say("마포구 고용센터 어디예요", "find_center")
    msgs = await c.say("상담 예약하고 싶어요", "book_consultation")
    if "동의" in text_of(msgs):
        msgs = await c.say("동의합니다", "affirm")
    first = [b["title"] for m in msgs for b in m.get("buttons") or []][0]
    await c.say(first, "inform")
    await c.say("홍길동이에요", "inform")
    msgs = await c.say("010-1234-5678", "inform")
    assert "이대로 예약할까요" in text_of(msgs)
    msgs = await c.say("네", "affirm")
    code = c.slots["booking_code"]
    assert code and code in text_of(msgs) and "1~5점" in text_of(msgs)
    assert c.slots["booking_phone"].startswith("sealed:") and "1234" not in str(c.slots["dialogue"])
    b = store.get(code, "010-1234-5678")
    assert b.center == "서울서부고용센터"
