"""rasa-sdk adapters. The logic lives in bot.screening / bot.eligibility / bot.directory / bot.booking."""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionReverted, ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import safety
from bot.screening import core, flow, texts

logger = logging.getLogger(__name__)

REQUESTED_SLOT = "requested_slot"
RATING_RE = re.compile(r"^\s*(?:만족도\s*)?([1-5])\s*점")


def _send(dispatcher: CollectingDispatcher, messages: List[Dict[str, Any]]) -> None:
    for m in messages:
        kwargs: Dict[str, Any] = {}
        if m.get("text"):
            kwargs["text"] = m["text"]
        if m.get("buttons"):
            kwargs["buttons"] = m["buttons"]
        if m.get("custom"):
            kwargs["json_message"] = m["custom"]
        if kwargs:
            dispatcher.utter_message(**kwargs)


def _latest(tracker: Tracker):
    msg = tracker.latest_message or {}
    text = msg.get("text") or ""
    intent = (msg.get("intent") or {}).get("name")
    entities = msg.get("entities") or []
    metadata = msg.get("metadata") or {}
    return text, intent, entities, metadata


def _fresh_user_turn(tracker: Tracker, form_name: str) -> bool:
    """True when the form runs right after a user message (so the message answers its question).

    Rasa appends ActionExecuted(<form>) to the tracker it sends for validation, so look at the
    action before that one: action_listen means the user has just spoken to the form; anything
    else means we come back after an interruption or at activation.
    """
    seen_form = False
    for e in reversed(tracker.events):
        if e.get("event") != "action":
            continue
        name = e.get("name")
        if not seen_form and name == form_name:
            seen_form = True
            continue
        return name == "action_listen"
    return False


def _slot_events(updates: Dict[str, Any]) -> List[EventType]:
    return [SlotSet(k, v) for k, v in updates.items()]


def _pending_answer(tracker: Tracker, dispatcher: CollectingDispatcher) -> Optional[List[EventType]]:
    """Answers to a question asked outside a form (rating, region for the center search)."""
    text, intent, entities, metadata = _latest(tracker)
    m = RATING_RE.match(text)
    if m:
        dispatcher.utter_message(text=texts.RATING_THANKS)
        return [SlotSet("satisfaction", float(m.group(1)))]
    return None


class ActionCrisis(Action):
    def name(self) -> Text:
        return "action_crisis"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=safety.CRISIS_LINES)
        # Revert this action so the normal policies answer the rest of the message.
        return [ActionReverted()]


class ActionRegisterNeeds(Action):
    """Notes the needs named in a message and, with consent, the facts/corrections in it."""

    def name(self) -> Text:
        return "action_register_needs"

    async def run(self, dispatcher, tracker, domain):
        handled = _pending_answer(tracker, dispatcher)
        if handled is not None:
            return handled + [FollowupAction("action_listen")]
        text, intent, entities, _ = _latest(tracker)
        if tracker.get_slot("center_pending") and not core.detect_needs(text, intent, entities):
            place_msgs, updates = center_messages(tracker, text, entities, {})
            if updates.get("center_name"):
                _send(dispatcher, place_msgs)
                return _slot_events(updates) + [SlotSet("center_pending", False), FollowupAction("action_listen")]
        slots = dict(tracker.current_slot_values())
        needs = list(slots.get("needs") or [])
        found = core.detect_needs(text, intent, entities)
        new = [n for n in found if n not in needs]
        events: List[EventType] = []
        if new:
            needs += new
            events.append(SlotSet("needs", needs))
            labels = ", ".join(core.NEED_LABELS[n] for n in new)
            if len(needs) > 1 and len(new) < len(needs):
                dispatcher.utter_message(text=f"네, {labels} 문제도 함께 살펴볼게요.")
            elif len(new) > 1:
                dispatcher.utter_message(text=f"말씀하신 고민을 정리했어요: {labels}. 하나씩 함께 살펴볼게요.")
            else:
                dispatcher.utter_message(text=f"{labels} 문제로 많이 힘드셨겠어요. 함께 살펴볼게요.")
        if slots.get("consent") == "given":
            facts = core.facts_from_message(text, entities)
            correction = core.is_correction(text)
            for key, value in facts.items():
                old = slots.get(key)
                if old is None or correction:
                    if old is not None and old != value:
                        dispatcher.utter_message(text=f"{flow.FIELD_LABELS.get(key, key)}을(를) {flow._fmt(key, value)}(으)로 고쳤어요.")
                    events.append(SlotSet(key, value))
        events += [SlotSet("screening_stopped", None), SlotSet("form_failures", 0.0)]
        # Always continue with the screening form (also when reached from the fallback action).
        return events + [FollowupAction("screening_form")]


class ValidateScreeningForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_screening_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        slots = dict(tracker.current_slot_values())
        requested = slots.get(REQUESTED_SLOT)
        events: List[EventType] = []
        if requested is not None and _fresh_user_turn(tracker, "screening_form"):
            text, intent, entities, _ = _latest(tracker)
            outcome, updates, msgs = flow.apply_answer(slots, requested, text, intent, entities)
            if outcome == "interrupt":
                return []  # the form rejects; the rule for the other request answers, then we resume
            _send(dispatcher, msgs)
            events += _slot_events(updates)
            slots.update(updates)
        nxt = flow.next_screening_slot(slots)
        if nxt is None:
            events.append(SlotSet("screening_done", True))
        return events + [SlotSet(REQUESTED_SLOT, nxt)]


class ActionAskField(Action):
    """Asks the screening question for one slot; the question text and choices come from the
    eligibility planner (single source of truth)."""

    field = ""

    def name(self) -> Text:
        return f"action_ask_{self.field}"

    async def run(self, dispatcher, tracker, domain):
        failures = float(tracker.get_slot("form_failures") or 0)
        _send(dispatcher, flow.question_message(self.field, failures))
        return []


for _f in ("consent", "needs") + flow.PROFILE_FIELDS:
    globals()[f"ActionAsk_{_f}"] = type(f"ActionAsk_{_f}", (ActionAskField,), {"field": _f})


class ActionScreeningResult(Action):
    def name(self) -> Text:
        return "action_screening_result"

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        try:
            msgs = flow.result_messages(slots)
        except Exception:
            logger.exception("screening result failed")
            msgs = [flow.Msg(texts.ACTION_ERROR)]
        _send(dispatcher, msgs)
        return [SlotSet("screening_done", True), SlotSet(REQUESTED_SLOT, None)]


class ActionAskDetail(Action):
    def name(self) -> Text:
        return "action_ask_detail"

    async def run(self, dispatcher, tracker, domain):
        text, intent, entities, _ = _latest(tracker)
        _send(dispatcher, flow.detail_messages(dict(tracker.current_slot_values()), text, entities))
        return []


def center_messages(tracker: Tracker, text: str, entities, metadata) -> tuple:
    from bot.screening import centers

    return centers.center_messages(dict(tracker.current_slot_values()), text, entities, metadata)


class ActionFindCenter(Action):
    def name(self) -> Text:
        return "action_find_center"

    async def run(self, dispatcher, tracker, domain):
        text, intent, entities, metadata = _latest(tracker)
        msgs, updates = center_messages(tracker, text, entities, metadata)
        _send(dispatcher, msgs)
        return _slot_events(updates)


class ActionRequestHuman(Action):
    def name(self) -> Text:
        return "action_request_human"

    async def run(self, dispatcher, tracker, domain):
        extra = ""
        name = tracker.get_slot("center_name")
        if name:
            try:
                from bot import directory

                c = directory.center_by_name(name)
                if c and c.get("phone"):
                    extra = f"\n☎ {c['phone']} {c['name']} (평일 9~18시)"
            except Exception:
                pass
        dispatcher.utter_message(text=texts.HUMAN + extra)
        return []


class ActionFallback(Action):
    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher, tracker, domain):
        handled = _pending_answer(tracker, dispatcher)
        if handled is not None:
            return handled
        text, intent, entities, _ = _latest(tracker)
        if core.detect_needs(text, None, entities):
            # low intent confidence, but the message clearly names needs: screen them
            return [FollowupAction("action_register_needs")]
        _send(dispatcher, [flow.Msg(texts.FALLBACK, texts.FALLBACK_BUTTONS)])
        return []


class ActionRate(Action):
    """affirm/deny outside a form: a rating answer, or a polite prompt for what to do next."""

    def name(self) -> Text:
        return "action_rate"

    async def run(self, dispatcher, tracker, domain):
        handled = _pending_answer(tracker, dispatcher)
        if handled is not None:
            return handled
        _send(dispatcher, [flow.Msg("네. 무엇을 도와드릴까요?", texts.FALLBACK_BUTTONS)])
        return []


class ActionGoodbye(Action):
    def name(self) -> Text:
        return "action_goodbye"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=texts.GOODBYE)
        if tracker.get_slot("satisfaction") is None:
            _send(dispatcher, [flow.Msg(texts.ASK_RATING, texts.RATING_BUTTONS)])
        return []


# ------------------------------------------------------------------------------------ booking
from bot.screening import booking_flow  # noqa: E402

