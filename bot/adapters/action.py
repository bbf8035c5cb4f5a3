"""rasa-sdk adapter: one action runs the conversation engine (bot.dialogue) for each user message.

The state lives in the `dialogue` slot (influence_conversation false); the slots the staff console,
retention and the booking card read (needs, consent, profile fields, booking_*, satisfaction, crisis)
are mirrored from it after every turn.

It reads only what bot/adapters/turn_payload.py lists (the `dialogue` slot, the latest message, the input
channel, the sender, the user texts before the latest one), so the trimmed tracker Rasa sends for it and
a full rasa-sdk tracker give the same turn. bot/adapters/speedups.py can also run it inside the Rasa
process (BOT_ACTIONS_IN_PROCESS), on the same trimmed tracker.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.adapters.turn_payload import HISTORY
from bot.dialogue import MIRRORED_SLOTS, Message, State, slots_for, turn

logger = logging.getLogger(__name__)

__all__ = ["ActionTurn", "HISTORY", "message_from", "send"]


def send(dispatcher: CollectingDispatcher, messages: List[Dict[str, Any]]) -> None:
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


def message_from(tracker: Tracker) -> Message:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    users = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    metadata = latest.get("metadata") or {}
    channel = tracker.get_latest_input_channel() or ""
    if channel == "rest" and str(tracker.sender_id).startswith("web-"):
        channel = "web"
    return Message(
        text=latest.get("text") or "",
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        entities=list(latest.get("entities") or []),
        channel=channel,
        sender=str(tracker.sender_id or ""),
        metadata=metadata if isinstance(metadata, dict) else {},
        history=users[:-1][-HISTORY:],
    )


class ActionTurn(Action):
    def name(self) -> Text:
        return "action_turn"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        state = State.from_dict(tracker.get_slot("dialogue"))
        new_state, messages = turn(state, message_from(tracker))
        send(dispatcher, messages)
        events: List[EventType] = [SlotSet("dialogue", new_state.to_dict())]
        for name, value in slots_for(new_state).items():
            if name in MIRRORED_SLOTS and tracker.get_slot(name) != value:
                events.append(SlotSet(name, value))
        return events
