"""Every custom action, run with rasa-sdk Tracker fixtures (no model, no servers)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionReverted, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

import actions.actions as A
from bot.screening import booking_flow

DOMAIN: dict = {"forms": {"screening_form": {"required_slots": ["consent"]},
                          "booking_form": {"required_slots": ["center_name"]}}}


def tracker(text="", intent=None, slots=None, entities=None, metadata=None, latest_action="action_listen",
            sender="t1", form="screening_form") -> Tracker:
    # what Rasa sends to a form's validation action: ... action_listen, user, ActionExecuted(<form>)
    events = [{"event": "action", "name": latest_action}, {"event": "user", "text": text},
              {"event": "action", "name": form}]
    return Tracker(sender, dict(slots or {}), {"text": text, "intent": {"name": intent, "confidence": 0.9},
                                              "entities": entities or [], "metadata": metadata or {}},
                   events, False, None, {}, latest_action)


async def run(action, t):
    d = CollectingDispatcher()
    events = await action.run(d, t, DOMAIN)
    return d.messages, events


def slot_value(events, key):
    vals = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == key]
    return vals[-1] if vals else KeyError


def all_text(msgs):
    return "\n".join((m.get("text") or "") + " " + " ".join(b["title"] for b in m.get("buttons") or []) for m in msgs)


async def test_crisis_reverts_itself():
    msgs, events = await run(A.ActionCrisis(), tracker("죽고 싶어요", "need_debt"))
    assert "109" in msgs[0]["text"] and "129" in msgs[0]["text"]
    assert events == [ActionReverted()]


async def test_register_needs_multi():
    msgs, events = await run(A.ActionRegisterNeeds(), tracker("실직했는데 월세도 밀리고 빚도 있어요", "need_employment"))
    assert slot_value(events, "needs") == ["employment", "debt", "housing"]
    assert "일자리" in all_text(msgs) and "주거" in all_text(msgs)


async def test_register_needs_no_facts_without_consent():
    _, events = await run(A.ActionRegisterNeeds(), tracker("35살이고 실직했어요", "need_employment"))
    assert slot_value(events, "age") is KeyError


async def test_register_needs_correction_with_consent():
    msgs, events = await run(A.ActionRegisterNeeds(), tracker("아 나이 잘못 말했어요 45살이에요", "inform",
                                                              slots={"consent": "given", "age": 35, "needs": ["employment"]}))
    assert slot_value(events, "age") == 45
    assert "45" in all_text(msgs)


async def test_rating_answer_is_recorded():
    msgs, events = await run(A.ActionRegisterNeeds(), tracker("만족도 5점", "inform"))
    assert slot_value(events, "satisfaction") == 5.0 and FollowupAction("action_listen") in events


async def test_screening_form_asks_consent_first():
    _, events = await run(A.ValidateScreeningForm(), tracker("실직했어요", "need_employment", slots={"needs": ["employment"]},
                                                             latest_action="action_register_needs"))
    # coming back after an interruption: the answer is not re-read
    _, events2 = await run(A.ValidateScreeningForm(), tracker("센터 어디", "find_center", slots={"needs": ["employment"], "requested_slot": "consent"},
                                                              latest_action="action_find_center"))
    assert slot_value(events2, "requested_slot") == "consent" and slot_value(events2, "consent") is KeyError
    assert slot_value(events, "requested_slot") == "consent"


async def test_screening_form_consent_declined_ends():
    _, events = await run(A.ValidateScreeningForm(), tracker("동의하지 않습니다", "deny",
                                                             slots={"needs": ["debt"], "requested_slot": "consent"}))
    assert slot_value(events, "consent") == "declined"
    assert slot_value(events, "requested_slot") is None


async def test_screening_form_accepts_answer_and_plans_next():
    slots = {"needs": ["employment"], "consent": "given", "requested_slot": "age"}
    _, events = await run(A.ValidateScreeningForm(), tracker("서른다섯 살이에요", "inform", slots=slots))
    assert slot_value(events, "age") == 35
    nxt = slot_value(events, "requested_slot")
    assert nxt not in ("age", KeyError)


async def test_screening_form_interruption_rejects():
    slots = {"needs": ["employment"], "consent": "given", "requested_slot": "age"}
    _, events = await run(A.ValidateScreeningForm(), tracker("센터 어디예요?", "find_center", slots=slots))
    assert events == []


async def test_screening_form_nonsense_counts_failures():
    slots = {"needs": ["employment"], "consent": "given", "requested_slot": "age"}
    _, events = await run(A.ValidateScreeningForm(), tracker("ㅁㄴㅇㄹ", "nlu_fallback", slots=slots))
    assert slot_value(events, "form_failures") == 1.0 and slot_value(events, "requested_slot") == "age"


async def test_screening_form_stop():
    slots = {"needs": ["employment"], "consent": "given", "requested_slot": "age"}
    msgs, events = await run(A.ValidateScreeningForm(), tracker("그만할래요", "deny", slots=slots))
    assert slot_value(events, "screening_stopped") is True and slot_value(events, "requested_slot") is None


async def test_screening_form_skip():
    slots = {"needs": ["employment"], "consent": "given", "requested_slot": "age"}
    _, events = await run(A.ValidateScreeningForm(), tracker("건너뛰기", "inform", slots=slots))
    assert "age" in slot_value(events, "skipped_fields")
    assert slot_value(events, "requested_slot") != "age"


@pytest.mark.parametrize("failures,expect", [(0, "건너뛰기"), (1, "죄송"), (2, "이유")])
async def test_ask_field_escalates(failures, expect):
    msgs, _ = await run(A.ActionAsk_age(), tracker(slots={"form_failures": failures}))
    assert expect in all_text(msgs)


async def test_ask_consent_has_buttons():
    msgs, _ = await run(A.ActionAsk_consent(), tracker())
    assert "동의합니다" in all_text(msgs) and "보관" in all_text(msgs)


async def test_screening_result_has_reasons_and_disclaimer():
    slots = {"needs": ["employment", "debt"], "consent": "given", "age": 45, "household_size": 3,
             "household_income_monthly": 1_500_000, "employment_status": "unemployed", "debt_total": 30_000_000,
             "debt_overdue_days": 95, "sido": "서울특별시", "sigungu": "마포구"}
    msgs, events = await run(A.ActionScreeningResult(), tracker(slots=slots))
    out = all_text(msgs)
    assert "최종 결정은 담당 기관에서 합니다" in out and "서울서부" in out
    assert "개인워크아웃" in out or "채무조정" in out
    assert all(len(m.get("text") or "") <= 1000 for m in msgs)
    assert any(m.get("custom", {}).get("type") == "results" for m in msgs)


async def test_screening_result_declined_is_general():
    msgs, _ = await run(A.ActionScreeningResult(), tracker(slots={"needs": ["debt"], "consent": "declined"}))
    assert "1397" in all_text(msgs) and "살펴볼 제도" in all_text(msgs)


async def test_find_center_text_and_coords():
    msgs, events = await run(A.ActionFindCenter(), tracker("마포구 합정동 센터 어디예요", "find_center"))
    assert "서울서부" in all_text(msgs) and slot_value(events, "center_name") == "서울서부고용센터"
    msgs, events = await run(A.ActionFindCenter(), tracker("내 위치로 센터 찾기", "find_center",
                                                           metadata={"location": {"lat": 37.5665, "lon": 126.978}}))
    assert slot_value(events, "center_name") not in (None, KeyError)
    msgs, events = await run(A.ActionFindCenter(), tracker("센터 찾기", "find_center"))
    assert slot_value(events, "center_pending") is True
    assert any(m.get("custom", {}).get("type") == "location_request" for m in msgs)


async def test_find_center_ambiguous_asks_back():
    msgs, events = await run(A.ActionFindCenter(), tracker("중구 센터", "find_center"))
    assert "어느 곳" in all_text(msgs)


async def test_request_human_fallback_goodbye_rate():
    msgs, _ = await run(A.ActionRequestHuman(), tracker())
    assert "1350" in all_text(msgs)
    msgs, _ = await run(A.ActionFallback(), tracker("ㅁㄴㅇㄹ"))
    assert "이해하지 못했어요" in all_text(msgs)
    msgs, _ = await run(A.ActionGoodbye(), tracker())
    assert "5점" in all_text(msgs)
    msgs, events = await run(A.ActionRate(), tracker("만족도 4점", "affirm"))
    assert slot_value(events, "satisfaction") == 4.0


async def test_ask_detail():
    slots = {"needs": ["employment"], "consent": "given", "age": 30, "employment_status": "unemployed"}
    msgs, _ = await run(A.ActionAskDetail(), tracker("국민취업지원제도 자세히", "ask_detail", slots=slots,
                                                     entities=[{"entity": "program", "value": "national_employment_support"}]))
    assert "국민취업지원제도" in all_text(msgs)


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


async def test_booking_form_full_flow(store):
    slots = {"consent": "given", "center_name": "서울서부고용센터", "needs": ["employment"]}
    _, events = await run(A.ValidateBookingForm(), tracker("상담 예약", "book_consultation", slots=slots,
                                                           latest_action="action_start_booking", form="booking_form"))
    assert slot_value(events, "requested_slot") == "booking_slot"
    msgs, _ = await run(A.ActionAskBooking_booking_slot(), tracker(slots=slots))
    first = msgs[0]["buttons"][0]["title"]
    for requested, text in (("booking_slot", first), ("booking_name", "홍길동이에요"), ("booking_phone", "01012345678")):
        slots["requested_slot"] = requested
        _, events = await run(A.ValidateBookingForm(), tracker(text, "inform", slots=slots, form="booking_form"))
        for e in events:
            if e.get("event") == "slot":
                slots[e["name"]] = e["value"]
    assert slots["requested_slot"] == "booking_confirm"
    assert slots["booking_phone"].startswith("sealed:") and "1234" not in slots["booking_phone"]
    slots["requested_slot"] = "booking_confirm"
    _, events = await run(A.ValidateBookingForm(), tracker("네", "affirm", slots=slots, form="booking_form"))
    for e in events:
        if e.get("event") == "slot":
            slots[e["name"]] = e["value"]
    msgs, events = await run(A.ActionSubmitBooking(), tracker(slots=slots))
    code = slot_value(events, "booking_code")
    assert code and code in all_text(msgs)
    b = store.get(code, "010-1234-5678")
    assert b.summary["needs"] and b.center == "서울서부고용센터"


async def test_booking_slot_text_and_bad_input(store):
    slots = {"consent": "given", "center_name": "서울서부고용센터", "requested_slot": "booking_slot"}
    _, events = await run(A.ValidateBookingForm(), tracker("내일 오후 2시", "book_consultation", slots=slots, form="booking_form"))
    assert str(slot_value(events, "booking_slot")).startswith("2026-11-24T14:00")
    msgs, events = await run(A.ValidateBookingForm(), tracker("토요일 10시", "book_consultation", slots=slots, form="booking_form"))
    assert slot_value(events, "booking_slot") is KeyError and all_text(msgs)
    slots["requested_slot"] = "booking_phone"
    msgs, events = await run(A.ValidateBookingForm(), tracker("02-123-4567", "inform", slots=slots, form="booking_form"))
    assert slot_value(events, "form_failures") == 1.0


async def test_lookup_wrong_pair_is_polite(store):
    slots = {"booking_code": "ABCDEF", "booking_phone": "010-0000-0000", "booking_action": "check"}
    msgs, events = await run(A.ActionSubmitBookingLookup(), tracker(slots=slots))
    assert "확인해 주세요" in all_text(msgs)


async def test_start_booking_lookup_reads_entities():
    _, events = await run(A.ActionStartBookingLookup(), tracker(
        "예약 취소할게요 AB3K7Q 010-1234-5678", "cancel_booking",
        entities=[{"entity": "booking_code", "value": "AB3K7Q"}, {"entity": "phone", "value": "010-1234-5678"}]))
    assert slot_value(events, "booking_action") == "cancel" and slot_value(events, "booking_code") == "AB3K7Q"