_CHANGE_RE = re.compile(r"바꾸|바꿔|변경|옮기|옮겨|다른\s?(날|시간)|미루")


class ActionStartBooking(Action):
    def name(self) -> Text:
        return "action_start_booking"

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        updates = booking_flow.start_updates(slots)
        if not slots.get("center_name"):
            c = flow.center_for(slots, "unemployment_benefit" if "employment" in (slots.get("needs") or []) else None)
            if c:
                updates["center_name"] = c["name"]
        return _slot_events(updates)


class _BookingValidation(FormValidationAction):
    """Shared by the booking form and the look-up form: read the answer, then ask the next slot."""

    form = ""
    stop_resets: Dict[str, Any] = {}

    def name(self) -> Text:
        return f"validate_{self.form}"

    @staticmethod
    def next_slot(slots: Dict[str, Any]) -> Optional[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        requested = slots.get(REQUESTED_SLOT)
        events: List[EventType] = []
        if requested is not None and _fresh_user_turn(tracker, self.form):
            text, intent, entities, _ = _latest(tracker)
            outcome, updates, msgs = booking_flow.apply_booking_answer(slots, requested, text, intent, entities)
            if outcome == "interrupt":
                return []
            _send(dispatcher, msgs)
            events += _slot_events(updates)
            slots.update(updates)
            if outcome == "stop":
                return events + _slot_events(self.stop_resets) + [SlotSet(REQUESTED_SLOT, None)]
        return events + [SlotSet(REQUESTED_SLOT, self.next_slot(slots))]


class ValidateBookingForm(_BookingValidation):
    form = "booking_form"
    stop_resets = {"booking_confirm": None}
    next_slot = staticmethod(booking_flow.next_booking_slot)


class ActionAskBookingField(Action):
    field = ""

    def name(self) -> Text:
        return f"action_ask_{self.field}"

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        _send(dispatcher, booking_flow.ask_messages(self.field, slots, float(slots.get("form_failures") or 0)))
        return []


for _f in ("center_name", "booking_slot", "booking_name", "booking_phone", "booking_confirm", "booking_code"):
    globals()[f"ActionAskBooking_{_f}"] = type(f"ActionAskBooking_{_f}", (ActionAskBookingField,), {"field": _f})


class ActionSubmitBooking(Action):
    def name(self) -> Text:
        return "action_submit_booking"

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        msgs, updates, retry = booking_flow.submit_booking(slots)
        _send(dispatcher, msgs)
        events = _slot_events(updates)
        if retry:
            events.append(FollowupAction("booking_form"))
        return events


class ActionStartBookingLookup(Action):
    def name(self) -> Text:
        return "action_start_booking_lookup"

    async def run(self, dispatcher, tracker, domain):
        text, intent, entities, _ = _latest(tracker)
        action = "check"
        if intent == "cancel_booking":
            action = "reschedule" if _CHANGE_RE.search(text) else "cancel"
        updates: Dict[str, Any] = {"booking_action": action, "form_failures": 0.0}
        for e in entities:
            if e.get("entity") == "booking_code":
                updates["booking_code"] = str(e.get("value")).upper()
            if e.get("entity") == "phone":
                from bot import sealed

                updates["booking_phone"] = sealed.seal(str(e.get("value")))
        return _slot_events(updates)


class ValidateBookingLookupForm(_BookingValidation):
    form = "booking_lookup_form"
    next_slot = staticmethod(booking_flow.next_lookup_slot)


class ActionSubmitBookingLookup(Action):
    def name(self) -> Text:
        return "action_submit_booking_lookup"

    async def run(self, dispatcher, tracker, domain):
        slots = dict(tracker.current_slot_values())
        if not (slots.get("booking_code") and slots.get("booking_phone")):
            return []
        if slots.get("booking_action") == "reschedule":
            msgs, updates = booking_flow.submit_lookup({**slots, "booking_action": "check"})
            if updates.get("booking_action") == "check":
                from bot import booking as B

                from bot import sealed

                b = booking_flow.store().get(slots["booking_code"], sealed.unseal(slots["booking_phone"]))
                dispatcher.utter_message(text="예약을 확인했어요. 새 시간을 골라 주세요.")
                return [SlotSet("booking_action", "reschedule"), SlotSet("center_name", b.center),
                        SlotSet("booking_slot", None), SlotSet("booking_confirm", None),
                        FollowupAction("booking_form")]
            _send(dispatcher, msgs)
            return _slot_events(updates)
        msgs, updates = booking_flow.submit_lookup(slots)
        _send(dispatcher, msgs)
        return _slot_events(updates)
