"""The conversation engine, Rasa-free: a serialisable State and turn(state, message) -> (state, messages).

Rasa is a thin adapter around it (bot/adapters/action.py `action_turn`, bot/adapters/policy.py).
    from bot.dialogue import Conversation
    c = Conversation(); c.say("실직했어요")  # in-process, for tests and the measure script
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot.dialogue.engine import turn
from bot.dialogue.state import Message, State
from bot.screening.flow import PROFILE_FIELDS

__all__ = ["Message", "State", "turn", "slots_for", "Conversation", "MIRRORED_SLOTS"]

PROFILE_SLOTS = PROFILE_FIELDS  # the eligibility profile's slot names, defined once (bot/screening/flow.py)
BOOKING_SLOTS = ("center_name", "booking_slot", "booking_name", "booking_phone", "booking_code", "booking_action")
# requested_slot: the question the bot just asked, so the masking store masks the answer to a name question
# whole (bot/privacy/events.NAME_SLOTS) - the engine keeps it as State.question.
MIRRORED_SLOTS = (
    ("needs", "consent", "screening_done", "satisfaction", "crisis", "skipped_fields", "requested_slot")
    + PROFILE_SLOTS
    + BOOKING_SLOTS
)


def slots_for(st: State) -> Dict[str, Any]:
    """The slot values the staff console, retention and the booking card read from tracker events."""
    out: Dict[str, Any] = {
        "needs": list(st.needs),
        "consent": st.consent,
        "screening_done": bool(st.results_shown),
        "satisfaction": float(st.satisfaction) if st.satisfaction is not None else None,
        "crisis": dict(st.crisis) if st.crisis else None,
        "skipped_fields": list(st.skipped),
        "requested_slot": st.question,
    }
    prof = st.profile if st.consent == "given" else {}
    for k in PROFILE_SLOTS:
        out[k] = prof.get(k)
    b = dict(st.booking)
    out["center_name"] = b.get("center_name") or st.center_name
    for k in BOOKING_SLOTS[1:]:
        out[k] = b.get(k)
    return out


class Conversation:
    """In-process conversation (tests, measurement): keeps the state and the user texts."""

    def __init__(self, channel: str = "rest", nlu=None):
        self.state = State()
        self.history: List[str] = []
        self.channel = channel
        self.nlu = nlu  # optional callable text -> (intent, confidence, entities)
        self.log: List[Dict[str, Any]] = []

    def say(self, text: str, intent: Optional[str] = None, entities=None, metadata=None) -> List[Dict[str, Any]]:
        conf = 1.0
        if intent is None and self.nlu is not None:
            intent, conf, ents = self.nlu(text)
            entities = entities if entities is not None else ents
        msg = Message(
            text=text,
            intent=intent,
            confidence=conf,
            entities=list(entities or []),
            channel=self.channel,
            metadata=dict(metadata or {}),
            # as the channels send it (bot.adapters.turn_payload): earlier texts only while consent is not given
            history=list(self.history) if self.state.consent != "given" else [],
        )
        self.state, out = turn(self.state, msg)
        self.history.append(text)
        self.log.append({"user": text, "bot": out})
        return out

    @staticmethod
    def text_of(msgs) -> str:
        parts = []
        for m in msgs:
            if m.get("text"):
                parts.append(m["text"])
            for b in m.get("buttons") or []:
                parts.append(f"[{b.get('title')}]")
        return "\n".join(parts)
